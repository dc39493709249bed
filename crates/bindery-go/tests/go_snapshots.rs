//! Every file the Go backend writes for every corpus generation, with its
//! starter code (`export_…/wit_stubs.go`), in
//! `snapshots/go/<case>__<path with / as __>.snap`; for generations the
//! backend refuses (async, futures, streams, error-context), the error in
//! `snapshots/go/<case>.error.snap`, which must name the WIT item.
//!
//! cargo-insta does not look outside packages for snapshots, so a changed
//! snapshot also fails here when it leaves a `.snap.new` behind, and
//! snapshot files no generation produced any more are reported.

mod common;

use common::{GenerationExt, Snapshots};

fn assert_snapshot(snapshots: &Snapshots, name: &str, contents: &str) {
    snapshots.record(name);
    insta::assert_snapshot!(name, contents);
    snapshots.check_pending(name);
}

#[test]
fn go_snapshots_of_corpus() {
    let snapshots = Snapshots::new("go");
    let generations = common::generations();
    let mut failures = common::run_each(
        &generations,
        |g| g.name.clone(),
        |generation| {
            snapshots.bind(
                &generation.case.path,
                &generation.command("go"),
                || match generation.bindings_and_stubs(&bindery_go::GoBackend) {
                    Ok(files) => {
                        assert!(
                            !generation.expect_error(),
                            "the entry says Go must refuse it (expect-error), but it generated"
                        );
                        assert!(!files.is_empty(), "no files generated");
                        for (path, bytes) in files.iter() {
                            let name = format!("{}__{}", generation.name, path.replace('/', "__"));
                            let text = String::from_utf8(bytes.to_vec()).expect("UTF-8");
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
    common::finish("Go snapshots", &failures);
}
