#!/usr/bin/env bash
# Startup benchmark: time from launch to the first frame of the main window with a workspace open,
# and heap used, for Crosswalk from its jar (`java -jar`) and, when given, from its installed or
# packaged launcher, against a bare JavaFX window measured in the same run.
#
#   mvn -q package -DskipTests          # once: builds the jar, target/lib and the test classes
#   scripts/benchmark-startup.sh [RUNS] # RUNS per program, default 5 (at least 5 for a median)
#   BENCH_PACKAGED=/opt/crosswalk/bin/Crosswalk scripts/benchmark-startup.sh 7
#                                       # also the packaged app (mvn -Pinstaller package; see installer/)
#
# Runs under Xvfb (`xvfb-run`; install with `sudo apt-get install -y xvfb`). Builds nothing and
# writes nothing into the repository: everything goes to a temporary folder that is removed.
# All programs follow the benchmark contract (docs/benchmarks.md): with -Dcrosswalk.benchmark=true
# (the packaged launcher gets it through JAVA_TOOL_OPTIONS) they print CROSSWALK_FIRST_FRAME_AT
# (ms since 1970) and CROSSWALK_HEAP_USED_MB once the first frame is shown, then exit; the script
# subtracts the moment it launched them, so launcher and JVM start-up are counted.
#
# Environment: BENCH_JAVA_OPTS (extra JVM options for the bare window and the jar), BENCH_TIMEOUT
# (seconds per run, default 90), BENCH_USE_DISPLAY=1 (use the current $DISPLAY instead of Xvfb),
# BENCH_CDS=1 (first record an application class-data-sharing archive for the bare window and the
# jar, then measure both with their own archive), BENCH_PACKAGED (the packaged desktop launcher).
set -euo pipefail

RUNS="${1:-5}"
if ! [[ "$RUNS" =~ ^[0-9]+$ ]] || (( RUNS < 1 )); then
    echo "Usage: $0 [RUNS]   (RUNS: runs per program, default 5)" >&2
    exit 2
fi
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/bench-common.sh
. "$ROOT/scripts/bench-common.sh"

if [[ -z "${CROSSWALK_BENCH_INNER:-}" && -z "${BENCH_USE_DISPLAY:-}" ]]; then
    if ! command -v xvfb-run >/dev/null; then
        echo "xvfb-run is not installed. Install it (Debian/Ubuntu: sudo apt-get install -y xvfb)," >&2
        echo "or run on a desktop with BENCH_USE_DISPLAY=1 $0" >&2
        exit 1
    fi
    exec env CROSSWALK_BENCH_INNER=1 xvfb-run -a -s "-screen 0 1600x1000x24" bash "$0" "$@"
fi

JAR="$(bench_jar)"
BARE_CLASS="$ROOT/target/test-classes/org/crosswalk/bench/BareWindow.class"
if [[ -z "$JAR" || ! -d "$ROOT/target/lib" || ! -f "$BARE_CLASS" ]]; then
    echo "Build first: (cd $ROOT && mvn -q package -DskipTests)" >&2
    echo "(needs target/crosswalk-VERSION.jar, target/lib and target/test-classes)" >&2
    exit 1
fi

PACKAGED="${BENCH_PACKAGED:-}"
if [[ -n "$PACKAGED" && ! -x "$PACKAGED" ]]; then
    echo "BENCH_PACKAGED=$PACKAGED is not an executable launcher (e.g. /opt/crosswalk/bin/Crosswalk)." >&2
    exit 1
fi

bench_workdir crosswalk-bench

TIMEOUT="${BENCH_TIMEOUT:-90}"
read -r -a EXTRA <<<"${BENCH_JAVA_OPTS:-}"

bench_test_classpath   # TEST_CP: the bare window's class path

DATA="$WORK/data"
SAMPLE="$WORK/Oxfordshire sample.crosswalk"
java -Dcrosswalk.dataDir="$DATA" -jar "$JAR" sample --out "$SAMPLE" >/dev/null

bare() {
    timeout "$TIMEOUT" java "${EXTRA[@]}" "$@" -Dcrosswalk.benchmark=true -cp "$TEST_CP" \
        org.crosswalk.bench.BareWindow
}
app() {
    timeout "$TIMEOUT" java "${EXTRA[@]}" "$@" -Dcrosswalk.dataDir="$DATA" -Dcrosswalk.benchmark=true \
        -jar "$JAR" "$SAMPLE"
}
packaged() {
    JAVA_TOOL_OPTIONS="-Dcrosswalk.dataDir=$DATA -Dcrosswalk.benchmark=true" timeout "$TIMEOUT" \
        "$PACKAGED" "$SAMPLE"
}

# value NAME FILE: the number after NAME= in FILE, or nothing
value() {
    sed -n "s/^$1=\([0-9][0-9.]*\)\s*$/\1/p" "$2" | head -n 1
}

