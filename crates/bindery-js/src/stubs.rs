//! Starter code (`guest.ts`): an ES module that implements the guest
//! contract with "not implemented" bodies. Nothing in it spells a WIT type:
//! object-literal functions take their types from the contract
//! (`export const calc: Guest['calc'] = { … }`), and resource classes,
//! whose methods are not typed by context, take theirs through indexed
//! access (`Parameters<InstanceType<Guest['calc']['Acc']>['add']>`), so the
//! file type-checks against the declarations as written.

use askama::Template;
use bindery_ir::{Function, FunctionKind, Item, TypeKind};
use bindery_kit::{Error, Files};

use crate::naming::Scope;
use crate::world::{Helpers, JsWorld};

/// The starter file; its own module is `./guest.js` to the contract check.
const FILE: &str = "guest.ts";

#[derive(Template)]
#[template(path = "stubs.ts")]
struct StubsView {
    world_name: String,
    world: String,
    guest: String,
    check: String,
    exports: Vec<StubExport>,
    functions: Vec<StubFunction>,
}

/// The object exported for one interface.
struct StubExport {
    key: String,
    /// The binding declared (`calc`, or `$delete` for a reserved word).
    binding: String,
    /// The export's name when it differs from the binding.
    rename: Option<String>,
    /// `Guest['calc']`.
    contract: String,
    functions: Vec<StubFunction>,
    classes: Vec<StubClass>,
}

/// A function: its key and its parameter names (typed by context).
struct StubFunction {
    binding: String,
    rename: Option<String>,
    key: String,
    params: String,
    contract: String,
}

struct StubClass {
    name: String,
    /// `Guest['calc']['Acc']`: the class's constructor type.
    contract: String,
    methods: Vec<StubMethod>,
}

/// A method: `name(...[a, b]: Parameters<T>): ReturnType<T>`.
struct StubMethod {
    prefix: &'static str,
    key: String,
    params: String,
    /// The method's type (`InstanceType<…>['add']`, `…['merge']`).
    ty: String,
}

pub fn stubs(mut world: JsWorld<'_>) -> Result<Files, Error> {
    let ir = world.ir;
    let mut files = Files::new();
    // The contract's names, claimed exactly as the declarations claim them.
    let Some(guest) = world.guest_view(&mut Helpers::default()) else {
        return Ok(files);
    };
    let naming = &world.naming;
    let index = |name: &str| format!("'{name}'");
    let mut exports = Vec::new();
    let mut functions = Vec::new();
    for item in &ir.exports {
        match &item.item {
            Item::Interface {
                interface,
                functions: fns,
                ..
            } => {
                let iface = &ir.interfaces[*interface];
                let export = world.export_name(&item.key);
                let contract = format!("{}[{}]", guest.guest, index(&export.member));
                // A full WIT name is a string export name of a `$` binding.
                let (binding, rename) = match export.full {
                    true => (
                        format!("${}", export.namespace),
                        Some(index(&export.member)),
                    ),
                    false => binding(&world, &export.member),
                };
                let classes = iface
                    .types
                    .iter()
                    .filter(|ty| matches!(ir.def(**ty).kind, TypeKind::Resource))
                    .map(|&ty| {
                        let name = naming.type_name(ir.def(ty).name.as_deref().unwrap_or_default());
                        let class = format!("{contract}[{}]", index(&name));
                        // The guest contract makes a class with neither a
                        // constructor nor a static optional (`Thing?:`).
                        let optional = !fns.iter().any(|f| {
                            f.kind.resource() == Some(ty)
                                && matches!(
                                    f.kind,
                                    FunctionKind::Constructor(_) | FunctionKind::Static(_)
                                )
                        });
                        let class = if optional {
                            format!("NonNullable<{class}>")
                        } else {
                            class
                        };
                        let methods = fns
                            .iter()
                            .filter(|f| f.kind.resource() == Some(ty))
                            .filter_map(|f| method(&world, f, &class))
                            .collect();
                        StubClass {
                            name,
                            contract: class,
                            methods,
                        }
                    })
                    .collect();
                exports.push(StubExport {
                    key: item.key.clone(),
                    binding,
                    rename,
                    functions: fns
                        .iter()
                        .filter(|f| f.kind == FunctionKind::Freestanding)
                        .map(|f| function(&world, f, &contract))
                        .collect(),
                    contract,
                    classes,
                });
            }
            Item::Function { function: f } => functions.push(function(&world, f, &guest.guest)),
            Item::Type { .. } => {}
        }
    }
    let view = StubsView {
        world_name: ir.world.name.clone(),
        world: guest.world,
        guest: guest.guest,
        check: guest.check,
        exports,
        functions,
    };
    let text = view
        .render()
        .map_err(|e| Error::output(format!("cannot lay out the JavaScript starter code: {e}")))?;
    files.insert(FILE, text.trim_end().to_string() + "\n");
    Ok(files)
}

/// The local binding of an export: its name, or `$name` (exported under
/// its name) when the name is a reserved word.
fn binding(world: &JsWorld<'_>, member: &str) -> (String, Option<String>) {
    if world.naming.is_reserved(member) {
        (format!("${member}"), Some(member.to_string()))
    } else {
        (member.to_string(), None)
    }
}

/// Parameter names, as the declarations name them (`self` left out).
fn param_names(world: &JsWorld<'_>, function: &Function) -> String {
    let skip = usize::from(matches!(function.kind, FunctionKind::Method(_)));
    let mut scope = Scope::default();
    function.params[skip..]
        .iter()
        .map(|p| scope.claim(world.naming.param(&p.name)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn function(world: &JsWorld<'_>, function: &Function, owner: &str) -> StubFunction {
    let member = world.naming.member(&function.item_name);
    let (binding, rename) = binding(world, &member);
    StubFunction {
        binding,
        rename,
        key: world.naming.property(&function.item_name),
        params: param_names(world, function),
        contract: format!("{owner}['{member}']"),
    }
}

/// An instance method or static of a resource class (constructors are
/// written from the class's constructor type).
fn method(world: &JsWorld<'_>, function: &Function, class: &str) -> Option<StubMethod> {
    let member = world.naming.member(&function.item_name);
    let (prefix, ty) = match function.kind {
        FunctionKind::Method(_) => ("", format!("InstanceType<{class}>['{member}']")),
        FunctionKind::Static(_) => ("static ", format!("{class}['{member}']")),
        _ => return None,
    };
    Some(StubMethod {
        prefix,
        key: world.naming.property(&function.item_name),
        params: param_names(world, function),
        ty,
    })
}
