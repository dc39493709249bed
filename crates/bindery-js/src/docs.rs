//! WIT doc comments as JSDoc blocks. A WIT doc comment is user text: every
//! kind of line break starts a new ` * ` line and `*/` is broken up, so no
//! text can close the comment and become code.

use bindery_ir::Stability;
use bindery_kit::docs;

/// The lines of a JSDoc block (`/**`, ` * …`, ` */`), without indentation;
/// empty when there is nothing to say. `extra` lines (tags such as
/// `@throws`) follow the text after a blank line.
pub fn jsdoc(text: Option<&str>, stability: &Stability, extra: &[String]) -> Vec<String> {
    let mut body: Vec<String> = match text {
        Some(text) => trim_blank(docs::lines(text)),
        None => Vec::new(),
    };
    let mut tags: Vec<String> = extra.to_vec();
    match stability {
        Stability::Stable {
            since,
            deprecated: Some(version),
        } => {
            tags.push(format!("@since {since}"));
            tags.push(format!("@deprecated since {version}"));
        }
        Stability::Unstable {
            feature,
            deprecated,
        } => {
            tags.push(format!("Unstable: behind the `{feature}` feature gate."));
            if let Some(version) = deprecated {
                tags.push(format!("@deprecated since {version}"));
            }
        }
        Stability::Stable {
            since,
            deprecated: None,
        } => tags.push(format!("@since {since}")),
        Stability::Unknown => {}
    }
    if !tags.is_empty() && !body.is_empty() {
        body.push(String::new());
    }
    body.extend(tags);
    if body.is_empty() {
        return body;
    }
    let mut out = vec!["/**".to_string()];
    for line in body {
        let line = docs::block_safe(&line);
        out.push(if line.is_empty() {
            " *".to_string()
        } else {
            format!(" * {line}")
        });
    }
    out.push(" */".into());
    out
}

fn trim_blank(mut lines: Vec<String>) -> Vec<String> {
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let start = lines.iter().take_while(|l| l.is_empty()).count();
    lines.drain(..start);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_terminators_cannot_escape() {
        let lines = jsdoc(
            Some("ends */ here\r\nnext\u{2028}x"),
            &Stability::Unknown,
            &[],
        );
        assert_eq!(
            lines,
            ["/**", " * ends *\\/ here", " * next", " * x", " */"]
        );
    }

    #[test]
    fn tags_follow_the_text() {
        let stability = Stability::Stable {
            since: "1.0.0".into(),
            deprecated: Some("1.1.0".into()),
        };
        let lines = jsdoc(Some("Text.\n"), &stability, &["@throws {string}".into()]);
        assert_eq!(
            lines,
            [
                "/**",
                " * Text.",
                " *",
                " * @throws {string}",
                " * @since 1.0.0",
                " * @deprecated since 1.1.0",
                " */"
            ]
        );
        assert!(jsdoc(None, &Stability::Unknown, &[]).is_empty());
    }
}
