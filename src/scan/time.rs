//! When a log line says it was written: the time as logged, and read into a date and time
//! where its format is a common one (ISO 8601 and RFC 3339, syslog, ctime, the Common Log
//! Format, `yyyy/mm/dd`). A time without a zone is taken as UTC; a syslog time without a
//! year takes the year the scan gives (the file's, or the current one).

use std::fmt::{self, Write as _};

/// A time as logged, and what it was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp<'a> {
    /// The bytes of the line that give the time.
    pub raw: &'a [u8],
    pub when: Option<DateTime>,
}

/// A calendar date and time of day, with the zone's offset where the log gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTime {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    /// Fraction of a second, as written: its digits (at most 9) and how many there are.
    pub fraction: (u32, u8),
    /// Minutes east of UTC; None where the log gives no zone.
    pub offset: Option<i16>,
}

impl fmt::Display for DateTime {
    /// RFC 3339: `2026-03-01T10:15:32.123+01:00`; `Z` for UTC or an unknown zone.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )?;
        let (digits, n) = self.fraction;
        if n > 0 {
            write!(f, ".{:0width$}", digits, width = usize::from(n))?;
        }
        match self.offset {
            None | Some(0) => f.write_char('Z'),
            Some(m) => {
                let sign = if m < 0 { '-' } else { '+' };
                write!(
                    f,
                    "{sign}{:02}:{:02}",
                    m.unsigned_abs() / 60,
                    m.unsigned_abs() % 60
                )
            }
        }
    }
}

const MONTHS: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

fn month(s: &[u8]) -> Option<u8> {
    let m = s.get(..3)?;
    MONTHS.iter().position(|n| &n[..] == m).map(|i| i as u8 + 1)
}

/// Whether a word is a month's English abbreviation (`Mar`), as syslog and listings write it.
pub fn is_month(word: &[u8]) -> bool {
    word.len() == 3 && month(word).is_some()
}

/// Whether a text starts with the date a Unix listing writes after a file's size: a
/// month, a day, and a time or a year (`Dec  3 08:23`, `Mar 1 2025`).
pub fn listing_date(text: &[u8]) -> bool {
    let mut fields = text.split(|b| *b == b' ').filter(|f| !f.is_empty());
    let (Some(m), Some(day), Some(last)) = (fields.next(), fields.next(), fields.next()) else {
        return false;
    };
    let digits = |f: &[u8], n: std::ops::RangeInclusive<usize>| {
        n.contains(&f.len()) && f.iter().all(u8::is_ascii_digit)
    };
    let clock = matches!(last, [h, b':', m1, m2] | [_, h, b':', m1, m2]
        if h.is_ascii_digit() && m1.is_ascii_digit() && m2.is_ascii_digit());
    is_month(m) && digits(day, 1..=2) && (clock || digits(last, 4..=4))
}

/// A run of `min` to `max` digits at `s[i..]`, not followed by another digit: its value
/// and where it ends.
fn number(s: &[u8], i: usize, min: usize, max: usize) -> Option<(u32, usize)> {
    let (v, j) = digits(s, i, min, max)?;
    (!s.get(j).is_some_and(u8::is_ascii_digit)).then_some((v, j))
}

/// `min` to `max` digits at `s[i..]`, whatever follows (the `+0100` of a zone).
fn digits(s: &[u8], i: usize, min: usize, max: usize) -> Option<(u32, usize)> {
    let mut v = 0u32;
    let mut j = i;
    while j < s.len() && j - i < max && s[j].is_ascii_digit() {
        v = v * 10 + u32::from(s[j] - b'0');
        j += 1;
    }
    (j - i >= min).then_some((v, j))
}

fn byte(s: &[u8], i: usize, b: u8) -> Option<usize> {
    (s.get(i) == Some(&b)).then_some(i + 1)
}

/// `HH:MM:SS` with an optional fraction (`.123` or `,123`) at `s[i..]`.
/// Hours, minutes, seconds and the fraction (its value and digit count).
type Clock = (u8, u8, u8, (u32, u8));

fn clock(s: &[u8], i: usize) -> Option<(Clock, usize)> {
    let (h, i) = number(s, i, 1, 2)?;
    let i = byte(s, i, b':')?;
    let (m, i) = number(s, i, 2, 2)?;
    let i = byte(s, i, b':')?;
    let (sec, mut i) = number(s, i, 2, 2)?;
    let mut fraction = (0, 0);
    if matches!(s.get(i), Some(b'.' | b',')) && s.get(i + 1).is_some_and(u8::is_ascii_digit) {
        let start = i + 1;
        let mut end = start;
        while end < s.len() && s[end].is_ascii_digit() {
            end += 1;
        }
        let kept = &s[start..end.min(start + 9)];
        let v = kept.iter().fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
        fraction = (v, kept.len() as u8);
        i = end;
    }
    (h < 24 && m < 60 && sec < 61).then_some(((h as u8, m as u8, sec as u8, fraction), i))
}

