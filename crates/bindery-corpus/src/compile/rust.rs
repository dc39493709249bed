//! Generated Rust compiles cleanly for the real target: each unit's
//! `<world>.rs` and bindery's starter `lib.rs` (`--stubs`) become the `src/`
//! of a scratch cdylib crate, which must pass `rustfmt --edition 2024
//! --check` (both files), `cargo clippy --target wasm32-wasip2 -- -D
//! warnings` (with `RUSTFLAGS=-Dwarnings`) and link into a component with
//! `cargo build` (at `opt-level = 1`: Rust 1.95's rust-lld crashes linking
//! some unoptimised async builds, with or without bindery; fuzz seeds 6688
//! and 3568).
//!
//! The export glue lives in the `export!` macro, which is only compiled
//! where it is called; the starter code implements every exported trait
//! and calls `export!`, so bindings plus starter code compiling without
//! edits is checked here too. Linking then makes the toolchain's
//! wasm-component-ld decode the embedded component type and match every
//! export against it.
//!
//! Each generated file defines `cabi_realloc`, so each unit is its own
//! crate: one member of a scratch workspace, all sharing one target
//! directory, built by one cargo command (`--keep-going`) whose JSON
//! messages say which crate failed.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Check, Failure, Unit, output_text, write_if_changed};

const TARGET: &str = "wasm32-wasip2";

/// The Rust check. Units whose id is in `include` declare their bindings
/// the way the bundled example does (`mod <world> { include!(…); }`)
/// instead of the starter code's `mod <world>;`. Units whose id is in
/// `no_std` were generated with `--no-std` (their starter code says
/// `#![no_std]`): the crate also gets the panic handler and global
/// allocator that a `no_std` cdylib must bring itself, and is built (with
/// `-Dwarnings`) but not linted by clippy.
#[derive(Debug, Default)]
pub struct RustCheck {
    pub include: BTreeSet<String>,
    pub no_std: BTreeSet<String>,
}

/// A `no_std` crate's own panic handler and allocator, as a module of the
/// unit's crate. Never run: the check compiles and links.
const NO_STD_SUPPORT: &str = r#"//! What a `#![no_std]` cdylib brings itself: a panic handler and a global
//! allocator (pages from `memory.grow`, never given back).

use core::alloc::{GlobalAlloc, Layout};

struct Pages;

unsafe impl GlobalAlloc for Pages {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        const PAGE: usize = 65536;
        let pages = (layout.size() + layout.align()).div_ceil(PAGE);
        match core::arch::wasm32::memory_grow(0, pages) {
            usize::MAX => core::ptr::null_mut(),
            page => (page * PAGE).next_multiple_of(layout.align()) as *mut u8,
        }
    }

    unsafe fn dealloc(&self, _ptr: *mut u8, _layout: Layout) {}
}

#[global_allocator]
static ALLOCATOR: Pages = Pages;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

// `BTreeMap`s of strings compare with `memcmp`, which std gets from
// wasi-libc: a `no_std` crate on wasm32-wasip2 links it itself.
#[link(name = "c")]
unsafe extern "C" {}
"#;

impl Check for RustCheck {
    fn describe(&self) -> &'static str {
        "rustfmt, clippy -D warnings and a wasm32-wasip2 component build"
    }

    fn missing(&self) -> Option<String> {
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

    fn run(&self, units: &[Unit], work: &Path) -> Vec<Failure> {
        let mut failures = Vec::new();
        let mut members: Vec<(&Unit, Vec<PathBuf>)> = Vec::new();
        for unit in units {
            match self.write_member(&work.join("members").join(&unit.id), unit) {
                Ok(bindings) => members.push((unit, bindings)),
                Err(message) => failures.push(Failure {
                    label: unit.label.clone(),
                    message,
                }),
            }
        }
        write_workspace(work, members.iter().map(|(u, _)| u.id.as_str()).collect());
        if members.is_empty() {
            return failures;
        }
        let mut failed: BTreeMap<String, String> = BTreeMap::new();
        rustfmt(&members, &mut failed);
        for step in ["clippy", "build"] {
            // `--no-std` bindings are the std ones with other paths: clippy
            // has seen their code in the std twin, so they are only built
            // (rustc's warnings still deny), which halves what they cost.
            let pending: Vec<&str> = members
                .iter()
                .map(|(u, _)| u.id.as_str())
                .filter(|id| !failed.contains_key(*id))
                .filter(|id| step != "clippy" || !self.no_std.contains(*id))
                .collect();
            if !pending.is_empty() {
                cargo(step, work, &pending, &mut failed);
            }
        }
        // rustdoc runs the code blocks of doc comments as doctests: where
        // the bindings have any, `cargo test --doc` must pass. On the host,
        // as a plain library: a host cdylib cannot link the export names.
        let documented: Vec<(&Unit, PathBuf)> = members
            .iter()
            // `--no-std` bindings name `::alloc`, which a std crate only
            // has with `extern crate alloc;`: their std twins are tested.
            .filter(|(u, _)| {
                has_code_blocks(u)
                    && u.files.len() == 1
                    && !failed.contains_key(&u.id)
                    && !self.no_std.contains(&u.id)
            })
            .map(|(u, paths)| (*u, paths[0].clone()))
            .collect();
        let doc = work.join("doc");
        for (unit, bindings) in &documented {
            let dir = doc.join("members").join(&unit.id);
            let manifest = format!(
                "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n",
                unit.id
            );
            write_if_changed(&dir.join("Cargo.toml"), manifest.as_bytes());
            write_if_changed(&dir.join("src/lib.rs"), b"pub mod bindings;\n");
            let contents = fs::read(bindings).expect("the bindings were written");
            write_if_changed(&dir.join("src/bindings.rs"), &contents);
        }
        write_workspace(
            &doc,
            documented.iter().map(|(u, _)| u.id.as_str()).collect(),
        );
        if !documented.is_empty() {
            let ids: Vec<&str> = documented.iter().map(|(u, _)| u.id.as_str()).collect();
            cargo("doc", &doc, &ids, &mut failed);
        }
        for (unit, _) in &members {
            if let Some(message) = failed.remove(&unit.id) {
                failures.push(Failure {
                    label: unit.label.clone(),
                    message,
                });
            }
        }
        failures
    }
}

