//! Generated output: a sorted map from relative path to contents, written
//! atomically (all files or none) and comparable for `--check`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use bindery_ir::Error;

/// Generated files, sorted by path so output order never varies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Files {
    files: BTreeMap<String, Vec<u8>>,
}

/// The files by value, sorted by path: moves the contents, which for a
/// large world are most of the memory generation needs.
impl IntoIterator for Files {
    type Item = (String, Vec<u8>);
    type IntoIter = std::collections::btree_map::IntoIter<String, Vec<u8>>;

    fn into_iter(self) -> Self::IntoIter {
        self.files.into_iter()
    }
}

impl Files {
    pub fn new() -> Self {
        Files::default()
    }

    /// Adds a file; paths use `/` and are relative to the output directory.
    pub fn insert(&mut self, path: impl Into<String>, contents: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), contents.into());
    }

    /// Takes a file out.
    pub fn remove(&mut self, path: &str) -> Option<Vec<u8>> {
        self.files.remove(path)
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(p, c)| (p.as_str(), c.as_slice()))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The files under `dir` that are missing or differ from these contents.
    pub fn check(&self, dir: &Path) -> Vec<String> {
        self.iter()
            .filter(|(path, contents)| fs::read(dir.join(path)).ok().as_deref() != Some(*contents))
            .map(|(path, _)| path.to_string())
            .collect()
    }

    /// Writes every file under `dir`, all or nothing. Files whose contents
    /// are unchanged are not touched, so build tools do not rebuild for
    /// nothing.
    ///
    /// A new `dir` is staged whole beside it and moved into place with one
    /// rename: no file to compare and no second tree of directories to
    /// make (the cost of many-package output, Go's). Into an existing
    /// `dir`, every path is checked first (a path that is a directory, a
    /// parent that is a file); then the new contents are written to a
    /// staging directory inside `dir` (same file system, so moving them is
    /// a rename) and moved into place, each replaced file kept aside until
    /// all are in. Either way any failure undoes what was done, so `dir`
    /// (and any parent made for it) is left as it was, and messages name
    /// the user's paths, never a staging one.
    ///
    /// Nothing is synced to disk: the guarantee is about errors, not power
    /// loss; after a crash generated files are regenerated, not recovered,
    /// and a sync per file was most of the wall time.
    pub fn write(&self, dir: &Path) -> Result<(), Error> {
        // An empty path (`Path::new("out.wasm").parent()`) means the
        // current directory, which exists; staging it as a new directory
        // would try to rename onto "".
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if fs::symlink_metadata(dir).is_err() {
            let mut journal = Journal::default();
            let result = write_new(dir, self, &mut journal);
            if result.is_err() {
                journal.undo();
            }
            return result;
        }
        let changed: Vec<(&str, &[u8])> = self
            .iter()
            .filter(|(path, contents)| fs::read(dir.join(path)).ok().as_deref() != Some(*contents))
            .collect();
        if changed.is_empty() {
            return Ok(());
        }
        for (path, _) in &changed {
            preflight(dir, path)?;
        }
        let mut journal = Journal::default();
        let result = write_all(dir, &changed, &mut journal);
        if result.is_err() {
            journal.undo();
        }
        result
    }
}

/// Fails, naming the path, if `dir/path` cannot become a file: it is a
/// directory, or one of its parents is something other than a directory.
fn preflight(dir: &Path, path: &str) -> Result<(), Error> {
    let target = dir.join(path);
    if target.is_dir() {
        return Err(Error::output(format!(
            "cannot write `{}`: it is a directory",
            target.display()
        )));
    }
    let mut parent = target.parent();
    while let Some(current) = parent {
        if current.as_os_str().is_empty() {
            break;
        }
        match fs::metadata(current) {
            Ok(meta) if meta.is_dir() => break,
            Ok(_) => {
                return Err(Error::output(format!(
                    "cannot write `{}`: `{}` is not a directory",
                    target.display(),
                    current.display()
                )));
            }
            Err(_) => parent = current.parent(),
        }
    }
    Ok(())
}

fn write_error(path: &Path, err: &std::io::Error) -> Error {
    Error::output(format!("cannot write `{}`: {err}", path.display()))
}

/// Writes a new output directory: every file staged in a directory beside
/// `dir` (same file system), which then becomes `dir` with one rename.
fn write_new(dir: &Path, files: &Files, journal: &mut Journal) -> Result<(), Error> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".to_string());
    journal.create_dir_all(&parent)?;
    let staging = journal.staging(&parent, &format!(".{name}"), dir)?;
    for (path, contents) in files.iter() {
        let staged = staging.join(path);
        if let Some(inner) = staged.parent() {
            fs::create_dir_all(inner).map_err(|e| write_error(&dir.join(path), &e))?;
        }
        fs::write(&staged, contents).map_err(|e| write_error(&dir.join(path), &e))?;
    }
    fs::rename(&staging, dir).map_err(|e| write_error(dir, &e))?;
    // The staging directory is the output now: nothing is left to remove.
    journal.staging = None;
    journal.finish();
    Ok(())
}

