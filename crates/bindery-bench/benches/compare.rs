//! `scripts/bench`: bindery side by side with wit-bindgen 0.63, printed
//! as one table (see the crate's documentation). Arguments choose the
//! sections: `generation`, `fuel` (both when none is given).

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use bindery::Language;
use bindery_bench::fuel::{self, Call};
use bindery_bench::generation::{self, Bindery, Tool};
use bindery_bench::guests::{self, Workshop};
use bindery_bench::measure::{Cost, PeakAlloc};
use bindery_bench::table::{Bytes, Cell, Fuel, Quantity, Table};
use bindery_bench::worlds::{self, World};
use wit_bindgen_core::wit_parser::Resolve;
use wit_bindgen_core::{Files, WorldGenerator};

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc::new();

/// wit-bindgen 0.63 as its command line runs it: read the WIT, select
/// the world, generate, write every file.
struct WitBindgen;

impl WitBindgen {
    fn generator(language: Language) -> Option<Box<dyn WorldGenerator>> {
        match language.name() {
            "rust" => {
                let opts = wit_bindgen_rust::Opts {
                    generate_all: true,
                    ..Default::default()
                };
                Some(Box::new(opts.build()))
            }
            "c" => Some(wit_bindgen_c::Opts::default().build()),
            // Without gofmt: it runs as a separate process, which would
            // count against wit-bindgen (bindery's output needs no
            // formatter).
            "go" => Some(
                wit_bindgen_go::Opts {
                    format: wit_bindgen_go::Format::False,
                    ..Default::default()
                }
                .build(),
            ),
            _ => None,
        }
    }

    fn files(language: Language, world: &World) -> Result<Files> {
        let mut generator = Self::generator(language).context("no wit-bindgen generator")?;
        let mut resolve = Resolve::default();
        let (package, _) = resolve.push_path(&world.wit)?;
        let id = resolve.select_world(&[package], world.name.as_deref())?;
        let mut files = Files::default();
        generator.generate(&mut resolve, id, &mut files)?;
        Ok(files)
    }
}

impl Tool for WitBindgen {
    fn name(&self) -> &'static str {
        "wit-bindgen"
    }

    fn supports(&self, language: Language) -> bool {
        WitBindgen::generator(language).is_some()
    }

    fn generate(&self, language: Language, world: &World, out: &Path) -> Result<()> {
        for (name, contents) in WitBindgen::files(language, world)?.iter() {
            let path = out.join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, contents)?;
        }
        Ok(())
    }
}

/// A target of issue 13 and whether the run met it.
struct Target {
    what: String,
    value: f64,
    limit: f64,
    unit: &'static str,
}

impl Target {
    /// At most `limit` times wit-bindgen's.
    fn ratio(language: Language, what: &str, value: f64, limit: f64) -> Self {
        Target {
            what: format!("{}: {what}", language.name()),
            value,
            limit,
            unit: "×",
        }
    }
}

/// One cell of bindery's value against wit-bindgen's, if it has one.
fn cell<T: Quantity>(bindery: T, wit_bindgen: Option<T>) -> String {
    match wit_bindgen {
        Some(wit_bindgen) => Cell::Both {
            bindery,
            wit_bindgen,
        },
        None => Cell::BinderyOnly(bindery),
    }
    .to_string()
}

/// Generation: for each world, a row per measure; each language a cell.
fn generation(work: &Path, table: &mut Table, targets: &mut Vec<Target>) -> Result<()> {
    let worlds = [
        (worlds::proxy()?, 15),
        (worlds::synthetic(&work.join("wit"), 20, 50)?, 7),
        (worlds::synthetic(&work.join("wit"), 200, 50)?, 3),
    ];
    let scratch = work.join("generated");
    std::fs::create_dir_all(&scratch)?;
    for (index, (world, runs)) in worlds.iter().enumerate() {
        let mut costs: Vec<(Cost, Option<Cost>)> = Vec::new();
        for &language in Language::ALL {
            eprintln!("bench: {} bindings of {}", language.name(), world.label);
            let measure = |tool: &dyn Tool| {
                generation::measure(&HEAP, tool, language, world, &scratch, *runs).with_context(
                    || format!("{} {} on {}", tool.name(), language.name(), world.label),
                )
            };
            let theirs = match WitBindgen.supports(language) {
                true => Some(measure(&WitBindgen)?),
                false => None,
            };
            costs.push((measure(&Bindery)?, theirs));
        }
        let mut row = |what: &str, cell: &dyn Fn(&Cost, Option<&Cost>) -> String| {
            let mut row = vec![format!("generation {what}, {}", world.label)];
            row.extend(
                costs
                    .iter()
                    .map(|(ours, theirs)| cell(ours, theirs.as_ref())),
            );
            table.rows.push(row);
        };
        row("CPU", &|o, t| cell(o.cpu, t.map(|t| t.cpu)));
        row("wall time", &|o, t| cell(o.wall, t.map(|t| t.wall)));
        row("peak heap", &|o, t| {
            cell(Bytes(o.peak_heap), t.map(|t| Bytes(t.peak_heap)))
        });
        for (&language, (ours, theirs)) in Language::ALL.iter().zip(&costs) {
            let Some(theirs) = theirs else { continue };
            let ratio = |o: f64, t: f64| o / t.max(f64::MIN_POSITIVE);
            if index == 0 {
                let cpu = ratio(ours.cpu.value(), theirs.cpu.value());
                let wall = ratio(ours.wall.value(), theirs.wall.value());
                targets.push(Target::ratio(language, "generation CPU, proxy", cpu, 0.7));
                targets.push(Target::ratio(language, "generation wall, proxy", wall, 1.0));
            }
            if index == worlds.len() - 1 {
                let heap = ratio(ours.peak_heap as f64, theirs.peak_heap as f64);
                targets.push(Target::ratio(language, "peak heap, large world", heap, 1.0));
            }
        }
    }
    Ok(())
}

