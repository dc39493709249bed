//! The codegen corpus (`tests/codegen/`, read by `bindery-corpus`) as the
//! C# tests use it: every generation, generated with the C# backend.

// Each test binary uses a different part of this module.
#![allow(dead_code, unused_imports)]

use std::path::Path;

pub use bindery_corpus::{Generation, Snapshots, finish, generations, repo_root, run_each};
use bindery_csharp::CSharpBackend;
use bindery_ir::{Error, build};
use bindery_kit::Files;

/// What the C# tests do with a generation.
pub trait GenerationExt {
    fn generate(&self) -> Result<Files, Error>;
    fn stubs(&self) -> Result<Files, Error>;
    /// The entry says the C# backend must refuse it.
    fn expect_error(&self) -> bool;
}

impl GenerationExt for Generation {
    fn generate(&self) -> Result<Files, Error> {
        let ir = build(&self.load_options())?;
        bindery_kit::generate(&CSharpBackend, &ir)
    }

    fn stubs(&self) -> Result<Files, Error> {
        bindery_csharp::stubs(&build(&self.load_options())?)
    }

    fn expect_error(&self) -> bool {
        self.expects_error_for("csharp")
    }
}

/// The C# backend's capability error (async, futures, streams,
/// error-context), naming the WIT item.
pub fn is_refusal(err: &Error) -> bool {
    let message = err.to_string();
    err.exit_code() == 1
        && message.starts_with("the csharp backend does not support")
        && message.contains("used by")
}

/// Writes files under `dir`.
pub fn write(files: &Files, dir: &Path) {
    for (path, contents) in files.iter() {
        let target = dir.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, contents).unwrap();
    }
}

/// Prints straight to stderr: libtest's capture would hide it on success.
pub fn say(text: &str) {
    use std::io::Write;
    let _ = std::io::stderr().write_all(text.as_bytes());
}
