//! What the templates see: small structs holding exactly the strings they
//! print. One template per item kind (`templates/c/`); enums pick the
//! template per variant, so no template matches on a type kind itself.

use askama::Template;

/// `<world>.h`.
#[derive(Template)]
#[template(path = "header.h")]
pub struct Header<'a> {
    pub world: String,
    pub guard: String,
    pub docs: Vec<String>,
    pub strings: Option<Strings>,
    /// Async worlds: wit-bindgen's C async API, and error-context.
    pub asynchronous: Option<crate::asyncs::AsyncHeader>,
    pub types: Vec<TypeItem>,
    /// The functions of each future and stream type.
    pub channels: Vec<crate::asyncs::ChannelDecl<'a>>,
    pub args_structs: Vec<crate::async_functions::ArgsStruct>,
    pub groups: Vec<FunctionGroup>,
}

/// `<world>_impl.c`: the starter definitions of the exports.
#[derive(Template)]
#[template(path = "stubs.c")]
pub struct Stubs {
    pub world: String,
    pub header: String,
    pub resources: Vec<StubResource>,
    pub functions: Vec<StubFunction>,
}

/// An exported resource's struct and destructor, for the user to fill in.
pub struct StubResource {
    pub rep: String,
    pub destructor: String,
}

/// An exported function's definition: its signature, and the parameters to
/// mark used so that `-Wextra -Werror` accepts the placeholder body.
pub struct StubFunction {
    pub signature: String,
    pub unused: Vec<String>,
}

/// `<world>.c`.
#[derive(Template)]
#[template(path = "source.c")]
pub struct Source<'a> {
    pub world: String,
    pub header: String,
    pub section: Section,
    pub uses_slots: bool,
    pub strings: Option<Strings>,
    pub primitives: Vec<PrimitiveConverter>,
    pub layouts: Vec<LayoutCheck>,
    pub codecs: Vec<Codec>,
    pub free_aliases: Vec<FreeAlias>,
    pub resources: Vec<ResourceSource>,
    pub imports: Vec<ImportFunction>,
    pub ret_area: Option<Area>,
    pub exports: Vec<ExportFunction>,
    pub asynchronous: Option<crate::asyncs::AsyncSource>,
    pub channels: Vec<crate::asyncs::ChannelDef<'a>>,
    pub async_imports: Vec<crate::async_functions::AsyncImport>,
    pub async_exports: Vec<crate::async_functions::AsyncExport>,
}

/// The string type and its helpers (`<world>_string_t`, `_set`, `_dup`,
/// `_free`).
#[derive(Clone)]
pub struct Strings {
    pub ctype: String,
    pub set: String,
    pub dup: String,
    pub dup_n: String,
    pub free: String,
    /// The release, when a post-return uses it.
    pub release: Option<&'static str>,
    /// The encoding's code unit in memory (`uint8_t`, `uint16_t`) and in
    /// C string literals (`char`, `char16_t`).
    pub unit: &'static str,
    pub cchar: &'static str,
    pub utf16: bool,
    /// The doc comment's subject and the plural of a code unit.
    pub what: &'static str,
    pub units: &'static str,
    /// Alignment of the allocation, and `len` → bytes (`""`, `" * 2"`).
    pub align: u8,
    pub scale: &'static str,
    /// How `set` and `dup` measure `s`, and the UTF-16 length helper.
    pub length: String,
    pub len: Option<String>,
}

/// The component type as a custom section, in chunks short enough for a
/// C11 string literal.
#[derive(Template)]
#[template(path = "section.c")]
pub struct Section {
    pub name: String,
    pub chunks: Vec<String>,
}

pub struct TypeItem {
    pub def: TypeDef,
    /// Declaration of the type's `_free` function.
    pub free: Option<String>,
}

