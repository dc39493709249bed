//! A round-trip case as data: `tests/roundtrip/<case>/` holds `world.wit`
//! (and `deps/` if it needs them), `case.toml`, and one guest per language
//! in a folder named after the language (`rust/`, later `c/`, `go/`, …).
//!
//! `case.toml` says how the host behaves and which calls to make; every
//! value in it is WAVE text (see [`crate::wave`] for the extensions).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::engine::Switches;

/// One case directory, loaded.
#[derive(Debug, Clone)]
pub struct Case {
    /// The directory name, e.g. `scalars`.
    pub name: String,
    pub dir: PathBuf,
    pub spec: CaseSpec,
}

/// The contents of `case.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CaseSpec {
    /// One line saying what the case covers.
    pub about: String,
    /// The world, when `world.wit` (with its deps) has more than one.
    pub world: Option<String>,
    /// The exported interface that calls name when they do not say
    /// `iface#func` themselves; empty for world-level function exports.
    #[serde(default)]
    pub export: String,
    /// Host behaviour: imported interface → function name (or `*` for all
    /// the others) → behaviour.
    #[serde(default)]
    pub host: BTreeMap<String, BTreeMap<String, Behaviour>>,
    /// Large values, referred to by label from any value position.
    #[serde(default)]
    pub values: BTreeMap<String, NamedValue>,
    /// The calls, in order, on one instance.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// Checked after the last step (and after the harness dropped the
    /// handles it still holds): how many host resources of each imported
    /// resource type (`iface#name`) were created. Leaks and double drops
    /// are always failures, whether listed here or not.
    #[serde(default)]
    pub host_resources_created: BTreeMap<String, u32>,
    /// Checks known to fail on one harness toolchain because its engine or
    /// compiler is wrong (never because of bindery): each names a
    /// reproducer kept in the repository that shows the defect without
    /// bindery. A listed failure is reported but does not fail the case; a
    /// listed one that no longer fails does.
    #[serde(default, rename = "expected-failure")]
    pub expected_failures: Vec<ExpectedFailure>,
    /// Async imports (`iface#func`) whose host implementation yields once
    /// before it answers, so the guest sees the call blocked.
    #[serde(default)]
    pub yield_first: BTreeSet<String>,
    /// Languages (CLI names) whose guest toolchain cannot build the world,
    /// with the reason (`python = "componentize-py 0.25.1 has no map"`).
    /// bindery must refuse the world for them with a capability error
    /// (checked on every run); the case then counts as unsupported, never
    /// as passed.
    #[serde(default)]
    pub unsupported: BTreeMap<String, String>,
}

/// `[[expected-failure]]` in `case.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedFailure {
    /// The harness toolchain (`js-componentize`, `js-qjs`, …).
    pub toolchain: String,
    /// The start of the failure's description: `call f(1)`, `build`,
    /// `end of case: coverage`.
    pub check: String,
    /// A text the failure's detail must contain, where `check` alone would
    /// match more failures than the defect causes (`end of case`).
    #[serde(default)]
    pub detail: Option<String>,
    /// The defect, in one line.
    pub reason: String,
    /// A path, relative to the repository root, to a reproducer that shows
    /// the defect without bindery.
    pub reproducer: String,
}

impl ExpectedFailure {
    pub fn matches(&self, what: &str, detail: &str) -> bool {
        what.starts_with(&self.check) && self.detail.as_deref().is_none_or(|d| detail.contains(d))
    }
}

