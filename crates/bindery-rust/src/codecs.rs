//! Codec instances: one set of converter functions per IR codec and Rust
//! type, in the private `__bindery` module.
//!
//! An IR codec can need several Rust instances: an interface both imported
//! and exported has its types twice, and an import parameter such as
//! `option<string>` is lowered from `Option<&str>` rather than
//! `Option<String>`. Each instance gets a type alias `T<n>` whose right-hand
//! side names child instances by their aliases, and up to four functions:
//! `lower_<n>`/`lift_<n>` over flat `u64` slots and `store_<n>`/`load_<n>`
//! over linear memory. Only the directions some function needs exist.

use std::collections::{BTreeSet, HashMap};

use bindery_ir::{Int, Ownership, Type, TypeIndex, TypeKind};

use crate::names::{Naming, Side};
use crate::spell::{Speller, primitive, tuple};

/// A converter direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dir {
    Lower,
    Lift,
    Store,
    Load,
}

impl Dir {
    pub fn prefix(self) -> &'static str {
        match self {
            Dir::Lower => "lower",
            Dir::Lift => "lift",
            Dir::Store => "store",
            Dir::Load => "load",
        }
    }

    /// The direction a list uses for its elements (always memory).
    fn in_memory(self) -> Dir {
        match self {
            Dir::Lower | Dir::Store => Dir::Store,
            Dir::Lift | Dir::Load => Dir::Load,
        }
    }
}

/// How a value is passed to a lowering function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Owned,
    /// The import-parameter form: `Option<&str>` for `option<string>`.
    Borrowed,
}

/// A converter: a primitive helper or an instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ref {
    Prim(Type),
    Inst(usize),
}

/// A child of a composite instance: the functions that convert it, and how
/// the parent's type alias writes it.
#[derive(Debug, Clone)]
pub struct Child {
    pub conv: Ref,
    pub text: String,
    pub ty: Type,
}

#[derive(Debug, Clone)]
pub enum Shape {
    Record {
        fields: Vec<(String, Child)>,
    },
    Tuple {
        elements: Vec<Child>,
    },
    Variant {
        cases: Vec<(String, Option<Child>)>,
        tag: Int,
        payload_offset: u32,
    },
    Enum {
        cases: Vec<String>,
        tag: Int,
    },
    Flags {
        bits: &'static str,
    },
    Option {
        payload: Child,
        payload_offset: u32,
    },
    Result {
        ok: Option<Child>,
        err: Option<Child>,
        payload_offset: u32,
    },
    List {
        element: Child,
        size: u32,
        align: u32,
        plain: bool,
    },
    Map {
        key: Child,
        value: Child,
        size: u32,
        align: u32,
        value_offset: u32,
    },
    Fixed {
        element: Child,
        size: u32,
    },
    Own,
    /// A borrow of an imported resource (`&R`): the path of `R`, and
    /// whether it is `--with` another module (a path of any length).
    BorrowImported {
        resource: String,
        external: bool,
    },
    /// A borrow of a resource this component exports (`RBorrow<'a>`).
    BorrowExported,
}

#[derive(Debug, Clone)]
pub struct Instance {
    pub id: usize,
    pub ty: TypeIndex,
    /// Right-hand side of `type T<n> = …;` (with `'a` for borrows).
    pub alias: String,
    pub lifetime: bool,
    pub shape: Shape,
    pub needs: BTreeSet<Dir>,
}

/// All instances of one world, created on demand.
pub struct Codecs<'n, 'a> {
    naming: &'n Naming<'a>,
    speller: Speller<'n, 'a>,
    pub instances: Vec<Instance>,
    index: HashMap<(usize, String), usize>,
    /// [`Codecs::of`]'s answers so far: working out a shape (and the
    /// shapes inside it) only to find its instance again was most of the
    /// cost of a function's glue.
    known: HashMap<(TypeIndex, Side, Mode), usize>,
    /// Primitive helpers used, by type and direction.
    pub primitives: BTreeSet<(u8, Dir)>,
    /// The world has futures or streams: owned handles can be lent into
    /// their buffers.
    pub lending: bool,
}

