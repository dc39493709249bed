//! The C# compiler that `languages/csharp/install` sets up (Roslyn 4.8 on
//! .NET 8, driven by `languages/csharp/driver/Driver.cs`), for the test
//! suites and harnesses that type-check generated code and C# guests. The
//! generator itself never calls it.
//!
//! A [`Session`] is one long-lived driver process (`--serve`): Roslyn's
//! start-up and the framework's metadata are paid once, then each
//! [`Project`] costs only its own compilation.
//!
//! ```no_run
//! use bindery_csharp::roslyn::{Project, Roslyn};
//!
//! let roslyn = Roslyn::find_or_skip("my check").expect("installed");
//! let mut session = roslyn.session()?;
//! let outcome = session.compile(&Project::new("out/dir", ["out/dir/A.cs"]))?;
//! assert!(outcome.success, "{}", outcome.diagnostics.join("\n"));
//! # Ok::<(), String>(())
//! ```

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use bindery_kit::Files;

/// What every check compiles with: C# 12, nullable reference types on,
/// `unsafe` allowed (the glue uses pointers), every warning an error.
pub const FLAGS: &[&str] = &[
    "-target:library",
    "-langversion:12",
    "-nullable:enable",
    "-unsafe",
    "-warnaserror",
    "-nologo",
];

/// The warnings a project may turn off: none. Any warning in generated code
/// or a guest fails the check; a warning that had to be allowed would be
/// listed here with the reason.
pub const ALLOWED_WARNINGS: &[(&str, &str)] = &[];

/// The global usings of an SDK-style project with `<ImplicitUsings>enable`
/// (what `dotnet new` writes, and componentize-dotnet's templates use):
/// guest code written for such a project relies on them.
pub const IMPLICIT_USINGS: &str = "\
// The global usings of an SDK project with <ImplicitUsings>enable</ImplicitUsings>.
global using global::System;
global using global::System.Collections.Generic;
global using global::System.IO;
global using global::System.Linq;
global using global::System.Net.Http;
global using global::System.Threading;
global using global::System.Threading.Tasks;
";

/// The installed compiler.
#[derive(Debug, Clone)]
pub struct Roslyn {
    pub dotnet: PathBuf,
    /// `bindery-csc.dll`, the driver.
    pub driver: PathBuf,
    /// A response file with `-nostdlib` and every framework assembly.
    pub references: PathBuf,
}

/// The repository this crate lives in (where `languages/` is).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/bindery-csharp lives two levels below the repository root")
        .to_path_buf()
}

impl Roslyn {
    /// Runs `languages/csharp/install` (fast when everything is in place)
    /// and reads the paths it prints; `Err` says what is missing.
    pub fn find() -> Result<Roslyn, String> {
        let script = repo_root().join("languages/csharp/install");
        let output = Command::new(&script)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", script.display()))?;
        if !output.status.success() {
            return Err(format!(
                "languages/csharp/install failed: {}",
                String::from_utf8_lossy(&output.stderr).trim_end()
            ));
        }
        let vars = String::from_utf8_lossy(&output.stdout).into_owned();
        let var = |name: &str| {
            vars.lines()
                .find_map(|l| l.strip_prefix(&format!("export {name}='")))
                .and_then(|v| v.strip_suffix('\''))
                .map(PathBuf::from)
                .ok_or_else(|| format!("languages/csharp/install did not print {name}"))
        };
        let roslyn = Roslyn {
            dotnet: var("DOTNET")?,
            driver: var("BINDERY_CSC")?,
            references: var("BINDERY_CSC_REFERENCES")?,
        };
        for path in [&roslyn.dotnet, &roslyn.driver, &roslyn.references] {
            if !path.is_file() {
                return Err(format!("{} is missing", path.display()));
            }
        }
        Ok(roslyn)
    }

    /// The compiler, or `None` after a loud message; under `CI=true` a
    /// missing compiler panics instead (a failure, never a skip).
    pub fn find_or_skip(check: &str) -> Option<Roslyn> {
        match Roslyn::find() {
            Ok(roslyn) => Some(roslyn),
            Err(missing) => {
                let ci = std::env::var("CI").is_ok_and(|v| v == "true");
                assert!(
                    !ci,
                    "{check}: the C# compiler is missing under CI=true: {missing}"
                );
                let _ = std::io::stderr().write_all(
                    format!(
                        "\n!!!!!!!!\n!!! SKIPPED {check}: the C# compiler is missing: {missing}\n\
                         !!! (run languages/csharp/install; under CI=true this fails)\n!!!!!!!!\n\n"
                    )
                    .as_bytes(),
                );
                None
            }
        }
    }

