//! `mentor report`: what may be published, the JSON contract, and the real
//! clients that open what it writes (headless Chromium, LibreOffice).

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{mentor, school_with};

const FOLDERS: [&str; 2] = ["examples/school", "examples/college"];
const TODAY: &str = "2026-03-01";

/// The report of `dir` in `format`, written to a file in `out` (binary
/// formats need one); its path.
fn report(dir: &str, extra: &[&str], format: &str, out: &Path) -> PathBuf {
    let name = dir.replace('/', "-");
    let path = out.join(format!("{name}{}.{format}", extra.join("")));
    let mut args = vec!["--dir", dir, "--today", TODAY, "--format", format, "-o"];
    let file = path.to_str().expect("utf-8 path");
    args.push(file);
    args.push("report");
    args.extend(extra);
    let run = mentor(&args);
    assert_eq!(run.status.code(), Some(0), "{args:?}: {run:?}");
    path
}

/// Everything a public report must not carry, from the registries: ids,
/// names and each part of them, birth dates as ISO and as Russians write
/// them, classes.
fn personal_data(dir: &str) -> Vec<String> {
    let mut needles = Vec::new();
    for file in ["mentors.csv", "mentees.csv"] {
        let path = Path::new(dir).join("registry").join(file);
        let mut reader = csv::Reader::from_path(&path).expect("registry");
        let header = reader.headers().expect("header").clone();
        let column = |name: &str| header.iter().position(|h| h == name);
        for row in reader.records() {
            let row = row.expect("row");
            let cell = |name: &str| column(name).and_then(|i| row.get(i)).unwrap_or_default();
            needles.push(cell("id").to_owned());
            let name = cell("name");
            needles.push(name.to_owned());
            needles.extend(name.split_whitespace().map(str::to_owned));
            if let Ok(birth) = chrono::NaiveDate::parse_from_str(cell("birth_date"), "%Y-%m-%d") {
                needles.push(birth.to_string());
                needles.push(birth.format("%d.%m.%Y").to_string());
            }
            needles.push(cell("grade").to_owned());
        }
    }
    needles.retain(|n| n.chars().count() >= 2);
    needles
}

/// The text of every cell of every sheet of a workbook.
fn workbook_text(path: &Path) -> String {
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(path).expect("a workbook");
    let mut text = String::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).expect("a sheet");
        for row in range.rows() {
            for cell in row {
                text.push_str(&cell.to_string());
                text.push('\t');
            }
        }
    }
    text
}

fn text_of(path: &Path) -> String {
    if path.extension().is_some_and(|e| e == "xlsx") {
        workbook_text(path)
    } else {
        std::fs::read_to_string(path).expect("utf-8 report")
    }
}

