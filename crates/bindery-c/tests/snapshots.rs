//! Every file the C backend writes for every corpus generation, with its
//! starter code (`<world>_impl.c`), in
//! `snapshots/c/<entry>__<file>.snap`; for entries it refuses (async,
//! futures, streams, error-context), the message in
//! `snapshots/c/<entry>.error.snap`.

mod common;

use common::{GenerationExt, Snapshots};

#[test]
fn c_snapshots_of_corpus() {
    let snapshots = Snapshots::new();
    let generations = common::generations();
    let mut failures = common::run_each(
        &generations,
        |g| format!("{} ({})", g.case.relative, g.name),
        |generation| match generation.bindings_and_stubs(&bindery_c::CBackend::default()) {
            Ok(files) => {
                assert!(
                    !generation.expect_error(),
                    "expected the C backend to refuse this"
                );
                for (path, bytes) in files.iter() {
                    let text = std::str::from_utf8(bytes).expect("C bindings are UTF-8");
                    snapshots.assert(generation, &format!("{}__{path}", generation.name), text);
                }
            }
            Err(err) if generation.expect_error() || common::is_refusal(&err) => {
                let name = format!("{}.error", generation.name);
                snapshots.assert(generation, &name, &err.to_string());
            }
            Err(err) => panic!("generation failed: {err}"),
        },
    );
    if failures.is_empty() {
        failures = snapshots.unreferenced();
    }
    common::finish("C snapshots", &failures);
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
