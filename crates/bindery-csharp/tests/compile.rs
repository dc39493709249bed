//! Every corpus generation's C# output, together with a stub
//! implementation of every export (`bindery_csharp::stubs`), compiles with
//! a real C# 12 compiler (Roslyn 4.8 on .NET 8, `languages/csharp/install`)
//! with `-langversion:12 -nullable:enable -unsafe -warnaserror`; and a
//! guest whose export has the wrong signature does not.
//!
//! One driver process compiles every project. Under `CI=true` a missing
//! compiler fails; otherwise the test is skipped loudly.
//! `BINDERY_CSHARP_CASES=records,maps` checks only those entries;
//! `BINDERY_CSHARP_KEEP=DIR` keeps the projects in DIR.

mod common;

use std::path::PathBuf;
use std::time::Instant;

use bindery_csharp::roslyn::{Project, Roslyn};
use common::GenerationExt;

fn selected(name: &str) -> bool {
    match std::env::var("BINDERY_CSHARP_CASES") {
        Ok(list) if !list.trim().is_empty() => list
            .split(',')
            .any(|c| c.trim() == name.split('@').next().unwrap_or(name)),
        _ => true,
    }
}

fn work_dir(scratch: &tempfile::TempDir) -> PathBuf {
    std::env::var_os("BINDERY_CSHARP_KEEP")
        .map(PathBuf::from)
        .unwrap_or_else(|| scratch.path().to_path_buf())
}

#[test]
fn corpus_and_export_stubs_compile_as_csharp_12_without_warnings() {
    let Some(roslyn) = Roslyn::find_or_skip("C# compile check") else {
        return;
    };
    let scratch = tempfile::tempdir().unwrap();
    let work = work_dir(&scratch);
    let mut session = roslyn.session().expect("the C# driver starts");
    let started = Instant::now();
    let (mut compiled, mut refused) = (0, 0);
    let mut failures = Vec::new();
    for generation in common::generations().iter().filter(|g| selected(&g.name)) {
        let files = match generation.generate() {
            Ok(files) => files,
            Err(err) if common::is_refusal(&err) => {
                refused += 1;
                continue;
            }
            Err(err) => {
                failures.push(format!("{}: generation failed: {err}", generation.name));
                continue;
            }
        };
        let dir = work.join(generation.name.replace('@', "-"));
        let _ = std::fs::remove_dir_all(&dir);
        common::write(&files, &dir);
        common::write(&generation.stubs().expect("stubs"), &dir);
        let project = Project::from_dir(&dir).expect("sources");
        match session.compile(&project) {
            Ok(outcome) if outcome.success && outcome.diagnostics.is_empty() => compiled += 1,
            Ok(outcome) => failures.push(format!(
                "{}:\n{}",
                generation.name,
                outcome.diagnostics.join("\n")
            )),
            Err(e) => failures.push(format!("{}: {e}", generation.name)),
        }
    }
    common::say(&format!(
        "csharp compile check: {compiled} corpus generations compiled with their export stubs, {refused} refused by capabilities, {} failed ({:.1} s)\n",
        failures.len(),
        started.elapsed().as_secs_f64()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The book's adder world, and a guest for it.
const ADDER: &str = "package docs:adder@0.1.0;
interface add {
    add: func(x: u32, y: u32) -> u32;
}
world adder {
    export add;
}
";

fn adder_guest(body: &str) -> String {
    format!(
        "namespace AdderWorld.wit.Exports.docs.adder;\n\npublic class AddExportsImpl : IAddExports\n{{\n{body}\n}}\n"
    )
}

/// A guest compiles against the bindings only with the right signatures:
/// the check would catch a guest (or bindings) that drifted.
#[test]
fn a_guest_with_a_wrong_signature_does_not_compile() {
    let Some(roslyn) = Roslyn::find_or_skip("C# wrong-signature check") else {
        return;
    };
    let scratch = tempfile::tempdir().unwrap();
    let wit = scratch.path().join("adder.wit");
    std::fs::write(&wit, ADDER).unwrap();
    let ir = bindery_ir::build(&bindery_ir::LoadOptions {
        path: wit,
        ..Default::default()
    })
    .expect("the adder world loads");
    let bindings = bindery_kit::generate(&bindery_csharp::CSharpBackend, &ir).expect("bindings");
    let mut session = roslyn.session().expect("the C# driver starts");
    let mut compile = |name: &str, body: &str| {
        let guest = scratch.path().join(name);
        std::fs::create_dir_all(&guest).unwrap();
        std::fs::write(guest.join("AddExportsImpl.cs"), adder_guest(body)).unwrap();
        bindery_csharp::roslyn::compile_guest(
            &mut session,
            Some(&bindings),
            &guest,
            &scratch.path().join(format!("{name}-work")),
        )
        .expect("the driver compiles")
    };

    let right = compile(
        "right",
        "    public static uint Add(uint x, uint y) => x + y;",
    );
    assert!(right.success, "{}", right.diagnostics.join("\n"));

    let cases = [
        (
            "wrong-parameter",
            "    public static uint Add(uint x, ushort y) => x + y;",
            "CS0535",
        ),
        (
            "wrong-result",
            "    public static int Add(uint x, uint y) => (int)(x + y);",
            "CS0738",
        ),
        ("missing", "", "CS0535"),
        (
            "instance-method",
            "    public uint Add(uint x, uint y) => x + y;",
            "CS8928",
        ),
    ];
    for (name, body, code) in cases {
        let wrong = compile(name, body);
        assert!(!wrong.success, "{name}: a wrong guest compiled");
        assert!(
            wrong.diagnostics.iter().any(|d| d.contains(code)),
            "{name}: expected {code}, got:\n{}",
            wrong.diagnostics.join("\n")
        );
    }
}
