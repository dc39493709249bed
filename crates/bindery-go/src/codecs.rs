//! Codecs: one set of converters per IR codec, written into each Go package
//! that calls them, in the IR's dependency order. A composite's converters
//! call its children's by name (`wit_lower_point`, `wit_runtime.LowerU32`),
//! so no template ever recurses.
//!
//! Go packages cannot import each other in a cycle, and the import wrappers
//! of an interface must live in the interface's package; so rather than one
//! shared codec package, each package gets private copies of exactly the
//! converters its functions reach (only the directions they use).
//!
//! Every converter works on flat *slots* (`[]uint64`, each core value
//! widened: i32 and f32 bits zero-extended) or on memory. With slots, a
//! variant's joined flat types need no casts: a payload's values are copied
//! into the variant's slots as they are, which is exactly the Canonical
//! ABI's join (i32/f32 bits zero-extend to i64, and narrow back).

use std::collections::BTreeMap;

use askama::Template;
use bindery_ir::{CodecIndex, FlagsRepr, Int, Type, TypeKind};

use crate::naming;
use crate::runtime::{Op, RuntimeUse, prim_name};
use crate::spell::{At, Imports};
use crate::world::{Dir, GoWorld, Pkg};

/// The directions in use of one codec in one package.
#[derive(Debug, Clone, Copy, Default)]
pub struct Uses {
    pub lower: bool,
    pub lift: bool,
    pub store: bool,
    pub load: bool,
}

impl Uses {
    fn get(&mut self, op: Op) -> &mut bool {
        match op {
            Op::Lower => &mut self.lower,
            Op::Lift => &mut self.lift,
            Op::Store => &mut self.store,
            Op::Load => &mut self.load,
        }
    }
}

/// Codec function names for the whole world (`list<u8>` → `list_u8`).
pub struct CodecNames {
    names: Vec<String>,
    /// For a codec of a type that holds an exported resource: the name of
    /// its import-side copy in an export-side package (see [`Key`]).
    imported: Vec<String>,
}

impl CodecNames {
    pub fn new(world: &GoWorld<'_>) -> Self {
        let shorts: Vec<String> = world
            .ir
            .codecs
            .iter()
            .map(|c| naming::short_codec_name(&c.name))
            .collect();
        // The plain names are claimed first, so they never change when a
        // world gains an import-side copy.
        let texts: Vec<String> = shorts
            .iter()
            .cloned()
            .chain(shorts.iter().map(|s| format!("{s}_import")))
            .collect();
        let mut all = naming::unique_sanitized(texts.iter().map(String::as_str));
        let imported = all.split_off(shorts.len());
        CodecNames {
            names: all,
            imported,
        }
    }

    fn name(&self, key: Key) -> &str {
        if key.import_side {
            &self.imported[key.codec]
        } else {
            &self.names[key.codec]
        }
    }
}

/// A codec as one package writes it. An export-side package normally
/// converts types as the export side sees them; a world-level export names
/// the imported types though (its `use` names imports), so its entry point
/// in `main` gets import-side copies of the codecs of types that hold an
/// exported resource. Other codecs read the same from both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    codec: CodecIndex,
    import_side: bool,
}

impl Key {
    fn of(world: &GoWorld<'_>, codec: CodecIndex, at: At) -> Key {
        let import_side = at.in_export_pkg()
            && at.dir == Dir::Import
            && world.contains_exported(world.ir.codecs[codec].ty);
        Key { codec, import_side }
    }
}

/// How a parent calls a child's converters.
#[derive(Debug, Clone)]
pub struct Part {
    pub lower: String,
    pub lift: String,
    pub store: String,
    pub load: String,
}

/// The converters one package needs.
#[derive(Debug, Default)]
pub struct PkgCodecs {
    uses: BTreeMap<Key, Uses>,
}

