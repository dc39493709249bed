//! The world as componentize-py lays it out in Python: which modules
//! exist, which module declares each named type (per direction), and what
//! each function becomes. Every placement decision is made here, once.
//!
//! - `wit_world/__init__.py`: world-level types and imported functions,
//!   and the `WitWorld` Protocol of the world-level exports.
//! - `wit_world/imports/<m>.py`: an imported interface's types, resources
//!   (classes) and functions.
//! - `wit_world/exports/__init__.py`: one Protocol per exported interface.
//! - `wit_world/exports/<m>.py`: an exported interface's resources
//!   (Protocols) and, when the interface is not imported too, its types.
//!   When it is, the types holding handles to its exported resources get a
//!   second declaration here, as componentize-py writes them.
//!
//! Interfaces written inline in a world (`import x: interface { … }`) are
//! laid out as componentize-py 0.25.1 lays them out: a module named after
//! the key only when the interface declares a record, variant, enum, flags
//! or resource of its own, holding those types (and an exported one's
//! Protocol in `wit_world.exports`, without methods), and never its free
//! functions: an imported one's cannot be called, an exported one's are
//! called on the app's class named after the key ([`Place::Inline`]).

use std::collections::{BTreeMap, BTreeSet};

use bindery_ir::{Function, InterfaceIndex, Ir, Item, Owner, Type, TypeIndex, TypeKind};
use bindery_kit::Names;

use crate::names::{self, ModuleName};

/// Which side of the boundary a signature is on: an exported resource is a
/// Protocol the app implements on the export side, a class of the bindings
/// on the import side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Dir {
    Import,
    Export,
}

/// A generated Python module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Module {
    /// `wit_world/__init__.py`.
    World,
    /// `wit_world/imports/__init__.py` (empty).
    Imports,
    /// `wit_world/exports/__init__.py`: the exported interfaces' Protocols.
    Exports,
    Import(InterfaceIndex),
    Export(InterfaceIndex),
    /// Starter code: the app module `app.py`, which implements the
    /// exported interfaces' Protocols and `WitWorld`.
    App,
    /// Starter code: the top-level module `<m>.py` that holds the classes
    /// of an exported interface's resources.
    AppResources(InterfaceIndex),
}

impl Module {
    /// Starter code (the app's modules) rather than bindings: it imports
    /// the `wit_world` package by its absolute name.
    pub fn is_app(self) -> bool {
        matches!(self, Module::App | Module::AppResources(_))
    }
}

/// Where a function goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A module-level function (imports).
    Function(Module),
    /// A method of the Protocol an exported interface (or the world's
    /// exports: `WitWorld`) is implemented by.
    Protocol(Module),
    /// A constructor, method or static of a resource class or Protocol.
    Resource(Module, TypeIndex),
    /// A free function of an interface exported inline in the world:
    /// componentize-py calls it on the app's class named after the key,
    /// for which the bindings have no Protocol with methods.
    Inline(InterfaceIndex),
}

/// One function of the world with its direction and place.
#[derive(Debug, Clone, Copy)]
pub struct FnRef<'a> {
    pub function: &'a Function,
    pub dir: Dir,
    pub place: Place,
    /// The interface it belongs to (`None` at world level).
    pub iface: Option<InterfaceIndex>,
}

pub struct PyWorld<'a> {
    pub ir: &'a Ir,
    pub names: Names,
    import_modules: BTreeMap<InterfaceIndex, ModuleName>,
    export_modules: BTreeMap<InterfaceIndex, ModuleName>,
    /// Exported interfaces in world order (the Protocols' order).
    export_order: Vec<InterfaceIndex>,
    exported_resources: BTreeSet<TypeIndex>,
    contains_exported: Vec<bool>,
    /// The classes each module declares, in declaration order, and the
    /// same as a set (a world of N types asks N times whether a module
    /// declares one).
    declared: BTreeMap<Module, Vec<TypeIndex>>,
    declares: BTreeSet<(Module, TypeIndex)>,
    /// The interfaces written inline in the world, with their keys, in
    /// world order (whether or not they get a module).
    pub inline_imports: Vec<(InterfaceIndex, String)>,
    pub inline_exports: Vec<(InterfaceIndex, String)>,
}

