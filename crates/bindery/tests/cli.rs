//! The `bindery` command line: help with examples, the example project,
//! and usage errors (exit code 2, nothing written).

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

use common::{bindery_in, stderr};

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn help_shows_examples() {
    let root = common::repo_root();
    for args in [&["--help"][..], &["help"][..]] {
        let output = bindery_in(&root, args);
        let text = stdout(&output);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(text.contains("Examples:"), "{args:?}:\n{text}");
        assert!(text.contains("bindery rust wit/"), "{args:?}:\n{text}");
        assert!(text.contains("--check"), "{args:?}:\n{text}");
        assert!(text.contains("bindery ir "), "{args:?}:\n{text}");
    }
    let output = bindery_in(&root, &["rust", "--help"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0));
    for option in [
        "--world",
        "--out-dir",
        "--check",
        "--features",
        "--all-features",
    ] {
        assert!(
            text.contains(option),
            "`bindery rust --help` lacks {option}:\n{text}"
        );
    }
}

#[test]
fn each_language_is_described_by_its_backend() {
    let root = common::repo_root();
    for &language in bindery::Language::ALL {
        let description = language.backend().description();
        let output = bindery_in(&root, &[language.name(), "--help"]);
        let text = stdout(&output);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        // The first paragraph (clap wraps it), not a flattened argument
        // group's doc comment.
        let about = text.split("\n\n").next().unwrap_or_default();
        assert_eq!(
            about.split_whitespace().collect::<Vec<_>>(),
            description.split_whitespace().collect::<Vec<_>>(),
            "`bindery {} --help` is not described as {description:?}:\n{text}",
            language.name()
        );
    }
}

