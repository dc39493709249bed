//! One fuzz run: every world of every package through every language, a
//! sample of the outputs per language compiled, and the summary.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use bindery::Language;
use bindery_corpus::compile::{self, Unit};

use crate::generate::{self, Finding, Generation, Stage};
use crate::seeds::{self, Rng, WitFiles};

/// One world's output in one language, ready to compile.
pub struct Output {
    input: String,
    world: String,
    language: Language,
    unit: Unit,
    files: WitFiles,
}

#[derive(Default)]
pub struct Counts {
    generated: usize,
    refused: usize,
    compiled: usize,
    compile_failed: usize,
}

/// A uniform random sample of the outputs of one language, kept as they
/// come (reservoir sampling), so a long run holds at most `size` outputs
/// in memory; `None` keeps every one.
struct Sample {
    size: Option<usize>,
    seen: usize,
    kept: Vec<Output>,
}

impl Sample {
    fn new(size: Option<usize>) -> Sample {
        Sample {
            size,
            seen: 0,
            kept: Vec::new(),
        }
    }

    fn offer(&mut self, output: Output, rng: &mut Rng) {
        self.seen += 1;
        match self.size {
            Some(size) if self.kept.len() >= size => {
                let slot = rng.below(self.seen);
                if slot < size {
                    self.kept[slot] = output;
                }
            }
            _ => self.kept.push(output),
        }
    }
}

/// The state of a run.
pub struct Run {
    compile: Option<usize>,
    rng: Rng,
    pub findings: Vec<Finding>,
    samples: BTreeMap<&'static str, Sample>,
    counts: BTreeMap<&'static str, Counts>,
    worlds: usize,
    without_all_world: usize,
    units: usize,
    started: Instant,
    generation_time: f64,
    compile_times: Vec<String>,
    not_compiled: Vec<&'static str>,
}

impl Run {
    /// A run compiling `compile` outputs per language (`None`: all), its
    /// sample drawn with a generator seeded by `seed`.
    pub fn new(compile: Option<usize>, seed: u64) -> Run {
        Run {
            compile,
            rng: Rng::new(seed ^ 0x5eed),
            findings: Vec::new(),
            samples: BTreeMap::new(),
            counts: BTreeMap::new(),
            worlds: 0,
            without_all_world: 0,
            units: 0,
            started: Instant::now(),
            generation_time: 0.0,
            compile_times: Vec::new(),
            not_compiled: Vec::new(),
        }
    }

    /// Generates every world of a package in every language.
    pub fn package(&mut self, input: &str, mut files: WitFiles) {
        let dir = tempfile::tempdir().expect("a temporary directory");
        seeds::write(dir.path(), &files);
        let names = match generate::worlds(dir.path()) {
            Ok(names) => names,
            Err(err) if files["main.wit"].contains(seeds::ALL_WORLD) => {
                // The added world can be invalid (an interface that cannot
                // be both imported and exported): check the package without.
                self.without_all_world += 1;
                let main = files.get_mut("main.wit").expect("main.wit");
                let at = main
                    .find(&format!("\nworld {}", seeds::ALL_WORLD))
                    .expect("the added world");
                main.truncate(at + 1);
                seeds::write(dir.path(), &files);
                generate::worlds(dir.path())
                    .unwrap_or_else(|_| panic!("{input}: the package does not parse: {err}"))
            }
            Err(err) => panic!(
                "{input}: the package does not parse: {err}\n{}",
                seeds::show(&files)
            ),
        };
        for world in names {
            self.world(dir.path(), input, &files, &world);
        }
        self.generation_time = self.started.elapsed().as_secs_f64();
    }

