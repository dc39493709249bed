//! Rust spelling of WIT names and where each item lives in the module tree.
//! Everything the generator invents starts with `__bindery` (or `_` for
//! locals): heck never produces a leading underscore, so user names cannot
//! collide with them (see `templates/rust/README.md`).

use std::collections::{BTreeMap, BTreeSet};

use bindery_ir::{Function, FunctionKind, InterfaceIndex, Ir, Item, Owner, TypeIndex, TypeKind};
use bindery_kit::{Names, docs};

use crate::Options;
use crate::with::External;

/// The private module of world-level items, re-exported at the root.
pub const WORLD_MODULE: &str = "__bindery_world";

const KEYWORDS: &str = include_str!("../keywords");

/// Methods the bindings give every imported resource, beside the WIT ones.
const IMPORTED_RESOURCE_HELPERS: [&str; 3] = ["from_handle", "take_handle", "handle"];

/// Which copy of an interface: the import module or the `exports` module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    Import,
    Export,
}

/// Where the bindings find what they use from the standard library: `std`
/// by default; with `--no-std`, `::core` and `::alloc` (the crate declares
/// `extern crate alloc;`) and a `use` of the prelude types `alloc` holds in
/// each module.
#[derive(Debug, Clone, Copy)]
pub struct Std {
    /// For items of `core` (`ptr`, `alloc::Layout`, `error::Error`).
    pub core: &'static str,
    /// For items of `alloc` (`alloc::alloc`, `collections`).
    pub alloc: &'static str,
    /// The `use` that brings `Box`, `String` and `Vec` into a module.
    pub prelude: Option<&'static str>,
}

impl Std {
    fn new(no_std: bool) -> Self {
        if no_std {
            Std {
                core: "::core",
                alloc: "::alloc",
                prelude: Some("::alloc::{boxed::Box, string::String, vec::Vec}"),
            }
        } else {
            Std {
                core: "std",
                alloc: "std",
                prelude: None,
            }
        }
    }
}

/// Naming rules plus the world's module layout.
pub struct Naming<'a> {
    pub ir: &'a Ir,
    pub std: Std,
    /// `--additional-derives`, for the types that allow them.
    pub derives: Vec<String>,
    /// `--with`: what is not generated but found elsewhere.
    pub external: External,
    names: Names,
    imported: BTreeSet<InterfaceIndex>,
    exported: BTreeSet<InterfaceIndex>,
    /// Module path of each interface as imported and as exported.
    import_paths: Vec<Vec<String>>,
    export_paths: Vec<Vec<String>>,
    /// Packages present in more than one version get the version in their
    /// module name (`pkg0_2_0`), as wit-bindgen does.
    versioned: BTreeSet<(String, String)>,
    /// Resources with a constructor: their `new` is taken.
    constructors: BTreeSet<TypeIndex>,
    /// The Rust name of every type, by index.
    type_names: Vec<String>,
    /// A WIT type is spelled `Option` or `Result`: it shadows the prelude's
    /// type in its module (and, at world level, through the root's glob
    /// re-export), so the bindings spell the prelude's types in full.
    shadows_prelude: bool,
}

