//! Hand-written notes on the pairs of codes people confuse most, used by `compare`
//! beyond what the digits alone imply.

/// Notes on two codes that are often confused.
#[derive(Debug)]
pub struct PairNote {
    /// The two codes, lower first.
    pub codes: [u16; 2],
    /// What sets them apart, one point per string.
    pub differences: &'static [&'static str],
    /// When a server sends which (for implementers), and what a client should do about each.
    pub guidance: &'static [&'static str],
    /// Documents with section, e.g. "RFC 959 §5.4".
    pub sources: &'static [&'static str],
}

/// Every pair note, sorted by `codes`.
pub static PAIRS: &[PairNote] = &[
    PairNote {
        codes: [125, 150],
        differences: &[
            "150 announces that the server is about to open the data connection; 125 says a suitable data connection is already open and the transfer starts on it straight away.",
            "125 fits transfer modes where the data connection survives from one file to the next (block or compressed mode); stream mode closes the connection after every file, so a fresh connection announced with 150 is the usual case.",
            "Both are preliminary replies to the same commands (RETR, STOR, STOU, APPE, LIST, NLST) and are followed by the same final replies: 226 or 250 on success, 425, 426 or 451 on failure, plus 551 or 552 for uploads.",
            "A server may send at most one 1yz reply per command, so a transfer gets either 125 or 150, never both.",
        ],
        guidance: &[
            "Clients should handle 125 and 150 identically: use the data connection, then keep reading the control connection for the final reply instead of sending the next command.",
            "Servers should send 125 only when a data connection really is already established; if they still have to connect out or wait for the client to connect, 150 is the correct reply.",
            "Neither code means the transfer worked: only the reply that follows tells, and it can still be 425 if the connection never comes up.",
            "Many servers never use 125 at all; vsftpd, for example, has no 125 in its code table and announces every transfer with 150.",
        ],
        sources: &[
            "RFC 959 §3.3",
            "RFC 959 §4.2",
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "vsftpd source: ftpcodes.h, postlogin.c",
        ],
    },
    PairNote {
        codes: [202, 502],
        differences: &[
            "202 is a success: the server accepts the command but has nothing to do because it is irrelevant on this system, such as ALLO where space never needs reserving; 502 is a failure: the command would matter, but the server does not provide it.",
            "RFC 959 §5.4 allows 202 only for PASS, ACCT, SMNT, ALLO and SITE, whereas 502 is listed for many file and informational commands (CWD, PASV, REST, DELE, MKD, STAT, HELP and others) but not for ALLO or SITE.",
            "After 202 the session is in the same state as after a real success; after 502 nothing happened, so later commands that relied on it may fail.",
        ],
        guidance: &[
            "Servers should answer 202 only when skipping the command cannot change any later outcome; if skipping it would change behaviour, 502 is the honest reply.",
            "Clients should continue normally after 202, but after 502 should switch to another command (for example EPSV or PORT when PASV gets 502) or tell the user the feature is missing.",
            "vsftpd shows both: it answers ALLO with \"202 ALLO command ignored.\" and REIN, ACCT and SMNT with 502 \"... not implemented.\"",
        ],
        sources: &[
            "RFC 959 §4.2",
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "vsftpd source: postlogin.c",
        ],
    },
    PairNote {
        codes: [211, 212],
        differences: &[
            "211 reports on the server as a whole (STAT with no argument, which should show transfer parameters and connection state) or is a help reply; 212 reports on one directory, as the answer to STAT given a directory pathname.",
            "In RFC 959 §5.4 only STAT can return 212, while 211 is also a reply to HELP and, since RFC 2389, to FEAT.",
            "Both travel over the control connection, so a directory listed by STAT arrives as a (usually multi-line) 212 reply, with no data connection and no 150 or 226.",
        ],
        guidance: &[
            "Servers should use 211 for general STAT output and 212 when the argument names a directory, but implementations are loose here (vsftpd answers STAT with any pathname using 213), so clients should not rely on the exact code.",
            "Clients should treat both as text for people and find the end of a multi-line reply by the line that starts with the same code followed by a space.",
            "STAT with a pathname gives a listing without opening a data connection, which is useful when data connections are blocked by a firewall.",
        ],
        sources: &[
            "RFC 959 §4.1.3",
            "RFC 959 §4.2",
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 2389 §3.2",
            "vsftpd source: postlogin.c",
        ],
    },
    PairNote {
        codes: [211, 213],
        differences: &[
            "211 is the system status or help reply (STAT with no argument, HELP, FEAT); 213 is the status of a single file, originally the answer to STAT with a file pathname.",
            "RFC 3659 gave 213 a machine-readable second role: SIZE and MDTM answer with a single-line 213 that holds only a byte count or a timestamp, in an exact format.",
            "A 211 reply to FEAT also has a fixed layout: either one line meaning no extensions, or a multi-line list with one feature per line, each line indented by a single space, closed by a final 211 line.",
        ],
        guidance: &[
            "Clients must parse a 213 by the command that caused it: after SIZE or MDTM it is one line with strict syntax, after STAT it is free text for people.",
            "Servers must not send multi-line 213 replies to SIZE or MDTM, but may use multi-line 211 and 213 replies for STAT output.",
            "A missing file gets 550 from SIZE or MDTM, not an empty 213; a 211 never describes a particular file.",
        ],
        sources: &[
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 2389 §3.2",
            "RFC 3659 §3.1",
            "RFC 3659 §4.1",
            "RFC 3659 §4.2",
        ],
    },
    PairNote {
        codes: [211, 502],
        differences: &[
            "211 is a positive reply carrying system status or help (STAT with no argument, HELP) or the feature list from FEAT; 502 says the server knows the command but has not implemented it, so no information comes back.",
            "STAT and HELP both list 211 and 502 among their replies in RFC 959 §5.4, so a server may lawfully offer neither report; vsftpd also uses 502 for commands such as SMNT and REIN.",
            "The two meet at FEAT: a server that has FEAT but no extensions should send a one-line 211, a server without FEAT sends 500 or 502, and RFC 2389 admits a client can hardly tell these cases apart.",
        ],
        guidance: &[
            "Clients should read 500 or 502 to FEAT as 'no feature list', not as proof that no extensions exist, and test older extensions such as SIZE or MDTM one by one if they need them.",
            "After 502 to HELP or STAT, do not retry; the server simply has no such report, and FEAT (answered with 211 if supported) is the better way to learn what it offers.",
            "Servers that implement FEAT should answer it with 211 even when there is nothing to list, since that confirms FEAT and, with it, OPTS, which RFC 2389 requires alongside FEAT.",
        ],
        sources: &[
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 2389 §3.2",
            "RFC 2389 §4",
            "vsftpd source: postlogin.c",
        ],
    },
    PairNote {
        codes: [212, 213],
        differences: &[
            "212 describes a directory and 213 a single file; both answer STAT with a pathname argument, and the code follows what the pathname names.",
            "213 has uses that 212 lacks: SIZE and MDTM (RFC 3659) answer with a one-line 213, so 213 is far more common in real sessions.",
            "The RFC 959 description of STAT does not say which code to use for which kind of path; the split comes only from the code titles, so servers differ.",
        ],
        guidance: &[
            "Servers should use 212 when STAT lists a directory and 213 when it describes a file; vsftpd is an example of a server that uses 213 for both.",
            "Clients should accept either code from STAT with a pathname and parse the body as human-readable listing text, not in the strict SIZE or MDTM format.",
            "To get a file's size or date reliably, use SIZE or MDTM (213 with exact syntax) or MLST (250, RFC 3659) rather than parsing STAT output.",
        ],
        sources: &[
            "RFC 959 §4.1.3",
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 3659 §3.1",
            "RFC 3659 §4.1",
            "RFC 3659 §7.2",
            "vsftpd source: postlogin.c",
        ],
    },
    PairNote {
        codes: [221, 421],
        differences: &[
            "221 is the orderly goodbye to QUIT, the only command whose reply list in RFC 959 §5.4 includes it; 421 is the server closing on its own initiative, and can answer any command or replace the 220 greeting.",
            "After 221 the user is logged out as requested; 421 ends the session whether the client wanted it or not, typically because of shutdown, too many users, an idle timeout, too many failed passwords (RFC 2577 §5) or failed TLS negotiation (RFC 4217 §10.1).",
            "A QUIT sent during a transfer still lets the transfer report its result before the server closes, while after 421 the client cannot assume any unfinished work completed.",
        ],
        guidance: &[
            "Servers should send 221 only in answer to QUIT, and 421 whenever they drop a session for their own reasons, so the client learns why instead of seeing a bare disconnect; vsftpd defines 421 for idle and data timeouts and sends it when too many users are connected.",
            "After 221 a client closes its side and reports success; after 421 it should report the failure, treat any unfinished transfer as incomplete, and reconnect later with a delay rather than at once.",
            "421 is transient, so reconnecting and repeating the work is legitimate; 221 needs no follow-up.",
        ],
        sources: &[
            "RFC 959 §4.1.1",
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 2577 §5",
            "RFC 4217 §10.1",
            "vsftpd source: ftpcodes.h, prelogin.c",
        ],
    },
    PairNote {
        codes: [226, 250],
        differences: &[
            "226 says the server is closing the data connection after a successful transfer or after handling ABOR; 250 says a requested file action completed and by itself says nothing about a data connection.",
            "250 is the normal success reply for actions that never use a data connection, such as CWD, DELE, RMD, RNTO and SMNT, and for MLST, which returns its facts on the control connection (RFC 3659 §7.2).",
            "RETR, STOR, STOU, APPE, LIST and NLST list both 226 and 250 as success: in stream mode closing the connection marks end of file, so 226 is usual, while block or compressed mode can keep the data connection open for the next file, which is where 250 fits.",
            "ABOR is answered with 226 (or 225) but never 250, and when it stops a running transfer the server sends 426 for the transfer and then 226 for the ABOR itself.",
        ],
        guidance: &[
            "Clients should accept both as success for a transfer; after 226 they should expect the data connection to be gone and set up a new one (EPSV, PASV or PORT) for the next transfer.",
            "Servers in stream mode should end transfers with 226 and keep 250 for completed file actions without a data connection; MLSD, unlike MLST, follows the 150-then-226 pattern (RFC 3659 §7.2).",
            "For an upload in stream mode the server cannot tell an early close from end of file, so 226 after STOR only means it saw the connection close; compare sizes (for example with SIZE) when completeness matters.",
        ],
        sources: &[
            "RFC 959 §3.2",
            "RFC 959 §3.3",
            "RFC 959 §4.1.3",
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 3659 §4.1",
            "RFC 3659 §7.2",
        ],
    },
    PairNote {
        codes: [227, 229],
        differences: &[
            "227 answers PASV and gives a full IPv4 address plus port as six comma-separated numbers; 229 answers EPSV (RFC 2428) and gives only the port, as (|||port|), the address being the one the control connection already uses.",
            "Because 227 can only express an IPv4 address, PASV cannot set up an IPv6 data connection, while EPSV works for either; RFC 1639 had earlier offered LPSV with reply 228 for other address families.",
            "A server behind NAT often puts its private address into 227, so the client connects to an unreachable host; 229 avoids this because it sends no address at all, which is why RFC 2428 recommends EPSV through firewalls and NAT.",
            "Their failures differ too: PASV may get 502, while RFC 2428 expects EPSV errors to be 500 or 501, or 522 when an explicitly requested network protocol is not supported.",
        ],
        guidance: &[
            "Clients should try EPSV first and fall back to PASV only if EPSV is rejected; once a client has sent EPSV ALL, it must not use PASV, PORT or EPRT again in that session.",
            "When a 227 carries a private or clearly wrong address, connect to the control connection's address with the given port instead; libcurl does this by default since version 7.74.0 (CURLOPT_FTP_SKIP_PASV_IP).",
            "Server operators behind NAT should set the public address reported in 227 (vsftpd: pasv_address) and open the passive port range (vsftpd: pasv_min_port, pasv_max_port) in the firewall; EPSV needs only the port range.",
        ],
        sources: &[
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 1639 §3",
            "RFC 2428 §3",
            "RFC 2428 §4",
            "libcurl docs: CURLOPT_FTP_SKIP_PASV_IP",
            "vsftpd source: postlogin.c",
        ],
    },
    PairNote {
        codes: [331, 332],
        differences: &[
            "331 means the user name is accepted and a password must follow (PASS); 332 means an account must follow (ACCT), which some sites require for login in addition to, or instead of, a password.",
            "331 only ever answers USER, while 332 can answer USER (no password needed, but an account is) or PASS (password accepted, account still missing).",
            "An account can also be demanded later for a particular command: the server then answers that command with 332 if it keeps it waiting for ACCT, or with 532 if it discards it.",
            "RFC 2577 §7 advises servers to send 331 to every USER, known or not, so a 331 on its own says nothing about whether the user name is valid.",
        ],
        guidance: &[
            "On 331 the client sends PASS; on 332 it sends ACCT with the account string, asking the user for one if none is configured, because PASS is the wrong next step.",
            "Clients without ACCT support should report 332 as 'account required' rather than as a failed login.",
            "Servers that need accounts should say in the reply text what is expected, since many users never meet 332; vsftpd does not use accounts at all and answers ACCT with 502.",
        ],
        sources: &[
            "RFC 959 §4.1.1",
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 2577 §7",
            "vsftpd source: postlogin.c",
        ],
    },
    PairNote {
        codes: [421, 530],
        differences: &[
            "530 is about the user: the login was refused (bad USER, PASS or ACCT) or the command needs a logged-in session, and the control connection stays open; 421 is about the service: it is unavailable and the server is closing the connection.",
            "421 can answer any command or replace the 220 greeting (too many users, shutdown, timeouts), while 530 appears for USER, PASS, ACCT and most file and transfer-parameter commands in RFC 959 §5.4.",
            "They meet after repeated bad passwords: RFC 2577 §5 suggests closing with 421 after a few failures, so a client sees several 530 replies and then a 421.",
            "530 also covers policy refusals of a login, such as vsftpd's \"530 Non-anonymous sessions must use encryption.\" when TLS is required before USER.",
        ],
        guidance: &[
            "After 530 the client can stay connected and send USER and PASS again with corrected details, or AUTH TLS first if the server demands encryption; repeating the same credentials will not help.",
            "After 421 the client must reconnect before doing anything else, and should wait first, because the cause (load, maintenance, lockout) lies on the server side.",
            "Servers should send 421 rather than drop the connection silently; vsftpd, for one, closes after its max_login_fails limit with only the last \"530 Login incorrect.\", so clients must also cope with a bare disconnect after 530.",
        ],
        sources: &[
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 2577 §5",
            "vsftpd source: prelogin.c",
        ],
    },
    PairNote {
        codes: [425, 426],
        differences: &[
            "425 means the data connection could not be set up at all, so no data moved; 426 means a data connection existed but closed before the transfer finished, so part of the data may have moved.",
            "Typical 425 causes are a firewall blocking the passive port range, a wrong or private address in the 227 reply, or a client firewall refusing the server's connection in PORT mode; typical 426 causes are a network drop, a timeout, or the other end closing mid-transfer.",
            "426 is also the expected reply when the client aborts a running transfer: the server closes the data connection, answers the transfer command with 426 and then the ABOR with 226.",
            "RFC 959 §5.4 lists both only after a 125 or 150, but servers also send 425 immediately when no data port was set up, as vsftpd does with \"425 Use PORT or PASV first.\"",
        ],
        guidance: &[
            "After 425, repeating the same command rarely helps until something changes: switch between passive (EPSV or PASV) and active (PORT or EPRT) mode, make sure the passive port range is open, and check the address in 227.",
            "After 426, repeat the transfer; if the server supports REST (RFC 3659 §5), resume from what was already received instead of starting over.",
            "Servers should send 425 when connecting or accepting on the data port fails, and 426 when a read or write on an open data connection fails; vsftpd uses \"426 Failure writing network stream.\" for the latter.",
        ],
        sources: &[
            "RFC 959 §3.2",
            "RFC 959 §4.1.3",
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 3659 §5",
            "vsftpd source: postlogin.c",
        ],
    },
    PairNote {
        codes: [450, 550],
        differences: &[
            "450 is transient: the file exists but cannot be used right now, for example because it is busy or locked; 550 is permanent: the file or directory is missing or access to it is denied.",
            "Their command sets differ in RFC 959 §5.4: LIST, NLST, STAT, STOR and STOU may give 450 but not 550, CWD, CDUP, MKD, RMD and PWD may give 550 but not 450, and RETR, APPE, RNFR and DELE can give either.",
            "RFC 3659 uses 550 when SIZE, MDTM, MLST or MLSD name something that does not exist or cannot be read, and warns that a 550 to SIZE does not prove the file cannot be downloaded.",
        ],
        guidance: &[
            "Clients may repeat the same command after 450, after a pause; after 550 they should not loop but change something: the path, its letter case, the working directory, or the account's permissions.",
            "Servers should use 450 only when the same request can later succeed without anyone changing anything (a lock, a busy file, storage briefly offline), and 550 for not-found and permission errors.",
            "The reply text is what separates 'not found' from 'permission denied' under 550, so clients should show it to the user.",
        ],
        sources: &[
            "RFC 959 §4.2",
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 3659 §4.2",
            "RFC 3659 §7.2.1",
        ],
    },
    PairNote {
        codes: [451, 551],
        differences: &[
            "451 means the server hit a local problem while processing, such as a disk read or write error, and the condition is expected to pass; 551 means 'page type unknown', a permanent failure tied to page-structured files (STRU P).",
            "551 is listed only for uploads (STOR, STOU, APPE) after the 1yz reply, while 451 can also end downloads and listings (RETR, LIST, NLST).",
            "RFC 2389 §4 reuses 451 for OPTS when a temporary condition on the server stops it accepting an option; 551 has no such later use.",
            "551 only matters when page structure is in use, which most servers do not support (vsftpd accepts only STRU F), whereas 451 is common, for example vsftpd's \"451 Failure writing to local file.\" on a failed upload.",
        ],
        guidance: &[
            "After 451 the client may retry the transfer as it was, ideally resuming with REST, and should report a server-side error if it keeps happening.",
            "After 551 resending the same page-structured data will fail again; only a change such as switching to file structure (STRU F) can help.",
            "Servers should keep 551 for page-type problems and use 451 (or 452 or 552 for lack of space) for other local failures during a transfer.",
        ],
        sources: &[
            "RFC 959 §3.1.2.3",
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 2389 §4",
            "vsftpd source: postlogin.c",
        ],
    },
    PairNote {
        codes: [452, 552],
        differences: &[
            "452 says the system as a whole lacks storage space, which may change soon; 552 says the allocation for the user or directory (a quota) has been exceeded, which will not change until someone frees space or raises the limit.",
            "In RFC 959 §5.4, 452 is a first reply to STOR, STOU or APPE, refusing before any data moves, while 552 comes after 125 or 150 and means an upload that had started was aborted.",
            "So after 452 nothing was stored, whereas after 552 a partial file may be left on the server.",
        ],
        guidance: &[
            "Clients can retry after 452 once space has been freed, but retrying after 552 needs a change first: delete old files, send less data, or get the quota raised.",
            "After 552 the client should check for a partial file on the server and either remove it or resume it once space is available.",
            "Servers should refuse with 452 before opening the data connection when space is already short, and keep 552 for limits reached during the transfer.",
        ],
        sources: &["RFC 959 §4.2", "RFC 959 §4.2.1", "RFC 959 §5.4"],
    },
    PairNote {
        codes: [500, 502],
        differences: &[
            "500 means the server did not recognise the command at all: a misspelt or unknown verb, garbage on the line, or a line that is too long; 502 means it recognised the command but has not implemented it.",
            "500 is in the reply list of every command in RFC 959 §5.4, even QUIT and NOOP, while 502 is listed only for some (for example PASV, REST, STAT, HELP, SMNT, REIN) and not for USER, PORT, RETR or STOR.",
            "Extension RFCs draw the same line: RFC 2228 §3 wants 500 to AUTH from a server that does not know the command, and 502 from one that knows AUTH but lacks the security extensions.",
            "For feature detection both mean the same: RFC 2389 §3.2 treats 500 or 502 to FEAT, and RFC 7151 §3.3 treats 500 or 502 to HOST, as 'not supported'.",
        ],
        guidance: &[
            "Clients should not resend either unchanged: after 500 check the spelling, line ending and line length; after 502 use another command or go without the feature (after HOST, simply log in without it).",
            "Servers should answer 500 to anything they cannot parse as a known command and 502 to commands they know but choose not to provide; vsftpd answers unknown verbs with \"500 Unknown command.\" and REIN or SMNT with 502 \"... not implemented.\"",
            "Before login a server may answer unknown commands with 530 instead of 500, as vsftpd does with \"530 Please login with USER and PASS.\", so clients that probe for commands should log in first.",
        ],
        sources: &[
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 2228 §3",
            "RFC 2389 §3.2",
            "RFC 7151 §3.3",
            "vsftpd source: postlogin.c, prelogin.c",
        ],
    },
    PairNote {
        codes: [502, 504],
        differences: &[
            "502 rejects the command as a whole; 504 says the command is implemented but not for the parameter given, such as a MODE, TYPE or STRU value the server does not support.",
            "In RFC 959 §5.4, 504 is listed for MODE, TYPE, STRU and ALLO, the commands that take a choice of parameter, and 502 is listed for none of them.",
            "Later documents use 504 for refused parameter values: RFC 2577 §3 suggests it for PORT to a port below 1024, RFC 2228 §3 for an unknown AUTH mechanism, and RFC 7151 §3.3 for an unknown virtual host in HOST.",
        ],
        guidance: &[
            "After 504 the client should retry the same command with another argument (MODE S, STRU F, TYPE I or A, AUTH TLS, a PORT above 1023); after 502 only a different command can help.",
            "Servers should send 504 rather than 502 when only some arguments are unsupported, because that tells the client the command is worth retrying; vsftpd, for example, answers any MODE other than S with \"504 Bad MODE command.\"",
            "Do not confuse 504 with 501: 501 means the argument is malformed, 504 means it is well formed but not supported here.",
        ],
        sources: &[
            "RFC 959 §4.2",
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 2228 §3",
            "RFC 2577 §3",
            "RFC 7151 §3.3",
            "vsftpd source: postlogin.c",
        ],
    },
    PairNote {
        codes: [530, 532],
        differences: &[
            "530 means the session is not logged in, or the login itself was refused; 532 means the user is logged in but must supply an account (ACCT) before the server will store files.",
            "532 is listed in RFC 959 §5.4 only for commands that create or change files by name (STOR, STOU, APPE, RNTO), while 530 appears for USER, PASS, ACCT and almost every command that needs a session.",
            "RFC 959 §4.1.1 pairs 532 with 332: a server that needs an account for a later command answers 332 if it holds the command until ACCT arrives, and 532 if it throws the command away.",
        ],
        guidance: &[
            "After 532 the client should send ACCT and then repeat the storing command, since the server discarded it; there is no need to log in again.",
            "After 530 the client must log in (USER, PASS, and ACCT if asked) or correct its credentials before any file command can work.",
            "Servers that do not use accounts should never send 532; a refused upload belongs under 550 or 553 instead.",
        ],
        sources: &["RFC 959 §4.1.1", "RFC 959 §4.2.1", "RFC 959 §5.4"],
    },
    PairNote {
        codes: [530, 550],
        differences: &[
            "530 is about authentication: the client is not logged in, or its login was refused; 550 is about the file system: the client is logged in but the file or directory is missing or access to it is denied.",
            "RFC 959 §5.4 lists 530 for most commands because a server may require login first, while 550 appears only for commands that name or use a file or directory (CWD, RETR, DELE, RNFR, MKD, RMD, PWD and others).",
            "vsftpd shows the split clearly: before login it answers other commands with \"530 Please login with USER and PASS.\", after login it refuses denied paths and disabled commands with \"550 Permission denied.\"",
        ],
        guidance: &[
            "On 530 to a file command, check that USER and PASS really ended in 230 and log in again if the session was reset, for example by REIN or by AUTH, after which RFC 4217 §4.2 requires a fresh login.",
            "On 550, logging in again will not help unless another account has the rights; check the path, its letter case and the permissions on the server.",
            "Servers should not use 530 to mean 'this user may not touch this file'; that is 550, and 530 should stay reserved for a missing or refused login.",
        ],
        sources: &[
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 4217 §4.2",
            "vsftpd source: prelogin.c, postlogin.c",
        ],
    },
    PairNote {
        codes: [550, 553],
        differences: &[
            "550 says the named file or directory cannot be used because it does not exist or access is denied; 553 says the name itself is not acceptable for the file being created or renamed.",
            "553 is listed in RFC 959 §5.4 only for STOR, STOU, APPE and RNTO, the commands that produce a new name, while 550 goes with commands that act on an existing path such as RETR, DELE, RNFR, CWD and RMD (MKD also fails with 550, not 553).",
            "In a rename, a bad source therefore gives 550 to RNFR and a bad target gives 553 to RNTO.",
            "RFC 959 does not list 550 for STOR, yet its own sample session in §7 refuses a STOR with 550, and servers differ: vsftpd sends \"553 Could not create file.\" when it cannot create the upload but \"550 Permission denied.\" when uploads are disabled or the path is denied.",
        ],
        guidance: &[
            "After 553, change the target name: drop characters the server does not allow, shorten it, avoid reserved names, or make sure the target directory exists.",
            "After 550, check that the file exists and that the account may read, write or delete it; a different name will not help unless the path was wrong.",
            "Servers should use 553 when the name is the problem (illegal characters, too long, refused by policy) and 550 when the object is missing or access is denied, so clients can tell what to fix.",
        ],
        sources: &[
            "RFC 959 §4.2.1",
            "RFC 959 §5.4",
            "RFC 959 §7",
            "vsftpd source: postlogin.c",
        ],
    },
];

