//! The calendar of a roadmap: every deadline resolved, and the rules about
//! time — unreadable or unresolvable deadlines, deadlines outside the period
//! or before approval, days off, stages out of order, overdue work.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::Setting;
use super::model::{Activity, Roadmap, Section};
use crate::deadline::calendar::DayOff;
use crate::deadline::resolve::{self, Entry, Frame, Kind, Occurrence, Resolution, Unresolved};
use crate::finding::{Code, Finding, Location, Message};

/// An activity and its resolved deadline (`None` when it has none).
#[derive(Debug)]
pub struct Scheduled<'r> {
    pub section: &'r Section,
    pub activity: &'r Activity,
    pub resolution: Option<Resolution>,
}

impl Scheduled<'_> {
    pub fn stage(&self) -> Option<u8> {
        self.activity.stage_in(self.section)
    }

    /// The occurrences, when resolved.
    pub fn occurrences(&self) -> &[Occurrence] {
        match &self.resolution {
            Some(Ok(occurrences)) => occurrences,
            _ => &[],
        }
    }
}

/// Where an occurrence stands on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Done,
    Overdue,
    DueSoon,
    /// A window that contains the day and ends later than soon.
    InProgress,
    Later,
    Open,
    /// The deadline as written cannot be read (`deadline-unparsed`).
    Unreadable,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Overdue => "overdue",
            Status::DueSoon => "due-soon",
            Status::InProgress => "in-progress",
            Status::Later => "later",
            Status::Open => "open",
            Status::Unreadable => "unreadable",
        }
    }
}

/// «Due soon» is within this many days.
pub const SOON_DAYS: u64 = 14;

/// The status of one occurrence. A recurring occurrence is done when the
/// recorded completion date is not before it began.
pub fn status(o: &Occurrence, done: Option<NaiveDate>, today: NaiveDate) -> Status {
    let Some(end) = o.end else {
        return if done.is_some() {
            Status::Done
        } else {
            Status::Open
        };
    };
    let is_done = match (done, o.kind, o.start) {
        (Some(d), Kind::Recurring, Some(start)) => d >= start,
        (done, _, _) => done.is_some(),
    };
    if is_done {
        Status::Done
    } else if end < today {
        Status::Overdue
    } else if end <= today + Days::new(SOON_DAYS) {
        Status::DueSoon
    } else if o.start.is_some_and(|start| start <= today) {
        // «декабрь 2026» on 6 December: under way, not «later».
        Status::InProgress
    } else {
        Status::Later
    }
}

/// The launching order and the period a roadmap's deadlines count from:
/// the program's order, else the roadmap's approval; the roadmap's period,
/// else the program's.
pub fn frame(roadmap: &Roadmap, setting: &Setting) -> Frame {
    Frame {
        order: setting.order.or(roadmap.approved.as_ref().map(|a| a.value)),
        period: roadmap
            .period
            .as_ref()
            .map(|p| (p.start.value, p.end.value))
            .or(setting.period),
    }
}

/// Resolves every activity's deadline, in file order.
pub fn schedule<'r>(roadmap: &'r Roadmap, setting: &Setting) -> Vec<Scheduled<'r>> {
    let rows: Vec<(&Section, &Activity)> = roadmap.activities().collect();
    let entries: Vec<Entry<'_>> = rows
        .iter()
        .map(|(_, a)| Entry {
            id: a.key(),
            deadline: a.due.as_ref().and_then(|d| d.deadline.as_ref()),
            done: a.done.as_ref().map(|d| d.value),
        })
        .collect();
    let resolutions = resolve::resolve_all(&entries, frame(roadmap, setting));
    rows.into_iter()
        .zip(resolutions)
        .map(|((section, activity), resolution)| Scheduled {
            section,
            activity,
            resolution,
        })
        .collect()
}

