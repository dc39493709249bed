//! The WIT corpus under `tests/codegen/` (read by `bindery-corpus`, whose
//! doc describes the directives), as the snapshot, error, determinism and
//! compile-check tests of this crate use it: generated with [`Generator`].

// Each test binary uses a different part of this module.
#![allow(dead_code, unused_imports)]

use std::collections::BTreeMap;
use std::fs;
use std::ops::Deref;
use std::path::Path;
use std::process::{Command, Output};

use bindery::{Generator, Language};
pub use bindery_corpus::{
    Case, Generation, corpus, corpus_dir, error_corpus, finish, generations, repo_root, run_each,
    text,
};

/// What these tests do with a generation through the library API.
pub trait GenerationExt {
    fn generator(&self, language: Language) -> Generator;
    fn expects_error(&self, language: Language) -> bool;
}

impl GenerationExt for Generation {
    fn generator(&self, language: Language) -> Generator {
        let mut generator = Generator::new(&self.case.path)
            .features(self.options.features.iter().cloned())
            .all_features(self.options.all_features)
            .language(language);
        if let Some(world) = &self.options.world {
            generator = generator.world(world);
        }
        generator
    }

    fn expects_error(&self, language: Language) -> bool {
        self.expects_error_for(language.name())
    }
}

/// Languages whose backend has no starter code yet (it refuses `--stubs`
/// by name, `Backend::stubs`'s default). `stubs.rs` checks that each of
/// them still refuses, so a language that gains starter code must leave
/// this list, and with it every starter-code test.
pub const NO_STARTER_CODE_YET: &[Language] = &[];

/// The languages with starter code.
pub fn with_starter_code() -> Vec<Language> {
    Language::ALL
        .iter()
        .copied()
        .filter(|language| !NO_STARTER_CODE_YET.contains(language))
        .collect()
}

/// `examples/hello-rust/wit`, the example the README walks through.
pub fn example() -> Case {
    let mut case = Case::load(repo_root().join("examples/hello-rust/wit"));
    case.name = "hello-rust-example".into();
    case.options.world = Some("hello".into());
    case
}

/// The snapshots of one kind (`snapshots/<kind>/`); see
/// [`bindery_corpus::Snapshots`].
pub struct Snapshots(bindery_corpus::Snapshots);

impl Deref for Snapshots {
    type Target = bindery_corpus::Snapshots;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Snapshots {
    pub fn new(kind: &'static str) -> Self {
        Snapshots(bindery_corpus::Snapshots::new(kind))
    }

    /// Asserts one snapshot (inside [`bindery_corpus::Snapshots::bind`]).
    pub fn assert(&self, name: &str, contents: &str) {
        self.record(name);
        insta::assert_snapshot!(name, contents);
        self.check_pending(name);
    }
}

/// Every file under `dir` (relative path → contents).
pub fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in fs::read_dir(&current).expect("readable directory") {
            let path = entry.expect("readable entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                files.insert(name, fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// Runs the `bindery` binary in `dir`.
pub fn bindery_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bindery"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the bindery binary runs")
}

/// What a command printed to standard error.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