impl<'a> Naming<'a> {
    pub fn new(ir: &'a Ir, options: &Options) -> Self {
        let names = Names::new(KEYWORDS, "_");
        let mut naming = Naming {
            ir,
            std: Std::new(options.no_std),
            derives: options.additional_derives.clone(),
            external: External::default(),
            names,
            imported: BTreeSet::new(),
            exported: BTreeSet::new(),
            import_paths: vec![Vec::new(); ir.interfaces.len()],
            export_paths: vec![Vec::new(); ir.interfaces.len()],
            versioned: BTreeSet::new(),
            constructors: BTreeSet::new(),
            type_names: Vec::new(),
            shadows_prelude: false,
        };
        naming.type_names = naming.compute_type_names();
        let mut versions: BTreeMap<(String, String), BTreeSet<Option<String>>> = BTreeMap::new();
        for iface in &ir.interfaces {
            if let Some(p) = &iface.package {
                let key = (p.namespace.clone(), p.name.clone());
                versions.entry(key).or_default().insert(p.version.clone());
            }
        }
        naming.shadows_prelude = ir.types.iter().any(|def| {
            let name = naming.camel(def.name.as_deref().unwrap_or_default());
            name == "Option" || name == "Result"
        });
        naming.versioned = versions
            .into_iter()
            .filter(|(_, v)| v.len() > 1)
            .map(|(k, _)| k)
            .collect();
        for item in ir.imports.iter().chain(&ir.exports) {
            if let Item::Interface { functions, .. } = &item.item {
                for function in functions {
                    if let FunctionKind::Constructor(resource) = function.kind {
                        naming.constructors.insert(resource);
                    }
                }
            }
        }
        for (side, items) in [(Side::Import, &ir.imports), (Side::Export, &ir.exports)] {
            for item in items {
                if let Item::Interface { interface, .. } = &item.item {
                    let mut path = naming.interface_path(*interface, &item.key);
                    match side {
                        Side::Import => {
                            naming.imported.insert(*interface);
                            naming.import_paths[*interface] = path;
                        }
                        Side::Export => {
                            path.insert(0, "exports".to_string());
                            naming.exported.insert(*interface);
                            naming.export_paths[*interface] = path;
                        }
                    }
                }
            }
        }
        naming
    }

    fn interface_path(&self, index: InterfaceIndex, key: &str) -> Vec<String> {
        let iface = &self.ir.interfaces[index];
        match (&iface.package, &iface.name) {
            (Some(package), Some(name)) if key.contains(':') => {
                let key = (package.namespace.clone(), package.name.clone());
                let mut pkg = self.snake(&package.name);
                if let (true, Some(version)) = (self.versioned.contains(&key), &package.version) {
                    pkg = self.raw_snake(&package.name);
                    pkg.push_str(&version.replace(['.', '-', '+'], "_"));
                }
                vec![self.snake(&package.namespace), pkg, self.snake(name)]
            }
            _ => vec![self.snake(key)],
        }
    }

    pub fn snake(&self, wit: &str) -> String {
        self.names.snake(wit)
    }

    pub fn camel(&self, wit: &str) -> String {
        self.names.upper_camel(wit)
    }

    /// The Rust name of named type `ty` (computed once, in [`Naming::new`]).
    pub fn type_name(&self, ty: TypeIndex) -> String {
        self.type_names[ty].clone()
    }

    /// Every type's Rust name. Names the generator gives to items in the
    /// same module (`Guest`, `GuestR`, `RBorrow`) get a `_`. The generated
    /// names of each interface are gathered first, so this is linear in the
    /// size of the world.
    fn compute_type_names(&self) -> Vec<String> {
        let camel: Vec<String> = self
            .ir
            .types
            .iter()
            .map(|def| self.camel(def.name.as_deref().unwrap_or_default()))
            .collect();
        let generated: Vec<BTreeSet<String>> = self
            .ir
            .interfaces
            .iter()
            .map(|iface| {
                iface
                    .types
                    .iter()
                    .filter(|r| matches!(self.ir.types[**r].kind, TypeKind::Resource))
                    .flat_map(|r| {
                        [
                            format!("Guest{}", camel[*r]),
                            format!("{}Borrow", camel[*r]),
                        ]
                    })
                    .collect()
            })
            .collect();
        self.ir
            .types
            .iter()
            .zip(camel)
            .map(|(def, name)| {
                let taken = name == "Guest"
                    || match def.owner {
                        Owner::Interface(iface) => generated[iface].contains(&name),
                        Owner::World | Owner::None => false,
                    };
                if taken { name + "_" } else { name }
            })
            .collect()
    }

