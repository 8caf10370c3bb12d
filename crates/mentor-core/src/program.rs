//! `mentor.yaml`: the program of an organization — its launching order,
//! period, enrollment (denominators of coverage), targets and matching
//! weights.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;

use crate::deadline::calendar::Calendar;
use crate::decode::{Decoder, Fields, Located};
use crate::finding::{Code, Finding, Message};
use crate::yaml::{Node, Value};

/// The program of mentoring of one organization (or of a municipality). —
/// Программа наставничества организации (или муниципалитета).
#[derive(Debug, Clone, JsonSchema)]
#[schemars(deny_unknown_fields, title = "mentor.yaml")]
pub struct Program {
    /// Name of the organization. — Наименование организации.
    pub organization: Located<String>,
    /// Kind of organization. — Тип организации: школа, колледж, дополнительное образование.
    pub kind: Located<Kind>,
    /// The order launching the target model: anchor of relative deadlines. —
    /// Приказ о внедрении целевой модели: от его даты отсчитываются сроки.
    pub order: Option<Order>,
    /// Period of the program. — Период реализации программы.
    pub period: Period,
    /// Denominators of coverage by calendar year. — Контингент по календарным годам.
    #[serde(default)]
    pub enrollment: BTreeMap<i32, Enrollment>,
    /// Targets by indicator and year, in percent; defaults are the federal ladders. —
    /// Целевые значения показателей по годам, %; по умолчанию — федеральные.
    #[serde(default)]
    pub targets: Targets,
    /// Settings of `mentor pair suggest`. — Настройки подбора пар.
    #[serde(default)]
    pub matching: Matching,
    /// Settings of `mentor meetings check`. — Настройки контроля встреч.
    #[serde(default)]
    pub meetings: MeetingSettings,
    /// Corrections to the production calendar. — Поправки к производственному календарю.
    #[serde(default)]
    pub calendar: CalendarCorrections,
    /// What the public report may show. — Что может показывать публичный отчёт.
    #[serde(default)]
    pub public: PublicSettings,
}

/// The public report (`--public`). — Публичный отчёт.
#[derive(Debug, Clone, Default, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct PublicSettings {
    /// Fewest people an aggregate of the public report may be over (default 5): a
    /// mean over fewer is shown as «менее N». — Минимальное число людей, по которым
    /// публичный отчёт показывает среднее (по умолчанию 5): по меньшему — «менее N».
    #[schemars(range(min = 2, max = 100))]
    pub min_group: Option<Located<u32>>,
}

impl PublicSettings {
    /// The smallest group a public aggregate may be over.
    pub fn min_group(&self) -> u32 {
        self.min_group.as_ref().map_or(5, |m| m.value)
    }
}

/// Days the federal production calendar gets wrong for this program (a
/// regional holiday, a new decree). — Дни, в которых производственный
/// календарь надо поправить (региональный праздник, новое постановление).
#[derive(Debug, Clone, Default, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CalendarCorrections {
    /// Extra days off. — Дополнительные нерабочие дни.
    #[serde(default)]
    pub holidays: Vec<Located<NaiveDate>>,
    /// Working days that the calendar counts as days off. — Рабочие дни вместо выходных.
    #[serde(default)]
    pub workdays: Vec<Located<NaiveDate>>,
}