impl PkgCodecs {
    /// Records that the package converts `ty` in direction `op` for code
    /// at `at`, and what that converter calls in turn.
    pub fn need(&mut self, world: &GoWorld<'_>, ty: Type, op: Op, at: At, rt: &mut RuntimeUse) {
        let ty = world.ir.unalias(ty);
        let Type::Id(index) = ty else {
            rt.prim(ty, op);
            return;
        };
        let Some(codec) = world.ir.def(index).codec else {
            return;
        };
        let used = self
            .uses
            .entry(Key::of(world, codec, at))
            .or_default()
            .get(op);
        if *used {
            return;
        }
        *used = true;
        let rep = world.ir.codecs[codec].ty;
        let flat_op = |op| match op {
            Op::Store => Op::Lower,
            Op::Load => Op::Lift,
            other => other,
        };
        let memory_op = |op| match op {
            Op::Lower | Op::Store => Op::Store,
            Op::Lift | Op::Load => Op::Load,
        };
        match &world.ir.def(rep).kind {
            TypeKind::List { element, .. } => {
                if matches!(op, Op::Store | Op::Load) {
                    self.need(world, ty, flat_op(op), at, rt);
                    rt.prim(Type::U32, op);
                } else if element.is_plain_number() {
                    match op {
                        Op::Lower => rt.pin_slice = true,
                        _ => rt.lift_slice = true,
                    }
                } else {
                    self.need(world, *element, memory_op(op), at, rt);
                }
            }
            TypeKind::Map { key, value, .. } => {
                if matches!(op, Op::Store | Op::Load) {
                    self.need(world, ty, flat_op(op), at, rt);
                    rt.prim(Type::U32, op);
                } else {
                    self.need(world, *key, memory_op(op), at, rt);
                    self.need(world, *value, memory_op(op), at, rt);
                }
            }
            // In memory, discriminants, flags and handles are stored with
            // the integer converters; in slots they are written inline.
            TypeKind::Enum { tag, .. } => memory_prim(rt, int_type(*tag), op),
            TypeKind::Variant { tag, .. } => {
                memory_prim(rt, int_type(*tag), op);
                self.children(world, rep, op, at, rt);
            }
            TypeKind::Option { .. } | TypeKind::Result { .. } => {
                memory_prim(rt, Type::U8, op);
                self.children(world, rep, op, at, rt);
            }
            TypeKind::Flags { repr, .. } => memory_prim(rt, flags_type(*repr), op),
            TypeKind::Handle { .. } => memory_prim(rt, Type::S32, op),
            _ => self.children(world, rep, op, at, rt),
        }
    }

    fn children(&mut self, world: &GoWorld<'_>, rep: usize, op: Op, at: At, rt: &mut RuntimeUse) {
        for child in world.ir.def(rep).kind.children() {
            self.need(world, child, op, at, rt);
        }
    }

    /// The converters, in dependency order, laid out for package `at`.
    pub fn views(
        &self,
        world: &GoWorld<'_>,
        names: &CodecNames,
        at: At,
        imports: &mut Imports,
    ) -> Vec<CodecView> {
        let mut views = Vec::new();
        for (key, uses) in &self.uses {
            let at = if key.import_side {
                At {
                    dir: Dir::Import,
                    ..at
                }
            } else {
                at
            };
            let builder = ViewBuilder { world, names, at };
            if let Some(view) = builder.view(*key, *uses, imports) {
                views.push(view);
            }
        }
        views
    }
}

fn memory_prim(rt: &mut RuntimeUse, ty: Type, op: Op) {
    if matches!(op, Op::Store | Op::Load) {
        rt.prim(ty, op);
    }
}

pub fn int_type(int: Int) -> Type {
    match int {
        Int::U8 => Type::U8,
        Int::U16 => Type::U16,
        Int::U32 | Int::U64 => Type::U32,
    }
}

pub fn flags_type(repr: FlagsRepr) -> Type {
    match repr {
        FlagsRepr::U8 => Type::U8,
        FlagsRepr::U16 => Type::U16,
        FlagsRepr::U32(_) => Type::U32,
    }
}

/// The converters of a type, as its parent (or a function) at `at` calls them.
pub fn part(world: &GoWorld<'_>, names: &CodecNames, ty: Type, at: At) -> Part {
    let converter = |op| converter(world, names, ty, at, op);
    Part {
        lower: converter(Op::Lower),
        lift: converter(Op::Lift),
        store: converter(Op::Store),
        load: converter(Op::Load),
    }
}

