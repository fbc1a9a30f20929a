//! IIS FTP logs: what `sc-substatus` and `sc-win32-status` mean beside `sc-status`.

use serde::Serialize;

/// An FTP substatus code of IIS (`sc-substatus`).
#[derive(Debug, Serialize)]
pub struct IisSubstatus {
    /// The `sc-status` it goes with; 0 where Microsoft documents it for any status.
    pub status: u16,
    pub substatus: u32,
    pub meaning: &'static str,
    /// What to check or change in IIS.
    pub fix: &'static str,
    pub source: &'static str,
}

/// A Windows error code as IIS logs it (`sc-win32-status`).
#[derive(Debug, Serialize)]
pub struct Win32Status {
    pub code: u32,
    /// The Windows name, e.g. "ERROR_LOGON_FAILURE".
    pub name: &'static str,
    pub meaning: &'static str,
    pub source: &'static str,
}

/// FTP substatus codes, sorted by substatus.
// IisSubstatus
// Source for every substatus: Microsoft Learn, "The FTP status codes in IIS 7.0 and later versions" (KB 969061),
// https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/ftp-service-svchost-inetinfo/ftp-status-codes-iis-7-and-later-versions
// (checked against MicrosoftDocs/SupportArticles-docs, file ftp-status-codes-iis-7-and-later-versions.md).
// Microsoft documents the FTP substatus codes (0-55) as ONE list, independent of sc-status: it does not say which
// FTP reply each substatus goes with. So `status` is 0 here, meaning "any sc-status / not specified by Microsoft".
// Pairs seen in real logs (e.g. "PASS *** 530 1326 41") are not documented by Microsoft and are not encoded here.
// `fix` is our own advice on what to check in IIS; `meaning` restates Microsoft's wording in plain words.
pub static SUBSTATUS: &[IisSubstatus] = &[
    IisSubstatus {
        status: 0,
        substatus: 0,
        meaning: "The operation succeeded.",
        fix: "Nothing to fix; look at sc-status and sc-win32-status if the client still reports a problem.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 1,
        meaning: "Access was denied by the FTP authorization rules.",
        fix: "Check the site's FTP Authorization Rules: add an Allow rule for the user or group with the needed Read/Write permission, and look for a Deny rule that matches.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 2,
        meaning: "Access was denied by the file system.",
        fix: "Check the NTFS permissions on the folder or file for the account the user logs in as (or the anonymous account); FTP authorization rules alone do not grant file system access.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 3,
        meaning: "The file system returned an error.",
        fix: "Look at sc-win32-status for the actual Windows error (for example 2, 3, 32 or 112) and fix the path, lock, or disk problem it names.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 4,
        meaning: "Access was denied by the IP restriction rules.",
        fix: "Check FTP IP Address and Domain Restrictions for the site or server: the client's address is denied, or not allowed when unlisted clients are denied.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 5,
        meaning: "Writing to the root of the virtual directory is forbidden.",
        fix: "Write into a subfolder instead, or change the site layout so the upload target is not the root of a virtual directory.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 6,
        meaning: "The short (8.3) file name check failed.",
        fix: "Use the file's long name in the command instead of an 8.3 short name such as FILENA~1.TXT.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 7,
        meaning: "Short (8.3) file names are not allowed.",
        fix: "Use the file's long name; the server refuses 8.3 short names.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 8,
        meaning: "The path contains a segment hidden by the request filtering rules.",
        fix: "Check FTP Request Filtering, Hidden Segments: the path uses a folder name that is hidden from FTP clients.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 9,
        meaning: "The path contains a character sequence denied by the request filtering rules.",
        fix: "Check FTP Request Filtering, Denied URL Sequences, and rename the file or folder or remove the rule.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 10,
        meaning: "The path contains high-bit (non-ASCII) characters, which the request filtering rules reject.",
        fix: "Allow high-bit characters in FTP Request Filtering settings, or use ASCII file names.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 11,
        meaning: "The file extension is denied by the request filtering rules.",
        fix: "Check FTP Request Filtering, File Name Extensions: the extension is denied, or not listed while unlisted extensions are denied.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 12,
        meaning: "The path is longer than the request filtering rules allow.",
        fix: "Use a shorter path, or raise the maximum URL/path length in FTP Request Filtering settings.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 13,
        meaning: "The client tried to open something that is neither a file nor a directory.",
        fix: "Check the path: it points at a device or other special object, not at a normal file or folder.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 14,
        meaning: "The control connection timed out.",
        fix: "The client was idle too long; raise the control channel timeout in the site's Advanced Settings (Connections) or have the client send NOOP keep-alives.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 15,
        meaning: "The data connection timed out.",
        fix: "The data connection was not made or stalled; check firewalls and FTP Firewall Support (passive port range, external IP), and the data channel timeout in Advanced Settings.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 16,
        meaning: "The control connection timed out under the timeout for new connections.",
        fix: "The client connected but did not log in quickly enough; check the client, or the new-connection timeout in the site's connection settings.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 17,
        meaning: "The FTP site's configuration is invalid.",
        fix: "Check the site's bindings, physical path and FTP settings in IIS Manager or applicationHost.config, and the Windows event log for configuration errors.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 18,
        meaning: "The configuration is invalid.",
        fix: "Check applicationHost.config (and web.config files in FTP content) for invalid FTP settings, and the Windows event log.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 19,
        meaning: "The maximum number of connections was reached.",
        fix: "Raise the site's maximum connections limit in Advanced Settings (Connections), or find clients that hold too many sessions open.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 20,
        meaning: "The client closed the data connection with an ABOR command.",
        fix: "Usually nothing to fix on the server: the user or client cancelled the transfer.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 21,
        meaning: "The FTP site is being stopped.",
        fix: "The site or service was stopping; check whether that was planned and restart the site.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 22,
        meaning: "The server aborted the data connection because of an error.",
        fix: "Look at sc-win32-status (for example 64, 1236, 10054) and the event log for the underlying error.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 23,
        meaning: "The client aborted the data connection.",
        fix: "The client closed or reset the data connection; check the client side, firewalls or NAT devices between them.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 24,
        meaning: "The SSL policy requires SSL for the data connection.",
        fix: "Have the client use PROT P (FTPS with protected data), or set the data channel policy in FTP SSL Settings to Allow instead of Require.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 25,
        meaning: "The SSL policy requires SSL for the control connection.",
        fix: "Have the client use explicit FTPS (AUTH TLS) before other commands, or change FTP SSL Settings from Require SSL to Allow SSL.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 26,
        meaning: "The SSL policy requires SSL before credentials are sent.",
        fix: "Have the client start TLS (AUTH TLS) before USER/PASS, or relax the credentials policy in FTP SSL Settings (Advanced).",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 27,
        meaning: "The SSL policy does not allow SSL on the data connection.",
        fix: "Have the client use PROT C (clear data connection), or allow SSL for the data channel in FTP SSL Settings (Advanced).",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    // Microsoft's page gives 28 exactly the same text as 27 ("SSL policy denies SSL for data channel"); by the pattern of
    // 24/25 it may have been meant for the control channel, but that is not documented, so Microsoft's text is kept.
    IisSubstatus {
        status: 0,
        substatus: 28,
        meaning: "The SSL policy does not allow SSL on the data connection (Microsoft lists the same text as substatus 27).",
        fix: "Check the SSL policies in FTP SSL Settings (Advanced) against what the client negotiates; have the client not use SSL where the policy denies it.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 29,
        meaning: "The SSL policy does not allow SSL for credentials.",
        fix: "Have the client send USER/PASS without TLS, or change the credentials policy in FTP SSL Settings (Advanced).",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 30,
        meaning: "The SSL policy does not allow SSL for commands.",
        fix: "Have the client not protect the command channel (or send CCC), or change the command policy in FTP SSL Settings (Advanced).",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 31,
        meaning: "No SSL certificate is configured.",
        fix: "Select a server certificate in the site's FTP SSL Settings.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 32,
        meaning: "SSL could not be initialised.",
        fix: "Check the server certificate (valid, has a private key the FTP service can read) and the Windows event log for Schannel errors.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 33,
        meaning: "The user's home directory could not be found.",
        fix: "Check FTP User Isolation: the folder the mode expects for this user (e.g. LocalUser\\name or domain\\name under the site root) must exist.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 34,
        meaning: "A call to the custom authentication provider failed.",
        fix: "Check the custom FTP authentication provider: its registration, its configuration and its own logs.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 35,
        meaning: "The user failed to authenticate.",
        fix: "Check the user name and password; sc-win32-status tells why Windows refused it (e.g. 1326 wrong password, 1331 disabled, 1909 locked out).",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 36,
        meaning: "All authentication methods are disabled.",
        fix: "Enable Basic and/or Anonymous (or a custom provider) in the site's FTP Authentication settings.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 37,
        meaning: "The host name did not match any configured FTP site.",
        fix: "Check the FTP site bindings' host names against what the client sends (HOST command or \"host|user\" user name).",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 38,
        meaning: "The client IP address on the data connection differs from the one on the control connection.",
        fix: "Often caused by NAT or load balancers; fix the network path, or relax the data channel address matching in the FTP data channel security settings.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 39,
        meaning: "The maximum file size was exceeded.",
        fix: "Raise the maximum allowed content length in FTP Request Filtering, or upload a smaller file.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    // On Microsoft's page, 40 is run into the line for 39 ("39 - Maximum file size was exceeded. 40ActiveDirectory
    // Isolation must be combined with basic authentication.").
    IisSubstatus {
        status: 0,
        substatus: 40,
        meaning: "Active Directory user isolation must be used together with Basic authentication.",
        fix: "Enable Basic authentication for the site, or choose another FTP User Isolation mode.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 41,
        meaning: "An error occurred during authentication.",
        fix: "Look at sc-win32-status (1326 is a wrong user name or password) and the Security event log; check the account and domain name format.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 42,
        meaning: "Anonymous authentication is not allowed.",
        fix: "Enable Anonymous Authentication for the FTP site, or have the client log in with a real account.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 43,
        meaning: "Protection negotiation failed: a PROT command with a recognised parameter must come before this command.",
        fix: "Have the client send PBSZ 0 and PROT P (or PROT C) before the transfer command.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 44,
        meaning: "The SSL certificate was not found.",
        fix: "Re-select the certificate in FTP SSL Settings; check it is still in the computer's certificate store.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 45,
        meaning: "No private key was found for the chosen SSL certificate.",
        fix: "Import the certificate together with its private key (e.g. from a .pfx), then select it again.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 46,
        meaning: "The configured SSL certificate hash has the wrong length.",
        fix: "Re-select the certificate in IIS Manager instead of editing the hash by hand in the configuration.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 47,
        meaning: "The SSL policy requires a client certificate.",
        fix: "Configure the client to present a certificate, or change the client certificate policy in the FTP SSL settings.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 48,
        meaning: "The client presented an invalid client certificate.",
        fix: "Check the client certificate's validity, chain of trust and revocation status on the server.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 49,
        meaning: "The SSL policy requires the same client certificate on the control and data connections.",
        fix: "Make the client present the same certificate on both connections, or relax this policy.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 50,
        meaning: "The data connection timed out because it stayed below the minimum bandwidth.",
        fix: "Check the network speed, or lower the minimum bytes-per-second setting in the site's connection settings.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 51,
        meaning: "Access was denied by the command filtering rules.",
        fix: "Check FTP Request Filtering, Commands: the FTP command is denied, or not allowed when unlisted commands are denied.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 52,
        meaning: "An administrator disconnected the session.",
        fix: "Nothing to fix in configuration; the session was ended from FTP Current Sessions or by a script.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 53,
        meaning: "A connection error occurred.",
        fix: "Look at sc-win32-status (e.g. 10053, 10054, 64) to see how the connection failed.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 54,
        meaning: "The session was closed because the configuration changed.",
        fix: "Nothing to fix; the client can reconnect. Avoid configuration changes during busy hours if this disrupts users.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
    IisSubstatus {
        status: 0,
        substatus: 55,
        meaning: "SSL connections must use 128-bit encryption.",
        fix: "Have the client use a stronger cipher, or clear \"Use 128-bit encryption for SSL connections\" in FTP SSL Settings.",
        source: "Microsoft Learn: The FTP status codes in IIS 7.0 and later versions (KB 969061)",
    },
];

/// Windows error codes common in FTP logs, sorted by code.
// Win32Status
// Names and texts from Microsoft Learn, "System Error Codes" pages (MicrosoftDocs/win32, desktop-src/Debug/
// system-error-codes--*.md). IIS logs the Windows error for the FTP operation in sc-win32-status (the FTP
// LOGGING_PARAMETERS structure calls it hrStatus, "The Windows error code for the operation").
pub static WIN32: &[Win32Status] = &[
    Win32Status {
        code: 0,
        name: "ERROR_SUCCESS",
        meaning: "The operation completed successfully.",
        source: "Microsoft Learn: System Error Codes (0-499)",
    },
    Win32Status {
        code: 2,
        name: "ERROR_FILE_NOT_FOUND",
        meaning: "The system cannot find the file specified.",
        source: "Microsoft Learn: System Error Codes (0-499)",
    },
    Win32Status {
        code: 3,
        name: "ERROR_PATH_NOT_FOUND",
        meaning: "The system cannot find the path specified.",
        source: "Microsoft Learn: System Error Codes (0-499)",
    },
    Win32Status {
        code: 5,
        name: "ERROR_ACCESS_DENIED",
        meaning: "Access is denied.",
        source: "Microsoft Learn: System Error Codes (0-499)",
    },
    Win32Status {
        code: 32,
        name: "ERROR_SHARING_VIOLATION",
        meaning: "The process cannot access the file because it is being used by another process.",
        source: "Microsoft Learn: System Error Codes (0-499)",
    },
    Win32Status {
        code: 64,
        name: "ERROR_NETNAME_DELETED",
        meaning: "The specified network name is no longer available.",
        source: "Microsoft Learn: System Error Codes (0-499)",
    },
    Win32Status {
        code: 112,
        name: "ERROR_DISK_FULL",
        meaning: "There is not enough space on the disk.",
        source: "Microsoft Learn: System Error Codes (0-499)",
    },
    Win32Status {
        code: 121,
        name: "ERROR_SEM_TIMEOUT",
        meaning: "The semaphore timeout period has expired.",
        source: "Microsoft Learn: System Error Codes (0-499)",
    },
    Win32Status {
        code: 123,
        name: "ERROR_INVALID_NAME",
        meaning: "The filename, directory name, or volume label syntax is incorrect.",
        source: "Microsoft Learn: System Error Codes (0-499)",
    },
    Win32Status {
        code: 145,
        name: "ERROR_DIR_NOT_EMPTY",
        meaning: "The directory is not empty.",
        source: "Microsoft Learn: System Error Codes (0-499)",
    },
    Win32Status {
        code: 183,
        name: "ERROR_ALREADY_EXISTS",
        meaning: "Cannot create a file when that file already exists.",
        source: "Microsoft Learn: System Error Codes (0-499)",
    },
    Win32Status {
        code: 1236,
        name: "ERROR_CONNECTION_ABORTED",
        meaning: "The network connection was aborted by the local system.",
        source: "Microsoft Learn: System Error Codes (1000-1299)",
    },
    Win32Status {
        code: 1326,
        name: "ERROR_LOGON_FAILURE",
        meaning: "The user name or password is incorrect.",
        source: "Microsoft Learn: System Error Codes (1300-1699)",
    },
    Win32Status {
        code: 1327,
        name: "ERROR_ACCOUNT_RESTRICTION",
        meaning: "Account restrictions are preventing this user from signing in. For example: blank passwords aren't allowed, sign-in times are limited, or a policy restriction has been enforced.",
        source: "Microsoft Learn: System Error Codes (1300-1699)",
    },
    Win32Status {
        code: 1330,
        name: "ERROR_PASSWORD_EXPIRED",
        meaning: "The password for this account has expired.",
        source: "Microsoft Learn: System Error Codes (1300-1699)",
    },
    Win32Status {
        code: 1331,
        name: "ERROR_ACCOUNT_DISABLED",
        meaning: "This user can't sign in because this account is currently disabled.",
        source: "Microsoft Learn: System Error Codes (1300-1699)",
    },
    Win32Status {
        code: 1909,
        name: "ERROR_ACCOUNT_LOCKED_OUT",
        meaning: "The referenced account is currently locked out and may not be logged on to.",
        source: "Microsoft Learn: System Error Codes (1700-3999)",
    },
    Win32Status {
        code: 10053,
        name: "WSAECONNABORTED",
        meaning: "An established connection was aborted by the software in your host machine.",
        source: "Microsoft Learn: System Error Codes (9000-11999)",
    },
    Win32Status {
        code: 10054,
        name: "WSAECONNRESET",
        meaning: "An existing connection was forcibly closed by the remote host.",
        source: "Microsoft Learn: System Error Codes (9000-11999)",
    },
    Win32Status {
        code: 10060,
        name: "WSAETIMEDOUT",
        meaning: "A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
        source: "Microsoft Learn: System Error Codes (9000-11999)",
    },
    Win32Status {
        code: 10061,
        name: "WSAECONNREFUSED",
        meaning: "No connection could be made because the target machine actively refused it.",
        source: "Microsoft Learn: System Error Codes (9000-11999)",
    },
];

/// The meaning of an FTP substatus for a given status.
pub fn substatus(status: u16, substatus: u32) -> Option<&'static IisSubstatus> {
    SUBSTATUS
        .iter()
        .find(|s| s.substatus == substatus && (s.status == 0 || s.status == status))
}

/// The meaning of a `sc-win32-status` value.
pub fn win32(code: u32) -> Option<&'static Win32Status> {
    WIN32
        .binary_search_by_key(&code, |w| w.code)
        .ok()
        .map(|i| &WIN32[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_sorted_and_filled() {
        assert!(
            SUBSTATUS
                .windows(2)
                .all(|w| (w[0].substatus, w[0].status) < (w[1].substatus, w[1].status))
        );
        assert!(WIN32.windows(2).all(|w| w[0].code < w[1].code));
        for s in SUBSTATUS {
            assert!(
                !s.meaning.is_empty() && !s.fix.is_empty() && !s.source.is_empty(),
                "{}",
                s.substatus
            );
        }
        for w in WIN32 {
            assert!(
                !w.name.is_empty() && !w.meaning.is_empty() && !w.source.is_empty(),
                "{}",
                w.code
            );
        }
    }
}
