//! All YAML loading lives here, so the choice of parser stays cheap to revisit.
//!
//! A file becomes a generic tree whose every node keeps its location.
//! [`subset`] reads the plain block YAML that roadmaps are written in, and
//! serde-saphyr reads everything else (and every file `subset` gives up
//! on), so both give the same tree. Typed models are decoded from that
//! tree by [`crate::decode`], which reports *every* schema problem instead
//! of stopping at the first one as a serde derive would.

mod mistake;

pub use mistake::SMART_QUOTES;
pub mod subset;

use std::fmt;
use std::sync::Arc;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{DuplicateKeyPolicy, MessageFormatter, Spanned, UserMessageFormatter};

use crate::finding::{Code, Finding, Location, Message};

/// Roadmaps are a few hundred kilobytes; anything this large is not one.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// A YAML node with its location.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub at: Span,
}

/// Where a node is written: line and column (from 1, in characters) and
/// its bytes (a scalar's text with its quotes; the start of a collection).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    line: u32,
    column: u32,
    start: u32,
    len: u32,
}

impl Span {
    /// The place of a node with no text (an empty document).
    const UNKNOWN: Span = Span {
        line: 0,
        column: 0,
        start: u32::MAX,
        len: 0,
    };

    /// The byte range of the node's text, when known.
    fn bytes(self) -> Option<std::ops::Range<usize>> {
        let start = usize::try_from(self.start)
            .ok()
            .filter(|_| self.start != u32::MAX)?;
        Some(start..start + usize::try_from(self.len).ok()?)
    }
}

impl From<serde_saphyr::Location> for Span {
    fn from(loc: serde_saphyr::Location) -> Self {
        let span = loc.span();
        let narrow = |n: Option<u64>| n.and_then(|n| u32::try_from(n).ok());
        let clamp = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        let (start, len) = match (narrow(span.byte_offset()), narrow(span.byte_len())) {
            (Some(start), Some(len)) if start != u32::MAX => (start, len),
            _ => (u32::MAX, 0),
        };
        Span {
            line: clamp(loc.line()),
            column: clamp(loc.column()),
            start,
            len,
        }
    }
}

/// A YAML value. Mapping entries keep their order and duplicates, so the
/// decoder can point at each duplicate key.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Value {
    /// The kind of value in a message ("a list", "список").
    pub fn kind_id(&self) -> &'static str {
        match self {
            Value::Null => "kind-null",
            Value::Bool(_) => "kind-bool",
            Value::Int(_) | Value::Float(_) => "kind-number",
            Value::Str(_) => "kind-string",
            Value::Seq(_) => "kind-list",
            Value::Map(_) => "kind-map",
        }
    }
}

/// A loaded text file: its display name and contents.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: Arc<str>,
    pub text: String,
}

impl Source {
    pub fn new(name: impl Into<Arc<str>>, text: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }

    /// Location of a node, with the byte range of its text when known.
    pub fn locate(&self, node: &Node) -> Location {
        self.location_of(node.at)
    }

    fn location_of(&self, span: Span) -> Location {
        let (line, column) = (to_usize(span.line).max(1), to_usize(span.column).max(1));
        let bytes = match span.bytes() {
            Some(b) if b.end <= self.text.len() => b,
            _ => self.byte_of(line, column).map_or(0..0, |s| s..s),
        };
        Location {
            file: self.name.clone(),
            line,
            column,
            bytes,
        }
    }

    /// Location of a byte range of the text (clamped to the text).
    pub fn at_bytes(&self, bytes: std::ops::Range<usize>) -> Location {
        let start = bytes.start.min(self.text.len());
        let end = bytes.end.clamp(start, self.text.len());
        let before = self.text.get(..start).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Location {
            file: self.name.clone(),
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            bytes: start..end,
        }
    }

    /// Location of the very start of the file, for findings about the whole file.
    pub fn start(&self) -> Location {
        Location {
            file: self.name.clone(),
            line: 1,
            column: 1,
            bytes: 0..0,
        }
    }

    /// The text of a scalar exactly as written (`1.10` stays `1.10`).
    pub fn raw(&self, node: &Node) -> Option<&str> {
        self.text.get(node.at.bytes()?)
    }

