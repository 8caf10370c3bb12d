//! Resolution: every deadline of a roadmap placed on the calendar. Relative
//! deadlines are resolved in dependency order (Kahn's algorithm, so a
//! 100,000-long chain needs no deep recursion); references to unknown
//! activities and cycles are reported, never guessed.

use std::collections::HashMap;

use chrono::{Datelike, Days, Months, NaiveDate};

use super::{Anchor, Day, Deadline, Every, Month, Spec, YEARS};

/// What resolution starts from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Frame {
    /// The launching order's date: the anchor of «… после издания приказа».
    pub order: Option<NaiveDate>,
    /// The roadmap's period, both ends inclusive.
    pub period: Option<(NaiveDate, NaiveDate)>,
}

/// The kind of an occurrence, as `roadmap plan` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Date,
    Window,
    Checkpoint,
    Recurring,
    Open,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Window => "window",
            Kind::Checkpoint => "checkpoint",
            Kind::Recurring => "recurring",
            Kind::Open => "open",
        }
    }
}

/// One occurrence of a deadline: a day or a window (inclusive), or no dates at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub kind: Kind,
    /// A day written as a date («до 15 сентября»), not computed.
    pub fixed: bool,
}

/// Why a deadline could not be placed on the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    /// Counts from the launching order, whose date is unknown.
    NoOrder,
    /// A month or day without a year, or a recurrence, needs the period.
    NoPeriod,
    /// The dates fall outside the years the tool knows.
    OutOfRange,
    /// The window ends before it starts.
    Reversed,
    /// Counts from an activity that is not in the roadmap.
    UnknownRef(String),
    /// Counts from an activity that has no end date of its own.
    OpenRef(String),
    /// Part of a cycle: the ids around it, starting and ending with this activity.
    Cycle(Vec<String>),
    /// Depends on a deadline that could not be resolved (reported there).
    Dependent,
}

/// The activity facts resolution needs.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub id: Option<&'a str>,
    pub deadline: Option<&'a Deadline>,
    /// The recorded completion date: what «после … (п. N)» counts from when known.
    pub done: Option<NaiveDate>,
}

pub type Resolution = Result<Vec<Occurrence>, Unresolved>;

/// At most this many occurrences of one deadline (monthly for 300 years).
const MAX_OCCURRENCES: usize = 3600;

/// Resolves every entry; `None` for entries without a deadline.
pub fn resolve_all(entries: &[Entry<'_>], frame: Frame) -> Vec<Option<Resolution>> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if let Some(id) = e.id {
            index.entry(id).or_insert(i);
        }
    }
    let n = entries.len();
    let mut results: Vec<Option<Resolution>> = vec![None; n];
    let mut deps: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, e) in entries.iter().enumerate() {
        let Some(deadline) = e.deadline else { continue };
        for id in deadline.references() {
            match index.get(id) {
                Some(&j) => {
                    deps[i].push(j);
                    dependents[j].push(i);
                }
                None => results[i] = Some(Err(Unresolved::UnknownRef(id.to_owned()))),
            }
        }
    }
    let mut waiting: Vec<usize> = deps.iter().map(Vec::len).collect();
    let mut ready: Vec<usize> = (0..n).filter(|&i| waiting[i] == 0).collect();
    let mut processed = vec![false; n];
    while let Some(i) = ready.pop() {
        processed[i] = true;
        if results[i].is_none()
            && let Some(deadline) = entries[i].deadline
        {
            let anchor = |a: &Anchor| match a {
                Anchor::Order => frame.order.ok_or(Unresolved::NoOrder),
                Anchor::Activity(id) => {
                    let j = index[id.as_str()];
                    if let Some(done) = entries[j].done {
                        return Ok(done);
                    }
                    match &results[j] {
                        Some(Ok(occurrences)) => occurrences
                            .first()
                            .and_then(|o| o.end)
                            .ok_or_else(|| Unresolved::OpenRef(id.clone())),
                        Some(Err(_)) => Err(Unresolved::Dependent),
                        None => Err(Unresolved::OpenRef(id.clone())),
                    }
                }
            };
            results[i] = Some(resolve(deadline, frame, &anchor));
        }
        for &k in &dependents[i] {
            waiting[k] -= 1;
            if waiting[k] == 0 {
                ready.push(k);
            }
        }
    }
    mark_cycles(entries, &deps, &processed, &mut results);
    results
}

