//! `tsc --strict` on bindery's declarations: every corpus generation's
//! files type-check together with its starter code (`guest.ts`, which must
//! satisfy the guest contract as written), and the guest contract makes
//! `tsc` reject a guest module whose exports do not match the world (each
//! wrong guest below is one change away from a correct one, which must
//! pass).
//!
//! Under `CI=true` missing tools fail; otherwise the test is skipped
//! loudly. `BINDERY_JS_KEEP=DIR` keeps the written files in DIR.

mod common;

use std::path::{Path, PathBuf};

fn work_dir(scratch: &Path) -> PathBuf {
    std::env::var_os("BINDERY_JS_KEEP")
        .map(PathBuf::from)
        .unwrap_or_else(|| scratch.to_path_buf())
}

#[test]
fn every_corpus_generation_passes_tsc_strict() {
    let Some(bin) = common::tools_or_skip("tsc check of the corpus") else {
        return;
    };
    let scratch = tempfile::tempdir().unwrap();
    let work = work_dir(scratch.path());
    let (mut checked, mut refused) = (0, 0);
    let mut failures = Vec::new();
    for generation in common::generations() {
        let files = match generation.bindings_and_stubs(&bindery_js::JsBackend) {
            Ok(files) => files,
            Err(err) if common::is_capability_refusal(&err) => {
                refused += 1;
                continue;
            }
            Err(err) => {
                failures.push(format!("{}: generation failed: {err}", generation.name));
                continue;
            }
        };
        let dir = work.join(&generation.name);
        let _ = std::fs::remove_dir_all(&dir);
        common::write(&files, &dir);
        match common::tsc(&bin, &dir, &common::ts_files(&dir)) {
            Ok(()) => checked += 1,
            Err(diagnostics) => failures.push(format!("{}:\n{diagnostics}", generation.name)),
        }
    }
    common::say(&format!(
        "tsc check: {checked} corpus generations pass tsc --strict, {refused} refused by capabilities, {} failed\n",
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(checked > 20, "only {checked} generations were checked");
}

/// A wrong guest: a change to the correct guest and a word tsc's error
/// must contain.
struct Wrong {
    what: &'static str,
    from: &'static str,
    to: &'static str,
    error_mentions: &'static str,
}

const WRONG_GUESTS: &[Wrong] = &[
    Wrong {
        what: "a missing world-level export",
        from: "export function version(): string {",
        to: "function version(): string {",
        error_mentions: "version",
    },
    Wrong {
        what: "a misspelt function",
        from: "  apply(o: Op, a: number, b: number): number {",
        to: "  aply(o: Op, a: number, b: number): number {",
        error_mentions: "apply",
    },
    Wrong {
        what: "a wrong parameter type",
        from: "shift(p: Point, by: bigint): Point {\n    return { x: p.x + Number(by), y: p.y };",
        to: "shift(p: Point, by: number): Point {\n    return { x: p.x + by, y: p.y };",
        error_mentions: "shift",
    },
    Wrong {
        what: "a wrong result type",
        from: "export function version(): string {\n  return '0.1.0';",
        to: "export function version(): number {\n  return 1;",
        error_mentions: "version",
    },
    Wrong {
        what: "a resource class missing a method",
        from: "  total(): number {\n    return this.#sum;\n  }\n",
        to: "",
        error_mentions: "total",
    },
    Wrong {
        what: "a missing resource class",
        from: "  Acc,\n};",
        to: "};",
        error_mentions: "Acc",
    },
    Wrong {
        what: "a missing interface export",
        from: "export const calc = {",
        to: "const calc = {",
        error_mentions: "calc",
    },
    Wrong {
        what: "an enum value that does not exist",
        from: "o === 'add'",
        to: "o === 'mul'",
        error_mentions: "mul",
    },
];

#[test]
fn the_guest_contract_rejects_wrong_guests() {
    let Some(bin) = common::tools_or_skip("tsc check of the guest contract") else {
        return;
    };
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/contract");
    let ir = bindery_ir::build(&bindery_ir::LoadOptions {
        path: here.join("world.wit"),
        ..Default::default()
    })
    .expect("the contract world loads");
    let files = bindery_kit::generate(&bindery_js::JsBackend, &ir).expect("it generates");
    let good = std::fs::read_to_string(here.join("guest.ts")).unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let work = work_dir(scratch.path()).join("contract");
    let check = |name: &str, guest: &str| {
        let dir = work.join(name);
        let _ = std::fs::remove_dir_all(&dir);
        common::write(&files, &dir);
        std::fs::write(dir.join("guest.ts"), guest).unwrap();
        common::tsc(&bin, &dir, &common::ts_files(&dir))
    };
    if let Err(diagnostics) = check("good", &good) {
        panic!("the correct guest fails tsc:\n{diagnostics}");
    }
    let mut failures = Vec::new();
    for (i, wrong) in WRONG_GUESTS.iter().enumerate() {
        assert!(
            good.contains(wrong.from),
            "{}: the change does not apply",
            wrong.what
        );
        let guest = good.replacen(wrong.from, wrong.to, 1);
        match check(&format!("wrong{i}"), &guest) {
            Ok(()) => failures.push(format!("{}: tsc accepts the guest", wrong.what)),
            Err(diagnostics) if !diagnostics.contains(wrong.error_mentions) => {
                failures.push(format!(
                    "{}: tsc rejects it but does not mention `{}`:\n{diagnostics}",
                    wrong.what, wrong.error_mentions
                ))
            }
            Err(_) => {}
        }
    }
    common::say(&format!(
        "guest contract: {} wrong guests rejected by tsc, {} not\n",
        WRONG_GUESTS.len() - failures.len(),
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
