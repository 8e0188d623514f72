#!/usr/bin/env bash
# The batch benchmark: builds corpora from seeds/ and measures whole-process wall time, CPU time
# and peak memory (maximum resident set) of bin/reportcheck with GNU time, then prints a
# Markdown table of medians. "checking" is the check phase as the program itself times it
# (--verbose): for the size series it shows growth with length without the startup.
#
# The peers run in the same call on the same 1,000 reports: zhlint, textlint (with the
# ja-spacing preset and sentence-length, rules that read CJK text) and AutoCorrect from npm,
# LanguageTool's Chinese rules from Maven Central (through bench/LanguageToolCheck.java), all at
# pinned versions installed into $BENCH_WORK/peers; a peer whose registry cannot be reached is
# skipped with a message. The last lines give reportcheck's time over the fastest full-text peer
# (AutoCorrect only spaces and punctuation, so it is listed but not compared).
#
#   bench/run.sh            all rows (the 10,000-report corpus takes a while to build, once)
#   bench/run.sh quick      one report, 1,000 reports, the peers once each and the size series
#   bench/run.sh peers      1,000 reports and the peers only
#
# Corpora and outputs go to $BENCH_WORK (default target/bench); the rule cache and class
# archive to $BENCH_WORK/cache, so a first run really is a first run. Needs GNU time
# (apt-get install time), a JDK 17 and a built jar (it builds one if missing); the peers need
# npm (Node 18 or later) and Maven.
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

