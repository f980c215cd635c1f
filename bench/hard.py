"""Event coding on the held-out hard threads of ``bench/data/hard`` (never trained or tuned on).

    python bench/hard.py [--model NAME] [--layer NAME] [--json] [--show]

Each thread is read with the thread reader and coded with the project's coder, as
``actorgraph code`` does, with the publication date that ``threads.jsonl`` gives it.
Predicted events are paired with the hand-marked gold of ``gold.jsonl`` post by post:
same PLOVER type, preferring pairs whose source and target agree (by id, then by
country). Printed per thread and overall:

- recall on core events (the thread's described system) and on all gold events;
- precision (paired predicted events over all predicted events);
- among paired events: the exact date (over gold events with a date), the right date
  precision (year, month or day), dates invented where the gold has none, source and
  target exact (ids equal, both empty counting as equal) and by country, modality and
  negation;
- ``asserted_by`` right among paired gold events that are attributed.

The pairing is deterministic (gold in file order, ties broken by the coder's order).
``--show`` prints every post's gold and predicted events side by side.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
HARD = HERE / "data" / "hard"

sys.path.insert(0, str(HERE.parent / "src"))

# Id prefixes that are kinds of actor, not ISO 3166 countries (PER is also Peru's code
# and COM the Comoros': in this project's ids they are persons and companies).
_KINDS = {"GRP", "PER", "PTY", "IGO", "NGO", "MED", "COM", "HIST"}


def load_threads(root: Path = HARD) -> list[dict[str, Any]]:
    """The thread records of ``threads.jsonl``, in file order."""
    with (root / "threads.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_gold(root: Path = HARD) -> list[dict[str, Any]]:
    """The gold events of ``gold.jsonl``, in file order."""
    with (root / "gold.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def country(actor_id: str | None, known: dict[str, str | None]) -> str | None:
    """The country an actor id belongs to: its ISO prefix, else what ``known`` says."""
    if not actor_id:
        return None
    head = actor_id.split(".", 1)[0]
    if len(head) == 3 and head.isalpha() and head.isupper() and head not in _KINDS:
        return head
    return known.get(actor_id)


@dataclass
class Tally:
    """Counts for one thread or the whole set."""

    gold: int = 0
    core: int = 0
    predicted: int = 0
    matched: int = 0
    matched_core: int = 0
    dated: int = 0  # paired, gold has a date
    date_exact: int = 0
    date_precision: int = 0
    date_invented: int = 0  # paired, gold has no date, the coder gives one
    undated: int = 0  # paired, gold has no date
    source_exact: int = 0
    target_exact: int = 0
    source_country: int = 0
    target_country: int = 0
    modality: int = 0
    negated: int = 0
    attributed: int = 0  # paired, gold has asserted_by
    asserted_by: int = 0
    extra: dict[str, int] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        for f in dataclasses.fields(self):
            if f.name != "extra":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def figures(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        m = self.matched
        return {
            "gold": self.gold, "core": self.core, "predicted": self.predicted, "matched": m,
            "recall_core": ratio(self.matched_core, self.core),
            "recall": ratio(m, self.gold),
            "precision": ratio(m, self.predicted),
            "date_exact": ratio(self.date_exact, self.dated),
            "date_precision": ratio(self.date_precision, self.dated),
            "date_invented": ratio(self.date_invented, self.undated),
            "source_exact": ratio(self.source_exact, m),
            "target_exact": ratio(self.target_exact, m),
            "source_country": ratio(self.source_country, m),
            "target_country": ratio(self.target_country, m),
            "modality": ratio(self.modality, m),
            "negated": ratio(self.negated, m),
            "asserted_by": ratio(self.asserted_by, self.attributed),
            "counts": {"dated": self.dated, "date_exact": self.date_exact,
                       "undated": self.undated, "attributed": self.attributed,
                       "asserted_by": self.asserted_by, "matched_core": self.matched_core},
        }


def pair(gold: list[dict[str, Any]], pred: list[Any],
         known: dict[str, str | None]) -> list[tuple[dict[str, Any], Any]]:
    """Greedy one-to-one pairing of one post's gold and predicted events of the same type."""
    used: set[int] = set()
    pairs = []

    def score(g: dict[str, Any], p: Any) -> int:
        return (2 * (g["source_id"] == p.source) + 2 * (g["target_id"] == p.target)
                + (country(g["source_id"], known) == country(p.source, known))
                + (country(g["target_id"], known) == country(p.target, known)))

    # Core events choose first, then the rest, each in file order.
    for g in sorted(gold, key=lambda g: not g["core"]):
        options = [(score(g, p), -i) for i, p in enumerate(pred)
                   if i not in used and p.type == g["type"]]
        if options:
            _, neg_i = max(options)
            used.add(-neg_i)
            pairs.append((g, pred[-neg_i]))
    return pairs


def _precision(date: str | None) -> int:
    return len(date.split("-")) if date else 0


