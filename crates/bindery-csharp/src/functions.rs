//! Functions: import wrappers (C# API → `[DllImport]` core import), export
//! entry points (`[UnmanagedCallersOnly]` → the user's class) and their
//! post-return functions. The core signature, indirect parameters, return
//! areas and post-return all come from the IR.
//!
//! A result that is a `result<T, E>` is unwrapped as wit-bindgen does:
//! the C# function returns `T` and an error is a `WitException<E>` (its
//! nesting level says which `result` of a nested one failed).

use std::collections::BTreeMap;

use askama::Template;
use bindery_ir::{Area, CoreType, Function, FunctionKind, Type, TypeKind};

use crate::codecs::{CodecNames, Codecs, Op, flat_len, part};
use crate::docs;
use crate::naming;
use crate::world::{CsWorld, Dir, FnId, FnRef, Home, is_method};

/// The C# type of a core value.
pub fn core_cs(ty: CoreType) -> &'static str {
    match ty {
        CoreType::I32 | CoreType::Length => "int",
        CoreType::I64 | CoreType::PointerOrI64 => "long",
        CoreType::F32 => "float",
        CoreType::F64 => "double",
        CoreType::Pointer => "nint",
    }
}

/// The `__BinderyAbi` call that reads a core value from a slot.
pub fn from_slot(ty: CoreType) -> &'static str {
    match ty {
        CoreType::I32 | CoreType::Length => "__BinderyAbi.AsI32",
        CoreType::I64 | CoreType::PointerOrI64 => "__BinderyAbi.AsI64",
        CoreType::F32 => "__BinderyAbi.AsF32",
        CoreType::F64 => "__BinderyAbi.AsF64",
        CoreType::Pointer => "__BinderyAbi.AsPointer",
    }
}

/// A block of memory on the stack for indirect parameters or results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaView {
    pub size: u32,
    pub align: u32,
    /// Bytes to reserve so an aligned block of `size` fits.
    pub buffer: u32,
}

fn area(a: &Option<Area>) -> Option<AreaView> {
    a.as_ref().map(|a| AreaView {
        size: a.size,
        align: a.align,
        buffer: a.size + a.align,
    })
}

/// One value converted: `call(value, at, cleanup)` or `local = call(at)`.
#[derive(Debug, Clone)]
pub struct Step {
    pub call: String,
    /// Where the value goes or comes from: `__bindery_slots + 2`,
    /// `__bindery_params + 8`.
    pub at: String,
}

