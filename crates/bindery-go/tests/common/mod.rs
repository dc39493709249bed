//! The WIT corpus (`tests/codegen/`, read by `bindery-corpus`) for the Go
//! backend's tests: every generation, generated with the Go backend.

// Each test binary uses a different part of this module.
#![allow(dead_code, unused_imports)]

pub use bindery_corpus::{Generation, Snapshots, finish, generations, repo_root, run_each};
use bindery_go::GoBackend;
use bindery_ir::Error;
use bindery_kit::Files;

/// What the Go tests do with a generation.
pub trait GenerationExt {
    fn generate(&self) -> Result<Files, Error>;
    /// The entry says Go must refuse it (`// bindery expect-error: …, go`).
    fn expect_error(&self) -> bool;
}

impl GenerationExt for Generation {
    fn generate(&self) -> Result<Files, Error> {
        let ir = bindery_ir::build(&self.load_options())?;
        bindery_kit::generate(&GoBackend, &ir)
    }

    fn expect_error(&self) -> bool {
        self.expects_error_for("go")
    }
}

/// A refusal by the capability check: a feature Go does not support yet,
/// naming the WIT item that uses it.
pub fn is_capability_refusal(err: &Error) -> bool {
    let message = err.to_string();
    message.contains("the go backend does not support")
        && message.contains("used by")
        && ["async", "future", "stream", "error-context"]
            .iter()
            .any(|feature| message.contains(feature))
}
