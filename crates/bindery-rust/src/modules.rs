//! The module tree: `pub mod ns { pub mod pkg { pub mod iface { … } } }`
//! for imports, the same under `exports`, each interface module holding its
//! types, functions, traits, shims and export macro.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};

use askama::Template;
use bindery_ir::{Function, ResourceAbi, TypeIndex, TypeKind};

use crate::functions::{Builder, Place, TraitMethod, Wrapper};
use crate::names::{Naming, Side, WORLD_MODULE};
use crate::types;

#[derive(Template)]
#[template(path = "module.rs")]
struct ModuleView<'a> {
    docs: &'a [String],
    /// `pub ` for the module tree; empty for the world's private module.
    vis: &'static str,
    name: &'a str,
    runtime: Option<String>,
    /// `use …::wit_bindgen;` in async worlds: signatures name its types.
    async_api: Option<String>,
    /// `--no-std`: the `use` of `Box`, `String` and `Vec` from `alloc`.
    prelude: Option<&'static str>,
    /// Nothing inside: `mod name {}`.
    empty: bool,
}

#[derive(Template)]
#[template(path = "impl_block.rs")]
struct ImplBlock {
    name: String,
    body: String,
}

#[derive(Debug)]
pub struct AssocType {
    pub name: String,
    pub bound: String,
}

#[derive(Template)]
#[template(path = "functions/guest_trait.rs")]
pub struct GuestTrait {
    pub docs: Vec<String>,
    /// Has `async fn`s (wit-bindgen's shape; Rust lints them in public
    /// traits).
    pub asynchronous: bool,
    pub name: String,
    pub bound: &'static str,
    pub types: Vec<AssocType>,
    pub methods: Vec<TraitMethod>,
}

#[derive(Template)]
#[template(path = "functions/export_macro.rs")]
pub struct ExportMacro {
    pub name: String,
    pub wrappers: Vec<Wrapper>,
}

/// Items are rendered with a leading blank line; the first item of a block
/// goes right after the opening brace.
pub fn block(items: &[String], after_header: bool) -> String {
    let body: String = items.concat();
    if after_header {
        body
    } else {
        body.strip_prefix('\n').map(str::to_string).unwrap_or(body)
    }
}

/// A module and what it holds, in world order.
#[derive(Debug, Default)]
pub struct Node {
    pub name: String,
    pub docs: Vec<String>,
    pub items: Vec<String>,
    pub children: Vec<Node>,
    /// Depth below the file's root module.
    pub depth: usize,
    pub leaf: bool,
    /// Not public: the world-level items' module, re-exported by a glob.
    pub private: bool,
    /// The world is async: leaf modules `use` the `wit_bindgen` module.
    pub asynchronous: bool,
    /// `--no-std`: leaf modules `use` this (`Box`, `String`, `Vec`).
    pub prelude: Option<&'static str>,
}

impl Node {
    pub fn child(&mut self, path: &[String]) -> &mut Node {
        let Some((first, rest)) = path.split_first() else {
            return self;
        };
        let position = match self.children.iter().position(|c| &c.name == first) {
            Some(position) => position,
            None => {
                self.children.push(Node {
                    name: first.clone(),
                    depth: self.depth + 1,
                    asynchronous: self.asynchronous,
                    prelude: self.prelude,
                    ..Node::default()
                });
                self.children.len() - 1
            }
        };
        self.children[position].child(rest)
    }

    /// The module itself, `pub mod name { … }`, written at its depth (a
    /// module at depth `d` starts at column `4 * (d - 1)`).
    pub fn module(&self, runtime: bool) -> Module<'_> {
        Module {
            node: self,
            runtime,
        }
    }

    /// Whether the module's body would write nothing.
    fn body_is_empty(&self, after_header: bool) -> bool {
        self.children.is_empty()
            && match self.items.iter().find(|item| !item.is_empty()) {
                None => true,
                Some(first) => {
                    !after_header
                        && first == "\n"
                        && self.items.iter().filter(|item| !item.is_empty()).count() == 1
                }
            }
    }
}

/// A module written straight into the output as its pieces are produced
/// (rendering each module into a string first copied the file once per
/// level of nesting, which set the peak memory of large worlds). Every
/// line is indented once, for its depth in the file: an indenting writer
/// per level of nesting handled each byte once per level.
pub struct Module<'a> {
    node: &'a Node,
    runtime: bool,
}

