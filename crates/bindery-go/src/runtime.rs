//! The generated `wit_runtime` and `wit_types` packages: which helpers the
//! world uses (tracked as flags while the other files are built, then
//! written in a fixed order), and the primitive converters.

use std::collections::BTreeSet;

use askama::Template;
use bindery_ir::{CoreType, Ir, Type, TypeKind};

use crate::spell::primitive;

/// A converter direction: flat slots or linear memory, into or out of Go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Op {
    Lower,
    Lift,
    Store,
    Load,
}

/// `U32`, `S8`, `String`…: the suffix of a primitive's converters.
pub fn prim_name(ty: Type) -> &'static str {
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
        _ => "String",
    }
}

/// How a core wasm value is written in Go and turned into a flat slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CoreKind {
    I32,
    I64,
    F32,
    F64,
    /// Pointers and lengths: `uint32` on wasm32.
    U32,
}

impl CoreKind {
    pub fn of(ty: CoreType) -> Self {
        match ty {
            CoreType::I32 => CoreKind::I32,
            CoreType::I64 | CoreType::PointerOrI64 => CoreKind::I64,
            CoreType::F32 => CoreKind::F32,
            CoreType::F64 => CoreKind::F64,
            CoreType::Pointer | CoreType::Length => CoreKind::U32,
        }
    }

    pub fn go(self) -> &'static str {
        match self {
            CoreKind::I32 => "int32",
            CoreKind::I64 => "int64",
            CoreKind::F32 => "float32",
            CoreKind::F64 => "float64",
            CoreKind::U32 => "uint32",
        }
    }

    /// Suffix of `wit_runtime.SlotX` / `wit_runtime.CoreX`.
    pub fn suffix(self) -> &'static str {
        match self {
            CoreKind::I32 => "I32",
            CoreKind::I64 => "I64",
            CoreKind::F32 => "F32",
            CoreKind::F64 => "F64",
            CoreKind::U32 => "U32",
        }
    }
}

/// What the generated code calls in `wit_runtime`.
#[derive(Debug, Default)]
pub struct RuntimeUse {
    /// (index into [`Type::PRIMITIVES`], direction).
    pub prims: BTreeSet<(usize, Op)>,
    pub cores: BTreeSet<CoreKind>,
    /// Lists of numbers lent to the host in place.
    pub pin_slice: bool,
    /// Lists of numbers taken from host memory in place.
    pub lift_slice: bool,
    /// Imported resources: `Handle` and the drop-when-unreachable cleanup.
    pub handles: bool,
    /// Exported resources: the rep table.
    pub tables: bool,
    /// Size of the export return area in bytes.
    pub export_return_area: u32,
}

