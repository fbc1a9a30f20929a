//! Source code: the lines that show an input is a program's text (`#include`, `def`,
//! `return`, `} else {`), and the reply-shaped strings in it, which are what the program
//! will send or expects, not what a server sent (`c:send("221 Goodbye\n")`,
//! `"331 User name okay, need password.\r\n",`, `command_ok -> 200;`).

use super::*;

/// Lines of source code an input shows before its strings are taken for a program's.
pub(super) const GATE: u32 = 2;

/// Lines without code after which an input that showed some is read as a log again
/// (a traceback's lines of source among a log's records).
pub(super) const LAPSE: u32 = 24;

/// Words that start a line of source code in the languages servers and clients are
/// written in (sorted: searched by halves).
const KEYWORDS: [&[u8]; 68] = [
    b"#define",
    b"#endif",
    b"#ifdef",
    b"#ifndef",
    b"#import",
    b"#include",
    b"-define",
    b"-export",
    b"-module",
    b"assert",
    b"assertEquals",
    b"async",
    b"await",
    b"case",
    b"catch",
    b"char",
    b"class",
    b"const",
    b"def",
    b"describe",
    b"elif",
    b"else",
    b"elsif",
    b"end",
    b"enum",
    b"except",
    b"expect",
    b"export",
    b"fn",
    b"for",
    b"foreach",
    b"func",
    b"function",
    b"if",
    b"impl",
    b"import",
    b"int",
    b"it",
    b"let",
    b"local",
    b"match",
    b"module",
    b"my",
    b"namespace",
    b"package",
    b"private",
    b"protected",
    b"pub",
    b"public",
    b"raise",
    b"require",
    b"return",
    b"self",
    b"static",
    b"struct",
    b"sub",
    b"switch",
    b"this",
    b"throw",
    b"try",
    b"unless",
    b"use",
    b"using",
    b"var",
    b"void",
    b"while",
    b"with",
    b"yield",
];

/// A Markdown fence's line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fence {
    /// Opens a block of a program's code (```` ```python ````, ```` ```js ````).
    Code,
    /// Opens a block of anything else (```` ```console ````, ```` ```text ````, a log's).
    Other,
    /// ```` ``` ```` alone: closes a block, or opens one that names nothing.
    Close,
}

/// Languages whose fenced blocks hold a program, not its output (a shell's or a log's).
const FENCED: &[&[u8]] = &[
    b"c",
    b"c#",
    b"c++",
    b"clojure",
    b"cpp",
    b"cs",
    b"csharp",
    b"dart",
    b"elixir",
    b"erlang",
    b"go",
    b"golang",
    b"groovy",
    b"haskell",
    b"java",
    b"javascript",
    b"js",
    b"kotlin",
    b"lua",
    b"node",
    b"objc",
    b"perl",
    b"php",
    b"powershell",
    b"ps1",
    b"py",
    b"python",
    b"python3",
    b"rb",
    b"ruby",
    b"rust",
    b"scala",
    b"swift",
    b"ts",
    b"typescript",
    b"vb",
    b"vbnet",
];

/// What a Markdown fence says of the block it opens or closes, if the line is one.
pub(super) fn fence(line: &[u8]) -> Option<Fence> {
    let t = lex::trim_end(lex::trim_start(line));
    let lang = t.strip_prefix(b"```")?;
    if lang.is_empty() {
        return Some(Fence::Close);
    }
    let lang = lex::first_token(lang);
    Some(if FENCED.iter().any(|l| l.eq_ignore_ascii_case(lang)) {
        Fence::Code
    } else {
        Fence::Other
    })
}

/// A line of source as IPython's and Jupyter's tracebacks show it, without its number and
/// the arrow at the failing line (`    606 def delete(self, filename):`, `--> 608     resp =
/// self.sendcmd(...)`).
fn gutter(t: &[u8]) -> &[u8] {
    let t = t.strip_prefix(b"--> ").map_or(t, lex::trim_start);
    let digits = t.iter().take_while(|b| b.is_ascii_digit()).count();
    match t.get(digits) {
        Some(b' ') if (1..=5).contains(&digits) => lex::trim_start(&t[digits..]),
        _ => t,
    }
}