/// One language's fuel per call: bindery's, and wit-bindgen's if it has a guest.
type FuelColumn = (Vec<u64>, Option<Vec<u64>>);

/// Fuel: a row per call; each language with a guest toolchain a cell.
fn fuel(work: &Path, table: &mut Table, targets: &mut Vec<Target>) -> Result<()> {
    let engine = fuel::engine()?;
    let workshop = Workshop {
        root: work.join("guests"),
    };
    let go_pkg = worlds::package_dir("wit-bindgen-go")?.join("src/pkg");
    let world = World {
        label: "fuel".into(),
        wit: guests::fuel_dir().join("world.wit"),
        name: None,
    };
    let mut columns: Vec<Result<FuelColumn, String>> = Vec::new();
    for &language in Language::ALL {
        eprintln!("bench: {} guests", language.name());
        let ours = workshop.bindery(language);
        let theirs = WitBindgen.supports(language).then(|| {
            let files = WitBindgen::files(language, &world).map_err(|e| format!("{e:#}"))?;
            let files = files
                .iter()
                .map(|(p, c)| (p.to_string(), c.to_vec()))
                .collect();
            workshop.wit_bindgen(language, &files, &go_pkg)
        });
        let measure =
            |component: &[u8]| fuel::measure(&engine, component).map_err(|e| format!("{e:#}"));
        let column = ours.and_then(|ours| {
            let theirs = match theirs {
                Some(Ok(theirs)) => Some(measure(&theirs)?),
                Some(Err(why)) => {
                    eprintln!("bench: no wit-bindgen {} guest: {why}", language.name());
                    None
                }
                None => None,
            };
            Ok((measure(&ours)?, theirs))
        });
        if let Err(why) = &column {
            eprintln!("bench: no {} fuel row: {why}", language.name());
        }
        columns.push(column);
    }
    for (row_index, call) in Call::ALL.iter().enumerate() {
        let mut row = vec![format!("fuel per call, {}", call.label())];
        for column in &columns {
            row.push(match column {
                Ok((ours, theirs)) => cell(
                    Fuel(ours[row_index]),
                    theirs.as_ref().map(|t| Fuel(t[row_index])),
                ),
                Err(_) => "no guest toolchain".into(),
            });
        }
        table.rows.push(row);
    }
    for (&language, column) in Language::ALL.iter().zip(&columns) {
        let Ok((ours, Some(theirs))) = column else {
            continue;
        };
        let ratio = |call: Call| {
            let i = Call::ALL.iter().position(|c| *c == call).unwrap_or(0);
            ours[i] as f64 / theirs[i].max(1) as f64
        };
        match language.name() {
            "rust" => {
                for call in [Call::Empty, Call::EchoBytes] {
                    targets.push(Target::ratio(language, call.label(), ratio(call), 1.0));
                }
            }
            "c" => {
                for call in Call::ALL {
                    targets.push(Target::ratio(language, call.label(), ratio(call), 1.0));
                }
            }
            "go" => {
                let empty = ours[0] as f64;
                targets.push(Target {
                    unit: " fuel",
                    ..Target::ratio(language, "empty call", empty, 100.0)
                });
                let send = ratio(Call::SendBytes);
                targets.push(Target::ratio(language, Call::SendBytes.label(), send, 1.2));
            }
            _ => {}
        }
    }
    Ok(())
}

fn main() -> Result<()> {
    let started = Instant::now();
    let sections: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wanted = |name: &str| sections.is_empty() || sections.iter().any(|s| s == name);
    let work: PathBuf = worlds::workspace_root().join("target/bindery-bench");
    std::fs::create_dir_all(&work)?;
    let mut table = Table::default();
    table.header.push("bindery ÷ wit-bindgen 0.63".into());
    table
        .header
        .extend(Language::ALL.iter().map(|l| l.name().to_string()));
    let mut targets = Vec::new();
    if wanted("generation") {
        generation(&work, &mut table, &mut targets)?;
    }
    if wanted("fuel") {
        fuel(&work, &mut table, &mut targets)?;
    }
    println!();
    println!("{table}");
    println!("Ratios are bindery ÷ wit-bindgen (lower is better); CPU and wall are medians,");
    println!("fuel is wasmtime's count per call (median of 7 after 3 warm-up calls).");
    println!();
    println!("Targets (issue 13):");
    for target in &targets {
        let met = target.value <= target.limit;
        println!(
            "  {} {}: {:.2}{} (at most {}{})",
            if met { "met   " } else { "NOT MET" },
            target.what,
            target.value,
            target.unit,
            target.limit,
            target.unit
        );
    }
    eprintln!("bench: done in {:.0} s", started.elapsed().as_secs_f64());
    Ok(())
}
