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
//! backend per [`Language`]) → written all-or-nothing. For toolchains that
//! emit a core module (C, Go), [`Componentizer`] then makes the component:
//! the world embedded, the WASI preview1 adapter added, and the result
//! checked against the world.

use std::path::{Path, PathBuf};

mod componentize;

pub use bindery_c::{Options as COptions, StringEncoding as CStringEncoding};
pub use bindery_ir::{Error, ErrorKind, Ir, LoadOptions};
pub use bindery_kit::{Backend, Files};
pub use bindery_rust::Options as RustOptions;
pub use componentize::{Adapter, Componentized, Componentizer};

/// The languages bindery writes bindings for. Adding one is a line here and
/// one in [`Language::backend`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Rust,
    Go,
    C,
    Js,
    CSharp,
    Python,
}

impl Language {
    pub const ALL: &'static [Language] = &[
        Language::Rust,
        Language::C,
        Language::Go,
        Language::Js,
        Language::CSharp,
        Language::Python,
    ];

    /// The language's name on the command line.
    pub fn name(self) -> &'static str {
        self.backend().name()
    }

    pub fn backend(self) -> Box<dyn Backend> {
        match self {
            Language::Rust => Box::new(bindery_rust::RustBackend::default()),
            Language::Go => Box::new(bindery_go::GoBackend),
            Language::C => Box::new(bindery_c::CBackend::default()),
            Language::Js => Box::new(bindery_js::JsBackend),
            Language::CSharp => Box::new(bindery_csharp::CSharpBackend),
            Language::Python => Box::new(bindery_python::PythonBackend),
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
    /// The bindings: always rewritten, compared by `check`.
    pub files: Files,
    /// Starter code ([`Generator::stubs`]): the user's to edit, so only
    /// written where no file exists yet.
    pub stubs: Files,
    /// Every WIT file read (for `cargo:rerun-if-changed` and the like).
    pub sources: Vec<PathBuf>,
    /// Starter files that [`Generator::write_to`] left alone because they
    /// exist already.
    pub kept: Vec<String>,
}

/// Configures one generation: input, world, features, languages.
#[derive(Debug, Clone)]
pub struct Generator {
    options: LoadOptions,
    languages: Vec<Language>,
    /// Each language's files under `<language>/` ([`Generator::languages`]).
    nested: bool,
    stubs: bool,
    /// The Rust backend's options ([`Generator::rust_options`]).
    rust: RustOptions,
    /// The C backend's options ([`Generator::c_options`]).
    c: COptions,
}

impl Generator {
    /// Reads WIT from a `.wit` file or a directory (with `deps/`).
    pub fn new(input: impl Into<PathBuf>) -> Self {
        Generator::from_options(LoadOptions {
            path: input.into(),
            ..LoadOptions::default()
        })
    }

    /// Uses the front end's options as they are (input, world, features).
    pub fn from_options(options: LoadOptions) -> Self {
        Generator {
            options,
            languages: vec![Language::Rust],
            nested: false,
            stubs: false,
            rust: RustOptions::default(),
            c: COptions::default(),
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

    /// One language, its files directly in the output directory.
    pub fn language(mut self, language: Language) -> Self {
        self.languages = vec![language];
        self.nested = false;
        self
    }

    /// Several languages from one parse, each language's files under
    /// `<language>/` (`rust/hello.rs`, `c/hello.h`, …), written together
    /// all or nothing.
    pub fn languages(mut self, languages: impl IntoIterator<Item = Language>) -> Self {
        self.languages.clear();
        for language in languages {
            if !self.languages.contains(&language) {
                self.languages.push(language);
            }
        }
        self.nested = true;
        self
    }

    /// Also writes starter code: an implementation of every export with
    /// "not implemented" bodies, which compiles against the bindings as
    /// it is. Existing files are never overwritten.
    pub fn stubs(mut self, stubs: bool) -> Self {
        self.stubs = stubs;
        self
    }

    /// Options of the Rust bindings (`bindery rust --no-std`, …); the
    /// other languages ignore them.
    pub fn rust_options(mut self, options: RustOptions) -> Self {
        self.rust = options;
        self
    }

    /// Options of the C bindings (`bindery c --string-encoding utf16
    /// --rename ns:pkg/iface=short`, …); the other languages ignore them.
    pub fn c_options(mut self, options: COptions) -> Self {
        self.c = options;
        self
    }

    /// The backend of `language`, with this generator's options for it.
    fn backend(&self, language: Language) -> Box<dyn Backend> {
        match language {
            Language::Rust => Box::new(bindery_rust::RustBackend::new(self.rust.clone())),
            Language::C => Box::new(bindery_c::CBackend::new(self.c.clone())),
            other => other.backend(),
        }
    }

    /// The options of the WIT front end (input, world, features).
    pub fn load_options(&self) -> &LoadOptions {
        &self.options
    }

    /// The IR of the chosen world (what `bindery ir` prints).
    pub fn ir(&self) -> Result<Ir, Error> {
        bindery_ir::build(&self.options)
    }

    /// Generates the files in memory: the WIT is read and lowered once,
    /// whatever the number of languages.
    pub fn generate(&self) -> Result<Generated, Error> {
        if self.languages.is_empty() {
            return Err(Error::usage("no language to generate"));
        }
        let loaded = bindery_ir::load(&self.options)?;
        let ir = bindery_ir::lower(&loaded)?;
        let mut generated = Generated {
            files: Files::new(),
            stubs: Files::new(),
            sources: loaded.sources,
            kept: Vec::new(),
        };
        for language in &self.languages {
            let backend = self.backend(*language);
            let prefix = if self.nested {
                format!("{}/", backend.name())
            } else {
                String::new()
            };
            for (path, contents) in bindery_kit::generate(backend.as_ref(), &ir)? {
                generated.files.insert(format!("{prefix}{path}"), contents);
            }
            if self.stubs {
                for (path, contents) in bindery_kit::stubs(backend.as_ref(), &ir)? {
                    generated.stubs.insert(format!("{prefix}{path}"), contents);
                }
            }
        }
        Ok(generated)
    }

    /// Generates and writes into `dir`, all files or none. Starter files
    /// that exist already are left as they are and listed in
    /// [`Generated::kept`].
    pub fn write_to(&self, dir: impl AsRef<Path>) -> Result<Generated, Error> {
        let dir = dir.as_ref();
        let mut generated = self.generate()?;
        // The new starter files join the bindings for one atomic write. The
        // bindings are lent to it, not copied: for a large world they are
        // most of the memory generation needs.
        let mut files = std::mem::take(&mut generated.files);
        let mut lent = Vec::new();
        for (path, contents) in generated.stubs.iter() {
            if dir.join(path).exists() {
                generated.kept.push(path.to_string());
            } else {
                lent.push((path.to_string(), files.remove(path)));
                files.insert(path, contents);
            }
        }
        let written = files.write(dir);
        for (path, binding) in lent {
            match binding {
                Some(contents) => files.insert(path, contents),
                None => {
                    files.remove(&path);
                }
            }
        }
        generated.files = files;
        written?;
        Ok(generated)
    }

    /// Generates and compares with `dir` without writing: the files that are
    /// missing or differ (empty when `dir` is up to date). Starter code is
    /// not compared: it is the user's.
    pub fn check(&self, dir: impl AsRef<Path>) -> Result<Vec<String>, Error> {
        Ok(self.generate()?.files.check(dir.as_ref()))
    }
}
