//! WAVE text ↔ wasmtime's dynamic [`Val`], typed by the component's types.
//!
//! wasm-wave parses the text into an untyped tree; turning that tree into a
//! `Val` is done here rather than by wasmtime's own WAVE support because
//! case files need what it lacks:
//!
//! - `map<K, V>`: written as a list of pairs, `[("a", 1), ("b", 2)]`, and
//!   compared without regard to order;
//! - fixed-length lists (`list<T, N>`): written as lists;
//! - resources: a label in an `own`/`borrow` position names a handle. In
//!   arguments it must be bound; in an expected value it binds the handle
//!   the guest returned (see [`Binder`]);
//! - streams and futures (async worlds): a stream is written as the list
//!   of its items, a future as its value (`{:}` for no payload); in
//!   arguments the host makes them, in an expected value the host reads
//!   what the guest returned. A bare name binds or passes one on;
//! - named values: a label where WAVE allows none (a string, list, number…)
//!   names an entry of the case's `[values]`, so a 1 MiB string needs no
//!   1 MiB literal.
//!
//! Everything else is plain WAVE: `some(x)`/`none`, `ok(x)`/`err(x)`,
//! `{a, b}` flags, `{name: v}` records, `case(payload)`, `nan`, `-inf`.

mod compare;
mod read;
mod write;

use std::collections::BTreeMap;

use wasmtime::component::{ResourceAny, Val};

pub use compare::{Difference, first_difference};
pub use read::{Binder, read_args, read_value};
pub use write::{summary, to_wave};

use crate::case::NamedValue;

/// Names the reader resolves: `[values]` recipes and bound handles.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    pub values: &'a BTreeMap<String, NamedValue>,
    pub handles: &'a Handles,
}

/// Resource handles the host holds, by the name a step bound them to.
#[derive(Debug, Default)]
pub struct Handles {
    map: BTreeMap<String, ResourceAny>,
    /// Streams and futures (`Val::Stream`/`Val::Future`) by name.
    channels: BTreeMap<String, Val>,
}

impl Handles {
    pub fn get(&self, name: &str) -> Option<ResourceAny> {
        self.map.get(name).copied()
    }

    pub fn bind(&mut self, name: &str, handle: ResourceAny) {
        self.map.insert(name.to_string(), handle);
    }

    pub fn remove(&mut self, name: &str) -> Option<ResourceAny> {
        self.map.remove(name)
    }

    /// The name a handle is bound to, for printing.
    pub fn name_of(&self, handle: &ResourceAny) -> Option<&str> {
        self.map
            .iter()
            .find(|(_, h)| *h == handle)
            .map(|(name, _)| name.as_str())
    }

    /// Takes every handle out, in name order.
    pub fn take_all(&mut self) -> Vec<(String, ResourceAny)> {
        std::mem::take(&mut self.map).into_iter().collect()
    }

    pub fn bind_channel(&mut self, name: &str, channel: Val) {
        self.channels.insert(name.to_string(), channel);
    }

    /// How many streams and futures are bound.
    pub fn channel_count(&self) -> usize {
        self.channels.len()
    }

    pub fn channel(&self, name: &str) -> Option<Val> {
        self.channels.get(name).cloned()
    }

    /// Forgets the name of a stream or future that moved away.
    pub fn forget_channel(&mut self, channel: &Val) {
        self.channels.retain(|_, bound| bound != channel);
    }

    /// Takes every stream and future out, in name order.
    pub fn take_channels(&mut self) -> Vec<(String, Val)> {
        std::mem::take(&mut self.channels).into_iter().collect()
    }
}

/// WAVE's keywords: a label spelled like one needs a `%` prefix.
const KEYWORDS: &[&str] = &["true", "false", "some", "none", "ok", "err", "inf", "nan"];

/// A WIT name as a WAVE label.
fn label(name: &str) -> String {
    if KEYWORDS.contains(&name) {
        format!("%{name}")
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use wasmtime::component::Val;

    use super::*;

    fn text(val: &Val) -> String {
        to_wave(val, &Handles::default())
    }

    #[test]
    fn writes_floats_chars_and_strings_as_wave() {
        assert_eq!(text(&Val::Float32(f32::NAN)), "nan");
        assert_eq!(text(&Val::Float64(f64::NEG_INFINITY)), "-inf");
        assert_eq!(text(&Val::Float64(-0.0)), "-0.0");
        assert_eq!(text(&Val::Float32(0.1)), "0.1");
        assert_eq!(text(&Val::Char('\'')), r"'\''");
        assert_eq!(text(&Val::Char('\0')), r"'\u{0}'");
        assert_eq!(text(&Val::String("a\"\\\n😀".into())), r#""a\"\\\n😀""#);
        assert_eq!(text(&Val::Enum("none".into())), "%none");
        assert_eq!(text(&Val::Record(vec![])), "{:}");
    }

    #[test]
    fn summary_shortens_long_values() {
        let long = Val::List(vec![Val::U8(1); 100]);
        let short = summary(&long, &Handles::default());
        assert!(short.ends_with(", … 88 more]"), "{short}");
    }

    #[test]
    fn maps_compare_in_any_order_and_floats_by_bits() {
        let h = Handles::default();
        let a = Val::Map(vec![
            (Val::U8(1), Val::Bool(true)),
            (Val::U8(2), Val::Bool(false)),
        ]);
        let b = Val::Map(vec![
            (Val::U8(2), Val::Bool(false)),
            (Val::U8(1), Val::Bool(true)),
        ]);
        assert_eq!(first_difference(&a, &b, &h), None);
        let nan = Val::Float64(f64::NAN);
        assert_eq!(first_difference(&nan, &Val::Float64(-f64::NAN), &h), None);
        assert!(first_difference(&Val::Float64(0.0), &Val::Float64(-0.0), &h).is_some());
    }

    #[test]
    fn difference_names_the_path() {
        let h = Handles::default();
        let record = |n| {
            Val::Record(vec![(
                "items".into(),
                Val::List(vec![Val::U32(0), Val::Option(Some(Box::new(Val::U32(n))))]),
            )])
        };
        let diff = first_difference(&record(1), &record(2), &h).unwrap();
        assert_eq!(diff.path, ".items[1].some");
        assert_eq!((diff.expected.as_str(), diff.actual.as_str()), ("1", "2"));
    }
}
