//! A gadget resource implemented by the guest, and the host's counter used
//! every way the world allows.

mod bindings;

use std::cell::RefCell;
use std::sync::atomic::{AtomicU32, Ordering};

use bindings::exports::test::resources::run::{Gadget, GadgetBorrow, Guest, GuestGadget, Pack};
use bindings::test::resources::host::{self, Counter};

static LIVE_GADGETS: AtomicU32 = AtomicU32::new(0);

struct Component;

struct MyGadget {
    label: RefCell<String>,
    counter: RefCell<Option<Counter>>,
}

impl MyGadget {
    fn labelled(label: String) -> Self {
        LIVE_GADGETS.fetch_add(1, Ordering::Relaxed);
        MyGadget {
            label: RefCell::new(label),
            counter: RefCell::new(None),
        }
    }
}

impl Drop for MyGadget {
    fn drop(&mut self) {
        LIVE_GADGETS.fetch_sub(1, Ordering::Relaxed);
    }
}

impl GuestGadget for MyGadget {
    fn new(label: String) -> Self {
        MyGadget::labelled(label)
    }
    fn label(&self) -> String {
        self.label.borrow().clone()
    }
    fn rename(&self, label: String) {
        *self.label.borrow_mut() = label;
    }
    fn merge(a: GadgetBorrow<'_>, b: Gadget) -> Gadget {
        let label = format!(
            "{}+{}",
            a.get::<MyGadget>().label(),
            b.get::<MyGadget>().label()
        );
        Gadget::new(MyGadget::labelled(label))
    }
    fn attach(&self, c: Counter) {
        *self.counter.borrow_mut() = Some(c);
    }
    fn attached(&self) -> Option<u32> {
        self.counter.borrow().as_ref().map(|c| c.get())
    }
}

impl Guest for Component {
    type Gadget = MyGadget;

    fn live_gadgets() -> u32 {
        LIVE_GADGETS.load(Ordering::Relaxed)
    }
    fn pass_gadget(g: Gadget) -> Gadget {
        g
    }
    fn gadget_label(g: GadgetBorrow<'_>) -> String {
        g.get::<MyGadget>().label()
    }
    fn new_counter(start: u32) -> Counter {
        Counter::new(start)
    }
    fn make_counter(start: u32) -> Counter {
        Counter::make(start)
    }
    fn read_counter(c: &Counter) -> (u32, u32) {
        (c.get(), host::peek(c))
    }
    fn bump_counter(c: &Counter, by: u32) {
        c.set(c.get() + by);
    }
    fn consume_counter(c: Counter) -> u32 {
        host::consume(c)
    }
    fn drop_counter(c: Counter) {
        drop(c);
    }
    fn return_counter(c: Counter) -> Counter {
        c
    }
    fn scratch_counter(start: u32) -> u32 {
        let c = Counter::new(start);
        c.get()
    }
    fn sum_counters(cs: Vec<Counter>) -> u32 {
        cs.iter().map(|c| c.get()).sum()
    }
    fn make_counters(starts: Vec<u32>) -> Vec<Counter> {
        starts.into_iter().map(Counter::new).collect()
    }
    fn maybe_gadget(label: String) -> Option<Gadget> {
        if label.is_empty() {
            None
        } else {
            Some(Gadget::new(MyGadget::labelled(label)))
        }
    }
    fn labels(gs: Vec<GadgetBorrow<'_>>) -> Vec<String> {
        gs.iter().map(|g| g.get::<MyGadget>().label()).collect()
    }
    fn peek_all(cs: Vec<&Counter>) -> Vec<u32> {
        cs.iter().map(|c| host::peek(c)).collect()
    }
    fn pack_counter(label: String, start: u32) -> Pack {
        Pack {
            label,
            counter: Counter::new(start),
        }
    }
    fn unpack(p: Pack) -> (String, u32) {
        (p.label, p.counter.get())
    }
    fn try_gadget(label: String) -> Result<Gadget, String> {
        if label.is_empty() {
            Err("empty label".to_string())
        } else {
            Ok(Gadget::new(MyGadget::labelled(label)))
        }
    }
}

bindings::export!(Component with_types_in bindings);
