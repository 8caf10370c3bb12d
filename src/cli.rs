//! Command-line types (clap). Parsing only; the work is in `commands`.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::render::{self, Format};
use mentor_core::keyword::Keyword;
use mentor_core::program::Kind;
use mentor_core::roadmap::timing::Status;

/// Checks and runs a school mentoring program (целевая модель наставничества)
/// kept as plain files in a git folder.
#[derive(Debug, Parser)]
#[command(
    name = "mentor",
    version,
    max_term_width = 100,
    arg_required_else_help = true
)]
pub struct Cli {
    /// Program folder (default: the nearest folder with mentor.yaml, walking up).
    #[arg(long, global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// Language of messages (default: $MENTOR_LANG, then the OS locale, then English).
    #[arg(long, global = true, env = "MENTOR_LANG", value_enum)]
    pub lang: Option<Lang>,

    /// The day to work with, ДД.ММ.ГГГГ or ГГГГ-ММ-ДД (default: today's;
    /// checks use a day only when it is given).
    #[arg(long, global = true, value_name = "DATE", value_parser = parse_day)]
    pub today: Option<NaiveDate>,

    /// Write the output to FILE instead of standard output.
    #[arg(short = 'o', long = "output", global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The output format, written before the command (older spelling of
    /// the command's own `--format`, kept for scripts).
    #[arg(long = "format", hide = true)]
    pub format: Option<Format>,

    /// CSV for Russian Excel: UTF-8 with a BOM, `;` and CRLF.
    #[arg(long, global = true)]
    pub excel: bool,

    /// Treat warnings as errors for the exit code (`--deny warnings`).
    #[arg(long, global = true, value_enum, value_name = "WHAT")]
    pub deny: Option<Deny>,

    /// Also show the YAML parser's own words (in English) where a YAML error
    /// is not one of the usual slips.
    #[arg(long, global = true)]
    pub verbose: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    Warnings,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a program folder: mentor.yaml, a seven-stage roadmap, registries, schemas.
    Init(InitArgs),
    /// Check everything in the program folder: what CI runs on every push.
    Check(CheckArgs),
    /// Work with roadmaps.
    #[command(subcommand)]
    Roadmap(RoadmapCommand),
    /// Work with the registries (registry/*.csv).
    #[command(subcommand)]
    Registry(RegistryCommand),
    /// Form mentor–mentee pairs and groups.
    #[command(subcommand)]
    Pair(PairCommand),
    /// Involvement and the other KPIs against their targets, and how many more
    /// people are needed.
    Coverage(CoverageArgs),
    /// Meetings of the pairs.
    #[command(subcommand)]
    Meetings(MeetingsCommand),
    /// The program on one page: roadmap by stage, indicators and their
    /// history, pairs by form, meetings, satisfaction, open problems; or a
    /// document for the office.
    Report(ReportArgs),
    /// What a check's code means, an example, and how to fix it; without a
    /// code, every code with its meaning.
    Explain {
        /// The code in brackets after «error» or «warning», e.g. stage-missing.
        code: Option<String>,
        /// Output format (md: the table of every code in Markdown).
        #[arg(long, value_parser = formats(&[Format::Human, Format::Md]))]
        format: Option<Format>,
    },
    /// Completion of commands and options for your shell: add the output
    /// to the shell's startup file.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// `--format` of a command that reports findings.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Output format.
    #[arg(long, value_parser = formats(render::FINDING_FORMATS))]
    pub format: Option<Format>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Output format; documents (`--document`): md, html, docx.
    #[arg(long, value_parser = formats(render::report::ALL_FORMATS))]
    pub format: Option<Format>,
    /// Aggregates only, safe for the school website (152-ФЗ): no names,
    /// birth dates, ids or person-level rows.
    #[arg(long)]
    pub public: bool,
    /// Calendar year of the indicators (default: the year of --today).
    #[arg(long)]
    pub year: Option<i32>,
    /// A document for the office instead of the report.
    #[arg(long, value_parser = keyword::<mentor_core::report::documents::Kind>())]
    pub document: Option<mentor_core::report::documents::Kind>,
    /// With `--document pairs-order`: the pairs of this order (the `order`
    /// column of pairs.csv), named in the annex line; default: the pairs
    /// active on --today.
    #[arg(long, requires = "document")]
    pub order: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum MeetingsCommand {
    /// Every active pair or group on --today: last meeting, days since, meetings,
    /// feedback; pairs that stopped meeting. The table formats show the pairs
    /// (findings on standard error); the finding formats show the findings.
    Check(MeetingsArgs),
}

#[derive(Debug, Args)]
pub struct MeetingsArgs {
    /// Output format.
    #[arg(long, value_parser = formats(render::meetings::FORMATS))]
    pub format: Option<Format>,
    /// Days without a meeting after which a pair has stopped meeting
    /// (default: `meetings.gap` in mentor.yaml, else 14).
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=366))]
    pub gap: Option<i64>,
}

