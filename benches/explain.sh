#!/usr/bin/env bash
# Whole-process time of `ftpcode explain 502` beside a floor: a Rust program that only
# prints one line, built here with rustc -O and the release profile's other settings
# (panic=abort, LTO, one codegen unit, stripped). ftpcode is measured in four linkings,
# each beside the floor linked the same way:
#   default     the default build (`cargo build --release`, `cargo install`): on Linux,
#               dynamic and at a fixed address (build.rs passes -no-pie);
#   pie         the default build with FTPCODE_PIE=1: dynamic and position-independent;
#   static-pie  statically linked (`-C target-feature=+crt-static`), still PIE;
#   static      statically linked and not PIE (`-C relocation-model=static`).
# The floor starts as every Rust program does, through std's set-up before `main`; on
# Linux with glibc ftpcode starts at C's `main` without most of it (src/main.rs,
# link/README.md), so it can take less time than the floor. A second floor, floor[c-main],
# starts that way too (built like floor[default]): ftpcode's ratio to it is what
# ftpcode's own work costs. Issue #12's bar holds the
# default build to the floor as rustc builds it by default (dynamic, PIE): explain 502
# within 1.05x of "a Rust program that only prints one line". `errno 2` (moreutils), a C
# program that looks a number up in a table and prints it, is measured beside them when
# it is installed. Page faults (GNU time's minor faults, the mean of 20 runs) say where
# the time goes: see link/README.md.
#
# Time is measured by benches/tools/alternate.rs (built here with rustc), which runs a
# program and its floor in turn, one run of each per cycle, so that a change in the
# machine's load falls on both alike: CYCLES cycles (default 2000) after WARMUP (default
# 100), in ROUNDS rounds (default 3) that give the spread. Each ratio is the median over a
# round's cycles of the two times in the same cycle.
# Needs rustc, python3 and GNU time (apt-get install time; moreutils for errno, optional).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in rustc python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/explain.sh: $tool is not installed" >&2; exit 2; }
done
triple=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --locked -q
FTPCODE_PIE=1 cargo build --release --locked -q --target-dir target/pie
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
names=(default pie static-pie static)
for name in "${names[@]}"; do mkdir "$tmp/ftpcode-$name"; done
cp target/release/ftpcode "$tmp/ftpcode-default/ftpcode"
cp target/pie/release/ftpcode "$tmp/ftpcode-pie/ftpcode"
cp "target/static-pie/$triple/release/ftpcode" "$tmp/ftpcode-static-pie/ftpcode"
cp "target/static/$triple/release/ftpcode" "$tmp/ftpcode-static/ftpcode"
cat >"$tmp/floor.rs" <<'RS'
fn main() {
    println!("502 Command not implemented");
}
RS
cat >"$tmp/floor-cmain.rs" <<'RS'
#![no_main]
#[no_mangle]
extern "C" fn main(_argc: i32, _argv: *const *const u8) -> i32 {
    println!("502 Command not implemented");
    std::process::exit(0)
}
RS
flags=(-O -C panic=abort -C lto -C codegen-units=1 -C strip=symbols)
mkdir "$tmp/built"
rustc "${flags[@]}" -C link-arg=-no-pie "$tmp/floor-cmain.rs" -o "$tmp/built/floor-cmain"
rustc "${flags[@]}" -C link-arg=-no-pie "$tmp/floor.rs" -o "$tmp/built/floor-default"
rustc "${flags[@]}" "$tmp/floor.rs" -o "$tmp/built/floor-pie"
rustc "${flags[@]}" -C target-feature=+crt-static --target "$triple" "$tmp/floor.rs" \
  -o "$tmp/built/floor-static-pie"
rustc "${flags[@]}" -C target-feature=+crt-static -C relocation-model=static \
  --target "$triple" "$tmp/floor.rs" -o "$tmp/built/floor-static"
cp "$tmp"/built/floor-* "$tmp/"

