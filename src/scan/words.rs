//! The words `scan` weighs: what a program writes before a reply it received or sent
//! (in several languages), what an error message says before the reply it quotes, the
//! prose that mentions a code without quoting a reply, the units after a number that is a
//! count, and the words replies are made of. Lower case; looked up after ASCII folding.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Words that announce a reply, received (client logs) or sent (server logs).
const DIRECTION: &[&str] = &[
    "answer",
    "antwort",
    "incoming",
    "in",
    "odpowiedź",
    "reply",
    "resp",
    "respons",
    "response",
    "respuesta",
    "resposta",
    "risposta",
    "rcvd",
    "read",
    "recv",
    "received",
    "receive",
    "rx",
    "réponse",
    "server",
    "srv",
    "sent",
    "send",
    "out",
    "get",
    "ответ",
    "відповідь",
    "antwoord",
    "svar",
    "vastaus",
    "yanıt",
    "cevap",
    "odpověď",
    "válasz",
    "răspuns",
    "απάντηση",
    "応答",
    "响应",
    "回應",
    "응답",
    "tx",
    "s",
    "c",
    "to",
    "from",
];

/// Words of a client's error message before the reply it quotes (`Access failed: 550 ...`,
/// `ftplib.error_perm: 530 ...`, `FtpException: 550 ...`).
const ERROR: &[&str] = &[
    "error",
    "failed",
    "failure",
    "fatal",
    "exception",
    "denied",
    "refused",
    "unexpected",
    "perm",
    "temp",
    "proto",
    "problem",
    "warning",
    "critical",
    "err",
    "fehler",
    "erreur",
    "ошибка",
    "errore",
    "fout",
    "błąd",
    "chyba",
    "hiba",
    "hata",
    "错误",
    "エラー",
    "오류",
    "said",
    "says",
    // PHP's URL wrapper: `FTP server reports 213 166440` (ext/standard/ftp_fopen_wrapper.c,
    // "FTP server reports %s" with the last reply line read).
    "reports",
];

/// Prose that mentions a code without quoting a reply (`failed with 550`, `reply code 530`).
/// After such a word, a code needs reply text behind it to count.
const PROSE: &[&str] = &[
    "with",
    "code",
    "codes",
    "got",
    "returned",
    "return",
    "returns",
    "than",
    "of",
    "by",
    "and",
    "or",
    "is",
    "was",
    "be",
    "expected",
    "expecting",
    "like",
    "as",
    "number",
    "status",
    "the",
    "a",
    "an",
    "for",
    "at",
    "port",
    "pid",
    "line",
    "id",
    "size",
    "length",
    "len",
    "total",
    "count",
    "took",
    "after",
    "before",
    "until",
    "every",
    // (`the file named 550 report.txt`: a name, as the word before it says.)
    "named",
    "max",
    "min",
    "limit",
    "timeout",
    "version",
    "ver",
    "v",
    "build",
    "rev",
    "http",
    "errno",
    "exit",
    "signal",
];

/// Whether a word is an HTTP request method (RFC 9110 §9, and PATCH, RFC 5789).
pub fn is_http_method(word: &[u8]) -> bool {
    matches!(
        word,
        b"GET" | b"POST" | b"HEAD" | b"PUT" | b"DELETE" | b"OPTIONS" | b"PATCH"
    )
}

/// Words after a number that make it a count or a measure (`421 bytes received`).
const UNITS: &[&str] = &[
    "b",
    "byte",
    "bytes",
    "kb",
    "kib",
    "mb",
    "mib",
    "gb",
    "gib",
    "tb",
    "kbytes",
    "mbytes",
    "bit",
    "bits",
    "bps",
    "kbps",
    "mbps",
    "ms",
    "msec",
    "millis",
    "milliseconds",
    "s",
    "sec",
    "secs",
    "second",
    "seconds",
    "min",
    "mins",
    "minute",
    "minutes",
    "h",
    "hour",
    "hours",
    "day",
    "days",
    "packets",
    "packet",
    "files",
    "lines",
    "line",
    "entries",
    "entry",
    "items",
    "item",
    "records",
    "record",
    "messages",
    "hits",
    "requests",
    "times",
    "users",
    "clients",
    "connections",
    "sessions",
    "threads",
    "chars",
    "characters",
    "blocks",
    "frames",
    "segments",
    "resets",
    "attempts",
    "datagrams",
    "octets",
    "retransmits",
    "kbytes/s",
    "kb/s",
    "mb/s",
    "x",
    "px",
    "pt",
    "kib/s",
    "mib/s",
    "b/s",
    "of",
    "out",
    "to",
    "matches",
    // A test runner's counts (`test result: ok. 421 passed; 0 failed; 5 ignored`, cargo
    // test's; pytest's `226 passed, 4 skipped`). (Not `failed`: `550 Failed to open file.`)
    "passed",
    "skipped",
    "ignored",
    "deselected",
    "xfailed",
    "xpassed",
    "tests",
    "assertions",
    "errors",
    "warnings",
    "dirs",
    "directories",
    "folders",
    "objects",
    "rows",
];

