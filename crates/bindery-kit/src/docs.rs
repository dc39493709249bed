//! Doc comments from WIT, made safe for the target. A WIT doc comment is
//! user text: it must never be able to end a comment early or start code.

/// The lines of a doc comment, with trailing whitespace removed and every
/// kind of line break (`\r\n`, `\r`, `\n`, U+2028/9) treated as a break, so a
/// line comment can never be left by an embedded newline.
pub fn lines(docs: &str) -> Vec<String> {
    let normalised = docs.replace("\r\n", "\n");
    normalised
        .split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'])
        .map(|line| line.trim_end().to_string())
        .collect()
}

/// For `/* … */` and `/** … */` comments: `*/` would close the comment.
pub fn block_safe(line: &str) -> String {
    line.replace("*/", "*\\/")
}

/// For Python docstrings: `"""` would close the string and `\` starts
/// escapes.
pub fn docstring_safe(line: &str) -> String {
    line.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_break_splits() {
        assert_eq!(lines("a\r\nb\rc\u{2028}d\n"), ["a", "b", "c", "d", ""]);
    }

    #[test]
    fn comment_terminators_are_neutralised() {
        assert_eq!(block_safe("x */ int evil;"), "x *\\/ int evil;");
        assert!(!docstring_safe(r#"a """ b"#).contains(r#"""""#));
    }
}
