//! The values a registry cell holds, read the way methodists write them:
//! Russian or English role and form names, `#tags` or comma lists, ISO or
//! `DD.MM.YYYY` dates, `12-15` age ranges, `пн, ср` day lists.

use chrono::NaiveDate;

use crate::text::{fold, fold_into, is_folded};

/// An id, a group or another short cell: up to 24 bytes are kept inline,
/// so a million rows of ids are not millions of small allocations.
pub type Id = compact_str::CompactString;

/// A cell's value without the spaces around it (and a stray byte order
/// mark, reported by the reader). A cell that starts and ends with an ASCII
/// sign or a Cyrillic letter, as nearly all do, is returned as it is
/// without decoding a character.
pub fn trim(text: &str) -> &str {
    let b = text.as_bytes();
    let solid_start = b
        .first()
        .is_some_and(|c| c.is_ascii_graphic() || matches!(c, 0xD0 | 0xD1));
    let solid_end = match b {
        [.., c] if c.is_ascii_graphic() => true,
        [.., 0xD0 | 0xD1, 0x80..=0xBF] => true,
        _ => false,
    };
    if solid_start && solid_end {
        return text;
    }
    text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
}

/// The value of the first name that `text` folds to. Cells mostly hold a
/// name exactly as listed, which is found without folding, or text that is
/// folded already and not a name.
pub fn lookup<T: Copy>(text: &str, names: &[(&str, T)]) -> Option<T> {
    let find = |text: &str| names.iter().find(|(n, _)| *n == text).map(|(_, v)| *v);
    match find(text) {
        None if !is_folded(text) => find(&fold(text)),
        found => found,
    }
}

/// Whether a pair's `status` says it is over: a word of it, before any
/// «не», is a form that says so — «завершена», «Закрыта досрочно», «пара
/// расторгнута», «завершилась», «ended». A form of what is still going on
/// («завершается», «окончание в мае»), a negation («не завершена») or a
/// future («будет закрыта») is not.
pub fn says_ended(status: &str) -> bool {
    /// The stems, and the endings of their participles and past tenses.
    const FORMS: &[(&[&str], &[&str])] = &[
        (
            &["заверш", "оконч", "законч", "отмен"],
            &["ена", "ен", "ено", "ены", "илась", "ился", "илось", "ились"],
        ),
        (&["прекращ"], &["ена", "ен", "ено", "ены"]),
        (&["прекрат"], &["илась", "ился", "илось", "ились"]),
        (
            &["закры"],
            &["та", "т", "то", "ты", "лась", "лся", "лось", "лись"],
        ),
        (&["расторг"], &["нута", "нут", "нуто", "нуты", "ли"]),
    ];
    const ENGLISH: &[&str] = &[
        "ended",
        "finished",
        "closed",
        "cancelled",
        "canceled",
        "completed",
        "terminated",
    ];
    let folded = fold(status);
    let over = |word: &str| {
        ENGLISH.contains(&word)
            || FORMS.iter().any(|(stems, endings)| {
                stems.iter().any(|stem| {
                    word.strip_prefix(stem)
                        .is_some_and(|rest| endings.contains(&rest))
                })
            })
    };
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take_while(|w| !matches!(*w, "не" | "not" | "будет" | "будут" | "will"))
        .any(over)
}

/// The role of a participant (product.md, Registries).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// ученик — a school learner.
    Learner,
    /// студент — a college student.
    Student,
    /// педагог — a teacher.
    Teacher,
    /// молодой специалист — a young teacher (a mentee).
    YoungTeacher,
    /// работодатель — an employer's specialist.
    Employer,
    /// выпускник — an alumnus.
    Alumnus,
    /// родитель — a parent.
    Parent,
    /// партнер — a partner organization's specialist.
    Partner,
}

