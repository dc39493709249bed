//! Generation measured per tool, language and world: CPU and wall time of
//! reading the WIT, generating and writing the files into a new
//! directory, and the peak heap meanwhile.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use bindery::{Generator, Language};

use crate::measure::{Cost, PeakAlloc, costs};
use crate::report::{Report, Target, ratio};
use crate::table::{Bytes, cell};
use crate::worlds::{self, World};

/// Generated files: relative path and contents.
pub type Files = Vec<(String, Vec<u8>)>;

/// A bindings generator: bindery, or the one compared against.
pub trait Tool {
    fn name(&self) -> &'static str;

    /// Whether it writes bindings for this language.
    fn supports(&self, language: Language) -> bool;

    /// Reads the world's WIT and generates, in memory.
    fn files(&self, language: Language, world: &World) -> Result<Files>;

    /// Reads the world's WIT, generates, and writes the files under `out`
    /// (a directory that does not exist yet), as the tool's command does.
    fn generate(&self, language: Language, world: &World, out: &Path) -> Result<()>;
}

/// bindery through its library API, as a build tool uses it.
#[derive(Debug)]
pub struct Bindery;

impl Bindery {
    fn generator(language: Language, world: &World) -> Generator {
        let generator = Generator::new(&world.wit).language(language);
        match &world.name {
            Some(name) => generator.world(name),
            None => generator,
        }
    }
}

impl Tool for Bindery {
    fn name(&self) -> &'static str {
        "bindery"
    }

    fn supports(&self, _language: Language) -> bool {
        true
    }

    fn files(&self, language: Language, world: &World) -> Result<Files> {
        let generated = Bindery::generator(language, world).generate()?;
        Ok(generated
            .files
            .iter()
            .map(|(path, contents)| (path.to_string(), contents.to_vec()))
            .collect())
    }

    fn generate(&self, language: Language, world: &World, out: &Path) -> Result<()> {
        Bindery::generator(language, world).write_to(out)?;
        Ok(())
    }
}

/// Parts of bindery's run, measured alone beside the tools on the `proxy`
/// world against wit-bindgen's whole run: the floors a language's ratio
/// cannot go below (see the README).
#[derive(Debug)]
pub enum Floor {
    /// wit-parser reading the WIT and selecting the world: the very calls
    /// bindery and wit-bindgen both make first, so no change to bindery's
    /// own code can take a ratio below it. Writes nothing.
    WitParser,
    /// bindery's front end: that read, then building the IR. Writes
    /// nothing.
    FrontEnd,
    /// The front end, then writing the files bindery generated for this
    /// world beforehand, as `write_to` writes them: bindery's whole run
    /// if generating the bindings took no time at all.
    FrontEndAndWriting(bindery::Files),
}

impl Floor {
    /// Every floor of `language` on `world`, in the order the table shows
    /// them.
    pub fn all(language: Language, world: &World) -> Result<[Floor; 3]> {
        let files = Bindery::generator(language, world).generate()?.files;
        Ok([
            Floor::WitParser,
            Floor::FrontEnd,
            Floor::FrontEndAndWriting(files),
        ])
    }

    /// What the floor's row of the table says it measures.
    pub fn describe(&self) -> &'static str {
        match self {
            Floor::WitParser => "wit-parser alone reading the WIT, the same call in both tools",
            Floor::FrontEnd => "bindery reading the WIT and building the IR, no bindings",
            Floor::FrontEndAndWriting(_) => {
                "bindery reading the WIT, building the IR and writing its files, generating none"
            }
        }
    }
}

