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
        let cased = match case {
            Case::Snake => wit.to_snake_case(),
            Case::UpperCamel => wit.to_upper_camel_case(),
            Case::LowerCamel => wit.to_lower_camel_case(),
            Case::Shouty => wit.to_shouty_snake_case(),
        };
        let made = self.escape(cased);
        self.made.borrow_mut()[case as usize].insert(wit.to_string(), made.clone());
        made
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
