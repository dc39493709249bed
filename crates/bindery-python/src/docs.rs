//! WIT doc comments as Python docstring lines.
//!
//! A docstring is always written in the long form (`"""`, the lines, `"""`
//! each on a line of its own), so no text touches a delimiter: a line
//! ending in `"` cannot fuse with the closing quotes. Each line is made
//! safe by `bindery_kit::docs::docstring_safe` (`\` doubled, `"""`
//! escaped), so a WIT comment can never end the string early.

use bindery_ir::Stability;
use bindery_kit::docs;

/// The docstring lines of an item (empty: no docstring), with a
/// `Deprecated` paragraph for `@deprecated` items and `extra` paragraphs
/// (already safe) at the end.
pub fn docstring(text: Option<&str>, stability: &Stability, extra: &[String]) -> Vec<String> {
    let mut lines = text_lines(text);
    if let Stability::Stable {
        deprecated: Some(version),
        ..
    }
    | Stability::Unstable {
        deprecated: Some(version),
        ..
    } = stability
    {
        paragraph(&mut lines, &format!("Deprecated: since version {version}."));
    }
    for text in extra {
        paragraph(&mut lines, text);
    }
    lines
}

/// The lines of a doc comment, escaped, without blank lines at either end.
pub fn text_lines(text: Option<&str>) -> Vec<String> {
    let Some(text) = text else {
        return Vec::new();
    };
    let mut lines: Vec<String> = docs::lines(text)
        .iter()
        .map(|line| docs::docstring_safe(line))
        .collect();
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    let leading = lines.iter().take_while(|l| l.is_empty()).count();
    lines.drain(..leading);
    lines
}

/// Appends a paragraph, after a blank line when there is text before it.
pub fn paragraph(lines: &mut Vec<String>, text: &str) {
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines.push(text.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_backslashes_cannot_end_the_docstring() {
        let lines = text_lines(Some("a \"\"\" b\n\\\"\"\"\nlast\""));
        assert_eq!(lines[0], r#"a \"\"\" b"#);
        assert_eq!(lines[1], r#"\\\"\"\""#);
        assert_eq!(lines[2], "last\"");
    }

    #[test]
    fn deprecation_is_a_paragraph() {
        let stability = Stability::Stable {
            since: "1.0.0".into(),
            deprecated: Some("2.0.0".into()),
        };
        assert_eq!(
            docstring(Some("\nDoes it.\n\n"), &stability, &[]),
            ["Does it.", "", "Deprecated: since version 2.0.0."]
        );
        assert!(docstring(None, &Stability::Unknown, &[]).is_empty());
    }
}
