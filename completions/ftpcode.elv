
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
            cand --color 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never'
            cand --json 'Print JSON Lines (one object per result) instead of text'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand explain 'Explain codes, reply lines or classes [default command]'
            cand compare 'Compare codes side by side: key differences and when a server sends which'
            cand list 'List every code, or the codes matching a pattern such as 4xx or 55x'
            cand search 'Search the table''s text, best match first (e.g. `search passive`, `search tls`)'
            cand command 'What a server may answer to a command, and what each answer means'
            cand scan 'Read FTP logs and explain every server reply in them, passing the log through'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ftpcode;explain'= {
            cand --command 'Read the reply as the answer to this command (e.g. STOR): is it one the RFCs list?'
            cand --color 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never'
            cand --json 'Print JSON Lines (one object per result) instead of text'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;compare'= {
            cand --color 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never'
            cand --json 'Print JSON Lines (one object per result) instead of text'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;list'= {
            cand --color 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never'
            cand --json 'Print JSON Lines (one object per result) instead of text'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;search'= {
            cand --color 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never'
            cand --json 'Print JSON Lines (one object per result) instead of text'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;command'= {
            cand --color 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never'
            cand --json 'Print JSON Lines (one object per result) instead of text'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;scan'= {
            cand --color 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never'
            cand --summary 'Print a table of the replies per code instead of the log'
            cand --errors 'Explain only negative replies (4yz, 5yz, 6yz); the log still passes through whole'
            cand --fail 'Exit with status 1 when a negative reply was found (for scripts and CI)'
            cand --json 'Print JSON Lines (one object per result) instead of text'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ftpcode;help'= {
            cand explain 'Explain codes, reply lines or classes [default command]'
            cand compare 'Compare codes side by side: key differences and when a server sends which'
            cand list 'List every code, or the codes matching a pattern such as 4xx or 55x'
            cand search 'Search the table''s text, best match first (e.g. `search passive`, `search tls`)'
            cand command 'What a server may answer to a command, and what each answer means'
            cand scan 'Read FTP logs and explain every server reply in them, passing the log through'
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
        &'ftpcode;help;help'= {
        }
    ]
    $completions[$command]
}
