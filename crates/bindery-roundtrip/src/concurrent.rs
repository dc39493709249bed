//! What an async world needs from the host: a tiny executor for wasmtime's
//! async API, host implementations of async imports (optionally yielding
//! once before they answer, or never answering), and streams and futures
//! made from case values and read back into values.
//!
//! A dynamic host cannot move stream or future contents as `Val`s: wasmtime
//! reads and writes them only through a fixed Rust type. Payloads of plain
//! types (numbers, `bool`, `char`, `string`, none) are dispatched to one;
//! records, variants and resources in streams are tested by passing a
//! stream between two instances of the guest (steps with `instance`).

use std::future::Future;
use std::pin::{Pin, pin};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};
use wasmtime::StoreContextMut;
use wasmtime::component::{
    FutureConsumer, FutureReader, Lift, Lower, Source, StreamConsumer, StreamReader, StreamResult,
    Type, Val,
};

use crate::host::HostState;

/// How long a future may sit without being woken before the harness gives
/// up on it: a guest waiting for something that never comes.
const IDLE_LIMIT: Duration = Duration::from_secs(30);

/// Runs a future to its end on this thread (wasmtime's async API needs no
/// reactor: the host functions here never wait on I/O). Fails when nothing
/// wakes it for [`IDLE_LIMIT`].
pub fn block_on_within<F: Future>(future: F) -> Result<F::Output> {
    struct Unpark {
        thread: std::thread::Thread,
        woken: AtomicBool,
    }

    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.wake_by_ref();
        }

        fn wake_by_ref(self: &Arc<Self>) {
            self.woken.store(true, Ordering::SeqCst);
            self.thread.unpark();
        }
    }

    let unpark = Arc::new(Unpark {
        thread: std::thread::current(),
        woken: AtomicBool::new(false),
    });
    let waker = Waker::from(unpark.clone());
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        unpark.woken.store(false, Ordering::SeqCst);
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return Ok(value);
        }
        let idle_since = Instant::now();
        while !unpark.woken.load(Ordering::SeqCst) {
            let idle = idle_since.elapsed();
            if idle >= IDLE_LIMIT {
                bail!(
                    "nothing happened for {} s: a guest waits for something that never comes",
                    IDLE_LIMIT.as_secs()
                );
            }
            std::thread::park_timeout(IDLE_LIMIT - idle);
        }
    }
}

/// Pending once (waking itself), then ready: an async import that yields
/// before it answers, so the guest sees its call blocked.
pub struct YieldOnce(bool);

impl YieldOnce {
    pub fn new() -> Self {
        YieldOnce(false)
    }
}

impl Default for YieldOnce {
    fn default() -> Self {
        Self::new()
    }
}