#[derive(Debug, Args)]
pub struct CoverageArgs {
    /// Output format.
    #[arg(long, value_parser = formats(render::coverage::FORMATS))]
    pub format: Option<Format>,
    /// Calendar year (default: the year of --today).
    #[arg(long)]
    pub year: Option<i32>,
    /// Every year of the program's period.
    #[arg(long)]
    pub history: bool,
}

#[derive(Debug, Subcommand)]
pub enum PairCommand {
    /// The best pairing: as many mentees matched as possible, then the highest
    /// total score; why each pair, and why anyone is left out. `--format csv`
    /// writes a proposals file for `pair approve`.
    Suggest(SuggestArgs),
    /// Record proposals (the csv of `pair suggest`) in registry/pairs.csv, after
    /// checking each again; nothing is written if any is wrong. Running it
    /// twice records the pairs once.
    Approve(ApproveArgs),
    /// Review the proposal on screen: forbid a pair, lock one, see a
    /// mentee's alternatives; the optimum is solved again after each
    /// decision. On w, the decisions go to registry/constraints.csv
    /// and the proposals to a file for `pair approve`.
    Review(ReviewArgs),
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// Only this form, e.g. "учитель – ученик" or teacher-learner.
    #[arg(long, value_parser = parse_form)]
    pub form: Option<mentor_core::registry::values::Form>,
    /// Where the proposals go (default: proposals.csv in the program folder).
    #[arg(long, value_name = "FILE")]
    pub proposals: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ApproveArgs {
    /// The proposals file: mentor_id, mentee_id, form.
    pub file: PathBuf,
    /// The order approving the pairs, e.g. "Приказ № 231-од от 07.11.2025".
    #[arg(long)]
    pub order: Option<String>,
    /// First day of the pairs, ДД.ММ.ГГГГ or ГГГГ-ММ-ДД (default: --today).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// Output format.
    #[arg(long, value_parser = formats(render::pairs::FORMATS))]
    pub format: Option<Format>,
    /// Only this form, e.g. "учитель – ученик" or teacher-learner.
    #[arg(long, value_parser = parse_form)]
    pub form: Option<mentor_core::registry::values::Form>,
    /// Show why each pair was chosen.
    #[arg(long)]
    pub explain: bool,
    /// A stable matching instead (mentees choose: deferred acceptance, named
    /// mentors first), with what it costs against the optimum.
    #[arg(long)]
    pub stable: bool,
    /// Also write the scored candidate graph the optimum is taken over into
    /// DIR (meta.json, capacity.u32, edges.bin), to audit it or to solve it
    /// with another solver (bench/pairing_compare.py does, with OR-Tools).
    #[arg(long, value_name = "DIR")]
    pub graph: Option<PathBuf>,
    /// Never this pair, for this run: MENTOR:MENTEE ids, e.g. M01:S04
    /// (repeat for more; registry/constraints.csv keeps decisions).
    #[arg(long, value_name = "PAIR", value_parser = parse_pair)]
    pub never: Vec<(String, String)>,
    /// This pair first, if the rules allow it, for this run: MENTOR:MENTEE
    /// ids (repeat for more).
    #[arg(long, value_name = "PAIR", value_parser = parse_pair)]
    pub must: Vec<(String, String)>,
    /// For each mentee, the N best other mentors and the optimum if that
    /// pair were locked; for each pair, the optimum if it were forbidden.
    #[arg(long, value_name = "N", conflicts_with = "stable", value_parser = clap::value_parser!(u16).range(1..=20))]
    pub alternatives: Option<u16>,
}

impl SuggestArgs {
    /// The decisions of `--never` and `--must`, after the file's.
    pub fn decisions(&self) -> impl Iterator<Item = mentor_core::pairing::Decision> + '_ {
        use mentor_core::registry::model::Rule;
        let rule = |rule| {
            move |(mentor, mentee): &(String, String)| mentor_core::pairing::Decision {
                mentor: mentor.clone(),
                mentee: mentee.clone(),
                rule,
                source: mentor_core::pairing::Source::Option,
            }
        };
        (self.never.iter().map(rule(Rule::Never))).chain(self.must.iter().map(rule(Rule::Must)))
    }
}

