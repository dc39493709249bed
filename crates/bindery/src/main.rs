//! The `bindery` command: a thin clap layer over the library's [`Generator`].

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use bindery::{Error, Generator, Language};
use clap::{Args, Parser, Subcommand};

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
    after_help = EXAMPLES
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Rust bindings: one self-contained `<world>.rs` to include as a module.
    Rust(GenerateArgs),
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(err.exit_code() as u8)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Rust(args) => generate(Language::Rust, &args),
        Command::Ir { input, output } => {
            let ir = input.generator().ir()?;
            let mut json = serde_json::to_string_pretty(&ir)
                .map_err(|e| Error::output(format!("cannot serialise the IR: {e}")))?;
            json.push('\n');
            match output {
                Some(path) => {
                    let mut files = bindery::Files::new();
                    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                    let dir = path.parent().map(PathBuf::from).unwrap_or_default();
                    files.insert(name.unwrap_or_else(|| "ir.json".into()), json);
                    files.write(&dir)?;
                }
                None => std::io::stdout()
                    .write_all(json.as_bytes())
                    .map_err(|e| Error::output(format!("cannot write to standard output: {e}")))?,
            }
            Ok(ExitCode::SUCCESS)
        }
    }
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