impl Future for YieldOnce {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// Futures joined: all run, the first error wins.
pub async fn join_all<T>(futures: Vec<Pin<Box<dyn Future<Output = T> + Send + '_>>>) -> Vec<T> {
    let mut futures: Vec<Option<Pin<Box<dyn Future<Output = T> + Send + '_>>>> =
        futures.into_iter().map(Some).collect();
    let mut results: Vec<Option<T>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (future, result) in futures.iter_mut().zip(results.iter_mut()) {
            if let Some(f) = future {
                match f.as_mut().poll(cx) {
                    Poll::Ready(value) => {
                        *result = Some(value);
                        *future = None;
                    }
                    Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    })
    .await;
    results
        .into_iter()
        .map(|r| r.expect("every future finished"))
        .collect()
}

/// A payload type the host moves through a fixed Rust type.
trait Plain: Lift + Lower + Send + Sync + Unpin + 'static + Sized {
    fn to_val(self) -> Val;
    fn from_val(val: &Val) -> Option<Self>;
}

macro_rules! plain {
    ($($rust:ty => $variant:ident),* $(,)?) => {
        $(
            impl Plain for $rust {
                fn to_val(self) -> Val {
                    Val::$variant(self)
                }
                fn from_val(val: &Val) -> Option<Self> {
                    match val {
                        Val::$variant(v) => Some(v.clone()),
                        _ => None,
                    }
                }
            }
        )*
    };
}

plain! {
    bool => Bool, u8 => U8, u16 => U16, u32 => U32, u64 => U64,
    i8 => S8, i16 => S16, i32 => S32, i64 => S64,
    f32 => Float32, f64 => Float64, char => Char, String => String,
}

impl Plain for () {
    fn to_val(self) -> Val {
        Val::Tuple(Vec::new())
    }
    fn from_val(val: &Val) -> Option<Self> {
        matches!(val, Val::Tuple(items) if items.is_empty()).then_some(())
    }
}

/// Calls `$action::<T>($args…)` with `T` the Rust type of a payload.
macro_rules! with_plain {
    ($payload:expr, $action:ident ( $($arg:expr),* )) => {
        match $payload {
            None => $action::<()>($($arg),*),
            Some(Type::Bool) => $action::<bool>($($arg),*),
            Some(Type::U8) => $action::<u8>($($arg),*),
            Some(Type::U16) => $action::<u16>($($arg),*),
            Some(Type::U32) => $action::<u32>($($arg),*),
            Some(Type::U64) => $action::<u64>($($arg),*),
            Some(Type::S8) => $action::<i8>($($arg),*),
            Some(Type::S16) => $action::<i16>($($arg),*),
            Some(Type::S32) => $action::<i32>($($arg),*),
            Some(Type::S64) => $action::<i64>($($arg),*),
            Some(Type::Float32) => $action::<f32>($($arg),*),
            Some(Type::Float64) => $action::<f64>($($arg),*),
            Some(Type::Char) => $action::<char>($($arg),*),
            Some(Type::String) => $action::<String>($($arg),*),
            Some(other) => bail!(
                "the host moves only plain payloads (numbers, bool, char, string) through \
                 streams and futures, not {other:?}: pass such a stream between two guest \
                 instances (a step with `instance`)"
            ),
        }
    };
}

fn values_to<T: Plain>(items: &[Val]) -> Result<Vec<T>> {
    items
        .iter()
        .map(|v| T::from_val(v).with_context(|| format!("{v:?} is not a stream item")))
        .collect()
}

fn new_stream<T: Plain>(store: &mut StoreContextMut<'_, HostState>, items: &[Val]) -> Result<Val> {
    let items: Vec<T> = values_to(items)?;
    let reader = StreamReader::new(&mut *store, items)?;
    Ok(Val::Stream(reader.try_into_stream_any(&mut *store)?))
}

fn new_future<T: Plain>(store: &mut StoreContextMut<'_, HostState>, value: &Val) -> Result<Val> {
    let value = T::from_val(value).with_context(|| format!("{value:?} is not a future value"))?;
    let reader = FutureReader::new(&mut *store, async move { Ok::<T, wasmtime::Error>(value) })?;
    Ok(Val::Future(reader.try_into_future_any(&mut *store)?))
}

/// A stream of `items` the host writes (then closes).
pub fn stream_of(
    store: &mut StoreContextMut<'_, HostState>,
    payload: Option<Type>,
    items: &[Val],
) -> Result<Val> {
    with_plain!(payload, new_stream(store, items))
}

/// A future the host resolves at once to `value`.
pub fn future_of(
    store: &mut StoreContextMut<'_, HostState>,
    payload: Option<Type>,
    value: &Val,
) -> Result<Val> {
    with_plain!(payload, new_future(store, value))
}

/// What the host read from one stream or future, shared with wasmtime's
/// consumer of it.
#[derive(Debug, Default)]
pub struct Collected {
    pub items: Vec<Val>,
    /// The writer is gone (stream) or the value came (future).
    pub done: bool,
    waker: Option<Waker>,
}

pub type Collection = Arc<Mutex<Collected>>;

struct Collector<T> {
    into: Collection,
    _payload: std::marker::PhantomData<fn() -> T>,
}

impl<T> Drop for Collector<T> {
    fn drop(&mut self) {
        let mut collected = self.into.lock().unwrap();
        collected.done = true;
        if let Some(waker) = collected.waker.take() {
            waker.wake();
        }
    }
}

impl<T: Plain> StreamConsumer<HostState> for Collector<T> {
    type Item = T;

    fn poll_consume(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        mut store: StoreContextMut<HostState>,
        mut source: Source<'_, T>,
        _finish: bool,
    ) -> Poll<wasmtime::Result<StreamResult>> {
        let mut buffer: Vec<T> = Vec::with_capacity(source.remaining(&mut store).max(1));
        source.read(&mut store, &mut buffer)?;
        let mut collected = self.into.lock().unwrap();
        collected.items.extend(buffer.into_iter().map(T::to_val));
        Poll::Ready(Ok(StreamResult::Completed))
    }
}

impl<T: Plain> FutureConsumer<HostState> for Collector<T> {
    type Item = T;

