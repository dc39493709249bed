//! View models of what a module declares, one template per kind: records,
//! variants (a dataclass per case and a union alias), enums and flags,
//! classes (imported resources, exported resources' Protocols, the
//! Protocols of exported interfaces and of the world) and module-level
//! functions (imports).

use std::collections::BTreeSet;

use askama::Template;
use bindery_ir::{Function, FunctionKind, Type, TypeIndex, TypeKind};

use crate::docs;
use crate::spell::{self, At, Helper, Imports};
use crate::world::{Dir, FnRef, PyWorld};

/// A docstring at some indentation (nothing when there are no lines).
#[derive(Template, Debug, Clone)]
#[template(path = "docstring.py")]
pub struct Docstring {
    pub indent: &'static str,
    pub lines: Vec<String>,
}

impl Docstring {
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: String,
}

/// A function or method: `def name(receiver, params) -> result:`.
#[derive(Template, Debug, Clone)]
#[template(path = "function.py")]
pub struct FunctionView {
    /// Four spaces for methods, nothing at module level.
    pub indent: &'static str,
    /// Spelled decorators, outermost first (`classmethod`, `abstractmethod`).
    pub decorators: Vec<String>,
    pub name: String,
    /// `self`, `cls`, or nothing.
    pub receiver: &'static str,
    pub params: Vec<Param>,
    pub result: String,
    pub docs: Docstring,
    /// The single statement of the body.
    pub body: String,
}

#[derive(Debug)]
pub struct FieldView {
    pub name: String,
    pub ty: String,
    pub docs: Docstring,
}

#[derive(Debug)]
pub struct CaseView {
    pub class: String,
    pub docs: Docstring,
    pub payload: Option<String>,
}

#[derive(Debug)]
pub struct MemberView {
    pub name: String,
    /// `0`, `1`, … for enums; `auto()` for flags.
    pub value: String,
    pub docs: Docstring,
}

#[derive(Template, Debug)]
pub enum Section {
    #[template(path = "record.py")]
    Record {
        dataclass: String,
        name: String,
        docs: Docstring,
        fields: Vec<FieldView>,
    },
    #[template(path = "variant.py")]
    Variant {
        dataclass: String,
        name: String,
        docs: Docstring,
        cases: Vec<CaseView>,
    },
    /// Enums and flags.
    #[template(path = "enum.py")]
    Enum {
        base: String,
        name: String,
        docs: Docstring,
        members: Vec<MemberView>,
    },
    /// Resources and Protocols.
    #[template(path = "class.py")]
    Class {
        name: String,
        /// `(Protocol)` or nothing.
        bases: String,
        docs: Docstring,
        methods: Vec<FunctionView>,
    },
    #[template(path = "function_section.py")]
    Function { function: FunctionView },
}

/// The members of a class, as names its annotations must not use.
pub fn members<'n>(names: impl IntoIterator<Item = &'n str>) -> BTreeSet<String> {
    names.into_iter().map(str::to_string).collect()
}

/// The declaration of a record, variant, enum or flags type.
pub fn type_section(
    world: &PyWorld<'_>,
    ty: TypeIndex,
    dir: Dir,
    imports: &mut Imports,
) -> Option<Section> {
    let def = world.ir.def(ty);
    let name = world.class_name(ty);
    let docs = Docstring {
        indent: "    ",
        lines: docs::docstring(def.docs.as_deref(), &def.stability, &[]),
    };
    let none = BTreeSet::new();
    Some(match &def.kind {
        TypeKind::Record { fields } => {
            let names: Vec<String> = fields.iter().map(|f| world.names.snake(&f.name)).collect();
            let scope = members(names.iter().map(String::as_str));
            let at = At::new(dir, &scope);
            let fields = fields
                .iter()
                .zip(names)
                .map(|(field, name)| FieldView {
                    name,
                    ty: spell::spell(world, field.ty, at, imports),
                    docs: field_docs(field.docs.as_deref()),
                })
                .collect();
            Section::Record {
                dataclass: imports.helper(Helper::Dataclass, &none),
                name,
                docs,
                fields,
            }
        }
        TypeKind::Variant { cases, .. } => {
            let scope = members(["value"]);
            let at = At::new(dir, &scope);
            let cases = cases
                .iter()
                .map(|case| CaseView {
                    class: world.case_class(ty, &case.name),
                    docs: Docstring {
                        indent: "    ",
                        lines: docs::text_lines(case.docs.as_deref()),
                    },
                    payload: case.ty.map(|t| spell::spell(world, t, at, imports)),
                })
                .collect();
            Section::Variant {
                dataclass: imports.helper(Helper::Dataclass, &none),
                name,
                docs: Docstring { indent: "", ..docs },
                cases,
            }
        }
        TypeKind::Enum { cases, .. } => Section::Enum {
            base: imports.helper(Helper::Enum, &none),
            name,
            docs,
            members: cases
                .iter()
                .enumerate()
                .map(|(i, case)| MemberView {
                    name: world.names.shouty(&case.name),
                    value: i.to_string(),
                    docs: field_docs(case.docs.as_deref()),
                })
                .collect(),
        },
        TypeKind::Flags { flags, .. } => {
            let auto = imports.helper(Helper::Auto, &none);
            Section::Enum {
                base: imports.helper(Helper::Flag, &none),
                name,
                docs,
                members: flags
                    .iter()
                    .map(|flag| MemberView {
                        name: world.names.shouty(&flag.name),
                        value: format!("{auto}()"),
                        docs: field_docs(flag.docs.as_deref()),
                    })
                    .collect(),
            }
        }
        _ => return None,
    })
}

