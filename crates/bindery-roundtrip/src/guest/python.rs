//! Python guests: bindery's `wit_world` package and `componentize_py_types`
//! with the case's `python/` folder mirrored beside them (`app.py`, and a
//! module per exported interface that has resources: `run.py` holds the
//! classes of the resources of the exported interface `run`), checked by
//! `mypy --strict` against the bindings, then built by componentize-py
//! 0.25.1 (`languages/python/install`: `.tools/python-venv`).
//!
//! componentize-py generates its own `wit_world` when it builds, so the
//! bindings are what the guest is type-checked against; but it imports
//! `componentize_py_types` from the app's directory, so bindery's copy is
//! the one the component runs with.
//!
//! Guests are built with `--stub-wasi` (no round-trip case needs WASI):
//! the component imports nothing but the world. A guest that prints
//! ([`GuestBuild::prints`]: a composition runner) keeps WASI, and
//! `BINDERY_ROUNDTRIP_PYTHON_WASI=1` builds every guest with it, so an
//! uncaught exception prints its traceback, which the harness shows with
//! the failure.
//!
//! componentize-py takes ten seconds or more per component, so a built
//! component is kept beside its inputs' hash (WIT, bindings, guest,
//! options) and reused while they are unchanged.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use bindery::Language;
use sha2::{Digest, Sha256};

use super::{Built, GuestBuild, Toolchain, mirror, write_if_changed};

/// The module componentize-py wraps: `app.py` in the guest's folder.
const APP: &str = "app";

pub struct PythonToolchain;

/// The tools `languages/python/install` puts in `.tools/python-venv`.
#[derive(Debug, Clone)]
pub struct PythonTools {
    pub mypy: PathBuf,
    pub componentize_py: PathBuf,
}

impl PythonTools {
    /// The installed tools; `Err` says how to install them.
    pub fn find() -> Result<PythonTools, String> {
        let bin = repo_root().join(".tools/python-venv/bin");
        let tools = PythonTools {
            mypy: bin.join("mypy"),
            componentize_py: bin.join("componentize-py"),
        };
        for tool in [&tools.mypy, &tools.componentize_py] {
            if !tool.is_file() {
                return Err(format!(
                    "{} is missing: run languages/python/install",
                    tool.display()
                ));
            }
        }
        Ok(tools)
    }
}

/// A Python app to make a component of: its module `app` in `dir`, next
/// to the bindings it was written against.
#[derive(Debug, Clone)]
pub struct PythonApp<'a> {
    /// The WIT (file or directory with `deps/`) and the world.
    pub wit: &'a Path,
    pub world: Option<&'a str>,
    /// Holds `<app>.py`, its other modules, `wit_world/` and
    /// `componentize_py_types.py`.
    pub dir: &'a Path,
    pub app: &'a str,
    /// Keep the WASI imports (else `--stub-wasi`).
    pub wasi: bool,
    /// Where mypy keeps its cache: never one another mypy uses at the
    /// same time.
    pub mypy_cache: &'a Path,
}

