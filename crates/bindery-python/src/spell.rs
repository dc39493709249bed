//! Python type annotations for WIT types, and the imports a module needs
//! for them.
//!
//! Annotations use today's syntax (`list[int]`, `str | None`), which
//! `ruff check` asks for; they denote exactly the types componentize-py
//! writes as `List[int]` and `Optional[str]`. Every name an annotation
//! uses that is not derived from WIT (a builtin, `Self`, `Result`, …) is a
//! [`Helper`]; where a WIT name of the module, or of the class the
//! annotation sits in, would shadow it, it is spelled through a private
//! module import instead (`_py_builtins.bytes` in a resource with a method
//! `bytes`), so mypy always resolves it to the real thing.

use std::collections::{BTreeMap, BTreeSet};

use bindery_ir::{Type, TypeIndex, TypeKind};

use crate::names::Namespace;
use crate::world::{Dir, Module, PyWorld};

/// A name the generated code uses that does not come from WIT.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Helper {
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Type,
    BaseException,
    SelfType,
    Protocol,
    Enum,
    Flag,
    Auto,
    Dataclass,
    AbstractMethod,
    TracebackType,
    Result,
    Some,
    ClassMethod,
    /// `typing.final`, on the starter code's classes.
    Final,
}

/// Every helper's name: an imported module is never given one of these as
/// its local name.
pub const HELPER_NAMES: &[&str] = &[
    "bool",
    "int",
    "float",
    "str",
    "bytes",
    "list",
    "tuple",
    "type",
    "BaseException",
    "Self",
    "Protocol",
    "Enum",
    "Flag",
    "auto",
    "dataclass",
    "abstractmethod",
    "TracebackType",
    "Result",
    "Some",
    "classmethod",
    "final",
];

impl Helper {
    pub fn name(self) -> &'static str {
        HELPER_NAMES[self as usize]
    }

    /// The module that defines it.
    pub fn module(self) -> &'static str {
        match self {
            Helper::Bool
            | Helper::Int
            | Helper::Float
            | Helper::Str
            | Helper::Bytes
            | Helper::List
            | Helper::Tuple
            | Helper::Type
            | Helper::BaseException
            | Helper::ClassMethod => "builtins",
            Helper::SelfType | Helper::Protocol | Helper::Final => "typing",
            Helper::Enum | Helper::Flag | Helper::Auto => "enum",
            Helper::Dataclass => "dataclasses",
            Helper::AbstractMethod => "abc",
            Helper::TracebackType => "types",
            Helper::Result | Helper::Some => crate::TYPES_MODULE,
        }
    }
}

/// What one module imports, collected while its sections are spelled.
#[derive(Debug, Clone)]
pub struct Imports {
    pub module: Module,
    pub namespace: Namespace,
    /// Other generated modules, by local name.
    modules: BTreeMap<Module, String>,
    plain: BTreeSet<Helper>,
    /// Python modules imported as `_py_<module>` for shadowed helpers.
    qualified: BTreeSet<&'static str>,
}

impl Imports {
    pub fn new(module: Module, namespace: Namespace) -> Self {
        Imports {
            module,
            namespace,
            modules: BTreeMap::new(),
            plain: BTreeSet::new(),
            qualified: BTreeSet::new(),
        }
    }

    /// An empty record of imports for the same module: for text that
    /// imports nothing (docstrings).
    pub fn scratch(&self) -> Imports {
        Imports::new(self.module, self.namespace.clone())
    }

    /// A helper as written in this module, inside a class with `members`
    /// (empty at module level).
    pub fn helper(&mut self, helper: Helper, members: &BTreeSet<String>) -> String {
        let name = helper.name();
        if self.namespace.module.contains(name) || members.contains(name) {
            self.qualified.insert(helper.module());
            return format!("_py_{}.{name}", helper.module());
        }
        if helper.module() != "builtins" {
            self.plain.insert(helper);
        }
        name.to_string()
    }

