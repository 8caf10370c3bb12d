//! `mentor registry check`: the bases of mentors and mentees, pairs,
//! meetings and surveys in `registry/`; `mentor registry import`: a table
//! from Excel or LibreOffice into them.

use std::io::Write;

use std::collections::HashMap;

use crate::cli::ImportArgs;
use crate::{Context, Failure};
use mentor_core::error::Error;
use mentor_core::finding::{Message, Tally};
use mentor_core::registry::columns::Kind;
use mentor_core::registry::sheet::{Dialect, Encoding};
use mentor_core::registry::{self, import, rewrite};
use mentor_core::workspace::{Keep, Workspace};

pub fn check(cx: &Context, out: &mut dyn Write) -> Result<Tally, Failure> {
    let mut ws = Workspace::find(cx.dir.as_deref(), cx.as_of)?;
    let reg = ws.registry(&Kind::ALL, Keep::All)?;
    ws.check_registry(&reg, false);
    super::report(cx, ws.finish(reg), out)
}

/// Maps the table's headers onto the registry's columns, then adds its rows
/// after those of `registry/<file>` (through the lossless writer), or writes
/// a new canonical file (UTF-8, `,`, English headers) when there is none.
pub fn import(cx: &Context, args: &ImportArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let folder = Workspace::find(cx.dir.as_deref(), cx.as_of)?.folder;
    // Held until the rows are written (see `pair approve`).
    let _lock = folder.lock()?;
    let kind = args
        .into
        .or_else(|| import::guess_kind(&args.file))
        .ok_or_else(|| {
            Failure::Usage(Message::new("import-kind").arg("path", args.file.display().to_string()))
        })?;
    let grid = import::read(&args.file)?;
    let target = folder.path(registry::DIR).join(kind.file());
    let exists = target.is_file();
    let mut say = |message: Message| writeln!(out, "{}", cx.i18n.text(&message));
    // Each source column: the registry column it fills, or none.
    let mut mapped: Vec<Option<&'static str>> = Vec::new();
    for header in &grid.header {
        let column = kind.column(header).map(|c| c.name);
        let taken = column.is_some_and(|c| mapped.contains(&Some(c)));
        let message = match (column, taken) {
            (Some(c), false) => Message::new("import-column")
                .arg("header", header.as_str())
                .arg("column", c),
            (Some(c), true) => Message::new("import-duplicate")
                .arg("header", header.as_str())
                .arg("column", c),
            (None, _) if exists => Message::new("import-dropped")
                .arg("header", header.as_str())
                .arg("file", kind.file()),
            (None, _) => Message::new("import-kept").arg("header", header.as_str()),
        };
        say(message)?;
        mapped.push(column.filter(|_| !taken));
    }
    if exists {
        let rows: Vec<HashMap<&str, String>> = grid
            .rows
            .iter()
            .map(|row| {
                mapped
                    .iter()
                    .zip(row)
                    .filter_map(|(column, value)| Some(((*column)?, value.clone())))
                    .collect()
            })
            .collect();
        rewrite::append(&target, kind, &rows)?;
    } else {
        // Known columns in the registry's order, then the others as they were.
        let mut order: Vec<usize> = Vec::new();
        for column in kind.columns() {
            order.extend(mapped.iter().position(|m| *m == Some(column.name)));
        }
        order.extend((0..grid.header.len()).filter(|i| mapped[*i].is_none()));
        let header: Vec<String> = order
            .iter()
            .map(|&i| mapped[i].map_or_else(|| grid.header[i].clone(), str::to_owned))
            .collect();
        let rows: Vec<Vec<String>> = std::iter::once(header)
            .chain(grid.rows.iter().map(|r| {
                order
                    .iter()
                    .map(|&i| r.get(i).cloned().unwrap_or_default())
                    .collect()
            }))
            .collect();
        let dialect = Dialect {
            encoding: Encoding::Utf8,
            delimiter: b',',
            crlf: false,
            quote_all: false,
            final_newline: true,
        };
        let bytes = rewrite::encode(&dialect, &rows).map_err(|ch| Error::Unencodable {
            path: target.clone(),
            ch,
        })?;
        if let Some(dir) = target.parent() {
            mentor_core::error::create_dir_all(dir)?;
        }
        mentor_core::error::write_atomically(&target, &bytes)?;
    }
    let done = Message::new("import-done")
        .arg("rows", grid.rows.len())
        .arg("path", target.display().to_string());
    say(done.clone())?;
    if let Some(help) = cx.i18n.help(&done) {
        writeln!(out, "{help}")?;
    }
    Ok(Tally::default())
}
