//! Which replies each command may get: the command-reply sequences of RFC 959 §5.4 and
//! the extension RFCs. Used by `ftpcode command`, `explain --command` and `scan`.

/// The replies one command may get.
#[derive(Debug)]
pub struct Sequence {
    /// The command, upper case, e.g. "RETR".
    pub command: &'static str,
    /// What the command does.
    pub does: &'static str,
    /// Preliminary replies (1yz) it may get first.
    pub preliminary: &'static [u16],
    /// Success replies (2yz) and intermediate replies (3yz).
    pub success: &'static [u16],
    /// Error replies (4yz, 5yz; 6yz where relevant).
    pub error: &'static [u16],
    /// Where it is defined, e.g. "RFC 959 §5.4".
    pub sources: &'static [&'static str],
}

/// Replies any command may get, beyond its own list: 421 when the service must shut down
/// (RFC 959 §4.2.1), 500 for a command the server does not recognise (RFC 2228 §3, RFC 2389
/// §3.2), 533 when the server requires protected commands (RFC 2228 §3), and a reply wrapped
/// in 631, 632 or 633 once a security exchange has completed (RFC 2228 §8.2).
pub const ANY_COMMAND: &[u16] = &[421, 500, 533, 631, 632, 633];

/// Every command, sorted by name.
// Notes on the sources, checked against the RFC texts:
// Command-reply sequences, checked against the RFC texts in /work/shared/rfc/.
// Rules that apply to every command and are NOT repeated in each entry:
// - RFC 959 §5.4 itself does NOT say "any command may get 500, 501, 421"; it only lists those codes per command.
//   The one "any command" statement in RFC 959 is for 421 (§4.2.1 and §4.2.2: "This may be a reply to any
//   command if the service knows it must shut down"). Any unrecognised command gets 500 (RFC 2228 §3,
//   RFC 2389 §3.2: "the normal 'unrecognized command' reply that any unknown command would elicit").
// - RFC 2228 §8.2: "any security command can return 500, 501, 502, 533, or 421" (folded into AUTH, ADAT, PBSZ,
//   PROT, CCC, MIC, CONF, ENC below), and "Any ftp command can return a reply code encapsulated in a 631, 632,
//   or 633 reply once a security data exchange has completed successfully".
// - RFC 2228 §3 (end of MIC/CONF/ENC): a server that requires all commands to be protected "should make a 533
//   reply to commands other than MIC, CONF, and ENC". Only 533 is general; 534 and 535 are added by RFC 2228
//   §8.2 only to STOR, STOU, RETR, LIST, NLST and APPE (and to the security commands themselves).
// - RFC 4217 §10.2: STOR, RETR, NLST, LIST, STOU and APPE may get 521 before any 1yz reply (bad PROT setting)
//   and 522 after 150 (TLS negotiation on the data connection failed); folded into those six entries.
// Order of codes: RFC 959 §5.4 and RFC 2228 §8.2 lists keep the RFC's order; codes added from other sections
// follow them; where an RFC gives codes only in prose, they appear in the order the prose gives them.
// RFC 959 §5.4 "(110)" restart markers are put in `preliminary`.
pub static SEQUENCES: &[Sequence] = &[
    Sequence {
        command: "ABOR",
        does: "Stops the previous service command and any data transfer it started.",
        preliminary: &[],
        success: &[225, 226],
        error: &[500, 501, 502, 421],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3"],
    },
    Sequence {
        command: "ACCT",
        does: "Sends the account information some servers need for login or for storing files.",
        preliminary: &[],
        success: &[230, 202],
        error: &[530, 500, 501, 503, 421],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.1"],
    },
    // RFC 2228 §8.2 lists ADAT as 235 / 335 / 503, 501, 535 / 500, 501, 421; 502 and 533 come from the closing
    // sentence "any security command can return 500, 501, 502, 533, or 421".
    Sequence {
        command: "ADAT",
        does: "Carries base64 security data for the mechanism chosen with AUTH.",
        preliminary: &[],
        success: &[235, 335],
        error: &[503, 501, 535, 500, 421, 502, 533],
        sources: &["RFC 2228 §8.2", "RFC 2228 §3"],
    },
    Sequence {
        command: "ALLO",
        does: "Asks the server to reserve storage space before a file is sent.",
        preliminary: &[],
        success: &[200, 202],
        error: &[500, 501, 504, 421, 530],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3"],
    },
    // RFC 4217 disagrees with itself on 522: §10.2 sends 522 after 150 when TLS on the data connection fails,
    // §11.4 replies 522 to the transfer command when protection is insufficient (where §10.2 would use 521).
    Sequence {
        command: "APPE",
        does: "Uploads a file and adds it to the end of an existing file, creating the file if needed.",
        preliminary: &[125, 150, 110],
        success: &[226, 250],
        error: &[
            425, 426, 451, 551, 552, 532, 450, 550, 452, 553, 500, 501, 502, 421, 530, 534, 535,
            521, 522,
        ],
        sources: &[
            "RFC 959 §5.4",
            "RFC 959 §4.1.3",
            "RFC 2228 §8.2",
            "RFC 4217 §10.2",
            "RFC 4217 §11.4",
        ],
    },
    // 334 means "mechanism accepted, ADAT exchange follows" (RFC 2228 §3); RFC 4217 §4.2 says AUTH TLS gets 234 and
    // that 334 is incorrect for TLS.
    Sequence {
        command: "AUTH",
        does: "Chooses a security mechanism, such as TLS, for the control connection.",
        preliminary: &[],
        success: &[234, 334],
        error: &[502, 504, 534, 431, 500, 501, 421, 533],
        sources: &["RFC 2228 §8.2", "RFC 2228 §3", "RFC 4217 §4.2"],
    },
    // CCC is defined in RFC 2228 §3 but missing from its §8.1 and §8.2 lists. 200, 533 and 534 come from RFC 2228 §3
    // and RFC 4217 §5 (which also gives 500 when CCC is not accepted); 501, 502 and 421 only via the §8.2 sentence
    // "any security command can return ...", assuming CCC counts as a security command.
    Sequence {
        command: "CCC",
        does: "Switches the control connection back to plain text after a protected login.",
        preliminary: &[],
        success: &[200],
        error: &[533, 534, 500, 501, 502, 421],
        sources: &["RFC 2228 §3", "RFC 4217 §5", "RFC 2228 §8.2"],
    },
    // RFC 959 is inconsistent: §5.4 gives CDUP 200, but §4.1.1 and Appendix II say CDUP's reply codes shall be
    // identical to CWD's (250). Both are listed.
    Sequence {
        command: "CDUP",
        does: "Changes the working directory to the parent directory.",
        preliminary: &[],
        success: &[200, 250],
        error: &[500, 501, 502, 421, 530, 550],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.1", "RFC 959 Appendix II"],
    },
    // CONF's reply is normally a 633 confidentiality-protected reply wrapping the real reply (RFC 2228 §5.2), kept in
    // `error` only because that field holds 6yz codes. §8.2 lists only 535, 533 / 500, 501, 421; 502, 503 and 537 come
    // from the prose in §3.
    Sequence {
        command: "CONF",
        does: "Sends another FTP command wrapped in confidentiality protection.",
        preliminary: &[],
        success: &[],
        error: &[535, 533, 500, 501, 421, 502, 503, 537, 633],
        sources: &["RFC 2228 §8.2", "RFC 2228 §3", "RFC 2228 §5.2"],
    },
    // RFC 959 Appendix II's examples answer CWD with "200 directory changed", but §5.4 lists only 250.
    Sequence {
        command: "CWD",
        does: "Changes the working directory on the server.",
        preliminary: &[],
        success: &[250],
        error: &[500, 501, 502, 421, 530, 550],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.1"],
    },
    Sequence {
        command: "DELE",
        does: "Deletes a file on the server.",
        preliminary: &[],
        success: &[250],
        error: &[450, 550, 500, 501, 502, 421, 530],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3"],
    },
    // ENC's reply is normally a 632 confidentiality-and-integrity-protected reply wrapping the real reply
    // (RFC 2228 §5.2); see CONF for the 502, 503 and 537 taken from §3.
    Sequence {
        command: "ENC",
        does: "Sends another FTP command wrapped in integrity and confidentiality (private) protection.",
        preliminary: &[],
        success: &[],
        error: &[535, 533, 500, 501, 421, 502, 503, 537, 632],
        sources: &["RFC 2228 §8.2", "RFC 2228 §3", "RFC 2228 §5.2"],
    },
    // After "EPSV ALL" the server must reject EPRT (RFC 2428 §3), but no reply code is given for that.
    Sequence {
        command: "EPRT",
        does: "Tells the server an IPv4 or IPv6 address and port to connect to for the data connection.",
        preliminary: &[],
        success: &[200],
        error: &[500, 501, 522],
        sources: &["RFC 2428 §2"],
    },
    // RFC 2428 §3 gives no success code for "EPSV ALL" (only for the plain EPSV, 229).
    Sequence {
        command: "EPSV",
        does: "Asks the server to listen for the data connection and reply with just the port number.",
        preliminary: &[],
        success: &[229],
        error: &[500, 501, 522],
        sources: &["RFC 2428 §3"],
    },
    // RFC 2389 §3.2: a server with nothing to report SHOULD send a one-line 211, but MAY answer 500 or 502 instead.
    Sequence {
        command: "FEAT",
        does: "Asks the server to list the extensions it supports.",
        preliminary: &[],
        success: &[211],
        error: &[500, 501, 502],
        sources: &["RFC 2389 §3.2"],
    },
    Sequence {
        command: "HELP",
        does: "Asks the server for help text, in general or about one command.",
        preliminary: &[],
        success: &[211, 214],
        error: &[500, 501, 502, 421],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3"],
    },
    Sequence {
        command: "HOST",
        does: "Names the virtual host the client wants, before login.",
        preliminary: &[],
        success: &[220],
        error: &[503, 421, 504, 500, 502, 501],
        sources: &[
            "RFC 7151 §3",
            "RFC 7151 §3.1",
            "RFC 7151 §3.2",
            "RFC 7151 §3.3",
        ],
    },
    Sequence {
        command: "LANG",
        does: "Chooses the language for the server's reply texts.",
        preliminary: &[],
        success: &[200],
        error: &[500, 501, 502, 504],
        sources: &["RFC 2640 §4.2"],
    },
    Sequence {
        command: "LIST",
        does: "Sends a human-readable listing of a directory or file over the data connection.",
        preliminary: &[125, 150],
        success: &[226, 250],
        error: &[
            425, 426, 451, 450, 500, 501, 502, 421, 530, 534, 535, 521, 522,
        ],
        sources: &[
            "RFC 959 §5.4",
            "RFC 959 §4.1.3",
            "RFC 2228 §8.2",
            "RFC 4217 §10.2",
            "RFC 4217 §11.4",
        ],
    },
    // RFC 1639 states no success code for LPRT; 200 is assumed by analogy with PORT (RFC 959 §5.4). Its §4 names only
    // 500 and 501 from PORT/PASV plus the new 521.
    Sequence {
        command: "LPRT",
        does: "Tells the server a long address (any address family) and port to connect to for the data connection.",
        preliminary: &[],
        success: &[200],
        error: &[500, 501, 521],
        sources: &["RFC 1639 §2", "RFC 1639 §4"],
    },
    Sequence {
        command: "LPSV",
        does: "Asks the server to listen for the data connection and reply with a long address and port.",
        preliminary: &[],
        success: &[228],
        error: &[500, 501, 521],
        sources: &["RFC 1639 §3", "RFC 1639 §4"],
    },
    // RFC 3659 §3.2 adds "Various 4xy replies are also possible" without naming them.
    Sequence {
        command: "MDTM",
        does: "Asks for the last modification time of a file.",
        preliminary: &[],
        success: &[213],
        error: &[550, 500, 501],
        sources: &["RFC 3659 §3.1", "RFC 3659 §3.2"],
    },
    // MIC's reply is normally a 631 integrity-protected reply wrapping the real reply (RFC 2228 §3: "integrity (via the
    // MIC or ENC command, and 631 or 632 reply)"); see CONF for the 502, 503 and 537 taken from §3.
    Sequence {
        command: "MIC",
        does: "Sends another FTP command wrapped in integrity protection.",
        preliminary: &[],
        success: &[],
        error: &[535, 533, 500, 501, 421, 502, 503, 537, 631],
        sources: &["RFC 2228 §8.2", "RFC 2228 §3", "RFC 2228 §5.2"],
    },
    // RFC 959 Appendix II's example answers MKD of an existing directory with 521, and its text asks for an
    // "access denied" error there; neither 521 nor 450 is in §5.4, so they are not listed.
    Sequence {
        command: "MKD",
        does: "Creates a directory on the server.",
        preliminary: &[],
        success: &[257],
        error: &[500, 501, 502, 421, 530, 550],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3", "RFC 959 Appendix II"],
    },
    // RFC 3659 §7.2 says a failed data connection gives an "error-response" without naming a code; §7.2.1 also allows
    // "any of the 4xy replies".
    Sequence {
        command: "MLSD",
        does: "Sends a machine-readable listing of a directory's contents over the data connection.",
        preliminary: &[150],
        success: &[226],
        error: &[500, 501, 550, 530, 553, 503, 504],
        sources: &["RFC 3659 §7.1", "RFC 3659 §7.2", "RFC 3659 §7.2.1"],
    },
    Sequence {
        command: "MLST",
        does: "Sends machine-readable facts about one file or directory on the control connection.",
        preliminary: &[],
        success: &[250],
        error: &[500, 501, 550, 530, 553, 503, 504],
        sources: &["RFC 3659 §7.1", "RFC 3659 §7.2", "RFC 3659 §7.2.1"],
    },
    Sequence {
        command: "MODE",
        does: "Sets the transfer mode: stream, block or compressed.",
        preliminary: &[],
        success: &[200],
        error: &[500, 501, 504, 421, 530],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.2"],
    },
    Sequence {
        command: "NLST",
        does: "Sends a plain list of names in a directory over the data connection.",
        preliminary: &[125, 150],
        success: &[226, 250],
        error: &[
            425, 426, 451, 450, 500, 501, 502, 421, 530, 534, 535, 521, 522,
        ],
        sources: &[
            "RFC 959 §5.4",
            "RFC 959 §4.1.3",
            "RFC 2228 §8.2",
            "RFC 4217 §10.2",
            "RFC 4217 §11.4",
        ],
    },
    // RFC 959 §5.4 prints NOOP's errors as "500 421" without a comma.
    Sequence {
        command: "NOOP",
        does: "Does nothing except ask the server to reply OK.",
        preliminary: &[],
        success: &[200],
        error: &[500, 421],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3"],
    },
    Sequence {
        command: "OPTS",
        does: "Sets options for how another command will behave.",
        preliminary: &[],
        success: &[200],
        error: &[451, 501, 500, 502],
        sources: &["RFC 2389 §4", "RFC 3659 §7.9.1"],
    },
    Sequence {
        command: "PASS",
        does: "Sends the user's password.",
        preliminary: &[],
        success: &[230, 202, 332],
        error: &[530, 500, 501, 503, 421],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.1", "RFC 2577 §5"],
    },
    // After "EPSV ALL" the server must reject PASV (RFC 2428 §3), but no reply code is given for that.
    Sequence {
        command: "PASV",
        does: "Asks the server to listen on a port for the data connection and say which one.",
        preliminary: &[],
        success: &[227],
        error: &[500, 501, 502, 421, 530],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.2"],
    },
    // RFC 2228 §8.2 lists PBSZ as 200 / 503 / 500, 501, 421, 530; 502 and 533 come from its closing sentence.
    // RFC 4217 §9 requires "PBSZ 0" for TLS although RFC 2228 §8.1's grammar starts at 1.
    Sequence {
        command: "PBSZ",
        does: "Sets the protection buffer size; with TLS it is always sent as PBSZ 0.",
        preliminary: &[],
        success: &[200],
        error: &[503, 500, 501, 421, 530, 502, 533],
        sources: &["RFC 2228 §8.2", "RFC 2228 §3", "RFC 4217 §9"],
    },
    // RFC 2577 §3 suggests 504 for a PORT that names a TCP port below 1024 (bounce-attack protection); 504 is not in
    // RFC 959 §5.4's PORT list. After "EPSV ALL" PORT must be rejected (RFC 2428 §3), no code given.
    Sequence {
        command: "PORT",
        does: "Tells the server an IPv4 address and port to connect to for the data connection.",
        preliminary: &[],
        success: &[200],
        error: &[500, 501, 421, 530, 504],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.2", "RFC 2577 §3"],
    },
    // RFC 2228 §8.2 lists PROT as 200 / 504, 536, 503, 534, 431 / 500, 501, 421, 530; 502 and 533 come from its
    // closing sentence. RFC 4217 §9 allows only C (clear) and P (private) with TLS.
    Sequence {
        command: "PROT",
        does: "Sets the protection level of the data connection, e.g. PROT P for TLS-encrypted transfers.",
        preliminary: &[],
        success: &[200],
        error: &[504, 536, 503, 534, 431, 500, 501, 421, 530, 502, 533],
        sources: &["RFC 2228 §8.2", "RFC 2228 §3", "RFC 4217 §9"],
    },
    // RFC 959 §5.4 gives PWD no 530, unlike the other file commands.
    Sequence {
        command: "PWD",
        does: "Asks for the name of the current working directory.",
        preliminary: &[],
        success: &[257],
        error: &[500, 501, 502, 421, 550],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3"],
    },
    Sequence {
        command: "QUIT",
        does: "Ends the session and closes the control connection.",
        preliminary: &[],
        success: &[221],
        error: &[500],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.1"],
    },
    Sequence {
        command: "REIN",
        does: "Logs the user out and resets the session to its state just after connecting.",
        preliminary: &[120],
        success: &[220],
        error: &[421, 500, 502],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.1", "RFC 7151 §3.2.1"],
    },
    // RFC 959 §5.4 lists REST errors before its 350. RFC 3659 §5.3 (STREAM mode) keeps 350 and says REST itself
    // fails only when unimplemented or syntactically invalid; out-of-range markers are reported on the following
    // RETR/STOR instead.
    Sequence {
        command: "REST",
        does: "Sets the point (a byte offset in stream mode) from which the next transfer restarts.",
        preliminary: &[],
        success: &[350],
        error: &[500, 501, 502, 421, 530],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3", "RFC 3659 §5.3"],
    },
    Sequence {
        command: "RETR",
        does: "Downloads a file from the server over the data connection.",
        preliminary: &[125, 150, 110],
        success: &[226, 250],
        error: &[
            425, 426, 451, 450, 550, 500, 501, 421, 530, 534, 535, 521, 522,
        ],
        sources: &[
            "RFC 959 §5.4",
            "RFC 959 §4.1.3",
            "RFC 2228 §8.2",
            "RFC 4217 §10.2",
            "RFC 4217 §11.4",
        ],
    },
    // RFC 959 Appendix II says RMD's codes are "identical to the reply codes for its file analogue, DELE", which
    // would add 450; §5.4's RMD list has no 450.
    Sequence {
        command: "RMD",
        does: "Removes a directory on the server.",
        preliminary: &[],
        success: &[250],
        error: &[500, 501, 502, 421, 530, 550],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3", "RFC 959 Appendix II"],
    },
    // RFC 959 §5.4 lists RNFR's errors before its 350.
    Sequence {
        command: "RNFR",
        does: "Names the file or directory to be renamed; RNTO must follow.",
        preliminary: &[],
        success: &[350],
        error: &[450, 550, 500, 501, 502, 421, 530],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3"],
    },
    Sequence {
        command: "RNTO",
        does: "Gives the new name for the file or directory named by RNFR.",
        preliminary: &[],
        success: &[250],
        error: &[532, 553, 500, 501, 502, 503, 421, 530],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3"],
    },
    Sequence {
        command: "SITE",
        does: "Runs a server-specific command that is not part of the standard.",
        preliminary: &[],
        success: &[200, 202],
        error: &[500, 501, 530],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3"],
    },
    // RFC 3659 §4.2 adds "Various 4xy replies are also possible" without naming them.
    Sequence {
        command: "SIZE",
        does: "Asks how many bytes a file would take to transfer in the current type and mode.",
        preliminary: &[],
        success: &[213],
        error: &[550, 500, 501],
        sources: &["RFC 3659 §4.1", "RFC 3659 §4.2"],
    },
    Sequence {
        command: "SMNT",
        does: "Mounts a different file system structure for the user.",
        preliminary: &[],
        success: &[202, 250],
        error: &[500, 501, 502, 421, 530, 550],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.1"],
    },
    Sequence {
        command: "STAT",
        does: "Asks for the server's status, a transfer's progress, or a listing on the control connection.",
        preliminary: &[],
        success: &[211, 212, 213],
        error: &[450, 500, 501, 502, 421, 530],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3"],
    },
    // RFC 959 §5.4 gives STOR no 550 (APPE has it); copied as given.
    Sequence {
        command: "STOR",
        does: "Uploads a file to the server, replacing any file of the same name.",
        preliminary: &[125, 150, 110],
        success: &[226, 250],
        error: &[
            425, 426, 451, 551, 552, 532, 450, 452, 553, 500, 501, 421, 530, 534, 535, 521, 522,
        ],
        sources: &[
            "RFC 959 §5.4",
            "RFC 959 §4.1.3",
            "RFC 2228 §8.2",
            "RFC 4217 §10.2",
            "RFC 4217 §11.4",
        ],
    },
    // RFC 959 §4.1.3 says "The 250 Transfer Started response must include the name generated", but §5.4 gives STOU
    // the preliminaries 125/150 and uses 250 only as a completion reply. Like STOR, no 550 in §5.4.
    Sequence {
        command: "STOU",
        does: "Uploads a file under a new name that the server chooses to be unique.",
        preliminary: &[125, 150, 110],
        success: &[226, 250],
        error: &[
            425, 426, 451, 551, 552, 532, 450, 452, 553, 500, 501, 421, 530, 534, 535, 521, 522,
        ],
        sources: &[
            "RFC 959 §5.4",
            "RFC 959 §4.1.3",
            "RFC 2228 §8.2",
            "RFC 4217 §10.2",
            "RFC 4217 §11.4",
        ],
    },
    Sequence {
        command: "STRU",
        does: "Sets the file structure: file, record or page.",
        preliminary: &[],
        success: &[200],
        error: &[500, 501, 504, 421, 530],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.2"],
    },
    Sequence {
        command: "SYST",
        does: "Asks for the type of operating system the server runs.",
        preliminary: &[],
        success: &[215],
        error: &[500, 501, 502, 421],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.3"],
    },
    Sequence {
        command: "TYPE",
        does: "Sets the data representation type, such as ASCII (A) or binary image (I).",
        preliminary: &[],
        success: &[200],
        error: &[500, 501, 504, 421, 530],
        sources: &["RFC 959 §5.4", "RFC 959 §4.1.2"],
    },
    // 232 (logged in by the security exchange, no PASS needed) and 336 (password challenge) are the "only new replies"
    // RFC 2228 §8.2 adds to USER; RFC 4217 §12.1 uses 232 for TLS client certificates. RFC 2577 §7 suggests always
    // answering 331, even for unknown users, rather than 530.
    Sequence {
        command: "USER",
        does: "Sends the user name to start logging in.",
        preliminary: &[],
        success: &[230, 331, 332, 232, 336],
        error: &[530, 500, 501, 421],
        sources: &[
            "RFC 959 §5.4",
            "RFC 959 §4.1.1",
            "RFC 2228 §8.2",
            "RFC 2228 §4",
            "RFC 4217 §12.1",
            "RFC 2577 §7",
        ],
    },
];

