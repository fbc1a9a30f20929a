#!/usr/bin/env python3
"""Recall and precision of `ftpcode scan` on logs with hand-checked ground truth.

usage: benches/recall.py [--generic] [--binary PATH] [--verbose] [DIR_OR_LOG ...]

For every NAME.log with a NAME.replies beside it (default: tests/fixtures/scan), runs
`ftpcode scan --json` (with `--generic`: every program-specific rule switched off) and
compares the replies found with the ground truth. A reply counts as found when a reply
with its code was found on lines that overlap its own (each found reply counts once):
logs show some replies in ways where the first and last line are a matter of convention
(a reply in a pretty-printed object, in packets). The `exact` column counts those whose
first and last lines match too. Prints one line per log and the totals; with --verbose,
also the replies missed and the ones found in excess."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def truth(path):
    # (A list, not a set: a line may hold the same reply twice, a log joined into one
    # line, a dialogue and its echo.)
    want = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[0].strip():
                want.append((int(parts[0]), int(parts[1]), int(parts[2])))
    return want


def found(binary, log, generic):
    args = [binary, "scan", "--json", log]
    if generic:
        args.insert(2, "--generic")
    out = subprocess.run(args, capture_output=True, check=False).stdout
    got = []
    for line in out.decode("utf-8", "replace").splitlines():
        v = json.loads(line)
        if v.get("type") == "reply":
            got.append((v["line"], v["end_line"], v["code"]))
    return got


def match(want, got):
    """One-to-one: each true reply takes the first unused found reply with its code and
    an overlapping span. Returns the matched pairs."""
    free = sorted(got)
    pairs = []
    for w in sorted(want):
        for g in free:
            if g[2] == w[2] and g[0] <= w[1] and w[0] <= g[1]:
                pairs.append((w, g))
                free.remove(g)
                break
    return pairs


def logs(targets):
    for t in targets:
        if os.path.isdir(t):
            for name in sorted(os.listdir(t)):
                if name.endswith(".log") and os.path.exists(os.path.join(t, name[:-4] + ".replies")):
                    yield os.path.join(t, name)
        else:
            yield t


def main():
    args = sys.argv[1:]
    generic = "--generic" in args
    verbose = "--verbose" in args
    binary = os.path.join(ROOT, "target", "release", "ftpcode")
    if "--binary" in args:
        binary = args[args.index("--binary") + 1]
    targets = [a for a in args if not a.startswith("--") and a != binary]
    if not targets:
        targets = [os.path.join(ROOT, "tests", "fixtures", "scan")]
    total_want = total_got = total_hit = total_exact = 0
    print(f"{'log':<44} {'replies':>7} {'found':>6} {'recall':>7} {'precision':>9} {'exact':>6}")
    for log in logs(targets):
        want = truth(log[:-4] + ".replies")
        got = found(binary, log, generic)
        pairs = match(want, got)
        hit = len(pairs)
        exact = sum(1 for w, g in pairs if w == g)
        total_want += len(want)
        total_got += len(got)
        total_hit += hit
        total_exact += exact
        recall = hit / len(want) if want else 1.0
        precision = hit / len(got) if got else 1.0
        name = os.path.relpath(log, ROOT) if log.startswith(ROOT) else log
        flag = "" if recall == 1.0 and precision == 1.0 else "  <"
        print(f"{name[-44:]:<44} {len(want):>7} {len(got):>6} {recall:>7.1%} {precision:>9.1%} {exact:>6}{flag}")
        if verbose and flag:
            missed, extra = list(want), list(got)
            for w, g in pairs:
                missed.remove(w)
                extra.remove(g)
            for r in sorted(missed):
                print(f"    missed {r}")
            for r in sorted(extra):
                print(f"    extra  {r}")
    recall = total_hit / total_want if total_want else 1.0
    precision = total_hit / total_got if total_got else 1.0
    mode = "generic only" if generic else "normal"
    print(f"{'all (' + mode + ')':<44} {total_want:>7} {total_got:>6} {recall:>7.1%} {precision:>9.1%} {total_exact:>6}")


if __name__ == "__main__":
    main()
