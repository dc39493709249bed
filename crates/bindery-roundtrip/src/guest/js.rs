//! JavaScript guests, one toolchain per engine: the case's `js/` folder
//! (a TypeScript guest, `guest.ts`) is type-checked with `tsc --strict`
//! against bindery's declarations and emitted to JavaScript in the same
//! run, then componentized by ComponentizeJS 0.23 (`js-componentize`) or
//! componentize-qjs 0.4.5 (`js-qjs`), both from `languages/js/install`.
//!
//! Building a JavaScript component takes seconds (ComponentizeJS about
//! 8–10 s), so built components are kept in the toolchain's shared folder
//! under a hash of everything that goes in (engine, world, the emitted
//! JavaScript, the WIT files): a rerun with nothing changed builds nothing.
//! [`componentize`] is the reusable step: WIT + world + JavaScript →
//! component.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use bindery::Language;
use sha2::{Digest, Sha256};

use super::{Built, GuestBuild, Toolchain, mirror, run, write_if_changed};

/// A JavaScript engine that builds components.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// ComponentizeJS 0.23.0 (StarlingMonkey).
    ComponentizeJs,
    /// componentize-qjs 0.4.5 (QuickJS), with its synchronous runtime.
    Qjs,
}

impl Engine {
    fn binary(self) -> &'static str {
        match self {
            Engine::ComponentizeJs => "componentize-js",
            Engine::Qjs => "componentize-qjs",
        }
    }

    /// What the cache key and messages call it, with its pinned version.
    fn id(self) -> &'static str {
        match self {
            Engine::ComponentizeJs => "componentize-js 0.23.0",
            Engine::Qjs => "componentize-qjs 0.4.5",
        }
    }
}

pub struct JsToolchain {
    pub engine: Engine,
}

pub fn toolchains() -> Vec<Box<dyn Toolchain>> {
    vec![
        Box::new(JsToolchain {
            engine: Engine::ComponentizeJs,
        }),
        Box::new(JsToolchain {
            engine: Engine::Qjs,
        }),
    ]
}

/// `.tools/js/node_modules/.bin`, where `languages/js/install` puts the tools.
pub fn tools_bin() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/js/node_modules/.bin")
}

/// The `tsc` options of the check and the emit: strict, ES2022 modules,
/// `Disposable` in the library (imported resources implement it).
pub const TSC_OPTIONS: &[&str] = &[
    "--strict",
    "--target",
    "es2022",
    "--module",
    "es2022",
    "--moduleResolution",
    "bundler",
    "--lib",
    "es2022,esnext.disposable",
    "--noEmitOnError",
    "--pretty",
    "false",
];

impl Toolchain for JsToolchain {
    fn language(&self) -> Language {
        Language::Js
    }

    fn name(&self) -> &'static str {
        match self.engine {
            Engine::ComponentizeJs => "js-componentize",
            Engine::Qjs => "js-qjs",
        }
    }

    /// The engines' own glue lifts and lowers every value (bindery writes
    /// declarations only), so the 600-call leak checks would test the
    /// engines, at minutes per case: two calls still show that a repeated
    /// call keeps working.
    fn repeat_limit(&self) -> Option<u32> {
        Some(2)
    }

    fn check(&self) -> Result<(), String> {
        for tool in ["tsc", self.engine.binary()] {
            if !tools_bin().join(tool).is_file() {
                return Err(format!("no {tool} in .tools/js: run languages/js/install"));
            }
        }
        Ok(())
    }

    fn build(&self, build: &GuestBuild<'_>) -> Result<Built> {
        let types = build.work.join("types");
        if !(build.keep_bindings() && types.is_dir()) {
            let _ = fs::remove_dir_all(&types);
            for (path, contents) in build.bindings(Language::Js)?.files.iter() {
                write_if_changed(&types.join(path), contents)?;
            }
        }
        let src = build.work.join("src");
        mirror(&build.source, &src)?;
        let dist = build.work.join("dist");
        let _ = fs::remove_dir_all(&dist);
        let mut inputs = files_with_extension(&types, "ts")?;
        inputs.extend(files_with_extension(&src, "ts")?);
        // One tsc run checks the guest against the declarations and, only
        // if it is clean, emits the JavaScript both engines build from.
        run(Command::new(tools_bin().join("tsc"))
            .args(TSC_OPTIONS)
            .arg("--rootDir")
            .arg(&src)
            .arg("--outDir")
            .arg(&dist)
            .args(&inputs))
        .context("the TypeScript guest does not type-check")?;
        let entry = dist.join("guest.js");
        if self.engine == Engine::Qjs {
            world_import_modules(build, &dist)?;
        }
        let world = build.case.spec.world.as_deref();
        let component = componentize(
            self.engine,
            &build.case.dir,
            world,
            &entry,
            &build.shared.join("components"),
        )?;
        Ok(Built {
            component,
            warnings: None,
        })
    }
}

