//! Generated Python type-checks: `mypy --strict` on each unit's `wit_world`
//! package together with its starter code (`app.py` and the modules of
//! exported resources, whose `@final` classes must implement every export
//! as written), then `ruff check` with its default rules. One mypy run per
//! unit (every unit has its own package named `wit_world`), with a cache
//! per worker so the standard library is read once per worker.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{Check, Failure, Unit, each_parallel_with, run};

/// `.tools/python-venv/bin`, where `languages/python/install` puts mypy
/// and ruff.
pub fn tools_bin() -> PathBuf {
    crate::repo_root().join(".tools/python-venv/bin")
}

#[derive(Debug)]
pub struct PythonCheck;

impl Check for PythonCheck {
    fn describe(&self) -> &'static str {
        "mypy --strict and ruff check on the package and the starter code"
    }

    fn missing(&self) -> Option<String> {
        ["mypy", "ruff"]
            .iter()
            .find(|tool| !tools_bin().join(tool).is_file())
            .map(|tool| format!("{tool} is not installed (run languages/python/install)"))
    }

    fn run(&self, units: &[Unit], work: &Path) -> Vec<Failure> {
        // A cache per worker: two mypy runs at once on one cache crash
        // mypy (seen: "INTERNAL ERROR" from mypy 2.4.1).
        let workers = AtomicUsize::new(0);
        each_parallel_with(
            units,
            || {
                work.join(format!(
                    ".mypy_cache-{}",
                    workers.fetch_add(1, Ordering::Relaxed)
                ))
            },
            |cache, unit| check(unit, &work.join(&unit.id), cache),
        )
    }
}

fn check(unit: &Unit, dir: &Path, cache: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(dir);
    super::write_files(dir, &unit.files);
    super::write_files(dir, &unit.stubs);
    if unit.files.get("wit_world/__init__.py").is_none() {
        return Err("no wit_world package was generated".into());
    }
    // The package, and the starter code's top-level modules.
    let mut targets = vec!["wit_world"];
    targets.extend(
        unit.all_files()
            .map(|(path, _)| path)
            .filter(|path| !path.contains('/')),
    );
    run(
        "mypy --strict",
        Command::new(tools_bin().join("mypy"))
            .args(["--strict", "--no-error-summary", "--cache-dir"])
            .arg(cache)
            .args(&targets)
            .current_dir(dir)
            .env("MYPYPATH", dir),
    )?;
    run(
        "ruff check",
        Command::new(tools_bin().join("ruff"))
            .args(["check", "--isolated", "--no-cache", "--quiet", "."])
            .current_dir(dir),
    )
}
