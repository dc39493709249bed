//! Converters: one set per IR codec and side, in `__BinderyCodecs`, each
//! calling its parts' converters by name (`Lower_point`, `__BinderyAbi.LiftU32`),
//! so no template recurses.
//!
//! A converter works on flat *slots* (`ulong*`, each core value widened:
//! i32 and f32 bits zero-extended, as the Canonical ABI joins variant
//! payloads) or on linear memory (`nint` addresses):
//!
//! - `Lower_x(value, slots, cleanup)` / `Lift_x(slots)`: the flat form;
//! - `Store_x(value, address, cleanup)` / `Load_x(address)`: the memory form.
//!
//! Lowering allocates strings and lists with `__BinderyAbi.Alloc` and
//! records each block in `cleanup`, freed when the import call returns or
//! in the export's post-return. Lifting takes ownership of what the other
//! side allocated and frees each block once read. Sizes, alignments,
//! offsets and slot positions all come from the IR.

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use bindery_ir::{CodecIndex, FlagsRepr, Int, Ownership, Type, TypeIndex, TypeKind};

use crate::naming;
use crate::world::{CsWorld, Dir};

/// A direction of conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Op {
    Lower,
    Lift,
    Store,
    Load,
}

impl Op {
    fn flat(self) -> Op {
        match self {
            Op::Store => Op::Lower,
            Op::Load => Op::Lift,
            other => other,
        }
    }

    fn memory(self) -> Op {
        match self {
            Op::Lower | Op::Store => Op::Store,
            Op::Lift | Op::Load => Op::Load,
        }
    }

    fn verb(self) -> &'static str {
        match self {
            Op::Lower => "Lower",
            Op::Lift => "Lift",
            Op::Store => "Store",
            Op::Load => "Load",
        }
    }
}

/// Which converters of one codec on one side are called.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
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

/// One codec as C# code on one side (the C# types of a codec can differ
/// between sides: an interface imported and exported has two copies).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CodecKey {
    pub codec: CodecIndex,
    pub dir: Dir,
}

/// The calls that convert one value, as a parent or a function writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    class: &'static str,
    /// What follows the verb: `_point`, `U32`.
    base: String,
}

impl Part {
    pub fn lower(&self) -> String {
        self.call(Op::Lower)
    }

    pub fn lift(&self) -> String {
        self.call(Op::Lift)
    }

    pub fn store(&self) -> String {
        self.call(Op::Store)
    }

    pub fn load(&self) -> String {
        self.call(Op::Load)
    }

    /// Only the calls a caller uses are spelled.
    fn call(&self, op: Op) -> String {
        [self.class, ".", op.verb(), &self.base].concat()
    }
}

/// The converters the world calls, collected while the functions are laid
/// out; then [`Codecs::views`] lays them out in dependency order.
#[derive(Debug)]
pub struct Codecs {
    /// Codecs whose C# types differ between the sides.
    split: BTreeSet<CodecIndex>,
    uses: BTreeMap<CodecKey, Uses>,
    /// Primitives converted (by position in `Type::PRIMITIVES`), for the
    /// runtime's helpers.
    pub primitives: BTreeSet<(usize, Op)>,
    /// Some borrowed import handle is lent to an export.
    pub lends: bool,
}

/// The C# class the converters live in.
pub const CODECS: &str = "__BinderyCodecs";
/// The C# class of the runtime helpers.
pub const ABI: &str = "__BinderyAbi";

impl Codecs {
    pub fn new(names: &CodecNames) -> Self {
        Codecs {
            split: names.split.clone(),
            uses: BTreeMap::new(),
            primitives: BTreeSet::new(),
            lends: false,
        }
    }

