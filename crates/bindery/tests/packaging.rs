//! Installing bindery where users are: the wheel (`pip install`) and the
//! npm package (`npx bindery`) that `packaging/build` makes, each installed
//! into a fresh venv / npm prefix and then run, and the crate as `cargo
//! install --path` and `cargo package` take it.
//!
//! The packages are built from the test build (`--profile dev`), so this
//! costs a link and two archives, not a second compile of the tree. Needs
//! `packaging/install` (maturin) and npm; without them the test fails
//! under `CI=true` and is skipped loudly otherwise.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use bindery::{Generator, Language};
use common::{read_tree, repo_root};

/// What `--version` must print.
const VERSION_LINE: &str = concat!("bindery ", env!("CARGO_PKG_VERSION"), "\n");

fn run(command: &mut Command) -> Output {
    let shown = format!("{command:?}");
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run {shown}: {e}"));
    assert!(
        output.status.success(),
        "{shown} failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Whether maturin and npm are there; a missing one fails under `CI=true`
/// and skips loudly otherwise.
fn tools_present() -> bool {
    let maturin = repo_root().join(".tools/packaging-venv/bin/maturin");
    let npm = Command::new("npm").arg("--version").output();
    let missing = match (maturin.exists(), npm.is_ok_and(|o| o.status.success())) {
        (true, true) => return true,
        (false, _) => "maturin (run packaging/install)",
        (true, false) => "npm (Node.js >= 18)",
    };
    if std::env::var("CI").is_ok_and(|ci| ci == "true") {
        panic!("packaging test: {missing} is missing (CI=true)");
    }
    eprintln!("\n*** SKIPPED packaging test: {missing} is missing ***\n");
    false
}

/// The bundled example, as every language's bindings in one call.
fn example_args(out: &Path) -> Vec<String> {
    let wit = repo_root().join("examples/hello-rust/wit");
    vec![
        "generate".into(),
        "--lang".into(),
        "all".into(),
        wit.display().to_string(),
        "--out-dir".into(),
        out.display().to_string(),
    ]
}

/// Runs an installed `bindery` (`command` is how to start it): its version,
/// then the bundled example, which must equal the library's output.
fn check_installed(how: &str, command: impl Fn() -> Command, scratch: &Path) {
    let version = run(command().arg("--version"));
    assert_eq!(
        String::from_utf8_lossy(&version.stdout),
        VERSION_LINE,
        "{how}: --version"
    );
    let out = scratch.join(format!("example-{how}"));
    run(command().args(example_args(&out)));
    let expected = Generator::new(repo_root().join("examples/hello-rust/wit"))
        .languages(Language::ALL.iter().copied())
        .generate()
        .unwrap()
        .files;
    let written = read_tree(&out);
    let expected: Vec<(&str, &[u8])> = expected.iter().collect();
    let written: Vec<(&str, &[u8])> = written
        .iter()
        .map(|(path, contents)| (path.as_str(), contents.as_slice()))
        .collect();
    assert!(!expected.is_empty());
    assert!(
        written == expected,
        "{how}: the installed bindery wrote other files than the library"
    );
}

#[test]
fn wheel_and_npm_package_install_and_run() {
    if !tools_present() {
        return;
    }
    let root = repo_root();
    let scratch = tempfile::tempdir().unwrap();
    let dist = scratch.path().join("dist");
    let built = run(Command::new(root.join("packaging/build")).args([
        "--profile",
        "dev",
        "--out",
        dist.to_str().unwrap(),
    ]));
    let built = String::from_utf8(built.stdout).unwrap();
    let [wheel, tarball]: [PathBuf; 2] = built
        .lines()
        .map(PathBuf::from)
        .collect::<Vec<_>>()
        .try_into()
        .unwrap_or_else(|lines| panic!("packaging/build printed {lines:?}"));
    for package in [&wheel, &tarball] {
        let size = fs::metadata(package).unwrap().len();
        eprintln!(
            "packaging: {} is {:.1} MB",
            package.file_name().unwrap().to_string_lossy(),
            size as f64 / 1e6
        );
    }

    // pip: a fresh venv, nothing from the network.
    let venv = scratch.path().join("venv");
    run(Command::new("python3").args(["-m", "venv"]).arg(&venv));
    run(Command::new(venv.join("bin/pip"))
        .args([
            "install",
            "--quiet",
            "--no-index",
            "--disable-pip-version-check",
        ])
        .arg(&wheel));
    check_installed(
        "pip",
        || Command::new(venv.join("bin/bindery")),
        scratch.path(),
    );

    // npm: a fresh prefix, the tarball only, then `npx bindery` there.
    let prefix = scratch.path().join("npm");
    fs::create_dir_all(&prefix).unwrap();
    run(Command::new("npm")
        .args([
            "install",
            "--offline",
            "--no-audit",
            "--no-fund",
            "--prefix",
        ])
        .arg(&prefix)
        .arg(&tarball));
    check_installed(
        "npx",
        || {
            let mut npx = Command::new("npx");
            npx.args(["--offline", "bindery"]).current_dir(&prefix);
            npx
        },
        scratch.path(),
    );
}

/// The test build's target directory (`target/`, or wherever
/// `CARGO_TARGET_DIR` put it): the bindery binary is in `<target>/debug/`.
fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_bindery"))
        .ancestors()
        .nth(2)
        .expect("the binary lives in <target>/<profile>/")
        .to_path_buf()
}

#[test]
fn crate_installs_with_cargo_and_packages() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let root = repo_root();
    let scratch = tempfile::tempdir().unwrap();

    // `--debug` in the test build's target directory reuses what the tests
    // compiled; what is checked is that the crate installs, not rustc.
    let installed = scratch.path().join("cargo");
    run(Command::new(&cargo)
        .args(["install", "--locked", "--offline", "--debug", "--path"])
        .arg(root.join("crates/bindery"))
        .arg("--root")
        .arg(&installed)
        .arg("--target-dir")
        .arg(target_dir()));
    check_installed(
        "cargo-install",
        || Command::new(installed.join("bin/bindery")),
        scratch.path(),
    );

    // Every crate a registry would get (all but the test-only ones, which
    // say `publish = false`) packages: metadata complete, templates and
    // keywords inside through the links. `--no-verify`: cargo's verify
    // rebuilds the dependency tree once per crate (over 8 minutes on two
    // cores), while the install above has built the same sources.
    run(Command::new(&cargo)
        .args([
            "package",
            "--workspace",
            "--locked",
            "--offline",
            "--allow-dirty",
        ])
        .arg("--no-verify")
        .args(["--exclude", "bindery-bench", "--exclude", "bindery-corpus"])
        .args(["--exclude", "bindery-roundtrip"])
        .arg("--target-dir")
        .arg(target_dir())
        .current_dir(&root));
}
