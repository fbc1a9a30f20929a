
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
            [CompletionResult]::new('110', '110', [CompletionResultType]::ParameterValue, 'Restart marker')
            [CompletionResult]::new('120', '120', [CompletionResultType]::ParameterValue, 'Service ready soon')
            [CompletionResult]::new('125', '125', [CompletionResultType]::ParameterValue, 'Data connection already open')
            [CompletionResult]::new('150', '150', [CompletionResultType]::ParameterValue, 'About to open data connection')
            [CompletionResult]::new('200', '200', [CompletionResultType]::ParameterValue, 'Command okay')
            [CompletionResult]::new('202', '202', [CompletionResultType]::ParameterValue, 'Command superfluous here')
            [CompletionResult]::new('211', '211', [CompletionResultType]::ParameterValue, 'System status or help')
            [CompletionResult]::new('212', '212', [CompletionResultType]::ParameterValue, 'Directory status')
            [CompletionResult]::new('213', '213', [CompletionResultType]::ParameterValue, 'File status')
            [CompletionResult]::new('214', '214', [CompletionResultType]::ParameterValue, 'Help message')
            [CompletionResult]::new('215', '215', [CompletionResultType]::ParameterValue, 'System type')
            [CompletionResult]::new('220', '220', [CompletionResultType]::ParameterValue, 'Service ready')
            [CompletionResult]::new('221', '221', [CompletionResultType]::ParameterValue, 'Closing control connection')
            [CompletionResult]::new('225', '225', [CompletionResultType]::ParameterValue, 'Data connection open, idle')
            [CompletionResult]::new('226', '226', [CompletionResultType]::ParameterValue, 'Closing data connection')
            [CompletionResult]::new('227', '227', [CompletionResultType]::ParameterValue, 'Entering passive mode')
            [CompletionResult]::new('228', '228', [CompletionResultType]::ParameterValue, 'Entering long passive mode')
            [CompletionResult]::new('229', '229', [CompletionResultType]::ParameterValue, 'Entering extended passive mode')
            [CompletionResult]::new('230', '230', [CompletionResultType]::ParameterValue, 'User logged in')
            [CompletionResult]::new('231', '231', [CompletionResultType]::ParameterValue, 'User logged out')
            [CompletionResult]::new('232', '232', [CompletionResultType]::ParameterValue, 'Logged in by security exchange')
            [CompletionResult]::new('234', '234', [CompletionResultType]::ParameterValue, 'AUTH accepted')
            [CompletionResult]::new('235', '235', [CompletionResultType]::ParameterValue, 'ADAT exchange complete')
            [CompletionResult]::new('250', '250', [CompletionResultType]::ParameterValue, 'File action completed')
            [CompletionResult]::new('257', '257', [CompletionResultType]::ParameterValue, 'Pathname created or current')
            [CompletionResult]::new('331', '331', [CompletionResultType]::ParameterValue, 'User name okay, need password')
            [CompletionResult]::new('332', '332', [CompletionResultType]::ParameterValue, 'Need account for login')
            [CompletionResult]::new('334', '334', [CompletionResultType]::ParameterValue, 'Mechanism accepted, send ADAT')
            [CompletionResult]::new('335', '335', [CompletionResultType]::ParameterValue, 'Security data accepted, more needed')
            [CompletionResult]::new('336', '336', [CompletionResultType]::ParameterValue, 'Need password, challenge given')
            [CompletionResult]::new('350', '350', [CompletionResultType]::ParameterValue, 'Pending further information')
            [CompletionResult]::new('421', '421', [CompletionResultType]::ParameterValue, 'Service not available')
            [CompletionResult]::new('425', '425', [CompletionResultType]::ParameterValue, 'Can''t open data connection')
            [CompletionResult]::new('426', '426', [CompletionResultType]::ParameterValue, 'Transfer aborted')
            [CompletionResult]::new('430', '430', [CompletionResultType]::ParameterValue, 'Invalid username or password')
            [CompletionResult]::new('431', '431', [CompletionResultType]::ParameterValue, 'Security resource unavailable')
            [CompletionResult]::new('434', '434', [CompletionResultType]::ParameterValue, 'Requested host unavailable')
            [CompletionResult]::new('450', '450', [CompletionResultType]::ParameterValue, 'File action not taken')
            [CompletionResult]::new('451', '451', [CompletionResultType]::ParameterValue, 'Local error in processing')
            [CompletionResult]::new('452', '452', [CompletionResultType]::ParameterValue, 'Insufficient storage space')
            [CompletionResult]::new('500', '500', [CompletionResultType]::ParameterValue, 'Command unrecognized')
            [CompletionResult]::new('501', '501', [CompletionResultType]::ParameterValue, 'Syntax error in arguments')
            [CompletionResult]::new('502', '502', [CompletionResultType]::ParameterValue, 'Command not implemented')
            [CompletionResult]::new('503', '503', [CompletionResultType]::ParameterValue, 'Bad sequence of commands')
            [CompletionResult]::new('504', '504', [CompletionResultType]::ParameterValue, 'Parameter not implemented')
            [CompletionResult]::new('521', '521', [CompletionResultType]::ParameterValue, 'PROT level or address family refused')
            [CompletionResult]::new('522', '522', [CompletionResultType]::ParameterValue, 'Data TLS failed or protocol unsupported')
            [CompletionResult]::new('530', '530', [CompletionResultType]::ParameterValue, 'Not logged in')
            [CompletionResult]::new('532', '532', [CompletionResultType]::ParameterValue, 'Need account for storing')
            [CompletionResult]::new('533', '533', [CompletionResultType]::ParameterValue, 'Command protection level denied')
            [CompletionResult]::new('534', '534', [CompletionResultType]::ParameterValue, 'Denied by security policy')
            [CompletionResult]::new('535', '535', [CompletionResultType]::ParameterValue, 'Failed security check')
            [CompletionResult]::new('536', '536', [CompletionResultType]::ParameterValue, 'PROT level not supported')
            [CompletionResult]::new('537', '537', [CompletionResultType]::ParameterValue, 'Command protection unsupported')
            [CompletionResult]::new('550', '550', [CompletionResultType]::ParameterValue, 'File unavailable')
            [CompletionResult]::new('551', '551', [CompletionResultType]::ParameterValue, 'Page type unknown')
            [CompletionResult]::new('552', '552', [CompletionResultType]::ParameterValue, 'Storage allocation exceeded')
            [CompletionResult]::new('553', '553', [CompletionResultType]::ParameterValue, 'File name not allowed')
            [CompletionResult]::new('631', '631', [CompletionResultType]::ParameterValue, 'Integrity protected reply')
            [CompletionResult]::new('632', '632', [CompletionResultType]::ParameterValue, 'Private protected reply')
            [CompletionResult]::new('633', '633', [CompletionResultType]::ParameterValue, 'Confidential protected reply')
            [CompletionResult]::new('10054', '10054', [CompletionResultType]::ParameterValue, 'Connection reset by peer')
            [CompletionResult]::new('10060', '10060', [CompletionResultType]::ParameterValue, 'Connection timed out')
            [CompletionResult]::new('10061', '10061', [CompletionResultType]::ParameterValue, 'Connection refused')
            [CompletionResult]::new('10065', '10065', [CompletionResultType]::ParameterValue, 'No route to host')
            [CompletionResult]::new('10066', '10066', [CompletionResultType]::ParameterValue, 'Directory not empty')
            [CompletionResult]::new('10068', '10068', [CompletionResultType]::ParameterValue, 'Too many users')
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
