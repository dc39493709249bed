//! The declarations of one ambient module: functions, records, variants,
//! enums, flags, aliases and resource classes, each a small view that a
//! template under `templates/js/decl/` lays out.

use askama::Template;
use bindery_ir::{Function, FunctionKind, Type, TypeIndex, TypeKind};

use crate::docs::jsdoc;
use crate::naming::{Scope, literal};
use crate::world::{Helpers, Home, JsWorld};

/// One declaration inside `declare module '…' { … }`.
#[derive(Template)]
pub enum Decl {
    /// `export function f(…): T;`, or for a reserved name
    /// `export { $f as f }; function $f(…): T;`.
    #[template(path = "decl/function.d.ts")]
    Function {
        docs: Vec<String>,
        name: String,
        local: Option<String>,
        params: String,
        ret: String,
    },
    /// An interface of fields (records, flags).
    #[template(path = "decl/interface.d.ts")]
    Interface {
        docs: Vec<String>,
        name: String,
        fields: Vec<Field>,
    },
    /// A union of one interface per case.
    #[template(path = "decl/variant.d.ts")]
    Variant {
        docs: Vec<String>,
        name: String,
        union: String,
        cases: Vec<VariantCase>,
    },
    /// `export type A = …;` (aliases, enums, helper types).
    #[template(path = "decl/alias.d.ts")]
    Alias {
        docs: Vec<String>,
        name: String,
        generics: &'static str,
        target: String,
    },
    /// A resource.
    #[template(path = "decl/class.d.ts")]
    Class {
        docs: Vec<String>,
        name: String,
        disposable: bool,
        constructor: Option<Member>,
        members: Vec<Member>,
    },
    /// A line as it is (re-exports of other modules).
    #[template(path = "decl/line.d.ts")]
    Line { text: String },
}

pub struct Field {
    pub docs: Vec<String>,
    pub name: String,
    pub optional: bool,
    pub ty: String,
}

pub struct VariantCase {
    pub docs: Vec<String>,
    pub name: String,
    pub tag: String,
    pub payload: Option<String>,
}

/// A constructor or method of a class.
pub struct Member {
    pub docs: Vec<String>,
    /// `static ` or empty.
    pub prefix: &'static str,
    pub name: String,
    pub params: String,
    pub ret: String,
}

/// A function's parameter list and result as declared.
pub struct Signature {
    pub params: String,
    pub ret: String,
    /// JSDoc tags: what is thrown for an `err`.
    pub tags: Vec<String>,
}

