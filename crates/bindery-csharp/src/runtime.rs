//! `__BinderyAbi`: the helpers every converter calls (primitives, memory,
//! the export return area, lent handles), `__BinderyCleanup` and, when the
//! guest implements resources, `__BinderyRepTable<T>`. Only the helpers the
//! world uses are written.

use askama::Template;
use bindery_ir::Type;

use crate::codecs::{Codecs, Op, primitive_name};

/// The C# code of a primitive's converters: expressions of `value` (lower)
/// and of `slots[0]` (lift), and its C# type in memory.
#[derive(Debug, Clone, Copy)]
pub struct PrimCode {
    pub name: &'static str,
    /// The C# type of the value.
    pub cs: &'static str,
    /// The slot (`ulong`) a value lowers to.
    pub lower: &'static str,
    /// The value a slot lifts to.
    pub lift: &'static str,
    /// Stored in memory as this C# type, converted by `store`/`load`.
    pub memory: &'static str,
    pub store: &'static str,
    pub load: &'static str,
}

/// The Canonical ABI's flat and memory forms of each value primitive
/// (strings are laid out by the template).
pub fn prim_code(ty: Type) -> Option<PrimCode> {
    let (cs, lower, lift, memory, store, load) = match ty {
        Type::Bool => (
            "bool",
            "value ? 1UL : 0UL",
            "(uint)slots[0] != 0",
            "byte",
            "value ? (byte)1 : (byte)0",
            "*(byte*)address != 0",
        ),
        Type::U8 => (
            "byte",
            "value",
            "(byte)slots[0]",
            "byte",
            "value",
            "*(byte*)address",
        ),
        Type::U16 => (
            "ushort",
            "value",
            "(ushort)slots[0]",
            "ushort",
            "value",
            "*(ushort*)address",
        ),
        Type::U32 | Type::Char => (
            "uint",
            "value",
            "(uint)slots[0]",
            "uint",
            "value",
            "*(uint*)address",
        ),
        Type::U64 => (
            "ulong",
            "value",
            "slots[0]",
            "ulong",
            "value",
            "*(ulong*)address",
        ),
        Type::S8 => (
            "sbyte",
            "(uint)(int)value",
            "(sbyte)slots[0]",
            "sbyte",
            "value",
            "*(sbyte*)address",
        ),
        Type::S16 => (
            "short",
            "(uint)(int)value",
            "(short)slots[0]",
            "short",
            "value",
            "*(short*)address",
        ),
        Type::S32 => (
            "int",
            "(uint)value",
            "(int)slots[0]",
            "int",
            "value",
            "*(int*)address",
        ),
        Type::S64 => (
            "long",
            "(ulong)value",
            "(long)slots[0]",
            "long",
            "value",
            "*(long*)address",
        ),
        Type::F32 => (
            "float",
            "(uint)global::System.BitConverter.SingleToInt32Bits(value)",
            "global::System.BitConverter.Int32BitsToSingle((int)slots[0])",
            "float",
            "value",
            "*(float*)address",
        ),
        Type::F64 => (
            "double",
            "(ulong)global::System.BitConverter.DoubleToInt64Bits(value)",
            "global::System.BitConverter.Int64BitsToDouble((long)slots[0])",
            "double",
            "value",
            "*(double*)address",
        ),
        Type::String | Type::ErrorContext | Type::Id(_) => return None,
    };
    Some(PrimCode {
        name: primitive_name(ty),
        cs,
        lower,
        lift,
        memory,
        store,
        load,
    })
}

/// One primitive helper.
#[derive(Debug)]
pub struct PrimHelper {
    pub op: Op,
    pub code: PrimCode,
}

/// String helpers in use.
#[derive(Debug, Default)]
pub struct StringUse {
    pub lower: bool,
    pub lift: bool,
    pub store: bool,
    pub load: bool,
}

#[derive(Template)]
#[template(path = "abi.cs")]
pub struct AbiView {
    pub prims: Vec<PrimHelper>,
    pub string: StringUse,
    /// Bytes of the static area exported functions return through (0: none).
    pub return_area: u32,
    /// Some export has a post-return function.
    pub post_return: bool,
    /// Imported resources lent to exports are dropped after the call.
    pub lends: bool,
    /// The guest implements a resource.
    pub rep_table: bool,
    /// Some fixed-length list is converted (its length is checked).
    pub fixed_lists: bool,
}

impl AbiView {
    pub fn new(
        codecs: &Codecs,
        return_area: u32,
        post_return: bool,
        rep_table: bool,
        fixed_lists: bool,
    ) -> Self {
        let mut prims = Vec::new();
        let mut string = StringUse::default();
        for &(position, op) in &codecs.primitives {
            let ty = Type::PRIMITIVES[position];
            match prim_code(ty) {
                Some(code) => prims.push(PrimHelper { op, code }),
                None if ty == Type::String => match op {
                    Op::Lower => string.lower = true,
                    Op::Lift => string.lift = true,
                    Op::Store => string.store = true,
                    Op::Load => string.load = true,
                },
                None => {}
            }
        }
        // Storing and loading a string go through its flat form.
        string.lower |= string.store;
        string.lift |= string.load;
        AbiView {
            prims,
            string,
            return_area,
            post_return,
            lends: codecs.lends,
            rep_table,
            fixed_lists,
        }
    }
}
