//! A fast reader for the YAML that roadmaps and program files are written
//! in: block mappings and sequences, one-line scalars (plain, 'single' or
//! "double" quoted) and one-line flow collections.
//!
//! It builds the tree serde-saphyr builds, values and locations alike, at
//! several times the speed. Anything outside that subset (anchors, tags,
//! block and multi-line scalars, document markers, tabs, unusual escapes,
//! a plain scalar that might be a number or a boolean in disguise, and
//! every syntax error) makes it give up with `None`, and serde-saphyr reads
//! the file. Tests and a fuzz target compare the two readers.

use super::{Node, Span, Value};

/// Collections nested deeper than this are left to serde-saphyr's limit.
const MAX_DEPTH: usize = 48;
/// Longer mapping keys are left to serde-saphyr.
const MAX_KEY_BYTES: usize = 256;
/// Documents with more nodes are left to serde-saphyr's budget.
const MAX_NODES: usize = 1_000_000;

/// The tree of `text`, or `None` when the text is not in the subset.
pub fn parse(text: &str) -> Option<Node> {
    if !printable(text) {
        return None;
    }
    let mut r = Reader {
        text,
        pos: 0,
        line: 1,
        line_start: 0,
        nodes: 0,
        next: None,
    };
    r.next = r.next_content()?;
    let Some(indent) = r.next else {
        return Some(Node::empty());
    };
    let root = r.block(indent, 0)?;
    // A document that is only `null` reads as an empty one.
    let root = if root.value == Value::Null {
        Node::empty()
    } else {
        root
    };
    r.next.is_none().then_some(root)
}

/// Whether `text` has only what the subset allows: no tabs, no control
/// characters, none of the characters YAML 1.1 counts as line breaks
/// (NEL, U+2028, U+2029), no BOM or non-characters inside. Eight bytes are
/// looked at together, and one by one only when one of them might matter.
fn printable(text: &str) -> bool {
    let bytes = text.as_bytes();
    let byte_ok = |i: usize| printable_at(bytes, i);
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        if notable(word) && !(at..at + 8).all(byte_ok) {
            return false;
        }
        at += 8;
    }
    (at..bytes.len()).all(byte_ok)
}

/// Whether the byte at `i` is allowed where it stands (see [`printable`]).
fn printable_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\n' => true,
        0..0x20 | 0x7f => false,
        0xc2 => bytes.get(i + 1).is_some_and(|&n| n >= 0xa0),
        0xe2 => !matches!(bytes.get(i + 1..i + 3), Some([0x80, 0xa8 | 0xa9])),
        0xef => !matches!(
            bytes.get(i + 1..i + 3),
            Some([0xbb, 0xbf] | [0xbf, 0xbe | 0xbf])
        ),
        _ => true,
    }
}

/// Whether eight bytes hold one that [`printable_at`] must look at: below
/// 0x20, 0x7f, or the lead byte 0xc2, 0xe2 or 0xef. (The classic exact
/// tests for a zero byte and for a byte below `n`, on a whole word.)
fn notable(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |w: u64, n: u64| w.wrapping_sub(ONES * n) & !w & HIGH != 0;
    below(word, 0x20)
        || [0x7f, 0xc2, 0xe2, 0xef]
            .iter()
            .any(|&b| below(word ^ (ONES * b), 1))
}

struct Reader<'t> {
    text: &'t str,
    /// Byte position.
    pos: usize,
    /// Line of `pos`, from 1.
    line: u32,
    /// Byte where the line of `pos` starts.
    line_start: usize,
    nodes: usize,
    /// The indentation of the content line `pos` is on, `None` at the end.
    next: Option<usize>,
}

/// Where a plain scalar is: block context ends it at ` #` only; flow
/// context also at `,` `]` `}`.
#[derive(Clone, Copy, PartialEq)]
enum Context {
    Block,
    Flow,
}

