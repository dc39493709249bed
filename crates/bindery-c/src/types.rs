//! Type definitions for the header, the layout checks that tie each C type
//! to the IR's sizes and offsets, and the `_free` functions of aliases.

use bindery_ir::{Error, FlagsRepr, Int, Type, TypeDef as IrTypeDef, TypeKind};

use crate::docs::doc_lines;
use crate::model::{Key, Model, is_resource};
use crate::naming::Naming;
use crate::resources;
use crate::templates::*;

/// Everything the type definitions contribute to the two files.
pub struct TypeViews {
    pub items: Vec<TypeItem>,
    pub layouts: Vec<LayoutCheck>,
    pub free_aliases: Vec<FreeAlias>,
    pub resources: Vec<ResourceSource>,
}

pub fn build(model: &Model<'_>) -> Result<TypeViews, Error> {
    let mut views = TypeViews {
        items: Vec::new(),
        layouts: Vec::new(),
        free_aliases: Vec::new(),
        resources: Vec::new(),
    };
    for (&key, entry) in &model.types {
        let def = model.ir.def(key.0);
        let docs = doc_lines(def.docs.as_deref());
        let definition = match &def.kind {
            TypeKind::Resource => {
                let (header, source) = resources::build(model, key, docs)?;
                views.resources.push(source);
                Some(header)
            }
            TypeKind::Alias { target } if is_resource(model.ir, *target) => {
                views.items.extend(alias_handles(model, key, *target));
                None
            }
            TypeKind::Alias { target } => {
                if let Some(free) = &entry.free {
                    views.free_aliases.push(FreeAlias {
                        name: free.clone(),
                        ctype: entry.name.clone(),
                        target: model.free_of(*target, key.1),
                    });
                }
                Some(TypeDef::Typedef(TypedefDef {
                    docs,
                    name: entry.name.clone(),
                    target: model.type_name(*target, key.1),
                }))
            }
            _ => {
                let Some(codec_key) = entry.codec else {
                    continue;
                };
                let codec = &model.codecs[&codec_key];
                if codec.first == key && !matches!(def.kind, TypeKind::Handle { .. }) {
                    views.layouts.push(layout(model, key, def));
                    Some(primary(model, key, def, docs)?)
                } else if codec.name != entry.name {
                    if let (Some(free), Some(target)) = (&entry.free, codec_free(model, key)) {
                        views.free_aliases.push(FreeAlias {
                            name: free.clone(),
                            ctype: entry.name.clone(),
                            target: Some(target),
                        });
                    }
                    views.items.extend(entry_alias(model, key, &entry.name));
                    Some(TypeDef::Typedef(TypedefDef {
                        docs,
                        name: entry.name.clone(),
                        target: codec.name.clone(),
                    }))
                } else {
                    None
                }
            }
        };
        if let Some(def) = definition {
            if let Some(noop) = &entry.noop_free {
                views.free_aliases.push(FreeAlias {
                    name: noop.clone(),
                    ctype: entry.name.clone(),
                    target: None,
                });
            }
            views.items.push(TypeItem {
                def,
                free: entry
                    .free
                    .as_ref()
                    .or(entry.noop_free.as_ref())
                    .map(|free| format!("void {free}({} *ptr)", entry.name)),
            });
        }
        // The same type as other items name it.
        let scope_names = model.scope_names.range((key, String::new())..);
        for ((_, _), (name, free)) in scope_names.take_while(|((k, _), _)| *k == key) {
            if let Some(free) = free {
                views.free_aliases.push(FreeAlias {
                    name: free.clone(),
                    ctype: name.clone(),
                    target: entry.free.clone(),
                });
            }
            views.items.extend(entry_alias(model, key, name));
            views.items.push(TypeItem {
                def: TypeDef::Typedef(TypedefDef {
                    docs: Vec::new(),
                    name: name.clone(),
                    target: entry.name.clone(),
                }),
                free: free
                    .as_ref()
                    .map(|free| format!("void {free}({name} *ptr)")),
            });
        }
    }
    Ok(views)
}

