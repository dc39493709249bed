//! The IR's data types: a whole world as plain, serialisable data.
//!
//! Names are WIT (kebab-case) names; nothing here is spelled for a target
//! language. Every Canonical ABI fact a backend needs is a field, computed
//! once by [`crate::lower`]. The JSON form is documented in `docs/ir.md`;
//! bump [`FORMAT`] when a change would break a reader of that JSON.

use serde::{Serialize, Serializer};

/// Version of the JSON schema printed by `bindery ir`.
pub const FORMAT: u32 = 1;

/// Index into [`Ir::types`].
pub type TypeIndex = usize;
/// Index into [`Ir::interfaces`].
pub type InterfaceIndex = usize;
/// Index into [`Ir::codecs`].
pub type CodecIndex = usize;

/// One world, resolved, with everything reachable from it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Ir {
    /// Schema version of this document ([`FORMAT`]).
    pub format: u32,
    pub world: World,
    /// Every interface the world imports or exports, in the order wit-parser
    /// elaborated them (dependencies first).
    pub interfaces: Vec<Interface>,
    /// Every type definition reachable from the world, dependencies first:
    /// a type only refers to types with a smaller index.
    pub types: Vec<TypeDef>,
    pub imports: Vec<WorldItem>,
    pub exports: Vec<WorldItem>,
    /// One entry per distinct type, dependencies first. Backends emit one
    /// converter per codec and call other codecs by name, never recursively.
    pub codecs: Vec<Codec>,
    /// Async facts of the world: present when it uses async functions,
    /// futures, streams or `error-context`.
    #[serde(rename = "async", skip_serializing_if = "Option::is_none")]
    pub async_world: Option<AsyncWorld>,
    /// The encoded component type of the world, to be embedded in the guest
    /// as a custom section so `wit-component` can make it a component.
    pub component_type: ComponentType,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct PackageName {
    pub namespace: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl std::fmt::Display for PackageName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.namespace, self.name)?;
        if let Some(version) = &self.version {
            write!(f, "@{version}")?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct World {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package: Option<PackageName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
    #[serde(skip_serializing_if = "Stability::is_unknown")]
    pub stability: Stability,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Interface {
    /// `None` for an interface written inline in a world (`import x: interface { … }`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package: Option<PackageName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
    #[serde(skip_serializing_if = "Stability::is_unknown")]
    pub stability: Stability,
    /// The types this interface defines (or `use`s), in declaration order.
    pub types: Vec<TypeIndex>,
}

/// A world import or export.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct WorldItem {
    /// The name the component sees: `ns:pkg/iface@1.0.0`, or a plain name for
    /// world-level functions and inline interfaces.
    pub key: String,
    #[serde(flatten)]
    pub item: Item,
}

// Functions are the common case; boxing them would cost every backend a
// deref for nothing (the IR is built once and read).
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, Serialize)]
#[serde(
    rename_all = "kebab-case",
    rename_all_fields = "kebab-case",
    tag = "kind"
)]
pub enum Item {
    Interface {
        interface: InterfaceIndex,
        /// The interface's functions with the ABI of this direction.
        functions: Vec<Function>,
        /// Core-wasm intrinsics of each resource the interface defines.
        resources: Vec<ResourceAbi>,
    },
    Function {
        function: Function,
    },
    /// A world-level type (`type`, `use` or `resource` directly in the world).
    Type {
        #[serde(rename = "type")]
        ty: TypeIndex,
        #[serde(skip_serializing_if = "Option::is_none")]
        resource: Option<ResourceAbi>,
    },
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Function {
    /// The full WIT-level name: `f`, `[method]r.f`, `[static]r.f`, `[constructor]r`.
    pub name: String,
    /// The name as written in WIT: `f` (`constructor` for a constructor).
    pub item_name: String,
    pub kind: FunctionKind,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub is_async: bool,
    pub params: Vec<Param>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Type>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
    #[serde(skip_serializing_if = "Stability::is_unknown")]
    pub stability: Stability,
    pub abi: FunctionAbi,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "resource")]
