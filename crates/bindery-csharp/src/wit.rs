//! The world's component type as WIT text, the form componentize-dotnet
//! hands to the linker (`-Wl,--component-type,<World>World_component_type.wit`).
//! It is the IR's encoded component type decoded and printed, as
//! wit-bindgen's C# generator does: the round trip through the binary
//! form flattens `include`s and leaves out everything the world does not
//! use, so the linker sees exactly one world.

use bindery_ir::Ir;
use bindery_kit::Error;

pub fn component_type(ir: &Ir) -> Result<String, Error> {
    let fail = |e: String| {
        Error::output(format!(
            "cannot print the world's component type as WIT: {e}"
        ))
    };
    let (resolve, world) = wit_parser::decoding::decode_world(&ir.component_type.bytes)
        .map_err(|e| fail(format!("{e:#}")))?;
    let package = resolve.worlds[world]
        .package
        .ok_or_else(|| fail("the decoded world has no package".into()))?;
    let nested: Vec<_> = resolve
        .packages
        .iter()
        .map(|(id, _)| id)
        .filter(|id| *id != package)
        .collect();
    let mut printer = wit_component::WitPrinter::default();
    printer.emit_docs(false);
    printer
        .print(&resolve, package, &nested)
        .map_err(|e| fail(format!("{e:#}")))?;
    // The printer leaves two blank lines between packages; one is enough.
    let text = String::from(printer.output);
    let mut out = String::new();
    let mut blank = false;
    for line in text.lines() {
        if line.trim().is_empty() {
            if !blank && !out.is_empty() {
                out.push('\n');
            }
            blank = true;
        } else {
            out.push_str(line);
            out.push('\n');
            blank = false;
        }
    }
    Ok(out)
}
