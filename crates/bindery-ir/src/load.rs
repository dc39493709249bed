//! The front end: reads WIT with wit-parser, applies feature gates and picks
//! the world. Every failure becomes an [`Error`] whose message carries the
//! parser's file:line:col where it has one.

use std::collections::{BTreeSet, HashSet};
use std::mem;
use std::path::{Path, PathBuf};

use wit_parser::{
    IndexMap, IndexSet, InterfaceId, PackageId, Resolve, Stability, WorldId, WorldItem, WorldKey,
};

use crate::Error;

/// What to read and which world of it to use.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// A `.wit` file, a directory of them (with `deps/`), or a `.wasm` package.
    pub path: PathBuf,
    /// `name` or `ns:pkg/name@version`; `None` picks the only world.
    pub world: Option<String>,
    /// `@unstable(feature = …)` gates to turn on.
    pub features: Vec<String>,
    /// Turn on every `@unstable` gate.
    pub all_features: bool,
}

/// A parsed package with the world chosen.
#[derive(Debug)]
pub struct Loaded {
    pub resolve: Resolve,
    pub package: PackageId,
    pub world: WorldId,
    /// Every file read, for build tools that rerun when one changes.
    pub sources: Vec<PathBuf>,
}

/// Reads WIT and selects a world.
pub fn load(options: &LoadOptions) -> Result<Loaded, Error> {
    let path = options.path.as_path();
    if !path.exists() {
        return Err(Error::input(format!(
            "WIT input `{}` does not exist",
            path.display()
        )));
    }
    let mut resolve = Resolve {
        all_features: options.all_features,
        ..Resolve::default()
    };
    for feature in &options.features {
        for name in feature.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            resolve.features.insert(name.to_string());
        }
    }
    let (package, sources) = resolve.push_path(path).map_err(|err| {
        let message = crate::diagnose::explain(path)
            .unwrap_or_else(|| render_parse_error(&resolve, path, &err));
        Error::input(message)
    })?;
    check_features(path, &resolve.features)?;
    let world = match plain_world(&resolve, package, options.world.as_deref()) {
        Some(world) => world,
        None => resolve
            .select_world(&[package], options.world.as_deref())
            .map_err(|err| Error::input(world_error(&resolve, package, options, &err)))?,
    };
    separate_repeated_interfaces(&mut resolve, world);
    Ok(Loaded {
        resolve,
        package,
        world,
        sources: sources.paths().map(Path::to_path_buf).collect(),
    })
}

/// The main package's world named `spec` (with or without the `%` of a
/// WIT keyword), taken as it is: wit-parser's world specifiers cannot
/// spell a world named like a keyword (`world %as` as `--world as`), and
/// the error message lists it as `as`.
fn plain_world(resolve: &Resolve, package: PackageId, spec: Option<&str>) -> Option<WorldId> {
    let spec = spec?;
    let name = spec.strip_prefix('%').unwrap_or(spec);
    resolve.packages[package].worlds.get(name).copied()
}

/// Gives an interface that a world imports (or exports) under more than one
/// name (`import x: i; import i;`) a copy with its own types for each
/// further name: each name is a separate instance, with its own resource
/// types, so bindings need one module per name and cannot share the types.
///
/// wit-parser's nominalization makes the copies, but it also copies an
/// interface that is both imported and exported, which the backends model
/// as two sides of one interface. So it only ever sees one direction: the
/// imports alone (they never depend on exports), then the exports with the
/// imports they depend on, and only when a direction repeats an interface.
fn separate_repeated_interfaces(resolve: &mut Resolve, world: WorldId) {
    let repeats = |items: &IndexMap<WorldKey, WorldItem>| {
        let mut seen = HashSet::new();
        items.values().any(|item| match item {
            WorldItem::Interface { id, .. } => !seen.insert(*id),
            _ => false,
        })
    };
    if repeats(&resolve.worlds[world].imports) {
        let exports = mem::take(&mut resolve.worlds[world].exports);
        resolve.generate_nominal_type_ids(world);
        resolve.worlds[world].exports = exports;
    }
    if repeats(&resolve.worlds[world].exports) {
        let imports = mem::take(&mut resolve.worlds[world].imports);
        let exports = mem::take(&mut resolve.worlds[world].exports);
        let exported: HashSet<InterfaceId> = exports
            .values()
            .filter_map(|item| match item {
                WorldItem::Interface { id, .. } => Some(*id),
                _ => None,
            })
            .collect();
        // The exports as imports, first so that they are the ones copied,
        // then the imports they may depend on.
        let mut items = exports.clone();
        for (key, item) in &imports {
            let shadowed = matches!(item, WorldItem::Interface { id, .. } if exported.contains(id));
            if !shadowed && !items.contains_key(key) {
                items.insert(key.clone(), item.clone());
            }
        }
        resolve.worlds[world].imports = items;
        resolve.generate_nominal_type_ids(world);
        let rewritten = mem::replace(&mut resolve.worlds[world].imports, imports);
        resolve.worlds[world].exports = exports
            .into_iter()
            .map(|(key, item)| match rewritten.get(&key) {
                Some(copy) => (key, copy.clone()),
                None => (key, item),
            })
            .collect();
    }
}

