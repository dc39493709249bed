//! The wasmtime engine the host runs on, and an on-disk cache of compiled
//! components (Cranelift takes seconds for a 12 MB JS component; a cached
//! one loads in milliseconds).

use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};
use wasmtime::component::Component;
use wasmtime::{Config, Engine, WasmBacktraceDetails};

/// An engine with the component model and the proposals the cases use
/// (`map<K, V>`, fixed-length lists), and traps that name the guest's
/// source lines when the guest carries DWARF, compiling with `compiler`.
pub fn engine(compiler: Compiler) -> Result<Engine> {
    let mut config = config();
    if compiler == Compiler::Winch {
        config.strategy(wasmtime::Strategy::Winch);
    }
    Ok(Engine::new(&config)?)
}

/// wasmtime's compiler for the components a harness runs: `winch` or
/// `cranelift`, as an environment variable names it (Winch when unset).
/// The JS and Python guests are interpreters of 12 and 18 MB: Cranelift
/// took 14-20 s to compile each, most of a case's cost, and Winch,
/// wasmtime's single-pass compiler, takes 3-5 s; its code runs slower, but
/// a case runs for seconds at most. What the checks prove does not depend
/// on the compiler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compiler {
    Winch,
    Cranelift,
}

impl Compiler {
    pub fn from_env(var: &str) -> Result<Compiler> {
        match std::env::var(var).as_deref().map(str::trim) {
            Err(_) | Ok("" | "winch") => Ok(Compiler::Winch),
            Ok("cranelift") => Ok(Compiler::Cranelift),
            Ok(other) => bail!("{var}={other}: expected `winch` or `cranelift`"),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Compiler::Winch => "winch",
            Compiler::Cranelift => "cranelift",
        }
    }
}

/// The configuration of [`engine`], for harnesses that add to it.
pub fn config() -> Config {
    let mut config = Config::new();
    config
        .wasm_component_model(true)
        .wasm_component_model_map(true)
        .wasm_component_model_fixed_length_lists(true)
        .wasm_backtrace_details(WasmBacktraceDetails::Enable);
    config
}

/// The async switches a world needs beyond `component-model-async`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Switches {
    pub error_context: bool,
    pub stackful: bool,
}

/// An engine for async worlds: `component-model-async` with the switches
/// the world needs (each documented by wasmtime as incomplete, so only what
/// a case needs is turned on).
pub fn async_engine(switches: Switches) -> Result<Engine> {
    let mut config = Config::new();
    config
        .wasm_component_model(true)
        .wasm_component_model_map(true)
        .wasm_component_model_fixed_length_lists(true)
        .wasm_component_model_async(true)
        .wasm_component_model_error_context(switches.error_context)
        .wasm_component_model_async_stackful(switches.stackful)
        .wasm_backtrace_details(WasmBacktraceDetails::Enable);
    Ok(Engine::new(&config)?)
}

/// Compiled components on disk, keyed by the SHA-256 of the component's
/// bytes and the engine's compatibility hash (so a different wasmtime or
/// configuration never loads a stale artifact).
#[derive(Debug, Clone)]
pub struct ComponentCache {
    dir: PathBuf,
}

impl ComponentCache {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        ComponentCache { dir: dir.into() }
    }

    /// Loads `bytes` compiled, compiling and storing them on a miss. Says
    /// whether it was a hit.
    pub fn load(&self, engine: &Engine, bytes: &[u8]) -> Result<(Component, bool)> {
        let path = self.path(engine, bytes);
        if path.is_file() {
            // SAFETY: the file was written by `Component::serialize` below,
            // into our own target directory, under a name that includes the
            // hash of the input and of the engine's configuration; wasmtime
            // still checks its header and version before using it.
            if let Ok(component) = unsafe { Component::deserialize_file(engine, &path) } {
                return Ok((component, true));
            }
        }
        let component = Component::new(engine, bytes)
            .map_err(anyhow::Error::from)
            .context("cannot compile the component")?;
        let serialized = component.serialize()?;
        fs::create_dir_all(&self.dir)
            .with_context(|| format!("cannot create `{}`", self.dir.display()))?;
        write_atomically(&path, &serialized)?;
        Ok((component, false))
    }

    fn path(&self, engine: &Engine, bytes: &[u8]) -> PathBuf {
        let mut engine_hash = DefaultHasher::new();
        engine
            .precompile_compatibility_hash()
            .hash(&mut engine_hash);
        let digest = Sha256::digest(bytes);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        self.dir
            .join(format!("{hex}-{:016x}.cwasm", engine_hash.finish()))
    }
}

/// Writes beside the target, then renames: a concurrent reader (another
/// test process) never sees half a file.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    fs::write(&tmp, bytes).with_context(|| format!("cannot write `{}`", tmp.display()))?;
    fs::rename(&tmp, path).with_context(|| format!("cannot write `{}`", path.display()))?;
    Ok(())
}