/// Stages and moves every file into place, recording each step.
fn write_all(dir: &Path, changed: &[(&str, &[u8])], journal: &mut Journal) -> Result<(), Error> {
    journal.create_dir_all(dir)?;
    let staging = journal.staging(dir, "", dir)?;
    for (index, (path, contents)) in changed.iter().enumerate() {
        // Flat names in the staging directory: no nested directories to
        // create or clean up there.
        let staged = staging.join(format!("{index}.new"));
        fs::write(&staged, contents).map_err(|e| write_error(&dir.join(path), &e))?;
    }
    for (index, (path, _)) in changed.iter().enumerate() {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            journal.create_dir_all(parent)?;
        }
        if let Ok(meta) = fs::symlink_metadata(&target) {
            if meta.is_dir() {
                // Checked before, but never move a directory aside.
                return Err(Error::output(format!(
                    "cannot write `{}`: it is a directory",
                    target.display()
                )));
            }
            let backup = staging.join(format!("{index}.old"));
            fs::rename(&target, &backup).map_err(|e| write_error(&target, &e))?;
            journal.steps.push(Step::Replaced {
                target: target.clone(),
                backup,
            });
        }
        fs::rename(staging.join(format!("{index}.new")), &target)
            .map_err(|e| write_error(&target, &e))?;
        journal.steps.push(Step::Created(target));
    }
    journal.finish();
    Ok(())
}

/// What a write has done so far, to undo it on failure.
#[derive(Default)]
struct Journal {
    steps: Vec<Step>,
    staging: Option<PathBuf>,
}

enum Step {
    CreatedDir(PathBuf),
    Created(PathBuf),
    Replaced { target: PathBuf, backup: PathBuf },
}

impl Journal {
    /// Creates `dir` and its missing parents, recording each.
    fn create_dir_all(&mut self, dir: &Path) -> Result<(), Error> {
        let mut missing = Vec::new();
        let mut current = Some(dir);
        while let Some(path) = current {
            if path.as_os_str().is_empty() || path.is_dir() {
                break;
            }
            missing.push(path.to_path_buf());
            current = path.parent();
        }
        for path in missing.into_iter().rev() {
            fs::create_dir(&path).map_err(|e| write_error(&path, &e))?;
            self.steps.push(Step::CreatedDir(path));
        }
        Ok(())
    }

