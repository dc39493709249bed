//! Type definitions: one template per kind of named WIT type.

use std::collections::BTreeSet;

use askama::Template;
use bindery_ir::{CoreImport, Ir, Item, ResourceAbi, Type, TypeIndex, TypeKind, WorldItem};

use crate::codecs::{flags_bits, int_name};
use crate::names::{Naming, Side};
use crate::spell::Speller;
use crate::{derives, layout};

#[derive(Debug)]
pub struct FieldView {
    pub docs: Vec<String>,
    /// `pub name: Type`, broken over lines when too wide.
    pub line: String,
}

#[derive(Debug)]
pub struct CaseView {
    pub docs: Vec<String>,
    /// `Name` or `Name(Type)`, laid out as rustfmt lays it out.
    pub line: String,
}

#[derive(Debug)]
pub struct EnumCaseView {
    pub docs: Vec<String>,
    pub name: String,
    /// The WIT name and docs as Rust string literals.
    pub wit_name: String,
    pub message: String,
}

#[derive(Debug)]
pub struct FlagView {
    pub docs: Vec<String>,
    pub name: String,
    pub bit: String,
    pub wit_name: String,
}

/// A core import of a resource's glue: its field name and its
/// `#[link(wasm_import_module = …)]`, laid out for its column (a long
/// package or interface name breaks it).
pub struct LinkedImport {
    name: String,
    link: String,
}

#[derive(Template)]
pub enum TypeDefView {
    #[template(path = "types/record.rs")]
    Record {
        docs: Vec<String>,
        name: String,
        generics: String,
        /// `#[derive(…)]`, laid out for its column.
        derive: String,
        fields: Vec<FieldView>,
        /// The crate whose `error::Error` the type implements (`std`, or
        /// `::core` without std), if it is a function's error.
        error: Option<&'static str>,
    },
    #[template(path = "types/variant.rs")]
    Variant {
        docs: Vec<String>,
        name: String,
        generics: String,
        derive: String,
        cases: Vec<CaseView>,
        /// The crate whose `error::Error` the type implements (`std`, or
        /// `::core` without std), if it is a function's error.
        error: Option<&'static str>,
    },
    #[template(path = "types/enum.rs")]
    Enum {
        docs: Vec<String>,
        name: String,
        derive: String,
        repr: &'static str,
        cases: Vec<EnumCaseView>,
        /// The crate whose `error::Error` the type implements (`std`, or
        /// `::core` without std), if it is a function's error.
        error: Option<&'static str>,
    },
    #[template(path = "types/flags.rs")]
    Flags {
        docs: Vec<String>,
        name: String,
        derive: String,
        bits: &'static str,
        all: String,
        /// Every bit of `bits` is a flag: no masking needed.
        full: bool,
        flags: Vec<FlagView>,
    },
    #[template(path = "types/alias.rs")]
    Alias {
        docs: Vec<String>,
        name: String,
        generics: String,
        /// What follows `=`: the target after a space or a line break,
        /// laid out as rustfmt lays it out.
        rhs: String,
        /// For an alias of an exported resource: what follows `=` in the
        /// alias of its `…Borrow<'a>`, laid out as `rhs` is.
        borrow: Option<String>,
    },
    #[template(path = "types/resource_import.rs")]
    ResourceImport {
        docs: Vec<String>,
        name: String,
        drop: LinkedImport,
    },
    #[template(path = "types/resource_export.rs")]
    ResourceExport {
        docs: Vec<String>,
        name: String,
        borrow: String,
        drop: LinkedImport,
        new: LinkedImport,
        rep: LinkedImport,
        /// The `assert!` of the one-type guard, laid out for its column.
        guard: String,
        /// The generic accessors' signatures, laid out for their column.
        accessors: Box<Accessors>,
        /// The borrow's `_marker` field, laid out for its column.
        marker: String,
    },
}

/// Signatures of an exported resource's generic accessors: a long trait
/// name makes rustfmt break them.
#[derive(Debug)]
pub struct Accessors {
    pub new: String,
    pub get: String,
    pub get_mut: String,
    pub into_inner: String,
    /// `get` of the `…Borrow<'a>`.
    pub borrow_get: String,
}

