//! Generated Go builds: every unit, written out with its export stubs, is
//! `gofmt`-clean (`gofmt -l` lists nothing), `go vet`-clean for
//! GOOS=wasip1 GOARCH=wasm, compiles package by package (`go build ./...`:
//! wasmimport and wasmexport signatures are only checked when compiling)
//! and builds as a wasip1 reactor (`go build -buildmode=c-shared`), which
//! is then made a component by `bindery::Componentizer` (world embedded,
//! reactor adapter): that checks its imports and exports against the world.
//!
//! The toolchain is the one `languages/go/install` installs into `.tools/`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use super::{Check, Failure, Unit, each_parallel, output_text, write_files};
use crate::repo_root;

#[derive(Debug)]
pub struct GoCheck;

/// The Go toolchain installed by `languages/go/install`.
#[derive(Debug, Clone)]
pub struct Go {
    pub go: PathBuf,
    pub gofmt: PathBuf,
    pub cache: PathBuf,
}

impl Go {
    /// Installs (or finds) the toolchain, once per process; `Err` says why
    /// it is missing.
    pub fn find() -> Result<Go, String> {
        static GO: OnceLock<Result<Go, String>> = OnceLock::new();
        GO.get_or_init(install).clone()
    }

    /// `go` with the offline, wasip1 settings.
    pub fn command(&self, dir: &Path, args: &[&str]) -> Command {
        let mut command = Command::new(&self.go);
        command
            .args(args)
            .current_dir(dir)
            .env("GOOS", "wasip1")
            .env("GOARCH", "wasm")
            .env("GOPROXY", "off")
            .env("GOTOOLCHAIN", "local")
            .env("GOSUMDB", "off")
            .env("GOFLAGS", "-mod=mod")
            .env("GOCACHE", self.cache.join("build"))
            .env("GOPATH", self.cache.join("path"));
        command
    }
}

fn install() -> Result<Go, String> {
    let root = repo_root();
    let output = Command::new(root.join("languages/go/install"))
        .output()
        .map_err(|e| format!("cannot run languages/go/install: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "languages/go/install failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let vars = String::from_utf8_lossy(&output.stdout).into_owned();
    let var = |name: &str| {
        vars.lines()
            .find_map(|l| l.strip_prefix(&format!("export {name}='")))
            .and_then(|v| v.strip_suffix('\''))
            .map(PathBuf::from)
            .ok_or_else(|| format!("languages/go/install did not print {name}"))
    };
    Ok(Go {
        go: var("GO")?,
        gofmt: var("GOFMT")?,
        cache: root.join(".tools/go-cache"),
    })
}

impl Check for GoCheck {
    fn describe(&self) -> &'static str {
        "gofmt, go vet, go build ./... and a wasip1 c-shared build made a component"
    }

    fn missing(&self) -> Option<String> {
        Go::find()
            .err()
            .map(|e| format!("the Go toolchain is missing: {e}"))
    }

    fn run(&self, units: &[Unit], work: &Path) -> Vec<Failure> {
        let go = match Go::find() {
            Ok(go) => go,
            Err(e) => {
                return units
                    .iter()
                    .map(|u| Failure {
                        label: u.label.clone(),
                        message: e.clone(),
                    })
                    .collect();
            }
        };
        each_parallel(units, |unit| check(&go, unit, &work.join(&unit.id)))
    }
}

fn check(go: &Go, unit: &Unit, dir: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(dir);
    write_files(dir, &unit.files);
    write_files(dir, &unit.stubs);
    let gofmt = Command::new(&go.gofmt).arg("-l").arg(dir).output();
    // `./...` stops at the module the bindings generate for the types
    // package (`go.bytecodealliance.org/pkg`, a directory with its own
    // go.mod): vet that module's packages by path.
    let mut vet = vec!["vet", "./..."];
    if unit
        .files
        .get("go.bytecodealliance.org/pkg/go.mod")
        .is_some()
    {
        vet.push("go.bytecodealliance.org/pkg/...");
    }
    let checks = [
        ("gofmt -l", gofmt),
        ("go vet", go.command(dir, &vet).output()),
        (
            "go build ./...",
            go.command(dir, &["build", "./..."]).output(),
        ),
        (
            "go build -buildmode=c-shared",
            go.command(
                dir,
                &["build", "-buildmode=c-shared", "-o", "core.wasm", "."],
            )
            .output(),
        ),
    ];
    for (what, output) in checks {
        let output = output.map_err(|e| format!("{what}: cannot run: {e}"))?;
        let text = output_text(&output);
        // gofmt -l succeeds but lists the files it would change.
        if !output.status.success() || (what == "gofmt -l" && !text.trim().is_empty()) {
            return Err(format!("{what}:\n{}", text.trim_end()));
        }
    }
    let core = std::fs::read(dir.join("core.wasm")).map_err(|e| format!("no core.wasm: {e}"))?;
    componentize(&core, unit).map_err(|e| format!("componentize:\n{e}"))?;
    Ok(())
}

/// Makes a component of a wasip1 core module with bindery's own
/// componentize, as `bindery componentize` and the round trips do: the
/// world embedded, the preview1 reactor adapter added, and the component's
/// imports and exports checked against the world.
pub fn componentize(core: &[u8], unit: &Unit) -> Result<Vec<u8>, String> {
    bindery::Componentizer::from_options(unit.options.clone())
        .componentize(core)
        .map_err(|e| e.to_string())
}
