//! `mentor init [DIR] [--kind]`: scaffold a complete program folder that
//! passes `mentor check`. Never overwrites a file.

use std::io::Write;
use std::path::Path;

use chrono::{Datelike, Months, NaiveDate};

use crate::cli::InitArgs;
use crate::render::report::{TEMPLATES, TEMPLATES_DIR};
use crate::schemas as schema;
use crate::{Context, Failure};
use mentor_core::error::{Error, create_dir_all, write_atomically};
use mentor_core::finding::{Message, Tally};
use mentor_core::folder::IGNORED;

/// The files of a new program folder, as shipped in the binary.
const FILES: [(&str, &str); 9] = [
    ("mentor.yaml", include_str!("scaffold/mentor.yaml")),
    ("roadmap.yaml", include_str!("scaffold/roadmap.yaml")),
    ("registry/mentors.csv", include_str!("scaffold/mentors.csv")),
    ("registry/mentees.csv", include_str!("scaffold/mentees.csv")),
    ("registry/pairs.csv", include_str!("scaffold/pairs.csv")),
    (
        "registry/meetings.csv",
        include_str!("scaffold/meetings.csv"),
    ),
    ("registry/surveys.csv", include_str!("scaffold/surveys.csv")),
    ("schemas/mentor.schema.json", schema::MENTOR),
    ("schemas/roadmap.schema.json", schema::ROADMAP),
];

pub fn run(cx: &Context, args: &InitArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let dir = args.dir.as_deref().unwrap_or(Path::new("."));
    if args.templates {
        return templates(cx, dir, out);
    }
    // The table schemas of the registries come along for frictionless users.
    let files = || FILES.iter().chain(&schema::TABLES);
    if let Some((name, _)) = files().find(|(name, _)| dir.join(name).exists()) {
        let path = dir.join(name).display().to_string();
        return Err(Failure::Usage(
            Message::new("init-exists").arg("path", path),
        ));
    }
    // The order is dated on the day `init` runs and the program lasts a year
    // from it, so a new folder has no overdue work on any day of the year.
    let start = cx.as_of.date;
    let end = start
        .checked_add_months(Months::new(12))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX);
    let written = |d: NaiveDate| d.format("%d.%m.%Y").to_string();
    for (name, template) in files() {
        let text = template
            .replace("{kind}", args.kind.name())
            .replace("{start}", &written(start))
            .replace("{end}", &written(end))
            .replace("{year}", &start.year().to_string())
            .replace("{next_year}", &(start.year() + 1).to_string());
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            create_dir_all(parent)?;
        }
        write_atomically(&path, text.as_bytes())?;
    }
    ignore_own_files(dir)?;
    let done = Message::new("init-done")
        .arg("kind", args.kind.name())
        .arg("dir", dir.display().to_string())
        .arg("count", files().count())
        .arg("order", start)
        .arg("here", if dir == Path::new(".") { "yes" } else { "no" })
        .arg("cd", shell_word(&dir.display().to_string()));
    writeln!(out, "{}", cx.i18n.text(&done))?;
    if let Some(help) = cx.i18n.help(&done) {
        writeln!(out, "{help}")?;
    }
    Ok(Tally::default())
}

/// The folder's `.gitignore` leaves out the registries' lock and the
/// temporary files of an interrupted rewrite, so `git add -A` never commits
/// megabytes of registry under a temporary name: written when there is
/// none, its lines appended (every byte kept) to one there is.
fn ignore_own_files(dir: &Path) -> Result<(), Failure> {
    let path = dir.join(".gitignore");
    let existing = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::read(&path, e).into()),
    };
    let missing: Vec<&str> = IGNORED
        .iter()
        .filter(|p| !existing.lines().any(|l| l.trim() == **p))
        .copied()
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(
        "# mentor: блокировка реестров и временные файлы перезаписи (lock, temporary files)\n",
    );
    for pattern in missing {
        text.push_str(pattern);
        text.push('\n');
    }
    write_atomically(&path, text.as_bytes())?;
    Ok(())
}

/// A folder name as a shell takes it: quoted when it has spaces (the same
/// quotes work in bash, PowerShell and cmd).
fn shell_word(path: &str) -> String {
    if path.contains(char::is_whitespace) {
        format!("\"{path}\"")
    } else {
        path.to_owned()
    }
}

/// Writes the built-in report templates into `dir/templates/`, none over an
/// existing file.
fn templates(cx: &Context, dir: &Path, out: &mut dyn Write) -> Result<Tally, Failure> {
    let folder = dir.join(TEMPLATES_DIR);
    if let Some((name, _)) = TEMPLATES.iter().find(|(n, _)| folder.join(n).exists()) {
        let path = folder.join(name).display().to_string();
        return Err(Failure::Usage(
            Message::new("init-exists").arg("path", path),
        ));
    }
    create_dir_all(&folder)?;
    for (name, text) in TEMPLATES {
        write_atomically(&folder.join(name), text.as_bytes())?;
    }
    let done = Message::new("init-templates")
        .arg("dir", folder.display().to_string())
        .arg("count", TEMPLATES.len());
    writeln!(out, "{}", cx.i18n.text(&done))?;
    Ok(Tally::default())
}
