//! The program report (`mentor report`): one picture of where the program
//! stands — the roadmap by stage, the KPIs and their history, pairs by
//! form, meeting regularity, satisfaction and the open problems — that the
//! JSON output and the Markdown and HTML templates share.
//!
//! Every text in it is a [`Message`] (an id and its arguments), so the
//! JSON is the same in every language and the templates put it into words
//! (their `say` filter).
//!
//! A public report (`--public`, for the school website under 152-ФЗ) is
//! built without any person-level part: the fields that name people are
//! `None`, so no template can show them by mistake.

pub mod documents;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::coverage::{self, Figure, Indicator};
use crate::finding::{Code, Finding, Message, Severity};
use crate::meetings::Regularity;
use crate::program::Program;
use crate::registry::Registry;
use crate::registry::values::Form;
use crate::roadmap::plan::Row;

/// Upcoming deadlines shown per stage.
const NEXT_PER_STAGE: usize = 3;
/// Findings listed one by one (the rest are counted).
const PROBLEMS_LISTED: usize = 50;

#[derive(Debug, Serialize)]
pub struct Report {
    pub organization: String,
    pub kind: &'static str,
    pub order: Option<OrderRef>,
    pub period: Span,
    /// The day the report is made on (`--today`).
    pub today: NaiveDate,
    pub year: i32,
    pub public: bool,
    /// In a public report, the fewest people a mean is shown over.
    pub min_group: u32,
    pub stages: Vec<StageStatus>,
    pub kpis: Vec<Kpi>,
    pub history: Vec<HistoryYear>,
    pub forms: Vec<FormCount>,
    pub meetings: MeetingsSummary,
    pub satisfaction: Vec<Satisfaction>,
    /// How many indicators are met, in one sentence: what a director reads first.
    pub verdict: Message,
    /// What `mentor check` finds; `None` in a public report: what needs
    /// mending is the school's business, and a finding may say that a
    /// child's consent is missing.
    pub problems: Option<Problems>,
    /// What the folder does not have yet, said plainly, instead of zeros
    /// (empty in a public report: it names files to edit).
    pub missing: Vec<Message>,
    /// The pairs and groups active on `today`; `None` in a public report.
    pub pairs: Option<Vec<PairRow>>,
}

#[derive(Debug, Serialize)]
pub struct OrderRef {
    pub number: String,
    pub date: NaiveDate,
}