/// A type definition in the header.
#[derive(Template)]
pub enum TypeDef {
    #[template(path = "type_struct.h")]
    Struct(StructDef),
    #[template(path = "type_variant.h")]
    Variant(VariantDef),
    #[template(path = "type_scalar.h")]
    Scalar(ScalarDef),
    #[template(path = "type_option.h")]
    Option(OptionDef),
    #[template(path = "type_result.h")]
    Result(ResultDef),
    #[template(path = "type_list.h")]
    List(ListDef),
    #[template(path = "type_map.h")]
    Map(MapDef),
    #[template(path = "type_array.h")]
    Array(ArrayDef),
    #[template(path = "type_typedef.h")]
    Typedef(TypedefDef),
    #[template(path = "resource_import.h")]
    ImportedResource(ImportedResource),
    #[template(path = "resource_export.h")]
    ExportedResource(Box<ExportedResource>),
}

/// A struct member, or a union member of a variant.
pub struct Member {
    pub docs: Vec<String>,
    pub ctype: String,
    pub name: String,
}

/// Records and tuples.
pub struct StructDef {
    pub docs: Vec<String>,
    pub name: String,
    pub members: Vec<Member>,
}

pub struct VariantDef {
    pub docs: Vec<String>,
    pub name: String,
    pub tag: String,
    pub payloads: Vec<Member>,
    pub macros: Vec<Macro>,
}

/// A `#define` naming an enum case, a variant case or a flag.
pub struct Macro {
    pub docs: Vec<String>,
    pub name: String,
    pub value: String,
}

/// Enums and flags: an integer and its macros.
pub struct ScalarDef {
    pub docs: Vec<String>,
    pub name: String,
    pub repr: String,
    pub macros: Vec<Macro>,
}

pub struct OptionDef {
    pub docs: Vec<String>,
    pub name: String,
    pub payload: String,
}

pub struct ResultDef {
    pub docs: Vec<String>,
    pub name: String,
    pub ok: Option<String>,
    pub err: Option<String>,
}

pub struct ListDef {
    pub docs: Vec<String>,
    pub name: String,
    pub element: String,
}

pub struct MapDef {
    pub docs: Vec<String>,
    pub name: String,
    pub entry: String,
    pub key: String,
    pub value: String,
}

pub struct ArrayDef {
    pub docs: Vec<String>,
    pub name: String,
    pub element: String,
    pub length: u32,
}

/// Another name for a type: WIT aliases, and further names of one codec.
pub struct TypedefDef {
    pub docs: Vec<String>,
    pub name: String,
    pub target: String,
}

/// A resource the host implements: opaque handles.
#[derive(Clone)]
pub struct ImportedResource {
    pub docs: Vec<String>,
    pub own: String,
    pub borrow: String,
    pub drop_own: String,
    pub drop_borrow: String,
    pub borrow_fn: String,
    pub drop: CoreImport,
}

/// A resource the guest implements: its struct, handles, and intrinsics.
#[derive(Clone)]
pub struct ExportedResource {
    pub docs: Vec<String>,
    pub rep: String,
    pub own: String,
    pub borrow: String,
    pub new: String,
    pub rep_fn: String,
    pub drop_own: String,
    pub destructor: String,
    pub new_import: CoreImport,
    pub rep_import: CoreImport,
    pub drop: CoreImport,
    pub dtor: Option<CoreExport>,
}

/// A core wasm import: `module`/`field` (escaped for a C string) and the
/// C name it is declared under.
#[derive(Clone)]
pub struct CoreImport {
    pub module: String,
    pub field: String,
    pub name: String,
}

/// A core wasm export: its name (escaped) and the C function behind it.
#[derive(Clone)]
pub struct CoreExport {
    pub name: String,
    pub function: String,
}

#[derive(Template)]
pub enum ResourceSource {
    #[template(path = "resource_import.c")]
    Imported(Box<ImportedResource>),
    #[template(path = "resource_export.c")]
    Exported(Box<ExportedResource>),
}

