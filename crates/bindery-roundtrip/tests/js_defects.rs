//! The engine defects under `languages/js/defects/` are still there: each
//! hand-written JavaScript guest (no bindery involved) is built with the
//! engines its `defect.toml` names and run in wasmtime, and its case, whose
//! `expect`s are what a correct engine returns, must fail. When an engine
//! is fixed this test fails, and the expected failures that name the
//! reproducer can go.
//!
//! Under `CI=true` missing tools fail; otherwise the test is skipped loudly.

use std::io::Write;
use std::path::Path;

use bindery_roundtrip::Harness;
use bindery_roundtrip::case::Case;
use bindery_roundtrip::guest::{JsEngine, componentize_js, js_tools_bin};
use serde::Deserialize;

#[derive(Deserialize)]
struct Defect {
    engines: Vec<String>,
}

fn say(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}

#[test]
fn engine_defects_are_still_there() {
    if !js_tools_bin().join("componentize-qjs").is_file() {
        let message =
            "js defects: the JavaScript tools are not installed (run languages/js/install)";
        assert!(
            !std::env::var("CI").is_ok_and(|v| v == "true"),
            "{message}; under CI=true this fails"
        );
        say(&format!("\n!!!!!!!!\n!!! SKIPPED {message}\n!!!!!!!!\n\n"));
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../languages/js/defects");
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bindery-roundtrip");
    let harness = Harness::new(&work).expect("wasmtime engine");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    // A reproducer without the engines it shows on would never run.
    for dir in &dirs {
        assert!(
            dir.join("defect.toml").is_file(),
            "{}: no defect.toml naming the engines",
            dir.display()
        );
    }
    assert!(!dirs.is_empty(), "no reproducers in {}", root.display());
    let mut problems = Vec::new();
    let mut shown = 0;
    for dir in &dirs {
        let defect: Defect =
            toml::from_str(&std::fs::read_to_string(dir.join("defect.toml")).unwrap()).unwrap();
        let case = Case::load(dir).unwrap();
        for engine_name in &defect.engines {
            let engine = match engine_name.as_str() {
                "js-componentize" => JsEngine::ComponentizeJs,
                "js-qjs" => JsEngine::Qjs,
                other => panic!("{}: unknown engine `{other}`", dir.display()),
            };
            let built = componentize_js(
                engine,
                dir,
                case.spec.world.as_deref(),
                &dir.join("guest.js"),
                &work.join("shared/defects"),
            );
            let outcome = match built {
                Ok(bytes) => harness.run_component(&case, "defect", &bytes),
                Err(e) => {
                    // A build failure shows the defect too (an engine that
                    // cannot build the world), unless it is the harness's.
                    say(&format!(
                        "defect {} on {engine_name}: build fails: {e:#}\n",
                        case.name
                    ));
                    shown += 1;
                    continue;
                }
            };
            if outcome.failures.is_empty() {
                problems.push(format!(
                    "{} no longer fails on {engine_name}: the engine is fixed; remove the reproducer and the expected failures naming it",
                    case.name
                ));
            } else {
                shown += 1;
                say(&format!(
                    "defect {} on {engine_name}: {} of {} checks fail, as reproduced\n",
                    case.name,
                    outcome.failures.len(),
                    outcome.checks
                ));
            }
        }
    }
    say(&format!(
        "js defects: {shown} reproduced, {} no longer\n",
        problems.len()
    ));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
