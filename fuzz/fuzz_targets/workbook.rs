//! Any bytes as a workbook (the first byte picks .xlsx, .xlsb, .ods or .xls)
//! through `registry import`'s reader: never a panic, never an abort, and
//! whatever it reads lies within its budgets. Seeds: `fuzz/seed.sh`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mentor_core::registry::{import, workbook};

const EXTENSIONS: [&str; 4] = ["xlsx", "xlsb", "ods", "xls"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let extension = EXTENSIONS[usize::from(pick) % EXTENSIONS.len()];
    let path = dir.path().join(format!("book.{extension}"));
    std::fs::write(&path, bytes).expect("write");
    if let Ok(grid) = import::read(&path) {
        assert!(grid.rows.len() < workbook::MAX_ROWS as usize);
        for row in std::iter::once(&grid.header).chain(&grid.rows) {
            assert!(row.len() <= workbook::MAX_COLUMNS as usize);
        }
    }
});
