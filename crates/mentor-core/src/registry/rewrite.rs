//! Lossless rewriting: the one way the tool writes into a registry file.
//! New rows are added after the existing bytes, written the way the file is
//! written (encoding, BOM, delimiter, line breaks, quoting, column order);
//! nothing already in the file changes, and the file is replaced atomically.

use std::collections::HashMap;
use std::path::Path;

use super::columns::Kind;
use super::sheet::{self, Dialect, Encoding, Sheet};
use crate::error::{Error, write_atomically};

/// Appends `rows` (canonical column name → value) to the registry file at
/// `path`, in its header's column order; unknown and absent columns are left
/// empty. A value that Windows-1251 cannot hold is refused, not mangled.
pub fn append(path: &Path, kind: Kind, rows: &[HashMap<&str, String>]) -> Result<(), Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::read(path, e))?;
    let (sheet, _) = sheet::read(path.display().to_string().into(), &bytes);
    let Some(sheet) = sheet.filter(|s| s.header.is_some()) else {
        return Err(Error::NoHeader {
            path: path.to_owned(),
        });
    };
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| in_header_order(&sheet, kind, row))
        .collect();
    let added = encode(&sheet.dialect, &cells).map_err(|ch| Error::Unencodable {
        path: path.to_owned(),
        ch,
    })?;
    write_atomically(path, &appended(bytes, &sheet.dialect, &added))
}

/// The row's values placed under the file's own headers.
fn in_header_order(sheet: &Sheet, kind: Kind, row: &HashMap<&str, String>) -> Vec<String> {
    let header = sheet.header_cells();
    header
        .iter()
        .map(|cell| {
            kind.column(&sheet.text(*cell))
                .and_then(|c| row.get(c.name))
                .cloned()
                .unwrap_or_default()
        })
        .collect()
}

/// The original bytes, a line break if the last line had none, then `added`.
pub fn appended(mut bytes: Vec<u8>, dialect: &Dialect, added: &[u8]) -> Vec<u8> {
    if !dialect.final_newline && !bytes.is_empty() {
        bytes.extend_from_slice(newline(dialect));
    }
    bytes.extend_from_slice(added);
    bytes
}

fn newline(dialect: &Dialect) -> &'static [u8] {
    if dialect.crlf { b"\r\n" } else { b"\n" }
}

