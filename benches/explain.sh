#!/usr/bin/env bash
# Whole-process time of `ftpcode explain 502` beside `errno 2` (moreutils): both look a
# number up in a table built into the binary and print it. Prints hyperfine's figures for
# the default build and for the statically linked build the README recommends on Linux.
# Needs hyperfine and moreutils (apt-get install hyperfine moreutils).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine errno; do
  command -v "$tool" >/dev/null || { echo "benches/explain.sh: $tool is not installed" >&2; exit 2; }
done
triple=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --locked -q
# crt-static must not reach the host's proc-macros, hence the explicit --target.
cargo build --release --locked -q --target "$triple" \
  --config "target.$triple.rustflags=['-Ctarget-feature=+crt-static']"
dynamic=target/release/ftpcode
static=target/$triple/release/ftpcode
json=$(mktemp)
hyperfine --warmup 100 --runs "${RUNS:-2000}" -N --style none --export-json "$json" \
  "errno 2" "$static explain 502" "$dynamic explain 502" "$static explain 502 --json" \
  "$static compare 211 502" >/dev/null 2>&1
python3 - "$json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["mean"]
print(f"{'command':<64} {'mean ms':>8} {'median ms':>10} {'vs errno':>9}")
for r in results:
    print(f"{r['command']:<64} {r['mean'] * 1e3:8.3f} {r['median'] * 1e3:10.3f} {r['mean'] / base:8.2f}x")
PY
rm -f "$json"
