//! bindery's C backend: IR → view model → askama templates → `<world>.h`
//! and `<world>.c`.
//!
//! The public API follows wit-bindgen's C output, so guest code written
//! for it compiles unchanged; the component type is embedded from C source,
//! so no object file comes with the bindings. `languages/c/README.md` has
//! the WIT → C mapping and the ownership rules; `templates/c/README.md` the
//! naming rules.
//!
//! This crate must not compute Canonical ABI facts: sizes, offsets, flat
//! types, indirect parameters, return areas, post-returns and intrinsic
//! names all come from the IR. It decides only C spelling and layout of
//! the text, and its templates only lay out.

mod async_functions;
mod asyncs;
mod codecs;
mod docs;
mod functions;
mod model;
mod naming;
mod resources;
mod section;
mod templates;
mod types;
mod walk;

use askama::Template;
use bindery_kit::{Backend, Capabilities, Error, Files, Ir};

use crate::model::Model;
use crate::templates::{Header, ResourceSource, Source, Strings, StubResource, Stubs};

/// The C backend with its options ([`CBackend::default`]: UTF-8 strings,
/// names as the world spells them).
#[derive(Debug, Clone, Default)]
pub struct CBackend {
    pub options: Options,
}

/// What `bindery c` lets users choose (the CLI flags in brackets), as
/// wit-bindgen's C generator does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// `--string-encoding`: how strings cross the component boundary.
    pub string_encoding: StringEncoding,
    /// `--rename KEY=NAME`: the C namespace of the interface the world
    /// imports or exports as `KEY` (`ns:pkg/iface`, `ns:pkg/iface@1.0.0`
    /// or a plain name); exported ones keep their `exports_` prefix.
    pub rename: Vec<(String, String)>,
    /// `--rename-world NAME`: the world's prefix and file names.
    pub rename_world: Option<String>,
}

/// The Canonical ABI string encodings a C guest can use.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StringEncoding {
    /// `len` bytes of UTF-8 (`uint8_t`, C `char` literals).
    #[default]
    Utf8,
    /// `len` 16-bit code units of UTF-16 (`uint16_t`, `char16_t` literals).
    Utf16,
}

impl StringEncoding {
    /// The spelling on the command line (`utf8`, `utf16`).
    pub fn from_name(name: &str) -> Option<StringEncoding> {
        match name {
            "utf8" | "utf-8" => Some(StringEncoding::Utf8),
            "utf16" | "utf-16" => Some(StringEncoding::Utf16),
            _ => None,
        }
    }
}

impl CBackend {
    pub fn new(options: Options) -> Self {
        CBackend { options }
    }
}

impl Backend for CBackend {
    fn name(&self) -> &'static str {
        "c"
    }

    fn description(&self) -> &'static str {
        "C bindings: `<world>.h` and `<world>.c` (the component type embedded), for clang or zig cc"
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities::all()
    }

    fn generate(&self, ir: &Ir) -> Result<Files, Error> {
        let model = Model::new(ir, &self.options)?;
        let types = types::build(&model)?;
        let functions = functions::build(&model);
        let asynchronous = asyncs::build(&model);
        let codecs = codecs::build(&model);
        let primitives = codecs::primitives(&model);
        let world = &model.naming.world;
        let strings = model
            .uses_string
            .then(|| strings(world, self.options.string_encoding, model.releases_string));
        let utf16_type = match self.options.string_encoding {
            StringEncoding::Utf8 => None,
            StringEncoding::Utf16 => Some(
                ir.component_type
                    .with_string_encoding(bindery_ir::WitStringEncoding::UTF16)?,
            ),
        };
        let header_name = format!("{world}.h");
        let world_id = match &ir.world.package {
            Some(package) => format!("{package}/{}", ir.world.name),
            None => ir.world.name.clone(),
        };
        let (async_header, async_source, channels) = match asynchronous {
            Some(views) => (Some(views.header), Some(views.source), views.channels),
            None => (None, None, Vec::new()),
        };
        let header = Header {
            world: world_id.clone(),
            guard: format!("__BINDINGS_{}_H", naming::Naming::shouty(world)),
            docs: docs::doc_lines(ir.world.docs.as_deref()),
            strings: strings.clone(),
            asynchronous: async_header,
            types: types.items,
            channels: channels.iter().map(asyncs::ChannelDecl).collect(),
            args_structs: functions.args_structs,
            groups: functions.groups,
        };
        let uses_slots = !primitives.is_empty() || codecs.iter().any(|codec| codec.converts_flat());
        let source = Source {
            world: world_id,
            header: header_name.clone(),
            section: section::build(utf16_type.as_ref().unwrap_or(&ir.component_type)),
            uses_slots,
            strings,
            primitives,
            layouts: types.layouts,
            codecs,
            free_aliases: types.free_aliases,
            resources: types.resources,
            imports: functions.imports,
            ret_area: functions.ret_area,
            exports: functions.exports,
            asynchronous: async_source,
            channels: channels.iter().map(asyncs::ChannelDef).collect(),
            async_imports: functions.async_imports,
            async_exports: functions.async_exports,
        };
        let mut files = Files::new();
        files.insert(header_name, finish(header.render())?);
        files.insert(format!("{world}.c"), finish(source.render())?);
        Ok(files)
    }

    /// `<world>_impl.c`: every export defined with an `abort()` body, and
    /// every exported resource's struct and destructor.
    fn stubs(&self, ir: &Ir) -> Result<Files, Error> {
        let model = Model::new(ir, &self.options)?;
        let resources = types::build(&model)?
            .resources
            .into_iter()
            .filter_map(|resource| match resource {
                ResourceSource::Exported(r) => Some(StubResource {
                    rep: r.rep,
                    destructor: r.destructor,
                }),
                ResourceSource::Imported(_) => None,
            })
            .collect();
        let world = &model.naming.world;
        let stubs = Stubs {
            world: ir.world.name.clone(),
            header: format!("{world}.h"),
            resources,
            functions: functions::build(&model).stubs,
        };
        let mut files = Files::new();
        files.insert(format!("{world}_impl.c"), finish(stubs.render())?);
        Ok(files)
    }
}

/// The string type's helpers in an encoding.
fn strings(world: &str, encoding: StringEncoding, release: bool) -> Strings {
    let utf16 = encoding == StringEncoding::Utf16;
    let len = utf16.then(|| format!("{world}_string_len"));
    Strings {
        ctype: format!("{world}_string_t"),
        set: format!("{world}_string_set"),
        dup: format!("{world}_string_dup"),
        dup_n: format!("{world}_string_dup_n"),
        free: format!("{world}_string_free"),
        release: release.then_some(crate::model::RELEASE_STRING),
        unit: if utf16 { "uint16_t" } else { "uint8_t" },
        cchar: if utf16 { "char16_t" } else { "char" },
        utf16,
        what: if utf16 {
            "A UTF-16 string: `len` 16-bit code units at `ptr`"
        } else {
            "A UTF-8 string: `len` bytes at `ptr`"
        },
        units: if utf16 { "code units" } else { "bytes" },
        align: if utf16 { 2 } else { 1 },
        scale: if utf16 { " * 2" } else { "" },
        length: match &len {
            Some(len) => format!("{len}(s)"),
            None => "strlen(s)".into(),
        },
        len,
    }
}

/// A rendered file with exactly one final newline.
fn finish(rendered: askama::Result<String>) -> Result<String, Error> {
    let mut text = rendered.map_err(|e| Error::output(format!("cannot render C bindings: {e}")))?;
    while text.ends_with('\n') {
        text.pop();
    }
    text.push('\n');
    Ok(text)
}
