//! bindery's benchmarks, side by side with wit-bindgen 0.63 (run them with
//! `scripts/bench`): how long generation takes and how much memory it
//! needs, per language, on the wasi:http `proxy` world and on synthetic
//! worlds; and how much wasm the generated glue executes per call
//! (wasmtime fuel), per language, for bindery's bindings and wit-bindgen's.
//!
//! This library holds everything that needs no wit-bindgen: the worlds,
//! the measuring, bindery's side, the guests' builds and the table. The
//! bench target (`benches/compare.rs`) adds wit-bindgen's generators,
//! which are dev-dependencies only, so nothing else in the workspace
//! depends on wit-bindgen.
//!
//! It reports ratios (bindery ÷ wit-bindgen) as its results: absolute
//! times depend on the machine, the ratios much less.

pub mod fuel;
pub mod generation;
pub mod guests;
pub mod measure;
pub mod table;
pub mod worlds;
