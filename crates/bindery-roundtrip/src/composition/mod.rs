//! Cross-language composition: in a case (`tests/composition/<case>/`), a
//! *runner* component in one language imports the case's interface and
//! checks every answer; a *test* component in another language exports
//! it. Each side is built once per language with the round trips'
//! toolchains ([`crate::guest::Toolchain`]); every runner × test pair is
//! composed in process ([`graph::compose`], wac-graph), compiled (cached
//! on disk like the round trips' components, and function by function in
//! memory across pairs) and its `run` called in wasmtime. The result is a
//! [`Matrix`] per case.
//!
//! ```no_run
//! use bindery_roundtrip::composition::{Composer, CompositionCase, Role};
//! use bindery_roundtrip::guest;
//!
//! let composer = Composer::new("target/tmp/composition", "target/tmp/roundtrip/shared", "tests/composition/support")?;
//! let rust = guest::toolchain(bindery::Language::Rust).expect("a Rust toolchain");
//! for case in CompositionCase::discover("tests/composition".as_ref())? {
//!     let runner = composer.build(&case, rust.as_ref(), Role::Runner);
//!     let test = composer.build(&case, rust.as_ref(), Role::Test);
//!     println!("{:?}", composer.pair(&case, &runner, &test).outcome);
//! }
//! # Ok::<(), anyhow::Error>(())
//! ```

pub mod case;
pub mod functions;
pub mod graph;
pub mod matrix;
mod run;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use wasmtime::Engine;

pub use case::{CompositionCase, ExpectedCell, Role};
pub use functions::CacheStats;
pub use matrix::{Cell, Matrix, Outcome};

use crate::case::Case;
use crate::engine::{self, Compiler, ComponentCache};
use crate::guest::{GuestBuild, Toolchain, mirror, write_if_changed};
use functions::FunctionCache;

/// The engine (with the function cache under Cranelift), the
/// compiled-component cache and the directories sides are built in.
pub struct Composer {
    engine: Engine,
    compiler: Compiler,
    functions: Arc<FunctionCache>,
    cache: ComponentCache,
    work: PathBuf,
    shared: PathBuf,
    support: PathBuf,
}

impl std::fmt::Debug for Composer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Composer")
            .field("work", &self.work)
            .finish()
    }
}

/// One side of a case in one language, built (or why not).
#[derive(Debug, Clone)]
pub struct Side {
    /// The toolchain's name: the language's, or one per engine for a
    /// language with several (`js-componentize`, `js-qjs`).
    pub language: &'static str,
    pub role: Role,
    pub state: SideState,
    pub build: Duration,
    /// The compiler's warnings (shown, not a failure).
    pub warnings: Option<String>,
}

impl Side {
    /// The component, or why the pairs using this side cannot run.
    fn component(&self) -> Result<&[u8], Outcome> {
        match &self.state {
            SideState::Built(bytes) => Ok(bytes),
            SideState::Missing(reason) => Err(Outcome::Skipped {
                reason: reason.clone(),
            }),
            SideState::Failed(_) => Err(Outcome::failed(
                &format!("the {} {} does not build", self.language, self.role),
                String::new(),
            )),
            SideState::Compiled(reason) => Err(Outcome::Compiled {
                reason: reason.clone(),
            }),
        }
    }
}

#[derive(Debug, Clone)]
pub enum SideState {
    Built(Vec<u8>),
    /// No guest in this language yet: its pairs are skipped, never passed.
    Missing(String),
    Failed(String),
    /// Compiled against its bindings, but its toolchain cannot make a
    /// component here ([`Toolchain::cannot_run`] says why): its pairs are
    /// counted apart, never as passed.
    Compiled(String),
}

