//! The WIT corpus under `tests/codegen/` as the test suites of `bindery`,
//! `bindery-c` and `bindery-go` read it (a dev-dependency only): the cases,
//! their directives and generations, the error corpus, and the bookkeeping
//! of the snapshot directories under `snapshots/`.
//!
//! Every `.wit` file and every directory (a package with `deps/`) directly
//! in `tests/codegen/` is one *case*; `tests/codegen/errors/` holds the cases
//! that must be rejected. A case may carry directives in `//` comments (in
//! any of its top-level `.wit` files):
//!
//! ```text
//! // bindery: --world NAME --features a,b --all-features   options for every generation
//! // bindery variant NAME: --features a                    one more generation, `case@NAME`
//! // bindery expect-error: rust, c                         languages that must refuse the case
//! ```
//!
//! Any other line starting with `// bindery` is a mistake and panics.
//!
//! The `insta::assert_snapshot!` calls stay in each suite: insta records the
//! file of the assertion in every snapshot's header.
//!
//! [`compile`] holds each language's compile check, shared by the corpus
//! compile tests and the fuzz test.

use std::collections::BTreeSet;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use bindery_ir::{Error, LoadOptions};
use bindery_kit::{Backend, Files};

pub mod compile;

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/bindery-corpus lives two levels below the repository root")
        .to_path_buf()
}

/// `tests/codegen/`.
pub fn corpus_dir() -> PathBuf {
    repo_root().join("tests/codegen")
}

/// Where a kind of snapshot lives: `snapshots/<kind>/`.
pub fn snapshot_dir(kind: &str) -> PathBuf {
    repo_root().join("snapshots").join(kind)
}

/// Options of one generation, as the CLI spells them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    pub world: Option<String>,
    pub features: Vec<String>,
    pub all_features: bool,
}

impl Options {
    fn parse(args: &str, origin: &str) -> Options {
        let mut options = Options::default();
        options.extend(args, origin);
        options
    }

    fn extend(&mut self, args: &str, origin: &str) {
        let mut words = args.split_whitespace();
        while let Some(word) = words.next() {
            let mut value = || {
                words
                    .next()
                    .unwrap_or_else(|| panic!("{origin}: `{word}` needs a value"))
                    .to_string()
            };
            match word {
                "--world" => self.world = Some(value()),
                "--features" => self.features.extend(value().split(',').map(String::from)),
                "--all-features" => self.all_features = true,
                other => panic!("{origin}: unknown directive option `{other}`"),
            }
        }
    }

    /// The same options as command-line arguments.
    pub fn cli_args(&self) -> Vec<String> {
        let mut args = Vec::new();
        if let Some(world) = &self.world {
            args.extend(["--world".to_string(), world.clone()]);
        }
        if !self.features.is_empty() {
            args.extend(["--features".to_string(), self.features.join(",")]);
        }
        if self.all_features {
            args.push("--all-features".to_string());
        }
        args
    }
}

/// One corpus entry: a `.wit` file or a package directory.
#[derive(Debug, Clone)]
pub struct Case {
    /// File or directory name without `.wit`: the base of snapshot names.
    pub name: String,
    pub path: PathBuf,
    /// The path relative to the repository root, as messages should show it.
    pub relative: String,
    pub options: Options,
    /// Extra generations: (name, options on top of `options`).
    pub variants: Vec<(String, Options)>,
    /// Languages (CLI names) that must refuse this case.
    pub expect_error: Vec<String>,
}

/// One generation of a case: the default one, or a variant.
#[derive(Debug, Clone)]
pub struct Generation {
    /// `case` or `case@variant`: the snapshot name.
    pub name: String,
    pub case: Case,
    pub options: Options,
}

impl Generation {
    /// Whether the case says `language` (its CLI name) must refuse it.
    pub fn expects_error_for(&self, language: &str) -> bool {
        self.case.expect_error.iter().any(|name| name == language)
    }

    /// The front end's options for this generation.
    pub fn load_options(&self) -> LoadOptions {
        LoadOptions {
            path: self.case.path.clone(),
            world: self.options.world.clone(),
            features: self.options.features.clone(),
            all_features: self.options.all_features,
        }
    }

