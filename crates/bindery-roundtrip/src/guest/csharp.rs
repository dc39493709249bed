//! C# guests: every `.cs` file of the case's `csharp/` folder, written as
//! a componentize-dotnet user writes them (a class per exported
//! interface, `<Iface>ExportsImpl`, calling the imports' static methods),
//! compiled against bindery's C# bindings with the SDK's implicit usings
//! by a real C# 12 compiler (`languages/csharp/install`), every warning
//! an error. componentize-dotnet (NativeAOT-LLVM) cannot be installed on
//! these machines, so no component is made: each case is reported as
//! "compiled, cannot run here" (`languages/csharp/README.md` gives the
//! commands that run the cases where it can be installed).
//!
//! One compiler process serves every case (cases compile one at a time
//! through it).
//!
//! Where componentize-dotnet is installed, `languages/csharp/componentize-cases
//! DIR` builds every guest into `DIR/<case>.wasm`; with
//! `BINDERY_CSHARP_COMPONENTS=DIR` the harness then type-checks each guest
//! as above and runs that component like any other language's.

use std::path::PathBuf;
use std::sync::Mutex;

use anyhow::{Result, anyhow, bail};
use bindery::Language;
use bindery_csharp::roslyn::{self, Roslyn, Session};

use super::{Built, GuestBuild, Toolchain};

#[derive(Default)]
pub struct CSharpToolchain {
    session: Mutex<Option<Session>>,
}

impl Toolchain for CSharpToolchain {
    fn language(&self) -> Language {
        Language::CSharp
    }

    fn check(&self) -> Result<(), String> {
        Roslyn::find().map(|_| ())
    }

    fn build(&self, build: &GuestBuild<'_>) -> Result<Built> {
        let Some(dir) = prebuilt() else {
            bail!("C# guests cannot be made into components here (no NativeAOT-LLVM)");
        };
        let warnings = self.compile(build)?;
        let path = dir.join(format!("{}.wasm", build.case.name));
        let component = std::fs::read(&path).map_err(|e| {
            anyhow!(
                "no component for this case at {} ({e}): run languages/csharp/componentize-cases",
                path.display()
            )
        })?;
        Ok(Built {
            component,
            warnings,
        })
    }

    fn cannot_run(&self) -> Option<&'static str> {
        match prebuilt() {
            Some(_) => None,
            None => Some("no NativeAOT-LLVM here; type-checked by Roslyn (C# 12, -warnaserror)"),
        }
    }

    fn compile(&self, build: &GuestBuild<'_>) -> Result<Option<String>> {
        let bindings = if build.keep_bindings() && build.work.is_dir() {
            None
        } else {
            Some(build.bindings(Language::CSharp)?.files)
        };
        let mut guard = self
            .session
            .lock()
            .map_err(|_| anyhow!("the C# compiler session was poisoned"))?;
        if guard.is_none() {
            let roslyn = Roslyn::find().map_err(anyhow::Error::msg)?;
            *guard = Some(roslyn.session().map_err(anyhow::Error::msg)?);
        }
        let session = guard.as_mut().expect("started above");
        let outcome = roslyn::compile_guest(session, bindings.as_ref(), &build.source, &build.work)
            .map_err(anyhow::Error::msg)?;
        if !outcome.success {
            bail!(
                "the C# guest does not compile against the bindings:\n{}",
                outcome.diagnostics.join("\n")
            );
        }
        // Under -warnaserror a warning fails the compilation; anything
        // printed on success is worth showing.
        Ok((!outcome.diagnostics.is_empty()).then(|| outcome.diagnostics.join("\n")))
    }
}

/// `BINDERY_CSHARP_COMPONENTS`: components componentize-dotnet built
/// elsewhere, one `<case>.wasm` per case.
fn prebuilt() -> Option<PathBuf> {
    std::env::var_os("BINDERY_CSHARP_COMPONENTS")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}
