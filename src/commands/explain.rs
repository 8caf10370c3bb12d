//! `mentor explain [CODE]`: what a finding's code means, an example and
//! the fix, from the `explain-CODE` messages; without a code, every code.
//! README's table of codes is this command's `--format md` in English (a
//! test holds them equal).

use std::io::Write;

use crate::i18n::I18n;
use crate::render::{self, Format};
use crate::{Context, Failure};
use mentor_core::finding::{Code, Message, Severity, Tally};

pub fn run(cx: &Context, code: Option<&str>, out: &mut dyn Write) -> Result<Tally, Failure> {
    match code {
        Some(name) => one(cx, name, out)?,
        None => table(&cx.i18n, cx.format == Format::Md, cx.style.width, out)?,
    }
    Ok(Tally::default())
}

fn one(cx: &Context, name: &str, out: &mut dyn Write) -> Result<(), Failure> {
    let Some(code) = Code::named(name) else {
        let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        let message = match mentor_core::text::nearest(name.trim(), &codes) {
            Some(near) => Message::new("explanation-unknown-near").arg("suggestion", near),
            None => Message::new("explanation-unknown"),
        };
        return Err(Failure::Usage(message.arg("code", name)));
    };
    let i18n = &cx.i18n;
    let id = format!("explain-{code}");
    let part = |attribute| i18n.attribute(&id, attribute).unwrap_or_default();
    let indent = |text: String| {
        let lines: Vec<String> = text.lines().map(|l| format!("    {l}")).collect();
        lines.join("\n")
    };
    writeln!(out, "{code} ({})", level(i18n, code.severity()))?;
    writeln!(out, "{}\n", i18n.describe(&code.rule_message_id()))?;
    writeln!(out, "{}\n", i18n.describe(&id))?;
    writeln!(
        out,
        "{}:\n{}\n",
        i18n.get("explanation-example"),
        indent(part("example"))
    )?;
    writeln!(
        out,
        "{}:\n{}",
        i18n.get("explanation-fix"),
        indent(part("fix"))
    )?;
    Ok(())
}

/// Every code with its level and meaning: a terminal table, or Markdown.
fn table(
    i18n: &I18n,
    markdown: bool,
    width: Option<u16>,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let header = [
        "explanation-code",
        "explanation-level",
        "explanation-meaning",
    ]
    .map(|id| i18n.get(id));
    let rows = Code::ALL.iter().map(|&code| {
        let name = match markdown {
            true => format!("`{code}`"),
            false => code.to_string(),
        };
        [
            name,
            level(i18n, code.severity()),
            i18n.describe(&code.rule_message_id()),
        ]
    });
    render::grid(out, header, rows, markdown, width)?;
    Ok(())
}

fn level(i18n: &I18n, severity: Severity) -> String {
    i18n.get(match severity {
        Severity::Error => "level-error",
        Severity::Warning => "level-warning",
        Severity::Info => "level-info",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// README's table of codes is `mentor --lang en explain --format md`,
    /// between its two markers. Regenerate with `MENTOR_BLESS=1 cargo test readme`.
    #[test]
    fn the_readme_table_of_codes_is_the_messages() {
        let (start, end) = ("<!-- codes: start -->\n", "<!-- codes: end -->");
        let mut written = Vec::new();
        table(&I18n::new(Lang::En), true, None, &mut written).expect("a table");
        let table = String::from_utf8(written).expect("utf-8");
        let readme = std::fs::read_to_string("README.md").expect("README.md");
        let (before, rest) = readme.split_once(start).expect("the start marker");
        let (now, after) = rest.split_once(end).expect("the end marker");
        if now != table && std::env::var_os("MENTOR_BLESS").is_some() {
            let readme = format!("{before}{start}{table}{end}{after}");
            std::fs::write("README.md", readme).expect("write README.md");
            return;
        }
        assert_eq!(
            now, table,
            "README.md is stale: run MENTOR_BLESS=1 cargo test readme"
        );
    }

    /// Each code has its meaning, example and fix in both languages.
    #[test]
    fn every_code_is_explained_in_both_languages() {
        for lang in [Lang::Ru, Lang::En] {
            let i18n = I18n::new(lang);
            for code in Code::ALL {
                let id = format!("explain-{code}");
                assert!(
                    i18n.lookup(&id).is_some_and(|t| !t.is_empty()),
                    "{lang:?} {id}"
                );
                for part in ["example", "fix"] {
                    let text = i18n.attribute(&id, part);
                    assert!(text.is_some_and(|t| !t.is_empty()), "{lang:?} {id}.{part}");
                }
            }
        }
    }
}