/// componentize-qjs makes each function the world imports itself a global,
/// where ComponentizeJS (and the declarations) have a module of its name
/// with it as the default export: a one-line module per function, under
/// the module root's `node_modules`, gives the guest's `import f from 'f'`
/// the same meaning on both engines.
fn world_import_modules(build: &GuestBuild<'_>, dist: &Path) -> Result<()> {
    for name in build.case.world_functions()?.imports {
        let Some(function) = name.strip_prefix('#') else {
            continue;
        };
        write_if_changed(
            &dist.join("node_modules").join(function).join("index.js"),
            format!("export default globalThis.{};\n", lower_camel(function)).as_bytes(),
        )?;
    }
    Ok(())
}

/// `log-twice` → `logTwice`: how the engines name a WIT function in
/// JavaScript.
fn lower_camel(kebab: &str) -> String {
    let mut out = String::new();
    for (i, word) in kebab.split('-').enumerate() {
        let mut chars = word.chars();
        if let (true, Some(first)) = (i > 0, chars.next()) {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        } else {
            out.push_str(word);
        }
    }
    out
}

/// Builds a component from JavaScript with `engine`: the ES module at
/// `entry` (with the modules it imports beside it) implementing `world` of
/// the WIT at `wit`. Components are kept in `cache` under a hash of the
/// inputs.
pub fn componentize(
    engine: Engine,
    wit: &Path,
    world: Option<&str>,
    entry: &Path,
    cache: &Path,
) -> Result<Vec<u8>> {
    let root = entry.parent().context("the entry module has no folder")?;
    let mut hash = Sha256::new();
    hash.update(engine.id());
    hash.update(world.unwrap_or(""));
    for (label, dir) in [("js", root), ("wit", wit)] {
        for path in files_with_extension(dir, if label == "js" { "js" } else { "wit" })? {
            hash.update(path.to_string_lossy().as_bytes());
            hash.update(fs::read(&path)?);
        }
    }
    let key: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    let cached = cache.join(format!("{key}.wasm"));
    if let Ok(bytes) = fs::read(&cached) {
        return Ok(bytes);
    }
    fs::create_dir_all(cache)?;
    // Built beside the cache, never beside the sources.
    let out = cache.join(format!("{key}.{}.partial.wasm", std::process::id()));
    let mut command = Command::new(tools_bin().join(engine.binary()));
    match engine {
        Engine::ComponentizeJs => {
            command
                .arg(entry)
                .arg("--wit")
                .arg(wit)
                // Not the wasi:http machinery: the cases have no use for it.
                .args(["-d", "http", "fetch-event"]);
        }
        Engine::Qjs => {
            command
                .arg("--wit")
                .arg(wit)
                .arg("--js")
                .arg(entry)
                .arg("--module-root")
                .arg(root)
                .arg("--sync");
        }
    }
    if let Some(world) = world {
        command.arg("-n").arg(world);
    }
    command.arg("-o").arg(&out);
    run(&mut command).with_context(|| format!("{} cannot build the guest", engine.id()))?;
    let bytes = fs::read(&out).with_context(|| format!("cannot read `{}`", out.display()))?;
    if bytes.is_empty() {
        bail!("{} wrote an empty component", engine.id());
    }
    fs::rename(&out, &cached).with_context(|| format!("cannot write `{}`", cached.display()))?;
    Ok(bytes)
}

/// The files under `dir` whose names end in `.<extension>`, sorted.
fn files_with_extension(dir: &Path, extension: &str) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in
            fs::read_dir(&next).with_context(|| format!("cannot read `{}`", next.display()))?
        {
            let path = entry?.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "node_modules") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == extension) {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}
