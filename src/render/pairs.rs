//! The pairing proposal (`pair suggest`): a table for the curator (names
//! shown: it is their own terminal), JSON (the contract of product.md, ids
//! only), CSV (the proposals file), Markdown.

use std::io::{self, Write};

use serde::Serialize;

use super::{Format, Style};
use crate::i18n::I18n;
use mentor_core::finding::Message;
use mentor_core::pairing::{Decision, Newest, Priced, Reason, Source, Suggestion, Unmet, Why};
use mentor_core::registry::Registry;
use mentor_core::registry::model::Rule;

/// Formats `pair suggest` writes.
pub const FORMATS: &[Format] = &[
    Format::Human,
    Format::Json,
    Format::Csv,
    Format::Md,
    Format::Xlsx,
];

const DAYS: [&str; 7] = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"];

fn days(set: u8) -> Vec<&'static str> {
    (0..7)
        .filter(|d| set & (1 << d) != 0)
        .map(|d| DAYS[d])
        .collect()
}

/// What the proposal shows besides its pairs.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    /// The points of each criterion (`--explain`).
    pub explain: bool,
    /// The prices of decisions (`--alternatives`).
    pub priced: Option<&'a Priced>,
    /// The curator's decisions the optimum was taken under.
    pub decisions: &'a Decisions<'a>,
}

/// The curator's decisions a proposal was taken under, with the newest of
/// each pair found once (a region's proposal asks for each of its pairs).
#[derive(Debug, Default)]
pub struct Decisions<'d> {
    all: &'d [Decision],
    newest: Newest<'d>,
}

impl<'d> Decisions<'d> {
    pub fn new(all: &'d [Decision]) -> Self {
        Decisions {
            all,
            newest: Decision::newest(all),
        }
    }

    /// The decision that locks a pair, if its newest decision does.
    fn lock(&self, mentor: &str, mentee: &str) -> Option<&'d Decision> {
        let i = *self.newest.get(&(mentor, mentee))?;
        Some(&self.all[i]).filter(|d| d.rule == Rule::Must)
    }

    /// The decisions pairing applies — the newest of each pair of people
    /// the registries have —, by where they were made: the file, the
    /// options of the run. Said so that a curator sees that
    /// constraints.csv was read.
    fn counted(&self, reg: &Registry) -> Decided {
        let applied = self.newest.iter().filter(|((mentor, mentee), _)| {
            reg.mentor(mentor).is_some() && reg.mentee(mentee).is_some()
        });
        let (file, options) = applied.fold((0, 0), |(f, o), (_, &i)| match self.all[i].source {
            Source::File(_) => (f + 1, o),
            _ => (f, o + 1),
        });
        Decided { file, options }
    }
}

#[derive(Serialize)]
struct Decided {
    file: usize,
    options: usize,
}

pub fn render(
    out: &mut dyn Write,
    format: Format,
    reg: &Registry,
    s: &Suggestion,
    i18n: &I18n,
    shown: Shown<'_>,
    style: Style,
) -> io::Result<()> {
    match format {
        Format::Json => json(out, reg, s, shown),
        Format::Csv => {
            let mut w = super::spreadsheet(out, style.excel)?;
            w.write_record(["mentor_id", "mentee_id", "form", "score"])?;
            for p in &s.pairs {
                let score = p.score.to_string();
                let cells = [
                    reg.mentors[p.mentor].person.id.as_str(),
                    reg.mentees[p.mentee].person.id.as_str(),
                    p.form.name(),
                    &score,
                ];
                w.write_record(cells.map(super::safe_cell).iter().map(|c| c.as_ref()))?;
            }
            w.flush()
        }
        Format::Md => table(
            out,
            reg,
            s,
            i18n,
            Shown {
                explain: true,
                ..shown
            },
            Style {
                width: None,
                ..style
            },
            true,
        ),
        Format::Xlsx => {
            use super::xlsx::Cell;
            let header = [
                "pair-mentor-id",
                "pair-mentor",
                "pair-mentee-id",
                "pair-mentee",
                "pair-form",
                "pair-score",
            ]
            .map(|id| i18n.get(id));
            let rows: Vec<Vec<Cell>> = s
                .pairs
                .iter()
                .map(|p| {
                    let (mentor, mentee) =
                        (&reg.mentors[p.mentor].person, &reg.mentees[p.mentee].person);
                    vec![
                        mentor.id.as_str().into(),
                        Cell::Text(shown_name(&mentor.name, style)),
                        mentee.id.as_str().into(),
                        Cell::Text(shown_name(&mentee.name, style)),
                        p.form.name().into(),
                        Cell::Number(p.score as f64),
                    ]
                })
                .collect();
            let sheet = super::xlsx::Sheet {
                name: i18n.get("pair-sheet"),
                header: header.to_vec(),
                rows,
            };
            out.write_all(&super::xlsx::workbook(&[sheet])?)
        }
        _ => table(out, reg, s, i18n, shown, style, false),
    }
}