    /// What a compile check builds: the backend's bindings and its starter
    /// code (`--stubs`) side by side, as `bindery <lang> --stubs` writes
    /// them. A language's compile check that builds these proves both
    /// compile without edits.
    pub fn bindings_and_stubs(&self, backend: &dyn Backend) -> Result<Files, Error> {
        let unit = self.compile_unit(backend)?;
        let mut files = unit.files;
        for (path, contents) in unit.stubs.iter() {
            assert!(
                files.get(path).is_none(),
                "the {} starter file `{path}` has the path of a bindings file",
                backend.name()
            );
            files.insert(path, contents);
        }
        Ok(files)
    }

    /// [`Self::bindings_and_stubs`] kept apart, as a unit of the
    /// language's compile check ([`compile::Unit`]), labelled `<corpus
    /// file> (<name>)`, with the id `check-<name>`.
    pub fn compile_unit(&self, backend: &dyn Backend) -> Result<compile::Unit, Error> {
        compile::Unit::generate(
            format!("{} ({})", self.case.relative, self.name),
            compile::unit_id("check", &self.name),
            backend,
            self.load_options(),
        )
    }

    /// The command that reproduces this generation:
    /// `bindery <subcommand> <relative path> [options]`.
    pub fn command(&self, subcommand: &str) -> String {
        let mut words = vec![
            "bindery".to_string(),
            subcommand.to_string(),
            self.case.relative.clone(),
        ];
        words.extend(self.options.cli_args());
        words.join(" ")
    }
}

impl Case {
    /// Reads the case at `path` and its directives.
    pub fn load(path: PathBuf) -> Case {
        let file_name = path
            .file_name()
            .expect("corpus entries have names")
            .to_string_lossy()
            .into_owned();
        let name = file_name
            .strip_suffix(".wit")
            .unwrap_or(&file_name)
            .to_string();
        let relative = path
            .strip_prefix(repo_root())
            .expect("the corpus is inside the repository")
            .to_string_lossy()
            .into_owned();
        let mut case = Case {
            name,
            path,
            relative,
            options: Options::default(),
            variants: Vec::new(),
            expect_error: Vec::new(),
        };
        for file in top_level_wit_files(&case.path) {
            // Lossy: the error corpus holds a file that is not UTF-8.
            let bytes =
                fs::read(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            let text = String::from_utf8_lossy(&bytes);
            let origin = file.display().to_string();
            for line in text.lines() {
                case.directive(line.trim(), &origin);
            }
        }
        case
    }

    fn directive(&mut self, line: &str, origin: &str) {
        let Some(rest) = line.strip_prefix("// bindery") else {
            return;
        };
        if let Some(args) = rest.strip_prefix(':') {
            self.options.extend(args, origin);
        } else if let Some(rest) = rest.strip_prefix(" variant ") {
            let (name, args) = rest
                .split_once(':')
                .unwrap_or_else(|| panic!("{origin}: `// bindery variant NAME: ARGS`"));
            self.variants
                .push((name.trim().to_string(), Options::parse(args, origin)));
        } else if let Some(languages) = rest.strip_prefix(" expect-error:") {
            self.expect_error
                .extend(languages.split(',').map(|l| l.trim().to_string()));
        } else {
            panic!("{origin}: unknown directive `{line}`");
        }
    }

    /// The default generation, then one per variant (in directive order).
    pub fn generations(&self) -> Vec<Generation> {
        let mut generations = vec![Generation {
            name: self.name.clone(),
            case: self.clone(),
            options: self.options.clone(),
        }];
        for (variant, extra) in &self.variants {
            let mut options = self.options.clone();
            options.world = extra.world.clone().or(options.world);
            options.features.extend(extra.features.iter().cloned());
            options.all_features |= extra.all_features;
            generations.push(Generation {
                name: format!("{}@{variant}", self.name),
                case: self.clone(),
                options,
            });
        }
        generations
    }
}

/// The `.wit` files that carry a case's directives: the file itself, or the
/// `.wit` files directly in the directory (not those in `deps/`).
fn top_level_wit_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut files: Vec<PathBuf> = fs::read_dir(path)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", path.display()))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "wit"))
        .collect();
    files.sort();
    files
}

