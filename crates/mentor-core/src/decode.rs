//! Decoding the located YAML tree into typed models, collecting every
//! schema problem (unknown key, wrong type, missing key, bad value) as a
//! finding instead of stopping at the first.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::finding::{Code, Finding, Location, Message};
use crate::yaml::{Node, Source, Value};

/// A decoded value and where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub at: Location,
}

/// The schema of a located value is the schema of the value.
impl<T: schemars::JsonSchema> schemars::JsonSchema for Located<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

/// The entries of a mapping whose keys were checked against a known list.
#[derive(Debug)]
pub struct Fields<'n> {
    node: &'n Node,
    entries: Vec<(Cow<'n, str>, &'n Node)>,
}

impl<'n> Fields<'n> {
    /// The value under `key`; an explicit `null` (`key:` with nothing) counts as absent.
    pub fn get(&self, key: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(k, v)| *k == key && v.value != Value::Null)
            .map(|(_, v)| *v)
    }
}

/// Collects schema findings while decoding one file.
#[derive(Debug)]
pub struct Decoder<'s> {
    pub source: &'s Source,
    pub findings: Vec<Finding>,
}

impl<'s> Decoder<'s> {
    pub fn new(source: &'s Source) -> Self {
        Decoder {
            source,
            findings: Vec::new(),
        }
    }

    pub fn report(&mut self, node: &Node, message: Message) {
        let at = self.source.locate(node);
        self.findings.push(Finding::new(Code::Schema, at, message));
    }

    pub fn wrong_type(&mut self, key: &str, node: &Node, expected: &'static str) {
        let found = node.value.kind_id().trim_start_matches("kind-");
        let msg = Message::new("schema-wrong-type")
            .arg("key", key)
            .arg("expected", expected)
            .arg("found", found);
        self.report(node, msg);
    }

