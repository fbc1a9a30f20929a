//! What real servers say: reply texts of vsftpd, ProFTPD, Pure-FTPd, FileZilla Server,
//! IIS and others, each with its cause and the setting that fixes it.
//!
//! To add a message, add a [`ServerMessage`] to [`MESSAGES`] (sorted by code, then
//! server); its pattern is the text after the code, `*` standing for the variable parts.

use std::sync::LazyLock;

use serde::Serialize;

/// One reply text a server sends, and what to do about it.
#[derive(Debug, Serialize)]
pub struct ServerMessage {
    /// "vsftpd", "ProFTPD", "Pure-FTPd", "FileZilla Server", "IIS", "pyftpdlib", ...
    pub server: &'static str,
    pub code: u16,
    /// The text after the code as the server sends it; `*` matches any run of characters.
    pub pattern: &'static str,
    /// Why the server sends it.
    pub cause: &'static str,
    /// The fix, naming the exact setting.
    pub fix: &'static str,
    /// Where the text was taken from: source file or documentation.
    pub source: &'static str,
}

/// Every known server message, sorted by code.
pub static MESSAGES: &[ServerMessage] = &[
    ServerMessage {
        server: "vsftpd",
        code: 421,
        pattern: "There are too many connected users, please try later.",
        cause: "The standalone listener already has max_clients sessions, so the new connection is refused right after connecting.",
        fix: "Raise max_clients in vsftpd.conf (0 means no limit), or close idle sessions and lower idle_session_timeout.",
        source: "vsftpd 3.0.3 source prelogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 421,
        pattern: "There are too many connections from your internet address.",
        cause: "This client address already has max_per_ip sessions open; clients that open parallel transfer connections hit this first.",
        fix: "Raise max_per_ip in vsftpd.conf (0 means no limit), or reduce the client's number of simultaneous connections.",
        source: "vsftpd 3.0.3 source prelogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 421,
        pattern: "Timeout.",
        cause: "No command arrived within idle_session_timeout seconds, so vsftpd closed the control connection.",
        fix: "Raise idle_session_timeout in vsftpd.conf (default 300), or enable keep-alive (NOOP) in the client.",
        source: "vsftpd 3.0.3 source ftpcmdio.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 421,
        pattern: "Data timeout. Reconnect. Sorry.",
        cause: "A data transfer made no progress for data_connection_timeout seconds, usually because a firewall or NAT dropped the data connection.",
        fix: "Raise data_connection_timeout in vsftpd.conf and check that the passive port range is open on every firewall in between.",
        source: "vsftpd 3.0.3 source ftpdataio.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 421,
        pattern: "Idle timeout (* seconds): closing control connection",
        cause: "No command arrived within TimeoutIdle seconds.",
        fix: "Raise TimeoutIdle in proftpd.conf, or enable keep-alive in the client.",
        source: "ProFTPD 1.3.8 (proftpd/proftpd; exact text confirmed in Debian 12 proftpd-core binary strings)",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 421,
        pattern: "No transfer timeout (* seconds): closing control connection",
        cause: "The session went TimeoutNoTransfer seconds without any data transfer.",
        fix: "Raise TimeoutNoTransfer in proftpd.conf (0 disables it).",
        source: "ProFTPD 1.3.8 (proftpd/proftpd; exact text confirmed in Debian 12 proftpd-core binary strings)",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 421,
        pattern: "Login timeout (*): closing control connection",
        cause: "The client did not complete USER/PASS within TimeoutLogin.",
        fix: "Raise TimeoutLogin in proftpd.conf, and check that the client is not stuck before login (for example on TLS negotiation).",
        source: "ProFTPD 1.3.8 (proftpd/proftpd; exact text confirmed in Debian 12 proftpd-core binary strings)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 421,
        pattern: "Too many connections (*) from this IP",
        cause: "The client address already has the maximum number of sessions allowed per IP.",
        fix: "Raise -C / MaxClientsPerIP (Debian: /etc/pure-ftpd/conf/MaxClientsPerIP) or reduce parallel connections in the client.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 421,
        pattern: "* users (the maximum) are already logged in, sorry",
        cause: "The server already serves -c / MaxClientsNumber clients.",
        fix: "Raise -c / MaxClientsNumber in pure-ftpd.conf (Debian: /etc/pure-ftpd/conf/MaxClientsNumber).",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 421,
        pattern: "I can't accept more than * connections as the same user",
        cause: "Per-user connection limit (-y / PerUserLimits) reached for this account.",
        fix: "Raise -y / PerUserLimits (format user:anonymous, e.g. 8:4) in pure-ftpd.conf.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 421,
        pattern: "Sorry, cleartext sessions*are not accepted on this server.",
        cause: "TLS is mandatory (-Y 2 or 3 / TLS 2 or 3) and the client logged in without AUTH TLS (or with a too-weak cipher).",
        fix: "Connect with explicit FTPS (AUTH TLS), or set -Y 1 / TLS 1 to make TLS optional.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 421,
        pattern: "Home directory not available - aborting",
        cause: "The user's home directory does not exist or is unreachable.",
        fix: "Create the home directory, or start pure-ftpd with -j / CreateHomeDir yes.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 421,
        pattern: "Timeout (no operation for * seconds)",
        cause: "The session was idle longer than the allowed idle time.",
        fix: "Raise -I / MaxIdleTime (minutes) in pure-ftpd.conf, or enable keep-alive in the client.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 421,
        pattern: "Unable to set up a secure chroot() jail",
        cause: "chroot() into the user's directory failed after login.",
        fix: "Check that the home directory exists and that pure-ftpd runs as root; check -A / ChrootEveryone and the virtual chroot settings.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 421,
        pattern: "Too many users are connected, please try again later.",
        cause: "The global 'Max. number of users' limit (General settings) is reached (0.9.x).",
        fix: "Raise 'Max. number of users' in General settings, or give trusted accounts 'Bypass userlimit of server'.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 421,
        pattern: "Too many users logged in for this account. Try again later.",
        cause: "The account's own connection limit ('Maximum connection count' in the user settings) is reached (0.9.x).",
        fix: "Raise the user's 'Maximum connection count' in the Users dialog, or reduce parallel connections in the client.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 421,
        pattern: "Refusing connection. No more connections allowed from your IP.",
        cause: "The account's 'Connection limit per IP' is reached (0.9.x).",
        fix: "Raise 'Connection limit per IP' for the user in the Users dialog, or reduce the client's parallel connections.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 421,
        pattern: "Temporarily banned for too many failed login attempts",
        cause: "Autoban is on and this address failed to log in too often (0.9.x).",
        fix: "Wait for the ban to expire or adjust Autoban in the server settings; fix the client's stored password.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 421,
        pattern: "Could not create socket, no usable IP address found.",
        cause: "PASV was refused because no passive IP could be determined (0.9.x).",
        fix: "Under Passive mode settings set 'Use the following IP' (the external IP or hostname) or 'Retrieve external IP address from' a valid URL.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 421,
        pattern: "Too many active connections, try again later",
        cause: "The account or server connection limit was reached at login (1.x).",
        fix: "Raise the connection limits in the server's rights/limits settings or reduce parallel connections.",
        source: "FileZilla Server 1.x src/filezilla/ftp/commander.cpp (GitHub mirror iynaix/filezilla-server)",
    },
    ServerMessage {
        server: "pyftpdlib",
        code: 421,
        pattern: "Too many connections. Service temporarily unavailable.",
        cause: "The server's max_cons limit was reached.",
        fix: "Raise FTPServer.max_cons in the server script.",
        source: "pyftpdlib 2.2.0 (PyPI sdist) pyftpdlib/handlers/ftp/control.py",
    },
    ServerMessage {
        server: "pyftpdlib",
        code: 421,
        pattern: "Too many connections from the same IP address.",
        cause: "This client address already has max_cons_per_ip connections.",
        fix: "Raise FTPServer.max_cons_per_ip (0 means unlimited).",
        source: "pyftpdlib 2.2.0 (PyPI sdist) pyftpdlib/handlers/ftp/control.py",
    },
    ServerMessage {
        server: "pyftpdlib",
        code: 421,
        pattern: "Control connection timed out.",
        cause: "No command arrived within the handler's timeout.",
        fix: "Raise FTPHandler.timeout (seconds), or enable keep-alive in the client.",
        source: "pyftpdlib 2.2.0 (PyPI sdist) pyftpdlib/handlers/ftp/control.py",
    },
    ServerMessage {
        server: "pyftpdlib",
        code: 421,
        pattern: "Passive data channel timed out.",
        cause: "The client never connected to the announced passive port, usually because it is blocked or the advertised address is wrong behind NAT.",
        fix: "Set FTPHandler.passive_ports to a range open in the firewall and FTPHandler.masquerade_address to the public IP.",
        source: "pyftpdlib 2.2.0 (PyPI sdist) pyftpdlib/handlers/ftp/dispatchers.py",
    },
    ServerMessage {
        server: "vsftpd",
        code: 425,
        pattern: "Security: Bad IP connecting.",
        cause: "A connection to the passive data port came from a different IP address than the control connection; vsftpd rejects it to stop port theft. Common with NAT, load balancers and FXP.",
        fix: "Make the data connection come from the same address as the control connection; only if you must, set pasv_promiscuous=YES in vsftpd.conf (weakens security).",
        source: "vsftpd 3.0.3 source ftpdataio.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 425,
        pattern: "Failed to establish connection.",
        cause: "The data connection never came up. In active mode (PORT/EPRT) vsftpd could not connect back to the client, usually blocked by the client's firewall or NAT; in passive mode the client never reached the port vsftpd opened, usually a closed passive port range or a private address in the 227 reply behind NAT.",
        fix: "Active mode: switch the client to passive mode. Passive mode: open pasv_min_port..pasv_max_port on every firewall, and behind NAT set pasv_address to the public address (with pasv_addr_resolve=YES for a host name).",
        source: "vsftpd 3.0.3 source ftpdataio.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 425,
        pattern: "Use PORT or PASV first.",
        cause: "A transfer or listing command came before any PORT/EPRT or PASV/EPSV set up a data connection, or the previous setup failed.",
        fix: "Let the client send PASV/EPSV (passive mode) or PORT before LIST/RETR/STOR; check that pasv_enable=YES or port_enable=YES in vsftpd.conf.",
        source: "vsftpd 3.0.3 source postlogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 425,
        pattern: "Unable to build data connection: Operation not permitted",
        cause: "With FTPS, mod_tls refused the data connection because the client did not reuse the control connection's TLS session (TLSLog: client did not reuse SSL session).",
        fix: "Use a client that reuses TLS sessions, or add TLSOptions NoSessionReuseRequired to the mod_tls configuration.",
        source: "proftpd/proftpd src/data.c (message) + doc/contrib/mod_tls.html FAQ (session reuse cause)",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 425,
        pattern: "Unable to build data connection: *",
        cause: "The data connection could not be made; the text after the colon is the system error (e.g. Connection timed out, Connection refused). Usually passive ports blocked by a firewall or a wrong address advertised behind NAT.",
        fix: "Set PassivePorts to a range and open it in the firewall, and set MasqueradeAddress to the public address when the server is behind NAT.",
        source: "proftpd/proftpd src/data.c",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 425,
        pattern: "Sorry, invalid address given",
        cause: "Pure-FTPd rejected the address of the connection as not usable (for example an unspecified or otherwise invalid address), which happens with odd NAT/proxy setups.",
        fix: "Make clients connect to a real routable address of the server; behind NAT set -P / ForcePassiveIP to the public address and -p / PassivePortRange to an open range.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 425,
        pattern: "Could not open data connection to port *: *",
        cause: "In active mode the server could not connect to the client's PORT address; the suffix is the system error.",
        fix: "Use passive mode in the client; open -p / PassivePortRange in the firewall and set -P / ForcePassiveIP behind NAT.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 425,
        pattern: "No data connection",
        cause: "A transfer command arrived without a prior PORT/PASV that produced a data socket.",
        fix: "Make the client send PASV/EPSV or PORT before LIST/RETR/STOR; check -p / PassivePortRange is open in the firewall.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 425,
        pattern: "Can't open data connection for transfer of \"*\"",
        cause: "The data connection was never established, usually because passive ports are blocked or the advertised passive IP is wrong behind NAT (0.9.x).",
        fix: "In Passive mode settings enable 'Use custom port range', open that range in the firewall/router, and set the external IP address ('Use the following IP').",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 425,
        pattern: "Rejected data connection for transfer of \"*\", IP addresses of control and data connection do not match",
        cause: "The data connection came from a different IP than the control connection, which FileZilla Server rejects by default (0.9.x).",
        fix: "Connect so both channels use the same address; only if needed disable the data/control IP match check in the security settings.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 425,
        pattern: "Unable to build data connection: *",
        cause: "The data connection failed to come up; the suffix is the socket error (1.x).",
        fix: "Under Passive mode settings use a custom port range, open it in the firewall, and set the public host/IP for passive mode when behind NAT.",
        source: "FileZilla Server 1.x src/filezilla/ftp/commander.cpp (GitHub mirror iynaix/filezilla-server)",
    },
    ServerMessage {
        server: "pyftpdlib",
        code: 425,
        pattern: "Rejected data connection from foreign address *.",
        cause: "A connection to the passive port came from an address other than the client's (FXP or NAT).",
        fix: "Use the same address for both channels, or set FTPHandler.permit_foreign_addresses = True.",
        source: "pyftpdlib 2.2.0 (PyPI sdist) pyftpdlib/handlers/ftp/dispatchers.py",
    },
    ServerMessage {
        server: "pyftpdlib",
        code: 425,
        pattern: "Can't connect to specified address.",
        cause: "In active mode the server could not connect back to the client's PORT address.",
        fix: "Use passive mode in the client and open FTPHandler.passive_ports in the firewall.",
        source: "pyftpdlib 2.2.0 (PyPI sdist) pyftpdlib/handlers/ftp/dispatchers.py",
    },
    ServerMessage {
        server: "vsftpd",
        code: 426,
        pattern: "Failure writing network stream.",
        cause: "The data connection broke while vsftpd was sending, e.g. the client aborted or a firewall cut the connection.",
        fix: "Retry the transfer; check data_connection_timeout and firewall idle timeouts between client and server.",
        source: "vsftpd 3.0.3 source postlogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 450,
        pattern: "TLS session of data connection has not resumed or the session does not match the control connection",
        cause: "The client opened the TLS data connection without resuming the control connection's TLS session (0.9.x).",
        fix: "Use a client that supports TLS session resumption; the server requires it by design.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 451,
        pattern: "Failure writing to local file.",
        cause: "vsftpd could not write the uploaded data to disk, typically because the disk or the user's quota is full.",
        fix: "Free disk space or raise the user's filesystem quota on the server, then upload again.",
        source: "vsftpd 3.0.3 source postlogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 451,
        pattern: "*: Append/Restart not permitted, try again",
        cause: "The client tried to resume (REST) or append (APPE) an upload to an existing file, which ProFTPD refuses by default.",
        fix: "Add AllowStoreRestart on to proftpd.conf (and AllowOverwrite on if needed), or upload the whole file again.",
        source: "proftpd/proftpd modules/mod_xfer.c",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "Illegal PORT command.",
        cause: "The PORT argument was malformed or named an address other than the client's, which vsftpd refuses unless port_promiscuous is on; NAT rewriting the PORT address causes this.",
        fix: "Use passive mode in the client (pasv_enable=YES with pasv_min_port/pasv_max_port open); only for trusted setups set port_promiscuous=YES in vsftpd.conf.",
        source: "vsftpd 3.0.3 source postlogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "OOPS: vsftpd: refusing to run with writable root inside chroot()",
        cause: "The user is chrooted (chroot_local_user=YES or chroot_list) and the chroot directory is writable by that user, which vsftpd 2.3.5+ refuses for security.",
        fix: "Set allow_writeable_chroot=YES in vsftpd.conf, or make the chroot directory non-writable (chmod a-w) and put uploads in a subdirectory.",
        source: "vsftpd 3.0.3 source secutil.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "OOPS: cannot change directory:*",
        cause: "After login vsftpd could not chdir into the user's home or local_root/anon_root: it does not exist, lacks execute permission, or SELinux blocks it.",
        fix: "Create the directory or fix local_root/anon_root in vsftpd.conf, give it execute permission (chmod a+x), and on SELinux run setsebool -P ftp_home_dir on (or ftpd_full_access on).",
        source: "vsftpd 3.0.3 source secutil.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "OOPS: priv_sock_get_cmd",
        cause: "The privileged helper process died, most often because the seccomp sandbox of vsftpd 3.x killed it on a newer kernel or glibc.",
        fix: "Add seccomp_sandbox=NO to vsftpd.conf and restart vsftpd.",
        source: "vsftpd 3.0.3 source privsock.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "OOPS: child died",
        cause: "The unprivileged session child crashed or was killed (often by the seccomp sandbox or by PAM/NSS failures), so the parent aborted the login.",
        fix: "Add seccomp_sandbox=NO to vsftpd.conf, and check pam_service_name and the system log for the actual crash.",
        source: "vsftpd 3.0.3 source twoprocess.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "OOPS: vsf_sysutil_bind",
        cause: "vsftpd could not bind a socket, typically the passive data socket: the pasv_min_port..pasv_max_port range is unusable or exhausted, or pasv_address/listen_address is not an address of this host.",
        fix: "Check pasv_min_port and pasv_max_port (a free range above 1024) and listen_address in vsftpd.conf; pasv_address only changes the address advertised, not the one bound.",
        source: "vsftpd 3.0.3 source privops.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "OOPS: run two copies of vsftpd for IPv4 and IPv6",
        cause: "Both listen=YES and listen_ipv6=YES are set, which one vsftpd process cannot do.",
        fix: "Set only one of them: listen=NO with listen_ipv6=YES (which also accepts IPv4 on most systems), or listen=YES with listen_ipv6=NO.",
        source: "vsftpd 3.0.3 source standalone.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "OOPS: could not bind listening IPv4 socket",
        cause: "The standalone listener could not bind port 21 (listen_port) because another FTP server or inetd/xinetd already holds it.",
        fix: "Stop the other service using the port (or the inetd entry), or change listen_port/listen_address in vsftpd.conf.",
        source: "vsftpd 3.0.3 source standalone.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "OOPS: vsftpd: not found: directory given in 'secure_chroot_dir':*",
        cause: "The empty directory vsftpd chroots into for unprivileged work (secure_chroot_dir, default /var/run/vsftpd/empty) does not exist.",
        fix: "Create the directory (mkdir -p /var/run/vsftpd/empty, owned by root, not writable) or point secure_chroot_dir in vsftpd.conf at an existing empty directory.",
        source: "vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "OOPS: config file not owned by correct user, or not a file",
        cause: "vsftpd refuses a configuration file that is not owned by root (or the running user) or is not a regular file.",
        fix: "chown root:root /etc/vsftpd.conf (or the file given on the command line) and make sure it is a regular file.",
        source: "vsftpd 3.0.3 source parseconf.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "OOPS: unrecognised variable in config file: *",
        cause: "vsftpd.conf contains an option this vsftpd version does not know (misspelt, or from a newer or patched build).",
        fix: "Fix or remove the named option in vsftpd.conf; check vsftpd.conf(5) for the options your version supports.",
        source: "vsftpd 3.0.3 source parseconf.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "OOPS: cannot locate user entry:*",
        cause: "A user named in the config (nopriv_user, ftp_username, guest_username) does not exist on the system.",
        fix: "Create the account or set nopriv_user/ftp_username/guest_username in vsftpd.conf to an existing user.",
        source: "vsftpd 3.0.3 source secutil.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 500,
        pattern: "OOPS: SSL: cannot load RSA certificate",
        cause: "ssl_enable=YES but the file in rsa_cert_file is missing or unreadable.",
        fix: "Point rsa_cert_file (and rsa_private_key_file) in vsftpd.conf at a readable PEM certificate and key.",
        source: "vsftpd 3.0.3 source ssl.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 500,
        pattern: "I won't open a connection to * (only to *)",
        cause: "The PORT address differs from the client's address (FXP or NAT rewrite) and FXP is not allowed.",
        fix: "Use passive mode; to allow site-to-site transfers start pure-ftpd with -w / AllowUserFXP yes (or -W / AllowAnonymousFXP).",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 501,
        pattern: "Illegal PORT command",
        cause: "The PORT argument was malformed or named a bad address/port (for example 0.0.0.0 or a port below 1024).",
        fix: "Use passive mode in the client; fix client NAT/ALG rewriting of PORT.",
        source: "proftpd/proftpd modules/mod_core.c",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 501,
        pattern: "Sorry, but I won't connect to ports < 1024",
        cause: "The client's PORT named a privileged port, which Pure-FTPd refuses.",
        fix: "Fix the client or NAT device so PORT uses a port above 1023, or use passive mode.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "pyftpdlib",
        code: 501,
        pattern: "Rejected data connection to foreign address *.",
        cause: "The PORT/EPRT address differs from the client's address and foreign addresses are not permitted.",
        fix: "Use passive mode, or set FTPHandler.permit_foreign_addresses = True.",
        source: "pyftpdlib 2.2.0 (PyPI sdist) pyftpdlib/handlers/ftp/control.py",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 503,
        pattern: "Use AUTH first.",
        cause: "The server requires explicit FTP over TLS before USER (1.x), and the client sent USER in plain text.",
        fix: "Connect with explicit FTPS (AUTH TLS), or change the listener's security mode from 'Require explicit FTP over TLS' to allow plain FTP.",
        source: "FileZilla Server 1.x src/filezilla/ftp/commander.cpp (GitHub mirror iynaix/filezilla-server)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 521,
        pattern: "Data connections must be encrypted.",
        cause: "The session is on TLS and force_local_data_ssl (or force_anon_data_ssl) is set, but the client asked for a clear data channel (PROT C).",
        fix: "Make the client use PROT P (FTPS with encrypted data), or set force_local_data_ssl=NO in vsftpd.conf.",
        source: "vsftpd 3.0.3 source postlogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 521,
        pattern: "PROT P required",
        cause: "'Force PROT P to encrypt file transfers' is on and the client tried a transfer with a clear data channel (0.9.x).",
        fix: "Have the client send PROT P, or untick 'Force PROT P to encrypt file transfers in SSL/TLS mode' in the FTP over TLS settings.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 522,
        pattern: "SSL connection failed: session reuse required",
        cause: "require_ssl_reuse=YES (the default with ssl_enable) and the client opened the TLS data connection without reusing the control connection's TLS session.",
        fix: "Use a client that reuses TLS sessions, or set require_ssl_reuse=NO in vsftpd.conf.",
        source: "vsftpd 3.0.3 source ftpdataio.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 530,
        pattern: "Login incorrect.",
        cause: "The password was wrong, PAM refused the user (e.g. shell not in /etc/shells, listed in /etc/ftpusers), or the account is not allowed.",
        fix: "Check the credentials, pam_service_name and the PAM file (/etc/pam.d/vsftpd), and that the user is not in /etc/ftpusers and has a valid shell.",
        source: "vsftpd 3.0.3 source prelogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 530,
        pattern: "Permission denied.",
        cause: "USER was refused by the user list: with userlist_enable=YES the name is in userlist_file (or, with userlist_deny=NO, missing from it).",
        fix: "Edit userlist_file (default /etc/vsftpd.user_list) or change userlist_enable/userlist_deny in vsftpd.conf.",
        source: "vsftpd 3.0.3 source prelogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 530,
        pattern: "This FTP server is anonymous only.",
        cause: "local_enable=NO, so only the anonymous/ftp user may log in.",
        fix: "Set local_enable=YES in vsftpd.conf to allow local users.",
        source: "vsftpd 3.0.3 source prelogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 530,
        pattern: "Non-anonymous sessions must use encryption.",
        cause: "force_local_logins_ssl=YES (the default once ssl_enable=YES) and the client sent USER/PASS without AUTH TLS.",
        fix: "Connect with explicit FTPS (AUTH TLS), or set force_local_logins_ssl=NO in vsftpd.conf.",
        source: "vsftpd 3.0.3 source prelogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 530,
        pattern: "Anonymous sessions may not use encryption.",
        cause: "The client started TLS for an anonymous login but allow_anon_ssl=NO.",
        fix: "Log in anonymously without TLS, or set allow_anon_ssl=YES in vsftpd.conf.",
        source: "vsftpd 3.0.3 source prelogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 530,
        pattern: "Please login with USER and PASS.",
        cause: "A command other than USER/PASS/QUIT was sent before login.",
        fix: "Log in first; if the client did log in, check the earlier USER/PASS replies for the real failure.",
        source: "vsftpd 3.0.3 source prelogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 530,
        pattern: "Login incorrect.",
        cause: "Authentication failed: wrong password, unknown user, a shell not in /etc/shells (RequireValidShell), or the user is denied by <Limit LOGIN>/ftpusers.",
        fix: "Check the credentials; for valid users check RequireValidShell, UseFtpUsers and <Limit LOGIN> in proftpd.conf, and the auth modules order (AuthOrder).",
        source: "proftpd/proftpd modules/mod_auth.c",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 530,
        pattern: "Sorry, the maximum number of clients (*) from your host are already connected.",
        cause: "The client's address already has MaxClientsPerHost sessions.",
        fix: "Raise MaxClientsPerHost in proftpd.conf, or reduce the client's parallel connections.",
        source: "proftpd/proftpd modules/mod_auth.c",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 530,
        pattern: "Sorry, the maximum number of allowed clients (*) are already connected.",
        cause: "The server (or vhost) already has MaxClients logged-in sessions.",
        fix: "Raise MaxClients in proftpd.conf, or lower TimeoutIdle so stale sessions end sooner.",
        source: "proftpd/proftpd modules/mod_auth.c",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 530,
        pattern: "Sorry, the maximum number of clients (*) for this user are already connected.",
        cause: "This account already has MaxClientsPerUser sessions.",
        fix: "Raise MaxClientsPerUser in proftpd.conf, or reduce parallel connections for that account.",
        source: "proftpd/proftpd modules/mod_auth.c",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 530,
        pattern: "Login authentication failed",
        cause: "The password was wrong or the user is unknown to the configured auth backends (unix, PAM, PureDB, SQL, LDAP).",
        fix: "Check credentials and the -l / login backends; for virtual users run pure-pw mkdb and point -l puredb: at the .pdb file.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 530,
        pattern: "This is a private system - No anonymous login",
        cause: "Anonymous login is disabled (-E / NoAnonymous yes).",
        fix: "Log in with a real account, or drop -E / set NoAnonymous no to allow anonymous FTP.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 530,
        pattern: "Login or password incorrect!",
        cause: "The user does not exist, the password is wrong, or the user is disabled (0.9.x).",
        fix: "Check the account and password in the Users dialog (Enable account, Password).",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 530,
        pattern: "Login incorrect.",
        cause: "The user name or password is wrong, or the user is not allowed to log in (1.x).",
        fix: "Check the user and its credentials in the server administration interface.",
        source: "FileZilla Server 1.x src/filezilla/ftp/commander.cpp (GitHub mirror iynaix/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 530,
        pattern: "This server does not allow plain FTP. You have to use FTP over TLS.",
        cause: "'Disallow plain unencrypted FTP' is on (0.9.x) and the client sent USER without AUTH TLS.",
        fix: "Connect with explicit FTPS (AUTH TLS), or untick 'Disallow plain unencrypted FTP' in the FTP over TLS settings.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 530,
        pattern: "TLS required",
        cause: "The user account has 'Force SSL for user login' enabled (0.9.x) and logged in without TLS.",
        fix: "Connect with FTPS, or untick 'Force SSL for user login' for that user in the Users dialog.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "IIS",
        code: 530,
        pattern: "User cannot log in, home directory inaccessible.",
        cause: "FTP User Isolation is on and the user's home directory (e.g. LocalUser\\<user> or <domain>\\<user> under the site root) is missing or not readable by the user.",
        fix: "Create the user's directory under the FTP root as FTP User Isolation expects (LocalUser\\<name>, <DOMAIN>\\<name>, or LocalUser\\Public for anonymous) and grant the user NTFS read access, or change FTP User Isolation mode.",
        source: "Microsoft Learn: FTP status codes in IIS 7.0 and later versions (KB 969061); reply text as sent by Microsoft FTP Service (IIS 7.5-10)",
    },
    ServerMessage {
        server: "IIS",
        code: 530,
        pattern: "User cannot log in.",
        cause: "Authentication failed: wrong password, Basic Authentication not enabled, or no FTP Authorization Rule allows the user.",
        fix: "Enable Basic (or Anonymous) in FTP Authentication, add an Allow rule in FTP Authorization Rules for the user, and check the password; the FTP log substatus tells the exact reason.",
        source: "Microsoft Learn: FTP status codes in IIS 7.0 and later versions (KB 969061); reply text as sent by Microsoft FTP Service (IIS 7.5-10)",
    },
    ServerMessage {
        server: "pyftpdlib",
        code: 530,
        pattern: "Authentication failed.",
        cause: "The user or password is wrong for the configured authorizer.",
        fix: "Check the credentials in the authorizer (e.g. DummyAuthorizer.add_user).",
        source: "pyftpdlib 2.2.0 (PyPI sdist) pyftpdlib/authorizers.py / handlers/ftp/control.py",
    },
    ServerMessage {
        server: "pyftpdlib",
        code: 530,
        pattern: "Anonymous access not allowed.",
        cause: "An anonymous login was attempted but no anonymous user is configured.",
        fix: "Call authorizer.add_anonymous(homedir) to allow anonymous login.",
        source: "pyftpdlib 2.2.0 (PyPI sdist) pyftpdlib/handlers/ftp/control.py",
    },
    ServerMessage {
        server: "IIS",
        code: 534,
        pattern: "Policy requires SSL.",
        cause: "FTP SSL Settings require SSL (controlChannelPolicy or dataChannelPolicy SslRequire) and the client logged in or transferred without TLS.",
        fix: "Connect with explicit FTPS (AUTH TLS and PROT P), or in FTP SSL Settings choose 'Allow SSL connections' instead of 'Require SSL connections'.",
        source: "Microsoft Learn: FTP over SSL <ssl> element (controlChannelPolicy/dataChannelPolicy); reply text as sent by Microsoft FTP Service",
    },
    ServerMessage {
        server: "vsftpd",
        code: 550,
        pattern: "Permission denied.",
        cause: "A write command (STOR, MKD, DELE, RNFR...) was refused because write_enable=NO, or for anonymous users the matching anon_* option is off.",
        fix: "Set write_enable=YES in vsftpd.conf; for anonymous uploads also anon_upload_enable=YES and anon_mkdir_write_enable=YES.",
        source: "vsftpd 3.0.3 source postlogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 550,
        pattern: "Failed to change directory.",
        cause: "CWD failed: the directory does not exist, lacks execute permission for the user, or is outside the chroot.",
        fix: "Check the path and its permissions (chmod +x on every directory in the path) for the logged-in user.",
        source: "vsftpd 3.0.3 source postlogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 550,
        pattern: "Failed to open file.",
        cause: "RETR could not open the file: it does not exist, is not a regular file, is unreadable, or anon_world_readable_only hides it from anonymous users.",
        fix: "Check the file name and permissions; for anonymous downloads make the file world-readable or set anon_world_readable_only=NO.",
        source: "vsftpd 3.0.3 source postlogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 550,
        pattern: "Create directory operation failed.",
        cause: "MKD failed on the filesystem: the directory exists already or the parent is not writable by the user.",
        fix: "Make the parent directory writable by the FTP user (check local_umask/ownership) and make sure the name is not taken.",
        source: "vsftpd 3.0.3 source postlogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 550,
        pattern: "SSL/TLS required on the control channel",
        cause: "TLSRequired is on (or ctrl) and the client sent USER/PASS without AUTH TLS.",
        fix: "Connect with explicit FTPS (AUTH TLS), or relax TLSRequired in the mod_tls configuration (e.g. TLSRequired off).",
        source: "proftpd/proftpd contrib/mod_tls.c (reply seen from ProFTPD servers; same text in tests/t/lib/ProFTPD/Tests/Modules/mod_tls.pm)",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 550,
        pattern: "SSL/TLS required on the data channel",
        cause: "TLSRequired covers the data channel (on or data) but the client did not send PROT P before the transfer.",
        fix: "Have the client use PROT P (encrypted data), or set TLSRequired ctrl in the mod_tls configuration.",
        source: "proftpd/proftpd contrib/mod_tls.c; expected reply in tests/t/lib/ProFTPD/Tests/Modules/mod_tls.pm",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 550,
        pattern: "*: Overwrite permission denied",
        cause: "The upload targets an existing file and AllowOverwrite is off for that directory.",
        fix: "Add AllowOverwrite on to the relevant <Directory> (or server) context in proftpd.conf, or delete the file first.",
        source: "proftpd/proftpd modules/mod_xfer.c",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 550,
        pattern: "*: Permission denied",
        cause: "The filesystem refused the operation (EACCES) or a <Limit> block (e.g. <Limit WRITE> DenyAll) denies the command for this path.",
        fix: "Fix ownership/permissions of the path for the FTP user, or allow the command in the matching <Directory> <Limit WRITE>/<Limit STOR> block.",
        source: "proftpd/proftpd modules/mod_xfer.c, modules/mod_core.c (\"%s: %s\" with strerror)",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 550,
        pattern: "*: No such file or directory",
        cause: "The file or directory named does not exist relative to the current directory (inside the DefaultRoot chroot if one is set).",
        fix: "Check the path; remember DefaultRoot ~ makes the home directory appear as /.",
        source: "proftpd/proftpd modules/mod_xfer.c, modules/mod_core.c (\"%s: %s\" with strerror)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 550,
        pattern: "Can't open *: *",
        cause: "RETR could not open the file; the suffix is the system error (e.g. No such file or directory, Permission denied).",
        fix: "Check the path and read permission of the file for the logged-in (or virtual) user.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 550,
        pattern: "Can't change directory to *: *",
        cause: "CWD failed; the suffix is the system error.",
        fix: "Check the directory exists and has execute permission for the user, and that it is inside the chroot.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 550,
        pattern: "Anonymous users may not overwrite existing files",
        cause: "An anonymous upload targeted an existing file.",
        fix: "Upload under a new name; anonymous users cannot resume or overwrite while -i / AnonymousCantUpload is set, so set AnonymousCantUpload no if that is wanted.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 550,
        pattern: "Sorry, anonymous users are not allowed to create directories",
        cause: "An anonymous user sent MKD and anonymous directory creation is off.",
        fix: "Start pure-ftpd with -M / AnonymousCanCreateDirs yes.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 550,
        pattern: "Permission denied",
        cause: "The user's shared-folder permissions do not allow this operation (read, write, delete, create) (0.9.x; 1.x sends the same text).",
        fix: "In the Users dialog, Shared folders, enable the needed file/directory permissions (Read, Write, Delete, Append, Create) for that folder.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 550,
        pattern: "File not found",
        cause: "The file is not in the user's virtual file system (0.9.x).",
        fix: "Check the path relative to the user's home directory and shared folders.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 550,
        pattern: "Couldn't open the file",
        cause: "The file could not be opened through the server's virtual file system, e.g. it does not exist or is locked (1.x).",
        fix: "Check the path and mount points of the user; check the file is not locked by another process.",
        source: "FileZilla Server 1.x src/filezilla/strresult.cpp (GitHub mirror iynaix/filezilla-server)",
    },
    ServerMessage {
        server: "FileZilla Server",
        code: 550,
        pattern: "Home directory does not exist",
        cause: "The user's home directory configured in Shared folders does not exist on disk (0.9.x).",
        fix: "Create the directory or fix the home directory path in the Users dialog.",
        source: "FileZilla Server 0.9.x source/ControlSocket.cpp (GitHub mirror, e.g. zedfoxus/filezilla-server)",
    },
    ServerMessage {
        server: "IIS",
        code: 550,
        pattern: "Access is denied.",
        cause: "The operation was refused by FTP Authorization Rules (no Write permission) or by NTFS permissions on the folder.",
        fix: "Grant Read/Write in FTP Authorization Rules for that user or group, and give the account NTFS modify rights on the folder.",
        source: "Microsoft Learn: System Error Codes (ERROR_ACCESS_DENIED text, which IIS FTP returns after 550); FTP authorization rules troubleshooting (KB 4294477)",
    },
    ServerMessage {
        server: "IIS",
        code: 550,
        pattern: "The system cannot find the file specified.",
        cause: "The requested file (or directory) does not exist in the FTP site or the user's isolated home.",
        fix: "Check the path; with FTP User Isolation the user's root is their own directory, not the site root.",
        source: "Microsoft Learn: System Error Codes (ERROR_FILE_NOT_FOUND text returned after 550)",
    },
    ServerMessage {
        server: "IIS",
        code: 550,
        pattern: "The system cannot find the path specified.",
        cause: "A directory in the given path does not exist.",
        fix: "Check the path and create the missing directories.",
        source: "Microsoft Learn: System Error Codes (ERROR_PATH_NOT_FOUND text returned after 550)",
    },
    ServerMessage {
        server: "IIS",
        code: 550,
        pattern: "The process cannot access the file because it is being used by another process.",
        cause: "The file is locked by another process (another upload, an application, antivirus) so IIS cannot open, overwrite or delete it.",
        fix: "Stop the process holding the file (e.g. recycle the app pool or wait for the other transfer), then retry.",
        source: "Microsoft Learn: System Error Codes (ERROR_SHARING_VIOLATION text returned after 550)",
    },
    ServerMessage {
        server: "IIS",
        code: 550,
        pattern: "The directory is not empty.",
        cause: "RMD was sent for a directory that still contains files.",
        fix: "Delete the directory's contents first (the client must recurse), then remove it.",
        source: "Microsoft Learn: System Error Codes (ERROR_DIR_NOT_EMPTY text returned after 550)",
    },
    ServerMessage {
        server: "pyftpdlib",
        code: 550,
        pattern: "Not enough privileges.",
        cause: "The user's permission string (perm) lacks the letter needed for this command (e.g. w for STOR, m for MKD, d for DELE).",
        fix: "Give the user the needed permissions, e.g. perm='elradfmwMT' in authorizer.add_user.",
        source: "pyftpdlib 2.2.0 (PyPI sdist) pyftpdlib/handlers/ftp/control.py",
    },
    ServerMessage {
        server: "pyftpdlib",
        code: 550,
        pattern: "SSL/TLS required on the control channel.",
        cause: "TLS_FTPHandler.tls_control_required is True and the client sent USER/PASS without AUTH TLS.",
        fix: "Connect with explicit FTPS, or set tls_control_required = False.",
        source: "pyftpdlib 2.2.0 (PyPI sdist) pyftpdlib/handlers/ftps/control.py",
    },
    ServerMessage {
        server: "pyftpdlib",
        code: 550,
        pattern: "SSL/TLS required on the data channel.",
        cause: "TLS_FTPHandler.tls_data_required is True and the client did not send PROT P before PASV/PORT.",
        fix: "Have the client send PROT P, or set tls_data_required = False.",
        source: "pyftpdlib 2.2.0 (PyPI sdist) pyftpdlib/handlers/ftps/control.py",
    },
    ServerMessage {
        server: "ProFTPD",
        code: 552,
        pattern: "STOR: notice: quota reached: used * of *",
        cause: "mod_quotatab found that the upload limit (bytes or files) in the quota tables is reached.",
        fix: "Raise the user's limit in QuotaLimitTable (ftpquota --add-record or SQL), or delete files; QuotaEngine off disables quotas.",
        source: "proftpd/proftpd contrib/mod_quotatab.c; expected reply in tests/t/lib/ProFTPD/Tests/Modules/mod_quotatab_file.pm",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 552,
        pattern: "Quota exceeded: [*] won't be saved",
        cause: "The upload pushed the user past the -n / Quota files:size limit (or a virtual user's quota), so the file was removed.",
        fix: "Raise the quota (-n / Quota, or pure-pw usermod -n/-N for virtual users) or free space; run pure-quotacheck if the count is stale.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 552,
        pattern: "Disk full - please upload later",
        cause: "The partition is fuller than -k / MaxDiskUsage percent, so uploads are refused.",
        fix: "Free disk space or raise -k / MaxDiskUsage in pure-ftpd.conf.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "vsftpd",
        code: 553,
        pattern: "Could not create file.",
        cause: "STOR could not create the file: the directory is not writable by the user, the name is invalid, or anon uploads go to a non-writable directory.",
        fix: "Give the FTP user write permission on the target directory (chown/chmod) and check write_enable=YES and local_umask in vsftpd.conf.",
        source: "vsftpd 3.0.3 source postlogin.c; text confirmed in vsftpd 3.0.3 binary strings (Debian 12 package vsftpd_3.0.3-13)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 553,
        pattern: "Can't open that file: *",
        cause: "STOR could not create the file; the suffix is the system error, usually Permission denied.",
        fix: "Give the (virtual) user's system uid write permission on the target directory.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
    ServerMessage {
        server: "Pure-FTPd",
        code: 553,
        pattern: "Prohibited file name: *",
        cause: "The name is refused, typically a dot-file, when dot files are not allowed.",
        fix: "Use another name, or allow dot-files with -z / AllowDotFiles yes.",
        source: "jedisct1/pure-ftpd src/messages_en.h (text) + src/ftpd.c (reply code)",
    },
];

/// Whether any server message has this code: `scan` keeps a reply's text only then.
pub fn has_code(code: u16) -> bool {
    static CODES: LazyLock<[bool; 1000]> = LazyLock::new(|| {
        let mut codes = [false; 1000];
        for m in MESSAGES {
            codes[usize::from(m.code) % 1000] = true;
        }
        codes
    });
    CODES.get(usize::from(code)).copied().unwrap_or(false)
}

/// Every server message a reply matches: same code, pattern matching its first line.
/// Servers share some texts ("530 Login incorrect." is vsftpd's and ProFTPD's).
pub fn find_all(code: u16, text: &str) -> impl Iterator<Item = &'static ServerMessage> + '_ {
    let first_line = text.lines().next().unwrap_or("").trim_end();
    let from = MESSAGES.partition_point(|m| m.code < code);
    MESSAGES[from..]
        .iter()
        .take_while(move |m| m.code == code)
        .filter(move |m| glob(m.pattern.as_bytes(), first_line.as_bytes()))
}

/// The server message a reply matches. When the server is known (a log's greeting names
/// it), only its own messages count: another server's words would mislead. Otherwise the
/// first in table order.
pub fn find(code: u16, text: &str, server: Option<&str>) -> Option<&'static ServerMessage> {
    find_all(code, text).find(|m| server.is_none_or(|s| s == m.server))
}

