//! The roadmap calendar as iCalendar (RFC 5545) for any calendar client:
//! all-day events (DTEND is the day after the last day — the icalendar
//! crate's `all_day` would end them on the first day), UIDs that stay the
//! same however the folder is reached and whatever the titles say, a fixed
//! DTSTAMP so the file diffs cleanly in git, and a reminder at 09:00 on the
//! working day before each deadline.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Related, Trigger};

use mentor_core::deadline::calendar::Calendar as WorkingDays;
use mentor_core::roadmap::plan::Row;

/// Whose events these are: what a UID is made of besides the activity.
#[derive(Debug, Default)]
pub struct Owner {
    /// The organization of `mentor.yaml` (empty without one).
    pub organization: String,
    /// The program folder: a roadmap is named relative to it (else by its
    /// file name), never by the path it was reached by.
    pub folder: Option<PathBuf>,
}

impl Owner {
    /// The roadmap's name in the program folder: `roadmap.yaml`, whether
    /// reached as `roadmap.yaml`, `school/roadmap.yaml` or an absolute path.
    fn place(&self, file: &str) -> String {
        let file = Path::new(file);
        let canonical = |p: &Path| std::fs::canonicalize(p).ok();
        let relative = self
            .folder
            .as_deref()
            .and_then(canonical)
            .and_then(|folder| {
                let file = canonical(file)?;
                Some(
                    file.strip_prefix(folder)
                        .ok()?
                        .to_string_lossy()
                        .replace('\\', "/"),
                )
            });
        relative.unwrap_or_else(|| {
            file.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        })
    }
}

/// The calendar of the dated rows. `stamp` is the DTSTAMP of every event:
/// a date of the roadmap (its order), never the time of the run; `days`
/// tells the working day before a deadline.
pub fn calendar(
    name: &str,
    rows: &[Row],
    stamp: NaiveDate,
    owner: &Owner,
    days: &WorkingDays,
) -> (String, usize) {
    let stamp = Utc.from_utc_datetime(&stamp.and_time(chrono::NaiveTime::MIN));
    let mut calendar = Calendar::new();
    calendar.name(&plain(name));
    let mut places: HashMap<&str, String> = HashMap::new();
    let mut uids: HashMap<String, usize> = HashMap::new();
    let mut events = 0;
    for row in rows {
        let (Some(start), Some(end)) = (row.start, row.end) else {
            continue;
        };
        let Some(after_end) = end.checked_add_days(Days::new(1)) else {
            continue;
        };
        let summary = plain(&match &row.id {
            Some(id) => format!("{id}. {}", row.title),
            None => row.title.clone(),
        });
        let mut description = Vec::new();
        description.extend(row.due.as_deref().map(plain));
        description.extend(row.responsible.as_deref().map(plain));
        let place = places
            .entry(&row.file)
            .or_insert_with(|| owner.place(&row.file));
        let mut uid = uid(&owner.organization, place, row);
        // Two activities under one number (an `id-duplicate` error): each
        // keeps an event of its own.
        let seen = uids.entry(uid.clone()).or_default();
        *seen += 1;
        if *seen > 1 {
            uid = format!("{seen}-{uid}");
        }
        let reminder = Trigger::from((reminder(end, after_end, days), Related::End));
        // The crate gives every component a DTSTAMP and a UID, the alarm too:
        // fixed ones keep the file stable.
        let alarm = Alarm::display(&summary, reminder)
            .timestamp(stamp)
            .uid(&format!("alarm-{uid}"))
            .done();
        calendar.push(
            Event::new()
                .uid(&uid)
                .timestamp(stamp)
                .starts(start)
                .ends(after_end)
                .summary(&summary)
                .description(&description.join("\n"))
                .alarm(alarm)
                .done(),
        );
        events += 1;
    }
    let text = calendar.done().to_string();
    (refold(&own_prodid(&text)), events)
}

/// Text without control characters: a bare CR, an ESC or a BEL from a
/// title breaks a calendar file's lines or a client's display.
fn plain(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The calendar's PRODID says who made it (the crate writes its own).
fn own_prodid(text: &str) -> String {
    let ours = format!("PRODID:-//mentor//mentor {}//RU", env!("CARGO_PKG_VERSION"));
    text.split_inclusive("\r\n")
        .map(|line| match line.starts_with("PRODID:") {
            true => format!("{ours}\r\n"),
            false => line.to_owned(),
        })
        .collect()
}

/// The reminder, before the end of the all-day event (midnight after its
/// last day): 09:00 on the working day before the last day.
fn reminder(last: NaiveDate, after_end: NaiveDate, days: &WorkingDays) -> chrono::Duration {
    let mut day = last.pred_opt().unwrap_or(last);
    // At most a fortnight of days off (the New Year holidays are ten).
    for _ in 0..14 {
        if days.day_off(day).is_none() {
            break;
        }
        day = day.pred_opt().unwrap_or(day);
    }
    let nine = day.and_hms_opt(9, 0, 0).unwrap_or_default();
    nine - after_end.and_time(chrono::NaiveTime::MIN)
}

/// The text with every line folded to at most 75 octets, the leading space
/// of a continuation included (RFC 5545, 3.1): the `icalendar` crate folds
/// the content to 75 and then adds the space. Folds fall between characters.
fn refold(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 32);
    for line in unfolded.split_inclusive("\r\n") {
        let mut room = 75;
        for c in line.chars() {
            if c != '\r' && c != '\n' && c.len_utf8() > room {
                out.push_str("\r\n ");
                room = 74;
            }
            out.push(c);
            room = room.saturating_sub(c.len_utf8());
        }
    }
    out
}

/// A UID from what identifies the occurrence — the organization, the
/// roadmap's name in the program folder, the activity's number (its title
/// only when it has none) and which repetition — not its dates or its
/// wording: moving a deadline or mending a title's typo updates the event
/// instead of adding another.
fn uid(organization: &str, place: &str, row: &Row) -> String {
    let what = row.id.as_deref().unwrap_or(&row.title);
    let key = format!(
        "{organization}\u{0}{place}\u{0}{what}\u{0}{}",
        row.occurrence
    );
    // FNV-1a: small, stable across Rust versions (unlike `DefaultHasher`).
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}@mentor")
}

#[cfg(test)]
mod tests {
    use super::refold;

    /// Lines of at most 75 octets, folded between characters, and unfolding
    /// gives the text back.
    #[test]
    fn lines_fit_75_octets() {
        let long = format!("SUMMARY:{}\r\nEND:VEVENT\r\n", "наставничество ".repeat(20));
        let folded = refold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded}");
        assert_eq!(folded.replace("\r\n ", ""), long);
    }
}
