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
    // Kindergartens.
    "МАДОУ",
    "МБДОУ",
    "МКДОУ",
    "МДОУ",
    "ГБДОУ",
    "ДОУ",
    // Colleges and centers of additional education, written without a space too.
    "КГАПОУ",
    "ГБОУ СПО",
    "МБУДО",
    "МАУДО",
    "МБОУДО",
    "ГБУДО",
    "ЦДТ",
    "ДДТ",
    "ЦВР",
    "ДЮЦ",
];

pub fn extract(source: &str, paragraphs: &[(Origin, String)], sections: &[Section]) -> Meta {
    let texts: Vec<&str> = paragraphs.iter().map(|(_, p)| p.as_str()).collect();
    // An approval block is read whole: «Утверждено / приказом директора /
    // МБОУ «СОШ № 3» / от 12.09.2021 г. № 145-о» is one statement.
    let blocks = blocks(paragraphs);
    let whole: Vec<&str> = blocks
        .iter()
        .map(String::as_str)
        .chain(texts.iter().copied())
        .collect();
    let (approved, order) = order(&whole).unzip();
    let (mut period, period_from) = match period(&texts) {
        Some((p, from)) => (Some(p), Some(from)),
        None => (
            years_of_deadlines(sections).map(|(a, b)| (ymd(a, 1, 1), ymd(b, 12, 31))),
            None,
        ),
    };
    // Deadlines count from the order: a period written in years starts on
    // it, and so does one approved up to seven months before it (an order
    // of the spring before a September start; one of the year before is
    // not the start: yearless months would move a year).
    if let (Some((start, end)), Some(day)) = (&mut period, approved) {
        let inside = day > *start && day < *end && day.year() == start.year();
        let just_before = day < *start && (*start - day).num_days() <= 214;
        if inside || just_before {
            *start = day;
        }
    }
    Meta {
        title: title(&texts).or_else(|| {
            std::path::Path::new(source)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
        }),
        organization: blocks
            .iter()
            .find_map(|b| approval_organization(b))
            .or_else(|| organization(&texts)),
        approved,
        order,
        period,
        period_from,
    }
}

