//! The `bindery` command: a thin clap layer over the library's [`Generator`].
//! One subcommand per entry of [`Language::ALL`], plus `generate` (several
//! languages at once) and `ir`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bindery::{Adapter, Componentized, Componentizer, Error, Generator, Language, LoadOptions};
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

const EXAMPLES: &str = "\
Examples:
  bindery rust wit/                       bindings for the only world in wit/, into .
  bindery rust wit/ --world host --out-dir src/bindings
  bindery rust wit/ --out-dir src/bindings --check    fail if the files are stale (CI)
  bindery rust wit/ --features fancy,experimental
  bindery rust wit/ --no-std                         bindings for a #![no_std] crate (core + alloc)
  bindery rust wit/ --additional-derives PartialEq,Eq,Hash,serde::Serialize
  bindery rust wit/ --with wasi:io/poll=::wasi::io::poll    reuse an interface generated elsewhere
  bindery c wit/ --out-dir guest --stubs              bindings, and guest/<world>_impl.c to fill in
  bindery c wit/ --rename wasi:cli/environment=env --string-encoding utf16
  bindery generate --lang rust,c,go wit/ --out-dir bindings    bindings/rust/…, bindings/c/…, bindings/go/…
  bindery componentize core.wasm --wit wit/ -o component.wasm    a C or Go core module made a component
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
    /// Bindings for several languages from one parse, each into
    /// `OUT_DIR/<language>/`, written together all or nothing.
    Generate {
        /// The languages (comma-separated, repeatable), or `all`.
        #[arg(
            long,
            short = 'l',
            value_name = "LANG",
            value_delimiter = ',',
            required = true
        )]
        lang: Vec<String>,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Make a component of a core wasm module built against the bindings:
    /// embed the world (unless the module carries it), add the WASI
    /// preview1 adapter, check the result against the world. A component
    /// passed in is checked and copied.
    Componentize {
        /// The core module the compiler wrote (or a component).
        #[arg(value_name = "CORE.wasm")]
        input: PathBuf,
        /// The WIT the module implements: a `.wit` file or a directory.
        #[arg(long, value_name = "WIT")]
        wit: PathBuf,
        #[command(flatten)]
        world: WorldArgs,
        /// Where to write the component.
        #[arg(long, short = 'o', value_name = "OUT.wasm")]
        output: PathBuf,
        /// The module is a command (`_start`) rather than a reactor.
        #[arg(long)]
        command: bool,
    },
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
    #[command(flatten)]
    world: WorldArgs,
}

/// Which world of the WIT, with which `@unstable` gates.
#[derive(Args)]
struct WorldArgs {
    /// The world: `name` or `ns:pkg/name@version`. Needed only when the
    /// package has more than one world.
    #[arg(long, short = 'w', value_name = "WORLD")]
    world: Option<String>,
    /// Turn on `@unstable(feature = …)` gates (comma-separated, repeatable).
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    features: Vec<String>,
    /// Turn on every `@unstable` gate.
    #[arg(long)]
    all_features: bool,
}

impl WorldArgs {
    /// The front end's options for reading `wit`.
    fn options(&self, wit: &Path) -> LoadOptions {
        LoadOptions {
            path: wit.to_path_buf(),
            world: self.world.clone(),
            features: self.features.clone(),
            all_features: self.all_features,
        }
    }
}

#[derive(Args)]
struct OutputArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Where to write the files (created if missing).
    #[arg(long, short = 'o', value_name = "DIR", default_value = ".")]
    out_dir: PathBuf,
    /// Write nothing; exit 1 and name the files that are missing or differ.
    #[arg(long)]
    check: bool,
    /// Also write starter code implementing every export, to fill in.
    /// Existing files are never overwritten (each one left alone is named).
    #[arg(long, conflicts_with = "check")]
    stubs: bool,
}

/// Options of the `rust` subcommand only.
#[derive(Args)]
struct RustArgs {
    /// Bindings for `#![no_std]` crates: only `core` and `alloc` (declare
    /// `extern crate alloc;` at the crate root).
    #[arg(long)]
    no_std: bool,
    /// Derives added to generated records, variants, enums and flags
    /// wherever every field allows them (`Hash`, `serde::Serialize`;
    /// comma-separated, repeatable).
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    additional_derives: Vec<String>,
    /// Do not generate an imported interface (`ns:pkg/iface`) or one of its
    /// types (`ns:pkg/iface/type`): use the Rust module or type at PATH
    /// (`crate::shared::api`, `::other_crate::api`). Repeatable.
    #[arg(long, value_name = "KEY=PATH", value_delimiter = ',',
          value_parser = key_value("KEY=PATH", "ns:pkg/iface=crate::module"))]
    with: Vec<(String, String)>,
}

impl RustArgs {
    fn options(&self) -> bindery::RustOptions {
        bindery::RustOptions {
            no_std: self.no_std,
            additional_derives: self
                .additional_derives
                .iter()
                .map(|d| d.trim().to_string())
                .filter(|d| !d.is_empty())
                .collect(),
            with: self.with.clone(),
        }
    }
}

