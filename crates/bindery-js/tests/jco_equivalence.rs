//! Equivalence with the anchor: for every corpus generation that both
//! `jco guest-types` and bindery accept, every declaration jco exports
//! exists in bindery's output with a mutually assignable type, checked by
//! `tsc --strict`. jco's modules are renamed (`jco!ns:pkg/iface`) so both
//! sets load into one program; for each exported name a generated file
//! assigns jco's type to bindery's and back.
//!
//! Where bindery deliberately differs, the difference is listed in
//! [`DIFFERENCES`] with its reason (and in languages/js/README.md): such a
//! check must fail, and one that starts passing fails the test, so the list
//! stays true.

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::GenerationExt;

/// (generation, module, name, reason): declarations whose types differ
/// from jco's on purpose.
const DIFFERENCES: &[(&str, &str, &str, &str)] = &[
    (
        "resources-both",
        "bindery:resources-both/resources-both",
        "WorldThing",
        "jco declares a world-level resource's constructor private although the WIT gives it one; bindery declares `constructor(name: string)`",
    ),
    (
        "resources-both",
        "bindery:resources-both/resources-both",
        "useThing",
        "its parameter is the world-level resource above, whose constructor jco hides",
    ),
    (
        "world-items",
        "bindery:world-items/world-items",
        "Option",
        "jco declares an `Option<T>` helper in the world module that nothing uses; bindery declares helpers only where a nested `option` needs one",
    ),
    (
        "repeated-interface",
        "bindery:repeated-interface/repeated-interface",
        "secondary",
        "`export secondary: store` beside `export store` is a second instance with its own types and classes, declared in module `secondary`; jco re-exports `store`'s module for both, so the two exports would share one `Handle` class",
    ),
];

/// An exported declaration in a jco module.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Export {
    /// A function or a namespace of values (`export * as x`).
    Value(String),
    /// An interface or type alias, with its number of type parameters.
    Type(String, usize),
    /// A class: both its constructor side and its instances.
    Class(String),
    /// `export type * as X`: only its presence is checked.
    TypeNamespace(String),
}

/// The exports of each `declare module` in jco's files, by module.
fn jco_exports(text: &str, into: &mut BTreeMap<String, Vec<Export>>) {
    let mut module = None;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("declare module '") {
            module = rest.split('\'').next().map(str::to_string);
            continue;
        }
        let (Some(module), Some(decl)) = (&module, line.strip_prefix("  export ")) else {
            continue;
        };
        let ident = |s: &str| -> String {
            s.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
                .collect()
        };
        let export = if let Some(rest) = decl.strip_prefix("function ") {
            Export::Value(ident(rest))
        } else if let Some(rest) = decl.strip_prefix("{ ") {
            // `export { _const as const };`
            let name = rest.split(" as ").nth(1).unwrap_or_default();
            Export::Value(ident(name))
        } else if let Some(rest) = decl.strip_prefix("* as ") {
            Export::Value(ident(rest))
        } else if let Some(rest) = decl.strip_prefix("type * as ") {
            Export::TypeNamespace(ident(rest))
        } else if let Some(rest) = decl.strip_prefix("interface ") {
            Export::Type(ident(rest), 0)
        } else if let Some(rest) = decl.strip_prefix("class ") {
            Export::Class(ident(rest))
        } else if let Some(rest) = decl.strip_prefix("type ") {
            let name = ident(rest);
            let generics = rest[name.len()..]
                .strip_prefix('<')
                .and_then(|g| g.split('>').next())
                .map_or(0, |g| g.split(',').count());
            Export::Type(name, generics)
        } else {
            continue;
        };
        into.entry(module.clone()).or_default().push(export);
    }
}

/// jco's text with every module specifier renamed to `jco!…`.
fn rename_modules(text: &str) -> String {
    let mut out = text.to_string();
    for (before, after) in [
        ("declare module '", "declare module 'jco!"),
        (" from '", " from 'jco!"),
        ("import('", "import('jco!"),
    ] {
        out = out.replace(before, after);
    }
    out
}

fn jco_command(bin: &Path, generation: &bindery_corpus::Generation, out: &Path) -> Command {
    let mut command = Command::new(bin.join("jco"));
    command
        .arg("guest-types")
        .arg(&generation.case.path)
        .arg("-o")
        .arg(out)
        .arg("-q");
    if let Some(world) = &generation.options.world {
        command.args(["-n", world]);
    }
    for feature in &generation.options.features {
        command.args(["--feature", feature]);
    }
    if generation.options.all_features {
        command.arg("--all-features");
    }
    command
}

/// One comparison line of the check file, and what it compares.
struct Check {
    line: usize,
    module: String,
    name: String,
}

