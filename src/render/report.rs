//! The report and the office documents through minijinja templates. The
//! templates ship inside the binary; a file of the same name in the program
//! folder's `templates/` replaces one, so a school changes its header and
//! wording without touching code (`mentor init --templates` writes them out).

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, Value};
use serde::Serialize;

use super::Format;
use crate::Failure;
use crate::i18n::I18n;
use mentor_core::finding::{Arg, Message};
use mentor_core::report::Report;
use mentor_core::report::documents::Document;
use mentor_core::roadmap::plan::Row;

/// The folder of a program folder that overrides templates.
pub const TEMPLATES_DIR: &str = "templates";

/// The templates shipped inside the binary: name and text.
pub const TEMPLATES: [(&str, &str); 4] = [
    ("report.md.j2", include_str!("templates/report.md.j2")),
    ("report.html.j2", include_str!("templates/report.html.j2")),
    ("document.md.j2", include_str!("templates/document.md.j2")),
    (
        "document.html.j2",
        include_str!("templates/document.html.j2"),
    ),
];

/// Formats of `report`, and of `report --document`.
pub const FORMATS: &[Format] = &[Format::Md, Format::Html, Format::Json, Format::Xlsx];
pub const DOCUMENT_FORMATS: &[Format] = &[Format::Md, Format::Html, Format::Docx];
/// What `report --format` accepts: the report's and the documents' formats.
pub const ALL_FORMATS: &[Format] = &[
    Format::Md,
    Format::Html,
    Format::Json,
    Format::Xlsx,
    Format::Docx,
];

/// Instructions a template may run: the built-in report of a district
/// (twenty thousand pairs) takes a few million; a loop of loops meant to
/// hang stops within a second or two.
const TEMPLATE_FUEL: u64 = 50_000_000;
/// Nesting of includes, macros and blocks (minijinja's own ceiling is 500).
const TEMPLATE_RECURSION: usize = 100;

/// The template `name`: the program folder's own in `templates/`, else the
/// built-in one. Only a plain file name of a template (`report.html.j2`,
/// `part.j2`) is served, and only from inside `templates/`: no `..`, no
/// absolute path, no symlink out — `{% include "../registry/mentees.csv" %}`
/// or `/proc/self/environ` would put the registry or the CI's secrets into
/// a public page.
fn load(dir: &Path, name: &str) -> Result<Option<String>, minijinja::Error> {
    let refused = |why: &str| {
        Err(minijinja::Error::new(
            minijinja::ErrorKind::TemplateNotFound,
            format!("{name}: {why}"),
        ))
    };
    let plain = name.ends_with(".j2")
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && !name.starts_with('.');
    if !plain {
        return refused(
            "only a template of the folder's templates/ may be included (a name like part.j2)",
        );
    }
    let path = dir.join(name);
    if path.is_file() {
        let inside = match (path.canonicalize(), dir.canonicalize()) {
            (Ok(file), Ok(dir)) => file.starts_with(dir),
            _ => false,
        };
        if !inside {
            return refused("a link out of templates/ is not followed");
        }
        return std::fs::read_to_string(&path).map(Some).map_err(|e| {
            minijinja::Error::new(minijinja::ErrorKind::TemplateNotFound, e.to_string())
        });
    }
    Ok(TEMPLATES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| (*text).to_owned()))
}

/// Templates of a program folder: its overrides, then the built-in ones.
#[derive(Debug)]
pub struct Templates {
    env: Environment<'static>,
    overrides: PathBuf,
}

