#!/usr/bin/env python3
"""Unpacks a docker-archive image tarball (deploy/image/build.sh's target/image/attune.tar) into a root directory,
layer by layer as a container runtime would (whiteouts delete), and prints the image's user, working directory,
entrypoint and environment as shell assignments for deploy/image/run-unpacked.sh.

usage: unpack-image.py IMAGE.tar ROOT_DIR
"""
import json
import os
import shlex
import shutil
import sys
import tarfile


def main(archive, root):
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(root)
    with tarfile.open(archive) as image:
        manifest = json.load(image.extractfile("manifest.json"))[0]
        config = json.load(image.extractfile(manifest["Config"]))["config"]
        for layer_name in manifest["Layers"]:
            with tarfile.open(fileobj=image.extractfile(layer_name)) as layer:
                members = []
                for member in layer.getmembers():
                    base = os.path.basename(member.name)
                    if base.startswith(".wh."):
                        gone = os.path.join(root, os.path.dirname(member.name), base[4:])
                        if os.path.isdir(gone) and not os.path.islink(gone):
                            shutil.rmtree(gone)
                        elif os.path.lexists(gone):
                            os.remove(gone)
                        continue
                    members.append(member)
                layer.extractall(root, members=members, numeric_owner=True)
    user = config.get("User") or "0"
    command = (config.get("Entrypoint") or []) + (config.get("Cmd") or [])
    print("image_user=" + shlex.quote(user))
    print("image_workdir=" + shlex.quote(config.get("WorkingDir") or "/"))
    print("image_command=(" + " ".join(shlex.quote(c) for c in command) + ")")
    print("image_env=(" + " ".join(shlex.quote(e) for e in config.get("Env") or []) + ")")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
