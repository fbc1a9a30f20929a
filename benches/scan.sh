#!/usr/bin/env bash
# Times `ftpcode scan` in its three modes (--summary, annotation, --json) on a generated
# log of SIZE_MIB MiB (default 1024) that mixes the line shapes of every fixture in
# tests/fixtures/scan (benches/gen_log.py), beside `grep -cE` (which finds candidate
# reply lines but explains nothing) and `cat`, all to /dev/null (grep's count to a file).
# For each it prints hyperfine's median, min, max and standard deviation over RUNS runs
# (default 7), MB/s, the ratio of its median to grep's, its peak RSS (GNU time), and the
# bar of issues #9 and #10 it is held to. Then the size of `scan --json`'s output (average
# bytes per record), and the peak RSS of each mode on one line of SINGLE_MIB MiB (default
# 1024) read from a pipe, which must stay flat.
#
# Needs python3, hyperfine and GNU time (apt-get install hyperfine time).
# Environment: SIZE_MIB, RUNS, WARMUP (default 2), LOG (default bench-data/fixtures-mix.log,
# regenerated when smaller than SIZE_MIB or written by another version of gen_log.py),
# SINGLE_MIB (0 skips the single-line check), BIN (default: a release build of this tree).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/scan.sh: $tool is not installed" >&2; exit 2; }
done
size_mib=${SIZE_MIB:-1024}
runs=${RUNS:-7}
warmup=${WARMUP:-2}
single_mib=${SINGLE_MIB:-1024}
log=${LOG:-bench-data/fixtures-mix.log}
mkdir -p "$(dirname "$log")"
stamp="$log.gen"
want="$(sha256sum benches/gen_log.py | cut -c1-16) $size_mib"
if [ ! -s "$log" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  python3 benches/gen_log.py "$log" "$size_mib"
  echo "$want" >"$stamp"
fi
if [ -z "${BIN:-}" ]; then
  cargo build --release --locked -q
  bin=target/release/ftpcode
else
  bin=$BIN
fi
bytes=$(stat -L -c %s "$log")
grep_re='(^|[<>"*:] ?)[1-6][0-9][0-9][ -]'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

names=() cmds=() bars=()
# Each command runs under GNU time, which appends its peak RSS to a file per command (the
# few hundred microseconds it adds are nothing beside runs of seconds). grep's count goes to
# a file: GNU grep stops at the first match when its output is /dev/null, which would make
# it no benchmark at all.
rss() { echo "/usr/bin/time -f %M -a -o $tmp/rss.${#cmds[@]}"; }
names+=("grep -cE"); cmds+=("$(rss) grep -cE '$grep_re' $log > $tmp/count"); bars+=("")
names+=("cat"); cmds+=("$(rss) cat $log"); bars+=("")
names+=("scan --summary"); cmds+=("$(rss) $bin scan --summary $log"); bars+=("1.0")
names+=("scan"); cmds+=("$(rss) $bin scan $log"); bars+=("1.2")
names+=("scan --json"); cmds+=("$(rss) $bin scan --json $log"); bars+=("2.0")

echo "log: $log, $((bytes >> 20)) MiB, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup "$warmup" --runs "$runs" --style none --export-json "$tmp/times.json" \
  --output=null "${cmds[@]}" >/dev/null
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# The median is what the ratios use: on a shared 2-core machine a run now and then takes
# twice as long for reasons outside the program, which moves the mean but not the median.
python3 - "$tmp" "$bytes" "${#cmds[@]}" "${names[@]}" "${bars[@]}" <<'PY'
import json, sys
tmp, size, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
names, bars = sys.argv[4:4 + n], sys.argv[4 + n:4 + 2 * n]
results = json.load(open(f"{tmp}/times.json"))["results"]
grep = results[0]["median"]
print(f"{'command':<16} {'median s':>9} {'min':>7} {'max':>7} {'stddev':>7} {'MB/s':>7} "
      f"{'vs grep':>8} {'RSS MiB':>8}  bar (#9, #10)")
for name, bar, r, i in zip(names, bars, results, range(n)):
    rss = max(int(x) for x in open(f"{tmp}/rss.{i}").read().split()) / 1024
    ratio = r["median"] / grep
    verdict = ""
    if bar:
        ok = ratio <= float(bar) and rss <= 16
        verdict = f"<= {bar}x grep, <= 16 MiB: {'pass' if ok else 'FAIL'}"
    print(f"{name:<16} {r['median']:9.3f} {r['min']:7.3f} {r['max']:7.3f} {r['stddev']:7.3f} "
          f"{size / r['median'] / 1e6:7.0f} {ratio:7.2f}x {rss:8.1f}  {verdict}")
PY

# What --json writes: records (one a line: replies, findings, the closing summary) and bytes.
cat >"$tmp/count.py" <<'PY'
import json, sys
records = size = 0
tail = b""
for block in iter(lambda: sys.stdin.buffer.read(1 << 20), b""):
    records += block.count(b"\n")
    size += len(block)
    tail = (tail + block)[-4096:]
closing = json.loads(tail.rstrip(b"\n").rsplit(b"\n", 1)[-1])
avg = size / records
verdict = "pass" if avg < 400 else "FAIL"
print(f"scan --json: {records} records ({closing['replies']} replies, {closing['findings']} findings), "
      f"{size} bytes, {avg:.0f} bytes a record on average; bar (#10) < 400: {verdict}")
PY
"$bin" scan --json "$log" | python3 "$tmp/count.py"

# One line of SINGLE_MIB MiB with reply and command markers all along it, from a pipe:
# memory must not grow with the line.
if [ "$single_mib" -gt 0 ]; then
  for mode in --summary "" --json; do
    yes 'FTP response: Client "127.0.0.1", "220 ready" <--- 211-x ---> RETR a ' | tr -d '\n' |
      head -c "$((single_mib << 20))" |
      /usr/bin/time -f '%e %M' -o "$tmp/single" "$bin" scan ${mode:+"$mode"} >/dev/null 2>"$tmp/single.err" || true
    read -r secs rss <"$tmp/single"
    printf 'one %d MiB line, scan %-9s %6.2f s, peak RSS %5.1f MiB; bar (#9) <= 16 MiB: %s\n' \
      "$single_mib" "${mode:-(annotate)}" "$secs" "$(awk "BEGIN { print $rss / 1024 }")" \
      "$([ "$rss" -le 16384 ] && echo pass || echo FAIL)"
  done
fi
