//! A `due:` value from YAML: a phrase (parsed, with problems located inside
//! the string), a structured mapping, or a list of either.

use super::phrase::{self, Reason};
use super::{Anchor, Day, Deadline, Every, Month, Open, Spec};
use crate::decode::{Decoder, Fields};
use crate::finding::{Code, Finding, Message};
use crate::yaml::{Node, Value};

/// Keys of the structured form (see `docs/deadlines.md`).
pub const KEYS: &[&str] = &[
    "date",
    "day",
    "month",
    "to",
    "year",
    "after",
    "within",
    "months",
    "until",
    "days",
    "working",
    "every",
    "then",
    "open",
    "at",
    "checkpoint",
];

const EVERY: [(&str, Every); 4] = [
    ("year", Every::Year),
    ("half-year", Every::HalfYear),
    ("quarter", Every::Quarter),
    ("month", Every::Month),
];

/// Decodes `due`. `None` when there is nothing to read or it was reported.
pub fn decode(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Deadline> {
    match &node.value {
        Value::Str(text) => phrase(d, node, text),
        Value::Map(_) => item(d, key, node),
        Value::Seq(items) => {
            let mut all = Deadline {
                items: Vec::new(),
                then: None,
                checkpoint: false,
            };
            for n in items {
                let one = match &n.value {
                    Value::Str(text) => phrase(d, n, text),
                    _ => item(d, key, n),
                }?;
                all.items.extend(one.items);
                all.then = all.then.or(one.then);
                all.checkpoint |= one.checkpoint;
            }
            (!all.items.is_empty()).then_some(all)
        }
        _ => {
            d.wrong_type(key, node, "due");
            None
        }
    }
}

/// Parses a phrase; a problem is a `deadline-unparsed` finding at the exact
/// characters when the string is written plainly or in quotes.
fn phrase(d: &mut Decoder<'_>, node: &Node, text: &str) -> Option<Deadline> {
    let error = match phrase::parse(text) {
        Ok(deadline) => return Some(deadline),
        Err(error) => error,
    };
    let whole = d.source.locate(node);
    let offset = d.source.raw(node).and_then(|raw| {
        if raw == text {
            Some(0)
        } else {
            let quoted = raw.len() == text.len() + 2 && raw.get(1..raw.len() - 1) == Some(text);
            quoted.then_some(1)
        }
    });
    let at = match offset {
        Some(o) => {
            let start = whole.bytes.start + o;
            d.source
                .at_bytes(start + error.at.start..start + error.at.end)
        }
        None => whole,
    };
    let part = text.get(error.at.clone()).unwrap_or_default().to_owned();
    let message = match error.reason {
        Reason::Unrecognized => Message::new("deadline-unparsed").arg("part", part),
        Reason::Incomplete => Message::new("deadline-incomplete"),
        Reason::NoSuchDate => Message::new("deadline-no-such-date").arg("part", part),
        Reason::Year => Message::new("deadline-year").arg("part", part),
        Reason::Latin(letter) => {
            Message::new("deadline-latin-letter").arg("letter", letter.to_string())
        }
        Reason::NeedsReference => Message::new("deadline-needs-reference"),
    };
    // The activity is named by the roadmap's decoder, which knows it.
    let message = message
        .arg("example", phrase::nearest_example(text))
        .arg("activity", "none");
    d.findings
        .push(Finding::new(Code::DeadlineUnparsed, at, message));
    None
}

/// One structured item: the keys present decide the form.
fn item(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Deadline> {
    let f = d.map(key, node, KEYS)?;
    let then = d
        .opt(&f, "then", |d, k, n| d.choice(k, n, &EVERY))
        .map(|e| e.value);
    let checkpoint = d
        .opt(&f, "checkpoint", Decoder::boolean)
        .is_some_and(|b| b.value);
    let has = |k: &str| f.get(k).is_some();
    let (spec, uses): (Option<Spec>, &[&str]) = if has("open") {
        let open = d.req(&f, "open", |d, k, n| {
            let choices = [
                ("period", Open::Period),
                ("year", Open::Year),
                ("school-year", Open::SchoolYear),
                ("schedule", Open::Schedule),
                ("as-needed", Open::AsNeeded),
            ];
            d.choice(k, n, &choices)
        });
        (open.map(|o| Spec::Open(o.value)), &["open"])
    } else if has("at") {
        let at = d.req(&f, "at", |d, k, n| d.choice(k, n, &[("period-end", ())]));
        (at.map(|_| Spec::PeriodEnd), &["at"])
    } else if has("every") {
        let every = d.req(&f, "every", |d, k, n| d.choice(k, n, &EVERY));
        let at = yearly(d, &f, node);
        let spec = every.map(|e| Spec::Every {
            every: e.value,
            at: at.map(Box::new),
        });
        (spec, &["every", "day", "month", "to"])
    } else if has("after") {
        let anchor = d.req(&f, "after", |d, k, n| {
            let text = d.text(k, n)?;
            Some(match text.value.as_str() {
                "order" => Anchor::Order,
                _ => Anchor::Activity(text.value),
            })
        });
        let (spec, uses): (Option<Spec>, &[&str]) = if has("days") {
            let days = d.req(&f, "days", |d, k, n| d.number(k, n, 1, 366));
            let working = d
                .opt(&f, "working", Decoder::boolean)
                .is_some_and(|b| b.value);
            let spec = anchor.zip(days).map(|(anchor, days)| Spec::Days {
                anchor,
                days: days.value as u32,
                working,
            });
            (spec, &["after", "days", "working"])
        } else if has("within") {
            let within = d.req(&f, "within", within);
            let spec = anchor
                .zip(within)
                .map(|(anchor, (first, last))| Spec::Window {
                    anchor,
                    first,
                    last,
                });
            (spec, &["after", "within"])
        } else if has("until") {
            let months = d.req(&f, "months", |d, k, n| d.number(k, n, 1, 120));
            let to = d.req(&f, "until", month);
            let spec = anchor
                .zip(months)
                .zip(to)
                .map(|((anchor, months), to)| Spec::Until {
                    anchor,
                    months: months.value as u32,
                    to,
                });
            (spec, &["after", "months", "until"])
        } else {
            let half_months = d.req(&f, "months", half_months);
            let spec = anchor
                .zip(half_months)
                .map(|(anchor, half_months)| Spec::Point {
                    anchor,
                    half_months,
                });
            (spec, &["after", "months"])
        };
        (spec, uses)
    } else if has("date") {
        let date = d.req(&f, "date", Decoder::date).map(|date| {
            use chrono::Datelike;
            let v = date.value;
            Spec::Date(Day {
                day: v.day(),
                month: v.month(),
                year: Some(v.year()),
            })
        });
        (date, &["date"])
    } else if has("day") || has("month") {
        let spec = absolute(d, &f, node);
        (spec, &["day", "month", "to", "year"])
    } else {
        let msg =
            Message::new("schema-missing-key").arg("key", "date | month | after | every | open");
        d.report(node, msg);
        return None;
    };
    for k in [
        "date", "day", "month", "to", "year", "after", "within", "months", "until", "every",
        "open", "at", "days", "working",
    ] {
        if let Some(n) = f.get(k).filter(|_| !uses.contains(&k)) {
            d.report(n, Message::new("deadline-key-unused").arg("key", k));
        }
    }
    Some(Deadline {
        items: vec![spec?],
        then,
        checkpoint,
    })
}

/// `{day: 20, month: 1, year: 2023}` or `{month: 9, to: 12, year: 2021}`.
fn absolute(d: &mut Decoder<'_>, f: &Fields<'_>, node: &Node) -> Option<Spec> {
    let year = d
        .opt(f, "year", |d, k, n| d.number(k, n, 1900, 2199))
        .map(|y| y.value as i32);
    if f.get("day").is_some() {
        return day(d, f, node, year).map(Spec::Date);
    }
    let with_year = |m: Month| Month {
        year: m.year.or(year),
        ..m
    };
    months(d, f, node, with_year)
}

/// The day or months of a yearly deadline (`{every: year, month: 5}`).
fn yearly(d: &mut Decoder<'_>, f: &Fields<'_>, node: &Node) -> Option<Spec> {
    if f.get("day").is_some() {
        return day(d, f, node, None).map(Spec::Date);
    }
    f.get("month")?;
    months(d, f, node, |m| Month { year: None, ..m })
}

/// `day` and `month` (and the year given), when such a day exists.
fn day(d: &mut Decoder<'_>, f: &Fields<'_>, node: &Node, year: Option<i32>) -> Option<Day> {
    let day = d.req(f, "day", |d, k, n| d.number(k, n, 1, 31));
    let month = d.req(f, "month", |d, k, n| d.number(k, n, 1, 12))?;
    let day = Day {
        day: day?.value as u32,
        month: month.value as u32,
        year,
    };
    if !day.exists() {
        let part = format!("{:02}.{:02}", day.day, day.month);
        let msg = Message::new("deadline-no-such-date").arg("part", part);
        d.report(node, msg.arg("example", "{day: 20, month: 1}"));
        return None;
    }
    Some(day)
}

/// `month` and `to`, adjusted by `year`, in order.
fn months(
    d: &mut Decoder<'_>,
    f: &Fields<'_>,
    node: &Node,
    adjust: impl Fn(Month) -> Month,
) -> Option<Spec> {
    let from = adjust(d.req(f, "month", month)?);
    let to = d.opt(f, "to", month).map_or(from, adjust);
    let spec = Spec::months(from, to);
    if spec.is_none() {
        d.report(node, Message::new("deadline-reversed"));
    }
    spec
}

/// `month: 5` (any year) or `month: 2022-05`.
fn month(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Month> {
    if let Value::Int(_) = node.value {
        let m = d.number(key, node, 1, 12)?;
        return Some(Month {
            month: m.value as u32,
            year: None,
        });
    }
    let text = d.text(key, node)?;
    let parsed = text.value.split_once('-').and_then(|(y, m)| {
        let (y, m) = (y.parse::<i32>().ok()?, m.parse::<u32>().ok()?);
        let valid = super::YEARS.contains(&y) && (1..=12).contains(&m);
        valid.then_some(Month {
            month: m,
            year: Some(y),
        })
    });
    if parsed.is_none() {
        let msg = Message::new("schema-invalid-month")
            .arg("key", key)
            .arg("value", text.value);
        d.report(node, msg);
    }
    parsed
}

/// `within: 2` (the second month) or `within: [1, 2]` (the first and second).
fn within(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<(u32, u32)> {
    let nth = |d: &mut Decoder<'_>, n: &Node| d.number(key, n, 1, 120).map(|v| v.value as u32);
    match &node.value {
        Value::Seq(items) if items.len() == 2 => {
            let (first, last) = (nth(d, &items[0])?, nth(d, &items[1])?);
            if first > last {
                d.report(node, Message::new("deadline-reversed"));
                return None;
            }
            Some((first, last))
        }
        Value::Seq(_) => {
            d.wrong_type(key, node, "integer");
            None
        }
        _ => nth(d, node).map(|n| (n, n)),
    }
}

/// `months: 2.5` → 5 half months.
fn half_months(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<u32> {
    let value = match node.value {
        Value::Int(n) => n as f64,
        Value::Float(x) => x,
        _ => {
            d.wrong_type(key, node, "number");
            return None;
        }
    };
    let halves = value * 2.0;
    if halves.fract() != 0.0 || !(1.0..=240.0).contains(&halves) {
        let msg = Message::new("deadline-half-months")
            .arg("value", d.source.raw(node).unwrap_or_default());
        d.report(node, msg);
        return None;
    }
    Some(halves as u32)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::deadline::arbitrary::deadline;
    use crate::yaml::{Source, parse};

    fn load(yaml: &str) -> (Option<Deadline>, Vec<Finding>) {
        let source = Source::new("t.yaml", format!("due: {yaml}\n"));
        let root = parse(&source).unwrap();
        let Value::Map(entries) = &root.value else {
            panic!()
        };
        let mut d = Decoder::new(&source);
        let deadline = decode(&mut d, "due", &entries[0].1);
        (deadline, d.findings)
    }

    #[test]
    fn structured_forms_decode() {
        let (d, _) = load("{after: order, months: 2.5}");
        let point = Spec::Point {
            anchor: Anchor::Order,
            half_months: 5,
        };
        assert_eq!(d.unwrap().items, vec![point]);
        let (d, _) = load("[{month: 2022-06}, июнь 2023]");
        assert_eq!(d.unwrap().items.len(), 2);
        let (d, findings) = load("{date: 2022-10-10, within: 2}");
        assert!(d.is_some());
        assert_eq!(findings[0].message.id, "deadline-key-unused");
        let (d, findings) = load("{day: 31, month: 2}");
        assert!(d.is_none());
        assert_eq!(findings[0].message.id, "deadline-no-such-date");
        let (_, findings) = load("{after: order, months: 2.3}");
        assert_eq!(findings[0].message.id, "deadline-half-months");
    }

    #[test]
    fn phrase_errors_point_inside_the_string() {
        let (_, findings) = load("\"до 31.02.2023\"");
        let at = &findings[0].location;
        assert_eq!((at.line, at.column), (1, 10));
        assert_eq!(findings[0].code, Code::DeadlineUnparsed);
    }

    /// The structured YAML of a deadline (the inverse of [`decode`]).
    fn to_yaml(d: &Deadline) -> String {
        let month = |m: &Month| match m.year {
            Some(y) => format!("\"{y}-{:02}\"", m.month),
            None => m.month.to_string(),
        };
        let anchor = |a: &Anchor| match a {
            Anchor::Order => "order".to_owned(),
            Anchor::Activity(id) => format!("\"{id}\""),
        };
        let every = |e: &Every| match e {
            Every::Year => "year",
            Every::HalfYear => "half-year",
            Every::Quarter => "quarter",
            Every::Month => "month",
        };
        let item = |s: &Spec| match s {
            Spec::Date(Day {
                day,
                month,
                year: Some(y),
            }) => format!("date: {y}-{month:02}-{day:02}"),
            Spec::Date(Day {
                day,
                month: m,
                year: None,
            }) => format!("day: {day}, month: {m}"),
            Spec::Months { from, to } => format!("month: {}, to: {}", month(from), month(to)),
            Spec::Window {
                anchor: a,
                first,
                last,
            } => format!("after: {}, within: [{first}, {last}]", anchor(a)),
            Spec::Point {
                anchor: a,
                half_months,
            } => {
                format!(
                    "after: {}, months: {}",
                    anchor(a),
                    f64::from(*half_months) / 2.0
                )
            }
            Spec::Days {
                anchor: a,
                days,
                working,
            } => format!("after: {}, days: {days}, working: {working}", anchor(a)),
            Spec::Until {
                anchor: a,
                months,
                to,
            } => {
                format!(
                    "after: {}, months: {months}, until: {}",
                    anchor(a),
                    month(to)
                )
            }
            Spec::Every { every: e, at } => {
                let at = match at.as_deref() {
                    Some(Spec::Date(Day { day, month, .. })) => {
                        format!(", day: {day}, month: {month}")
                    }
                    Some(Spec::Months { from, to }) => {
                        format!(", month: {}, to: {}", from.month, to.month)
                    }
                    _ => String::new(),
                };
                format!("every: {}{at}", every(e))
            }
            Spec::Open(o) => format!(
                "open: {}",
                match o {
                    Open::Period => "period",
                    Open::Year => "year",
                    Open::SchoolYear => "school-year",
                    Open::Schedule => "schedule",
                    Open::AsNeeded => "as-needed",
                }
            ),
            Spec::PeriodEnd => "at: period-end".to_owned(),
        };
        let mut items: Vec<String> = d.items.iter().map(item).collect();
        if let Some(e) = &d.then {
            items[0].push_str(&format!(", then: {}", every(e)));
        }
        if d.checkpoint {
            items[0].push_str(", checkpoint: true");
        }
        let maps: Vec<String> = items.iter().map(|i| format!("{{{i}}}")).collect();
        format!("[{}]", maps.join(", "))
    }

    proptest! {
        #[test]
        fn phrase_and_structured_forms_agree(d in deadline()) {
            let phrase = d.to_string();
            let parsed = phrase::parse(&phrase);
            prop_assert_eq!(parsed.as_ref(), Ok(&d), "{}", phrase);
            let yaml = to_yaml(&d);
            let (decoded, findings) = load(&yaml);
            prop_assert!(findings.is_empty(), "{}: {:?}", yaml, findings);
            prop_assert_eq!(decoded.as_ref(), Some(&d), "{}", yaml);
        }
    }
}
