//! bindery's round-trip harness: for a case (`tests/roundtrip/<case>/`) and
//! a language, generate bindings with bindery, build the guest with the
//! language's real toolchain, run it in wasmtime against a dynamic host,
//! call every step of the case and compare each value that comes back.
//!
//! It only reads cases and builds guests in its work directory; it never
//! writes into the cases, the guests' sources or bindery's outputs.
//!
//! ```no_run
//! use bindery_roundtrip::{Harness, case::Case, guest};
//!
//! let harness = Harness::new("target/tmp/roundtrip")?;
//! for toolchain in guest::toolchains(bindery::Language::Rust) {
//!     for case in Case::discover("tests/roundtrip".as_ref())? {
//!         println!("{}", harness.run_case(&case, toolchain.as_ref()));
//!     }
//! }
//! # Ok::<(), anyhow::Error>(())
//! ```

pub mod case;
pub mod composition;
pub mod concurrent;
pub mod engine;
pub mod guest;
pub mod host;
pub mod runner;
pub mod wave;

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Result;
use wasmtime::Engine;

use crate::case::Case;
use crate::engine::{Compiler, ComponentCache, Switches};
use crate::guest::{GuestBuild, Toolchain};
use crate::runner::{Failure, RunReport};

/// The engines, the compiled-component cache and the work directory.
#[derive(Clone)]
pub struct Harness {
    engine: Engine,
    compiler: Compiler,
    /// Engines for async worlds, by the switches they turn on.
    async_engines: Arc<Mutex<HashMap<Switches, Engine>>>,
    cache: ComponentCache,
    work: PathBuf,
}

impl fmt::Debug for Harness {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Harness").field("work", &self.work).finish()
    }
}

/// What happened to one case in one language.
#[derive(Debug)]
pub struct CaseOutcome {
    pub case: String,
    pub language: &'static str,
    /// Checks made (calls, drops, counts), when the guest ran.
    pub checks: usize,
    pub failures: Vec<Failure>,
    pub build: Duration,
    pub compile: Duration,
    pub compile_cached: bool,
    pub run: Duration,
    /// What the guest printed to stdout and stderr.
    pub guest_output: String,
    /// The compiler's warnings when building the guest (not a failure).
    pub build_warnings: Option<String>,
    /// Why the case did not run: it has no guest in this language yet.
    /// Guests of a new language land a few at a time; each missing one is
    /// printed and counted as skipped, never passed.
    pub skipped: Option<String>,
    /// Failures the case lists as expected for this toolchain (engine
    /// defects), with the reason and reproducer; they do not fail the case.
    pub expected: Vec<(Failure, String)>,
    /// The guest compiled against the bindings but cannot be made into a
    /// component on this machine (why): counted apart, never as passed.
    pub compiled_only: Option<String>,
    /// Why the case cannot run in this language (`unsupported` in
    /// `case.toml`), with bindery's refusal: counted apart, never passed.
    pub unsupported: Option<String>,
}

impl CaseOutcome {
    /// Nothing done yet: no checks, no failures, no time spent.
    fn new(case: &Case, language: &'static str) -> Self {
        CaseOutcome {
            case: case.name.clone(),
            language,
            checks: 0,
            failures: Vec::new(),
            build: Duration::ZERO,
            compile: Duration::ZERO,
            compile_cached: false,
            run: Duration::ZERO,
            guest_output: String::new(),
            build_warnings: None,
            skipped: None,
            expected: Vec::new(),
            compiled_only: None,
            unsupported: None,
        }
    }

    pub fn passed(&self) -> bool {
        self.failures.is_empty()
            && self.skipped.is_none()
            && self.compiled_only.is_none()
            && self.unsupported.is_none()
    }

    /// Compiled without failures, but not run (see [`CaseOutcome::compiled_only`]).
    pub fn compiled_not_run(&self) -> bool {
        self.failures.is_empty() && self.compiled_only.is_some()
    }
}

