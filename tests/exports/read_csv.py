#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Read a CSV file with Python's csv module and print its rows as a JSON array of arrays.

Usage: read_csv.py FILE ENCODING

ENCODING is utf-8 for a file without a byte order mark and utf-8-sig for one with it. The
reader is strict, so anything that is not well-formed CSV fails with exit status 1.
"""
import csv
import json
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: read_csv.py FILE ENCODING", file=sys.stderr)
        return 2
    path, encoding = sys.argv[1], sys.argv[2]
    # newline="" is what the csv module asks for: it handles CR and LF inside quoted fields.
    with open(path, newline="", encoding=encoding, errors="strict") as f:
        rows = list(csv.reader(f, strict=True))
    # ASCII escapes keep the output independent of the terminal's encoding.
    json.dump(rows, sys.stdout, ensure_ascii=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
