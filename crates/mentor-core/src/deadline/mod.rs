//! Deadlines as real roadmaps write them: the language (a Russian phrase or
//! its structured YAML form, both giving the same [`Deadline`]), and its
//! resolution into dates on the calendar.
//!
//! The grammar and the reading of each form are described in `docs/deadlines.md`.

pub mod calendar;
pub mod decode;
pub mod phrase;
pub mod resolve;

use std::fmt::{self, Write};

/// A parsed deadline: one or more items («Июнь 2022 года Декабрь 2022 года»),
/// optionally repeated after the first window («…, далее ежегодно»).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub items: Vec<Spec>,
    pub then: Option<Every>,
    /// Written as a checkpoint («КТ – 15 декабря»).
    pub checkpoint: bool,
}

/// A day of the year; without a year it is the first such day in the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub day: u32,
    pub month: u32,
    pub year: Option<i32>,
}

/// A calendar month; without a year it is its first occurrence in the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    pub month: u32,
    pub year: Option<i32>,
}

/// What a relative deadline counts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// The order launching the model (`order.date`, else the roadmap's `approved`).
    Order,
    /// The end (or recorded completion) of another activity, by its id.
    Activity(String),
}

/// How often a recurring deadline repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    Year,
    /// «раз в полугодие», «2 раза в год»
    HalfYear,
    Quarter,
    Month,
}

/// Deadlines that have no date of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    /// «в течение всего периода», «постоянно»
    Period,
    /// «в течение года»
    Year,
    /// «в течение учебного года»
    SchoolYear,
    /// «в соответствии со сроками реализации программ»
    Schedule,
    /// «при необходимости», «по мере необходимости»
    AsNeeded,
}

/// One deadline item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spec {
    /// «до 10.10.2020 г.», «26 ноября»
    Date(Day),
    /// «Январь 2022г.», «Ноябрь-декабрь»: from the first day of `from` to the last of `to`.
    Months { from: Month, to: Month },
    /// «в течение первого – второго месяца после издания приказа»: months
    /// `first..=last` counted from the anchor (the first month starts on the anchor's day).
    Window {
        anchor: Anchor,
        first: u32,
        last: u32,
    },
    /// «в течение 10 рабочих дней после издания приказа»: from the anchor
    /// to its `days`-th day after, counting only working days (the federal
    /// production calendar) when `working`.
    Days {
        anchor: Anchor,
        days: u32,
        working: bool,
    },
    /// «КТ – два с половиной месяца после издания приказа»: one day,
    /// `half_months` halves of a month after the anchor (a half is 15 days).
    Point { anchor: Anchor, half_months: u32 },
    /// «от месяца после издания приказа (п. 4.1) до декабря»
    Until {
        anchor: Anchor,
        months: u32,
        to: Month,
    },
    /// «Ежегодно», «Ежегодно до 15 сентября», «Ежегодно Май», «Ежеквартально»
    Every { every: Every, at: Option<Box<Spec>> },
    /// «В течение всего периода», «При необходимости»
    Open(Open),
    /// «по итогам реализации программы»: the last month of the period.
    PeriodEnd,
}

/// Years a roadmap can plausibly name.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

impl Day {
    /// Whether the day is in the calendar (29 February without a year is).
    pub fn exists(self) -> bool {
        chrono::NaiveDate::from_ymd_opt(self.year.unwrap_or(2024), self.month, self.day).is_some()
    }
}

impl Spec {
    /// A range of months as written: a year on one end applies to the other
    /// («Сентябрь-декабрь 2021 г.»), across New Year when the months wrap.
    /// `None` when it ends before it starts.
    pub fn months(from: Month, to: Month) -> Option<Spec> {
        let wraps = from.month > to.month;
        let (from, to) = match (from.year, to.year) {
            (None, Some(y)) => (
                Month {
                    year: Some(y - i32::from(wraps)),
                    ..from
                },
                to,
            ),
            (Some(y), None) => (
                from,
                Month {
                    year: Some(y + i32::from(wraps)),
                    ..to
                },
            ),
            _ => (from, to),
        };
        let reversed = from
            .year
            .zip(to.year)
            .is_some_and(|(a, b)| (a, from.month) > (b, to.month));
        (!reversed).then_some(Spec::Months { from, to })
    }
}