    /// The trait users implement for resource `ty` (`GuestR`).
    pub fn guest_trait(&self, ty: TypeIndex) -> String {
        format!("Guest{}", self.unescaped(ty))
    }

    /// The borrowed form of exported resource `ty` (`RBorrow`).
    pub fn borrow_name(&self, ty: TypeIndex) -> String {
        format!("{}Borrow", self.unescaped(ty))
    }

    /// A type's name without the keyword escape, for building longer names
    /// (`Self_` → `SelfBorrow`, not `Self_Borrow`).
    pub fn unescaped(&self, ty: TypeIndex) -> String {
        let name = self.camel(self.ir.types[ty].name.as_deref().unwrap_or_default());
        match name.strip_suffix('_') {
            Some(base) if self.names.is_keyword(base) => base.to_string(),
            _ => name,
        }
    }

    /// The Rust name of a function: `new` for a constructor, `set_x` for a
    /// setter, else its name in snake case. A resource's functions share an
    /// `impl` (imports) or a trait (exports) with what the bindings put
    /// there, so one named like those gets a `_`: a static `new` beside a
    /// constructor, `handle`/`take_handle`/`from_handle` on an imported
    /// resource.
    pub fn function_name(&self, function: &Function, side: Side) -> String {
        let name = match function.kind {
            FunctionKind::Constructor(_) => return "new".to_string(),
            // A property's getter is `name`, its setter `set_name`.
            FunctionKind::Setter
            | FunctionKind::MethodSetter(_)
            | FunctionKind::StaticSetter(_) => self.snake(&format!("set-{}", function.item_name)),
            _ => self.snake(&function.item_name),
        };
        let Some(resource) = function.kind.resource() else {
            return name;
        };
        let taken = (name == "new" && self.constructors.contains(&resource))
            || (side == Side::Import && IMPORTED_RESOURCE_HELPERS.contains(&name.as_str()));
        if taken { name + "_" } else { name }
    }

    /// A function's name in generated helpers, unique in its interface:
    /// snake case for a freestanding function, `<kind>__<resource>__<name>`
    /// for a resource's (`method__counter__get`). Snake case never holds
    /// `__`, so a freestanding `method-counter-get` cannot collide.
    pub fn function_id(&self, function: &Function) -> String {
        match function
            .name
            .strip_prefix('[')
            .and_then(|rest| rest.split_once(']'))
        {
            Some((kind, rest)) => std::iter::once(kind)
                .chain(rest.split('.'))
                .map(|part| self.raw_snake(part))
                .collect::<Vec<_>>()
                .join("__"),
            None => self.raw_snake(&function.name),
        }
    }

