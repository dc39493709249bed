//! Fuel per call: wasmtime counts one unit of fuel per wasm instruction
//! (roughly), the same from run to run on any machine, so it measures the
//! glue's work exactly. Each bench export of `fuel/world.wit` is called a
//! few times to warm up (first-call initialisation is not the glue's cost
//! per call), then measured; the median of the measured calls is the
//! result. Echoes are checked to come back equal.

use std::path::Path;

use anyhow::{Context, Result, bail};
use bindery::Language;
use wasmtime::component::{Component, Instance, Linker, ResourceTable, Val};
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

use crate::generation::Tool;
use crate::guests::{GuestError, Workshop};
use crate::measure::median;
use crate::report::{Report, Target};
use crate::table::{Fuel, Quantity, cell};
use crate::worlds;

/// The interface the bench calls.
const EXPORT: &str = "bench:fuel/run";
const HOST: &str = "bench:fuel/host";

const WARM_UP: usize = 3;
const MEASURED: usize = 7;

/// One measured call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    Empty,
    EchoBytes,
    EchoStrings,
    EchoItems,
    SendBytes,
}

impl Call {
    pub const ALL: [Call; 5] = [
        Call::Empty,
        Call::EchoBytes,
        Call::EchoStrings,
        Call::EchoItems,
        Call::SendBytes,
    ];

    /// What the table calls it.
    pub fn label(self) -> &'static str {
        match self {
            Call::Empty => "empty call (export, no params)",
            Call::EchoBytes => "echo list<u8> 1 MiB",
            Call::EchoStrings => "echo list<string> 10k",
            Call::EchoItems => "echo list<record{u32,string,f64}> 10k",
            Call::SendBytes => "guest calls host import with list<u8> 1 MiB",
        }
    }

    fn export(self) -> &'static str {
        match self {
            Call::Empty => "empty",
            Call::EchoBytes => "echo-bytes",
            Call::EchoStrings => "echo-strings",
            Call::EchoItems => "echo-items",
            Call::SendBytes => "send-bytes",
        }
    }

    fn args(self) -> Vec<Val> {
        const COUNT: u32 = 10_000;
        match self {
            Call::Empty | Call::SendBytes => Vec::new(),
            Call::EchoBytes => vec![Val::List(vec![Val::U8(7); 1 << 20])],
            Call::EchoStrings => vec![Val::List(
                (0..COUNT)
                    .map(|i| Val::String(format!("item-{i}")))
                    .collect(),
            )],
            Call::EchoItems => vec![Val::List(
                (0..COUNT)
                    .map(|i| {
                        Val::Record(vec![
                            ("id".into(), Val::U32(i)),
                            ("name".into(), Val::String(format!("item-{i}"))),
                            ("score".into(), Val::Float64(f64::from(i) / 8.0)),
                        ])
                    })
                    .collect(),
            )],
        }
    }
}

/// An engine that counts fuel.
pub fn engine() -> Result<Engine> {
    let mut config = Config::new();
    config.wasm_component_model(true).consume_fuel(true);
    Ok(Engine::new(&config)?)
}

struct State {
    wasi: WasiCtx,
    table: ResourceTable,
}

