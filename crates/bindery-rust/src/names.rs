//! Rust spelling of WIT names and where each item lives in the module tree.
//! Everything the generator invents starts with `__bindery` (or `_` for
//! locals): heck never produces a leading underscore, so user names cannot
//! collide with them (see `templates/rust/README.md`).

use std::collections::{BTreeMap, BTreeSet};

use bindery_ir::{InterfaceIndex, Ir, Item, Owner, TypeIndex, TypeKind};
use bindery_kit::{Names, docs};

/// The private module of world-level items, re-exported at the root.
pub const WORLD_MODULE: &str = "__bindery_world";

const KEYWORDS: &str = include_str!("../keywords");

/// Which copy of an interface: the import module or the `exports` module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    Import,
    Export,
}

/// Naming rules plus the world's module layout.
pub struct Naming<'a> {
    pub ir: &'a Ir,
    names: Names,
    imported: BTreeSet<InterfaceIndex>,
    exported: BTreeSet<InterfaceIndex>,
    /// Module path of each interface as imported and as exported.
    import_paths: Vec<Vec<String>>,
    export_paths: Vec<Vec<String>>,
    /// Packages present in more than one version get the version in their
    /// module name (`pkg0_2_0`), as wit-bindgen does.
    versioned: BTreeSet<(String, String)>,
}

impl<'a> Naming<'a> {
    pub fn new(ir: &'a Ir) -> Self {
        let names = Names::new(KEYWORDS, "_");
        let mut naming = Naming {
            ir,
            names,
            imported: BTreeSet::new(),
            exported: BTreeSet::new(),
            import_paths: vec![Vec::new(); ir.interfaces.len()],
            export_paths: vec![Vec::new(); ir.interfaces.len()],
            versioned: BTreeSet::new(),
        };
        let mut versions: BTreeMap<(String, String), BTreeSet<Option<String>>> = BTreeMap::new();
        for iface in &ir.interfaces {
            if let Some(p) = &iface.package {
                let key = (p.namespace.clone(), p.name.clone());
                versions.entry(key).or_default().insert(p.version.clone());
            }
        }
        naming.versioned = versions
            .into_iter()
            .filter(|(_, v)| v.len() > 1)
            .map(|(k, _)| k)
            .collect();
        for (side, items) in [(Side::Import, &ir.imports), (Side::Export, &ir.exports)] {
            for item in items {
                if let Item::Interface { interface, .. } = &item.item {
                    let mut path = naming.interface_path(*interface, &item.key);
                    match side {
                        Side::Import => {
                            naming.imported.insert(*interface);
                            naming.import_paths[*interface] = path;
                        }
                        Side::Export => {
                            path.insert(0, "exports".to_string());
                            naming.exported.insert(*interface);
                            naming.export_paths[*interface] = path;
                        }
                    }
                }
            }
        }
        naming
    }

    fn interface_path(&self, index: InterfaceIndex, key: &str) -> Vec<String> {
        let iface = &self.ir.interfaces[index];
        match (&iface.package, &iface.name) {
            (Some(package), Some(name)) if key.contains(':') => {
                let key = (package.namespace.clone(), package.name.clone());
                let mut pkg = self.snake(&package.name);
                if let (true, Some(version)) = (self.versioned.contains(&key), &package.version) {
                    pkg = self.raw_snake(&package.name);
                    pkg.push_str(&version.replace(['.', '-', '+'], "_"));
                }
                vec![self.snake(&package.namespace), pkg, self.snake(name)]
            }
            _ => vec![self.snake(key)],
        }
    }

    pub fn snake(&self, wit: &str) -> String {
        self.names.snake(wit)
    }

    pub fn camel(&self, wit: &str) -> String {
        self.names.upper_camel(wit)
    }

    /// The Rust name of named type `ty`. Names the generator gives to items
    /// in the same module (`Guest`, `GuestR`, `RBorrow`) get a `_`.
    pub fn type_name(&self, ty: TypeIndex) -> String {
        let def = &self.ir.types[ty];
        let name = self.camel(def.name.as_deref().unwrap_or_default());
        let siblings: &[TypeIndex] = match def.owner {
            Owner::Interface(iface) => &self.ir.interfaces[iface].types,
            Owner::World | Owner::None => &[],
        };
        let taken = name == "Guest"
            || siblings.iter().any(|r| {
                let other = &self.ir.types[*r];
                let camel = self.camel(other.name.as_deref().unwrap_or_default());
                matches!(other.kind, TypeKind::Resource)
                    && (name == format!("Guest{camel}") || name == format!("{camel}Borrow"))
            });
        if taken { name + "_" } else { name }
    }