/// Rows as the file writes them. `Err` names a character the file's
/// encoding cannot hold.
pub fn encode(dialect: &Dialect, rows: &[Vec<String>]) -> Result<Vec<u8>, char> {
    let mut builder = csv::WriterBuilder::new();
    builder
        .delimiter(dialect.delimiter)
        .terminator(if dialect.crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .quote_style(if dialect.quote_all {
            csv::QuoteStyle::Always
        } else {
            csv::QuoteStyle::Necessary
        });
    let mut bytes = Vec::new();
    for row in rows {
        // A lone empty cell is a blank line, as the file itself writes it
        // (the csv crate would write nothing). Writing into memory cannot fail.
        if !dialect.quote_all && matches!(&row[..], [only] if only.is_empty()) {
            bytes.extend_from_slice(newline(dialect));
        } else {
            let _ = builder.from_writer(&mut bytes).write_record(row);
        }
    }
    // What was written is the rows' own text with quotes and separators.
    let text = String::from_utf8(bytes).unwrap_or_default();
    match dialect.encoding {
        Encoding::Utf8 | Encoding::Utf8Bom => Ok(text.into_bytes()),
        Encoding::Windows1251 => {
            let cp1251 = yore::code_pages::CP1251;
            cp1251.encode(&text).map(|b| b.into_owned()).map_err(|_| {
                let mut one = [0; 4];
                let bad = text
                    .chars()
                    .find(|c| cp1251.encode(c.encode_utf8(&mut one)).is_err());
                bad.unwrap_or('?')
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The Windows-1251 writer (yore) writes every character as the WHATWG
    /// table (encoding_rs) does, and refuses those it has no byte for.
    #[test]
    fn windows_1251_encodes_as_the_standard_table() {
        for byte in 0..=255u8 {
            let one = [byte];
            let (text, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(&one);
            let (expected, _, lossy) = encoding_rs::WINDOWS_1251.encode(&text);
            let written = yore::code_pages::CP1251.encode(&text);
            match written {
                Ok(bytes) => assert_eq!((&*bytes, lossy), (&*expected, false), "{text:?}"),
                Err(_) => assert!(lossy, "{byte:#x} {text:?}"),
            }
        }
        for refused in ["😀", "ǅ", "中"] {
            assert!(
                yore::code_pages::CP1251.encode(refused).is_err(),
                "{refused}"
            );
            assert!(encoding_rs::WINDOWS_1251.encode(refused).2, "{refused}");
        }
    }

    /// A file as some spreadsheet might have written it: any quoting that is
    /// valid (needed or not), any dialect.
    fn file() -> impl Strategy<Value = (Dialect, Vec<Vec<String>>, Vec<Vec<bool>>)> {
        let dialect = (
            0..3usize,
            prop_oneof![Just(b','), Just(b';'), Just(b'\t')],
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(e, delimiter, crlf, final_newline)| Dialect {
                encoding: [Encoding::Utf8, Encoding::Utf8Bom, Encoding::Windows1251][e],
                delimiter,
                crlf,
                quote_all: false,
                final_newline,
            });
        // Cyrillic, Latin, digits, and the characters that need quoting.
        let cell = "[а-яА-ЯёЁa-z0-9 .,;\"\\n#=-]{0,12}";
        (dialect, 2..5usize, 0..6usize)
            .prop_flat_map(move |(d, width, height)| {
                // The header names the columns in words, as real headers do.
                let header = prop::collection::vec("[а-яa-z_]{1,8}", width);
                let rows = prop::collection::vec(prop::collection::vec(cell, width), height);
                let quoting =
                    prop::collection::vec(prop::collection::vec(any::<bool>(), width), height + 1);
                (Just(d), header, rows, quoting)
            })
            .prop_map(|(d, header, mut rows, quoting)| {
                rows.insert(0, header);
                (d, rows, quoting)
            })
    }

    /// Writes the original file by hand, independently of [`encode`].
    fn original(d: &Dialect, rows: &[Vec<String>], quoting: &[Vec<bool>]) -> Vec<u8> {
        let delim = char::from(d.delimiter);
        let nl = if d.crlf { "\r\n" } else { "\n" };
        let lines: Vec<String> = rows
            .iter()
            .zip(quoting)
            .map(|(row, q)| {
                let cells: Vec<String> = row
                    .iter()
                    .zip(q)
                    .map(|(v, &quote)| {
                        if quote
                            || v.contains([delim, '"', '\n', '\r'])
                            || v.is_empty() && row.len() == 1
                        {
                            format!("\"{}\"", v.replace('"', "\"\""))
                        } else {
                            v.clone()
                        }
                    })
                    .collect();
                cells.join(&delim.to_string())
            })
            .collect();
        let mut text = lines.join(nl);
        if d.final_newline {
            text.push_str(nl);
        }
        let mut bytes = match d.encoding {
            Encoding::Windows1251 => encoding_rs::WINDOWS_1251.encode(&text).0.into_owned(),
            _ => text.into_bytes(),
        };
        if d.encoding == Encoding::Utf8Bom {
            bytes.splice(0..0, *b"\xEF\xBB\xBF");
        }
        bytes
    }

    proptest! {
        /// Appending keeps every original byte (they are a prefix of the
        /// result), and reading the result gives the old rows and the new ones.
        #[test]
        fn appending_keeps_every_byte((d, rows, quoting) in file(), added in prop::collection::vec(prop::collection::vec("[а-яa-z ,;\"\\n]{0,8}", 1..5), 0..4)) {
            let width = rows[0].len();
            let added: Vec<Vec<String>> = added.into_iter().map(|mut r| { r.resize(width, String::new()); r }).collect();
            let bytes = original(&d, &rows, &quoting);
            let (sheet, _) = sheet::read("t.csv".into(), &bytes);
            // Windows-1251 letters can make UTF-8 by chance («аЁё» is one
            // UTF-8 letter), or UTF-8 that turns to Windows-1251: no reader
            // can tell such a file from what it looks like.
            let ambiguous = d.encoding == Encoding::Windows1251
                && !bytes.is_ascii()
                && sheet.as_ref().is_none_or(|s| s.dialect.encoding != Encoding::Windows1251);
            prop_assume!(!ambiguous);
            let sheet = sheet.expect("a sheet");
            let encoded = encode(&sheet.dialect, &added).expect("encodable");
            let result = appended(bytes.clone(), &sheet.dialect, &encoded);
            prop_assert!(result.starts_with(&bytes));
            let (again, _) = sheet::read("t.csv".into(), &result);
            let again = again.expect("a sheet");
            prop_assert_eq!(again.dialect.encoding, sheet.dialect.encoding);
            let all: Vec<Vec<String>> = again
                .header
                .iter()
                .chain(&again.rows)
                .map(|r| again.cells(r).iter().map(|c| again.text(*c).into_owned()).collect())
                .collect();
            let non_blank = |r: &&Vec<String>| !(r.len() == 1 && r[0].is_empty());
            let expected: Vec<Vec<String>> = rows.iter().chain(&added).filter(non_blank).cloned().collect();
            prop_assert_eq!(all, expected);
        }
    }

    /// The rows as the file's dialect writes them, by definition: a cell is
    /// quoted when it holds the delimiter, a quote or a line break (or the
    /// file quotes every cell), quotes doubled.
    fn reference(d: &Dialect, rows: &[Vec<String>]) -> String {
        let delimiter = char::from(d.delimiter);
        let mut text = String::new();
        for row in rows {
            let cells: Vec<String> = row
                .iter()
                .map(|v| {
                    let quote = d.quote_all || v.contains([delimiter, '"', '\r', '\n']);
                    if quote {
                        format!("\"{}\"", v.replace('"', "\"\""))
                    } else {
                        v.clone()
                    }
                })
                .collect();
            text.push_str(&cells.join(&delimiter.to_string()));
            text.push_str(if d.crlf { "\r\n" } else { "\n" });
        }
        text
    }

    proptest! {
        /// The csv crate's writer writes what the definition says, in every dialect.
        #[test]
        fn encoding_is_the_definition(
            delimiter in prop::sample::select(vec![b',', b';', b'\t']),
            crlf in any::<bool>(),
            quote_all in any::<bool>(),
            rows in prop::collection::vec(prop::collection::vec("[а-яa-z ,;\t\"\r\n]{0,6}", 1..5), 0..5),
        ) {
            let d = Dialect { encoding: Encoding::Utf8, delimiter, crlf, quote_all, final_newline: true };
            let encoded = encode(&d, &rows).expect("UTF-8 holds everything");
            prop_assert_eq!(String::from_utf8(encoded).expect("utf-8"), reference(&d, &rows));
        }
    }

    #[test]
    fn windows_1251_refuses_what_it_cannot_hold() {
        let d = Dialect {
            encoding: Encoding::Windows1251,
            delimiter: b';',
            crlf: true,
            quote_all: false,
            final_newline: true,
        };
        assert_eq!(
            encode(&d, &[vec!["Ёжик; «ок»".into()]]),
            Ok(b"\"\xa8\xe6\xe8\xea; \xab\xee\xea\xbb\"\r\n".to_vec())
        );
        assert_eq!(encode(&d, &[vec!["ok 🙂".into()]]), Err('🙂'));
    }

    /// A real Excel export (Windows-1251, `;`, CRLF, Russian headers): the
    /// appended row lands under the right headers, in the file's encoding.
    #[test]
    fn appends_to_an_excel_export() {
        // The repository's CLI fixture, two folders up from this crate.
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/cmd/registry-excel-cp1251.in/registry/mentees.csv");
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("mentees.csv");
        std::fs::copy(&fixture, &path).expect("copy");
        let before = std::fs::read(&path).expect("read");
        let row: HashMap<&str, String> =
            [("id", "S09"), ("name", "Ёлкина Вера"), ("role", "ученик")]
                .into_iter()
                .map(|(k, v)| (k, v.to_owned()))
                .collect();
        append(&path, Kind::Mentees, &[row]).expect("append");
        let after = std::fs::read(&path).expect("read");
        assert!(after.starts_with(&before));
        let added = encoding_rs::WINDOWS_1251
            .decode(&after[before.len()..])
            .0
            .into_owned();
        assert_eq!(added, "S09;Ёлкина Вера;ученик;;;;;;;;\r\n");
    }
}
