//! Every corpus generation, written out with its starter code (`--stubs`),
//! passes the Go compile check of `bindery_corpus::compile::go`: `gofmt
//! -l` lists nothing, `go vet` is clean for GOOS=wasip1 GOARCH=wasm, every
//! package compiles (`go build ./...`), and the module builds as a wasip1
//! reactor (`go build -buildmode=c-shared`: the generated `package main`
//! imports every export package, which import the interface packages),
//! which bindery's componentize then makes a component (world embedded,
//! reactor adapter), checking its imports and exports against the world.
//!
//! Under `CI=true` a missing Go toolchain fails; otherwise the test is
//! skipped loudly. `BINDERY_GO_CASES=records,maps` checks only those
//! entries; `BINDERY_GO_KEEP=DIR` keeps the modules in DIR.

mod common;

use std::path::PathBuf;

use bindery_corpus::compile::{self, Check, go::GoCheck};

fn selected(name: &str) -> bool {
    match std::env::var("BINDERY_GO_CASES") {
        Ok(list) if !list.trim().is_empty() => list
            .split(',')
            .any(|c| c.trim() == name.split('@').next().unwrap_or(name)),
        _ => true,
    }
}

#[test]
fn generated_go_is_gofmt_and_vet_clean_and_builds() {
    if !compile::available(&GoCheck, "the Go compile check of the corpus") {
        return;
    }
    let scratch = tempfile::tempdir().unwrap();
    let work: PathBuf = std::env::var_os("BINDERY_GO_KEEP")
        .map(PathBuf::from)
        .unwrap_or_else(|| scratch.path().to_path_buf());
    let mut refused = 0;
    let mut failures = Vec::new();
    let mut units = Vec::new();
    for generation in common::generations().iter().filter(|g| selected(&g.name)) {
        match generation.compile_unit(&bindery_go::GoBackend) {
            Ok(unit) => units.push(unit),
            Err(err) if common::is_capability_refusal(&err) => refused += 1,
            Err(err) => failures.push(format!("{}: generation failed: {err}", generation.name)),
        }
    }
    let compiled = GoCheck.run(&units, &work);
    compile::say(&format!(
        "go compile check: {} of {} corpus generations passed {}, {refused} refused by capabilities\n",
        units.len() - compiled.len(),
        units.len(),
        GoCheck.describe(),
    ));
    failures.extend(compiled.iter().map(ToString::to_string));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
