//! C guests: every `.c` file of the case's `c/` folder plus bindery's
//! `<world>.c`, built for wasm32-wasi as a reactor core module by Debian's
//! clang-19, or by `zig cc` from `.tools/zig` where there is no root
//! (`languages/c/install` sets up either), then made a component with the
//! preview1 adapter. The bindings embed the component type themselves.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use bindery::Language;

use super::{
    Built, GuestBuild, Toolchain, WorldInfo, component_from_core_module, mirror, write_if_changed,
};

/// What guests and bindings must compile with: C11, every warning an error
/// (warnings in generated code are bindery bugs).
const FLAGS: &[&str] = &[
    "-mexec-model=reactor",
    "-std=c11",
    "-O2",
    "-g",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-pedantic",
];

pub struct CToolchain;

enum Compiler {
    Clang,
    Zig(PathBuf),
}

impl Compiler {
    fn find() -> Result<Compiler, String> {
        let clang_ok = Command::new("clang-19")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if clang_ok && Path::new("/usr/include/wasm32-wasi/stdlib.h").is_file() {
            return Ok(Compiler::Clang);
        }
        let python = repo_root().join(".tools/zig/bin/python");
        let zig_ok = Command::new(&python)
            .args(["-m", "ziglang", "version"])
            .output()
            .is_ok_and(|o| o.status.success());
        if zig_ok {
            return Ok(Compiler::Zig(python));
        }
        Err("neither clang-19 with wasi-libc nor .tools/zig: run languages/c/install".into())
    }

    fn command(&self, shared: &Path) -> Command {
        match self {
            Compiler::Clang => {
                let mut command = Command::new("clang-19");
                command.args(["--target=wasm32-wasi", "--sysroot=/usr"]);
                command
            }
            Compiler::Zig(python) => {
                let mut command = Command::new(python);
                command
                    .args(["-m", "ziglang", "cc", "-target", "wasm32-wasi"])
                    .env("ZIG_GLOBAL_CACHE_DIR", shared.join("zig-cache"))
                    .env("ZIG_LOCAL_CACHE_DIR", shared.join("zig-cache"));
                command
            }
        }
    }
}

impl Toolchain for CToolchain {
    fn language(&self) -> Language {
        Language::C
    }

    fn check(&self) -> Result<(), String> {
        Compiler::find().map(|_| ())
    }

    fn build(&self, build: &GuestBuild<'_>) -> Result<Built> {
        let compiler = Compiler::find().map_err(anyhow::Error::msg)?;
        mirror(&build.source, &build.work)?;
        let bindings = build.work.join("bindings");
        if !(build.keep_bindings() && bindings.is_dir()) {
            for (path, contents) in build.bindings(Language::C)?.files.iter() {
                write_if_changed(&bindings.join(path), contents)?;
            }
        }
        let mut sources = c_files(&build.work)?;
        sources.extend(c_files(&bindings)?);
        let core = build.work.join("guest.wasm");
        let output = compiler
            .command(&build.shared)
            .args(FLAGS)
            .arg("-I")
            .arg(&bindings)
            .args(&sources)
            .arg("-o")
            .arg(&core)
            .output()
            .context("cannot run the C compiler")?;
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        if !output.status.success() {
            bail!("the C guest does not compile:\n{stderr}");
        }
        let bytes =
            std::fs::read(&core).with_context(|| format!("cannot read `{}`", core.display()))?;
        Ok(Built {
            component: component_from_core_module(&bytes, WorldInfo::Embedded)?,
            warnings: (!stderr.trim().is_empty()).then_some(stderr),
        })
    }
}

/// The `.c` files directly in `dir`, sorted.
fn c_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read `{}`", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "c"))
        .collect();
    files.sort();
    Ok(files)
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
