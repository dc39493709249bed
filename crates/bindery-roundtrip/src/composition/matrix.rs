//! A case's results as a matrix: one row per runner language, one column
//! per test language, and under it the first failing check of each failed
//! cell with its detail.

use std::fmt;
use std::time::Duration;

use super::{Side, SideState};

/// What happened to one pair.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// `run` returned and the runner made all of the case's checks.
    Passed { checks: u32 },
    /// `first` is the first failing check, or what failed instead
    /// (composing, compiling, a side's build); `detail` the rest.
    Failed { first: String, detail: String },
    /// Failed as `[[expected-failure]]` number `entry` of the case says
    /// (an engine's defect, with a reproducer, both in `why`): shown,
    /// counted apart.
    Expected {
        first: String,
        entry: usize,
        why: String,
    },
    /// A side has no guest in its language yet: never counted as passed.
    Skipped { reason: String },
    /// A side (or both) compiled against its bindings but cannot be made
    /// into a component here: counted apart, never as passed.
    Compiled { reason: String },
}

impl Outcome {
    pub fn failed(first: &str, detail: String) -> Outcome {
        Outcome::Failed {
            first: first.to_string(),
            detail,
        }
    }

    /// The matrix cell's text.
    fn mark(&self) -> &'static str {
        match self {
            Outcome::Passed { .. } => "ok",
            Outcome::Failed { .. } => "FAIL",
            Outcome::Expected { .. } => "xfail",
            Outcome::Skipped { .. } => "-",
            Outcome::Compiled { .. } => "comp",
        }
    }

    /// Which of two sides' reasons a pair that cannot run reports: the
    /// higher.
    pub(super) fn rank(&self) -> u8 {
        match self {
            Outcome::Passed { .. } => 0,
            Outcome::Compiled { .. } => 1,
            Outcome::Skipped { .. } => 2,
            Outcome::Expected { .. } => 3,
            Outcome::Failed { .. } => 4,
        }
    }
}

/// One runner × test pair.
#[derive(Debug, Clone)]
pub struct Cell {
    pub runner: &'static str,
    pub test: &'static str,
    pub outcome: Outcome,
    pub compose: Duration,
    pub compile: Duration,
    pub compile_cached: bool,
    pub run: Duration,
}

impl Cell {
    pub fn new(runner: &'static str, test: &'static str) -> Cell {
        Cell {
            runner,
            test,
            outcome: Outcome::Skipped {
                reason: String::new(),
            },
            compose: Duration::ZERO,
            compile: Duration::ZERO,
            compile_cached: false,
            run: Duration::ZERO,
        }
    }
}

/// A case's cells, and its sides (for their build failures, warnings and
/// times).
#[derive(Debug, Clone)]
pub struct Matrix {
    pub case: String,
    pub checks: u32,
    pub languages: Vec<&'static str>,
    pub sides: Vec<Side>,
    pub cells: Vec<Cell>,
    /// Expected failures (described) that no cell showed: each fails the case.
    pub stale: Vec<String>,
}

