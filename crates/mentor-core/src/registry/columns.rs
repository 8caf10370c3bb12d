//! The columns of each registry file (product.md, Registries): canonical
//! English names, the Russian headers methodists write, what each holds,
//! and which are required.

use super::sheet::{Record, Sheet};
use crate::finding::{Code, Finding, Message};
use crate::text::fold;

/// A registry file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Mentees,
    Mentors,
    Pairs,
    Meetings,
    Surveys,
    /// The curator's decisions on pairing: pairs never to form, or to form.
    Constraints,
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    Id,
    Text,
    Date,
    Role,
    Form,
    Forms,
    Tags,
    Ids,
    AgeRange,
    Days,
    /// A whole number of at least 1 (capacity).
    Count,
    /// A number of at least 0 (score, scale).
    Number,
    MeetingType,
    SurveyRole,
    /// `never` or `must` (constraints).
    Rule,
}

/// One column of a registry file.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    /// Headers that mean this column (compared folded: case, `ё`, spaces).
    pub aliases: &'static [&'static str],
    /// Required; `Some(other)` when `other` may stand in for it.
    pub required: Option<Option<&'static str>>,
    pub value: Value,
    /// Description for the table schema. — Описание.
    pub title: &'static str,
}

const fn col(
    name: &'static str,
    aliases: &'static [&'static str],
    value: Value,
    title: &'static str,
) -> Column {
    Column {
        name,
        aliases,
        required: None,
        value,
        title,
    }
}

const fn req(
    name: &'static str,
    aliases: &'static [&'static str],
    value: Value,
    title: &'static str,
) -> Column {
    Column {
        required: Some(None),
        ..col(name, aliases, value, title)
    }
}

const fn req_or(
    name: &'static str,
    or: &'static str,
    aliases: &'static [&'static str],
    value: Value,
    title: &'static str,
) -> Column {
    Column {
        required: Some(Some(or)),
        ..col(name, aliases, value, title)
    }
}

const ID: &[&str] = &["№", "код", "идентификатор", "id участника"];
const NAME: &[&str] = &[
    "фио",
    "ф.и.о.",
    "ф.и.о",
    "ф. и. о.",
    "имя",
    "фамилия имя отчество",
    "фамилия, имя, отчество",
    "фамилия, имя",
    "фамилия и имя",
    "full name",
];
const ROLE: &[&str] = &["роль", "категория"];
const BIRTH: &[&str] = &["дата рождения", "д.р.", "birth date", "born"];
const AGE: &[&str] = &["возраст"];

// Columns that mentees and mentors share, word for word.
const ORGANIZATION: Column = col(
    "organization",
    &["организация", "оо", "образовательная организация", "org"],
    Value::Text,
    "Organization. — Организация.",
);
const INTERESTS: Column = col(
    "interests",
    &["интересы", "увлечения", "хобби"],
    Value::Tags,
    "Interests (#tags). — Интересы.",
);
const DAYS: Column = col(
    "availability",
    &["дни", "дни встреч", "доступность", "расписание", "days"],
    Value::Days,
    "Days for meetings. — Дни встреч.",
);
const CONSENT: Column = col(
    "consent_date",
    &[
        "согласие",
        "дата согласия",
        "согласие на обработку пд",
        "согласие на обработку персональных данных",
        "consent",
    ],
    Value::Date,
    "Consent to data processing. — Дата согласия на обработку ПД.",
);

const MENTEES: &[Column] = &[
    req(
        "id",
        ID,
        Value::Id,
        "Id of the mentee. — Код наставляемого.",
    ),
    req("name", NAME, Value::Text, "Full name. — ФИО."),
    req(
        "role",
        ROLE,
        Value::Role,
        "ученик, студент, педагог, молодой специалист.",
    ),
    req_or(
        "birth_date",
        "age",
        BIRTH,
        Value::Date,
        "Birth date. — Дата рождения.",
    ),
    col(
        "age",
        AGE,
        Value::Count,
        "Age, when the birth date is not kept. — Возраст.",
    ),
    ORGANIZATION,
    col(
        "grade",
        &["класс", "группа", "курс"],
        Value::Text,
        "Class or group. — Класс, группа.",
    ),
    col(
        "requests",
        &["запросы", "запрос", "дефициты", "потребности"],
        Value::Tags,
        "Requests (#tags). — Запросы.",
    ),
    INTERESTS,
    col(
        "form",
        &["форма", "форма наставничества"],
        Value::Form,
        "Wanted form. — Форма наставничества.",
    ),
    DAYS,
    CONSENT,
    col(
        "wants",
        &[
            "желаемый наставник",
            "желаемые наставники",
            "выбор",
            "выбранный наставник",
        ],
        Value::Ids,
        "Mentors the mentee named. — Выбранные наставники.",
    ),
];

