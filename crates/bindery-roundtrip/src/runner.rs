//! Runs a case's steps on an instantiated guest and collects failures.
//!
//! One instance serves every step. A trap poisons a component instance, so
//! after one the runner starts a fresh instance and carries on; handles
//! bound in the old one are gone (steps using them fail with "no handle").

use std::collections::BTreeSet;
use std::fmt::Write;

use anyhow::{Context, Result, anyhow};
use wasmtime::component::{Component, Func, Instance, Linker, Type, Val};
use wasmtime::{AsContextMut, Engine, Store};

use crate::case::{Case, ConcurrentCall, Step, split_call};
use crate::concurrent::{self, block_on_within};
use crate::host::{self, HostState, ResourceBook};
use crate::wave::{self, Binder, Handles, Scope};

/// One thing that went wrong, ready to print.
#[derive(Debug, Clone)]
pub struct Failure {
    /// What was being done: `call iface#f(args)`, `drop g1`, `end of case`.
    pub what: String,
    /// Indented detail lines: expected/actual, trap and backtrace, output.
    pub detail: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{}", self.what)?;
        for line in self.detail.lines() {
            writeln!(f, "    {line}")?;
        }
        Ok(())
    }
}

/// Checks made and failures found in one case.
#[derive(Debug, Default)]
pub struct RunReport {
    pub checks: usize,
    pub failures: Vec<Failure>,
    /// What the guest printed (since its last restart).
    pub output: String,
}

struct Session<'a> {
    engine: &'a Engine,
    linker: &'a Linker<HostState>,
    component: &'a Component,
    book: &'a ResourceBook,
    case: &'a Case,
    store: Store<HostState>,
    instance: Instance,
    /// A second instance in the same store, made by the first step that
    /// names `instance = "peer"`.
    peer: Option<Instance>,
    /// The world is async: instances are made and called with wasmtime's
    /// async API, and streams and futures move.
    asynchronous: bool,
    handles: Handles,
    report: RunReport,
    /// Exports called so far (`iface#func`, `#func` for the world's own).
    exports_called: BTreeSet<String>,
    /// Imports the guest called, from instances before a restart.
    imports_called: BTreeSet<String>,
}

/// Instantiates `component` with a host made for `case`, then runs every
/// step.
pub fn run(
    engine: &Engine,
    component: &Component,
    case: &Case,
    asynchronous: bool,
) -> Result<RunReport> {
    let mut linker = Linker::new(engine);
    let book = host::link(&mut linker, engine, component, &case.spec)?;
    let (store, instance) = instantiate(engine, &linker, component, &book, asynchronous)?;
    let mut session = Session {
        engine,
        linker: &linker,
        component,
        book: &book,
        case,
        store,
        instance,
        peer: None,
        asynchronous,
        handles: Handles::default(),
        report: RunReport::default(),
        exports_called: BTreeSet::new(),
        imports_called: BTreeSet::new(),
    };
    let rounds = rounds();
    let mut after_first = 0;
    for round in 0..rounds {
        if round > 0 {
            session.release_handles("end of round");
        }
        for step in &case.spec.steps {
            session.step(step);
        }
        if round == 0 {
            after_first = session.store.data().memory.largest;
        }
    }
    if rounds > 1 {
        session.check_growth(after_first, rounds);
    }
    session.finish(rounds);
    Ok(session.report)
}

