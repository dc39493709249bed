//! The WIT corpus (`tests/codegen/`, read by `bindery-corpus`) for the Go
//! backend's tests: every generation, generated with the Go backend, and the
//! Go toolchain from `languages/go`.

// Each test binary uses a different part of this module.
#![allow(dead_code, unused_imports)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

pub use bindery_corpus::{Generation, Snapshots, finish, generations, repo_root, run_each};
use bindery_go::GoBackend;
use bindery_ir::Error;
use bindery_kit::Files;

/// What the Go tests do with a generation.
pub trait GenerationExt {
    fn generate(&self) -> Result<Files, Error>;
    /// The entry says Go must refuse it (`// bindery expect-error: …, go`).
    fn expect_error(&self) -> bool;
}

impl GenerationExt for Generation {
    fn generate(&self) -> Result<Files, Error> {
        let ir = bindery_ir::build(&self.load_options())?;
        bindery_kit::generate(&GoBackend, &ir)
    }

    fn expect_error(&self) -> bool {
        self.expects_error_for("go")
    }
}

/// A refusal by the capability check: a feature Go does not support yet,
/// naming the WIT item that uses it.
pub fn is_capability_refusal(err: &Error) -> bool {
    let message = err.to_string();
    message.contains("the go backend does not support")
        && message.contains("used by")
        && ["async", "future", "stream", "error-context"]
            .iter()
            .any(|feature| message.contains(feature))
}

/// The Go toolchain installed by `languages/go/install`.
#[derive(Debug, Clone)]
pub struct Go {
    pub go: PathBuf,
    pub gofmt: PathBuf,
    pub cache: PathBuf,
}

impl Go {
    /// Installs (or finds) the toolchain; `Err` says why it is missing.
    pub fn find() -> Result<Go, String> {
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

/// Under `CI=true` a missing toolchain is a failure; otherwise the test is
/// skipped with a loud message.
pub fn go_or_skip(test: &str) -> Option<Go> {
    match Go::find() {
        Ok(go) => Some(go),
        Err(missing) => {
            let ci = std::env::var("CI").is_ok_and(|v| v == "true");
            assert!(!ci, "{test}: Go toolchain missing under CI=true: {missing}");
            say(&format!(
                "\n!!!!!!!!\n!!! SKIPPED {test}: Go toolchain missing: {missing}\n!!! (under CI=true this fails)\n!!!!!!!!\n\n"
            ));
            None
        }
    }
}

/// Makes a component of a wasip1 core module with bindery's own
/// componentize, as `bindery componentize` and the round trips do: the
/// world embedded, the preview1 reactor adapter added, and the component's
/// imports and exports checked against the world.
pub fn componentize(core: &[u8], generation: &Generation) -> Result<Vec<u8>, String> {
    bindery::Componentizer::from_options(generation.load_options())
        .componentize(core)
        .map_err(|e| e.to_string())
}

/// Prints straight to stderr: libtest's capture would hide it on success.
pub fn say(text: &str) {
    use std::io::Write;
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Writes files under `dir`.
pub fn write(files: &Files, dir: &Path) {
    for (path, contents) in files.iter() {
        let target = dir.join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, contents).unwrap();
    }
}
