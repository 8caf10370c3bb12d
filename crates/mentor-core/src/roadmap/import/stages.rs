//! Which of the seven stages a heading or an activity of an imported roadmap
//! is about: a keyword model built on the domain page (§2: the stages'
//! names, tasks and key outputs), in the stem language of
//! [`crate::roadmap::documents`].
//!
//! Each rule adds its weight to one class (a stage, or cross-cutting work:
//! information, monitoring, control, motivation, analysis). The names of
//! the stages weigh 3, so a heading that names a stage is certain; the
//! other rules weigh 1 or 2. The class with the highest score wins; a tie
//! means the model cannot tell, and the importer says so instead of guessing.

use crate::roadmap::documents::{Pattern, Words};

/// What a text is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    Stage(u8),
    /// Information, monitoring, control, motivation, analysis: no stage.
    CrossCutting,
}

/// The weight of a stage's name: a heading scoring this much names the stage.
pub const NAME: u8 = 3;

const RULES: &[(Class, u8, Pattern)] = &[
    // The names of the stages (domain §2).
    (Class::Stage(1), NAME, &[&["подготовк*"], &["услови*"]]),
    (
        Class::Stage(2),
        NAME,
        &[&["баз*", "банк*"], &["наставляем*"]],
    ),
    (
        Class::Stage(3),
        NAME,
        &[&["баз*", "банк*"], &["наставник*"]],
    ),
    (Class::Stage(4), NAME, &[&["отбор*"], &["обучени*"]]),
    (
        Class::Stage(4),
        NAME,
        // «обучающий семинар», not «обучающиеся» (learners)
        &[
            &[
                "обучени*",
                "обучающий",
                "обучающие",
                "обучающего",
                "обучающем",
            ],
            &["наставник*"],
        ],
    ),
    (
        Class::Stage(5),
        NAME,
        &[
            &["формировани*", "закреплени*", "сформир*", "утвержд*"],
            &["пар", "пары", "парам", "парами", "групп*"],
        ],
    ),
    (
        Class::Stage(6),
        NAME,
        &[
            &["организаци*"],
            &["работ*"],
            &["пар", "пары", "групп*", "модел*", "рамк*"],
        ],
    ),
    (
        Class::Stage(6),
        NAME,
        &[&["работ*"], &["наставник*"], &["наставляем*"]],
    ),
    (
        Class::Stage(7),
        NAME,
        &[&["завершени*"], &["наставничеств*", "программ*"]],
    ),
    (
        Class::CrossCutting,
        NAME,
        &[
            &["информацион*"],
            &["поддержк*", "обеспечени*", "сопровождени*"],
        ],
    ),
    // Their tasks and outputs.
    (
        Class::Stage(1),
        2,
        &[&["создани*", "подготовк*", "обеспечени*"], &["услови*"]],
    ),
    (Class::Stage(1), 2, &[&["рабоч*"], &["групп*"]]),
    (
        Class::Stage(1),
        2,
        &[&["приказ*"], &["внедрени*", "назначени*"]],
    ),
    (
        Class::Stage(1),
        1,
        &[&["нормативн*", "положени*", "локальн*"]],
    ),
    (Class::Stage(1), 1, &[&["дорожн*"], &["карт*"]]),
    (
        Class::Stage(1),
        1,
        &[&["куратор*", "команд*", "партнер*", "соглашени*"]],
    ),
    (Class::Stage(1), 1, &[&["внедрени*", "запуск*"]]),
    (
        Class::Stage(2),
        1,
        &[
            &["наставляем*"],
            &[
                "отбор*",
                "запрос*",
                "выявлени*",
                "кандидат*",
                "анкетировани*",
                "желающ*",
                "список",
                "списк*",
            ],
        ],
    ),
    (
        Class::Stage(2),
        2,
        &[
            &[
                "сбор*",
                "сведени*",
                "перечень",
                "перечн*",
                "список",
                "списк*",
            ],
            &["наставляем*"],
        ],
    ),
    (
        Class::Stage(3),
        2,
        &[&["наставник*"], &["кандидат*", "потенциальн*"]],
    ),
    (
        Class::Stage(3),
        2,
        &[
            &["сбор*", "сведени*", "перечень", "перечн*", "привлечени*"],
            &["наставник*"],
        ],
    ),
    (
        Class::Stage(3),
        1,
        &[
            &["наставник*"],
            &["анкетировани*", "поиск*", "вовлечени*", "список", "списк*"],
        ],
    ),
    (Class::Stage(4), 1, &[&["реестр*"]]),
    (
        Class::Stage(4),
        1,
        &[
            &["курс*", "квалификаци*", "семинар*", "школ*", "отбор*"],
            &["наставник*"],
        ],
    ),
    (
        Class::Stage(5),
        1,
        &[
            &["сопоставлени*", "подбор*"],
            &["анкет*", "наставник*", "наставляем*"],
        ],
    ),
    (
        Class::Stage(5),
        NAME,
        &[
            &["закреплени*", "прикреплени*"],
            &["наставник*"],
            &["наставляем*"],
        ],
    ),
    (Class::Stage(6), 1, &[&["встреч*"]]),
    (
        Class::Stage(6),
        1,
        &[&["встреч*"], &["пар", "пары", "групп*"]],
    ),
    (Class::Stage(6), 1, &[&["обратн*"], &["связ*"]]),
    // Individual development plans are drawn up as a pair is formed (the
    // domain page: stage 5's outputs); a plan of support is the pair's work.
    (
        Class::Stage(5),
        NAME,
        &[&["индивидуальн*"], &["план*"], &["развити*"]],
    ),
    (
        Class::Stage(6),
        1,
        &[&["индивидуальн*", "сопровождени*"], &["план*"]],
    ),
    (Class::Stage(7), 1, &[&["итог*", "финальн*", "рефлекси*"]]),
    (Class::Stage(7), 1, &[&["удовлетворенност*"]]),
    (
        Class::Stage(7),
        1,
        &[&[
            "поощрени*",
            "чествовани*",
            "награжд*",
            "благодарност*",
            "грамот*",
        ]],
    ),
    (Class::Stage(7), 1, &[&["лучш*", "успешн*"], &["практик*"]]),
    (Class::Stage(7), 1, &[&["фестивал*", "конкурс*", "отчет*"]]),
    // The motivation *system* of mentors is cross-cutting work; a learner's
    // low motivation is what a mentee is found by.
    (
        Class::CrossCutting,
        1,
        &[&["мотиваци*"], &["наставник*", "систем*", "поощрени*"]],
    ),
    (Class::CrossCutting, 1, &[&["мотиваци*"]]),
    (
        Class::Stage(2),
        1,
        &[&["выявлени*", "сбор*"], &["обучающихся", "запрос*"]],
    ),
    (
        Class::CrossCutting,
        1,
        &[&[
            "информировани*",
            "освещени*",
            "сайт*",
            "публикаци*",
            "сми",
            "популяризаци*",
        ]],
    ),
    (
        Class::CrossCutting,
        1,
        &[&["мониторинг*", "контрол*", "анализ*", "аналитическ*"]],
    ),
];

