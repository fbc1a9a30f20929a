//! The bytes of a log line as `scan` reads them: character classes, the tokens worth a
//! look (a three-digit number that may be a reply code, an upper-case word that may be a
//! command), and the shape of what stands before a token.
//!
//! The reader thread finds the tokens of a whole chunk at once ([`tokens`]); everything
//! after that looks only at the few bytes around them.

use super::memo::{self, PrefixMemo};
use super::needle;

/// A token worth a look: where it starts in its block, and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub at: u32,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Exactly three digits, the first 1 to 6, with a byte after them that may end a
    /// reply code (a space, `-`, the end of the line, a quote, ...); or the last three
    /// of a run of four or five digits glued to a byte before it (see `run_token`).
    Number,
    /// A run of 3 to 12 upper-case letters standing alone: a command verb, perhaps.
    Word,
}

/// How long a word in capitals that may be a command is: FTP's verbs (3-4 letters) and
/// other protocols' up to Tor's `AUTHENTICATE` and `PROTOCOLINFO`, which tell their
/// dialogues apart from FTP's.
const WORD: std::ops::RangeInclusive<usize> = 3..=12;

const DIGIT: u8 = 1;
const UPPER: u8 = 2;
const LOWER: u8 = 4;
const SPACE: u8 = 8;
/// A byte of a UTF-8 sequence: a letter of some other script, usually.
const HIGH: u8 = 16;

/// Per byte, its classes.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c == b' ' || c == b'\t' {
            SPACE
        } else if c >= 0x80 {
            HIGH
        } else {
            0
        };
        b += 1;
    }
    t
};

pub fn is_digit(b: u8) -> bool {
    CLASS[usize::from(b)] & DIGIT != 0
}

pub fn is_upper(b: u8) -> bool {
    CLASS[usize::from(b)] & UPPER != 0
}

/// A letter of any script (non-ASCII bytes count as letters: reply texts are translated).
pub fn is_letter(b: u8) -> bool {
    CLASS[usize::from(b)] & (UPPER | LOWER | HIGH) != 0
}

pub fn is_alnum(b: u8) -> bool {
    CLASS[usize::from(b)] & (UPPER | LOWER | DIGIT) != 0
}

pub fn is_space(b: u8) -> bool {
    CLASS[usize::from(b)] & SPACE != 0
}

/// Whether a byte may follow a reply code: what RFC 959 puts there (a space, `-`, the
/// line end) and what logs wrap a reply in (quotes, escapes, field delimiters).
/// [`ends_code`] of the byte at `end`, or an ellipsis that ends the line there: a line cut
/// to the terminal's width by the program that printed it (pytest's short summary,
/// `FAILED test_x - ftplib.error_perm: 530...`).
pub fn ends_code_at(block: &[u8], end: usize) -> bool {
    if ends_code(block.get(end)) {
        return true;
    }
    let rest = &block[end.min(block.len())..];
    // (After a label's colon, as an error quotes a reply: not a countdown's `in 120...`.)
    let labelled = end >= 5 && block[end - 5..end - 3] == *b": ";
    // (Both are three bytes.)
    labelled
        && (rest.starts_with(b"...") || rest.starts_with("\u{2026}".as_bytes()))
        && matches!(rest.get(3), None | Some(b'\n' | b'\r'))
}

pub fn ends_code(b: Option<&u8>) -> bool {
    matches!(
        b,
        None | Some(
            b' ' | b'-'
                | b'\t'
                | b'\r'
                | b'\n'
                | b'"'
                | b'\''
                | b'`'
                | b'\\'
                | b','
                | b';'
                | b'}'
                | b')'
                | b']'
                | b'<'
                | b'|'
                | b':'
        )
    )
}

/// `line` without the terminal escape sequences in it, into `out`: control sequences
/// (`ESC[32m`, `ESC[2K`), strings (`ESC]0;title BEL`, ended by BEL or `ESC\\`) and the
/// short ones (`ESC(B`, `ESC=`). A lone ESC at the end is left out too.
pub fn without_terminal_escapes(line: &[u8], out: &mut Vec<u8>) {
    out.clear();
    let mut i = 0;
    while let Some(at) = memchr::memchr(0x1b, &line[i..]) {
        out.extend_from_slice(&line[i..i + at]);
        i += at + 1;
        match line.get(i) {
            // CSI: parameters and intermediates, then one final byte.
            Some(b'[') => {
                i += 1;
                while i < line.len() && !(0x40..=0x7e).contains(&line[i]) {
                    i += 1;
                }
                i += 1;
            }
            // OSC, DCS, and the other strings: up to BEL or ST (`ESC\\`).
            Some(b']' | b'P' | b'_' | b'^' | b'X') => {
                i += 1;
                while i < line.len() && line[i] != 0x07 && line[i] != 0x1b {
                    i += 1;
                }
                if line.get(i) == Some(&0x1b) && line.get(i + 1) == Some(&b'\\') {
                    i += 1;
                }
                i += 1;
            }
            // Intermediates, then one final byte (`ESC(B`, `ESC=`, `ESC7`).
            Some(_) => {
                while i < line.len() && (0x20..=0x2f).contains(&line[i]) {
                    i += 1;
                }
                i += 1;
            }
            None => {}
        }
        i = i.min(line.len());
    }
    out.extend_from_slice(&line[i..]);
}

/// The typographic quotes an office program or a chat puts for typed ones (`‘220 ready.’`,
/// `“USER ftpuser”`, `„...“`), found by their first byte: where a line holds one.
pub fn typographic_quote(line: &[u8]) -> bool {
    memchr::memchr_iter(0xe2, line).any(|i| {
        line.get(i + 1) == Some(&0x80) && line.get(i + 2).is_some_and(|b| (0x98..=0x9e).contains(b))
    })
}

/// `line` with its typographic quotes written as the ASCII ones they stand for, as a
/// program logged them: single ones as `'`, double ones as `"`.
pub fn plain_quotes(line: &mut Vec<u8>) {
    let mut out = 0;
    let mut i = 0;
    while i < line.len() {
        let b = line[i];
        let quote = match (b, line.get(i + 1), line.get(i + 2)) {
            (0xe2, Some(0x80), Some(0x98..=0x9b)) => Some(b'\''),
            (0xe2, Some(0x80), Some(0x9c..=0x9e)) => Some(b'"'),
            _ => None,
        };
        match quote {
            Some(q) => {
                line[out] = q;
                i += 3;
            }
            None => {
                line[out] = b;
                i += 1;
            }
        }
        out += 1;
    }
    line.truncate(out);
}

