//! Async facts of the IR, checked against the Canonical ABI
//! (design/mvp/CanonicalABI.md, Concurrency.md) and the names
//! wit-component's validator accepts.

use std::path::PathBuf;

use bindery_ir::{ChannelKind, CoreType, Function, Ir, Item, LoadOptions, Type, build};

fn ir_of(source: &str) -> Ir {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("world.wit");
    std::fs::write(&path, source).unwrap();
    build(&LoadOptions {
        path,
        ..LoadOptions::default()
    })
    .unwrap_or_else(|err| panic!("{err}"))
}

fn function<'a>(items: &'a [bindery_ir::WorldItem], name: &str) -> &'a Function {
    items
        .iter()
        .flat_map(|item| match &item.item {
            Item::Interface { functions, .. } => functions.iter().collect::<Vec<_>>(),
            Item::Function { function } => vec![function],
            Item::Type { .. } => vec![],
        })
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no function `{name}`"))
}

#[test]
fn async_imports_pass_four_flat_params_and_results_through_memory() {
    let ir = ir_of(
        "package t:t;
         interface i {
           four: async func(a: u32, b: u32, c: u32, d: u32) -> u64;
           five: async func(a: u32, b: u32, c: u32, d: u32, e: u8) -> string;
           none: async func();
         }
         world w { import i; }",
    );
    let four = function(&ir.imports, "four");
    assert_eq!(four.abi.name, "[async-lower]four");
    assert_eq!(four.abi.core_params.len(), 5, "4 flat + the result pointer");
    assert_eq!(four.abi.core_params[4], CoreType::Pointer);
    assert_eq!(four.abi.core_results, [CoreType::I32], "the status word");
    assert!(four.abi.params_indirect.is_none());
    let area = four
        .abi
        .return_area
        .as_ref()
        .expect("results go through memory");
    assert_eq!((area.size, area.align), (8, 8));

    let five = function(&ir.imports, "five");
    let params = five.abi.params_indirect.as_ref().expect("5 flat params");
    assert_eq!(params.offsets, [0, 4, 8, 12, 16]);
    assert_eq!((params.size, params.align), (20, 4));
    assert_eq!(five.abi.core_params, [CoreType::Pointer, CoreType::Pointer]);

    let none = function(&ir.imports, "none");
    assert!(none.abi.core_params.is_empty());
    assert_eq!(none.abi.core_results, [CoreType::I32]);
    assert!(none.abi.async_export.is_none());

    let world = ir.async_world.as_ref().expect("an async world");
    assert!(world.builtins.subtask_cancel.is_some());
    assert!(world.builtins.context_get.is_none(), "no async export");
    assert!(!world.host_features.async_stackful);
}

#[test]
fn async_exports_return_through_task_return() {
    let ir = ir_of(
        "package t:t;
         interface i {
           record wide { a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64, h: u64,
                         i: u64, j: u64, k: u64, l: u64, m: u64, n: u64, o: u64, p: u64, q: u64 }
           text: async func(x: u32) -> string;
           big: async func() -> wide;
         }
         world w { export i; export top: async func(); }",
    );
    let text = function(&ir.exports, "text");
    assert_eq!(text.abi.name, "[async-lift]t:t/i#text");
    assert_eq!(
        text.abi.core_results,
        [CoreType::I32],
        "the first callback code"
    );
    assert!(text.abi.return_area.is_none() && text.abi.post_return.is_none());
    let lift = text.abi.async_export.as_ref().expect("async export facts");
    assert_eq!(lift.callback, "[callback][async-lift]t:t/i#text");
    assert_eq!(lift.stackful, "[async-lift-stackful]t:t/i#text");
    assert_eq!(lift.task_return.module, "[export]t:t/i");
    assert_eq!(lift.task_return.name, "[task-return]text");
    assert_eq!(
        lift.task_return.core_params,
        [CoreType::Pointer, CoreType::Length]
    );
    assert!(lift.task_return.params_indirect.is_none());
    assert_eq!(lift.task_cancel.name, "[task-cancel]");
    assert_eq!(lift.task_cancel.module, "[export]t:t/i");

    let big = function(&ir.exports, "big");
    let ret = big.abi.async_export.as_ref().unwrap();
    let area = ret.task_return.params_indirect.as_ref().expect("17 flat");
    assert_eq!((area.size, area.align), (136, 8));
    assert_eq!(ret.task_return.core_params, [CoreType::Pointer]);

    let top = function(&ir.exports, "top");
    let top = top.abi.async_export.as_ref().unwrap();
    assert_eq!(top.task_return.module, "[export]$root");
    assert!(top.task_return.core_params.is_empty());

    let world = ir.async_world.as_ref().unwrap();
    assert!(world.builtins.context_set.is_some() && world.builtins.backpressure_inc.is_some());
    assert!(world.builtins.subtask_drop.is_none(), "no async import");
    assert!(world.host_features.async_stackful);
}