/// Names (whole and each part) and birth dates (ISO and `ДД.ММ.ГГГГ`) of
/// the example registries: what a CI log must never show.
fn names_and_births(dir: &str) -> Vec<String> {
    let ids_and_grades: std::collections::BTreeSet<String> = ["mentors.csv", "mentees.csv"]
        .iter()
        .flat_map(|file| {
            let path = Path::new(dir).join("registry").join(file);
            let mut reader = csv::Reader::from_path(&path).expect("registry");
            let header = reader.headers().expect("header").clone();
            let at = |name: &str| header.iter().position(|h| h == name);
            let (id, grade) = (at("id"), at("grade"));
            reader
                .records()
                .flat_map(|r| {
                    let r = r.expect("row");
                    [id, grade].map(|i| i.and_then(|i| r.get(i)).unwrap_or_default().to_owned())
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let mut needles = personal_data(dir);
    needles.retain(|n| !ids_and_grades.contains(n));
    needles
}

/// A CI log carries no child's name or birth date: every command that
/// reads the registries, in every text format it writes, with `CI` set, on
/// both examples and a folder where a name slipped into the role column (so
/// that a message would quote it). The curator's report is refused there.
#[test]
fn ci_logs_carry_no_names_or_birth_dates() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let slipped = tmp.path().join("slipped");
    school_with(&slipped, "registry/mentees.csv", |text| {
        let text = text.replacen(",ученик,", ",Екатерина,", 1);
        // A mentor named where the mentee's wish should give an id.
        let text = text.replacen(",M01\n", ",Соколова Анна Викторовна\n", 1);
        assert!(text.contains(",Соколова Анна Викторовна\n"));
        text
    });
    let slipped = slipped.to_str().expect("utf-8").to_owned();
    for dir in [FOLDERS[0], FOLDERS[1], slipped.as_str()] {
        let needles = names_and_births(dir);
        assert!(needles.len() > 10, "{dir}: {needles:?}");
        let findings = ["human", "json", "jsonl", "csv", "github", "gitlab", "sarif"];
        let runs: [(&[&str], &[&str]); 8] = [
            (&["check"], &findings),
            (&["registry", "check"], &findings),
            (&["meetings", "check"], &findings),
            (&["pair", "suggest"], &["human", "json", "csv", "md"]),
            (&["pair", "suggest", "--explain"], &["human", "md"]),
            (&["coverage"], &["human", "json", "csv", "md"]),
            (&["report", "--public"], &["md", "html", "json"]),
            (&["report"], &["md", "html", "json"]),
        ];
        for (command, formats) in runs {
            for format in formats {
                let out = super::mentor_command()
                    .args(["--lang", "ru", "--dir", dir, "--today", TODAY])
                    .args(command)
                    .args(["--format", format])
                    .env("CI", "true")
                    .output()
                    .expect("run mentor");
                let log = format!(
                    "{}{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                );
                let leaked: Vec<&String> = needles.iter().filter(|n| log.contains(*n)).collect();
                assert!(leaked.is_empty(), "{dir} {command:?} {format}: {leaked:?}");
                // Each ran (the curator's report is refused), so the test sees what it prints.
                let refused = out.status.code() == Some(2);
                assert_eq!(
                    refused,
                    command == ["report"],
                    "{dir} {command:?} {format}: {log}"
                );
            }
        }
    }
}

/// The public report of every example folder, in every format, carries no
/// name, birth date, id or class from the registries; the full report does
/// (so the needles are real).
#[test]
fn public_report_carries_no_personal_data() {
    let out = tempfile::tempdir().expect("tempdir");
    for dir in FOLDERS {
        let needles = personal_data(dir);
        assert!(needles.len() > 10, "{dir}: {needles:?}");
        for format in ["md", "html", "json", "xlsx"] {
            let public = text_of(&report(dir, &["--public"], format, out.path()));
            let leaked: Vec<&String> = needles.iter().filter(|n| public.contains(*n)).collect();
            assert!(
                leaked.is_empty(),
                "{dir} --public {format} shows {leaked:?}"
            );
            let full = text_of(&report(dir, &[], format, out.path()));
            assert!(
                needles.iter().any(|n| full.contains(n)),
                "{dir} {format}: the full report names nobody"
            );
        }
    }
}

/// The JSON report has the fields docs/report.md promises, and the public
/// one has every person-level field empty.
#[test]
fn json_contract() {
    let out = tempfile::tempdir().expect("tempdir");
    for dir in FOLDERS {
        for public in [false, true] {
            let extra: &[&str] = if public { &["--public"] } else { &[] };
            let path = report(dir, extra, "json", out.path());
            let r: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(path).expect("json")).expect("json");
            for key in ["organization", "kind", "today", "year", "missing"] {
                assert!(!r[key].is_null(), "{dir}: {key}");
            }
            assert_eq!(r["public"], public);
            assert_eq!(r["today"], TODAY);
            let stages: Vec<u64> = r["stages"]
                .as_array()
                .expect("stages")
                .iter()
                .filter_map(|s| s["stage"].as_u64())
                .collect();
            assert_eq!(stages, [1, 2, 3, 4, 5, 6, 7], "{dir}");
            let ids: Vec<&str> = r["kpis"]
                .as_array()
                .expect("kpis")
                .iter()
                .map(|k| k["id"].as_str().expect("id"))
                .collect();
            assert_eq!(
                ids,
                [
                    "involvement",
                    "mentees_10_19",
                    "mentors_15_19",
                    "teachers",
                    "young_teachers",
                    "partners",
                    "satisfaction_mentees",
                    "satisfaction_mentors"
                ]
            );
            for k in r["kpis"].as_array().expect("kpis") {
                for key in [
                    "value",
                    "target",
                    "met",
                    "numerator",
                    "denominator",
                    "needed",
                ] {
                    assert!(k.get(key).is_some(), "{dir}: kpi {key}");
                }
            }
            let first = r["period"]["start"].as_str().expect("start")[..4].parse::<u64>();
            assert_eq!(r["history"][0]["year"].as_u64(), first.ok());
            assert!(r["meetings"]["active"].is_u64());
            assert_eq!(r["verdict"]["id"], "report-verdict", "{dir}");
            // The school's own business (and what may name a person) is not
            // in a public report: pairs, stopped pairs, problems, notes on files.
            for own in [&r["pairs"], &r["problems"], &r["meetings"]["stopped"]] {
                assert_eq!(own.is_null(), public, "{dir} public={public}");
            }
            if public {
                assert_eq!(r["missing"], serde_json::json!([]), "{dir}");
            } else {
                assert!(r["problems"]["errors"].is_u64() && r["problems"]["list"].is_array());
            }
        }
    }
}

/// The first of `names` that runs: a real-client test needs one (CI installs it).
fn client(names: &[&str], install: &str) -> String {
    let found = names
        .iter()
        .find(|name| Command::new(name).arg("--version").output().is_ok());
    found.map_or_else(
        || panic!("none of {names:?}: {install}"),
        |n| (*n).to_owned(),
    )
}

/// Headless Chromium run on a page: `args`, then the page's URL; what it
/// wrote on standard output. No console message may appear (no script,
/// nothing blocked, nothing fetched).
fn chromium(profile: &Path, args: &[&str], page: &Path) -> Vec<u8> {
    let chromium = client(
        &["chromium", "chromium-browser", "google-chrome"],
        "apt-get install chromium",
    );
    let output = Command::new(&chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu"])
        .args(["--enable-logging=stderr", "--v=0", "--no-first-run"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium");
    assert!(output.status.success(), "{output:?}");
    let log = String::from_utf8_lossy(&output.stderr).into_owned();
    let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "console messages: {console:#?}");
    output.stdout
}

/// The width and height of a PNG, and that it is a real page (a blank one
/// compresses to a few kilobytes; text, tables and a chart do not).
fn screenshot_size(png: &Path) -> (u32, u32) {
    let bytes = std::fs::read(png).expect("a screenshot");
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    assert!(bytes.len() > 30_000, "{} bytes", bytes.len());
    let size = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    (size(16), size(20))
}

/// Headless Chromium renders the HTML report: the verdict and the KPI cards
/// first, the KPI table and the chart (its target in steps) in the DOM,
/// screenshots at a desktop's and a phone's width.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn chromium_renders_the_html_report() {
    let out = tempfile::tempdir().expect("tempdir");
    let html = report("examples/school", &[], "html", out.path());
    let profile = out.path().join("profile");
    let dom = String::from_utf8(chromium(&profile, &["--dump-dom"], &html)).expect("utf-8 dom");
    assert_eq!(dom.matches(r#"<tr id="kpi-"#).count(), 8, "{dom}");
    assert_eq!(dom.matches(r#"id="card-"#).count(), 8, "{dom}");
    assert!(dom.contains(r#"<p class="verdict" id="verdict">"#));
    assert!(dom.find(r#"id="verdict""#) < dom.find(r#"<section id="kpis">"#));
    assert!(dom.contains(r#"<tr id="kpi-involvement">"#));
    assert!(dom.contains(r#"<svg class="chart""#));
    assert!(dom.contains(r#"<path class="target""#));
    assert!(dom.contains(r#"<section id="roadmap">"#));
    for (width, name) in [(1280, "desktop.png"), (390, "phone.png")] {
        let png = out.path().join(name);
        chromium(
            &profile,
            &[
                &format!("--screenshot={}", png.display()),
                &format!("--window-size={width},2400"),
            ],
            &html,
        );
        assert_eq!(screenshot_size(&png), (width, 2400), "{name}");
    }
}

/// The HTML report printed to PDF by Chromium (A4): nothing is clipped —
/// every word of every deadline and title of the roadmap table, and every
/// KPI's name, comes out whole in the PDF's text.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn the_printed_html_report_keeps_every_word() {
    client(&["pdftotext", "-v"], "apt-get install poppler-utils");
    let out = tempfile::tempdir().expect("tempdir");
    let html = report("examples/school", &["--lang", "ru"], "html", out.path());
    let json = report("examples/school", &["--lang", "ru"], "json", out.path());
    let pdf = out.path().join("report.pdf");
    chromium(
        &out.path().join("profile"),
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
        ],
        &html,
    );
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8(text.stdout).expect("utf-8");
    let printed: std::collections::BTreeSet<&str> = text.split_whitespace().collect();
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(json).expect("json")).expect("json");
    let mut words = Vec::new();
    for stage in r["stages"].as_array().expect("stages") {
        for next in stage["next"].as_array().expect("next") {
            words.extend(
                next["title"]
                    .as_str()
                    .expect("title")
                    .split_whitespace()
                    .map(str::to_owned),
            );
            for date in [&next["start"], &next["end"]] {
                if let Some(iso) = date.as_str() {
                    let day = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d").expect("a date");
                    words.push(day.format("%d.%m.%Y").to_string());
                }
            }
        }
    }
    assert!(words.len() > 20, "{words:?}");
    for word in &words {
        let word = word.trim_matches(|c: char| c == ',' || c == ':');
        assert!(
            printed
                .iter()
                .any(|p| p.trim_matches(|c: char| c == ',' || c == ':') == word),
            "«{word}» is not whole on paper:\n{text}"
        );
    }
}

/// A public mean over fewer than `min_group` (5) people is that group's own
/// answer: the public report shows «менее 5» instead (JSON: null), for the
/// satisfaction by form and for the satisfaction KPIs; the full report
/// shows the value.
#[test]
fn public_means_over_small_groups_are_not_shown() {
    let run = |extra: &[&str]| -> serde_json::Value {
        let out = mentor(
            &[
                &[
                    "--dir",
                    "examples/school",
                    "--today",
                    "2025-12-01",
                    "--format",
                    "json",
                    "report",
                ],
                extra,
            ]
            .concat(),
        );
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let public = run(&["--public"]);
    let min = public["min_group"].as_u64().expect("min_group");
    assert_eq!(min, 5);
    let groups = public["satisfaction"].as_array().expect("satisfaction");
    assert!(!groups.is_empty());
    for g in groups {
        match g["answers"].as_u64() {
            None => assert!(g["value"].is_null(), "{g}"),
            Some(n) => assert!(n >= min, "{g}"),
        }
    }
    assert!(groups.iter().any(|g| g["answers"].is_null()), "{groups:?}");
    let full = run(&[]);
    assert!(
        full["satisfaction"]
            .as_array()
            .expect("satisfaction")
            .iter()
            .all(|g| g["value"].is_number())
    );
    let md = String::from_utf8(
        mentor(&[
            "--lang",
            "ru",
            "--dir",
            "examples/school",
            "--today",
            "2025-12-01",
            "report",
            "--public",
        ])
        .stdout,
    )
    .expect("utf-8");
    assert!(md.contains("менее 5"), "{md}");
}

/// The public page says what the public needs: no rule codes, no finding
/// (not «нет согласия на обработку ПД»), no notes on files to edit.
#[test]
fn the_public_html_report_has_no_code_words() {
    let out = tempfile::tempdir().expect("tempdir");
    for dir in FOLDERS {
        let html = report(dir, &["--public", "--lang", "ru"], "html", out.path());
        let page = std::fs::read_to_string(&html).expect("html");
        for code in mentor_core::finding::Code::ALL {
            assert!(!page.contains(&format!(">{code}<")), "{dir}: {code}");
        }
        for word in ["нет согласия", "mentor check", "mentor.yaml", "<code>"] {
            assert!(!page.contains(word), "{dir}: «{word}» in the public page");
        }
    }
}

/// LibreOffice (headless) converts the order annex (.docx) and the report
/// workbook (.xlsx) to PDF, and reads the annex's table back as text.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn libreoffice_opens_the_docx_and_xlsx() {
    client(&["soffice"], "apt-get install libreoffice-writer-nogui");
    let out = tempfile::tempdir().expect("tempdir");
    let docx = out.path().join("annex.docx");
    let run = mentor(&[
        "--dir",
        "examples/school",
        "--today",
        TODAY,
        "--format",
        "docx",
        "-o",
        docx.to_str().expect("utf-8"),
        "report",
        "--document",
        "pairs-order",
    ]);
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    let xlsx = report("examples/school", &[], "xlsx", out.path());
    let convert = |to: &str, file: &Path| {
        let converted = out.path().join("converted");
        let run = super::soffice(&[
            "--convert-to".as_ref(),
            to.as_ref(),
            "--outdir".as_ref(),
            converted.as_os_str(),
            file.as_os_str(),
        ]);
        assert!(run.status.success(), "{run:?}");
    };
    convert("pdf", &docx);
    convert("pdf", &xlsx);
    convert("txt:Text (encoded):UTF8", &docx);
    for pdf in ["annex.pdf", "examples-school.xlsx"] {
        let pdf = out.path().join("converted").join(pdf).with_extension("pdf");
        let bytes = std::fs::read(&pdf).expect("converted to pdf");
        assert!(bytes.starts_with(b"%PDF"), "{}", pdf.display());
    }
    let text = std::fs::read_to_string(out.path().join("converted/annex.txt")).expect("text");
    let text = text.trim_start_matches('\u{feff}');
    for expected in [
        "List of mentor pairs and groups",
        "Соколова Анна Викторовна",
        "Васильев Дмитрий",
        "учитель – ученик",
        "2025-11-10",
    ] {
        assert!(text.contains(expected), "{expected} not in {text}");
    }
}

/// The order annex as the office reads it: python-docx finds its table
/// (rows, cells, a width for every column, «№» the narrowest), and on the
/// page LibreOffice prints no word is broken inside — every word of the
/// header and of the names comes out whole in the PDF's text — with the
/// signature line after the table.
#[test]
#[cfg_attr(
    not(real_clients),
    ignore = "real client: runs with MENTOR_REAL_CLIENTS=1 (CI sets it)"
)]
fn the_annex_reads_in_python_docx_and_prints_whole_words() {
    client(&["soffice"], "apt-get install libreoffice-writer-nogui");
    client(&["pdftotext", "-v"], "apt-get install poppler-utils");
    let out = tempfile::tempdir().expect("tempdir");
    let docx = out.path().join("annex.docx");
    let run = mentor(&[
        "--lang",
        "ru",
        "--dir",
        "examples/school",
        "--today",
        TODAY,
        "-o",
        docx.to_str().expect("utf-8"),
        "report",
        "--document",
        "pairs-order",
    ]);
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    let json = super::python_check("docx_table.py", &[docx.to_str().expect("utf-8")]);
    let doc: serde_json::Value = serde_json::from_str(&json).expect("json");
    let table = &doc["tables"][0];
    let rows = table["rows"].as_array().expect("rows");
    assert!(rows.len() >= 3, "{table}");
    let widths: Vec<u64> = table["widths"]
        .as_array()
        .expect("widths")
        .iter()
        .map(|w| w.as_u64().expect("a width for every column"))
        .collect();
    assert_eq!(widths.len(), rows[0].as_array().expect("header").len());
    assert!(
        widths[0] == *widths.iter().min().expect("columns"),
        "{widths:?}"
    );
    assert!(
        doc["paragraphs"]
            .as_array()
            .expect("paragraphs")
            .iter()
            .any(|p| p
                .as_str()
                .is_some_and(|p| p.starts_with("Руководитель организации"))),
        "{doc}"
    );
    let converted = out.path().join("converted");
    let run = super::soffice(&[
        "--convert-to".as_ref(),
        "pdf".as_ref(),
        "--outdir".as_ref(),
        converted.as_os_str(),
        docx.as_os_str(),
    ]);
    assert!(run.status.success(), "{run:?}");
    let text = Command::new("pdftotext")
        .arg(converted.join("annex.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8(text.stdout).expect("utf-8");
    let printed: std::collections::BTreeSet<&str> = text.split_whitespace().collect();
    for cell in rows.iter().flat_map(|r| r.as_array().expect("cells")) {
        for word in cell.as_str().expect("text").split_whitespace() {
            assert!(
                printed.contains(word),
                "«{word}» broken on the page:\n{text}"
            );
        }
    }
}

/// The report's deadlines count from the launching order of `mentor.yaml`,
/// as `roadmap plan` does, even when the roadmap's own `approved` says
/// another date.
#[test]
fn report_deadlines_count_from_the_program_order() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let school = tmp.path().join("school");
    school_with(&school, "roadmap.yaml", |text| {
        let moved = text.replace("approved: 2025-09-05", "approved: 2025-06-01");
        assert_ne!(text, moved, "the example's approval line changed");
        moved
    });
    let dir = school.to_str().expect("utf-8");
    let json = |args: &[&str]| -> serde_json::Value {
        let out = mentor(&[&["--dir", dir, "--today", TODAY][..], args].concat());
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let plan = json(&["roadmap", "plan", "--format", "json"]);
    let report = json(&["report", "--format", "json"]);
    let mut compared = 0;
    for stage in report["stages"].as_array().expect("stages") {
        for next in stage["next"].as_array().expect("next") {
            let row = plan["activities"]
                .as_array()
                .expect("activities")
                .iter()
                .find(|r| r["id"] == next["id"] && r["end"] == next["end"])
                .unwrap_or_else(|| panic!("{next} is not in the plan"));
            assert_eq!(row["start"], next["start"]);
            compared += 1;
        }
    }
    assert!(compared > 5, "{compared} deadlines compared");
}
