//! The one integration-test binary: CLI cases (trycmd) and the examples.

mod import;
mod report;

use std::path::Path;
use std::process::Command;

/// Every case in `tests/cmd/`: arguments, exact stdout/stderr and exit code.
/// Regenerate the expected output with `TRYCMD=overwrite cargo test --test main`.
#[test]
fn cli_cases() {
    // A `COLUMNS` exported by the shell would change the width of every
    // table; cases of a given width (`*-columns-*`) set their own.
    // `CI` empty is no CI (the runner may set it); the cases about CI
    // (`*-ci-*`) set it themselves, which the run's own value would override.
    // `GITHUB_ACTIONS` empty likewise: `auto` stays human on any runner.
    trycmd::TestCases::new()
        .env("COLUMNS", "")
        .env("CI", "")
        .env("GITHUB_ACTIONS", "")
        .case("tests/cmd/*.toml")
        .skip("tests/cmd/*-columns-*.toml")
        .skip("tests/cmd/*-ci-*.toml");
    trycmd::TestCases::new()
        .env("CI", "")
        .env("GITHUB_ACTIONS", "")
        .case("tests/cmd/*-columns-*.toml");
    trycmd::TestCases::new()
        .env("COLUMNS", "")
        .case("tests/cmd/*-ci-*.toml");
}

/// No expected output is a panic: `TRYCMD=overwrite` would take one in as
/// the expected text, and the case would then pass on it.
#[test]
fn no_case_expects_a_panic() {
    for entry in std::fs::read_dir("tests/cmd").expect("tests/cmd") {
        let path = entry.expect("entry").path();
        if path.is_file()
            && let Ok(text) = std::fs::read_to_string(&path)
        {
            assert!(!text.contains("panicked at"), "{}", path.display());
        }
    }
}

/// LibreOffice runs one instance per user profile, and the tests run on
/// several threads: each call takes its turn. `soffice --headless ARGS…`.
fn soffice(args: &[&std::ffi::OsStr]) -> std::process::Output {
    static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    Command::new("soffice")
        .arg("--headless")
        .args(args)
        .output()
        .expect("soffice")
}

/// The binary, as a run outside CI sees it (the runner of these tests may
/// set `CI`; the cases that are about CI set it themselves).
fn mentor_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mentor"));
    command.env_remove("CI").env_remove("GITHUB_ACTIONS");
    command
}

fn mentor(args: &[&str]) -> std::process::Output {
    mentor_command()
        .args(args)
        .env("MENTOR_LANG", "en")
        .output()
        .expect("run mentor")
}

/// `mentor check` on every example program folder: no errors.
#[test]
fn example_folders_have_no_errors() {
    for dir in ["examples/school", "examples/college"] {
        let out = mentor(&["--dir", dir, "check", "--format", "json"]);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(report["summary"]["errors"], 0, "{dir}: {report:#}");
        assert_eq!(out.status.code(), Some(0), "{dir}");
    }
}

/// `--help` of each command lists exactly the formats it writes, and every
/// one of them is accepted (the folder may still refuse for its own reasons,
/// never for the format: a format is refused before anything is read).
#[test]
fn each_command_lists_only_its_formats() {
    const FINDINGS: &str = "auto, human, json, jsonl, csv, github, gitlab, sarif";
    let cases: [(&[&str], &str); 10] = [
        (&["check"], FINDINGS),
        (&["roadmap", "check"], FINDINGS),
        (&["registry", "check"], FINDINGS),
        (
            &["roadmap", "plan"],
            "human, json, jsonl, csv, md, xlsx, ics",
        ),
        (&["roadmap", "import"], "human, json"),
        (&["pair", "suggest"], "human, json, csv, md, xlsx"),
        (&["coverage"], "human, json, csv, md"),
        (
            &["meetings", "check"],
            "human, json, csv, md, jsonl, github, gitlab, sarif",
        ),
        (&["report"], "md, html, json, xlsx, docx"),
        (&["init"], ""),
    ];
    for (command, formats) in cases {
        let help = mentor(&[command, &["-h"]].concat());
        let help = String::from_utf8(help.stdout).expect("utf-8");
        // The option's text, its wrapped lines joined.
        let option: Vec<&str> = help
            .lines()
            .skip_while(|l| !l.trim_start().starts_with("--format"))
            .enumerate()
            .take_while(|(i, l)| *i == 0 || !l.trim_start().starts_with('-'))
            .flat_map(|(_, l)| l.split_whitespace())
            .collect();
        let option = option.join(" ");
        let listed = option
            .split_once("[possible values: ")
            .map_or("", |(_, values)| values.trim_end_matches(']'));
        assert_eq!(listed, formats, "{command:?}");
        let refused = mentor(&[command, &["--format", "nope"]].concat());
        assert_eq!(refused.status.code(), Some(2), "{command:?}");
    }
}

/// Every command the README and docs/ show (lines of their `sh` blocks that
/// start with `mentor`) runs as written, one after the other, in a copy of
/// the example school with the documents they name: none is refused (exit
/// 2), and each file it says it writes is written. The documentation cannot
/// rot without this test failing.
#[test]
fn documented_commands_run() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let school = tmp.path().join("school");
    copy_dir(Path::new("examples/school"), &school);
    let fixtures = Path::new("tests/fixtures/import");
    std::fs::copy(
        fixtures.join("mozhga-school-4.docx"),
        school.join("their-roadmap.docx"),
    )
    .expect("docx");
    std::fs::copy(
        fixtures.join("mozhga-school-4.txt"),
        school.join("copied-from-word.txt"),
    )
    .expect("txt");
    let bin = Path::new(env!("CARGO_BIN_EXE_mentor"))
        .parent()
        .expect("bin dir");
    let path = std::env::join_paths(std::iter::once(bin.to_owned()).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .expect("PATH");
    let mut ran = 0;
    for doc in std::iter::once("README.md".to_owned()).chain(
        std::fs::read_dir("docs")
            .expect("docs")
            .map(|e| e.expect("entry").path().display().to_string()),
    ) {
        let text = std::fs::read_to_string(&doc).expect("doc");
        let mut in_sh = false;
        for line in text.lines() {
            if line.starts_with("```") {
                in_sh = line == "```sh";
                continue;
            }
            // `pair review` is a screen: its own test drives it in a pseudo-terminal.
            if !in_sh || !line.starts_with("mentor ") || line.starts_with("mentor pair review") {
                continue;
            }
            // A comment starts after two spaces; `#` inside an order number does not.
            let command = line.split("  #").next().unwrap_or(line).trim();
            // Run as the curator at a terminal runs them, not as this CI job.
            let out = Command::new("sh")
                .args(["-c", command])
                .current_dir(&school)
                .env_remove("CI")
                .env_remove("GITHUB_ACTIONS")
                .env("PATH", &path)
                .env("MENTOR_LANG", "ru")
                .output()
                .expect("sh");
            let code = out.status.code();
            assert!(matches!(code, Some(0 | 1)), "{doc}: {command}: {out:?}");
            let words: Vec<&str> = command.split_whitespace().collect();
            for written in words
                .windows(2)
                .filter(|w| matches!(w[0], "-o" | ">" | "--ics"))
                .map(|w| w[1])
            {
                let file = school.join(written);
                let size = std::fs::metadata(&file).map_or(0, |m| m.len());
                assert!(size > 0, "{doc}: {command}: {written} not written");
            }
            ran += 1;
        }
    }
    assert!(ran >= 25, "only {ran} documented commands found");
}