/// `typedef ns_own_counter_t ns_own_counter_alias_t;` and the borrow
/// twin, for an alias of a resource.
fn alias_handles(model: &Model<'_>, key: Key, target: Type) -> Vec<TypeItem> {
    let (Some((own, borrow)), Type::Id(target)) = (model.alias_handles.get(&key), target) else {
        return Vec::new();
    };
    let Some(names) = model.resources.get(&model.resource_key(target, key.1)) else {
        return Vec::new();
    };
    [(own, &names.own), (borrow, &names.borrow)]
        .into_iter()
        .map(|(name, target)| TypeItem {
            def: TypeDef::Typedef(TypedefDef {
                docs: Vec::new(),
                name: name.clone(),
                target: target.clone(),
            }),
            free: None,
        })
        .collect()
}

/// `typedef <codec entry> <name>_entry_t;` for a further name of a map
/// type, so code written for wit-bindgen can name the entries of every map
/// type it sees (`test_map_u32_string_entry_t`).
fn entry_alias(model: &Model<'_>, key: Key, name: &str) -> Option<TypeItem> {
    let alias = model.entry_aliases.get(name)?;
    Some(TypeItem {
        def: TypeDef::Typedef(TypedefDef {
            docs: Vec::new(),
            name: alias.clone(),
            target: model.map_entry(key),
        }),
        free: None,
    })
}

/// The free function of the codec behind a key.
fn codec_free(model: &Model<'_>, key: Key) -> Option<String> {
    let codec = model.types[&key].codec?;
    model.types[&model.codecs[&codec].first].free.clone()
}

/// The definition of the first C type of a codec.
fn primary(
    model: &Model<'_>,
    key: Key,
    def: &IrTypeDef,
    docs: Vec<String>,
) -> Result<TypeDef, Error> {
    let side = key.1;
    let name = model.types[&key].name.clone();
    let ctype = |ty: Type| model.type_name(ty, side);
    let macro_prefix = Naming::shouty(name.strip_suffix("_t").unwrap_or(&name));
    Ok(match &def.kind {
        TypeKind::Record { fields } => TypeDef::Struct(StructDef {
            docs,
            name,
            members: fields
                .iter()
                .map(|field| Member {
                    docs: doc_lines(field.docs.as_deref()),
                    ctype: ctype(field.ty),
                    name: model.naming.ident(&field.name),
                })
                .collect(),
        }),
        TypeKind::Tuple { types, .. } => TypeDef::Struct(StructDef {
            docs,
            name,
            members: types
                .iter()
                .enumerate()
                .map(|(i, ty)| Member {
                    docs: Vec::new(),
                    ctype: ctype(*ty),
                    name: format!("f{i}"),
                })
                .collect(),
        }),
        TypeKind::Variant { cases, tag, .. } => TypeDef::Variant(VariantDef {
            docs,
            name,
            tag: int_type(*tag).into(),
            payloads: cases
                .iter()
                .filter_map(|case| {
                    Some(Member {
                        docs: Vec::new(),
                        ctype: ctype(case.ty?),
                        name: model.naming.ident(&case.name),
                    })
                })
                .collect(),
            macros: numbered_macros(
                &macro_prefix,
                cases.iter().map(|c| (c.name.as_str(), c.docs.as_deref())),
                |i| i.to_string(),
            ),
        }),
        TypeKind::Enum { cases, tag } => TypeDef::Scalar(ScalarDef {
            docs,
            name,
            repr: int_type(*tag).into(),
            macros: numbered_macros(
                &macro_prefix,
                cases.iter().map(|c| (c.name.as_str(), c.docs.as_deref())),
                |i| i.to_string(),
            ),
        }),
        TypeKind::Flags { flags, repr } => TypeDef::Scalar(ScalarDef {
            docs,
            name,
            repr: flags_type(*repr, def)?.into(),
            macros: numbered_macros(
                &macro_prefix,
                flags.iter().map(|f| (f.name.as_str(), f.docs.as_deref())),
                |i| format!("(1U << {i})"),
            ),
        }),
        TypeKind::Option { payload, .. } => TypeDef::Option(OptionDef {
            docs,
            name,
            payload: ctype(*payload),
        }),
        TypeKind::Result { ok, err, .. } => TypeDef::Result(ResultDef {
            docs,
            name,
            ok: ok.map(ctype),
            err: err.map(ctype),
        }),
        TypeKind::List { element, .. } => TypeDef::List(ListDef {
            docs,
            name,
            element: ctype(*element),
        }),
        TypeKind::Map { key: k, value, .. } => TypeDef::Map(MapDef {
            docs,
            entry: model.map_entry(key),
            name,
            key: ctype(*k),
            value: ctype(*value),
        }),
        TypeKind::FixedLengthList {
            element, length, ..
        } => TypeDef::Array(ArrayDef {
            docs,
            name,
            element: ctype(*element),
            length: *length,
        }),
        // A future or stream is its readable end's handle.
        TypeKind::Future { .. } | TypeKind::Stream { .. } => TypeDef::Scalar(ScalarDef {
            docs,
            name,
            repr: "uint32_t".into(),
            macros: Vec::new(),
        }),
        TypeKind::Resource | TypeKind::Handle { .. } | TypeKind::Alias { .. } => {
            return Err(Error::input(format!(
                "the C backend cannot define `{name}` as a value type"
            )));
        }
    })
}