/// `line` as a terminal shows it once its backspaces are applied: each moves back over
/// one character, and what comes next is written over it (`SYTS^H ^H^H ^HST` shows `SYST`,
/// nroff's bold `2^H2` shows `2`, its underline `_^Hx` shows `x`). A backspace at the
/// line's start stays where it is, as a terminal's cursor does.
pub fn backspaces_applied(line: &mut Vec<u8>) {
    // The characters shown, each as the range of `line` it came from (a byte that is no
    // UTF-8 is a character of its own).
    let mut shown: Vec<(usize, usize)> = Vec::with_capacity(line.len());
    let mut cursor: usize = 0;
    let mut i = 0;
    while i < line.len() {
        let mut end = i + 1;
        if line[i] >= 0xc0 {
            while end < line.len() && line[end] & 0xc0 == 0x80 {
                end += 1;
            }
        }
        if line[i] == 0x08 {
            cursor = cursor.saturating_sub(1);
        } else if cursor < shown.len() {
            shown[cursor] = (i, end);
            cursor += 1;
        } else {
            shown.push((i, end));
            cursor += 1;
        }
        i = end;
    }
    let out = shown
        .iter()
        .flat_map(|&(a, b)| &line[a..b])
        .copied()
        .collect();
    *line = out;
}

/// The tokens of a block of lines, in order: numbers shaped like reply codes and words
/// shaped like command verbs.
///
/// Read 64 bytes at a time: a mask of the digits, one of the letters and one of the
/// upper-case letters give every run's start and length at once, and only runs are
/// looked at (a log is mostly lower-case words and punctuation, which the byte-by-byte
/// reading in [`tokens_bytewise`] paid for one at a time). A run that reaches the end of
/// the 64 bytes is read again from its start with the next ones, and 64 bytes holding an
/// ESC (a terminal's colour codes, whose letters are no words) are read byte by byte.
pub fn tokens(block: &[u8], out: &mut Vec<Token>) {
    let n = block.len();
    // Without SSE2 the masks cost more than they save: byte by byte.
    if cfg!(not(target_arch = "x86_64")) {
        bytewise(block, 0, n, out);
        return;
    }
    let mut i = 0;
    while i < n {
        let window = &block[i..n.min(i + 64)];
        let len = window.len();
        let Masks {
            digits,
            letters,
            upper,
            escape,
        } = Masks::of(window);
        if escape {
            i = bytewise(block, i, i + len, out);
            continue;
        }
        // A run that may go on past these 64 bytes is read with the next ones, from its
        // start (byte by byte when it fills all 64).
        let mut limit = len;
        if i + len < n {
            let last = len - 1;
            let class = if digits >> last & 1 == 1 {
                digits
            } else if letters >> last & 1 == 1 {
                letters
            } else {
                0
            };
            if class != 0 {
                let outside = !class & below(len);
                limit = if outside == 0 {
                    0
                } else {
                    64 - outside.leading_zeros() as usize
                };
                if limit == 0 {
                    i = bytewise(block, i, i + 1, out);
                    continue;
                }
            }
        }
        // Only runs that can make a token: every run of digits, and runs of letters that
        // start with a capital (most words of a log are lower case).
        let mut starts =
            ((digits & !(digits << 1)) | (letters & !(letters << 1) & upper)) & below(limit);
        while starts != 0 {
            let k = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let number = digits >> k & 1 == 1;
            let run = (!((if number { digits } else { letters }) >> k)).trailing_zeros() as usize;
            run_token(block, i + k, run, number, upper >> k, out);
        }
        i += limit;
    }
}

/// The bits below bit `n` (n <= 64).
fn below(n: usize) -> u64 {
    if n >= 64 { u64::MAX } else { (1u64 << n) - 1 }
}

/// Which bytes of up to 64 are digits, letters and upper-case letters (bit k for byte k),
/// and whether one is an ESC.
struct Masks {
    digits: u64,
    letters: u64,
    upper: u64,
    escape: bool,
}

impl Masks {
    fn of(window: &[u8]) -> Masks {
        #[cfg(target_arch = "x86_64")]
        if let Ok(full) = <&[u8; 64]>::try_from(window) {
            // SAFETY: SSE2 is part of the x86-64 baseline, enabled in every build for it.
            return unsafe { Masks::sse2(full) };
        }
        let mut m = Masks {
            digits: 0,
            letters: 0,
            upper: 0,
            escape: false,
        };
        for (k, &b) in window.iter().enumerate() {
            let c = CLASS[usize::from(b)];
            m.digits |= u64::from(c & DIGIT != 0) << k;
            m.letters |= u64::from(c & (UPPER | LOWER) != 0) << k;
            m.upper |= u64::from(c & UPPER != 0) << k;
            m.escape |= b == 0x1b;
        }
        m
    }

    /// 16 bytes at a time with SSE2, which every x86-64 processor has.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "sse2")]
    fn sse2(window: &[u8; 64]) -> Masks {
        use std::arch::x86_64::*;
        let mut m = Masks {
            digits: 0,
            letters: 0,
            upper: 0,
            escape: false,
        };
        for (q, chunk) in window.chunks_exact(16).enumerate() {
            // SAFETY: SSE2 is part of x86-64; the load reads the 16 bytes of `chunk`.
            let v = unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) };
            // Signed comparisons: bytes from 0x80 up are negative, in no range.
            let within = |lo: u8, hi: u8| {
                _mm_and_si128(
                    _mm_cmpgt_epi8(v, _mm_set1_epi8((lo - 1) as i8)),
                    _mm_cmplt_epi8(v, _mm_set1_epi8((hi + 1) as i8)),
                )
            };
            let bits = |x: __m128i| u64::from(_mm_movemask_epi8(x) as u16) << (16 * q);
            let up = within(b'A', b'Z');
            m.digits |= bits(within(b'0', b'9'));
            m.upper |= bits(up);
            m.letters |= bits(_mm_or_si128(up, within(b'a', b'z')));
            m.escape |= _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x1b))) != 0;
        }
        m
    }
}

