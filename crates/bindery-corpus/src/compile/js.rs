//! Generated TypeScript declarations type-check: `tsc --strict` on every
//! `.d.ts` file of a unit, on its own (each unit declares the same ambient
//! module names, so units cannot share one program).

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Check, Failure, Unit, each_parallel, run, write_files};

/// The `tsc` options every check of declarations uses: strict, no output,
/// the ES2022 library with `Disposable` (imported resources implement it).
pub const TSC_OPTIONS: &[&str] = &[
    "--strict",
    "--noEmit",
    "--target",
    "es2022",
    "--module",
    "es2022",
    "--moduleResolution",
    "bundler",
    "--lib",
    "es2022,esnext.disposable",
    "--pretty",
    "false",
];

/// `.tools/js/node_modules/.bin`, where `languages/js/install` puts `tsc`.
pub fn tools_bin() -> PathBuf {
    crate::repo_root().join(".tools/js/node_modules/.bin")
}

#[derive(Debug)]
pub struct JsCheck;

impl Check for JsCheck {
    fn describe(&self) -> &'static str {
        "tsc --strict on the declarations"
    }

    fn missing(&self) -> Option<String> {
        (!tools_bin().join("tsc").is_file())
            .then(|| "tsc is not installed (run languages/js/install)".to_string())
    }

    fn run(&self, units: &[Unit], work: &Path) -> Vec<Failure> {
        each_parallel(units, |unit| check(unit, &work.join(&unit.id)))
    }
}

fn check(unit: &Unit, dir: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(dir);
    write_files(dir, &unit.files);
    let files: Vec<&str> = unit
        .files
        .iter()
        .map(|(path, _)| path)
        .filter(|path| path.ends_with(".ts"))
        .collect();
    if files.is_empty() {
        return Err("no .d.ts file was generated".into());
    }
    run(
        "tsc --strict",
        Command::new(tools_bin().join("tsc"))
            .args(TSC_OPTIONS)
            .args(files)
            .current_dir(dir),
    )
}
