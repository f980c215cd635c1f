#!/usr/bin/env python3
"""Copy the web UI's browser libraries from node_modules into the package.

The versions are pinned in package.json and package-lock.json at the
repository root; ``npm ci`` installs exactly those into node_modules/, and
this script copies the few files the pages load (and their licences) into
``src/actorgraph/web/static/vendor/``, which git ignores and the wheel
carries. ``make vendor`` runs both. Nothing is fetched from a CDN at run time.

    python scripts/vendor.py          # copy (after npm ci)
    python scripts/vendor.py --check  # exit 1 unless the copies are there and current
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = ROOT / "node_modules"
DEST = ROOT / "src" / "actorgraph" / "web" / "static" / "vendor"

#: package -> files to copy (path inside the package, name in vendor/).
FILES: dict[str, list[tuple[str, str]]] = {
    "cytoscape": [
        ("dist/cytoscape.min.js", "cytoscape.min.js"),
        ("LICENSE", "LICENSE.cytoscape.txt"),
    ],
    # The map page's basemap: Natural Earth country outlines as TopoJSON (public domain
    # data, ISC-licensed package), decoded in the browser by topojson-client. No tiles.
    "world-atlas": [
        ("countries-110m.json", "countries-110m.json"),
        ("LICENSE", "LICENSE.world-atlas.txt"),
    ],
    "topojson-client": [
        ("dist/topojson-client.min.js", "topojson-client.min.js"),
        ("LICENSE", "LICENSE.topojson-client.txt"),
    ],
    "vis-timeline": [
        ("standalone/umd/vis-timeline-graph2d.min.js", "vis-timeline-graph2d.min.js"),
        ("styles/vis-timeline-graph2d.min.css", "vis-timeline-graph2d.min.css"),
        ("LICENSE.MIT.txt", "LICENSE.vis-timeline.MIT.txt"),
        ("LICENSE.Apache-2.0.txt", "LICENSE.vis-timeline.Apache-2.0.txt"),
    ],
}


#: vis-timeline's standalone bundle injects its style sheet as <style> elements, which the
#: app's Content-Security-Policy (no <style> elements) blocks, with a console error each. The
#: pages load the same CSS as a file (styles/vis-timeline-graph2d.min.css), so the copy has
#: its injection turned off: the guard of its one inject function is made false. The exact
#: text must be found once, or the copy fails (a new version needs this looked at again).
PATCHES: dict[str, list[tuple[str, str]]] = {
    "vis-timeline-graph2d.min.js": [(
        'var i=e.insertAt;if(t&&"undefined"!=typeof document){',
        'var i=e.insertAt;if(!1&&t&&"undefined"!=typeof document){',
    )],
}


def patch(path: Path) -> None:
    """Apply :data:`PATCHES` to the copied file ``path``; raise if one does not apply."""
    if path.name not in PATCHES:
        return
    text = path.read_text(encoding="utf-8")
    for old, new in PATCHES.get(path.name, []):
        if text.count(old) != 1:
            raise SystemExit(f"{path.name}: the text to patch ({old!r}) is not there exactly "
                             "once; see PATCHES in scripts/vendor.py")
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def unpatched(path: Path) -> bool:
    if not path.is_file():
        return False
    text = path.read_text(encoding="utf-8")
    return any(old in text and new not in text for old, new in PATCHES.get(path.name, []))


def locked_versions() -> dict[str, str]:
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    return {name: lock["packages"][f"node_modules/{name}"]["version"] for name in FILES}


def installed_version(name: str) -> str | None:
    manifest = MODULES / name / "package.json"
    if not manifest.is_file():
        return None
    return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that vendor/ holds the locked versions")
    args = parser.parse_args(argv)
    locked = locked_versions()
    manifest_path = DEST / "VERSIONS.json"
    if args.check:
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            print(f"{manifest_path} is missing: run `make vendor`", file=sys.stderr)
            return 1
        stale = [n for n, v in locked.items() if manifest.get(n, {}).get("version") != v]
        missing = [f for files in FILES.values() for _, f in files if not (DEST / f).is_file()]
        missing += [f"{name} (unpatched)" for name in PATCHES if unpatched(DEST / name)]
        if stale or missing:
            print(f"vendor/ is out of date ({', '.join(stale + missing)}): run `make vendor`",
                  file=sys.stderr)
            return 1
        return 0
    problems = []
    for name, version in locked.items():
        found = installed_version(name)
        if found != version:
            problems.append(f"{name} {found or 'missing'} in node_modules, {version} locked")
    if problems:
        print("; ".join(problems) + ": run `npm ci` first", file=sys.stderr)
        return 1
    DEST.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, object]] = {}
    for name, files in FILES.items():
        copied = {}
        for source, target in files:
            shutil.copyfile(MODULES / name / source, DEST / target)
            patch(DEST / target)
            copied[target] = digest(DEST / target)
        manifest[name] = {"version": locked[name], "files": copied}
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n",
                             encoding="utf-8")
    print(f"copied {', '.join(f'{n} {v}' for n, v in locked.items())} into "
          f"{DEST.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
