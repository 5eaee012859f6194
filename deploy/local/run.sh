#!/usr/bin/env bash
# One command for the local run: builds the service, starts a real Kafka broker and PostgreSQL server on
# loopback, runs the packaged service against them with the sample roster, and plays demo traffic.
# Stops everything on Ctrl-C. Options are passed to the launcher: --port N, --demo-rate R, --no-demo, --minutes N.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q package -DskipTests
exec ./mvnw -B -q exec:java -Dexec.mainClass=dev.attune.local.LocalStack -Dexec.args="$*"
