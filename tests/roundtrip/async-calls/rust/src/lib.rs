//! Async exports calling async imports: blocked and immediate calls, calls
//! in flight at once, cancellation, yield, `block_on`, backpressure.

mod bindings;

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::task::Poll;

use bindings::exports::test::async_calls::run::{Guest, GuestGadget, Wide};
use bindings::test::async_calls::host;
use bindings::wit_bindgen;

struct Component;

thread_local! {
    /// The order backpressured calls ran in.
    static SEQUENCE: Cell<u32> = const { Cell::new(0) };
}

fn next_in_sequence() -> u32 {
    SEQUENCE.with(|s| {
        let n = s.get();
        s.set(n + 1);
        n
    })
}

/// Polls a future once: `Pending` means its operation is in flight.
async fn poll_once<F: Future + Unpin>(future: &mut F) -> Poll<F::Output> {
    std::future::poll_fn(|cx| Poll::Ready(Pin::new(&mut *future).poll(cx))).await
}

impl Guest for Component {
    type Gadget = MyGadget;

    async fn double_twice(x: u32) -> u32 {
        let once = host::double(x).await;
        host::double(once).await
    }

    async fn double_both(x: u32, y: u32) -> u32 {
        let other = wit_bindgen::spawn_local(host::double(y));
        let mine = host::double(x).await;
        mine + other.await.expect("the spawned call finished")
    }

    async fn weigh(a: u8, b: u16, c: u32, d: u64, e: String) -> String {
        let weighed = host::weigh(a, b, c, d, &e).await;
        format!("{weighed} / {a} {b} {c} {d} {e}")
    }

    async fn widen(seed: u64, label: String) -> Wide {
        Wide {
            a: seed,
            b: seed + 1,
            c: seed + 2,
            d: seed + 3,
            e: seed + 4,
            f: seed + 5,
            g: seed + 6,
            h: seed + 7,
            i: seed + 8,
            j: seed + 9,
            k: seed + 10,
            l: seed + 11,
            m: seed + 12,
            n: seed + 13,
            o: seed + 14,
            p: seed + 15,
            q: label,
        }
    }

    async fn cancel_hang() -> String {
        let mut call = Box::pin(host::hang());
        let state = match poll_once(&mut call).await {
            Poll::Pending => "cancelled",
            Poll::Ready(_) => "answered",
        };
        // Dropping the call in flight cancels it.
        drop(call);
        host::ping().await;
        state.to_string()
    }

    async fn yield_then_ping(n: u32) -> u32 {
        for _ in 0..n {
            wit_bindgen::yield_async().await;
        }
        host::ping().await;
        n
    }

    fn sync_triple(x: u32) -> u32 {
        wit_bindgen::block_on(host::triple(x))
    }

    async fn gate() -> u32 {
        wit_bindgen::backpressure_inc();
        host::double(1).await;
        let order = next_in_sequence();
        wit_bindgen::backpressure_dec();
        order
    }

    async fn after_gate() -> u32 {
        next_in_sequence()
    }
}

struct MyGadget {
    label: String,
}

impl GuestGadget for MyGadget {
    fn new(label: String) -> Self {
        MyGadget { label }
    }

    async fn describe(&self, suffix: String) -> String {
        let zero = host::double(0).await;
        format!("{}{suffix} ({zero})", self.label)
    }
}

bindings::export!(Component with_types_in bindings);
