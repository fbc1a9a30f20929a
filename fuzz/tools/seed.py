#!/usr/bin/env python3
"""Writes the seed corpora of fuzz/corpus/ from tests/fixtures/scan/*.log.

Each log is cut at line boundaries into pieces of at most a few KB; a few pieces per log
go to each target, with the header bytes the target reads. Run from the repository root:
    python3 fuzz/tools/seed.py
The output is deterministic (names are content hashes), so rerunning changes nothing.
"""
import gzip
import hashlib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "scan")
CORPUS = os.path.join(ROOT, "fuzz", "corpus")


def pieces(data, size):
    """Cuts `data` at line ends into pieces of at most `size` bytes (a longer line alone)."""
    out, cur = [], b""
    for line in data.splitlines(keepends=True):
        if cur and len(cur) + len(line) > size:
            out.append(cur)
            cur = b""
        cur += line[: size * 2]
    if cur:
        out.append(cur)
    return out


def folded(data, width):
    """`data` with each line longer than `width` bytes cut into rows of `width`."""
    out = b""
    for line in data.splitlines():
        rows = [line[i:i + width] for i in range(0, len(line), width)] or [b""]
        out += b"".join(r + b"\n" for r in rows)
    return out


def write(target, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def main():
    logs = sorted(f for f in os.listdir(FIXTURES) if f.endswith(".log"))
    reply = re.compile(rb"^\s*(?:<-+\s*|Response:\s*|< )?([1-6]\d\d[ -].*)$")
    replies = set()
    for n, name in enumerate(logs):
        data = open(os.path.join(FIXTURES, name), "rb").read()
        ps = pieces(data, 1536)
        # scan: the first piece, in a mode picked by the log's place (annotate mostly).
        modes = [0x00, 0x10, 0x40, 0x50, 0x60, 0x70, 0x05, 0x28]
        write("scan", bytes([modes[n % len(modes)]]) + ps[0])
        # scan: every sixteenth log also cut at 80 columns, as `fold -w 80` cuts it, so that
        # the reader of hard-wrapped input is fuzzed past the rows that show the width.
        if n % 16 == 0:
            write("scan", b"\x00" + folded(pieces(data, 3072)[0], 80))
        # detect: a piece from the middle, smaller, under a few contexts.
        small = pieces(data, 768)
        heads = [b"\x00\x00\x00", b"\x03\x46\x02", b"\x11\x46\x07", b"\x24\x00\x05"]
        write("detect", heads[n % len(heads)] + small[len(small) // 2])
        # gzip: every fourth log, as a valid stream (form 0) or magic + raw deflate (form 2).
        if n % 4 == 0:
            write("gzip", bytes([0x00 | (n % 3) << 2]) + small[0])
        if n % 8 == 4:
            raw = gzip.compress(small[0], mtime=0)[2:]
            write("gzip", b"\x02" + raw)
        for line in data.splitlines():
            m = reply.match(line)
            if m and len(replies) < 400:
                replies.add(m.group(1).rstrip(b"\r")[:160])
    # query: reply lines (some joined as a multi-line paste), codes, classes, hand cases.
    hand = [b"550", b"5xx", b"55x", b"10054", b"12\xc3\xa9", b"5502", b"0",
            b"211-Features:\r\n MDTM\r\n SIZE\r\n211 End\r\n",
            b"331 Password please\n530 Login incorrect.\n",
            b"\x10RETR\x00550 No such file", b"\x00550\x00226\x00421",
            b"\x01550 Permission denied.", b"550 Datei \xe4.txt nicht gefunden"]
    for h in hand:
        write("query", h)
    ordered = sorted(replies)
    for i, r in enumerate(ordered):
        if i % 3 == 0:
            write("query", bytes([i % 32]) + r)
    for i in range(0, len(ordered) - 2, 40):
        write("query", b"\x00" + b"\n".join(ordered[i:i + 3]) + b"\n")


if __name__ == "__main__":
    sys.exit(main())
