#!/usr/bin/env bash
# Throughput of the Spark job in local mode (local[1], local[2]) against the embedded `storyline analyze`
# (1 and 2 threads) on the same inputs as bench/analyze-bench.sh: the five seeds copied 10 times (50
# articles) and the 256 TempEval-3 TBAQ documents as one .jsonl, built under /tmp (never in the
# repository). Usage: bench/spark-bench.sh [SHARED_BENCH_DIR]   (default ../shared/bench)
# ENGINE=fast|corenlp chooses the language-analysis engine of both (default fast).
#
# "job s" is the job's own wall time from _SUMMARY.json: it includes loading the models in the
# executor JVM (local mode: once) and every cross-article step; "analyse s" is the time of the
# ingest + analysis step alone. For analyze, "analyse s" is the engine's own timing (models
# loaded before it starts) and includes storing and the story rebuild. "wall s" is the whole process.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="${1:-$ROOT/../shared/bench}"
WORK=/tmp/storyline-spark-bench
rm -rf "$WORK" && mkdir -p "$WORK/seeds50"
for i in $(seq -w 1 10); do
  for f in "$ROOT"/examples/*.txt; do cp "$f" "$WORK/seeds50/copy${i}_$(basename "$f")"; done
done
python3 "$ROOT/bench/tbaq_to_jsonl.py" "$BENCH/tempeval3/TBAQ-cleaned" "$WORK/tbaq.jsonl" >/dev/null
[[ -f "$ROOT/core/target/storyline-core.jar" ]] || (cd "$ROOT" && mvn -q -B -DskipTests -pl core -am package)
"$ROOT/storyline-spark" --version >/dev/null   # builds the spark module and its class path once
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }
printf "%-10s %-22s %8s %8s %10s %10s %12s\n" input engine articles "wall s" "job s" "analyse s" "articles/s"
for input in seeds50 tbaq.jsonl; do
  for threads in 1 2; do
    rm -rf "$WORK/store"
    start=$(date +%s.%N)
    java -Xmx2g -jar "$ROOT/core/target/storyline-core.jar" analyze "$WORK/$input" --store "$WORK/store" \
      --threads "$threads" --no-timeline --engine "${ENGINE:-fast}" > "$WORK/out.txt" 2>&1
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    stored=$(grep -oP '^Read \d+ article\(s\): \K\d+' "$WORK/out.txt")
    took=$(grep -oP '^Took \K[0-9.]+' "$WORK/out.txt")
    rate=$(grep -oP '^Took [0-9.]+ s \(\K[0-9.]+' "$WORK/out.txt")
    printf "%-10s %-22s %8s %8.1f %10s %10s %12s\n" "$input" "analyze --threads $threads" "$stored" "$wall" "-" "$took" "$rate"
  done
  for cores in 1 2; do
    rm -rf "$WORK/spark-out"
    start=$(date +%s.%N)
    "$ROOT/storyline-spark" analyze --master "local[$cores]" --partitions $((cores * 2)) \
      --input "$WORK/$input" --output "$WORK/spark-out" --engine "${ENGINE:-fast}" > "$WORK/spark.txt" 2>&1
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    s="$WORK/spark-out/_SUMMARY.json"
    printf "%-10s %-22s %8s %8.1f %10s %10s %12s\n" "$input" "spark local[$cores]" "$(json "$s" "d['analysed']")" \
      "$wall" "$(json "$s" "d['seconds']")" "$(json "$s" "d['stepSeconds']['ingest+analyse']")" \
      "$(json "$s" "d['articlesPerSecond']")"
  done
done