/// Entries left unprocessed are on a cycle or depend on one. Each cycle is
/// reported once, at its first member in file order.
fn mark_cycles(
    entries: &[Entry<'_>],
    deps: &[Vec<usize>],
    processed: &[bool],
    results: &mut [Option<Resolution>],
) {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        OnPath,
        Done,
    }
    let mut state: Vec<State> = processed
        .iter()
        .map(|&p| if p { State::Done } else { State::New })
        .collect();
    for start in 0..entries.len() {
        if state[start] != State::New {
            continue;
        }
        let mut path = vec![start];
        state[start] = State::OnPath;
        loop {
            let last = path[path.len() - 1];
            // Every unprocessed entry waits on an unprocessed dependency.
            let Some(&next) = deps[last].iter().find(|&&j| !processed[j]) else {
                break;
            };
            match state[next] {
                State::New => {
                    state[next] = State::OnPath;
                    path.push(next);
                }
                State::OnPath => {
                    let from = path.iter().position(|&p| p == next).unwrap_or(0);
                    let cycle = &path[from..];
                    let first = cycle.iter().copied().min().unwrap_or(next);
                    let at = cycle.iter().position(|&p| p == first).unwrap_or(0);
                    let mut ids: Vec<String> = cycle[at..]
                        .iter()
                        .chain(&cycle[..at])
                        .map(|&i| entries[i].id.unwrap_or("?").to_owned())
                        .collect();
                    ids.push(ids[0].clone());
                    results[first] = Some(Err(Unresolved::Cycle(ids)));
                    break;
                }
                State::Done => break,
            }
        }
        for &p in &path {
            state[p] = State::Done;
            if results[p].is_none() && entries[p].deadline.is_some() {
                results[p] = Some(Err(Unresolved::Dependent));
            }
        }
    }
}

/// Resolves one deadline, given how to date its anchors.
pub fn resolve(
    deadline: &Deadline,
    frame: Frame,
    anchor: &dyn Fn(&Anchor) -> Result<NaiveDate, Unresolved>,
) -> Resolution {
    let mut out = Vec::new();
    for item in &deadline.items {
        spec(item, frame, anchor, &mut out)?;
    }
    if let Some(every) = deadline.then {
        repeat(&mut out, every, frame)?;
    }
    if deadline.checkpoint {
        for o in &mut out {
            if matches!(o.kind, Kind::Date | Kind::Window) {
                o.kind = Kind::Checkpoint;
            }
        }
    }
    if out
        .iter()
        .any(|o| o.start.zip(o.end).is_some_and(|(s, e)| e < s))
    {
        return Err(Unresolved::Reversed);
    }
    Ok(out)
}

