//! WIT doc comments as C# XML documentation (`/// <summary>…</summary>`).
//!
//! A `///` comment ends only at a line break, and `bindery_kit::docs::lines`
//! splits at every kind of break, so no text can leave the comment. Inside
//! it the text is XML: `&`, `<` and `>` are escaped so a doc can neither
//! open a tag nor break the compiler's (or an IDE's) reading of it.

use bindery_ir::Stability;
use bindery_kit::docs;

/// The `///` lines of an item's docs (empty when there are none), with a
/// `<remarks>` line for a deprecated item. No `[Obsolete]`: the glue itself
/// calls every item, and `-warnaserror` would turn each call into an error.
pub fn item(text: Option<&str>, stability: &Stability) -> Vec<String> {
    let mut out = summary(text);
    if let Stability::Stable {
        deprecated: Some(version),
        ..
    }
    | Stability::Unstable {
        deprecated: Some(version),
        ..
    } = stability
    {
        out.push(format!(
            "/// <remarks>Deprecated since version {}.</remarks>",
            xml(version)
        ));
    }
    out
}

/// `/// <summary>`, the lines, `/// </summary>`; empty without docs.
pub fn summary(text: Option<&str>) -> Vec<String> {
    let Some(text) = text else {
        return Vec::new();
    };
    // Slices of the docs (each trimmed at its end, so a blank line is
    // empty), without the blank lines around them.
    let lines: Vec<&str> = docs::line_slices(text).collect();
    let Some(first) = lines.iter().position(|l| !l.is_empty()) else {
        return Vec::new();
    };
    let last = lines.iter().rposition(|l| !l.is_empty()).unwrap_or(first);
    let mut out = Vec::with_capacity(last - first + 3);
    out.push("/// <summary>".to_string());
    for line in &lines[first..=last] {
        if line.is_empty() {
            out.push("///".to_string());
        } else {
            let mut text = String::with_capacity(line.len() + 8);
            text.push_str("/// ");
            push_xml(line, &mut text);
            out.push(text);
        }
    }
    out.push("/// </summary>".to_string());
    out
}

/// Text made safe inside an XML element.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_xml(text, &mut out);
    out
}

/// [`xml`], appended to `out` in one pass.
fn push_xml(text: &str, out: &mut String) {
    let mut rest = text;
    // A byte scan: the three are ASCII, so never inside a longer character.
    while let Some(at) = rest.bytes().position(|b| matches!(b, b'&' | b'<' | b'>')) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            _ => "&gt;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_line_breaks_cannot_escape() {
        let lines = summary(Some("a <b> & c\r\n\nnext\u{2028}int x = 1;"));
        assert_eq!(
            lines,
            [
                "/// <summary>",
                "/// a &lt;b&gt; &amp; c",
                "///",
                "/// next",
                "/// int x = 1;",
                "/// </summary>",
            ]
        );
        assert!(summary(Some("\n\n")).is_empty());
        assert!(summary(None).is_empty());
    }

    #[test]
    fn xml_escapes_every_markup_character_once() {
        assert_eq!(xml("&&<é>x>"), "&amp;&amp;&lt;é&gt;x&gt;");
        assert_eq!(xml("&amp;"), "&amp;amp;");
        assert_eq!(xml("plain"), "plain");
    }

    #[test]
    fn deprecation_is_a_remark() {
        let stability = Stability::Stable {
            since: "0.1.0".into(),
            deprecated: Some("0.2.0".into()),
        };
        let lines = item(None, &stability);
        assert_eq!(
            lines,
            ["/// <remarks>Deprecated since version 0.2.0.</remarks>"]
        );
    }
}
