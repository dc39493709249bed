//! C guests: every `.c` file of the case's `c/` folder plus bindery's
//! `<world>.c`, built for wasm32-wasi as a reactor core module by Debian's
//! clang-19, or by `zig cc` from `.tools/zig` where there is no root
//! (`languages/c/install` sets up either), then made a component by
//! bindery's own componentize. The bindings embed the component type
//! themselves; the component is checked against the case's world.
//!
//! Leaks: guests are linked with `malloc`, `calloc`, `realloc` and `free`
//! wrapped (`-Wl,--wrap=…`) to count live blocks, and with every exported
//! function wrapped to sample that count when the host calls in. A guest
//! or bindings leaking even one block per call see the count grow on each
//! call of a repeated step; after [`GROWTH_LIMIT`] calls in a row the guest
//! traps, naming the function.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use bindery::Language;

use super::{Built, GuestBuild, Toolchain, mirror, write_if_changed};

/// What guests and bindings must compile with: C11, every warning an error
/// (warnings in generated code are bindery bugs).
const FLAGS: &[&str] = &[
    "-mexec-model=reactor",
    "-std=c11",
    "-O2",
    "-g",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-pedantic",
];

/// Export calls in a row with more live blocks than the call before.
const GROWTH_LIMIT: u32 = 32;

const ALLOCATORS: [&str; 4] = ["malloc", "calloc", "realloc", "free"];

/// C guests, with the options of `bindery c` their bindings are generated
/// with (the round trips use the defaults; `tests/c_options.rs` the
/// others).
#[derive(Debug, Clone, Default)]
pub struct CToolchain {
    pub options: bindery::COptions,
}

enum Compiler {
    Clang,
    Zig(PathBuf),
}

impl Compiler {
    fn find() -> Result<Compiler, String> {
        let clang_ok = Command::new("clang-19")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if clang_ok && Path::new("/usr/include/wasm32-wasi/stdlib.h").is_file() {
            return Ok(Compiler::Clang);
        }
        let python = repo_root().join(".tools/zig/bin/python");
        let zig_ok = Command::new(&python)
            .args(["-m", "ziglang", "version"])
            .output()
            .is_ok_and(|o| o.status.success());
        if zig_ok {
            return Ok(Compiler::Zig(python));
        }
        Err("neither clang-19 with wasi-libc nor .tools/zig: run languages/c/install".into())
    }

    fn command(&self, shared: &Path) -> Command {
        match self {
            Compiler::Clang => {
                let mut command = Command::new("clang-19");
                command.args(["--target=wasm32-wasi", "--sysroot=/usr"]);
                command
            }
            Compiler::Zig(python) => {
                let mut command = Command::new(python);
                command
                    .args(["-m", "ziglang", "cc", "-target", "wasm32-wasi"])
                    .env("ZIG_GLOBAL_CACHE_DIR", shared.join("zig-cache"))
                    .env("ZIG_LOCAL_CACHE_DIR", shared.join("zig-cache"));
                command
            }
        }
    }
}

impl Toolchain for CToolchain {
    fn language(&self) -> Language {
        Language::C
    }

    fn check(&self) -> Result<(), String> {
        Compiler::find().map(|_| ())
    }

    fn build(&self, build: &GuestBuild<'_>) -> Result<Built> {
        let compiler = Compiler::find().map_err(anyhow::Error::msg)?;
        mirror(&build.source, &build.work)?;
        let bindings = build.work.join("bindings");
        if !(build.keep_bindings() && bindings.is_dir()) {
            let generated = build
                .generator(Language::C)
                .c_options(self.options.clone())
                .generate()
                .map_err(|e| anyhow::anyhow!("bindery cannot generate C bindings: {e}"))?;
            for (path, contents) in generated.files.iter() {
                write_if_changed(&bindings.join(path), contents)?;
            }
        }
        let header = c_files(&bindings)?
            .first()
            .map(|c| c.with_extension("h"))
            .context("bindery wrote no .c file")?;
        let mut sources = c_files(&build.work)?;
        sources.extend(c_files(&bindings)?);
        let mut wraps = Vec::new();
        if build.leak_checks {
            let exports = exported_functions(&std::fs::read_to_string(&header)?);
            let leaks = build.work.join("leak-check");
            write_if_changed(
                &leaks.join("leak_check.c"),
                leak_check(&header, &exports).as_bytes(),
            )?;
            sources.extend(c_files(&leaks)?);
            wraps = ALLOCATORS
                .iter()
                .copied()
                .chain(exports.iter().map(|f| f.name.as_str()))
                .map(|name| format!("-Wl,--wrap={name}"))
                .collect();
        }
        let core = build.work.join("guest.wasm");
        let output = compiler
            .command(&build.shared)
            .args(FLAGS)
            .arg("-I")
            .arg(&bindings)
            .args(&sources)
            .args(wraps)
            .arg("-o")
            .arg(&core)
            .output()
            .context("cannot run the C compiler")?;
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        if !output.status.success() {
            bail!("the C guest does not compile:\n{stderr}");
        }
        let bytes =
            std::fs::read(&core).with_context(|| format!("cannot read `{}`", core.display()))?;
        Ok(Built {
            component: build.componentize(&bytes)?,
            warnings: (!stderr.trim().is_empty()).then_some(stderr),
        })
    }
}

