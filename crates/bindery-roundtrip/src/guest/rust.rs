//! Rust guests: a `cdylib` for `wasm32-wasip2`, which rustc links into a
//! component directly (rustup ships `wasm-component-ld`).
//!
//! The guest's `src/` comes from the case; the harness adds `Cargo.toml`
//! and bindery's bindings as `src/bindings.rs` (`mod bindings;` in the
//! guest). No dependencies: bindery's Rust bindings are self-contained,
//! so guests build offline.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};
use bindery::Language;

use super::{Built, GuestBuild, Toolchain, mirror, run, warnings, write_if_changed};

const TARGET: &str = "wasm32-wasip2";

pub struct RustToolchain;

impl Toolchain for RustToolchain {
    fn language(&self) -> Language {
        Language::Rust
    }

    fn check(&self) -> Result<(), String> {
        let output = Command::new(rustc())
            .args(["--print", "sysroot"])
            .output()
            .map_err(|e| format!("cannot run rustc: {e}"))?;
        let sysroot = String::from_utf8_lossy(&output.stdout).trim().to_string();
        if !Path::new(&sysroot)
            .join("lib/rustlib")
            .join(TARGET)
            .is_dir()
        {
            return Err(format!(
                "the Rust target {TARGET} is not installed: rustup target add {TARGET}"
            ));
        }
        Ok(())
    }

    fn build(&self, build: &GuestBuild<'_>) -> Result<Built> {
        let package = format!("guest-{}", build.case.name);
        mirror(&build.source, &build.work)?;
        write_if_changed(
            &build.work.join("Cargo.toml"),
            manifest(&package).as_bytes(),
        )?;
        let single = build.work.join("src/bindings.rs");
        if !(build.keep_bindings() && single.is_file()) {
            let generated = build.bindings(Language::Rust)?;
            let files: Vec<(&str, &[u8])> = generated.files.iter().collect();
            match files[..] {
                [(_, contents)] => write_if_changed(&single, contents)?,
                _ => {
                    for (path, contents) in files {
                        write_if_changed(&build.work.join("src/bindings").join(path), contents)?;
                    }
                }
            }
        }
        let target_dir = build.shared.join("target");
        let output = run(Command::new(cargo())
            .args(["build", "--release", "--target", TARGET, "--manifest-path"])
            .arg(build.work.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", &target_dir)
            // Flags meant for the host's own build do not apply to guests.
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env_remove("CARGO_BUILD_TARGET"))?;
        let wasm = target_dir
            .join(TARGET)
            .join("release")
            .join(format!("{}.wasm", package.replace('-', "_")));
        let bytes =
            std::fs::read(&wasm).with_context(|| format!("cannot read `{}`", wasm.display()))?;
        if !bytes.starts_with(b"\0asm") {
            bail!("`{}` is not WebAssembly", wasm.display());
        }
        Ok(Built {
            component: bytes,
            warnings: warnings(&output),
        })
    }
}

/// The guest's manifest. An empty `[workspace]` keeps it out of bindery's
/// workspace; line tables let traps name the guest's source lines.
fn manifest(package: &str) -> String {
    format!(
        r#"[package]
name = "{package}"
version = "0.0.0"
edition = "2024"
publish = false

[lib]
crate-type = ["cdylib"]
path = "src/lib.rs"

[workspace]

[profile.release]
debug = "line-tables-only"
"#
    )
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

fn rustc() -> String {
    std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into())
}
