//! `mentor roadmap import` on the three real roadmaps of the seeds (names of
//! staff replaced: tests/fixtures/import/anonymize.py), as text copied out of
//! Word and as a real .docx table; and what `mentor check` then says.

use std::collections::BTreeMap;
use std::path::Path;

use super::mentor;

const FIXTURES: &str = "tests/fixtures/import";

/// The import's JSON account of `file`.
fn import(file: &str) -> serde_json::Value {
    let path = Path::new(FIXTURES).join(file);
    let out = mentor(&[
        "roadmap",
        "import",
        "--format",
        "json",
        path.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{file}: {out:?}");
    serde_json::from_slice(&out.stdout).expect("json")
}

/// Every activity's id and the stage it lands in (its own, else its section's).
fn activities(draft: &serde_json::Value) -> Vec<(Option<String>, Option<u64>)> {
    let mut out = Vec::new();
    for s in draft["sections"].as_array().expect("sections") {
        for a in s["activities"].as_array().expect("activities") {
            let mapping = if a["mapping"].is_null() {
                &s["mapping"]
            } else {
                &a["mapping"]
            };
            out.push((
                a["id"].as_str().map(str::to_owned),
                mapping["stage"].as_u64(),
            ));
        }
    }
    out
}

/// The ids of the activities that have one, in order.
fn ids(draft: &serde_json::Value) -> Vec<String> {
    activities(draft)
        .into_iter()
        .filter_map(|(id, _)| id)
        .collect()
}

fn per_stage(draft: &serde_json::Value) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for (_, stage) in activities(draft) {
        let key = stage.map_or_else(|| "none".to_owned(), |s| s.to_string());
        *counts.entry(key).or_default() += 1;
    }
    counts
}

fn counts(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
}

/// The ids a transcription in examples/roadmaps gives, in order.
fn transcribed_ids(file: &str) -> Vec<String> {
    let text = std::fs::read_to_string(Path::new("examples/roadmaps").join(file)).expect("example");
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("- id: "))
        .map(|id| id.trim_matches('"').to_owned())
        .collect()
}

/// The regional typical roadmap (a row per line, page breaks inside rows):
/// the launching order, the period from it, seven stages by their headings,
/// and the 58 numbers exactly as the hand transcription has them.
#[test]
fn khakassia_regional_roadmap() {
    let d = import("khakassia-regional.txt");
    let meta = &d["meta"];
    assert_eq!(
        meta["organization"],
        "ГБПОУ РХ «Хакасский политехнический колледж»"
    );
    assert_eq!(meta["approved"], "2020-04-03");
    assert!(meta["order"].as_str().expect("order").contains("№ 100-302"));
    assert_eq!(
        meta["period"],
        serde_json::json!(["2020-04-03", "2024-12-31"])
    );
    assert!(
        meta["title"]
            .as_str()
            .expect("title")
            .starts_with("Дорожная карта внедрения целевой модели")
    );
    assert_eq!(
        per_stage(&d),
        counts(&[
            ("1", 8),
            ("2", 8),
            ("3", 8),
            ("4", 8),
            ("5", 7),
            ("6", 9),
            ("7", 10)
        ])
    );
    let ids = ids(&d);
    assert_eq!(ids, transcribed_ids("khakassia-regional.roadmap.yaml"));
    assert_eq!(d["summary"]["guessed"], 0, "every heading names its stage");
    let skipped: Vec<&str> = d["skipped"]
        .as_array()
        .expect("skipped")
        .iter()
        .filter_map(|s| s["reason"]["id"].as_str())
        .collect();
    assert_eq!(skipped, ["import-skip-task"; 7]);
}