# Each pair is a floor and a program measured against it, in turn, on their own: with
# more programs in a cycle, each one's code and data are colder in the CPU's caches when
# it starts, which lengthens a larger program more (errno 2 then takes 1.08x of the floor
# instead of 1.00x), and that is not what a person running it once after another sees.
floor_of=() cmds=()
for name in "${names[@]}"; do
  floor_of+=("$tmp/floor-$name"); cmds+=("$tmp/ftpcode-$name/ftpcode explain 502")
done
# The bar: the default build beside a Rust program built the default way (PIE).
floor_of+=("$tmp/floor-pie"); cmds+=("$tmp/ftpcode-default/ftpcode explain 502")
floor_of+=("$tmp/floor-pie"); cmds+=("$tmp/ftpcode-default/ftpcode explain 502 --json")
floor_of+=("$tmp/floor-pie"); cmds+=("$tmp/ftpcode-default/ftpcode compare 211 502")
floor_of+=("$tmp/floor-cmain"); cmds+=("$tmp/ftpcode-default/ftpcode explain 502")
if command -v errno >/dev/null; then
  floor_of+=("$tmp/floor-pie"); cmds+=("errno 2")
else
  echo "(errno not installed: apt-get install moreutils to measure it too)"
fi
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for j in "${!cmds[@]}"; do
  # shellcheck disable=SC2086 # a command is words on purpose
  for _ in $(seq 20); do /usr/bin/time -f %R -a -o "$tmp/faults.$j" ${cmds[$j]} >/dev/null; done
done
rustc -O -o "$tmp/alternate" benches/tools/alternate.rs
rounds=${ROUNDS:-3}
for round in $(seq "$rounds"); do
  for j in "${!cmds[@]}"; do
    "$tmp/alternate" "${CYCLES:-2000}" "${WARMUP:-100}" "${floor_of[$j]}" "${cmds[$j]}" \
      >"$tmp/round.$round.$j.tsv"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$tmp" "$rounds" "${#names[@]}" -- "${floor_of[@]}" -- "${cmds[@]}" <<'PY'
import statistics, sys
tmp, rounds, linkings = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rest = sys.argv[5:]
cut = rest.index("--")
floors, cmds = rest[:cut], rest[cut + 1:]
med = statistics.median

def short(cmd):
    cmd = cmd.replace(f"{tmp}/", "").replace("floor-cmain", "floor[c-main]")
    for name in ("default", "pie", "static-pie", "static"):
        cmd = cmd.replace(f"ftpcode-{name}/ftpcode", f"ftpcode[{name}]")
        cmd = cmd.replace(f"floor-{name}", f"floor[{name}]")
    return cmd

def faults(j):
    return statistics.mean(float(x) for x in open(f"{tmp}/faults.{j}").read().split())

print("each program in turn with its floor, CYCLES cycles a round; ms: medians over all "
      "cycles; ratio: median over rounds of each round's median per-cycle ratio (min-max "
      "of the rounds); faults: minor page faults of the program, mean of 20 runs")
print(f"{'program':<38} {'floor':<18} {'ms':>6} {'floor ms':>8} {'ratio':>22} {'faults':>7}")
results = []
for j, (floor, cmd) in enumerate(zip(floors, cmds)):
    runs = [[[float(x) for x in line.split()] for line in open(f"{tmp}/round.{r}.{j}.tsv")]
            for r in range(1, rounds + 1)]
    each = [med(c[1] / c[0] for c in run) for run in runs]
    ratio = med(each)
    results.append(ratio)
    ms = med(c[1] for run in runs for c in run) * 1e3
    floor_ms = med(c[0] for run in runs for c in run) * 1e3
    print(f"{short(cmd):<38} {short(floor):<18} {ms:6.3f} {floor_ms:8.3f} "
          f"{ratio:9.3f}x ({min(each):.3f}-{max(each):.3f}) {faults(j):7.1f}")
bar = results[linkings]
print(f"bar (#12): explain 502, default build, within 1.05x of floor[pie], a Rust program "
      f"built the default way: {bar:.3f}x: {'pass' if bar <= 1.05 else 'FAIL'}")
PY
