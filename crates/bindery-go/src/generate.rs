//! Assembles the module: which packages exist, what goes in each file, and
//! the `wit_runtime`/`wit_types` packages that the rest turned out to use.

use std::collections::BTreeMap;

use askama::Template;
use bindery_ir::{Item, TypeKind};
use bindery_kit::{Error, Files};

use crate::codecs::{CodecNames, PkgCodecs};
use crate::functions::{self, Context};
use crate::naming;
use crate::resources;
use crate::runtime::{self, RuntimeUse};
use crate::spell::{At, Imports};
use crate::types;
use crate::world::{Dir, GoWorld, Pkg};

#[derive(Template)]
#[template(path = "file.go")]
pub struct FileView {
    pub marker: &'static str,
    pub docs: Vec<String>,
    pub package: String,
    pub imports: Vec<String>,
    pub sections: Vec<String>,
}

#[derive(Template)]
#[template(path = "go.mod")]
struct GoModView {
    marker: &'static str,
    module: &'static str,
    /// Modules required and replaced by a directory of the output.
    replaced: Vec<Replaced>,
}

struct Replaced {
    module: &'static str,
    /// Any version: the directory replaces every version.
    version: &'static str,
    dir: &'static str,
}

#[derive(Template)]
#[template(path = "main.go")]
struct MainFuncView;

pub fn render(template: &impl Template) -> Result<String, Error> {
    render_into(template, 0)
}

/// [`render`] into a buffer of at least `capacity` bytes.
fn render_into<T: Template>(template: &T, capacity: usize) -> Result<String, Error> {
    let mut text = String::with_capacity(capacity.max(T::SIZE_HINT));
    template
        .render_into(&mut text)
        .map_err(|e| Error::output(format!("cannot lay out Go bindings: {e}")))?;
    Ok(text)
}

impl FileView {
    /// Lays the file out in a buffer sized for its sections, docs and
    /// imports, so the buffer does not grow, copying itself, on the way: a
    /// package's file can hold a hundred kilobytes.
    fn lay_out(&self) -> Result<String, Error> {
        let lines = |lines: &[String]| lines.iter().map(|l| l.len() + 2).sum::<usize>();
        let sections: usize = self.sections.iter().map(String::len).sum();
        render_into(
            self,
            sections + lines(&self.docs) + lines(&self.imports) + self.package.len() + 64,
        )
    }
}

/// One package being filled.
struct PackageFile {
    at: At,
    docs: Vec<String>,
    imports: Imports,
    sections: Vec<String>,
    codecs: PkgCodecs,
    /// The sections call `wit_runtime`.
    runtime: bool,
}

impl PackageFile {
    fn new(pkg: Pkg, dir: Dir) -> Self {
        PackageFile {
            at: At::new(pkg, dir),
            docs: Vec::new(),
            imports: Imports::default(),
            sections: Vec::new(),
            codecs: PkgCodecs::default(),
            runtime: false,
        }
    }

    fn finish(mut self, world: &GoWorld<'_>, names: &CodecNames) -> Result<String, Error> {
        let codecs = self
            .codecs
            .views(world, names, self.at.canonical(), &mut self.imports);
        if !codecs.is_empty() {
            self.runtime = true;
        }
        for codec in &codecs {
            self.sections.push(render(codec)?);
        }
        if self.runtime {
            self.imports.add(&world.pkg_path(Pkg::Runtime));
        }
        FileView {
            marker: crate::MARKER,
            docs: self.docs,
            package: world.pkg_name(self.at.pkg).to_string(),
            imports: self.imports.sorted(),
            sections: self.sections,
        }
        .lay_out()
    }
}

fn path(world: &GoWorld<'_>, pkg: Pkg) -> String {
    match pkg {
        Pkg::Main => "wit_exports.go".to_string(),
        other => format!("{}/wit_bindings.go", world.pkg_name(other)),
    }
}

