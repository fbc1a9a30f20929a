//! The knowledge table: one row per reply code, embedded in the binary.
//!
//! To add a code, add an [`Entry`] to [`ENTRIES`] in numeric order; the tests in
//! this file check that the table stays sorted, unique, complete and filled in.

/// Where a code comes from. Drives the warning shown beside codes that no
/// standard defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Defined by an RFC in `shared/rfc/` (RFC 959 or an extension).
    Rfc,
    /// Seen in the wild (server source, vendor docs, popular lists) but defined by no RFC.
    Unofficial,
    /// A Windows Sockets error number that Windows clients and IIS print in place of a reply.
    Winsock,
}

/// One reply code and everything ftpcode knows about it.
#[derive(Debug)]
pub struct Entry {
    pub code: u16,
    /// The reply text as the defining document words it (without the code).
    pub text: &'static str,
    /// A short name for lists and headings, e.g. "Command not implemented".
    pub title: &'static str,
    pub origin: Origin,
    /// What the reply means, in plain language.
    pub meaning: &'static str,
    /// When you see it: the commands and typical situations that produce it.
    pub when: &'static str,
    /// Commands that may draw this reply (upper case, as sent on the wire).
    pub commands: &'static [&'static str],
    /// What a client user should do (for positive replies: what to do with it).
    pub fix_client: &'static str,
    /// What a server administrator or implementer should do.
    pub fix_server: &'static str,
    /// Where documents disagree on what the code means: every meaning, with its source.
    pub disputed: Option<&'static str>,
    /// Codes worth reading next, in numeric order.
    pub related: &'static [u16],
    /// Documents with section, e.g. "RFC 959 §4.2.2".
    pub sources: &'static [&'static str],
}

/// The meaning of one digit position (RFC 959 §4.2.1; 6yz from RFC 2228 §5.2).
#[derive(Debug)]
pub struct Digit {
    pub digit: u8,
    /// Short name, e.g. "permanent negative".
    pub name: &'static str,
    pub meaning: &'static str,
    /// For the first digit: may the client send the same command again as it is?
    pub retry: &'static str,
    pub source: &'static str,
}

/// First digit: how the command went (index 0 is 1yz).
pub static FIRST_DIGITS: [Digit; 6] = [
    Digit {
        digit: 1,
        name: "positive preliminary",
        meaning: "The server has started the action and will send another reply when it is done; \
                  the client waits for that reply before sending another command.",
        retry: "Not a failure: wait for the final reply.",
        source: "RFC 959 §4.2.1",
    },
    Digit {
        digit: 2,
        name: "positive completion",
        meaning: "The action finished successfully; the client may send its next command.",
        retry: "Nothing to retry: the command succeeded.",
        source: "RFC 959 §4.2.1",
    },
    Digit {
        digit: 3,
        name: "positive intermediate",
        meaning: "The server accepted the command but needs more before it acts: the client must \
                  send the next command of the sequence (PASS after USER, RNTO after RNFR).",
        retry: "Not a failure: send the command the server is waiting for.",
        source: "RFC 959 §4.2.1",
    },
    Digit {
        digit: 4,
        name: "transient negative",
        meaning: "The command failed, but the cause is expected to pass: the same command, sent \
                  again later from the start of its sequence, may succeed.",
        retry: "Yes, later: retry the same command after a pause.",
        source: "RFC 959 §4.2.1",
    },
    Digit {
        digit: 5,
        name: "permanent negative",
        meaning: "The command failed and will fail again as it is: something must change first \
                  (the command, its argument, the login, the permissions or the server's settings).",
        retry: "No: change the command, its argument or the setup before trying again.",
        source: "RFC 959 §4.2.1",
    },
    Digit {
        digit: 6,
        name: "protected",
        meaning: "The real reply is inside, encoded by the security mechanism negotiated with AUTH; \
                  the client must decode it to learn the actual reply code.",
        retry: "Decode the protected reply first; its inner code says what to do.",
        source: "RFC 2228 §5.2",
    },
];

/// Second digit: what the reply is about (index 0 is x0z).
pub static SECOND_DIGITS: [Digit; 6] = [
    Digit {
        digit: 0,
        name: "syntax",
        meaning: "About the command itself: its syntax, or whether the server implements it.",
        retry: "",
        source: "RFC 959 §4.2.1",
    },
    Digit {
        digit: 1,
        name: "information",
        meaning: "Answers a request for information, such as status or help.",
        retry: "",
        source: "RFC 959 §4.2.1",
    },
    Digit {
        digit: 2,
        name: "connections",
        meaning: "About the control or data connection.",
        retry: "",
        source: "RFC 959 §4.2.1",
    },
    Digit {
        digit: 3,
        name: "authentication and accounting",
        meaning: "About logging in, accounts and security exchanges.",
        retry: "",
        source: "RFC 959 §4.2.1",
    },
    Digit {
        digit: 4,
        name: "unspecified",
        meaning: "RFC 959 leaves this group unassigned; only later documents and unofficial codes use it.",
        retry: "",
        source: "RFC 959 §4.2.1",
    },
    Digit {
        digit: 5,
        name: "file system",
        meaning: "About the server's file system: the file or directory the command acted on.",
        retry: "",
        source: "RFC 959 §4.2.1",
    },
];

/// The meaning of a code's first digit (1 to 6), if it has one.
pub fn first_digit(code: u16) -> Option<&'static Digit> {
    if !(100..=999).contains(&code) {
        return None;
    }
    FIRST_DIGITS.get(usize::from(code / 100).checked_sub(1)?)
}

/// The meaning of a code's second digit (0 to 5), if it has one.
pub fn second_digit(code: u16) -> Option<&'static Digit> {
    if !(100..=999).contains(&code) {
        return None;
    }
    SECOND_DIGITS.get(usize::from(code / 10 % 10))
}

