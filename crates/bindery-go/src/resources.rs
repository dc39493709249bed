//! Resources. An imported resource is a struct holding its handle, with
//! wit-bindgen's `Drop`/`Handle`/`TakeHandle` methods and `…FromOwnHandle`
//! constructors; an owned handle nobody dropped is dropped when the Go
//! value is collected. An exported resource is a struct the user declares
//! in the `export_…` package; the generated part maps reps to Go values in
//! a table (no Go pointer ever leaves the Go heap) and implements the
//! destructor, which calls the value's `OnDrop` method if it has one.

use askama::Template;
use bindery_ir::{Item, ResourceAbi, TypeIndex};

use crate::docs;
use crate::naming::sanitize;
use crate::world::{GoWorld, Pkg};

#[derive(Template)]
pub enum ResourceView {
    #[template(path = "resources/import.go")]
    Import {
        docs: Vec<String>,
        name: String,
        /// Suffix of the raw intrinsics (`wasm_resource_drop_{{ raw }}`).
        raw: String,
        drop_module: String,
        drop_name: String,
        from_own: String,
        from_borrow: String,
    },
    #[template(path = "resources/export.go")]
    Export {
        name: String,
        raw: String,
        module: String,
        new: String,
        rep: String,
        drop: String,
        dtor: String,
        from_own: String,
        from_borrow: String,
    },
}

/// The resource ABI of a resource declared in `pkg`, if it is one.
fn abi<'a>(world: &GoWorld<'a>, pkg: Pkg, ty: TypeIndex) -> Option<&'a ResourceAbi> {
    let (items, interface) = match pkg {
        Pkg::Iface(i) => (&world.ir.imports, Some(i)),
        Pkg::Export(i) => (&world.ir.exports, Some(i)),
        Pkg::World => (&world.ir.imports, None),
        _ => return None,
    };
    items.iter().find_map(|item| match (&item.item, interface) {
        (
            Item::Interface {
                interface: i,
                resources,
                ..
            },
            Some(want),
        ) if *i == want => resources.iter().find(|r| r.resource == ty),
        (Item::Type { resource, .. }, None) => resource.as_ref().filter(|r| r.resource == ty),
        _ => None,
    })
}

pub fn view(world: &GoWorld<'_>, pkg: Pkg, ty: TypeIndex) -> Option<ResourceView> {
    let abi = abi(world, pkg, ty)?;
    let names = world.type_names(pkg, ty)?;
    let def = world.ir.def(ty);
    let raw = sanitize(def.name.as_deref().unwrap_or("resource"));
    Some(match (pkg, &abi.new, &abi.rep, &abi.dtor) {
        (Pkg::Export(_), Some(new), Some(rep), Some(dtor)) => ResourceView::Export {
            name: names.name.clone(),
            raw,
            module: new.module.clone(),
            new: new.name.clone(),
            rep: rep.name.clone(),
            drop: abi.drop.name.clone(),
            dtor: dtor.clone(),
            from_own: names.from_own.clone(),
            from_borrow: names.from_borrow.clone(),
        },
        _ => ResourceView::Import {
            docs: docs::item(def.docs.as_deref(), &def.stability),
            name: names.name.clone(),
            raw,
            drop_module: abi.drop.module.clone(),
            drop_name: abi.drop.name.clone(),
            from_own: names.from_own.clone(),
            from_borrow: names.from_borrow.clone(),
        },
    })
}