/// `M01:S04`: a mentor's id and a mentee's.
fn parse_pair(text: &str) -> Result<(String, String), &'static str> {
    match text.split_once(':') {
        Some((m, s)) if !m.trim().is_empty() && !s.trim().is_empty() => {
            Ok((m.trim().to_owned(), s.trim().to_owned()))
        }
        _ => Err(NOT_A_PAIR),
    }
}

/// What [`parse_pair`] refuses with (put into words by `usage`).
pub const NOT_A_PAIR: &str = "not a pair of ids";

impl Command {
    /// The format asked for after the command, else the one before it
    /// (`mentor --format json check`, the contract's older spelling), else
    /// the one the extension of `-o FILE` names, else the command's first.
    /// Each command takes only the formats it lists; a format asked for
    /// that the file's extension contradicts is refused with both named.
    pub fn format(
        &self,
        before: Option<Format>,
        output: Option<&std::path::Path>,
    ) -> Result<Format, crate::Failure> {
        let accepted = self.formats();
        let asked = self
            .format_given()
            .or(before)
            .filter(|&f| f != Format::Auto);
        let named = output.and_then(Format::of_extension);
        match (asked, named) {
            (Some(format), Some(named)) if !format.fits(named) => {
                let file = output.map(|p| p.display().to_string()).unwrap_or_default();
                Err(crate::Failure::Usage(
                    mentor_core::finding::Message::new("format-clash")
                        .arg("format", format.name())
                        .arg("file", file)
                        .arg("named", named.name()),
                ))
            }
            (Some(format), _) | (None, Some(format)) if accepted.contains(&format) => Ok(format),
            (Some(format), _) => format.refused(accepted),
            (None, Some(named)) => {
                let file = output.map(|p| p.display().to_string()).unwrap_or_default();
                let formats: Vec<String> = accepted.iter().map(|f| f.name()).collect();
                Err(crate::Failure::Usage(
                    mentor_core::finding::Message::new("format-extension-unsupported")
                        .arg("file", file)
                        .arg("format", named.name())
                        .arg("formats", formats.join(", ")),
                ))
            }
            // Nothing asked (or `auto`) and no extension that names a format.
            (None, None) => match self.format_given().or(before) {
                Some(format) if accepted.contains(&format) => Ok(format),
                Some(format) => format.refused(accepted),
                None => Ok(accepted.first().copied().unwrap_or(Format::Human)),
            },
        }
    }

    /// The formats the command writes, its default first.
    fn formats(&self) -> &'static [Format] {
        match self {
            Command::Check(_)
            | Command::Registry(RegistryCommand::Check(_))
            | Command::Roadmap(RoadmapCommand::Check { .. }) => render::FINDING_FORMATS,
            Command::Roadmap(RoadmapCommand::Plan(_)) => render::plan::FORMATS,
            Command::Roadmap(RoadmapCommand::Import { .. }) => render::roadmap_yaml::FORMATS,
            Command::Pair(PairCommand::Suggest(_)) => render::pairs::FORMATS,
            Command::Coverage(_) => render::coverage::FORMATS,
            Command::Meetings(MeetingsCommand::Check(_)) => render::meetings::FORMATS,
            Command::Report(_) => render::report::ALL_FORMATS,
            Command::Init(_)
            | Command::Registry(RegistryCommand::Import(_))
            | Command::Pair(PairCommand::Approve(_) | PairCommand::Review(_))
            | Command::Completions { .. } => &[Format::Human],
            Command::Explain { .. } => &[Format::Human, Format::Md],
        }
    }

    fn format_given(&self) -> Option<Format> {
        match self {
            Command::Check(a)
            | Command::Registry(RegistryCommand::Check(a))
            | Command::Roadmap(RoadmapCommand::Check { args: a, .. }) => a.format,
            Command::Roadmap(RoadmapCommand::Plan(a)) => a.format,
            Command::Roadmap(RoadmapCommand::Import { format, .. }) => *format,
            Command::Pair(PairCommand::Suggest(a)) => a.format,
            Command::Coverage(a) => a.format,
            Command::Meetings(MeetingsCommand::Check(a)) => a.format,
            Command::Report(a) => a.format,
            Command::Init(_)
            | Command::Registry(RegistryCommand::Import(_))
            | Command::Pair(PairCommand::Approve(_) | PairCommand::Review(_))
            | Command::Completions { .. } => None,
            Command::Explain { format, .. } => *format,
        }
    }
}

/// A parser of `--format` that knows only `list`: `--help` shows those,
/// and another is refused with them named.
fn formats(list: &'static [Format]) -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(list.iter().filter_map(ValueEnum::to_possible_value))
        .map(|name| Format::from_str(&name, false).unwrap_or(Format::Human))
}

