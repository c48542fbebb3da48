//! A command line that cannot be read, said in the language of the moment:
//! clap finds the mistake, the `CliHelp` catalogue says what it is, then the
//! usage line and where to read more, as clap lays them out.

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, Error, ErrorFormatter, ErrorKind};

use crate::catalogue::{CliHelp, CliText, app_lang};

/// clap's `ErrorFormatter` with the catalogue's words, in `app_lang()`.
pub struct Localized;

impl ErrorFormatter for Localized {
    fn format_error(error: &Error<Self>) -> StyledStr {
        let lang = app_lang();
        let text = |kind| match error.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            Some(ContextValue::Strings(list)) => Some(list.join(", ")),
            Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
            _ => None,
        };
        let arg = text(ContextKind::InvalidArg).unwrap_or_default();
        let value = text(ContextKind::InvalidValue).unwrap_or_default();
        let mut message = match error.kind() {
            ErrorKind::UnknownArgument => CliHelp::UnexpectedArgument.fill(lang, &[&arg]),
            ErrorKind::InvalidSubcommand => {
                CliHelp::UnknownCommand.fill(lang, &[&text(ContextKind::InvalidSubcommand).unwrap_or_default()])
            }
            ErrorKind::InvalidValue if value.is_empty() => CliHelp::ValueNeeded.fill(lang, &[&arg]),
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => CliHelp::InvalidValue.fill(lang, &[&value, &arg]),
            ErrorKind::MissingRequiredArgument => CliHelp::Missing.fill(lang, &[&arg]),
            ErrorKind::ArgumentConflict if text(ContextKind::PriorArg).as_ref() == Some(&arg) => {
                CliHelp::UsedTwice.fill(lang, &[&arg])
            }
            ErrorKind::ArgumentConflict => {
                CliHelp::Conflict.fill(lang, &[&arg, &text(ContextKind::PriorArg).unwrap_or_default()])
            }
            ErrorKind::TooManyValues => CliHelp::TooMany.fill(lang, &[&value, &arg]),
            _ => CliHelp::NotUnderstood.text(lang).to_string(),
        };
        if let Some(valid) = text(ContextKind::ValidValue) {
            message = format!("{message}\n  {}", CliHelp::PossibleValues.fill(lang, &[&valid]));
        }
        let suggested = text(ContextKind::SuggestedArg).or_else(|| text(ContextKind::SuggestedSubcommand));
        if let Some(suggested) = suggested {
            message = format!("{message}\n  {}", CliHelp::DidYouMean.fill(lang, &[&suggested]));
        }
        let mut out = CliText::Error.fill(lang, &[&message]);
        if let Some(usage) = text(ContextKind::Usage) {
            // clap's usage line starts with its own English heading.
            let line = usage.split_once(": ").map_or(usage.as_str(), |(_, rest)| rest);
            out = format!("{out}\n\n{}: {line}", CliHelp::Usage.text(lang));
        }
        let more = CliHelp::MoreHelp.fill(lang, &[&"--help"]);
        StyledStr::from(format!("{out}\n\n{more}\n"))
    }
}

/// The error in the catalogue's words (clap's help and version pages pass
/// as they are: they were written in `app_lang()` already).
pub fn localized(error: Error) -> Error<Localized> {
    error.apply::<Localized>()
}