/// The token a run of digits or letters makes, if any: a number of three digits that may
/// be a reply code, or 3 to 8 upper-case letters not followed by a digit (`33m220` is a
/// colour code, then a number). `upper` holds the run's upper-case letters from bit 0.
#[inline]
fn run_token(
    block: &[u8],
    start: usize,
    run: usize,
    number: bool,
    upper: u64,
    out: &mut Vec<Token>,
) {
    let end = start + run;
    // `W4550 No such file` (a packet's header bytes printed as text, the last a digit, run
    // into the payload): a longer run glued to what stands before it may end in a code.
    // (Not after a decimal point, a thousands comma, a colon or a slash: the fraction of a
    // time, a port, `127.0.0.2/41519`.)
    if number
        && (4..=5).contains(&run)
        && start > 0
        && !matches!(
            block[start - 1],
            b' ' | b'\t' | b'\n' | b'\r' | b',' | b':' | b'/'
        )
        // (A dot after another is a dump's unprintable byte, no decimal point: `..9331
        // Password required`.)
        && (block[start - 1] != b'.' || start >= 2 && block[start - 2] == b'.')
        && (b'1'..=b'5').contains(&block[end - 3])
        && ends_code(block.get(end))
        && !sd_id_number(block, start)
    {
        out.push(Token {
            at: (end - 3) as u32,
            kind: TokenKind::Number,
        });
        return;
    }
    let kind = if number {
        let code = run == 3 && (b'1'..=b'6').contains(&block[start]) && ends_code_at(block, end);
        code.then_some(TokenKind::Number)
    } else {
        let all_upper = run < 64 && upper & ((1u64 << run) - 1) == (1u64 << run) - 1;
        // (One digit that ends the word may be a verb's own: `XMD5`, `XSHA1`.)
        let digit_after = block.get(end).is_some_and(|b| is_digit(*b))
            && block
                .get(end + 1)
                .is_some_and(|b| b.is_ascii_alphanumeric());
        (all_upper && !digit_after && WORD.contains(&run)).then_some(TokenKind::Word)
    };
    if let Some(kind) = kind {
        out.push(Token {
            at: start as u32,
            kind,
        });
    }
}

/// Whether the digits at `start` are the enterprise number of a syslog structured data
/// element's id, `[origin@32473 software="rsyslogd"]` (RFC 5424 §6.3.2: a name, `@`, the
/// number), glued to the `@` as no code is.
fn sd_id_number(block: &[u8], start: usize) -> bool {
    if block[start - 1] != b'@' {
        return false;
    }
    let name = &block[start.saturating_sub(34)..start - 1];
    name.iter().rposition(|b| *b == b'[').is_some_and(|open| {
        open + 1 < name.len()
            && name[open + 1..]
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
    })
}

/// [`tokens`] byte by byte from `from`, until a run or escape ends at or past `until`;
/// where it stopped.
fn bytewise(block: &[u8], from: usize, until: usize, out: &mut Vec<Token>) -> usize {
    let n = block.len();
    let mut i = from;
    while i < until.min(n) {
        let c = CLASS[usize::from(block[i])];
        if c & (DIGIT | UPPER | LOWER) != 0 {
            let number = c & DIGIT != 0;
            let start = i;
            let mut upper = 0u64;
            while i < n && CLASS[usize::from(block[i])] & (DIGIT | UPPER | LOWER) != 0 {
                let here = CLASS[usize::from(block[i])];
                if (here & DIGIT != 0) != number {
                    break;
                }
                if i - start < 64 && here & UPPER != 0 {
                    upper |= 1 << (i - start);
                }
                i += 1;
            }
            run_token(block, start, i - start, number, upper, out);
        } else if block[i] == 0x1b && block.get(i + 1) == Some(&b'[') {
            // A terminal's colour code (`ESC[32m`): its letter is no word.
            i += 2;
            while i < n && !(0x40..=0x7e).contains(&block[i]) {
                i += 1;
            }
            i += 1;
        } else {
            i += 1;
        }
    }
    i
}

/// The tokens of a block read byte by byte: the plain definition `tokens` is held to.
#[cfg(test)]
fn tokens_bytewise(block: &[u8], out: &mut Vec<Token>) {
    bytewise(block, 0, block.len(), out);
}

/// The shape of what stands before a token: the last bytes before it with letters,
/// digits, spaces and other scripts each folded into one class (`Response:\t` and
/// `Reply: ` differ, `[pid 812]` and `[pid 20684]` do not), plus the last word itself.
/// Lines that one program writes for one purpose share a shape.
pub fn shape(before: &[u8]) -> u64 {
    thread_local! {
        static SHAPES: std::cell::RefCell<PrefixMemo<u64>> =
            const { std::cell::RefCell::new(PrefixMemo::new(4, 0)) };
    }
    if before.is_empty() || before.len() > memo::LONGEST {
        return shape_now(before);
    }
    if let Some(shape) = SHAPES.with(|m| m.borrow().get(before)) {
        return shape;
    }
    let shape = shape_now(before);
    SHAPES.with(|m| *m.borrow_mut().entry(before) = shape);
    shape
}

/// [`shape`], worked out.
pub(crate) fn shape_now(before: &[u8]) -> u64 {
    const SPAN: usize = 32;
    // A field's value is quoted where it holds a blank (logfmt's `line=211-Features:`, then
    // `line="211 End"`): the quote is no part of the field's shape.
    let before = match before {
        [head @ .., b'=', b'"' | b'\''] => &before[..head.len() + 1],
        _ => before,
    };
    let tail = &before[before.len().saturating_sub(SPAN)..];
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    let mut last = 0u8;
    for &b in tail {
        let class = CLASS[usize::from(b)];
        let folded = match class {
            DIGIT => b'0',
            UPPER | LOWER => b'a',
            HIGH => b'u',
            SPACE => b' ',
            _ => b,
        };
        if folded != last || !matches!(folded, b'0' | b'a' | b'u' | b' ') {
            mix(folded);
        }
        last = folded;
    }
    // The last word, as written (case folded), where it names what follows: `Response:`
    // is not `Command:`. A word in a field (an access log's command) is folded like the
    // rest.
    let word = last_word(before);
    let labelled = lex_trim_end(before).ends_with(b":")
        || super::words::is_direction(word)
        || super::words::is_error(word);
    if labelled {
        mix(0xff);
        for b in word {
            mix(b.to_ascii_lowercase());
        }
    }
    h
}

