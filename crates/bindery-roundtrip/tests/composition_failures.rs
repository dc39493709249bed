//! The composition harness's verdicts, on hand-made runners (wasip1 core
//! modules in WAT, made components with the adapter) composed with a
//! hand-made test: a runner that reports all checks passes; one that traps
//! after `check failed: …` fails naming that check; a wrong count, a
//! missing count, a silent trap, a runner that never calls a function and
//! a missing side are each reported as such; a side that could only be
//! compiled is counted apart, never as passed; a language a case marks
//! unsupported is skipped while bindery refuses it, and fails once bindery
//! does not.

use std::path::{Path, PathBuf};

use bindery_roundtrip::composition::{
    Cell, Composer, CompositionCase, ExpectedCell, Outcome, Role, Side, SideState,
};
use bindery_roundtrip::guest::componentize;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/composition-fixture")
}

fn composer() -> Composer {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    Composer::new(
        tmp.join("bindery-composition-failures"),
        tmp.join("bindery-roundtrip/shared"),
        fixture(),
    )
    .unwrap()
}

fn component(wat: &str, world: &str) -> Vec<u8> {
    let core = wat::parse_str(wat).unwrap();
    componentize(&fixture(), Some(world), &core).unwrap()
}

/// A test whose `answer` adds one.
const TEST: &str = r#"
(module
  (memory (export "memory") 1)
  (func (export "fixture:answers/answers#answer") (param $x i32) (result i32)
    (i32.add (local.get $x) (i32.const 1)))
  (func (export "fixture:answers/answers#other")))
"#;

/// A runner that calls `answer` (and `other`, unless `calls_other` is
/// false), writes `text` to file descriptor `fd` and then runs `end`.
fn runner(text: &str, fd: u32, end: &str, calls_other: bool) -> String {
    let (import_other, call_other) = if calls_other {
        (
            r#"(import "fixture:answers/answers" "other" (func $other))"#,
            "(call $other)",
        )
    } else {
        ("", "")
    };
    format!(
        r#"
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "fixture:answers/answers" "answer" (func $answer (param i32) (result i32)))
  {import_other}
  (memory (export "memory") 1)
  (data (i32.const 64) "{text}")
  (func (export "run")
    (drop (call $answer (i32.const 7)))
    {call_other}
    ;; One iovec at 0: the text at 64; bytes written go to 8.
    (i32.store (i32.const 0) (i32.const 64))
    (i32.store (i32.const 4) (i32.const {len}))
    (drop (call $fd_write (i32.const {fd}) (i32.const 0) (i32.const 1) (i32.const 8)))
    {end}))
"#,
        text = text.replace('\n', "\\n"),
        len = text.len(),
    )
}

fn pair(runner_wat: &str) -> Cell {
    let composer = composer();
    let case = CompositionCase::load(&fixture()).unwrap();
    let runner = composer.side(&case, "wat", Role::Runner, component(runner_wat, "runner"));
    let test = composer.side(&case, "wat", Role::Test, component(TEST, "test"));
    composer.pair(&case, &runner, &test)
}

fn first_failure(cell: &Cell) -> String {
    match &cell.outcome {
        Outcome::Failed { first, .. } => first.clone(),
        other => panic!("expected a failure, got {other:?}"),
    }
}

/// The fixture case expecting the `wat` runner to fail with `check`.
fn expecting(check: &str) -> CompositionCase {
    let mut case = CompositionCase::load(&fixture()).unwrap();
    case.spec.expected_failures.push(ExpectedCell {
        toolchain: "wat".into(),
        role: Role::Runner,
        check: check.into(),
        detail: Some("unreachable".into()),
        reason: "a defect".into(),
        reproducer: "nowhere".into(),
    });
    case
}

