//! WIT doc comments made safe inside a C `/** … */` block.

use bindery_kit::docs;

/// The lines of a doc comment, without leading and trailing blank lines,
/// with everything that could end the comment or trip a warning escaped:
/// `*/` (ends the comment), `/*` (`-Wcomment`) and `??` (trigraphs).
pub fn doc_lines(text: Option<&str>) -> Vec<String> {
    let Some(text) = text else {
        return Vec::new();
    };
    let mut lines: Vec<String> = docs::line_slices(text)
        .map(|line| {
            // Most lines hold neither character: no searches, one copy.
            if !line.bytes().any(|b| b == b'*' || b == b'?') {
                return line.to_string();
            }
            docs::block_safe(line)
                .replace("/*", "/\\*")
                .replace("??", "?\\?")
        })
        .collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let leading = lines.iter().take_while(|l| l.trim().is_empty()).count();
    lines.drain(..leading);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_syntax_is_neutralised() {
        let lines = doc_lines(Some("\nends */ here\nopens /* there\n  ??/\n\n"));
        assert_eq!(lines, ["ends *\\/ here", "opens /\\* there", "  ?\\?/"]);
    }
}
