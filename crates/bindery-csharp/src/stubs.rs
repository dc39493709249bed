//! Starting points for the user's code: a partial `<Iface>ExportsImpl`
//! class per exported interface (and `<World>WorldExportsImpl`), every
//! function throwing `NotImplementedException`, and a class per exported
//! resource deriving from the generated base class. The compile check
//! builds every corpus world with these, so every export is type-checked.

use std::collections::BTreeMap;

use askama::Template;
use bindery_ir::{FunctionKind, TypeIndex, TypeKind};
use bindery_kit::{Error, Files};

use crate::codecs::CodecNames;
use crate::functions::{Context, interop_names};
use crate::generate::{Block, CsFile, finish, render};
use crate::world::{CsWorld, Dir, Home, is_method};

/// Stubs are the user's to edit: no generated-file marker.
const HEADER: &str = "// A starting point written by `bindery csharp --stubs`: yours to edit;\n// bindery never overwrites this file.\n#nullable enable";

#[derive(Template)]
#[template(path = "stubs/method.cs")]
struct MethodStub {
    signature: String,
}

pub fn stubs(world: &CsWorld<'_>) -> Result<Files, Error> {
    let names = CodecNames::new(world);
    let interop = interop_names(world);
    let context = Context {
        world,
        names: &names,
        interop: &interop,
    };
    let mut free: BTreeMap<Home, Vec<String>> = BTreeMap::new();
    let mut by_resource: BTreeMap<(Home, TypeIndex), Vec<String>> = BTreeMap::new();
    for f in world.functions(Dir::Export) {
        let params = context
            .params(&f, f.types_dir())
            .iter()
            .map(|(ty, name)| format!("{ty} {name}"))
            .collect::<Vec<_>>()
            .join(", ");
        let name = &world.fn_names(f.id).name;
        let signature = match f.function.kind {
            FunctionKind::Constructor(_) => format!("public {name}({params})"),
            _ if is_method(f.function) => {
                format!("public {} {name}({params})", context.ret(&f, f.types_dir()))
            }
            _ => format!(
                "public static {} {name}({params})",
                context.ret(&f, f.types_dir())
            ),
        };
        let text = render(&MethodStub { signature })?;
        match f.function.kind.resource() {
            Some(r) => by_resource
                .entry((f.home, world.resource_of(r)))
                .or_default()
                .push(text),
            None => free.entry(f.home).or_default().push(text),
        }
    }
    let mut files = Files::new();
    for home in world.homes() {
        if !matches!(home, Home::Iface(_, Dir::Export) | Home::WorldExports) {
            continue;
        }
        let names = world.home_names(home);
        let mut sections = free.remove(&home).unwrap_or_default();
        for &ty in world.declared_in(home) {
            if !matches!(world.ir.def(ty).kind, TypeKind::Resource) {
                continue;
            }
            let Some(resource) = world.type_names(home, ty) else {
                continue;
            };
            let base = &resource.qualified;
            let interface = format!(
                "global::{}.{}.{}",
                names.namespace, names.interface, resource.interface
            );
            sections.push(
                Block {
                    docs: Vec::new(),
                    declaration: format!("public class {} : {base}, {interface}", resource.name),
                    sections: by_resource.remove(&(home, ty)).unwrap_or_default(),
                }
                .lay_out()?,
            );
        }
        let has_functions = world.functions(Dir::Export).iter().any(|f| f.home == home);
        if sections.is_empty() && !has_functions {
            continue;
        }
        let class = Block {
            docs: Vec::new(),
            declaration: format!(
                "public partial class {} : global::{}.{}",
                names.implementation, names.namespace, names.interface
            ),
            sections,
        }
        .lay_out()?;
        let path = match home {
            Home::WorldExports => format!("{}.cs", names.implementation),
            _ => format!("{}.{}.cs", names.namespace, names.implementation),
        };
        files.insert(
            path,
            finish(
                CsFile {
                    header: HEADER.to_string(),
                    namespace: names.namespace.clone(),
                    sections: vec![class],
                }
                .lay_out()?,
            ),
        );
    }
    Ok(files)
}
