//! Rendering for people: wrapped to the terminal, coloured by reply class.
//!
//! Colour is decided once, at the edge (`main`, through anstream's rules for
//! `--color`, NO_COLOR, CLICOLOR_FORCE and the terminal); here it is a plain flag,
//! so text copied from a log is never run through an escape-stripping filter.

use std::io::{self, Write};

use owo_colors::{OwoColorize, Style};

use crate::code::{Class, ReplyCode};

/// Prose is never wrapped wider than this, even on a wide terminal: long lines read
/// badly. (`compare` uses more of a wide terminal, one readable column per code.)
const MAX_WIDTH: usize = 100;
/// Nor narrower than this: below it no layout can hold a label and a value.
pub const MIN_WIDTH: usize = 30;
/// A terminal wider than this is used only up to it (`compare`'s columns).
const MAX_FULL_WIDTH: usize = 240;

/// How to draw: colour on or off, and the width to wrap to.
#[derive(Debug, Clone, Copy)]
pub struct Painter {
    pub color: bool,
    /// The width prose is wrapped to.
    width: usize,
    /// The whole width of the output.
    full: usize,
}

impl Painter {
    pub fn new(color: bool, width: usize) -> Self {
        let full = width.clamp(MIN_WIDTH, MAX_FULL_WIDTH);
        Painter {
            color,
            width: full.min(MAX_WIDTH),
            full,
        }
    }

    /// The width prose is wrapped to.
    pub fn width(&self) -> usize {
        self.width
    }

