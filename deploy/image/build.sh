#!/usr/bin/env bash
# Builds the service's container image with Jib, without a Docker daemon, and checks it runs as non-root.
#
#   deploy/image/build.sh                      # push to a registry started here on loopback, save target/image/attune.tar
#   deploy/image/build.sh --registry reg:5000  # push to your registry (credentials: Jib's usual helpers/config)
#   deploy/image/build.sh --base registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21   # an official base image
#
# Without --base the base image is deploy/image/base-image.sh's tarball (no registry needed to pull one).
# Without --registry, Debian's docker-registry (apt-get install docker-registry) serves a throw-away registry.
set -euo pipefail
cd "$(dirname "$0")/../.."
registry="" base="" out_dir="target/image"
while [ $# -gt 0 ]; do
  case "$1" in
    --registry) registry="$2"; shift 2 ;;
    --base) base="$2"; shift 2 ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out_dir"
if [ -z "$base" ]; then
  [ -f "$out_dir/base.tar" ] || deploy/image/base-image.sh "$out_dir/base.tar"
  base="tar://$PWD/$out_dir/base.tar"
fi

registry_pid=""
stop_registry() { if [ -n "$registry_pid" ]; then kill "$registry_pid" 2>/dev/null || true; wait "$registry_pid" 2>/dev/null || true; fi; }
trap stop_registry EXIT TERM
if [ -z "$registry" ]; then
  command -v docker-registry >/dev/null || { echo "no docker-registry: apt-get install docker-registry, or pass --registry" >&2; exit 1; }
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  registry="127.0.0.1:$port"
  rm -rf "$out_dir/registry"
  cat > "$out_dir/registry.yml" <<YML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $PWD/$out_dir/registry
http:
  addr: $registry
YML
  docker-registry serve "$out_dir/registry.yml" > "$out_dir/registry.log" 2>&1 &
  registry_pid=$!
  for _ in $(seq 50); do curl -sf "http://$registry/v2/" >/dev/null && break; sleep 0.2; done
fi

echo "[image] building with Jib from $base, pushing to $registry"
# No AppCDS archive in the image: Quarkus would make it in a container runtime, and there is none here
# (docs/operations.md); the image starts without it, a little slower.
./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=false \
  -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry="$registry" -Dquarkus.container-image.insecure=true \
  -Dquarkus.jib.base-jvm-image="$base"

# Read the pushed image back: its configuration must name a non-root user, and a copy is saved as a tarball.
python3 deploy/image/inspect-image.py "$registry" attune/attune "$(./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)" \
  "$out_dir/attune.tar"
