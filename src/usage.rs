//! clap's own errors (an unknown option, a value it refuses) in the user's
//! language: the kinds a person meets are put into words of ours, the rest
//! keep clap's text. The language is decided before parsing, from the same
//! sources `--lang` has.

use std::ffi::OsString;

use clap::error::{ContextKind, ErrorKind};
use mentor_core::finding::Message;

use crate::i18n::{I18n, Lang};

/// `--lang ru` or `--lang=ru` among the arguments, else `MENTOR_LANG`,
/// else the OS locale, else English: what the parsed `--lang` would give.
pub fn lang_of(args: &[OsString]) -> Lang {
    let given = args.iter().enumerate().find_map(|(i, a)| {
        let a = a.to_str()?;
        let value = match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1)?.to_str()?,
            Some(rest) => rest.strip_prefix('=')?,
            None => return None,
        };
        Lang::named(value)
    });
    let env = || {
        std::env::var("MENTOR_LANG")
            .ok()
            .and_then(|v| Lang::named(&v))
    };
    Lang::resolve(given.or_else(env))
}

/// The error and a hint, in words of ours; `None` for help and version,
/// which are not errors. A kind we have no words for says so in ours:
/// clap's English would be the only thing a Russian user could not read.
pub fn explain(e: &clap::Error) -> Option<(Message, Option<Message>)> {
    let get = |kind| e.get(kind).map(ToString::to_string).unwrap_or_default();
    let suggested = |kind| {
        e.get(kind)
            .map(|s| Message::new("usage-did-you-mean").arg("suggestion", s.to_string()))
    };
    Some(match e.kind() {
        // `--today` with nothing after it.
        ErrorKind::InvalidValue if get(ContextKind::InvalidValue).is_empty() => (
            Message::new("usage-value-missing").arg("arg", get(ContextKind::InvalidArg)),
            None,
        ),
        ErrorKind::MissingSubcommand => (
            Message::new("usage-no-command").arg("command", get(ContextKind::InvalidSubcommand)),
            Some(Message::new("usage-commands").arg("commands", get(ContextKind::ValidSubcommand))),
        ),
        ErrorKind::InvalidValue => {
            let valid = get(ContextKind::ValidValue);
            let message = Message::new("usage-invalid-value")
                .arg("value", get(ContextKind::InvalidValue))
                .arg("arg", get(ContextKind::InvalidArg));
            let hint = (!valid.is_empty())
                .then(|| Message::new("usage-possible-values").arg("values", valid));
            (
                message,
                hint.or_else(|| suggested(ContextKind::SuggestedValue)),
            )
        }
        ErrorKind::ValueValidation => {
            let arg = get(ContextKind::InvalidArg);
            let source = std::error::Error::source(e).map(ToString::to_string);
            // A date's parser says only that; a list of ours is the values.
            let source = source.unwrap_or_default();
            let hint = if source == crate::cli::NOT_A_DATE {
                Message::new("usage-date")
            } else if source == crate::cli::NO_SUCH_DAY {
                Message::new("usage-no-such-day")
            } else if source == crate::cli::NO_SUCH_YEAR {
                Message::new("usage-date-year")
            } else if source == crate::cli::NOT_A_PAIR {
                Message::new("usage-pair")
            } else if let Some((min, max)) = range(&source) {
                Message::new("usage-range").arg("min", min).arg("max", max)
            } else if arg.starts_with("--form") {
                // The forms' ids, which its parser gives as its error.
                Message::new("usage-possible-values").arg("values", source)
            } else {
                Message::new("usage-more")
            };
            let message = Message::new("usage-invalid-value")
                .arg("value", get(ContextKind::InvalidValue))
                .arg("arg", arg);
            (message, Some(hint))
        }
        // A value where the command takes none (`mentor check roadmap.yaml`)
        // is no misspelt option.
        ErrorKind::UnknownArgument if !get(ContextKind::InvalidArg).starts_with('-') => (
            Message::new("usage-unexpected-value").arg("arg", get(ContextKind::InvalidArg)),
            None,
        ),
        ErrorKind::UnknownArgument => (
            Message::new("usage-unknown-argument").arg("arg", get(ContextKind::InvalidArg)),
            suggested(ContextKind::SuggestedArg),
        ),
        ErrorKind::InvalidSubcommand => (
            Message::new("usage-unknown-command")
                .arg("command", get(ContextKind::InvalidSubcommand)),
            suggested(ContextKind::SuggestedSubcommand),
        ),
        ErrorKind::MissingRequiredArgument => (
            Message::new("usage-missing-argument").arg("args", get(ContextKind::InvalidArg)),
            None,
        ),
        // An option given twice conflicts with itself.
        ErrorKind::ArgumentConflict
            if [String::new(), get(ContextKind::InvalidArg)]
                .contains(&get(ContextKind::PriorArg)) =>
        {
            (
                Message::new("usage-twice").arg("arg", get(ContextKind::InvalidArg)),
                None,
            )
        }
        ErrorKind::ArgumentConflict => (
            Message::new("usage-conflict")
                .arg("arg", get(ContextKind::InvalidArg))
                .arg("other", get(ContextKind::PriorArg)),
            None,
        ),
        ErrorKind::InvalidUtf8 => (Message::new("usage-not-utf8"), None),
        // Help and version are not errors; a missing command shows the help.
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        _ => (Message::new("usage-other"), None),
    })
}

/// The bounds of clap's own refusal of a number («9 is not in 1..=7»).
fn range(refusal: &str) -> Option<(String, String)> {
    let (min, max) = refusal.split_once(" is not in ")?.1.split_once("..=")?;
    Some((min.to_owned(), max.to_owned()))
}

/// Prints clap's error in the user's language, or the help and version
/// clap writes (already in that language, see `help`); the exit code.
pub fn report(e: &clap::Error, i18n: &I18n) -> u8 {
    let Some((message, hint)) = explain(e) else {
        let _ = e.print();
        return if e.use_stderr() { 2 } else { 0 };
    };
    let hint = hint.map_or_else(|| i18n.get("usage-more"), |h| i18n.text(&h));
    eprintln!(
        "{}: {}\n  {hint}",
        i18n.get("error-prefix"),
        i18n.text(&message)
    );
    2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_the_arguments_first() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_of(&args(&["mentor", "--lang", "ru", "x"])), Lang::Ru);
        assert_eq!(lang_of(&args(&["mentor", "--lang=en", "x"])), Lang::En);
    }
}
