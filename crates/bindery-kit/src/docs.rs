//! Doc comments from WIT, made safe for the target. A WIT doc comment is
//! user text: it must never be able to end a comment early or start code.

/// The lines of a doc comment, with trailing whitespace removed and every
/// kind of line break (`\r\n`, `\r`, `\n`, U+2028/9, U+85) treated as a
/// break, so a line comment can never be left by an embedded newline.
pub fn lines(docs: &str) -> Vec<String> {
    line_slices(docs).map(str::to_string).collect()
}

/// [`lines`] as slices of `docs`, for callers that copy only what they
/// keep.
pub fn line_slices(docs: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(docs);
    std::iter::from_fn(move || {
        let text = rest?;
        match line_break(text) {
            None => {
                rest = None;
                Some(text.trim_end())
            }
            Some((at, len)) => {
                rest = Some(&text[at + len..]);
                Some(text[..at].trim_end())
            }
        }
    })
}

/// The first line break in `text`: where it starts and its length in
/// bytes (`\r\n` is one break). A scan of bytes: U+85 and U+2028/9 are
/// the only breaks that are not ASCII, and their UTF-8 starts with 0xC2 or
/// 0xE2.
fn line_break(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(offset) = bytes[at..]
        .iter()
        .position(|b| matches!(b, b'\n' | b'\r' | 0xC2 | 0xE2))
    {
        at += offset;
        match &bytes[at..] {
            [b'\r', b'\n', ..] => return Some((at, 2)),
            [b'\n' | b'\r', ..] => return Some((at, 1)),
            [0xC2, 0x85, ..] => return Some((at, 2)),
            [0xE2, 0x80, 0xA8 | 0xA9, ..] => return Some((at, 3)),
            _ => at += 1,
        }
    }
    None
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
        assert_eq!(
            lines("\r\r\n\u{85}x  \u{2029}\n"),
            ["", "", "", "x", "", ""]
        );
        assert_eq!(lines(""), [""]);
        assert_eq!(lines("é\u{2027}\u{2029}¢"), ["é\u{2027}", "¢"]);
    }

    #[test]
    fn comment_terminators_are_neutralised() {
        assert_eq!(block_safe("x */ int evil;"), "x *\\/ int evil;");
        assert!(!docstring_safe(r#"a """ b"#).contains(r#"""""#));
    }
}
