//! Every file the Go backend writes for every corpus generation, in
//! `snapshots/go/<case>__<path with / as __>.snap`; for generations the
//! backend refuses (async, futures, streams, error-context), the error in
//! `snapshots/go/<case>.error.snap`, which must name the WIT item.
//!
//! cargo-insta does not look outside packages for snapshots, so a changed
//! snapshot also fails here when it leaves a `.snap.new` behind, and
//! snapshot files no generation produced any more are reported.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::panic::{self, AssertUnwindSafe};

fn snapshot_dir() -> std::path::PathBuf {
    common::repo_root().join("snapshots/go")
}

fn assert_snapshot(name: &str, contents: &str, asserted: &mut BTreeSet<String>) {
    asserted.insert(name.to_string());
    insta::assert_snapshot!(name, contents);
    let pending = snapshot_dir().join(format!("{name}.snap.new"));
    assert!(
        !pending.exists(),
        "snapshot `{name}` changed: review {} (see snapshots/README.md)",
        pending.display()
    );
}

#[test]
fn go_snapshots_of_corpus() {
    let mut asserted = BTreeSet::new();
    let mut failures = Vec::new();
    for generation in common::generations() {
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(snapshot_dir());
        settings.set_prepend_module_to_snapshot(false);
        settings.set_input_file(&generation.path);
        settings.set_description(generation.command());
        settings.set_omit_expression(true);
        let result = panic::catch_unwind(AssertUnwindSafe(|| {
            settings.bind(|| match generation.generate() {
                Ok(files) => {
                    assert!(
                        !generation.expect_error,
                        "the entry says Go must refuse it (expect-error), but it generated"
                    );
                    assert!(!files.is_empty(), "no files generated");
                    for (path, bytes) in files.iter() {
                        let name = format!("{}__{}", generation.name, path.replace('/', "__"));
                        let text = String::from_utf8(bytes.to_vec()).expect("UTF-8");
                        assert_snapshot(&name, &text, &mut asserted);
                    }
                }
                Err(err) => {
                    assert!(
                        common::is_capability_refusal(&err),
                        "generation failed: {err}"
                    );
                    assert_eq!(err.exit_code(), 1, "a refused feature is bad input");
                    let name = format!("{}.error", generation.name);
                    assert_snapshot(&name, &err.to_string(), &mut asserted);
                }
            })
        }));
        if let Err(payload) = result {
            let message = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)");
            failures.push(format!(
                "{}: {}",
                generation.name,
                message.lines().next().unwrap_or_default()
            ));
        }
    }
    if failures.is_empty() {
        let mut stale: Vec<String> = fs::read_dir(snapshot_dir())
            .map(|entries| {
                entries
                    .filter_map(|e| {
                        let name = e.ok()?.file_name().to_string_lossy().into_owned();
                        let stem = name.strip_suffix(".snap")?.to_string();
                        (!asserted.contains(&stem)).then_some(stem)
                    })
                    .collect()
            })
            .unwrap_or_default();
        stale.sort();
        failures.extend(
            stale
                .into_iter()
                .map(|s| format!("snapshots/go/{s}.snap: no generation produces it (delete it)")),
        );
    }
    assert!(
        failures.is_empty(),
        "{} Go snapshots failed:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}