/// What an imported function does when the guest calls it.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Behaviour {
    /// `"echo"`, `"new"`, `"get"`, `"set"`, `"sink"`: see [`SimpleBehaviour`].
    Simple(SimpleBehaviour),
    /// `{ table = [{ args = "(1, 2)", result = "3" }, …] }`: answers each
    /// argument tuple listed; any other call is a failure.
    Table { table: Vec<TableRow> },
    /// `{ returns = "…" }`: always returns this value.
    Returns { returns: String },
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum SimpleBehaviour {
    /// Returns its argument; with several arguments, a tuple or record of
    /// them in order; with no result, returns nothing.
    Echo,
    /// Creates a host resource (of the `own<R>` result type) whose state is
    /// the argument (or a tuple of the arguments). For constructors and
    /// static factories.
    New,
    /// Returns the state of the resource passed first; an `own` handle is
    /// consumed (the host drops it).
    Get,
    /// Replaces the state of the resource passed first with the second
    /// argument.
    Set,
    /// Accepts anything, returns nothing.
    Sink,
    /// Never answers (async imports): the guest must cancel the call.
    Pending,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableRow {
    pub args: String,
    pub result: Option<String>,
}

/// A large value by recipe, so a case file needs no megabyte literals.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedValue {
    /// A WAVE string or list…
    pub repeat: String,
    /// …concatenated this many times.
    pub times: usize,
}

/// One thing to do on the instance.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "RawStep")]
pub enum Step {
    /// `{ call = "f(1, 2)", expect = "3" }`. `expect` is omitted for a
    /// function without result. A label in a resource position of `expect`
    /// binds the handle found there to that name for later steps. With
    /// `trap = "text"` instead, the call must trap with a message
    /// containing the text.
    ///
    /// `repeat = n` makes the same call n times (stopping at the first
    /// failure): with a large value, a guest that leaks a buffer per call
    /// runs out of memory (see `host::MEMORY_LIMIT`).
    Call {
        call: String,
        expect: Option<String>,
        trap: Option<String>,
        repeat: Option<u32>,
        /// `"peer"`: call a second instance of the guest in the same store
        /// (to pass streams of records or resources between instances).
        instance: Option<String>,
    },
    /// `{ concurrent = [{ call, expect }, …] }`: the calls run at once
    /// (async worlds), each result checked.
    Concurrent { concurrent: Vec<ConcurrentCall> },
    /// `{ echo = "f", values = ["1", "2"] }`: `f(v)` must return `v`, for
    /// each `v`.
    Echo { echo: String, values: Vec<String> },
    /// `{ drop = "g1" }`: drops a handle the host holds (an exported
    /// resource runs the guest's destructor).
    Drop { drop: String },
    /// `{ live = "iface#name", count = 1 }`: how many host resources of
    /// that type are alive now.
    Live { live: String, count: u32 },
}

/// One call of a [`Step::Concurrent`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConcurrentCall {
    pub call: String,
    pub expect: Option<String>,
}

/// Every key a step may have, so a misspelt one is named in the error
/// (an untagged enum would only say that nothing matched).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    call: Option<String>,
    expect: Option<String>,
    trap: Option<String>,
    repeat: Option<u32>,
    echo: Option<String>,
    values: Option<Vec<String>>,
    drop: Option<String>,
    live: Option<String>,
    count: Option<u32>,
    instance: Option<String>,
    concurrent: Option<Vec<ConcurrentCall>>,
}

impl TryFrom<RawStep> for Step {
    type Error = String;

    fn try_from(raw: RawStep) -> Result<Step, String> {
        let RawStep {
            call,
            expect,
            trap,
            repeat,
            echo,
            values,
            drop,
            live,
            count,
            instance,
            concurrent,
        } = raw;
        let call_keys =
            expect.is_some() || trap.is_some() || repeat.is_some() || instance.is_some();
        if let Some(concurrent) = concurrent {
            if call.is_some() || echo.is_some() || drop.is_some() || live.is_some() || call_keys {
                return Err("a `concurrent` step has only `concurrent`".into());
            }
            return Ok(Step::Concurrent { concurrent });
        }
        match (call, echo, drop, live) {
            (Some(call), None, None, None) if values.is_none() && count.is_none() => {
                if expect.is_some() && trap.is_some() {
                    return Err("a step has both `expect` and `trap`".into());
                }
                Ok(Step::Call {
                    call,
                    expect,
                    trap,
                    repeat,
                    instance,
                })
            }
            (None, Some(echo), None, None) if !call_keys && count.is_none() => Ok(Step::Echo {
                echo,
                values: values.ok_or("an `echo` step needs `values`")?,
            }),
            (None, None, Some(drop), None) if !call_keys && values.is_none() && count.is_none() => {
                Ok(Step::Drop { drop })
            }
            (None, None, None, Some(live)) if !call_keys && values.is_none() => Ok(Step::Live {
                live,
                count: count.ok_or("a `live` step needs `count`")?,
            }),
            _ => Err(
                "a step is one of `{ call, expect | trap, repeat, instance }`, `{ echo, values }`, \
                 `{ drop }`, `{ live, count }`, `{ concurrent }`"
                    .into(),
            ),
        }
    }
}