/// A copy of the example school at `to`, its `file` edited by `edit`.
pub(crate) fn school_with(to: &Path, file: &str, edit: impl FnOnce(String) -> String) {
    copy_dir(Path::new("examples/school"), to);
    let path = to.join(file);
    let text = std::fs::read_to_string(&path).expect("the file to edit");
    std::fs::write(&path, edit(text)).expect("write");
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// `mentor check` on an unchanged folder says the same on any day unless
/// `--today` pins one (the policy of src/as_of.rs): the real clock moved by
/// libfaketime, two years apart, in every finding format.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn checks_do_not_depend_on_the_clock() {
    let run = |clock: &str, args: &[&str]| {
        let out = Command::new("faketime")
            .arg(clock)
            .arg(env!("CARGO_BIN_EXE_mentor"))
            .args(args)
            .env("MENTOR_LANG", "en")
            .output()
            .expect("run mentor under faketime");
        (out.status.code(), out.stdout, out.stderr)
    };
    for dir in ["examples/school", "examples/college"] {
        for command in [
            &["check"][..],
            &["registry", "check"],
            &["roadmap", "check"],
        ] {
            for format in ["human", "json", "sarif"] {
                let args = [&["--dir", dir][..], command, &["--format", format]].concat();
                let early = run("2025-09-02 08:00:00", &args);
                let late = run("2027-12-31 23:00:00", &args);
                assert_eq!(early, late, "{args:?}");
            }
        }
        // A pinned day is the same day under any clock, and it does bring the
        // rules that compare with it.
        let args = [
            "--dir",
            dir,
            "--today",
            "2026-03-01",
            "check",
            "--format",
            "jsonl",
        ];
        let pinned = run("2031-01-01 12:00:00", &args);
        assert_eq!(pinned, run("2024-05-05 12:00:00", &args), "{dir}");
        let text = String::from_utf8_lossy(&pinned.1);
        assert!(text.contains("\"overdue\""), "{dir}: {text}");
    }
}

/// The findings on the transcribed real roadmaps, as a methodist would
/// state them. A change in any rule shows up here.
#[test]
fn real_roadmaps_findings() {
    let out = mentor(&["roadmap", "check", "--format", "jsonl", "examples/roadmaps"]);
    let lines: Vec<String> = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| {
            let f: serde_json::Value = serde_json::from_str(l).expect("jsonl");
            let file = f["file"].as_str().unwrap_or_default().replace('\\', "/");
            let file = file.rsplit('/').next().unwrap_or_default().to_owned();
            format!(
                "{file}:{} {} {}",
                f["line"],
                f["code"].as_str().unwrap_or_default(),
                f["message"].as_str().unwrap_or_default()
            )
        })
        .collect();
    snapbox::assert_data_eq!(
        lines.join("\n") + "\n",
        snapbox::file!["snapshots/real_roadmaps.txt"]
    );
    assert_eq!(out.status.code(), Some(1));
}

/// Every YAML file under `examples/` is read by `mentor` without a panic and
/// with a meaningful exit code.
#[test]
fn every_example_file_is_checked() {
    let mut files = Vec::new();
    collect(Path::new("examples"), &mut files);
    assert!(files.len() >= 7, "{files:?}");
    for file in files {
        let out = if file.ends_with("mentor.yaml") {
            mentor(&[
                "--dir",
                file.parent().and_then(Path::to_str).unwrap_or("."),
                "check",
            ])
        } else {
            mentor(&["roadmap", "check", file.to_str().unwrap_or_default()])
        };
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{}: {out:?}",
            file.display()
        );
    }
}

fn collect(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read examples") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            files.push(path);
        }
    }
}

/// `mentor init` writes a folder that passes `mentor check`, and refuses to
/// overwrite it.
#[test]
fn init_scaffolds_a_clean_folder_and_never_overwrites() {
    for kind in ["school", "college", "additional"] {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("prog");
        let dir = dir.to_str().expect("utf-8 path");
        let out = mentor(&["init", dir, "--kind", kind, "--today", "2025-10-01"]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let check = mentor(&["--dir", dir, "check", "--deny", "warnings"]);
        assert_eq!(
            check.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&check.stdout)
        );
        let before = std::fs::read(Path::new(dir).join("roadmap.yaml")).expect("roadmap");
        let again = mentor(&["init", dir]);
        assert_eq!(again.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
        assert_eq!(
            std::fs::read(Path::new(dir).join("roadmap.yaml")).expect("roadmap"),
            before
        );
    }
}

/// The order of a new folder is dated on the day `init` runs, so on any day of
/// the year the folder has no finding at all, not even overdue work: every
/// third day of a year, its first and last days and a leap day, the three kinds
/// in turn.
#[test]
fn init_on_any_day_gives_a_folder_without_findings() {
    use chrono::NaiveDate;
    let first = NaiveDate::from_ymd_opt(2027, 1, 1).expect("date");
    let days = first
        .iter_days()
        .take(365)
        .step_by(3)
        .chain(["2027-12-31", "2028-02-29"].map(|d| d.parse().expect("date")));
    let kinds = ["school", "college", "additional"].iter().cycle();
    for (day, kind) in days.zip(kinds) {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().to_str().expect("utf-8 path");
        let day = day.to_string();
        let init = mentor(&["init", dir, "--kind", kind, "--today", &day]);
        assert_eq!(init.status.code(), Some(0), "{init:?}");
        let check = mentor(&["--dir", dir, "check", "--today", &day, "--format", "jsonl"]);
        assert_eq!(
            (check.status.code(), String::from_utf8_lossy(&check.stdout)),
            (Some(0), "".into()),
            "init on {day} ({kind})"
        );
    }
}

/// A file far larger than any roadmap is refused with a located message, quickly.
#[test]
fn huge_file_is_refused() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = tmp.path().join("roadmap.yaml");
    let line = "# комментарий, чтобы файл был большим\n";
    std::fs::write(&path, line.repeat(50 * 1024 * 1024 / line.len())).expect("write");
    let out = mentor(&[
        "roadmap",
        "check",
        "--format",
        "jsonl",
        path.to_str().unwrap_or_default(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"code\":\"yaml-syntax\""));
}

/// Runs a third-party client in Python (`tests/clients/`; CI installs
/// its packages): whether it passed, and what it printed.
fn python_client(script: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new("python3")
        .arg(Path::new("tests/clients").join(script))
        .args(args)
        .output();
    match out {
        Ok(out) if out.stderr.is_empty() || out.status.success() => (
            out.status.success(),
            String::from_utf8(out.stdout).expect("utf-8"),
        ),
        other => panic!(
            "{script} {args:?} (pip install icalendar ical holidays frictionless): {other:?}"
        ),
    }
}

/// Runs a client that must pass; what it printed.
fn python_check(script: &str, args: &[&str]) -> String {
    let (passed, out) = python_client(script, args);
    assert!(passed, "{script} {args:?}: {out}");
    out
}

/// The example registries are valid for frictionless against the table
/// schemas in `schemas/registry/`, and a date that is not in the calendar
/// is caught by it as by `mentor`.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn registries_pass_frictionless() {
    let mut files = Vec::new();
    for dir in ["examples/school/registry", "examples/college/registry"] {
        for entry in std::fs::read_dir(dir).expect("registry") {
            files.push(entry.expect("entry").path().display().to_string());
        }
    }
    files.sort();
    let mut args = vec!["schemas/registry"];
    args.extend(files.iter().map(String::as_str));
    let out = python_check("frictionless_validate.py", &args);
    assert_eq!(out.matches(": valid").count(), files.len(), "{out}");
    let bad = "tests/cmd/rule-value-invalid.in/registry/mentees.csv";
    let (passed, out) = python_client("frictionless_validate.py", &["schemas/registry", bad]);
    assert!(!passed && out.contains("birth_date type-error"), "{out}");
}

