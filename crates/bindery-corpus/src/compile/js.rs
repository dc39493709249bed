//! Generated TypeScript declarations type-check: `tsc --strict` on every
//! `.d.ts` file of a unit together with its starter code (`guest.ts`, which
//! must satisfy the world's guest contract as written), each unit on its
//! own (units declare the same ambient module names, so they cannot share
//! one program).

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
        "tsc --strict on the declarations and the starter code"
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
    write_files(dir, &unit.stubs);
    if !unit.files.iter().any(|(path, _)| path.ends_with(".d.ts")) {
        return Err("no .d.ts file was generated".into());
    }
    let files: Vec<&str> = unit
        .all_files()
        .map(|(path, _)| path)
        .filter(|path| path.ends_with(".ts"))
        .collect();
    run(
        "tsc --strict",
        Command::new(tools_bin().join("tsc"))
            .args(TSC_OPTIONS)
            .args(files)
            .current_dir(dir),
    )
}