impl Reader<'_> {
    fn peek(&self) -> u8 {
        self.byte(self.pos)
    }

    fn byte(&self, at: usize) -> u8 {
        self.text.as_bytes().get(at).copied().unwrap_or(0)
    }

    /// Whether a line break or the end of the text is at `at`.
    fn ends_line(&self, at: usize) -> bool {
        matches!(self.byte(at), b'\n' | 0)
    }

    fn skip_spaces(&mut self) -> usize {
        let from = self.pos;
        while self.peek() == b' ' {
            self.pos += 1;
        }
        self.pos - from
    }

    /// The span of `len` bytes from `start`, on the current line.
    fn span(&self, start: usize, len: usize) -> Option<Span> {
        let column = self.text.get(self.line_start..start)?.chars().count() + 1;
        Some(Span {
            line: self.line,
            column: u32::try_from(column).ok()?,
            start: u32::try_from(start).ok()?,
            len: u32::try_from(len).ok()?,
        })
    }

    fn node(&mut self, value: Value, at: Span) -> Option<Node> {
        self.nodes += 1;
        (self.nodes <= MAX_NODES).then_some(Node { value, at })
    }

    /// Moves from the start of a line to the first character of the next
    /// line with content (skipping blank and comment lines) and gives its
    /// indentation; `Some(None)` at the end of the text.
    fn next_content(&mut self) -> Option<Option<usize>> {
        loop {
            self.line_start = self.pos;
            let indent = self.skip_spaces();
            match self.peek() {
                0 => return Some(None),
                b'\n' => {}
                b'#' => self.skip_to_line_end(),
                _ => {
                    let rest = &self.text.as_bytes()[self.pos..];
                    let marker =
                        rest.starts_with(b"---") || rest.starts_with(b"...") || rest[0] == b'%';
                    return (!(indent == 0 && marker)).then_some(Some(indent));
                }
            }
            if self.peek() == 0 {
                return Some(None);
            }
            self.pos += 1;
            self.line += 1;
        }
    }

    /// After a value: spaces, an optional comment, then the line break;
    /// then on to the next content line.
    fn end_line(&mut self) -> Option<()> {
        self.skip_spaces();
        if self.at_comment() {
            self.skip_to_line_end();
        }
        match self.peek() {
            0 => {}
            b'\n' => {
                self.pos += 1;
                self.line += 1;
            }
            _ => return None,
        }
        self.next = self.next_content()?;
        Some(())
    }

    /// Whether a comment starts here: a `#` after a space.
    fn at_comment(&self) -> bool {
        self.peek() == b'#' && self.pos > 0 && self.byte(self.pos - 1) == b' '
    }

    fn skip_to_line_end(&mut self) {
        self.pos = memchr::memchr(b'\n', &self.text.as_bytes()[self.pos..])
            .map_or(self.text.len(), |i| self.pos + i);
    }

    /// Whether a block sequence entry (`-` then a space or the line's end) is here.
    fn at_dash(&self) -> bool {
        self.peek() == b'-' && matches!(self.byte(self.pos + 1), b' ' | b'\n' | 0)
    }

    /// The node that starts here, at the first character of a content line
    /// indented by `indent`.
    fn block(&mut self, indent: usize, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        if self.at_dash() {
            return self.sequence(indent, false, depth);
        }
        if let Some(key) = self.key()? {
            return self.mapping(indent, key, depth);
        }
        let value = self.inline(Context::Block, depth)?;
        self.end_line()?;
        self.below(indent)?;
        Some(value)
    }

    /// Nothing may follow a complete node more indented than its parent:
    /// that would be a multi-line scalar or an error.
    fn below(&self, indent: usize) -> Option<()> {
        (self.next.is_none_or(|i| i <= indent)).then_some(())
    }

    /// A block mapping at `indent` whose first key has been read.
    fn mapping(&mut self, indent: usize, first: Node, depth: usize) -> Option<Node> {
        let at = Span { len: 0, ..first.at };
        let mut entries = Vec::new();
        let mut key = first;
        loop {
            let colon = self.pos - 1;
            self.skip_spaces();
            let value = if self.ends_line(self.pos) || self.at_comment() {
                let empty = self.span(colon, 0)?;
                self.end_line()?;
                match self.next {
                    Some(i) if i > indent => self.block(i, depth + 1)?,
                    Some(i) if i == indent && self.at_dash() => {
                        self.sequence(i, true, depth + 1)?
                    }
                    _ => self.node(Value::Null, empty)?,
                }
            } else {
                let value = self.inline(Context::Block, depth)?;
                self.end_line()?;
                value
            };
            entries.push((key, value));
            match self.next {
                Some(i) if i == indent => key = self.key()??,
                Some(i) if i > indent => return None,
                _ => break,
            }
        }
        self.node(Value::Map(entries), at)
    }

    /// A block sequence whose first `-` is here, at `indent`. A `compact`
    /// one is a mapping value written at the key's own indentation.
    fn sequence(&mut self, indent: usize, compact: bool, depth: usize) -> Option<Node> {
        let mut at = self.span(self.pos, 0)?;
        let mut items = Vec::new();
        loop {
            self.pos += 1;
            let spaces = self.skip_spaces();
            if compact && items.is_empty() {
                // serde-saphyr places such a sequence where its first item's text starts.
                at = self.span(self.pos, 0)?;
            }
            let item = if self.ends_line(self.pos) {
                let empty = self.span(self.pos, 0)?;
                self.end_line()?;
                match self.next {
                    Some(i) if i > indent => self.block(i, depth + 1)?,
                    _ => self.node(Value::Null, empty)?,
                }
            } else if self.peek() == b'#' || spaces == 0 {
                return None;
            } else {
                let column = self.pos - self.line_start;
                if self.at_dash() {
                    self.sequence(column, false, depth + 1)?
                } else if let Some(key) = self.key()? {
                    self.mapping(column, key, depth + 1)?
                } else {
                    let value = self.inline(Context::Block, depth)?;
                    self.end_line()?;
                    value
                }
            };
            items.push(item);
            match self.next {
                Some(i) if i == indent && self.at_dash() => {}
                Some(i) if i > indent => return None,
                _ => break,
            }
        }
        self.node(Value::Seq(items), at)
    }

    /// A mapping key and its `:` when one is here (moving past them);
    /// `Some(None)`, without moving, when there is none.
    fn key(&mut self) -> Option<Option<Node>> {
        // A key is on one line: going back is going back to `start`.
        let start = self.pos;
        let key = match self.peek() {
            b'"' | b'\'' => self.quoted()?,
            _ => {
                let Some(end) = self.plain_end(Context::Block) else {
                    return Some(None);
                };
                if self.byte(end) != b':' {
                    return Some(None);
                }
                self.plain(end)?
            }
        };
        if self.peek() == b':' && matches!(self.byte(self.pos + 1), b' ' | b'\n' | 0) {
            // YAML caps an implicit key at 1024 characters; long ones are left
            // to serde-saphyr, which knows exactly where the cap falls.
            if self.pos - start > MAX_KEY_BYTES {
                return None;
            }
            self.pos += 1;
            return Some(Some(key));
        }
        self.nodes -= 1;
        self.pos = start;
        Some(None)
    }

    /// A scalar or a one-line flow collection.
    fn inline(&mut self, context: Context, depth: usize) -> Option<Node> {
        match self.peek() {
            b'"' | b'\'' => self.quoted(),
            b'{' | b'[' => self.flow(depth + 1),
            _ => {
                let end = self.plain_end(context)?;
                match self.byte(end) {
                    b':' => None,
                    _ => self.plain(end),
                }
            }
        }
    }

    /// Where the plain scalar starting here ends (before trailing spaces):
    /// at the line's end, a comment, `: `, or in flow context `,` `]` `}`.
    /// `None` when no plain scalar may start here.
    fn plain_end(&self, context: Context) -> Option<usize> {
        let bytes = self.text.as_bytes();
        if matches!(
            self.peek(),
            b'-' | b'?'
                | b':'
                | b','
                | b'['
                | b']'
                | b'{'
                | b'}'
                | b'#'
                | b'&'
                | b'*'
                | b'!'
                | b'|'
                | b'>'
                | b'\''
                | b'"'
                | b'%'
                | b'@'
                | b'`'
                | b' '
                | b'\n'
                | 0
        ) {
            return None;
        }
        let mut end = self.pos;
        let mut i = self.pos;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => break,
                b'#' if bytes[i - 1] == b' ' => break,
                // `a:` ends the scalar at the `:`, `a :` before the space.
                b':' if matches!(self.byte(i + 1), b' ' | b'\n' | 0) => {
                    return Some(if bytes[i - 1] == b' ' { end } else { i });
                }
                b',' | b']' | b'}' | b'[' | b'{' if context == Context::Flow => break,
                b':' if context == Context::Flow => return None,
                b' ' => {}
                _ => end = i + 1,
            }
            i += 1;
        }
        Some(end)
    }

    /// The plain scalar from here to `end`.
    fn plain(&mut self, end: usize) -> Option<Node> {
        let text = &self.text[self.pos..end];
        let value = resolve(text)?;
        let at = self.span(self.pos, text.len())?;
        self.pos = end;
        self.node(value, at)
    }

    /// A one-line quoted scalar.
    fn quoted(&mut self) -> Option<Node> {
        let quote = self.peek();
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let mut i = start + 1;
        let mut run = i;
        let mut owned = String::new();
        loop {
            let rest = bytes.get(i..)?;
            i += match quote {
                b'"' => memchr::memchr3(b'"', b'\\', b'\n', rest)?,
                _ => memchr::memchr2(b'\'', b'\n', rest)?,
            };
            match bytes[i] {
                b'\n' => return None,
                b'\'' if quote == b'\'' && self.byte(i + 1) == b'\'' => {
                    owned.push_str(&self.text[run..=i]);
                    i += 2;
                    run = i;
                }
                b'\\' if quote == b'"' => {
                    owned.push_str(&self.text[run..i]);
                    owned.push(match self.byte(i + 1) {
                        b'\\' => '\\',
                        b'"' => '"',
                        b'/' => '/',
                        b'n' => '\n',
                        b't' => '\t',
                        _ => return None,
                    });
                    i += 2;
                    run = i;
                }
                _ => break,
            }
        }
        let text = if run == start + 1 {
            self.text[run..i].to_owned()
        } else {
            owned.push_str(&self.text[run..i]);
            owned
        };
        let at = self.span(start, i + 1 - start)?;
        self.pos = i + 1;
        self.node(Value::Str(text), at)
    }

    /// A one-line flow mapping or sequence.
    fn flow(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        let is_map = self.peek() == b'{';
        let close = if is_map { b'}' } else { b']' };
        let at = self.span(self.pos, 1)?;
        self.pos += 1;
        self.skip_spaces();
        let mut entries = Vec::new();
        let mut items = Vec::new();
        if self.peek() == close {
            self.pos += 1;
        } else {
            loop {
                if is_map {
                    let key = match self.peek() {
                        b'"' | b'\'' => self.quoted()?,
                        _ => {
                            let end = self.plain_end(Context::Flow)?;
                            self.plain(end)?
                        }
                    };
                    let long = usize::try_from(key.at.len).ok()? > MAX_KEY_BYTES;
                    if long || self.peek() != b':' || self.byte(self.pos + 1) != b' ' {
                        return None;
                    }
                    self.pos += 1;
                    self.skip_spaces();
                    entries.push((key, self.inline(Context::Flow, depth)?));
                } else {
                    items.push(self.inline(Context::Flow, depth)?);
                }
                self.skip_spaces();
                match self.peek() {
                    b',' => {
                        self.pos += 1;
                        self.skip_spaces();
                        if self.peek() == close {
                            return None;
                        }
                    }
                    b if b == close => {
                        self.pos += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        let value = if is_map {
            Value::Map(entries)
        } else {
            Value::Seq(items)
        };
        self.node(value, at)
    }
}

/// The value of a plain scalar, as serde-saphyr resolves it; `None` for
/// anything that might not be a plain string or a plain decimal integer.
fn resolve(text: &str) -> Option<Value> {
    let bytes = text.as_bytes();
    let first = *bytes.first()?;
    let string = || Some(Value::Str(text.to_owned()));
    if first >= 0x80 {
        return string();
    }
    match text {
        "true" | "True" | "TRUE" => return Some(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Value::Bool(false)),
        "null" | "Null" | "NULL" | "~" => return Some(Value::Null),
        _ => {}
    }
    if first.is_ascii_alphabetic() {
        let special = [
            "yes", "no", "on", "off", "y", "n", "nan", "inf", "null", "true", "false",
        ];
        return if special.iter().any(|s| s.eq_ignore_ascii_case(text)) {
            None
        } else {
            string()
        };
    }
    if !first.is_ascii_digit() {
        return None;
    }
    if bytes.iter().all(u8::is_ascii_digit) {
        let decimal = first != b'0' || bytes.len() == 1;
        return text
            .parse()
            .ok()
            .filter(|_| decimal && bytes.len() <= 18)
            .map(Value::Int);
    }
    // A date as ISO (2026-09-01) or as people write it (01.09.2026): two
    // separators make it no number.
    let shaped = |separator: u8, at: [usize; 2]| {
        bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| {
                if at.contains(&i) {
                    *b == separator
                } else {
                    b.is_ascii_digit()
                }
            })
    };
    let date = shaped(b'-', [4, 7]) || shaped(b'.', [2, 5]);
    let words = bytes.iter().any(|&b| b == b' ' || b >= 0x80);
    (date || words).then(string)?
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::{Source, parse_full};
    use super::*;

    /// The fast reader either gives up or gives exactly serde-saphyr's tree.
    fn agrees(text: &str) -> Result<bool, TestCaseError> {
        let Some(fast) = parse(text) else {
            return Ok(false);
        };
        let slow = parse_full(&Source::new("t.yaml", text));
        prop_assert_eq!(Ok(fast), slow.map_err(|e| e.message), "text:\n{}", text);
        Ok(true)
    }

    #[test]
    fn reads_what_roadmaps_are_written_in() {
        let text = r#"# c
title: "Дорожная карта" # c
period: {start: 2020-04-15, end: 2024-12-31}
sections:
  - title: 'Этап 1'
    stage: 1
    activities:
    - id: "1.1"
      due: в течение месяца
      documents: [regulation, launch-order]

    -
  - done:
"#;
        assert!(agrees(text).unwrap(), "the subset gave up on:\n{text}");
    }

    /// Every valid YAML file of the examples and the CLI cases: the subset
    /// reads nearly all of them (block scalars are left), and reads them as
    /// serde-saphyr does.
    #[test]
    fn agrees_on_every_example_and_case() {
        let repository = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut dirs = vec![repository.join("examples"), repository.join("tests/cmd")];
        let (mut files, mut read) = (0, 0);
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "yaml") {
                    // A case of a file that is not UTF-8 never reaches a parser.
                    let Ok(text) = std::fs::read_to_string(&path) else {
                        continue;
                    };
                    let text = text.replace("\r\n", "\n");
                    // A broken file is the full parser's to explain.
                    if parse_full(&Source::new("t.yaml", text.as_str())).is_err() {
                        continue;
                    }
                    files += 1;
                    read += usize::from(agrees(&text).unwrap());
                }
            }
        }
        assert!(files > 50 && read * 10 >= files * 9, "{read} of {files}");
    }

    #[test]
    fn gives_up_outside_the_subset() {
        for text in [
            "a: &x 1\nb: *x\n",
            "a: |\n  text\n",
            "a: first\n  second\n",
            "---\na: 1\n",
            "a:\n\tb: 1\n",
            "a: \"\\x41\"\n",
            "a: 0123\n",
            "a: yes\n",
            "a: {b: 1, c}\n",
            "a: 1\n b: 2\n",
            "? a\n: b\n",
            "a: \"x\"#c\n",
            format!("{}: 1\n", "к".repeat(1100)).as_str(),
            format!("{{{}: 1}}\n", "к".repeat(1100)).as_str(),
        ] {
            assert!(parse(text).is_none(), "{text:?}");
        }
    }

    proptest! {
        /// Eight bytes at a time says what one byte at a time says.
        #[test]
        fn printable_by_words_is_printable_by_bytes(
            parts in prop::collection::vec(("[a-z жё]{0,11}", 0..64u32), 0..5),
        ) {
            // Ordinary text with now and then one character that matters.
            let special = |n: u32| match n {
                0..0x20 => char::from_u32(n),
                0x20..0x30 => char::from_u32(0x70 + n),
                _ => ['«', '–', '\u{2028}', '\u{2029}', '\u{85}', '\u{feff}', '\u{fffe}', 'ё']
                    .get(usize::try_from(n % 8).ok()?)
                    .copied(),
            };
            let text: String = parts
                .iter()
                .flat_map(|(t, n)| t.chars().chain(special(*n)))
                .collect();
            let bytes = text.as_bytes();
            let by_bytes = (0..bytes.len()).all(|i| printable_at(bytes, i));
            prop_assert_eq!(printable(&text), by_bytes);
        }
    }

    /// Scalars as roadmaps write them, and ones that resolve to something else.
    fn scalar() -> impl Strategy<Value = String> {
        prop::sample::select(
            vec![
                "текст",
                "Приказ № 5 «О парах» – в течение года",
                "a",
                "x y",
                "1",
                "42",
                "0",
                "007",
                "-5",
                "+3",
                "1.5",
                "1.10",
                "1e3",
                ".5",
                "0x1F",
                "1_000",
                "2020-04-15",
                "2020-4-5",
                "2020-04-15T10:00",
                "12:30",
                "3 месяца",
                "true",
                "True",
                "false",
                "null",
                "Null",
                "NULL",
                "nULL",
                "TRUE",
                "tRUE",
                "FALSE",
                "False",
                "~",
                "~x",
                "yes",
                "no",
                "on",
                "nan",
                ".inf",
                "C#",
                "a #b",
                "a: b",
                "a:b",
                "it's",
                "say \"hi\"",
                "back\\slash",
                "",
                " ",
                "x ",
                " x",
                "x  y",
                "-",
                "- x",
                "?",
                "[x]",
                "{x}",
                "x]",
                "&a",
                "*a",
                "!t",
                "|",
                ">",
                "%",
                "@",
                "`",
                "ё",
                "#",
                "a,b",
                "99999999999999999999",
                "123456789012345678",
            ]
            .into_iter()
            .map(str::to_owned)
            .chain(["очень ".repeat(200)])
            .collect::<Vec<_>>(),
        )
    }

    /// How a scalar is written: plain, 'single' or "double" quoted.
    fn written(text: &str, style: u8) -> String {
        match style % 3 {
            0 => text.to_owned(),
            1 => format!("'{}'", text.replace('\'', "''")),
            _ => format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\"")),
        }
    }

    #[derive(Debug, Clone)]
    enum Tree {
        Leaf(String, u8),
        Map(Vec<(String, u8, Tree)>),
        Seq(Vec<Tree>),
    }

    fn tree() -> impl Strategy<Value = Tree> {
        let leaf = (scalar(), any::<u8>()).prop_map(|(s, q)| Tree::Leaf(s, q));
        leaf.prop_recursive(4, 40, 5, |inner| {
            prop_oneof![
                prop::collection::vec((scalar(), any::<u8>(), inner.clone()), 0..5)
                    .prop_map(Tree::Map),
                prop::collection::vec(inner, 0..5).prop_map(Tree::Seq),
            ]
        })
    }

    /// Formatting choices, drawn per node from a stream of bytes.
    struct Style<'a>(std::slice::Iter<'a, u8>);

    impl Style<'_> {
        fn pick(&mut self, n: u8) -> u8 {
            self.0.next().map_or(0, |b| b % n)
        }
    }

    /// `tree` in flow style: `{k: v, …}`, `[a, …]`.
    fn in_flow(tree: &Tree) -> String {
        match tree {
            Tree::Leaf(s, q) => written(s, *q),
            Tree::Map(entries) => {
                let inner: Vec<_> = entries
                    .iter()
                    .map(|(k, q, v)| format!("{}: {}", written(k, *q), in_flow(v)))
                    .collect();
                format!("{{{}}}", inner.join(", "))
            }
            Tree::Seq(items) => {
                let inner: Vec<_> = items.iter().map(in_flow).collect();
                format!("[{}]", inner.join(", "))
            }
        }
    }

    /// Writes `tree` as the value after `key:` or `-` (`out` ends there).
    fn value(out: &mut String, tree: &Tree, indent: usize, style: &mut Style<'_>, in_map: bool) {
        let spaces = if style.pick(8) == 0 { "  " } else { " " };
        let comment = match style.pick(6) {
            0 => " # заметка",
            1 => "  #",
            _ => "",
        };
        match tree {
            Tree::Leaf(s, q) => *out += &format!("{spaces}{}{comment}\n", written(s, *q)),
            _ if style.pick(3) == 0 => *out += &format!("{spaces}{}{comment}\n", in_flow(tree)),
            _ => block(out, tree, indent + 2, style, in_map, comment),
        }
    }

    /// Writes a collection on the lines below, at `indent` (a sequence under
    /// a key may stay at the key's indentation).
    fn block(
        out: &mut String,
        tree: &Tree,
        indent: usize,
        style: &mut Style<'_>,
        in_map: bool,
        comment: &str,
    ) {
        *out += &format!("{comment}\n");
        let indent = match tree {
            Tree::Seq(_) if in_map && style.pick(2) == 0 => indent - 2,
            _ => indent,
        };
        lines(out, tree, indent, style);
    }

    fn lines(out: &mut String, tree: &Tree, indent: usize, style: &mut Style<'_>) {
        let pad = " ".repeat(indent);
        match tree {
            Tree::Leaf(s, q) => *out += &format!("{pad}{}\n", written(s, *q)),
            Tree::Map(entries) if entries.is_empty() => *out += &format!("{pad}{{}}\n"),
            Tree::Seq(items) if items.is_empty() => *out += &format!("{pad}[]\n"),
            Tree::Map(entries) => {
                for (k, q, v) in entries {
                    if style.pick(10) == 0 {
                        *out += "\n# комментарий\n";
                    }
                    *out += &format!("{pad}{}:", written(k, *q));
                    value(out, v, indent, style, true);
                }
            }
            Tree::Seq(items) => {
                for item in items {
                    match item {
                        Tree::Map(entries) if !entries.is_empty() && style.pick(2) == 0 => {
                            let mut inner = String::new();
                            lines(&mut inner, item, indent + 2, style);
                            *out += &match inner.strip_prefix(&" ".repeat(indent + 2)) {
                                Some(rest) => format!("{pad}- {rest}"),
                                None => format!("{pad}-\n{inner}"),
                            };
                        }
                        _ => {
                            *out += &format!("{pad}-");
                            value(out, item, indent, style, false);
                        }
                    }
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Random documents, written in the many ways YAML allows, and the
        /// same documents with a character inserted somewhere.
        #[test]
        fn agrees_with_serde_saphyr(
            tree in tree(),
            style in prop::collection::vec(any::<u8>(), 64),
            noise in prop::option::of((any::<prop::sample::Index>(), prop::sample::select(
                vec![" ", "  ", "\n", "-", ":", "#", "'", "\"", "{", "}", "[", "]", ",", "ж", "\\"],
            ))),
        ) {
            let mut text = String::new();
            lines(&mut text, &tree, 0, &mut Style(style.iter()));
            if let Some((at, ch)) = noise {
                let mut at = at.index(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                text.insert_str(at, ch);
            }
            agrees(&text)?;
        }
    }
}
