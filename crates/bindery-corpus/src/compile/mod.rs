//! Compile checks of generated bindings with each language's real
//! toolchain, shared by the corpus compile tests (`rust_compile.rs`,
//! `bindery-c`'s `compile.rs`, `bindery-go`'s `go_compile.rs`) and the fuzz
//! test (`crates/bindery/tests/fuzz/`).
//!
//! A [`Unit`] is one generation: the backend's bindings and its starter
//! code (`--stubs`), which must build together without edits, as `bindery
//! <lang> --stubs` writes them; a [`Check`] compiles a batch of units and
//! names the ones that fail. Batches let a check share work between units
//! (one cargo workspace and target directory for Rust, one Go build cache).
//!
//! Adding a language's compile check is one module here implementing
//! [`Check`] and one line in [`check_for`]; the fuzz test and the corpus
//! tests pick it up from there.

use std::path::Path;
use std::sync::Mutex;

use bindery_ir::{Error, LoadOptions};
use bindery_kit::{Backend, Files};

pub mod c;
pub mod csharp;
pub mod go;
pub mod js;
pub mod python;
pub mod rust;

/// One generated output to compile.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Names the unit in failure messages (`tests/codegen/x.wit (x)`,
    /// `seed 17, world w`).
    pub label: String,
    /// A directory and package name: `[a-z0-9-]`, starting with a letter,
    /// unique within a batch.
    pub id: String,
    /// The generated files.
    pub files: Files,
    /// The starter code beside them ([`Backend::stubs`]): an implementation
    /// of every export, which the bindings need to build into a module.
    pub stubs: Files,
    /// How the world was loaded (checks that make a component read the
    /// world again, as `bindery componentize` does).
    pub options: LoadOptions,
}

impl Unit {
    /// `backend`'s bindings and starter code for the world `options` loads.
    pub fn generate(
        label: String,
        id: String,
        backend: &dyn Backend,
        options: LoadOptions,
    ) -> Result<Unit, Error> {
        let ir = bindery_ir::build(&options)?;
        Ok(Unit {
            label,
            id,
            files: bindery_kit::generate(backend, &ir)?,
            stubs: bindery_kit::stubs(backend, &ir)?,
            options,
        })
    }

    /// The bindings and the starter code together, as written.
    pub fn all_files(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().chain(self.stubs.iter())
    }
}

/// A unit that did not compile, with the tool's output.
#[derive(Debug, Clone)]
pub struct Failure {
    pub label: String,
    pub message: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:\n{}", self.label, self.message.trim_end())
    }
}

/// A [`Unit::id`]: `prefix-` and `name` lower-cased, with every character
/// other than a letter or digit made a `-` (at most 40 of them).
pub fn unit_id(prefix: &str, name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    format!("{prefix}-{name}")
}

/// A language's compile check.
pub trait Check: Sync {
    /// What the check runs, for messages (`clippy -D warnings and a
    /// wasm32-wasip2 build`).
    fn describe(&self) -> &'static str;
    /// Why this machine cannot run the check (a missing toolchain), if it
    /// cannot.
    fn missing(&self) -> Option<String>;
    /// Compiles every unit, using `work` as scratch space (kept between runs,
    /// so tools can reuse their caches); returns the units that failed.
    fn run(&self, units: &[Unit], work: &Path) -> Vec<Failure>;
}

/// The compile check of a language, by its command-line name (`rust`, `c`,
/// `go`, `csharp`, `js`, `python`); `None` for a language without one yet.
pub fn check_for(language: &str) -> Option<Box<dyn Check>> {
    match language {
        "rust" => Some(Box::new(rust::RustCheck::default())),
        "c" => Some(Box::new(c::CCheck)),
        "go" => Some(Box::new(go::GoCheck)),
        "csharp" => Some(Box::new(csharp::CSharpCheck)),
        "js" => Some(Box::new(js::JsCheck)),
        "python" => Some(Box::new(python::PythonCheck)),
        _ => None,
    }
}

/// Whether `check` can run here. Under `CI=true` a missing toolchain fails
/// the test; otherwise it is skipped with a loud message.
pub fn available(check: &dyn Check, test: &str) -> bool {
    let Some(reason) = check.missing() else {
        return true;
    };
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    assert!(!ci, "CI=true and {reason}: {test} cannot run");
    say(&format!(
        "\n!!!!!!!!\n!!! SKIPPED {test}: {reason}.\n!!! Run languages/*/install; under CI=true this fails.\n!!!!!!!!\n\n"
    ));
    false
}

/// Prints straight to stderr: libtest's capture would hide it on success.
pub fn say(text: &str) {
    use std::io::Write;
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// How many units a check works on at once: `BINDERY_JOBS`, or the
/// machine's parallelism.
pub fn jobs() -> usize {
    std::env::var("BINDERY_JOBS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
}

/// Runs `check` on every unit, [`jobs`] at a time; collects the failures in
/// unit order.
pub fn each_parallel(
    units: &[Unit],
    check: impl Fn(&Unit) -> Result<(), String> + Sync,
) -> Vec<Failure> {
    each_parallel_with(units, || (), |(), unit| check(unit))
}

/// [`each_parallel`] with state per worker thread, made by `start` when
/// the worker starts (a compiler process that serves many units).
pub fn each_parallel_with<S>(
    units: &[Unit],
    start: impl Fn() -> S + Sync,
    check: impl Fn(&mut S, &Unit) -> Result<(), String> + Sync,
) -> Vec<Failure> {
    let next = Mutex::new(0usize);
    let results: Mutex<Vec<(usize, Failure)>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..jobs().min(units.len()) {
            scope.spawn(|| {
                let mut state = start();
                loop {
                    let index = {
                        let mut next = next.lock().unwrap_or_else(|e| e.into_inner());
                        let index = *next;
                        *next += 1;
                        index
                    };
                    let Some(unit) = units.get(index) else { break };
                    if let Err(message) = check(&mut state, unit) {
                        let failure = Failure {
                            label: unit.label.clone(),
                            message,
                        };
                        results
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push((index, failure));
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, failure)| failure).collect()
}

/// Writes `files` under `dir`, replacing whatever a previous run left there
/// only when the contents differ (tools that compare modification times
/// then skip what did not change).
pub fn write_files(dir: &Path, files: &Files) {
    for (path, contents) in files.iter() {
        write_if_changed(&dir.join(path), contents);
    }
}

/// Writes `path` only when its contents change.
pub fn write_if_changed(path: &Path, contents: &[u8]) {
    if std::fs::read(path).ok().as_deref() == Some(contents) {
        return;
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", parent.display()));
    }
    std::fs::write(path, contents)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// A tool's standard output and error, for a failure message.
pub fn output_text(output: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Runs a command; `Err` holds its output (or why it could not start).
pub fn run(what: &str, command: &mut std::process::Command) -> Result<(), String> {
    let output = command
        .output()
        .map_err(|e| format!("{what}: cannot run: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed:\n{}", output_text(&output)))
    }
}
