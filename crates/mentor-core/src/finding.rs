//! Findings: what a check reports. Data only — renderers turn them into text.

use std::fmt;
use std::sync::Arc;

use serde::Serialize;

/// Rule codes from the product contract. The kebab-case names are stable:
/// CI pipelines filter on them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    YamlSyntax,
    Schema,
    StageMissing,
    StageOrder,
    StageEarlyStart,
    DeadlineUnparsed,
    DeadlineMissing,
    DeadlineOutsidePeriod,
    DeadlineBeforeApproval,
    DeadlineNonworking,
    RefUnknown,
    RefCycle,
    IdDuplicate,
    IdGap,
    ResponsibleMissing,
    ResultMissing,
    OutputMissing,
    CheckpointMissing,
    Overdue,
    CsvSyntax,
    ColumnMissing,
    ValueInvalid,
    ConsentMissing,
    AgeOutOfRange,
    FormulaLike,
    PairUnknownPerson,
    PairParentChild,
    PairOverCapacity,
    PairNoConsent,
    MeetingGap,
    DeadlineUnresolved,
    PersonDuplicate,
    MeetingUnknownPair,
    MeetingSequence,
    WantsUnknownMentor,
    MeetingInFuture,
    ConstraintConflict,
    ConstraintUnmet,
    YamlComment,
    DoneInFuture,
    MeetingDuplicate,
}

impl Code {
    /// Every code, in the order of the contract's table (extensions last).
    pub const ALL: [Code; 41] = [
        Code::YamlSyntax,
        Code::Schema,
        Code::StageMissing,
        Code::StageOrder,
        Code::StageEarlyStart,
        Code::DeadlineUnparsed,
        Code::DeadlineMissing,
        Code::DeadlineOutsidePeriod,
        Code::DeadlineBeforeApproval,
        Code::DeadlineNonworking,
        Code::RefUnknown,
        Code::RefCycle,
        Code::IdDuplicate,
        Code::IdGap,
        Code::ResponsibleMissing,
        Code::ResultMissing,
        Code::OutputMissing,
        Code::CheckpointMissing,
        Code::Overdue,
        Code::CsvSyntax,
        Code::ColumnMissing,
        Code::ValueInvalid,
        Code::ConsentMissing,
        Code::AgeOutOfRange,
        Code::FormulaLike,
        Code::PairUnknownPerson,
        Code::PairParentChild,
        Code::PairOverCapacity,
        Code::PairNoConsent,
        Code::MeetingGap,
        Code::DeadlineUnresolved,
        Code::PersonDuplicate,
        Code::MeetingUnknownPair,
        Code::MeetingSequence,
        Code::WantsUnknownMentor,
        Code::MeetingInFuture,
        Code::ConstraintConflict,
        Code::ConstraintUnmet,
        Code::YamlComment,
        Code::DoneInFuture,
        Code::MeetingDuplicate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::YamlSyntax => "yaml-syntax",
            Code::Schema => "schema",
            Code::StageMissing => "stage-missing",
            Code::StageOrder => "stage-order",
            Code::StageEarlyStart => "stage-early-start",
            Code::DeadlineUnparsed => "deadline-unparsed",
            Code::DeadlineMissing => "deadline-missing",
            Code::DeadlineOutsidePeriod => "deadline-outside-period",
            Code::DeadlineBeforeApproval => "deadline-before-approval",
            Code::DeadlineNonworking => "deadline-nonworking",
            Code::RefUnknown => "ref-unknown",
            Code::RefCycle => "ref-cycle",
            Code::IdDuplicate => "id-duplicate",
            Code::IdGap => "id-gap",
            Code::ResponsibleMissing => "responsible-missing",
            Code::ResultMissing => "result-missing",
            Code::OutputMissing => "output-missing",
            Code::CheckpointMissing => "checkpoint-missing",
            Code::Overdue => "overdue",
            Code::DeadlineUnresolved => "deadline-unresolved",
            Code::CsvSyntax => "csv-syntax",
            Code::ColumnMissing => "column-missing",
            Code::ValueInvalid => "value-invalid",
            Code::ConsentMissing => "consent-missing",
            Code::AgeOutOfRange => "age-out-of-range",
            Code::FormulaLike => "formula-like",
            Code::PairUnknownPerson => "pair-unknown-person",
            Code::PairParentChild => "pair-parent-child",
            Code::PairOverCapacity => "pair-over-capacity",
            Code::PairNoConsent => "pair-no-consent",
            Code::PersonDuplicate => "person-duplicate",
            Code::MeetingUnknownPair => "meeting-unknown-pair",
            Code::MeetingGap => "meeting-gap",
            Code::MeetingSequence => "meeting-sequence",
            Code::MeetingInFuture => "meeting-in-future",
            Code::WantsUnknownMentor => "wants-unknown-mentor",
            Code::ConstraintConflict => "constraint-conflict",
            Code::ConstraintUnmet => "constraint-unmet",
            Code::YamlComment => "yaml-comment",
            Code::DoneInFuture => "done-in-future",
            Code::MeetingDuplicate => "meeting-duplicate",
        }
    }

    /// The code named `name` (`overdue`, `[overdue]`, any case).
    pub fn named(name: &str) -> Option<Code> {
        let name = name.trim().trim_start_matches('[').trim_end_matches(']');
        Code::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(name))
    }

    /// The severity the contract gives each rule.
    pub fn severity(self) -> Severity {
        match self {
            Code::YamlSyntax
            | Code::Schema
            | Code::StageMissing
            | Code::StageOrder
            | Code::DeadlineUnparsed
            | Code::DeadlineOutsidePeriod
            | Code::RefUnknown
            | Code::RefCycle
            | Code::IdDuplicate
            | Code::DeadlineUnresolved
            | Code::CsvSyntax
            | Code::ColumnMissing
            | Code::ValueInvalid
            | Code::PairUnknownPerson
            | Code::PairParentChild
            | Code::PairOverCapacity
            | Code::PairNoConsent
            | Code::ConstraintConflict => Severity::Error,
            Code::StageEarlyStart
            | Code::DeadlineMissing
            | Code::DeadlineBeforeApproval
            | Code::IdGap
            | Code::ResponsibleMissing
            | Code::ResultMissing
            | Code::OutputMissing
            | Code::Overdue
            | Code::ConsentMissing
            | Code::AgeOutOfRange
            | Code::FormulaLike
            | Code::PersonDuplicate
            | Code::MeetingUnknownPair
            | Code::MeetingGap
            | Code::MeetingInFuture
            | Code::WantsUnknownMentor
            | Code::ConstraintUnmet
            | Code::YamlComment
            | Code::DoneInFuture
            | Code::MeetingDuplicate => Severity::Warning,
            Code::DeadlineNonworking | Code::CheckpointMissing | Code::MeetingSequence => {
                Severity::Info
            }
        }
    }

    /// Fluent id of the one-line rule description (SARIF, `--help`).
    pub fn rule_message_id(self) -> String {
        format!("rule-{}", self.as_str())
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// A place in a file: 1-based line and column (in characters), plus the byte
/// range of the offending text for highlighting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub file: Arc<str>,
    pub line: usize,
    pub column: usize,
    pub bytes: std::ops::Range<usize>,
}

