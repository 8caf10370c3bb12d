//! rustc-style diagnostics: `error[code]: message`, `--> file:line:col`,
//! the source line with the spot marked, and the hint.

use std::io::{self, Write};
use std::ops::Range;

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
                let drawing = Drawing::of(finding, source, i18n);
                if color || !drawing.draw_plain(&mut text)? {
                    let shown = renderer.render(&[drawing.group()]);
                    writeln!(text, "{shown}")?;
                }
                text.push(b'\n');
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

/// What one finding shows, in the reader's language.
#[derive(Debug)]
struct Drawing<'a> {
    level: Level<'static>,
    /// The level as the language names it: `warning`, `предупреждение`.
    name: String,
    code: &'a str,
    message: String,
    path: String,
    line: usize,
    column: usize,
    /// The source line and the bytes of it the finding marks.
    source: Option<(&'a str, Range<usize>)>,
    help: Option<(String, String)>,
}

impl<'a> Drawing<'a> {
    fn of(finding: &'a Finding, source: Option<&'a str>, i18n: &I18n) -> Self {
        let (level, name) = match finding.severity {
            Severity::Error => (Level::ERROR, "level-error"),
            Severity::Warning => (Level::WARNING, "level-warning"),
            Severity::Info => (Level::INFO, "level-info"),
        };
        let loc = &finding.location;
        let source = source.and_then(|s| line_of(s, loc)).map(|(start, line)| {
            let from = loc.bytes.start.saturating_sub(start).min(line.len());
            let to = loc.bytes.end.saturating_sub(start).clamp(from, line.len());
            (line, from..to)
        });
        Drawing {
            level,
            name: i18n.get(name),
            code: finding.code.as_str(),
            message: i18n.text(&finding.message),
            path: loc.file.to_string(),
            line: loc.line,
            column: loc.column,
            source,
            help: i18n
                .help(&finding.message)
                .map(|help| (i18n.get("level-help"), help)),
        }
    }

    /// The finding as annotate-snippets draws it: the reference.
    fn group(&self) -> Group<'_> {
        let title = self
            .level
            .clone()
            .with_name(Some(self.name.as_str()))
            .primary_title(self.message.as_str())
            .id(self.code);
        let mut group = match &self.source {
            Some((line, span)) => title.element(
                Snippet::source(*line)
                    .line_start(self.line)
                    .path(self.path.as_str())
                    .annotation(AnnotationKind::Primary.span(span.clone())),
            ),
            None => title.element(
                annotate_snippets::Origin::path(self.path.as_str())
                    .line(self.line)
                    .char_column(self.column),
            ),
        };
        if let Some((name, help)) = &self.help {
            group = group.element(
                Level::HELP
                    .with_name(Some(name.as_str()))
                    .message(help.as_str()),
            );
        }
        group
    }

    /// Draws the usual finding (one short source line of letters, digits
    /// and punctuation, one-line texts) as [`Self::group`] would without
    /// colour, an order of magnitude faster: a region's two hundred
    /// thousand warnings are otherwise most of a check's time. Returns
    /// false, drawing nothing, for anything else.
    fn draw_plain(&self, out: &mut Vec<u8>) -> io::Result<bool> {
        let Some((line, span)) = &self.source else {
            return Ok(false);
        };
        // Every character one column wide, no tab to expand, no line so
        // long that annotate-snippets would cut it.
        let simple = |text: &str| text.chars().all(one_column);
        if line.len() > MAX_LINE
            || !line.is_char_boundary(span.start)
            || !line.is_char_boundary(span.end)
            || !simple(line)
            || !simple(&self.name)
            || !simple(self.code)
            || !simple(&self.message)
            || !simple(&self.path)
            || self
                .help
                .as_ref()
                .is_some_and(|(n, h)| !simple(n) || !simple(h))
        {
            return Ok(false);
        }
        let width = self.line.to_string().len();
        let gutter = " ".repeat(width + 1);
        let before = line[..span.start].chars().count();
        let marked = line[span.clone()].chars().count().max(1);
        writeln!(out, "{}[{}]: {}", self.name, self.code, self.message)?;
        writeln!(
            out,
            "{}--> {}:{}:{}",
            &gutter[1..],
            self.path,
            self.line,
            before + 1
        )?;
        writeln!(out, "{gutter}|")?;
        if line.is_empty() {
            writeln!(out, "{} |", self.line)?;
        } else {
            writeln!(out, "{} | {line}", self.line)?;
        }
        writeln!(
            out,
            "{gutter}| {}{}",
            " ".repeat(before),
            "^".repeat(marked)
        )?;
        if let Some((name, help)) = &self.help {
            writeln!(out, "{gutter}|\n{gutter}= {name}: {help}")?;
        }
        Ok(true)
    }
}

