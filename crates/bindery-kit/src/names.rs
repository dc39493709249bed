//! Identifier spelling: heck's case conversion, then keyword escaping.
//! Escaping comes after conversion because conversion can make a keyword
//! (`self-type` is fine in WIT, `SelfType` is fine in Rust, but `type` → `type`).

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

use heck::{ToLowerCamelCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// A language's naming rules: its reserved words and how to escape them.
#[derive(Debug, Clone)]
pub struct Names {
    keywords: BTreeSet<String>,
    suffix: &'static str,
    /// Conversions made so far, one map per [`Case`] from WIT name to
    /// identifier: a world names the same types and interfaces many
    /// times, and heck's conversion is a noticeable share of generation
    /// time. Keyed by the name alone so that a lookup allocates nothing.
    made: RefCell<[HashMap<String, String>; 4]>,
}

#[derive(Debug, Clone, Copy)]
enum Case {
    Snake,
    UpperCamel,
    LowerCamel,
    Shouty,
}

impl Case {
    /// heck's conversion, through [`kebab_case`] when the name allows.
    fn convert(self, text: &str) -> String {
        kebab_case(self, text).unwrap_or_else(|| match self {
            Case::Snake => text.to_snake_case(),
            Case::UpperCamel => text.to_upper_camel_case(),
            Case::LowerCamel => text.to_lower_camel_case(),
            Case::Shouty => text.to_shouty_snake_case(),
        })
    }
}

/// heck's `to_snake_case`, without the keyword escaping and caching of
/// [`Names`]: for pieces of longer identifiers.
pub fn snake_case(text: &str) -> String {
    Case::Snake.convert(text)
}

/// heck's `to_shouty_snake_case`, as [`snake_case`].
pub fn shouty_snake_case(text: &str) -> String {
    Case::Shouty.convert(text)
}

/// heck's `to_upper_camel_case`, as [`snake_case`].
pub fn upper_camel_case(text: &str) -> String {
    Case::UpperCamel.convert(text)
}

/// heck's `to_lower_camel_case`, as [`snake_case`].
pub fn lower_camel_case(text: &str) -> String {
    Case::LowerCamel.convert(text)
}

impl Names {
    /// `keywords` is the text of `languages/<lang>/keywords`: one word per
    /// line, `#` starts a comment. Escaping appends `suffix` (e.g. `_`).
    pub fn new(keywords: &str, suffix: &'static str) -> Self {
        let keywords = keywords
            .lines()
            .map(|line| line.split('#').next().unwrap_or("").trim())
            .filter(|word| !word.is_empty())
            .map(str::to_string)
            .collect();
        Names {
            keywords,
            suffix,
            made: RefCell::default(),
        }
    }

    pub fn is_keyword(&self, word: &str) -> bool {
        self.keywords.contains(word)
    }

    /// Escapes an already-cased identifier if it is reserved.
    pub fn escape(&self, ident: String) -> String {
        if self.is_keyword(&ident) {
            ident + self.suffix
        } else {
            ident
        }
    }

    pub fn snake(&self, wit: &str) -> String {
        self.convert(Case::Snake, wit)
    }

    pub fn upper_camel(&self, wit: &str) -> String {
        self.convert(Case::UpperCamel, wit)
    }

    pub fn lower_camel(&self, wit: &str) -> String {
        self.convert(Case::LowerCamel, wit)
    }

    pub fn shouty(&self, wit: &str) -> String {
        self.convert(Case::Shouty, wit)
    }

    fn convert(&self, case: Case, wit: &str) -> String {
        if let Some(made) = self.made.borrow()[case as usize].get(wit) {
            return made.clone();
        }
        let cased = case.convert(wit);
        let made = self.escape(cased);
        self.made.borrow_mut()[case as usize].insert(wit.to_string(), made.clone());
        made
    }
}

/// heck's conversion of a name whose words are each all lower or all
/// upper case (`[a-z0-9]` or `[A-Z0-9]`) between ASCII separators (any
/// other ASCII character: `-` in every WIT name, also `[`, `]` and `.` in
/// a function's full name such as `[method]fields.get`), without heck's
/// general word splitting (case boundaries, Unicode), which cost thousands
/// of instructions per name. heck splits words at every character that is
/// not alphanumeric, so its words are what lies between separators. `None`
/// for any other name.
fn kebab_case(case: Case, wit: &str) -> Option<String> {
    let separator = |c: char| c.is_ascii() && !c.is_ascii_alphanumeric();
    let plain = wit.split(separator).all(|word| {
        let bytes = word.bytes();
        bytes
            .clone()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            || bytes
                .into_iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    });
    if !plain {
        return None;
    }
    let camel = matches!(case, Case::UpperCamel | Case::LowerCamel);
    let mut out = String::with_capacity(wit.len());
    for (index, word) in wit.split(separator).filter(|w| !w.is_empty()).enumerate() {
        if index > 0 && !camel {
            out.push('_');
        }
        let start = out.len();
        out.push_str(word);
        if camel {
            out[start..].make_ascii_lowercase();
            if index > 0 || matches!(case, Case::UpperCamel) {
                out[start..start + 1].make_ascii_uppercase();
            }
        }
    }
    match case {
        Case::Shouty => out.make_ascii_uppercase(),
        Case::Snake => out.make_ascii_lowercase(),
        Case::UpperCamel | Case::LowerCamel => {}
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path agrees with heck on every name it takes, however its
    /// separators and digits fall.
    #[test]
    fn kebab_names_convert_as_heck_converts_them() {
        let alphabet = ['a', 'z', 'A', 'Z', '0', '-', '.', '['];
        let mut names = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = names
                .iter()
                .flat_map(|name| alphabet.iter().map(move |c| format!("{name}{c}")))
                .collect();
            names.extend(longer);
        }
        names.extend(
            [
                "http-request",
                "utf8-string",
                "a1b2-c3",
                "x--y-",
                "HTTP-request-denied",
                "TLS1-x",
            ]
            .map(String::from),
        );
        let mut checked = 0;
        for name in &names {
            let heck = [
                name.to_snake_case(),
                name.to_upper_camel_case(),
                name.to_lower_camel_case(),
                name.to_shouty_snake_case(),
            ];
            let ours = [
                Case::Snake,
                Case::UpperCamel,
                Case::LowerCamel,
                Case::Shouty,
            ]
            .map(|case| kebab_case(case, name));
            if ours[0].is_some() {
                assert_eq!(ours.map(Option::unwrap), heck, "{name:?}");
                checked += 1;
            }
        }
        assert!(checked > 5_000, "{checked}");
        for name in [
            "[method]fields.get",
            "[static]a-b.c-d",
            "x_y",
            "a]]b",
            "1.2.3",
        ] {
            let ours = kebab_case(Case::UpperCamel, name);
            assert_eq!(ours.as_deref(), Some(name.to_upper_camel_case().as_str()));
        }
        // Mixed case within a word, and non-ASCII, go the general way.
        assert_eq!(kebab_case(Case::Snake, "aB-x"), None);
        assert_eq!(kebab_case(Case::Snake, "a-é"), None);
        assert_eq!(kebab_case(Case::Snake, "a\u{a0}b"), None);
    }

    #[test]
    fn escapes_after_case_conversion() {
        let names = Names::new("# reserved\ntype\nSelf\nmatch # inline comment\n", "_");
        assert_eq!(names.snake("type"), "type_");
        assert_eq!(names.upper_camel("self"), "Self_");
        assert_eq!(names.snake("match"), "match_");
        assert_eq!(names.snake("my-type"), "my_type");
        assert_eq!(names.upper_camel("my-type"), "MyType");
        assert_eq!(names.shouty("a-b"), "A_B");
        assert_eq!(names.lower_camel("a-b"), "aB");
    }
}
