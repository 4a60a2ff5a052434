#!/usr/bin/env bash
# Fuzzes every reader with damaged copies of valid files (plans: PDF, Word, web page, text; tables: CSV,
# Excel, Word; the import-table and import-priorities commands; .crosswalk workspaces). Each case must
# give a valid result or the reader's clear error, within 30 s, and leave workspaces as they were.
# Usage: scripts/fuzz.sh [CASES] [SEED]   (defaults: 1000 cases per reader, seed 1). See docs/reliability.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

CASES="${1:-1000}"
SEED="${2:-1}"
if ! [[ "$CASES" =~ ^[0-9]+$ && "$SEED" =~ ^[0-9]+$ ]] || (( CASES < 1 )); then
    echo "Usage: $0 [CASES] [SEED]   (whole numbers; defaults 1000 and 1)" >&2
    exit 2
fi

mkdir -p "$ROOT/target/fuzz"
LOG="$ROOT/target/fuzz/run.log"
echo "Fuzzing every reader: $CASES cases each, seed $SEED (log: $LOG)"
start=$(date +%s)
status=0
mvn -B -q -o -f "$ROOT/pom.xml" test -Dtest=ReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcrosswalk.fuzz.cases="$CASES" -Dcrosswalk.fuzz.pdfCases="$CASES" -Dcrosswalk.fuzz.seed="$SEED" \
    >"$LOG" 2>&1 || status=$?
echo "Took $(( $(date +%s) - start )) s."
grep -a -A1 '^FUZZ FAILURE' "$LOG" || true
cat "$ROOT/target/fuzz/summary.md" 2>/dev/null || { echo "No summary was written; see $LOG" >&2; }
exit "$status"