impl Deadline {
    /// Written as a checkpoint («КТ – …»), or a single day counted from an anchor.
    pub fn is_checkpoint(&self) -> bool {
        self.checkpoint || self.items.iter().any(|s| matches!(s, Spec::Point { .. }))
    }

    /// Ids of the activities this deadline counts from.
    pub fn references(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(|spec| match spec {
            Spec::Window {
                anchor: Anchor::Activity(id),
                ..
            }
            | Spec::Point {
                anchor: Anchor::Activity(id),
                ..
            }
            | Spec::Days {
                anchor: Anchor::Activity(id),
                ..
            }
            | Spec::Until {
                anchor: Anchor::Activity(id),
                ..
            } => Some(id.as_str()),
            _ => None,
        })
    }
}

/// Month names in the genitive («до 15 сентября») and nominative («Сентябрь»).
const GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const NOMINATIVE: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const ORDINALS: [&str; 12] = [
    "первого",
    "второго",
    "третьего",
    "четвертого",
    "пятого",
    "шестого",
    "седьмого",
    "восьмого",
    "девятого",
    "десятого",
    "одиннадцатого",
    "двенадцатого",
];
const CARDINALS: [&str; 12] = [
    "один",
    "два",
    "три",
    "четыре",
    "пять",
    "шесть",
    "семь",
    "восемь",
    "девять",
    "десять",
    "одиннадцать",
    "двенадцать",
];

fn index(n: u32) -> usize {
    (n as usize).saturating_sub(1).min(11)
}

/// The canonical Russian phrase: parsing it gives the same deadline back.
impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.checkpoint {
            f.write_str("КТ – ")?;
        }
        for (i, spec) in self.items.iter().enumerate() {
            if i > 0 {
                f.write_char(' ')?;
            }
            write!(f, "{spec}")?;
        }
        if let Some(every) = self.then {
            write!(f, ", далее {every}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Every {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Every::Year => "ежегодно",
            Every::HalfYear => "раз в полугодие",
            Every::Quarter => "ежеквартально",
            Every::Month => "ежемесячно",
        })
    }
}

impl fmt::Display for Anchor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Anchor::Order => f.write_str("после издания приказа"),
            Anchor::Activity(id) => write!(f, "после издания приказа (п. {id})"),
        }
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(NOMINATIVE[index(self.month)])?;
        match self.year {
            Some(year) => write!(f, " {year} г."),
            None => Ok(()),
        }
    }
}

impl fmt::Display for Spec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Spec::Date(d) => match d.year {
                Some(y) => write!(f, "до {:02}.{:02}.{y}", d.day, d.month),
                None => write!(f, "до {} {}", d.day, GENITIVE[index(d.month)]),
            },
            Spec::Months { from, to } if from == to => write!(f, "{from}"),
            Spec::Months { from, to } if from.year == to.year => {
                write!(f, "{}–{to}", NOMINATIVE[index(from.month)])
            }
            Spec::Months { from, to } => write!(f, "{from} – {to}"),
            Spec::Window {
                anchor,
                first,
                last,
            } => {
                f.write_str("в течение ")?;
                if let (Anchor::Activity(_), 1, 1) = (anchor, first, last) {
                    return write!(f, "месяца {anchor}");
                }
                write_number(f, *first, true)?;
                if last != first {
                    f.write_str(" – ")?;
                    write_number(f, *last, true)?;
                }
                write!(f, " месяца {anchor}")
            }
            Spec::Point {
                anchor,
                half_months,
            } => {
                write_months(f, half_months / 2, half_months % 2 == 1)?;
                write!(f, " {anchor}")
            }
            Spec::Days {
                anchor,
                days,
                working,
            } => {
                let (kind, noun) = match (working, days) {
                    (true, 1) => (" рабочего", "дня"),
                    (true, _) => (" рабочих", "дней"),
                    (false, 1) => ("", "дня"),
                    (false, _) => ("", "дней"),
                };
                write!(f, "в течение {days}{kind} {noun} {anchor}")
            }
            Spec::Until { anchor, months, to } => {
                match months {
                    1 => f.write_str("от месяца")?,
                    n => write!(f, "от {n} месяцев")?,
                }
                write!(f, " {anchor} до {}", GENITIVE[index(to.month)])?;
                match to.year {
                    Some(y) => write!(f, " {y} г."),
                    None => Ok(()),
                }
            }
            Spec::Every { every, at } => {
                write!(f, "{every}")?;
                match at {
                    Some(at) => write!(f, " {at}"),
                    None => Ok(()),
                }
            }
            Spec::Open(open) => f.write_str(match open {
                Open::Period => "в течение всего периода",
                Open::Year => "в течение года",
                Open::SchoolYear => "в течение учебного года",
                Open::Schedule => "в соответствии со сроками реализации программ",
                Open::AsNeeded => "при необходимости",
            }),
            Spec::PeriodEnd => f.write_str("по итогам реализации программы"),
        }
    }
}

