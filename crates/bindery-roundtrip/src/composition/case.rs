//! A composition case as data: `tests/composition/<case>/` holds
//! `world.wit` (a package with a `runner` and a `test` world), `case.toml`
//! and, per language, `<language>/runner/` and `<language>/test/`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use wit_parser::{Resolve, WorldItem};

use crate::case::{Case, CaseSpec, case_dirs, read_case_toml};

/// One case directory, loaded.
#[derive(Debug, Clone)]
pub struct CompositionCase {
    /// The directory name, e.g. `scalars-strings`.
    pub name: String,
    pub dir: PathBuf,
    pub spec: CompositionSpec,
}

/// The contents of `case.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompositionSpec {
    /// One line saying what the case covers.
    pub about: String,
    /// How many checks every runner makes. Runners in all languages make
    /// the same checks, so a runner that skipped some, or returned early
    /// without trapping, is caught.
    pub checks: u32,
    /// Languages (CLI names) whose guest toolchain cannot build the case's
    /// worlds, with the reason (`python = "componentize-py 0.25.1 has no
    /// map"`). bindery must refuse each world for them with a capability
    /// error (checked on every run); their sides are then skipped with
    /// that reason, never counted as passed.
    #[serde(default)]
    pub unsupported: BTreeMap<String, String>,
    /// Cells known to fail because one side's engine or compiler is wrong
    /// (never because of bindery), each naming a reproducer that shows the
    /// defect without bindery. A listed failure is shown as `xfail` and
    /// does not fail the case; a listed one that no cell shows any more
    /// does.
    #[serde(default, rename = "expected-failure")]
    pub expected_failures: Vec<ExpectedCell>,
}

/// `[[expected-failure]]` in a composition's `case.toml`: every cell with
/// this side whose first failure starts with `check` (and whose detail
/// holds `detail`) is expected.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedCell {
    /// The side's toolchain (`js-componentize`, `js-qjs`, …).
    pub toolchain: String,
    pub role: Role,
    /// The start of the cell's first failure: `check failed: echo-u32 2147483648:`.
    pub check: String,
    /// A text the failure's detail (trap, output) must contain, where
    /// `check` alone would match more than the defect causes.
    #[serde(default)]
    pub detail: Option<String>,
    /// The defect, in one line.
    pub reason: String,
    /// A path, relative to the repository root, to the reproducer.
    pub reproducer: String,
}

impl ExpectedCell {
    /// Whether a failure of the pair `runner` × `test` is this one.
    pub fn matches(&self, runner: &str, test: &str, first: &str, detail: &str) -> bool {
        let side = match self.role {
            Role::Runner => runner,
            Role::Test => test,
        };
        side == self.toolchain
            && first.starts_with(&self.check)
            && self.detail.as_deref().is_none_or(|d| detail.contains(d))
    }
}

/// The two sides of a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Imports the case's interfaces, exports `run: func()`.
    Runner,
    /// Exports the case's interfaces.
    Test,
}

impl Role {
    pub const BOTH: [Role; 2] = [Role::Runner, Role::Test];

    /// The world's name in `world.wit`, and the guest folder's.
    pub fn world(self) -> &'static str {
        match self {
            Role::Runner => "runner",
            Role::Test => "test",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.world())
    }
}

impl CompositionCase {
    /// Loads `dir/case.toml`.
    pub fn load(dir: &Path) -> Result<CompositionCase> {
        let (name, spec): (String, CompositionSpec) = read_case_toml(dir)?;
        if spec.checks == 0 {
            bail!(
                "{}: `checks` must be more than 0",
                dir.join("case.toml").display()
            );
        }
        Ok(CompositionCase {
            name,
            dir: dir.to_path_buf(),
            spec,
        })
    }

    /// Every directory under `root` with a `case.toml`, sorted by name.
    pub fn discover(root: &Path) -> Result<Vec<CompositionCase>> {
        case_dirs(root)?
            .iter()
            .map(|dir| CompositionCase::load(dir))
            .collect()
    }

    /// Where the guest of `role` in `language` is written.
    pub fn guest_dir(&self, language: &str, role: Role) -> PathBuf {
        self.dir.join(language).join(role.world())
    }

    /// The round-trip harness's view of one side, which its toolchains
    /// build: the same WIT, the side's world, a name of its own (Rust
    /// guests are packages named after it in a shared target directory).
    pub fn side(&self, role: Role) -> Case {
        Case {
            name: format!("{}-{role}", self.name),
            dir: self.dir.clone(),
            spec: CaseSpec {
                about: self.spec.about.clone(),
                world: Some(role.world().to_string()),
                ..CaseSpec::default()
            },
        }
    }

    /// The functions of each interface the runner imports (WASI aside), by
    /// the interface's name in the component (`compose:lists/lists`): what
    /// every runner must call. Read from the WIT, because a runner's
    /// component imports only the functions it uses.
    pub fn runner_imports(&self) -> Result<BTreeMap<String, BTreeSet<String>>> {
        let mut resolve = Resolve::default();
        let (package, _) = resolve
            .push_path(&self.dir)
            .with_context(|| format!("cannot read the WIT of `{}`", self.dir.display()))?;
        let world = resolve.select_world(&[package], Some(Role::Runner.world()))?;
        let mut imports = BTreeMap::new();
        for item in resolve.worlds[world].imports.values() {
            let WorldItem::Interface { id, .. } = item else {
                continue;
            };
            let Some(name) = resolve.id_of(*id) else {
                continue;
            };
            if name.starts_with("wasi:") {
                continue;
            }
            let functions = resolve.interfaces[*id]
                .functions
                .values()
                .map(|f| f.name.clone())
                .collect();
            imports.insert(name, functions);
        }
        if imports.is_empty() {
            bail!(
                "{}: the runner world imports no interface to test",
                self.dir.display()
            );
        }
        Ok(imports)
    }
}
