//! JavaScript and TypeScript spelling of WIT names, in one place.
//!
//! Names the engines look up at run time are never changed: export members,
//! functions, record fields, flags and methods are the WIT name in
//! lowerCamelCase (what ComponentizeJS and componentize-qjs use), variant
//! tags and enum values the WIT name itself. Where such a name is a
//! reserved word, a property is quoted (`'enum': boolean`) and a
//! module-level function is declared under a `$` name and exported under its
//! own (`export { $delete as delete }`). Only parameters, which nothing looks
//! up, are renamed (`in_`). Every identifier bindery invents starts with `$`,
//! which no name derived from WIT contains.

use std::collections::BTreeSet;

use bindery_ir::{Interface, PackageName};
use bindery_kit::Names;
use bindery_kit::names::{lower_camel_case, upper_camel_case};

const KEYWORDS: &str = include_str!("../keywords");

/// JavaScript's reserved words; parameters named like one get a trailing `_`.
pub fn names() -> Names {
    Names::new(KEYWORDS, "_")
}

/// The spelling rules, with the keyword list loaded once.
#[derive(Debug, Clone)]
pub struct Naming {
    names: Names,
}

impl Default for Naming {
    fn default() -> Self {
        Naming { names: names() }
    }
}

impl Naming {
    /// The run-time name of a function, field, flag, method or export
    /// member: lowerCamelCase, never escaped.
    pub fn member(&self, wit: &str) -> String {
        lower_camel_case(wit)
    }

    /// A member name as a property key in a declaration: quoted when it is
    /// a reserved word.
    pub fn property(&self, wit: &str) -> String {
        let name = self.member(wit);
        if self.names.is_keyword(&name) {
            format!("'{name}'")
        } else {
            name
        }
    }

    /// Whether a member name cannot be declared as a plain binding (a
    /// module-level `function` of that name).
    pub fn is_reserved(&self, name: &str) -> bool {
        self.names.is_keyword(name)
    }

    /// A parameter: lowerCamelCase, `_` appended to reserved words.
    pub fn param(&self, wit: &str) -> String {
        self.names.lower_camel(wit)
    }

    /// A type, interface, class or namespace name: UpperCamelCase.
    pub fn type_name(&self, wit: &str) -> String {
        upper_camel_case(wit)
    }
}

/// Whether a world key is a plain name (`import x: interface { … }`,
/// `import x: ns:pkg/iface`): the instance is that name, whichever interface
/// it implements, and one interface may be there twice under two names.
pub fn is_plain(key: &str) -> bool {
    !key.contains(':')
}

/// The interface's own name and package, unless the world reaches it under
/// a plain name, which then names everything about it.
fn named<'i>(iface: &'i Interface, key: &str) -> Option<(&'i str, &'i PackageName)> {
    match (&iface.name, &iface.package) {
        (Some(name), Some(package)) if !is_plain(key) => Some((name, package)),
        _ => None,
    }
}

/// The WIT name an interface's members are called after: its own name, or
/// its plain world key.
pub fn wit_name<'a>(iface: &'a Interface, key: &'a str) -> &'a str {
    named(iface, key).map_or(key, |(name, _)| name)
}

/// The module specifier the engines use for an interface: `ns:pkg/iface`
/// with `@version` when the package has one; an interface written inline
/// in a world or reached under a plain name is named by its world key.
pub fn interface_specifier(iface: &Interface, key: &str) -> String {
    match named(iface, key) {
        Some((name, package)) => qualified(package, name),
        None => key.to_string(),
    }
}

/// `ns:pkg/name@version`.
pub fn qualified(package: &PackageName, name: &str) -> String {
    let mut out = format!("{}:{}/{name}", package.namespace, package.name);
    if let Some(version) = &package.version {
        out.push('@');
        out.push_str(version);
    }
    out
}

