//! The world as Go sees it: which packages exist, where each named type is
//! declared (per direction), and the Go name of everything the bindings
//! declare. All naming decisions are made here, once, so every file spells
//! a name the same way.

use std::collections::{BTreeMap, BTreeSet};

use bindery_ir::{
    Function, FunctionKind, InterfaceIndex, Ir, Item, Owner, Type, TypeIndex, TypeKind,
};
use bindery_kit::Names;

use crate::naming::{self, Scope};

/// Which side of the boundary code is on: import wrappers and the types
/// they use, or export entry points and the user's export packages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Dir {
    Import,
    Export,
}

/// A Go package of the generated module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pkg {
    /// The module root: `package main` with the `//go:wasmexport` entry points.
    Main,
    /// `wit_runtime`: Canonical ABI helpers.
    Runtime,
    /// `wit_types`: option, result, unit and tuple types.
    Types,
    /// `wit_world`: world-level types and imported functions.
    World,
    /// `export_wit_world`: where the user writes world-level exports.
    ExportWorld,
    /// An interface's types, imported resources and import functions.
    Iface(InterfaceIndex),
    /// `export_…`: where the user writes an exported interface; exported
    /// resources and the types that hold them.
    Export(InterfaceIndex),
}

/// A function of the world: its direction, the index of its world item and
/// its index in the item's function list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct FnId {
    pub dir: Dir,
    pub item: usize,
    pub index: usize,
}

/// One function with where it lives.
#[derive(Debug, Clone, Copy)]
pub struct FnRef<'a> {
    pub id: FnId,
    pub function: &'a Function,
    /// Import: the package of the wrapper; export: the user's package.
    pub home: Pkg,
}

/// The Go names of a function.
#[derive(Debug, Clone)]
pub struct FnNames {
    /// Package-level function name, or the method name for methods.
    pub name: String,
    /// Parameter names (a method's `self` excluded).
    pub params: Vec<String>,
}

/// Derived names of a declared type.
#[derive(Debug, Clone, Default)]
pub struct TypeNames {
    pub name: String,
    /// Record fields.
    pub fields: Vec<String>,
    /// Enum, flags and variant case constants.
    pub consts: Vec<String>,
    /// Variant constructors (`MakeShapeCircle`).
    pub makers: Vec<String>,
    /// Variant payload getters (`Circle()`).
    pub getters: Vec<String>,
    /// Resources: `RFromOwnHandle`, `RFromBorrowHandle`.
    pub from_own: String,
    pub from_borrow: String,
}

pub struct GoWorld<'a> {
    pub ir: &'a Ir,
    pub names: Names,
    pkg_names: BTreeMap<Pkg, String>,
    /// Per package, how others refer to it: `name.` and its import path
    /// (made once: types are spelled thousands of times).
    references: BTreeMap<Pkg, (String, String)>,
    imported: BTreeSet<InterfaceIndex>,
    exported: BTreeSet<InterfaceIndex>,
    exported_resources: BTreeSet<TypeIndex>,
    contains_exported: Vec<bool>,
    declared: BTreeMap<(Pkg, TypeIndex), TypeNames>,
    order: BTreeMap<Pkg, Vec<TypeIndex>>,
    functions: BTreeMap<FnId, FnNames>,
    scopes: BTreeMap<Pkg, Scope>,
    method_scopes: BTreeMap<(Pkg, TypeIndex), Scope>,
}

impl<'a> GoWorld<'a> {
    pub fn new(ir: &'a Ir) -> Self {
        let mut world = GoWorld {
            ir,
            names: naming::names(),
            pkg_names: BTreeMap::new(),
            references: BTreeMap::new(),
            imported: BTreeSet::new(),
            exported: BTreeSet::new(),
            exported_resources: BTreeSet::new(),
            contains_exported: Vec::new(),
            declared: BTreeMap::new(),
            order: BTreeMap::new(),
            functions: BTreeMap::new(),
            scopes: BTreeMap::new(),
            method_scopes: BTreeMap::new(),
        };
        world.scan_items();
        world.contains_exported = world.compute_contains_exported();
        world.name_packages();
        world.declare_types();
        world.name_functions();
        world.name_members();
        world
    }

    pub fn pkg_name(&self, pkg: Pkg) -> &str {
        self.pkg_names.get(&pkg).map_or("main", String::as_str)
    }

