//! Which of a line's session keys names its session, learned per input.
//!
//! A line may carry keys of several kinds, and the strongest kind usually tells sessions
//! apart (a process id beats a client's address and port). But a server that serves every
//! client from one process logs one pid for all: pyftpdlib through a logfmt formatter
//! writes `pid=20169 ... msg="127.0.0.1:46170-[alice] -> 257 ..."` for six clients at
//! once. Such a key is found out by what it does: under one of its values, the other key
//! goes back to a value it had before another came between (a dialogue resumed after
//! another's lines) or a second greeting comes with another value of it, while each value
//! of the other key stays under one value of the first. From then on, that kind of key
//! gives way to the other wherever a line has both, and the session it named so far goes
//! on under the other key it last came with.
//!
//! (A pool's threads show the first sign under a client's address and port, Apache
//! FtpServer's `[pool-3-thread-1] ... /127.0.0.2:36847`: the threads go back and forth
//! between sessions. But one thread serves several clients, which a session's key never
//! does: the address stays the key.)

use foldhash::HashMap;
use std::hash::BuildHasher;

use super::session::{Key, KeyKind, Meta};

/// How many values of the other key are remembered under one value of the first.
const REMEMBERED: usize = 8;
/// At most this many values of first keys are watched (a log of many sessions keeps
/// memory flat: the watch starts again).
const MAX_WATCHED: usize = 1024;

/// What one input has shown of its keys.
#[derive(Debug, Default)]
pub struct KeyChoice {
    /// The kinds that give way to the other key of a line, one bit each.
    shared: u16,
    /// The kinds that never give way: a value of the other key came under two of theirs.
    kept: u16,
    /// By a first key's kind and value: the other key's values seen under it.
    watched: HashMap<u64, Seen>,
    /// By the other key's kind and value: the first key's value it came under last, and
    /// whether it came under another before.
    under: HashMap<u64, (u64, bool)>,
    hasher: foldhash::fast::FixedState,
    /// The label the last greeting came under, the hashes of those greeted before, and
    /// whether a command came since.
    greeted_label: Option<Inline>,
    greeted_labels: [u64; REMEMBERED],
    greetings: usize,
    commanded: bool,
    /// A dialogue said goodbye (a 221) since the last greeting: a greeting under another
    /// name after it may be the next dialogue, not a second one at once (a name new on
    /// every line, a request's, would otherwise name a session per line).
    ended: bool,
}

/// The values of the other key seen under one value of the first.
#[derive(Debug, Default)]
struct Seen {
    /// The one seen last, and its value as logged (held in place: in a log whose lines
    /// start with a counter it changes on every line).
    last: u64,
    last_key: Option<Inline>,
    /// Those seen before it, the latest at `next - 1`.
    before: [u64; REMEMBERED],
    next: usize,
    /// A greeting came under this value.
    greeted: bool,
    /// Whether `last` came on more than one line (a record's own id never does).
    last_again: bool,
}

/// A key of at most [`INLINE`] bytes, held without allocating.
#[derive(Debug, Clone, Copy)]
struct Inline {
    kind: KeyKind,
    len: u8,
    bytes: [u8; INLINE],
}

/// The longest key a session goes on under when its first key is found shared (client
/// addresses and ports, thread names and numbers are shorter).
const INLINE: usize = 64;

impl Inline {
    fn of(k: Key) -> Option<Inline> {
        let mut bytes = [0; INLINE];
        bytes.get_mut(..k.value.len())?.copy_from_slice(k.value);
        Some(Inline {
            kind: k.kind,
            len: k.value.len() as u8,
            bytes,
        })
    }

    fn owned(&self) -> OwnedKey {
        OwnedKey {
            kind: self.kind,
            value: Box::from(&self.bytes[..usize::from(self.len)]),
        }
    }
}

/// A key copied out of its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnedKey {
    pub kind: KeyKind,
    pub value: Box<[u8]>,
}

