//! Async facts, computed once: the callback-form lift of async exports and
//! their `task.return`, the future/stream intrinsics of each function (in
//! wit-parser's `find_futures_and_streams` order), the world's distinct
//! future/stream types, the `$root` built-ins that apply and the host
//! switches a guest needs. Names come from wit-parser's own mangling, never
//! spelled here by hand, except the `$root` built-ins (wit-parser has no
//! function for them; they are fixed by wit-component's validator).

use std::collections::HashMap;

use wit_parser::{
    FutureIntrinsic, LiftLowerAbi, Mangling, ManglingAndAbi, Resolve, SizeAlign, StreamIntrinsic,
    TypeDefKind, TypeId, WasmExport, WasmExportKind, WasmImport, WorldKey,
};

use crate::model::*;

const CALLBACK: ManglingAndAbi = ManglingAndAbi::Legacy(LiftLowerAbi::AsyncCallback);
const STACKFUL: ManglingAndAbi = ManglingAndAbi::Legacy(LiftLowerAbi::AsyncStackful);

/// The lift of an async export beside its `[async-lift]` name.
pub(crate) fn export_abi(
    resolve: &Resolve,
    sizes: &SizeAlign,
    func: &wit_parser::Function,
    key: Option<&WorldKey>,
    core_type: fn(wit_parser::abi::WasmType) -> CoreType,
) -> AsyncExportAbi {
    let export = |mangling, kind| {
        resolve.wasm_export_name(
            mangling,
            WasmExport::Func {
                interface: key,
                func,
                kind,
            },
        )
    };
    let (module, name, sig) = func.task_return_import(resolve, key, Mangling::Legacy);
    let params_indirect = match (&func.result, sig.indirect_params) {
        (Some(result), true) => Some(Area {
            size: sizes.size(result).size_wasm32() as u32,
            align: sizes.align(result).align_wasm32() as u32,
            offsets: vec![0],
        }),
        _ => None,
    };
    AsyncExportAbi {
        callback: export(CALLBACK, WasmExportKind::Callback),
        stackful: export(STACKFUL, WasmExportKind::Normal),
        task_return: TaskReturn {
            module: module.clone(),
            name,
            core_params: sig.params.into_iter().map(core_type).collect(),
            params_indirect,
        },
        task_cancel: CoreImport {
            module,
            name: "[task-cancel]".to_string(),
        },
    }
}

/// The future and stream types of `func`'s signature with their
/// intrinsics; `channel` is filled in by [`world`].
pub(crate) fn function_channels(
    resolve: &Resolve,
    func: &wit_parser::Function,
    key: Option<&WorldKey>,
    exported: bool,
    type_index: &HashMap<TypeId, TypeIndex>,
) -> Vec<FunctionChannel> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for id in func.find_futures_and_streams(resolve) {
        // The same anonymous type twice shares its intrinsics (wit-parser
        // numbers a type by its first position).
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let future = matches!(resolve.types[id].kind, TypeDefKind::Future(_));
        let name = |which: Which, async_: bool| {
            let import = if future {
                WasmImport::FutureIntrinsic {
                    interface: key,
                    func,
                    ty: Some(id),
                    intrinsic: which.future(),
                    exported,
                    async_,
                }
            } else {
                WasmImport::StreamIntrinsic {
                    interface: key,
                    func,
                    ty: Some(id),
                    intrinsic: which.stream(),
                    exported,
                    async_,
                }
            };
            resolve.wasm_import_name(CALLBACK, import)
        };
        let (module, new) = name(Which::New, false);
        out.push(FunctionChannel {
            ty: type_index[&id],
            channel: 0,
            intrinsics: ChannelIntrinsics {
                module,
                new,
                read: name(Which::Read, true).1,
                write: name(Which::Write, true).1,
                cancel_read: name(Which::CancelRead, false).1,
                cancel_write: name(Which::CancelWrite, false).1,
                drop_readable: name(Which::DropReadable, false).1,
                drop_writable: name(Which::DropWritable, false).1,
            },
        });
    }
    out
}

#[derive(Clone, Copy)]
enum Which {
    New,
    Read,
    Write,
    CancelRead,
    CancelWrite,
    DropReadable,
    DropWritable,
}

impl Which {
    fn future(self) -> FutureIntrinsic {
        match self {
            Which::New => FutureIntrinsic::New,
            Which::Read => FutureIntrinsic::Read,
            Which::Write => FutureIntrinsic::Write,
            Which::CancelRead => FutureIntrinsic::CancelRead,
            Which::CancelWrite => FutureIntrinsic::CancelWrite,
            Which::DropReadable => FutureIntrinsic::DropReadable,
            Which::DropWritable => FutureIntrinsic::DropWritable,
        }
    }

    fn stream(self) -> StreamIntrinsic {
        match self {
            Which::New => StreamIntrinsic::New,
            Which::Read => StreamIntrinsic::Read,
            Which::Write => StreamIntrinsic::Write,
            Which::CancelRead => StreamIntrinsic::CancelRead,
            Which::CancelWrite => StreamIntrinsic::CancelWrite,
            Which::DropReadable => StreamIntrinsic::DropReadable,
            Which::DropWritable => StreamIntrinsic::DropWritable,
        }
    }
}

/// Every function of a list of world items.
fn functions_mut(items: &mut [WorldItem]) -> impl Iterator<Item = &mut Function> {
    items.iter_mut().flat_map(|item| match &mut item.item {
        Item::Interface { functions, .. } => functions.iter_mut().collect::<Vec<_>>(),
        Item::Function { function } => vec![function],
        Item::Type { .. } => Vec::new(),
    })
}

