//! The dynamic host: WASI p2 from wasmtime-wasi, and every other import
//! defined at run time from the component's own types, behaving as the
//! case file says (see [`crate::case::Behaviour`]).
//!
//! Imported resources are host resources of type
//! `ResourceType::host_dynamic(kind)`; [`ResourceBook`] keeps their state
//! and counts creations and drops, so a leak or a double drop is a failure.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use anyhow::{Context, Result, anyhow, bail};
use wasmtime::component::types::{ComponentFunc, ComponentItem};
use wasmtime::component::{
    Component, Linker, LinkerInstance, ResourceAny, ResourceDynamic, ResourceTable, ResourceType,
    Type, Val,
};
use wasmtime::{AsContext, AsContextMut, Engine, ResourceLimiter, StoreContextMut};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

use crate::case::{Behaviour, CaseSpec, SimpleBehaviour};
use crate::concurrent;
use crate::wave::{self, Handles, Scope};

/// The guest's stdout/stderr are kept (up to this many bytes) to show
/// next to a trap: a Rust guest prints its panic message there.
const OUTPUT_CAPACITY: usize = 1 << 20;

/// Each linear memory of a guest may grow to this size. Far more than any
/// case needs, far less than what a codec that leaks its buffers reaches
/// in a `repeat`ed call of a megabyte value: leaks become traps.
pub const MEMORY_LIMIT: usize = 512 << 20;

/// The store's data.
pub struct HostState {
    wasi: WasiCtx,
    table: ResourceTable,
    pub memory: MemoryCap,
    /// Imports the guest has called (`iface#func`, `#func` for the world's own).
    pub imports_called: BTreeSet<String>,
    pub resources: ResourceBook,
    pub stdout: MemoryOutputPipe,
    pub stderr: MemoryOutputPipe,
}

impl HostState {
    pub fn new(resources: ResourceBook) -> Self {
        let stdout = MemoryOutputPipe::new(OUTPUT_CAPACITY);
        let stderr = MemoryOutputPipe::new(OUTPUT_CAPACITY);
        let wasi = WasiCtx::builder()
            .stdout(stdout.clone())
            .stderr(stderr.clone())
            .build();
        HostState {
            wasi,
            table: ResourceTable::new(),
            memory: MemoryCap::default(),
            imports_called: BTreeSet::new(),
            resources,
            stdout,
            stderr,
        }
    }

    /// What the guest printed, for failure messages.
    pub fn output(&self) -> String {
        let mut text = String::new();
        for (name, pipe) in [("stdout", &self.stdout), ("stderr", &self.stderr)] {
            let bytes = pipe.contents();
            if !bytes.is_empty() {
                text.push_str(&format!("guest {name}:\n"));
                for line in String::from_utf8_lossy(&bytes).lines() {
                    text.push_str(&format!("    {line}\n"));
                }
            }
        }
        text
    }
}

/// Caps memory growth at [`MEMORY_LIMIT`] and remembers a refusal, so a
/// trap that follows can be explained.
#[derive(Debug, Default)]
pub struct MemoryCap {
    /// The size a memory asked to grow to, when it was refused.
    pub refused: Option<usize>,
    /// The largest size a memory grew to.
    pub largest: usize,
}

impl ResourceLimiter for MemoryCap {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > MEMORY_LIMIT {
            self.refused = Some(desired);
            return Ok(false);
        }
        self.largest = self.largest.max(desired);
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        _desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(true)
    }
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

/// Host resources of every imported resource type: their state, and how
/// many were created and dropped.
#[derive(Debug, Clone, Default)]
pub struct ResourceBook {
    kinds: Vec<Kind>,
}

#[derive(Debug, Clone)]
struct Kind {
    /// `iface#name`.
    name: String,
    created: u32,
    next_rep: u32,
    /// rep → state.
    live: BTreeMap<u32, Val>,
    /// Double drops and drops of unknown handles.
    errors: Vec<String>,
}

impl ResourceBook {
    fn add_kind(&mut self, name: String) -> u32 {
        self.kinds.push(Kind {
            name,
            created: 0,
            next_rep: 1,
            live: BTreeMap::new(),
            errors: Vec::new(),
        });
        (self.kinds.len() - 1) as u32
    }

    /// The kind of a host resource type, if it is one of ours.
    fn kind_of(&self, ty: &ResourceType) -> Option<u32> {
        (0..self.kinds.len() as u32).find(|k| ResourceType::host_dynamic(*k) == *ty)
    }

