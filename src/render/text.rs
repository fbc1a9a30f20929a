//! Rendering for people: wrapped to the terminal, coloured by reply class.
//!
//! Colour is decided once, at the edge (`main`, through anstream's rules for
//! `--color`, NO_COLOR, CLICOLOR_FORCE and the terminal); here it is a plain flag,
//! so text copied from a log is never run through an escape-stripping filter.

use std::io::{self, Write};

use owo_colors::{OwoColorize, Style};

use crate::code::{Class, ReplyCode};
use crate::compare::Comparison;
use crate::explain::{AnswerTo, ClassSummary, DigitView, Explanation, SequenceView, Summary};
use crate::knowledge::codes::Origin;
use crate::knowledge::sequences::Listed;
use crate::search::Hit;

/// Text is never wrapped wider than this, even on a wide terminal: long lines read badly.
const MAX_WIDTH: usize = 100;
/// Nor narrower than this, so a tiny COLUMNS still gives readable output.
const MIN_WIDTH: usize = 40;
/// Width of the label column in `explain` output ("  Commands    ").
const LABEL: usize = 12;
/// Columns narrower than this make `compare` stack its codes instead.
const MIN_COLUMN: usize = 30;

/// How to draw: colour on or off, and the width to wrap to.
#[derive(Debug, Clone, Copy)]
pub struct Painter {
    pub color: bool,
    width: usize,
}

impl Painter {
    pub fn new(color: bool, width: usize) -> Self {
        Painter {
            color,
            width: width.clamp(MIN_WIDTH, MAX_WIDTH),
        }
    }

    /// The width text is wrapped to.
    pub fn width(&self) -> usize {
        self.width
    }

    pub fn paint(&self, s: &str, style: Style) -> String {
        if self.color && !s.is_empty() {
            s.style(style).to_string()
        } else {
            s.to_string()
        }
    }

    pub fn bold(&self, s: &str) -> String {
        self.paint(s, Style::new().bold())
    }

    pub fn dim(&self, s: &str) -> String {
        self.paint(s, Style::new().dimmed())
    }

    /// A code in its class colour.
    pub fn code(&self, code: ReplyCode) -> String {
        self.paint(&code.to_string(), class_style(code.class()))
    }
}

/// The colour of a reply class: green for success, yellow for transient, red for permanent failure.
pub fn class_style(class: Option<Class>) -> Style {
    let s = Style::new().bold();
    match class {
        Some(Class::PositivePreliminary) => s.cyan(),
        Some(Class::PositiveCompletion) => s.green(),
        Some(Class::PositiveIntermediate) => s.blue(),
        Some(Class::TransientNegative) => s.yellow(),
        Some(Class::PermanentNegative) => s.red(),
        Some(Class::Protected) => s.magenta(),
        // A Windows socket error: a failure of the connection.
        None => s.red(),
    }
}

/// The terminal's width when stdout is one, else COLUMNS, else 80.
pub fn terminal_width() -> usize {
    if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
        return usize::from(w);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .unwrap_or(80)
}

/// Escapes control characters so text taken from a user or a log cannot drive the terminal.
pub fn sanitize(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return s.into();
    }
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

/// Display width, counted in characters: the table is ASCII plus "§", and text from a
/// reply is shown escaped, so characters are a good enough measure for alignment.
fn width_of(s: &str) -> usize {
    s.chars().count()
}

/// Greedy word wrap (first fit, as terminals do); a word longer than the line stands alone.
/// Hand-written because it is the whole cost of `explain` otherwise (see benches/explain.sh).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(10);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = width_of(word);
        if used > 0 && used + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += w;
    }
    lines.push(line);
    lines
}

fn digits_line(e: &Explanation) -> String {
    let mut parts = Vec::new();
    if let Some(c) = &e.class {
        parts.push(format!("{} ({})", c.name, c.digits));
    }
    if let Some(c) = &e.category {
        parts.push(format!("{} ({})", c.name, c.digits));
    }
    parts.push(
        match e.origin {
            Origin::Rfc => "standard",
            Origin::Unofficial => "not in any RFC",
            Origin::Winsock => "Windows socket error, not an FTP reply",
            Origin::Undefined => "unknown code",
        }
        .to_string(),
    );
    parts.join(" · ")
}

