"""Which CAMEO verb-pattern groups help: F1 on the labelled set with and without each.

    python bench/cameo_verbs.py [--source ../shared/data/phoenix-dictionaries] [--write]

Parses the labelled set once per variant with one loaded model: the baseline
(hand-written lexicon only), then each group's CAMEO entries alone (a group is a PLOVER
type and a kind: bare verbs, verb + object, verb + preposition), then all kept groups
together. A group is a candidate when it helps alone (micro F1 up, or F1 level and recall
up); candidates are then added best first, each kept only when the F1 of all kept so far
does not drop. Groups that change nothing are left out.
``--write`` stores the kept groups in ``src/actorgraph/data/phoenix/cameo_verbs.json``.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from accuracy import labelled_set  # noqa: E402

from actorgraph.coding.cameo_verbs import DATA, convert_verbs, write_verbs  # noqa: E402
from actorgraph.coding.coder import EventCoder  # noqa: E402
from actorgraph.coding.documents import DocumentCoder  # noqa: E402
from actorgraph.coding.lexicon import Lexicon, extend_with_cameo, load_lexicon  # noqa: E402
from actorgraph.coding.places import load_gazetteer  # noqa: E402
from actorgraph.coding.prefilter import Prefilter  # noqa: E402
from actorgraph.settings import Settings  # noqa: E402


def _score(coder: DocumentCoder, base: Lexicon, entries: list[dict]) -> dict:
    lex = Lexicon(base.types, copy.deepcopy(base.verbs), copy.deepcopy(base.nouns),
                  dict(base.cues))
    extend_with_cameo(lex, entries)
    coder.coder = EventCoder(coder.dictionary, lex, load_gazetteer())
    if coder.prefilter is not None:
        coder.prefilter = Prefilter(coder.nlp, coder.dictionary, lex)
    r = labelled_set(coder)
    return {"f1": r["micro"]["f1"], "p": r["micro"]["precision"], "r": r["micro"]["recall"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path,
                    default=HERE.parents[1] / "shared" / "data" / "phoenix-dictionaries")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    path = args.source / "CAMEO.2.0.txt"
    if not path.is_file():
        print(f"error: {path}: not found; pass --source DIR", file=sys.stderr)
        raise SystemExit(1)
    groups = convert_verbs(path.read_text("utf-8", errors="replace"))
    coder = DocumentCoder(Settings())
    base = load_lexicon(cameo_groups=())
    baseline = _score(coder, base, [])
    print("baseline", json.dumps(baseline), flush=True)
    report: dict = {"baseline": baseline, "groups": {}}
    for name in sorted(groups):
        s = _score(coder, base, groups[name])
        report["groups"][name] = s
        print(f"{name:<20} {json.dumps(s)}", flush=True)
    helps = sorted(
        (g for g, s in report["groups"].items()
         if s["f1"] > baseline["f1"] or (s["f1"] == baseline["f1"] and s["r"] > baseline["r"])),
        key=lambda g: -report["groups"][g]["f1"],
    )
    kept: list[str] = []
    current = baseline
    for name in helps:
        s = _score(coder, base, [e for g in [*kept, name] for e in groups[g]])
        keep = s["f1"] >= current["f1"]
        print(f"+ {name:<18} {json.dumps(s)} {'kept' if keep else 'dropped'}", flush=True)
        if keep:
            kept.append(name)
            current = s
    report["kept"] = kept
    report["together"] = current
    print("kept together", json.dumps(current))
    print(json.dumps(report))
    if args.write:
        out = HERE.parent / "src" / "actorgraph" / Path(*DATA)
        write_verbs({g: groups[g] for g in kept}, out, kept)


if __name__ == "__main__":
    main()
