"""Rebuild the shipped event model from the train split (``make train``).

    python scripts/train_event_model.py [--seed 13] [--out src/actorgraph/data]

Reads the labelled corpus through ``bench/labelled.py``: trains on ``train``,
calibrates the confidence and picks the threshold on ``dev``, never reads
``test``. Writes ``event_model.npz`` and its card ``event_model.json`` (seed,
data counts and hash, alignment counts, dev figures of both candidates,
reliability bins, date) into ``--out``.
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

from labelled import load  # noqa: E402

from actorgraph.coding.documents import DocumentCoder  # noqa: E402
from actorgraph.nlp.event_training import TrainConfig, check_model, save, train  # noqa: E402
from actorgraph.settings import Settings  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=TrainConfig.seed)
    ap.add_argument("--epochs", type=int, default=TrainConfig.epochs)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "actorgraph" / "data")
    ap.add_argument("--train", type=Path, help="JSONL items to train on instead of the split")
    ap.add_argument("--dev", type=Path, help="JSONL items to calibrate on instead of the split")
    ap.add_argument("--neural-rescue", action="store_true",
                    help="only tune the transformer card's `rescue` and fit its curve on dev "
                         "(its weights and other figures are left as they are), then stop")
    ap.add_argument("--rescue", type=float,
                    help="with --neural-rescue: keep this rescue, fit only its curve")
    args = ap.parse_args(argv)

    def items(path: Path | None, split: str) -> list[dict]:
        if path is None:
            return load(split)
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]

    train_items, dev_items = items(args.train, "train"), items(args.dev, "dev")
    coder = DocumentCoder(Settings.from_overrides(prefilter=False))
    # The role model is trained next, on the output of this one; this one reads the rules'
    # arguments alone, so `make train` is one pass, not a loop between the two.
    coder.coder.reader.roles = None
    if args.neural_rescue:
        return neural_rescue(dev_items, coder, args.out, args.rescue)
    cfg = TrainConfig(seed=args.seed, epochs=args.epochs)
    trained = train(train_items, dev_items, coder, cfg)
    card = trained.card
    card["built"] = dt.date.today().isoformat()
    args.out.mkdir(parents=True, exist_ok=True)
    save(args.out, trained)
    check_model(args.out)
    dev = card["dev"]
    print(f"train {card['data']['train_items']} items, dev {card['data']['dev_items']}; "
          f"alignment {card['data']['alignment']}")
    for name in ("token_model", "sentence_model", "ensemble"):
        d = dev[name]
        print(f"{name:<15} model alone {d['dev_types_model']}  rules+model "
              f"{d['dev_types_both']}  threshold {d['threshold']}  "
              f"ECE {d['dev_reliability']['ece']}")
    print(f"{'rules':<15} {dev['rules_types']}")
    print(f"events (coded, dev): model alone {dev['events_model']}  rules+model "
          f"{dev['events_both']}  thresholds {card['threshold_alone']} / {card['threshold']}"
          f" / override {card['override']}")
    print(f"wrote {args.out / 'event_model.npz'} and event_model.json")
    return 0


def neural_rescue(dev_items: list[dict], coder: DocumentCoder, out: Path,
                  rescue: float | None = None) -> int:
    """Write the transformer card's ``rescue`` and its ``event_calibration.rescue`` curve,
    tuned on dev with the shipped network (its weights are not touched; the rescue by
    :func:`bench_rescue`); a given ``rescue`` is kept and only its curve fitted."""
    from actorgraph.nlp.event_training import rescue_card
    from actorgraph.nlp.neural_model import NAME, NeuralEventModel

    if rescue is None:
        rescue = bench_rescue(dev_items)
    model = NeuralEventModel.from_dir(out)
    model.memo = {}  # dev is coded once per value tried: the network runs once per sentence
    docs = list(coder.parse_texts(it["text"] for it in dev_items))
    # the neural card's other curves were fitted with the role model on, as it codes
    from actorgraph.nlp.role_model import load_role_model

    coder.coder.reader.roles = load_role_model()
    tuned = rescue_card(dev_items, docs, coder, model, grid=(rescue,))
    path = out / f"{NAME}.json"
    card = json.loads(path.read_text("utf-8"))
    card["rescue"] = tuned["rescue"]
    card.setdefault("event_calibration", {})["rescue"] = tuned["curve"]
    card.setdefault("dev", {})["events_rescue"] = tuned["dev_events"]
    path.write_text(json.dumps(card, indent=1) + "\n", "utf-8")
    print(f"neural card: rescue {tuned['rescue']}, curve {tuned['curve']}, dev events "
          f"(rules+neural) {tuned['dev_events']}; wrote {path}")
    return 0


def bench_rescue(dev_items: list[dict]) -> float:
    """The transformer card's ``rescue`` that bench/accuracy.py scores best on dev for
    rules+neural (``tune_rescue``: the strictest within its margin of the best). The bench
    codes whole documents as a user does (prefilter, relation marks, thread state,
    calibrated confidences); ``code_dev`` codes each sentence alone, and its best differed
    (round 24: "never" where the bench scores 0.7 best), so the bench itself is asked."""
    import accuracy  # bench/accuracy.py

    from actorgraph.nlp.event_training import RESCUE_GRID, tune_rescue

    coder = DocumentCoder(Settings.from_overrides(layer="rules+neural"))
    model = coder.coder.event_model  # the shipped network, as the bench loads it
    model.memo = {}  # the network runs once per sentence, whatever the values tried

    def f1_at(value: float) -> float:
        model.rescue = value
        f1 = float(accuracy.labelled_set(coder, dev_items)["micro"]["f1"])
        print(f"rescue {value}: dev rules+neural F1 {f1} (bench/accuracy.py)")
        return f1

    return tune_rescue(f1_at, RESCUE_GRID)


if __name__ == "__main__":
    raise SystemExit(main())