/// Whether a line is a REPL's: its prompt (`>>> ` of Python's and PsySH's, `irb(main):001:0>`)
/// or the mark before a result it prints (`=> ` of irb's, pry's and PsySH's). A block fenced
/// as a program's that shows one holds a session's transcript, its output with it (`php
/// artisan tinker`'s `=> [ "214-The following commands are recognized:", ...`).
pub(super) fn repl_line(line: &[u8]) -> bool {
    let t = lex::trim_start(line);
    t.starts_with(b">>> ") || t.starts_with(b"=> ") || t.starts_with(b"irb(")
}

/// Whether a line is one of a program's: a keyword first, and the punctuation of code
/// after it (`if (x) {`, `def f():`, `return c;`).
pub(super) fn code_line(line: &[u8]) -> bool {
    let t = gutter(lex::trim_end(lex::trim_start(line)));
    // (Not a brace alone: a debug dump of an object prints those too.)
    if t.starts_with(b"} else") {
        return true;
    }
    // (Most lines of a log start with a digit, a bracket or a capital: one look.)
    if !t
        .first()
        .is_some_and(|b| b.is_ascii_lowercase() || matches!(b, b'#' | b'-' | b'}'))
    {
        return false;
    }
    if statement(t) {
        return true;
    }
    let end = t
        .iter()
        .skip(1)
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
        .map_or(t.len(), |i| i + 1);
    let (word, rest) = t.split_at(end);
    if KEYWORDS.binary_search(&word).is_err()
        || !matches!(
            rest.first(),
            None | Some(b' ' | b'\t' | b'(' | b'{' | b':' | b'.' | b';')
        )
    {
        return false;
    }
    // (A keyword as a label, BSD ftp's `local: a.txt remote: a.txt`, is no statement.)
    if rest.starts_with(b": ") && rest.len() > 2 && word != b"else" {
        return false;
    }
    // (A keyword in prose, `if you try ...`, has no code's punctuation after it.)
    matches!(word, b"import" | b"package" | b"use" | b"using" | b"require")
        || word.starts_with(b"#")
        // (`end`, `else:`, `else {`, `else if`; not `end of the log`.)
        || matches!(word, b"end" | b"else")
            && (rest.is_empty()
                || [&b":"[..], b";", b")", b",", b" {", b" if"]
                    .iter()
                    .any(|p| rest.starts_with(p)))
        || rest
            .iter()
            .any(|b| matches!(b, b'(' | b'{' | b'}' | b';' | b'=' | b'[' | b':'))
}

/// A statement that calls or assigns (`s:listen(21, function(c)`, `uart.write(0, l)`,
/// `x = net.createServer(net.TCP, 30)`, `reply_code(Code) when is_integer(Code) ->`): a
/// name (dotted, or with `:`) first, a parenthesis or `=` after it, and the line ends
/// as a statement or a block's head does.
fn statement(t: &[u8]) -> bool {
    let name = t
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b':')))
        .unwrap_or(t.len());
    if name == 0 || t[..name].ends_with(b":") {
        return false;
    }
    let rest = lex::trim_start(&t[name..]);
    // (`recvfrom(5, ...) = -1 EAGAIN (Resource temporarily unavailable)`: a system call
    // strace shows with what it returned, no program's line.)
    if t.ends_with(b")") && syscall_result(rest) {
        return false;
    }
    // (`ftp.get("ftp://...") => ok (12)`: a call and what it returned, as a script or a
    // REPL prints them, no program's line.)
    if rest.starts_with(b"(") && crate::scan::needle::find!(rest, b") => ").is_some() {
        return false;
    }
    (rest.starts_with(b"(") || rest.starts_with(b"=") && rest.get(1) != Some(&b'='))
        && (t.ends_with(b")")
            || t.ends_with(b";")
            || t.ends_with(b"{")
            || t.ends_with(b"->")
            || t.ends_with(b"then")
            || t.ends_with(b"do"))
}

/// Whether a call's arguments are followed by what it returned, as strace and ltrace print
/// a call: `) = 14`, `) = -1 EAGAIN (...)`, `) = ?`.
fn syscall_result(call: &[u8]) -> bool {
    crate::scan::needle::rfind!(call, b") = ").is_some_and(|i| {
        let value = &call[i + 4..];
        value
            .first()
            .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'-' | b'?'))
    })
}

