#!/usr/bin/env python3
"""Scores a kept `storyline eval extract` output on the whole trafilatura-eval set and on two
halves split by a hash of the page's file name (SHA-1 of the name, first byte even = half A, the
development half; odd = half B, the check half), to show how far rules fitted on one half carry.

Usage: ./storyline eval extract --bench ../shared/bench --keep /tmp/ex
       python3 bench/extract_halves.py ../shared/bench /tmp/ex/extract.jsonl

Same metric as ExtractionScorer: whitespace-normalised substring search of the "with"/"without"
snippets, counts summed over pages; title equal after NFC and whitespace normalisation, date
equal, author equal ignoring case ("; "-joined when the gold is a list). Reads the bench data in
place; copies nothing.
"""
import hashlib
import json
import re
import sys
import unicodedata


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def key(s):
    return norm(unicodedata.normalize("NFC", s))


def main(bench, output):
    gold = json.load(open(f"{bench}/trafilatura-eval/evaldata.json", encoding="utf-8"))
    out = {}
    for line in open(output, encoding="utf-8"):
        o = json.loads(line)
        out[o["id"]] = o
    names = {"all": "whole set", 0: "half A (dev)", 1: "half B (check)"}
    snip = {k: [0, 0, 0] for k in names}
    meta = {k: {f: [0, 0] for f in ("title", "date", "author")} for k in names}
    for g in gold.values():
        f = g["file"]
        half = hashlib.sha1(f.encode("utf-8")).digest()[0] % 2
        o = out.get(re.sub(r"\.html?$", "", f))
        text = norm(o["text"]) if o else None
        tp = sum(1 for w in g["with"] if text is not None and norm(w) in text)
        fp = sum(1 for w in g["without"] if text is not None and norm(w) in text)
        for k in (half, "all"):
            snip[k][0] += tp
            snip[k][1] += fp
            snip[k][2] += len(g["with"]) - tp
        for field in ("title", "date", "author"):
            value = g.get(field)
            if isinstance(value, list):
                value = "; ".join(value)
            if not value or not value.strip():
                continue
            got = (o or {}).get({"date": "published"}.get(field, field))
            if field == "title":
                ok = got is not None and key(got) == key(value)
            elif field == "date":
                ok = got == value.strip()
            else:
                ok = got is not None and key(got).lower() == key(value).lower()
            for k in (half, "all"):
                meta[k][field][1] += 1
                meta[k][field][0] += 1 if ok else 0
    print("| part | snippet counts | P | R | F1 | title | date | author |")
    print("|---|---|---|---|---|---|---|---|")
    for k, name in names.items():
        tp, fp, fn = snip[k]
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0
        acc = [meta[k][f][0] / meta[k][f][1] if meta[k][f][1] else 0 for f in ("title", "date", "author")]
        print(f"| {name} | TP {tp} FP {fp} FN {fn} | {p:.4f} | {r:.4f} | {f1:.4f} | "
              + " | ".join(f"{a:.4f}" for a in acc) + " |")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
