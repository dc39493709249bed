//! Every case in `tests/roundtrip/` for every language whose toolchain is
//! installed. Under `CI=true` a missing toolchain fails; otherwise it is
//! skipped with a loud message.
//!
//! `BINDERY_ROUNDTRIP_CASES=scalars,strings` runs only those cases.

use std::io::Write;
use std::path::{Path, PathBuf};

use bindery::Language;
use bindery_roundtrip::Harness;
use bindery_roundtrip::case::Case;
use bindery_roundtrip::guest;

fn cases_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/roundtrip")
}

fn work_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("bindery-roundtrip")
}

/// Printed straight to stderr: libtest's capture would hide it on success.
fn say(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}

fn selected(case: &Case) -> bool {
    match std::env::var("BINDERY_ROUNDTRIP_CASES") {
        Ok(list) if !list.trim().is_empty() => list.split(',').any(|c| c.trim() == case.name),
        _ => true,
    }
}

fn roundtrip(language: Language) {
    let toolchain = guest::toolchain(language);
    if let Err(missing) = toolchain.check() {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        let message = format!(
            "roundtrip {}: toolchain missing: {missing}",
            language.name()
        );
        if ci {
            panic!("{message} (CI=true: a missing toolchain is a failure)");
        }
        say(&format!(
            "\n!!!!!!!!\n!!! SKIPPED {message}\n!!! (under CI=true this fails)\n!!!!!!!!\n\n"
        ));
        return;
    }
    say(&format!(
        "roundtrip {}: building and running every case\n",
        language.name()
    ));
    let harness = Harness::new(work_dir()).expect("wasmtime engine");
    let cases = Case::discover(&cases_root()).expect("cases");
    let (mut passed, mut failed) = (0, 0);
    for case in cases.iter().filter(|c| selected(c)) {
        let outcome = harness.run_case(case, toolchain.as_ref());
        say(&outcome.to_string());
        if outcome.passed() {
            passed += 1;
        } else {
            failed += 1;
        }
    }
    // The plain closing line CI reads, alone on its line.
    let summary = format!("roundtrip: {passed} passed, {failed} failed\n");
    say(&format!("roundtrip {} done\n{summary}", language.name()));
    assert_eq!(failed, 0, "{summary}");
}

#[test]
fn rust() {
    roundtrip(Language::Rust);
}
