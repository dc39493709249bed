//! How a WIT type is written in Rust source, seen from one module.
//!
//! Two styles, as wit-bindgen's default (owning) mode writes them:
//! - owned (results, export parameters, fields): `String`, `Vec<T>`, `R`;
//! - import parameters ([`Speller::param`]): the top level is borrowed when
//!   the value holds lists or borrows and no `own` handle: `&str`, `&[T]`,
//!   `&Record`, `Option<&str>`.

use bindery_ir::{Ownership, Type, TypeIndex, TypeKind};

use crate::names::{Naming, Side};

/// Spells types from module `from`, resolving interfaces from `context`.
pub struct Speller<'n, 'a> {
    pub naming: &'n Naming<'a>,
    pub from: &'n [String],
    /// Lifetime written for borrows: `'a` in definitions, `'_` in signatures.
    pub lifetime: &'static str,
}

pub fn primitive(ty: Type) -> &'static str {
    match ty {
        Type::Bool => "bool",
        Type::U8 => "u8",
        Type::U16 => "u16",
        Type::U32 => "u32",
        Type::U64 => "u64",
        Type::S8 => "i8",
        Type::S16 => "i16",
        Type::S32 => "i32",
        Type::S64 => "i64",
        Type::F32 => "f32",
        Type::F64 => "f64",
        Type::Char => "char",
        Type::String => "String",
        // The runtime and payload modules import it; `Speller` spells it
        // from other modules.
        Type::ErrorContext => "ErrorContext",
        Type::Id(_) => "()",
    }
}

/// The module of wit-bindgen's async API in the bindings.
pub const ASYNC_MODULE: &str = "wit_bindgen";

impl Speller<'_, '_> {
    fn borrow(&self, inner: &str) -> String {
        if self.lifetime == "'_" {
            format!("&{inner}")
        } else {
            format!("&{} {inner}", self.lifetime)
        }
    }

    /// The path of a named type, with its lifetime parameter if it has one.
    pub fn named(&self, ty: TypeIndex, context: Side) -> String {
        let naming = self.naming;
        let def = &naming.ir.types[ty];
        let path = naming.type_path(self.from, ty, context);
        if def.info.has_borrow_handle {
            format!("{path}<{}>", self.lifetime)
        } else {
            path
        }
    }

    /// The resource behind a handle or alias, and the copy it lives in.
    pub fn resource(&self, mut ty: TypeIndex, mut context: Side) -> (TypeIndex, Side) {
        let naming = self.naming;
        loop {
            let def = &naming.ir.types[ty];
            match def.kind {
                TypeKind::Alias {
                    target: Type::Id(target),
                } => {
                    context = naming.owner_context(def.owner, context);
                    ty = target;
                }
                _ => return (ty, naming.owner_context(def.owner, context)),
            }
        }
    }

    fn handle(&self, ownership: Ownership, resource: TypeIndex, context: Side) -> String {
        let (resource, side) = self.resource(resource, context);
        let naming = self.naming;
        let module = naming.type_module(resource, side);
        match (ownership, side) {
            (Ownership::Own, _) => naming.type_path(self.from, resource, side),
            (Ownership::Borrow, Side::Export) => {
                let path = Naming::relative(self.from, &module, &naming.borrow_name(resource));
                format!("{path}<{}>", self.lifetime)
            }
            (Ownership::Borrow, Side::Import) => {
                self.borrow(&naming.type_path(self.from, resource, side))
            }
        }
    }

    /// The owned spelling of `ty`.
    pub fn owned(&self, ty: Type, context: Side) -> String {
        let Type::Id(index) = ty else {
            return match ty {
                Type::ErrorContext => self.async_type("ErrorContext"),
                other => primitive(other).to_string(),
            };
        };
        if self.naming.ir.types[index].name.is_some() {
            return self.named(index, context);
        }
        self.structure(index, context)
    }