/// The .ics of every transcribed real roadmap opens in two Python calendar
/// parsers, with all-day events whose DTEND is after DTSTART.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn ics_opens_in_calendar_parsers() {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in [
        "khakassia-regional",
        "mozhga-school-4",
        "glyadenskaya-school",
    ] {
        let ics = dir.path().join(format!("{name}.ics"));
        let roadmap = format!("examples/roadmaps/{name}.roadmap.yaml");
        let ics_arg = ics.to_str().expect("utf-8 path");
        let out = mentor(&[
            "roadmap", "plan", "--format", "jsonl", "--ics", ics_arg, &roadmap,
        ]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let dated = String::from_utf8(out.stdout)
            .expect("utf-8")
            .lines()
            .filter(|l| !l.contains("\"start\":null"))
            .count();
        let events = python_check("ics.py", &[ics_arg]);
        assert_eq!(
            events.trim(),
            dated.to_string(),
            "{name}: one event per dated row"
        );
        // The same plan gives the same file: stable UIDs and DTSTAMP.
        let again = dir.path().join("again.ics");
        mentor(&[
            "roadmap",
            "plan",
            "--ics",
            again.to_str().expect("utf-8"),
            &roadmap,
        ]);
        assert_eq!(
            std::fs::read(&ics).ok(),
            std::fs::read(&again).ok(),
            "{name}"
        );
    }
}

/// A calendar re-imported updates its events instead of duplicating them:
/// the UIDs are the same whichever way the folder is reached (from inside
/// it, `--dir` relative or absolute) and after a title's typo is mended.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn ics_uids_stay_whatever_the_path_and_the_titles() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let school = tmp.path().join("school");
    copy_dir(Path::new("examples/school"), &school);
    let plan = |cwd: &Path, dir: Option<&Path>, ics: &str| {
        let mut command = mentor_command();
        command.current_dir(cwd).env("MENTOR_LANG", "en");
        if let Some(dir) = dir {
            command.arg("--dir").arg(dir);
        }
        let out = command
            .args(["roadmap", "plan", "--ics"])
            .arg(tmp.path().join(ics))
            .output()
            .expect("run mentor");
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let ics = tmp.path().join(ics);
        python_check("ics.py", &["--uids", ics.to_str().expect("utf-8")])
    };
    let inside = plan(&school, None, "inside.ics");
    assert!(inside.lines().count() > 10, "{inside}");
    assert_eq!(
        plan(tmp.path(), Some(Path::new("school")), "relative.ics"),
        inside
    );
    assert_eq!(plan(Path::new("/"), Some(&school), "absolute.ics"), inside);
    // The roadmap named by its path, without --dir: still the folder's.
    let named = mentor_command()
        .current_dir(tmp.path())
        .args([
            "roadmap",
            "plan",
            "school/roadmap.yaml",
            "--ics",
            "named.ics",
        ])
        .output()
        .expect("run mentor");
    assert_eq!(named.status.code(), Some(0), "{named:?}");
    let named = tmp.path().join("named.ics");
    let uids = python_check("ics.py", &["--uids", named.to_str().expect("utf-8")]);
    let share = |a: &str, b: &str| a.lines().filter(|u| b.lines().any(|v| v == *u)).count();
    assert!(
        share(&uids, &inside) > 10,
        "the named roadmap's events are the folder's"
    );
    let roadmap = school.join("roadmap.yaml");
    let text = std::fs::read_to_string(&roadmap).expect("roadmap");
    let mended = text.replacen("title: ", "title: Исправлено ", 3);
    assert_ne!(mended, text);
    std::fs::write(&roadmap, mended).expect("write");
    assert_eq!(
        plan(&school, None, "mended.ics"),
        inside,
        "after a title changed"
    );
}

/// `mentor` and two JSON Schema validators — check-jsonschema (Python) and
/// ajv in strict mode (JavaScript) — give every case of `tests/schema-cases/`
/// the verdict its name says (`*-valid-*`, `*-invalid-*`, written by hand):
/// an editor flags exactly what `mentor check` does. (A date of the right
/// shape that is no day, 31.09.2026, is `mentor`'s alone: JSON Schema has
/// no calendar.)
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn schemas_and_mentor_agree_on_every_case() {
    let mut cases: Vec<_> = std::fs::read_dir("tests/schema-cases")
        .expect("tests/schema-cases")
        .map(|e| e.expect("entry").path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 15, "{cases:?}");
    let tmp = tempfile::tempdir().expect("tempdir");
    for case in &cases {
        let name = case.file_name().and_then(|n| n.to_str()).expect("name");
        let expected = name.contains("-valid-");
        let (schema, ours) = if name.starts_with("mentor-") {
            // A program folder around the case: its mentor.yaml's own findings.
            let dir = tmp.path().join(name);
            copy_dir(Path::new("examples/school"), &dir);
            std::fs::copy(case, dir.join("mentor.yaml")).expect("mentor.yaml");
            let out = mentor(&[
                "--dir",
                dir.to_str().expect("utf-8"),
                "check",
                "--format",
                "jsonl",
            ]);
            let text = String::from_utf8(out.stdout).expect("utf-8");
            let schema_finding = text.lines().any(|l| {
                l.contains("mentor.yaml\"")
                    && (l.contains("\"code\":\"schema\"") || l.contains("\"code\":\"yaml-syntax\""))
            });
            ("schemas/mentor.schema.json", !schema_finding)
        } else {
            let out = mentor(&[
                "roadmap",
                "check",
                "--format",
                "jsonl",
                case.to_str().expect("utf-8"),
            ]);
            let text = String::from_utf8(out.stdout).expect("utf-8");
            let schema_finding = text.lines().any(|l| {
                l.contains("\"code\":\"schema\"") || l.contains("\"code\":\"yaml-syntax\"")
            });
            ("schemas/roadmap.schema.json", !schema_finding)
        };
        assert_eq!(ours, expected, "mentor on {name}");
        let python = Command::new("python3")
            .args(["-m", "check_jsonschema", "--schemafile", schema])
            .arg(case)
            .output()
            .expect("check-jsonschema (pip install check-jsonschema)");
        assert_eq!(
            python.status.success(),
            expected,
            "check-jsonschema on {name}: {python:?}"
        );
        let node = Command::new("node")
            .args(["tests/clients/ajv_validate.cjs", schema])
            .arg(case)
            .output()
            .expect("node (npm install in tests/clients)");
        assert!(node.status.success(), "ajv on {name}: {node:?}");
        let said = String::from_utf8(node.stdout).expect("utf-8");
        assert_eq!(said.contains(": valid"), expected, "ajv on {name}: {said}");
    }
}

