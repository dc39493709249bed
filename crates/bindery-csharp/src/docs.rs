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
    let mut lines = docs::lines(text);
    while lines.first().is_some_and(|l| l.trim().is_empty()) {
        lines.remove(0);
    }
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    if lines.is_empty() {
        return Vec::new();
    }
    let mut out = vec!["/// <summary>".to_string()];
    for line in lines {
        if line.is_empty() {
            out.push("///".to_string());
        } else {
            out.push(format!("/// {}", xml(&line)));
        }
    }
    out.push("/// </summary>".to_string());
    out
}

/// Text made safe inside an XML element.
pub fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
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