impl Composer {
    /// `work` holds staged sources, builds and compiled compositions;
    /// `shared` the toolchains' caches (`<shared>/<toolchain>`: pass the
    /// round trips' to reuse their Go cache and Rust target directory);
    /// `support` the runners' shared check helpers (`<support>/<language>`).
    /// Compiles with the compiler `BINDERY_COMPOSITION_COMPILER` names
    /// ([`Compiler::from_env`]).
    pub fn new(
        work: impl Into<PathBuf>,
        shared: impl Into<PathBuf>,
        support: impl Into<PathBuf>,
    ) -> Result<Self> {
        let work = work.into();
        let functions = Arc::new(FunctionCache::default());
        // A composition repeats its two sides' inner modules (a 12 MB JS
        // engine, an 18 MB Python interpreter) and runs a few hundred
        // checks, so compiling is most of a pair's cost: Winch compiles
        // the 134 pairs in 0.47x the wall time of Cranelift with its
        // function cache (199 s against 428 s, `scripts/bench-composition`),
        // and the matrix is the same under both.
        let compiler = Compiler::from_env("BINDERY_COMPOSITION_COMPILER")?;
        let mut config = engine::config();
        match compiler {
            Compiler::Winch => {
                config.strategy(wasmtime::Strategy::Winch);
            }
            Compiler::Cranelift => {
                config.enable_incremental_compilation(functions.clone())?;
            }
        }
        Ok(Composer {
            engine: Engine::new(&config)?,
            compiler,
            functions,
            cache: ComponentCache::new(work.join("compiled")),
            work,
            shared: shared.into(),
            support: support.into(),
        })
    }

    /// The compiler composed components are compiled with.
    pub fn compiler(&self) -> Compiler {
        self.compiler
    }

    /// Function-cache hits and misses so far in this process (Cranelift
    /// only: Winch has no function cache).
    pub fn function_cache(&self) -> CacheStats {
        self.functions.stats()
    }

    /// Builds `case`'s `role` in `toolchain`'s language. A runner gets the
    /// language's check helpers from `support` beside its own files, and
    /// must import every function of the case's interfaces (a runner that
    /// forgot one fails here). A language that cannot run here is only
    /// compiled against its bindings (a compile error fails the side).
    pub fn build(&self, case: &CompositionCase, toolchain: &dyn Toolchain, role: Role) -> Side {
        let language = toolchain.language().name();
        let started = Instant::now();
        let mut side = Side {
            language: toolchain.name(),
            role,
            state: SideState::Missing(String::new()),
            build: Duration::ZERO,
            warnings: None,
        };
        if let Some(reason) = case.spec.unsupported.get(language) {
            side.state = unsupported(case, toolchain.language(), role, reason);
            return side;
        }
        let source = case.guest_dir(language, role);
        if !source.is_dir() {
            side.state =
                SideState::Missing(format!("no {language} {role} yet (`{}`)", source.display()));
            return side;
        }
        side.state = match toolchain.cannot_run() {
            Some(why) => match self.compile_side(case, toolchain, role, &source) {
                Ok(warnings) => {
                    side.warnings = warnings;
                    SideState::Compiled(why.to_string())
                }
                Err(e) => SideState::Failed(format!("{e:#}")),
            },
            None => match self.build_side(case, toolchain, role, &source) {
                Ok((component, warnings)) => {
                    side.warnings = warnings;
                    SideState::Built(component)
                }
                Err(e) => SideState::Failed(format!("{e:#}")),
            },
        };
        side.build = started.elapsed();
        side
    }

    fn build_side(
        &self,
        case: &CompositionCase,
        toolchain: &dyn Toolchain,
        role: Role,
        source: &Path,
    ) -> Result<(Vec<u8>, Option<String>)> {
        let name = toolchain.name();
        let side = case.side(role);
        let built = toolchain.build(&self.stage(&side, toolchain, role, source)?)?;
        // Kept for a look with wasm-tools and for scripts/bench-composition.
        write_if_changed(&self.side_path(case, name, role), &built.component)?;
        if role == Role::Runner {
            check_runner_imports(case, &built.component)?;
        }
        Ok((built.component, built.warnings))
    }

    /// Compiles a side that cannot be made into a component here; `Ok`
    /// carries the compiler's warnings.
    fn compile_side(
        &self,
        case: &CompositionCase,
        toolchain: &dyn Toolchain,
        role: Role,
        source: &Path,
    ) -> Result<Option<String>> {
        let side = case.side(role);
        toolchain.compile(&self.stage(&side, toolchain, role, source)?)
    }

