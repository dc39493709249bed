//! Every file the C# backend writes for every corpus generation, in
//! `snapshots/csharp/<entry>__<file>.snap`, and the export stubs in
//! `snapshots/csharp/<entry>__stubs__<file>.snap`; for entries it refuses
//! (async, futures, streams, error-context), the message in
//! `snapshots/csharp/<entry>.error.snap`, which must name the WIT item.
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
fn csharp_snapshots_of_corpus() {
    let snapshots = Snapshots::new("csharp");
    let generations = common::generations();
    let mut failures = common::run_each(
        &generations,
        |g| format!("{} ({})", g.case.relative, g.name),
        |generation| {
            snapshots.bind(
                &generation.case.path,
                &generation.command("csharp"),
                || match generation.generate() {
                    Ok(files) => {
                        assert!(
                            !generation.expect_error(),
                            "the entry says C# must refuse it (expect-error), but it generated"
                        );
                        let stubs = generation.stubs().expect("stubs");
                        let all = files
                            .iter()
                            .map(|(p, b)| (p.to_string(), b))
                            .chain(stubs.iter().map(|(p, b)| (format!("stubs__{p}"), b)));
                        for (path, bytes) in all {
                            let name = format!("{}__{path}", generation.name);
                            let text = std::str::from_utf8(bytes).expect("C# bindings are UTF-8");
                            assert_snapshot(&snapshots, &name, text);
                        }
                    }
                    Err(err) => {
                        assert!(common::is_refusal(&err), "generation failed: {err}");
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
    common::finish("C# snapshots", &failures);
}

/// Generating twice gives the same bytes.
#[test]
fn output_is_deterministic() {
    for generation in common::generations() {
        if let Ok(first) = generation.generate() {
            assert_eq!(first, generation.generate().unwrap(), "{}", generation.name);
            assert_eq!(
                generation.stubs().unwrap(),
                generation.stubs().unwrap(),
                "{}",
                generation.name
            );
        }
    }
}