/// One converter of [`part`]: what a function's glue calls, which needs
/// only the one it uses.
pub fn converter(world: &GoWorld<'_>, names: &CodecNames, ty: Type, at: At, op: Op) -> String {
    match world.ir.unalias(ty) {
        Type::Id(index) => {
            let base = world
                .ir
                .def(index)
                .codec
                .map_or("none", |c| names.name(Key::of(world, c, at)));
            let op = match op {
                Op::Lower => "wit_lower_",
                Op::Lift => "wit_lift_",
                Op::Store => "wit_store_",
                Op::Load => "wit_load_",
            };
            [op, base].concat()
        }
        prim => {
            let op = match op {
                Op::Lower => "wit_runtime.Lower",
                Op::Lift => "wit_runtime.Lift",
                Op::Store => "wit_runtime.Store",
                Op::Load => "wit_runtime.Load",
            };
            [op, prim_name(prim)].concat()
        }
    }
}

/// Flat slot ranges (`0:1`, `1:3`) of consecutive values.
pub fn slot_ranges(world: &GoWorld<'_>, types: &[Type], start: usize) -> Vec<String> {
    let mut at = start;
    types
        .iter()
        .map(|ty| {
            let n = world.ir.flat(*ty).map_or(0, |f| f.len());
            let range = format!("{at}:{}", at + n);
            at += n;
            range
        })
        .collect()
}

/// What every converter template starts from.
#[derive(Debug)]
pub struct Head {
    /// Name suffix: `wit_lower_{{ base }}`.
    pub base: String,
    /// The Go type converted.
    pub go: String,
    pub uses: Uses,
}

/// A record field or tuple element.
#[derive(Debug)]
pub struct Member {
    pub name: String,
    pub part: Part,
    pub slots: String,
    pub offset: u32,
}

/// A variant, option or result case.
#[derive(Debug)]
pub struct Case {
    pub index: usize,
    /// Getter of the payload (`Circle`, `Some`, `Ok`).
    pub getter: String,
    /// Constructor expression, called with the payload (`pkg.MakeShapeCircle`,
    /// `wit_types.Some[uint32]`).
    pub maker: String,
    /// The argument of a payload-less result case (`wit_types.Unit{}`).
    pub unit: String,
    pub payload: Option<Member>,
}

/// One fixed-length-list element in flat form.
#[derive(Debug)]
pub struct Slot {
    pub index: u32,
    pub slots: String,
}

#[derive(Debug)]
pub enum HandleKind {
    /// An imported resource lent to an export: dropped when the export returns.
    LentImport,
    /// Anything else: the handle (or rep) converts directly.
    Plain,
}

#[derive(Template)]
pub enum CodecView {
    #[template(path = "codecs/record.go")]
    Record { head: Head, members: Vec<Member> },
    #[template(path = "codecs/variant.go")]
    Variant {
        head: Head,
        /// Some case has a payload (else nothing to switch on).
        any_payload: bool,
        tag: &'static str,
        tag_go: &'static str,
        cases: Vec<Case>,
    },
    #[template(path = "codecs/enum.go")]
    Enum {
        head: Head,
        tag: &'static str,
        count: usize,
    },
    #[template(path = "codecs/flags.go")]
    Flags {
        head: Head,
        repr: &'static str,
        mask: String,
    },
    #[template(path = "codecs/list.go")]
    List {
        head: Head,
        plain: bool,
        element: Part,
        element_go: String,
        size: u32,
        align: u32,
    },
    #[template(path = "codecs/map.go")]
    Map {
        head: Head,
        key: Part,
        value: Part,
        size: u32,
        align: u32,
        value_offset: u32,
    },
    #[template(path = "codecs/fixed.go")]
    Fixed {
        head: Head,
        element: Part,
        slots: Vec<Slot>,
        length: u32,
        size: u32,
    },
    #[template(path = "codecs/handle.go")]
    Handle {
        head: Head,
        /// `TakeHandle` (own) or `Handle` (borrow).
        take: &'static str,
        /// `pkg.RFromOwnHandle`…
        from: String,
        kind: HandleKind,
    },
}