impl fmt::Display for Module<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let node = self.node;
        let private = node.private;
        let import = match (node.leaf, private) {
            (true, true) => Some("super::*".to_string()),
            (true, false) if self.runtime => {
                Some(format!("{}__bindery", "super::".repeat(node.depth)))
            }
            _ => None,
        };
        let async_api = (node.leaf && !private && node.asynchronous).then(|| {
            format!(
                "{}{}",
                "super::".repeat(node.depth),
                crate::spell::ASYNC_MODULE
            )
        });
        let prelude = node.leaf.then_some(node.prelude).flatten();
        let after_header = import.is_some() || prelude.is_some();
        let empty = import.is_none() && prelude.is_none() && node.body_is_empty(after_header);
        let head = ModuleView {
            vis: if private { "" } else { "pub " },
            docs: &node.docs,
            name: &node.name,
            runtime: import,
            async_api,
            prelude,
            empty,
        };
        // The file's root (depth 0) is not a module: its children start at
        // column 0.
        let indent = node.depth.saturating_sub(1) * 4;
        head.render_into(&mut Indented::new(&mut *f, indent, indent))
            .map_err(|_| fmt::Error)?;
        if empty {
            return Ok(());
        }
        // The body's lines one level deeper. Its first line, when it
        // follows the header's `{` on the same line, gets one level only,
        // as nested indent filters gave it (the outer ones were mid-line).
        let mut body = SkipLeadingNewline {
            dest: Indented::new(&mut *f, indent + 4, 4),
            done: after_header,
        };
        for item in &node.items {
            body.write_str(item)?;
        }
        for child in &node.children {
            body.write_str("\n\n")?;
            // At its own depth: straight into the output, past this
            // level's indenting.
            write!(body.dest.dest, "{}", child.module(self.runtime))?;
        }
        Indented::new(f, indent, indent).write_str("\n}")
    }
}

/// Writes text with every line that has any text (an empty line stays
/// empty) indented by `indent` spaces, the first line by `first`.
struct Indented<W> {
    dest: W,
    indent: usize,
    /// The indent of the next line; `None` in the middle of a line.
    next: Option<usize>,
}

impl<W: fmt::Write> Indented<W> {
    fn new(dest: W, indent: usize, first: usize) -> Self {
        Indented {
            dest,
            indent,
            next: Some(first),
        }
    }
}

impl<W: fmt::Write> fmt::Write for Indented<W> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        const SPACES: &str = "                                                                ";
        let mut rest = text;
        while !rest.is_empty() {
            let end = rest.find('\n').map_or(rest.len(), |at| at + 1);
            let (line, after) = rest.split_at(end);
            if let Some(mut width) = self.next.take()
                && line != "\n"
            {
                while width > 0 {
                    let n = width.min(SPACES.len());
                    self.dest.write_str(&SPACES[..n])?;
                    width -= n;
                }
            }
            self.dest.write_str(line)?;
            if line.ends_with('\n') {
                self.next = Some(self.indent);
            }
            rest = after;
        }
        Ok(())
    }
}

/// Drops the newline the written text starts with, however the text
/// arrives in pieces: `strip_prefix('\n')` without the text in one string.
pub struct SkipLeadingNewline<W> {
    dest: W,
    done: bool,
}

impl<W> SkipLeadingNewline<W> {
    pub fn new(dest: W) -> Self {
        SkipLeadingNewline { dest, done: false }
    }
}

impl<W: fmt::Write> fmt::Write for SkipLeadingNewline<W> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let text = if !self.done && !text.is_empty() {
            self.done = true;
            text.strip_prefix('\n').unwrap_or(text)
        } else {
            text
        };
        self.dest.write_str(text)
    }
}

/// Functions of one interface (or the world), grouped as Rust writes them:
/// freestanding ones, then one block per resource.
fn group(functions: &[Function]) -> Vec<(Option<TypeIndex>, Vec<&Function>)> {
    let mut groups: Vec<(Option<TypeIndex>, Vec<&Function>)> = Vec::new();
    for function in functions {
        let key = function.kind.resource();
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(function),
            None => groups.push((key, vec![function])),
        }
    }
    groups.sort_by_key(|(key, _)| key.is_some());
    groups
}

/// Everything one interface copy (or the world's root) holds.
pub struct Contents<'p> {
    pub module: &'p [String],
    pub side: Side,
    pub types: &'p [TypeIndex],
    pub resources: &'p [ResourceAbi],
    pub functions: &'p [Function],
    /// The export macro's name (exports only).
    pub macro_name: Option<String>,
    pub errors: &'p BTreeSet<TypeIndex>,
}

