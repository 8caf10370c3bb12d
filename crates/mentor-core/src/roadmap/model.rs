//! The roadmap YAML: sections of activities, each activity with its stage,
//! deadline, responsible person and result, every value with its location.

use chrono::NaiveDate;
use schemars::JsonSchema;

use super::documents::Document;
use crate::deadline::{self, Deadline};
use crate::decode::{Decoder, Located};
use crate::finding::Location;
use crate::program::{Period, decode_period};
use crate::yaml::{Node, Value};

/// A roadmap (дорожная карта) of the target model of mentoring. —
/// Дорожная карта внедрения целевой модели наставничества.
#[derive(Debug, Clone, JsonSchema)]
#[schemars(deny_unknown_fields, title = "roadmap")]
pub struct Roadmap {
    /// Title as in the document. — Название документа.
    pub title: Located<String>,
    /// Organization. — Организация.
    pub organization: Option<Located<String>>,
    /// Date of the approving order. — Дата приказа об утверждении.
    pub approved: Option<Located<NaiveDate>>,
    /// Period of the roadmap. — Период действия дорожной карты.
    pub period: Option<Period>,
    /// Sections of the table, in order. — Разделы таблицы по порядку.
    pub sections: Vec<Section>,
    /// Where `sections:` is written.
    #[schemars(skip)]
    pub sections_at: Location,
}

/// A section (a row spanning the table: a stage or a kind of work). —
/// Раздел дорожной карты: этап или направление работы.
#[derive(Debug, Clone, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Section {
    /// Section heading as written. — Заголовок раздела.
    pub title: Located<String>,
    /// Stage 1–7 of all its activities; omit for cross-cutting work. —
    /// Этап 1–7 для всех мероприятий раздела; не указывается для сквозных разделов.
    #[schemars(range(min = 1, max = 7))]
    pub stage: Option<Located<u8>>,
    /// Activities of the section. — Мероприятия раздела.
    pub activities: Vec<Activity>,
}

/// One row of the roadmap. — Мероприятие (строка дорожной карты).
#[derive(Debug, Clone, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Activity {
    /// Number as in the document, e.g. "4.1". — Номер пункта, например "4.1".
    #[schemars(schema_with = "activity_id_schema")]
    #[serde(default)]
    pub id: Option<Located<String>>,
    /// What is done. — Содержание мероприятия.
    pub title: Located<String>,
    /// Stage 1–7, overriding the section's. — Этап 1–7 (вместо этапа раздела).
    #[schemars(range(min = 1, max = 7))]
    pub stage: Option<Located<u8>>,
    /// Deadline as written, or its structured form. — Срок, как написан в документе.
    pub due: Option<Due>,
    /// Who is responsible. — Ответственные.
    pub responsible: Option<Located<String>>,
    /// Result or document produced. — Результат, документ.
    pub result: Option<Located<String>>,
    /// Key documents this activity produces, when the result text does not name them. —
    /// Ключевые документы мероприятия, если они не названы в результате.
    #[serde(default)]
    pub documents: Vec<Located<Document>>,
    /// A monitoring checkpoint (КТ) of its stage. — Контрольная точка этапа.
    pub checkpoint: Option<Located<bool>>,
    /// Completion date. — Дата выполнения.
    pub done: Option<Located<NaiveDate>>,
    /// `done` is written but is not a date: the error says so, and no
    /// rule takes the activity for undone (no false `overdue`).
    #[schemars(skip)]
    pub done_unreadable: bool,
    /// Where the activity starts in the file.
    #[schemars(skip)]
    pub at: Location,
}

impl Roadmap {
    /// Every activity with its section, in file order.
    pub fn activities(&self) -> impl Iterator<Item = (&Section, &Activity)> {
        self.sections
            .iter()
            .flat_map(|s| s.activities.iter().map(move |a| (s, a)))
    }
}

impl Activity {
    /// How the activity is named in messages: its number, else its title.
    pub fn label(&self) -> String {
        match &self.id {
            Some(id) => id.value.clone(),
            None => {
                let title: String = self.title.value.chars().take(40).collect();
                format!("«{title}»")
            }
        }
    }

    /// Its number without a trailing dot («4.1.» is «4.1»).
    pub fn key(&self) -> Option<&str> {
        self.id.as_ref().map(|i| i.value.trim_end_matches('.'))
    }

    /// The activity's stage: its own, else its section's.
    pub fn stage_in(&self, section: &Section) -> Option<u8> {
        self.stage
            .as_ref()
            .or(section.stage.as_ref())
            .map(|s| s.value)
    }
}