/// One C# signature of an import: the usual one, and for primitive-list
/// parameters the `Span<T>` and `Memory<T>` overloads wit-bindgen adds.
#[derive(Debug)]
pub struct Overload {
    /// `uint x, string y`.
    pub params: String,
    /// The expression lowered for each step (parameter).
    pub values: Vec<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum ImportKind {
    Static,
    Method,
    Constructor,
}

#[derive(Debug)]
pub enum ImportResult {
    None,
    /// One core result: widened into a slot, then lifted.
    Direct {
        lift: String,
    },
    /// Loaded from the return area.
    Area {
        load: String,
    },
    /// A constructor keeps the handle it got.
    Constructor,
}

/// One level of a `result` turned into exceptions.
#[derive(Debug)]
pub struct Unwrap {
    pub var: String,
    pub level: usize,
    /// `global::W.WitException<E>`.
    pub exception: String,
    pub next: Option<String>,
}

#[derive(Template)]
#[template(path = "functions/import.cs")]
pub struct ImportView {
    pub docs: Vec<String>,
    pub kind: ImportKind,
    pub name: String,
    /// The C# return type (`void` when nothing is returned).
    pub ret: String,
    pub overloads: Vec<Overload>,
    /// Some parameter owns memory: blocks are freed after the call.
    pub cleanup: bool,
    /// Flat slots of the parameters (0 when they go through memory).
    pub slots: usize,
    pub params_area: Option<AreaView>,
    pub steps: Vec<Step>,
    pub ret_area: Option<AreaView>,
    /// `global::…Interop.wasmImportF`.
    pub interop: String,
    pub args: Vec<String>,
    /// The C# type of the one core result, if any.
    pub core_result: Option<&'static str>,
    pub result: ImportResult,
    pub unwrap: Vec<Unwrap>,
    /// The local returned at the end, if a value is.
    pub returned: Option<String>,
}

/// The `[DllImport]` declaration of a core import.
#[derive(Template)]
#[template(path = "functions/extern.cs")]
pub struct ExternView {
    pub module: String,
    pub field: String,
    pub ret: &'static str,
    pub name: String,
    pub params: String,
}

/// One level of a `result` an export's exceptions map to.
#[derive(Debug)]
pub struct Catch {
    pub level: usize,
    /// `R0.Ok(R1.Err((E1)` … `))`.
    pub open: String,
    pub close: String,
}

#[derive(Debug)]
pub enum ExportCall {
    /// `Impl.F(args)` returns nothing.
    Statement,
    /// `var __bindery_ret = Impl.F(args);`
    Value,
    /// Exceptions become `Err`: `ret_type __bindery_ret; try { … } catch …`.
    Wrapped {
        ret_type: String,
        /// Around the call's value; or, when the payload is `void`, around `unit`.
        ok_open: String,
        ok_close: String,
        unit: Option<String>,
        catches: Vec<Catch>,
        exception: String,
    },
}

#[derive(Debug)]
pub enum ExportResult {
    None,
    Direct {
        lower: String,
        to_core: &'static str,
    },
    Area {
        store: String,
        cleanup: bool,
    },
}

#[derive(Template)]
#[template(path = "functions/export.cs")]
pub struct ExportView {
    pub export_name: String,
    pub entry: String,
    pub core_params: String,
    pub core_ret: &'static str,
    /// Core parameters copied into slots (direct parameters).
    pub slot_params: Vec<usize>,
    pub slots: usize,
    /// Parameters come through memory the host allocated (freed after).
    pub indirect: bool,
    pub steps: Vec<Step>,
    /// `global::ns.Impl.F(` / `((global::ns.Impl.R)__bindery_p0).F(`.
    pub callee: String,
    pub args: Vec<String>,
    pub call: ExportCall,
    pub lends: bool,
    pub result: ExportResult,
    pub post_return: Option<PostReturn>,
}

#[derive(Debug)]
pub struct PostReturn {
    pub name: String,
    pub entry: String,
    pub params: String,
}

/// The declaration the user implements: `static abstract uint F(uint x);`.
#[derive(Template)]
#[template(path = "functions/declaration.cs")]
pub struct DeclarationView {
    pub docs: Vec<String>,
    /// `static abstract ` or `abstract `.
    pub modifiers: &'static str,
    pub ret: String,
    pub name: String,
    pub params: String,
}

/// Names of the `[DllImport]` and entry-point methods, unique per class.
pub fn interop_names(world: &CsWorld<'_>) -> BTreeMap<FnId, String> {
    let mut out = BTreeMap::new();
    for dir in [Dir::Import, Dir::Export] {
        let mut by_home: BTreeMap<Home, Vec<FnRef<'_>>> = BTreeMap::new();
        for f in world.functions(dir) {
            by_home.entry(f.home).or_default().push(f);
        }
        let prefix = match dir {
            Dir::Import => "wasmImport",
            Dir::Export => "wasmExport",
        };
        for functions in by_home.values() {
            let names = naming::unique(
                functions
                    .iter()
                    .map(|f| format!("{prefix}{}", world.naming.upper(&f.function.name))),
            );
            for (f, name) in functions.iter().zip(names) {
                out.insert(f.id, name);
            }
        }
    }
    out
}

/// The payload a `result` function returns once errors are exceptions,
/// and the `result` types peeled off (outermost first), as wit-bindgen:
/// only a `result` written directly (not through an alias) is peeled.
pub fn peel_results(world: &CsWorld<'_>, ty: Option<Type>) -> (Option<Type>, Vec<Type>) {
    let mut levels = Vec::new();
    let mut current = ty;
    while let Some(Type::Id(index)) = current {
        match &world.ir.def(index).kind {
            TypeKind::Result { ok, .. } => {
                levels.push(Type::Id(index));
                current = *ok;
            }
            _ => break,
        }
    }
    (current, levels)
}

pub struct Context<'w, 'a> {
    pub world: &'w CsWorld<'a>,
    pub names: &'w CodecNames,
    pub interop: &'w BTreeMap<FnId, String>,
}

impl Context<'_, '_> {
    fn interop_class(&self, home: Home) -> String {
        let names = self.world.home_names(home);
        format!("global::{}.{}", names.namespace, names.interop)
    }