/// What a line's columns up to a point look like, whatever their words and numbers:
/// letters (and `_`, `.`, `-` in a name) fold into one class, digits into another, blanks
/// into one blank (`4043 D logline:` and `4046 D debug:` are one column).
pub fn column(prefix: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut last = 0u8;
    for &b in &prefix[prefix.len().saturating_sub(48)..] {
        let folded = match b {
            b'0'..=b'9' => b'0',
            b' ' | b'\t' => b' ',
            b'_' | b'.' | b'-' => b'a',
            _ if is_letter(b) => b'a',
            _ => b,
        };
        if folded != last || !matches!(folded, b'0' | b'a' | b' ') {
            h = (h ^ u64::from(folded)).wrapping_mul(0x0100_0000_01b3);
        }
        last = folded;
    }
    h
}

/// The label that stands right before a token: the last word (case folded) and the
/// marks between it and the token, blanks folded; 0 where no word is there. Two lines
/// whose prefixes differ in their first columns (a time a formatter writes only when it
/// changes, `[07:16:23] DEBUG    ` then `           DEBUG    `) share it.
pub fn label(before: &[u8]) -> u64 {
    let word = last_word(before);
    let Some(end) = before.iter().rposition(|&b| is_letter(b)).map(|i| i + 1) else {
        return 0;
    };
    if word.is_empty() || before.len() - end > 16 {
        return 0;
    }
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut mix = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    for b in word {
        mix(b.to_ascii_lowercase());
    }
    let mut last = 0u8;
    for &b in &before[end..] {
        let folded = if is_space(b) { b' ' } else { b };
        if folded != last || folded != b' ' {
            mix(folded);
        }
        last = folded;
    }
    h | 1
}

/// Where the double-quoted string `rest` stands in ends: its first unescaped `"` (or the
/// end of `rest`).
pub fn string_end(rest: &[u8]) -> usize {
    let mut i = 0;
    while i < rest.len() && rest[i] != b'"' {
        i += if rest[i] == b'\\' { 2 } else { 1 };
    }
    i.min(rest.len())
}

/// The last run of letters in `s` (at most 24 bytes of it).
pub fn last_word(s: &[u8]) -> &[u8] {
    let end = s.iter().rposition(|&b| is_letter(b)).map_or(0, |i| i + 1);
    let start = s[..end]
        .iter()
        .rposition(|&b| !is_letter(b))
        .map_or(0, |i| i + 1);
    &s[start.max(end.saturating_sub(24))..end]
}

/// Whether `s` is a line of a web page's markup: an HTML entity (`&nbsp;`, `&lt;`,
/// `&#91;`) and a tag of a page's text (`</font>`, `</span>`, `<br>`), or two quotes
/// written as entities on a line without tags. (XML records, such
/// as tshark's PDML, keep their data in attributes, which the text of a page leaves out.)
pub fn has_entity(s: &[u8]) -> bool {
    const TEXT_TAGS: [&[u8]; 12] = [
        b"font>", b"span>", b"b>", b"i>", b"p>", b"td>", b"div>", b"a>", b"pre>", b"code>", b"li>",
        b"tt>",
    ];
    memchr::memchr_iter(b'&', s).any(|i| entity(&s[i..]).is_some())
        && (needle::find!(s, b"&nbsp;").is_some()
            // (Or quotes written as references, a pair at least, on a line with no tag: a
            // page's block of a log over many lines, pytest-html's `*resp* &#x27;221
            // Goodbye.&#x27;`. In a tag they are an attribute's, PDML's `show="500 Command
            // &quot;AUTH&quot; not understood."`.)
            || memchr::memchr(b'<', s).is_none() && quote_references(s) >= 2
            || needle::find_iter!(s, b"</")
                .any(|i| TEXT_TAGS.iter().any(|t| s[i + 2..].starts_with(t)))
            || needle::find!(s, b"<br").is_some())
}

/// How many quotes `s` writes as HTML character references (`&#x27;`, `&#39;`, `&quot;`).
fn quote_references(s: &[u8]) -> usize {
    memchr::memchr_iter(b'&', s)
        .filter(|&i| entity(&s[i..]).is_some_and(|(b, _)| matches!(b, b'\'' | b'"')))
        .count()
}

/// Whether `s` is one XML element whose text has an entity (`<Message>S&lt; 221
/// Goodbye.</Message>`, log4j2's XmlLayout), whole or opened to go on over the lines after
/// (`<Message>S&lt; 211-Features:&#xd;`): its text is what the record says.
pub fn element_with_entity(s: &[u8]) -> bool {
    let s = trim_end(trim_start(s));
    let Some(inner) = s.strip_prefix(b"<") else {
        return false;
    };
    let name_len = inner
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b':' | b'.'))
        .count();
    let whole = whole_element(s).is_some();
    // (The entity in the element's text: one in an attribute, which the text leaves out,
    // is no part of it.)
    let Some(open_end) = memchr::memchr(b'>', inner) else {
        return false;
    };
    let text = &inner[open_end..];
    name_len > 0
        && (whole || memchr::memchr(b'<', text).is_none())
        && memchr::memchr_iter(b'&', text).any(|i| entity(&text[i..]).is_some())
}

/// Whether an element's name says it holds a pattern that log lines are matched against
/// (`<match>530 Login incorrect</match>`, Wazuh's and OSSEC's rules), no line of a log.
pub fn pattern_element(name: &[u8]) -> bool {
    [
        &b"match"[..],
        b"prematch",
        b"regex",
        b"pattern",
        b"failregex",
        b"expect",
    ]
    .iter()
    .any(|p| p.eq_ignore_ascii_case(name))
}

/// One XML element whole on its line, `<name attributes>text</name>` (blanks around it
/// left out): its name, what its opening tag holds after the name, and its text.
pub struct Element<'a> {
    pub name: &'a [u8],
    pub attributes: &'a [u8],
    pub text: &'a [u8],
}

