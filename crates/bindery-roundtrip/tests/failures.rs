//! The harness's own failure messages, on hand-made guests of the
//! `tutorial-adder` case that get things wrong: a wrong answer must name
//! the call, the expected and the actual value; a trap must give the trap
//! and the wasm backtrace.

use std::path::Path;

use bindery_roundtrip::case::Case;
use bindery_roundtrip::guest::componentize;
use bindery_roundtrip::{CaseOutcome, Harness};

/// An adder whose `add` body is `body` (params `$x`, `$y`; result i32).
fn adder(body: &str) -> String {
    format!(
        r#"(module
             (memory (export "memory") 1)
             (func $add (export "docs:adder/add@0.1.0#add") (param $x i32) (param $y i32) (result i32)
               {body}))"#
    )
}

fn run(wat: &str) -> CaseOutcome {
    let case_dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/roundtrip/tutorial-adder");
    let case = Case::load(&case_dir).unwrap();
    let core = wat::parse_str(wat).unwrap();
    let component = componentize(&case_dir, Some("adder"), &core).unwrap();
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bindery-roundtrip");
    Harness::new(work)
        .unwrap()
        .run_component(&case, "hand-made", &component)
}

#[test]
fn a_wrong_value_names_the_call_and_both_values() {
    // Off by one when x is 1.
    let outcome = run(&adder(
        "(i32.add (i32.add (local.get $x) (local.get $y)) (i32.eq (local.get $x) (i32.const 1)))",
    ));
    let text = outcome.to_string();
    assert_eq!(outcome.failures.len(), 1, "{text}");
    assert!(
        text.contains("FAIL hand-made/tutorial-adder: call add(1, 2)"),
        "{text}"
    );
    assert!(text.contains("expected: 3"), "{text}");
    assert!(text.contains("actual:   4"), "{text}");
}

#[test]
fn a_trap_gives_the_trap_and_the_wasm_backtrace() {
    // Traps when both arguments are 0; the next calls run on a new instance.
    let outcome = run(&adder(
        "(if (i32.eqz (i32.or (local.get $x) (local.get $y))) (then unreachable))
         (i32.add (local.get $x) (local.get $y))",
    ));
    let text = outcome.to_string();
    assert_eq!(outcome.failures.len(), 1, "{text}");
    assert!(text.contains("call add(0, 0)"), "{text}");
    assert!(
        text.contains("wasm `unreachable` instruction executed"),
        "{text}"
    );
    assert!(text.contains("wasm backtrace"), "{text}");
    // The frame of the function that trapped, by its name in the module.
    assert!(text.contains("!add"), "{text}");
}

#[test]
fn a_case_without_a_guest_in_the_language_is_skipped_not_passed() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/roundtrip/tutorial-adder");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-guest-case");
    std::fs::create_dir_all(&dir).unwrap();
    for file in ["world.wit", "case.toml"] {
        std::fs::copy(source.join(file), dir.join(file)).unwrap();
    }
    let case = Case::load(&dir).unwrap();
    let toolchain = bindery_roundtrip::guest::toolchains(bindery::Language::Rust)
        .pop()
        .unwrap();
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bindery-roundtrip");
    let outcome = Harness::new(work)
        .unwrap()
        .run_case(&case, toolchain.as_ref());
    let text = outcome.to_string();
    assert!(outcome.skipped.is_some(), "{text}");
    assert!(!outcome.passed(), "{text}");
    assert!(text.contains("SKIPPED: no rust guest yet"), "{text}");
}

/// A language without async support does not build an async case: the case
/// is skipped (never passed) with the backend's capability error, which
/// names the WIT item that needs the feature.
#[test]
fn an_async_case_is_not_applicable_to_a_language_without_async() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/roundtrip/async-calls");
    let case = Case::load(&dir).unwrap();
    let toolchain = bindery_roundtrip::guest::toolchain(bindery::Language::Go).unwrap();
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bindery-roundtrip");
    let outcome = Harness::new(work)
        .unwrap()
        .run_case(&case, toolchain.as_ref());
    let text = outcome.to_string();
    assert!(!outcome.passed(), "{text}");
    assert!(outcome.failures.is_empty(), "{text}");
    assert!(
        text.contains(
            "SKIPPED: not applicable: the go backend does not support async functions yet: \
             used by function `double` in import `test:async-calls/host`"
        ),
        "{text}"
    );
    let js = case.supported_by(bindery::Language::Js).unwrap();
    assert_eq!(
        js.as_deref(),
        Some(
            "the js backend does not support async functions yet: \
             used by function `double` in import `test:async-calls/host`"
        )
    );
    // Rust supports the world, so the check lets it through.
    assert_eq!(case.supported_by(bindery::Language::Rust).unwrap(), None);
}