impl OwnedKey {
    pub fn key(&self) -> Key<'_> {
        Key {
            kind: self.kind,
            value: &self.value,
        }
    }
}

/// How the choice changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The line's first key (`None`: the lines without one) is found shared by sessions.
    /// The session it named so far is the dialogue of the other key it last came with,
    /// `former`: that key names it now (if it was short enough to hold).
    Shared {
        first: Option<OwnedKey>,
        former: Option<OwnedKey>,
    },
    /// The kind found shared before is not (a value of the other key came under two of
    /// its values).
    Kept,
}

fn bit(kind: KeyKind) -> u16 {
    1 << (kind as u8)
}

/// The bit of lines with no key (whose number at the start may name their session), above
/// every kind's.
const NO_KEY: u16 = 1 << 15;

/// The bit of a line's first key, or of its having none.
fn bit_of(key: Option<Key>) -> u16 {
    key.map_or(NO_KEY, |k| bit(k.kind))
}

impl KeyChoice {
    /// Notes that a command was sent (a greeting under another label after it starts a
    /// second dialogue).
    pub fn command(&mut self) {
        self.commanded = true;
    }

    /// Notes that a dialogue said goodbye (a 221 reply).
    pub fn ended(&mut self) {
        self.ended = true;
    }

    /// The kinds found shared so far (for [`choose`]).
    pub fn shared(&self) -> u16 {
        self.shared
    }

    /// Learns from a line's keys, as [`choose`] left them. `greeting`: the line's reply
    /// is a greeting, which a connection gets once (RFC 959 §5.4): a second under one key
    /// with another key beside it is a second connection.
    pub fn learn(&mut self, meta: &Meta, greeting: bool) -> Option<Change> {
        let ended = greeting && std::mem::take(&mut self.ended);
        let (mut key, Some(mut alt)) = (meta.key, meta.alt) else {
            return None;
        };
        // As the line has them: the stronger kind first (a number at the start is only
        // ever the other key of a line with none).
        if let Some(k) = key
            && k.kind < alt.kind
        {
            key = Some(alt);
            alt = k;
        }
        let own = bit_of(key);
        if self.kept & own != 0 {
            return None;
        }
        // A name at the start may be a layer of one program (node's `[connection]` and
        // `[parser]`, each showing the same greeting) or a program of its own: it tells
        // dialogues apart once a greeting comes under a name that had none, after the
        // dialogue before has sent a command.
        if alt.kind == KeyKind::Label {
            if !greeting || self.shared & own != 0 {
                return None;
            }
            let label = self.hasher.hash_one(alt.value);
            let new = !self.greeted_labels[..self.greetings.min(REMEMBERED)].contains(&label);
            self.greeted_labels[self.greetings % REMEMBERED] = label;
            self.greetings += 1;
            let former = self.greeted_label.replace(Inline::of(alt)?);
            let second = self.commanded && new && former.is_some();
            self.commanded = false;
            if !second {
                return None;
            }
            self.shared |= own;
            // (The line's first key, a process's id that all share, names the session so
            // far: `[31987] ... [user: carol]`.)
            return Some(Change::Shared {
                first: key.map(|k| OwnedKey {
                    kind: k.kind,
                    value: Box::from(k.value),
                }),
                former: former.map(|f| f.owned()),
            });
        }
        if self.watched.len() >= MAX_WATCHED || self.under.len() >= MAX_WATCHED {
            self.watched.clear();
            self.under.clear();
        }
        let first = self.hasher.hash_one(key.map(|k| (k.kind as u8, k.value)));
        let other = self.hasher.hash_one((alt.kind as u8, alt.value));
        let (under, moved) = self.under.entry(other).or_insert((first, false));
        // A client's address and port is one connection: under a process found shared (one
        // that greets every client, pyftpdlib's MultiprocessFTPServer) and then under the
        // process it was handed to, it is one session moved, as vsftpd's login moves one
        // (a second move is no hand-over: the kind is kept after all).
        if *under != first && alt.kind == KeyKind::AddrPort && self.shared & own != 0 && !*moved {
            *under = first;
            *moved = true;
            return None;
        }
        if *under != first {
            self.kept |= own;
            let was = self.shared;
            self.shared &= !own;
            return (was != self.shared).then_some(Change::Kept);
        }
        if self.shared & own != 0 {
            return None;
        }
        let seen = self.watched.entry(first).or_insert_with(|| Seen {
            last: other,
            last_key: Inline::of(alt),
            ..Seen::default()
        });
        let greeted = seen.greeted;
        seen.greeted |= greeting;
        if seen.last == other {
            seen.last_again = true;
            return None;
        }
        // (A number at the start may be a counter, new on every line: only its coming back
        // tells. A record's id may be the record's own: one that came on several lines
        // tells too.)
        // (A name, after a goodbye, may be a request's: only its coming back tells then.)
        let second_greeting = greeting
            && greeted
            && alt.kind != KeyKind::Number
            && !(alt.kind == KeyKind::Name && ended)
            && (alt.kind != KeyKind::RecordId || seen.last_again);
        if seen.before.contains(&other) || second_greeting {
            self.shared |= own;
            let former = seen.last_key.take().map(|k| k.owned());
            return Some(Change::Shared {
                first: key.map(|k| OwnedKey {
                    kind: k.kind,
                    value: Box::from(k.value),
                }),
                former,
            });
        }
        seen.before[seen.next % REMEMBERED] = seen.last;
        seen.next += 1;
        seen.last = other;
        seen.last_again = false;
        seen.last_key = Inline::of(alt);
        None
    }
}

