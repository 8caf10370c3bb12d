//! Why a command stops before it can report: typed, so that every message
//! names the file it is about and says what was being done with it. The
//! binary turns an [`Error`] into words (its [`Error::message`]) and an exit
//! code (2 for all of them: the input could not be used, CI must not pass).

use std::io;
use std::path::{Path, PathBuf};

use crate::finding::Message;

/// A failure that stops the run, with the path it concerns. Its `Display`
/// (English) is for logs and for programs that embed the core; people read
/// [`Error::message`] put into their language by the binary.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    /// A file that was opened but is not what it should be (a workbook
    /// calamine refuses, say); `detail` is the reader's own words.
    #[error("cannot read {}: {detail}", path.display())]
    Unreadable { path: PathBuf, detail: String },
    #[error("{} has no sheets", path.display())]
    NoSheets { path: PathBuf },
    #[error("{} is larger than {limit_mb} MB", path.display())]
    TooLarge { path: PathBuf, limit_mb: usize },
    /// A workbook's sheet with a cell beyond any registry's size, or more
    /// text than a registry file may hold.
    #[error("{} has a sheet larger than any registry", path.display())]
    SheetTooLarge {
        path: PathBuf,
        rows: usize,
        columns: usize,
        cells: usize,
        limit_mb: usize,
    },
    /// A table saved as UTF-16 or binary (`mixed`: UTF-8 turning into
    /// Windows-1251 halfway), which no cell of can be trusted.
    #[error("{} is not text in one encoding", path.display())]
    Encoding { path: PathBuf, mixed: bool },
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
    /// `--dir` names nothing.
    #[error("there is no folder {}", path.display())]
    NoSuchFolder { path: PathBuf },
    /// `--dir` names a file, not a folder.
    #[error("{} is not a folder", path.display())]
    NotAFolder { path: PathBuf },
    #[error("no mentor.yaml in {} or any folder above it", dir.display())]
    NoProgram { dir: PathBuf },
    #[error("no roadmap files in {}", dir.display())]
    NoRoadmaps { dir: PathBuf },
    #[error("cannot import {}: {problem:?}", path.display())]
    Import { path: PathBuf, problem: Import },
    #[error("{} has no header row to add rows under", path.display())]
    NoHeader { path: PathBuf },
    #[error("{} is saved in Windows-1251, which cannot hold {ch:?}", path.display())]
    Unencodable { path: PathBuf, ch: char },
}

/// Why a Word roadmap cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Import {
    /// Not a zip, no `word/document.xml`, or broken XML.
    Corrupt(String),
    /// `word/document.xml` unpacks to more than this many MB.
    TooLarge {
        limit_mb: usize,
    },
    /// The tables hold more cells, or more text once merged cells are
    /// repeated, than any roadmap: a file made to exhaust memory.
    TooManyCells {
        cells: usize,
        text_mb: usize,
    },
    /// An encrypted .docx (an OLE file holding an `EncryptedPackage`).
    Encrypted,
    /// Old binary Word (.doc).
    Doc,
    Empty,
    Binary,
    /// No table of activities in it.
    NoTable,
}

impl Error {
    /// An error of reading `path`.
    pub fn read(path: impl AsRef<Path>, source: io::Error) -> Error {
        Error::Read {
            path: path.as_ref().to_owned(),
            source,
        }
    }

    /// An error of writing `path`.
    pub fn write(path: impl AsRef<Path>, source: io::Error) -> Error {
        Error::Write {
            path: path.as_ref().to_owned(),
            source,
        }
    }

    /// The process's exit code for this error: 2, as for a usage error —
    /// the input could not be used, so no check passed (the contract's
    /// table: 0 clean, 1 findings, 2 could not run).
    pub fn exit_code(&self) -> u8 {
        2
    }

