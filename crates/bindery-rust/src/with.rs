//! `--with KEY=PATH`: imported interfaces (or single types of them) that
//! the bindings do not generate, because the guest has them already
//! (another bindings module, another crate). References to their types are
//! written as `PATH::Type` (or `PATH` for a type), exactly as given: the
//! path must resolve from any module (`crate::…`, `::other_crate::…`, or
//! an extern crate's name).

use std::collections::BTreeMap;

use bindery_ir::{InterfaceIndex, Ir, Item, TypeIndex, TypeKind};
use bindery_kit::Error;

/// What `--with` takes out of the bindings.
#[derive(Debug, Default)]
pub struct External {
    /// Imported interfaces, by the module that has them.
    pub interfaces: BTreeMap<InterfaceIndex, String>,
    /// Types of imported interfaces, by their full path.
    pub types: BTreeMap<TypeIndex, String>,
}

/// Matches each `--with` key with an interface the world imports
/// (`ns:pkg/iface`, with or without its `@version`) or a type of one
/// (`ns:pkg/iface/type`).
pub fn resolve(ir: &Ir, with: &[(String, String)]) -> Result<External, Error> {
    let mut external = External::default();
    let imported: Vec<(&str, InterfaceIndex)> = ir
        .imports
        .iter()
        .filter_map(|item| match &item.item {
            Item::Interface { interface, .. } => Some((item.key.as_str(), *interface)),
            _ => None,
        })
        .collect();
    let exported = |key: &str| {
        ir.exports
            .iter()
            .any(|item| matches(&item.key, key) && matches!(item.item, Item::Interface { .. }))
    };
    for (key, path) in with {
        if !is_path(path) {
            return Err(Error::usage(format!(
                "--with {key}={path}: `{path}` is not a Rust path (`crate::types`, `::other::api`)"
            )));
        }
        if let Some((_, iface)) = imported.iter().find(|(k, _)| matches(k, key)) {
            external.interfaces.insert(*iface, path.clone());
            continue;
        }
        let by_type = key.rsplit_once('/').and_then(|(iface_key, ty)| {
            let (_, iface) = imported.iter().find(|(k, _)| matches(k, iface_key))?;
            let types = &ir.interfaces[*iface].types;
            let index = types
                .iter()
                .find(|t| ir.types[**t].name.as_deref() == Some(ty))?;
            Some(*index)
        });
        if let Some(index) = by_type {
            // Its methods would be generated as an `impl` of a foreign type.
            if matches!(ir.types[index].kind, TypeKind::Resource) {
                return Err(Error::usage(format!(
                    "--with {key}={path}: `{key}` is a resource; take its whole interface \
                     from elsewhere instead (--with {}=…)",
                    key.rsplit_once('/')
                        .map_or(key.as_str(), |(iface, _)| iface)
                )));
            }
            external.types.insert(index, path.clone());
            continue;
        }
        let known: Vec<&str> = imported.iter().map(|(k, _)| *k).collect();
        let why = if exported(key) {
            "the world exports it, and exports are always generated".to_string()
        } else if known.is_empty() {
            "the world imports no interface".to_string()
        } else {
            format!("imported interfaces: {}", known.join(", "))
        };
        return Err(Error::usage(format!(
            "--with {key}={path}: `{key}` is not an interface the world imports, nor a type of one ({why})"
        )));
    }
    Ok(external)
}

/// A world key (`ns:pkg/iface@1.0.0`) written as `key` (the same, or
/// without the version).
fn matches(world_key: &str, key: &str) -> bool {
    world_key == key
        || world_key
            .split_once('@')
            .is_some_and(|(bare, _)| bare == key)
}

/// `a::b`, `::a::b`: identifiers joined by `::`.
pub fn is_path(path: &str) -> bool {
    let path = path.strip_prefix("::").unwrap_or(path);
    path.split("::").all(|s| {
        s.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && s.chars().all(|c| c.is_alphanumeric() || c == '_')
    })
}
