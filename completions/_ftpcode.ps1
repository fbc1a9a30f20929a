
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
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines (one object per result) instead of text')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain codes, reply lines or classes [default command]')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare codes side by side: key differences and when a server sends which')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every code, or the codes matching a pattern such as 4xx or 55x')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the table''s text, best match first (e.g. `search passive`, `search tls`)')
            [CompletionResult]::new('command', 'command', [CompletionResultType]::ParameterValue, 'What a server may answer to a command, and what each answer means')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Read FTP logs and explain every server reply in them, passing the log through')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ftpcode;explain' {
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Read the reply as the answer to this command (e.g. STOR): is it one the RFCs list?')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines (one object per result) instead of text')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;compare' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines (one object per result) instead of text')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;list' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines (one object per result) instead of text')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;search' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines (one object per result) instead of text')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;command' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines (one object per result) instead of text')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;scan' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto (on a terminal, unless NO_COLOR), always, never')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Print a table of the replies per code instead of the log')
            [CompletionResult]::new('--errors', '--errors', [CompletionResultType]::ParameterName, 'Explain only negative replies (4yz, 5yz, 6yz); the log still passes through whole')
            [CompletionResult]::new('--fail', '--fail', [CompletionResultType]::ParameterName, 'Exit with status 1 when a negative reply was found (for scripts and CI)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON Lines (one object per result) instead of text')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ftpcode;help' {
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain codes, reply lines or classes [default command]')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare codes side by side: key differences and when a server sends which')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every code, or the codes matching a pattern such as 4xx or 55x')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the table''s text, best match first (e.g. `search passive`, `search tls`)')
            [CompletionResult]::new('command', 'command', [CompletionResultType]::ParameterValue, 'What a server may answer to a command, and what each answer means')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Read FTP logs and explain every server reply in them, passing the log through')
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
        'ftpcode;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
