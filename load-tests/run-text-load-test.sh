#!/usr/bin/env bash
# The text estimator's end-to-end load test (docs/text-estimator.md): builds the service (unless SKIP_BUILD=1),
# then starts an embedded Kafka broker (its own JVM), an embedded PostgreSQL server and the packaged service,
# sends caller utterances to acd.transcripts at stepped rates and prints estimates per second and the
# utterance-to-estimate latency. Stops by itself (--max-minutes, default 15). For example:
#   load-tests/run-text-load-test.sh --rates 1000,2000,3000 --step-seconds 20 --data ../shared/data
set -euo pipefail
MAIN_CLASS=dev.attune.load.text.TranscriptLoadTest exec "$(dirname "$0")/run-load-test.sh" "$@"