impl fmt::Display for CaseOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(reason) = &self.skipped {
            return writeln!(
                f,
                "roundtrip {}/{}: SKIPPED: {reason}",
                self.language, self.case
            );
        }
        if let Some(reason) = &self.unsupported {
            return writeln!(
                f,
                "roundtrip {}/{}: UNSUPPORTED: {reason}",
                self.language, self.case
            );
        }
        if let Some(why) = &self.compiled_only
            && self.failures.is_empty()
        {
            writeln!(
                f,
                "roundtrip {}/{}: compiled, cannot run here (compile {:.1} s): {why}",
                self.language,
                self.case,
                self.build.as_secs_f64()
            )?;
            return self.write_warnings(f);
        }
        let status = if self.passed() { "ok" } else { "FAILED" };
        writeln!(
            f,
            "roundtrip {}/{}: {status} ({} checks, {} failed, {} failed as expected; build {:.1} s, compile {:.1} s{}, run {:.2} s)",
            self.language,
            self.case,
            self.checks,
            self.failures.len(),
            self.expected.len(),
            self.build.as_secs_f64(),
            self.compile.as_secs_f64(),
            if self.compile_cached { " cached" } else { "" },
            self.run.as_secs_f64(),
        )?;
        self.write_warnings(f)?;
        for (failure, reason) in &self.expected {
            writeln!(
                f,
                "  expected failure {}/{}: {} ({reason})",
                self.language, self.case, failure.what
            )?;
        }
        for failure in &self.failures {
            write!(f, "  FAIL {}/{}: {failure}", self.language, self.case)?;
        }
        Ok(())
    }
}

impl CaseOutcome {
    fn write_warnings(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(warnings) = &self.build_warnings {
            writeln!(
                f,
                "  WARNING {}/{}: the guest built with warnings:",
                self.language, self.case
            )?;
            for line in warnings.lines() {
                writeln!(f, "    {line}")?;
            }
        }
        Ok(())
    }
}

