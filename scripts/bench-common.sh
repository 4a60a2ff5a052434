# Shared by the benchmark scripts (sourced, not run). Needs ROOT set to the repository.

# The built jar, or nothing.
bench_jar() {
    ls "$ROOT"/target/crosswalk-*.jar 2>/dev/null | grep -v -e '-sources' -e '-javadoc' | head -n 1 || true
}

# bench_workdir PREFIX: a temporary folder, removed on exit, made the current folder so stray
# JVM files (hs_err, etc.) land there, never in the repository. Sets WORK.
bench_workdir() {
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")"
    trap 'rm -rf "$WORK"' EXIT
    cd "$WORK"
}

# The project's dependency class path (mvn dependency:build-classpath), printed; exits on failure.
bench_dependency_classpath() {
    if ! mvn -B -q -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/deps.txt" \
            >"$WORK/mvn.log" 2>&1; then
        cat "$WORK/mvn.log" >&2
        exit 1
    fi
    cat "$WORK/deps.txt"
}

# The median of the numbers on standard input ("n/a" when there are none).
median() {
    tr ' ' '\n' | awk '/^[0-9.]+$/' | sort -n | awk '{ v[NR] = $1 }
        END { if (NR == 0) { print "n/a"; exit }
              if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# bench_machine: the machine lines every benchmark report starts with (CPU, memory, OS, Java, load).
bench_machine() {
    echo "Machine"
    echo "  CPU:     $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//') ($(nproc) CPUs)"
    echo "  Memory:  $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)"
    echo "  OS:      $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") / $(uname -r)"
    echo "  Java:    $(java -version 2>&1 | sed -n 2p)"
    echo "  Load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"
}

# bench_require_build CLASS: sets JAR; exits with the build command when the jar or the benchmark
# class (org.crosswalk.bench.CLASS in the test classes) is missing.
bench_require_build() {
    JAR="$(bench_jar)"
    if [[ -z "$JAR" || ! -f "$ROOT/target/test-classes/org/crosswalk/bench/$1.class" ]]; then
        echo "Build first: (cd $ROOT && mvn -q package -DskipTests)" >&2
        echo "(needs target/crosswalk-VERSION.jar and target/test-classes)" >&2
        exit 1
    fi
}

# bench_rounds VALUE DEFAULT WHAT: sets ROUNDS to VALUE (or DEFAULT when empty); exits with the usage
# line when it is not a whole number of at least 1. WHAT says what a round is.
bench_rounds() {
    ROUNDS="${1:-$2}"
    if ! [[ "$ROUNDS" =~ ^[0-9]+$ ]] || (( ROUNDS < 1 )); then
        echo "Usage: $0 [ROUNDS]   ($3, default $2)" >&2
        exit 2
    fi
}

# bench_test_classpath: sets TEST_CP to the benchmark classes (packed into one jar: class-data
# sharing refuses class folders on the class path), the app's jar and its dependencies.
bench_test_classpath() {
    echo "Test classpath (mvn dependency:build-classpath) ..."
    local deps
    deps="$(bench_dependency_classpath)"
    jar cf "$WORK/bench.jar" -C "$ROOT/target/test-classes" org/crosswalk/bench
    TEST_CP="$WORK/bench.jar:$JAR:$deps"
}

# bench_jar_line: which jar is measured and the commit it was built from.
bench_jar_line() {
    echo "  Jar:     ${JAR#"$ROOT"/}, built from $(git -C "$ROOT" log -1 --format=%h 2>/dev/null || echo "?")"
}
