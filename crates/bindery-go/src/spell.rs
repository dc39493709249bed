//! Go type expressions for WIT types, as written inside one package: names
//! from other packages are qualified, and the packages are recorded so the
//! file imports exactly what it uses.

use std::collections::BTreeMap;

use bindery_ir::{Type, TypeIndex, TypeKind};

use crate::world::{Dir, GoWorld, Pkg};

/// Where code is written: its package and its direction.
#[derive(Debug, Clone, Copy)]
pub struct At {
    pub pkg: Pkg,
    pub dir: Dir,
    /// Spell aliases as what they name (see [`GoWorld::spell`]).
    pub canonical: bool,
}

impl At {
    pub fn new(pkg: Pkg, dir: Dir) -> Self {
        At {
            pkg,
            dir,
            canonical: false,
        }
    }

    pub fn canonical(self) -> Self {
        At {
            canonical: true,
            ..self
        }
    }

    /// The code is in a package of the export side (the entry points, an
    /// `export_…` package), whatever side its types are from.
    pub fn in_export_pkg(self) -> bool {
        matches!(self.pkg, Pkg::Main | Pkg::Export(_) | Pkg::ExportWorld)
    }
}

/// The import paths a file needs, each with the name it is imported as
/// when that differs from the package's own name.
#[derive(Debug, Clone, Default)]
pub struct Imports {
    paths: BTreeMap<String, Option<String>>,
}

impl Imports {
    pub fn add(&mut self, path: &str) {
        if !self.paths.contains_key(path) {
            self.paths.insert(path.to_string(), None);
        }
    }

    pub fn add_as(&mut self, path: &str, name: &str) {
        match self.paths.get_mut(path) {
            Some(Some(named)) if named == name => {}
            Some(named) => *named = Some(name.to_string()),
            None => {
                self.paths.insert(path.to_string(), Some(name.to_string()));
            }
        }
    }

    /// The import specs, sorted by path as gofmt sorts an import block.
    pub fn sorted(&self) -> Vec<String> {
        self.paths
            .iter()
            .map(|(path, name)| match name {
                Some(name) => format!("{name} \"{path}\""),
                None => format!("\"{path}\""),
            })
            .collect()
    }
}

/// The Go spelling of a primitive.
pub fn primitive(ty: Type) -> &'static str {
    match ty {
        Type::Bool => "bool",
        Type::U8 => "uint8",
        Type::U16 => "uint16",
        Type::U32 => "uint32",
        Type::U64 => "uint64",
        Type::S8 => "int8",
        Type::S16 => "int16",
        Type::S32 => "int32",
        Type::S64 => "int64",
        Type::F32 => "float32",
        Type::F64 => "float64",
        Type::Char => "rune",
        Type::String => "string",
        // Refused by the capability check before generation.
        Type::ErrorContext | Type::Id(_) => "any",
    }
}

impl GoWorld<'_> {
    /// A reference to package `pkg` from `at`: `name.` (recorded as an
    /// import) or nothing when it is the same package.
    pub fn qualifier(&self, pkg: Pkg, at: At, imports: &mut Imports) -> &str {
        if pkg == at.pkg {
            return "";
        }
        let (qualifier, path) = self.reference(pkg);
        match pkg {
            // Its package is `types`, a name a parameter may take:
            // imported as `wit_types`, which no generated name takes
            // (parameters are lowerCamelCase; the package name is
            // reserved).
            Pkg::Types => imports.add_as(path, self.pkg_name(pkg)),
            _ => imports.add(path),
        }
        qualifier
    }

    /// The Go type of a WIT type.
    pub fn spell(&self, ty: Type, at: At, imports: &mut Imports) -> String {
        let Type::Id(index) = ty else {
            return primitive(ty).to_string();
        };
        // Converters name types through their definitions, never through
        // aliases: an alias may live in a package that imports this one.
        if at.canonical
            && let TypeKind::Alias { target } = &self.ir.def(index).kind
        {
            return self.spell(*target, at, imports);
        }
        if let Some(home) = self.home(index, at.dir) {
            let name = self
                .type_names(home, index)
                .map_or("any", |n| n.name.as_str());
            return format!("{}{name}", self.qualifier(home, at, imports));
        }
        match &self.ir.def(index).kind {
            TypeKind::List { element, .. } => format!("[]{}", self.spell(*element, at, imports)),
            TypeKind::FixedLengthList {
                element, length, ..
            } => format!("[{length}]{}", self.spell(*element, at, imports)),
            TypeKind::Map { key, value, .. } => format!(
                "map[{}]{}",
                self.spell(*key, at, imports),
                self.spell(*value, at, imports)
            ),
            TypeKind::Option { payload, .. } => format!(
                "{}Option[{}]",
                self.qualifier(Pkg::Types, at, imports),
                self.spell(*payload, at, imports)
            ),
            TypeKind::Result { ok, err, .. } => format!(
                "{}Result[{}, {}]",
                self.qualifier(Pkg::Types, at, imports),
                self.spell_or_unit(*ok, at, imports),
                self.spell_or_unit(*err, at, imports)
            ),
            TypeKind::Tuple { types, .. } => self.spell_tuple(types, at, imports),
            TypeKind::Handle { resource, .. } => {
                format!(
                    "*{}",
                    self.spell(Type::Id(self.resource_of(*resource)), at, imports)
                )
            }
            TypeKind::Alias { target } => self.spell(*target, at, imports),
            _ => "any".to_string(),
        }
    }

    pub fn spell_or_unit(&self, ty: Option<Type>, at: At, imports: &mut Imports) -> String {
        match ty {
            Some(ty) => self.spell(ty, at, imports),
            None => format!("{}Unit", self.qualifier(Pkg::Types, at, imports)),
        }
    }

    pub fn spell_tuple(&self, types: &[Type], at: At, imports: &mut Imports) -> String {
        let elements: Vec<String> = types.iter().map(|t| self.spell(*t, at, imports)).collect();
        format!(
            "{}Tuple{}[{}]",
            self.qualifier(Pkg::Types, at, imports),
            types.len(),
            elements.join(", ")
        )
    }

    /// The elements of a tuple type, if `ty` is one (function results that
    /// are tuples become several Go results).
    pub fn tuple_elements(&self, ty: Type) -> Option<Vec<Type>> {
        match self.ir.unalias(ty) {
            Type::Id(index) => match &self.ir.def(index).kind {
                TypeKind::Tuple { types, .. } => Some(types.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The Go results of a function: empty, one type, or `(A, B)` for a
    /// tuple result.
    pub fn spell_results(&self, result: Option<Type>, at: At, imports: &mut Imports) -> String {
        let Some(ty) = result else {
            return String::new();
        };
        match self.tuple_elements(ty) {
            Some(types) if types.len() != 1 => {
                let spelled: Vec<String> =
                    types.iter().map(|t| self.spell(*t, at, imports)).collect();
                format!("({})", spelled.join(", "))
            }
            Some(types) => self.spell(types[0], at, imports),
            None => self.spell(ty, at, imports),
        }
    }

    /// Whether the type the user sees for a resource handle is a resource
    /// the component exports (from the export side).
    pub fn handle_is_exported(&self, resource: TypeIndex, dir: Dir) -> bool {
        dir == Dir::Export && self.is_exported_resource(self.resource_of(resource))
    }
}
