//! `mentor`: checks and runs a school mentoring program (целевая модель
//! наставничества) from plain files in a git folder.
//!
//! This crate is the edge: [`cli`] (clap types) → [`commands`] (one thin
//! adapter per subcommand: parse, call `mentor_core`, render) → [`render`]
//! (human, JSON, CI formats, tables, documents) in the words of [`i18n`]
//! (Fluent), and exit codes. Everything about the program itself — models,
//! rules, findings, errors — is in `mentor_core`, which cannot reach back
//! here: the compiler holds the layering.

pub mod cli;
pub mod commands;
pub mod help;
pub mod i18n;
pub mod progress;
pub mod render;
pub mod review;
pub mod schemas;
pub mod usage;

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::FromArgMatches;

use crate::cli::{
    Cli, Command, Deny, MeetingsCommand, PairCommand, RegistryCommand, RoadmapCommand,
};
use crate::i18n::{I18n, Lang};
use crate::render::Format;
use mentor_core::as_of::AsOf;
use mentor_core::error::{Error, write_atomically};
use mentor_core::finding::{Message, Tally};

/// What every command may use: language, format, and the global flags.
#[derive(Debug)]
pub struct Context {
    pub i18n: I18n,
    /// The format asked for (`auto` is resolved by each command: findings
    /// go to GitHub annotations under Actions, tables stay tables).
    pub format: Format,
    /// Output goes to a terminal: binary formats (xlsx) need `-o FILE`.
    pub to_terminal: bool,
    /// Colour on a terminal, Excel-flavoured CSV (`--excel`), table width.
    pub style: render::Style,
    pub dir: Option<PathBuf>,
    /// The day of the run (`--today`, else the clock's) and the policy of
    /// the rules that depend on it.
    pub as_of: AsOf,
    /// Nobody chose to look at the output here (a CI log — `CI` is set —,
    /// a machine format, a pipe or a file): findings leave out the
    /// registries' rows and the values they quote.
    pub private: bool,
}

/// Why a command stopped before it could report. Each ends the run with
/// exit code 2 and a message in the user's language.
#[derive(Debug)]
pub enum Failure {
    /// The command line asks for what cannot be done (a format the
    /// command does not write, say).
    Usage(Message),
    /// An input could not be used, or a file not written: the error names it.
    Core(Error),
    /// Writing the output failed (a closed pipe ends the run quietly).
    Output(io::Error),
}

impl Failure {
    /// The exit code the run ends with.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Core(e) => e.exit_code(),
            Failure::Usage(_) | Failure::Output(_) => 2,
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Core(e)
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Output(e)
    }
}

/// Runs the command line and returns the exit code: 0 no errors, 1 errors
/// found (or warnings under `--deny warnings`), 2 usage error or unreadable
/// input. A closed pipe ends the run quietly.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // The language is decided before parsing: help and errors speak it.
    let i18n = I18n::new(usage::lang_of(&args));
    let parsed = help::command(&i18n)
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(usage::report(&e, &i18n)),
    };
    let lang = Lang::resolve(cli.lang);
    let i18n = if lang == i18n.lang {
        i18n
    } else {
        I18n::new(lang)
    };
    let to_terminal = cli.output.is_none() && io::stdout().is_terminal();
    // A report written over a registry would lose it; only an imported
    // roadmap may replace a roadmap (the documented `-o roadmap.yaml`).
    let imports_roadmap = matches!(cli.command, Command::Roadmap(RoadmapCommand::Import { .. }));
    let replaces = |p: &std::path::Path| {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        mentor_core::folder::is_program_file(p)
            && !(imports_roadmap && mentor_core::folder::is_roadmap_name(&name))
    };
    let refused = match cli.output.as_deref() {
        Some(path) if replaces(path) => {
            Some(Message::new("output-program-file").arg("path", path.display().to_string()))
        }
        // The review screen writes two files of its own; `-o` would get neither.
        Some(_) if matches!(cli.command, Command::Pair(PairCommand::Review(_))) => {
            Some(Message::new("review-output"))
        }
        _ => None,
    };
    if let Some(message) = refused {
        let failure = Failure::Usage(message);
        report_failure(&i18n, &failure);
        return ExitCode::from(failure.exit_code());
    }
    let format = match cli.command.format(cli.format, cli.output.as_deref()) {
        Ok(format) => format,
        Err(failure) => {
            report_failure(&i18n, &failure);
            return ExitCode::from(failure.exit_code());
        }
    };
    let human = matches!(format.resolve(), Format::Human);
    let cx = Context {
        private: in_ci() || !human || !to_terminal,
        to_terminal,
        style: render::Style {
            color: human && to_terminal && std::env::var_os("NO_COLOR").is_none(),
            excel: cli.excel,
            width: Some(table_width(to_terminal)),
            verbose: cli.verbose,
            names: !(in_ci() && cli.output.is_none()),
        },
        i18n,
        format,
        dir: cli.dir.clone(),
        as_of: AsOf::new(cli.today, || chrono::Local::now().date_naive()),
    };
    let mut buffer = Vec::new();
    let result = match &cli.output {
        Some(_) => dispatch(&cli.command, &cx, &mut buffer),
        None => {
            // Standard output is line-buffered: a region's JSON would be a
            // write call per line.
            let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
            dispatch(&cli.command, &cx, &mut out)
                .and_then(|tally| out.flush().map(|()| tally).map_err(Failure::Output))
        }
    };
    let result = result.and_then(|tally| match &cli.output {
        Some(path) => write_atomically(path, &buffer)
            .map(|()| commands::written(&cx, path, None))
            .map(|()| tally)
            .map_err(Failure::Core),
        None => Ok(tally),
    });
    match result {
        Ok(tally) => exit_code(tally, cli.deny == Some(Deny::Warnings)),
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(failure) => {
            report_failure(&cx.i18n, &failure);
            ExitCode::from(failure.exit_code())
        }
    }
}

