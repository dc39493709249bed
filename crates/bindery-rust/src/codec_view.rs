//! Codec instances → template values: one template per shape, holding the
//! function names, slot ranges and memory offsets each converter prints.

use askama::Template;
use bindery_ir::{Ir, Type};

use crate::codecs::{Child, Codecs, Dir, Instance, Ref, Shape, int_name};

/// A child converter as a composite's template calls it.
#[derive(Debug, Clone)]
pub struct Part {
    pub lower: String,
    pub lift: String,
    pub store: String,
    pub load: String,
    /// Flat slot range within the parent's slots (`1..3`).
    pub slots: String,
    /// Where it lives in memory (`ptr`, `ptr.add(4)`).
    pub at: String,
    /// `&` to pass a field by reference; empty when it is one already
    /// (`&str` in a borrowed tuple).
    pub pass: &'static str,
}

#[derive(Debug)]
pub struct Field {
    pub name: String,
    pub part: Part,
}

impl std::ops::Deref for Field {
    type Target = Part;
    fn deref(&self) -> &Part {
        &self.part
    }
}

#[derive(Debug)]
pub struct Element {
    pub index: usize,
    pub part: Part,
}

impl std::ops::Deref for Element {
    type Target = Part;
    fn deref(&self) -> &Part {
        &self.part
    }
}

#[derive(Debug)]
pub struct Case {
    pub name: String,
    pub index: usize,
    /// `Ok(())` / `Err(())`: a result case without payload.
    pub unit: bool,
    pub payload: Option<Part>,
}

#[derive(Debug)]
pub enum HandleTarget {
    Own,
    /// A borrowed imported handle, kept alive until the export returns:
    /// the resource's path, or `_Resource` with the `use` that names it so
    /// (a `--with` path can be long, and how rustfmt breaks the call
    /// depends on its length).
    Lent {
        resource: String,
        import: Option<String>,
    },
    /// A borrow of an exported resource: its rep.
    Rep,
}

