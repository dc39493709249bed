//! Functions: import wrappers (lower the arguments, call the core import,
//! lift the result) and export shims (lift the arguments, call the user's
//! trait, lower the result), plus the trait methods users implement.

use askama::Template;
use bindery_ir::{CoreType, Function, FunctionKind, Type};

use crate::codecs::{Codecs, Dir, Mode, Ref};
use crate::layout;
use crate::names::{Naming, Side};
use crate::runtime::Runtime;
use crate::spell::Speller;

/// Where a function is generated: module path, copy, indentation.
pub struct Place<'p> {
    pub module: &'p [String],
    pub side: Side,
    /// Columns of indentation the function's first line will have.
    pub indent: usize,
}

#[derive(Debug)]
pub struct AreaView {
    pub size: u32,
    pub align: u32,
}

#[derive(Debug)]
pub struct Lower {
    pub function: String,
    pub param: usize,
    pub slots: String,
}

#[derive(Debug)]
pub struct Store {
    pub function: String,
    pub param: usize,
    pub at: String,
}

#[derive(Debug)]
pub struct Arg {
    pub slot: usize,
    pub conversion: &'static str,
}

#[derive(Debug)]
pub enum ImportResult {
    None,
    Flat {
        lift: String,
        conversion: &'static str,
    },
    Area {
        load: String,
    },
}

#[derive(Template)]
#[template(path = "functions/import.rs")]
pub struct ImportFn {
    pub docs: Vec<String>,
    pub signature: String,
    pub params: Vec<String>,
    pub cleanup: bool,
    pub indirect: Option<AreaView>,
    pub stores: Vec<Store>,
    pub slots: usize,
    pub lowers: Vec<Lower>,
    pub ret_area: Option<AreaView>,
    pub args: Vec<Arg>,
    /// `#[link(wasm_import_module = …)]`, laid out for its column.
    pub link: String,
    pub link_name: String,
    pub declaration: String,
    pub stub: String,
    /// The core call, bound to `_r` when it has a flat result (rustfmt
    /// may move the call to the line after `=`).
    pub call: String,
    pub result: ImportResult,
    /// The parts an async wrapper lays out again (see `async_functions`).
    pub sig_params: Vec<String>,
    pub sig_result: String,
    pub call_args: Vec<String>,
}

/// How an export keeps its result alive until its post-return: the
/// result's type as the runtime module names it, and whether the buffers
/// its lowering allocated are kept with it.
#[derive(Debug, Clone)]
pub struct Keep {
    pub kept: String,
    pub with_cleanup: bool,
}

#[derive(Debug)]
pub enum ExportResult {
    None,
    Flat {
        lower: String,
        conversion: &'static str,
        keep: Option<Keep>,
    },
    Area {
        store: String,
        keep: Option<Keep>,
    },
    /// A string or a list of plain numbers: its buffer itself is handed to
    /// the host, and the post-return frees it from where the return area
    /// says it is (as wit-bindgen does), with nothing kept beside.
    Handover(Handover),
}

#[derive(Debug, Clone, Copy)]
pub struct Handover {
    /// The Rust element type (`u8` for a string).
    pub element: &'static str,
    pub string: bool,
}

/// An export's post-return: frees the result its shim handed over or kept.
#[derive(Debug)]
pub struct PostReturn {
    pub name: String,
    /// Its parameter, the core result of the export.
    pub param: String,
    pub frees: Frees,
}

#[derive(Debug)]
pub enum Frees {
    /// Drops what the shim kept, as the type it was kept as.
    Kept(Keep),
    /// Takes back the buffer of a handed-over list.
    HandedOver(Handover),
}

#[derive(Template)]
#[template(path = "functions/export.rs")]
pub struct ExportShim {
    pub signature: String,
    pub slots: usize,
    pub args: Vec<Arg>,
    pub indirect: Option<AreaView>,
    pub loads: Vec<Store>,
    pub lifts: Vec<Lower>,
    pub call: String,
    pub lent: bool,
    pub result: ExportResult,
    pub post_return: Option<PostReturn>,
}

/// One `fn` of a `Guest` trait.
#[derive(Debug)]
pub struct TraitMethod {
    pub docs: Vec<String>,
    pub signature: String,
    /// Returns `Result<Self, _>`: needs `where Self: Sized`.
    pub sized: bool,
}

