"""Why sources and targets come out wrong: every matched event's argument, classified.

    python bench/arguments.py [--split train|dev] [--layer rules|model|both] [--examples N]
                              [--roles on|off] [--json]

Events are paired with the gold as ``bench/accuracy.py`` pairs them (same type, same
sentence). For each gold source and target with an id, the coder's answer is one of:

``right``               the gold id
``missing/no-mention``  no argument, and the ruler found no actor where the gold is
``missing/mention``     no argument, though an actor mention covers the gold words
``same-words/...``      the argument's words are the gold's, but the id differs:
                        ``provisional`` (a PRV. id), ``same-country`` (IRQ for IRQ.GOV,
                        a person for their government), ``gold-unknown`` (the gold id is in
                        no dictionary), ``other``
``wrong-words/swapped`` the other role's gold actor (source and target swapped)
``wrong-words/gold-available``  another mention, while one with the gold id was there
``wrong-words/gold-unavailable`` another mention, and none in the sentence has the gold id
``extra``               (reported apart) an argument where the gold has none

It prints the counts per role and a few examples of each category; the figures are a
benchmark of their own (train or dev only: never tune on test).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from accuracy import _doc, _pair  # noqa: E402
from labelled import load, same_actor  # noqa: E402

from actorgraph.coding.documents import DocumentCoder  # noqa: E402
from actorgraph.settings import Settings  # noqa: E402


def _span(text: str, surface: str | None) -> tuple[int, int] | None:
    if not surface:
        return None
    k = text.find(surface)
    if k < 0:
        k = text.lower().find(surface.lower())
    return (k, k + len(surface)) if k >= 0 else None


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def classify(role: str, gold: dict, event: object, text: str, mentions: list, dictionary) -> str:
    """The category of one role's answer (see the module docstring)."""
    gold_id = gold[f"{role}_id"]
    got = getattr(event, role)
    if same_actor(got, gold_id):
        return "right"
    gspan = _span(text, gold.get(role))
    covering = [m for m in mentions if _overlaps((m.start, m.end), gspan)]
    if got is None:
        return "missing/mention" if covering else "missing/no-mention"
    got_text = getattr(event, f"{role}_text")
    pspan = _span(text, got_text)
    if _overlaps(pspan, gspan) or (covering and got in {m.actor for m in covering}):
        if got.startswith("PRV."):
            return "same-words/provisional"
        if gold_id not in dictionary and dictionary.get(gold_id) is None:
            return "same-words/gold-unknown"
        g, p = dictionary.get(gold_id), dictionary.get(got)
        if g is not None and p is not None and (g.country or g.id) == (p.country or p.id):
            return "same-words/same-country"
        return "same-words/other"
    other = "target" if role == "source" else "source"
    if got == gold.get(f"{other}_id"):
        return "wrong-words/swapped"
    if any(m.actor == gold_id for m in mentions):
        return "wrong-words/gold-available"
    return "wrong-words/gold-unavailable"


def analyse(coder: DocumentCoder, items: list[dict], examples: int = 3) -> dict:
    counts: dict[str, Counter] = {"source": Counter(), "target": Counter()}
    extra: Counter = Counter()
    shown: dict[str, list] = defaultdict(list)
    dictionary = coder.dictionary
    docs = [_doc(it["id"], it["text"], it.get("published")) for it in items]
    for it, coded in zip(items, coder.code_many(docs), strict=True):
        for g, p in _pair(it["events"], coded.events):
            for role in ("source", "target"):
                if not g.get(f"{role}_id"):
                    extra[role] += getattr(p, role) is not None
                    continue
                cat = classify(role, g, p, it["text"], coded.mentions, dictionary)
                counts[role][cat] += 1
                key = f"{role} {cat}"
                if cat != "right" and len(shown[key]) < examples:
                    shown[key].append({
                        "id": it["id"], "type": g["type"], "trigger": p.trigger,
                        "gold": [g.get(role), g[f"{role}_id"]],
                        "got": [getattr(p, f"{role}_text"), getattr(p, role)],
                        "text": it["text"][:220],
                    })
    return {"counts": {r: dict(c.most_common()) for r, c in counts.items()},
            "extra": dict(extra), "examples": dict(shown)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--layer", default="rules", choices=["rules", "model", "both"])
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--roles", default="on", choices=["on", "off"],
                    help="the trained role classifier after the rules (default on)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    coder = DocumentCoder(Settings.from_overrides(layer=args.layer))
    if args.roles == "off":
        coder.coder.reader.roles = None
    report = analyse(coder, load(args.split), args.examples)
    if args.json:
        print(json.dumps(report, indent=1))
        return
    for role, counts in report["counts"].items():
        n = sum(counts.values())
        print(f"\n{role} (n={n}, exact {counts.get('right', 0) / n if n else 0:.3f}; "
              f"an argument where the gold has none: {report['extra'].get(role, 0)})")
        for cat, k in counts.items():
            print(f"  {cat:<34} {k:>5} {k / n:>6.1%}")
    for key, rows in report["examples"].items():
        print(f"\n-- {key}")
        for r in rows:
            print(f"  {r['id']} {r['type']} [{r['trigger']}] gold {r['gold']} got {r['got']}\n"
                  f"     {r['text']}")


if __name__ == "__main__":
    main()
