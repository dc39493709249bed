//! Async functions: the import wrapper users `.await` (lower the
//! arguments, call `[async-lower]f`, wait for the subtask, lift the result)
//! and the export shim (lift the arguments, start a task that awaits the
//! user's `async fn` and hands the result to `task.return`), plus the
//! callback every async export has.

use askama::Template;
use bindery_ir::{Function, Type};

use crate::codecs::{Codecs, Dir, Mode};
use crate::functions::{
    Arg, Builder, ExportShim, ImportFn, ImportResult, Place, Wrapper, conversion, core_rust,
    is_method,
};
use crate::layout;

#[derive(Template)]
#[template(path = "functions/import_async.rs")]
pub struct AsyncImportFn {
    base: ImportFn,
    signature: String,
    /// `let _status = …` (the call may go to the next line).
    call: String,
    /// The result area, or a null pointer.
    ret: &'static str,
    /// The loader that frees a result arriving during a cancellation.
    drop_arg: &'static str,
    /// The loader that frees a result arriving during a cancellation.
    drop_result: Option<String>,
}

impl std::ops::Deref for AsyncImportFn {
    type Target = ImportFn;
    fn deref(&self) -> &ImportFn {
        &self.base
    }
}

#[derive(Debug)]
pub enum Returned {
    None,
    /// Flattened into `task.return`'s parameters.
    Flat {
        lower: String,
        slots: usize,
        conversions: Vec<Arg>,
    },
    /// Stored in memory, `task.return` gets a pointer (more than 16 values).
    Area {
        store: String,
        size: u32,
        align: u32,
    },
}

#[derive(Template)]
#[template(path = "functions/export_async.rs")]
pub struct AsyncExportShim {
    base: ExportShim,
    signature: String,
    call: String,
    returned: Returned,
    task_module: String,
    task_cancel: String,
    task_return: String,
    task_declaration: String,
    task_stub: String,
    task_call: String,
    callback_signature: String,
}

impl std::ops::Deref for AsyncExportShim {
    type Target = ExportShim;
    fn deref(&self) -> &ExportShim {
        &self.base
    }
}