    /// The whole width of the terminal (or of `--width`), up to a limit.
    pub fn full_width(&self) -> usize {
        self.full
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

/// The width to lay text out in: `--width`, else the terminal's when stdout or stderr is
/// one (stdout piped into a pager), else COLUMNS, else 80.
pub fn terminal_width(given: Option<usize>) -> usize {
    if let Some(w) = given {
        return w;
    }
    if let Some((terminal_size::Width(w), _)) = terminal_size() {
        return usize::from(w);
    }
    columns().unwrap_or(80)
}

/// The size of the terminal on stdout or stderr. Not `terminal_size::terminal_size()`,
/// which also asks stdin: std makes stdin's 8 KiB buffer the first time it is named, a
/// cost every `explain` would pay at start-up, and a terminal on stdin alone (output to a
/// file) is no reason to lay out for it.
fn terminal_size() -> Option<(terminal_size::Width, terminal_size::Height)> {
    terminal_size::terminal_size_of(io::stdout())
        .or_else(|| terminal_size::terminal_size_of(io::stderr()))
}

/// COLUMNS, when set to a number.
fn columns() -> Option<usize> {
    std::env::var("COLUMNS").ok()?.trim().parse().ok()
}

/// The terminal's height, when stdout is one (for the pager).
pub fn terminal_height() -> Option<usize> {
    terminal_size().map(|(_, terminal_size::Height(h))| usize::from(h))
}

/// Whether a character must not reach a terminal raw: C0 and C1 controls (ESC, BEL, CR,
/// ...) and Unicode's invisible format characters that reorder or hide text (bidi
/// overrides and isolates, zero-width characters, the BOM).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}')
}

/// Escapes control and format characters so text taken from a user or a log cannot drive
/// the terminal or disguise itself.
pub fn sanitize(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return s.into();
    }
    s.chars()
        .map(|c| {
            if c == '\t' {
                " ".to_string() // a tab only moves the cursor, but breaks the layout
            } else if is_unsafe(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

/// Text from outside cut to `max` characters, saying how much was left out.
pub fn shortened(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let n = s.chars().count();
    if n <= max {
        return s.into();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{cut}… ({} more characters)", n - max).into()
}

/// Display width in terminal columns (wide CJK characters count two).
pub fn width_of(s: &str) -> usize {
    // Nearly all text here is printable ASCII, one column a byte: skip the table lookups
    // per character (a third of `explain`'s own work before this).
    if s.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return s.len();
    }
    // Latin-1 and Latin Extended letters and signs (`·`, `§`, `é`) are one column each,
    // but for the soft hyphen: counted here, the width table (three windows of the
    // binary's data, faulted in at start-up) is read only for other scripts and symbols.
    if s.chars().all(|c| {
        c >= ' '
            && c != '\u{7f}'
            && !('\u{80}'..'\u{a0}').contains(&c)
            && c != '\u{ad}'
            && c < '\u{300}'
    }) {
        return s.chars().count();
    }
    unicode_width::UnicodeWidthStr::width(s)
}

/// Greedy word wrap (first fit, as terminals do). A word wider than the line is cut into
/// pieces that fit: nothing ever runs past `width`.
/// Hand-written because it is the whole cost of `explain` otherwise (see benches/explain.sh).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Lines {
        width,
        done: Vec::new(),
        line: String::with_capacity(width + 8),
    };
    lay_out(text, width, &mut lines);
    lines.done.push(lines.line);
    lines.done
}

/// [`wrap`] for a text quoted as it was (a reply's text, a log's line): its runs of
/// blanks are kept (`Dec  3`), where prose has them collapsed; lines still break at a
/// blank.
pub fn wrap_quoted(text: &str, width: usize) -> Vec<String> {
    let mut lines = Lines {
        width,
        done: Vec::new(),
        line: String::with_capacity(width + 8),
    };
    let width = width.max(10);
    // (Plain text has no runs of blanks: its quick layout is the same.)
    let rest = lay_out_plain(text, width, &mut lines);
    lay_out_pieces(rest, width, true, &mut lines);
    lines.done.push(lines.line);
    lines.done
}

/// How many lines `wrap` makes of a text, without making them (`explain` tries several
/// texts for the one that fits).
pub fn wrapped_height(text: &str, width: usize) -> usize {
    struct Count(usize);
    impl Layout for Count {
        fn push_str(&mut self, _: &str) {}
        fn push(&mut self, _: char) {}
        fn end_line(&mut self) {
            self.0 += 1;
        }
    }
    let mut count = Count(1);
    lay_out(text, width, &mut count);
    count.0
}

/// Where `lay_out` puts what it lays out: lines of text, or a count of them.
trait Layout {
    fn push_str(&mut self, s: &str);
    fn push(&mut self, c: char);
    fn end_line(&mut self);
}

struct Lines {
    width: usize,
    done: Vec<String>,
    line: String,
}

impl Layout for Lines {
    fn push_str(&mut self, s: &str) {
        self.line.push_str(s);
    }
    fn push(&mut self, c: char) {
        self.line.push(c);
    }
    fn end_line(&mut self) {
        // Each line sized for a full one at once, not grown from empty push by push.
        let next = String::with_capacity(self.width + 8);
        self.done.push(std::mem::replace(&mut self.line, next));
    }
}

/// The one wrapping algorithm behind `wrap` and `wrapped_height`.
fn lay_out(text: &str, width: usize, out: &mut impl Layout) {
    let width = width.max(10);
    let rest = lay_out_plain(text, width, out);
    lay_out_words(rest, width, out);
}

/// The same layout, quicker, for the text nearly all of `explain` is: printable ASCII,
/// words one space apart. A line is then the longest run of whole words that fits, which
/// is where the last space within `width + 1` bytes falls: no word is measured, and no
/// character copied one by one. Returns what it leaves to `lay_out_words`, from the start
/// of a line: all of a text of another kind, or the rest from a word wider than a line.
fn lay_out_plain<'t>(text: &'t str, width: usize, out: &mut impl Layout) -> &'t str {
    let bytes = text.as_bytes();
    // Written so that the compiler checks many bytes at a time (`contains` of a short
    // needle is a vector search too).
    let plain = bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && bytes.iter().all(|b| b.wrapping_sub(b' ') <= b'~' - b' ')
        && !text.contains("  ");
    if !plain {
        return text;
    }
    let mut start = 0;
    while bytes.len() - start > width {
        match bytes[start..=start + width]
            .iter()
            .rposition(|b| *b == b' ')
        {
            Some(space) if space > 0 => {
                out.push_str(&text[start..start + space]);
                out.end_line();
                start += space + 1;
            }
            // A word wider than the line: cut by the general rule.
            _ => return &text[start..],
        }
    }
    out.push_str(&text[start..]);
    ""
}

/// Greedy first fit, word by word, for any text: a word wider than the line is cut at
/// character boundaries.
fn lay_out_words(text: &str, width: usize, out: &mut impl Layout) {
    lay_out_pieces(text, width, false, out);
}