#[derive(Debug, Serialize)]
pub struct Span {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// One stage of the roadmap (stage `None`: cross-cutting work).
#[derive(Debug, Serialize)]
pub struct StageStatus {
    pub stage: Option<u8>,
    pub name: Message,
    pub done: usize,
    pub overdue: usize,
    pub due_soon: usize,
    pub in_progress: usize,
    pub later: usize,
    pub open: usize,
    /// Overdue deadlines first, then the nearest ones.
    pub next: Vec<Deadline>,
}

#[derive(Debug, Serialize)]
pub struct Deadline {
    pub id: Option<String>,
    pub title: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub status: &'static str,
}

/// An indicator as the report shows it: its figure, percents to one decimal.
#[derive(Debug, Serialize)]
pub struct Kpi {
    pub id: &'static str,
    pub name: Message,
    #[serde(flatten)]
    pub figure: Figure,
}

/// Involvement in one year of the period, against its target.
#[derive(Debug, Serialize)]
pub struct HistoryYear {
    pub year: i32,
    pub value: Option<f64>,
    pub target: Option<f64>,
}

/// Pairs and groups of one form active on `today`.
#[derive(Debug, Serialize)]
pub struct FormCount {
    pub form: &'static str,
    pub pairs: usize,
    pub groups: usize,
    pub mentees: usize,
}

#[derive(Debug, Serialize)]
pub struct MeetingsSummary {
    /// Active pairs and groups on `today`.
    pub active: usize,
    /// Of them, those that met within `gap` days.
    pub regular: usize,
    pub gap: i64,
    pub held: usize,
    /// Percent of the meetings held with feedback.
    pub feedback: Option<f64>,
    /// Pairs that stopped meeting; `None` in a public report.
    pub stopped: Option<Vec<Stopped>>,
}

#[derive(Debug, Serialize)]
pub struct Stopped {
    pub mentor: String,
    pub who: String,
    pub last: Option<NaiveDate>,
    pub days_since: i64,
}

#[derive(Debug, Serialize)]
pub struct Satisfaction {
    pub side: &'static str,
    pub form: &'static str,
    /// `None` in a public report when fewer than `min_group` answered: a
    /// mean over one answer is that child's own answer.
    pub value: Option<f64>,
    pub answers: Option<u32>,
}

#[derive(Debug, Serialize)]
pub struct Problems {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// «проверено 3 файла: 1 ошибка, …», as `mentor check` ends.
    pub summary: Message,
    /// Counts by rule (the rule's description is safe to publish).
    pub rules: Vec<RuleCount>,
    /// The findings themselves, the first [`PROBLEMS_LISTED`].
    pub list: Vec<Problem>,
}

#[derive(Debug, Serialize)]
pub struct RuleCount {
    pub code: Code,
    pub severity: Severity,
    pub count: usize,
}

#[derive(Debug, Serialize)]
pub struct Problem {
    pub code: Code,
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub message: Message,
}

#[derive(Debug, Serialize)]
pub struct PairRow {
    pub mentor: String,
    /// The mentee, or the group's name.
    pub mentee: String,
    pub group: Option<String>,
    pub form: Option<&'static str>,
    pub start: Option<NaiveDate>,
    pub order: Option<String>,
}

/// What the report is made from.
#[derive(Debug)]
pub struct Inputs<'a> {
    pub program: &'a Program,
    pub registry: &'a Registry,
    /// The roadmap calendar on `today` (`roadmap plan` rows).
    pub plan: &'a [Row],
    /// Roadmaps found, and read.
    pub roadmaps: (usize, usize),
    /// Everything `mentor check` reports, sorted, and the files it read.
    pub findings: &'a [Finding],
    pub files: usize,
    pub meetings: &'a [Regularity],
    pub gap: i64,
    pub today: NaiveDate,
    pub year: i32,
}

/// The report of `inputs`; `public` leaves out every person-level part.
pub fn build(inputs: &Inputs<'_>, public: bool) -> Report {
    let program = inputs.program;
    let reg = inputs.registry;
    let this_year = coverage::year(program, reg, inputs.year);
    let (start, end) = (program.period.start.value, program.period.end.value);
    let history = (start.year()..=end.year())
        .map(|y| {
            let figures = coverage::year(program, reg, y);
            let f = &figures.figures[0];
            debug_assert_eq!(f.indicator, Indicator::Involvement);
            HistoryYear {
                year: y,
                value: round(f.value),
                target: round(f.target),
            }
        })
        .collect();
    // A public report shows no mean over fewer people than `min_group`.
    let min_group = program.public.min_group();
    let shown = |people: u32| !public || people >= min_group;
    let kpis = this_year
        .figures
        .iter()
        .map(|f| {
            let mut figure = f.rounded();
            // Satisfaction is a mean of answers: over too few, it is theirs.
            if f.indicator.is_mean() && !shown(f.numerator) {
                (figure.value, figure.met, figure.needed) = (None, None, None);
            }
            Kpi {
                id: f.indicator.id(),
                name: Message::new("indicator").arg("id", f.indicator.id()),
                figure,
            }
        })
        .collect();
    let satisfaction = this_year
        .satisfaction_by_form
        .iter()
        .map(|(&(side, form), &(value, answers))| Satisfaction {
            side,
            form,
            value: round(Some(value)).filter(|_| shown(answers)),
            answers: Some(answers).filter(|&a| shown(a)),
        })
        .collect();
    Report {
        organization: program.organization.value.clone(),
        kind: program.kind.value.name(),
        order: program.order.as_ref().map(|o| OrderRef {
            number: o.number.value.clone(),
            date: o.date.value,
        }),
        period: Span { start, end },
        today: inputs.today,
        year: inputs.year,
        public,
        min_group,
        stages: stages(inputs.plan),
        kpis,
        history,
        forms: forms(reg, inputs.today),
        meetings: meetings(inputs, public),
        satisfaction,
        verdict: verdict(&this_year.figures),
        problems: (!public).then(|| problems(inputs.findings, inputs.files)),
        missing: match public {
            true => Vec::new(),
            false => missing(inputs, &this_year),
        },
        pairs: (!public).then(|| pairs(reg, inputs.today)),
    }
}

