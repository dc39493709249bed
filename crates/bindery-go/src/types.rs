//! Declarations of named WIT types, one template per kind: records are
//! structs, variants are structs with a tag and `Make…` constructors, enums
//! and flags are integer aliases with constants (as in wit-bindgen's Go
//! output), everything else is an alias of its Go spelling.

use askama::Template;
use bindery_ir::{Type, TypeIndex, TypeKind};

use crate::codecs::{flags_type, int_type};
use crate::docs;
use crate::spell::{At, Imports, primitive};
use crate::world::GoWorld;

/// A struct field line, padded as gofmt aligns a block of fields (a field
/// with docs starts a new block).
#[derive(Debug)]
pub struct FieldLine {
    pub docs: Vec<String>,
    pub text: String,
}

#[derive(Debug)]
pub struct Const {
    pub docs: Vec<String>,
    pub name: String,
    pub value: String,
}

#[derive(Debug)]
pub struct VariantCase {
    pub konst: String,
    pub maker: String,
    pub getter: String,
    /// The payload's Go type.
    pub payload: Option<String>,
}

#[derive(Template)]
pub enum TypeView {
    #[template(path = "types/record.go")]
    Record {
        docs: Vec<String>,
        name: String,
        fields: Vec<FieldLine>,
    },
    #[template(path = "types/variant.go")]
    Variant {
        docs: Vec<String>,
        name: String,
        tag: &'static str,
        consts: Vec<Const>,
        cases: Vec<VariantCase>,
    },
    /// Enums and flags.
    #[template(path = "types/constants.go")]
    Constants {
        docs: Vec<String>,
        name: String,
        repr: &'static str,
        consts: Vec<Const>,
    },
    #[template(path = "types/alias.go")]
    Alias {
        docs: Vec<String>,
        name: String,
        target: String,
    },
}

/// Aligns `name type` pairs in blocks, as gofmt does.
pub fn field_lines(fields: Vec<(Vec<String>, String, String)>) -> Vec<FieldLine> {
    let mut lines = Vec::new();
    let mut block: Vec<(Vec<String>, String, String)> = Vec::new();
    let flush = |block: &mut Vec<(Vec<String>, String, String)>, lines: &mut Vec<FieldLine>| {
        let width = block.iter().map(|(_, n, _)| n.len()).max().unwrap_or(0);
        for (docs, name, ty) in block.drain(..) {
            lines.push(FieldLine {
                docs,
                text: format!("{name:<width$} {ty}"),
            });
        }
    };
    for field in fields {
        if !field.0.is_empty() {
            flush(&mut block, &mut lines);
        }
        block.push(field);
    }
    flush(&mut block, &mut lines);
    lines
}

/// The declaration of a named type in package `at`.
pub fn view(world: &GoWorld<'_>, ty: TypeIndex, at: At, imports: &mut Imports) -> Option<TypeView> {
    let def = world.ir.def(ty);
    let names = world.type_names(at.pkg, ty)?;
    let name = names.name.clone();
    let docs = docs::item(def.docs.as_deref(), &def.stability);
    Some(match &def.kind {
        TypeKind::Record { fields } => {
            let fields = fields
                .iter()
                .zip(&names.fields)
                .map(|(field, go)| {
                    (
                        docs::comment(field.docs.as_deref()),
                        go.clone(),
                        world.spell(field.ty, at, imports),
                    )
                })
                .collect();
            TypeView::Record {
                docs,
                name,
                fields: field_lines(fields),
            }
        }
        TypeKind::Variant { cases, tag, .. } => {
            let consts = cases
                .iter()
                .zip(&names.consts)
                .enumerate()
                .map(|(i, (case, konst))| Const {
                    docs: docs::comment(case.docs.as_deref()),
                    name: konst.clone(),
                    value: i.to_string(),
                })
                .collect();
            let cases = cases
                .iter()
                .enumerate()
                .map(|(i, case)| VariantCase {
                    konst: names.consts[i].clone(),
                    maker: names.makers[i].clone(),
                    getter: names.getters[i].clone(),
                    payload: case.ty.map(|t| world.spell(t, at, imports)),
                })
                .collect();
            TypeView::Variant {
                docs,
                name,
                tag: primitive(int_type(*tag)),
                consts,
                cases,
            }
        }
        TypeKind::Enum { cases, tag } => TypeView::Constants {
            docs,
            name,
            repr: primitive(int_type(*tag)),
            consts: cases
                .iter()
                .zip(&names.consts)
                .enumerate()
                .map(|(i, (case, konst))| Const {
                    docs: docs::comment(case.docs.as_deref()),
                    name: konst.clone(),
                    value: i.to_string(),
                })
                .collect(),
        },
        TypeKind::Flags { flags, repr } => TypeView::Constants {
            docs,
            name,
            repr: primitive(flags_type(*repr)),
            consts: flags
                .iter()
                .zip(&names.consts)
                .enumerate()
                .map(|(i, (flag, konst))| Const {
                    docs: docs::comment(flag.docs.as_deref()),
                    name: konst.clone(),
                    value: format!("1 << {i}"),
                })
                .collect(),
        },
        // Resources have their own templates (see `resources`).
        TypeKind::Resource => return None,
        TypeKind::Alias { target } => TypeView::Alias {
            docs,
            name,
            target: world.spell(*target, at, imports),
        },
        _ => TypeView::Alias {
            docs,
            name,
            target: anonymous(world, ty, at, imports),
        },
    })
}

/// The structural spelling of a named list, option, tuple, … type.
fn anonymous(world: &GoWorld<'_>, ty: TypeIndex, at: At, imports: &mut Imports) -> String {
    // A named `list<u8>` is declared as the structure it names: spell the
    // definition's kind as if it were anonymous.
    let def = world.ir.def(ty);
    match &def.kind {
        TypeKind::List { element, .. } => format!("[]{}", world.spell(*element, at, imports)),
        TypeKind::FixedLengthList {
            element, length, ..
        } => format!("[{length}]{}", world.spell(*element, at, imports)),
        TypeKind::Map { key, value, .. } => format!(
            "map[{}]{}",
            world.spell(*key, at, imports),
            world.spell(*value, at, imports)
        ),
        TypeKind::Option { payload, .. } => format!(
            "{}Option[{}]",
            world.qualifier(crate::world::Pkg::Types, at, imports),
            world.spell(*payload, at, imports)
        ),
        TypeKind::Result { ok, err, .. } => format!(
            "{}Result[{}, {}]",
            world.qualifier(crate::world::Pkg::Types, at, imports),
            world.spell_or_unit(*ok, at, imports),
            world.spell_or_unit(*err, at, imports)
        ),
        TypeKind::Tuple { types, .. } => world.spell_tuple(types, at, imports),
        TypeKind::Handle { resource, .. } => format!(
            "*{}",
            world.spell(Type::Id(world.resource_of(*resource)), at, imports)
        ),
        _ => "any".to_string(),
    }
}
