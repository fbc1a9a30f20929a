#!/usr/bin/env python3
"""Writes a large FTP log for benches/scan.sh: the captured fixtures of every format,
mixed in proportions like a busy site's (mostly server logs, some client transcripts),
repeated until the file reaches the size asked for (default 1 GiB).

usage: benches/gen_log.py OUT [SIZE_MIB]"""
import os
import sys

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "scan")
# Relative weight of each format in the mix: servers' own logs dominate real traffic.
WEIGHTS = {
    "vsftpd-protocol.log": 20,
    "proftpd-extended.log": 12,
    "proftpd-tracelog.log": 4,
    "pureftpd-syslog.log": 10,
    "pyftpdlib.log": 5,
    "iis-w3c.log": 8,
    "filezilla-server-0.9.log": 6,
    "filezilla-server-1.x.log": 6,
    "filezilla-client.log": 4,
    "netbox-winscp-format.log": 3,
    "fluentftp.log": 3,
    "lftp-debug.log": 3,
    "curl-v.log": 3,
    "curl-trace-ascii.log": 1,
    "python-ftplib.log": 3,
    "perl-netftp.log": 1,
    "inetutils-ftp.log": 2,
    "tnftp.log": 2,
    "ncftp.log": 1,
    "wget-d.log": 1,
    "bare.log": 2,
}


def main():
    out = sys.argv[1]
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1024
    block = bytearray()
    for name, weight in WEIGHTS.items():
        with open(os.path.join(FIXTURES, name), "rb") as f:
            text = f.read()
        if not text.endswith(b"\n"):
            text += b"\n"
        block += text * weight
    target = size << 20
    with open(out, "wb") as f:
        written = 0
        while written < target:
            f.write(block)
            written += len(block)
    lines = block.count(b"\n") * (written // len(block))
    print(f"{out}: {written >> 20} MiB, {lines} lines")


if __name__ == "__main__":
    main()
