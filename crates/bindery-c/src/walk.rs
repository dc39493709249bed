//! Which C types a world needs, and on which side.
//!
//! wit-bindgen's C output gives an interface that is both imported and
//! exported two sets of types (`ns_pkg_iface_thing_t` and
//! `exports_ns_pkg_iface_thing_t`), and handles differ by side: a borrow of
//! an exported resource is a pointer to the guest's own struct. So a C type
//! is a type of the IR *on a side*. This module decides the side of each
//! use and collects every (type, side) the world reaches.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use bindery_ir::{Function, Ir, Item, Owner, Type, TypeIndex, TypeKind};

/// Whether a C type belongs to the import or the export half of the world.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Import,
    Export,
}

/// The types a type refers to, including the resource behind a handle.
pub fn refs(kind: &TypeKind) -> Vec<Type> {
    match kind {
        TypeKind::Handle { resource, .. } => vec![Type::Id(*resource)],
        other => other.children(),
    }
}

/// Decides on which side a use of a type lands.
pub struct Sides<'a> {
    ir: &'a Ir,
    imported: Vec<bool>,
    exported: Vec<bool>,
    memo: RefCell<HashMap<(TypeIndex, Side), Side>>,
}

impl<'a> Sides<'a> {
    pub fn new(ir: &'a Ir) -> Self {
        let mut imported = vec![false; ir.interfaces.len()];
        let mut exported = vec![false; ir.interfaces.len()];
        for (items, marks) in [(&ir.imports, &mut imported), (&ir.exports, &mut exported)] {
            for item in items {
                if let Item::Interface { interface, .. } = item.item {
                    marks[interface] = true;
                }
            }
        }
        Sides {
            ir,
            imported,
            exported,
            memo: RefCell::new(HashMap::new()),
        }
    }

    /// The side of a type used from `side`: a type of an exported interface
    /// is on the export side when used there (or when it is never imported);
    /// everything else, world-level types included, is on the import side.
    /// An anonymous type follows what it contains.
    pub fn of(&self, index: TypeIndex, side: Side) -> Side {
        if let Some(found) = self.memo.borrow().get(&(index, side)) {
            return *found;
        }
        let def = self.ir.def(index);
        let found = match def.owner {
            Owner::Interface(k) => {
                if self.exported[k] && (side == Side::Export || !self.imported[k]) {
                    Side::Export
                } else {
                    Side::Import
                }
            }
            Owner::World => Side::Import,
            Owner::None if side == Side::Import => Side::Import,
            Owner::None => {
                let exported = refs(&def.kind)
                    .into_iter()
                    .any(|ty| self.of_type(ty, side) == Side::Export);
                if exported { Side::Export } else { Side::Import }
            }
        };
        self.memo.borrow_mut().insert((index, side), found);
        found
    }

    /// The side whose C types a type's *contents* are: like [`Sides::of`],
    /// but looking through aliases, so that `list<a>` of an alias `a` that
    /// an exported interface `use`s from an imported one has the same C
    /// struct as the import side's `list<a>` (the export side's name
    /// becomes a typedef of it).
    pub fn resolved(&self, index: TypeIndex, side: Side) -> Side {
        let side = self.of(index, side);
        let def = self.ir.def(index);
        match &def.kind {
            TypeKind::Alias { target } => match target {
                Type::Id(target) => self.resolved(*target, side),
                _ => Side::Import,
            },
            TypeKind::Record { .. }
            | TypeKind::Variant { .. }
            | TypeKind::Enum { .. }
            | TypeKind::Flags { .. }
            | TypeKind::Resource => side,
            kind => {
                let exported = refs(kind).into_iter().any(|ty| match ty {
                    Type::Id(child) => self.resolved(child, side) == Side::Export,
                    _ => false,
                });
                if exported { Side::Export } else { Side::Import }
            }
        }
    }

    /// [`Sides::of`] for any type; primitives are on the import side.
    pub fn of_type(&self, ty: Type, side: Side) -> Side {
        match ty {
            Type::Id(index) => self.of(index, side),
            _ => Side::Import,
        }
    }
}

/// Where a world item's C names live: the namespace of its functions and of
/// the anonymous types first reached from it.
pub struct ItemScope<'i> {
    pub side: Side,
    pub namespace: String,
    pub item: &'i bindery_ir::WorldItem,
}

impl ItemScope<'_> {
    /// The side of the types the item's functions name. A world-level item
    /// names only imported types, also when it is an export: a world
    /// reaches an interface's types through `use`, which names the imported
    /// interface (also when the world exports that interface as well).
    pub fn types_side(&self) -> Side {
        match self.item.item {
            Item::Interface { .. } => self.side,
            Item::Function { .. } | Item::Type { .. } => Side::Import,
        }
    }
}

/// Every (type, side) the world reaches, in IR order (dependencies first),
/// with the namespace of the item that reached it first, and of the other
/// items that reach it too (wit-bindgen names an anonymous type in each
/// interface that uses it: those become typedefs).
#[derive(Default)]
pub struct Reached {
    pub keys: BTreeMap<(TypeIndex, Side), String>,
    pub other_homes: BTreeMap<(TypeIndex, Side), Vec<String>>,
    pub uses_string: bool,
}

impl Reached {
    pub fn collect(ir: &Ir, sides: &Sides<'_>, scopes: &[ItemScope<'_>]) -> Self {
        let mut reached = Reached::default();
        for scope in scopes {
            let (side, home) = (scope.types_side(), scope.namespace.as_str());
            match &scope.item.item {
                Item::Interface {
                    interface,
                    functions,
                    ..
                } => {
                    for ty in &ir.interfaces[*interface].types {
                        reached.reach(ir, sides, Type::Id(*ty), side, home);
                    }
                    for function in functions {
                        reached.reach_function(ir, sides, function, side, home);
                    }
                }
                Item::Function { function } => {
                    reached.reach_function(ir, sides, function, side, home)
                }
                Item::Type { ty, .. } => reached.reach(ir, sides, Type::Id(*ty), side, home),
            }
        }
        reached
    }

    fn reach_function(
        &mut self,
        ir: &Ir,
        sides: &Sides<'_>,
        function: &Function,
        side: Side,
        home: &str,
    ) {
        let types = function.params.iter().map(|p| p.ty).chain(function.result);
        for ty in types {
            self.reach(ir, sides, ty, side, home);
        }
    }

    fn reach(&mut self, ir: &Ir, sides: &Sides<'_>, ty: Type, side: Side, home: &str) {
        let index = match ty {
            Type::Id(index) => index,
            Type::String => {
                self.uses_string = true;
                return;
            }
            _ => return,
        };
        let key = (index, sides.of(index, side));
        let seen = match self.keys.get(&key) {
            None => false,
            Some(first) if first == home => return,
            Some(_) => true,
        };
        let others = self.other_homes.entry(key).or_default();
        if others.iter().any(|h| h == home) {
            return;
        }
        if seen {
            others.push(home.to_string());
        }
        // Types form a DAG: children first, so a key is never reached
        // twice from one item.
        for child in refs(&ir.def(index).kind) {
            self.reach(ir, sides, child, key.1, home);
        }
        if !seen {
            self.keys.insert(key, home.to_string());
        }
    }
}
