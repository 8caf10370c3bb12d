//! The keyword model that recognizes a stage's key documents (domain §2)
//! and monitoring checkpoints in the free text of real roadmaps.
//!
//! Text is lower-cased, `ё` becomes `е`, and it is split into words. A
//! document is recognized when *every* group of its pattern matches some
//! word; a group matches when any of its stems does. A stem ending in `*`
//! matches words that start with it (Russian endings vary: «приказ»,
//! «приказа», «приказом»); a stem without `*` must be the whole word, so
//! «пар» (pairs) does not match «партнер».

use schemars::JsonSchema;

/// Key documents of the seven stages. The kebab-case names are what a
/// roadmap writes in `documents:`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Document {
    /// Положение о наставничестве (stage 1).
    Regulation,
    /// Приказ о внедрении целевой модели / о назначении куратора (stage 1).
    LaunchOrder,
    /// База наставляемых (stage 2).
    MenteeBase,
    /// База наставников (stage 3).
    MentorBase,
    /// Приказ об утверждении реестра наставников (stage 4).
    MentorRegistry,
    /// Программа обучения наставников, «Школа наставников» (stage 4).
    MentorTraining,
    /// Приказ об утверждении (закреплении) наставнических пар/групп (stage 5).
    PairsOrder,
    /// Формы обратной связи по встречам (stage 6).
    Feedback,
    /// Анализ удовлетворенности участников (stage 7).
    Satisfaction,
    /// Отчет по итогам программы (stage 7).
    FinalReport,
}

/// Groups of stems: every group must match a word (see the module doc).
pub(crate) type Pattern = &'static [&'static [&'static str]];

impl Document {
    pub const NAMES: [(&'static str, Document); 10] = [
        ("regulation", Document::Regulation),
        ("launch-order", Document::LaunchOrder),
        ("mentee-base", Document::MenteeBase),
        ("mentor-base", Document::MentorBase),
        ("mentor-registry", Document::MentorRegistry),
        ("mentor-training", Document::MentorTraining),
        ("pairs-order", Document::PairsOrder),
        ("feedback", Document::Feedback),
        ("satisfaction", Document::Satisfaction),
        ("final-report", Document::FinalReport),
    ];

    pub fn name(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(_, d)| *d == self)
            .map_or("", |(n, _)| n)
    }

    /// The key documents each stage must produce.
    pub fn of_stage(stage: u8) -> &'static [Document] {
        match stage {
            1 => &[Document::Regulation, Document::LaunchOrder],
            2 => &[Document::MenteeBase],
            3 => &[Document::MentorBase],
            4 => &[Document::MentorRegistry, Document::MentorTraining],
            5 => &[Document::PairsOrder],
            6 => &[Document::Feedback],
            7 => &[Document::Satisfaction, Document::FinalReport],
            _ => &[],
        }
    }

    fn pattern(self) -> Pattern {
        match self {
            Document::Regulation => &[&["положени*"], &["наставничеств*"]],
            Document::LaunchOrder => &[
                &["приказ*", "распоряжени*"],
                &["внедрени*", "куратор*", "ответственн*", "назначени*"],
            ],
            Document::MenteeBase => &[&["баз*", "банк*", "перечень", "список*"], &["наставляем*"]],
            Document::MentorBase => &[&["баз*", "банк*", "перечень", "список*"], &["наставник*"]],
            Document::MentorRegistry => &[
                &["реестр*", "приказ*"],
                &["наставник*"],
                &["утвержд*", "реестр*"],
            ],
            Document::MentorTraining => &[
                &["обучени*", "школ*", "курс*", "квалификаци*", "семинар*"],
                &["наставник*"],
            ],
            Document::PairsOrder => &[
                &["приказ*", "распоряжени*", "закреплени*"],
                &["пар", "пары", "парам", "парами", "групп*"],
            ],
            Document::Feedback => &[&["обратн*"], &["связ*"]],
            Document::Satisfaction => &[&["удовлетворенност*"]],
            Document::FinalReport => &[
                &["отчет*"],
                &["итог*", "результат*", "реализаци*", "программ*"],
            ],
        }
    }

    /// Whether `text` names this document.
    pub fn is_named_in(self, words: &Words) -> bool {
        words.matches(self.pattern())
    }
}

/// Normalized words of a text, ready for matching: the folded words one
/// after another in one buffer, and where each ends (one allocation for a
/// whole stage's text, not one per word).
#[derive(Debug, Default)]
pub struct Words {
    text: String,
    ends: Vec<usize>,
}

