//! Running one composed pair: instantiate with WASI (the only imports
//! left), call `run`, and read the runner's verdict from what it printed:
//! `checks passed: N` on success, `check failed: <name>: …` before a trap.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use wasmtime::component::{Component, Linker};
use wasmtime::{Engine, Store};

use super::Outcome;
use crate::host::{HostState, ResourceBook};

/// The line a runner prints when every check passed.
const PASSED: &str = "checks passed: ";
/// What a failing check's trap message starts with.
const FAILED: &str = "check failed: ";

/// Instantiates `component` and calls its `run`; `checks` is how many
/// checks the runner must report.
pub fn run(engine: &Engine, component: &Component, checks: u32) -> (Outcome, Duration) {
    let started = Instant::now();
    let verdict = match call_run(engine, component) {
        Ok((result, output)) => judge(result, &output, checks),
        Err(e) => Outcome::Failed {
            first: "instantiate".into(),
            detail: format!("{e:#}"),
        },
    };
    (verdict, started.elapsed())
}

/// `run`'s result and everything the pair printed.
fn call_run(engine: &Engine, component: &Component) -> Result<(wasmtime::Result<()>, Output)> {
    let mut linker = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
    let mut store = Store::new(engine, HostState::new(ResourceBook::default()));
    store.limiter(|state| &mut state.memory);
    let instance = linker
        .instantiate(&mut store, component)
        .map_err(anyhow::Error::from)
        .context("cannot instantiate the composition")?;
    let run = instance
        .get_typed_func::<(), ()>(&mut store, "run")
        .map_err(anyhow::Error::from)
        .context("the composition has no `run: func()`")?;
    let result = run.call(&mut store, ());
    let state = store.data();
    let output = Output {
        stdout: String::from_utf8_lossy(&state.stdout.contents()).into_owned(),
        stderr: String::from_utf8_lossy(&state.stderr.contents()).into_owned(),
        memory_refused: state.memory.refused,
    };
    Ok((result, output))
}

struct Output {
    stdout: String,
    stderr: String,
    memory_refused: Option<usize>,
}

impl Output {
    /// Both streams, indented, for a failure's detail.
    fn shown(&self) -> String {
        let mut text = String::new();
        for (name, stream) in [("stdout", &self.stdout), ("stderr", &self.stderr)] {
            if stream.trim().is_empty() {
                continue;
            }
            text.push_str(&format!("{name}:\n"));
            let lines: Vec<&str> = stream.lines().collect();
            let start = lines.len().saturating_sub(40);
            if start > 0 {
                text.push_str(&format!("  … ({start} lines above)\n"));
            }
            for line in &lines[start..] {
                text.push_str(&format!("  {}\n", clip(line, 300)));
            }
        }
        text
    }

    /// The first `check failed: …` line, from where that text starts (Go
    /// prefixes `panic: `, Python `AssertionError: `).
    fn failed_check(&self) -> Option<String> {
        [&self.stderr, &self.stdout].into_iter().find_map(|stream| {
            stream
                .lines()
                .find_map(|line| line.find(FAILED).map(|at| clip(&line[at..], 300)))
        })
    }

    /// The count in the last `checks passed: N` line.
    fn passed_checks(&self) -> Option<u32> {
        self.stdout
            .lines()
            .rev()
            .find_map(|line| line.trim().strip_prefix(PASSED)?.trim().parse().ok())
    }
}

fn judge(result: wasmtime::Result<()>, output: &Output, checks: u32) -> Outcome {
    match result {
        Err(trap) => {
            let trap = anyhow::Error::from(trap);
            let mut detail = format!("trapped: {}\n", first_lines(&error_chain(&trap), 24));
            if let Some(size) = output.memory_refused {
                detail.push_str(&format!(
                    "a memory asked to grow to {size} bytes, more than the host allows\n"
                ));
            }
            detail.push_str(&output.shown());
            let first = output
                .failed_check()
                .unwrap_or_else(|| format!("trap without a failed check: {}", root_cause(&trap)));
            Outcome::Failed { first, detail }
        }
        Ok(()) => match output.passed_checks() {
            Some(n) if n == checks => Outcome::Passed { checks: n },
            Some(n) => Outcome::Failed {
                first: format!("the runner made {n} checks, the case has {checks}"),
                detail: output.shown(),
            },
            None => Outcome::Failed {
                first: format!("`run` returned without printing `{PASSED}N`"),
                detail: output.shown(),
            },
        },
    }
}

/// wasmtime's trap message, without the backtrace around it.
fn root_cause(err: &anyhow::Error) -> String {
    clip(&err.root_cause().to_string(), 200)
}

/// The trap message first, then the contexts around it (the backtrace).
fn error_chain(err: &anyhow::Error) -> String {
    let causes: Vec<String> = err.chain().map(|c| c.to_string()).collect();
    causes.into_iter().rev().collect::<Vec<_>>().join("\n")
}

/// The first `count` lines of `text`, saying how many were left out.
fn first_lines(text: &str, count: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut shown = lines[..lines.len().min(count)].join("\n");
    if lines.len() > count {
        shown.push_str(&format!("\n… ({} more lines)", lines.len() - count));
    }
    shown
}

fn clip(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}
