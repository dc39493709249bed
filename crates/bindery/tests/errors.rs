//! Malformed WIT (`tests/codegen/errors/`) through the `bindery` binary:
//! exit code 1, a message with file:line:col (snapshotted in
//! `snapshots/errors/<case>.snap`), and an output directory left exactly as
//! it was. Also the backends' refusals of features they cannot express
//! (async, future, stream, error-context; accessors) and a missing input.

mod common;

use std::fs;
use std::process::{Command, Output};

use common::{Case, GenerationExt, Snapshots, read_tree};

/// Runs `bindery` from the repository root, so messages show paths
/// relative to it (`tests/codegen/errors/…`), the same on every machine.
fn bindery(args: &[String]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bindery"))
        .args(args)
        .current_dir(common::repo_root())
        .output()
        .expect("the bindery binary runs")
}

/// Runs `bindery <subcommand> <case> --out-dir <dir>` on a directory that
/// already holds a file; asserts exit code 1 and that nothing under the
/// directory's parent changed (no files written, no staging left behind).
/// Returns standard error.
fn refused(case: &Case, subcommand: &str) -> String {
    let scratch = tempfile::tempdir().expect("a temporary directory");
    let out = scratch.path().join("out");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("keep.rs"), "// not generated\n").unwrap();
    let before = read_tree(scratch.path());

    let mut args = vec![subcommand.to_string(), case.relative.clone()];
    args.extend(case.options.cli_args());
    if subcommand == "ir" {
        args.extend([
            "--output".to_string(),
            out.join("ir.json").display().to_string(),
        ]);
    } else {
        args.extend(["--out-dir".to_string(), out.display().to_string()]);
    }
    let output = bindery(&args);
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 messages");
    assert_eq!(
        output.status.code(),
        Some(1),
        "`bindery {}` should exit 1; stderr:\n{stderr}",
        args.join(" ")
    );
    assert!(output.stdout.is_empty(), "nothing on standard output");
    assert_eq!(
        read_tree(scratch.path()),
        before,
        "`bindery {}` changed the output directory",
        args.join(" ")
    );
    stderr
}

#[test]
fn malformed_wit_is_refused_with_its_location() {
    let snapshots = Snapshots::new("errors");
    let cases = common::error_corpus();
    let mut failures = common::run_each(
        &cases,
        |case| case.relative.clone(),
        |case| {
            let rust = refused(case, "rust");
            // The front end fails before any backend: the same message
            // whatever the command.
            assert_eq!(refused(case, "ir"), rust, "`ir` and `rust` disagree");
            assert!(rust.starts_with("error: "), "message starts with `error: `");
            let command = format!("bindery rust {}", case.relative);
            snapshots.bind(&case.path, &command, || snapshots.assert(&case.name, &rust));
        },
    );
    if failures.is_empty() {
        failures = snapshots.unreferenced();
    }
    common::finish("error cases", &failures);
}

/// Wherever there is a place, the message names the file with line and
/// column (`--> tests/codegen/errors/x.wit:6:3`); where there is none (an
/// empty file, a file of comments, a directory without WIT files), it
/// names the file or directory.
#[test]
fn parse_errors_carry_file_line_and_column() {
    let without_place = ["empty", "comment-only", "no-wit-files"];
    let about_the_package = ["ambiguous-world", "unknown-world"];
    let cases = common::error_corpus();
    let failures = common::run_each(
        &cases,
        |case| case.relative.clone(),
        |case| {
            if about_the_package.contains(&case.name.as_str()) {
                return;
            }
            let stderr = refused(case, "ir");
            if without_place.contains(&case.name.as_str()) {
                assert!(
                    stderr.contains(&format!("`{}`", case.relative)),
                    "the message does not name `{}`:\n{stderr}",
                    case.relative
                );
                return;
            }
            let located = stderr.lines().any(|line| {
                line.trim_start()
                    .strip_prefix("--> ")
                    .and_then(|place| place.strip_prefix(&case.relative))
                    .and_then(|rest| rest.strip_prefix(['/', ':']))
                    .is_some_and(|rest| {
                        let mut numbers = rest.rsplit(':');
                        let column = numbers.next().unwrap_or_default();
                        let line = numbers.next().unwrap_or_default();
                        column.parse::<u32>().is_ok() && line.parse::<u32>().is_ok()
                    })
            });
            assert!(located, "no `--> file:line:col` in:\n{stderr}");
        },
    );
    common::finish("error cases", &failures);
}

