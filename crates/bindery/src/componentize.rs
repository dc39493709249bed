//! A core wasm module made a component, in process: what `wasm-tools
//! component new --adapt` does, for the toolchains that cannot emit a
//! component themselves (C through clang or zig, Go).
//!
//! The world's component type is embedded unless the module carries one
//! (bindery's C bindings embed it from source); the WASI preview1 adapter
//! comes from the wasmtime release bindery is tested with, so adapter and
//! runtime agree on WASI. Every component, made here or passed in, is then
//! checked against the world: each export it must have, each import it may
//! have, and their types.

use std::fs;
use std::path::{Path, PathBuf};

use bindery_ir::{Error, LoadOptions, Loaded};
use wasi_preview1_component_adapter_provider::{
    WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME, WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER,
    WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
};
use wasmparser::{Parser, Payload};
use wit_component::{ComponentEncoder, StringEncoding};
use wit_parser::decoding::{DecodedWasm, decode};
use wit_parser::{InterfaceId, Resolve, World, WorldId, WorldItem, WorldKey};

/// Which WASI preview1 adapter a module gets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Adapter {
    /// A library of exports, started by the host calling them (`-mexec-model=reactor`,
    /// Go's `-buildmode=c-shared`).
    #[default]
    Reactor,
    /// A program with `_start`, exported as `wasi:cli/run`.
    Command,
}

/// Makes components of core modules for one world.
///
/// ```no_run
/// use bindery::{Adapter, Componentizer};
///
/// let core = std::fs::read("core.wasm")?;
/// let component = Componentizer::new("wit")
///     .world("hello")
///     .adapter(Adapter::Reactor)
///     .componentize(&core)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Componentizer {
    options: LoadOptions,
    adapter: Adapter,
}

/// What [`Componentizer::componentize_file`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Componentized {
    /// A core module was made a component.
    Made,
    /// The input was a component of the world already, copied as it was.
    Copied,
}

impl Componentizer {
    /// The world comes from WIT in a `.wit` file or a directory (with `deps/`).
    pub fn new(wit: impl Into<PathBuf>) -> Self {
        Componentizer::from_options(LoadOptions {
            path: wit.into(),
            ..LoadOptions::default()
        })
    }

    /// Uses the front end's options as they are (input, world, features:
    /// see [`LoadOptions`], or [`crate::Generator::load_options`]).
    pub fn from_options(options: LoadOptions) -> Self {
        Componentizer {
            options,
            adapter: Adapter::Reactor,
        }
    }

    /// `name` or `ns:pkg/name@version`; needed only when the package has
    /// several worlds.
    pub fn world(mut self, world: impl Into<String>) -> Self {
        self.options.world = Some(world.into());
        self
    }

    /// The preview1 adapter for modules that import `wasi_snapshot_preview1`.
    pub fn adapter(mut self, adapter: Adapter) -> Self {
        self.adapter = adapter;
        self
    }

    /// A component of the world from `wasm`: a core module is made one, a
    /// component is checked and returned as it is.
    pub fn componentize(&self, wasm: &[u8]) -> Result<Vec<u8>, Error> {
        Ok(self.run(wasm)?.0)
    }

    /// Reads `input`, componentizes it and writes `output` atomically (a
    /// failure leaves `output` as it was).
    pub fn componentize_file(&self, input: &Path, output: &Path) -> Result<Componentized, Error> {
        let wasm = fs::read(input)
            .map_err(|e| Error::input(format!("cannot read `{}`: {e}", input.display())))?;
        let (component, done) = self.run(&wasm).map_err(|mut err| {
            err.message = format!("{}: {}", input.display(), err.message);
            err
        })?;
        write_atomically(output, &component)?;
        Ok(done)
    }

