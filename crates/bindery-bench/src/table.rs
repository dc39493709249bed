//! The one table the bench prints: a row per measure, a column per
//! language, each cell the ratio bindery ÷ wit-bindgen with both values,
//! as Markdown so it can be pasted into notes and issues.

use std::fmt;
use std::time::Duration;

/// A table with a header row.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let columns = self.header.len();
        let mut widths = vec![0; columns];
        for row in std::iter::once(&self.header).chain(&self.rows) {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        let line = |f: &mut fmt::Formatter<'_>, row: &[String]| -> fmt::Result {
            write!(f, "|")?;
            for (i, width) in widths.iter().enumerate() {
                let cell = row.get(i).map(String::as_str).unwrap_or("");
                let pad = width - cell.chars().count();
                write!(f, " {cell}{} |", " ".repeat(pad))?;
            }
            writeln!(f)
        };
        line(f, &self.header)?;
        write!(f, "|")?;
        for width in &widths {
            write!(f, "{}|", "-".repeat(width + 2))?;
        }
        writeln!(f)?;
        for row in &self.rows {
            line(f, row)?;
        }
        Ok(())
    }
}

/// One cell: bindery's value against wit-bindgen's, and their ratio.
#[derive(Debug, Clone, Copy)]
pub enum Cell<T> {
    Both {
        bindery: T,
        wit_bindgen: T,
    },
    /// wit-bindgen has no generator or guest for the language.
    BinderyOnly(T),
}

/// A measured quantity that can be shown and divided.
pub trait Quantity: Copy {
    fn show(self) -> String;
    fn value(self) -> f64;
}

impl Quantity for Duration {
    fn show(self) -> String {
        let ms = self.as_secs_f64() * 1e3;
        if ms >= 100.0 {
            format!("{ms:.0} ms")
        } else {
            format!("{ms:.1} ms")
        }
    }
    fn value(self) -> f64 {
        self.as_secs_f64()
    }
}

/// Bytes of heap.
#[derive(Debug, Clone, Copy)]
pub struct Bytes(pub usize);

impl Quantity for Bytes {
    fn show(self) -> String {
        format!("{:.1} MB", self.0 as f64 / 1e6)
    }
    fn value(self) -> f64 {
        self.0 as f64
    }
}

/// Wasm fuel.
#[derive(Debug, Clone, Copy)]
pub struct Fuel(pub u64);

impl Quantity for Fuel {
    fn show(self) -> String {
        // Thousands separated, as in the table.
        let digits = self.0.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    }
    fn value(self) -> f64 {
        self.0 as f64
    }
}

impl<T: Quantity> Cell<T> {
    /// bindery ÷ wit-bindgen, when there is a wit-bindgen value.
    pub fn ratio(&self) -> Option<f64> {
        match *self {
            Cell::Both {
                bindery,
                wit_bindgen,
            } => Some(bindery.value() / wit_bindgen.value().max(f64::MIN_POSITIVE)),
            Cell::BinderyOnly(_) => None,
        }
    }
}

impl<T: Quantity> fmt::Display for Cell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Cell::Both {
                bindery,
                wit_bindgen,
            } => write!(
                f,
                "**{:.2}×** ({} vs {})",
                self.ratio().unwrap_or(f64::NAN),
                bindery.show(),
                wit_bindgen.show()
            ),
            Cell::BinderyOnly(bindery) => write!(f, "{} (no wit-bindgen)", bindery.show()),
        }
    }
}

/// The text of one cell: bindery's value against wit-bindgen's, if it has one.
pub fn cell<T: Quantity>(bindery: T, wit_bindgen: Option<T>) -> String {
    match wit_bindgen {
        Some(wit_bindgen) => Cell::Both {
            bindery,
            wit_bindgen,
        },
        None => Cell::BinderyOnly(bindery),
    }
    .to_string()
}