#[test]
fn unknown_world_names_the_worlds_there_are() {
    let case = common::error_corpus()
        .into_iter()
        .find(|case| case.name == "unknown-world")
        .expect("errors/unknown-world.wit");
    let stderr = refused(&case, "rust");
    assert!(stderr.contains("no-such-world"), "{stderr}");
    assert!(
        stderr.contains("`first`") && stderr.contains("`second`"),
        "{stderr}"
    );
}

#[test]
fn missing_input_is_refused() {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    let output = bindery(&[
        "rust".into(),
        "tests/codegen/no-such-file.wit".into(),
        "--out-dir".into(),
        out.display().to_string(),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("tests/codegen/no-such-file.wit"),
        "{stderr}"
    );
    assert!(!out.exists(), "no output directory is created on error");
}

/// Features a backend cannot express (async in the languages without it,
/// accessors in Rust) are bad input (exit 1) with a message naming the
/// feature, and leave the output directory alone, like malformed WIT.
#[test]
fn refused_features_exit_1_and_write_nothing() {
    let generations = common::generations();
    let refusals: Vec<_> = bindery::Language::ALL
        .iter()
        .flat_map(|&language| {
            generations
                .iter()
                .filter(move |g| g.expects_error(language))
                .map(move |g| (language, g))
        })
        .collect();
    // Go refuses the four async files (async functions, futures, streams,
    // error-context) until it gains async.
    let go = refusals
        .iter()
        .filter(|(l, _)| *l == bindery::Language::Go)
        .count();
    assert!(go >= 4, "go: {go} refusals");
    let failures = common::run_each(
        &refusals,
        |(language, g)| format!("{} {}", language.name(), g.case.relative),
        |(language, generation)| {
            let stderr = refused(&generation.case, language.name());
            let expected = format!("the {} backend does not support", language.name());
            assert!(stderr.contains(&expected), "{stderr}");
            assert!(stderr.contains("used by "), "names the WIT item: {stderr}");
        },
    );
    common::finish("refused cases", &failures);
}

/// Output is all or nothing: when the last file a language writes cannot
/// be written (its path is a directory), no other file is written either,
/// and the message names that path, not a staging directory.
#[test]
fn unwritable_output_writes_nothing() {
    let case = common::corpus()
        .into_iter()
        .find(|case| case.name == "records")
        .expect("tests/codegen/records.wit");
    let failures = common::run_each(
        bindery::Language::ALL,
        |language| language.name().to_string(),
        |&language| {
            let generation = case.generations().remove(0);
            let files = generation.generator(language).generate().unwrap().files;
            let (last, _) = files.iter().last().expect("at least one file");
            let scratch = tempfile::tempdir().unwrap();
            let out = scratch.path().join("out");
            fs::create_dir_all(out.join(last).join("occupied")).unwrap();
            fs::write(out.join("keep.txt"), "not generated\n").unwrap();
            let before = read_tree(scratch.path());
            let output = bindery(&[
                language.name().to_string(),
                case.relative.clone(),
                "--out-dir".to_string(),
                out.display().to_string(),
            ]);
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(1), "{stderr}");
            assert!(
                stderr.contains(last),
                "the message names `{last}`: {stderr}"
            );
            assert!(
                !stderr.contains(".bindery-"),
                "a staging path leaked: {stderr}"
            );
            assert_eq!(read_tree(scratch.path()), before, "files were written");
            let listed: Vec<_> = fs::read_dir(&out).unwrap().collect();
            assert_eq!(listed.len(), 2, "no staging directory is left in `out`");
        },
    );
    common::finish("languages", &failures);
}

/// A directory that cannot be created is named as the user gave it.
#[cfg(target_os = "linux")]
#[test]
fn an_output_directory_that_cannot_be_made_is_named() {
    let case = common::corpus()
        .into_iter()
        .find(|c| c.name == "records")
        .unwrap();
    // `/proc/self` refuses new entries even to root.
    let output = bindery(&[
        "rust".to_string(),
        case.relative.clone(),
        "--out-dir".to_string(),
        "/proc/self/bindery-out".to_string(),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("`/proc/self/bindery-out`"), "{stderr}");
    assert!(!stderr.contains(".bindery-"), "{stderr}");
}
