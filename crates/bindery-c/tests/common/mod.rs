//! The codegen corpus (`tests/codegen/`) as the C tests read it: every
//! `.wit` file and package directory, with the directives of
//! `tests/codegen/README.md` (`// bindery: …`, `// bindery variant NAME: …`,
//! `// bindery expect-error: …`), generated with the C backend.

#![allow(dead_code)] // each test binary uses a different part of this module

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use bindery_c::CBackend;
use bindery_ir::{Error, LoadOptions, build};
use bindery_kit::Files;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/bindery-c lives two levels below the repository root")
        .to_path_buf()
}

/// One generation of a corpus entry: the default, or a `variant`.
#[derive(Debug, Clone)]
pub struct Generation {
    /// `entry` or `entry@variant`: the base of snapshot names.
    pub name: String,
    pub path: PathBuf,
    /// The path relative to the repository root.
    pub relative: String,
    pub options: LoadOptions,
    /// The entry says the C backend must refuse it.
    pub expect_error: bool,
}

impl Generation {
    pub fn generate(&self) -> Result<Files, Error> {
        let ir = build(&self.options)?;
        bindery_kit::generate(&CBackend, &ir)
    }

    /// The command that reproduces this generation.
    pub fn command(&self) -> String {
        let mut command = format!("bindery c {}", self.relative);
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

/// Every generation of every valid corpus entry, sorted by entry name.
pub fn generations() -> Vec<Generation> {
    let dir = repo_root().join("tests/codegen");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("readable corpus entry").path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            !name.starts_with('.')
                && name != "errors"
                && (p.is_dir() || p.extension().is_some_and(|e| e == "wit"))
        })
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no WIT in tests/codegen");
    paths.into_iter().flat_map(entry).collect()
}

fn entry(path: PathBuf) -> Vec<Generation> {
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
        let text = fs::read_to_string(&file).unwrap();
        for line in text.lines() {
            let Some(rest) = line.trim().strip_prefix("// bindery") else {
                continue;
            };
            if let Some(args) = rest.strip_prefix(':') {
                extend(&mut base, args);
            } else if let Some(rest) = rest.strip_prefix(" variant ") {
                let (variant, args) = rest.split_once(':').expect("`variant NAME: ARGS`");
                variants.push((variant.trim().to_string(), args.to_string()));
            } else if let Some(languages) = rest.strip_prefix(" expect-error:") {
                expect_error |= languages.split(',').any(|l| l.trim() == "c");
            }
        }
    }
    let mut generations = vec![Generation {
        name: name.clone(),
        path: path.clone(),
        relative: relative.clone(),
        options: base.clone(),
        expect_error,
    }];
    for (variant, args) in variants {
        let mut options = base.clone();
        extend(&mut options, &args);
        generations.push(Generation {
            name: format!("{name}@{variant}"),
            path: path.clone(),
            relative: relative.clone(),
            options,
            expect_error,
        });
    }
    generations
}

fn extend(options: &mut LoadOptions, args: &str) {
    let mut words = args.split_whitespace();
    while let Some(word) = words.next() {
        match word {
            "--world" => options.world = words.next().map(String::from),
            "--features" => options.features.extend(
                words
                    .next()
                    .unwrap_or_default()
                    .split(',')
                    .map(String::from),
            ),
            "--all-features" => options.all_features = true,
            other => panic!("unknown corpus directive option `{other}`"),
        }
    }
}

fn top_level_wit_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut files: Vec<PathBuf> = fs::read_dir(path)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "wit"))
        .collect();
    files.sort();
    files
}

/// Whether a failure is the C backend's capability error (async, futures,
/// streams, error-context), which the corpus has entries for.
pub fn is_refusal(err: &Error) -> bool {
    err.exit_code() == 1 && err.message.starts_with("the c backend does not support")
}

/// Snapshots in `snapshots/c/`, failing on anything left pending and
/// reporting snapshot files that no generation asserted.
pub struct Snapshots {
    asserted: Mutex<BTreeSet<String>>,
}

impl Snapshots {
    pub fn new() -> Self {
        Snapshots {
            asserted: Mutex::new(BTreeSet::new()),
        }
    }

    fn dir() -> PathBuf {
        repo_root().join("snapshots/c")
    }

    pub fn assert(&self, generation: &Generation, name: &str, contents: &str) {
        self.asserted.lock().unwrap().insert(name.to_string());
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(Self::dir());
        settings.set_prepend_module_to_snapshot(false);
        settings.set_input_file(&generation.path);
        settings.set_description(generation.command());
        settings.set_omit_expression(true);
        settings.bind(|| insta::assert_snapshot!(name, contents));
        let pending = Self::dir().join(format!("{name}.snap.new"));
        assert!(
            !pending.exists(),
            "snapshot `{name}` changed: review {}",
            pending.display()
        );
    }

    pub fn unreferenced(&self) -> Vec<String> {
        let asserted = self.asserted.lock().unwrap();
        let mut stale: Vec<String> = fs::read_dir(Self::dir())
            .map(|entries| {
                entries
                    .filter_map(|entry| {
                        let name = entry.ok()?.file_name().to_string_lossy().into_owned();
                        let stem = name.strip_suffix(".snap")?.to_string();
                        (!asserted.contains(&stem)).then_some(stem)
                    })
                    .collect()
            })
            .unwrap_or_default();
        stale.sort();
        stale
            .into_iter()
            .map(|stem| format!("snapshots/c/{stem}.snap: no corpus entry produces it (delete it)"))
            .collect()
    }
}
