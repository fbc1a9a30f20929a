#!/usr/bin/env bash
# Times `ftpcode scan` on a generated log of at least 1 GiB (benches/gen_log.py) in its
# three modes, beside `grep -cE` (which finds candidate reply lines but explains nothing)
# and `cat`, all to /dev/null (grep's count to a file), and prints each one's MB/s, its
# ratio to grep and its peak resident memory. Needs hyperfine and GNU time (apt-get install hyperfine time).
set -euo pipefail
cd "$(dirname "$0")/.."
size_mib=${SIZE_MIB:-1024}
log=${LOG:-bench-data/mixed.log}
mkdir -p "$(dirname "$log")"
[ -s "$log" ] && [ "$(( $(stat -c %s "$log") >> 20 ))" -ge "$size_mib" ] || python3 benches/gen_log.py "$log" "$size_mib"
cargo build --release --locked -q
bin=target/release/ftpcode
bytes=$(stat -c %s "$log")
grep_re='(^|[<>"*:] ?)[1-6][0-9][0-9][ -]'

declare -a names cmds
# grep's count goes to a file: GNU grep stops at the first match when its output is
# /dev/null, which would make it no benchmark at all.
count=$(mktemp)
names+=("grep -cE"); cmds+=("grep -cE '$grep_re' $log > $count")
names+=("cat"); cmds+=("cat $log")
names+=("scan --summary"); cmds+=("$bin scan --summary $log")
names+=("scan"); cmds+=("$bin scan $log")
names+=("scan --json"); cmds+=("$bin scan --json $log")

json=$(mktemp)
hyperfine --warmup 2 --runs "${RUNS:-7}" --style none --export-json "$json" \
  --output=null "${cmds[@]}" >/dev/null
# The median is what the ratios use: on a shared 2-core machine a run now and then takes
# twice as long for reasons outside the program, which moves the mean but not the median.
# Both are printed.
printf '%-16s %8s %8s %10s %12s %14s\n' "command" "median" "mean" "MB/s" "vs grep" "peak RSS MiB"
grep_s=$(python3 -c "import json; print(json.load(open('$json'))['results'][0]['median'])")
for i in "${!cmds[@]}"; do
  stats=$(python3 -c "import json; r=json.load(open('$json'))['results'][$i]; print(r['median'], r['mean'])")
  rss=$( { /usr/bin/time -f '%M' sh -c "${cmds[$i]} >/dev/null" ; } 2>&1 | tail -n 1)
  python3 - $stats "$grep_s" "$bytes" "$rss" "${names[$i]}" <<'PY'
import sys
median, mean, grep_s = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
size, rss, name = int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
print(f"{name:<16} {median:8.2f} {mean:8.2f} {size / median / 1e6:10.0f} {median / grep_s:11.2f}x {rss / 1024:14.1f}")
PY
done
rm -f "$json" "$count"