impl Tool for Floor {
    fn name(&self) -> &'static str {
        match self {
            Floor::WitParser => "wit-parser",
            Floor::FrontEnd => "bindery-front-end",
            Floor::FrontEndAndWriting(_) => "bindery-front-end-and-writing",
        }
    }

    fn supports(&self, _language: Language) -> bool {
        true
    }

    fn files(&self, _language: Language, _world: &World) -> Result<Files> {
        Ok(Files::new())
    }

    fn generate(&self, language: Language, world: &World, out: &Path) -> Result<()> {
        match self {
            Floor::WitParser => {
                let mut resolve = wit_parser::Resolve::default();
                let (package, _) = resolve.push_path(&world.wit)?;
                resolve.select_world(&[package], world.name.as_deref())?;
            }
            Floor::FrontEnd => {
                Bindery::generator(language, world).ir()?;
            }
            Floor::FrontEndAndWriting(files) => {
                Bindery::generator(language, world).ir()?;
                files.write(out)?;
            }
        }
        Ok(())
    }
}

/// Bindings that another build of the bench wrote with [`save`], one
/// directory per language: scripts/bench's release build, which has
/// wit-bindgen, writes wit-bindgen's bindings of the fuel world for the dev
/// build, which has wasmtime but not wit-bindgen.
#[derive(Debug)]
pub struct Saved {
    pub name: &'static str,
    pub dir: PathBuf,
}

impl Tool for Saved {
    fn name(&self) -> &'static str {
        self.name
    }

    fn supports(&self, language: Language) -> bool {
        self.dir.join(language.name()).is_dir()
    }

    fn files(&self, language: Language, _world: &World) -> Result<Files> {
        let root = self.dir.join(language.name());
        let mut files = Files::new();
        let mut dirs = vec![root.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir)
                .with_context(|| format!("cannot read `{}`", dir.display()))?
            {
                let path = entry?.path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let relative = path.strip_prefix(&root)?.to_string_lossy().into_owned();
                files.push((relative, std::fs::read(&path)?));
            }
        }
        files.sort();
        Ok(files)
    }

    fn generate(&self, _language: Language, _world: &World, _out: &Path) -> Result<()> {
        anyhow::bail!("saved bindings cannot be generated again")
    }
}

/// Writes `tool`'s bindings of `world` for every language it supports
/// into `dir/<language>/`, for [`Saved`] to read.
pub fn save(tool: &dyn Tool, world: &World, dir: &Path) -> Result<()> {
    for &language in Language::ALL {
        let out = dir.join(language.name());
        if out.exists() {
            std::fs::remove_dir_all(&out)?;
        }
        if !tool.supports(language) {
            continue;
        }
        for (path, contents) in tool.files(language, world)? {
            let path = out.join(path);
            std::fs::create_dir_all(path.parent().context("a file without a directory")?)?;
            std::fs::write(&path, contents)?;
        }
    }
    Ok(())
}

/// Measures `tools` on `world` in `language`, `runs` times each after a
/// warm-up, taking turns (see [`costs`]); each run writes into a new
/// directory under `scratch`.
pub fn measure(
    heap: &PeakAlloc,
    tools: &[&dyn Tool],
    language: Language,
    world: &World,
    scratch: &Path,
    runs: usize,
) -> Result<Vec<Cost>> {
    let mut roots = Vec::new();
    for tool in tools {
        roots.push(
            tempfile::Builder::new()
                .prefix(&format!("{}-{}-", tool.name(), language.name()))
                .tempdir_in(scratch)?,
        );
    }
    let mut works: Vec<_> = tools
        .iter()
        .zip(&roots)
        .map(|(tool, root)| {
            let mut run = 0;
            move || {
                run += 1;
                tool.generate(language, world, &root.path().join(run.to_string()))
                    .with_context(|| {
                        format!("{} {} on {}", tool.name(), language.name(), world.label)
                    })
            }
        })
        .collect();
    costs(heap, runs, &mut works)
}

