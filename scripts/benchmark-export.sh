#!/usr/bin/env bash
# Export benchmark: time to export a generated workspace of 200 priorities and 1,000 links in
# every format Crosswalk registers (export.Exporters.standard()), with the file sizes.
#
#   mvn -q package -DskipTests          # once: builds the jar, target/lib and the test classes
#   scripts/benchmark-export.sh [RUNS]  # RUNS fresh JVMs per format for the cold time, default 3
#
# Two measurements (docs/benchmarks.md, "Export"):
#   1. one JVM, all formats in turn: the first export of each format ("first in JVM": the first
#      format also pays for the classes all formats share) and the median of BENCH_WARM (default
#      5) further exports ("warm");
#   2. per format, RUNS fresh JVMs that each export once ("cold"): what the first export after
#      starting the app or the command line costs; the script reports the median.
# An export is ExportService.export: build the paper from the loaded workspace, write it to a
# temporary file, force it to disk, move it into place. Opening and loading the workspace is
# timed apart. Builds nothing and writes nothing into the repository: everything goes to a
# temporary folder that is removed.
#
# Environment: BENCH_JAVA_OPTS (extra JVM options), BENCH_WARM (warm exports per format, default
# 5), BENCH_TIMEOUT (seconds per JVM, default 300), BENCH_CDS=1 (first record an application
# class-data-sharing archive with one export of every format, then run every JVM with it).
set -euo pipefail

RUNS="${1:-3}"
if ! [[ "$RUNS" =~ ^[0-9]+$ ]] || (( RUNS < 1 )); then
    echo "Usage: $0 [RUNS]   (RUNS: fresh JVMs per format for the cold time, default 3)" >&2
    exit 2
fi
WARM="${BENCH_WARM:-5}"
if ! [[ "$WARM" =~ ^[0-9]+$ ]] || (( WARM < 1 )); then
    echo "BENCH_WARM must be a whole number, at least 1" >&2
    exit 2
fi
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/bench-common.sh
. "$ROOT/scripts/bench-common.sh"

bench_require_build ExportBenchmark

bench_workdir crosswalk-export-bench

TIMEOUT="${BENCH_TIMEOUT:-300}"
read -r -a EXTRA <<<"${BENCH_JAVA_OPTS:-}"

# Jars only (BENCH_CDS=1: class-data sharing refuses class folders on the class path).
bench_test_classpath

run() {
    timeout "$TIMEOUT" java "${EXTRA[@]}" "$@"
}
bench() {
    run "${CDS_OPTS[@]}" -cp "$TEST_CP" org.crosswalk.bench.ExportBenchmark --workspace "$LARGE" --out "$WORK/out" "$@"
}

# field NAME LINE: the value after NAME= in an EXPORT_RESULT line
field() {
    sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"
}

target_ms() {
    case "$1" in
        docx) echo 1500 ;;
        pdf) echo 3000 ;;
        xlsx) echo 1000 ;;
        *) echo "" ;;
    esac
}

echo
bench_machine
bench_jar_line

LARGE="$WORK/large.crosswalk"
run -cp "$TEST_CP" org.crosswalk.bench.LargeWorkspace "$LARGE" >/dev/null
mapfile -t FORMATS < <(run -cp "$TEST_CP" org.crosswalk.bench.ExportBenchmark --list | cut -f1)
if (( ${#FORMATS[@]} == 0 )); then
    echo "No export formats are registered in Exporters.standard()." >&2
    exit 1
fi
echo "  Formats: ${FORMATS[*]} (registered in Exporters.standard())"
CDS_OPTS=()
if [[ -n "${BENCH_CDS:-}" ]]; then
    run -XX:ArchiveClassesAtExit="$WORK/export.jsa" -cp "$TEST_CP" org.crosswalk.bench.ExportBenchmark \
        --workspace "$LARGE" --out "$WORK/out" --warm 1 >/dev/null 2>&1 || true
    if [[ ! -s "$WORK/export.jsa" ]]; then
        echo "Could not record the class-data-sharing archive (run without BENCH_CDS=1)." >&2
        exit 1
    fi
    CDS_OPTS=(-XX:SharedArchiveFile="$WORK/export.jsa")
    echo "  CDS:     every run below uses an application class-data-sharing archive (BENCH_CDS=1)"
fi
echo

echo "1. One JVM, every format in turn ($WARM warm exports each)"
bench --warm "$WARM" | tee "$WORK/shared.txt" | grep -v '^EXPORT_RESULT' | sed 's/^/  /'
echo

echo "2. Fresh JVMs, one export each ($RUNS per format, the formats taking turns): cold ms"
declare -A TIMES COLD MIN
for ((i = 1; i <= RUNS; i++)); do
    for format in "${FORMATS[@]}"; do
        line="$(bench --formats "$format" --warm 1 2>"$WORK/err" | grep '^EXPORT_RESULT' || true)"
        ms="$(field cold_ms "$line")"
        if [[ -z "$ms" ]]; then
            echo "  $format run $i printed no EXPORT_RESULT:" >&2
            tail -n 5 "$WORK/err" | sed 's/^/    /' >&2
            ms=FAIL
        fi
        TIMES[$format]="${TIMES[$format]:-} $ms"
    done
done
for format in "${FORMATS[@]}"; do
    COLD[$format]="$(echo "${TIMES[$format]}" | median)"
    MIN[$format]="$(echo "${TIMES[$format]}" | tr ' ' '\n' | grep -E '^[0-9.]+$' | sort -n | head -n 1)"
    printf '  %-6s%s -> median %s, min %s\n' "$format" "${TIMES[$format]}" "${COLD[$format]}" "${MIN[$format]:-n/a}"
done
echo

echo "Summary (ms; targets from issue 3: DOCX <= 1500, PDF <= 3000, XLSX <= 1000)"
printf '%-6s %11s %9s %13s %9s %8s %7s  %s\n' format cold_median cold_min first_in_jvm warm_med size_KB target \
    "verdict (cold median, warm median)"
for format in "${FORMATS[@]}"; do
    line="$(grep "^EXPORT_RESULT format=$format " "$WORK/shared.txt" || true)"
    first="$(field cold_ms "$line")"
    warm="$(field warm_median_ms "$line")"
    bytes="$(field bytes "$line")"
    kb="$(awk -v b="${bytes:-0}" 'BEGIN { printf "%.0f", b / 1024 }')"
    target="$(target_ms "$format")"
    verdict="-"
    if [[ -n "$target" && "${COLD[$format]}" != n/a && -n "$warm" ]]; then
        verdict="$(awk -v c="${COLD[$format]}" -v w="$warm" -v t="$target" 'BEGIN {
            printf "cold %s, warm %s", (c <= t ? "met" : "NOT met"), (w <= t ? "met" : "NOT met") }')"
    fi
    printf '%-6s %11s %9s %13s %9s %8s %7s  %s\n' "$format" "${COLD[$format]}" "${MIN[$format]:-n/a}" \
        "${first:-n/a}" "${warm:-n/a}" "$kb" "${target:--}" "$verdict"
done
