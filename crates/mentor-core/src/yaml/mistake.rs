//! The mistake a person made when a YAML file does not parse. The parser
//! names its grammar ("mapping values are not allowed in this context") and
//! often the line after the slip; the usual slips of hand-editing are
//! recognised from the text around where it stopped, each with its own
//! message, place and hint. A slip not recognised keeps the parser's words.

use super::Source;
use crate::finding::{Location, Message};

/// Quotes Word puts in place of straight ones.
pub const SMART_QUOTES: &[char] = &['“', '”', '„', '‘', '’', '«', '»'];
/// Characters YAML reserves at the start of a plain value.
const RESERVED_START: &[char] = &['*', '&', '@', '`', '%'];

/// The mistake near line `line` (1-based, where the parser stopped).
pub fn find(source: &Source, line: usize) -> Option<(Location, Message)> {
    let lines: Vec<Line> = source
        .text
        .split_inclusive('\n')
        .scan(0, |start, text| {
            let line = Line::new(*start, text.trim_end_matches(['\n', '\r']));
            *start += text.len();
            Some(line)
        })
        .collect();
    let stop = line.clamp(1, lines.len().max(1)) - 1;
    tab(source, &lines, stop)
        .or_else(|| smart_quote(source, &lines, stop))
        .or_else(|| near(&lines, stop).find_map(|l| in_line(source, l)))
        .or_else(|| layout(source, &lines, stop))
        .or_else(|| unclosed(source, &lines, stop))
}

/// One line of the file: where it starts, its text, its indentation.
struct Line<'t> {
    start: usize,
    text: &'t str,
    indent: usize,
}

impl<'t> Line<'t> {
    fn new(start: usize, text: &'t str) -> Self {
        let indent = text.len() - text.trim_start_matches(' ').len();
        Line {
            start,
            text,
            indent,
        }
    }

    /// Neither blank nor a comment.
    fn content(&self) -> bool {
        let rest = self.text.trim_start();
        !rest.is_empty() && !rest.starts_with('#')
    }

    /// The line without its indentation and list dash.
    fn body(&self) -> (usize, &'t str) {
        let rest = &self.text[self.indent..];
        match rest.strip_prefix("- ") {
            Some(body) => (self.indent + 2, body),
            None => (self.indent, rest),
        }
    }

    /// The line's first character after its indentation.
    fn place(&self, source: &Source) -> Location {
        let at = self.start + self.indent;
        let first = self.text[self.indent..].chars().next();
        source.at_bytes(at..at + first.map_or(1, char::len_utf8))
    }

    fn is_item(&self) -> bool {
        let rest = &self.text[self.indent..];
        rest == "-" || rest.starts_with("- ")
    }
}

/// The line the parser stopped at and the content line before it: it
/// often stops one line after the slip.
fn near<'a, 't>(lines: &'a [Line<'t>], stop: usize) -> impl Iterator<Item = &'a Line<'t>> {
    let before = lines[..stop].iter().rev().find(|l| l.content());
    lines.get(stop).into_iter().chain(before)
}

/// A tab in an indentation up to the line after the stop (YAML indents with
/// spaces only; the parser may stop at the line before the tab).
fn tab(source: &Source, lines: &[Line], stop: usize) -> Option<(Location, Message)> {
    lines.iter().take(stop + 2).find_map(|l| {
        let lead = l.text.len() - l.text.trim_start_matches([' ', '\t']).len();
        let at = l.text[..lead].find('\t')?;
        let at = l.start + at;
        Some((source.at_bytes(at..at + 1), Message::new("yaml-tab")))
    })
}

/// A Word quote closing a straight one: the quoted text then runs on to the
/// next straight quote, lines later, where the parser stops; the slip is the
/// nearest line before with an unpaired straight quote and a Word one.
fn smart_quote(source: &Source, lines: &[Line], stop: usize) -> Option<(Location, Message)> {
    lines.iter().take(stop + 1).rev().find_map(|l| {
        if l.text.matches('"').count() % 2 == 0 {
            return None;
        }
        let (i, c) = l
            .text
            .char_indices()
            .find(|(_, c)| SMART_QUOTES.contains(c))?;
        let msg = Message::new("yaml-smart-quote").arg("char", c.to_string());
        Some((
            source.at_bytes(l.start + i..l.start + i + c.len_utf8()),
            msg,
        ))
    })
}