/// The generation section: for each world a row per measure (CPU, wall
/// time, peak heap), a cell per language; and the targets of issue 13.
/// `rival` is wit-bindgen, when the bench is built with it.
pub fn section(heap: &PeakAlloc, rival: Option<&dyn Tool>, work: &Path) -> Result<Report> {
    // Runs per world: the median of several keeps a run disturbed by
    // another process out; the large world is slow enough to need fewer.
    let worlds = [
        (worlds::proxy()?, 31),
        (worlds::synthetic(&work.join("wit"), 20, 50)?, 11),
        (worlds::synthetic(&work.join("wit"), 200, 50)?, 5),
    ];
    let scratch = work.join("generated");
    std::fs::create_dir_all(&scratch)?;
    let mut report = Report::default();
    for (index, (world, runs)) in worlds.iter().enumerate() {
        let mut costs: Vec<(Cost, Option<Cost>)> = Vec::new();
        // Per language, on `proxy`: each floor, measured beside the same
        // runs of the two tools.
        let mut floors: Vec<Vec<(Floor, Cost)>> = Vec::new();
        for &language in Language::ALL {
            eprintln!("bench: {} bindings of {}", language.name(), world.label);
            let rival = rival.filter(|rival| rival.supports(language));
            let mut tools: Vec<&dyn Tool> = vec![&Bindery];
            tools.extend(rival);
            let floor = match index {
                0 => Vec::from(Floor::all(language, world)?),
                _ => Vec::new(),
            };
            tools.extend(floor.iter().map(|floor| floor as &dyn Tool));
            let mut measured = measure(heap, &tools, language, world, &scratch, *runs)?.into_iter();
            let ours = measured.next().context("no measure of bindery")?;
            let theirs = rival.and_then(|_| measured.next());
            if !floor.is_empty() {
                floors.push(floor.into_iter().zip(measured).collect());
            }
            costs.push((ours, theirs));
        }
        let mut row = |what: &str, cell: &dyn Fn(&Cost, Option<&Cost>) -> String| {
            let mut row = vec![format!("generation {what}, {}", world.label)];
            row.extend(
                costs
                    .iter()
                    .map(|(ours, theirs)| cell(ours, theirs.as_ref())),
            );
            report.rows.push(row);
        };
        row("CPU", &|o, t| cell(o.cpu, t.map(|t| t.cpu)));
        row("wall time", &|o, t| cell(o.wall, t.map(|t| t.wall)));
        row("peak heap", &|o, t| {
            cell(Bytes(o.peak_heap), t.map(|t| Bytes(t.peak_heap)))
        });
        if floors.len() == costs.len() {
            // What bindery cannot go below, against wit-bindgen's whole run.
            for (which, (floor, _)) in floors[0].iter().enumerate() {
                let mut row = vec![format!(
                    "generation CPU floor ({}), {}",
                    floor.describe(),
                    world.label
                )];
                row.extend(
                    floors.iter().zip(&costs).map(|(floor, (_, theirs))| {
                        cell(floor[which].1.cpu, theirs.map(|t| t.cpu))
                    }),
                );
                report.rows.push(row);
            }
        }
        for (language_index, (&language, (ours, theirs))) in
            Language::ALL.iter().zip(&costs).enumerate()
        {
            let Some(theirs) = theirs else { continue };
            let name = language.name();
            if index == 0 {
                let theirs_cpu = theirs.cpu.as_secs_f64();
                let cpu = ratio(ours.cpu.as_secs_f64(), theirs_cpu);
                let wall = ratio(ours.wall.as_secs_f64(), theirs.wall.as_secs_f64());
                let mut target = Target::ratio(name, "generation CPU, proxy", cpu, 0.7);
                if let Some(floor) = floors.get(language_index) {
                    let shares: Vec<String> = floor
                        .iter()
                        .map(|(which, cost)| {
                            let share = ratio(cost.cpu.as_secs_f64(), theirs_cpu);
                            format!("{} {share:.2}×", which.name())
                        })
                        .collect();
                    target.floor = Some(shares.join(", "));
                }
                report.targets.push(target);
                report
                    .targets
                    .push(Target::ratio(name, "generation wall, proxy", wall, 1.0));
            }
            if index == worlds.len() - 1 {
                let heap = ratio(ours.peak_heap as f64, theirs.peak_heap as f64);
                report
                    .targets
                    .push(Target::ratio(name, "peak heap, large world", heap, 1.0));
            }
        }
    }
    Ok(report)
}
