//! Go spelling of WIT names: the keyword list, package names and scopes
//! that keep names unique after case conversion.
//!
//! Every identifier bindery invents contains an underscore before its last
//! character (`wit_call`, `wasm_import_f`, `wit_lower_point`); names derived
//! from WIT never do (camel case drops the hyphens, escaping only appends a
//! trailing `_`), so the two can never collide. Names that follow
//! wit-bindgen's public Go API (`MakeCounter`, `CounterFromOwnHandle`,
//! `Drop`, …) can collide with WIT names: [`Scope`] settles that by
//! appending `_` to the later claim.

use std::collections::{BTreeMap, BTreeSet};

use bindery_ir::{InterfaceIndex, Ir};
use bindery_kit::Names;
use bindery_kit::names::snake_case;

const KEYWORDS: &str = include_str!("../keywords");

/// Go keywords and predeclared identifiers, escaped with a trailing `_`.
pub fn names() -> Names {
    Names::new(KEYWORDS, "_")
}

/// Identifiers already used in one Go scope (a package, a type's methods, a
/// function's parameters).
#[derive(Debug, Clone, Default)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    pub fn with(reserved: &[&str]) -> Self {
        Scope {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// Takes `name`, or `name_`, `name__`, … if it is taken.
    pub fn claim(&mut self, name: String) -> String {
        let mut name = name;
        while !self.taken.insert(name.clone()) {
            name.push('_');
        }
        name
    }
}

/// The package of an interface, as wit-bindgen's Go generator names it:
/// `namespace_package_interface` in snake case, with the version
/// (`1_2_3_`) before the interface only when the world holds two versions
/// of the package; an interface imported or exported under a plain name
/// (`import x: interface { … }`, `import x: ns:pkg/iface`) is named after
/// that name.
pub fn interface_package(ir: &Ir, index: InterfaceIndex, key: &str, names: &Names) -> String {
    let iface = &ir.interfaces[index];
    let (Some(name), Some(package)) = (&iface.name, &iface.package) else {
        return names.snake(key);
    };
    if !key.contains(':') {
        return names.snake(key);
    }
    let mut out = format!(
        "{}_{}_",
        snake_case(&package.namespace),
        snake_case(&package.name)
    );
    if let Some(version) = &package.version
        && has_several_versions(ir, &package.namespace, &package.name)
    {
        out.push_str(&version.replace(['.', '-', '+'], "_"));
        out.push('_');
    }
    out.push_str(&snake_case(name));
    out
}

fn has_several_versions(ir: &Ir, namespace: &str, name: &str) -> bool {
    let versions: BTreeSet<Option<&str>> = ir
        .interfaces
        .iter()
        .filter_map(|i| i.package.as_ref())
        .filter(|p| p.namespace == namespace && p.name == name)
        .map(|p| p.version.as_deref())
        .collect();
    versions.len() > 1
}

/// A C-like identifier from any text: runs of other characters become `_`.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('_');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    if out.is_empty() {
        out.push('x');
    }
    out
}

/// A codec's structural name without package prefixes and versions
/// (`list<ns:pkg/iface@1.0.0.point>` → `list<iface.point>`): shorter
/// function names; [`unique_sanitized`] settles the rare clash.
pub fn short_codec_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    // Where the current word (what follows the last delimiter) starts.
    let mut word = 0;
    let mut at = 0;
    while let Some(c) = name[at..].chars().next() {
        match c {
            // `ns:pkg/`: drop what came since the last delimiter.
            ':' | '/' => word = at + 1,
            // `@1.2.3`: skip the version up to the `.` before the type name
            // (the last dot) or the next delimiter.
            '@' => {
                out.push_str(&name[word..at]);
                let rest = &name[at + 1..];
                let end = rest.find(['<', '>', ',', ' ']).unwrap_or(rest.len());
                let version_end = rest[..end].rfind('.').unwrap_or(end);
                at += 1 + version_end;
                word = at;
                continue;
            }
            '<' | '>' | ',' | ' ' => {
                out.push_str(&name[word..=at]);
                word = at + 1;
            }
            _ => {}
        }
        at += c.len_utf8();
    }
    out.push_str(&name[word..]);
    out
}

/// A function's part of generated identifiers (`wasm_import_<id>`), unique
/// within its interface: the sanitized name of a freestanding function,
/// `<kind>__<resource>__<name>` for a resource's (`method__r__f`).
/// [`sanitize`] never writes `__`, so a freestanding `method-r-f` stays
/// `method_r_f`.
pub fn function_id(name: &str) -> String {
    match name.strip_prefix('[').and_then(|rest| rest.split_once(']')) {
        Some((kind, rest)) => std::iter::once(kind)
            .chain(rest.split('.'))
            .map(sanitize)
            .collect::<Vec<_>>()
            .join("__"),
        None => sanitize(name),
    }
}

/// Unique sanitized names for a list of texts, in order: later duplicates
/// get `_2`, `_3`, ….
pub fn unique_sanitized<'s>(texts: impl IntoIterator<Item = &'s str>) -> Vec<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut taken: BTreeSet<String> = BTreeSet::new();
    texts
        .into_iter()
        .map(|text| {
            let base = sanitize(text);
            let mut name = base.clone();
            while taken.contains(&name) {
                let n = seen.entry(base.clone()).or_insert(1);
                *n += 1;
                name = format!("{base}_{n}");
            }
            taken.insert(name.clone());
            name
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_append_underscores() {
        let mut scope = Scope::with(&["Drop"]);
        assert_eq!(scope.claim("Drop".into()), "Drop_");
        assert_eq!(scope.claim("Drop".into()), "Drop__");
        assert_eq!(scope.claim("Get".into()), "Get");
    }

    #[test]
    fn sanitized_names_are_unique() {
        assert_eq!(
            unique_sanitized(["list<u8>", "list-u8", "ns:p/i#[method]r.f"]),
            ["list_u8", "list_u8_2", "ns_p_i_method_r_f"]
        );
    }

    #[test]
    fn function_ids_keep_resource_functions_apart() {
        assert_eq!(function_id("method-r-f"), "method_r_f");
        assert_eq!(function_id("[method]r.f"), "method__r__f");
        assert_eq!(function_id("[constructor]r"), "constructor__r");
    }

    #[test]
    fn codec_names_drop_packages_and_versions() {
        assert_eq!(short_codec_name("list<u8>"), "list<u8>");
        assert_eq!(short_codec_name("a:b/c.point"), "c.point");
        assert_eq!(
            short_codec_name("result<list<ns:p/i@1.2.3.t>, ns:p/j.u>"),
            "result<list<i.t>, j.u>"
        );
        assert_eq!(short_codec_name("own<ns:p/world.r>"), "own<world.r>");
    }

    #[test]
    fn keywords_and_predeclared_names_are_escaped() {
        let names = names();
        assert_eq!(names.lower_camel("type"), "type_");
        assert_eq!(names.lower_camel("len"), "len_");
        assert_eq!(names.lower_camel("a-b"), "aB");
        assert_eq!(names.upper_camel("string"), "String");
    }
}
