//! Lists for people: codes (`list`), search hits, server messages (`list --messages`)
//! and client errors (`list --client`).

use std::io::{self, Write};

use super::text::{Painter, sanitize, width_of, wrap};
use crate::explain::Summary;
use crate::knowledge::clients::{ClientError, Role};
use crate::knowledge::codes::Origin;
use crate::knowledge::servers::ServerMessage;
use crate::search::{Found, Hit};

/// `ftpcode list`: one row per code.
pub fn summaries(w: &mut impl Write, p: &Painter, rows: &[Summary]) -> io::Result<()> {
    for s in rows {
        let note = match s.origin {
            Origin::Unofficial => " (not in any RFC)",
            Origin::Winsock => " (Windows socket error, not a reply)",
            Origin::Rfc | Origin::Undefined => "",
        };
        row(
            w,
            p,
            &s.code.to_string(),
            6,
            &format!("{}{note}", s.title),
            |l| p.code(s.code) + &l[s.code.to_string().len()..],
        )?;
    }
    Ok(())
}

/// A row of a list: a key in its column and text wrapped beside it. `paint` turns the
/// first line (key included) into what is written, so colour is added after layout.
fn row(
    w: &mut impl Write,
    p: &Painter,
    key: &str,
    key_width: usize,
    text: &str,
    paint: impl Fn(&str) -> String,
) -> io::Result<()> {
    let indent = 2 + key_width;
    let lines = wrap(text, p.width().saturating_sub(indent));
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            let pad = " ".repeat(key_width.saturating_sub(width_of(key)));
            let first = format!("{key}{pad}{line}");
            writeln!(w, "  {}", paint(&first))?;
        } else {
            writeln!(w, "{}{line}", " ".repeat(indent))?;
        }
    }
    Ok(())
}

/// `ftpcode search`: the hits, best first, each with the text that matched.
pub fn hits(w: &mut impl Write, p: &Painter, hits: &[Hit]) -> io::Result<()> {
    for h in hits {
        let head = match h.found {
            Found::Code { entry, .. } => format!("{} {}", entry.code, entry.title),
            Found::ServerMessage { message: m } => {
                format!("{} {} \"{}\"", m.code, m.server.name(), m.pattern)
            }
            Found::ClientError { error: e } => {
                format!("{}: {} ({})", e.client.get().name, e.title, e.id)
            }
        };
        let head = sanitize(&head);
        for (i, line) in wrap(&head, p.width()).iter().enumerate() {
            let painted = if i == 0 {
                paint_code(p, line, &h.found)
            } else {
                p.bold(line)
            };
            writeln!(w, "{painted}")?;
        }
        for line in wrap(&sanitize(&h.snippet), p.width().saturating_sub(6)) {
            writeln!(w, "      {}", p.dim(&line))?;
        }
    }
    Ok(())
}

/// A hit's first line with its code (if it has one) in the class colour.
fn paint_code(p: &Painter, line: &str, found: &Found) -> String {
    let code = match found {
        Found::Code { entry, .. } => Some(entry.code),
        Found::ServerMessage { message } => Some(message.code),
        Found::ClientError { .. } => None,
    };
    match code {
        Some(c) => match line.strip_prefix(&c.to_string()) {
            Some(rest) => format!("{}{}", p.code(c), p.bold(rest)),
            None => p.bold(line),
        },
        None => p.bold(line),
    }
}

/// `ftpcode list --messages`: every server message, grouped by server.
pub fn messages(w: &mut impl Write, p: &Painter, messages: &[&ServerMessage]) -> io::Result<()> {
    let mut last = None;
    for m in messages {
        if last != Some(m.server) {
            if last.is_some() {
                writeln!(w)?;
            }
            writeln!(w, "{}", p.bold(m.server.name()))?;
            last = Some(m.server);
        }
        let code = m.code.to_string();
        row(
            w,
            p,
            &code,
            4,
            &sanitize(&format!("\"{}\"", m.pattern)),
            |l| p.code(m.code) + &l[code.len()..],
        )?;
    }
    Ok(())
}

/// `ftpcode list --client`: every client error, grouped by client.
pub fn client_errors(w: &mut impl Write, p: &Painter, errors: &[&ClientError]) -> io::Result<()> {
    let mut last = None;
    let widest = errors
        .iter()
        .map(|e| width_of(e.id.as_str()))
        .max()
        .unwrap_or(0)
        .min(28);
    for e in errors {
        if last != Some(e.client) {
            if last.is_some() {
                writeln!(w)?;
            }
            let client = e.client.get();
            let heading = match client.role {
                Role::Client => client.name.to_string(),
                Role::ServerLog => format!("{} (its own log's lines)", client.name),
            };
            writeln!(w, "{}", p.bold(&heading))?;
            last = Some(e.client);
        }
        row(w, p, &e.id, widest + 2, &e.title, |l| l.to_string())?;
    }
    Ok(())
}