/// A CI runner's log (GitHub, GitLab and most others set `CI`): whatever
/// the run writes may be read by anyone with access to the pipeline.
pub fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false")
}

/// The width of tables for people: `COLUMNS` when set (as `ls` reads it),
/// else the terminal's own, else 100 (a pipe, a file, a CI log).
fn table_width(to_terminal: bool) -> u16 {
    let columns = std::env::var("COLUMNS").ok();
    columns
        .and_then(|c| c.trim().parse().ok())
        .filter(|&w| w >= 20)
        .or_else(|| {
            to_terminal
                .then(|| comfy_table::Table::new().width())
                .flatten()
        })
        .unwrap_or(100)
}

fn dispatch(command: &Command, cx: &Context, out: &mut dyn Write) -> Result<Tally, Failure> {
    match command {
        Command::Init(args) => commands::init::run(cx, args, out),
        Command::Check(_) => commands::check::run(cx, out),
        Command::Roadmap(RoadmapCommand::Check { files, .. }) => {
            commands::roadmap::check(cx, files, out)
        }
        Command::Roadmap(RoadmapCommand::Plan(args)) => commands::roadmap::plan(cx, args, out),
        Command::Roadmap(RoadmapCommand::Import { file, .. }) => {
            commands::roadmap::import(cx, file, out)
        }
        Command::Registry(RegistryCommand::Check(_)) => commands::registry::check(cx, out),
        Command::Registry(RegistryCommand::Import(args)) => {
            commands::registry::import(cx, args, out)
        }
        Command::Pair(PairCommand::Suggest(args)) => commands::pair::suggest(cx, args, out),
        Command::Pair(PairCommand::Approve(args)) => commands::pair::approve(cx, args, out),
        Command::Pair(PairCommand::Review(args)) => commands::pair::review(cx, args, out),
        Command::Coverage(args) => commands::coverage::run(cx, args, out),
        Command::Meetings(MeetingsCommand::Check(args)) => commands::meetings::check(cx, args, out),
        Command::Report(args) => commands::report::run(cx, args, out),
        Command::Explain { code, .. } => commands::explain::run(cx, code.as_deref(), out),
        Command::Completions { shell } => commands::completions::run(cx, *shell, out),
    }
}

fn exit_code(tally: Tally, deny_warnings: bool) -> ExitCode {
    if tally.errors > 0 || (deny_warnings && tally.warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn report_failure(i18n: &I18n, failure: &Failure) {
    let mut err = io::stderr().lock();
    let prefix = i18n.get("error-prefix");
    let message = match failure {
        Failure::Usage(message) => message.clone(),
        Failure::Core(e) => e.message(),
        Failure::Output(e) => Message::new("cannot-write-output").arg("detail", e.to_string()),
    };
    let help = i18n
        .help(&message)
        .map(|h| format!("\n  {h}"))
        .unwrap_or_default();
    let _ = writeln!(err, "{prefix}: {}{help}", i18n.text(&message));
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use mentor_core::error::{Error, Import};

    use crate::i18n::{I18n, Lang};

    /// Every kind of error names its file in both languages, with words of
    /// its own (never a bare message id or a Fluent placeholder).
    #[test]
    fn every_error_names_its_file_in_both_languages() {
        let path = PathBuf::from("папка/file.csv");
        let io = |kind| std::io::Error::from(kind);
        let errors = [
            Error::read(&path, io(std::io::ErrorKind::NotFound)),
            Error::read(&path, io(std::io::ErrorKind::PermissionDenied)),
            Error::read(&path, std::io::Error::other("disk on fire")),
            Error::write(&path, io(std::io::ErrorKind::NotFound)),
            Error::write(&path, io(std::io::ErrorKind::StorageFull)),
            Error::Unreadable {
                path: path.clone(),
                detail: "not a workbook".into(),
            },
            Error::NoSheets { path: path.clone() },
            Error::SheetTooLarge {
                path: path.clone(),
                rows: 2_000_000,
                columns: 256,
                cells: 40_000_000,
                limit_mb: 1024,
            },
            Error::Encoding {
                path: path.clone(),
                mixed: false,
            },
            Error::Encoding {
                path: path.clone(),
                mixed: true,
            },
            Error::TooLarge {
                path: path.clone(),
                limit_mb: 1024,
            },
            Error::NoSuchFolder { path: path.clone() },
            Error::NotAFolder { path: path.clone() },
            Error::NoProgram { dir: path.clone() },
            Error::NoRoadmaps { dir: path.clone() },
            Error::NoHeader { path: path.clone() },
            Error::Unencodable {
                path: path.clone(),
                ch: '€',
            },
        ]
        .into_iter()
        .chain(
            [
                Import::Corrupt("bad zip".into()),
                Import::TooLarge { limit_mb: 64 },
                Import::TooManyCells {
                    cells: 200_000,
                    text_mb: 64,
                },
                Import::Encrypted,
                Import::Doc,
                Import::Empty,
                Import::Binary,
                Import::NoTable,
            ]
            .map(|problem| Error::Import {
                path: path.clone(),
                problem,
            }),
        );
        for error in errors {
            let message = error.message();
            for lang in [Lang::Ru, Lang::En] {
                let text = I18n::new(lang).text(&message);
                assert!(
                    text.contains("папка/file.csv"),
                    "{lang:?} {error:?}: {text}"
                );
                assert!(
                    !text.contains('{') && text != message.id,
                    "{lang:?}: {text}"
                );
            }
            assert_eq!(crate::Failure::Core(error).exit_code(), 2);
        }
    }
}