impl Templates {
    pub fn new(folder: &Path, i18n: &I18n) -> Templates {
        let overrides = folder.join(TEMPLATES_DIR);
        let mut env = Environment::new();
        // A misspelt field or label is an error with its line, not a blank.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        // A template is data of the folder, not a program with the run's
        // rights: it runs on a budget (an endless or huge loop stops) and
        // can include only another template.
        env.set_fuel(Some(TEMPLATE_FUEL));
        env.set_recursion_limit(TEMPLATE_RECURSION);
        let dir = overrides.clone();
        env.set_loader(move |name| load(&dir, name));
        env.set_auto_escape_callback(|name| {
            if name.contains(".html") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        if let Ok(syntax) = env
            .syntax()
            .to_builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
        {
            env.set_syntax(syntax);
        }
        let lang = i18n.lang;
        // The report's texts are messages (ids and arguments): put into
        // words here, in the reader's language.
        let words = std::sync::Arc::new(I18n::new(lang));
        let say = std::sync::Arc::clone(&words);
        env.add_filter("say", move |v: Value| -> Result<String, minijinja::Error> {
            let id = defined(&v)?.get_attr("id")?;
            let id = id.as_str().unwrap_or_default();
            let given = v.get_attr("args")?;
            let mut args = Vec::new();
            if let Ok(names) = given.try_iter() {
                for name in names {
                    let value = given.get_item(&name)?;
                    args.push((name.to_string(), message_arg(&value)));
                }
            }
            Ok(say.text_of(id, args.iter().map(|(n, a)| (n.as_str(), a))))
        });
        // A rule's description, from its code (safe to publish).
        env.add_filter("rule", move |code: String| -> String {
            words.describe(&format!("rule-{code}"))
        });
        // A deadline's dates: «15.12.2025», «01.09.2025 – 30.09.2025», or a dash.
        env.add_filter(
            "when",
            move |d: Value| -> Result<String, minijinja::Error> {
                let date = |key: &str| -> Result<Option<chrono::NaiveDate>, minijinja::Error> {
                    let v = defined(&d)?.get_attr(key)?;
                    Ok(v.as_str().and_then(|s| s.parse().ok()))
                };
                Ok(match (date("start")?, date("end")?) {
                    (Some(s), Some(e)) if s != e => {
                        format!("{} – {}", I18n::date_in(lang, s), I18n::date_in(lang, e))
                    }
                    (s, e) => e
                        .or(s)
                        .map_or_else(|| "—".to_owned(), |d| I18n::date_in(lang, d)),
                })
            },
        );
        // Dates as the language writes them (ISO in the data).
        env.add_filter("date", move |v: String| -> String {
            match chrono::NaiveDate::parse_from_str(&v, "%Y-%m-%d") {
                Ok(d) => I18n::date_in(lang, d),
                Err(_) => v,
            }
        });
        // A percentage, or a dash when there is none: never a zero that is not real.
        env.add_filter("pct", move |v: Value| -> Result<String, minijinja::Error> {
            if defined(&v)?.is_none() {
                return Ok("—".to_owned());
            }
            // 70 %, not 70.0 %; 83,3 % in Russian.
            Ok(f64::try_from(v.clone())
                .map_or_else(|_| format!("{v} %"), |f| I18n::percent_in(lang, f)))
        });
        env.add_filter("or_dash", |v: Value| -> Result<Value, minijinja::Error> {
            Ok(if defined(&v)?.is_none() {
                Value::from("—")
            } else {
                v
            })
        });
        // A Markdown table cell: no pipe or line break breaks the row.
        env.add_filter("cell", |v: String| -> String { super::md_cell(&v) });
        Templates { env, overrides }
    }

    /// Renders template `name` with `data` as `r`, the labels with `prefix`
    /// as `t`, and `extra` safe HTML parts (charts).
    pub fn render(
        &self,
        name: &str,
        data: &impl Serialize,
        i18n: &I18n,
        prefix: &str,
        extra: &[(&str, String)],
    ) -> Result<String, Failure> {
        let mut context = std::collections::BTreeMap::new();
        context.insert("r", Value::from(Serde(data)));
        context.insert("t", Value::from(Serde(i18n.labels(prefix))));
        for (key, html) in extra {
            context.insert(key, Value::from_safe_string(html.clone()));
        }
        self.env
            .get_template(name)
            .and_then(|t| t.render(&context))
            .map_err(|e| self.failure(name, &e))
    }

    /// A template error, pointing into the school's file when it was theirs.
    fn failure(&self, name: &str, e: &minijinja::Error) -> Failure {
        let template = e.name().unwrap_or(name);
        let own = self.overrides.join(template);
        let path = if own.is_file() {
            own.display().to_string()
        } else {
            format!("{template} (built-in)")
        };
        let detail = e
            .detail()
            .map_or_else(|| e.kind().to_string(), str::to_owned);
        // The sandbox's two refusals in words of ours; the engine's others
        // (a field that does not exist) keep its words.
        let id = match e.kind() {
            minijinja::ErrorKind::OutOfFuel => "template-too-long",
            minijinja::ErrorKind::TemplateNotFound => "template-include",
            _ => "template-error",
        };
        Failure::Usage(
            Message::new(id)
                .arg("path", path)
                .arg("line", e.line().unwrap_or(0))
                .arg("detail", detail),
        )
    }
}

/// A message argument as the data carries it: a number, a date (ISO), a
/// window of two dates, or text.
fn message_arg(v: &Value) -> Arg {
    if let Ok(n) = i64::try_from(v.clone()) {
        return Arg::Num(n);
    }
    let date = |v: &Value| v.as_str().and_then(|s| s.parse::<chrono::NaiveDate>().ok());
    if let (Ok(start), Ok(end)) = (v.get_item(&Value::from(0)), v.get_item(&Value::from(1)))
        && let (Some(start), Some(end)) = (date(&start), date(&end))
    {
        return Arg::Window(start, end);
    }
    match date(v) {
        Some(d) => Arg::Date(d),
        None => Arg::Str(v.to_string()),
    }
}

/// The value, unless it is undefined (a misspelt field): the strict mode
/// of minijinja lets filters see undefined values, this does not.
fn defined(v: &Value) -> Result<&Value, minijinja::Error> {
    if v.is_undefined() {
        return Err(minijinja::Error::new(
            minijinja::ErrorKind::UndefinedError,
            "no such field",
        ));
    }
    Ok(v)
}

/// Writes the report in `format`.
pub fn render(
    out: &mut dyn Write,
    format: Format,
    report: &Report,
    plan: &[Row],
    templates: &Templates,
    i18n: &I18n,
) -> Result<(), Failure> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, report).map_err(io::Error::from)?;
            writeln!(out)?;
        }
        Format::Xlsx => out.write_all(&super::xlsx::workbook(&workbook(report, plan, i18n))?)?,
        Format::Html => {
            let chart = super::chart::involvement(&report.history, i18n);
            let text = templates.render(
                "report.html.j2",
                report,
                i18n,
                "report",
                &[("chart", chart)],
            )?;
            out.write_all(text.as_bytes())?;
        }
        _ => {
            let text = templates.render("report.md.j2", report, i18n, "report", &[])?;
            out.write_all(text.as_bytes())?;
        }
    }
    Ok(())
}