/// The model's answer for one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The winning class, `None` when nothing matched or the best tied.
    pub class: Option<Class>,
    /// Its score: [`NAME`] or more when the text names a stage.
    pub score: u8,
    /// The classes that tied for the best score (more than one on a tie).
    pub tied: Vec<Class>,
    /// The words the winning rules matched, to quote in the YAML.
    pub words: Vec<String>,
}

/// Scores of each class for `text`, `times` the rules' weights, added to `scores`.
type Scores = Vec<(Class, u8, Vec<String>)>;

fn score(text: &str, among: Option<&[Class]>, times: u8, scores: &mut Scores) {
    let words = Words::of([text]);
    for (class, weight, pattern) in RULES {
        if among.is_some_and(|a| !a.contains(class)) {
            continue;
        }
        let Some(found) = words.evidence(pattern) else {
            continue;
        };
        let found = found.into_iter().map(str::to_owned);
        let weight = weight.saturating_mul(times);
        match scores.iter_mut().find(|(c, _, _)| c == class) {
            Some((_, score, quoted)) => {
                *score = score.saturating_add(weight);
                quoted.extend(found);
            }
            None => scores.push((*class, weight, found.collect())),
        }
    }
}

/// Classifies `text`; with `among`, only those classes compete (the two
/// stages of a merged heading).
pub fn classify(text: &str, among: Option<&[Class]>) -> Verdict {
    let mut scores = Scores::new();
    score(text, among, 1, &mut scores);
    verdict(scores, None)
}

/// Classifies an activity on its own words: the title weighs twice its
/// result, and the first words of the title once more (a row is about what
/// it starts with: «Завершение наставничества: … групп и пар …» is the
/// seventh stage); `prior` (the section's stage) adds its weight, and a tie
/// goes to it. A result that merely names another stage's document («приказ
/// о закреплении пар» of a stage-1 order) does not outweigh the title.
pub fn classify_activity(title: &str, result: &str, prior: Option<(Class, u8)>) -> Verdict {
    let mut scores = Scores::new();
    let start: Vec<&str> = title.split_whitespace().take(3).collect();
    score(&start.join(" "), None, 1, &mut scores);
    score(title, None, 2, &mut scores);
    score(result, None, 1, &mut scores);
    if let Some((class, weight)) = prior {
        match scores.iter_mut().find(|(c, _, _)| *c == class) {
            Some((_, score, _)) => *score = score.saturating_add(weight),
            None => scores.push((class, weight, Vec::new())),
        }
    }
    verdict(scores, prior.map(|(c, _)| c))
}

