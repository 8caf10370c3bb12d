//! `roadmap plan`: the roadmap as a calendar — one row per occurrence of
//! every activity's deadline, with its status on `--today`.

use chrono::NaiveDate;
use serde::Serialize;

use super::timing::{Scheduled, Status, status};
use crate::deadline::resolve::{Kind, Occurrence};

/// One occurrence of an activity's deadline (the `jsonl` contract of product.md).
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub id: Option<String>,
    pub stage: Option<u8>,
    pub title: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub kind: &'static str,
    pub status: &'static str,
    pub responsible: Option<String>,
    /// The deadline as the canonical phrase (what a dateless row shows).
    pub due: Option<String>,
    pub file: String,
    /// Which occurrence of the activity this is (0 for the first).
    #[serde(skip)]
    pub occurrence: usize,
    /// Position of the activity in its roadmap, for a stable order.
    #[serde(skip)]
    pub order: usize,
}

/// Rows of one roadmap's schedule. Activities without a resolved deadline
/// appear once, as `open`; one whose deadline cannot be read, as
/// `unreadable`, with the phrase as written.
pub fn rows(file: &str, scheduled: &[Scheduled<'_>], today: NaiveDate) -> Vec<Row> {
    let mut rows = Vec::new();
    for (order, s) in scheduled.iter().enumerate() {
        let a = s.activity;
        let done = a.done.as_ref().map(|d| d.value);
        let undated = [Occurrence {
            start: None,
            end: None,
            kind: Kind::Open,
            fixed: false,
        }];
        let occurrences = match s.occurrences() {
            [] => &undated[..],
            some => some,
        };
        let row = |o: &Occurrence, occurrence| Row {
            id: a.key().map(str::to_owned),
            stage: s.stage(),
            title: a.title.value.clone(),
            start: o.start,
            end: o.end,
            kind: o.kind.as_str(),
            status: status(o, done, today).as_str(),
            responsible: a.responsible.as_ref().map(|r| r.value.clone()),
            due: a
                .due
                .as_ref()
                .and_then(|d| d.deadline.as_ref())
                .map(ToString::to_string),
            file: file.to_owned(),
            occurrence,
            order,
        };
        // A deadline that cannot be read is shown as written, as unreadable.
        if let Some(unread) = a.due.as_ref().filter(|d| d.deadline.is_none()) {
            rows.push(Row {
                kind: "unreadable",
                status: Status::Unreadable.as_str(),
                due: unread.written.clone(),
                ..row(&undated[0], 0)
            });
            continue;
        }
        for (occurrence, o) in occurrences.iter().enumerate() {
            let mut row = row(o, occurrence);
            // A completion date that cannot be read: whether it is done is
            // not known, so the row is not called overdue (the error says why).
            if a.done_unreadable {
                row.status = Status::Unreadable.as_str();
            }
            rows.push(row);
        }
    }
    rows
}

/// Sorted by date (dateless rows last), then by position in the roadmap.
pub fn sort(rows: &mut [Row]) {
    rows.sort_by(|a, b| {
        let key = |r: &Row| (r.start.or(r.end).is_none(), r.start.or(r.end), r.end);
        key(a)
            .cmp(&key(b))
            .then_with(|| a.file.cmp(&b.file))
            .then(a.order.cmp(&b.order))
            .then(a.occurrence.cmp(&b.occurrence))
    });
}

/// Keeps the rows of the given stages and statuses (all when none given).
pub fn filter(rows: &mut Vec<Row>, stages: &[u8], statuses: &[Status]) {
    rows.retain(|r| {
        (stages.is_empty() || r.stage.is_some_and(|s| stages.contains(&s)))
            && (statuses.is_empty() || statuses.iter().any(|s| s.as_str() == r.status))
    });
}
