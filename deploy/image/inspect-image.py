#!/usr/bin/env python3
"""Reads an image back from a registry (HTTP API v2), prints what a platform team checks in its configuration
(user, entrypoint, ports, layers), fails if it would run as root, and saves it as a docker-archive tarball
(docker load / skopeo / crane can read it)."""
import hashlib, io, json, sys, tarfile, urllib.request

MANIFEST_TYPES = ", ".join([
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json"])


def get(url, accept=None):
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(request) as response:
        return response.read()


def main(registry, repository, tag, out):
    base = f"http://{registry}/v2/{repository}"
    manifest = json.loads(get(f"{base}/manifests/{tag}", MANIFEST_TYPES))
    config_bytes = get(f"{base}/blobs/{manifest['config']['digest']}")
    config = json.loads(config_bytes)["config"]
    user = config.get("User", "")
    print(f"image      {registry}/{repository}:{tag}")
    print(f"user       {user or '(none: root)'}")
    print(f"entrypoint {json.dumps(config.get('Entrypoint'))}")
    print(f"workdir    {config.get('WorkingDir')}")
    print(f"ports      {', '.join(sorted(config.get('ExposedPorts', {})))}")
    print(f"layers     {len(manifest['layers'])}, {sum(l['size'] for l in manifest['layers']) / 1e6:.0f} MB compressed")
    if user.split(":")[0] in ("", "0", "root"):
        sys.exit("the image would run as root")
    with tarfile.open(out, "w") as archive:
        def add(name, data):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
        add(config_name, config_bytes)
        layers = []
        for layer in manifest["layers"]:
            name = layer["digest"].split(":")[1] + ".tar.gz"
            add(name, get(f"{base}/blobs/{layer['digest']}"))
            layers.append(name)
        add("manifest.json", json.dumps([{"Config": config_name, "RepoTags": [f"{repository}:{tag}"],
                                          "Layers": layers}]).encode())
    print(f"saved      {out}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
