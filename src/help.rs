//! `--help` in the user's language. clap has no translations of its own
//! (clap-rs/clap#380), so the English help is the doc comments of
//! [`crate::cli`], as clap has it, and for Russian the built command is
//! rewritten: every about and help text from a `cli-*` message of ru.ftl,
//! and the words clap writes itself — the headings, the usage line,
//! «[possible values: …]», «[default: …]» — by ours.

use clap::builder::Command;
use clap::{Arg, CommandFactory};

use crate::cli::Cli;
use crate::i18n::{I18n, Lang};

/// The command line to parse with, its help in `i18n`'s language.
pub fn command(i18n: &I18n) -> Command {
    let cmd = Cli::command();
    if i18n.lang == Lang::En {
        return cmd;
    }
    let mut cmd = translate(cmd, "mentor", i18n);
    // Building propagates the global options (already in Russian) into
    // every subcommand; the usage line exists only after it.
    cmd.build();
    lay_out(cmd, i18n)
}

/// The texts of `cmd`, its options and its subcommands, `path` naming it
/// in message ids (`cli-mentor-roadmap-plan`).
fn translate(cmd: Command, path: &str, i18n: &I18n) -> Command {
    let about = i18n.lookup(&format!("cli-{path}"));
    let cmd = match about {
        Some(about) => cmd.about(about).long_about(None),
        None => cmd,
    };
    cmd.mut_args(|arg| translate_arg(arg, path, i18n))
        .mut_subcommands(|sub| {
            let path = format!("{path}-{}", sub.get_name());
            translate(sub, &path, i18n)
        })
}

/// An option's help (`cli-PATH--ID`, else the shared `cli--ID`), its
/// value name (`cli-name-NAME`), and in words of ours what clap would add
/// in English: the values it takes, its default, its variable.
fn translate_arg(arg: Arg, path: &str, i18n: &I18n) -> Arg {
    let id = arg.get_id().as_str();
    let Some(mut help) = i18n
        .lookup(&format!("cli-{path}--{id}"))
        .or_else(|| i18n.lookup(&format!("cli--{id}")))
    else {
        return arg;
    };
    let mut long = help.clone();
    let values = arg.get_possible_values();
    let takes_values = arg.get_action().takes_values();
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        help.push_str(&format!(
            " [{}: {}]",
            i18n.get("cli-values"),
            names.join(", ")
        ));
        // The long help says what each value is, when there are words for it.
        let described: Option<Vec<String>> = names
            .iter()
            .map(|n| {
                Some(format!(
                    "  {n} — {}",
                    i18n.lookup(&format!("cli-value-{n}"))?
                ))
            })
            .collect();
        match described {
            Some(lines) => long.push_str(&format!("\n\n{}", lines.join("\n"))),
            None => long.clone_from(&help),
        }
    }
    let mut suffix = String::new();
    if let Some(default) = arg.get_default_values().first() {
        let default = default.to_string_lossy();
        suffix.push_str(&format!(" [{}: {default}]", i18n.get("cli-default")));
    }
    if let Some(env) = arg.get_env() {
        let env = env.to_string_lossy();
        suffix.push_str(&format!(" [{}: {env}]", i18n.get("cli-env")));
    }
    // clap names a value by the option's id when no name is given.
    let names: Vec<String> = match arg.get_value_names() {
        Some(names) => names.iter().map(ToString::to_string).collect(),
        None if arg.get_action().takes_values() => vec![id.to_uppercase()],
        None => Vec::new(),
    };
    let names: Vec<String> = names
        .into_iter()
        .map(|n| i18n.lookup(&format!("cli-name-{n}")).unwrap_or(n))
        .collect();
    let arg = if names.is_empty() {
        arg
    } else {
        arg.value_names(names)
    };
    // A long help of its own only where it says more: one would make
    // every `--help` long.
    let arg = match long != help {
        true => arg.long_help(format!("{long}{suffix}")),
        false => arg.long_help(None::<&str>),
    };
    let arg = arg.help(format!("{help}{suffix}"));
    // clap allows hiding only what an option has.
    match takes_values {
        true => arg
            .hide_possible_values(true)
            .hide_default_value(true)
            .hide_env(true),
        false => arg,
    }
}