/// The file of an interface's module, as `jco guest-types` names it:
/// `interfaces/ns-pkg-iface.d.ts` (`@version` added only when the world
/// holds two versions of the package, which jco would write to one file).
pub fn interface_file(iface: &Interface, key: &str, versions_clash: bool) -> String {
    let base = match named(iface, key) {
        Some((name, package)) => {
            let mut base = format!("{}-{}-{name}", package.namespace, package.name);
            if let (true, Some(version)) = (versions_clash, &package.version) {
                base.push('@');
                base.push_str(version);
            }
            base
        }
        _ => key.to_string(),
    };
    format!("interfaces/{base}.d.ts")
}

/// The name under which the world module re-exports an imported
/// interface's types, as jco writes it: `ns-pkg-iface` in UpperCamelCase
/// followed by the version's letters and digits (`BinderyVersionedApi123`).
pub fn import_namespace(iface: &Interface, key: &str) -> String {
    match named(iface, key) {
        Some((name, package)) => {
            let mut out =
                upper_camel_case(&format!("{}-{}-{name}", package.namespace, package.name));
            if let Some(version) = &package.version {
                out.extend(version.chars().filter(char::is_ascii_alphanumeric));
            }
            out
        }
        _ => upper_camel_case(key),
    }
}

/// Names already declared in one TypeScript scope (a module's types, a
/// function's parameters).
#[derive(Debug, Clone, Default)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    /// Takes `name`, or `name_`, `name__`, … if it is taken.
    pub fn claim(&mut self, name: String) -> String {
        let mut name = name;
        while !self.taken.insert(name.clone()) {
            name.push('_');
        }
        name
    }

    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

/// A TypeScript string literal for a WIT name (tags and enum values: WIT
/// names contain only letters, digits and `-`, nothing to escape).
pub fn literal(wit: &str) -> String {
    format!("'{wit}'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_keep_their_run_time_names() {
        let naming = Naming::default();
        assert_eq!(naming.member("take-shape"), "takeShape");
        assert_eq!(naming.property("enum"), "'enum'");
        assert_eq!(naming.property("a-b"), "aB");
        assert_eq!(naming.param("in"), "in_");
        assert_eq!(naming.param("ret-area"), "retArea");
        assert_eq!(naming.type_name("HTTP-request"), "HttpRequest");
        assert_eq!(naming.member("HTTP-request"), "httpRequest");
        assert!(naming.is_reserved("delete"));
        assert!(!naming.is_reserved("match"));
    }

    #[test]
    fn scopes_append_underscores() {
        let mut scope = Scope::default();
        assert_eq!(scope.claim("Result".into()), "Result");
        assert_eq!(scope.claim("Result".into()), "Result_");
        assert!(scope.is_taken("Result_"));
    }

    #[test]
    fn namespaces_carry_the_version() {
        let iface = Interface {
            name: Some("api".into()),
            package: Some(PackageName {
                namespace: "bindery".into(),
                name: "versioned".into(),
                version: Some("1.2.3".into()),
            }),
            docs: None,
            stability: bindery_ir::Stability::Unknown,
            types: Vec::new(),
        };
        let key = "bindery:versioned/api@1.2.3";
        assert_eq!(import_namespace(&iface, key), "BinderyVersionedApi123");
        assert_eq!(interface_specifier(&iface, key), key);
        assert_eq!(
            interface_file(&iface, key, false),
            "interfaces/bindery-versioned-api.d.ts"
        );
        assert_eq!(
            interface_file(&iface, key, true),
            "interfaces/bindery-versioned-api@1.2.3.d.ts"
        );
        // `import old-api: bindery:versioned/api@1.2.3` is its own instance.
        assert_eq!(import_namespace(&iface, "old-api"), "OldApi");
        assert_eq!(interface_specifier(&iface, "old-api"), "old-api");
        assert_eq!(
            interface_file(&iface, "old-api", true),
            "interfaces/old-api.d.ts"
        );
        assert_eq!(wit_name(&iface, "old-api"), "old-api");
        assert_eq!(wit_name(&iface, key), "api");
    }
}
