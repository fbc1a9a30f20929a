#!/usr/bin/env bash
# Whole-process time of `ftpcode explain 502` beside a floor: a Rust program that only
# prints one line, built here with rustc -O and the release profile's other settings
# (panic=abort, LTO, one codegen unit, stripped), linked like each ftpcode build: the
# default (dynamically linked) build and the statically linked one the README recommends
# on Linux. Nothing that starts a Rust program and prints can be faster than the floor, so
# the ratio is what ftpcode's own work costs (issue #12: explain 502 within 1.05x of the
# floor of the same linking). `errno 2` (moreutils), a C program that looks a number up
# in a table and prints it, is measured beside them when it is installed.
#
# All commands of a round are measured in one hyperfine run (RUNS runs each, default
# 2000, after 100 warm-up runs); ROUNDS rounds (default 3) give the spread of the ratios.
# Needs hyperfine and rustc (apt-get install hyperfine; moreutils for errno, optional).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine rustc python3; do
  command -v "$tool" >/dev/null || { echo "benches/explain.sh: $tool is not installed" >&2; exit 2; }
done
triple=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --locked -q
# crt-static must not reach the host's proc-macros, hence the explicit --target.
cargo build --release --locked -q --target "$triple" \
  --config "target.$triple.rustflags=['-Ctarget-feature=+crt-static']"
dynamic=target/release/ftpcode
static=target/$triple/release/ftpcode
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/floor.rs" <<'RS'
fn main() {
    println!("502 Command not implemented");
}
RS
flags=(-O -C panic=abort -C lto -C codegen-units=1 -C strip=symbols)
rustc "${flags[@]}" "$tmp/floor.rs" -o "$tmp/floor-dynamic"
rustc "${flags[@]}" -C target-feature=+crt-static --target "$triple" "$tmp/floor.rs" -o "$tmp/floor-static"

cmds=("$tmp/floor-static" "$static explain 502" "$tmp/floor-dynamic" "$dynamic explain 502"
  "$static explain 502 --json" "$static compare 211 502")
if command -v errno >/dev/null; then
  cmds+=("errno 2")
else
  echo "(errno not installed: apt-get install moreutils to measure it too)"
fi
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
rounds=${ROUNDS:-3}
for round in $(seq "$rounds"); do
  hyperfine --warmup 100 --runs "${RUNS:-2000}" -N --style none --export-json "$tmp/round.$round.json" \
    "${cmds[@]}" >/dev/null 2>&1
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$tmp" "$rounds" "$static" "$dynamic" <<'PY'
import json, statistics, sys
tmp, rounds, static, dynamic = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
runs = [json.load(open(f"{tmp}/round.{i}.json"))["results"] for i in range(1, rounds + 1)]
med = statistics.median

def short(cmd):
    cmd = cmd.replace(static, "ftpcode[static]").replace(dynamic, "ftpcode[dynamic]")
    return cmd.replace(f"{tmp}/floor-static", "floor[static]").replace(f"{tmp}/floor-dynamic", "floor[dynamic]")

def floor_of(j):
    # Each command is held to the floor linked the same way: commands 2 and 3 (the
    # dynamic floor and build) to the dynamic floor, the others to the static one.
    return 2 if j in (2, 3) else 0

def cpu(r):
    # User and system time (hyperfine's means): what the process itself used, which a
    # busy machine disturbs far less than the wall-clock time it waits for a core.
    return r["user"] + r["system"]

print("wall: median of each round's median (min over all runs); cpu: user+system, mean per run;")
print("ratios to the floor of the same linking: median over rounds (min-max)")
print(f"{'command':<34} {'wall ms':>8} {'min':>6} {'vs floor':>19} {'cpu ms':>7} {'vs floor':>19}")
for j, r in enumerate(runs[0]):
    base = floor_of(j)
    wall = [run[j]["median"] / run[base]["median"] for run in runs]
    cpus = [cpu(run[j]) / cpu(run[base]) for run in runs]
    print(f"{short(r['command']):<34} {med(run[j]['median'] for run in runs) * 1e3:8.3f} "
          f"{min(run[j]['min'] for run in runs) * 1e3:6.3f} "
          f"{med(wall):6.2f}x ({min(wall):.2f}-{max(wall):.2f}) "
          f"{med(cpu(run[j]) for run in runs) * 1e3:7.3f} "
          f"{med(cpus):6.2f}x ({min(cpus):.2f}-{max(cpus):.2f})")
for j, base, name in ((1, 0, "static"), (3, 2, "dynamic")):
    wall = med(run[j]["median"] / run[base]["median"] for run in runs)
    cpus = med(cpu(run[j]) / cpu(run[base]) for run in runs)
    verdict = "pass" if wall <= 1.05 else "FAIL"
    print(f"bar (#12) explain 502, {name} build, within 1.05x of the {name} floor: "
          f"wall {wall:.2f}x: {verdict} (cpu {cpus:.2f}x)")
PY
