# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ftpcode_global_optspecs
    string join \n color= width= paging= j/json= h/help V/version
end

function __fish_ftpcode_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ftpcode_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ftpcode_using_subcommand
    set -l cmd (__fish_ftpcode_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ftpcode -n "__fish_ftpcode_needs_command" -l color -d 'Colour: auto (terminal, no NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_needs_command" -l width -d 'Lay text out for N columns (default: the terminal\'s)' -r
complete -c ftpcode -n "__fish_ftpcode_needs_command" -l paging -d 'Page long output on a terminal: auto, always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_needs_command" -s j -l json -d 'JSON Lines instead of text (=full: with whole explanations)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_needs_command" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -s V -l version -d 'Print version'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "explain" -d 'Explain codes, reply lines, classes or client errors [default]'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "compare" -d 'Codes side by side: key differences, when a server sends which'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "list" -d 'List codes (all, 4xx, 55x), server messages or client errors'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "search" -d 'Search everything ftpcode knows, best match first'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "command" -d 'What a server may answer to a command, and what each means'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "scan" -d 'Explain every reply of a log in place, passing the log through'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "strip" -d 'Take ftpcode\'s lines out of scan output: the log back, as it was'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "completions" -d 'Print a shell\'s completion script (bash, zsh, fish, ...)'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "man" -d 'Print a man page in roff (ftpcode\'s, or a subcommand\'s)'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -l command -d 'Read the reply as the answer to this command (e.g. STOR): is it one the RFCs list?' -r -f -a "ABOR\t'Stops the previous service command and any data transfer it started.'
ACCT\t'Sends the account information some servers need for login or for storing files.'
ADAT\t'Carries base64 security data for the mechanism chosen with AUTH.'
ALLO\t'Asks the server to reserve storage space before a file is sent.'
APPE\t'Uploads a file and adds it to the end of an existing file, creating the file if needed.'
AUTH\t'Chooses a security mechanism, such as TLS, for the control connection.'
CCC\t'Switches the control connection back to plain text after a protected login.'
CDUP\t'Changes the working directory to the parent directory.'
CONF\t'Sends another FTP command wrapped in confidentiality protection.'
CWD\t'Changes the working directory on the server.'
DELE\t'Deletes a file on the server.'
ENC\t'Sends another FTP command wrapped in integrity and confidentiality (private) protection.'
EPRT\t'Tells the server an IPv4 or IPv6 address and port to connect to for the data connection.'
EPSV\t'Asks the server to listen for the data connection and reply with just the port number.'
FEAT\t'Asks the server to list the extensions it supports.'
HELP\t'Asks the server for help text, in general or about one command.'
HOST\t'Names the virtual host the client wants, before login.'
LANG\t'Chooses the language for the server\'s reply texts.'
LIST\t'Sends a human-readable listing of a directory or file over the data connection.'
LPRT\t'Tells the server a long address (any address family) and port to connect to for the data connection.'
LPSV\t'Asks the server to listen for the data connection and reply with a long address and port.'
MDTM\t'Asks for the last modification time of a file.'
MIC\t'Sends another FTP command wrapped in integrity protection.'
MKD\t'Creates a directory on the server.'
MLSD\t'Sends a machine-readable listing of a directory\'s contents over the data connection.'
MLST\t'Sends machine-readable facts about one file or directory on the control connection.'
MODE\t'Sets the transfer mode: stream, block or compressed.'
NLST\t'Sends a plain list of names in a directory over the data connection.'
NOOP\t'Does nothing except ask the server to reply OK.'
OPTS\t'Sets options for how another command will behave.'
PASS\t'Sends the user\'s password.'
PASV\t'Asks the server to listen on a port for the data connection and say which one.'
PBSZ\t'Sets the protection buffer size; with TLS it is always sent as PBSZ 0.'
PORT\t'Tells the server an IPv4 address and port to connect to for the data connection.'
PROT\t'Sets the protection level of the data connection, e.g. PROT P for TLS-encrypted transfers.'
PWD\t'Asks for the name of the current working directory.'
QUIT\t'Ends the session and closes the control connection.'
REIN\t'Logs the user out and resets the session to its state just after connecting.'
REST\t'Sets the point (a byte offset in stream mode) from which the next transfer restarts.'
RETR\t'Downloads a file from the server over the data connection.'
RMD\t'Removes a directory on the server.'
RNFR\t'Names the file or directory to be renamed; RNTO must follow.'
RNTO\t'Gives the new name for the file or directory named by RNFR.'
SITE\t'Runs a server-specific command that is not part of the standard.'
SIZE\t'Asks how many bytes a file would take to transfer in the current type and mode.'
SMNT\t'Mounts a different file system structure for the user.'
STAT\t'Asks for the server\'s status, a transfer\'s progress, or a listing on the control connection.'
STOR\t'Uploads a file to the server, replacing any file of the same name.'
STOU\t'Uploads a file under a new name that the server chooses to be unique.'
STRU\t'Sets the file structure: file, record or page.'
SYST\t'Asks for the type of operating system the server runs.'
TYPE\t'Sets the data representation type, such as ASCII (A) or binary image (I).'
USER\t'Sends the user name to start logging in.'"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -l color -d 'Colour: auto (terminal, no NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -l width -d 'Lay text out for N columns (default: the terminal\'s)' -r
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -l paging -d 'Page long output on a terminal: auto, always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -s j -l json -d 'JSON Lines instead of text (=full: with whole explanations)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -s s -l short -d 'One line per code: what it is and what to do'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -s f -l full -d 'Everything: server messages in full, commands, fixes on each side, related codes, sources'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand compare" -l color -d 'Colour: auto (terminal, no NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand compare" -l width -d 'Lay text out for N columns (default: the terminal\'s)' -r
complete -c ftpcode -n "__fish_ftpcode_using_subcommand compare" -l paging -d 'Page long output on a terminal: auto, always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand compare" -s j -l json -d 'JSON Lines instead of text (=full: with whole explanations)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand compare" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand list" -l messages -d 'List the server messages ftpcode knows, of every server or of one (vsftpd, proftpd...)' -r
complete -c ftpcode -n "__fish_ftpcode_using_subcommand list" -l client -d 'List the client errors ftpcode knows, of every client or of one (curl, filezilla...)' -r
complete -c ftpcode -n "__fish_ftpcode_using_subcommand list" -l color -d 'Colour: auto (terminal, no NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand list" -l width -d 'Lay text out for N columns (default: the terminal\'s)' -r
complete -c ftpcode -n "__fish_ftpcode_using_subcommand list" -l paging -d 'Page long output on a terminal: auto, always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand list" -s j -l json -d 'JSON Lines instead of text (=full: with whole explanations)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand list" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand search" -l color -d 'Colour: auto (terminal, no NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand search" -l width -d 'Lay text out for N columns (default: the terminal\'s)' -r
complete -c ftpcode -n "__fish_ftpcode_using_subcommand search" -l paging -d 'Page long output on a terminal: auto, always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand search" -s j -l json -d 'JSON Lines instead of text (=full: with whole explanations)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand search" -s a -l all -d 'Show every hit, not only the best ten'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand search" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand command" -l color -d 'Colour: auto (terminal, no NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand command" -l width -d 'Lay text out for N columns (default: the terminal\'s)' -r
complete -c ftpcode -n "__fish_ftpcode_using_subcommand command" -l paging -d 'Page long output on a terminal: auto, always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand command" -s j -l json -d 'JSON Lines instead of text (=full: with whole explanations)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand command" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l color -d 'Colour: auto (terminal, no NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l width -d 'Lay text out for N columns (default: the terminal\'s)' -r
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l paging -d 'Page long output on a terminal: auto, always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -s j -l json -d 'JSON Lines instead of text (=full: with whole explanations)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -s s -l summary -d 'Print a table of the replies per code instead of the log'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -s e -l errors -d 'Explain only failures (4yz and 5yz replies, client errors); the log still passes through whole'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l fail -d 'Exit with status 1 when a negative reply was found (for scripts and CI)'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -s v -l verbose -d 'The long form of each explanation: the server\'s cause and fix in full'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l show-controls -d 'Show the log\'s control characters and escape sequences visibly instead of passing them to the terminal'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l binary -d 'Pass binary files through even to a terminal'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l generic -d 'Find replies with every program-specific rule switched off (to measure the generic detection)'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand strip" -l color -d 'Colour: auto (terminal, no NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand strip" -l width -d 'Lay text out for N columns (default: the terminal\'s)' -r
complete -c ftpcode -n "__fish_ftpcode_using_subcommand strip" -l paging -d 'Page long output on a terminal: auto, always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand strip" -s j -l json -d 'JSON Lines instead of text (=full: with whole explanations)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand strip" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand completions" -l color -d 'Colour: auto (terminal, no NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand completions" -l width -d 'Lay text out for N columns (default: the terminal\'s)' -r
complete -c ftpcode -n "__fish_ftpcode_using_subcommand completions" -l paging -d 'Page long output on a terminal: auto, always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand completions" -s j -l json -d 'JSON Lines instead of text (=full: with whole explanations)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand completions" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand man" -l color -d 'Colour: auto (terminal, no NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand man" -l width -d 'Lay text out for N columns (default: the terminal\'s)' -r
complete -c ftpcode -n "__fish_ftpcode_using_subcommand man" -l paging -d 'Page long output on a terminal: auto, always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand man" -s j -l json -d 'JSON Lines instead of text (=full: with whole explanations)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand man" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip completions man help" -f -a "explain" -d 'Explain codes, reply lines, classes or client errors [default]'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip completions man help" -f -a "compare" -d 'Codes side by side: key differences, when a server sends which'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip completions man help" -f -a "list" -d 'List codes (all, 4xx, 55x), server messages or client errors'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip completions man help" -f -a "search" -d 'Search everything ftpcode knows, best match first'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip completions man help" -f -a "command" -d 'What a server may answer to a command, and what each means'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip completions man help" -f -a "scan" -d 'Explain every reply of a log in place, passing the log through'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip completions man help" -f -a "strip" -d 'Take ftpcode\'s lines out of scan output: the log back, as it was'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip completions man help" -f -a "completions" -d 'Print a shell\'s completion script (bash, zsh, fish, ...)'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip completions man help" -f -a "man" -d 'Print a man page in roff (ftpcode\'s, or a subcommand\'s)'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'

# Reply codes with their short text, from the clap definition's possible values.
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -f -a "110\t'Restart marker' 120\t'Service ready soon' 125\t'Data connection already open' 150\t'About to open data connection' 200\t'Command okay' 202\t'Command superfluous here' 211\t'System status or help' 212\t'Directory status' 213\t'File status' 214\t'Help message' 215\t'System type' 220\t'Service ready' 221\t'Closing control connection' 225\t'Data connection open, idle' 226\t'Closing data connection' 227\t'Entering passive mode' 228\t'Entering long passive mode' 229\t'Entering extended passive mode' 230\t'User logged in' 231\t'User logged out' 232\t'Logged in by security exchange' 234\t'AUTH accepted' 235\t'ADAT exchange complete' 250\t'File action completed' 257\t'Pathname created or current' 331\t'User name okay, need password' 332\t'Need account for login' 334\t'Mechanism accepted, send ADAT' 335\t'Security data accepted, more needed' 336\t'Need password, challenge given' 350\t'Pending further information' 421\t'Service not available' 425\t'Can\'t open data connection' 426\t'Transfer aborted' 430\t'Invalid username or password' 431\t'Security resource unavailable' 434\t'Requested host unavailable' 450\t'File action not taken' 451\t'Local error in processing' 452\t'Insufficient storage space' 500\t'Command unrecognized' 501\t'Syntax error in arguments' 502\t'Command not implemented' 503\t'Bad sequence of commands' 504\t'Parameter not implemented' 521\t'PROT level or address family refused' 522\t'Data TLS failed or protocol unsupported' 530\t'Not logged in' 532\t'Need account for storing' 533\t'Command protection level denied' 534\t'Denied by security policy' 535\t'Failed security check' 536\t'PROT level not supported' 537\t'Command protection unsupported' 550\t'File unavailable' 551\t'Page type unknown' 552\t'Storage allocation exceeded' 553\t'File name not allowed' 631\t'Integrity protected reply' 632\t'Private protected reply' 633\t'Confidential protected reply' 10054\t'Connection reset by peer' 10060\t'Connection timed out' 10061\t'Connection refused' 10065\t'No route to host' 10066\t'Directory not empty' 10068\t'Too many users'"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand compare" -f -a "110\t'Restart marker' 120\t'Service ready soon' 125\t'Data connection already open' 150\t'About to open data connection' 200\t'Command okay' 202\t'Command superfluous here' 211\t'System status or help' 212\t'Directory status' 213\t'File status' 214\t'Help message' 215\t'System type' 220\t'Service ready' 221\t'Closing control connection' 225\t'Data connection open, idle' 226\t'Closing data connection' 227\t'Entering passive mode' 228\t'Entering long passive mode' 229\t'Entering extended passive mode' 230\t'User logged in' 231\t'User logged out' 232\t'Logged in by security exchange' 234\t'AUTH accepted' 235\t'ADAT exchange complete' 250\t'File action completed' 257\t'Pathname created or current' 331\t'User name okay, need password' 332\t'Need account for login' 334\t'Mechanism accepted, send ADAT' 335\t'Security data accepted, more needed' 336\t'Need password, challenge given' 350\t'Pending further information' 421\t'Service not available' 425\t'Can\'t open data connection' 426\t'Transfer aborted' 430\t'Invalid username or password' 431\t'Security resource unavailable' 434\t'Requested host unavailable' 450\t'File action not taken' 451\t'Local error in processing' 452\t'Insufficient storage space' 500\t'Command unrecognized' 501\t'Syntax error in arguments' 502\t'Command not implemented' 503\t'Bad sequence of commands' 504\t'Parameter not implemented' 521\t'PROT level or address family refused' 522\t'Data TLS failed or protocol unsupported' 530\t'Not logged in' 532\t'Need account for storing' 533\t'Command protection level denied' 534\t'Denied by security policy' 535\t'Failed security check' 536\t'PROT level not supported' 537\t'Command protection unsupported' 550\t'File unavailable' 551\t'Page type unknown' 552\t'Storage allocation exceeded' 553\t'File name not allowed' 631\t'Integrity protected reply' 632\t'Private protected reply' 633\t'Confidential protected reply' 10054\t'Connection reset by peer' 10060\t'Connection timed out' 10061\t'Connection refused' 10065\t'No route to host' 10066\t'Directory not empty' 10068\t'Too many users'"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand command" -f -a "ABOR\t'Stops the previous service command and any data transfer it started.' ACCT\t'Sends the account information some servers need for login or for storing files.' ADAT\t'Carries base64 security data for the mechanism chosen with AUTH.' ALLO\t'Asks the server to reserve storage space before a file is sent.' APPE\t'Uploads a file and adds it to the end of an existing file, creating the file if needed.' AUTH\t'Chooses a security mechanism, such as TLS, for the control connection.' CCC\t'Switches the control connection back to plain text after a protected login.' CDUP\t'Changes the working directory to the parent directory.' CONF\t'Sends another FTP command wrapped in confidentiality protection.' CWD\t'Changes the working directory on the server.' DELE\t'Deletes a file on the server.' ENC\t'Sends another FTP command wrapped in integrity and confidentiality (private) protection.' EPRT\t'Tells the server an IPv4 or IPv6 address and port to connect to for the data connection.' EPSV\t'Asks the server to listen for the data connection and reply with just the port number.' FEAT\t'Asks the server to list the extensions it supports.' HELP\t'Asks the server for help text, in general or about one command.' HOST\t'Names the virtual host the client wants, before login.' LANG\t'Chooses the language for the server\'s reply texts.' LIST\t'Sends a human-readable listing of a directory or file over the data connection.' LPRT\t'Tells the server a long address (any address family) and port to connect to for the data connection.' LPSV\t'Asks the server to listen for the data connection and reply with a long address and port.' MDTM\t'Asks for the last modification time of a file.' MIC\t'Sends another FTP command wrapped in integrity protection.' MKD\t'Creates a directory on the server.' MLSD\t'Sends a machine-readable listing of a directory\'s contents over the data connection.' MLST\t'Sends machine-readable facts about one file or directory on the control connection.' MODE\t'Sets the transfer mode: stream, block or compressed.' NLST\t'Sends a plain list of names in a directory over the data connection.' NOOP\t'Does nothing except ask the server to reply OK.' OPTS\t'Sets options for how another command will behave.' PASS\t'Sends the user\'s password.' PASV\t'Asks the server to listen on a port for the data connection and say which one.' PBSZ\t'Sets the protection buffer size; with TLS it is always sent as PBSZ 0.' PORT\t'Tells the server an IPv4 address and port to connect to for the data connection.' PROT\t'Sets the protection level of the data connection, e.g. PROT P for TLS-encrypted transfers.' PWD\t'Asks for the name of the current working directory.' QUIT\t'Ends the session and closes the control connection.' REIN\t'Logs the user out and resets the session to its state just after connecting.' REST\t'Sets the point (a byte offset in stream mode) from which the next transfer restarts.' RETR\t'Downloads a file from the server over the data connection.' RMD\t'Removes a directory on the server.' RNFR\t'Names the file or directory to be renamed; RNTO must follow.' RNTO\t'Gives the new name for the file or directory named by RNFR.' SITE\t'Runs a server-specific command that is not part of the standard.' SIZE\t'Asks how many bytes a file would take to transfer in the current type and mode.' SMNT\t'Mounts a different file system structure for the user.' STAT\t'Asks for the server\'s status, a transfer\'s progress, or a listing on the control connection.' STOR\t'Uploads a file to the server, replacing any file of the same name.' STOU\t'Uploads a file under a new name that the server chooses to be unique.' STRU\t'Sets the file structure: file, record or page.' SYST\t'Asks for the type of operating system the server runs.' TYPE\t'Sets the data representation type, such as ASCII (A) or binary image (I).' USER\t'Sends the user name to start logging in.'"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand completions" -f -a "bash\t'' zsh\t'' fish\t'' elvish\t'' powershell\t''"
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "110\t'Restart marker' 120\t'Service ready soon' 125\t'Data connection already open' 150\t'About to open data connection' 200\t'Command okay' 202\t'Command superfluous here' 211\t'System status or help' 212\t'Directory status' 213\t'File status' 214\t'Help message' 215\t'System type' 220\t'Service ready' 221\t'Closing control connection' 225\t'Data connection open, idle' 226\t'Closing data connection' 227\t'Entering passive mode' 228\t'Entering long passive mode' 229\t'Entering extended passive mode' 230\t'User logged in' 231\t'User logged out' 232\t'Logged in by security exchange' 234\t'AUTH accepted' 235\t'ADAT exchange complete' 250\t'File action completed' 257\t'Pathname created or current' 331\t'User name okay, need password' 332\t'Need account for login' 334\t'Mechanism accepted, send ADAT' 335\t'Security data accepted, more needed' 336\t'Need password, challenge given' 350\t'Pending further information' 421\t'Service not available' 425\t'Can\'t open data connection' 426\t'Transfer aborted' 430\t'Invalid username or password' 431\t'Security resource unavailable' 434\t'Requested host unavailable' 450\t'File action not taken' 451\t'Local error in processing' 452\t'Insufficient storage space' 500\t'Command unrecognized' 501\t'Syntax error in arguments' 502\t'Command not implemented' 503\t'Bad sequence of commands' 504\t'Parameter not implemented' 521\t'PROT level or address family refused' 522\t'Data TLS failed or protocol unsupported' 530\t'Not logged in' 532\t'Need account for storing' 533\t'Command protection level denied' 534\t'Denied by security policy' 535\t'Failed security check' 536\t'PROT level not supported' 537\t'Command protection unsupported' 550\t'File unavailable' 551\t'Page type unknown' 552\t'Storage allocation exceeded' 553\t'File name not allowed' 631\t'Integrity protected reply' 632\t'Private protected reply' 633\t'Confidential protected reply' 10054\t'Connection reset by peer' 10060\t'Connection timed out' 10061\t'Connection refused' 10065\t'No route to host' 10066\t'Directory not empty' 10068\t'Too many users'"