#[test]
fn an_expected_failure_is_counted_apart_and_a_stale_one_fails() {
    let composer = composer();
    let failing = runner(
        "check failed: answer 7: expected 9, got 8\n",
        2,
        "unreachable",
        true,
    );
    let passing = runner("checks passed: 2\n", 1, "", true);
    let sides = |wat: &str| {
        let case = CompositionCase::load(&fixture()).unwrap();
        vec![
            composer.side(&case, "wat", Role::Runner, component(wat, "runner")),
            composer.side(&case, "wat", Role::Test, component(TEST, "test")),
        ]
    };

    let case = expecting("check failed: answer 7:");
    let matrix = composer.matrix(&case, &["wat"], sides(&failing));
    assert!(
        matches!(&matrix.cells[0].outcome, Outcome::Expected { first, why, .. }
            if first.starts_with("check failed: answer 7:") && why == "a defect (nowhere)"),
        "{:?}",
        matrix.cells[0].outcome
    );
    assert_eq!(
        (matrix.failed(), matrix.expected(), matrix.passed()),
        (0, 1, 0)
    );
    assert!(
        matrix.to_string().contains("xfail wat runner → wat test"),
        "{matrix}"
    );

    // Another check failing is a failure, not the expected one.
    let case = expecting("check failed: answer 8:");
    let matrix = composer.matrix(&case, &["wat"], sides(&failing));
    assert!(matches!(matrix.cells[0].outcome, Outcome::Failed { .. }));
    assert_eq!(
        matrix.failed(),
        1,
        "the cell; the entry is not judged: nothing passed"
    );

    // The defect gone: the pair passes, and the stale entry fails the case.
    let case = expecting("check failed: answer 7:");
    let matrix = composer.matrix(&case, &["wat"], sides(&passing));
    assert_eq!((matrix.passed(), matrix.failed()), (1, 1));
    assert!(
        matrix.to_string().contains("STALE expected failure"),
        "{matrix}"
    );
}

#[test]
fn all_checks_reported_is_a_pass() {
    let cell = pair(&runner("checks passed: 2\n", 1, "", true));
    assert!(
        matches!(cell.outcome, Outcome::Passed { checks: 2 }),
        "{:?}",
        cell.outcome
    );
}

#[test]
fn a_failed_check_is_named() {
    let cell = pair(&runner(
        "check failed: answer 7: expected 9, got 8\n",
        2,
        "unreachable",
        true,
    ));
    assert_eq!(
        first_failure(&cell),
        "check failed: answer 7: expected 9, got 8"
    );
    let Outcome::Failed { detail, .. } = &cell.outcome else {
        unreachable!()
    };
    assert!(detail.contains("unreachable"), "{detail}");
}

#[test]
fn a_wrong_count_fails() {
    let cell = pair(&runner("checks passed: 1\n", 1, "", true));
    assert_eq!(
        first_failure(&cell),
        "the runner made 1 checks, the case has 2"
    );
}

#[test]
fn no_count_fails() {
    let cell = pair(&runner("done\n", 1, "", true));
    assert!(
        first_failure(&cell).contains("without printing `checks passed: N`"),
        "{:?}",
        cell.outcome
    );
}

#[test]
fn a_trap_without_a_check_gives_the_trap() {
    let cell = pair(&runner("working\n", 1, "unreachable", true));
    let first = first_failure(&cell);
    assert!(
        first.starts_with("trap without a failed check: "),
        "{first}"
    );
    assert!(first.contains("unreachable"), "{first}");
}

#[test]
fn a_runner_that_never_calls_a_function_does_not_build() {
    let cell = pair(&runner("checks passed: 2\n", 1, "", false));
    assert_eq!(first_failure(&cell), "the wat runner does not build");
    let composer = composer();
    let case = CompositionCase::load(&fixture()).unwrap();
    let side = composer.side(
        &case,
        "wat",
        Role::Runner,
        component(&runner("", 1, "", false), "runner"),
    );
    let text = format!("{:?}", side.state);
    assert!(
        text.contains("the runner never calls fixture:answers/answers#other"),
        "{text}"
    );
}

