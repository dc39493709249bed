//! Functions: the public signatures (wit-bindgen's shapes) and the glue
//! between them and the core wasm signatures the IR gives.
//!
//! Signature shapes: records, tuples, variants, options, results, lists,
//! maps, fixed-length lists and strings are passed by pointer (handles,
//! enums, flags, futures and streams by value); an `option`
//! parameter is `T *maybe_x` (NULL for none); a result of `option<T>` is a
//! `bool` with the payload through `T *ret`, one of `result<T, E>` a `bool`
//! (true for ok) with `T *ret` and `E *err`; other non-scalar results come
//! back through `*ret`.

use bindery_ir::{Function, Item, Type, TypeKind};

use crate::async_functions::{self, ArgsStruct, AsyncExport, AsyncImport};
use crate::codecs::{core_ctype, flat_len, slot_member};
use crate::docs::doc_lines;
use crate::model::{Model, item_functions};
use crate::resources::c_string;
use crate::templates::*;
use crate::walk::{ItemScope, Side};

/// How a parameter is passed.
#[derive(Clone, Copy)]
enum Pass {
    Value,
    Pointer,
    /// `option<T>` as `T *maybe_x`.
    Maybe(Type),
}

/// How a result comes back.
#[derive(Clone, Copy)]
enum Shape {
    Void,
    Scalar,
    OutPointer,
    OptionBool(Type),
    ResultBool(Option<Type>, Option<Type>),
}

fn pass(model: &Model<'_>, ty: Type) -> Pass {
    let Type::Id(index) = ty else {
        return if ty == Type::String {
            Pass::Pointer
        } else {
            Pass::Value
        };
    };
    if let TypeKind::Option { payload, .. } = model.ir.def(index).kind {
        return Pass::Maybe(payload);
    }
    match model.ir.unalias(ty) {
        Type::String => Pass::Pointer,
        Type::Id(target) => match model.ir.def(target).kind {
            TypeKind::Enum { .. }
            | TypeKind::Flags { .. }
            | TypeKind::Handle { .. }
            | TypeKind::Future { .. }
            | TypeKind::Stream { .. } => Pass::Value,
            _ => Pass::Pointer,
        },
        _ => Pass::Value,
    }
}

fn shape(model: &Model<'_>, result: Option<Type>) -> Shape {
    let Some(ty) = result else {
        return Shape::Void;
    };
    match model.ir.unalias(ty) {
        Type::String => Shape::OutPointer,
        Type::Id(index) => match model.ir.def(index).kind {
            TypeKind::Enum { .. }
            | TypeKind::Flags { .. }
            | TypeKind::Handle { .. }
            | TypeKind::Future { .. }
            | TypeKind::Stream { .. } => Shape::Scalar,
            TypeKind::Option { payload, .. } => Shape::OptionBool(payload),
            TypeKind::Result { ok, err, .. } => Shape::ResultBool(ok, err),
            _ => Shape::OutPointer,
        },
        _ => Shape::Scalar,
    }
}

/// A function's C signature, and what its parts are called.
struct Signature {
    text: String,
    params: Vec<(String, Pass)>,
    /// Every C parameter's name, out-pointers included.
    names: Vec<String>,
    shape: Shape,
}

fn signature(
    model: &Model<'_>,
    name: &str,
    function: &Function,
    side: Side,
    home: &str,
) -> Signature {
    let ctype = |ty: Type| model.type_name_in(ty, side, home);
    let shape = shape(model, function.result);
    let mut params = Vec::new();
    let mut texts = Vec::new();
    let mut names = Vec::new();
    for param in &function.params {
        let ident = model.naming.ident(&param.name);
        let how = pass(model, param.ty);
        let (text, name) = match how {
            Pass::Value => (format!("{} {ident}", ctype(param.ty)), ident.clone()),
            Pass::Pointer => (format!("{} *{ident}", ctype(param.ty)), ident.clone()),
            Pass::Maybe(payload) => {
                let name = format!("maybe_{ident}");
                (format!("{} *{name}", ctype(payload)), name)
            }
        };
        texts.push(text);
        names.push(name);
        params.push((ident, how));
    }
    let mut out = |ctype: String, name: &str| {
        texts.push(format!("{ctype} *{name}"));
        names.push(name.to_string());
    };
    let ret = match (shape, function.result) {
        (Shape::Void, _) | (Shape::OutPointer, None) => "void".to_string(),
        (Shape::Scalar, Some(result)) => ctype(result),
        (Shape::OutPointer, Some(result)) => {
            out(ctype(result), "ret");
            "void".to_string()
        }
        (Shape::OptionBool(payload), _) => {
            out(ctype(payload), "ret");
            "bool".to_string()
        }
        (Shape::ResultBool(ok, err), _) => {
            if let Some(ok) = ok {
                out(ctype(ok), "ret");
            }
            if let Some(err) = err {
                out(ctype(err), "err");
            }
            "bool".to_string()
        }
        (Shape::Scalar, None) => "void".to_string(),
    };
    let list = if texts.is_empty() {
        "void".to_string()
    } else {
        texts.join(", ")
    };
    Signature {
        text: format!("{ret} {name}({list})"),
        params,
        names,
        shape,
    }
}

