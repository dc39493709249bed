//! Generated C# compiles: every unit's bindings with its starter code
//! (`--stubs`) as one C# 12 library with nullable reference types,
//! `unsafe` and every warning an error (`bindery_csharp::roslyn`: Roslyn
//! 4.8 on .NET 8, installed by `languages/csharp/install`). A unit passes
//! only when the compiler says nothing at all, and when the component
//! type it gives the linker is the world's (see [`decoded_component_type`]).

use std::path::Path;

use bindery_csharp::roslyn::{Project, Roslyn, Session};
use bindery_ir::Ir;

use super::{Check, Failure, Unit, each_parallel_with, write_files};

#[derive(Debug)]
pub struct CSharpCheck;

impl Check for CSharpCheck {
    fn describe(&self) -> &'static str {
        "Roslyn 4.8 -langversion:12 -nullable:enable -unsafe -warnaserror with the starter code"
    }

    fn missing(&self) -> Option<String> {
        Roslyn::find()
            .err()
            .map(|why| format!("the C# compiler is missing: {why}"))
    }

    fn run(&self, units: &[Unit], work: &Path) -> Vec<Failure> {
        let roslyn = match Roslyn::find() {
            Ok(roslyn) => roslyn,
            Err(why) => {
                return units
                    .iter()
                    .map(|unit| Failure {
                        label: unit.label.clone(),
                        message: format!("the C# compiler is missing: {why}"),
                    })
                    .collect();
            }
        };
        // One driver process per worker: Roslyn's start-up (seconds) is
        // paid once per worker, not once per unit.
        each_parallel_with(
            units,
            || roslyn.session(),
            |session, unit| {
                let session = session.as_mut().map_err(|e| e.clone())?;
                check(session, unit, &work.join(&unit.id))
            },
        )
    }
}

fn check(session: &mut Session, unit: &Unit, dir: &Path) -> Result<(), String> {
    component_type(unit)?;
    let _ = std::fs::remove_dir_all(dir);
    write_files(dir, &unit.files);
    write_files(dir, &unit.stubs);
    let project = Project::from_dir(dir)?;
    if project.sources.is_empty() {
        return Err("no .cs file was generated".into());
    }
    let outcome = session.compile(&project)?;
    if outcome.success && outcome.diagnostics.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "csc -warnaserror failed:\n{}",
            outcome.diagnostics.join("\n")
        ))
    }
}

/// The unit's `<World>World_component_type.wit` ends with the world's
/// component type as [`decoded_component_type`] prints it.
fn component_type(unit: &Unit) -> Result<(), String> {
    let (path, contents) = unit
        .files
        .iter()
        .find(|(path, _)| path.ends_with("_component_type.wit"))
        .ok_or("no `<World>World_component_type.wit` was generated")?;
    let ir = bindery_ir::build(&unit.options).map_err(|e| e.to_string())?;
    let expected = decoded_component_type(&ir)?;
    let written = String::from_utf8_lossy(contents);
    if written.ends_with(&expected) {
        Ok(())
    } else {
        Err(format!(
            "`{path}` is not the world's component type:\n{written}\nwhere decoding gives:\n{expected}"
        ))
    }
}

/// What wit-bindgen's C# generator gives the linker: the IR's encoded
/// component type decoded, printed by wit-component without docs, with
/// one blank line where the printer leaves two (between packages).
pub fn decoded_component_type(ir: &Ir) -> Result<String, String> {
    let (resolve, world) = wit_parser::decoding::decode_world(&ir.component_type.bytes)
        .map_err(|e| format!("cannot decode the component type: {e:#}"))?;
    let package = resolve.worlds[world]
        .package
        .ok_or("the decoded world has no package")?;
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
        .map_err(|e| format!("cannot print the component type: {e:#}"))?;
    let text = String::from(printer.output);
    let mut out = String::with_capacity(text.len());
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