pub enum FunctionKind {
    Freestanding,
    Method(TypeIndex),
    Static(TypeIndex),
    Constructor(TypeIndex),
    Getter,
    Setter,
    MethodGetter(TypeIndex),
    MethodSetter(TypeIndex),
    StaticGetter(TypeIndex),
    StaticSetter(TypeIndex),
}

impl FunctionKind {
    /// The resource this function belongs to, if any.
    pub fn resource(self) -> Option<TypeIndex> {
        match self {
            FunctionKind::Method(r)
            | FunctionKind::Static(r)
            | FunctionKind::Constructor(r)
            | FunctionKind::MethodGetter(r)
            | FunctionKind::MethodSetter(r)
            | FunctionKind::StaticGetter(r)
            | FunctionKind::StaticSetter(r) => Some(r),
            FunctionKind::Freestanding | FunctionKind::Getter | FunctionKind::Setter => None,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Param {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: Type,
}

/// How a function crosses the core-wasm boundary in one direction.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct FunctionAbi {
    /// Core import module (imports only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub module: Option<String>,
    /// Core import field name, or core export name.
    pub name: String,
    /// The core signature. For an import with a return area the last
    /// parameter is the pointer to it; for an export the result is.
    pub core_params: Vec<CoreType>,
    pub core_results: Vec<CoreType>,
    /// Set when the flattened parameters exceed 16: they are stored in memory
    /// as a tuple with this layout and passed by one pointer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub params_indirect: Option<Area>,
    /// Set when the flattened result exceeds one value: it travels through a
    /// return area of this layout.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_area: Option<Area>,
    /// Export name of the post-return function, for exports whose result owns
    /// memory that the guest must free once the host has read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_return: Option<String>,
    /// Async exports: the callback, the stackful name and `task.return`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub async_export: Option<Box<AsyncExportAbi>>,
    /// The futures and streams of the signature, in wit-parser's
    /// `find_futures_and_streams` order (which numbers their intrinsics).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub futures_and_streams: Vec<FunctionChannel>,
}

/// A block of linear memory laid out as a tuple: used for indirect
/// parameters and return areas.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Area {
    pub size: u32,
    pub align: u32,
    /// Offset of each parameter (indirect params) or of the result (`[0]`).
    pub offsets: Vec<u32>,
}

/// The core intrinsics of one resource as seen from one direction.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ResourceAbi {
    pub resource: TypeIndex,
    /// `[resource-drop]r`: drops a handle (own handles only).
    pub drop: CoreImport,
    /// Exported resources only: `[resource-new]r`, `[resource-rep]r` and the
    /// destructor the guest exports (`iface#[dtor]r`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rep: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dtor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CoreImport {
    pub module: String,
    pub name: String,
}

/// A core wasm value type. On wasm32 `pointer` and `length` are `i32` and
/// `pointer-or-i64` is `i64`; they are kept apart so backends can give
/// pointers a pointer type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CoreType {
    I32,
    I64,
    F32,
    F64,
    Pointer,
    PointerOrI64,
    Length,
}

/// A reference to a type: a primitive, or a definition in [`Ir::types`].
/// In JSON a primitive is its WIT name (`"u32"`) and a definition is its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Type {
    Bool,
    U8,
    U16,
    U32,
    U64,
    S8,
    S16,
    S32,
    S64,
    F32,
    F64,
    Char,
    String,
    ErrorContext,
    Id(TypeIndex),
}

impl Type {
    /// The primitives that are values, in WIT's order: backends that write
    /// one helper per primitive write them in this order.
    pub const PRIMITIVES: [Type; 13] = [
        Type::Bool,
        Type::U8,
        Type::U16,
        Type::U32,
        Type::U64,
        Type::S8,
        Type::S16,
        Type::S32,
        Type::S64,
        Type::F32,
        Type::F64,
        Type::Char,
        Type::String,
    ];

