"""Why the coder misses gold events, and what it codes that the gold does not hold, by type.

    python bench/misses.py [--split train|dev|all] [--layer rules|model|both]
                           [--type ASSAULT] [--show 5] [--words 12] [--json]

For every gold event of the labelled corpus (``bench/labelled.py``) that no coded event of
its type pairs with (the pairing of ``bench/accuracy.py``), says why, in this order:

* ``prefilter``: the prefilter left its sentence unparsed;
* ``no_trigger``: no proposer proposed any trigger in the item;
* ``wrong_type``: triggers were proposed, none of the gold type;
* ``dropped_under_verb``: a noun trigger of the type was proposed but dropped because it sits
  under a verb trigger ("condemned the strikes": the coder counts a verb's object noun as
  part of the verb's event);
* ``dropped_no_actor``: a trigger of the type was proposed but its arguments name no actor;
* ``too_few``: events of the type were coded, fewer than the gold holds.

False positives are coded events no gold event of their type pairs with, split into
``other_type`` (the item has gold events of other types: a confusion) and ``no_gold``
(nothing of that type at all). ``--show`` prints examples of each; ``--words`` the trigger
words behind false positives and wrong types, and the content words most often in the
sentences of ``no_trigger`` misses (candidates for the lexicon). Tune on train and dev only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from accuracy import _doc, _pair, prefilter_skips  # noqa: E402
from labelled import load  # noqa: E402

from actorgraph.coding.documents import DocumentCoder  # noqa: E402
from actorgraph.settings import Settings  # noqa: E402

MISS_KINDS = ("prefilter", "no_trigger", "wrong_type", "dropped_no_actor",
              "dropped_under_verb", "too_few")
FP_KINDS = ("other_type", "no_gold")
_CONTENT = frozenset({"VERB", "NOUN"})


class _Recorder:
    """Wraps an event coder's steps to keep, per document id, what each step found."""

    def __init__(self, coder: Any) -> None:
        self.current = ""
        self.proposed: dict[str, list[tuple[str, str]]] = defaultdict(list)  # (type, word)
        self.kept: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.lemmas: dict[str, list[str]] = defaultdict(list)
        self.lost: dict[str, list[tuple[str, str]]] = defaultdict(list)  # (type, why)
        code, proposals, triggers = coder.code, coder.proposals, coder.triggers

        def code_(doc: Any, ctx: Any, state: Any = None) -> Any:
            self.current = ctx.doc
            self.lemmas[ctx.doc] += [t.lemma_.lower() for t in doc
                                     if t.pos_ in _CONTENT and t.is_alpha]
            return code(doc, ctx, state)

        def proposals_(cx: Any, sent: Any) -> Any:
            out = proposals(cx, sent)
            self.proposed[self.current] += [(p.type, p.token.lower_) for p in out]
            return out

        def triggers_(cx: Any, sent: Any) -> Any:
            out = triggers(cx, sent)
            self.kept[self.current] += [(p.type, p.token.lower_) for p, _ in out]
            kept = {(p.token.i, p.type) for p, _ in out}
            verbs = {p.token.i for p, _ in out if not p.is_nominal}
            for p in proposals(cx, sent):
                if (p.token.i, p.type) in kept:
                    continue
                # a noun under a verb trigger (its object, or in its arguments) is dropped
                # by design; any other proposal lacked an actor
                under = any(a.i in verbs for a in list(p.token.ancestors)[:3])
                self.lost[self.current].append((p.type, "under_verb" if under else "no_actor"))
            return out

        coder.code, coder.proposals, coder.triggers = code_, proposals_, triggers_


