//! Resources. Imported: an `IDisposable` class holding the handle, with
//! the resource's constructor, methods and statics (`Dispose` drops the
//! handle). Exported: an abstract class the user's class derives from
//! (`<Iface>ExportsImpl.<R>`), which keeps the handle and the rep, and an
//! interface `I<R>` the user's class implements (methods, statics); the
//! host's destructor call reaches the object's `Dispose(bool)`.
//!
//! The intrinsics (`[resource-drop]`, `[resource-new]`, `[resource-rep]`,
//! the destructor's export name) come from the IR.

use askama::Template;
use bindery_ir::{Item, ResourceAbi, TypeIndex};

use crate::docs;
use crate::functions::ExternView;
use crate::world::{CsWorld, Dir, Home};

#[derive(Template)]
pub enum ResourceView {
    #[template(path = "resources/import.cs")]
    Import {
        docs: Vec<String>,
        name: String,
        /// `global::…Interop.wasmImportResourceDropR`.
        drop: String,
        /// The rendered constructor, methods and statics.
        members: Vec<String>,
    },
    #[template(path = "resources/export.cs")]
    Export {
        docs: Vec<String>,
        name: String,
        /// `IGadget`: what the user's class implements.
        interface: String,
        drop: String,
        new: String,
        rep: String,
        /// The rendered declarations of `I<R>`.
        members: Vec<String>,
    },
}

/// The interop pieces of a resource: its intrinsics and, for an exported
/// one, the destructor entry point.
#[derive(Template)]
#[template(path = "resources/dtor.cs")]
pub struct DtorView {
    pub export_name: String,
    pub entry: String,
    /// The abstract class (`global::…IRunExports.Gadget`).
    pub class: String,
}

/// Names of a resource's intrinsics in its home's interop class.
pub struct Intrinsics {
    pub externs: Vec<ExternView>,
    pub drop: String,
    pub new: String,
    pub rep: String,
    pub dtor: Option<DtorView>,
}

/// The IR's intrinsics of resource `ty` as seen from `home`.
pub fn abi<'a>(world: &'a CsWorld<'_>, home: Home, ty: TypeIndex) -> Option<&'a ResourceAbi> {
    let (items, iface) = match home {
        Home::Iface(i, Dir::Import) => (&world.ir.imports, Some(i)),
        Home::Iface(i, Dir::Export) => (&world.ir.exports, Some(i)),
        _ => (&world.ir.imports, None),
    };
    items.iter().find_map(|item| match (&item.item, iface) {
        (
            Item::Interface {
                interface,
                resources,
                ..
            },
            Some(i),
        ) if *interface == i => resources.iter().find(|r| r.resource == ty),
        (Item::Type { ty: t, resource }, None) if *t == ty => resource.as_ref(),
        _ => None,
    })
}

pub fn intrinsics(world: &CsWorld<'_>, home: Home, ty: TypeIndex) -> Option<Intrinsics> {
    let abi = abi(world, home, ty)?;
    let names = world.type_names(home, ty)?;
    let interop = world.home_names(home);
    let class = format!("global::{}.{}", interop.namespace, interop.interop);
    let name = &names.name;
    let drop = format!("wasmImportResourceDrop{name}");
    let new = format!("wasmImportResourceNew{name}");
    let rep = format!("wasmImportResourceRep{name}");
    let mut externs = vec![ExternView {
        module: abi.drop.module.clone(),
        field: abi.drop.name.clone(),
        ret: "void",
        name: drop.clone(),
        params: "int p0".into(),
    }];
    if let (Some(n), Some(r)) = (&abi.new, &abi.rep) {
        externs.push(ExternView {
            module: n.module.clone(),
            field: n.name.clone(),
            ret: "int",
            name: new.clone(),
            params: "int p0".into(),
        });
        externs.push(ExternView {
            module: r.module.clone(),
            field: r.name.clone(),
            ret: "int",
            name: rep.clone(),
            params: "int p0".into(),
        });
    }
    let dtor = abi.dtor.as_ref().map(|export_name| DtorView {
        export_name: export_name.clone(),
        entry: format!("wasmExportResourceDtor{name}"),
        class: names.qualified.clone(),
    });
    Some(Intrinsics {
        externs,
        drop: format!("{class}.{drop}"),
        new: format!("{class}.{new}"),
        rep: format!("{class}.{rep}"),
        dtor,
    })
}

/// The class (and, exported, the interface) of a resource in `home`.
pub fn view(
    world: &CsWorld<'_>,
    home: Home,
    ty: TypeIndex,
    members: Vec<String>,
) -> Option<ResourceView> {
    let def = world.ir.def(ty);
    let names = world.type_names(home, ty)?;
    let intrinsics = intrinsics(world, home, ty)?;
    let docs = docs::item(def.docs.as_deref(), &def.stability);
    Some(if matches!(home, Home::Iface(_, Dir::Export)) {
        ResourceView::Export {
            docs,
            name: names.name.clone(),
            interface: names.interface.clone(),
            drop: intrinsics.drop,
            new: intrinsics.new,
            rep: intrinsics.rep,
            members,
        }
    } else {
        ResourceView::Import {
            docs,
            name: names.name.clone(),
            drop: intrinsics.drop,
            members,
        }
    })
}
