
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
