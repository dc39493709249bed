//! Every file the JavaScript backend writes for every corpus generation,
//! with its starter code (`guest.ts`), in
//! `snapshots/js/<case>__<path with / as __>.snap`; for generations the
//! backend refuses (async, futures, streams, error-context, fixed-length
//! lists, accessors), the error in `snapshots/js/<case>.error.snap`, which
//! must name the WIT item. Each generation also runs twice: the bytes must
//! be the same.

mod common;

use common::{GenerationExt, Snapshots};

fn assert_snapshot(snapshots: &Snapshots, name: &str, contents: &str) {
    snapshots.record(name);
    insta::assert_snapshot!(name, contents);
    snapshots.check_pending(name);
}

#[test]
fn js_snapshots_of_corpus() {
    let snapshots = Snapshots::new("js");
    let generations = common::generations();
    let mut failures = common::run_each(
        &generations,
        |g| g.name.clone(),
        |generation| {
            snapshots.bind(
                &generation.case.path,
                &generation.command("js"),
                || match generation.generate() {
                    Ok(files) => {
                        assert!(
                            !generation.expect_error(),
                            "the entry says JavaScript must refuse it (expect-error), but it generated"
                        );
                        assert!(!files.is_empty(), "no files generated");
                        let again = generation.generate().expect("the second run generates");
                        assert!(
                            files.iter().eq(again.iter()),
                            "two runs gave different files"
                        );
                        let with_stubs = generation
                            .bindings_and_stubs(&bindery_js::JsBackend)
                            .expect("starter code");
                        for (path, bytes) in with_stubs.iter() {
                            let name = format!("{}__{}", generation.name, path.replace('/', "__"));
                            let text = String::from_utf8(bytes.to_vec()).expect("UTF-8");
                            // Starter code (guest.ts) is the user's: no marker.
                            assert_eq!(
                                text.starts_with(bindery_js::MARKER),
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
                        assert_eq!(err.exit_code(), 1, "a refused feature is bad input");
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
    common::finish("JavaScript snapshots", &failures);
}
