#!/usr/bin/env bash
# Builds every fuzz target and runs each for a short time (15 s by default), failing on
# any crash, panic, timeout or out-of-memory. For CI: about a minute of fuzzing after
# the build. Needs cargo-fuzz (`cargo install cargo-fuzz --locked`); works on the stable
# toolchain with RUSTC_BOOTSTRAP=1 (set here).
#
#   fuzz/smoke.sh [seconds-per-target]
#
# New inputs go to a temporary directory: the committed corpus (fuzz/corpus) is only read.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-15}"
export RUSTC_BOOTSTRAP=1
targets=(query scan detect gzip)

echo "== building fuzz targets"
# No sanitizer: the crate is safe Rust but for the AVX2 line-end search, which the
# detect target checks against a byte search. Debug assertions and overflow checks on.
nice -n 19 cargo fuzz build -s none --debug-assertions
bin="${CARGO_TARGET_DIR:-$PWD/target}/x86_64-unknown-linux-gnu/release"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A max_len=([query]=4096 [scan]=16384 [detect]=4096 [gzip]=8192)
status=0
for t in "${targets[@]}"; do
  mkdir -p "$work/$t" "$work/artifacts"
  log="$work/$t.log"
  if nice -n 19 "$bin/$t" "$work/$t" "corpus/$t" -dict=ftp.dict \
      -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len="${max_len[$t]}" \
      -print_final_stats=1 -artifact_prefix="$work/artifacts/$t-" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "fuzz $t: ok, ${runs:-?} runs in ${secs}s"
  else
    status=1
    echo "fuzz $t: FAILED"
    grep -E -A30 "panicked|ERROR: libFuzzer|SUMMARY" "$log" | head -60 || tail -40 "$log"
    for a in "$work"/artifacts/"$t"-*; do
      [ -e "$a" ] || continue
      mkdir -p artifacts
      cp "$a" artifacts/
      echo "reproducer kept: fuzz/artifacts/$(basename "$a")"
    done
  fi
done
exit "$status"
