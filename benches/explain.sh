#!/usr/bin/env bash
# Whole-process time of `ftpcode explain 502` beside a floor: a Rust program that only
# prints one line, built here with rustc -O and the release profile's other settings
# (panic=abort, LTO, one codegen unit, stripped), linked like each ftpcode build:
#   dynamic     the default build (`cargo build --release`, `cargo install`): PIE;
#   static-pie  statically linked (`-C target-feature=+crt-static`), still PIE;
#   static      statically linked and not PIE (`-C relocation-model=static`): no
#               relocations to apply at start, no address randomisation of the binary.
# Nothing that starts a Rust program and prints can be faster than the floor of the same
# linking, so the ratio is what ftpcode's own work costs (issue #12: explain 502 within
# 1.05x of the floor). `errno 2` (moreutils), a C program that looks a number up in a
# table and prints it, is measured beside them when it is installed. Page faults (GNU
# time's minor faults, the mean of 20 runs) say where the time goes: see link/README.md.
#
# All commands of a round are measured in one hyperfine run (RUNS runs each, default
# 2000, after 100 warm-up runs); ROUNDS rounds (default 3) give the spread of the ratios.
# Needs hyperfine, GNU time and rustc (apt-get install hyperfine time; moreutils for
# errno, optional).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine rustc python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/explain.sh: $tool is not installed" >&2; exit 2; }
done
triple=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --locked -q
# crt-static must not reach the host's proc-macros, hence the explicit --target; each
# static build has its own target directory so that neither rebuilds the other.
cargo build --release --locked -q --target "$triple" --target-dir target/static-pie \
  --config "target.$triple.rustflags=['-Ctarget-feature=+crt-static']"
cargo build --release --locked -q --target "$triple" --target-dir target/static \
  --config "target.$triple.rustflags=['-Ctarget-feature=+crt-static','-Crelocation-model=static']"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Every program measured is copied into $tmp the same way, since how a file was written
# changes how fast it starts: a binary just written by the linker starts up to 10% slower
# than a copy of it (`cargo install` copies), whose page cache the kernel maps in larger
# pieces.
mkdir "$tmp/ftpcode-dynamic" "$tmp/ftpcode-static-pie" "$tmp/ftpcode-static"
cp target/release/ftpcode "$tmp/ftpcode-dynamic/ftpcode"
cp "target/static-pie/$triple/release/ftpcode" "$tmp/ftpcode-static-pie/ftpcode"
cp "target/static/$triple/release/ftpcode" "$tmp/ftpcode-static/ftpcode"
dynamic=$tmp/ftpcode-dynamic/ftpcode
staticpie=$tmp/ftpcode-static-pie/ftpcode
static=$tmp/ftpcode-static/ftpcode
cat >"$tmp/floor.rs" <<'RS'
fn main() {
    println!("502 Command not implemented");
}
RS
flags=(-O -C panic=abort -C lto -C codegen-units=1 -C strip=symbols)
mkdir "$tmp/built"
rustc "${flags[@]}" "$tmp/floor.rs" -o "$tmp/built/floor-dynamic"
rustc "${flags[@]}" -C target-feature=+crt-static --target "$triple" "$tmp/floor.rs" \
  -o "$tmp/built/floor-static-pie"
rustc "${flags[@]}" -C target-feature=+crt-static -C relocation-model=static \
  --target "$triple" "$tmp/floor.rs" -o "$tmp/built/floor-static"
cp "$tmp"/built/floor-* "$tmp/"

# Pairs first (floor, ftpcode) for each linking, then the others.
cmds=("$tmp/floor-dynamic" "$dynamic explain 502" "$tmp/floor-static-pie" "$staticpie explain 502"
  "$tmp/floor-static" "$static explain 502" "$dynamic explain 502 --json" "$dynamic compare 211 502")
if command -v errno >/dev/null; then
  cmds+=("errno 2")
else
  echo "(errno not installed: apt-get install moreutils to measure it too)"
fi
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for j in "${!cmds[@]}"; do
  # shellcheck disable=SC2086 # a command is words on purpose
  for _ in $(seq 20); do /usr/bin/time -f %R -a -o "$tmp/faults.$j" ${cmds[$j]} >/dev/null; done
done
rounds=${ROUNDS:-3}
for round in $(seq "$rounds"); do
  hyperfine --warmup 100 --runs "${RUNS:-2000}" -N --style none --export-json "$tmp/round.$round.json" \
    "${cmds[@]}" >/dev/null 2>&1
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$tmp" "$rounds" "$dynamic" "$staticpie" "$static" <<'PY'
import json, statistics, sys
tmp, rounds, dynamic, staticpie, static = sys.argv[1], int(sys.argv[2]), *sys.argv[3:6]
runs = [json.load(open(f"{tmp}/round.{i}.json"))["results"] for i in range(1, rounds + 1)]
med = statistics.median
names = ("dynamic", "static-pie", "static")

def short(cmd):
    for path, name in ((staticpie, "static-pie"), (static, "static"), (dynamic, "dynamic")):
        cmd = cmd.replace(path, f"ftpcode[{name}]")
    for name in names:
        cmd = cmd.replace(f"{tmp}/floor-{name}", f"floor[{name}]")
    return cmd

def floor_of(j):
    # Commands 0-5 are (floor, ftpcode) pairs; the others are held to the dynamic floor.
    return j - j % 2 if j < 6 else 0

def faults(j):
    return statistics.mean(float(x) for x in open(f"{tmp}/faults.{j}").read().split())

def cpu(r):
    # User and system time (hyperfine's means): what the process itself used, which a
    # busy machine disturbs far less than the wall-clock time it waits for a core.
    return r["user"] + r["system"]

print("wall: median of each round's median (min over all runs); cpu: user+system, mean per run;")
print("ratios to the floor of the same linking: median over rounds (min-max); faults: minor page faults")
print(f"{'command':<36} {'wall ms':>8} {'min':>6} {'vs floor':>19} {'cpu ms':>7} {'vs floor':>19} {'faults':>6}")
for j, r in enumerate(runs[0]):
    base = floor_of(j)
    wall = [run[j]["median"] / run[base]["median"] for run in runs]
    cpus = [cpu(run[j]) / cpu(run[base]) for run in runs]
    print(f"{short(r['command']):<36} {med(run[j]['median'] for run in runs) * 1e3:8.3f} "
          f"{min(run[j]['min'] for run in runs) * 1e3:6.3f} "
          f"{med(wall):6.2f}x ({min(wall):.2f}-{max(wall):.2f}) "
          f"{med(cpu(run[j]) for run in runs) * 1e3:7.3f} "
          f"{med(cpus):6.2f}x ({min(cpus):.2f}-{max(cpus):.2f}) {faults(j):6.0f}")
for k, name in enumerate(names):
    j, base = 2 * k + 1, 2 * k
    wall = med(run[j]["median"] / run[base]["median"] for run in runs)
    cpus = med(cpu(run[j]) / cpu(run[base]) for run in runs)
    verdict = "pass" if wall <= 1.05 else "FAIL"
    print(f"bar (#12) explain 502, {name} build, within 1.05x of the {name} floor: "
          f"wall {wall:.2f}x: {verdict} (cpu {cpus:.2f}x)")
PY