impl CalendarCorrections {
    /// The production calendar with these corrections.
    pub fn calendar(&self) -> Calendar {
        let dates = |v: &[Located<NaiveDate>]| v.iter().map(|d| d.value).collect();
        Calendar {
            holidays: dates(&self.holidays),
            workdays: dates(&self.workdays),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// School. — Общеобразовательная организация.
    School,
    /// College (СПО). — Профессиональная образовательная организация.
    College,
    /// Center of additional education. — Организация дополнительного образования.
    Additional,
}

impl Kind {
    pub fn name(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("", |(n, _)| n)
    }

    pub const NAMES: [(&'static str, Kind); 3] = [
        ("school", Kind::School),
        ("college", Kind::College),
        ("additional", Kind::Additional),
    ];
}

/// An order (приказ): its number and date. — Приказ: номер и дата.
#[derive(Debug, Clone, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Order {
    /// Number of the order. — Номер приказа.
    pub number: Located<String>,
    /// Date of the order. — Дата приказа.
    pub date: Located<NaiveDate>,
}

/// A period, both ends inclusive. — Период, включая обе даты.
#[derive(Debug, Clone, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Period {
    /// First day. — Первый день.
    pub start: Located<NaiveDate>,
    /// Last day. — Последний день.
    pub end: Located<NaiveDate>,
}

/// Headcounts of one calendar year. — Численность за календарный год.
#[derive(Debug, Clone, Default, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Enrollment {
    /// All learners. — Всего обучающихся.
    pub learners: Option<Located<u32>>,
    /// Learners aged 10–19. — Обучающихся 10–19 лет.
    pub learners_10_19: Option<Located<u32>>,
    /// Learners aged 15–19. — Обучающихся 15–19 лет.
    pub learners_15_19: Option<Located<u32>>,
    /// Teachers. — Педагогов.
    pub teachers: Option<Located<u32>>,
    /// Young teachers (молодые специалисты). — Молодых специалистов.
    pub young_teachers: Option<Located<u32>>,
    /// Partner organizations. — Организаций-партнеров.
    pub partner_organizations: Option<Located<u32>>,
}

/// Percent by calendar year. — Процент по календарным годам.
pub type Ladder = BTreeMap<i32, Located<f64>>;

/// Targets of the indicators of coverage, percent by year. —
/// Целевые значения показателей, % по годам.
#[derive(Debug, Clone, Default, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Targets {
    /// Learners in mentoring in any role. — Доля обучающихся, вовлеченных в наставничество.
    pub involvement: Option<Ladder>,
    /// Children 10–19 as mentees. — Доля детей 10–19 лет в роли наставляемых.
    pub mentees_10_19: Option<Ladder>,
    /// Children 15–19 as mentors. — Доля детей 15–19 лет в роли наставников.
    pub mentors_15_19: Option<Ladder>,
    /// Teachers as mentees. — Доля педагогов в роли наставляемых.
    pub teachers: Option<Ladder>,
    /// Young teachers as mentees. — Доля молодых специалистов в роли наставляемых.
    pub young_teachers: Option<Ladder>,
    /// Organizations providing mentors. — Доля организаций, предоставивших наставников.
    pub partners: Option<Ladder>,
    /// Satisfaction of mentees. — Удовлетворенность наставляемых.
    pub satisfaction_mentees: Option<Ladder>,
    /// Satisfaction of mentors. — Удовлетворенность наставников.
    pub satisfaction_mentors: Option<Ladder>,
}

/// Settings of the meeting checks. — Настройки контроля встреч.
#[derive(Debug, Clone, Default, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct MeetingSettings {
    /// Days without a meeting after which a pair has stopped meeting (default 14). —
    /// Через сколько дней без встреч пара считается переставшей встречаться (по умолчанию 14).
    #[schemars(range(min = 1, max = 366))]
    pub gap: Option<Located<u32>>,
}

/// Settings of pairing. — Настройки подбора пар.
#[derive(Debug, Clone, Default, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Matching {
    /// Weights of the score. — Веса критериев подбора.
    #[serde(default)]
    pub weights: Weights,
}

/// Integer weights of the pairing score; absent ones keep their defaults. —
/// Веса критериев; не указанные принимают значения по умолчанию.
#[derive(Debug, Clone, Default, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Weights {
    /// Per mentee request covered by a competency (default 5). — За запрос, покрытый компетенцией.
    pub requests: Option<Located<u32>>,
    /// Per shared interest (default 2). — За общий интерес.
    pub interests: Option<Located<u32>>,
    /// Mentee in the mentor's preferred age (default 1). — Возраст в желаемом диапазоне.
    pub age: Option<Located<u32>>,
    /// Overlapping availability (default 1). — Совпадение дней встреч.
    pub schedule: Option<Located<u32>>,
    /// The mentee named this mentor (default 10). — Наставляемый выбрал этого наставника.
    pub choice: Option<Located<u32>>,
}