    fn world(&mut self, dir: &Path, input: &str, files: &WitFiles, world: &str) {
        self.worlds += 1;
        let finding = |language, stage, detail| Finding {
            input: input.to_string(),
            world: world.to_string(),
            language,
            stage,
            detail,
            files: files.clone(),
        };
        if let Err((stage, detail)) = generate::front_end(dir, world) {
            self.findings.push(finding(None, stage, detail));
            return;
        }
        for &language in Language::ALL {
            let count = self.counts.entry(language.name()).or_default();
            match generate::generate(dir, world, language) {
                Generation::Files(generated, ir) => {
                    count.generated += 1;
                    self.units += 1;
                    let label = format!("{input}, world `{world}`");
                    let id = compile::unit_id(&format!("fuzz-{}", self.units), world);
                    let output = Output {
                        input: input.to_string(),
                        world: world.to_string(),
                        language,
                        unit: generate::unit(id, label, language, generated, &ir, (dir, world)),
                        files: files.clone(),
                    };
                    let compile = self.compile;
                    self.samples
                        .entry(language.name())
                        .or_insert_with(|| Sample::new(compile))
                        .offer(output, &mut self.rng);
                }
                Generation::Refused => count.refused += 1,
                Generation::Failed(stage, detail) => {
                    self.findings.push(finding(Some(language), stage, detail));
                }
            }
        }
    }

    /// Compiles the language's sample, 100 units at a time.
    pub fn compile(&mut self, language: Language) {
        let Some(check) = compile::check_for(language.name()) else {
            self.not_compiled.push(language.name());
            return;
        };
        let chosen = self
            .samples
            .remove(language.name())
            .map_or_else(Vec::new, |sample| sample.kept);
        let test = format!("the {} fuzz compile check", language.name());
        if chosen.is_empty() || !compile::available(check.as_ref(), &test) {
            return;
        }
        let timer = Instant::now();
        let work = generate::scratch(language.name());
        let count = self.counts.entry(language.name()).or_default();
        for (index, chunk) in chosen.chunks(100).enumerate() {
            // Nothing is shared between units: a fresh target directory per
            // chunk keeps the disk use of long runs bounded.
            let _ = std::fs::remove_dir_all(work.join("target"));
            // The packages' directories are gone by now, and checks that
            // make a component load the world again: each is written back
            // from its text.
            let _ = std::fs::remove_dir_all(work.join("wit"));
            let units: Vec<Unit> = chunk
                .iter()
                .map(|o| {
                    let mut unit = o.unit.clone();
                    let dir = work.join("wit").join(&unit.id);
                    seeds::write(&dir, &o.files);
                    unit.options.path = dir;
                    unit
                })
                .collect();
            let failed = check.run(&units, &work);
            count.compiled += units.len();
            count.compile_failed += failed.len();
            for failure in failed {
                let output = chunk
                    .iter()
                    .find(|o| o.unit.label == failure.label)
                    .expect("failures name their unit");
                self.findings.push(Finding {
                    input: output.input.clone(),
                    world: output.world.clone(),
                    language: Some(output.language),
                    stage: Stage::Compile,
                    detail: failure.message,
                    files: output.files.clone(),
                });
            }
            if chosen.len() > 100 {
                compile::say(&format!(
                    "fuzz: {}: {} of {} compiled, {} failed, {:.0} s\n",
                    language.name(),
                    index * 100 + chunk.len(),
                    chosen.len(),
                    count.compile_failed,
                    timer.elapsed().as_secs_f64()
                ));
            }
        }
        let seconds = timer.elapsed().as_secs_f64();
        self.compile_times
            .push(format!("{} {seconds:.0} s", language.name()));
    }

    /// The table of what happened, headed by what the inputs were.
    pub fn summary(&self, inputs: &str) -> String {
        let mut summary = String::new();
        let _ = writeln!(
            summary,
            "fuzz: {inputs}: {} worlds ({} packages without the all-interfaces world)",
            self.worlds, self.without_all_world
        );
        let _ = writeln!(
            summary,
            "  {:<10} {:>9} {:>8} {:>9} {:>8}",
            "language", "generated", "refused", "compiled", "failed"
        );
        for (name, count) in &self.counts {
            let _ = writeln!(
                summary,
                "  {name:<10} {:>9} {:>8} {:>9} {:>8}",
                count.generated, count.refused, count.compiled, count.compile_failed
            );
        }
        let _ = writeln!(
            summary,
            "  time: generation {:.0} s, compile {}; {} failure(s)",
            self.generation_time,
            self.compile_times.join(", "),
            self.findings.len()
        );
        if !self.not_compiled.is_empty() {
            let _ = writeln!(
                summary,
                "  no compile check yet: {}",
                self.not_compiled.join(", ")
            );
        }
        summary
    }
}
