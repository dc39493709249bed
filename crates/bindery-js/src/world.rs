//! The world as TypeScript declarations see it: one ambient module per
//! interface and one for the world, the name of every declared type, and
//! the spelling of every WIT type as the value the engines pass at run time.
//! Names are decided here, once, so every file spells a type the same way.

use std::collections::{BTreeMap, BTreeSet};

use bindery_ir::{Function, InterfaceIndex, Ir, Item, Type, TypeIndex, TypeKind};

use bindery_kit::names::lower_camel_case;

use crate::naming::{self, Naming, Scope};

/// Where a declaration lives: an interface's module or the world's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Home {
    World,
    Iface(InterfaceIndex),
    /// The module of a function the world imports itself (`declare module
    /// 'log'`): it declares nothing but the function.
    Free,
}

/// An interface's ambient module.
#[derive(Debug, Clone)]
pub struct Module {
    pub index: InterfaceIndex,
    /// `ns:pkg/iface@version`, or the world key of an inline interface.
    pub specifier: String,
    pub file: String,
    pub imported: bool,
    pub exported: bool,
}

/// The generic helper types a module declares when its values need them.
#[derive(Debug, Clone, Default)]
pub struct Helpers {
    /// `Result<T, E>`: a `result` that is not a function's whole result.
    pub result: bool,
    /// `Option<T>`: an `option` directly inside another `option`.
    pub option: bool,
    /// Other interfaces' modules the declarations refer to.
    pub refs: BTreeSet<InterfaceIndex>,
}

pub struct JsWorld<'a> {
    pub ir: &'a Ir,
    pub naming: Naming,
    pub world_specifier: String,
    modules: BTreeMap<InterfaceIndex, Module>,
    /// Declared name of every named type, by the module it lives in.
    type_names: BTreeMap<TypeIndex, (Home, String)>,
    /// The names of each module's helper types and variant case interfaces.
    scopes: BTreeMap<Home, Scope>,
    helper_names: BTreeMap<Home, (String, String)>,
    case_names: BTreeMap<TypeIndex, Vec<String>>,
    imported_resources: BTreeSet<TypeIndex>,
    /// How the guest module exports each exported interface, by world key.
    export_names: BTreeMap<String, ExportName>,
}

/// The names of an exported interface in the guest's ES module.
#[derive(Debug, Clone)]
pub struct ExportName {
    /// The export the engines look the interface up by: its name in
    /// lowerCamelCase, or its full WIT name (`ns:pkg/iface@version`) where
    /// another export of the world has the same short name. ComponentizeJS
    /// looks an interface up by its full name first; jco's transpiled
    /// components export every interface under it.
    pub member: String,
    /// Whether `member` is the full WIT name (a string export name).
    pub full: bool,
    /// The identifier the world module re-exports the interface's types
    /// under (`export * as name from '…'`).
    pub namespace: String,
}

impl ExportName {
    /// `member` as a property key: quoted when it is a full name or a
    /// reserved word.
    pub fn property(&self, naming: &Naming) -> String {
        if self.full || naming.is_reserved(&self.member) {
            format!("'{}'", self.member)
        } else {
            self.member.clone()
        }
    }
}

impl<'a> JsWorld<'a> {
    pub fn new(ir: &'a Ir) -> Self {
        let world_specifier = match &ir.world.package {
            Some(package) => naming::qualified(package, &ir.world.name),
            None => ir.world.name.clone(),
        };
        let mut world = JsWorld {
            ir,
            naming: Naming::default(),
            world_specifier,
            modules: BTreeMap::new(),
            type_names: BTreeMap::new(),
            scopes: BTreeMap::new(),
            helper_names: BTreeMap::new(),
            case_names: BTreeMap::new(),
            imported_resources: BTreeSet::new(),
            export_names: BTreeMap::new(),
        };
        world.scan_modules();
        world.name_types();
        world.name_exports();
        world
    }

