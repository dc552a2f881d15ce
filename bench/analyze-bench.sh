#!/usr/bin/env bash
# End-to-end throughput and peak memory of `storyline analyze` (files -> stored, fused events).
# Usage: bench/analyze-bench.sh [SHARED_BENCH_DIR]   (default ../shared/bench)
# Inputs are built under /tmp (never in the repository): the five seeds copied 10 times (50
# articles, each copy at its own path so none is skipped as already stored) and the 256
# TempEval-3 TBAQ documents as one .jsonl. Each run uses a fresh store; 1 and 2 worker threads.
# ENGINE=fast|corenlp chooses the language-analysis engine (default fast; corenlp: the reference).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="${1:-$ROOT/../shared/bench}"
ENGINE="${ENGINE:-fast}"
WORK=/tmp/storyline-bench
rm -rf "$WORK" && mkdir -p "$WORK/seeds50"
for i in $(seq -w 1 10); do
  for f in "$ROOT"/examples/*.txt; do cp "$f" "$WORK/seeds50/copy${i}_$(basename "$f")"; done
done
python3 "$ROOT/bench/tbaq_to_jsonl.py" "$BENCH/tempeval3/TBAQ-cleaned" "$WORK/tbaq.jsonl" >/dev/null
[[ -f "$ROOT/core/target/storyline-core.jar" ]] || (cd "$ROOT" && mvn -q -B -DskipTests -pl core -am package)
printf "%-10s %-8s %8s %10s %12s %12s %10s\n" input threads articles "wall s" "analyse s" "articles/s" "peak RSS MB"
for input in seeds50 tbaq.jsonl; do
  for threads in 1 2; do
    rm -rf "$WORK/store"
    /usr/bin/time -v -o "$WORK/time.txt" java -Xmx2g -jar "$ROOT/core/target/storyline-core.jar" \
      analyze "$WORK/$input" --store "$WORK/store" --threads "$threads" --no-timeline --engine "$ENGINE" > "$WORK/out.txt" 2>&1
    stored=$(grep -oP '^Read \d+ article\(s\): \K\d+' "$WORK/out.txt")
    took=$(grep -oP '^Took \K[0-9.]+' "$WORK/out.txt")
    rate=$(grep -oP '^Took [0-9.]+ s \(\K[0-9.]+' "$WORK/out.txt")
    wall=$(grep -oP 'Elapsed \(wall clock\) time.*: \K.*' "$WORK/time.txt")
    rss=$(grep -oP 'Maximum resident set size \(kbytes\): \K\d+' "$WORK/time.txt")
    printf "%-10s %-8s %8s %10s %12s %12s %10s\n" "$input" "$threads" "$stored" "$wall" "$took" "$rate" "$((rss / 1024))"
  done
done
