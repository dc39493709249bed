//! Every file the Rust backend writes for every corpus generation, with its
//! starter code (`lib.rs`), in `snapshots/rust/<case>__<file>.snap`; for cases the backend must refuse
//! (`// bindery expect-error: rust`), the error message in
//! `snapshots/rust/<case>.error.snap`.

mod common;

use bindery::Language;
use common::{GenerationExt, Snapshots};

#[test]
fn rust_snapshots_of_corpus() {
    let snapshots = Snapshots::new("rust");
    let generations = common::generations();
    let mut failures = common::run_each(
        &generations,
        |g| format!("{} ({})", g.case.relative, g.name),
        |generation| {
            let command = generation.command("rust");
            let result = generation.generator(Language::Rust).stubs(true).generate();
            snapshots.bind(&generation.case.path, &command, || {
                match (result, generation.expects_error(Language::Rust)) {
                    (Ok(generated), false) => {
                        assert!(!generated.files.is_empty(), "no files generated");
                        for (path, bytes) in generated.files.iter().chain(generated.stubs.iter()) {
                            let name = format!("{}__{path}", generation.name);
                            snapshots.assert(&name, &common::text(path, bytes));
                        }
                    }
                    (Err(err), true) => {
                        assert_eq!(err.exit_code(), 1, "a refused feature is bad input");
                        let name = format!("{}.error", generation.name);
                        snapshots.assert(&name, &err.to_string());
                    }
                    (Ok(generated), true) => panic!(
                        "expected the Rust backend to refuse this case, but it wrote {:?}",
                        generated.files.iter().map(|(p, _)| p).collect::<Vec<_>>()
                    ),
                    (Err(err), false) => panic!("generation failed: {err}"),
                }
            });
        },
    );
    if failures.is_empty() {
        failures = snapshots.unreferenced();
    }
    common::finish("Rust snapshots", &failures);
}