fn spec(
    spec: &Spec,
    frame: Frame,
    anchor: &dyn Fn(&Anchor) -> Result<NaiveDate, Unresolved>,
    out: &mut Vec<Occurrence>,
) -> Result<(), Unresolved> {
    let dated = |start, end, kind| Occurrence {
        start: Some(start),
        end: Some(end),
        kind,
        fixed: false,
    };
    match spec {
        Spec::Date(day) => {
            let date = match day.year {
                Some(y) => ymd(y, day.month, day.day)?,
                None => first_day_on_or_after(*day, period(frame)?.0)?,
            };
            out.push(Occurrence {
                fixed: true,
                ..dated(date, date, Kind::Date)
            });
        }
        Spec::Months { from, to } => {
            let (start, end) = months_window(*from, *to, frame)?;
            out.push(dated(start, end, Kind::Window));
        }
        Spec::Window {
            anchor: a,
            first,
            last,
        } => {
            let a = anchor(a)?;
            let start = add_months(a, first - 1)?;
            let end = checked(months_after(a, *last).and_then(|d| d.pred_opt()))?;
            out.push(dated(start, end, Kind::Window));
        }
        Spec::Point {
            anchor: a,
            half_months,
        } => {
            let date = add_months(anchor(a)?, half_months / 2)?;
            let date = if half_months % 2 == 1 {
                checked(date.checked_add_days(Days::new(15)))?
            } else {
                date
            };
            out.push(dated(date, date, Kind::Checkpoint));
        }
        Spec::Days {
            anchor: a,
            days,
            working,
        } => {
            let start = anchor(a)?;
            let end = if *working {
                let calendar = super::calendar::Calendar::default();
                let mut day = start;
                let mut left = *days;
                while left > 0 {
                    day = checked(day.succ_opt())?;
                    left -= u32::from(calendar.day_off(day).is_none());
                }
                day
            } else {
                checked(start.checked_add_days(Days::new(u64::from(*days))))?
            };
            out.push(dated(start, end, Kind::Window));
        }
        Spec::Until {
            anchor: a,
            months,
            to,
        } => {
            let start = add_months(anchor(a)?, *months)?;
            let end = match to.year {
                Some(y) => last_of_month(y, to.month)?,
                None => {
                    let this = last_of_month(start.year(), to.month)?;
                    if this >= start {
                        this
                    } else {
                        last_of_month(start.year() + 1, to.month)?
                    }
                }
            };
            // «до декабря 2024» is a bound: when the anchor (e.g. a late
            // completion of the activity it counts from) passes it, the
            // work is due on the bound itself.
            out.push(dated(start.min(end), end, Kind::Window));
        }
        Spec::Every { every, at } => {
            let (ps, pe) = period(frame)?;
            let start = out.len();
            match (every, at.as_deref()) {
                (Every::Year, Some(Spec::Date(day))) => {
                    for y in ps.year()..=pe.year() {
                        // 29 February falls on leap years only.
                        if let Some(date) = NaiveDate::from_ymd_opt(y, day.month, day.day)
                            && (ps..=pe).contains(&date)
                        {
                            out.push(Occurrence {
                                fixed: true,
                                ..dated(date, date, Kind::Recurring)
                            });
                        }
                    }
                }
                (Every::Year, Some(Spec::Months { from, to })) => {
                    let wraps = i32::from(from.month > to.month);
                    for y in ps.year() - wraps..=pe.year() {
                        // A window that crosses the calendar's edge (from
                        // November 1899) is the part of it in the period.
                        let s = ymd(y, from.month, 1).unwrap_or(ps);
                        let e = last_of_month(y + wraps, to.month).unwrap_or(pe);
                        if e >= ps && s <= pe {
                            out.push(dated(s, e, Kind::Recurring));
                        }
                    }
                }
                (every, _) => {
                    let (first, step) = match every {
                        Every::Year => (ps, 12),
                        Every::HalfYear => (ymd(ps.year(), (ps.month() - 1) / 6 * 6 + 1, 1)?, 6),
                        Every::Quarter => (ymd(ps.year(), (ps.month() - 1) / 3 * 3 + 1, 1)?, 3),
                        Every::Month => (ymd(ps.year(), ps.month(), 1)?, 1),
                    };
                    let mut s = first;
                    while s <= pe && out.len() - start < MAX_OCCURRENCES {
                        let Some(next) = months_after(s, step) else {
                            break;
                        };
                        let e = checked(next.pred_opt()).map_or(pe, |e| e.min(pe));
                        out.push(dated(s.max(ps), e, Kind::Recurring));
                        s = next;
                    }
                }
            }
        }
        Spec::Open(_) => out.push(Occurrence {
            start: None,
            end: None,
            kind: Kind::Open,
            fixed: false,
        }),
        Spec::PeriodEnd => {
            let (_, pe) = period(frame)?;
            out.push(dated(ymd(pe.year(), pe.month(), 1)?, pe, Kind::Window));
        }
    }
    Ok(())
}