/// Writes one labelled, wrapped field: `  Label       text...`.
fn field(w: &mut impl Write, p: &Painter, label: &str, text: &str) -> io::Result<()> {
    let indent = 2 + LABEL;
    for (i, line) in wrap(text, p.width - indent).iter().enumerate() {
        if i == 0 {
            let pad = LABEL.saturating_sub(label.chars().count());
            writeln!(w, "  {}{}{}", p.bold(label), " ".repeat(pad), line)?;
        } else {
            writeln!(w, "{}{}", " ".repeat(indent), line)?;
        }
    }
    Ok(())
}

/// `ftpcode explain`: one explanation.
pub fn explanation(w: &mut impl Write, p: &Painter, e: &Explanation) -> io::Result<()> {
    writeln!(w, "{} {}", p.code(e.code), p.bold(&e.title))?;
    writeln!(w, "{}", p.dim(&digits_line(e)))?;
    writeln!(w)?;
    let seen = e.canonical != Some(&*e.text) && !e.text.is_empty();
    if seen {
        for (i, line) in e.text.split('\n').enumerate() {
            let label = if i == 0 { "Reply" } else { "" };
            field(w, p, label, &sanitize(line))?;
        }
    }
    for m in &e.server_messages {
        {
            field(w, p, m.server.name(), &format!("\"{}\"", m.pattern))?;
            field(w, p, "Cause", m.cause)?;
            field(w, p, "Fix", m.fix)?;
            field(w, p, "From", m.source)?;
        }
    }
    if let Some(a) = &e.answer_to {
        field(w, p, "Answering", &answering(e.code, a))?;
    }
    if let Some(c) = e.canonical {
        let label = if seen { "Standard" } else { "Text" };
        field(w, p, label, &format!("\"{c}\""))?;
    }
    field(w, p, "Meaning", &e.meaning)?;
    if !e.when.is_empty() {
        field(w, p, "When", e.when)?;
    }
    if !e.commands.is_empty() {
        field(w, p, "Commands", &e.commands.join(", "))?;
    }
    if !e.retry.is_empty() {
        field(w, p, "Retry", e.retry)?;
    }
    if !e.fix.client.is_empty() {
        field(w, p, "Client", e.fix.client)?;
    }
    if !e.fix.server.is_empty() {
        field(w, p, "Server", e.fix.server)?;
    }
    if let Some(d) = e.disputed {
        field(w, p, "Disputed", d)?;
    }
    for (i, (code, title)) in e.related.iter().enumerate() {
        let label = if i == 0 { "Related" } else { "" };
        let pad = LABEL.saturating_sub(label.len());
        writeln!(
            w,
            "  {}{}{} {}",
            p.bold(label),
            " ".repeat(pad),
            p.code(*code),
            title
        )?;
    }
    if !e.sources.is_empty() {
        let indent = 2 + LABEL;
        for (i, line) in wrap(&e.sources.join(", "), p.width - indent)
            .iter()
            .enumerate()
        {
            let label = if i == 0 { "Sources" } else { "" };
            let pad = LABEL.saturating_sub(label.len());
            writeln!(w, "  {}{}{}", p.bold(label), " ".repeat(pad), p.dim(line))?;
        }
    }
    Ok(())
}

