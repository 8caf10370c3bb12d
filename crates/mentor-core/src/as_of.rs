//! The one "as of" date of a run, and the policy every date-dependent rule
//! follows (docs/deadlines.md, «The date a run is about»):
//!
//! - **Checks** (`check`, `roadmap check`, `registry check`) depend on the
//!   files alone unless `--today` pins the date: the rules that compare with
//!   a day (`overdue`, `meeting-gap`, `meeting-in-future`,
//!   `age-out-of-range`) run only then, so CI gives the same answer on an
//!   unchanged folder every day.
//! - **Views of a day** (`roadmap plan` statuses, `meetings check`,
//!   `coverage`, `report`, `pair suggest`) are about a day by nature: the
//!   pinned date, else the clock's.

use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf {
    /// The day views are about.
    pub date: NaiveDate,
    /// Given by the user (`--today`), not read from the clock.
    pub pinned: bool,
}

impl AsOf {
    /// `--today` when given, else the clock's `today`.
    pub fn new(given: Option<NaiveDate>, today: impl FnOnce() -> NaiveDate) -> AsOf {
        match given {
            Some(date) => AsOf { date, pinned: true },
            None => AsOf {
                date: today(),
                pinned: false,
            },
        }
    }

    /// The date the checks may compare with: only a pinned one.
    pub fn for_checks(self) -> Option<NaiveDate> {
        self.pinned.then_some(self.date)
    }
}