impl Role {
    const NAMES: &[(&'static str, Role)] = &[
        ("ученик", Role::Learner),
        ("ученица", Role::Learner),
        ("обучающийся", Role::Learner),
        ("learner", Role::Learner),
        ("pupil", Role::Learner),
        ("студент", Role::Student),
        ("студентка", Role::Student),
        ("student", Role::Student),
        ("педагог", Role::Teacher),
        ("учитель", Role::Teacher),
        ("преподаватель", Role::Teacher),
        ("teacher", Role::Teacher),
        ("молодой специалист", Role::YoungTeacher),
        ("молодой педагог", Role::YoungTeacher),
        ("young teacher", Role::YoungTeacher),
        ("young-teacher", Role::YoungTeacher),
        ("работодатель", Role::Employer),
        ("employer", Role::Employer),
        ("выпускник", Role::Alumnus),
        ("выпускница", Role::Alumnus),
        ("alumnus", Role::Alumnus),
        ("graduate", Role::Alumnus),
        ("родитель", Role::Parent),
        ("parent", Role::Parent),
        ("партнер", Role::Partner),
        ("partner", Role::Partner),
    ];

    pub fn parse(text: &str) -> Option<Role> {
        lookup(text, Self::NAMES)
    }

    /// The Russian name, as in product.md.
    pub fn name(self) -> &'static str {
        match self {
            Role::Learner => "ученик",
            Role::Student => "студент",
            Role::Teacher => "педагог",
            Role::YoungTeacher => "молодой специалист",
            Role::Employer => "работодатель",
            Role::Alumnus => "выпускник",
            Role::Parent => "родитель",
            Role::Partner => "партнер",
        }
    }

    /// A learner whose age the model limits (10–19) in learner forms.
    pub fn is_learner(self) -> bool {
        matches!(self, Role::Learner | Role::Student)
    }
}

/// A form of mentoring (domain page §3): mentor role – mentee role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    LearnerLearner,
    TeacherTeacher,
    StudentLearner,
    EmployerLearner,
    EmployerStudent,
    TeacherLearner,
    StudentStudent,
    TeacherStudent,
}

impl Form {
    pub const ALL: [Form; 8] = [
        Form::LearnerLearner,
        Form::TeacherTeacher,
        Form::StudentLearner,
        Form::EmployerLearner,
        Form::EmployerStudent,
        Form::TeacherLearner,
        Form::StudentStudent,
        Form::TeacherStudent,
    ];

    /// The name of the domain page, «ученик – ученик».
    pub fn name(self) -> &'static str {
        match self {
            Form::LearnerLearner => "ученик – ученик",
            Form::TeacherTeacher => "учитель – учитель",
            Form::StudentLearner => "студент – ученик",
            Form::EmployerLearner => "работодатель – ученик",
            Form::EmployerStudent => "работодатель – студент",
            Form::TeacherLearner => "учитель – ученик",
            Form::StudentStudent => "студент – студент",
            Form::TeacherStudent => "педагог – студент",
        }
    }

    /// The English id, `learner-learner`.
    pub fn id(self) -> &'static str {
        match self {
            Form::LearnerLearner => "learner-learner",
            Form::TeacherTeacher => "teacher-teacher",
            Form::StudentLearner => "student-learner",
            Form::EmployerLearner => "employer-learner",
            Form::EmployerStudent => "employer-student",
            Form::TeacherLearner => "teacher-learner",
            Form::StudentStudent => "student-student",
            Form::TeacherStudent => "teacher-student",
        }
    }

    /// «Учитель — ученик», "teacher-learner", «педагог-ученик»: the two roles
    /// around any dash, in Russian or English, quotes and case ignored.
    pub fn parse(text: &str) -> Option<Form> {
        if let Some(form) = Form::ALL
            .into_iter()
            .find(|f| f.name() == text || f.id() == text)
        {
            return Some(form);
        }
        let (left, right) = text.split_once(['-', '–', '—', '−'])?;
        let side = |s: &str| {
            let s = s.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '«' | '»' | '"' | '“' | '”')
            });
            let s = fold(s);
            let is = |words: &[&str]| words.contains(&s.as_str());
            if is(&["ученик", "learner"]) {
                Some(Role::Learner)
            } else if is(&["студент", "student"]) {
                Some(Role::Student)
            } else if is(&["учитель", "педагог", "teacher"]) {
                Some(Role::Teacher)
            } else if is(&["работодатель", "employer"]) {
                Some(Role::Employer)
            } else {
                None
            }
        };
        let pair = (side(left)?, side(right)?);
        Form::ALL.into_iter().find(|f| f.roles() == pair)
    }

    /// The mentor's and the mentee's roles.
    pub fn roles(self) -> (Role, Role) {
        match self {
            Form::LearnerLearner => (Role::Learner, Role::Learner),
            Form::TeacherTeacher => (Role::Teacher, Role::Teacher),
            Form::StudentLearner => (Role::Student, Role::Learner),
            Form::EmployerLearner => (Role::Employer, Role::Learner),
            Form::EmployerStudent => (Role::Employer, Role::Student),
            Form::TeacherLearner => (Role::Teacher, Role::Learner),
            Form::StudentStudent => (Role::Student, Role::Student),
            Form::TeacherStudent => (Role::Teacher, Role::Student),
        }
    }

    /// Forms without the 10–19 age limit of the mentee.
    pub fn has_age_limit(self) -> bool {
        !matches!(self, Form::TeacherTeacher | Form::StudentStudent)
    }
}

