#!/usr/bin/env python3
"""Turns TimeML files (TempEval-3 TBAQ-cleaned, in ../shared/bench) into a Storyline .jsonl input
for throughput benchmarks: one line per document with id, title (first line), published (the DCT)
and the plain text of <TEXT>. The output goes outside the repository (the data's licence forbids
redistribution). Usage: bench/tbaq_to_jsonl.py ../shared/bench/tempeval3/TBAQ-cleaned /tmp/tbaq.jsonl"""
import html
import json
import pathlib
import re
import sys


def main(src, out):
    files = sorted(pathlib.Path(src).rglob("*.tml"))
    with open(out, "w", encoding="utf-8") as f:
        for p in files:
            raw = p.read_text(encoding="utf-8", errors="replace")
            dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', raw) or \
                re.search(r'value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"', raw)
            body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
            if not body:
                continue
            text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1))).strip()
            title = text.split("\n", 1)[0][:200]
            f.write(json.dumps({"id": p.stem, "title": title, "published": dct.group(1)[:10] if dct else None,
                                "text": text}) + "\n")
    print(f"{len(files)} documents -> {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