impl Accessors {
    fn new(base: usize, guest: &str) -> Self {
        let sig = |name: &str, param: &str, result: &str| {
            let head = format!("pub fn {name}<T: {guest}>");
            layout::signature(base, &head, &[param.to_string()], result, " {")
        };
        Accessors {
            new: sig("new", "val: T", "Self"),
            get: sig("get", "&self", "&T"),
            get_mut: sig("get_mut", "&mut self", "&mut T"),
            into_inner: sig("into_inner", "self", "T"),
            borrow_get: sig("get", "&self", "&'a T"),
        }
    }
}

/// Types used as the error of a function's `result`: they get
/// `Display` and `std::error::Error`, as wit-bindgen gives them.
pub fn error_types(ir: &Ir) -> BTreeSet<TypeIndex> {
    let mut errors = BTreeSet::new();
    let items = ir.imports.iter().chain(&ir.exports);
    let functions = items.flat_map(|item: &WorldItem| match &item.item {
        Item::Interface { functions, .. } => functions.iter().collect(),
        Item::Function { function } => vec![function],
        Item::Type { .. } => Vec::new(),
    });
    for function in functions {
        let Some(Type::Id(result)) = function.result.map(|t| ir.unalias(t)) else {
            continue;
        };
        if let TypeKind::Result { err: Some(err), .. } = ir.types[result].kind
            && let Type::Id(err) = ir.unalias(err)
        {
            errors.insert(err);
        }
    }
    errors
}

const ENUM_DERIVES: [&str; 8] = [
    "Clone",
    "Copy",
    "Debug",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
];

const FLAGS_DERIVES: [&str; 8] = [
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Default",
];

/// What a record or variant derives whatever the options.
fn builtin_derives(ir: &Ir, index: TypeIndex) -> &'static [&'static str] {
    let info = ir.types[index].info;
    if info.has_own_handle || info.has_borrow_handle || holds_error_context(ir, Type::Id(index)) {
        &["Debug"]
    } else if info.owns_memory {
        &["Debug", "Clone"]
    } else {
        &["Debug", "Clone", "Copy"]
    }
}

/// Whether a value holds an `error-context` handle (neither `Copy` nor
/// `Clone`). Futures and streams are handles of their own.
fn holds_error_context(ir: &Ir, ty: Type) -> bool {
    match ty {
        Type::ErrorContext => true,
        Type::Id(index) => match &ir.types[index].kind {
            TypeKind::Future { .. } | TypeKind::Stream { .. } => false,
            // Children have smaller indices: this ends.
            kind => kind
                .children()
                .into_iter()
                .any(|t| holds_error_context(ir, t)),
        },
        _ => false,
    }
}

