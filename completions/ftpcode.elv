
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
            cand --color 'Colour: auto (on a terminal, unless NO_COLOR), always or never'
            cand --json 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand explain 'Explain codes, reply lines or classes [default command]'
            cand compare 'Codes side by side: key differences, when a server sends which'
            cand list 'List every code, or the codes matching a pattern such as 4xx or 55x'
            cand search 'Search the knowledge, best match first (`search passive`, `search tls`)'
            cand command 'What a server may answer to a command, and what each answer means'
            cand scan 'Read FTP logs and explain every reply in place, passing the log through'
            cand strip 'Take ftpcode''s lines out of `scan` output: the log back, byte for byte'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ftpcode;explain'= {
            cand --command 'Read the reply as the answer to this command (e.g. STOR): is it one the RFCs list?'
            cand --color 'Colour: auto (on a terminal, unless NO_COLOR), always or never'
            cand --json 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;compare'= {
            cand --color 'Colour: auto (on a terminal, unless NO_COLOR), always or never'
            cand --json 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;list'= {
            cand --color 'Colour: auto (on a terminal, unless NO_COLOR), always or never'
            cand --json 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;search'= {
            cand --color 'Colour: auto (on a terminal, unless NO_COLOR), always or never'
            cand --json 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;command'= {
            cand --color 'Colour: auto (on a terminal, unless NO_COLOR), always or never'
            cand --json 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;scan'= {
            cand --color 'Colour: auto (on a terminal, unless NO_COLOR), always or never'
            cand --json 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)'
            cand --summary 'Print a table of the replies per code instead of the log'
            cand --errors 'Explain only negative replies (4yz, 5yz, 6yz); the log still passes through whole'
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
            cand --color 'Colour: auto (on a terminal, unless NO_COLOR), always or never'
            cand --json 'JSON Lines instead of text (`--json=full`: whole explanations in scan records)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;help'= {
            cand explain 'Explain codes, reply lines or classes [default command]'
            cand compare 'Codes side by side: key differences, when a server sends which'
            cand list 'List every code, or the codes matching a pattern such as 4xx or 55x'
            cand search 'Search the knowledge, best match first (`search passive`, `search tls`)'
            cand command 'What a server may answer to a command, and what each answer means'
            cand scan 'Read FTP logs and explain every reply in place, passing the log through'
            cand strip 'Take ftpcode''s lines out of `scan` output: the log back, byte for byte'
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
        &'ftpcode;help;help'= {
        }
    ]
    $completions[$command]
}