/// Slips inside one `key: value` line.
fn in_line(source: &Source, line: &Line) -> Option<(Location, Message)> {
    let (offset, body) = line.body();
    let at = |i: usize, len: usize| {
        let start = line.start + offset + i;
        source.at_bytes(start..start + len)
    };
    let (key, value) = match body.find(": ") {
        Some(colon) => (&body[..colon], Some((colon + 2, &body[colon + 2..]))),
        None => (body, None),
    };
    let Some((value_at, value)) = value else {
        // `key:value`: no space after the colon.
        let colon = key.find(':')?;
        let plain_key = !key.starts_with(['"', '\'', '[', '{']);
        let after = key[colon + 1..].chars().next()?;
        let url = key[colon..].starts_with("://");
        return (plain_key && !after.is_whitespace() && !url).then(|| {
            let msg = Message::new("yaml-colon-space").arg("key", key[..colon].to_owned());
            (at(colon, 1), msg)
        });
    };
    let value_text = value.trim_start();
    let value_at = value_at + (value.len() - value_text.len());
    if let Some(c) = value_text
        .chars()
        .next()
        .filter(|c| RESERVED_START.contains(c))
        && !anchor_or_alias(&source.text, value_text)
    {
        let msg = Message::new("yaml-reserved-start")
            .arg("char", c.to_string())
            .arg("key", key.trim().to_owned());
        return Some((at(value_at, c.len_utf8()), msg));
    }
    if let Some(after) = after_closing_quote(value_text) {
        let len = value_text[after..].chars().next().map_or(1, char::len_utf8);
        let msg = Message::new("yaml-after-quote").arg("key", key.trim().to_owned());
        return Some((at(value_at + after, len), msg));
    }
    let quoted = value_text.starts_with(['"', '\'', '[', '{']);
    let inner = value_text.find(": ").or_else(|| {
        value_text
            .strip_suffix(':')
            .map(|head| head.len())
            .filter(|_| !quoted)
    });
    match inner {
        // Quoted, but with Word's quotes, which YAML does not take for quotes.
        Some(_) if value_text.starts_with(SMART_QUOTES) => {
            let c = value_text.chars().next()?;
            let msg = Message::new("yaml-smart-quoted")
                .arg("key", key.trim().to_owned())
                .arg("char", c.to_string());
            Some((at(value_at, c.len_utf8()), msg))
        }
        Some(i) if !quoted && !value_text.starts_with('#') => {
            let msg = Message::new("yaml-unquoted-colon").arg("key", key.trim().to_owned());
            Some((at(value_at + i, 1), msg))
        }
        _ => None,
    }
}

/// A value opened with a quote or a bracket that its line does not close:
/// YAML reads on, across lines, until the grammar breaks further down.
fn unclosed(source: &Source, lines: &[Line], stop: usize) -> Option<(Location, Message)> {
    lines.iter().take(stop + 1).rev().find_map(|l| {
        let (offset, body) = l.body();
        let (value_at, value) = match body.find(": ") {
            Some(colon) => (colon + 2, &body[colon + 2..]),
            None => (0, body),
        };
        let value_at = value_at + (value.len() - value.trim_start().len());
        let value = value.trim();
        let open = value.chars().next()?;
        let closed = match open {
            '"' => value[1..]
                .replace("\\\\", "")
                .replace("\\\"", "")
                .contains('"'),
            '\'' => value[1..].replace("''", "").contains('\''),
            '[' | '{' => {
                let depth = value.chars().fold(0i32, |d, c| match c {
                    '[' | '{' => d + 1,
                    ']' | '}' => d - 1,
                    _ => d,
                });
                depth <= 0
            }
            _ => return None,
        };
        if closed {
            return None;
        }
        let id = match open {
            '"' | '\'' => "yaml-unclosed-quote",
            _ => "yaml-unclosed-bracket",
        };
        let at = l.start + offset + value_at;
        Some((
            source.at_bytes(at..at + 1),
            Message::new(id).arg("char", open.to_string()),
        ))
    })
}

/// An earlier list item whose «- » was lost, found from where the parser
/// stopped (`line`):
/// - its dash turned into spaces: the item's keys stand two columns right
///   of the next item's dash, under the list's parent;
/// - its dash deleted: the item's first key stands where the dashes of its
///   sibling items do, and its other keys two columns right of it.
fn dashless_item<'a, 't>(
    lines: &'a [Line<'t>],
    earlier: &[&'a Line<'t>],
    line: &Line,
) -> Option<&'a Line<'t>> {
    if line.is_item() {
        let parent = earlier.iter().rposition(|l| l.indent < line.indent);
        let block = &earlier[parent.map_or(0, |p| p + 1)..];
        let first = block.first()?;
        let lost = !first.is_item()
            && first.indent == line.indent + 2
            && block.iter().all(|l| l.indent > line.indent);
        return lost.then_some(*first);
    }
    let previous = *earlier.last()?;
    if previous.is_item() || previous.indent + 2 != line.indent {
        return None;
    }
    // A sibling item: a dash at the previous line's indentation in the same
    // list, before or after it.
    let at = lines.iter().position(|l| std::ptr::eq(l, previous))?;
    let same_list = |l: &&Line| l.content() && l.indent <= previous.indent;
    let before = lines[..at].iter().rev().find(same_list);
    let after = lines[at + 1..].iter().find(same_list);
    let sibling = |l: Option<&Line>| l.is_some_and(|l| l.is_item() && l.indent == previous.indent);
    (sibling(before) || sibling(after)).then_some(previous)
}

