//! Roadmaps: the model, the keyword model of key documents, the
//! seven-stage checks and the calendar of deadlines.

pub mod check;
pub mod documents;
pub mod import;
pub mod model;
pub mod plan;
pub mod timing;

pub use model::Roadmap;

use chrono::NaiveDate;

use crate::deadline::calendar::Calendar;
use crate::decode;
use crate::finding::Finding;
use crate::program::Program;
use crate::yaml::Source;

/// What the program folder and the command line add to a roadmap: the
/// launching order, the period, the production calendar, and `--today`
/// (overdue work is reported only when it is given, so CI output does not
/// change with the date).
#[derive(Debug, Clone, Default)]
pub struct Setting {
    pub order: Option<NaiveDate>,
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub calendar: Calendar,
    pub today: Option<NaiveDate>,
}

impl Setting {
    /// The setting of a program folder; without a readable `mentor.yaml`,
    /// each roadmap stands on its own `approved` and `period`.
    pub fn of(program: Option<&Program>, today: Option<NaiveDate>) -> Self {
        let Some(program) = program else {
            return Setting {
                today,
                ..Setting::default()
            };
        };
        Setting {
            order: program.order.as_ref().map(|o| o.date.value),
            period: Some((program.period.start.value, program.period.end.value)),
            calendar: program.calendar.calendar(),
            today,
        }
    }
}

/// Parses, decodes and checks one roadmap text: every finding, schema and rules.
pub fn check_source(source: &Source, setting: &Setting) -> Vec<Finding> {
    load_and_check(source, setting).1
}

/// Parses, decodes and checks one roadmap text: the roadmap, when it
/// decodes, and every finding.
pub fn load_and_check(source: &Source, setting: &Setting) -> (Option<Roadmap>, Vec<Finding>) {
    let (roadmap, mut findings) = decode::load(source, model::decode);
    if let Some(roadmap) = &roadmap {
        findings.extend(check::check(roadmap));
        let scheduled = timing::schedule(roadmap, setting);
        findings.extend(timing::check(roadmap, setting, &scheduled));
    }
    (roadmap, findings)
}
