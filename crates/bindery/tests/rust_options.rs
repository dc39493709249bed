//! The Rust options (`bindery rust --no-std`, `--additional-derives`),
//! through the command line as users pass them. That the output compiles
//! is checked by `rust_compile.rs` (the corpus again with `--no-std`, and
//! hand-written guests that use each option).

mod common;

use std::fs;

use common::{bindery_in, stderr};

/// `bindery rust <corpus file> <args>` into a fresh directory: exit code,
/// stderr and the bindings (`<world>.rs`) and starter code (`lib.rs`).
fn run(file: &str, world: &str, args: &[&str]) -> (Option<i32>, String, String, String) {
    let scratch = tempfile::tempdir().unwrap();
    let wit = common::corpus_dir().join(file);
    let mut all = vec!["rust", wit.to_str().unwrap(), "--out-dir", "out"];
    all.extend_from_slice(args);
    let output = bindery_in(scratch.path(), &all);
    let read = |name: &str| fs::read_to_string(scratch.path().join("out").join(name));
    (
        output.status.code(),
        stderr(&output),
        read(&format!("{world}.rs")).unwrap_or_default(),
        read("lib.rs").unwrap_or_default(),
    )
}

/// The `#[derive(…)]` line above `pub struct|enum <name>`.
fn derive_of(bindings: &str, name: &str) -> String {
    let lines: Vec<&str> = bindings.lines().collect();
    let at = lines
        .iter()
        .position(|l| {
            let l = l.trim_start();
            l.starts_with(&format!("pub struct {name} "))
                || l.starts_with(&format!("pub enum {name} "))
        })
        .unwrap_or_else(|| panic!("no type {name} in the bindings"));
    lines[at - 1].trim().to_string()
}

#[test]
fn no_std_names_only_core_and_alloc() {
    let (code, messages, std_bindings, _) = run("maps.wit", "maps", &[]);
    assert_eq!(code, Some(0), "{messages}");
    assert!(std_bindings.contains("std::collections::BTreeMap"));

    let (code, messages, bindings, lib) = run("maps.wit", "maps", &["--no-std", "--stubs"]);
    assert_eq!(code, Some(0), "{messages}");
    for line in bindings.lines() {
        let code = line.split("//").next().unwrap_or_default();
        let stripped = code.replace("::core::", "").replace("::alloc::", "");
        assert!(
            !stripped.contains("std::"),
            "a std path in --no-std bindings: {line}"
        );
    }
    assert!(bindings.contains("::alloc::collections::BTreeMap"));
    assert!(bindings.contains("use ::alloc::{boxed::Box, string::String, vec::Vec};"));
    assert!(
        lib.contains("\n#![no_std]\n\nextern crate alloc;\n"),
        "{lib}"
    );
}

/// The async runtime generated into the file (executor, futures, streams,
/// error-context) needs only `core` and `alloc` too.
#[test]
fn no_std_covers_the_async_runtime() {
    for (file, world) in [
        ("streams.wit", "streams"),
        ("error-contexts.wit", "error_contexts"),
    ] {
        let (code, messages, bindings, _) = run(file, world, &["--no-std"]);
        assert_eq!(code, Some(0), "{messages}");
        assert!(
            bindings.contains("pub mod wit_bindgen {"),
            "{file}: no async runtime"
        );
        for line in bindings.lines() {
            let code = line.split("//").next().unwrap_or_default();
            let stripped = code.replace("::core::", "").replace("::alloc::", "");
            assert!(
                !stripped.contains("std::"),
                "{file}: a std path with --no-std: {line}"
            );
        }
        assert!(bindings.contains("use ::alloc::task::Wake;"), "{file}");
    }
}

#[test]
fn additional_derives_only_where_every_field_allows_them() {
    let args = [
        "--additional-derives",
        "PartialEq,Eq",
        "--additional-derives",
        "Hash,serde::Serialize,Default,Clone",
    ];
    let derives = |file: &str, world: &str, types: &[(&str, &str)]| {
        let (code, messages, bindings, _) = run(file, world, &args);
        assert_eq!(code, Some(0), "{messages}");
        for (name, expected) in types {
            let expected = format!("#[derive({expected})]");
            assert_eq!(derive_of(&bindings, name), expected, "{file}: {name}");
        }
    };
    derives(
        "records.wit",
        "records",
        &[
            (
                "One",
                "Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, Default",
            ),
            // A float: comparable, not `Eq` or hashable (nor what holds it).
            (
                "Padded",
                "Debug, Clone, Copy, PartialEq, serde::Serialize, Default",
            ),
            (
                "Person",
                "Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, Default",
            ),
            (
                "Nested",
                "Debug, Clone, PartialEq, serde::Serialize, Default",
            ),
        ],
    );
    derives(
        "variants.wit",
        "variants",
        &[
            // No case to default to.
            ("Shape", "Debug, Clone, PartialEq, serde::Serialize"),
            (
                "OnlyEmpty",
                "Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize",
            ),
        ],
    );
    derives(
        "enums.wit",
        "enums",
        &[(
            "Color",
            "Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize",
        )],
    );
    // An owned handle: nothing can be derived.
    derives(
        "resources-import.wit",
        "resources_import",
        &[("Opened", "Debug")],
    );
}