/// `_Static_assert`s that the C layout is the IR's: what lets the bindings
/// copy values in memory as they are.
fn layout(model: &Model<'_>, key: Key, def: &IrTypeDef) -> LayoutCheck {
    let name = model.types[&key].name.clone();
    let mut conditions = vec![
        format!("sizeof({name}) == {}", def.abi.size),
        format!("_Alignof({name}) == {}", def.abi.align),
    ];
    let mut offset = |member: String, at: u32| {
        conditions.push(format!("offsetof({name}, {member}) == {at}"));
    };
    match &def.kind {
        TypeKind::Record { fields } => {
            for field in fields {
                offset(model.naming.ident(&field.name), field.offset);
            }
        }
        TypeKind::Tuple { offsets, .. } => {
            for (i, at) in offsets.iter().enumerate() {
                offset(format!("f{i}"), *at);
            }
        }
        TypeKind::Variant {
            cases,
            payload_offset,
            ..
        } if cases.iter().any(|c| c.ty.is_some()) => offset("val".into(), *payload_offset),
        TypeKind::Option { payload_offset, .. } => offset("val".into(), *payload_offset),
        TypeKind::Result {
            ok,
            err,
            payload_offset,
        } if ok.is_some() || err.is_some() => offset("val".into(), *payload_offset),
        TypeKind::Map {
            entry_size,
            entry_align,
            value_offset,
            ..
        } => {
            let entry = model.map_entry(key);
            conditions.push(format!("sizeof({entry}) == {entry_size}"));
            conditions.push(format!("_Alignof({entry}) == {entry_align}"));
            conditions.push(format!("offsetof({entry}, value) == {value_offset}"));
        }
        _ => {}
    }
    LayoutCheck {
        ctype: name,
        conditions,
    }
}

pub fn int_type(int: Int) -> &'static str {
    match int {
        Int::U8 => "uint8_t",
        Int::U16 => "uint16_t",
        Int::U32 => "uint32_t",
        Int::U64 => "uint64_t",
    }
}

fn flags_type(repr: FlagsRepr, def: &IrTypeDef) -> Result<&'static str, Error> {
    Ok(match repr {
        FlagsRepr::U8 => "uint8_t",
        FlagsRepr::U16 => "uint16_t",
        FlagsRepr::U32(1) => "uint32_t",
        FlagsRepr::U32(_) => {
            let name = def.name.as_deref().unwrap_or("?");
            return Err(Error::input(format!(
                "the C backend supports at most 32 flags: `{name}` has more"
            )));
        }
    })
}

/// One `#define PREFIX_NAME value` per case or flag, its value made from
/// its position (a discriminant, or a bit).
fn numbered_macros<'a>(
    prefix: &str,
    items: impl Iterator<Item = (&'a str, Option<&'a str>)>,
    value: impl Fn(usize) -> String,
) -> Vec<Macro> {
    items
        .enumerate()
        .map(|(i, (name, docs))| Macro {
            docs: doc_lines(docs),
            name: format!("{prefix}_{}", Naming::shouty(name)),
            value: value(i),
        })
        .collect()
}
