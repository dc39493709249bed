//! Python spelling of WIT names, as componentize-py spells them: heck's
//! case conversion, then a trailing `_` for Python's hard keywords
//! (`languages/python/keywords`); module names of interfaces, which grow a
//! package prefix (and then a version) only when two interfaces of one
//! direction share a name; and the private names bindery gives the helpers
//! it imports when a WIT name would shadow them.
//!
//! Names derived from WIT never start with `_` (WIT identifiers start with
//! a letter), so every private name bindery invents does (`_wit_base`,
//! `_py_typing`): the two can never collide.

use std::collections::{BTreeMap, BTreeSet};

use bindery_ir::{InterfaceIndex, Ir};
use bindery_kit::Names;
use bindery_kit::names::{snake_case, upper_camel_case};

const KEYWORDS: &str = include_str!("../keywords");

/// Python's hard keywords, escaped with a trailing `_`.
pub fn names() -> Names {
    Names::new(KEYWORDS, "_")
}

/// The module of one interface in one direction: `base` in
/// `wit_world/imports/base.py`, and the Protocol class an exported
/// interface gets in `wit_world/exports/__init__.py`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleName {
    /// The file stem and the name other modules import it by (escaped).
    pub module: String,
    /// `Base`: the Protocol of an exported interface, and the class name
    /// the app module implements it with.
    pub protocol: String,
}

/// Names the modules of the interfaces of one direction, as componentize-py
/// does: the interface name (an inline interface's key) when no other
/// interface of the direction has it, else `namespace_package_name`, else
/// that with the version (`dep_lib_types_1_0_0`).
pub fn module_names(
    ir: &Ir,
    interfaces: &[(InterfaceIndex, String)],
    names: &Names,
) -> BTreeMap<InterfaceIndex, ModuleName> {
    let levels: Vec<[String; 3]> = interfaces
        .iter()
        .map(|(index, name)| {
            let iface = &ir.interfaces[*index];
            let name = name.as_str();
            let (qualified, versioned) = match &iface.package {
                Some(p) => {
                    let qualified = format!("{}-{}-{name}", p.namespace, p.name);
                    let versioned = match &p.version {
                        Some(v) => format!("{qualified}-{v}"),
                        None => qualified.clone(),
                    };
                    (qualified, versioned)
                }
                None => (name.to_string(), name.to_string()),
            };
            [name, &qualified, &versioned].map(snake_case)
        })
        .collect();
    // Each interface starts at level 0 and moves up while it shares its
    // name with another interface at the same level.
    let mut level = vec![0usize; interfaces.len()];
    for round in 0..2 {
        let mut count: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, names) in levels.iter().enumerate() {
            *count.entry(&names[level[i]]).or_default() += 1;
        }
        for (i, names) in levels.iter().enumerate() {
            if level[i] == round && count[names[level[i]].as_str()] > 1 {
                level[i] = round + 1;
            }
        }
    }
    interfaces
        .iter()
        .zip(levels.iter().zip(level))
        .map(|(&(index, _), (raw, level))| {
            let raw = &raw[level];
            let name = ModuleName {
                module: names.escape(raw.clone()),
                protocol: names.escape(upper_camel_case(raw)),
            };
            (index, name)
        })
        .collect()
}

/// A parameter's name: snake case, escaped, and moved off the receiver's
/// name (`self`, `cls`) with a further `_`, since Python rejects a
/// parameter that repeats the receiver.
pub fn param(names: &Names, wit: &str, receiver: Option<&str>) -> String {
    let name = names.snake(wit);
    if Some(name.as_str()) == receiver {
        name + "_"
    } else {
        name
    }
}

/// The names one Python module defines from WIT (classes, functions,
/// aliases), and the members of each of its classes: what a helper or an
/// imported module must not be spelled as.
#[derive(Debug, Clone, Default)]
pub struct Namespace {
    pub module: BTreeSet<String>,
    /// Every member name of every class in the module.
    pub members: BTreeSet<String>,
}

impl Namespace {
    /// Adds a module-level name; `false` when it was already there (two
    /// WIT names that Python spells alike).
    pub fn define(&mut self, name: &str) -> bool {
        self.module.insert(name.to_string())
    }

    /// The local name another module is imported by: its own name, or
    /// `_wit_<name>` when this module (or one of its classes, or a helper
    /// it may use) has that name.
    pub fn module_alias(&self, name: &str, taken: &BTreeSet<String>) -> String {
        let free = |n: &str| {
            !self.module.contains(n)
                && !self.members.contains(n)
                && !crate::spell::HELPER_NAMES.contains(&n)
                && !taken.contains(n)
        };
        if free(name) {
            return name.to_string();
        }
        let mut alias = format!("_wit_{name}");
        let mut n = 2;
        while !free(&alias) {
            alias = format!("_wit_{name}_{n}");
            n += 1;
        }
        alias
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_get_a_trailing_underscore() {
        let names = names();
        assert_eq!(names.snake("async"), "async_");
        assert_eq!(names.snake("in"), "in_");
        assert_eq!(names.upper_camel("none"), "None_");
        assert_eq!(names.upper_camel("true"), "True_");
        // Soft keywords and builtins stay.
        assert_eq!(names.snake("match"), "match");
        assert_eq!(names.snake("type"), "type");
        assert_eq!(names.snake("list"), "list");
        assert_eq!(names.snake("HTTP-request"), "http_request");
        assert_eq!(names.upper_camel("SELF"), "Self");
    }

    #[test]
    fn parameters_move_off_the_receiver() {
        let names = names();
        assert_eq!(param(&names, "self", Some("self")), "self_");
        assert_eq!(param(&names, "cls", Some("cls")), "cls_");
        assert_eq!(param(&names, "self", None), "self");
        assert_eq!(param(&names, "cls", Some("self")), "cls");
    }

    #[test]
    fn module_aliases_avoid_local_names() {
        let mut ns = Namespace::default();
        ns.define("base");
        ns.members.insert("shared".into());
        let taken = BTreeSet::new();
        assert_eq!(ns.module_alias("base", &taken), "_wit_base");
        assert_eq!(ns.module_alias("shared", &taken), "_wit_shared");
        assert_eq!(ns.module_alias("dataclass", &taken), "_wit_dataclass");
        assert_eq!(ns.module_alias("other", &taken), "other");
        let taken: BTreeSet<String> = ["other".to_string()].into();
        assert_eq!(ns.module_alias("other", &taken), "_wit_other");
    }
}