/// Whether the code at `at` stands in a program's text: a string literal that opens at
/// it and that the program passes, assigns, returns or lists (`send("221 Goodbye\n")`,
/// `= '550 ...'`, `return "230 ..."`, `, "331 ..."`, a line of its own that starts
/// with the string), or the code mapped to or from a name (`command_ok -> 200;`,
/// `200 => "OK",`).
pub(super) fn literal(line: &[u8], at: usize) -> bool {
    if logged(line) {
        return false;
    }
    let before = &line[..at];
    let after = lex::trim_start(&line[at + 3..]);
    if matches!(after, [b'=', b'>', ..] | [b'-', b'>', ..]) {
        return true;
    }
    match before.last() {
        Some(b'"' | b'\'' | b'`') => {
            let b = lex::trim_end(&before[..before.len() - 1]);
            // (A string's prefix: `b"..."`, `f'...'`, `L"..."`, `@"..."`.)
            let b = match b {
                [
                    ..,
                    b'(' | b',' | b'=' | b' ',
                    b'b' | b'f' | b'r' | b'L' | b'@',
                ] => &b[..b.len() - 1],
                _ => b,
            };
            let b = lex::trim_end(b);
            // (A list's first item: `= ["220 ..."`, `(["331 ..."`; not a log's list of a
            // reply's lines, `CommandFailed: ['550 ...']`.)
            let b = match b.strip_suffix(b"[") {
                Some(list)
                    if lex::trim_end(list).is_empty()
                        || matches!(lex::trim_end(list).last(), Some(b'=' | b'(' | b',')) =>
                {
                    lex::trim_end(list)
                }
                _ => b,
            };
            // (A string alone on its line is an array's item where code's punctuation
            // follows it, `"220 Service ready\r\n",`; with none, a value a REPL printed,
            // `'230 Login successful.'`.)
            // (The last item, `        "257 \"/\" is the current directory."` before the
            // list's `]`: a double-quoted string indented alone on its line; a REPL prints
            // its value at the line's start, and mostly in single quotes.)
            let item = || {
                after_string(line, at).is_some_and(|tail| {
                    matches!(tail.first(), Some(b',' | b';' | b')' | b'+' | b']'))
                        || tail.is_empty()
                            && before.last() == Some(&b'"')
                            && line.first().is_some_and(|c| lex::is_space(*c))
                })
            };
            // (A name padded to its column before `=` is a variable shown, its value what
            // the program got: pytest's `--showlocals`, `resp       = '331 Please ...'`.)
            if b.ends_with(b"  =") {
                return false;
            }
            // (Nor a call's value: `send("SYST") = "215 UNIX Type: L8"`, `sendcmd(SYST) =
            // '215 ...'`, `quit() = '221 Goodbye.'`, a call and what it returned as a
            // script prints them. Not an array's element, its index a number
            // (`codes(1) = "220 ..."` in MATLAB, Fortran or VB), a function defined
            // (Scala's `def f() = "..."`), nor a statement that ends as one, `;`.)
            if let Some(call) = b.strip_suffix(b"=")
                && let Some(args) = lex::trim_end(call).strip_suffix(b")")
                && let Some(open) = memchr::memrchr(b'(', args)
            {
                let index = lex::trim_end(lex::trim_start(&args[open + 1..]));
                let numbered = !index.is_empty()
                    && index
                        .iter()
                        .all(|c| c.is_ascii_digit() || matches!(c, b',' | b' '));
                let first = lex::first_token(lex::trim_start(line));
                let defined = [
                    &b"def"[..],
                    b"fun",
                    b"fn",
                    b"func",
                    b"function",
                    b"sub",
                    b"let",
                ]
                .iter()
                .any(|k| first.eq_ignore_ascii_case(k));
                let statement = after_string(line, at).is_some_and(|t| t.starts_with(b";"));
                if !numbered && !defined && !statement {
                    return false;
                }
            }
            b.is_empty() && item()
                || matches!(b.last(), Some(b'(' | b',' | b'=' | b'{' | b'+' | b'?'))
                || b.ends_with(b"<<")
                || b.ends_with(b"->")
                || b.ends_with(b"return")
        }
        _ => {
            let b = lex::trim_end(before);
            // `send_response(session, 200, "OK.")`: a call's argument.
            let argument = (b.ends_with(b"(") || b.ends_with(b","))
                && matches!(after.first(), Some(b',' | b')'));
            // `@ftp_LOGINERR 530` (Elixir), `FTP_LOGINERR 530`: a name and its value alone.
            let named = after.is_empty()
                && lex::trim_start(b).split(|c| lex::is_space(*c)).count() == 1
                && lex::trim_start(b)
                    .iter()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'@'))
                && lex::trim_start(b).iter().any(|c| matches!(c, b'_' | b'@'));
            argument
                || named
                || (b.ends_with(b"->") || b.ends_with(b"=>"))
                    && matches!(after.first(), None | Some(b';' | b',' | b')' | b'.'))
        }
    }
}