/// `BINDERY_ROUNDTRIP_ROUNDS=N` runs a case's steps N times in one instance
/// (handles the harness holds are dropped between rounds): a guest whose
/// memory keeps growing after the first round leaks.
fn rounds() -> u32 {
    std::env::var("BINDERY_ROUNDTRIP_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
        .max(1)
}

fn instantiate(
    engine: &Engine,
    linker: &Linker<HostState>,
    component: &Component,
    book: &ResourceBook,
    asynchronous: bool,
) -> Result<(Store<HostState>, Instance)> {
    let mut store = Store::new(engine, HostState::new(book.clone()));
    store.limiter(|state| &mut state.memory);
    let instance = instance_in(&mut store, linker, component, asynchronous)?;
    Ok((store, instance))
}

fn instance_in(
    store: &mut Store<HostState>,
    linker: &Linker<HostState>,
    component: &Component,
    asynchronous: bool,
) -> Result<Instance> {
    let instance = if asynchronous {
        block_on_within(linker.instantiate_async(&mut *store, component))?
    } else {
        linker.instantiate(&mut *store, component)
    };
    instance
        .map_err(anyhow::Error::from)
        .context("cannot instantiate the guest")
}

impl Session<'_> {
    fn step(&mut self, step: &Step) {
        match step {
            Step::Call {
                call,
                expect,
                trap,
                repeat,
                instance,
            } => {
                let times = repeat.unwrap_or(1);
                let mut memo = Memo::default();
                let target = Target::of(instance.as_deref());
                for i in 0..times {
                    self.report.checks += 1;
                    let outcome = match target {
                        Ok(target) => {
                            self.call(call, expect.as_deref(), trap.as_deref(), &mut memo, target)
                        }
                        Err(ref e) => Err(e.clone()),
                    };
                    if let Err(detail) = outcome {
                        let what = match times {
                            1 => format!("call {}", clip(call)),
                            _ => format!("call {} (time {} of {times})", clip(call), i + 1),
                        };
                        self.fail(what, detail);
                        break;
                    }
                }
            }
            Step::Echo { echo, values } => {
                for value in values {
                    self.report.checks += 1;
                    let call = format!("{echo}({value})");
                    let what = format!("call {}", clip(&call));
                    let main = Target::Main;
                    let outcome = self.call(&call, Some(value), None, &mut Memo::default(), main);
                    if let Err(detail) = outcome {
                        self.fail(what, detail);
                    }
                }
            }
            Step::Drop { drop } => {
                self.report.checks += 1;
                let result = match self.handles.remove(drop) {
                    Some(handle) => self.release(handle).map_err(|e| self.trap_detail(&e)),
                    None => Err(format!("no handle named `{drop}`")),
                };
                if let Err(detail) = result {
                    self.fail(format!("drop {drop}"), detail);
                }
            }
            Step::Concurrent { concurrent } => {
                self.report.checks += concurrent.len();
                if let Err(detail) = self.concurrent(concurrent) {
                    let calls: Vec<String> = concurrent.iter().map(|c| clip(&c.call)).collect();
                    self.fail(format!("concurrent {}", calls.join(" | ")), detail);
                }
            }
            Step::Live { live, count } => {
                self.report.checks += 1;
                match self.store.data().resources.live(live) {
                    Some(n) if n == *count => {}
                    Some(n) => self.fail(
                        format!("live {live}"),
                        format!("expected: {count} live\nactual:   {n} live"),
                    ),
                    None => self.fail(
                        format!("live {live}"),
                        format!("no imported resource `{live}`"),
                    ),
                }
            }
        }
    }

    fn fail(&mut self, what: String, detail: String) {
        self.report.failures.push(Failure { what, detail });
    }

    /// Makes one call and checks what came back; `Err` holds the detail of
    /// a failure.
    fn call(
        &mut self,
        call: &str,
        expect: Option<&str>,
        trap: Option<&str>,
        memo: &mut Memo,
        target: Target,
    ) -> Result<(), String> {
        let (name, args) = split_call(call).map_err(|e| e.to_string())?;
        let func = self.func(name, target).map_err(|e| format!("{e:#}"))?;
        let ty = func.ty(&self.store);
        let param_types: Vec<Type> = ty.params().map(|(_, t)| t).collect();
        let result_types: Vec<Type> = ty.results().collect();
        let scope = Scope {
            values: &self.case.spec.values,
            handles: &self.handles,
        };
        let params = match memo.params.take() {
            Some(params) => params,
            None => wave::read_args(args, &param_types, scope).map_err(|e| format!("{e:#}"))?,
        };
        // Own handles passed in move to the guest: forget their names.
        self.forget_moved(&params, &param_types);
        let mut results = vec![Val::Bool(false); result_types.len()];
        let outcome = self.invoke(func, &params, &param_types, &mut results);
        if !params.iter().any(has_handles) {
            memo.params = Some(params);
        }
        match (outcome, trap) {
            (Err(err), Some(text)) => {
                let message = error_chain(&err);
                self.restart()
                    .map_err(|e| format!("cannot restart after the expected trap: {e:#}"))?;
                if message.contains(text) {
                    return Ok(());
                }
                return Err(format!(
                    "expected a trap containing {text:?}, got:\n{message}"
                ));
            }
            (Err(err), None) => {
                let detail = self.trap_detail(&err);
                if let Err(e) = self.restart() {
                    return Err(format!(
                        "{detail}\n(and the guest could not be restarted: {e:#})"
                    ));
                }
                return Err(detail);
            }
            (Ok(()), Some(text)) => {
                return Err(format!(
                    "expected a trap containing {text:?}, but the call returned"
                ));
            }
            (Ok(()), None) => {}
        }
        let bound = self.handles.channel_count();
        let results = self.receive(results, &result_types, expect)?;
        // A stream or future just bound keeps its writer waiting until a
        // later step passes it on: settle then.
        if self.asynchronous && self.handles.channel_count() == bound {
            // What the call left running (a writer feeding a stream the
            // host just read, a spawned task) finishes before the next step.
            self.settle().map_err(|e| self.trap_detail(&e))?;
        }
        match (expect, &result_types[..], &results[..]) {
            (None, [], []) => Ok(()),
            (Some(text), [ty], [actual]) => self.compare(text, ty, actual, memo),
            (None, [_], [actual]) => Err(format!(
                "the function returned {} but the case has no `expect`",
                wave::summary(actual, &self.handles)
            )),
            (Some(_), [], _) => Err("the case expects a result; the function has none".into()),
            _ => Err("functions with several results are not supported".into()),
        }
    }

    fn compare(
        &mut self,
        text: &str,
        ty: &Type,
        actual: &Val,
        memo: &mut Memo,
    ) -> Result<(), String> {
        let expected = match memo.expected.take() {
            Some(expected) => expected,
            None => {
                let scope = Scope {
                    values: &self.case.spec.values,
                    handles: &self.handles,
                };
                let mut binder = Binder::default();
                let expected = binder.read_expected(text, ty, scope, actual).map_err(|e| {
                    format!("{e:#}\nactual: {}", wave::summary(actual, &self.handles))
                })?;
                for (name, handle) in binder.bound {
                    self.handles.bind(&name, handle);
                }
                expected
            }
        };
        let difference = wave::first_difference(&expected, actual, &self.handles);
        if !has_handles(&expected) {
            memo.expected = Some(expected.clone());
        }
        match difference {
            None => Ok(()),
            Some(diff) => {
                let mut detail = String::new();
                if !diff.path.is_empty() {
                    let _ = writeln!(detail, "differs at: {}", diff.path);
                }
                let _ = writeln!(detail, "expected: {}", diff.expected);
                let _ = write!(detail, "actual:   {}", diff.actual);
                if !diff.path.is_empty() {
                    let whole_expected = wave::summary(&expected, &self.handles);
                    let whole_actual = wave::summary(actual, &self.handles);
                    let _ = write!(
                        detail,
                        "\nwhole expected: {whole_expected}\nwhole actual:   {whole_actual}"
                    );
                }
                Err(detail)
            }
        }
    }

    /// Calls `func`: synchronously, or (async worlds) with wasmtime's async
    /// API after making the streams and futures the arguments describe.
    fn invoke(
        &mut self,
        func: Func,
        params: &[Val],
        types: &[Type],
        results: &mut [Val],
    ) -> anyhow::Result<()> {
        if !self.asynchronous {
            return func
                .call(&mut self.store, params, results)
                .map_err(anyhow::Error::from);
        }
        let params = self.materialize(params, types)?;
        block_on_within(func.call_async(&mut self.store, &params, results))?
            .map_err(anyhow::Error::from)
    }

    fn materialize(&mut self, params: &[Val], types: &[Type]) -> anyhow::Result<Vec<Val>> {
        let mut store = self.store.as_context_mut();
        params
            .iter()
            .zip(types)
            .map(|(param, ty)| concurrent::materialize(&mut store, param.clone(), ty))
            .collect()
    }

    /// Runs the store until every guest task has finished (a task may go on
    /// after it returned: writing a stream, dropping what it holds).
    fn settle(&mut self) -> anyhow::Result<()> {
        let settled = self.store.run_concurrent(async |accessor| {
            std::future::poll_fn(|cx| accessor.poll_no_interesting_tasks(cx)).await
        });
        block_on_within(settled)
            .context("guest tasks were still running")?
            .map_err(anyhow::Error::from)
    }

    /// The results with the streams and futures the guest returned read
    /// into values (lists, one-element lists), or, when `expect` is a bare
    /// name, the stream or future bound to it.
    fn receive(
        &mut self,
        results: Vec<Val>,
        types: &[Type],
        expect: Option<&str>,
    ) -> Result<Vec<Val>, String> {
        if !self.asynchronous {
            return Ok(results);
        }
        let mut received = Vec::with_capacity(results.len());
        for (result, ty) in results.into_iter().zip(types) {
            let bind = bare_name(expect).filter(|n| !self.case.spec.values.contains_key(*n));
            if let (Some(name), Val::Stream(_) | Val::Future(_)) = (bind, &result) {
                self.handles.bind_channel(name, result.clone());
                received.push(result);
                continue;
            }
            let read = self
                .read_channels(result, ty)
                .map_err(|e| format!("{e:#}"))?;
            received.push(read);
        }
        Ok(received)
    }

    fn read_channels(&mut self, result: Val, ty: &Type) -> anyhow::Result<Val> {
        let mut collections = Vec::new();
        let marked = {
            let mut store = self.store.as_context_mut();
            concurrent::map_channels(result, ty, &mut |val, ty| {
                collections.push(concurrent::collect(&mut store, val, ty)?);
                Ok(Val::Bool(false))
            })?
        };
        if collections.is_empty() {
            return Ok(marked);
        }
        let read = self.store.run_concurrent(async |_| {
            concurrent::finished(&collections).await;
        });
        block_on_within(read)
            .context("a stream or future the guest returned never ended")?
            .map_err(anyhow::Error::from)?;
        let mut next = collections.iter();
        concurrent::map_channels(marked, ty, &mut |_, _| {
            let collection = next.next().expect("one collection per stream or future");
            let items = std::mem::take(&mut collection.lock().unwrap().items);
            Ok(Val::List(items))
        })
    }

    /// Calls made at once (async worlds); each result checked.
    fn concurrent(&mut self, calls: &[ConcurrentCall]) -> Result<(), String> {
        let mut prepared = Vec::new();
        for call in calls {
            let (name, args) = split_call(&call.call).map_err(|e| e.to_string())?;
            let func = self
                .func(name, Target::Main)
                .map_err(|e| format!("{e:#}"))?;
            let ty = func.ty(&self.store);
            let param_types: Vec<Type> = ty.params().map(|(_, t)| t).collect();
            let result_types: Vec<Type> = ty.results().collect();
            let scope = Scope {
                values: &self.case.spec.values,
                handles: &self.handles,
            };
            let params =
                wave::read_args(args, &param_types, scope).map_err(|e| format!("{e:#}"))?;
            self.forget_moved(&params, &param_types);
            let params = self
                .materialize(&params, &param_types)
                .map_err(|e| format!("{e:#}"))?;
            let results = vec![Val::Bool(false); result_types.len()];
            prepared.push((func, params, results, result_types));
        }
        let run = self.store.run_concurrent(async |accessor| {
            let calls = prepared
                .iter_mut()
                .map(|(func, params, results, _)| {
                    let call = func.call_concurrent(accessor, params, results);
                    Box::pin(call) as std::pin::Pin<Box<dyn std::future::Future<Output = _> + Send>>
                })
                .collect();
            concurrent::join_all(calls).await
        });
        let outcomes = match block_on_within(run).and_then(|r| r.map_err(anyhow::Error::from)) {
            Ok(outcomes) => outcomes,
            Err(err) => {
                let detail = self.trap_detail(&err);
                let _ = self.restart();
                return Err(detail);
            }
        };
        for outcome in outcomes {
            if let Err(err) = outcome {
                let detail = self.trap_detail(&anyhow::Error::from(err));
                let _ = self.restart();
                return Err(detail);
            }
        }
        let mut failures = Vec::new();
        for (call, (_, _, results, types)) in calls.iter().zip(prepared) {
            let outcome = self
                .receive(results, &types, call.expect.as_deref())
                .and_then(|results| match (&call.expect, &types[..], &results[..]) {
                    (None, [], []) => Ok(()),
                    (Some(text), [ty], [actual]) => {
                        self.compare(text, ty, actual, &mut Memo::default())
                    }
                    _ => Err("`expect` does not match the function's result".to_string()),
                });
            if let Err(detail) = outcome {
                failures.push(format!(
                    "{}:
{detail}",
                    clip(&call.call)
                ));
            }
        }
        self.settle().map_err(|e| self.trap_detail(&e))?;
        match failures.is_empty() {
            true => Ok(()),
            false => Err(failures.join("\n")),
        }
    }

    /// `iface#func`, or `func` in the case's default export (`""` for
    /// world-level functions).
    fn func(&mut self, name: &str, target: Target) -> Result<Func> {
        let (interface, func) = match name.rsplit_once('#') {
            Some((i, f)) => (i, f),
            None => (self.case.spec.export.as_str(), name),
        };
        let instance = match target {
            Target::Main => self.instance,
            Target::Peer => self.peer()?,
        };
        let parent = if interface.is_empty() {
            None
        } else {
            let index = instance
                .get_export_index(&mut self.store, None, interface)
                .ok_or_else(|| anyhow!("the guest exports no interface `{interface}`"))?;
            Some(index)
        };
        let index = instance
            .get_export_index(&mut self.store, parent.as_ref(), func)
            .ok_or_else(|| anyhow!("the guest exports no function `{func}` in `{interface}`"))?;
        self.exports_called.insert(format!("{interface}#{func}"));
        instance
            .get_func(&mut self.store, index)
            .ok_or_else(|| anyhow!("`{name}` is not a function"))
    }

    fn forget_moved(&mut self, params: &[Val], types: &[Type]) {
        let mut moved = Vec::new();
        for (param, ty) in params.iter().zip(types) {
            owned_handles(param, ty, &mut moved);
        }
        for handle in moved {
            if let Some(name) = self.handles.name_of(&handle).map(str::to_string) {
                self.handles.remove(&name);
            }
        }
        // Streams and futures passed on move too.
        for param in params {
            for channel in channels_in(param) {
                self.handles.forget_channel(&channel);
            }
        }
    }

    /// The error chain (trap message, wasm backtrace with source lines) and
    /// whatever the guest printed.
    fn trap_detail(&self, err: &anyhow::Error) -> String {
        let mut detail = format!("trapped: {}", error_chain(err));
        if let Some(size) = self.store.data().memory.refused {
            detail.push_str(&format!(
                "\nnote: the guest's memory asked to grow to {:.1} MiB, over the host's limit of {} MiB: \
                 does the guest (or its bindings) leak buffers?",
                size as f64 / f64::from(1 << 20),
                host::MEMORY_LIMIT >> 20
            ));
        }
        let output = self.store.data().output();
        if !output.is_empty() {
            detail.push('\n');
            detail.push_str(&output);
        }
        detail
    }

    /// Lets go of a handle the harness holds (async stores drop guest
    /// resources with wasmtime's async API).
    fn release(&mut self, handle: wasmtime::component::ResourceAny) -> anyhow::Result<()> {
        if self.asynchronous && !host::is_host_resource(&self.store, &handle) {
            return block_on_within(handle.resource_drop_async(&mut self.store))?
                .map_err(anyhow::Error::from);
        }
        host::release(&mut self.store, handle)
    }

    /// The second instance, made on first use.
    fn peer(&mut self) -> Result<Instance> {
        if let Some(peer) = self.peer {
            return Ok(peer);
        }
        let peer = instance_in(
            &mut self.store,
            self.linker,
            self.component,
            self.asynchronous,
        )?;
        self.peer = Some(peer);
        Ok(peer)
    }

    /// A fresh instance after a trap; handles bound so far are lost.
    fn restart(&mut self) -> Result<()> {
        let called = std::mem::take(&mut self.store.data_mut().imports_called);
        self.imports_called.extend(called);
        let (store, instance) = instantiate(
            self.engine,
            self.linker,
            self.component,
            self.book,
            self.asynchronous,
        )?;
        self.store = store;
        self.instance = instance;
        self.peer = None;
        self.handles = Handles::default();
        Ok(())
    }

    /// Every export must be called by some step, and every import called by
    /// the guest: an untested function, or a guest that answers without
    /// asking the host, would otherwise pass unnoticed.
    fn check_coverage(&mut self) {
        let called = std::mem::take(&mut self.store.data_mut().imports_called);
        self.imports_called.extend(called);
        let world = match self.case.world_functions() {
            Ok(world) => world,
            Err(e) => return self.fail("end of case: coverage".into(), format!("{e:#}")),
        };
        let uncalled: Vec<&String> = world.exports.difference(&self.exports_called).collect();
        if !uncalled.is_empty() {
            let list: Vec<&str> = uncalled.iter().map(|s| s.as_str()).collect();
            self.fail(
                "end of case: coverage".into(),
                format!("exports no step calls: {}", list.join(", ")),
            );
        }
        let unused: Vec<&str> = world
            .imports
            .difference(&self.imports_called)
            .map(String::as_str)
            .collect();
        if !unused.is_empty() {
            self.fail(
                "end of case: coverage".into(),
                format!(
                    "imports the guest never called (does it answer without the host?): {}",
                    unused.join(", ")
                ),
            );
        }
    }

    /// Drops the handles the harness still holds.
    fn release_handles(&mut self, when: &str) {
        for (name, channel) in self.handles.take_channels() {
            let closed = match channel {
                Val::Stream(mut any) => any.close(&mut self.store),
                Val::Future(mut any) => any.close(&mut self.store),
                _ => Ok(()),
            };
            if let Err(e) = closed {
                let detail = self.trap_detail(&anyhow::Error::from(e));
                self.fail(format!("{when}: close {name}"), detail);
            }
        }
        for (name, handle) in self.handles.take_all() {
            if let Err(e) = self.release(handle) {
                let detail = self.trap_detail(&e);
                self.fail(format!("{when}: drop {name}"), detail);
            }
        }
    }

    /// After several rounds the guest's memory may not have grown much
    /// past what the first round needed.
    fn check_growth(&mut self, after_first: usize, rounds: u32) {
        self.report.checks += 1;
        let last = self.store.data().memory.largest;
        let allowed = after_first + (after_first / 4).max(1 << 20);
        if last > allowed {
            self.fail(
                format!("end of case: memory after {rounds} rounds"),
                format!(
                    "the guest's memory grew from {} KiB after the first round to {} KiB: a leak?",
                    after_first / 1024,
                    last / 1024
                ),
            );
        }
    }

    /// Drops what the harness still holds, then checks host resources:
    /// no leaks, no double drops, the expected creation counts (per round).
    fn finish(&mut self, rounds: u32) {
        self.release_handles("end of case");
        if self.asynchronous
            && let Err(e) = self.settle()
        {
            let detail = self.trap_detail(&e);
            self.fail("end of case: guest tasks".into(), detail);
        }
        self.report.output = self.store.data().output();
        let problems = self.store.data().resources.problems(&self.handles);
        for problem in problems {
            self.fail("end of case".into(), problem);
        }
        self.check_coverage();
        for (name, want) in &self.case.spec.host_resources_created {
            self.report.checks += 1;
            let want = want * rounds;
            match self.store.data().resources.created(name) {
                Some(got) if got == want => {}
                Some(got) => self.fail(
                    format!("end of case: host resources `{name}` created"),
                    format!("expected: {want}\nactual:   {got}"),
                ),
                None => self.fail(
                    "end of case".into(),
                    format!("no imported resource `{name}`"),
                ),
            }
        }
    }
}

