//! ABI facts the IR computes, checked against values worked out by hand from
//! the Canonical ABI (design/mvp/CanonicalABI.md), and front-end behaviour.

use std::path::PathBuf;

use bindery_ir::{
    CoreType, ErrorKind, FlagsRepr, FunctionKind, Int, Ir, Item, LoadOptions, Type, TypeKind, build,
};

fn wit_file(source: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.wit");
    std::fs::write(&path, source).unwrap();
    (dir, path)
}

fn ir_of(source: &str) -> Ir {
    let (_dir, path) = wit_file(source);
    build(&LoadOptions {
        path,
        ..LoadOptions::default()
    })
    .unwrap_or_else(|err| panic!("{err}"))
}

fn named<'a>(ir: &'a Ir, name: &str) -> &'a bindery_ir::TypeDef {
    ir.types
        .iter()
        .find(|t| t.name.as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no type `{name}`"))
}

fn export_fn<'a>(ir: &'a Ir, name: &str) -> &'a bindery_ir::Function {
    ir.exports
        .iter()
        .flat_map(|item| match &item.item {
            Item::Interface { functions, .. } => functions.iter().collect::<Vec<_>>(),
            Item::Function { function } => vec![function],
            Item::Type { .. } => vec![],
        })
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no export `{name}`"))
}

#[test]
fn record_offsets_follow_alignment() {
    let ir = ir_of(
        "package t:t;
         interface i { record r { a: u8, b: u64, c: u16, d: string } f: func(x: r); }
         world w { export i; }",
    );
    let r = named(&ir, "r");
    let TypeKind::Record { fields } = &r.kind else {
        panic!("not a record")
    };
    let offsets: Vec<u32> = fields.iter().map(|f| f.offset).collect();
    assert_eq!(offsets, [0, 8, 16, 20]);
    assert_eq!((r.abi.size, r.abi.align), (32, 8));
    assert_eq!(
        r.abi.flat.as_deref(),
        Some(
            &[
                CoreType::I32,
                CoreType::I64,
                CoreType::I32,
                CoreType::Pointer,
                CoreType::Length
            ][..]
        )
    );
    assert!(r.info.owns_memory);
}

#[test]
fn variant_payload_and_joined_flat_types() {
    let ir = ir_of(
        "package t:t;
         interface i { variant v { a(u32), b(f32), c(u64), d } f: func(x: v); }
         world w { export i; }",
    );
    let v = named(&ir, "v");
    let TypeKind::Variant {
        tag,
        payload_offset,
        ..
    } = &v.kind
    else {
        panic!("not a variant")
    };
    assert_eq!((*tag, *payload_offset), (Int::U8, 8));
    assert_eq!((v.abi.size, v.abi.align), (16, 8));
    // i32 and f32 join to i32; with i64 the slot becomes i64.
    assert_eq!(
        v.abi.flat.as_deref(),
        Some(&[CoreType::I32, CoreType::I64][..])
    );
}