/// Numbers the distinct future/stream types, fills in each function's
/// `channel`, and sets [`Ir::async_world`] when the world uses anything
/// async.
pub(crate) fn world(ir: &mut Ir) {
    let types = &ir.types;
    let mut channels: Vec<Channel> = Vec::new();
    let mut by_codec: HashMap<CodecIndex, ChannelIndex> = HashMap::new();
    let mut async_imports = false;
    let mut async_exports = false;
    let mut imports = std::mem::take(&mut ir.imports);
    let mut exports = std::mem::take(&mut ir.exports);
    for (exported, items) in [(false, &mut imports), (true, &mut exports)] {
        for function in functions_mut(items) {
            async_imports |= function.is_async && !exported;
            async_exports |= function.is_async && exported;
            for used in &mut function.abi.futures_and_streams {
                let def = &types[used.ty];
                let codec = def.codec.expect("future and stream types have codecs");
                let index = *by_codec.entry(codec).or_insert_with(|| {
                    channels.push(channel(ir, used, codec));
                    channels.len() - 1
                });
                if !channels[index].types.contains(&used.ty) {
                    channels[index].types.push(used.ty);
                }
                used.channel = index;
            }
        }
    }
    ir.imports = imports;
    ir.exports = exports;
    let error_context = uses_error_context(ir);
    let component_model_async = async_imports || async_exports || !channels.is_empty();
    if !component_model_async && !error_context {
        return;
    }
    ir.async_world = Some(AsyncWorld {
        builtins: builtins(
            component_model_async,
            async_imports,
            async_exports,
            error_context,
        ),
        channels,
        host_features: HostFeatures {
            component_model_async: true,
            error_context,
            async_stackful: async_exports,
        },
    });
}

fn channel(ir: &Ir, used: &FunctionChannel, codec: CodecIndex) -> Channel {
    let (kind, payload) = match ir.types[used.ty].kind {
        TypeKind::Future { payload } => (ChannelKind::Future, payload),
        TypeKind::Stream { payload } => (ChannelKind::Stream, payload),
        _ => unreachable!("find_futures_and_streams yields futures and streams"),
    };
    Channel {
        kind,
        name: ir.codecs[codec].name.clone(),
        payload,
        size: payload.map_or(0, |p| ir.size(p)),
        align: payload.map_or(1, |p| ir.align(p)),
        info: payload.map(|p| ir.info(p)).unwrap_or_default(),
        plain: payload.is_some_and(|p| ir.unalias(p).is_plain_number()),
        codec,
        payload_codec: payload.and_then(|p| ir.codec_of(p)),
        types: vec![used.ty],
        intrinsics: used.intrinsics.clone(),
    }
}

/// Whether `error-context` appears in any type or signature of the world.
fn uses_error_context(ir: &Ir) -> bool {
    let in_types = ir
        .types
        .iter()
        .any(|def| def.kind.children().contains(&Type::ErrorContext));
    let in_signature = |f: &Function| {
        f.params.iter().any(|p| p.ty == Type::ErrorContext) || f.result == Some(Type::ErrorContext)
    };
    let in_functions = ir
        .imports
        .iter()
        .chain(&ir.exports)
        .any(|item| match &item.item {
            Item::Interface { functions, .. } => functions.iter().any(in_signature),
            Item::Function { function } => in_signature(function),
            Item::Type { .. } => false,
        });
    in_types || in_functions
}

fn builtins(any: bool, imports: bool, exports: bool, error_context: bool) -> Builtins {
    let root = |when: bool, name: &str| {
        when.then(|| CoreImport {
            module: "$root".to_string(),
            name: format!("[{name}]"),
        })
    };
    Builtins {
        waitable_set_new: root(any, "waitable-set-new"),
        waitable_set_wait: root(any, "waitable-set-wait"),
        waitable_set_poll: root(any, "waitable-set-poll"),
        waitable_set_drop: root(any, "waitable-set-drop"),
        waitable_join: root(any, "waitable-join"),
        subtask_drop: root(imports, "subtask-drop"),
        subtask_cancel: root(imports, "subtask-cancel"),
        context_get: root(exports, "context-get-0"),
        context_set: root(exports, "context-set-0"),
        backpressure_inc: root(exports, "backpressure-inc"),
        backpressure_dec: root(exports, "backpressure-dec"),
        thread_yield: root(any, "thread-yield"),
        error_context_new: root(error_context, "error-context-new-utf8"),
        error_context_debug_message: root(error_context, "error-context-debug-message-utf8"),
        error_context_drop: root(error_context, "error-context-drop"),
    }
}

/// Whether a value of `ty` holds an `error-context` (futures and streams
/// are handles of their own: what they carry does not count).
pub(crate) fn holds_error_context(resolve: &Resolve, ty: &wit_parser::Type) -> bool {
    let wit_parser::Type::Id(id) = ty else {
        return *ty == wit_parser::Type::ErrorContext;
    };
    let holds = |t: &wit_parser::Type| holds_error_context(resolve, t);
    match &resolve.types[*id].kind {
        TypeDefKind::Record(r) => r.fields.iter().any(|f| holds(&f.ty)),
        TypeDefKind::Tuple(t) => t.types.iter().any(holds),
        TypeDefKind::Variant(v) => v.cases.iter().filter_map(|c| c.ty.as_ref()).any(holds),
        TypeDefKind::Option(t)
        | TypeDefKind::List(t)
        | TypeDefKind::FixedLengthList(t, _)
        | TypeDefKind::Type(t) => holds(t),
        TypeDefKind::Map(k, v) => holds(k) || holds(v),
        TypeDefKind::Result(r) => r.ok.iter().chain(r.err.iter()).any(holds),
        _ => false,
    }
}