/// Every known code, sorted by code.
pub static ENTRIES: &[Entry] = &[
    Entry {
        code: 110,
        text: "Restart marker reply.",
        title: "Restart marker",
        origin: Origin::Rfc,
        meaning: "A checkpoint sent while a transfer runs in block or compressed mode; the text must read exactly MARK yyyy = mmmm, pairing the client's data-stream marker (yyyy) with the server's matching position (mmmm). It is a preliminary reply: the final 226 or 250, or an error, still follows.",
        when: "Only during STOR, STOU, RETR or APPE when MODE B or MODE C is in use and the data stream carries restart markers. Almost never seen today: nearly every session uses stream mode, where a broken transfer is resumed with REST and a byte offset instead (RFC 3659 §5).",
        commands: &["STOR", "STOU", "RETR", "APPE"],
        fix_client: "Store the server's marker (mmmm); if the transfer dies, send REST with that marker and then the same transfer command again. Keep reading the control connection for the final reply.",
        fix_server: "Send the text in exactly the form MARK yyyy = mmmm, with a space on each side of the equals sign, and only in block or compressed mode. In stream mode support REST with byte offsets instead.",
        disputed: None,
        related: &[125, 150, 226, 250, 350],
        sources: &[
            "RFC 959 §3.5",
            "RFC 959 §4.2.1",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 3659 §5",
        ],
    },
    Entry {
        code: 120,
        text: "Service ready in nnn minutes.",
        title: "Service ready soon",
        origin: Origin::Rfc,
        meaning: "The server has the connection (or the REIN) but cannot take commands yet; nnn tells roughly how many minutes until it can. It is a preliminary reply: a 220 should follow on the same connection, so do not hang up.",
        when: "Sent as the greeting right after the TCP connection opens, or as the answer to REIN, while the server is still starting or busy. Rare in practice: an overloaded server usually answers 421 and closes instead.",
        commands: &["REIN"],
        fix_client: "Do not send USER yet; wait for the 220 that should follow. If the client gives up first, raise its connection or greeting timeout, or come back after the stated number of minutes.",
        fix_server: "Send 120 only if you will really follow it with 220 on the same connection; if you cannot serve the user at all, reply 421 and close. Put a realistic number of minutes in the text.",
        disputed: None,
        related: &[220, 421],
        sources: &["RFC 959 §4.2.1", "RFC 959 §4.2.2", "RFC 959 §5.4"],
    },
    Entry {
        code: 125,
        text: "Data connection already open; transfer starting.",
        title: "Data connection already open",
        origin: Origin::Rfc,
        meaning: "The data connection is already up and the transfer is starting on it now. It is a preliminary reply: wait for 226 or 250 (success) or for 425, 426 or 451 (failure) before sending the next command.",
        when: "After STOR, STOU, RETR, LIST, NLST or APPE when the data connection was open before the command, typically in passive mode where the client connected to the PASV or EPSV port first. IIS often answers with 125 where other servers send 150.",
        commands: &["STOR", "STOU", "RETR", "LIST", "NLST", "APPE"],
        fix_client: "Treat 125 exactly like 150: start reading from or writing to the data connection, then read the final reply on the control connection. A client that only accepts 150 here has a bug.",
        fix_server: "Send 125 only when the data connection really is open already, otherwise send 150. Send at most one preliminary reply per command and always follow it with a completion or error reply.",
        disputed: None,
        related: &[150, 225, 226, 425, 426],
        sources: &[
            "RFC 959 §4.2",
            "RFC 959 §4.2.1",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
        ],
    },
    Entry {
        code: 150,
        text: "File status okay; about to open data connection.",
        title: "About to open data connection",
        origin: Origin::Rfc,
        meaning: "The server accepted the transfer command (the file or directory is fine) and is now opening the data connection. It is a preliminary reply: the result comes later as 226 or 250, or as an error such as 425, 426 or 451.",
        when: "The usual first reply to RETR, STOR, STOU, APPE, LIST, NLST and MLSD (RFC 3659 §7.2). On FTPS with PROT P it only says the protection level allows the command; the TLS handshake on the data connection comes after it and can still fail with 522 (RFC 4217 §10.2). A hang right after 150 usually means the data connection never came up, for example active mode blocked by the client's firewall.",
        commands: &["STOR", "STOU", "RETR", "LIST", "NLST", "APPE", "MLSD"],
        fix_client: "Move the data over the data connection, then wait for the final reply. If it stalls after 150, switch to passive mode (or back to active), and on FTPS make sure the client reuses the control connection's TLS session for data.",
        fix_server: "Send it only after the path and permissions have been checked, and follow it with exactly one completion or error reply. If FTPS clients stall or fail after 150, check vsftpd require_ssl_reuse, which rejects clients that do not reuse the TLS session; in active mode let the server connect out to the client's port.",
        disputed: None,
        related: &[125, 226, 425, 426, 451, 522],
        sources: &[
            "RFC 959 §4.2.1",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 959 §7",
            "RFC 3659 §7.2",
            "RFC 4217 §10.2",
        ],
    },
    Entry {
        code: 200,
        text: "Command okay.",
        title: "Command okay",
        origin: Origin::Rfc,
        meaning: "The command succeeded and there is nothing more to report. The setting it asked for (transfer type, data port, protection level, option, language) is now in effect.",
        when: "The standard reply to TYPE, MODE, STRU, PORT, NOOP, CDUP, ALLO and SITE (RFC 959 §5.4), and to PBSZ and PROT (RFC 2228 §8.2), CCC (RFC 4217 §5), OPTS (RFC 2389 §4), EPRT (RFC 2428 §2) and LANG (RFC 2640 §4.2). Many servers also answer EPSV ALL with 200, as common practice: RFC 2428 gives that case no code.",
        commands: &[
            "CDUP", "PORT", "MODE", "TYPE", "STRU", "ALLO", "SITE", "NOOP", "PBSZ", "PROT", "CCC",
            "OPTS", "EPRT", "LANG",
        ],
        fix_client: "Nothing to fix; go on with the next step, e.g. after PORT or EPRT send the transfer command, after PBSZ 0 send PROT P. After a 200 to CCC, continue the control connection in plain text.",
        fix_server: "Send 200 only when the setting really took effect; answer 504 for an unsupported parameter and 202 for a command you deliberately ignore. For PBSZ, put PBSZ=n in the text when you need a smaller buffer than the client asked for (RFC 2228 §3).",
        disputed: None,
        related: &[202, 500, 501, 502, 504],
        sources: &[
            "RFC 959 §4.2",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 2228 §3",
            "RFC 2228 §8.2",
            "RFC 4217 §5",
            "RFC 2389 §4",
            "RFC 2428 §2",
            "RFC 2640 §4.2",
        ],
    },
    Entry {
        code: 202,
        text: "Command not implemented, superfluous at this site.",
        title: "Command superfluous here",
        origin: Origin::Rfc,
        meaning: "The server does not implement this command because it has no use on this system, and says so with a success code so the client can carry on. Nothing was done, and nothing needed doing.",
        when: "Typically ALLO on servers that need no space reservation (vsftpd answers ALLO this way); RFC 959 §5.4 also allows it for PASS, ACCT, SMNT and SITE, e.g. ACCT on a server without accounts or PASS when USER alone already logged the user in.",
        commands: &["PASS", "ACCT", "SMNT", "ALLO", "SITE"],
        fix_client: "Treat it as success and continue; there is nothing to retry. Only worry if you really depended on the action, such as a disk-space reservation.",
        fix_server: "Use 202 only for commands that are harmless to skip on your system. For a command that matters but is missing use 502, and for an unsupported parameter use 504.",
        disputed: None,
        related: &[200, 502, 504],
        sources: &[
            "RFC 959 §4.2",
            "RFC 959 §4.2.1",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
        ],
    },
    Entry {
        code: 211,
        text: "System status, or system help reply.",
        title: "System status or help",
        origin: Origin::Rfc,
        meaning: "An informational reply with server status or general help, usually spread over several lines. As the reply to FEAT it lists the extensions the server supports, one per line, each line starting with a single space.",
        when: "STAT without an argument (current transfer settings and connection state), HELP on some servers, and FEAT (RFC 2389 §3.2), whose list may include MDTM, SIZE, MLST, UTF8, LANG, AUTH TLS, PBSZ, PROT and HOST. A one-line 211 to FEAT means the server knows FEAT but has no extensions to report.",
        commands: &["STAT", "HELP", "FEAT"],
        fix_client: "Read up to the line that starts with 211 followed by a space. For FEAT, take each indented line as a feature name plus optional parameters, and use only the extensions listed.",
        fix_server: "Use the multi-line format (211- on the first line, 211 and a space on the last) and start every FEAT feature line with exactly one space. List every extension you support, including AUTH TLS, PBSZ and PROT (RFC 4217 §6) and HOST (RFC 7151 §3.4), but not FEAT itself.",
        disputed: None,
        related: &[212, 213, 214, 500, 502],
        sources: &[
            "RFC 959 §4.1.3",
            "RFC 959 §4.2",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 2389 §3.2",
            "RFC 2640 §3.2",
            "RFC 4217 §6",
            "RFC 7151 §3.4",
        ],
    },
    Entry {
        code: 212,
        text: "Directory status.",
        title: "Directory status",
        origin: Origin::Rfc,
        meaning: "An informational reply describing a directory, sent over the control connection instead of a data connection. Nothing needs fixing; the lines are status output, much like a LIST.",
        when: "STAT with a directory path on servers that report directories with 212 (RFC 959 §5.4 allows 211, 212 and 213 for STAT). Many servers, vsftpd among them, answer STAT with a path using 213 whatever the path is, so 212 is uncommon.",
        commands: &["STAT"],
        fix_client: "Read the reply up to the line that starts with 212 and a space; the lines in between look like LIST output. Handy when the data connection is blocked, because no data port is needed.",
        fix_server: "Send the listing as a multi-line reply and indent any line that would otherwise begin with three digits and a space, so it cannot be mistaken for the last line.",
        disputed: None,
        related: &[211, 213, 450],
        sources: &[
            "RFC 959 §4.1.3",
            "RFC 959 §4.2",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
        ],
    },
    Entry {
        code: 213,
        text: "File status.",
        title: "File status",
        origin: Origin::Rfc,
        meaning: "An informational reply about a file. For SIZE it carries the exact number of bytes a transfer would send in the current TYPE, and for MDTM the last modification time as YYYYMMDDHHMMSS with optional fractions of a second, in UTC.",
        when: "STAT with a path (RFC 959 §5.4), SIZE (RFC 3659 §4.1) and MDTM (RFC 3659 §3.1). Clients send SIZE and MDTM before resuming a transfer with REST, to learn how much is left and whether the file changed meanwhile.",
        commands: &["STAT", "SIZE", "MDTM"],
        fix_client: "Parse the value after the code: a plain integer for SIZE, 14 digits plus an optional fraction in UTC for MDTM (do not shift it by the local time zone twice). SIZE under TYPE A can differ from the size on disk, so send TYPE I first when you need the binary size.",
        fix_server: "For SIZE and MDTM send one line only, in exactly the defined format, and answer 550 when the file does not exist or the value is not available. SIZE must be exact for the current TYPE, never an estimate, and MDTM must be in UTC.",
        disputed: None,
        related: &[211, 212, 350, 550],
        sources: &[
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 3659 §2.3",
            "RFC 3659 §3.1",
            "RFC 3659 §4.1",
            "RFC 3659 §4.4",
        ],
    },
    Entry {
        code: 214,
        text: "Help message.",
        title: "Help message",
        origin: Origin::Rfc,
        meaning: "Help text for a person to read: how to use the server or what one command does, often a list of the commands the server knows. It is not meant to be parsed by programs.",
        when: "Reply to HELP, or to HELP followed by a command name, such as HELP SITE for the server's own SITE commands. Some servers answer a plain HELP with 211 instead, which RFC 959 §4.1.3 also allows.",
        commands: &["HELP"],
        fix_client: "Show the text to the user; HELP SITE reveals server-specific SITE commands. To find out programmatically which extensions exist, send FEAT instead of parsing HELP output.",
        fix_server: "Send it as a multi-line reply, allow HELP before login as RFC 959 suggests, and keep the listed commands in line with what the server really implements.",
        disputed: None,
        related: &[211, 502],
        sources: &[
            "RFC 959 §4.1.3",
            "RFC 959 §4.2.1",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
        ],
    },
    Entry {
        code: 215,
        text: "NAME system type.",
        title: "System type",
        origin: Origin::Rfc,
        meaning: "Names the server's operating system type; the first word is a registered system name such as UNIX or Windows_NT, optionally followed by more detail. Clients use it to guess the format of LIST output.",
        when: "Reply to SYST, which many clients send right after logging in. Unix-style servers such as vsftpd and ProFTPD usually answer UNIX Type: L8, and IIS answers Windows_NT.",
        commands: &["SYST"],
        fix_client: "Use it only as a hint for parsing LIST output; when FEAT lists MLST, use MLSD and MLST instead, whose format is fixed. If listings come out garbled, set the server type by hand in the client.",
        fix_server: "Start the text with a registered system name; UNIX Type: L8 is the safe choice for a server that sends ls-style listings. You may hide the version details, but keep the first word standard or clients will misread listings.",
        disputed: None,
        related: &[211, 500, 502],
        sources: &[
            "RFC 959 §4.1.3",
            "RFC 959 §4.2.1",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
        ],
    },
    Entry {
        code: 220,
        text: "Service ready for new user.",
        title: "Service ready",
        origin: Origin::Rfc,
        meaning: "The server is ready for a new user: this is the normal greeting once the TCP connection is open. It is also the success reply to REIN and, on servers with virtual hosts, to HOST (RFC 7151 §3.2).",
        when: "Right after connecting, before any command; after a 120 delay reply; after REIN; and after HOST has selected a virtual host. If a client connects but never sees 220, it is usually talking plain FTP to an implicit-TLS port (990) or a firewall or proxy is holding the banner back.",
        commands: &["REIN", "HOST"],
        fix_client: "Wait for 220 before sending anything, then send AUTH TLS for explicit FTPS, HOST, or USER. Without a greeting, check that plain FTP and implicit FTPS ports are not mixed up.",
        fix_server: "Send it as soon as the connection is accepted, or 120 first if you are not ready yet. The text is free: set it with vsftpd ftpd_banner or ProFTPD ServerIdent, and avoid revealing the exact software version.",
        disputed: None,
        related: &[120, 221, 230, 331, 421],
        sources: &[
            "RFC 959 §4.2.1",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 7151 §3.1",
            "RFC 7151 §3.2",
        ],
    },
    Entry {
        code: 221,
        text: "Service closing control connection.",
        title: "Closing control connection",
        origin: Origin::Rfc,
        meaning: "The server is ending the session normally and closing the control connection; the user is logged out. This is a success, not an error.",
        when: "Reply to QUIT at the end of every clean session. If a transfer is still running when QUIT arrives, the server should let it finish and report its result before closing (RFC 959 §4.1.1).",
        commands: &["QUIT"],
        fix_client: "Nothing to fix; close your side of the connection. Send QUIT only after the last transfer has reported 226, so no upload is cut short.",
        fix_server: "Send 221, then close the control connection; if a transfer is in progress, complete it and send its final reply first. Use 421, not 221, when you drop a session for your own reasons such as a timeout or shutdown.",
        disputed: None,
        related: &[220, 226, 421, 426],
        sources: &[
            "RFC 959 §4.1.1",
            "RFC 959 §4.2.1",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
        ],
    },
    Entry {
        code: 225,
        text: "Data connection open; no transfer in progress.",
        title: "Data connection open, idle",
        origin: Origin::Rfc,
        meaning: "The data connection is open but nothing is being transferred. As the reply to ABOR it says there was no transfer to abort and the data connection was kept open rather than closed.",
        when: "ABOR sent while no transfer is running but a data connection is still up, which can happen in block mode where the data connection may stay open between transfers. Rare with current servers, which answer ABOR with 226.",
        commands: &["ABOR"],
        fix_client: "Treat it as a successful ABOR. The open data connection can carry the next transfer; a new PORT or PASV makes the server close it.",
        fix_server: "Use 225 only when you really keep the data connection open; if you close it, answer ABOR with 226. After aborting a running transfer send 426 and then 226, never 225.",
        disputed: None,
        related: &[125, 226, 425, 426],
        sources: &[
            "RFC 959 §3.2",
            "RFC 959 §4.1.3",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
        ],
    },
    Entry {
        code: 226,
        text: "Closing data connection.",
        title: "Closing data connection",
        origin: Origin::Rfc,
        meaning: "The file action succeeded and the server has closed the data connection: a download or upload is complete, a listing was sent in full, or an ABOR was carried out. It is the normal final reply after 125 or 150.",
        when: "End of RETR, STOR, STOU, APPE, LIST, NLST and MLSD (RFC 3659 §7.2), and the reply to ABOR (after a 426 if a running transfer was cut off). The server sends it after closing the data connection, so the client knows it may start the next transfer.",
        commands: &[
            "STOR", "STOU", "RETR", "LIST", "NLST", "APPE", "ABOR", "MLSD",
        ],
        fix_client: "Wait for 226 (or 250) before the next transfer or QUIT, and only then count an upload as done. If the data connection closed but no 226 arrived, treat the file as suspect and compare sizes.",
        fix_server: "Send 226 only after the data connection is fully closed and the file is written. When you keep the data connection open instead, send 250; for an ABOR of a running transfer send 426 first, then 226.",
        disputed: None,
        related: &[125, 150, 225, 250, 426, 451],
        sources: &[
            "RFC 959 §3.2",
            "RFC 959 §4.1.3",
            "RFC 959 §4.2.2",
            "RFC 959 §5.2",
            "RFC 959 §5.4",
            "RFC 3659 §7.2",
        ],
    },
    Entry {
        code: 227,
        text: "Entering Passive Mode (h1,h2,h3,h4,p1,p2).",
        title: "Entering passive mode",
        origin: Origin::Rfc,
        meaning: "The server is waiting for the data connection at IPv4 address h1.h2.h3.h4, port p1 times 256 plus p2. The client must connect there for the next transfer command.",
        when: "Reply to PASV. The classic trouble: a server behind NAT announces its private address (10.x, 172.16-31.x, 192.168.x), or a firewall blocks the announced port, so the client's data connection times out.",
        commands: &["PASV"],
        fix_client: "Connect to the given address and port; if it is a private address while the server is public, use the control connection's address instead (FileZilla does this by itself) or use EPSV. If the connection times out, the passive ports are blocked: try active mode or ask the administrator.",
        fix_server: "Announce the public address (vsftpd pasv_address, ProFTPD MasqueradeAddress, Pure-FTPd -P/ForcePassiveIP, IIS FTP Firewall Support) and use a fixed passive port range that the firewall forwards (vsftpd pasv_min_port/pasv_max_port, ProFTPD PassivePorts, Pure-FTPd -p/PassivePortRange). Support EPSV as well, which sidesteps the address problem.",
        disputed: None,
        related: &[200, 228, 229, 425, 10060],
        sources: &[
            "RFC 959 §4.1.2",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 4217 §12.5",
        ],
    },
    Entry {
        code: 228,
        text: "Entering Long Passive Mode (af, hal, h1, h2, h3,..., pal, p1, p2...)",
        title: "Entering long passive mode",
        origin: Origin::Rfc,
        meaning: "The server is waiting for the data connection at a long address, given as address family, address length, address bytes, port length and port bytes. It is the LPSV counterpart of 227, meant for address families other than IPv4.",
        when: "Reply to LPSV (RFC 1639 §3), an early experiment for larger addresses. Very rare in practice: IPv6-capable clients and servers use EPSV and 229 instead.",
        commands: &["LPSV"],
        fix_client: "Decode the fields in order (af, hal, address bytes, pal, port bytes) and connect there. Prefer EPSV, which servers support far more widely.",
        fix_server: "If you implement LPSV, fill in every length field, and answer 521 with the supported families when asked for one you do not support. Most servers can implement EPSV instead and answer LPSV with 502.",
        disputed: None,
        related: &[227, 229, 521],
        sources: &["RFC 1639 §3", "RFC 1639 §4"],
    },
    Entry {
        code: 229,
        text: "Entering Extended Passive Mode (|||port|)",
        title: "Entering extended passive mode",
        origin: Origin::Rfc,
        meaning: "The server is waiting for the data connection on the TCP port shown between the delimiters, as in (|||6446|); the address is the one the control connection already uses. It works for both IPv4 and IPv6 and is not upset by NAT rewriting addresses.",
        when: "Reply to EPSV (RFC 2428 §3), which modern clients try before PASV and must use over IPv6. Failures usually come from a blocked passive port range, or from an old firewall or NAT helper that only understands PASV.",
        commands: &["EPSV"],
        fix_client: "Connect to the server address of the control connection on the given port. If that times out, the port is filtered: fall back to PASV or active mode, or ask the administrator to open the passive range.",
        fix_server: "Open the same passive port range in the firewall as for PASV (vsftpd pasv_min_port/pasv_max_port, ProFTPD PassivePorts, Pure-FTPd -p). The text must end with the port in exactly the (|||port|) form, the first two fields left empty.",
        disputed: None,
        related: &[227, 228, 425, 522],
        sources: &["RFC 2428 §3", "RFC 2428 §4"],
    },
    Entry {
        code: 230,
        text: "User logged in, proceed.",
        title: "User logged in",
        origin: Origin::Rfc,
        meaning: "Login succeeded: the user is authenticated and may now use file commands. No further login step is needed unless the server later asks for an account (332 or 532).",
        when: "Reply to PASS after a 331, to USER when no password is needed, or to ACCT when an account was required (RFC 959 §5.4). On FTPS it normally comes after AUTH TLS, PBSZ and PROT (RFC 4217 §12.1).",
        commands: &["USER", "PASS", "ACCT"],
        fix_client: "Go on with CWD, TYPE I, PASV or EPSV and the transfers. If later commands fail with 530 or 550, the login itself worked but the account lacks rights or is locked into another directory.",
        fix_server: "Send 230 only after both authentication and the home or chroot directory setup have succeeded; vsftpd, for example, refuses a writable chroot root unless allow_writeable_chroot is set. A multi-line 230 carrying a welcome message is fine.",
        disputed: None,
        related: &[220, 331, 332, 530],
        sources: &[
            "RFC 959 §4.1.1",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 959 §7",
            "RFC 4217 §12.1",
        ],
    },
    Entry {
        code: 231,
        text: "User logged out; service terminated.",
        title: "User logged out",
        origin: Origin::Unofficial,
        meaning: "An unofficial success reply saying the user has been logged out and the session is over. No RFC in the current FTP series assigns 231; the standard reply to QUIT is 221.",
        when: "Seen from small or home-made servers that answer QUIT with 231, and listed in the status tables of client libraries such as jlaffaye/ftp, suppaftp and rust-ftp and in popular code lists. Mainstream servers such as vsftpd, ProFTPD and IIS answer QUIT with 221.",
        commands: &["QUIT"],
        fix_client: "Treat it like 221: the session is over, close the connection. A client that fails only because the code is not 221 should accept any 2yz reply to QUIT.",
        fix_server: "Answer QUIT with 221, which RFC 959 §5.4 specifies and clients expect. If you must keep 231 for an old client, still close the control connection after sending it.",
        disputed: None,
        related: &[221, 230, 232],
        sources: &[
            "jlaffaye/ftp source: status.go (StatusLoggedOut = 231)",
            "suppaftp source: suppaftp/src/status.rs (Status::LoggedOut = 231)",
            "rust-ftp source: src/status.rs (LOGGED_OUT = 231)",
            "HostedFTP help: List of FTP/FTPES command line error codes (231)",
        ],
    },
    Entry {
        code: 232,
        text: "User logged in, authorized by security data exchange.",
        title: "Logged in by security exchange",
        origin: Origin::Rfc,
        meaning: "Login is complete without a password: the identity proven during the security exchange (a Kerberos/GSSAPI token via AUTH and ADAT, or a TLS client certificate) was accepted for the name given in USER. It takes the place of the usual 331, PASS, 230 steps.",
        when: "Reply to USER after a successful AUTH (RFC 2228 §4); RFC 4217 §12.2 shows it on FTPS when the client certificate is enough. Some client libraries and code lists instead label 232 as a logout notice sent when QUIT arrives during a transfer; see the dispute note.",
        commands: &["USER", "QUIT"],
        fix_client: "Do not send PASS; carry on as after 230. If 232 comes back to QUIT instead, read it as the legacy logout notice: wait for the running transfer's result, then expect the connection to close.",
        fix_server: "Send 232 only when the security exchange really authenticated the user named in USER, and check that the certificate or ticket maps to that account (RFC 4217 §15.1.2). Answer QUIT with 221, never 232, to avoid the legacy ambiguity.",
        disputed: Some(
            "Two meanings: (1) RFC 2228 §4 and §5.1, used again in RFC 4217 §12.2: 'User logged in, authorized by security data exchange', a reply to USER once AUTH/ADAT or a TLS client certificate has proven who the user is. (2) Client libraries and code lists not based on any current RFC (jlaffaye/ftp status.go, suppaftp status.rs, rust-ftp status.rs, the HostedFTP code list): 'Logout command noted, will complete when transfer done', a reply to QUIT sent during a transfer. A user most likely faces meaning (1), as the answer to USER on an FTPS or Kerberos session; meaning (2) comes only from small custom servers answering QUIT.",
        ),
        related: &[221, 230, 234, 331, 530],
        sources: &[
            "RFC 2228 §4",
            "RFC 2228 §5.1",
            "RFC 2228 §8.2",
            "RFC 4217 §12.2",
            "RFC 4217 §12.3",
            "jlaffaye/ftp source: status.go (StatusLogoutAck = 232)",
            "suppaftp source: suppaftp/src/status.rs (Status::LogoutAck = 232)",
        ],
    },
    Entry {
        code: 234,
        text: "Security data exchange complete.",
        title: "AUTH accepted",
        origin: Origin::Rfc,
        meaning: "The server accepts the security mechanism named in AUTH and needs no further ADAT data. For AUTH TLS it means: start the TLS handshake on this control connection right now.",
        when: "Reply to AUTH (RFC 2228 §3), in practice nearly always AUTH TLS for explicit FTPS (RFC 4217 §4). The session is then reset much as by REIN, so USER and PASS, PBSZ 0 and PROT must follow inside TLS (RFC 4217 §4.2).",
        commands: &["AUTH"],
        fix_client: "Start the TLS handshake at once, then send PBSZ 0, PROT P and the login. If the handshake fails, check TLS versions and the server certificate; a 500 or 502 instead of 234 means the server has no TLS support.",
        fix_server: "Reply 234 only if TLS can really start (vsftpd ssl_enable=YES with rsa_cert_file, ProFTPD TLSEngine on with TLSRSACertificateFile), and begin the handshake right after it. To require encryption, set vsftpd force_local_logins_ssl or ProFTPD TLSRequired.",
        disputed: None,
        related: &[235, 334, 431, 504, 534],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.1",
            "RFC 2228 §8.2",
            "RFC 4217 §4",
            "RFC 4217 §4.2",
            "RFC 4217 §12.1",
        ],
    },
    Entry {
        code: 235,
        text: "[ADAT=base64data]",
        title: "ADAT exchange complete",
        origin: Origin::Rfc,
        meaning: "The security data exchange begun by AUTH has finished successfully; the reply text may carry a last piece of security data as ADAT= followed by base64. From now on the mechanism's protection can be used.",
        when: "Reply to ADAT (RFC 2228 §3) with mechanisms that exchange tokens, chiefly GSSAPI/Kerberos (RFC 2228 Appendix I). FTPS with TLS never uses ADAT, so TLS users do not see 235.",
        commands: &["ADAT"],
        fix_client: "Decode any ADAT= data in the text and hand it to the security mechanism to finish its side, then send USER (expect 232 or 331). A 535 instead means the token was rejected; renew the Kerberos ticket or check the service name.",
        fix_server: "Send 235 only when the mechanism reports the exchange complete, adding ADAT= data if the client still needs a final token. After 235, answer further ADAT with 503 until a new AUTH resets the state (RFC 2228 §3).",
        disputed: None,
        related: &[234, 334, 335, 503, 535],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.1",
            "RFC 2228 §8.2",
            "RFC 2228 Appendix I",
        ],
    },
    Entry {
        code: 250,
        text: "Requested file action okay, completed.",
        title: "File action completed",
        origin: Origin::Rfc,
        meaning: "The requested file or directory operation finished successfully: directory changed, file deleted, rename done, directory removed, or a transfer completed with the data connection left open. For MLST the reply also carries the facts about the named file.",
        when: "CWD, CDUP on many servers, DELE, RMD, RNTO, SMNT, and the final reply of a transfer (STOR, STOU, RETR, LIST, NLST, APPE) when the data connection stays open (RFC 959 §5.4); also the multi-line reply to MLST (RFC 3659 §7.2). RFC 959 §5.4 lists 200 for CDUP, but servers such as vsftpd send 250 as for CWD.",
        commands: &[
            "CWD", "CDUP", "SMNT", "STOR", "STOU", "RETR", "LIST", "NLST", "APPE", "RNTO", "DELE",
            "RMD", "MLST",
        ],
        fix_client: "Continue; the change is done. For MLST, read the indented facts line between the 250- line and the closing 250 line. Accept both 200 and 250 as success for CWD and CDUP.",
        fix_server: "After a transfer, send 226 when you close the data connection and 250 only when you keep it open. For MLST, send a multi-line 250 whose entry line starts with one space, as RFC 3659 §7.2 requires.",
        disputed: Some(
            "RFC 959 is not consistent about 250: §4.2.2 defines it as 'Requested file action okay, completed', yet §4.1.3 calls it the '250 Transfer Started' reply for STOU, while §5.4 gives STOU 125/150 first and 226/250 at the end. CDUP gets 200 in §5.4 but CWD's codes (250) in §4.1.1, and the Appendix II examples answer CWD with 200. In practice 250 always means a completed action, and both 200 and 250 are seen for CWD and CDUP.",
        ),
        related: &[200, 226, 257, 350, 550],
        sources: &[
            "RFC 959 §3.2",
            "RFC 959 §4.1.1",
            "RFC 959 §4.1.3",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 959 Appendix II",
            "RFC 3659 §7.2",
        ],
    },
    Entry {
        code: 257,
        text: "\"PATHNAME\" created.",
        title: "Pathname created or current",
        origin: Origin::Rfc,
        meaning: "Reports a directory path in double quotes at the start of the text: after MKD it is the full path of the new directory, after PWD the current working directory. A double quote inside the name is written twice (\"\").",
        when: "Reply to MKD and PWD (RFC 959 §5.4 and Appendix II). Clients send PWD right after login and after each CWD to learn where they are.",
        commands: &["MKD", "PWD"],
        fix_client: "Take the path between the opening quote and its matching closing quote, turning each doubled quote back into one, and ignore any text after it. Refer to a new directory by the returned path, not by the MKD argument.",
        fix_server: "Always put the full path in double quotes right after 257 and a space, and double any quote inside it; clients break on unquoted paths. If the directory already exists, reply with an error (usually 550; RFC 959's own example uses 521) instead of 257.",
        disputed: None,
        related: &[250, 521, 550],
        sources: &[
            "RFC 959 §4.1.3",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 959 Appendix II",
        ],
    },
    Entry {
        code: 331,
        text: "User name okay, need password.",
        title: "User name okay, need password",
        origin: Origin::Rfc,
        meaning: "The server accepted the USER command and is now waiting for PASS with the password before it logs you in. This is an intermediate step, not a success: it does not prove the account exists, because many servers answer 331 to any name.",
        when: "Reply to USER on almost every login, anonymous ones included (RFC 959 §5.4). RFC 2577 §7 advises sending 331 even for unknown names so attackers cannot probe for valid accounts, and the login examples in RFC 4217 and RFC 7151 show it after AUTH TLS or HOST.",
        commands: &["USER"],
        fix_client: "Send PASS with the password next; for anonymous login an e-mail address or any string is usually accepted. If PASS then fails with 530, the name or password is wrong or the account is locked, even though USER got 331.",
        fix_server: "Send 331 only in reply to USER and keep the session waiting for PASS; answer a PASS that arrives without a USER with 503. Give unknown names 331 too (RFC 2577 §7) and reject at PASS time, so user names cannot be enumerated.",
        disputed: None,
        related: &[230, 232, 332, 336, 530],
        sources: &[
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 2577 §7",
            "RFC 4217 §12.1",
            "RFC 7151 §3.2.2",
        ],
    },
    Entry {
        code: 332,
        text: "Need account for login.",
        title: "Need account for login",
        origin: Origin::Rfc,
        meaning: "The server wants account information, sent with the ACCT command, before it will finish the login. The user name and password were accepted so far; only ACCT is missing.",
        when: "Reply to USER or PASS on servers that separate or bill work by account, mostly old mainframe-style systems (RFC 959 §5.4). RFC 959 §4.1.1 also lets a server send 332 on a later command that needs an account, holding that command until ACCT arrives.",
        commands: &["USER", "PASS"],
        fix_client: "Send ACCT with the account string your administrator gave you (curl: --ftp-account; FileZilla: logon type \"Account\"). If you have no account string, ask the server owner; repeating USER and PASS will not help.",
        fix_server: "Send 332 only if the site really requires ACCT, and say in the text what kind of account is expected; typical Unix servers never need it. After a valid ACCT, reply 230 or carry out the command that was held.",
        disputed: None,
        related: &[230, 331, 530, 532],
        sources: &["RFC 959 §4.1.1", "RFC 959 §4.2.2", "RFC 959 §5.4"],
    },
    Entry {
        code: 334,
        text: "[ADAT=base64data]",
        title: "Mechanism accepted, send ADAT",
        origin: Origin::Rfc,
        meaning: "The server accepts the security mechanism named in AUTH and expects the client to continue with one or more ADAT commands. The text may carry base64 security data after ADAT= for the client's mechanism to process.",
        when: "Reply to AUTH GSSAPI or AUTH KERBEROS_V4 when the server supports that mechanism (RFC 2228 §3, §8.2 and its appendices). RFC 4217 §4.2 states that 334 is wrong as a reply to AUTH TLS, because TLS uses no ADAT exchange; the right reply there is 234.",
        commands: &["AUTH"],
        fix_client: "Start the mechanism's token exchange: for GSSAPI, get a token for the service ftp@hostname and send it base64-encoded with ADAT. If you wanted TLS and got 334, check that the client really sent AUTH TLS; a server answering AUTH TLS with 334 is broken.",
        fix_server: "Send 334 only for mechanisms that need an ADAT exchange, put any token in the text as ADAT=<base64>, and then accept ADAT. Never answer AUTH TLS with 334; RFC 4217 §4.2 requires 234.",
        disputed: None,
        related: &[234, 235, 335, 431, 534],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.1",
            "RFC 2228 §8.2",
            "RFC 2228 Appendix I",
            "RFC 4217 §4.2",
        ],
    },
    Entry {
        code: 335,
        text: "[ADAT=base64data]",
        title: "Security data accepted, more needed",
        origin: Origin::Rfc,
        meaning: "The server accepted the security data sent with ADAT, but the exchange is not finished and it wants another ADAT. Any token the client must process is in the text after ADAT=.",
        when: "Reply to ADAT during a multi-step GSSAPI (Kerberos) login under RFC 2228, when the server's security context still needs more input (RFC 2228 Appendix I).",
        commands: &["ADAT"],
        fix_client: "Pass the token from the reply to your security mechanism and send its output in the next ADAT command. Repeat until the server answers 235; a 535 means the data was rejected and the exchange must start again with AUTH.",
        fix_server: "Send 335 only while the mechanism still needs input, include the output token as ADAT=<base64>, and end with 235 once the context is complete. Reject undecodable base64 with 501 and failed checks with 535.",
        disputed: None,
        related: &[235, 334, 535],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.1",
            "RFC 2228 §8.2",
            "RFC 2228 Appendix I",
        ],
    },
    Entry {
        code: 336,
        text: "Username okay, need password. Challenge is \"....\"",
        title: "Need password, challenge given",
        origin: Origin::Rfc,
        meaning: "The user name is fine, but the login uses challenge/response: the reply text contains a challenge, and the password you send must be worked out from it, for example with a one-time-password calculator. A fixed stored password will normally be refused.",
        when: "Reply to USER on servers whose security mechanism requires a challenge/response password (RFC 2228 §4). Rare today; most servers use 331 for ordinary passwords.",
        commands: &["USER"],
        fix_client: "Show the challenge to the user before asking for the password, compute the response, and send it with PASS. A client that asks for the password before it has sent USER cannot work here (RFC 2228 §4).",
        fix_server: "Put the challenge in the 336 text in a form a person can read and type into a calculator, then expect the response in PASS. Answer PASS with 230 or 530 as usual.",
        disputed: None,
        related: &[232, 331, 530],
        sources: &["RFC 2228 §4", "RFC 2228 §5.1", "RFC 2228 §8.2"],
    },
    Entry {
        code: 350,
        text: "Requested file action pending further information.",
        title: "Pending further information",
        origin: Origin::Rfc,
        meaning: "The command was accepted and the server is waiting for the follow-up command that completes it. Nothing has changed on the server yet.",
        when: "Reply to RNFR (the file exists, send RNTO next) and to REST (restart offset saved, send RETR or STOR next), per RFC 959 §5.4. RFC 3659 §5.3 defines REST for stream mode and says the 350 means the offset is stored for the next transfer.",
        commands: &["REST", "RNFR"],
        fix_client: "Send the follow-up at once: RNTO with the new name after RNFR, or RETR or STOR after REST, with no other command in between. If RNTO then gets 503, the pending rename was lost; send RNFR again.",
        fix_server: "Keep the RNFR name or REST offset only until the next command and discard it if anything else arrives. RFC 3659 §5.3 allows APPE to complete a restart only if it behaves exactly like STOR at that offset.",
        disputed: None,
        related: &[226, 250, 450, 503, 550],
        sources: &[
            "RFC 959 §4.1.3",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 3659 §5.3",
        ],
    },
    Entry {
        code: 421,
        text: "Service not available, closing control connection.",
        title: "Service not available",
        origin: Origin::Rfc,
        meaning: "The server is refusing or ending the session and closes the control connection right after this reply. The condition is transient: reconnecting later may work, but this session is over.",
        when: "Can answer the connection itself or almost any command (RFC 959 §5.4): common causes are too many connections in total or per IP, a shutdown, an idle timeout, or too many failed PASS attempts (RFC 2577 §5). RFC 4217 §10.1 uses it when TLS negotiation after AUTH TLS fails, and RFC 7151 §3.2 when the host named in HOST is temporarily unavailable.",
        commands: &[
            "USER", "PASS", "ACCT", "CWD", "CDUP", "SMNT", "REIN", "PORT", "PASV", "MODE", "TYPE",
            "STRU", "ALLO", "REST", "STOR", "STOU", "RETR", "LIST", "NLST", "APPE", "RNFR", "RNTO",
            "DELE", "RMD", "MKD", "PWD", "ABOR", "SYST", "STAT", "HELP", "NOOP", "AUTH", "ADAT",
            "PBSZ", "PROT", "MIC", "CONF", "ENC", "HOST",
        ],
        fix_client: "Reconnect after a pause, and open fewer parallel connections if the text mentions too many users or connections from your address. If it follows a failed login or AUTH TLS, fix the credentials or TLS settings first, or repeated attempts may get you blocked.",
        fix_server: "Read the reply text and the log to see which limit was hit and raise it if appropriate: vsftpd max_clients, max_per_ip, idle_session_timeout; ProFTPD MaxClients, MaxClientsPerHost, MaxLoginAttempts, TimeoutIdle; Pure-FTPd -c and -C. Always send 421 before closing, so the client knows the drop was deliberate.",
        disputed: None,
        related: &[120, 220, 221, 530, 10054],
        sources: &[
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 2228 §8.2",
            "RFC 2577 §5",
            "RFC 4217 §10.1",
            "RFC 7151 §3.2",
        ],
    },
    Entry {
        code: 425,
        text: "Can't open data connection.",
        title: "Can't open data connection",
        origin: Origin::Rfc,
        meaning: "The server could not set up the separate data connection needed for a listing or transfer, so the command was not carried out. It is transient: the same command can succeed once the data path works.",
        when: "Reply to RETR, STOR, STOU, APPE, LIST or NLST (RFC 959 §5.4); servers commonly send it to MLSD as well (RFC 3659 §7.2.1 allows any 4xy). Usual causes: a firewall or NAT blocking the passive port range, a server advertising a private address in its 227 reply, or blocked active-mode (PORT) connections back to the client.",
        commands: &["RETR", "STOR", "STOU", "APPE", "LIST", "NLST", "MLSD"],
        fix_client: "Switch between passive and active mode (passive is the usual choice behind NAT) and check that the address in the 227 or 229 reply is reachable; if 227 shows a private address, use EPSV or have the client reuse the control connection's address. Allow outbound connections to the server's passive port range.",
        fix_server: "Open a fixed passive range in the firewall and advertise the public address: vsftpd pasv_min_port, pasv_max_port, pasv_address; ProFTPD PassivePorts, MasqueradeAddress; Pure-FTPd -p and -P; IIS FTP Firewall Support. For active mode, allow the server's outgoing connections to client ports.",
        disputed: None,
        related: &[150, 227, 229, 426, 10060],
        sources: &["RFC 959 §4.2.2", "RFC 959 §5.4", "RFC 3659 §7.2.1"],
    },
    Entry {
        code: 426,
        text: "Connection closed; transfer aborted.",
        title: "Transfer aborted",
        origin: Origin::Rfc,
        meaning: "The data connection was opened but closed before the transfer finished, so the file or listing is incomplete. It is transient: retrying, or resuming with REST, can succeed.",
        when: "Reply to RETR, STOR, STOU, APPE, LIST or NLST after a 125 or 150 (RFC 959 §5.4), and the expected first reply when ABOR interrupts a running transfer, followed by 226 (RFC 959 §4.1.3). Otherwise caused by a network drop, a firewall or NAT timeout, or a stalled client; vsftpd reports a broken upload as \"426 Failure reading network stream.\"",
        commands: &["RETR", "STOR", "STOU", "APPE", "LIST", "NLST", "ABOR"],
        fix_client: "Retry the transfer, resuming large files with REST if the server supports it, and look for unstable links or VPN drops. If it always fails after the same amount of time, suspect an idle or session timeout on a firewall or proxy between you and the server.",
        fix_server: "Find the cause in the log (timeout, client reset, write error) and adjust timeouts such as vsftpd data_connection_timeout or ProFTPD TimeoutStalled and TimeoutNoTransfer. Keep firewall and NAT idle timeouts longer than the longest expected transfer.",
        disputed: None,
        related: &[150, 225, 226, 425, 451, 10054],
        sources: &["RFC 959 §4.1.3", "RFC 959 §4.2.2", "RFC 959 §5.4"],
    },
    Entry {
        code: 430,
        text: "Invalid username or password",
        title: "Invalid username or password",
        origin: Origin::Unofficial,
        meaning: "Some servers use 430 to say the login failed because the user name or password is wrong. No RFC defines it; the standard reply for a failed login is 530. Although it is a 4xy code, retrying with the same credentials will not succeed.",
        when: "Seen after USER or PASS on small or home-made FTP servers, and listed in reply-code tables copied from popular lists, such as the Zephyr RTOS FTP client header and the suppaftp Rust crate. vsftpd, ProFTPD, Pure-FTPd and IIS answer a bad login with 530 instead.",
        commands: &["USER", "PASS"],
        fix_client: "Check the user name and password (case, domain prefix, stray spaces) and whether the server wants AUTH TLS before login. Client code should treat 430 like 530 and not retry automatically, because repeated failures can lock the account.",
        fix_server: "Send the standard 530 for failed logins so clients handle it correctly; a 4xy code tells clients the failure is temporary and can trigger automatic retries. Limit attempts (vsftpd max_login_fails, ProFTPD MaxLoginAttempts) and close with 421 as RFC 2577 §5 suggests.",
        disputed: None,
        related: &[331, 421, 530],
        sources: &[
            "Zephyr RTOS source: include/zephyr/net/ftp_client.h (FTP_CODE_430_INVALID_USERNAME_OR_PASSWORD)",
            "suppaftp source: suppaftp/src/status.rs (Status::InvalidCredentials = 430)",
            "docs.rs: mcai_ftp ftp::status (INVALID_CREDENTIALS = 430)",
        ],
    },
    Entry {
        code: 431,
        text: "Need some unavailable resource to process security.",
        title: "Security resource unavailable",
        origin: Origin::Rfc,
        meaning: "The server would accept the requested security mechanism or protection level but cannot right now, because something it needs is missing, such as a key, credential or security library. It is transient: the same AUTH or PROT may work once the server side is fixed.",
        when: "Reply to AUTH or PROT under RFC 2228 (§3, §8.2), for example when the server cannot load its Kerberos keytab or its TLS certificate. Rare in practice; see the dispute note for an unrelated use in RFC 959.",
        commands: &["AUTH", "PROT"],
        fix_client: "Retry later, or fall back to another mechanism or protection level the server offers, for example AUTH TLS instead of AUTH GSSAPI. Report the exact reply to the administrator; the fault is on the server.",
        fix_server: "Check that the security material exists and is readable by the FTP process: the keytab holding the ftp service principal for GSSAPI, or the certificate and key files for TLS (vsftpd rsa_cert_file, ProFTPD TLSRSACertificateFile). The log usually names the library error behind the reply.",
        disputed: Some(
            "RFC 2228 §5.1 defines 431 as \"Need some unavailable resource to process security\", a reply to AUTH or PROT. RFC 959 Appendix II, in a TOPS-20 example, shows \"431 No such directory\" as a reply to CWD. The RFC 2228 meaning is the one you are most likely to face; a 431 after CWD comes from an old or nonstandard server and means the directory was not found (current servers send 550).",
        ),
        related: &[234, 334, 534, 536, 550],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.1",
            "RFC 2228 §8.2",
            "RFC 959 Appendix II",
        ],
    },
    Entry {
        code: 434,
        text: "Requested host unavailable.",
        title: "Requested host unavailable",
        origin: Origin::Unofficial,
        meaning: "Listed in popular reply-code tables as meaning that the host the client asked for cannot be served right now. No RFC defines it; as a 4xy code it suggests trying again later.",
        when: "Found in code tables (the Zephyr RTOS FTP client header, the suppaftp Rust crate) rather than in the major servers; where it is sent at all, the natural trigger is a HOST command naming a virtual host that is down. RFC 7151 §3.2, which defines HOST, uses 421 for a temporarily unavailable host and 504 for an unknown one.",
        commands: &["HOST"],
        fix_client: "Check the host name sent with HOST (the virtual host set in your client), then retry later. If it persists, treat it like 421: reconnect after a pause and contact the server operator.",
        fix_server: "Follow RFC 7151 instead: reply 421 and close when a known virtual host is temporarily unavailable, and 504 when the name is unknown. Make sure every name clients may send in HOST is configured as a virtual host.",
        disputed: None,
        related: &[220, 421, 504],
        sources: &[
            "Zephyr RTOS source: include/zephyr/net/ftp_client.h (FTP_CODE_434_HOST_UNAVAILABLE)",
            "suppaftp source: suppaftp/src/status.rs (Status::HostUnavailable = 434)",
            "RFC 7151 §3.2",
        ],
    },
    Entry {
        code: 450,
        text: "Requested file action not taken. File unavailable (e.g., file busy).",
        title: "File action not taken",
        origin: Origin::Rfc,
        meaning: "The server did not carry out the file operation because the file was temporarily unavailable, typically busy or locked. It is transient: the same command may succeed later without any change.",
        when: "Reply to RETR, STOR, STOU, APPE, LIST, NLST, RNFR, DELE or STAT (RFC 959 §5.4) when the file is locked by another process, still being written by another upload, or on a network share that is briefly unreachable.",
        commands: &[
            "RETR", "STOR", "STOU", "APPE", "LIST", "NLST", "RNFR", "DELE", "STAT",
        ],
        fix_client: "Wait and retry; if it persists, find out what holds the file (another upload, a backup or antivirus scan, an open editor). Scripts should retry with a delay rather than fail at once.",
        fix_server: "Look for locks on the file: on Windows and IIS, antivirus or other programs holding it open are a common cause; on Unix, check NFS or SMB backends and mounts. Send 550 instead when the condition is permanent (missing file, no permission), so clients stop retrying.",
        disputed: None,
        related: &[226, 350, 451, 452, 550],
        sources: &["RFC 959 §4.2.2", "RFC 959 §5.4"],
    },
    Entry {
        code: 451,
        text: "Requested action aborted: local error in processing.",
        title: "Local error in processing",
        origin: Origin::Rfc,
        meaning: "The server hit an internal error while carrying out the command, so the action was stopped. It is transient: the same command may work later, once the server-side problem is gone.",
        when: "Reply during RETR, STOR, STOU, APPE, LIST or NLST (RFC 959 §5.4) when the server cannot read or write its local file; vsftpd answers a failed upload write with \"451 Failure writing to local file.\", often because the disk is full. RFC 2389 §4 also uses 451 for OPTS when a temporary server condition blocks the option.",
        commands: &["RETR", "STOR", "STOU", "APPE", "LIST", "NLST", "OPTS"],
        fix_client: "Retry later, and for uploads ask the administrator whether the server disk or quota is full. A partial file may be left behind; resume it with REST or delete it and upload again.",
        fix_server: "Check the FTP log and the system log at that time for I/O errors, a full disk (df -h), exhausted inodes (df -i) or permission problems in the target directory. Fix the filesystem or storage backend and monitor free space.",
        disputed: None,
        related: &[426, 450, 452, 501, 552],
        sources: &["RFC 959 §4.2.2", "RFC 959 §5.4", "RFC 2389 §4"],
    },
    Entry {
        code: 452,
        text: "Requested action not taken. Insufficient storage space in system.",
        title: "Insufficient storage space",
        origin: Origin::Rfc,
        meaning: "The server could not store the data because the system ran out of storage space. It is transient: the same upload can succeed once space is freed.",
        when: "Reply to STOR, STOU or APPE (RFC 959 §5.4), usually because the disk or partition holding the FTP area is full. Strictly, a user's own quota being used up is 552, but some servers report that with 452 too.",
        commands: &["STOR", "STOU", "APPE"],
        fix_client: "Delete old files on the server or upload somewhere else, then retry; ask the administrator about space and quotas. Check for a partial file left by the failed upload.",
        fix_server: "Free space or enlarge the volume holding the FTP area (df -h, and df -i for inodes), and review upload limits such as ProFTPD mod_quotatab or Pure-FTPd -k (MaxDiskUsage). Use 552 when the user's own allocation, not the system, is exhausted.",
        disputed: None,
        related: &[450, 451, 552, 553],
        sources: &["RFC 959 §4.2.2", "RFC 959 §5.4"],
    },
    Entry {
        code: 500,
        text: "Syntax error, command unrecognized. This may include errors such as command line too long.",
        title: "Command unrecognized",
        origin: Origin::Rfc,
        meaning: "The server could not make sense of the command line at all: the command word is unknown to it, or the line is malformed or too long. This is permanent: sending the same line again fails the same way, so the command or the client setting that produced it has to change.",
        when: "Any command can draw it; typically the client sends an extension the server does not know (AUTH, FEAT, EPSV, MLSD, SIZE, HOST, LANG), a raw QUOTE command has a typo, or a proxy or a TLS mix-up garbles the line. vsftpd also reports fatal session errors this way, e.g. \"500 OOPS: vsftpd: refusing to run with writable root inside chroot()\".",
        commands: &[
            "USER", "PASS", "ACCT", "CWD", "CDUP", "SMNT", "REIN", "QUIT", "PORT", "PASV", "MODE",
            "TYPE", "STRU", "ALLO", "REST", "STOR", "STOU", "RETR", "LIST", "NLST", "APPE", "RNFR",
            "RNTO", "DELE", "RMD", "MKD", "PWD", "ABOR", "SYST", "STAT", "HELP", "SITE", "NOOP",
            "AUTH", "ADAT", "PBSZ", "PROT", "CCC", "MIC", "CONF", "ENC", "FEAT", "OPTS", "LPRT",
            "LPSV", "EPRT", "EPSV", "SIZE", "MDTM", "MLST", "MLSD", "LANG", "HOST",
        ],
        fix_client: "If you typed the command by hand, check its spelling and arguments. If the client sent an extension such as FEAT, EPSV, MLSD or AUTH TLS, switch that feature off for this server (PASV instead of EPSV, LIST instead of MLSD, plain FTP if it has no TLS): a 500 to such a command just means the server does not know it.",
        fix_server: "Read the server log for the exact line received; if it is a standard extension your users need, enable the module that provides it or upgrade the server (for AUTH TLS on ProFTPD, TLSEngine on). For a vsftpd \"500 OOPS\" line, fix the reported problem, e.g. make the chroot root non-writable or set allow_writeable_chroot=YES.",
        disputed: None,
        related: &[202, 501, 502, 504],
        sources: &[
            "RFC 959 §4.2",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 1639 §4",
            "RFC 2228 §3",
            "RFC 2228 §8.2",
            "RFC 2389 §3.2",
            "RFC 2389 §4",
            "RFC 2428 §2",
            "RFC 2428 §3",
            "RFC 2640 §4.2",
            "RFC 3659 §3.2",
            "RFC 3659 §4.2",
            "RFC 3659 §7.2.1",
            "RFC 4217 §5",
            "RFC 7151 §3.3",
        ],
    },
    Entry {
        code: 501,
        text: "Syntax error in parameters or arguments.",
        title: "Syntax error in arguments",
        origin: Origin::Rfc,
        meaning: "The server knows the command but rejects its argument: it is missing, extra, malformed or out of range. Permanent: repeating the command with the same argument fails again, so the argument has to be corrected.",
        when: "Typical triggers are a malformed PORT or EPRT address, PBSZ with a value that is not a 32-bit number, ADAT data that is not valid base64, MLSD naming a file instead of a directory, OPTS with options the server rejects for good, FEAT sent with an argument, and HOST with a port number attached. Some servers also use it when a required path argument is missing.",
        commands: &[
            "USER", "PASS", "ACCT", "CWD", "CDUP", "SMNT", "PORT", "PASV", "MODE", "TYPE", "STRU",
            "ALLO", "REST", "STOR", "STOU", "RETR", "LIST", "NLST", "APPE", "RNFR", "RNTO", "DELE",
            "RMD", "MKD", "PWD", "ABOR", "SYST", "STAT", "HELP", "SITE", "AUTH", "ADAT", "PBSZ",
            "PROT", "MIC", "CONF", "ENC", "FEAT", "OPTS", "LPRT", "LPSV", "EPRT", "EPSV", "SIZE",
            "MDTM", "MLST", "MLSD", "LANG", "HOST",
        ],
        fix_client: "Turn on the client's protocol log and look at the exact argument sent. Common fixes: quote or rename paths with spaces or unusual characters, use MLSD only on directories, send PBSZ 0 before PROT P on FTPS, and switch to passive mode if PORT or EPRT is refused.",
        fix_server: "Check the log for the rejected argument; if valid clients are refused, the parser or the character-set handling may be too strict (for example UTF-8 names without OPTS UTF8 ON). Implementers: keep 501 for bad arguments to a known command, 500 for unknown commands and 504 for a well-formed but unsupported value.",
        disputed: None,
        related: &[500, 502, 504, 553],
        sources: &[
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 1639 §4",
            "RFC 2228 §3",
            "RFC 2228 §8.2",
            "RFC 2389 §3.2",
            "RFC 2389 §4",
            "RFC 2428 §2",
            "RFC 2428 §3",
            "RFC 2640 §4.2",
            "RFC 3659 §7.1",
            "RFC 3659 §7.2.1",
            "RFC 7151 §3.1",
            "RFC 7151 §3.3",
        ],
    },
    Entry {
        code: 502,
        text: "Command not implemented.",
        title: "Command not implemented",
        origin: Origin::Rfc,
        meaning: "The server recognises the command name but does not carry it out at all. Permanent for this server: retrying will not help, so use another command or do without the feature.",
        when: "RFC 959 allows it for commands a small server may leave out (CWD, CDUP, SMNT, REIN, PASV, REST, LIST, NLST, APPE, RNFR, RNTO, DELE, RMD, MKD, PWD, ABOR, SYST, STAT, HELP), and the extension RFCs allow it when FEAT, OPTS, AUTH and the other security commands, LANG or HOST are unsupported. In common practice it also answers SITE subcommands such as SITE CHMOD, and EPSV or EPRT on older servers.",
        commands: &[
            "CWD", "CDUP", "SMNT", "REIN", "PASV", "REST", "LIST", "NLST", "APPE", "RNFR", "RNTO",
            "DELE", "RMD", "MKD", "PWD", "ABOR", "SYST", "STAT", "HELP", "SITE", "AUTH", "ADAT",
            "PBSZ", "PROT", "MIC", "CONF", "ENC", "FEAT", "OPTS", "LANG", "HOST",
        ],
        fix_client: "Stop sending that command to this server: disable the feature in the client (EPSV, MLSD, SITE CHMOD, AUTH TLS) or use an equivalent command. A 502 to FEAT or HOST is harmless; carry on as if the server has no extensions or virtual hosts, as RFC 2389 and RFC 7151 say.",
        fix_server: "If users need the command, enable the module or option that provides it, or upgrade the server. Implementers: use 502 for a known but unimplemented command, 202 for one that is merely unnecessary at this site, and 504 when only one parameter value is unsupported.",
        disputed: None,
        related: &[202, 500, 501, 504],
        sources: &[
            "RFC 959 §4.2",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 2228 §3",
            "RFC 2228 §8.2",
            "RFC 2389 §3.2",
            "RFC 2389 §4",
            "RFC 2640 §4.2",
            "RFC 7151 §3.3",
        ],
    },
    Entry {
        code: 503,
        text: "Bad sequence of commands.",
        title: "Bad sequence of commands",
        origin: Origin::Rfc,
        meaning: "The command is valid but arrived at the wrong point in the session, because a step it depends on was not sent or did not succeed. Permanent as sent: send the missing step first, then repeat the command.",
        when: "Classic cases: PASS without a USER before it, RNTO without a successful RNFR, PROT before PBSZ, PBSZ or ADAT before AUTH has completed, and HOST sent after login. In common practice servers also answer a second AUTH on an already encrypted connection with 503 (pyftpdlib: \"503 Already using TLS.\").",
        commands: &[
            "PASS", "ACCT", "RNTO", "AUTH", "ADAT", "PBSZ", "PROT", "MIC", "CONF", "ENC", "HOST",
            "MLST", "MLSD",
        ],
        fix_client: "Send the prerequisite first: USER before PASS, RNFR immediately before RNTO, and for FTPS the order AUTH TLS, USER, PASS, PBSZ 0, PROT P. If an earlier step failed (a 530 after PASS, a 550 after RNFR), fix that step rather than the one that drew the 503.",
        fix_server: "This is usually a client bug, so read the client log first. Implementers: track the session state (pending RNFR, completed AUTH and PBSZ, logged-in flag), answer 503 only when the step really is missing, and clear that state on REIN and after a new AUTH.",
        disputed: None,
        related: &[331, 350, 500, 530],
        sources: &[
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 2228 §3",
            "RFC 2228 §8.2",
            "RFC 3659 §7.2.1",
            "RFC 4217 §9",
            "RFC 7151 §3.3",
            "pyftpdlib source: pyftpdlib/handlers/ftps/control.py (ftp_AUTH, ftp_PROT)",
        ],
    },
    Entry {
        code: 504,
        text: "Command not implemented for that parameter.",
        title: "Parameter not implemented",
        origin: Origin::Rfc,
        meaning: "The server implements the command but not the particular value you gave it, such as a transfer mode, structure or security mechanism it lacks. Permanent: resend the command with a value the server supports.",
        when: "RFC 959 allows it for MODE, TYPE, STRU and ALLO (e.g. MODE B on a stream-only server, or STRU P); RFC 2228 for AUTH with an unknown mechanism and PROT with an unknown level; RFC 2640 for an unsupported LANG tag; RFC 7151 for HOST naming an unknown or disabled virtual host. RFC 2577 suggests it for PORT aimed at a port below 1024, to block bounce attacks.",
        commands: &[
            "PORT", "MODE", "TYPE", "STRU", "ALLO", "AUTH", "PROT", "LANG", "HOST", "MLST", "MLSD",
        ],
        fix_client: "Fall back to values every server supports: TYPE A or TYPE I, MODE S, STRU F, AUTH TLS, PROT C or P. For HOST check the virtual host name; for a refused PORT use passive mode or a local data port above 1023.",
        fix_server: "If a legitimate value is refused, enable it, e.g. configure the missing virtual host or security mechanism. Implementers: answer 504 only for well-formed but unsupported values (501 for malformed ones), and after a 504 to HOST either ignore the command or close, as RFC 7151 §3.3 requires.",
        disputed: None,
        related: &[200, 500, 501, 502],
        sources: &[
            "RFC 959 §4.2",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 2228 §3",
            "RFC 2228 §8.2",
            "RFC 2577 §3",
            "RFC 2640 §4.2",
            "RFC 3659 §7.2.1",
            "RFC 7151 §3.2",
            "RFC 7151 §3.3",
        ],
    },
    Entry {
        code: 521,
        text: "Supported address families are (af1, af2, ..., afn)",
        title: "PROT level or address family refused",
        origin: Origin::Rfc,
        meaning: "A permanent refusal whose exact reason depends on which document the server follows: today usually an FTPS server saying the data protection (PROT) setting is not acceptable, otherwise an LPRT or LPSV address family it cannot use, or a directory that already exists. In every reading the same command sent unchanged fails again; the text after the code tells you which case you have.",
        when: "FTPS servers send it to PROT S or PROT E (common practice, e.g. pyftpdlib) or, per RFC 4217 §10.2, to STOR, RETR, LIST, NLST, STOU or APPE when the current PROT level is not acceptable for that transfer. RFC 1639 servers send it to LPRT or LPSV for an unsupported address family, and RFC 959 Appendix II shows it as the reply to MKD for an existing directory.",
        commands: &[
            "MKD", "PROT", "STOR", "STOU", "RETR", "LIST", "NLST", "APPE", "LPRT", "LPSV",
        ],
        fix_client: "Read the reply text. If it mentions PROT, send PBSZ 0 and then PROT P (or PROT C where clear data is allowed), i.e. enable the client's encrypted data channel option; if it lists address families, use PASV/PORT or EPSV/EPRT instead; after MKD, treat it as \"directory already exists\".",
        fix_server: "For FTPS, decide whether data encryption is mandatory and say so in the reply text; TLS only uses PROT C and PROT P (RFC 4217 §9), so accept those two. Implementers reporting an existing directory should prefer 550, the access-denied reply the text of RFC 959 Appendix II asks for.",
        disputed: Some(
            "Four meanings are documented. (1) RFC 1639 §4 (experimental FOOBAR): reply to LPRT or LPSV when the requested address family is not supported, with the supported families listed in the text. (2) RFC 959 Appendix II: an example answers MKD of an existing directory with 521 (\"directory already exists; taking no action\"), although the sentence before it asks for an access-denied reply, which RFC 959 §7 shows as 550. (3) RFC 4217 §10.2: reply to STOR, RETR, LIST, NLST, STOU or APPE when the PROT setting does not allow that transfer (\"data connection cannot be opened with this PROT setting\"); the same RFC's §11.4 gives 522 for that situation. (4) Server practice: pyftpdlib answers PROT S and PROT E with 521 and the text \"PROT S unsupported (use C or P)\". Most likely in the field: an FTPS protection-level problem (3 or 4); LPRT/LPSV (1) is rare today, and (2) appears where a server's text says the directory exists.",
        ),
        related: &[228, 257, 522, 534, 550],
        sources: &[
            "RFC 1639 §4",
            "RFC 959 §7",
            "RFC 959 Appendix II",
            "RFC 4217 §9",
            "RFC 4217 §10.2",
            "RFC 4217 §11.4",
            "pyftpdlib source: pyftpdlib/handlers/ftps/control.py (ftp_PROT)",
        ],
    },
    Entry {
        code: 522,
        text: "Network protocol not supported, use (prot1,prot2,...,protn)",
        title: "Data TLS failed or protocol unsupported",
        origin: Origin::Rfc,
        meaning: "A permanent refusal tied to the data connection, with two documented readings: the server cannot use the network protocol (IPv4 or IPv6) requested in EPRT or EPSV, or the TLS protection of the data connection is missing, failed or unacceptable. Retrying unchanged fails again; change the protocol or the FTPS settings as the reply text indicates.",
        when: "With EPRT, or EPSV with a protocol number, naming an address family the server lacks (RFC 2428); the text then ends with the usable families, e.g. (1). Far more often with FTPS on vsftpd, after a data command: \"522 SSL connection failed; session reuse required\" when the client did not resume the control connection's TLS session on the data connection, or \"522 Data connections must be encrypted.\" when PROT P was not sent.",
        commands: &[
            "EPRT", "EPSV", "STOR", "STOU", "RETR", "LIST", "NLST", "APPE",
        ],
        fix_client: "For \"session reuse required\", use a client that resumes the TLS session on data connections (FileZilla and WinSCP do; FluentFTP needs its GnuTLS stream; Python ftplib needs a subclass that reuses the session) or ask the admin to relax the check. For \"must be encrypted\", send PBSZ 0 and PROT P; for an EPRT/EPSV protocol error, use a family listed in the parentheses or plain PASV.",
        fix_server: "vsftpd: require_ssl_reuse=NO lifts the session-reuse check (weakening data-connection security) and force_local_data_ssl=NO allows clear data transfers; ProFTPD reports a missing reuse as a 425 instead and relaxes it with TLSOptions NoSessionReuseRequired. For EPRT/EPSV, implementers must put the supported family numbers in parentheses, as RFC 2428 §2 requires.",
        disputed: Some(
            "Two standard meanings plus practice. (1) RFC 2428 §2 and §3: EPRT or EPSV asked for a network protocol (address family) the server does not support; the text must end with the supported families, e.g. (1,2). (2) RFC 4217 §10.2: after a 150, the TLS negotiation on the data connection failed or was unacceptable, including a server insisting on TLS session reuse; RFC 4217 §11.4 also uses 522 to refuse a transfer whose PROT level is too low, where its §10.2 says 521. (3) Practice: vsftpd uses 522 for TLS data problems (\"SSL connection failed; session reuse required\", \"Data connections must be encrypted.\") and for a bad EPRT/EPSV protocol; Apache Commons Net names 522 EXTENDED_PORT_FAILURE and notes its FTPS use. Most likely in the field: the FTPS data-connection meaning, from vsftpd.",
        ),
        related: &[150, 229, 425, 521, 534],
        sources: &[
            "RFC 2428 §2",
            "RFC 2428 §3",
            "RFC 4217 §9",
            "RFC 4217 §10.2",
            "RFC 4217 §11.4",
            "vsftpd source: ftpcodes.h (FTP_NEEDENCRYPT, FTP_EPSVBAD, FTP_DATATLSBAD = 522)",
            "Apache Commons Net: FTPReply.EXTENDED_PORT_FAILURE (522)",
            "GitHub robinrodricks/FluentFTP issue #1283 (vsftpd 522 session reuse required)",
        ],
    },
    Entry {
        code: 530,
        text: "Not logged in.",
        title: "Not logged in",
        origin: Origin::Rfc,
        meaning: "The server refuses because no user is logged in, or because the login just attempted was rejected: wrong user name or password, an account that may not use FTP, or a login policy. Permanent for these credentials: the same USER and PASS will fail again, so fix the credentials, the account or the connection security.",
        when: "After USER or PASS when the login is rejected, and after any file or transfer command sent before a successful login. vsftpd uses it for \"Login incorrect.\", \"Permission denied.\" (user_list), \"This FTP server is anonymous only.\" and, with force_local_logins_ssl=YES, \"Non-anonymous sessions must use encryption.\" when the client did not send AUTH TLS first.",
        commands: &[
            "USER", "PASS", "ACCT", "CWD", "CDUP", "SMNT", "PORT", "PASV", "MODE", "TYPE", "STRU",
            "ALLO", "REST", "STOR", "STOU", "RETR", "LIST", "NLST", "APPE", "RNFR", "RNTO", "DELE",
            "RMD", "MKD", "STAT", "SITE", "PBSZ", "PROT", "MLST", "MLSD",
        ],
        fix_client: "Recheck the user name and password (stray spaces, case, keyboard layout); on IIS sites with virtual host names the user may need the form host|user. If the text mentions encryption, enable explicit FTP over TLS in the client; if it says anonymous only or permission denied, ask the admin which account to use.",
        fix_server: "Check the auth log for the real reason: bad password, PAM failure, user listed in /etc/ftpusers or vsftpd's user_list, local_enable=NO, or a shell missing from /etc/shells. If TLS is required (vsftpd force_local_logins_ssl), tell users to enable FTPS; RFC 2577 §7 advises answering every USER with 331 and rejecting only after PASS, so valid names cannot be probed.",
        disputed: None,
        related: &[230, 331, 332, 430, 534],
        sources: &[
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 2228 §8.2",
            "RFC 2577 §7",
            "RFC 3659 §7.2.1",
            "vsftpd source: prelogin.c (handle_user_command, handle_pass_command)",
        ],
    },
    Entry {
        code: 532,
        text: "Need account for storing files.",
        title: "Need account for storing",
        origin: Origin::Rfc,
        meaning: "You are logged in, but this site wants an ACCT (account) command before it will store or rename files, and it has thrown away the command you sent. Permanent until an account is supplied: send ACCT, then repeat the command.",
        when: "Returned to STOR, STOU, APPE or RNTO by servers that authorise or bill writes per account, a feature of older mainframe and time-sharing systems; RFC 959 §4.1.1 uses 332 instead when the server keeps the command pending until ACCT arrives. Very rare on modern Unix or Windows servers.",
        commands: &["STOR", "STOU", "APPE", "RNTO"],
        fix_client: "Send ACCT followed by your account string (in most clients through the quote or raw command, or an account field in the site settings), then retry the upload or rename. Ask the server administrator which account string to use.",
        fix_server: "If writes do not really need an account, drop the requirement so uploads work after a normal login. Implementers: send 532 only when the command was discarded, 332 when it is held pending ACCT, and accept ACCT at any point in the session.",
        disputed: None,
        related: &[202, 332, 530, 550],
        sources: &["RFC 959 §4.1.1", "RFC 959 §4.2.2", "RFC 959 §5.4"],
    },
    Entry {
        code: 533,
        text: "Command protection level denied for policy reasons.",
        title: "Command protection level denied",
        origin: Origin::Rfc,
        meaning: "Under RFC 2228 security, the protection on the command you sent is not what the server's policy demands: for example a plain command where all commands must be protected, or CCC sent without integrity protection. Permanent as sent: resend the command with the required protection.",
        when: "To CCC when the control connection is not protected (RFC 4217 §5: CCC without a prior AUTH TLS), to MIC, CONF or ENC when that protection level is refused (e.g. privacy required, or CONF before CCC), and to any plain command when the server requires every command to be protected. Mostly met with Kerberos or GSSAPI FTP, and with CCC on FTPS.",
        commands: &["CCC", "MIC", "CONF", "ENC", "AUTH", "ADAT", "PBSZ", "PROT"],
        fix_client: "On FTPS, send CCC only after AUTH TLS has succeeded. With Kerberos or GSSAPI, protect commands at the level the server wants (usually private, i.e. ENC) instead of sending them in clear.",
        fix_server: "Review the site policy: if clear commands after login are acceptable, allow CCC or unprotected commands; otherwise keep 533 and document the required level. Implementers: protect each reply like the command that caused it, and do not require AUTH and ADAT themselves to be protected, which RFC 2228 §7 calls meaningless.",
        disputed: None,
        related: &[200, 534, 535, 537, 631],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.1",
            "RFC 2228 §7",
            "RFC 2228 §8.2",
            "RFC 4217 §5",
        ],
    },
    Entry {
        code: 534,
        text: "Request denied for policy reasons.",
        title: "Denied by security policy",
        origin: Origin::Rfc,
        meaning: "The server could do what you asked, but its security policy forbids it; in practice this mostly means the server requires TLS (FTPS) and the session or the transfer is not encrypted. Permanent as sent: change the security settings, e.g. switch to FTPS with an encrypted data channel, and retry.",
        when: "RFC 2228 uses it for AUTH with a mechanism the policy forbids, PROT with a level the policy forbids, CCC when the server will not clear the control channel (also RFC 4217 §5), and STOR, STOU, RETR, LIST, NLST or APPE when the current PROT level is below what the transfer requires. IIS answers \"534 Policy requires SSL.\" to USER, or to a transfer after a TLS login without PROT P, when its FTP SSL settings require SSL.",
        commands: &[
            "AUTH", "PROT", "CCC", "STOR", "STOU", "RETR", "LIST", "NLST", "APPE", "USER", "PASS",
        ],
        fix_client: "Enable explicit FTP over TLS (FTPES) in the client and make sure it encrypts the data channel too (PBSZ 0 then PROT P), since IIS refuses clear transfers even after an encrypted login. If the 534 answers CCC or AUTH, stay encrypted or use the mechanism the server accepts (AUTH TLS).",
        fix_server: "On IIS the FTP SSL Settings (controlChannelPolicy and dataChannelPolicy, SslRequire by default) decide this: relax them to allow only if clear FTP is acceptable, and check a certificate is actually bound to the site. Implementers may send 504 instead when the server must not reveal that a forbidden mechanism exists, as RFC 2228 §3 permits.",
        disputed: Some(
            "The meanings differ in breadth rather than substance. (1) RFC 2228 §3, §5.1, §6 and §8.2: \"Request denied for policy reasons\" to AUTH, PROT, CCC, or a data transfer whose protection level is too low. (2) RFC 4217 §5: reply to CCC when the server will not let the control connection go back to clear text. (3) Folklore lists (Wikipedia: List of FTP server return codes, copied widely) give \"Could Not Connect to Server - Policy Requires SSL\", which describes the IIS use: \"534 Policy requires SSL.\" when SSL is required but the client is not using it. Most likely in the field: the IIS FTPS-required case, fixed by switching the client to FTPS with an encrypted data channel.",
        ),
        related: &[234, 431, 522, 530, 533, 550],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.1",
            "RFC 2228 §6",
            "RFC 2228 §8.2",
            "RFC 4217 §5",
            "Microsoft Docs: FTP over SSL <ssl> (controlChannelPolicy, dataChannelPolicy)",
            "GitHub jenkinsci/publish-over-ftp-plugin issue #115 (IIS 534 Policy requires SSL on STOR)",
            "GitHub sergi/jsftp issue #99 (534 Policy requires SSL at login)",
            "Wikipedia: List of FTP server return codes",
        ],
    },
    Entry {
        code: 535,
        text: "Failed security check (hash, sequence, etc).",
        title: "Failed security check",
        origin: Origin::Rfc,
        meaning: "Under RFC 2228 security, the server could not verify protected data: a checksum, signature or sequence number did not match, or the security exchange data was rejected. Permanent for that message: the client must resend correctly protected data or, after a failed ADAT, start the security exchange again with a new AUTH.",
        when: "To ADAT when the Kerberos or GSSAPI token is rejected (expired ticket, clock skew, wrong service principal), to MIC, CONF or ENC when a protected command fails verification, and to STOR, STOU, RETR, LIST, NLST or APPE when protection of the data stream fails, including a block larger than the size agreed with PBSZ.",
        commands: &[
            "ADAT", "MIC", "CONF", "ENC", "STOR", "STOU", "RETR", "LIST", "NLST", "APPE",
        ],
        fix_client: "Renew the Kerberos ticket (kinit), check that client and server clocks agree and that the host name you connect to matches the server's principal, then reconnect so AUTH and ADAT start afresh. For transfer failures, keep protected blocks within the negotiated PBSZ size.",
        fix_server: "Check the server's keytab and ftp service principal, time synchronisation and the security log. Implementers: after a 535 to ADAT the exchange has failed and the client must reset its state (RFC 2228 §3); keep 535 for verification failures and use 533 or 537 for policy or capability refusals.",
        disputed: None,
        related: &[235, 335, 533, 534, 631],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.1",
            "RFC 2228 §6",
            "RFC 2228 §8.2",
            "RFC 2228 Appendix I",
            "RFC 2228 Appendix II",
        ],
    },
    Entry {
        code: 536,
        text: "Requested PROT level not supported by mechanism.",
        title: "PROT level not supported",
        origin: Origin::Rfc,
        meaning: "The security mechanism in use cannot provide the data-channel protection level you asked for with PROT. Permanent for this mechanism: choose a level it supports.",
        when: "To PROT S or PROT E on FTPS, because TLS only offers Clear and Private (RFC 4217 §9), or to a level a Kerberos or GSSAPI mechanism cannot provide. vsftpd answers PROT S and PROT E this way (\"536 PROT not supported.\"), while pyftpdlib uses 521 for the same case.",
        commands: &["PROT"],
        fix_client: "On FTPS use only PROT P (encrypted data) or PROT C (clear data), which is what the client's encrypt-data-channel option controls. With Kerberos or GSSAPI, pick safe or private protection instead of the refused level.",
        fix_server: "Nothing to fix when the client asked for a level the mechanism lacks. Implementers: use 536 for a valid level the mechanism cannot provide, 504 for an unknown level letter, 534 for a level the policy forbids, and 503 if PBSZ has not been sent yet (RFC 2228 §3).",
        disputed: None,
        related: &[200, 503, 504, 521, 534],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.1",
            "RFC 2228 §8.2",
            "RFC 4217 §9",
            "vsftpd source: ssl.c (handle_prot), ftpcodes.h (FTP_NOHANDLEPROT = 536)",
        ],
    },
    Entry {
        code: 537,
        text: "Command protection level not supported by security mechanism.",
        title: "Command protection unsupported",
        origin: Origin::Rfc,
        meaning: "The protected-command form you used (MIC, CONF or ENC) is one the negotiated security mechanism cannot provide. Permanent for this mechanism: use a protection command it supports.",
        when: "Typically CONF (confidentiality without integrity), which the GSSAPI and Kerberos v4 mechanisms of RFC 2228 Appendix I and II do not support, or ENC when the mechanism offers integrity only. RFC 2228 defines this reply in §3 for MIC, CONF and ENC but leaves it out of its §8.2 reply tables.",
        commands: &["MIC", "CONF", "ENC"],
        fix_client: "Switch the client's command protection to a level the mechanism supports, normally private (ENC) or safe (MIC) rather than CONF. Check what the security exchange reported about the server's capabilities.",
        fix_server: "No action if the mechanism really lacks that level. Implementers: the ADAT exchange must tell both sides which protections are available (RFC 2228 §3), so a correct client should rarely see 537; protect the 537 reply itself like the command that caused it.",
        disputed: None,
        related: &[533, 535, 536, 632, 633],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.1",
            "RFC 2228 §7",
            "RFC 2228 Appendix I",
            "RFC 2228 Appendix II",
        ],
    },
    Entry {
        code: 550,
        text: "Requested action not taken. File unavailable (e.g., file not found, no access).",
        title: "File unavailable",
        origin: Origin::Rfc,
        meaning: "The server did not perform the file or directory action because the target is unavailable: it does not exist, you lack permission, or the server refuses it for another local reason. Permanent: the same command on the same path fails again, so fix the path or the permissions.",
        when: "RETR of a missing file, CWD into a missing or forbidden directory, DELE, RMD, RNFR or MKD without rights (or MKD of an existing directory), and SIZE, MDTM, MLST or MLSD on a missing path. Many servers also answer STOR, LIST or NLST with it, as RFC 959's own §7 example does: vsftpd sends \"550 Permission denied.\" with write_enable=NO, and ProFTPD and pyftpdlib send \"550 SSL/TLS required on the control channel\" to USER when TLS is enforced.",
        commands: &[
            "CWD", "CDUP", "SMNT", "RETR", "APPE", "RNFR", "DELE", "RMD", "MKD", "PWD", "SIZE",
            "MDTM", "MLST", "MLSD", "STOR", "LIST", "NLST", "USER",
        ],
        fix_client: "Check the exact path (case matters on Unix servers, and relative paths depend on the current directory, so run PWD), that the file exists, and that your account may read or write there. For uploads try another directory or ask for write access; if the text mentions SSL/TLS, enable FTPS in the client.",
        fix_server: "Check the server log and the filesystem permissions of the path for the FTP user, including how the chroot maps it. vsftpd needs write_enable=YES (and a sensible local_umask) for uploads, deletes and MKD; ProFTPD <Limit> blocks and IIS FTP authorization rules or NTFS permissions produce the same 550.",
        disputed: None,
        related: &[450, 451, 452, 530, 553],
        sources: &[
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 959 §7",
            "RFC 3659 §3.2",
            "RFC 3659 §4.2",
            "RFC 3659 §7.2.1",
            "vsftpd source: postlogin.c (Permission denied for disabled write commands), ftpcodes.h (FTP_FILEFAIL, FTP_NOPERM = 550)",
            "pyftpdlib source: pyftpdlib/handlers/ftps/control.py (process_command)",
        ],
    },
    Entry {
        code: 551,
        text: "Requested action aborted: page type unknown.",
        title: "Page type unknown",
        origin: Origin::Rfc,
        meaning: "The upload was aborted because the server met a page type it does not understand while storing a file sent with page structure (STRU P). Permanent: the same upload with the same structure fails again.",
        when: "Only as the final reply to STOR, STOU or APPE after a 125 or 150, and only when the client chose page structure, a feature of TOPS-20 era systems described in RFC 959 Appendix I. Practically never seen today; a modern server sending it is probably misusing the code, so read its text.",
        commands: &["STOR", "STOU", "APPE"],
        fix_client: "Use file structure (STRU F, the default) and retry. If your client never sent STRU P, the server is using 551 for some other upload error, so read the reply text and the server's documentation.",
        fix_server: "Unless you really support page structure, refuse STRU P up front with 504 instead of failing later. Implementers that do support it must handle the page types defined in RFC 959 Appendix I or abort the transfer with 551 after the preliminary reply.",
        disputed: None,
        related: &[150, 426, 451, 504, 552],
        sources: &[
            "RFC 959 §3.1.2.3",
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 959 Appendix I",
        ],
    },
    Entry {
        code: 552,
        text: "Requested file action aborted. Exceeded storage allocation (for current directory or dataset).",
        title: "Storage allocation exceeded",
        origin: Origin::Rfc,
        meaning: "The upload was stopped because it would exceed the storage allowed to you or to the target directory, such as a user or directory quota. Permanent as sent: free space, raise the quota or upload elsewhere before trying again (452 is the transient out-of-space reply).",
        when: "As the reply to STOR, STOU or APPE, usually after the transfer has started (after 150), when a disk quota, an FTP quota module or a maximum file size is reached. It can leave a partial file behind.",
        commands: &["STOR", "STOU", "APPE"],
        fix_client: "Delete old files or upload to another directory, check whether the server has a file size limit, and remove any partial file the failed upload left. If the quota should be larger, ask the administrator.",
        fix_server: "Check the user's filesystem quota (quota, repquota) and any FTP-level limits such as ProFTPD mod_quotatab, IIS directory quotas (File Server Resource Manager) or hosting panel limits, then raise them or clean up. Implementers: use 552 for a per-user or per-directory allocation limit and 452 when the whole system is short of space.",
        disputed: None,
        related: &[150, 226, 426, 452, 553],
        sources: &["RFC 959 §4.2.2", "RFC 959 §5.4"],
    },
    Entry {
        code: 553,
        text: "Requested action not taken. File name not allowed.",
        title: "File name not allowed",
        origin: Origin::Rfc,
        meaning: "The server refused to create the file or rename to the name you gave: the name is illegal on the server, blocked by policy, or the file cannot be created at that place. Permanent: use a different name or location.",
        when: "STOR, STOU, APPE or RNTO with forbidden characters, reserved or filtered names, or a path into a directory you cannot write; vsftpd answers \"553 Could not create file.\" whenever it cannot open the target for writing (missing directory, no write permission on the directory). RFC 3659 also lists it as possible for MLST and MLSD.",
        commands: &["STOR", "STOU", "APPE", "RNTO", "MLST", "MLSD"],
        fix_client: "Rename the file using plain letters, digits, dot, dash and underscore, check that the target directory exists and is writable (CWD into it first), and avoid names the server hides or blocks, such as leading dots or executable extensions.",
        fix_server: "For vsftpd \"Could not create file\", check the owner and mode of the target directory for the FTP user, write_enable=YES and the chroot path. Review name filters such as ProFTPD PathDenyFilter or IIS FTP request filtering; implementers should use 553 for name problems and 550 for a missing or forbidden target.",
        disputed: None,
        related: &[250, 450, 501, 532, 550],
        sources: &[
            "RFC 959 §4.2.2",
            "RFC 959 §5.4",
            "RFC 3659 §7.2.1",
            "vsftpd source: postlogin.c (handle_upload_common: Could not create file), ftpcodes.h (FTP_UPLOADFAIL = 553)",
        ],
    },
    Entry {
        code: 631,
        text: "Integrity protected reply.",
        title: "Integrity protected reply",
        origin: Origin::Rfc,
        meaning: "A wrapper, not an answer on its own: the real reply, with its own code, is inside as base64 text protected for integrity by the RFC 2228 security mechanism (a \"safe\" message, e.g. Kerberos or GSSAPI). The client decodes and verifies it, then acts on the inner code.",
        when: "Only after a successful AUTH and ADAT exchange, typically in reply to commands sent with MIC, since a reply should carry the same protection as its command. A multi-line inner reply is spread over several 631 lines.",
        commands: &["MIC"],
        fix_client: "Let the client decode the base64 text with the negotiated mechanism, verify it and handle the inner reply as usual. If raw 631 lines show up as errors, the client or a proxy in between does not understand RFC 2228 security.",
        fix_server: "Send 631 only after a completed security exchange. Implementers: protect the plain reply, split a multi-line reply into fragments that are protected and base64 encoded one per line, and write every line but the last as 631 followed directly by a hyphen (RFC 2228 §5.2).",
        disputed: None,
        related: &[235, 533, 535, 632, 633],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.2",
            "RFC 2228 §7",
            "RFC 2228 §8.2",
            "RFC 2228 Appendix I",
            "RFC 2228 Appendix II",
        ],
    },
    Entry {
        code: 632,
        text: "Confidentiality and integrity protected reply.",
        title: "Private protected reply",
        origin: Origin::Rfc,
        meaning: "A wrapper, not an answer on its own: the real reply is inside as base64 text that is both encrypted and integrity protected (a \"private\" message under RFC 2228). The client decrypts and verifies it, then acts on the inner code.",
        when: "Only after a successful AUTH and ADAT exchange, usually in reply to commands sent with ENC; on a Kerberos or GSSAPI FTP session using private command protection, every reply arrives this way. A multi-line inner reply is spread over several 632 lines.",
        commands: &["ENC"],
        fix_client: "Let the client decrypt and verify the base64 text with the negotiated mechanism and handle the inner reply as usual. If raw 632 lines show up as errors, the client or a proxy in between does not handle RFC 2228 security.",
        fix_server: "Send 632 only after a completed security exchange and when the command itself came in with ENC. Implementers: fragment, protect and base64 encode multi-line replies one fragment per line, with every line but the last written as 632 followed directly by a hyphen (RFC 2228 §5.2).",
        disputed: None,
        related: &[235, 533, 535, 631, 633],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.2",
            "RFC 2228 §7",
            "RFC 2228 §8.2",
            "RFC 2228 Appendix I",
            "RFC 2228 Appendix II",
        ],
    },
    Entry {
        code: 633,
        text: "Confidentiality protected reply.",
        title: "Confidential protected reply",
        origin: Origin::Rfc,
        meaning: "A wrapper, not an answer on its own: the real reply is inside as base64 text that is encrypted but not integrity protected (a \"confidential\" message under RFC 2228). The client decrypts it, then acts on the inner code.",
        when: "Only in reply to commands sent with CONF after a security exchange. Rare: both mechanisms specified in RFC 2228 (GSSAPI in Appendix I, Kerberos v4 in Appendix II) state that CONF commands and 633 replies are not supported.",
        commands: &["CONF"],
        fix_client: "Let the client decrypt the base64 text with the negotiated mechanism and process the inner reply. Prefer ENC (632 replies) over CONF, since encryption without integrity is weaker and widely unsupported.",
        fix_server: "Send 633 only if your mechanism really offers confidentiality-only protection and the client used CONF; otherwise refuse CONF with 537, or 533 for policy reasons such as CONF before CCC. Format multi-line replies as for 631 and 632 (RFC 2228 §5.2).",
        disputed: None,
        related: &[533, 537, 631, 632],
        sources: &[
            "RFC 2228 §3",
            "RFC 2228 §5.2",
            "RFC 2228 §8.2",
            "RFC 2228 Appendix I",
            "RFC 2228 Appendix II",
        ],
    },
    Entry {
        code: 10054,
        text: "WSAECONNRESET: Connection reset by peer.",
        title: "Connection reset by peer",
        origin: Origin::Winsock,
        meaning: "This is not an FTP reply but a Windows socket error that Windows clients and IIS logs show in place of one. The other end, or a device in between, abruptly reset an open TCP connection, so the session or transfer ended without a proper FTP reply.",
        when: "During login or transfers when the server process closes or crashes, when a firewall or NAT drops an idle connection, when a security device cuts FTP traffic it cannot inspect (often FTPS), or when TLS negotiation fails. In IIS FTP logs it appears in the sc-win32-status field for connections the other side dropped.",
        commands: &[],
        fix_client: "Reconnect and retry; if it repeats at the same step, compare plain FTP with FTPS and passive with active mode to find which path is being cut. Check local antivirus or firewall FTP filtering, and enable keep-alive commands for long idle sessions.",
        fix_server: "Check the server log at that moment for crashes, limits or TLS errors, and raise firewall and load-balancer idle timeouts above the longest transfer. On IIS, review the control and data channel timeouts in the site's Advanced Settings and the FTP Firewall Support settings.",
        disputed: None,
        related: &[421, 426, 10060, 10061],
        sources: &[
            "Microsoft Docs: Windows Sockets Error Codes (WSAECONNRESET 10054)",
            "Zephyr RTOS source: include/zephyr/net/ftp_client.h (FTP_CODE_10054_CONNECTION_RESET_BY_PEER)",
        ],
    },
    Entry {
        code: 10060,
        text: "WSAETIMEDOUT: Connection timed out.",
        title: "Connection timed out",
        origin: Origin::Winsock,
        meaning: "This is not an FTP reply but a Windows socket error that Windows clients and IIS logs show in place of one. A connection attempt, or an open connection, got no answer within the time limit; nothing refused it, the packets were simply dropped or lost.",
        when: "Connecting to port 21 (or 990 for implicit FTPS) through a firewall that silently drops packets, to a wrong address, or to a server that is down. Also when the passive data connection goes to a blocked port, which shows up right after PASV or EPSV followed by LIST or RETR.",
        commands: &[],
        fix_client: "Check the host name and port and test reachability, for example Test-NetConnection host -Port 21 in PowerShell. If login works but listings time out, use passive mode and allow the server's passive port range through your own firewall.",
        fix_server: "Make sure port 21 and the passive range are open in every firewall and security group, and that the server advertises a reachable address: vsftpd pasv_min_port, pasv_max_port, pasv_address; ProFTPD PassivePorts, MasqueradeAddress; IIS FTP Firewall Support.",
        disputed: None,
        related: &[421, 425, 10054, 10061, 10065],
        sources: &[
            "Microsoft Docs: Windows Sockets Error Codes (WSAETIMEDOUT 10060)",
            "Zephyr RTOS source: include/zephyr/net/ftp_client.h (FTP_CODE_10060_CANNOT_CONNECT)",
        ],
    },
    Entry {
        code: 10061,
        text: "WSAECONNREFUSED: Connection refused.",
        title: "Connection refused",
        origin: Origin::Winsock,
        meaning: "This is not an FTP reply but a Windows socket error that Windows clients and IIS logs show in place of one. The target machine answered but actively refused the TCP connection, usually because nothing is listening on that port.",
        when: "Connecting when the FTP service is stopped, listens on another port or only on IPv4 or IPv6, or when the client uses the wrong port (21 for plain and explicit FTPS, 990 for implicit FTPS). Also on data connections when nothing listens on the passive port the server announced, or a host firewall rejects instead of dropping.",
        commands: &[],
        fix_client: "Check the port and protocol: plain FTP or explicit FTPS on 21, implicit FTPS on 990; SFTP on 22 is a different protocol. If the server was just restarted, wait and retry; otherwise ask whether the service is running.",
        fix_server: "Start the service and confirm it listens where expected (ss -ltnp, or netstat -ano on Windows): vsftpd listen, listen_ipv6 and listen_port; ProFTPD Port; on Windows the Microsoft FTP Service (ftpsvc) and the site bindings. Check that the announced passive range matches the configured one.",
        disputed: None,
        related: &[220, 421, 425, 10060, 10065],
        sources: &[
            "Microsoft Docs: Windows Sockets Error Codes (WSAECONNREFUSED 10061)",
            "Zephyr RTOS source: include/zephyr/net/ftp_client.h (FTP_CODE_10061_CONNECTION_REFUSED)",
        ],
    },
    Entry {
        code: 10065,
        text: "WSAEHOSTUNREACH: No route to host.",
        title: "No route to host",
        origin: Origin::Winsock,
        meaning: "This is not an FTP reply but a Windows socket error that Windows clients and IIS logs show in place of one. The client's network stack found no way to reach the server's address, so no connection was made.",
        when: "Connecting to an address on a network the client cannot reach (VPN down, wrong subnet or gateway), or opening a passive data connection to a private address the server put in its 227 reply, such as 10.x or 192.168.x behind NAT.",
        commands: &[],
        fix_client: "Check the server address, your gateway and VPN, and try ping or tracert to the host. If only data connections fail and the 227 reply shows a private address, use EPSV or have the client reuse the control connection's address.",
        fix_server: "Advertise the public address for passive mode (vsftpd pasv_address, ProFTPD MasqueradeAddress, Pure-FTPd -P, IIS FTP Firewall Support external IP), and check routes and firewall rules that answer with ICMP unreachable.",
        disputed: None,
        related: &[227, 425, 10060, 10061],
        sources: &["Microsoft Docs: Windows Sockets Error Codes (WSAEHOSTUNREACH 10065)"],
    },
    Entry {
        code: 10066,
        text: "WSAENOTEMPTY: Directory not empty.",
        title: "Directory not empty",
        origin: Origin::Winsock,
        meaning: "This is not an FTP reply but a Windows socket error number, of the kind Windows clients and IIS logs show in place of one. Microsoft defines it as an attempt to remove a directory that still has contents, and FTP code lists use it with that meaning.",
        when: "Shown by some clients and listed in popular FTP code tables for RMD on a directory that still holds files or subdirectories; a standard FTP server reports that case with 550. Hidden files such as .htaccess that the listing does not show are a frequent cause.",
        commands: &[],
        fix_client: "Delete the directory's contents first (most clients offer a recursive delete), including hidden dot-files; list with LIST -a or turn on hidden files in the client to find them. Then send RMD again.",
        fix_server: "Nothing is broken, but to let users see what blocks RMD, show hidden files in listings (vsftpd force_dot_files=YES; ProFTPD ListOptions \"-a\"). Report a non-empty directory to RMD with 550 and a clear text.",
        disputed: None,
        related: &[250, 550],
        sources: &[
            "Microsoft Docs: Windows Sockets Error Codes (WSAENOTEMPTY 10066)",
            "Zephyr RTOS source: include/zephyr/net/ftp_client.h (FTP_CODE_10066_DIRECTORY_NOT_EMPTY)",
        ],
    },
    Entry {
        code: 10068,
        text: "WSAEUSERS: User quota exceeded.",
        title: "Too many users",
        origin: Origin::Winsock,
        meaning: "This is not an FTP reply but a Windows socket error number, of the kind Windows clients and IIS logs show in place of one. Microsoft describes it as running out of a user quota; FTP code lists read it as the server being full.",
        when: "Listed in popular FTP code tables as \"Too many users, server is full\" for connections refused because a server's user limit is reached; a standard server says this with 421 when you connect. Rare in practice.",
        commands: &[],
        fix_client: "Wait and reconnect later, and lower the number of simultaneous connections your client opens (for example FileZilla's limit on simultaneous transfers). Close idle sessions left open by other tools.",
        fix_server: "If real users hit the limit, raise it: vsftpd max_clients and max_per_ip; ProFTPD MaxClients and MaxClientsPerHost; Pure-FTPd -c and -C; IIS Max Connections in the site's Advanced Settings. Shorter idle timeouts free slots held by abandoned sessions.",
        disputed: Some(
            "Microsoft's Windows Sockets Error Codes page names 10068 WSAEUSERS, \"User quota exceeded\", meaning a user ran out of quota. FTP code lists, for example the one in the Zephyr RTOS FTP client header, give it as \"Too many users, server is full\". From an FTP tool the second reading is the one you most likely face: the server is at its connection limit, which a standard server reports as 421.",
        ),
        related: &[421, 530, 10061],
        sources: &[
            "Microsoft Docs: Windows Sockets Error Codes (WSAEUSERS 10068)",
            "Zephyr RTOS source: include/zephyr/net/ftp_client.h (FTP_CODE_10068_TOO_MANY_USERS)",
        ],
    },
];