#[test]
fn flags_representation_by_count() {
    let names = |n: usize| {
        (0..n)
            .map(|i| format!("x{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let ir = ir_of(&format!(
        "package t:t;
         interface i {{ flags a {{ {} }} flags b {{ {} }} flags c {{ {} }} flags d {{ {} }}
           f: func(a: a, b: b, c: c, d: d); }}
         world w {{ export i; }}",
        names(8),
        names(9),
        names(17),
        names(32)
    ));
    let repr = |n| match &named(&ir, n).kind {
        TypeKind::Flags { repr, .. } => *repr,
        _ => panic!("not flags"),
    };
    assert_eq!(repr("a"), FlagsRepr::U8);
    assert_eq!(repr("b"), FlagsRepr::U16);
    assert_eq!(repr("c"), FlagsRepr::U32(1));
    assert_eq!(repr("d"), FlagsRepr::U32(1));
    assert_eq!(named(&ir, "d").abi.size, 4);

    // The Component Model caps flags at 32 (wit-parser and wasmtime agree).
    let (_dir, path) = wit_file(&format!(
        "package t:t;\ninterface i {{ flags big {{ {} }} }}\nworld w {{ export i; }}\n",
        names(33)
    ));
    let err = build(&LoadOptions {
        path,
        ..LoadOptions::default()
    })
    .unwrap_err();
    assert!(
        err.message.contains("more than 32 flags"),
        "{}",
        err.message
    );
    assert!(err.message.contains("world.wit:2:"), "{}", err.message);
}

#[test]
fn more_than_sixteen_flat_params_go_indirect() {
    let params = (0..17)
        .map(|i| format!("p{i}: u8"))
        .collect::<Vec<_>>()
        .join(", ");
    let ir = ir_of(&format!(
        "package t:t;
         interface i {{ many: func({params}); few: func(a: u64, b: string) -> u32; }}
         world w {{ export i; import i; }}"
    ));
    let many = export_fn(&ir, "many");
    let area = many.abi.params_indirect.as_ref().expect("indirect");
    assert_eq!((area.size, area.align), (17, 1));
    assert_eq!(area.offsets[16], 16);
    assert_eq!(many.abi.core_params, [CoreType::Pointer]);
    let few = export_fn(&ir, "few");
    assert!(few.abi.params_indirect.is_none());
    assert!(few.abi.return_area.is_none());
    assert_eq!(
        few.abi.core_params,
        [CoreType::I64, CoreType::Pointer, CoreType::Length]
    );
    assert_eq!(few.abi.core_results, [CoreType::I32]);
}

#[test]
fn return_area_and_post_return() {
    let ir = ir_of(
        "package t:t;
         interface i { s: func() -> string; pair: func() -> tuple<u32, u32>; }
         world w { export i; import i; }",
    );
    let s = export_fn(&ir, "s");
    assert_eq!(s.abi.name, "t:t/i#s");
    assert_eq!(
        s.abi.return_area.as_ref().map(|a| (a.size, a.align)),
        Some((8, 4))
    );
    assert_eq!(s.abi.post_return.as_deref(), Some("cabi_post_t:t/i#s"));
    // A tuple of numbers needs a return area but owns nothing to free.
    let pair = export_fn(&ir, "pair");
    assert!(pair.abi.return_area.is_some());
    assert!(pair.abi.post_return.is_none());
    // Imports pass the return area as a trailing pointer parameter.
    let import = ir
        .imports
        .iter()
        .find_map(|item| match &item.item {
            Item::Interface { functions, .. } => functions.iter().find(|f| f.name == "s"),
            _ => None,
        })
        .unwrap();
    assert_eq!(import.abi.module.as_deref(), Some("t:t/i"));
    assert_eq!(import.abi.core_params, [CoreType::Pointer]);
    assert!(import.abi.core_results.is_empty());
}

#[test]
fn codecs_are_shared_and_in_dependency_order() {
    let ir = ir_of(
        "package t:t;
         interface a { record p { x: u32 } f: func(x: list<option<p>>, y: list<u32>); }
         interface b { g: func(x: list<u32>) -> option<list<u32>>; }
         world w { export a; export b; }",
    );
    let names: Vec<&str> = ir.codecs.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names.iter().filter(|n| **n == "list<u32>").count(),
        1,
        "{names:?}"
    );
    assert!(names.contains(&"list<option<t:t/a.p>>"), "{names:?}");
    for (index, codec) in ir.codecs.iter().enumerate() {
        assert!(codec.deps.iter().all(|d| *d < index), "{names:?}");
    }
    for (index, def) in ir.types.iter().enumerate() {
        for child in def.kind.children() {
            if let Type::Id(child) = child {
                assert!(child < index, "type {index} refers forward to {child}");
            }
        }
    }
}

#[test]
fn resources_get_intrinsics_per_direction() {
    let ir = ir_of(
        "package t:t@1.0.0;
         interface i { resource r { constructor(x: u32); get: func() -> u32; make: static func() -> r; } }
         world w { export i; import j: interface { use i.{r}; take: func(x: own<r>); } }",
    );
    let Item::Interface {
        resources,
        functions,
        ..
    } = &ir.exports.last().unwrap().item
    else {
        panic!("export is an interface")
    };
    let r = &resources[0];
    assert_eq!(r.drop.module, "[export]t:t/i@1.0.0");
    assert_eq!(r.drop.name, "[resource-drop]r");
    assert_eq!(r.new.as_ref().unwrap().name, "[resource-new]r");
    assert_eq!(r.dtor.as_deref(), Some("t:t/i@1.0.0#[dtor]r"));
    let kinds: Vec<FunctionKind> = functions.iter().map(|f| f.kind).collect();
    let resource = r.resource;
    assert_eq!(
        kinds,
        [
            FunctionKind::Constructor(resource),
            FunctionKind::Method(resource),
            FunctionKind::Static(resource)
        ]
    );
    let import = ir
        .imports
        .iter()
        .find_map(|item| match &item.item {
            Item::Interface { resources, .. } if !resources.is_empty() => Some(&resources[0]),
            _ => None,
        })
        .expect("the used interface is imported with its resource");
    assert_eq!(import.drop.module, "t:t/i@1.0.0");
    assert!(import.new.is_none());
}