    /// Starts a driver process that compiles projects one after another.
    pub fn session(&self) -> Result<Session, String> {
        let mut child = Command::new(&self.dotnet)
            .arg(&self.driver)
            .arg("--serve")
            .env("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
            .env("DOTNET_NOLOGO", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", self.dotnet.display()))?;
        let stdin = child.stdin.take().ok_or("the driver has no stdin")?;
        let stdout = child.stdout.take().ok_or("the driver has no stdout")?;
        Ok(Session {
            references: self.references.clone(),
            child,
            stdin: Some(stdin),
            stdout: BufReader::new(stdout),
        })
    }
}

/// One compilation: C# sources compiled together as a library.
#[derive(Debug, Clone)]
pub struct Project {
    /// Where the response file is written; relative paths start here.
    pub dir: PathBuf,
    pub sources: Vec<PathBuf>,
    /// More compiler arguments (`-define:X`, …), after [`FLAGS`].
    pub extra: Vec<String>,
}

impl Project {
    pub fn new<P: Into<PathBuf>>(
        dir: impl Into<PathBuf>,
        sources: impl IntoIterator<Item = P>,
    ) -> Self {
        Project {
            dir: dir.into(),
            sources: sources.into_iter().map(Into::into).collect(),
            extra: Vec::new(),
        }
    }

    /// Every `.cs` file under `dir`, sorted.
    pub fn from_dir(dir: impl Into<PathBuf>) -> Result<Self, String> {
        let dir = dir.into();
        let mut sources = Vec::new();
        collect_sources(&dir, &mut sources)?;
        sources.sort();
        Ok(Project::new(dir, sources))
    }
}

fn collect_sources(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
            .path();
        if path.is_dir() {
            collect_sources(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "cs") {
            out.push(path);
        }
    }
    Ok(())
}

/// What a compilation said.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub success: bool,
    /// One line per error or warning, as csc prints them.
    pub diagnostics: Vec<String>,
}

/// A running driver.
pub struct Session {
    references: PathBuf,
    child: Child,
    /// `None` once closed (on drop), which ends the driver's loop.
    stdin: Option<ChildStdin>,
    stdout: BufReader<ChildStdout>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("pid", &self.child.id())
            .finish()
    }
}

/// The driver's line after each compilation: `<<bindery-csc exit N>>`.
const DONE: &str = "<<bindery-csc exit ";

impl Session {
    /// Compiles `project` with [`FLAGS`]; `Err` when the driver itself
    /// fails (not when the code does not compile: see [`Outcome`]).
    pub fn compile(&mut self, project: &Project) -> Result<Outcome, String> {
        let rsp = project.dir.join("bindery-csc.rsp");
        let mut lines = vec![format!("@{}", self.references.display())];
        lines.extend(FLAGS.iter().map(|f| f.to_string()));
        lines.extend(project.extra.iter().cloned());
        for source in &project.sources {
            // Quoted: a path may hold spaces.
            lines.push(format!("\"{}\"", source.display()));
        }
        let mut text = lines.join("\n");
        text.push('\n');
        std::fs::write(&rsp, text).map_err(|e| format!("cannot write {}: {e}", rsp.display()))?;
        let absolute = std::fs::canonicalize(&rsp)
            .map_err(|e| format!("cannot resolve {}: {e}", rsp.display()))?;
        let stdin = self.stdin.as_mut().ok_or("the C# driver was stopped")?;
        writeln!(stdin, "{}", absolute.display())
            .and_then(|()| stdin.flush())
            .map_err(|e| format!("the C# driver stopped: {e}"))?;
        let mut diagnostics = Vec::new();
        loop {
            let mut line = String::new();
            let read = self
                .stdout
                .read_line(&mut line)
                .map_err(|e| format!("cannot read from the C# driver: {e}"))?;
            if read == 0 {
                return Err(format!(
                    "the C# driver exited while compiling {}",
                    project.dir.display()
                ));
            }
            let line = line.trim_end();
            if let Some(code) = line.strip_prefix(DONE).and_then(|r| r.strip_suffix(">>")) {
                return match code {
                    "0" => Ok(Outcome {
                        success: true,
                        diagnostics,
                    }),
                    "1" => Ok(Outcome {
                        success: false,
                        diagnostics,
                    }),
                    other => Err(format!(
                        "the C# driver failed (exit {other}):\n{}",
                        diagnostics.join("\n")
                    )),
                };
            }
            diagnostics.push(line.to_string());
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // Closing stdin ends the driver's loop; wait so no zombie stays.
        drop(self.stdin.take());
        let _ = self.child.wait();
    }
}

/// Compiles a guest as componentize-dotnet would see it: under `work`
/// (emptied first) the `bindings` (when given; `None` keeps what is there,
/// for bindings edited by hand), every `.cs` file of `guest` in
/// `work/guest/`, and the SDK's implicit usings, all in one project. The
/// round-trip harness and anything else that type-checks C# guests calls
/// this.
pub fn compile_guest(
    session: &mut Session,
    bindings: Option<&Files>,
    guest: &Path,
    work: &Path,
) -> Result<Outcome, String> {
    let io = |what: &str, path: &Path, e: std::io::Error| {
        format!("cannot {what} {}: {e}", path.display())
    };
    if let Some(bindings) = bindings {
        if work.exists() {
            std::fs::remove_dir_all(work).map_err(|e| io("empty", work, e))?;
        }
        for (path, contents) in bindings.iter() {
            let target = work.join(path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| io("create", parent, e))?;
            }
            std::fs::write(&target, contents).map_err(|e| io("write", &target, e))?;
        }
    }
    let copy = work.join("guest");
    if copy.exists() {
        std::fs::remove_dir_all(&copy).map_err(|e| io("empty", &copy, e))?;
    }
    let mut sources = Vec::new();
    collect_sources(guest, &mut sources)?;
    if sources.is_empty() {
        return Err(format!("no .cs files in {}", guest.display()));
    }
    for source in &sources {
        let relative = source.strip_prefix(guest).unwrap_or(source);
        let target = copy.join(relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io("create", parent, e))?;
        }
        std::fs::copy(source, &target).map_err(|e| io("copy", source, e))?;
    }
    let usings = work.join("ImplicitUsings.g.cs");
    std::fs::write(&usings, IMPLICIT_USINGS).map_err(|e| io("write", &usings, e))?;
    session.compile(&Project::from_dir(work)?)
}
