//! Comparing codes: what the digits imply, plus the hand-written pair notes.

use serde::Serialize;

use crate::code::ReplyCode;
use crate::explain::{Explanation, explain};
use crate::knowledge::codes::Origin;
use crate::knowledge::pairs;

/// Two or more codes side by side. Serialised as is for `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub codes: Vec<Explanation>,
    pub differences: Vec<String>,
    pub guidance: Vec<String>,
}

impl Comparison {
    /// Whether the table knows every code compared.
    pub fn known(&self) -> bool {
        self.codes.iter().all(|e| e.known)
    }
}

/// Compares codes (each with the reply text the user gave, if any). Callers refuse a
/// code given twice; here a repeated code is simply left out.
pub fn compare(codes: &[(ReplyCode, Option<String>)]) -> Comparison {
    let mut unique: Vec<ReplyCode> = Vec::with_capacity(codes.len());
    let mut exps: Vec<Explanation> = Vec::with_capacity(codes.len());
    for (c, text) in codes {
        if !unique.contains(c) {
            unique.push(*c);
            exps.push(explain(*c, text.as_deref()));
        }
    }

    let mut differences = Vec::new();
    differences.push(class_difference(&exps));
    let noted = unique.iter().enumerate().any(|(i, a)| {
        unique[i + 1..]
            .iter()
            .any(|b| pairs::note(*a, *b).is_some())
    });
    // The pair notes say when to retry in their own words; the generic verdict is a
    // difference only when the verdicts differ.
    if !noted && let Some(d) = retry_difference(&exps) {
        differences.push(d);
    }
    if let Some(d) = category_difference(&exps) {
        differences.push(d);
    }
    if let Some(d) = command_difference(&exps) {
        differences.push(d);
    }
    for e in exps.iter().filter(|e| e.origin != Origin::Rfc) {
        differences.push(match e.origin {
            Origin::Winsock => format!(
                "{} is a Windows socket error, not a reply the server sent.",
                e.code
            ),
            Origin::Unofficial => format!(
                "{} is defined by no RFC: servers that send it give it their own meaning.",
                e.code
            ),
            Origin::Rfc | Origin::Undefined => format!(
                "{} is defined by no document ftpcode knows; only its digits can be read.",
                e.code
            ),
        });
    }

    let mut guidance = Vec::new();
    for (i, a) in unique.iter().enumerate() {
        for b in &unique[i + 1..] {
            if let Some(note) = pairs::note(*a, *b) {
                differences.extend(note.differences.iter().map(|s| s.to_string()));
                guidance.extend(note.guidance.iter().map(|s| s.to_string()));
            }
        }
    }

    Comparison {
        codes: exps,
        differences,
        guidance,
    }
}

/// Joins "A is x; B is y" over all codes, or "all are x" when they agree.
fn per_code(
    exps: &[Explanation],
    what: impl Fn(&Explanation) -> Option<String>,
) -> (bool, Vec<String>) {
    let values: Vec<Option<String>> = exps.iter().map(&what).collect();
    let same = values.windows(2).all(|w| w[0] == w[1]);
    (
        same,
        exps.iter()
            .zip(values)
            .map(|(e, v)| format!("{} {}", e.code, v.unwrap_or_else(|| "has none".into())))
            .collect(),
    )
}

fn both(n: usize) -> &'static str {
    if n == 2 { "Both" } else { "All" }
}

fn class_difference(exps: &[Explanation]) -> String {
    let name = |e: &Explanation| {
        e.class
            .as_ref()
            .map(|c| format!("{} ({})", c.name, c.digits))
    };
    let (same, parts) = per_code(exps, |e| name(e).map(|n| format!("is {n}")));
    match (same, exps.first().and_then(name)) {
        (true, Some(n)) => format!(
            "{} are {n} replies: the difference lies in what they report.",
            both(exps.len())
        ),
        _ => format!("{}.", parts.join("; ")),
    }
}

fn retry_difference(exps: &[Explanation]) -> Option<String> {
    if exps.windows(2).all(|w| w[0].retry == w[1].retry) {
        return None;
    }
    let parts: Vec<String> = exps
        .iter()
        .map(|e| {
            let r = if e.retry.is_empty() {
                "not a reply class; see its meaning"
            } else {
                e.retry
            };
            format!("{}: {}", e.code, lower_first(r.trim_end_matches('.')))
        })
        .collect();
    Some(format!(
        "May the client send the same command again? {}.",
        parts.join("; ")
    ))
}

fn category_difference(exps: &[Explanation]) -> Option<String> {
    let (same, parts) = per_code(exps, |e| {
        e.category
            .as_ref()
            .map(|c| format!("is about {} ({})", c.name, c.digits))
    });
    if same {
        let c = exps.first()?.category.as_ref()?;
        return Some(format!(
            "{} are about {} ({}).",
            both(exps.len()),
            c.name,
            c.digits
        ));
    }
    Some(format!("{}.", parts.join("; ")))
}

fn command_difference(exps: &[Explanation]) -> Option<String> {
    if exps.iter().all(|e| e.commands.is_empty()) {
        return None;
    }
    let shared: Vec<&str> = exps[0]
        .commands
        .iter()
        .copied()
        .filter(|c| exps[1..].iter().all(|e| e.commands.contains(c)))
        .collect();
    let mut parts = Vec::new();
    for e in exps {
        let own: Vec<&str> = e
            .commands
            .iter()
            .copied()
            .filter(|c| !shared.contains(c))
            .collect();
        match own.len() {
            0 => {}
            1..=8 => parts.push(format!("only {} answers {}", e.code, own.join(", "))),
            n => parts.push(format!(
                "only {} answers {n} others, among them {}",
                e.code,
                own[..6].join(", ")
            )),
        }
    }
    if !shared.is_empty() {
        parts.push(format!(
            "{} can answer {}",
            lower_first(both(exps.len())),
            shared.join(", ")
        ));
    }
    // `commands` holds what servers send in practice too (550 to STOR); a pair note may
    // speak of RFC 959 §5.4 alone, so the frame is said.
    Some(format!(
        "Commands, in the RFCs or common server practice: {}.",
        parts.join("; ")
    ))
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(n: &[u16]) -> Vec<(ReplyCode, Option<String>)> {
        n.iter().map(|&n| (ReplyCode::known(n), None)).collect()
    }

    #[test]
    fn duplicates_are_dropped() {
        assert_eq!(compare(&codes(&[550, 550])).codes.len(), 1);
    }

    #[test]
    fn digits_drive_generic_differences() {
        let c = compare(&codes(&[211, 502]));
        assert!(
            c.differences[0].contains("211 is positive completion (2yz)"),
            "{:?}",
            c.differences
        );
        assert!(c.differences[0].contains("502 is permanent negative (5yz)"));
        // 211/502 have a pair note, which speaks of retrying itself.
        assert!(
            !c.differences
                .iter()
                .any(|d| d.starts_with("May the client"))
        );
        let c = compare(&codes(&[200, 421]));
        assert!(
            c.differences[1].starts_with("May the client"),
            "{:?}",
            c.differences
        );
        let c = compare(&codes(&[450, 550]));
        assert!(
            c.differences
                .iter()
                .any(|d| d.contains("Both are about file system")),
            "{:?}",
            c.differences
        );
    }
}