    /// The C# parameter list as the user sees it.
    pub fn params(&self, f: &FnRef<'_>, dir: Dir) -> Vec<(String, String)> {
        let names = self.world.fn_names(f.id);
        f.function
            .params
            .iter()
            .skip(usize::from(is_method(f.function)))
            .zip(&names.params)
            .map(|(p, name)| (self.world.spell(p.ty, dir), name.clone()))
            .collect()
    }

    /// The C# return type the user sees (`void` for none).
    pub fn ret(&self, f: &FnRef<'_>, dir: Dir) -> String {
        if matches!(f.function.kind, FunctionKind::Constructor(_)) {
            return String::new();
        }
        let (payload, _) = peel_results(self.world, f.function.result);
        match payload {
            Some(ty) if f.function.result.is_some() => self.world.spell(ty, dir),
            _ => "void".to_string(),
        }
    }

    pub fn declaration(&self, f: &FnRef<'_>) -> DeclarationView {
        let params = self.params(f, f.types_dir());
        DeclarationView {
            docs: docs::item(f.function.docs.as_deref(), &f.function.stability),
            modifiers: if is_method(f.function) {
                "abstract "
            } else {
                "static abstract "
            },
            ret: self.ret(f, f.types_dir()),
            name: self.world.fn_names(f.id).name.clone(),
            params: join_params(&params),
        }
    }

    pub fn extern_view(&self, f: &FnRef<'_>) -> ExternView {
        let abi = &f.function.abi;
        ExternView {
            module: abi.module.clone().unwrap_or_default(),
            field: abi.name.clone(),
            ret: abi.core_results.first().map_or("void", |t| core_cs(*t)),
            name: self.interop[&f.id].clone(),
            params: core_params(&abi.core_params),
        }
    }

    pub fn import(&self, f: &FnRef<'_>, codecs: &mut Codecs) -> ImportView {
        let world = self.world;
        let function = f.function;
        let abi = &function.abi;
        let dir = Dir::Import;
        let types: Vec<Type> = function.params.iter().map(|p| p.ty).collect();
        let indirect = abi.params_indirect.is_some();
        let op = if indirect { Op::Store } else { Op::Lower };
        let mut steps = Vec::new();
        let mut slot = 0;
        for (i, ty) in types.iter().enumerate() {
            codecs.need(world, *ty, op, dir);
            let part = part(world, self.names, *ty, dir);
            let (call, at) = match &abi.params_indirect {
                Some(area) => (
                    part.store(),
                    format!("__bindery_params + {}", area.offsets[i]),
                ),
                None => (part.lower(), format!("__bindery_slots + {slot}")),
            };
            slot += flat_len(world, *ty);
            steps.push(Step { call, at });
        }
        let direct = if indirect {
            0
        } else {
            abi.core_params.len() - usize::from(abi.return_area.is_some())
        };
        let mut args: Vec<String> = abi.core_params[..direct]
            .iter()
            .enumerate()
            .map(|(i, ty)| format!("{}(__bindery_slots[{i}])", from_slot(*ty)))
            .collect();
        if indirect {
            args.push("__bindery_params".into());
        }
        if abi.return_area.is_some() {
            args.push("__bindery_ret".into());
        }
        let kind = match function.kind {
            FunctionKind::Constructor(_) => ImportKind::Constructor,
            _ if is_method(function) => ImportKind::Method,
            _ => ImportKind::Static,
        };
        let result = match (function.result, &abi.return_area) {
            _ if kind == ImportKind::Constructor => ImportResult::Constructor,
            (Some(ty), Some(_)) => {
                codecs.need(world, ty, Op::Load, dir);
                ImportResult::Area {
                    load: part(world, self.names, ty, dir).load(),
                }
            }
            (Some(ty), None) => {
                codecs.need(world, ty, Op::Lift, dir);
                ImportResult::Direct {
                    lift: part(world, self.names, ty, dir).lift(),
                }
            }
            (None, _) => ImportResult::None,
        };
        let (payload, levels) = peel_results(world, function.result);
        let unwrap: Vec<Unwrap> = levels
            .iter()
            .enumerate()
            .map(|(level, ty)| {
                let err = match ty {
                    Type::Id(i) => match &world.ir.def(*i).kind {
                        TypeKind::Result { err, .. } => *err,
                        _ => None,
                    },
                    _ => None,
                };
                Unwrap {
                    var: format!("__bindery_r{level}"),
                    level,
                    exception: format!(
                        "{}<{}>",
                        world.world_type("WitException"),
                        world.spell_opt(err, dir)
                    ),
                    next: (level + 1 < levels.len() || payload.is_some())
                        .then(|| format!("__bindery_r{}", level + 1)),
                }
            })
            .collect();
        let returned = match (&result, payload) {
            (ImportResult::Constructor | ImportResult::None, _) => None,
            (_, Some(_)) => Some(format!("__bindery_r{}", levels.len())),
            (_, None) => None,
        };
        let mut values: Vec<String> = Vec::new();
        if kind == ImportKind::Method {
            values.push("this".into());
        }
        let user_params = self.params(f, dir);
        values.extend(user_params.iter().map(|(_, name)| name.clone()));
        let overloads = self.overloads(f, &user_params, &values);
        ImportView {
            docs: docs::item(function.docs.as_deref(), &function.stability),
            name: world.fn_names(f.id).name.clone(),
            ret: self.ret(f, dir),
            overloads,
            cleanup: types.iter().any(|t| world.ir.info(*t).owns_memory),
            slots: if indirect { 0 } else { slot },
            params_area: area(&abi.params_indirect),
            steps,
            ret_area: area(&abi.return_area),
            interop: format!("{}.{}", self.interop_class(f.home), self.interop[&f.id]),
            args,
            core_result: abi.core_results.first().map(|t| core_cs(*t)),
            result,
            unwrap,
            returned,
            kind,
        }
    }

