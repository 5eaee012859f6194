#!/usr/bin/env bash
# usage: deploy/local/run.sh [--port N] [--kafka-port N] [--postgres-port N] [--demo-rate R] [--no-demo] [--minutes N] [--help]
#
# One command for the local run: builds the service, starts Keycloak, a real Kafka broker and PostgreSQL server
# on loopback, runs the packaged service against them with the sample roster, and plays demo traffic (none with
# --no-demo). Prints the Kafka bootstrap address and the PostgreSQL URL; --kafka-port and --postgres-port fix
# them (default: free ports). Stops everything on Ctrl-C; after a hard kill, deploy/local/stop-leftovers.sh
# stops what this run left.
set -euo pipefail
cd "$(dirname "$0")/../.."
usage() { sed -n 2p "$0" | sed 's/^# //'; }
# Check the options before a build of several minutes; the launcher checks their values.
args=("$@")
i=0
while [ $i -lt ${#args[@]} ]; do
  case "${args[$i]}" in
    --port|--kafka-port|--postgres-port|--demo-rate|--minutes)
      if [ $((i + 1)) -ge ${#args[@]} ]; then echo "[local] ${args[$i]} needs a value" >&2; usage >&2; exit 2; fi
      i=$((i + 2)) ;;
    --no-demo) i=$((i + 1)) ;;
    --help|-h) usage; exit 0 ;;
    *) echo "[local] unknown option ${args[$i]}" >&2; usage >&2; exit 2 ;;
  esac
done
./mvnw -B -q package -DskipTests
exec ./mvnw -B -q exec:java -Dexec.mainClass=dev.attune.local.LocalStack -Dexec.args="$*"