impl RustCheck {
    /// Lays out one member crate: the bindings (one file, or several
    /// modules for a guest that uses bindings of two worlds) and the
    /// starter `lib.rs`. Returns the paths of the files, the root last.
    fn write_member(&self, dir: &Path, unit: &Unit) -> Result<Vec<PathBuf>, String> {
        let files: Vec<(&str, &[u8])> = unit.files.iter().collect();
        let Some((file, _)) = files.first() else {
            return Err("no generated file".to_string());
        };
        if let Some((other, _)) = files.iter().find(|(f, _)| !f.ends_with(".rs")) {
            return Err(format!("generated file {other} is not Rust"));
        }
        // The crate root: `lib.rs`, or `lib_impl.rs` for a world named
        // `lib`, whose bindings are `lib.rs` already.
        let starters: Vec<(&str, &[u8])> = unit.stubs.iter().collect();
        let [(root_file, lib)] = starters.as_slice() else {
            return Err(format!(
                "expected the Rust starter code as one file, got {:?}",
                starters.iter().map(|(p, _)| p).collect::<Vec<_>>()
            ));
        };
        let mut lib = String::from_utf8(lib.to_vec())
            .map_err(|e| format!("the starter {root_file} is not UTF-8: {e}"))?;
        if self.include.contains(&unit.id) {
            if files.len() != 1 {
                return Err("`include!` takes exactly one generated file".to_string());
            }
            let stem = file.trim_end_matches(".rs");
            let declaration = format!("\nmod {stem};\n");
            if !lib.contains(&declaration) {
                return Err(format!("the starter {root_file} lacks `mod {stem};`"));
            }
            lib = lib.replacen(
                &declaration,
                &format!("\nmod {stem} {{\n    include!(\"{file}\");\n}}\n"),
                1,
            );
        }
        if self.no_std.contains(&unit.id) {
            if !lib.contains("\n#![no_std]\n") {
                return Err(format!(
                    "the --no-std starter {root_file} lacks `#![no_std]`"
                ));
            }
            lib.push_str("\nmod no_std_support;\n");
            write_if_changed(
                &dir.join("src/no_std_support.rs"),
                NO_STD_SUPPORT.as_bytes(),
            );
        }
        let manifest = format!(
            "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [lib]\npath = \"src/{root_file}\"\ncrate-type = [\"cdylib\"]\n",
            unit.id
        );
        let root = dir.join("src").join(root_file);
        write_if_changed(&dir.join("Cargo.toml"), manifest.as_bytes());
        write_if_changed(&root, lib.as_bytes());
        let mut paths = Vec::new();
        for (file, contents) in files {
            let path = dir.join("src").join(file);
            write_if_changed(&path, contents);
            paths.push(path);
        }
        paths.push(root);
        Ok(paths)
    }
}

/// `rustfmt --check` on every file in one run; a file it would change fails
/// its unit (rustfmt names it in a `Diff in <path>` line).
fn rustfmt(members: &[(&Unit, Vec<PathBuf>)], failed: &mut BTreeMap<String, String>) {
    for chunk in members.chunks(100) {
        let output = Command::new("rustfmt")
            .args(["--edition", "2024", "--check"])
            .args(chunk.iter().flat_map(|(_, paths)| paths))
            .output()
            .expect("rustfmt runs");
        if output.status.success() {
            continue;
        }
        let text = output_text(&output);
        // rustfmt prints `Diff in <path>:<line>:` before each difference.
        let mut named = false;
        for section in text.split("Diff in ").skip(1) {
            let Some((unit, _)) = chunk.iter().find(|(_, paths)| {
                paths
                    .iter()
                    .any(|path| section.starts_with(&format!("{}:", path.display())))
            }) else {
                continue;
            };
            named = true;
            let entry = failed
                .entry(unit.id.clone())
                .or_insert_with(|| "rustfmt --edition 2024 --check failed:\n".to_string());
            entry.push_str("Diff in ");
            entry.push_str(section);
        }
        if !named {
            for (unit, _) in chunk {
                failed.insert(unit.id.clone(), format!("rustfmt failed:\n{text}"));
            }
        }
    }
}

