//! Fuzzing: seeds become random WIT packages (`wit-smith`, plus a world
//! that imports and exports every interface), every backend generates
//! bindings for every world, and a random sample of the outputs is
//! compiled in every language that has a compile check.
//!
//! A seed fails on a panic, an error other than a capability refusal (a
//! valid package must generate), an empty output, output that differs
//! between two runs, or output that does not compile. Each failure is
//! shrunk to a small WIT package that fails the same way, printed and kept
//! under `<target>/<profile>/bindery-fuzz/failures/`.
//!
//! Environment (the defaults are the fixed set CI runs):
//!
//! | variable | default | meaning |
//! |---|---|---|
//! | `BINDERY_FUZZ_SEEDS` | 100 | how many seeds |
//! | `BINDERY_FUZZ_FIRST_SEED` | 0 | the first seed |
//! | `BINDERY_FUZZ_COMPILE` | 6 | outputs compiled per language (`all` for every one) |
//! | `BINDERY_FUZZ_MINIMIZE_SECS` | 120 | time to shrink each kind of failure |
//! | `BINDERY_FUZZ_WIT` | — | instead of seeds, this `.wit` file or package directory, every output compiled |
//!
//! The defaults cost about a minute on two busy cores, most of it in the
//! compile checks' fixed costs (starting Roslyn, Go's linker); generation
//! is about 0.1 s a seed. A long run, e.g. `BINDERY_FUZZ_SEEDS=10000
//! BINDERY_FUZZ_COMPILE=1000`, prints its progress per 100 units compiled.
//!
//! Every language in `bindery::Language::ALL` is generated. The compile
//! check of a language is `bindery_corpus::compile::check_for(name)`: to add
//! one for a new language, write `crates/bindery-corpus/src/compile/<lang>.rs`
//! implementing `Check` (its corpus compile test can then use it too) and
//! add its line to `check_for`. A language without one is generated but
//! not compiled, and the summary says so. Under `CI=true` a missing
//! toolchain fails the test.

mod generate;
mod minimize;
mod run;
mod seeds;

use std::path::{Path, PathBuf};
use std::time::Duration;

use bindery::Language;
use bindery_corpus::compile;
use generate::catching;
use run::Run;
use seeds::WitFiles;

struct Settings {
    first_seed: u64,
    seeds: u64,
    /// Outputs compiled per language; `None`: all.
    compile: Option<usize>,
    minimize: Duration,
    /// A package to check instead of seeds.
    wit: Option<PathBuf>,
}

impl Settings {
    fn from_env() -> Settings {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let number = |name: &str, default: u64| {
            var(name).map_or(default, |v| {
                v.trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("{name}={v} is not a number"))
            })
        };
        let wit = var("BINDERY_FUZZ_WIT").map(PathBuf::from);
        let compile = match var("BINDERY_FUZZ_COMPILE").as_deref() {
            Some("all") => None,
            _ if wit.is_some() => None,
            _ => Some(number("BINDERY_FUZZ_COMPILE", 6) as usize),
        };
        Settings {
            first_seed: number("BINDERY_FUZZ_FIRST_SEED", 0),
            seeds: number("BINDERY_FUZZ_SEEDS", 100),
            compile,
            minimize: Duration::from_secs(number("BINDERY_FUZZ_MINIMIZE_SECS", 120)),
            wit,
        }
    }
}

/// The inputs: one package per seed, or the package of `BINDERY_FUZZ_WIT`.
fn inputs(settings: &Settings, no_package: &mut usize) -> Vec<(String, WitFiles)> {
    if let Some(path) = &settings.wit {
        return vec![(path.display().to_string(), read_package(path))];
    }
    let mut inputs = Vec::new();
    for seed in settings.first_seed..settings.first_seed + settings.seeds {
        match catching(|| seeds::package(seed)) {
            Ok(Ok(files)) => inputs.push((format!("seed {seed}"), files)),
            Ok(Err(_)) => *no_package += 1,
            Err(panic) => panic!("seed {seed}: wit-smith or the printer panicked: {panic}"),
        }
    }
    inputs
}

/// Every `.wit` file under `path` (a file, or a package directory).
fn read_package(path: &Path) -> WitFiles {
    let mut files = WitFiles::new();
    if path.is_file() {
        let text = std::fs::read_to_string(path).expect("BINDERY_FUZZ_WIT is readable");
        files.insert("main.wit".into(), text);
        return files;
    }
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable directory") {
            let entry = entry.expect("readable entry").path();
            if entry.is_dir() {
                stack.push(entry);
            } else if entry.extension().is_some_and(|e| e == "wit") {
                let relative = entry.strip_prefix(path).unwrap().display().to_string();
                files.insert(relative, std::fs::read_to_string(&entry).unwrap());
            }
        }
    }
    files
}

#[test]
fn random_worlds_generate_and_compile_in_every_language() {
    let settings = Settings::from_env();
    let mut no_package = 0;
    let inputs = inputs(&settings, &mut no_package);
    let mut run = Run::new(settings.compile, settings.first_seed);
    let total = inputs.len();
    for (done, (input, files)) in inputs.into_iter().enumerate() {
        run.package(&input, files);
        if total >= 1000 && (done + 1) % 500 == 0 {
            compile::say(&format!(
                "fuzz: {} of {total} packages generated\n",
                done + 1
            ));
        }
    }
    for &language in Language::ALL {
        run.compile(language);
    }
    let described = match &settings.wit {
        Some(path) => format!("package {}", path.display()),
        None => format!(
            "seeds {}..{} ({no_package} without a package from wit-smith)",
            settings.first_seed,
            settings.first_seed + settings.seeds,
        ),
    };
    let summary = run.summary(&described);
    compile::say(&summary);

    // One shrunk package per kind of failure; the rest are listed.
    let mut shrunk: Vec<(Option<&'static str>, generate::Stage)> = Vec::new();
    let mut details = Vec::new();
    for finding in &run.findings {
        let kind = (finding.language.map(|l| l.name()), finding.stage);
        if shrunk.contains(&kind) {
            details.push(format!(
                "{}, world `{}`, {}: {}\n{}",
                finding.input,
                finding.world,
                kind.0.unwrap_or("front end"),
                finding.stage.describe(),
                finding
                    .detail
                    .lines()
                    .take(12)
                    .collect::<Vec<_>>()
                    .join("\n")
            ));
        } else {
            shrunk.push(kind);
            details.push(generate::report(finding, settings.minimize));
        }
    }
    assert!(
        run.findings.is_empty(),
        "{summary}\n{}",
        details.join("\n\n")
    );
}