/// Whether the code at `at` opens a string that closes on the line and is followed by
/// code's punctuation, as an entry of a program's table of messages is: `(EN . "530
/// Login incorrect.")`, `MSG_X : String = '421 Unauthorized.' ;`, `["150 Opening ..."])`.
/// (Not a log's quoted reply, which ends its line or its record: `*get* '220 ...'`,
/// `"msg":"230 ..."}`; nor an exception's list of lines, `Failed: ['550 ...']`.)
pub(super) fn table_entry(line: &[u8], at: usize) -> bool {
    if logged(line) || line[..at].ends_with(b": ['") || line[..at].ends_with(b": [\"") {
        return false;
    }
    // (Nor a record's message field, a line of pretty-printed JSON: `"body": "331 ...",`.)
    if super::pages::message_key(&line[..at]) {
        return false;
    }
    after_string(line, at).is_some_and(|tail| {
        matches!(tail.first(), Some(b';' | b',' | b')' | b']'))
            && tail
                .iter()
                .take_while(|b| !matches!(b, b'/' | b'#' | b'%'))
                .all(|b| matches!(b, b';' | b',' | b')' | b']' | b' ' | b'\t' | b'\r'))
    })
}

/// Whether the code at `at` opens a string literal that a method is called on, or that
/// Python's `%` formats: `cl.sendall('257 "{}"\r\n'.format(cwd))`, `b'220 ready'.decode()`,
/// `'550 %s' % name`: a program's template of a reply, in its text, wherever it is quoted.
pub(super) fn template(line: &[u8], at: usize) -> bool {
    after_string(line, at).is_some_and(|tail| match tail {
        [b'.', rest @ ..] => {
            let name = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            name >= 2 && rest.get(name) == Some(&b'(')
        }
        [b'%', b' ' | b'(', ..] => true,
        _ => false,
    })
}

/// Whether the string that holds the byte at `at` follows a word of direction, as a trace
/// writes what went over the wire in the form of its language (`(recv "220 ready")`,
/// `(send "USER ana")`, an S-expression per line): no table of messages, whose entries
/// are keyed by a language or a name (`(EN . "530 ...")`).
pub(super) fn directed_string(line: &[u8], at: usize) -> bool {
    let Some(open) = memchr::memrchr2(b'"', b'\'', &line[..at]) else {
        return false;
    };
    let before = lex::trim_end(&line[..open]);
    let start = before
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let word = &before[start..];
    !word.is_empty() && words::is_direction(word)
}

/// What follows the string that opens at the code at `at` (a quote right before it) and
/// closes on the line, its blanks left out; None where no string opens there or it does
/// not close.
fn after_string(line: &[u8], at: usize) -> Option<&[u8]> {
    let quote = *line[..at]
        .last()
        .filter(|q| matches!(q, b'"' | b'\'' | b'`'))?;
    // (Past the quotes the string escapes: `"257 \"/\" is the current directory.",`.)
    let rest = &line[at..];
    let close = memchr::memchr_iter(quote, rest)
        .find(|&i| rest[..i].iter().rev().take_while(|b| **b == b'\\').count() % 2 == 0)?;
    Some(lex::trim_start(&rest[close + 1..]))
}

/// Whether a word is a time in seconds (or milliseconds) since 1970, between 2001 and
/// 2036, a fraction after it or not (`(recv 1796434701 "220 ready\r")`, a record in an
/// S-expression).
fn epoch_like(word: &[u8]) -> bool {
    let word = word.strip_prefix(b"(").unwrap_or(word);
    let word = word.strip_prefix(b"[").unwrap_or(word);
    let whole = word.split(|b| *b == b'.').next().unwrap_or_default();
    let seconds = match whole.len() {
        10 => whole,
        13 => &whole[..10],
        _ => return false,
    };
    whole.iter().all(u8::is_ascii_digit)
        && std::str::from_utf8(seconds)
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
            .is_some_and(|s| (1_000_000_000..=2_100_000_000).contains(&s))
}

