//! C spelling: namespaces, type names, function names, keyword escaping and
//! the allocator that keeps every file-scope name unique.
//!
//! The rules follow wit-bindgen's C generator (see `templates/c/README.md`):
//! `ns_pkg_iface_name_t` for a type of an imported interface,
//! `exports_ns_pkg_iface_name_t` on the export side, `<world>_list_u8_t`
//! for anonymous types made only of primitives, and the namespace of the
//! item that first uses any other anonymous type.

use std::collections::HashSet;

use bindery_ir::{Error, Ir, Item, Type, TypeKind};
use bindery_kit::Names;
use bindery_kit::names::{shouty_snake_case, snake_case};

use crate::walk::Side;

/// The language's reserved words: C, C++ and what the generated code uses.
const KEYWORDS: &str = include_str!("../keywords");

/// Keeps file-scope C names unique: a name already taken gets a number.
#[derive(Default)]
pub struct Allocator {
    used: HashSet<String>,
}

impl Allocator {
    /// Claims `want`, or `want2`, `want3`, … if it is taken.
    pub fn claim(&mut self, want: &str) -> String {
        self.claim_with(want, "")
    }

    /// Claims the type name `<base>_t`, numbering the base if it is taken.
    pub fn claim_type(&mut self, base: &str) -> String {
        self.claim_with(base, "_t")
    }

    fn claim_with(&mut self, base: &str, suffix: &str) -> String {
        let mut candidate = format!("{base}{suffix}");
        let mut n = 2;
        while !self.used.insert(candidate.clone()) {
            candidate = format!("{base}{n}{suffix}");
            n += 1;
        }
        candidate
    }
}

/// `--rename KEY=NAME`, by interface: the new namespace, and whether the
/// world names the interface by a qualified key (which keeps `exports_`).
/// A key the world does not import or export is bad input naming the keys
/// it has.
fn renamed_interfaces(
    ir: &Ir,
    rename: &[(String, String)],
) -> Result<Vec<Option<(String, bool)>>, Error> {
    let interfaces = || {
        ir.imports
            .iter()
            .chain(&ir.exports)
            .filter_map(|item| match item.item {
                Item::Interface { interface, .. } => Some((item.key.as_str(), interface)),
                _ => None,
            })
    };
    let mut renamed = vec![None; ir.interfaces.len()];
    for (key, name) in rename {
        let mut matched = false;
        for (_, interface) in interfaces().filter(|(k, _)| k == key) {
            renamed[interface] = Some((name.clone(), key.contains(':')));
            matched = true;
        }
        if !matched {
            let keys: Vec<&str> = interfaces().map(|(k, _)| k).collect();
            return Err(Error::input(format!(
                "--rename {key}={name}: world `{}` imports or exports no interface `{key}` (it has: {})",
                ir.world.name,
                if keys.is_empty() {
                    "none".into()
                } else {
                    keys.join(", ")
                }
            )));
        }
    }
    Ok(renamed)
}

/// Identifier spelling for one world.
pub struct Naming<'a> {
    ir: &'a Ir,
    names: Names,
    /// The world's name in snake case: the prefix of world-level names.
    pub world: String,
    /// The plain name of each interface the world reaches only under one
    /// (`import x: interface { … }`, `import x: ns:pkg/iface`).
    inline_keys: Vec<Option<String>>,
    /// `--rename`: each renamed interface's namespace, and whether the
    /// world names it by a qualified key (which keeps `exports_`).
    renamed: Vec<Option<(String, bool)>>,
}

impl<'a> Naming<'a> {
    pub fn new(ir: &'a Ir, options: &crate::Options) -> Result<Self, Error> {
        let renamed = renamed_interfaces(ir, &options.rename)?;
        let mut inline_keys = vec![None; ir.interfaces.len()];
        let mut qualified = vec![false; ir.interfaces.len()];
        for item in ir.imports.iter().chain(&ir.exports) {
            if let Item::Interface { interface, .. } = item.item {
                if item.key.contains(':') {
                    qualified[interface] = true;
                } else {
                    inline_keys[interface] = Some(item.key.clone());
                }
            }
        }
        for (key, qualified) in inline_keys.iter_mut().zip(qualified) {
            if qualified {
                *key = None;
            }
        }
        let world = options.rename_world.as_deref().unwrap_or(&ir.world.name);
        Ok(Naming {
            ir,
            names: Names::new(KEYWORDS, "_"),
            world: snake_case(world),
            inline_keys,
            renamed,
        })
    }

    /// A bare identifier (field, union member, parameter): snake case,
    /// escaped if reserved.
    pub fn ident(&self, wit: &str) -> String {
        self.names.snake(wit)
    }

    /// A piece of a prefixed name: snake case, never a keyword on its own.
    pub fn snake(wit: &str) -> String {
        snake_case(wit)
    }

    pub fn shouty(text: &str) -> String {
        shouty_snake_case(text)
    }

    /// The namespace of an interface on a side: `ns_pkg_iface`, with
    /// `exports_` in front on the export side, the version only when the
    /// world holds two versions of the package, and just the key for an
    /// interface reached only under a plain name (inline, or `import x:
    /// ns:pkg/iface`).
    pub fn interface(&self, index: usize, side: Side) -> String {
        if let Some((name, qualified)) = &self.renamed[index] {
            return match (side, qualified) {
                (Side::Export, true) => format!("exports_{name}"),
                _ => name.clone(),
            };
        }
        let iface = &self.ir.interfaces[index];
        let plain = self.inline_keys[index].as_deref();
        let (Some(name), Some(package), None) = (&iface.name, &iface.package, plain) else {
            return Self::snake(plain.unwrap_or("interface"));
        };
        let mut out = String::new();
        if side == Side::Export {
            out.push_str("exports_");
        }
        out.push_str(&Self::snake(&package.namespace));
        out.push('_');
        out.push_str(&Self::snake(&package.name));
        out.push('_');
        let versions_differ = self.ir.interfaces.iter().any(|other| {
            other.package.as_ref().is_some_and(|p| {
                p.namespace == package.namespace
                    && p.name == package.name
                    && p.version != package.version
            })
        });
        if let (true, Some(version)) = (versions_differ, &package.version) {
            out.push_str(&version.replace(['.', '-', '+'], "_"));
            out.push('_');
        }
        out.push_str(&Self::snake(name));
        out
    }