/// `Z`, `+01:00`, `+0100`, ` +0000` at `s[i..]`.
fn zone(s: &[u8], i: usize) -> (Option<i16>, usize) {
    match s.get(i) {
        Some(b'Z') => (Some(0), i + 1),
        Some(&sign @ (b'+' | b'-')) => {
            let parse = || {
                let (h, j) = digits(s, i + 1, 2, 2)?;
                let j = if s.get(j) == Some(&b':') { j + 1 } else { j };
                let (m, j) = number(s, j, 2, 2)?;
                let minutes = (h * 60 + m) as i16;
                Some((if sign == b'-' { -minutes } else { minutes }, j))
            };
            match parse() {
                Some((m, j)) => (Some(m), j),
                None => (None, i),
            }
        }
        _ => (None, i),
    }
}

fn valid(year: u32, month: u32, day: u32) -> bool {
    (1970..=2200).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// `2026-03-01T10:15:32.123+01:00`, `2026-03-01 10:15:32,123`, `2026/3/1 10:15:32`.
fn iso(s: &[u8], i: usize) -> Option<(DateTime, usize)> {
    let (year, j) = number(s, i, 4, 4)?;
    let sep = *s.get(j)?;
    if !matches!(sep, b'-' | b'/') {
        return None;
    }
    let (month, j) = number(s, j + 1, 1, 2)?;
    let j = byte(s, j, sep)?;
    let (day, j) = number(s, j, 1, 2)?;
    if !valid(year, month, day) || !matches!(s.get(j), Some(b'T' | b' ')) {
        return None;
    }
    let ((hour, minute, second, fraction), j) = clock(s, j + 1)?;
    let (offset, j) = zone(s, j);
    Some((
        DateTime {
            year: year as u16,
            month: month as u8,
            day: day as u8,
            hour,
            minute,
            second,
            fraction,
            offset,
        },
        j,
    ))
}

/// `24/Nov/2026:05:53:41 +0000` (the Common Log Format).
fn clf(s: &[u8], i: usize) -> Option<(DateTime, usize)> {
    let (day, j) = number(s, i, 2, 2)?;
    let j = byte(s, j, b'/')?;
    let month = month(s.get(j..)?)?;
    let j = byte(s, j + 3, b'/')?;
    let (year, j) = number(s, j, 4, 4)?;
    let j = byte(s, j, b':')?;
    let ((hour, minute, second, fraction), j) = clock(s, j)?;
    let (offset, j) = match zone(s, j + 1) {
        (Some(z), end) if s.get(j) == Some(&b' ') => (Some(z), end),
        _ => (None, j),
    };
    valid(year, u32::from(month), day).then_some((
        DateTime {
            year: year as u16,
            month,
            day: day as u8,
            hour,
            minute,
            second,
            fraction,
            offset,
        },
        j,
    ))
}

/// `Tue Nov 24 05:53:37 2026` (ctime) or `Nov 24 05:53:37` (syslog, no year).
fn named_month(s: &[u8], i: usize, year: u16) -> Option<(DateTime, usize)> {
    let mut j = i;
    // A weekday first: `Tue `.
    if s.get(j + 3) == Some(&b' ') && month(&s[j..]).is_none() {
        j += 4;
    }
    let month = month(s.get(j..)?)?;
    j += 3;
    while s.get(j) == Some(&b' ') {
        j += 1;
    }
    let (day, j) = number(s, j, 1, 2)?;
    let j = byte(s, j, b' ')?;
    let ((hour, minute, second, fraction), j) = clock(s, j)?;
    let (year, j) = match number(s, j + 1, 4, 4) {
        Some((y, k)) if s.get(j) == Some(&b' ') => (y as u16, k),
        _ => (year, j),
    };
    valid(u32::from(year), u32::from(month), day).then_some((
        DateTime {
            year,
            month,
            day: day as u8,
            hour,
            minute,
            second,
            fraction,
            offset: None,
        },
        j,
    ))
}

/// The time a line was written, looked for in its first bytes. `year` fills in a year
/// the format leaves out.
pub fn find(line: &[u8], year: u16) -> Option<Stamp<'_>> {
    if line.first() == Some(&b'{') {
        return in_record(&line[..line.len().min(4096)], year);
    }
    let head = &line[..line.len().min(64)];
    for i in 0..head.len() {
        let b = head[i];
        let boundary = i == 0 || !head[i - 1].is_ascii_alphanumeric();
        if !boundary {
            continue;
        }
        let found = if b.is_ascii_digit() {
            iso(line, i)
                .or_else(|| clf(line, i))
                .map(|(when, end)| (Some(when), end))
                // A time of day alone: kept as logged, not read into a date.
                .or_else(|| clock(line, i).map(|(_, end)| (None, end)))
        } else if b.is_ascii_uppercase() {
            named_month(line, i, year).map(|(when, end)| (Some(when), end))
        } else {
            None
        };
        if let Some((when, end)) = found {
            return Some(Stamp {
                raw: &line[i..end],
                when,
            });
        }
    }
    None
}

