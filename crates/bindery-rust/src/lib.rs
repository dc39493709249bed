//! bindery's Rust backend: IR → view model → askama templates →
//! `<world>.rs`, a self-contained module shaped like wit-bindgen's output
//! (`exports::…::Guest` traits, `export!`), needing no runtime crate.
//!
//! This crate spells names and lays out text; it computes no ABI facts
//! (sizes, offsets, flattening come from the IR) and writes no Rust with
//! `format!` beyond identifiers, type spellings and paths: the shape of the
//! output lives in `templates/rust/`.

mod async_functions;
mod asyncs;
mod codec_view;
mod codecs;
mod derives;
mod functions;
mod layout;
mod modules;
mod names;
mod runtime;
mod spell;
mod stubs;
mod types;
mod with;

use std::fmt::{self, Write as _};

use askama::Template;
use bindery_ir::Item;
use bindery_kit::{Backend, Capabilities, Error, Feature, Files, Ir};

use crate::codecs::Codecs;
use crate::functions::Builder;
use crate::modules::{Contents, Node, SkipLeadingNewline, contents, macro_name};
use crate::names::{Naming, Side};
use crate::runtime::Runtime;

/// The Rust backend with its options ([`RustBackend::default`]: std, no
/// extra derives, every interface generated).
#[derive(Debug, Clone, Default)]
pub struct RustBackend {
    pub options: Options,
}

/// What `bindery rust` lets users choose (the CLI flags in brackets).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// `--no-std`: the bindings name only `core` and `alloc`, for
    /// `#![no_std]` crates that declare `extern crate alloc;` at their root.
    pub no_std: bool,
    /// `--additional-derives`: derives (`Hash`, `serde::Serialize`, …)
    /// added to every generated record, variant, enum and flags type whose
    /// fields all allow them.
    pub additional_derives: Vec<String>,
    /// `--with KEY=PATH`: imported interfaces (`ns:pkg/iface`) or types
    /// (`ns:pkg/iface/type`) not generated but taken from the Rust module
    /// (or type) at `PATH`.
    pub with: Vec<(String, String)>,
}

impl RustBackend {
    pub fn new(options: Options) -> Self {
        RustBackend { options }
    }
}

impl Backend for RustBackend {
    fn name(&self) -> &'static str {
        "rust"
    }

    fn description(&self) -> &'static str {
        "Rust bindings: one self-contained `<world>.rs` to include as a module"
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities::all()
            // The bindings can be written, but the component linker that
            // ships with Rust (wasm-component-ld) rejects the `[get]`/`[set]`
            // core names, so a guest using them could not be built.
            .without(Feature::Accessors)
    }

    fn generate(&self, ir: &Ir) -> Result<Files, Error> {
        let naming = self.naming(ir)?;
        let mut files = Files::new();
        let file = format!("{}.rs", naming.raw_snake(&ir.world.name));
        files.insert(file, generate(&naming)?);
        Ok(files)
    }

    /// `lib.rs`: declares the bindings module, implements every exported
    /// trait with `todo!()` bodies and calls `export!`.
    fn stubs(&self, ir: &Ir) -> Result<Files, Error> {
        stubs::stubs(&self.naming(ir)?)
    }
}

impl RustBackend {
    /// The naming rules with the options applied, once they are checked.
    fn naming<'a>(&self, ir: &'a Ir) -> Result<Naming<'a>, Error> {
        self.check_derives()?;
        let mut naming = Naming::new(ir, &self.options);
        naming.external = with::resolve(ir, &self.options.with)?;
        Ok(naming)
    }

    /// Refuses malformed `--additional-derives`.
    fn check_derives(&self) -> Result<(), Error> {
        for derive in &self.options.additional_derives {
            if !with::is_path(derive) {
                return Err(Error::usage(format!(
                    "--additional-derives: `{derive}` is not a Rust path (`Hash`, `serde::Serialize`)"
                )));
            }
        }
        Ok(())
    }
}

#[derive(Template)]
#[template(path = "file.rs")]
struct FileView<'a> {
    body: &'a dyn fmt::Display,
}

#[derive(Debug)]
struct MacroCall {
    path: String,
    module: String,
}

