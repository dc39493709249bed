//! Every file the C backend writes for every corpus generation, in
//! `snapshots/c/<entry>__<file>.snap`; for entries it refuses (async,
//! futures, streams, error-context), the message in
//! `snapshots/c/<entry>.error.snap`.

mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};

use common::Snapshots;

#[test]
fn c_snapshots_of_corpus() {
    let snapshots = Snapshots::new();
    let mut failures = Vec::new();
    for generation in common::generations() {
        let outcome = catch_unwind(AssertUnwindSafe(|| match generation.generate() {
            Ok(files) => {
                assert!(
                    !generation.expect_error,
                    "expected the C backend to refuse this"
                );
                for (path, bytes) in files.iter() {
                    let text = std::str::from_utf8(bytes).expect("C bindings are UTF-8");
                    snapshots.assert(&generation, &format!("{}__{path}", generation.name), text);
                }
            }
            Err(err) if generation.expect_error || common::is_refusal(&err) => {
                let name = format!("{}.error", generation.name);
                snapshots.assert(&generation, &name, &err.to_string());
            }
            Err(err) => panic!("generation failed: {err}"),
        }));
        if let Err(payload) = outcome {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            let first = message.lines().next().unwrap_or_default().to_string();
            failures.push(format!(
                "{} ({}): {first}",
                generation.relative, generation.name
            ));
        }
    }
    if failures.is_empty() {
        failures = snapshots.unreferenced();
    }
    assert!(
        failures.is_empty(),
        "C snapshots failed:\n  {}",
        failures.join("\n  ")
    );
}

/// Generating twice gives the same bytes.
#[test]
fn output_is_deterministic() {
    for generation in common::generations() {
        if let Ok(first) = generation.generate() {
            assert_eq!(first, generation.generate().unwrap(), "{}", generation.name);
        }
    }
}
