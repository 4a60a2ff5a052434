#!/usr/bin/env bash
# Crash soak: a child process makes random edits to a copy of the sample workspace and is killed with
# SIGKILL at random moments; after each kill the file must open in Crosswalk, pass SQLite's integrity
# and foreign-key checks, and hold every edit reported committed (and nothing half-made).
# Usage: scripts/soak.sh [KILLS] [SEED]   (defaults: 200 kills, seed 1). See docs/reliability.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/bench-common.sh"

KILLS="${1:-200}"
SEED="${2:-1}"
if ! [[ "$KILLS" =~ ^[0-9]+$ && "$SEED" =~ ^[0-9]+$ ]] || (( KILLS < 1 )); then
    echo "Usage: $0 [KILLS] [SEED]   (whole numbers; defaults 200 and 1)" >&2
    exit 2
fi

bench_workdir crosswalk-soak
mvn -B -q -o -f "$ROOT/pom.xml" test-compile >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
CLASSPATH_="$ROOT/target/test-classes:$ROOT/target/classes:$(bench_dependency_classpath)"
mkdir -p "$WORK/run"
echo "Crash soak: $KILLS kills, seed $SEED, in $WORK/run"
status=0
java -cp "$CLASSPATH_" org.crosswalk.soak.CrashSoak "$KILLS" "$SEED" "$WORK/run" || status=$?
if (( status != 0 )); then
    if [[ -s "$WORK/run/worker-errors.txt" ]]; then
        echo "Worker errors (last kill):" >&2
        tail -n 20 "$WORK/run/worker-errors.txt" >&2
    fi
    if compgen -G "$WORK/run/failed-kill-*" >/dev/null; then
        mkdir -p "$ROOT/target/soak-failures"
        cp "$WORK"/run/failed-kill-* "$ROOT/target/soak-failures/"
        echo "Files of the failed kills kept in $ROOT/target/soak-failures" >&2
    fi
fi
exit "$status"