pub struct FunctionGroup {
    pub title: String,
    pub functions: Vec<FunctionDecl>,
}

pub struct FunctionDecl {
    pub docs: Vec<String>,
    /// `extern ` for imports; exports are the guest's to define.
    pub storage: &'static str,
    pub signature: String,
}

/// `_Static_assert`s tying a C type to the IR's layout.
pub struct LayoutCheck {
    pub ctype: String,
    pub conditions: Vec<String>,
}

/// A converter of a primitive between its C value and flat core values.
#[derive(Template)]
#[template(path = "codec_primitive.c")]
pub struct PrimitiveConverter {
    pub name: String,
    pub ctype: String,
    pub kind: PrimitiveKind,
}

pub enum PrimitiveKind {
    /// One core value in slot member `member`, converted with a cast.
    Lower {
        member: &'static str,
        core: &'static str,
    },
    Lift {
        member: &'static str,
    },
    /// `cast` converts the string's pointer to the slot's `uint8_t *` and
    /// back: empty for UTF-8, whose code unit is `uint8_t` already.
    LowerString {
        cast: &'static str,
    },
    LiftString {
        cast: &'static str,
    },
}

/// The names a codec's functions share: the C type and each converter
/// that the world uses (lower, lift, free).
pub struct CodecHead {
    pub ctype: String,
    pub lower: Option<String>,
    pub lift: Option<String>,
    pub free: Option<String>,
    /// A `static inline` free that leaves the value as it is, for
    /// post-returns (present exactly when `free` is).
    pub release: Option<String>,
}

/// One IR codec on one side: its flat converters and `_free`.
#[derive(Template)]
pub enum Codec {
    #[template(path = "codec_fields.c")]
    Fields(FieldsCodec),
    #[template(path = "codec_cases.c")]
    Cases(CasesCodec),
    #[template(path = "codec_scalar.c")]
    Scalar(ScalarCodec),
    #[template(path = "codec_list.c")]
    List(ListCodec),
    #[template(path = "codec_array.c")]
    Array(ArrayCodec),
    #[template(path = "codec_handle.c")]
    Handle(HandleCodec),
}

/// How one part of a value converts: where it sits (`member`, a path from
/// the value) and its flat slot, with the converters to call.
#[derive(Clone)]
pub struct Part {
    pub member: String,
    pub slot: usize,
    pub lower: String,
    pub lift: String,
    pub free: Option<String>,
    pub release: Option<String>,
}

impl Codec {
    /// Whether the codec has flat converters (and so needs slots).
    pub fn converts_flat(&self) -> bool {
        let head = match self {
            Codec::Fields(c) => &c.head,
            Codec::Cases(c) => &c.head,
            Codec::Scalar(c) => &c.head,
            Codec::List(c) => &c.head,
            Codec::Array(c) => &c.head,
            Codec::Handle(c) => &c.head,
        };
        head.lower.is_some() || head.lift.is_some()
    }
}

/// Records and tuples: each field at its slot.
pub struct FieldsCodec {
    pub head: CodecHead,
    pub fields: Vec<Part>,
}

/// Variants, options and results: a discriminant in slot 0 and the
/// payload of the case from slot 1.
pub struct CasesCodec {
    pub head: CodecHead,
    /// The discriminant's member (`tag`, `is_some`, `is_err`) and C type.
    pub tag: String,
    pub tag_type: String,
    /// Cases with a payload, with their discriminant value.
    pub cases: Vec<(usize, Part)>,
    /// The payloads that own memory.
    pub owning: Vec<(usize, Part)>,
}

/// Enums and flags: one integer.
pub struct ScalarCodec {
    pub head: CodecHead,
}

/// Lists, strings and maps: a pointer and a length; in memory the C value
/// is the Canonical ABI value, so nothing converts element by element.
pub struct ListCodec {
    pub head: CodecHead,
    pub element: String,
    /// Frees of each element's owning parts (`""`, or `.key`/`.value`).
    pub element_frees: Vec<(String, String)>,
    /// Their releases, likewise.
    pub element_releases: Vec<(String, String)>,
}

