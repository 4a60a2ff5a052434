#!/usr/bin/env bash
# No network: runs Crosswalk's main flows in a new network namespace (`unshare -n`: no interface but
# a loopback that is down) and under strace, which lists every socket connect/send the processes
# make. Every flow must succeed, and no process may try an internet (AF_INET/AF_INET6) socket.
# Flows: the command lines of NoNetworkProbe (sample, info, import-plan of a PDF, Word and web page,
# import-priorities, export to every format, import-table, suggest, evaluate), then the desktop app
# under Xvfb with -Dcrosswalk.benchmark=true (it prints CROSSWALK_FIRST_FRAME_MS and exits).
# Usage: scripts/no-network.sh   (as root, or where unprivileged user namespaces are allowed)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/bench-common.sh"
for tool in unshare strace xvfb-run; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (Debian/Ubuntu: util-linux, strace, xvfb)." >&2; exit 1; }
done

bench_workdir crosswalk-no-network
mvn -B -q -o -f "$ROOT/pom.xml" test-compile >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
export CP="$ROOT/target/test-classes:$ROOT/target/classes:$(bench_dependency_classpath)"
export WORK
java -cp "$CP" org.crosswalk.app.NoNetworkProbe fixtures "$WORK/files"
java -cp "$CP" org.crosswalk.app.NoNetworkProbe commands "$WORK/files" >"$WORK/commands.tsv"
UNSHARE=(unshare -n)
(( EUID == 0 )) || UNSHARE=(unshare -rn)

# Inside the namespace: each flow under strace, one trace file per flow.
inside() {
    echo "network inside: $(ip -brief link 2>/dev/null | tr -s ' ' | paste -sd ';' || echo 'ip not installed')"
    local n=0 failed=0
    while IFS=$'\t' read -r -a args; do
        n=$((n + 1))
        if strace -f -qq --seccomp-bpf -e trace=connect,sendto,sendmsg -o "$WORK/trace.$n" \
                java -Dcrosswalk.dataDir="$WORK/data" -cp "$CP" org.crosswalk.app.Main "${args[@]}" \
                >"$WORK/out.$n" 2>&1; then
            echo "ok      ${args[*]}"
        else
            echo "FAILED  ${args[*]}"; sed 's/^/        /' "$WORK/out.$n" | tail -n 5; failed=1
        fi
    done <"$WORK/commands.tsv"
    n=$((n + 1))
    if strace -f -qq --seccomp-bpf -e trace=connect,sendto,sendmsg -o "$WORK/trace.$n" \
            timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" java -Dcrosswalk.dataDir="$WORK/data" \
            -Dcrosswalk.benchmark=true -cp "$CP" org.crosswalk.app.Main "$WORK/files/board.crosswalk" \
            >"$WORK/out.$n" 2>&1 && grep -q CROSSWALK_FIRST_FRAME_MS "$WORK/out.$n"; then
        echo "ok      desktop app: $(grep -o 'CROSSWALK_FIRST_FRAME_MS=[0-9.]*' "$WORK/out.$n")"
    else
        echo "FAILED  desktop app"; tail -n 5 "$WORK/out.$n" | sed 's/^/        /'; failed=1
    fi
    # Control: the trace does show an internet connection attempt when there is one.
    strace -f -qq -e trace=connect -o "$WORK/control.trace" bash -c 'echo >/dev/tcp/127.0.0.1/9' 2>/dev/null || true
    return "$failed"
}
export -f inside
status=0
"${UNSHARE[@]}" bash -c inside || status=1

if ! grep -q 'AF_INET' "$WORK/control.trace"; then
    echo "The control connection did not show in strace's trace, so the trace proves nothing here." >&2
    status=1
fi
internet="$(cat "$WORK"/trace.* | grep -E 'AF_INET6?' || true)"
local_sockets="$(cat "$WORK"/trace.* | grep -E '^[0-9]+ +(connect|sendto|sendmsg)\(' | grep -vE 'AF_INET6?' \
    | grep -oE 'sun_path=[^}]*' | sort | uniq -c || true)"
echo "internet socket calls (AF_INET, AF_INET6) in all flows: $(grep -c . <<<"$internet" || true)"
[[ -z "$internet" ]] || { echo "$internet" | head -n 20; status=1; }
echo "local (AF_UNIX) connections, for the record:"
echo "${local_sockets:-  none}"
exit "$status"