/// One instance's converters; only the directions in use are written.
#[derive(Template)]
pub enum CodecView {
    #[template(path = "codec/record.rs")]
    Record {
        head: Head,
        fields: Vec<Field>,
        /// `T { x: load_u8(ptr) }` fits rustfmt's struct literal width.
        load_inline: bool,
    },
    #[template(path = "codec/tuple.rs")]
    Tuple {
        head: Head,
        elements: Vec<Element>,
        value: String,
    },
    #[template(path = "codec/variant.rs")]
    Variant {
        head: Head,
        cases: Vec<Case>,
        tag: &'static str,
        /// Every value of the tag is a case: a load needs no fallback arm.
        exhaustive: bool,
    },
    #[template(path = "codec/enum.rs")]
    Enum {
        head: Head,
        cases: Vec<String>,
        tag: &'static str,
        exhaustive: bool,
    },
    #[template(path = "codec/flags.rs")]
    Flags { head: Head, bits: &'static str },
    #[template(path = "codec/list.rs")]
    List {
        head: Head,
        plain: bool,
        align: u32,
        element_store: String,
        element_load: String,
        offset_of_i: String,
        bytes_of_v: String,
        bytes_of_len: String,
    },
    #[template(path = "codec/map.rs")]
    Map {
        head: Head,
        /// `std` or `::alloc`: where `collections::BTreeMap` is.
        alloc: &'static str,
        align: u32,
        key_store: String,
        key_load: String,
        value_store: String,
        value_load: String,
        value_offset: u32,
        offset_of_i: String,
        bytes_of_v: String,
        bytes_of_len: String,
    },
    #[template(path = "codec/fixed.rs")]
    Fixed {
        head: Head,
        element_lower: String,
        element_lift: String,
        element_store: String,
        element_load: String,
        slots_of_i: String,
        offset_of_i: String,
    },
    #[template(path = "codec/handle.rs")]
    Handle {
        head: Head,
        owned: bool,
        target: HandleTarget,
        /// Owned handles are only lent while a value is lowered into a
        /// future or stream buffer (the world has some).
        lending: bool,
    },
}

/// What every converter template starts from.
#[derive(Debug)]
pub struct Head {
    pub id: usize,
    pub lower: bool,
    pub lift: bool,
    pub store: bool,
    pub load: bool,
    /// Type of the value a lowering function reads (`T3`, `[T2]`).
    pub param: String,
    /// Type a lifting function returns (`T3`, `T3<'static>`).
    pub result: String,
}

impl std::ops::Deref for CodecView {
    type Target = Head;
    fn deref(&self) -> &Head {
        match self {
            CodecView::Record { head, .. }
            | CodecView::Tuple { head, .. }
            | CodecView::Variant { head, .. }
            | CodecView::Enum { head, .. }
            | CodecView::Flags { head, .. }
            | CodecView::List { head, .. }
            | CodecView::Map { head, .. }
            | CodecView::Fixed { head, .. }
            | CodecView::Handle { head, .. } => head,
        }
    }
}

/// `type T<n> = …;` for one instance.
#[derive(Debug)]
pub struct AliasView {
    pub name: String,
    /// What follows `=`, laid out as rustfmt lays it out.
    pub rhs: String,
}

fn exhaustive(tag: bindery_ir::Int, cases: usize) -> bool {
    match tag {
        bindery_ir::Int::U8 => cases == 1 << 8,
        bindery_ir::Int::U16 => cases == 1 << 16,
        _ => false,
    }
}

pub fn flat_len(ir: &Ir, ty: Type) -> usize {
    ir.flat(ty).map_or(0, |flat| flat.len())
}

fn at(offset: u32) -> String {
    if offset == 0 {
        "ptr".to_string()
    } else {
        format!("ptr.add({offset})")
    }
}

/// `i * size` without a useless `* 1`.
fn times(var: &str, size: u32) -> String {
    if size == 1 {
        var.to_string()
    } else {
        format!("{var} * {size}")
    }
}

fn part(ir: &Ir, child: &Child, first_slot: usize, offset: u32) -> Part {
    let len = flat_len(ir, child.ty);
    Part {
        lower: Codecs::function(child.conv, Dir::Lower),
        lift: Codecs::function(child.conv, Dir::Lift),
        store: Codecs::function(child.conv, Dir::Store),
        load: Codecs::function(child.conv, Dir::Load),
        slots: format!("{first_slot}..{}", first_slot + len),
        at: at(offset),
        pass: if child.text.starts_with('&') { "" } else { "&" },
    }
}

pub fn alias(codecs: &Codecs, inst: &Instance) -> AliasView {
    let name = codecs.text(Ref::Inst(inst.id));
    AliasView {
        rhs: crate::layout::alias_rhs(4, &format!("pub type {name}"), &inst.alias),
        name,
    }
}

pub fn view(ir: &Ir, codecs: &Codecs, inst: &Instance) -> CodecView {
    let id = inst.id;
    let head = Head {
        id,
        lower: inst.needs.contains(&Dir::Lower),
        lift: inst.needs.contains(&Dir::Lift),
        store: inst.needs.contains(&Dir::Store),
        load: inst.needs.contains(&Dir::Load),
        param: codecs.lower_param(id),
        result: codecs.lift_result(id),
    };
    let offsets = match &ir.types[inst.ty].kind {
        bindery_ir::TypeKind::Record { fields } => fields.iter().map(|f| f.offset).collect(),
        bindery_ir::TypeKind::Tuple { offsets, .. } => offsets.clone(),
        _ => Vec::new(),
    };
    let sequence = |children: Vec<&Child>| -> Vec<Part> {
        let mut slot = 0;
        children
            .into_iter()
            .zip(&offsets)
            .map(|(child, offset)| {
                let part = part(ir, child, slot, *offset);
                slot += flat_len(ir, child.ty);
                part
            })
            .collect()
    };
    match &inst.shape {
        Shape::Record { fields } => {
            let parts = sequence(fields.iter().map(|(_, c)| c).collect());
            let fields: Vec<Field> = fields
                .iter()
                .zip(parts)
                .map(|((name, _), part)| Field {
                    name: name.clone(),
                    part,
                })
                .collect();
            let load_inline = match fields.as_slice() {
                [f] => format!("{}: {}({})", f.name, f.load, f.at).len() <= 18,
                _ => false,
            };
            CodecView::Record {
                head,
                fields,
                load_inline,
            }
        }
        Shape::Tuple { elements } => {
            let parts = sequence(elements.iter().collect());
            let names: Vec<String> = (0..parts.len()).map(|i| format!("e{i}")).collect();
            let elements = parts
                .into_iter()
                .enumerate()
                .map(|(index, part)| Element { index, part })
                .collect();
            CodecView::Tuple {
                head,
                elements,
                value: crate::spell::tuple(names),
            }
        }
        Shape::Variant {
            cases,
            tag,
            payload_offset,
        } => {
            let cases: Vec<Case> = cases
                .iter()
                .enumerate()
                .map(|(index, (name, payload))| Case {
                    name: name.clone(),
                    index,
                    unit: false,
                    payload: payload.as_ref().map(|c| part(ir, c, 1, *payload_offset)),
                })
                .collect();
            CodecView::Variant {
                exhaustive: exhaustive(*tag, cases.len()),
                head,
                cases,
                tag: int_name(*tag),
            }
        }
        Shape::Option {
            payload,
            payload_offset,
        } => {
            let cases = vec![
                Case {
                    name: "None".to_string(),
                    index: 0,
                    unit: false,
                    payload: None,
                },
                Case {
                    name: "Some".to_string(),
                    index: 1,
                    unit: false,
                    payload: Some(part(ir, payload, 1, *payload_offset)),
                },
            ];
            CodecView::Variant {
                head,
                cases,
                tag: "u8",
                exhaustive: false,
            }
        }
        Shape::Result {
            ok,
            err,
            payload_offset,
        } => {
            let case = |name: &str, index, child: &Option<Child>| Case {
                name: name.to_string(),
                index,
                unit: child.is_none(),
                payload: child.as_ref().map(|c| part(ir, c, 1, *payload_offset)),
            };
            CodecView::Variant {
                head,
                cases: vec![case("Ok", 0, ok), case("Err", 1, err)],
                tag: "u8",
                exhaustive: false,
            }
        }
        Shape::Enum { cases, tag } => CodecView::Enum {
            head,
            exhaustive: exhaustive(*tag, cases.len()),
            cases: cases.clone(),
            tag: int_name(*tag),
        },
        Shape::Flags { bits } => CodecView::Flags { head, bits },
        Shape::List {
            element,
            size,
            align,
            plain,
        } => CodecView::List {
            head,
            plain: *plain,
            align: *align,
            element_store: Codecs::function(element.conv, Dir::Store),
            element_load: Codecs::function(element.conv, Dir::Load),
            offset_of_i: times("i", *size),
            bytes_of_v: times("v.len()", *size),
            bytes_of_len: times("len", *size),
        },
        Shape::Map {
            key,
            value,
            size,
            align,
            value_offset,
        } => CodecView::Map {
            head,
            alloc: codecs.std().alloc,
            align: *align,
            key_store: Codecs::function(key.conv, Dir::Store),
            key_load: Codecs::function(key.conv, Dir::Load),
            value_store: Codecs::function(value.conv, Dir::Store),
            value_load: Codecs::function(value.conv, Dir::Load),
            value_offset: *value_offset,
            offset_of_i: times("i", *size),
            bytes_of_v: times("v.len()", *size),
            bytes_of_len: times("len", *size),
        },
        Shape::Fixed { element, size, .. } => {
            let len = flat_len(ir, element.ty) as u32;
            let slots_of_i = if len == 1 {
                "i..i + 1".to_string()
            } else {
                format!("i * {len}..(i + 1) * {len}")
            };
            CodecView::Fixed {
                head,
                element_lower: Codecs::function(element.conv, Dir::Lower),
                element_lift: Codecs::function(element.conv, Dir::Lift),
                element_store: Codecs::function(element.conv, Dir::Store),
                element_load: Codecs::function(element.conv, Dir::Load),
                slots_of_i,
                offset_of_i: times("i", *size),
            }
        }
        Shape::Own => CodecView::Handle {
            head,
            owned: true,
            target: HandleTarget::Own,
            lending: codecs.lending,
        },
        Shape::BorrowImported { resource, external } => CodecView::Handle {
            head,
            owned: false,
            target: match external {
                false => HandleTarget::Lent {
                    resource: resource.clone(),
                    import: None,
                },
                true => HandleTarget::Lent {
                    resource: "_Resource".to_string(),
                    import: Some(resource.clone()),
                },
            },
            lending: false,
        },
        Shape::BorrowExported => CodecView::Handle {
            head,
            owned: false,
            target: HandleTarget::Rep,
            lending: false,
        },
    }
}