    /// Checks that `node` is a mapping with only `known` keys, each once.
    pub fn map<'n>(&mut self, key: &str, node: &'n Node, known: &[&str]) -> Option<Fields<'n>> {
        let Value::Map(pairs) = &node.value else {
            self.wrong_type(key, node, "map");
            return None;
        };
        let mut entries: Vec<(Cow<'n, str>, &'n Node)> = Vec::with_capacity(pairs.len());
        for (k, v) in pairs {
            let Some(name) = self.key_text(k) else {
                continue;
            };
            if let Some((_, first)) = entries.iter().find(|(seen, _)| *seen == name) {
                let line = self.source.locate(first).line;
                let msg = Message::new("schema-duplicate-key")
                    .arg("key", &*name)
                    .arg("line", line);
                self.report(k, msg);
            } else if !known.contains(&&*name) {
                self.unknown_key(k, &name, known);
            } else {
                entries.push((name, v));
            }
        }
        Some(Fields { node, entries })
    }

    /// The entries of a mapping with free-form keys (years, indicator ids).
    pub fn entries<'n>(&mut self, key: &str, node: &'n Node) -> Vec<(&'n Node, &'n Node)> {
        match &node.value {
            Value::Map(pairs) => pairs.iter().map(|(k, v)| (k, v)).collect(),
            _ => {
                self.wrong_type(key, node, "map");
                Vec::new()
            }
        }
    }

    /// A key's text: borrowed when it is a string, as written when a number or the like.
    fn key_text<'n>(&mut self, key: &'n Node) -> Option<Cow<'n, str>> {
        match &key.value {
            Value::Str(s) => Some(Cow::Borrowed(s)),
            Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Null => Some(Cow::Owned(
                self.source.raw(key).unwrap_or_default().to_owned(),
            )),
            Value::Seq(_) | Value::Map(_) => {
                self.wrong_type("key", key, "string");
                None
            }
        }
    }

    fn unknown_key(&mut self, node: &Node, name: &str, known: &[&str]) {
        let msg = match crate::text::nearest(name, known) {
            Some(similar) => Message::new("schema-unknown-key-similar")
                .arg("key", name)
                .arg("similar", similar),
            None => Message::new("schema-unknown-key")
                .arg("key", name)
                .arg("known", known.join(", ")),
        };
        self.report(node, msg);
    }

    /// A required key: reports it at the mapping when absent.
    pub fn req<T>(
        &mut self,
        fields: &Fields<'_>,
        key: &str,
        convert: impl FnOnce(&mut Self, &str, &Node) -> Option<T>,
    ) -> Option<T> {
        match fields.get(key) {
            Some(node) => convert(self, key, node),
            None => {
                self.report(
                    fields.node,
                    Message::new("schema-missing-key").arg("key", key),
                );
                None
            }
        }
    }

    /// An optional key; `convert` turns its node into a value (`key` names it in messages).
    pub fn opt<T>(
        &mut self,
        fields: &Fields<'_>,
        key: &str,
        convert: impl FnOnce(&mut Self, &str, &Node) -> Option<T>,
    ) -> Option<T> {
        fields.get(key).and_then(|node| convert(self, key, node))
    }

    /// Text as written. Numbers are taken verbatim from the file, so an id
    /// `1.10` stays `1.10` rather than becoming the float 1.1.
    pub fn text(&mut self, key: &str, node: &Node) -> Option<Located<String>> {
        let value = match &node.value {
            Value::Str(s) => s.trim().to_owned(),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => self.source.raw(node)?.to_owned(),
            _ => {
                self.wrong_type(key, node, "string");
                return None;
            }
        };
        Some(Located {
            value,
            at: self.source.locate(node),
        })
    }

    /// A date as a person writes it: `ДД.ММ.ГГГГ` or ISO `ГГГГ-ММ-ДД`.
    pub fn date(&mut self, key: &str, node: &Node) -> Option<Located<NaiveDate>> {
        let text = self.text(key, node)?;
        match parse_date(&text.value) {
            Some(value) => Some(Located { value, at: text.at }),
            None => {
                let id = match date_slip(&text.value) {
                    DateSlip::NoSuchDay => "schema-no-such-day",
                    DateSlip::Year => "schema-date-year",
                    DateSlip::Form => "schema-invalid-date",
                };
                let msg = Message::new(id).arg("key", key).arg("value", text.value);
                self.report(node, msg);
                None
            }
        }
    }

    pub fn boolean(&mut self, key: &str, node: &Node) -> Option<Located<bool>> {
        match node.value {
            Value::Bool(value) => Some(Located {
                value,
                at: self.source.locate(node),
            }),
            _ => {
                self.wrong_type(key, node, "bool");
                None
            }
        }
    }

    /// A whole number within `min..=max`.
    pub fn number(&mut self, key: &str, node: &Node, min: i64, max: i64) -> Option<Located<i64>> {
        let Value::Int(value) = node.value else {
            self.wrong_type(key, node, "integer");
            return None;
        };
        if (min..=max).contains(&value) {
            return Some(Located {
                value,
                at: self.source.locate(node),
            });
        }
        let msg = Message::new("schema-out-of-range")
            .arg("key", key)
            .arg("value", value.to_string())
            .arg("min", min.to_string())
            .arg("max", max.to_string());
        self.report(node, msg);
        None
    }

    /// One of a fixed set of words.
    pub fn choice<T: Copy>(
        &mut self,
        key: &str,
        node: &Node,
        choices: &[(&str, T)],
    ) -> Option<Located<T>> {
        let text = self.text(key, node)?;
        if let Some((_, value)) = choices.iter().find(|(name, _)| *name == text.value) {
            return Some(Located {
                value: *value,
                at: text.at,
            });
        }
        let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
        let msg = Message::new("schema-invalid-choice")
            .arg("key", key)
            .arg("value", text.value)
            .arg("choices", names.join(", "));
        self.report(node, msg);
        None
    }

    /// A list, each item decoded by `item`; bad items are reported and skipped.
    pub fn list<T>(
        &mut self,
        key: &str,
        node: &Node,
        mut item: impl FnMut(&mut Self, &str, &Node) -> Option<T>,
    ) -> Vec<T> {
        match &node.value {
            Value::Seq(items) => items.iter().filter_map(|n| item(self, key, n)).collect(),
            _ => {
                self.wrong_type(key, node, "list");
                Vec::new()
            }
        }
    }
}

/// Parses a YAML text and decodes it with `decode`: the model (when the
/// file is whole) and every finding.
pub fn load<T>(
    source: &Source,
    decode: fn(&mut Decoder<'_>, &Node) -> Option<T>,
) -> (Option<T>, Vec<Finding>) {
    match crate::yaml::parse(source) {
        Err(finding) => (None, vec![finding]),
        Ok(root) => {
            let mut d = Decoder::new(source);
            let model = decode(&mut d, &root);
            d.findings
                .extend(crate::yaml::cut_by_comments(source, &root));
            (model, d.findings)
        }
    }
}

/// Why a text is not a date `mentor` reads, for the message to say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSlip {
    /// Not written as a date: the message shows the two forms.
    Form,
    /// Written right, but no such day (`31.09.2026`).
    NoSuchDay,
    /// A real day, but a year no program has (`01.01.2300`).
    Year,
}

