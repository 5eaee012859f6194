#!/usr/bin/env bash
# Runs the image as a platform would, without a container engine (there is none here):
#
#   deploy/image/run-unpacked.sh [--image target/image/attune.tar] [--root target/image/rootfs] [--config config]
#                                [NAME=VALUE ...]
#
# Unpacks the image's layers into --root (deploy/image/unpack-image.py), then, in new mount and PID namespaces,
# makes that directory the root filesystem READ-ONLY with a tmpfs on /tmp (the Deployment's emptyDir) and starts
# the image's own entrypoint (its own Java) in its working directory as the image's user (non-root), with the
# image's environment plus the NAME=VALUE settings given. --config mounts a routing setup folder read-only at
# /etc/attune/config (ATTUNE_CONFIG_DIR), as the Deployment mounts its ConfigMaps. The network is the host's, so services on loopback are
# reachable. Needs root for unshare and the mounts. Stops with Ctrl-C or SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/../.."
image="target/image/attune.tar" root="target/image/rootfs" config="config" settings=()
while [ $# -gt 0 ]; do
  case "$1" in
    --image) image="$2"; shift 2 ;;
    --root) root="$2"; shift 2 ;;
    --config) config="$2"; shift 2 ;;
    *=*) settings+=("$1"); shift ;;
    *) echo "unknown argument $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done
[ -f "$image" ] || { echo "no $image: build it with deploy/image/build.sh" >&2; exit 1; }
root="$(realpath -m "$root")"
eval "$(python3 deploy/image/unpack-image.py "$image" "$root")"
uid="${image_user%%:*}"
gid="${image_user#*:}"; [ "$gid" != "$image_user" ] || gid="$uid"
if [ "$uid" = "0" ] || [ "$uid" = "root" ]; then echo "the image runs as root: refused" >&2; exit 1; fi
mkdir -p "$root/tmp" "$root/proc" "$root/dev" "$root/etc/attune/config"
config="$(realpath "$config")"
settings=(ATTUNE_CONFIG_DIR=/etc/attune/config "${settings[@]}")
echo "[image] root $root (read-only), user $uid:$gid, workdir $image_workdir, command ${image_command[*]}"
# Only the image's environment and the settings reach the service (and the host tools below, by absolute path).
exec env -i "${image_env[@]}" "${settings[@]}" /usr/bin/unshare --mount --pid --fork --propagation private /bin/bash -c '
  set -e
  root="$1"; uid="$2"; gid="$3"; workdir="$4"; config="$5"; shift 5
  /bin/mount --bind "$root" "$root"
  /bin/mount -o remount,bind,ro "$root"
  /bin/mount -t tmpfs -o size=256m,mode=1777 tmpfs "$root/tmp"
  /bin/mount -t proc proc "$root/proc"
  /bin/mount --rbind /dev "$root/dev"
  /bin/mount --bind "$config" "$root/etc/attune/config"
  /bin/mount -o remount,bind,ro "$root/etc/attune/config"
  exec /usr/bin/unshare --root="$root" --wd="$workdir" --setuid="$uid" --setgid="$gid" "$@"
' run-unpacked "$root" "$uid" "$gid" "$image_workdir" "$config" "${image_command[@]}"
