//! Go guests written the way wit-bindgen's (componentize-go's) users write
//! them build unchanged against bindery's output. Each directory under
//! `tests/guests/` is named after a corpus entry (`tests/codegen/<name>.wit`)
//! and holds the guest's Go files, laid out as they sit in the generated
//! module (`export_wit_world/guest.go`, …). The test generates the entry's
//! bindings, puts the guest beside them in place of the starter code and
//! runs the Go compile check of the corpus on it (gofmt, go vet, go build,
//! a wasip1 reactor made a component), with nothing fetched.
//!
//! Under `CI=true` a missing Go toolchain fails; otherwise the test is
//! skipped loudly.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use bindery_corpus::compile::{self, Check, Unit, go::GoCheck};
use bindery_kit::Files;

fn guests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/guests")
}

/// Every file under `dir`, keyed by its path relative to `root`.
fn read_tree(root: &Path, dir: &Path, files: &mut Files) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            read_tree(root, &path, files);
        } else {
            let relative = path.strip_prefix(root).unwrap().to_string_lossy();
            files.insert(relative.replace('\\', "/"), fs::read(&path).unwrap());
        }
    }
}

#[test]
fn wit_bindgen_style_go_guests_build_unchanged() {
    if !compile::available(&GoCheck, "the Go guests written for wit-bindgen") {
        return;
    }
    let mut names: Vec<String> = fs::read_dir(guests_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no guests under tests/guests");
    let generations = common::generations();
    let units: Vec<Unit> = names
        .iter()
        .map(|name| {
            let generation = generations
                .iter()
                .find(|g| &g.name == name)
                .unwrap_or_else(|| panic!("tests/guests/{name} names no corpus entry"));
            let mut unit = generation
                .compile_unit(&bindery_go::GoBackend)
                .unwrap_or_else(|e| panic!("{name}: generation failed: {e}"));
            let mut guest = Files::new();
            let dir = guests_dir().join(name);
            read_tree(&dir, &dir, &mut guest);
            unit.stubs = guest;
            unit.id = compile::unit_id("guest", name);
            unit.label = format!("tests/guests/{name}");
            unit
        })
        .collect();
    let work = tempfile::tempdir().unwrap();
    let failures = GoCheck.run(&units, work.path());
    compile::say(&format!(
        "go guests written for wit-bindgen: {} of {} passed {}\n",
        units.len() - failures.len(),
        units.len(),
        GoCheck.describe(),
    ));
    let messages: Vec<String> = failures.iter().map(ToString::to_string).collect();
    assert!(messages.is_empty(), "{}", messages.join("\n\n"));
}