/// The cases in `dir`, sorted by name: `.wit` files and directories, not
/// hidden files and not the `errors/` directory.
fn cases_in(dir: &Path) -> Vec<Case> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            !name.starts_with('.')
                && name != "errors"
                && (p.is_dir() || p.extension().is_some_and(|e| e == "wit"))
        })
        .collect();
    paths.sort();
    paths.into_iter().map(Case::load).collect()
}

/// The valid WIT cases.
pub fn corpus() -> Vec<Case> {
    let cases = cases_in(&corpus_dir());
    assert!(!cases.is_empty(), "no WIT files in tests/codegen");
    cases
}

/// Every generation of every valid case, in corpus order.
pub fn generations() -> Vec<Generation> {
    corpus().iter().flat_map(Case::generations).collect()
}

/// The malformed WIT cases under `tests/codegen/errors/`.
pub fn error_corpus() -> Vec<Case> {
    let cases = cases_in(&corpus_dir().join("errors"));
    assert!(!cases.is_empty(), "no WIT files in tests/codegen/errors");
    cases
}

/// Runs `check` on every item, even after one fails, and returns one line
/// per failed item naming it (with the first line of its panic message).
/// A failing insta assertion panics; catching it lets `cargo insta test`
/// collect every pending snapshot in one run.
pub fn run_each<T>(items: &[T], name: impl Fn(&T) -> String, check: impl Fn(&T)) -> Vec<String> {
    let mut failures = Vec::new();
    for item in items {
        if let Err(payload) = panic::catch_unwind(AssertUnwindSafe(|| check(item))) {
            let message = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)");
            let first_line = message.lines().next().unwrap_or_default();
            failures.push(format!("{}: {first_line}", name(item)));
        }
    }
    failures
}

/// Fails listing `failures`, if there are any.
pub fn finish(what: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} {what} failed:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

/// The snapshots of one kind (`snapshots/<kind>/`), and which of them a run
/// asserted.
///
/// cargo-insta only looks for snapshots inside packages, so it does not see
/// `snapshots/` at the repository root: `cargo insta test` would report
/// nothing to review and pass while `.snap.new` files wait here. So each
/// suite's assertion also calls [`Snapshots::check_pending`], and
/// [`Snapshots::unreferenced`] reports snapshot files no case produced
/// (a renamed or deleted corpus file).
pub struct Snapshots {
    kind: &'static str,
    asserted: Mutex<BTreeSet<String>>,
}

impl Snapshots {
    pub fn new(kind: &'static str) -> Self {
        Snapshots {
            kind,
            asserted: Mutex::new(BTreeSet::new()),
        }
    }

    /// `snapshots/<kind>/`.
    pub fn dir(&self) -> PathBuf {
        snapshot_dir(self.kind)
    }

    /// Runs `body` with insta writing to this kind's directory; the snapshot
    /// header records the corpus file and the command that reproduces it.
    pub fn bind<R>(&self, input: &Path, command: &str, body: impl FnOnce() -> R) -> R {
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(self.dir());
        settings.set_prepend_module_to_snapshot(false);
        settings.set_input_file(input);
        settings.set_description(command.trim_end());
        settings.set_omit_expression(true);
        settings.bind(body)
    }

    /// Notes that this run asserted snapshot `name`.
    pub fn record(&self, name: &str) {
        self.asserted
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(name.to_string());
    }

    /// Fails if asserting snapshot `name` left a pending `.snap.new`.
    pub fn check_pending(&self, name: &str) {
        let pending = self.dir().join(format!("{name}.snap.new"));
        assert!(
            !pending.exists(),
            "snapshot `{name}` changed: review {} (see snapshots/README.md)",
            pending.display()
        );
    }

    /// Snapshot files of this kind that no assertion of this run used.
    pub fn unreferenced(&self) -> Vec<String> {
        let asserted = self.asserted.lock().unwrap_or_else(|e| e.into_inner());
        let mut stale: Vec<String> = fs::read_dir(self.dir())
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
            .map(|stem| {
                format!(
                    "snapshots/{}/{stem}.snap: no corpus case produces it any more (delete it)",
                    self.kind
                )
            })
            .collect()
    }
}

/// The file's contents as text: generated files are UTF-8.
pub fn text(path: &str, bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap_or_else(|e| panic!("{path} is not UTF-8: {e}"))
}
