//! Generated Rust must compile cleanly for the real target: for every
//! corpus generation with Rust output, the generated `<world>.rs` and
//! bindery's starter `lib.rs` (`--stubs`) become the `src/` of a scratch
//! cdylib crate, which must pass `cargo clippy --target wasm32-wasip2 -- -D
//! warnings` (with `RUSTFLAGS=-Dwarnings`) and link into a component with
//! `cargo build`; both files must pass `rustfmt --edition 2024 --check`.
//!
//! The export glue lives in the `export!` macro, which is only compiled
//! where it is called; the starter code implements every exported trait
//! and calls `export!`, so bindings plus starter code compiling without
//! edits is checked here too. Linking then makes the toolchain's
//! wasm-component-ld decode the embedded component type and match every
//! export against it.
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
use std::sync::Mutex;

use bindery::Language;
use common::{Generation, GenerationExt};

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

/// Lays out one member crate: the bindings and bindery's starter `lib.rs`
/// (Rust's `--stubs`), which implements every exported trait and calls
/// `export!`. Returns the paths of the two files.
fn write_member(dir: &Path, name: &str, generation: &Generation, module: Module) -> [PathBuf; 2] {
    let generated = generation
        .generator(Language::Rust)
        .stubs(true)
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
    let lib = generated
        .stubs
        .get("lib.rs")
        .expect("the Rust starter code is a lib.rs");
    let mut lib = common::text("lib.rs", lib);
    if let Module::Include = module {
        let stem = file.trim_end_matches(".rs");
        let declaration = format!("\nmod {stem};\n");
        assert!(lib.contains(&declaration), "lib.rs lacks `mod {stem};`");
        lib = lib.replacen(
            &declaration,
            &format!("\nmod {stem} {{\n    include!(\"{file}\");\n}}\n"),
            1,
        );
    }
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [lib]\ncrate-type = [\"cdylib\"]\n"
    );
    let bindings = dir.join("src").join(file);
    let root = dir.join("src/lib.rs");
    write_if_changed(&dir.join("Cargo.toml"), manifest.as_bytes());
    write_if_changed(&root, lib.as_bytes());
    write_if_changed(&bindings, contents);
    [bindings, root]
}

/// How `lib.rs` declares the bindings module.
#[derive(Clone, Copy)]
enum Module {
    /// As the starter code does: `mod <world>;`.
    File,
    /// As `examples/hello-rust` does: `mod <world> { include!(…); }`, which
    /// works only if the file has no inner attributes.
    Include,
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

/// One crate of the scratch workspace.
struct Member {
    name: String,
    generation: Generation,
    module: Module,
}

impl Member {
    fn label(&self) -> String {
        format!(
            "{} ({})",
            self.generation.case.relative, self.generation.name
        )
    }
}

/// The scratch workspace's manifest, after removing members of earlier runs
/// whose case is gone (cargo refuses a workspace with a broken member).
fn write_workspace(scratch: &Path, members: Vec<&str>) {
    if let Ok(entries) = fs::read_dir(scratch.join("members")) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !members.contains(&name.as_str()) {
                fs::remove_dir_all(entry.path()).unwrap();
            }
        }
    }
    let list: Vec<String> = members
        .iter()
        .map(|n| format!("    \"members/{n}\",\n"))
        .collect();
    let manifest = format!(
        "# Written by crates/bindery/tests/rust_compile.rs: one crate per corpus case.\n\
         [workspace]\nresolver = \"3\"\nmembers = [\n{}]\n",
        list.concat()
    );
    write_if_changed(&scratch.join("Cargo.toml"), manifest.as_bytes());
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
    // Every corpus generation with its starter code, and the example the
    // README shows (`examples/hello-rust`), included the way it includes
    // its bindings: `mod bindings { include!(…); }`.
    let mut members: Vec<Member> = common::generations()
        .into_iter()
        .filter(|g| !g.expects_error(Language::Rust))
        .map(|generation| Member {
            name: crate_name(&generation),
            generation,
            module: Module::File,
        })
        .collect();
    let corpus_members = members.len();
    let example = common::example();
    members.push(Member {
        name: "check-example-include".into(),
        generation: example.generations().remove(0),
        module: Module::Include,
    });
    let mut names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), members.len(), "two members share a crate name");

    // Every member must exist before cargo can load the workspace, so all
    // are written first; one whose generation fails is left out of it.
    let written = Mutex::new(Vec::new());
    let mut failures = common::run_each(&members, Member::label, |member| {
        let dir = members_dir.join(&member.name);
        let sources = write_member(&dir, &member.name, &member.generation, member.module);
        written.lock().unwrap().push((member.name.clone(), sources));
    });
    let written: Vec<(&Member, [PathBuf; 2])> = written
        .into_inner()
        .unwrap()
        .into_iter()
        .filter_map(|(name, sources)| Some((members.iter().find(|m| m.name == name)?, sources)))
        .collect();
    write_workspace(
        &scratch,
        written.iter().map(|(m, _)| m.name.as_str()).collect(),
    );
    let target_dir = scratch.join("target");

    failures.extend(common::run_each(
        &written,
        |(member, _)| member.label(),
        |(member, sources)| {
            let output = run(Command::new("rustfmt")
                .args(["--edition", "2024", "--check"])
                .args(sources));
            require_success("rustfmt --edition 2024 --check", &output);
            let cargo = |subcommand: &str| {
                let mut command = Command::new("cargo");
                command
                    .arg(subcommand)
                    .args([
                        "--quiet",
                        "--offline",
                        "-p",
                        &member.name,
                        "--target",
                        TARGET,
                    ])
                    .arg("--target-dir")
                    .arg(&target_dir)
                    .current_dir(&scratch);
                if subcommand == "clippy" {
                    command.args(["--", "-D", "warnings"]);
                }
                run(&mut command)
            };
            let what = format!("cargo clippy --target {TARGET} -- -D warnings");
            require_success(&what, &cargo("clippy"));
            let what = format!("cargo build --target {TARGET}");
            require_success(&what, &cargo("build"));
        },
    ));
    let mut files: Vec<&str> = members[..corpus_members]
        .iter()
        .map(|m| m.generation.case.name.as_str())
        .collect();
    files.dedup();
    eprintln!(
        "Rust compile check: {} of {} crates passed rustfmt, clippy -D warnings and a {TARGET} \
         build ({} corpus files in {corpus_members} generations, and the example)",
        members.len() - failures.len(),
        members.len(),
        files.len(),
    );
    common::finish("Rust compile checks", &failures);
}
