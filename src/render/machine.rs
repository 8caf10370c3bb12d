//! Machine-readable formats: JSON, JSONL, CSV, GitHub workflow commands,
//! GitLab Code Quality and SARIF 2.1.0. Field names are stable.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::json;

use super::Report;
use crate::i18n::I18n;
use mentor_core::finding::{Code, Finding, Severity};

/// A finding as machine formats carry it (the contract's field list).
#[derive(Serialize)]
struct Record<'a> {
    code: Code,
    severity: Severity,
    file: &'a str,
    line: usize,
    column: usize,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stage: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    activity: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    row: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column_name: Option<&'a str>,
}

fn record<'a>(f: &'a Finding, i18n: &I18n) -> Record<'a> {
    Record {
        code: f.code,
        severity: f.severity,
        file: &f.location.file,
        line: f.location.line,
        column: f.location.column,
        message: i18n.text(&f.message),
        help: i18n.help(&f.message),
        stage: f.stage,
        activity: f.activity.as_deref(),
        row: f.row,
        column_name: f.column_name,
    }
}

pub fn json(out: &mut dyn Write, report: &Report<'_>, i18n: &I18n) -> io::Result<()> {
    let findings: Vec<_> = report.findings.iter().map(|f| record(f, i18n)).collect();
    let t = report.tally();
    let doc = json!({
        "findings": findings,
        "summary": {"files": report.files, "errors": t.errors, "warnings": t.warnings, "infos": t.infos},
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

pub fn jsonl(out: &mut dyn Write, report: &Report<'_>, i18n: &I18n) -> io::Result<()> {
    for f in report.findings {
        serde_json::to_writer(&mut *out, &record(f, i18n))?;
        writeln!(out)?;
    }
    Ok(())
}

pub fn csv(out: &mut dyn Write, report: &Report<'_>, i18n: &I18n, excel: bool) -> io::Result<()> {
    let mut w = super::spreadsheet(out, excel)?;
    w.write_record([
        "code",
        "severity",
        "file",
        "line",
        "column",
        "stage",
        "activity",
        "message",
        "help",
        "row",
        "column_name",
    ])?;
    for f in report.findings {
        let r = record(f, i18n);
        let stage = r.stage.map(|s| s.to_string()).unwrap_or_default();
        let (line, column) = (r.line.to_string(), r.column.to_string());
        let row = r.row.map(|n| n.to_string()).unwrap_or_default();
        let cells = [
            r.code.as_str(),
            severity_name(r.severity),
            r.file,
            &line,
            &column,
            &stage,
            r.activity.unwrap_or_default(),
            &r.message,
            r.help.as_deref().unwrap_or_default(),
            &row,
            r.column_name.unwrap_or_default(),
        ];
        w.write_record(cells.map(super::safe_cell).iter().map(|c| c.as_ref()))?;
    }
    w.flush()
}

fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// Escapes workflow-command data as @actions/core does.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes workflow-command properties as @actions/core does.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn github(out: &mut dyn Write, report: &Report<'_>, i18n: &I18n) -> io::Result<()> {
    for f in report.findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut text = i18n.text(&f.message);
        if let Some(help) = i18n.help(&f.message) {
            text = format!("{text}\n{help}");
        }
        writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            escape_property(&f.location.file),
            f.location.line,
            f.location.column,
            escape_property(&format!("mentor [{}]", f.code)),
            escape_data(&text),
        )?;
    }
    Ok(())
}

/// A stable fingerprint of a finding, so GitLab can follow it across commits.
fn fingerprint(f: &Finding) -> String {
    let key = format!(
        "{}|{}|{}|{}|{:?}",
        f.code, f.location.file, f.location.line, f.message.id, f.activity
    );
    // FNV-1a, 64 bits: stable across Rust versions, unlike `DefaultHasher`.
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

pub fn gitlab(out: &mut dyn Write, report: &Report<'_>, i18n: &I18n) -> io::Result<()> {
    let issues: Vec<_> = report
        .findings
        .iter()
        .map(|f| {
            let severity = match f.severity {
                Severity::Error => "major",
                Severity::Warning => "minor",
                Severity::Info => "info",
            };
            json!({
                "description": i18n.text(&f.message),
                "check_name": f.code,
                "fingerprint": fingerprint(f),
                "severity": severity,
                "location": {"path": &*f.location.file, "lines": {"begin": f.location.line}},
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &issues)?;
    writeln!(out)
}

pub fn sarif(out: &mut dyn Write, report: &Report<'_>, i18n: &I18n) -> io::Result<()> {
    let rules: Vec<_> = Code::ALL
        .iter()
        .map(|c| {
            let level = sarif_level(c.severity());
            json!({
                "id": c,
                "shortDescription": {"text": i18n.describe(&c.rule_message_id())},
                "defaultConfiguration": {"level": level},
            })
        })
        .collect();
    let results: Vec<_> = report
        .findings
        .iter()
        .map(|f| {
            let mut text = i18n.text(&f.message);
            if let Some(help) = i18n.help(&f.message) {
                text = format!("{text}. {help}");
            }
            json!({
                "ruleId": f.code,
                "ruleIndex": Code::ALL.iter().position(|c| *c == f.code),
                "level": sarif_level(f.severity),
                "message": {"text": text},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": f.location.file.replace('\\', "/")},
                    "region": {"startLine": f.location.line, "startColumn": f.location.column},
                }}],
                "partialFingerprints": {"mentor/v1": fingerprint(f)},
            })
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "mentor",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}