/// The production calendar (holidays-ru) agrees with Python `holidays` on
/// every weekday off and every working weekend of 2020–2027.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn production_calendar_agrees_with_python_holidays() {
    use chrono::{Datelike, NaiveDate};
    let reference = python_check("holidays_ru.py", &["2020", "2027"]);
    let calendar = mentor_core::deadline::calendar::Calendar::default();
    let mut ours = Vec::new();
    let mut day = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
    while day.year() <= 2027 {
        let weekend = day.weekday().number_from_monday() > 5;
        match (calendar.day_off(day).is_some(), weekend) {
            (true, false) => ours.push(format!("{day} off")),
            (false, true) => ours.push(format!("{day} work")),
            _ => {}
        }
        day = day.succ_opt().expect("date");
    }
    let mut theirs: Vec<String> = reference.lines().map(str::to_owned).collect();
    ours.sort();
    theirs.sort();
    assert_eq!(ours, theirs);
}

/// `registry check --format json` names people by id only: no name and no
/// birth date from any registry fixture appears in it, whatever is wrong.
#[test]
fn registry_reports_carry_no_personal_data() {
    let mut checked = 0;
    for entry in std::fs::read_dir("tests/cmd").expect("tests/cmd") {
        let dir = entry.expect("entry").path();
        let registry = dir.join("registry");
        if !registry.is_dir() || dir.extension().is_none_or(|e| e != "in") {
            continue;
        }
        // A case of a registry that cannot be read has no people to leak.
        let Ok((reg, _)) = mentor_core::registry::Registry::load(&registry) else {
            continue;
        };
        let mut private: Vec<String> = Vec::new();
        let mentees = reg.mentees.iter().map(|m| &m.person);
        for p in mentees.chain(reg.mentors.iter().map(|m| &m.person)) {
            private.push(p.name.to_string());
            private.extend(p.birth.map(|b| b.to_string()));
            private.extend(p.birth.map(|b| b.format("%d.%m.%Y").to_string()));
        }
        let dir_arg = dir.to_str().expect("utf-8");
        let out = mentor(&[
            "--dir",
            dir_arg,
            "--today",
            "2025-12-01",
            "registry",
            "check",
            "--format",
            "json",
        ]);
        let json = String::from_utf8(out.stdout).expect("utf-8");
        assert!(json.contains("\"findings\""), "{}: {json}", dir.display());
        for value in private.iter().filter(|v| !v.is_empty()) {
            assert!(
                !json.contains(value.as_str()),
                "{}: {value} in {json}",
                dir.display()
            );
        }
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} registry fixtures");
}

/// A one-activity roadmap in `dir` whose title starts like a spreadsheet formula.
fn formula_title_roadmap(dir: &std::path::Path) -> std::path::PathBuf {
    let roadmap = dir.join("roadmap.yaml");
    let text = "title: T\napproved: 2025-09-01\nperiod: {start: 2025-09-01, end: 2026-08-31}\nsections:\n  \
                - title: Этап 1\n    stage: 1\n    activities:\n      - id: \"1.1\"\n        \
                title: \"=СУММ(A1); «наставничество»\"\n        due: сентябрь 2025\n";
    std::fs::write(&roadmap, text).expect("write");
    roadmap
}

/// `--excel` CSV opens in Russian Excel as a table: a BOM, `;`, CRLF; and a
/// cell that starts like a formula is defused with an apostrophe (OWASP).
#[test]
fn excel_csv_is_spreadsheet_safe() {
    let dir = tempfile::tempdir().expect("tempdir");
    let roadmap = formula_title_roadmap(dir.path());
    let path = roadmap.to_str().expect("utf-8");
    let out = mentor(&["roadmap", "plan", "--format", "csv", "--excel", path]);
    let csv = String::from_utf8(out.stdout).expect("utf-8");
    assert!(csv.starts_with("\u{feff}id;stage;title;start;end"), "{csv}");
    assert!(
        csv.contains("\"'=СУММ(A1); «наставничество»\";2025-09-01;2025-09-30"),
        "{csv}"
    );
    assert!(
        csv.ends_with("\r\n") && !csv.replace("\r\n", "").contains('\n'),
        "{csv:?}"
    );
}

/// Our Excel-flavoured CSV (a BOM, `;`, CRLF) goes through LibreOffice
/// (headless) to XLSX and back to CSV, and the Cyrillic text, the dates and
/// the #tags come back as they were. Mandatory in CI, skipped without soffice.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn libreoffice_round_trip_keeps_cyrillic_dates_and_tags() {
    use mentor_core::registry::{rewrite, sheet};
    let rows: Vec<Vec<String>> = [
        [
            "id",
            "name",
            "role",
            "birth_date",
            "requests",
            "consent_date",
        ],
        [
            "S01",
            "Васильев Дмитрий",
            "ученик",
            "2012-02-14",
            "#математика #олимпиады",
            "28.09.2025",
        ],
        [
            "S02",
            "Ёлкина Вера",
            "ученица",
            "2013-11-02",
            "английский язык; театр",
            "2025-09-29",
        ],
    ]
    .iter()
    .map(|r| r.iter().map(|c| c.to_string()).collect())
    .collect();
    let excel = sheet::Dialect {
        encoding: sheet::Encoding::Utf8Bom,
        delimiter: b';',
        crlf: true,
        quote_all: false,
        final_newline: true,
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("mentees.csv");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(rewrite::encode(&excel, &rows).expect("encodable"));
    std::fs::write(&csv, bytes).expect("write");
    let soffice = |args: &[&str]| {
        let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
        let out = soffice(&args);
        assert!(out.status.success(), "{out:?}");
    };
    let out_dir = dir.path().join("out");
    let (csv_arg, out_arg) = (
        csv.to_str().expect("utf-8"),
        out_dir.to_str().expect("utf-8"),
    );
    soffice(&[
        "--infilter=CSV:59,34,76,1",
        "--convert-to",
        "xlsx",
        "--outdir",
        out_arg,
        csv_arg,
    ]);
    let xlsx = out_dir.join("mentees.xlsx");
    let back_dir = dir.path().join("back");
    let back_arg = back_dir.to_str().expect("utf-8");
    let filter = "csv:Text - txt - csv (StarCalc):59,34,76,1";
    soffice(&[
        "--convert-to",
        filter,
        "--outdir",
        back_arg,
        xlsx.to_str().expect("utf-8"),
    ]);
    let (read, findings) = sheet::read(
        "back.csv".into(),
        &std::fs::read(back_dir.join("mentees.csv")).expect("back"),
    );
    let read = read.expect("a sheet");
    assert!(findings.is_empty(), "{findings:?}");
    let cells: Vec<Vec<String>> = read
        .header
        .iter()
        .chain(&read.rows)
        .map(|r| {
            read.cells(r)
                .iter()
                .map(|c| read.text(*c).into_owned())
                .collect()
        })
        .collect();
    assert_eq!(cells, rows);
}

/// `pair suggest --format json` on `dir` as of 2025-12-01, which must succeed.
fn suggest_json(dir: &Path) -> Vec<u8> {
    suggest_json_with(dir, &[])
}

