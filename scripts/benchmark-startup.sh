#!/usr/bin/env bash
# Startup benchmark: time from `java` start to the first frame, and heap used, for Crosswalk
# with the sample workspace open, against a bare JavaFX window measured in the same run.
#
#   mvn -q package -DskipTests          # once: builds the jar, target/lib and the test classes
#   scripts/benchmark-startup.sh [RUNS] # RUNS per program, default 5 (at least 5 for a median)
#
# Runs under Xvfb (`xvfb-run`; install with `sudo apt-get install -y xvfb`). Builds nothing and
# writes nothing into the repository: everything goes to a temporary folder that is removed.
# Both programs follow the benchmark contract (docs/benchmarks.md): with
# -Dcrosswalk.benchmark=true they print CROSSWALK_FIRST_FRAME_MS and CROSSWALK_HEAP_USED_MB once
# the first frame is shown, then exit.
#
# Environment: BENCH_JAVA_OPTS (extra JVM options for both programs), BENCH_TIMEOUT (seconds per
# run, default 90), BENCH_USE_DISPLAY=1 (use the current $DISPLAY instead of Xvfb), BENCH_CDS=1
# (first record an application class-data-sharing archive for each program, then measure both with
# their own archive: the lever the installers can use).
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

bench_workdir crosswalk-bench

TIMEOUT="${BENCH_TIMEOUT:-90}"
read -r -a EXTRA <<<"${BENCH_JAVA_OPTS:-}"

echo "Classpath for the bare window (mvn dependency:build-classpath) ..."
DEPS="$(bench_dependency_classpath)"
TEST_CP="$ROOT/target/test-classes:$ROOT/target/classes:$DEPS"

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

# value NAME FILE: the number after NAME= in FILE, or nothing
value() {
    sed -n "s/^$1=\([0-9][0-9.]*\)\s*$/\1/p" "$2" | head -n 1
}

# measure NAME [JVM OPTIONS]: runs bare or app once; prints "ms heap", or "FAIL FAIL" with the reason on stderr
measure() {
    local name="$1" status=0
    "$name" "${@:2}" >"$WORK/out" 2>"$WORK/err" || status=$?
    local ms heap
    ms="$(value CROSSWALK_FIRST_FRAME_MS "$WORK/out")"
    heap="$(value CROSSWALK_HEAP_USED_MB "$WORK/out")"
    if [[ -z "$ms" || -z "$heap" ]]; then
        {
            echo "  $name printed no CROSSWALK_FIRST_FRAME_MS/CROSSWALK_HEAP_USED_MB (exit $status;" \
                "124 = timed out after ${TIMEOUT}s: does it implement the benchmark contract?)"
            tail -n 5 "$WORK/err" | sed 's/^/    /'
        } >&2
        echo "FAIL FAIL"
    else
        echo "$ms $heap"
    fi
}

echo
echo "Machine"
echo "  CPU:     $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//') ($(nproc) CPUs)"
echo "  Memory:  $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)"
echo "  OS:      $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") / $(uname -r)"
echo "  Java:    $(java -version 2>&1 | sed -n 2p)"
echo "  Display: ${DISPLAY:-none}${CROSSWALK_BENCH_INNER:+ (Xvfb 1600x1000x24)}"
bare -Dprism.verbose=true >"$WORK/warm" 2>&1 || true   # warm-up, not counted
echo "  Prism:   $(sed -n 's/^Initialized prism pipeline: com.sun.prism.\([a-z0-9]*\)\..*/\1/p' "$WORK/warm" | head -n 1) pipeline (bare window)"
app >/dev/null 2>&1 || true                               # warm-up, not counted
echo "  Jar:     ${JAR#"$ROOT"/}, sample workspace $(du -k "$SAMPLE" | cut -f1) KB"
BARE_OPTS=() APP_OPTS=()
if [[ -n "${BENCH_CDS:-}" ]]; then
    bare -XX:ArchiveClassesAtExit="$WORK/bare.jsa" >/dev/null 2>&1 || true
    app -XX:ArchiveClassesAtExit="$WORK/app.jsa" >/dev/null 2>&1 || true
    BARE_OPTS=(-XX:SharedArchiveFile="$WORK/bare.jsa") APP_OPTS=(-XX:SharedArchiveFile="$WORK/app.jsa")
    echo "  CDS:     each program runs with its own class-data-sharing archive (BENCH_CDS=1)"
fi
echo

BARE_MS=() BARE_MB=() APP_MS=() APP_MB=()
printf '%-5s %12s %12s %12s %12s\n' run bare_ms bare_heap_mb app_ms app_heap_mb
for ((i = 1; i <= RUNS; i++)); do
    read -r bms bmb < <(measure bare "${BARE_OPTS[@]}")
    read -r ams amb < <(measure app "${APP_OPTS[@]}")
    BARE_MS+=("$bms") BARE_MB+=("$bmb") APP_MS+=("$ams") APP_MB+=("$amb")
    printf '%-5s %12s %12s %12s %12s\n' "$i" "$bms" "$bmb" "$ams" "$amb"
done

MED_BARE_MS="$(echo "${BARE_MS[*]}" | median)"
MED_BARE_MB="$(echo "${BARE_MB[*]}" | median)"
MED_APP_MS="$(echo "${APP_MS[*]}" | median)"
MED_APP_MB="$(echo "${APP_MB[*]}" | median)"
printf '%-5s %12s %12s %12s %12s\n' median "$MED_BARE_MS" "$MED_BARE_MB" "$MED_APP_MS" "$MED_APP_MB"
echo
if [[ "$MED_BARE_MS" != n/a && "$MED_APP_MS" != n/a ]]; then
    awk -v a="$MED_APP_MS" -v b="$MED_BARE_MS" -v ha="$MED_APP_MB" -v hb="$MED_BARE_MB" 'BEGIN {
        r = a / b
        printf "First frame, app / bare: %.2fx (target <= 1.30x: %s)\n", r, (r <= 1.3 ? "met" : "NOT met")
        if (hb > 0) printf "Heap used, app / bare:   %.2fx (%s MB vs %s MB)\n", ha / hb, ha, hb
    }'
else
    echo "No ratio: a program did not report (see the messages above)."
    exit 1
fi
