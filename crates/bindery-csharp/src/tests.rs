//! The glue against the IR. Nothing here can run the C# lowering and
//! lifting (no wasm C# toolchain is reachable), so for every corpus world
//! and every round-trip world the view model the templates print is held
//! against the IR's Canonical ABI facts — the same facts the Rust, C and Go
//! backends prove at run time: offsets, sizes and alignments, flat slots
//! and core types, return areas, indirect parameters, post-returns and what
//! is freed when.

use std::path::PathBuf;

use bindery_ir::{CoreType, FlagsRepr, Int, Ir, LoadOptions, Type, TypeKind};

use crate::CSharpBackend;
use crate::codecs::{CodecNames, CodecView, Codecs, flat_len};
use crate::functions::{
    Context, ExportResult, ImportKind, ImportResult, core_cs, from_slot, interop_names,
};
use crate::world::{CsWorld, Dir};
use bindery_kit::Backend;

/// Every world the tests check: each corpus generation the backend
/// accepts, and each round-trip case.
fn worlds() -> Vec<(String, Ir)> {
    let mut out = Vec::new();
    for generation in bindery_corpus::generations() {
        if let Ok(ir) = bindery_ir::build(&generation.load_options())
            && CSharpBackend.capabilities().check(&ir, "csharp").is_ok()
        {
            out.push((generation.name.clone(), ir));
        }
    }
    let cases = bindery_corpus::repo_root().join("tests/roundtrip");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&cases)
        .expect("tests/roundtrip")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("world.wit").is_file())
        .collect();
    dirs.sort();
    for dir in dirs {
        let case = std::fs::read_to_string(dir.join("case.toml")).unwrap_or_default();
        let world = case
            .lines()
            .find_map(|l| l.strip_prefix("world = "))
            .map(|w| w.trim().trim_matches('"').to_string());
        let ir = bindery_ir::build(&LoadOptions {
            path: dir.clone(),
            world,
            ..LoadOptions::default()
        })
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        out.push((format!("roundtrip/{}", dir.display()), ir));
    }
    assert!(
        out.len() > 40,
        "the corpus and the round trips hold many worlds"
    );
    out
}

/// The byte width of the C# integer a discriminant is stored as.
fn width(cs: &str) -> u32 {
    match cs {
        "byte" => 1,
        "ushort" => 2,
        "uint" => 4,
        other => panic!("not a discriminant type: {other}"),
    }
}

fn int_width(int: Int) -> u32 {
    match int {
        Int::U8 => 1,
        Int::U16 => 2,
        Int::U32 | Int::U64 => 4,
    }
}

/// Slot offsets of consecutive values, from the IR's flat forms.
fn slot_starts(ir: &Ir, types: &[Type]) -> Vec<usize> {
    let mut at = 0;
    types
        .iter()
        .map(|t| {
            let start = at;
            at += ir.flat(*t).map_or(0, |f| f.len());
            start
        })
        .collect()
}

