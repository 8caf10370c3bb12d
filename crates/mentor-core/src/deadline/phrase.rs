//! The deadline phrase parser: Russian phrases as real roadmaps write them
//! («в течение первого – второго месяца после издания приказа», «Ежегодно до
//! 15 сентября», «Ноябрь-декабрь»), case, dashes, «г.»/«года» and trailing
//! dots notwithstanding. A phrase it does not understand is an error that
//! points at the first word it could not read; nothing is guessed.
//!
//! Hand-written recursive descent: the grammar is of Russian phrases no
//! parser crate knows, and its errors must point at a word and suggest the
//! nearest form, which a generated parser does not do well.

use std::ops::Range;

use super::{
    Anchor, CARDINALS, Day, Deadline, Every, GENITIVE, Month, NOMINATIVE, ORDINALS, Open, Spec,
    YEARS,
};

/// Why a phrase was not understood, and where (bytes of the phrase).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unparsed {
    pub at: Range<usize>,
    pub reason: Reason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// A word the grammar does not expect here.
    Unrecognized,
    /// The phrase stops where more was expected.
    Incomplete,
    /// A date that is not in the calendar (31.02.2023).
    NoSuchDate,
    /// A year outside 1900–2199 («01.01.2200», «01.01.25»).
    Year,
    /// A Latin letter inside a Russian word («Ceнтябрь»).
    Latin(char),
    /// «после издания приказа об утверждении реестра» without «(п. N)»: which order?
    NeedsReference,
}

/// Canonical examples of every supported form, for "did you mean".
pub const EXAMPLES: &[&str] = &[
    "до 10.10.2022",
    "до 20 января",
    "январь 2022 г.",
    "ноябрь–декабрь",
    "в течение первого – второго месяца после издания приказа",
    "в течение месяца после издания приказа (п. 4.1)",
    "КТ – два с половиной месяца после издания приказа",
    "от месяца после издания приказа (п. 4.1) до декабря",
    "ежегодно до 15 сентября",
    "ежегодно май",
    "декабрь 2021 года, далее ежегодно",
    "ежеквартально",
    "не реже раза в квартал",
    "в течение всего периода",
    "в течение периода реализации программы",
    "в течение учебного года",
    "в течение 2025-2026 учебного года",
    "в 2024-2025 годах",
    "III квартал 2026",
    "I четверть",
    "II полугодие",
    "1 раз в четверть",
    "раз в полугодие",
    "ежегодно, сентябрь",
    "в течение 10 рабочих дней после издания приказа",
    "в срок до 30 апреля 2025 года",
    "до конца учебного года",
    "в соответствии со сроками реализации программ",
    "по графику",
    "при необходимости",
    "по итогам реализации программы",
];

/// Parses a deadline phrase.
pub fn parse(text: &str) -> Result<Deadline, Unparsed> {
    let tokens = tokenize(text)?;
    let mut p = Parser {
        toks: &tokens,
        pos: 0,
        furthest: 0,
        error: None,
    };
    let deadline = p.deadline();
    if let Some(error) = p.error {
        return Err(error);
    }
    match deadline {
        Some(d) if p.pos == tokens.len() => Ok(d),
        _ => {
            let stuck = p.furthest.max(p.pos);
            Err(match tokens.get(stuck) {
                Some(t) => Unparsed {
                    at: t.span.clone(),
                    reason: Reason::Unrecognized,
                },
                None => Unparsed {
                    at: text.trim_end().len()..text.trim_end().len(),
                    reason: Reason::Incomplete,
                },
            })
        }
    }
}

/// The supported form nearest to `text` in meaning, for a hint: the one
/// that shares the most words with it (by their first letters: «периода»
/// and «период»), then the one closest letter by letter. «В течение
/// периода …» is told «в течение всего периода», not «по итогам …».
pub fn nearest_example(text: &str) -> &'static str {
    let text: String = text.chars().take(120).collect::<String>().to_lowercase();
    let stems = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(|w| w.chars().take(5).collect())
            .collect()
    };
    let mine = stems(&text);
    EXAMPLES
        .iter()
        .min_by_key(|e| {
            let e = e.to_lowercase();
            let shared = stems(&e).iter().filter(|s| mine.contains(s)).count();
            (std::cmp::Reverse(shared), strsim::levenshtein(&text, &e))
        })
        .copied()
        .unwrap_or(EXAMPLES[0])
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Word(String),
    /// Digits, possibly with inner dots: `2022`, `10.10.2020`, `4.1`.
    Num(String),
    /// «(п. 4.1)» or «п. 4.1»: a reference to another activity.
    Ref(String),
    Dash,
    Comma,
    Other,
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    span: Range<usize>,
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−')
}

/// Splits a phrase into words, numbers and marks. Dots and «№» are dropped;
/// a parenthesis is a reference («(п. 4.1)») or a remark that is skipped
/// («(приказ от 03.04.2020 № 100-302)», «(далее – КТ)»).
fn tokenize(text: &str) -> Result<Vec<Token>, Unparsed> {
    let mut tokens: Vec<Token> = Vec::new();
    let mut no_close = false;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let tok = if is_letter(c) {
            let mut end = start + c.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                if !is_letter(c) {
                    break;
                }
                end = i + c.len_utf8();
                chars.next();
            }
            Tok::Word(word(text, start..end)?)
        } else if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(i, c)) = chars.peek() {
                let inner_dot = c == '.' && text[i + 1..].starts_with(|c: char| c.is_ascii_digit());
                if !(c.is_ascii_digit() || inner_dot) {
                    break;
                }
                end = i + 1;
                chars.next();
            }
            Tok::Num(text[start..end].to_owned())
        } else if is_dash(c) {
            Tok::Dash
        } else if c == ',' || c == ';' {
            Tok::Comma
        } else if c == '(' {
            // Remarks do not nest in real phrases: a parenthesis ends at the first `)`.
            let close = if no_close {
                None
            } else {
                text[start..].find(')').map(|n| start + n)
            };
            no_close = close.is_none();
            match close {
                Some(close) => {
                    while chars.peek().is_some_and(|&(i, _)| i <= close) {
                        chars.next();
                    }
                    if let Some(id) = reference(&text[start + 1..close]) {
                        tokens.push(Token {
                            tok: Tok::Ref(id),
                            span: start..close + 1,
                        });
                    }
                    continue;
                }
                None => Tok::Other,
            }
        } else if c.is_whitespace() || c == '.' || c == '№' {
            continue;
        } else {
            Tok::Other
        };
        tokens.push(Token {
            tok,
            span: start..start + c.len_utf8().max(1),
        });
        let last = tokens.len() - 1;
        tokens[last].span.end = chars.peek().map_or(text.len(), |&(i, _)| i);
        trim_span(text, &mut tokens[last].span);
    }
    Ok(merge_references(tokens))
}

