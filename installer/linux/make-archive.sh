#!/bin/sh
# Makes Crosswalk's class-data-sharing archive (crosswalk.jsa) beside this script, for this
# installation: the .deb's postinst runs it as root. It loads, without running, the classes listed
# in crosswalk.classlist (recorded when the package was built, from a real start of the main
# window), so it needs no display. Rerun it after moving the installation.
set -eu
APPDIR="$(cd "$(dirname "$0")" && pwd)"
JAVA="$APPDIR/../runtime/bin/java"
# The class path exactly as the launchers give it (Java checks it when using the archive).
CLASSPATH="$(sed -n 's/^app\.classpath=//p' "$APPDIR/Crosswalk.cfg" | sed "s|\\\$APPDIR|$APPDIR|g" | paste -sd: -)"
"$JAVA" -Xshare:dump -XX:SharedClassListFile="$APPDIR/crosswalk.classlist" \
    -XX:SharedArchiveFile="$APPDIR/crosswalk.jsa" -cp "$CLASSPATH" >"$APPDIR/make-archive.log" 2>&1 || {
    echo "Could not make the start-up archive (see $APPDIR/make-archive.log)." >&2
    rm -f "$APPDIR/crosswalk.jsa"
    exit 1
}
chmod 644 "$APPDIR/crosswalk.jsa"