pub fn contents(builder: &mut Builder, c: &Contents) -> Vec<String> {
    let naming = builder.naming;
    let indent = c.module.len() * 4;
    let place = Place {
        module: c.module,
        // World-level items always see imported interfaces (a world's
        // `use` imports), even when the world exports them.
        side: if c.module.first().is_some_and(|m| m == WORLD_MODULE) {
            Side::Import
        } else {
            c.side
        },
        indent,
    };
    let mut items = Vec::new();
    for ty in c.types {
        let resource = c.resources.iter().find(|r| r.resource == *ty);
        if resource.is_some() {
            builder.runtime.resource = true;
            builder.runtime.slot |= c.side == Side::Export;
        }
        // `--with` a type: it is defined elsewhere.
        if naming.external_type(*ty, c.side).is_some() {
            continue;
        }
        if let Some(view) = types::view(naming, c.module, c.side, *ty, resource, c.errors) {
            items.push(view.to_string());
        }
    }
    match c.side {
        Side::Import => {
            for (resource, functions) in group(c.functions) {
                let nested = Place {
                    indent: indent + if resource.is_some() { 4 } else { 0 },
                    ..place
                };
                let rendered: Vec<String> = functions
                    .iter()
                    .map(|f| match f.is_async {
                        true => builder.import_async(f, &nested).to_string(),
                        false => builder.import(f, &nested).to_string(),
                    })
                    .collect();
                match resource {
                    None => items.extend(rendered),
                    Some(resource) => items.push(
                        ImplBlock {
                            name: resource_name(naming, resource),
                            body: block(&rendered, false),
                        }
                        .to_string(),
                    ),
                }
            }
        }
        Side::Export => items.extend(exports(builder, c, &place)),
    }
    items
}

fn resource_name(naming: &Naming, resource: TypeIndex) -> String {
    naming.type_name(resource)
}

fn exports(builder: &mut Builder, c: &Contents, place: &Place) -> Vec<String> {
    let naming = builder.naming;
    let resources: Vec<TypeIndex> = c
        .types
        .iter()
        .copied()
        .filter(|t| {
            matches!(naming.ir.types[*t].kind, TypeKind::Resource)
                && c.resources.iter().any(|r| r.resource == *t)
        })
        .collect();
    let groups = group(c.functions);
    let mut items = Vec::new();
    let methods = |builder: &mut Builder, key: Option<TypeIndex>| -> Vec<TraitMethod> {
        groups
            .iter()
            .filter(|(k, _)| *k == key)
            .flat_map(|(_, functions)| functions.iter())
            .map(|f| builder.trait_method(f, place))
            .collect()
    };
    let asynchronous = |key: Option<TypeIndex>| {
        groups
            .iter()
            .filter(|(k, _)| *k == key)
            .any(|(_, functions)| functions.iter().any(|f| f.is_async))
    };
    let guest = GuestTrait {
        docs: Vec::new(),
        asynchronous: asynchronous(None),
        name: "Guest".to_string(),
        bound: "",
        types: resources
            .iter()
            .map(|r| AssocType {
                bound: naming.guest_trait(*r),
                name: resource_name(naming, *r),
            })
            .collect(),
        methods: methods(builder, None),
    };
    if !guest.types.is_empty() || !guest.methods.is_empty() {
        items.push(guest.to_string());
    }
    for resource in &resources {
        let docs = Naming::doc_lines(naming.ir.types[*resource].docs.as_deref());
        let trait_view = GuestTrait {
            docs,
            asynchronous: asynchronous(Some(*resource)),
            name: naming.guest_trait(*resource),
            bound: ": 'static",
            types: Vec::new(),
            methods: methods(builder, Some(*resource)),
        };
        items.push(trait_view.to_string());
    }

    let mut wrappers = Vec::new();
    for (key, functions) in &groups {
        let trait_name = match key {
            None => "Guest".to_string(),
            Some(r) => naming.guest_trait(*r),
        };
        let ty = match key {
            None => "$ty".to_string(),
            Some(r) => format!(
                "<$ty as $($path_to_types)*::Guest>::{}",
                resource_name(naming, *r)
            ),
        };
        for function in functions {
            if function.is_async {
                let shim = builder.export_async(function, place, &trait_name);
                items.push(shim.to_string());
                wrappers.extend(builder.async_wrappers(function, &ty));
                continue;
            }
            items.push(builder.export(function, place, &trait_name).to_string());
            wrappers.extend(builder.wrappers(function, &ty));
        }
    }
    for abi in c.resources {
        let Some(dtor) = &abi.dtor else { continue };
        let name = resource_name(naming, abi.resource);
        wrappers.push(Wrapper {
            export_name: dtor.clone(),
            name: format!(
                "__bindery_dtor__{}",
                naming.raw_snake(
                    naming.ir.types[abi.resource]
                        .name
                        .as_deref()
                        .unwrap_or_default()
                )
            ),
            params: "rep: *mut u8".to_string(),
            ret: String::new(),
            shim: format!("{name}::dtor"),
            turbofish: format!("::<<$ty as $($path_to_types)*::Guest>::{name}>"),
            args: "rep".to_string(),
        });
    }
    if let Some(name) = &c.macro_name {
        items.push(
            ExportMacro {
                name: name.clone(),
                wrappers,
            }
            .to_string(),
        );
    }
    items
}

/// The name of an interface's export macro (`__bindery_exports__ns_pkg_iface`):
/// not `__bindery_export_…`, which the interface's export shims use.
pub fn macro_name(naming: &Naming, key: &str) -> String {
    let snake: String = naming
        .raw_snake(key)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("__bindery_exports__{snake}")
}