/// The sequence of a command (any case).
pub fn lookup(command: &str) -> Option<&'static Sequence> {
    lookup_bytes(command.as_bytes())
}

/// The sequence of a command as a log shows it (any case, no allocation: `scan` asks per reply).
pub fn lookup_bytes(command: &[u8]) -> Option<&'static Sequence> {
    let upper = |b: &u8| b.to_ascii_uppercase();
    SEQUENCES
        .binary_search_by(|s| s.command.bytes().cmp(command.iter().map(upper)))
        .ok()
        .map(|i| &SEQUENCES[i])
}

impl Sequence {
    /// How the documents list `code` for this command: "preliminary", "success", "error",
    /// "any" (a reply any command may get) or "unlisted".
    pub fn listed(&self, code: u16) -> &'static str {
        if self.preliminary.contains(&code) {
            "preliminary"
        } else if self.success.contains(&code) {
            "success"
        } else if self.error.contains(&code) {
            "error"
        } else if ANY_COMMAND.contains(&code) {
            "any"
        } else {
            "unlisted"
        }
    }

    /// Every reply it may get, in order: preliminary, success, error.
    pub fn replies(&self) -> impl Iterator<Item = u16> + '_ {
        self.preliminary
            .iter()
            .chain(self.success)
            .chain(self.error)
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_unique_and_known_codes() {
        assert!(
            SEQUENCES.windows(2).all(|w| w[0].command < w[1].command),
            "SEQUENCES must be sorted by command and unique"
        );
        for s in SEQUENCES {
            assert!(!s.does.is_empty() && !s.sources.is_empty(), "{}", s.command);
            assert_eq!(s.command, s.command.to_ascii_uppercase());
            for code in s.replies() {
                assert!(
                    crate::table::lookup(code).is_some(),
                    "{}: {code} is not in the table",
                    s.command
                );
            }
            assert!(
                s.preliminary.iter().all(|c| c / 100 == 1),
                "{}: preliminary",
                s.command
            );
            assert!(
                s.success.iter().all(|c| matches!(c / 100, 2 | 3)),
                "{}: success",
                s.command
            );
            assert!(s.error.iter().all(|c| c / 100 >= 4), "{}: error", s.command);
        }
    }
}