/// A list of tags: `#математика #олимпиады` or `математика, олимпиады`,
/// folded for comparison, sorted, without repeats.
pub fn tags(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_tag(text, |t| out.push(t.to_owned()));
    out.sort();
    out.dedup();
    out
}

/// Calls `f` with each folded tag of `text` (`_` reads as a space), reusing
/// one buffer: a known tag costs no allocation, and a tag already written
/// folded is not copied. The separators are ASCII, so the text is split
/// as bytes.
pub fn each_tag(text: &str, mut f: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let hash = memchr::memchr(b'#', bytes).is_some();
    let mut buffer = String::new();
    let mut start = 0;
    while start <= bytes.len() {
        let rest = &bytes[start..];
        let separator = if hash {
            memchr::memchr3(b',', b';', b'#', rest)
        } else {
            memchr::memchr2(b',', b';', rest)
        };
        let end = start + separator.unwrap_or(rest.len());
        let part = text[start..end].trim_ascii();
        start = end + 1;
        if part.is_empty() {
            continue;
        }
        let underscores = memchr::memchr(b'_', part.as_bytes()).is_some();
        if !underscores && is_folded(part) {
            f(part);
            continue;
        }
        buffer.clear();
        let spaced;
        let part = if underscores {
            spaced = part.replace('_', " ");
            spaced.as_str()
        } else {
            part
        };
        fold_into(part, |c| {
            buffer.push(c);
            true
        });
        if !buffer.is_empty() {
            f(&buffer);
        }
    }
}