/// The JSON of `pair suggest` (product.md), streamed from typed structs:
/// a region's 120,000 pairs built as a JSON tree took half a gigabyte.
/// Fields are in alphabetical order, as the contract shows them.
#[derive(Serialize)]
struct Report<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    alternatives: Vec<AlternativesJson<'a>>,
    pairs: Vec<PairJson<'a>>,
    summary: Summary,
    unmatched: Vec<Unmatched<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    unmet_must: Vec<UnmetJson<'a>>,
}

/// A locked pair not formed, and why.
#[derive(Serialize)]
struct UnmetJson<'a> {
    constraint: Origin,
    mentee_id: &'a str,
    mentor_id: &'a str,
    reason: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<&'static str>,
}

/// Where a decision was made: a line of constraints.csv, or an option.
#[derive(Serialize)]
struct Origin {
    file: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u32>,
}

impl Origin {
    fn of(source: Source) -> Origin {
        match source {
            Source::File(line) => Origin {
                file: "registry/constraints.csv",
                line: Some(line),
            },
            Source::Option | Source::Screen => Origin {
                file: "--never/--must",
                line: None,
            },
        }
    }
}

#[derive(Serialize)]
struct PairJson<'a> {
    /// The optimum if this pair were forbidden (`--alternatives`).
    #[serde(skip_serializing_if = "Option::is_none")]
    forbidden: Option<OutcomeJson>,
    form: &'static str,
    /// The curator locked this pair (`must`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    locked: bool,
    mentee_id: &'a str,
    mentor_id: &'a str,
    reasons: Vec<ReasonJson<'a>>,
    score: i64,
}

/// An optimum under one more decision.
#[derive(Serialize)]
struct OutcomeJson {
    /// Other locks this decision lets be formed, and gives up.
    #[serde(skip_serializing_if = "is_zero")]
    locks_formed: usize,
    #[serde(skip_serializing_if = "is_zero")]
    locks_released: usize,
    matched: usize,
    total_score: i64,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl From<mentor_core::pairing::price::Outcome> for OutcomeJson {
    fn from(o: mentor_core::pairing::price::Outcome) -> Self {
        OutcomeJson {
            locks_formed: o.formed,
            locks_released: o.released,
            matched: o.matched,
            total_score: o.total_score,
        }
    }
}

/// A mentee's best other mentors, each with the optimum if locked.
#[derive(Serialize)]
struct AlternativesJson<'a> {
    mentee_id: &'a str,
    options: Vec<OptionJson<'a>>,
}

#[derive(Serialize)]
struct OptionJson<'a> {
    /// Whether the lock would be formed (a better lock may hold the place).
    formed: bool,
    /// The optimum if this pair were locked.
    locked: OutcomeJson,
    mentor_id: &'a str,
    score: i64,
}

#[derive(Serialize)]
struct ReasonJson<'a> {
    criterion: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    days: Option<Vec<&'static str>>,
    points: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<Vec<&'a str>>,
}

#[derive(Serialize)]
struct Unmatched<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    age: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    constraint: Option<Origin>,
    #[serde(skip_serializing_if = "Option::is_none")]
    eligible_mentors: Option<usize>,
    mentee_id: &'a str,
    reason: &'static str,
}

#[derive(Serialize)]
struct Summary {
    decisions: Decided,
    matched: usize,
    mentees: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    optimum: Option<Optimum>,
    total_score: i64,
}

#[derive(Serialize)]
struct Optimum {
    matched: usize,
    total_score: i64,
}