    /// The WIT spelling of a primitive; `None` for a type definition.
    pub fn primitive_name(self) -> Option<&'static str> {
        Some(match self {
            Type::Bool => "bool",
            Type::U8 => "u8",
            Type::U16 => "u16",
            Type::U32 => "u32",
            Type::U64 => "u64",
            Type::S8 => "s8",
            Type::S16 => "s16",
            Type::S32 => "s32",
            Type::S64 => "s64",
            Type::F32 => "f32",
            Type::F64 => "f64",
            Type::Char => "char",
            Type::String => "string",
            Type::ErrorContext => "error-context",
            Type::Id(_) => return None,
        })
    }

    /// Integers and floats: values whose memory form is their native form,
    /// so a list of them can be copied as one block.
    pub fn is_plain_number(self) -> bool {
        matches!(
            self,
            Type::U8
                | Type::U16
                | Type::U32
                | Type::U64
                | Type::S8
                | Type::S16
                | Type::S32
                | Type::S64
                | Type::F32
                | Type::F64
        )
    }
}

impl Serialize for Type {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Type::Id(index) => s.serialize_u64(*index as u64),
            other => s.serialize_str(other.primitive_name().unwrap_or_default()),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct TypeDef {
    /// `None` for anonymous types such as `list<u8>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub owner: Owner,
    pub kind: TypeKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
    #[serde(skip_serializing_if = "Stability::is_unknown")]
    pub stability: Stability,
    pub abi: TypeAbi,
    pub info: TypeInfo,
    /// The codec that converts values of this type; `None` for resources
    /// (only handles to them cross the boundary) and aliases of primitives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub codec: Option<CodecIndex>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "interface")]
pub enum Owner {
    None,
    World,
    Interface(InterfaceIndex),
}

/// Size, alignment and flattening of a type for wasm32.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct TypeAbi {
    pub size: u32,
    pub align: u32,
    /// The flattened core types; `None` when there are more than 16 (such a
    /// value never travels flat).
    pub flat: Option<Vec<CoreType>>,
}

/// Facts about what a type holds, transitively.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct TypeInfo {
    /// Holds a string or list: its memory form points to allocations.
    pub owns_memory: bool,
    /// Holds an `own` handle: dropping it must drop the resource.
    pub has_own_handle: bool,
    /// Holds a `borrow` handle.
    pub has_borrow_handle: bool,
    /// Used in a parameter of an imported function (the guest lends it).
    pub used_borrowed: bool,
    /// Used where ownership moves: export parameters/results, import results.
    pub used_owned: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(
    rename_all = "kebab-case",
    rename_all_fields = "kebab-case",
    tag = "kind"
)]
pub enum TypeKind {
    Record {
        fields: Vec<Field>,
    },
    Tuple {
        types: Vec<Type>,
        offsets: Vec<u32>,
    },
    Variant {
        cases: Vec<Case>,
        tag: Int,
        payload_offset: u32,
    },
    Enum {
        cases: Vec<EnumCase>,
        tag: Int,
    },
    Flags {
        flags: Vec<Flag>,
        repr: FlagsRepr,
    },
    Option {
        payload: Type,
        payload_offset: u32,
    },
    Result {
        #[serde(skip_serializing_if = "Option::is_none")]
        ok: Option<Type>,
        #[serde(skip_serializing_if = "Option::is_none")]
        err: Option<Type>,
        payload_offset: u32,
    },
    List {
        element: Type,
        element_size: u32,
        element_align: u32,
    },
    /// `map<K, V>`: in memory a list of key/value entries.
    Map {
        key: Type,
        value: Type,
        entry_size: u32,
        entry_align: u32,
        value_offset: u32,
    },
    /// `list<T, N>`: `N` elements stored inline.
    FixedLengthList {
        element: Type,
        length: u32,
        element_size: u32,
    },
    Resource,
    Handle {
        ownership: Ownership,
        /// The resource definition itself, never an alias of it.
        resource: TypeIndex,
        /// The alias the WIT named the resource by here (`own<r-alias>`,
        /// or a `use`d name), when it named one: where a backend writes
        /// WIT back, the name that is in scope.
        #[serde(skip_serializing_if = "Option::is_none")]
        alias: Option<TypeIndex>,
    },
    Future {
        #[serde(skip_serializing_if = "Option::is_none")]
        payload: Option<Type>,
    },
    Stream {
        #[serde(skip_serializing_if = "Option::is_none")]
        payload: Option<Type>,
    },
    /// `type a = b`.
    Alias {
        target: Type,
    },
}

