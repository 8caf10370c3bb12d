//! Command-line types (clap). Parsing only; the work is in `commands`.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::keyword::Keyword;
use crate::program::Kind;
use crate::render::Format;
use crate::roadmap::timing::Status;

/// Checks and runs a school mentoring program (целевая модель наставничества)
/// kept as plain files in a git folder.
#[derive(Debug, Parser)]
#[command(name = "mentor", version, max_term_width = 100)]
pub struct Cli {
    /// Program folder (default: the nearest folder with mentor.yaml, walking up).
    #[arg(long, global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// Language of messages (default: $MENTOR_LANG, then the OS locale, then English).
    #[arg(long, global = true, env = "MENTOR_LANG", value_enum)]
    pub lang: Option<Lang>,

    /// The date to check against (default: today).
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    pub today: Option<NaiveDate>,

    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = Format::Auto)]
    pub format: Format,

    /// Write the output to FILE instead of standard output.
    #[arg(short = 'o', long = "output", global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// CSV for Russian Excel: UTF-8 with a BOM, `;` and CRLF.
    #[arg(long, global = true)]
    pub excel: bool,

    /// Treat warnings as errors for the exit code (`--deny warnings`).
    #[arg(long, global = true, value_enum, value_name = "WHAT")]
    pub deny: Option<Deny>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    Warnings,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scaffold a program folder: mentor.yaml, a seven-stage roadmap, registries, schemas.
    Init(InitArgs),
    /// Check everything in the program folder (the CI entry point).
    /// Formats: human, json, jsonl, csv, github, gitlab, sarif, auto.
    Check,
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
    /// people are needed. Formats: human, json, csv, md.
    Coverage(CoverageArgs),
    /// Meetings of the pairs.
    #[command(subcommand)]
    Meetings(MeetingsCommand),
    /// The program on one page: roadmap by stage, indicators and their
    /// history, pairs by form, meetings, satisfaction, open problems; or a
    /// document for the office. Formats: md (default), html, json, xlsx
    /// (with -o); documents: md, html, docx (with -o).
    Report(ReportArgs),
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Aggregates only, safe for the school website (152-ФЗ): no names,
    /// birth dates, ids or person-level rows.
    #[arg(long)]
    pub public: bool,
    /// Calendar year of the indicators (default: the year of --today).
    #[arg(long)]
    pub year: Option<i32>,
    /// A document for the office instead of the report.
    #[arg(long, value_parser = keyword::<crate::report::documents::Kind>())]
    pub document: Option<crate::report::documents::Kind>,
    /// With `--document pairs-order`: the pairs of this order (the `order`
    /// column of pairs.csv), named in the annex line; default: the pairs
    /// active on --today.
    #[arg(long, requires = "document")]
    pub order: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum MeetingsCommand {
    /// Every active pair or group on --today: last meeting, days since, meetings,
    /// feedback; pairs that stopped meeting. Formats: human, json, csv, md.
    Check(MeetingsArgs),
}

#[derive(Debug, Args)]
pub struct MeetingsArgs {
    /// Days without a meeting after which a pair has stopped meeting
    /// (default: `meetings.gap` in mentor.yaml, else 14).
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=366))]
    pub gap: Option<i64>,
}

#[derive(Debug, Args)]
pub struct CoverageArgs {
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
    /// total score; why each pair, and why anyone is left out.
    /// Formats: human, json, csv (a proposals file), md, xlsx (with -o).
    Suggest(SuggestArgs),
    /// Record proposals (the csv of `pair suggest`) in registry/pairs.csv, after
    /// checking each again; nothing is written if any is wrong. Idempotent.
    Approve(ApproveArgs),
}

#[derive(Debug, Args)]
pub struct ApproveArgs {
    /// The proposals file: mentor_id, mentee_id, form.
    pub file: PathBuf,
    /// The order approving the pairs, e.g. "Приказ № 231-од от 07.11.2025".
    #[arg(long)]
    pub order: Option<String>,
    /// First day of the pairs (default: --today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// Only this form, e.g. "учитель – ученик" or teacher-learner.
    #[arg(long, value_parser = parse_form)]
    pub form: Option<crate::registry::values::Form>,
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
}

/// A parser of a domain value by its word: help and errors list the words.
fn keyword<T: Keyword + Send + Sync + Clone>() -> impl TypedValueParser<Value = T> {
    PossibleValuesParser::new(T::ALL.iter().map(|v| v.keyword()))
        .map(|word| T::from_keyword(&word).unwrap_or(T::ALL[0]))
}

fn parse_form(text: &str) -> Result<crate::registry::values::Form, String> {
    crate::registry::values::Form::parse(text).ok_or_else(|| {
        let names: Vec<&str> = crate::registry::values::Form::ALL
            .iter()
            .map(|f| f.id())
            .collect();
        format!("not a form of mentoring; forms: {}", names.join(", "))
    })
}

#[derive(Debug, Subcommand)]
pub enum RegistryCommand {
    /// Check mentors, mentees, pairs, meetings and surveys; ages on --today.
    /// Formats: human, json, jsonl, csv, github, gitlab, sarif, auto.
    Check,
    /// Bring a table (.xlsx, .xls, .ods, or CSV of any flavour) into registry/:
    /// columns mapped by their headers, rows added after those already there.
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The table to import.
    pub file: PathBuf,
    /// Which registry it is (default: guessed from the file name).
    #[arg(long, value_parser = keyword::<crate::registry::columns::Kind>())]
    pub into: Option<crate::registry::columns::Kind>,
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
    /// Seven-stage validation of roadmaps: the folder's, or the given files and folders.
    /// Formats: human, json, jsonl, csv, github, gitlab, sarif, auto.
    #[command(visible_alias = "lint")]
    Check {
        /// Roadmap files, or folders searched for roadmap*.yaml and *.roadmap.yaml.
        files: Vec<PathBuf>,
    },
    /// The roadmap as a calendar: every deadline resolved, with its status on --today.
    /// Formats: human, json, jsonl, csv, md, xlsx (with -o).
    Plan(PlanArgs),
    /// A Word roadmap (.docx, or its text copied out of Word) into a roadmap
    /// YAML mapped onto the seven stages; guesses are marked in comments.
    /// Formats: human (the YAML, default), json (what was mapped, guessed, skipped).
    Import {
        /// The document: .docx, or a text file.
        file: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Roadmap files, or folders searched for roadmaps (default: the folder's).
    pub files: Vec<PathBuf>,
    /// Also write the calendar as iCalendar to FILE (for Google, Outlook, Yandex calendars).
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,
    /// Only these stages (1–7; repeat or separate with commas).
    #[arg(long, value_delimiter = ',', value_parser = clap::value_parser!(u8).range(1..=7))]
    pub stage: Vec<u8>,
    /// Only these statuses (repeat or separate with commas).
    #[arg(long, value_delimiter = ',', value_parser = keyword::<Status>())]
    pub status: Vec<Status>,
}
