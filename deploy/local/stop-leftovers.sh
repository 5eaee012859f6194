#!/usr/bin/env bash
# After a hard kill (SIGKILL) the embedded PostgreSQL child survives its JVM: stop it by its postmaster.pid
# and remove the leftover data and Kafka log folders from the temp directory.
set -u
tmp="${TMPDIR:-/tmp}"
for pidfile in "$tmp"/epg*/postmaster.pid; do
  [ -f "$pidfile" ] || continue
  pid=$(head -1 "$pidfile")
  kill "$pid" 2>/dev/null && echo "stopped postgres $pid"
done
rm -rf "$tmp"/epg* "$tmp"/kafka-* 2>/dev/null || true
