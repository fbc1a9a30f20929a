#!/usr/bin/env bash
# A long fuzzing campaign: every target (or those named) for SECONDS each, JOBS at a time
# (default 2), each under `nice -n 19` in libFuzzer's fork mode, which goes on after a
# crash, timeout or OOM and keeps every reproducer in fuzz/artifacts/. The corpus grows
# in fuzz/work/<target> (not committed); fuzz/corpus/<target> seeds it. At the end it
# prints the executions, coverage and failures of each target.
#
#   fuzz/run-long.sh [seconds] [target...]      (default: 3600 s; query scan detect gzip)
#   JOBS=1 fuzz/run-long.sh 600 scan
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-3600}"
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(query scan detect gzip)
jobs="${JOBS:-2}"
export RUSTC_BOOTSTRAP=1

nice -n 19 cargo fuzz build -s none --debug-assertions
bin="${CARGO_TARGET_DIR:-$PWD/target}/x86_64-unknown-linux-gnu/release"
declare -A max_len=([query]=4096 [scan]=16384 [detect]=4096 [gzip]=8192)
mkdir -p logs artifacts

run() {
  local t="$1"
  mkdir -p "work/$t"
  echo "$(date +%T) start $t for ${secs}s"
  nice -n 19 "$bin/$t" "work/$t" "corpus/$t" -dict=ftp.dict -fork=1 \
    -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len="${max_len[$t]:-4096}" \
    -artifact_prefix="artifacts/$t-" >"logs/$t.log" 2>&1 || true
  echo "$(date +%T) end $t"
}

running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  run "$t" &
  running=$((running + 1))
done
wait

printf '\n%-8s %14s %8s %8s %s\n' target executions cov corpus "oom/timeout/crash"
total=0
for t in "${targets[@]}"; do
  # Fork mode's status lines: `#N: cov: C ft: F corp: K exec/s: E oom/timeout/crash: a/b/c ...`
  last=$(grep -E '^#[0-9]+: cov:' "logs/$t.log" | tail -1 || true)
  n=$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")
  cov=$(sed -E 's/.* cov: ([0-9]+).*/\1/' <<<"$last")
  corp=$(sed -E 's/.* corp: ([0-9]+).*/\1/' <<<"$last")
  fails=$(sed -E 's/.*oom\/timeout\/crash: ([0-9\/]+).*/\1/' <<<"$last")
  printf '%-8s %14s %8s %8s %s\n' "$t" "${n:-0}" "${cov:-?}" "${corp:-?}" "${fails:-?}"
  total=$((total + ${n:-0}))
done
printf '%-8s %14s\n' total "$total"
ls artifacts 2>/dev/null | sed 's/^/artifact: fuzz\/artifacts\//' || true