/// Bytes of a source line that [`Drawing::draw_plain`] draws: well below
/// the width at which annotate-snippets starts to cut lines.
const MAX_LINE: usize = 100;

/// Characters one column wide on a terminal that annotate-snippets prints
/// as they are: printable ASCII, Russian letters, the dashes, quotes and
/// the number sign of Russian text.
fn one_column(c: char) -> bool {
    matches!(c, ' '..='~' | 'А'..='я' | 'Ё' | 'ё' | '–' | '—' | '«' | '»' | '№')
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Text of the characters findings are made of; now and then with some
    /// that are not drawn by hand (a tab, a combining accent, a wide
    /// letter, a control character).
    fn text(max: usize) -> impl Strategy<Value = String> {
        let plain = r"[ a-zA-Z0-9,.;:_/\\-]|[а-яА-ЯёЁ]|[–—«»№]";
        let any = prop_oneof![20 => plain, 1 => r"\t|\u{301}|語|\u{7}|\r"];
        let plain = proptest::collection::vec(plain, 0..max);
        let any = proptest::collection::vec(any, 0..max);
        prop_oneof![19 => plain, 1 => any].prop_map(|cs| cs.concat())
    }

    fn drawing() -> impl Strategy<Value = Drawing<'static>> {
        let level = prop_oneof![Just(Level::ERROR), Just(Level::WARNING), Just(Level::INFO)];
        let line = prop_oneof![1..10usize, 1..10_000_000usize];
        let help = proptest::option::of((text(12), text(40)));
        let source = prop_oneof![text(4), text(50), text(160)];
        (
            level,
            text(16),
            text(60),
            text(30),
            line,
            source,
            any::<(u8, u8)>(),
            help,
        )
            .prop_map(|(level, name, message, path, line, source, (a, b), help)| {
                let source: &'static str = Box::leak(source.into_boxed_str());
                let (a, b) = (usize::from(a.min(b)), usize::from(a.max(b)));
                Drawing {
                    level,
                    name,
                    code: "meeting-gap",
                    message,
                    path,
                    line,
                    column: 1,
                    source: Some((source, a.min(source.len())..b.min(source.len()))),
                    help,
                }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        /// The hand-drawn finding is the one annotate-snippets draws.
        #[test]
        fn plain_drawing_is_annotate_snippets_drawing(d in drawing()) {
            let mut fast = Vec::new();
            if d.draw_plain(&mut fast).unwrap() {
                let reference = format!("{}\n", Renderer::plain().render(&[d.group()]));
                prop_assert_eq!(String::from_utf8(fast).unwrap(), reference);
            } else {
                prop_assert!(fast.is_empty());
            }
        }
    }

    /// The usual finding is drawn by hand (else the test above proves little).
    #[test]
    fn usual_finding_is_drawn_by_hand() {
        let d = Drawing {
            level: Level::WARNING,
            name: "предупреждение".into(),
            code: "meeting-gap",
            message: "наставник M1 и S0 не встречались 530 дней".into(),
            path: "registry/pairs.csv".into(),
            line: 2,
            column: 1,
            source: Some(("M1,S0,учитель – ученик,2024-06-01,", 0..2)),
            help: Some(("подсказка".into(), "запишите встречи в meetings.csv".into())),
        };
        let mut fast = Vec::new();
        assert!(d.draw_plain(&mut fast).unwrap());
        assert_eq!(
            String::from_utf8(fast).unwrap(),
            format!("{}\n", Renderer::plain().render(&[d.group()]))
        );
    }
}
