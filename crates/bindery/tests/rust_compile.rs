//! Generated Rust must compile cleanly for the real target: for every
//! corpus generation with Rust output, the generated file becomes
//! `src/bindings.rs` of a scratch cdylib crate (`mod bindings;` from
//! `lib.rs`), which must pass `cargo clippy --target wasm32-wasip2 -- -D
//! warnings` (with `RUSTFLAGS=-Dwarnings`) and link into a component with
//! `cargo build`; the file itself must pass `rustfmt --edition 2024 --check`.
//!
//! The export glue lives in the `export!` macro, which is only compiled
//! where it is called, so each crate also implements every exported trait
//! with `unimplemented!()` bodies (read off the generated traits) and calls
//! `export!`. Linking then makes the toolchain's wasm-component-ld decode the
//! embedded component type and match every export against it.
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

/// Lays out one member crate; returns the path of its `bindings.rs`.
fn write_member(dir: &Path, name: &str, generation: &Generation, module: &str) -> PathBuf {
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
    let header = format!(
        "//! Compile check of `{file}`, generated from `{}` ({}).",
        generation.case.relative, generation.name
    );
    let lib = lib_rs(&header, module, &common::text(file, contents));
    let bindings = dir.join("src/bindings.rs");
    write_if_changed(&dir.join("Cargo.toml"), manifest.as_bytes());
    write_if_changed(&dir.join("src/lib.rs"), lib.as_bytes());
    write_if_changed(&bindings, contents);
    bindings
}

/// One `pub trait` of the generated file: the module it is in (`[]` for the
/// bindings' root), its name, and its items as written (`fn …;`, `type …;`).
struct TraitDecl {
    module: Vec<String>,
    name: String,
    items: Vec<String>,
}

/// Finds the traits a guest implements (`Guest`, `GuestCounter`, …) in a
/// generated file. The file is rustfmt-formatted (checked before), so its
/// modules, traits and items can be read line by line.
fn exported_traits(source: &str) -> Vec<TraitDecl> {
    let mut modules: Vec<(String, usize)> = Vec::new();
    let mut traits = Vec::new();
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        let indent = line.len() - line.trim_start().len();
        let text = line.trim();
        if let Some(name) = text
            .strip_prefix("pub mod ")
            .and_then(|t| t.strip_suffix(" {"))
        {
            modules.push((name.to_string(), indent));
        } else if text == "}" && modules.last().is_some_and(|(_, i)| *i == indent) {
            modules.pop();
        } else if let Some(rest) = text.strip_prefix("pub trait ") {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let mut items = Vec::new();
            let mut item = String::new();
            if !rest.ends_with("{}") {
                for line in lines.by_ref() {
                    let text = line.trim();
                    if text == "}" && line.len() - text.len() == indent {
                        break;
                    }
                    if text.starts_with("///") || text.starts_with("#[") {
                        continue;
                    }
                    item.push_str(text);
                    if !text.ends_with('(') && !text.ends_with(',') {
                        item.push(' ');
                    }
                    if text.ends_with(';') {
                        items.push(std::mem::take(&mut item).trim().to_string());
                    }
                }
            }
            let module = modules.iter().map(|(m, _)| m.clone()).collect();
            traits.push(TraitDecl {
                module,
                name,
                items,
            });
        }
    }
    traits
}

/// `lib.rs` of a scratch crate: the bindings as a module, and — when the
/// world exports anything — a type implementing every exported trait with
/// `unimplemented!()` bodies, passed to `export!`, so that the export glue
/// (which lives in macros) is compiled and linked too.
fn lib_rs(header: &str, module: &str, bindings: &str) -> String {
    let mut lib = format!("{header}\n\n{module}\n");
    if !bindings.contains(" as export;") {
        return lib;
    }
    lib.push_str(
        "\n/// Implements every exported trait, so the export glue is compiled.\n\
         pub struct Stub;\n\nbindings::export!(Stub with_types_in bindings);\n",
    );
    for (index, decl) in exported_traits(bindings).iter().enumerate() {
        let path: Vec<&str> = std::iter::once("crate::bindings")
            .chain(decl.module.iter().map(String::as_str))
            .collect();
        lib.push_str(&format!(
            "\n#[allow(unused_imports, unused_variables)]\nmod stub_{index} {{\n    \
             use {}::*;\n\n    impl {} for crate::Stub {{\n",
            path.join("::"),
            decl.name
        ));
        for item in &decl.items {
            let body = match item.strip_prefix("type ") {
                Some(rest) => {
                    let name = rest.split(':').next().unwrap_or_default().trim();
                    format!("type {name} = crate::Stub;")
                }
                None => format!(
                    "{} {{\n            unimplemented!()\n        }}",
                    item.trim_end_matches(';')
                ),
            };
            lib.push_str(&format!("        {body}\n"));
        }
        lib.push_str("    }\n}\n");
    }
    lib
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
    /// How `lib.rs` declares the bindings module.
    module: &'static str,
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
    // Every corpus generation as `mod bindings;`, and the example the README
    // shows (`examples/hello-rust`), included the way it includes its
    // bindings: `mod bindings { include!(…); }`.
    let mut members: Vec<Member> = common::generations()
        .into_iter()
        .filter(|g| !g.expects_error(Language::Rust))
        .map(|generation| Member {
            name: crate_name(&generation),
            generation,
            module: "mod bindings;",
        })
        .collect();
    let corpus_members = members.len();
    let example = common::example();
    members.push(Member {
        name: "check-example-include".into(),
        generation: example.generations().remove(0),
        module: "mod bindings {\n    include!(\"bindings.rs\");\n}",
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
        let bindings = write_member(&dir, &member.name, &member.generation, member.module);
        written
            .lock()
            .unwrap()
            .push((member.name.clone(), bindings));
    });
    let written: Vec<(&Member, PathBuf)> = written
        .into_inner()
        .unwrap()
        .into_iter()
        .filter_map(|(name, bindings)| Some((members.iter().find(|m| m.name == name)?, bindings)))
        .collect();
    write_workspace(
        &scratch,
        written.iter().map(|(m, _)| m.name.as_str()).collect(),
    );
    let target_dir = scratch.join("target");

    failures.extend(common::run_each(
        &written,
        |(member, _)| member.label(),
        |(member, bindings)| {
            let output = run(Command::new("rustfmt")
                .args(["--edition", "2024", "--check"])
                .arg(bindings));
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
