"""Rebuild the shipped role classifier from the train split (``make train``).

    python scripts/train_role_model.py [--seed 13] [--out src/actorgraph/data] [--no-tune]
                                       [--thresholds CARD.json]

Codes the train split with a recorder in place of the role model, labels every
(trigger, actor candidate) pair from the gold sources and targets, fits the two
logistic regressions (``actorgraph.nlp.role_training``), then picks the fill and
replace thresholds on ``dev`` (never ``test``) by coding dev with each setting and
keeping the one with the best source plus target exact accuracy that loses no
event F1 (a threshold moves only for a gain above ``MIN_GAIN``). Writes
``role_model.npz`` and its card ``role_model.json`` (seed, data counts and hash,
thresholds, dev figures of rules alone, the model alone and both). ``--thresholds``
keeps the thresholds of a card (the shipped one's hand-set decisions) instead of tuning.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from accuracy import labelled_set  # noqa: E402
from labelled import load  # noqa: E402

from actorgraph.coding.documents import DocumentCoder  # noqa: E402
from actorgraph.nlp.event_training import TrainConfig  # noqa: E402
from actorgraph.nlp.role_model import RoleModel  # noqa: E402
from actorgraph.nlp.role_training import Recorder, data_hash, label, save, train_weights  # noqa: E402
from actorgraph.settings import Settings  # noqa: E402

GRID = (0.5, 0.65, 0.8, 1.1)  # 1.1: never
FILLS = (0.1, 0.2, 0.3, 0.5, 1.1)
MARGINS = (0.0, 0.15, 0.3, 0.5, 1.1)
# A setting moves off "never" only for more than one event's worth of dev accuracy.
MIN_GAIN = 0.008


def _figures(coder: DocumentCoder, items: list[dict]) -> dict:
    own = labelled_set(coder, items)
    return {"f1": own["micro"]["f1"], "precision": own["micro"]["precision"],
            "recall": own["micro"]["recall"], "source": own["source_accuracy"]["accuracy"],
            "target": own["target_accuracy"]["accuracy"],
            "strict_f1": own["strict_event_f1"]["f1"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "actorgraph" / "data")
    ap.add_argument("--no-tune", action="store_true", help="keep default thresholds (0.5)")
    ap.add_argument("--thresholds", type=Path, help="a card whose thresholds to keep (no tuning)")
    args = ap.parse_args(argv)
    train_items, dev_items = load("train"), load("dev")
    cfg = TrainConfig(seed=args.seed, epochs=args.epochs, lr=0.05, l2=1e-4, min_count=2)

    # Triggers of both layers: the role model reads the arguments of either.
    coder = DocumentCoder(Settings.from_overrides(layer="both"))
    recorder = Recorder()
    coder.coder.reader.roles = recorder
    from accuracy import _doc

    for _ in coder.code_many(_doc(it["id"], it["text"], it.get("published"))
                             for it in train_items):
        pass
    records = recorder.records
    label(records, train_items)
    vocabulary, weights = train_weights(records, cfg)
    positives = [sum(r.labels[k] for r in records) for k in (0, 1)]
    print(f"train: {len(train_items)} items, {len(records)} pairs, {positives[0]} sources, "
          f"{positives[1]} targets, {len(vocabulary)} features")

    card: dict = {
        "what": "role classifier: source/target of an event among the sentence's actors",
        "seed": args.seed, "epochs": cfg.epochs, "lr": cfg.lr, "l2": cfg.l2,
        "min_count": cfg.min_count,
        "data": {"train_items": len(train_items), "dev_items": len(dev_items),
                 "pairs": len(records), "source_pairs": positives[0],
                 "target_pairs": positives[1], "train_hash": data_hash(train_items)},
        "thresholds": {},
    }
    rules = DocumentCoder(Settings.from_overrides(layer="rules"), nlp=coder.nlp)
    reader = rules.coder.reader

    def run(thresholds: dict, alone: bool = False) -> dict:
        model = RoleModel(vocabulary, weights, {"thresholds": thresholds})
        model.alone = alone
        reader.roles = model
        return _figures(rules, dev_items)

    reader.roles = None
    base = _figures(rules, dev_items)
    best = {f"{r}_{k}": 1.1 for r in ("source", "target")
            for k in ("fill", "create", "over", "margin")}
    if args.thresholds is not None:
        best = json.loads(args.thresholds.read_text("utf-8"))["thresholds"]
    elif not args.no_tune:
        def goal(f: dict) -> float:
            return f["source"] + f["target"] - (10.0 if f["f1"] < base["f1"] - 0.002 else 0.0)

        score = goal(base)
        # target_over is not tuned: a target the rules read as words is often the party acted
        # on ("asked the world to designate the RSF": the world is asked), and a low threshold
        # would replace it by an actor of the complement, which docs/LABELLING.md rules out;
        # the shipped card sets 0.5 by hand (round 27: "blamed the ambush on the PKK" targets
        # the PKK; 0.5 gained on train, cross-validated, and on dev; 0.65 and 0.8 less).
        for key in ("target_fill", "source_fill", "target_create", "source_create",
                    "source_over", "target_margin", "source_margin"):
            grid = {"fill": FILLS, "create": GRID, "over": FILLS,
                    "margin": MARGINS}[key.split("_")[1]]
            for value in grid:
                trial = {**best, key: value}
                got = goal(run(trial))
                print(f"  {trial} -> {got:.3f}")
                if got > score + MIN_GAIN:
                    score, best = got, trial
    else:
        best.update({"source_fill": 0.5, "target_fill": 0.5})
    card["thresholds"] = best
    card["dev"] = {"rules": base, "model_alone": run({"source_fill": 0.25, "target_fill": 0.25,
                                                      "source_create": 0.25,
                                                      "target_create": 0.25,
                                                      "source_over": 0.25,
                                                      "target_over": 0.25},
                                                     alone=True),
                   "rules_and_model": run(best)}
    card["dev"]["model_alone"]["note"] = ("the model reads both sides, fill 0.25, blind to "
                                          "the rule choice")
    card["built"] = dt.date.today().isoformat()
    save(args.out, vocabulary, weights, card)
    for name, fig in card["dev"].items():
        print(f"dev {name:<16} {fig}")
    print(f"thresholds {best}; wrote {args.out / 'role_model.npz'} and role_model.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