/// Header declarations, grouped by world item, and the glue for both files.
pub struct FunctionViews {
    pub groups: Vec<FunctionGroup>,
    pub imports: Vec<ImportFunction>,
    pub exports: Vec<ExportFunction>,
    pub ret_area: Option<Area>,
    /// The starter definitions of the exports (see `stubs.rs`).
    pub stubs: Vec<StubFunction>,
    pub async_imports: Vec<AsyncImport>,
    pub async_exports: Vec<AsyncExport>,
    /// Structs of the parameters of async imports with several.
    pub args_structs: Vec<ArgsStruct>,
}

pub fn build(model: &Model<'_>) -> FunctionViews {
    let mut views = FunctionViews {
        groups: Vec::new(),
        imports: Vec::new(),
        exports: Vec::new(),
        ret_area: None,
        stubs: Vec::new(),
        async_imports: Vec::new(),
        async_exports: Vec::new(),
        args_structs: Vec::new(),
    };
    for (scope, names) in model.scopes.iter().zip(&model.functions) {
        let functions = item_functions(scope.item);
        if functions.is_empty() {
            continue;
        }
        let title = match (&scope.item.item, scope.side) {
            (Item::Function { .. }, Side::Import) => {
                format!("Imported Functions from `{}`", model.ir.world.name)
            }
            (Item::Function { .. }, Side::Export) => {
                format!("Exported Functions from `{}`", model.ir.world.name)
            }
            (_, Side::Import) => format!("Imported Functions from `{}`", scope.item.key),
            (_, Side::Export) => format!("Exported Functions from `{}`", scope.item.key),
        };
        let mut decls = Vec::new();
        for (function, name) in functions.into_iter().zip(names) {
            let home = scope.namespace.as_str();
            if function.is_async {
                decls.extend(asynchronous(model, &mut views, scope, name, function, home));
                continue;
            }
            let sig = signature(model, name, function, scope.types_side(), home);
            decls.push(FunctionDecl {
                docs: doc_lines(function.docs.as_deref()),
                storage: match scope.side {
                    Side::Import => "extern ",
                    Side::Export => "",
                },
                signature: sig.text.clone(),
            });
            match scope.side {
                Side::Import => views.imports.push(import(model, name, function, sig, home)),
                Side::Export => {
                    if let Some(area) = &function.abi.return_area {
                        let max = views.ret_area.get_or_insert(Area { size: 0, align: 1 });
                        max.size = max.size.max(area.size);
                        max.align = max.align.max(area.align);
                    }
                    views.stubs.push(StubFunction {
                        signature: sig.text.clone(),
                        unused: sig.names.clone(),
                    });
                    views.exports.push(export(
                        model,
                        name,
                        function,
                        sig,
                        scope.types_side(),
                        home,
                    ));
                }
            }
        }
        // World-level functions of one side share a group.
        match views.groups.last_mut() {
            Some(last) if last.title == title => last.functions.extend(decls),
            _ => views.groups.push(FunctionGroup {
                title,
                functions: decls,
            }),
        }
    }
    views
}

