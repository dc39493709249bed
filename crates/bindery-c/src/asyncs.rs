//! The async parts of the C bindings that are not functions: wit-bindgen's
//! C async API (waitable sets, events, callback codes, subtasks,
//! backpressure, the context slot), `error-context` (which wit-bindgen's C
//! lacks) and the functions of each future and stream type. Written only
//! when the world is async.

use askama::Template;
use bindery_ir::{Builtins, ChannelKind, CoreImport, TypeKind};

use crate::model::Model;
use crate::naming::Naming;
use crate::resources::c_string;

/// A `$root` built-in, declared for the helpers to call.
pub struct BuiltinDecl {
    pub module: String,
    pub field: String,
    /// `int32_t __bindery_waitable_set_new(void)`.
    pub signature: String,
}

#[derive(Template)]
#[template(path = "async.h")]
pub struct AsyncHeader {
    pub w: String,
    pub s: String,
    pub string: String,
    pub executor: bool,
    pub imports: bool,
    pub exports: bool,
    pub error_context: bool,
}

#[derive(Template)]
#[template(path = "async.c")]
pub struct AsyncSource {
    pub w: String,
    pub string: String,
    pub builtins: Vec<BuiltinDecl>,
    pub executor: bool,
    pub imports: bool,
    pub exports: bool,
    pub error_context: bool,
}

/// The functions of one future or stream type.
pub struct ChannelView {
    /// `future` or `stream`.
    pub kind: &'static str,
    /// The type's name without `_t`: the functions' prefix.
    pub base: String,
    pub reader: String,
    pub writer: String,
    pub status: String,
    pub read_params: String,
    pub write_params: String,
    pub read_args: String,
    pub write_args: String,
    pub core_count: &'static str,
    pub module: String,
    pub new: String,
    pub read: String,
    pub write: String,
    pub cancel_read: String,
    pub cancel_write: String,
    pub drop_readable: String,
    pub drop_writable: String,
}

#[derive(Template)]
#[template(path = "channel.h")]
pub struct ChannelDecl<'a>(pub &'a ChannelView);

#[derive(Template)]
#[template(path = "channel.c")]
pub struct ChannelDef<'a>(pub &'a ChannelView);

pub struct AsyncViews {
    pub header: AsyncHeader,
    pub source: AsyncSource,
    pub channels: Vec<ChannelView>,
}

/// The C signature of each built-in, by the IR's field (same order as
/// [`Builtins`]).
fn builtin_decls(builtins: &Builtins, utf16: bool) -> Vec<BuiltinDecl> {
    let table: [(&Option<CoreImport>, &str); 15] = [
        (
            &builtins.waitable_set_new,
            "uint32_t __bindery_waitable_set_new(void)",
        ),
        (
            &builtins.waitable_set_wait,
            "uint32_t __bindery_waitable_set_wait(uint32_t, uint32_t *)",
        ),
        (
            &builtins.waitable_set_poll,
            "uint32_t __bindery_waitable_set_poll(uint32_t, uint32_t *)",
        ),
        (
            &builtins.waitable_set_drop,
            "void __bindery_waitable_set_drop(uint32_t)",
        ),
        (
            &builtins.waitable_join,
            "void __bindery_waitable_join(uint32_t, uint32_t)",
        ),
        (
            &builtins.subtask_drop,
            "void __bindery_subtask_drop(uint32_t)",
        ),
        (
            &builtins.subtask_cancel,
            "uint32_t __bindery_subtask_cancel(uint32_t)",
        ),
        (
            &builtins.context_get,
            "uint32_t __bindery_context_get(void)",
        ),
        (
            &builtins.context_set,
            "void __bindery_context_set(uint32_t)",
        ),
        (
            &builtins.backpressure_inc,
            "void __bindery_backpressure_inc(void)",
        ),
        (
            &builtins.backpressure_dec,
            "void __bindery_backpressure_dec(void)",
        ),
        (
            &builtins.thread_yield,
            "uint32_t __bindery_thread_yield(void)",
        ),
        (
            &builtins.error_context_new,
            "uint32_t __bindery_error_context_new(const void *, size_t)",
        ),
        (
            &builtins.error_context_debug_message,
            "void __bindery_error_context_debug_message(uint32_t, void *)",
        ),
        (
            &builtins.error_context_drop,
            "void __bindery_error_context_drop(uint32_t)",
        ),
    ];
    table
        .into_iter()
        .filter_map(|(import, signature)| {
            import.as_ref().map(|import| BuiltinDecl {
                module: c_string(&import.module),
                field: c_string(&encoded(&import.name, utf16)),
                signature: signature.to_string(),
            })
        })
        .collect()
}