/// «…, далее ежегодно / ежемесячно»: the windows that follow the first one
/// until the period ends. A year repeats the same dates; a month or quarter
/// follows on from the day after the previous window.
fn repeat(out: &mut Vec<Occurrence>, every: Every, frame: Frame) -> Result<(), Unresolved> {
    let (_, pe) = period(frame)?;
    let Some(first) = out.last().copied() else {
        return Ok(());
    };
    let (Some(s0), Some(e0)) = (first.start, first.end) else {
        return Ok(());
    };
    for o in out.iter_mut() {
        o.kind = Kind::Recurring;
    }
    let step = match every {
        Every::Year => 12,
        Every::HalfYear => 6,
        Every::Quarter => 3,
        Every::Month => 1,
    };
    let mut e = e0;
    for k in 1..=MAX_OCCURRENCES as u32 {
        let (start, end) = match every {
            Every::Year => (add_months(s0, step * k), months_after(e0, step * k)),
            _ => {
                let start = checked(e.succ_opt());
                let end = start
                    .as_ref()
                    .ok()
                    .and_then(|s| months_after(*s, step)?.pred_opt());
                (start, end)
            }
        };
        // The period ends by 2199: a window past the calendar is past it,
        // and one the calendar's edge cuts ends with the period.
        let Ok(s) = start else {
            break;
        };
        if s > pe {
            break;
        }
        e = checked(end).unwrap_or(pe);
        out.push(Occurrence {
            start: Some(s),
            end: Some(e),
            kind: Kind::Recurring,
            fixed: first.fixed,
        });
    }
    Ok(())
}

fn period(frame: Frame) -> Result<(NaiveDate, NaiveDate), Unresolved> {
    frame.period.ok_or(Unresolved::NoPeriod)
}

fn checked(date: Option<NaiveDate>) -> Result<NaiveDate, Unresolved> {
    date.filter(|d| YEARS.contains(&d.year()))
        .ok_or(Unresolved::OutOfRange)
}

fn ymd(y: i32, m: u32, d: u32) -> Result<NaiveDate, Unresolved> {
    checked(NaiveDate::from_ymd_opt(y, m, d))
}

fn add_months(date: NaiveDate, months: u32) -> Result<NaiveDate, Unresolved> {
    checked(months_after(date, months))
}

/// A date on the way may pass the calendar's edge (the month after December
/// 2199 ends a window in December): only the dates a deadline ends up with
/// must lie inside it.
fn months_after(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(months))
}

fn last_of_month(y: i32, m: u32) -> Result<NaiveDate, Unresolved> {
    let first = NaiveDate::from_ymd_opt(y, m, 1);
    checked(
        first
            .and_then(|f| months_after(f, 1))
            .and_then(|d| d.pred_opt()),
    )
}

/// The first such day on or after `from` (a yearless date in the period).
fn first_day_on_or_after(day: Day, from: NaiveDate) -> Result<NaiveDate, Unresolved> {
    (from.year()..=from.year() + 4)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, day.month, day.day))
        .find(|d| *d >= from)
        .ok_or(Unresolved::OutOfRange)
        .and_then(|d| checked(Some(d)))
}