struct ViewBuilder<'w, 'a> {
    world: &'w GoWorld<'a>,
    names: &'w CodecNames,
    at: At,
}

impl ViewBuilder<'_, '_> {
    fn part(&self, ty: Type) -> Part {
        part(self.world, self.names, ty, self.at)
    }

    fn spell(&self, ty: Type, imports: &mut Imports) -> String {
        self.world
            .spell(self.world.ir.unalias(ty), self.at, imports)
    }

    fn view(&self, key: Key, uses: Uses, imports: &mut Imports) -> Option<CodecView> {
        let world = self.world;
        let rep = world.ir.codecs[key.codec].ty;
        let def = world.ir.def(rep);
        let head = Head {
            base: self.names.name(key).to_string(),
            go: self.spell(Type::Id(rep), imports),
            uses,
        };
        Some(match &def.kind {
            TypeKind::Record { fields } => {
                let types: Vec<Type> = fields.iter().map(|f| f.ty).collect();
                let slots = slot_ranges(world, &types, 0);
                let field_names = world
                    .home(rep, self.at.dir)
                    .and_then(|home| world.type_names(home, rep))
                    .map(|n| n.fields.clone())
                    .unwrap_or_default();
                let members = fields
                    .iter()
                    .zip(slots)
                    .enumerate()
                    .map(|(i, (field, slots))| Member {
                        name: field_names.get(i).cloned().unwrap_or_default(),
                        part: self.part(field.ty),
                        slots,
                        offset: field.offset,
                    })
                    .collect();
                CodecView::Record { head, members }
            }
            TypeKind::Tuple { types, offsets } => {
                let slots = slot_ranges(world, types, 0);
                let members = types
                    .iter()
                    .zip(slots)
                    .zip(offsets)
                    .enumerate()
                    .map(|(i, ((ty, slots), offset))| Member {
                        name: format!("F{i}"),
                        part: self.part(*ty),
                        slots,
                        offset: *offset,
                    })
                    .collect();
                CodecView::Record { head, members }
            }
            TypeKind::Variant {
                cases,
                tag,
                payload_offset,
            } => {
                let names = world
                    .home(rep, self.at.dir)
                    .and_then(|home| world.type_names(home, rep).map(|n| (home, n)));
                let (qualifier, makers, getters) = match names {
                    Some((home, n)) => (
                        world.qualifier(home, self.at, imports),
                        &n.makers[..],
                        &n.getters[..],
                    ),
                    None => ("", &[][..], &[][..]),
                };
                let cases: Vec<Case> = cases
                    .iter()
                    .enumerate()
                    .map(|(i, case)| Case {
                        index: i,
                        getter: getters.get(i).cloned().unwrap_or_default(),
                        maker: format!("{qualifier}{}", makers.get(i).map_or("", String::as_str)),
                        unit: String::new(),
                        payload: case.ty.map(|ty| self.payload(ty, *payload_offset)),
                    })
                    .collect();
                CodecView::Variant {
                    head,
                    any_payload: cases.iter().any(|c: &Case| c.payload.is_some()),
                    tag: prim_name(int_type(*tag)),
                    tag_go: crate::spell::primitive(int_type(*tag)),
                    cases,
                }
            }
            TypeKind::Option {
                payload,
                payload_offset,
            } => {
                let types = world.qualifier(Pkg::Types, self.at, imports);
                let go = self.spell(*payload, imports);
                let cases = vec![
                    Case {
                        index: 0,
                        getter: String::new(),
                        maker: format!("{types}None[{go}]"),
                        unit: String::new(),
                        payload: None,
                    },
                    Case {
                        index: 1,
                        getter: "Some".into(),
                        maker: format!("{types}Some[{go}]"),
                        unit: String::new(),
                        payload: Some(self.payload(*payload, *payload_offset)),
                    },
                ];
                CodecView::Variant {
                    head,
                    any_payload: true,
                    tag: "U8",
                    tag_go: "uint8",
                    cases,
                }
            }
            TypeKind::Result {
                ok,
                err,
                payload_offset,
            } => {
                let types = world.qualifier(Pkg::Types, self.at, imports);
                let ok_go = world.spell_or_unit(ok.map(|t| world.ir.unalias(t)), self.at, imports);
                let err_go =
                    world.spell_or_unit(err.map(|t| world.ir.unalias(t)), self.at, imports);
                let case = |index: usize, getter: &str, side: &Option<Type>| Case {
                    index,
                    getter: getter.to_string(),
                    maker: format!("{types}{getter}[{ok_go}, {err_go}]"),
                    unit: if side.is_none() {
                        format!("{types}Unit{{}}")
                    } else {
                        String::new()
                    },
                    payload: side.map(|ty| self.payload(ty, *payload_offset)),
                };
                let cases = vec![case(0, "Ok", ok), case(1, "Err", err)];
                CodecView::Variant {
                    head,
                    any_payload: ok.is_some() || err.is_some(),
                    tag: "U8",
                    tag_go: "uint8",
                    cases,
                }
            }
            TypeKind::Enum { cases, tag } => CodecView::Enum {
                head,
                tag: prim_name(int_type(*tag)),
                count: cases.len(),
            },
            TypeKind::Flags { flags, repr } => CodecView::Flags {
                head,
                repr: prim_name(flags_type(*repr)),
                mask: flags_mask(flags.len()),
            },
            TypeKind::List {
                element,
                element_size,
                element_align,
            } => CodecView::List {
                plain: element.is_plain_number(),
                element: self.part(*element),
                element_go: self.spell(*element, imports),
                size: *element_size,
                align: *element_align,
                head,
            },
            TypeKind::Map {
                key,
                value,
                entry_size,
                entry_align,
                value_offset,
            } => CodecView::Map {
                head,
                key: self.part(*key),
                value: self.part(*value),
                size: *entry_size,
                align: *entry_align,
                value_offset: *value_offset,
            },
            TypeKind::FixedLengthList {
                element,
                length,
                element_size,
            } => {
                let per = world.ir.flat(*element).map_or(0, |f| f.len());
                let slots = (0..*length)
                    .map(|i| Slot {
                        index: i,
                        slots: format!("{}:{}", i as usize * per, (i as usize + 1) * per),
                    })
                    .collect();
                CodecView::Fixed {
                    head,
                    element: self.part(*element),
                    slots,
                    length: *length,
                    size: *element_size,
                }
            }
            TypeKind::Handle {
                ownership,
                resource,
                ..
            } => self.handle(head, *ownership, *resource, imports),
            _ => return None,
        })
    }

