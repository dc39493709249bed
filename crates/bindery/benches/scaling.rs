//! Generation time against the size of the world: one interface of N
//! records (and a function per record), then of 4N, in every language of
//! `Language::ALL`. Linear growth shows as a ratio near 4; quadratic as 16.
//!
//! `cargo bench -p bindery --bench scaling` prints one table row per
//! language. `BINDERY_BENCH_RECORDS` sets N (default 2000),
//! `BINDERY_BENCH_RUNS` the runs per size (default 3; the fastest counts).

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use bindery::{Generator, Language};

/// A package with one interface of `records` records, each taken and
/// returned by a function of its own, and a world importing and exporting
/// it.
fn package(records: usize) -> String {
    let mut wit = String::from("package bench:scaling;\n\ninterface big {\n");
    for i in 0..records {
        let _ = writeln!(
            wit,
            "  record r{i} {{ id: u32, name: string, data: list<u8>, extra: option<u64> }}\n  \
             take{i}: func(x: r{i}) -> r{i};"
        );
    }
    wit.push_str("}\n\nworld scaling {\n  import big;\n  export big;\n}\n");
    wit
}

/// The fastest of `runs` generations of `path` in `language`.
fn time(path: &std::path::Path, language: Language, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            let generated = Generator::new(path)
                .language(language)
                .generate()
                .unwrap_or_else(|err| panic!("{}: {err}", language.name()));
            assert!(!generated.files.is_empty());
            started.elapsed()
        })
        .min()
        .expect("at least one run")
}

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(default)
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument selects languages.
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let n = env("BINDERY_BENCH_RECORDS", 2000);
    let runs = env("BINDERY_BENCH_RUNS", 3);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let small = dir.path().join("small.wit");
    let large = dir.path().join("large.wit");
    std::fs::write(&small, package(n)).expect("writable");
    std::fs::write(&large, package(4 * n)).expect("writable");
    println!("generation time for one interface of N records (fastest of {runs} runs)");
    println!(
        "{:<12} {:>8} {:>10} {:>8} {:>10} {:>7}",
        "language", "N", "time", "4N", "time", "ratio"
    );
    for &language in Language::ALL {
        if !filter.is_empty() && !filter.iter().any(|f| f == language.name()) {
            continue;
        }
        let t1 = time(&small, language, runs);
        let t4 = time(&large, language, runs);
        println!(
            "{:<12} {:>8} {:>9.3}s {:>8} {:>9.3}s {:>7.2}",
            language.name(),
            n,
            t1.as_secs_f64(),
            4 * n,
            t4.as_secs_f64(),
            t4.as_secs_f64() / t1.as_secs_f64()
        );
    }
    println!("linear: ratio near 4; quadratic: near 16");
}