/// A line's keys, the other one first where its first one is of a kind found shared.
pub fn choose(shared: u16, meta: Meta) -> Meta {
    match (meta.key, meta.alt) {
        (key, Some(alt)) if shared & bit_of(key) != 0 => Meta {
            key: Some(alt),
            alt: key,
            ..meta
        },
        _ => meta,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::session::{meta, meta_of_line};

    /// The session keys the lines get, one after the other, as the scanner asks.
    fn keys(lines: &[&str]) -> Vec<String> {
        let lines: Vec<(&str, bool)> = lines.iter().map(|l| (*l, false)).collect();
        keys_greeted(&lines)
    }

    #[test]
    fn one_pid_for_interleaved_clients_gives_way_to_their_addresses() {
        let got = keys(&[
            "pid=20169 msg=\"127.0.0.1:46170-[alice] -> ",
            "pid=20169 msg=\"127.0.0.1:46178-[alice] -> ",
            "pid=20169 msg=\"127.0.0.1:46170-[alice] -> ",
            "pid=20169 msg=\"127.0.0.1:46178-[alice] -> ",
        ]);
        assert_eq!(
            got,
            ["20169", "20169", "127.0.0.1:46170", "127.0.0.1:46178"]
        );
    }

    #[test]
    fn clients_one_after_the_other_keep_the_pid() {
        // Sessions in turn (and vsftpd's pid per session) never show a return.
        let got = keys(&[
            "[pid 7] 127.0.0.1:5000 ",
            "[pid 7] 127.0.0.1:5000 ",
            "[pid 7] 127.0.0.1:5001 ",
            "[pid 7] 127.0.0.1:5001 ",
            "[pid 8] 127.0.0.1:5000 ",
            "[pid 9] 127.0.0.1:5001 ",
            "[pid 8] 127.0.0.1:5000 ",
        ]);
        assert_eq!(got, ["7", "7", "7", "7", "8", "9", "8"]);
    }

    #[test]
    fn a_number_starting_the_lines_names_sessions_once_it_comes_back() {
        // uftpd: each session's process id starts its lines.
        let got = keys(&[
            "4497> Sent: ",
            "4500> Sent: ",
            "4497> Recv: ",
            "4500> Recv: ",
        ]);
        assert_eq!(got, ["", "", "4497", "4500"]);
        // A process's and its thread's numbers.
        let got = keys(&[
            "23278:140271626831552 DEBUG user= <- ",
            "23278:140271618422464 DEBUG user= <- ",
            "23278:140271626831552 DEBUG user=ftpuser <- ",
        ]);
        assert_eq!(got, ["", "", "23278:140271626831552"]);
        // After the line's time (ProFTPD's ExtendedLog, `%t %P:%{remote-port}`).
        let got = keys(&[
            "2026-12-04 13:50:32,779 16602:52444 -/alice cmd=USER arg=\"alice\" -> [",
            "2026-12-04 13:50:32,928 16605:52446 -/bob cmd=USER arg=\"bob\" -> [",
            "2026-12-04 13:50:33,281 16602:52444 alice/alice cmd=PWD arg=\"\" -> [",
            "2026-12-04 13:50:33,429 16605:52446 -/bob cmd=USER arg=\"bob\" -> [",
        ]);
        assert_eq!(got, ["", "", "16602:52444", "16605:52446"]);
        // A counter never does, at the start or after the time.
        let got = keys(&["157 I ", "158 I ", "1159 I ", "1160 I "]);
        assert_eq!(got, ["", "", "", ""]);
        let got = keys(&[
            "10:00:01 157 I ",
            "10:00:02 158 I ",
            "10:00:03 1159 I ",
            "10:00:04 1160 I ",
        ]);
        assert_eq!(got, ["", "", "", ""]);
    }

    /// As [`keys`], each line's reply a greeting where it starts with `220`.
    fn keys_greeted(lines: &[(&str, bool)]) -> Vec<String> {
        let lines: Vec<(&str, bool, bool)> = lines.iter().map(|&(l, g)| (l, g, false)).collect();
        keys_commanded(&lines)
    }

    /// As [`keys_greeted`], each line also saying whether it sent a command.
    fn keys_commanded(lines: &[(&str, bool, bool)]) -> Vec<String> {
        let mut choice = KeyChoice::default();
        let mut got = Vec::new();
        for &(line, greeting, command) in lines {
            let mut m = choose(choice.shared(), meta(line.as_bytes()));
            if choice.learn(&m, greeting).is_some() {
                m = choose(choice.shared(), meta(line.as_bytes()));
            }
            if command {
                choice.command();
            }
            got.push(String::from_utf8_lossy(m.key.map_or(&b""[..], |k| k.value)).into_owned());
        }
        got
    }

    #[test]
    fn a_connection_handed_from_the_process_that_greets_all_to_its_own_stays_its_session() {
        // pyftpdlib's MultiprocessFTPServer: the main process greets every client, then a
        // process of its own serves each.
        let got = keys_greeted(&[
            ("pid=32219 MainProcess DEBUG 127.0.0.7:45961-[] -> ", true),
            ("pid=32219 MainProcess DEBUG 127.0.0.3:38159-[] -> ", true),
            (
                "pid=32363 ('127.0.0.7', 45961) DEBUG 127.0.0.7:45961-[] -> ",
                false,
            ),
            (
                "pid=32364 ('127.0.0.3', 38159) DEBUG 127.0.0.3:38159-[] -> ",
                false,
            ),
            (
                "pid=32363 ('127.0.0.7', 45961) DEBUG 127.0.0.7:45961-[frank] -> ",
                false,
            ),
        ]);
        assert_eq!(
            got,
            [
                "32219",
                "127.0.0.3:38159",
                "127.0.0.7:45961",
                "127.0.0.3:38159",
                "127.0.0.7:45961"
            ]
        );
        // A third process under one address and port is no hand-over: the pid is kept.
        let got = keys_greeted(&[
            ("[pid 1] 127.0.0.1:21 -> ", true),
            ("[pid 1] 127.0.0.1:22 -> ", true),
            ("[pid 2] 127.0.0.1:21 -> ", false),
            ("[pid 3] 127.0.0.1:21 -> ", false),
        ]);
        assert_eq!(got, ["1", "127.0.0.1:22", "127.0.0.1:21", "3"]);
    }

    #[test]
    fn a_numbered_name_names_sessions_once_a_second_greeting_comes_under_another() {
        // Three curl jobs through `ts`, one log: the job's name before the marker.
        let got = keys_greeted(&[
            ("2026-12-04 00:50:23.620920 job1 < ", true),
            ("2026-12-04 00:50:23.620930 job1 > ", false),
            ("2026-12-04 00:50:23.676353 job2 < ", true),
            ("2026-12-04 00:50:23.676362 job2 > ", false),
            ("2026-12-04 00:50:23.676371 job1 < ", false),
        ]);
        assert_eq!(got, ["", "", "job2", "job2", "job1"]);
        // Ruby's Logger: one process (`#4024`) for three workers.
        let got = keys_greeted(&[
            (
                "D, [2026-12-04T00:38:06.52 #4024] DEBUG -- ftp-worker-1: get: ",
                true,
            ),
            (
                "D, [2026-12-04T00:38:06.72 #4024] DEBUG -- ftp-worker-2: get: ",
                true,
            ),
            (
                "D, [2026-12-04T00:38:06.77 #4024] DEBUG -- ftp-worker-1: put: ",
                false,
            ),
        ]);
        assert_eq!(got, ["#4024", "ftp-worker-2", "ftp-worker-1"]);
    }

    #[test]
    fn a_thread_named_in_parentheses_names_sessions_once_a_second_dialogue_begins() {
        // suppaftp through simplelog: three clients' threads, `[LEVEL] (thread)`. The
        // level is no name; a greeting under bob after alice's USER is a second dialogue.
        let got = keys_commanded(&[
            (
                "2026-12-04T02:28:00Z [TRACE] (ftp-alice) suppaftp::control: ",
                true,
                false,
            ),
            (
                "2026-12-04T02:28:00Z [DEBUG] (ftp-alice) suppaftp: ",
                true,
                false,
            ),
            (
                "2026-12-04T02:28:00Z [TRACE] (ftp-alice) suppaftp::control: ",
                false,
                true,
            ),
            (
                "2026-12-04T02:28:00Z [TRACE] (ftp-bob) suppaftp::control: ",
                true,
                false,
            ),
            (
                "2026-12-04T02:28:00Z [TRACE] (ftp-alice) suppaftp::control: ",
                false,
                false,
            ),
        ]);
        assert_eq!(got, ["", "", "", "ftp-bob", "ftp-alice"]);
        // pycurl's debug callback through a logger per transfer: `<curl.alice> D < 220`.
        let got = keys_commanded(&[
            ("    17.9 ms <curl.alice> D < ", true, false),
            ("    17.9 ms <curl.alice> D > ", false, true),
            ("    17.9 ms <curl.bob> D < ", true, false),
        ]);
        assert_eq!(got, ["", "", "curl.bob"]);
        // basic-ftp through consola: a level in brackets first, then the logger's scope
        // and name (`[debug] [ftp:alice] < 220`).
        let got = keys_commanded(&[
            ("[debug] [ftp:alice] < ", true, false),
            ("[debug] [ftp:alice] > ", false, true),
            ("[debug] [ftp:bob] < ", true, false),
        ]);
        assert_eq!(got, ["", "", "ftp:bob"]);
        // A user and a thread joined by a middle dot: a name that ends in a number.
        let got = keys_commanded(&[
            (
                "⟦0000.005⟧ alice·t1 (session) ▸ dbg ▸ *resp* '",
                true,
                false,
            ),
            ("⟦0000.005⟧ alice·t1 (session) ▸ dbg ▸ *cmd* '", false, true),
            ("⟦0000.153⟧ bob·t2 (session) ▸ dbg ▸ *resp* '", true, false),
        ]);
        assert_eq!(got, ["", "", "bob·t2"]);
        // A module in brackets, the same on every line, never does.
        let got = keys_greeted(&[
            ("10:00:01 INFO [ftplib] ", true),
            ("10:00:02 INFO [ftplib] ", false),
            ("10:00:03 INFO [ftplib] ", true),
        ]);
        assert_eq!(got, ["", "", ""]);
    }

    #[test]
    fn a_records_id_names_sessions_once_it_came_on_several_lines() {
        // ftp-srv through pino: one process, a child logger's `id` per connection; the
        // greeting's two lines share it, and a second greeting comes under another.
        let keys = |lines: &[(&str, bool)]| {
            let mut choice = KeyChoice::default();
            lines
                .iter()
                .map(|(line, greeting)| {
                    let line = line.as_bytes();
                    let mut m = choose(choice.shared(), meta_of_line(line, line.len()));
                    if choice.learn(&m, *greeting).is_some() {
                        m = choose(choice.shared(), meta_of_line(line, line.len()));
                    }
                    String::from_utf8_lossy(m.key.map_or(&b""[..], |k| k.value)).into_owned()
                })
                .collect::<Vec<_>>()
        };
        let got = keys(&[
            (
                r#"{"pid":25051,"id":"db87-9f33-f97dea46120a","message":"220-newlogs45 ftp-srv"}"#,
                true,
            ),
            (
                r#"{"pid":25051,"id":"db87-9f33-f97dea46120a","message":"220 Ready"}"#,
                true,
            ),
            (
                r#"{"pid":25051,"id":"1997-9ba0-2a79fac7b","message":"220-newlogs45 ftp-srv"}"#,
                true,
            ),
            (
                r#"{"pid":25051,"id":"db87-9f33-f97dea46120a","message":"331 Username okay"}"#,
                false,
            ),
        ]);
        assert_eq!(
            got,
            [
                "25051",
                "25051",
                "1997-9ba0-2a79fac7b",
                "db87-9f33-f97dea46120a"
            ]
        );
        // An id of every record's own names nothing, greetings or not.
        let got = keys(&[
            (r#"{"pid":7,"id":"5d1c-0a2f","message":"220 Ready"}"#, true),
            (
                r#"{"pid":7,"id":"77e0-be3c","message":"331 Password"}"#,
                false,
            ),
            (r#"{"pid":7,"id":"a9f1-0c4d","message":"220 Ready"}"#, true),
            (
                r#"{"pid":7,"id":"3b2e-91af","message":"331 Password"}"#,
                false,
            ),
        ]);
        assert_eq!(got, ["7", "7", "7", "7"]);
    }

    #[test]
    fn a_name_new_on_every_line_after_a_goodbye_names_nothing() {
        // A request's id on every line, one session after the other: a greeting under a
        // new id after a goodbye is the next session's, which the keyless lines tell.
        let mut choice = KeyChoice::default();
        let mut learn = |line: &str, greeting: bool| {
            choice.learn(&choose(choice.shared(), meta(line.as_bytes())), greeting)
        };
        assert_eq!(learn("req-101 < ", true), None);
        assert_eq!(learn("req-102 > ", false), None);
        choice.ended();
        let mut learn = |line: &str, greeting: bool| {
            choice.learn(&choose(choice.shared(), meta(line.as_bytes())), greeting)
        };
        assert_eq!(learn("req-104 < ", true), None);
        assert_eq!(choice.shared(), 0);
    }

    #[test]
    fn a_pools_threads_never_name_sessions() {
        // Apache FtpServer: the threads serve every client in turn.
        let got = keys(&[
            "[pool-3-thread-1] /127.0.0.2:36847 - ",
            "[pool-3-thread-2] /127.0.0.3:45263 - ",
            "[pool-3-thread-1] /127.0.0.3:45263 - ",
            "[pool-3-thread-3] /127.0.0.2:36847 - ",
            "[pool-3-thread-1] /127.0.0.2:36847 - ",
            "[pool-3-thread-3] /127.0.0.3:45263 - ",
        ]);
        assert_eq!(
            got,
            [
                "127.0.0.2:36847",
                "127.0.0.3:45263",
                "127.0.0.3:45263",
                "127.0.0.2:36847",
                "127.0.0.2:36847",
                "127.0.0.3:45263"
            ]
        );
    }
}
