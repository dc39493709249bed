//! The C bindings of every corpus file compile: `<world>.c` with the
//! starter code `<world>_impl.c` (`--stubs`) as C11 for wasm32-wasi with
//! every warning an error, linked into a reactor module (so every export
//! the bindings call is defined), and `<world>.h` from C++17
//! (`bindery_corpus::compile::c`). Without clang-19 the test is skipped
//! loudly, except under `CI=true`, where that is a failure
//! (`languages/c/install` installs it).

mod common;

use bindery_corpus::compile::{self, Check, c::CCheck};

#[test]
fn corpus_compiles_as_c11_and_from_cxx17() {
    if !compile::available(&CCheck, "the C compile check of the corpus") {
        return;
    }
    let mut failures = Vec::new();
    let mut units = Vec::new();
    let mut refused = 0;
    for generation in common::generations() {
        match generation.compile_unit(&bindery_c::CBackend) {
            Ok(unit) => units.push(unit),
            Err(err) if common::is_refusal(&err) => refused += 1,
            Err(err) => failures.push(format!("{}: {err}", generation.name)),
        }
    }
    let work = tempfile::tempdir().unwrap();
    let compiled = CCheck.run(&units, work.path());
    compile::say(&format!(
        "compiled {} of {} corpus generations with {} ({refused} refused by capabilities)\n",
        units.len() - compiled.len(),
        units.len(),
        CCheck.describe(),
    ));
    failures.extend(compiled.iter().map(ToString::to_string));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