    /// The local name of another generated module.
    pub fn module_ref(&mut self, world: &PyWorld<'_>, module: Module) -> String {
        if let Some(alias) = self.modules.get(&module) {
            return alias.clone();
        }
        let name = match module {
            // Only starter code names these: `import wit_world`, `from
            // wit_world import exports`.
            Module::World => "wit_world",
            Module::Exports => "exports",
            _ => {
                world
                    .module_name(module)
                    .expect("only interface modules are imported")
                    .1
            }
        };
        let taken: BTreeSet<String> = self.modules.values().cloned().collect();
        let alias = match module {
            // The package `wit_world.exports` may bind the name of an
            // export submodule to something else (see `app_lines`): the
            // app imports that submodule under another name.
            Module::Export(_) if self.module.is_app() && export_name_is_bound(world, name) => self
                .namespace
                .module_alias(&format!("{name}_exports"), &taken),
            _ => self.namespace.module_alias(name, &taken),
        };
        self.modules.insert(module, alias.clone());
        alias
    }

    /// The import block, as sections of lines in the order and form
    /// `ruff check` (isort rules) expects: `__future__`, the standard
    /// library, `componentize_py_types`, then the sibling modules.
    pub fn sections(&self, world: &PyWorld<'_>) -> Vec<Vec<String>> {
        let mut sections = vec![vec!["from __future__ import annotations".to_string()]];
        let mut by_module: BTreeMap<&str, Vec<Helper>> = BTreeMap::new();
        for &helper in &self.plain {
            by_module.entry(helper.module()).or_default().push(helper);
        }
        let lines = |modules: &[&str]| -> Vec<String> {
            let mut lines: Vec<String> = modules
                .iter()
                .filter(|m| self.qualified.contains(*m))
                .map(|m| format!("import {m} as _py_{m}"))
                .collect();
            for m in modules {
                if let Some(helpers) = by_module.get(m) {
                    let mut names: Vec<&str> = helpers.iter().map(|h| h.name()).collect();
                    names.sort_by_key(|n| isort_key(n));
                    lines.push(format!("from {m} import {}", names.join(", ")));
                }
            }
            lines
        };
        let stdlib = lines(&["abc", "builtins", "dataclasses", "enum", "types", "typing"]);
        let types = lines(&[crate::TYPES_MODULE]);
        sections.push(stdlib);
        if self.module.is_app() {
            // `componentize_py_types` and `wit_world` sit side by side in
            // the app's directory: one section, plain `import`s first.
            sections.push(self.app_lines(world, types));
        } else {
            sections.push(types);
            sections.push(self.module_lines(world));
        }
        sections.retain(|s| !s.is_empty());
        sections
    }