    /// Records that `ty` is converted by `op` on side `dir`, and what that
    /// converter calls in turn.
    pub fn need(&mut self, world: &CsWorld<'_>, ty: Type, op: Op, dir: Dir) {
        let ty = world.ir.unalias(ty);
        let Type::Id(index) = ty else {
            if let Some(position) = Type::PRIMITIVES.iter().position(|p| *p == ty) {
                self.primitives.insert((position, op));
            }
            return;
        };
        let Some(codec) = world.ir.def(index).codec else {
            return;
        };
        let key = canonical(&self.split, codec, dir);
        let used = self.uses.entry(key).or_default().get(op);
        if *used {
            return;
        }
        *used = true;
        let rep = world.ir.codecs[codec].ty;
        match &world.ir.def(rep).kind {
            TypeKind::List { element, .. } => {
                if matches!(op, Op::Store | Op::Load) {
                    self.need(world, ty, op.flat(), dir);
                } else if !crate::spell::is_number(*element) {
                    self.need(world, *element, op.memory(), dir);
                }
            }
            TypeKind::Map { key, value, .. } => {
                if matches!(op, Op::Store | Op::Load) {
                    self.need(world, ty, op.flat(), dir);
                } else {
                    self.need(world, *key, op.memory(), dir);
                    self.need(world, *value, op.memory(), dir);
                }
            }
            TypeKind::Handle {
                ownership,
                resource,
                ..
            } => {
                // In memory a handle goes through its flat converters.
                if matches!(op, Op::Store | Op::Load) {
                    self.need(world, ty, op.flat(), dir);
                }
                let exported = world.is_exported_resource(world.resource_of(*resource), dir);
                if *ownership == Ownership::Borrow && op.flat() == Op::Lift && !exported {
                    self.lends = true;
                }
            }
            kind => {
                for child in kind.children() {
                    self.need(world, child, op, dir);
                }
            }
        }
    }

    /// The converters, one view per codec and side, in the IR's codec
    /// order (dependencies first).
    pub fn views(&self, world: &CsWorld<'_>, names: &CodecNames) -> Vec<CodecView> {
        self.uses
            .iter()
            .filter_map(|(key, uses)| ViewBuilder { world, names }.view(*key, *uses))
            .collect()
    }
}

/// C# method names of every codec on each side: `point`, or `point_import`
/// and `point_export` when the sides' C# types differ.
#[derive(Debug)]
pub struct CodecNames {
    bases: BTreeMap<CodecKey, String>,
    split: BTreeSet<CodecIndex>,
}

/// The one key of a codec whose sides share their C# types.
fn canonical(split: &BTreeSet<CodecIndex>, codec: CodecIndex, dir: Dir) -> CodecKey {
    CodecKey {
        codec,
        dir: if split.contains(&codec) {
            dir
        } else {
            Dir::Import
        },
    }
}

impl CodecNames {
    pub fn new(world: &CsWorld<'_>) -> Self {
        let plain = naming::unique(
            world
                .ir
                .codecs
                .iter()
                .map(|c| world.naming.codec_base(&c.name)),
        );
        let mut bases = BTreeMap::new();
        let mut split_codecs = BTreeSet::new();
        for (index, base) in plain.into_iter().enumerate() {
            let rep = Type::Id(world.ir.codecs[index].ty);
            let split = world.spell(rep, Dir::Import) != world.spell(rep, Dir::Export);
            if split {
                split_codecs.insert(index);
            }
            for dir in [Dir::Import, Dir::Export] {
                let name = match (split, dir) {
                    (false, _) => base.clone(),
                    (true, Dir::Import) => format!("{base}_import"),
                    (true, Dir::Export) => format!("{base}_export"),
                };
                bases.insert(CodecKey { codec: index, dir }, name);
            }
        }
        CodecNames {
            bases,
            split: split_codecs,
        }
    }

    fn base(&self, key: CodecKey) -> &str {
        self.bases.get(&key).map_or("codec", String::as_str)
    }
}

/// The converters of a type on side `dir`, as a parent or function calls them.
pub fn part(world: &CsWorld<'_>, names: &CodecNames, ty: Type, dir: Dir) -> Part {
    let ty = world.ir.unalias(ty);
    let (class, base) = match ty {
        Type::Id(index) => match world.ir.def(index).codec {
            Some(codec) => (CODECS, format!("_{}", names.base(CodecKey { codec, dir }))),
            None => (CODECS, "_none".to_string()),
        },
        prim => (ABI, primitive_name(prim).to_string()),
    };
    Part { class, base }
}

