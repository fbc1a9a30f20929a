//! `explain` for people: one screen by default (what it is, what to do now, what it
//! means), one line with `--short`, everything with `--full`.

use std::io::{self, Write};

use owo_colors::Style;

use super::text::{
    Fields, Painter, class_style, sanitize, shortened, width_of, wrap, wrapped_height,
};
use crate::code::ReplyCode;
use crate::config::Detail;
use crate::explain::{
    AnswerTo, ClassSummary, ClientAnswer, DigitView, Explanation, MessageGroup, SequenceView,
};
use crate::knowledge::clients::Role;
use crate::knowledge::codes::{self, Origin};
use crate::knowledge::sequences::Listed;
use crate::knowledge::servers::ServerMessage;

/// A reply text longer than this is cut (a 100,000-character reply fills no screen).
const MAX_REPLY: usize = 300;
/// The default explanation of a code fits this many lines.
const SCREEN: usize = 20;
/// Servers listed one per line under a shared text, by default.
const MAX_SERVERS: usize = 4;

/// The dim line under the headline: class, group and standing.
fn digits_line(e: &Explanation) -> String {
    let mut parts = Vec::new();
    if let Some(c) = &e.class {
        parts.push(format!("{} ({})", c.name, c.digits));
    }
    if let Some(c) = &e.category {
        parts.push(format!("{} ({})", c.name, c.digits));
    }
    parts.push(origin_name(e.origin).to_string());
    parts.join(" · ")
}

fn origin_name(o: Origin) -> &'static str {
    match o {
        Origin::Rfc => "standard",
        Origin::Unofficial => "not in any RFC",
        Origin::Winsock => "Windows socket error, not an FTP reply",
        Origin::Undefined => "unknown code",
    }
}

/// The headline: the code in its class colour and the title, wrapped if need be.
fn headline(w: &mut impl Write, p: &Painter, code: ReplyCode, title: &str) -> io::Result<()> {
    let digits = code.to_string();
    let lines = wrap(&format!("{digits} {title}"), p.width());
    for (i, line) in lines.iter().enumerate() {
        match line.strip_prefix(&digits).filter(|_| i == 0) {
            Some(rest) => writeln!(w, "{}{}", p.code(code), p.bold(rest))?,
            None => writeln!(w, "{}", p.bold(line))?,
        }
    }
    Ok(())
}

fn dim_wrapped(w: &mut impl Write, p: &Painter, text: &str) -> io::Result<()> {
    for line in wrap(text, p.width()) {
        writeln!(w, "{}", p.dim(&line))?;
    }
    Ok(())
}

/// The first `n` sentences of a text (a stop followed by a space and a capital).
fn sentences(s: &str, n: usize) -> &str {
    // Each stop found with memchr: a search for ". " as a string sets up a searcher per
    // call, which cost `explain` more than the rest of its layout (issue #12).
    let mut found = 0;
    for i in memchr::memchr_iter(b'.', s.as_bytes()) {
        if s.as_bytes().get(i + 1) != Some(&b' ') {
            continue;
        }
        let abbreviation = s[..i].ends_with("e.g") || s[..i].ends_with("i.e");
        let capital = s[i + 2..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if !abbreviation && capital {
            found += 1;
            if found == n {
                return &s[..=i];
            }
        }
    }
    s
}

/// As many of a text's first sentences (up to `n`) as fit in `lines` lines of `f`'s
/// values: whole sentences rather than a cut one, where they fit.
fn fitting<'t>(f: &Fields, text: &'t str, n: usize, lines: usize) -> &'t str {
    for k in (1..=n).rev() {
        let s = sentences(text, k);
        if wrapped_height(s, f.value_width()) <= lines {
            return s;
        }
    }
    sentences(text, 1)
}

/// `ftpcode explain`: one explanation at the chosen detail.
pub fn explanation(
    w: &mut impl Write,
    p: &Painter,
    e: &Explanation,
    detail: Detail,
) -> io::Result<()> {
    match detail {
        Detail::Short => short(w, p, e),
        Detail::Normal => {
            // Laid out into a buffer first, so optional sections can be left out to keep
            // the whole on one screen.
            // Most answers are 500-700 bytes.
            let mut out = Vec::with_capacity(1024);
            normal(&mut out, p, e)?;
            w.write_all(&out)
        }
        Detail::Full => full(w, p, e),
    }
}