    /// The trait users implement for resource `ty` (`GuestR`).
    pub fn guest_trait(&self, ty: TypeIndex) -> String {
        format!("Guest{}", self.unescaped(ty))
    }

    /// The borrowed form of exported resource `ty` (`RBorrow`).
    pub fn borrow_name(&self, ty: TypeIndex) -> String {
        format!("{}Borrow", self.unescaped(ty))
    }

    /// A type's name without the keyword escape, for building longer names
    /// (`Self_` → `SelfBorrow`, not `Self_Borrow`).
    pub fn unescaped(&self, ty: TypeIndex) -> String {
        let name = self.camel(self.ir.types[ty].name.as_deref().unwrap_or_default());
        match name.strip_suffix('_') {
            Some(base) if self.names.is_keyword(base) => base.to_string(),
            _ => name,
        }
    }

    pub fn shouty(&self, wit: &str) -> String {
        self.names.shouty(wit)
    }

    /// A name for generated helpers: snake case, never escaped (it always
    /// gets a `__bindery` prefix).
    pub fn raw_snake(&self, wit: &str) -> String {
        let snake = self.names.snake(wit);
        snake.strip_suffix('_').map(str::to_string).unwrap_or(snake)
    }

    pub fn is_exported(&self, iface: InterfaceIndex) -> bool {
        self.exported.contains(&iface)
    }

    pub fn is_imported(&self, iface: InterfaceIndex) -> bool {
        self.imported.contains(&iface)
    }

    /// Which copy of interface `iface` a reference made from a `context`
    /// copy means. Exports see exported interfaces (wit-parser elaborates an
    /// export's dependencies to exports when they are exported); everything
    /// else sees imports.
    pub fn side_of(&self, iface: InterfaceIndex, context: Side) -> Side {
        if context == Side::Export && self.is_exported(iface) {
            Side::Export
        } else if self.is_imported(iface) {
            Side::Import
        } else {
            Side::Export
        }
    }

    /// The context in which the children of a type owned by `owner` are
    /// resolved, seen from `context`.
    pub fn owner_context(&self, owner: Owner, context: Side) -> Side {
        match owner {
            Owner::Interface(iface) => self.side_of(iface, context),
            // World-level types are `use`d from imports.
            Owner::World => Side::Import,
            Owner::None => context,
        }
    }

    pub fn module_path(&self, iface: InterfaceIndex, side: Side) -> &[String] {
        match side {
            Side::Import => &self.import_paths[iface],
            Side::Export => &self.export_paths[iface],
        }
    }

    /// Module path of the module that defines named type `ty`, seen from
    /// `context`.
    pub fn type_module(&self, ty: TypeIndex, context: Side) -> Vec<String> {
        match self.ir.types[ty].owner {
            Owner::Interface(iface) => self
                .module_path(iface, self.side_of(iface, context))
                .to_vec(),
            Owner::World | Owner::None => Vec::new(),
        }
    }

    /// A path to `name` in module `target`, written from module `from`.
    pub fn relative(from: &[String], target: &[String], name: &str) -> String {
        // The world's private module glob-imports the root (`use super::*`),
        // so paths from it are written as from the root.
        let from = match from.split_first() {
            Some((first, rest)) if first == WORLD_MODULE && rest.is_empty() => &[],
            _ => from,
        };
        if from == target {
            return name.to_string();
        }
        let mut path = "super::".repeat(from.len());
        for segment in target {
            path.push_str(segment);
            path.push_str("::");
        }
        path.push_str(name);
        path
    }

    /// `///` lines for a WIT doc comment (none when there is none).
    pub fn doc_lines(docs: Option<&str>) -> Vec<String> {
        let Some(text) = docs else {
            return Vec::new();
        };
        docs::lines(text.trim())
            .into_iter()
            .map(|line| line.replace('\t', "    "))
            .map(|line| {
                if line.is_empty() {
                    "///".to_string()
                } else {
                    format!("/// {line}")
                }
            })
            .collect()
    }
}