/// The server a greeting (220) names, as the table spells it.
pub fn server_in_greeting(text: &str) -> Option<&'static str> {
    const NAMES: &[(&str, &str)] = &[
        ("vsFTPd", "vsftpd"),
        ("ProFTPD", "ProFTPD"),
        ("Pure-FTPd", "Pure-FTPd"),
        ("FileZilla Server", "FileZilla Server"),
        ("Microsoft FTP Service", "IIS"),
        ("pyftpdlib", "pyftpdlib"),
    ];
    NAMES
        .iter()
        .find(|(needle, _)| text.contains(needle))
        .map(|(_, name)| *name)
}

/// Matches `text` against `pattern`, where `*` stands for any run of bytes (even none).
/// Iterative, with one backtrack point: linear for patterns like these.
fn glob(pattern: &[u8], text: &[u8]) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some(b'*') => {
                star = Some((p, t));
                p += 1;
            }
            Some(&c) if c == text[t] => {
                p += 1;
                t += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    p = sp + 1;
                    t = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|&c| c == b'*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globbing() {
        assert!(glob(
            b"Can't open *: No such file",
            b"Can't open a.txt: No such file"
        ));
        assert!(glob(b"*", b""));
        assert!(glob(b"a*b*c", b"axxbyyc"));
        assert!(!glob(b"a*b*c", b"axxbyy"));
        assert!(!glob(b"Login incorrect.", b"Login incorrect. "));
        assert!(glob(
            b"Too many connections (*) from this IP",
            b"Too many connections (8) from this IP"
        ));
    }

    #[test]
    fn real_texts_find_their_server() {
        for (code, text, server) in [
            (
                500,
                "OOPS: vsftpd: refusing to run with writable root inside chroot()",
                "vsftpd",
            ),
            (
                421,
                "There are too many connected users, please try later.",
                "vsftpd",
            ),
            (550, "missing-404.txt: No such file or directory", "ProFTPD"),
        ] {
            let m = find(code, text, None).unwrap_or_else(|| panic!("{code} {text}"));
            assert_eq!(m.server, server, "{code} {text}");
        }
        // A shared text goes to the server the log's greeting named.
        let shared: Vec<_> = find_all(530, "Login incorrect.")
            .map(|m| m.server)
            .collect();
        assert!(shared.len() >= 2, "{shared:?}");
        assert_eq!(
            find(530, "Login incorrect.", Some(shared[1])).map(|m| m.server),
            Some(shared[1])
        );
        assert_eq!(
            server_in_greeting("ProFTPD 1.3.8 Server (Debian) [::ffff:127.0.0.1]"),
            Some("ProFTPD")
        );
        assert!(find(550, "something no server says", None).is_none());
    }

    #[test]
    fn six_servers_sixty_messages() {
        let mut servers: Vec<&str> = MESSAGES.iter().map(|m| m.server).collect();
        servers.sort_unstable();
        servers.dedup();
        assert!(
            MESSAGES.len() >= 60 && servers.len() >= 6,
            "{} messages, {servers:?}",
            MESSAGES.len()
        );
    }

    #[test]
    fn table_is_sorted_sourced_and_filled() {
        assert!(
            MESSAGES.windows(2).all(|w| w[0].code <= w[1].code),
            "MESSAGES must be sorted by code"
        );
        for m in MESSAGES {
            for (name, v) in [
                ("server", m.server),
                ("pattern", m.pattern),
                ("cause", m.cause),
                ("fix", m.fix),
                ("source", m.source),
            ] {
                assert!(
                    !v.trim().is_empty(),
                    "{} {}: {name} is empty",
                    m.code,
                    m.pattern
                );
            }
            assert!(
                crate::table::lookup(m.code).is_some() || m.code >= 100,
                "{}",
                m.code
            );
        }
    }
}
