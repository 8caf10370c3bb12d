//! Meeting regularity (`mentor meetings check`): for every pair or group
//! active on `--today`, its meetings so far, and the pairs that stopped
//! meeting (the model asks for a meeting at least every two weeks).

use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;

use crate::finding::{Code, Finding, Message};
use crate::registry::Registry;
use crate::registry::columns::Kind;
use crate::registry::model::{Id, Meeting, MeetingType};

/// Days without a meeting after which a pair has stopped meeting, unless
/// `mentor.yaml` says otherwise (`meetings: {gap: N}`).
pub const GAP_DAYS: i64 = 14;

/// The gap of a program: its `meetings.gap`, else [`GAP_DAYS`].
pub fn gap(program: Option<&crate::program::Program>) -> i64 {
    program
        .and_then(|p| p.meetings.gap.as_ref())
        .map_or(GAP_DAYS, |g| i64::from(g.value))
}

/// The meetings of one active pair or group.
#[derive(Debug, Clone, PartialEq)]
pub struct Regularity {
    /// Index into the registry's pairs (the first row of a group).
    pub pair: usize,
    pub mentor_id: Id,
    /// The mentee, or the group.
    pub who: Id,
    pub start: NaiveDate,
    pub last: Option<NaiveDate>,
    /// Days since the last meeting (since the start when there was none).
    pub days_since: i64,
    pub held: usize,
    pub with_feedback: usize,
}

/// Every pair or group active on `today`, with its meetings up to `today`,
/// and the findings: `meeting-gap` (more than `gap` days without a meeting),
/// `meeting-sequence` (the first meetings are not знакомство, пробная,
/// планирование in that order) and meetings dated before their pair began.
/// Without a day (`mentor check` without `--today`: crate::as_of) every
/// pair is taken, and only the rules that need no day are applied.
pub fn check(
    reg: &Registry,
    today: Option<NaiveDate>,
    gap: i64,
) -> (Vec<Regularity>, Vec<Finding>) {
    // The pairs and groups to report, each group once (it is one row per
    // mentee), and the meetings of each: a group's are those naming the
    // group, a pair's those naming the mentee.
    let mut groups_seen = rustc_hash::FxHashSet::default();
    let mut buckets: HashMap<(&str, &str, bool), u32> = HashMap::default();
    let mut active = Vec::new(); // (pair, its start, its bucket)
    for (index, pair) in reg.pairs.iter().enumerate() {
        let Some(start) = pair
            .start
            .filter(|_| today.is_none_or(|t| pair.active_on(t)))
        else {
            continue;
        };
        if let Some(group) = &pair.group
            && !groups_seen.insert((pair.mentor_id.as_str(), group.as_str()))
        {
            continue; // a group is one row per mentee; report it once
        }
        let key = match (&pair.group, &pair.mentee_id) {
            (Some(group), _) => (pair.mentor_id.as_str(), group.as_str(), true),
            (None, mentee) => (
                pair.mentor_id.as_str(),
                mentee.as_deref().unwrap_or(""),
                false,
            ),
        };
        let next = buckets.len() as u32;
        active.push((index, start, *buckets.entry(key).or_insert(next)));
    }
    let of_meetings = meetings_by_bucket(&reg.meetings, &buckets);
    // Each pair on its own: on all cores, results in the order of the pairs.
    let parts = crate::parallel::chunks(&active, 4096, |_, active| {
        let mut out = Vec::with_capacity(active.len());
        let mut findings = Vec::new();
        for &(index, start, bucket) in active {
            let meetings = of_meetings[bucket as usize].iter();
            let meetings = meetings.map(|&m| &reg.meetings[m as usize]).collect();
            let pair = (index, start);
            out.push(regularity(reg, pair, meetings, today, gap, &mut findings));
        }
        (out, findings)
    });
    let mut out = Vec::with_capacity(active.len());
    let mut findings = Vec::new();
    for (o, f) in parts {
        out.extend(o);
        findings.extend(f);
    }
    (out, findings)
}

/// The meetings of each bucket (row positions, in row order): looked up on
/// all cores, then gathered in one pass.
fn meetings_by_bucket(
    meetings: &[Meeting],
    buckets: &HashMap<(&str, &str, bool), u32>,
) -> Vec<Vec<u32>> {
    let found = crate::parallel::chunks(meetings, 65_536, |first, chunk| {
        let mut found = Vec::new();
        for (i, m) in chunk.iter().enumerate() {
            let mentor = m.mentor_id.as_str();
            let keys = [(m.mentee_id.as_deref(), false), (m.group.as_deref(), true)];
            for (who, group) in keys {
                if let Some(&b) = who.and_then(|who| buckets.get(&(mentor, who, group))) {
                    found.push((b, (first + i) as u32));
                }
            }
        }
        found
    });
    let mut of_bucket = vec![Vec::new(); buckets.len()];
    for (bucket, meeting) in found.into_iter().flatten() {
        of_bucket[bucket as usize].push(meeting);
    }
    of_bucket
}