impl RuntimeUse {
    pub fn prim(&mut self, ty: Type, op: Op) {
        if let Some(index) = Type::PRIMITIVES.iter().position(|p| *p == ty) {
            self.prims.insert((index, op));
            // Strings in memory are two 32-bit words.
            if ty == Type::String {
                self.prims.insert((3, op));
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub enum PrimClass {
    Unsigned,
    Signed,
    U64,
    S64,
    Bool,
    F32,
    F64,
    Char,
    Str,
}

fn class(ty: Type) -> PrimClass {
    match ty {
        Type::U8 | Type::U16 | Type::U32 => PrimClass::Unsigned,
        Type::S8 | Type::S16 | Type::S32 => PrimClass::Signed,
        Type::U64 => PrimClass::U64,
        Type::S64 => PrimClass::S64,
        Type::Bool => PrimClass::Bool,
        Type::F32 => PrimClass::F32,
        Type::F64 => PrimClass::F64,
        Type::Char => PrimClass::Char,
        _ => PrimClass::Str,
    }
}

/// The converters of one primitive.
#[derive(Debug)]
pub struct PrimView {
    pub name: &'static str,
    pub go: &'static str,
    pub class: PrimClass,
    pub lower: bool,
    pub lift: bool,
    pub store: bool,
    pub load: bool,
}

#[derive(Debug)]
pub struct CoreView {
    pub suffix: &'static str,
    pub go: &'static str,
    pub kind: CoreKind,
}

#[derive(Template)]
#[template(path = "runtime/wit_runtime.go")]
pub struct RuntimeView {
    pub marker: &'static str,
    pub rt: RuntimeUse,
    pub prims: Vec<PrimView>,
    pub cores: Vec<CoreView>,
    /// `math` is needed by float conversions.
    pub math: bool,
    /// 8-byte words of the export return area.
    pub return_words: u32,
}

pub fn runtime_view(rt: RuntimeUse) -> RuntimeView {
    let prims: Vec<PrimView> = Type::PRIMITIVES
        .iter()
        .enumerate()
        .filter_map(|(index, ty)| {
            let uses = |op| rt.prims.contains(&(index, op));
            let view = PrimView {
                name: prim_name(*ty),
                go: primitive(*ty),
                class: class(*ty),
                lower: uses(Op::Lower),
                lift: uses(Op::Lift),
                store: uses(Op::Store),
                load: uses(Op::Load),
            };
            (view.lower || view.lift || view.store || view.load).then_some(view)
        })
        .collect();
    let cores: Vec<CoreView> = rt
        .cores
        .iter()
        .map(|kind| CoreView {
            suffix: kind.suffix(),
            go: kind.go(),
            kind: *kind,
        })
        .collect();
    let math = cores
        .iter()
        .any(|c| matches!(c.kind, CoreKind::F32 | CoreKind::F64))
        || prims
            .iter()
            .any(|p| matches!(p.class, PrimClass::F32 | PrimClass::F64) && (p.lower || p.lift));
    RuntimeView {
        marker: crate::MARKER,
        return_words: rt.export_return_area.div_ceil(8),
        rt,
        prims,
        cores,
        math,
    }
}

/// The generated types package (`go.bytecodealliance.org/pkg/wit/types`,
/// package `types`): only the types the world uses.
#[derive(Template)]
#[template(path = "runtime/types.go")]
pub struct TypesView {
    pub marker: &'static str,
    pub option: bool,
    pub result: bool,
    pub unit: bool,
    pub tuples: Vec<TupleView>,
}

/// The `wit_types` package of bindery's earlier layout: aliases of the
/// types package's names.
#[derive(Template)]
#[template(path = "runtime/wit_types.go")]
pub struct AliasTypesView<'a> {
    pub marker: &'static str,
    /// The types package's import path.
    pub types_path: String,
    pub option: bool,
    pub result: bool,
    pub unit: bool,
    pub tuples: &'a [TupleView],
}

impl TypesView {
    pub fn aliases(&self, types_path: String) -> AliasTypesView<'_> {
        AliasTypesView {
            marker: self.marker,
            types_path,
            option: self.option,
            result: self.result,
            unit: self.unit,
            tuples: &self.tuples,
        }
    }
}

#[derive(Debug)]
pub struct TupleView {
    pub arity: usize,
    /// `T0 any, T1 any`
    pub params: String,
    /// `T0, T1`
    pub args: String,
    /// Field lines, aligned as gofmt aligns them.
    pub fields: Vec<String>,
}

/// `None` when the world needs no types package.
pub fn types_view(ir: &Ir) -> Option<TypesView> {
    let (mut option, mut result, mut unit) = (false, false, false);
    let mut arities = BTreeSet::new();
    for def in &ir.types {
        match &def.kind {
            TypeKind::Option { .. } => option = true,
            TypeKind::Result { ok, err, .. } => {
                result = true;
                unit |= ok.is_none() || err.is_none();
            }
            TypeKind::Tuple { types, .. } => {
                arities.insert(types.len());
            }
            _ => {}
        }
    }
    if !(option || result || !arities.is_empty()) {
        return None;
    }
    let tuples = arities
        .into_iter()
        .map(|arity| {
            let params: Vec<String> = (0..arity).map(|i| format!("T{i} any")).collect();
            let args: Vec<String> = (0..arity).map(|i| format!("T{i}")).collect();
            let width = format!("F{}", arity.saturating_sub(1)).len();
            let fields = (0..arity)
                .map(|i| format!("{:<width$} T{i}", format!("F{i}")))
                .collect();
            TupleView {
                arity,
                params: params.join(", "),
                args: args.join(", "),
                fields,
            }
        })
        .collect();
    Some(TypesView {
        marker: crate::MARKER,
        option,
        result,
        unit,
        tuples,
    })
}