/// Whether a line starts as a log's record does, with a time, a bracket or a level in
/// capitals (`2026-12-04 15:01:24,101 ERROR ... error_temp('421 Too many connections')`):
/// a program's record of what happened, no line of its text.
fn logged(line: &[u8]) -> bool {
    let t = lex::trim_start(line);
    let word = lex::first_token(t);
    // (A time or a count first; not a code mapped to its words, `200 => "OK",`.)
    let stamped = t.first().is_some_and(u8::is_ascii_digit)
        && !(word.len() == 3 && word.iter().all(u8::is_ascii_digit));
    // (Or a time among its first words, after a prefix a collector wrapped it in:
    // `ftp-1  | 2026-12-02 22:49:42+0000 [FTPClient,client] PWD: ok ['257 ...']`.)
    let timed = || {
        t[..t.len().min(64)]
            .split(|b| lex::is_space(*b))
            .filter(|w| !w.is_empty())
            .take(4)
            .any(|w| time_like(w) || epoch_like(w))
    };
    stamped
        // (A direction word first, a word alone: `recv Ok("331 ...\r\n")`, a program's
        // record of what it received, Rust's Debug of the bytes' decoding.)
        // (Not a variable so named: `answer = "500 Unknown command"`, `reply := "..."`.)
        || crate::scan::words::is_direction(word)
            && !matches!(lex::trim_start(&t[word.len()..]).first(), Some(b'=' | b':'))
        || t.first().is_some_and(|b| matches!(b, b'<' | b'*' | b'{'))
        // (A debugger's value history, gdb's `$14 = "220 (vsFTPd 3.0.3)\r\n"`.)
        || lex::value_history(t)
        // (A bracket that opens a list of strings, `["150 ..."]`, is a program's.)
        || t.first() == Some(&b'[') && !matches!(t.get(1), Some(b'"' | b'\''))
        || timed()
        || word.len() >= 3 && word.iter().all(|b| b.is_ascii_uppercase() || *b == b':')
        || matches!(
            word,
            b"Jan"
                | b"Feb"
                | b"Mar"
                | b"Apr"
                | b"May"
                | b"Jun"
                | b"Jul"
                | b"Aug"
                | b"Sep"
                | b"Oct"
                | b"Nov"
                | b"Dec"
        )
        || raised(line)
}

