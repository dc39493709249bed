//! The world as C# sees it: which C# interfaces exist (`I<Iface>Imports`,
//! `I<Iface>Exports`, the world's own), where each named type is declared
//! (per direction), and the C# name of everything the bindings declare.
//! Every naming decision is made here, once, so all files spell a name
//! the same way.

use std::collections::{BTreeMap, BTreeSet};

use bindery_ir::{
    Function, FunctionKind, InterfaceIndex, Ir, Item, Owner, PackageName, Type, TypeIndex, TypeKind,
};

use crate::naming::Naming;

/// Which side of the boundary code is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dir {
    Import,
    Export,
}

impl Dir {
    /// `Imports` / `Exports`, as namespaces and interface names spell it.
    pub fn word(self) -> &'static str {
        match self {
            Dir::Import => "Imports",
            Dir::Export => "Exports",
        }
    }
}

/// A C# scope that declares WIT types and functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Home {
    /// `I<Iface>Imports` / `I<Iface>Exports`.
    Iface(InterfaceIndex, Dir),
    /// The world's namespace itself: world-level enums and flags (shared
    /// by both directions, as wit-bindgen does).
    World,
    /// `I<World>WorldImports`: world-level types and imported functions.
    WorldImports,
    /// `I<World>WorldExports`: world-level exported functions.
    WorldExports,
}

impl Home {
    pub fn dir(self) -> Dir {
        match self {
            Home::Iface(_, dir) => dir,
            Home::World | Home::WorldImports => Dir::Import,
            Home::WorldExports => Dir::Export,
        }
    }
}

/// The C# names around one home.
#[derive(Debug, Clone)]
pub struct HomeNames {
    /// `PrimitivesWorld.wit.Imports.bindery.primitives`.
    pub namespace: String,
    /// `INumbersImports` (empty for [`Home::World`]).
    pub interface: String,
    /// `NumbersImportsInterop`: the class holding the core imports or the
    /// export entry points.
    pub interop: String,
    /// `NumbersExportsImpl`: the class the user writes (exports).
    pub implementation: String,
}

/// A function of the world.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct FnId {
    pub dir: Dir,
    pub item: usize,
    pub index: usize,
}

#[derive(Debug, Clone, Copy)]
pub struct FnRef<'a> {
    pub id: FnId,
    pub function: &'a Function,
    pub home: Home,
}

impl FnRef<'_> {
    /// The side whose types the function names. A world-level function
    /// names only imported types, also when it is exported: a world reaches
    /// an interface's types through `use`, which names the imported
    /// interface (also when the world exports that interface as well).
    pub fn types_dir(&self) -> Dir {
        match self.home {
            Home::Iface(..) => self.id.dir,
            Home::World | Home::WorldImports | Home::WorldExports => Dir::Import,
        }
    }
}

/// The C# names of a function.
#[derive(Debug, Clone)]
pub struct FnNames {
    /// Method name (a constructor: the resource's class name).
    pub name: String,
    /// Parameter names, a method's `self` excluded.
    pub params: Vec<String>,
}

/// The C# names of a declared type and its members.
#[derive(Debug, Clone, Default)]
pub struct TypeNames {
    pub name: String,
    /// `global::…` spelling.
    pub qualified: String,
    /// Record fields.
    pub fields: Vec<String>,
    /// Enum and flags members; variant constructors and `Tags` constants.
    pub cases: Vec<String>,
    /// Variant payload accessors (`AsCircle`).
    pub accessors: Vec<String>,
    /// An exported resource's interface (`IGadget`).
    pub interface: String,
}