    fn create(&mut self, kind: u32, state: Val) -> u32 {
        let kind = &mut self.kinds[kind as usize];
        // Reps are never reused, so a second drop of one is always seen.
        let rep = kind.next_rep;
        kind.next_rep += 1;
        kind.created += 1;
        kind.live.insert(rep, state);
        rep
    }

    fn state(&mut self, kind: u32, rep: u32) -> Result<&mut Val> {
        let kind = &mut self.kinds[kind as usize];
        kind.live.get_mut(&rep).ok_or_else(|| {
            anyhow!(
                "host: `{}` handle (rep {rep}) used after it was dropped",
                kind.name
            )
        })
    }

    /// Records a drop; a second drop of the same rep is an error (and
    /// traps the guest that did it).
    pub fn drop_rep(&mut self, kind: u32, rep: u32) -> Result<()> {
        let kind = &mut self.kinds[kind as usize];
        if kind.live.remove(&rep).is_none() {
            let msg = format!(
                "host: `{}` rep {rep} dropped twice (or never created)",
                kind.name
            );
            kind.errors.push(msg.clone());
            bail!(msg);
        }
        Ok(())
    }

    /// Live resources of the type named `iface#name`.
    pub fn live(&self, name: &str) -> Option<u32> {
        let kind = self.kinds.iter().find(|k| k.name == name)?;
        Some(kind.live.len() as u32)
    }

    pub fn created(&self, name: &str) -> Option<u32> {
        Some(self.kinds.iter().find(|k| k.name == name)?.created)
    }

    /// Leaks and double drops, one line each.
    pub fn problems(&self, handles: &Handles) -> Vec<String> {
        let mut problems = Vec::new();
        for kind in &self.kinds {
            problems.extend(kind.errors.iter().cloned());
            for (rep, state) in &kind.live {
                problems.push(format!(
                    "host resource `{}` rep {rep} (state {}) was never dropped",
                    kind.name,
                    wave::summary(state, handles)
                ));
            }
        }
        problems
    }
}

/// Defines WASI and every import of `component` in `linker`, following the
/// case's `[host]` tables. Returns the empty resource book that each new
/// store starts from.
pub fn link(
    linker: &mut Linker<HostState>,
    engine: &Engine,
    component: &Component,
    spec: &CaseSpec,
) -> Result<ResourceBook> {
    wasmtime_wasi::p2::add_to_linker_sync(linker)?;
    let mut book = ResourceBook::default();
    let spec = Arc::new(spec.clone());
    let component_type = component.component_type();
    for (import, item) in component_type.imports(engine) {
        if import.starts_with("wasi:") {
            continue;
        }
        match item.ty {
            ComponentItem::ComponentInstance(instance) => {
                let mut host = linker.instance(import)?;
                let items: Vec<(&str, ComponentItem)> =
                    instance.exports(engine).map(|(n, e)| (n, e.ty)).collect();
                // Resources first: functions returning them need their kinds.
                for (name, item) in &items {
                    if let ComponentItem::Resource(_) = item {
                        let kind = book.add_kind(format!("{import}#{name}"));
                        host.resource(
                            name,
                            ResourceType::host_dynamic(kind),
                            move |mut store, rep| {
                                store
                                    .data_mut()
                                    .resources
                                    .drop_rep(kind, rep)
                                    .map_err(wasmtime::Error::from_anyhow)
                            },
                        )?;
                    }
                }
                for (name, item) in &items {
                    if let ComponentItem::ComponentFunc(func) = item {
                        define(&mut host, &spec, import, name, func)?;
                    }
                }
            }
            ComponentItem::ComponentFunc(func) => {
                define(&mut linker.root(), &spec, "", import, &func)?;
            }
            // Type imports need nothing defined.
            ComponentItem::Type(_) | ComponentItem::Resource(_) => {}
            _ => bail!("import `{import}` is neither an interface nor a function"),
        }
    }
    Ok(book)
}