impl<'a> PyWorld<'a> {
    pub fn new(ir: &'a Ir) -> Self {
        let names = names::names();
        // The interfaces that get a module: every named one, and an
        // inline one that declares a nominal type of its own.
        type Split = (Vec<(InterfaceIndex, String)>, Vec<(InterfaceIndex, String)>);
        let split = |items: &[bindery_ir::WorldItem]| -> Split {
            let mut modules = Vec::new();
            let mut inline = Vec::new();
            for item in items {
                if let Item::Interface { interface, .. } = &item.item {
                    let iface = &ir.interfaces[*interface];
                    let name = match &iface.name {
                        Some(name) => name.clone(),
                        None => {
                            inline.push((*interface, item.key.clone()));
                            if !iface.types.iter().any(|&ty| {
                                ir.def(ty).owner == Owner::Interface(*interface)
                                    && is_nominal(&ir.def(ty).kind)
                            }) {
                                continue;
                            }
                            item.key.clone()
                        }
                    };
                    modules.push((*interface, name));
                }
            }
            (modules, inline)
        };
        let (imported, inline_imports) = split(&ir.imports);
        let (exported, inline_exports) = split(&ir.exports);
        let mut world = PyWorld {
            ir,
            import_modules: names::module_names(ir, &imported, &names),
            export_modules: names::module_names(ir, &exported, &names),
            names,
            export_order: exported.iter().map(|&(i, _)| i).collect(),
            exported_resources: BTreeSet::new(),
            contains_exported: Vec::new(),
            declared: BTreeMap::new(),
            declares: BTreeSet::new(),
            inline_imports,
            inline_exports,
        };
        for item in &ir.exports {
            if let Item::Interface { resources, .. } = &item.item {
                let exported = resources.iter().filter(|r| r.new.is_some());
                world
                    .exported_resources
                    .extend(exported.map(|r| r.resource));
            }
        }
        world.contains_exported = world.compute_contains_exported();
        world.declare_types();
        world
    }

    /// Every module, in file order.
    pub fn modules(&self) -> Vec<Module> {
        let mut modules = vec![Module::World];
        if !self.import_modules.is_empty() {
            modules.push(Module::Imports);
            modules.extend(self.import_modules.keys().map(|&i| Module::Import(i)));
        }
        if !self.export_order.is_empty() {
            modules.push(Module::Exports);
            modules.extend(self.export_order.iter().map(|&i| Module::Export(i)));
        }
        modules
    }

    /// The module's file, relative to the output directory.
    pub fn path(&self, module: Module) -> String {
        match module {
            Module::World => "wit_world/__init__.py".into(),
            Module::Imports => "wit_world/imports/__init__.py".into(),
            Module::Exports => "wit_world/exports/__init__.py".into(),
            Module::Import(i) => format!("wit_world/imports/{}.py", self.import_modules[&i].module),
            Module::Export(i) => format!("wit_world/exports/{}.py", self.export_modules[&i].module),
            Module::App | Module::AppResources(_) => format!("{}.py", self.dotted(module)),
        }
    }

    /// The module's dotted name (`wit_world.imports.base`).
    pub fn dotted(&self, module: Module) -> String {
        match module {
            Module::World => "wit_world".into(),
            Module::Imports => "wit_world.imports".into(),
            Module::Exports => "wit_world.exports".into(),
            Module::Import(i) => format!("wit_world.imports.{}", self.import_modules[&i].module),
            Module::Export(i) => format!("wit_world.exports.{}", self.export_modules[&i].module),
            Module::App => crate::APP_MODULE.into(),
            Module::AppResources(i) => self.export_modules[&i].module.clone(),
        }
    }

    /// The name an interface module is imported by, and the package it is
    /// imported from (`from ..imports import base`).
    pub fn module_name(&self, module: Module) -> Option<(&'static str, &str)> {
        match module {
            Module::Import(i) => Some(("imports", &self.import_modules[&i].module)),
            Module::Export(i) => Some(("exports", &self.export_modules[&i].module)),
            _ => None,
        }
    }

    /// The exported interfaces, in world order.
    pub fn exported(&self) -> &[InterfaceIndex] {
        &self.export_order
    }

    /// The Protocol class of an exported interface.
    pub fn protocol(&self, iface: InterfaceIndex) -> &str {
        &self.export_modules[&iface].protocol
    }

    /// The app's class componentize-py calls the functions of an
    /// interface exported inline on: its Protocol's name when it has one,
    /// else its key in UpperCamelCase.
    pub fn inline_class(&self, iface: InterfaceIndex) -> String {
        match self.export_modules.get(&iface) {
            Some(module) => module.protocol.clone(),
            None => {
                let key = self
                    .inline_exports
                    .iter()
                    .find(|(i, _)| *i == iface)
                    .map_or("", |(_, key)| key.as_str());
                self.names.upper_camel(key)
            }
        }
    }

    /// Whether an imported interface's module has this name.
    pub fn has_import_module(&self, name: &str) -> bool {
        self.import_modules.values().any(|m| m.module == name)
    }

    pub fn is_imported(&self, iface: InterfaceIndex) -> bool {
        self.import_modules.contains_key(&iface)
    }

    pub fn is_exported(&self, iface: InterfaceIndex) -> bool {
        self.export_modules.contains_key(&iface)
    }

    /// The named types a module declares, in declaration order.
    pub fn declared_in(&self, module: Module) -> &[TypeIndex] {
        self.declared.get(&module).map_or(&[], Vec::as_slice)
    }

    /// Whether `module` declares the class of `ty`.
    pub fn declares(&self, module: Module, ty: TypeIndex) -> bool {
        self.declares.contains(&(module, ty))
    }