/// Index of a primitive in the fixed order helpers are written in
/// ([`Type::PRIMITIVES`]).
pub fn primitive_order(ty: Type) -> u8 {
    let index = PRIMITIVE_HELPERS.iter().position(|p| *p == ty);
    index.unwrap_or(PRIMITIVE_HELPERS.len() - 1) as u8
}

/// Types with primitive converters: the values, then `error-context` (a
/// handle that is copied, not moved).
pub const PRIMITIVE_HELPERS: [Type; 14] = {
    let mut all = [Type::ErrorContext; 14];
    let mut i = 0;
    while i < Type::PRIMITIVES.len() {
        all[i] = Type::PRIMITIVES[i];
        i += 1;
    }
    all
};

impl<'n, 'a> Codecs<'n, 'a> {
    /// Where the bindings find `core` and `alloc` items.
    pub fn std(&self) -> crate::names::Std {
        self.naming.std
    }

    pub fn new(naming: &'n Naming<'a>) -> Self {
        Codecs {
            naming,
            speller: Speller {
                naming,
                from: std::slice::from_ref(&RUNTIME_PATH[0]),
                lifetime: "'a",
            },
            instances: Vec::new(),
            index: HashMap::new(),
            known: HashMap::new(),
            primitives: BTreeSet::new(),
            lending: naming
                .ir
                .async_world
                .as_ref()
                .is_some_and(|a| !a.channels.is_empty()),
        }
    }

    /// The name a function uses for converter `r` in direction `dir`.
    pub fn function(r: Ref, dir: Dir) -> String {
        match r {
            Ref::Prim(ty) => format!("{}_{}", dir.prefix(), prim_name(ty)),
            Ref::Inst(id) => format!("{}_{id}", dir.prefix()),
        }
    }

    /// How `r` is written in an alias or signature (`'a` for borrows).
    pub fn text(&self, r: Ref) -> String {
        match r {
            Ref::Prim(ty) => primitive(ty).to_string(),
            Ref::Inst(id) => {
                let inst = &self.instances[id];
                if inst.lifetime {
                    format!("T{id}<'a>")
                } else {
                    format!("T{id}")
                }
            }
        }
    }

    /// The converter for `ty` passed in `mode`, seen from `context`.
    pub fn of(&mut self, ty: Type, context: Side, mode: Mode) -> Ref {
        let Type::Id(index) = ty else {
            return Ref::Prim(ty);
        };
        let (shape_ty, context) = self.speller.alias_context(index, context);
        let def = &self.naming.ir.types[shape_ty];
        if let TypeKind::Alias { target } = def.kind {
            // An alias of a primitive.
            return Ref::Prim(target);
        }
        // Below a borrowed top level, wit-bindgen borrows through every
        // option, result and tuple (`Option<(u32, &Point)>`).
        let borrowed = mode == Mode::Borrowed
            && def.name.is_none()
            && matches!(
                def.kind,
                TypeKind::Option { .. } | TypeKind::Result { .. } | TypeKind::Tuple { .. }
            );
        let mode = if borrowed {
            Mode::Borrowed
        } else {
            Mode::Owned
        };
        if let Some(id) = self.known.get(&(shape_ty, context, mode)) {
            return Ref::Inst(*id);
        }
        let (shape, alias) = self.shape(shape_ty, context, mode);
        let codec = def.codec.unwrap_or_default();
        let key = (codec, alias.clone());
        if let Some(&id) = self.index.get(&key) {
            self.known.insert((shape_ty, context, mode), id);
            return Ref::Inst(id);
        }
        let id = self.instances.len();
        self.instances.push(Instance {
            id,
            ty: shape_ty,
            lifetime: alias.contains("'a"),
            alias,
            shape,
            needs: BTreeSet::new(),
        });
        self.index.insert(key, id);
        self.known.insert((shape_ty, context, mode), id);
        Ref::Inst(id)
    }

    fn child(&mut self, ty: Type, context: Side, mode: Mode) -> Child {
        let conv = self.of(ty, context, Mode::Owned);
        let text = match mode {
            Mode::Owned => self.text(conv),
            Mode::Borrowed => self.borrowed_text(ty, context),
        };
        let conv = match mode {
            Mode::Borrowed => self.of(ty, context, Mode::Borrowed),
            Mode::Owned => conv,
        };
        Child { conv, text, ty }
    }