/// Where text goes on after a quoted value's closing quote (`"МБОУ СОШ
/// №5" г. Ижевска`): YAML ends the value at the quote.
fn after_closing_quote(value: &str) -> Option<usize> {
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let mut escaped = false;
    let close = value[1..].char_indices().find_map(|(i, c)| {
        let found = c == quote && !(quote == '"' && escaped);
        escaped = quote == '"' && c == '\\' && !escaped;
        found.then_some(i + 1)
    })?;
    // A doubled single quote is a quote inside the value, not its end.
    if quote == '\'' && value[close + 1..].starts_with('\'') {
        return None;
    }
    let rest = &value[close + 1..];
    let text = rest.trim_start();
    let after = close + 1 + (rest.len() - text.len());
    (!text.is_empty() && !text.starts_with('#') && rest.starts_with(' ')).then_some(after)
}

/// `&name value` (an anchor) or `*name` of an anchor the file defines: YAML
/// as meant, however much it expands.
fn anchor_or_alias(text: &str, value: &str) -> bool {
    let name = value.get(1..).unwrap_or_default();
    let name = name.split([' ', ',', ']', '}']).next().unwrap_or_default();
    match value.chars().next() {
        Some('&') => value.contains(' '),
        Some('*') => !name.is_empty() && text.contains(&format!("&{name} ")),
        _ => false,
    }
}