    /// The usual signature, plus `Span<T>` and `Memory<T>` ones when a
    /// parameter is a list of numbers (wit-bindgen's overloads).
    fn overloads(
        &self,
        f: &FnRef<'_>,
        params: &[(String, String)],
        values: &[String],
    ) -> Vec<Overload> {
        let skip = usize::from(is_method(f.function));
        let plain: Vec<Option<String>> = f
            .function
            .params
            .iter()
            .skip(skip)
            .map(|p| self.number_list_element(p.ty))
            .collect();
        let mut overloads = vec![Overload {
            params: join_params(params),
            values: values.to_vec(),
        }];
        if plain.iter().any(Option::is_some) {
            for (wrapper, read) in [("Span", ""), ("Memory", ".Span")] {
                let params: Vec<(String, String)> = params
                    .iter()
                    .zip(&plain)
                    .map(|((ty, name), element)| match element {
                        Some(element) => {
                            (format!("global::System.{wrapper}<{element}>"), name.clone())
                        }
                        None => (ty.clone(), name.clone()),
                    })
                    .collect();
                let mut values = values.to_vec();
                for (i, element) in plain.iter().enumerate() {
                    if element.is_some() {
                        values[i + skip].push_str(read);
                    }
                }
                overloads.push(Overload {
                    params: join_params(&params),
                    values,
                });
            }
        }
        overloads
    }

    /// The element of a list of numbers (through aliases), spelled.
    fn number_list_element(&self, ty: Type) -> Option<String> {
        let Type::Id(index) = self.world.ir.unalias(ty) else {
            return None;
        };
        match &self.world.ir.def(index).kind {
            TypeKind::List { element, .. } if crate::spell::is_number(*element) => {
                Some(self.world.spell(*element, Dir::Import))
            }
            _ => None,
        }
    }