    /// The app's imports of `componentize_py_types` (`types`, as
    /// [`Imports::sections`] wrote them) and of the `wit_world` package,
    /// in isort's order: plain `import`s, then `from` imports, each by
    /// module.
    fn app_lines(&self, world: &PyWorld<'_>, types: Vec<String>) -> Vec<String> {
        let (mut plain, mut from): (Vec<String>, Vec<String>) = types
            .into_iter()
            .partition(|line| line.starts_with("import "));
        // Per package: names imported as they are, and (name, alias) pairs.
        type Names<'n> = (Vec<&'n str>, Vec<(&'n str, &'n str)>);
        let mut packages: BTreeMap<String, Names<'_>> = BTreeMap::new();
        for (module, alias) in &self.modules {
            let (package, name) = match module {
                Module::World => {
                    plain.push(match alias.as_str() {
                        "wit_world" => "import wit_world".to_string(),
                        alias => format!("import wit_world as {alias}"),
                    });
                    continue;
                }
                Module::Exports => ("wit_world".to_string(), "exports"),
                // `from wit_world.exports import m` gives whatever
                // `wit_world/exports/__init__.py` binds to `m` (the import
                // module `m`, when its Protocols name its types) unless the
                // submodule was imported before; `import … as` always
                // gives the submodule, but ruff wants the `from` form when
                // the alias is the module's own name.
                Module::Export(_) if alias != world.module_name(*module).expect("interface").1 => {
                    let (_, name) = world.module_name(*module).expect("interface module");
                    plain.push(format!("import wit_world.exports.{name} as {alias}"));
                    continue;
                }
                _ => {
                    let (package, name) = world.module_name(*module).expect("interface module");
                    (format!("wit_world.{package}"), name)
                }
            };
            let entry = packages.entry(package).or_default();
            if alias == name {
                entry.0.push(name);
            } else {
                entry.1.push((name, alias));
            }
        }
        plain.sort();
        // `componentize_py_types` sorts before `wit_world`: its lines stay
        // first.
        for (package, (mut names, aliased)) in packages {
            let mut entries: Vec<(String, String)> = Vec::new();
            if !names.is_empty() {
                names.sort();
                entries.push((
                    names[0].to_string(),
                    format!("from {package} import {}", names.join(", ")),
                ));
            }
            for (name, alias) in aliased {
                entries.push((
                    name.to_string(),
                    format!("from {package} import {name} as {alias}"),
                ));
            }
            entries.sort();
            from.extend(entries.into_iter().map(|(_, line)| line));
        }
        plain.extend(from);
        plain
    }

    /// `from ..imports import base, shared` and `… import x as _wit_x`,
    /// furthest package first, as isort orders relative imports.
    fn module_lines(&self, world: &PyWorld<'_>) -> Vec<String> {
        let prefix = match self.module {
            Module::World => ".",
            _ => "..",
        };
        let mut plain: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        let mut aliased: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
        for (module, alias) in &self.modules {
            let (package, name) = world.module_name(*module).expect("interface module");
            if alias == name {
                plain.entry(package).or_default().push(name);
            } else {
                aliased.entry(package).or_default().push((name, alias));
            }
        }
        let mut lines = Vec::new();
        for package in ["exports", "imports"] {
            let from = format!("from {prefix}{package} import");
            let mut entries: Vec<(String, String)> = Vec::new();
            if let Some(names) = plain.get(package) {
                let mut names = names.clone();
                names.sort();
                entries.push((names[0].to_string(), format!("{from} {}", names.join(", "))));
            }
            for (name, alias) in aliased.get(package).into_iter().flatten() {
                entries.push((name.to_string(), format!("{from} {name} as {alias}")));
            }
            entries.sort();
            lines.extend(entries.into_iter().map(|(_, line)| line));
        }
        lines
    }
}

/// Whether `wit_world/exports/__init__.py` may bind `name` itself: the
/// name of an import module (it imports those its Protocols name) or of a
/// helper. An export submodule of that name must then be imported by the
/// app under another name.
fn export_name_is_bound(world: &PyWorld<'_>, name: &str) -> bool {
    world.has_import_module(name) || HELPER_NAMES.contains(&name)
}

/// isort's order of imported names (`order-by-type`): constants, then
/// classes, then everything else, each alphabetically.
fn isort_key(name: &str) -> (u8, String) {
    let kind = if name.len() > 1 && name.chars().all(|c| !c.is_lowercase()) {
        0
    } else if name.starts_with(|c: char| c.is_uppercase()) {
        1
    } else {
        2
    };
    (kind, name.to_string())
}

/// Where an annotation is written.
#[derive(Debug, Clone, Copy)]
pub struct At<'s> {
    pub dir: Dir,
    /// The resource whose class the annotation is in: spelled `Self`.
    pub own: Option<TypeIndex>,
    /// Member names of the enclosing class (empty at module level).
    pub members: &'s BTreeSet<String>,
    /// For prose: classes by their full dotted path, helpers by name.
    pub absolute: bool,
}

impl<'s> At<'s> {
    pub fn new(dir: Dir, members: &'s BTreeSet<String>) -> Self {
        At {
            dir,
            own: None,
            members,
            absolute: false,
        }
    }

    /// The same place, for prose (a docstring) rather than code.
    pub fn absolute(self) -> Self {
        At {
            absolute: true,
            ..self
        }
    }
}