    fn run(&self, wasm: &[u8]) -> Result<(Vec<u8>, Componentized), Error> {
        let loaded = bindery_ir::load(&self.options)?;
        let world = &loaded.resolve.worlds[loaded.world];
        if Parser::is_component(wasm) {
            check(&loaded, wasm)?;
            return Ok((wasm.to_vec(), Componentized::Copied));
        }
        if !Parser::is_core_wasm(wasm) {
            return Err(Error::input(
                "not a WebAssembly module or component (no `\\0asm` header)",
            ));
        }
        let mut module = wasm.to_vec();
        if !has_component_type(wasm)? {
            wit_component::embed_component_metadata(
                &mut module,
                &loaded.resolve,
                loaded.world,
                StringEncoding::UTF8,
                false,
            )
            .map_err(|e| Error::input(format!("cannot embed world `{}`: {e:#}", world.name)))?;
        }
        let adapter = match self.adapter {
            Adapter::Reactor => WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
            Adapter::Command => WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER,
        };
        let mismatch = |e: anyhow::Error| {
            Error::input(format!(
                "the module does not match world `{}`: {}",
                world.name,
                chain(&e)
            ))
        };
        let component = ComponentEncoder::default()
            .validate(true)
            .module(&module)
            .map_err(mismatch)?
            .adapter(WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME, adapter)
            .map_err(mismatch)?
            .encode()
            .map_err(mismatch)?;
        // A world embedded by the toolchain may be another one than asked for.
        check(&loaded, &component)?;
        Ok((component, Componentized::Made))
    }
}