    fn byte_of(&self, line: usize, column: usize) -> Option<usize> {
        let line_start = if line == 1 {
            0
        } else {
            self.text.match_indices('\n').nth(line - 2)?.0 + 1
        };
        let rest = &self.text[line_start..];
        Some(
            line_start
                + rest
                    .char_indices()
                    .nth(column - 1)
                    .map_or(rest.len(), |(b, _)| b),
        )
    }
}

fn to_usize(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// Reads a file as UTF-8 text, turning encoding problems into a located finding.
pub fn decode_text(name: Arc<str>, bytes: Vec<u8>) -> Result<Source, Finding> {
    let text = match crate::utf8::text(&bytes) {
        Some(_) if bytes.len() > MAX_FILE_BYTES => {
            let at = Location {
                file: name,
                line: 1,
                column: 1,
                bytes: 0..0,
            };
            let msg = Message::new("yaml-too-large").arg("limit", MAX_FILE_BYTES / (1024 * 1024));
            return Err(Finding::new(Code::YamlSyntax, at, msg));
        }
        Some(text) => match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        },
        None => {
            let valid = &bytes[..crate::utf8::valid_up_to(&bytes)];
            // `valid` is UTF-8 by construction; count lines and characters before the bad byte.
            let prefix = String::from_utf8_lossy(valid);
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let at = Location {
                file: name,
                line,
                column,
                bytes: valid.len()..valid.len(),
            };
            return Err(Finding::new(
                Code::YamlSyntax,
                at,
                Message::new("yaml-not-utf8"),
            ));
        }
    };
    Ok(Source::new(name, normalize_line_breaks(text)))
}

/// YAML counts `\r\n` and a lone `\r` as line breaks; turning both into `\n`
/// keeps the parser's line numbers and ours (and the snippets) in agreement.
fn normalize_line_breaks(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Parses YAML text into a located tree, with limits against alias bombs
/// and deep nesting. An empty document is `Null`.
pub fn parse(source: &Source) -> Result<Node, Finding> {
    let node = match subset::parse(&source.text) {
        Some(node) => node,
        None => parse_full(source)?,
    };
    match merged_item(&node) {
        Some(key) => {
            let at = source.locate(key);
            Err(Finding::new(
                Code::YamlSyntax,
                at,
                Message::new("yaml-missing-dash"),
            ))
        }
        None => Ok(node),
    }
}

/// The first key of a list item that lost its «- » and so ran into the
/// item before it: that item's mapping repeats two or more of its keys from
/// there on. (A key repeated once is `schema-duplicate-key`.) Whatever the
/// file's checks would say of the merged item would follow from this slip.
fn merged_item(node: &Node) -> Option<&Node> {
    match &node.value {
        Value::Seq(items) => items.iter().find_map(|item| match &item.value {
            Value::Map(pairs) => repeated_from(pairs).or_else(|| merged_item(item)),
            _ => merged_item(item),
        }),
        Value::Map(pairs) => pairs.iter().find_map(|(_, value)| merged_item(value)),
        _ => None,
    }
}

/// The key from which two or more keys of a mapping repeat earlier ones.
fn repeated_from(pairs: &[(Node, Node)]) -> Option<&Node> {
    fn name(key: &Node) -> Option<&str> {
        match &key.value {
            Value::Str(name) => Some(name),
            _ => None,
        }
    }
    // One pass with the keys seen so far: a map of many keys stays linear.
    let mut seen = std::collections::HashSet::new();
    let (mut first, mut count) = (None, 0);
    for (j, (key, _)) in pairs.iter().enumerate() {
        let Some(key) = name(key) else { continue };
        if !seen.insert(key) {
            first.get_or_insert(j);
            count += 1;
        }
    }
    first.filter(|_| count >= 2).map(|j| &pairs[j].0)
}

/// `yaml-comment`: a plain value on whose line a comment follows that was
/// text, not a note — `Директор #1`, `по #тегам`: the hash right before a
/// word. A comment written as one (`# ` with a space) is left alone.
pub fn cut_by_comments(source: &Source, root: &Node) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match &node.value {
            Value::Seq(items) => stack.extend(items.iter().rev()),
            Value::Map(pairs) => {
                for (key, value) in pairs {
                    // `responsible: #1 Директор` is a key with no value at all.
                    if value.value == Value::Null {
                        findings.extend(cut_key(source, key));
                    }
                }
                stack.extend(pairs.iter().rev().map(|(_, v)| v));
            }
            Value::Str(kept) => findings.extend(cut_at(source, node, kept)),
            _ => {}
        }
    }
    findings
}

