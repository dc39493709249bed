//! The `bindery` command: a thin clap layer over the library's [`Generator`].
//! One subcommand per entry of [`Language::ALL`], plus `ir`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bindery::{Error, Generator, Language};
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

const EXAMPLES: &str = "\
Examples:
  bindery rust wit/                       bindings for the only world in wit/, into .
  bindery rust wit/ --world host --out-dir src/bindings
  bindery rust wit/ --out-dir src/bindings --check    fail if the files are stale (CI)
  bindery rust wit/ --features fancy,experimental
  bindery ir wit/ --world host > host.json           the IR, for your own generator";

#[derive(Parser)]
#[command(
    name = "bindery",
    version,
    about = "Guest bindings for WebAssembly components, from WIT",
    after_help = EXAMPLES,
    subcommand_required = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the world's IR as JSON (schema: docs/ir.md).
    Ir {
        #[command(flatten)]
        input: InputArgs,
        /// Write the JSON here instead of standard output.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Args)]
struct InputArgs {
    /// A `.wit` file, or a directory of them (with `deps/` for dependencies).
    #[arg(value_name = "WIT")]
    wit: PathBuf,
    /// The world to generate for: `name` or `ns:pkg/name@version`.
    /// Needed only when the package has more than one world.
    #[arg(long, short = 'w', value_name = "WORLD")]
    world: Option<String>,
    /// Turn on `@unstable(feature = …)` gates (comma-separated, repeatable).
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    features: Vec<String>,
    /// Turn on every `@unstable` gate.
    #[arg(long)]
    all_features: bool,
}

#[derive(Args)]
struct GenerateArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Where to write the files (created if missing).
    #[arg(long, short = 'o', value_name = "DIR", default_value = ".")]
    out_dir: PathBuf,
    /// Write nothing; exit 1 and name the files that are missing or differ.
    #[arg(long)]
    check: bool,
}

impl InputArgs {
    fn generator(&self) -> Generator {
        let mut generator = Generator::new(&self.wit)
            .features(self.features.iter().cloned())
            .all_features(self.all_features);
        if let Some(world) = &self.world {
            generator = generator.world(world);
        }
        generator
    }
}

/// The full command: `ir` from the derive, one subcommand per language.
fn command() -> clap::Command {
    Language::ALL.iter().fold(Cli::command(), |cli, language| {
        let backend = language.backend();
        let sub = clap::Command::new(backend.name())
            .visible_aliases(backend.aliases())
            .about(backend.description())
            .after_help(EXAMPLES);
        cli.subcommand(GenerateArgs::augment_args(sub))
    })
}

fn main() -> ExitCode {
    let matches = command().get_matches();
    match run(&matches) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(err.exit_code() as u8)
        }
    }
}

fn run(matches: &ArgMatches) -> Result<ExitCode, Error> {
    let usage = |e: clap::Error| Error::usage(e.to_string());
    if let Some((name, sub)) = matches.subcommand()
        && let Some(language) = Language::from_name(name)
    {
        return generate(
            language,
            &GenerateArgs::from_arg_matches(sub).map_err(usage)?,
        );
    }
    let Command::Ir { input, output } = Cli::from_arg_matches(matches).map_err(usage)?.command;
    let ir = input.generator().ir()?;
    let mut json = serde_json::to_string_pretty(&ir)
        .map_err(|e| Error::output(format!("cannot serialise the IR: {e}")))?;
    json.push('\n');
    match output {
        Some(path) => write_single(&path, json)?,
        None => std::io::stdout()
            .write_all(json.as_bytes())
            .map_err(|e| Error::output(format!("cannot write to standard output: {e}")))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes one file with the same all-or-nothing guarantee as bindings.
fn write_single(path: &Path, contents: String) -> Result<(), Error> {
    let name = path
        .file_name()
        .ok_or_else(|| Error::usage(format!("`{}` is not a file name", path.display())))?;
    let mut files = bindery::Files::new();
    files.insert(name.to_string_lossy(), contents);
    files.write(path.parent().unwrap_or(Path::new("")))
}

fn generate(language: Language, args: &GenerateArgs) -> Result<ExitCode, Error> {
    let generator = args.input.generator().language(language);
    if args.check {
        let stale = generator.check(&args.out_dir)?;
        if stale.is_empty() {
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!(
            "error: {} generated file(s) in `{}` are missing or out of date:",
            stale.len(),
            args.out_dir.display()
        );
        for file in &stale {
            eprintln!("  {file}");
        }
        eprintln!("run the same command without --check to update them");
        return Ok(ExitCode::from(1));
    }
    let generated = generator.write_to(&args.out_dir)?;
    for (path, _) in generated.files.iter() {
        eprintln!("wrote {}", args.out_dir.join(path).display());
    }
    Ok(ExitCode::SUCCESS)
}