impl Matrix {
    pub fn passed(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Passed { .. }))
    }

    /// Failed cells, and stale expected failures.
    pub fn failed(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Failed { .. })) + self.stale.len()
    }

    /// Cells failing as the case expects (an engine's known defect).
    pub fn expected(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Expected { .. }))
    }

    pub fn skipped(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Skipped { .. }))
    }

    /// Pairs with a side that was only compiled (it cannot run here).
    pub fn compiled(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Compiled { .. }))
    }

    fn count(&self, which: impl Fn(&Outcome) -> bool) -> usize {
        self.cells.iter().filter(|c| which(&c.outcome)).count()
    }

    fn cell(&self, runner: &str, test: &str) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|c| c.runner == runner && c.test == test)
    }

    /// Writes one row per runner language, with `text` of each cell.
    fn grid(&self, f: &mut fmt::Formatter<'_>, text: impl Fn(&Cell) -> String) -> fmt::Result {
        // Columns are 8 wide, wider where a toolchain's name needs it
        // (`js-componentize`), so headers never run together.
        let widths: Vec<usize> = self
            .languages
            .iter()
            .map(|t| (t.len() + 1).max(8))
            .collect();
        write!(f, "  {:<16}", "runner \\ test")?;
        for (test, width) in self.languages.iter().zip(&widths) {
            write!(f, "{test:<width$}")?;
        }
        writeln!(f)?;
        for runner in &self.languages {
            write!(f, "  {runner:<16}")?;
            for (test, width) in self.languages.iter().zip(&widths) {
                let shown = self.cell(runner, test).map_or(String::new(), &text);
                write!(f, "{shown:<width$}")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "composition {}: {} checks per pair (rows: runner, columns: test)",
            self.case, self.checks
        )?;
        self.grid(f, |cell| cell.outcome.mark().to_string())?;
        if self.compiled() > 0 {
            writeln!(
                f,
                "  comp: compiled against its bindings, cannot run here (never counted as passed)"
            )?;
        }
        writeln!(f, "  seconds to compose + compile (c: cached) + run:")?;
        self.grid(f, |cell| match cell.outcome {
            Outcome::Skipped { .. } | Outcome::Compiled { .. } => String::new(),
            _ => format!(
                "{:.1}{}",
                (cell.compose + cell.compile + cell.run).as_secs_f64(),
                if cell.compile_cached { "c" } else { "" }
            ),
        })?;
        write!(f, "  built in seconds:")?;
        for side in &self.sides {
            let only = match side.state {
                SideState::Built(_) => "",
                SideState::Compiled(_) => " (compiled)",
                SideState::Missing(_) | SideState::Failed(_) => continue,
            };
            write!(
                f,
                " {} {} {:.1}{only};",
                side.language,
                side.role,
                side.build.as_secs_f64()
            )?;
        }
        writeln!(f)?;
        for side in &self.sides {
            match &side.state {
                SideState::Failed(error) => {
                    writeln!(f, "  BUILD FAILED {} {}:", side.language, side.role)?;
                    indent(f, error)?;
                }
                SideState::Missing(reason) => {
                    writeln!(f, "  SKIPPED {} {}: {reason}", side.language, side.role)?;
                }
                SideState::Compiled(reason) => {
                    writeln!(
                        f,
                        "  COMPILED {} {}: cannot run here ({reason})",
                        side.language, side.role
                    )?;
                }
                SideState::Built(_) => {}
            }
            if let Some(warnings) = &side.warnings {
                writeln!(
                    f,
                    "  WARNING {} {} built with warnings:",
                    side.language, side.role
                )?;
                indent(f, warnings)?;
            }
        }
        for cell in &self.cells {
            if let Outcome::Failed { first, detail } = &cell.outcome {
                writeln!(
                    f,
                    "  FAIL {} runner → {} test: {first}",
                    cell.runner, cell.test
                )?;
                indent(f, detail)?;
            }
            if let Outcome::Expected { first, why, .. } = &cell.outcome {
                writeln!(
                    f,
                    "  xfail {} runner → {} test: {first}",
                    cell.runner, cell.test
                )?;
                writeln!(f, "      expected: {why}")?;
            }
        }
        for stale in &self.stale {
            writeln!(f, "  STALE expected failure, no cell shows it: {stale}")?;
        }
        // The compiled count shows only where there is one, so a matrix
        // of languages that all run reads as before.
        let compiled = match self.compiled() {
            0 => String::new(),
            n => format!(", {n} compiled (cannot run here)"),
        };
        let compiled = match self.expected() {
            0 => compiled,
            n => format!(", {n} expected failures{compiled}"),
        };
        writeln!(
            f,
            "composition {}: {} passed, {} failed{compiled}, {} skipped",
            self.case,
            self.passed(),
            self.failed(),
            self.skipped()
        )
    }
}

fn indent(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for line in text.lines() {
        writeln!(f, "      {line}")?;
    }
    Ok(())
}