pub fn generate(world: &GoWorld<'_>) -> Result<Files, Error> {
    let names = CodecNames::new(world);
    let mut rt = RuntimeUse::default();
    let mut packages: BTreeMap<Pkg, PackageFile> = BTreeMap::new();

    declare_types(world, &mut packages, &mut rt)?;
    import_functions(world, &names, &mut packages, &mut rt)?;
    let main = main_package(world, &names, &mut rt)?;

    let mut files = Files::new();
    for (pkg, file) in packages {
        if pkg_is_empty(&file) && !matches!(pkg, Pkg::Export(_) | Pkg::ExportWorld) {
            continue;
        }
        files.insert(path(world, pkg), file.finish(world, &names)?);
    }
    files.insert(path(world, Pkg::Main), main.finish(world, &names)?);
    files.insert(
        "wit_runtime/wit_runtime.go",
        render(&runtime::runtime_view(rt))?,
    );
    let mut replaced = Vec::new();
    if let Some(types) = runtime::types_view(world.ir) {
        let dir = crate::TYPES_MODULE_DIR;
        files.insert(format!("{dir}/wit/types/types.go"), render(&types)?);
        files.insert(
            format!("{dir}/go.mod"),
            render(&GoModView {
                marker: crate::MARKER,
                module: crate::TYPES_MODULE,
                replaced: Vec::new(),
            })?,
        );
        files.insert(
            "wit_types/wit_types.go",
            render(&types.aliases(world.pkg_path(Pkg::Types)))?,
        );
        replaced.push(Replaced {
            module: crate::TYPES_MODULE,
            version: "v0.0.0",
            dir,
        });
    }
    files.insert(
        "go.mod",
        render(&GoModView {
            marker: crate::MARKER,
            module: crate::MODULE,
            replaced,
        })?,
    );
    Ok(files)
}

fn pkg_is_empty(file: &PackageFile) -> bool {
    file.sections.is_empty()
}

fn package<'p>(
    world: &GoWorld<'_>,
    packages: &'p mut BTreeMap<Pkg, PackageFile>,
    pkg: Pkg,
) -> &'p mut PackageFile {
    packages.entry(pkg).or_insert_with(|| {
        let dir = match pkg {
            Pkg::Export(_) | Pkg::ExportWorld | Pkg::Main => Dir::Export,
            _ => Dir::Import,
        };
        let mut file = PackageFile::new(pkg, dir);
        file.docs = package_docs(world, pkg);
        file
    })
}

/// Every named type in the package that declares it.
fn declare_types(
    world: &GoWorld<'_>,
    packages: &mut BTreeMap<Pkg, PackageFile>,
    rt: &mut RuntimeUse,
) -> Result<(), Error> {
    let mut pkgs: Vec<Pkg> = (0..world.ir.interfaces.len())
        .flat_map(|i| [Pkg::Iface(i), Pkg::Export(i)])
        .collect();
    pkgs.push(Pkg::World);
    for pkg in pkgs {
        if matches!(pkg, Pkg::Export(i) if world.is_exported(i)) {
            package(world, packages, pkg);
        }
        for &ty in world.declared_in(pkg) {
            let file = package(world, packages, pkg);
            if let Some(view) = resources::view(world, pkg, ty) {
                match view {
                    resources::ResourceView::Export { .. } => rt.tables = true,
                    resources::ResourceView::Import { .. } => rt.handles = true,
                }
                file.runtime = true;
                file.sections.push(render(&view)?);
            } else if let Some(view) = types::view(world, ty, file.at, &mut file.imports) {
                file.sections.push(render(&view)?);
            }
        }
    }
    Ok(())
}

fn import_functions(
    world: &GoWorld<'_>,
    names: &CodecNames,
    packages: &mut BTreeMap<Pkg, PackageFile>,
    rt: &mut RuntimeUse,
) -> Result<(), Error> {
    for f in world.functions(Dir::Import) {
        let file = package(world, packages, f.home);
        let context = Context {
            world,
            names,
            at: file.at,
        };
        let view = context.import(&f, &mut file.codecs, rt, &mut file.imports);
        file.runtime = true;
        file.sections.push(render(&view)?);
    }
    for f in world.functions(Dir::Export) {
        // The user's package exists even when nothing is generated in it.
        package(world, packages, f.home);
    }
    Ok(())
}

