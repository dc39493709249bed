//! bindery's benchmarks, side by side with wit-bindgen 0.63 (run them with
//! `scripts/bench`): how long generation takes and how much memory it
//! needs, per language, on the wasi:http `proxy` world and on synthetic
//! worlds; and how much wasm the generated glue executes per call
//! (wasmtime fuel), per language, for bindery's bindings and wit-bindgen's.
//!
//! Two features split the work between two builds, so that nothing pays
//! for what it does not measure: `wit-bindgen` adds the generators compared
//! against (off in the test build, which does not need them), `fuel` adds
//! wasmtime and the round-trip harness's guest builders (on by default, as
//! the test build has wasmtime anyway). scripts/bench measures generation
//! in a release build without `fuel` (a release wasmtime is a long build
//! that generation does not need) and fuel in the dev build, whose
//! dependencies are optimised and shared with the tests.
//!
//! It reports ratios (bindery ÷ wit-bindgen) as its results: absolute
//! times depend on the machine, the ratios much less.

#[cfg(feature = "fuel")]
pub mod fuel;
pub mod generation;
#[cfg(feature = "fuel")]
pub mod guests;
pub mod measure;
pub mod report;
pub mod table;
#[cfg(feature = "wit-bindgen")]
pub mod wit_bindgen;
pub mod worlds;