/// Looks up a code in the table.
pub fn lookup(code: u16) -> Option<&'static Entry> {
    ENTRIES
        .binary_search_by_key(&code, |e| e.code)
        .ok()
        .map(|i| &ENTRIES[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 959 §4.2.2: all 39 codes.
    const RFC959: [u16; 39] = [
        110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 230, 250,
        257, 331, 332, 350, 421, 425, 426, 450, 451, 452, 500, 501, 502, 503, 504, 530, 532, 550,
        551, 552, 553,
    ];
    /// RFC 1639 (LPSV/LPRT), RFC 2228 §5.1-5.2 (security), RFC 2428 (EPSV/EPRT).
    const EXTENSIONS: [u16; 20] = [
        228, 521, 232, 234, 235, 334, 335, 336, 431, 533, 534, 535, 536, 537, 631, 632, 633, 229,
        522, 213,
    ];
    /// Not in any RFC, but met in the wild.
    const UNOFFICIAL: [u16; 3] = [231, 430, 434];
    const WINSOCK: [u16; 6] = [10054, 10060, 10061, 10065, 10066, 10068];
    /// Codes whose meaning differs between documents: the entry must say so.
    const DISPUTED: [u16; 4] = [232, 521, 522, 534];

    #[test]
    fn sorted_and_unique() {
        for w in ENTRIES.windows(2) {
            assert!(
                w[0].code < w[1].code,
                "{} must come before {}",
                w[0].code,
                w[1].code
            );
        }
    }

    #[test]
    fn complete_against_the_rfcs() {
        for code in RFC959.iter().chain(&EXTENSIONS) {
            let e = lookup(*code).unwrap_or_else(|| panic!("{code} is missing"));
            assert_eq!(e.origin, Origin::Rfc, "{code}");
            assert!(
                e.sources.iter().any(|s| s.starts_with("RFC ")),
                "{code} cites no RFC"
            );
        }
        for code in RFC959 {
            let e = lookup(code).unwrap_or_else(|| panic!("{code} is missing"));
            assert!(
                e.sources.contains(&"RFC 959 §4.2.2"),
                "{code} must cite RFC 959 §4.2.2"
            );
        }
        for code in UNOFFICIAL {
            assert_eq!(
                lookup(code).map(|e| e.origin),
                Some(Origin::Unofficial),
                "{code}"
            );
        }
        for code in WINSOCK {
            let e = lookup(code).unwrap_or_else(|| panic!("{code} is missing"));
            assert_eq!(e.origin, Origin::Winsock, "{code}");
            assert!(
                e.meaning.contains("not an FTP reply"),
                "{code} must say it is not an FTP reply"
            );
        }
        for code in DISPUTED {
            assert!(
                lookup(code).and_then(|e| e.disputed).is_some(),
                "{code} must note the dispute"
            );
        }
    }

    #[test]
    fn every_field_filled() {
        for e in ENTRIES {
            let c = e.code;
            for (name, v) in [
                ("text", e.text),
                ("title", e.title),
                ("meaning", e.meaning),
                ("when", e.when),
                ("fix_client", e.fix_client),
                ("fix_server", e.fix_server),
            ] {
                assert!(!v.trim().is_empty(), "{c}: {name} is empty");
                assert_eq!(v, v.trim(), "{c}: {name} has stray white space");
                assert!(!v.contains('\n'), "{c}: {name} has a newline");
            }
            assert!(!e.title.ends_with('.'), "{c}: title ends with a period");
            assert!(!e.sources.is_empty(), "{c}: no sources");
            assert!(!e.related.is_empty(), "{c}: nothing related");
            assert!(
                e.disputed.is_none_or(|d| !d.trim().is_empty()),
                "{c}: empty dispute"
            );
            assert!(
                e.origin == Origin::Winsock || !e.commands.is_empty(),
                "{c}: no commands"
            );
            for r in e.related {
                assert!(
                    *r != c && lookup(*r).is_some(),
                    "{c}: related {r} is not in the table"
                );
            }
            for cmd in e.commands {
                assert!(
                    !cmd.is_empty() && cmd.bytes().all(|b| b.is_ascii_uppercase()),
                    "{c}: command {cmd:?} is not an upper-case command name"
                );
            }
        }
    }

    #[test]
    fn citations_name_real_sections() {
        // A citation of an RFC must name one of the RFCs in shared/rfc, with a section.
        let known = [
            "959", "1639", "2228", "2389", "2428", "2577", "2640", "3659", "4217", "7151",
        ];
        for e in ENTRIES {
            for s in e.sources.iter().filter(|s| s.starts_with("RFC ")) {
                let num = s[4..].split_whitespace().next().unwrap_or("");
                assert!(
                    known.contains(&num),
                    "{}: {s} is not one of the RFCs in the table's sources",
                    e.code
                );
                assert!(
                    s.contains('§') || s.contains("Appendix"),
                    "{}: {s} names no section",
                    e.code
                );
            }
        }
    }

    #[test]
    fn digits() {
        assert_eq!(first_digit(502).map(|d| d.digit), Some(5));
        assert_eq!(second_digit(502).map(|d| d.digit), Some(0));
        assert!(second_digit(260).is_none());
        assert!(first_digit(10054).is_none() && first_digit(99).is_none());
    }
}
