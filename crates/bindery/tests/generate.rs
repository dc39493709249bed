//! `bindery generate --lang …`: several languages from one parse, each
//! under `OUT_DIR/<language>/`, byte-identical to what each language's own
//! command writes, written all or nothing, and `--check`ed the same way.

mod common;

use std::fs;

use bindery::{Generator, Language};
use common::{bindery_in, read_tree, stderr};

fn corpus(name: &str) -> String {
    common::corpus_dir().join(name).display().to_string()
}

#[test]
fn every_language_under_its_own_directory() {
    // A resource imported and exported, in a world every language accepts
    // (Python refuses a resource declared in the world itself).
    let wit = corpus("resource-alias.wit");
    let scratch = tempfile::tempdir().unwrap();
    let languages = common::with_starter_code();
    let names: Vec<&str> = languages.iter().map(|l| l.name()).collect();
    let output = bindery_in(
        scratch.path(),
        &[
            "generate",
            "--lang",
            &names.join(","),
            &wit,
            "--out-dir",
            "out",
            "--stubs",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let written = read_tree(&scratch.path().join("out"));
    let mut expected = 0;
    for language in languages {
        let alone = Generator::new(&wit)
            .language(language)
            .stubs(true)
            .generate()
            .unwrap();
        for (path, contents) in alone.files.iter().chain(alone.stubs.iter()) {
            let nested = format!("{}/{path}", language.name());
            assert_eq!(
                written.get(&nested).map(Vec::as_slice),
                Some(contents),
                "{nested} differs from `bindery {}`'s {path}",
                language.name()
            );
            expected += 1;
        }
    }
    assert_eq!(
        written.len(),
        expected,
        "unexpected files: {:?}",
        written.keys()
    );

    // `all` is every language; with --stubs, one without starter code
    // refuses the whole call and nothing is written.
    let all = bindery_in(
        scratch.path(),
        &["generate", "--lang", "all", &wit, "--out-dir", "all"],
    );
    assert!(all.status.success(), "{}", stderr(&all));
    let all = read_tree(&scratch.path().join("all"));
    for language in Language::ALL {
        let prefix = format!("{}/", language.name());
        assert!(
            all.keys().any(|path| path.starts_with(&prefix)),
            "no {prefix}"
        );
    }
    if let Some(missing) = common::NO_STARTER_CODE_YET.first() {
        let refused = bindery_in(
            scratch.path(),
            &[
                "generate",
                "--lang",
                "all",
                &wit,
                "--out-dir",
                "none",
                "--stubs",
            ],
        );
        assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
        assert!(
            stderr(&refused).contains(missing.name()),
            "{}",
            stderr(&refused)
        );
        assert!(!scratch.path().join("none").exists());
    }

    // A repeated flag and a comma list mean the same.
    let again = tempfile::tempdir().unwrap();
    let output = bindery_in(
        again.path(),
        &[
            "generate",
            "-l",
            "rust",
            "--lang",
            "c,go",
            &wit,
            "--out-dir",
            "out",
            "--stubs",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let subset = read_tree(&again.path().join("out"));
    assert!(subset.keys().all(|path| written.contains_key(path)));
    assert!(subset.keys().any(|path| path.starts_with("go/")));
}

#[test]
fn check_covers_every_language() {
    let wit = corpus("records.wit");
    let scratch = tempfile::tempdir().unwrap();
    let args = ["generate", "--lang", "rust,c,go", &wit, "--out-dir", "out"];
    assert!(bindery_in(scratch.path(), &args).status.success());
    let mut check = args.to_vec();
    check.push("--check");
    let output = bindery_in(scratch.path(), &check);
    assert!(output.status.success(), "{}", stderr(&output));

    let out = scratch.path().join("out");
    let header = read_tree(&out)
        .into_keys()
        .find(|p| p.starts_with("c/") && p.ends_with(".h"))
        .unwrap();
    fs::write(out.join(&header), "stale").unwrap();
    let before = read_tree(&out);
    let output = bindery_in(scratch.path(), &check);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains(&header), "{}", stderr(&output));
    assert_eq!(read_tree(&out), before, "--check wrote something");
}

/// One language refusing the world fails the whole call: nothing of the
/// others is written.
#[test]
fn all_or_nothing_across_languages() {
    // Accessors are refused by Rust only (tests/codegen/accessors.wit).
    let wit = corpus("accessors.wit");
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("keep.txt"), "mine").unwrap();
    let output = bindery_in(
        scratch.path(),
        &["generate", "--lang", "c,go,rust", &wit, "--out-dir", "out"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("rust"), "{}", stderr(&output));
    let left = read_tree(&out);
    assert_eq!(
        left.len(),
        1,
        "written despite the failure: {:?}",
        left.keys()
    );

    let output = bindery_in(
        scratch.path(),
        &["generate", "--lang", "c,cobol", &wit, "--out-dir", "out"],
    );
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("`cobol`"), "{}", stderr(&output));
    assert_eq!(read_tree(&out).len(), 1);
}
