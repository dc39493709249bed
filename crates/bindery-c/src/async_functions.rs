//! Async functions in wit-bindgen's C shape.
//!
//! - An async import `f(a) -> r` is `W_subtask_status_t f(A *arg, R
//!   *result)`, and `f(a, b) -> r` is `W_subtask_status_t f(f_args_t
//!   *args, R *result)`: the arguments by pointer, as wit-bindgen's C
//!   has them, so that guest code written for it compiles. What they
//!   point to (and the memory their strings and lists point to) must
//!   live until the call has started; `*result` is written by the host
//!   once the call returns. The status says whether it returned at once
//!   or which subtask to wait for.
//! - An async export `f(a) -> r` is three functions: the guest's
//!   `W_callback_code_t exports_f(A *a)` (parameters as for sync exports)
//!   and `W_callback_code_t exports_f_callback(W_event_t *event)`, and the
//!   bindings' `void exports_f_return(R ret)`, which hands the result to
//!   `task.return` and frees what `ret` owns.

use askama::Template;
use bindery_ir::{Function, Type};

use crate::codecs::{core_ctype, flat_len, slot_member};
use crate::model::Model;
use crate::resources::c_string;
use crate::templates::{CoreExport, CoreImport, ExportParams, Lowering};
use crate::walk::Side;

#[derive(Template)]
#[template(path = "function_import_async.c")]
pub struct AsyncImport {
    pub signature: String,
    pub core: CoreImport,
    pub core_params: String,
    pub count: usize,
    pub lowers: Vec<Lowering>,
    pub call_args: String,
    pub status: String,
}

pub enum Returned {
    Nothing,
    Flat {
        count: usize,
        lower: String,
        args: String,
    },
    Area {
        size: u32,
        align: u32,
    },
}

#[derive(Template)]
#[template(path = "function_export_async.c")]
pub struct AsyncExport {
    pub core: CoreExport,
    pub core_params: String,
    pub params: ExportParams,
    pub user: String,
    pub args: String,
    pub callback: CoreExport,
    pub user_callback: String,
    /// `W_event` (the type `W_event_t` and its `_code_t`).
    pub event: String,
    pub task: CoreImport,
    pub task_params: String,
    pub return_signature: String,
    pub returned: Returned,
    pub free: Option<String>,
}

/// A struct holding an async import's parameters, when they go through
/// memory (its layout is the IR's parameter area).
pub struct ArgsStruct {
    /// The struct tag and the typedef name (`…_args`, `…_args_t`).
    pub tag: String,
    pub name: String,
    pub members: Vec<(String, String)>,
}