/// One line: the code, its title and what to do (a server's own cause where one matched).
fn short(w: &mut impl Write, p: &Painter, e: &Explanation) -> io::Result<()> {
    let what = match e.server_messages.first() {
        Some(m) if e.message_groups().len() == 1 && e.server_messages.len() == 1 => {
            format!("{}: {}", m.server.name(), sentences(m.cause.as_str(), 1))
        }
        _ if !e.advice.is_empty() => e.advice.to_string(),
        _ => sentences(&e.meaning, 1).to_string(),
    };
    let digits = e.code.to_string();
    let text = format!("{digits} {}: {what}", e.title);
    for (i, line) in wrap(&text, p.width().saturating_sub(4)).iter().enumerate() {
        match line.strip_prefix(&digits).filter(|_| i == 0) {
            Some(rest) => writeln!(w, "{}{rest}", p.code(e.code))?,
            None => writeln!(w, "    {line}")?,
        }
    }
    Ok(())
}

/// The labels a normal explanation may use, for the width of its label column.
fn widest_label(e: &Explanation) -> usize {
    let servers = e
        .server_messages
        .iter()
        .map(|m| width_of(m.server.name()))
        .max()
        .unwrap_or(0);
    servers.max(width_of("What to do"))
}

fn normal(w: &mut Vec<u8>, p: &Painter, e: &Explanation) -> io::Result<()> {
    headline(w, p, e.code, &e.title)?;
    dim_wrapped(w, p, &digits_line(e))?;
    writeln!(w)?;
    let f = Fields::new(p, 2, widest_label(e));
    reply_text(w, &f, e)?;
    if let Some(a) = &e.answer_to {
        f.field(w, "Answering", &answering(e.code, a), 3)?;
    }
    let groups = e.message_groups();
    let mut omitted = false;
    // One server's own message says what to do better than the code's general advice.
    let mut advised = false;
    if let Some(g) = groups.first() {
        omitted |= groups.len() > 1;
        let (left_out, fix) = group_brief(w, p, &f, g)?;
        omitted |= left_out;
        advised = fix;
    }
    if !e.advice.is_empty() && !advised {
        f.field(w, "What to do", e.advice, 4)?;
    }
    // What it means and when, as room allows: the answer to act on comes first.
    let used = bytecount_lines(w);
    let mut extra = Vec::new();
    let meaning = fitting(&f, &e.meaning, 2, 3);
    f.field(&mut extra, "Means", meaning, 3)?;
    omitted |= meaning.len() < e.meaning.len();
    if !e.when.is_empty() {
        let when = fitting(&f, e.when, 1, 2);
        let mut more = Vec::new();
        f.field(&mut more, "When", when, 2)?;
        if used + bytecount_lines(&extra) + bytecount_lines(&more) + 2 <= SCREEN {
            extra.extend(more);
            omitted |= when.len() < e.when.len();
        } else {
            omitted = true;
        }
    }
    if used + bytecount_lines(&extra) + 2 <= SCREEN {
        w.extend(extra);
    } else {
        omitted = true;
    }
    if omitted || e.known {
        writeln!(w)?;
        more(w, p, &e.code.to_string())?;
    }
    Ok(())
}

/// Where the rest is: `More: ftpcode explain 530 --full`.
fn more(w: &mut impl Write, p: &Painter, query: &str) -> io::Result<()> {
    let text = format!("More: ftpcode explain {query} --full");
    for line in wrap(&text, p.width().saturating_sub(2)) {
        writeln!(w, "  {}", p.dim(&line))?;
    }
    Ok(())
}

fn bytecount_lines(b: &[u8]) -> usize {
    b.iter().filter(|c| **c == b'\n').count()
}

/// The reply as the user saw it, when it is not the standard text.
fn reply_text(w: &mut impl Write, f: &Fields, e: &Explanation) -> io::Result<()> {
    let seen = e.canonical != Some(&*e.text) && !e.text.is_empty();
    if seen {
        let text = shortened(&e.text, MAX_REPLY);
        for (i, line) in text.split('\n').enumerate() {
            let label = if i == 0 { "Reply" } else { "" };
            f.quoted(w, label, &sanitize(line))?;
        }
    }
    Ok(())
}

