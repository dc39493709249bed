//! What the round-trip and composition tests share: printing past
//! libtest's capture, choosing cases and languages by environment
//! variables, and finding a language's toolchain (a missing one fails
//! under `CI=true`, and is skipped loudly otherwise).

use std::io::Write;

use bindery::Language;
use bindery_roundtrip::guest::{self, Toolchain};

/// Printed straight to stderr: libtest's capture would hide it on success.
pub fn say(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}

pub fn banner(message: &str) {
    say(&format!("\n!!!!!!!!\n!!! {message}\n!!!!!!!!\n\n"));
}

/// Whether `name` is in the comma-separated list in `var` (or `var` is unset).
pub fn chosen(var: &str, name: &str) -> bool {
    match std::env::var(var) {
        Ok(list) if !list.trim().is_empty() => list.split(',').any(|c| c.trim() == name),
        _ => true,
    }
}

/// The number in `var`, or one per core.
pub fn jobs(var: &str) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|j| j.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1)
}

/// `language`'s toolchains for the `test` (`roundtrip`, `composition`)
/// that `filter` (an environment variable listing toolchain names, such
/// as `js-qjs`) chooses, and why some failed: a toolchain that is not
/// installed is an error under `CI=true` and skipped loudly otherwise; a
/// language with none yet is skipped loudly.
pub fn toolchains(
    test: &str,
    language: Language,
    filter: &str,
) -> (Vec<Box<dyn Toolchain>>, Vec<String>) {
    let name = language.name();
    let all = guest::toolchains(language);
    if all.is_empty() {
        banner(&format!(
            "SKIPPED {test} {name}: the harness has no {name} toolchain yet (crates/bindery-roundtrip/src/guest)"
        ));
    }
    let (mut found, mut failures) = (Vec::new(), Vec::new());
    for toolchain in all.into_iter().filter(|t| chosen(filter, t.name())) {
        match toolchain.check() {
            Ok(()) => found.push(toolchain),
            Err(missing) => {
                let message = format!("{test} {}: toolchain missing: {missing}", toolchain.name());
                if std::env::var("CI").is_ok_and(|v| v == "true") {
                    banner(&format!(
                        "FAILED {message} (under CI=true a missing toolchain fails)"
                    ));
                    failures.push(message);
                } else {
                    banner(&format!("SKIPPED {message} (under CI=true this fails)"));
                }
            }
        }
    }
    (found, failures)
}
