//! `compare` for people: the codes in columns across the terminal (stacked when it is too
//! narrow), the same sections on the same rows, then the differences and when a server
//! sends which.

use std::io::{self, Write};

use owo_colors::Style;

use super::text::{Painter, class_style, sanitize, width_of, wrap, wrap_quoted};
use crate::compare::Comparison;
use crate::explain::Explanation;

/// Columns narrower than this make `compare` stack its codes instead.
const MIN_COLUMN: usize = 30;
/// Nor wider than this: a wide terminal gets readable columns, not long lines.
const MAX_COLUMN: usize = 70;
/// Between columns.
const GAP: usize = 3;

type Cell = (String, Style);

/// One column: sections (heading, what to do, meaning, when, retry, fixes) of wrapped
/// lines, so that the same section starts on the same row in every column.
fn column(e: &Explanation, width: usize) -> Vec<Vec<Cell>> {
    let mut head: Vec<Cell> = wrap(&format!("{} {}", e.code, e.title), width)
        .into_iter()
        .map(|l| (l, class_style(e.code.class())))
        .collect();
    let standing = e
        .class
        .as_ref()
        .map_or_else(String::new, |c| format!("{} ({})", c.name, c.digits));
    head.extend(
        wrap(&standing, width)
            .into_iter()
            .filter(|l| !l.is_empty())
            .map(|l| (l, Style::new().dimmed())),
    );
    let seen = if e.canonical != Some(&*e.text) && !e.text.is_empty() {
        sanitize(&e.text).into_owned()
    } else {
        String::new()
    };
    let mut sections = vec![head];
    for (label, text) in [
        ("Reply", seen.as_str()),
        ("What to do", e.advice),
        ("Meaning", &*e.meaning),
        ("When", e.when),
        ("Retry", e.retry),
        ("Client fix", e.fix.client),
        ("Server fix", e.fix.server),
    ] {
        let mut lines = vec![(String::new(), Style::new())];
        if !text.is_empty() {
            lines.push((label.to_string(), Style::new().bold()));
            // (The reply is quoted as it was, its runs of blanks kept.)
            let laid_out = match label {
                "Reply" => wrap_quoted(text, width),
                _ => wrap(text, width),
            };
            lines.extend(laid_out.into_iter().map(|l| (l, Style::new())));
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
        for (i, line) in wrap(item, p.width().saturating_sub(4)).iter().enumerate() {
            let bullet = if i == 0 { "  - " } else { "    " };
            writeln!(w, "{bullet}{line}")?;
        }
    }
    Ok(())
}

/// `ftpcode compare`: the codes in columns (stacked when too narrow), then the differences.
pub fn comparison(w: &mut impl Write, p: &Painter, c: &Comparison) -> io::Result<()> {
    let n = c.codes.len().max(1);
    let room = p.full_width().saturating_sub(GAP * (n - 1));
    let col = (room / n).min(MAX_COLUMN);
    if n > 1 && col >= MIN_COLUMN {
        let cols: Vec<Vec<Vec<Cell>>> = c.codes.iter().map(|e| column(e, col)).collect();
        let sections = cols.first().map_or(0, Vec::len);
        for s in 0..sections {
            if cols.iter().all(|c| c[s].len() <= 1) {
                continue; // a section no code has
            }
            let rows = cols.iter().map(|c| c[s].len()).max().unwrap_or(0);
            for r in 0..rows {
                let mut line = String::new();
                for (i, sections) in cols.iter().enumerate() {
                    let (text, style) = sections[s].get(r).cloned().unwrap_or_default();
                    line.push_str(&p.paint(&text, style));
                    if i + 1 < cols.len() {
                        let used = width_of(&text);
                        line.push_str(&" ".repeat(col.saturating_sub(used) + GAP));
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
            let sections = column(e, p.width())
                .into_iter()
                .enumerate()
                .filter(|(i, s)| *i == 0 || s.len() > 1)
                .map(|(_, s)| s);
            for (text, style) in sections.flatten() {
                writeln!(w, "{}", p.paint(&text, style))?;
            }
        }
    }
    bullets(w, p, "Key differences", &c.differences)?;
    bullets(w, p, "When a server sends which", &c.guidance)
}
