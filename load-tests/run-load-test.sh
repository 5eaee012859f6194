#!/usr/bin/env bash
# The end-to-end load test: builds the service, then runs dev.attune.load.LoadTest in a plain JVM (not
# inside Maven, so Maven's own heap and threads stay out of the measurement). It starts an embedded
# Kafka broker (its own JVM), an embedded PostgreSQL server and the packaged service per roster size,
# plays the ACD at stepped rates, prints a table and writes load-tests/out/ and docs/img/load-test-latency.png.
# Every run stops by itself (--max-minutes, default 40). Options go to LoadTest, e.g.:
#   load-tests/run-load-test.sh --agents 2000 --rates 100,200,500
#   load-tests/run-load-test.sh --quick --agents 200 --rates 20        # smoke run, short steps, labelled quick
#   load-tests/run-load-test.sh --kafka localhost:9092                 # an existing broker on this machine
# MAIN_CLASS runs another harness on the same class path (load-tests/run-text-load-test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -q package -DskipTests
fi
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/load-test-classpath.txt
# The run (many minutes) uses a copy of the compiled classes, so a build in this checkout meanwhile cannot pull
# classes from under it. The service itself runs from target/quarkus-app unless --service-jar names a copy.
snapshot="target/load-test-classes-$$"
trap 'rm -rf "$snapshot"' EXIT
mkdir -p "$snapshot"
cp -r target/test-classes "$snapshot/test-classes"
cp -r target/classes "$snapshot/classes"
classpath="$snapshot/test-classes:$snapshot/classes:$(cat target/load-test-classpath.txt)"
java -Xms512m -Xmx1g -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Djava.awt.headless=true \
  -cp "$classpath" "${MAIN_CLASS:-dev.attune.load.LoadTest}" "$@"
