//! The path for toolchains that emit wasip1 core modules (C, Go): a
//! hand-made core module that uses WASI preview 1 is made a component with
//! the reactor adapter and run on the `tutorial-adder` case.

use std::path::Path;

use bindery_roundtrip::Harness;
use bindery_roundtrip::case::Case;
use bindery_roundtrip::guest::componentize;

/// `add` prints through `fd_write` (so the adapter is needed) and adds.
const ADDER: &str = r#"
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "add called\n")
  (func (export "docs:adder/add@0.1.0#add") (param $x i32) (param $y i32) (result i32)
    ;; One iovec at 0: the text at 64, 11 bytes; bytes written go to 8.
    (i32.store (i32.const 0) (i32.const 64))
    (i32.store (i32.const 4) (i32.const 11))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (i32.add (local.get $x) (local.get $y)))
)
"#;

#[test]
fn wasip1_core_module_through_the_adapter() {
    let case_dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/roundtrip/tutorial-adder");
    let case = Case::load(&case_dir).unwrap();
    let core = wat::parse_str(ADDER).unwrap();
    let component = componentize(&case_dir, Some("adder"), &core).unwrap();
    let harness =
        Harness::new(Path::new(env!("CARGO_TARGET_TMPDIR")).join("bindery-roundtrip")).unwrap();
    let outcome = harness.run_component(&case, "wasip1-wat", &component);
    eprint!("{outcome}");
    assert!(outcome.passed(), "{outcome}");
    assert!(outcome.checks >= 5, "{outcome}");
    assert!(
        outcome.guest_output.contains("add called"),
        "{outcome}\n{}",
        outcome.guest_output
    );
}
