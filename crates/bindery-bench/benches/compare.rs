//! `scripts/bench`: bindery side by side with wit-bindgen 0.63, printed
//! as one table (see the crate's documentation).
//!
//! ```text
//! compare [generation] [fuel] [--save FILE] [--with FILE]...
//!         [--export-fuel-bindings DIR] [--fuel-bindings DIR]
//! ```
//!
//! Measures the sections named (both when neither is, unless only
//! `--with` or `--export-fuel-bindings` is asked for), then prints the table
//! of them and of every report given with `--with`; with `--save` it
//! writes its report to FILE instead of printing it, for a later run to
//! print with its own. scripts/bench measures generation in a release
//! build with wit-bindgen and without wasmtime, and fuel in the dev build
//! with wasmtime and without wit-bindgen: the first writes wit-bindgen's
//! bindings of the fuel world (`--export-fuel-bindings`), the second
//! builds wit-bindgen's guests from them (`--fuel-bindings`).

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use bindery::Language;
use bindery_bench::generation::{self, Saved, Tool};
use bindery_bench::measure::PeakAlloc;
use bindery_bench::report::Report;
use bindery_bench::table::Table;
use bindery_bench::worlds;

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc::new();

/// What the command line asks for.
#[derive(Debug, Default)]
struct Args {
    sections: Vec<String>,
    save: Option<PathBuf>,
    with: Vec<PathBuf>,
    export_fuel_bindings: Option<PathBuf>,
    fuel_bindings: Option<PathBuf>,
}

const SECTIONS: [&str; 2] = ["generation", "fuel"];

fn args() -> Result<Args> {
    let mut args = Args::default();
    let mut given = std::env::args().skip(1);
    while let Some(arg) = given.next() {
        let mut value = || -> Result<PathBuf> {
            Ok(given
                .next()
                .with_context(|| format!("{arg} needs a path"))?
                .into())
        };
        match arg.as_str() {
            "--save" => args.save = Some(value()?),
            "--with" => args.with.push(value()?),
            "--export-fuel-bindings" => args.export_fuel_bindings = Some(value()?),
            "--fuel-bindings" => args.fuel_bindings = Some(value()?),
            // cargo bench passes this to benches; accepted for habit's sake.
            "--bench" => {}
            section if SECTIONS.contains(&section) => args.sections.push(arg),
            other => bail!(
                "unknown argument `{other}` (sections: {}; options: --save FILE, --with FILE, \
                 --export-fuel-bindings DIR, --fuel-bindings DIR)",
                SECTIONS.join(", ")
            ),
        }
    }
    let asked_for_other_work = !args.with.is_empty() || args.export_fuel_bindings.is_some();
    if args.sections.is_empty() && !asked_for_other_work {
        args.sections = SECTIONS.iter().map(|s| s.to_string()).collect();
    }
    Ok(args)
}

/// wit-bindgen, if this build has it.
fn rival() -> Option<&'static dyn Tool> {
    #[cfg(feature = "wit-bindgen")]
    return Some(&bindery_bench::wit_bindgen::WitBindgen);
    #[cfg(not(feature = "wit-bindgen"))]
    None
}

fn measure(section: &str, args: &Args, work: &Path) -> Result<Report> {
    let saved = args.fuel_bindings.as_ref().map(|dir| Saved {
        name: "wit-bindgen",
        dir: dir.clone(),
    });
    let rival = match (section, &saved) {
        ("fuel", Some(saved)) => Some(saved as &dyn Tool),
        _ => rival(),
    };
    if rival.is_none() {
        eprintln!("bench: no wit-bindgen in this build: bindery's {section} values only");
    }
    match section {
        "generation" => generation::section(&HEAP, rival, work),
        #[cfg(feature = "fuel")]
        "fuel" => bindery_bench::fuel::section(rival, work),
        #[cfg(not(feature = "fuel"))]
        "fuel" => bail!("this build has no fuel section (built without the `fuel` feature)"),
        other => bail!("no section `{other}`"),
    }
}

fn print(report: &Report) {
    let mut table = Table::default();
    table.header.push("bindery ÷ wit-bindgen 0.63".into());
    table
        .header
        .extend(Language::ALL.iter().map(|l| l.name().to_string()));
    table.rows.clone_from(&report.rows);
    println!();
    println!("{table}");
    println!("Ratios are bindery ÷ wit-bindgen (lower is better); CPU and wall are medians,");
    println!("fuel is wasmtime's count per call (median of 7 after 3 warm-up calls);");
    println!("wit-bindgen's Go guest runs with GOGC=off: with its collector on, it traps");
    println!("when the collector runs inside cabi_realloc.");
    println!();
    println!("Targets (issue 13):");
    for target in &report.targets {
        println!(
            "  {} {}: {:.2}{} (at most {}{})",
            if target.met() { "met    " } else { "NOT MET" },
            target.what,
            target.value,
            target.unit,
            target.limit,
            target.unit
        );
        if let Some(floor) = &target.floor {
            println!("            floor: {floor}");
        }
    }
}

fn main() -> Result<()> {
    let started = Instant::now();
    let args = args()?;
    let work = worlds::workspace_root().join("target/bindery-bench");
    std::fs::create_dir_all(&work)?;
    let mut report = Report::default();
    for path in &args.with {
        report.extend(Report::load(path)?);
    }
    if let Some(dir) = &args.export_fuel_bindings {
        let rival = rival().context("--export-fuel-bindings needs the `wit-bindgen` feature")?;
        generation::save(rival, &worlds::fuel(), dir)?;
    }
    for section in &args.sections {
        report.extend(measure(section, &args, &work)?);
    }
    match &args.save {
        Some(path) => report.save(path)?,
        None => print(&report),
    }
    eprintln!("bench: done in {:.0} s", started.elapsed().as_secs_f64());
    Ok(())
}