/// Which instance a call goes to.
#[derive(Debug, Clone, Copy)]
enum Target {
    Main,
    Peer,
}

impl Target {
    fn of(instance: Option<&str>) -> Result<Target, String> {
        match instance {
            None => Ok(Target::Main),
            Some("peer") => Ok(Target::Peer),
            Some(other) => Err(format!("unknown instance `{other}` (only `peer`)")),
        }
    }
}

/// `expect` when it is one bare name (binds a returned stream or future).
fn bare_name(expect: Option<&str>) -> Option<&str> {
    let text = expect?.trim();
    let ok = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && text.starts_with(|c: char| c.is_ascii_alphabetic());
    ok.then_some(text)
}

/// Values read for a step that repeats a call, so that the WAVE text (and
/// its megabyte of named values) is read once. Values holding handles are
/// never kept: handles move and bindings change from call to call.
#[derive(Default)]
struct Memo {
    params: Option<Vec<Val>>,
    expected: Option<Val>,
}

/// The streams and futures in a value.
fn channels_in(val: &Val) -> Vec<Val> {
    let mut out = Vec::new();
    let mut stack = vec![val];
    while let Some(val) = stack.pop() {
        match val {
            Val::Stream(_) | Val::Future(_) => out.push(val.clone()),
            Val::List(items) | Val::FixedLengthList(items) | Val::Tuple(items) => {
                stack.extend(items)
            }
            Val::Record(fields) => stack.extend(fields.iter().map(|(_, v)| v)),
            Val::Variant(_, Some(v)) | Val::Option(Some(v)) => stack.push(v),
            Val::Result(Ok(Some(v)) | Err(Some(v))) => stack.push(v),
            _ => {}
        }
    }
    out
}

