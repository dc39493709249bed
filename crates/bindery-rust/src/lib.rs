//! bindery's Rust backend (placeholder until the view model lands).
use bindery_kit::{Backend, Capabilities, Error, Feature, Files, Ir};

pub struct RustBackend;

impl Backend for RustBackend {
    fn name(&self) -> &'static str {
        "rust"
    }
    fn description(&self) -> &'static str {
        "Rust bindings: one self-contained `<world>.rs` to include as a module"
    }
    fn capabilities(&self) -> Capabilities {
        Capabilities::all()
            .without(Feature::AsyncFunctions)
            .without(Feature::Futures)
            .without(Feature::Streams)
            .without(Feature::ErrorContext)
    }
    fn generate(&self, ir: &Ir) -> Result<Files, Error> {
        Err(Error::input(format!("rust backend not written yet ({})", ir.world.name)))
    }
}