#[test]
fn a_missing_side_is_skipped_not_passed() {
    let composer = composer();
    let case = CompositionCase::load(&fixture()).unwrap();
    let toolchain = bindery_roundtrip::guest::toolchain(bindery::Language::Rust).unwrap();
    // The fixture has no Rust guests: both sides are missing.
    let runner = composer.build(&case, toolchain.as_ref(), Role::Runner);
    let test = composer.side(&case, "wat", Role::Test, component(TEST, "test"));
    let cell = composer.pair(&case, &runner, &test);
    match &cell.outcome {
        Outcome::Skipped { reason } => assert!(reason.contains("no rust runner yet"), "{reason}"),
        other => panic!("expected a skip, got {other:?}"),
    }
}

#[test]
fn a_compiled_only_side_is_counted_apart_not_passed() {
    let composer = composer();
    let case = CompositionCase::load(&fixture()).unwrap();
    let compiled = |role| Side {
        language: "compiled",
        role,
        state: SideState::Compiled("no way to run it here".into()),
        build: std::time::Duration::ZERO,
        warnings: None,
    };
    let wat_runner = composer.side(
        &case,
        "wat",
        Role::Runner,
        component(&runner("checks passed: 2\n", 1, "", true), "runner"),
    );
    let wat_test = composer.side(&case, "wat", Role::Test, component(TEST, "test"));
    let toolchain = bindery_roundtrip::guest::toolchain(bindery::Language::Rust).unwrap();
    let missing = composer.build(&case, toolchain.as_ref(), Role::Test);

    // With a built side, a compiled one makes the pair compiled-only; a
    // missing side outranks it (skipped), as a failed one would (failed).
    let cell = composer.pair(&case, &compiled(Role::Runner), &wat_test);
    assert!(
        matches!(cell.outcome, Outcome::Compiled { .. }),
        "{:?}",
        cell.outcome
    );
    let cell = composer.pair(&case, &compiled(Role::Runner), &missing);
    assert!(
        matches!(cell.outcome, Outcome::Skipped { .. }),
        "{:?}",
        cell.outcome
    );

    let matrix = composer.matrix(
        &case,
        &["wat", "compiled"],
        vec![
            wat_runner,
            wat_test,
            compiled(Role::Runner),
            compiled(Role::Test),
        ],
    );
    assert_eq!(
        (
            matrix.passed(),
            matrix.failed(),
            matrix.compiled(),
            matrix.skipped()
        ),
        (1, 0, 3, 0)
    );
    let text = matrix.to_string();
    assert!(
        text.contains("1 passed, 0 failed, 3 compiled (cannot run here), 0 skipped"),
        "{text}"
    );
    assert!(
        text.contains("COMPILED compiled runner: cannot run here"),
        "{text}"
    );
}

#[test]
fn an_unsupported_language_is_skipped_only_while_bindery_refuses_it() {
    let composer = composer();
    let python = bindery_roundtrip::guest::toolchain(bindery::Language::Python).unwrap();
    // maps-fixed lists Python as unsupported (no map, no fixed-length
    // lists): bindery refuses both worlds, so both sides are skipped with
    // the reason, before any toolchain runs.
    let maps = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/composition/maps-fixed");
    let case = CompositionCase::load(&maps).unwrap();
    for role in Role::BOTH {
        let side = composer.build(&case, python.as_ref(), role);
        match &side.state {
            SideState::Missing(reason) => assert!(
                reason.starts_with("unsupported: ") && reason.contains("does not support"),
                "{reason}"
            ),
            other => panic!("expected an unsupported {role}, got {other:?}"),
        }
    }
    // An entry for a language bindery does generate is stale: it fails.
    let mut case = CompositionCase::load(&fixture()).unwrap();
    case.spec
        .unsupported
        .insert("python".into(), "no reason any more".into());
    let side = composer.build(&case, python.as_ref(), Role::Runner);
    match &side.state {
        SideState::Failed(error) => assert!(
            error.contains("bindery generates the runner world's bindings"),
            "{error}"
        ),
        other => panic!("expected a failed side, got {other:?}"),
    }
}