    fn payload(&self, ty: Type, offset: u32) -> Member {
        let n = self.world.ir.flat(ty).map_or(0, |f| f.len());
        Member {
            name: String::new(),
            part: self.part(ty),
            slots: format!("1:{}", 1 + n),
            offset,
        }
    }

    fn handle(
        &self,
        head: Head,
        ownership: bindery_ir::Ownership,
        resource: usize,
        imports: &mut Imports,
    ) -> CodecView {
        let world = self.world;
        let resource = world.resource_of(resource);
        let exported = world.handle_is_exported(resource, self.at.dir);
        let home = world.home(resource, self.at.dir);
        let names = home.and_then(|h| world.type_names(h, resource));
        let qualifier = home.map_or("", |h| world.qualifier(h, self.at, imports));
        let own = ownership == bindery_ir::Ownership::Own;
        let from = match names {
            Some(n) if own => format!("{qualifier}{}", n.from_own),
            Some(n) => format!("{qualifier}{}", n.from_borrow),
            None => "nil".into(),
        };
        let kind = if !own && !exported && self.at.in_export_pkg() {
            HandleKind::LentImport
        } else {
            HandleKind::Plain
        };
        CodecView::Handle {
            head,
            take: if own { "TakeHandle" } else { "Handle" },
            from,
            kind,
        }
    }
}

/// The bits of `count` flags, as a Go hex literal.
fn flags_mask(count: usize) -> String {
    let mask: u64 = if count >= 64 {
        u64::MAX
    } else {
        (1u64 << count) - 1
    };
    format!("{mask:#x}")
}
