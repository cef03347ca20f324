#!/usr/bin/env python3
"""Where a PNG screenshot has something drawn, with the standard library only.

    png_content.py check FILE...   fail unless each FILE is a PNG with content
    png_content.py bottom FILE     print the height and the last row drawn

A row "has content" when it is not one flat colour carried down from the
row above. Rather than undo the PNG filters pixel by pixel (slow in
Python), it reads the filtered bytes: with the Sub, Up, Average and Paeth
filters a flat region filters to zeros, and a row filtered with None is
flat when every pixel repeats the first. Used by tests/report-screenshots.sh.
"""

import struct
import sys
import zlib

# A page's content: at least this share of its rows drawn on.
MIN_SHARE = 0.02


def content_rows(path):
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise SystemExit(f"{path}: unexpected PNG format {header}")
    bpp = channels
    stride = width * bpp
    raw = zlib.decompress(b"".join(idat))
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        row = raw[start + 1 : start + 1 + stride]
        if kind == 0:
            drawn = row != row[:bpp] * width
        else:
            # The first pixel may differ from zero (Sub keeps it raw): a
            # flat row is zeros after it.
            rest = row[bpp:]
            drawn = rest.count(0) != len(rest)
        rows.append(drawn)
    return width, height, rows


def main(argv):
    if len(argv) >= 3 and argv[1] == "bottom":
        _, height, rows = content_rows(argv[2])
        last = max((y for y, d in enumerate(rows) if d), default=-1)
        print(height, last)
        return 0
    if len(argv) >= 3 and argv[1] == "check":
        failed = False
        for path in argv[2:]:
            width, height, rows = content_rows(path)
            share = sum(rows) / max(height, 1)
            if share < MIN_SHARE:
                print(f"{path}: blank ({share:.1%} of {height} rows drawn)")
                failed = True
            else:
                print(f"{path}: {width}x{height}, {share:.0%} of rows drawn")
        return 1 if failed else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