/// A text the servers send, briefly: which servers, and each one's cause in a line or
/// two (the whole of it with `--full`). Whether something was left out, and whether
/// what to do was said.
fn group_brief(
    w: &mut impl Write,
    p: &Painter,
    f: &Fields,
    g: &MessageGroup,
) -> io::Result<(bool, bool)> {
    if let [m] = g.messages[..] {
        f.field(w, m.server.name(), m.cause.as_str(), 4)?;
        if let Some(s) = m.setting {
            f.field(w, "Setting", s.as_str(), 2)?;
        }
        f.field(w, "What to do", m.fix.as_str(), 4)?;
        return Ok((false, true));
    }
    let names: Vec<&str> = g.messages.iter().map(|m| m.server.name()).collect();
    f.field(w, "Sent by", &names.join(", "), 2)?;
    for m in g.messages.iter().take(MAX_SERVERS) {
        let mut cause = fitting(f, m.cause.as_str(), 1, 2).to_string();
        if let Some(s) = m.setting {
            cause.push_str(&format!(" ({s})"));
        }
        f.field(w, m.server.name(), &cause, 2)?;
    }
    let _ = p;
    Ok((true, false))
}

/// Everything: the server messages in full, then the code's meaning, commands, fixes on
/// each side, retry, related codes and sources.
fn full(w: &mut impl Write, p: &Painter, e: &Explanation) -> io::Result<()> {
    headline(w, p, e.code, &e.title)?;
    dim_wrapped(w, p, &digits_line(e))?;
    writeln!(w)?;
    let widest = widest_label(e).max(width_of("Server fix"));
    let f = Fields::new(p, 2, widest);
    reply_text(w, &f, e)?;
    if let Some(a) = &e.answer_to {
        f.field(w, "Answering", &answering(e.code, a), 0)?;
    }
    for g in e.message_groups() {
        if g.messages.len() > 1 {
            let names: Vec<&str> = g.messages.iter().map(|m| m.server.name()).collect();
            let text = format!("\"{}\" is sent by {}", g.pattern, names.join(", "));
            f.field(w, "Text", &sanitize(&text), 0)?;
        }
        for m in &g.messages {
            server_message(w, &f, m, g.messages.len() == 1)?;
        }
    }
    if let Some(c) = e.canonical {
        let seen = e.canonical != Some(&*e.text) && !e.text.is_empty();
        let label = if seen { "Standard" } else { "Text" };
        f.field(w, label, &format!("\"{c}\""), 0)?;
    }
    if !e.advice.is_empty() {
        f.field(w, "What to do", e.advice, 0)?;
    }
    f.field(w, "Meaning", &e.meaning, 0)?;
    if !e.when.is_empty() {
        f.field(w, "When", e.when, 0)?;
    }
    if !e.commands.is_empty() {
        f.field(w, "Commands", &e.commands.join(", "), 0)?;
    }
    if !e.retry.is_empty() {
        f.field(w, "Retry", e.retry, 0)?;
    }
    if !e.fix.client.is_empty() {
        f.field(w, "Client fix", e.fix.client, 0)?;
    }
    if !e.fix.server.is_empty() {
        f.field(w, "Server fix", e.fix.server, 0)?;
    }
    if let Some(d) = e.disputed {
        f.field(w, "Disputed", d, 0)?;
    }
    if !e.related.is_empty() {
        let related: Vec<String> = e
            .related
            .iter()
            .map(|(code, title)| format!("{code} {title}"))
            .collect();
        f.field(w, "Related", &related.join(" · "), 0)?;
    }
    if !e.sources.is_empty() {
        f.field(w, "Sources", &e.sources.join(", "), 0)?;
    }
    Ok(())
}

/// One server's message in full.
fn server_message(
    w: &mut impl Write,
    f: &Fields,
    m: &ServerMessage,
    with_text: bool,
) -> io::Result<()> {
    let cause = if with_text {
        format!("\"{}\": {}", m.pattern, m.cause)
    } else {
        m.cause.to_string()
    };
    f.field(w, m.server.name(), &sanitize(&cause), 0)?;
    if let Some(s) = m.setting {
        f.field(w, "Setting", s.as_str(), 0)?;
    }
    f.field(w, "Server fix", m.fix.as_str(), 0)?;
    f.field(w, "From", m.source.as_str(), 0)
}

