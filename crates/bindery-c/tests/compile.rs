//! The C bindings of every corpus file compile: `<world>.c` with the
//! starter code `<world>_impl.c` (`--stubs`) as C11 for wasm32-wasi with
//! every warning an error, linked into a reactor module (so every export
//! the bindings call is defined), and `<world>.h` from C++17.
//! Without clang-19 the test is skipped loudly, except under `CI=true`,
//! where that is a failure (`languages/c/install` installs it).

mod common;

use std::path::Path;
use std::process::Command;

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

fn available(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success())
}

fn run(tool: &str, flags: &[&str], args: &[&str], dir: &Path) -> Result<(), String> {
    let out = Command::new(tool)
        .args(flags)
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run {tool}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn corpus_compiles_as_c11_and_from_cxx17() {
    if !available("clang-19") || !available("clang++-19") {
        let message = "clang-19 is not installed (run languages/c/install)";
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("{message}");
        }
        eprintln!("SKIPPED: C compile checks: {message}");
        return;
    }
    let mut failures = Vec::new();
    let (mut as_c, mut as_cxx, mut refused) = (0, 0, 0);
    for generation in common::generations() {
        let files = match generation.bindings_and_stubs(&bindery_c::CBackend) {
            Ok(files) => files,
            Err(err) if common::is_refusal(&err) => {
                refused += 1;
                continue;
            }
            Err(err) => {
                failures.push(format!("{}: {err}", generation.name));
                continue;
            }
        };
        let dir = tempfile::tempdir().unwrap();
        files.write(dir.path()).unwrap();
        let sources: Vec<&str> = files
            .iter()
            .map(|(path, _)| path)
            .filter(|path| path.ends_with(".c"))
            .collect();
        assert_eq!(sources.len(), 2, "bindings and starter code: {sources:?}");
        let header = files
            .iter()
            .map(|(path, _)| path)
            .find(|path| path.ends_with(".h"))
            .expect("a header");
        let name = format!("{} ({})", generation.case.relative, generation.name);
        let mut args = sources.clone();
        args.extend(["-o", "core.wasm"]);
        match run("clang-19", C_FLAGS, &args, dir.path()) {
            Ok(()) => as_c += 1,
            Err(err) => failures.push(format!("{name} with starter code as C11:\n{err}")),
        }
        let tu = format!("#include \"{header}\"\n");
        std::fs::write(dir.path().join("include.cc"), tu).unwrap();
        match run("clang++-19", CXX_FLAGS, &["include.cc"], dir.path()) {
            Ok(()) => as_cxx += 1,
            Err(err) => failures.push(format!("{name} from C++17:\n{err}")),
        }
    }
    eprintln!(
        "compiled and linked {as_c} corpus generations with their starter code as C11, and \
         {as_cxx} headers from C++17 \
         ({refused} refused: async, futures, streams, error-context)"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