/// A school program (a cell per line, merged cells as empty lines, the stage
/// in a column of its own, no result column, numbered sections only).
#[test]
fn glyadenskaya_school_plan() {
    let d = import("glyadenskaya-school.txt");
    let meta = &d["meta"];
    assert_eq!(
        meta["organization"],
        "Гляденская ООШ филиал МБОУ Холмогорской СОШ"
    );
    assert_eq!(meta["title"], "План работы");
    assert_eq!(
        meta["period"],
        serde_json::json!(["2022-01-01", "2026-12-31"])
    );
    assert!(meta["approved"].is_null());
    assert_eq!(
        per_stage(&d),
        counts(&[
            ("1", 4),
            ("2", 1),
            ("3", 1),
            ("4", 1),
            ("5", 2),
            ("7", 1),
            ("none", 2)
        ])
    );
    // The document numbers its sections, not its activities: no id is invented.
    assert!(activities(&d).iter().all(|(id, _)| id.is_none()));
    let sections: Vec<&str> = d["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .filter_map(|s| s["title"].as_str())
        .collect();
    assert_eq!(sections[6], "7. Мотивация и поощрения наставников");
    // The list numbers Word put before the deadlines are gone.
    let dues: Vec<&str> = d["sections"][2]["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .filter_map(|a| a["due"].as_str())
        .collect();
    assert_eq!(dues, ["Ежегодно"]);
}

/// A school roadmap whose stages are renumbered (its «Этап №3» is stage 4
/// of the model), one heading merges stages 2 and 3, and an analytic section
/// is no stage: each decision marked as a guess with its words.
#[test]
fn mozhga_school_roadmap() {
    let d = import("mozhga-school-4.txt");
    assert_eq!(d["meta"]["organization"], "МБОУ «СОШ № 4» г. Можги");
    assert_eq!(
        d["meta"]["period"],
        serde_json::json!(["2022-01-01", "2022-12-31"])
    );
    assert!(
        d["meta"]["period_from"].is_null(),
        "inferred from the deadlines"
    );
    assert_eq!(
        per_stage(&d),
        counts(&[
            ("1", 8),
            ("2", 4),
            ("3", 1),
            ("4", 2),
            ("6", 2),
            ("7", 4),
            ("none", 2)
        ])
    );
    let ids = ids(&d);
    assert_eq!(ids, transcribed_ids("mozhga-school-4.roadmap.yaml"));
    let stages: Vec<(Option<u64>, &str)> = d["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .map(|s| {
            (
                s["mapping"]["stage"].as_u64(),
                s["mapping"]["certainty"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        stages,
        [
            (Some(1), "certain"),
            (Some(2), "guessed"),
            (Some(4), "guessed"),
            (Some(6), "guessed"),
            (Some(7), "guessed"),
            (None, "guessed"),
        ]
    );
    // In the merged section, «отбор кандидатов в наставники» is stage 3.
    assert_eq!(activities(&d)[8], (Some("2.1".to_owned()), Some(3)));
}

/// The same roadmap as a real Word table (gridSpan headings, vMerge cells,
/// list paragraphs, a row of column numbers) imports exactly as its text.
#[test]
fn docx_imports_like_its_text() {
    let docx = import("mozhga-school-4.docx");
    let text = import("mozhga-school-4.txt");
    assert_eq!(docx["meta"], text["meta"]);
    let strip = |d: &serde_json::Value| -> Vec<serde_json::Value> {
        d["sections"]
            .as_array()
            .expect("sections")
            .iter()
            .flat_map(|s| s["activities"].as_array().expect("activities").clone())
            .map(|mut a| {
                a["at"] = serde_json::Value::Null;
                a
            })
            .collect()
    };
    assert_eq!(strip(&docx), strip(&text));
    assert_eq!(
        docx["skipped"][0]["reason"]["id"],
        "import-skip-column-numbers"
    );
}

/// Import, then `mentor roadmap check`: the YAML reads without a syntax or
/// schema error, no phrase of the deadline vocabulary is left unparsed, and
/// the findings — the documents' real problems — are as recorded.
#[test]
fn import_then_check() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut report = String::new();
    for file in [
        "khakassia-regional.txt",
        "glyadenskaya-school.txt",
        "mozhga-school-4.docx",
    ] {
        let yaml = dir.path().join(format!("{file}.roadmap.yaml"));
        let source = Path::new(FIXTURES).join(file);
        let out = mentor(&[
            "--lang",
            "ru",
            "-o",
            yaml.to_str().expect("utf-8"),
            "roadmap",
            "import",
            source.to_str().expect("utf-8"),
        ]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let text = std::fs::read_to_string(&yaml).expect("yaml");
        assert!(text.starts_with("# yaml-language-server: $schema="));
        assert!(
            text.contains("Мероприят") || text.contains("мероприят"),
            "Cyrillic as is"
        );
        let out = mentor(&[
            "roadmap",
            "check",
            "--format",
            "jsonl",
            yaml.to_str().expect("utf-8"),
        ]);
        report.push_str(&format!("== {file}\n"));
        for line in String::from_utf8(out.stdout).expect("utf-8").lines() {
            let f: serde_json::Value = serde_json::from_str(line).expect("jsonl");
            let code = f["code"].as_str().unwrap_or_default();
            assert!(
                !matches!(code, "yaml-syntax" | "schema" | "deadline-unparsed"),
                "{file}: an artefact of the import: {f}"
            );
            report.push_str(&format!(
                "{} {code} {}\n",
                f["line"],
                f["message"].as_str().unwrap_or_default()
            ));
        }
    }
    snapbox::assert_data_eq!(report, snapbox::file!["../snapshots/import_check.txt"]);
}

/// A .docx whose text unpacks to more than the limit (a zip bomb: 65 MB of
/// spaces in a few kilobytes) is refused before it is read in full.
#[test]
fn a_zip_bomb_is_refused() {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bomb.docx");
    let file = std::fs::File::create(&path).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file("word/document.xml", options).expect("entry");
    let spaces = vec![b' '; 1 << 20];
    for _ in 0..65 {
        zip.write_all(&spaces).expect("write");
    }
    zip.finish().expect("zip");
    assert!(std::fs::metadata(&path).expect("size").len() < 1 << 20);
    let out = mentor(&["roadmap", "import", path.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("more than 64 MB"), "{stderr}");
}

/// Text saved by Notepad on a Russian Windows (Windows-1251) imports as its
/// UTF-8 original does.
#[test]
fn windows_1251_text_imports_like_utf8() {
    let text =
        std::fs::read_to_string(Path::new(FIXTURES).join("mozhga-school-4.txt")).expect("fixture");
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1251.encode(&text);
    assert!(!lossy);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mozhga-1251.txt");
    std::fs::write(&path, &bytes).expect("write");
    let out = mentor(&[
        "roadmap",
        "import",
        "--format",
        "json",
        path.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let cp1251: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let utf8 = import("mozhga-school-4.txt");
    assert_eq!(cp1251["meta"], utf8["meta"]);
    assert_eq!(cp1251["sections"], utf8["sections"]);
}

/// The evaluation set (`tests/import/eval/`): roadmaps written for this
/// project in the shapes real documents take, each as text copied out of
/// Word and as a Word table (`make_docx.py`), with the outcome a methodist
/// would state, written by hand in `NAME.expected.json`: the metadata, the
/// sections, every activity with its stage, and the errors `mentor check`
/// must report after the import — no more, no fewer. The table of how each
/// fares is printed (`cargo test evaluation -- --nocapture`).
#[test]
fn evaluation_set() {
    let dir = Path::new("tests/import/eval");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("eval")
        .filter_map(|e| {
            let name = e.expect("entry").file_name().to_string_lossy().into_owned();
            name.strip_suffix(".expected.json").map(str::to_owned)
        })
        .collect();
    names.sort();
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut table = vec![
        "| document | activities found / expected | invented | stages right | metadata right | false errors | missed errors |".to_owned(),
        "|---|---|---|---|---|---|---|".to_owned(),
    ];
    let mut failures = Vec::new();
    for name in &names {
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{name}.expected.json"))).expect("expected"),
        )
        .expect("json");
        for twin in ["txt", "docx"] {
            let doc = dir.join(format!("{name}.{twin}"));
            let (row, failed) = evaluate(&doc, &expected, tmp.path());
            table.push(row);
            failures.extend(failed);
        }
    }
    println!("{}", table.join("\n"));
    assert!(names.len() >= 12, "{} documents", names.len());
    assert!(
        failures.is_empty(),
        "{}\n{}",
        table.join("\n"),
        failures.join("\n")
    );
}

/// One document of the evaluation set against its expected outcome: its
/// row of the table, and what is wrong.
fn evaluate(doc: &Path, expected: &serde_json::Value, tmp: &Path) -> (String, Vec<String>) {
    let name = doc
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let path = doc.to_str().expect("utf-8");
    let out = mentor(&["roadmap", "import", "--format", "json", path]);
    assert_eq!(out.status.code(), Some(0), "{name}: {out:?}");
    let draft: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let got = activities(&draft);
    let want: Vec<(Option<String>, Option<u64>)> = expected["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| (a[0].as_str().map(str::to_owned), a[1].as_u64()))
        .collect();
    let found = want
        .iter()
        .filter(|w| got.iter().any(|g| g.0 == w.0))
        .count();
    let invented = got
        .iter()
        .filter(|g| !want.iter().any(|w| w.0 == g.0))
        .count();
    let right = want.iter().filter(|w| got.contains(w)).count();
    let fields = ["title", "organization", "approved", "period"];
    let meta_right = fields
        .iter()
        .filter(|f| draft["meta"][**f] == expected[**f])
        .count();
    let sections: Vec<&serde_json::Value> = draft["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .map(|s| &s["title"])
        .collect();
    let want_sections: Vec<&serde_json::Value> = expected["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .collect();
    // import → check: the errors of the imported roadmap.
    let yaml = tmp.join(format!("{name}.yaml"));
    let yaml = yaml.to_str().expect("utf-8");
    mentor(&["roadmap", "import", path, "-o", yaml]);
    let check = mentor(&["roadmap", "check", "--format", "jsonl", yaml]);
    let mut errors: Vec<String> = String::from_utf8_lossy(&check.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("jsonl"))
        .filter(|f| f["severity"] == "error")
        .map(|f| f["code"].as_str().unwrap_or_default().to_owned())
        .collect();
    // Every error counts: a second false error of the same rule is a false error.
    errors.sort();
    let want_errors: Vec<String> = expected["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e.as_str().unwrap_or_default().to_owned())
        .collect();
    let mut unmatched = want_errors.clone();
    let false_errors: Vec<&String> = errors
        .iter()
        .filter(|e| match unmatched.iter().position(|w| w == *e) {
            Some(i) => {
                unmatched.remove(i);
                false
            }
            None => true,
        })
        .collect();
    let missed = unmatched;
    let row = format!(
        "| {name} | {found} / {} | {invented} | {right} / {} | {meta_right} / {} | {false_errors:?} | {missed:?} |",
        want.len(),
        want.len(),
        fields.len()
    );
    let mut failures = Vec::new();
    if got != want || meta_right != fields.len() || sections != want_sections {
        failures.push(format!(
            "{name}: activities {got:?}\n  expected {want:?}\n  meta {}\n  sections {sections:?}",
            draft["meta"]
        ));
    }
    if !false_errors.is_empty() || !missed.is_empty() {
        failures.push(format!(
            "{name}: errors {errors:?}, expected {want_errors:?}"
        ));
    }
    (row, failures)
}
