#!/usr/bin/env bash
# Faults that need a real file system (run as root: it mounts a small tmpfs and drops to the user
# "nobody" for permissions): the disk fills up while a workspace is open; the folder and file become
# read-only while it is open. Each must give a clear message, keep what was committed and leave no
# half-written file. The faults that need no mounts are JUnit tests (see docs/reliability.md).
# Usage: sudo scripts/faults.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/bench-common.sh"
if (( EUID != 0 )); then
    echo "Run as root (sudo $0): it mounts a small tmpfs and switches to the user nobody." >&2
    exit 2
fi

bench_workdir crosswalk-faults
mvn -B -q -o -f "$ROOT/pom.xml" test-compile >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(bench_dependency_classpath)"
chmod 755 "$WORK"
status=0

echo "== The disk fills up while the workspace is open (tmpfs of 2 MB)"
mkdir "$WORK/full"
mount -t tmpfs -o size=2m crosswalk-full "$WORK/full"
trap 'umount "$WORK/full" 2>/dev/null || true; rm -rf "$WORK"' EXIT
java -cp "$CP" org.crosswalk.soak.FaultDrill full "$WORK/full" || status=1
umount "$WORK/full"

echo "== The folder and file become read-only while the workspace is open (as the user nobody)"
mkdir "$WORK/readonly"
chown nobody "$WORK/readonly"
# nobody may not read the repository or ~/.m2: give it a copy of the class path.
mkdir -p "$WORK/cp/lib"
cp -r "$ROOT/target/classes" "$ROOT/target/test-classes" "$WORK/cp/"
tr ':' '\n' <<<"$CP" | grep '\.jar$' | xargs -I{} cp {} "$WORK/cp/lib/"
chmod -R a+rX "$WORK/cp"
setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$WORK/readonly" \
    java -Duser.home="$WORK/readonly" -cp "$WORK/cp/test-classes:$WORK/cp/classes:$WORK/cp/lib/*" org.crosswalk.soak.FaultDrill readonly-folder "$WORK/readonly" || status=1

exit "$status"
