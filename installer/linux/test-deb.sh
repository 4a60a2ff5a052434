#!/usr/bin/env bash
# Checks the Linux package as a user meets it (build it first: mvn -Pinstaller package).
#
#   installer/linux/test-deb.sh [--install] [--keep] [PATH/TO/crosswalk_VERSION_ARCH.deb]
#
# Without --install: unpacks the .deb into a temporary folder (dpkg-deb -x), runs the command-line
# launcher's --version, starts the desktop launcher under Xvfb with the sample workspace and waits
# for its main window's first frame (the benchmark contract: CROSSWALK_FIRST_FRAME_AT), and checks
# that the user's data went to the per-user folder, not into the installation.
# With --install (as root): also dpkg -i, then /usr/bin/crosswalk --version, the menu entry, the
# .crosswalk file type, the start-up archive and the installed app's first frame; then removes the
# package (unless --keep) and checks nothing is left behind.
# Prints the .deb's size and the installed size. Needs xvfb (apt-get install -y xvfb).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
INSTALL="" KEEP="" DEB=""
for arg in "$@"; do
    case "$arg" in
        --install) INSTALL=1 ;;
        --keep) KEEP=1 ;;
        -*) echo "Usage: $0 [--install] [--keep] [PACKAGE.deb]" >&2; exit 2 ;;
        *) DEB="$arg" ;;
    esac
done
if [[ -z "$DEB" ]]; then
    DEB="$(ls "$ROOT"/target/installer/package/crosswalk_*.deb 2>/dev/null | head -n 1 || true)"
fi
if [[ ! -f "$DEB" ]]; then
    echo "No .deb found. Build it first: (cd $ROOT && mvn -Pinstaller package -DskipTests)" >&2
    exit 1
fi
if ! command -v xvfb-run >/dev/null; then
    echo "xvfb-run is not installed (Debian/Ubuntu: sudo apt-get install -y xvfb)." >&2
    exit 1
fi

WORK="$(mktemp -d /tmp/crosswalk-deb-test.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
FAILED=0
pass() { echo "  ok   $*"; }
fail() { echo "  FAIL $*"; FAILED=1; }

VERSION="$(dpkg-deb -f "$DEB" Version)"
APP_VERSION="${VERSION%-*}"
echo "Package: $(basename "$DEB")"
echo "  .deb size:      $(du -m "$DEB" | cut -f1) MB (target <= 90 MB)"
echo "  installed size: $(( $(dpkg-deb -f "$DEB" Installed-Size) / 1024 )) MB, plus the start-up archive made at install"
echo "  Depends:        $(dpkg-deb -f "$DEB" Depends)"

# expect_version LAUNCHER: the command line prints "crosswalk VERSION"
expect_version() {
    local printed
    printed="$(JAVA_TOOL_OPTIONS="-Duser.home=$WORK" "$1" --version 2>&1 | grep -v '^Picked up JAVA_TOOL_OPTIONS' || true)"
    if [[ "$printed" == "crosswalk $APP_VERSION" ]]; then
        pass "$1 --version printed: $printed"
    else
        fail "$1 --version printed: $printed (expected: crosswalk $APP_VERSION)"
    fi
}

# expect_first_frame LAUNCHER HOME: the desktop app opens the sample workspace and draws its window
expect_first_frame() {
    local launcher="$1" home="$2" out="$WORK/first-frame.out"
    # Java takes the home folder from the user database, not $HOME: tell it.
    JAVA_TOOL_OPTIONS="-Duser.home=$home" "$(dirname "$launcher")/crosswalk-cli" \
        sample --out "$home/sample.crosswalk" >/dev/null 2>&1
    JAVA_TOOL_OPTIONS="-Duser.home=$home -Dcrosswalk.benchmark=true" timeout 120 \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" "$home/sample.crosswalk" >"$out" 2>&1 || true
    if grep -q '^CROSSWALK_FIRST_FRAME_AT=' "$out"; then
        pass "$launcher showed the main window with the sample ($(grep '^CROSSWALK_FIRST_FRAME_MS=' "$out" | cut -d= -f2) ms after JVM start)"
    else
        fail "$launcher showed no main window; its output:"
        tail -n 15 "$out" | sed 's/^/       /'
    fi
    if [[ -d "$home/.local/share/crosswalk/logs" ]]; then
        pass "user data in the per-user folder ($home/.local/share/crosswalk)"
    else
        fail "no data folder at $home/.local/share/crosswalk"
    fi    # JavaFX's native libraries are loaded from beside its jars, not unpacked into the home folder.
    if [[ ! -e "$home/.openjfx" ]]; then
        pass "JavaFX's libraries loaded from the installation (no $home/.openjfx)"
    else
        fail "JavaFX unpacked its libraries into $home/.openjfx"
    fi
}