/// The note for two codes, in either order.
pub fn note(a: u16, b: u16) -> Option<&'static PairNote> {
    let key = if a <= b { [a, b] } else { [b, a] };
    PAIRS
        .binary_search_by_key(&key, |p| p.codes)
        .ok()
        .map(|i| &PAIRS[i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table;

    #[test]
    fn sorted_unique_and_filled() {
        assert!(
            PAIRS.windows(2).all(|w| w[0].codes < w[1].codes),
            "PAIRS must be sorted and unique"
        );
        for p in PAIRS {
            assert!(p.codes[0] < p.codes[1], "{:?}: lower code first", p.codes);
            assert!(!p.differences.is_empty() && !p.guidance.is_empty() && !p.sources.is_empty());
            for s in p.differences.iter().chain(p.guidance).chain(p.sources) {
                assert!(!s.trim().is_empty(), "{:?} has an empty string", p.codes);
            }
            for c in p.codes {
                assert!(
                    table::lookup(c).is_some(),
                    "{c} in a pair note is not in the table"
                );
            }
        }
    }

    #[test]
    fn the_pairs_people_confuse_have_notes() {
        let wanted = [
            (500, 502),
            (502, 504),
            (202, 502),
            (421, 530),
            (425, 426),
            (450, 550),
            (451, 551),
            (452, 552),
            (226, 250),
            (227, 229),
            (331, 332),
            (530, 532),
            (221, 421),
            (125, 150),
            (211, 212),
            (211, 213),
            (212, 213),
            (530, 550),
            (550, 553),
            (211, 502),
        ];
        for (a, b) in wanted {
            assert!(note(b, a).is_some(), "no note for {a}/{b}");
        }
    }
}
