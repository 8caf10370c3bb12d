//! What a roadmap document says about itself: its title, the organization,
//! the order it was approved by (or that launched the model) and the
//! period, found in the text around the table.

use chrono::{Datelike, NaiveDate};
use regex_lite::Regex;

use super::{Meta, Origin, Section};

/// Abbreviations that begin the name of an educational organization.
const ORGANIZATIONS: &[&str] = &[
    "МБОУ",
    "МАОУ",
    "МКОУ",
    "МОУ",
    "ГБОУ",
    "ГАОУ",
    "ГКОУ",
    "ГБПОУ",
    "ГАПОУ",
    "ГПОУ",
    "КГБПОУ",
    "ОГБПОУ",
    "ОГАПОУ",
    "ЧОУ",
    "АНО",
    "МБУ ДО",
    "МАУ ДО",
    "МБОУ ДО",
    "МАОУ ДО",
    "ДЮСШ",
    "ЦДО",
    "СОШ",
    "ООШ",
    "НОШ",
    "ГБУ ДО",
    "ФГБОУ",
];

pub fn extract(source: &str, paragraphs: &[(Origin, String)], sections: &[Section]) -> Meta {
    let texts: Vec<&str> = paragraphs.iter().map(|(_, p)| p.as_str()).collect();
    let (approved, order) = order(&texts).unzip();
    let (mut period, period_from) = match period(&texts) {
        Some((p, from)) => (Some(p), Some(from)),
        None => (
            years_of_deadlines(sections).map(|(a, b)| (ymd(a, 1, 1), ymd(b, 12, 31))),
            None,
        ),
    };
    // Deadlines count from the order: a period written in years starts on it.
    if let (Some((start, end)), Some(day)) = (&mut period, approved)
        && day > *start
        && day < *end
        && day.year() == start.year()
    {
        *start = day;
    }
    Meta {
        title: title(&texts).or_else(|| {
            std::path::Path::new(source)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
        }),
        organization: organization(&texts),
        approved,
        order,
        period,
        period_from,
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// «ДОРОЖНАЯ КАРТА» and the line after it, or the line that names a
/// roadmap or a plan; headings in capitals are written in sentence case.
fn title(texts: &[&str]) -> Option<String> {
    let lower = |t: &str| t.to_lowercase();
    let i = texts.iter().position(|t| {
        let l = lower(t);
        l.contains("дорожная карта") || l.contains("план работы") || l.contains("план мероприятий")
    })?;
    // «7. ПЛАН РАБОТЫ»: the section number is not part of the title.
    let first = texts[i]
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    let mut title = sentence_case(first);
    // «ДОРОЖНАЯ КАРТА» / «внедрения целевой модели…»: the title goes on.
    if let Some(next) = texts
        .get(i + 1)
        .filter(|n| n.trim_start().starts_with(char::is_lowercase))
    {
        title.push(' ');
        title.push_str(next.trim());
    }
    Some(title)
}

fn sentence_case(text: &str) -> String {
    let letters = text.chars().filter(|c| c.is_alphabetic());
    if letters.clone().count() > 3 && letters.clone().all(char::is_uppercase) {
        let lower = text.to_lowercase();
        let mut chars = lower.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
        first.unwrap_or_default() + chars.as_str()
    } else {
        text.to_owned()
    }
}

/// The organization: after «Директор» in an approval block, after « в » in
/// the title, or a short line naming one.
fn organization(texts: &[&str]) -> Option<String> {
    let named = |t: &str| {
        ORGANIZATIONS.iter().any(|a| {
            t.match_indices(a).any(|(i, _)| {
                let before = t[..i].chars().next_back();
                let after = t[i + a.len()..].chars().next();
                before.is_none_or(|c| !c.is_alphabetic())
                    && after.is_none_or(|c| !c.is_alphabetic())
            })
        })
    };
    for (i, t) in texts.iter().enumerate() {
        if let Some(rest) = t.trim().strip_prefix("Директор ")
            && named(rest)
        {
            // A name broken over lines: until its quotes close.
            let mut name = rest.trim().to_owned();
            for more in texts.iter().skip(i + 1).take(3) {
                if name.matches('«').count() <= name.matches('»').count() {
                    break;
                }
                name.push(' ');
                name.push_str(more.trim());
            }
            return Some(name);
        }
    }
    for t in texts {
        if let Some(i) = t.rfind(" в ") {
            // «… в МАОУ «Лицей № 2» на 2024-2025 год»: the years are not the name.
            let rest = t[i + " в ".len()..].trim();
            let rest = match rest.find(" 20").or_else(|| rest.find(", 20")) {
                Some(end) => rest[..end]
                    .trim_end()
                    .trim_end_matches([',', ' '])
                    .trim_end_matches(" на")
                    .trim_end_matches(" в"),
                None => rest,
            };
            if named(rest) {
                return Some(rest.to_owned());
            }
        }
    }
    texts
        .iter()
        .find(|t| t.chars().count() <= 120 && named(t))
        .map(|t| t.trim().to_owned())
}

/// The order: «Утверждён приказом … от 05.10.2020 г. № 92», «Приказ … от
/// 03.04.2020 № 100-302», or an approval block «УТВЕРЖДАЮ … «19» мая 2020 г.».
fn order(texts: &[&str]) -> Option<(NaiveDate, String)> {
    let by_order = Regex::new(
        r"([Пп]риказ\S*[^.]{0,200}?\sот\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?|года)?\s*(№\s*[0-9A-Za-zА-Яа-я/\-]+)?)",
    )
    .ok()?;
    for t in texts {
        if let Some(c) = by_order.captures(t) {
            let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            let (Some(d), Some(m), Some(y)) = (num(2), num(3), num(4)) else {
                continue;
            };
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                return Some((date, c[1].trim().to_owned()));
            }
        }
    }
    let approval = texts
        .iter()
        .position(|t| t.trim().to_uppercase().starts_with("УТВЕРЖДАЮ"))?;
    let block = texts[approval..texts.len().min(approval + 12)].join(" ");
    let months = [
        "январ",
        "феврал",
        "март",
        "апрел",
        "ма",
        "июн",
        "июл",
        "август",
        "сентябр",
        "октябр",
        "ноябр",
        "декабр",
    ];
    let dated = Regex::new(r"«\s*(\d{1,2})\s*»\s*([а-яё]+)?\s*(\d{4})").ok()?;
    let c = dated.captures(&block)?;
    let day: u32 = c[1].parse().ok()?;
    let year: i32 = c[3].parse().ok()?;
    let month = c.get(2).map(|m| m.as_str().to_lowercase()).and_then(|m| {
        // «ма» is май/мая: checked last so that «март» wins.
        let mut order: Vec<(usize, &&str)> = months.iter().enumerate().collect();
        order.sort_by_key(|(_, stem)| std::cmp::Reverse(stem.len()));
        order
            .into_iter()
            .find(|(_, stem)| m.starts_with(**stem))
            .map(|(i, _)| i as u32 + 1)
    })?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    Some((date, c[0].to_owned()))
}

/// The program's period as documents write it, not the national project's
/// years: «(сентябрь 2023 г. – май 2025 г.)» is a range of months; «на 2021 –
/// 2025 годы», «в 2024-2025 годах», «в 2024-2025г» are calendar years (1
/// January – 31 December); «на 2024/2025 учебный год», «2024-2025 уч. г.», «на
/// 2021 – 2025 учебные годы» are school years (1 September – 31 August). Two
/// years are a school year only when the text says so.
fn period(texts: &[&str]) -> Option<((NaiveDate, NaiveDate), String)> {
    const MONTH: &str =
        "(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*";
    let months = Regex::new(&format!(
        r"{MONTH}\s+(20\d\d)\s*(?:г\.?|года)?\s*[-–—]\s*{MONTH}\s+(20\d\d)\s*(?:г\.?|года)?"
    ))
    .ok()?;
    let years = Regex::new(
        r"(20\d\d)\s*[-–—/]\s*(20\d\d)\s*(?:годах|годы|года|году|год|гг\.?|г\.?)?\s*(учебн[а-я]*|уч\.?)?",
    )
    .ok()?;
    let month_of = |stem: &str| {
        [
            "январ",
            "феврал",
            "март",
            "апрел",
            "ма",
            "июн",
            "июл",
            "август",
            "сентябр",
            "октябр",
            "ноябр",
            "декабр",
        ]
        .iter()
        .position(|m| stem.starts_with(m))
        .map(|i| i as u32 + 1)
    };
    for t in texts {
        // Lower case keeps the byte offsets of Russian text: the match is cut from `t`.
        let l = t.to_lowercase();
        if l.contains("национальн") || l.contains("нацпроект") || l.len() != t.len()
        {
            continue;
        }
        if let Some(c) = months.captures(&l) {
            let (m1, m2) = (month_of(&c[1])?, month_of(&c[3])?);
            let (y1, y2): (i32, i32) = (c[2].parse().ok()?, c[4].parse().ok()?);
            let end =
                NaiveDate::from_ymd_opt(y2 + i32::from(m2 == 12), m2 % 12 + 1, 1)?.pred_opt()?;
            let start = NaiveDate::from_ymd_opt(y1, m1, 1)?;
            if start < end {
                let whole = c.get(0)?;
                return Some(((start, end), t[whole.range()].trim().to_owned()));
            }
        }
        if let Some(c) = years.captures(&l) {
            let (a, b): (i32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?);
            if b < a || b - a > 10 {
                continue;
            }
            let dates = if c.get(3).is_some() {
                (ymd(a, 9, 1), ymd(b.max(a + 1), 8, 31))
            } else {
                (ymd(a, 1, 1), ymd(b, 12, 31))
            };
            let whole = c.get(0)?;
            return Some((dates, t[whole.range()].trim().to_owned()));
        }
    }
    None
}

/// The first and last year the deadlines name, when the document states no period.
fn years_of_deadlines(sections: &[Section]) -> Option<(i32, i32)> {
    let year = Regex::new(r"\b(20\d\d)").ok()?;
    let years: Vec<i32> = sections
        .iter()
        .flat_map(|s| &s.activities)
        .filter_map(|a| a.due.as_deref())
        .flat_map(|d| {
            year.captures_iter(d)
                .filter_map(|c| c[1].parse().ok())
                .collect::<Vec<i32>>()
        })
        .collect();
    Some((*years.iter().min()?, *years.iter().max()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_as_documents_write_them() {
        let (date, text) =
            order(&["Утверждён приказом директора от 05.10.2020 г. № 92"]).expect("order");
        assert_eq!(date, ymd(2020, 10, 5));
        assert!(text.ends_with("№ 92"), "{text}");
        let (date, _) = order(&["УТВЕРЖДАЮ", "Директор", "«19» мая 2020 г."]).expect("approval");
        assert_eq!(date, ymd(2020, 5, 19));
        assert_eq!(order(&["УТВЕРЖДАЮ", "«19»", "2020 г."]), None);
    }

    #[test]
    fn periods_as_documents_write_them() {
        let p = |t: &str| period(&[t]).map(|(d, _)| d);
        let calendar = |a, b| Some((ymd(a, 1, 1), ymd(b, 12, 31)));
        let school = |a, b| Some((ymd(a, 9, 1), ymd(b, 8, 31)));
        // Two years are a school year only when the text says so.
        for (text, expected) in [
            ("в 2024-2025 годах", calendar(2024, 2025)),
            ("в 2024-2025г", calendar(2024, 2025)),
            ("на 2021 – 2025 годы", calendar(2021, 2025)),
            ("2020 – 2024 годы", calendar(2020, 2024)),
            ("на 2023-2024 год", calendar(2023, 2024)),
            ("на 2022-2026гг.", calendar(2022, 2026)),
            ("на 2024/2025 учебный год", school(2024, 2025)),
            ("на 2021 – 2025 учебные годы", school(2021, 2025)),
            ("2024-2025 уч. г.", school(2024, 2025)),
            ("План на 2025-2026 учебный год", school(2025, 2026)),
            ("в 2024/2025 учебном году", school(2024, 2025)),
            (
                "(сентябрь 2023 г. – май 2025 г.)",
                Some((ymd(2023, 9, 1), ymd(2025, 5, 31))),
            ),
            (
                "на период с сентября 2024 года – декабрь 2025 года",
                Some((ymd(2024, 9, 1), ymd(2025, 12, 31))),
            ),
            ("национального проекта на 2019-2024 годы", None),
        ] {
            assert_eq!(p(text), expected, "{text}");
        }
    }

    #[test]
    fn organizations() {
        assert_eq!(
            organization(&[
                "Дорожная карта по реализации модели наставничества в МБОУ «СОШ № 4» г. Можги"
            ]),
            Some("МБОУ «СОШ № 4» г. Можги".to_owned())
        );
        assert_eq!(
            organization(&[
                "УТВЕРЖДАЮ",
                "Директор ГБПОУ РХ «Хакасский политехнический колледж»"
            ]),
            Some("ГБПОУ РХ «Хакасский политехнический колледж»".to_owned())
        );
        assert_eq!(organization(&["Просто текст про школу"]), None);
    }
}