#[test]
fn version_is_the_crate_version() {
    let output = bindery_in(&common::repo_root(), &["--version"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output).trim(),
        format!("bindery {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn rust_bindings_for_the_example() {
    let root = common::repo_root();
    let wit = root.join("examples/hello-rust/wit");
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("bindings");
    let output = bindery_in(
        scratch.path(),
        &[
            "rust",
            wit.to_str().unwrap(),
            "--world",
            "hello",
            "--out-dir",
            "bindings",
        ],
    );
    let messages = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{messages}");
    let written: Vec<_> = fs::read_dir(&out)
        .expect("the output directory exists")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!written.is_empty(), "no files written");
    for name in &written {
        assert!(name.ends_with(".rs"), "unexpected file {name}");
        let text = fs::read_to_string(out.join(name)).unwrap();
        assert!(
            text.contains("@generated"),
            "{name} lacks the @generated marker"
        );
        assert!(
            messages.contains(&format!(
                "wrote {}",
                Path::new("bindings").join(name).display()
            )),
            "`wrote {name}` missing from:\n{messages}"
        );
    }
    // The world is the only one, so --world is optional; the default
    // output directory is the current one.
    let output = bindery_in(out.as_path(), &["rust", wit.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn ir_of_the_example() {
    let root = common::repo_root();
    let output = bindery_in(&root, &["ir", "examples/hello-rust/wit"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let ir: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(ir["format"], 1);
    assert_eq!(ir["world"]["name"], "hello");
}

#[test]
fn bad_usage_exits_2_and_writes_nothing() {
    let scratch = tempfile::tempdir().unwrap();
    let wit = common::corpus_dir().join("records.wit");
    let wit = wit.to_str().unwrap();
    let cases: &[&[&str]] = &[
        &[],
        &["frobnicate"],
        &["rust"],
        &["ir"],
        &["rust", wit, "--no-such-flag"],
        &["rust", wit, "--world"],
        &["rust", wit, "--out-dir"],
        &["rust", wit, "extra-argument"],
        &["rust", wit, "--check", "--check"],
        &["rust", wit, "--check", "--stubs"],
        &["ir", wit, "--out-dir", "x"],
        &["c", wit, "--string-encoding", "latin1"],
        &["c", wit, "--rename", "no-equals-sign"],
        &["c", wit, "--rename", "=short"],
        // C's options belong to `bindery c` alone.
        &["rust", wit, "--string-encoding", "utf16"],
    ];
    for args in cases {
        let output = bindery_in(scratch.path(), args);
        let messages = stderr(&output);
        assert_eq!(
            output.status.code(),
            Some(2),
            "bindery {args:?}:\n{messages}"
        );
        assert!(
            messages.contains("Usage:") || messages.contains("--help"),
            "bindery {args:?} does not point to the usage:\n{messages}"
        );
        assert!(
            output.stdout.is_empty(),
            "bindery {args:?} printed to stdout"
        );
    }
    let left: Vec<_> = fs::read_dir(scratch.path()).unwrap().collect();
    assert!(left.is_empty(), "usage errors wrote {left:?}");
}

/// `bindery js` writes jco's layout; `bindery ts` is the same command.
#[test]
fn js_and_its_ts_alias_write_declarations() {
    let root = common::repo_root();
    let wit = root.join("tests/roundtrip/tutorial-adder/world.wit");
    let scratch = tempfile::tempdir().unwrap();
    let mut trees = Vec::new();
    for command in ["js", "ts"] {
        let output = bindery_in(
            scratch.path(),
            &[command, wit.to_str().unwrap(), "--out-dir", command],
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        trees.push(common::read_tree(&scratch.path().join(command)));
    }
    assert_eq!(trees[0], trees[1], "`bindery ts` wrote other files");
    let names: Vec<&String> = trees[0].keys().collect();
    assert_eq!(
        names,
        ["adder.d.ts", "interfaces/docs-adder-add.d.ts"],
        "unexpected files"
    );
    let world = String::from_utf8(trees[0]["adder.d.ts"].clone()).unwrap();
    assert!(world.starts_with("// Generated by bindery from WIT. DO NOT EDIT."));
    assert!(
        world.contains("declare module 'docs:adder/adder@0.1.0'"),
        "{world}"
    );
    let help = stdout(&bindery_in(&root, &["--help"]));
    assert!(help.contains("js") && help.contains("ts"), "{help}");
}

/// `bindery csharp` writes wit-bindgen's C# layout; `bindery cs` is the
/// same command.
#[test]
fn csharp_and_its_cs_alias_write_the_same_files() {
    let root = common::repo_root();
    let wit = root.join("tests/roundtrip/tutorial-adder/world.wit");
    let scratch = tempfile::tempdir().unwrap();
    let mut trees = Vec::new();
    for command in ["csharp", "cs"] {
        let output = bindery_in(
            scratch.path(),
            &[command, wit.to_str().unwrap(), "--out-dir", command],
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        trees.push(common::read_tree(&scratch.path().join(command)));
    }
    assert_eq!(trees[0], trees[1], "`bindery cs` wrote other files");
    let exports = "AdderWorld.wit.Exports.docs.adder.IAddExports.cs";
    assert!(trees[0].contains_key(exports), "{:?}", trees[0].keys());
    let text = String::from_utf8(trees[0][exports].clone()).unwrap();
    assert!(text.starts_with("// <auto-generated/>\n"), "{text}");
    assert!(text.contains("DO NOT EDIT"), "{text}");
    assert!(
        text.contains("namespace AdderWorld.wit.Exports.docs.adder"),
        "{text}"
    );
    let help = stdout(&bindery_in(&root, &["--help"]));
    assert!(help.contains("csharp") && help.contains("cs"), "{help}");
}

#[test]
fn python_bindings_under_both_names() {
    let wit = common::corpus_dir().join("records.wit");
    let wit = wit.to_str().unwrap();
    let scratch = tempfile::tempdir().unwrap();
    for name in ["python", "py"] {
        let out = scratch.path().join(name);
        let output = bindery_in(
            scratch.path(),
            &[name, wit, "--out-dir", out.to_str().unwrap()],
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let text = fs::read_to_string(out.join("wit_world/imports/shapes.py"))
            .expect("the imported interface's module");
        assert!(text.starts_with("# Code generated by bindery. DO NOT EDIT."));
        assert!(text.contains("class Padded:"), "{text}");
        let output = bindery_in(
            scratch.path(),
            &[name, wit, "--out-dir", out.to_str().unwrap(), "--check"],
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let help = stdout(&bindery_in(scratch.path(), &["--help"]));
    assert!(help.contains("python"), "{help}");
}

/// wit-bindgen C's options: `--rename` and `--rename-world` change the
/// names (files included), `--string-encoding utf16` the string type; a
/// `--rename` key the world lacks is bad input (exit 1) naming the keys it
/// has, with nothing written.
#[test]
fn c_options_rename_and_string_encoding() {
    let root = common::repo_root();
    let wit = root.join("tests/roundtrip/strings/world.wit");
    let wit = wit.to_str().unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let output = bindery_in(
        scratch.path(),
        &[
            "c",
            wit,
            "--out-dir",
            "out",
            "--string-encoding",
            "utf16",
            "--rename-world",
            "s16",
            "--rename",
            "test:strings/host=host",
            "--rename",
            "test:strings/run=run",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let header = fs::read_to_string(scratch.path().join("out/s16.h")).unwrap();
    for wanted in [
        "uint16_t *ptr;",
        "void s16_string_dup_n(s16_string_t *ret, const char16_t *s, size_t len);",
        "size_t s16_string_len(const char16_t *s);",
        "extern void host_echo(s16_string_t *s, s16_string_t *ret);",
        "void exports_run_roundtrip(s16_string_t *s, s16_string_t *ret);",
    ] {
        assert!(header.contains(wanted), "s16.h lacks `{wanted}`:\n{header}");
    }
    assert!(
        !header.contains("test_strings_"),
        "a renamed prefix is left:\n{header}"
    );

    let output = bindery_in(
        scratch.path(),
        &[
            "c",
            wit,
            "--out-dir",
            "bad",
            "--rename",
            "test:strings/nope=x",
        ],
    );
    let messages = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{messages}");
    assert!(
        messages.contains("--rename test:strings/nope=x")
            && messages.contains("test:strings/host, test:strings/run"),
        "{messages}"
    );
    assert!(
        !scratch.path().join("bad").exists(),
        "bad input wrote files"
    );
}

/// A world named like a WIT keyword (`world %as`) is chosen by the name
/// the error message lists it under (`--world as`), and by `%as`. Found by
/// the 10,000-seed fuzz run (seed 9736).
#[test]
fn a_world_named_like_a_keyword_is_chosen_by_its_name() {
    let scratch = tempfile::tempdir().unwrap();
    fs::write(
        scratch.path().join("w.wit"),
        "package a:b;\nworld %as {}\nworld other {}\n",
    )
    .unwrap();
    for world in ["as", "%as"] {
        let output = bindery_in(
            scratch.path(),
            &["c", "w.wit", "--world", world, "--out-dir", world],
        );
        assert_eq!(
            output.status.code(),
            Some(0),
            "--world {world}: {}",
            stderr(&output)
        );
        assert!(
            scratch.path().join(world).join("as.h").is_file(),
            "--world {world}"
        );
    }
}