/// Whether the module carries a `component-type*` custom section.
fn has_component_type(module: &[u8]) -> Result<bool, Error> {
    for payload in Parser::new(0).parse_all(module) {
        let payload = payload.map_err(|e| Error::input(format!("invalid core module: {e}")))?;
        if let Payload::CustomSection(section) = payload
            && section.name().starts_with("component-type")
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// An error and its causes on one line (wit-component nests the cause,
/// which names the export, a level or two down), without the links that
/// only say where in wit-component it happened.
fn chain(err: &anyhow::Error) -> String {
    const NOISE: &[&str] = &["failed to decode world from module", "module was not valid"];
    err.chain()
        .map(ToString::to_string)
        .filter(|link| !NOISE.contains(&link.as_str()))
        .collect::<Vec<_>>()
        .join(": ")
}

/// Checks a component against the loaded world: every export of the world
/// (and every function of an exported interface) is there, no import is
/// outside the world except WASI's (the adapter's), and all types agree.
fn check(loaded: &Loaded, component: &[u8]) -> Result<(), Error> {
    let target = &loaded.resolve.worlds[loaded.world];
    let (theirs, their_world) = match decode(component) {
        Ok(DecodedWasm::Component(resolve, world)) => (resolve, world),
        Ok(DecodedWasm::WitPackage(..)) => {
            return Err(Error::input(
                "this is a WIT package, not a component".to_string(),
            ));
        }
        Err(e) => {
            return Err(Error::input(format!(
                "cannot read the component's WIT: {}",
                chain(&e)
            )));
        }
    };
    let problems = missing_exports(loaded, &theirs, their_world);
    if !problems.is_empty() {
        return Err(Error::input(format!(
            "the component does not match world `{}`:\n  {}",
            target.name,
            problems.join("\n  ")
        )));
    }

    // Everything the component uses, seen in the world's own resolve; the
    // world plus the component's WASI imports is what it must target.
    let mut resolve = loaded.resolve.clone();
    let remap = resolve.merge(theirs).map_err(|e| {
        Error::input(format!(
            "the component's types differ from world `{}`: {}",
            target.name,
            chain(&e)
        ))
    })?;
    let merged = remap.worlds[their_world.index()]
        .ok_or_else(|| Error::input("the component's world did not merge into the WIT's"))?;
    let mut expected: World = resolve.worlds[loaded.world].clone();
    let mut foreign = Vec::new();
    for (key, item) in resolve.worlds[merged].imports.clone() {
        if expected.imports.contains_key(&key) {
            continue;
        }
        let name = resolve.name_world_key(&key);
        if name.starts_with("wasi:") {
            expected.imports.insert(key, item);
        } else {
            foreign.push(format!("imports `{name}`, which the world does not"));
        }
    }
    if !foreign.is_empty() {
        return Err(Error::input(format!(
            "the component does not match world `{}`:\n  {}",
            target.name,
            foreign.join("\n  ")
        )));
    }
    // An interface the component does not import is left out: nothing of
    // the component is checked against it, and leaving it in can only hit
    // the encoder defect below.
    let imported = &resolve.worlds[merged].imports;
    expected
        .imports
        .retain(|key, item| matches!(item, WorldItem::Type { .. }) || imported.contains_key(key));
    for key in exports_using_a_reexport(&resolve, &expected) {
        expected.exports.shift_remove(&key);
    }
    let expected = resolve.worlds.alloc(expected);
    wit_component::targets(&resolve, expected, component, false).map_err(|e| {
        Error::input(format!(
            "the component's types differ from world `{}`: {}",
            target.name,
            chain(&e)
        ))
    })
}

/// The exported interfaces that `use` (directly or through other
/// interfaces) an interface the world both imports and exports. By
/// wit-parser's rule such a `use` means the export, and that is how
/// wit-component's `ComponentEncoder` builds the component; but its
/// `encode_world`, which `targets` compares the component with, links the
/// `use` to the import, so `targets` refuses every correct component of
/// such a world ("resource types are not the same"; wit-component 0.262,
/// pinned by `wit_component_refuses_its_own_component_of_a_reexport` in
/// tests/componentize.rs). These exports are left out of the `targets`
/// check: [`missing_exports`] still checks each of their functions, and
/// [`Resolve::merge`] their kinds, arity and primitive types.
fn exports_using_a_reexport(resolve: &Resolve, world: &World) -> Vec<WorldKey> {
    let both = |id: InterfaceId| {
        let key = WorldKey::Interface(id);
        world.imports.contains_key(&key) && world.exports.contains_key(&key)
    };
    world
        .exports
        .iter()
        .filter_map(|(key, item)| match item {
            WorldItem::Interface { id, .. } => Some((key, *id)),
            _ => None,
        })
        .filter(|(_, id)| {
            let mut seen = Vec::new();
            let mut todo: Vec<InterfaceId> = resolve.interface_direct_deps(*id).collect();
            while let Some(dep) = todo.pop() {
                if dep == *id || seen.contains(&dep) {
                    continue;
                }
                if both(dep) {
                    return true;
                }
                seen.push(dep);
                todo.extend(resolve.interface_direct_deps(dep));
            }
            false
        })
        .map(|(key, _)| key.clone())
        .collect()
}

/// The world's exports the component lacks, by name: whole interfaces and
/// world-level functions, then functions of exported interfaces.
fn missing_exports(loaded: &Loaded, theirs: &Resolve, their_world: WorldId) -> Vec<String> {
    let ours = &loaded.resolve;
    let their_exports: Vec<(String, &WorldItem)> = theirs.worlds[their_world]
        .exports
        .iter()
        .map(|(key, item)| (theirs.name_world_key(key), item))
        .collect();
    let mut problems = Vec::new();
    for (key, item) in &ours.worlds[loaded.world].exports {
        let name = ours.name_world_key(key);
        let found = their_exports.iter().find(|(n, _)| *n == name);
        match (item, found) {
            (WorldItem::Type { .. }, _) => {}
            (WorldItem::Function(_), None) => {
                problems.push(format!("missing export: function `{name}`"));
            }
            (WorldItem::Interface { .. }, None) => {
                problems.push(format!("missing export: interface `{name}`"));
            }
            (
                WorldItem::Interface { id, .. },
                Some((_, WorldItem::Interface { id: their_id, .. })),
            ) => {
                let present = &theirs.interfaces[*their_id].functions;
                for function in ours.interfaces[*id].functions.keys() {
                    if !present.contains_key(function) {
                        problems.push(format!("missing export: `{function}` of `{name}`"));
                    }
                }
            }
            (_, Some(_)) => {}
        }
    }
    problems
}

/// Writes `contents` to `path` through a temporary file beside it.
fn write_atomically(path: &Path, contents: &[u8]) -> Result<(), Error> {
    let name = path
        .file_name()
        .ok_or_else(|| Error::usage(format!("`{}` is not a file name", path.display())))?;
    let mut files = bindery_kit::Files::new();
    files.insert(name.to_string_lossy(), contents.to_vec());
    files.write(path.parent().unwrap_or(Path::new("")))
}