/// Whether `c` is a letter; Russian and Latin letters skip the Unicode tables.
fn is_letter(c: char) -> bool {
    match c {
        'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' => true,
        c if c.is_ascii() => c.is_ascii_alphabetic(),
        c => c.is_alphabetic(),
    }
}

/// Spans end before the whitespace or dots that follow a token.
fn trim_span(text: &str, span: &mut Range<usize>) {
    let trimmed = text[span.clone()].trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    if !trimmed.is_empty() {
        span.end = span.start + trimmed.len();
    }
}

/// Lower case with «ё» as «е»; a word mixing Latin and Cyrillic letters is
/// an error pointing at the first Latin letter.
fn word(text: &str, span: Range<usize>) -> Result<String, Unparsed> {
    let w = &text[span.clone()];
    let cyrillic = w
        .chars()
        .any(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'));
    if cyrillic && let Some((i, c)) = w.char_indices().find(|(_, c)| c.is_ascii_alphabetic()) {
        let at = span.start + i;
        return Err(Unparsed {
            at: at..at + 1,
            reason: Reason::Latin(c),
        });
    }
    // Russian words take the registry's fold, which skips the Unicode tables.
    if w.chars()
        .all(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'))
    {
        return Ok(crate::text::fold(w));
    }
    Ok(w.to_lowercase().replace('ё', "е"))
}

const REFERENCE_WORDS: &[&str] = &["п", "пп", "пункт", "пункта", "пункте"];

/// «п. 4.1» → "4.1".
fn reference(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches('.');
    let (word, id) = text.split_once(|c: char| c == '.' || c.is_whitespace())?;
    let id = id.trim_start_matches(|c: char| c == '.' || c.is_whitespace());
    let numbered = id.starts_with(|c: char| c.is_ascii_digit())
        && id.chars().all(|c| c.is_ascii_digit() || c == '.');
    (REFERENCE_WORDS.contains(&word.to_lowercase().as_str()) && numbered).then(|| id.to_owned())
}

/// «п. 4.1» written without parentheses becomes a reference too.
fn merge_references(tokens: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    for t in tokens {
        if let (Tok::Num(id), Some(prev)) = (&t.tok, out.last_mut())
            && matches!(&prev.tok, Tok::Word(w) if REFERENCE_WORDS.contains(&w.as_str()))
        {
            prev.tok = Tok::Ref(id.clone());
            prev.span.end = t.span.end;
            continue;
        }
        out.push(t);
    }
    out
}

struct Parser<'t> {
    toks: &'t [Token],
    pos: usize,
    /// The furthest token reached: where an unreadable phrase stops making sense.
    furthest: usize,
    /// A definite error (a date not in the calendar): no alternative can fix it.
    error: Option<Unparsed>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.tok)
    }

    fn advance(&mut self) {
        self.pos += 1;
        self.furthest = self.furthest.max(self.pos);
    }

    fn word(&mut self, w: &str) -> bool {
        let hit = matches!(self.peek(), Some(Tok::Word(x)) if x == w);
        if hit {
            self.advance();
        }
        hit
    }

    fn any_word(&mut self, words: &[&str]) -> Option<usize> {
        let Some(Tok::Word(x)) = self.peek() else {
            return None;
        };
        let i = words.iter().position(|w| w == x)?;
        self.advance();
        Some(i)
    }

    fn words(&mut self, ws: &[&str]) -> bool {
        let save = self.pos;
        if ws.iter().all(|w| self.word(w)) {
            true
        } else {
            self.pos = save;
            false
        }
    }

    fn dash(&mut self) -> bool {
        let hit = self.peek() == Some(&Tok::Dash);
        if hit {
            self.advance();
        }
        hit
    }

    fn num(&mut self) -> Option<(String, Range<usize>)> {
        let t = self.toks.get(self.pos)?;
        let Tok::Num(n) = &t.tok else { return None };
        let out = (n.clone(), t.span.clone());
        self.advance();
        Some(out)
    }

    fn fail(&mut self, at: Range<usize>, reason: Reason) {
        self.error.get_or_insert(Unparsed { at, reason });
    }

    /// Tries `f`; on failure the position is restored.
    fn attempt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let save = self.pos;
        let out = f(self);
        if out.is_none() {
            self.pos = save;
        }
        out
    }

    fn skip_words(&mut self) {
        while matches!(self.peek(), Some(Tok::Word(_))) {
            self.advance();
        }
    }

    fn deadline(&mut self) -> Option<Deadline> {
        let checkpoint = self.word("кт") || self.words(&["контрольная", "точка"]);
        if checkpoint {
            self.dash();
        }
        let mut items = Vec::new();
        if let Some(spec) = self.attempt(Self::open) {
            items.push(spec);
        } else if let Some(spec) = self.attempt(Self::every) {
            items.push(spec);
        } else if let Some(spec) = self.attempt(Self::relative) {
            items.push(spec);
        } else {
            while let Some(spec) = self.attempt(Self::absolute) {
                items.push(spec);
                self.comma_unless_then();
            }
        }
        if items.is_empty() || self.error.is_some() {
            return None;
        }
        let repeats = !matches!(
            items[0],
            Spec::Open(_) | Spec::Every { .. } | Spec::PeriodEnd
        );
        let then = if repeats {
            self.attempt(Self::then)
        } else {
            None
        };
        Some(Deadline {
            items,
            then,
            checkpoint,
        })
    }

    /// «Июнь 2022 года, Декабрь 2022 года»: a comma between items, but not before «далее».
    fn comma_unless_then(&mut self) {
        if self.peek() == Some(&Tok::Comma)
            && !matches!(self.toks.get(self.pos + 1).map(|t| &t.tok), Some(Tok::Word(w)) if w == "далее")
        {
            self.advance();
        }
    }

    fn open(&mut self) -> Option<Spec> {
        let always = |p: &mut Self| {
            p.any_word(&["постоянно", "систематически", "регулярно"])
                .map(drop)
        };
        let open = if self.attempt(Self::whole_period).is_some() || always(self).is_some() {
            Open::Period
        } else if self.words(&["в", "течение", "учебного", "года"]) {
            Open::SchoolYear
        } else if self.words(&["в", "течение", "года"]) {
            Open::Year
        } else if self.words(&["в", "соответствии"]) || self.word("согласно") {
            self.any_word(&["со", "с"]);
            self.any_word(&[
                "сроками",
                "срокам",
                "графиком",
                "графику",
                "планом",
                "плану",
                "расписанием",
                "расписанию",
            ])?;
            self.skip_words();
            Open::Schedule
        } else if self.attempt(Self::by_schedule).is_some() {
            self.skip_words();
            Open::Schedule
        } else if self.words(&["при", "необходимости"])
            || self.words(&["по", "мере", "необходимости"])
            || self.words(&["по", "мере", "поступления"])
            || self.words(&["по", "запросу"])
            || self.words(&["по", "запросам"])
        {
            self.skip_words();
            Open::AsNeeded
        } else if self.words(&["по", "итогам"]) {
            self.word("реализации");
            self.word("программы").then_some(())?;
            self.skip_words();
            return Some(Spec::PeriodEnd);
        } else {
            return None;
        };
        Some(Spec::Open(open))
    }

    fn every(&mut self) -> Option<Spec> {
        let every = self.frequency()?;
        let at = if every == Every::Year {
            self.attempt(|p| {
                if p.peek() == Some(&Tok::Comma) {
                    p.advance();
                }
                p.word("в");
                let spec = p.absolute()?;
                match spec {
                    Spec::Date(Day { year: None, .. })
                    | Spec::Months {
                        from: Month { year: None, .. },
                        to: Month { year: None, .. },
                    } => Some(Box::new(spec)),
                    _ => None,
                }
            })
        } else {
            None
        };
        Some(Spec::Every { every, at })
    }

    /// «ежегодно», «ежеквартально», «ежемесячно», «(не реже) (одного) раза в
    /// квартал», «1 раз в полугодие», «2 раза в год», «в конце каждой
    /// четверти», «каждый месяц». A school term («четверть») is read as a
    /// quarter of the calendar: the windows are three months, as terms
    /// nearly are.
    fn frequency(&mut self) -> Option<Every> {
        const EVERY: [Every; 3] = [Every::Year, Every::Quarter, Every::Month];
        if let Some(i) = self.any_word(&["ежегодно", "ежеквартально", "ежемесячно"])
        {
            return Some(EVERY[i]);
        }
        if self.any_word(&["ежечетвертно", "поквартально"]).is_some() {
            return Some(Every::Quarter);
        }
        self.attempt(|p| {
            p.words(&["не", "реже"]);
            // «N раз в …»: the windows are as short as N times a unit
            // allows, no shorter than a month (how many meetings a window
            // holds is the meeting rules' business).
            let times = match p.peek() {
                Some(Tok::Num(n)) => {
                    let n: u32 = n.parse().ok().filter(|n| (1..=31).contains(n))?;
                    p.advance();
                    n
                }
                _ => {
                    const WORDS: [&str; 8] = [
                        "один",
                        "одного",
                        "два",
                        "двух",
                        "три",
                        "трех",
                        "четыре",
                        "четырех",
                    ];
                    p.any_word(&WORDS).map_or(1, |i| i as u32 / 2 + 1)
                }
            };
            p.any_word(&["раз", "раза"])?;
            p.word("в").then_some(())?;
            let months = match p.period_unit()? {
                Every::Year => 12,
                Every::HalfYear => 6,
                Every::Quarter => 3,
                Every::Month => 1,
            };
            Some(match months / times {
                12.. => Every::Year,
                6.. => Every::HalfYear,
                3.. => Every::Quarter,
                _ => Every::Month,
            })
        })
        .or_else(|| {
            self.attempt(|p| {
                // «в конце / по итогам / по окончании каждой четверти», «каждый месяц»
                let _ = p.words(&["в", "конце"])
                    || p.words(&["по", "итогам"])
                    || p.words(&["по", "окончании"]);
                p.any_word(&["каждой", "каждого", "каждый", "каждую", "каждое"])?;
                p.period_unit()
            })
        })
    }

    /// «год», «квартал», «четверть», «полугодие», «месяц» in any case.
    fn period_unit(&mut self) -> Option<Every> {
        const UNITS: [(&str, Every); 16] = [
            ("год", Every::Year),
            ("года", Every::Year),
            ("квартал", Every::Quarter),
            ("квартала", Every::Quarter),
            ("четверть", Every::Quarter),
            ("четверти", Every::Quarter),
            ("триместр", Every::Quarter),
            ("триместра", Every::Quarter),
            ("полугодие", Every::HalfYear),
            ("полугодия", Every::HalfYear),
            ("месяц", Every::Month),
            ("месяца", Every::Month),
            ("учебный", Every::Year),
            ("учебного", Every::Year),
            ("семестр", Every::HalfYear),
            ("семестра", Every::HalfYear),
        ];
        let words: Vec<&str> = UNITS.iter().map(|(w, _)| *w).collect();
        let i = self.any_word(&words)?;
        if UNITS[i].0.starts_with("учебн") {
            self.any_word(&["год", "года"])?;
        }
        Some(UNITS[i].1)
    }

    /// «в течение (всего) периода (реализации программы)», «в течение срока
    /// действия …», «в период реализации …», «на протяжении всего …», «весь
    /// период»: the whole period, whatever words follow.
    fn whole_period(&mut self) -> Option<()> {
        let lead = self.words(&["в", "течение"])
            || self.words(&["на", "протяжении"])
            || self.words(&["в", "ходе"])
            || self.word("в")
            || self.word("за");
        let whole = self.any_word(&["всего", "весь", "всей"]).is_some();
        let noun = self.any_word(&[
            "периода",
            "период",
            "срока",
            "срок",
            "реализации",
            "действия",
            "работы",
            "программы",
            "времени",
            "проекта",
        ]);
        match noun {
            // «в срок до …» is a date, «весь срок» the period
            Some(3) if !whole => None,
            Some(_) if lead || whole => {
                // The words that say whose period it is; any other word
                // («в период летних каникул», «в период с сентября») is not
                // the whole period, and the phrase is not read.
                const OF_THE_PROGRAM: &[&str] = &[
                    "реализации",
                    "действия",
                    "программы",
                    "программ",
                    "наставничества",
                    "наставнической",
                    "целевой",
                    "модели",
                    "внедрения",
                    "цмн",
                    "работы",
                    "проекта",
                    "плана",
                    "дорожной",
                    "карты",
                    "системы",
                    "методологии",
                    "данной",
                    "настоящей",
                    "периода",
                    "срока",
                    "всего",
                ];
                while self.any_word(OF_THE_PROGRAM).is_some() {}
                Some(())
            }
            _ => None,
        }
    }

    /// «по графику», «по плану», «по отдельному графику», «согласно
    /// расписанию», «в сроки, установленные …»: dated by another document.
    fn by_schedule(&mut self) -> Option<()> {
        self.any_word(&["по", "согласно"])?;
        self.any_word(&["отдельному", "утвержденному", "индивидуальному"]);
        self.any_word(&["графику", "плану", "планам", "расписанию", "графикам"])
            .map(drop)
    }

    /// «, далее – ежемесячно»
    fn then(&mut self) -> Option<Every> {
        if self.peek() == Some(&Tok::Comma) {
            self.advance();
        }
        self.word("далее").then_some(())?;
        self.dash();
        self.frequency()
    }

    /// Windows, points and bounded windows counted from the order or another activity.
    fn relative(&mut self) -> Option<Spec> {
        if self.words(&["в", "течение"]) {
            if let Some((first, last)) = self.attempt(Self::ordinal_range) {
                self.any_word(&["месяца", "месяцев"])?;
                let anchor = if self.peek() == Some(&Tok::Word("после".into())) {
                    self.after()?
                } else {
                    Anchor::Order
                };
                return Some(Spec::Window {
                    anchor,
                    first,
                    last,
                });
            }
            if let Some((days, working)) = self.attempt(Self::days) {
                let anchor = self.after()?;
                return Some(Spec::Days {
                    anchor,
                    days,
                    working,
                });
            }
            let months = self.attempt(Self::cardinal).unwrap_or(1);
            self.any_word(&["месяца", "месяцев", "месяц"])?;
            let anchor = self.after()?;
            return Some(Spec::Window {
                anchor,
                first: 1,
                last: months,
            });
        }
        if self.word("от") {
            let half_months = self.amount()?;
            let anchor = self.after()?;
            self.word("до").then_some(())?;
            let to = self.month_year(true)?;
            return (half_months % 2 == 0).then_some(Spec::Until {
                anchor,
                months: half_months / 2,
                to,
            });
        }
        let half_months = self.amount()?;
        let anchor = self.after()?;
        Some(Spec::Point {
            anchor,
            half_months,
        })
    }

    /// «после издания приказа», «после издания приказа (п. 4.1)», «после … п. 4.1».
    fn after(&mut self) -> Option<Anchor> {
        self.word("после").then_some(())?;
        let plain = self.words(&["издания", "приказа"]);
        let described = self.pos;
        while let Some(Tok::Word(w)) = self.peek() {
            if w == "далее" || w == "до" {
                break;
            }
            self.advance();
        }
        if let Some(Tok::Ref(id)) = self.peek() {
            let id = id.clone();
            self.advance();
            return Some(Anchor::Activity(id));
        }
        if plain && self.pos == described {
            return Some(Anchor::Order);
        }
        if self.pos == described {
            return None;
        }
        // Which order, or which activity? Only a reference can say.
        let at = self.toks[described.min(self.toks.len() - 1)].span.clone();
        self.fail(at, Reason::NeedsReference);
        None
    }

    /// «первого – второго», «третьего и четвертого», «шестого», «1-го»
    fn ordinal_range(&mut self) -> Option<(u32, u32)> {
        let first = self.ordinal()?;
        let last = self
            .attempt(|p| {
                (p.dash() || p.word("и")).then_some(())?;
                p.ordinal()
            })
            .unwrap_or(first);
        (first <= last).then_some((first, last))
    }

    fn ordinal(&mut self) -> Option<u32> {
        const NOMINATIVE_ORDINALS: [&str; 12] = [
            "первый",
            "второй",
            "третий",
            "четвертый",
            "пятый",
            "шестой",
            "седьмой",
            "восьмой",
            "девятый",
            "десятый",
            "одиннадцатый",
            "двенадцатый",
        ];
        if let Some(i) = self.any_word(&ORDINALS) {
            return Some(i as u32 + 1);
        }
        if let Some(i) = self.any_word(&NOMINATIVE_ORDINALS) {
            return Some(i as u32 + 1);
        }
        self.attempt(|p| {
            let (n, _) = p.num()?;
            p.dash().then_some(())?;
            p.any_word(&["го", "й"])?;
            n.parse().ok().filter(|n| (1..=120).contains(n))
        })
    }

    /// «10 рабочих дней», «5 дней», «трех дней», «недели», «двух недель»:
    /// a number of days, and whether they are working days.
    fn days(&mut self) -> Option<(u32, bool)> {
        let digits = self.attempt(|p| p.num()?.0.parse::<u32>().ok());
        let n = digits.or_else(|| self.attempt(Self::cardinal)).unwrap_or(1);
        if self
            .any_word(&["недели", "недель", "неделю", "неделя"])
            .is_some()
        {
            let days = n.checked_mul(7).filter(|d| (1..=366).contains(d))?;
            return Some((days, false));
        }
        let working = self
            .any_word(&["рабочих", "рабочего", "рабочий", "рабочие"])
            .is_some();
        self.any_word(&["календарных", "календарного"]);
        self.any_word(&["дней", "дня", "день"])?;
        (1..=366).contains(&n).then_some((n, working))
    }

    /// A count of months in words or digits: «два», «двух», «5».
    fn cardinal(&mut self) -> Option<u32> {
        const GENITIVE_CARDINALS: [&str; 12] = [
            "одного",
            "двух",
            "трех",
            "четырех",
            "пяти",
            "шести",
            "семи",
            "восьми",
            "девяти",
            "десяти",
            "одиннадцати",
            "двенадцати",
        ];
        if let Some(i) = self.any_word(&CARDINALS) {
            return Some(i as u32 + 1);
        }
        if let Some(i) = self.any_word(&GENITIVE_CARDINALS) {
            return Some(i as u32 + 1);
        }
        let (n, _) = self.num()?;
        n.parse().ok().filter(|n| (1..=120).contains(n))
    }

    /// A duration in half months: «месяц» 2, «полтора месяца» 3, «два с половиной месяца» 5.
    fn amount(&mut self) -> Option<u32> {
        if self.word("полмесяца") {
            return Some(1);
        }
        if self.word("полтора") {
            self.any_word(&["месяца"])?;
            return Some(3);
        }
        if self.any_word(&["месяц", "месяца"]).is_some() {
            return Some(2);
        }
        let n = self.cardinal()?;
        let half = self.words(&["с", "половиной"]);
        self.any_word(&["месяц", "месяца", "месяцев"])?;
        Some(n * 2 + u32::from(half))
    }

    /// Dates and months with or without a year; quarters, school terms and
    /// years as the months they cover.
    fn absolute(&mut self) -> Option<Spec> {
        // «в срок до», «срок – до», «не позднее», «до»
        // «срок – до …»: a dash only after «срок» (between two dates it is
        // a range, which is not a deadline this grammar reads).
        if self.words(&["в", "срок"]) || self.word("срок") {
            self.dash();
        }
        let by = self.word("до") || self.words(&["не", "позднее"]);
        if let Some(day) = self
            .attempt(Self::iso_date)
            .or_else(|| self.attempt(Self::date))
        {
            return Some(Spec::Date(day));
        }
        if by {
            return self.attempt(Self::end_of_year).map(Spec::Date);
        }
        if let Some(spec) = self.attempt(Self::quarter) {
            return Some(spec);
        }
        if let Some(spec) = self.attempt(Self::term) {
            return Some(spec);
        }
        if let Some(spec) = self.attempt(Self::years) {
            return Some(spec);
        }
        // «в сентябре 2025 года»
        let at = self.pos;
        if !self.word("в") || !matches!(self.peek(), Some(Tok::Word(_))) {
            self.pos = at;
        }
        let from = self.month_year(false)?;
        let to = self
            .attempt(|p| {
                p.dash().then_some(())?;
                p.month_year(false)
            })
            .unwrap_or(from);
        Spec::months(from, to)
    }

    /// «10.10.2020 г.», «30.08», «20 января», «15 декабря 2022 года»
    fn date(&mut self) -> Option<Day> {
        let (n, span) = self.num()?;
        let parts: Vec<&str> = n.split('.').collect();
        let day = match parts.as_slice() {
            [d, m] | [d, m, _] => {
                let year = match parts.get(2) {
                    Some(y) => Some(self.year_number(y, span.clone())?),
                    None => None,
                };
                self.year_suffix();
                Day {
                    day: d.parse().ok()?,
                    month: m.parse().ok()?,
                    year,
                }
            }
            [d] => {
                let day = d.parse().ok()?;
                let month = self.any_word(&GENITIVE)? as u32 + 1;
                let year = self.attempt(Self::year);
                Day { day, month, year }
            }
            _ => return None,
        };
        if !day.exists() {
            self.fail(span, Reason::NoSuchDate);
            return None;
        }
        Some(day)
    }

    /// «2026-10-01»: an ISO date where a date is expected.
    fn iso_date(&mut self) -> Option<Day> {
        let (y, span) = self.num()?;
        (y.len() == 4 && !y.contains('.')).then_some(())?;
        self.dash().then_some(())?;
        let (m, _) = self.num()?;
        self.dash().then_some(())?;
        let (d, end) = self.num()?;
        let day = Day {
            day: d.parse().ok()?,
            month: m.parse().ok()?,
            year: Some(self.year_number(&y, span.start..end.end)?),
        };
        self.year_suffix();
        if !day.exists() {
            self.fail(span.start..end.end, Reason::NoSuchDate);
            return None;
        }
        Some(day)
    }

    /// «(до) конца года», «конца 2026 года», «конца учебного года»: the last
    /// day of the year, or of the school year (31 August).
    fn end_of_year(&mut self) -> Option<Day> {
        self.word("конца").then_some(())?;
        self.word("текущего");
        let school = self.word("учебного");
        let year = self.attempt(|p| {
            let (n, span) = p.num()?;
            (n.len() == 4).then_some(())?;
            p.year_number(&n, span)
        });
        self.any_word(&["года", "г"])?;
        let (day, month) = if school { (31, 8) } else { (31, 12) };
        Some(Day { day, month, year })
    }

    /// «III квартал 2026», «в I квартале», «1-2 квартал 2025 г.», «третий квартал».
    fn quarter(&mut self) -> Option<Spec> {
        self.any_word(&["в", "во"]);
        let (first, last) = self.numbered_range(4)?;
        self.any_word(&["квартал", "квартала", "квартале", "кварталы", "кварталах"])?;
        let year = self.attempt(Self::year);
        let from = Month {
            month: first * 3 - 2,
            year,
        };
        Spec::months(
            from,
            Month {
                month: last * 3,
                year,
            },
        )
    }

    /// «I четверть», «во второй четверти», «II полугодие», «первое полугодие
    /// 2025-2026 учебного года», «I триместр»: the months of the school
    /// term (четверти: сентябрь–октябрь, ноябрь–декабрь, январь–март,
    /// апрель–май; полугодия: сентябрь–декабрь, январь–май; триместры:
    /// сентябрь–ноябрь, декабрь–февраль, март–май).
    fn term(&mut self) -> Option<Spec> {
        const TERMS: [(u32, u32); 4] = [(9, 10), (11, 12), (1, 3), (4, 5)];
        const HALVES: [(u32, u32); 2] = [(9, 12), (1, 5)];
        const TRIMESTERS: [(u32, u32); 3] = [(9, 11), (12, 2), (3, 5)];
        let _ = self.words(&["в", "течение"]) || self.any_word(&["в", "во"]).is_some();
        let (first, last) = self.numbered_range(4)?;
        let table: &[(u32, u32)] = match self.peek() {
            Some(Tok::Word(w)) if w.starts_with("четверт") => &TERMS,
            Some(Tok::Word(w)) if w.starts_with("полугоди") => &HALVES,
            Some(Tok::Word(w)) if w.starts_with("триместр") => &TRIMESTERS,
            _ => return None,
        };
        self.advance();
        let (from, to) = (
            table.get(first as usize - 1)?.0,
            table.get(last as usize - 1)?.1,
        );
        // «… учебного года», «… 2025-2026 учебного года»: the years of the months.
        let school_year = self.attempt(|p| {
            let years = p.attempt(Self::year_pair);
            p.word("учебного").then_some(())?;
            p.any_word(&["года", "г"])?;
            Some(years.map(|(start, _)| start))
        });
        // «II полугодие 2025 года»: a school term of a calendar year is not
        // a reading this grammar gives (which half?) — not read, not guessed.
        if school_year.is_none() && matches!(self.peek(), Some(Tok::Num(n)) if n.len() == 4) {
            return None;
        }
        let year_of = |month: u32| school_year.flatten().map(|y| y + i32::from(month < 9));
        Spec::months(
            Month {
                month: from,
                year: year_of(from),
            },
            Month {
                month: to,
                year: year_of(to),
            },
        )
    }

    /// «I», «II–III», «1-2», «первый», «второе», «3-й»: numbers up to `max`.
    fn numbered_range(&mut self, max: u32) -> Option<(u32, u32)> {
        let first = self.numbered(max)?;
        let last = self
            .attempt(|p| {
                (p.dash() || p.word("и")).then_some(())?;
                p.numbered(max)
            })
            .unwrap_or(first);
        (first <= last).then_some((first, last))
    }

    fn numbered(&mut self, max: u32) -> Option<u32> {
        const ROMAN: [&str; 4] = ["i", "ii", "iii", "iv"];
        const FORMS: [[&str; 6]; 4] = [
            ["первый", "первая", "первое", "первом", "первой", "первого"],
            ["второй", "вторая", "второе", "втором", "второй", "второго"],
            [
                "третий",
                "третья",
                "третье",
                "третьем",
                "третьей",
                "третьего",
            ],
            [
                "четвертый",
                "четвертая",
                "четвертое",
                "четвертом",
                "четвертой",
                "четвертого",
            ],
        ];
        let n = if let Some(i) = self.any_word(&ROMAN) {
            i as u32 + 1
        } else if let Some(Tok::Word(w)) = self.peek() {
            let i = FORMS.iter().position(|forms| forms.contains(&w.as_str()))?;
            self.advance();
            i as u32 + 1
        } else {
            let (n, _) = self.num()?;
            // «3-й», «1-е», «2-го»: the ending of a numeral written in digits.
            self.attempt(|p| {
                p.dash().then_some(())?;
                p.any_word(&["й", "го", "м", "я", "е", "ый", "ой"])
            });
            n.parse().ok()?
        };
        (1..=max).contains(&n).then_some(n)
    }

    /// «2024-2025», «2024/2025», «2024 – 2025»: two years, the second the
    /// same or later.
    fn year_pair(&mut self) -> Option<(i32, i32)> {
        let (a, span) = self.num()?;
        (a.len() == 4 && !a.contains('.')).then_some(())?;
        let first = self.year_number(&a, span)?;
        let second = self
            .attempt(|p| {
                (p.dash()
                    || p.peek() == Some(&Tok::Other) && {
                        p.advance();
                        true
                    })
                .then_some(())?;
                let (b, span) = p.num()?;
                (b.len() == 4).then_some(())?;
                p.year_number(&b, span)
            })
            .unwrap_or(first);
        (second >= first).then_some((first, second))
    }

    /// «в 2024-2025 годах», «2024-2025 гг.», «в течение 2026 года»: calendar
    /// years (1 January – 31 December); «2024/2025 учебный год», «в течение
    /// 2026-2027 учебного года», «2024-2025 уч. г.»: a school year (1
    /// September – 31 August). Two years are a school year only when the
    /// phrase says so.
    fn years(&mut self) -> Option<Spec> {
        let _ = self.words(&["в", "течение"]) || self.any_word(&["в", "на", "за"]).is_some();
        let (first, last) = self.year_pair()?;
        let school = self
            .any_word(&["учебного", "учебный", "учебном", "учебные", "учебных", "уч"])
            .is_some();
        let noun = self
            .any_word(&["года", "год", "году", "годах", "годы", "годов", "гг", "г"])
            .is_some();
        if school {
            noun.then_some(())?;
            let end = if last == first { first + 1 } else { last };
            return Spec::months(
                Month {
                    month: 9,
                    year: Some(first),
                },
                Month {
                    month: 8,
                    year: Some(end),
                },
            );
        }
        // A bare year is a year only with its noun («2026 год»), or as a range.
        (noun || last > first).then_some(())?;
        Spec::months(
            Month {
                month: 1,
                year: Some(first),
            },
            Month {
                month: 12,
                year: Some(last),
            },
        )
    }

    /// «январь», «января», «январе» with an optional year. `genitive`
    /// accepts only «до декабря»-style forms.
    fn month_year(&mut self, genitive: bool) -> Option<Month> {
        const PREPOSITIONAL: [&str; 12] = [
            "январе",
            "феврале",
            "марте",
            "апреле",
            "мае",
            "июне",
            "июле",
            "августе",
            "сентябре",
            "октябре",
            "ноябре",
            "декабре",
        ];
        let month = match self.any_word(&GENITIVE) {
            Some(i) => i,
            None if genitive => return None,
            None => self
                .any_word(&NOMINATIVE)
                .or_else(|| self.any_word(&PREPOSITIONAL))?,
        } as u32
            + 1;
        // «Декабрь, 2026»: a comma before the year.
        let year = self.attempt(Self::year).or_else(|| {
            self.attempt(|p| {
                (p.peek() == Some(&Tok::Comma)).then(|| p.advance())?;
                p.year()
            })
        });
        Some(Month { month, year })
    }

    /// «2022», «2022 г.», «2022 года»
    fn year(&mut self) -> Option<i32> {
        let (n, span) = self.num()?;
        // Only four digits make a year: «январь 5 февраля» is two items.
        if n.len() != 4 || n.contains('.') {
            return None;
        }
        let year = self.year_number(&n, span)?;
        self.year_suffix();
        Some(year)
    }

    fn year_number(&mut self, n: &str, span: Range<usize>) -> Option<i32> {
        match n.parse::<i32>() {
            Ok(y) if YEARS.contains(&y) => Some(y),
            _ => {
                self.fail(span, Reason::Year);
                None
            }
        }
    }

    fn year_suffix(&mut self) {
        self.any_word(&["г", "гг", "год", "года", "году", "годы"]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Deadline {
        parse(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"))
    }

    /// The fast paths for Russian text agree with the Unicode tables.
    #[test]
    fn russian_letters_take_a_fast_path_to_the_same_answer() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
        let letters: String = ('а'..='я').chain('А'..='Я').chain(['ё', 'Ё']).collect();
        for w in letters.chars().map(String::from).chain([letters.clone()]) {
            assert_eq!(word(&w, 0..w.len()), Ok(w.to_lowercase().replace('ё', "е")));
        }
    }

    #[test]
    fn every_phrase_of_the_seeds_and_the_domain_page_parses() {
        use Anchor::*;
        let m = |month, year| Month { month, year };
        let cases: Vec<(&str, Spec)> = vec![
            (
                "до 10.10.2020 г.",
                Spec::Date(Day {
                    day: 10,
                    month: 10,
                    year: Some(2020),
                }),
            ),
            (
                "До 31.08.2022г.",
                Spec::Date(Day {
                    day: 31,
                    month: 8,
                    year: Some(2022),
                }),
            ),
            (
                "до 20 января",
                Spec::Date(Day {
                    day: 20,
                    month: 1,
                    year: None,
                }),
            ),
            (
                "26 ноября",
                Spec::Date(Day {
                    day: 26,
                    month: 11,
                    year: None,
                }),
            ),
            (
                "Январь 2022г.",
                Spec::Months {
                    from: m(1, Some(2022)),
                    to: m(1, Some(2022)),
                },
            ),
            (
                "Ноябрь-декабрь",
                Spec::Months {
                    from: m(11, None),
                    to: m(12, None),
                },
            ),
            (
                "Сентябрь-декабрь 2021 г.",
                Spec::Months {
                    from: m(9, Some(2021)),
                    to: m(12, Some(2021)),
                },
            ),
            (
                "январь-март",
                Spec::Months {
                    from: m(1, None),
                    to: m(3, None),
                },
            ),
            (
                "декабрь",
                Spec::Months {
                    from: m(12, None),
                    to: m(12, None),
                },
            ),
            (
                "в течение первого – второго месяца после издания приказа (приказ от 03.04.2020 № 100-302)",
                Spec::Window {
                    anchor: Order,
                    first: 1,
                    last: 2,
                },
            ),
            (
                "в течение первого-второго месяца",
                Spec::Window {
                    anchor: Order,
                    first: 1,
                    last: 2,
                },
            ),
            (
                "в течение третьего и четвертого месяца",
                Spec::Window {
                    anchor: Order,
                    first: 3,
                    last: 4,
                },
            ),
            (
                "в течение шестого месяца",
                Spec::Window {
                    anchor: Order,
                    first: 6,
                    last: 6,
                },
            ),
            (
                "в течение месяца после издания приказа (п. 4.1)",
                Spec::Window {
                    anchor: Activity("4.1".into()),
                    first: 1,
                    last: 1,
                },
            ),
            (
                "в течение месяца после издания приказа об утверждении реестра наставников (п. 4.1)",
                Spec::Window {
                    anchor: Activity("4.1".into()),
                    first: 1,
                    last: 1,
                },
            ),
            (
                "от месяца после издания приказа (п. 4.1) до декабря (срок завершения программы)",
                Spec::Until {
                    anchor: Activity("4.1".into()),
                    months: 1,
                    to: m(12, None),
                },
            ),
            (
                "В течение всего периода (реализации ЦМН)",
                Spec::Open(Open::Period),
            ),
            ("В течение года", Spec::Open(Open::Year)),
            ("В течение учебного года", Spec::Open(Open::SchoolYear)),
            (
                "В соответствии со сроками реализации программ наставничества",
                Spec::Open(Open::Schedule),
            ),
            ("При необходимости", Spec::Open(Open::AsNeeded)),
            ("По мере необходимости", Spec::Open(Open::AsNeeded)),
            ("по итогам реализации программы", Spec::PeriodEnd),
            (
                "Ежегодно",
                Spec::Every {
                    every: Every::Year,
                    at: None,
                },
            ),
            (
                "Ежеквартально",
                Spec::Every {
                    every: Every::Quarter,
                    at: None,
                },
            ),
            (
                "не реже раз в квартал",
                Spec::Every {
                    every: Every::Quarter,
                    at: None,
                },
            ),
            (
                "Ежегодно до 15 сентября",
                Spec::Every {
                    every: Every::Year,
                    at: Some(Box::new(Spec::Date(Day {
                        day: 15,
                        month: 9,
                        year: None,
                    }))),
                },
            ),
            (
                "Ежегодно до 30.08.",
                Spec::Every {
                    every: Every::Year,
                    at: Some(Box::new(Spec::Date(Day {
                        day: 30,
                        month: 8,
                        year: None,
                    }))),
                },
            ),
            (
                "Ежегодно Май",
                Spec::Every {
                    every: Every::Year,
                    at: Some(Box::new(Spec::Months {
                        from: m(5, None),
                        to: m(5, None),
                    })),
                },
            ),
        ];
        for (text, spec) in cases {
            let d = ok(text);
            assert_eq!(d.items, vec![spec], "{text}");
            assert_eq!(d.then, None, "{text}");
        }
    }

    #[test]
    fn checkpoints_repeats_and_several_dates() {
        let kt =
            ok("Контрольная точка (далее – КТ) – два с половиной месяца после издания приказа");
        assert!(kt.checkpoint);
        assert_eq!(
            kt.items,
            vec![Spec::Point {
                anchor: Anchor::Order,
                half_months: 5
            }]
        );
        let kt = ok("КТ - четыре месяца после издания приказа (приказ от 03.04.2020 № 100-302)");
        assert_eq!(
            kt.items,
            vec![Spec::Point {
                anchor: Anchor::Order,
                half_months: 8
            }]
        );
        let kt = ok("КТ – 15 декабря");
        assert!(kt.checkpoint);
        let repeat = ok("Декабрь 2021 года, далее ежегодно");
        assert_eq!(repeat.then, Some(Every::Year));
        let repeat =
            ok("в течение третьего и четвертого месяца после издания приказа, далее – ежемесячно");
        assert_eq!(repeat.then, Some(Every::Month));
        let repeat = ok("в течение третьего и четвертого месяца, далее – не реже раз в квартал");
        assert_eq!(repeat.then, Some(Every::Quarter));
        let two = ok("Июнь 2022 года Декабрь 2022 года");
        assert_eq!(two.items.len(), 2);
    }

    #[test]
    fn bad_phrases_point_at_the_problem() {
        let e = parse("до 31.02.2023").unwrap_err();
        assert_eq!((e.at, e.reason), (5..15, Reason::NoSuchDate));
        assert_eq!(parse("00.13.2022").unwrap_err().reason, Reason::NoSuchDate);
        for year in [
            "до 01.01.99999",
            "12.12.2200",
            "01.09.25",
            "1899-12-31",
            "Декабрь 2200",
        ] {
            assert_eq!(parse(year).unwrap_err().reason, Reason::Year, "{year}");
        }
        let e = parse("Ceнтябрь").unwrap_err();
        assert_eq!((e.at, e.reason), (0..1, Reason::Latin('C')));
        let e = parse("в течение месяца после издания приказа об утверждении реестра").unwrap_err();
        assert_eq!(e.reason, Reason::NeedsReference);
        let e = parse("сразу после каникул").unwrap_err();
        assert_eq!((e.at, e.reason), (0..10, Reason::Unrecognized));
        let e = parse("в течение третьего").unwrap_err();
        assert_eq!(e.reason, Reason::Incomplete);
        assert!(parse(&"месяц ".repeat(2000)).is_err());
    }

    #[test]
    fn the_canonical_phrase_parses_back() {
        for example in EXAMPLES {
            let d = ok(example);
            assert_eq!(ok(&d.to_string()), d, "{example} → {d}");
        }
    }

    /// The hint keeps the meaning of what was written.
    #[test]
    fn the_hint_has_the_same_meaning() {
        for (written, hint) in [
            (
                "в течении периода реализацыи",
                "в течение периода реализации программы",
            ),
            ("ежегодно в сентябре и мае", "ежегодно, сентябрь"),
            ("III кв. 2026", "III квартал 2026"),
            ("по утверждённому графику встреч", "по графику"),
            (
                "в течение 10 раб. дней",
                "в течение 10 рабочих дней после издания приказа",
            ),
        ] {
            assert_eq!(nearest_example(written), hint, "{written}");
        }
    }
}