/// A value of a message argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Str(String),
    Num(i64),
    /// A date, written as the language writes dates.
    Date(chrono::NaiveDate),
    /// A window of days, both inclusive (one date when they are the same).
    Window(chrono::NaiveDate, chrono::NaiveDate),
}

impl From<chrono::NaiveDate> for Arg {
    fn from(d: chrono::NaiveDate) -> Self {
        Arg::Date(d)
    }
}
impl From<(chrono::NaiveDate, chrono::NaiveDate)> for Arg {
    fn from((start, end): (chrono::NaiveDate, chrono::NaiveDate)) -> Self {
        Arg::Window(start, end)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u8> for Arg {
    fn from(n: u8) -> Self {
        Arg::Num(n.into())
    }
}

/// In machine outputs an argument is its plain value: a date in ISO form,
/// a window as `[start, end]`.
impl Serialize for Arg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Str(text) => s.serialize_str(text),
            Arg::Num(n) => s.serialize_i64(*n),
            Arg::Date(d) => d.serialize(s),
            Arg::Window(start, end) => (start, end).serialize(s),
        }
    }
}

/// In machine outputs a message is its id and arguments, the same in every
/// language: `{"id": "indicator", "args": {"id": "involvement"}}`.
impl Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        struct Args<'a>(&'a [(&'static str, Arg)]);
        impl Serialize for Args<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut map = s.serialize_map(Some(self.0.len()))?;
                for (name, value) in self.0 {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
        }
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("id", self.id)?;
        map.serialize_entry("args", &Args(&self.args))?;
        map.end()
    }
}

/// A translatable message: a Fluent id and its arguments. The `.help`
/// attribute of the same id, when present, is the hint.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub location: Location,
    pub message: Message,
    /// Stage (1–7) the finding is about, when it is about one.
    pub stage: Option<u8>,
    /// Activity id the finding is about, when it is about one.
    pub activity: Option<String>,
    /// Row of a registry (1 is the first row after the header), when about one.
    pub row: Option<usize>,
    /// Canonical name of the registry column, when about one cell.
    pub column_name: Option<&'static str>,
}

impl Finding {
    pub fn new(code: Code, location: Location, message: Message) -> Self {
        Finding {
            code,
            severity: code.severity(),
            location,
            message,
            stage: None,
            activity: None,
            row: None,
            column_name: None,
        }
    }

    /// About a registry row and, when given, one of its columns.
    pub fn cell(mut self, row: usize, column: Option<&'static str>) -> Self {
        self.row = Some(row);
        self.column_name = column;
        self
    }

    pub fn stage(mut self, stage: u8) -> Self {
        self.stage = Some(stage);
        self
    }

    pub fn activity(mut self, id: Option<&str>) -> Self {
        self.activity = id.map(str::to_owned);
        self
    }
}

/// Sorts findings by file, position and code so output is stable.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let (a, b) = ((&a.location, a.code), (&b.location, b.code));
        // Findings of one file share its name: compared without reading it.
        let file = if Arc::ptr_eq(&a.0.file, &b.0.file) {
            std::cmp::Ordering::Equal
        } else {
            a.0.file.cmp(&b.0.file)
        };
        file.then((a.0.line, a.0.column, a.1).cmp(&(b.0.line, b.0.column, b.1)))
    });
}

/// Counts of findings by severity, for summaries and the exit code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Tally {
    pub fn of(findings: &[Finding]) -> Self {
        let mut t = Tally::default();
        for f in findings {
            match f.severity {
                Severity::Error => t.errors += 1,
                Severity::Warning => t.warnings += 1,
                Severity::Info => t.infos += 1,
            }
        }
        t
    }
}
