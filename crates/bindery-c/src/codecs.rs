//! Converters: one per IR codec and side, in the IR's dependency order,
//! each calling the converters of its parts by name.
//!
//! On wasm32 every generated C type has the Canonical ABI's memory layout
//! (the layout checks make the compiler prove it against the IR), so values
//! in memory — list elements, return areas, indirect parameters — are
//! copied as they are. What needs converting is the *flat* form: a value
//! spread over core arguments. A flat value lives in an array of
//! `__bindery_slot_t` (a union of the core types), zeroed first: writing a
//! narrower member and reading a wider one is then exactly the Canonical
//! ABI's join of variant payloads (zero-extension, bit reinterpretation).

use bindery_ir::{Ir, Ownership, Type, TypeKind};

use crate::model::{CodecEntry, CodecKey, Model, Op};
use crate::templates::*;
use crate::walk::Side;

/// How many flat core values a type takes.
pub fn flat_len(ir: &Ir, ty: Type) -> usize {
    ir.flat(ty).map_or(0, |flat| flat.len())
}

pub fn build(model: &Model<'_>) -> Vec<Codec> {
    model
        .codecs
        .iter()
        .filter_map(|(key, entry)| codec(model, *key, entry))
        .collect()
}

fn codec(model: &Model<'_>, key: CodecKey, entry: &CodecEntry) -> Option<Codec> {
    let (index, side) = entry.first;
    let def = model.ir.def(index);
    let base = entry.name.strip_suffix("_t").unwrap_or(&entry.name);
    let head = CodecHead {
        ctype: entry.name.clone(),
        lower: entry.lower.then(|| format!("__bindery_lower_{base}")),
        lift: entry.lift.then(|| format!("__bindery_lift_{base}")),
        free: model.types[&entry.first].free.clone(),
        release: model.codec_release(key),
    };
    if head.lower.is_none() && head.lift.is_none() && head.free.is_none() {
        return None;
    }
    let part = |member: String, slot: usize, ty: Type| {
        let converters = model.converters(ty, side);
        Part {
            member,
            slot,
            lower: converters.lower,
            lift: converters.lift,
            free: converters.free,
            release: converters.release,
        }
    };
    Some(match &def.kind {
        TypeKind::Record { fields } => {
            let mut slot = 0;
            let fields = fields
                .iter()
                .map(|field| {
                    let at = slot;
                    slot += flat_len(model.ir, field.ty);
                    part(model.naming.ident(&field.name), at, field.ty)
                })
                .collect();
            Codec::Fields(FieldsCodec { head, fields })
        }
        TypeKind::Tuple { types, .. } => {
            let mut slot = 0;
            let fields = types
                .iter()
                .enumerate()
                .map(|(i, ty)| {
                    let at = slot;
                    slot += flat_len(model.ir, *ty);
                    part(format!("f{i}"), at, *ty)
                })
                .collect();
            Codec::Fields(FieldsCodec { head, fields })
        }
        TypeKind::Variant { cases, tag, .. } => {
            let cases = cases
                .iter()
                .enumerate()
                .filter_map(|(i, case)| {
                    let member = format!("val.{}", model.naming.ident(&case.name));
                    Some((i, part(member, 1, case.ty?)))
                })
                .collect();
            cases_codec(head, "tag", crate::types::int_type(*tag), cases)
        }
        TypeKind::Option { payload, .. } => {
            let cases = vec![(1, part("val".into(), 1, *payload))];
            cases_codec(head, "is_some", "bool", cases)
        }
        TypeKind::Result { ok, err, .. } => {
            let mut cases = Vec::new();
            if let Some(ok) = ok {
                cases.push((0, part("val.ok".into(), 1, *ok)));
            }
            if let Some(err) = err {
                cases.push((1, part("val.err".into(), 1, *err)));
            }
            cases_codec(head, "is_err", "bool", cases)
        }
        TypeKind::Enum { .. } | TypeKind::Flags { .. } => Codec::Scalar(ScalarCodec { head }),
        TypeKind::List { element, .. } => {
            let part = |of: Option<String>| of.map(|f| (String::new(), f)).into_iter().collect();
            Codec::List(ListCodec {
                head,
                element: model.type_name(*element, side),
                element_frees: part(model.free_of(*element, side)),
                element_releases: part(model.release_of(*element, side)),
            })
        }
        TypeKind::Map {
            key: map_key,
            value,
            ..
        } => {
            let parts = |of: &dyn Fn(Type) -> Option<String>| {
                [(".key", *map_key), (".value", *value)]
                    .into_iter()
                    .filter_map(|(member, ty)| Some((member.to_string(), of(ty)?)))
                    .collect()
            };
            Codec::List(ListCodec {
                head,
                element: model.map_entry(entry.first),
                element_frees: parts(&|ty| model.free_of(ty, side)),
                element_releases: parts(&|ty| model.release_of(ty, side)),
            })
        }
        TypeKind::FixedLengthList {
            element, length, ..
        } => Codec::Array(ArrayCodec {
            head,
            length: *length,
            stride: flat_len(model.ir, *element),
            element: part("data".into(), 0, *element),
        }),
        TypeKind::Handle {
            ownership,
            resource,
            ..
        } => {
            let resource_side = model.resource_key(*resource, side).1;
            let pointer = *ownership == Ownership::Borrow && resource_side == Side::Export;
            Codec::Handle(HandleCodec { head, pointer })
        }
        TypeKind::Future { .. } | TypeKind::Stream { .. } => Codec::Scalar(ScalarCodec { head }),
        TypeKind::Resource | TypeKind::Alias { .. } => {
            debug_assert!(false, "codec {key:?} has no converter");
            return None;
        }
    })
}

