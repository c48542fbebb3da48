//! The languages a design, its documents and the app can be in.

use serde::{Deserialize, Serialize};

/// English or German; the design is where a third would be added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "de")]
    German,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::English, Lang::German];

    pub fn is_english(&self) -> bool {
        *self == Lang::English
    }

    /// The language's own name, as a chooser lists it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::English => "English",
            Lang::German => "Deutsch",
        }
    }

    /// The language a locale names (`de_DE.UTF-8`, `de-AT`, `en_GB`); English
    /// for any other.
    pub fn from_locale(locale: &str) -> Lang {
        let code: String = locale.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        if code.eq_ignore_ascii_case("de") { Lang::German } else { Lang::English }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_names_its_language() {
        assert_eq!(Lang::from_locale("de_DE.UTF-8"), Lang::German);
        assert_eq!(Lang::from_locale("de-AT"), Lang::German);
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::English);
        assert_eq!(Lang::from_locale("C"), Lang::English);
        assert_eq!(Lang::from_locale(""), Lang::English);
    }
}
