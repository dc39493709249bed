//! The componentize-py defects under `languages/python/defects/` are still
//! there: each hand-written Python guest (`app/`, written for
//! componentize-py alone: no bindery bindings) is built with componentize-py
//! and run in wasmtime, and its case, whose `expect`s are what a correct
//! toolchain returns, must fail exactly the checks its `defect.toml` lists.
//! When componentize-py is fixed this test fails, and the expected failures
//! that name the reproducer can go.
//!
//! Under `CI=true` missing tools fail; otherwise the test is skipped loudly.

use std::fs;
use std::io::Write;
use std::path::Path;

use bindery_roundtrip::Harness;
use bindery_roundtrip::case::Case;
use bindery_roundtrip::guest::{PythonApp, PythonTools, mirror};
use serde::Deserialize;

#[derive(Deserialize)]
struct Defect {
    /// The start of each check that fails (`call live()`).
    failures: Vec<String>,
}

fn say(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}

#[test]
fn componentize_py_defects_are_still_there() {
    let tools = match PythonTools::find() {
        Ok(tools) => tools,
        Err(missing) => {
            let ci = std::env::var("CI").is_ok_and(|v| v == "true");
            assert!(
                !ci,
                "python defects: Python tools missing under CI=true: {missing}"
            );
            say(&format!(
                "\n!!!!!!!!\n!!! SKIPPED python defects: {missing} (under CI=true this fails)\n!!!!!!!!\n\n"
            ));
            return;
        }
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../languages/python/defects");
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("python-defects");
    let harness = Harness::new(work.join("harness")).expect("wasmtime engine");
    let mut dirs: Vec<_> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no reproducers in {}", root.display());
    let mut problems = Vec::new();
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let defect: Defect = toml::from_str(
            &fs::read_to_string(dir.join("defect.toml"))
                .unwrap_or_else(|e| panic!("{name}: no defect.toml naming its failures: {e}")),
        )
        .unwrap_or_else(|e| panic!("{name}/defect.toml: {e}"));
        assert!(
            !defect.failures.is_empty(),
            "{name}: defect.toml lists no failures"
        );
        // componentize-py writes its component beside the app: build a copy.
        let app_dir = work.join(&name);
        mirror(&dir.join("app"), &app_dir).unwrap();
        let app = PythonApp {
            wit: &dir.join("world.wit"),
            world: None,
            dir: &app_dir,
            app: "app",
            wasi: false,
            mypy_cache: &work.join("mypy_cache"),
        };
        let component = app
            .componentize(&tools)
            .unwrap_or_else(|e| panic!("{name}: componentize-py does not build it: {e:#}"));
        let case = Case::load(dir).unwrap();
        let outcome = harness.run_component(&case, "componentize-py", &component);
        let text = outcome.to_string();
        say(&format!("python defect {name}:\n{text}\n"));
        let failures: Vec<String> = outcome.failures.iter().map(|f| f.to_string()).collect();
        let unexplained: Vec<&String> = failures
            .iter()
            .filter(|f| {
                !defect
                    .failures
                    .iter()
                    .any(|check| f.starts_with(check.as_str()))
            })
            .collect();
        let gone: Vec<&String> = defect
            .failures
            .iter()
            .filter(|check| !failures.iter().any(|f| f.starts_with(check.as_str())))
            .collect();
        if !unexplained.is_empty() || !gone.is_empty() {
            problems.push(format!(
                "{name}: failures not in defect.toml: {unexplained:?}; listed but no longer failing (fixed? then remove the reproducer and the python expected failures naming it): {gone:?}\n{text}"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
