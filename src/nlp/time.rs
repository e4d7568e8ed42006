//! Time expressions: dates the tagger finds, normalised to ISO 8601 against the article's date
//! ("Tuesday" in an article of 2025-11-26 → 2025-11-25; "last month" → 2025-10).

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn plus_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        ((self.days() + 3).rem_euclid(7)) as u32
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// ISO week date of the week holding this day ("2025-W48").
    pub fn iso_week(self) -> String {
        let thursday = self.plus_days(3 - i64::from(self.weekday()));
        let first = Date { year: thursday.year, month: 1, day: 1 };
        format!("{}-W{:02}", thursday.year, (thursday.days() - first.days()) / 7 + 1)
    }

    /// Reads an article date: "2025-11-26", "2025-11-26T08:00:00Z", "November 26, 2025", "26 Nov 2025".
    pub fn parse(text: &str) -> Option<Date> {
        let t = text.trim();
        // ISO prefix, checked on bytes so that any other text (even non-ASCII) falls through safely.
        let b = t.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() >= 10 && digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) {
            return Date::new(t[0..4].parse().ok()?, t[5..7].parse().ok()?, t[8..10].parse().ok()?);
        }
        let words = words_of(t);
        let parts = Parts::of(&words);
        Date::new(parts.year?, parts.month?, parts.day?)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Month names, lowercase.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Weekday names, lowercase, Monday first.
pub const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Does the word name a month, in full or abbreviated ("January", "Jan.", "Sept")?
pub fn is_month_word(word: &str) -> bool {
    month_of(&word.to_lowercase()).is_some()
}

fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    // Full names and three-letter abbreviations ("Nov"), plus "Sept".
    MONTH_NAMES
        .iter()
        .position(|long| *long == w || (long.starts_with(w) && (w.len() == 3 || w == "sept")))
        .map(|i| i as u32 + 1)
}

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == '/')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().trim_end_matches(['.', ',']).to_string())
        .map(|w| {
            // "26th", "1st", "2nd", "3rd" → the number.
            let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
            let rest = &w[digits.len()..];
            if !digits.is_empty() && matches!(rest, "th" | "st" | "nd" | "rd" | "") { digits } else { w }
        })
        .collect()
}

/// The calendar parts a phrase names outright.
#[derive(Debug, Default)]
struct Parts {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
}

impl Parts {
    fn of(words: &[String]) -> Parts {
        let mut p = Parts::default();
        for (i, w) in words.iter().enumerate() {
            if let Some(m) = month_of(w) {
                p.month = Some(m);
                // "26 November" or "November 26".
                for k in [i.wrapping_sub(1), i + 1] {
                    if let Some(d) = words.get(k).and_then(|x| x.parse::<u32>().ok()).filter(|d| (1..=31).contains(d)) {
                        p.day = Some(d);
                    }
                }
            } else if w.len() == 4
                && let Ok(y) = w.parse::<i32>()
                && (1800..=2200).contains(&y)
            {
                p.year = Some(y);
            }
        }
        p
    }
}

