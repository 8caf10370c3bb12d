//! Meeting regularity (`meetings check`) as a table, JSON, CSV or Markdown.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

use super::{Format, Style};
use crate::i18n::I18n;
use mentor_core::meetings::Regularity;

/// The JSON of `meetings check` (product.md): streamed, fields in
/// alphabetical order as the contract shows them.
#[derive(Serialize)]
struct Pairs<'a> {
    pairs: Vec<PairJson<'a>>,
}

#[derive(Serialize)]
struct PairJson<'a> {
    days_since: i64,
    last_meeting: Option<Iso>,
    meetings: usize,
    mentee: &'a str,
    mentor_id: &'a str,
    start: Iso,
    with_feedback: usize,
}

/// A date as ISO 8601 (`2025-11-10`), written from its numbers: chrono's
/// formatting was a tenth of the time of a region's JSON.
struct Iso(NaiveDate);

impl Serialize for Iso {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let year = match u32::try_from(self.0.year()) {
            Ok(year) if year <= 9999 => year,
            _ => return s.collect_str(&self.0),
        };
        let (month, day) = (self.0.month(), self.0.day());
        let digits = [
            year / 1000,
            year / 100,
            year / 10,
            year,
            month / 10,
            month,
            day / 10,
            day,
        ];
        let mut text = *b"0000-00-00";
        for (at, digit) in [0, 1, 2, 3, 5, 6, 8, 9].into_iter().zip(digits) {
            text[at] = b'0' + (digit % 10) as u8;
        }
        s.serialize_str(std::str::from_utf8(&text).unwrap_or_default())
    }
}

/// Formats `meetings check` writes.
pub const FORMATS: &[Format] = &[
    Format::Human,
    Format::Json,
    Format::Csv,
    Format::Md,
    Format::Jsonl,
    Format::Github,
    Format::Gitlab,
    Format::Sarif,
];

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
                    last_meeting: r.last.map(Iso),
                    meetings: r.held,
                    mentee: &r.who,
                    mentor_id: &r.mentor_id,
                    start: Iso(r.start),
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Dates are written as chrono writes them, in every year it knows.
        #[test]
        fn dates_are_written_as_chrono_writes_them(
            days in prop_oneof![-400..3_700_000i32, -95_000_000i32..95_000_000]
        ) {
            let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            let chrono = serde_json::to_string(&date).unwrap();
            prop_assert_eq!(serde_json::to_string(&Iso(date)).unwrap(), chrono);
        }
    }

    #[test]
    fn the_years_of_people_are_written_in_full() {
        let date = NaiveDate::from_ymd_opt(2025, 1, 9).unwrap();
        assert_eq!(serde_json::to_string(&Iso(date)).unwrap(), "\"2025-01-09\"");
    }
}
