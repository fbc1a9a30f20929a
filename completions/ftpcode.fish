# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ftpcode_global_optspecs
    string join \n color= json= h/help V/version
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

complete -c ftpcode -n "__fish_ftpcode_needs_command" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_needs_command" -l json -d 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_needs_command" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -s V -l version -d 'Print version'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "explain" -d 'Explain codes, reply lines or classes [default command]'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "compare" -d 'Codes side by side: key differences, when a server sends which'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "list" -d 'List every code, or the codes matching a pattern such as 4xx or 55x'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "search" -d 'Search the knowledge, best match first (`search passive`, `search tls`)'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "command" -d 'What a server may answer to a command, and what each answer means'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "scan" -d 'Read FTP logs and explain every reply in place, passing the log through'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "strip" -d 'Take ftpcode\'s lines out of `scan` output: the log back, byte for byte'
complete -c ftpcode -n "__fish_ftpcode_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -l command -d 'Read the reply as the answer to this command (e.g. STOR): is it one the RFCs list?' -r
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -l json -d 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand compare" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand compare" -l json -d 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand compare" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand list" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand list" -l json -d 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand list" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand search" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand search" -l json -d 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand search" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand command" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand command" -l json -d 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand command" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l json -d 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l summary -d 'Print a table of the replies per code instead of the log'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l errors -d 'Explain only negative replies (4yz, 5yz, 6yz); the log still passes through whole'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l fail -d 'Exit with status 1 when a negative reply was found (for scripts and CI)'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -s v -l verbose -d 'The long form of each explanation: the server\'s cause and fix in full'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l show-controls -d 'Show the log\'s control characters and escape sequences visibly instead of passing them to the terminal'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l binary -d 'Pass binary files through even to a terminal'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -l generic -d 'Find replies with every program-specific rule switched off (to measure the generic detection)'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand scan" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand strip" -l color -d 'Colour: auto (on a terminal, unless NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand strip" -l json -d 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)' -r -f -a "compact\t''
full\t''"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand strip" -s h -l help -d 'Print help'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip help" -f -a "explain" -d 'Explain codes, reply lines or classes [default command]'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip help" -f -a "compare" -d 'Codes side by side: key differences, when a server sends which'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip help" -f -a "list" -d 'List every code, or the codes matching a pattern such as 4xx or 55x'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip help" -f -a "search" -d 'Search the knowledge, best match first (`search passive`, `search tls`)'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip help" -f -a "command" -d 'What a server may answer to a command, and what each answer means'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip help" -f -a "scan" -d 'Read FTP logs and explain every reply in place, passing the log through'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip help" -f -a "strip" -d 'Take ftpcode\'s lines out of `scan` output: the log back, byte for byte'
complete -c ftpcode -n "__fish_ftpcode_using_subcommand help; and not __fish_seen_subcommand_from explain compare list search command scan strip help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'

# Reply codes with their short text, from the clap definition's possible values.
complete -c ftpcode -n "__fish_ftpcode_using_subcommand explain" -f -a "110\t'Restart marker' 120\t'Service ready soon' 125\t'Data connection already open' 150\t'About to open data connection' 200\t'Command okay' 202\t'Command superfluous here' 211\t'System status or help' 212\t'Directory status' 213\t'File status' 214\t'Help message' 215\t'System type' 220\t'Service ready' 221\t'Closing control connection' 225\t'Data connection open, idle' 226\t'Closing data connection' 227\t'Entering passive mode' 228\t'Entering long passive mode' 229\t'Entering extended passive mode' 230\t'User logged in' 231\t'User logged out' 232\t'Logged in by security exchange' 234\t'AUTH accepted' 235\t'ADAT exchange complete' 250\t'File action completed' 257\t'Pathname created or current' 331\t'User name okay, need password' 332\t'Need account for login' 334\t'Mechanism accepted, send ADAT' 335\t'Security data accepted, more needed' 336\t'Need password, challenge given' 350\t'Pending further information' 421\t'Service not available' 425\t'Can\'t open data connection' 426\t'Transfer aborted' 430\t'Invalid username or password' 431\t'Security resource unavailable' 434\t'Requested host unavailable' 450\t'File action not taken' 451\t'Local error in processing' 452\t'Insufficient storage space' 500\t'Command unrecognized' 501\t'Syntax error in arguments' 502\t'Command not implemented' 503\t'Bad sequence of commands' 504\t'Parameter not implemented' 521\t'PROT level or address family refused' 522\t'Data TLS failed or protocol unsupported' 530\t'Not logged in' 532\t'Need account for storing' 533\t'Command protection level denied' 534\t'Denied by security policy' 535\t'Failed security check' 536\t'PROT level not supported' 537\t'Command protection unsupported' 550\t'File unavailable' 551\t'Page type unknown' 552\t'Storage allocation exceeded' 553\t'File name not allowed' 631\t'Integrity protected reply' 632\t'Private protected reply' 633\t'Confidential protected reply' 10054\t'Connection reset by peer' 10060\t'Connection timed out' 10061\t'Connection refused' 10065\t'No route to host' 10066\t'Directory not empty' 10068\t'Too many users'"
complete -c ftpcode -n "__fish_ftpcode_using_subcommand compare" -f -a "110\t'Restart marker' 120\t'Service ready soon' 125\t'Data connection already open' 150\t'About to open data connection' 200\t'Command okay' 202\t'Command superfluous here' 211\t'System status or help' 212\t'Directory status' 213\t'File status' 214\t'Help message' 215\t'System type' 220\t'Service ready' 221\t'Closing control connection' 225\t'Data connection open, idle' 226\t'Closing data connection' 227\t'Entering passive mode' 228\t'Entering long passive mode' 229\t'Entering extended passive mode' 230\t'User logged in' 231\t'User logged out' 232\t'Logged in by security exchange' 234\t'AUTH accepted' 235\t'ADAT exchange complete' 250\t'File action completed' 257\t'Pathname created or current' 331\t'User name okay, need password' 332\t'Need account for login' 334\t'Mechanism accepted, send ADAT' 335\t'Security data accepted, more needed' 336\t'Need password, challenge given' 350\t'Pending further information' 421\t'Service not available' 425\t'Can\'t open data connection' 426\t'Transfer aborted' 430\t'Invalid username or password' 431\t'Security resource unavailable' 434\t'Requested host unavailable' 450\t'File action not taken' 451\t'Local error in processing' 452\t'Insufficient storage space' 500\t'Command unrecognized' 501\t'Syntax error in arguments' 502\t'Command not implemented' 503\t'Bad sequence of commands' 504\t'Parameter not implemented' 521\t'PROT level or address family refused' 522\t'Data TLS failed or protocol unsupported' 530\t'Not logged in' 532\t'Need account for storing' 533\t'Command protection level denied' 534\t'Denied by security policy' 535\t'Failed security check' 536\t'PROT level not supported' 537\t'Command protection unsupported' 550\t'File unavailable' 551\t'Page type unknown' 552\t'Storage allocation exceeded' 553\t'File name not allowed' 631\t'Integrity protected reply' 632\t'Private protected reply' 633\t'Confidential protected reply' 10054\t'Connection reset by peer' 10060\t'Connection timed out' 10061\t'Connection refused' 10065\t'No route to host' 10066\t'Directory not empty' 10068\t'Too many users'"