#[derive(Template)]
#[template(path = "export_root.rs")]
struct ExportRoot {
    name: String,
    calls: Vec<MacroCall>,
}

#[derive(Template)]
#[template(path = "world_reexport.rs")]
struct WorldReexport;

/// A top-level item with the lint allows generated code needs. They are
/// per item, not `#![allow]`, so the file also works through `include!`.
#[derive(Template)]
#[template(path = "root_item.rs")]
struct RootItem<'a> {
    item: &'a dyn std::fmt::Display,
}

#[derive(Template)]
#[template(path = "component_type.rs")]
struct ComponentTypeView {
    section: String,
    len: usize,
    bytes: String,
}

fn render_error(err: askama::Error) -> Error {
    Error::output(format!("cannot render the Rust bindings: {err}"))
}

/// Bytes as a byte-string body: printable ASCII as is, the rest escaped.
fn byte_string(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        match byte {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(*byte as char),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out
}

fn generate(naming: &Naming) -> Result<String, Error> {
    let ir = naming.ir;
    let errors = types::error_types(ir);
    let mut codecs = Codecs::new(naming);
    let mut runtime = Runtime::default();
    let mut builder = Builder {
        naming,
        codecs: &mut codecs,
        runtime: &mut runtime,
    };
    // wit-bindgen's async API; modules `use` it when it is there.
    let async_module = asyncs::module(ir, naming.std);
    let mut root = Node {
        leaf: false,
        asynchronous: async_module.is_some(),
        prelude: naming.std.prelude,
        ..Node::default()
    };
    let mut calls = Vec::new();
    let world_macro = format!(
        "__bindery_world_exports__{}",
        naming.raw_snake(&ir.world.name)
    );

    // World-level items first, then interfaces (imports, then exports).
    let world_path = vec![names::WORLD_MODULE.to_string()];
    let world_types: Vec<_> = ir
        .imports
        .iter()
        .filter_map(|item| match &item.item {
            Item::Type { ty, resource } => Some((*ty, resource.clone())),
            _ => None,
        })
        .collect();
    let types: Vec<_> = world_types.iter().map(|(ty, _)| *ty).collect();
    let resources: Vec<_> = world_types.iter().filter_map(|(_, r)| r.clone()).collect();
    let import_functions: Vec<_> = ir
        .imports
        .iter()
        .filter_map(|item| match &item.item {
            Item::Function { function } => Some(function.clone()),
            _ => None,
        })
        .collect();
    let world = Contents {
        module: &world_path,
        side: Side::Import,
        types: &types,
        resources: &resources,
        functions: &import_functions,
        macro_name: None,
        errors: &errors,
    };
    let mut world_items = contents(&mut builder, &world);
    let export_functions: Vec<_> = ir
        .exports
        .iter()
        .filter_map(|item| match &item.item {
            Item::Function { function } => Some(function.clone()),
            _ => None,
        })
        .collect();
    if !export_functions.is_empty() {
        let world = Contents {
            module: &world_path,
            side: Side::Export,
            types: &[],
            resources: &[],
            functions: &export_functions,
            macro_name: Some(world_macro.clone()),
            errors: &errors,
        };
        world_items.extend(contents(&mut builder, &world));
        calls.push(MacroCall {
            path: world_macro,
            module: String::new(),
        });
    }

    // World-level items live in a private module re-exported at the root,
    // so one `#[allow]` covers them without an inner attribute.
    if !world_items.is_empty() {
        let node = root.child(&world_path);
        node.leaf = true;
        node.private = true;
        node.items = world_items;
        root.items
            .push(WorldReexport.render().map_err(render_error)?);
    }

    for (side, items) in [(Side::Import, &ir.imports), (Side::Export, &ir.exports)] {
        for item in items {
            let Item::Interface {
                interface,
                functions,
                resources,
            } = &item.item
            else {
                continue;
            };
            // `--with` the interface: the guest has it elsewhere.
            if naming.is_external(*interface, side) {
                continue;
            }
            let path = naming.module_path(*interface, side).to_vec();
            let macro_name = (side == Side::Export).then(|| macro_name(naming, &item.key));
            if let Some(name) = &macro_name {
                calls.push(MacroCall {
                    path: format!("{}::{name}", path.join("::")),
                    module: format!("::{}", path.join("::")),
                });
            }
            let iface = &ir.interfaces[*interface];
            let c = Contents {
                module: &path,
                side,
                types: &iface.types,
                resources,
                functions,
                macro_name,
                errors: &errors,
            };
            let items = contents(&mut builder, &c);
            let node = root.child(&path);
            node.leaf = true;
            node.docs = Naming::doc_lines(iface.docs.as_deref());
            node.items.extend(items);
        }
    }

    runtime.realloc = needs_realloc(ir);
    // A vtable per future/stream payload.
    if let Some(module) = &async_module {
        runtime.cleanup = true;
        runtime.realloc |= module.channels || module.error_context;
        runtime.async_imports |= module.imports;
        runtime.async_exports |= module.exports;
        runtime.error_context |= module.error_context;
    }
    let payloads = asyncs::payload_modules(naming, &mut codecs);
    let runtime = runtime::view(runtime, &codecs, ir);
    // Interface modules `use` the runtime module only when there is one: a
    // world whose functions need no helpers has none.
    let runtime_used = !runtime.is_empty();
    let export_root = if calls.is_empty() {
        None
    } else {
        let name = format!("__bindery_export__{}", naming.raw_snake(&ir.world.name));
        Some(ExportRoot { name, calls }.render().map_err(render_error)?)
    };
    let mut after = Vec::new();
    if runtime_used {
        after.push(runtime.render().map_err(render_error)?);
    }
    if let Some(module) = async_module {
        after.push(module.render().map_err(render_error)?);
    }
    for module in payloads {
        after.push(module.render().map_err(render_error)?);
    }
    let component_type = ComponentTypeView {
        section: ir.component_type.section.clone(),
        len: ir.component_type.bytes.len(),
        bytes: byte_string(&ir.component_type.bytes),
    }
    .render()
    .map_err(render_error)?;
    let body = FileBody {
        items: &root.items,
        modules: &root.children,
        runtime: runtime_used,
        export_root: export_root.as_deref(),
        after: &after,
        component_type: &component_type,
    };
    let mut text = FileView { body: &body }.render().map_err(render_error)?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

/// Everything under the file's header, in order, written straight into
/// the file's text (see [`modules::Body`]): the root's own items, its
/// modules (each with the lint allows), the export macro, the runtime
/// and the component type.
struct FileBody<'a> {
    items: &'a [String],
    modules: &'a [Node],
    runtime: bool,
    export_root: Option<&'a str>,
    after: &'a [String],
    component_type: &'a str,
}

impl fmt::Display for FileBody<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // [`modules::block`]'s dropped newline: the first of the first item
        // that has any text.
        let mut out = SkipLeadingNewline::new(f);
        for item in self.items {
            out.write_str(item)?;
        }
        for module in self.modules {
            let item = module.module(self.runtime);
            write!(out, "{}", RootItem { item: &item })?;
        }
        for item in self
            .export_root
            .into_iter()
            .chain(self.after.iter().map(String::as_str))
        {
            out.write_str(item)?;
        }
        let item = self.component_type.trim_start_matches('\n');
        write!(out, "{}", RootItem { item: &item })
    }
}

/// Whether the host ever writes into guest memory: strings or lists coming
/// in (export parameters, import results) or indirect export parameters.
fn needs_realloc(ir: &Ir) -> bool {
    let functions = |items: &[bindery_ir::WorldItem]| -> Vec<bindery_ir::Function> {
        items
            .iter()
            .flat_map(|item| match &item.item {
                Item::Interface { functions, .. } => functions.clone(),
                Item::Function { function } => vec![function.clone()],
                Item::Type { .. } => Vec::new(),
            })
            .collect()
    };
    let owns = |ty: bindery_ir::Type| ir.info(ty).owns_memory;
    functions(&ir.imports)
        .iter()
        .any(|f| f.result.is_some_and(owns))
        || functions(&ir.exports)
            .iter()
            .any(|f| f.abi.params_indirect.is_some() || f.params.iter().any(|p| owns(p.ty)))
}
