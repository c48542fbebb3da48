//! Times of day and durations as the people who plan workshops write them.
//!
//! `TimeOfDay` and `Minutes` are newtypes so a start time can never be added
//! to another start time by accident. Both parse the forms a consultant types
//! (`0930`, `9:30`, `9.30`; `10`, `1h30`, `90m`) and print one canonical form
//! (`09:30`; `1h30`), which is also how they are stored in design files.

use std::fmt;
use std::ops::{Add, AddAssign, Sub};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Minutes in a day; a schedule may run past it, which `TimeOfDay` shows as `+1d`.
const DAY: u32 = 24 * 60;

/// A length of time in whole minutes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Minutes(pub u32);

impl Minutes {
    pub const ZERO: Minutes = Minutes(0);

    pub fn get(self) -> u32 {
        self.0
    }

    pub fn is_zero(&self) -> bool {
        self.0 == 0
    }

    /// Difference that stops at zero instead of wrapping.
    pub fn saturating_sub(self, other: Minutes) -> Minutes {
        Minutes(self.0.saturating_sub(other.0))
    }

    /// Parses `10`, `90m`, `90 min`, `1h`, `1h30`, `1h 30m`, `1:30` (h:mm),
    /// and the German forms `90 Min.`, `1 Std. 30`, `1 Std. 30 Min.`,
    /// `1,5 Std.` (and `1.5 h`).
    pub fn parse(text: &str) -> Result<Minutes, TimeParseError> {
        let err = || TimeParseError::Duration(text.trim().to_string());
        let t = german_hours(&text.trim().to_lowercase());
        if t.is_empty() {
            return Err(err());
        }
        // Hours with a decimal part: `1,5 h`, `0.75h`, in whole minutes.
        if let Some(hours) = t.strip_suffix('h').map(str::trim)
            && let Some((whole, part)) = hours.split_once([',', '.'])
        {
            let (whole, part) = (parse_number(whole.trim()).ok_or_else(err)?, part.trim());
            if part.is_empty() || part.len() > 2 || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err());
            }
            let hundredths = parse_number(part).ok_or_else(err)? * if part.len() == 1 { 10 } else { 1 };
            if hundredths * 60 % 100 != 0 {
                return Err(err());
            }
            return Ok(Minutes(whole * 60 + hundredths * 60 / 100));
        }
        if let Some((h, m)) = t.split_once(':') {
            // `1:5` is not a duration: minutes after a colon take two digits.
            let (h, m) = (h.trim(), m.trim());
            if m.len() != 2 {
                return Err(err());
            }
            let (h, m) = (parse_number(h).ok_or_else(err)?, parse_number(m).ok_or_else(err)?);
            if m >= 60 {
                return Err(err());
            }
            return Ok(Minutes(h * 60 + m));
        }
        if let Some((h, rest)) = t.split_once('h') {
            let hours = parse_number(h.trim()).ok_or_else(err)?;
            let rest = strip_minute_unit(rest.trim());
            let mins = if rest.is_empty() { 0 } else { parse_number(rest).ok_or_else(err)? };
            if mins >= 60 {
                return Err(err());
            }
            return Ok(Minutes(hours * 60 + mins));
        }
        let number = strip_minute_unit(&t);
        parse_number(number).map(Minutes).ok_or_else(err)
    }
}

/// German hour words as `h`: `1 Std. 30` → `1h 30`.
fn german_hours(t: &str) -> String {
    let mut out = t.to_string();
    for word in ["stunden", "stunde", "std.", "std"] {
        out = out.replace(word, "h");
    }
    out.trim().to_string()
}

fn strip_minute_unit(t: &str) -> &str {
    let t = t.trim();
    for unit in ["minuten", "minute", "minutes", "mins", "min.", "min", "m"] {
        if let Some(number) = t.strip_suffix(unit) {
            return number.trim();
        }
    }
    t
}

/// Digits only, at most 6 of them: a duration longer than that is a typo.
fn parse_number(t: &str) -> Option<u32> {
    if t.is_empty() || t.len() > 6 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

impl Minutes {
    /// A length of time in seconds to the nearest minute (none below zero).
    pub fn from_seconds(seconds: i64) -> Minutes {
        Minutes(u32::try_from((seconds.max(0) + 30) / 60).unwrap_or(u32::MAX))
    }
}

impl fmt::Display for Minutes {
    /// `45m`, `1h`, `1h30`: the form used in tables and on the command line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m) = (self.0 / 60, self.0 % 60);
        match (h, m) {
            (0, m) => write!(f, "{m}m"),
            (h, 0) => write!(f, "{h}h"),
            (h, m) => write!(f, "{h}h{m:02}"),
        }
    }
}