impl WasiView for State {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

/// One call's fuel, or why the guest could not make it (a trap, an engine
/// limit): the other calls are still measured.
pub type Spent = Result<u64, String>;

/// A linker with WASI and the `host` import.
fn linker(engine: &Engine) -> Result<Linker<State>> {
    let mut linker = Linker::<State>::new(engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
    linker
        .instance(HOST)?
        .func_new("sink", |_, _, _, _| Ok(()))?;
    Ok(linker)
}

/// Fuel per call of every [`Call`] for one component, in [`Call::ALL`]'s
/// order; `env` is the guest's environment. `Err` when the component
/// cannot be compiled or instantiated; a call that fails is that call's
/// `Err`, and the calls after it run in a new instance (a trapped
/// instance cannot be entered again).
pub fn measure(engine: &Engine, component: &[u8], env: &[(&str, &str)]) -> Result<Vec<Spent>> {
    let component = Component::new(engine, component)
        .map_err(anyhow::Error::from)
        .context("cannot compile the component")?;
    let linker = linker(engine)?;
    let instantiate = || -> Result<(Store<State>, Instance)> {
        let mut store = Store::new(
            engine,
            State {
                wasi: WasiCtx::builder().inherit_stderr().envs(env).build(),
                table: ResourceTable::new(),
            },
        );
        store.set_fuel(u64::MAX / 2)?;
        let instance = linker.instantiate(&mut store, &component)?;
        Ok((store, instance))
    };
    let mut live = instantiate()?;
    let mut fuel = Vec::new();
    for call in Call::ALL {
        let (store, instance) = &mut live;
        let spent = measure_call(store, instance, call);
        if spent.is_err() {
            live = instantiate()?;
        }
        fuel.push(spent.map_err(|e| root_cause(&e)));
    }
    Ok(fuel)
}

/// Fuel of one call: warm-up calls, then the median of the measured ones.
fn measure_call(store: &mut Store<State>, instance: &Instance, call: Call) -> Result<u64> {
    let interface = instance
        .get_export_index(&mut *store, None, EXPORT)
        .with_context(|| format!("the component does not export `{EXPORT}`"))?;
    let index = instance
        .get_export_index(&mut *store, Some(&interface), call.export())
        .with_context(|| format!("`{EXPORT}` has no `{}`", call.export()))?;
    let func = instance
        .get_func(&mut *store, index)
        .context("not a function")?;
    let args = call.args();
    let echoes = !args.is_empty();
    let mut results = vec![Val::Bool(false); usize::from(echoes)];
    let mut spent = Vec::with_capacity(MEASURED);
    for round in 0..WARM_UP + MEASURED {
        let before = store.get_fuel()?;
        func.call(&mut *store, &args, &mut results)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("calling `{}`", call.export()))?;
        if round >= WARM_UP {
            spent.push(before - store.get_fuel()?);
        }
        if echoes && results[..] != args[..] {
            bail!("`{}` did not return its argument", call.export());
        }
    }
    Ok(median(&mut spent))
}

/// What a cell says of a failed call: the innermost error's first line
/// (the whole chain goes to stderr).
fn root_cause(error: &anyhow::Error) -> String {
    eprintln!("bench: {error:#}");
    let cause = error.root_cause().to_string();
    let line = cause.lines().next().unwrap_or("").trim();
    const MAX: usize = 60;
    if line.chars().count() > MAX {
        format!("{}…", line.chars().take(MAX).collect::<String>())
    } else {
        line.to_string()
    }
}

/// The environment of wit-bindgen's guest. Its Go guest traps when the
/// collector runs inside `cabi_realloc` (the collector reads the clock, a
/// WASI import, while the host is allocating), which the 1 MiB echo
/// triggers at the default GOGC; with the collector off it runs, and
/// does less work than it would with it on, so its Go column flatters
/// wit-bindgen rather than bindery.
fn rival_env(language: Language) -> &'static [(&'static str, &'static str)] {
    match language.name() {
        "go" => &[("GOGC", "off")],
        _ => &[],
    }
}

/// The environment variable that limits the fuel section to some
/// languages: comma-separated names or aliases (`rust,c`, `js,py`).
pub const LANGUAGES_VAR: &str = "BINDERY_BENCH_LANGUAGES";

/// The languages named by [`LANGUAGES_VAR`]'s `value`, in
/// [`Language::ALL`]'s order; every language when it is unset or blank.
pub fn languages(value: Option<&str>) -> Result<Vec<Language>> {
    let Some(value) = value.filter(|v| !v.trim().is_empty()) else {
        return Ok(Language::ALL.to_vec());
    };
    let mut asked = Vec::new();
    for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let Some(language) = Language::from_name(name) else {
            let known: Vec<&str> = Language::ALL.iter().map(|l| l.name()).collect();
            bail!(
                "{LANGUAGES_VAR}: no language `{name}` (languages: {})",
                known.join(", ")
            );
        };
        asked.push(language);
    }
    Ok(Language::ALL
        .iter()
        .copied()
        .filter(|l| asked.contains(l))
        .collect())
}

/// One language's column of the fuel section.
enum Column {
    /// bindery's fuel per call, and wit-bindgen's if it has a guest.
    Measured(Vec<Spent>, Option<Vec<Spent>>),
    /// Left out by [`LANGUAGES_VAR`].
    NotAsked,
    /// No guest: what the cells say.
    NoGuest(String),
}

/// One cell of a measured column.
fn fuel_cell(ours: &Spent, theirs: Option<&Spent>) -> String {
    match (ours, theirs) {
        (Err(why), _) => format!("fails: {why}"),
        (Ok(ours), Some(Ok(theirs))) => cell(Fuel(*ours), Some(Fuel(*theirs))),
        (Ok(ours), Some(Err(why))) => {
            format!("{} (wit-bindgen's fails: {why})", Fuel(*ours).show())
        }
        (Ok(ours), None) => cell(Fuel(*ours), None),
    }
}

/// Every call's fuel, if every call ran.
fn all_ran(spent: &[Spent]) -> Option<Vec<u64>> {
    spent.iter().map(|s| s.as_ref().ok().copied()).collect()
}