/// The declarations and glue of an async function (see `async_functions`).
fn asynchronous(
    model: &Model<'_>,
    views: &mut FunctionViews,
    scope: &ItemScope<'_>,
    name: &str,
    function: &Function,
    home: &str,
) -> Vec<FunctionDecl> {
    let docs = doc_lines(function.docs.as_deref());
    let types = scope.types_side();
    match scope.side {
        Side::Import => {
            let (signature, glue, args) = async_functions::import(model, name, function, home);
            views.async_imports.push(glue);
            views.args_structs.extend(args);
            vec![FunctionDecl {
                docs,
                storage: "extern ",
                signature,
            }]
        }
        Side::Export => {
            // The sync glue lifts the parameters alike; its result handling
            // is not used.
            let mut params_only = function.clone();
            params_only.result = None;
            let sig = signature(model, name, &params_only, types, home);
            let open = sig.text.find('(').map_or(0, |i| i + 1);
            let user_params = sig.text[open..sig.text.len() - 1].to_string();
            let unused = sig.names.clone();
            let sync = export(model, name, function, sig, types, home);
            let parts = async_functions::ExportParts {
                params: sync.params,
                args: sync.args,
                user_params,
            };
            let (signatures, glue) =
                async_functions::export(model, name, function, types, home, parts);
            views.async_exports.push(glue);
            // Starter code defines the export and its callback; `_return`
            // is the bindings'.
            views.stubs.push(StubFunction {
                signature: signatures[0].clone(),
                unused,
            });
            views.stubs.push(StubFunction {
                signature: signatures[1].clone(),
                unused: vec!["event".to_string()],
            });
            let storages = ["", "", "extern "];
            signatures
                .into_iter()
                .zip(storages)
                .enumerate()
                .map(|(i, (signature, storage))| FunctionDecl {
                    docs: if i == 0 { docs.clone() } else { Vec::new() },
                    storage,
                    signature,
                })
                .collect()
        }
    }
}

