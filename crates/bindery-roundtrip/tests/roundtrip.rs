//! Every case in `tests/roundtrip/` for every language bindery knows.
//! Under `CI=true` a language whose toolchain is not installed fails;
//! otherwise it is skipped with a loud message.
//!
//! `BINDERY_ROUNDTRIP_CASES=scalars,strings` runs only those cases;
//! `BINDERY_ROUNDTRIP_LANGUAGES=rust` only those languages;
//! `BINDERY_ROUNDTRIP_TOOLCHAINS=js-qjs` only those toolchains (engines);
//! `BINDERY_ROUNDTRIP_JOBS=1` one case at a time (default: one per core);
//! `BINDERY_ROUNDTRIP_COMPILER=cranelift` compiles the components with
//! Cranelift instead of Winch (async worlds always use Cranelift).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use bindery::Language;
use bindery_roundtrip::Harness;
use bindery_roundtrip::case::Case;
use bindery_roundtrip::guest::Toolchain;
use common::{chosen, jobs, say};

mod common;

fn cases_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/roundtrip")
}

fn work_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("bindery-roundtrip")
}

/// Runs every case with each of `language`'s toolchains; returns why
/// toolchains failed.
fn run_language(harness: &Harness, cases: &[Case], language: Language) -> Vec<String> {
    let (toolchains, mut failures) =
        common::toolchains("roundtrip", language, "BINDERY_ROUNDTRIP_TOOLCHAINS");
    failures.extend(
        toolchains
            .iter()
            .filter_map(|t| run_toolchain(harness, cases, t.as_ref()).err()),
    );
    failures
}

/// Runs every case with one toolchain; `Err` says why it failed.
fn run_toolchain(
    harness: &Harness,
    cases: &[Case],
    toolchain: &dyn Toolchain,
) -> Result<(), String> {
    let name = toolchain.name();
    let doing = match toolchain.cannot_run() {
        Some(_) => "compiling every case's guest (it cannot run here)",
        None => "building and running every case",
    };
    say(&format!("roundtrip {name}: {doing}\n"));
    let chosen_cases: Vec<&Case> = cases
        .iter()
        .filter(|c| chosen("BINDERY_ROUNDTRIP_CASES", &c.name))
        .collect();
    // Cases run side by side: a JS or Python guest spends ~10 s in its
    // single-threaded build, which another case's build can overlap.
    let next = AtomicUsize::new(0);
    let (passed, failed, skipped, compiled, unsupported) = (
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
    );
    std::thread::scope(|scope| {
        for _ in 0..jobs("BINDERY_ROUNDTRIP_JOBS") {
            scope.spawn(|| {
                while let Some(case) = chosen_cases.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let outcome = harness.run_case(case, toolchain);
                    say(&outcome.to_string());
                    let counter = if outcome.skipped.is_some() {
                        &skipped
                    } else if outcome.unsupported.is_some() {
                        &unsupported
                    } else if outcome.compiled_not_run() {
                        &compiled
                    } else if outcome.passed() {
                        &passed
                    } else {
                        &failed
                    };
                    counter.fetch_add(1, Ordering::SeqCst);
                }
            });
        }
    });
    let (passed, failed, skipped, compiled, unsupported) = (
        passed.into_inner(),
        failed.into_inner(),
        skipped.into_inner(),
        compiled.into_inner(),
        unsupported.into_inner(),
    );
    // The plain closing line CI reads, alone on its line.
    let compiled = match compiled {
        0 => String::new(),
        n => format!(", {n} compiled (cannot run here)"),
    };
    let skipped = match skipped {
        0 => String::new(),
        n => format!(", {n} skipped"),
    };
    let unsupported = match unsupported {
        0 => String::new(),
        n => format!(", {n} unsupported"),
    };
    say(&format!(
        "roundtrip {name} done\nroundtrip: {passed} passed, {failed} failed{compiled}{skipped}{unsupported}\n"
    ));
    if failed > 0 {
        return Err(format!("roundtrip {name}: {failed} case(s) failed"));
    }
    Ok(())
}

#[test]
fn every_case_in_every_language() {
    let harness = Harness::new(work_dir()).expect("wasmtime engine");
    say(&format!(
        "roundtrip: components compiled with {} (BINDERY_ROUNDTRIP_COMPILER)\n",
        harness.compiler().name()
    ));
    let cases = Case::discover(&cases_root()).expect("cases");
    let failures: Vec<String> = Language::ALL
        .iter()
        .filter(|l| chosen("BINDERY_ROUNDTRIP_LANGUAGES", l.name()))
        .flat_map(|&language| run_language(&harness, &cases, language))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
