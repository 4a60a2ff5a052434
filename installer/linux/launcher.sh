#!/bin/bash
# Crosswalk's launchers on Linux (bin/Crosswalk and bin/crosswalk-cli), in place of the native ones
# jpackage makes: those ask rpm and dpkg which package owns them at every start, about 0.45 s on a
# desktop with many packages (decision 0023). This one reads the same lib/app/NAME.cfg jpackage
# wrote (class path, main class, Java options) and starts the bundled runtime with it.
set -e
# One subprocess only (readlink): the rest is bash itself, so the launcher adds ~15 ms, not ~35.
self=$(readlink -f "$0")
bin=${self%/*}
name=${self##*/}
app=${bin%/*}/lib/app
cfg="$app/$name.cfg"
if [ ! -r "$cfg" ]; then
    echo "$name: the installation is incomplete ($cfg is missing). Reinstall Crosswalk." >&2
    exit 1
fi
classpath=()
options=()
main=
while IFS= read -r line || [ -n "$line" ]; do
    line=${line//\$APPDIR/$app}
    case $line in
        app.classpath=*) classpath+=("${line#app.classpath=}") ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
        java-options=*) options+=("${line#java-options=}") ;;
    esac
done < "$cfg"
printf -v joined '%s:' "${classpath[@]}"
joined=${joined%:}
# jpackage.app-path tells Crosswalk it is the installed app (its data in the user's usual folders).
exec "$bin/../lib/runtime/bin/java" "-Djpackage.app-path=$bin/$name" "${options[@]}" -cp "$joined" "$main" "$@"