/// [`suggest_json`] with more arguments.
fn suggest_json_with(dir: &Path, more: &[&str]) -> Vec<u8> {
    let mut args = vec![
        "--dir",
        dir.to_str().expect("utf-8"),
        "--today",
        "2025-12-01",
        "pair",
        "suggest",
        "--format",
        "json",
    ];
    args.extend(more);
    let out = mentor(&args);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    out.stdout
}

/// The same registries give byte-identical proposals whatever the order of
/// their rows (ties are broken by ids).
#[test]
fn pair_suggest_does_not_depend_on_row_order() {
    let fixture = Path::new("tests/cmd/pair-suggest-reasons.in");
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("registry")).expect("mkdir");
    std::fs::copy(fixture.join("mentor.yaml"), dir.path().join("mentor.yaml")).expect("copy");
    for file in ["mentees.csv", "mentors.csv", "pairs.csv"] {
        let text = std::fs::read_to_string(fixture.join("registry").join(file)).expect("read");
        let mut lines: Vec<&str> = text.lines().collect();
        lines[1..].reverse();
        std::fs::write(
            dir.path().join("registry").join(file),
            lines.join("\n") + "\n",
        )
        .expect("write");
    }
    assert_eq!(suggest_json(fixture), suggest_json(dir.path()));
}

/// `--format xlsx` writes a workbook that calamine reads back — dates as
/// dates, a formula-looking title as text.
#[test]
fn xlsx_workbooks_read_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let xlsx = plan_workbook(dir.path());
    let grid = mentor_core::registry::import::read(&xlsx).expect("a workbook");
    assert_eq!(
        grid.header[..5],
        ["No.", "Stage", "Activity", "Start", "End"]
    );
    assert_eq!(
        grid.rows[0][..5],
        [
            "1.1",
            "1",
            // Read as a registry would take it in: neutralized.
            "'=СУММ(A1); «наставничество»",
            "2025-09-01",
            "2025-09-30"
        ]
    );
}

/// openpyxl opens every workbook `mentor` writes — the report (under
/// `--lang ru`), the plan and the pairs — and finds what a reader and a
/// printer need: Russian headers, dates as dates, percents as numbers in a
/// percent format, a frozen header with an autofilter, A4 one page wide
/// with the header repeated.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn openpyxl_reads_every_workbook() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut sheets = Vec::new();
    for (name, args) in [
        ("report.xlsx", &["report"][..]),
        ("plan.xlsx", &["roadmap", "plan"][..]),
        ("pairs.xlsx", &["pair", "suggest"][..]),
    ] {
        let path = dir.path().join(name);
        let out = mentor_command()
            .args([
                "--lang",
                "ru",
                "--today",
                "2026-01-15",
                "--dir",
                "examples/school",
            ])
            .args(args)
            .arg("-o")
            .arg(&path)
            .output()
            .expect("run mentor");
        assert_eq!(out.status.code(), Some(0), "{name}: {out:?}");
        let json = python_check("xlsx.py", &[path.to_str().expect("utf-8")]);
        let book: serde_json::Value = serde_json::from_str(&json).expect("json");
        sheets.extend(book.as_array().expect("sheets").iter().cloned());
    }
    assert!(sheets.len() >= 4, "{sheets:?}");
    for sheet in &sheets {
        let name = &sheet["name"];
        let header = sheet["header"].as_array().expect("header");
        let russian = |v: &serde_json::Value| {
            v.as_str().is_some_and(|t| {
                t.chars()
                    .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)))
            })
        };
        assert!(
            header.iter().filter(|h| *h != "№").all(russian),
            "{name}: {header:?}"
        );
        assert_eq!(sheet["frozen"], "A2", "{name}");
        assert!(
            sheet["autofilter"]
                .as_str()
                .is_some_and(|r| r.starts_with("A1:")),
            "{name}"
        );
        assert_eq!(sheet["repeat"], "$1:$1", "{name}");
        assert_eq!(sheet["paper"], 9, "{name}: A4");
        assert_eq!(sheet["fit_width"], 1, "{name}");
        assert_eq!(
            sheet["fit_height"], 0,
            "{name}: as many pages long as needed"
        );
        assert_eq!(sheet["fit_to_page"], true, "{name}");
        if header.len() > 5 {
            assert_eq!(sheet["orientation"], "landscape", "{name}");
        }
    }
    let kpis = &sheets[0];
    assert_eq!(kpis["header"][1], "Значение", "{kpis}");
    assert_eq!(kpis["formats"][1], "0.0%", "{kpis}");
    assert!(
        kpis["values"][1]
            .as_f64()
            .is_some_and(|v| (0.0..=1.0).contains(&v)),
        "{kpis}"
    );
    let plan = sheets
        .iter()
        .find(|s| s["header"][2] == "Мероприятие")
        .expect("the plan sheet");
    assert_eq!(plan["types"][3], "date", "{plan}");
    assert!(
        plan["values"][6].as_str().is_some_and(|s| !s.is_ascii()),
        "a status in Russian: {plan}"
    );
}

/// Runs `mentor` under an address-space limit (`prlimit`), in `dir`: a
/// file made to exhaust memory must end with a message, not an abort.
fn mentor_bounded(dir: &Path, limit_mb: u64, args: &[&str]) -> std::process::Output {
    Command::new("prlimit")
        .arg(format!("--as={}", limit_mb * 1024 * 1024))
        .arg(env!("CARGO_BIN_EXE_mentor"))
        .args(args)
        .current_dir(dir)
        .env("MENTOR_LANG", "en")
        .env_remove("CI")
        .output()
        .expect("prlimit (util-linux)")
}

/// A run refused as a usage or input error (exit 2), saying `words`.
fn assert_refused(out: &std::process::Output, words: &str) {
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(words), "{err}");
}

/// A 5 KB workbook with one cell at XFD1048576 (calamine's range would ask
/// for hundreds of gigabytes) is refused with a message, within 1 GB.
#[test]
fn a_workbook_with_one_far_cell_is_refused_in_bounded_memory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "id").expect("cell");
    sheet.write_string(1_048_575, 16_383, "x").expect("cell");
    book.save(dir.path().join("bomb.xlsx")).expect("save");
    let init = mentor_bounded(dir.path(), 1024, &["init"]);
    assert_eq!(init.status.code(), Some(0), "{init:?}");
    let out = mentor_bounded(
        dir.path(),
        1024,
        &["registry", "import", "bomb.xlsx", "--into", "mentees"],
    );
    assert_refused(&out, "no registry is that large");
}