    /// The message id and arguments the binary localizes.
    pub fn message(&self) -> Message {
        let shown = |p: &Path| p.display().to_string();
        match self {
            Error::Read { path, source } => io_message("cannot-read", path, source),
            Error::Write { path, source } => io_message("cannot-write", path, source),
            Error::Unreadable { path, detail } => Message::new("cannot-read")
                .arg("path", shown(path))
                .arg("reason", "other")
                .arg("detail", detail.as_str()),
            Error::NoSheets { path } => Message::new("no-sheets").arg("path", shown(path)),
            Error::SheetTooLarge {
                path,
                rows,
                columns,
                cells,
                limit_mb,
            } => Message::new("sheet-too-large")
                .arg("path", shown(path))
                .arg("rows", *rows)
                .arg("columns", *columns)
                .arg("cells", *cells)
                .arg("limit", *limit_mb),
            Error::Encoding { path, mixed } => Message::new(if *mixed {
                "encoding-mixed"
            } else {
                "encoding-nul"
            })
            .arg("path", shown(path)),
            Error::TooLarge { path, limit_mb } => Message::new("file-too-large")
                .arg("path", shown(path))
                .arg("limit", *limit_mb),
            Error::NoSuchFolder { path } => Message::new("no-such-folder").arg("path", shown(path)),
            Error::NotAFolder { path } => Message::new("not-a-folder").arg("path", shown(path)),
            Error::NoProgram { dir } => Message::new("no-program").arg("dir", shown(dir)),
            Error::NoRoadmaps { dir } => Message::new("no-roadmaps").arg("dir", shown(dir)),
            Error::NoHeader { path } => Message::new("rewrite-no-header").arg("path", shown(path)),
            Error::Unencodable { path, ch } => Message::new("rewrite-unencodable")
                .arg("path", shown(path))
                .arg("char", ch.to_string()),
            Error::Import { path, problem } => {
                let path = shown(path);
                match problem {
                    Import::Corrupt(detail) => Message::new("import-corrupt")
                        .arg("path", path)
                        .arg("detail", detail.as_str()),
                    Import::TooLarge { limit_mb } => Message::new("import-too-large")
                        .arg("path", path)
                        .arg("limit", *limit_mb),
                    Import::TooManyCells { cells, text_mb } => {
                        Message::new("import-too-many-cells")
                            .arg("path", path)
                            .arg("cells", *cells)
                            .arg("limit", *text_mb)
                    }
                    Import::Encrypted => Message::new("import-encrypted").arg("path", path),
                    Import::Doc => Message::new("import-doc").arg("path", path),
                    Import::Empty => Message::new("import-empty").arg("path", path),
                    Import::Binary => Message::new("import-binary").arg("path", path),
                    Import::NoTable => Message::new("import-no-table").arg("path", path),
                }
            }
        }
    }
}

/// A read or write error: the kinds a person meets get words of their own
/// (`reason`), the rest keep the system's text (`detail`).
fn io_message(id: &'static str, path: &Path, e: &io::Error) -> Message {
    let reason = match e.kind() {
        io::ErrorKind::NotFound => "not-found",
        io::ErrorKind::PermissionDenied => "permission-denied",
        io::ErrorKind::IsADirectory => "is-a-directory",
        io::ErrorKind::NotADirectory => "not-a-directory",
        io::ErrorKind::AlreadyExists => "already-exists",
        io::ErrorKind::StorageFull => "storage-full",
        io::ErrorKind::ReadOnlyFilesystem => "read-only",
        _ => "other",
    };
    Message::new(id)
        .arg("path", path.display().to_string())
        .arg("reason", reason)
        .arg("detail", e.to_string())
}

/// Creates a folder and the folders above it that are missing.
pub fn create_dir_all(path: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(path).map_err(|e| Error::write(path, e))
}

/// Writes a file whole or not at all: a temporary file created exclusively
/// (never through a planted link) in the target's folder, synced, given the
/// permissions of the file it replaces, then renamed over it. A reader never
/// sees half a file; on any error the temporary file is removed. A symbolic
/// link is written through, to the file it points at.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    use std::io::Write;
    let fail = |e| Error::write(path, e);
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).map_err(fail)?,
        _ => path.to_owned(),
    };
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(".".as_ref());
    let mut builder = tempfile::Builder::new();
    builder.prefix(".mentor-").suffix(".tmp");
    // A new file gets what `fs::write` would give (0666 less the umask),
    // not the temporary file's 0600.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir).map_err(fail)?;
    // Held while the file is written: a rewrite of the registries clears
    // what killed runs left ([`crate::folder::Folder::lock`]), and a file
    // still locked is no leftover.
    tmp.as_file().lock().map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    if let Ok(existing) = std::fs::metadata(&target) {
        tmp.as_file()
            .set_permissions(existing.permissions())
            .map_err(fail)?;
    }
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(&target).map_err(|e| fail(e.error))?;
    // The rename itself survives a power cut only once the folder is synced
    // (POSIX); elsewhere a folder cannot be opened, and the rename suffices.
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|folder| folder.sync_all())
        .map_err(fail)?;
    Ok(())
}