# the seeds by genre: the five 法治政府建设 reports make the corpora the figures are quoted for
# (5 x 200 = 1,000); the 政府信息公开 reports, whose tables cost more, make a row of their own
rm -rf "$work/seeds-law" "$work/seeds-info"
mkdir -p "$work/seeds-law" "$work/seeds-info"
for f in seeds/*.txt; do
    if head -n 3 "$f" | grep -q '政府信息公开工作年度报告'; then
        cp "$f" "$work/seeds-info/"
    else
        cp "$f" "$work/seeds-law/"
    fi
done
law_seeds="$(ls "$work/seeds-law" | wc -l)"
info_seeds="$(ls "$work/seeds-info" | wc -l)"

corpus() { # name kind seed-folder n
    [[ -d "$work/$1" ]] || "${maker[@]}" "$2" "$work/$3" "$work/$1" "$4"
}
corpus law1k copies seeds-law $((1000 / law_seeds))
((info_seeds == 0)) || corpus info1k copies seeds-info $((1000 / info_seeds))
for b in 62500 125000 250000 500000 1000000; do
    [[ -f "$work/long/long-$(printf %08d "$b").txt" ]] || "${maker[@]}" long "$work/seeds-law" "$work/long" "$b"
done
if [[ "$mode" == all ]]; then
    corpus d10k distinct seeds-law $((10000 / law_seeds))
    mkdir -p "$work/d1k"
    for d in 000 001 002 003 004 005 006 007 008 009; do
        [[ -e "$work/d1k/$d" ]] || ln -s "$(cd "$work/d10k/$d" && pwd)" "$work/d1k/$d"
    done
fi

# Each run writes into a folder of its own, and the outputs are deleted only when the benchmark
# ends: deleting thousands of files just before a run made that run's file creation dearer (on
# ext4 without a journal, a new file's inode is chosen past those freed in the last 30 seconds,
# looked at one by one: 10% of the 1,000-report row's CPU), a cost of the benchmark, not of a check.
# A benchmark begun within 30 seconds of the last one's deletion waits out the rest first.
outs="$work/outs"
[[ ! -e "$outs" ]] || mv "$outs" "$work/outs.old.$$"
mkdir -p "$outs"
trap 'rm -rf "$outs" "$work"/outs.old.*; date +%s > "$work/outs.deleted"' EXIT
if [[ -f "$work/outs.deleted" ]]; then
    wait_s=$(($(cat "$work/outs.deleted") + 31 - $(date +%s)))
    if ((wait_s > 0)); then
        echo "bench: waiting ${wait_s} s: the last benchmark's outputs were deleted just now" >&2
        sleep "$wait_s"
    fi
fi
run_no=0

# measure LABEL RUNS -- ARGS...: medians of wall time, CPU time (user + system) and of the
# checking phase as the program reports it (--verbose), and the largest peak memory, over RUNS runs
rows=()
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
measure() {
    local label="$1" runs="$2"
    shift 3
    local walls=() cpus=() checks=() peak=0 out
    for ((r = 0; r < runs; r++)); do
        run_no=$((run_no + 1))
        out="$outs/$run_no"
        /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" bin/reportcheck "$@" --out "$out" --verbose \
            --fail-on none > /dev/null 2> "$work/log.txt" || { cat "$work/log.txt" >&2; echo "bench: run failed: $*" >&2; exit 1; }
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

# measure_peer LABEL RUNS -- COMMAND...: wall and CPU medians and peak memory of another tool;
# its exit code is not checked (linters exit 1 when they find something), its output is dropped
peer_rows=()
measure_peer() {
    local label="$1" runs="$2"
    shift 3
    local walls=() cpus=() peak=0 wall user sys kb
    for ((r = 0; r < runs; r++)); do
        rm -f "$work/time.txt"
        /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" > "$work/log.txt" 2>&1 || true
        kb=""
        read -r wall user sys kb < <(tail -1 "$work/time.txt" 2> /dev/null) || true
        # a crash is no measurement (a linter's own exit code 1 only says that it found something)
        if [[ ! "$kb" =~ ^[0-9]+$ ]] \
            || grep -qE '^[A-Za-z]*Error: |Exception in thread|Cannot find module' "$work/log.txt"; then
            echo "bench: $label did not run; skipped ($(grep -m1 -E 'Error|Exception|module' "$work/log.txt"))" >&2
            return
        fi
        walls+=("$wall")
        cpus+=("$(echo "$user + $sys" | bc)")
        ((kb > peak)) && peak=$kb
    done
    local w c
    w="$(printf '%s\n' "${walls[@]}" | median)"
    c="$(printf '%s\n' "${cpus[@]}" | median)"
    rows+=("| $label | $w | $c | - | $((peak / 1024)) | $runs |")
    [[ "$label" == AutoCorrect* ]] || peer_rows+=("$w $c $label")
    echo "bench: $label: wall ${w} s, cpu ${c} s, $((peak / 1024)) MiB" >&2
}

# the peers, pinned; each installed once into $work/peers, or skipped when its registry does not answer
peers="$(mkdir -p "$work/peers" && cd "$work/peers" && pwd)"
zhlint=0.8.2 textlint=15.8.0 autocorrect=2.14.0 languagetool=6.6
install_peers() {
    if [[ ! -x "$peers/npm/node_modules/.bin/zhlint" ]]; then
        mkdir -p "$peers/npm"
        if ! command -v npm > /dev/null || ! timeout 600 npm install --no-audit --no-fund --prefix "$peers/npm" \
            "zhlint@$zhlint" "textlint@$textlint" textlint-rule-preset-ja-spacing@3.0.3 \
            textlint-rule-sentence-length@5.2.1 "autocorrect-node@$autocorrect" > "$peers/npm.log" 2>&1; then
            echo "bench: npm or its registry is not reachable: zhlint, textlint and AutoCorrect skipped (see $peers/npm.log)" >&2
        fi
        printf '{"rules":{"preset-ja-spacing":true,"sentence-length":{"max":200}}}\n' > "$peers/npm/.textlintrc.json"
    fi
    if [[ ! -d "$peers/languagetool/lib" ]]; then
        mkdir -p "$peers/languagetool"
        printf '%s\n' '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>' \
            '<groupId>bench</groupId><artifactId>languagetool-peer</artifactId><version>1</version>' \
            "<dependencies><dependency><groupId>org.languagetool</groupId><artifactId>language-zh</artifactId><version>$languagetool</version></dependency></dependencies>" \
            '</project>' > "$peers/languagetool/pom.xml"
        if ! (cd "$peers/languagetool" && timeout 600 mvn -B -q dependency:copy-dependencies -DoutputDirectory=lib.part \
            > "$peers/languagetool.log" 2>&1 && mv lib.part lib); then
            echo "bench: Maven Central is not reachable: LanguageTool skipped (see $peers/languagetool.log)" >&2
        fi
    fi
}
measure_peers() {
    local runs="$1" c1k bin="$peers/npm/node_modules/.bin"
    c1k="$(cd "$work/law1k" && pwd)"
    if [[ -x "$bin/zhlint" ]]; then
        # zhlint takes only patterns relative to the current folder
        measure_peer "zhlint $zhlint, 1,000 reports" "$runs" -- env -C "$c1k" "$bin/zhlint" '**/*.txt'
        measure_peer "textlint $textlint, 1,000 reports" "$runs" -- env -C "$peers/npm" "$bin/textlint" \
            --config "$peers/npm/.textlintrc.json" "$c1k/**/*.txt"
        measure_peer "AutoCorrect $autocorrect (spaces and punctuation only), 1,000 reports" "$runs" -- \
            "$bin/autocorrect" --lint --quiet "$c1k"
    fi
    if [[ -d "$peers/languagetool/lib" ]]; then
        measure_peer "LanguageTool $languagetool (zh-CN), 1,000 reports" "$runs" -- \
            java -cp "$peers/languagetool/lib/*" bench/LanguageToolCheck.java "$c1k"
    fi
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
one="seeds/000_c24621536ea822c3.txt"
if [[ "$mode" == peers ]]; then
    install_peers
    measure "2. 1,000 法治政府 reports ($law_seeds seeds x $((1000 / law_seeds))), JSON + Markdown" 3 -- \
        check "$work/law1k" --format json,md
    measure_peers 3