/// Fixed-length lists: `length` elements, `stride` slots each.
pub struct ArrayCodec {
    pub head: CodecHead,
    pub length: u32,
    pub stride: usize,
    pub element: Part,
}

pub struct HandleCodec {
    pub head: CodecHead,
    /// A borrow of an exported resource is a pointer to the guest's struct;
    /// other handles are `{ int32_t __handle; }`.
    pub pointer: bool,
}

/// `_free` of an alias or of a further name of a codec's type.
pub struct FreeAlias {
    pub name: String,
    pub ctype: String,
    /// The `_free` it calls; `None` for one that has nothing to free.
    pub target: Option<String>,
}

/// Alignment and size of a block of memory.
pub struct Area {
    pub size: u32,
    pub align: u32,
}

/// A call to an imported function: lower the arguments, call the core
/// import, lift the result.
#[derive(Template)]
#[template(path = "function_import.c")]
pub struct ImportFunction {
    pub signature: String,
    pub core: CoreImport,
    pub core_result: String,
    pub core_params: String,
    pub options: Vec<OptionParam>,
    pub args: ImportArgs,
    pub call_args: String,
    pub result: ImportResult,
    pub deliver: Deliver,
}

/// An `option<T>` parameter passed as `T *maybe_x` (NULL for none), made
/// into an option value for lowering.
pub struct OptionParam {
    pub ctype: String,
    pub local: String,
    pub maybe: String,
}

pub enum ImportArgs {
    /// Arguments as flat values in `count` slots.
    Flat { count: usize, lowers: Vec<Lowering> },
    /// More than 16 flat values: stored in memory, passed by pointer.
    Indirect { area: Area, stores: Vec<Store> },
}

pub struct Lowering {
    pub function: String,
    pub value: String,
    pub slot: usize,
}

pub struct Store {
    pub offset: u32,
    pub value: String,
    pub ctype: String,
}

pub enum ImportResult {
    Void,
    Flat {
        ctype: String,
        member: &'static str,
        lift: String,
    },
    /// Through a return area: the C value itself, whose layout is the
    /// Canonical ABI's.
    Area {
        ctype: String,
    },
}

/// How a result reaches the caller of a generated signature.
pub enum Deliver {
    Nothing,
    Return,
    OutPointer,
    OptionBool,
    ResultBool { ok: bool, err: bool },
}

/// An exported function: lift the arguments, call the guest's function,
/// lower the result.
#[derive(Template)]
#[template(path = "function_export.c")]
pub struct ExportFunction {
    pub core: CoreExport,
    pub core_result: String,
    pub core_params: String,
    pub params: ExportParams,
    pub call: ExportCall,
    pub user: String,
    pub args: String,
    pub ret: ExportRet,
    pub post_return: Option<PostReturn>,
}

pub enum ExportParams {
    Flat {
        count: usize,
        stores: Vec<SlotStore>,
        lifts: Vec<Lifting>,
    },
    Indirect {
        loads: Vec<Load>,
    },
}

/// A core argument put in its slot.
pub struct SlotStore {
    pub slot: usize,
    pub member: &'static str,
    pub arg: String,
}

pub struct Lifting {
    pub ctype: String,
    pub local: String,
    pub function: String,
    pub slot: usize,
}

pub struct Load {
    pub ctype: String,
    pub local: String,
    pub offset: u32,
}

pub enum ExportCall {
    Void,
    Value(String),
    OutPointer(String),
    OptionBool(String),
    ResultBool(String),
}

pub enum ExportRet {
    Nothing,
    Flat { lower: String, member: &'static str },
    Area,
}

pub struct PostReturn {
    pub core: CoreExport,
    pub ctype: String,
    /// The result type's release: the host has read the result, nothing
    /// reads it again.
    pub release: String,
}
