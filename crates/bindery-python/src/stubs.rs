//! Starter code (`--stubs`): the app modules componentize-py looks for,
//! with every export implemented by a `raise NotImplementedError` body.
//!
//! - `app.py`: one class per exported interface with functions, named like
//!   its Protocol and deriving from it, and `WitWorld` when the world
//!   exports functions of its own (componentize-py instantiates these).
//! - `<m>.py`: the classes of the resources of the exported interface whose
//!   `wit_world.exports` module is `<m>` (componentize-py looks for them in
//!   a top-level module of that name); when `<m>` is `app`, they go in
//!   `app.py`.
//!
//! Each class derives from the Protocol it implements and is `@final`, so
//! `mypy --strict` reports a missing method; signatures are the Protocol's,
//! spelled by the same code as the bindings (`Self` for the class's own
//! resource), so the file type-checks as written. An interface exported
//! inline in the world (`export run: interface { … }`) gets a class named
//! after its key, which componentize-py 0.25.1 requires (its build fails
//! with "module 'app' has no attribute 'Run'" without one); it derives
//! from the interface's Protocol when there is one, which lists none of
//! its functions, so mypy checks its methods only against their callers.

use std::collections::BTreeSet;

use askama::Template;
use bindery_ir::{InterfaceIndex, Item, TypeIndex, TypeKind};
use bindery_kit::{Error, Files};

use crate::items::{self, Docstring, FunctionView, Shape};
use crate::names::Namespace;
use crate::spell::{Helper, Imports};
use crate::world::{Dir, FnRef, Module, Place, PyWorld};

#[derive(Template)]
#[template(path = "stubs.py")]
struct StubModuleView {
    /// Comment lines, each with its `# `.
    header: String,
    imports: Vec<Vec<String>>,
    classes: Vec<String>,
}

#[derive(Template)]
#[template(path = "stub_class.py")]
struct StubClassView {
    /// `final`, as this module spells it.
    decorator: String,
    name: String,
    /// `(exports.Calc)`, `(counters.Counter)`: the Protocol implemented;
    /// nothing for an inline interface without one.
    bases: String,
    docs: Docstring,
    methods: Vec<FunctionView>,
}

/// One class of the starter code.
#[derive(Debug, Clone, Copy)]
enum Class {
    /// Implements the Protocol of an exported interface, or `WitWorld`
    /// (`None`).
    Protocol(Option<InterfaceIndex>),
    /// Implements the Protocol of an exported resource of an interface.
    Resource(InterfaceIndex, TypeIndex),
    /// Implements the functions of an interface exported inline.
    Inline(InterfaceIndex),
}

pub fn stubs(world: &PyWorld<'_>) -> Result<Files, Error> {
    let functions = world.functions();
    // componentize-py instantiates an interface's class only for its
    // functions, and 0.25.1 writes no Protocol at all for an interface
    // with neither functions nor types of its own: a class for one would
    // not even import.
    let mut app: Vec<Class> = world
        .ir
        .exports
        .iter()
        .filter_map(|item| match item.item {
            Item::Interface { interface, .. } if world.ir.interfaces[interface].name.is_none() => {
                Some(Class::Inline(interface))
            }
            Item::Interface { interface, .. } => Some(Class::Protocol(Some(interface))),
            _ => None,
        })
        .filter(|&class| methods(&functions, class).next().is_some())
        .collect();
    if functions
        .iter()
        .any(|f| f.place == Place::Protocol(Module::World))
    {
        app.push(Class::Protocol(None));
    }
    let mut modules = Vec::new();
    for &iface in world.exported() {
        let resources: Vec<Class> = world
            .declared_in(Module::Export(iface))
            .iter()
            .filter(|&&ty| matches!(world.ir.def(ty).kind, TypeKind::Resource))
            .map(|&ty| Class::Resource(iface, ty))
            .collect();
        if resources.is_empty() {
            continue;
        }
        let module = Module::AppResources(iface);
        match world.dotted(module).as_str() {
            crate::APP_MODULE => app.extend(resources),
            name @ ("wit_world" | crate::TYPES_MODULE) => {
                return Err(Error::input(format!(
                    "componentize-py looks for the classes of the resources of the exported interface `{}` in the top-level module `{name}`, which is the bindings' own: the Python starter code cannot be written",
                    key(world, iface)
                )));
            }
            _ => modules.push((module, resources)),
        }
    }
    let mut files = Files::new();
    if !app.is_empty() {
        modules.insert(0, (Module::App, app));
    }
    for (module, classes) in modules {
        files.insert(
            world.path(module),
            module_text(world, module, &classes, &functions)?,
        );
    }
    Ok(files)
}