fn write_checks(
    exports: &BTreeMap<String, Vec<Export>>,
    bindery_text: &str,
    missing: &mut Vec<String>,
) -> (String, Vec<Check>) {
    let mut text = String::from("// Written by the jco equivalence test.\nexport {};\n");
    let mut checks = Vec::new();
    let mut n = 0;
    let mut emit = |text: &mut String, module: &str, name: &str, jco: String, ours: String| {
        n += 1;
        let line = text.lines().count() + 1;
        let _ = writeln!(
            text,
            "{{ let j{n}!: {jco}; let b{n}!: {ours}; j{n} = b{n}; b{n} = j{n}; }}"
        );
        checks.push(Check {
            line,
            module: module.to_string(),
            name: name.to_string(),
        });
    };
    for (module, list) in exports {
        let jco = format!("import('jco!{module}')");
        let ours = format!("import('{module}')");
        for export in list {
            match export {
                Export::Value(name) => emit(
                    &mut text,
                    module,
                    name,
                    format!("typeof {jco}.{name}"),
                    format!("typeof {ours}.{name}"),
                ),
                Export::Type(name, generics) => {
                    let args = match generics {
                        0 => String::new(),
                        n => format!(
                            "<{}>",
                            (0..*n)
                                .map(|i| format!("'t{i}'"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    };
                    emit(
                        &mut text,
                        module,
                        name,
                        format!("{jco}.{name}{args}"),
                        format!("{ours}.{name}{args}"),
                    );
                }
                Export::Class(name) => {
                    emit(
                        &mut text,
                        module,
                        name,
                        format!("typeof {jco}.{name}"),
                        format!("typeof {ours}.{name}"),
                    );
                    emit(
                        &mut text,
                        module,
                        name,
                        format!("{jco}.{name}"),
                        format!("{ours}.{name}"),
                    );
                }
                Export::TypeNamespace(name) => {
                    if !bindery_text.contains(&format!("export type * as {name} from '")) {
                        missing.push(format!("{module}: type namespace `{name}`"));
                    }
                }
            }
        }
    }
    (text, checks)
}

#[test]
fn bindery_declares_what_jco_guest_types_declares() {
    let Some(bin) = common::tools_or_skip("jco equivalence") else {
        return;
    };
    let scratch = tempfile::tempdir().unwrap();
    let work: PathBuf = std::env::var_os("BINDERY_JS_KEEP")
        .map(PathBuf::from)
        .unwrap_or_else(|| scratch.path().to_path_buf())
        .join("jco");
    let (mut compared, mut jco_refused, mut declarations) = (0, Vec::new(), 0);
    let mut jco_invalid = Vec::new();
    let mut differences_seen = Vec::new();
    let mut failures = Vec::new();
    for generation in common::generations() {
        let Ok(files) = generation.generate() else {
            continue;
        };
        let dir = work.join(&generation.name);
        let raw = work.join(format!("{}.raw", generation.name));
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::remove_dir_all(&raw);
        let output = jco_command(&bin, &generation, &raw)
            .output()
            .expect("jco runs");
        if !output.status.success() {
            jco_refused.push(generation.name.clone());
            continue;
        }
        // jco's output must stand on its own before it can be compared.
        if let Err(diagnostics) = common::tsc(&bin, &raw, &common::ts_files(&raw)) {
            let first = diagnostics.lines().next().unwrap_or_default().to_string();
            jco_invalid.push(format!("{} ({first})", generation.name));
            continue;
        }
        common::write(&files, &dir.join("bindery"));
        let mut exports = BTreeMap::new();
        for path in common::ts_files(&raw) {
            let text = std::fs::read_to_string(raw.join(&path)).unwrap();
            jco_exports(&text, &mut exports);
            let target = dir.join("jco").join(&path);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(target, rename_modules(&text)).unwrap();
        }
        let bindery_text: String = files
            .iter()
            .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
            .collect();
        let mut missing = Vec::new();
        let (check_text, checks) = write_checks(&exports, &bindery_text, &mut missing);
        std::fs::write(dir.join("check.ts"), check_text).unwrap();
        declarations += exports.values().map(Vec::len).sum::<usize>();
        for name in missing {
            failures.push(format!("{}: bindery lacks {name}", generation.name));
        }
        let diagnostics = common::tsc(&bin, &dir, &common::ts_files(&dir))
            .err()
            .unwrap_or_default();
        let mut failed_lines = BTreeMap::new();
        for line in diagnostics.lines() {
            match line
                .strip_prefix("check.ts(")
                .and_then(|rest| rest.split(',').next())
                .and_then(|n| n.parse::<usize>().ok())
            {
                Some(n) => {
                    failed_lines.entry(n).or_insert_with(|| line.to_string());
                }
                None if line.contains("error TS") => {
                    failures.push(format!("{}: {line}", generation.name));
                }
                None => {}
            }
        }
        for check in &checks {
            let documented = DIFFERENCES.iter().find(|(g, m, n, _)| {
                *g == generation.name && *m == check.module && *n == check.name
            });
            match (failed_lines.get(&check.line), documented) {
                (Some(_), Some(_)) => {
                    differences_seen.push((generation.name.clone(), check.name.clone()))
                }
                (None, _) => {}
                (Some(error), None) => failures.push(format!(
                    "{}: `{}` in '{}' differs from jco's: {error}",
                    generation.name, check.name, check.module
                )),
            }
        }
        compared += 1;
    }
    for (g, m, n, reason) in DIFFERENCES {
        if !differences_seen.iter().any(|(sg, sn)| sg == g && sn == n) {
            failures.push(format!(
                "documented difference {g} '{m}' `{n}` no longer differs ({reason}): remove it"
            ));
        }
    }
    differences_seen.sort();
    differences_seen.dedup();
    common::say(&format!(
        "jco equivalence: {compared} corpus generations compared ({declarations} jco declarations), {} documented differences, {} refused by jco ({}), {} where jco's own output fails tsc ({}), {} failures\n",
        differences_seen.len(),
        jco_refused.len(),
        jco_refused.join(", "),
        jco_invalid.len(),
        jco_invalid.join("; "),
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(compared > 20, "only {compared} generations compared");
}