/// Whether a line is the one a traceback ends with, an exception's class and its message
/// at the line's start (`urllib.error.URLError: <urlopen error ftp error:
/// error_perm('550 ...')>`, `ftplib.error_perm: 550 ...`): what a program printed, not its
/// text, however many lines of its source the traceback showed before it.
fn raised(line: &[u8]) -> bool {
    let Some(colon) = memchr::memchr(b':', &line[..line.len().min(80)]) else {
        return false;
    };
    let class = &line[..colon];
    let name = &class[class.iter().rposition(|b| *b == b'.').map_or(0, |i| i + 1)..];
    line.get(colon + 1) == Some(&b' ')
        && class.first().is_some_and(u8::is_ascii_alphabetic)
        && class
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
        && (name.ends_with(b"Error") || name.ends_with(b"Exception") || name.starts_with(b"error_"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fenced_languages_are_sorted_unique_and_in_small_letters() {
        assert!(FENCED.windows(2).all(|w| w[0] < w[1]));
        assert!(FENCED.iter().all(|l| l.to_ascii_lowercase() == *l));
        assert_eq!(fence(b"```Python"), Some(Fence::Code));
        assert_eq!(fence(b"  ```console"), Some(Fence::Other));
        assert_eq!(fence(b"```"), Some(Fence::Close));
        assert_eq!(fence(b"`code`"), None);
        assert!(repl_line(b">>> $help = ftp_raw($connection, 'HELP');"));
        assert!(repl_line(b"=> ["));
        assert!(repl_line(b"irb(main):002:0> ftp.login"));
        assert!(!repl_line(b"$x => 1,"));
        assert!(!repl_line(b"ftp.sendcmd('HELP')"));
    }

    #[test]
    fn a_tracebacks_last_line_is_printed() {
        let url = "urllib.error.URLError: <urlopen error ftp error: error_perm('550 No such file or directory.')>";
        assert!(raised(url.as_bytes()));
        assert!(!literal(url.as_bytes(), url.find("550").unwrap_or(0)));
        assert!(raised(b"ftplib.error_perm: 550 No such file or directory."));
        // Source, or a call in it, is none.
        assert!(!raised(
            b"    raise URLError('ftp error: %r' % reason) from reason"
        ));
        assert!(!raised(b"self.sendcmd('550 x')"));
    }

    #[test]
    fn keywords_are_sorted() {
        assert!(KEYWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn lines_of_programs() {
        for line in [
            "#include \"FTPD.hh\"",
            "import ftplib",
            "  if l:sub(1,4)==\"QUIT\" then",
            "    def ftp_USER(self, line):",
            "  return c;",
            "} else {",
            "-module(ftp_protocol).",
            "my $ftp = Net::FTP->new($host);",
            "s:listen(21,function(c)",
            "  uart.write(0,l)",
            "reply_code(Code) when is_integer(Code) ->",
        ] {
            assert!(code_line(line.as_bytes()), "{line}");
        }
        for line in [
            "if you try again it works",
            "220 ProFTPD Server ready",
            "2026-03-01 10:15:32 [pid 812] FTP response: \"230 Login successful.\"",
            "Status: Connecting to 127.0.0.1:21...",
            "end of the log",
            "ftp.login: 530 Login incorrect (retry)",
            "user=alice pid=812 status=530",
        ] {
            assert!(!code_line(line.as_bytes()), "{line}");
        }
    }

    #[test]
    fn strings_a_program_holds() {
        let at = |line: &str| literal(line.as_bytes(), line.find(char::is_numeric).unwrap_or(0));
        assert!(at("    c:send(\"221 Goodbye\\n\")"));
        // An array's items with escaped quotes, its last one with nothing after it.
        assert!(at("        \"257 \\\"/\\\" is the current directory.\","));
        assert!(at("        \"257 \\\"/\\\" is the current directory.\""));
        // A REPL's value at the line's start is none.
        assert!(!at("'230 Login successful.'"));
        assert!(at(",\t\"200 Command okay. %s\\r\\n\""));
        assert!(at(
            "\t\"150 File status okay; about to open data connection.\\r\\n\","
        ));
        assert!(at("  return '550 No such file'"));
        assert!(at("\tcommand_ok -> 200;"));
        assert!(at("    200 => \"Command okay\","));
        assert!(at("  self.respond(b'331 User name okay')"));
        assert!(at(
            "reply_string(125) -> \"125 Data connection already open\";"
        ));
        assert!(at(
            "    await self.send_response(session, 504, \"Transfer mode not supported.\")"
        ));
        assert!(at("    @ftp_LOGINERR            530"));
        assert!(at(
            "  expected = [\"220 Service ready\", \"331 User name okay\"]"
        ));
        // A value a REPL printed is no array's item; a log's quoted reply is none of these.
        assert!(!at("'230 Login successful.'"));
        assert!(!at("*get* '220 pyftpdlib ready.\\r\\n'"));
        assert!(!at("recv: \"331 Password required\\r\\n\""));
        assert!(!at("CommandFailed: ['550 No such file']"));
        assert!(!at(
            "[pid 812] FTP response: Client \"::1\", \"230 Login successful.\""
        ));
        assert!(!at(
            "2026-12-04 15:01:24,101 ERROR [dave] giving up: error_temp('421 Too many')"
        ));
        assert!(!at(
            "ERROR: giving up: error_temp('421 Too many connections')"
        ));
    }

    #[test]
    fn entries_of_a_table_of_messages() {
        let at =
            |line: &str| table_entry(line.as_bytes(), line.find(char::is_numeric).unwrap_or(0));
        assert!(at("     (LOGIN-INCORRECT (EN . \"530 Login incorrect.\")"));
        assert!(at(
            "    MSG_FTP_LOGIN_INCORRECT : String = '530 Login incorrect.' ;"
        ));
        assert!(at(
            "  [\"150 Opening data channel for directory listing\"])"
        ));
        assert!(at("  '421 Too many users.', // the limit"));
        // A log's quoted reply ends its line or its record.
        assert!(!at("*get* '220 pyftpdlib 2.2.0 ready.\\r\\n'"));
        assert!(!at(
            "{\"level\":\"info\",\"msg\":\"230 Login successful.\"}"
        ));
        assert!(!at("write(3, \"220 ready\\r\\n\", 11) = 11"));
        assert!(!at(
            "twisted.protocols.ftp.CommandFailed: ['550 No such file']"
        ));
        assert!(!at(
            "ftp-1  | 2026-12-02 22:49:42+0000 [FTPClient,client] PWD: ok ['257 \"/\" is current.']"
        ));
    }
}