/// «месяц», «полтора месяца», «два с половиной месяца», «пять месяцев», «13 месяцев»
fn write_months(f: &mut fmt::Formatter<'_>, n: u32, half: bool) -> fmt::Result {
    match (n, half) {
        (0, _) => f.write_str("полмесяца"),
        (1, false) => f.write_str("месяц"),
        (1, true) => f.write_str("полтора месяца"),
        _ => {
            write_number(f, n, false)?;
            let noun = if n <= 4 {
                "месяца"
            } else {
                "месяцев"
            };
            let half = if half { " с половиной" } else { "" };
            write!(f, "{half} {noun}")
        }
    }
}

/// A number in words up to twelve, in digits above («13-го», «13»).
fn write_number(f: &mut fmt::Formatter<'_>, n: u32, ordinal: bool) -> fmt::Result {
    let words = if ordinal { &ORDINALS } else { &CARDINALS };
    match (words.get((n as usize).wrapping_sub(1)), ordinal) {
        (Some(word), _) => f.write_str(word),
        (None, true) => write!(f, "{n}-го"),
        (None, false) => write!(f, "{n}"),
    }
}

/// JSON Schema of `due`: a phrase, a structured item, or a list of either.
pub fn schema() -> schemars::Schema {
    let month = serde_json::json!({
        "anyOf": [
            {"type": "integer", "minimum": 1, "maximum": 12},
            {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"}
        ]
    });
    let every = serde_json::json!({"enum": ["year", "half-year", "quarter", "month"]});
    let item = serde_json::json!({
        "type": "object",
        "additionalProperties": false,
        "description": "Structured deadline; the keys present decide the form (docs/deadlines.md). — \
                        Структурированный срок; форма определяется ключами (docs/deadlines.md).",
        "properties": {
            "date": {"type": "string", "format": "date", "description": "A fixed date. — Дата."},
            "day": {"type": "integer", "minimum": 1, "maximum": 31, "description": "Day of `month`. — День месяца."},
            "month": {"description": "A month: 5 (any year) or 2022-05. — Месяц: 5 (любой год) или 2022-05.", "anyOf": month["anyOf"]},
            "to": {"description": "Last month of a range. — Последний месяц диапазона.", "anyOf": month["anyOf"]},
            "year": {"type": "integer", "minimum": 1900, "maximum": 2199, "description": "Year of `day`/`month`. — Год."},
            "after": {"type": "string", "description": "`order` or the id of an activity the deadline counts from. — \
                                                        `order` или номер мероприятия, от которого отсчитывается срок."},
            "within": {"description": "The N-th month after, or [first, last]. — N-й месяц после или [первый, последний].",
                       "anyOf": [{"type": "integer", "minimum": 1, "maximum": 120},
                                 {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 120}, "minItems": 2, "maxItems": 2}]},
            "days": {"type": "integer", "minimum": 1, "maximum": 366,
                     "description": "Days after (a window), e.g. 10. — Через сколько дней."},
            "working": {"type": "boolean", "description": "`days` are working days. — Рабочие дни."},
            "months": {"type": "number", "minimum": 0.5, "maximum": 120, "multipleOf": 0.5,
                       "description": "Months after (a checkpoint), e.g. 2.5. — Через сколько месяцев (контрольная точка)."},
            "until": {"description": "Month a window counted from `after` ends in. — Месяц окончания.", "anyOf": month["anyOf"]},
            "every": {"description": "Recurring: year, quarter or month. — Периодичность.", "enum": every["enum"]},
            "then": {"description": "Repeats after the first window. — Далее повторяется.", "enum": every["enum"]},
            "open": {"description": "No date of its own. — Без собственной даты.",
                     "enum": ["period", "year", "school-year", "schedule", "as-needed"]},
            "at": {"description": "The end of the period. — По итогам программы.", "enum": ["period-end"]},
            "checkpoint": {"type": "boolean", "description": "A checkpoint (КТ). — Контрольная точка."}
        }
    });
    schemars::json_schema!({
        "description": "Deadline as written in the document, or a structured deadline. — \
                        Срок, как написан в документе, или структурированный срок.",
        "anyOf": [
            {"type": "string"},
            item,
            {"type": "array", "items": {"anyOf": [{"type": "string"}, item]}, "minItems": 1}
        ]
    })
}

