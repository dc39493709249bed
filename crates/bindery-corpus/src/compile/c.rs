//! Generated C compiles: `<world>.c` with the starter code `<world>_impl.c`
//! (`--stubs`) as C11 for wasm32-wasi with every warning an error, linked
//! into a reactor module (so every export the bindings call is defined),
//! and `<world>.h` included from C++17.

use std::path::Path;
use std::process::Command;

use super::{Check, Failure, Unit, each_parallel, run, write_files};

const C_FLAGS: &[&str] = &[
    "--target=wasm32-wasi",
    "--sysroot=/usr",
    "-mexec-model=reactor",
    "-std=c11",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-pedantic",
];

const CXX_FLAGS: &[&str] = &[
    "--target=wasm32-wasi",
    "--sysroot=/usr",
    "-std=c++17",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-pedantic",
    "-fsyntax-only",
];

#[derive(Debug)]
pub struct CCheck;

fn available(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success())
}

impl Check for CCheck {
    fn describe(&self) -> &'static str {
        "clang-19 -std=c11 -Wall -Wextra -Werror -pedantic with the starter code linked as a reactor, and the header from C++17"
    }

    fn missing(&self) -> Option<String> {
        (!available("clang-19") || !available("clang++-19"))
            .then(|| "clang-19 is not installed (run languages/c/install)".to_string())
    }

    fn run(&self, units: &[Unit], work: &Path) -> Vec<Failure> {
        each_parallel(units, |unit| check(unit, &work.join(&unit.id)))
    }
}

fn check(unit: &Unit, dir: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(dir);
    write_files(dir, &unit.files);
    write_files(dir, &unit.stubs);
    let sources: Vec<&str> = unit
        .all_files()
        .map(|(path, _)| path)
        .filter(|path| path.ends_with(".c"))
        .collect();
    if sources.len() != 2 {
        return Err(format!(
            "expected the bindings and the starter code as two .c files, got {sources:?}"
        ));
    }
    let header = unit
        .files
        .iter()
        .map(|(path, _)| path)
        .find(|path| path.ends_with(".h"))
        .ok_or("no .h file was generated")?;
    run(
        "clang-19 -std=c11 (with the starter code)",
        Command::new("clang-19")
            .args(C_FLAGS)
            .args(&sources)
            .args(["-o", "core.wasm"])
            .current_dir(dir),
    )?;
    std::fs::write(dir.join("include.cc"), format!("#include \"{header}\"\n"))
        .map_err(|e| e.to_string())?;
    run(
        "clang++-19 -std=c++17 (the header)",
        Command::new("clang++-19")
            .args(CXX_FLAGS)
            .arg("include.cc")
            .current_dir(dir),
    )
}