#[test]
fn futures_and_streams_are_numbered_payloads_first() {
    let ir = ir_of(
        "package t:t;
         interface i {
           f: func(a: future<stream<u8>>, b: stream<string>) -> future;
           g: func(x: stream<u8>);
         }
         world w { export i; import i; }",
    );
    let f = function(&ir.exports, "f");
    let names: Vec<&str> = f
        .abi
        .futures_and_streams
        .iter()
        .map(|c| c.intrinsics.new.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "[stream-new-0]f",
            "[future-new-1]f",
            "[stream-new-2]f",
            "[future-new-3]f"
        ]
    );
    let first = &f.abi.futures_and_streams[0].intrinsics;
    assert_eq!(first.module, "[export]t:t/i");
    assert_eq!(first.read, "[async-lower][stream-read-0]f");
    assert_eq!(first.cancel_write, "[stream-cancel-write-0]f");
    assert_eq!(first.drop_readable, "[stream-drop-readable-0]f");

    let world = ir.async_world.as_ref().unwrap();
    let channels: Vec<&str> = world.channels.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        channels,
        [
            "stream<u8>",
            "future<stream<u8>>",
            "stream<string>",
            "future"
        ],
        "imports come first, but `i` is imported and exported: by first use"
    );
    let bytes = &world.channels[0];
    assert!(bytes.plain && bytes.kind == ChannelKind::Stream);
    assert_eq!((bytes.size, bytes.align), (1, 1));
    let g = function(&ir.imports, "g");
    assert_eq!(
        g.abi.futures_and_streams[0].channel, 0,
        "g's and f's stream<u8> share a channel"
    );
    let strings = &world.channels[2];
    assert!(!strings.plain && strings.info.owns_memory);
    assert_eq!(strings.payload, Some(Type::String));
    let unit = &world.channels[3];
    assert_eq!((unit.payload, unit.size, unit.align), (None, 0, 1));
    let nested = &world.channels[1];
    assert!(
        nested.info.has_own_handle,
        "a stream end is an owned handle"
    );
    assert!(nested.payload_codec.is_some());
    for function in [f, g] {
        for used in &function.abi.futures_and_streams {
            let channel = &world.channels[used.channel];
            assert!(channel.types.contains(&used.ty));
        }
    }
}

#[test]
fn error_context_alone_needs_only_its_builtins() {
    let ir = ir_of(
        "package t:t;
         world w { export check: func() -> result<_, error-context>; }",
    );
    let world = ir
        .async_world
        .as_ref()
        .expect("error-context is async-world data");
    assert!(world.host_features.error_context);
    assert!(world.builtins.error_context_new.is_some());
    assert_eq!(
        world
            .builtins
            .error_context_debug_message
            .as_ref()
            .unwrap()
            .name,
        "[error-context-debug-message-utf8]"
    );
    assert!(world.builtins.waitable_set_new.is_none());
    assert!(world.channels.is_empty());
}

#[test]
fn synchronous_worlds_have_no_async_facts() {
    let ir = ir_of(
        "package t:t;
         interface i { f: func(s: string) -> list<u8>; }
         world w { import i; export i; }",
    );
    assert!(ir.async_world.is_none());
    let f = function(&ir.exports, "f");
    assert!(f.abi.async_export.is_none() && f.abi.futures_and_streams.is_empty());
}
