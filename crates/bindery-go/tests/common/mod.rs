//! The WIT corpus (`tests/codegen/`) for the Go backend's tests: every
//! `.wit` file and package directory, sorted, with the generation options
//! and variants its `// bindery…` directives ask for (see
//! `tests/codegen/README.md`), and the Go toolchain from `languages/go`.

#![allow(dead_code)] // each test binary uses a different part of this module

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use bindery_go::GoBackend;
use bindery_ir::{Error, LoadOptions};
use bindery_kit::Files;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/bindery-go lives two levels below the repository root")
        .to_path_buf()
}

/// One generation of a corpus entry: `case` or `case@variant`.
#[derive(Debug, Clone)]
pub struct Generation {
    pub name: String,
    pub path: PathBuf,
    /// The path relative to the repository root.
    pub relative: String,
    pub options: LoadOptions,
    /// The entry says Go must refuse it (`// bindery expect-error: …, go`).
    pub expect_error: bool,
}

impl Generation {
    pub fn generate(&self) -> Result<Files, Error> {
        let ir = bindery_ir::build(&self.options)?;
        bindery_kit::generate(&GoBackend, &ir)
    }

    pub fn stubs(&self) -> Result<Files, Error> {
        bindery_go::stubs(&bindery_ir::build(&self.options)?)
    }

    /// The CLI command that reproduces this generation.
    pub fn command(&self) -> String {
        let mut command = format!("bindery go {}", self.relative);
        if let Some(world) = &self.options.world {
            command.push_str(&format!(" --world {world}"));
        }
        if !self.options.features.is_empty() {
            command.push_str(&format!(" --features {}", self.options.features.join(",")));
        }
        if self.options.all_features {
            command.push_str(" --all-features");
        }
        command
    }
}

fn parse_options(args: &str, options: &mut LoadOptions, origin: &str) {
    let mut words = args.split_whitespace();
    while let Some(word) = words.next() {
        let mut value = || {
            words
                .next()
                .unwrap_or_else(|| panic!("{origin}: `{word}` needs a value"))
                .to_string()
        };
        match word {
            "--world" => options.world = Some(value()),
            "--features" => options
                .features
                .extend(value().split(',').map(String::from)),
            "--all-features" => options.all_features = true,
            other => panic!("{origin}: unknown directive option `{other}`"),
        }
    }
}

/// The `.wit` files that carry a case's directives.
fn top_level_wit_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut files: Vec<PathBuf> = fs::read_dir(path)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "wit"))
        .collect();
    files.sort();
    files
}

/// Every generation of every corpus entry, sorted by entry name.
pub fn generations() -> Vec<Generation> {
    let dir = repo_root().join("tests/codegen");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            !name.starts_with('.')
                && name != "errors"
                && (p.is_dir() || p.extension().is_some_and(|e| e == "wit"))
        })
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no WIT files in tests/codegen");
    let mut out = Vec::new();
    for path in paths {
        let file_name = path.file_name().unwrap().to_string_lossy().into_owned();
        let name = file_name
            .strip_suffix(".wit")
            .unwrap_or(&file_name)
            .to_string();
        let relative = path
            .strip_prefix(repo_root())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let mut base = LoadOptions {
            path: path.clone(),
            ..LoadOptions::default()
        };
        let mut variants = Vec::new();
        let mut expect_error = false;
        for file in top_level_wit_files(&path) {
            let origin = file.display().to_string();
            for line in fs::read_to_string(&file).unwrap().lines() {
                let Some(rest) = line.trim().strip_prefix("// bindery") else {
                    continue;
                };
                if let Some(args) = rest.strip_prefix(':') {
                    parse_options(args, &mut base, &origin);
                } else if let Some(languages) = rest.strip_prefix(" expect-error:") {
                    expect_error |= languages.split(',').any(|l| l.trim() == "go");
                } else if let Some(rest) = rest.strip_prefix(" variant ") {
                    let (variant, args) = rest.split_once(':').expect("variant NAME: ARGS");
                    variants.push((variant.trim().to_string(), args.to_string(), origin.clone()));
                }
            }
        }
        out.push(Generation {
            name: name.clone(),
            path: path.clone(),
            relative: relative.clone(),
            options: base.clone(),
            expect_error,
        });
        for (variant, args, origin) in variants {
            let mut options = base.clone();
            parse_options(&args, &mut options, &origin);
            out.push(Generation {
                name: format!("{name}@{variant}"),
                path: path.clone(),
                relative: relative.clone(),
                options,
                expect_error,
            });
        }
    }
    out
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

/// Makes a component of a wasip1 core module as the round trips do: the
/// world's component type (from the IR) as a custom section, then the
/// preview1 reactor adapter. Checks that the module's imports and exports
/// are exactly what the world asks for.
pub fn componentize(core: &[u8], generation: &Generation) -> Result<Vec<u8>, String> {
    let ir = bindery_ir::build(&generation.options).map_err(|e| e.to_string())?;
    let mut module = core.to_vec();
    let section = &ir.component_type;
    let mut payload = Vec::new();
    leb128(&mut payload, section.section.len() as u64);
    payload.extend_from_slice(section.section.as_bytes());
    payload.extend_from_slice(&section.bytes);
    module.push(0);
    leb128(&mut module, payload.len() as u64);
    module.extend_from_slice(&payload);
    use wasi_preview1_component_adapter_provider::{
        WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME, WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
    };
    wit_component::ComponentEncoder::default()
        .validate(true)
        .module(&module)
        .and_then(|encoder| {
            encoder.adapter(
                WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME,
                WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
            )
        })
        .and_then(|encoder| encoder.encode())
        .map_err(|e| format!("{e:#}"))
}

fn leb128(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
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
