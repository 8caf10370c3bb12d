//! Messages in Russian and English (Fluent), and choosing the language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use mentor_core::finding::{Arg, Message};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Ru,
    En,
}

impl Lang {
    /// `--lang` (or `MENTOR_LANG`, which clap reads into the same flag), else
    /// the OS locale, else English.
    pub fn resolve(flag: Option<Lang>) -> Lang {
        flag.or_else(|| {
            sys_locale::get_locale()
                .as_deref()
                .and_then(Lang::from_locale)
        })
        .unwrap_or(Lang::En)
    }

    /// The language of `--lang` or `MENTOR_LANG` as written (`ru`, `en`).
    pub fn named(name: &str) -> Option<Lang> {
        match name.trim().to_ascii_lowercase().as_str() {
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    fn from_locale(locale: &str) -> Option<Lang> {
        let code = locale.get(..2)?.to_ascii_lowercase();
        match code.as_str() {
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The messages of one language.
pub struct I18n {
    pub lang: Lang,
    bundle: FluentBundle<FluentResource>,
    source: &'static str,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("locales", &self.bundle.locales)
            .finish()
    }
}

impl I18n {
    pub fn new(lang: Lang) -> Self {
        // The messages; the rules explained (`mentor explain`); Russian also
        // has its `--help`, which English takes from the doc comments of `cli`.
        let (tag, files): (&str, &[(&str, &'static str)]) = match lang {
            Lang::Ru => (
                "ru",
                &[
                    ("ru.ftl", include_str!("ru.ftl")),
                    ("explain.ru.ftl", include_str!("explain.ru.ftl")),
                    ("help.ru.ftl", include_str!("help.ru.ftl")),
                ],
            ),
            Lang::En => (
                "en",
                &[
                    ("en.ftl", include_str!("en.ftl")),
                    ("explain.en.ftl", include_str!("explain.en.ftl")),
                ],
            ),
        };
        let id: LanguageIdentifier = tag.parse().expect("static language tag");
        // The concurrent bundle: findings are rendered on all cores.
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        for (name, text) in files {
            let resource = FluentResource::try_new((*text).to_owned())
                .unwrap_or_else(|(_, errors)| panic!("bundled {name} does not parse: {errors:?}"));
            if let Err(errors) = bundle.add_resource(resource) {
                panic!("bundled {name}: {errors:?}");
            }
        }
        I18n {
            lang,
            bundle,
            source: files[0].1,
        }
    }

    /// A date as the language writes it: 03.04.2020 in Russian, 2020-04-03 in English.
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        I18n::date_in(self.lang, date)
    }

    /// A percentage as the language writes it.
    pub fn percent(&self, value: f64) -> String {
        I18n::percent_in(self.lang, value)
    }

    /// A percentage as `lang` writes it: «83,3 %» in Russian, "83.3 %" in English.
    pub fn percent_in(lang: Lang, value: f64) -> String {
        let text = format!("{value} %");
        match lang {
            Lang::Ru => text.replace('.', ","),
            Lang::En => text,
        }
    }

    /// A date as `lang` writes it.
    pub fn date_in(lang: Lang, date: chrono::NaiveDate) -> String {
        match lang {
            Lang::Ru => date.format("%d.%m.%Y").to_string(),
            Lang::En => date.to_string(),
        }
    }

    /// Every message without arguments whose id starts with `prefix-`, by
    /// the rest of the id with `_` for `-` (`report-due-soon` → `due_soon`):
    /// the words of a template.
    pub fn labels(&self, prefix: &str) -> std::collections::BTreeMap<String, String> {
        let start = format!("{prefix}-");
        self.source
            .lines()
            .filter_map(|l| {
                l.split_once(" =")?
                    .0
                    .strip_prefix(&start)
                    .map(|rest| (l, rest))
            })
            .filter(|(line, rest)| !rest.contains(' ') && !line.contains('$'))
            .map(|(line, rest)| {
                let id = &line[..start.len() + rest.len()];
                (rest.replace('-', "_"), self.describe(id))
            })
            .collect()
    }

    /// The message text.
    pub fn text(&self, message: &Message) -> String {
        self.format(message, None)
            .unwrap_or_else(|| message.id.to_owned())
    }

    /// The message's `.help` hint, when it has one.
    pub fn help(&self, message: &Message) -> Option<String> {
        self.format(message, Some("help"))
    }

    /// A message without arguments.
    pub fn get(&self, id: &'static str) -> String {
        self.text(&Message::new(id))
    }

    /// A message without arguments whose id is built at run time.
    pub fn describe(&self, id: &str) -> String {
        self.lookup(id).unwrap_or_else(|| id.to_owned())
    }

    /// A message without arguments whose id is built at run time, if it exists.
    pub fn lookup(&self, id: &str) -> Option<String> {
        self.format_args(id, [], None)
    }

    /// An attribute of such a message (`.example` of `explain-overdue`).
    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        self.format_args(id, [], Some(attribute))
    }

    /// The text of message `id` with `args` given by name: what a template
    /// has of a message (its data carries ids and arguments, not words).
    pub fn text_of<'a>(
        &self,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, &'a Arg)>,
    ) -> String {
        self.format_args(id, args, None)
            .unwrap_or_else(|| id.to_owned())
    }

    fn format(&self, message: &Message, attribute: Option<&str>) -> Option<String> {
        let args = message.args.iter().map(|(name, value)| (*name, value));
        self.format_args(message.id, args, attribute)
    }

    fn format_args<'a>(
        &self,
        id: &str,
        message_args: impl IntoIterator<Item = (&'a str, &'a Arg)>,
        attribute: Option<&str>,
    ) -> Option<String> {
        let entry = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => entry.get_attribute(name)?.value(),
            None => entry.value()?,
        };
        let mut args = FluentArgs::new();
        for (name, value) in message_args {
            let value = match value {
                Arg::Str(s) => FluentValue::from(s.as_str()),
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Date(d) => FluentValue::from(self.date(*d)),
                Arg::Window(s, e) if s == e => FluentValue::from(self.date(*s)),
                Arg::Window(s, e) => {
                    FluentValue::from(format!("{} – {}", self.date(*s), self.date(*e)))
                }
            };
            args.set(name, value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        debug_assert!(errors.is_empty(), "{id}: {errors:?}");
        Some(text.into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_plurals() {
        let ru = I18n::new(Lang::Ru);
        let summary = |files: usize, errors: usize| {
            ru.text(
                &Message::new("summary")
                    .arg("files", files)
                    .arg("errors", errors)
                    .arg("warnings", 5usize)
                    .arg("infos", 21usize),
            )
        };
        assert_eq!(
            summary(1, 2),
            "проверен 1 файл: 2 ошибки, 5 предупреждений, 21 замечание"
        );
        assert_eq!(
            summary(3, 11),
            "проверено 3 файла: 11 ошибок, 5 предупреждений, 21 замечание"
        );
    }

    #[test]
    fn stage_names_follow_the_domain_page() {
        let ru = I18n::new(Lang::Ru);
        let text = ru.text(&Message::new("stage-missing").arg("stage", 5u8));
        assert_eq!(
            text,
            "на этапе 5 «Формирование наставнических пар / групп» нет ни одного мероприятия"
        );
    }

    #[test]
    fn every_message_exists_in_both_languages() {
        let ids = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| !l.starts_with([' ', '#', '-', '}']) && l.contains(" ="))
                .map(|l| l.split(" =").next().unwrap_or_default().to_owned())
                .collect()
        };
        assert_eq!(ids(include_str!("ru.ftl")), ids(include_str!("en.ftl")));
    }

    #[test]
    fn locale_detection() {
        assert_eq!(Lang::from_locale("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("de-DE"), None);
    }
}
