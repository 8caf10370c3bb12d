//! `mentor registry check`: the bases of mentors and mentees, pairs,
//! meetings and surveys in `registry/`; `mentor registry import`: a table
//! from Excel or LibreOffice into them.

use std::io::Write;

use std::collections::HashMap;

use crate::cli::ImportArgs;
use crate::{Context, Failure};
use mentor_core::finding::{Message, Tally};
use mentor_core::folder::Folder;
use mentor_core::registry::sheet::{Dialect, Encoding};
use mentor_core::registry::{self, Registry, import, rewrite};

use super::Session;

pub fn check(cx: &Context, out: &mut dyn Write) -> Result<Tally, Failure> {
    let folder = Folder::discover(cx.dir.as_deref())?;
    let mut session = Session::default();
    check_into(cx, &folder, &mut session, None)?;
    session.report(cx, out)
}

/// Reads and checks the registries of `folder` into `session`; the rules
/// that compare with a day only on a pinned `--today` (mentor_core::as_of).
/// `mentor check` adds the meeting rules, with the gap of days it allows.
pub fn check_into(
    cx: &Context,
    folder: &Folder,
    session: &mut Session,
    meeting_gap: Option<i64>,
) -> Result<(), Failure> {
    let (reg, mut findings) = Registry::load(&folder.path(registry::DIR))?;
    let day = cx.as_of.for_checks();
    findings.extend(registry::check::check(&reg, day));
    if let (Some(gap), Some(day)) = (meeting_gap, day) {
        findings.extend(mentor_core::meetings::check(&reg, day, gap).1);
    }
    session.extend(reg.into_sources(), findings);
    Ok(())
}

/// Maps the table's headers onto the registry's columns, then adds its rows
/// after those of `registry/<file>` (through the lossless writer), or writes
/// a new canonical file (UTF-8, `,`, English headers) when there is none.
pub fn import(cx: &Context, args: &ImportArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let folder = Folder::discover(cx.dir.as_deref())?;
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
        let bytes = rewrite::encode(&dialect, &rows)
            .map_err(|_| Failure::Usage(Message::new("import-kind")))?;
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir)?;
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