else
rm -rf "$REPORTCHECK_CACHE"
measure "1. one report, first run ever (rules compiled)" 1 -- check "$one"
measure "1. one report, second run (class archive or ahead-of-time cache made)" 1 -- check "$one"
measure "1. one report, cold JVM (repeat run: cached rules, class archive)" 5 -- check "$one"
install_peers
measure "2. 1,000 法治政府 reports ($law_seeds seeds x $((1000 / law_seeds))), JSON + Markdown" 3 -- \
    check "$work/law1k" --format json,md
((info_seeds == 0)) || measure "2b. 1,000 政府信息公开 reports ($info_seeds seeds x $((1000 / info_seeds))), JSON + Markdown" 3 -- \
    check "$work/info1k" --format json,md
if [[ "$mode" == quick ]]; then
    measure_peers 1
else
    measure_peers 3
fi
if [[ "$mode" == all ]]; then
    measure "3a. 1,000 distinct reports, --cross-report" 3 -- check "$work/d1k" --cross-report
    measure "3b. 10,000 distinct reports, --cross-report" 1 -- check "$work/d10k" --cross-report
fi
for f in "$work"/long/long-*.txt; do
    size="$(stat -c %s "$f")"
    measure "4. one report of $((size / 1000)) kB" 3 -- check "$f"
done
fi
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "| run | wall (s) | CPU (s) | checking (s) | peak memory (MiB) | runs |"
echo "|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(free -g | awk '/Mem:/ {print $2}') GB), $(java -version 2>&1 | head -1);" \
    "load average $load_before before, $load_after after."
if ((${#peer_rows[@]} > 0)); then
    read -r pw pc pl < <(printf '%s\n' "${peer_rows[@]}" | sort -n | head -1)
    read -r ow oc < <(printf '%s\n' "${rows[@]}" | grep -m1 '^| 2\. ' | awk -F'|' '{print $3, $4}')
    echo "1,000 reports against the fastest full-text peer (${pl%%,*}): wall $ow / $pw s = $(echo "scale=2; $ow / $pw" | bc)," \
        "CPU $oc / $pc s = $(echo "scale=2; $oc / $pc" | bc)."
fi