/// A built-in's import name for the guest's string encoding: the two
/// error-context built-ins that pass strings name it
/// (`[error-context-new-utf16]`); the IR gives the UTF-8 names.
fn encoded(name: &str, utf16: bool) -> String {
    match name.strip_suffix("-utf8]") {
        Some(base) if utf16 => format!("{base}-utf16]"),
        _ => name.to_string(),
    }
}

/// The async views, if the world is async.
pub fn build(model: &Model<'_>) -> Option<AsyncViews> {
    let ir = model.ir;
    let world = ir.async_world.as_ref()?;
    let w = model.naming.world.clone();
    let builtins = &world.builtins;
    let executor = builtins.waitable_set_new.is_some();
    let status = format!("{w}_waitable_status_t");
    let mut channels = Vec::new();
    for ((codec, _), entry) in &model.codecs {
        let first = ir.def(entry.first.0);
        let (kind, payload) = match first.kind {
            TypeKind::Future { payload } => ("future", payload),
            TypeKind::Stream { payload } => ("stream", payload),
            _ => continue,
        };
        let Some(channel) = world.channels.iter().find(|c| c.codec == *codec) else {
            continue;
        };
        let stream = channel.kind == ChannelKind::Stream;
        let payload = payload.map(|p| model.type_name(p, entry.first.1));
        let (read_params, write_params, read_args, write_args) = match (&payload, stream) {
            (None, false) => (String::new(), String::new(), "NULL", "NULL"),
            (Some(p), false) => (
                format!(", {p} *buf"),
                format!(", const {p} *buf"),
                "(uint8_t *) buf",
                "(const uint8_t *) buf",
            ),
            (None, true) => (
                ", size_t amt".to_string(),
                ", size_t amt".to_string(),
                "NULL, amt",
                "NULL, amt",
            ),
            (Some(p), true) => (
                format!(", {p} *buf, size_t amt"),
                format!(", const {p} *buf, size_t amt"),
                "(uint8_t *) buf, amt",
                "(const uint8_t *) buf, amt",
            ),
        };
        let base = entry
            .name
            .strip_suffix("_t")
            .unwrap_or(&entry.name)
            .to_string();
        let intrinsics = &channel.intrinsics;
        channels.push(ChannelView {
            kind,
            reader: entry.name.clone(),
            writer: format!("{base}_writer_t"),
            base,
            status: status.clone(),
            read_params,
            write_params,
            read_args: read_args.to_string(),
            write_args: write_args.to_string(),
            core_count: if stream { ", size_t" } else { "" },
            module: c_string(&intrinsics.module),
            new: c_string(&intrinsics.new),
            read: c_string(&intrinsics.read),
            write: c_string(&intrinsics.write),
            cancel_read: c_string(&intrinsics.cancel_read),
            cancel_write: c_string(&intrinsics.cancel_write),
            drop_readable: c_string(&intrinsics.drop_readable),
            drop_writable: c_string(&intrinsics.drop_writable),
        });
    }
    let imports = builtins.subtask_drop.is_some();
    let exports = builtins.context_get.is_some();
    let error_context = world.host_features.error_context;
    Some(AsyncViews {
        header: AsyncHeader {
            s: Naming::shouty(&w),
            w: w.clone(),
            string: model.naming.string_type(),
            executor,
            imports,
            exports,
            error_context,
        },
        source: AsyncSource {
            w,
            string: model.naming.string_type(),
            builtins: builtin_decls(builtins, model.utf16),
            executor,
            imports,
            exports,
            error_context,
        },
        channels,
    })
}