/// A LibreOffice spreadsheet or an Excel 97 workbook of a kilobyte or so
/// that would make calamine hold gigabytes of cells — a cell repeated
/// across 1,000 columns in 99,999 rows, one cell repeated two billion
/// times, sixty sheets each with a cell at IV65536 — is refused with a
/// message, within 1 GB.
#[test]
fn workbooks_that_multiply_cells_are_refused_in_bounded_memory() {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("tempdir");
    let init = mentor_bounded(dir.path(), 1024, &["init"]);
    assert_eq!(init.status.code(), Some(0), "{init:?}");
    let ods = |name: &str, row: &str| {
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Лист1"><table:table-row><table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell></table:table-row>{row}</table:table></office:spreadsheet></office:body></office:document-content>"#
        );
        let file = std::fs::File::create(dir.path().join(name)).expect("create");
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("mimetype", options).expect("part");
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .expect("mimetype");
        zip.start_file("content.xml", options).expect("part");
        zip.write_all(content.as_bytes()).expect("xml");
        zip.finish().expect("zip");
    };
    let cell = |repeat: u64| {
        format!(
            r#"<table:table-cell table:number-columns-repeated="{repeat}" office:value-type="string"><text:p>x</text:p></table:table-cell>"#
        )
    };
    ods(
        "rows.ods",
        &format!(
            r#"<table:table-row table:number-rows-repeated="99999">{}</table:table-row>"#,
            cell(1000)
        ),
    );
    ods(
        "columns.ods",
        &format!("<table:table-row>{}</table:table-row>", cell(2_000_000_000)),
    );
    // Excel 97: BIFF records in a compound file, a cell at each corner of
    // every sheet.
    let stream = mentor_core::testing::biff(61, (65_535, 255));
    let mut book = cfb::create(dir.path().join("sheets.xls")).expect("xls");
    book.create_stream("/Workbook")
        .expect("stream")
        .write_all(&stream)
        .expect("records");
    book.flush().expect("flush");
    for name in ["rows.ods", "columns.ods", "sheets.xls"] {
        let out = mentor_bounded(
            dir.path(),
            1024,
            &["registry", "import", name, "--into", "mentees"],
        );
        assert_refused(&out, "no registry is that large");
    }
}

/// What LibreOffice saves — an .ods (its rows padded with empty cells
/// repeated to column AMJ and a million empty rows after the table) and an
/// Excel 97 .xls — passes the budgets and imports as the CSV it came from.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn libreoffice_workbooks_import_as_their_csv() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mentors =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/school/registry/mentors.csv");
    let imported = |file: &Path| {
        let school = tempfile::tempdir().expect("tempdir");
        let init = mentor_bounded(school.path(), 1024, &["init"]);
        assert_eq!(init.status.code(), Some(0), "{init:?}");
        std::fs::remove_file(school.path().join("registry/mentors.csv")).expect("remove");
        let out = mentor_bounded(
            school.path(),
            1024,
            &[
                "registry",
                "import",
                file.to_str().expect("utf-8"),
                "--into",
                "mentors",
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{}: {out:?}", file.display());
        std::fs::read_to_string(school.path().join("registry/mentors.csv")).expect("imported")
    };
    let expected = imported(&mentors);
    for format in ["ods", "xls"] {
        let out = soffice(&[
            "--infilter=CSV:44,34,76,1".as_ref(),
            "--convert-to".as_ref(),
            format.as_ref(),
            "--outdir".as_ref(),
            dir.path().as_os_str(),
            mentors.as_os_str(),
        ]);
        assert!(out.status.success(), "{out:?}");
        let book = dir.path().join(format!("mentors.{format}"));
        assert_eq!(imported(&book), expected, "{format}");
    }
}

/// Text copied out of Word of 65 MB (no roadmap's table is that long) is
/// refused before it is split into rows, within 1 GB.
#[test]
fn a_huge_text_roadmap_is_refused_in_bounded_memory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line = "1.1\tМероприятие\tсентябрь\tКуратор\n";
    let text = line.repeat(65 * 1024 * 1024 / line.len() + 1);
    std::fs::write(dir.path().join("big.txt"), text).expect("write");
    let out = mentor_bounded(dir.path(), 1024, &["roadmap", "import", "big.txt"]);
    assert_refused(&out, "64 MB");
}

/// A constraints.csv of a million lines — decisions repeated, contradicted,
/// naming nobody — is read and checked with located findings, within 1 GB.
#[test]
fn a_million_line_constraints_file_is_checked_in_bounded_memory() {
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let school = dir.path().join("school");
    copy_dir(Path::new("examples/school"), &school);
    let mut text = String::from("mentor_id,mentee_id,rule,note\n");
    for i in 0..1_000_000u32 {
        let rule = if i % 2 == 0 { "never" } else { "must" };
        let mentor = if i % 1000 == 7 {
            "M99".to_owned()
        } else {
            format!("M0{}", 1 + i % 4)
        };
        writeln!(text, "{mentor},S0{},{rule},", 1 + i % 8).expect("row");
    }
    std::fs::write(school.join("registry/constraints.csv"), text).expect("write");
    let out = mentor_bounded(&school, 1024, &["registry", "check", "--format", "jsonl"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{:?}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log = String::from_utf8_lossy(&out.stdout);
    assert!(log.contains("constraint-conflict"));
    assert!(log.contains("\"line\":9"), "the M99 row is located");
}

/// A .docx of 20,000 rows merged under one large cell (each continuation
/// would copy it) stops at the importer's budget, within 1 GB.
#[test]
fn a_docx_of_multiplying_merges_is_refused_in_bounded_memory() {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("tempdir");
    let big = "ж".repeat(2 * 1024 * 1024);
    let merged = r#"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>"#.repeat(20_000);
    let xml = format!(
        r#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>{big}</w:t></w:r></w:p></w:tc></w:tr>{merged}</w:tbl></w:body></w:document>"#
    );
    let file = std::fs::File::create(dir.path().join("bomb.docx")).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("word/document.xml", options).expect("part");
    zip.write_all(xml.as_bytes()).expect("xml");
    zip.finish().expect("zip");
    let out = mentor_bounded(dir.path(), 1024, &["roadmap", "import", "bomb.docx"]);
    assert_refused(&out, "cells or more than");
}

/// `registry import` killed (SIGKILL) at moments spread over its run, again
/// and again: the registry is always the one before or the one after a
/// whole import, never half of one, and the next run leaves no temporary
/// file — while a temporary file another writer still holds is left alone.
#[test]
#[cfg(unix)]
fn killed_imports_leave_whole_registries_and_no_temporary_files() {
    const ROWS: usize = 20_000;
    let tmp = tempfile::tempdir().expect("tempdir");
    let school = tmp.path().join("school");
    let init = mentor(&["init", school.to_str().expect("utf-8")]);
    assert_eq!(init.status.code(), Some(0), "{init:?}");
    let registry = school.join("registry/mentees.csv");
    std::fs::write(&registry, "id,name,role,birth_date,consent_date\n").expect("mentees");
    let mut table = String::from("id,name,role,birth_date,consent_date\n");
    for i in 0..ROWS {
        table.push_str(&format!("S{i},Ученик {i},ученик,2012-01-01,2025-09-01\n"));
    }
    let file = tmp.path().join("mentees.csv");
    std::fs::write(&file, table).expect("table");
    let import = || {
        let mut command = mentor_command();
        command
            .args(["--dir", school.to_str().expect("utf-8")])
            .args(["registry", "import", "--into", "mentees"])
            .arg(&file)
            .env("MENTOR_LANG", "en")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        command
    };
    let temporary = || -> Vec<String> {
        std::fs::read_dir(school.join("registry"))
            .expect("registry")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    };
    // One whole run tells how long one takes here; the kills then fall
    // from its middle to past its end, densest where it writes.
    let started = std::time::Instant::now();
    assert_eq!(import().status().expect("run").code(), Some(0));
    let whole = started.elapsed();
    for i in 0..24u32 {
        let mut child = import().spawn().expect("spawn");
        std::thread::sleep(whole.mul_f64(0.5 + f64::from(i) * 0.025));
        let _ = child.kill();
        let _ = child.wait();
        let text = std::fs::read_to_string(&registry).expect("registry");
        assert!(text.ends_with('\n'), "run {i}: the registry was cut");
        assert_eq!(
            (text.lines().count() - 1) % ROWS,
            0,
            "run {i}: half an import"
        );
    }
    // A writer that is alive holds its temporary file: it is not removed.
    let held = school.join("registry/.mentor-held.tmp");
    let holder = std::fs::File::create(&held).expect("held");
    holder.lock().expect("lock");
    let last = import().status().expect("run");
    assert_eq!(last.code(), Some(0));
    assert_eq!(temporary(), vec![".mentor-held.tmp".to_owned()]);
    drop(holder);
}

/// The curator's screen driven in a real pseudo-terminal, as a person
/// would: forbid the first pair, lock the next, write; then `pair approve`
/// records the proposals the screen wrote.
#[test]
#[cfg(unix)]
fn pair_review_in_a_terminal_then_approve() {
    use expectrl::{Eof, Expect};
    let tmp = tempfile::tempdir().expect("tempdir");
    let school = tmp.path().join("school");
    copy_dir(Path::new("examples/school"), &school);
    let dir = school.to_str().expect("utf-8");
    let mut command = Command::new(env!("CARGO_BIN_EXE_mentor"));
    command
        .args(["--lang", "ru", "--today", "2025-12-01", "--dir", dir])
        .args(["pair", "review"])
        .env_remove("CI")
        .env("NO_COLOR", "1");
    let mut screen = expectrl::Session::spawn(command).expect("a pseudo-terminal");
    screen
        .get_process_mut()
        .set_window_size(80, 24)
        .expect("80×24");
    screen.set_expect_timeout(Some(std::time::Duration::from_secs(30)));
    // The terminal gets words, the cursor moved between them.
    screen.expect("Подбор").expect("the screen");
    screen.send("f").expect("forbid");
    screen.expect("цена").expect("the price");
    screen.send("j").expect("down");
    screen.send("l").expect("lock");
    screen.expect("●").expect("the lock");
    screen.send("w").expect("write");
    screen.expect(Eof).expect("the end");
    let constraints =
        std::fs::read_to_string(school.join("registry/constraints.csv")).expect("constraints");
    let rules: Vec<&str> = constraints
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(2).unwrap_or_default())
        .collect();
    assert_eq!(rules, ["never", "must"], "{constraints}");
    let proposals = school.join("proposals.csv");
    assert!(proposals.is_file());
    let pairs_before = std::fs::read_to_string(school.join("registry/pairs.csv")).expect("pairs");
    let approve = mentor(&[
        "--dir",
        dir,
        "--today",
        "2025-12-01",
        "pair",
        "approve",
        proposals.to_str().expect("utf-8"),
    ]);
    assert_eq!(approve.status.code(), Some(0), "{approve:?}");
    let pairs_after = std::fs::read_to_string(school.join("registry/pairs.csv")).expect("pairs");
    assert!(pairs_after.starts_with(&pairs_before));
    assert_eq!(
        pairs_after.lines().count(),
        pairs_before.lines().count() + 3,
        "{pairs_after}"
    );
    // Not a terminal: the screen refuses and points to `pair suggest`.
    let piped = mentor(&["--dir", dir, "pair", "review"]);
    assert_eq!(piped.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&piped.stderr).contains("pair suggest"));
}

