"""Convert the Phoenix (PETRARCH2) dictionaries into actorgraph's package data.

    python scripts/convert_phoenix.py [--source ../shared/data/phoenix-dictionaries]

Writes ``src/actorgraph/data/phoenix/actors.json.gz`` (actors, aliases, dated
roles; see ``actorgraph.actors.phoenix``), ``cameo_verbs.json`` (trigger
entries from the CAMEO verb patterns; see ``actorgraph.coding.cameo_verbs``)
and ``NOTICE`` (the MIT licence of the source). The output is committed, so
users and CI never need the source folder. Needs ``pip install wordfreq``
(build time only) to tell ordinary words from names.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "actorgraph" / "data" / "phoenix"
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "phoenix-dictionaries"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    if not args.source.is_dir():
        print(f"error: {args.source}: not found; pass --source DIR (the Phoenix dictionaries)",
              file=sys.stderr)
        return 1
    from actorgraph.actors.dictionary import load_dictionary
    from actorgraph.actors.phoenix import convert, convert_agents, ordinary_word_test, write
    from actorgraph.coding.cameo_verbs import convert_verbs, write_verbs

    d = load_dictionary(phoenix=False)
    hand = [{"id": a.id, "name": a.name, "kind": a.kind, "aliases": list(a.aliases)}
            for a in d.actors.values()]
    hand += [{"id": iso, "name": cap, "kind": "state", "aliases": []}
             for cap, iso in d.capitals.items()]
    hand += [{"id": iso, "name": dem.title(), "kind": "state", "aliases": []}
             for dem, iso in d.demonyms.items()]
    # A capital or demonym entry shares its country's id: keep the country's own entry.
    merged: dict[str, dict] = {}
    for e in hand:
        if e["id"] in merged:
            merged[e["id"]]["aliases"].append(e["name"])
        else:
            merged[e["id"]] = e
    countries = {a.id for a in d.actors.values() if a.kind == "state"}
    generic = {w for a in d.actors.values() if a.kind == "state"
               for n in (a.name, *a.aliases) for w in n.split()}
    generic |= set(d.demonyms) | {w for s in d.sectors.values() for n in s.nouns for w in n.split()}
    ordinary, frequent = ordinary_word_test()
    table = convert(args.source, merged.values(), countries, ordinary, generic=generic,
                    frequent=frequent)
    agents = convert_agents(
        (args.source / "Phoenix.agents.txt").read_text("utf-8", errors="replace"))
    taken = {n.lower() for s in d.sectors.values() for n in s.nouns}
    table["agents"] = {n: c for n, c in agents.items() if n not in taken and c in d.sectors}
    args.out.mkdir(parents=True, exist_ok=True)
    write(table, args.out / "actors.json.gz")
    verbs = convert_verbs((args.source / "CAMEO.2.0.txt").read_text("utf-8", errors="replace"))
    # Only the groups bench/cameo_verbs.py kept are shipped; a first build ships them all
    # (then run `python bench/cameo_verbs.py --write` to choose).
    shipped = args.out / "cameo_verbs.json"
    enabled = sorted(verbs)
    if shipped.is_file():
        enabled = [g for g in json.loads(shipped.read_text("utf-8")).get("enabled", [])
                   if g in verbs]
    write_verbs({g: verbs[g] for g in enabled}, shipped, enabled)
    notice = (args.source / "LICENSE").read_text("utf-8")
    (args.out / "NOTICE").write_text(
        "The files in this folder are derived from the Phoenix / CAMEO dictionaries of\n"
        "PETRARCH2 (openeventdata/petrarch2, petrarch2/data/dictionaries, commit 676801c),\n"
        "converted by scripts/convert_phoenix.py. Their licence:\n\n" + notice, "utf-8")
    print(f"{len(table['actors']):,} actors, {len(table['lower']):,} lower-case forms, "
          f"{len(table['exact']):,} exact forms, {len(table['agents']):,} agent nouns; "
          f"{table['stats']}")
    print(f"{sum(len(verbs[g]) for g in enabled):,} verb entries in {len(enabled)} groups "
          f"shipped (of {len(verbs)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
