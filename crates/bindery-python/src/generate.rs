//! Assembles the package: for each module, the names it defines (checked
//! for clashes first, so helpers and imported modules can be spelled
//! around them), its sections in order, then its imports.

use std::collections::BTreeSet;

use askama::Template;
use bindery_ir::{Item, TypeIndex, TypeKind};
use bindery_kit::{Error, Files};

use crate::docs;
use crate::items::{self, Docstring, Section, Shape};
use crate::names::Namespace;
use crate::spell::{Helper, Imports};
use crate::world::{Dir, FnRef, Module, Place, PyWorld};

#[derive(Template)]
#[template(path = "module.py")]
struct ModuleView {
    marker: &'static str,
    docs: Docstring,
    imports: Vec<Vec<String>>,
    sections: Vec<String>,
}

#[derive(Template)]
#[template(path = "componentize_py_types.py")]
struct TypesView {
    marker: &'static str,
}

fn render(template: &impl Template) -> Result<String, Error> {
    template
        .render()
        .map_err(|e| Error::output(format!("cannot lay out Python bindings: {e}")))
}

pub fn generate(world: &PyWorld<'_>) -> Result<Files, Error> {
    let functions = world.functions();
    let mut files = Files::new();
    for module in world.modules() {
        let text = module_text(world, module, &functions)?;
        files.insert(world.path(module), text);
    }
    files.insert(
        format!("{}.py", crate::TYPES_MODULE),
        render(&TypesView {
            marker: crate::MARKER,
        })?,
    );
    Ok(files)
}

