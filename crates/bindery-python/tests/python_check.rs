//! Every corpus generation the Python backend accepts, with its starter
//! code (`--stubs`), passes `mypy --strict` and `ruff check` (its default
//! rules, no configuration): the starter code type-checks against the
//! bindings as written, and implements every export (its classes are
//! `@final`, so a missing method is an error). And
//! guests are checked against the bindings: a guest with a wrong signature,
//! a missing export method or a wrong call fails `mypy --strict`.
//!
//! Under `CI=true` missing tools fail; otherwise the test is skipped
//! loudly. `BINDERY_PYTHON_CASES=records,keywords` checks only those
//! entries; `BINDERY_PYTHON_KEEP=DIR` keeps the packages in DIR.

mod common;

use std::fs;
use std::path::PathBuf;

use common::{GenerationExt, Python};

fn selected(name: &str) -> bool {
    match std::env::var("BINDERY_PYTHON_CASES") {
        Ok(list) if !list.trim().is_empty() => list
            .split(',')
            .any(|c| c.trim() == name.split('@').next().unwrap_or(name)),
        _ => true,
    }
}

#[test]
fn generated_python_is_mypy_strict_and_ruff_clean() {
    let Some(python) = common::python_or_skip("Python check") else {
        return;
    };
    let scratch = tempfile::tempdir().unwrap();
    let work: PathBuf = std::env::var_os("BINDERY_PYTHON_KEEP")
        .map(PathBuf::from)
        .unwrap_or_else(|| scratch.path().to_path_buf());
    let (mut checked, mut refused) = (0, 0);
    let mut failures = Vec::new();
    let mut dirs = Vec::new();
    for generation in common::generations().iter().filter(|g| selected(&g.name)) {
        let files = match generation.bindings_and_stubs(&bindery_python::PythonBackend) {
            Ok(files) => files,
            Err(err) if common::is_capability_refusal(&err) => {
                refused += 1;
                continue;
            }
            Err(err) => {
                failures.push(format!("{}: generation failed: {err}", generation.name));
                continue;
            }
        };
        let dir = work.join(&generation.name);
        let _ = fs::remove_dir_all(&dir);
        common::write(&files, &dir);
        // The package and the starter code's top-level modules (`app.py`,
        // one per exported interface with resources).
        let mut targets = vec!["wit_world"];
        targets.extend(
            files
                .iter()
                .map(|(path, _)| path)
                .filter(|p| !p.contains('/')),
        );
        let output = python.mypy(&dir, &work, &targets);
        if output.status.success() {
            checked += 1;
        } else {
            failures.push(format!(
                "{}: mypy --strict:\n{}",
                generation.name,
                common::output_text(&output).trim_end()
            ));
        }
        dirs.push(generation.name.clone());
    }
    // One ruff run over every package.
    let names: Vec<&str> = dirs.iter().map(String::as_str).collect();
    if !names.is_empty() {
        let output = python.ruff(&work, &names);
        if !output.status.success() {
            failures.push(format!(
                "ruff check:\n{}",
                common::output_text(&output).trim_end()
            ));
        }
    }
    common::say(&format!(
        "python check: {checked} corpus generations (bindings and starter code) mypy --strict clean, ruff checked {}, {refused} refused by capabilities, {} failed\n",
        names.len(),
        failures.len()
    ));
    assert!(
        checked > 0 || !failures.is_empty(),
        "no generation was checked"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The bindings of `tests/codegen/records.wit` (an interface imported and
/// exported) with `app.py` beside them, checked by `mypy --strict`.
/// Each guest is checked in a fresh directory with a fresh mypy cache:
/// mypy trusts a cached module whose file has the same size and the same
/// whole-second mtime, so rewriting `app.py` in place with an edit of equal
/// length (`x.age` → `x.years` after `x` → `x.x`) reused the last verdict.
fn check_guest(python: &Python, app: &str) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let generation = common::generations()
        .into_iter()
        .find(|g| g.name == "records")
        .expect("the corpus has records.wit");
    common::write(&generation.generate().expect("records generates"), dir);
    fs::write(dir.join("app.py"), app).unwrap();
    let output = python.mypy(dir, dir, &["app.py"]);
    (output.status.success(), common::output_text(&output))
}

const GOOD_GUEST: &str = r#"from typing import final

from wit_world import exports
from wit_world.imports import shapes


@final
class Shapes(exports.Shapes):
    def take_one(self, x: shapes.One) -> shapes.One:
        return shapes.take_one(x)

    def take_padded(self, x: shapes.Padded) -> shapes.Padded:
        return x

    def take_person(self, x: shapes.Person) -> shapes.Person:
        return shapes.Person(x.name, x.age + 1, None, [*x.tags, "seen"])

    def take_nested(self, x: shapes.Nested) -> shapes.Nested:
        return x
"#;

#[test]
fn guests_are_checked_against_the_bindings() {
    let Some(python) = common::python_or_skip("Python guest check") else {
        return;
    };
    let (ok, output) = check_guest(&python, GOOD_GUEST);
    assert!(ok, "a correct guest must pass mypy --strict:\n{output}");

    let wrong_signature = GOOD_GUEST.replace(
        "def take_padded(self, x: shapes.Padded) -> shapes.Padded:",
        "def take_padded(self, x: shapes.Padded) -> int:",
    );
    let missing_method = GOOD_GUEST.replace(
        "    def take_nested(self, x: shapes.Nested) -> shapes.Nested:\n        return x\n",
        "",
    );
    let wrong_call = GOOD_GUEST.replace("shapes.take_one(x)", "shapes.take_one(x.x)");
    let wrong_field = GOOD_GUEST.replace("x.age + 1", "x.years + 1");
    let cases = [
        ("wrong signature", wrong_signature, "[override]"),
        (
            "missing export method",
            missing_method,
            "has abstract attributes",
        ),
        (
            "wrong argument to an import",
            wrong_call,
            "incompatible type",
        ),
        (
            "unknown record field",
            wrong_field,
            "has no attribute \"years\"",
        ),
    ];
    for (what, app, expected) in cases {
        assert_ne!(app, GOOD_GUEST, "{what}: the test did not change the guest");
        let (ok, output) = check_guest(&python, &app);
        assert!(!ok, "{what}: mypy --strict accepted the guest");
        assert!(
            output.contains(expected),
            "{what}: mypy failed, but not with `{expected}`:\n{output}"
        );
    }
}
