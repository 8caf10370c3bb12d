//! rustc-style diagnostics: `error[code]: message`, `--> file:line:col`,
//! the source line with the spot marked, and the hint.

use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::Report;
use crate::finding::{Finding, Message, Severity};
use crate::i18n::I18n;

/// Findings rendered between two writes.
const BLOCK: usize = 16_384;

pub fn render(
    out: &mut dyn Write,
    report: &Report<'_>,
    i18n: &I18n,
    color: bool,
) -> io::Result<()> {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    // A region's hundred thousand findings are rendered on all cores, a
    // block at a time, so that the text is never held all at once.
    for block in report.findings.chunks(BLOCK) {
        let parts = crate::parallel::chunks(block, BLOCK / 8, |_, findings| {
            let mut text = Vec::new();
            for finding in findings {
                let source = report
                    .sources
                    .get(&finding.location.file)
                    .map(String::as_str);
                let shown = renderer.render(&[group(finding, source, i18n)]);
                writeln!(text, "{shown}\n")?;
            }
            Ok::<_, io::Error>(text)
        });
        for part in parts {
            out.write_all(&part?)?;
        }
    }
    let t = report.tally();
    let summary = Message::new("summary")
        .arg("files", report.files)
        .arg("errors", t.errors)
        .arg("warnings", t.warnings)
        .arg("infos", t.infos);
    writeln!(out, "{}", i18n.text(&summary))
}

fn group<'a>(finding: &'a Finding, source: Option<&'a str>, i18n: &I18n) -> Group<'a> {
    let (level, name) = match finding.severity {
        Severity::Error => (Level::ERROR, "level-error"),
        Severity::Warning => (Level::WARNING, "level-warning"),
        Severity::Info => (Level::INFO, "level-info"),
    };
    let loc = &finding.location;
    let title = level
        .with_name(Some(i18n.get(name)))
        .primary_title(i18n.text(&finding.message))
        .id(finding.code.as_str());
    let mut group = match source.and_then(|s| line_of(s, loc)) {
        Some((start, line)) => {
            let from = loc.bytes.start.saturating_sub(start).min(line.len());
            let to = loc.bytes.end.saturating_sub(start).clamp(from, line.len());
            let snippet = Snippet::source(line)
                .line_start(loc.line)
                .path(loc.file.to_string())
                .annotation(AnnotationKind::Primary.span(from..to));
            title.element(snippet)
        }
        None => title.element(
            annotate_snippets::Origin::path(loc.file.to_string())
                .line(loc.line)
                .char_column(loc.column),
        ),
    };
    if let Some(help) = i18n.help(&finding.message) {
        let level = Level::HELP.with_name(Some(i18n.get("level-help")));
        group = group.element(level.message(help));
    }
    group
}

/// The byte offset and text of the finding's line: found around its bytes
/// when it has them (so a file with a hundred thousand findings is not
/// scanned once per finding), else by counting lines.
fn line_of<'t>(text: &'t str, loc: &crate::finding::Location) -> Option<(usize, &'t str)> {
    let at = loc.bytes.start;
    if (loc.bytes.end > 0 || loc.line == 1) && at <= text.len() && text.is_char_boundary(at) {
        let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        return Some((start, text[start..end].trim_end_matches('\r')));
    }
    let mut start = 0;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == loc.line {
            return Some((start, l.trim_end_matches('\r')));
        }
        start += l.len() + 1;
    }
    None
}
