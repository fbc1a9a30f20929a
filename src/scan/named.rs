//! Replies a program logs by the name it gives the code rather than by the number:
//! libunftp (the Rust FTP server library behind unFTP) logs each reply at debug level as
//! the `Debug` form of its `Reply` enum, `Control channel reply CodeAndMsg { code:
//! NeedPassword, msg: "Password Required" }` or `MultiLine { code: SystemStatus, 9 lines
//! (Extensions supported:...) }`. Such a line is read as `331 Password Required`, standing
//! where the `Reply` starts, so the rest of the scanner needs to know nothing of it.

/// libunftp's `ReplyCode` names and numbers, from its source: bolcom/libunftp
/// `src/server/controlchan/reply.rs` (commit 0fa3f95), `enum ReplyCode`, sorted by name.
const LIBUNFTP: &[(&str, u16)] = &[
    ("AuthOkayNoDataNeeded", 234),
    ("BadCommandSequence", 503),
    ("BadFileName", 553),
    ("CantOpenDataConnection", 425),
    ("ClosingControlConnection", 221),
    ("ClosingDataConnection", 226),
    ("CommandNotImplemented", 502),
    ("CommandNotImplementedForParameter", 504),
    ("CommandOkay", 200),
    ("CommandOkayNotImplemented", 202),
    ("CommandSyntaxError", 500),
    ("ConnectionAlreadyOpen", 125),
    ("ConnectionClosed", 426),
    ("DataConnectionOpen", 225),
    ("DirCreated", 257),
    ("DirectoryStatus", 212),
    ("EnteringExtendedPassiveMode", 229),
    ("EnteringPassiveMode", 227),
    ("ExceededStorageAllocation", 552),
    ("FileActionOkay", 250),
    ("FileActionPending", 350),
    ("FileError", 550),
    ("FileStatus", 213),
    ("FileStatusOkay", 150),
    ("FtpsRequired", 534),
    ("HelpMessage", 214),
    ("InNMinutes", 120),
    ("LocalError", 451),
    ("NeedAccount", 332),
    ("NeedAccountToStore", 532),
    ("NeedPassword", 331),
    ("NotLoggedIn", 530),
    ("OutOfSpace", 452),
    ("PageTypeUnknown", 551),
    ("ParameterSyntaxError", 501),
    ("Resp533", 533),
    ("RestartMarker", 110),
    ("ServiceNotAvailable", 421),
    ("ServiceReady", 220),
    ("SystemStatus", 211),
    ("SystemType", 215),
    ("TransientFileError", 450),
    ("UserLoggedIn", 230),
];

/// Decodes a `CodeAndMsg { code: NAME, msg: "TEXT" }` or `MultiLine { code: NAME, ... }`
/// in `line` into `out` as `NNN TEXT`. Returns where the `Reply` starts in `line`.
pub fn decode(line: &[u8], out: &mut Vec<u8>) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = memchr::memchr(b'{', &line[from..]) {
        let brace = from + i;
        from = brace + 1;
        let Some(rest) = line[brace..].strip_prefix(b"{ code: ") else {
            continue;
        };
        let name_len = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let Ok(i) = LIBUNFTP.binary_search_by(|(n, _)| n.as_bytes().cmp(&rest[..name_len])) else {
            continue;
        };
        let variant = if line[..brace].ends_with(b"CodeAndMsg ") {
            b"CodeAndMsg ".len()
        } else if line[..brace].ends_with(b"MultiLine ") {
            b"MultiLine ".len()
        } else {
            continue;
        };
        // (`InternalMsg(CommandChannelReply(CodeAndMsg { ... }))`, the reply handed from a
        // storage or data task to the control channel, which logs it again as sent on the
        // next line, is read too: two renderings of one reply, as a tracer's read and the
        // client's echo are.)
        let after = &rest[name_len..];
        let text = match after.strip_prefix(b", msg: \"") {
            // The message up to its closing quote (Debug escapes inner quotes as \").
            Some(msg) => unescaped_until_quote(msg),
            None => {
                let body = after.strip_prefix(b", ").unwrap_or(after);
                let end = memchr::memrchr(b'}', body).unwrap_or(body.len());
                body[..end].trim_ascii_end().to_vec()
            }
        };
        out.clear();
        out.extend_from_slice(LIBUNFTP[i].1.to_string().as_bytes());
        out.push(b' ');
        out.extend_from_slice(&text);
        return Some(brace - variant);
    }
    None
}

fn unescaped_until_quote(s: &[u8]) -> Vec<u8> {
    let mut text = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'"' => break,
            b'\\' if i + 1 < s.len() => {
                text.push(s[i + 1]);
                i += 2;
            }
            b => {
                text.push(b);
                i += 1;
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Option<(usize, String)> {
        let mut out = Vec::new();
        decode(line.as_bytes(), &mut out).map(|at| (at, String::from_utf8_lossy(&out).into()))
    }

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(LIBUNFTP.windows(2).all(|w| w[0].0 < w[1].0));
        let mut codes: Vec<u16> = LIBUNFTP.iter().map(|(_, c)| *c).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), LIBUNFTP.len());
    }

    #[test]
    fn libunftp_replies() {
        let line = r#"DEBG Control channel reply CodeAndMsg { code: NeedPassword, msg: "Password Required" }, seq: 1"#;
        assert_eq!(read(line), Some((27, "331 Password Required".into())));
        assert_eq!(
            read(r#"reply CodeAndMsg { code: DirCreated, msg: "\"/\"" }, seq: 10"#),
            Some((6, "257 \"/\"".into()))
        );
        assert_eq!(
            read(
                "reply MultiLine { code: SystemStatus, 9 lines (Extensions supported:...) }, seq: 8"
            ),
            Some((6, "211 9 lines (Extensions supported:...)".into()))
        );
        // No reply, an unknown name, another struct: nothing.
        assert_eq!(read("Control channel reply None, seq: 2"), None);
        assert_eq!(read("CodeAndMsg { code: Whatever, msg: \"x\" }"), None);
        assert_eq!(read("Point { code: NeedPassword }"), None);
        assert_eq!(
            read(
                "event InternalMsg(CommandChannelReply(CodeAndMsg { code: FileStatus, msg: \"13\" }))"
            ),
            Some((38, "213 13".into()))
        );
    }
}
