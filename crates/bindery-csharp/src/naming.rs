//! Every C# identifier bindery derives from WIT is spelled here, following
//! wit-bindgen's C# generator so user code written for componentize-dotnet
//! names the same things:
//!
//! - types, resources, functions: UpperCamelCase (`roundtrip-u8` →
//!   `RoundtripU8`);
//! - parameters and record fields: lowerCamelCase (`a-b` → `aB`);
//! - variant cases (constructors and `Tags`): UpperCamelCase;
//! - enum cases and flags: SHOUTY_SNAKE_CASE;
//! - a name that *as written in WIT* is a C# keyword gets the verbatim
//!   prefix instead (`class` → `@class`, a case `byte` → `@byte`), the
//!   keywords being `languages/csharp/keywords`;
//! - namespaces: `<World>World.wit.Imports.<ns>.<pkg>` (with `.v1_2_3`
//!   when the world holds two versions of the package), interfaces
//!   `I<Iface>Imports` / `I<Iface>Exports`.
//!
//! Everything bindery invents (glue classes, locals) starts with `__bindery`
//! or `__Bindery`: WIT names are kebab-case, so no converted name contains
//! an underscore and none can collide.

use bindery_ir::PackageName;
use bindery_kit::Names;
use bindery_kit::names::{lower_camel_case, shouty_snake_case, upper_camel_case};

/// `languages/csharp/keywords`.
const KEYWORDS: &str = include_str!("../keywords");

/// Keyword escaping for C#: a prefix, not a suffix, so the kit's `Names`
/// only answers whether a word is reserved.
#[derive(Debug, Clone)]
pub struct Naming {
    keywords: Names,
}

impl Default for Naming {
    fn default() -> Self {
        Naming {
            keywords: Names::new(KEYWORDS, ""),
        }
    }
}

impl Naming {
    fn verbatim(&self, wit: &str) -> Option<String> {
        self.keywords.is_keyword(wit).then(|| format!("@{wit}"))
    }

    /// Parameters and record fields: `aB`, or `@in` for a keyword.
    pub fn ident(&self, wit: &str) -> String {
        self.verbatim(wit).unwrap_or_else(|| lower_camel_case(wit))
    }

    /// Variant case constructors and tags: `Circle`, or `@byte`.
    pub fn ident_upper(&self, wit: &str) -> String {
        self.verbatim(wit).unwrap_or_else(|| upper_camel_case(wit))
    }

    /// Types, resources, functions, interfaces: `RoundtripU8`.
    pub fn upper(&self, wit: &str) -> String {
        upper_camel_case(wit)
    }

    /// Enum cases and flags: `NOT_FOUND`.
    pub fn shouty(&self, wit: &str) -> String {
        shouty_snake_case(wit)
    }

    /// `<World>World`: the world's namespace and the prefix of every other.
    pub fn world_namespace(&self, world: &str) -> String {
        format!("{}World", self.upper(world))
    }

    /// The file holding the world's own declarations: `<World>.cs`.
    pub fn world_file(&self, world: &str) -> String {
        format!("{}.cs", self.upper(world))
    }

    /// `ns.pkg`, or `ns.pkg.v1_2_3` when the version must be told apart.
    pub fn package_namespace(&self, package: &PackageName, with_version: bool) -> String {
        let mut namespace = format!(
            "{}.{}",
            self.ident(&package.namespace),
            self.ident(&package.name)
        );
        if with_version && let Some(version) = &package.version {
            namespace.push_str(".v");
            namespace.push_str(&version.replace(['.', '-', '+'], "_"));
        }
        namespace
    }

    /// A name made of the parts of a codec's structural name, usable in a
    /// C# identifier: `list<option<u32>>` → `list_option_u32`.
    pub fn codec_base(&self, codec: &str) -> String {
        let mut out = String::new();
        for c in codec.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
        }
        while out.ends_with('_') {
            out.pop();
        }
        if out.is_empty() {
            out.push_str("codec");
        }
        out
    }
}

/// Makes every name unique by appending `2`, `3`, … to later repeats, in
/// order: the first keeps its name.
pub fn unique(names: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    names
        .into_iter()
        .map(|name| {
            let mut candidate = name.clone();
            let mut n = 2;
            while !seen.insert(candidate.clone()) {
                candidate = format!("{name}{n}");
                n += 1;
            }
            candidate
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_are_checked_as_written_in_wit() {
        let naming = Naming::default();
        assert_eq!(naming.ident("in"), "@in");
        assert_eq!(naming.ident("a-b"), "aB");
        assert_eq!(naming.ident("macro-rules"), "macroRules");
        assert_eq!(naming.ident_upper("byte"), "@byte");
        assert_eq!(naming.ident_upper("circle"), "Circle");
        // Contextual keywords are identifiers.
        assert_eq!(naming.ident("value"), "value");
        assert_eq!(naming.ident("async"), "async");
        assert_eq!(naming.upper("string"), "String");
        assert_eq!(naming.shouty("not-found"), "NOT_FOUND");
    }

    #[test]
    fn namespaces_follow_wit_bindgen() {
        let naming = Naming::default();
        let package = PackageName {
            namespace: "my-ns".into(),
            name: "class".into(),
            version: Some("1.2.3-rc.1".into()),
        };
        assert_eq!(naming.package_namespace(&package, false), "myNs.@class");
        assert_eq!(
            naming.package_namespace(&package, true),
            "myNs.@class.v1_2_3_rc_1"
        );
        assert_eq!(naming.world_namespace("world-items"), "WorldItemsWorld");
        assert_eq!(naming.world_file("world-items"), "WorldItems.cs");
    }

    #[test]
    fn codec_bases_are_identifiers_and_unique() {
        let naming = Naming::default();
        assert_eq!(naming.codec_base("list<option<u32>>"), "list_option_u32");
        assert_eq!(naming.codec_base("a:b/c@1.0.0.point"), "a_b_c_1_0_0_point");
        assert_eq!(
            unique(["a".to_string(), "a".to_string(), "a".to_string()]),
            ["a", "a2", "a3"]
        );
    }
}
