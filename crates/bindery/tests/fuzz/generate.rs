//! One world through one language: the outcomes, what counts as a
//! failure, and the check that a shrunk package still fails the same way.

use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use bindery::{Files, Generator, Ir, Language};
use bindery_corpus::compile::{self, Check, Unit};

use crate::minimize;
use crate::seeds::{self, WitFiles};

/// What went wrong, for grouping and for deciding that a smaller package
/// "fails the same way".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    FrontEndPanic,
    FrontEndError,
    Panic,
    Error,
    NoFiles,
    Nondeterministic,
    Compile,
}

impl Stage {
    pub fn describe(self) -> &'static str {
        match self {
            Stage::FrontEndPanic => "the front end panicked",
            Stage::FrontEndError => "the front end refused a valid world",
            Stage::Panic => "the backend panicked",
            Stage::Error => "the backend failed on a valid world (not a capability refusal)",
            Stage::NoFiles => "the backend succeeded without writing a file",
            Stage::Nondeterministic => "two generations differ",
            Stage::Compile => "the output does not compile",
        }
    }
}

/// One failure: where, how, and the package that shows it.
pub struct Finding {
    pub input: String,
    pub world: String,
    pub language: Option<Language>,
    pub stage: Stage,
    pub detail: String,
    pub files: WitFiles,
}

/// Runs `f`, turning a panic into `Err` with its message, without the
/// default hook printing it (a panic here is a finding, reported later).
pub fn catching<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    panic::set_hook(hook);
    result.map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(no message)".to_string())
    })
}

/// A capability refusal: one clear message naming the WIT item.
fn is_refusal(err: &bindery::Error) -> bool {
    err.exit_code() == 1
        && err.message.contains("backend does not support")
        && err.message.contains("used by")
}

pub fn generator(dir: &Path, world: &str) -> Generator {
    Generator::new(dir).world(world).all_features(true)
}

/// The worlds of the package in `dir` (sorted), or the parser's message.
pub fn worlds(dir: &Path) -> Result<Vec<String>, String> {
    let mut resolve = wit_parser::Resolve {
        all_features: true,
        ..Default::default()
    };
    let (package, _) = resolve.push_path(dir).map_err(|e| format!("{e:#}"))?;
    let mut names: Vec<String> = resolve.packages[package].worlds.keys().cloned().collect();
    names.sort();
    Ok(names)
}

/// What generating `world` of `dir` in `language` does.
pub enum Generation {
    Files(Files, Box<Ir>),
    Refused,
    Failed(Stage, String),
}

fn generate_once(dir: &Path, world: &str, language: Language) -> Generation {
    let ir = match front_end(dir, world) {
        Ok(ir) => ir,
        Err((stage, detail)) => return Generation::Failed(stage, detail),
    };
    let backend = language.backend();
    match catching(|| bindery_kit::generate(backend.as_ref(), &ir)) {
        Err(panic) => Generation::Failed(Stage::Panic, panic),
        Ok(Err(err)) if is_refusal(&err) => Generation::Refused,
        Ok(Err(err)) => Generation::Failed(Stage::Error, err.to_string()),
        Ok(Ok(files)) if files.is_empty() => Generation::Failed(Stage::NoFiles, String::new()),
        Ok(Ok(files)) => Generation::Files(files, Box::new(ir)),
    }
}

/// Generates twice (from two front-end runs) and compares.
pub fn generate(dir: &Path, world: &str, language: Language) -> Generation {
    let first = generate_once(dir, world, language);
    if let Generation::Files(files, _) = &first
        && let Generation::Files(again, _) = generate_once(dir, world, language)
        && &again != files
    {
        let differ: Vec<&str> = files
            .iter()
            .filter(|(path, contents)| again.get(path) != Some(*contents))
            .map(|(path, _)| path)
            .collect();
        return Generation::Failed(Stage::Nondeterministic, format!("files differ: {differ:?}"));
    }
    first
}

