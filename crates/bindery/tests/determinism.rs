//! Generated output is a function of the WIT alone: byte-identical across
//! runs and processes (hash seeds differ per process), free of machine
//! paths, and `--check` tells an up-to-date directory from a stale one
//! without writing anything.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use bindery::Language;
use common::{Generation, GenerationExt, read_tree};

fn bindery(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bindery"))
        .args(args)
        .output()
        .expect("the bindery binary runs")
}

/// Copies a corpus case (file or directory) into `dir`.
fn copy_case(from: &Path, dir: &Path) -> PathBuf {
    let to = dir.join(from.file_name().unwrap());
    if from.is_file() {
        fs::copy(from, &to).unwrap();
        return to;
    }
    for (relative, contents) in read_tree(from) {
        let target = to.join(relative);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, contents).unwrap();
    }
    to
}

fn rust_generations() -> Vec<Generation> {
    common::generations()
        .into_iter()
        .filter(|g| !g.expects_error(Language::Rust))
        .collect()
}

/// Two processes writing the same case give the same bytes, and so does
/// the library from a copy of the WIT elsewhere on disk; no path of this
/// machine appears in the output.
#[test]
fn rust_output_is_byte_identical_across_runs_and_places() {
    let scratch = tempfile::tempdir().unwrap();
    let generations = rust_generations();
    let failures = common::run_each(
        &generations,
        |g| format!("{} ({})", g.case.relative, g.name),
        |generation| {
            let mut trees = Vec::new();
            for run in ["first", "second"] {
                let out = scratch.path().join(&generation.name).join(run);
                let path = generation.case.path.to_str().unwrap().to_string();
                let mut args = vec!["rust".to_string(), path];
                args.extend(generation.options.cli_args());
                args.extend(["--out-dir".to_string(), out.display().to_string()]);
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                let output = bindery(&args);
                assert!(
                    output.status.success(),
                    "bindery {}:\n{}",
                    args.join(" "),
                    String::from_utf8_lossy(&output.stderr)
                );
                trees.push(read_tree(&out));
            }
            assert_eq!(trees[0], trees[1], "two runs wrote different files");

            let elsewhere = scratch.path().join(&generation.name).join("copy");
            fs::create_dir_all(&elsewhere).unwrap();
            let copy = Generation {
                case: common::Case {
                    path: copy_case(&generation.case.path, &elsewhere),
                    ..generation.case.clone()
                },
                ..generation.clone()
            };
            let moved = copy
                .generator(Language::Rust)
                .generate()
                .expect("generates");
            let moved: BTreeMap<String, Vec<u8>> = moved
                .files
                .iter()
                .map(|(path, bytes)| (path.to_string(), bytes.to_vec()))
                .collect();
            assert_eq!(moved, trees[0], "output depends on where the WIT is");

            let root = common::repo_root().display().to_string();
            let tmp = scratch.path().display().to_string();
            for (path, bytes) in &trees[0] {
                let text = String::from_utf8_lossy(bytes);
                assert!(!text.contains(&root), "{path} contains the path {root}");
                assert!(!text.contains(&tmp), "{path} contains the path {tmp}");
            }
        },
    );
    common::finish("cases", &failures);
}

/// The IR printed by two processes is the same text.
#[test]
fn ir_is_byte_identical_across_runs() {
    let generations = common::generations();
    let failures = common::run_each(
        &generations,
        |g| format!("{} ({})", g.case.relative, g.name),
        |generation| {
            let path = generation.case.path.to_str().unwrap().to_string();
            let mut args = vec!["ir".to_string(), path];
            args.extend(generation.options.cli_args());
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let first = bindery(&args);
            let second = bindery(&args);
            assert!(
                first.status.success(),
                "{}",
                String::from_utf8_lossy(&first.stderr)
            );
            assert!(
                first.stdout == second.stdout,
                "two runs printed different IR"
            );
        },
    );
    common::finish("cases", &failures);
}

/// `--check` passes right after writing, fails with exit 1 naming the file
/// after an edit or a deletion, and never writes.
#[test]
fn check_detects_edited_and_missing_files_without_writing() {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    let wit = common::corpus_dir().join("records.wit");
    let wit = wit.to_str().unwrap();
    let out_arg = out.to_str().unwrap();

    let check = || bindery(&["rust", wit, "--out-dir", out_arg, "--check"]);

    // Nothing written yet: every file is missing, and --check creates nothing.
    let output = check();
    assert_eq!(output.status.code(), Some(1));
    assert!(!out.exists(), "--check created the output directory");

    let write = bindery(&["rust", wit, "--out-dir", out_arg]);
    assert!(
        write.status.success(),
        "{}",
        String::from_utf8_lossy(&write.stderr)
    );
    let written = read_tree(&out);
    assert!(!written.is_empty());

    let output = check();
    assert_eq!(
        output.status.code(),
        Some(0),
        "--check right after writing: {}",
        String::from_utf8_lossy(&output.stderr)
    );

    let (name, original) = written.iter().next().unwrap();
    let mut edited = original.clone();
    edited.extend_from_slice(b"// edited by hand\n");
    fs::write(out.join(name), &edited).unwrap();
    let output = check();
    let messages = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(1),
        "--check after an edit: {messages}"
    );
    assert!(
        messages.contains(name.as_str()),
        "--check does not name {name}:\n{messages}"
    );
    assert!(output.stdout.is_empty());
    let mut expected = written.clone();
    expected.insert(name.clone(), edited);
    assert_eq!(
        read_tree(&out),
        expected,
        "--check wrote to the output directory"
    );
    let siblings: Vec<_> = fs::read_dir(scratch.path()).unwrap().collect();
    assert_eq!(
        siblings.len(),
        1,
        "--check left files beside the output: {siblings:?}"
    );

    fs::remove_file(out.join(name)).unwrap();
    let output = check();
    let messages = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(1),
        "--check after a deletion: {messages}"
    );
    assert!(
        messages.contains(name.as_str()),
        "--check does not name {name}:\n{messages}"
    );
    assert!(!out.join(name).exists(), "--check restored a file");

    // Writing again repairs the directory.
    let write = bindery(&["rust", wit, "--out-dir", out_arg]);
    assert!(write.status.success());
    assert_eq!(read_tree(&out), written);
    assert_eq!(check().status.code(), Some(0));
}
