//! Seeds into WIT packages: bytes from a seeded generator, `wit-smith` turns
//! them into a package (with its dependencies), and the package is printed
//! back to WIT text as a user would write it: `main.wit` plus one file per
//! dependency in `deps/`. `main.wit` gets one more world that imports and
//! exports every interface of every package, since wit-smith's own worlds
//! are often empty.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use arbitrary::{Arbitrary, Unstructured};
use wit_parser::{PackageId, Resolve};

/// The world added to every package.
pub const ALL_WORLD: &str = "bindery-fuzz-all";

/// splitmix64: a small, fast, well-mixed generator, so a seed always gives
/// the same bytes on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x6a09_e667_f3bc_c909)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next() as u8).collect()
    }
}

/// WIT files by path relative to the package directory (`main.wit`,
/// `deps/<name>.wit`).
pub type WitFiles = BTreeMap<String, String>;

/// The package of one seed, or why wit-smith made none (its input was not
/// enough for a valid package: that happens, and is not a failure).
pub fn package(seed: u64) -> Result<WitFiles, String> {
    let mut rng = Rng::new(seed);
    let len = 2048 + rng.below(4) * 2048;
    let bytes = rng.bytes(len);
    let mut u = Unstructured::new(&bytes);
    let mut config = wit_smith::Config::arbitrary(&mut u).map_err(|e| e.to_string())?;
    // Features the backends refuse (async, futures, streams,
    // error-context) in one seed in eight, so refusals are exercised but
    // most worlds are generated; sizes kept so that compiling a sample
    // stays quick.
    if !seed.is_multiple_of(8) {
        config.async_ = false;
        config.futures = false;
        config.streams = false;
        config.error_context = false;
    }
    config.max_packages = config.max_packages.min(4);
    config.max_type_size = config.max_type_size.min(200);
    let wasm = wit_smith::smith(&config, &mut u).map_err(|e| format!("wit-smith: {e}"))?;
    let decoded = wit_parser::decoding::decode(&wasm).map_err(|e| format!("decode: {e:#}"))?;
    let wit_parser::decoding::DecodedWasm::WitPackage(mut resolve, main) = decoded else {
        return Err("wit-smith made a component, not a package".into());
    };
    strip_external_ids(&mut resolve);
    print(&resolve, main)
}

/// Removes `@external-id` annotations. The component linker that ships
/// with Rust 1.95 (wasm-component-ld) cannot read a component type that
/// has them yet ("invalid leading byte (0x2) for import name"), whatever
/// wrote the bindings: no Rust guest of such a world can be linked today.
fn strip_external_ids(resolve: &mut Resolve) {
    for (_, ty) in resolve.types.iter_mut() {
        ty.external_id = None;
    }
    for (_, interface) in resolve.interfaces.iter_mut() {
        for function in interface.functions.values_mut() {
            function.external_id = None;
        }
    }
    for (_, world) in resolve.worlds.iter_mut() {
        for item in world.imports.values_mut().chain(world.exports.values_mut()) {
            match item {
                wit_parser::WorldItem::Interface { external_id, .. } => *external_id = None,
                wit_parser::WorldItem::Function(function) => function.external_id = None,
                wit_parser::WorldItem::Type { .. } => {}
            }
        }
    }
}

/// `main.wit` (with the all-interfaces world) and `deps/*.wit`.
fn print(resolve: &Resolve, main: PackageId) -> Result<WitFiles, String> {
    let mut files = WitFiles::new();
    let mut qualified = Vec::new();
    for (id, package) in resolve.packages.iter() {
        let mut printer = wit_component::WitPrinter::default();
        printer
            .print(resolve, id, &[])
            .map_err(|e| format!("print: {e:#}"))?;
        let text = printer.output.to_string();
        for name in package.interfaces.keys() {
            qualified.push(if id == main {
                name.clone()
            } else {
                interface_name(&package.name, name)
            });
        }
        if id != main {
            let file = package.name.to_string().replace([':', '@', '/'], "-");
            files.insert(format!("deps/{file}.wit"), text);
        } else {
            files.insert("main.wit".to_string(), text);
        }
    }
    let main_text = files.get_mut("main.wit").ok_or("no main package")?;
    let taken = resolve.packages[main].worlds.contains_key(ALL_WORLD);
    if !taken && !qualified.is_empty() {
        let mut world = format!("\nworld {ALL_WORLD} {{\n");
        for name in &qualified {
            let _ = writeln!(world, "  import {name};");
        }
        for name in &qualified {
            let _ = writeln!(world, "  export {name};");
        }
        world.push_str("}\n");
        main_text.push_str(&world);
    }
    Ok(files)
}

/// `ns:pkg/iface@version`.
fn interface_name(package: &wit_parser::PackageName, interface: &str) -> String {
    let mut name = format!("{}:{}/{interface}", package.namespace, package.name);
    if let Some(version) = &package.version {
        let _ = write!(name, "@{version}");
    }
    name
}

/// Writes the files under `dir`.
pub fn write(dir: &std::path::Path, files: &WitFiles) {
    for (path, text) in files {
        let target = dir.join(path);
        std::fs::create_dir_all(target.parent().expect("files have a parent"))
            .expect("the scratch directory is writable");
        std::fs::write(&target, text).expect("the scratch directory is writable");
    }
}

/// The files as one text, each headed by its path, for messages.
pub fn show(files: &WitFiles) -> String {
    let mut out = String::new();
    for (path, text) in files {
        let _ = writeln!(out, "// ---- {path}");
        out.push_str(text);
        if !text.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}