/// Options of the `c` subcommand only (wit-bindgen C's flags).
#[derive(Args)]
struct CArgs {
    /// How strings cross the boundary: `utf8`, or `utf16` (`char16_t`
    /// literals, lengths in 16-bit code units).
    #[arg(long, value_name = "ENCODING", default_value = "utf8", value_parser = parse_string_encoding)]
    string_encoding: bindery::CStringEncoding,
    /// Give an interface a shorter C prefix: `--rename ns:pkg/iface=short`
    /// (the key as the world names it; repeatable).
    #[arg(long, value_name = "KEY=NAME",
          value_parser = key_value("KEY=NAME", "wasi:cli/environment=env"))]
    rename: Vec<(String, String)>,
    /// Use NAME instead of the world's name as prefix and file name.
    #[arg(long, value_name = "NAME")]
    rename_world: Option<String>,
}

impl CArgs {
    fn options(&self) -> bindery::COptions {
        bindery::COptions {
            string_encoding: self.string_encoding,
            rename: self.rename.clone(),
            rename_world: self.rename_world.clone(),
        }
    }
}

fn parse_string_encoding(text: &str) -> Result<bindery::CStringEncoding, String> {
    bindery::CStringEncoding::from_name(text)
        .ok_or_else(|| format!("unknown string encoding `{text}` (expected utf8 or utf16)"))
}

/// The parser of a `KEY=VALUE` option (`--with`, `--rename`): both sides
/// trimmed and neither empty, or a usage error naming the expected form.
fn key_value(
    form: &'static str,
    example: &'static str,
) -> impl Fn(&str) -> Result<(String, String), String> + Clone {
    move |text| match text.split_once('=') {
        Some((key, value)) if !key.trim().is_empty() && !value.trim().is_empty() => {
            Ok((key.trim().to_string(), value.trim().to_string()))
        }
        _ => Err(format!("expected {form} (`{example}`)")),
    }
}

impl InputArgs {
    fn generator(&self) -> Generator {
        Generator::from_options(self.world.options(&self.wit))
    }
}

/// The full command: `ir` from the derive, one subcommand per language.
fn command() -> clap::Command {
    Language::ALL.iter().fold(Cli::command(), |cli, language| {
        let backend = language.backend();
        let sub = clap::Command::new(backend.name())
            .visible_aliases(backend.aliases())
            .after_help(EXAMPLES);
        let sub = match language {
            Language::Rust => RustArgs::augment_args(sub),
            Language::C => CArgs::augment_args(sub),
            _ => sub,
        };
        // After the flattened arguments, whose doc comments would
        // otherwise become the subcommand's description.
        cli.subcommand(OutputArgs::augment_args(sub).about(backend.description()))
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
        let args = OutputArgs::from_arg_matches(sub).map_err(usage)?;
        let mut generator = args.input.generator().language(language);
        if language == Language::Rust {
            let rust = RustArgs::from_arg_matches(sub).map_err(usage)?;
            generator = generator.rust_options(rust.options());
        }
        if language == Language::C {
            let c = CArgs::from_arg_matches(sub).map_err(usage)?;
            generator = generator.c_options(c.options());
        }
        return generate(generator, &args);
    }
    let (input, output) = match Cli::from_arg_matches(matches).map_err(usage)?.command {
        Command::Generate { lang, output } => {
            let languages = languages(&lang)?;
            return generate(output.input.generator().languages(languages), &output);
        }
        Command::Ir { input, output } => (input, output),
        Command::Componentize {
            input,
            wit,
            world,
            output,
            command,
        } => {
            let adapter = if command {
                Adapter::Command
            } else {
                Adapter::Reactor
            };
            let componentizer = Componentizer::from_options(world.options(&wit)).adapter(adapter);
            let done = componentizer.componentize_file(&input, &output)?;
            match done {
                Componentized::Made => eprintln!("wrote {}", output.display()),
                Componentized::Copied => eprintln!(
                    "wrote {} (`{}` is a component of the world already: copied)",
                    output.display(),
                    input.display()
                ),
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
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

/// `--lang` values: language names, or `all`.
fn languages(names: &[String]) -> Result<Vec<Language>, Error> {
    let mut languages = Vec::new();
    for name in names.iter().map(|n| n.trim()) {
        if name == "all" {
            languages.extend_from_slice(Language::ALL);
            continue;
        }
        let language = Language::from_name(name).ok_or_else(|| {
            let known: Vec<&str> = Language::ALL.iter().map(|l| l.name()).collect();
            Error::usage(format!(
                "unknown language `{name}` for --lang (known: {}, or all)",
                known.join(", ")
            ))
        })?;
        languages.push(language);
    }
    Ok(languages)
}

fn generate(generator: Generator, args: &OutputArgs) -> Result<ExitCode, Error> {
    let generator = generator.stubs(args.stubs);
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
    let kept: Vec<&str> = generated.kept.iter().map(String::as_str).collect();
    for (path, _) in generated.files.iter().chain(generated.stubs.iter()) {
        if !kept.contains(&path) {
            eprintln!("wrote {}", args.out_dir.join(path).display());
        }
    }
    for path in kept {
        eprintln!(
            "kept {} (it exists: bindery never overwrites starter code; delete it for a fresh one)",
            args.out_dir.join(path).display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
