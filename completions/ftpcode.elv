
use builtin;
use str;

set edit:completion:arg-completer[ftpcode] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'ftpcode'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'ftpcode'= {
            cand --color 'Colour: auto (terminal, no NO_COLOR), always or never'
            cand --width 'Lay text out for N columns (default: the terminal''s)'
            cand --paging 'Page long output on a terminal: auto, always or never'
            cand -j 'JSON Lines instead of text (=full: with whole explanations)'
            cand --json 'JSON Lines instead of text (=full: with whole explanations)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand explain 'Explain codes, reply lines, classes or client errors [default]'
            cand compare 'Codes side by side: key differences, when a server sends which'
            cand list 'List codes (all, 4xx, 55x), server messages or client errors'
            cand search 'Search everything ftpcode knows, best match first'
            cand command 'What a server may answer to a command, and what each means'
            cand scan 'Explain every reply of a log in place, passing the log through'
            cand strip 'Take ftpcode''s lines out of scan output: the log back, as it was'
            cand completions 'Print a shell''s completion script (bash, zsh, fish, ...)'
            cand man 'Print a man page in roff (ftpcode''s, or a subcommand''s)'
            cand help 'Print this message or the help of the given subcommand(s)'
            cand 110 'Restart marker'
            cand 120 'Service ready soon'
            cand 125 'Data connection already open'
            cand 150 'About to open data connection'
            cand 200 'Command okay'
            cand 202 'Command superfluous here'
            cand 211 'System status or help'
            cand 212 'Directory status'
            cand 213 'File status'
            cand 214 'Help message'
            cand 215 'System type'
            cand 220 'Service ready'
            cand 221 'Closing control connection'
            cand 225 'Data connection open, idle'
            cand 226 'Closing data connection'
            cand 227 'Entering passive mode'
            cand 228 'Entering long passive mode'
            cand 229 'Entering extended passive mode'
            cand 230 'User logged in'
            cand 231 'User logged out'
            cand 232 'Logged in by security exchange'
            cand 234 'AUTH accepted'
            cand 235 'ADAT exchange complete'
            cand 250 'File action completed'
            cand 257 'Pathname created or current'
            cand 331 'User name okay, need password'
            cand 332 'Need account for login'
            cand 334 'Mechanism accepted, send ADAT'
            cand 335 'Security data accepted, more needed'
            cand 336 'Need password, challenge given'
            cand 350 'Pending further information'
            cand 421 'Service not available'
            cand 425 'Can''t open data connection'
            cand 426 'Transfer aborted'
            cand 430 'Invalid username or password'
            cand 431 'Security resource unavailable'
            cand 434 'Requested host unavailable'
            cand 450 'File action not taken'
            cand 451 'Local error in processing'
            cand 452 'Insufficient storage space'
            cand 500 'Command unrecognized'
            cand 501 'Syntax error in arguments'
            cand 502 'Command not implemented'
            cand 503 'Bad sequence of commands'
            cand 504 'Parameter not implemented'
            cand 521 'PROT level or address family refused'
            cand 522 'Data TLS failed or protocol unsupported'
            cand 530 'Not logged in'
            cand 532 'Need account for storing'
            cand 533 'Command protection level denied'
            cand 534 'Denied by security policy'
            cand 535 'Failed security check'
            cand 536 'PROT level not supported'
            cand 537 'Command protection unsupported'
            cand 550 'File unavailable'
            cand 551 'Page type unknown'
            cand 552 'Storage allocation exceeded'
            cand 553 'File name not allowed'
            cand 631 'Integrity protected reply'
            cand 632 'Private protected reply'
            cand 633 'Confidential protected reply'
            cand 10054 'Connection reset by peer'
            cand 10060 'Connection timed out'
            cand 10061 'Connection refused'
            cand 10065 'No route to host'
            cand 10066 'Directory not empty'
            cand 10068 'Too many users'
        }
        &'ftpcode;explain'= {
            cand --command 'Read the reply as the answer to this command (e.g. STOR): is it one the RFCs list?'
            cand --color 'Colour: auto (terminal, no NO_COLOR), always or never'
            cand --width 'Lay text out for N columns (default: the terminal''s)'
            cand --paging 'Page long output on a terminal: auto, always or never'
            cand -j 'JSON Lines instead of text (=full: with whole explanations)'
            cand --json 'JSON Lines instead of text (=full: with whole explanations)'
            cand -s 'One line per code: what it is and what to do'
            cand --short 'One line per code: what it is and what to do'
            cand -f 'Everything: server messages in full, commands, fixes on each side, related codes, sources'
            cand --full 'Everything: server messages in full, commands, fixes on each side, related codes, sources'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;compare'= {
            cand --color 'Colour: auto (terminal, no NO_COLOR), always or never'
            cand --width 'Lay text out for N columns (default: the terminal''s)'
            cand --paging 'Page long output on a terminal: auto, always or never'
            cand -j 'JSON Lines instead of text (=full: with whole explanations)'
            cand --json 'JSON Lines instead of text (=full: with whole explanations)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;list'= {
            cand --messages 'List the server messages ftpcode knows, of every server or of one (vsftpd, proftpd...)'
            cand --client 'List the client errors ftpcode knows, of every client or of one (curl, filezilla...)'
            cand --color 'Colour: auto (terminal, no NO_COLOR), always or never'
            cand --width 'Lay text out for N columns (default: the terminal''s)'
            cand --paging 'Page long output on a terminal: auto, always or never'
            cand -j 'JSON Lines instead of text (=full: with whole explanations)'
            cand --json 'JSON Lines instead of text (=full: with whole explanations)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;search'= {
            cand --color 'Colour: auto (terminal, no NO_COLOR), always or never'
            cand --width 'Lay text out for N columns (default: the terminal''s)'
            cand --paging 'Page long output on a terminal: auto, always or never'
            cand -j 'JSON Lines instead of text (=full: with whole explanations)'
            cand --json 'JSON Lines instead of text (=full: with whole explanations)'
            cand -a 'Show every hit, not only the best ten'
            cand --all 'Show every hit, not only the best ten'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;command'= {
            cand --color 'Colour: auto (terminal, no NO_COLOR), always or never'
            cand --width 'Lay text out for N columns (default: the terminal''s)'
            cand --paging 'Page long output on a terminal: auto, always or never'
            cand -j 'JSON Lines instead of text (=full: with whole explanations)'
            cand --json 'JSON Lines instead of text (=full: with whole explanations)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;scan'= {
            cand --color 'Colour: auto (terminal, no NO_COLOR), always or never'
            cand --width 'Lay text out for N columns (default: the terminal''s)'
            cand --paging 'Page long output on a terminal: auto, always or never'
            cand -j 'JSON Lines instead of text (=full: with whole explanations)'
            cand --json 'JSON Lines instead of text (=full: with whole explanations)'
            cand -s 'Print a table of the replies per code instead of the log'
            cand --summary 'Print a table of the replies per code instead of the log'
            cand -e 'Explain only failures (4yz and 5yz replies, client errors); the log still passes through whole'
            cand --errors 'Explain only failures (4yz and 5yz replies, client errors); the log still passes through whole'
            cand --fail 'Exit with status 1 when a negative reply was found (for scripts and CI)'
            cand -v 'The long form of each explanation: the server''s cause and fix in full'
            cand --verbose 'The long form of each explanation: the server''s cause and fix in full'
            cand --show-controls 'Show the log''s control characters and escape sequences visibly instead of passing them to the terminal'
            cand --binary 'Pass binary files through even to a terminal'
            cand --generic 'Find replies with every program-specific rule switched off (to measure the generic detection)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;strip'= {
            cand --color 'Colour: auto (terminal, no NO_COLOR), always or never'
            cand --width 'Lay text out for N columns (default: the terminal''s)'
            cand --paging 'Page long output on a terminal: auto, always or never'
            cand -j 'JSON Lines instead of text (=full: with whole explanations)'
            cand --json 'JSON Lines instead of text (=full: with whole explanations)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;completions'= {
            cand --color 'Colour: auto (terminal, no NO_COLOR), always or never'
            cand --width 'Lay text out for N columns (default: the terminal''s)'
            cand --paging 'Page long output on a terminal: auto, always or never'
            cand -j 'JSON Lines instead of text (=full: with whole explanations)'
            cand --json 'JSON Lines instead of text (=full: with whole explanations)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;man'= {
            cand --color 'Colour: auto (terminal, no NO_COLOR), always or never'
            cand --width 'Lay text out for N columns (default: the terminal''s)'
            cand --paging 'Page long output on a terminal: auto, always or never'
            cand -j 'JSON Lines instead of text (=full: with whole explanations)'
            cand --json 'JSON Lines instead of text (=full: with whole explanations)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;help'= {
            cand explain 'Explain codes, reply lines, classes or client errors [default]'
            cand compare 'Codes side by side: key differences, when a server sends which'
            cand list 'List codes (all, 4xx, 55x), server messages or client errors'
            cand search 'Search everything ftpcode knows, best match first'
            cand command 'What a server may answer to a command, and what each means'
            cand scan 'Explain every reply of a log in place, passing the log through'
            cand strip 'Take ftpcode''s lines out of scan output: the log back, as it was'
            cand completions 'Print a shell''s completion script (bash, zsh, fish, ...)'
            cand man 'Print a man page in roff (ftpcode''s, or a subcommand''s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ftpcode;help;explain'= {
        }
        &'ftpcode;help;compare'= {
        }
        &'ftpcode;help;list'= {
        }
        &'ftpcode;help;search'= {
        }
        &'ftpcode;help;command'= {
        }
        &'ftpcode;help;scan'= {
        }
        &'ftpcode;help;strip'= {
        }
        &'ftpcode;help;completions'= {
        }
        &'ftpcode;help;man'= {
        }
        &'ftpcode;help;help'= {
        }
    ]
    $completions[$command]
}