/// The built command laid out with headings of ours, recursively.
fn lay_out(mut cmd: Command, i18n: &I18n) -> Command {
    // Display gives the usage line without its styles.
    let usage = cmd.render_usage().to_string();
    let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u);
    let usage = usage
        .replace("[OPTIONS]", &format!("[{}]", i18n.get("cli-options-short")))
        .replace("<COMMAND>", &format!("<{}>", i18n.get("cli-command-short")))
        .replace("[COMMAND]", &format!("[{}]", i18n.get("cli-command-short")));
    let header = cmd.get_styles().get_header();
    let heading = |id| format!("{header}{}:{header:#}", i18n.get(id));
    let mut template = format!("{{about-with-newline}}\n{} {{usage}}", heading("cli-usage"));
    let shown = |arg: &Arg| !arg.is_hide_set();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        template.push_str(&format!("\n\n{}\n{{subcommands}}", heading("cli-commands")));
    }
    if cmd.get_positionals().any(shown) {
        template.push_str(&format!(
            "\n\n{}\n{{positionals}}",
            heading("cli-arguments")
        ));
    }
    if cmd.get_arguments().any(|a| !a.is_positional() && shown(a)) {
        template.push_str(&format!("\n\n{}\n{{options}}", heading("cli-options")));
    }
    template.push_str("{after-help}");
    let cmd = cmd
        .override_usage(usage)
        .help_template(template)
        .mut_subcommands(|sub| lay_out(sub, i18n));
    own_words(cmd, i18n)
}

/// The flags and the subcommand clap adds on its own (`--help`,
/// `--version`, `mentor help`): they have no doc comment to translate.
fn own_words(mut cmd: Command, i18n: &I18n) -> Command {
    let has = |cmd: &Command, id: &str| cmd.get_arguments().any(|a| a.get_id() == id);
    if has(&cmd, "help") {
        cmd = cmd.mut_arg("help", |a| {
            a.help(i18n.get("cli-help"))
                .long_help(i18n.get("cli-help-long"))
        });
    }
    if has(&cmd, "version") {
        cmd = cmd.mut_arg("version", |a| a.help(i18n.get("cli-version")));
    }
    if cmd.find_subcommand("help").is_some() {
        cmd = cmd.mut_subcommand("help", |help| help.about(i18n.get("cli-help-command")));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// Every `cli-*` id the Russian help may look up, from the English
    /// command: its commands, options, value names and values.
    fn ids(cmd: &Command, path: &str, out: &mut BTreeSet<String>) {
        out.insert(format!("cli-{path}"));
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            out.insert(format!("cli-{path}--{id}"));
            out.insert(format!("cli--{id}"));
            let names = arg.get_value_names().unwrap_or_default();
            out.extend(names.iter().map(|n| format!("cli-name-{n}")));
            out.insert(format!("cli-name-{}", id.to_uppercase()));
            let values = arg.get_possible_values();
            out.extend(values.iter().map(|v| format!("cli-value-{}", v.get_name())));
        }
        for sub in cmd.get_subcommands() {
            ids(sub, &format!("{path}-{}", sub.get_name()), out);
        }
    }

    /// Each command and option the user can see has Russian words, and
    /// help.ru.ftl holds no words for one that is gone.
    #[test]
    fn the_russian_help_is_complete_and_has_nothing_stale() {
        let english = {
            let mut cmd = Cli::command();
            cmd.build();
            cmd
        };
        let russian = command(&I18n::new(Lang::Ru));
        fn walk(en: &Command, ru: &Command, path: &str) {
            if !en.is_hide_set() {
                assert_ne!(en.get_about(), ru.get_about(), "{path}");
            }
            for a in en.get_arguments().filter(|a| !a.is_hide_set()) {
                let b = ru.get_arguments().find(|b| b.get_id() == a.get_id());
                let b = b.unwrap_or_else(|| panic!("{path} {}", a.get_id()));
                assert_ne!(a.get_help(), b.get_help(), "{path} {}", a.get_id());
            }
            for a in en.get_subcommands() {
                let b = ru.find_subcommand(a.get_name()).expect("the same commands");
                walk(a, b, &format!("{path} {}", a.get_name()));
            }
        }
        walk(&english, &russian, "mentor");

        let mut known = BTreeSet::new();
        ids(&english, "mentor", &mut known);
        let source = include_str!("i18n/help.ru.ftl");
        let stale: Vec<&str> = source
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
            .filter(|id| id.starts_with("cli-mentor") || id.starts_with("cli--"))
            .chain(source.lines().filter_map(|l| {
                let id = l.split_once(" = ")?.0;
                (id.starts_with("cli-name-") || id.starts_with("cli-value-")).then_some(id)
            }))
            .filter(|id| !known.contains(*id))
            .collect();
        assert!(stale.is_empty(), "words for nothing: {stale:?}");
    }

    /// clap's own words are ours in Russian: headings, usage, the help flag.
    #[test]
    fn clap_writes_no_english_in_russian() {
        let mut cmd = command(&I18n::new(Lang::Ru));
        let help = cmd.render_long_help().to_string();
        for english in [
            "Usage",
            "Options",
            "Commands",
            "Arguments",
            "Print",
            "possible",
            "default",
        ] {
            assert!(!help.contains(english), "{english} in:\n{help}");
        }
    }
}