/// Every converter prints the IR's layout of its type.
#[test]
fn converters_print_the_irs_layout() {
    let mut checked = 0;
    for (name, ir) in worlds() {
        let world = CsWorld::new(&ir);
        let names = CodecNames::new(&world);
        let interop = interop_names(&world);
        let context = Context {
            world: &world,
            names: &names,
            interop: &interop,
        };
        let mut codecs = Codecs::new(&names);
        for f in world.functions(Dir::Import) {
            context.import(&f, &mut codecs);
        }
        for f in world.functions(Dir::Export) {
            context.export(&f, &mut codecs);
        }
        for view in codecs.views(&world, &names) {
            check_codec(&name, &ir, &world, &view);
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} converters checked");
}

fn check_codec(name: &str, ir: &Ir, world: &CsWorld<'_>, view: &CodecView) {
    let rep = ir.codecs[view_key(view).codec].ty;
    let def = ir.def(rep);
    let what = format!("{name}: codec {}", ir.codecs[view_key(view).codec].name);
    match (&def.kind, view) {
        (TypeKind::Record { fields }, CodecView::Fields { members, .. }) => {
            let types: Vec<Type> = fields.iter().map(|f| f.ty).collect();
            let offsets: Vec<u32> = fields.iter().map(|f| f.offset).collect();
            assert_eq!(
                members.iter().map(|m| m.offset).collect::<Vec<_>>(),
                offsets,
                "{what}: field offsets"
            );
            assert_eq!(
                members.iter().map(|m| m.slot).collect::<Vec<_>>(),
                slot_starts(ir, &types),
                "{what}: field slots"
            );
        }
        (TypeKind::Tuple { types, offsets }, CodecView::Fields { members, .. }) => {
            assert_eq!(
                &members.iter().map(|m| m.offset).collect::<Vec<_>>(),
                offsets,
                "{what}: element offsets"
            );
            assert_eq!(
                members.iter().map(|m| m.slot).collect::<Vec<_>>(),
                slot_starts(ir, types),
                "{what}: element slots"
            );
        }
        (
            TypeKind::Variant {
                cases,
                tag,
                payload_offset,
            },
            CodecView::Cases {
                tag: cs_tag,
                payload_offset: offset,
                cases: views,
                ..
            },
        ) => {
            assert_eq!(width(cs_tag), int_width(*tag), "{what}: discriminant width");
            assert_eq!(offset, payload_offset, "{what}: payload offset");
            assert_eq!(views.len(), cases.len(), "{what}: cases");
            for (i, (case, v)) in cases.iter().zip(views).enumerate() {
                assert_eq!(v.index, i, "{what}: case order");
                assert_eq!(
                    v.payload.is_some(),
                    case.ty.is_some(),
                    "{what}: payload of {i}"
                );
            }
        }
        (
            TypeKind::Result {
                ok,
                err,
                payload_offset,
            },
            CodecView::Cases {
                tag,
                payload_offset: offset,
                cases,
                ..
            },
        ) => {
            assert_eq!(width(tag), 1, "{what}: a result's discriminant is a byte");
            assert_eq!(offset, payload_offset, "{what}: payload offset");
            assert_eq!(cases[0].payload.is_some(), ok.is_some(), "{what}: ok");
            assert_eq!(cases[1].payload.is_some(), err.is_some(), "{what}: err");
        }
        (
            TypeKind::Option { payload_offset, .. },
            CodecView::Option {
                payload_offset: offset,
                ..
            },
        ) => assert_eq!(offset, payload_offset, "{what}: payload offset"),
        (TypeKind::Enum { tag, .. }, CodecView::Enum { tag: cs_tag, .. }) => {
            assert_eq!(width(cs_tag), int_width(*tag), "{what}: discriminant width");
        }
        (TypeKind::Flags { repr, .. }, CodecView::Flags { small, words, .. }) => {
            assert_eq!(
                def.abi.size,
                match small {
                    Some(ty) => width(ty),
                    None => 4 * words.len() as u32,
                },
                "{what}: bytes in memory"
            );
            let words_expected = match repr {
                FlagsRepr::U8 | FlagsRepr::U16 => 1,
                FlagsRepr::U32(n) => *n as usize,
            };
            assert_eq!(words.len(), words_expected, "{what}: words");
            assert_eq!(
                def.abi.flat.as_ref().map(Vec::len),
                Some(words.len()),
                "{what}: flat words"
            );
            for (i, w) in words.iter().enumerate() {
                assert_eq!(
                    (w.slot, w.offset, w.shift),
                    (i, 4 * i as u32, 32 * i as u32)
                );
            }
        }
        (
            TypeKind::List {
                element_size,
                element_align,
                ..
            },
            CodecView::PlainList { size, align, .. } | CodecView::List { size, align, .. },
        ) => {
            assert_eq!(
                (size, align),
                (element_size, element_align),
                "{what}: elements"
            );
        }
        (
            TypeKind::Map {
                entry_size,
                entry_align,
                value_offset,
                ..
            },
            CodecView::Map {
                size,
                align,
                value_offset: offset,
                ..
            },
        ) => {
            assert_eq!(
                (size, align, offset),
                (entry_size, entry_align, value_offset),
                "{what}: entries"
            );
        }
        (
            TypeKind::FixedLengthList {
                element,
                length,
                element_size,
            },
            CodecView::Fixed {
                length: l,
                stride,
                size,
                ..
            },
        ) => {
            assert_eq!(l, length, "{what}: length");
            assert_eq!(size, element_size, "{what}: element size");
            assert_eq!(*stride, flat_len(world, *element), "{what}: element slots");
            assert_eq!(
                def.abi.size,
                length * element_size,
                "{what}: the IR's size is the elements'"
            );
        }
        (TypeKind::Handle { .. }, CodecView::Handle { .. }) => {
            assert_eq!(def.abi.size, 4, "{what}: a handle is an i32");
        }
        (kind, view) => panic!("{what}: {kind:?} laid out as {:?}", view_kind(view)),
    }
}

fn view_key(view: &CodecView) -> crate::codecs::CodecKey {
    match view {
        CodecView::Fields { head, .. }
        | CodecView::Cases { head, .. }
        | CodecView::Option { head, .. }
        | CodecView::Enum { head, .. }
        | CodecView::Flags { head, .. }
        | CodecView::PlainList { head, .. }
        | CodecView::List { head, .. }
        | CodecView::Map { head, .. }
        | CodecView::Fixed { head, .. }
        | CodecView::Handle { head, .. } => head.key,
    }
}

fn view_kind(view: &CodecView) -> &'static str {
    match view {
        CodecView::Fields { .. } => "fields",
        CodecView::Cases { .. } => "cases",
        CodecView::Option { .. } => "option",
        CodecView::Enum { .. } => "enum",
        CodecView::Flags { .. } => "flags",
        CodecView::PlainList { .. } => "plain list",
        CodecView::List { .. } => "list",
        CodecView::Map { .. } => "map",
        CodecView::Fixed { .. } => "fixed",
        CodecView::Handle { .. } => "handle",
    }
}