/// Decodes `mentor.yaml`, reporting every schema problem in the decoder.
pub fn decode(d: &mut Decoder<'_>, root: &Node) -> Option<Program> {
    const KEYS: &[&str] = &[
        "organization",
        "kind",
        "order",
        "period",
        "enrollment",
        "targets",
        "matching",
        "meetings",
        "public",
        "calendar",
    ];
    let f = d.map("mentor.yaml", root, KEYS)?;
    let organization = d.req(&f, "organization", Decoder::text);
    let kind = d.req(&f, "kind", |d, k, n| d.choice(k, n, &Kind::NAMES));
    let order = d.opt(&f, "order", decode_order);
    let period = d.req(&f, "period", decode_period);
    let enrollment = d
        .opt(&f, "enrollment", decode_enrollment)
        .unwrap_or_default();
    let targets = d.opt(&f, "targets", decode_targets).unwrap_or_default();
    let matching = d.opt(&f, "matching", decode_matching).unwrap_or_default();
    let meetings = d
        .opt(&f, "meetings", |d, k, n| {
            let f = d.map(k, n, &["gap"])?;
            let gap = d.opt(&f, "gap", |d, k, n| bounded(d, k, n, 1, 366));
            Some(MeetingSettings { gap })
        })
        .unwrap_or_default();
    let calendar = d.opt(&f, "calendar", decode_calendar).unwrap_or_default();
    let public = d
        .opt(&f, "public", |d, k, n| {
            let f = d.map(k, n, &["min_group"])?;
            let min_group = d.opt(&f, "min_group", |d, k, n| bounded(d, k, n, 2, 100));
            Some(PublicSettings { min_group })
        })
        .unwrap_or_default();
    Some(Program {
        organization: organization?,
        kind: kind?,
        order,
        period: period?,
        enrollment,
        targets,
        matching,
        meetings,
        calendar,
        public,
    })
}