/// The definition of named type `index` in module `module` of copy `side`.
pub fn view(
    naming: &Naming,
    module: &[String],
    side: Side,
    index: TypeIndex,
    resource: Option<&ResourceAbi>,
    errors: &BTreeSet<TypeIndex>,
) -> Option<TypeDefView> {
    let ir = naming.ir;
    let def = &ir.types[index];
    let wit_name = def.name.as_deref()?;
    let speller = Speller {
        naming,
        from: module,
        lifetime: "'a",
    };
    let docs = Naming::doc_lines(def.docs.as_deref());
    let _ = wit_name;
    let name = naming.type_name(index);
    let generics = if def.info.has_borrow_handle {
        "<'a>".to_string()
    } else {
        String::new()
    };
    let error = errors.contains(&index).then_some(naming.std.core);
    let derive = |builtin: &[&str]| {
        let list = derives::derives(ir, index, builtin, &naming.derives);
        derives::attribute(module.len() * 4, &list)
    };
    let base = module.len() * 4;
    Some(match &def.kind {
        TypeKind::Record { fields } => TypeDefView::Record {
            docs,
            name,
            generics,
            derive: derive(builtin_derives(ir, index)),
            fields: fields
                .iter()
                .map(|f| {
                    let line = format!(
                        "pub {}: {}",
                        naming.snake(&f.name),
                        speller.owned(f.ty, side)
                    );
                    FieldView {
                        docs: Naming::doc_lines(f.docs.as_deref()),
                        line: layout::field(base + 4, &line),
                    }
                })
                .collect(),
            error,
        },
        TypeKind::Variant { cases, .. } => TypeDefView::Variant {
            docs,
            name,
            generics,
            derive: derive(builtin_derives(ir, index)),
            cases: cases
                .iter()
                .map(|c| {
                    let name = naming.camel(&c.name);
                    CaseView {
                        docs: Naming::doc_lines(c.docs.as_deref()),
                        line: match c.ty {
                            Some(t) => {
                                layout::variant_case(base + 4, &name, &speller.owned(t, side))
                            }
                            None => name,
                        },
                    }
                })
                .collect(),
            error,
        },
        TypeKind::Enum { cases, tag } => TypeDefView::Enum {
            docs,
            name,
            derive: derive(&ENUM_DERIVES),
            repr: int_name(*tag),
            cases: cases
                .iter()
                .map(|c| EnumCaseView {
                    docs: Naming::doc_lines(c.docs.as_deref()),
                    name: naming.camel(&c.name),
                    wit_name: format!("{:?}", c.name),
                    message: format!("{:?}", c.docs.as_deref().unwrap_or("").trim()),
                })
                .collect(),
            error,
        },
        TypeKind::Flags { flags, .. } => TypeDefView::Flags {
            docs,
            name,
            derive: derive(&FLAGS_DERIVES),
            bits: flags_bits(flags.len()),
            all: format!("{:#x}", (1u64 << flags.len()) - 1),
            full: matches!(flags.len(), 8 | 16 | 32),
            flags: flags
                .iter()
                .enumerate()
                .map(|(i, f)| FlagView {
                    docs: Naming::doc_lines(f.docs.as_deref()),
                    name: naming.shouty(&f.name),
                    bit: format!("1 << {i}"),
                    wit_name: format!("{:?}", f.name),
                })
                .collect(),
        },
        TypeKind::Resource => {
            let abi = resource?;
            // The `#[link]`s and the guard sit in function bodies, two
            // levels into the type's module.
            let body = base + 8;
            let link = |import: &CoreImport| LinkedImport {
                name: import.name.clone(),
                link: layout::link_attribute(body, &import.module),
            };
            match (naming.owner_context(def.owner, side), &abi.new, &abi.rep) {
                (Side::Export, Some(new), Some(rep)) => {
                    let guest = naming.guest_trait(index);
                    TypeDefView::ResourceExport {
                        docs,
                        guard: layout::macro_call(
                            body,
                            "assert!",
                            &[
                                "first == id".to_string(),
                                format!("\"two types implement {guest}\""),
                            ],
                            ";",
                        ),
                        accessors: Box::new(Accessors::new(base + 4, &guest)),
                        marker: layout::field(
                            base + 4,
                            &format!("_marker: core::marker::PhantomData<&'a {name}>"),
                        ),
                        borrow: naming.borrow_name(index),
                        name,
                        drop: link(&abi.drop),
                        new: link(new),
                        rep: link(rep),
                    }
                }
                _ => TypeDefView::ResourceImport {
                    docs,
                    name,
                    drop: link(&abi.drop),
                },
            }
        }
        TypeKind::Alias { target } => {
            let borrow = match target {
                Type::Id(target) => match speller.resource(*target, side) {
                    (resource, Side::Export)
                        if matches!(ir.types[resource].kind, TypeKind::Resource) =>
                    {
                        let module_of = naming.type_module(resource, Side::Export);
                        let path =
                            Naming::relative(module, &module_of, &naming.borrow_name(resource));
                        Some(layout::alias_rhs(
                            base,
                            &format!("pub type {name}Borrow<'a>"),
                            &format!("{path}<'a>"),
                        ))
                    }
                    _ => None,
                },
                _ => None,
            };
            let target = speller.owned(*target, side);
            TypeDefView::Alias {
                docs,
                rhs: layout::alias_rhs(base, &format!("pub type {name}{generics}"), &target),
                name,
                generics,
                borrow,
            }
        }
        TypeKind::Future { .. } | TypeKind::Stream { .. } => return None,
        _ => {
            let target = speller.structure(index, side);
            TypeDefView::Alias {
                docs,
                rhs: layout::alias_rhs(base, &format!("pub type {name}{generics}"), &target),
                name,
                generics,
                borrow: None,
            }
        }
    })
}
