//! Compiles every runner × test pair of the sides the composition test
//! kept (`target/tmp/bindery-composition/sides/<case>/`) with Cranelift,
//! with or without its incremental cache, or with Winch, and prints the
//! wall time per case. `scripts/bench-composition` runs it with the cache
//! and with Winch and adds CPU times.
//!
//! ```sh
//! cargo run -p bindery-roundtrip --example composition_compile -- SIDES MODE
//! ```

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use bindery_roundtrip::composition::functions::FunctionCache;
use bindery_roundtrip::composition::graph;
use bindery_roundtrip::engine;
use wasmtime::Engine;
use wasmtime::component::Component;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [sides, mode] = &args[..] else {
        bail!(
            "usage: composition_compile SIDES plain|functions|unoptimized|functions-unoptimized|winch"
        );
    };
    let mut config = engine::config();
    let functions = Arc::new(FunctionCache::default());
    match mode.as_str() {
        "plain" => {}
        "functions" => {
            config.enable_incremental_compilation(functions.clone())?;
        }
        "unoptimized" => {
            config.cranelift_opt_level(wasmtime::OptLevel::None);
        }
        "functions-unoptimized" => {
            config.enable_incremental_compilation(functions.clone())?;
            config.cranelift_opt_level(wasmtime::OptLevel::None);
        }
        "winch" => {
            config.strategy(wasmtime::Strategy::Winch);
        }
        other => bail!("unknown mode `{other}`"),
    }
    let engine = Engine::new(&config)?;
    let mut cases: Vec<PathBuf> = std::fs::read_dir(sides)
        .with_context(|| format!("cannot read `{sides}`: run the composition test first"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    println!("{:<20} {:>6} {:>10}", "case", "pairs", "seconds");
    let started = Instant::now();
    let mut all_pairs = 0;
    for case in &cases {
        let (pairs, seconds) = compile_case(&engine, case)?;
        all_pairs += pairs;
        let name = case.file_name().unwrap_or_default().to_string_lossy();
        println!("{name:<20} {pairs:>6} {seconds:>10.1}");
    }
    let stats = functions.stats();
    println!(
        "{:<20} {all_pairs:>6} {:>10.1}   mode {mode}; function cache {} hits, {} misses",
        "all",
        started.elapsed().as_secs_f64(),
        stats.hits,
        stats.misses
    );
    Ok(())
}

/// Composes and compiles every pair of one case's sides.
fn compile_case(engine: &Engine, dir: &Path) -> Result<(usize, f64)> {
    let side = |role: &str| -> Result<Vec<Vec<u8>>> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(role))
            })
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| std::fs::read(p).with_context(|| format!("cannot read `{}`", p.display())))
            .collect()
    };
    let (runners, tests) = (side("runner-")?, side("test-")?);
    let started = Instant::now();
    let mut pairs = 0;
    for runner in &runners {
        for test in &tests {
            let composed = graph::compose(runner, test)?;
            Component::new(engine, &composed).map_err(anyhow::Error::from)?;
            pairs += 1;
        }
    }
    Ok((pairs, started.elapsed().as_secs_f64()))
}
