//! Coverage (`mentor coverage`): where the program stands against its
//! targets in a calendar year — every indicator of product.md with its
//! value, target, numerator, denominator and how many more people are needed.
//!
//! A person counts for year Y when they were in a pair active at some time
//! in Y. Ages (10–19, 15–19) are taken on the first day of Y they were in a
//! pair. Percentages are rounded to one decimal for display only; "needed"
//! is the smallest whole number of people that reaches the target.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;

use chrono::NaiveDate;

use crate::program::{Enrollment, Ladder, Program};
use crate::registry::Registry;
use crate::registry::model::{Person, Side};
use crate::registry::values::{Form, Role};
use crate::text::fold;

/// An indicator of coverage (ids of product.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Indicator {
    Involvement,
    Mentees1019,
    Mentors1519,
    Teachers,
    YoungTeachers,
    Partners,
    SatisfactionMentees,
    SatisfactionMentors,
}

impl Indicator {
    pub const ALL: [Indicator; 8] = [
        Indicator::Involvement,
        Indicator::Mentees1019,
        Indicator::Mentors1519,
        Indicator::Teachers,
        Indicator::YoungTeachers,
        Indicator::Partners,
        Indicator::SatisfactionMentees,
        Indicator::SatisfactionMentors,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Indicator::Involvement => "involvement",
            Indicator::Mentees1019 => "mentees_10_19",
            Indicator::Mentors1519 => "mentors_15_19",
            Indicator::Teachers => "teachers",
            Indicator::YoungTeachers => "young_teachers",
            Indicator::Partners => "partners",
            Indicator::SatisfactionMentees => "satisfaction_mentees",
            Indicator::SatisfactionMentors => "satisfaction_mentors",
        }
    }

    /// The default ladder (domain page §6): percent by year. Years between
    /// two steps are interpolated; after the last one its value holds.
    fn default_ladder(self) -> &'static [(i32, f64)] {
        match self {
            // «Современная школа»; the same ladder for teachers in school roadmaps.
            Indicator::Involvement | Indicator::Teachers => &[
                (2020, 10.0),
                (2021, 20.0),
                (2022, 30.0),
                (2023, 50.0),
                (2024, 70.0),
            ],
            Indicator::Mentees1019 | Indicator::YoungTeachers => &[(2020, 10.0), (2024, 70.0)],
            Indicator::Mentors1519 => &[(2020, 2.0), (2024, 10.0)],
            Indicator::Partners => &[(2020, 2.0), (2024, 30.0)],
            Indicator::SatisfactionMentees | Indicator::SatisfactionMentors => {
                &[(2020, 50.0), (2024, 85.0)]
            }
        }
    }

    fn configured(self, program: &Program) -> Option<&Ladder> {
        let t = &program.targets;
        match self {
            Indicator::Involvement => t.involvement.as_ref(),
            Indicator::Mentees1019 => t.mentees_10_19.as_ref(),
            Indicator::Mentors1519 => t.mentors_15_19.as_ref(),
            Indicator::Teachers => t.teachers.as_ref(),
            Indicator::YoungTeachers => t.young_teachers.as_ref(),
            Indicator::Partners => t.partners.as_ref(),
            Indicator::SatisfactionMentees => t.satisfaction_mentees.as_ref(),
            Indicator::SatisfactionMentors => t.satisfaction_mentors.as_ref(),
        }
    }

    /// The `enrollment` key of the denominator; `None` for satisfaction.
    pub fn denominator_key(self) -> Option<&'static str> {
        match self {
            Indicator::Involvement => Some("learners"),
            Indicator::Mentees1019 => Some("learners_10_19"),
            Indicator::Mentors1519 => Some("learners_15_19"),
            Indicator::Teachers => Some("teachers"),
            Indicator::YoungTeachers => Some("young_teachers"),
            Indicator::Partners => Some("partner_organizations"),
            Indicator::SatisfactionMentees | Indicator::SatisfactionMentors => None,
        }
    }

    fn denominator(self, e: &Enrollment) -> Option<u32> {
        let field = match self {
            Indicator::Involvement => &e.learners,
            Indicator::Mentees1019 => &e.learners_10_19,
            Indicator::Mentors1519 => &e.learners_15_19,
            Indicator::Teachers => &e.teachers,
            Indicator::YoungTeachers => &e.young_teachers,
            Indicator::Partners => &e.partner_organizations,
            Indicator::SatisfactionMentees | Indicator::SatisfactionMentors => return None,
        };
        field.as_ref().map(|l| l.value)
    }
}

