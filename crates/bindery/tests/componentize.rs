//! `bindery componentize`: core modules (written here in WAT) made
//! components of the Component Model book's adder world, components
//! checked and copied, and modules that do not match the world refused
//! with the export named and the output left as it was. Real C and Go
//! guests go through the same code in every round-trip case.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{bindery_in, stderr};
use wasmparser::Parser;
use wit_parser::decoding::{DecodedWasm, decode};

/// The adder as a reactor: `add` adds.
const ADDER: &str = r#"(module
  (memory (export "memory") 1)
  (func (export "docs:adder/add@0.1.0#add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))))"#;

/// The adder printing through WASI preview 1, so it needs the adapter.
const PRINTING_ADDER: &str = r#"(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "add called\n")
  (func (export "docs:adder/add@0.1.0#add") (param i32 i32) (result i32)
    (i32.store (i32.const 0) (i32.const 64))
    (i32.store (i32.const 4) (i32.const 11))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (i32.add (local.get 0) (local.get 1))))"#;

fn adder_wit() -> PathBuf {
    common::repo_root().join("tests/roundtrip/tutorial-adder")
}

/// `bindery componentize core.wasm --wit <adder> -o out.wasm` in a scratch
/// directory holding `core.wasm` made of `wat`.
fn componentize(dir: &Path, wat: &str, extra: &[&str]) -> Output {
    fs::write(dir.join("core.wasm"), wat::parse_str(wat).unwrap()).unwrap();
    let wit = adder_wit();
    let mut args = vec!["componentize", "core.wasm", "--wit", wit.to_str().unwrap()];
    args.extend(["-o", "out.wasm"]);
    args.extend(extra);
    bindery_in(dir, &args)
}

/// The names of a component's exports, as WIT keys.
fn exports(component: &[u8]) -> Vec<String> {
    let DecodedWasm::Component(resolve, world) = decode(component).expect("a component") else {
        panic!("not a component");
    };
    resolve.worlds[world]
        .exports
        .keys()
        .map(|key| resolve.name_world_key(key))
        .collect()
}

#[test]
fn core_module_becomes_a_component_of_the_world() {
    for wat in [ADDER, PRINTING_ADDER] {
        let scratch = tempfile::tempdir().unwrap();
        let output = componentize(scratch.path(), wat, &[]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(
            stderr(&output).contains("wrote out.wasm"),
            "{}",
            stderr(&output)
        );
        let component = fs::read(scratch.path().join("out.wasm")).unwrap();
        assert!(Parser::is_component(&component));
        assert_eq!(exports(&component), ["docs:adder/add@0.1.0"]);
    }
}

#[test]
fn a_component_is_checked_and_copied() {
    let scratch = tempfile::tempdir().unwrap();
    let output = componentize(scratch.path(), PRINTING_ADDER, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let made = fs::read(scratch.path().join("out.wasm")).unwrap();
    let wit = adder_wit();
    let output = bindery_in(
        scratch.path(),
        &[
            "componentize",
            "out.wasm",
            "--wit",
            wit.to_str().unwrap(),
            "-o",
            "copy.wasm",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("copied"), "{}", stderr(&output));
    assert_eq!(fs::read(scratch.path().join("copy.wasm")).unwrap(), made);

    // The same component against a world it does not export.
    let other = scratch.path().join("other.wit");
    fs::write(
        &other,
        "package docs:other@0.1.0;\ninterface calc { mul: func(a: u32, b: u32) -> u32; }\n\
         world calculator { export calc; }\n",
    )
    .unwrap();
    let output = bindery_in(
        scratch.path(),
        &[
            "componentize",
            "out.wasm",
            "--wit",
            "other.wit",
            "-o",
            "copy.wasm",
        ],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("missing export: interface `docs:other/calc@0.1.0`"),
        "{}",
        stderr(&output)
    );
    assert_eq!(fs::read(scratch.path().join("copy.wasm")).unwrap(), made);
}

/// Modules that do not fit the world: each error names what is wrong, the
/// exit code is 1 and an existing output file is left as it was.
#[test]
fn mismatches_name_the_export_and_write_nothing() {
    let cases = [
        (
            "no export",
            r#"(module (memory (export "memory") 1))"#,
            &["docs:adder/add@0.1.0", "`add`"][..],
        ),
        (
            "mistyped export",
            r#"(module (memory (export "memory") 1)
                 (func (export "docs:adder/add@0.1.0#add") (param i64) (result i32) i32.const 0))"#,
            &["docs:adder/add@0.1.0#add"][..],
        ),
        (
            "unknown import",
            r#"(module (import "docs:adder/log@0.1.0" "log" (func))
                 (memory (export "memory") 1)
                 (func (export "docs:adder/add@0.1.0#add") (param i32 i32) (result i32) i32.const 0))"#,
            &["docs:adder/log@0.1.0"][..],
        ),
    ];
    for (what, wat, named) in cases {
        let scratch = tempfile::tempdir().unwrap();
        fs::write(scratch.path().join("out.wasm"), "previous").unwrap();
        let output = componentize(scratch.path(), wat, &[]);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{what}: {message}");
        assert!(
            message.contains("core.wasm"),
            "{what}: names no input: {message}"
        );
        eprintln!("{what}: {message}");
        for named in named {
            assert!(
                message.contains(named),
                "{what}: does not name `{named}`: {message}"
            );
        }
        assert_eq!(
            fs::read_to_string(scratch.path().join("out.wasm")).unwrap(),
            "previous",
            "{what}: the output was touched"
        );
    }

    let scratch = tempfile::tempdir().unwrap();
    fs::write(scratch.path().join("core.wasm"), "not wasm").unwrap();
    let wit = adder_wit();
    let args = [
        "componentize",
        "core.wasm",
        "--wit",
        wit.to_str().unwrap(),
        "-o",
        "out.wasm",
    ];
    let output = bindery_in(scratch.path(), &args);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("not a WebAssembly"),
        "{}",
        stderr(&output)
    );
    assert!(!scratch.path().join("out.wasm").exists());
}

/// `--command`: a module with `_start` gets the command adapter, which
/// exports `wasi:cli/run`.
#[test]
fn command_modules_get_the_command_adapter() {
    let scratch = tempfile::tempdir().unwrap();
    let wit = scratch.path().join("empty.wit");
    fs::write(&wit, "package docs:empty;\nworld empty {}\n").unwrap();
    let core = r#"(module
      (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
      (memory (export "memory") 1)
      (func (export "_start") (call $exit (i32.const 0))))"#;
    fs::write(
        scratch.path().join("core.wasm"),
        wat::parse_str(core).unwrap(),
    )
    .unwrap();
    let args = [
        "componentize",
        "core.wasm",
        "--wit",
        "empty.wit",
        "-o",
        "out.wasm",
        "--command",
    ];
    let output = bindery_in(scratch.path(), &args);
    assert!(output.status.success(), "{}", stderr(&output));
    let component = fs::read(scratch.path().join("out.wasm")).unwrap();
    assert!(
        exports(&component)
            .iter()
            .any(|e| e.starts_with("wasi:cli/run@")),
        "{:?}",
        exports(&component)
    );
}

/// The adapter must come from the wasmtime release the tests run on.
#[test]
fn the_adapter_is_pinned_to_the_test_hosts_wasmtime() {
    let lock = fs::read_to_string(common::repo_root().join("Cargo.lock")).unwrap();
    let version = |name: &str| -> String {
        let header = format!("name = \"{name}\"\nversion = \"");
        let start = lock
            .find(&header)
            .unwrap_or_else(|| panic!("{name} is not in Cargo.lock"))
            + header.len();
        lock[start..].split('"').next().unwrap().to_string()
    };
    assert_eq!(
        version("wasi-preview1-component-adapter-provider"),
        version("wasmtime"),
        "bump wasi-preview1-component-adapter-provider with wasmtime"
    );
}

/// A world exporting an interface (`user`) that uses a resource of another
/// interface it both imports and exports (`res`): the shape of fuzz seed
/// 2588, with functions so that the component imports `res` too.
fn write_reexport_wit(dir: &Path) {
    fs::create_dir_all(dir.join("deps")).unwrap();
    fs::write(
        dir.join("deps/res.wit"),
        "package t:dep@1.0.0;\ninterface res { resource r { get: func() -> u32; } }\n",
    )
    .unwrap();
    fs::write(
        dir.join("main.wit"),
        "package t:main;\n\
         interface user { use t:dep/res@1.0.0.{r}; read: func(x: borrow<r>) -> u32; }\n\
         world w { import user; export t:dep/res@1.0.0; export user; }\n",
    )
    .unwrap();
}

/// A core module of that world that calls the imported `user` (so the
/// component imports `user` and `res`) and exports both interfaces.
const REEXPORT: &str = r#"(module
  (import "t:main/user" "read" (func $read (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "t:dep/res@1.0.0#[method]r.get") (param i32) (result i32)
    (call $read (local.get 0)))
  (func (export "t:main/user#read") (param i32) (result i32) i32.const 7))"#;

/// That module made a component by wit-component's own encoder.
fn reexport_component(dir: &Path) -> (wit_parser::Resolve, wit_parser::WorldId, Vec<u8>) {
    let mut resolve = wit_parser::Resolve::default();
    let (package, _) = resolve.push_dir(dir).unwrap();
    let world = resolve.select_world(&[package], Some("w")).unwrap();
    let mut module = wat::parse_str(REEXPORT).unwrap();
    wit_component::embed_component_metadata(
        &mut module,
        &resolve,
        world,
        wit_component::StringEncoding::UTF8,
        false,
    )
    .unwrap();
    let component = wit_component::ComponentEncoder::default()
        .validate(true)
        .module(&module)
        .unwrap()
        .encode()
        .unwrap();
    (resolve, world, component)
}

/// The defect `bindery componentize` works around: wit-component's
/// `targets` refuses a component its own encoder made of such a world.
/// When this fails, wit-component is fixed and `exports_using_a_reexport`
/// in src/componentize.rs can go.
#[test]
fn wit_component_refuses_its_own_component_of_a_reexport() {
    let scratch = tempfile::tempdir().unwrap();
    write_reexport_wit(scratch.path());
    let (resolve, world, component) = reexport_component(scratch.path());
    let refused = wit_component::targets(&resolve, world, &component, false)
        .expect_err("wit-component's targets accepts it now: drop the workaround");
    assert!(
        format!("{refused:#}").contains("resource types are not the same"),
        "{refused:#}"
    );
}

/// `bindery componentize` accepts such components, made from a module or
/// passed in, and still refuses one that lacks a function of the export
/// it cannot have `targets` check.
#[test]
fn an_export_using_a_reexported_resource_is_accepted() {
    let scratch = tempfile::tempdir().unwrap();
    let wit = scratch.path().join("wit");
    write_reexport_wit(&wit);
    let (_, _, component) = reexport_component(&wit);
    fs::write(
        scratch.path().join("core.wasm"),
        wat::parse_str(REEXPORT).unwrap(),
    )
    .unwrap();
    fs::write(scratch.path().join("given.wasm"), &component).unwrap();
    for input in ["core.wasm", "given.wasm"] {
        let args = ["componentize", input, "--wit", "wit", "-o", "out.wasm"];
        let output = bindery_in(scratch.path(), &args);
        assert!(output.status.success(), "{input}: {}", stderr(&output));
        let made = fs::read(scratch.path().join("out.wasm")).unwrap();
        assert_eq!(
            exports(&made),
            ["t:dep/res@1.0.0", "t:main/user"],
            "{input}"
        );
        fs::remove_file(scratch.path().join("out.wasm")).unwrap();
    }

    // The same world with a second function in `user`: the module lacks it.
    let main = fs::read_to_string(wit.join("main.wit")).unwrap();
    let widened = main.replace("-> u32; }", "-> u32; count: func() -> u32; }");
    assert_ne!(main, widened);
    fs::write(wit.join("main.wit"), widened).unwrap();
    let args = [
        "componentize",
        "given.wasm",
        "--wit",
        "wit",
        "-o",
        "out.wasm",
    ];
    let output = bindery_in(scratch.path(), &args);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("missing export: `count` of `t:main/user`"),
        "{}",
        stderr(&output)
    );
    assert!(!scratch.path().join("out.wasm").exists());
}
