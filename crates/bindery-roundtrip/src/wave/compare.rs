//! Comparing an expected value with the one that came back, and saying
//! where they first differ (in a 1M-element list, "at [523]" is what
//! helps).

use wasmtime::component::Val;

use super::{Handles, summary, to_wave};

/// Where two values first differ: a path like `.items[3].name` (empty at
/// the top) and the two values found there, abbreviated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub path: String,
    pub expected: String,
    pub actual: String,
}

/// `None` when the values are the same. Floats compare as wasmtime's `Val`
/// does: every NaN equals every NaN, `-0.0` differs from `0.0`. Maps compare
/// as sets of entries (the last of duplicate keys wins), in any order.
pub fn first_difference(expected: &Val, actual: &Val, handles: &Handles) -> Option<Difference> {
    if walk(expected, actual, handles) {
        return None;
    }
    Some(locate(expected, actual, String::new(), handles))
}

/// True when equal (cheap path: no strings built).
fn walk(expected: &Val, actual: &Val, handles: &Handles) -> bool {
    match (expected, actual) {
        (Val::Map(e), Val::Map(a)) => {
            let (e, a) = (normalize(e, handles), normalize(a, handles));
            e.len() == a.len()
                && e.iter()
                    .zip(&a)
                    .all(|((ek, ev), (ak, av))| ek == ak && walk(ev, av, handles))
        }
        (Val::List(e), Val::List(a)) | (Val::FixedLengthList(e), Val::FixedLengthList(a)) => {
            e.len() == a.len() && e.iter().zip(a).all(|(e, a)| walk(e, a, handles))
        }
        (Val::Record(e), Val::Record(a)) => {
            e.len() == a.len()
                && e.iter()
                    .zip(a)
                    .all(|((en, ev), (an, av))| en == an && walk(ev, av, handles))
        }
        (Val::Tuple(e), Val::Tuple(a)) => {
            e.len() == a.len() && e.iter().zip(a).all(|(e, a)| walk(e, a, handles))
        }
        (Val::Variant(en, ep), Val::Variant(an, ap)) => en == an && walk_opt(ep, ap, handles),
        (Val::Option(e), Val::Option(a)) => walk_opt(e, a, handles),
        (Val::Result(Ok(e)), Val::Result(Ok(a))) | (Val::Result(Err(e)), Val::Result(Err(a))) => {
            walk_opt(e, a, handles)
        }
        (e, a) => e == a,
    }
}

fn walk_opt(e: &Option<Box<Val>>, a: &Option<Box<Val>>, h: &Handles) -> bool {
    match (e, a) {
        (Some(e), Some(a)) => walk(e, a, h),
        (None, None) => true,
        _ => false,
    }
}

/// Entries keyed by the key's WAVE text, sorted, last duplicate winning.
fn normalize<'v>(pairs: &'v [(Val, Val)], handles: &Handles) -> Vec<(String, &'v Val)> {
    let mut map = std::collections::BTreeMap::new();
    for (k, v) in pairs {
        map.insert(to_wave(k, handles), v);
    }
    map.into_iter().collect()
}

/// Called only when `expected != actual`: descends to the first place
/// that differs.
fn locate(expected: &Val, actual: &Val, path: String, handles: &Handles) -> Difference {
    let here = || Difference {
        path: path.clone(),
        expected: summary(expected, handles),
        actual: summary(actual, handles),
    };
    let differs = |e: &Val, a: &Val| !walk(e, a, handles);
    match (expected, actual) {
        (Val::List(e), Val::List(a)) | (Val::FixedLengthList(e), Val::FixedLengthList(a)) => {
            match e.iter().zip(a).position(|(e, a)| differs(e, a)) {
                Some(i) => locate(&e[i], &a[i], format!("{path}[{i}]"), handles),
                None => Difference {
                    path: format!("{path} (length)"),
                    expected: format!("{} elements", e.len()),
                    actual: format!("{} elements", a.len()),
                },
            }
        }
        (Val::Record(e), Val::Record(a)) if e.len() == a.len() => {
            match e
                .iter()
                .zip(a)
                .find(|((en, ev), (an, av))| en != an || differs(ev, av))
            {
                Some(((en, ev), (an, av))) if en == an => {
                    locate(ev, av, format!("{path}.{en}"), handles)
                }
                _ => here(),
            }
        }
        (Val::Tuple(e), Val::Tuple(a)) if e.len() == a.len() => {
            match e.iter().zip(a).position(|(e, a)| differs(e, a)) {
                Some(i) => locate(&e[i], &a[i], format!("{path}.{i}"), handles),
                None => here(),
            }
        }
        (Val::Variant(en, Some(ep)), Val::Variant(an, Some(ap))) if en == an => {
            locate(ep, ap, format!("{path}.{en}"), handles)
        }
        (Val::Option(Some(e)), Val::Option(Some(a))) => {
            locate(e, a, format!("{path}.some"), handles)
        }
        (Val::Result(Ok(Some(e))), Val::Result(Ok(Some(a)))) => {
            locate(e, a, format!("{path}.ok"), handles)
        }
        (Val::Result(Err(Some(e))), Val::Result(Err(Some(a)))) => {
            locate(e, a, format!("{path}.err"), handles)
        }
        (Val::String(e), Val::String(a)) if e.len() > 60 || a.len() > 60 => {
            let at = e
                .char_indices()
                .zip(a.chars())
                .find(|((_, ec), ac)| ec != ac)
                .map(|((i, _), _)| i)
                .unwrap_or(e.len().min(a.len()));
            let at_byte = if path.is_empty() {
                format!("byte {at}")
            } else {
                format!("{path}, byte {at}")
            };
            Difference {
                path: at_byte,
                expected: summary(&Val::String(e[at..].to_string()), handles),
                actual: summary(&Val::String(a.get(at..).unwrap_or("").to_string()), handles),
            }
        }
        _ => here(),
    }
}
