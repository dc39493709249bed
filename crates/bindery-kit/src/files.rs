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

impl Files {
    pub fn new() -> Self {
        Files::default()
    }

    /// Adds a file; paths use `/` and are relative to the output directory.
    pub fn insert(&mut self, path: impl Into<String>, contents: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), contents.into());
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

    /// Writes every file under `dir`, all or nothing: everything is first
    /// written to a staging directory beside `dir`; only when all of it is
    /// written are the files moved into place. Files whose contents are
    /// unchanged are not touched, so build tools do not rebuild for nothing.
    ///
    /// Nothing is synced to disk: a failure (a full disk, a bad path)
    /// still leaves `dir` as it was, and after a crash generated files are
    /// regenerated, not recovered, so a sync per file would only make every
    /// run wait for the disk (it was most of the wall time).
    pub fn write(&self, dir: &Path) -> Result<(), Error> {
        // An empty path (`Path::new("out.wasm").parent()`) means the
        // current directory, which exists; staging it as a new directory
        // would try to rename onto "".
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if !dir.exists() {
            // A new directory: staged whole, then moved into place with
            // one rename, with no file to compare and no second tree of
            // directories to make (the cost of many-package output, Go's).
            let staging = Staging::new(dir)?;
            for (path, contents) in self.iter() {
                staging.put(path, contents)?;
            }
            return staging.publish(dir);
        }
        let changed: Vec<(&str, &[u8])> = self
            .iter()
            .filter(|(path, contents)| fs::read(dir.join(path)).ok().as_deref() != Some(*contents))
            .collect();
        if changed.is_empty() {
            return Ok(());
        }
        let staging = Staging::new(dir)?;
        for (path, contents) in &changed {
            staging.put(path, contents)?;
        }
        fs::create_dir_all(dir).map_err(|e| write_error(dir, &e))?;
        for (path, _) in &changed {
            let target = dir.join(path);
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent).map_err(|e| write_error(parent, &e))?;
            }
            fs::rename(staging.path(path), &target).map_err(|e| write_error(&target, &e))?;
        }
        Ok(())
    }
}

fn write_error(path: &Path, err: &std::io::Error) -> Error {
    Error::output(format!("cannot write `{}`: {err}", path.display()))
}

/// A directory beside the output directory (same file system, so renames
/// are atomic), removed when dropped.
struct Staging {
    root: PathBuf,
}

impl Staging {
    fn new(dir: &Path) -> Result<Self, Error> {
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "out".to_string());
        fs::create_dir_all(&parent).map_err(|e| write_error(&parent, &e))?;
        for attempt in 0..100u32 {
            let root = parent.join(format!(".{name}.bindery-{}-{attempt}", std::process::id()));
            match fs::create_dir(&root) {
                Ok(()) => return Ok(Staging { root }),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(write_error(&root, &e)),
            }
        }
        Err(Error::output(format!(
            "cannot create a staging directory in `{}`",
            parent.display()
        )))
    }

    /// Moves the staging directory to `dir`, which does not exist; what
    /// is left to drop is then nothing.
    fn publish(self, dir: &Path) -> Result<(), Error> {
        fs::rename(&self.root, dir).map_err(|e| write_error(dir, &e))
    }

    fn path(&self, file: &str) -> PathBuf {
        self.root.join(file)
    }

    fn put(&self, file: &str, contents: &[u8]) -> Result<(), Error> {
        let path = self.path(file);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| write_error(parent, &e))?;
        }
        fs::write(&path, contents).map_err(|e| write_error(&path, &e))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
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
    }

    #[test]
    fn check_names_changed_files() {
        let dir = tempfile::tempdir().unwrap();
        sample().write(dir.path()).unwrap();
        fs::write(dir.path().join("b.rs"), "edited").unwrap();
        assert_eq!(sample().check(dir.path()), ["b.rs"]);
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
        let out = dir.path().join("out");
        let mut files = sample();
        files.insert("b.rs/inner.rs", "impossible");
        assert!(files.write(&out).is_err());
        assert!(!out.exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
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
}
