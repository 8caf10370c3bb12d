//! An imported roadmap as YAML (product.md's roadmap format): the schema
//! modeline, Cyrillic as is, deadlines verbatim, a comment with the source
//! of every activity, and every stage that is a guess marked with the words
//! it rests on, for the methodist to confirm.

use std::fmt::Write;

use crate::i18n::I18n;
use mentor_core::roadmap::import::{Certainty, Draft, Mapping, Origin};

/// Where the schema is, seen from a roadmap at the top of a program folder.
const MODELINE: &str = "# yaml-language-server: $schema=schemas/roadmap.schema.json";

/// A YAML string: double-quoted, escaping only what YAML needs.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if unprintable(c) => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Characters YAML does not allow as they are: controls, line and
/// paragraph separators, a byte order mark, non-characters.
fn unprintable(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
        )
}

/// A comment on one line, whatever the text holds.
fn comment(text: &str) -> String {
    text.chars()
        .map(|c| if unprintable(c) { ' ' } else { c })
        .collect()
}

fn origin(at: Origin, i18n: &I18n) -> String {
    use mentor_core::finding::Message;
    i18n.text(&match at {
        Origin::Line(line) => Message::new("import-at-line").arg("line", line),
        Origin::Row { table, row } => Message::new("import-at-row")
            .arg("table", table)
            .arg("row", row),
    })
}

fn stage_lines(out: &mut String, indent: &str, mapping: &Mapping, i18n: &I18n) {
    if let Some(stage) = mapping.stage {
        let _ = writeln!(out, "{indent}stage: {stage}");
    }
    if mapping.certainty == Certainty::Guessed {
        let _ = writeln!(out, "{indent}# ? {}", comment(&i18n.text(&mapping.because)));
    }
}

/// Formats of `roadmap import`: the YAML, or the account of the import.
pub const FORMATS: &[super::Format] = &[super::Format::Human, super::Format::Json];

/// The YAML text of `draft`.
pub fn render(draft: &Draft, i18n: &I18n) -> String {
    use mentor_core::finding::Message;
    let mut out = String::new();
    let say = |m: &Message| comment(&i18n.text(m));
    let _ = writeln!(out, "{MODELINE}");
    let _ = writeln!(
        out,
        "# {}",
        say(&Message::new("import-header").arg("source", draft.source.as_str()))
    );
    let meta = &draft.meta;
    let title = meta.title.as_deref().unwrap_or(&draft.source);
    let _ = writeln!(out, "title: {}", quoted(title));
    if let Some(org) = &meta.organization {
        let _ = writeln!(out, "organization: {}", quoted(org));
    }
    if let Some(date) = meta.approved {
        let _ = write!(out, "approved: {date}");
        if let Some(order) = &meta.order {
            let _ = write!(out, "  # «{}»", comment(order));
        }
        out.push('\n');
    }
    match (meta.period, &meta.period_from) {
        (Some((start, end)), from) => {
            let _ = write!(out, "period: {{start: {start}, end: {end}}}");
            match from {
                Some(from) => {
                    let _ = write!(out, "  # «{}»", comment(from));
                }
                None => {
                    let _ = write!(
                        out,
                        "  # ? {}",
                        say(&Message::new("import-period-inferred"))
                    );
                }
            }
            out.push('\n');
        }
        (None, _) => {
            let _ = writeln!(out, "# ? {}", say(&Message::new("import-no-period")));
        }
    }
    let _ = writeln!(
        out,
        "sections:{}",
        if draft.sections.is_empty() { " []" } else { "" }
    );
    for section in &draft.sections {
        let title = match section.title.as_str() {
            "" => i18n.get("import-untitled-section"),
            title => title.to_owned(),
        };
        let _ = writeln!(out, "  - title: {}", quoted(&title));
        stage_lines(&mut out, "    ", &section.mapping, i18n);
        let _ = writeln!(out, "    # {}", origin(section.at, i18n));
        if section.activities.is_empty() {
            let _ = writeln!(out, "    activities: []");
            continue;
        }
        let _ = writeln!(out, "    activities:");
        for a in &section.activities {
            let _ = writeln!(out, "      # {}", origin(a.at, i18n));
            let mut first = true;
            let mut field = |out: &mut String, key: &str, value: &str| {
                let dash = if first { "- " } else { "  " };
                first = false;
                let _ = writeln!(out, "      {dash}{key}: {}", quoted(value));
            };
            if let Some(id) = &a.id {
                field(&mut out, "id", id);
            }
            field(&mut out, "title", &a.title);
            if let Some(m) = &a.mapping {
                if let Some(stage) = m.stage.filter(|s| Some(*s) != section.mapping.stage) {
                    let _ = writeln!(out, "        stage: {stage}");
                }
                if m.certainty == Certainty::Guessed {
                    let _ = writeln!(out, "        # ? {}", say(&m.because));
                }
            }
            for (key, value) in [
                ("due", &a.due),
                ("responsible", &a.responsible),
                ("result", &a.result),
            ] {
                if let Some(v) = value {
                    let _ = writeln!(out, "        {key}: {}", quoted(v));
                }
            }
        }
    }
    if !draft.skipped.is_empty() {
        let _ = writeln!(out, "# {}", say(&Message::new("import-skipped-title")));
        for s in &draft.skipped {
            let _ = writeln!(
                out,
                "#   {}: {} — «{}»",
                origin(s.at, i18n),
                say(&s.reason),
                comment(&s.text.chars().take(120).collect::<String>())
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_quoted_for_yaml_and_cyrillic_stays() {
        assert_eq!(quoted("«Наставник» \"a\" \\"), r#""«Наставник» \"a\" \\""#);
        assert_eq!(quoted("a\u{7}\u{2028}"), r#""a\u0007\u2028""#);
        assert_eq!(comment("a\u{e}b\nc"), "a b c");
    }
}