/// A range of months; without years, its first occurrence that ends on or
/// after the start of the period (domain page §7).
fn months_window(
    from: Month,
    to: Month,
    frame: Frame,
) -> Result<(NaiveDate, NaiveDate), Unresolved> {
    if let (Some(fy), Some(ty)) = (from.year, to.year) {
        return Ok((ymd(fy, from.month, 1)?, last_of_month(ty, to.month)?));
    }
    let (ps, _) = period(frame)?;
    let wraps = i32::from(from.month > to.month);
    for y in ps.year() - 1..=ps.year() + 1 {
        // December 1899 is no candidate for a period from 1900.
        let Ok(end) = last_of_month(y + wraps, to.month) else {
            continue;
        };
        if end >= ps {
            return Ok((ymd(y, from.month, 1)?, end));
        }
    }
    Err(Unresolved::OutOfRange)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::deadline::arbitrary::deadline;
    use crate::deadline::phrase;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// The regional roadmap: order of 03.04.2020, period to the end of 2024.
    fn frame() -> Frame {
        Frame {
            order: Some(day(2020, 4, 3)),
            period: Some((day(2020, 4, 3), day(2024, 12, 31))),
        }
    }

    type Windows = Vec<(NaiveDate, NaiveDate, Kind)>;

    fn windows(text: &str, frame: Frame) -> Windows {
        let d = phrase::parse(text).unwrap();
        let occ = resolve(&d, frame, &|a| match a {
            Anchor::Order => frame.order.ok_or(Unresolved::NoOrder),
            Anchor::Activity(_) => Ok(day(2020, 8, 2)),
        })
        .unwrap();
        occ.iter()
            .map(|o| (o.start.unwrap(), o.end.unwrap(), o.kind))
            .collect()
    }

    #[test]
    fn recurring_deadlines_stay_in_the_period() {
        let f = frame();
        let yearly = windows("Декабрь 2021 года, далее ежегодно", f);
        assert_eq!(yearly.len(), 4);
        assert_eq!(yearly[3].0, day(2024, 12, 1));
        let yearly = windows("Ежегодно до 15 сентября", f);
        assert_eq!(yearly.len(), 5);
        let monthly = windows(
            "в течение третьего и четвертого месяца, далее – ежемесячно",
            f,
        );
        assert_eq!(
            monthly[0],
            (day(2020, 6, 3), day(2020, 8, 2), Kind::Recurring)
        );
        assert_eq!(
            monthly[1],
            (day(2020, 8, 3), day(2020, 9, 2), Kind::Recurring)
        );
        assert!(monthly.iter().all(|w| w.0 <= day(2024, 12, 31)));
        let quarterly = windows("Ежеквартально", f);
        assert_eq!(
            quarterly[0],
            (day(2020, 4, 3), day(2020, 6, 30), Kind::Recurring)
        );
        assert_eq!(quarterly.len(), 19);
    }

    fn entry<'a>(id: &'a str, deadline: &'a Deadline) -> Entry<'a> {
        Entry {
            id: Some(id),
            deadline: Some(deadline),
            done: None,
        }
    }

    #[test]
    fn references_resolve_in_order_and_cycles_are_named() {
        let order = phrase::parse("в течение первого месяца после издания приказа").unwrap();
        let after = |id: &str| {
            phrase::parse(&format!("в течение месяца после издания приказа (п. {id})")).unwrap()
        };
        let (a2, a3) = (after("2"), after("1"));
        let entries = [entry("3", &a2), entry("1", &order), entry("2", &a3)];
        let results = resolve_all(&entries, frame());
        let end = |i: usize| results[i].clone().unwrap().unwrap()[0].end.unwrap();
        assert_eq!(end(1), day(2020, 5, 2));
        assert_eq!(end(2), day(2020, 6, 1));
        assert_eq!(end(0), day(2020, 6, 30));

        let (x, y, z, q) = (after("7.2"), after("7.3"), after("7.1"), after("9.9"));
        let looped = [
            entry("7.1", &x),
            entry("7.2", &y),
            entry("7.3", &z),
            entry("7.4", &q),
        ];
        let results = resolve_all(&looped, frame());
        let cycle = ["7.1", "7.2", "7.3", "7.1"].map(String::from).to_vec();
        assert_eq!(results[0], Some(Err(Unresolved::Cycle(cycle))));
        assert_eq!(results[1], Some(Err(Unresolved::Dependent)));
        assert_eq!(results[3], Some(Err(Unresolved::UnknownRef("9.9".into()))));
    }

    #[test]
    fn a_long_chain_resolves_without_recursion() {
        let first = phrase::parse("в течение первого месяца после издания приказа").unwrap();
        let ids: Vec<String> = (0..1000).map(|i| format!("1.{i}")).collect();
        let links: Vec<Deadline> = (1..1000)
            .map(|i| {
                phrase::parse(&format!(
                    "КТ – полмесяца после издания приказа (п. 1.{})",
                    i - 1
                ))
                .unwrap()
            })
            .collect();
        let mut entries = vec![entry(&ids[0], &first)];
        entries.extend(links.iter().zip(&ids[1..]).map(|(d, id)| entry(id, d)));
        let frame = Frame {
            period: Some((day(2020, 1, 1), day(2199, 12, 31))),
            ..frame()
        };
        let results = resolve_all(&entries, frame);
        assert!(results.iter().all(|r| matches!(r, Some(Ok(_)))));
    }

    /// Every deadline phrase of the seeds and of domain page §7, resolved
    /// with the regional roadmap's order (03.04.2020) and period (to 2024),
    /// activity 4.1 ending on 02.09.2020: the first occurrence, its kind,
    /// and how many occurrences there are.
    #[test]
    fn every_phrase_of_the_seeds_resolves() {
        let f = frame();
        let cases = [
            ("до 10.10.2020 г.", "2020-10-10..2020-10-10 date ×1"),
            ("До 31.08.2022г.", "2022-08-31..2022-08-31 date ×1"),
            ("до 20 января", "2021-01-20..2021-01-20 date ×1"),
            ("26 ноября", "2020-11-26..2020-11-26 date ×1"),
            ("Январь 2022г.", "2022-01-01..2022-01-31 window ×1"),
            ("Ноябрь-декабрь", "2020-11-01..2020-12-31 window ×1"),
            (
                "Сентябрь-декабрь 2021 г.",
                "2021-09-01..2021-12-31 window ×1",
            ),
            ("январь-март", "2021-01-01..2021-03-31 window ×1"),
            ("декабрь", "2020-12-01..2020-12-31 window ×1"),
            ("Май", "2020-05-01..2020-05-31 window ×1"),
            ("Июнь", "2020-06-01..2020-06-30 window ×1"),
            ("Ноябрь 2022", "2022-11-01..2022-11-30 window ×1"),
            ("Сентябрь-ноябрь 2022", "2022-09-01..2022-11-30 window ×1"),
            (
                "в течение первого – второго месяца после издания приказа (приказ от 03.04.2020 № 100-302)",
                "2020-04-03..2020-06-02 window ×1",
            ),
            (
                "в течение первого-второго месяца",
                "2020-04-03..2020-06-02 window ×1",
            ),
            (
                "в течение первого месяца после издания приказа",
                "2020-04-03..2020-05-02 window ×1",
            ),
            (
                "в течение третьего и четвертого месяца",
                "2020-06-03..2020-08-02 window ×1",
            ),
            (
                "в течение четвертого и пятого месяца после издания приказа",
                "2020-07-03..2020-09-02 window ×1",
            ),
            (
                "в течение пятого месяца",
                "2020-08-03..2020-09-02 window ×1",
            ),
            (
                "в течение шестого месяца",
                "2020-09-03..2020-10-02 window ×1",
            ),
            (
                "КТ – два с половиной месяца после издания приказа",
                "2020-06-18..2020-06-18 checkpoint ×1",
            ),
            (
                "Контрольная точка (далее – КТ) – два с половиной месяца после издания приказа",
                "2020-06-18..2020-06-18 checkpoint ×1",
            ),
            (
                "КТ - четыре месяца после издания приказа (приказ от 03.04.2020 № 100-302)",
                "2020-08-03..2020-08-03 checkpoint ×1",
            ),
            (
                "КТ – пять месяцев после издания приказа",
                "2020-09-03..2020-09-03 checkpoint ×1",
            ),
            (
                "КТ – шесть месяцев после издания приказа",
                "2020-10-03..2020-10-03 checkpoint ×1",
            ),
            ("КТ – 15 декабря", "2020-12-15..2020-12-15 checkpoint ×1"),
            (
                "в течение месяца после издания приказа (п. 4.1)",
                "2020-09-02..2020-10-01 window ×1",
            ),
            (
                "в течение месяца после издания приказа об утверждении реестра наставников (п. 4.1)",
                "2020-09-02..2020-10-01 window ×1",
            ),
            (
                "от месяца после издания приказа (п. 4.1) до декабря (срок завершения программы)",
                "2020-10-02..2020-12-31 window ×1",
            ),
            ("Ежегодно", "2020-04-03..2021-04-02 recurring ×5"),
            (
                "Ежегодно до 15 сентября",
                "2020-09-15..2020-09-15 recurring ×5",
            ),
            ("Ежегодно до 30.08.", "2020-08-30..2020-08-30 recurring ×5"),
            ("Ежегодно Май", "2020-05-01..2020-05-31 recurring ×5"),
            ("Ежегодно Сентябрь", "2020-09-01..2020-09-30 recurring ×5"),
            (
                "Декабрь 2021 года, далее ежегодно",
                "2021-12-01..2021-12-31 recurring ×4",
            ),
            (
                "апрель 2022 года, далее ежегодно",
                "2022-04-01..2022-04-30 recurring ×3",
            ),
            (
                "в течение третьего и четвертого месяца после издания приказа, далее – ежемесячно",
                "2020-06-03..2020-08-02 recurring ×54",
            ),
            (
                "в течение третьего и четвертого месяца, далее – не реже раз в квартал",
                "2020-06-03..2020-08-02 recurring ×19",
            ),
            (
                "не реже раз в квартал",
                "2020-04-03..2020-06-30 recurring ×19",
            ),
            ("Ежеквартально", "2020-04-03..2020-06-30 recurring ×19"),
            (
                "Июнь 2022 года Декабрь 2022 года",
                "2022-06-01..2022-06-30 window ×2",
            ),
            (
                "по итогам реализации программы",
                "2024-12-01..2024-12-31 window ×1",
            ),
            ("В течение всего периода (реализации ЦМН)", "- open ×1"),
            ("В течение года", "- open ×1"),
            ("В течение учебного года", "- open ×1"),
            (
                "В соответствии со сроками реализации программ наставничества",
                "- open ×1",
            ),
            ("При необходимости", "- open ×1"),
            ("По мере необходимости", "- open ×1"),
        ];
        for (text, expected) in cases {
            let d = phrase::parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
            let occ = resolve(&d, f, &|a| match a {
                Anchor::Order => Ok(day(2020, 4, 3)),
                Anchor::Activity(_) => Ok(day(2020, 9, 2)),
            })
            .unwrap();
            let first = occ[0];
            let when = match (first.start, first.end) {
                (Some(s), Some(e)) => format!("{s}..{e}"),
                _ => "-".to_owned(),
            };
            let got = format!("{when} {} ×{}", first.kind.as_str(), occ.len());
            assert_eq!(got, expected, "{text}");
        }
    }

    /// The calendar's two edges: a period in 1900 or in 2199 resolves what
    /// lies inside the calendar, however the steps on the way pass its edge
    /// (December 1899 as a candidate, January 2200 ending a December);
    /// only what truly lies outside it is out of range. Expected by hand.
    #[test]
    fn the_calendar_edges_resolve_what_lies_inside_them() {
        let year = |y| Frame {
            order: Some(day(y, 1, 5)),
            period: Some((day(y, 1, 1), day(y, 12, 31))),
        };
        let cases = [
            (1900, "декабрь", "1900-12-01..1900-12-31 window ×1"),
            (1900, "январь", "1900-01-01..1900-01-31 window ×1"),
            (
                1900,
                "сентябрь – октябрь",
                "1900-09-01..1900-10-31 window ×1",
            ),
            (1900, "ежемесячно", "1900-01-01..1900-01-31 recurring ×12"),
            (1900, "ежеквартально", "1900-01-01..1900-03-31 recurring ×4"),
            (1900, "до 1 июня", "1900-06-01..1900-06-01 date ×1"),
            (
                1900,
                "в течение первого месяца после издания приказа",
                "1900-01-05..1900-02-04 window ×1",
            ),
            (1900, "ноябрь – февраль", "out of range"),
            (2199, "декабрь", "2199-12-01..2199-12-31 window ×1"),
            (2199, "ноябрь-декабрь", "2199-11-01..2199-12-31 window ×1"),
            (2199, "ежемесячно", "2199-01-01..2199-01-31 recurring ×12"),
            (2199, "ежеквартально", "2199-01-01..2199-03-31 recurring ×4"),
            (
                2199,
                "Декабрь 2199 года, далее ежегодно",
                "2199-12-01..2199-12-31 recurring ×1",
            ),
            (
                2199,
                "в течение третьего и четвертого месяца, далее – ежемесячно",
                "2199-03-05..2199-05-04 recurring ×9",
            ),
            (2199, "в течение двенадцатого месяца", "out of range"),
        ];
        for (y, text, expected) in cases {
            let frame = year(y);
            let d = phrase::parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
            let got = match resolve(&d, frame, &|_| Ok(day(y, 1, 5))) {
                Ok(occ) => {
                    let first = occ[0];
                    let (s, e) = (first.start.unwrap(), first.end.unwrap());
                    format!("{s}..{e} {} ×{}", first.kind.as_str(), occ.len())
                }
                Err(Unresolved::OutOfRange) => "out of range".to_owned(),
                Err(other) => format!("{other:?}"),
            };
            assert_eq!(got, expected, "{y}: {text}");
        }
    }

    fn frames() -> impl Strategy<Value = Frame> {
        let day = (1950..2150i32, 1..=12u32, 1..=28u32).prop_map(|(y, m, d)| day(y, m, d));
        (
            prop::option::of(day.clone()),
            prop::option::of((day, 0..2500u64)),
        )
            .prop_map(|(order, period)| Frame {
                order,
                period: period.map(|(start, days)| (start, start + Days::new(days))),
            })
    }

    proptest! {
        /// Whatever the deadline and the frame, no occurrence ends before it starts.
        #[test]
        fn occurrences_never_end_before_they_start(d in deadline(), frame in frames()) {
            let anchor = |a: &Anchor| match a {
                Anchor::Order => frame.order.ok_or(Unresolved::NoOrder),
                Anchor::Activity(_) => Ok(day(2030, 1, 31)),
            };
            if let Ok(occurrences) = resolve(&d, frame, &anchor) {
                for o in occurrences {
                    prop_assert!(o.start.zip(o.end).is_none_or(|(s, e)| s <= e), "{d}: {o:?}");
                    prop_assert_eq!(o.start.is_some(), o.end.is_some());
                }
            }
        }

        /// Recording a completion date never turns a resolved deadline into an error.
        #[test]
        fn a_done_date_never_creates_an_error(
            ds in prop::collection::vec(deadline(), 1..8),
            done in (0..8usize, 1990..2100i32),
            frame in frames(),
        ) {
            let ids: Vec<String> = (1..=ds.len()).map(|i| format!("1.{i}")).collect();
            let entries: Vec<Entry<'_>> = ds.iter().zip(&ids).map(|(d, id)| entry(id, d)).collect();
            let before = resolve_all(&entries, frame);
            let mut with_done = entries.clone();
            let i = done.0 % entries.len();
            with_done[i].done = Some(day(done.1, 6, 15));
            let after = resolve_all(&with_done, frame);
            for (b, a) in before.iter().zip(&after) {
                prop_assert!(!matches!(b, Some(Ok(_))) || matches!(a, Some(Ok(_))), "{b:?} → {a:?}");
            }
        }
    }
}