    fn poll_consume(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        mut store: StoreContextMut<HostState>,
        mut source: Source<'_, T>,
        _finish: bool,
    ) -> Poll<wasmtime::Result<()>> {
        let mut value: Option<T> = None;
        source.read(&mut store, &mut value)?;
        let mut collected = self.into.lock().unwrap();
        collected.items.extend(value.map(T::to_val));
        Poll::Ready(Ok(()))
    }
}

fn collect_stream<T: Plain>(
    store: &mut StoreContextMut<'_, HostState>,
    any: wasmtime::component::StreamAny,
) -> Result<Collection> {
    let into = Collection::default();
    let reader = any.try_into_stream_reader::<T>()?;
    reader.pipe(
        &mut *store,
        Collector::<T> {
            into: into.clone(),
            _payload: std::marker::PhantomData,
        },
    )?;
    Ok(into)
}

fn collect_future<T: Plain>(
    store: &mut StoreContextMut<'_, HostState>,
    any: wasmtime::component::FutureAny,
) -> Result<Collection> {
    let into = Collection::default();
    let reader = any.try_into_future_reader::<T>()?;
    reader.pipe(
        &mut *store,
        Collector::<T> {
            into: into.clone(),
            _payload: std::marker::PhantomData,
        },
    )?;
    Ok(into)
}

/// Starts reading a stream or future the guest gave the host; the
/// collection fills as the store runs (see [`finished`]).
pub fn collect(
    store: &mut StoreContextMut<'_, HostState>,
    val: Val,
    ty: &Type,
) -> Result<Collection> {
    match (val, ty) {
        (Val::Stream(any), Type::Stream(stream)) => {
            with_plain!(stream.ty(), collect_stream(store, any))
        }
        (Val::Future(any), Type::Future(future)) => {
            with_plain!(future.ty(), collect_future(store, any))
        }
        (val, _) => bail!("{val:?} is not a stream or future"),
    }
}

/// Ready once every collection is done.
pub fn finished(collections: &[Collection]) -> impl Future<Output = ()> + Send + '_ {
    std::future::poll_fn(move |cx| {
        for collection in collections {
            let mut collected = collection.lock().unwrap();
            if !collected.done {
                collected.waker = Some(cx.waker().clone());
                return Poll::Pending;
            }
        }
        Poll::Ready(())
    })
}

/// Rebuilds `val` (of type `ty`) with every stream and future in it
/// replaced by `f`'s answer, in a fixed order (depth first, left to right).
pub fn map_channels(
    val: Val,
    ty: &Type,
    f: &mut dyn FnMut(Val, &Type) -> Result<Val>,
) -> Result<Val> {
    Ok(match (val, ty) {
        (val, Type::Stream(_) | Type::Future(_)) => f(val, ty)?,
        (Val::List(items), Type::List(list)) => Val::List(map_all(items, &list.ty(), f)?),
        (Val::FixedLengthList(items), Type::FixedLengthList(list)) => {
            Val::FixedLengthList(map_all(items, &list.ty(), f)?)
        }
        (Val::Record(fields), Type::Record(record)) => {
            let mut out = Vec::with_capacity(fields.len());
            for ((name, value), field) in fields.into_iter().zip(record.fields()) {
                out.push((name, map_channels(value, &field.ty, f)?));
            }
            Val::Record(out)
        }
        (Val::Tuple(items), Type::Tuple(tuple)) => {
            let mut out = Vec::with_capacity(items.len());
            for (value, ty) in items.into_iter().zip(tuple.types()) {
                out.push(map_channels(value, &ty, f)?);
            }
            Val::Tuple(out)
        }
        (Val::Variant(name, Some(payload)), Type::Variant(variant)) => {
            let case = variant.cases().find(|c| c.name == name).and_then(|c| c.ty);
            match case {
                Some(ty) => Val::Variant(name, Some(Box::new(map_channels(*payload, &ty, f)?))),
                None => Val::Variant(name, Some(payload)),
            }
        }
        (Val::Option(Some(payload)), Type::Option(option)) => {
            Val::Option(Some(Box::new(map_channels(*payload, &option.ty(), f)?)))
        }
        (Val::Result(Ok(Some(payload))), Type::Result(result)) => match result.ok() {
            Some(ty) => Val::Result(Ok(Some(Box::new(map_channels(*payload, &ty, f)?)))),
            None => Val::Result(Ok(Some(payload))),
        },
        (Val::Result(Err(Some(payload))), Type::Result(result)) => match result.err() {
            Some(ty) => Val::Result(Err(Some(Box::new(map_channels(*payload, &ty, f)?)))),
            None => Val::Result(Err(Some(payload))),
        },
        (val, _) => val,
    })
}

fn map_all(
    items: Vec<Val>,
    ty: &Type,
    f: &mut dyn FnMut(Val, &Type) -> Result<Val>,
) -> Result<Vec<Val>> {
    items.into_iter().map(|v| map_channels(v, ty, f)).collect()
}

/// Makes the streams and futures a case value describes: at a stream
/// position the reader left the items (a list), at a future position a
/// one-element list; values already real (bound handles) stay.
pub fn materialize(store: &mut StoreContextMut<'_, HostState>, val: Val, ty: &Type) -> Result<Val> {
    map_channels(val, ty, &mut |val, ty| match (val, ty) {
        (Val::List(items), Type::Stream(stream)) => stream_of(store, stream.ty(), &items),
        (Val::List(items), Type::Future(future)) if items.len() == 1 => {
            future_of(store, future.ty(), &items[0])
        }
        (val @ (Val::Stream(_) | Val::Future(_)), _) => Ok(val),
        (val, _) => bail!("{val:?} is not a stream or future value"),
    })
}
