//! WIT doc comments as Go `//` comments that `gofmt` leaves as they are.
//!
//! Line breaks are made safe by `bindery_kit::docs::lines` (a `//` comment
//! ends only at a line break, so no text can escape it). What remains is
//! gofmt's doc-comment reformatting: it drops leading, trailing and repeated
//! blank lines, turns indented lines into code blocks (a tab after `//`,
//! blank lines around) and re-indents indented list items. This writes the
//! form gofmt would write, so the output is a fixed point of gofmt.

use bindery_ir::Stability;
use bindery_kit::docs;

/// The doc comment of an item that may be deprecated: Go's convention is a
/// final `Deprecated:` paragraph, which go vet, gopls and linters read.
pub fn item(text: Option<&str>, stability: &Stability) -> Vec<String> {
    let mut lines = comment(text);
    if let Stability::Stable {
        deprecated: Some(version),
        ..
    }
    | Stability::Unstable {
        deprecated: Some(version),
        ..
    } = stability
    {
        if !lines.is_empty() {
            lines.push("//".into());
        }
        lines.extend(comment(Some(&format!(
            "Deprecated: since version {version}."
        ))));
    }
    lines
}

/// The comment lines (`// …`, `//\t…`, `//`) for a doc string; empty when
/// there is nothing to say.
pub fn comment(text: Option<&str>) -> Vec<String> {
    let Some(text) = text else {
        return Vec::new();
    };
    // Go source may not hold a byte order mark past its start, nor NUL (the
    // compiler rejects both, even in comments): they carry no meaning here.
    let cleaned;
    let text = if text.contains('\0') || text.contains('\u{feff}') {
        cleaned = text.replace(['\u{feff}', '\0'], "");
        &cleaned
    } else {
        text
    };
    let mut blocks: Vec<Block> = Vec::new();
    for line in docs::line_slices(text) {
        let indent_len = line.len() - line.trim_start_matches([' ', '\t']).len();
        let trimmed = &line[indent_len..];
        if trimmed.is_empty() {
            blocks.push(Block::Blank);
        } else if indent_len > 0 && !starts_list_item(trimmed) {
            // A blank line between indented lines stays inside the code block.
            let after_code = matches!(blocks.last(), Some(Block::Blank))
                && matches!(blocks.iter().rev().nth(1), Some(Block::Code(_)));
            if after_code {
                blocks.pop();
            }
            match blocks.last_mut() {
                Some(Block::Code(lines)) => {
                    if after_code {
                        lines.push("");
                    }
                    lines.push(line);
                }
                _ => blocks.push(Block::Code(vec![line])),
            }
        } else {
            // Unindented (or an indented list item, unindented so gofmt
            // keeps it as plain text).
            blocks.push(Block::Text(trimmed));
        }
    }
    render(&blocks)
}

enum Block<'a> {
    Blank,
    Text(&'a str),
    Code(Vec<&'a str>),
}

fn render(blocks: &[Block<'_>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut pending_blank = false;
    for block in blocks {
        match block {
            Block::Blank => pending_blank = !out.is_empty(),
            Block::Text(text) => {
                if pending_blank || matches!(out.last(), Some(l) if l.starts_with("//\t")) {
                    out.push("//".to_string());
                }
                pending_blank = false;
                let mut line = String::with_capacity(text.len() + 3);
                line.push_str("// ");
                quotes(text, &mut line);
                out.push(line);
            }
            Block::Code(lines) => {
                if !out.is_empty() {
                    out.push("//".to_string());
                }
                pending_blank = false;
                let common = common_indent(lines);
                for line in lines {
                    if line.is_empty() {
                        out.push("//".to_string());
                    } else {
                        out.push(["//\t", &line[common..]].concat());
                    }
                }
            }
        }
    }
    out
}

/// gofmt's typographic quotes in doc text: two backticks become “ and two
/// single quotes ”, except in runs of three or more backticks (Markdown
/// fences, which gofmt leaves alone). Appends to `out`.
fn quotes(text: &str, out: &mut String) {
    // Single characters first: memchr, not a substring search per line.
    let doubled = |c: char, pair: &str| text.contains(c) && text.contains(pair);
    if !doubled('`', "``") && !doubled('\'', "''") {
        out.push_str(text);
        return;
    }
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("``") {
            if after.starts_with('`') {
                let run = rest.len() - rest.trim_start_matches('`').len();
                out.push_str(&rest[..run]);
                rest = &rest[run..];
            } else {
                out.push('“');
                rest = after;
            }
        } else if let Some(after) = rest.strip_prefix("''") {
            out.push('”');
            rest = after;
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
}

/// Length of the leading whitespace all non-blank lines share (as a string
/// prefix, as gofmt compares it).
fn common_indent(lines: &[&str]) -> usize {
    let mut prefix: Option<&str> = None;
    for line in lines.iter().filter(|l| !l.is_empty()) {
        let indent = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
        prefix = Some(match prefix {
            None => indent,
            Some(p) => {
                let shared = p
                    .bytes()
                    .zip(indent.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                &p[..shared]
            }
        });
    }
    prefix.map_or(0, str::len)
}

/// A bullet (`-`, `*`, `+`, `•`) or number (`1.`, `2)`) followed by a space:
/// gofmt re-indents such lines when they are indented.
fn starts_list_item(text: &str) -> bool {
    let rest = if let Some(rest) = text.strip_prefix(['-', '*', '+', '•']) {
        rest
    } else {
        let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            return false;
        }
        match text[digits..].strip_prefix(['.', ')']) {
            Some(rest) => rest,
            None => return false,
        }
    };
    rest.is_empty() || rest.starts_with([' ', '\t'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_blank_lines() {
        assert_eq!(
            comment(Some("\n\nOne.\n\n\nTwo.\n\n")),
            ["// One.", "//", "// Two."]
        );
        assert!(comment(Some("  \n")).is_empty());
    }

    #[test]
    fn indented_lines_become_code_blocks() {
        assert_eq!(
            comment(Some("Text\n    code\n      deeper\n\n    more\nafter")),
            [
                "// Text",
                "//",
                "//\tcode",
                "//\t  deeper",
                "//",
                "//\tmore",
                "//",
                "// after"
            ]
        );
    }

    #[test]
    fn indented_list_items_are_unindented() {
        assert_eq!(
            comment(Some("x\n  - item\n  2. two")),
            ["// x", "// - item", "// 2. two"]
        );
    }

    #[test]
    fn doubled_quotes_become_typographic_ones() {
        assert_eq!(
            comment(Some("``a'' and ```fence``` and '''")),
            ["// “a” and ```fence``` and ”'"]
        );
    }

    #[test]
    fn every_line_break_starts_a_comment_line() {
        assert_eq!(
            comment(Some("a\rfn evil() {}")),
            ["// a", "// fn evil() {}"]
        );
    }
}