/// Writes an office document in `format`.
pub fn document(
    out: &mut dyn Write,
    format: Format,
    doc: &Document,
    templates: &Templates,
    i18n: &I18n,
) -> Result<(), Failure> {
    let doc = super::written::Written::new(doc, i18n);
    let text = match format {
        Format::Docx => return Ok(out.write_all(&super::docx::table_document(&doc)?)?),
        Format::Html => templates.render("document.html.j2", &doc, i18n, "document", &[])?,
        _ => templates.render("document.md.j2", &doc, i18n, "document", &[])?,
    };
    Ok(out.write_all(text.as_bytes())?)
}

/// The sheets of `report --format xlsx`: KPIs, pairs (not in a public
/// report) and the plan.
fn workbook(report: &Report, plan: &[Row], i18n: &I18n) -> Vec<super::xlsx::Sheet> {
    use super::xlsx::{Cell, Sheet};
    let header = |ids: &[&'static str]| ids.iter().map(|id| i18n.get(id)).collect::<Vec<_>>();
    let number = |v: Option<f64>| v.map_or(Cell::Empty, Cell::Number);
    let percent = |v: Option<f64>| v.map_or(Cell::Empty, Cell::Percent);
    let mut sheets = vec![Sheet {
        name: i18n.get("report-kpis"),
        header: header(&super::coverage::HEADER),
        rows: report
            .kpis
            .iter()
            .map(|k| {
                vec![
                    Cell::Text(i18n.text(&k.name)),
                    percent(k.figure.value),
                    percent(k.figure.target),
                    k.figure.met.map_or(Cell::Empty, |m| {
                        Cell::Text(i18n.get(if m { "coverage-yes" } else { "coverage-no" }))
                    }),
                    Cell::Number(f64::from(k.figure.numerator)),
                    number(k.figure.denominator.map(f64::from)),
                    number(k.figure.needed.map(f64::from)),
                ]
            })
            .collect(),
    }];
    if let Some(pairs) = &report.pairs {
        sheets.push(Sheet {
            name: i18n.get("report-pairs"),
            header: header(&[
                "document-mentor",
                "document-mentee",
                "document-form",
                "document-start",
                "document-order",
            ]),
            rows: pairs
                .iter()
                .map(|p| {
                    vec![
                        Cell::Text(p.mentor.clone()),
                        Cell::Text(p.mentee.clone()),
                        p.form.map_or(Cell::Empty, Cell::from),
                        p.start.into(),
                        p.order.as_deref().map_or(Cell::Empty, Cell::from),
                    ]
                })
                .collect(),
        });
    }
    sheets.push(super::plan::sheet(plan, i18n));
    sheets
}