/// How the runtime names a primitive's helpers (`LowerU32`).
pub fn primitive_name(ty: Type) -> &'static str {
    match ty {
        Type::Bool => "Bool",
        Type::U8 => "U8",
        Type::U16 => "U16",
        Type::U32 => "U32",
        Type::U64 => "U64",
        Type::S8 => "S8",
        Type::S16 => "S16",
        Type::S32 => "S32",
        Type::S64 => "S64",
        Type::F32 => "F32",
        Type::F64 => "F64",
        Type::Char => "Char",
        Type::String => "String",
        Type::ErrorContext | Type::Id(_) => "None",
    }
}

/// How many flat slots a value takes.
pub fn flat_len(world: &CsWorld<'_>, ty: Type) -> usize {
    world.ir.flat(ty).map_or(0, |f| f.len())
}

/// The C# integer type that holds a discriminant in memory.
pub fn int_type(int: Int) -> &'static str {
    match int {
        Int::U8 => "byte",
        Int::U16 => "ushort",
        Int::U32 | Int::U64 => "uint",
    }
}

/// What every converter template starts from.
#[derive(Debug)]
pub struct Head {
    /// The IR codec and side this converts: not printed, the tests hold
    /// the view against that codec's facts.
    #[cfg_attr(not(test), allow(dead_code))]
    pub key: CodecKey,
    /// `point` in `Lower_point`.
    pub base: String,
    /// The C# type converted.
    pub ty: String,
    pub uses: Uses,
}

/// A record field or tuple element.
#[derive(Debug)]
pub struct Member {
    /// How the value reads it: `value.x`, `value.Item2`, or `value`.
    pub read: String,
    pub part: Part,
    /// First flat slot.
    pub slot: usize,
    /// Byte offset in memory.
    pub offset: u32,
}

/// A variant or result case.
#[derive(Debug)]
pub struct Case {
    pub index: usize,
    /// The value's payload: `value.AsCircle` (with a payload).
    pub read: String,
    /// The lifted value: `make_open` payload `make_close`, or `make_open`
    /// `make_close` alone without a payload.
    pub make_open: String,
    pub make_close: String,
    pub payload: Option<CasePayload>,
}

#[derive(Debug)]
pub struct CasePayload {
    pub part: Part,
}

/// A 32-bit word of flags.
#[derive(Debug)]
pub struct FlagsWord {
    pub slot: usize,
    pub offset: u32,
    pub shift: u32,
}

/// How a handle converts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandleKind {
    /// An imported resource passed as `own`: the C# object gives its handle up.
    ImportOwn,
    /// An imported resource lent (`borrow`): lifted on the export side as a
    /// new object that is dropped when the export returns.
    ImportBorrow,
    /// A resource the guest implements, `own`: `[resource-new]` or the
    /// handle the object holds.
    ExportOwn,
    /// A resource the guest implements, `borrow`: the core value is the rep.
    ExportBorrow,
}

