//! Futures and streams of every kind of payload, both ways.

mod bindings;

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::Poll;

use bindings::exports::test::async_channels::run::{Counter, Guest, Point};
use bindings::test::async_channels::host;
use bindings::wit_bindgen::{self, FutureReader, StreamReader, StreamResult};
use bindings::{wit_future, wit_stream};

struct Component;

thread_local! {
    /// The stream `stash` keeps for `drain`.
    static STASHED: RefCell<Option<StreamReader<u8>>> = const { RefCell::new(None) };
}

async fn sum(bytes: StreamReader<u8>) -> u64 {
    bytes.collect().await.iter().map(|b| u64::from(*b)).sum()
}

impl Guest for Component {
    async fn sum_bytes(bytes: StreamReader<u8>) -> u64 {
        sum(bytes).await
    }

    async fn make_bytes(n: u32, seed: u8) -> StreamReader<u8> {
        let (mut writer, reader) = wit_stream::new::<u8>();
        wit_bindgen::spawn_local(async move {
            let bytes: Vec<u8> = (0..n).map(|i| seed + (i % 8) as u8).collect();
            let unsent = writer.write_all(bytes).await;
            assert!(unsent.is_empty(), "the host stopped reading");
        });
        reader
    }

    async fn read_numbers(n: u32) -> Vec<u32> {
        host::numbers(n).collect().await
    }

    async fn bounce_bytes(bytes: StreamReader<u8>) -> u64 {
        sum(host::echo_bytes(bytes)).await
    }

    async fn upper(mut words: StreamReader<String>) -> StreamReader<String> {
        let (mut writer, reader) = wit_stream::new::<String>();
        wit_bindgen::spawn_local(async move {
            while let Some(word) = words.next().await {
                if writer.write_one(word.to_uppercase()).await.is_some() {
                    break;
                }
            }
        });
        reader
    }

    fn stash(bytes: StreamReader<u8>) {
        STASHED.with(|s| *s.borrow_mut() = Some(bytes));
    }

    async fn drain() -> u64 {
        let bytes = STASHED.with(|s| s.borrow_mut().take()).expect("stash ran first");
        sum(bytes).await
    }

    async fn plus_one(value: FutureReader<u32>) -> u32 {
        value.await + 1
    }

    async fn later(text: String) -> FutureReader<String> {
        let (writer, reader) = wit_future::new(String::new);
        wit_bindgen::spawn_local(async move {
            wit_bindgen::yield_async().await;
            writer.write(text).await.expect("the host reads the future");
        });
        reader
    }

    async fn await_unit(ready: FutureReader<()>) -> u32 {
        ready.await;
        7
    }

    async fn make_unit() -> FutureReader<()> {
        let (writer, reader) = wit_future::new(|| ());
        wit_bindgen::spawn_local(async move {
            let _ = writer.write(()).await;
        });
        reader
    }

    async fn unwritten() -> FutureReader<u32> {
        let (writer, reader) = wit_future::new(|| 42);
        drop(writer);
        reader
    }

    async fn cancel_read() -> Vec<u8> {
        let (mut writer, mut reader) = wit_stream::new::<u8>();
        {
            let mut read = Box::pin(reader.read(Vec::with_capacity(8)));
            let first = std::future::poll_fn(|cx| Poll::Ready(Pin::new(&mut read).poll(cx))).await;
            assert!(first.is_pending(), "nothing was written yet");
            let (result, values) = read.as_mut().cancel();
            assert_eq!(result, StreamResult::Cancelled);
            assert!(values.is_empty());
        }
        wit_bindgen::spawn_local(async move {
            writer.write_all(vec![1, 2, 3]).await;
        });
        reader.collect().await
    }

    async fn make_points(n: i32) -> StreamReader<Point> {
        let (mut writer, reader) = wit_stream::new::<Point>();
        wit_bindgen::spawn_local(async move {
            let points = (1..=n)
                .map(|i| Point {
                    x: i,
                    y: -i,
                    label: format!("p{i}"),
                })
                .collect();
            writer.write_all(points).await;
        });
        reader
    }

    async fn sum_points(points: StreamReader<Point>) -> Point {
        let mut total = Point {
            x: 0,
            y: 0,
            label: String::new(),
        };
        for point in points.collect().await {
            total.x += point.x;
            total.y += point.y;
            total.label.push_str(&point.label);
        }
        total
    }

    async fn make_counters(n: u32) -> StreamReader<Counter> {
        let (mut writer, reader) = wit_stream::new::<Counter>();
        wit_bindgen::spawn_local(async move {
            let counters = (1..=n).map(Counter::new).collect();
            writer.write_all(counters).await;
        });
        reader
    }

    async fn sum_counters(counters: StreamReader<Counter>) -> u32 {
        counters.collect().await.iter().map(Counter::value).sum()
    }
}

bindings::export!(Component with_types_in bindings);