impl Words {
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut words = Words::default();
        for text in texts {
            let bytes = text.as_bytes();
            // Runs of characters that are already folded (lower-case Russian
            // and Latin letters, digits) are copied whole; the rest one by one.
            let (mut run, mut i) = (0, 0);
            while let Some(&b) = bytes.get(i) {
                let folded = match b {
                    b'a'..=b'z' | b'0'..=b'9' => 1,
                    0xd0 if matches!(bytes.get(i + 1), Some(0xb0..=0xbf)) => 2,
                    0xd1 if matches!(bytes.get(i + 1), Some(0x80..=0x8f)) => 2,
                    _ => 0,
                };
                if folded > 0 {
                    i += folded;
                    continue;
                }
                words.text.push_str(&text[run..i]);
                if b.is_ascii() {
                    // Spaces and punctuation end a word; a capital is folded.
                    match b {
                        b'A'..=b'Z' => words.text.push(char::from(b.to_ascii_lowercase())),
                        _ => words.end_word(),
                    }
                    i += 1;
                } else {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    match fold(c) {
                        Some(c) => words.text.push(c),
                        None => words.end_word(),
                    }
                    i += c.len_utf8();
                }
                run = i;
            }
            words.text.push_str(&text[run..]);
            words.end_word();
        }
        words
    }

    fn end_word(&mut self) {
        if self.ends.last().copied().unwrap_or(0) < self.text.len() {
            self.ends.push(self.text.len());
        }
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(&self.ends).map(|(s, &e)| &self.text[s..e])
    }

    fn matches(&self, pattern: Pattern) -> bool {
        pattern
            .iter()
            .all(|group| group.iter().any(|stem| self.find(stem).is_some()))
    }

    /// The words that made `pattern` match, one per group; `None` when it does not.
    pub(crate) fn evidence(&self, pattern: Pattern) -> Option<Vec<&str>> {
        pattern
            .iter()
            .map(|group| group.iter().find_map(|stem| self.find(stem)))
            .collect()
    }

    fn find(&self, stem: &str) -> Option<&str> {
        match stem.strip_suffix('*') {
            Some(prefix) => self.iter().find(|w| w.starts_with(prefix)),
            None => self.iter().find(|w| *w == stem),
        }
    }
}

/// A word character, lower-cased with `ё` as `е`; `None` between words.
/// Russian letters and the punctuation of Russian text (dashes, «», №) take
/// a fast path: this runs over every word of every roadmap.
fn fold(c: char) -> Option<char> {
    match c {
        'а'..='я' | 'a'..='z' | '0'..='9' => Some(c),
        'А'..='Я' => char::from_u32(u32::from(c) + 0x20),
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        'ё' | 'Ё' => Some('е'),
        c if c.is_ascii() => None,
        '\u{a0}' | '«' | '»' | '\u{2000}'..='\u{206f}' | '№' => None,
        c if c.is_alphanumeric() => c.to_lowercase().next(),
        _ => None,
    }
}

/// Whether an activity's words mark it as a monitoring checkpoint of its
/// stage: «КТ», «контрольная точка», «мониторинг».
pub fn is_checkpoint(words: &Words) -> bool {
    words.matches(&[&["кт", "мониторинг*"]]) || words.matches(&[&["контрольн*"], &["точк*"]])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str) -> Vec<Document> {
        let words = Words::of([text]);
        Document::NAMES
            .iter()
            .map(|(_, d)| *d)
            .filter(|d| d.is_named_in(&words))
            .collect()
    }

    #[test]
    fn recognizes_documents_as_real_roadmaps_write_them() {
        use Document::*;
        assert_eq!(
            named("Приказ об утверждении реестра наставников"),
            [MentorRegistry]
        );
        assert_eq!(
            named("Приказ об утверждении наставнических пар/групп"),
            [PairsOrder]
        );
        assert_eq!(
            named("Издание приказа «О закреплении наставнических групп»"),
            [PairsOrder]
        );
        assert_eq!(named("Положение о наставничестве в ОО"), [Regulation]);
        assert_eq!(named("Приказ о назначении куратора"), [LaunchOrder]);
        assert_eq!(named("База наставляемых (перечень лиц)"), [MenteeBase]);
        assert_eq!(
            named("База выпускников. База наставников от предприятий"),
            [MentorBase]
        );
        assert_eq!(named("Анализ удовлетворённости участников"), [Satisfaction]);
        assert_eq!(named("Формы обратной связи"), [Feedback]);
        assert_eq!(named("Отчет по итогам программы"), [FinalReport]);
        assert_eq!(
            named("Программа «Сетевая школа наставников»"),
            [MentorTraining]
        );
    }

    #[test]
    fn whole_word_stems_do_not_match_longer_words() {
        assert!(named("Партнерские соглашения о привлечении ресурсов").is_empty());
        assert!(named("Приказ о партнерах").is_empty());
    }

    #[test]
    fn the_fast_path_of_folding_agrees_with_unicode() {
        let fast = ['\u{a0}', '«', '»', '№']
            .into_iter()
            .chain('\u{2000}'..='\u{206f}');
        for c in fast {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        let words = Words::of(["Приказ №\u{a0}5 «О парах» – Ёлка", "x"]);
        assert_eq!(
            words.iter().collect::<Vec<_>>(),
            ["приказ", "5", "о", "парах", "елка", "x"]
        );
    }

    /// The words of `texts` folded one character at a time: the definition.
    fn words_by_char(texts: &[String]) -> Vec<String> {
        let folded: String = texts
            .iter()
            .flat_map(|t| t.chars().chain([' ']))
            .map(|c| fold(c).unwrap_or(' '))
            .collect();
        folded
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn words_are_folded_as_defined(
            texts in proptest::collection::vec("[а-яА-ЯёЁa-zA-Z0-9 .,«»–№éΩіЇ\u{a0}]{0,30}", 0..4),
        ) {
            let words = Words::of(texts.iter().map(String::as_str));
            proptest::prop_assert_eq!(words.iter().collect::<Vec<_>>(), words_by_char(&texts));
        }
    }

    #[test]
    fn checkpoints() {
        assert!(is_checkpoint(&Words::of([
            "КТ – четыре месяца после издания приказа"
        ])));
        assert!(is_checkpoint(&Words::of(["Контрольная точка"])));
        assert!(is_checkpoint(&Words::of([
            "Мониторинг и оценка по итогам этапа"
        ])));
        assert!(!is_checkpoint(&Words::of(["Кто-то"])));
    }
}
