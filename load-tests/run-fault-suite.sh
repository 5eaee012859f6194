#!/usr/bin/env bash
# The fault suite (issue 11; docs/reliability.md): builds the service, then runs dev.attune.fault.FaultSuite in a
# plain JVM. It starts a Kafka broker (its own JVM), a PostgreSQL server and the packaged service, all on
# loopback, plays an ACD that keeps working through every fault, and prints a table per scenario. Exits 1 if a
# row misses the targets. Bounded (--max-minutes, default 60); the JVM stops everything it started on exit, and
# the trap below stops whatever a hard end of that JVM left behind.
#   load-tests/run-fault-suite.sh                       # every scenario, kill -9 twenty times
#   load-tests/run-fault-suite.sh --short               # the CI version: a few minutes
#   load-tests/run-fault-suite.sh --scenarios kill9,postgres30 --kills 5
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -q package -DskipTests
fi
# With SKIP_BUILD=1 a class path written since the last change to pom.xml is reused, so a measured run starts no Maven.
if [ "${SKIP_BUILD:-0}" != "1" ] || [ ! target/load-test-classpath.txt -nt pom.xml ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/load-test-classpath.txt
fi
# The suite runs from a copy of the compiled classes, so a build in this checkout during the run (minutes long)
# cannot pull classes from under it.
snapshot="target/fault-suite-classes-$$"
mkdir -p "$snapshot"
cp -r target/test-classes "$snapshot/test-classes"
cp -r target/classes "$snapshot/classes"
classpath="$snapshot/test-classes:$snapshot/classes:$(cat target/load-test-classpath.txt)"
# Every process this run starts (the suite, the service, the broker, PostgreSQL) inherits this marker, so the
# trap stops exactly those, whatever killed the suite, and nothing else on the machine.
marker="fault-suite-$$-$(date +%s)"
export ATTUNE_FAULT_SUITE_RUN="$marker"
suite_pid=""
ours() {
  for environ in /proc/[0-9]*/environ; do
    if grep -qsxz "ATTUNE_FAULT_SUITE_RUN=$marker" "$environ" 2>/dev/null; then
      pid=${environ#/proc/}
      echo "${pid%/environ}"
    fi
  done
}
cleanup() {
  if [ -n "$suite_pid" ] && kill -0 "$suite_pid" 2>/dev/null; then
    kill "$suite_pid" 2>/dev/null || true
    wait "$suite_pid" 2>/dev/null || true
  fi
  rm -rf "$snapshot"
  for pid in $(ours); do
    kill -CONT "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
  done
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    [ -z "$(ours)" ] && return 0
    sleep 1
  done
  for pid in $(ours); do
    kill -KILL "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT TERM INT
java -Xms256m -Xmx1g -XX:+UseG1GC \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Djava.awt.headless=true \
  -cp "$classpath" dev.attune.fault.FaultSuite "$@" &
suite_pid=$!
set +e
wait "$suite_pid"
status=$?
set -e
suite_pid=""
exit "$status"