fn define(
    host: &mut LinkerInstance<'_, HostState>,
    spec: &Arc<CaseSpec>,
    interface: &str,
    name: &str,
    func: &ComponentFunc,
) -> Result<()> {
    let path = format!("{interface}#{name}");
    let behaviours = spec.host.get(interface);
    let behaviour = behaviours
        .and_then(|b| b.get(name).or_else(|| b.get("*")))
        .with_context(|| {
            format!("case.toml: no behaviour for the import `{path}` (add it, or `\"*\"`, under [host.\"{interface}\"])")
        })?
        .clone();
    let handles = Handles::default();
    let scope = Scope {
        values: &spec.values,
        handles: &handles,
    };
    let param_types: Vec<Type> = func.params().map(|(_, t)| t).collect();
    let result_type = func.results().next();
    let action = match behaviour {
        Behaviour::Simple(simple) => Action::Simple(simple),
        Behaviour::Returns { returns } => {
            let ty = result_type
                .as_ref()
                .with_context(|| format!("`{path}` returns nothing"))?;
            Action::Returns(
                wave::read_value(&returns, ty, scope).with_context(|| format!("host `{path}`"))?,
            )
        }
        Behaviour::Table { table } => {
            let mut rows = Vec::new();
            for row in &table {
                let args = wave::read_args(&row.args, &param_types, scope)
                    .with_context(|| format!("host table of `{path}`"))?;
                let result = match (&row.result, &result_type) {
                    (Some(text), Some(ty)) => Some(
                        wave::read_value(text, ty, scope)
                            .with_context(|| format!("host table of `{path}`"))?,
                    ),
                    (None, None) => None,
                    (None, Some(_)) => bail!("host table of `{path}`: a row has no `result`"),
                    (Some(_), None) => {
                        bail!("host table of `{path}`: the function returns nothing")
                    }
                };
                rows.push((args, result));
            }
            Action::Table(rows)
        }
    };
    let action = Arc::new(action);
    let called = path.clone();
    if func.async_() {
        let yield_first = spec.yield_first.contains(&path);
        return define_async(host, name, called, action, yield_first);
    }
    if matches!(*action, Action::Simple(SimpleBehaviour::Pending)) {
        bail!("case.toml: `{path}` is not async, so it cannot be `pending`");
    }
    host.func_new(name, move |mut store, ty, params, results| {
        note_call(&mut store, &called);
        action
            .run(store, &ty, params, results)
            .with_context(|| format!("host import `{called}`"))
            .map_err(wasmtime::Error::from_anyhow)
    })?;
    Ok(())
}

fn note_call(store: &mut StoreContextMut<'_, HostState>, called: &str) {
    if !store.data().imports_called.contains(called) {
        store.data_mut().imports_called.insert(called.to_string());
    }
}

/// An async import: a concurrent host function, which may yield once
/// before it answers (so the guest's call blocks) or never answer.
fn define_async(
    host: &mut LinkerInstance<'_, HostState>,
    name: &str,
    called: String,
    action: Arc<Action>,
    yield_first: bool,
) -> Result<()> {
    host.func_new_concurrent(name, move |accessor, ty, params, results| {
        let action = action.clone();
        let called = called.clone();
        Box::pin(async move {
            accessor.with(|mut store| note_call(&mut store.as_context_mut(), &called));
            if matches!(*action, Action::Simple(SimpleBehaviour::Pending)) {
                std::future::pending::<()>().await;
            }
            if yield_first {
                concurrent::YieldOnce::new().await;
            }
            accessor
                .with(|mut store| action.run(store.as_context_mut(), &ty, params, results))
                .with_context(|| format!("host import `{called}`"))
                .map_err(wasmtime::Error::from_anyhow)
        })
    })?;
    Ok(())
}

/// A behaviour ready to run: WAVE already read into values.
enum Action {
    Simple(SimpleBehaviour),
    Returns(Val),
    Table(Vec<(Vec<Val>, Option<Val>)>),
}