#[derive(Template)]
pub enum CodecView {
    #[template(path = "codecs/fields.cs")]
    Fields {
        head: Head,
        /// `new T(` … `)`, `(` … `)` or nothing around the lifted members.
        make_open: String,
        make_close: String,
        members: Vec<Member>,
    },
    #[template(path = "codecs/cases.cs")]
    Cases {
        head: Head,
        /// The C# integer type of the discriminant in memory.
        tag: &'static str,
        payload_offset: u32,
        cases: Vec<Case>,
    },
    #[template(path = "codecs/option.cs")]
    Option {
        head: Head,
        /// `Option<T>` rather than `T?`.
        class: bool,
        none: String,
        some_open: String,
        some_close: String,
        payload_offset: u32,
        part: Part,
    },
    #[template(path = "codecs/enum.cs")]
    Enum { head: Head, tag: &'static str },
    #[template(path = "codecs/flags.cs")]
    Flags {
        head: Head,
        /// The C# integer type behind the enum.
        repr: &'static str,
        /// `byte`/`ushort` for one small word, else 32-bit words.
        small: Option<&'static str>,
        words: Vec<FlagsWord>,
    },
    #[template(path = "codecs/array.cs")]
    PlainList {
        head: Head,
        element: String,
        size: u32,
        align: u32,
    },
    #[template(path = "codecs/list.cs")]
    List {
        head: Head,
        element: String,
        part: Part,
        size: u32,
        align: u32,
    },
    #[template(path = "codecs/map.cs")]
    Map {
        head: Head,
        key: Part,
        value: Part,
        size: u32,
        align: u32,
        value_offset: u32,
    },
    #[template(path = "codecs/fixed.cs")]
    Fixed {
        head: Head,
        element: String,
        part: Part,
        length: u32,
        /// Flat slots per element.
        stride: usize,
        size: u32,
    },
    #[template(path = "codecs/handle.cs")]
    Handle {
        head: Head,
        kind: HandleKind,
        /// The resource's C# class (`global::…IHostImports.Counter`).
        class: String,
    },
}

struct ViewBuilder<'w, 'a> {
    world: &'w CsWorld<'a>,
    names: &'w CodecNames,
}

impl ViewBuilder<'_, '_> {
    fn view(&self, key: CodecKey, uses: Uses) -> Option<CodecView> {
        let world = self.world;
        let dir = key.dir;
        let rep = world.ir.codecs[key.codec].ty;
        let def = world.ir.def(rep);
        let ty = world.spell(Type::Id(rep), dir);
        let part = |t: Type| part(world, self.names, t, dir);
        let head = Head {
            key,
            base: self.names.base(key).to_string(),
            ty: ty.clone(),
            uses,
        };
        Some(match &def.kind {
            TypeKind::Record { fields } => {
                let names = world.names_of(rep, dir).map(|n| n.fields.clone());
                let names = names.unwrap_or_default();
                let mut slot = 0;
                let members = fields
                    .iter()
                    .enumerate()
                    .map(|(i, field)| {
                        let member = Member {
                            read: format!("value.{}", names.get(i).map_or("x", String::as_str)),
                            part: part(field.ty),
                            slot,
                            offset: field.offset,
                        };
                        slot += flat_len(world, field.ty);
                        member
                    })
                    .collect();
                CodecView::Fields {
                    head,
                    make_open: format!("new {ty}("),
                    make_close: ")".into(),
                    members,
                }
            }
            TypeKind::Tuple { types, offsets } => {
                let single = types.len() == 1;
                let mut slot = 0;
                let members = types
                    .iter()
                    .zip(offsets)
                    .enumerate()
                    .map(|(i, (t, offset))| {
                        let member = Member {
                            read: if single {
                                "value".into()
                            } else {
                                format!("value.Item{}", i + 1)
                            },
                            part: part(*t),
                            slot,
                            offset: *offset,
                        };
                        slot += flat_len(world, *t);
                        member
                    })
                    .collect();
                let (make_open, make_close) = if single {
                    (String::new(), String::new())
                } else {
                    ("(".into(), ")".into())
                };
                CodecView::Fields {
                    head,
                    make_open,
                    make_close,
                    members,
                }
            }
            TypeKind::Variant {
                cases,
                tag,
                payload_offset,
            } => {
                let names = world.names_of(rep, dir).cloned().unwrap_or_default();
                let cases = cases
                    .iter()
                    .enumerate()
                    .map(|(i, case)| {
                        let ctor = names.cases.get(i).map_or("Case", String::as_str);
                        let accessor = names.accessors.get(i).map_or("Value", String::as_str);
                        Case {
                            index: i,
                            read: format!("value.{accessor}"),
                            make_open: format!("{ty}.{ctor}("),
                            make_close: ")".into(),
                            payload: case.ty.map(|t| CasePayload { part: part(t) }),
                        }
                    })
                    .collect();
                CodecView::Cases {
                    head,
                    tag: int_type(*tag),
                    payload_offset: *payload_offset,
                    cases,
                }
            }
            TypeKind::Result {
                ok,
                err,
                payload_offset,
            } => {
                let none = format!("new {}()", world.world_type("None"));
                let case = |index: usize, side: &Option<Type>, name: &str| Case {
                    index,
                    read: format!("value.As{name}"),
                    make_open: format!("{ty}.{name}("),
                    make_close: if side.is_some() {
                        ")".into()
                    } else {
                        format!("{none})")
                    },
                    payload: side.map(|t| CasePayload { part: part(t) }),
                };
                CodecView::Cases {
                    head,
                    tag: "byte",
                    payload_offset: *payload_offset,
                    cases: vec![case(0, ok, "Ok"), case(1, err, "Err")],
                }
            }
            TypeKind::Option {
                payload,
                payload_offset,
            } => {
                let class = world.is_option(*payload);
                let (none, some_open, some_close) = if class {
                    (format!("{ty}.None"), format!("new {ty}("), ")".to_string())
                } else {
                    ("null".to_string(), String::new(), String::new())
                };
                CodecView::Option {
                    head,
                    class,
                    none,
                    some_open,
                    some_close,
                    payload_offset: *payload_offset,
                    part: part(*payload),
                }
            }
            TypeKind::Enum { tag, .. } => CodecView::Enum {
                head,
                tag: int_type(*tag),
            },
            TypeKind::Flags { repr, .. } => {
                let (repr_ty, small, count) = match repr {
                    FlagsRepr::U8 => ("byte", Some("byte"), 1),
                    FlagsRepr::U16 => ("ushort", Some("ushort"), 1),
                    FlagsRepr::U32(1) => ("int", None, 1),
                    FlagsRepr::U32(n) => ("ulong", None, *n),
                };
                let words = (0..count)
                    .map(|i| FlagsWord {
                        slot: i as usize,
                        offset: 4 * i,
                        shift: 32 * i,
                    })
                    .collect();
                CodecView::Flags {
                    head,
                    repr: repr_ty,
                    small,
                    words,
                }
            }
            TypeKind::List {
                element,
                element_size,
                element_align,
            } => {
                let element_ty = world.spell(*element, dir);
                if crate::spell::is_number(*element) {
                    CodecView::PlainList {
                        head,
                        element: element_ty,
                        size: *element_size,
                        align: *element_align,
                    }
                } else {
                    CodecView::List {
                        head,
                        element: element_ty,
                        part: part(*element),
                        size: *element_size,
                        align: *element_align,
                    }
                }
            }
            TypeKind::Map {
                key,
                value,
                entry_size,
                entry_align,
                value_offset,
            } => CodecView::Map {
                head,
                key: part(*key),
                value: part(*value),
                size: *entry_size,
                align: *entry_align,
                value_offset: *value_offset,
            },
            TypeKind::FixedLengthList {
                element,
                length,
                element_size,
            } => CodecView::Fixed {
                head,
                element: world.spell(*element, dir),
                part: part(*element),
                length: *length,
                stride: flat_len(world, *element),
                size: *element_size,
            },
            TypeKind::Handle {
                ownership,
                resource,
                ..
            } => {
                let resource: TypeIndex = world.resource_of(*resource);
                let exported = world.is_exported_resource(resource, dir);
                let kind = match (exported, ownership) {
                    (false, Ownership::Own) => HandleKind::ImportOwn,
                    (false, Ownership::Borrow) => HandleKind::ImportBorrow,
                    (true, Ownership::Own) => HandleKind::ExportOwn,
                    (true, Ownership::Borrow) => HandleKind::ExportBorrow,
                };
                CodecView::Handle {
                    head,
                    kind,
                    class: world.spell(Type::Id(resource), dir),
                }
            }
            TypeKind::Resource
            | TypeKind::Alias { .. }
            | TypeKind::Future { .. }
            | TypeKind::Stream { .. } => return None,
        })
    }
}
