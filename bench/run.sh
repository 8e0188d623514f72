#!/usr/bin/env bash
# The batch benchmark: builds corpora from seeds/ and measures whole-process wall time, CPU time
# and peak memory (maximum resident set) of bin/reportcheck with GNU time, then prints a
# Markdown table of medians. "checking" is the check phase as the program itself times it
# (--verbose): for the size series it shows growth with length without the startup.
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
if [[ ! -x /usr/bin/time ]] || ! command -v bc >/dev/null; then
    echo "bench: GNU time and bc are needed: apt-get install time bc" >&2
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

# measure LABEL RUNS -- ARGS...: medians of wall time, CPU time (user + system) and of the
# checking phase as the program reports it (--verbose), and the largest peak memory, over RUNS runs
rows=()
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
measure() {
    local label="$1" runs="$2"
    shift 3
    local walls=() cpus=() checks=() peak=0 out="$work/out"
    for ((r = 0; r < runs; r++)); do
        rm -rf "$out"
        /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" bin/reportcheck "$@" --out "$out" --quiet --verbose \
            --fail-on none 2> "$work/log.txt" || { cat "$work/log.txt" >&2; echo "bench: run failed: $*" >&2; exit 1; }
        read -r wall user sys kb < "$work/time.txt"
        walls+=("$wall")
        cpus+=("$(echo "$user + $sys" | bc)")
        checks+=("$(grep -o '检查 [0-9]* 份报告[^：]*：[0-9.]*' "$work/log.txt" | grep -o '[0-9.]*$' || echo -)")
        ((kb > peak)) && peak=$kb
    done
    local w c k
    w="$(printf '%s\n' "${walls[@]}" | median)"
    c="$(printf '%s\n' "${cpus[@]}" | median)"
    k="$(printf '%s\n' "${checks[@]}" | median)"
    rows+=("| $label | $w | $c | $k | $((peak / 1024)) | $runs |")
    echo "bench: $label: wall ${w} s, cpu ${c} s, checking ${k} s, $((peak / 1024)) MiB" >&2
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
echo "| run | wall (s) | CPU (s) | checking (s) | peak memory (MiB) | runs |"
echo "|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(free -g | awk '/Mem:/ {print $2}') GB), $(java -version 2>&1 | head -1);" \
    "load average $load_before before, $load_after after."
