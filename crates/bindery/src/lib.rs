//! bindery: guest bindings for the WebAssembly Component Model, from WIT.
//!
//! This is the library behind the `bindery` command, for build tools
//! (`build.rs`, scripts) that generate bindings themselves:
//!
//! ```no_run
//! use bindery::{Generator, Language};
//!
//! let written = Generator::new("wit")
//!     .world("my-world")
//!     .language(Language::Rust)
//!     .write_to("src/bindings")?;
//! for source in &written.sources {
//!     println!("cargo:rerun-if-changed={}", source.display());
//! }
//! # Ok::<(), bindery::Error>(())
//! ```
//!
//! The flow is always the same: WIT → [`Ir`] (front end) → files (one
//! backend per [`Language`]) → written all-or-nothing.

use std::path::{Path, PathBuf};

pub use bindery_ir::{Error, ErrorKind, Ir, LoadOptions};
pub use bindery_kit::{Backend, Files};

/// The languages bindery writes bindings for. Adding one is a line here and
/// one in [`Language::backend`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Rust,
    Go,
    C,
    Js,
    CSharp,
}

impl Language {
    pub const ALL: &'static [Language] = &[
        Language::Rust,
        Language::C,
        Language::Go,
        Language::Js,
        Language::CSharp,
    ];

    /// The language's name on the command line.
    pub fn name(self) -> &'static str {
        self.backend().name()
    }

    pub fn backend(self) -> Box<dyn Backend> {
        match self {
            Language::Rust => Box::new(bindery_rust::RustBackend),
            Language::Go => Box::new(bindery_go::GoBackend),
            Language::C => Box::new(bindery_c::CBackend),
            Language::Js => Box::new(bindery_js::JsBackend),
            Language::CSharp => Box::new(bindery_csharp::CSharpBackend),
        }
    }

    /// The language of a CLI name or alias (`csharp`, `cs`).
    pub fn from_name(name: &str) -> Option<Language> {
        Language::ALL.iter().copied().find(|l| {
            let backend = l.backend();
            backend.name() == name || backend.aliases().contains(&name)
        })
    }
}

/// Files generated for one world, with the WIT sources they came from.
#[derive(Debug, Clone)]
pub struct Generated {
    pub files: Files,
    /// Every WIT file read (for `cargo:rerun-if-changed` and the like).
    pub sources: Vec<PathBuf>,
}

/// Configures one generation: input, world, features, language.
#[derive(Debug, Clone)]
pub struct Generator {
    options: LoadOptions,
    language: Language,
}

impl Generator {
    /// Reads WIT from a `.wit` file or a directory (with `deps/`).
    pub fn new(input: impl Into<PathBuf>) -> Self {
        Generator {
            options: LoadOptions {
                path: input.into(),
                ..LoadOptions::default()
            },
            language: Language::Rust,
        }
    }

    /// The world to use: `name` or `ns:pkg/name@version`. Without it the
    /// package must have exactly one world.
    pub fn world(mut self, world: impl Into<String>) -> Self {
        self.options.world = Some(world.into());
        self
    }

    /// Turns on `@unstable(feature = …)` gates.
    pub fn features<I, S>(mut self, features: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.options
            .features
            .extend(features.into_iter().map(Into::into));
        self
    }

    /// Turns on every `@unstable` gate.
    pub fn all_features(mut self, all: bool) -> Self {
        self.options.all_features = all;
        self
    }

    pub fn language(mut self, language: Language) -> Self {
        self.language = language;
        self
    }

    /// The IR of the chosen world (what `bindery ir` prints).
    pub fn ir(&self) -> Result<Ir, Error> {
        bindery_ir::build(&self.options)
    }

    /// Generates the files in memory.
    pub fn generate(&self) -> Result<Generated, Error> {
        let loaded = bindery_ir::load(&self.options)?;
        let sources = loaded.sources.clone();
        let ir = bindery_ir::lower(&loaded)?;
        let files = bindery_kit::generate(self.language.backend().as_ref(), &ir)?;
        Ok(Generated { files, sources })
    }

    /// Generates and writes into `dir`, all files or none.
    pub fn write_to(&self, dir: impl AsRef<Path>) -> Result<Generated, Error> {
        let generated = self.generate()?;
        generated.files.write(dir.as_ref())?;
        Ok(generated)
    }

    /// Generates and compares with `dir` without writing: the files that are
    /// missing or differ (empty when `dir` is up to date).
    pub fn check(&self, dir: impl AsRef<Path>) -> Result<Vec<String>, Error> {
        Ok(self.generate()?.files.check(dir.as_ref()))
    }
}
