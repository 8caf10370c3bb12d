//! The roadmap calendar as iCalendar (RFC 5545) for any calendar client:
//! all-day events (DTEND is the day after the last day — the icalendar
//! crate's `all_day` would end them on the first day), UIDs that stay the
//! same from run to run, a fixed DTSTAMP so the file diffs cleanly in git,
//! and a reminder a week before each deadline.

use chrono::{Days, NaiveDate, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Related, Trigger};

use mentor_core::roadmap::plan::Row;

/// The calendar of the dated rows. `stamp` is the DTSTAMP of every event:
/// a date of the roadmap (its order), never the time of the run.
pub fn calendar(name: &str, rows: &[Row], stamp: NaiveDate) -> (String, usize) {
    let stamp = Utc.from_utc_datetime(&stamp.and_time(chrono::NaiveTime::MIN));
    let mut calendar = Calendar::new();
    calendar.name(name);
    let mut events = 0;
    for row in rows {
        let (Some(start), Some(end)) = (row.start, row.end) else {
            continue;
        };
        let Some(after_end) = end.checked_add_days(Days::new(1)) else {
            continue;
        };
        let summary = match &row.id {
            Some(id) => format!("{id}. {}", row.title),
            None => row.title.clone(),
        };
        let mut description = Vec::new();
        description.extend(row.due.clone());
        description.extend(row.responsible.clone());
        let uid = uid(row);
        let reminder = Trigger::from((-chrono::Duration::days(7), Related::End));
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
    (refold(&calendar.done().to_string()), events)
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

/// A UID from what identifies the occurrence (file, number, title, which
/// repetition), not its dates: moving a deadline updates the event instead
/// of adding another. The title tells apart two activities that share a number.
fn uid(row: &Row) -> String {
    let id = row.id.as_deref().unwrap_or_default();
    let key = format!(
        "{}\u{0}{id}\u{0}{}\u{0}{}",
        row.file, row.title, row.occurrence
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