/// Paragraphs on consecutive lines joined: the blocks a document is made of
/// (a blank line or a table ends one).
fn blocks(paragraphs: &[(Origin, String)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last: Option<usize> = None;
    for (at, text) in paragraphs {
        let line = match at {
            Origin::Line(n) => Some(*n),
            Origin::Row { .. } => None,
        };
        match (out.last_mut(), last, line) {
            (Some(block), Some(prev), Some(n)) if n == prev + 1 => {
                block.push(' ');
                block.push_str(text.trim());
            }
            _ => out.push(text.trim().to_owned()),
        }
        last = line;
    }
    out
}

/// The organization an approval block names («Утверждено приказом
/// заведующего МАДОУ «Детский сад № 7» от …», «Приложение 1 к приказу МАДОУ
/// № 7 от …»): from its abbreviation to where its quotes close.
fn approval_organization(block: &str) -> Option<String> {
    let upper = block.to_uppercase();
    if !(upper.starts_with("УТВЕРЖД") || upper.starts_with("ПРИЛОЖЕНИЕ")) {
        return None;
    }
    let start = abbreviation_at(block);
    match start {
        Some(_) => name_in(block),
        None => authority(block),
    }
}

/// The month a Russian month word names, in any case («марта», «май»,
/// «сентябре»).
fn month_of(word: &str) -> Option<u32> {
    const STEMS: [&str; 12] = [
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
    // «ма» is май/мая: tried last so that «март» wins.
    let found = STEMS
        .iter()
        .position(|stem| *stem != "ма" && word.starts_with(stem));
    found
        .or_else(|| word.starts_with("ма").then_some(4))
        .map(|i| i as u32 + 1)
}

/// A regional or municipal authority an approval block names («приказом
/// Министерства образования и науки Республики Алтай от …»), in the
/// nominative: the organization of a regional roadmap.
fn authority(block: &str) -> Option<String> {
    const BODIES: [(&str, &str); 4] = [
        ("Министерств", "Министерство"),
        ("Департамент", "Департамент"),
        ("Управлени", "Управление"),
        ("Комитет", "Комитет"),
    ];
    let (at, nominative) = BODIES
        .iter()
        .filter_map(|(stem, nominative)| block.find(stem).map(|i| (i, *nominative)))
        .min()?;
    let rest = &block[at..];
    let end = [" от ", " «", ", "]
        .iter()
        .filter_map(|stop| rest.find(stop))
        .min()
        .unwrap_or(rest.len());
    (rest[..end].split_whitespace().count() <= 12).then_some(())?;
    let (_, tail) = rest[..end].split_once(' ')?;
    // «… образования …», «… по образованию»: an education authority.
    tail.contains("образовани").then_some(())?;
    Some(format!(
        "{nominative} {}",
        tail.trim().trim_end_matches([',', '.'])
    ))
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// «ДОРОЖНАЯ КАРТА» and the line after it, or the line that names a
/// roadmap or a plan; headings in capitals are written in sentence case.
fn title(texts: &[&str]) -> Option<String> {
    let lower = |t: &str| t.to_lowercase();
    let i = texts.iter().position(|t| {
        let l = lower(&unmarked(t));
        l.contains("дорожная карта") || l.contains("план работы") || l.contains("план мероприятий")
    })?;
    // «7. ПЛАН РАБОТЫ»: the section number is not part of the title.
    let first = unmarked(texts[i]);
    let first = first.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    let mut title = sentence_case(first);
    // «ДОРОЖНАЯ КАРТА» / «внедрения целевой модели…» / «на 2024-2025 год»:
    // the heading goes on over the lines that continue it.
    for next in texts.iter().skip(i + 1).take(3).map(|n| unmarked(n)) {
        let year = next
            .as_bytes()
            .get(..4)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit));
        let goes_on = next.starts_with(char::is_lowercase) || year || next.starts_with('(');
        if !goes_on || next.ends_with(':') {
            break;
        }
        title.push(' ');
        title.push_str(&sentence_case(&next));
    }
    Some(title)
}

/// A paragraph without the emphasis marks a conversion leaves («**…**», «__…__»).
fn unmarked(text: &str) -> String {
    text.replace("**", "").replace("__", "").trim().to_owned()
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
    let named = |t: &str| abbreviation_at(t).is_some();
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
    let texts: Vec<String> = texts.iter().map(|t| unmarked(t)).collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    // The heading names it: «Дорожная карта … в МАОУ «Лицей № 2» на …»,
    // «… наставничества МБОУ «Гимназия»».
    let heading = texts.iter().find(|t| {
        let l = t.to_lowercase();
        l.contains("дорожная карта") || l.contains("план мероприятий") || l.contains("план работы")
    });
    if let Some(name) = heading.and_then(|t| name_in(t)) {
        return Some(name);
    }
    for t in &texts {
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
    // Else a line that names one: its name, not the whole sentence («МБОУ
    // «СОШ № 3» реализует программу…»), and never an abbreviation alone.
    // A short line that is a name («Гляденская ООШ филиал МБОУ Холмогорской
    // СОШ») is taken whole.
    texts
        .iter()
        .filter(|t| t.chars().count() <= 200 && named(t))
        .find_map(|t| {
            let t = t.trim();
            let words = t.split_whitespace().count();
            let a_name = (2..=8).contains(&words) && !t.ends_with(['.', ':', ';']);
            if a_name {
                Some(t.to_owned())
            } else {
                name_in(t)
            }
        })
}

/// Where the first abbreviation of an organization stands in `text`, as a
/// word of its own («МБОУ», not inside «МБОУДО»).
fn abbreviation_at(text: &str) -> Option<usize> {
    ORGANIZATIONS
        .iter()
        .filter_map(|a| {
            text.match_indices(a).find_map(|(i, _)| {
                let before = text[..i].chars().next_back();
                let after = text[i + a.len()..].chars().next();
                (before.is_none_or(|c| !c.is_alphabetic())
                    && after.is_none_or(|c| !c.is_alphabetic()))
                .then_some(i)
            })
        })
        .min()
}

/// The organization's name in `text`: its abbreviation and the quoted name
/// after it (to where the quotes close, with a town that follows: «г.
/// Можги»), or the words after it up to the first lower-case word; `None`
/// for an abbreviation alone.
fn name_in(text: &str) -> Option<String> {
    let start = abbreviation_at(text)?;
    let rest = &text[start..];
    let quote = rest
        .find('«')
        .filter(|&q| rest[..q].split_whitespace().count() <= 3);
    let mut end = match quote {
        Some(q) => {
            let mut depth = 0i32;
            let mut end = None;
            for (i, c) in rest[q..].char_indices() {
                match c {
                    '«' => depth += 1,
                    '»' => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(q + i + c.len_utf8());
                            break;
                        }
                    }
                    _ => {}
                }
            }
            end?
        }
        None => {
            // «МБУ ДО Центр детского творчества» without quotes: the capitalized words.
            let mut end = 0;
            for (i, word) in rest.split_inclusive(' ').scan(0, |at, w| {
                let here = *at;
                *at += w.len();
                Some((here, w))
            }) {
                if i > 0
                    && !word
                        .trim()
                        .starts_with(|c: char| c.is_uppercase() || c == '№' || c.is_ascii_digit())
                {
                    break;
                }
                end = i + word.trim_end().len();
            }
            end
        }
    };
    // A town after the name: «… «СОШ № 4» г. Можги».
    if let Some(town) = rest[end..].strip_prefix(" г.") {
        let lead = town.len() - town.trim_start().len();
        let word = town
            .trim_start()
            .split(char::is_whitespace)
            .next()
            .unwrap_or_default();
        let word = word.trim_end_matches([',', '.']);
        if lead > 0 && word.starts_with(char::is_uppercase) {
            end += " г.".len() + lead + word.len();
        }
    }
    let name = rest[..end].trim().trim_end_matches([',', '.', ':']);
    (name.split_whitespace().count() >= 2).then(|| name.to_owned())
}