/// "STOR (store a file): one of its error replies (RFC 959 §5.4)", or why it is not.
pub fn answering(code: ReplyCode, a: &AnswerTo) -> String {
    let sources = a.sources.join(", ");
    let command = sanitize(&a.command);
    let what = match a.listed {
        Listed::UnknownCommand => {
            return format!("{command}: no RFC ftpcode knows defines this command");
        }
        Listed::Any => "a reply any command may get (RFC 959 §4.2, §5.4)".to_string(),
        Listed::Unlisted => format!(
            "{code} is not among the replies {sources} lists for {command}, nor one servers \
             commonly send: the server departs from the protocol, or the reply answers \
             another command"
        ),
        Listed::Practice => format!(
            "not in the list of {sources}, but servers commonly send it (see `ftpcode command {command}`)"
        ),
        Listed::Preliminary => format!("one of its preliminary replies ({sources})"),
        Listed::Success => format!("one of its success replies ({sources})"),
        Listed::Error => format!("one of its error replies ({sources})"),
    };
    let does = a.does.trim_end_matches('.');
    format!("{command} ({}): {what}", lower_first(does))
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or(String::new(), |f| f.to_lowercase().chain(c).collect())
}

/// A client's error: what it is, what is behind it, the fix on each side.
// Out of line, as is class_summary: a code's answer runs neither (link/README.md).
#[inline(never)]
pub fn client_error(
    w: &mut impl Write,
    p: &Painter,
    c: &ClientAnswer,
    detail: Detail,
) -> io::Result<()> {
    let e = c.error;
    let client = e.client.get().name;
    if detail == Detail::Short {
        let text = format!(
            "{client}: {}: {}",
            e.title,
            sentences(e.fix_for_reader(), 1)
        );
        for (i, line) in wrap(&text, p.width().saturating_sub(4)).iter().enumerate() {
            let indent = if i == 0 { "" } else { "    " };
            writeln!(w, "{indent}{line}")?;
        }
        return Ok(());
    }
    let style = Style::new().bold().red();
    let head = format!("{client}: {}", e.title);
    for line in wrap(&head, p.width()) {
        writeln!(w, "{}", p.paint(&line, style))?;
    }
    let server_log = e.client.get().role == Role::ServerLog;
    let mut kind = if server_log {
        format!("a line of {client}'s own log, not a reply")
    } else {
        format!("client error ({client}), not a server reply")
    };
    if let Some(n) = e.number {
        kind.push_str(&format!(" · number {n}"));
    }
    if !e.aliases.is_empty() {
        kind.push_str(&format!(" · {}", e.aliases.join(", ")));
    }
    dim_wrapped(w, p, &kind)?;
    writeln!(w)?;
    let f = Fields::new(p, 2, width_of("Client fix"));
    let max = if detail == Detail::Full { 0 } else { 4 };
    if let Some(line) = &c.line {
        f.quoted(w, "Line", &sanitize(&shortened(line, MAX_REPLY)))?;
    }
    f.field(w, "Cause", e.cause.as_str(), max)?;
    let mut behind = e.behind.to_string();
    if !e.replies.is_empty() {
        let replies: Vec<String> = e
            .replies
            .iter()
            .map(|r| format!("{r} {}", codes::lookup(*r).map_or("", |c| c.title.as_str())))
            .collect();
        behind.push_str(&format!(" (replies: {})", replies.join(", ")));
    }
    f.field(w, "Behind it", &behind, max)?;
    // The fix for whoever reads such a line first.
    if server_log {
        f.field(w, "Server fix", e.fix_server.as_str(), max)?;
        f.field(w, "Client fix", e.fix_client.as_str(), max)?;
    } else {
        f.field(w, "Client fix", e.fix_client.as_str(), max)?;
        f.field(w, "Server fix", e.fix_server.as_str(), max)?;
    }
    if detail == Detail::Full {
        f.field(w, "Id", e.id.as_str(), 0)?;
        f.field(w, "Patterns", &sanitize(&e.patterns.join(" | ")), 0)?;
        f.field(w, "Source", e.source.as_str(), 0)?;
    } else {
        writeln!(w)?;
        more(w, p, e.id.as_str())?;
    }
    Ok(())
}