    /// How a child of a borrowed option/result/tuple is written: the top
    /// level of each named type, string and list is a reference.
    fn borrowed_text(&mut self, ty: Type, context: Side) -> String {
        let ir = self.naming.ir;
        match ir.unalias(ty) {
            Type::String => return "&'a str".to_string(),
            Type::Id(target) => {
                if let TypeKind::List { .. } = ir.types[target].kind
                    && let Type::Id(index) = ty
                {
                    let (_, context) = self.speller.alias_context(index, context);
                    let list = self.of(Type::Id(target), context, Mode::Owned);
                    let Shape::List { element, .. } = &self.instances[Codecs::id(list)].shape
                    else {
                        unreachable!("a list instance has a list shape")
                    };
                    return format!("&'a [{}]", element.text);
                }
            }
            _ => {}
        }
        let Type::Id(index) = ty else {
            return primitive(ty).to_string();
        };
        let def = &ir.types[index];
        let owned = self.of(ty, context, Mode::Owned);
        if def.name.is_some() {
            return format!("&'a {}", self.text(owned));
        }
        match def.kind {
            TypeKind::Map { .. } => format!("&'a {}", self.text(owned)),
            TypeKind::Option { .. } | TypeKind::Result { .. } | TypeKind::Tuple { .. } => {
                let borrowed = self.of(ty, context, Mode::Borrowed);
                self.text(borrowed)
            }
            _ => self.text(owned),
        }
    }

    fn id(r: Ref) -> usize {
        match r {
            Ref::Inst(id) => id,
            Ref::Prim(_) => usize::MAX,
        }
    }

