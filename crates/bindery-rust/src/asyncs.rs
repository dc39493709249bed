//! The async parts of the bindings that are not functions: the
//! `wit_bindgen` module (wit-bindgen's async API: executor, futures,
//! streams, `error-context`), written only when the world is async, and the
//! `wit_future`/`wit_stream` modules with one vtable per payload type.

use std::collections::BTreeMap;

use askama::Template;
use bindery_ir::{Builtins, ChannelKind, CoreImport, Ir, Item};

use crate::codecs::{Codecs, Dir, Mode, Ref};
use crate::names::{Naming, Side, Std};

/// One `$root` built-in as the runtime declares it.
#[derive(Debug)]
pub struct BuiltinView {
    pub module: String,
    pub name: String,
    pub rust: &'static str,
    pub params: &'static str,
    pub stub_params: &'static str,
    pub ret: &'static str,
}

#[derive(Template)]
#[template(path = "async/module.rs")]
pub struct AsyncModule {
    /// Where `core` and `alloc` items are (`std`, or `--no-std`).
    pub std: Std,
    pub builtins: Vec<BuiltinView>,
    /// Async functions, futures or streams: the executor.
    pub executor: bool,
    pub imports: bool,
    pub exports: bool,
    pub channels: bool,
    pub futures: bool,
    pub streams: bool,
    pub error_context: bool,
    /// Readers of futures or streams that types name but no function
    /// passes: declared without the runtime that would move them.
    pub declared: Vec<DeclaredReader>,
}

/// A reader type declared only (see [`AsyncModule::declared`]).
#[derive(Debug)]
pub struct DeclaredReader {
    /// `FutureReader` or `StreamReader`.
    pub name: &'static str,
    /// `future` or `stream`, for docs.
    pub wit: &'static str,
}

/// The Rust signature of each built-in the runtime may call, by the IR's
/// field (same order as [`Builtins`]).
fn builtin_views(builtins: &Builtins) -> Vec<BuiltinView> {
    let table: [(&Option<CoreImport>, &str, &str, &str, &str); 15] = [
        (
            &builtins.waitable_set_new,
            "waitable_set_new",
            "",
            "",
            " -> u32",
        ),
        (
            &builtins.waitable_set_wait,
            "waitable_set_wait",
            "set: u32, payload: *mut u32",
            "_: u32, _: *mut u32",
            " -> u32",
        ),
        (
            &builtins.waitable_set_poll,
            "waitable_set_poll",
            "set: u32, payload: *mut u32",
            "_: u32, _: *mut u32",
            " -> u32",
        ),
        (
            &builtins.waitable_set_drop,
            "waitable_set_drop",
            "set: u32",
            "_: u32",
            "",
        ),
        (
            &builtins.waitable_join,
            "waitable_join",
            "waitable: u32, set: u32",
            "_: u32, _: u32",
            "",
        ),
        (
            &builtins.subtask_drop,
            "subtask_drop",
            "subtask: u32",
            "_: u32",
            "",
        ),
        (
            &builtins.subtask_cancel,
            "subtask_cancel",
            "subtask: u32",
            "_: u32",
            " -> u32",
        ),
        (&builtins.context_get, "context_get", "", "", " -> u32"),
        (
            &builtins.context_set,
            "context_set",
            "value: u32",
            "_: u32",
            "",
        ),
        (&builtins.backpressure_inc, "backpressure_inc", "", "", ""),
        (&builtins.backpressure_dec, "backpressure_dec", "", "", ""),
        (&builtins.thread_yield, "thread_yield", "", "", " -> u32"),
        (
            &builtins.error_context_new,
            "error_context_new",
            "message: *const u8, len: usize",
            "_: *const u8, _: usize",
            " -> u32",
        ),
        (
            &builtins.error_context_debug_message,
            "error_context_debug_message",
            "handle: u32, ret: *mut u8",
            "_: u32, _: *mut u8",
            "",
        ),
        (
            &builtins.error_context_drop,
            "error_context_drop",
            "handle: u32",
            "_: u32",
            "",
        ),
    ];
    table
        .into_iter()
        .filter_map(|(import, rust, params, stub_params, ret)| {
            import.as_ref().map(|import| BuiltinView {
                module: import.module.clone(),
                name: import.name.clone(),
                rust,
                params,
                stub_params,
                ret,
            })
        })
        .collect()
}

/// The `wit_bindgen` module, if the world is async or a type names a
/// future or stream.
pub fn module(ir: &Ir, std: Std) -> Option<AsyncModule> {
    let world = ir.async_world.as_ref();
    let has = |kind| world.is_some_and(|w| w.channels.iter().any(|c| c.kind == kind));
    let declared: Vec<DeclaredReader> = [
        (ChannelKind::Future, "FutureReader", "future"),
        (ChannelKind::Stream, "StreamReader", "stream"),
    ]
    .into_iter()
    .filter(|(kind, _, _)| ir.declares(*kind) && !has(*kind))
    .map(|(_, name, wit)| DeclaredReader { name, wit })
    .collect();
    if world.is_none() && declared.is_empty() {
        return None;
    }
    let builtins = world.map(|w| &w.builtins);
    let builtin =
        |pick: fn(&Builtins) -> &Option<CoreImport>| builtins.is_some_and(|b| pick(b).is_some());
    Some(AsyncModule {
        std,
        builtins: builtins.map(builtin_views).unwrap_or_default(),
        executor: builtin(|b| &b.waitable_set_new),
        imports: builtin(|b| &b.subtask_drop),
        exports: builtin(|b| &b.context_get),
        channels: world.is_some_and(|w| !w.channels.is_empty()),
        futures: has(ChannelKind::Future),
        streams: has(ChannelKind::Stream),
        error_context: world.is_some_and(|w| w.host_features.error_context),
        declared,
    })
}

