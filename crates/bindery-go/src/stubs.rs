//! Stub implementations of the exports, a starting point for the user (and
//! what the compile checks build the generated module with).

use std::collections::BTreeMap;

use askama::Template;
use bindery_ir::TypeKind;
use bindery_kit::{Error, Files};

use crate::functions::signature;
use crate::generate::render;
use crate::spell::{At, Imports};
use crate::world::{Dir, GoWorld, Pkg};

#[derive(Template)]
#[template(path = "stubs.go")]
struct StubsView {
    package: String,
    imports: Vec<String>,
    resources: Vec<String>,
    functions: Vec<String>,
}

pub fn stubs(world: &GoWorld<'_>) -> Result<Files, Error> {
    let mut packages: BTreeMap<Pkg, (Imports, Vec<String>, Vec<String>)> = BTreeMap::new();
    for f in world.functions(Dir::Export) {
        let at = At::new(f.home, world.side(&f));
        let entry = packages.entry(f.home).or_default();
        entry.2.push(signature(world, &f, at, &mut entry.0));
    }
    // Every export package declaring an exported resource needs its struct,
    // whether or not the resource has functions.
    for index in 0..world.ir.interfaces.len() {
        let pkg = Pkg::Export(index);
        let declares_resource = world
            .declared_in(pkg)
            .iter()
            .any(|&ty| matches!(world.ir.def(ty).kind, TypeKind::Resource));
        if world.is_exported(index) && declares_resource {
            packages.entry(pkg).or_default();
        }
    }
    for (pkg, (_, resources, _)) in packages.iter_mut() {
        for &ty in world.declared_in(*pkg) {
            if matches!(world.ir.def(ty).kind, TypeKind::Resource)
                && let Some(names) = world.type_names(*pkg, ty)
            {
                resources.push(names.name.clone());
            }
        }
    }
    let mut files = Files::new();
    for (pkg, (imports, resources, functions)) in packages {
        let package = world.pkg_name(pkg).to_string();
        let view = StubsView {
            imports: imports.sorted(),
            resources,
            functions,
            package: package.clone(),
        };
        files.insert(format!("{package}/wit_stubs.go"), render(&view)?);
    }
    Ok(files)
}
