//! bindery's front end and IR.
//!
//! WIT goes in through wit-parser ([`load`]); out comes an [`Ir`]: the chosen
//! world as typed, serialisable data carrying every Canonical ABI fact a
//! backend needs (sizes, offsets, flat signatures, return areas, codecs).
//!
//! This crate must not know any target language: no identifier spelling,
//! keyword lists or templates live here. Backends read the IR; they never
//! re-derive ABI facts from wit-parser themselves.

mod async_abi;
mod diagnose;
mod load;
mod lower;
pub mod model;

pub use load::{LoadOptions, Loaded, load};
pub use lower::lower;
pub use model::*;
/// The string encodings of the Canonical ABI ([`ComponentType::with_string_encoding`]).
pub use wit_component::StringEncoding as WitStringEncoding;

/// Reads WIT and lowers the chosen world: the whole front end in one call.
pub fn build(options: &LoadOptions) -> Result<Ir, Error> {
    lower(&load(options)?)
}

/// Whose fault a failure is, which decides the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The input is wrong: malformed WIT, unknown world, missing deps,
    /// a feature the target language does not support. Exit code 1.
    Input,
    /// The output cannot be written. Exit code 1.
    Output,
    /// The command line is wrong. Exit code 2.
    Usage,
}

/// A failure with a message fit to show a user as is.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

impl Error {
    pub fn input(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Input,
            message: message.into(),
        }
    }

    pub fn output(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Output,
            message: message.into(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Usage,
            message: message.into(),
        }
    }

    /// The process exit code for this failure.
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            ErrorKind::Input | ErrorKind::Output => 1,
            ErrorKind::Usage => 2,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
