#!/usr/bin/env bash
# Packages the service as an aot-jar in target/quarkus-aot-app/ and makes its AOT cache there (app.aot) for JDK 25 or
# newer, from one training start of the service against a local broker and database (its warm-up plays the decision
# path before it reports ready). The default package (target/quarkus-app/, AppCDS for the build's JDK) is untouched.
# The load test starts the service from the cache when it runs on that JDK (it finds app.aot next to
# quarkus-run.jar); docs/operations.md, "Warm start on JDK 25", says how a deployment does the same.
#   load-tests/train-aot.sh                        # builds, then trains with the newest JDK 25+ under /usr/lib/jvm
#   SKIP_BUILD=1 load-tests/train-aot.sh path/to/quarkus-run.jar   # an aot-jar package as it is (a copy, say)
# ATTUNE_SERVICE_JAVA_HOME names the JDK; the same one must run the service.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ATTUNE_SERVICE_JAVA_HOME:-}" ]; then
  for release in /usr/lib/jvm/*/release; do
    if grep -qE '^JAVA_VERSION="(2[5-9]|[3-9][0-9])' "$release" 2>/dev/null; then
      ATTUNE_SERVICE_JAVA_HOME="$(dirname "$release")"
    fi
  done
fi
if [ -z "${ATTUNE_SERVICE_JAVA_HOME:-}" ]; then
  echo "[aot] no JDK 25 or newer under /usr/lib/jvm: install one or set ATTUNE_SERVICE_JAVA_HOME" >&2
  exit 2
fi
export ATTUNE_SERVICE_JAVA_HOME
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  # aot-jar: the application's classes on the JVM's class path, where the cache can hold them (Quarkus's own class
  # loader of the default fast-jar defines classes no cache can keep).
  ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.jar.appcds.enabled=false \
    -Dquarkus.package.output-directory=quarkus-aot-app
fi
SKIP_BUILD=1 MAIN_CLASS=dev.attune.load.AotTraining exec load-tests/run-load-test.sh "$@"