/// One decimal, as every table shows it.
fn round(v: Option<f64>) -> Option<f64> {
    v.map(coverage::one_decimal)
}

fn stages(plan: &[Row]) -> Vec<StageStatus> {
    let empty = |stage: Option<u8>, name: Message| StageStatus {
        stage,
        name,
        done: 0,
        overdue: 0,
        due_soon: 0,
        in_progress: 0,
        later: 0,
        open: 0,
        next: Vec::new(),
    };
    let mut by_stage: BTreeMap<Option<u8>, StageStatus> = (1..=7)
        .map(|s| {
            (
                Some(s),
                empty(Some(s), Message::new("stage-name").arg("stage", s)),
            )
        })
        .collect();
    for row in plan {
        let stage = by_stage
            .entry(row.stage)
            .or_insert_with(|| empty(None, Message::new("report-cross-cutting")));
        match row.status {
            "done" => stage.done += 1,
            "overdue" => stage.overdue += 1,
            "due-soon" => stage.due_soon += 1,
            "in-progress" => stage.in_progress += 1,
            "later" => stage.later += 1,
            _ => stage.open += 1,
        }
    }
    for stage in by_stage.values_mut() {
        let mut next: Vec<&Row> = plan
            .iter()
            .filter(|r| {
                r.stage == stage.stage
                    && matches!(r.status, "overdue" | "due-soon" | "in-progress" | "later")
            })
            .collect();
        // Overdue first, then by date (the plan is sorted by date already).
        next.sort_by_key(|r| r.status != "overdue");
        stage.next = next
            .into_iter()
            .take(NEXT_PER_STAGE)
            .map(|r| Deadline {
                id: r.id.clone(),
                title: r.title.clone(),
                start: r.start,
                end: r.end,
                status: r.status,
            })
            .collect();
    }
    // Cross-cutting work (no stage) after the seven stages.
    let mut out: Vec<StageStatus> = by_stage.into_values().collect();
    let cross_cutting = out.first().is_some_and(|s| s.stage.is_none());
    out.rotate_left(usize::from(cross_cutting));
    out
}

fn forms(reg: &Registry, today: NaiveDate) -> Vec<FormCount> {
    let mut by_form: BTreeMap<&'static str, (usize, BTreeMap<&str, ()>, usize)> = BTreeMap::new();
    for p in reg.pairs.iter().filter(|p| p.active_on(today)) {
        let entry = by_form.entry(p.form.map_or("—", Form::name)).or_default();
        match &p.group {
            Some(group) => {
                entry.1.insert(group, ());
            }
            None => entry.0 += 1,
        }
        entry.2 += usize::from(p.mentee_id.is_some());
    }
    by_form
        .into_iter()
        .map(|(form, (pairs, groups, mentees))| FormCount {
            form,
            pairs,
            groups: groups.len(),
            mentees,
        })
        .collect()
}

fn meetings(inputs: &Inputs<'_>, public: bool) -> MeetingsSummary {
    let rows = inputs.meetings;
    let held: usize = rows.iter().map(|r| r.held).sum();
    let with_feedback: usize = rows.iter().map(|r| r.with_feedback).sum();
    let stopped = rows
        .iter()
        .filter(|r| r.days_since > inputs.gap)
        .map(|r| Stopped {
            mentor: person_name(inputs.registry, &r.mentor_id),
            who: person_name(inputs.registry, &r.who),
            last: r.last,
            days_since: r.days_since,
        });
    MeetingsSummary {
        active: rows.len(),
        regular: rows.iter().filter(|r| r.days_since <= inputs.gap).count(),
        gap: inputs.gap,
        held,
        feedback: (held > 0)
            .then(|| round(Some(with_feedback as f64 * 100.0 / held as f64)).unwrap_or_default()),
        stopped: (!public).then(|| stopped.collect()),
    }
}

