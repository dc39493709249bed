//! Starter code (`lib.rs`): a crate root that declares the bindings module
//! and implements every exported `Guest` trait with `todo!()` bodies, one
//! module per exported interface. Signatures come from the same code as the
//! traits' (`functions::guest_method`), so they match by construction.

use std::collections::BTreeSet;

use askama::Template;
use bindery_ir::{Function, Item, Type, TypeIndex, TypeKind};
use bindery_kit::{Error, Files, Ir};

use crate::functions::{Place, guest_method};
use crate::layout;
use crate::names::{Naming, Side, WORLD_MODULE};
use crate::render_error;

/// The crate root a `cdylib` needs: Cargo's default `src/lib.rs`.
const CRATE_ROOT: &str = "lib.rs";

#[derive(Template)]
#[template(path = "stubs.rs")]
struct StubsView {
    world: String,
    /// `#[path]` of the bindings module, when its name had to be escaped.
    path: Option<String>,
    bindings: String,
    /// The type that implements every `Guest` trait, if anything is exported.
    component: Option<String>,
    /// `--no-std`: the crate root says `#![no_std]` and `extern crate alloc;`.
    no_std: bool,
    modules: Vec<StubModule>,
}

/// The implementations for one exported interface (or the world's own
/// exports), in a module that glob-imports the bindings' module, so the
/// signatures read as they do in the traits.
#[derive(Debug)]
struct StubModule {
    /// `ns:pkg/iface`, or the world's name.
    title: String,
    name: String,
    import: String,
    /// `use crate::bindings::wit_bindgen;` when a signature names the async
    /// API (`wit_bindgen::FutureReader<T>`, as wit-bindgen users write it):
    /// the glob import of an interface's module does not bring it.
    async_api: Option<String>,
    /// `--no-std`: the `use` of `Box`, `String` and `Vec` from `alloc`.
    prelude: Option<&'static str>,
    impls: Vec<StubImpl>,
}

#[derive(Debug)]
struct StubImpl {
    /// A unit struct to define first (exported resources' types).
    define: Option<String>,
    /// `impl … for … {`, laid out as rustfmt lays it out.
    header: String,
    /// Whether `header` is broken over lines (an empty body then closes
    /// on a line of its own).
    broken: bool,
    /// `type Name = Target` of each associated type, laid out.
    types: Vec<String>,
    methods: Vec<StubMethod>,
}

#[derive(Debug)]
struct StubMethod {
    docs: Vec<String>,
    signature: String,
}

/// Columns before a method inside `mod … { impl … {`.
const METHOD_INDENT: usize = 8;