/// Whether the unit's bindings hold a fenced code block (in doc comments).
fn has_code_blocks(unit: &Unit) -> bool {
    unit.files
        .iter()
        .any(|(_, text)| text.windows(6).any(|w| w == b"/// ``" || w == b"/// ~~"))
}

/// `cargo clippy`, `cargo build` (both for wasm32-wasip2) or `cargo test
/// --doc` (on the host: doctests run there) of the members `ids`,
/// continuing past failures; the errors of each failing crate go to its
/// unit.
fn cargo(step: &str, work: &Path, ids: &[&str], failed: &mut BTreeMap<String, String>) {
    let mut command = Command::new("cargo");
    match step {
        "doc" => command.args(["test", "--doc", "--no-fail-fast"]),
        _ => command.arg(step).args(["--target", TARGET, "--keep-going"]),
    };
    command
        .args(["--quiet", "--offline", "--message-format=json"])
        .arg("--target-dir")
        .arg(work.join(if step == "doc" {
            "target-doc"
        } else {
            "target"
        }))
        .current_dir(work)
        .env("RUSTFLAGS", if step == "doc" { "" } else { "-Dwarnings" })
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .env("CARGO_TERM_COLOR", "never");
    for id in ids {
        command.args(["-p", id]);
    }
    if step == "clippy" {
        command.args(["--", "-D", "warnings"]);
    }
    let output = command.output().expect("cargo runs");
    let what = match step {
        "clippy" => format!("cargo clippy --target {TARGET} -- -D warnings"),
        "doc" => "cargo test --doc".to_string(),
        _ => format!("cargo build --target {TARGET}"),
    };
    let by_crate: BTreeMap<String, &str> =
        ids.iter().map(|id| (id.replace('-', "_"), *id)).collect();
    let mut errors: BTreeMap<&str, String> = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Some((target, rendered)) = compiler_error(line) else {
            continue;
        };
        if let Some(id) = by_crate.get(&target) {
            errors.entry(id).or_default().push_str(&rendered);
        }
    }
    if output.status.success() {
        return;
    }
    if errors.is_empty() {
        // Not a compiler error (a failed doctest, a broken manifest, a
        // crashed tool): every crate of the command fails with what cargo
        // and the tests said.
        let stdout = String::from_utf8_lossy(&output.stdout);
        let plain: Vec<&str> = stdout.lines().filter(|l| !l.starts_with('{')).collect();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stderr),
            plain.join("\n")
        );
        for id in ids {
            failed.insert(id.to_string(), format!("{what} failed:\n{text}"));
        }
        return;
    }
    for (id, rendered) in errors {
        failed.insert(id.to_string(), format!("{what} failed:\n{rendered}"));
    }
}

/// The crate name and rendered text of an error in one line of cargo's JSON
/// messages.
fn compiler_error(line: &str) -> Option<(String, String)> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    if value["reason"] != "compiler-message" || value["message"]["level"] != "error" {
        return None;
    }
    let target = value["target"]["name"].as_str()?.to_string();
    let rendered = value["message"]["rendered"].as_str()?.to_string();
    Some((target, rendered))
}

/// The scratch workspace's manifest, after removing members of earlier runs
/// that this run does not have (cargo refuses a workspace with a broken
/// member).
fn write_workspace(work: &Path, members: Vec<&str>) {
    if let Ok(entries) = fs::read_dir(work.join("members")) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !members.contains(&name.as_str()) {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
    }
    let list: Vec<String> = members
        .iter()
        .map(|n| format!("    \"members/{n}\",\n"))
        .collect();
    let manifest = format!(
        "# Written by bindery-corpus's Rust compile check: one crate per unit.\n\
         [workspace]\nresolver = \"3\"\nmembers = [\n{}]\n\n\
         # Nothing is debugged here: smaller, faster builds. opt-level 1:\n\
         # Rust 1.95's rust-lld crashes linking some unoptimised async\n\
         # wasm32-wasip2 builds, bindery or not (LLVM issue 174676; see\n\
         # languages/rust/README.md).\n\
         [profile.dev]\ndebug = false\nincremental = false\nopt-level = 1\n",
        list.concat()
    );
    write_if_changed(&work.join("Cargo.toml"), manifest.as_bytes());
}