    /// How the definition of type `index` is written, ignoring its name
    /// (the right-hand side of `pub type Name = …;`).
    pub fn structure(&self, index: TypeIndex, context: Side) -> String {
        let naming = self.naming;
        let def = &naming.ir.types[index];
        let context = naming.owner_context(def.owner, context);
        let opt = |ty: &Option<Type>| ty.map_or("()".to_string(), |t| self.owned(t, context));
        match &def.kind {
            TypeKind::Option { payload, .. } => {
                format!("{}<{}>", naming.option(), self.owned(*payload, context))
            }
            TypeKind::Result { ok, err, .. } => {
                format!("{}<{}, {}>", naming.result(), opt(ok), opt(err))
            }
            TypeKind::Tuple { types, .. } => {
                tuple(types.iter().map(|t| self.owned(*t, context)).collect())
            }
            TypeKind::List { element, .. } => format!("Vec<{}>", self.owned(*element, context)),
            TypeKind::Map { key, value, .. } => format!(
                "{}::collections::BTreeMap<{}, {}>",
                naming.std.alloc,
                self.owned(*key, context),
                self.owned(*value, context)
            ),
            TypeKind::FixedLengthList {
                element, length, ..
            } => format!("[{}; {length}]", self.owned(*element, context)),
            TypeKind::Handle {
                ownership,
                resource,
                ..
            } => self.handle(*ownership, *resource, context),
            TypeKind::Alias { target } => self.owned(*target, context),
            TypeKind::Future { payload } => {
                format!("{}<{}>", self.async_type("FutureReader"), opt(payload))
            }
            TypeKind::Stream { payload } => {
                format!("{}<{}>", self.async_type("StreamReader"), opt(payload))
            }
            _ => "()".to_string(),
        }
    }

    /// A type of the async API (`wit_bindgen::FutureReader`), from here:
    /// every module of an async world `use`s `wit_bindgen`, and the world's
    /// own module sees the root's.
    pub fn async_type(&self, name: &str) -> String {
        format!("{ASYNC_MODULE}::{name}")
    }

    /// The spelling of an import parameter (wit-bindgen's owning mode).
    pub fn param(&self, ty: Type, context: Side) -> String {
        match ty {
            Type::String => "&str".to_string(),
            Type::Id(index) if borrows_top(self.naming, index) => self.borrowed_top(ty, context),
            _ => self.owned(ty, context),
        }
    }

    fn borrowed_top(&self, ty: Type, context: Side) -> String {
        let Type::Id(index) = ty else {
            return match ty {
                Type::String => "&str".to_string(),
                other => self.owned(other, context),
            };
        };
        let naming = self.naming;
        let ir = naming.ir;
        match ir.unalias(ty) {
            Type::String => return "&str".to_string(),
            Type::Id(target) => {
                if let TypeKind::List { element, .. } = ir.types[target].kind {
                    let (_, context) = self.alias_context(index, context);
                    return format!("&[{}]", self.owned(element, context));
                }
            }
            _ => {}
        }
        let def = &ir.types[index];
        if def.name.is_some() {
            return format!("&{}", self.named(index, context));
        }
        let context = naming.owner_context(def.owner, context);
        let opt =
            |ty: &Option<Type>| ty.map_or("()".to_string(), |t| self.borrowed_top(t, context));
        match &def.kind {
            TypeKind::Option { payload, .. } => {
                format!(
                    "{}<{}>",
                    naming.option(),
                    self.borrowed_top(*payload, context)
                )
            }
            TypeKind::Result { ok, err, .. } => {
                format!("{}<{}, {}>", naming.result(), opt(ok), opt(err))
            }
            TypeKind::Tuple { types, .. } => tuple(
                types
                    .iter()
                    .map(|t| self.borrowed_top(*t, context))
                    .collect(),
            ),
            TypeKind::Map { .. } => format!("&{}", self.owned(ty, context)),
            TypeKind::Alias { target } => self.borrowed_top(*target, context),
            _ => self.owned(ty, context),
        }
    }

    /// Follows aliases to the type that gives `ty` its shape, with the
    /// context its children are resolved in.
    pub fn alias_context(&self, mut ty: TypeIndex, mut context: Side) -> (TypeIndex, Side) {
        let naming = self.naming;
        while let TypeKind::Alias {
            target: Type::Id(target),
        } = naming.ir.types[ty].kind
        {
            context = naming.owner_context(naming.ir.types[ty].owner, context);
            ty = target;
        }
        let context = naming.owner_context(naming.ir.types[ty].owner, context);
        (ty, context)
    }
}

/// Whether an import parameter of this type is passed with its top level
/// borrowed: it holds lists or borrows, and no `own` handle.
pub fn borrows_top(naming: &Naming, index: TypeIndex) -> bool {
    let info = naming.ir.types[index].info;
    !info.has_own_handle && (info.owns_memory || info.has_borrow_handle)
}

pub fn tuple(items: Vec<String>) -> String {
    match items.len() {
        1 => format!("({},)", items[0]),
        _ => format!("({})", items.join(", ")),
    }
}
