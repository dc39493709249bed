//! Generation measured per tool, language and world: CPU and wall time of
//! reading the WIT, generating and writing the files into a new
//! directory, and the peak heap meanwhile.

use std::path::Path;

use anyhow::Result;
use bindery::{Generator, Language};

use crate::measure::{Cost, PeakAlloc, cost};
use crate::worlds::World;

/// A bindings generator: bindery, or the one compared against.
pub trait Tool {
    fn name(&self) -> &'static str;

    /// Whether it writes bindings for this language.
    fn supports(&self, language: Language) -> bool;

    /// Reads the world's WIT, generates, and writes the files under `out`
    /// (a directory that does not exist yet).
    fn generate(&self, language: Language, world: &World, out: &Path) -> Result<()>;
}

/// bindery through its library API, as a build tool uses it.
#[derive(Debug)]
pub struct Bindery;

impl Tool for Bindery {
    fn name(&self) -> &'static str {
        "bindery"
    }

    fn supports(&self, _language: Language) -> bool {
        true
    }

    fn generate(&self, language: Language, world: &World, out: &Path) -> Result<()> {
        let mut generator = Generator::new(&world.wit).language(language);
        if let Some(name) = &world.name {
            generator = generator.world(name);
        }
        generator.write_to(out)?;
        Ok(())
    }
}

/// Measures `tool` on `world` in `language`, `runs` times after a warm-up;
/// each run writes into a new directory under `scratch`.
pub fn measure(
    heap: &PeakAlloc,
    tool: &dyn Tool,
    language: Language,
    world: &World,
    scratch: &Path,
    runs: usize,
) -> Result<Cost> {
    let root = tempfile::Builder::new()
        .prefix(&format!("{}-{}-", tool.name(), language.name()))
        .tempdir_in(scratch)?;
    let mut run = 0;
    cost(heap, runs, || {
        run += 1;
        tool.generate(language, world, &root.path().join(run.to_string()))
    })
}