/// Words that reply texts are made of, beyond the RFC texts and server messages the
/// tables hold (those are added at first use).
const REPLY: &[&str] = &[
    "ok",
    "okay",
    "welcome",
    "ready",
    "goodbye",
    "bye",
    "login",
    "logged",
    "logout",
    "user",
    "password",
    "pass",
    "passwd",
    "incorrect",
    "invalid",
    "anonymous",
    "transfer",
    "complete",
    "completed",
    "successful",
    "successfully",
    "success",
    "opening",
    "open",
    "closing",
    "closed",
    "connection",
    "data",
    "binary",
    "ascii",
    "mode",
    "passive",
    "extended",
    "entering",
    "directory",
    "file",
    "files",
    "folder",
    "path",
    "exists",
    "exist",
    "created",
    "deleted",
    "removed",
    "renamed",
    "changed",
    "current",
    "command",
    "commands",
    "unknown",
    "unrecognized",
    "understood",
    "implemented",
    "supported",
    "unsupported",
    "syntax",
    "argument",
    "arguments",
    "parameter",
    "features",
    "feature",
    "end",
    "help",
    "type",
    "set",
    "switching",
    "permission",
    "denied",
    "access",
    "allowed",
    "such",
    "not",
    "no",
    "unavailable",
    "available",
    "service",
    "server",
    "system",
    "status",
    "size",
    "quota",
    "exceeded",
    "storage",
    "space",
    "timeout",
    "timed",
    "idle",
    "sorry",
    "please",
    "specify",
    "required",
    "requires",
    "need",
    "needs",
    "requested",
    "action",
    "taken",
    "aborted",
    "abort",
    "restarting",
    "restart",
    "marker",
    "auth",
    "tls",
    "ssl",
    "encryption",
    "policy",
    "protection",
    "level",
    "buffer",
    "prot",
    "accepted",
    "okay.",
    "connections",
    "too",
    "many",
    "maximum",
    "limit",
    "host",
    "port",
    "disconnect",
    "disconnected",
    "reached",
    "failed",
    "fail",
    "error",
    "temporarily",
    "transient",
    "local",
    "processing",
    "illegal",
    "bad",
    "sequence",
    "first",
    "done",
    "sent",
    "send",
    "receive",
    "received",
    "noop",
    "unix",
    "windows",
    "emulated",
    "version",
    "mlst",
    "mlsd",
    "utf",
    "opts",
    "feat",
    "rest",
    "stream",
    "tvfs",
    "epsv",
    "eprt",
    "pasv",
    "mdtm",
    "listing",
    "list",
    "here",
    "comes",
    "ascii.",
    "following",
    "recognized",
    "direct",
    "cannot",
    "can't",
    "could",
    "couldn't",
    "unable",
    "refused",
    "forbidden",
    "expired",
    "locked",
    "busy",
    "already",
    "valid",
    "identify",
    "yourself",
    "logon",
    "authentication",
    "authenticated",
    "credentials",
    "account",
    "home",
    "chroot",
    "root",
    "writable",
    "read",
    "write",
    "only",
    "rename",
    "delete",
    "upload",
    "download",
    "uploads",
    "downloads",
    "benutzer",
    "kennwort",
    "passwort",
    "verzeichnis",
    "datei",
    "willkommen",
    "erfolgreich",
    "utilisateur",
    "mot",
    "fichier",
    "répertoire",
    "bienvenue",
    "usuario",
    "contraseña",
    "archivo",
    "directorio",
    "bienvenido",
    "utente",
    "benvenuto",
    "пользователь",
    "пароль",
    "файл",
    "каталог",
    "добро",
];

struct Lexicon {
    direction: FxHashSet<&'static [u8]>,
    error: FxHashSet<&'static [u8]>,
    prose: FxHashSet<&'static [u8]>,
    units: FxHashSet<&'static [u8]>,
    reply: FxHashSet<Vec<u8>>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let set = |words: &[&'static str]| words.iter().map(|w| w.as_bytes()).collect();
    let prose: FxHashSet<&'static [u8]> = set(PROSE);
    let mut reply: FxHashSet<Vec<u8>> = REPLY.iter().map(|w| w.as_bytes().to_vec()).collect();
    // The words of every RFC text and server message: a reply that says what a known one
    // says, in other words or order, reads as a reply.
    let texts = crate::knowledge::codes::ENTRIES
        .iter()
        .map(|e| e.text)
        .chain(
            crate::knowledge::servers::MESSAGES
                .iter()
                .map(|m| m.pattern),
        );
    for text in texts {
        for w in super::lex::words(text.as_bytes(), usize::MAX) {
            // (Looked up as every word is, with no copy of each: scan builds this before
            // its first line.)
            if w.len() >= 3 && !lookup(&prose, w) {
                reply.insert(w.to_ascii_lowercase());
            }
        }
    }
    Lexicon {
        direction: set(DIRECTION),
        error: set(ERROR),
        prose,
        units: set(UNITS),
        reply,
    }
});