    /// The children and alias text of the type `ty` (not an alias).
    fn shape(&mut self, ty: TypeIndex, context: Side, mode: Mode) -> (Shape, String) {
        let naming = self.naming;
        let def = &naming.ir.types[ty];
        let nominal = || self.speller.named(ty, context);
        let camel = |name: &str| naming.camel(name);
        match &def.kind {
            TypeKind::Record { fields } => {
                let alias = nominal();
                let fields = fields
                    .iter()
                    .map(|f| {
                        (
                            naming.snake(&f.name),
                            self.child(f.ty, context, Mode::Owned),
                        )
                    })
                    .collect();
                (Shape::Record { fields }, alias)
            }
            TypeKind::Variant {
                cases,
                tag,
                payload_offset,
            } => {
                let alias = nominal();
                let cases = cases
                    .iter()
                    .map(|c| {
                        (
                            camel(&c.name),
                            c.ty.map(|t| self.child(t, context, Mode::Owned)),
                        )
                    })
                    .collect();
                let shape = Shape::Variant {
                    cases,
                    tag: *tag,
                    payload_offset: *payload_offset,
                };
                (shape, alias)
            }
            TypeKind::Enum { cases, tag } => {
                let cases = cases.iter().map(|c| camel(&c.name)).collect();
                (Shape::Enum { cases, tag: *tag }, nominal())
            }
            TypeKind::Flags { flags, .. } => {
                let bits = flags_bits(flags.len());
                (Shape::Flags { bits }, nominal())
            }
            TypeKind::Tuple { types, .. } => {
                let elements: Vec<Child> = types
                    .iter()
                    .map(|t| self.child(*t, context, mode))
                    .collect();
                let alias = tuple(elements.iter().map(|e| e.text.clone()).collect());
                (Shape::Tuple { elements }, alias)
            }
            TypeKind::Option {
                payload,
                payload_offset,
            } => {
                let payload = self.child(*payload, context, mode);
                let alias = format!("{}<{}>", naming.option(), payload.text);
                let shape = Shape::Option {
                    payload,
                    payload_offset: *payload_offset,
                };
                (shape, alias)
            }
            TypeKind::Result {
                ok,
                err,
                payload_offset,
            } => {
                let ok = ok.map(|t| self.child(t, context, mode));
                let err = err.map(|t| self.child(t, context, mode));
                let text =
                    |c: &Option<Child>| c.as_ref().map_or("()".to_string(), |c| c.text.clone());
                let alias = format!("{}<{}, {}>", naming.result(), text(&ok), text(&err));
                let shape = Shape::Result {
                    ok,
                    err,
                    payload_offset: *payload_offset,
                };
                (shape, alias)
            }
            TypeKind::List {
                element,
                element_size,
                element_align,
            } => {
                let plain = naming.ir.unalias(*element).is_plain_number();
                let element = self.child(*element, context, Mode::Owned);
                let alias = format!("Vec<{}>", element.text);
                let shape = Shape::List {
                    element,
                    size: *element_size,
                    align: *element_align,
                    plain,
                };
                (shape, alias)
            }
            TypeKind::Map {
                key,
                value,
                entry_size,
                entry_align,
                value_offset,
            } => {
                let key = self.child(*key, context, Mode::Owned);
                let value = self.child(*value, context, Mode::Owned);
                let alias = format!(
                    "{}::collections::BTreeMap<{}, {}>",
                    naming.std.alloc, key.text, value.text
                );
                let shape = Shape::Map {
                    key,
                    value,
                    size: *entry_size,
                    align: *entry_align,
                    value_offset: *value_offset,
                };
                (shape, alias)
            }
            TypeKind::FixedLengthList {
                element,
                length,
                element_size,
            } => {
                let element = self.child(*element, context, Mode::Owned);
                let alias = format!("[{}; {length}]", element.text);
                let shape = Shape::Fixed {
                    element,
                    size: *element_size,
                };
                (shape, alias)
            }
            TypeKind::Handle {
                ownership,
                resource,
                ..
            } => {
                let (resource, side) = self.speller.resource(*resource, context);
                let module = naming.type_module(resource, side);
                let path = naming.type_path(self.speller.from, resource, side);
                match (ownership, side) {
                    (Ownership::Own, _) => (Shape::Own, path),
                    (Ownership::Borrow, Side::Import) => (
                        Shape::BorrowImported {
                            resource: path.clone(),
                            external: naming.external_type(resource, side).is_some(),
                        },
                        format!("&'a {path}"),
                    ),
                    (Ownership::Borrow, Side::Export) => {
                        let borrow = naming.borrow_name(resource);
                        let path = Naming::relative(self.speller.from, &module, &borrow);
                        (Shape::BorrowExported, format!("{path}<'a>"))
                    }
                }
            }
            // Future and stream ends are owned handles (`FutureReader<T>`).
            TypeKind::Future { payload } | TypeKind::Stream { payload } => {
                let reader = match def.kind {
                    TypeKind::Future { .. } => "FutureReader",
                    _ => "StreamReader",
                };
                let payload = payload.map_or("()".to_string(), |p| {
                    self.child(p, context, Mode::Owned).text
                });
                let path = Naming::relative(
                    self.speller.from,
                    &[crate::spell::ASYNC_MODULE.to_string()],
                    reader,
                );
                (Shape::Own, format!("{path}<{payload}>"))
            }
            // Resources and aliases never get here (`of` filters them).
            _ => (Shape::Own, "()".to_string()),
        }
    }

    /// Marks that converter `r` is needed in direction `dir`, with
    /// everything it calls.
    pub fn need(&mut self, r: Ref, dir: Dir) {
        let id = match r {
            Ref::Prim(ty) => {
                self.primitives.insert((primitive_order(ty), dir));
                return;
            }
            Ref::Inst(id) => id,
        };
        if !self.instances[id].needs.insert(dir) {
            return;
        }
        let memory = dir.in_memory();
        let children: Vec<(Ref, Dir)> = match &self.instances[id].shape {
            Shape::Record { fields } => fields.iter().map(|(_, c)| (c.conv, dir)).collect(),
            Shape::Tuple { elements } => elements.iter().map(|c| (c.conv, dir)).collect(),
            Shape::Variant { cases, .. } => cases
                .iter()
                .filter_map(|(_, c)| c.as_ref())
                .map(|c| (c.conv, dir))
                .collect(),
            Shape::Option { payload, .. } => vec![(payload.conv, dir)],
            Shape::Result { ok, err, .. } => {
                ok.iter().chain(err.iter()).map(|c| (c.conv, dir)).collect()
            }
            Shape::List { element, plain, .. } => {
                if *plain {
                    Vec::new()
                } else {
                    vec![(element.conv, memory)]
                }
            }
            Shape::Map { key, value, .. } => vec![(key.conv, memory), (value.conv, memory)],
            Shape::Fixed { element, .. } => vec![(element.conv, dir)],
            Shape::Enum { .. }
            | Shape::Flags { .. }
            | Shape::Own
            | Shape::BorrowImported { .. }
            | Shape::BorrowExported => Vec::new(),
        };
        for (child, dir) in children {
            self.need(child, dir);
        }
    }