/// Does a time phrase (lowercase words) name a point or period on the calendar — a year, a
/// month, a weekday, a day word (today, yesterday), a unit anchored to now ("last week", "this
/// month", "two days ago") or a part of a named day ("Monday night")? A length of time ("40
/// years", "more than three decades", "a few weeks") or a bare number is no date, so it never
/// becomes an event's time.
pub fn names_a_date(words: &[&str]) -> bool {
    let words: Vec<String> = words_of(&words.join(" "));
    let has = |w: &str| words.iter().any(|x| x == w);
    let parts = Parts::of(&words);
    if parts.year.is_some() || parts.month.is_some() {
        return true;
    }
    // "the 1990s", "the '80s".
    if words
        .iter()
        .any(|w| w.len() == 5 && w.ends_with('s') && w[..4].parse::<u16>().is_ok_and(|y| (1000..=2200).contains(&y)))
    {
        return true;
    }
    if words.iter().any(|w| WEEKDAYS.contains(&w.as_str()))
        || ["today", "tonight", "yesterday", "tomorrow", "now"].iter().any(|w| has(w))
    {
        return true;
    }
    const UNITS: [&str; 14] = [
        "week",
        "weekend",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
        "day",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
    ];
    let anchored = ["last", "this", "next", "previous", "coming", "past", "earlier", "later"].iter().any(|w| has(w));
    // "last week" names one week; "the past six months" is a length; "three weeks ago" a point.
    let singular = words.iter().any(|w| UNITS.contains(&w.as_str()));
    let plural = words.iter().any(|w| w.strip_suffix('s').is_some_and(|u| UNITS.contains(&u)) || w == "decades");
    (singular && anchored && !plural) || (plural && has("ago"))
}

/// The month and day a phrase names ("January 10", "10 Jan.", "2025-01-10"), whatever the year.
pub fn month_and_day(phrase: &str) -> Option<(u32, u32)> {
    if let Some(date) = Date::parse(phrase) {
        return Some((date.month, date.day));
    }
    let words = words_of(phrase);
    let parts = Parts::of(&words);
    Some((parts.month?, parts.day?))
}