/// Twenty curators approving twenty different pairs at the same moment:
/// every pair is recorded exactly once (the registries' lock makes each run
/// wait and read what the one before it wrote).
#[test]
fn twenty_approvals_at_once_lose_no_pair() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let school = tmp.path().join("school");
    let init = mentor(&["init", school.to_str().expect("utf-8")]);
    assert_eq!(init.status.code(), Some(0), "{init:?}");
    let mut mentors = String::from("id,name,role,birth_date,capacity,consent_date\n");
    let mut mentees = String::from("id,name,role,birth_date,consent_date\n");
    for i in 0..20 {
        mentors.push_str(&format!(
            "M{i},Наставник {i},педагог,1980-01-01,1,2025-09-01\n"
        ));
        mentees.push_str(&format!("S{i},Ученик {i},ученик,2012-01-01,2025-09-01\n"));
        let proposal = format!("mentor_id,mentee_id,form\nM{i},S{i},учитель – ученик\n");
        std::fs::write(tmp.path().join(format!("p{i}.csv")), proposal).expect("proposal");
    }
    std::fs::write(school.join("registry/mentors.csv"), mentors).expect("mentors");
    std::fs::write(school.join("registry/mentees.csv"), mentees).expect("mentees");
    let children: Vec<_> = (0..20)
        .map(|i| {
            mentor_command()
                .args([
                    "--dir",
                    school.to_str().expect("utf-8"),
                    "--today",
                    "2026-01-15",
                ])
                .args(["pair", "approve"])
                .arg(tmp.path().join(format!("p{i}.csv")))
                .env("MENTOR_LANG", "en")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("wait");
        assert_eq!(out.status.code(), Some(0), "{out:?}");
    }
    let pairs = std::fs::read_to_string(school.join("registry/pairs.csv")).expect("pairs");
    let mut recorded: Vec<&str> = pairs
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap_or_default())
        .collect();
    recorded.sort_unstable();
    let mut expected: Vec<String> = (0..20).map(|i| format!("M{i}")).collect();
    expected.sort_unstable();
    assert_eq!(recorded, expected, "{pairs}");
    // What a run killed halfway (kill -9) left behind is gone after the next.
    let stale = school.join("registry/.mentor-killed.tmp");
    std::fs::write(&stale, "half a registry").expect("stale");
    let again = mentor(&[
        "--dir",
        school.to_str().expect("utf-8"),
        "pair",
        "approve",
        tmp.path().join("p0.csv").to_str().expect("utf-8"),
    ]);
    assert_eq!(again.status.code(), Some(0), "{again:?}");
    assert!(!stale.exists());
    let leftovers: Vec<_> = std::fs::read_dir(school.join("registry"))
        .expect("registry")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// `roadmap plan --format xlsx` of a roadmap with a formula-looking title, into `dir`.
