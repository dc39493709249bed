//! The bundled example (`examples/hello-rust`) builds as README.md says:
//! its `build.rs` generates the bindings with the library API, the crate
//! includes them with `include!`, and `cargo build --target wasm32-wasip2`
//! produces a component that exports the world's interface.

use std::path::{Path, PathBuf};
use std::process::Command;

#[test]
fn hello_rust_example_builds_into_a_component() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let example = repo.join("examples/hello-rust");
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("wasm32-wasip2"))
        .unwrap_or(false);
    if !installed {
        let why = "the wasm32-wasip2 target is not installed (languages/rust/install adds it)";
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{why}");
        eprintln!("\n!!!!!!!!!! SKIPPED hello-rust example: {why} !!!!!!!!!!\n");
        return;
    }
    // Beside this test binary: <target>/<profile>/deps/… → <target>/example.
    let target_dir: PathBuf = std::env::current_exe()
        .unwrap()
        .ancestors()
        .nth(3)
        .expect("test binaries live in <target>/<profile>/deps")
        .join("hello-rust-example");
    let output = Command::new(env!("CARGO"))
        // `--locked`: the committed Cargo.lock must be current (a new
        // workspace crate under `bindery` changes it), or this fails
        // instead of rewriting the user's lock file.
        .args([
            "build",
            "--locked",
            "--release",
            "--target",
            "wasm32-wasip2",
        ])
        .env("CARGO_TARGET_DIR", &target_dir)
        .env_remove("RUSTFLAGS")
        .current_dir(&example)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "building examples/hello-rust failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let wasm = std::fs::read(target_dir.join("wasm32-wasip2/release/hello_rust.wasm")).unwrap();
    // A component's preamble: magic, version 0x0d, layer 1.
    assert_eq!(&wasm[..8], b"\0asm\x0d\0\x01\0", "not a component");
    let export = b"example:hello/greeter@0.1.0";
    assert!(
        wasm.windows(export.len()).any(|w| w == export),
        "the component does not mention its export"
    );
}
