#!/usr/bin/env bash
# Suggestion benchmark: Suggester.suggest (top 10) for 30 priorities in a board's words over a
# generated workspace of 20,000 plan items, and in the same run a plain one-word PlanSearch query
# per priority over the same index (the baseline). Reports the median and the 95th percentile of each.
# Then "Draft links for all priorities" (LinkDrafts.draft) over the workspace's 100 priorities without
# links, BENCH_DRAFT_RUNS times (default 5) after one unmeasured run, against 100 plain suggest calls.
# Suggestions and drafts are timed with a long-lived Suggester (as the app keeps one) and with a new
# one, which knows no term statistics yet (as `crosswalk suggest` has).
#
#   mvn -q package -DskipTests            # once: builds the jar, target/lib and the test classes
#   scripts/benchmark-suggest.sh [ROUNDS]  # passes over the 30 priorities, default 10 (after 2 unmeasured)
#
# The workspace is generated first (org.crosswalk.bench.SuggestBenchmark: the search benchmark's
# 20,000 items, seeded, plus 100 priorities without links; see docs/benchmarks.md, "Suggestions").
# Builds nothing and writes nothing into the repository: everything goes to a temporary folder that
# is removed.
#
# Environment: BENCH_JAVA_OPTS (extra JVM options), BENCH_TIMEOUT (seconds, default 600),
# BENCH_DRAFT_RUNS (default 5).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/bench-common.sh
. "$ROOT/scripts/bench-common.sh"
bench_rounds "${1:-}" 10 "passes over the 30 priorities"

bench_require_build SuggestBenchmark

bench_workdir crosswalk-suggest-bench

TIMEOUT="${BENCH_TIMEOUT:-600}"
DRAFT_RUNS="${BENCH_DRAFT_RUNS:-5}"
read -r -a EXTRA <<<"${BENCH_JAVA_OPTS:-}"

bench_test_classpath

echo
bench_machine
bench_jar_line
echo

timeout "$TIMEOUT" java "${EXTRA[@]}" -cp "$TEST_CP" org.crosswalk.bench.SuggestBenchmark --out "$WORK/out" \
    --rounds "$ROUNDS" --draft-runs "$DRAFT_RUNS" 2>"$WORK/err" | tee "$WORK/result.txt" | grep -v '^SUGGEST_RESULT' | sed 's/^/  /' || {
    echo "The benchmark failed:" >&2
    tail -n 20 "$WORK/err" >&2
    exit 1
}
echo "  Load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end"
echo

# field NAME LINE: the value after NAME= in a SUGGEST_RESULT line
field() {
    sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"
}
line="$(grep '^SUGGEST_RESULT kind=per_priority ' "$WORK/result.txt" || true)"
if [[ -z "$line" ]]; then
    echo "No SUGGEST_RESULT line; see the output above." >&2
    exit 1
fi
median="$(field suggest_median_ms "$line")"
echo "Summary (targets from issue 5: a priority's suggestions <= 50 ms over 20,000 items;"
echo "         draft links for all priorities, 100 priorities, <= 5 s)"
printf '  Suggester.suggest, top 10:   median %s ms, p95 %s ms -> %s (median)\n' "$median" \
    "$(field suggest_p95_ms "$line")" "$(awk -v m="$median" 'BEGIN { print (m <= 50 ? "met" : "NOT met") }')"
printf '    with a new Suggester each:  median %s ms, p95 %s ms (no term statistics known yet)\n' \
    "$(field fresh_median_ms "$line")" "$(field fresh_p95_ms "$line")"
printf '  PlanSearch.search, one word: median %s ms, p95 %s ms (the baseline)\n' \
    "$(field baseline_median_ms "$line")" "$(field baseline_p95_ms "$line")"
draft="$(grep '^SUGGEST_RESULT kind=draft_all ' "$WORK/result.txt" || true)"
if [[ -n "$draft" ]]; then
    dmedian="$(field draft_median_ms "$draft")"
    printf '  LinkDrafts.draft, %s priorities: median %s ms, slowest %s ms -> %s (median)\n' \
        "$(field priorities "$draft")" "$dmedian" "$(field draft_max_ms "$draft")" \
        "$(awk -v m="$dmedian" 'BEGIN { print (m <= 5000 ? "met" : "NOT met") }')"
    printf '    with a new Suggester:         median %s ms, slowest %s ms\n' \
        "$(field fresh_draft_median_ms "$draft")" "$(field fresh_draft_max_ms "$draft")"
    printf '  the same priorities, one suggest(top 10) after another: median %s ms\n' \
        "$(field sequential_median_ms "$draft")"
fi