#[test]
fn additional_derives_must_be_paths() {
    let (code, messages, _, _) = run(
        "records.wit",
        "records",
        &["--additional-derives", "Hash,not a path"],
    );
    assert_eq!(code, Some(2), "{messages}");
    assert!(
        messages.contains("`not a path` is not a Rust path"),
        "{messages}"
    );
}

/// `bindery rust <guests/with-types> --world reuse <args>`: exit code,
/// stderr and the bindings.
fn reuse(args: &[&str]) -> (Option<i32>, String, String) {
    let scratch = tempfile::tempdir().unwrap();
    let wit = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/guests/with-types/with-types.wit");
    let mut all = vec![
        "rust",
        wit.to_str().unwrap(),
        "--world",
        "reuse",
        "--out-dir",
        "out",
    ];
    all.extend_from_slice(args);
    let output = bindery_in(scratch.path(), &all);
    let bindings = fs::read_to_string(scratch.path().join("out/reuse.rs")).unwrap_or_default();
    if output.status.code() != Some(0) {
        assert!(
            !scratch.path().join("out").exists(),
            "a refused run wrote files"
        );
    }
    (output.status.code(), stderr(&output), bindings)
}

#[test]
fn with_an_interface_uses_its_types_from_the_path() {
    let (code, messages, bindings) = reuse(&["--with", "test:reuse/types=crate::shared::types"]);
    assert_eq!(code, Some(0), "{messages}");
    assert!(
        !bindings.contains("pub mod types"),
        "the interface was generated"
    );
    assert!(
        !bindings.contains("pub struct Point"),
        "its types were generated"
    );
    for alias in ["Point", "Shape", "Unit", "Canvas"] {
        let line = format!("pub type {alias} = crate::shared::types::{alias};");
        assert!(bindings.contains(&line), "missing `{line}`");
    }
    // The version may be left out; the world's own types still come first.
    let (code, messages, _) = reuse(&["--with", "test:reuse/types=::other::types"]);
    assert_eq!(code, Some(0), "{messages}");
}

#[test]
fn with_a_type_uses_the_path_for_that_type_only() {
    let (code, messages, bindings) = reuse(&["--with", "test:reuse/types/point=crate::geo::Point"]);
    assert_eq!(code, Some(0), "{messages}");
    assert!(
        !bindings.contains("pub struct Point"),
        "the type was generated"
    );
    assert!(bindings.contains("pub type Point = crate::geo::Point;"));
    assert!(
        bindings.contains("pub enum Shape"),
        "the other types must stay"
    );
    assert!(bindings.contains("Dot(crate::geo::Point)"), "{bindings}");
}

#[test]
fn with_refuses_what_it_cannot_do() {
    let cases: &[(&str, &str)] = &[
        (
            "test:reuse/typo=crate::x",
            "`test:reuse/typo` is not an interface the world imports, nor a type of one (imported interfaces: test:reuse/types, test:reuse/api)",
        ),
        (
            "test:reuse/types/canvas=crate::Canvas",
            "`test:reuse/types/canvas` is a resource; take its whole interface from elsewhere instead (--with test:reuse/types=…)",
        ),
        (
            "test:reuse/types=not a path",
            "`not a path` is not a Rust path",
        ),
        ("test:reuse/types", "expected KEY=PATH"),
    ];
    for (with, expected) in cases {
        let (code, messages, _) = reuse(&["--with", with]);
        assert_eq!(code, Some(2), "--with {with}: {messages}");
        assert!(messages.contains(expected), "--with {with}: {messages}");
    }
}

#[test]
fn with_an_exported_interface_says_exports_are_generated() {
    let (code, messages, _, _) = run(
        "export-resource-only.wit",
        "export_resource_only",
        &["--with", "bindery:export-resource-only/things=crate::x"],
    );
    assert_eq!(code, Some(2), "{messages}");
    assert!(
        messages.contains("the world exports it, and exports are always generated"),
        "{messages}"
    );
}