fn main_package(
    world: &GoWorld<'_>,
    names: &CodecNames,
    rt: &mut RuntimeUse,
) -> Result<PackageFile, Error> {
    let mut main = PackageFile::new(Pkg::Main, Dir::Export);
    main.docs = package_docs(world, Pkg::Main);
    main.runtime = true;
    let exports = world.functions(Dir::Export);
    let raws = naming::unique_sanitized(exports.iter().map(|f| f.function.abi.name.as_str()));
    for (f, raw) in exports.iter().zip(raws) {
        let context = Context {
            world,
            names,
            at: At {
                dir: world.side(f),
                ..main.at
            },
        };
        let view = context.export(f, raw, &mut main.codecs, rt, &mut main.imports);
        main.sections.push(render(&view)?);
    }
    main.sections.push(render(&MainFuncView)?);
    Ok(main)
}

/// The package doc comment: what the package is, then the WIT docs; for
/// export packages, the functions the user writes there.
fn package_docs(world: &GoWorld<'_>, pkg: Pkg) -> Vec<String> {
    let name = world.pkg_name(pkg);
    let key = |i: usize| {
        let items = world.ir.imports.iter().chain(&world.ir.exports);
        items
            .filter(|item| matches!(item.item, Item::Interface { interface, .. } if interface == i))
            .map(|item| item.key.clone())
            .next()
            .unwrap_or_default()
    };
    let (intro, wit_docs) = match pkg {
        Pkg::Iface(i) => (
            format!(
                "Package {name} is the interface `{}`: its types, resources and imported functions.",
                key(i)
            ),
            world.ir.interfaces[i].docs.as_deref(),
        ),
        Pkg::Export(i) => (
            format!(
                "Package {name} is where the component implements the exported interface `{}`.",
                key(i)
            ),
            world.ir.interfaces[i].docs.as_deref(),
        ),
        Pkg::World => (
            format!(
                "Package {name} holds the world-level types and imported functions of world `{}`.",
                world.ir.world.name
            ),
            world.ir.world.docs.as_deref(),
        ),
        Pkg::ExportWorld => (
            format!(
                "Package {name} is where the component implements the world-level exports of world `{}`.",
                world.ir.world.name
            ),
            None,
        ),
        Pkg::Main => (
            format!(
                "Command {} is the component of world `{}`: each export is a wasmexport function here that calls the implementation in an export package.",
                crate::MODULE,
                world.ir.world.name
            ),
            None,
        ),
        Pkg::Runtime | Pkg::Types => (String::new(), None),
    };
    let mut lines = crate::docs::comment(Some(&intro));
    if matches!(pkg, Pkg::Export(_) | Pkg::ExportWorld) {
        let mut scratch = Imports::default();
        let signatures: Vec<String> = world
            .functions(Dir::Export)
            .iter()
            .filter(|f| f.home == pkg)
            .map(|f| functions::signature(world, f, At::new(pkg, world.side(f)), &mut scratch))
            .collect();
        let resources: Vec<&str> = world
            .declared_in(pkg)
            .iter()
            .filter(|ty| matches!(world.ir.def(**ty).kind, TypeKind::Resource))
            .filter_map(|ty| world.type_names(pkg, *ty).map(|n| n.name.as_str()))
            .collect();
        if !resources.is_empty() {
            lines.push("//".into());
            lines.push(
                "// Declare the exported resources in this package, with the fields you".into(),
            );
            lines.push(
                "// need; an optional OnDrop method runs once the host has dropped the".into(),
            );
            lines.push("// last handle:".into());
            lines.push("//".into());
            lines.extend(
                resources
                    .iter()
                    .map(|r| format!("//\ttype {r} struct{{ … }}")),
            );
        }
        if !signatures.is_empty() {
            lines.push("//".into());
            lines.push("// Write these functions in this package:".into());
            lines.push("//".into());
            lines.extend(signatures.iter().map(|s| format!("//\t{s}")));
        }
    }
    let wit = crate::docs::comment(wit_docs);
    if !wit.is_empty() {
        lines.push("//".into());
        lines.extend(wit);
    }
    lines
}
