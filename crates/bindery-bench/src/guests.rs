//! The fuel bench's guests (`fuel/<language>/`): one source per language,
//! built against bindery's bindings by the round-trip harness's toolchain
//! (without its leak checks), and against wit-bindgen's bindings here,
//! with what wit-bindgen's output needs besides: the `wit-bindgen` runtime
//! crate (Rust), the component-type object file (C), the
//! `go.bytecodealliance.org/pkg` module that the wit-bindgen-go crate
//! ships (Go).

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use bindery::Language;
use bindery_roundtrip::case::Case;
use bindery_roundtrip::guest::{
    self, GuestBuild, c_compiler, componentize, go_command, mirror, run, write_if_changed,
};

use crate::generation::Files;

/// A guest component, or why there is none.
pub type Guest = Result<Vec<u8>, GuestError>;

/// Why there is no guest: in a few words for the table's cells, and in
/// full for stderr.
#[derive(Debug, Clone)]
pub struct GuestError {
    pub cell: String,
    pub why: String,
}

impl GuestError {
    fn new(cell: &str, why: impl Into<String>) -> Self {
        GuestError {
            cell: cell.into(),
            why: why.into(),
        }
    }
}

/// The fuel bench's world and guest sources.
pub fn fuel_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuel")
}

/// Where guests are built: one directory per tool and language.
#[derive(Debug, Clone)]
pub struct Workshop {
    pub root: PathBuf,
}

impl Workshop {
    fn dirs(&self, tool: &str, language: Language) -> (PathBuf, PathBuf) {
        (
            self.root.join(tool).join(language.name()),
            self.root.join("shared").join(language.name()),
        )
    }

    /// The guest for `language` against bindery's bindings, built by the
    /// round-trip harness's toolchain for the language.
    pub fn bindery(&self, language: Language) -> Guest {
        let name = language.name();
        let toolchain = guest::toolchain(language).ok_or_else(|| {
            GuestError::new(
                "no guest toolchain",
                format!("the harness cannot build {name} guests"),
            )
        })?;
        // As the round trips count it: compiled there, but nothing here
        // can make or run its component (C#: no NativeAOT-LLVM).
        if let Some(why) = toolchain.cannot_run() {
            let short = why.split(';').next().unwrap_or(why);
            return Err(GuestError::new(&format!("cannot run: {short}"), why));
        }
        let source = fuel_dir().join(name);
        if !source.is_dir() {
            return Err(GuestError::new(
                "no fuel guest",
                format!("no {name} guest in {}", fuel_dir().display()),
            ));
        }
        toolchain
            .check()
            .map_err(|why| GuestError::new("guest toolchain not installed", why))?;
        let failed =
            |e: anyhow::Error| GuestError::new("guest build failed (see stderr)", format!("{e:#}"));
        let case = Case::load(&fuel_dir()).map_err(failed)?;
        let (work, shared) = self.dirs("bindery", language);
        let build = GuestBuild {
            case: &case,
            source,
            work,
            shared,
            leak_checks: false,
            prints: false,
        };
        let built = toolchain.build(&build).map_err(failed)?;
        Ok(built.component)
    }

    /// The guest for `language` against wit-bindgen's `files`.
    pub fn wit_bindgen(&self, language: Language, files: &Files, go_pkg: &Path) -> Guest {
        let (work, shared) = self.dirs("wit-bindgen", language);
        let built = match language.name() {
            "rust" => rust(files, &work, &shared),
            "c" => c(files, &work, &shared),
            "go" => go(files, &work, &shared, go_pkg),
            other => {
                return Err(GuestError::new(
                    "no wit-bindgen guest",
                    format!("no wit-bindgen guest build for {other}"),
                ));
            }
        };
        built.map_err(|e| GuestError::new("wit-bindgen guest build failed", format!("{e:#}")))
    }
}

fn write_all(files: &Files, dir: &Path) -> Result<()> {
    for (path, contents) in files {
        write_if_changed(&dir.join(path), contents)?;
    }
    Ok(())
}

fn rust(files: &Files, work: &Path, shared: &Path) -> Result<Vec<u8>> {
    const TARGET: &str = "wasm32-wasip2";
    let [(_, bindings)] = &files[..] else {
        bail!(
            "wit-bindgen's Rust generator wrote {} files, not one",
            files.len()
        );
    };
    mirror(&fuel_dir().join("rust"), work)?;
    write_if_changed(&work.join("src/bindings.rs"), bindings)?;
    write_if_changed(&work.join("Cargo.toml"), RUST_MANIFEST.as_bytes())?;
    let target_dir = shared.join("target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    run(Command::new(cargo)
        .args([
            "build",
            "--quiet",
            "--release",
            "--target",
            TARGET,
            "--manifest-path",
        ])
        .arg(work.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target_dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET"))?;
    let wasm = target_dir
        .join(TARGET)
        .join("release/wit_bindgen_fuel.wasm");
    std::fs::read(&wasm).with_context(|| format!("cannot read `{}`", wasm.display()))
}

/// The harness's guest manifest, plus the runtime crate that wit-bindgen's
/// Rust output calls into (`realloc` provides `cabi_realloc`).
const RUST_MANIFEST: &str = r#"[package]
name = "wit-bindgen-fuel"
version = "0.0.0"
edition = "2024"
publish = false

[lib]
crate-type = ["cdylib"]
path = "src/lib.rs"

[dependencies]
wit-bindgen = { version = "=0.63.0", default-features = false, features = ["realloc"] }

[workspace]

[profile.release]
debug = "line-tables-only"
"#;

fn c(files: &Files, work: &Path, shared: &Path) -> Result<Vec<u8>> {
    let bindings = work.join("bindings");
    write_all(files, &bindings)?;
    let mut inputs: Vec<PathBuf> = vec![fuel_dir().join("c/guest.c")];
    // The .c file and the component-type object file.
    inputs.extend(
        files
            .iter()
            .filter(|(path, _)| path.ends_with(".c") || path.ends_with(".o"))
            .map(|(path, _)| bindings.join(path)),
    );
    let core = work.join("core.wasm");
    run(c_compiler(shared)?
        .arg("-I")
        .arg(&bindings)
        .args(&inputs)
        .arg("-o")
        .arg(&core))?;
    componentize(&fuel_dir(), None, &std::fs::read(&core)?)
}

fn go(files: &Files, work: &Path, shared: &Path, go_pkg: &Path) -> Result<Vec<u8>> {
    write_all(files, work)?;
    mirror(&fuel_dir().join("go"), work)?;
    // The module wit-bindgen's output imports, from the copy its crate ships.
    let go_mod = files
        .iter()
        .find(|(path, _)| path == "go.mod")
        .context("wit-bindgen wrote no go.mod")?;
    let mut module = String::from_utf8(go_mod.1.clone())?;
    module.push_str(&format!(
        "\nreplace go.bytecodealliance.org/pkg => {}\n",
        go_pkg.display()
    ));
    write_if_changed(&work.join("go.mod"), module.as_bytes())?;
    // wit-bindgen's runtime links to runtime.sbrk.
    run(&mut go_command(
        work,
        shared,
        &[
            "build",
            "-buildmode=c-shared",
            "-ldflags=-checklinkname=0",
            "-o",
            "core.wasm",
            ".",
        ],
    )?)?;
    componentize(&fuel_dir(), None, &std::fs::read(work.join("core.wasm"))?)
}
