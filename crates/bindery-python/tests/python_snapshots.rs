//! Every file the Python backend writes for every corpus generation, with
//! its starter code (`app.py` and the modules of exported resources), in
//! `snapshots/python/<case>__<path with / as __>.snap`; for generations the
//! backend refuses (what componentize-py 0.25.1 cannot build: `map`,
//! fixed-length lists, accessors; and async, futures, streams,
//! error-context), the error in `snapshots/python/<case>.error.snap`, which
//! must name the WIT item. A refusal must be announced by the entry
//! (`// bindery expect-error: …, python`), and an announced one must happen.
//! Generating twice gives the same bytes.

mod common;

use common::{GenerationExt, Snapshots};

fn assert_snapshot(snapshots: &Snapshots, name: &str, contents: &str) {
    snapshots.record(name);
    insta::assert_snapshot!(name, contents);
    snapshots.check_pending(name);
}

#[test]
fn python_snapshots_of_corpus() {
    let snapshots = Snapshots::new("python");
    let generations = common::generations();
    let mut failures = common::run_each(
        &generations,
        |g| g.name.clone(),
        |generation| {
            snapshots.bind(
                &generation.case.path,
                &generation.command("python"),
                || match generation.generate() {
                    Ok(files) => {
                        assert!(
                            !generation.expect_error(),
                            "the entry says Python must refuse it (expect-error), but it generated"
                        );
                        let again = generation.generate().expect("generates again");
                        assert!(files == again, "two generations differ");
                        let with_stubs = generation
                            .bindings_and_stubs(&bindery_python::PythonBackend)
                            .expect("starter code");
                        for (path, bytes) in with_stubs.iter() {
                            let name = format!("{}__{}", generation.name, path.replace('/', "__"));
                            let text = String::from_utf8(bytes.to_vec()).expect("UTF-8");
                            // Starter code (`app.py`, …) is the user's: no marker.
                            assert_eq!(
                                text.starts_with(bindery_python::MARKER),
                                files.get(path).is_some(),
                                "{path}: the generated-file marker belongs on bindings only"
                            );
                            assert_snapshot(&snapshots, &name, &text);
                        }
                    }
                    Err(err) => {
                        assert!(
                            common::is_capability_refusal(&err),
                            "generation failed: {err}"
                        );
                        assert!(
                            generation.expect_error(),
                            "refused, but the entry does not say Python must refuse it: {err}"
                        );
                        let name = format!("{}.error", generation.name);
                        assert_snapshot(&snapshots, &name, &err.to_string());
                    }
                },
            )
        },
    );
    if failures.is_empty() {
        failures = snapshots.unreferenced();
    }
    common::finish("Python snapshots", &failures);
}