/// The target of an indicator in `year`: the configured value of that year;
/// after the last configured year, its value; else the default ladder.
pub fn target(indicator: Indicator, program: &Program, year: i32) -> Option<f64> {
    if let Some(ladder) = indicator.configured(program).filter(|l| !l.is_empty()) {
        if let Some(v) = ladder.get(&year) {
            return Some(v.value);
        }
        if let Some((_, last)) = ladder.range(..year).next_back() {
            return Some(last.value);
        }
    }
    let steps = indicator.default_ladder();
    let Some(after) = steps.iter().position(|(y, _)| *y >= year) else {
        // After the ladder its last value holds.
        return steps.last().map(|(_, v)| *v);
    };
    let (y1, v1) = steps[after];
    if y1 == year || after == 0 {
        return (y1 == year).then_some(v1);
    }
    let (y0, v0) = steps[after - 1];
    Some(v0 + (v1 - v0) * f64::from(year - y0) / f64::from(y1 - y0))
}

/// One indicator in one year (its fields are the report's KPI in JSON).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Figure {
    #[serde(skip)]
    pub indicator: Indicator,
    /// Percent; `None` without a denominator (or without survey answers).
    pub value: Option<f64>,
    pub target: Option<f64>,
    pub met: Option<bool>,
    /// People counted (answers, for satisfaction).
    pub numerator: u32,
    pub denominator: Option<u32>,
    /// More people needed to meet the target.
    pub needed: Option<u32>,
}

impl Indicator {
    /// A mean of people's answers (satisfaction), not a share of people.
    pub fn is_mean(self) -> bool {
        matches!(
            self,
            Indicator::SatisfactionMentees | Indicator::SatisfactionMentors
        )
    }
}

impl Figure {
    /// Percents to one decimal, as every output shows them.
    pub fn rounded(&self) -> Figure {
        Figure {
            value: self.value.map(one_decimal),
            target: self.target.map(one_decimal),
            ..self.clone()
        }
    }
}

/// A year of the program.
#[derive(Debug, Clone, PartialEq)]
pub struct Year {
    pub year: i32,
    pub figures: Vec<Figure>,
    /// Pairs active in the year, by form.
    pub forms: BTreeMap<&'static str, u32>,
    /// Satisfaction by side (`mentees`, `mentors`) and form of the answering
    /// person's pair: mean percent and number of answers.
    pub satisfaction_by_form: BTreeMap<(&'static str, &'static str), (f64, u32)>,
}

/// A form's name in the breakdowns; «—» for pairs without a form.
fn form_name(form: Option<Form>) -> &'static str {
    form.map_or("—", Form::name)
}

