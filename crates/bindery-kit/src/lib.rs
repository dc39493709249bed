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
pub mod names;

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
    ///
    /// A new backend can join before it has starter code: this default
    /// refuses `--stubs` with a clear error instead of writing nothing.
    /// The corpus compile checks (`Generation::bindings_and_stubs`) and
    /// `bindery generate --lang all --stubs` then fail until it is written.
    fn stubs(&self, ir: &Ir) -> Result<Files, Error> {
        let _ = ir;
        Err(Error::input(format!(
            "bindery {}: starter code (--stubs) is not written for this language yet",
            self.name()
        )))
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A backend that has bindings but no starter code yet.
    struct Newcomer;

    impl Backend for Newcomer {
        fn name(&self) -> &'static str {
            "newcomer"
        }
        fn description(&self) -> &'static str {
            "a language that just joined"
        }
        fn capabilities(&self) -> Capabilities {
            Capabilities::all()
        }
        fn generate(&self, _ir: &Ir) -> Result<Files, Error> {
            Ok(Files::new())
        }
    }

    #[test]
    fn a_backend_without_starter_code_refuses_stubs_by_name() {
        let ir = bindery_ir::build(&bindery_ir::LoadOptions {
            path: concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../tests/codegen/empty-world.wit"
            )
            .into(),
            ..Default::default()
        })
        .unwrap();
        assert!(generate(&Newcomer, &ir).is_ok());
        let err = stubs(&Newcomer, &ir).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Input);
        assert!(err.message.contains("bindery newcomer"), "{}", err.message);
        assert!(err.message.contains("--stubs"), "{}", err.message);
    }
}