/// A compile unit of `files` (the bindings of `world` of the package in
/// `dir`) and the language's starter code.
pub fn unit(
    id: String,
    label: String,
    language: Language,
    files: Files,
    ir: &Ir,
    (dir, world): (&Path, &str),
) -> Unit {
    let stubs = language
        .backend()
        .stubs(ir)
        .unwrap_or_else(|err| panic!("{label}: stubs: {err}"));
    Unit {
        label,
        id,
        files,
        stubs,
        options: generator(dir, world).load_options().clone(),
    }
}

/// `<target>/<profile>/bindery-fuzz/<name>`, next to this test binary.
pub fn scratch(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary has a path");
    exe.parent()
        .and_then(Path::parent)
        .expect("test binaries live in <target>/<profile>/deps")
        .join("bindery-fuzz")
        .join(name)
}

/// Whether the front end builds the world's IR (a valid world must).
pub fn front_end(dir: &Path, world: &str) -> Result<Ir, (Stage, String)> {
    match catching(|| generator(dir, world).ir()) {
        Err(panic) => Err((Stage::FrontEndPanic, panic)),
        Ok(Err(err)) => Err((Stage::FrontEndError, err.to_string())),
        Ok(Ok(ir)) => Ok(ir),
    }
}

/// Whether `files` still fail like `finding` (same world, language, stage).
fn still_fails(finding: &Finding, files: &WitFiles, check: Option<&dyn Check>) -> bool {
    let dir = tempfile::tempdir().expect("a temporary directory");
    seeds::write(dir.path(), files);
    let Some(language) = finding.language else {
        return front_end(dir.path(), &finding.world)
            .err()
            .map(|(stage, _)| stage)
            == Some(finding.stage);
    };
    match generate(dir.path(), &finding.world, language) {
        Generation::Failed(stage, _) => stage == finding.stage,
        Generation::Files(files, ir) if finding.stage == Stage::Compile => {
            let Some(check) = check else { return false };
            let unit = unit(
                "fuzz-minimize".into(),
                "minimizing".into(),
                language,
                files,
                &ir,
                (dir.path(), &finding.world),
            );
            let work = scratch(&format!("minimize-{}", language.name()));
            check
                .run(&[unit], &work)
                .first()
                .is_some_and(|failure| signature(&failure.message) == signature(&finding.detail))
        }
        _ => false,
    }
}

/// What identifies a compile failure: the step that failed (its first
/// line) and the first compiler error code in it, if any (`E0428`).
fn signature(message: &str) -> (String, Option<String>) {
    let step = message.lines().next().unwrap_or_default().to_string();
    let code = message.match_indices("error[E").next().map(|(at, _)| {
        message[at + 6..]
            .chars()
            .take_while(|c| *c != ']')
            .collect::<String>()
    });
    (step, code)
}

/// Shrinks the finding's package, keeps it on disk, and describes it.
pub fn report(finding: &Finding, budget: Duration) -> String {
    let check = finding.language.and_then(|l| compile::check_for(l.name()));
    let started = Instant::now();
    let (small, attempts) = minimize::minimize(finding.files.clone(), budget, &mut |f| {
        still_fails(finding, f, check.as_deref())
    });
    let language = finding.language.map_or("front end", |l| l.name());
    let dir_name: String = format!("{}-{}-{language}", finding.input, finding.world)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let kept = scratch("failures").join(dir_name);
    let _ = std::fs::remove_dir_all(&kept);
    seeds::write(&kept, &small);
    let mut text = format!(
        "{}, world `{}`, {language}: {}\n{}\n",
        finding.input,
        finding.world,
        finding.stage.describe(),
        finding
            .detail
            .lines()
            .take(30)
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let _ = write!(
        text,
        "minimised in {attempts} attempts ({:.0} s) to this package, kept in {}\n\
         (rerun it with BINDERY_FUZZ_WIT={} cargo test -p bindery --test fuzz):\n{}",
        started.elapsed().as_secs_f64(),
        kept.display(),
        kept.display(),
        seeds::show(&small)
    );
    text
}