pub fn stubs(naming: &Naming) -> Result<Files, Error> {
    let ir = naming.ir;
    let file = naming.raw_snake(&ir.world.name);
    let module = naming.snake(&ir.world.name);
    let mut taken: BTreeSet<String> = [module.clone()].into();
    let component = unique(&mut taken, "Component");
    let implementer = format!("crate::{component}");
    let mut modules = Vec::new();

    let world_functions: Vec<&Function> = ir
        .exports
        .iter()
        .filter_map(|item| match &item.item {
            Item::Function { function } => Some(function),
            _ => None,
        })
        .collect();
    if !world_functions.is_empty() {
        let path = [WORLD_MODULE.to_string()];
        let place = Place {
            module: &path,
            side: Side::Import,
            indent: METHOD_INDENT,
        };
        modules.push(StubModule {
            title: format!("the world `{}`", ir.world.name),
            name: unique(&mut taken, "world"),
            import: format!("crate::{module}"),
            // The world's module glob-imports the bindings' root, which
            // holds `wit_bindgen`.
            async_api: None,
            prelude: naming.std.prelude,
            impls: vec![guest_impl(
                naming,
                &place,
                &world_functions,
                ("Guest", &implementer),
                Vec::new(),
            )],
        });
    }

    for item in &ir.exports {
        let Item::Interface {
            interface,
            functions,
            resources,
        } = &item.item
        else {
            continue;
        };
        let path = naming.module_path(*interface, Side::Export).to_vec();
        let place = Place {
            module: &path,
            side: Side::Export,
            indent: METHOD_INDENT,
        };
        let exported: Vec<TypeIndex> = ir.interfaces[*interface]
            .types
            .iter()
            .copied()
            .filter(|t| {
                matches!(ir.types[*t].kind, TypeKind::Resource)
                    && resources.iter().any(|r| r.resource == *t)
            })
            .collect();
        let free: Vec<&Function> = functions
            .iter()
            .filter(|f| f.kind.resource().is_none())
            .collect();
        if free.is_empty() && exported.is_empty() {
            continue;
        }
        let reps = rep_names(naming, &exported);
        let types = exported
            .iter()
            .zip(&reps)
            .map(|(r, rep)| {
                let declaration = format!("type {}", naming.type_name(*r));
                let rhs = layout::alias_rhs(METHOD_INDENT, &declaration, rep);
                format!("{declaration} ={rhs}")
            })
            .collect();
        let implemented = ("Guest", implementer.as_str());
        let mut impls = vec![guest_impl(naming, &place, &free, implemented, types)];
        for (resource, rep) in exported.iter().zip(reps) {
            let methods: Vec<&Function> = functions
                .iter()
                .filter(|f| f.kind.resource() == Some(*resource))
                .collect();
            let trait_name = naming.guest_trait(*resource);
            let mut imp = guest_impl(naming, &place, &methods, (&trait_name, &rep), Vec::new());
            imp.define = Some(rep);
            impls.push(imp);
        }
        modules.push(StubModule {
            title: format!("`{}`", item.key),
            name: unique(&mut taken, &path[1..].join("_")),
            import: format!("crate::{module}::{}", path.join("::")),
            async_api: functions
                .iter()
                .any(|f| spells_async_api(ir, f))
                .then(|| format!("crate::{module}::{}", crate::spell::ASYNC_MODULE)),
            prelude: naming.std.prelude,
            impls,
        });
    }

    let view = StubsView {
        world: ir.world.name.clone(),
        path: (module != file).then(|| format!("{file}.rs")),
        bindings: module,
        component: (!ir.exports.is_empty()).then_some(component),
        no_std: naming.std.prelude.is_some(),
        modules,
    };
    let mut text = view.render().map_err(render_error)?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let mut files = Files::new();
    // A world named `lib` has its bindings in `lib.rs` already.
    let root = if format!("{file}.rs") == CRATE_ROOT {
        "lib_impl.rs"
    } else {
        CRATE_ROOT
    };
    files.insert(root, text);
    Ok(files)
}

fn guest_impl(
    naming: &Naming,
    place: &Place,
    functions: &[&Function],
    (trait_name, target): (&str, &str),
    types: Vec<String>,
) -> StubImpl {
    let methods = functions
        .iter()
        .map(|function| {
            let (head, params, result) = guest_method(naming, function, place);
            StubMethod {
                docs: Naming::doc_lines(function.docs.as_deref()),
                signature: layout::signature(METHOD_INDENT, &head, &params, &result, " {"),
            }
        })
        .collect();
    let (header, broken) = layout::impl_header(trait_name, target);
    StubImpl {
        define: None,
        header,
        broken,
        types,
        methods,
    }
}

/// Whether `function`'s signature names a type of the async API: a future,
/// stream or `error-context` not hidden behind a named type.
fn spells_async_api(ir: &Ir, function: &Function) -> bool {
    fn spells(ir: &Ir, ty: Type) -> bool {
        match ty {
            Type::ErrorContext => true,
            Type::Id(index) => {
                let def = &ir.types[index];
                match &def.kind {
                    _ if def.name.is_some() => false,
                    TypeKind::Future { .. } | TypeKind::Stream { .. } => true,
                    kind => kind.children().into_iter().any(|t| spells(ir, t)),
                }
            }
            _ => false,
        }
    }
    let params = function.params.iter().map(|p| p.ty);
    params.chain(function.result).any(|ty| spells(ir, ty))
}

/// The user's type behind each exported resource (`CounterImpl`), named so
/// that it shadows no name the glob import brings in: no type of the world
/// may have the same name.
fn rep_names(naming: &Naming, resources: &[TypeIndex]) -> Vec<String> {
    let mut taken: BTreeSet<String> = (0..naming.ir.types.len())
        .filter(|t| naming.ir.types[*t].name.is_some())
        .map(|t| naming.type_name(t))
        .collect();
    resources
        .iter()
        .map(|r| unique(&mut taken, &format!("{}Impl", naming.unescaped(*r))))
        .collect()
}

/// `name`, with `_` appended until no name in `taken` equals it.
fn unique(taken: &mut BTreeSet<String>, name: &str) -> String {
    let mut name = name.to_string();
    while taken.contains(&name) {
        name.push('_');
    }
    taken.insert(name.clone());
    name
}
