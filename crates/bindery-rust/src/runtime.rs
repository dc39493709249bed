//! The private `__bindery` module: runtime pieces the world uses (tracked as
//! flags, written in a fixed order), primitive helpers and codec instances.

use askama::Template;
use bindery_ir::{CoreType, Type};

use crate::codec_view::{self, AliasView, CodecView};
use crate::codecs::{Codecs, Dir, Shape, prim_name};
use crate::names::Std;
use crate::spell::primitive;

/// Which runtime pieces the generated code calls.
#[derive(Debug, Default)]
pub struct Runtime {
    pub cleanup: bool,
    pub free: bool,
    pub slot: bool,
    /// Size of the export return area, in 8-byte words.
    pub ret_area_words: u32,
    pub keep: bool,
    /// Exports hand strings and plain-number lists over to the host.
    pub hand_over: bool,
    pub lend: bool,
    pub resource: bool,
    pub ctors: bool,
    pub realloc: bool,
    pub invalid: bool,
    pub char_lift: bool,
    /// The world has a `map<K, V>`: the runtime module carries the `Map`
    /// alias guests name instead of wit-bindgen's runtime crate path.
    pub map: bool,
    /// Core types converted to and from slots, in [`CoreKind`] order.
    pub cores: [bool; 6],
    /// Async imports and exports call the executor through these names.
    pub async_imports: bool,
    pub async_exports: bool,
    /// Async exports that lend borrowed handles keep them per task.
    pub lend_async: bool,
    /// Converters name `ErrorContext`.
    pub error_context: bool,
}

impl Runtime {
    pub fn core(&mut self, ty: CoreType) {
        self.cores[core_kind(ty) as usize] = true;
    }

    pub fn ret_area(&mut self, size: u32) {
        self.ret_area_words = self.ret_area_words.max(size.div_ceil(8));
    }
}

#[derive(Debug, Clone, Copy)]
pub enum CoreKind {
    I32,
    I64,
    F32,
    F64,
    Pointer,
    Length,
}

fn core_kind(ty: CoreType) -> CoreKind {
    match ty {
        CoreType::I32 => CoreKind::I32,
        CoreType::I64 | CoreType::PointerOrI64 => CoreKind::I64,
        CoreType::F32 => CoreKind::F32,
        CoreType::F64 => CoreKind::F64,
        CoreType::Pointer => CoreKind::Pointer,
        CoreType::Length => CoreKind::Length,
    }
}

/// `of_<name>`/`to_<name>`: a core value to and from a `u64` slot.
#[derive(Template)]
#[template(path = "prim/core.rs")]
pub struct CoreView {
    pub name: &'static str,
    pub rust: &'static str,
    pub kind: CoreKind,
}

#[derive(Debug, Clone, Copy)]
pub enum PrimClass {
    Unsigned,
    Signed,
    U64,
    I64,
    Bool,
    Char,
    F32,
    F64,
    Str,
    ErrorContext,
}

/// The converters of one primitive type.
#[derive(Template)]
#[template(path = "prim/helpers.rs")]
pub struct PrimView {
    pub name: &'static str,
    pub rust: &'static str,
    /// The type a lowering function reads (`str` for strings).
    pub param: &'static str,
    pub class: PrimClass,
    pub lower: bool,
    pub lift: bool,
    pub store: bool,
    pub load: bool,
}

fn class(ty: Type) -> PrimClass {
    match ty {
        Type::U8 | Type::U16 | Type::U32 => PrimClass::Unsigned,
        Type::S8 | Type::S16 | Type::S32 => PrimClass::Signed,
        Type::U64 => PrimClass::U64,
        Type::S64 => PrimClass::I64,
        Type::Bool => PrimClass::Bool,
        Type::Char => PrimClass::Char,
        Type::F32 => PrimClass::F32,
        Type::F64 => PrimClass::F64,
        Type::ErrorContext => PrimClass::ErrorContext,
        _ => PrimClass::Str,
    }
}