fn plan_workbook(dir: &Path) -> std::path::PathBuf {
    let roadmap = formula_title_roadmap(dir);
    let xlsx = dir.join("plan.xlsx");
    let (r, x) = (
        roadmap.to_str().expect("utf-8"),
        xlsx.to_str().expect("utf-8"),
    );
    let out = mentor(&["roadmap", "plan", "--format", "xlsx", "-o", x, r]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    xlsx
}

/// LibreOffice reads the plan's workbook as `mentor` wrote it: a title that
/// looks like a formula stays text, dates are dates.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn libreoffice_reads_the_plan_workbook() {
    let dir = tempfile::tempdir().expect("tempdir");
    let xlsx = plan_workbook(dir.path());
    let back = dir.path().join("back");
    let out = soffice(&[
        "--convert-to".as_ref(),
        "csv:Text - txt - csv (StarCalc):59,34,76,1".as_ref(),
        "--outdir".as_ref(),
        back.as_os_str(),
        xlsx.as_os_str(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let csv = std::fs::read_to_string(dir.path().join("back/plan.csv")).expect("converted");
    assert!(
        csv.contains("\"=СУММ(A1); «наставничество»\";01.09.2025;30.09.2025"),
        "{csv}"
    );
}

/// 10,000 mentors with identical profiles and 200 identical mentees: every
/// score ties. The optimum still matches everyone, the total is 200 times
/// one pair's score, and the choice among equals is the same whatever the
/// order of the rows (ties are broken by id, not by position or hashing).
#[test]
fn ten_thousand_tied_mentors() {
    let write = |reverse: bool| {
        let dir = tempfile::tempdir().expect("tempdir");
        let registry = dir.path().join("registry");
        std::fs::create_dir_all(&registry).expect("mkdir");
        std::fs::copy(
            "tests/cmd/pair-suggest-reasons.in/mentor.yaml",
            dir.path().join("mentor.yaml"),
        )
        .expect("copy");
        let mut mentors: Vec<String> = (0..10_000)
            .map(|i| {
                format!(
                    "M{i:05},Наставник {i},педагог,1980-01-01,,математика,шахматы,10-15,1,учитель – ученик,пн,2025-09-15,2025-10-01,"
                )
            })
            .collect();
        let mut mentees: Vec<String> = (0..200)
            .map(|i| {
                format!("S{i:05},Ученик {i},ученик,2012-03-01,,математика,шахматы,,пн,2025-09-20,")
            })
            .collect();
        if reverse {
            mentors.reverse();
            mentees.reverse();
        }
        let header = "id,name,role,birth_date,organization,competencies,interests,mentee_age,capacity,forms,availability,consent_date,approved,children";
        std::fs::write(
            registry.join("mentors.csv"),
            format!("{header}\n{}\n", mentors.join("\n")),
        )
        .expect("write");
        let header = "id,name,role,birth_date,organization,requests,interests,form,availability,consent_date,wants";
        std::fs::write(
            registry.join("mentees.csv"),
            format!("{header}\n{}\n", mentees.join("\n")),
        )
        .expect("write");
        std::fs::write(
            registry.join("pairs.csv"),
            "mentor_id,mentee_id,form,start\n",
        )
        .expect("write");
        serde_json::from_slice::<serde_json::Value>(&suggest_json(dir.path())).expect("json")
    };
    let forward = write(false);
    let summary = &forward["summary"];
    assert_eq!(summary["mentees"], 200);
    assert_eq!(summary["matched"], 200);
    let one = forward["pairs"][0]["score"].as_i64().expect("score");
    assert!(one > 0);
    assert_eq!(summary["total_score"].as_i64(), Some(one * 200));
    assert_eq!(forward, write(true));
}

/// `pair suggest --graph DIR` writes the scored candidate graph another
/// solver can read: sizes as meta.json says, scores as the JSON proposal has.
#[test]
fn pair_suggest_writes_its_graph() {
    let dir = tempfile::tempdir().expect("tempdir");
    let graph = dir.path().join("graph");
    let fixture = Path::new("tests/cmd/pair-suggest-reasons.in");
    let out = suggest_json_with(fixture, &["--graph", graph.to_str().expect("utf-8")]);
    let proposal: serde_json::Value = serde_json::from_slice(&out).expect("json");
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(graph.join("meta.json")).expect("meta"))
            .expect("json");
    let (mentees, mentors, edges) = (
        meta["mentees"].as_u64().expect("mentees") as usize,
        meta["mentors"].as_u64().expect("mentors") as usize,
        meta["edges"].as_u64().expect("edges") as usize,
    );
    // No lock in this folder: the list is there, empty.
    assert_eq!(meta["must"], serde_json::json!([]));
    assert_eq!(
        mentees as u64,
        proposal["summary"]["mentees"].as_u64().expect("n")
    );
    let capacity = std::fs::read(graph.join("capacity.u32")).expect("capacity");
    assert_eq!(capacity.len(), 4 * mentors);
    let bytes = std::fs::read(graph.join("edges.bin")).expect("edges");
    assert_eq!(bytes.len(), 16 * edges);
    assert!(edges > 0);
    // Every edge is inside the problem, and the best edge of the proposal's
    // first pair scores what the proposal says.
    let mut scores = Vec::new();
    for e in bytes.chunks_exact(16) {
        let u = u32::from_le_bytes(e[0..4].try_into().expect("u32")) as usize;
        let v = u32::from_le_bytes(e[4..8].try_into().expect("u32")) as usize;
        assert!(u < mentees && v < mentors);
        scores.push(i64::from_le_bytes(e[8..16].try_into().expect("i64")));
    }
    let first = proposal["pairs"][0]["score"].as_i64().expect("score");
    assert!(scores.contains(&first));
}

/// A mentor's free places count mentees: a running group's row without a
/// mentee takes none in `pair suggest`, as in `check`'s `pair-over-capacity`
/// (`pair suggest`, `pair approve`, the constraints' rules and the screen
/// count through `Registry::taken`).
#[test]
fn a_group_row_without_a_mentee_takes_no_place() {
    let tmp = tempfile::tempdir().expect("tempdir");
    school_with(tmp.path(), "registry/pairs.csv", |text| {
        text + "M02,,учитель – ученик,2025-11-10,G1,,,активна\n"
    });
    let dir = tmp.path().to_str().expect("utf-8");
    let args = ["--dir", dir, "--today", "2025-12-01", "pair", "suggest"];
    let out = mentor(&[&args[..], &["--format", "json"]].concat());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let mentors: Vec<&str> = json["pairs"]
        .as_array()
        .expect("pairs")
        .iter()
        .filter_map(|p| p["mentor_id"].as_str())
        .collect();
    assert!(mentors.contains(&"M02"), "{json}");
}

/// A table never breaks a word: at any width each word it prints is one
/// the whole texts have (a line may end after a hyphen), or a cut one that
/// says so («Обеспечить…»).
/// Below the width that holds every column's longest word, the rows come
/// as records («Срок: …»).
#[test]
fn narrow_tables_break_no_word() {
    // Words, and the parts of hyphenated ones: a line may end after a hyphen.
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| {
            c.is_whitespace() || c == '-' || ('\u{2500}'..='\u{257f}').contains(&c)
        })
        .map(|w| w.trim_end_matches(':').to_owned())
        .filter(|w| !w.is_empty())
        .collect()
    };
    let commands: [&[&str]; 3] = [&["roadmap", "plan"], &["coverage"], &["pair", "suggest"]];
    for command in commands {
        let run = |columns: u16, format: &str| {
            let out = mentor_command()
                .args([
                    "--dir",
                    "examples/school",
                    "--lang",
                    "ru",
                    "--today",
                    "2025-12-01",
                ])
                .args(command)
                .args(["--format", format])
                .env("COLUMNS", columns.to_string())
                .output()
                .expect("run");
            String::from_utf8(out.stdout).expect("utf-8")
        };
        // Markdown holds every text whole; the widest table, its own words.
        let whole: std::collections::HashSet<String> = words(&run(1000, "md"))
            .into_iter()
            .chain(words(&run(1000, "human")))
            .collect();
        for columns in (30..=130).step_by(4) {
            let text = run(columns, "human");
            for word in words(&text) {
                let known = match word.strip_suffix('…') {
                    Some(cut) => whole.iter().any(|w| w.starts_with(cut)),
                    None => whole.contains(&word),
                };
                assert!(known, "{command:?} at {columns}: «{word}»\n{text}");
            }
        }
    }
}