/// ISO 8601 value of a time expression, given the article's date when known; `None` when the
/// phrase does not pin a calendar time ("recent years", "the past").
pub fn normalize(phrase: &str, anchor: Option<Date>) -> Option<String> {
    let words = words_of(phrase);
    let has = |w: &str| words.iter().any(|x| x == w);
    let parts = Parts::of(&words);
    // Absolute dates first.
    match (parts.year, parts.month, parts.day) {
        (Some(y), Some(m), Some(d)) => return Date::new(y, m, d).map(Date::iso),
        (Some(y), Some(m), None) => return Some(format!("{y:04}-{m:02}")),
        (Some(y), None, _) if words.len() <= 2 || has("in") => return Some(format!("{y:04}")),
        (None, Some(m), Some(d)) => {
            let a = anchor?;
            // The same year as the article, unless that lands months after it.
            let mut date = Date::new(a.year, m, d)?;
            if date.days() - a.days() > 60 {
                date = Date::new(a.year - 1, m, d)?;
            }
            return Some(date.iso());
        }
        _ => {}
    }
    let a = anchor?;
    if let Some(weekday) = words.iter().find_map(|w| WEEKDAYS.iter().position(|d| d == w)) {
        let today = a.weekday() as i64;
        let offset = if has("next") {
            (weekday as i64 - today).rem_euclid(7).max(1)
        } else {
            // News reports the past: the latest such day on or before the article's date.
            -((today - weekday as i64).rem_euclid(7))
        };
        return Some(a.plus_days(offset).iso());
    }
    if has("today") || has("tonight") || (has("this") && (has("morning") || has("afternoon") || has("evening"))) {
        return Some(a.iso());
    }
    if has("yesterday") {
        return Some(a.plus_days(-1).iso());
    }
    if has("tomorrow") {
        return Some(a.plus_days(1).iso());
    }
    let shift = if has("last") || has("past") || has("previous") {
        -1
    } else if has("next") || has("coming") {
        1
    } else if has("this") {
        0
    } else {
        i64::MIN
    };
    if shift != i64::MIN && words.len() <= 3 {
        if has("week") {
            return Some(a.plus_days(7 * shift).iso_week());
        }
        if has("month") {
            let index = i64::from(a.year) * 12 + i64::from(a.month) - 1 + shift;
            return Some(format!("{:04}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1));
        }
        if has("year") {
            return Some(format!("{:04}", i64::from(a.year) + shift));
        }
    }
    // "two days ago", "3 weeks ago".
    if has("ago") {
        let number = words.iter().find_map(|w| {
            w.parse::<i64>().ok().or_else(|| {
                ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
                    .iter()
                    .position(|n| n == w)
                    .map(|i| i as i64 + 1)
            })
        })?;
        if has("day") || has("days") {
            return Some(a.plus_days(-number).iso());
        }
        if has("week") || has("weeks") {
            return Some(a.plus_days(-7 * number).iso_week());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_arithmetic() {
        let d = Date::new(2025, 11, 26).unwrap();
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(d.weekday(), 2, "a Wednesday");
        assert_eq!(d.plus_days(6).iso(), "2025-12-02");
        assert_eq!(Date::new(2024, 3, 1).unwrap().plus_days(-1).iso(), "2024-02-29");
        assert_eq!(d.iso_week(), "2025-W48");
        assert_eq!(Date::new(2021, 1, 1).unwrap().iso_week(), "2020-W53");
        assert!(Date::new(2025, 2, 29).is_none());
    }

    #[test]
    fn article_dates_parse() {
        let d = Some(Date::new(2025, 11, 26).unwrap());
        assert_eq!(Date::parse("2025-11-26T08:30:00Z"), d);
        assert_eq!(Date::parse("November 26, 2025"), d);
        assert_eq!(Date::parse("26 Nov 2025"), d);
        assert_eq!(Date::parse("soon"), None);
        assert_eq!(Date::parse("2025年11月26日"), None, "non-ASCII text never panics");
        assert_eq!(Date::parse("2025-1é-26"), None);
    }

    #[test]
    fn expressions_normalise_against_the_article_date() {
        let a = Date::new(2025, 11, 26); // a Wednesday
        let n = |p: &str| normalize(p, a);
        assert_eq!(n("Tuesday").as_deref(), Some("2025-11-25"));
        assert_eq!(n("Wednesday").as_deref(), Some("2025-11-26"));
        assert_eq!(n("Thursday").as_deref(), Some("2025-11-20"));
        assert_eq!(n("next Monday").as_deref(), Some("2025-12-01"));
        assert_eq!(n("Nov 20").as_deref(), Some("2025-11-20"));
        assert_eq!(n("December 30").as_deref(), Some("2025-12-30"), "a month ahead: this year");
        let january = Date::new(2025, 1, 10);
        assert_eq!(normalize("December 30", january).as_deref(), Some("2024-12-30"), "far ahead: last year");
        assert_eq!(n("March 2003").as_deref(), Some("2003-03"));
        assert_eq!(n("2003").as_deref(), Some("2003"));
        assert_eq!(n("September 11, 2001").as_deref(), Some("2001-09-11"));
        assert_eq!(n("yesterday").as_deref(), Some("2025-11-25"));
        assert_eq!(n("last week").as_deref(), Some("2025-W47"));
        assert_eq!(n("last month").as_deref(), Some("2025-10"));
        assert_eq!(n("next year").as_deref(), Some("2026"));
        assert_eq!(n("two days ago").as_deref(), Some("2025-11-24"));
        assert_eq!(n("recent years"), None);
        // Without the article's date only absolute expressions normalise.
        assert_eq!(normalize("Tuesday", None), None);
        assert_eq!(normalize("26 November 2025", None).as_deref(), Some("2025-11-26"));
    }

    #[test]
    fn dates_are_told_from_lengths_of_time() {
        let date = |p: &str| names_a_date(&p.split(' ').collect::<Vec<_>>());
        for p in [
            "Tuesday",
            "12 March",
            "March",
            "2019",
            "last week",
            "this month",
            "three days ago",
            "yesterday",
            "Friday night",
            "the 1980s",
            "earlier this year",
            "next spring",
        ] {
            assert!(date(p), "{p}");
        }
        for p in [
            "40",
            "more than 40 years",
            "three decades",
            "a few weeks",
            "the past six months",
            "decades",
            "recent days",
            "two hours",
        ] {
            assert!(!date(p), "{p}");
        }
    }
}