#[derive(Template)]
#[template(path = "runtime.rs")]
pub struct RuntimeView {
    pub rt: Runtime,
    pub std: Std,
    pub cores: Vec<CoreView>,
    pub primitives: Vec<PrimView>,
    pub aliases: Vec<AliasView>,
    pub codecs: Vec<CodecView>,
}

impl RuntimeView {
    /// Nothing to write: a world without functions.
    pub fn is_empty(&self) -> bool {
        let rt = &self.rt;
        let flags = [
            rt.cleanup,
            rt.free,
            rt.slot,
            rt.keep,
            rt.hand_over,
            rt.lend,
            rt.resource,
            rt.ctors,
            rt.realloc,
            rt.invalid,
            rt.char_lift,
            rt.map,
            rt.async_imports,
            rt.async_exports,
        ];
        !flags.contains(&true)
            && rt.ret_area_words == 0
            && self.cores.is_empty()
            && self.primitives.is_empty()
            && self.aliases.is_empty()
            && self.codecs.is_empty()
    }
}

/// Lays out the runtime module; sets the flags the converters imply.
pub fn view(mut rt: Runtime, codecs: &Codecs, ir: &bindery_ir::Ir) -> RuntimeView {
    let std = codecs.std();
    rt.map = ir
        .types
        .iter()
        .any(|def| matches!(def.kind, bindery_ir::TypeKind::Map { .. }));
    let mut primitives = Vec::new();
    for (order, ty) in crate::codecs::PRIMITIVE_HELPERS.iter().enumerate() {
        let uses = |dir| codecs.primitives.contains(&(order as u8, dir));
        let view = PrimView {
            name: prim_name(*ty),
            rust: primitive(*ty),
            param: if *ty == Type::String {
                "str"
            } else {
                primitive(*ty)
            },
            class: class(*ty),
            lower: uses(Dir::Lower),
            lift: uses(Dir::Lift),
            store: uses(Dir::Store),
            load: uses(Dir::Load),
        };
        if view.lower || view.lift || view.store || view.load {
            rt.cleanup |= view.lower || view.store;
            rt.char_lift |= *ty == Type::Char && (view.lift || view.load);
            rt.free |= *ty == Type::String && (view.lift || view.load);
            primitives.push(view);
        }
    }
    let used: Vec<_> = codecs
        .instances
        .iter()
        .filter(|i| !i.needs.is_empty())
        .collect();
    for inst in &used {
        let lifts = inst.needs.contains(&Dir::Lift) || inst.needs.contains(&Dir::Load);
        let lowers = inst.needs.contains(&Dir::Lower) || inst.needs.contains(&Dir::Store);
        rt.cleanup |= lowers;
        match &inst.shape {
            Shape::Variant { .. }
            | Shape::Enum { .. }
            | Shape::Option { .. }
            | Shape::Result { .. } => rt.invalid |= lifts,
            Shape::List { .. } | Shape::Map { .. } => rt.free |= lifts,
            Shape::BorrowImported { .. } => {
                rt.lend |= lifts;
                rt.slot |= lifts;
            }
            _ => {}
        }
    }
    rt.slot |= rt.keep || rt.ret_area_words > 0;
    let names = ["i32", "i64", "f32", "f64", "ptr", "len"];
    let rusts = ["i32", "i64", "f32", "f64", "*mut u8", "usize"];
    let kinds = [
        CoreKind::I32,
        CoreKind::I64,
        CoreKind::F32,
        CoreKind::F64,
        CoreKind::Pointer,
        CoreKind::Length,
    ];
    let cores = (0..6)
        .filter(|i| rt.cores[*i])
        .map(|i| CoreView {
            name: names[i],
            rust: rusts[i],
            kind: kinds[i],
        })
        .collect();
    // Every instance gets its alias (parents name children by them), even
    // when no converter of its own is needed.
    let aliases = codecs
        .instances
        .iter()
        .map(|i| codec_view::alias(codecs, i))
        .collect();
    let codecs = used
        .into_iter()
        .map(|i| codec_view::view(ir, codecs, i))
        .collect();
    RuntimeView {
        rt,
        std,
        cores,
        primitives,
        aliases,
        codecs,
    }
}