    /// The module whose class a signature of direction `dir` names for a
    /// named type: its interface's import module when the interface is
    /// imported, except that a handle to an exported resource on the
    /// export side is the export module's Protocol (the app's object is
    /// what componentize-py passes there). The copies of types holding
    /// exported resources that componentize-py declares in the export
    /// module are only named from inside that module: at run time it
    /// builds the import module's classes in both directions.
    pub fn home(&self, ty: TypeIndex, dir: Dir) -> Module {
        match self.ir.def(ty).owner {
            Owner::Interface(i) => {
                let exported_resource = dir == Dir::Export
                    && matches!(self.ir.def(ty).kind, TypeKind::Resource)
                    && self.contains_exported[ty];
                if !self.is_imported(i) || exported_resource {
                    Module::Export(i)
                } else {
                    Module::Import(i)
                }
            }
            Owner::World | Owner::None => Module::World,
        }
    }

    /// The resource a handle or an alias of one names.
    pub fn resource_of(&self, ty: TypeIndex) -> TypeIndex {
        match self.ir.unalias(Type::Id(ty)) {
            Type::Id(r) => r,
            _ => ty,
        }
    }

    /// The class name of a record, variant, enum, flags or resource.
    pub fn class_name(&self, ty: TypeIndex) -> String {
        self.names
            .upper_camel(self.ir.def(ty).name.as_deref().unwrap_or("anonymous"))
    }

    /// The class of one case of a variant: `Shape_Circle`.
    pub fn case_class(&self, ty: TypeIndex, case: &str) -> String {
        format!("{}_{}", self.class_name(ty), self.names.upper_camel(case))
    }

    /// Every function of the world with its place, imports first, each in
    /// WIT order.
    pub fn functions(&self) -> Vec<FnRef<'a>> {
        let mut out = Vec::new();
        for (dir, items) in [
            (Dir::Import, &self.ir.imports),
            (Dir::Export, &self.ir.exports),
        ] {
            for item in items {
                let (functions, iface): (Vec<&'a Function>, Option<InterfaceIndex>) =
                    match &item.item {
                        Item::Interface {
                            interface,
                            functions,
                            ..
                        } => (functions.iter().collect(), Some(*interface)),
                        Item::Function { function } => (vec![function], None),
                        Item::Type { .. } => continue,
                    };
                let inline = iface.is_some_and(|i| self.ir.interfaces[i].name.is_none());
                for function in functions {
                    let place = match (function.kind.resource(), iface, dir) {
                        (Some(r), _, _) => {
                            let r = self.resource_of(r);
                            Place::Resource(self.home(r, dir), r)
                        }
                        // componentize-py 0.25.1 generates none of an
                        // inline interface's free functions.
                        (None, Some(_), Dir::Import) if inline => continue,
                        (None, Some(i), Dir::Export) if inline => Place::Inline(i),
                        (None, Some(i), Dir::Import) => Place::Function(Module::Import(i)),
                        (None, Some(_), Dir::Export) => Place::Protocol(Module::Exports),
                        (None, None, Dir::Import) => Place::Function(Module::World),
                        (None, None, Dir::Export) => Place::Protocol(Module::World),
                    };
                    out.push(FnRef {
                        function,
                        dir,
                        place,
                        iface,
                    });
                }
            }
        }
        out
    }

    /// For each type, whether it is or holds (a handle to) an exported
    /// resource: such types are declared again on the export side.
    fn compute_contains_exported(&self) -> Vec<bool> {
        let mut contains = vec![false; self.ir.types.len()];
        for (index, def) in self.ir.types.iter().enumerate() {
            contains[index] = match &def.kind {
                TypeKind::Resource => self.exported_resources.contains(&index),
                TypeKind::Handle { resource, .. } => self
                    .exported_resources
                    .contains(&self.resource_of(*resource)),
                // Types only refer to smaller indices.
                kind => kind.children().iter().any(|child| match child {
                    Type::Id(c) => contains[*c],
                    _ => false,
                }),
            };
        }
        contains
    }

    fn declare_types(&mut self) {
        for (index, iface) in self.ir.interfaces.iter().enumerate() {
            for &ty in &iface.types {
                let def = self.ir.def(ty);
                if def.owner != Owner::Interface(index) || !is_nominal(&def.kind) {
                    continue;
                }
                let imported = self.is_imported(index);
                let exported = self.is_exported(index);
                if imported {
                    self.declare(Module::Import(index), ty);
                }
                if exported && (!imported || self.contains_exported[ty]) {
                    self.declare(Module::Export(index), ty);
                }
            }
        }
        let ir = self.ir;
        for item in &ir.imports {
            if let Item::Type { ty, .. } = &item.item
                && ir.def(*ty).owner == Owner::World
                && is_nominal(&ir.def(*ty).kind)
            {
                self.declare(Module::World, *ty);
            }
        }
    }

    fn declare(&mut self, module: Module, ty: TypeIndex) {
        if self.declares.insert((module, ty)) {
            self.declared.entry(module).or_default().push(ty);
        }
    }
}

/// A type that is a class in Python (aliases are not names there).
fn is_nominal(kind: &TypeKind) -> bool {
    matches!(
        kind,
        TypeKind::Record { .. }
            | TypeKind::Variant { .. }
            | TypeKind::Enum { .. }
            | TypeKind::Flags { .. }
            | TypeKind::Resource
    )
}
