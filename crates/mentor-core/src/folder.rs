//! The program folder: finding it (walking up to `mentor.yaml`, like cargo)
//! and the files in it.

use std::io;
use std::path::{Path, PathBuf};

use crate::error::Error;

pub const PROGRAM_FILE: &str = "mentor.yaml";
/// The lock file of the registries (in `registry/`), and what `init`'s
/// `.gitignore` leaves out with it: the lock and the temporary files of an
/// interrupted rewrite.
pub const LOCK_FILE: &str = ".mentor.lock";
pub const IGNORED: &[&str] = &[".mentor-*.tmp", LOCK_FILE];

#[derive(Debug)]
pub struct Folder {
    /// The folder, as it should be shown: `--dir` as given, or relative to
    /// the working directory (`.`, `..`, `../..`).
    pub root: PathBuf,
}

impl Folder {
    /// `--dir` when given, else the nearest folder holding `mentor.yaml`.
    pub fn discover(dir: Option<&Path>) -> Result<Folder, Error> {
        if let Some(dir) = dir {
            if !dir.exists() {
                return Err(Error::NoSuchFolder {
                    path: dir.to_owned(),
                });
            }
            if !dir.is_dir() {
                return Err(Error::NotAFolder {
                    path: dir.to_owned(),
                });
            }
            if dir.join(PROGRAM_FILE).is_file() {
                return Ok(Folder {
                    root: dir.to_owned(),
                });
            }
            return Err(Error::NoProgram {
                dir: dir.to_owned(),
            });
        }
        let cwd = std::env::current_dir().map_err(|e| Error::read(".", e))?;
        let mut root = PathBuf::from(".");
        for ancestor in cwd.ancestors() {
            if ancestor.join(PROGRAM_FILE).is_file() {
                return Ok(Folder { root });
            }
            root = if root == Path::new(".") {
                PathBuf::from("..")
            } else {
                root.join("..")
            };
        }
        Err(Error::NoProgram { dir: cwd })
    }

    /// The program folder a file is in, if any (the nearest folder above
    /// it with `mentor.yaml`), named by its canonical path.
    pub fn around(file: &Path) -> Option<Folder> {
        let file = std::fs::canonicalize(file).ok()?;
        let root = file
            .ancestors()
            .skip(1)
            .find(|dir| dir.join(PROGRAM_FILE).is_file())?;
        Some(Folder {
            root: root.to_owned(),
        })
    }

    /// An exclusive lock on the folder's registries, held while the file
    /// lives: two runs that rewrite them (`pair approve`, `registry import`)
    /// take turns — the second waits, then reads what the first wrote, so
    /// neither loses the other's rows.
    pub fn lock(&self) -> Result<std::fs::File, Error> {
        let dir = self.path(crate::registry::DIR);
        crate::error::create_dir_all(&dir)?;
        let path = dir.join(LOCK_FILE);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::write(&path, e))?;
        file.lock().map_err(|e| Error::write(&path, e))?;
        // A temporary file nobody holds is what a killed run left
        // (megabytes of registry under a name `git add -A` would take);
        // one being written (by a run that writes a report into
        // `registry/`, which takes no lock) is held by its writer.
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for entry in entries.flatten() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if name.starts_with(".mentor-")
                    && name.ends_with(".tmp")
                    && std::fs::File::open(entry.path()).is_ok_and(|f| f.try_lock().is_ok())
                {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        Ok(file)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        if self.root == Path::new(".") {
            PathBuf::from(name)
        } else {
            self.root.join(name)
        }
    }

    /// Roadmap files at the top of the folder; none is a usage error.
    pub fn roadmaps(&self) -> Result<Vec<PathBuf>, Error> {
        let mut found = Vec::new();
        find_roadmaps(&self.root, false, &mut found)?;
        if self.root == Path::new(".") {
            for p in &mut found {
                *p = p
                    .strip_prefix(".")
                    .map(Path::to_owned)
                    .unwrap_or_else(|_| p.clone());
            }
        }
        if found.is_empty() {
            return Err(Error::NoRoadmaps {
                dir: self.root.clone(),
            });
        }
        Ok(found)
    }
}

/// Whether a file name is a roadmap's: `roadmap.yaml`, `*.roadmap.yaml`,
/// `roadmap*.yaml`, and the same in Russian, as a curator names it
/// («Дорожная карта 2026.yaml», `дорожная_карта.yaml`).
/// A file of a program (its `mentor.yaml`, a roadmap, a registry) that
/// exists: `-o` must not replace one with a report.
pub fn is_program_file(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase());
    let name = name.as_deref().unwrap_or_default();
    let in_registry = path
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|dir| dir == crate::registry::DIR);
    path.is_file()
        && (name == PROGRAM_FILE
            || is_roadmap_name(name)
            || (in_registry && name.ends_with(".csv")))
}

pub fn is_roadmap_name(name: &str) -> bool {
    let Some(stem) = name
        .strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"))
    else {
        return false;
    };
    let stem = stem.to_lowercase().replace(['_', '-'], " ");
    ["roadmap", "дорожная карта"]
        .iter()
        .any(|word| stem.starts_with(word) || stem.ends_with(&format!(".{word}")))
}

/// Roadmap files in `dir` (and below it when `recursive`), sorted by path;
/// a folder that cannot be listed is named in the error.
pub fn find_roadmaps(dir: &Path, recursive: bool, found: &mut Vec<PathBuf>) -> Result<(), Error> {
    let fail = |e| Error::read(dir, e);
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .and_then(|list| list.collect::<io::Result<_>>())
        .map_err(fail)?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let kind = entry.file_type().map_err(fail)?;
        if kind.is_dir() && recursive && !entry.file_name().to_string_lossy().starts_with('.') {
            find_roadmaps(&path, true, found)?;
        } else if kind.is_file() && is_roadmap_name(&entry.file_name().to_string_lossy()) {
            found.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roadmap_names() {
        for yes in [
            "roadmap.yaml",
            "roadmap-2024.yaml",
            "school.roadmap.yaml",
            "roadmap.yml",
            "дорожная карта.yaml",
            "Дорожная карта 2026.yaml",
            "дорожная_карта.yml",
            "школа.дорожная-карта.yaml",
        ] {
            assert!(is_roadmap_name(yes), "{yes}");
        }
        for no in [
            "mentor.yaml",
            "roadmap.csv",
            "my-roadmap.yaml",
            "roadmap.yaml.bak",
            "карта.yaml",
            "дорожная карта.docx",
        ] {
            assert!(!is_roadmap_name(no), "{no}");
        }
    }
}