/// Slips of layout at the stop: a list item without its dash, a line
/// indented unlike its neighbours.
fn layout(source: &Source, lines: &[Line], stop: usize) -> Option<(Location, Message)> {
    let line = lines.get(stop).filter(|l| l.content())?;
    let place = line.place(source);
    let earlier: Vec<&Line> = lines[..stop].iter().filter(|l| l.content()).collect();
    // The nearest earlier line not deeper than this one is its sibling or parent.
    let sibling = earlier.iter().rev().find(|l| l.indent <= line.indent);
    if let Some(sibling) = sibling
        && sibling.indent == line.indent
        && sibling.is_item()
        && !line.is_item()
    {
        return Some((place, Message::new("yaml-missing-dash")));
    }
    if let Some(dashless) = dashless_item(lines, &earlier, line) {
        return Some((dashless.place(source), Message::new("yaml-missing-dash")));
    }
    // A list item lines up with other items' dashes; a key, with any key.
    let mut columns: Vec<usize> = if line.is_item() {
        earlier
            .iter()
            .filter(|l| l.is_item())
            .map(|l| l.indent)
            .collect()
    } else {
        earlier
            .iter()
            .flat_map(|l| [l.indent, l.body().0])
            .collect()
    };
    columns.sort_unstable();
    columns.dedup();
    if columns.contains(&line.indent) {
        return None;
    }
    // The nearest column in use; of two as near, the deeper.
    let expected = columns
        .iter()
        .min_by_key(|&&c| (c.abs_diff(line.indent), std::cmp::Reverse(c)))?;
    let msg = Message::new("yaml-indent")
        .arg("found", line.indent + 1)
        .arg("expected", expected + 1);
    Some((place, msg))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The mistake's message id and its line and column.
    fn mistake(text: &str, line: usize) -> Option<(String, usize, usize)> {
        let source = Source::new("t.yaml", text.to_owned());
        find(&source, line).map(|(at, msg)| (msg.id.to_string(), at.line, at.column))
    }

    #[test]
    fn each_kind_is_found_where_it_is() {
        // Text, the line the parser stopped at, the mistake and its place.
        type Case = (&'static str, usize, Option<(&'static str, usize, usize)>);
        let cases: &[Case] = &[
            ("a: 1\nb:\n\t- c\n", 3, Some(("yaml-tab", 3, 1))),
            ("a:\n  b: x y\n\tc: 1\n", 2, Some(("yaml-tab", 3, 1))),
            ("a:\n  b: 1\n   c: 2\n", 3, Some(("yaml-indent", 3, 4))),
            (
                "a:\n  - b: 1\n  c: 2\n",
                3,
                Some(("yaml-missing-dash", 3, 3)),
            ),
            (
                "title: Этап 1: подготовка\n",
                1,
                Some(("yaml-unquoted-colon", 1, 14)),
            ),
            (
                "a:\n  title:Этап\n  b: 1\n",
                3,
                Some(("yaml-colon-space", 2, 8)),
            ),
            ("who: *Директор\n", 1, Some(("yaml-reserved-start", 1, 6))),
            ("who: @curator\n", 1, Some(("yaml-reserved-start", 1, 6))),
            ("a: &a [x]\nb: [*a, *a]\n", 2, None),
            (
                "title: \"Этап”\nb: 1\n",
                2,
                Some(("yaml-smart-quote", 1, 13)),
            ),
            (
                "a: \"x”\nb: 1\nc: 2\nd: \"y\"\n",
                4,
                Some(("yaml-smart-quote", 1, 6)),
            ),
            (
                "a:\n  - b: 1\n    c: 2\n   - b: 3\n",
                4,
                Some(("yaml-indent", 4, 4)),
            ),
            (
                "a:\n  - id: \"1.1\n    b: 2\n  - id: \"1.2\"\n",
                4,
                Some(("yaml-unclosed-quote", 2, 9)),
            ),
            ("a: 'it''s\nb: 1\n", 2, Some(("yaml-unclosed-quote", 1, 4))),
            (
                "a: \"x \\\" y\"\nb: [1\nc: 2\n",
                3,
                Some(("yaml-unclosed-bracket", 2, 4)),
            ),
            ("a: {x: [1, 2]}\nb: 1\n", 2, None),
            (
                "a:\n  b:\n      x: 1\n      y: 2\n    - x: 3\n",
                5,
                Some(("yaml-missing-dash", 3, 7)),
            ),
            (
                "a:\n  b:\n    x: 1\n      y: 2\n    - x: 3\n",
                4,
                Some(("yaml-missing-dash", 3, 5)),
            ),
            (
                "org: \"МБОУ СОШ №5\" г. Ижевска\n",
                1,
                Some(("yaml-after-quote", 1, 20)),
            ),
            ("org: \"a \\\" b\" # c\nx: 1\n", 1, None),
            (
                "who: “Директор: Иванов”\n",
                1,
                Some(("yaml-smart-quoted", 1, 6)),
            ),
            ("url: https://example.org\n", 1, None),
            ("title: \"a: b\"\n", 1, None),
        ];
        for (text, line, expected) in cases {
            let expected = expected.map(|(id, l, c)| (id.to_owned(), l, c));
            assert_eq!(mistake(text, *line), expected, "{text:?}");
        }
    }

    #[test]
    fn any_text_and_line_is_read_without_a_panic() {
        for text in [
            "",
            "\n",
            "-",
            "a:",
            ":\n:",
            "\t",
            "- - -\n  x",
            "«»: “",
            "a:\n   Ключ: 1",
        ] {
            for line in 0..4 {
                let _ = mistake(text, line);
            }
        }
    }

    proptest::proptest! {
        /// Any text of the characters YAML slips are made of, at any line:
        /// a place inside the text, on character boundaries.
        #[test]
        fn any_slip_is_placed_inside_the_text(text in "[a-zА-я:\"'“”«» \t\n*&#.{}\\[\\]-]{0,60}", line in 0usize..8) {
            let source = Source::new("t.yaml", text.clone());
            if let Some((at, _)) = find(&source, line) {
                proptest::prop_assert!(text.get(at.bytes.clone()).is_some(), "{at:?}");
            }
        }

        /// Lines made of the pieces slips are made of (keys, quotes,
        /// brackets, dashes, Cyrillic words), as people indent them.
        #[test]
        fn any_slip_of_pieces_is_placed_inside_the_text(
            lines in proptest::collection::vec(
                (0usize..4, proptest::collection::vec(proptest::sample::select(vec![
                    "ключ: ", "- ", "\"Этап\"", "'я'", " ", "г.", "“", "”", "«", "[", "{",
                    "]", ":", "#", "\t", "*", "ж", "1.2",
                ]), 0..6)),
                1..8,
            ),
            line in 0usize..9,
        ) {
            let text: String = lines
                .iter()
                .map(|(indent, pieces)| format!("{}{}\n", "  ".repeat(*indent), pieces.concat()))
                .collect();
            let source = Source::new("t.yaml", text.clone());
            if let Some((at, _)) = find(&source, line) {
                proptest::prop_assert!(text.get(at.bytes.clone()).is_some(), "{at:?} in {text:?}");
            }
        }
    }
}