/// The time of a JSON record (its fields come in any order): a time field's string
/// (bunyan, pino's ISO option, Logstash), else journald's microseconds since the epoch.
fn in_record(line: &[u8], year: u16) -> Option<Stamp<'_>> {
    let value = |name: &[u8]| {
        let at = memchr::memmem::find(line, name)? + name.len();
        let rest = &line[at..];
        let end = memchr::memchr(b'"', rest)?;
        Some(&rest[..end])
    };
    for name in [
        &b"\"time\":\""[..],
        b"\"timestamp\":\"",
        b"\"@timestamp\":\"",
        b"\"ts\":\"",
    ] {
        if let Some(v) = value(name)
            && let Some(stamp) = find(v, year)
        {
            return Some(stamp);
        }
    }
    if let Some(raw) = value(b"\"__REALTIME_TIMESTAMP\":\"")
        && let Some(micros) = std::str::from_utf8(raw).ok().and_then(|r| r.parse().ok())
        && let Some(when) = from_epoch_micros(micros)
    {
        return Some(Stamp {
            raw,
            when: Some(when),
        });
    }
    find(value(b"\"SYSLOG_TIMESTAMP\":\"")?, year)
}

/// A UTC time from microseconds since 1970 (days to a civil date: Howard Hinnant's
/// algorithm, exact for the proleptic Gregorian calendar).
fn from_epoch_micros(micros: u64) -> Option<DateTime> {
    let secs = micros / 1_000_000;
    let days = i64::try_from(secs / 86_400).ok()?;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(DateTime {
        year: u16::try_from(year).ok()?,
        month: u8::try_from(month).ok()?,
        day: u8::try_from(day).ok()?,
        hour: (rem / 3600) as u8,
        minute: (rem % 3600 / 60) as u8,
        second: (rem % 60) as u8,
        fraction: ((micros % 1_000_000) as u32, 6),
        offset: Some(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_records_give_their_time_field() {
        let r = |l: &str| read(l).map(|(_, w)| w);
        assert_eq!(
            r(r#"{"pid":1,"msg":"Reply","time":"2026-12-01T21:53:05.741Z","v":0}"#),
            Some(Some("2026-12-01T21:53:05.741Z".into()))
        );
        // journald: 1796162513490955 µs is 2026-12-01T22:01:53.490955Z.
        assert_eq!(
            r(r#"{"_PID":"1","__REALTIME_TIMESTAMP":"1796162513490955","MESSAGE":"x"}"#),
            Some(Some("2026-12-01T22:01:53.490955Z".into()))
        );
        assert_eq!(
            from_epoch_micros(0).map(|d| d.to_string()),
            Some("1970-01-01T00:00:00.000000Z".into())
        );
        assert_eq!(
            from_epoch_micros(951_782_400_000_000).map(|d| d.to_string()),
            Some("2000-02-29T00:00:00.000000Z".into())
        );
    }

    fn read(line: &str) -> Option<(String, Option<String>)> {
        find(line.as_bytes(), 2026).map(|s| {
            (
                String::from_utf8_lossy(s.raw).into_owned(),
                s.when.map(|w| w.to_string()),
            )
        })
    }

    #[test]
    fn common_formats() {
        let cases = [
            (
                "2026-03-01T10:15:32.123+01:00 host prog[812]: x",
                "2026-03-01T10:15:32.123+01:00",
                "2026-03-01T10:15:32.123+01:00",
            ),
            (
                "<30>1 2026-03-01T10:15:32Z host prog 812 - - x",
                "2026-03-01T10:15:32Z",
                "2026-03-01T10:15:32Z",
            ),
            (
                "Mar  1 10:15:32 host x",
                "Mar  1 10:15:32",
                "2026-03-01T10:15:32Z",
            ),
            (
                "Tue Nov 24 05:53:37 2025 [pid 1] x",
                "Tue Nov 24 05:53:37 2025",
                "2025-11-24T05:53:37Z",
            ),
            (
                "127.0.0.1 - u [24/Nov/2026:05:53:41 +0000] \"RETR x\" 550 -",
                "24/Nov/2026:05:53:41 +0000",
                "2026-11-24T05:53:41Z",
            ),
            (
                "(000002)2025/11/6 15:58:48 - (not logged in)",
                "2025/11/6 15:58:48",
                "2025-11-06T15:58:48Z",
            ),
            (
                "2026-11-24 05:53:44,404 [15231] <response:1>",
                "2026-11-24 05:53:44,404",
                "2026-11-24T05:53:44.404Z",
            ),
        ];
        for (line, raw, rfc) in cases {
            assert_eq!(read(line), Some((raw.into(), Some(rfc.into()))), "{line}");
        }
        // A time of day alone is kept as logged, with no date.
        assert_eq!(
            read("15:50:48\tResponse:\t230 OK"),
            Some(("15:50:48".into(), None))
        );
        assert_eq!(read("220 ready"), None);
        assert_eq!(read("Entering Passive Mode (127,0,0,1,200,10)"), None);
    }
}