/// An exported function as the header declares it.
struct Exported {
    ret: String,
    name: String,
    params: String,
    args: Vec<String>,
}

/// The declarations under `// Exported Functions from …` in a bindery C
/// header: one line each, `RET NAME(TYPE NAME, …);`.
fn exported_functions(header: &str) -> Vec<Exported> {
    let mut in_exports = false;
    let mut out = Vec::new();
    for line in header.lines() {
        if line.starts_with("// ") || line.starts_with('#') {
            in_exports = line.starts_with("// Exported Functions from");
            continue;
        }
        let Some((head, rest)) = line.split_once('(') else {
            continue;
        };
        // `extern` ones are the bindings' own (an async export's
        // `_return`), called by the guest, not by the host.
        if !in_exports
            || line.starts_with("/*")
            || line.starts_with(' ')
            || line.starts_with("extern ")
        {
            continue;
        }
        let params = rest.trim_end_matches(';').trim_end_matches(')').to_string();
        let name = head
            .rsplit([' ', '*'])
            .next()
            .unwrap_or_default()
            .to_string();
        let ret = head[..head.len() - name.len()].trim().to_string();
        let args = match params.as_str() {
            "void" => Vec::new(),
            list => list
                .split(',')
                .map(|p| p.rsplit([' ', '*']).next().unwrap_or_default().to_string())
                .collect(),
        };
        out.push(Exported {
            ret,
            name,
            params,
            args,
        });
    }
    out
}

/// The counting allocator and the export wrappers that sample it.
fn leak_check(header: &Path, exports: &[Exported]) -> String {
    let mut c = format!(
        r#"// Written by the round-trip harness: counts live heap blocks.
#include <stdio.h>
#include <stdlib.h>

#include "{header}"

void *__real_malloc(size_t size);
void *__real_calloc(size_t count, size_t size);
void *__real_realloc(void *ptr, size_t size);
void __real_free(void *ptr);

static long live_blocks;
static long last_blocks;
static unsigned growth;

void *__wrap_malloc(size_t size) {{
  void *ptr = __real_malloc(size);
  live_blocks += ptr != NULL;
  return ptr;
}}

void *__wrap_calloc(size_t count, size_t size) {{
  void *ptr = __real_calloc(count, size);
  live_blocks += ptr != NULL;
  return ptr;
}}

void *__wrap_realloc(void *ptr, size_t size) {{
  void *moved = __real_realloc(ptr, size);
  live_blocks += ptr == NULL && moved != NULL;
  return moved;
}}

void __wrap_free(void *ptr) {{
  live_blocks -= ptr != NULL;
  __real_free(ptr);
}}

static void sample(const char *function) {{
  growth = live_blocks > last_blocks ? growth + 1 : 0;
  last_blocks = live_blocks;
  if (growth >= {GROWTH_LIMIT}) {{
    fprintf(stderr, "leak: %ld live heap blocks, more on each of the last {GROWTH_LIMIT} export calls (now %s)\n",
            live_blocks, function);
    abort();
  }}
}}
"#,
        header = header.display()
    );
    for f in exports {
        let args = f.args.join(", ");
        let call = format!("__real_{}({args})", f.name);
        let body = match f.ret.as_str() {
            "void" => format!("{call};"),
            _ => format!("return {call};"),
        };
        c.push_str(&format!(
            "\n{ret} __real_{name}({params});\n{ret} __wrap_{name}({params}) {{\n  sample(\"{name}\");\n  {body}\n}}\n",
            ret = f.ret,
            name = f.name,
            params = f.params,
        ));
    }
    c
}

/// The `.c` files directly in `dir`, sorted.
/// The C compiler as the harness runs it (clang-19 or zig cc, for
/// wasm32-wasi, with the guests' flags), for builds outside the round
/// trips: the benchmarks compile wit-bindgen's C output with it.
pub fn c_compiler(shared: &Path) -> Result<Command> {
    let mut command = Compiler::find()
        .map_err(anyhow::Error::msg)?
        .command(shared);
    command.args(FLAGS);
    Ok(command)
}

fn c_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read `{}`", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "c"))
        .collect();
    files.sort();
    Ok(files)
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