/// After a plain value: quoted and block values end where they say.
fn cut_at(source: &Source, node: &Node, kept: &str) -> Option<Finding> {
    let range = node.at.bytes()?;
    let written = source.text.get(range.clone())?;
    if written.starts_with(['"', '\'', '|', '>']) {
        return None;
    }
    cut_after(source, range.end, kept)
}

/// After a key's colon, where its value would have been.
fn cut_key(source: &Source, key: &Node) -> Option<Finding> {
    let end = key.at.bytes()?.end;
    let after = source.text.get(end..)?.trim_start_matches([' ', '\t']);
    let after = after.strip_prefix(':')?;
    cut_after(source, source.text.len() - after.len(), "")
}

/// A comment that starts, after spaces, at byte `end` of its line with a
/// hash right before a word: the text YAML dropped from the value `kept`.
fn cut_after(source: &Source, end: usize, kept: &str) -> Option<Finding> {
    let line_end = source.text[end..]
        .find('\n')
        .map_or(source.text.len(), |i| end + i);
    let rest = &source.text[end..line_end];
    let comment = rest.trim_start_matches([' ', '\t']);
    let dropped = comment.strip_prefix('#')?;
    if comment.len() == rest.len() || dropped.is_empty() || dropped.starts_with(char::is_whitespace)
    {
        return None;
    }
    let hash = line_end - comment.len();
    let dropped = comment.trim_end();
    let whole = format!("{kept} {dropped}");
    let whole = whole
        .trim_start()
        .replace('\\', "\\\\")
        .replace('"', "\\\"");
    let msg = Message::new("yaml-comment")
        .arg("dropped", dropped)
        .arg("kept", kept)
        .arg("empty", if kept.is_empty() { "yes" } else { "no" })
        .arg("whole", whole);
    Some(Finding::new(
        Code::YamlComment,
        source.at_bytes(hash..hash + dropped.len()),
        msg,
    ))
}

/// Parses any YAML with serde-saphyr: what [`parse`] falls back to.
pub fn parse_full(source: &Source) -> Result<Node, Finding> {
    let options = serde_saphyr::options! {
        duplicate_keys: DuplicateKeyPolicy::PassThrough,
        strict_booleans: true,
        budget: serde_saphyr::budget! {
            max_depth: 64,
            max_nodes: 2_000_000,
            max_total_scalar_bytes: MAX_FILE_BYTES,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 10_000,
            max_replay_stack_depth: 16,
            max_alias_expansions_per_anchor: 100,
        },
    };
    serde_saphyr::from_str_with_options::<Option<Node>>(&source.text, options)
        .map(|node| node.unwrap_or_else(Node::empty))
        .map_err(|e| {
            let at = e
                .location()
                .map_or_else(|| source.start(), |l| source.location_of(l.into()));
            if let Some((at, message)) = mistake::find(source, at.line) {
                return Finding::new(Code::YamlSyntax, at, message);
            }
            let detail = UserMessageFormatter
                .format_message(e.without_snippet())
                .into_owned();
            let detail = detail.replace(['\n', '\r'], " ");
            let id = kind_of(&detail);
            Finding::new(Code::YamlSyntax, at, Message::new(id).arg("detail", detail))
        })
}