impl Action {
    fn run(
        &self,
        mut store: StoreContextMut<'_, HostState>,
        ty: &ComponentFunc,
        params: &[Val],
        results: &mut [Val],
    ) -> Result<()> {
        let result_type = ty.results().next();
        let result = match self {
            Action::Returns(value) => Some(value.clone()),
            Action::Table(rows) => {
                let handles = Handles::default();
                let row = rows.iter().find(|(args, _)| {
                    args.len() == params.len()
                        && args
                            .iter()
                            .zip(params)
                            .all(|(a, p)| wave::first_difference(a, p, &handles).is_none())
                });
                match row {
                    Some((_, result)) => result.clone(),
                    None => {
                        let args: Vec<String> =
                            params.iter().map(|p| wave::summary(p, &handles)).collect();
                        bail!("no row in the case's table for ({})", args.join(", "));
                    }
                }
            }
            Action::Simple(SimpleBehaviour::Echo) => match &result_type {
                None => None,
                Some(ty) => Some(echo(ty, params)?),
            },
            Action::Simple(SimpleBehaviour::Pending) => {
                bail!("a `pending` import answered")
            }
            Action::Simple(SimpleBehaviour::Sink) => {
                for param in params {
                    if let Val::Resource(handle) = param {
                        release(&mut store, *handle)?;
                    }
                }
                None
            }
            Action::Simple(SimpleBehaviour::New) => {
                let Some(Type::Own(resource)) = &result_type else {
                    bail!("`new` needs a function returning an own<resource>");
                };
                let kind = store
                    .data()
                    .resources
                    .kind_of(resource)
                    .context("`new` returns a resource the host does not implement")?;
                let state = match params {
                    [one] => one.clone(),
                    many => Val::Tuple(many.to_vec()),
                };
                let rep = store.data_mut().resources.create(kind, state);
                let handle =
                    ResourceDynamic::new_own(rep, kind).try_into_resource_any(&mut store)?;
                Some(Val::Resource(handle))
            }
            Action::Simple(SimpleBehaviour::Get) => {
                let (kind, rep, owned) = host_handle(&mut store, params.first())?;
                let state = store.data_mut().resources.state(kind, rep)?.clone();
                if owned {
                    // The guest gave the handle away: the host drops it.
                    store.data_mut().resources.drop_rep(kind, rep)?;
                }
                Some(state)
            }
            Action::Simple(SimpleBehaviour::Set) => {
                let (kind, rep, owned) = host_handle(&mut store, params.first())?;
                let value = params
                    .get(1)
                    .context("`set` needs a second argument")?
                    .clone();
                *store.data_mut().resources.state(kind, rep)? = value;
                if owned {
                    store.data_mut().resources.drop_rep(kind, rep)?;
                }
                None
            }
        };
        match (result, results) {
            (None, []) => Ok(()),
            (Some(value), [slot]) => {
                // Streams and futures in a case's value are made now, in
                // this store.
                let ty = result_type.context("a result without a type")?;
                *slot = concurrent::materialize(&mut store, value, &ty)?;
                Ok(())
            }
            (None, [_]) => bail!("the behaviour gives no result, the function has one"),
            (Some(_), _) => bail!("the behaviour gives a result, the function has none"),
            (None, _) => bail!("functions with several results are not supported"),
        }
    }
}

/// Echo's result: the argument, or the arguments as a tuple or record.
fn echo(ty: &Type, params: &[Val]) -> Result<Val> {
    Ok(match (ty, params) {
        (_, [one]) => one.clone(),
        (Type::Tuple(_), many) => Val::Tuple(many.to_vec()),
        (Type::Record(record), many) if record.fields().len() == many.len() => Val::Record(
            record
                .fields()
                .zip(many)
                .map(|(f, v)| (f.name.to_string(), v.clone()))
                .collect(),
        ),
        _ => bail!(
            "`echo` of {} arguments needs a tuple or record result",
            params.len()
        ),
    })
}

/// Kind, rep and ownership of a host resource passed as an argument.
fn host_handle(
    store: &mut StoreContextMut<'_, HostState>,
    param: Option<&Val>,
) -> Result<(u32, u32, bool)> {
    let Some(Val::Resource(handle)) = param else {
        bail!("the first argument is not a resource");
    };
    let kind = store
        .data()
        .resources
        .kind_of(&handle.ty())
        .context("the first argument is not a host resource")?;
    let resource = handle.try_into_resource_dynamic(&mut *store)?;
    Ok((kind, resource.rep(), resource.owned()))
}

/// Whether `handle` is one of the host's resources (not a guest's).
pub fn is_host_resource(store: impl AsContext<Data = HostState>, handle: &ResourceAny) -> bool {
    store
        .as_context()
        .data()
        .resources
        .kind_of(&handle.ty())
        .is_some()
}

/// Lets go of a handle: a host resource is dropped in the book (when
/// owned), a guest resource by running its destructor, a borrow by ending
/// it.
pub fn release(mut store: impl AsContextMut<Data = HostState>, handle: ResourceAny) -> Result<()> {
    let mut store = store.as_context_mut();
    match store.data().resources.kind_of(&handle.ty()) {
        Some(kind) => {
            let resource = handle.try_into_resource_dynamic(&mut store)?;
            if resource.owned() {
                store.data_mut().resources.drop_rep(kind, resource.rep())?;
            }
            Ok(())
        }
        None => Ok(handle.resource_drop(&mut store)?),
    }
}
