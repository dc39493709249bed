//! The guest contract: a `Guest` interface in the world module describing
//! the ES module ComponentizeJS and componentize-qjs build from, and
//! `Check<M>`, which fails to type-check unless `M` implements it. A guest
//! writes one line, `type _ = Check<typeof import('./guest.js')>;`, and
//! `tsc --strict` then rejects a missing export, a misspelt function, a
//! wrong parameter or result type, or a resource class missing a method.

use askama::Template;
use bindery_ir::{FunctionKind, Item, TypeKind};

use crate::decls::Member;
use crate::docs::jsdoc;
use crate::world::{Helpers, Home, JsWorld};

#[derive(Template)]
#[template(path = "decl/guest.d.ts")]
pub struct GuestView {
    pub world: String,
    pub guest: String,
    pub check: String,
    pub exports: Vec<GuestExport>,
    pub functions: Vec<Member>,
}

/// An exported interface: the object the guest exports under its name.
pub struct GuestExport {
    pub key: String,
    pub name: String,
    pub functions: Vec<Member>,
    pub classes: Vec<GuestClass>,
}

/// An exported resource: the class the guest puts on the export object.
pub struct GuestClass {
    pub name: String,
    /// Absent resource classes are allowed when the world never asks the
    /// engine to construct one or call a static.
    pub optional: bool,
    pub constructor_params: String,
    pub instance: String,
    pub statics: Vec<Member>,
}

impl JsWorld<'_> {
    /// The contract, or `None` when the world exports nothing.
    pub fn guest_view(&mut self, helpers: &mut Helpers) -> Option<GuestView> {
        if self.ir.exports.is_empty() {
            return None;
        }
        let guest = self.claim_world_name("Guest");
        let check = self.claim_world_name("Check");
        let mut exports = Vec::new();
        let mut functions = Vec::new();
        for item in &self.ir.exports {
            match &item.item {
                Item::Interface {
                    interface,
                    functions: fns,
                    ..
                } => exports.push(self.guest_export(*interface, &item.key, fns, helpers)),
                Item::Function { function } => {
                    let signature = self.signature(function, Home::World, helpers);
                    functions.push(Member {
                        docs: jsdoc(
                            function.docs.as_deref(),
                            &function.stability,
                            &signature.tags,
                        ),
                        prefix: "",
                        name: self.naming.property(&function.item_name),
                        params: signature.params,
                        ret: signature.ret,
                    });
                }
                Item::Type { .. } => {}
            }
        }
        Some(GuestView {
            world: self.world_specifier.clone(),
            guest,
            check,
            exports,
            functions,
        })
    }

    fn guest_export(
        &self,
        interface: usize,
        key: &str,
        fns: &[bindery_ir::Function],
        helpers: &mut Helpers,
    ) -> GuestExport {
        let ir = self.ir;
        let iface = &ir.interfaces[interface];
        let name = self.export_name(key).property(&self.naming);
        let member = |function: &bindery_ir::Function, helpers: &mut Helpers| {
            let signature = self.signature(function, Home::World, helpers);
            Member {
                docs: jsdoc(
                    function.docs.as_deref(),
                    &function.stability,
                    &signature.tags,
                ),
                prefix: "",
                name: self.naming.property(&function.item_name),
                params: signature.params,
                ret: signature.ret,
            }
        };
        let functions = fns
            .iter()
            .filter(|f| f.kind == FunctionKind::Freestanding)
            .map(|f| member(f, helpers))
            .collect();
        let mut classes = Vec::new();
        for &ty in &iface.types {
            if !matches!(ir.def(ty).kind, TypeKind::Resource) {
                continue;
            }
            let home = Home::Iface(interface);
            let declared = self.qualify(home, self.type_name(ty), Home::World);
            // Where the interface is imported too, its class is the host's
            // (disposable); the guest's own class need not be.
            let instance = if self.is_imported_resource(ty) {
                format!("Omit<{declared}, typeof Symbol.dispose>")
            } else {
                declared
            };
            let mut constructor_params = None;
            let mut statics = Vec::new();
            for function in fns.iter().filter(|f| f.kind.resource() == Some(ty)) {
                match function.kind {
                    FunctionKind::Constructor(_) => {
                        constructor_params =
                            Some(self.signature(function, Home::World, helpers).params);
                    }
                    FunctionKind::Static(_) => statics.push(member(function, helpers)),
                    _ => {}
                }
            }
            classes.push(GuestClass {
                // The engines look the class up by the resource's own name.
                name: self
                    .naming
                    .type_name(ir.def(ty).name.as_deref().unwrap_or_default()),
                optional: constructor_params.is_none() && statics.is_empty(),
                constructor_params: constructor_params.unwrap_or_else(|| "...args: never[]".into()),
                instance,
                statics,
            });
        }
        GuestExport {
            key: key.to_string(),
            name,
            functions,
            classes,
        }
    }
}
