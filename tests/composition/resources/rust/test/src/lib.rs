//! `counters`, owned by Rust: each counter's destructor records its label.

mod bindings;

use std::cell::{Cell, RefCell};

use bindings::exports::compose::resources::counters::{
    Counter, CounterBorrow, Guest, GuestBag, GuestCounter, Holder,
};

thread_local! {
    static LIVE: Cell<u32> = const { Cell::new(0) };
    static DROPPED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

struct Test;

struct MyCounter {
    label: String,
    value: Cell<i64>,
}

impl MyCounter {
    fn make(label: impl Into<String>, value: i64) -> Counter {
        Counter::new(<MyCounter as GuestCounter>::new(label.into(), value))
    }
}

impl Drop for MyCounter {
    fn drop(&mut self) {
        LIVE.set(LIVE.get() - 1);
        DROPPED.with_borrow_mut(|d| d.push(self.label.clone()));
    }
}

fn value(c: &Counter) -> i64 {
    c.get::<MyCounter>().value.get()
}

impl GuestCounter for MyCounter {
    fn new(label: String, start: i64) -> Self {
        LIVE.set(LIVE.get() + 1);
        MyCounter {
            label,
            value: Cell::new(start),
        }
    }
    fn get(&self) -> i64 {
        self.value.get()
    }
    fn add(&self, by: i64) {
        self.value.set(self.value.get() + by);
    }
    fn label(&self) -> String {
        self.label.clone()
    }
    fn from_values(label: String, values: Vec<i64>) -> Counter {
        MyCounter::make(label, values.iter().sum())
    }
    fn merge(a: CounterBorrow<'_>, b: Counter) -> Counter {
        let a = a.get::<MyCounter>();
        let b_counter = b.get::<MyCounter>();
        let label = format!("{}+{}", a.label, b_counter.label);
        MyCounter::make(label, a.value.get() + b_counter.value.get())
    }
    fn split(&self, label: String) -> Counter {
        MyCounter::make(label, self.value.get())
    }
}

struct MyBag {
    counters: RefCell<Vec<Counter>>,
}

impl GuestBag for MyBag {
    fn new() -> Self {
        MyBag {
            counters: RefCell::new(Vec::new()),
        }
    }
    fn put(&self, c: Counter) {
        self.counters.borrow_mut().push(c);
    }
    fn take(&self) -> Option<Counter> {
        self.counters.borrow_mut().pop()
    }
    fn size(&self) -> u32 {
        self.counters.borrow().len() as u32
    }
    fn total(&self) -> i64 {
        self.counters.borrow().iter().map(value).sum()
    }
}

impl Guest for Test {
    type Counter = MyCounter;
    type Bag = MyBag;

    fn make_holder(name: String, start: i64) -> Holder {
        Holder {
            counter: MyCounter::make(name.clone(), start),
            spare: Some(MyCounter::make(format!("{name}-spare"), start + 1)),
            name,
        }
    }
    fn open_holder(h: Holder) -> i64 {
        value(&h.counter) + h.spare.as_ref().map_or(0, value)
    }
    fn peek(c: CounterBorrow<'_>) -> i64 {
        c.get::<MyCounter>().value.get()
    }
    fn sum_borrowed(cs: Vec<CounterBorrow<'_>>) -> i64 {
        cs.iter().map(|c| c.get::<MyCounter>().value.get()).sum()
    }
    fn consume(c: Counter) -> i64 {
        value(&c)
    }
    fn pass(c: Counter) -> Counter {
        c
    }
    fn make_many(starts: Vec<i64>) -> Vec<Counter> {
        starts
            .into_iter()
            .enumerate()
            .map(|(i, start)| MyCounter::make(format!("many-{i}"), start))
            .collect()
    }
    fn maybe(start: Option<i64>) -> Option<Counter> {
        start.map(|start| MyCounter::make("maybe", start))
    }
    fn try_make(start: i64) -> Result<Counter, String> {
        if start < 0 {
            return Err(format!("negative start: {start}"));
        }
        Ok(MyCounter::make("tried", start))
    }
    fn live() -> u32 {
        LIVE.get()
    }
    fn dropped() -> Vec<String> {
        DROPPED.take()
    }
}

bindings::export!(Test with_types_in bindings);
