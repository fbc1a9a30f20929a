
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'ftpcode' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'ftpcode'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'ftpcode' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal, no NO_COLOR), always or never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Lay text out for N columns (default: the terminal''s)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'Page long output on a terminal: auto, always or never')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain codes, reply lines, classes or client errors [default]')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Codes side by side: key differences, when a server sends which')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List codes (all, 4xx, 55x), server messages or client errors')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search everything ftpcode knows, best match first')
            [CompletionResult]::new('command', 'command', [CompletionResultType]::ParameterValue, 'What a server may answer to a command, and what each means')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Explain every reply of a log in place, passing the log through')
            [CompletionResult]::new('strip', 'strip', [CompletionResultType]::ParameterValue, 'Take ftpcode''s lines out of scan output: the log back, as it was')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell''s completion script (bash, zsh, fish, ...)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a man page in roff (ftpcode''s, or a subcommand''s)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ftpcode;explain' {
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Read the reply as the answer to this command (e.g. STOR): is it one the RFCs list?')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal, no NO_COLOR), always or never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Lay text out for N columns (default: the terminal''s)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'Page long output on a terminal: auto, always or never')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'One line per code: what it is and what to do')
            [CompletionResult]::new('--short', '--short', [CompletionResultType]::ParameterName, 'One line per code: what it is and what to do')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Everything: server messages in full, commands, fixes on each side, related codes, sources')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Everything: server messages in full, commands, fixes on each side, related codes, sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;compare' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal, no NO_COLOR), always or never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Lay text out for N columns (default: the terminal''s)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'Page long output on a terminal: auto, always or never')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;list' {
            [CompletionResult]::new('--messages', '--messages', [CompletionResultType]::ParameterName, 'List the server messages ftpcode knows, of every server or of one (vsftpd, proftpd...)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'List the client errors ftpcode knows, of every client or of one (curl, filezilla...)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal, no NO_COLOR), always or never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Lay text out for N columns (default: the terminal''s)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'Page long output on a terminal: auto, always or never')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;search' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal, no NO_COLOR), always or never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Lay text out for N columns (default: the terminal''s)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'Page long output on a terminal: auto, always or never')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Show every hit, not only the best ten')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every hit, not only the best ten')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;command' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal, no NO_COLOR), always or never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Lay text out for N columns (default: the terminal''s)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'Page long output on a terminal: auto, always or never')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;scan' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal, no NO_COLOR), always or never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Lay text out for N columns (default: the terminal''s)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'Page long output on a terminal: auto, always or never')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Print a table of the replies per code instead of the log')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Print a table of the replies per code instead of the log')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Explain only failures (4yz and 5yz replies, client errors); the log still passes through whole')
            [CompletionResult]::new('--errors', '--errors', [CompletionResultType]::ParameterName, 'Explain only failures (4yz and 5yz replies, client errors); the log still passes through whole')
            [CompletionResult]::new('--fail', '--fail', [CompletionResultType]::ParameterName, 'Exit with status 1 when a negative reply was found (for scripts and CI)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'The long form of each explanation: the server''s cause and fix in full')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'The long form of each explanation: the server''s cause and fix in full')
            [CompletionResult]::new('--show-controls', '--show-controls', [CompletionResultType]::ParameterName, 'Show the log''s control characters and escape sequences visibly instead of passing them to the terminal')
            [CompletionResult]::new('--binary', '--binary', [CompletionResultType]::ParameterName, 'Pass binary files through even to a terminal')
            [CompletionResult]::new('--generic', '--generic', [CompletionResultType]::ParameterName, 'Find replies with every program-specific rule switched off (to measure the generic detection)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;strip' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal, no NO_COLOR), always or never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Lay text out for N columns (default: the terminal''s)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'Page long output on a terminal: auto, always or never')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;completions' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal, no NO_COLOR), always or never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Lay text out for N columns (default: the terminal''s)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'Page long output on a terminal: auto, always or never')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;man' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal, no NO_COLOR), always or never')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Lay text out for N columns (default: the terminal''s)')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'Page long output on a terminal: auto, always or never')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON Lines instead of text (=full: with whole explanations)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;help' {
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain codes, reply lines, classes or client errors [default]')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Codes side by side: key differences, when a server sends which')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List codes (all, 4xx, 55x), server messages or client errors')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search everything ftpcode knows, best match first')
            [CompletionResult]::new('command', 'command', [CompletionResultType]::ParameterValue, 'What a server may answer to a command, and what each means')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Explain every reply of a log in place, passing the log through')
            [CompletionResult]::new('strip', 'strip', [CompletionResultType]::ParameterValue, 'Take ftpcode''s lines out of scan output: the log back, as it was')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell''s completion script (bash, zsh, fish, ...)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a man page in roff (ftpcode''s, or a subcommand''s)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ftpcode;help;explain' {
            break
        }
        'ftpcode;help;compare' {
            break
        }
        'ftpcode;help;list' {
            break
        }
        'ftpcode;help;search' {
            break
        }
        'ftpcode;help;command' {
            break
        }
        'ftpcode;help;scan' {
            break
        }
        'ftpcode;help;strip' {
            break
        }
        'ftpcode;help;completions' {
            break
        }
        'ftpcode;help;man' {
            break
        }
        'ftpcode;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