fn module_text(
    world: &PyWorld<'_>,
    module: Module,
    functions: &[FnRef<'_>],
) -> Result<String, Error> {
    let namespace = namespace(world, module, functions)?;
    let mut imports = Imports::new(module, namespace);
    let dir = match module {
        Module::Export(_) => Dir::Export,
        _ => Dir::Import,
    };
    let mut sections = Vec::new();
    for &ty in world.declared_in(module) {
        let section = match &world.ir.def(ty).kind {
            TypeKind::Resource => resource_class(world, module, ty, dir, functions, &mut imports),
            _ => match items::type_section(world, ty, dir, &mut imports) {
                Some(section) => section,
                None => continue,
            },
        };
        sections.push(render(&section)?);
    }
    let none = BTreeSet::new();
    for f in functions
        .iter()
        .filter(|f| f.place == Place::Function(module))
    {
        let shape = Shape {
            dir: f.dir,
            own: None,
            members: &none,
            abstract_method: false,
            in_class: false,
        };
        let function = items::function_view(world, f, shape, &mut imports);
        sections.push(render(&Section::Function { function })?);
    }
    match module {
        Module::World => {
            let section = protocol_class(world, None, functions, &mut imports);
            sections.push(render(&section)?);
        }
        Module::Exports => {
            for &iface in world.exported() {
                let section = protocol_class(world, Some(iface), functions, &mut imports);
                sections.push(render(&section)?);
            }
        }
        _ => {}
    }
    let imports = if sections.is_empty() {
        Vec::new()
    } else {
        imports.sections(world)
    };
    render(&ModuleView {
        marker: crate::MARKER,
        docs: Docstring {
            indent: "",
            lines: module_docs(world, module),
        },
        imports,
        sections,
    })
}

/// The WIT-derived names a module defines and the members of its classes;
/// two WIT items that Python spells alike are an error.
fn namespace(
    world: &PyWorld<'_>,
    module: Module,
    functions: &[FnRef<'_>],
) -> Result<Namespace, Error> {
    let mut ns = Namespace::default();
    let define = |ns: &mut Namespace, name: String| {
        if ns.define(&name) {
            Ok(())
        } else {
            Err(Error::input(format!(
                "two WIT items become the Python name `{name}` in `{}` (their names differ only in case)",
                world.path(module)
            )))
        }
    };
    for &ty in world.declared_in(module) {
        define(&mut ns, world.class_name(ty))?;
        match &world.ir.def(ty).kind {
            TypeKind::Record { fields } => {
                ns.members
                    .extend(fields.iter().map(|f| world.names.snake(&f.name)));
            }
            TypeKind::Variant { cases, .. } => {
                for case in cases {
                    define(&mut ns, world.case_class(ty, &case.name))?;
                }
                ns.members.insert("value".to_string());
            }
            TypeKind::Enum { cases, .. } => {
                ns.members
                    .extend(cases.iter().map(|c| world.names.shouty(&c.name)));
            }
            TypeKind::Flags { flags, .. } => {
                ns.members
                    .extend(flags.iter().map(|f| world.names.shouty(&f.name)));
            }
            _ => {}
        }
    }
    for f in functions {
        match f.place {
            Place::Function(m) if m == module => {
                define(&mut ns, items::function_name(world, f.function))?
            }
            Place::Resource(m, _) | Place::Protocol(m) if m == module => {
                ns.members.insert(items::function_name(world, f.function));
            }
            _ => {}
        }
    }
    match module {
        Module::World => define(&mut ns, crate::WORLD_PROTOCOL.to_string())?,
        Module::Exports => {
            for &iface in world.exported() {
                define(&mut ns, world.protocol(iface).to_string())?;
            }
        }
        _ => {}
    }
    Ok(ns)
}

/// An imported resource (a class) or an exported one (a Protocol the app
/// implements).
fn resource_class(
    world: &PyWorld<'_>,
    module: Module,
    ty: TypeIndex,
    dir: Dir,
    functions: &[FnRef<'_>],
    imports: &mut Imports,
) -> Section {
    let methods: Vec<&FnRef<'_>> = functions
        .iter()
        .filter(|f| f.place == Place::Resource(module, ty))
        .collect();
    let members = items::members(
        methods
            .iter()
            .map(|f| items::function_name(world, f.function))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
    let shape = Shape {
        dir,
        own: Some(ty),
        members: &members,
        abstract_method: dir == Dir::Export,
        in_class: true,
    };
    let mut views: Vec<_> = methods
        .iter()
        .map(|f| items::function_view(world, f, shape, imports))
        .collect();
    let def = world.ir.def(ty);
    let mut extra = Vec::new();
    let bases = match dir {
        Dir::Import => {
            views.extend(items::context_manager(&members, imports));
            String::new()
        }
        Dir::Export => {
            let (_, module_name) = world.module_name(module).unwrap_or(("", ""));
            extra.push(format!(
                "Implemented by a class `{}` in the top-level module `{module_name}` of the app.",
                world.class_name(ty)
            ));
            format!("({})", imports.helper(Helper::Protocol, &BTreeSet::new()))
        }
    };
    Section::Class {
        name: world.class_name(ty),
        bases,
        docs: Docstring {
            indent: "    ",
            lines: docs::docstring(def.docs.as_deref(), &def.stability, &extra),
        },
        methods: views,
    }
}

/// The Protocol of an exported interface, or `WitWorld` for the world's
/// own exports (`iface` is `None`).
fn protocol_class(
    world: &PyWorld<'_>,
    iface: Option<usize>,
    functions: &[FnRef<'_>],
    imports: &mut Imports,
) -> Section {
    let module = match iface {
        Some(_) => Module::Exports,
        None => Module::World,
    };
    let methods: Vec<&FnRef<'_>> = functions
        .iter()
        .filter(|f| f.place == Place::Protocol(module) && f.iface == iface)
        .collect();
    let members = items::members(
        methods
            .iter()
            .map(|f| items::function_name(world, f.function))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
    let shape = Shape {
        // A world-level function names only imported types: a world
        // reaches an interface's types through `use`, which names the
        // imported interface.
        dir: match iface {
            Some(_) => Dir::Export,
            None => Dir::Import,
        },
        own: None,
        members: &members,
        abstract_method: true,
        in_class: true,
    };
    let views = methods
        .iter()
        .map(|f| items::function_view(world, f, shape, imports))
        .collect();
    let (name, mut lines) = match iface {
        Some(i) => (
            world.protocol(i).to_string(),
            docs::text_lines(world.ir.interfaces[i].docs.as_deref()),
        ),
        None => (crate::WORLD_PROTOCOL.to_string(), Vec::new()),
    };
    docs::paragraph(
        &mut lines,
        &format!(
            "componentize-py calls these methods on an instance of the class `{name}` of the app module."
        ),
    );
    if iface.is_none() {
        for (iface, key) in &world.inline_exports {
            let class = world.inline_class(*iface);
            let text = if world.is_exported(*iface) {
                format!(
                    "The interface `{key}` is written inline in the world: componentize-py 0.25.1 calls its functions on the class `{class}` of the app module, but lists none of them in the Protocol `wit_world.exports.{class}`."
                )
            } else {
                format!(
                    "The interface `{key}` is written inline in the world: componentize-py 0.25.1 generates no Protocol for it, but calls the class `{class}` of the app module."
                )
            };
            docs::paragraph(&mut lines, &text);
        }
    }
    Section::Class {
        name,
        bases: format!("({})", imports.helper(Helper::Protocol, &BTreeSet::new())),
        docs: Docstring {
            indent: "    ",
            lines,
        },
        methods: views,
    }
}

/// What a module is, then the WIT docs of what it holds.
fn module_docs(world: &PyWorld<'_>, module: Module) -> Vec<String> {
    let ir = world.ir;
    let key = |i: usize| {
        ir.imports
            .iter()
            .chain(&ir.exports)
            .find(|item| matches!(item.item, Item::Interface { interface, .. } if interface == i))
            .map(|item| item.key.clone())
            .unwrap_or_default()
    };
    let world_name = match &ir.world.package {
        Some(p) => format!("{p}/{}", ir.world.name),
        None => ir.world.name.clone(),
    };
    let (intro, wit_docs) = match module {
        Module::World => (
            format!(
                "The world `{world_name}`: its own types and imported functions, and `{}`, the Protocol of its own exports.",
                crate::WORLD_PROTOCOL
            ),
            ir.world.docs.as_deref(),
        ),
        Module::Imports => ("The interfaces the world imports, one module each.".to_string(), None),
        Module::Exports => (
            "The interfaces the world exports: one Protocol each, implemented by a class of the same name in the app module.".to_string(),
            None,
        ),
        Module::Import(i) => (format!("The imported interface `{}`.", key(i)), ir.interfaces[i].docs.as_deref()),
        Module::Export(i) => (
            format!(
                "The exported interface `{}`: its resources are Protocols that classes of the same names in the app's top-level module `{}` implement.",
                key(i),
                world.module_name(module).map_or("", |(_, m)| m)
            ),
            ir.interfaces[i].docs.as_deref(),
        ),
        // The starter code's modules are written by `stubs`, with a header
        // comment of their own instead of a docstring.
        Module::App | Module::AppResources(_) => return Vec::new(),
    };
    let mut lines = vec![intro];
    let wit = docs::text_lines(wit_docs);
    if !wit.is_empty() {
        lines.push(String::new());
        lines.extend(wit);
    }
    if module == Module::World {
        for (iface, key) in &world.inline_imports {
            let text = if world.is_imported(*iface) {
                format!(
                    "The interface `{key}` is imported inline in the world: componentize-py 0.25.1 generates its types in `{}` but none of its functions, so they cannot be called.",
                    world.dotted(Module::Import(*iface))
                )
            } else {
                format!(
                    "The interface `{key}` is imported inline in the world: componentize-py 0.25.1 generates no module for it, so its functions cannot be called."
                )
            };
            docs::paragraph(&mut lines, &text);
        }
    }
    lines
}