/// A percentage as every output shows it: one decimal, 33.3.
pub fn one_decimal(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// The first and the last day of a calendar year.
pub fn year_span(year: i32) -> (NaiveDate, NaiveDate) {
    (ymd(year, 1, 1), ymd(year, 12, 31))
}

/// Every indicator for `year`.
pub fn year(program: &Program, reg: &Registry, year: i32) -> Year {
    let (first, last) = year_span(year);
    let active: Vec<_> = reg
        .pairs
        .iter()
        .filter(|p| p.active_during(first, last))
        .collect();
    // Each person once, on the first day of the year they were in a pair
    // (hashed: only counts are taken from these).
    let mut mentees: FxHashMap<&str, NaiveDate> = FxHashMap::default();
    let mut mentors: FxHashMap<&str, NaiveDate> = FxHashMap::default();
    mentees.reserve(active.len());
    // Counted by form, named at the end: comparing names per pair is slow.
    let mut by_form: FxHashMap<Option<Form>, u32> = FxHashMap::default();
    for p in &active {
        let from = p.start.map_or(first, |s| s.max(first));
        if let Some(id) = p.mentee_id.as_deref() {
            let day = mentees.entry(id).or_insert(from);
            *day = (*day).min(from);
        }
        let day = mentors.entry(p.mentor_id.as_str()).or_insert(from);
        *day = (*day).min(from);
        *by_form.entry(p.form).or_default() += 1;
    }
    let forms: BTreeMap<&'static str, u32> = by_form
        .into_iter()
        .map(|(form, n)| (form_name(form), n))
        .collect();
    let mentee_people: Vec<(&Person, NaiveDate)> = mentees
        .iter()
        .filter_map(|(id, on)| Some((&reg.mentee(id)?.person, *on)))
        .collect();
    let mentor_people: Vec<(&Person, NaiveDate)> = mentors
        .iter()
        .filter_map(|(id, on)| Some((&reg.mentor(id)?.person, *on)))
        .collect();
    let learner = |p: &Person| p.role.is_some_and(Role::is_learner);
    let aged = |p: &Person, on: NaiveDate, range: std::ops::RangeInclusive<u32>| {
        p.age_on(on).is_some_and(|a| range.contains(&a))
    };
    let count = |people: &[(&Person, NaiveDate)], keep: &dyn Fn(&Person, NaiveDate) -> bool| {
        people.iter().filter(|(p, on)| keep(p, *on)).count() as u32
    };
    let partners: BTreeSet<String> = mentor_people
        .iter()
        .map(|(p, _)| *p)
        .filter(|p| matches!(p.role, Some(Role::Employer | Role::Partner)))
        .filter_map(|p| p.organization.as_deref().map(fold))
        .collect();
    let enrollment = program.enrollment.get(&year);
    let figures = Indicator::ALL
        .iter()
        .map(|&indicator| {
            let numerator = match indicator {
                Indicator::Involvement => {
                    count(&mentee_people, &|p, _| learner(p))
                        + count(&mentor_people, &|p, _| learner(p))
                }
                Indicator::Mentees1019 => count(&mentee_people, &|p, on| aged(p, on, 10..=19)),
                Indicator::Mentors1519 => {
                    count(&mentor_people, &|p, on| learner(p) && aged(p, on, 15..=19))
                }
                // «Охват педагогических работников»: teachers in the
                // programs in any role, mentors as well as mentees.
                Indicator::Teachers => {
                    // Mentors and mentees are two bases: a teacher in both
                    // (the same name and birth date) counts once.
                    let teacher =
                        |p: &&Person| matches!(p.role, Some(Role::Teacher | Role::YoungTeacher));
                    let key = |p: &Person| (fold(&p.name), p.birth);
                    let teachers: Vec<&Person> = mentee_people
                        .iter()
                        .map(|(p, _)| *p)
                        .filter(teacher)
                        .collect();
                    let known: BTreeSet<_> = teachers
                        .iter()
                        .filter(|p| !p.name.is_empty())
                        .map(|p| key(p))
                        .collect();
                    let mentors = mentor_people
                        .iter()
                        .map(|(p, _)| *p)
                        .filter(teacher)
                        .filter(|p| p.name.is_empty() || !known.contains(&key(p)))
                        .count();
                    (teachers.len() + mentors) as u32
                }
                Indicator::YoungTeachers => {
                    count(&mentee_people, &|p, _| p.role == Some(Role::YoungTeacher))
                }
                Indicator::Partners => partners.len() as u32,
                Indicator::SatisfactionMentees | Indicator::SatisfactionMentors => 0,
            };
            let target = target(indicator, program, year);
            match indicator {
                Indicator::SatisfactionMentees | Indicator::SatisfactionMentors => {
                    let side = if indicator == Indicator::SatisfactionMentees {
                        Side::Mentee
                    } else {
                        Side::Mentor
                    };
                    let scores: Vec<f64> = reg
                        .surveys
                        .iter()
                        .filter(|s| {
                            s.side == Some(side)
                                && s.date.is_some_and(|d| (first..=last).contains(&d))
                        })
                        .filter_map(|s| Some(s.score? / s.scale * 100.0))
                        .collect();
                    let value = (!scores.is_empty())
                        .then(|| scores.iter().sum::<f64>() / scores.len() as f64);
                    Figure {
                        indicator,
                        value,
                        target,
                        met: value.zip(target).map(|(v, t)| v >= t),
                        numerator: scores.len() as u32,
                        denominator: None,
                        needed: None,
                    }
                }
                _ => {
                    let denominator = enrollment.and_then(|e| indicator.denominator(e));
                    let value = denominator
                        .filter(|d| *d > 0)
                        .map(|d| f64::from(numerator) * 100.0 / f64::from(d));
                    // Of nobody, no share and no number needed can be computed.
                    let needed = denominator.filter(|d| *d > 0).zip(target).map(|(d, t)| {
                        // The smallest count whose share is at least the target.
                        let wanted = (t * f64::from(d) / 100.0 - 1e-9).ceil().max(0.0) as u32;
                        wanted.saturating_sub(numerator)
                    });
                    Figure {
                        indicator,
                        value,
                        target,
                        met: value.zip(target).map(|(v, t)| v + 1e-9 >= t),
                        numerator,
                        denominator,
                        needed,
                    }
                }
            }
        })
        .collect();
    // The form of each person's first pair active in the year.
    let mut form_of: FxHashMap<(Side, &str), Option<Form>> = FxHashMap::default();
    for p in &active {
        let form = p.form;
        if let Some(id) = p.mentee_id.as_deref() {
            form_of.entry((Side::Mentee, id)).or_insert(form);
        }
        form_of
            .entry((Side::Mentor, p.mentor_id.as_str()))
            .or_insert(form);
    }
    let mut sums: FxHashMap<(Side, Option<Form>), (f64, u32)> = FxHashMap::default();
    for s in reg
        .surveys
        .iter()
        .filter(|s| s.date.is_some_and(|d| (first..=last).contains(&d)))
    {
        let (Some(side), Some(score)) = (s.side, s.score) else {
            continue;
        };
        let Some(&form) = form_of.get(&(side, s.person_id.as_str())) else {
            continue;
        };
        let entry = sums.entry((side, form)).or_default();
        entry.0 += score / s.scale * 100.0;
        entry.1 += 1;
    }
    let satisfaction_by_form = sums
        .into_iter()
        .map(|((side, form), (sum, n))| {
            let side = if side == Side::Mentee {
                "mentees"
            } else {
                "mentors"
            };
            ((side, form_name(form)), (sum / f64::from(n), n))
        })
        .collect();
    Year {
        year,
        figures,
        forms,
        satisfaction_by_form,
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::columns::Kind;

    fn program(yaml: &str) -> Program {
        let source = crate::yaml::Source::new("mentor.yaml", yaml);
        let (program, findings) = crate::decode::load(&source, crate::program::decode);
        assert!(findings.is_empty(), "{findings:?}");
        program.expect("a program")
    }

    const BASE: &str =
        "organization: Школа\nkind: school\nperiod: {start: 2020-09-01, end: 2027-08-31}\n";

    #[test]
    fn targets_follow_the_ladders_and_the_configuration() {
        let p = program(BASE);
        assert_eq!(target(Indicator::Involvement, &p, 2022), Some(30.0));
        assert_eq!(
            target(Indicator::Involvement, &p, 2027),
            Some(70.0),
            "the last step holds"
        );
        assert_eq!(target(Indicator::Involvement, &p, 2019), None);
        assert_eq!(
            target(Indicator::Mentors1519, &p, 2022),
            Some(6.0),
            "interpolated between 2 and 10"
        );
        let p = program(&format!(
            "{BASE}targets:\n  involvement: {{2025: 75, 2026: 80}}\n"
        ));
        assert_eq!(target(Indicator::Involvement, &p, 2026), Some(80.0));
        assert_eq!(
            target(Indicator::Involvement, &p, 2027),
            Some(80.0),
            "after the last configured year"
        );
        assert_eq!(
            target(Indicator::Involvement, &p, 2023),
            Some(50.0),
            "before it, the default"
        );
    }

    /// Three learners of whom one pair ended in 2024: hand-computed figures.
    #[test]
    fn figures_count_people_active_in_the_year() {
        let p = program(&format!(
            "{BASE}enrollment:\n  2025: {{learners: 7, learners_10_19: 7, learners_15_19: 3}}\n"
        ));
        let mentees = "id,name,role,birth_date,consent_date\nS1,А,ученик,2012-01-01,2024-09-01\nS2,Б,ученик,2013-01-01,2024-09-01\nS3,В,ученик,2010-01-01,2024-09-01\n";
        let mentors = "id,name,role,birth_date,capacity,consent_date\nM1,Г,ученик,2009-06-01,2,2024-09-01\nM2,Д,педагог,1980-01-01,2,2024-09-01\n";
        let pairs = "mentor_id,mentee_id,form,start,end\nM1,S1,ученик – ученик,2024-10-01,\nM2,S2,учитель – ученик,2025-03-01,\nM2,S3,учитель – ученик,2023-09-01,2024-05-31\n";
        let files = [
            (Kind::Mentees, mentees),
            (Kind::Mentors, mentors),
            (Kind::Pairs, pairs),
        ]
        .map(|(k, t)| (k, k.file().into(), t.as_bytes().to_vec()))
        .to_vec();
        let (reg, findings) = Registry::read(files);
        assert!(findings.is_empty(), "{findings:?}");
        let y = year(&p, &reg, 2025);
        let f = |i: Indicator| figure(&y, i);
        // S1, S2 as mentees and M1 as a mentor; S3's pair ended in 2024.
        let involvement = f(Indicator::Involvement);
        assert_eq!(
            (involvement.numerator, involvement.denominator),
            (3, Some(7))
        );
        // 70 % of 7 is 4.9: five people, two more.
        assert_eq!(involvement.needed, Some(2));
        assert_eq!(
            f(Indicator::Mentors1519).numerator,
            1,
            "M1 is 15 on 1 January 2025"
        );
        assert_eq!(y.forms.values().sum::<u32>(), 2);
    }

    /// Teachers count in any role: a teacher mentoring a learner is in the
    /// programs as much as a young teacher being mentored; young teachers
    /// stay a figure of mentees.
    #[test]
    fn teachers_count_as_mentors_and_as_mentees() {
        let p = program(&format!(
            "{BASE}enrollment:\n  2025: {{learners: 8, teachers: 4, young_teachers: 2}}\n"
        ));
        // M2 (педагог) mentors S0 (a learner) from March 2024, open-ended.
        let reg = registry(&[(2, 0, 2, None)]);
        let y = year(&p, &reg, 2025);
        let f = |i: Indicator| figure(&y, i);
        assert_eq!(f(Indicator::Teachers).numerator, 1, "the teacher mentor");
        assert_eq!(f(Indicator::YoungTeachers).numerator, 0);
        assert_eq!(f(Indicator::Involvement).numerator, 1, "the learner mentee");
    }

    /// One indicator's figure of a year.
    fn figure(y: &Year, i: Indicator) -> Figure {
        y.figures
            .iter()
            .find(|f| f.indicator == i)
            .cloned()
            .expect("figure")
    }

    fn registry(pairs: &[(usize, usize, u32, Option<u32>)]) -> Registry {
        let mentees = "id,name,role,birth_date,consent_date\n".to_owned()
            + &(0..6)
                .map(|i| format!("S{i},Н{i},ученик,201{i}-01-01,2024-09-01\n"))
                .collect::<String>();
        let mentors = "id,name,role,birth_date,capacity,consent_date\nM0,А,ученик,2008-01-01,9,2024-09-01\nM1,Б,студент,2006-01-01,9,2024-09-01\nM2,В,педагог,1980-01-01,9,2024-09-01\n";
        let month = |m: u32| format!("{}-{:02}-01", 2024 + m / 12, m % 12 + 1);
        let rows: String = pairs
            .iter()
            .map(|&(mentor, mentee, start, end)| {
                let end = end.map(|e| month(start + e)).unwrap_or_default();
                format!(
                    "M{mentor},S{mentee},учитель – ученик,{},{end}\n",
                    month(start)
                )
            })
            .collect();
        let pairs = "mentor_id,mentee_id,form,start,end\n".to_owned() + &rows;
        let files = [
            (Kind::Mentees, mentees),
            (Kind::Mentors, mentors.to_owned()),
            (Kind::Pairs, pairs),
        ]
        .map(|(k, t)| (k, k.file().into(), t.into_bytes()))
        .to_vec();
        Registry::read(files).0
    }

    fn pair() -> impl proptest::strategy::Strategy<Value = (usize, usize, u32, Option<u32>)> {
        (
            0..3usize,
            0..6usize,
            0..36u32,
            proptest::option::of(0..24u32),
        )
    }

    proptest::proptest! {
        /// With every participant in the enrollment, every share stays within
        /// 0–100 %; and one more pair never lowers involvement.
        #[test]
        fn shares_are_percentages_and_pairs_only_add(pairs in proptest::collection::vec(pair(), 0..12), extra in pair()) {
            let p = program(&format!("{BASE}enrollment:\n  2025: {{learners: 8, learners_10_19: 8, learners_15_19: 8, teachers: 1, young_teachers: 1, partner_organizations: 1}}\n"));
            let before = year(&p, &registry(&pairs), 2025);
            for f in &before.figures {
                proptest::prop_assert!(f.value.is_none_or(|v| (0.0..=100.0).contains(&v)), "{:?}", f);
            }
            let mut more = pairs.clone();
            more.push(extra);
            let after = year(&p, &registry(&more), 2025);
            proptest::prop_assert!(after.figures[0].numerator >= before.figures[0].numerator);
        }
    }
}