    /// Whether lifting `r` borrows imported handles, which the export must
    /// drop before it returns.
    pub fn lends(&self, r: Ref) -> bool {
        let Ref::Inst(id) = r else {
            return false;
        };
        match &self.instances[id].shape {
            Shape::BorrowImported { .. } => true,
            shape => children(shape).into_iter().any(|c| self.lends(c)),
        }
    }

    /// Whether lowering `r` allocates buffers (through `Cleanup`): lists
    /// whose elements are not plain numbers get a new array, maps an array
    /// of entries; everything else points into the value itself.
    pub fn allocates(&self, r: Ref) -> bool {
        let Ref::Inst(id) = r else {
            return false;
        };
        match &self.instances[id].shape {
            Shape::List { plain, .. } => !plain,
            Shape::Map { .. } => true,
            shape => children(shape).into_iter().any(|c| self.allocates(c)),
        }
    }

    /// How a lowering function's parameter is written (`&[T]` for lists).
    pub fn lower_param(&self, id: usize) -> String {
        let inst = &self.instances[id];
        match &inst.shape {
            Shape::List { element, .. } => format!("[{}]", element.text.replace("'a", "'_")),
            _ if inst.lifetime => format!("T{id}<'_>"),
            _ => format!("T{id}"),
        }
    }

    /// How a lifting function's result is written.
    pub fn lift_result(&self, id: usize) -> String {
        if self.instances[id].lifetime {
            format!("T{id}<'static>")
        } else {
            format!("T{id}")
        }
    }
}

/// Stands for the runtime module's path: one level below the root, and
/// never equal to a real module's path.
pub static RUNTIME_PATH: [String; 1] = [String::new()];

pub fn prim_name(ty: Type) -> &'static str {
    match ty {
        Type::S8 => "s8",
        Type::S16 => "s16",
        Type::S32 => "s32",
        Type::S64 => "s64",
        Type::String => "string",
        Type::ErrorContext => "error_context",
        other => primitive(other),
    }
}

/// The integer that holds a flags value (wit-parser allows at most 32).
pub fn flags_bits(count: usize) -> &'static str {
    match count {
        0..=8 => "u8",
        9..=16 => "u16",
        _ => "u32",
    }
}

pub fn int_name(int: Int) -> &'static str {
    match int {
        Int::U8 => "u8",
        Int::U16 => "u16",
        Int::U32 => "u32",
        Int::U64 => "u64",
    }
}

/// The conversions a value of `shape` holds directly.
fn children(shape: &Shape) -> Vec<Ref> {
    match shape {
        Shape::Record { fields } => fields.iter().map(|(_, c)| c.conv).collect(),
        Shape::Tuple { elements } => elements.iter().map(|c| c.conv).collect(),
        Shape::Variant { cases, .. } => cases
            .iter()
            .filter_map(|(_, c)| c.as_ref())
            .map(|c| c.conv)
            .collect(),
        Shape::Option { payload, .. } => vec![payload.conv],
        Shape::Result { ok, err, .. } => ok.iter().chain(err.iter()).map(|c| c.conv).collect(),
        Shape::List { element, .. } | Shape::Fixed { element, .. } => vec![element.conv],
        Shape::Map { key, value, .. } => vec![key.conv, value.conv],
        Shape::Enum { .. }
        | Shape::Flags { .. }
        | Shape::Own
        | Shape::BorrowImported { .. }
        | Shape::BorrowExported => Vec::new(),
    }
}