    fn scan_modules(&mut self) {
        let ir = self.ir;
        let clash = versions_clash(ir);
        for (exported, items) in [(false, &ir.imports), (true, &ir.exports)] {
            for item in items {
                let Item::Interface { interface, .. } = &item.item else {
                    continue;
                };
                let iface = &ir.interfaces[*interface];
                let module = self.modules.entry(*interface).or_insert_with(|| {
                    // jco names an exported inline interface's module by its
                    // export name; nothing imports it at run time. An
                    // interface exported under a plain name is the same.
                    let specifier = if naming::is_plain(&item.key) && exported {
                        self.naming.member(&item.key)
                    } else {
                        naming::interface_specifier(iface, &item.key)
                    };
                    Module {
                        index: *interface,
                        specifier,
                        file: naming::interface_file(
                            iface,
                            &item.key,
                            clash.contains(&iface.package),
                        ),
                        imported: false,
                        exported: false,
                    }
                });
                if exported {
                    module.exported = true;
                } else {
                    module.imported = true;
                }
                if !exported {
                    for &ty in &iface.types {
                        if matches!(ir.def(ty).kind, TypeKind::Resource) {
                            self.imported_resources.insert(ty);
                        }
                    }
                }
            }
        }
        // World-level resources are imported.
        for item in &ir.imports {
            if let Item::Type { ty, .. } = &item.item
                && matches!(ir.def(*ty).kind, TypeKind::Resource)
            {
                self.imported_resources.insert(*ty);
            }
        }
    }

    /// Type names first (WIT's own names win), then the interfaces of
    /// variant cases, then the helper types.
    fn name_types(&mut self) {
        let ir = self.ir;
        let mut declared: Vec<(Home, TypeIndex)> = Vec::new();
        for module in self.modules.values() {
            for &ty in &ir.interfaces[module.index].types {
                declared.push((Home::Iface(module.index), ty));
            }
        }
        declared.extend(self.world_types().into_iter().map(|ty| (Home::World, ty)));
        for &(home, ty) in &declared {
            let Some(name) = &ir.def(ty).name else {
                continue;
            };
            let name = self
                .scopes
                .entry(home)
                .or_default()
                .claim(self.naming.type_name(name));
            self.type_names.insert(ty, (home, name));
        }
        for &(home, ty) in &declared {
            if let TypeKind::Variant { cases, .. } = &ir.def(ty).kind {
                let base = self.type_names[&ty].1.clone();
                let scope = self.scopes.entry(home).or_default();
                let names = cases
                    .iter()
                    .map(|case| scope.claim(format!("{base}{}", self.naming.type_name(&case.name))))
                    .collect();
                self.case_names.insert(ty, names);
            }
        }
        let homes: Vec<Home> = self
            .modules
            .keys()
            .map(|&i| Home::Iface(i))
            .chain([Home::World, Home::Free])
            .collect();
        for home in homes {
            let scope = self.scopes.entry(home).or_default();
            let names = (scope.claim("Result".into()), scope.claim("Option".into()));
            self.helper_names.insert(home, names);
        }
    }

    /// The export names of every exported interface. Two exports whose
    /// short names agree (`export a:x/name; export b:y/name;`, or an
    /// interface and a world function) would be one ES export, so each of
    /// them that has a full WIT name is exported under it instead; an
    /// export under a plain world key keeps its name, which no other world
    /// key has.
    fn name_exports(&mut self) {
        let ir = self.ir;
        let rules = self.naming.clone();
        let short = |item: &bindery_ir::WorldItem| match &item.item {
            Item::Interface { interface, .. } => {
                Some(rules.member(naming::wit_name(&ir.interfaces[*interface], &item.key)))
            }
            Item::Function { function } => Some(rules.member(&function.item_name)),
            Item::Type { .. } => None,
        };
        let mut count: BTreeMap<String, usize> = BTreeMap::new();
        for name in ir.exports.iter().filter_map(short) {
            *count.entry(name).or_default() += 1;
        }
        // Namespace identifiers for full-named exports give way to every
        // short name.
        let mut namespaces = Scope::default();
        for name in count.keys() {
            namespaces.claim(name.clone());
        }
        for item in &ir.exports {
            let Item::Interface { interface, .. } = &item.item else {
                continue;
            };
            let Some(member) = short(item) else { continue };
            let iface = &ir.interfaces[*interface];
            let name = if count[&member] > 1 && !naming::is_plain(&item.key) {
                ExportName {
                    member: naming::interface_specifier(iface, &item.key),
                    full: true,
                    namespace: namespaces.claim(lower_camel_case(&naming::import_namespace(
                        iface, &item.key,
                    ))),
                }
            } else {
                ExportName {
                    namespace: member.clone(),
                    member,
                    full: false,
                }
            };
            self.export_names.insert(item.key.clone(), name);
        }
    }