/// What is wrong with a text that [`parse_date`] refuses.
pub fn date_slip(text: &str) -> DateSlip {
    if !written_like_date(text) {
        return DateSlip::Form;
    }
    let text = without_year_mark(text);
    let iso = text.contains('-');
    let format = if iso { "%Y-%m-%d" } else { "%d.%m.%Y" };
    match NaiveDate::parse_from_str(text, format) {
        Ok(_) => DateSlip::Year,
        Err(_) => DateSlip::NoSuchDay,
    }
}

/// Written as a date is (`31.09.2026`, `2026-02-30`) even if no such day
/// exists: then the message says the day does not exist, not how to write one.
pub fn written_like_date(text: &str) -> bool {
    let text = without_year_mark(text);
    let digits = |part: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    let parts: Vec<&str> = text.split(['.', '-']).collect();
    match parts[..] {
        [y, m, d] if text.contains('-') => digits(y, 4..=4) && digits(m, 2..=2) && digits(d, 2..=2),
        [d, m, y] => digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4),
        _ => false,
    }
}

/// The text without the «г.» after a year.
fn without_year_mark(text: &str) -> &str {
    let text = text.trim();
    text.strip_suffix("г.")
        .or_else(|| text.strip_suffix('г'))
        .unwrap_or(text)
        .trim_end()
}

/// Parses a date in either of the forms people write everywhere — the
/// roadmap, `mentor.yaml`, the registries, the command line: `ДД.ММ.ГГГГ`
/// (`01.10.2026`, also with «г.») or ISO `ГГГГ-ММ-ДД` (`2026-10-01`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = without_year_mark(text);
    let iso = text.len() == 10 && text.as_bytes()[4] == b'-';
    let format = if iso { "%Y-%m-%d" } else { "%d.%m.%Y" };
    NaiveDate::parse_from_str(text, format)
        .ok()
        .filter(|d| crate::deadline::YEARS.contains(&chrono::Datelike::year(d)))
}

#[cfg(test)]
mod tests {

    /// A date refused is said to be written wrong, a day that does not
    /// exist, or a year out of range — whichever it is.
    #[test]
    fn a_refused_date_says_why() {
        assert_eq!(date_slip("1 октября"), DateSlip::Form);
        assert_eq!(date_slip("31.09.2026"), DateSlip::NoSuchDay);
        assert_eq!(date_slip("2026-02-30"), DateSlip::NoSuchDay);
        assert_eq!(date_slip("01.01.2300"), DateSlip::Year);
        assert_eq!(date_slip("1899-12-31 г."), DateSlip::Year);
    }
    use super::*;
    use crate::yaml::parse;

    #[test]
    fn reports_every_problem_of_a_mapping() {
        let src = Source::new("t.yaml", "titel: x\nstage: [1]\ntitle: y\ntitle: z\n");
        let node = parse(&src).unwrap();
        let mut d = Decoder::new(&src);
        let fields = d.map("root", &node, &["title", "stage", "id"]).unwrap();
        d.req(&fields, "id", Decoder::text);
        d.opt(&fields, "stage", |d, k, n| d.number(k, n, 1, 7));
        let ids: Vec<_> = d
            .findings
            .iter()
            .map(|f| (f.message.id, f.location.line))
            .collect();
        assert_eq!(
            ids,
            [
                ("schema-unknown-key-similar", 1),
                ("schema-duplicate-key", 4),
                ("schema-missing-key", 1),
                ("schema-wrong-type", 2),
            ]
        );
    }

    /// One date language: both forms everywhere, nothing else.
    #[test]
    fn dates_in_both_forms() {
        let day = NaiveDate::from_ymd_opt(2024, 9, 2);
        for text in [
            "2024-09-02",
            "02.09.2024",
            "2.9.2024",
            "02.09.2024 г.",
            " 02.09.2024г ",
        ] {
            assert_eq!(parse_date(text), day, "{text:?}");
        }
        for text in [
            "2024-02-30",
            "30.02.2024",
            "02/09/2024",
            "02.09.24",
            "",
            "г.",
            "+99999-01-01",
            "01.01.1899",
        ] {
            assert_eq!(parse_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn typo_suggestions_are_close_only() {
        assert_eq!(
            crate::text::nearest("responsable", &["responsible", "result"]),
            Some("responsible")
        );
        assert_eq!(crate::text::nearest("zzz", &["id", "title"]), None);
    }
}