impl Add for Minutes {
    type Output = Minutes;
    fn add(self, rhs: Minutes) -> Minutes {
        Minutes(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Minutes {
    fn add_assign(&mut self, rhs: Minutes) {
        *self = *self + rhs;
    }
}

impl std::iter::Sum for Minutes {
    fn sum<I: Iterator<Item = Minutes>>(iter: I) -> Minutes {
        iter.fold(Minutes::ZERO, Add::add)
    }
}

/// A clock time, counted in minutes from midnight of the workshop day.
///
/// Values of a day or more are allowed so that a schedule that runs past
/// midnight is shown as such (`00:30 +1d`) rather than wrapping silently.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u32);

impl TimeOfDay {
    /// A time from hours and minutes; `None` unless it is a real clock time.
    pub fn hm(hours: u32, minutes: u32) -> Option<TimeOfDay> {
        (hours < 24 && minutes < 60).then_some(TimeOfDay(hours * 60 + minutes))
    }

    /// Minutes since midnight (may exceed a day for schedules that run late).
    pub fn minutes_since_midnight(self) -> u32 {
        self.0
    }

    pub fn from_minutes_since_midnight(minutes: u32) -> TimeOfDay {
        TimeOfDay(minutes)
    }

    /// The time from `earlier` to `self`, or zero if `earlier` is later.
    pub fn since(self, earlier: TimeOfDay) -> Minutes {
        Minutes(self.0.saturating_sub(earlier.0))
    }

    /// Parses `0930`, `930`, `09:30`, `9:30`, `9.30`, `9h30` and `9` (whole
    /// hour), each also with the German `Uhr` after it (`9.30 Uhr`, `9 Uhr`).
    pub fn parse(text: &str) -> Result<TimeOfDay, TimeParseError> {
        let err = || TimeParseError::Time(text.trim().to_string());
        let t = text.trim();
        let t = match t.len().checked_sub(3).filter(|&at| t.is_char_boundary(at)) {
            Some(at) if t[at..].eq_ignore_ascii_case("uhr") => t[..at].trim_end(),
            _ => t,
        };
        // Only digits and one separator belong in a time; checking first also
        // keeps the byte slicing below on character boundaries.
        if !t.bytes().all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b'h' | b'H')) {
            return Err(err());
        }
        let (h, m) = if let Some(pos) = t.find([':', '.', 'h', 'H']) {
            let (h, m) = (&t[..pos], &t[pos + 1..]);
            if m.len() != 2 {
                return Err(err());
            }
            (h, m)
        } else {
            match t.len() {
                1 | 2 => (t, "00"),
                3 => (&t[..1], &t[1..]),
                4 => (&t[..2], &t[2..]),
                _ => return Err(err()),
            }
        };
        if h.is_empty() || h.len() > 2 {
            return Err(err());
        }
        let (h, m) = (parse_number(h).ok_or_else(err)?, parse_number(m).ok_or_else(err)?);
        TimeOfDay::hm(h, m).ok_or_else(err)
    }
}

impl fmt::Display for TimeOfDay {
    /// `09:30`; a time past midnight of the workshop day gets ` +1d`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.0 / DAY;
        let in_day = self.0 % DAY;
        write!(f, "{:02}:{:02}", in_day / 60, in_day % 60)?;
        if days > 0 {
            write!(f, " +{days}d")?;
        }
        Ok(())
    }
}

impl Add<Minutes> for TimeOfDay {
    type Output = TimeOfDay;
    fn add(self, rhs: Minutes) -> TimeOfDay {
        TimeOfDay(self.0.saturating_add(rhs.0))
    }
}

impl Sub<Minutes> for TimeOfDay {
    type Output = TimeOfDay;
    fn sub(self, rhs: Minutes) -> TimeOfDay {
        TimeOfDay(self.0.saturating_sub(rhs.0))
    }
}

/// Stored as `"09:30"` so design files read like the agenda they describe.
impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        TimeOfDay::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// A calendar date, stored as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days_in_month).then_some(Date { year, month, day })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Parses ISO `2026-12-03`; other orders are ambiguous across countries.
    pub fn parse(text: &str) -> Result<Date, TimeParseError> {
        let t = text.trim();
        let err = || TimeParseError::Date(t.to_string());
        let mut parts = t.split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(err());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(err());
        }
        let (y, m, d) =
            (parse_number(y).ok_or_else(err)?, parse_number(m).ok_or_else(err)?, parse_number(d).ok_or_else(err)?);
        Date::new(y as u16, m as u8, d as u8).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// What was wrong with a typed time, duration or date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TimeParseError {
    #[error("\"{0}\" is not a time of day (write it as 09:30, 9:30, 9.30 or 0930)")]
    Time(String),
    #[error("\"{0}\" is not a duration (write it as 10, 90m, 1h30 or 1:30)")]
    Duration(String),
    #[error("\"{0}\" is not a date (write it as YYYY-MM-DD, e.g. 2026-12-03)")]
    Date(String),
}

