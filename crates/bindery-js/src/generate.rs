//! Assembles the files: `interfaces/<ns>-<pkg>-<iface>.d.ts` with one
//! ambient module per interface, and `<world>.d.ts` with the world's module
//! (re-exports, world-level types and functions, the guest contract) and a
//! module per function the world imports itself.

use askama::Template;
use bindery_ir::{Function, FunctionKind, Item};
use bindery_kit::{Error, Files};

use crate::MARKER;
use crate::decls::Decl;
use crate::docs::jsdoc;
use crate::world::{Helpers, Home, JsWorld};

#[derive(Template)]
#[template(path = "file.d.ts")]
struct FileView {
    marker: &'static str,
    references: Vec<String>,
    modules: Vec<ModuleView>,
}

struct ModuleView {
    docs: Vec<String>,
    specifier: String,
    /// Rendered declarations, each starting with its line break.
    decls: Vec<String>,
}

fn render(template: &impl Template) -> Result<String, Error> {
    template
        .render()
        .map_err(|e| Error::output(format!("cannot lay out TypeScript declarations: {e}")))
}

/// Renders declarations with a blank line before each, except between
/// consecutive functions and consecutive re-export lines.
fn render_decls(decls: &[Decl]) -> Result<Vec<String>, Error> {
    let mut out = Vec::new();
    let mut previous: Option<&Decl> = None;
    for decl in decls {
        let grouped = matches!(
            (previous, decl),
            (Some(Decl::Function { .. }), Decl::Function { .. })
                | (Some(Decl::Line { .. }), Decl::Line { .. })
        );
        let mut text = render(decl)?;
        if previous.is_some() && !grouped {
            text.insert(0, '\n');
        }
        out.push(text);
        previous = Some(decl);
    }
    Ok(out)
}

pub fn generate(mut world: JsWorld<'_>) -> Result<Files, Error> {
    let mut files = Files::new();
    let modules: Vec<_> = world.modules().cloned().collect();
    for module in &modules {
        let home = Home::Iface(module.index);
        let iface = &world.ir.interfaces[module.index];
        let functions = world.interface_functions(module.index);
        let mut helpers = Helpers::default();
        let mut decls: Vec<Decl> = functions
            .iter()
            .filter(|f| f.kind == FunctionKind::Freestanding)
            .map(|f| world.function_decl(f, home, &mut helpers))
            .collect();
        for &ty in &iface.types {
            decls.push(world.type_decl(ty, functions, home, &mut helpers));
        }
        decls.extend(world.helper_decls(home, &helpers));
        let references = helpers
            .refs
            .iter()
            .map(|&other| relative(&module.file, &world.module(other).file))
            .collect();
        let view = FileView {
            marker: MARKER,
            references,
            modules: vec![ModuleView {
                docs: jsdoc(iface.docs.as_deref(), &iface.stability, &[]),
                specifier: module.specifier.clone(),
                decls: render_decls(&decls)?,
            }],
        };
        files.insert(module.file.clone(), render(&view)?);
    }
    let world_file = format!("{}.d.ts", world.ir.world.name);
    let view = world_file_view(&mut world, &modules, &world_file)?;
    files.insert(world_file, render(&view)?);
    Ok(files)
}

fn world_file_view(
    world: &mut JsWorld<'_>,
    modules: &[crate::world::Module],
    world_file: &str,
) -> Result<FileView, Error> {
    let ir = world.ir;
    let mut helpers = Helpers::default();
    let mut decls = Vec::new();
    for item in &ir.imports {
        if let Item::Interface { interface, .. } = &item.item {
            let iface = &ir.interfaces[*interface];
            decls.push(Decl::Line {
                text: format!(
                    "export type * as {} from '{}'; // import {}",
                    crate::naming::import_namespace(iface, &item.key),
                    world.module(*interface).specifier,
                    item.key
                ),
            });
        }
    }
    let world_functions: Vec<Function> = ir
        .imports
        .iter()
        .chain(&ir.exports)
        .filter_map(|item| match &item.item {
            Item::Function { function } => Some(function.clone()),
            _ => None,
        })
        .collect();
    for ty in world.world_types() {
        decls.push(world.type_decl(ty, &world_functions, Home::World, &mut helpers));
    }
    for item in &ir.exports {
        match &item.item {
            Item::Interface { interface, .. } => {
                decls.push(Decl::Line {
                    text: format!(
                        "export * as {} from '{}'; // export {}",
                        world.export_name(&item.key).namespace,
                        world.module(*interface).specifier,
                        item.key
                    ),
                });
            }
            Item::Function { function } if function.kind == FunctionKind::Freestanding => {
                decls.push(world.function_decl(function, Home::World, &mut helpers));
            }
            _ => {}
        }
    }
    let guest = world.guest_view(&mut helpers);
    decls.extend(world.helper_decls(Home::World, &helpers));
    let mut rendered = render_decls(&decls)?;
    if let Some(guest) = guest {
        let text = render(&guest)?;
        rendered.push(match rendered.is_empty() {
            true => text,
            false => format!("\n{text}"),
        });
    }
    let mut views = vec![ModuleView {
        docs: jsdoc(ir.world.docs.as_deref(), &ir.world.stability, &[]),
        specifier: world.world_specifier.clone(),
        decls: rendered,
    }];
    for item in &ir.imports {
        if let Item::Function { function } = &item.item
            && function.kind == FunctionKind::Freestanding
        {
            views.push(import_function_module(world, function)?);
        }
    }
    Ok(FileView {
        marker: MARKER,
        references: modules
            .iter()
            .map(|m| relative(world_file, &m.file))
            .collect(),
        modules: views,
    })
}

/// A function the world imports itself is the default export of a module
/// named after it (`import log from 'log'` in ComponentizeJS).
fn import_function_module(world: &JsWorld<'_>, function: &Function) -> Result<ModuleView, Error> {
    let mut helpers = Helpers::default();
    let signature = world.signature(function, Home::Free, &mut helpers);
    let mut decls = vec![Decl::Line {
        text: format!(
            "export default function {}({}): {};",
            world.naming.param(&function.item_name),
            signature.params,
            signature.ret
        ),
    }];
    decls.extend(world.helper_decls(Home::Free, &helpers));
    Ok(ModuleView {
        docs: jsdoc(
            function.docs.as_deref(),
            &function.stability,
            &signature.tags,
        ),
        specifier: function.item_name.clone(),
        decls: render_decls(&decls)?,
    })
}

/// The path of `to` relative to the directory of `from` (both relative to
/// the output directory, at most one level deep).
fn relative(from: &str, to: &str) -> String {
    match (from.rsplit_once('/'), to.rsplit_once('/')) {
        (Some((from_dir, _)), Some((to_dir, name))) if from_dir == to_dir => format!("./{name}"),
        (Some(_), None) => format!("../{to}"),
        (None, _) => format!("./{to}"),
        (Some(_), Some(_)) => format!("../{to}"),
    }
}