fn module_text(
    world: &PyWorld<'_>,
    module: Module,
    classes: &[Class],
    functions: &[FnRef<'_>],
) -> Result<String, Error> {
    let mut namespace = Namespace::default();
    for &class in classes {
        let name = class_name(world, class);
        if !namespace.define(&name) {
            return Err(Error::input(format!(
                "two exports become the Python class `{name}` of the app module `{}`, where componentize-py looks for both",
                world.path(module)
            )));
        }
        namespace
            .members
            .extend(methods(functions, class).map(|f| items::function_name(world, f.function)));
    }
    let mut imports = Imports::new(module, namespace);
    let none = BTreeSet::new();
    let decorator = imports.helper(Helper::Final, &none);
    let mut views = Vec::new();
    for &class in classes {
        let view = class_view(world, class, decorator.clone(), functions, &mut imports);
        views.push(
            view.render()
                .map_err(|e| Error::output(format!("cannot lay out Python starter code: {e}")))?,
        );
    }
    let view = StubModuleView {
        header: header(world, module).join("\n"),
        imports: imports.sections(world),
        classes: views,
    };
    view.render()
        .map_err(|e| Error::output(format!("cannot lay out Python starter code: {e}")))
}

fn class_view(
    world: &PyWorld<'_>,
    class: Class,
    decorator: String,
    functions: &[FnRef<'_>],
    imports: &mut Imports,
) -> StubClassView {
    let methods: Vec<&FnRef<'_>> = methods(functions, class).collect();
    let members = items::members(
        methods
            .iter()
            .map(|f| items::function_name(world, f.function))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
    let (own, bases, doc) = match class {
        Class::Protocol(Some(iface)) => (
            None,
            format!(
                "({}.{})",
                imports.module_ref(world, Module::Exports),
                world.protocol(iface)
            ),
            format!(
                "Implements the exported interface `{}`: componentize-py calls these methods on one instance of this class.",
                key(world, iface)
            ),
        ),
        Class::Protocol(None) => (
            None,
            format!(
                "({}.{})",
                imports.module_ref(world, Module::World),
                crate::WORLD_PROTOCOL
            ),
            "Implements the world's own exports: componentize-py calls these methods on one instance of this class.".to_string(),
        ),
        Class::Resource(iface, ty) => (
            Some(ty),
            format!(
                "({}.{})",
                imports.module_ref(world, Module::Export(iface)),
                world.class_name(ty)
            ),
            format!(
                "Implements the resource `{}` of the exported interface `{}`: each object is one resource the host holds a handle to.",
                world.ir.def(ty).name.as_deref().unwrap_or_default(),
                key(world, iface)
            ),
        ),
        Class::Inline(iface) => (
            None,
            if world.is_exported(iface) {
                format!(
                    "({}.{})",
                    imports.module_ref(world, Module::Exports),
                    world.protocol(iface)
                )
            } else {
                String::new()
            },
            format!(
                "Implements the interface `{}` exported inline in the world: componentize-py calls these methods on one instance of this class. componentize-py 0.25.1 lists them in no Protocol, so mypy cannot check these signatures against the WIT.",
                key(world, iface)
            ),
        ),
    };
    let shape = Shape {
        dir: match class {
            // A world-level function names only imported types: a world
            // reaches an interface's types through `use`, which names the
            // imported interface.
            Class::Protocol(None) => Dir::Import,
            _ => Dir::Export,
        },
        own,
        members: &members,
        abstract_method: false,
        in_class: true,
    };
    let methods = methods
        .iter()
        .map(|f| items::function_view(world, f, shape, imports))
        .collect();
    StubClassView {
        decorator,
        name: class_name(world, class),
        bases,
        docs: Docstring {
            indent: "    ",
            lines: vec![doc],
        },
        methods,
    }
}

/// The functions a class implements, in WIT order.
fn methods<'f, 'a>(
    functions: &'f [FnRef<'a>],
    class: Class,
) -> impl Iterator<Item = &'f FnRef<'a>> + 'f {
    functions.iter().filter(move |f| match class {
        Class::Protocol(Some(iface)) => {
            f.place == Place::Protocol(Module::Exports) && f.iface == Some(iface)
        }
        Class::Protocol(None) => f.place == Place::Protocol(Module::World),
        Class::Resource(iface, ty) => f.place == Place::Resource(Module::Export(iface), ty),
        Class::Inline(iface) => f.place == Place::Inline(iface),
    })
}

fn class_name(world: &PyWorld<'_>, class: Class) -> String {
    match class {
        Class::Protocol(Some(iface)) => world.protocol(iface).to_string(),
        Class::Protocol(None) => crate::WORLD_PROTOCOL.to_string(),
        Class::Resource(_, ty) => world.class_name(ty),
        Class::Inline(iface) => world.inline_class(iface),
    }
}

/// The world's key of an exported interface (`ns:pkg/name`).
fn key(world: &PyWorld<'_>, iface: InterfaceIndex) -> String {
    world
        .ir
        .exports
        .iter()
        .find(|item| matches!(item.item, Item::Interface { interface, .. } if interface == iface))
        .map(|item| item.key.clone())
        .unwrap_or_default()
}

/// The comment at the top: what the file is, and that it is the user's.
fn header(world: &PyWorld<'_>, module: Module) -> Vec<String> {
    let mut lines = match module {
        Module::AppResources(iface) => vec![
            format!(
                "# Starter code for the resources of the exported interface `{}`:",
                key(world, iface)
            ),
            format!(
                "# componentize-py looks for their classes in the top-level module `{}`.",
                world.dotted(module)
            ),
        ],
        _ => vec![format!(
            "# Starter code for the exports of the WIT world `{}`.",
            world.ir.world.name
        )],
    };
    lines.extend([
        "# Written by bindery: replace each `raise NotImplementedError`. This file".to_string(),
        "# is yours: bindery never overwrites it. Check the app with".to_string(),
        "# `mypy --strict`, then build it with `componentize-py -d WIT -w WORLD".to_string(),
        format!("# componentize {} -o app.wasm`.", crate::APP_MODULE),
    ]);
    lines
}
