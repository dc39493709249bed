//! Generates `hello.rs` (the Rust bindings of world `hello`) into OUT_DIR.

use bindery::{Generator, Language};

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let generated = Generator::new("wit")
        .world("hello")
        .language(Language::Rust)
        .write_to(&out_dir)
        .unwrap_or_else(|err| panic!("bindery failed:\n{err}"));
    for source in &generated.sources {
        println!("cargo:rerun-if-changed={}", source.display());
    }
}