/// [`lay_out_words`], with the text's runs of blanks collapsed or kept (`keep_blanks`:
/// the empty pieces between two blanks are laid out as words of no width).
fn lay_out_pieces(text: &str, width: usize, keep_blanks: bool, out: &mut impl Layout) {
    let mut used = 0;
    // Something of the text is on the line, if only an empty piece after a blank.
    let mut started = false;
    for word in text.split(' ').filter(|w| keep_blanks || !w.is_empty()) {
        let w = width_of(word);
        let on_line = if keep_blanks { started } else { used > 0 };
        if on_line && used + 1 + w > width {
            out.end_line();
            used = 0;
            started = false;
        }
        if w > width {
            // Cut the long word at character boundaries, filling each line.
            for c in word.chars() {
                let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if used > 0 && used + cw > width {
                    out.end_line();
                    used = 0;
                }
                out.push(c);
                used += cw;
            }
            started = true;
            continue;
        }
        if (keep_blanks && started) || (!keep_blanks && used > 0) {
            out.push(' ');
            used += 1;
        }
        out.push_str(word);
        used += w;
        started = true;
    }
}

/// Labelled fields in two columns, the label column as wide as the block's widest label
/// (so "FileZilla Server" never runs into its value).
pub struct Fields<'p> {
    p: &'p Painter,
    label: usize,
    indent: usize,
}

impl<'p> Fields<'p> {
    /// Fields indented by `indent`, for labels up to `widest` columns wide.
    pub fn new(p: &'p Painter, indent: usize, widest: usize) -> Self {
        // A label column wider than a third of the line leaves too little for values:
        // such a label goes on a line of its own.
        let label = (widest + 2).min(p.width() / 3).max(8);
        Fields { p, label, indent }
    }

    /// The width values wrap to.
    pub fn value_width(&self) -> usize {
        self.p.width().saturating_sub(self.indent + self.label)
    }

    /// `  Label     value...`, wrapped under the value column; `max_lines` cuts a long
    /// value at a word, with an ellipsis (0: no limit).
    pub fn field(
        &self,
        w: &mut impl Write,
        label: &str,
        text: &str,
        max_lines: usize,
    ) -> io::Result<()> {
        self.field_laid_out(w, label, text, max_lines, wrap)
    }

    /// [`Fields::field`] for a value quoted as it was (a reply's text, a log's line): its
    /// runs of blanks kept (see [`wrap_quoted`]).
    pub fn quoted(&self, w: &mut impl Write, label: &str, text: &str) -> io::Result<()> {
        self.field_laid_out(w, label, text, 0, wrap_quoted)
    }

    fn field_laid_out(
        &self,
        w: &mut impl Write,
        label: &str,
        text: &str,
        max_lines: usize,
        wrap: fn(&str, usize) -> Vec<String>,
    ) -> io::Result<()> {
        let p = self.p;
        let value_at = self.indent + self.label;
        let mut lines = wrap(text, p.width().saturating_sub(value_at));
        if max_lines > 0 && lines.len() > max_lines {
            lines.truncate(max_lines);
            if let Some(last) = lines.last_mut() {
                ellipsis(last, p.width().saturating_sub(value_at));
            }
        }
        let pad = spaces(self.indent);
        let label_width = width_of(label);
        let mut rest = &lines[..];
        if label_width + 1 > self.label {
            writeln!(w, "{pad}{}", p.bold(label))?;
        } else if let Some((first, more)) = lines.split_first() {
            let gap = spaces(self.label - label_width);
            writeln!(w, "{pad}{}{gap}{first}", p.bold(label))?;
            rest = more;
        }
        let indent = spaces(value_at);
        for line in rest {
            writeln!(w, "{indent}{line}")?;
        }
        Ok(())
    }
}

/// `n` spaces, without making a string of them (the widest layout is MAX_FULL_WIDTH).
fn spaces(n: usize) -> std::borrow::Cow<'static, str> {
    const SPACES: &str = match str::from_utf8(&[b' '; MAX_FULL_WIDTH]) {
        Ok(s) => s,
        Err(_) => panic!("spaces are UTF-8"),
    };
    match SPACES.get(..n) {
        Some(s) => s.into(),
        None => " ".repeat(n).into(),
    }
}