/// A case directory's name and its `case.toml`, parsed.
pub fn read_case_toml<T: DeserializeOwned>(dir: &Path) -> Result<(String, T)> {
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .with_context(|| format!("case directory `{}` has no name", dir.display()))?
        .to_string();
    let path = dir.join("case.toml");
    let text =
        fs::read_to_string(&path).with_context(|| format!("cannot read `{}`", path.display()))?;
    let spec = toml::from_str(&text).with_context(|| format!("in `{}`", path.display()))?;
    Ok((name, spec))
}

/// Every subdirectory of `root` with a `case.toml`, sorted by name.
pub fn case_dirs(root: &Path) -> Result<Vec<PathBuf>> {
    let mut dirs = Vec::new();
    for entry in fs::read_dir(root).with_context(|| format!("cannot read `{}`", root.display()))? {
        let path = entry?.path();
        if path.join("case.toml").is_file() {
            dirs.push(path);
        }
    }
    dirs.sort();
    Ok(dirs)
}

impl Case {
    /// The case with every `repeat` lowered to at most `limit`, for a
    /// toolchain whose marshalling is not bindery's to leak (see
    /// [`crate::guest::Toolchain::repeat_limit`]).
    pub fn with_repeats_at_most(&self, limit: u32) -> Case {
        let mut case = self.clone();
        for step in &mut case.spec.steps {
            if let Step::Call {
                repeat: Some(times),
                ..
            } = step
            {
                *times = (*times).min(limit);
            }
        }
        case
    }

    /// Loads `dir/case.toml`.
    pub fn load(dir: &Path) -> Result<Case> {
        let (name, spec): (String, CaseSpec) = read_case_toml(dir)?;
        if !dir.join("world.wit").is_file() {
            bail!("case `{name}` has no world.wit");
        }
        Ok(Case {
            name,
            dir: dir.to_path_buf(),
            spec,
        })
    }

    /// Every case under `root` (each subdirectory with a `case.toml`),
    /// sorted by name.
    pub fn discover(root: &Path) -> Result<Vec<Case>> {
        case_dirs(root)?.iter().map(|dir| Case::load(dir)).collect()
    }

    /// The functions the world imports and exports, as `iface#func` (and
    /// `#func` for the world's own), WASI left out: what the coverage check
    /// expects to see called. Read from the WIT, because a component only
    /// imports the functions its guest uses.
    pub fn world_functions(&self) -> Result<WorldFunctions> {
        let mut resolve = wit_parser::Resolve::default();
        let (package, _) = resolve
            .push_path(&self.dir)
            .with_context(|| format!("cannot read the WIT of `{}`", self.dir.display()))?;
        let world = resolve.select_world(&[package], self.spec.world.as_deref())?;
        let world = &resolve.worlds[world];
        let functions =
            |items: &wit_parser::IndexMap<wit_parser::WorldKey, wit_parser::WorldItem>| {
                let mut names = BTreeSet::new();
                for (key, item) in items {
                    match item {
                        wit_parser::WorldItem::Interface { id, .. } => {
                            let name = resolve.name_world_key(key);
                            if name.starts_with("wasi:") {
                                continue;
                            }
                            for func in resolve.interfaces[*id].functions.keys() {
                                names.insert(format!("{name}#{func}"));
                            }
                        }
                        wit_parser::WorldItem::Function(func) => {
                            names.insert(format!("#{}", func.name));
                        }
                        wit_parser::WorldItem::Type { .. } => {}
                    }
                }
                names
            };
        Ok(WorldFunctions {
            imports: functions(&world.imports),
            exports: functions(&world.exports),
        })
    }