    /// How the generated code spells the prelude's `Option`: in full when
    /// a WIT type of the world is called `Option` or `Result` (wit-bindgen
    /// keeps those names too), else as usual.
    pub fn option(&self) -> &'static str {
        if self.shadows_prelude {
            "::core::option::Option"
        } else {
            "Option"
        }
    }

    /// The prelude's `Result`, spelled as [`Naming::option`] says.
    pub fn result(&self) -> &'static str {
        if self.shadows_prelude {
            "::core::result::Result"
        } else {
            "Result"
        }
    }

    pub fn shouty(&self, wit: &str) -> String {
        self.names.shouty(wit)
    }

    /// A name for generated helpers: snake case, never escaped (it always
    /// gets a `__bindery` prefix).
    pub fn raw_snake(&self, wit: &str) -> String {
        let snake = self.names.snake(wit);
        snake.strip_suffix('_').map(str::to_string).unwrap_or(snake)
    }

    pub fn is_exported(&self, iface: InterfaceIndex) -> bool {
        self.exported.contains(&iface)
    }

    pub fn is_imported(&self, iface: InterfaceIndex) -> bool {
        self.imported.contains(&iface)
    }

    /// Which copy of interface `iface` a reference made from a `context`
    /// copy means. Exports see exported interfaces (wit-parser elaborates an
    /// export's dependencies to exports when they are exported); everything
    /// else sees imports.
    pub fn side_of(&self, iface: InterfaceIndex, context: Side) -> Side {
        if context == Side::Export && self.is_exported(iface) {
            Side::Export
        } else if self.is_imported(iface) {
            Side::Import
        } else {
            Side::Export
        }
    }

    /// The context in which the children of a type owned by `owner` are
    /// resolved, seen from `context`.
    pub fn owner_context(&self, owner: Owner, context: Side) -> Side {
        match owner {
            Owner::Interface(iface) => self.side_of(iface, context),
            // World-level types are `use`d from imports.
            Owner::World => Side::Import,
            Owner::None => context,
        }
    }

    pub fn module_path(&self, iface: InterfaceIndex, side: Side) -> &[String] {
        match side {
            Side::Import => &self.import_paths[iface],
            Side::Export => &self.export_paths[iface],
        }
    }

    /// Module path of the module that defines named type `ty`, seen from
    /// `context`.
    pub fn type_module(&self, ty: TypeIndex, context: Side) -> Vec<String> {
        match self.ir.types[ty].owner {
            Owner::Interface(iface) => self
                .module_path(iface, self.side_of(iface, context))
                .to_vec(),
            Owner::World | Owner::None => Vec::new(),
        }
    }

    /// Whether `--with` takes the imported copy of `iface` from elsewhere.
    pub fn is_external(&self, iface: InterfaceIndex, side: Side) -> bool {
        side == Side::Import && self.external.interfaces.contains_key(&iface)
    }

    /// Where `--with` says named type `ty`, seen from `context`, is: its
    /// own path, or its name in the module of its interface.
    pub fn external_type(&self, ty: TypeIndex, context: Side) -> Option<String> {
        let Owner::Interface(iface) = self.ir.types[ty].owner else {
            return None;
        };
        if self.side_of(iface, context) != Side::Import {
            return None;
        }
        if let Some(path) = self.external.types.get(&ty) {
            return Some(path.clone());
        }
        let module = self.external.interfaces.get(&iface)?;
        Some(format!("{module}::{}", self.type_name(ty)))
    }

    /// The path of named type `ty`, seen from `context`, written from
    /// module `from`.
    pub fn type_path(&self, from: &[String], ty: TypeIndex, context: Side) -> String {
        match self.external_type(ty, context) {
            Some(path) => path,
            None => Naming::relative(from, &self.type_module(ty, context), &self.type_name(ty)),
        }
    }

    /// A path to `name` in module `target`, written from module `from`.
    pub fn relative(from: &[String], target: &[String], name: &str) -> String {
        // The world's private module glob-imports the root (`use super::*`),
        // so paths from it are written as from the root.
        let from = match from.split_first() {
            Some((first, rest)) if first == WORLD_MODULE && rest.is_empty() => &[],
            _ => from,
        };
        if from == target {
            return name.to_string();
        }
        let mut path = "super::".repeat(from.len());
        for segment in target {
            path.push_str(segment);
            path.push_str("::");
        }
        path.push_str(name);
        path
    }

    /// `///` lines for a WIT doc comment (none when there is none).
    pub fn doc_lines(docs: Option<&str>) -> Vec<String> {
        let Some(text) = docs else {
            return Vec::new();
        };
        let lines = docs::line_slices(text.trim())
            .map(|line| match line.contains('\t') {
                true => line.replace('\t', "    "),
                false => line.to_string(),
            })
            .collect();
        code_blocks_as_text(lines)
            .into_iter()
            .map(|line| match line.is_empty() {
                true => "///".to_string(),
                false => ["/// ", &line].concat(),
            })
            .collect()
    }
}