/// "STOR (store a file): one of its error replies (RFC 959 §5.4)", or why it is not.
pub fn answering(code: ReplyCode, a: &AnswerTo) -> String {
    let sources = a.sources.join(", ");
    let what = match a.listed {
        Listed::UnknownCommand => {
            return format!("{}: no RFC ftpcode knows defines this command", a.command);
        }
        Listed::Any => "a reply any command may get (RFC 959 §4.2, §5.4)".to_string(),
        Listed::Unlisted => format!(
            "{code} is not among the replies {sources} lists for {}, nor one servers \
             commonly send: the server departs from the protocol, or the reply answers \
             another command",
            a.command
        ),
        Listed::Practice => format!(
            "not in the list of {sources}, but servers commonly send it (see `ftpcode command {}`)",
            a.command
        ),
        Listed::Preliminary => format!("one of its preliminary replies ({sources})"),
        Listed::Success => format!("one of its success replies ({sources})"),
        Listed::Error => format!("one of its error replies ({sources})"),
    };
    let does = a.does.trim_end_matches('.');
    format!("{} ({}): {what}", a.command, lower_first(does))
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or(String::new(), |f| f.to_lowercase().chain(c).collect())
}

/// `ftpcode command RETR`: the replies a command may get, by kind.
pub fn sequence(w: &mut impl Write, p: &Painter, s: &SequenceView) -> io::Result<()> {
    writeln!(w, "{} {}", p.bold(s.command), s.does)?;
    writeln!(w)?;
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
        let pad = LABEL.saturating_sub(label.len());
        writeln!(
            w,
            "  {}{}{} {}",
            p.bold(label),
            " ".repeat(pad),
            p.code(r.code),
            r.title
        )?;
    }
    field(w, p, "Sources", &s.sources.join(", "))
}

fn digit_block(w: &mut impl Write, p: &Painter, d: &DigitView) -> io::Result<()> {
    field(w, p, &d.digits, &format!("{}: {}", d.name, d.meaning))
}

/// `ftpcode explain 5xx`: the digits of a class pattern and the codes in it.
pub fn class_summary(w: &mut impl Write, p: &Painter, c: &ClassSummary) -> io::Result<()> {
    let style = class_style(c.class.as_ref().and_then(|d| d.class));
    writeln!(w, "{}", p.paint(&c.pattern, style))?;
    writeln!(w)?;
    if let Some(d) = &c.class {
        digit_block(w, p, d)?;
    }
    if let Some(d) = &c.category {
        digit_block(w, p, d)?;
    }
    writeln!(w)?;
    if c.codes.is_empty() {
        writeln!(w, "  No code in the table matches {}.", c.pattern)?;
    }
    summaries(w, p, &c.codes)
}

/// `ftpcode list`: one row per code.
pub fn summaries(w: &mut impl Write, p: &Painter, rows: &[Summary]) -> io::Result<()> {
    for s in rows {
        // Pad by the code's own width: the painted string also holds escape codes.
        let pad = " ".repeat(6usize.saturating_sub(s.code.to_string().len()));
        let note = match s.origin {
            Origin::Unofficial => p.dim("  (not in any RFC)"),
            Origin::Winsock => p.dim("  (Windows socket error, not a reply)"),
            Origin::Rfc | Origin::Undefined => String::new(),
        };
        writeln!(w, "  {}{pad}{}{note}", p.code(s.code), s.title)?;
    }
    Ok(())
}

/// `ftpcode search`: the hits, best first, each with the start of its meaning.
pub fn hits(w: &mut impl Write, p: &Painter, hits: &[Hit]) -> io::Result<()> {
    for h in hits {
        let code = h.entry.code.to_string();
        let pad = " ".repeat(6usize.saturating_sub(code.len()));
        writeln!(w, "{}{pad}{}", p.code(h.entry.code), p.bold(h.entry.title))?;
        let first = h.entry.meaning.split(". ").next().unwrap_or("");
        let first = first.trim_end_matches('.');
        for line in wrap(&format!("{first}."), p.width - 6) {
            writeln!(w, "      {}", p.dim(&line))?;
        }
    }
    Ok(())
}

type Cell = (String, Style);

