//! A defect of componentize-py 0.25.1, shown without bindery: the object of
//! an exported resource is never released, not even when the host drops
//! the last handle: the component's `test:leak/run#[dtor]gadget` only calls
//! the runtime's `wit_dylib_resource_dtor(type, rep)`, which bounds-checks
//! the type index and returns, so the rep (a strong reference to the
//! object) is never released. The guest here is written for
//! componentize-py alone (no bindings), and counts its live objects in
//! `__init__` and `__del__`.
//!
//! The round-trip case `resources` lists the failures this causes for
//! Python (`[[expected-failure]]` entries in its case.toml). When this test fails because
//! the count drops to 0, componentize-py is fixed: remove that entry and
//! this test.
//!
//! Under `CI=true` missing tools fail; otherwise the test is skipped loudly.

use std::fs;
use std::path::Path;

use bindery_roundtrip::Harness;
use bindery_roundtrip::case::Case;
use bindery_roundtrip::guest::{PythonApp, PythonTools};

const WORLD: &str = r#"package test:leak;

interface run {
    resource gadget {
        constructor(label: string);
    }
    live: func() -> u32;
}

world leak {
    export run;
}
"#;

const CASE: &str = r#"about = "an exported resource's object outlives the last handle"
export = "test:leak/run"

[[steps]]
call = '[constructor]gadget("a")'
expect = "g1"

[[steps]]
call = "live()"
expect = "1"

[[steps]]
drop = "g1"

[[steps]]
call = "live()"
expect = "0"
"#;

/// The resources of the exported interface `run`: a top-level module
/// `run`, as componentize-py looks for them.
const RESOURCES: &str = r#"class Gadget:
    live = 0

    def __init__(self, label: str) -> None:
        Gadget.live += 1

    def __del__(self) -> None:
        Gadget.live -= 1
"#;

const APP: &str = r#"import gc

import run


class Run:
    def live(self) -> int:
        gc.collect()
        return run.Gadget.live
"#;

#[test]
fn exported_resource_objects_are_never_released() {
    let tools = match PythonTools::find() {
        Ok(tools) => tools,
        Err(missing) => {
            let ci = std::env::var("CI").is_ok_and(|v| v == "true");
            assert!(
                !ci,
                "componentize-py reproducer: Python tools missing under CI=true: {missing}"
            );
            eprintln!(
                "\n!!! SKIPPED componentize-py reproducer: {missing} (under CI=true this fails)\n"
            );
            return;
        }
    };
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("componentize-py-leak");
    let app_dir = work.join("app");
    fs::create_dir_all(&app_dir).unwrap();
    fs::write(work.join("world.wit"), WORLD).unwrap();
    fs::write(work.join("case.toml"), CASE).unwrap();
    fs::write(app_dir.join("app.py"), APP).unwrap();
    fs::write(app_dir.join("run.py"), RESOURCES).unwrap();
    let app = PythonApp {
        wit: &work.join("world.wit"),
        world: None,
        dir: &app_dir,
        app: "app",
        wasi: false,
        mypy_cache: &work.join("mypy_cache"),
    };
    let component = app
        .componentize(&tools)
        .expect("componentize-py builds the guest");
    let case = Case::load(&work).unwrap();
    let outcome = Harness::new(work.join("harness")).unwrap().run_component(
        &case,
        "componentize-py",
        &component,
    );
    let text = outcome.to_string();
    let failures: Vec<String> = outcome.failures.iter().map(|f| f.to_string()).collect();
    assert_eq!(
        failures.len(),
        1,
        "expected exactly the leak (live() still 1 after the drop):\n{text}"
    );
    assert!(
        failures[0].contains("call live()") && failures[0].contains("actual:   1"),
        "the defect looks different now (fixed? then remove the python `expected-failure` entries of tests/roundtrip/resources):\n{text}"
    );
}
