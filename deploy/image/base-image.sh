#!/usr/bin/env bash
# Writes a minimal Java 17 base image as a docker-archive tarball (default target/image/base.tar) for Jib, on a
# machine that cannot pull one from a registry: a jlink runtime of the build's own JDK, the C libraries it links
# against, CA certificates, and user 185 (non-root). Where a registry is reachable, use an official base image
# instead (docs/operations.md, "Container image").
set -euo pipefail
out="${1:-target/image/base.tar}"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
[ -d "$java_home/jmods" ] || { echo "no $java_home/jmods: install the JDK's jmods (Debian: openjdk-17-jmods)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root/opt" "$root/tmp" "$root/etc" "$root/home/jboss" "$root/proc" "$root/sys" "$root/dev"
chmod 1777 "$root/tmp"

# The Java SE modules plus the JDK modules a Quarkus service with Kafka, TLS and JDBC uses.
"$java_home/bin/jlink" --module-path "$java_home/jmods" --output "$root/opt/java" --strip-debug --no-man-pages \
  --no-header-files --compress=2 \
  --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.naming.dns,jdk.management,jdk.jfr,jdk.security.auth,jdk.security.jgss,jdk.charsets,jdk.localedata,jdk.net
# Debian's JDK keeps its CA store in /etc: put a real copy inside the runtime.
cacerts="$(readlink -f "$java_home/lib/security/cacerts" || true)"
if [ -f "$cacerts" ]; then rm -f "$root/opt/java/lib/security/cacerts"; cp "$cacerts" "$root/opt/java/lib/security/cacerts"; fi

# Every shared library the runtime needs, from this machine's C library packages, at the same paths.
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
  | xargs -0 ldd 2>/dev/null | awk '/=> \// { print $3 } /^\t\/lib/ { print $1 }' | grep -v "^$root/" | sort -u \
  | while read -r lib; do
      mkdir -p "$root$(dirname "$lib")"
      cp -L "$lib" "$root$lib"
    done
mkdir -p "$root/lib64" && cp -L /lib64/ld-linux-x86-64.so.2 "$root/lib64/"
ln -s /opt/java/bin "$root/bin"
printf 'root:x:0:0:root:/root:/sbin/nologin\njboss:x:185:185:service:/home/jboss:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\njboss:x:185:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
chown -R 185:185 "$root/home/jboss"

# docker-archive layout: one layer, its config, and manifest.json (what Jib reads from tar://).
(cd "$root" && tar --numeric-owner --sort=name --mtime='2026-01-01 00:00:00' -cf "$work/layer.tar" .)
config="$(python3 - "$work" <<'PY'
import hashlib, json, os, sys
work = sys.argv[1]
diff = hashlib.sha256(open(os.path.join(work, "layer.tar"), "rb").read()).hexdigest()
config = {
    "architecture": "amd64", "os": "linux", "created": "2026-01-01T00:00:00Z",
    "config": {"Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java"], "User": "185",
               "WorkingDir": "/home/jboss"},
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + diff]},
    "history": [{"created": "2026-01-01T00:00:00Z", "created_by": "deploy/image/base-image.sh"}],
}
raw = json.dumps(config, sort_keys=True).encode()
name = hashlib.sha256(raw).hexdigest() + ".json"
open(os.path.join(work, name), "wb").write(raw)
json.dump([{"Config": name, "RepoTags": ["attune-base:17"], "Layers": ["layer.tar"]}],
          open(os.path.join(work, "manifest.json"), "w"))
print(name)
PY
)"
mkdir -p "$(dirname "$out")"
(cd "$work" && tar -cf - manifest.json "$config" layer.tar) > "$out.partial"
mv "$out.partial" "$out"
echo "base image: $out ($(du -h "$out" | cut -f1))"
