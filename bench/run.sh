#!/usr/bin/env bash
# The batch benchmark: builds corpora from seeds/ and measures whole-process wall time and peak
# memory (maximum resident set) of bin/reportcheck with GNU time, then prints a Markdown table.
#
#   bench/run.sh            all rows (the 10,000-report corpus takes a while to build, once)
#   bench/run.sh quick      one report, 1,000 reports and the size series only
#
# Corpora and outputs go to $BENCH_WORK (default target/bench); the rule cache and class
# archive to $BENCH_WORK/cache, so a first run really is a first run. Needs GNU time
# (apt-get install time), a JDK 17 and a built jar (it builds one if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-all}"
if [[ ! -x /usr/bin/time ]]; then
    echo "bench: GNU time is needed: apt-get install time" >&2
    exit 2
fi
[[ -f target/reportcheck.jar ]] || mvn -B -q -DskipTests package
work="${BENCH_WORK:-target/bench}"
mkdir -p "$work"
export REPORTCHECK_CACHE="$work/cache"
maker=(java bench/CorpusMaker.java)

corpus() { # name kind n
    [[ -d "$work/$1" ]] || "${maker[@]}" "$2" seeds "$work/$1" "$3"
}
corpus c1k copies 200
for b in 62500 125000 250000 500000 1000000; do
    [[ -f "$work/long/long-$(printf %08d "$b").txt" ]] || "${maker[@]}" long seeds "$work/long" "$b"
done
if [[ "$mode" == all ]]; then
    corpus d10k distinct 2000
    mkdir -p "$work/d1k"
    for d in 000 001 002 003 004 005 006 007 008 009; do
        [[ -e "$work/d1k/$d" ]] || ln -s "$(cd "$work/d10k/$d" && pwd)" "$work/d1k/$d"
    done
fi

# measure LABEL RUNS -- ARGS...: median wall time and largest peak memory over RUNS runs
rows=()
measure() {
    local label="$1" runs="$2"
    shift 3
    local walls=() peak=0 out="$work/out"
    for ((r = 0; r < runs; r++)); do
        rm -rf "$out"
        /usr/bin/time -f '%e %M' -o "$work/time.txt" bin/reportcheck "$@" --out "$out" --quiet --fail-on none \
            || { echo "bench: run failed: $*" >&2; exit 1; }
        read -r wall kb < "$work/time.txt"
        walls+=("$wall")
        ((kb > peak)) && peak=$kb
    done
    local median
    median="$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')"
    rows+=("| $label | $median | $((peak / 1024)) | $runs |")
    echo "bench: $label: ${median} s, $((peak / 1024)) MiB" >&2
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
one="seeds/000_c24621536ea822c3.txt"
rm -rf "$REPORTCHECK_CACHE"
measure "1. one report, first run ever (rules compiled, class archive made)" 1 -- check "$one"
measure "1. one report, cold JVM (repeat run: cached rules, class archive)" 5 -- check "$one"
measure "2. 1,000 reports (5 seeds x 200), JSON + Markdown" 3 -- check "$work/c1k" --format json,md
if [[ "$mode" == all ]]; then
    measure "3a. 1,000 distinct reports, --cross-report" 3 -- check "$work/d1k" --cross-report
    measure "3b. 10,000 distinct reports, --cross-report" 1 -- check "$work/d10k" --cross-report
fi
for f in "$work"/long/long-*.txt; do
    size="$(stat -c %s "$f")"
    measure "4. one report of $((size / 1000)) kB" 3 -- check "$f"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "| run | wall (s, median) | peak memory (MiB) | runs |"
echo "|---|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(free -g | awk '/Mem:/ {print $2}') GB), $(java -version 2>&1 | head -1);" \
    "load average $load_before before, $load_after after."
