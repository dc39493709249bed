//! WAVE text → `Val`, walking wasm-wave's untyped tree with the type.

use anyhow::{Result, anyhow, bail};
use wasm_wave::ast::{Node, NodeType};
use wasm_wave::untyped::UntypedValue;
use wasmtime::component::{ResourceAny, Type, Val};

use super::Scope;

/// Named values may refer to named values; this stops a recipe that refers
/// to itself.
const MAX_NAMED_DEPTH: usize = 8;

/// Reads one value of type `ty`.
pub fn read_value(text: &str, ty: &Type, scope: Scope<'_>) -> Result<Val> {
    let parsed = parse(text)?;
    let mut reader = Reader::new(parsed.source(), scope, 0);
    reader
        .value(parsed.node(), ty, None)
        .map_err(|e| anyhow!("in `{}`: {e}", clip(text)))
}

/// Reads an argument list, `(a, b, …)` or `()`, for parameters `types`.
pub fn read_args(text: &str, types: &[Type], scope: Scope<'_>) -> Result<Vec<Val>> {
    let trimmed = text.trim();
    if trimmed
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .map(str::trim)
        == Some("")
    {
        if !types.is_empty() {
            bail!(
                "`{}`: expected {} argument(s), found none",
                clip(text),
                types.len()
            );
        }
        return Ok(Vec::new());
    }
    let parsed = parse(text)?;
    let node = parsed.node();
    if node.ty() != NodeType::Tuple {
        bail!("arguments `{}` are not a parenthesised list", clip(text));
    }
    let nodes: Vec<&Node> = node.as_tuple().map_err(|e| anyhow!("{e}"))?.collect();
    if nodes.len() != types.len() {
        bail!(
            "`{}`: expected {} argument(s), found {}",
            clip(text),
            types.len(),
            nodes.len()
        );
    }
    let mut reader = Reader::new(parsed.source(), scope, 0);
    nodes
        .iter()
        .zip(types)
        .map(|(node, ty)| reader.value(node, ty, None))
        .collect::<Result<Vec<_>, String>>()
        .map_err(|e| anyhow!("in `{}`: {e}", clip(text)))
}

/// Reads an expected value while looking at the actual one: a label in a
/// resource position takes the handle found at the same place in `actual`
/// and is listed in [`Binder::bound`], so the caller can bind it once the
/// values compare equal.
#[derive(Debug, Default)]
pub struct Binder {
    pub bound: Vec<(String, ResourceAny)>,
}

impl Binder {
    pub fn read_expected(
        &mut self,
        text: &str,
        ty: &Type,
        scope: Scope<'_>,
        actual: &Val,
    ) -> Result<Val> {
        let parsed = parse(text)?;
        let mut reader = Reader::new(parsed.source(), scope, 0);
        reader.binds = Some(&mut self.bound);
        reader
            .value(parsed.node(), ty, Some(actual))
            .map_err(|e| anyhow!("in `{}`: {e}", clip(text)))
    }
}

fn parse(text: &str) -> Result<UntypedValue<'_>> {
    UntypedValue::parse(text).map_err(|e| {
        let span = e.span();
        let at = text.get(span.clone()).unwrap_or("");
        anyhow!(
            "WAVE syntax error in `{}` at `{}`: {e}",
            clip(text),
            clip(at)
        )
    })
}