fn json(out: &mut dyn Write, reg: &Registry, s: &Suggestion, shown: Shown<'_>) -> io::Result<()> {
    let priced = shown.priced;
    let words = |tags: &[u32]| Some(tags.iter().map(|t| reg.vocabulary.word(*t)).collect());
    let reason = |(r, points): &(Reason, i64)| {
        let (criterion, days, tags) = match r {
            Reason::Requests(t) => ("requests", None, words(t)),
            Reason::Interests(t) => ("interests", None, words(t)),
            Reason::Age => ("age", None, None),
            Reason::Schedule(set) => ("schedule", Some(days(*set)), None),
            Reason::Choice => ("choice", None, None),
        };
        ReasonJson {
            criterion,
            days,
            points: *points,
            tags,
        }
    };
    let pairs = s
        .pairs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (mentor_id, mentee_id) = (
                &reg.mentors[p.mentor].person.id,
                &reg.mentees[p.mentee].person.id,
            );
            PairJson {
                forbidden: priced.map(|priced| priced.forbidding[i].into()),
                form: p.form.name(),
                locked: shown.decisions.lock(mentor_id, mentee_id).is_some(),
                mentee_id,
                mentor_id,
                reasons: p.reasons.iter().map(reason).collect(),
                score: p.score,
            }
        })
        .collect();
    let unmatched = s
        .unmatched
        .iter()
        .map(|(m, why)| Unmatched {
            age: match why {
                Why::OutsideAge(age) => Some(*age),
                _ => None,
            },
            eligible_mentors: match why {
                Why::AllAtCapacity(n) | Why::Taken(n) => Some(*n),
                _ => None,
            },
            mentee_id: &reg.mentees[*m].person.id,
            reason: why.id(),
            constraint: match why {
                Why::Constraint(source) => Some(Origin::of(*source)),
                _ => None,
            },
        })
        .collect();
    let unmet_must = s
        .unmet
        .iter()
        .map(|(d, unmet)| UnmetJson {
            constraint: Origin::of(d.source),
            mentee_id: &d.mentee,
            mentor_id: &d.mentor,
            reason: unmet.id(),
            rule: match unmet {
                Unmet::Block(block) => Some(block.id()),
                _ => None,
            },
        })
        .collect();
    let alternatives = priced
        .map(|priced| {
            priced
                .alternatives
                .iter()
                .map(|(mentee, options)| AlternativesJson {
                    mentee_id: &reg.mentees[*mentee].person.id,
                    options: options
                        .iter()
                        .map(|a| OptionJson {
                            formed: a.outcome.holds,
                            locked: a.outcome.into(),
                            mentor_id: &reg.mentors[a.mentor].person.id,
                            score: a.score,
                        })
                        .collect(),
                })
                .collect()
        })
        .unwrap_or_default();
    let report = Report {
        alternatives,
        pairs,
        summary: Summary {
            decisions: shown.decisions.counted(reg),
            matched: s.pairs.len(),
            mentees: s.mentees,
            optimum: s.optimum.map(|(matched, total_score)| Optimum {
                matched,
                total_score,
            }),
            total_score: s.total_score,
        },
        unmatched,
        unmet_must,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

/// Why a pair scores, in words.
fn because(r: &Reason, points: i64, reg: &Registry, i18n: &I18n) -> String {
    let words = |tags: &[u32]| {
        tags.iter()
            .map(|t| reg.vocabulary.word(*t))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let msg = match r {
        Reason::Requests(tags) => Message::new("pair-reason-requests").arg("tags", words(tags)),
        Reason::Interests(tags) => Message::new("pair-reason-interests").arg("tags", words(tags)),
        Reason::Age => Message::new("pair-reason-age"),
        Reason::Schedule(set) => {
            Message::new("pair-reason-schedule").arg("days", days(*set).join(", "))
        }
        Reason::Choice => Message::new("pair-reason-choice"),
    };
    format!("+{points} {}", i18n.text(&msg))
}

pub(crate) fn why(w: Why, i18n: &I18n) -> String {
    let msg = Message::new("pair-why").arg("reason", w.id());
    let msg = match w {
        Why::OutsideAge(age) => msg.arg("count", age as usize),
        Why::AllAtCapacity(n) | Why::Taken(n) => msg.arg("count", n),
        _ => msg.arg("count", 0usize),
    };
    let source = match w {
        Why::Constraint(source) => source,
        _ => Source::File(0),
    };
    i18n.text(&msg.arg("line", source.line()).arg("from", source.id()))
}

/// What each decision would cost, in words: forbidding each pair, locking
/// each alternative — the optimum after it, and how it differs.
fn prices(
    out: &mut dyn Write,
    reg: &Registry,
    s: &Suggestion,
    priced: &Priced,
    decisions: &Decisions<'_>,
    i18n: &I18n,
    bullet: &str,
) -> io::Result<()> {
    let outcome = |msg: Message, o: mentor_core::pairing::price::Outcome| {
        msg.arg("matched", o.matched)
            .arg("score", o.total_score.max(0) as usize)
            .arg("lost", s.pairs.len().saturating_sub(o.matched))
            .arg("delta", super::signed(o.total_score - s.total_score))
    };
    for (p, o) in s.pairs.iter().zip(&priced.forbidding) {
        let (mentor, mentee) = (
            &reg.mentors[p.mentor].person.id,
            &reg.mentees[p.mentee].person.id,
        );
        let msg = Message::new("pair-price-forbid")
            .arg("mentor", mentor.as_str())
            .arg("mentee", mentee.as_str());
        // Forbidding a locked pair undoes a decision: a price that grows says why.
        let lock = decisions
            .lock(mentor, mentee)
            .map(|d| {
                let msg = Message::new("price-own-lock")
                    .arg("from", d.source.id())
                    .arg("line", d.source.line());
                format!("; {}", i18n.text(&msg))
            })
            .unwrap_or_default();
        let locks = locks_moved(*o, s, reg, i18n);
        writeln!(out, "{bullet}{}{lock}{locks}", i18n.text(&outcome(msg, *o)))?;
    }
    for (mentee, options) in &priced.alternatives {
        for a in options {
            let msg = Message::new("pair-price-lock")
                .arg("mentor", reg.mentors[a.mentor].person.id.as_str())
                .arg("mentee", reg.mentees[*mentee].person.id.as_str())
                .arg("points", a.score.max(0) as usize)
                .arg("holds", if a.outcome.holds { "yes" } else { "no" });
            let locks = locks_moved(a.outcome, s, reg, i18n);
            writeln!(
                out,
                "{bullet}{}{locks}",
                i18n.text(&outcome(msg, a.outcome))
            )?;
        }
    }
    Ok(())
}

/// What a decision does to the other locks, in words after its price
/// («; снимется закрепление M02 – S08»): a price that grows is explained.
pub(crate) fn locks_moved(
    o: mentor_core::pairing::price::Outcome,
    s: &Suggestion,
    reg: &Registry,
    i18n: &I18n,
) -> String {
    let mut said = String::new();
    if let Some(edge) = o.given_up {
        let e = s.problem.edges[edge as usize];
        let mentor = &reg.mentors[s.mentors_of[e.mentor as usize]].person.id;
        let mentee = &reg.mentees[s.mentees_of[e.mentee as usize]].person.id;
        let msg = Message::new("price-locks-released")
            .arg("count", o.released)
            // No break inside a pair when the line is wrapped.
            .arg("pair", format!("{mentor}\u{a0}–\u{a0}{mentee}"));
        said.push_str(&format!("; {}", i18n.text(&msg)));
    }
    if o.formed > 0 {
        let msg = Message::new("price-locks-formed").arg("count", o.formed);
        said.push_str(&format!("; {}", i18n.text(&msg)));
    }
    said
}

/// A locked pair the proposal could not form, in words.
pub fn unmet(d: &mentor_core::pairing::Decision, u: Unmet, i18n: &I18n) -> String {
    let msg = Message::new("pair-unmet")
        .arg("mentor", d.mentor.as_str())
        .arg("mentee", d.mentee.as_str())
        .arg("line", d.source.line())
        .arg("from", d.source.id())
        .arg("why", u.id())
        .arg(
            "rule",
            match u {
                Unmet::Block(block) => block.id(),
                _ => "",
            },
        );
    i18n.text(&msg)
}

/// A name as the output may show it: none in a CI log.
fn shown_name(name: &str, style: Style) -> String {
    if style.names {
        name.to_owned()
    } else {
        String::new()
    }
}

/// «S04 Смирнова Алиса», or the id alone where names are not shown.
fn shown_person(id: &str, name: &str, style: Style) -> String {
    let name = shown_name(name, style);
    if name.is_empty() {
        id.to_owned()
    } else {
        format!("{id} {name}")
    }
}

fn table(
    out: &mut dyn Write,
    reg: &Registry,
    s: &Suggestion,
    i18n: &I18n,
    shown: Shown<'_>,
    style: Style,
    markdown: bool,
) -> io::Result<()> {
    let explain = shown.explain;
    let person = |id: &str, name: &str| shown_person(id, name, style);
    let width = style.width;
    let mut header = vec![
        i18n.get("pair-mentor"),
        i18n.get("pair-mentee"),
        i18n.get("pair-form"),
        i18n.get("pair-score"),
    ];
    if explain {
        header.push(i18n.get("pair-why-header"));
    }
    let rows: Vec<Vec<String>> = s
        .pairs
        .iter()
        .map(|p| {
            let (mentor, mentee) = (&reg.mentors[p.mentor].person, &reg.mentees[p.mentee].person);
            let locked = shown.decisions.lock(&mentor.id, &mentee.id).is_some();
            let mark = if locked { "● " } else { "" };
            let mut row = vec![
                format!("{mark}{}", person(&mentor.id, &mentor.name)),
                person(&mentee.id, &mentee.name),
                p.form.name().to_owned(),
                p.score.to_string(),
            ];
            if explain {
                let reasons: Vec<String> = p
                    .reasons
                    .iter()
                    .map(|(r, pts)| because(r, *pts, reg, i18n))
                    .collect();
                row.push(reasons.join(if markdown { "; " } else { "\n" }));
            }
            row
        })
        .collect();
    super::grid(out, header, rows, markdown, width)?;
    // The lines after the table, wrapped between words to the window as
    // the table is (Markdown keeps its lines).
    let mut tail = Vec::new();
    lines(&mut tail, reg, s, i18n, shown, style, markdown)?;
    let tail = String::from_utf8_lossy(&tail);
    match width.filter(|_| !markdown) {
        Some(width) => {
            let options = textwrap::Options::new(usize::from(width).max(20))
                .break_words(false)
                .subsequent_indent("  ");
            for line in tail.lines() {
                writeln!(out, "{}", textwrap::fill(line, &options))?;
            }
        }
        None => out.write_all(tail.as_bytes())?,
    }
    Ok(())
}

/// What follows the table: those left without a pair and why, locks not
/// kept, the prices, the totals.
fn lines(
    out: &mut dyn Write,
    reg: &Registry,
    s: &Suggestion,
    i18n: &I18n,
    shown: Shown<'_>,
    style: Style,
    markdown: bool,
) -> io::Result<()> {
    let person = |id: &str, name: &str| shown_person(id, name, style);
    let locked = s.pairs.iter().any(|p| {
        let (mentor, mentee) = (
            &reg.mentors[p.mentor].person.id,
            &reg.mentees[p.mentee].person.id,
        );
        shown.decisions.lock(mentor, mentee).is_some()
    });
    if locked {
        writeln!(out, "{}", i18n.get("pair-locked-legend"))?;
    }
    for (m, w) in &s.unmatched {
        let mentee = &reg.mentees[*m].person;
        writeln!(
            out,
            "{}{}: {}",
            if markdown { "- " } else { "" },
            person(&mentee.id, &mentee.name),
            why(*w, i18n)
        )?;
    }
    let bullet = if markdown { "- " } else { "" };
    for (d, u) in &s.unmet {
        writeln!(out, "{bullet}{}", unmet(d, *u, i18n))?;
    }
    if let Some(priced) = shown.priced {
        prices(out, reg, s, priced, shown.decisions, i18n, bullet)?;
    }
    let summary = Message::new("pair-summary")
        .arg("mentees", s.mentees)
        .arg("matched", s.pairs.len())
        .arg("score", s.total_score.max(0) as usize);
    writeln!(out, "{}", i18n.text(&summary))?;
    let Decided { file, options } = shown.decisions.counted(reg);
    let parts: Vec<String> = [
        ("pair-decisions-file", file),
        ("pair-decisions-options", options),
    ]
    .into_iter()
    .filter(|&(_, n)| n > 0)
    .map(|(id, n)| i18n.text(&Message::new(id).arg("count", n)))
    .collect();
    if !parts.is_empty() {
        let msg = Message::new("pair-decisions").arg("where", parts.join(", "));
        writeln!(out, "{}", i18n.text(&msg))?;
    }
    if let Some((matched, score)) = s.optimum {
        let cost = Message::new("pair-stable-cost")
            .arg("matched", matched)
            .arg("score", score.max(0) as usize)
            .arg("lost", matched.saturating_sub(s.pairs.len()));
        writeln!(out, "{}", i18n.text(&cost))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use mentor_core::pairing::Decision;
    use mentor_core::registry::model::Rule;

    /// An unmet lock says where it was decided: the file's line, the
    /// option of the run, or the review screen.
    #[test]
    fn an_unmet_lock_names_where_it_was_decided() {
        let i18n = I18n::new(Lang::Ru);
        let said = |source| {
            let d = Decision {
                mentor: "M01".to_owned(),
                mentee: "S05".to_owned(),
                rule: Rule::Must,
                source,
            };
            unmet(&d, Unmet::NoPlace, &i18n)
        };
        assert!(said(Source::File(7)).contains("constraints.csv, строка 7"));
        assert!(said(Source::Option).contains("(--must)"));
        assert!(said(Source::Screen).contains("(решение этого экрана)"));
    }
}
