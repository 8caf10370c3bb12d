//! The Russian production calendar (производственный календарь): weekends,
//! public holidays and transfer days from holidays-ru, with the program's
//! own corrections from `mentor.yaml` (`calendar: {holidays, workdays}`).

use std::collections::BTreeSet;

use chrono::NaiveDate;
use holidays_ru::Federal;

/// Why a day is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOff {
    Weekend,
    Holiday,
}

/// The production calendar with local corrections.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    /// Extra days off (a regional holiday, a decree not yet in holidays-ru).
    pub holidays: BTreeSet<NaiveDate>,
    /// Days that are working days although the federal calendar says otherwise.
    pub workdays: BTreeSet<NaiveDate>,
}

impl Calendar {
    /// Whether `date` is a day off, and why. Years outside holidays-ru's
    /// range (1900–2100) count weekends only.
    pub fn day_off(&self, date: NaiveDate) -> Option<DayOff> {
        use chrono::Datelike;
        if self.workdays.contains(&date) {
            return None;
        }
        if self.holidays.contains(&date) {
            return Some(DayOff::Holiday);
        }
        match holidays_ru::flags::<Federal, _>(date).map(|r| r.value()) {
            Some(flags) if flags.is_holiday() => Some(DayOff::Holiday),
            Some(flags) if flags.is_day_off() => Some(DayOff::Weekend),
            Some(_) => None,
            None => (date.weekday().number_from_monday() > 5).then_some(DayOff::Weekend),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn holidays_transfers_and_corrections() {
        let c = Calendar::default();
        assert_eq!(c.day_off(day(2024, 1, 1)), Some(DayOff::Holiday));
        assert_eq!(
            c.day_off(day(2024, 11, 2)),
            None,
            "a working Saturday (transfer)"
        );
        assert_eq!(
            c.day_off(day(2024, 12, 30)),
            Some(DayOff::Weekend),
            "a transferred day off"
        );
        assert_eq!(c.day_off(day(2024, 9, 2)), None);
        let local = Calendar {
            holidays: [day(2024, 9, 2)].into(),
            workdays: [day(2024, 1, 1)].into(),
        };
        assert_eq!(local.day_off(day(2024, 9, 2)), Some(DayOff::Holiday));
        assert_eq!(local.day_off(day(2024, 1, 1)), None);
    }
}
