//! The C bindings of every corpus file compile: `<world>.c` with the
//! starter code `<world>_impl.c` (`--stubs`) as C11 for wasm32-wasi with
//! every warning an error, linked into a reactor module (so every export
//! the bindings call is defined), and `<world>.h` from C++17
//! (`bindery_corpus::compile::c`); the same again with UTF-16 strings
//! (`--string-encoding utf16`); and the guests written by hand as
//! wit-bindgen's users write them (`tests/guests/<name>/guest.c`) compile
//! unchanged against bindery's bindings. Without clang-19 the test is
//! skipped loudly, except under `CI=true`, where that is a failure
//! (`languages/c/install` installs it).

mod common;

use std::path::Path;

use bindery_c::{CBackend, Options, StringEncoding};
use bindery_corpus::compile::{self, Check, Unit, c::CCheck};

#[test]
fn corpus_compiles_as_c11_and_from_cxx17() {
    if !compile::available(&CCheck, "the C compile check of the corpus") {
        return;
    }
    let mut failures = Vec::new();
    let mut units = Vec::new();
    let mut refused = 0;
    let utf16 = CBackend::new(Options {
        string_encoding: StringEncoding::Utf16,
        ..Options::default()
    });
    for generation in common::generations() {
        match generation.compile_unit(&CBackend::default()) {
            Ok(unit) => units.push(unit),
            Err(err) if common::is_refusal(&err) => refused += 1,
            Err(err) => failures.push(format!("{}: {err}", generation.name)),
        }
        match generation.compile_unit(&utf16) {
            Ok(mut unit) => {
                unit.label.push_str(" --string-encoding utf16");
                unit.id.push_str("-utf16");
                units.push(unit);
            }
            Err(err) if common::is_refusal(&err) => refused += 1,
            Err(err) => failures.push(format!("{} (utf16): {err}", generation.name)),
        }
    }
    for name in GUESTS {
        match hand_written_guest(name) {
            Ok(unit) => units.push(unit),
            Err(err) => failures.push(format!("tests/guests/{name}: {err}")),
        }
    }
    let work = tempfile::tempdir().unwrap();
    let compiled = CCheck.run(&units, work.path());
    compile::say(&format!(
        "compiled {} of {} units (corpus generations with UTF-8 and UTF-16 strings, {} hand-written guests) with {} ({refused} refused by capabilities)\n",
        units.len() - compiled.len(),
        units.len(),
        GUESTS.len(),
        CCheck.describe(),
    ));
    failures.extend(compiled.iter().map(ToString::to_string));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Guests written for wit-bindgen's C bindings (`tests/guests/<name>/`:
/// `<name>.wit` and `guest.c`).
const GUESTS: &[&str] = &["maps"];

/// A hand-written guest in place of the starter code, against the bindings
/// of the world beside it.
fn hand_written_guest(name: &str) -> Result<Unit, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/guests")
        .join(name);
    let options = bindery_ir::LoadOptions {
        path: dir.join(format!("{name}.wit")),
        ..Default::default()
    };
    let mut unit = Unit::generate(
        format!("tests/guests/{name} (hand-written guest)"),
        format!("guest-{name}"),
        &CBackend::default(),
        options,
    )
    .map_err(|err| err.to_string())?;
    let guest = std::fs::read(dir.join("guest.c")).map_err(|err| err.to_string())?;
    unit.stubs = bindery_kit::Files::new();
    unit.stubs.insert("guest.c", guest);
    Ok(unit)
}
