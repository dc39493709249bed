//! The codegen corpus (`tests/codegen/`, read by `bindery-corpus`) as the C
//! tests use it: every generation, generated with the C backend.

// Each test binary uses a different part of this module.
#![allow(dead_code, unused_imports)]

use std::ops::Deref;

use bindery_c::CBackend;
pub use bindery_corpus::{Generation, finish, generations, repo_root, run_each};
use bindery_ir::{Error, build};
use bindery_kit::Files;

/// What the C tests do with a generation.
pub trait GenerationExt {
    fn generate(&self) -> Result<Files, Error>;
    /// The entry says the C backend must refuse it.
    fn expect_error(&self) -> bool;
}

impl GenerationExt for Generation {
    fn generate(&self) -> Result<Files, Error> {
        let ir = build(&self.load_options())?;
        bindery_kit::generate(&CBackend::default(), &ir)
    }

    fn expect_error(&self) -> bool {
        self.expects_error_for("c")
    }
}

/// Whether a failure is the C backend's capability error (async, futures,
/// streams, error-context), which the corpus has entries for.
pub fn is_refusal(err: &Error) -> bool {
    err.exit_code() == 1 && err.message.starts_with("the c backend does not support")
}

/// Snapshots in `snapshots/c/`, failing on anything left pending and
/// reporting snapshot files that no generation asserted.
pub struct Snapshots(bindery_corpus::Snapshots);

impl Deref for Snapshots {
    type Target = bindery_corpus::Snapshots;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Snapshots {
    pub fn new() -> Self {
        Snapshots(bindery_corpus::Snapshots::new("c"))
    }

    pub fn assert(&self, generation: &Generation, name: &str, contents: &str) {
        self.record(name);
        self.bind(&generation.case.path, &generation.command("c"), || {
            insta::assert_snapshot!(name, contents)
        });
        self.check_pending(name);
    }
}