fn core_signature(types: &[bindery_ir::CoreType], names: bool) -> String {
    if types.is_empty() {
        return "void".into();
    }
    types
        .iter()
        .enumerate()
        .map(|(i, ty)| match names {
            true => format!("{} __bindery_arg{i}", core_ctype(*ty)),
            false => core_ctype(*ty).to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
        .replace("* ", "*")
}

/// The core result type, spelled to be followed by a name directly
/// (`int32_t `, `uint8_t *`).
fn core_result(types: &[bindery_ir::CoreType]) -> String {
    let ctype = types.first().map_or("void", |ty| core_ctype(*ty));
    match ctype.ends_with('*') {
        true => ctype.to_string(),
        false => format!("{ctype} "),
    }
}

fn import(
    model: &Model<'_>,
    name: &str,
    function: &Function,
    sig: Signature,
    home: &str,
) -> ImportFunction {
    let side = Side::Import;
    let abi = &function.abi;
    let mut options = Vec::new();
    let mut values = Vec::new();
    for (param, (ident, how)) in function.params.iter().zip(&sig.params) {
        values.push(match how {
            Pass::Value => format!("&{ident}"),
            Pass::Pointer => ident.clone(),
            Pass::Maybe(_) => {
                let local = format!("__bindery_{ident}");
                options.push(OptionParam {
                    ctype: model.type_name_in(param.ty, side, home),
                    local: local.clone(),
                    maybe: format!("maybe_{ident}"),
                });
                format!("&{local}")
            }
        });
    }
    let mut call_args = Vec::new();
    let args = match &abi.params_indirect {
        Some(area) => {
            call_args.push("__bindery_params".to_string());
            ImportArgs::Indirect {
                area: Area {
                    size: area.size,
                    align: area.align,
                },
                stores: function
                    .params
                    .iter()
                    .zip(values)
                    .zip(&area.offsets)
                    .map(|((param, value), offset)| Store {
                        offset: *offset,
                        value,
                        ctype: model.type_name_in(param.ty, side, home),
                    })
                    .collect(),
            }
        }
        None => {
            let mut slot = 0;
            let mut lowers = Vec::new();
            for (param, value) in function.params.iter().zip(values) {
                lowers.push(Lowering {
                    function: model.converters(param.ty, side).lower,
                    value,
                    slot,
                });
                slot += flat_len(model.ir, param.ty);
            }
            for (i, core) in abi.core_params.iter().take(slot).enumerate() {
                call_args.push(format!("__bindery_args[{i}].{}", slot_member(*core)));
            }
            ImportArgs::Flat {
                count: slot,
                lowers,
            }
        }
    };
    let result = match (function.result, &abi.return_area) {
        (None, _) => ImportResult::Void,
        (Some(ty), Some(_)) => {
            call_args.push("(uint8_t *) &__bindery_result".into());
            ImportResult::Area {
                ctype: model.type_name_in(ty, side, home),
            }
        }
        (Some(ty), None) => ImportResult::Flat {
            ctype: model.type_name_in(ty, side, home),
            member: abi.core_results.first().map_or("i32", |c| slot_member(*c)),
            lift: model.converters(ty, side).lift,
        },
    };
    let deliver = match sig.shape {
        Shape::Void => Deliver::Nothing,
        Shape::Scalar => Deliver::Return,
        Shape::OutPointer => Deliver::OutPointer,
        Shape::OptionBool(_) => Deliver::OptionBool,
        Shape::ResultBool(ok, err) => Deliver::ResultBool {
            ok: ok.is_some(),
            err: err.is_some(),
        },
    };
    ImportFunction {
        signature: sig.text,
        core: CoreImport {
            module: c_string(abi.module.as_deref().unwrap_or("$root")),
            field: c_string(&abi.name),
            name: format!("__bindery_import_{name}"),
        },
        core_result: core_result(&abi.core_results),
        core_params: core_signature(&abi.core_params, false),
        options,
        args,
        call_args: call_args.join(", "),
        result,
        deliver,
    }
}

fn export(
    model: &Model<'_>,
    name: &str,
    function: &Function,
    sig: Signature,
    side: Side,
    home: &str,
) -> ExportFunction {
    let abi = &function.abi;
    let params = match &abi.params_indirect {
        Some(area) => ExportParams::Indirect {
            loads: function
                .params
                .iter()
                .zip(&sig.params)
                .zip(&area.offsets)
                .map(|((param, (ident, _)), offset)| Load {
                    ctype: model.type_name_in(param.ty, side, home),
                    local: ident.clone(),
                    offset: *offset,
                })
                .collect(),
        },
        None => {
            let mut slot = 0;
            let mut lifts = Vec::new();
            for (param, (ident, _)) in function.params.iter().zip(&sig.params) {
                lifts.push(Lifting {
                    ctype: model.type_name_in(param.ty, side, home),
                    local: ident.clone(),
                    function: model.converters(param.ty, side).lift,
                    slot,
                });
                slot += flat_len(model.ir, param.ty);
            }
            let stores = abi
                .core_params
                .iter()
                .enumerate()
                .map(|(i, core)| SlotStore {
                    slot: i,
                    member: slot_member(*core),
                    arg: format!("__bindery_arg{i}"),
                })
                .collect();
            ExportParams::Flat {
                count: slot,
                stores,
                lifts,
            }
        }
    };
    let mut args: Vec<String> = sig
        .params
        .iter()
        .map(|(ident, how)| match how {
            Pass::Value => ident.clone(),
            Pass::Pointer => format!("&{ident}"),
            Pass::Maybe(_) => format!("{ident}.is_some ? &{ident}.val : NULL"),
        })
        .collect();
    let result_ctype = function.result.map(|ty| model.type_name_in(ty, side, home));
    let call = match (sig.shape, result_ctype.clone()) {
        (Shape::Scalar, Some(ctype)) => ExportCall::Value(ctype),
        (Shape::OutPointer, Some(ctype)) => {
            args.push("&__bindery_result".into());
            ExportCall::OutPointer(ctype)
        }
        (Shape::OptionBool(_), Some(ctype)) => {
            args.push("&__bindery_result.val".into());
            ExportCall::OptionBool(ctype)
        }
        (Shape::ResultBool(ok, err), Some(ctype)) => {
            if ok.is_some() {
                args.push("&__bindery_result.val.ok".into());
            }
            if err.is_some() {
                args.push("&__bindery_result.val.err".into());
            }
            ExportCall::ResultBool(ctype)
        }
        _ => ExportCall::Void,
    };
    let ret = match (function.result, &abi.return_area) {
        (None, _) => ExportRet::Nothing,
        (Some(_), Some(_)) => ExportRet::Area,
        (Some(ty), None) => ExportRet::Flat {
            lower: model.converters(ty, side).lower,
            member: abi.core_results.first().map_or("i32", |c| slot_member(*c)),
        },
    };
    let post_return = match (&abi.post_return, function.result) {
        (Some(export), Some(ty)) => model.release_of(ty, side).map(|release| PostReturn {
            core: CoreExport {
                name: c_string(export),
                function: format!("__bindery_post_return_{name}"),
            },
            ctype: result_ctype.clone().unwrap_or_default(),
            release,
        }),
        _ => None,
    };
    ExportFunction {
        core: CoreExport {
            name: c_string(&abi.name),
            function: format!("__bindery_export_{name}"),
        },
        core_result: core_result(&abi.core_results),
        core_params: core_signature(&abi.core_params, true),
        params,
        call,
        user: name.to_string(),
        args: args.join(", "),
        ret,
        post_return,
    }
}
