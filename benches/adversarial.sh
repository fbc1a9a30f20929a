#!/usr/bin/env bash
# Times `ftpcode scan` on adversarial inputs at several sizes, to show that its time grows
# linearly with the input and its peak RSS stays flat (issue #13: <= 16 MiB). For each
# shape and size it prints hyperfine's median (with min and max over RUNS runs), MB/s, the
# highest peak RSS of those runs (GNU time), and the growth: the ratio of the median to the one at the size
# before (2.00 when the size doubles and the time is linear).
#
# The shapes:
#   client-quote   one line of `FTP command: Client "` repeated (vsftpd's markers)
#   arrow-211      one line of `<--- 211-` repeated (an opening reply line, again and again)
#   quotes         one line of `"` repeated
#   tiny-lines     `1\n` repeated: the most lines per byte
#   distinct       `550 <unique text N>` lines: every reply different
#   open-211       `211-x`, then body lines without end: a multi-line reply never closed
#   sessions       vsftpd lines of a new `[pid N]` every two lines: sessions without end
#   hex-dump       one xxd dump of an FTP dialogue, its rows never ending
#   escapes        strace lines of 64 KiB holding `\\\\\\\\r\\\\n` escapes of escapes
#                  and escaped line ends: a string of many lines in every line
#
# Needs python3, hyperfine and GNU time (apt-get install hyperfine time).
# Environment: SIZES (MiB, default "16 32 64 128"), RUNS (default 3), SHAPES (default all),
# MODE (--summary, --json or annotate; default annotate), BIN (default: a release build of
# this tree), DIR (where the inputs are written, default bench-data/adversarial; each one is
# removed after its measurement unless KEEP=1).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/adversarial.sh: $tool is not installed" >&2; exit 2; }
done
sizes=${SIZES:-16 32 64 128}
runs=${RUNS:-3}
shapes=${SHAPES:-client-quote arrow-211 quotes tiny-lines distinct open-211 sessions hex-dump escapes}
mode=${MODE:-annotate}
dir=${DIR:-bench-data/adversarial}
mkdir -p "$dir"
if [ -z "${BIN:-}" ]; then
  cargo build --release --locked -q
  bin=target/release/ftpcode
else
  bin=$BIN
fi
args=(scan)
[ "$mode" = annotate ] || args+=("$mode")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/gen.py" <<'PY'
"""gen.py SHAPE SIZE_MIB OUT: writes SIZE_MIB MiB of one adversarial shape."""
import sys

shape, size, out = sys.argv[1], int(sys.argv[2]) << 20, sys.argv[3]
f = open(out, "wb")
written = 0


def put(data):
    global written
    data = data[: size - written]
    f.write(data)
    written += len(data)


def repeat(unit, newline_at_end=True):
    """One unit over and over (one line if the unit has no newline)."""
    chunk = unit * max(1, (1 << 20) // len(unit))
    while written < size - 1:
        put(chunk[: size - 1 - written])
    put(b"\n" if newline_at_end else unit[:1])


def numbered(make, per_batch=20000):
    """Lines that differ: make(n) for n = 0, 1, 2, ..."""
    n = 0
    while written < size:
        put("".join(make(i) for i in range(n, n + per_batch)).encode())
        n += per_batch
    # The last line may have been cut: the input still ends with a newline.
    f.seek(size - 1)
    f.write(b"\n")


if shape == "client-quote":
    repeat(b'FTP command: Client "')
elif shape == "arrow-211":
    repeat(b"<--- 211-")
elif shape == "quotes":
    repeat(b'"')
elif shape == "tiny-lines":
    repeat(b"1\n", newline_at_end=False)
elif shape == "distinct":
    numbered(lambda n: f"550 Cannot open {n:x}: no such file {n} in directory d{n % 977}\n")
elif shape == "open-211":
    put(b"<--- 211-Features:\n")
    numbered(lambda n: f"<--- feature line {n} of a reply that never ends\n")
elif shape == "sessions":
    numbered(lambda n: (
        f'Tue Nov 24 05:53:37 2026 [pid {n}] FTP command: Client "10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}", "USER u{n}"\n'
        f'Tue Nov 24 05:53:37 2026 [pid {n}] FTP response: Client "10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}", "331 Please specify the password."\n'))
elif shape == "hex-dump":
    dialogue = (b"220 ready\r\nUSER ftpuser\r\n331 Please specify the password.\r\n"
                b"PASS secret\r\n230 Login successful.\r\nRETR x\r\n550 Failed to open file.\r\n")
    data = dialogue * 4096
    offset = 0
    while written < size:
        rows = []
        for i in range(0, len(data), 16):
            row = data[i:i + 16]
            hexes = row.hex()
            groups = " ".join(hexes[j:j + 4] for j in range(0, len(hexes), 4))
            text = "".join(chr(b) if 32 <= b < 127 else "." for b in row)
            rows.append(f"{offset + i:08x}: {groups:<39}  {text}\n")
        offset += len(data)
        put("".join(rows).encode())
    f.seek(size - 1)
    f.write(b"\n")
elif shape == "escapes":
    unit = b"\\\\\\\\\\\\\\\\r\\\\\\\\n\\r\\n211-x \\\\\\\\\\\\\\\\r\\\\\\\\n\\r\\n"
    body = unit * ((64 << 10) // len(unit))
    line = b'27399 read(3, "' + body + b'211 End\\r\\n", 65536) = 65536\n'
    while written < size:
        put(line)
    f.seek(size - 1)
    f.write(b"\n")
else:
    sys.exit(f"unknown shape {shape}")
f.close()
PY

echo "ftpcode scan, mode $mode, on adversarial inputs; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-13s %5s %9s %8s %8s %8s %8s %7s  %s\n' shape MiB "median s" min max MB/s "RSS MiB" growth "RSS <= 16 MiB"
for shape in $shapes; do
  prev=""
  for size in $sizes; do
    input="$dir/$shape-$size.log"
    python3 "$tmp/gen.py" "$shape" "$size" "$input"
    rm -f "$tmp/rss"
    # GNU time appends each run's peak RSS (it adds well under a millisecond to a run).
    hyperfine --runs "$runs" --style none --export-json "$tmp/t.json" --output=null -N \
      "/usr/bin/time -f %M -a -o $tmp/rss $bin ${args[*]} $input" >/dev/null 2>&1
    line=$(python3 - "$tmp/t.json" "$tmp/rss" "$size" "$shape" "$prev" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
rss = max(int(x) for x in open(sys.argv[2]).read().split()) / 1024
size, shape, prev = int(sys.argv[3]), sys.argv[4], sys.argv[5]
growth = f"{r['median'] / float(prev):6.2f}x" if prev else "      -"
ok = "pass" if rss <= 16 else "FAIL"
print(f"{r['median']} {shape:<13} {size:5d} {r['median']:9.3f} {r['min']:8.3f} {r['max']:8.3f} "
      f"{(size << 20) / r['median'] / 1e6:8.1f} {rss:8.1f} {growth}  {ok}")
PY
)
    prev=${line%% *}
    echo "${line#* }"
    [ "${KEEP:-0}" = 1 ] || rm -f "$input"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