def score_thread(gold: list[dict[str, Any]], events: Iterable[Any],
                 known: dict[str, str | None]) -> tuple[Tally, list[tuple[Any, Any]]]:
    """Counts for one thread's gold against its coded events, and the pairs made."""
    tally = Tally()
    by_post: dict[int, list[Any]] = {}
    for e in events:
        by_post.setdefault(e.evidence.post, []).append(e)
    tally.predicted = sum(len(v) for v in by_post.values())
    tally.gold = len(gold)
    tally.core = sum(g["core"] for g in gold)
    all_pairs = []
    for post in sorted({g["post"] for g in gold} | set(by_post)):
        pairs = pair([g for g in gold if g["post"] == post], by_post.get(post, []), known)
        all_pairs += pairs
        for g, p in pairs:
            tally.matched += 1
            tally.matched_core += g["core"]
            if g["date"]:
                tally.dated += 1
                tally.date_exact += p.date == g["date"]
                tally.date_precision += _precision(p.date) == _precision(g["date"])
            else:
                tally.undated += 1
                tally.date_invented += p.date is not None
            tally.source_exact += p.source == g["source_id"]
            tally.target_exact += p.target == g["target_id"]
            tally.source_country += country(p.source, known) == country(g["source_id"], known)
            tally.target_country += country(p.target, known) == country(g["target_id"], known)
            tally.modality += p.modality == g["modality"]
            tally.negated += p.negated == g["negated"]
            if g["asserted_by_id"]:
                tally.attributed += 1
                tally.asserted_by += p.asserted_by == g["asserted_by_id"]
    return tally, all_pairs


def code_threads(threads: list[dict[str, Any]], root: Path, model: str | None,
                 layer: str | None) -> dict[str, Any]:
    """Coded document of each thread, keyed by thread file name."""
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.readers import read_path
    from actorgraph.settings import Settings

    overrides: dict[str, Any] = {"model": model}
    if layer is not None:
        if "layer" not in {f.name for f in dataclasses.fields(Settings)}:
            raise SystemExit("bench/hard.py: --layer: this coder has no 'layer' setting")
        overrides["layer"] = layer
    coder = DocumentCoder(Settings.from_overrides(**overrides))
    docs = []
    for t in threads:
        (doc,) = read_path(root / t["thread"], "thread")
        docs.append(dataclasses.replace(doc, published=t["published"]))
    return {t["thread"]: coded for t, coded in zip(threads, coder.code_many(docs), strict=True)}


def _known(thread: dict[str, Any], coded: Any) -> dict[str, str | None]:
    known: dict[str, str | None] = {a.id: a.country for a in coded.actors.values()}
    known.update(thread.get("countries", {}))
    return known


def _fmt(v: float | None) -> str:
    return "  -  " if v is None else f"{v:5.2f}"


COLUMNS = [("recall_core", "rcore"), ("recall", "rall"), ("precision", "prec"),
           ("date_exact", "date"), ("date_precision", "dprec"), ("date_invented", "dinv"),
           ("source_exact", "src"), ("target_exact", "tgt"), ("source_country", "srcC"),
           ("target_country", "tgtC"), ("modality", "modal"), ("asserted_by", "attr")]


def _show(thread: dict[str, Any], coded: Any, gold: list[dict[str, Any]],
          pairs: list[tuple[Any, Any]]) -> None:
    paired = {id(p) for _, p in pairs}
    got = {id(g) for g, _ in pairs}
    posts = {g["post"] for g in gold} | {e.evidence.post for e in coded.events}
    print(f"\n== {thread['thread']}")
    for post in sorted(posts):
        print(f"  post {post}")
        for g in (g for g in gold if g["post"] == post):
            mark = "+" if id(g) in got else "-"
            print(f"    gold {mark}{'*' if g['core'] else ' '} {g['type']:9} {g['source_id']} -> "
                  f"{g['target_id']} {g['date']} {g['modality']}{' neg' if g['negated'] else ''}"
                  f" by={g['asserted_by_id']}")
        for e in (e for e in coded.events if e.evidence.post == post):
            mark = "+" if id(e) in paired else "-"
            print(f"    pred {mark}  {e.type:9} {e.source} -> {e.target} {e.date} {e.modality}"
                  f"{' neg' if e.negated else ''} by={e.asserted_by}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the setting)")
    parser.add_argument("--layer", default=None,
                        help="coder layer, when the coder has a 'layer' setting")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show", action="store_true", help="print gold and predicted events")
    parser.add_argument("--root", type=Path, default=HARD, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    threads = load_threads(args.root)
    gold = load_gold(args.root)
    coded = code_threads(threads, args.root, args.model, args.layer)
    total = Tally()
    rows: dict[str, dict[str, Any]] = {}
    for t in threads:
        c = coded[t["thread"]]
        g = [e for e in gold if e["thread"] == t["thread"]]
        tally, pairs = score_thread(g, c.events, _known(t, c))
        total.add(tally)
        rows[t["thread"]] = tally.figures()
        if args.show:
            _show(t, c, g, pairs)
    rows["overall"] = total.figures()
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    print(f"{'thread':26} {'gold':>4} {'core':>4} {'pred':>4} {'pair':>4} "
          + " ".join(f"{h:>5}" for _, h in COLUMNS))
    for name, r in rows.items():
        print(f"{name.removesuffix('.txt'):26} {r['gold']:4} {r['core']:4} {r['predicted']:4} "
              f"{r['matched']:4} " + " ".join(_fmt(r[k]) for k, _ in COLUMNS))
    o = rows["overall"]["counts"]
    print(f"\ndates: {o['date_exact']}/{o['dated']} paired gold dates exact; "
          f"attribution: {o['asserted_by']}/{o['attributed']} right. Columns: rcore/rall = "
          "recall on core/all gold; prec = precision; date, dprec = exact date and date "
          "precision over paired dated gold; dinv = dates given where gold has none; "
          "src/tgt exact ids, srcC/tgtC by country; modal = modality; attr = asserted_by "
          "over paired attributed gold.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
