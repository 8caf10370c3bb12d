//! rustc-style diagnostics: `error[code]: message`, `--> file:line:col`,
//! the source line with the spot marked, and the hint.

use std::io::{self, Write};
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::Report;
use crate::i18n::I18n;
use mentor_core::finding::{Arg, Finding, Message, Severity};

/// Findings rendered between two writes.
const BLOCK: usize = 16_384;

pub fn render(
    out: &mut dyn Write,
    report: &Report<'_>,
    i18n: &I18n,
    style: super::Style,
) -> io::Result<()> {
    let color = style.color;
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let names = Names::new(i18n);
    // A region's hundred thousand findings are rendered on all cores, a
    // block at a time, so that the text is never held all at once.
    for block in report.findings.chunks(BLOCK) {
        let parts = mentor_core::parallel::chunks(block, BLOCK / 8, |_, findings| {
            let mut text = Vec::new();
            for finding in findings {
                let source = report
                    .sources
                    .get(&finding.location.file)
                    .map(String::as_str);
                let drawing = Drawing::of(finding, source, i18n, &names, style.verbose);
                if color || !drawing.draw_plain(&mut text) {
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

/// The levels as the reader's language names them (`warning`,
/// `предупреждение`), looked up once for all findings.
struct Names {
    error: String,
    warning: String,
    info: String,
    help: String,
}

impl Names {
    fn new(i18n: &I18n) -> Self {
        Names {
            error: i18n.get("level-error"),
            warning: i18n.get("level-warning"),
            info: i18n.get("level-info"),
            help: i18n.get("level-help"),
        }
    }
}

/// What one finding shows, in the reader's language.
#[derive(Debug)]
struct Drawing<'a> {
    level: Level<'static>,
    /// The level as the language names it.
    name: &'a str,
    code: &'a str,
    message: String,
    path: &'a str,
    line: usize,
    column: usize,
    /// The source line and the bytes of it the finding marks.
    source: Option<(&'a str, Range<usize>)>,
    help: Option<(&'a str, String)>,
}

impl<'a> Drawing<'a> {
    /// With `verbose`, a message that leaves out the detail it was given
    /// (the YAML parser's English) shows it in brackets.
    fn of(
        finding: &'a Finding,
        source: Option<&'a str>,
        i18n: &I18n,
        names: &'a Names,
        verbose: bool,
    ) -> Self {
        let (level, name) = match finding.severity {
            Severity::Error => (Level::ERROR, &names.error),
            Severity::Warning => (Level::WARNING, &names.warning),
            Severity::Info => (Level::INFO, &names.info),
        };
        let loc = &finding.location;
        let source = source.and_then(|s| line_of(s, loc)).map(|(start, line)| {
            // The marked bytes widened to whole characters: the drawing
            // slices the line there.
            let boundary = |mut i: usize| {
                while !line.is_char_boundary(i) {
                    i += 1;
                }
                i
            };
            let from = boundary(loc.bytes.start.saturating_sub(start).min(line.len()));
            let to = boundary(loc.bytes.end.saturating_sub(start).clamp(from, line.len()));
            (line, from..to)
        });
        let mut message = i18n.text(&finding.message);
        let detail = finding
            .message
            .args
            .iter()
            .find_map(|(name, arg)| match arg {
                Arg::Str(detail) if *name == "detail" => Some(detail),
                _ => None,
            });
        if let Some(detail) = detail.filter(|d| verbose && !message.contains(d.as_str())) {
            message = format!("{message} [{detail}]");
        }
        Drawing {
            level,
            name,
            code: finding.code.as_str(),
            message,
            path: &loc.file,
            line: loc.line,
            column: loc.column,
            source,
            help: i18n
                .help(&finding.message)
                .map(|help| (names.help.as_str(), help)),
        }
    }

    /// The finding as annotate-snippets draws it: the reference.
    fn group(&self) -> Group<'_> {
        let title = self
            .level
            .clone()
            .with_name(Some(self.name))
            .primary_title(self.message.as_str())
            .id(self.code);
        let mut group = match &self.source {
            Some((line, span)) => title.element(
                Snippet::source(*line)
                    .line_start(self.line)
                    .path(self.path)
                    .annotation(AnnotationKind::Primary.span(span.clone())),
            ),
            None => title.element(
                annotate_snippets::Origin::path(self.path)
                    .line(self.line)
                    .char_column(self.column),
            ),
        };
        if let Some((name, help)) = &self.help {
            group = group.element(Level::HELP.with_name(Some(*name)).message(help.as_str()));
        }
        group
    }

    /// Draws the usual finding (one short source line of letters, digits
    /// and punctuation, one-line texts) as [`Self::group`] would without
    /// colour, an order of magnitude faster: a region's two hundred
    /// thousand warnings are otherwise most of a check's time. Returns
    /// false, drawing nothing, for anything else.
    fn draw_plain(&self, out: &mut Vec<u8>) -> bool {
        let Some((line, span)) = &self.source else {
            return false;
        };
        // Every character one column wide, no tab to expand, no line so
        // long that annotate-snippets would cut it.
        if line.len() > MAX_LINE
            || !line.is_char_boundary(span.start)
            || !line.is_char_boundary(span.end)
            || ![line, self.name, self.code, &self.message, self.path]
                .into_iter()
                .chain(self.help.iter().flat_map(|(n, h)| [*n, h.as_str()]))
                .all(one_column)
        {
            return false;
        }
        let number = self.line.to_string();
        let before = line[..span.start].chars().count();
        let column = (before + 1).to_string();
        let marked = line[span.clone()].chars().count().max(1);
        let gutter = &SPACES[..number.len() + 1];
        let mut put = |parts: &[&str]| {
            for part in parts {
                out.extend_from_slice(part.as_bytes());
            }
        };
        put(&[self.name, "[", self.code, "]: ", &self.message, "\n"]);
        put(&[
            &gutter[1..],
            "--> ",
            self.path,
            ":",
            &number,
            ":",
            &column,
            "\n",
        ]);
        put(&[gutter, "|\n", &number, " |"]);
        if !line.is_empty() {
            put(&[" ", line]);
        }
        put(&[
            "\n",
            gutter,
            "| ",
            &SPACES[..before],
            &CARETS[..marked],
            "\n",
        ]);
        if let Some((name, help)) = &self.help {
            put(&[gutter, "|\n", gutter, "= ", name, ": ", help, "\n"]);
        }
        true
    }
}

/// Bytes of a source line that [`Drawing::draw_plain`] draws: well below
/// the width at which annotate-snippets starts to cut lines.
const MAX_LINE: usize = 100;

/// Room for the gutter, the indent and the marks of a line of [`MAX_LINE`] bytes.
const SPACES: &str = concat!(
    "                                                                ",
    "                                                                ",
);
const CARETS: &str = concat!(
    "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
);

/// Text of characters one column wide on a terminal that annotate-snippets
/// prints as they are: printable ASCII, Russian letters, the dashes, quotes
/// and the number sign of Russian text.
fn one_column(text: &str) -> bool {
    text.bytes().all(|b| (b' '..=b'~').contains(&b))
        || text
            .chars()
            .all(|c| matches!(c, ' '..='~' | 'А'..='я' | 'Ё' | 'ё' | '–' | '—' | '«' | '»' | '№'))
}

/// The byte offset and text of the finding's line: found around its bytes
/// when it has them (so a file with a hundred thousand findings is not
/// scanned once per finding), else by counting lines.
fn line_of<'t>(text: &'t str, loc: &mentor_core::finding::Location) -> Option<(usize, &'t str)> {
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

    /// What a finding shows: level, name, message, path, line number,
    /// source line, marked bytes, help.
    type Shown = (
        Level<'static>,
        String,
        String,
        String,
        usize,
        String,
        Range<usize>,
        Option<(String, String)>,
    );

    fn shown() -> impl Strategy<Value = Shown> {
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
                let (a, b) = (usize::from(a.min(b)), usize::from(a.max(b)));
                let span = a.min(source.len())..b.min(source.len());
                (level, name, message, path, line, source, span, help)
            })
    }

    fn drawing(s: &Shown) -> Drawing<'_> {
        let (level, name, message, path, line, source, span, help) = s;
        Drawing {
            level: level.clone(),
            name,
            code: "meeting-gap",
            message: message.clone(),
            path,
            line: *line,
            column: 1,
            source: Some((source, span.clone())),
            help: help.as_ref().map(|(n, h)| (n.as_str(), h.clone())),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        /// The hand-drawn finding is the one annotate-snippets draws.
        #[test]
        fn plain_drawing_is_annotate_snippets_drawing(s in shown()) {
            let d = drawing(&s);
            let mut fast = Vec::new();
            if d.draw_plain(&mut fast) {
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
            name: "предупреждение",
            code: "meeting-gap",
            message: "наставник M1 и S0 не встречались 530 дней".into(),
            path: "registry/pairs.csv",
            line: 2,
            column: 1,
            source: Some(("M1,S0,учитель – ученик,2024-06-01,", 0..2)),
            help: Some(("подсказка", "запишите встречи в meetings.csv".into())),
        };
        let mut fast = Vec::new();
        assert!(d.draw_plain(&mut fast));
        assert_eq!(
            String::from_utf8(fast).unwrap(),
            format!("{}\n", Renderer::plain().render(&[d.group()]))
        );
    }
}
