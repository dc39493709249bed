//! Resources: handle types and helpers for the header, intrinsics for the
//! source. The core names of the intrinsics come from the IR's
//! `ResourceAbi` of the side the resource is on.

use bindery_ir::{CoreImport as IrCoreImport, Error, Item, ResourceAbi};

use crate::model::{Key, Model};
use crate::templates::{
    CoreExport, CoreImport, ExportedResource, ImportedResource, ResourceSource, TypeDef,
};
use crate::walk::Side;

/// The header definition and the source part of one resource on one side.
pub fn build(
    model: &Model<'_>,
    key: Key,
    docs: Vec<String>,
) -> Result<(TypeDef, ResourceSource), Error> {
    let names = &model.resources[&key];
    let abi = abi(model, key).ok_or_else(|| {
        let name = model.ir.def(key.0).name.as_deref().unwrap_or("?");
        Error::input(format!(
            "the C backend found no intrinsics for resource `{name}` on the {} side",
            match key.1 {
                Side::Import => "import",
                Side::Export => "export",
            }
        ))
    })?;
    let import = |core: &IrCoreImport, name: &str| CoreImport {
        module: c_string(&core.module),
        field: c_string(&core.name),
        name: format!("__bindery_import_{name}"),
    };
    let drop = import(&abi.drop, &names.drop_own);
    match (key.1, &abi.new, &abi.rep) {
        (Side::Export, Some(new), Some(rep)) => {
            let exported = ExportedResource {
                docs,
                rep: names.rep.clone(),
                own: names.own.clone(),
                borrow: names.borrow.clone(),
                new: names.new.clone(),
                rep_fn: names.rep_fn.clone(),
                drop_own: names.drop_own.clone(),
                destructor: names.destructor.clone(),
                new_import: import(new, &names.new),
                rep_import: import(rep, &names.rep_fn),
                drop,
                dtor: abi.dtor.as_ref().map(|dtor| CoreExport {
                    name: c_string(dtor),
                    function: format!("__bindery_export_{}", names.destructor),
                }),
            };
            let exported = Box::new(exported);
            Ok((
                TypeDef::ExportedResource(exported.clone()),
                ResourceSource::Exported(exported),
            ))
        }
        _ => {
            let imported = ImportedResource {
                docs,
                own: names.own.clone(),
                borrow: names.borrow.clone(),
                drop_own: names.drop_own.clone(),
                drop_borrow: names.drop_borrow.clone(),
                borrow_fn: names.borrow_fn.clone(),
                drop,
            };
            Ok((
                TypeDef::ImportedResource(imported.clone()),
                ResourceSource::Imported(Box::new(imported)),
            ))
        }
    }
}

/// The intrinsics of a resource on its side, from the world item that
/// declares it.
fn abi<'m>(model: &'m Model<'_>, key: Key) -> Option<&'m ResourceAbi> {
    model
        .scopes
        .iter()
        .filter(|scope| scope.side == key.1)
        .flat_map(|scope| match &scope.item.item {
            Item::Interface { resources, .. } => resources.iter().collect::<Vec<_>>(),
            Item::Type {
                resource: Some(resource),
                ..
            } => vec![resource],
            _ => Vec::new(),
        })
        .find(|abi| abi.resource == key.0)
}

/// Text for inside a C string literal: quotes, backslashes and anything
/// not printable ASCII as escapes.
pub fn c_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'?' => out.push_str("\\?"),
            0x20..=0x7e => out.push(byte as char),
            other => out.push_str(&format!("\\{other:03o}")),
        }
    }
    out
}
