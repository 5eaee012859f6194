#!/usr/bin/env bash
# usage: deploy/local/stop-leftovers.sh
#
# After a hard kill (SIGKILL) of deploy/local/run.sh, its Keycloak, service JVM and PostgreSQL server survive.
# This stops exactly what that run recorded in target/attune-local.run (a process only while its command line
# still names what was started, so a reused pid is left alone) and deletes its data folders. It never touches
# servers started by tests, other runs or other users.
set -u
cd "$(dirname "$0")/../.."
if [ $# -gt 0 ]; then
  case "$1" in
    --help|-h) sed -n 2p "$0" | sed 's/^# //'; exit 0 ;;
    *) echo "unknown option $1" >&2; sed -n 2p "$0" | sed 's/^# //' >&2; exit 2 ;;
  esac
fi
state=target/attune-local.run
if [ ! -f "$state" ]; then
  echo "nothing to stop: no $state (a run that stopped cleanly leaves none)"
  exit 0
fi
descendants() { # pid: its children's pids, then theirs (Keycloak's script starts the server as a child)
  local child
  for child in $(pgrep -P "$1"); do echo "$child"; descendants "$child"; done
}
stop() { # pid, marker
  if [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' < "/proc/$1/cmdline" | grep -qF -- "$2"; then
    local children
    children=$(descendants "$1")
    kill "$1" $children 2>/dev/null && echo "stopping $2 (pid $1${children:+ and its children $(echo $children)})"
    for _ in $(seq 20); do [ -d "/proc/$1" ] || return 0; sleep 0.5; done
    kill -9 "$1" $children 2>/dev/null && echo "killed $2 (pid $1): it ignored the request to stop for 10 s"
  fi
}
while read -r kind first rest; do
  case "$kind" in
    pid) stop "$first" "$rest" ;;
    postgres)
      if [ -f "$first/postmaster.pid" ]; then stop "$(head -1 "$first/postmaster.pid")" "$first"; fi
      sleep 1; rm -rf -- "$first" ;;
    dir) rm -rf -- "$first" ;;
  esac
done < "$state"
rm -f -- "$state"