const MENTORS: &[Column] = &[
    req("id", ID, Value::Id, "Id of the mentor. — Код наставника."),
    req("name", NAME, Value::Text, "Full name. — ФИО."),
    req(
        "role",
        ROLE,
        Value::Role,
        "ученик, студент, педагог, работодатель, выпускник, родитель, партнер.",
    ),
    col(
        "birth_date",
        BIRTH,
        Value::Date,
        "Birth date. — Дата рождения.",
    ),
    col("age", AGE, Value::Count, "Age. — Возраст."),
    ORGANIZATION,
    col(
        "serves",
        &["обслуживает", "организации наставляемых", "партнеры"],
        Value::Tags,
        "Other organizations whose mentees the mentor takes. — Чьих наставляемых берет.",
    ),
    col(
        "competencies",
        &["компетенции", "теги", "#теги", "опыт"],
        Value::Tags,
        "Competencies (#tags). — Компетенции.",
    ),
    INTERESTS,
    col(
        "mentee_age",
        &["возраст наставляемых", "возраст наставляемого"],
        Value::AgeRange,
        "Preferred age of mentees, e.g. 12-15. — Возраст наставляемых.",
    ),
    col(
        "capacity",
        &[
            "вместимость",
            "количество наставляемых",
            "макс. наставляемых",
            "лимит",
        ],
        Value::Count,
        "Mentees at once (default 1). — Сколько наставляемых одновременно.",
    ),
    col(
        "forms",
        &[
            "формы",
            "формы наставничества",
            "форма",
            "форма наставничества",
        ],
        Value::Forms,
        "Forms the mentor works in. — Формы наставничества.",
    ),
    DAYS,
    CONSENT,
    col(
        "approved",
        &["утвержден", "дата утверждения", "в реестре", "реестр"],
        Value::Date,
        "Date of the approved registry of mentors. — Дата утверждения в реестре.",
    ),
    col(
        "trained",
        &["обучен", "дата обучения", "обучение"],
        Value::Date,
        "Training date. — Дата обучения.",
    ),
    col(
        "children",
        &["дети"],
        Value::Ids,
        "Ids of the mentor's own children among mentees. — Коды своих детей.",
    ),
];

/// The mentor of a pair or a meeting.
const MENTOR_ID: Column = req(
    "mentor_id",
    &["наставник", "код наставника", "id наставника"],
    Value::Id,
    "Mentor id. — Код наставника.",
);
/// The mentee of a pair or a meeting (or, instead, its group).
const MENTEE_ID: Column = req_or(
    "mentee_id",
    "group",
    &["наставляемый", "код наставляемого", "id наставляемого"],
    Value::Id,
    "Mentee id. — Код наставляемого.",
);

const PAIRS: &[Column] = &[
    MENTOR_ID,
    MENTEE_ID,
    req(
        "form",
        &["форма", "форма наставничества"],
        Value::Form,
        "Form. — Форма наставничества.",
    ),
    req(
        "start",
        &["начало", "дата начала", "с"],
        Value::Date,
        "First day. — Дата начала.",
    ),
    col(
        "group",
        &["группа", "наставническая группа"],
        Value::Text,
        "Group, for group mentoring. — Наставническая группа.",
    ),
    col(
        "end",
        &["окончание", "дата окончания", "по"],
        Value::Date,
        "Last day. — Дата окончания.",
    ),
    col(
        "order",
        &["приказ"],
        Value::Text,
        "Order approving the pair. — Приказ.",
    ),
    col("status", &["статус"], Value::Text, "Status. — Статус."),
];

const MEETINGS: &[Column] = &[
    MENTOR_ID,
    MENTEE_ID,
    col(
        "group",
        &["группа", "наставническая группа"],
        Value::Text,
        "Group. — Группа.",
    ),
    req(
        "date",
        &["дата", "дата встречи"],
        Value::Date,
        "Date. — Дата встречи.",
    ),
    col(
        "type",
        &["тип", "тип встречи", "вид встречи"],
        Value::MeetingType,
        "знакомство, пробная, планирование, рабочая, итоговая.",
    ),
    col(
        "feedback",
        &["обратная связь", "отзыв"],
        Value::Text,
        "Feedback form. — Обратная связь.",
    ),
];

const SURVEYS: &[Column] = &[
    req(
        "person_id",
        &["участник", "код участника", "id участника", "код"],
        Value::Id,
        "Participant id. — Код участника.",
    ),
    req(
        "role",
        &["роль"],
        Value::SurveyRole,
        "mentee/наставляемый or mentor/наставник.",
    ),
    req(
        "date",
        &["дата", "дата анкетирования"],
        Value::Date,
        "Date. — Дата анкетирования.",
    ),
    req(
        "score",
        &["оценка", "балл", "удовлетворенность"],
        Value::Number,
        "Score. — Оценка.",
    ),
    col(
        "scale",
        &["шкала", "максимум"],
        Value::Number,
        "Top of the scale (default 10). — Шкала.",
    ),
];

