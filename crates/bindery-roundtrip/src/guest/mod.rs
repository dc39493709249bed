//! Building a case's guest into a component, one [`Toolchain`] per
//! language. Adding a language is an arm in [`toolchain`] and a module
//! here; guests live in `tests/roundtrip/<case>/<language>/`.

mod c;
mod csharp;
mod go;
mod js;
mod python;
mod rust;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use anyhow::{Context, Result, bail};
use bindery::{Componentizer, Generator, Language};

pub use c::{CToolchain, c_compiler};
pub use go::go_command;
pub use js::{Engine as JsEngine, componentize as componentize_js, tools_bin as js_tools_bin};
pub use python::{PythonApp, PythonTools};

use crate::case::Case;

/// Builds guests in one language.
pub trait Toolchain: Send + Sync {
    fn language(&self) -> Language;

    /// The name results are reported under: the language's, or for a
    /// language with several engines one per engine (`js-componentize`,
    /// `js-qjs`). Guests are shared: they live in the language's folder.
    fn name(&self) -> &'static str {
        self.language().name()
    }

    /// Whether the toolchain is installed; `Err` says what is missing and
    /// how to install it.
    fn check(&self) -> Result<(), String>;

    /// Generates the bindings, builds the guest and returns the component.
    fn build(&self, build: &GuestBuild<'_>) -> Result<Built>;

    /// The most times a step with `repeat` calls its function: `None`
    /// (every time, the default) where the guest's lifting, lowering and
    /// allocation are bindery's generated code, which the long repeats
    /// check for leaks. A toolchain whose marshalling is the engine's own
    /// (JavaScript: bindery writes declarations only) lowers it, since
    /// there a leak check measures the engine and costs minutes per case.
    fn repeat_limit(&self) -> Option<u32> {
        None
    }

    /// `Some(why)` when guests can only be compiled here, not made into
    /// components (the language's wasm toolchain is not reachable): the
    /// harness then calls [`Toolchain::compile`] instead of
    /// [`Toolchain::build`] and reports each case as "compiled, cannot run
    /// here", counted apart from passed.
    fn cannot_run(&self) -> Option<&'static str> {
        None
    }

    /// Generates the bindings and compiles the guest against them without
    /// making a component; `Ok` carries the compiler's warnings, if any.
    /// Called only when [`Toolchain::cannot_run`] says so.
    fn compile(&self, _: &GuestBuild<'_>) -> Result<Option<String>> {
        bail!(
            "{} guests are built into components, not only compiled",
            self.language().name()
        )
    }
}

/// A built guest.
#[derive(Debug, Clone)]
pub struct Built {
    pub component: Vec<u8>,
    /// The compiler's warnings, if it gave any: shown with the case's
    /// result (warnings in generated bindings are bindery bugs), not a
    /// failure.
    pub warnings: Option<String>,
}

/// The harness's toolchains for a language: usually one, one per engine
/// for JavaScript; empty while nobody has written one (the round-trip test
/// says so loudly).
pub fn toolchains(language: Language) -> Vec<Box<dyn Toolchain>> {
    // Languages are added to bindery before their guests are: the catch-all
    // keeps this compiling meanwhile.
    #[allow(unreachable_patterns)]
    match language {
        Language::Rust => vec![Box::new(rust::RustToolchain)],
        Language::Go => vec![Box::new(go::GoToolchain)],
        Language::C => vec![Box::new(c::CToolchain::default())],
        Language::Js => js::toolchains(),
        Language::CSharp => vec![Box::new(csharp::CSharpToolchain::default())],
        Language::Python => vec![Box::new(python::PythonToolchain)],
        _ => Vec::new(),
    }
}

/// The language's first toolchain (its only one, except for JavaScript,
/// where it is ComponentizeJS), for callers that build with one.
pub fn toolchain(language: Language) -> Option<Box<dyn Toolchain>> {
    toolchains(language).into_iter().next()
}

/// Where one guest is built.
#[derive(Debug, Clone)]
pub struct GuestBuild<'a> {
    pub case: &'a Case,
    /// The guest's sources: `tests/roundtrip/<case>/<language>/`.
    pub source: PathBuf,
    /// A directory of its own to build in (kept between runs).
    pub work: PathBuf,
    /// A directory shared by every guest of the language (caches, a
    /// cargo target directory…).
    pub shared: PathBuf,
    /// Whether to build in the leak checks (counting allocators, heap
    /// checks at every export). The round trips always do; the benchmarks
    /// measure the glue alone and do not.
    pub leak_checks: bool,
    /// Whether the guest prints (a composition runner reports its checks
    /// on stdout): a toolchain that otherwise stubs WASI out (Python's
    /// `--stub-wasi`) keeps it. Toolchains whose guests always import
    /// WASI ignore it.
    pub prints: bool,
}