/// WIT doc text is not Rust, but rustdoc compiles and runs every code block
/// of a doc comment as a doctest unless it is marked as another language.
/// So each fenced block that rustdoc would take for Rust (no info string,
/// `rust`, or only rustdoc's own attributes) becomes ```` ```text ````, and
/// each indented code block (four spaces, after a blank line) a fenced
/// `text` block.
fn code_blocks_as_text(lines: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    // The opening fence's character and length while inside a fence.
    let mut fence: Option<(char, usize)> = None;
    let mut indented = false;
    let mut previous_blank = true;
    for line in lines {
        let trimmed = line.trim_start();
        let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = marker.map_or(0, |c| trimmed.len() - trimmed.trim_start_matches(c).len());
        let is_fence = run >= 3 && line.len() - trimmed.len() < 4;
        if let Some((c, len)) = fence {
            if is_fence && marker == Some(c) && run >= len && trimmed[run..].trim().is_empty() {
                fence = None;
            }
            out.push(line);
            continue;
        }
        let code_line = line.starts_with("    ") && (indented || previous_blank);
        if indented && !code_line && !line.trim().is_empty() {
            // The blank lines that ended the block go after its fence.
            let blanks = out
                .iter()
                .rev()
                .take_while(|l: &&String| l.is_empty())
                .count();
            out.insert(out.len() - blanks, "```".to_string());
            indented = false;
        }
        if code_line {
            if !indented {
                out.push("```text".to_string());
                indented = true;
            }
            out.push(line[4..].to_string());
        } else if is_fence {
            let c = marker.unwrap_or('`');
            fence = Some((c, run));
            let info = trimmed[run..].trim();
            let indent = &line[..line.len() - trimmed.len()];
            let opening = &trimmed[..run];
            if runs_as_rust(info) {
                out.push(format!("{indent}{opening}text"));
            } else {
                out.push(line);
            }
        } else {
            out.push(line);
        }
        previous_blank = out.last().is_some_and(|l| l.trim().is_empty());
    }
    if indented {
        let blanks = out.iter().rev().take_while(|l| l.is_empty()).count();
        out.insert(out.len() - blanks, "```".to_string());
    }
    if let Some((c, len)) = fence {
        // An unclosed fence runs to the end of the comment in Markdown;
        // closing it keeps the next item's docs out of it.
        out.push(c.to_string().repeat(len));
    }
    out
}

/// Whether rustdoc treats a code block with this info string as Rust: no
/// string, `rust`, or nothing but its own attributes (`ignore`, `no_run`,
/// `edition2021`, …).
fn runs_as_rust(info: &str) -> bool {
    let words: Vec<&str> = info
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    words.contains(&"rust")
        || words.iter().all(|word| {
            matches!(
                *word,
                "ignore"
                    | "should_panic"
                    | "no_run"
                    | "compile_fail"
                    | "test_harness"
                    | "standalone_crate"
                    | "allow_fail"
            ) || word.starts_with("edition")
                || word.starts_with("ignore-")
                || word.starts_with('{')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[&str]) -> Vec<String> {
        code_blocks_as_text(lines.iter().map(|l| l.to_string()).collect())
    }

    #[test]
    fn fences_rustdoc_would_run_become_text() {
        assert_eq!(text(&["```", "x", "```"]), ["```text", "x", "```"]);
        assert_eq!(
            text(&["~~~rust,ignore", "x", "~~~"]),
            ["~~~text", "x", "~~~"]
        );
        assert_eq!(text(&["```json", "{}", "```"]), ["```json", "{}", "```"]);
        assert_eq!(text(&["```", "x"]), ["```text", "x", "```"]);
    }

    #[test]
    fn indented_code_becomes_a_text_fence() {
        assert_eq!(
            text(&["Example:", "", "    let x = 1;", "", "After."]),
            ["Example:", "", "```text", "let x = 1;", "```", "", "After."]
        );
        // A paragraph's continuation line is not code.
        assert_eq!(text(&["A", "    b"]), ["A", "    b"]);
    }
}
