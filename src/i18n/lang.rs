//! The language of the chrome and of the content shown, and how it is read from the environment.

/// The language of UI chrome, and of the content shown (Swedish, or its unofficial English translation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// From a locale such as `LANG=en_GB.UTF-8`: English for `en*`, otherwise Swedish.
    pub fn from_locale(locale: Option<&str>) -> Lang {
        match locale {
            Some(l) if l.starts_with("en") => Lang::En,
            _ => Lang::Sv,
        }
    }

    /// From `LC_ALL`, `LC_MESSAGES`, then `LANG`, as POSIX orders them.
    pub fn from_env() -> Lang {
        let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
        Lang::from_locale(var.as_deref())
    }
}