    fn ir(&self) -> Result<bindery::Ir> {
        let mut generator = bindery::Generator::new(&self.dir);
        if let Some(world) = &self.spec.world {
            generator = generator.world(world);
        }
        generator
            .ir()
            .map_err(|e| anyhow::anyhow!("cannot read the case's world: {e}"))
    }

    /// The async switches the world needs; `None` for a synchronous world.
    pub fn switches(&self) -> Result<Option<Switches>> {
        Ok(self.ir()?.async_world.map(|world| Switches {
            error_context: world.host_features.error_context,
            // bindery's guests lift async exports with callbacks.
            stackful: false,
        }))
    }

    /// `Some(reason)` when `language`'s backend refuses the world (a
    /// capability it lacks, such as async functions).
    pub fn supported_by(&self, language: bindery::Language) -> Result<Option<String>> {
        let ir = self.ir()?;
        let backend = language.backend();
        Ok(backend
            .capabilities()
            .check(&ir, backend.name())
            .err()
            .map(|e| e.to_string()))
    }

    /// The folder holding this case's guest in one language.
    pub fn guest_dir(&self, language_dir: &str) -> PathBuf {
        self.dir.join(language_dir)
    }
}

/// See [`Case::world_functions`].
#[derive(Debug, Clone, Default)]
pub struct WorldFunctions {
    pub imports: BTreeSet<String>,
    pub exports: BTreeSet<String>,
}

/// Splits `iface#func(args…)` (or `func(args…)`) into the function path and
/// the WAVE text of the argument tuple.
pub fn split_call(call: &str) -> Result<(&str, &str)> {
    let open = call
        .find('(')
        .with_context(|| format!("call `{call}` has no argument list"))?;
    let (name, args) = call.split_at(open);
    Ok((name.trim(), args))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(text: &str) -> Result<Vec<Step>, String> {
        toml::from_str::<CaseSpec>(&format!("about = \"t\"\n{text}"))
            .map(|spec| spec.steps)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn steps_read_by_their_keys() {
        let read = steps(
            "steps = [{ call = \"f(1)\", expect = \"1\", repeat = 2 }, { echo = \"g\", values = [\"1\"] },\n\
             { drop = \"h\" }, { live = \"i#r\", count = 0 }]",
        )
        .unwrap();
        assert!(matches!(
            &read[0],
            Step::Call {
                repeat: Some(2),
                ..
            }
        ));
        assert!(matches!(&read[1], Step::Echo { .. }));
        assert!(matches!(&read[2], Step::Drop { .. }));
        assert!(matches!(&read[3], Step::Live { count: 0, .. }));
    }

    #[test]
    fn a_misspelt_key_is_named() {
        let err = steps("[[steps]]\ncall = \"f()\"\nexpcet = \"1\"\n").unwrap_err();
        assert!(err.contains("expcet"), "{err}");
        let err = steps("[[steps]]\ncall = \"f()\"\nvalues = []\n").unwrap_err();
        assert!(err.contains("a step is one of"), "{err}");
    }

    #[test]
    fn calls_split_at_the_argument_list() {
        assert_eq!(
            split_call("[method]g.f(a, (1, 2))").unwrap(),
            ("[method]g.f", "(a, (1, 2))")
        );
        assert_eq!(split_call("a:b/c#f()").unwrap(), ("a:b/c#f", "()"));
        assert!(split_call("f").is_err());
    }
}
