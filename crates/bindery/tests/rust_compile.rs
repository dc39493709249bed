//! Generated Rust must compile cleanly for the real target: for every
//! corpus generation with Rust output, the generated file becomes
//! `src/bindings.rs` of a scratch cdylib crate (`mod bindings;` from
//! `lib.rs`), which must pass `cargo clippy --target wasm32-wasip2 -- -D
//! warnings` (with `RUSTFLAGS=-Dwarnings`) and link into a component with
//! `cargo build` (wasm-component-ld reads the embedded component type, so a
//! wrong custom section fails here); the file itself must pass `rustfmt
//! --edition 2024 --check`.
//!
//! Each generated file defines `cabi_realloc`, so each case is its own crate:
//! one member of a scratch workspace under the cargo target directory, with
//! one shared target directory so reruns only rebuild what changed. Cases
//! run one after another, so every failure names its corpus file.
//!
//! Without the wasm32-wasip2 target the test fails under `CI=true` and
//! otherwise prints a loud skip message (`languages/rust/install` adds it).

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use bindery::Language;
use common::Generation;

const TARGET: &str = "wasm32-wasip2";

/// `<target-dir>/<profile>/bindery-compile-check`, next to this test binary.
fn scratch_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary has a path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("test binaries live in <target>/<profile>/deps");
    profile_dir.join("bindery-compile-check")
}

/// Why this machine cannot run the check, if it cannot.
fn missing_toolchain() -> Option<String> {
    let sysroot = Command::new("rustc").args(["--print", "sysroot"]).output();
    let sysroot = match sysroot {
        Ok(output) if output.status.success() => {
            PathBuf::from(String::from_utf8_lossy(&output.stdout).trim())
        }
        _ => return Some("`rustc --print sysroot` failed".into()),
    };
    if !sysroot
        .join("lib/rustlib")
        .join(TARGET)
        .join("lib")
        .is_dir()
    {
        return Some(format!(
            "the {TARGET} target is not installed (rustup target add {TARGET})"
        ));
    }
    for command in [
        &["cargo", "clippy", "--version"][..],
        &["rustfmt", "--version"],
    ] {
        let ok = Command::new(command[0])
            .args(&command[1..])
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            return Some(format!("`{}` failed", command.join(" ")));
        }
    }
    None
}

/// A crate name for a generation: `check-` and its name in `[a-z0-9-]`.
fn crate_name(generation: &Generation) -> String {
    let name: String = generation
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("check-{name}")
}

/// Writes `path` only when its contents change, so cargo's mtime-based
/// fingerprints let unchanged crates be skipped on the next run.
fn write_if_changed(path: &Path, contents: &[u8]) {
    if fs::read(path).ok().as_deref() == Some(contents) {
        return;
    }
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, contents).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// Lays out one member crate; returns the path of its `bindings.rs`.
fn write_member(dir: &Path, name: &str, generation: &Generation) -> PathBuf {
    let generated = generation
        .generator(Language::Rust)
        .generate()
        .unwrap_or_else(|err| panic!("generation failed: {err}"));
    let files: Vec<(&str, &[u8])> = generated.files.iter().collect();
    let [(file, contents)] = files.as_slice() else {
        panic!(
            "expected exactly one generated file, got {:?}",
            files.iter().map(|(p, _)| p).collect::<Vec<_>>()
        );
    };
    assert!(file.ends_with(".rs"), "generated file {file} is not Rust");
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [lib]\ncrate-type = [\"cdylib\"]\n"
    );
    let lib = format!(
        "//! Compile check of `{file}`, generated from `{}` ({}).\n\nmod bindings;\n",
        generation.case.relative, generation.name
    );
    let bindings = dir.join("src/bindings.rs");
    write_if_changed(&dir.join("Cargo.toml"), manifest.as_bytes());
    write_if_changed(&dir.join("src/lib.rs"), lib.as_bytes());
    write_if_changed(&bindings, contents);
    bindings
}

fn run(command: &mut Command) -> Output {
    command
        .env("RUSTFLAGS", "-Dwarnings")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .env("CARGO_TERM_COLOR", "never")
        .output()
        .expect("the tool runs")
}

/// Fails with the tool's output unless it succeeded.
fn require_success(what: &str, output: &Output) {
    assert!(
        output.status.success(),
        "{what} failed\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn generated_rust_passes_clippy_rustfmt_and_links_for_wasm32_wasip2() {
    if let Some(reason) = missing_toolchain() {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        assert!(
            !ci,
            "CI=true and {reason}: the Rust compile check cannot run"
        );
        eprintln!();
        eprintln!("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        eprintln!("!! SKIPPED: Rust compile check of the corpus: {reason}.");
        eprintln!("!! Run languages/rust/install to add it. Under CI=true this fails.");
        eprintln!("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        return;
    }

    let scratch = scratch_dir();
    let members_dir = scratch.join("members");
    let generations: Vec<Generation> = common::generations()
        .into_iter()
        .filter(|g| !g.expects_error(Language::Rust))
        .collect();
    let names: Vec<String> = generations.iter().map(crate_name).collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        names.len(),
        "two corpus generations share a crate name"
    );

    // Members of earlier runs whose case is gone would break the workspace.
    if let Ok(entries) = fs::read_dir(&members_dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !names.contains(&name) {
                fs::remove_dir_all(entry.path()).unwrap();
            }
        }
    }
    let members: Vec<String> = names
        .iter()
        .map(|n| format!("    \"members/{n}\",\n"))
        .collect();
    let workspace = format!(
        "# Written by crates/bindery/tests/rust_compile.rs: one crate per corpus case.\n\
         [workspace]\nresolver = \"3\"\nmembers = [\n{}]\n",
        members.concat()
    );
    write_if_changed(&scratch.join("Cargo.toml"), workspace.as_bytes());
    let target_dir = scratch.join("target");

    let cases: Vec<(&Generation, &String)> = generations.iter().zip(&names).collect();
    let failures = common::run_each(
        &cases,
        |(g, _)| format!("{} ({})", g.case.relative, g.name),
        |(generation, name)| {
            let dir = members_dir.join(name);
            let bindings = write_member(&dir, name, generation);
            let output = run(Command::new("rustfmt")
                .args(["--edition", "2024", "--check"])
                .arg(&bindings));
            require_success("rustfmt --edition 2024 --check", &output);
            for subcommand in ["clippy", "build"] {
                let mut command = Command::new("cargo");
                command
                    .arg(subcommand)
                    .args([
                        "--quiet",
                        "--offline",
                        "-p",
                        name.as_str(),
                        "--target",
                        TARGET,
                    ])
                    .arg("--target-dir")
                    .arg(&target_dir)
                    .current_dir(&scratch);
                if subcommand == "clippy" {
                    command.args(["--", "-D", "warnings"]);
                }
                let output = run(&mut command);
                require_success(&format!("cargo {subcommand} --target {TARGET}"), &output);
            }
        },
    );
    let case_count = {
        let mut cases: Vec<&str> = generations.iter().map(|g| g.case.name.as_str()).collect();
        cases.dedup();
        cases.len()
    };
    eprintln!(
        "Rust compile check: {} of {} generations ({case_count} corpus files) passed rustfmt, \
         clippy -D warnings and a {TARGET} build",
        generations.len() - failures.len(),
        generations.len(),
    );
    common::finish("Rust compile checks", &failures);
}
