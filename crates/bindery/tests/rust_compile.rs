//! Generated Rust must compile cleanly for the real target: every corpus
//! generation with Rust output, with bindery's starter `lib.rs` (`--stubs`,
//! which implements every exported trait and calls `export!`), and the
//! example the README shows (`examples/hello-rust`, included the way it
//! includes its bindings: `mod <world> { include!(…); }`), and the guests
//! written by hand as wit-bindgen's users write them (`tests/guests/`),
//! go through the
//! Rust compile check of `bindery_corpus::compile::rust` (rustfmt, clippy
//! `-D warnings`, a wasm32-wasip2 component build; see there).
//!
//! The scratch workspace lives under the cargo target directory
//! (`<target>/<profile>/bindery-compile-check`) with its own target
//! directory, so reruns only rebuild what changed. Without the
//! wasm32-wasip2 target the test fails under `CI=true` and otherwise prints
//! a loud skip message (`languages/rust/install` adds it).

mod common;

use std::path::{Path, PathBuf};

use bindery::{Language, RustOptions};
use bindery_corpus::compile::{self, Check, Unit, rust::RustCheck};
use common::{Generation, GenerationExt};

/// `<target-dir>/<profile>/<name>`, next to this test binary.
fn scratch_dir(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary has a path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("test binaries live in <target>/<profile>/deps");
    profile_dir.join(name)
}

/// The bindings and starter code, generated as `bindery rust --stubs`
/// generates them (through the library's [`bindery::Generator`]).
fn unit(generation: &Generation, id: String) -> Result<Unit, String> {
    unit_with(generation, id, RustOptions::default())
}

/// [`unit`] with the Rust options `options` (`--no-std`, …).
fn unit_with(generation: &Generation, id: String, options: RustOptions) -> Result<Unit, String> {
    let generator = generation
        .generator(Language::Rust)
        .stubs(true)
        .rust_options(options.clone());
    let mut label = format!("{} ({})", generation.case.relative, generation.name);
    if options.no_std {
        label.push_str(" --no-std");
    }
    let generated = generator
        .generate()
        .map_err(|err| format!("{label}: generation failed: {err}"))?;
    Ok(Unit {
        label,
        id,
        files: generated.files,
        stubs: generated.stubs,
        options: generator.load_options().clone(),
    })
}

/// A guest written by hand the way wit-bindgen's users write it
/// (`tests/guests/<name>/lib.rs`), built unchanged against the bindings of
/// the world beside it (`<name>.wit`), generated with `options`.
fn hand_written_guest(name: &str, options: RustOptions) -> Result<Unit, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/guests")
        .join(name);
    let generator = bindery::Generator::new(dir.join(format!("{name}.wit")))
        .language(Language::Rust)
        .rust_options(options);
    let label = format!("tests/guests/{name} (hand-written guest)");
    let generated = generator
        .generate()
        .map_err(|err| format!("{label}: generation failed: {err}"))?;
    let lib = std::fs::read(dir.join("lib.rs")).map_err(|err| format!("{label}: {err}"))?;
    let mut stubs = bindery::Files::new();
    stubs.insert("lib.rs", lib);
    Ok(Unit {
        label,
        id: format!("guest-{name}"),
        files: generated.files,
        stubs,
        options: generator.load_options().clone(),
    })
}