/// Import wrappers and export entry points print the IR's core signature,
/// slots, areas and cleanup.
#[test]
fn functions_print_the_irs_abi() {
    let mut checked = 0;
    for (name, ir) in worlds() {
        let world = CsWorld::new(&ir);
        let names = CodecNames::new(&world);
        let interop = interop_names(&world);
        let context = Context {
            world: &world,
            names: &names,
            interop: &interop,
        };
        let mut codecs = Codecs::new(&names);
        for f in world.functions(Dir::Import) {
            let abi = &f.function.abi;
            let what = format!("{name}: import {}", f.function.name);
            let view = context.import(&f, &mut codecs);
            let ext = context.extern_view(&f);
            // The core import is the IR's.
            assert_eq!(Some(ext.module), abi.module.clone(), "{what}: module");
            assert_eq!(ext.field, abi.name, "{what}: field");
            assert_eq!(
                ext.params,
                core_list(&abi.core_params),
                "{what}: core params"
            );
            assert_eq!(
                ext.ret,
                abi.core_results.first().map_or("void", |t| core_cs(*t)),
                "{what}: core result"
            );
            // Every core argument is read from its slot as its core type.
            let direct = if abi.params_indirect.is_some() {
                0
            } else {
                abi.core_params.len() - usize::from(abi.return_area.is_some())
            };
            for (i, ty) in abi.core_params[..direct].iter().enumerate() {
                assert_eq!(
                    view.args[i],
                    format!("{}(__bindery_slots[{i}])", from_slot(*ty)),
                    "{what}: argument {i}"
                );
            }
            assert_eq!(view.args.len(), abi.core_params.len(), "{what}: arguments");
            let types: Vec<Type> = f.function.params.iter().map(|p| p.ty).collect();
            match &abi.params_indirect {
                Some(area) => {
                    assert_eq!(view.slots, 0, "{what}: no slots with indirect parameters");
                    let a = view.params_area.as_ref().expect("a parameter area");
                    assert_eq!((a.size, a.align), (area.size, area.align), "{what}: area");
                    for (step, offset) in view.steps.iter().zip(&area.offsets) {
                        assert_eq!(step.at, format!("__bindery_params + {offset}"), "{what}");
                    }
                }
                None => {
                    let flat: usize = types
                        .iter()
                        .map(|t| ir.flat(*t).map_or(0, |f| f.len()))
                        .sum();
                    assert_eq!(view.slots, flat, "{what}: slots");
                    assert_eq!(flat, direct, "{what}: one slot per core argument");
                    for (step, start) in view.steps.iter().zip(slot_starts(&ir, &types)) {
                        assert_eq!(step.at, format!("__bindery_slots + {start}"), "{what}");
                    }
                }
            }
            match (&abi.return_area, &view.ret_area) {
                (Some(area), Some(a)) => {
                    assert_eq!(
                        (a.size, a.align),
                        (area.size, area.align),
                        "{what}: return area"
                    );
                    assert!(
                        a.buffer >= a.size + a.align - 1,
                        "{what}: aligned area fits"
                    );
                }
                (None, None) => {}
                other => panic!("{what}: return area {other:?}"),
            }
            match &view.result {
                ImportResult::Area { .. } => assert!(abi.return_area.is_some(), "{what}"),
                ImportResult::Direct { .. } => {
                    assert_eq!(abi.core_results.len(), 1, "{what}: one core result")
                }
                ImportResult::Constructor => assert_eq!(view.kind, ImportKind::Constructor),
                ImportResult::None => assert!(f.function.result.is_none(), "{what}"),
            }
            // Blocks lowered for the call are freed after it exactly when a
            // parameter owns memory.
            assert_eq!(
                view.cleanup,
                types.iter().any(|t| ir.info(*t).owns_memory),
                "{what}: cleanup"
            );
            checked += 1;
        }
        for f in world.functions(Dir::Export) {
            let abi = &f.function.abi;
            let what = format!("{name}: export {}", f.function.name);
            let view = context.export(&f, &mut codecs);
            assert_eq!(view.export_name, abi.name, "{what}: export name");
            assert_eq!(
                view.core_params,
                core_list(&abi.core_params),
                "{what}: core params"
            );
            assert_eq!(
                view.core_ret,
                abi.core_results.first().map_or("void", |t| core_cs(*t)),
                "{what}: core result"
            );
            let types: Vec<Type> = f.function.params.iter().map(|p| p.ty).collect();
            // The host's parameter block is freed after reading exactly when
            // parameters are passed indirectly.
            assert_eq!(
                view.indirect,
                abi.params_indirect.is_some(),
                "{what}: indirect"
            );
            match &abi.params_indirect {
                Some(area) => {
                    for (step, offset) in view.steps.iter().zip(&area.offsets) {
                        assert_eq!(step.at, format!("p0 + {offset}"), "{what}");
                    }
                }
                None => {
                    assert_eq!(view.slot_params.len(), abi.core_params.len(), "{what}");
                    for (step, start) in view.steps.iter().zip(slot_starts(&ir, &types)) {
                        assert_eq!(step.at, format!("__bindery_slots + {start}"), "{what}");
                    }
                }
            }
            match (&view.result, &abi.return_area) {
                (ExportResult::Area { cleanup, .. }, Some(_)) => {
                    // What the result allocated is freed in the post-return
                    // exactly when the IR has one.
                    assert_eq!(*cleanup, abi.post_return.is_some(), "{what}: cleanup");
                }
                (ExportResult::Direct { to_core, .. }, None) => {
                    assert_eq!(*to_core, from_slot(abi.core_results[0]), "{what}: result");
                    assert!(abi.post_return.is_none(), "{what}: nothing to free");
                }
                (ExportResult::None, None) => assert!(abi.core_results.is_empty(), "{what}"),
                (result, area) => panic!("{what}: {result:?} with return area {area:?}"),
            }
            assert_eq!(
                view.post_return.as_ref().map(|p| p.name.clone()),
                abi.post_return.clone(),
                "{what}: post-return"
            );
            if let Some(post) = &view.post_return {
                assert_eq!(
                    post.params,
                    core_list(&abi.core_results),
                    "{what}: post-return"
                );
            }
            // Lent handles are dropped after the call when a parameter
            // holds a borrow of an imported resource.
            let borrows_import = types
                .iter()
                .any(|t| world.lends_imported(*t, f.types_dir()));
            assert_eq!(view.lends, borrows_import, "{what}: lent handles");
            checked += 1;
        }
    }
    assert!(checked > 400, "only {checked} functions checked");
}