fn decode_calendar(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<CalendarCorrections> {
    let f = d.map(key, node, &["holidays", "workdays"])?;
    let dates = |d: &mut Decoder<'_>, k: &str, n: &Node| Some(d.list(k, n, Decoder::date));
    Some(CalendarCorrections {
        holidays: d.opt(&f, "holidays", dates).unwrap_or_default(),
        workdays: d.opt(&f, "workdays", dates).unwrap_or_default(),
    })
}

fn decode_order(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Order> {
    let f = d.map(key, node, &["number", "date"])?;
    let number = d.req(&f, "number", Decoder::text);
    let date = d.req(&f, "date", Decoder::date);
    Some(Order {
        number: number?,
        date: date?,
    })
}

/// A period whose end is not before its start.
pub fn decode_period(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Period> {
    let f = d.map(key, node, &["start", "end"])?;
    let start = d.req(&f, "start", Decoder::date);
    let end = d.req(&f, "end", Decoder::date)?;
    let start = start?;
    if end.value < start.value {
        let msg = Message::new("schema-period-reversed")
            .arg("start", start.value.to_string())
            .arg("end", end.value.to_string());
        d.report(node, msg);
        return None;
    }
    Some(Period { start, end })
}

fn year(d: &mut Decoder<'_>, node: &Node) -> Option<i32> {
    let y = d.number("year", node, 2000, 2100)?;
    i32::try_from(y.value).ok()
}

/// A whole number from `min` to `max` (the decoder reports one outside).
fn bounded(
    d: &mut Decoder<'_>,
    key: &str,
    node: &Node,
    min: u32,
    max: u32,
) -> Option<Located<u32>> {
    let n = d.number(key, node, i64::from(min), i64::from(max))?;
    Some(Located {
        value: u32::try_from(n.value).ok()?,
        at: n.at,
    })
}

fn count(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Located<u32>> {
    bounded(d, key, node, 0, u32::MAX)
}

fn decode_enrollment(
    d: &mut Decoder<'_>,
    key: &str,
    node: &Node,
) -> Option<BTreeMap<i32, Enrollment>> {
    const KEYS: &[&str] = &[
        "learners",
        "learners_10_19",
        "learners_15_19",
        "teachers",
        "young_teachers",
        "partner_organizations",
    ];
    let mut years = BTreeMap::new();
    for (k, v) in d.entries(key, node) {
        let y = year(d, k);
        let Some(f) = d.map("enrollment", v, KEYS) else {
            continue;
        };
        let e = Enrollment {
            learners: d.opt(&f, "learners", count),
            learners_10_19: d.opt(&f, "learners_10_19", count),
            learners_15_19: d.opt(&f, "learners_15_19", count),
            teachers: d.opt(&f, "teachers", count),
            young_teachers: d.opt(&f, "young_teachers", count),
            partner_organizations: d.opt(&f, "partner_organizations", count),
        };
        check_subset(d, &e);
        if let Some(y) = y {
            years.insert(y, e);
        }
    }
    Some(years)
}

/// Learners of an age band are part of all learners, young teachers part of teachers.
fn check_subset(d: &mut Decoder<'_>, e: &Enrollment) {
    let pairs = [
        (&e.learners_10_19, &e.learners, "learners_10_19", "learners"),
        (
            &e.learners_15_19,
            &e.learners_10_19,
            "learners_15_19",
            "learners_10_19",
        ),
        (&e.young_teachers, &e.teachers, "young_teachers", "teachers"),
    ];
    for (part, whole, part_key, whole_key) in pairs {
        if let (Some(p), Some(w)) = (part, whole)
            && p.value > w.value
        {
            let msg = Message::new("schema-part-exceeds-whole")
                .arg("part", part_key)
                .arg("whole", whole_key)
                .arg("value", p.value.to_string())
                .arg("total", w.value.to_string());
            d.findings
                .push(Finding::new(Code::Schema, p.at.clone(), msg));
        }
    }
}

fn decode_ladder(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Ladder> {
    let mut ladder = Ladder::new();
    for (k, v) in d.entries(key, node) {
        let y = year(d, k);
        let percent = match v.value {
            Value::Int(n) => Some(n as f64),
            Value::Float(x) => Some(x),
            _ => None,
        };
        match (y, percent) {
            (Some(y), Some(p)) if (0.0..=100.0).contains(&p) => {
                ladder.insert(
                    y,
                    Located {
                        value: p,
                        at: d.source.locate(v),
                    },
                );
            }
            (_, Some(_)) | (_, None) => {
                let msg = Message::new("schema-percent").arg("key", key);
                d.report(v, msg);
            }
        }
    }
    Some(ladder)
}

fn decode_targets(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Targets> {
    const KEYS: &[&str] = &[
        "involvement",
        "mentees_10_19",
        "mentors_15_19",
        "teachers",
        "young_teachers",
        "partners",
        "satisfaction_mentees",
        "satisfaction_mentors",
    ];
    let f = d.map(key, node, KEYS)?;
    Some(Targets {
        involvement: d.opt(&f, "involvement", decode_ladder),
        mentees_10_19: d.opt(&f, "mentees_10_19", decode_ladder),
        mentors_15_19: d.opt(&f, "mentors_15_19", decode_ladder),
        teachers: d.opt(&f, "teachers", decode_ladder),
        young_teachers: d.opt(&f, "young_teachers", decode_ladder),
        partners: d.opt(&f, "partners", decode_ladder),
        satisfaction_mentees: d.opt(&f, "satisfaction_mentees", decode_ladder),
        satisfaction_mentors: d.opt(&f, "satisfaction_mentors", decode_ladder),
    })
}

fn decode_matching(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Matching> {
    let f: Fields<'_> = d.map(key, node, &["weights"])?;
    let weights = d.opt(&f, "weights", decode_weights).unwrap_or_default();
    Some(Matching { weights })
}

fn decode_weights(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Weights> {
    let f = d.map(
        key,
        node,
        &["requests", "interests", "age", "schedule", "choice"],
    )?;
    Some(Weights {
        requests: d.opt(&f, "requests", count),
        interests: d.opt(&f, "interests", count),
        age: d.opt(&f, "age", count),
        schedule: d.opt(&f, "schedule", count),
        choice: d.opt(&f, "choice", count),
    })
}