    /// The namespace of a named type: its interface's, or the world's.
    pub fn owner(&self, owner: bindery_ir::Owner, side: Side) -> String {
        match owner {
            bindery_ir::Owner::Interface(index) => self.interface(index, side),
            bindery_ir::Owner::World | bindery_ir::Owner::None => self.world.clone(),
        }
    }

    /// The world-level namespace on a side (world functions).
    pub fn world_functions(&self, side: Side) -> String {
        match side {
            Side::Import => self.world.clone(),
            Side::Export => format!("exports_{}", self.world),
        }
    }

    /// The C spelling of a primitive.
    pub fn primitive(&self, ty: Type) -> String {
        match ty {
            Type::Bool => "bool".into(),
            Type::U8 => "uint8_t".into(),
            Type::U16 => "uint16_t".into(),
            Type::U32 | Type::Char => "uint32_t".into(),
            Type::ErrorContext => format!("{}_error_context_t", self.world),
            Type::U64 => "uint64_t".into(),
            Type::S8 => "int8_t".into(),
            Type::S16 => "int16_t".into(),
            Type::S32 => "int32_t".into(),
            Type::S64 => "int64_t".into(),
            Type::F32 => "float".into(),
            Type::F64 => "double".into(),
            Type::String => self.string_type(),
            Type::Id(_) => unreachable!("primitive() is only called for primitives"),
        }
    }

    pub fn string_type(&self) -> String {
        format!("{}_string_t", self.world)
    }

    /// The part of an anonymous type's name that spells its structure:
    /// `list_u8`, `option_string`, `tuple2_u8_point`, `result_void_error`.
    pub fn encoded(&self, ty: Type) -> String {
        let index = match ty {
            Type::Char => return "char32".into(),
            Type::ErrorContext => return "error_context".into(),
            Type::Id(index) => index,
            other => return other.primitive_name().unwrap_or_default().to_string(),
        };
        let def = self.ir.def(index);
        if let Some(name) = &def.name {
            return Self::snake(name);
        }
        let or_void = |ty: &Option<Type>| ty.map_or("void".to_string(), |t| self.encoded(t));
        match &def.kind {
            TypeKind::Tuple { types, .. } => {
                let mut out = format!("tuple{}", types.len());
                for ty in types {
                    out.push('_');
                    out.push_str(&self.encoded(*ty));
                }
                out
            }
            TypeKind::Option { payload, .. } => format!("option_{}", self.encoded(*payload)),
            TypeKind::Result { ok, err, .. } => format!("result_{}_{}", or_void(ok), or_void(err)),
            TypeKind::List { element, .. } => format!("list_{}", self.encoded(*element)),
            TypeKind::Map { key, value, .. } => {
                format!("map_{}_{}", self.encoded(*key), self.encoded(*value))
            }
            TypeKind::FixedLengthList {
                element, length, ..
            } => format!("array{length}_{}", self.encoded(*element)),
            TypeKind::Handle {
                ownership,
                resource,
                ..
            } => format!(
                "{}_{}",
                ownership.wit_name(),
                self.encoded(Type::Id(*resource))
            ),
            TypeKind::Future { payload } => format!("future_{}", or_void(payload)),
            TypeKind::Stream { payload } => format!("stream_{}", or_void(payload)),
            TypeKind::Alias { target } => self.encoded(*target),
            TypeKind::Record { .. }
            | TypeKind::Variant { .. }
            | TypeKind::Enum { .. }
            | TypeKind::Flags { .. }
            | TypeKind::Resource => "anonymous".into(),
        }
    }

    /// Whether an anonymous type is made only of primitives (through
    /// anonymous lists, options, tuples, maps, fixed-length lists and
    /// aliases): such types are shared world-wide (`<world>_list_u8_t`).
    /// A named type inside makes it local to its item, as in wit-bindgen:
    /// its name is the interface's, so `tuple<names-by-id, u64>` is
    /// `exports_test_maps_to_test_tuple2_names_by_id_u64_t`, and two
    /// interfaces' `list<field-value>` of different types stay apart.
    pub fn is_primitive_shape(&self, ty: Type) -> bool {
        let Type::Id(index) = ty else {
            return true;
        };
        if self.ir.def(index).name.is_some() {
            return false;
        }
        match &self.ir.def(index).kind {
            TypeKind::List { .. }
            | TypeKind::Option { .. }
            | TypeKind::Tuple { .. }
            | TypeKind::Map { .. }
            | TypeKind::FixedLengthList { .. }
            | TypeKind::Alias { .. } => self
                .ir
                .def(index)
                .kind
                .children()
                .into_iter()
                .all(|child| self.is_primitive_shape(child)),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocator_numbers_taken_names() {
        let mut names = Allocator::default();
        assert_eq!(names.claim_type("a_point"), "a_point_t");
        assert_eq!(names.claim_type("a_point"), "a_point2_t");
        assert_eq!(names.claim("a_point_free"), "a_point_free");
        assert_eq!(names.claim("a_point_free"), "a_point_free2");
    }
}
