//! Every composition case in `tests/composition/`: each side built once
//! per language, then every runner × test pair composed and run, printed
//! as a matrix per case. Under `CI=true` a language whose toolchain is not
//! installed fails; otherwise it is skipped with a loud message. A
//! language that cannot run here (C#) is only compiled, its pairs counted
//! apart, never as passed.
//!
//! `BINDERY_COMPOSITION_CASES=lists,resources` runs only those cases;
//! `BINDERY_COMPOSITION_LANGUAGES=rust,c` only those languages (as runners
//! and as tests), `BINDERY_COMPOSITION_TOOLCHAINS=js-qjs` only those
//! toolchains (engines); `BINDERY_COMPOSITION_JOBS=1` builds one side at a time
//! (default: one per core); `BINDERY_COMPOSITION_COMPILER=cranelift`
//! compiles the compositions with Cranelift instead of Winch.
//!
//! componentize-qjs runs only when `BINDERY_COMPOSITION_TOOLCHAINS` names
//! it: it has no `console`, so it cannot be a runner, and as a test every
//! case stops at its 64-bit-integers-as-numbers defect, so all its cells
//! are expected failures (`languages/js/defects`, which `js_defects`
//! keeps checking), and its pairs would cost CI minutes for no proof.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use bindery::Language;
use bindery_roundtrip::composition::{Composer, CompositionCase, Role, Side};
use bindery_roundtrip::engine::Compiler;
use bindery_roundtrip::guest::Toolchain;
use common::{chosen, jobs, say};

mod common;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/composition")
}

fn tmp() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

/// Toolchains used only when `BINDERY_COMPOSITION_TOOLCHAINS` names them.
const ON_REQUEST: &[&str] = &["js-qjs"];

/// Whether `BINDERY_COMPOSITION_TOOLCHAINS` is set and names `toolchain`
/// (`chosen` alone takes an unset list as naming every toolchain).
fn requested(toolchain: &str) -> bool {
    const VAR: &str = "BINDERY_COMPOSITION_TOOLCHAINS";
    std::env::var(VAR).is_ok_and(|list| !list.trim().is_empty()) && chosen(VAR, toolchain)
}

/// The toolchains to use (a language with several engines has one per
/// engine, each a row and a column of the matrix), and why some under
/// `CI=true` failed.
fn toolchains() -> (Vec<Box<dyn Toolchain>>, Vec<String>) {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for &language in Language::ALL {
        if !chosen("BINDERY_COMPOSITION_LANGUAGES", language.name()) {
            continue;
        }
        let (toolchains, failures) =
            common::toolchains("composition", language, "BINDERY_COMPOSITION_TOOLCHAINS");
        for toolchain in toolchains {
            let name = toolchain.name();
            if ON_REQUEST.contains(&name) && !requested(name) {
                say(&format!(
                    "composition: {name} left out: every cell of it is an expected failure (see this test's doc comment); BINDERY_COMPOSITION_TOOLCHAINS=…,{name} runs it\n"
                ));
                continue;
            }
            found.push(toolchain);
        }
        missing.extend(failures);
    }
    (found, missing)
}

#[test]
fn every_runner_with_every_test() {
    let started = Instant::now();
    let composer = Composer::new(
        tmp().join("bindery-composition"),
        tmp().join("bindery-roundtrip/shared"),
        root().join("support"),
    )
    .expect("wasmtime engine");
    let cases: Vec<CompositionCase> = CompositionCase::discover(&root())
        .expect("cases")
        .into_iter()
        .filter(|c| chosen("BINDERY_COMPOSITION_CASES", &c.name))
        .collect();
    let (toolchains, mut failures) = toolchains();
    let languages: Vec<&'static str> = toolchains.iter().map(|t| t.name()).collect();

    // Every side of every case, built once, side by side: JS and Python
    // builds are single-threaded and take seconds.
    let jobs_list: Vec<(usize, &dyn Toolchain, Role)> = (0..cases.len())
        .flat_map(|case| {
            toolchains
                .iter()
                .flat_map(move |t| Role::BOTH.map(|role| (case, t.as_ref(), role)))
        })
        .collect();
    let built: Mutex<Vec<(usize, Side)>> = Mutex::new(Vec::new());
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..jobs("BINDERY_COMPOSITION_JOBS") {
            scope.spawn(|| {
                while let Some(&(case, toolchain, role)) =
                    jobs_list.get(next.fetch_add(1, Ordering::SeqCst))
                {
                    let side = composer.build(&cases[case], toolchain, role);
                    built.lock().unwrap().push((case, side));
                }
            });
        }
    });
    let mut built = built.into_inner().unwrap();
    let build_time = started.elapsed();
    say(&format!(
        "composition: built {} sides in {:.1} s\n",
        built.len(),
        build_time.as_secs_f64()
    ));

    let (mut passed, mut failed, mut skipped, mut compiled, mut expected) = (0, 0, 0, 0, 0);
    for (index, case) in cases.iter().enumerate() {
        let sides: Vec<Side> = built
            .iter()
            .filter(|(c, _)| *c == index)
            .map(|(_, side)| side.clone())
            .collect();
        built.retain(|(c, _)| *c != index);
        let matrix = composer.matrix(case, &languages, sides);
        say(&format!("\n{matrix}"));
        passed += matrix.passed();
        failed += matrix.failed();
        skipped += matrix.skipped();
        compiled += matrix.compiled();
        expected += matrix.expected();
        if matrix.failed() > 0 {
            failures.push(format!(
                "composition {}: {} pair(s) failed",
                case.name,
                matrix.failed()
            ));
        }
    }
    let compiler = match composer.compiler() {
        Compiler::Cranelift => {
            let cache = composer.function_cache();
            format!(
                "cranelift (function cache {} hits, {} misses)",
                cache.hits, cache.misses
            )
        }
        winch => winch.name().to_string(),
    };
    // Pairs with a side that only compiles here, counted apart (shown
    // only where there are some, so the line reads as before otherwise).
    let compiled = match compiled {
        0 => String::new(),
        n => format!(", {n} compiled (cannot run here)"),
    };
    // Cells failing by an engine's known defect, likewise.
    let compiled = match expected {
        0 => compiled,
        n => format!(", {n} expected failures{compiled}"),
    };
    say(&format!(
        "\ncomposition: {} cases, {} languages; build {:.1} s, pairs {:.1} s; compiler {compiler}\ncomposition: {passed} passed, {failed} failed{compiled}, {skipped} skipped\n",
        cases.len(),
        languages.len(),
        build_time.as_secs_f64(),
        (started.elapsed() - build_time).as_secs_f64(),
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
