//! `Val` → WAVE text, in full or abbreviated for failure messages.

use std::fmt::Write;

use wasmtime::component::Val;

use super::{Handles, label};

/// The whole value as WAVE (handles by their bound names).
pub fn to_wave(val: &Val, handles: &Handles) -> String {
    let mut out = String::new();
    Writer {
        out: &mut out,
        handles,
        abbreviate: false,
    }
    .value(val);
    out
}

/// The value as WAVE with long strings and lists shortened, for messages:
/// `"abcabc…" (1048576 bytes)`, `[1, 2, 3, … 999997 more]`.
pub fn summary(val: &Val, handles: &Handles) -> String {
    let mut out = String::new();
    Writer {
        out: &mut out,
        handles,
        abbreviate: true,
    }
    .value(val);
    out
}

const MAX_CHARS: usize = 60;
const MAX_ITEMS: usize = 12;

struct Writer<'a> {
    out: &'a mut String,
    handles: &'a Handles,
    abbreviate: bool,
}

impl Writer<'_> {
    fn value(&mut self, val: &Val) {
        match val {
            Val::Bool(b) => self.push(if *b { "true" } else { "false" }),
            Val::S8(n) => self.display(n),
            Val::U8(n) => self.display(n),
            Val::S16(n) => self.display(n),
            Val::U16(n) => self.display(n),
            Val::S32(n) => self.display(n),
            Val::U32(n) => self.display(n),
            Val::S64(n) => self.display(n),
            Val::U64(n) => self.display(n),
            Val::Float32(f) => self.float(f64::from(*f), *f == 0.0 && f.is_sign_negative(), || {
                format!("{f:?}")
            }),
            Val::Float64(f) => {
                self.float(*f, *f == 0.0 && f.is_sign_negative(), || format!("{f:?}"))
            }
            Val::Char(c) => {
                self.out.push('\'');
                escape(self.out, *c, '\'');
                self.out.push('\'');
            }
            Val::String(s) => self.string(s),
            Val::List(items) | Val::FixedLengthList(items) => {
                self.seq("[", "]", items.len(), |w, i| w.value(&items[i]));
            }
            Val::Map(pairs) => self.seq("[", "]", pairs.len(), |w, i| {
                w.out.push('(');
                w.value(&pairs[i].0);
                w.out.push_str(", ");
                w.value(&pairs[i].1);
                w.out.push(')');
            }),
            Val::Record(fields) => {
                if fields.is_empty() {
                    self.push("{:}");
                } else {
                    self.seq("{", "}", fields.len(), |w, i| {
                        w.out.push_str(&label(&fields[i].0));
                        w.out.push_str(": ");
                        w.value(&fields[i].1);
                    });
                }
            }
            Val::Tuple(items) => self.seq("(", ")", items.len(), |w, i| w.value(&items[i])),
            Val::Variant(name, payload) => self.case(&label(name), payload.as_deref()),
            Val::Enum(name) => self.push(&label(name)),
            Val::Option(None) => self.push("none"),
            Val::Option(Some(v)) => self.case("some", Some(v)),
            Val::Result(Ok(v)) => self.case("ok", v.as_deref()),
            Val::Result(Err(v)) => self.case("err", v.as_deref()),
            Val::Flags(names) => {
                let names: Vec<String> = names.iter().map(|n| label(n)).collect();
                self.seq("{", "}", names.len(), |w, i| w.out.push_str(&names[i]));
            }
            Val::Resource(handle) => match self.handles.name_of(handle) {
                Some(name) => self.push(name),
                None if handle.owned() => self.push("<own handle>"),
                None => self.push("<borrow handle>"),
            },
            Val::Future(_) => self.push("<future>"),
            Val::Stream(_) => self.push("<stream>"),
            Val::ErrorContext(_) => self.push("<error-context>"),
        }
    }

    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn display(&mut self, n: &dyn std::fmt::Display) {
        let _ = write!(self.out, "{n}");
    }

    fn float(&mut self, f: f64, negative_zero: bool, debug: impl Fn() -> String) {
        if f.is_nan() {
            self.push("nan");
        } else if f.is_infinite() {
            self.push(if f > 0.0 { "inf" } else { "-inf" });
        } else if negative_zero {
            self.push("-0.0");
        } else {
            // `{:?}` is the shortest text that reads back to the same bits.
            self.push(&debug());
        }
    }

    fn string(&mut self, s: &str) {
        self.out.push('"');
        let cut = if self.abbreviate {
            s.char_indices().nth(MAX_CHARS).map(|(i, _)| i)
        } else {
            None
        };
        for c in s[..cut.unwrap_or(s.len())].chars() {
            escape(self.out, c, '"');
        }
        self.out.push('"');
        if cut.is_some() {
            let _ = write!(
                self.out,
                "… ({} bytes, {} chars)",
                s.len(),
                s.chars().count()
            );
        }
    }

    fn seq(&mut self, open: &str, close: &str, len: usize, mut item: impl FnMut(&mut Self, usize)) {
        self.push(open);
        let shown = if self.abbreviate {
            len.min(MAX_ITEMS)
        } else {
            len
        };
        for i in 0..shown {
            if i > 0 {
                self.push(", ");
            }
            item(self, i);
        }
        if shown < len {
            let _ = write!(self.out, ", … {} more", len - shown);
        }
        self.push(close);
    }

    fn case(&mut self, name: &str, payload: Option<&Val>) {
        self.push(name);
        if let Some(payload) = payload {
            self.out.push('(');
            self.value(payload);
            self.out.push(')');
        }
    }
}

/// WAVE's escapes: quotes, backslash, `\t \n \r`, and `\u{…}` for other
/// control characters.
fn escape(out: &mut String, c: char, quote: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if c.is_control() => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
        c => out.push(c),
    }
}