/// The first 80 characters of a long text, for error messages.
fn clip(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

struct Reader<'s, 'b> {
    src: &'s str,
    scope: Scope<'s>,
    depth: usize,
    binds: Option<&'b mut Vec<(String, ResourceAny)>>,
}

type Read = Result<Val, String>;

impl<'s, 'b> Reader<'s, 'b> {
    fn new(src: &'s str, scope: Scope<'s>, depth: usize) -> Self {
        Reader {
            src,
            scope,
            depth,
            binds: None,
        }
    }

    fn fail<T>(&self, node: &Node, msg: impl std::fmt::Display) -> Result<T, String> {
        let at = self.src.get(node.span()).unwrap_or("");
        Err(format!("at `{}`: {msg}", clip(at)))
    }

    fn value(&mut self, node: &Node, ty: &Type, actual: Option<&Val>) -> Read {
        if node.ty() == NodeType::Label
            && matches!(ty, Type::Stream(_) | Type::Future(_))
            && let Ok((name, None)) = node.as_variant(self.src)
            && let Some(channel) = self.scope.handles.channel(name)
        {
            return Ok(channel);
        }
        if node.ty() == NodeType::Label && takes_named_value(ty) {
            return self.named(node, ty);
        }
        let e = |err: wasm_wave::parser::ParserError| err.to_string();
        Ok(match ty {
            Type::Bool => Val::Bool(node.as_bool().map_err(e)?),
            Type::S8 => Val::S8(self.number(node, "s8")?),
            Type::U8 => Val::U8(self.number(node, "u8")?),
            Type::S16 => Val::S16(self.number(node, "s16")?),
            Type::U16 => Val::U16(self.number(node, "u16")?),
            Type::S32 => Val::S32(self.number(node, "s32")?),
            Type::U32 => Val::U32(self.number(node, "u32")?),
            Type::S64 => Val::S64(self.number(node, "s64")?),
            Type::U64 => Val::U64(self.number(node, "u64")?),
            Type::Float32 => Val::Float32(self.number(node, "f32")?),
            Type::Float64 => Val::Float64(self.number(node, "f64")?),
            Type::Char => match node.as_char(self.src) {
                Ok(c) => Val::Char(c),
                Err(err) => return self.fail(node, format!("not a char: {err}")),
            },
            Type::String => match node.as_str(self.src) {
                Ok(s) => Val::String(s.into_owned()),
                Err(err) => return self.fail(node, format!("not a string: {err}")),
            },
            Type::List(list) => Val::List(self.elements(node, &list.ty(), actual)?),
            Type::FixedLengthList(list) => {
                let elements = self.elements(node, &list.ty(), actual)?;
                if elements.len() != list.len() as usize {
                    let want = list.len();
                    return self.fail(
                        node,
                        format!("{} elements, the type has {want}", elements.len()),
                    );
                }
                Val::FixedLengthList(elements)
            }
            Type::Map(map) => self.map(node, &map.key(), &map.value())?,
            Type::Record(record) => self.record(node, record, actual)?,
            Type::Tuple(tuple) => {
                let types: Vec<Type> = tuple.types().collect();
                let Ok(nodes) = node.as_tuple() else {
                    return self.fail(node, "expected a tuple");
                };
                if nodes.len() != types.len() {
                    let found = nodes.len();
                    return self.fail(
                        node,
                        format!("{found} values, the tuple has {}", types.len()),
                    );
                }
                let mut values = Vec::with_capacity(types.len());
                for (i, (node, ty)) in nodes.zip(&types).enumerate() {
                    let inner = match actual {
                        Some(Val::Tuple(vals)) => vals.get(i),
                        _ => None,
                    };
                    values.push(self.value(node, ty, inner)?);
                }
                Val::Tuple(values)
            }
            Type::Variant(variant) => {
                let Ok((name, payload)) = node.as_variant(self.src) else {
                    return self.fail(node, "expected a variant case");
                };
                let Some(case) = variant.cases().find(|c| c.name == name) else {
                    let cases: Vec<&str> = variant.cases().map(|c| c.name).collect();
                    return self.fail(
                        node,
                        format!("no case `{name}` (cases: {})", cases.join(", ")),
                    );
                };
                let inner = match actual {
                    Some(Val::Variant(actual_name, Some(v))) if actual_name == name => Some(&**v),
                    _ => None,
                };
                let payload = self.payload(node, name, case.ty.as_ref(), payload, inner)?;
                Val::Variant(name.to_string(), payload)
            }
            Type::Enum(enum_) => {
                let Ok(name) = node.as_enum(self.src) else {
                    return self.fail(node, "expected an enum case");
                };
                if !enum_.names().any(|n| n == name) {
                    return self.fail(node, format!("no enum case `{name}`"));
                }
                Val::Enum(name.to_string())
            }
            Type::Option(option) => {
                let some_ty = option.ty();
                let inner = match actual {
                    Some(Val::Option(Some(v))) => Some(&**v),
                    _ => None,
                };
                match node.ty() {
                    NodeType::OptionNone => Val::Option(None),
                    NodeType::OptionSome => {
                        let payload = node.as_option().map_err(e)?;
                        let payload = self.payload(node, "some", Some(&some_ty), payload, inner)?;
                        Val::Option(payload)
                    }
                    // WAVE lets `some(x)` be written `x` when `x` is not an
                    // option or result itself.
                    _ if flattenable(&some_ty) => {
                        Val::Option(Some(Box::new(self.value(node, &some_ty, inner)?)))
                    }
                    _ => return self.fail(node, "expected `some(…)` or `none`"),
                }
            }
            Type::Result(result) => {
                let (ok_ty, err_ty) = (result.ok(), result.err());
                match (node.ty(), actual) {
                    (NodeType::ResultOk, actual) => {
                        let inner = match actual {
                            Some(Val::Result(Ok(Some(v)))) => Some(&**v),
                            _ => None,
                        };
                        let payload = node.as_result().map_err(e)?.ok().flatten();
                        Val::Result(Ok(self.payload(
                            node,
                            "ok",
                            ok_ty.as_ref(),
                            payload,
                            inner,
                        )?))
                    }
                    (NodeType::ResultErr, actual) => {
                        let inner = match actual {
                            Some(Val::Result(Err(Some(v)))) => Some(&**v),
                            _ => None,
                        };
                        let payload = node.as_result().map_err(e)?.err().flatten();
                        Val::Result(Err(self.payload(
                            node,
                            "err",
                            err_ty.as_ref(),
                            payload,
                            inner,
                        )?))
                    }
                    (_, actual) => match ok_ty {
                        Some(ok_ty) if flattenable(&ok_ty) => {
                            let inner = match actual {
                                Some(Val::Result(Ok(Some(v)))) => Some(&**v),
                                _ => None,
                            };
                            Val::Result(Ok(Some(Box::new(self.value(node, &ok_ty, inner)?))))
                        }
                        _ => return self.fail(node, "expected `ok(…)` or `err(…)`"),
                    },
                }
            }
            Type::Flags(flags) => {
                let Ok(names) = node.as_flags(self.src) else {
                    return self.fail(node, "expected flags `{a, b}`");
                };
                let declared: Vec<&str> = flags.names().collect();
                let mut set = vec![false; declared.len()];
                for name in names {
                    let name = name.strip_prefix('%').unwrap_or(name);
                    let Some(i) = declared.iter().position(|d| *d == name) else {
                        return self.fail(node, format!("no flag `{name}`"));
                    };
                    if set[i] {
                        return self.fail(node, format!("flag `{name}` given twice"));
                    }
                    set[i] = true;
                }
                // Declaration order, as wasmtime lifts them.
                let names = declared.iter().zip(&set).filter(|(_, on)| **on);
                Val::Flags(names.map(|(n, _)| n.to_string()).collect())
            }
            Type::Own(_) | Type::Borrow(_) => self.handle(node, actual)?,
            // Streams and futures are read as what they carry (a list of
            // items; a one-element list): the host makes or reads the real
            // ones (`concurrent::materialize`, `Session::receive`).
            Type::Stream(stream) => {
                let Ok(nodes) = node.as_list() else {
                    return self.fail(node, "a stream is written as the list of its items");
                };
                let actual = match actual {
                    Some(Val::List(vals)) => Some(vals),
                    _ => None,
                };
                let mut items = Vec::new();
                for (i, node) in nodes.enumerate() {
                    let inner = actual.and_then(|vals| vals.get(i));
                    items.push(self.payload_value(node, stream.ty().as_ref(), inner)?);
                }
                Val::List(items)
            }
            Type::Future(future) => {
                let inner = match actual {
                    Some(Val::List(vals)) => vals.first(),
                    _ => None,
                };
                Val::List(vec![self.payload_value(
                    node,
                    future.ty().as_ref(),
                    inner,
                )?])
            }
            Type::ErrorContext => {
                return self.fail(
                    node,
                    "an error-context cannot be written: the host only passes them on",
                );
            }
        })
    }

    /// A stream item or future value; `{:}` where there is no payload.
    fn payload_value(&mut self, node: &Node, ty: Option<&Type>, actual: Option<&Val>) -> Read {
        match ty {
            Some(ty) => self.value(node, ty, actual),
            None => match node.as_record(self.src) {
                Ok(fields) if fields.len() == 0 => Ok(Val::Tuple(Vec::new())),
                _ => self.fail(node, "no payload: write `{:}`"),
            },
        }
    }

    fn number<T: std::str::FromStr>(&self, node: &Node, what: &str) -> Result<T, String> {
        match node.as_number::<T>(self.src) {
            Ok(n) => Ok(n),
            Err(_) => self.fail(node, format!("not a valid {what}")),
        }
    }

    fn elements(
        &mut self,
        node: &Node,
        ty: &Type,
        actual: Option<&Val>,
    ) -> Result<Vec<Val>, String> {
        let Ok(nodes) = node.as_list() else {
            return self.fail(node, "expected a list `[…]`");
        };
        let actual = match actual {
            Some(Val::List(vals) | Val::FixedLengthList(vals)) => Some(vals),
            _ => None,
        };
        let mut values = Vec::with_capacity(nodes.len());
        for (i, node) in nodes.enumerate() {
            let inner = actual.and_then(|vals| vals.get(i));
            values.push(self.value(node, ty, inner)?);
        }
        Ok(values)
    }

    fn map(&mut self, node: &Node, key: &Type, value: &Type) -> Read {
        let Ok(nodes) = node.as_list() else {
            return self.fail(node, "expected a map as a list of pairs `[(k, v), …]`");
        };
        let mut pairs = Vec::with_capacity(nodes.len());
        for pair in nodes {
            let Ok(mut kv) = pair.as_tuple() else {
                return self.fail(pair, "expected a `(key, value)` pair");
            };
            let (Some(k), Some(v), None) = (kv.next(), kv.next(), kv.next()) else {
                return self.fail(pair, "expected a `(key, value)` pair");
            };
            pairs.push((self.value(k, key, None)?, self.value(v, value, None)?));
        }
        Ok(Val::Map(pairs))
    }

    fn record(
        &mut self,
        node: &Node,
        record: &wasmtime::component::types::Record,
        actual: Option<&Val>,
    ) -> Read {
        let Ok(given) = node.as_record(self.src) else {
            return self.fail(node, "expected a record `{field: value, …}`");
        };
        let given: Vec<(&str, &Node)> = given.collect();
        for (name, _) in &given {
            if !record.fields().any(|f| f.name == *name) {
                return self.fail(node, format!("no field `{name}`"));
            }
        }
        let mut fields = Vec::new();
        for field in record.fields() {
            let inner = match actual {
                Some(Val::Record(vals)) => {
                    vals.iter().find(|(n, _)| n == field.name).map(|(_, v)| v)
                }
                _ => None,
            };
            let value = match given.iter().find(|(n, _)| *n == field.name) {
                Some((_, node)) => self.value(node, &field.ty, inner)?,
                None if matches!(field.ty, Type::Option(_)) => Val::Option(None),
                None => return self.fail(node, format!("missing field `{}`", field.name)),
            };
            fields.push((field.name.to_string(), value));
        }
        Ok(Val::Record(fields))
    }

    fn payload(
        &mut self,
        node: &Node,
        case: &str,
        ty: Option<&Type>,
        payload: Option<&Node>,
        actual: Option<&Val>,
    ) -> Result<Option<Box<Val>>, String> {
        match (ty, payload) {
            (Some(ty), Some(payload)) => Ok(Some(Box::new(self.value(payload, ty, actual)?))),
            (None, None) => Ok(None),
            (Some(_), None) => self.fail(node, format!("`{case}` needs a payload")),
            (None, Some(_)) => self.fail(node, format!("`{case}` has no payload")),
        }
    }

    fn handle(&mut self, node: &Node, actual: Option<&Val>) -> Read {
        let Ok((name, None)) = node.as_variant(self.src) else {
            return self.fail(node, "a resource is written as the name of a handle");
        };
        if let Some(binds) = self.binds.as_deref_mut() {
            return match actual {
                Some(Val::Resource(handle)) => {
                    binds.push((name.to_string(), *handle));
                    Ok(Val::Resource(*handle))
                }
                _ => self.fail(node, format!("no handle returned here to bind `{name}` to")),
            };
        }
        match self.scope.handles.get(name) {
            Some(handle) => Ok(Val::Resource(handle)),
            None => self.fail(
                node,
                format!("no handle named `{name}` (not bound, or an earlier step failed)"),
            ),
        }
    }

    fn named(&mut self, node: &Node, ty: &Type) -> Read {
        let Ok((name, None)) = node.as_variant(self.src) else {
            return self.fail(node, "expected a value");
        };
        let Some(recipe) = self.scope.values.get(name) else {
            return self.fail(node, format!("no value named `{name}` in [values]"));
        };
        if self.depth >= MAX_NAMED_DEPTH {
            return self.fail(node, format!("value `{name}` refers to itself"));
        }
        let parsed = parse(&recipe.repeat).map_err(|e| format!("in value `{name}`: {e}"))?;
        let mut reader = Reader::new(parsed.source(), self.scope, self.depth + 1);
        let unit = reader
            .value(parsed.node(), ty, None)
            .map_err(|e| format!("in value `{name}`: {e}"))?;
        match unit {
            Val::String(s) => Ok(Val::String(s.repeat(recipe.times))),
            Val::List(items) => Ok(Val::List(repeat(&items, recipe.times))),
            Val::FixedLengthList(items) => Ok(Val::FixedLengthList(repeat(&items, recipe.times))),
            _ => self.fail(
                node,
                format!("value `{name}`: only strings and lists can be repeated"),
            ),
        }
    }
}

fn repeat(items: &[Val], times: usize) -> Vec<Val> {
    let mut out = Vec::with_capacity(items.len() * times);
    for _ in 0..times {
        out.extend_from_slice(items);
    }
    out
}

/// Types whose WAVE form never is a bare label, so a label there names a
/// value from `[values]`.
fn takes_named_value(ty: &Type) -> bool {
    !matches!(
        ty,
        Type::Enum(_)
            | Type::Variant(_)
            | Type::Own(_)
            | Type::Borrow(_)
            | Type::Option(_)
            | Type::Result(_)
    )
}

fn flattenable(ty: &Type) -> bool {
    !matches!(ty, Type::Option(_) | Type::Result(_))
}