/// A list of ids: `M01, M02` or `M01 M02`.
pub fn ids(text: &str) -> Vec<Id> {
    text.split([',', ';', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(Id::from)
        .collect()
}

/// `2012-02-14` or `14.02.2012` (also `4.2.2012`), years 1900–2199. Read
/// as bytes: a million dates are parsed without decoding a character.
pub fn date(text: &str) -> Option<NaiveDate> {
    let text = trim(text).as_bytes();
    let number = |s: &[u8]| -> Option<u32> {
        if !(1..=4).contains(&s.len()) {
            return None;
        }
        s.iter().try_fold(0, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let three = |separator: u8| {
        let mut parts = text.split(move |b| *b == separator);
        let found = (parts.next()?, parts.next()?, parts.next()?);
        parts.next().is_none().then_some(found)
    };
    let (y, m, d) = match three(b'-') {
        Some((y, m, d)) if y.len() == 4 => (y, m, d),
        _ => {
            let (d, m, y) = three(b'.')?;
            (y, m, d)
        }
    };
    let year = i32::try_from(number(y).filter(|_| y.len() == 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(m)?, number(d)?).filter(|_| (1900..=2199).contains(&year))
}

/// `12-15` (any dash) or a single age `14`.
pub fn age_range(text: &str) -> Option<(u32, u32)> {
    let text = text.trim();
    let (lo, hi) = match text.split_once(['-', '–', '—', '−']) {
        Some((lo, hi)) => (lo.trim().parse().ok()?, hi.trim().parse().ok()?),
        None => {
            let n = text.parse().ok()?;
            (n, n)
        }
    };
    (lo <= hi && hi <= 120).then_some((lo, hi))
}

/// Days of the week as a bit set (Monday is bit 0): `пн, ср`, `mon wed`,
/// `понедельник, среда`.
pub fn days(text: &str) -> Option<u8> {
    const NAMES: [[&str; 4]; 7] = [
        ["пн", "понедельник", "mon", "monday"],
        ["вт", "вторник", "tue", "tuesday"],
        ["ср", "среда", "wed", "wednesday"],
        ["чт", "четверг", "thu", "thursday"],
        ["пт", "пятница", "fri", "friday"],
        ["сб", "суббота", "sat", "saturday"],
        ["вс", "воскресенье", "sun", "sunday"],
    ];
    let mut set = 0u8;
    for word in text
        .split([',', ';', ' '])
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
    {
        let known = |word: &str| NAMES.iter().position(|names| names.contains(&word));
        let day = known(word).or_else(|| known(&fold(word)))?;
        set |= 1 << day;
    }
    Some(set)
}

/// An id with a character that only looks like the one meant: a Cyrillic
/// letter that has a Latin twin («М» in «М01») or an invisible one (a
/// zero-width space pasted from a web page). The id as meant and the first
/// such character; `None` when there is none.
pub fn lookalike(id: &str) -> Option<(String, char)> {
    const TWINS: [(char, char); 18] = [
        ('А', 'A'),
        ('В', 'B'),
        ('Е', 'E'),
        ('К', 'K'),
        ('М', 'M'),
        ('Н', 'H'),
        ('О', 'O'),
        ('Р', 'P'),
        ('С', 'C'),
        ('Т', 'T'),
        ('Х', 'X'),
        ('а', 'a'),
        ('е', 'e'),
        ('о', 'o'),
        ('р', 'p'),
        ('с', 'c'),
        ('у', 'y'),
        ('х', 'x'),
    ];
    let invisible = |c: char| {
        matches!(
            c,
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
        )
    };
    let mut first = None;
    let meant: String = id
        .chars()
        .filter_map(|c| {
            if invisible(c) {
                first.get_or_insert(c);
                return None;
            }
            match TWINS.iter().find(|(cyrillic, _)| *cyrillic == c) {
                Some(&(_, latin)) => {
                    first.get_or_insert(c);
                    Some(latin)
                }
                None => Some(c),
            }
        })
        .collect();
    first.map(|c| (meant, c))
}

/// A spreadsheet would run this cell as a formula (OWASP CSV injection):
/// it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not
/// a plain number (`-5`, `+3,5`) or a dash alone. `-1+cmd|' /C calc'!A0`
/// and `+7 912 000-00-00` start like numbers and are formulas all the same.
/// Every output that a spreadsheet may open neutralizes exactly these
/// ([`neutralized`]), and `check`'s `formula-like` flags exactly these.
pub fn formula_like(text: &str) -> bool {
    let Some(&first) = text.as_bytes().first() else {
        return false;
    };
    let number = |t: &str| {
        let t = t.strip_prefix(['+', '-']).unwrap_or(t);
        let (whole, fraction) = t.split_once([',', '.']).unwrap_or((t, "0"));
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        digits(whole) && digits(fraction)
    };
    // A lone `+` or `-` is a yes or a no in a Russian sheet, not a formula.
    formula_sign(first) && text != "-" && text != "+" && !number(text)
}

/// The cell as a spreadsheet shows it and never runs it: a formula-like
/// text gets a leading apostrophe, which Excel and LibreOffice take for
/// «this is text» and do not show.
pub fn neutralized(text: &str) -> std::borrow::Cow<'_, str> {
    match formula_like(text) {
        true => format!("'{text}").into(),
        false => text.into(),
    }
}

/// A first byte with which a cell may be a formula ([`formula_like`]
/// decides): the reader notes the cells that start with one.
pub fn formula_sign(b: u8) -> bool {
    matches!(b, b'=' | b'@' | b'\t' | b'\r' | b'+' | b'-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Statuses written by hand: the words of a pair that is over, in any
    /// form and case; the others, and a negation, are not.
    #[test]
    fn a_status_that_says_the_pair_is_over() {
        for ended in [
            "завершена",
            "Завершён",
            "завершено досрочно",
            "  Закрыта (переезд)",
            "расторгнута",
            "прекращена",
            "окончена",
            "закончилась",
            "отменена",
            "Ended",
            "finished",
            "closed",
            "cancelled",
            "completed",
            "Досрочно завершена",
            "пара закрыта",
            "прекратилась",
            "Завершилась 20.05",
        ] {
            assert!(says_ended(ended), "{ended}");
        }
        for running in [
            "активна",
            "действует",
            "идёт",
            "в работе",
            "не завершена",
            "active",
            "",
            "—",
            "приостановлена",
            "завершается 31.05",
            "окончание в мае",
            "закрывается",
            "прекращается",
            "finishing",
            "завершение в июне",
            "not finished",
            "будет закрыта",
        ] {
            assert!(!says_ended(running), "{running}");
        }
    }

    /// [`fold`] as it is defined: words split on whitespace, joined by one
    /// space, lower case, `ё` as `е`.
    fn fold_reference(text: &str) -> String {
        let words: Vec<String> = text
            .split_whitespace()
            .map(|w| {
                w.chars()
                    .flat_map(char::to_lowercase)
                    .map(|c| if c == 'ё' { 'е' } else { c })
                    .collect()
            })
            .collect();
        words.join(" ")
    }

    proptest! {
        /// The fast paths (already folded text, solid cell ends, Russian
        /// letters before the Unicode tables) agree with the definitions.
        #[test]
        fn fast_paths_agree_with_the_definitions(
            text in "[ \t\u{a0}\u{feff}aZ0-9_#,;ёЁа-яА-ЯіÄ\u{3000}-]{0,12}"
        ) {
            prop_assert_eq!(fold(&text), fold_reference(&text));
            if is_folded(&text) {
                prop_assert_eq!(fold_reference(&text), text.clone());
            }
            prop_assert_eq!(trim(&text), text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'));
            let mut tags = Vec::new();
            each_tag(&text, |t| tags.push(t.to_owned()));
            let separators: &[char] = if text.contains('#') { &['#', ',', ';'] } else { &[',', ';'] };
            let expected: Vec<String> = text
                .split(separators)
                .map(|p| fold_reference(&p.replace('_', " ")))
                .filter(|t| !t.is_empty())
                .collect();
            prop_assert_eq!(tags, expected);
            let names = [("а", 0), ("а б", 1), ("0", 2), ("-", 3), ("е", 4)];
            let named = names.iter().find(|(n, _)| *n == fold_reference(&text)).map(|(_, v)| *v);
            prop_assert_eq!(lookup(&text, &names), named);
        }
    }

    #[test]
    fn roles_and_forms_in_both_languages() {
        assert_eq!(Role::parse(" Педагог "), Some(Role::Teacher));
        assert_eq!(Role::parse("Young teacher"), Some(Role::YoungTeacher));
        assert_eq!(Role::parse("директор"), None);
        assert_eq!(
            Form::parse("«Учитель — ученик»"),
            Some(Form::TeacherLearner)
        );
        assert_eq!(Form::parse("employer-student"), Some(Form::EmployerStudent));
        assert_eq!(Form::parse("педагог-ученик"), Some(Form::TeacherLearner));
        assert_eq!(Form::parse("ученик – учитель"), None);
        for form in Form::ALL {
            assert_eq!(Form::parse(form.name()), Some(form));
            assert_eq!(Form::parse(form.id()), Some(form));
        }
    }

    #[test]
    fn lists_dates_ranges_days() {
        assert_eq!(
            tags("#Математика #английский_язык"),
            ["английский язык", "математика"]
        );
        assert_eq!(tags("шахматы, Ёлки; театр"), ["елки", "театр", "шахматы"]);
        assert_eq!(date("14.02.2012"), NaiveDate::from_ymd_opt(2012, 2, 14));
        assert_eq!(date("2012-02-14"), NaiveDate::from_ymd_opt(2012, 2, 14));
        assert_eq!(date("31.02.2012"), None);
        assert_eq!(date(" 4.2.2012 "), NaiveDate::from_ymd_opt(2012, 2, 4));
        for bad in [
            "2012-02",
            "2012-02-14-1",
            "12-02-2012",
            "1.2.2012-",
            "1.2.12",
            "1899-12-31",
            "",
            "..",
            "2012-+2-14",
        ] {
            assert_eq!(date(bad), None, "{bad:?}");
        }
        assert_eq!(age_range("12–15"), Some((12, 15)));
        assert_eq!(age_range("15-12"), None);
        assert_eq!(days("пн, Ср"), Some(0b101));
        assert_eq!(days("mon wed fri"), Some(0b10101));
        assert_eq!(days("иногда"), None);
    }

    #[test]
    fn lookalike_ids_are_found() {
        assert_eq!(lookalike("М01"), Some(("M01".to_owned(), 'М')));
        assert_eq!(
            lookalike("S\u{200b}01"),
            Some(("S01".to_owned(), '\u{200b}'))
        );
        assert_eq!(lookalike("M01"), None);
        assert_eq!(lookalike("Ж1"), None);
    }

    #[test]
    fn formula_like_cells() {
        for bad in [
            "=1+1",
            "@SUM(A1)",
            "+cmd",
            "-cmd",
            "- нет",
            "\t=x",
            "-1+cmd|' /C calc'!A0",
            "+1+HYPERLINK(\"http://x\")",
            "+7 912 000-00-00",
            "-5-5",
        ] {
            assert!(formula_like(bad), "{bad:?}");
            assert_eq!(neutralized(bad), format!("'{bad}"));
        }
        for good in ["-5", "+3,5", "-0.25", "-", "+", "текст", "", "2025-09-01"] {
            assert!(!formula_like(good), "{good:?}");
            assert_eq!(neutralized(good), good);
        }
    }
}