/// Names a C# scope claims, so a later name that would clash (with a
/// member, the enclosing type or a reserved member) gets a `_` suffix.
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

    pub fn claim(&mut self, name: String) -> String {
        let mut candidate = name;
        while self.taken.contains(&candidate) {
            candidate.push('_');
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

/// Members every C# object has: a WIT method spelled like one would hide
/// it (a warning, so an error under `-warnaserror`).
const OBJECT_MEMBERS: &[&str] = &[
    "Equals",
    "Finalize",
    "GetHashCode",
    "GetType",
    "MemberwiseClone",
    "ReferenceEquals",
    "ToString",
];

pub struct CsWorld<'a> {
    pub ir: &'a Ir,
    pub naming: Naming,
    /// `<World>World`.
    pub namespace: String,
    /// `<World>` (UpperCamelCase world name).
    pub world: String,
    imported: BTreeSet<InterfaceIndex>,
    exported: BTreeSet<InterfaceIndex>,
    homes: BTreeMap<Home, HomeNames>,
    declared: BTreeMap<(Home, TypeIndex), TypeNames>,
    order: BTreeMap<Home, Vec<TypeIndex>>,
    functions: BTreeMap<FnId, FnNames>,
    scopes: BTreeMap<Home, Scope>,
    member_scopes: BTreeMap<(Home, TypeIndex), Scope>,
}

impl<'a> CsWorld<'a> {
    pub fn new(ir: &'a Ir) -> Self {
        let naming = Naming::default();
        let world = naming.upper(&ir.world.name);
        let mut cs = CsWorld {
            ir,
            namespace: naming.world_namespace(&ir.world.name),
            world,
            naming,
            imported: BTreeSet::new(),
            exported: BTreeSet::new(),
            homes: BTreeMap::new(),
            declared: BTreeMap::new(),
            order: BTreeMap::new(),
            functions: BTreeMap::new(),
            scopes: BTreeMap::new(),
            member_scopes: BTreeMap::new(),
        };
        cs.scan_items();
        cs.name_homes();
        cs.declare_types();
        cs.name_functions();
        cs.name_members();
        cs
    }

    pub fn home_names(&self, home: Home) -> &HomeNames {
        &self.homes[&home]
    }

    /// Every home that exists, in order.
    pub fn homes(&self) -> impl Iterator<Item = Home> + '_ {
        self.homes.keys().copied()
    }

    pub fn declared_in(&self, home: Home) -> &[TypeIndex] {
        self.order.get(&home).map_or(&[], Vec::as_slice)
    }

    pub fn type_names(&self, home: Home, ty: TypeIndex) -> Option<&TypeNames> {
        self.declared.get(&(home, ty))
    }

    pub fn fn_names(&self, id: FnId) -> &FnNames {
        &self.functions[&id]
    }

    /// Where a named type is declared when used on side `dir`: an exported
    /// interface's own copy on the export side, the imported one otherwise.
    pub fn home(&self, ty: TypeIndex, dir: Dir) -> Option<Home> {
        let def = self.ir.def(ty);
        def.name.as_ref()?;
        match def.owner {
            Owner::None => None,
            Owner::World => Some(match def.kind {
                TypeKind::Enum { .. } | TypeKind::Flags { .. } => Home::World,
                _ => Home::WorldImports,
            }),
            Owner::Interface(i) => {
                if dir == Dir::Export && self.exported.contains(&i) {
                    Some(Home::Iface(i, Dir::Export))
                } else if self.imported.contains(&i) {
                    Some(Home::Iface(i, Dir::Import))
                } else {
                    Some(Home::Iface(i, Dir::Export))
                }
            }
        }
    }

    /// The resource a handle or alias finally names.
    pub fn resource_of(&self, ty: TypeIndex) -> TypeIndex {
        match self.ir.unalias(Type::Id(ty)) {
            Type::Id(r) => match self.ir.def(r).kind {
                TypeKind::Handle { resource, .. } => self.resource_of(resource),
                _ => r,
            },
            _ => ty,
        }
    }

    /// Whether on side `dir` a resource is one the guest implements.
    pub fn is_exported_resource(&self, resource: TypeIndex, dir: Dir) -> bool {
        matches!(self.home(resource, dir), Some(Home::Iface(_, Dir::Export)))
    }

    /// Whether a value holds a `borrow` of an imported resource: lifted on
    /// the export side, such handles are dropped when the export returns.
    pub fn lends_imported(&self, ty: Type, dir: Dir) -> bool {
        let Type::Id(index) = ty else {
            return false;
        };
        if !self.ir.def(index).info.has_borrow_handle {
            return false;
        }
        match &self.ir.def(index).kind {
            TypeKind::Handle {
                ownership: bindery_ir::Ownership::Borrow,
                resource,
                ..
            } => !self.is_exported_resource(self.resource_of(*resource), dir),
            // Types only refer to smaller indices, so this ends.
            kind => kind
                .children()
                .into_iter()
                .any(|c| self.lends_imported(c, dir)),
        }
    }

    /// The names of a declared type as seen from side `dir`.
    pub fn names_of(&self, ty: TypeIndex, dir: Dir) -> Option<&TypeNames> {
        let home = self.home(ty, dir)?;
        self.declared.get(&(home, ty))
    }

    /// Every function of a direction with its home.
    pub fn functions(&self, dir: Dir) -> Vec<FnRef<'a>> {
        let items = match dir {
            Dir::Import => &self.ir.imports,
            Dir::Export => &self.ir.exports,
        };
        let mut out = Vec::new();
        for (item_index, item) in items.iter().enumerate() {
            let (functions, home): (Vec<&Function>, Home) = match &item.item {
                Item::Interface {
                    interface,
                    functions,
                    ..
                } => (functions.iter().collect(), Home::Iface(*interface, dir)),
                Item::Function { function } => (
                    vec![function],
                    match dir {
                        Dir::Import => Home::WorldImports,
                        Dir::Export => Home::WorldExports,
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
        for item in &self.ir.imports {
            if let Item::Interface { interface, .. } = &item.item {
                self.imported.insert(*interface);
            }
        }
        for item in &self.ir.exports {
            if let Item::Interface { interface, .. } = &item.item {
                self.exported.insert(*interface);
            }
        }
    }

    /// Packages present in more than one version: their namespaces carry
    /// the version.
    fn multi_version(&self) -> BTreeSet<(String, String)> {
        let mut versions: BTreeMap<(String, String), BTreeSet<Option<String>>> = BTreeMap::new();
        for iface in &self.ir.interfaces {
            if let Some(p) = &iface.package {
                versions
                    .entry((p.namespace.clone(), p.name.clone()))
                    .or_default()
                    .insert(p.version.clone());
            }
        }
        versions
            .into_iter()
            .filter(|(_, v)| v.len() > 1)
            .map(|(k, _)| k)
            .collect()
    }

    fn name_homes(&mut self) {
        let multi = self.multi_version();
        let world = self.world.clone();
        let ns = self.namespace.clone();
        for (dir, items) in [
            (Dir::Import, &self.ir.imports),
            (Dir::Export, &self.ir.exports),
        ] {
            for item in items {
                let Item::Interface { interface, .. } = &item.item else {
                    continue;
                };
                let iface = &self.ir.interfaces[*interface];
                // An interface reached under a plain name (`import x:
                // ns:pkg/i`) is that name's own instance, with its own
                // types: it is named after the name, like an inline one.
                let plain = !item.key.contains(':');
                let base = match &iface.name {
                    Some(name) if !plain => self.naming.upper(name),
                    _ => self.naming.upper(&item.key),
                };
                let namespace = match (&iface.name, &iface.package) {
                    (Some(_), Some(package)) if !plain => {
                        let versioned = multi.contains(&package_key(package));
                        format!(
                            "{ns}.wit.{}.{}",
                            dir.word(),
                            self.naming.package_namespace(package, versioned)
                        )
                    }
                    _ => format!("{ns}.wit.{}", dir.word()),
                };
                let word = dir.word();
                self.homes.insert(
                    Home::Iface(*interface, dir),
                    HomeNames {
                        namespace,
                        interface: format!("I{base}{word}"),
                        interop: format!("{base}{word}Interop"),
                        implementation: format!("{base}{word}Impl"),
                    },
                );
            }
        }
        let world_home = |interface: String, interop: String, implementation: String| HomeNames {
            namespace: ns.clone(),
            interface,
            interop,
            implementation,
        };
        self.homes.insert(
            Home::World,
            world_home(String::new(), String::new(), String::new()),
        );
        self.homes.insert(
            Home::WorldImports,
            world_home(
                format!("I{world}WorldImports"),
                format!("{world}WorldImportsInterop"),
                String::new(),
            ),
        );
        self.homes.insert(
            Home::WorldExports,
            world_home(
                format!("I{world}WorldExports"),
                format!("{world}WorldInterop"),
                format!("{world}WorldExportsImpl"),
            ),
        );
        for (home, names) in &self.homes {
            let reserved: Vec<&str> = match home {
                // The world namespace holds bindery's and wit-bindgen's helpers.
                Home::World => vec![
                    "None",
                    "Result",
                    "Option",
                    "WitException",
                    "InteropReturnArea",
                    names.interface.as_str(),
                ],
                _ => vec![names.interface.as_str()],
            };
            self.scopes.insert(*home, Scope::with(&reserved));
        }
    }

    /// Claims the name of every named type where it is declared: an
    /// interface's types in each direction the world uses it, world-level
    /// types in the world's scopes. Aliases and anonymous types declare
    /// nothing: they are spelled by what they name.
    fn declare_types(&mut self) {
        for (index, iface) in self.ir.interfaces.iter().enumerate() {
            for &ty in &iface.types {
                let def = self.ir.def(ty);
                if def.owner != Owner::Interface(index) || !declares(&def.kind) {
                    continue;
                }
                for dir in [Dir::Import, Dir::Export] {
                    let used = match dir {
                        Dir::Import => self.imported.contains(&index),
                        Dir::Export => self.exported.contains(&index),
                    };
                    if used {
                        self.declare(Home::Iface(index, dir), ty);
                    }
                }
            }
        }
        let ir = self.ir;
        for item in &ir.imports {
            if let Item::Type { ty, .. } = &item.item {
                let def = ir.def(*ty);
                if def.owner == Owner::World
                    && declares(&def.kind)
                    && let Some(home) = self.home(*ty, Dir::Import)
                {
                    self.declare(home, *ty);
                }
            }
        }
    }

    fn declare(&mut self, home: Home, ty: TypeIndex) {
        if self.declared.contains_key(&(home, ty)) {
            return;
        }
        let def = self.ir.def(ty);
        let wit = def.name.as_deref().unwrap_or("anonymous");
        let mut upper = self.naming.upper(wit);
        // A member the class always has may not share the class's name.
        let fixed: &[&str] = match def.kind {
            TypeKind::Resource => &["Handle", "THandle"],
            TypeKind::Variant { .. } => &["Tag", "Tags"],
            _ => &[],
        };
        if fixed.contains(&upper.as_str()) {
            upper.push('_');
        }
        let name = self.scopes.entry(home).or_default().claim(upper);
        let interface = if matches!(def.kind, TypeKind::Resource)
            && matches!(home, Home::Iface(_, Dir::Export))
        {
            // The interface the user's class implements.
            self.scopes
                .entry(home)
                .or_default()
                .claim(format!("I{name}"))
        } else {
            String::new()
        };
        let names = &self.homes[&home];
        let qualified = match home {
            Home::World => format!("global::{}.{name}", names.namespace),
            _ => format!("global::{}.{}.{name}", names.namespace, names.interface),
        };
        let mut reserved: Vec<&str> = vec![name.as_str()];
        match &def.kind {
            TypeKind::Resource => {
                reserved.extend(["Handle", "THandle", "Dispose"]);
                reserved.extend(OBJECT_MEMBERS);
            }
            TypeKind::Variant { .. } => reserved.extend(["Tag", "Tags", "value"]),
            _ => {}
        }
        self.member_scopes
            .insert((home, ty), Scope::with(&reserved));
        self.declared.insert(
            (home, ty),
            TypeNames {
                name,
                qualified,
                interface,
                ..TypeNames::default()
            },
        );
        self.order.entry(home).or_default().push(ty);
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
        let item = self.naming.upper(&function.item_name);
        let (name, owner) = match function.kind {
            FunctionKind::Freestanding | FunctionKind::Getter => (item, None),
            FunctionKind::Setter => (format!("Set{item}"), None),
            FunctionKind::Constructor(r) => {
                let r = self.resource_of(r);
                let class = self
                    .declared
                    .get(&(f.home, r))
                    .map_or_else(|| "Resource".to_string(), |n| n.name.clone());
                // A constructor is the class's own name: nothing to claim.
                (class, None)
            }
            FunctionKind::Static(r)
            | FunctionKind::StaticGetter(r)
            | FunctionKind::Method(r)
            | FunctionKind::MethodGetter(r) => (item, Some(self.resource_of(r))),
            FunctionKind::StaticSetter(r) | FunctionKind::MethodSetter(r) => {
                (format!("Set{item}"), Some(self.resource_of(r)))
            }
        };
        let name = match (function.kind, owner) {
            (FunctionKind::Constructor(_), _) => name,
            (_, Some(r)) => self
                .member_scopes
                .entry((f.home, r))
                .or_default()
                .claim(name),
            (_, None) => self.scopes.entry(f.home).or_default().claim(name),
        };
        let skip = usize::from(is_method(function));
        let params = function
            .params
            .iter()
            .skip(skip)
            .map(|p| self.naming.ident(&p.name))
            .collect();
        FnNames { name, params }
    }

    /// Record fields, enum and flags members, variant constructors, tags
    /// and accessors.
    fn name_members(&mut self) {
        let keys: Vec<(Home, TypeIndex)> = self.declared.keys().copied().collect();
        for key in keys {
            let def = self.ir.def(key.1);
            let scope = self.member_scopes.entry(key).or_default();
            let mut fields = Vec::new();
            let mut cases = Vec::new();
            let mut accessors = Vec::new();
            match &def.kind {
                TypeKind::Record { fields: wit } => {
                    fields = wit
                        .iter()
                        .map(|f| scope.claim(self.naming.ident(&f.name)))
                        .collect();
                }
                TypeKind::Enum { cases: wit, .. } => {
                    cases = wit
                        .iter()
                        .map(|c| scope.claim(self.naming.shouty(&c.name)))
                        .collect();
                }
                TypeKind::Flags { flags, .. } => {
                    cases = flags
                        .iter()
                        .map(|f| scope.claim(self.naming.shouty(&f.name)))
                        .collect();
                }
                TypeKind::Variant { cases: wit, .. } => {
                    cases = wit
                        .iter()
                        .map(|c| scope.claim(self.naming.ident_upper(&c.name)))
                        .collect();
                    accessors = wit
                        .iter()
                        .map(|c| scope.claim(format!("As{}", self.naming.upper(&c.name))))
                        .collect();
                }
                _ => {}
            }
            if let Some(names) = self.declared.get_mut(&key) {
                names.fields = fields;
                names.cases = cases;
                names.accessors = accessors;
            }
        }
    }
}

/// The kinds that become a C# declaration.
fn declares(kind: &TypeKind) -> bool {
    matches!(
        kind,
        TypeKind::Record { .. }
            | TypeKind::Variant { .. }
            | TypeKind::Enum { .. }
            | TypeKind::Flags { .. }
            | TypeKind::Resource
    )
}

fn package_key(package: &PackageName) -> (String, String) {
    (package.namespace.clone(), package.name.clone())
}

/// A method takes the resource as its first parameter (`self`).
pub fn is_method(function: &Function) -> bool {
    matches!(
        function.kind,
        FunctionKind::Method(_) | FunctionKind::MethodGetter(_) | FunctionKind::MethodSetter(_)
    )
}