    pub fn export(&self, f: &FnRef<'_>, codecs: &mut Codecs) -> ExportView {
        let world = self.world;
        let function = f.function;
        let abi = &function.abi;
        let dir = f.types_dir();
        let indirect = abi.params_indirect.is_some();
        let op = if indirect { Op::Load } else { Op::Lift };
        let mut steps = Vec::new();
        let mut slot = 0;
        for (i, param) in function.params.iter().enumerate() {
            codecs.need(world, param.ty, op, dir);
            let part = part(world, self.names, param.ty, dir);
            let (call, at) = match &abi.params_indirect {
                Some(area) => (part.load(), format!("p0 + {}", area.offsets[i])),
                None => (part.lift(), format!("__bindery_slots + {slot}")),
            };
            slot += flat_len(world, param.ty);
            steps.push(Step { call, at });
        }
        let home = world.home_names(f.home);
        let implementation = format!("global::{}.{}", home.namespace, home.implementation);
        let names = world.fn_names(f.id);
        let resource_class = |r| {
            let r = world.resource_of(r);
            let name = world
                .names_of(r, dir)
                .map_or("Resource", |n| n.name.as_str());
            format!("{implementation}.{name}")
        };
        let locals: Vec<String> = (0..steps.len())
            .map(|i| format!("__bindery_p{i}"))
            .collect();
        let (callee, args) = match function.kind {
            FunctionKind::Constructor(r) => (format!("new {}(", resource_class(r)), locals),
            FunctionKind::Method(r)
            | FunctionKind::MethodGetter(r)
            | FunctionKind::MethodSetter(r) => (
                format!("(({})__bindery_p0).{}(", resource_class(r), names.name),
                locals[1..].to_vec(),
            ),
            FunctionKind::Static(r)
            | FunctionKind::StaticGetter(r)
            | FunctionKind::StaticSetter(r) => {
                (format!("{}.{}(", resource_class(r), names.name), locals)
            }
            FunctionKind::Freestanding | FunctionKind::Getter | FunctionKind::Setter => {
                (format!("{implementation}.{}(", names.name), locals)
            }
        };
        let (payload, levels) = if matches!(function.kind, FunctionKind::Constructor(_)) {
            (function.result, Vec::new())
        } else {
            peel_results(world, function.result)
        };
        let call = if levels.is_empty() {
            if function.result.is_some() {
                ExportCall::Value
            } else {
                ExportCall::Statement
            }
        } else {
            self.wrapped(function, payload, &levels, dir)
        };
        let result = match (function.result, &abi.return_area, abi.core_results.first()) {
            (Some(ty), Some(_), _) => {
                codecs.need(world, ty, Op::Store, dir);
                ExportResult::Area {
                    store: part(world, self.names, ty, dir).store(),
                    cleanup: abi.post_return.is_some(),
                }
            }
            (Some(ty), None, Some(core)) => {
                codecs.need(world, ty, Op::Lower, dir);
                ExportResult::Direct {
                    lower: part(world, self.names, ty, dir).lower(),
                    to_core: from_slot(*core),
                }
            }
            _ => ExportResult::None,
        };
        let post_return = abi.post_return.as_ref().map(|name| PostReturn {
            name: name.clone(),
            entry: format!("cabi_post_{}", self.interop[&f.id]),
            params: core_params(&abi.core_results),
        });
        ExportView {
            export_name: abi.name.clone(),
            entry: self.interop[&f.id].clone(),
            core_params: core_params(&abi.core_params),
            core_ret: abi.core_results.first().map_or("void", |t| core_cs(*t)),
            slot_params: if indirect {
                Vec::new()
            } else {
                (0..abi.core_params.len()).collect()
            },
            slots: slot,
            indirect,
            steps,
            callee,
            args,
            call,
            lends: function
                .params
                .iter()
                .any(|p| world.lends_imported(p.ty, dir)),
            result,
            post_return,
        }
    }

    /// The call of an export returning a `result`, its exceptions caught.
    fn wrapped(
        &self,
        function: &Function,
        payload: Option<Type>,
        levels: &[Type],
        dir: Dir,
    ) -> ExportCall {
        let world = self.world;
        let spelled: Vec<String> = levels.iter().map(|t| world.spell(*t, dir)).collect();
        let errors: Vec<String> = levels
            .iter()
            .map(|t| match t {
                Type::Id(i) => match &world.ir.def(*i).kind {
                    TypeKind::Result { err, .. } => world.spell_opt(*err, dir),
                    _ => String::new(),
                },
                _ => String::new(),
            })
            .collect();
        let ok_open: String = spelled.iter().map(|r| format!("{r}.Ok(")).collect();
        let ok_close = ")".repeat(spelled.len());
        let catches = (0..levels.len())
            .map(|level| {
                let outer: String = spelled[..level]
                    .iter()
                    .map(|r| format!("{r}.Ok("))
                    .collect();
                Catch {
                    level,
                    open: format!("{outer}{}.Err(({})", spelled[level], errors[level]),
                    close: ")".repeat(level + 1),
                }
            })
            .collect();
        ExportCall::Wrapped {
            ret_type: world.spell(function.result.unwrap_or(Type::Bool), dir),
            ok_open,
            ok_close,
            unit: payload
                .is_none()
                .then(|| format!("new {}()", world.world_type("None"))),
            catches,
            exception: world.world_type("WitException"),
        }
    }
}

fn core_params(types: &[CoreType]) -> String {
    types
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{} p{i}", core_cs(*t)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn join_params(params: &[(String, String)]) -> String {
    params
        .iter()
        .map(|(ty, name)| format!("{ty} {name}"))
        .collect::<Vec<_>>()
        .join(", ")
}
