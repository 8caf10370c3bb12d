//! Meeting regularity (`meetings check`) as a table, JSON, CSV or Markdown.

use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;

use super::{Format, Style};
use crate::i18n::I18n;
use crate::meetings::Regularity;

/// The JSON of `meetings check` (product.md): streamed, fields in
/// alphabetical order as the contract shows them.
#[derive(Serialize)]
struct Pairs<'a> {
    pairs: Vec<PairJson<'a>>,
}

#[derive(Serialize)]
struct PairJson<'a> {
    days_since: i64,
    last_meeting: Option<NaiveDate>,
    meetings: usize,
    mentee: &'a str,
    mentor_id: &'a str,
    start: NaiveDate,
    with_feedback: usize,
}

/// Formats `meetings check` writes.
pub const FORMATS: &[Format] = &[Format::Human, Format::Json, Format::Csv, Format::Md];

pub fn render(
    out: &mut dyn Write,
    format: Format,
    rows: &[Regularity],
    i18n: &I18n,
    style: Style,
) -> io::Result<()> {
    let fields = |r: &Regularity| {
        [
            r.mentor_id.to_string(),
            r.who.to_string(),
            r.start.to_string(),
            r.last.map(|d| d.to_string()).unwrap_or_default(),
            r.days_since.to_string(),
            r.held.to_string(),
            r.with_feedback.to_string(),
        ]
    };
    match format {
        Format::Json => {
            let pairs: Vec<PairJson<'_>> = rows
                .iter()
                .map(|r| PairJson {
                    days_since: r.days_since,
                    last_meeting: r.last,
                    meetings: r.held,
                    mentee: &r.who,
                    mentor_id: &r.mentor_id,
                    start: r.start,
                    with_feedback: r.with_feedback,
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &Pairs { pairs })?;
            writeln!(out)
        }
        Format::Csv => {
            let mut w = super::spreadsheet(out, style.excel)?;
            w.write_record([
                "mentor_id",
                "mentee",
                "start",
                "last_meeting",
                "days_since",
                "meetings",
                "with_feedback",
            ])?;
            for r in rows {
                w.write_record(fields(r).iter().map(|c| super::safe_cell(c).into_owned()))?;
            }
            w.flush()
        }
        _ => {
            let header: Vec<String> = [
                "meetings-pair",
                "meetings-start",
                "meetings-last",
                "meetings-days",
                "meetings-held",
                "meetings-feedback",
            ]
            .iter()
            .map(|id| i18n.get(id))
            .collect();
            let cells = |r: &Regularity| {
                let f = fields(r);
                let last = r.last.map_or_else(|| "—".to_owned(), |d| i18n.date(d));
                vec![
                    format!("{} – {}", f[0], f[1]),
                    i18n.date(r.start),
                    last,
                    f[4].clone(),
                    f[5].clone(),
                    f[6].clone(),
                ]
            };
            let rows = rows.iter().map(cells);
            super::grid(out, header, rows, format == Format::Md, style.width)
        }
    }
}