/// A deadline: a phrase as written (`до 10.10.2022`) or its structured form
/// (`{after: order, months: 2.5}`), read by [`crate::deadline`]. `deadline`
/// is `None` when it could not be read (a finding says why).
#[derive(Debug, Clone)]
pub struct Due {
    pub deadline: Option<Deadline>,
    /// The phrase as written (a structured form has none): what the plan
    /// shows of a deadline it could not read.
    pub written: Option<String>,
    pub at: Location,
}

impl JsonSchema for Due {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Due".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        deadline::schema()
    }
}

/// An activity's number is read as written, quoted or not (`id: 4.1`, and
/// `4.10` stays `4.10`): the schema takes a number too, as `mentor` does.
fn activity_id_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({"type": ["string", "number", "null"]})
}

/// Decodes a roadmap, reporting every schema problem in the decoder.
pub fn decode(d: &mut Decoder<'_>, root: &Node) -> Option<Roadmap> {
    const KEYS: &[&str] = &["title", "organization", "approved", "period", "sections"];
    let f = d.map("roadmap", root, KEYS)?;
    let title = d.req(&f, "title", Decoder::text);
    let organization = d.opt(&f, "organization", Decoder::text);
    let approved = d.opt(&f, "approved", Decoder::date);
    let period = d.opt(&f, "period", decode_period);
    let sections_node = f.get("sections");
    let sections = d.req(&f, "sections", |d, k, n| Some(d.list(k, n, decode_section)));
    Some(Roadmap {
        title: title?,
        organization,
        approved,
        period,
        sections: sections?,
        sections_at: sections_node.map_or_else(|| d.source.start(), |n| d.source.locate(n)),
    })
}

/// An activity's number. Word's quotes around it («“1.2”»: YAML keeps them
/// as text) are reported and dropped, so that the numbering checks see the
/// number meant instead of a gap.
fn activity_id(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Located<String>> {
    let mut id = d.text(key, node)?;
    if id.value.contains(crate::yaml::SMART_QUOTES) {
        let msg = crate::finding::Message::new("schema-id-quotes").arg("value", id.value.clone());
        d.report(node, msg);
        id.value = id
            .value
            .replace(crate::yaml::SMART_QUOTES, "")
            .trim()
            .to_owned();
    }
    Some(id)
}

fn stage(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Located<u8>> {
    let n = d.number(key, node, 1, 7)?;
    Some(Located {
        value: u8::try_from(n.value).ok()?,
        at: n.at,
    })
}

fn decode_section(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Section> {
    let f = d.map(key, node, &["title", "stage", "activities"])?;
    let title = d.req(&f, "title", Decoder::text);
    let stage = d.opt(&f, "stage", stage);
    let activities = d.req(&f, "activities", |d, k, n| {
        Some(d.list(k, n, decode_activity))
    });
    Some(Section {
        title: title?,
        stage,
        activities: activities?,
    })
}

fn decode_activity(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Activity> {
    const KEYS: &[&str] = &[
        "id",
        "title",
        "stage",
        "due",
        "responsible",
        "result",
        "documents",
        "checkpoint",
        "done",
    ];
    let f = d.map(key, node, KEYS)?;
    let id = d.opt(&f, "id", activity_id);
    let title = d.req(&f, "title", Decoder::text);
    let stage = d.opt(&f, "stage", stage);
    let before = d.findings.len();
    let due = d.opt(&f, "due", decode_due);
    // A deadline that cannot be read is about its activity: say which.
    if let Some(id) = &id {
        for finding in &mut d.findings[before..] {
            finding.activity.get_or_insert_with(|| id.value.clone());
            for (name, value) in &mut finding.message.args {
                if *name == "activity" {
                    *value = id.value.as_str().into();
                }
            }
        }
    }
    let responsible = d.opt(&f, "responsible", Decoder::text);
    let result = d.opt(&f, "result", Decoder::text);
    let documents = d.opt(&f, "documents", |d, k, n| {
        Some(d.list(k, n, |d, k, n| d.choice(k, n, &Document::NAMES)))
    });
    let checkpoint = d.opt(&f, "checkpoint", Decoder::boolean);
    let done = d.opt(&f, "done", Decoder::date);
    let done_unreadable = done.is_none() && f.get("done").is_some();
    Some(Activity {
        id,
        title: title?,
        stage,
        due,
        responsible,
        result,
        documents: documents.unwrap_or_default(),
        checkpoint,
        done,
        done_unreadable,
        at: d.source.locate(node),
    })
}

fn decode_due(d: &mut Decoder<'_>, key: &str, node: &Node) -> Option<Due> {
    if let Value::Str(text) = &node.value
        && text.trim().is_empty()
    {
        return None;
    }
    let written = match &node.value {
        Value::Str(text) => Some(text.trim().to_owned()),
        _ => None,
    };
    Some(Due {
        deadline: deadline::decode::decode(d, key, node),
        written,
        at: d.source.locate(node),
    })
}