/// The best class of `scores`; a tie goes to `prior` when it is among the best.
fn verdict(scores: Scores, prior: Option<Class>) -> Verdict {
    let best = scores.iter().map(|(_, s, _)| *s).max().unwrap_or(0);
    let mut tied: Vec<Class> = scores
        .iter()
        .filter(|(_, s, _)| *s == best)
        .map(|(c, _, _)| *c)
        .collect();
    tied.sort_unstable();
    let class = match tied.as_slice() {
        [one] => Some(*one),
        many => prior.filter(|p| many.contains(p)),
    };
    let mut words: Vec<String> = scores
        .into_iter()
        .filter(|(c, _, _)| Some(*c) == class)
        .flat_map(|(_, _, w)| w)
        .collect();
    let mut seen = std::collections::HashSet::new();
    words.retain(|w| seen.insert(w.clone()));
    Verdict {
        class,
        score: best,
        tied,
        words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(text: &str) -> Option<Class> {
        classify(text, None).class
    }

    #[test]
    fn the_seven_stage_names_and_their_variants() {
        use Class::*;
        let cases = [
            (
                "Подготовка условий для запуска программы наставничества",
                Stage(1),
            ),
            (
                "Подготовка   условий для реализации системы наставничества",
                Stage(1),
            ),
            ("Формирование базы наставляемых", Stage(2)),
            ("Формирование банка наставляемых", Stage(2)),
            ("Формирование базы наставников", Stage(3)),
            ("Отбор и обучение", Stage(4)),
            ("Организация обучения наставников", Stage(4)),
            ("Формирование наставнических пар/групп", Stage(5)),
            ("Организация работы наставнических пар / групп", Stage(6)),
            (
                "Организация работы в рамках модели наставничества",
                Stage(6),
            ),
            ("Завершение наставничества", Stage(7)),
            (
                "Информационная поддержка системы наставничества",
                CrossCutting,
            ),
            ("Мотивация и поощрения наставников", CrossCutting),
            ("Аналитический", CrossCutting),
        ];
        for (text, expected) in cases {
            assert_eq!(class(text), Some(expected), "{text}");
        }
        let named = classify("Формирование базы наставляемых", None);
        assert!(named.score >= NAME);
        assert_eq!(named.words, ["базы", "наставляемых"]);
    }

    #[test]
    fn a_merged_heading_ties_and_its_activities_pick_one_of_the_two() {
        let merged = classify("Формирование базы наставников и наставляемых", None);
        assert_eq!(merged.class, None);
        assert_eq!(merged.tied, [Class::Stage(2), Class::Stage(3)]);
        let two = [Class::Stage(2), Class::Stage(3)];
        let pick = |text| classify(text, Some(&two)).class;
        assert_eq!(
            pick("Проведение отбора кандидатов в наставники"),
            Some(Class::Stage(3))
        );
        assert_eq!(
            pick("Проведение отбора кандидатов в наставляемые"),
            Some(Class::Stage(2))
        );
        assert_eq!(pick("Разработка системы мотивации наставников"), None);
    }

    #[test]
    fn quotes_the_words_it_rests_on() {
        let v = classify("Чествование лучших наставников", None);
        assert_eq!(v.class, Some(Class::Stage(7)));
        assert!(v.words.contains(&"чествование".to_owned()), "{v:?}");
        assert_eq!(class("Прочее"), None);
    }

    /// Activities of one section «Реализация программы наставничества»
    /// belong to different stages; words are read in context: the title
    /// over the result, its first words over the rest, the section a prior.
    #[test]
    fn activities_are_classified_on_their_own_words_in_context() {
        use Class::*;
        let stage = |title: &str, result: &str, prior: Option<(Class, u8)>| {
            classify_activity(title, result, prior).class
        };
        for (title, result, expected) in [
            ("Создание условий для старта программы", "", Stage(1)),
            ("Сбор сведений о будущих наставляемых", "", Stage(2)),
            ("Составление перечня наставников", "", Stage(3)),
            ("Закрепление наставников за наставляемыми", "", Stage(5)),
            (
                "Встречи пар и групп по плану: знакомство, планирование",
                "",
                Stage(6),
            ),
            (
                "Завершение программы: рефлексия, публичное мероприятие",
                "",
                Stage(7),
            ),
            // A working group is not a mentoring group.
            ("Создание рабочей группы по внедрению", "Приказ", Stage(1)),
            // What the title starts with weighs more than the rest.
            (
                "Завершение наставничества: подведение итогов работы групп и пар",
                "Анализ результатов",
                Stage(7),
            ),
            // A result naming another stage's order does not move a stage-1 row.
            (
                "Издание приказа о внедрении целевой модели",
                "Приказ о закреплении наставнических пар",
                Stage(1),
            ),
            (
                "Проведение встреч наставнических пар",
                "Отчёты о встречах",
                Stage(6),
            ),
        ] {
            assert_eq!(
                stage(title, result, None),
                Some(expected),
                "{title} | {result}"
            );
        }
        // A tie goes to the section's stage.
        assert_eq!(
            stage("Прочие мероприятия", "", Some((Stage(7), 1))),
            Some(Stage(7))
        );
        assert_eq!(
            stage("Мониторинг и отчет", "", Some((Stage(7), 1))),
            Some(Stage(7)),
            "monitoring 1 + prior 1 against a report 1: the prior decides"
        );
    }
}