/// The element `s` is, whole, if it is one (asked of many lines: its first byte first).
pub fn whole_element(s: &[u8]) -> Option<Element<'_>> {
    let s = trim_end(trim_start(s));
    let inner = s.strip_prefix(b"<")?;
    let name_len = inner
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b':' | b'.'))
        .count();
    let name = &inner[..name_len];
    let open_end = memchr::memchr(b'>', inner)?;
    let text = s
        .strip_suffix(b">")?
        .strip_suffix(name)?
        .strip_suffix(b"</")?
        .get(open_end + 2..)?;
    (name_len > 0).then_some(Element {
        name,
        attributes: &inner[name_len..open_end],
        text,
    })
}

/// Whether `s` is one XML element whole whose text is words (`<Message>C> USER
/// ana</Message>`, a layout's record): its text is what the record says, without the tags
/// that would end up in a command's or a reply's words. (A value alone, `<code>230</code>`,
/// is named by its element and stays as it is.)
pub fn element_of_words(s: &[u8]) -> bool {
    whole_element(s).is_some_and(|e| {
        !pattern_element(e.name)
            && memchr::memchr(b'<', e.text).is_none()
            && memchr::memchr(b' ', trim_end(trim_start(e.text))).is_some()
    })
}

/// Whether `s` is a line of text in coloured spans or fonts, entity or not (`aha`'s and
/// `ansi2html`'s rendering of a terminal: `<span style="color:#af87ff;">530</span><span
/// ...> Login incorrect.</span>`, `<b style=...>530</b>`): a tag first, two closing text
/// tags at least.
pub fn text_spans(s: &[u8]) -> bool {
    const TAGS: [&[u8]; 3] = [b"span>", b"font>", b"b>"];
    s.first() == Some(&b'<')
        && needle::find_iter!(s, b"</")
            .filter(|&i| TAGS.iter().any(|t| s[i + 2..].starts_with(t)))
            .nth(1)
            .is_some()
}

/// Whether `s` is one element of a page's text, whole: `<pre>'221 Goodbye.'</pre>` (a
/// notebook's output exported to HTML), `<code>`, `<p>`, `<li>`, `<tt>`. (A table's cells
/// are read by their columns, not as text.)
pub fn text_element(s: &[u8]) -> bool {
    const TAGS: [&[u8]; 5] = [b"pre", b"code", b"p", b"li", b"tt"];
    let s = trim_end(s);
    s.first() == Some(&b'<')
        && s.last() == Some(&b'>')
        && TAGS.iter().any(|t| {
            let n = t.len();
            s.len() > 2 * n + 5
                && s[1..].starts_with(t)
                && s[1 + n] == b'>'
                && s[s.len() - n - 3..].starts_with(b"</")
                && &s[s.len() - n - 1..s.len() - 1] == *t
        })
}

/// The byte an entity at the start of `s` stands for, and its length.
fn entity(s: &[u8]) -> Option<(u8, usize)> {
    let end = s.iter().take(8).position(|b| *b == b';')?;
    let byte = match &s[1..end] {
        b"nbsp" => b' ',
        b"lt" => b'<',
        b"gt" => b'>',
        b"amp" => b'&',
        b"quot" => b'"',
        b"apos" => b'\'',
        [b'#', digits @ ..] if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) => {
            let v: u32 = std::str::from_utf8(digits).ok()?.parse().ok()?;
            u8::try_from(v).ok().filter(u8::is_ascii)?
        }
        // (In hex: `&#xd;`, the CR an XML layout keeps of a reply's line end.)
        [b'#', b'x' | b'X', digits @ ..]
            if !digits.is_empty() && digits.iter().all(u8::is_ascii_hexdigit) =>
        {
            let v = u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()?;
            u8::try_from(v).ok().filter(u8::is_ascii)?
        }
        _ => return None,
    };
    Some((byte, end + 1))
}

/// The text a line of HTML renders, in place (it is never longer than its markup): tags
/// (`<font class="x">`, `</font>`, `<br>`) left out, entities decoded.
pub fn markup_text(line: &mut Vec<u8>) {
    let (mut r, mut w) = (0, 0);
    while r < line.len() {
        let b = line[r];
        if b == b'<'
            && line
                .get(r + 1)
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/')
            && let Some(close) = memchr::memchr(b'>', &line[r..])
        {
            r += close + 1;
            continue;
        }
        let (byte, len) = match b {
            b'&' => entity(&line[r..]).unwrap_or((b'&', 1)),
            b => (b, 1),
        };
        line[w] = byte;
        w += 1;
        r += len;
    }
    line.truncate(w);
}

/// `s` without the HTML line break that ends it (`331 Password required<br/>`, a log
/// pasted into a web page's markup: Jira, a forum), nor the blanks before it.
pub fn without_line_break_tag(s: &[u8]) -> &[u8] {
    const TAGS: [&[u8]; 3] = [b"<br/>", b"<br />", b"<br>"];
    match TAGS
        .iter()
        .find(|t| s.len() >= t.len() && s[s.len() - t.len()..].eq_ignore_ascii_case(t))
    {
        Some(t) => trim_end(&s[..s.len() - t.len()]),
        None => s,
    }
}

/// The part of a table's cell that `s` starts, where what stands before it (`before`)
/// opened the cell: `| S | 331 Password required. |`, a Markdown table's row, ends at the
/// next bar (a reply's or a command's words hold none after a blank).
pub fn within_table_cell<'a>(before: &[u8], s: &'a [u8]) -> &'a [u8] {
    if !trim_end(before).ends_with(b"|") {
        return s;
    }
    match needle::find!(s, b" |") {
        Some(i) => trim_end(&s[..i]),
        None => s.strip_suffix(b"|").map_or(s, trim_end),
    }
}