    /// Stages a side's sources (and a runner's check helpers) where its
    /// toolchain builds them.
    fn stage<'a>(
        &self,
        side: &'a Case,
        toolchain: &dyn Toolchain,
        role: Role,
        source: &Path,
    ) -> Result<GuestBuild<'a>> {
        // Sources and check helpers are the language's; builds are kept
        // per toolchain (a language may have one per engine).
        let language = toolchain.language().name();
        let name = toolchain.name();
        let staged = self.work.join("staged").join(&side.name).join(name);
        if role == Role::Runner {
            mirror(&self.support.join(language), &staged)?;
        }
        mirror(source, &staged)?;
        Ok(GuestBuild {
            case: side,
            source: staged,
            work: self.work.join("guests").join(&side.name).join(name),
            shared: self.shared.join(name),
            // As in the round trips: an allocation the bindings lose
            // between two guests fails the pair like one lost to the host.
            leak_checks: true,
            // A runner reports its checks on stdout; a test only answers.
            prints: role == Role::Runner,
        })
    }

    /// Where the component of a built side is kept:
    /// `<work>/sides/<case>/<role>-<toolchain>.wasm`.
    pub fn side_path(&self, case: &CompositionCase, language: &str, role: Role) -> PathBuf {
        self.work
            .join("sides")
            .join(&case.name)
            .join(format!("{role}-{language}.wasm"))
    }

    /// A side built some other way (a hand-made component in the harness's
    /// own tests), checked like a built one.
    pub fn side(
        &self,
        case: &CompositionCase,
        language: &'static str,
        role: Role,
        component: Vec<u8>,
    ) -> Side {
        let checked = match role {
            Role::Runner => check_runner_imports(case, &component),
            Role::Test => Ok(()),
        };
        Side {
            language,
            role,
            state: match checked {
                Ok(()) => SideState::Built(component),
                Err(e) => SideState::Failed(format!("{e:#}")),
            },
            build: Duration::ZERO,
            warnings: None,
        }
    }

    /// Every pair of `sides` (built for `case`, runners and tests in
    /// `languages`), one after the other: compiling a pair already uses
    /// every core.
    pub fn matrix(
        &self,
        case: &CompositionCase,
        languages: &[&'static str],
        sides: Vec<Side>,
    ) -> Matrix {
        let find = |language: &str, role: Role| {
            sides
                .iter()
                .find(|s| s.language == language && s.role == role)
        };
        let mut cells = Vec::new();
        for runner in languages {
            for test in languages {
                if let (Some(r), Some(t)) = (find(runner, Role::Runner), find(test, Role::Test)) {
                    cells.push(self.pair(case, r, t));
                }
            }
        }
        let stale = stale_expectations(case, &cells);
        Matrix {
            case: case.name.clone(),
            checks: case.spec.checks,
            languages: languages.to_vec(),
            sides,
            cells,
            stale,
        }
    }

    /// Composes, compiles and runs one pair.
    pub fn pair(&self, case: &CompositionCase, runner: &Side, test: &Side) -> Cell {
        let mut cell = Cell::new(runner.language, test.language);
        let (runner_bytes, test_bytes) = match (runner.component(), test.component()) {
            (Ok(r), Ok(t)) => (r, t),
            (Err(why), Ok(_)) | (Ok(_), Err(why)) => {
                cell.outcome = why;
                return cell;
            }
            // The worse of the two: a failed side fails the pair, a
            // missing one skips it, and only two compiled-only sides make
            // a compiled-only pair.
            (Err(a), Err(b)) => {
                cell.outcome = if a.rank() >= b.rank() { a } else { b };
                return cell;
            }
        };
        let started = Instant::now();
        let composed = graph::compose(runner_bytes, test_bytes);
        cell.compose = started.elapsed();
        let composed = match composed {
            Ok(bytes) => bytes,
            Err(e) => {
                cell.outcome = Outcome::failed("compose", format!("{e:#}"));
                return cell;
            }
        };
        let started = Instant::now();
        let component = match self.cache.load(&self.engine, &composed) {
            Ok((component, cached)) => {
                cell.compile_cached = cached;
                component
            }
            Err(e) => {
                cell.outcome = Outcome::failed("compile", format!("{e:#}"));
                return cell;
            }
        };
        cell.compile = started.elapsed();
        let (outcome, elapsed) = run::run(&self.engine, &component, case.spec.checks);
        cell.outcome = expected(case, runner.language, test.language, outcome);
        cell.run = elapsed;
        cell
    }
}

