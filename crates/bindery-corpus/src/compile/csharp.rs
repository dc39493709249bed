//! Generated C# compiles: every unit's bindings with its starter code
//! (`--stubs`) as one C# 12 library with nullable reference types,
//! `unsafe` and every warning an error (`bindery_csharp::roslyn`: Roslyn
//! 4.8 on .NET 8, installed by `languages/csharp/install`). A unit passes
//! only when the compiler says nothing at all.

use std::path::Path;

use bindery_csharp::roslyn::{Project, Roslyn, Session};

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