fn has_handles(val: &Val) -> bool {
    match val {
        Val::Resource(_) | Val::Stream(_) | Val::Future(_) | Val::ErrorContext(_) => true,
        Val::List(items) | Val::FixedLengthList(items) | Val::Tuple(items) => {
            items.iter().any(has_handles)
        }
        Val::Record(fields) => fields.iter().any(|(_, v)| has_handles(v)),
        Val::Map(pairs) => pairs.iter().any(|(k, v)| has_handles(k) || has_handles(v)),
        Val::Variant(_, Some(v)) | Val::Option(Some(v)) => has_handles(v),
        Val::Result(Ok(Some(v)) | Err(Some(v))) => has_handles(v),
        _ => false,
    }
}

/// The handles in `val` that sit in `own` positions of `ty` (those move to
/// the guest when passed).
fn owned_handles(val: &Val, ty: &Type, out: &mut Vec<wasmtime::component::ResourceAny>) {
    match (val, ty) {
        (Val::Resource(handle), Type::Own(_)) => out.push(*handle),
        (Val::List(items), Type::List(list)) => {
            items.iter().for_each(|v| owned_handles(v, &list.ty(), out));
        }
        (Val::FixedLengthList(items), Type::FixedLengthList(list)) => {
            items.iter().for_each(|v| owned_handles(v, &list.ty(), out));
        }
        (Val::Record(fields), Type::Record(record)) => {
            for ((_, v), field) in fields.iter().zip(record.fields()) {
                owned_handles(v, &field.ty, out);
            }
        }
        (Val::Tuple(items), Type::Tuple(tuple)) => {
            for (v, ty) in items.iter().zip(tuple.types()) {
                owned_handles(v, &ty, out);
            }
        }
        (Val::Variant(name, Some(payload)), Type::Variant(variant)) => {
            if let Some(ty) = variant.cases().find(|c| c.name == name).and_then(|c| c.ty) {
                owned_handles(payload, &ty, out);
            }
        }
        (Val::Option(Some(v)), Type::Option(option)) => owned_handles(v, &option.ty(), out),
        (Val::Result(Ok(Some(v))), Type::Result(result)) => {
            if let Some(ty) = result.ok() {
                owned_handles(v, &ty, out);
            }
        }
        (Val::Result(Err(Some(v))), Type::Result(result)) => {
            if let Some(ty) = result.err() {
                owned_handles(v, &ty, out);
            }
        }
        (Val::Map(pairs), Type::Map(map)) => {
            for (k, v) in pairs {
                owned_handles(k, &map.key(), out);
                owned_handles(v, &map.value(), out);
            }
        }
        _ => {}
    }
}

/// An error and its causes, the root cause (for a trap: wasmtime's trap
/// message) first, then the contexts around it (the wasm backtrace).
/// Not `{:?}`: with RUST_BACKTRACE set that adds the host's own stack.
fn error_chain(err: &anyhow::Error) -> String {
    let causes: Vec<String> = err.chain().map(|c| c.to_string()).collect();
    causes
        .iter()
        .rev()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n")
}

fn clip(text: &str) -> String {
    match text.char_indices().nth(120) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}
