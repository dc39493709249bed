//! The backend kit: the parts every language backend shares.
//!
//! - [`Files`]: generated output as a sorted map, written all-or-nothing
//!   ([`Files::write`]) or compared for `--check` ([`Files::check`]).
//! - [`Names`]: case conversion with heck, then keyword escaping from the
//!   language's `languages/<lang>/keywords` list.
//! - [`docs`]: doc comments made safe for the target's comment syntax.
//! - [`Capabilities`]: what a language supports, checked up front so an
//!   unsupported feature is one clear error naming the WIT item.
//!
//! A [`Backend`] writes the bindings ([`generate`]) and the starter code a
//! user fills in ([`stubs`]). The kit knows no particular language and
//! computes no ABI facts.

pub mod capabilities;
pub mod docs;
mod files;
mod names;

pub use bindery_ir::{Error, ErrorKind, Ir};
pub use capabilities::{Capabilities, Feature};
pub use files::Files;
pub use names::Names;

/// A language backend: turns the IR into files.
pub trait Backend {
    /// The language's CLI name (`rust`, `c`, …).
    fn name(&self) -> &'static str;
    /// Other names the command line accepts for the language (`cs`).
    fn aliases(&self) -> &'static [&'static str] {
        &[]
    }
    /// One line for `--help`: what the command writes.
    fn description(&self) -> &'static str;
    /// What the language can express; checked before [`Backend::generate`].
    fn capabilities(&self) -> Capabilities;
    /// Lays out the files for one world.
    fn generate(&self, ir: &Ir) -> Result<Files, Error>;
    /// Starter code: an implementation of every export (each body a "not
    /// implemented" placeholder) that compiles against [`Backend::generate`]'s
    /// files without edits. Paths are relative to the same directory as the
    /// bindings and never equal one of theirs. These files are the user's to
    /// edit, so callers write only those that do not exist yet (never
    /// overwriting one) and `--check` ignores them. A world that exports
    /// nothing may get a file that only wires up the bindings, or none.
    fn stubs(&self, ir: &Ir) -> Result<Files, Error>;
}

/// Checks capabilities, then generates: the one entry point callers use.
pub fn generate(backend: &dyn Backend, ir: &Ir) -> Result<Files, Error> {
    backend.capabilities().check(ir, backend.name())?;
    backend.generate(ir)
}

/// Checks capabilities, then writes the starter code ([`Backend::stubs`]).
pub fn stubs(backend: &dyn Backend, ir: &Ir) -> Result<Files, Error> {
    backend.capabilities().check(ir, backend.name())?;
    backend.stubs(ir)
}