/// The name of a mentor or mentee, else the id as written (a group).
pub(crate) fn person_name(reg: &Registry, id: &str) -> String {
    let person = reg.mentor(id).map(|m| &m.person);
    person
        .or_else(|| reg.mentee(id).map(|m| &m.person))
        .map_or_else(|| id.to_owned(), |p| p.name.to_string())
}

/// «выполнено 3 из 8 показателей»: of the indicators that can be judged
/// (a value and a target).
fn verdict(figures: &[coverage::Figure]) -> Message {
    let judged = figures.iter().filter_map(|f| f.met);
    let (met, total) = judged.fold((0usize, 0usize), |(m, t), ok| (m + usize::from(ok), t + 1));
    Message::new("report-verdict")
        .arg("met", met)
        .arg("total", total)
}

fn problems(findings: &[Finding], files: usize) -> Problems {
    let mut counts: BTreeMap<(Severity, &str), (Code, usize)> = BTreeMap::new();
    let mut out = Problems {
        errors: 0,
        warnings: 0,
        infos: 0,
        summary: Message::new("summary"),
        rules: Vec::new(),
        list: Vec::new(),
    };
    for f in findings {
        match f.severity {
            Severity::Error => out.errors += 1,
            Severity::Warning => out.warnings += 1,
            Severity::Info => out.infos += 1,
        }
        counts
            .entry((f.severity, f.code.as_str()))
            .or_insert((f.code, 0))
            .1 += 1;
    }
    out.rules = counts
        .into_iter()
        .map(|((severity, _), (code, count))| RuleCount {
            code,
            severity,
            count,
        })
        .collect();
    out.summary = Message::new("summary")
        .arg("files", files)
        .arg("errors", out.errors)
        .arg("warnings", out.warnings)
        .arg("infos", out.infos);
    out.list = findings
        .iter()
        .take(PROBLEMS_LISTED)
        .map(|f| Problem {
            code: f.code,
            severity: f.severity,
            file: f.location.file.to_string(),
            line: f.location.line,
            message: f.message.clone(),
        })
        .collect();
    out
}

fn missing(inputs: &Inputs<'_>, year: &coverage::Year) -> Vec<Message> {
    let mut out = Vec::new();
    let mut say = |m: Message| out.push(m);
    match inputs.roadmaps {
        (0, _) => say(Message::new("report-no-roadmap")),
        (found, read) if read < found => say(Message::new("report-roadmap-unreadable")),
        _ => {}
    }
    if inputs.registry.pairs.is_empty() {
        say(Message::new("report-no-pairs"));
    }
    let keys: Vec<String> = year
        .figures
        .iter()
        .filter(|f| f.denominator.is_none())
        .filter_map(|f| Some(format!("{}: …", f.indicator.denominator_key()?)))
        .collect();
    if !keys.is_empty() {
        say(Message::new("report-no-enrollment")
            .arg("year", inputs.year as usize)
            .arg("keys", keys.join(", ")));
    }
    for f in year.figures.iter().filter(|f| f.denominator == Some(0)) {
        if let Some(key) = f.indicator.denominator_key() {
            say(Message::new("coverage-zero-denominator")
                .arg("year", inputs.year as usize)
                .arg("key", key));
        }
    }
    if year
        .figures
        .iter()
        .any(|f| f.indicator == Indicator::SatisfactionMentees && f.numerator == 0)
    {
        say(Message::new("report-no-surveys").arg("year", inputs.year as usize));
    }
    out
}

fn pairs(reg: &Registry, today: NaiveDate) -> Vec<PairRow> {
    reg.pairs
        .iter()
        .filter(|p| p.active_on(today))
        .map(|p| PairRow {
            mentor: person_name(reg, &p.mentor_id),
            mentee: p.mentee_id.as_deref().map_or_else(
                || p.group.as_deref().unwrap_or_default().to_owned(),
                |id| person_name(reg, id),
            ),
            group: p.group.as_deref().map(str::to_owned),
            form: p.form.map(Form::name),
            start: p.start,
            order: p.order.clone(),
        })
        .collect()
}
