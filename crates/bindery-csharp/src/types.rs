//! Declarations of records (structs), variants (classes with `Tag`),
//! enums and flags (`[Flags]` enums), as wit-bindgen's C# generator lays
//! them out. Resources are in `resources.rs`.

use askama::Template;
use bindery_ir::{FlagsRepr, Int, Type, TypeIndex, TypeKind};
use bindery_kit::Error;

use crate::codecs::int_type;
use crate::docs;
use crate::world::{CsWorld, Home};

#[derive(Debug)]
pub struct FieldView {
    pub docs: Vec<String>,
    pub ty: String,
    pub name: String,
}

#[derive(Debug)]
pub struct CaseView {
    pub docs: Vec<String>,
    /// Constructor and `Tags` constant.
    pub name: String,
    pub index: usize,
    /// `(C# type, parameter name, accessor)` of a payload.
    pub payload: Option<PayloadView>,
}

#[derive(Debug)]
pub struct PayloadView {
    pub ty: String,
    pub param: String,
    pub accessor: String,
}

#[derive(Debug)]
pub struct MemberView {
    pub docs: Vec<String>,
    pub name: String,
    /// `= 1 << 3` for flags.
    pub value: String,
}

#[derive(Template)]
pub enum TypeView {
    #[template(path = "types/record.cs")]
    Record {
        docs: Vec<String>,
        name: String,
        fields: Vec<FieldView>,
        /// `uint x, string y`.
        params: String,
    },
    #[template(path = "types/variant.cs")]
    Variant {
        docs: Vec<String>,
        name: String,
        tag: &'static str,
        cases: Vec<CaseView>,
    },
    #[template(path = "types/enum.cs")]
    Enum {
        docs: Vec<String>,
        /// `[global::System.Flags]` for flags.
        flags: bool,
        name: String,
        /// ` : byte` or nothing.
        base: &'static str,
        members: Vec<MemberView>,
    },
}

/// The declaration of a named type in `home`, `None` for resources (and
/// kinds that declare nothing).
pub fn view(world: &CsWorld<'_>, home: Home, ty: TypeIndex) -> Result<Option<TypeView>, Error> {
    let def = world.ir.def(ty);
    let Some(names) = world.type_names(home, ty) else {
        return Ok(None);
    };
    let dir = home.dir();
    let type_docs = docs::item(def.docs.as_deref(), &def.stability);
    Ok(Some(match &def.kind {
        TypeKind::Record { fields } => {
            let fields: Vec<FieldView> = fields
                .iter()
                .zip(&names.fields)
                .map(|(field, name)| FieldView {
                    docs: docs::summary(field.docs.as_deref()),
                    ty: world.spell(field.ty, dir),
                    name: name.clone(),
                })
                .collect();
            let params = fields
                .iter()
                .map(|f| format!("{} {}", f.ty, f.name))
                .collect::<Vec<_>>()
                .join(", ");
            TypeView::Record {
                docs: type_docs,
                name: names.name.clone(),
                fields,
                params,
            }
        }
        TypeKind::Variant { cases, tag, .. } => TypeView::Variant {
            docs: type_docs,
            name: names.name.clone(),
            tag: int_type(*tag),
            cases: cases
                .iter()
                .enumerate()
                .map(|(index, case)| CaseView {
                    docs: docs::summary(case.docs.as_deref()),
                    name: names.cases[index].clone(),
                    index,
                    payload: case.ty.map(|t: Type| PayloadView {
                        ty: world.spell(t, dir),
                        param: world.naming.ident(&case.name),
                        accessor: names.accessors[index].clone(),
                    }),
                })
                .collect(),
        },
        TypeKind::Enum { cases, tag } => TypeView::Enum {
            docs: type_docs,
            flags: false,
            name: names.name.clone(),
            base: match tag {
                // wit-bindgen leaves enums on C#'s default, `int`.
                Int::U8 | Int::U16 | Int::U32 | Int::U64 => "",
            },
            members: cases
                .iter()
                .zip(&names.cases)
                .map(|(case, name)| MemberView {
                    docs: docs::summary(case.docs.as_deref()),
                    name: name.clone(),
                    value: String::new(),
                })
                .collect(),
        },
        TypeKind::Flags { flags, repr } => {
            let (base, suffix) = match repr {
                FlagsRepr::U8 => (" : byte", ""),
                FlagsRepr::U16 => (" : ushort", ""),
                FlagsRepr::U32(1) => ("", ""),
                FlagsRepr::U32(2) => (" : ulong", "UL"),
                FlagsRepr::U32(_) => {
                    return Err(Error::input(format!(
                        "the csharp backend cannot express flags `{}` with more than 64 members",
                        def.name.as_deref().unwrap_or("?")
                    )));
                }
            };
            TypeView::Enum {
                docs: type_docs,
                flags: true,
                name: names.name.clone(),
                base,
                members: flags
                    .iter()
                    .zip(&names.cases)
                    .enumerate()
                    .map(|(i, (flag, name))| MemberView {
                        docs: docs::summary(flag.docs.as_deref()),
                        name: name.clone(),
                        value: format!(" = 1{suffix} << {i}"),
                    })
                    .collect(),
            }
        }
        _ => return Ok(None),
    }))
}
