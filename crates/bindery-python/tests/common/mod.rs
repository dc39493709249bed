//! The WIT corpus (`tests/codegen/`, read by `bindery-corpus`) for the
//! Python backend's tests: every generation, generated with the Python
//! backend, and the Python tools from `languages/python/install`.

// Each test binary uses a different part of this module.
#![allow(dead_code, unused_imports)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub use bindery_corpus::{Generation, Snapshots, finish, generations, repo_root, run_each};
use bindery_ir::Error;
use bindery_kit::Files;
use bindery_python::PythonBackend;

/// What the Python tests do with a generation.
pub trait GenerationExt {
    fn generate(&self) -> Result<Files, Error>;
    /// The entry says Python must refuse it (`// bindery expect-error: …, python`).
    fn expect_error(&self) -> bool;
}

impl GenerationExt for Generation {
    fn generate(&self) -> Result<Files, Error> {
        let ir = bindery_ir::build(&self.load_options())?;
        bindery_kit::generate(&PythonBackend, &ir)
    }

    fn expect_error(&self) -> bool {
        self.expects_error_for("python")
    }
}

/// A refusal by the capability check, naming the WIT item that needs it.
pub fn is_capability_refusal(err: &Error) -> bool {
    let message = err.to_string();
    err.exit_code() == 1
        && message.starts_with("the python backend does not support")
        && message.contains("used by")
}

/// The tools installed by `languages/python/install` into `.tools/python`.
#[derive(Debug, Clone)]
pub struct Python {
    /// The venv's interpreter.
    pub python: PathBuf,
    pub mypy: PathBuf,
    pub ruff: PathBuf,
    pub componentize_py: PathBuf,
}

impl Python {
    /// Installs (or finds) the tools; `Err` says why they are missing.
    pub fn find() -> Result<Python, String> {
        let script = repo_root().join("languages/python/install");
        let output = Command::new(&script)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", script.display()))?;
        if !output.status.success() {
            return Err(format!(
                "languages/python/install failed: {}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        let vars = String::from_utf8_lossy(&output.stdout).into_owned();
        let var = |name: &str| {
            vars.lines()
                .find_map(|l| l.strip_prefix(&format!("export {name}='")))
                .and_then(|v| v.strip_suffix('\''))
                .map(PathBuf::from)
                .ok_or_else(|| format!("languages/python/install did not print {name}"))
        };
        Ok(Python {
            python: var("BINDERY_PYTHON")?,
            mypy: var("BINDERY_MYPY")?,
            ruff: var("BINDERY_RUFF")?,
            componentize_py: var("BINDERY_COMPONENTIZE_PY")?,
        })
    }

    /// `mypy --strict` on `targets`, with `dir` as the working directory
    /// (where the bindings are) and its cache in `cache/.mypy_cache` (one
    /// cache for many packages saves parsing the standard library again).
    pub fn mypy(&self, dir: &Path, cache: &Path, targets: &[&str]) -> Output {
        Command::new(&self.mypy)
            .args(["--strict", "--no-error-summary", "--cache-dir"])
            .arg(cache.join(".mypy_cache"))
            .args(targets)
            .current_dir(dir)
            .env("MYPYPATH", dir)
            .output()
            .expect("mypy runs")
    }

    /// `ruff check` with its default rules and no configuration file.
    pub fn ruff(&self, dir: &Path, targets: &[&str]) -> Output {
        Command::new(&self.ruff)
            .args(["check", "--isolated", "--no-cache", "--quiet"])
            .args(targets)
            .current_dir(dir)
            .output()
            .expect("ruff runs")
    }
}

/// Under `CI=true` missing tools are a failure; otherwise the test is
/// skipped with a loud message.
pub fn python_or_skip(test: &str) -> Option<Python> {
    match Python::find() {
        Ok(python) => Some(python),
        Err(missing) => {
            let ci = std::env::var("CI").is_ok_and(|v| v == "true");
            assert!(!ci, "{test}: Python tools missing under CI=true: {missing}");
            say(&format!(
                "\n!!!!!!!!\n!!! SKIPPED {test}: Python tools missing: {missing}\n!!! (under CI=true this fails)\n!!!!!!!!\n\n"
            ));
            None
        }
    }
}

/// The combined output of a command, for failure messages.
pub fn output_text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Prints straight to stderr: libtest's capture would hide it on success.
pub fn say(text: &str) {
    use std::io::Write;
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Writes files under `dir`.
pub fn write(files: &Files, dir: &Path) {
    for (path, contents) in files.iter() {
        let target = dir.join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, contents).unwrap();
    }
}
