#!/usr/bin/env bash
# A long fuzzing campaign: every target (or those named) for SECONDS each, JOBS at a time
# (default 2), each under `nice -n 19`. A target runs as one libFuzzer process; after a
# crash, timeout or OOM (reproducer kept in fuzz/artifacts/) it starts again for the time
# left, at most 20 times. (libFuzzer's -fork mode ran 4-5 times fewer executions per CPU
# second here: every job reloads and merges its corpus.) The corpus grows in
# fuzz/work/<target> (not committed); fuzz/corpus/<target> seeds it. At the end it prints
# the executions and failures of each target.
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

# Executions of one run: libFuzzer's final statistics, or its last status line.
executions() {
  local n
  n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$1" | tail -1)
  [ -n "$n" ] || n=$(grep -aoE '^#[0-9]+' "$1" | tail -1 | tr -d '#')
  echo "${n:-0}"
}

run() {
  local t="$1" start=$SECONDS total=0 failures=0 i=0 left log
  mkdir -p "work/$t"
  echo "$(date +%T) start $t for ${secs}s"
  while left=$((secs - (SECONDS - start))); [ "$left" -gt 5 ] && [ "$failures" -le 20 ]; do
    i=$((i + 1))
    log="logs/$t.$i.log"
    if nice -n 19 "$bin/$t" "work/$t" "corpus/$t" -dict=ftp.dict \
        -max_total_time="$left" -timeout=10 -rss_limit_mb=2048 -max_len="${max_len[$t]:-4096}" \
        -print_final_stats=1 -artifact_prefix="artifacts/$t-" >"$log" 2>&1; then
      :
    else
      failures=$((failures + 1))
      echo "$(date +%T) $t: failure $failures, see $log"
    fi
    total=$((total + $(executions "$log")))
  done
  echo "$total $failures $((SECONDS - start))" >"logs/$t.total"
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

printf '\n%-8s %14s %9s %9s\n' target executions failures seconds
sum=0
for t in "${targets[@]}"; do
  read -r n f s <"logs/$t.total"
  printf '%-8s %14s %9s %9s\n' "$t" "$n" "$f" "$s"
  sum=$((sum + n))
done
printf '%-8s %14s\n' total "$sum"
ls artifacts 2>/dev/null | sed 's/^/artifact: fuzz\/artifacts\//' || true