echo
echo "Unpacked (dpkg-deb -x):"
dpkg-deb -x "$DEB" "$WORK/root"
APP="$WORK/root/opt/crosswalk"
mkdir -p "$WORK/home-unpacked"
BEFORE="$(find "$APP" | sort | md5sum)"
expect_version "$APP/bin/crosswalk-cli"
expect_first_frame "$APP/bin/Crosswalk" "$WORK/home-unpacked"
if [[ "$(find "$APP" | sort | md5sum)" == "$BEFORE" ]]; then
    pass "nothing written inside the installation"
else
    fail "files appeared inside the installation: $(find "$APP" -newer "$DEB" | head -n 5)"
fi

if [[ -n "$INSTALL" ]]; then
    echo
    echo "Installed (dpkg -i):"
    # xdg-desktop-menu needs a desktop's menu folders; a bare system (a container) has none.
    MADE_MENUS=()
    for folder in /etc/xdg/menus /usr/share/desktop-directories; do
        if [[ ! -d "$folder" ]]; then
            mkdir -p "$folder" && MADE_MENUS+=("$folder")
        fi
    done
    dpkg -i "$DEB" >"$WORK/dpkg.log" 2>&1 || { fail "dpkg -i failed:"; tail -n 10 "$WORK/dpkg.log"; }
    expect_version /usr/bin/crosswalk
    entry=/usr/share/applications/crosswalk-Crosswalk.desktop
    if grep -q '^MimeType=application/x-crosswalk' "$entry" 2>/dev/null && grep -q '^Exec=.* %f$' "$entry"; then
        pass "menu entry that opens .crosswalk files: /usr/share/applications/crosswalk-Crosswalk.desktop"
    else
        fail "no menu entry in /usr/share/applications that opens .crosswalk files (MimeType, Exec … %f)"
    fi
    touch "$WORK/Board.crosswalk"
    type="$(xdg-mime query filetype "$WORK/Board.crosswalk" 2>/dev/null || true)"
    [[ "$type" == application/x-crosswalk ]] && pass "a .crosswalk file is $type" \
        || fail "a .crosswalk file is '${type}', not application/x-crosswalk"
    if [[ -s /opt/crosswalk/lib/app/crosswalk.jsa ]]; then
        pass "start-up archive made: $(du -m /opt/crosswalk/lib/app/crosswalk.jsa | cut -f1) MB"
    else
        fail "no start-up archive (see /opt/crosswalk/lib/app/make-archive.log)"
    fi
    mkdir -p "$WORK/home-installed"
    expect_first_frame /opt/crosswalk/bin/Crosswalk "$WORK/home-installed"
    echo "  installed: $(du -sm /opt/crosswalk | cut -f1) MB in /opt/crosswalk (archive included)"
    if [[ -z "$KEEP" ]]; then
        dpkg --purge crosswalk >"$WORK/dpkg.log" 2>&1 || { fail "dpkg --purge failed:"; tail -n 10 "$WORK/dpkg.log"; }
        [[ ! -e /usr/bin/crosswalk && ! -e /opt/crosswalk ]] && pass "removed: no /usr/bin/crosswalk, no /opt/crosswalk" \
            || fail "left behind: $(ls -d /usr/bin/crosswalk /opt/crosswalk 2>/dev/null | tr '\n' ' ')"
    fi
    if [[ ${#MADE_MENUS[@]} -gt 0 && -z "$KEEP" ]]; then
        rm -rf "${MADE_MENUS[@]}"
    fi
fi

echo
if ((FAILED)); then
    echo "Some checks failed."
    exit 1
fi
echo "All checks passed."
