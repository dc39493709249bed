//! Identifier spelling: heck's case conversion, then keyword escaping.
//! Escaping comes after conversion because conversion can make a keyword
//! (`self-type` is fine in WIT, `SelfType` is fine in Rust, but `type` → `type`).

use std::collections::BTreeSet;

use heck::{ToLowerCamelCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// A language's naming rules: its reserved words and how to escape them.
#[derive(Debug, Clone)]
pub struct Names {
    keywords: BTreeSet<String>,
    suffix: &'static str,
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
        Names { keywords, suffix }
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
        self.escape(wit.to_snake_case())
    }

    pub fn upper_camel(&self, wit: &str) -> String {
        self.escape(wit.to_upper_camel_case())
    }

    pub fn lower_camel(&self, wit: &str) -> String {
        self.escape(wit.to_lower_camel_case())
    }

    pub fn shouty(&self, wit: &str) -> String {
        self.escape(wit.to_shouty_snake_case())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