const CONSTRAINTS: &[Column] = &[
    // A mentee's id here too: `never` between two mentees of a group.
    MENTOR_ID,
    req(
        "mentee_id",
        &["наставляемый", "код наставляемого", "id наставляемого"],
        Value::Id,
        "Mentee id. — Код наставляемого.",
    ),
    req(
        "rule",
        &["правило", "решение"],
        Value::Rule,
        "never (никогда) or must (обязательно).",
    ),
    col(
        "note",
        &["примечание", "комментарий", "причина"],
        Value::Text,
        "Why. — Почему.",
    ),
];

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Mentees,
        Kind::Mentors,
        Kind::Pairs,
        Kind::Meetings,
        Kind::Surveys,
        Kind::Constraints,
    ];

    /// The file name inside `registry/`.
    pub fn file(self) -> &'static str {
        match self {
            Kind::Mentees => "mentees.csv",
            Kind::Mentors => "mentors.csv",
            Kind::Pairs => "pairs.csv",
            Kind::Meetings => "meetings.csv",
            Kind::Surveys => "surveys.csv",
            Kind::Constraints => "constraints.csv",
        }
    }

    pub fn columns(self) -> &'static [Column] {
        match self {
            Kind::Mentees => MENTEES,
            Kind::Mentors => MENTORS,
            Kind::Pairs => PAIRS,
            Kind::Meetings => MEETINGS,
            Kind::Surveys => SURVEYS,
            Kind::Constraints => CONSTRAINTS,
        }
    }

    /// The column a header means, by canonical name or alias.
    pub fn column(self, header: &str) -> Option<&'static Column> {
        let folded = fold(header.trim_end_matches([':', '*']));
        self.columns().iter().find(|c| {
            c.name == folded
                || c.name.replace('_', " ") == folded
                || c.aliases.contains(&folded.as_str())
        })
    }
}

/// Where each known column of a file is: `positions[i]` is the cell index of
/// `kind.columns()[i]`. Unknown columns are kept in the file, untouched.
#[derive(Debug, Clone)]
pub struct Header {
    pub kind: Kind,
    pub positions: Vec<Option<usize>>,
    /// Cell index by canonical name: looked up for every cell read.
    index: rustc_hash::FxHashMap<&'static str, usize>,
}

impl Header {
    /// Maps the header row; a column written twice (or once in English and
    /// once in Russian) is `csv-syntax`, a required column absent is
    /// `column-missing`.
    pub fn map(kind: Kind, sheet: &Sheet, header: &Record, findings: &mut Vec<Finding>) -> Header {
        let columns = kind.columns();
        let mut positions = vec![None; columns.len()];
        // Headers of the file's own that mean nothing known: a missing
        // column names them, the person's column may be among them.
        let mut unrecognized = Vec::new();
        for (i, cell) in sheet.cells(header).iter().enumerate() {
            let text = sheet.text(*cell);
            let Some(column) = kind.column(&text) else {
                if !text.trim().is_empty() && unrecognized.len() < 6 {
                    unrecognized.push(format!("«{}»", text.trim()));
                }
                continue;
            };
            let slot = columns
                .iter()
                .position(|c| c.name == column.name)
                .unwrap_or(0);
            match positions[slot] {
                None => positions[slot] = Some(i),
                Some(first) => {
                    let first_text = sheet.text(sheet.cells(header)[first]).into_owned();
                    let msg = Message::new("csv-duplicate-column")
                        .arg("column", column.name)
                        .arg("first", first_text)
                        .arg("second", text.into_owned());
                    let at = sheet.locate(header, *cell);
                    findings.push(Finding::new(Code::CsvSyntax, at, msg));
                }
            }
        }
        let index = columns
            .iter()
            .zip(&positions)
            .filter_map(|(c, p)| Some((c.name, (*p)?)))
            .collect();
        let this = Header {
            kind,
            positions,
            index,
        };
        for (slot, column) in columns.iter().enumerate() {
            let Some(or) = column.required else { continue };
            let present =
                this.positions[slot].is_some() || or.is_some_and(|o| this.position(o).is_some());
            if !present {
                let russian = column
                    .aliases
                    .iter()
                    .find(|a| a.chars().any(|c| c >= 'а'))
                    .copied()
                    .unwrap_or(column.name);
                let id = match (or, unrecognized.is_empty()) {
                    (Some(_), _) => "column-missing-or",
                    (None, true) => "column-missing",
                    (None, false) => "column-missing-unrecognized",
                };
                let msg = Message::new(id)
                    .arg("column", column.name)
                    .arg("or", or.unwrap_or_default())
                    .arg("russian", russian)
                    .arg("unrecognized", unrecognized.join(", "));
                findings.push(Finding::new(
                    Code::ColumnMissing,
                    sheet.locate_record(header),
                    msg,
                ));
            }
        }
        this
    }

    /// The cell index of a column, by canonical name.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }
}
