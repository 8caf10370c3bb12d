//! Meeting regularity (`mentor meetings check`): for every pair or group
//! active on `--today`, its meetings so far, and the pairs that stopped
//! meeting (the model asks for a meeting at least every two weeks).

use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;

use crate::finding::{Code, Finding, Message};
use crate::registry::Registry;
use crate::registry::columns::Kind;
use crate::registry::model::{Id, Meeting, MeetingType, Pair};

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

fn of(pair: &Pair, m: &Meeting) -> bool {
    m.mentor_id == pair.mentor_id
        && match (&pair.mentee_id, &pair.group) {
            (_, Some(group)) if m.group.as_ref() == Some(group) => true,
            (Some(mentee), _) => m.mentee_id.as_ref() == Some(mentee),
            _ => false,
        }
}

/// Every pair or group active on `today`, with its meetings up to `today`,
/// and the findings: `meeting-gap` (more than `gap` days without a meeting),
/// `meeting-sequence` (the first meetings are not знакомство, пробная,
/// планирование in that order) and meetings dated before their pair began.
pub fn check(reg: &Registry, today: NaiveDate, gap: i64) -> (Vec<Regularity>, Vec<Finding>) {
    let mut out = Vec::new();
    let mut findings = Vec::new();
    // Meetings by mentor, and by mentee or group: one pass, not one per pair.
    let mut by_pair: HashMap<(&str, &str), Vec<&Meeting>> = HashMap::default();
    for m in &reg.meetings {
        for who in [m.mentee_id.as_deref(), m.group.as_deref()]
            .into_iter()
            .flatten()
        {
            by_pair
                .entry((m.mentor_id.as_str(), who))
                .or_default()
                .push(m);
        }
    }
    let mut groups_seen = rustc_hash::FxHashSet::default();
    let pairs_table = reg.tables.get(&Kind::Pairs);
    let meetings_table = reg.tables.get(&Kind::Meetings);
    for (index, pair) in reg.pairs.iter().enumerate() {
        let Some(start) = pair.start.filter(|_| pair.active_on(today)) else {
            continue;
        };
        if let Some(group) = &pair.group
            && !groups_seen.insert((pair.mentor_id.clone(), group.clone()))
        {
            continue; // a group is one row per mentee; report it once
        }
        let key = pair
            .group
            .as_deref()
            .or(pair.mentee_id.as_deref())
            .unwrap_or_default();
        let mut meetings: Vec<&Meeting> = by_pair
            .get(&(pair.mentor_id.as_str(), key))
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
            .filter(|m| of(pair, m))
            .collect();
        // Meetings are recorded when held: one dated later is a typo or a plan.
        for m in meetings
            .iter()
            .filter(|m| m.date.is_some_and(|d| d > today))
        {
            if let Some(table) = meetings_table {
                let msg = Message::new("meeting-in-future").arg("today", today);
                findings.push(table.finding(m.row, "date", Code::MeetingInFuture, msg));
            }
        }
        meetings.retain(|m| m.date.is_some_and(|d| d <= today));
        meetings.sort_by_key(|m| (m.date, m.row));
        for m in meetings
            .iter()
            .filter(|m| m.date.is_some_and(|d| d < start))
        {
            if let Some(table) = meetings_table {
                let msg = Message::new("meeting-before-pair").arg("start", start);
                findings.push(table.finding(m.row, "date", Code::ValueInvalid, msg));
            }
        }
        // What happened before the pair began is reported, not counted.
        meetings.retain(|m| m.date.is_some_and(|d| d >= start));
        let last = meetings.last().and_then(|m| m.date);
        let days_since = (today - last.unwrap_or(start)).num_days();
        let who = pair
            .group
            .clone()
            .or(pair.mentee_id.clone())
            .unwrap_or_default();
        if days_since > gap
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
        out.push(Regularity {
            pair: index,
            mentor_id: pair.mentor_id.clone(),
            who,
            start,
            last,
            days_since,
            held: meetings.len(),
            with_feedback: meetings.iter().filter(|m| m.feedback).count(),
        });
    }
    (out, findings)
}
