//! The stable words of the contract for closed sets of values (`school`,
//! `mentees`, `due-soon`, `pairs-order`): one trait, so the command line,
//! the files and the outputs spell them the same way, and the command-line
//! layer can list them without the domain knowing about it.

/// A value with a fixed, documented spelling.
pub trait Keyword: Copy + Sized + 'static {
    /// Every value, in the order help lists them.
    const ALL: &'static [Self];
    /// The value's word.
    fn keyword(self) -> &'static str;

    /// The value spelled `word`.
    fn from_keyword(word: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.keyword() == word)
    }
}

impl Keyword for crate::program::Kind {
    const ALL: &'static [Self] = &[Self::School, Self::College, Self::Additional];
    fn keyword(self) -> &'static str {
        self.name()
    }
}

impl Keyword for crate::registry::columns::Kind {
    const ALL: &'static [Self] = &Self::ALL;
    fn keyword(self) -> &'static str {
        self.file().trim_end_matches(".csv")
    }
}

impl Keyword for crate::roadmap::timing::Status {
    const ALL: &'static [Self] = &[
        Self::Done,
        Self::Overdue,
        Self::DueSoon,
        Self::InProgress,
        Self::Later,
        Self::Open,
        Self::Unreadable,
    ];
    fn keyword(self) -> &'static str {
        self.as_str()
    }
}

impl Keyword for crate::report::documents::Kind {
    const ALL: &'static [Self] = &Self::ALL;
    fn keyword(self) -> &'static str {
        self.id()
    }
}