/// The fuel section: a row per call, a cell per language (those
/// [`LANGUAGES_VAR`] names, or all); and the targets of issue 13.
/// `rival` is wit-bindgen, when the bench is built with it.
pub fn section(rival: Option<&dyn Tool>, work: &Path) -> Result<Report> {
    let asked = languages(std::env::var(LANGUAGES_VAR).ok().as_deref())?;
    let engine = engine()?;
    let workshop = Workshop {
        root: work.join("guests"),
    };
    let go_pkg = worlds::package_dir("wit-bindgen-go")?.join("src/pkg");
    let world = worlds::fuel();
    let measure = |component: &[u8], env: &[(&str, &str)]| {
        measure(&engine, component, env).map_err(|e| GuestError {
            cell: "cannot instantiate (see stderr)".into(),
            why: format!("{e:#}"),
        })
    };
    let mut columns: Vec<Column> = Vec::new();
    for &language in Language::ALL {
        if !asked.contains(&language) {
            columns.push(Column::NotAsked);
            continue;
        }
        eprintln!("bench: {} guests", language.name());
        let ours = match workshop.bindery(language) {
            Ok(ours) => measure(&ours, &[]),
            Err(missing) => Err(missing),
        };
        let ours = match ours {
            Ok(ours) => ours,
            Err(GuestError { cell, why }) => {
                eprintln!("bench: no {} fuel row: {why}", language.name());
                columns.push(Column::NoGuest(cell));
                continue;
            }
        };
        let theirs = rival.filter(|rival| rival.supports(language)).map(|rival| {
            let files = rival
                .files(language, &world)
                .map_err(|e| format!("{e:#}"))?;
            let guest = workshop
                .wit_bindgen(language, &files, &go_pkg)
                .map_err(|e| e.why)?;
            measure(&guest, rival_env(language)).map_err(|e| e.why)
        });
        let theirs = match theirs {
            Some(Ok(theirs)) => Some(theirs),
            Some(Err(why)) => {
                eprintln!("bench: no wit-bindgen {} guest: {why}", language.name());
                None
            }
            None => None,
        };
        columns.push(Column::Measured(ours, theirs));
    }
    let mut report = Report::default();
    for (index, call) in Call::ALL.iter().enumerate() {
        let mut row = vec![format!("fuel per call, {}", call.label())];
        row.extend(columns.iter().map(|column| match column {
            Column::Measured(ours, theirs) => {
                fuel_cell(&ours[index], theirs.as_ref().map(|t| &t[index]))
            }
            Column::NotAsked => format!("not measured ({LANGUAGES_VAR})"),
            Column::NoGuest(cell) => cell.clone(),
        }));
        report.rows.push(row);
    }
    for (&language, column) in Language::ALL.iter().zip(&columns) {
        if let Column::Measured(ours, Some(theirs)) = column
            && let (Some(ours), Some(theirs)) = (all_ran(ours), all_ran(theirs))
        {
            report
                .targets
                .extend(targets(language.name(), &ours, &theirs));
        }
    }
    Ok(report)
}

/// Issue 13's fuel targets for one language, from fuel per call in
/// [`Call::ALL`]'s order.
fn targets(language: &str, ours: &[u64], theirs: &[u64]) -> Vec<Target> {
    let ratio = |call: Call| {
        let i = Call::ALL.iter().position(|c| *c == call).unwrap_or(0);
        crate::report::ratio(ours[i] as f64, theirs[i] as f64)
    };
    let at_most = |calls: &[Call], limit: f64| -> Vec<Target> {
        calls
            .iter()
            .map(|&call| Target::ratio(language, call.label(), ratio(call), limit))
            .collect()
    };
    match language {
        "rust" => at_most(&[Call::Empty, Call::EchoBytes], 1.0),
        "c" => at_most(&Call::ALL, 1.0),
        "go" => {
            let empty = Target {
                unit: " fuel".into(),
                ..Target::ratio(language, Call::Empty.label(), ours[0] as f64, 100.0)
            };
            let mut targets = vec![empty];
            targets.extend(at_most(&[Call::SendBytes], 1.2));
            targets
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_default_to_all_and_keep_the_table_order() {
        assert_eq!(languages(None).unwrap(), Language::ALL);
        assert_eq!(languages(Some(" ")).unwrap(), Language::ALL);
        assert_eq!(
            languages(Some("py, rust,js")).unwrap(),
            [Language::Rust, Language::Js, Language::Python]
        );
    }

    #[test]
    fn an_unknown_language_is_named() {
        let error = languages(Some("rust,cobol")).unwrap_err().to_string();
        assert!(error.contains("`cobol`"), "{error}");
        assert!(error.contains(LANGUAGES_VAR), "{error}");
    }
}