fn core_list(types: &[bindery_ir::CoreType]) -> String {
    if types.is_empty() {
        return "void".into();
    }
    types
        .iter()
        .map(|t| core_ctype(*t))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The header declaration and the glue of an async import; and the struct
/// of its parameters when they go through memory.
pub fn import(
    model: &Model<'_>,
    name: &str,
    function: &Function,
    home: &str,
) -> (String, AsyncImport, Option<ArgsStruct>) {
    let side = Side::Import;
    let abi = &function.abi;
    let w = &model.naming.world;
    let ctype = |ty: Type| model.type_name_in(ty, side, home);
    let mut params = Vec::new();
    let mut call_args = Vec::new();
    let mut lowers = Vec::new();
    let mut count = 0;
    let mut args_struct = None;
    // As wit-bindgen's C: one parameter by pointer, several in an
    // `f_args_t` struct by pointer. Through memory (more than 4 flat
    // values) the pointer is passed on as it is (the C layout is the
    // canonical one); otherwise the values are lowered from it.
    let indirect = abi.params_indirect.is_some();
    let mut flat = |ty: Type, value: String, lowers: &mut Vec<Lowering>| {
        lowers.push(Lowering {
            function: model.converters(ty, side).lower,
            value,
            slot: count,
        });
        count += flat_len(model.ir, ty);
    };
    match function.params.as_slice() {
        [] => {}
        [one] => {
            params.push(format!("{} *arg", ctype(one.ty)));
            match indirect {
                true => call_args.push("(uint8_t *) arg".to_string()),
                false => flat(one.ty, "(*arg)".to_string(), &mut lowers),
            }
        }
        many => {
            let struct_name = format!("{name}_args_t");
            params.push(format!("{struct_name} *args"));
            let members: Vec<(String, String)> = many
                .iter()
                .map(|p| (ctype(p.ty), model.naming.ident(&p.name)))
                .collect();
            match indirect {
                true => call_args.push("(uint8_t *) args".to_string()),
                false => {
                    for (param, (_, ident)) in many.iter().zip(&members) {
                        flat(param.ty, format!("args->{ident}"), &mut lowers);
                    }
                }
            }
            args_struct = Some(ArgsStruct {
                tag: format!("{name}_args"),
                name: struct_name,
                members,
            });
        }
    }
    if !indirect {
        for (i, core) in abi.core_params.iter().take(count).enumerate() {
            call_args.push(format!("__bindery_args[{i}].{}", slot_member(*core)));
        }
    }
    if let Some(result) = function.result {
        params.push(format!("{} *result", ctype(result)));
        call_args.push("(uint8_t *) result".to_string());
    }
    let list = match params.is_empty() {
        true => "void".to_string(),
        false => params.join(", "),
    };
    let status = format!("{w}_subtask_status_t");
    let signature = format!("{status} {name}({list})");
    let view = AsyncImport {
        signature: signature.clone(),
        core: CoreImport {
            module: c_string(abi.module.as_deref().unwrap_or("$root")),
            field: c_string(&abi.name),
            name: format!("__bindery_import_{name}"),
        },
        core_params: core_list(&abi.core_params),
        count,
        lowers,
        call_args: call_args.join(", "),
        status,
    };
    (signature, view, args_struct)
}

/// What an async export shares with the sync export glue, which lifts
/// parameters alike: the lifting, the user call's arguments, and the
/// user's parameter list.
pub struct ExportParts {
    pub params: ExportParams,
    pub args: String,
    pub user_params: String,
}

/// The header declarations (the guest's export and callback, the
/// bindings' `_return`) and the glue of an async export.
pub fn export(
    model: &Model<'_>,
    name: &str,
    function: &Function,
    side: Side,
    home: &str,
    parts: ExportParts,
) -> (Vec<String>, AsyncExport) {
    let abi = &function.abi;
    let w = &model.naming.world;
    let lift = abi
        .async_export
        .as_ref()
        .expect("an async export has its lift in the IR");
    let task = &lift.task_return;
    let ret_type = function.result.map(|ty| model.type_name_in(ty, side, home));
    let callback = format!("{name}_callback");
    let return_fn = format!("{name}_return");
    let returned = match (function.result, &task.params_indirect) {
        (None, _) => Returned::Nothing,
        (Some(_), Some(area)) => Returned::Area {
            size: area.size,
            align: area.align,
        },
        (Some(ty), None) => Returned::Flat {
            count: task.core_params.len(),
            lower: model.converters(ty, side).lower,
            args: task
                .core_params
                .iter()
                .enumerate()
                .map(|(i, core)| format!("__bindery_ret[{i}].{}", slot_member(*core)))
                .collect::<Vec<_>>()
                .join(", "),
        },
    };
    let return_signature = match &ret_type {
        Some(ctype) => format!("void {return_fn}({ctype} ret)"),
        None => format!("void {return_fn}(void)"),
    };
    let code = format!("{w}_callback_code_t");
    let decls = vec![
        format!("{code} {name}({})", parts.user_params),
        format!("{code} {callback}({w}_event_t *event)"),
        return_signature.clone(),
    ];
    let view = AsyncExport {
        core: CoreExport {
            name: c_string(&abi.name),
            function: format!("__bindery_export_{name}"),
        },
        core_params: core_params_named(&abi.core_params),
        params: parts.params,
        user: name.to_string(),
        args: parts.args,
        callback: CoreExport {
            name: c_string(&lift.callback),
            function: format!("__bindery_callback_{name}"),
        },
        user_callback: callback,
        event: format!("{w}_event"),
        task: CoreImport {
            module: c_string(&task.module),
            field: c_string(&task.name),
            name: format!("__bindery_task_return_{name}"),
        },
        task_params: core_list(&task.core_params).replace("* ", "*"),
        return_signature,
        returned,
        free: function.result.and_then(|ty| model.free_of(ty, side)),
    };
    (decls, view)
}

fn core_params_named(types: &[bindery_ir::CoreType]) -> String {
    if types.is_empty() {
        return "void".into();
    }
    types
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{} __bindery_arg{i}", core_ctype(*t)))
        .collect::<Vec<_>>()
        .join(", ")
        .replace("* ", "*")
}