/// Strategies for property tests: any deadline the language can express.
#[cfg(test)]
pub mod arbitrary {
    use proptest::prelude::*;

    use super::*;

    fn month() -> impl Strategy<Value = Month> {
        (1..=12u32, prop::option::of(1990..2100i32)).prop_map(|(month, year)| Month { month, year })
    }

    fn day(with_year: bool) -> impl Strategy<Value = Day> {
        let year = if with_year {
            prop::option::of(1990..2100i32).boxed()
        } else {
            Just(None).boxed()
        };
        (1..=28u32, 1..=12u32, year).prop_map(|(day, month, year)| Day { day, month, year })
    }

    fn months() -> impl Strategy<Value = Spec> {
        (month(), month()).prop_filter_map("reversed", |(a, b)| Spec::months(a, b))
    }

    fn anchor() -> impl Strategy<Value = Anchor> {
        prop_oneof![
            Just(Anchor::Order),
            (1..9u32, 1..20u32).prop_map(|(a, b)| Anchor::Activity(format!("{a}.{b}")))
        ]
    }

    fn absolute() -> impl Strategy<Value = Spec> {
        prop_oneof![day(true).prop_map(Spec::Date), months()]
    }

    fn single() -> impl Strategy<Value = Spec> {
        let yearless_months = (1..=12u32, 1..=12u32).prop_map(|(a, b)| Spec::Months {
            from: Month {
                month: a,
                year: None,
            },
            to: Month {
                month: b,
                year: None,
            },
        });
        prop_oneof![
            absolute(),
            (anchor(), 1..20u32, 0..5u32).prop_map(|(anchor, first, n)| Spec::Window {
                anchor,
                first,
                last: first + n
            }),
            (anchor(), 1..40u32).prop_map(|(anchor, half_months)| Spec::Point {
                anchor,
                half_months
            }),
            (anchor(), 1..366u32, any::<bool>()).prop_map(|(anchor, days, working)| {
                Spec::Days {
                    anchor,
                    days,
                    working,
                }
            }),
            (anchor(), 1..12u32, month()).prop_map(|(anchor, months, to)| Spec::Until {
                anchor,
                months,
                to
            }),
            prop_oneof![
                Just(None),
                day(false).prop_map(|d| Some(Spec::Date(d))),
                yearless_months.prop_map(Some)
            ]
            .prop_map(|at| Spec::Every {
                every: Every::Year,
                at: at.map(Box::new)
            }),
            prop_oneof![
                Just(Every::HalfYear),
                Just(Every::Quarter),
                Just(Every::Month)
            ]
            .prop_map(|every| Spec::Every { every, at: None }),
            prop_oneof![
                Just(Open::Period),
                Just(Open::Year),
                Just(Open::SchoolYear),
                Just(Open::Schedule),
                Just(Open::AsNeeded)
            ]
            .prop_map(Spec::Open),
            Just(Spec::PeriodEnd),
        ]
    }

    pub fn deadline() -> impl Strategy<Value = Deadline> {
        let items = prop_oneof![
            single().prop_map(|s| vec![s]),
            prop::collection::vec(absolute(), 2..4)
        ];
        let then = prop::option::of(prop_oneof![
            Just(Every::Year),
            Just(Every::HalfYear),
            Just(Every::Quarter),
            Just(Every::Month)
        ]);
        (items, then, any::<bool>()).prop_map(|(items, then, checkpoint)| {
            let repeats = !matches!(
                items[0],
                Spec::Open(_) | Spec::Every { .. } | Spec::PeriodEnd
            );
            Deadline {
                items,
                then: then.filter(|_| repeats),
                checkpoint,
            }
        })
    }
}