/// A `#[unsafe(export_name)]` function written by the export macro.
#[derive(Debug)]
pub struct Wrapper {
    pub export_name: String,
    pub name: String,
    pub params: String,
    pub ret: String,
    pub shim: String,
    pub turbofish: String,
    pub args: String,
}

pub fn core_rust(ty: CoreType) -> &'static str {
    match ty {
        CoreType::I32 => "i32",
        CoreType::I64 | CoreType::PointerOrI64 => "i64",
        CoreType::F32 => "f32",
        CoreType::F64 => "f64",
        CoreType::Pointer => "*mut u8",
        CoreType::Length => "usize",
    }
}

pub fn conversion(ty: CoreType) -> &'static str {
    match ty {
        CoreType::I32 => "i32",
        CoreType::I64 | CoreType::PointerOrI64 => "i64",
        CoreType::F32 => "f32",
        CoreType::F64 => "f64",
        CoreType::Pointer => "ptr",
        CoreType::Length => "len",
    }
}

fn at(base: &str, offset: u32) -> String {
    if offset == 0 {
        base.to_string()
    } else {
        format!("{base}.add({offset})")
    }
}

/// The core type of a post-return's parameter: the export's result (a
/// post-return exists only for a result that points into memory).
fn post_return_core(function: &Function) -> &'static str {
    function
        .abi
        .core_results
        .first()
        .map_or("*mut u8", |t| core_rust(*t))
}

/// The error type of a fallible constructor (`constructor() -> result<r, e>`):
/// `Some(None)` for `result<r>`.
fn fallible_error(ir: &bindery_ir::Ir, function: &Function) -> Option<Option<Type>> {
    let Some(Type::Id(result)) = function.result.map(|t| ir.unalias(t)) else {
        return None;
    };
    match ir.types[result].kind {
        bindery_ir::TypeKind::Result { err, .. } => Some(err),
        _ => None,
    }
}

/// `Self`, or `Result<Self, E>` for a fallible constructor (as wit-bindgen).
fn constructor_result(speller: &Speller, function: &Function, side: Side) -> String {
    match fallible_error(speller.naming.ir, function) {
        None => "Self".to_string(),
        Some(err) => {
            let err = err.map_or("()".to_string(), |t| speller.owned(t, side));
            format!("{}<Self, {err}>", speller.naming.result())
        }
    }
}

/// A `Guest` trait method's parts: `fn name`, its parameters and its
/// result, spelled from `place` (the trait's module). Trait and starter
/// implementation (`stubs.rs`) share them.
pub fn guest_method(
    naming: &Naming,
    function: &Function,
    place: &Place,
) -> (String, Vec<String>, String) {
    let speller = Speller {
        naming,
        from: place.module,
        lifetime: "'_",
    };
    let mut params = Vec::new();
    for (i, param) in function.params.iter().enumerate() {
        if i == 0 && is_method(function) {
            params.push("&self".to_string());
            continue;
        }
        let name = naming.snake(&param.name);
        params.push(format!("{name}: {}", speller.owned(param.ty, place.side)));
    }
    let result = match (function.kind, function.result) {
        (FunctionKind::Constructor(_), _) => constructor_result(&speller, function, place.side),
        (_, Some(ty)) => speller.owned(ty, place.side),
        (_, None) => String::new(),
    };
    let asynchronous = if function.is_async { "async " } else { "" };
    let head = format!(
        "{asynchronous}fn {}",
        naming.function_name(function, place.side)
    );
    (head, params, result)
}

/// Functions whose first parameter is `self`.
pub fn is_method(function: &Function) -> bool {
    matches!(
        function.kind,
        FunctionKind::Method(_) | FunctionKind::MethodGetter(_) | FunctionKind::MethodSetter(_)
    )
}

/// Builds function views, creating the codec instances they call.
pub struct Builder<'c, 'n, 'a> {
    pub naming: &'n Naming<'a>,
    pub codecs: &'c mut Codecs<'n, 'a>,
    pub runtime: &'c mut Runtime,
}