    /// A fresh hidden directory `<prefix>.bindery-<pid>-<n>` inside
    /// `inside`; errors name `output`, the directory the user gave.
    fn staging(&mut self, inside: &Path, prefix: &str, output: &Path) -> Result<PathBuf, Error> {
        for attempt in 0..100u32 {
            let path = inside.join(format!("{prefix}.bindery-{}-{attempt}", std::process::id()));
            match fs::create_dir(&path) {
                Ok(()) => {
                    self.staging = Some(path.clone());
                    return Ok(path);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                // Name the directory the user gave, not the staging one.
                Err(e) => return Err(write_error(output, &e)),
            }
        }
        Err(Error::output(format!(
            "cannot write `{}`: too many concurrent writers",
            output.display()
        )))
    }

    /// Success: the replaced files and the staging directory go.
    fn finish(&mut self) {
        self.steps.clear();
        if let Some(staging) = self.staging.take() {
            let _ = fs::remove_dir_all(staging);
        }
    }

    /// Failure: puts everything back as it was: files first (newest
    /// first, so replaced ones come back from the staging directory), then
    /// the staging directory, then the directories made (deepest first).
    fn undo(&mut self) {
        let steps = std::mem::take(&mut self.steps);
        for step in steps.iter().rev() {
            let _ = match step {
                Step::Created(path) => fs::remove_file(path),
                Step::Replaced { target, backup } => fs::rename(backup, target),
                Step::CreatedDir(_) => Ok(()),
            };
        }
        if let Some(staging) = self.staging.take() {
            let _ = fs::remove_dir_all(staging);
        }
        for step in steps.iter().rev() {
            if let Step::CreatedDir(path) = step {
                let _ = fs::remove_dir(path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Files {
        let mut files = Files::new();
        files.insert("b.rs", "second");
        files.insert("a/x.rs", "first");
        files
    }

    #[test]
    fn iterates_in_path_order() {
        let files = sample();
        let paths: Vec<&str> = files.iter().map(|(p, _)| p).collect();
        assert_eq!(paths, ["a/x.rs", "b.rs"]);
    }

    #[test]
    fn writes_then_checks_clean() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let files = sample();
        assert_eq!(files.check(&out), ["a/x.rs", "b.rs"]);
        files.write(&out).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/x.rs")).unwrap(), "first");
        assert!(files.check(&out).is_empty());
        // No staging directory is left behind.
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
        let mut inside: Vec<_> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        inside.sort();
        assert_eq!(inside, ["a", "b.rs"]);
    }

    #[test]
    fn check_names_changed_files() {
        let dir = tempfile::tempdir().unwrap();
        sample().write(dir.path()).unwrap();
        fs::write(dir.path().join("b.rs"), "edited").unwrap();
        assert_eq!(sample().check(dir.path()), ["b.rs"]);
    }

    #[test]
    fn failed_write_leaves_output_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("b.rs"), "old").unwrap();
        let mut files = sample();
        // A file whose parent is an existing regular file cannot be staged.
        files.insert("b.rs/inner.rs", "impossible");
        let err = files.write(&out).unwrap_err();
        assert_eq!(err.exit_code(), 1);
        assert_eq!(fs::read_to_string(out.join("b.rs")).unwrap(), "old");
        assert!(!out.join("a").exists());
    }

    /// Every file under `dir`, with its contents (`/` for directories).
    fn tree(dir: &Path) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(current) = stack.pop() {
            for entry in fs::read_dir(&current).unwrap() {
                let path = entry.unwrap().path();
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                if path.is_dir() {
                    out.push((name, "/".into()));
                    stack.push(path);
                } else {
                    out.push((name, fs::read_to_string(&path).unwrap()));
                }
            }
        }
        out.sort();
        out
    }

    #[test]
    fn a_path_that_is_a_directory_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        fs::create_dir_all(out.join("b.rs/inside")).unwrap();
        let before = tree(dir.path());
        let err = sample().write(&out).unwrap_err();
        assert!(err.message.contains("it is a directory"), "{}", err.message);
        assert!(err.message.contains("b.rs"), "{}", err.message);
        assert_eq!(tree(dir.path()), before, "`a/x.rs` was not written");
    }

    #[test]
    fn a_failure_while_moving_files_in_undoes_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        fs::create_dir_all(out.join("c/full")).unwrap();
        fs::write(out.join("b.rs"), "old").unwrap();
        let before = tree(dir.path());
        // Past the checks `write` makes first: `c` is a directory, found
        // only when its turn comes, after `a/x.rs` and `b.rs` moved in.
        let changed: [(&str, &[u8]); 3] = [("a/x.rs", b"new"), ("b.rs", b"new"), ("c", b"new")];
        let mut journal = Journal::default();
        let err = write_all(&out, &changed, &mut journal).unwrap_err();
        journal.undo();
        assert!(err.message.contains("it is a directory"), "{}", err.message);
        assert_eq!(tree(dir.path()), before);
    }

    #[test]
    fn a_new_output_directory_is_removed_again_on_failure() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("new/out");
        let changed: [(&str, &[u8]); 2] = [("a.rs", b"new"), ("a.rs/x.rs", b"new")];
        let mut journal = Journal::default();
        assert!(write_all(&out, &changed, &mut journal).is_err());
        journal.undo();
        assert_eq!(tree(dir.path()), []);
    }

    #[test]
    fn writes_a_new_nested_directory_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("new/out");
        sample().write(&out).unwrap();
        assert_eq!(fs::read_to_string(out.join("b.rs")).unwrap(), "second");
        assert!(sample().check(&out).is_empty());
        let leftovers: Vec<_> = fs::read_dir(dir.path().join("new")).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
    }

    #[test]
    fn failed_write_of_a_new_directory_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("new/out");
        let mut files = sample();
        files.insert("b.rs/inner.rs", "impossible");
        let err = files.write(&out).unwrap_err();
        assert!(!err.message.contains(".bindery-"), "{}", err.message);
        assert!(err.message.contains("b.rs"), "{}", err.message);
        assert_eq!(tree(dir.path()), []);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn an_unwritable_directory_is_named_not_the_staging_one() {
        // `/proc/self` refuses new entries even to root.
        let mut files = Files::new();
        files.insert("bindery-test.rs", "x");
        let err = files.write(Path::new("/proc/self")).unwrap_err();
        assert!(err.message.contains("`/proc/self`"), "{}", err.message);
        assert!(!err.message.contains(".bindery-"), "{}", err.message);
    }
}