    /// The import path of a package: `wit_component/<name>`, or for the
    /// types, wit-bindgen's path (see [`crate::TYPES_MODULE`]).
    pub fn pkg_path(&self, pkg: Pkg) -> String {
        match pkg {
            Pkg::Types => format!("{}/wit/types", crate::TYPES_MODULE),
            _ => format!("{}/{}", crate::MODULE, self.pkg_name(pkg)),
        }
    }

    pub fn is_exported(&self, iface: InterfaceIndex) -> bool {
        self.exported.contains(&iface)
    }

    pub fn is_exported_resource(&self, resource: TypeIndex) -> bool {
        self.exported_resources.contains(&resource)
    }

    /// Whether a type is, or holds, a resource the component exports.
    pub fn contains_exported(&self, ty: TypeIndex) -> bool {
        self.contains_exported[ty]
    }

    /// The side whose types a function names. A world-level function names
    /// only imported types, also when it is exported: a world reaches an
    /// interface's types through `use`, which names the imported interface
    /// (also when the world exports that interface as well).
    pub fn side(&self, f: &FnRef<'_>) -> Dir {
        match f.home {
            Pkg::World | Pkg::ExportWorld => Dir::Import,
            _ => f.id.dir,
        }
    }

    /// The declared types of a package, in declaration order.
    pub fn declared_in(&self, pkg: Pkg) -> &[TypeIndex] {
        self.order.get(&pkg).map_or(&[], Vec::as_slice)
    }

    pub fn type_names(&self, pkg: Pkg, ty: TypeIndex) -> Option<&TypeNames> {
        self.declared.get(&(pkg, ty))
    }

    pub fn fn_names(&self, id: FnId) -> Option<&FnNames> {
        self.functions.get(&id)
    }

    /// Where a named type (or resource) is declared when used in `dir`;
    /// `None` for anonymous types.
    pub fn home(&self, ty: TypeIndex, dir: Dir) -> Option<Pkg> {
        let def = self.ir.def(ty);
        def.name.as_ref()?;
        match def.owner {
            Owner::None => None,
            Owner::World => Some(Pkg::World),
            Owner::Interface(i) => Some(if dir == Dir::Export && self.contains_exported[ty] {
                Pkg::Export(i)
            } else {
                Pkg::Iface(i)
            }),
        }
    }

    /// The resource a handle or alias finally names.
    pub fn resource_of(&self, ty: TypeIndex) -> TypeIndex {
        match self.ir.unalias(Type::Id(ty)) {
            Type::Id(r) => r,
            _ => ty,
        }
    }

