//! The IR of every corpus generation, as `bindery ir` prints it, in
//! `snapshots/ir/<case>.snap` (`<case>@<variant>.snap` for variants).
//!
//! The component-type bytes are elided (only their length is kept): they are
//! wit-component's binary encoding, including its version in a producers
//! section, so they change with every wasm-tools release and a reviewer
//! cannot read hex anyway. Their content is checked where it matters: the
//! Rust snapshots embed them, and the compile checks and round trips use them.

mod common;

use bindery::Language;
use common::{Generation, GenerationExt, Snapshots};

/// The IR as the CLI prints it, with the component-type bytes elided.
fn ir_json(generation: &Generation) -> String {
    let mut ir = generation
        .generator(Language::Rust)
        .ir()
        .unwrap_or_else(|err| panic!("{}: the front end failed:\n{err}", generation.name));
    let length = ir.component_type.bytes.len();
    assert!(length > 0, "{}: empty component type", generation.name);
    ir.component_type.bytes.clear();
    let json = serde_json::to_string_pretty(&ir).expect("the IR serialises");
    let placeholder = format!("\"bytes\": \"<{length} bytes elided>\"");
    let elided = json.replacen("\"bytes\": \"\"", &placeholder, 1);
    assert_ne!(elided, json, "the component-type bytes were not found");
    elided
}

#[test]
fn ir_snapshots_of_corpus() {
    let snapshots = Snapshots::new("ir");
    let generations = common::generations();
    let mut failures = common::run_each(
        &generations,
        |g| format!("{} ({})", g.case.relative, g.name),
        |generation| {
            let json = ir_json(generation);
            let command = generation.command("ir");
            snapshots.bind(&generation.case.path, &command, || {
                snapshots.assert(&generation.name, &json);
            });
        },
    );
    if failures.is_empty() {
        failures = snapshots.unreferenced();
    }
    common::finish("IR snapshots", &failures);
}
