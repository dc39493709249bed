//! The WIT corpus (`tests/codegen/`, read by `bindery-corpus`) for the
//! JavaScript backend's tests, and the npm tools `languages/js/install`
//! puts in `.tools/js`.

// Each test binary uses a different part of this module.
#![allow(dead_code, unused_imports)]

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub use bindery_corpus::{Generation, Snapshots, finish, generations, repo_root, run_each};
use bindery_ir::Error;
use bindery_js::JsBackend;
use bindery_kit::Files;

/// What the JavaScript tests do with a generation.
pub trait GenerationExt {
    fn generate(&self) -> Result<Files, Error>;
    /// The entry says JavaScript must refuse it (`// bindery expect-error: …, js`).
    fn expect_error(&self) -> bool;
}

impl GenerationExt for Generation {
    fn generate(&self) -> Result<Files, Error> {
        let ir = bindery_ir::build(&self.load_options())?;
        bindery_kit::generate(&JsBackend, &ir)
    }

    fn expect_error(&self) -> bool {
        self.expects_error_for("js")
    }
}

/// A refusal by the capability check: a feature neither engine can build,
/// naming the WIT item that uses it.
pub fn is_capability_refusal(err: &Error) -> bool {
    let message = err.to_string();
    message.contains("the js backend does not support")
        && message.contains("used by")
        && [
            "async",
            "future",
            "stream",
            "error-context",
            "fixed-length lists",
            "property getters and setters",
        ]
        .iter()
        .any(|feature| message.contains(feature))
}

/// Printed straight to stderr: libtest's capture would hide it on success.
pub fn say(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// The npm tools' `.bin` folder, or `None` (and a loud message, or a
/// failure under `CI=true`) when `languages/js/install` has not run.
pub fn tools_or_skip(what: &str) -> Option<PathBuf> {
    let bin = repo_root().join(".tools/js/node_modules/.bin");
    if bin.join("tsc").is_file() && bin.join("jco").is_file() {
        return Some(bin);
    }
    let message =
        format!("{what}: the JavaScript tools are not installed (run languages/js/install)");
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{message}; under CI=true this fails");
    }
    say(&format!("\n!!!!!!!!\n!!! SKIPPED {message}\n!!!!!!!!\n\n"));
    None
}

/// Writes `files` under `dir`.
pub fn write(files: &Files, dir: &Path) {
    for (path, contents) in files.iter() {
        let target = dir.join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, contents).unwrap();
    }
}

/// The `tsc` options every check uses, shared with the fuzz test's
/// check: strict, no output, the ES2022 library with `Disposable`.
pub use bindery_corpus::compile::js::TSC_OPTIONS;

/// Runs `tsc` with [`TSC_OPTIONS`] on `files` (in `dir`); `Err` holds its
/// diagnostics.
pub fn tsc(bin: &Path, dir: &Path, files: &[String]) -> Result<(), String> {
    let output: Output = Command::new(bin.join("tsc"))
        .args(TSC_OPTIONS)
        .args(files)
        .current_dir(dir)
        .output()
        .expect("tsc runs");
    if output.status.success() {
        return Ok(());
    }
    Err(format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    ))
}

/// Every `.d.ts` and `.ts` file under `dir`, relative to it, sorted.
pub fn ts_files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in fs::read_dir(&next).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "ts") {
                let relative = path.strip_prefix(dir).unwrap();
                out.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}