fn core_list(types: &[CoreType]) -> String {
    types
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{} p{i}", core_cs(*t)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The one export return area is as large as the largest the IR asks for.
#[test]
fn the_export_return_area_fits_every_export() {
    for (name, ir) in worlds() {
        let world = CsWorld::new(&ir);
        let files = crate::generate::generate(&world).expect("generates");
        let glue = files
            .iter()
            .find(|(p, _)| p.ends_with("_bindery.cs"))
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
            .expect("the glue file");
        let areas: Vec<(u32, u32)> = world
            .functions(Dir::Export)
            .iter()
            .filter_map(|f| {
                f.function
                    .abi
                    .return_area
                    .as_ref()
                    .map(|a| (a.size, a.align))
            })
            .collect();
        match areas.iter().map(|a| a.0).max() {
            Some(size) => {
                assert!(
                    glue.contains(&format!("NativeMemory.AlignedAlloc({size}, 8)")),
                    "{name}: one return area of {size} bytes"
                );
                assert!(
                    areas.iter().all(|a| a.1 <= 8),
                    "{name}: 8 bytes align every area"
                );
            }
            None => assert!(!glue.contains("ReturnArea ="), "{name}: no return area"),
        }
    }
}

/// The component type's WIT, written from the IR, is the text decoding
/// the encoded component type gives, for every world.
#[test]
fn component_type_wit_is_the_decoded_one() {
    let mut failures = Vec::new();
    for (name, ir) in worlds() {
        let ours = crate::wit::component_type(&ir).expect("prints");
        let decoded = bindery_corpus::compile::csharp::decoded_component_type(&ir)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        if ours != decoded {
            failures.push(format!(
                "{name}:\n--- from the IR\n{ours}\n--- decoded\n{decoded}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
