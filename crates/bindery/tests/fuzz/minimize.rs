//! Shrinks a failing WIT package to a small one that fails the same way:
//! drops items (a line, with the block it opens) while the failure
//! persists. Items are tried whole packages first, then interfaces and
//! worlds, then their items, then single lines, so big pieces go first.

use std::time::{Duration, Instant};

use crate::seeds::WitFiles;

/// The line ranges of the items of `text`: every line, with the block
/// following it when it opens one (ends with `{`).
fn items(text: &str) -> Vec<(usize, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut items = Vec::new();
    let mut open: Vec<(usize, usize)> = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.ends_with('{') {
            open.push((index, open.len()));
        } else if trimmed.starts_with('}') {
            if let Some((start, depth)) = open.pop() {
                items.push((depth, start, index + 1));
            }
        } else if !trimmed.is_empty() {
            items.push((open.len(), index, index + 1));
        }
    }
    // Outer items first; among equals, the later ones first (they are
    // more often used by nothing).
    items.sort_by_key(|(depth, start, _)| (*depth, std::cmp::Reverse(*start)));
    items
}

fn without(text: &str, start: usize, end: usize) -> String {
    let mut out: String = text
        .lines()
        .enumerate()
        .filter(|(index, _)| *index < start || *index >= end)
        .map(|(_, line)| format!("{line}\n"))
        .collect();
    if out.is_empty() {
        out.push('\n');
    }
    out
}

/// Drops what it can from `files` while `fails` holds, within `budget`.
/// Returns the smallest failing package found and how many attempts it
/// took.
pub fn minimize(
    mut files: WitFiles,
    budget: Duration,
    fails: &mut dyn FnMut(&WitFiles) -> bool,
) -> (WitFiles, usize) {
    let started = Instant::now();
    let mut attempts = 0;
    'outer: loop {
        // Whole dependency files first.
        let paths: Vec<String> = files.keys().filter(|p| *p != "main.wit").cloned().collect();
        for path in paths {
            if started.elapsed() > budget {
                break 'outer;
            }
            let mut candidate = files.clone();
            candidate.remove(&path);
            attempts += 1;
            if fails(&candidate) {
                files = candidate;
                continue 'outer;
            }
        }
        let mut progress = false;
        let paths: Vec<String> = files.keys().cloned().collect();
        for path in paths {
            // Items are recomputed after every success: line numbers move.
            let mut tried = 0;
            loop {
                let text = files[&path].clone();
                let candidates = items(&text);
                let Some(&(_, start, end)) = candidates.get(tried) else {
                    break;
                };
                if started.elapsed() > budget {
                    break 'outer;
                }
                let mut candidate = files.clone();
                candidate.insert(path.clone(), without(&text, start, end));
                attempts += 1;
                if fails(&candidate) {
                    files = candidate;
                    progress = true;
                } else {
                    tried += 1;
                }
            }
        }
        if !progress {
            break;
        }
    }
    // Blank lines left by removed items mean nothing to WIT.
    for text in files.values_mut() {
        while text.contains("\n\n\n") {
            *text = text.replace("\n\n\n", "\n\n");
        }
    }
    (files, attempts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_blocks_and_lines_outer_first() {
        let text = "package a:b;\ninterface i {\n  f: func();\n}\n";
        let found = items(text);
        assert_eq!(found[0], (0, 1, 4), "the interface block");
        assert!(found.contains(&(1, 2, 3)), "its function");
        assert!(found.contains(&(0, 0, 1)), "the package line");
    }

    #[test]
    fn shrinks_to_what_keeps_failing() {
        let mut files = WitFiles::new();
        files.insert(
            "main.wit".into(),
            "package a:b;\ninterface i {\n  f: func();\n  g: func();\n}\ninterface j {\n  h: func();\n}\n".into(),
        );
        files.insert("deps/x.wit".into(), "package x:y;\n".into());
        let mut fails = |f: &WitFiles| f["main.wit"].contains("g: func()");
        let (small, _) = minimize(files, Duration::from_secs(60), &mut fails);
        assert_eq!(small.len(), 1, "the dependency is dropped");
        assert_eq!(small["main.wit"], "interface i {\n  g: func();\n}\n");
    }
}