/// A word folded for lookup: ASCII letters in lower case, at most 24 bytes.
fn folded(word: &[u8], buf: &mut [u8; 24]) -> usize {
    let n = word.len().min(24);
    for (d, s) in buf.iter_mut().zip(&word[..n]) {
        *d = s.to_ascii_lowercase();
    }
    n
}

fn lookup(set: &FxHashSet<&'static [u8]>, word: &[u8]) -> bool {
    if !word.is_ascii() {
        // Other scripts: Unicode's lower case (`Ответ` is `ответ`).
        let lower = String::from_utf8_lossy(word).to_lowercase();
        return set.contains(lower.as_bytes());
    }
    let mut buf = [0u8; 24];
    let n = folded(word, &mut buf);
    set.contains(&buf[..n])
}

/// A word that announces a reply: `Response`, `RECV`, `Antwort`, `<--`'s spoken cousins.
pub fn is_direction(word: &[u8]) -> bool {
    lookup(&LEXICON.direction, word)
}

/// A word of an error message before a quoted reply.
pub fn is_error(word: &[u8]) -> bool {
    lookup(&LEXICON.error, word) || ends_with_error(word)
}

/// `FtpException`, `WebException`, `error_perm` and their kin.
fn ends_with_error(word: &[u8]) -> bool {
    // Compared in place, any case (a copy in lower case would be an allocation per word).
    [&b"exception"[..], b"error", b"failed", b"err"]
        .iter()
        .any(|s| {
            word.len() >= s.len()
                && (word[word.len() - s.len()..].eq_ignore_ascii_case(s)
                    || word[..s.len()].eq_ignore_ascii_case(s))
        })
}

/// A word of prose that mentions a code without quoting a reply.
pub fn is_prose(word: &[u8]) -> bool {
    lookup(&LEXICON.prose, word)
}

/// A unit or counted thing after a number.
pub fn is_unit(word: &[u8]) -> bool {
    lookup(&LEXICON.units, word)
}

/// The severity a logging library writes in its own column (`DEBUG`, `I`, `warning`):
/// the words in any case, the one-letter forms (Python's `%(levelname).1s`, glog,
/// Android's logcat) in upper case only.
pub fn is_level(word: &[u8]) -> bool {
    const LEVELS: &[&[u8]] = &[
        b"alert",
        b"crit",
        b"critical",
        b"debug",
        b"emerg",
        b"error",
        b"fatal",
        b"fine",
        b"finer",
        b"finest",
        b"info",
        b"notice",
        b"severe",
        b"trace",
        b"verbose",
        b"warn",
        b"warning",
    ];
    match word {
        [b'D' | b'E' | b'F' | b'I' | b'N' | b'T' | b'V' | b'W'] => true,
        _ => LEVELS.iter().any(|l| l.eq_ignore_ascii_case(word)),
    }
}

/// A word replies are made of.
pub fn is_reply_word(word: &[u8]) -> bool {
    if !word.is_ascii() {
        let lower = String::from_utf8_lossy(word).to_lowercase();
        return LEXICON.reply.contains(lower.as_bytes());
    }
    let mut buf = [0u8; 24];
    let n = folded(word, &mut buf);
    LEXICON.reply.contains(&buf[..n])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_fold_case() {
        assert!(
            is_direction(b"Response") && is_direction(b"RECV") && is_direction("Ответ".as_bytes())
        );
        assert!(is_error(b"error_perm") && is_error(b"FtpException") && is_error(b"failed"));
        assert!(is_prose(b"with") && !is_prose(b"Response"));
        assert!(is_unit(b"bytes") && is_unit(b"Packets"));
        assert!(is_reply_word(b"Login") && is_reply_word(b"incorrect"));
        // From the tables: a word of a server message.
        assert!(is_reply_word(b"chroot"));
        assert!(!is_reply_word(b"report"));
        assert!(is_level(b"DEBUG") && is_level(b"Warning") && is_level(b"I"));
        assert!(!is_level(b"i") && !is_level(b"A") && !is_level(b"Login"));
    }
}