impl Builder<'_, '_, '_> {
    fn converter(&mut self, ty: Type, side: Side, mode: Mode, dir: Dir) -> String {
        let r = self.codecs.of(ty, side, mode);
        self.codecs.need(r, dir);
        Codecs::function(r, dir)
    }

    fn flat_len(&self, ty: Type) -> usize {
        crate::codec_view::flat_len(self.naming.ir, ty)
    }

    /// The wrapper users call for an imported function.
    pub fn import(&mut self, function: &Function, place: &Place) -> ImportFn {
        let naming = self.naming;
        let speller = Speller {
            naming,
            from: place.module,
            lifetime: "'_",
        };
        let abi = &function.abi;
        let mut params = Vec::new();
        let mut binds = Vec::new();
        for (i, param) in function.params.iter().enumerate() {
            if i == 0 && is_method(function) {
                params.push("&self".to_string());
                binds.push("self".to_string());
                continue;
            }
            let name = naming.snake(&param.name);
            params.push(format!("{name}: {}", speller.param(param.ty, place.side)));
            binds.push(name);
        }
        let result = match (function.kind, function.result) {
            (FunctionKind::Constructor(_), _) => constructor_result(&speller, function, place.side),
            (_, Some(ty)) => speller.owned(ty, place.side),
            (_, None) => String::new(),
        };
        let head = format!("pub fn {}", naming.function_name(function, place.side));
        let signature = layout::signature(place.indent, &head, &params, &result, " {");
        let result_spelling = result;

        let mode = |ty: Type| match ty {
            Type::Id(index) if crate::spell::borrows_top(naming, index) => Mode::Borrowed,
            _ => Mode::Owned,
        };
        let mut stores = Vec::new();
        let mut lowers = Vec::new();
        let mut slots = 0;
        let indirect = abi.params_indirect.as_ref().map(|area| {
            for (i, param) in function.params.iter().enumerate() {
                let function = self.converter(param.ty, place.side, mode(param.ty), Dir::Store);
                stores.push(Store {
                    function,
                    param: i,
                    at: at("_area", area.offsets[i]),
                });
            }
            AreaView {
                size: area.size,
                align: area.align,
            }
        });
        if indirect.is_none() {
            for (i, param) in function.params.iter().enumerate() {
                let function = self.converter(param.ty, place.side, mode(param.ty), Dir::Lower);
                let len = self.flat_len(param.ty);
                lowers.push(Lower {
                    function,
                    param: i,
                    slots: format!("{slots}..{}", slots + len),
                });
                slots += len;
            }
        }
        let ret_area = abi.return_area.as_ref().map(|area| AreaView {
            size: area.size,
            align: area.align,
        });
        let cleanup = !function.params.is_empty() || ret_area.is_some();
        self.runtime.cleanup |= cleanup;

        // Core arguments: flat slots, or the parameter area; then the
        // return area.
        let core_params: &[CoreType] = &abi.core_params;
        let mut call_args = Vec::new();
        let mut args = Vec::new();
        if indirect.is_some() {
            call_args.push("_area".to_string());
        } else {
            for (slot, core) in core_params.iter().take(slots).enumerate() {
                self.runtime.core(*core);
                args.push(Arg {
                    slot,
                    conversion: conversion(*core),
                });
                call_args.push(format!("_a{slot}"));
            }
        }
        if ret_area.is_some() {
            call_args.push("_ret".to_string());
        }
        let results: Vec<&str> = abi.core_results.iter().map(|t| core_rust(*t)).collect();
        let result_type = results.first().copied().unwrap_or("");
        let result = match (&function.result, &ret_area, abi.core_results.first()) {
            (Some(ty), None, Some(core)) => {
                self.runtime.core(*core);
                ImportResult::Flat {
                    lift: self.converter(*ty, place.side, Mode::Owned, Dir::Lift),
                    conversion: conversion(*core),
                }
            }
            (Some(ty), Some(_), _) => ImportResult::Area {
                load: self.converter(*ty, place.side, Mode::Owned, Dir::Load),
            },
            _ => ImportResult::None,
        };
        let inner = place.indent + 8;
        let call = match result {
            ImportResult::Flat { .. } => {
                layout::assign_call(inner, "let _r", "__bindery_import", &call_args, ";")
            }
            _ => layout::call(inner, 0, "__bindery_import", &call_args, ";"),
        };
        let declared: Vec<String> = core_params
            .iter()
            .map(|t| format!("_: {}", core_rust(*t)))
            .collect();
        ImportFn {
            docs: Naming::doc_lines(function.docs.as_deref()),
            signature,
            params: binds,
            cleanup,
            indirect,
            stores,
            slots,
            lowers,
            ret_area,
            args,
            link: layout::link_attribute(inner, abi.module.as_deref().unwrap_or_default()),
            link_name: abi.name.clone(),
            declaration: layout::signature(
                inner + 4,
                "fn __bindery_import",
                &declared,
                result_type,
                ";",
            ),
            stub: layout::signature(
                inner,
                "unsafe extern \"C\" fn __bindery_import",
                &declared,
                result_type,
                " {",
            ),
            call,
            result,
            sig_params: params,
            sig_result: result_spelling,
            call_args,
        }
    }

    /// The method of a `Guest` trait that an export calls.
    pub fn trait_method(&mut self, function: &Function, place: &Place) -> TraitMethod {
        let (head, params, result) = guest_method(self.naming, function, place);
        TraitMethod {
            docs: Naming::doc_lines(function.docs.as_deref()),
            sized: matches!(function.kind, FunctionKind::Constructor(_)) && result != "Self",
            signature: layout::signature(place.indent + 4, &head, &params, &result, ";"),
        }
    }

    /// The shim name of an export (`__bindery_export_method_r_f`).
    pub fn shim_name(&self, function: &Function) -> String {
        format!("__bindery_export_{}", self.naming.function_id(function))
    }

    /// The generic shim the export macro's wrapper calls.
    pub fn export(&mut self, function: &Function, place: &Place, trait_name: &str) -> ExportShim {
        let naming = self.naming;
        let abi = &function.abi;
        self.runtime.ctors = true;
        let params: Vec<String> = abi
            .core_params
            .iter()
            .enumerate()
            .map(|(i, t)| format!("arg{i}: {}", core_rust(*t)))
            .collect();
        let result = abi.core_results.first().map_or("", |t| core_rust(*t));
        let head = format!(
            "pub unsafe fn {}<T: {trait_name}>",
            self.shim_name(function)
        );
        let signature = layout::signature(place.indent, &head, &params, result, " {");

        let mut args = Vec::new();
        let mut loads = Vec::new();
        let mut lifts = Vec::new();
        let mut slots = 0;
        let indirect = abi.params_indirect.as_ref().map(|area| {
            for (i, param) in function.params.iter().enumerate() {
                let function = self.converter(param.ty, place.side, Mode::Owned, Dir::Load);
                loads.push(Store {
                    function,
                    param: i,
                    at: at("arg0", area.offsets[i]),
                });
            }
            AreaView {
                size: area.size,
                align: area.align,
            }
        });
        if indirect.is_some() {
            self.runtime.free = true;
        } else {
            for param in &function.params {
                let function = self.converter(param.ty, place.side, Mode::Owned, Dir::Lift);
                let len = self.flat_len(param.ty);
                lifts.push(Lower {
                    function,
                    param: lifts.len(),
                    slots: format!("{slots}..{}", slots + len),
                });
                slots += len;
            }
            for (slot, core) in abi.core_params.iter().enumerate() {
                self.runtime.core(*core);
                args.push(Arg {
                    slot,
                    conversion: conversion(*core),
                });
            }
        }

        let mut call_args: Vec<String> = (0..function.params.len())
            .map(|i| format!("_p{i}"))
            .collect();
        let name = naming.function_name(function, place.side);
        let base = place.indent + 8;
        let prefix = if function.result.is_some() {
            "let _r = ".len()
        } else {
            0
        };
        let call = match function.kind {
            FunctionKind::Constructor(resource)
                if fallible_error(naming.ir, function).is_some() =>
            {
                let map = format!(".map({}::new)", naming.type_name(resource));
                let inner = layout::call(base, prefix, "T::new", &call_args, &format!("{map};"));
                format!("{inner}{map}")
            }
            FunctionKind::Constructor(resource) => {
                let outer = format!("{}::new(", naming.type_name(resource));
                let inner = layout::call(base, prefix + outer.len(), "T::new", &call_args, ");");
                format!("{outer}{inner})")
            }
            _ => {
                if is_method(function) {
                    call_args[0] = "_p0.get()".to_string();
                }
                layout::call(base, prefix, &format!("T::{name}"), &call_args, ";")
            }
        };
        let lent = function.params.iter().any(|p| {
            let r = self.codecs.of(p.ty, place.side, Mode::Owned);
            self.codecs.lends(r)
        });
        self.runtime.lend |= lent;
        self.runtime.slot |= lent;
        let handover = match (function.result, &abi.return_area, &abi.post_return) {
            (Some(ty), Some(_), Some(_)) => self.handover(ty),
            _ => None,
        };
        let keep = function
            .result
            .filter(|_| abi.post_return.is_some() && handover.is_none())
            .map(|ty| self.keep(ty, place));
        let frees = match (handover, &keep) {
            (Some(handover), _) => Some(("ret", Frees::HandedOver(handover))),
            (None, Some(keep)) => Some(("_", Frees::Kept(keep.clone()))),
            (None, None) => None,
        };
        let post_return = frees.map(|(param, frees)| PostReturn {
            name: self.post_return_name(function),
            param: format!("{param}: {}", post_return_core(function)),
            frees,
        });
        let core = abi.core_results.first();
        let result = match (handover, &function.result, &abi.return_area, core) {
            (Some(handover), Some(_), Some(area), _) => {
                self.runtime.ret_area(area.size);
                self.runtime.hand_over = true;
                ExportResult::Handover(handover)
            }
            (_, Some(ty), None, Some(core)) => {
                self.runtime.cleanup = true;
                self.runtime.core(*core);
                ExportResult::Flat {
                    lower: self.converter(*ty, place.side, Mode::Owned, Dir::Lower),
                    conversion: conversion(*core),
                    keep,
                }
            }
            (_, Some(ty), Some(area), _) => {
                self.runtime.cleanup = true;
                self.runtime.ret_area(area.size);
                ExportResult::Area {
                    store: self.converter(*ty, place.side, Mode::Owned, Dir::Store),
                    keep,
                }
            }
            _ => ExportResult::None,
        };
        ExportShim {
            signature,
            slots,
            args,
            indirect,
            loads,
            lifts,
            call,
            lent,
            result,
            post_return,
        }
    }

    /// How an export keeps a result of type `ty` for its post-return.
    fn keep(&mut self, ty: Type, place: &Place) -> Keep {
        self.runtime.keep = true;
        let r = self.codecs.of(ty, place.side, Mode::Owned);
        let kept = match r {
            // `String`, `ErrorContext`: as the trait spells them.
            Ref::Prim(ty) => Speller {
                naming: self.naming,
                from: place.module,
                lifetime: "'_",
            }
            .owned(ty, place.side),
            Ref::Inst(id) => format!("__bindery::{}", self.codecs.lift_result(id)),
        };
        Keep {
            kept,
            with_cleanup: self.codecs.allocates(r),
        }
    }

    /// Whether a result of type `ty` is handed over: a string, or a list of
    /// plain numbers, whose Rust buffer has the element layout the host
    /// reads.
    fn handover(&self, ty: Type) -> Option<Handover> {
        let ir = self.naming.ir;
        match ir.unalias(ty) {
            Type::String => Some(Handover {
                element: "u8",
                string: true,
            }),
            Type::Id(index) => match ir.types[index].kind {
                bindery_ir::TypeKind::List { element, .. }
                    if ir.unalias(element).is_plain_number() =>
                {
                    Some(Handover {
                        element: crate::spell::primitive(ir.unalias(element)),
                        string: false,
                    })
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The post-return shim of an export (`__bindery_post_method_r_f`).
    fn post_return_name(&self, function: &Function) -> String {
        format!("__bindery_post_{}", self.naming.function_id(function))
    }

    /// The macro wrappers of one export: the function, and its post-return.
    pub fn wrappers(&self, function: &Function, ty: &str) -> Vec<Wrapper> {
        let abi = &function.abi;
        let shim = self.shim_name(function);
        let id = self.naming.function_id(function);
        let local = format!("__bindery_call__{id}");
        let params: Vec<String> = abi
            .core_params
            .iter()
            .enumerate()
            .map(|(i, t)| format!("arg{i}: {}", core_rust(*t)))
            .collect();
        let args: Vec<String> = (0..params.len()).map(|i| format!("arg{i}")).collect();
        let mut wrappers = vec![Wrapper {
            export_name: abi.name.clone(),
            name: local.clone(),
            params: params.join(", "),
            ret: abi
                .core_results
                .first()
                .map_or(String::new(), |t| format!(" -> {}", core_rust(*t))),
            shim,
            turbofish: format!("::<{ty}>"),
            args: args.join(", "),
        }];
        if let Some(post_return) = &abi.post_return {
            wrappers.push(Wrapper {
                export_name: post_return.clone(),
                name: format!("__bindery_post__{id}"),
                params: format!("arg0: {}", post_return_core(function)),
                ret: String::new(),
                shim: self.post_return_name(function),
                turbofish: String::new(),
                args: "arg0".to_string(),
            });
        }
        wrappers
    }
}