/// `s` without the context a logger writes after each message (Monolog's `%context%
/// %extra%`: ` {"job":"sync"}`, ` [] []`), which holds no words of the message: a JSON
/// object that starts with a key, or empty brackets, after a blank (or alone); and without
/// the place PHP names after an error's message (` in /srv/app/sync.php on line 12`).
pub fn without_context(s: &[u8]) -> &[u8] {
    let mut s = without_logger_fields(without_php_place(trim_end(s)));
    loop {
        let head = if let Some(head) = s.strip_suffix(b"[]") {
            head
        } else if s.ends_with(b"}") {
            // The object opens at a `{"` whose braces close at the end (a reply's words
            // hold no such thing).
            let mut depth = 0usize;
            let mut open = None;
            for i in (0..s.len()).rev() {
                match s[i] {
                    b'}' => depth += 1,
                    b'{' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            open = Some(i);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            match open {
                Some(i) if s.get(i + 1) == Some(&b'"') => &s[..i],
                _ => return s,
            }
        } else {
            return s;
        };
        if !head.is_empty() && !head.last().is_some_and(|b| is_space(*b)) {
            return s;
        }
        s = trim_end(head);
    }
}

/// `s` without the logger's name in brackets and the `key=value` fields after it that
/// structlog's console renderer writes after the event (`Retrieving file from FTP: a.txt
/// [airflow.task.hooks.ftp.FTPHook] loc=ftp.py:213`): no words of the message.
fn without_logger_fields(s: &[u8]) -> &[u8] {
    let mut end = s.len();
    let mut fields = 0;
    loop {
        let head = trim_end(&s[..end]);
        let start = head.iter().rposition(|b| is_space(*b)).map_or(0, |i| i + 1);
        let token = &head[start..];
        let key = token.iter().position(|b| *b == b'=').unwrap_or(0);
        if key > 0
            && key + 1 < token.len()
            && token[..key]
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || *b == b'_')
        {
            end = start;
            fields += 1;
            continue;
        }
        let logger = token
            .strip_prefix(b"[")
            .and_then(|t| t.strip_suffix(b"]"))
            .filter(|name| {
                name.iter().any(u8::is_ascii_alphabetic)
                    && name
                        .iter()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
            });
        return match logger {
            Some(_) if fields > 0 && start > 0 => trim_end(&s[..start]),
            _ => s,
        };
    }
}

/// Whether a line starts with a value of gdb's history, `$14 = "220 ..."`: a value a
/// debugger printed, which no language's variable is named.
pub fn value_history(line: &[u8]) -> bool {
    let digits = line
        .get(1..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    line.first() == Some(&b'$') && digits > 0 && line[1 + digits..].starts_with(b" = ")
}

/// `s` without PHP's ` in FILE on line N` at its end (php-src main/main.c writes an error
/// as `%s: %s in %s on line %d`): a file name without blanks.
fn without_php_place(s: &[u8]) -> &[u8] {
    let digits = s.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let Some(head) = s[..s.len() - digits].strip_suffix(b" on line ") else {
        return s;
    };
    match needle::rfind!(head, b" in ") {
        Some(at) if digits > 0 && !head[at + 4..].iter().any(|b| is_space(*b)) => {
            trim_end(&s[..at])
        }
        _ => s,
    }
}

/// What comes before the first blank of `s` (all of it if it has none).
pub fn first_token(s: &[u8]) -> &[u8] {
    &s[..s.iter().position(|b| is_space(*b)).unwrap_or(s.len())]
}

/// Where a non-empty slice of `line` (a part of it, not a copy) sits in it: its start
/// and length.
pub fn offset_in(line: &[u8], part: &[u8]) -> Option<(usize, usize)> {
    let from = (part.as_ptr() as usize).checked_sub(line.as_ptr() as usize)?;
    (!part.is_empty() && from + part.len() <= line.len()).then_some((from, part.len()))
}

/// What follows the last blank of `s` (all of it if it has none).
pub fn last_token(s: &[u8]) -> &[u8] {
    &s[s.iter().rposition(|b| is_space(*b)).map_or(0, |i| i + 1)..]
}

/// The words of `s`: runs of letters (any script) of two or more bytes, at most `max`.
pub fn words(s: &[u8], max: usize) -> impl Iterator<Item = &[u8]> {
    s.split(|&b| !is_letter(b) && b != b'\'')
        .map(|w| w.trim_ascii_start())
        .filter(|w| w.len() >= 2)
        .take(max)
}

fn lex_trim_end(s: &[u8]) -> &[u8] {
    trim_end(s)
}

/// Whether a code ends the first group of a UUID's hex digits (`"02e59486-f24d-46ad-...`,
/// Twisted's `__class_uuid__`): its digits glued to hex before them, and a dash and four
/// hex digits and a dash after.
pub fn in_hex_id(before: &[u8], after: &[u8]) -> bool {
    before.last().is_some_and(u8::is_ascii_hexdigit)
        && after.len() >= 6
        && after[0] == b'-'
        && after[1..5].iter().all(u8::is_ascii_hexdigit)
        && after[5] == b'-'
}

pub fn trim_end(mut s: &[u8]) -> &[u8] {
    while let [rest @ .., b'\r' | b'\n' | b' ' | b'\t'] = s {
        s = rest;
    }
    s
}

pub fn trim_start(mut s: &[u8]) -> &[u8] {
    while let [b' ' | b'\t', rest @ ..] = s {
        s = rest;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_structured_data_elements_number_is_no_code_glued_on() {
        let numbers = |line: &str| {
            let mut out = Vec::new();
            tokens(line.as_bytes(), &mut out);
            out.iter()
                .filter(|t| t.kind == TokenKind::Number)
                .map(|t| line[t.at as usize..t.at as usize + 3].to_string())
                .collect::<Vec<_>>()
        };
        // (rsyslog's RFC 5424 form, a capture of held-out round 686.)
        assert_eq!(
            numbers(r#"18649 FTP [origin@32473 software="rsyslogd"][ftp@32473 facility="ftp"] x"#),
            Vec::<String>::new()
        );
        // A packet's header bytes run into the reply stay what they were.
        assert_eq!(numbers("..@.W4550 No such file"), ["550"]);
    }

    #[test]
    fn labels_leave_the_first_columns_aside() {
        // A formatter that writes the time only when it changes (rich's RichHandler).
        assert_eq!(
            label(b"[07:16:23] DEBUG    "),
            label(b"           DEBUG    ")
        );
        assert_eq!(label(b"< "), 0);
        assert_ne!(
            label(b"[07:16:23] DEBUG    "),
            label(b"[07:16:23] ERROR    ")
        );
        assert_ne!(label(b"Response: "), label(b"Response "));
        // Too far from its word, a mark says nothing of it.
        assert_eq!(label(b"DEBUG                   |  "), 0);
    }

    #[test]
    fn a_loggers_context_and_phps_place_are_no_words_of_a_message() {
        assert_eq!(
            without_context(b"Not enough privileges. [] []"),
            b"Not enough privileges."
        );
        assert_eq!(
            without_context(b"48213 in /srv/app/sync.php on line 12"),
            b"48213"
        );
        assert_eq!(
            without_context(b"No such file in my home on line 3"),
            b"No such file in my home on line 3"
        );
        assert_eq!(without_context(b"Ready on line "), b"Ready on line");
    }

    #[test]
    fn backspaces_are_applied_as_a_terminal_shows_them() {
        for (typed, shown) in [
            (&b"SYTS\x08 \x08\x08 \x08ST"[..], &b"SYST"[..]),
            (b"2\x0822\x0820\x080 OK", b"220 OK"),
            (b"_\x08C_\x08W_\x08D pub", b"CWD pub"),
            (b"\x08\x08RETR", b"RETR"),
            (b"caf\xc3\xa9\x08e", b"cafe"),
        ] {
            let mut line = typed.to_vec();
            backspaces_applied(&mut line);
            assert_eq!(line, shown, "{:?}", String::from_utf8_lossy(typed));
        }
    }

    #[test]
    fn terminal_escapes_are_left_out() {
        let plain = |line: &[u8]| {
            let mut out = Vec::new();
            without_terminal_escapes(line, &mut out);
            out
        };
        assert_eq!(
            plain(b"\x1b[32mOK\x1b[39m: \x1b[32m220\x1b[39m \x1b[90mReady\x1b[39m"),
            b"OK: 220 Ready"
        );
        assert_eq!(plain(b"\x1b]0;ftp: host\x07220 x"), b"220 x");
        assert_eq!(plain(b"\x1b]0;title\x1b\\331 y"), b"331 y");
        assert_eq!(plain(b"\x1b(B\x1b[m  Dec 02 550 z"), b"  Dec 02 550 z");
        assert_eq!(plain(b"ends with \x1b"), b"ends with ");
        assert_eq!(plain(b"\x1b["), b"");
        assert_eq!(plain(b"no escape"), b"no escape");
    }

    /// The tokenizer as first written, one byte at a time: what both readings must give.
    fn reference(block: &[u8], out: &mut Vec<Token>) {
        let n = block.len();
        let mut i = 0;
        while i < n {
            let c = CLASS[usize::from(block[i])];
            if c & DIGIT != 0 {
                let start = i;
                while i < n && is_digit(block[i]) {
                    i += 1;
                }
                let glued = start > 0
                    && !matches!(block[start - 1], b' ' | b'\t' | b'\n' | b'\r' | b',' | b':')
                    && (block[start - 1] != b'.' || start >= 2 && block[start - 2] == b'.');
                if i - start == 3 && (b'1'..=b'6').contains(&block[start]) && ends_code_at(block, i)
                {
                    out.push(Token {
                        at: start as u32,
                        kind: TokenKind::Number,
                    });
                } else if (4..=5).contains(&(i - start))
                    && glued
                    && (b'1'..=b'5').contains(&block[i - 3])
                    && ends_code(block.get(i))
                {
                    out.push(Token {
                        at: (i - 3) as u32,
                        kind: TokenKind::Number,
                    });
                }
            } else if c & (UPPER | LOWER) != 0 {
                let start = i;
                let mut upper = true;
                while i < n && CLASS[usize::from(block[i])] & (UPPER | LOWER) != 0 {
                    upper &= is_upper(block[i]);
                    i += 1;
                }
                let digit_after = block.get(i).is_some_and(|b| is_digit(*b))
                    && block.get(i + 1).is_some_and(|b| b.is_ascii_alphanumeric());
                if upper && !digit_after && WORD.contains(&(i - start)) {
                    out.push(Token {
                        at: start as u32,
                        kind: TokenKind::Word,
                    });
                }
            } else if block[i] == 0x1b && block.get(i + 1) == Some(&b'[') {
                i += 2;
                while i < n && !(0x40..=0x7e).contains(&block[i]) {
                    i += 1;
                }
                i += 1;
            } else {
                i += 1;
            }
        }
    }

    proptest::proptest! {
        /// Read 64 bytes at a time or byte by byte, a block gives the same tokens as the
        /// first tokenizer: runs across the 64-byte edges, runs longer than 64 bytes,
        /// colour codes, bytes of other scripts.
        #[test]
        fn tokens_as_first_defined(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "220", "2", "55", "5501", "4550", "W", ".", "USER", "RETR", "ABCDEFGHIJ", "Ab", "abc",
                    " ", "-", "\"", "\x1b[32m", "\x1b", "[", "m", "\n", "é", ":", "A", "1",
                    "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ",
                    "99999999999999999999999999999999999999999999999999999999999999999999",
                ]),
                0..60,
            )
        ) {
            let block = pieces.concat();
            let block = block.as_bytes();
            let (mut fast, mut bytes, mut first) = (Vec::new(), Vec::new(), Vec::new());
            tokens(block, &mut fast);
            tokens_bytewise(block, &mut bytes);
            reference(block, &mut first);
            proptest::prop_assert_eq!(&fast, &first);
            proptest::prop_assert_eq!(&bytes, &first);
        }
    }

    fn kinds(s: &str) -> Vec<(usize, TokenKind)> {
        let mut v = Vec::new();
        tokens(s.as_bytes(), &mut v);
        v.into_iter().map(|t| (t.at as usize, t.kind)).collect()
    }

    #[test]
    fn numbers_that_may_be_codes() {
        use TokenKind::*;
        assert_eq!(kinds("220 ready"), [(0, Number)]);
        assert_eq!(kinds("<--- 211-Features:"), [(5, Number)]);
        assert_eq!(kinds("x \"550\","), [(3, Number)]);
        assert_eq!(kinds("a 200"), [(2, Number)]);
        // Longer or shorter runs, a first digit of 0, 7 to 9, or a byte after them that
        // no reply code has.
        assert!(kinds("2026 12 5502 099 700 a.550.txt 10:15:32 1.220.3").is_empty());
        // Numbers between commas stay tokens: the detection tells a PASV tuple by them.
        assert_eq!(kinds("127,0,0,1,200,10"), [(0, Number), (10, Number)]);
    }

    #[test]
    fn a_page_s_text_element_whole() {
        assert!(text_element(b"<pre>'221 Goodbye.'</pre>"));
        assert!(text_element(b"<code>550 No such file</code>\r"));
        // Not a table's cell (read by its columns), not an element left open, not a tag
        // that merely starts with the name.
        assert!(!text_element(b"<td>331</td>"));
        assert!(!text_element(b"<pre>220 ready"));
        assert!(!text_element(b"<param>220</param>"));
        assert!(!text_element(b"<p></p>"));
    }

    #[test]
    fn words_that_may_be_commands() {
        use TokenKind::*;
        assert_eq!(kinds("---> RETR x"), [(5, Word)]);
        assert_eq!(kinds("PASV"), [(0, Word)]);
        assert_eq!(kinds("Retr ABCDEFGHIJKLM AB XYZZY"), [(22, Word)]);
        assert_eq!(kinds("PROTOCOLINFO 1"), [(0, Word)]);
        // One digit may end a verb (XMD5): the word's letters are a token, and the
        // detection decides; more digits, or a letter after the one, make no verb.
        assert_eq!(kinds("RETR2"), [(0, Word)]);
        assert_eq!(kinds("RETR22 XMD5a"), []);
        assert_eq!(kinds("\x1b[33m220-Welcome"), [(5, Number)]);
    }

    #[test]
    fn shapes() {
        assert_eq!(shape(b"[pid 812] x: "), shape(b"[pid 20684] x: "));
        assert_ne!(shape(b"[pid 812] x: "), shape(b"[pid 20684] y: "));
        assert_ne!(shape(b"Response:\t"), shape(b"Command:\t"));
        assert_ne!(shape(b"<--- "), shape(b"---> "));
        assert_eq!(last_word(b"12:00 Response:\t"), b"Response");
        assert_eq!(last_word(b"<--- "), b"");
        let w: Vec<&[u8]> = words(b"Login incorrect. a b 'x'", 5).collect();
        assert_eq!(w, [&b"Login"[..], b"incorrect", b"'x'"]);
    }

    #[test]
    fn an_html_line_break_ends_a_pasted_line() {
        assert_eq!(
            without_line_break_tag(b"331 Password required for jenkins<br/>"),
            b"331 Password required for jenkins"
        );
        assert_eq!(
            without_line_break_tag(b"USER jenkins <BR>"),
            b"USER jenkins"
        );
        assert_eq!(
            without_line_break_tag(b"250 <br/> is a tag"),
            b"250 <br/> is a tag"
        );
    }

    #[test]
    fn a_terminals_colours_as_html_are_markup() {
        // aha's and ansi2html's spans, no entity in the line.
        let aha = br#"<span style="color:#404040;">  22</span> <span style="color:#ffffff;">ls: Login failed: </span><span style="color:#af87ff;">530</span><span style="color:#ffffff;"> Login incorrect.</span>"#;
        assert!(text_spans(aha));
        let bold = br#"<b style="color:#af87ff;">530</b><b style="color:#ffffff;"> Login</b>"#;
        assert!(text_spans(bold));
        // One closing tag, or a line that does not start with a tag, is no such line.
        assert!(!text_spans(b"<span>530</span> Login incorrect."));
        assert!(!text_spans(b"230 <b>Welcome</b> to <b>ftp</b>"));
        // vim's :TOhtml: tags before the first entity.
        assert!(has_entity(
            br#"<span id="L6" class="LineNr"> 6 </span>&lt;--- 211-Features:"#
        ));
    }

    #[test]
    fn an_xml_element_of_words_is_read_as_its_text() {
        assert!(element_of_words(b"    <Message>C> USER ana</Message>"));
        assert!(element_of_words(b"<h1>401 Access not authorized</h1>"));
        // A value alone is named by its element; a pattern is no log line; nor is an
        // element with elements inside.
        assert!(!element_of_words(b"<code>230</code>"));
        assert!(!element_of_words(b"<match>530 Login incorrect</match>"));
        assert!(!element_of_words(b"<p>a <b>bold</b> word</p>"));
        assert!(!element_of_words(b"<Message>C> USER ana</Other>"));
    }

    #[test]
    fn an_xml_element_s_text_with_entities_is_markup() {
        assert!(element_with_entity(
            b"    <Message>S&lt; 221 Goodbye.</Message>"
        ));
        // Opened, its text going on over the lines after; a hex entity for its CR.
        let line = b"<Message>S&lt; 211-Features:&#xd;";
        assert!(element_with_entity(line));
        let mut out = line.to_vec();
        markup_text(&mut out);
        assert_eq!(out, b"S< 211-Features:\r");
        // An entity in an attribute only, which the text leaves out; no entity at all.
        assert!(!element_with_entity(
            b"<build error=\"x: 550 No such file.&#xd;&#xa;\" time=\"3 seconds\">"
        ));
        assert!(!element_with_entity(b"<Message>S< 221 Goodbye.</Message>"));
    }

    #[test]
    fn a_line_of_markup_reads_as_the_text_it_renders() {
        let line = b"<font class=\"ccze_default\">-</font><font class=\"ccze_default\">&gt;</font>\
<font class=\"ccze_default\">&nbsp;</font><font class=\"ccze_numbers\">220</font>\
<font class=\"ccze_default\">&nbsp;</font>ready&#91;1&#93; a&b<br>";
        assert!(has_entity(line));
        let mut out = line.to_vec();
        markup_text(&mut out);
        assert_eq!(out, b"-> 220 ready[1] a&b");
        assert!(!has_entity(b"USER a&b; PASS x"));
        // tshark's PDML: the reply in an attribute, its quotes as entities.
        assert!(!has_entity(
            b"<field name=\"\" show=\"500 Command &quot;AUTH&quot; not understood.\\r\\n\" size=\"36\"/>"
        ));
    }
}