/// A side `case.toml` marks unsupported in its language: skipped when
/// bindery refuses the side's world with a capability error, failed when
/// the entry is stale (bindery generates the bindings, or fails otherwise).
fn unsupported(
    case: &CompositionCase,
    language: bindery::Language,
    role: Role,
    reason: &str,
) -> SideState {
    let generated = bindery::Generator::new(&case.dir)
        .language(language)
        .world(role.world())
        .generate();
    match generated {
        Err(refusal) if refusal.message.contains("does not support") => {
            SideState::Missing(format!("unsupported: {reason} (bindery: {refusal})"))
        }
        Err(other) => SideState::Failed(format!(
            "case.toml marks {} unsupported ({reason}), but bindery fails otherwise: {other}",
            language.name()
        )),
        Ok(_) => SideState::Failed(format!(
            "case.toml marks {} unsupported ({reason}), but bindery generates the {role} world's bindings: write the guest and remove the entry",
            language.name()
        )),
    }
}

/// A failure the case lists as an engine's defect becomes
/// [`Outcome::Expected`].
fn expected(case: &CompositionCase, runner: &str, test: &str, outcome: Outcome) -> Outcome {
    let Outcome::Failed { first, detail } = outcome else {
        return outcome;
    };
    let entries = &case.spec.expected_failures;
    match entries
        .iter()
        .position(|e| e.matches(runner, test, &first, &detail))
    {
        Some(entry) => Outcome::Expected {
            first,
            entry,
            why: format!("{} ({})", entries[entry].reason, entries[entry].reproducer),
        },
        None => Outcome::Failed { first, detail },
    }
}

/// The case's expected failures that no cell showed although a pair with
/// their side passed: the defect is gone there (or the check moved), and
/// the entry must go or change. An entry whose side's pairs all failed by
/// other entries is not judged: with some languages filtered out, the
/// partner that shows it may be missing.
fn stale_expectations(case: &CompositionCase, cells: &[Cell]) -> Vec<String> {
    let side_of = |cell: &Cell, role: Role| match role {
        Role::Runner => cell.runner,
        Role::Test => cell.test,
    };
    case.spec
        .expected_failures
        .iter()
        .enumerate()
        .filter(|(index, e)| {
            let with_side = || cells.iter().filter(|c| side_of(c, e.role) == e.toolchain);
            let shown = with_side()
                .any(|c| matches!(c.outcome, Outcome::Expected { entry, .. } if entry == *index));
            let passed = with_side().any(|c| matches!(c.outcome, Outcome::Passed { .. }));
            !shown && passed
        })
        .map(|(_, e)| {
            format!(
                "{} {}: `{}` ({}; {})",
                e.toolchain, e.role, e.check, e.reason, e.reproducer
            )
        })
        .collect()
}

/// Every function of the case's interfaces must be imported by the runner,
/// that is called somewhere in it (linkers drop imports nothing calls).
fn check_runner_imports(case: &CompositionCase, runner: &[u8]) -> Result<()> {
    let imported = graph::imported_functions(runner)?;
    let mut missing = Vec::new();
    for (interface, functions) in case.runner_imports()? {
        let found = imported.get(&interface);
        for function in functions {
            if !found.is_some_and(|f| f.contains(&function)) {
                missing.push(format!("{interface}#{function}"));
            }
        }
    }
    if !missing.is_empty() {
        bail!("the runner never calls {}", missing.join(", "));
    }
    Ok(())
}
