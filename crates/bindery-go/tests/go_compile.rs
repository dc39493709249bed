//! Every corpus generation, written out with its starter code (`--stubs`),
//! is `gofmt`-clean (`gofmt -l` lists nothing), `go vet`-clean for
//! GOOS=wasip1 GOARCH=wasm, compiles package by package (`go build ./...`)
//! and builds as a wasip1 reactor (`go build -buildmode=c-shared`): the
//! generated `package main` imports every export package, which import the
//! interface packages. Each module is then made a component (world
//! embedded, reactor adapter), which checks its imports and exports
//! against the world.
//!
//! Under `CI=true` a missing Go toolchain fails; otherwise the test is
//! skipped loudly. `BINDERY_GO_CASES=records,maps` checks only those
//! entries; `BINDERY_GO_KEEP=DIR` keeps the modules in DIR.

mod common;

use std::path::PathBuf;
use std::process::Command;

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
    let Some(go) = common::go_or_skip("Go compile check") else {
        return;
    };
    let scratch = tempfile::tempdir().unwrap();
    let work: PathBuf = std::env::var_os("BINDERY_GO_KEEP")
        .map(PathBuf::from)
        .unwrap_or_else(|| scratch.path().to_path_buf());
    let (mut checked, mut refused) = (0, 0);
    let mut failures = Vec::new();
    for generation in common::generations().iter().filter(|g| selected(&g.name)) {
        let files = match generation.bindings_and_stubs(&bindery_go::GoBackend) {
            Ok(files) => files,
            Err(err) if common::is_capability_refusal(&err) => {
                refused += 1;
                continue;
            }
            Err(err) => {
                failures.push(format!("{}: generation failed: {err}", generation.name));
                continue;
            }
        };
        let dir = work.join(&generation.name);
        let _ = std::fs::remove_dir_all(&dir);
        common::write(&files, &dir);
        let checks = [
            (
                "gofmt -l",
                Command::new(&go.gofmt).arg("-l").arg(&dir).output(),
            ),
            ("go vet", go.command(&dir, &["vet", "./..."]).output()),
            // Every package, used by package main or not: wasmimport and
            // wasmexport signatures are only checked when compiling.
            (
                "go build ./...",
                go.command(&dir, &["build", "./..."]).output(),
            ),
            (
                "go build",
                go.command(
                    &dir,
                    &["build", "-buildmode=c-shared", "-o", "core.wasm", "."],
                )
                .output(),
            ),
        ];
        let mut ok = true;
        for (what, output) in checks {
            let output = output.expect("the Go toolchain runs");
            let text = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            // gofmt -l succeeds but lists the files it would change.
            if !output.status.success() || (what == "gofmt -l" && !text.trim().is_empty()) {
                failures.push(format!("{}: {what}:\n{}", generation.name, text.trim_end()));
                ok = false;
                break;
            }
        }
        if ok {
            let core = std::fs::read(dir.join("core.wasm")).expect("go build wrote core.wasm");
            match common::componentize(&core, generation) {
                Ok(_) => checked += 1,
                Err(err) => failures.push(format!("{}: componentize:\n{err}", generation.name)),
            }
        }
    }
    common::say(&format!(
        "go compile check: {checked} corpus generations gofmt/vet/build/componentize clean, {refused} refused by capabilities, {} failed\n",
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
