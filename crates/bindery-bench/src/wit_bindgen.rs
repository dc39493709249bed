//! wit-bindgen 0.63, the tool compared against, as its command line runs
//! it: read the WIT, select the world, generate, write every file.

use std::path::Path;

use anyhow::{Context, Result};
use bindery::Language;
use wit_bindgen_core::wit_parser::Resolve;
use wit_bindgen_core::{Files as TheirFiles, WorldGenerator};

use crate::generation::{Files, Tool};
use crate::worlds::World;

#[derive(Debug)]
pub struct WitBindgen;

impl WitBindgen {
    fn generator(language: Language) -> Option<Box<dyn WorldGenerator>> {
        match language.name() {
            "rust" => {
                let opts = wit_bindgen_rust::Opts {
                    generate_all: true,
                    ..Default::default()
                };
                Some(Box::new(opts.build()))
            }
            "c" => Some(wit_bindgen_c::Opts::default().build()),
            // Without gofmt: it runs as a separate process, which would
            // count against wit-bindgen (bindery's output needs no
            // formatter). Quiet: it would print an empty line of warnings
            // to stderr on every run, into the bench's progress.
            "go" => Some(
                wit_bindgen_go::Opts {
                    format: wit_bindgen_go::Format::False,
                    quiet: true,
                    ..Default::default()
                }
                .build(),
            ),
            // The NativeAOT-LLVM runtime (its default), whose shape bindery's
            // C# follows.
            "csharp" => Some(wit_bindgen_csharp::Opts::default().build()),
            _ => None,
        }
    }

    fn generated(language: Language, world: &World) -> Result<TheirFiles> {
        let mut generator = Self::generator(language).context("no wit-bindgen generator")?;
        let mut resolve = Resolve::default();
        let (package, _) = resolve.push_path(&world.wit)?;
        let id = resolve.select_world(&[package], world.name.as_deref())?;
        let mut files = TheirFiles::default();
        generator.generate(&mut resolve, id, &mut files)?;
        Ok(files)
    }
}

impl Tool for WitBindgen {
    fn name(&self) -> &'static str {
        "wit-bindgen"
    }

    fn supports(&self, language: Language) -> bool {
        WitBindgen::generator(language).is_some()
    }

    fn files(&self, language: Language, world: &World) -> Result<Files> {
        Ok(WitBindgen::generated(language, world)?
            .iter()
            .map(|(path, contents)| (path.to_string(), contents.to_vec()))
            .collect())
    }

    fn generate(&self, language: Language, world: &World, out: &Path) -> Result<()> {
        for (name, contents) in WitBindgen::generated(language, world)?.iter() {
            let path = out.join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, contents)?;
        }
        Ok(())
    }
}