impl Builder<'_, '_, '_> {
    /// The `async fn` users call for an async import.
    pub fn import_async(&mut self, function: &Function, place: &Place) -> AsyncImportFn {
        self.runtime.async_imports = true;
        let base = self.import(function, place);
        let head = format!(
            "pub async fn {}",
            self.naming.function_name(function, place.side)
        );
        let signature = layout::signature(
            place.indent,
            &head,
            &base.sig_params,
            &base.sig_result,
            " {",
        );
        let inner = place.indent + 8;
        let call = layout::assign_call(
            inner,
            "let _status",
            "__bindery_import",
            &base.call_args,
            ";",
        );
        let drop_result = match &base.result {
            ImportResult::Area { load } => Some(load.clone()),
            _ => None,
        };
        AsyncImportFn {
            signature,
            call,
            ret: match base.ret_area {
                Some(_) => "_ret",
                None if self.naming.std.prelude.is_some() => "::core::ptr::null_mut()",
                None => "std::ptr::null_mut()",
            },
            drop_arg: match drop_result {
                Some(_) => "Some(_drop)",
                None => "None",
            },
            drop_result,
            base,
        }
    }

    /// The shim of an async export: its task, and its callback.
    pub fn export_async(
        &mut self,
        function: &Function,
        place: &Place,
        trait_name: &str,
    ) -> AsyncExportShim {
        self.runtime.async_exports = true;
        let base = self.export(function, place, trait_name);
        self.runtime.lend_async |= base.lent;
        let abi = &function.abi;
        let lift = abi
            .async_export
            .as_ref()
            .expect("an async export has its lift in the IR");
        let params: Vec<String> = abi
            .core_params
            .iter()
            .enumerate()
            .map(|(i, t)| format!("arg{i}: {}", core_rust(*t)))
            .collect();
        let head = format!(
            "pub unsafe fn {}<T: {trait_name} + 'static>",
            self.shim_name(function)
        );
        let signature = layout::signature(place.indent, &head, &params, "i32", " {");

        let naming = self.naming;
        let mut call_args: Vec<String> = (0..function.params.len())
            .map(|i| format!("_p{i}"))
            .collect();
        if is_method(function) {
            call_args[0] = "_p0.get()".to_string();
        }
        let base_column = place.indent + 12;
        let prefix = if function.result.is_some() {
            "let _r = ".len()
        } else {
            0
        };
        let head = format!("T::{}", naming.function_name(function, place.side));
        let call = layout::call(base_column, prefix, &head, &call_args, ".await;");
        let call = if call.contains('\n') {
            format!("{call}\n.await")
        } else {
            format!("{call}.await")
        };

        let task = &lift.task_return;
        let returned = match (function.result, &task.params_indirect) {
            (None, _) => Returned::None,
            (Some(ty), Some(area)) => Returned::Area {
                store: self.result_converter(ty, place, Dir::Store),
                size: area.size,
                align: area.align,
            },
            (Some(ty), None) => {
                let conversions = task
                    .core_params
                    .iter()
                    .enumerate()
                    .map(|(slot, core)| {
                        self.runtime.core(*core);
                        Arg {
                            slot,
                            conversion: conversion(*core),
                        }
                    })
                    .collect();
                Returned::Flat {
                    lower: self.result_converter(ty, place, Dir::Lower),
                    slots: task.core_params.len(),
                    conversions,
                }
            }
        };
        let task_args: Vec<String> = match returned {
            Returned::None => Vec::new(),
            Returned::Area { .. } => vec!["_area".to_string()],
            Returned::Flat { slots, .. } => (0..slots).map(|i| format!("_a{i}")).collect(),
        };
        let declared: Vec<String> = task
            .core_params
            .iter()
            .map(|t| format!("_: {}", core_rust(*t)))
            .collect();
        let column = place.indent + 12;
        AsyncExportShim {
            signature,
            call,
            returned,
            task_module: task.module.clone(),
            task_cancel: lift.task_cancel.name.clone(),
            task_return: task.name.clone(),
            task_declaration: layout::signature(
                column + 4,
                "fn __bindery_task_return",
                &declared,
                "",
                ";",
            ),
            task_stub: layout::signature(
                column,
                "unsafe extern \"C\" fn __bindery_task_return",
                &declared,
                "",
                " {",
            ),
            task_call: layout::call(column, 0, "__bindery_task_return", &task_args, ";"),
            callback_signature: layout::signature(
                place.indent,
                &format!("pub unsafe fn {}", callback_shim(self, function)),
                &[
                    "event: i32".to_string(),
                    "waitable: i32".to_string(),
                    "code: i32".to_string(),
                ],
                "i32",
                " {",
            ),
            base,
        }
    }

    fn result_converter(&mut self, ty: Type, place: &Place, dir: Dir) -> String {
        self.runtime.cleanup = true;
        let r = self.codecs.of(ty, place.side, Mode::Owned);
        self.codecs.need(r, dir);
        Codecs::function(r, dir)
    }

    /// The export macro's wrappers of an async export: the function and
    /// its callback.
    pub fn async_wrappers(&self, function: &Function, ty: &str) -> Vec<Wrapper> {
        let mut wrappers = self.wrappers(function, ty);
        let lift = function
            .abi
            .async_export
            .as_ref()
            .expect("an async export has its lift in the IR");
        let local = format!(
            "__bindery_{}_callback",
            self.naming.raw_snake(&function.name)
        );
        wrappers.push(Wrapper {
            export_name: lift.callback.clone(),
            name: local,
            params: "event: i32, waitable: i32, code: i32".to_string(),
            ret: " -> i32".to_string(),
            shim: callback_shim(self, function),
            turbofish: String::new(),
            args: "event, waitable, code".to_string(),
        });
        wrappers
    }
}

/// The name of an async export's callback shim.
fn callback_shim(builder: &Builder, function: &Function) -> String {
    format!(
        "__bindery_callback_{}",
        builder.naming.raw_snake(&function.name)
    )
}