/// A parser of a domain value by its word: help and errors list the words.
fn keyword<T: Keyword + Send + Sync + Clone>() -> impl TypedValueParser<Value = T> {
    PossibleValuesParser::new(T::ALL.iter().map(|v| v.keyword()))
        .map(|word| T::from_keyword(&word).unwrap_or(T::ALL[0]))
}

/// What [`parse_day`] says of a value that is not a date: the usage error
/// replaces it with the two forms in the user's language.
pub const NOT_A_DATE: &str = "not a date";
/// What [`parse_day`] says of a date written right whose day does not exist.
pub const NO_SUCH_DAY: &str = "no such day";
/// What [`parse_day`] says of a real day in a year no program has.
pub const NO_SUCH_YEAR: &str = "year out of range";

/// A day as people write it everywhere: `06.12.2026` or `2026-12-06`.
fn parse_day(text: &str) -> Result<NaiveDate, String> {
    use mentor_core::decode::{DateSlip, date_slip, parse_date};
    parse_date(text).ok_or_else(|| {
        match date_slip(text) {
            DateSlip::NoSuchDay => NO_SUCH_DAY,
            DateSlip::Year => NO_SUCH_YEAR,
            DateSlip::Form => NOT_A_DATE,
        }
        .to_owned()
    })
}

/// A form by its Russian name or its id; refused with the list of ids,
/// which the usage error shows (src/usage.rs).
fn parse_form(text: &str) -> Result<mentor_core::registry::values::Form, String> {
    use mentor_core::registry::values::Form;
    Form::parse(text).ok_or_else(|| {
        let names: Vec<&str> = Form::ALL.iter().map(|f| f.id()).collect();
        names.join(", ")
    })
}

#[derive(Debug, Subcommand)]
pub enum RegistryCommand {
    /// Check mentors, mentees, pairs, meetings and surveys; ages on --today.
    Check(CheckArgs),
    /// Bring a table (.xlsx, .xls, .ods, or CSV of any flavour) into registry/:
    /// columns mapped by their headers, rows added after those already there.
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The table to import.
    pub file: PathBuf,
    /// Which registry it is (default: guessed from the file name).
    #[arg(long, value_parser = keyword::<mentor_core::registry::columns::Kind>())]
    pub into: Option<mentor_core::registry::columns::Kind>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder to create (default: the current folder).
    pub dir: Option<PathBuf>,
    /// Kind of organization.
    #[arg(long, value_parser = keyword::<Kind>(), default_value = "school")]
    pub kind: Kind,
    /// Only write the report templates into DIR/templates/, to make them the
    /// school's own (`mentor report` uses them instead of the built-in ones).
    #[arg(long)]
    pub templates: bool,
}

#[derive(Debug, Subcommand)]
pub enum RoadmapCommand {
    /// Check roadmaps against the seven stages: the folder's, or the given
    /// files and folders (also `roadmap lint`).
    #[command(alias = "lint")]
    Check {
        /// Roadmap files, or folders searched for roadmap*.yaml and *.roadmap.yaml.
        files: Vec<PathBuf>,
        #[command(flatten)]
        args: CheckArgs,
    },
    /// The roadmap as a calendar: every deadline resolved, with its status on --today.
    Plan(PlanArgs),
    /// A Word roadmap (.docx, or its text copied out of Word) into a roadmap
    /// YAML mapped onto the seven stages; guesses are marked in comments.
    Import {
        /// The document: .docx, or a text file.
        file: PathBuf,
        /// Output format: human (the YAML) or json (what was mapped, guessed, skipped).
        #[arg(long, value_parser = formats(render::roadmap_yaml::FORMATS))]
        format: Option<Format>,
    },
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Output format.
    #[arg(long, value_parser = formats(render::plan::FORMATS))]
    pub format: Option<Format>,
    /// Roadmap files, or folders searched for roadmaps (default: the folder's).
    pub files: Vec<PathBuf>,
    /// Also write the calendar as iCalendar to FILE (for Google, Outlook, Yandex calendars).
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,
    /// Only these stages (1–7; repeat or separate with commas).
    #[arg(long, value_delimiter = ',', value_parser = clap::value_parser!(u8).range(1..=7))]
    pub stage: Vec<u8>,
    /// Only these statuses (repeat or separate with commas); what needs
    /// attention is overdue,due-soon,in-progress.
    #[arg(long, value_delimiter = ',', value_parser = keyword::<Status>())]
    pub status: Vec<Status>,
}