/// One column of `compare`, as sections (heading, meaning, when, ...) of wrapped lines,
/// so that the same section starts on the same row in every column.
fn column(e: &Explanation, width: usize) -> Vec<Vec<Cell>> {
    let mut head: Vec<Cell> = wrap(&format!("{} {}", e.code, e.title), width)
        .into_iter()
        .map(|l| (l, class_style(e.code.class())))
        .collect();
    head.extend(
        wrap(&digits_line(e), width)
            .into_iter()
            .map(|l| (l, Style::new().dimmed())),
    );
    let mut sections = vec![head];
    for (label, text) in [
        ("Meaning", &*e.meaning),
        ("When", e.when),
        ("Commands", &e.commands.join(", ")),
        ("Retry", e.retry),
    ] {
        let mut lines = vec![(String::new(), Style::new())];
        if !text.is_empty() {
            lines.push((label.to_string(), Style::new().bold()));
            lines.extend(wrap(text, width).into_iter().map(|l| (l, Style::new())));
        }
        sections.push(lines);
    }
    sections
}

fn bullets(w: &mut impl Write, p: &Painter, title: &str, items: &[String]) -> io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(w)?;
    writeln!(w, "{}", p.bold(title))?;
    for item in items {
        for (i, line) in wrap(item, p.width - 4).iter().enumerate() {
            let bullet = if i == 0 { "  - " } else { "    " };
            writeln!(w, "{bullet}{line}")?;
        }
    }
    Ok(())
}

/// `ftpcode compare`: the codes in columns (stacked when too narrow), then the differences.
pub fn comparison(w: &mut impl Write, p: &Painter, c: &Comparison) -> io::Result<()> {
    let n = c.codes.len().max(1);
    let gap = 3;
    let col = (p.width.saturating_sub(gap * (n - 1))) / n;
    if n > 1 && col >= MIN_COLUMN {
        let cols: Vec<Vec<Vec<Cell>>> = c.codes.iter().map(|e| column(e, col)).collect();
        let sections = cols.first().map_or(0, Vec::len);
        for s in 0..sections {
            let rows = cols.iter().map(|c| c[s].len()).max().unwrap_or(0);
            if cols.iter().all(|c| c[s].len() <= 1) {
                continue; // a section no code has
            }
            for r in 0..rows {
                let mut line = String::new();
                for (i, sections) in cols.iter().enumerate() {
                    let (text, style) = sections[s].get(r).cloned().unwrap_or_default();
                    line.push_str(&p.paint(&text, style));
                    if i + 1 < cols.len() {
                        let used = width_of(&text);
                        line.push_str(&" ".repeat(col.saturating_sub(used) + gap));
                    }
                }
                writeln!(w, "{}", line.trim_end())?;
            }
        }
    } else {
        for (i, e) in c.codes.iter().enumerate() {
            if i > 0 {
                writeln!(w)?;
            }
            // Sections of only their leading blank line belong to fields this code lacks.
            let sections = column(e, p.width).into_iter().filter(|s| s.len() > 1);
            for (text, style) in sections.flatten() {
                writeln!(w, "{}", p.paint(&text, style))?;
            }
        }
    }
    bullets(w, p, "Key differences", &c.differences)?;
    bullets(w, p, "When a server sends which", &c.guidance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(sanitize("ok\x1b[31mred\x07"), "ok\\u{1b}[31mred\\u{7}");
        assert_eq!(sanitize("plain § text"), "plain § text");
    }

    #[test]
    fn wrapping() {
        assert_eq!(wrap("", 20), [""]);
        assert_eq!(wrap("aaa bbb ccc", 10), ["aaa bbb", "ccc"]);
        assert_eq!(wrap("aaaaaaaaaaaaaa b", 10), ["aaaaaaaaaaaaaa", "b"]);
        assert_eq!(wrap("§§§§§ §§§§", 10), ["§§§§§ §§§§"]);
        assert!(
            wrap(&"word ".repeat(100), 30)
                .iter()
                .all(|l| width_of(l) <= 30)
        );
    }

    #[test]
    fn width_is_clamped() {
        assert_eq!(Painter::new(false, 5).width, MIN_WIDTH);
        assert_eq!(Painter::new(false, 500).width, MAX_WIDTH);
    }
}