fn cases_codec(head: CodecHead, tag: &str, tag_type: &str, cases: Vec<(usize, Part)>) -> Codec {
    let owning = cases
        .iter()
        .filter(|(_, part)| part.free.is_some())
        .cloned()
        .collect();
    Codec::Cases(CasesCodec {
        head,
        tag: tag.into(),
        tag_type: tag_type.into(),
        cases,
        owning,
    })
}

/// The converters of primitives the world uses.
pub fn primitives(model: &Model<'_>) -> Vec<PrimitiveConverter> {
    let mut out = Vec::new();
    for ty in Type::PRIMITIVES.into_iter().chain([Type::ErrorContext]) {
        let name = primitive_name(ty);
        for op in [Op::Lower, Op::Lift] {
            if !model.primitives.contains(&(name, op)) {
                continue;
            }
            let (member, core) = match ty {
                Type::U64 | Type::S64 => ("i64", "int64_t"),
                Type::F32 => ("f32", "float"),
                Type::F64 => ("f64", "double"),
                _ => ("i32", "int32_t"),
            };
            let kind = match (op, ty) {
                (Op::Lower, Type::String) => PrimitiveKind::LowerString {
                    cast: if model.utf16 { "(uint8_t *) " } else { "" },
                },
                (Op::Lift, Type::String) => PrimitiveKind::LiftString {
                    cast: if model.utf16 { "(uint16_t *) " } else { "" },
                },
                (Op::Lower, _) => PrimitiveKind::Lower { member, core },
                (Op::Lift, _) => PrimitiveKind::Lift { member },
            };
            let verb = match op {
                Op::Lower => "lower",
                Op::Lift => "lift",
            };
            out.push(PrimitiveConverter {
                name: format!("__bindery_{verb}_{name}"),
                ctype: model.naming.primitive(ty),
                kind,
            });
        }
    }
    out
}

/// A primitive's part of its converters' names (`u32`, `error_context`).
pub fn primitive_name(ty: Type) -> &'static str {
    match ty {
        Type::ErrorContext => "error_context",
        other => other.primitive_name().unwrap_or("u32"),
    }
}

/// The member of `__bindery_slot_t` that holds a core type.
pub fn slot_member(core: bindery_ir::CoreType) -> &'static str {
    use bindery_ir::CoreType;
    match core {
        CoreType::I32 => "i32",
        CoreType::I64 | CoreType::PointerOrI64 => "i64",
        CoreType::F32 => "f32",
        CoreType::F64 => "f64",
        CoreType::Pointer => "ptr",
        CoreType::Length => "len",
    }
}

/// The C type of a core value.
pub fn core_ctype(core: bindery_ir::CoreType) -> &'static str {
    use bindery_ir::CoreType;
    match core {
        CoreType::I32 => "int32_t",
        CoreType::I64 | CoreType::PointerOrI64 => "int64_t",
        CoreType::F32 => "float",
        CoreType::F64 => "double",
        CoreType::Pointer => "uint8_t *",
        CoreType::Length => "size_t",
    }
}
