//! The worlds measured: wasi:http's `proxy` (from the WIT that the
//! wasmtime-wasi-http crate ships, found through `cargo metadata`) and
//! synthetic worlds of any size, written here.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// A world to generate bindings for.
#[derive(Debug, Clone)]
pub struct World {
    /// What the table calls it.
    pub label: String,
    /// A `.wit` file or a directory with `deps/`.
    pub wit: PathBuf,
    /// The world's name, when the package has several.
    pub name: Option<String>,
}

/// The workspace root (for `cargo metadata` and the bench's own files).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The directory of a package that cargo has fetched for this workspace.
pub fn package_dir(name: &str) -> Result<PathBuf> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        // With every feature: wit-bindgen's crates are optional
        // dependencies, listed only then.
        .args(["metadata", "--format-version", "1", "--all-features"])
        .arg("--manifest-path")
        .arg(workspace_root().join("Cargo.toml"))
        .output()
        .context("cannot run cargo metadata")?;
    if !output.status.success() {
        bail!(
            "cargo metadata failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    let manifest = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["name"] == name)
        .and_then(|p| p["manifest_path"].as_str())
        .with_context(|| format!("cargo metadata does not list the package `{name}`"))?;
    Ok(Path::new(manifest)
        .parent()
        .context("a manifest path without a directory")?
        .to_path_buf())
}

/// wasi:http's `proxy` world, as wasmtime-wasi-http 48 ships it.
pub fn proxy() -> Result<World> {
    let wit = package_dir("wasmtime-wasi-http")?.join("wit");
    if !wit.join("deps").is_dir() {
        bail!("no WIT in `{}`", wit.display());
    }
    Ok(World {
        label: "wasi:http proxy".into(),
        wit,
        name: Some("wasi:http/proxy".into()),
    })
}

/// The world of the fuel bench's guests (`fuel/world.wit`).
pub fn fuel() -> World {
    World {
        label: "fuel".into(),
        wit: Path::new(env!("CARGO_MANIFEST_DIR")).join("fuel/world.wit"),
        name: None,
    }
}

/// A synthetic world of `interfaces` interfaces of `functions` functions
/// each (every other interface imported, the rest exported), with records,
/// variants, enums, flags, lists, options, results and tuples in the
/// signatures, written as `dir/synthetic.wit`.
pub fn synthetic(dir: &Path, interfaces: usize, functions: usize) -> Result<World> {
    std::fs::create_dir_all(dir)?;
    let wit = dir.join(format!("synthetic-{interfaces}x{functions}.wit"));
    std::fs::write(&wit, synthetic_wit(interfaces, functions))?;
    Ok(World {
        label: format!("synthetic {interfaces}×{functions}"),
        wit,
        name: None,
    })
}

/// The signatures the synthetic functions take turns with.
const SIGNATURES: &[&str] = &[
    "func(a: u32, b: u64) -> u32",
    "func(s: string) -> string",
    "func(p: point) -> point",
    "func(items: list<point>) -> list<string>",
    "func(v: shape) -> option<shape>",
    "func(c: color, f: perms) -> result<point, color>",
    "func(t: tuple<u8, string, f32>) -> list<u8>",
    "func(a: option<string>, b: list<list<u32>>) -> result<_, string>",
    "func()",
    "func(a: bool, b: s64, c: f64, d: char, e: string, f: list<shape>) -> tuple<u32, string>",
];

fn synthetic_wit(interfaces: usize, functions: usize) -> String {
    let mut wit = String::from("package bench:synthetic;\n");
    for i in 0..interfaces {
        let _ = write!(
            wit,
            "\ninterface iface{i} {{\n    \
             record point {{ x: s32, y: s32, label: string, tags: list<string> }}\n    \
             variant shape {{ circle(f64), rect(point), empty }}\n    \
             enum color {{ red, green, blue }}\n    \
             flags perms {{ read, write, exec }}\n"
        );
        for f in 0..functions {
            let _ = writeln!(wit, "    op{f}: {};", SIGNATURES[f % SIGNATURES.len()]);
        }
        wit.push_str("}\n");
    }
    wit.push_str("\nworld synthetic {\n");
    for i in 0..interfaces {
        let direction = if i % 2 == 0 { "import" } else { "export" };
        let _ = writeln!(wit, "    {direction} iface{i};");
    }
    wit.push_str("}\n");
    wit
}

#[cfg(test)]
mod tests {
    use bindery::{Generator, Language};

    use super::*;

    /// The synthetic world is valid WIT and every backend accepts it, so
    /// the bench measures generation, not an early error.
    #[test]
    fn synthetic_world_generates_in_every_language() {
        let dir = tempfile::tempdir().unwrap();
        // 50 functions: names such as `f32` would be keywords.
        let world = synthetic(dir.path(), 4, 50).unwrap();
        for &language in Language::ALL {
            let generated = Generator::new(&world.wit)
                .language(language)
                .generate()
                .unwrap_or_else(|e| panic!("{}: {e}", language.name()));
            assert!(!generated.files.is_empty(), "{}", language.name());
        }
    }
}