# measure NAME [JVM OPTIONS]: runs bare, app or packaged once; prints "ms heap" (ms from launch to
# the first frame), or "FAIL FAIL" with the reason on stderr
measure() {
    local name="$1" status=0 launched at heap
    launched="$(date +%s%3N)"
    "$name" "${@:2}" >"$WORK/out" 2>"$WORK/err" || status=$?
    at="$(value CROSSWALK_FIRST_FRAME_AT "$WORK/out")"
    heap="$(value CROSSWALK_HEAP_USED_MB "$WORK/out")"
    if [[ -z "$at" || -z "$heap" ]]; then
        {
            echo "  $name printed no CROSSWALK_FIRST_FRAME_AT/CROSSWALK_HEAP_USED_MB (exit $status;" \
                "124 = timed out after ${TIMEOUT}s: does it implement the benchmark contract?)"
            tail -n 5 "$WORK/err" | sed 's/^/    /'
        } >&2
        echo "FAIL FAIL"
    else
        echo "$((at - launched)) $heap"
    fi
}

echo
bench_machine
echo "  Display: ${DISPLAY:-none}${CROSSWALK_BENCH_INNER:+ (Xvfb 1600x1000x24)}"
bare -Dprism.verbose=true >"$WORK/warm" 2>&1 || true   # warm-up, not counted
echo "  Prism:   $(sed -n 's/^Initialized prism pipeline: com.sun.prism.\([a-z0-9]*\)\..*/\1/p' "$WORK/warm" | head -n 1) pipeline (bare window)"
app >/dev/null 2>&1 || true                               # warm-up, not counted
echo "  Jar:     ${JAR#"$ROOT"/}, sample workspace $(du -k "$SAMPLE" | cut -f1) KB"
if [[ -n "$PACKAGED" ]]; then
    packaged >/dev/null 2>&1 || true                      # warm-up, not counted
    echo "  Packaged: $PACKAGED (runtime: Java $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' \
        "$(dirname "$PACKAGED")/../lib/runtime/release" 2>/dev/null))"
fi
BARE_OPTS=() APP_OPTS=()
if [[ -n "${BENCH_CDS:-}" ]]; then
    bare -XX:ArchiveClassesAtExit="$WORK/bare.jsa" >/dev/null 2>&1 || true
    app -XX:ArchiveClassesAtExit="$WORK/app.jsa" >/dev/null 2>&1 || true
    BARE_OPTS=(-XX:SharedArchiveFile="$WORK/bare.jsa") APP_OPTS=(-XX:SharedArchiveFile="$WORK/app.jsa")
    echo "  CDS:     each program runs with its own class-data-sharing archive (BENCH_CDS=1)"
fi
echo

BARE_MS=() BARE_MB=() APP_MS=() APP_MB=() PKG_MS=() PKG_MB=()
printf '%-6s %9s %9s %9s %9s %9s %9s\n' run bare_ms bare_mb jar_ms jar_mb pkg_ms pkg_mb
for ((i = 1; i <= RUNS; i++)); do
    read -r bms bmb < <(measure bare "${BARE_OPTS[@]}")
    read -r ams amb < <(measure app "${APP_OPTS[@]}")
    pms=- pmb=-
    if [[ -n "$PACKAGED" ]]; then
        read -r pms pmb < <(measure packaged)
    fi
    BARE_MS+=("$bms") BARE_MB+=("$bmb") APP_MS+=("$ams") APP_MB+=("$amb") PKG_MS+=("$pms") PKG_MB+=("$pmb")
    printf '%-6s %9s %9s %9s %9s %9s %9s\n' "$i" "$bms" "$bmb" "$ams" "$amb" "$pms" "$pmb"
done

MED_BARE_MS="$(echo "${BARE_MS[*]}" | median)"
MED_APP_MS="$(echo "${APP_MS[*]}" | median)"
MED_PKG_MS="$(echo "${PKG_MS[*]}" | median)"
printf '%-6s %9s %9s %9s %9s %9s %9s\n' median "$MED_BARE_MS" "$(echo "${BARE_MB[*]}" | median)" \
    "$MED_APP_MS" "$(echo "${APP_MB[*]}" | median)" "$MED_PKG_MS" "$(echo "${PKG_MB[*]}" | median)"
echo
if [[ "$MED_BARE_MS" == n/a || "$MED_APP_MS" == n/a ]]; then
    echo "No ratio: a program did not report (see the messages above)."
    exit 1
fi
awk -v a="$MED_APP_MS" -v b="$MED_BARE_MS" 'BEGIN {
    printf "First frame from launch, jar / bare:      %.2fx\n", a / b }'
if [[ -n "$PACKAGED" ]]; then
    if [[ "$MED_PKG_MS" == n/a ]]; then
        echo "No ratio for the packaged app: it did not report (see the messages above)."
        exit 1
    fi
    awk -v p="$MED_PKG_MS" -v b="$MED_BARE_MS" 'BEGIN { r = p / b
        printf "First frame from launch, packaged / bare: %.2fx (target <= 1.25x: %s)\n", r, (r <= 1.25 ? "met" : "NOT met") }'
fi
