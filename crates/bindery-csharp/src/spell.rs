//! C# spellings of WIT types, as wit-bindgen's C# generator writes them,
//! always fully qualified (`global::…`) so no user name or implicit
//! `using` can change what they mean:
//!
//! | WIT | C# |
//! |---|---|
//! | `u8` `u16` `u32` `u64` / `s8`… / `f32` `f64` | `byte` `ushort` `uint` `ulong` / `sbyte`… / `float` `double` |
//! | `char` | `uint` (the code point) |
//! | `list<T>` of numbers / of anything else | `T[]` / `List<T>` |
//! | `list<T, N>` | `T[]` of length N |
//! | `map<K, V>` | `Dictionary<K, V>` |
//! | `option<T>` | `T?`; `Option<T?>` when `T` is itself an option |
//! | `result<T, E>` | `Result<T, E>` (`None` for a missing side) |
//! | `tuple<A>` / `tuple<A, B>` | `A` / `(A, B)` |
//! | records, variants, enums, flags, resources | their declared name |

use bindery_ir::{Type, TypeIndex, TypeKind};

use crate::world::{CsWorld, Dir};

/// The C# type of a primitive.
pub fn primitive(ty: Type) -> &'static str {
    match ty {
        Type::Bool => "bool",
        Type::U8 => "byte",
        Type::U16 => "ushort",
        Type::U32 | Type::Char => "uint",
        Type::U64 => "ulong",
        Type::S8 => "sbyte",
        Type::S16 => "short",
        Type::S32 => "int",
        Type::S64 => "long",
        Type::F32 => "float",
        Type::F64 => "double",
        Type::String => "string",
        Type::ErrorContext | Type::Id(_) => "object",
    }
}

/// Numbers: a list of them is a C# array (`byte[]`), as wit-bindgen has it.
pub fn is_number(ty: Type) -> bool {
    ty.is_plain_number()
}

impl CsWorld<'_> {
    /// `global::<World>World.<name>`: a helper type of the world namespace.
    pub fn world_type(&self, name: &str) -> String {
        format!("global::{}.{name}", self.namespace)
    }

    /// The C# type of `ty` on side `dir`.
    pub fn spell(&self, ty: Type, dir: Dir) -> String {
        match ty {
            Type::Id(index) => self.spell_def(index, dir),
            prim => primitive(prim).to_string(),
        }
    }

    /// The C# type of a function's result, or `None` for `void`.
    pub fn spell_opt(&self, ty: Option<Type>, dir: Dir) -> String {
        match ty {
            Some(ty) => self.spell(ty, dir),
            None => self.world_type("None"),
        }
    }

    fn spell_def(&self, index: TypeIndex, dir: Dir) -> String {
        let def = self.ir.def(index);
        match &def.kind {
            TypeKind::Alias { target } => self.spell(*target, dir),
            TypeKind::Record { .. }
            | TypeKind::Variant { .. }
            | TypeKind::Enum { .. }
            | TypeKind::Flags { .. }
            | TypeKind::Resource => self
                .names_of(index, dir)
                .map_or_else(|| "object".to_string(), |n| n.qualified.clone()),
            TypeKind::Handle { resource, .. } => {
                let resource = self.resource_of(*resource);
                self.spell_def(resource, dir)
            }
            TypeKind::List { element, .. } => {
                if is_number(*element) {
                    format!("{}[]", self.spell(*element, dir))
                } else {
                    format!(
                        "global::System.Collections.Generic.List<{}>",
                        self.spell(*element, dir)
                    )
                }
            }
            TypeKind::FixedLengthList { element, .. } => {
                format!("{}[]", self.spell(*element, dir))
            }
            TypeKind::Map { key, value, .. } => format!(
                "global::System.Collections.Generic.Dictionary<{}, {}>",
                self.spell(*key, dir),
                self.spell(*value, dir)
            ),
            TypeKind::Tuple { types, .. } => match types.as_slice() {
                [one] => self.spell(*one, dir),
                many => format!(
                    "({})",
                    many.iter()
                        .map(|t| self.spell(*t, dir))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            },
            TypeKind::Option { payload, .. } => {
                let inner = self.spell(*payload, dir);
                if self.is_option(*payload) {
                    format!("{}<{inner}>", self.world_type("Option"))
                } else {
                    format!("{inner}?")
                }
            }
            TypeKind::Result { ok, err, .. } => format!(
                "{}<{}, {}>",
                self.world_type("Result"),
                self.spell_opt(*ok, dir),
                self.spell_opt(*err, dir)
            ),
            TypeKind::Future { .. } | TypeKind::Stream { .. } => "object".to_string(),
        }
    }

    /// Whether a type (through aliases) is an `option`: an option of it is
    /// spelled `Option<T?>`, since `T??` means nothing in C#.
    pub fn is_option(&self, ty: Type) -> bool {
        matches!(self.ir.unalias(ty), Type::Id(i) if matches!(self.ir.def(i).kind, TypeKind::Option { .. }))
    }
}
