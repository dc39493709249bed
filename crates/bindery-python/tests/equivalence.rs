//! bindery's Python bindings against the anchor: for every corpus
//! generation, componentize-py 0.25.1's own `bindings` are generated
//! beside bindery's, and the public API of both (every module, class,
//! function, method and its signature, field, enum and flags member,
//! alias; read by `tests/api_shape.py`, normalised so only what an
//! annotation denotes counts) is compared. Any difference must be listed,
//! with its reason, in the table of `languages/python/README.md`
//! ("Differences from componentize-py"), and every row of that table must
//! still be a difference.
//!
//! A generation one tool accepts and the other refuses is a difference of
//! the whole world (item `(world)`); a module of componentize-py's that is
//! not valid Python is one difference (`unparsable <module>`), and its
//! items are not compared.
//!
//! Under `CI=true` missing tools fail; otherwise the test is skipped
//! loudly. `BINDERY_PYTHON_CASES=records,keywords` compares only those.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

use common::{Generation, GenerationExt, Python};

const README: &str = "languages/python/README.md";
const TABLE_MARKER: &str =
    "<!-- differences: checked by crates/bindery-python/tests/equivalence.rs -->";

/// One item's parts (decorators, bases, parameters, result, type, value),
/// by `kind path`.
type Api = BTreeMap<String, Vec<String>>;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Difference {
    entry: String,
    item: String,
    anchor: String,
    bindery: String,
}

impl Difference {
    fn row(&self) -> String {
        format!(
            "| `{}` | `{}` | `{}` | `{}` | REASON |",
            self.entry, self.item, self.anchor, self.bindery
        )
    }
}

fn selected(name: &str) -> bool {
    match std::env::var("BINDERY_PYTHON_CASES") {
        Ok(list) if !list.trim().is_empty() => list
            .split(',')
            .any(|c| c.trim() == name.split('@').next().unwrap_or(name)),
        _ => true,
    }
}

/// The public API of the package in `dir`.
fn api(python: &Python, dir: &Path) -> Api {
    let script = common::repo_root().join("crates/bindery-python/tests/api_shape.py");
    let output = Command::new(&python.python)
        .arg(&script)
        .arg(dir)
        .output()
        .expect("python runs");
    assert!(
        output.status.success(),
        "api_shape.py failed on {}:\n{}",
        dir.display(),
        common::output_text(&output)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| {
            let mut fields = line.split('\t');
            let kind = fields.next().unwrap_or_default();
            let path = fields.next().unwrap_or_default();
            (
                format!("{kind} {path}"),
                fields.map(str::to_string).collect(),
            )
        })
        .collect()
}

/// componentize-py's bindings for a generation, or its error.
fn anchor_bindings(python: &Python, generation: &Generation, out: &Path) -> Result<(), String> {
    let mut command = Command::new(&python.componentize_py);
    command.arg("-d").arg(&generation.case.path);
    if let Some(world) = &generation.options.world {
        command.args(["-w", world]);
    }
    if !generation.options.features.is_empty() {
        command.args(["--features", &generation.options.features.join(",")]);
    }
    if generation.options.all_features {
        command.arg("--all-features");
    }
    let output = command
        .arg("bindings")
        .arg(out)
        .output()
        .expect("componentize-py runs");
    if output.status.success() {
        return Ok(());
    }
    let text = common::output_text(&output);
    let reason = text
        .lines()
        .find(|l| l.contains("Error") || l.contains("not yet implemented"))
        .unwrap_or("failed")
        .trim()
        .to_string();
    Err(reason)
}

/// The items of an unparsable module (and the module itself).
fn in_module(item: &str, module: &str) -> bool {
    let path = item.split_once(' ').map_or(item, |(_, p)| p);
    path == module || path.starts_with(&format!("{module}."))
}

fn compare(entry: &str, anchor: &Api, bindery: &Api) -> Vec<Difference> {
    let mut differences = Vec::new();
    let unparsable: Vec<String> = anchor
        .keys()
        .filter_map(|k| k.strip_prefix("unparsable ").map(str::to_string))
        .collect();
    let skipped = |item: &str| {
        !item.starts_with("unparsable ") && unparsable.iter().any(|m| in_module(item, m))
    };
    let mut difference = |item: &str, anchor: String, bindery: String| {
        differences.push(Difference {
            entry: entry.to_string(),
            item: item.to_string(),
            anchor,
            bindery,
        })
    };
    for (item, parts) in anchor.iter().filter(|(i, _)| !skipped(i)) {
        match bindery.get(item) {
            None if item.starts_with("unparsable ") => {
                difference(item, parts.join("; "), "valid Python".into())
            }
            None => difference(item, present(parts), "(missing)".into()),
            Some(ours) if ours != parts => {
                let (a, b) = differing_parts(parts, ours);
                difference(item, a, b);
            }
            Some(_) => {}
        }
    }
    for (item, parts) in bindery.iter().filter(|(i, _)| !skipped(i)) {
        if !anchor.contains_key(item) {
            difference(item, "(missing)".into(), present(parts));
        }
    }
    differences
}

