//! `mentor init [DIR] [--kind]`: scaffold a complete program folder that
//! passes `mentor check`. Never overwrites a file.

use std::io::Write;
use std::path::Path;

use chrono::Datelike;

use crate::cli::InitArgs;
use crate::render::report::{TEMPLATES, TEMPLATES_DIR};
use crate::schemas as schema;
use crate::{Context, Failure};
use mentor_core::error::{create_dir_all, write_atomically};
use mentor_core::finding::{Message, Tally};

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
    // The school year that is running (or about to start) on `--today`.
    let year = if cx.as_of.date.month() >= 6 {
        cx.as_of.date.year()
    } else {
        cx.as_of.date.year() - 1
    };
    for (name, template) in files() {
        let text = template
            .replace("{kind}", args.kind.name())
            .replace("{year}", &year.to_string())
            .replace("{next_year}", &(year + 1).to_string());
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            create_dir_all(parent)?;
        }
        write_atomically(&path, text.as_bytes())?;
    }
    let done = Message::new("init-done")
        .arg("kind", args.kind.name())
        .arg("dir", dir.display().to_string())
        .arg("count", files().count());
    writeln!(out, "{}", cx.i18n.text(&done))?;
    if let Some(help) = cx.i18n.help(&done) {
        writeln!(out, "{help}")?;
    }
    Ok(Tally::default())
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