/// The parser's complaint in words of ours when no slip was recognised
/// around it; its own English stays as `detail`, shown with `--verbose`.
fn kind_of(detail: &str) -> &'static str {
    let detail = detail.to_ascii_lowercase();
    if ["too complex", "too large", "recursion", "budget"]
        .iter()
        .any(|w| detail.contains(w))
    {
        "yaml-too-complex"
    } else if detail.contains("multiple found") {
        "yaml-many-documents"
    } else {
        "yaml-syntax"
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Value::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Value, E> {
        Ok(Value::Str(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Value::Map(entries))
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let node = Spanned::<Value>::deserialize(d)?;
        Ok(Node {
            value: node.value,
            at: node.referenced.into(),
        })
    }
}

impl Node {
    /// The tree of an empty document.
    fn empty() -> Node {
        Node {
            value: Value::Null,
            at: Span::UNKNOWN,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Node, Finding> {
        parse(&Source::new("t.yaml", text))
    }

    /// Text a hash cut off a plain value is found; a comment written as
    /// one, a hash inside a word or quotes, and other values are not. Both
    /// readers (the subset and serde-saphyr) give the places.
    #[test]
    fn a_value_cut_by_a_comment_is_found() {
        let cases: &[(&str, Option<&str>)] = &[
            ("responsible: Директор #1 и завуч\n", Some("#1 и завуч")),
            ("title: база по #тегам\n", Some("#тегам")),
            ("- due: до 25.09 #срочно  \n", Some("#срочно")),
            ("a:\n  b: c #d #e\n", Some("#d #e")),
            ("responsible: Директор  # так в приказе\n", None),
            ("responsible: Директор #\n", None),
            ("responsible: Директор#1\n", None),
            ("responsible: \"Директор #1\"\n", None),
            ("responsible: 'Директор' #1\n", None),
            ("stage: 2 #этап\n", None),
            ("# note\ntitle: a\n", None),
            ("title: a\n#b\n", None),
            ("responsible: #1 Директор\nresult: x\n", Some("#1 Директор")),
            ("responsible:  # нет\n", None),
            ("title: |\n  текст\n#примечание\n", None),
            ("- a\n- b #c\n", Some("#c")),
        ];
        for &(text, dropped) in cases {
            let source = Source::new("t.yaml", text);
            for root in [parse(&source), parse_full(&source)] {
                let root = root.expect("yaml");
                let found = cut_by_comments(&source, &root);
                let got = found
                    .first()
                    .and_then(|f| source.text.get(f.location.bytes.clone()));
                assert_eq!(got, dropped, "{text:?}");
                assert!(found.len() <= 1, "{text:?}");
            }
        }
    }

    /// An item that lost its dash runs into the one before: one finding, at
    /// its first key; a key repeated once is left to the schema.
    #[test]
    fn a_list_item_run_into_the_one_before_is_a_missing_dash() {
        let merged = load("- id: 1\n  title: a\n  id: 2\n  title: b\n").unwrap_err();
        assert_eq!(merged.message.id, "yaml-missing-dash");
        assert_eq!((merged.location.line, merged.location.column), (3, 3));
        assert!(load("- id: 1\n  title: a\n  title: b\n").is_ok());
        assert!(load("a: 1\nb: 2\na: 3\nb: 4\n").is_ok(), "not a list item");
    }

    #[test]
    fn keeps_locations_and_raw_text() {
        let src = Source::new("t.yaml", "a: 1\nid: 1.10\n");
        let node = parse(&src).unwrap();
        let Value::Map(entries) = &node.value else {
            panic!("not a map")
        };
        let (key, value) = &entries[1];
        assert_eq!(src.locate(key).line, 2);
        assert_eq!(src.locate(value).column, 5);
        assert_eq!(src.raw(value), Some("1.10"));
    }

    #[test]
    fn keeps_duplicate_keys_for_the_decoder() {
        let Value::Map(entries) = load("a: 1\na: 2\n").unwrap().value else {
            panic!()
        };
        assert_eq!(entries.len(), 2);
    }

    #[test]
    fn empty_and_blank_files_are_null() {
        assert_eq!(load("").unwrap().value, Value::Null);
        assert_eq!(load("  \n\n").unwrap().value, Value::Null);
    }

    #[test]
    fn hostile_input_is_a_located_error() {
        let bomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n\
                    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n";
        assert_eq!(load(bomb).unwrap_err().code, Code::YamlSyntax);
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(load(&deep).unwrap_err().location.line, 1);
        let tabs = load("a:\n\tb: 1\n").unwrap_err();
        assert_eq!(tabs.location.line, 2);
    }

    #[test]
    fn carriage_returns_count_as_line_breaks() {
        let src = decode_text("t.yaml".into(), b"a: 1\r\nb: 2\rc: [\n".to_vec()).unwrap();
        let err = parse(&src).unwrap_err();
        assert_eq!(src.text, "a: 1\nb: 2\nc: [\n");
        assert!(err.location.line <= 4, "{:?}", err.location);
    }

    #[test]
    fn invalid_utf8_points_at_the_bad_byte() {
        let err = decode_text("t.yaml".into(), b"a: 1\nb: \xff\n".to_vec()).unwrap_err();
        assert_eq!((err.location.line, err.location.column), (2, 4));
        assert_eq!(err.message.id, "yaml-not-utf8");
    }
}