/// The order: «Утверждён приказом … от 05.10.2020 г. № 92», «Приказ … от
/// 03.04.2020 № 100-302», or an approval block «УТВЕРЖДАЮ … «19» мая 2020 г.».
fn order(texts: &[&str]) -> Option<(NaiveDate, String)> {
    // «от 05.10.2020 г. № 92», «от 14 марта 2022 г. N 05/112»
    let by_order = Regex::new(
        r"([Пп]риказ\S*[^.]{0,200}?\sот\s+(\d{1,2})(?:\.(\d{1,2})\.|\s+([а-яё]+)\s+)(\d{4})\s*(?:г\.?|года)?\s*([№N]\s*[0-9A-Za-zА-Яа-я/\-]+)?)",
    )
    .ok()?;
    for t in texts {
        if let Some(c) = by_order.captures(t) {
            let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            let month = num(3).or_else(|| month_of(&c.get(4)?.as_str().to_lowercase()));
            let (Some(d), Some(m), Some(y)) = (num(2), month, num(5)) else {
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
    let dated = Regex::new(r"«\s*(\d{1,2})\s*»\s*([а-яё]+)?\s*(\d{4})").ok()?;
    let c = dated.captures(&block)?;
    let day: u32 = c[1].parse().ok()?;
    let year: i32 = c[3].parse().ok()?;
    let month = c
        .get(2)
        .and_then(|m| month_of(&m.as_str().to_lowercase()))?;
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
        r"(20\d\d)\s*[-–—/]\s*(20\d\d)\s*(?:годах|годы|года|году|год|гг\.?|г\.?)?\s*(учебн[а-я]*|уч\.?)?\s*(?:годах|годы|года|году|год|гг\.?|г\.?)?",
    )
    .ok()?;
    for t in texts {
        // Lower case keeps the byte offsets of Russian text: the match is cut
        // from `t` only when every letter keeps its length.
        let same_length = t
            .chars()
            .all(|c| c.to_lowercase().map(char::len_utf8).sum::<usize>() == c.len_utf8());
        let l = t.to_lowercase();
        if l.contains("национальн") || l.contains("нацпроект") || !same_length {
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

    /// The heading is read whole, without emphasis marks, over the lines
    /// that continue it; the organization is its name, not a sentence that
    /// mentions it, and never an abbreviation alone.
    #[test]
    fn titles_and_organizations_as_written() {
        let texts = [
            "**План мероприятий («дорожная карта») внедрения целевой модели наставничества**",
            "**в МБОУ «СОШ № 3» г. Энска на 2024-2025 учебный год**",
            "МБОУ «СОШ № 3» реализует программу в пять этапов.",
            "МБОУ",
        ];
        assert_eq!(
            title(&texts).as_deref(),
            Some(
                "План мероприятий («дорожная карта») внедрения целевой модели наставничества в \
                 МБОУ «СОШ № 3» г. Энска на 2024-2025 учебный год"
            )
        );
        assert_eq!(
            organization(&texts).as_deref(),
            Some("МБОУ «СОШ № 3» г. Энска")
        );
        let sentence = ["МБОУ «Гимназия № 5» реализует программу в пять этапов."];
        assert_eq!(
            organization(&sentence).as_deref(),
            Some("МБОУ «Гимназия № 5»")
        );
        assert_eq!(organization(&["МБОУ"]), None);
        let tail = ["Дорожная карта по внедрению наставничества МБОУ «Гимназия»"];
        assert_eq!(organization(&tail).as_deref(), Some("МБОУ «Гимназия»"));
    }

    proptest::proptest! {
        /// Whatever the paragraphs, reading them never panics (byte
        /// offsets of Russian text are the classic trap).
        #[test]
        fn any_text_is_read_without_a_panic(
            texts in proptest::collection::vec("[ а-яА-ЯёЁ0-9«»№.,:;()*_/–-]{0,40}", 0..6)
        ) {
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let _ = title(&texts);
            let _ = organization(&texts);
            let _ = order(&texts);
            let _ = period(&texts);
            for t in &texts {
                let _ = name_in(t);
                let _ = approval_organization(t);
            }
        }
    }
}