#[test]
fn feature_gates_filter_items() {
    let source = "package t:t@1.0.0;
         interface i {
           @unstable(feature = fancy)
           fancy: func();
           @since(version = 1.0.0)
           plain: func();
         }
         world w { export i; }";
    let (_dir, path) = wit_file(source);
    let count = |features: Vec<String>, all_features| {
        let ir = build(&LoadOptions {
            path: path.clone(),
            features,
            all_features,
            ..LoadOptions::default()
        })
        .unwrap();
        match &ir.exports[0].item {
            Item::Interface { functions, .. } => functions.len(),
            _ => 0,
        }
    };
    assert_eq!(count(vec![], false), 1);
    assert_eq!(count(vec!["fancy".into()], false), 2);
    assert_eq!(count(vec![], true), 2);
}

#[test]
fn errors_carry_location_and_kind() {
    let (_dir, path) = wit_file("package t:t;\nworld w {\n  import f: func(x: u33);\n}\n");
    let err = build(&LoadOptions {
        path,
        ..LoadOptions::default()
    })
    .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Input);
    assert!(err.message.contains("world.wit:3:21"), "{}", err.message);
    assert!(err.message.contains("u33"), "{}", err.message);

    let (_dir, path) = wit_file("package t:t;\nworld a {}\nworld b {}\n");
    let err = build(&LoadOptions {
        path: path.clone(),
        ..LoadOptions::default()
    })
    .unwrap_err();
    assert!(err.message.contains("t:t/a\n  t:t/b"), "{}", err.message);
    assert!(err.message.contains("--world"), "{}", err.message);
    let err = build(&LoadOptions {
        path,
        world: Some("c".into()),
        ..LoadOptions::default()
    })
    .unwrap_err();
    assert!(err.message.contains("`c`"), "{}", err.message);
    assert_eq!(err.exit_code(), 1);
}

#[test]
fn world_selected_by_full_name() {
    let ir = ir_of_world(
        "package t:t@2.0.0;\nworld a {}\nworld b { import f: func(); }\n",
        "t:t/b@2.0.0",
    );
    assert_eq!(ir.world.name, "b");
    assert_eq!(ir.imports.len(), 1);
    assert!(ir.component_type.section.starts_with("component-type:"));
    assert!(ir.component_type.bytes.starts_with(b"\0asm"));
}

fn ir_of_world(source: &str, world: &str) -> Ir {
    let (_dir, path) = wit_file(source);
    build(&LoadOptions {
        path,
        world: Some(world.into()),
        ..LoadOptions::default()
    })
    .unwrap_or_else(|err| panic!("{err}"))
}

#[test]
fn unknown_features_are_refused_with_the_known_ones() {
    let (_dir, path) = wit_file(
        "package t:t@1.0.0;
         interface i { @unstable(feature = fancy) f: func(); }
         world w { export i; }",
    );
    let err = build(&LoadOptions {
        path,
        features: vec!["fancyy".into()],
        ..LoadOptions::default()
    })
    .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Usage);
    assert!(err.message.contains("`fancyy`"), "{}", err.message);
    assert!(err.message.contains("`fancy`"), "{}", err.message);
}

#[test]
fn resources_have_no_memory_form_and_handles_skip_aliases() {
    let ir = ir_of(
        "package t:t;
         interface i { resource r; }
         interface j { use i.{r as s}; f: func(x: own<s>, y: borrow<s>); }
         world w { import j; }",
    );
    let resource = ir
        .types
        .iter()
        .position(|t| matches!(t.kind, TypeKind::Resource))
        .unwrap();
    assert_eq!(
        (ir.types[resource].abi.size, ir.types[resource].abi.align),
        (0, 1)
    );
    let alias = named(&ir, "s");
    assert!(alias.abi.flat.is_none());
    assert_eq!(alias.abi.size, 0);
    let handles: Vec<usize> = ir
        .types
        .iter()
        .filter_map(|t| match t.kind {
            TypeKind::Handle { resource, .. } => Some(resource),
            _ => None,
        })
        .collect();
    assert_eq!(handles, [resource, resource]);
}
