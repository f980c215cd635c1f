"""Rebuild the shipped relation classifier from the train split (``make train-relations``).

    python scripts/train_relation_model.py [--seed 13] [--out src/actorgraph/data]

Codes the train split of ``bench/data/relations.jsonl`` (stand-off items read from
``../shared/data``) with a recorder on the relation finder: every ordered pair of sides
of a parsed sentence (actor mentions, and noun phrases that may name a side the ruler
does not mark), with its features (``actorgraph.nlp.relation_model``).
A pair is labelled with a gold relation's type when its two mentions match the gold
source and target by the benchmark's own matching (either way round for the symmetric
types). One logistic regression per type is fitted (AdaGrad, shuffled mini-batches, the
seed fixes the shuffle). The threshold (one for every type) is chosen on ``dev``, never
``test``: the one with the best relation F1 of rules and model together that keeps
precision within ``MAX_PRECISION_LOSS`` of the rules alone, else none (the model then
stays silent). Writes ``relation_model.npz`` and its card ``relation_model.json`` (seed,
data counts and hash, threshold, dev figures of the rules alone and with the model).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402
import relations as bench  # noqa: E402
from splits import split_of  # noqa: E402

from actorgraph.coding import relations as relation_rules  # noqa: E402
from actorgraph.coding.documents import DocumentCoder  # noqa: E402
from actorgraph.models import RELATION_TYPES, Document, Post  # noqa: E402
from actorgraph.nlp.event_training import TrainConfig, fit  # noqa: E402
from actorgraph.nlp.relation_model import FEATURES_VERSION, RelationModel  # noqa: E402
from actorgraph.nlp.role_training import data_hash  # noqa: E402
from actorgraph.settings import Settings  # noqa: E402

GRID = (0.4, 0.5, 0.6, 0.7, 0.8)
MAX_PRECISION_LOSS = 0.02
TYPES = tuple(RELATION_TYPES)


def _record(coder: DocumentCoder, items: list[dict]) -> list[dict]:
    finder = coder.relations
    finder.recorder, model = [], finder.model
    finder.model = None
    try:
        for item in items:
            text = item["text"]
            coder.code(Document(item["id"], text, (Post(1, text, 0, len(text)),), "text"))
        return finder.recorder
    finally:
        finder.recorder, finder.model = None, model


def _side(gold: str, side: list) -> bool:
    return bench._side_matches(gold, [str(s) for s in side[2:]])


def _label(records: list[dict], items: list[dict]) -> np.ndarray:
    """(records, types): 1 where the pair's mentions are a gold relation's sides."""
    by_id = {it["id"]: it for it in items}
    out = np.zeros((len(records), len(TYPES)))
    for k, r in enumerate(records):
        for g in by_id[r["item"]]["relations"]:
            forward = _side(g["source"], r["a"]) and _side(g["target"], r["b"])
            backward = g["type"] in bench.SYMMETRIC and (
                _side(g["source"], r["b"]) and _side(g["target"], r["a"]))
            if forward or backward:
                out[k, TYPES.index(g["type"])] = 1.0
    return out


def _figures(coder: DocumentCoder) -> dict:
    return bench.evaluate("dev", coder)["all"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "actorgraph" / "data")
    args = ap.parse_args(argv)
    items = bench.load_items()
    train = [it for it in items if split_of(it["id"]) == "train"]
    dev = [it for it in items if split_of(it["id"]) == "dev"]
    cfg = TrainConfig(seed=args.seed, epochs=args.epochs, lr=0.05, l2=1e-4, min_count=2)

    # (the shipped model is rebuilt here: never loaded, whatever features it was built for)
    relation_rules.load_relation_model = lambda: None
    coder = DocumentCoder(Settings())
    records = _record(coder, train)
    targets = _label(records, train)
    counts: dict[str, int] = {}
    for r in records:
        for f in set(r["features"]):
            counts[f] = counts.get(f, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= cfg.min_count or f == "bias")
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = [[index[f] for f in dict.fromkeys(r["features"]) if f in index] for r in records]
    weights = fit(rows, targets, len(vocabulary), "sigmoid", cfg)
    positives = {t: int(targets[:, k].sum()) for k, t in enumerate(TYPES)}
    print(f"train: {len(train)} items, {len(records)} pairs, positives {positives}, "
          f"{len(vocabulary)} features")

    finder = coder.relations
    finder.model = None
    base = _figures(coder)
    print(f"dev rules alone: {base}")
    best, best_fig = 1.1, base
    for threshold in GRID:
        finder.model = RelationModel(vocabulary, weights, {
            "types": list(TYPES), "thresholds": dict.fromkeys(TYPES, threshold),
            "phrases": True})
        fig = _figures(coder)
        print(f"dev threshold {threshold}: {fig}")
        if fig["precision"] >= base["precision"] - MAX_PRECISION_LOSS and (
                fig["f1"] > best_fig["f1"]):
            best, best_fig = threshold, fig
    card = {
        "what": "relation classifier: the type of a pair of actor mentions no rule relates",
        "seed": args.seed, "epochs": cfg.epochs, "lr": cfg.lr, "l2": cfg.l2,
        "min_count": cfg.min_count, "types": list(TYPES), "phrases": True,
        "data": {"train_items": len(train), "dev_items": len(dev), "pairs": len(records),
                 "positives": positives, "train_hash": data_hash(train)},
        "thresholds": dict.fromkeys(TYPES, best),
        "dev": {"rules": base, "rules_and_model": best_fig},
        "built": dt.date.today().isoformat(),
        "features_version": FEATURES_VERSION,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / "relation_model.npz", weights=weights.astype(np.float32),
                        vocabulary=np.array(vocabulary))
    import json

    (args.out / "relation_model.json").write_text(json.dumps(card, indent=1) + "\n", "utf-8")
    print(f"threshold {best}; wrote {args.out / 'relation_model.npz'} and relation_model.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
