//! Functions: import wrappers (Go API → `//go:wasmimport`), export entry
//! points (`//go:wasmexport` → the user's functions) and post-return
//! functions. The ABI facts (core signature, indirect parameters, return
//! areas, post-return) all come from the IR.

use askama::Template;
use bindery_ir::{Area, Function, FunctionKind, Type};

use crate::codecs::{CodecNames, PkgCodecs, converter, slot_ranges};
use crate::docs;
use crate::naming::function_id;
use crate::runtime::{CoreKind, Op, RuntimeUse};
use crate::spell::{At, Imports};
use crate::world::{FnRef, GoWorld};

#[derive(Debug)]
pub struct CoreParam {
    pub name: String,
    pub go: &'static str,
    pub suffix: &'static str,
}

/// One parameter converted: `function(call, value, at)`.
#[derive(Debug)]
pub struct Step {
    pub function: String,
    pub value: String,
    /// A slot range (`0:2`) or a memory offset.
    pub at: String,
}

#[derive(Debug)]
pub struct AreaView {
    pub size: u32,
    pub align: u32,
}

fn area(a: &Option<Area>) -> Option<AreaView> {
    a.as_ref().map(|a| AreaView {
        size: a.size,
        align: a.align,
    })
}

/// A core argument of an import call.
#[derive(Debug)]
pub enum CallArg {
    /// A flat value, narrowed from its slot.
    Slot { suffix: &'static str, index: usize },
    /// The address of the indirect parameters.
    Params,
    /// The address of the return area.
    ReturnArea,
}

#[derive(Debug)]
pub enum ImportResult {
    None,
    /// One core result, lifted from its slot.
    Direct {
        lift: String,
        suffix: &'static str,
    },
    /// Loaded from the return area.
    Area {
        load: String,
    },
}

#[derive(Template)]
#[template(path = "functions/import.go")]
pub struct ImportView {
    pub docs: Vec<String>,
    pub module: String,
    pub field: String,
    pub raw: String,
    pub core_params: Vec<CoreParam>,
    pub core_result: Option<&'static str>,
    /// `func (self *R) Get(a uint32) uint32`.
    pub signature: String,
    pub indirect: Option<AreaView>,
    pub slots: usize,
    pub steps: Vec<Step>,
    pub ret_area: Option<AreaView>,
    /// The core arguments, in order.
    pub args: Vec<CallArg>,
    pub result: ImportResult,
    /// The one core result is assigned (`wit_core := …`).
    pub direct_result: bool,
    /// The result owns memory the host allocated.
    pub release: bool,
    /// Go results of a tuple result: `F0`, `F1`, ….
    pub tuple: Vec<String>,
}

#[derive(Debug)]
pub enum ExportResult {
    None,
    Direct { lower: String, suffix: &'static str },
    Area { store: String },
}

#[derive(Template)]
#[template(path = "functions/export.go")]
pub struct ExportView {
    pub export_name: String,
    pub raw: String,
    pub core_params: Vec<CoreParam>,
    pub core_result: Option<&'static str>,
    pub indirect: bool,
    pub steps: Vec<Step>,
    pub release: bool,
    /// A parameter holds a borrowed handle: the call drops the lent
    /// handles as it returns. Decided here so that other exports skip it.
    pub borrows: bool,
    /// The export's Call is used: to lift, to drop borrows or to lower.
    pub uses_call: bool,
    /// `export_x.Run(` or `wit_p0.Label(`: everything before the arguments.
    pub callee: String,
    pub args: Vec<String>,
    /// Locals of a tuple result (`wit_r0`, …) and its Go type.
    pub tuple: Vec<String>,
    pub tuple_go: String,
    pub has_result: bool,
    pub result: ExportResult,
    pub post_return: Option<String>,
}

fn core_params(types: &[bindery_ir::CoreType]) -> Vec<CoreParam> {
    types
        .iter()
        .enumerate()
        .map(|(i, ty)| {
            let kind = CoreKind::of(*ty);
            CoreParam {
                name: format!("wit_arg{i}"),
                go: kind.go(),
                suffix: kind.suffix(),
            }
        })
        .collect()
}

/// The Go declaration of a function as the user sees or writes it.
pub fn signature(world: &GoWorld<'_>, f: &FnRef<'_>, at: At, imports: &mut Imports) -> String {
    let names = world.fn_names(f.id);
    let name = names.map_or("F", |n| n.name.as_str());
    let function = f.function;
    let method = method_of(function).is_some();
    let receiver = if method {
        let ty = function.params.first().map(|p| p.ty);
        let spelled = ty.map_or("any".to_string(), |t| world.spell(t, at, imports));
        format!("(self {spelled}) ")
    } else {
        String::new()
    };
    let params: Vec<String> = function
        .params
        .iter()
        .skip(usize::from(method))
        .zip(names.map(|n| n.params.as_slice()).unwrap_or(&[]))
        .map(|(p, name)| format!("{name} {}", world.spell(p.ty, at, imports)))
        .collect();
    let results = world.spell_results(function.result, at, imports);
    let space = if results.is_empty() { "" } else { " " };
    format!(
        "func {receiver}{name}({}){space}{results}",
        params.join(", ")
    )
}

pub fn method_of(function: &Function) -> Option<usize> {
    match function.kind {
        FunctionKind::Method(r) | FunctionKind::MethodGetter(r) | FunctionKind::MethodSetter(r) => {
            Some(r)
        }
        _ => None,
    }
}

/// Go names of the parameters, `self` first for methods.
fn param_values(world: &GoWorld<'_>, f: &FnRef<'_>) -> Vec<String> {
    let mut values: Vec<String> = Vec::new();
    if method_of(f.function).is_some() {
        values.push("self".into());
    }
    if let Some(names) = world.fn_names(f.id) {
        values.extend(names.params.iter().cloned());
    }
    values
}

pub struct Context<'w, 'a> {
    pub world: &'w GoWorld<'a>,
    pub names: &'w CodecNames,
    pub at: At,
}

impl Context<'_, '_> {
    pub fn import(
        &self,
        f: &FnRef<'_>,
        codecs: &mut PkgCodecs,
        rt: &mut RuntimeUse,
        imports: &mut Imports,
    ) -> ImportView {
        let world = self.world;
        let function = f.function;
        let abi = &function.abi;
        let types: Vec<Type> = function.params.iter().map(|p| p.ty).collect();
        let values = param_values(world, f);
        let op = if abi.params_indirect.is_some() {
            Op::Store
        } else {
            Op::Lower
        };
        let at: Vec<String> = match &abi.params_indirect {
            Some(area) => area.offsets.iter().map(u32::to_string).collect(),
            None => slot_ranges(world, &types, 0),
        };
        let mut steps = Vec::new();
        for ((ty, value), at) in types.iter().zip(&values).zip(at) {
            codecs.need(world, *ty, op, self.at, rt);
            steps.push(Step {
                function: converter(world, self.names, *ty, self.at, op),
                value: value.clone(),
                at,
            });
        }
        let slots = types
            .iter()
            .map(|t| world.ir.flat(*t).map_or(0, |f| f.len()))
            .sum();
        let all_core = core_params(&abi.core_params);
        let direct_args = if abi.params_indirect.is_some() {
            0
        } else {
            all_core.len() - usize::from(abi.return_area.is_some())
        };
        let mut args: Vec<CallArg> = abi.core_params[..direct_args]
            .iter()
            .enumerate()
            .map(|(index, ty)| {
                rt.cores.insert(CoreKind::of(*ty));
                CallArg::Slot {
                    suffix: CoreKind::of(*ty).suffix(),
                    index,
                }
            })
            .collect();
        if abi.params_indirect.is_some() {
            args.push(CallArg::Params);
        }
        if abi.return_area.is_some() {
            args.push(CallArg::ReturnArea);
        }
        let result = match (function.result, &abi.return_area, abi.core_results.first()) {
            (Some(ty), Some(_), _) => {
                codecs.need(world, ty, Op::Load, self.at, rt);
                ImportResult::Area {
                    load: converter(world, self.names, ty, self.at, Op::Load),
                }
            }
            (Some(ty), None, Some(core)) => {
                codecs.need(world, ty, Op::Lift, self.at, rt);
                let kind = CoreKind::of(*core);
                rt.cores.insert(kind);
                ImportResult::Direct {
                    lift: converter(world, self.names, ty, self.at, Op::Lift),
                    suffix: kind.suffix(),
                }
            }
            _ => ImportResult::None,
        };
        let tuple = function
            .result
            .and_then(|ty| world.tuple_elements(ty))
            .map(|types| (0..types.len()).map(|i| format!("F{i}")).collect())
            .unwrap_or_default();
        ImportView {
            docs: docs::item(function.docs.as_deref(), &function.stability),
            module: abi.module.clone().unwrap_or_default(),
            field: abi.name.clone(),
            raw: function_id(&function.name),
            core_params: all_core,
            core_result: abi.core_results.first().map(|t| CoreKind::of(*t).go()),
            signature: signature(world, f, self.at, imports),
            indirect: area(&abi.params_indirect),
            slots,
            steps,
            ret_area: area(&abi.return_area),
            args,
            direct_result: matches!(result, ImportResult::Direct { .. }),
            result,
            release: function
                .result
                .is_some_and(|ty| world.ir.info(ty).owns_memory),
            tuple,
        }
    }