/// wit-parser renders its typed errors with `--> file:line:col` and the
/// source line; the whole context chain is kept so the cause is never lost.
fn render_parse_error(resolve: &Resolve, path: &Path, err: &anyhow::Error) -> String {
    let mut message = resolve.render_error(err);
    if !message.contains(" --> ") && !message.contains(&path.display().to_string()) {
        message = format!("{}: {message}", path.display());
    }
    message
}

fn world_error(
    resolve: &Resolve,
    package: PackageId,
    options: &LoadOptions,
    err: &anyhow::Error,
) -> String {
    let worlds: Vec<String> = resolve.packages[package]
        .worlds
        .keys()
        .map(|name| format!("`{name}`"))
        .collect();
    let available = if worlds.is_empty() {
        format!(
            "package `{}` defines no world",
            resolve.packages[package].name
        )
    } else {
        format!(
            "worlds in package `{}`: {}",
            resolve.packages[package].name,
            worlds.join(", ")
        )
    };
    match &options.world {
        Some(world) => format!("cannot select world `{world}`: {err:#}\n({available})"),
        // wit-parser's own message already lists the worlds.
        None if !worlds.is_empty() => format!("{err:#}\n(choose one with --world)"),
        None => format!("{err:#}\n({available})"),
    }
}

/// Fails on a feature name that no `@unstable` gate uses, so a typo cannot
/// silently leave a gate closed. The names are read from a second parse
/// with every gate open (a closed gate's items are gone from the first).
fn check_features(path: &Path, features: &IndexSet<String>) -> Result<(), Error> {
    if features.is_empty() {
        return Ok(());
    }
    let mut open = Resolve {
        all_features: true,
        ..Resolve::default()
    };
    if open.push_path(path).is_err() {
        // Only reachable if opening a gate breaks the package; the gated
        // parse already succeeded, so there is nothing better to report.
        return Ok(());
    }
    let known = gate_names(&open);
    let unknown: Vec<&String> = features.iter().filter(|f| !known.contains(*f)).collect();
    if unknown.is_empty() {
        return Ok(());
    }
    let list = |names: &mut dyn Iterator<Item = &String>| {
        names
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let gates = if known.is_empty() {
        "it has no @unstable gates".to_string()
    } else {
        format!("its gates: {}", list(&mut known.iter()))
    };
    Err(Error::usage(format!(
        "unknown feature {} for `{}` ({gates})",
        list(&mut unknown.into_iter()),
        path.display()
    )))
}

fn gate_names(resolve: &Resolve) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut add = |stability: &Stability| {
        if let Stability::Unstable { feature, .. } = stability {
            names.insert(feature.clone());
        }
    };
    for (_, iface) in resolve.interfaces.iter() {
        add(&iface.stability);
        iface.functions.values().for_each(|f| add(&f.stability));
    }
    for (_, ty) in resolve.types.iter() {
        add(&ty.stability);
    }
    for (_, world) in resolve.worlds.iter() {
        add(&world.stability);
        for item in world.imports.values().chain(world.exports.values()) {
            match item {
                WorldItem::Interface { stability, .. } => add(stability),
                WorldItem::Function(f) => add(&f.stability),
                WorldItem::Type { .. } => {}
            }
        }
    }
    names
}