/// Every deadline rule.
pub fn check(roadmap: &Roadmap, setting: &Setting, scheduled: &[Scheduled<'_>]) -> Vec<Finding> {
    let frame = frame(roadmap, setting);
    let approved = roadmap.approved.as_ref().map(|a| a.value).or(setting.order);
    let mut findings = Vec::new();
    for s in scheduled {
        let a = s.activity;
        let id = a.key();
        let mut push = |code, at: &Location, msg| {
            findings.push(Finding::new(code, at.clone(), msg).activity(id));
        };
        // Done on a day still to come: a typo of the year, or a plan written
        // as done — the plan would show it done all the same.
        if let (Some(today), Some(done)) = (setting.today, &a.done)
            && done.value > today
        {
            let msg = Message::new("done-in-future")
                .arg("activity", a.label())
                .arg("done", done.value)
                .arg("today", today);
            push(Code::DoneInFuture, &done.at, msg);
        }
        let Some(due) = &a.due else {
            let msg = Message::new("deadline-missing").arg("activity", a.label());
            push(Code::DeadlineMissing, &a.title.at, msg);
            continue;
        };
        let occurrences = match &s.resolution {
            None => continue,
            Some(Err(e)) => {
                if let Some((code, msg)) = unresolved(e) {
                    push(code, &due.at, msg);
                }
                continue;
            }
            Some(Ok(o)) => o,
        };
        let mut dated = occurrences
            .iter()
            .filter_map(|o| Some((o, o.start?, o.end?)));
        let mut outside = false;
        if let Some((ps, pe)) = frame.period {
            let mut once = dated.clone().filter(|(o, ..)| o.kind != Kind::Recurring);
            if let Some((_, start, end)) = once.find(|&(_, s, e)| e < ps || s > pe) {
                outside = true;
                let msg = Message::new("deadline-outside-period")
                    .arg("when", (start, end))
                    .arg("period", (ps, pe));
                push(Code::DeadlineOutsidePeriod, &due.at, msg);
            }
        }
        if let Some(approved) = approved.filter(|_| !outside)
            && let Some((_, _, end)) = dated.clone().find(|&(_, _, e)| e < approved)
        {
            let msg = Message::new("deadline-before-approval")
                .arg("end", end)
                .arg("approved", approved);
            push(Code::DeadlineBeforeApproval, &due.at, msg);
        }
        let day_off = dated
            .clone()
            .filter(|_| !outside)
            .filter(|(o, ..)| o.fixed)
            .find_map(|(_, _, end)| Some((end, setting.calendar.day_off(end)?)));
        if let Some((date, why)) = day_off {
            let holiday = if why == DayOff::Holiday { "yes" } else { "no" };
            let msg = Message::new("deadline-nonworking")
                .arg("date", date)
                .arg("holiday", holiday);
            push(Code::DeadlineNonworking, &due.at, msg);
        }
        if let Some(today) = setting.today.filter(|_| !a.done_unreadable) {
            let done = a.done.as_ref().map(|d| d.value);
            let overdue = dated.rfind(|(o, ..)| status(o, done, today) == Status::Overdue);
            if let Some((_, _, end)) = overdue {
                let msg = Message::new("overdue")
                    .arg("activity", a.label())
                    .arg("end", end);
                push(Code::Overdue, &due.at, msg);
            }
        }
    }
    check_stage_order(scheduled, frame.period, &mut findings);
    findings
}

/// The finding for a deadline that could not be resolved; `None` when the
/// cause is reported elsewhere.
fn unresolved(e: &Unresolved) -> Option<(Code, Message)> {
    Some(match e {
        Unresolved::NoOrder => (
            Code::DeadlineUnresolved,
            Message::new("deadline-unresolved-order"),
        ),
        Unresolved::NoPeriod => (
            Code::DeadlineUnresolved,
            Message::new("deadline-unresolved-period"),
        ),
        Unresolved::OutOfRange => (
            Code::DeadlineUnresolved,
            Message::new("deadline-unresolved-range"),
        ),
        Unresolved::Reversed => (Code::DeadlineUnresolved, Message::new("deadline-reversed")),
        Unresolved::OpenRef(id) => (
            Code::DeadlineUnresolved,
            Message::new("deadline-unresolved-open-ref").arg("id", id.as_str()),
        ),
        Unresolved::UnknownRef(id) => (
            Code::RefUnknown,
            Message::new("ref-unknown").arg("id", id.as_str()),
        ),
        Unresolved::Cycle(ids) => (
            Code::RefCycle,
            Message::new("ref-cycle").arg("cycle", ids.join(" → ")),
        ),
        Unresolved::Dependent => return None,
    })
}

/// The dated extent of one stage and the deadlines that set its ends.
/// A stage without a window («до 31.08.2022» says when work must end, not
/// when it begins) has no known start.
#[derive(Default)]
struct Extent<'r> {
    start: Option<(NaiveDate, &'r Location)>,
    end: Option<(NaiveDate, &'r Location)>,
}

/// `stage-order` and `stage-early-start`, on stage extents built from dated
/// one-off deadlines only: open, whole-period and recurring work does not
/// stretch a stage, nor does a deadline outside the period (reported already).
fn check_stage_order(
    scheduled: &[Scheduled<'_>],
    period: Option<(NaiveDate, NaiveDate)>,
    findings: &mut Vec<Finding>,
) {
    let mut extents: BTreeMap<u8, Extent<'_>> = BTreeMap::new();
    for s in scheduled {
        let (Some(stage), Some(due)) = (s.stage(), &s.activity.due) else {
            continue;
        };
        for o in s.occurrences() {
            let (Some(start), Some(end)) = (o.start, o.end) else {
                continue;
            };
            if period.is_some_and(|(ps, pe)| end < ps || start > pe) {
                continue;
            }
            let e = extents.entry(stage).or_default();
            match o.kind {
                Kind::Recurring | Kind::Open => continue,
                Kind::Window if e.start.is_none_or(|(s, _)| start < s) => {
                    e.start = Some((start, &due.at));
                }
                _ => {}
            }
            if e.end.is_none_or(|(e, _)| end > e) {
                e.end = Some((end, &due.at));
            }
        }
    }
    let starts: BTreeMap<u8, NaiveDate> = extents
        .iter()
        .filter_map(|(&stage, e)| Some((stage, e.start?.0)))
        .collect();
    for (&later, l) in &extents {
        // The earlier stage that begins last is the one most clearly out of order.
        let Some((&earlier, &begins)) = starts.range(..later).max_by_key(|(_, start)| **start)
        else {
            continue;
        };
        if let Some((end, at)) = l.end.filter(|(end, _)| *end < begins) {
            let msg = Message::new("stage-order")
                .arg("later", later)
                .arg("earlier", earlier)
                .arg("end", end)
                .arg("start", begins);
            findings.push(Finding::new(Code::StageOrder, at.clone(), msg).stage(later));
        } else if let Some((start, at)) = l.start.filter(|(start, _)| *start < begins) {
            let msg = Message::new("stage-early-start")
                .arg("later", later)
                .arg("earlier", earlier)
                .arg("start", start)
                .arg("earlier_start", begins);
            findings.push(Finding::new(Code::StageEarlyStart, at.clone(), msg).stage(later));
        }
    }
}