// Texts of seconds and minutes, shared by the console, the projector and
// the documents.

/// `12:05`, or `-1:10` once over time; hours appear past an hour (`1:02:05`).
pub fn countdown_text(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.abs();
    if s >= 3600 {
        format!("{sign}{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{sign}{}:{:02}", s / 60, s % 60)
    }
}

/// `12:30`, `75:00`: minutes (however many) and seconds, as tables of
/// planned against actual times show them.
pub fn minutes_text(seconds: i64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_the_ways_people_write_them() {
        for text in ["0930", "930", "09:30", "9:30", "9.30", "9h30", " 09:30 "] {
            assert_eq!(TimeOfDay::parse(text), Ok(TimeOfDay::hm(9, 30).unwrap()), "{text}");
        }
        assert_eq!(TimeOfDay::parse("13").unwrap().to_string(), "13:00");
        assert_eq!(TimeOfDay::parse("0000").unwrap().to_string(), "00:00");
    }

    #[test]
    fn impossible_times_are_refused() {
        for text in ["", "2460", "9:60", "25:00", "9:3", "abc", "12345", "9:30pm", "-9:30"] {
            assert!(TimeOfDay::parse(text).is_err(), "{text} should be refused");
        }
    }

    #[test]
    fn durations_parse_the_ways_people_write_them() {
        let cases =
            [("10", 10), ("90m", 90), ("90 min", 90), ("1h", 60), ("1h30", 90), ("1h 30m", 90), ("1:30", 90), ("0", 0)];
        for (text, minutes) in cases {
            assert_eq!(Minutes::parse(text), Ok(Minutes(minutes)), "{text}");
        }
        for text in ["", "ten", "1h75", "1:5", "-5", "1.5.5h", "1.h"] {
            assert!(Minutes::parse(text).is_err(), "{text} should be refused");
        }
    }

    #[test]
    fn odd_characters_are_refused_not_panicked_on() {
        for text in ["é5", "°9", "9–", "0९३०", "１０:００", "9:3é", "h", ":", "9::30"] {
            assert!(TimeOfDay::parse(text).is_err(), "{text}");
            let _ = Minutes::parse(text);
            let _ = Date::parse(text);
        }
    }

    #[test]
    fn durations_print_compactly() {
        assert_eq!(Minutes(45).to_string(), "45m");
        assert_eq!(Minutes(60).to_string(), "1h");
        assert_eq!(Minutes(95).to_string(), "1h35");
    }

    #[test]
    fn a_time_past_midnight_says_so() {
        let late = TimeOfDay::hm(23, 30).unwrap() + Minutes(90);
        assert_eq!(late.to_string(), "01:00 +1d");
    }

    #[test]
    fn dates_are_checked() {
        assert_eq!(Date::parse("2026-12-03").unwrap().to_string(), "2026-12-03");
        assert!(Date::parse("2026-02-29").is_err());
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("03.12.2026").is_err());
    }

    #[test]
    fn german_times_and_durations_parse() {
        let time = |t: &str| TimeOfDay::parse(t).map(|t| t.to_string());
        assert_eq!(time("9.30 Uhr").unwrap(), "09:30");
        assert_eq!(time("9:30 Uhr").unwrap(), "09:30");
        assert_eq!(time("9 Uhr").unwrap(), "09:00");
        assert_eq!(time("14.15 uhr").unwrap(), "14:15");
        assert!(time("Uhr").is_err() && time("25 Uhr").is_err() && time("9.3 Uhr").is_err());
        let minutes = |t: &str| Minutes::parse(t).map(Minutes::get);
        assert_eq!(minutes("90 Min."), Ok(90));
        assert_eq!(minutes("1 Std. 30"), Ok(90));
        assert_eq!(minutes("1 Std. 30 Min."), Ok(90));
        assert_eq!(minutes("1,5 Std."), Ok(90));
        assert_eq!(minutes("2 Stunden"), Ok(120));
        assert_eq!(minutes("0,25 Std."), Ok(15));
        assert_eq!(minutes("1.5 h"), Ok(90));
        assert!(minutes("1,33 Std.").is_err(), "not a whole number of minutes");
        assert!(minutes("1,5,5 Std.").is_err() && minutes("Std.").is_err());
    }
}