/// Ends a cut line with "…", dropping its last words to make room.
fn ellipsis(line: &mut String, width: usize) {
    while width_of(line) + 2 > width {
        match line.rfind(' ') {
            Some(i) => line.truncate(i),
            None => break,
        }
    }
    let trimmed = line.trim_end_matches([',', ';', ':', '.']).len();
    line.truncate(trimmed);
    line.push_str(" …");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(sanitize("ok\x1b[31mred\x07"), "ok\\u{1b}[31mred\\u{7}");
        assert_eq!(sanitize("plain § text"), "plain § text");
        assert_eq!(sanitize("a\u{202e}b\u{200b}c"), "a\\u{202e}b\\u{200b}c");
        assert_eq!(sanitize("\u{9b}31m"), "\\u{9b}31m");
    }

    #[test]
    fn wrapping() {
        assert_eq!(wrap("", 20), [""]);
        assert_eq!(wrap("aaa bbb ccc", 10), ["aaa bbb", "ccc"]);
        assert_eq!(wrap("aaaaaaaaaaaaaa b", 10), ["aaaaaaaaaa", "aaaa b"]);
        assert_eq!(wrap("漢字漢字漢字漢字", 10), ["漢字漢字漢", "字漢字"]);
        assert_eq!(wrap("§§§§§ §§§§", 10), ["§§§§§ §§§§"]);
        assert_eq!(width_of("plain ascii"), 11);
        for (text, width) in [
            ("", 20),
            ("aaa bbb ccc", 10),
            ("aaaaaaaaaaaaaaaaaaaaaaa b", 10),
        ] {
            assert_eq!(wrapped_height(text, width), wrap(text, width).len());
        }
        assert_eq!(width_of("漢字 ok"), 7);
        assert!(
            wrap(&"word ".repeat(100), 30)
                .iter()
                .all(|l| width_of(l) <= 30)
        );
    }

    proptest::proptest! {
        // The quick counts of width_of are the width table's, for text of any script.
        #[test]
        fn widths_are_the_tables(text in "[ -~\u{80}-\u{33f}§·…—漢\u{200b}]{0,12}") {
            proptest::prop_assert_eq!(
                width_of(&text),
                unicode_width::UnicodeWidthStr::width(text.as_str())
            );
        }

        // The quick layout of plain text is the word-by-word one, line for line.
        #[test]
        fn plain_text_is_laid_out_as_word_by_word(
            text in "[a-z ]{0,20}( [a-z.,]{1,14}){0,30}[a-z ]{0,3}",
            width in 10usize..40,
        ) {
            let mut words = Lines { width, done: Vec::new(), line: String::new() };
            lay_out_words(&text, width, &mut words);
            words.done.push(words.line);
            proptest::prop_assert_eq!(wrap(&text, width), words.done);
        }

        // A quoted text is laid out with nothing lost but the blanks lines break at,
        // and no line runs past the width.
        #[test]
        fn quoted_text_loses_nothing(text in "[a §漢]{0,120}", width in 10usize..40) {
            let lines = wrap_quoted(&text, width);
            proptest::prop_assert!(lines.iter().all(|l| width_of(l) <= width));
            let blanks = |s: &str| s.bytes().filter(|b| *b == b' ').count();
            let kept: usize = lines.iter().map(|l| blanks(l)).sum::<usize>() + lines.len() - 1;
            proptest::prop_assert!(kept >= blanks(&text));
            let words = |s: &str| s.chars().filter(|c| *c != ' ').collect::<String>();
            proptest::prop_assert_eq!(words(&lines.concat()), words(&text));
        }

        // Counting lines and making them are one algorithm: they never disagree, and no
        // line runs past the width (wide and zero-width characters included).
        #[test]
        fn wrapping_counts_what_it_makes(text in "[a §漢\u{301}]{0,120}", width in 10usize..40) {
            let lines = wrap(&text, width);
            proptest::prop_assert_eq!(wrapped_height(&text, width), lines.len());
            proptest::prop_assert!(lines.iter().all(|l| width_of(l) <= width));
        }
    }

    #[test]
    fn quoted_text_keeps_its_blanks() {
        assert_eq!(wrap("Dec  3 10:00", 20), ["Dec 3 10:00"]);
        assert_eq!(wrap_quoted("Dec  3 10:00", 20), ["Dec  3 10:00"]);
        assert_eq!(wrap_quoted("a    b", 20), ["a    b"]);
        assert_eq!(wrap_quoted("aaa bbb ccc", 10), ["aaa bbb", "ccc"]);
        assert_eq!(wrap_quoted("", 20), [""]);
    }

    #[test]
    fn width_is_clamped() {
        assert_eq!(Painter::new(false, 5).width, MIN_WIDTH);
        assert_eq!(Painter::new(false, 500).width, MAX_WIDTH);
        assert_eq!(Painter::new(false, 500).full_width(), MAX_FULL_WIDTH);
    }
}