/// The guest `tests/guests/with-types`: bindings of the world `shared`
/// (which imports `test:reuse/types`) and of the world `reuse`, generated
/// with `--with test:reuse/types=crate::shared::test::reuse::types`, as two
/// modules of one crate.
fn with_guest() -> Result<Unit, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/guests/with-types");
    let wit = dir.join("with-types.wit");
    let label = "tests/guests/with-types (hand-written guest, --with)".to_string();
    let generate = |world: &str, options: RustOptions| {
        bindery::Generator::new(&wit)
            .world(world)
            .language(Language::Rust)
            .rust_options(options)
            .generate()
            .map_err(|err| format!("{label}: generation of {world} failed: {err}"))
    };
    let shared = generate("shared", RustOptions::default())?;
    let options = RustOptions {
        with: vec![(
            "test:reuse/types".to_string(),
            "crate::shared::test::reuse::types".to_string(),
        )],
        ..RustOptions::default()
    };
    let reuse = generate("reuse", options)?;
    let mut files = shared.files;
    for (path, contents) in reuse.files.iter() {
        files.insert(path, contents);
    }
    let lib = std::fs::read(dir.join("lib.rs")).map_err(|err| format!("{label}: {err}"))?;
    let mut stubs = bindery::Files::new();
    stubs.insert("lib.rs", lib);
    Ok(Unit {
        label,
        id: "guest-with-types".to_string(),
        files,
        stubs,
        options: bindery::LoadOptions {
            path: wit.clone(),
            world: Some("reuse".to_string()),
            ..bindery::LoadOptions::default()
        },
    })
}

#[test]
fn generated_rust_passes_clippy_rustfmt_and_links_for_wasm32_wasip2() {
    let example_id = "check-example-include".to_string();
    let mut check = RustCheck {
        include: [example_id.clone()].into(),
        ..RustCheck::default()
    };
    if !compile::available(&check, "the Rust compile check of the corpus") {
        return;
    }
    let generations: Vec<Generation> = common::generations()
        .into_iter()
        .filter(|g| !g.expects_error(Language::Rust))
        .collect();
    let mut failures = Vec::new();
    let mut units = Vec::new();
    for generation in &generations {
        match unit(generation, compile::unit_id("check", &generation.name)) {
            Ok(unit) => units.push(unit),
            Err(message) => failures.push(message),
        }
    }
    // Every world again with `--no-std`, in a `#![no_std]` crate.
    for generation in &generations {
        let id = compile::unit_id("no-std", &generation.name);
        let options = RustOptions {
            no_std: true,
            ..RustOptions::default()
        };
        match unit_with(generation, id.clone(), options) {
            Ok(unit) => {
                check.no_std.insert(id);
                units.push(unit);
            }
            Err(message) => failures.push(message),
        }
    }
    let example = common::example().generations().remove(0);
    match unit(&example, example_id) {
        Ok(unit) => units.push(unit),
        Err(message) => failures.push(message),
    }
    let derives = ["PartialEq", "Eq", "core::hash::Hash", "Default"];
    let guests = [
        ("prelude-names", RustOptions::default()),
        (
            "derives",
            RustOptions {
                additional_derives: derives.map(String::from).to_vec(),
                ..RustOptions::default()
            },
        ),
        (
            "no-std",
            RustOptions {
                no_std: true,
                ..RustOptions::default()
            },
        ),
    ];
    let guest_count = guests.len() + 1;
    match with_guest() {
        Ok(unit) => units.push(unit),
        Err(message) => failures.push(message),
    }
    for (name, options) in guests {
        let no_std = options.no_std;
        match hand_written_guest(name, options) {
            Ok(unit) => {
                if no_std {
                    check.no_std.insert(unit.id.clone());
                }
                units.push(unit);
            }
            Err(message) => failures.push(message),
        }
    }
    let mut ids: Vec<&str> = units.iter().map(|u| u.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), units.len(), "two units share a crate name");

    let compiled = check.run(&units, &scratch_dir("bindery-compile-check"));
    let mut files: Vec<&str> = generations.iter().map(|g| g.case.name.as_str()).collect();
    files.dedup();
    compile::say(&format!(
        "Rust compile check: {} of {} crates passed {} ({} corpus files in {} generations, again with --no-std (no clippy: their std twins had it), the example and {} hand-written guests)\n",
        units.len() - compiled.len(),
        units.len(),
        check.describe(),
        files.len(),
        generations.len(),
        guest_count,
    ));
    failures.extend(compiled.iter().map(ToString::to_string));
    common::finish("Rust compile checks", &failures);
}