/// The annotation of a WIT type.
pub fn spell(world: &PyWorld<'_>, ty: Type, at: At<'_>, imports: &mut Imports) -> String {
    let helper = |h: Helper, imports: &mut Imports| {
        if at.absolute {
            match h.module() {
                "builtins" | "typing" => h.name().to_string(),
                module => format!("{module}.{}", h.name()),
            }
        } else {
            imports.helper(h, at.members)
        }
    };
    let index = match ty {
        Type::Bool => return helper(Helper::Bool, imports),
        Type::U8
        | Type::U16
        | Type::U32
        | Type::U64
        | Type::S8
        | Type::S16
        | Type::S32
        | Type::S64 => return helper(Helper::Int, imports),
        Type::F32 | Type::F64 => return helper(Helper::Float, imports),
        Type::Char | Type::String => return helper(Helper::Str, imports),
        // Refused by the capability check before generation.
        Type::ErrorContext => unreachable!("error-context is refused by the capability check"),
        Type::Id(index) => index,
    };
    match &world.ir.def(index).kind {
        TypeKind::Record { .. }
        | TypeKind::Variant { .. }
        | TypeKind::Enum { .. }
        | TypeKind::Flags { .. } => class_ref(world, index, at, imports),
        TypeKind::Resource => resource_ref(world, index, at, imports),
        TypeKind::Handle { resource, .. } => {
            resource_ref(world, world.resource_of(*resource), at, imports)
        }
        TypeKind::Alias { target } => spell(world, *target, at, imports),
        TypeKind::List { element, .. } => {
            if world.ir.unalias(*element) == Type::U8 {
                return helper(Helper::Bytes, imports);
            }
            let element = spell(world, *element, at, imports);
            format!("{}[{element}]", helper(Helper::List, imports))
        }
        TypeKind::Tuple { types, .. } => {
            let types: Vec<String> = types
                .iter()
                .map(|t| spell(world, *t, at, imports))
                .collect();
            format!("{}[{}]", helper(Helper::Tuple, imports), types.join(", "))
        }
        TypeKind::Option { payload, .. } => {
            let inner = spell(world, *payload, at, imports);
            if is_option(world, *payload) {
                // `option<option<T>>`: the outer `some` is `Some(…)`.
                format!("{}[{inner}] | None", helper(Helper::Some, imports))
            } else {
                format!("{inner} | None")
            }
        }
        TypeKind::Result { ok, err, .. } => {
            let ok = side(world, *ok, at, imports);
            let err = side(world, *err, at, imports);
            format!("{}[{ok}, {err}]", helper(Helper::Result, imports))
        }
        TypeKind::Map { .. }
        | TypeKind::FixedLengthList { .. }
        | TypeKind::Future { .. }
        | TypeKind::Stream { .. } => {
            unreachable!("refused by the capability check before generation")
        }
    }
}

/// One side of a `result`: its type, or `None`.
pub fn side(world: &PyWorld<'_>, ty: Option<Type>, at: At<'_>, imports: &mut Imports) -> String {
    match ty {
        Some(ty) => spell(world, ty, at, imports),
        None => "None".to_string(),
    }
}

/// Whether a type is (an alias of) an `option`.
fn is_option(world: &PyWorld<'_>, ty: Type) -> bool {
    matches!(world.ir.unalias(ty), Type::Id(i) if matches!(world.ir.def(i).kind, TypeKind::Option { .. }))
}

/// The `ok` and `err` of a result a function returns (componentize-py
/// returns the `ok` value and raises `Err(err)`), or `None`.
pub fn returned_result(world: &PyWorld<'_>, ty: Type) -> Option<(Option<Type>, Option<Type>)> {
    match world.ir.unalias(ty) {
        Type::Id(i) => match &world.ir.def(i).kind {
            TypeKind::Result { ok, err, .. } => Some((*ok, *err)),
            _ => None,
        },
        _ => None,
    }
}

fn class_ref(world: &PyWorld<'_>, ty: TypeIndex, at: At<'_>, imports: &mut Imports) -> String {
    // A type this module declares is named here (the export module's
    // copies name each other).
    let home = if world.declares(imports.module, ty) {
        imports.module
    } else {
        world.home(ty, at.dir)
    };
    let name = world.class_name(ty);
    if at.absolute {
        format!("{}.{name}", world.dotted(home))
    } else if home == imports.module {
        name
    } else {
        format!("{}.{name}", imports.module_ref(world, home))
    }
}

fn resource_ref(world: &PyWorld<'_>, ty: TypeIndex, at: At<'_>, imports: &mut Imports) -> String {
    if at.own == Some(ty) {
        return match at.absolute {
            true => "Self".to_string(),
            false => imports.helper(Helper::SelfType, at.members),
        };
    }
    class_ref(world, ty, at, imports)
}