impl GuestBuild<'_> {
    /// bindery's bindings for the case's world, in memory.
    pub fn bindings(&self, language: Language) -> Result<bindery::Generated> {
        self.generator(language).generate().map_err(|e| {
            anyhow::anyhow!("bindery cannot generate {} bindings: {e}", language.name())
        })
    }

    /// The generator of [`GuestBuild::bindings`], to add a language's
    /// options to.
    pub fn generator(&self, language: Language) -> Generator {
        let generator = Generator::new(&self.case.dir).language(language);
        match &self.case.spec.world {
            Some(world) => generator.world(world),
            None => generator,
        }
    }

    /// A component of a wasip1 core module built against the case's world,
    /// made by the code behind `bindery componentize` (so every case of the
    /// C and Go guests tests it): the world embedded unless the module
    /// carries it, the reactor adapter added, the result checked against
    /// the world.
    pub fn componentize(&self, core: &[u8]) -> Result<Vec<u8>> {
        componentize(&self.case.dir, self.case.spec.world.as_deref(), core)
    }

    /// With `BINDERY_ROUNDTRIP_KEEP_BINDINGS` set, bindings already in the
    /// work directory are left as they are: edit them by hand (break a
    /// codec, try a fix) and rerun.
    pub fn keep_bindings(&self) -> bool {
        std::env::var_os("BINDERY_ROUNDTRIP_KEEP_BINDINGS").is_some()
    }
}

/// [`GuestBuild::componentize`] for a core module made elsewhere (the
/// harness's own tests write them in WAT).
pub fn componentize(wit: &Path, world: Option<&str>, core: &[u8]) -> Result<Vec<u8>> {
    let mut componentizer = Componentizer::new(wit);
    if let Some(world) = world {
        componentizer = componentizer.world(world);
    }
    componentizer
        .componentize(core)
        .map_err(|e| anyhow::anyhow!("bindery componentize: {e}"))
}

/// Copies `from` into `to` recursively, rewriting only files whose
/// contents changed (so incremental builds stay incremental).
pub fn mirror(from: &Path, to: &Path) -> Result<()> {
    fs::create_dir_all(to).with_context(|| format!("cannot create `{}`", to.display()))?;
    for entry in fs::read_dir(from).with_context(|| format!("cannot read `{}`", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            mirror(&entry.path(), &target)?;
        } else {
            write_if_changed(&target, &fs::read(entry.path())?)?;
        }
    }
    Ok(())
}

pub fn write_if_changed(path: &Path, contents: &[u8]) -> Result<()> {
    if fs::read(path).ok().as_deref() == Some(contents) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .with_context(|| format!("cannot create `{}`", parent.display()))?;
    }
    fs::write(path, contents).with_context(|| format!("cannot write `{}`", path.display()))
}

/// Runs a build command; on failure the error carries its output.
pub fn run(command: &mut Command) -> Result<Output> {
    let output = command
        .output()
        .with_context(|| format!("cannot run {command:?}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stdout = String::from_utf8_lossy(&output.stdout);
        bail!(
            "{command:?} failed ({}):\n{}{}",
            output.status,
            tail(&stdout, 40),
            tail(&stderr, 120)
        );
    }
    Ok(output)
}

/// The warnings in a compiler's output (each with the lines that explain
/// it), or `None`.
pub fn warnings(output: &Output) -> Option<String> {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut text = String::new();
    let mut inside = false;
    for line in stderr.lines() {
        if line.starts_with("warning") {
            // cargo's summary ("`x` (lib) generated 1 warning") adds nothing.
            inside = !line.contains(" generated ");
        }
        if inside {
            text.push_str(line);
            text.push('\n');
            // A diagnostic ends with a blank line.
            inside = !line.is_empty();
        }
    }
    (!text.is_empty()).then(|| tail(&text, 60))
}

/// The last `lines` lines of a build log.
fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    let start = all.len().saturating_sub(lines);
    let mut out = String::new();
    if start > 0 {
        out.push_str(&format!("… ({start} lines above)\n"));
    }
    for line in &all[start..] {
        out.push_str(line);
        out.push('\n');
    }
    out
}
