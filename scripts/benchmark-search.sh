#!/usr/bin/env bash
# Search benchmark: PlanSearch.search over a generated workspace of 20,000 plan items, and in the
# same run the bare SQLite FTS5 query it rests on (the floor), for a fixed set of queries typed
# whole and letter by letter. Reports the median and the 95th percentile of each.
#
#   mvn -q package -DskipTests          # once: builds the jar, target/lib and the test classes
#   scripts/benchmark-search.sh [ROUNDS]  # passes over the query set, default 20 (after 2 unmeasured)
#
# The workspace is generated first (org.crosswalk.bench.SearchBenchmark, seeded, so the same every
# time; see docs/benchmarks.md, "Search"). Builds nothing and writes nothing into the repository:
# everything goes to a temporary folder that is removed.
#
# Environment: BENCH_JAVA_OPTS (extra JVM options), BENCH_TIMEOUT (seconds, default 600).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/bench-common.sh
. "$ROOT/scripts/bench-common.sh"
bench_rounds "${1:-}" 20 "passes over the query set"

bench_require_build SearchBenchmark

bench_workdir crosswalk-search-bench

TIMEOUT="${BENCH_TIMEOUT:-600}"
read -r -a EXTRA <<<"${BENCH_JAVA_OPTS:-}"

bench_test_classpath

echo
bench_machine
bench_jar_line
echo

timeout "$TIMEOUT" java "${EXTRA[@]}" -cp "$TEST_CP" org.crosswalk.bench.SearchBenchmark --out "$WORK/out" \
    --rounds "$ROUNDS" 2>"$WORK/err" | tee "$WORK/result.txt" | grep -v '^SEARCH_RESULT' | sed 's/^/  /' || {
    echo "The benchmark failed:" >&2
    tail -n 20 "$WORK/err" >&2
    exit 1
}
echo "  Load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end"
echo

# field NAME LINE: the value after NAME= in a SEARCH_RESULT line
field() {
    sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"
}
line="$(grep '^SEARCH_RESULT set=all ' "$WORK/result.txt" || true)"
if [[ -z "$line" ]]; then
    echo "No SEARCH_RESULT line; see the output above." >&2
    exit 1
fi
p95="$(field search_p95_ms "$line")"
echo "Summary (target from issue 4: PlanSearch.search p95 <= 10 ms)"
printf '  PlanSearch.search: median %s ms, p95 %s ms -> %s\n' "$(field search_median_ms "$line")" "$p95" \
    "$(awk -v p="$p95" 'BEGIN { print (p <= 10 ? "met" : "NOT met") }')"
printf '  bare FTS5 query:   median %s ms, p95 %s ms (the floor)\n' "$(field fts_median_ms "$line")" \
    "$(field fts_p95_ms "$line")"
