//! wasip1 core module → component, for toolchains that cannot emit a
//! component (C through clang or zig, Go): what `wasm-tools component new
//! --adapt` does, in process.

use std::path::Path;

use anyhow::{Context, Result};
use wasi_preview1_component_adapter_provider::{
    WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME, WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
};
use wit_component::{ComponentEncoder, StringEncoding};
use wit_parser::Resolve;

/// Where the component's type information comes from.
#[derive(Debug, Clone, Copy)]
pub enum WorldInfo<'a> {
    /// The module already carries a `component-type` custom section (the
    /// C bindings emit one from source).
    Embedded,
    /// Embed it from this WIT (file or directory with `deps/`) and world.
    FromWit {
        wit: &'a Path,
        world: Option<&'a str>,
    },
}

/// Makes a component of a wasip1 core module: embeds the world if asked,
/// then encodes with the `wasi_snapshot_preview1` reactor adapter from the
/// wasmtime release the host runs (so adapter and host agree on WASI).
pub fn component_from_core_module(core: &[u8], world: WorldInfo<'_>) -> Result<Vec<u8>> {
    let mut module = core.to_vec();
    if let WorldInfo::FromWit { wit, world } = world {
        let mut resolve = Resolve::default();
        let (package, _) = resolve
            .push_path(wit)
            .with_context(|| format!("cannot read WIT from `{}`", wit.display()))?;
        let world = resolve.select_world(&[package], world)?;
        wit_component::embed_component_metadata(
            &mut module,
            &resolve,
            world,
            StringEncoding::UTF8,
            false,
        )
        .context("cannot embed the world in the core module")?;
    }
    ComponentEncoder::default()
        .validate(true)
        .module(&module)
        .context("the core module does not fit its world")?
        .adapter(
            WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME,
            WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
        )?
        .encode()
        .context("cannot make a component of the core module")
}