def analyse(coder: DocumentCoder, items: list[dict]) -> dict[str, Any]:
    """Misses and false positives of ``items``, each with its reason (see the module doc)."""
    rec = _Recorder(coder.coder)
    skipped = {(i, t) for i, t, _ in prefilter_skips(coder, items)["missed"]}
    docs = [_doc(it["id"], it["text"], it.get("published")) for it in items]
    misses: list[dict[str, Any]] = []
    false_pos: list[dict[str, Any]] = []
    for it, coded in zip(items, coder.code_many(docs), strict=True):
        gold, pred = it["events"], coded.events
        pairs = _pair(gold, pred)
        got = {id(g) for g, _ in pairs}
        paired = {id(p) for _, p in pairs}
        coded_types = sorted({p.type for p in pred})
        named = {m.actor for m in coded.mentions}
        proposed = rec.proposed.get(it["id"], [])
        kept = rec.kept.get(it["id"], [])
        for g in gold:
            if id(g) in got:
                continue
            t = g["type"]
            if (it["id"], t) in skipped:
                kind = "prefilter"
            elif not proposed:
                kind = "no_trigger"
            elif not any(pt == t for pt, _ in proposed):
                kind = "wrong_type"
            elif not any(p.type == t for p in pred):
                why = {w for pt, w in rec.lost.get(it["id"], []) if pt == t}
                kind = ("dropped_under_verb" if why == {"under_verb"} else "dropped_no_actor")
            else:
                kind = "too_few"
            misses.append({"id": it["id"], "type": t, "kind": kind, "text": it["text"],
                           "unnamed": [g[k] for k in ("source_id", "target_id")
                                       if g.get(k) and g[k] not in named],
                           "coded": coded_types,
                           "proposed": sorted({f"{w}:{pt}" for pt, w in proposed}),
                           "kept": sorted({f"{w}:{pt}" for pt, w in kept if pt == t}),
                           "lemmas": rec.lemmas.get(it["id"], [])})
        gold_types = {g["type"] for g in gold}
        for p in pred:
            if id(p) in paired:
                continue
            false_pos.append({"id": it["id"], "type": p.type, "trigger": p.trigger,
                              "kind": "other_type" if gold_types else "no_gold",
                              "gold": sorted(gold_types), "text": it["text"]})
    return {"misses": misses, "false_positives": false_pos}


def summary(result: dict[str, Any]) -> dict[str, Any]:
    """Counts per type: misses by reason, false positives by kind."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for m in result["misses"]:
        table[m["type"]][m["kind"]] += 1
    for f in result["false_positives"]:
        table[f["type"]]["fp_" + f["kind"]] += 1
    return {t: dict(c) for t, c in sorted(table.items())}


def _print(result: dict[str, Any], args: argparse.Namespace) -> None:
    table = summary(result)
    cols = (*MISS_KINDS, *(f"fp_{k}" for k in FP_KINDS))
    print(f"{'type':<10}" + "".join(f"{c[:11]:>12}" for c in cols))
    totals: Counter[str] = Counter()
    for t, counts in table.items():
        if args.type and t != args.type:
            continue
        totals.update(counts)
        print(f"{t:<10}" + "".join(f"{counts.get(c, 0):>12}" for c in cols))
    print(f"{'all':<10}" + "".join(f"{totals.get(c, 0):>12}" for c in cols))
    wanted = [args.type] if args.type else sorted(table)
    for t in wanted:
        ms = [m for m in result["misses"] if m["type"] == t]
        fps = [f for f in result["false_positives"] if f["type"] == t]
        if args.words:
            wrong = Counter(p for m in ms if m["kind"] == "wrong_type" for p in m["proposed"])
            cand = Counter(w for m in ms if m["kind"] == "no_trigger" for w in set(m["lemmas"]))
            fpw = Counter(f"{f['trigger'].lower()}" for f in fps)
            print(f"\n{t}: wrong-type triggers {wrong.most_common(args.words)}")
            print(f"{t}: words of no-trigger misses {cand.most_common(args.words)}")
            print(f"{t}: false-positive triggers {fpw.most_common(args.words)}")
        if args.show:
            for kind in MISS_KINDS:
                for m in [m for m in ms if m["kind"] == kind][: args.show]:
                    print(f"  miss {t} {kind:<18} {m['id']} coded={m['coded']} "
                          f"proposed={m['proposed'][:6]} :: {m['text'][:220]!r}")
            for kind in FP_KINDS:
                for f in [f for f in fps if f["kind"] == kind][: args.show]:
                    print(f"  fp   {t} {kind:<18} {f['id']} trigger={f['trigger']!r} "
                          f"gold={f['gold']} :: {f['text'][:220]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["train", "dev", "all"],
                    help="train, dev, or both (all here excludes test: never tune on it)")
    ap.add_argument("--layer", default="rules", choices=["rules", "model", "both"])
    ap.add_argument("--type", default=None, help="one PLOVER type only")
    ap.add_argument("--show", type=int, default=0, help="examples per type and reason")
    ap.add_argument("--words", type=int, default=0, help="top words per type")
    ap.add_argument("--json", action="store_true", help="print the counts as JSON only")
    args = ap.parse_args()
    items = load("train") + load("dev") if args.split == "all" else load(args.split)
    start = time.perf_counter()
    coder = DocumentCoder(Settings.from_overrides(layer=args.layer))
    result = analyse(coder, items)
    if args.json:
        print(json.dumps(summary(result), indent=1))
        return
    print(f"misses and false positives, layer {args.layer}, split {args.split}: "
          f"{len(items)} items, {sum(len(i['events']) for i in items)} gold events, "
          f"{len(result['misses'])} missed, {len(result['false_positives'])} false positives "
          f"({time.perf_counter() - start:.1f} s)")
    _print(result, args)


if __name__ == "__main__":
    main()