impl JsWorld<'_> {
    /// The signature of `function` as seen from `at`; a method's receiver
    /// is left out. A whole `result` is returned as its `ok` and thrown as
    /// its `err`, as the engines do.
    pub fn signature(&self, function: &Function, at: Home, helpers: &mut Helpers) -> Signature {
        let skip = usize::from(matches!(function.kind, FunctionKind::Method(_)));
        let mut scope = Scope::default();
        let params: Vec<String> = function.params[skip..]
            .iter()
            .map(|p| {
                let name = scope.claim(self.naming.param(&p.name));
                format!("{name}: {}", self.spell(p.ty, at, helpers))
            })
            .collect();
        let mut tags = Vec::new();
        let ret = match self.thrown_result(function.result) {
            Some((ok, err)) => {
                tags.push(match err {
                    Some(err) => format!(
                        "@throws {{{}}} in the `err` case: an export throws the payload itself; an import throws an error whose `payload` it is",
                        self.spell(err, at, helpers)
                    ),
                    None => "@throws in the `err` case (no payload): an export throws any value; an import throws an error".into(),
                });
                self.spell_or_void(ok, at, helpers)
            }
            None => self.spell_or_void(function.result, at, helpers),
        };
        Signature {
            params: params.join(", "),
            ret,
            tags,
        }
    }

    /// A module-level function declaration.
    pub fn function_decl(&self, function: &Function, at: Home, helpers: &mut Helpers) -> Decl {
        let signature = self.signature(function, at, helpers);
        let name = self.naming.member(&function.item_name);
        let local = self.naming.is_reserved(&name).then(|| format!("${name}"));
        Decl::Function {
            docs: jsdoc(
                function.docs.as_deref(),
                &function.stability,
                &signature.tags,
            ),
            name,
            local,
            params: signature.params,
            ret: signature.ret,
        }
    }

    /// The declaration of a named type in its module; `functions` are the
    /// module's functions (a resource's constructor, methods and statics
    /// among them).
    pub fn type_decl(
        &self,
        ty: TypeIndex,
        functions: &[Function],
        at: Home,
        helpers: &mut Helpers,
    ) -> Decl {
        let def = self.ir.def(ty);
        let name = self.type_name(ty).to_string();
        let docs = jsdoc(def.docs.as_deref(), &def.stability, &[]);
        match &def.kind {
            TypeKind::Record { fields } => Decl::Interface {
                docs,
                name,
                fields: fields
                    .iter()
                    .map(|f| self.field(&f.name, f.docs.as_deref(), f.ty, at, helpers))
                    .collect(),
            },
            TypeKind::Flags { flags, .. } => Decl::Interface {
                docs,
                name,
                fields: flags
                    .iter()
                    .map(|f| Field {
                        docs: jsdoc(f.docs.as_deref(), &bindery_ir::Stability::Unknown, &[]),
                        name: self.naming.property(&f.name),
                        optional: true,
                        ty: "boolean".into(),
                    })
                    .collect(),
            },
            TypeKind::Variant { cases, .. } => {
                let names = self.case_names(ty);
                Decl::Variant {
                    docs,
                    name,
                    union: names.join(" | "),
                    cases: cases
                        .iter()
                        .zip(names)
                        .map(|(case, case_name)| VariantCase {
                            docs: jsdoc(case.docs.as_deref(), &bindery_ir::Stability::Unknown, &[]),
                            name: case_name.clone(),
                            tag: literal(&case.name),
                            payload: case.ty.map(|t| self.spell(t, at, helpers)),
                        })
                        .collect(),
                }
            }
            TypeKind::Enum { cases, .. } => {
                let mut text = def.docs.clone().unwrap_or_default();
                for case in cases.iter().filter(|c| c.docs.is_some()) {
                    let about = case.docs.as_deref().unwrap_or_default().trim_end();
                    text.push_str(&format!("\n- `{}`: {about}", literal(&case.name)));
                }
                let text = text.trim_start_matches('\n');
                Decl::Alias {
                    docs: jsdoc((!text.is_empty()).then_some(text), &def.stability, &[]),
                    name,
                    generics: "",
                    target: cases
                        .iter()
                        .map(|c| literal(&c.name))
                        .collect::<Vec<_>>()
                        .join(" | "),
                }
            }
            TypeKind::Resource => self.class_decl(ty, name, docs, functions, at, helpers),
            TypeKind::Alias { target } => Decl::Alias {
                docs,
                name,
                generics: "",
                target: self.spell(*target, at, helpers),
            },
            _ => Decl::Alias {
                docs,
                name,
                generics: "",
                target: self.spell_body(ty, at, helpers),
            },
        }
    }

    fn field(
        &self,
        name: &str,
        docs: Option<&str>,
        ty: Type,
        at: Home,
        helpers: &mut Helpers,
    ) -> Field {
        // An `option` field may be left out: jco declares it optional, and
        // both engines read a missing field as `none`.
        let optional = self.is_option(ty);
        let spelled = self.spell(ty, at, helpers);
        let ty = match spelled.strip_suffix(" | undefined") {
            Some(inner) if optional => inner.to_string(),
            _ => spelled,
        };
        Field {
            docs: jsdoc(docs, &bindery_ir::Stability::Unknown, &[]),
            name: self.naming.property(name),
            optional,
            ty,
        }
    }

    fn class_decl(
        &self,
        ty: TypeIndex,
        name: String,
        docs: Vec<String>,
        functions: &[Function],
        at: Home,
        helpers: &mut Helpers,
    ) -> Decl {
        let mut constructor = None;
        let mut members = Vec::new();
        for function in functions.iter().filter(|f| f.kind.resource() == Some(ty)) {
            let signature = self.signature(function, at, helpers);
            let docs = jsdoc(
                function.docs.as_deref(),
                &function.stability,
                &signature.tags,
            );
            let prefix = match function.kind {
                FunctionKind::Constructor(_) => {
                    constructor = Some(Member {
                        docs,
                        prefix: "",
                        name: "constructor".into(),
                        params: signature.params,
                        ret: String::new(),
                    });
                    continue;
                }
                FunctionKind::Static(_) => "static ",
                _ => "",
            };
            members.push(Member {
                docs,
                prefix,
                name: self.naming.property(&function.item_name),
                params: signature.params,
                ret: signature.ret,
            });
        }
        Decl::Class {
            docs,
            name,
            disposable: self.is_imported_resource(ty),
            constructor,
            members,
        }
    }

    /// The helper types a module's declarations turned out to use.
    pub fn helper_decls(&self, at: Home, helpers: &Helpers) -> Vec<Decl> {
        let (result, option) = self.helper_names(at);
        let mut decls = Vec::new();
        if helpers.result {
            decls.push(Decl::Alias {
                docs: Vec::new(),
                name: result.to_string(),
                generics: "<T, E>",
                target: "{ tag: 'ok', val: T } | { tag: 'err', val: E }".into(),
            });
        }
        if helpers.option {
            decls.push(Decl::Alias {
                docs: Vec::new(),
                name: option.to_string(),
                generics: "<T>",
                target: "{ tag: 'none' } | { tag: 'some', val: T }".into(),
            });
        }
        decls
    }
}