impl Harness {
    /// `work` holds guest builds and compiled components (use a directory
    /// under the cargo target directory). Synchronous worlds' components
    /// are compiled with the compiler `BINDERY_ROUNDTRIP_COMPILER` names
    /// ([`Compiler::from_env`]: Winch unless it says `cranelift`); async
    /// worlds' always with Cranelift (a few small Rust and C guests).
    pub fn new(work: impl Into<PathBuf>) -> Result<Self> {
        let work = work.into();
        let compiler = Compiler::from_env("BINDERY_ROUNDTRIP_COMPILER")?;
        Ok(Harness {
            engine: engine::engine(compiler)?,
            compiler,
            async_engines: Arc::default(),
            cache: ComponentCache::new(work.join("compiled")),
            work,
        })
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The compiler of synchronous worlds' components.
    pub fn compiler(&self) -> Compiler {
        self.compiler
    }

    /// The engine for a world: the synchronous one, or one with the async
    /// switches the world needs.
    fn engine_for(&self, switches: Option<Switches>) -> Result<Engine> {
        let Some(switches) = switches else {
            return Ok(self.engine.clone());
        };
        let mut engines = self.async_engines.lock().unwrap();
        if let Some(engine) = engines.get(&switches) {
            return Ok(engine.clone());
        }
        let engine = engine::async_engine(switches)?;
        engines.insert(switches, engine.clone());
        Ok(engine)
    }

    /// Builds and runs `case`'s guest for `toolchain`'s language.
    pub fn run_case(&self, case: &Case, toolchain: &dyn Toolchain) -> CaseOutcome {
        let language = toolchain.language().name();
        let name = toolchain.name();
        let mut outcome = CaseOutcome::new(case, name);
        if let Some(reason) = case.spec.unsupported.get(language) {
            check_unsupported(case, toolchain.language(), reason, &mut outcome);
            return outcome;
        }
        // A world the language cannot express (async, for most) does not
        // apply to it: skipped with the backend's own reason. Unless the
        // case expects this toolchain's failures: those are checked.
        let expects_failures = case
            .spec
            .expected_failures
            .iter()
            .any(|f| f.toolchain == name);
        match case.supported_by(toolchain.language()) {
            _ if expects_failures => {}
            Ok(None) => {}
            Ok(Some(reason)) => {
                outcome.skipped = Some(format!("not applicable: {reason}"));
                return outcome;
            }
            Err(e) => {
                outcome.failures.push(Failure {
                    what: "read the world".into(),
                    detail: format!("{e:#}"),
                });
                return outcome;
            }
        }
        let source = case.guest_dir(language);
        if !source.is_dir() {
            outcome.skipped = Some(format!("no {language} guest yet (`{}`)", source.display()));
            return outcome;
        }
        let build = GuestBuild {
            case,
            source,
            work: self.work.join("guests").join(&case.name).join(name),
            shared: self.work.join("shared").join(name),
            leak_checks: true,
            prints: false,
        };
        let started = Instant::now();
        if let Some(why) = toolchain.cannot_run() {
            let compiled = toolchain.compile(&build);
            outcome.build = started.elapsed();
            match compiled {
                Ok(warnings) => {
                    outcome.build_warnings = warnings;
                    outcome.compiled_only = Some(why.to_string());
                }
                Err(e) => outcome.failures.push(Failure {
                    what: "compile".into(),
                    detail: format!("{e:#}"),
                }),
            }
            return outcome;
        }
        let built = toolchain.build(&build);
        outcome.build = started.elapsed();
        match built {
            Ok(built) => {
                outcome.build_warnings = built.warnings;
                let capped = toolchain
                    .repeat_limit()
                    .map(|n| case.with_repeats_at_most(n));
                self.run_into(
                    capped.as_ref().unwrap_or(case),
                    &built.component,
                    &mut outcome,
                );
            }
            Err(e) => outcome.failures.push(Failure {
                what: "build".into(),
                detail: format!("{e:#}"),
            }),
        }
        expect_failures(case, name, &mut outcome);
        outcome
    }

    /// Runs `case` on a component built some other way (a hand-made one in
    /// the harness's own tests).
    pub fn run_component(&self, case: &Case, language: &'static str, bytes: &[u8]) -> CaseOutcome {
        let mut outcome = CaseOutcome::new(case, language);
        self.run_into(case, bytes, &mut outcome);
        outcome
    }

    fn run_into(&self, case: &Case, bytes: &[u8], outcome: &mut CaseOutcome) {
        let switches = match case.switches() {
            Ok(switches) => switches,
            Err(e) => {
                outcome.failures.push(Failure {
                    what: "read the world".into(),
                    detail: format!("{e:#}"),
                });
                return;
            }
        };
        let engine = match self.engine_for(switches) {
            Ok(engine) => engine,
            Err(e) => {
                outcome.failures.push(Failure {
                    what: "engine".into(),
                    detail: format!("{e:#}"),
                });
                return;
            }
        };
        let started = Instant::now();
        let component = match self.cache.load(&engine, bytes) {
            Ok((component, cached)) => {
                outcome.compile_cached = cached;
                component
            }
            Err(e) => {
                outcome.failures.push(Failure {
                    what: "compile".into(),
                    detail: format!("{e:#}"),
                });
                return;
            }
        };
        outcome.compile = started.elapsed();
        let started = Instant::now();
        let report = runner::run(&engine, &component, case, switches.is_some());
        outcome.run = started.elapsed();
        match report {
            Ok(RunReport {
                checks,
                failures,
                output,
            }) => {
                outcome.checks = checks;
                outcome.failures.extend(failures);
                outcome.guest_output = output;
            }
            Err(e) => outcome.failures.push(Failure {
                what: "instantiate".into(),
                detail: format!("{e:#}"),
            }),
        }
    }
}

/// A case `case.toml` marks unsupported in a language: bindery must refuse
/// its world with a capability error, else the entry is stale.
fn check_unsupported(
    case: &Case,
    language: bindery::Language,
    reason: &str,
    outcome: &mut CaseOutcome,
) {
    let mut generator = bindery::Generator::new(&case.dir).language(language);
    if let Some(world) = &case.spec.world {
        generator = generator.world(world);
    }
    match generator.generate() {
        Err(refusal) if refusal.message.contains("does not support") => {
            outcome.unsupported = Some(format!("{reason} (bindery: {refusal})"));
        }
        Err(other) => outcome.failures.push(Failure {
            what: "unsupported".into(),
            detail: format!(
                "case.toml marks the case unsupported ({reason}), but bindery fails otherwise: {other}"
            ),
        }),
        Ok(_) => outcome.failures.push(Failure {
            what: "unsupported".into(),
            detail: format!(
                "case.toml marks the case unsupported ({reason}), but bindery generates its bindings: write the guest and remove the entry"
            ),
        }),
    }
}

/// Moves the failures `case.toml` expects for `toolchain` out of the
/// failures; an expectation that matches nothing (the defect is gone, or
/// the check was renamed) or names a missing reproducer is a failure.
fn expect_failures(case: &Case, toolchain: &str, outcome: &mut CaseOutcome) {
    let root = case.dir.join("../../..");
    for expected in case
        .spec
        .expected_failures
        .iter()
        .filter(|e| e.toolchain == toolchain)
    {
        if !root.join(&expected.reproducer).exists() {
            outcome.failures.push(Failure {
                what: format!("expected failure `{}`", expected.check),
                detail: format!("its reproducer `{}` does not exist", expected.reproducer),
            });
        }
        let (matched, rest): (Vec<Failure>, Vec<Failure>) = std::mem::take(&mut outcome.failures)
            .into_iter()
            .partition(|f| expected.matches(&f.what, &f.detail));
        outcome.failures = rest;
        if matched.is_empty() {
            outcome.failures.push(Failure {
                what: format!("expected failure `{}` passes now", expected.check),
                detail: format!(
                    "{} (reproducer `{}`): remove it from case.toml if the defect is fixed",
                    expected.reason, expected.reproducer
                ),
            });
        }
        let label = format!("{}; reproducer {}", expected.reason, expected.reproducer);
        outcome
            .expected
            .extend(matched.into_iter().map(|f| (f, label.clone())));
    }
}