    /// Every function of a direction with the package it belongs to.
    pub fn functions(&self, dir: Dir) -> Vec<FnRef<'a>> {
        let items = match dir {
            Dir::Import => &self.ir.imports,
            Dir::Export => &self.ir.exports,
        };
        let mut out = Vec::new();
        for (item_index, item) in items.iter().enumerate() {
            let (functions, home): (Vec<&Function>, Pkg) = match &item.item {
                Item::Interface {
                    interface,
                    functions,
                    ..
                } => (
                    functions.iter().collect(),
                    match dir {
                        Dir::Import => Pkg::Iface(*interface),
                        Dir::Export => Pkg::Export(*interface),
                    },
                ),
                Item::Function { function } => (
                    vec![function],
                    match dir {
                        Dir::Import => Pkg::World,
                        Dir::Export => Pkg::ExportWorld,
                    },
                ),
                Item::Type { .. } => continue,
            };
            for (index, function) in functions.into_iter().enumerate() {
                let id = FnId {
                    dir,
                    item: item_index,
                    index,
                };
                out.push(FnRef { id, function, home });
            }
        }
        out
    }

    fn scan_items(&mut self) {
        for (dir, items) in [
            (Dir::Import, &self.ir.imports),
            (Dir::Export, &self.ir.exports),
        ] {
            for item in items {
                let Item::Interface {
                    interface,
                    resources,
                    ..
                } = &item.item
                else {
                    continue;
                };
                match dir {
                    Dir::Import => self.imported.insert(*interface),
                    Dir::Export => self.exported.insert(*interface),
                };
                if dir == Dir::Export {
                    for resource in resources.iter().filter(|r| r.new.is_some()) {
                        self.exported_resources.insert(resource.resource);
                    }
                }
            }
        }
    }

    fn compute_contains_exported(&self) -> Vec<bool> {
        let mut contains = vec![false; self.ir.types.len()];
        for (index, def) in self.ir.types.iter().enumerate() {
            contains[index] = match &def.kind {
                TypeKind::Resource => self.exported_resources.contains(&index),
                TypeKind::Handle { resource, .. } => self
                    .exported_resources
                    .contains(&self.resource_of(*resource)),
                kind => kind.children().iter().any(|child| match child {
                    Type::Id(c) => contains[*c],
                    _ => false,
                }),
            };
        }
        contains
    }

    fn name_packages(&mut self) {
        let fixed = [
            (Pkg::Main, "main"),
            (Pkg::Runtime, "wit_runtime"),
            (Pkg::Types, "wit_types"),
            (Pkg::World, "wit_world"),
            (Pkg::ExportWorld, "export_wit_world"),
        ];
        let mut taken: BTreeSet<String> = BTreeSet::new();
        for (pkg, name) in fixed {
            self.pkg_names.insert(pkg, name.to_string());
            taken.insert(name.to_string());
        }
        for (index, key) in self.interface_keys() {
            let base = naming::interface_package(self.ir, index, &key, &self.names);
            let mut name = base.clone();
            let mut n = 2;
            while taken.contains(&name) || taken.contains(&format!("export_{name}")) {
                name = format!("{base}{n}");
                n += 1;
            }
            taken.insert(format!("export_{name}"));
            taken.insert(name.clone());
            self.pkg_names
                .insert(Pkg::Export(index), format!("export_{name}"));
            self.pkg_names.insert(Pkg::Iface(index), name);
        }
        self.references = self
            .pkg_names
            .iter()
            .map(|(&pkg, name)| (pkg, (format!("{name}."), self.pkg_path(pkg))))
            .collect();
    }

    /// How code in another package refers to `pkg`: `name.`, and the
    /// import path that makes the name mean it.
    pub fn reference(&self, pkg: Pkg) -> (&str, &str) {
        match self.references.get(&pkg) {
            Some((qualifier, path)) => (qualifier, path),
            // Every package is named; pkg_name's fallback, spelled out.
            None => ("main.", "wit_component/main"),
        }
    }

    /// Every interface with the key of its first world item, in IR order.
    fn interface_keys(&self) -> Vec<(InterfaceIndex, String)> {
        let mut keys: BTreeMap<InterfaceIndex, String> = BTreeMap::new();
        for item in self.ir.imports.iter().chain(&self.ir.exports) {
            if let Item::Interface { interface, .. } = &item.item {
                keys.entry(*interface).or_insert_with(|| item.key.clone());
            }
        }
        (0..self.ir.interfaces.len())
            .map(|i| {
                (
                    i,
                    keys.get(&i).cloned().unwrap_or_else(|| format!("iface{i}")),
                )
            })
            .collect()
    }

    /// Decides where each named type is declared and claims its name: an
    /// interface's types live in its package, except that an exported
    /// interface's resources, and the types that hold them, live in its
    /// `export_` package (a second copy when the interface is imported too).
    fn declare_types(&mut self) {
        for (index, iface) in self.ir.interfaces.iter().enumerate() {
            for &ty in &iface.types {
                let def = self.ir.def(ty);
                if def.owner != Owner::Interface(index) || def.name.is_none() {
                    continue;
                }
                if self.imported.contains(&index) || !self.contains_exported[ty] {
                    self.declare(Pkg::Iface(index), ty);
                }
                if self.exported.contains(&index) && self.contains_exported[ty] {
                    self.declare(Pkg::Export(index), ty);
                }
            }
        }
        let ir = self.ir;
        for item in &ir.imports {
            if let Item::Type { ty, .. } = &item.item
                && ir.def(*ty).owner == Owner::World
            {
                self.declare(Pkg::World, *ty);
            }
        }
    }

    fn declare(&mut self, pkg: Pkg, ty: TypeIndex) {
        if self.declared.contains_key(&(pkg, ty)) {
            return;
        }
        let def = self.ir.def(ty);
        let wit = def.name.as_deref().unwrap_or("anonymous");
        let name = self
            .scopes
            .entry(pkg)
            .or_default()
            .claim(self.names.upper_camel(wit));
        let reserved: &[&str] = match (&def.kind, pkg) {
            (TypeKind::Resource, Pkg::Export(_)) => &["TakeHandle", "Drop"],
            (TypeKind::Resource, _) => &["TakeHandle", "SetHandle", "Handle", "Drop"],
            (TypeKind::Variant { .. }, _) => &["Tag"],
            _ => &[],
        };
        self.method_scopes.insert((pkg, ty), Scope::with(reserved));
        self.declared.insert(
            (pkg, ty),
            TypeNames {
                name,
                ..TypeNames::default()
            },
        );
        self.order.entry(pkg).or_default().push(ty);
    }

    fn name_functions(&mut self) {
        for dir in [Dir::Import, Dir::Export] {
            for f in self.functions(dir) {
                let names = self.name_function(&f);
                self.functions.insert(f.id, names);
            }
        }
    }

    fn name_function(&mut self, f: &FnRef<'_>) -> FnNames {
        let function = f.function;
        let item = self.names.upper_camel(&function.item_name);
        let resource_name = |world: &Self, r: TypeIndex| {
            let r = world.resource_of(r);
            world
                .declared
                .get(&(f.home, r))
                .map_or_else(|| "Resource".to_string(), |n| n.name.clone())
        };
        let (name, method_of) = match function.kind {
            FunctionKind::Freestanding | FunctionKind::Getter => (item, None),
            FunctionKind::Setter => (format!("Set{item}"), None),
            FunctionKind::Constructor(r) => (format!("Make{}", resource_name(self, r)), None),
            FunctionKind::Static(r) | FunctionKind::StaticGetter(r) => {
                (format!("{}{item}", resource_name(self, r)), None)
            }
            FunctionKind::StaticSetter(r) => (format!("{}Set{item}", resource_name(self, r)), None),
            FunctionKind::Method(r) | FunctionKind::MethodGetter(r) => {
                (item, Some(self.resource_of(r)))
            }
            FunctionKind::MethodSetter(r) => (format!("Set{item}"), Some(self.resource_of(r))),
        };
        let name = match method_of {
            Some(r) => self
                .method_scopes
                .entry((f.home, r))
                .or_default()
                .claim(name),
            None => self.scopes.entry(f.home).or_default().claim(name),
        };
        let skip = usize::from(method_of.is_some());
        let mut params_scope = Scope::with(&["self"]);
        let params = function
            .params
            .iter()
            .skip(skip)
            .map(|p| params_scope.claim(self.names.lower_camel(&p.name)))
            .collect();
        FnNames { name, params }
    }

    /// Fields, case constants, variant makers and getters, resource helpers.
    fn name_members(&mut self) {
        let keys: Vec<(Pkg, TypeIndex)> = self
            .order
            .iter()
            .flat_map(|(pkg, types)| types.iter().map(move |ty| (*pkg, *ty)))
            .collect();
        for (pkg, ty) in keys {
            let def = self.ir.def(ty);
            let Some(type_name) = self.declared.get(&(pkg, ty)).map(|n| n.name.clone()) else {
                continue;
            };
            let mut names = TypeNames {
                name: type_name.clone(),
                ..TypeNames::default()
            };
            let scope = self.scopes.entry(pkg).or_default();
            let case_names: Vec<String> = match &def.kind {
                TypeKind::Enum { cases, .. } => cases.iter().map(|c| c.name.clone()).collect(),
                TypeKind::Flags { flags, .. } => flags.iter().map(|f| f.name.clone()).collect(),
                TypeKind::Variant { cases, .. } => cases.iter().map(|c| c.name.clone()).collect(),
                _ => Vec::new(),
            };
            for case in &case_names {
                let camel = self.names.upper_camel(case);
                names
                    .consts
                    .push(scope.claim(format!("{type_name}{camel}")));
            }
            match &def.kind {
                TypeKind::Record { fields } => {
                    let mut fields_scope = Scope::default();
                    names.fields = fields
                        .iter()
                        .map(|f| fields_scope.claim(self.names.upper_camel(&f.name)))
                        .collect();
                }
                TypeKind::Variant { .. } => {
                    for case in &case_names {
                        let camel = self.names.upper_camel(case);
                        names
                            .makers
                            .push(scope.claim(format!("Make{type_name}{camel}")));
                    }
                    let methods = self.method_scopes.entry((pkg, ty)).or_default();
                    names.getters = case_names
                        .iter()
                        .map(|case| methods.claim(self.names.upper_camel(case)))
                        .collect();
                }
                TypeKind::Resource => {
                    names.from_own = scope.claim(format!("{type_name}FromOwnHandle"));
                    names.from_borrow = scope.claim(format!("{type_name}FromBorrowHandle"));
                }
                _ => {}
            }
            self.declared.insert((pkg, ty), names);
        }
    }
}