impl TypeKind {
    /// Every type this kind refers to directly, in declaration order.
    pub fn children(&self) -> Vec<Type> {
        match self {
            TypeKind::Record { fields } => fields.iter().map(|f| f.ty).collect(),
            TypeKind::Tuple { types, .. } => types.clone(),
            TypeKind::Variant { cases, .. } => cases.iter().filter_map(|c| c.ty).collect(),
            TypeKind::Option { payload, .. } => vec![*payload],
            TypeKind::Result { ok, err, .. } => ok.iter().chain(err.iter()).copied().collect(),
            TypeKind::List { element, .. } | TypeKind::FixedLengthList { element, .. } => {
                vec![*element]
            }
            TypeKind::Map { key, value, .. } => vec![*key, *value],
            TypeKind::Future { payload } | TypeKind::Stream { payload } => {
                payload.iter().copied().collect()
            }
            TypeKind::Alias { target } => vec![*target],
            TypeKind::Enum { .. }
            | TypeKind::Flags { .. }
            | TypeKind::Resource
            | TypeKind::Handle { .. } => Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Field {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: Type,
    pub offset: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Case {
    pub name: String,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub ty: Option<Type>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnumCase {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Flag {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
}

/// The integer that holds a discriminant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Int {
    U8,
    U16,
    U32,
    U64,
}

/// How flags are stored: one integer of 8/16 bits, or `count` 32-bit words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "count")]
pub enum FlagsRepr {
    U8,
    U16,
    U32(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ownership {
    Own,
    Borrow,
}

impl Ownership {
    /// `own` or `borrow`, as in WIT.
    pub fn wit_name(self) -> &'static str {
        match self {
            Ownership::Own => "own",
            Ownership::Borrow => "borrow",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", rename_all_fields = "kebab-case")]
pub enum Stability {
    Unknown,
    Stable {
        since: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        deprecated: Option<String>,
    },
    Unstable {
        feature: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        deprecated: Option<String>,
    },
}

impl Stability {
    pub fn is_unknown(&self) -> bool {
        *self == Stability::Unknown
    }
}

/// One distinct type that needs a converter.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Codec {
    /// Stable structural name: `list<option<u32>>`, or for nominal types
    /// (records, variants, enums, flags) `ns:pkg/iface@1.0.0.name`.
    pub name: String,
    /// The first type definition with this codec; others share it.
    #[serde(rename = "type")]
    pub ty: TypeIndex,
    /// Codecs this one calls, all with smaller indices.
    pub deps: Vec<CodecIndex>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ComponentType {
    /// Custom-section name (`component-type:…`).
    pub section: String,
    /// The section's contents, as produced by `wit-component`.
    #[serde(serialize_with = "serialize_hex")]
    pub bytes: Vec<u8>,
}

impl ComponentType {
    /// The same component type with another string encoding: the
    /// encoding guests declare for their core imports and exports
    /// (`bindery c --string-encoding utf16`), which wit-component reads
    /// when it makes the component. The IR's own bytes say UTF-8.
    pub fn with_string_encoding(
        &self,
        encoding: wit_component::StringEncoding,
    ) -> Result<ComponentType, crate::Error> {
        let fail = |err: anyhow::Error| {
            crate::Error::output(format!(
                "cannot re-encode the world's component type as {encoding}: {err:#}"
            ))
        };
        let (resolve, world) = wit_parser::decoding::decode_world(&self.bytes).map_err(fail)?;
        let bytes = wit_component::metadata::encode(&resolve, world, encoding, None, false)
            .map_err(fail)?;
        Ok(ComponentType {
            section: self.section.clone(),
            bytes,
        })
    }
}

fn serialize_hex<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    s.serialize_str(&hex)
}

impl Ir {
    /// Whether a type of the world is a future (or a stream), whether or
    /// not a function passes one: a type no function passes has no
    /// [`Channel`] (its intrinsics are named after a function), yet a
    /// generator must still declare it for the types that name it.
    pub fn declares(&self, kind: ChannelKind) -> bool {
        self.types.iter().any(|def| match def.kind {
            TypeKind::Future { .. } => kind == ChannelKind::Future,
            TypeKind::Stream { .. } => kind == ChannelKind::Stream,
            _ => false,
        })
    }

    /// The definition behind a type index.
    pub fn def(&self, index: TypeIndex) -> &TypeDef {
        &self.types[index]
    }

    /// Follows aliases to the type that gives a value its shape.
    pub fn unalias(&self, mut ty: Type) -> Type {
        while let Type::Id(index) = ty {
            match self.types[index].kind {
                TypeKind::Alias { target } => ty = target,
                _ => break,
            }
        }
        ty
    }

    /// Size of a type on wasm32.
    pub fn size(&self, ty: Type) -> u32 {
        match ty {
            Type::Bool | Type::U8 | Type::S8 => 1,
            Type::U16 | Type::S16 => 2,
            Type::U32 | Type::S32 | Type::F32 | Type::Char | Type::ErrorContext => 4,
            Type::U64 | Type::S64 | Type::F64 | Type::String => 8,
            Type::Id(index) => self.types[index].abi.size,
        }
    }

    /// Alignment of a type on wasm32.
    pub fn align(&self, ty: Type) -> u32 {
        match ty {
            Type::String => 4,
            Type::Id(index) => self.types[index].abi.align,
            other => self.size(other),
        }
    }

    /// The flattened core types of a value, `None` past 16.
    pub fn flat(&self, ty: Type) -> Option<Vec<CoreType>> {
        Some(match ty {
            Type::Bool
            | Type::U8
            | Type::U16
            | Type::U32
            | Type::S8
            | Type::S16
            | Type::S32
            | Type::Char
            | Type::ErrorContext => vec![CoreType::I32],
            Type::U64 | Type::S64 => vec![CoreType::I64],
            Type::F32 => vec![CoreType::F32],
            Type::F64 => vec![CoreType::F64],
            Type::String => vec![CoreType::Pointer, CoreType::Length],
            Type::Id(index) => return self.types[index].abi.flat.clone(),
        })
    }

    /// What a type holds, transitively.
    pub fn info(&self, ty: Type) -> TypeInfo {
        match ty {
            Type::String => TypeInfo {
                owns_memory: true,
                ..TypeInfo::default()
            },
            Type::Id(index) => self.types[index].info,
            _ => TypeInfo::default(),
        }
    }

    /// The codec of a type, `None` for primitives.
    pub fn codec_of(&self, ty: Type) -> Option<CodecIndex> {
        match ty {
            Type::Id(index) => self.types[index].codec,
            _ => None,
        }
    }

    /// The interface a world item refers to, if it is one.
    pub fn interface_of(&self, item: &WorldItem) -> Option<&Interface> {
        match &item.item {
            Item::Interface { interface, .. } => Some(&self.interfaces[*interface]),
            _ => None,
        }
    }
}

/// How an async export is lifted, beside its `[async-lift]` name.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AsyncExportAbi {
    /// `[callback][async-lift]iface#f`: the callback the guest exports with
    /// the callback form, `(event, handle, code) -> i32`.
    pub callback: String,
    /// `[async-lift-stackful]iface#f`: the export name of the stackful form
    /// (`(params) -> ()`, no callback), which needs the host's stackful switch.
    pub stackful: String,
    /// The `task.return` import that delivers the result.
    pub task_return: TaskReturn,
    /// `[task-cancel]`: acknowledges a cancellation request instead of
    /// returning.
    pub task_cancel: CoreImport,
}

/// The `task.return` import of an async export: its parameters are the
/// function's result, flattened.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct TaskReturn {
    pub module: String,
    pub name: String,
    pub core_params: Vec<CoreType>,
    /// Set when the flattened result exceeds 16 values: it is stored in
    /// memory with this layout and passed by one pointer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub params_indirect: Option<Area>,
}

/// Index into [`AsyncWorld::channels`].
pub type ChannelIndex = usize;

/// One future or stream type in a function's signature.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct FunctionChannel {
    /// The `future`/`stream` type definition.
    #[serde(rename = "type")]
    pub ty: TypeIndex,
    /// The distinct future/stream type it is an instance of.
    pub channel: ChannelIndex,
    pub intrinsics: ChannelIntrinsics,
}

/// The core imports that create and operate one future or stream type, as
/// numbered for one function (`[future-new-0]f`, …). Reads and writes are
/// async-lowered (`[async-lower]…`), cancels are synchronous.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ChannelIntrinsics {
    pub module: String,
    /// `() -> i64`: readable end in the low 32 bits, writable end in the high.
    pub new: String,
    /// `(end, buffer) -> i32` for futures, `(end, buffer, count) -> i32` for
    /// streams: `BLOCKED`, or `result | count << 4`.
    pub read: String,
    pub write: String,
    pub cancel_read: String,
    pub cancel_write: String,
    pub drop_readable: String,
    pub drop_writable: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    Future,
    Stream,
}

/// One distinct future or stream type of the world (`future<u32>`,
/// `stream<string>`): what a generator needs to move its payload.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Channel {
    pub kind: ChannelKind,
    /// Structural name, as the codec's: `future<u32>`, `stream`.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Type>,
    /// Size and alignment of one payload value (0 and 1 without payload).
    pub size: u32,
    pub align: u32,
    /// What the payload holds (owned memory, handles).
    pub info: TypeInfo,
    /// The payload is a plain number: its memory form is its native form,
    /// so a buffer of values is copied as one block.
    pub plain: bool,
    /// The codec of the future/stream type itself (a handle).
    pub codec: CodecIndex,
    /// The codec of the payload; absent for primitives and no payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload_codec: Option<CodecIndex>,
    /// Every type definition of this shape.
    pub types: Vec<TypeIndex>,
    /// The intrinsics of the first function that uses this type: any
    /// function's serve, as types are compared by structure.
    pub intrinsics: ChannelIntrinsics,
}

/// The async facts of a world.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AsyncWorld {
    pub builtins: Builtins,
    /// Every distinct future and stream type, in order of first use.
    pub channels: Vec<Channel>,
    pub host_features: HostFeatures,
}

/// The `$root` built-ins that apply to the world; absent ones do not (no
/// async import: no subtask built-ins; no async export: no context slot or
/// backpressure; no `error-context`: none of its built-ins).
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Builtins {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waitable_set_new: Option<CoreImport>,
    /// `(set, payload-pointer) -> event`; the pointer receives two i32s:
    /// the waitable and its code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waitable_set_wait: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waitable_set_poll: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waitable_set_drop: Option<CoreImport>,
    /// `(waitable, set)`; set 0 takes the waitable out of its set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waitable_join: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtask_drop: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtask_cancel: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context_get: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context_set: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backpressure_inc: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backpressure_dec: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thread_yield: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_context_new: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_context_debug_message: Option<CoreImport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_context_drop: Option<CoreImport>,
}

/// The host switches a guest of this world needs (wasmtime's
/// `wasm_component_model_*` configuration).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct HostFeatures {
    /// `component-model-async`: async functions, futures, streams.
    #[serde(rename = "async")]
    pub component_model_async: bool,
    /// `component-model-error-context`: the world uses `error-context`.
    pub error_context: bool,
    /// `component-model-async-stackful`: the world has async exports; needed
    /// only by a guest that lifts them stackful (the `stackful` names).
    pub async_stackful: bool,
}