/// `ftpcode command RETR`: the replies a command may get, by kind.
pub fn sequence(w: &mut impl Write, p: &Painter, s: &SequenceView) -> io::Result<()> {
    for line in wrap(&format!("{} {}", s.command, s.does), p.width()) {
        writeln!(w, "{}", p.bold(&line))?;
    }
    writeln!(w)?;
    let f = Fields::new(p, 2, width_of("Any command"));
    let mut last_kind = None;
    for r in &s.replies {
        let label = match r.kind {
            k if Some(k) == last_kind => "",
            Listed::Preliminary => "Preliminary",
            Listed::Success => "Success",
            Listed::Error => "Error",
            Listed::Practice => "In practice",
            _ => "Any command",
        };
        last_kind = Some(r.kind);
        // The code is painted after wrapping: colour codes must not count as width.
        let mut out = Vec::new();
        f.field(&mut out, label, &format!("{} {}", r.code, r.title), 0)?;
        let text = String::from_utf8_lossy(&out);
        let digits = r.code.to_string();
        w.write_all(text.replacen(&digits, &p.code(r.code), 1).as_bytes())?;
    }
    f.field(w, "Sources", &s.sources.join(", "), 0)
}

fn digit_block(w: &mut impl Write, f: &Fields, d: &DigitView) -> io::Result<()> {
    f.field(w, &d.digits, &format!("{}: {}", d.name, d.meaning), 0)
}

/// `ftpcode explain 5xx`: the digits of a class pattern and the codes in it.
#[inline(never)]
pub fn class_summary(w: &mut impl Write, p: &Painter, c: &ClassSummary) -> io::Result<()> {
    let style = class_style(c.class.as_ref().and_then(|d| d.class));
    writeln!(w, "{}", p.paint(&c.pattern, style))?;
    writeln!(w)?;
    let f = Fields::new(p, 2, 3);
    if let Some(d) = &c.class {
        digit_block(w, &f, d)?;
    }
    if let Some(d) = &c.category {
        digit_block(w, &f, d)?;
    }
    writeln!(w)?;
    if c.codes.is_empty() {
        writeln!(w, "  No code in the table matches {}.", c.pattern)?;
    }
    super::list::summaries(w, p, &c.codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search by string that `sentences` replaced, as the oracle.
    fn sentences_by_find(s: &str, n: usize) -> &str {
        let mut from = 0;
        let mut found = 0;
        while let Some(i) = s[from..].find(". ").map(|i| from + i) {
            let abbreviation = s[..i].ends_with("e.g") || s[..i].ends_with("i.e");
            let capital = s[i + 2..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            if !abbreviation && capital {
                found += 1;
                if found == n {
                    return &s[..=i];
                }
            }
            from = i + 2;
        }
        s
    }

    #[test]
    fn sentences_end_at_a_stop_before_a_capital() {
        let text = "Use PASV, e.g. with ftp -p. Then retry.. 2 more. Último. end";
        assert_eq!(sentences(text, 1), "Use PASV, e.g. with ftp -p.");
        assert_eq!(
            sentences(text, 2),
            "Use PASV, e.g. with ftp -p. Then retry.."
        );
        assert_eq!(
            sentences(text, 3),
            "Use PASV, e.g. with ftp -p. Then retry.. 2 more."
        );
        // "Último." is followed by a lower-case word: no fourth sentence ends there.
        assert_eq!(sentences(text, 4), text);
        assert_eq!(sentences("", 1), "");
        assert_eq!(sentences("Ends. ", 1), "Ends. ");
    }

    proptest::proptest! {
        #[test]
        fn sentences_are_what_the_string_search_found(
            text in "([a-zA-Z0-9ÉÜ]{0,4}[. ]{0,3}(e\\.g|i\\.e)?){0,12}",
            n in 1usize..5,
        ) {
            proptest::prop_assert_eq!(sentences(&text, n), sentences_by_find(&text, n));
        }
    }
}