/// One active pair or group (its index and start) with its `meetings` (in row order), and its
/// findings: `meeting-gap` (more than `gap` days without a meeting),
/// `meeting-sequence` (the first meetings are not знакомство, пробная,
/// планирование in that order) and meetings dated before their pair began
/// or after `today`.
fn regularity(
    reg: &Registry,
    (index, start): (usize, NaiveDate),
    mut meetings: Vec<&Meeting>,
    today: Option<NaiveDate>,
    gap: i64,
    findings: &mut Vec<Finding>,
) -> Regularity {
    let pair = &reg.pairs[index];
    let who = pair
        .group
        .clone()
        .or(pair.mentee_id.clone())
        .unwrap_or_default();
    let pairs_table = reg.tables.get(&Kind::Pairs);
    let meetings_table = reg.tables.get(&Kind::Meetings);
    // Meetings are recorded when held: one dated later is a typo or a plan.
    let later = |m: &Meeting| today.is_some_and(|t| m.date.is_some_and(|d| d > t));
    for m in meetings.iter().filter(|m| later(m)) {
        if let (Some(table), Some(today)) = (meetings_table, today) {
            let msg = Message::new("meeting-in-future")
                .arg("mentor", pair.mentor_id.as_str())
                .arg("who", who.as_str())
                .arg("today", today);
            findings.push(table.finding(m.row, "date", Code::MeetingInFuture, msg));
        }
    }
    meetings.retain(|m| m.date.is_some() && !later(m));
    meetings.sort_by_key(|m| (m.date, m.row));
    for m in meetings
        .iter()
        .filter(|m| m.date.is_some_and(|d| d < start))
    {
        if let Some(table) = meetings_table {
            let msg = Message::new("meeting-before-pair")
                .arg("mentor", pair.mentor_id.as_str())
                .arg("who", who.as_str())
                .arg("start", start);
            findings.push(table.finding(m.row, "date", Code::ValueInvalid, msg));
        }
    }
    // What happened before the pair began is reported, not counted.
    meetings.retain(|m| m.date.is_some_and(|d| d >= start));
    let last = meetings.last().and_then(|m| m.date);
    let days_since = today.map_or(0, |t| (t - last.unwrap_or(start)).num_days());
    if today.is_some()
        && days_since > gap
        && let Some(table) = pairs_table
    {
        let msg = Message::new("meeting-gap")
            .arg("mentor", pair.mentor_id.as_str())
            .arg("who", who.as_str())
            .arg("days", days_since.max(0) as usize)
            .arg("gap", gap.max(0) as usize);
        findings.push(table.finding(pair.row, "mentor_id", Code::MeetingGap, msg));
    }
    let first: Vec<MeetingType> = meetings.iter().filter_map(|m| m.kind).take(3).collect();
    let expected = [
        MeetingType::Introduction,
        MeetingType::Trial,
        MeetingType::Planning,
    ];
    if !first.is_empty()
        && first[..] != expected[..first.len()]
        && let Some(table) = pairs_table
    {
        let msg = Message::new("meeting-sequence")
            .arg("mentor", pair.mentor_id.as_str())
            .arg("who", who.as_str());
        findings.push(table.finding(pair.row, "mentor_id", Code::MeetingSequence, msg));
    }
    Regularity {
        pair: index,
        mentor_id: pair.mentor_id.clone(),
        who,
        start,
        last,
        days_since,
        held: meetings.len(),
        with_feedback: meetings.iter().filter(|m| m.feedback).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Pairs `(mentor, mentee, group, start day, end day)` and meetings
    /// `(mentor, mentee, group, day, type)` of November 2025, read as CSV.
    type PairRow = (u8, u8, Option<u8>, u8, Option<u8>);
    type MeetingRow = (u8, Option<u8>, Option<u8>, u8, u8);

    fn registry(pairs: &[PairRow], meetings: &[MeetingRow]) -> Registry {
        let day = |d: u8| format!("2025-11-{:02}", d % 30 + 1);
        let mut p = String::from("mentor_id,mentee_id,form,start,group,end\n");
        for &(mentor, mentee, group, start, end) in pairs {
            let group = group.map(|g| format!("G{g}")).unwrap_or_default();
            let end = end.map(day).unwrap_or_default();
            let start = day(start);
            p += &format!("M{mentor},S{mentee},учитель – ученик,{start},{group},{end}\n");
        }
        let mut m = String::from("mentor_id,mentee_id,group,date,type,feedback\n");
        let types = ["знакомство", "пробная", "планирование", "встреча"];
        for &(mentor, mentee, group, date, kind) in meetings {
            let mentee = mentee.map(|s| format!("S{s}")).unwrap_or_default();
            let group = group.map(|g| format!("G{g}")).unwrap_or_default();
            let (date, kind) = (day(date), types[usize::from(kind % 4)]);
            m += &format!(
                "M{mentor},{mentee},{group},{date},{kind},{}\n",
                kind.len() % 2
            );
        }
        let files = [(Kind::Pairs, p), (Kind::Meetings, m)]
            .map(|(k, t)| (k, k.file().into(), t.into_bytes()))
            .to_vec();
        Registry::read(files).0
    }

    /// The definition, pair by pair over all meetings: (pair, last meeting,
    /// meetings held, with feedback).
    fn reference(
        reg: &Registry,
        today: NaiveDate,
    ) -> Vec<(usize, Option<NaiveDate>, usize, usize)> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (index, pair) in reg.pairs.iter().enumerate() {
            let Some(start) = pair.start.filter(|_| pair.active_on(today)) else {
                continue;
            };
            if pair.group.is_some() {
                if seen.contains(&(&pair.mentor_id, &pair.group)) {
                    continue;
                }
                seen.push((&pair.mentor_id, &pair.group));
            }
            let held: Vec<&Meeting> = reg
                .meetings
                .iter()
                .filter(|m| m.mentor_id == pair.mentor_id)
                .filter(|m| match &pair.group {
                    Some(group) => m.group.as_ref() == Some(group),
                    None => m.mentee_id == pair.mentee_id,
                })
                .filter(|m| m.date.is_some_and(|d| start <= d && d <= today))
                .collect();
            let last = held.iter().filter_map(|m| m.date).max();
            let feedback = held.iter().filter(|m| m.feedback).count();
            out.push((index, last, held.len(), feedback));
        }
        out
    }

    fn pair_row() -> impl Strategy<Value = PairRow> {
        let group = proptest::option::weighted(0.3, 0..2u8);
        (
            0..3u8,
            0..4u8,
            group,
            0..30u8,
            proptest::option::weighted(0.2, 0..30u8),
        )
    }

    fn meeting_row() -> impl Strategy<Value = MeetingRow> {
        let mentee = proptest::option::weighted(0.8, 0..4u8);
        let group = proptest::option::weighted(0.3, 0..2u8);
        (0..3u8, mentee, group, 0..30u8, 0..4u8)
    }

    proptest! {
        /// Each active pair or group gets exactly its own meetings.
        #[test]
        fn each_pair_gets_its_own_meetings(
            pairs in proptest::collection::vec(pair_row(), 0..20),
            meetings in proptest::collection::vec(meeting_row(), 0..80),
            today in 0..30u8,
        ) {
            let reg = registry(&pairs, &meetings);
            let today = NaiveDate::from_ymd_opt(2025, 11, u32::from(today) + 1).unwrap();
            let (rows, _) = check(&reg, Some(today), 3);
            let got: Vec<_> = rows.iter().map(|r| (r.pair, r.last, r.held, r.with_feedback)).collect();
            prop_assert_eq!(got, reference(&reg, today));
        }
    }

    /// A region's pairs are split over the cores; results and findings
    /// still come in the order of the pairs.
    #[test]
    fn many_pairs_come_back_in_order() {
        let pairs: Vec<PairRow> = (0..12_000u32)
            .map(|i| ((i % 3) as u8, (i % 4) as u8, None, (i % 30) as u8, None))
            .collect();
        let meetings: Vec<MeetingRow> = (0..3_000u32)
            .map(|i| {
                (
                    (i % 3) as u8,
                    Some((i % 4) as u8),
                    None,
                    (i % 30) as u8,
                    (i % 4) as u8,
                )
            })
            .collect();
        let reg = registry(&pairs, &meetings);
        let today = NaiveDate::from_ymd_opt(2025, 11, 30).unwrap();
        let (rows, findings) = check(&reg, Some(today), 3);
        let got: Vec<_> = rows
            .iter()
            .map(|r| (r.pair, r.last, r.held, r.with_feedback))
            .collect();
        assert_eq!(got, reference(&reg, today));
        let lines: Vec<usize> = findings
            .iter()
            .filter(|f| f.location.file.ends_with("pairs.csv"))
            .map(|f| f.location.line)
            .collect();
        assert!(lines.is_sorted(), "findings in the order of the pairs");
        assert!(lines.len() > 8_192, "{} findings", lines.len());
    }

    /// Without a day only the rules that need none are applied: the order
    /// of the first meetings and meetings before their pair began, for
    /// every pair; never a gap or a meeting "in the future".
    #[test]
    fn without_a_day_only_the_dateless_rules() {
        let p = "mentor_id,mentee_id,start\nM1,S1,2025-09-01\nM2,S2,2020-01-01\n";
        let m = "mentor_id,mentee_id,date,type\n\
                 M1,S1,2025-08-01,знакомство\n\
                 M1,S1,2099-01-01,планирование\n";
        let files = [(Kind::Pairs, p), (Kind::Meetings, m)]
            .map(|(k, t)| (k, k.file().into(), t.as_bytes().to_vec()))
            .to_vec();
        let reg = Registry::read(files).0;
        let codes = |day| {
            let mut codes: Vec<Code> = check(&reg, day, 14).1.iter().map(|f| f.code).collect();
            codes.sort();
            codes
        };
        assert_eq!(
            codes(None),
            [Code::ValueInvalid, Code::MeetingSequence],
            "before the pair; планирование first"
        );
        let day = NaiveDate::from_ymd_opt(2025, 12, 1);
        assert!(codes(day).contains(&Code::MeetingGap));
        assert!(codes(day).contains(&Code::MeetingInFuture));
    }
}