    pub fn export(
        &self,
        f: &FnRef<'_>,
        raw: String,
        codecs: &mut PkgCodecs,
        rt: &mut RuntimeUse,
        imports: &mut Imports,
    ) -> ExportView {
        let world = self.world;
        let function = f.function;
        let abi = &function.abi;
        let types: Vec<Type> = function.params.iter().map(|p| p.ty).collect();
        let indirect = abi.params_indirect.is_some();
        let op = if indirect { Op::Load } else { Op::Lift };
        let at: Vec<String> = match &abi.params_indirect {
            Some(area) => area.offsets.iter().map(u32::to_string).collect(),
            None => slot_ranges(world, &types, 0),
        };
        let locals: Vec<String> = (0..types.len()).map(|i| format!("wit_p{i}")).collect();
        let mut steps = Vec::new();
        for ((ty, local), at) in types.iter().zip(&locals).zip(at) {
            codecs.need(world, *ty, op, self.at, rt);
            steps.push(Step {
                function: converter(world, self.names, *ty, self.at, op),
                value: local.clone(),
                at,
            });
        }
        if !indirect {
            for ty in &abi.core_params {
                rt.cores.insert(CoreKind::of(*ty));
            }
        }
        let names = world.fn_names(f.id);
        let name = names.map_or("F", |n| n.name.as_str());
        let (callee, args) = if method_of(function).is_some() {
            (format!("wit_p0.{name}"), locals[1..].to_vec())
        } else {
            let qualifier = world.qualifier(f.home, self.at, imports);
            (format!("{qualifier}{name}"), locals.clone())
        };
        let tuple_types = function.result.and_then(|ty| world.tuple_elements(ty));
        let tuple: Vec<String> = tuple_types
            .as_ref()
            .map(|types| (0..types.len()).map(|i| format!("wit_r{i}")).collect())
            .unwrap_or_default();
        let tuple_go = tuple_types
            .as_ref()
            .map(|types| world.spell_tuple(types, self.at, imports))
            .unwrap_or_default();
        let result = match (function.result, &abi.return_area, abi.core_results.first()) {
            (Some(ty), Some(area), _) => {
                codecs.need(world, ty, Op::Store, self.at, rt);
                rt.export_return_area = rt.export_return_area.max(area.size);
                ExportResult::Area {
                    store: converter(world, self.names, ty, self.at, Op::Store),
                }
            }
            (Some(ty), None, Some(core)) => {
                codecs.need(world, ty, Op::Lower, self.at, rt);
                let kind = CoreKind::of(*core);
                rt.cores.insert(kind);
                ExportResult::Direct {
                    lower: converter(world, self.names, ty, self.at, Op::Lower),
                    suffix: kind.suffix(),
                }
            }
            _ => ExportResult::None,
        };
        let borrows = types.iter().any(|t| world.ir.info(*t).has_borrow_handle);
        let uses_call = borrows || !steps.is_empty() || !matches!(result, ExportResult::None);
        ExportView {
            export_name: abi.name.clone(),
            raw,
            core_params: core_params(&abi.core_params),
            core_result: abi.core_results.first().map(|t| CoreKind::of(*t).go()),
            indirect,
            steps,
            release: indirect || types.iter().any(|t| world.ir.info(*t).owns_memory),
            borrows,
            uses_call,
            callee,
            args,
            tuple,
            tuple_go,
            has_result: function.result.is_some(),
            result,
            post_return: abi.post_return.clone(),
        }
    }
}