    /// How the guest module exports the interface exported under `key`.
    pub fn export_name(&self, key: &str) -> &ExportName {
        &self.export_names[key]
    }

    /// A name in the world module's scope for a declaration bindery adds
    /// (the guest contract): WIT names keep theirs, this one gives way.
    pub fn claim_world_name(&mut self, name: &str) -> String {
        self.scopes
            .entry(Home::World)
            .or_default()
            .claim(name.to_string())
    }

    /// The interface modules, in interface order (dependencies first).
    pub fn modules(&self) -> impl Iterator<Item = &Module> {
        self.modules.values()
    }

    pub fn module(&self, index: InterfaceIndex) -> &Module {
        &self.modules[&index]
    }

    /// The types declared at world level (`type`, `use`, `resource` in the
    /// world), in declaration order.
    pub fn world_types(&self) -> Vec<TypeIndex> {
        let mut types = Vec::new();
        for item in self.ir.imports.iter().chain(&self.ir.exports) {
            if let Item::Type { ty, .. } = &item.item
                && !types.contains(ty)
            {
                types.push(*ty);
            }
        }
        types
    }

    pub fn type_name(&self, ty: TypeIndex) -> &str {
        &self.type_names[&ty].1
    }

    pub fn case_names(&self, ty: TypeIndex) -> &[String] {
        &self.case_names[&ty]
    }

    pub fn helper_names(&self, home: Home) -> (&str, &str) {
        let (result, option) = &self.helper_names[&home];
        (result, option)
    }

    pub fn is_imported_resource(&self, ty: TypeIndex) -> bool {
        self.imported_resources.contains(&ty)
    }