/// One payload type's vtable in `wit_future`/`wit_stream`.
#[derive(Debug)]
pub struct PayloadView {
    pub index: usize,
    /// The payload's Rust type (payload modules import the runtime module
    /// and `ErrorContext`).
    pub rust: String,
    pub module: String,
    pub new: String,
    pub read: String,
    pub write: String,
    pub cancel_read: String,
    pub cancel_write: String,
    pub drop_readable: String,
    pub drop_writable: String,
    pub size: u32,
    pub align: u32,
    /// Converters in the runtime module (`store_3`, `load_u32`); `None`
    /// for plain stream payloads (moved as memory) and for no payload.
    pub store: Option<String>,
    pub load: Option<String>,
    /// The converter that takes a value's owned handles (payloads with
    /// handles): a received value's handles are given up.
    pub disown: Option<String>,
}

#[derive(Template)]
#[template(path = "async/payloads.rs")]
pub struct PayloadModule {
    /// `wit_future` or `wit_stream`.
    pub name: &'static str,
    pub future: bool,
    /// `futures` or `streams`, for docs.
    pub plural: &'static str,
    pub payload_trait: &'static str,
    pub reader: &'static str,
    pub writer: &'static str,
    pub vtable: &'static str,
    /// The extra count parameter of stream reads and writes.
    pub count: &'static str,
    /// The world uses `error-context` (payload modules import it).
    pub error_context: bool,
    /// `--no-std`: the `use` of `Box`, `String` and `Vec` from `alloc`.
    pub prelude: Option<&'static str>,
    pub count_stub: &'static str,
    pub count_arg: &'static str,
    pub payloads: Vec<PayloadView>,
}

/// The `wit_future` and `wit_stream` modules: one vtable per distinct
/// payload Rust type (an interface both imported and exported has two).
pub fn payload_modules(naming: &Naming, codecs: &mut Codecs) -> Vec<PayloadModule> {
    let ir = naming.ir;
    let Some(world) = &ir.async_world else {
        return Vec::new();
    };
    let mut modules = Vec::new();
    for (kind, name) in [
        (ChannelKind::Future, "wit_future"),
        (ChannelKind::Stream, "wit_stream"),
    ] {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let mut payloads = Vec::new();
        for (side, function) in functions(ir) {
            for used in &function.abi.futures_and_streams {
                let channel = &world.channels[used.channel];
                if channel.kind != kind {
                    continue;
                }
                let conv = channel.payload.map(|p| codecs.of(p, side, Mode::Owned));
                let rust = conv.map_or("()".to_string(), |c| from_payload_module(codecs, c));
                if seen.contains_key(&rust) {
                    continue;
                }
                seen.insert(rust.clone(), payloads.len());
                let moved_as_memory = kind == ChannelKind::Stream && channel.plain;
                let (store, load) = match conv {
                    Some(conv) if !moved_as_memory => {
                        codecs.need(conv, Dir::Store);
                        codecs.need(conv, Dir::Load);
                        (
                            Some(Codecs::function(conv, Dir::Store)),
                            Some(Codecs::function(conv, Dir::Load)),
                        )
                    }
                    _ => (None, None),
                };
                let disown = store.clone().filter(|_| channel.info.has_own_handle);
                let intrinsics = &channel.intrinsics;
                payloads.push(PayloadView {
                    index: payloads.len(),
                    rust,
                    module: intrinsics.module.clone(),
                    new: intrinsics.new.clone(),
                    read: intrinsics.read.clone(),
                    write: intrinsics.write.clone(),
                    cancel_read: intrinsics.cancel_read.clone(),
                    cancel_write: intrinsics.cancel_write.clone(),
                    drop_readable: intrinsics.drop_readable.clone(),
                    drop_writable: intrinsics.drop_writable.clone(),
                    size: channel.size,
                    align: channel.align,
                    store,
                    load,
                    disown,
                });
            }
        }
        if payloads.is_empty() {
            continue;
        }
        let future = kind == ChannelKind::Future;
        modules.push(PayloadModule {
            name,
            prelude: naming.std.prelude,
            future,
            plural: if future { "futures" } else { "streams" },
            payload_trait: if future {
                "FuturePayload"
            } else {
                "StreamPayload"
            },
            reader: if future {
                "FutureReader"
            } else {
                "StreamReader"
            },
            writer: if future {
                "FutureWriter"
            } else {
                "StreamWriter"
            },
            vtable: if future {
                "FutureVtable"
            } else {
                "StreamVtable"
            },
            count: if future { "" } else { ", count: usize" },
            error_context: world.host_features.error_context,
            count_stub: if future { "" } else { ", _: usize" },
            count_arg: if future { "" } else { ", count" },
            payloads,
        });
    }
    modules
}

/// A converter's Rust type as the payload modules write it.
fn from_payload_module(codecs: &Codecs, conv: Ref) -> String {
    match conv {
        Ref::Prim(_) => codecs.text(conv),
        Ref::Inst(_) => format!("__bindery::{}", codecs.text(conv)),
    }
}

/// Every function with the side its types are seen from.
fn functions(ir: &Ir) -> Vec<(Side, &bindery_ir::Function)> {
    let mut out = Vec::new();
    for (side, items) in [(Side::Import, &ir.imports), (Side::Export, &ir.exports)] {
        for item in items {
            match &item.item {
                Item::Interface { functions, .. } => {
                    out.extend(functions.iter().map(|f| (side, f)));
                }
                // World-level functions see imported interfaces.
                Item::Function { function } => out.push((Side::Import, function)),
                Item::Type { .. } => {}
            }
        }
    }
    out
}
