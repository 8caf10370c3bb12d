//! `mentor roadmap import`: a roadmap as schools have it — a table in a Word
//! document, or text copied out of one — into a draft of the YAML roadmap:
//! metadata, sections and activities mapped onto the seven stages, each
//! guess marked with the words it rests on.
//!
//! Reading ([`docx`], [`text`]) gives a [`Grid`] of rows and the paragraphs
//! around them; [`table`] finds the roadmap's columns by their headers and
//! reads the rows; [`stages`] is the keyword model of the stages; [`meta`]
//! finds the organization, the order, the period and the title.

pub mod docx;
pub mod meta;
pub mod stages;
pub mod table;
pub mod text;

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{Error, Import};
use crate::finding::Message;

/// Where something is in the source: a line of a text, or a row of a table
/// of a .docx (both from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Origin {
    Line(usize),
    Row { table: usize, row: usize },
}

/// A document as rows of cells, and its text outside the tables.
#[derive(Debug, Default, PartialEq)]
pub struct Grid {
    pub paragraphs: Vec<(Origin, String)>,
    pub rows: Vec<GridRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GridRow {
    pub cells: Vec<String>,
    pub at: Origin,
}

/// How sure the importer is of a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// Set by the document: a stage heading whose name and number agree,
    /// or the section an activity sits in.
    Certain,
    /// Chosen by the keyword model: the methodist should confirm it.
    Guessed,
}

/// A stage decision and the words it rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mapping {
    /// `None`: cross-cutting work, or the model could not tell.
    pub stage: Option<u8>,
    pub certainty: Certainty,
    /// Why (a YAML comment when guessed).
    pub because: Message,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Activity {
    pub id: Option<String>,
    pub title: String,
    pub due: Option<String>,
    pub responsible: Option<String>,
    pub result: Option<String>,
    /// Set when it differs from the section's.
    pub mapping: Option<Mapping>,
    pub at: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// Empty when the document's first activities come before any heading.
    pub title: String,
    pub mapping: Mapping,
    pub activities: Vec<Activity>,
    pub at: Origin,
}

/// Something of the document left out of the roadmap, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skipped {
    pub at: Origin,
    pub text: String,
    pub reason: Message,
}

/// What the document says about itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Meta {
    pub title: Option<String>,
    pub organization: Option<String>,
    /// The date of the approving (or launching) order, and how it was written.
    pub approved: Option<NaiveDate>,
    pub order: Option<String>,
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// The words the period comes from; `None` when it was inferred from
    /// the years the deadlines name.
    pub period_from: Option<String>,
}

/// A roadmap draft and the account of how it was made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Draft {
    pub source: String,
    pub meta: Meta,
    pub sections: Vec<Section>,
    pub skipped: Vec<Skipped>,
}

/// Uncompressed bytes of `word/document.xml` read at most: a zip bomb stops here.
pub const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;

/// Bytes of the file imported read at most: a .docx with its pictures, or
/// text copied out of Word, is far smaller; a file of gigabytes stops here.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Reads `path` (.docx, or text copied out of Word) into a draft.
pub fn read(path: &Path) -> Result<Draft, Error> {
    use std::io::Read;
    let name = path.display().to_string();
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| Error::read(path, e))?;
    let too_large = |limit: u64| Error::TooLarge {
        path: path.to_owned(),
        limit_mb: (limit / (1024 * 1024)) as usize,
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(MAX_FILE_BYTES));
    }
    let usage = |problem: Import| Error::Import {
        path: path.to_owned(),
        problem,
    };
    let grid = if bytes.starts_with(b"PK\x03\x04") {
        docx::grid(&bytes).map_err(usage)?
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        // An OLE compound file: old binary Word, or an encrypted .docx.
        let needle: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let encrypted = bytes.windows(needle.len()).any(|w| w == needle);
        return Err(usage(if encrypted {
            Import::Encrypted
        } else {
            Import::Doc
        }));
    } else {
        // Text is the table itself: no more of it than a .docx's table may hold.
        if bytes.len() as u64 > MAX_XML_BYTES {
            return Err(too_large(MAX_XML_BYTES));
        }
        let text = decode(bytes);
        if text.trim().is_empty() {
            return Err(usage(Import::Empty));
        }
        if text.contains('\0') {
            return Err(usage(Import::Binary));
        }
        text::grid(&text)
    };
    table::draft(&name, grid).ok_or_else(|| usage(Import::NoTable))
}

/// UTF-8 (a BOM dropped), else Windows-1251: what Notepad saves on a Russian Windows.
fn decode(bytes: Vec<u8>) -> String {
    let bytes = match bytes.strip_prefix("\u{feff}".as_bytes()) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => yore::code_pages::CP1251.decode(e.as_bytes()).into_owned(),
    }
}