fn present(parts: &[String]) -> String {
    if parts.is_empty() {
        "(present)".to_string()
    } else {
        parts.join("; ")
    }
}

/// The parts that differ: position by position when both have as many,
/// else those only one side has.
fn differing_parts(anchor: &[String], ours: &[String]) -> (String, String) {
    let (a, b): (Vec<&str>, Vec<&str>) = if anchor.len() == ours.len() {
        anchor
            .iter()
            .zip(ours)
            .filter(|(x, y)| x != y)
            .map(|(x, y)| (x.as_str(), y.as_str()))
            .unzip()
    } else {
        (
            anchor
                .iter()
                .filter(|p| !ours.contains(p))
                .map(String::as_str)
                .collect(),
            ours.iter()
                .filter(|p| !anchor.contains(p))
                .map(String::as_str)
                .collect(),
        )
    };
    (a.join("; "), b.join("; "))
}

/// The documented differences: the rows of the table after the marker in
/// the README, each with a reason.
fn documented() -> Vec<(Difference, String)> {
    let text = fs::read_to_string(common::repo_root().join(README)).expect("the Python README");
    let table = text
        .split_once(TABLE_MARKER)
        .unwrap_or_else(|| panic!("{README} has no line `{TABLE_MARKER}`"))
        .1;
    let mut rows = Vec::new();
    for line in table.lines().skip_while(|l| l.trim().is_empty()) {
        if !line.starts_with('|') {
            break;
        }
        let cells: Vec<String> = line
            .trim()
            .trim_matches('|')
            .split(" | ")
            .map(|c| c.trim().trim_matches('`').to_string())
            .collect();
        if cells.len() != 5 || cells[0] == "entry" || cells[0].starts_with("---") {
            continue;
        }
        assert!(
            !cells[4].is_empty() && cells[4] != "REASON",
            "{README}: a difference without its reason: {line}"
        );
        rows.push((
            Difference {
                entry: cells[0].clone(),
                item: cells[1].clone(),
                anchor: cells[2].clone(),
                bindery: cells[3].clone(),
            },
            cells[4].clone(),
        ));
    }
    assert!(!rows.is_empty(), "{README}: the differences table is empty");
    rows
}

#[test]
fn public_api_matches_componentize_py() {
    let Some(python) = common::python_or_skip("Python equivalence") else {
        return;
    };
    let scratch = tempfile::tempdir().unwrap();
    let mut found: Vec<Difference> = Vec::new();
    let mut failures = Vec::new();
    let (mut compared, mut items) = (0, 0);
    let generations: Vec<Generation> = common::generations()
        .into_iter()
        .filter(|g| selected(&g.name))
        .collect();
    for generation in &generations {
        let entry = generation.name.clone();
        let anchor_dir = scratch.path().join(&entry).join("componentize-py");
        let ours_dir = scratch.path().join(&entry).join("bindery");
        let anchor = anchor_bindings(&python, generation, &anchor_dir);
        let ours = generation.generate();
        let world = |anchor: &str, bindery: &str| Difference {
            entry: entry.clone(),
            item: "(world)".into(),
            anchor: anchor.into(),
            bindery: bindery.into(),
        };
        match (anchor, ours) {
            (Ok(()), Ok(files)) => {
                common::write(&files, &ours_dir);
                let anchor_api = api(&python, &anchor_dir);
                let ours_api = api(&python, &ours_dir);
                items += anchor_api.len();
                found.extend(compare(&entry, &anchor_api, &ours_api));
                compared += 1;
            }
            (Ok(()), Err(err)) if common::is_capability_refusal(&err) => {
                found.push(world("bindings", "refused"));
            }
            (Err(_), Ok(_)) => found.push(world("fails", "bindings")),
            (Err(_), Err(err)) if common::is_capability_refusal(&err) => {}
            (_, Err(err)) => failures.push(format!("{entry}: bindery failed: {err}")),
        }
    }
    let documented = documented();
    let whole_corpus = generations.len() == common::generations().len();
    let undocumented: Vec<&Difference> = found
        .iter()
        .filter(|d| !documented.iter().any(|(row, _)| row == *d))
        .collect();
    if !undocumented.is_empty() {
        failures.push(format!(
            "{} difference(s) from componentize-py not in the table of {README} (add a row with the reason, or fix bindery):\n{}",
            undocumented.len(),
            undocumented.iter().map(|d| d.row()).collect::<Vec<_>>().join("\n")
        ));
    }
    let stale: Vec<String> = documented
        .iter()
        .filter(|(row, _)| whole_corpus || selected(&row.entry))
        .filter(|(row, _)| !found.contains(row))
        .map(|(row, _)| row.row())
        .collect();
    if !stale.is_empty() {
        failures.push(format!(
            "{} row(s) of the table in {README} are no longer differences (remove them):\n{}",
            stale.len(),
            stale.join("\n")
        ));
    }
    common::say(&format!(
        "python equivalence: {compared} generations compared with componentize-py ({items} items of its API), {} documented differences found, {} failures\n",
        found.len(),
        failures.len()
    ));
    assert!(compared > 0, "nothing was compared");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