fn field_docs(text: Option<&str>) -> Docstring {
    Docstring {
        indent: "    ",
        lines: docs::text_lines(text),
    }
}

/// The Python name of a function: `__init__` for constructors.
pub fn function_name(world: &PyWorld<'_>, function: &Function) -> String {
    match function.kind {
        FunctionKind::Constructor(_) => "__init__".to_string(),
        _ => world.names.snake(&function.item_name),
    }
}

/// How a function is written: where, with which receiver and decorators.
#[derive(Debug, Clone, Copy)]
pub struct Shape<'s> {
    pub dir: Dir,
    /// The resource whose class holds the function (spelled `Self` there).
    pub own: Option<TypeIndex>,
    /// Members of the enclosing class (empty at module level).
    pub members: &'s BTreeSet<String>,
    /// Abstract: a Protocol's method the app implements.
    pub abstract_method: bool,
    /// A method of a class (a Protocol's, or the app's class implementing
    /// one) rather than a module-level function.
    pub in_class: bool,
}

/// A function, method, static or constructor.
pub fn function_view(
    world: &PyWorld<'_>,
    f: &FnRef<'_>,
    shape: Shape<'_>,
    imports: &mut Imports,
) -> FunctionView {
    let function = f.function;
    let at = At {
        own: shape.own,
        ..At::new(shape.dir, shape.members)
    };
    let in_class = shape.in_class;
    let (receiver, skip) = match function.kind {
        FunctionKind::Method(_) => ("self", 1),
        FunctionKind::Static(_) => ("cls", 0),
        FunctionKind::Constructor(_) => ("self", 0),
        _ if in_class => ("self", 0),
        _ => ("", 0),
    };
    let receiver_name = (!receiver.is_empty()).then_some(receiver);
    let params = function
        .params
        .iter()
        .skip(skip)
        .map(|p| Param {
            name: crate::names::param(&world.names, &p.name, receiver_name),
            ty: spell::spell(world, p.ty, at, imports),
        })
        .collect();
    let mut raises = Vec::new();
    let result = match (function.kind, function.result) {
        (FunctionKind::Constructor(_), _) | (_, None) => "None".to_string(),
        (_, Some(ty)) => match spell::returned_result(world, ty) {
            Some((ok, err)) => {
                raises.push(raises_line(world, err, at, imports));
                spell::side(world, ok, at, imports)
            }
            None => spell::spell(world, ty, at, imports),
        },
    };
    let mut decorators = Vec::new();
    if matches!(function.kind, FunctionKind::Static(_)) {
        decorators.push(imports.helper(Helper::ClassMethod, shape.members));
    }
    if shape.abstract_method {
        decorators.push(imports.helper(Helper::AbstractMethod, shape.members));
    }
    let indent = if in_class { "    " } else { "" };
    FunctionView {
        indent,
        decorators,
        name: function_name(world, function),
        receiver,
        params,
        result,
        docs: Docstring {
            indent: if in_class { "        " } else { "    " },
            lines: docs::docstring(function.docs.as_deref(), &function.stability, &raises),
        },
        body: "raise NotImplementedError".to_string(),
    }
}

/// The docstring paragraph of a function returning a `result`: what it
/// raises, with the error type written out in full (a docstring imports
/// nothing).
fn raises_line(world: &PyWorld<'_>, err: Option<Type>, at: At<'_>, imports: &Imports) -> String {
    let mut scratch = imports.scratch();
    let err = spell::side(world, err, at.absolute(), &mut scratch);
    format!("Raises: `componentize_py_types.Err({err})`")
}

/// `__enter__` and `__exit__` of an imported resource: `with` drops the
/// handle at the end of the block, as componentize-py's classes do.
pub fn context_manager(members: &BTreeSet<String>, imports: &mut Imports) -> [FunctionView; 2] {
    let self_type = imports.helper(Helper::SelfType, members);
    let exit_params = vec![
        Param {
            name: "exc_type".into(),
            ty: format!(
                "{}[{}] | None",
                imports.helper(Helper::Type, members),
                imports.helper(Helper::BaseException, members)
            ),
        },
        Param {
            name: "exc_value".into(),
            ty: format!("{} | None", imports.helper(Helper::BaseException, members)),
        },
        Param {
            name: "traceback".into(),
            ty: format!("{} | None", imports.helper(Helper::TracebackType, members)),
        },
    ];
    let bool_type = imports.helper(Helper::Bool, members);
    let method = |name: &str, params, result, doc: &str, body: &str| FunctionView {
        indent: "    ",
        decorators: Vec::new(),
        name: name.to_string(),
        receiver: "self",
        params,
        result,
        docs: Docstring {
            indent: "        ",
            lines: vec![doc.to_string()],
        },
        body: body.to_string(),
    };
    [
        method(
            "__enter__",
            Vec::new(),
            self_type,
            "Returns self: `with` drops the handle when the block ends.",
            "return self",
        ),
        method(
            "__exit__",
            exit_params,
            format!("{bool_type} | None"),
            "Drops the handle: the resource is released.",
            "raise NotImplementedError",
        ),
    ]
}
