//! `--additional-derives`: which of the user's derives each generated type
//! gets. A derive is added only where every field allows it, so the
//! bindings always compile: no `Eq`/`Ord`/`Hash` over floats, nothing over
//! resource handles, futures, streams or error-contexts (they implement no
//! such trait), no `Default` for variants or results (no case to default
//! to), and no derive a type has already. Traits bindery does not know
//! (`serde::Serialize`, …) are taken to work on all plain data: primitives,
//! strings, lists, maps and the generated types themselves.

use bindery_ir::{Ir, Type, TypeIndex, TypeKind};

/// What a derive needs of every field, by the trait's last path segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// `Clone`, `Copy`: generated types derive them where they can already.
    Builtin,
    /// `PartialEq`, `PartialOrd`: floats are fine.
    Partial,
    /// `Eq`, `Ord`, `Hash`: no floats.
    Total,
    /// `Default`: records of defaultable fields only.
    Default,
    /// Any other trait: plain data.
    Data,
}

fn needs(derive: &str) -> Needs {
    match last_segment(derive) {
        "Clone" | "Copy" => Needs::Builtin,
        "PartialEq" | "PartialOrd" => Needs::Partial,
        "Eq" | "Ord" | "Hash" => Needs::Total,
        "Default" => Needs::Default,
        _ => Needs::Data,
    }
}

fn last_segment(path: &str) -> &str {
    path.rsplit("::").next().unwrap_or(path).trim()
}

/// The derives of a named type: `builtin` (what the bindings derive
/// anyway) followed by each of `extra` that the type allows and does not
/// have yet.
pub fn derives(ir: &Ir, index: TypeIndex, builtin: &[&str], extra: &[String]) -> Vec<String> {
    let mut list: Vec<String> = builtin.iter().map(|d| d.to_string()).collect();
    for derive in extra {
        let name = last_segment(derive);
        let taken = list.iter().any(|d| last_segment(d) == name);
        // A type without `Clone` or `Copy` holds something that has neither.
        let needs = needs(derive);
        if !taken && needs != Needs::Builtin && allows(ir, Type::Id(index), needs) {
            list.push(derive.clone());
        }
    }
    list
}

/// `#[derive(…)]` for an item at column `base`: on one line, or one derive
/// per line as rustfmt writes a list that does not fit in 100 columns.
pub fn attribute(base: usize, derives: &[String]) -> String {
    let line = format!("#[derive({})]", derives.join(", "));
    if base + line.len() <= 100 {
        return line;
    }
    let mut text = String::from("#[derive(\n");
    for derive in derives {
        text.push_str(&format!("    {derive},\n"));
    }
    text.push_str(")]");
    text
}

/// Whether a value of `ty` can have a derive that needs `needs` (for a
/// named type: whether the type itself gets it, which is the same
/// question asked of its fields).
fn allows(ir: &Ir, ty: Type, needs: Needs) -> bool {
    let index = match ir.unalias(ty) {
        Type::F32 | Type::F64 => return needs != Needs::Total,
        Type::ErrorContext => return false,
        Type::Id(index) => index,
        _ => return true,
    };
    let kind = &ir.types[index].kind;
    let children = || kind.children().into_iter().all(|t| allows(ir, t, needs));
    match kind {
        TypeKind::Resource
        | TypeKind::Handle { .. }
        | TypeKind::Future { .. }
        | TypeKind::Stream { .. } => false,
        // Both derive every comparison trait and `Hash`; enums have no
        // `Default`, flags have one.
        TypeKind::Enum { .. } => needs != Needs::Default,
        TypeKind::Flags { .. } => true,
        TypeKind::Variant { .. } | TypeKind::Result { .. } => needs != Needs::Default && children(),
        // The standard library implements its traits for tuples of up to
        // 12 and arrays (`Default`) of up to 32; serde arrays up to 32.
        TypeKind::Tuple { types, .. } => types.len() <= 12 && children(),
        TypeKind::FixedLengthList { length, .. } => {
            (*length <= 32 || matches!(needs, Needs::Partial | Needs::Total)) && children()
        }
        _ => children(),
    }
}
