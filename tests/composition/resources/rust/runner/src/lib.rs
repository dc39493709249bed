//! Uses every function of `counters` on the test component and checks each
//! answer, and that every handle dropped here, or moved to the test and
//! dropped there, reaches the test's destructor at that moment.

mod bindings;
mod check;

use bindings::compose::resources::counters::{self, Bag, Counter};

struct Runner;

impl bindings::Guest for Runner {
    fn run() {
        check::equal("live at start", counters::live(), 0);
        let (first, merged) = counters_and_borrows();
        let passed = moves(merged);
        bag(first, passed);
        holders();
        containers();
        check::equal("live at end", counters::live(), 0);
        check::finish();
    }
}

/// The labels destroyed since the last call, sorted: destructors of
/// counters dropped together may run in any order.
fn dropped_sorted() -> Vec<String> {
    let mut labels = counters::dropped();
    labels.sort();
    labels
}

fn labels(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Constructor, methods, statics, borrows. Returns `a` (8) and `a+fv` (4).
fn counters_and_borrows() -> (Counter, Counter) {
    let a = Counter::new("a", 5);
    check::equal("constructor get", a.get(), 5);
    a.add(3);
    check::equal("add", a.get(), 8);
    check::equal("label", a.label(), "a".to_string());
    check::equal("live after constructor", counters::live(), 1);

    let from_values = Counter::from_values("fv", &[1, 2, 3, -10]);
    check::equal("from-values", from_values.get(), -4);
    let merged = Counter::merge(&a, from_values);
    check::equal("merge value", merged.get(), 4);
    check::equal("merge label", merged.label(), "a+fv".to_string());
    check::equal(
        "merge dropped the moved counter",
        counters::dropped(),
        labels(&["fv"]),
    );

    let split = a.split("s");
    check::equal("split value", split.get(), 8);
    check::equal("split label", split.label(), "s".to_string());
    check::equal("peek borrow", counters::peek(&a), 8);
    check::equal(
        "sum-borrowed",
        counters::sum_borrowed(&[&a, &merged, &split]),
        20,
    );
    check::equal("borrows dropped nothing", counters::dropped(), vec![]);
    check::equal("consume", counters::consume(split), 8);
    check::equal("consume dropped it", counters::dropped(), labels(&["s"]));
    check::equal("live after consume", counters::live(), 2);
    (a, merged)
}

/// Own moved across and back, then dropped here.
fn moves(merged: Counter) -> Counter {
    let passed = counters::pass(merged);
    check::equal("pass keeps the counter", passed.get(), 4);
    check::equal("pass dropped nothing", counters::dropped(), vec![]);
    let scratch = Counter::new("scratch", 0);
    drop(scratch);
    check::equal(
        "runner drop reaches the test",
        counters::dropped(),
        labels(&["scratch"]),
    );
    passed
}

/// Counters moved into a bag, one taken back, the rest dropped with it.
fn bag(first: Counter, second: Counter) {
    let bag = Bag::new();
    bag.put(first);
    bag.put(second);
    check::equal("bag size", bag.size(), 2);
    check::equal("bag total", bag.total(), 12);
    let Some(taken) = bag.take() else {
        check::fail("bag take", "expected a counter, got none");
    };
    check::equal(
        "bag take is the last put",
        taken.label(),
        "a+fv".to_string(),
    );
    check::equal("bag size after take", bag.size(), 1);
    drop(taken);
    check::equal(
        "taken counter dropped",
        counters::dropped(),
        labels(&["a+fv"]),
    );
    drop(bag);
    check::equal(
        "bag drop drops its counters",
        counters::dropped(),
        labels(&["a"]),
    );
    check::equal("live after bag", counters::live(), 0);
}

/// Counters from the test inside a record, read here and moved back.
fn holders() {
    let holder = counters::make_holder("h", 10);
    check::equal("holder name", holder.name.clone(), "h".to_string());
    check::equal("holder counter", holder.counter.get(), 10);
    let spare = holder.spare.as_ref().map(|c| (c.label(), c.get()));
    check::equal("holder spare", spare, Some(("h-spare".to_string(), 11)));
    check::equal("live with holder", counters::live(), 2);
    check::equal("open-holder", counters::open_holder(holder), 21);
    check::equal(
        "open-holder dropped both",
        dropped_sorted(),
        labels(&["h", "h-spare"]),
    );

    let kept = counters::make_holder("k", 1);
    drop(kept);
    check::equal(
        "holder dropped here",
        dropped_sorted(),
        labels(&["k", "k-spare"]),
    );
}

/// Counters in lists, options and results.
fn containers() {
    let many = counters::make_many(&[1, 2, 3]);
    let values: Vec<i64> = many.iter().map(Counter::get).collect();
    check::equal("make-many", values, vec![1, 2, 3]);
    drop(many);
    check::equal(
        "make-many dropped",
        dropped_sorted(),
        labels(&["many-0", "many-1", "many-2"]),
    );
    let some = counters::maybe(Some(9));
    check::equal("maybe some", some.as_ref().map(Counter::get), Some(9));
    check::equal("maybe none", counters::maybe(None).map(|c| c.get()), None);
    drop(some);
    let tried = counters::try_make(5);
    check::equal(
        "try-make ok",
        tried.as_ref().map(Counter::get).ok(),
        Some(5),
    );
    drop(tried);
    check::equal(
        "try-make err",
        counters::try_make(-1).map(|c| c.get()),
        Err("negative start: -1".to_string()),
    );
    check::equal(
        "option and result dropped",
        counters::dropped(),
        labels(&["maybe", "tried"]),
    );
}

bindings::export!(Runner with_types_in bindings);
