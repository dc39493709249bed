//! Better messages for inputs wit-parser rejects vaguely: a file that is
//! not UTF-8 (it names only the file), and the cases it reports alike as
//! "no package header was found" (an empty file, a file of comments only, a
//! file whose items have no `package` line, a directory without `.wit`
//! files). Consulted only after wit-parser failed.

use std::fs;
use std::path::{Path, PathBuf};

/// A clearer message for why the WIT at `input` did not parse, if there is
/// one.
pub fn explain(input: &Path) -> Option<String> {
    let files = wit_files(input);
    for file in &files {
        if let Some(message) = invalid_utf8(file) {
            return Some(message);
        }
    }
    // Only the package's own files: `deps/` hold other packages.
    let own: Vec<&PathBuf> = files
        .iter()
        .filter(|f| input.is_file() || f.parent() == Some(input))
        .collect();
    if input.is_dir() && own.is_empty() {
        return Some(format!(
            "`{}` holds no `.wit` files: a WIT package directory needs at least one, \
             starting with `package namespace:name;`",
            input.display()
        ));
    }
    let texts: Vec<(&PathBuf, String)> = own
        .iter()
        .map(|f| (*f, fs::read_to_string(f).unwrap_or_default()))
        .collect();
    if texts.iter().any(|(_, text)| declares_package(text)) {
        return None;
    }
    match texts.as_slice() {
        [(file, text)] => Some(no_package(file, text)),
        _ => Some(format!(
            "none of the {} `.wit` files in `{}` declares its package: one of them must \
             start with `package namespace:name;`",
            texts.len(),
            input.display()
        )),
    }
}

/// The `.wit` files of the input, sorted: the file itself, or every one
/// under the directory (with `deps/`).
fn wit_files(input: &Path) -> Vec<PathBuf> {
    if input.is_file() {
        return vec![input.to_path_buf()];
    }
    let mut files = Vec::new();
    let mut stack = vec![input.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "wit") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// `file:line:col` of the first byte that is not UTF-8, if there is one.
fn invalid_utf8(file: &Path) -> Option<String> {
    let bytes = fs::read(file).ok()?;
    let err = std::str::from_utf8(&bytes).err()?;
    let valid = &bytes[..err.valid_up_to()];
    let text = std::str::from_utf8(valid).expect("valid up to here");
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    Some(format!(
        "invalid UTF-8 (byte 0x{:02x}): WIT files must be UTF-8\n     --> {}:{line}:{column}",
        bytes[err.valid_up_to()],
        file.display()
    ))
}

/// The text with comments blanked out (each comment character becomes a
/// space, line breaks stay), so positions still match the file.
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut depth = 0usize;
    let mut line_comment = false;
    while let Some(c) = chars.next() {
        let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
        if line_comment {
            line_comment = c != '\n';
            out.push(blank(c));
        } else if depth > 0 {
            if c == '*' && chars.peek() == Some(&'/') {
                chars.next();
                depth -= 1;
                out.push_str("  ");
            } else if c == '/' && chars.peek() == Some(&'*') {
                chars.next();
                depth += 1;
                out.push_str("  ");
            } else {
                out.push(blank(c));
            }
        } else if c == '/' && chars.peek() == Some(&'/') {
            line_comment = true;
            out.push(' ');
        } else if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            depth = 1;
            out.push_str("  ");
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether the file's first word (after comments and `@…` annotations) is
/// `package`.
fn declares_package(text: &str) -> bool {
    let code = without_comments(text);
    let mut rest = code.trim_start();
    // Annotations (`@since(version = 1.0.0)`, `@unstable(…)`) may come first.
    while let Some(annotation) = rest.strip_prefix('@') {
        let name_end = annotation
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(annotation.len());
        let after = annotation[name_end..].trim_start();
        rest = match after.strip_prefix('(') {
            Some(inside) => inside.find(')').map_or("", |end| &inside[end + 1..]),
            None => after,
        }
        .trim_start();
    }
    rest.split_whitespace()
        .next()
        .is_some_and(|w| w == "package")
}

/// Why a single file without a `package` line was refused.
fn no_package(file: &Path, text: &str) -> String {
    let code = without_comments(text);
    if text.trim().is_empty() {
        return format!(
            "`{}` is empty: a WIT file starts with `package namespace:name;`",
            file.display()
        );
    }
    let Some(offset) = code.find(|c: char| !c.is_whitespace()) else {
        return format!(
            "`{}` holds only comments: a WIT file starts with `package namespace:name;`",
            file.display()
        );
    };
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    format!(
        "no `package namespace:name;` before the first item: a WIT file must declare its package first\n     --> {}:{line}:{column}",
        file.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_blanked_in_place() {
        let text = "// a\n/* b /* c */ */ x";
        let code = without_comments(text);
        assert_eq!(code.len(), text.len());
        assert_eq!(code.trim(), "x");
        assert!(declares_package(
            "/// docs\n@since(version = 1.0.0)\npackage a:b;"
        ));
        assert!(!declares_package("// package a:b;\nworld w {}"));
    }

    #[test]
    fn the_first_item_is_located() {
        let message = no_package(Path::new("x.wit"), "// note\n\n  world w {}\n");
        assert!(message.ends_with("--> x.wit:3:3"), "{message}");
        assert!(no_package(Path::new("x.wit"), " \n").contains("is empty"));
        assert!(no_package(Path::new("x.wit"), "/* c */\n// d\n").contains("only comments"));
    }
}