impl PythonApp<'_> {
    /// Type-checks every module of the app (`*.py` in its directory) with
    /// `mypy --strict`; a guest that does not check is not built.
    pub fn check(&self, tools: &PythonTools) -> Result<()> {
        let mut modules: Vec<String> = fs::read_dir(self.dir)?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".py") && name != "componentize_py_types.py")
            .collect();
        modules.sort();
        let output = Command::new(&tools.mypy)
            .args(["--strict", "--no-error-summary", "--cache-dir"])
            .arg(self.mypy_cache)
            .args(&modules)
            .current_dir(self.dir)
            .env("MYPYPATH", self.dir)
            .output()
            .context("cannot run mypy")?;
        if !output.status.success() {
            bail!(
                "the guest does not pass mypy --strict against bindery's bindings:\n{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        Ok(())
    }

    /// Builds the component with componentize-py, or takes the one built
    /// from the same inputs before.
    pub fn componentize(&self, tools: &PythonTools) -> Result<Vec<u8>> {
        let out = self.dir.join(format!("{}.wasm", self.app));
        let stamp = self.dir.join(format!("{}.wasm.inputs", self.app));
        let inputs = self.inputs_hash()?;
        if fs::read_to_string(&stamp).ok().as_deref() == Some(inputs.as_str())
            && let Ok(bytes) = fs::read(&out)
        {
            return Ok(bytes);
        }
        let _ = fs::remove_file(&stamp);
        let mut command = Command::new(&tools.componentize_py);
        command.arg("-d").arg(self.wit);
        if let Some(world) = self.world {
            command.args(["-w", world]);
        }
        command
            .args(["componentize", self.app, "-p", "."])
            .args(if self.wasi { None } else { Some("--stub-wasi") })
            .arg("-o")
            .arg(&out)
            .current_dir(self.dir);
        let output = command.output().context("cannot run componentize-py")?;
        if !output.status.success() {
            bail!(
                "componentize-py failed:\n{}",
                short_traceback(&String::from_utf8_lossy(&output.stderr))
            );
        }
        let bytes = fs::read(&out).with_context(|| format!("cannot read `{}`", out.display()))?;
        fs::write(&stamp, inputs)?;
        Ok(bytes)
    }

    /// A hash of everything the component is built from.
    fn inputs_hash(&self) -> Result<String> {
        let mut hasher = Sha256::new();
        hasher.update(format!("{:?} {:?} {}\n", self.world, self.app, self.wasi));
        for (root, suffix) in [(self.wit, ".wit"), (self.dir, ".py")] {
            let mut files = Vec::new();
            collect_files(root, &mut files)?;
            files.sort();
            for file in files {
                let name = file.to_string_lossy();
                if !name.ends_with(suffix) {
                    continue;
                }
                hasher.update(name.as_bytes());
                hasher.update(fs::read(&file)?);
            }
        }
        Ok(format!("{:x}", hasher.finalize()))
    }
}

fn collect_files(path: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    if path.is_file() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    for entry in fs::read_dir(path).with_context(|| format!("cannot read `{}`", path.display()))? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            if entry.file_name() != "__pycache__" && entry.file_name() != ".mypy_cache" {
                collect_files(&entry.path(), out)?;
            }
        } else {
            out.push(entry.path());
        }
    }
    Ok(())
}

/// componentize-py's error without the Rust backtrace it appends.
fn short_traceback(stderr: &str) -> String {
    let mut lines = Vec::new();
    for line in stderr.lines() {
        if line.starts_with("Stack backtrace:") {
            break;
        }
        lines.push(line);
    }
    lines.join("\n")
}

impl Toolchain for PythonToolchain {
    fn language(&self) -> Language {
        Language::Python
    }

    fn check(&self) -> Result<(), String> {
        PythonTools::find().map(|_| ())
    }

    fn build(&self, build: &GuestBuild<'_>) -> Result<Built> {
        let tools = PythonTools::find().map_err(anyhow::Error::msg)?;
        if !(build.keep_bindings() && build.work.join("wit_world").is_dir()) {
            for (path, contents) in build.bindings(Language::Python)?.files.iter() {
                write_if_changed(&build.work.join(path), contents)?;
            }
        }
        mirror(&build.source, &build.work)?;
        fs::create_dir_all(&build.shared)?;
        let app = PythonApp {
            wit: &build.case.dir,
            world: build.case.spec.world.as_deref(),
            dir: &build.work,
            app: APP,
            wasi: build.prints || std::env::var_os("BINDERY_ROUNDTRIP_PYTHON_WASI").is_some(),
            // One cache per case: mypy runs of two cases at once on one
            // cache crash mypy (seen: "INTERNAL ERROR" from mypy 2.4.1).
            mypy_cache: &build.shared.join("mypy_cache").join(&build.case.name),
        };
        app.check(&tools)?;
        Ok(Built {
            component: app.componentize(&tools)?,
            warnings: None,
        })
    }
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