    /// The functions of an interface, from its import if it has one (an
    /// interface both imported and exported has one module).
    pub fn interface_functions(&self, index: InterfaceIndex) -> &'a [Function] {
        let ir = self.ir;
        let mut found: &[Function] = &[];
        for item in ir.imports.iter().chain(&ir.exports).rev() {
            if let Item::Interface {
                interface,
                functions,
                ..
            } = &item.item
                && *interface == index
            {
                found = functions;
            }
        }
        found
    }

    /// How a value of `ty` is declared from inside module `at`.
    pub fn spell(&self, ty: Type, at: Home, helpers: &mut Helpers) -> String {
        match ty {
            Type::Bool => "boolean".into(),
            Type::U8
            | Type::U16
            | Type::U32
            | Type::S8
            | Type::S16
            | Type::S32
            | Type::F32
            | Type::F64 => "number".into(),
            Type::U64 | Type::S64 => "bigint".into(),
            Type::Char | Type::String => "string".into(),
            // Refused by the capability check before generation.
            Type::ErrorContext => "unknown".into(),
            Type::Id(index) => {
                if let Some((home, name)) = self.type_names.get(&index) {
                    if let Home::Iface(other) = home
                        && *home != at
                    {
                        helpers.refs.insert(*other);
                    }
                    return self.qualify(*home, name, at);
                }
                self.spell_body(index, at, helpers)
            }
        }
    }

    /// A declared name as seen from module `at`.
    pub fn qualify(&self, home: Home, name: &str, at: Home) -> String {
        match home {
            _ if home == at => name.to_string(),
            Home::Iface(index) => {
                format!("import('{}').{name}", self.modules[&index].specifier)
            }
            Home::World => format!("import('{}').{name}", self.world_specifier),
            Home::Free => name.to_string(),
        }
    }

    pub fn spell_body(&self, index: TypeIndex, at: Home, helpers: &mut Helpers) -> String {
        let ir = self.ir;
        match &ir.def(index).kind {
            TypeKind::List { element, .. } | TypeKind::FixedLengthList { element, .. } => {
                match typed_array(ir.unalias(*element)) {
                    Some(array) => array.into(),
                    None => format!("Array<{}>", self.spell(*element, at, helpers)),
                }
            }
            TypeKind::Map { key, value, .. } => format!(
                "Map<{}, {}>",
                self.spell(*key, at, helpers),
                self.spell(*value, at, helpers)
            ),
            TypeKind::Option { payload, .. } => {
                let inner = self.spell(*payload, at, helpers);
                if self.is_option(*payload) {
                    helpers.option = true;
                    format!("{}<{inner}>", self.helper_names(at).1)
                } else {
                    format!("{inner} | undefined")
                }
            }
            TypeKind::Result { ok, err, .. } => {
                helpers.result = true;
                format!(
                    "{}<{}, {}>",
                    self.helper_names(at).0,
                    self.spell_or_void(*ok, at, helpers),
                    self.spell_or_void(*err, at, helpers)
                )
            }
            TypeKind::Tuple { types, .. } => {
                let items: Vec<String> =
                    types.iter().map(|t| self.spell(*t, at, helpers)).collect();
                format!("[{}]", items.join(", "))
            }
            TypeKind::Handle { resource, .. } => self.spell(Type::Id(*resource), at, helpers),
            TypeKind::Alias { target } => self.spell(*target, at, helpers),
            // Named kinds always have a name; futures and streams are
            // refused by the capability check.
            TypeKind::Record { .. }
            | TypeKind::Variant { .. }
            | TypeKind::Enum { .. }
            | TypeKind::Flags { .. }
            | TypeKind::Resource
            | TypeKind::Future { .. }
            | TypeKind::Stream { .. } => "unknown".into(),
        }
    }

    pub fn spell_or_void(&self, ty: Option<Type>, at: Home, helpers: &mut Helpers) -> String {
        match ty {
            Some(ty) => self.spell(ty, at, helpers),
            None => "void".into(),
        }
    }

    /// Whether a value of `ty` is an `option` (after aliases): an option
    /// inside it cannot use `undefined` again.
    pub fn is_option(&self, ty: Type) -> bool {
        match self.ir.unalias(ty) {
            Type::Id(index) => matches!(self.ir.def(index).kind, TypeKind::Option { .. }),
            _ => false,
        }
    }

    /// The `ok` and `err` types when a function's whole result is a
    /// `result`: the engines return `ok` and throw `err`.
    pub fn thrown_result(&self, result: Option<Type>) -> Option<(Option<Type>, Option<Type>)> {
        match self.ir.unalias(result?) {
            Type::Id(index) => match &self.ir.def(index).kind {
                TypeKind::Result { ok, err, .. } => Some((*ok, *err)),
                _ => None,
            },
            _ => None,
        }
    }
}

/// The typed array the engines use for a list of this number type.
fn typed_array(element: Type) -> Option<&'static str> {
    Some(match element {
        Type::U8 => "Uint8Array",
        Type::S8 => "Int8Array",
        Type::U16 => "Uint16Array",
        Type::S16 => "Int16Array",
        Type::U32 => "Uint32Array",
        Type::S32 => "Int32Array",
        Type::U64 => "BigUint64Array",
        Type::S64 => "BigInt64Array",
        Type::F32 => "Float32Array",
        Type::F64 => "Float64Array",
        _ => return None,
    })
}

/// Packages of which the world holds more than one version.
fn versions_clash(ir: &Ir) -> BTreeSet<Option<bindery_ir::PackageName>> {
    let mut seen: BTreeMap<(String, String), BTreeSet<Option<String>>> = BTreeMap::new();
    for package in ir.interfaces.iter().filter_map(|i| i.package.as_ref()) {
        seen.entry((package.namespace.clone(), package.name.clone()))
            .or_default()
            .insert(package.version.clone());
    }
    ir.interfaces
        .iter()
        .filter_map(|i| i.package.clone())
        .filter(|p| seen[&(p.namespace.clone(), p.name.clone())].len() > 1)
        .map(Some)
        .collect()
}
