"""Event coding accuracy on the project's labelled set, and on ConfliBERT's CAMEO data when present.

    python bench/accuracy.py [--split dev|train|test|all]
                             [--layer rules|model|both|neural|rules+neural|all]
                             [--model NAME] [--json]

Prints per-type precision/recall/F1, source/target/date/attribution/modality
accuracy on one split of the labelled corpus (``bench/labelled.py``; default
``dev``), for the rules alone, the trained linear model alone and both, the
fine-tuned transformer alone (``neural``) and with the rules (``rules+neural``)
(``--layer``, default all five), and quad-class and source/target figures on
``../shared/data/conflibert-cameo`` (training split, never trained on); micro and
argument figures per origin of the items (the corpus of a stand-off item, or ``written``),
since real text is where the coder is weakest. The
original 300 items were written alongside the coder: dev figures flatter it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELLED = HERE / "data" / "events.jsonl"
CAMEO = HERE.parents[1] / "shared" / "data" / "conflibert-cameo"

sys.path.insert(0, str(HERE.parent / "src"))

from labelled import load, same_actor  # noqa: E402
from splits import whole_pool  # noqa: E402

from actorgraph.coding.documents import DocumentCoder  # noqa: E402
from actorgraph.coding.model_layer import LAYERS  # noqa: E402
from actorgraph.models import Document, Post  # noqa: E402
from actorgraph.settings import Settings  # noqa: E402


def _doc(doc_id: str, text: str, published: str | None = None) -> Document:
    return Document(id=doc_id, text=text, posts=(Post(1, text, 0, len(text)),), format="text",
                    published=published)


def _pair(gold: list[dict], pred: list) -> list[tuple[dict, object]]:
    """One-to-one pairing of gold and predicted events of the same type in a sentence: as
    many pairs as can be made, pairing gold events with actor ids first, and among those
    pairings the one whose sources and targets agree most, then whose date, asserter,
    modality and negation do (searched exactly over the predicted events of each type;
    greedily past :data:`_EXACT_PAIRING` of them).

    A greedy pass (each gold event, in turn, takes the best predicted one left) could give
    one gold event the prediction that was the only right one for another, and score both
    arguments of the pair as wrong."""
    pairs: list[tuple[dict, object]] = []
    for etype in dict.fromkeys(g["type"] for g in gold):
        gs = [g for g in gold if g["type"] == etype]
        ps = [p for p in pred if p.type == etype]
        if not ps:
            continue
        if len(ps) > _EXACT_PAIRING:
            pairs += _greedy_pair(gs, ps)
            continue
        # best[mask]: (pairs, ids of paired gold events, argument agreement, other agreement,
        # choices) over the gold events seen so far, ``mask`` the predicted events they took
        best: dict[int, tuple[int, int, int, int, tuple]] = {0: (0, 0, 0, 0, ())}
        for g in gs:
            ids = bool(g.get("source_id")) + bool(g.get("target_id"))
            step: dict[int, tuple[int, int, int, int, tuple]] = {}
            for mask, (n, k, agree, rest, chosen) in best.items():
                options = [(mask, (n, k, agree, rest, (*chosen, None)))]
                options += [(mask | 1 << i, (n + 1, k + ids, agree + _agreement(g, p),
                                             rest + _other_agreement(g, p), (*chosen, i)))
                            for i, p in enumerate(ps) if not mask & 1 << i]
                for m, value in options:
                    if m not in step or value[:4] > step[m][:4]:
                        step[m] = value
            best = step
        chosen = max(best.values(), key=lambda v: v[:4])[4]
        pairs += [(g, ps[i]) for g, i in zip(gs, chosen, strict=True) if i is not None]
    return pairs


#: Predicted events of one type in one sentence up to which :func:`_pair` searches exactly.
_EXACT_PAIRING = 12


def _agreement(g: dict, p: object) -> int:
    return (g.get("source_id") == p.source) + (g.get("target_id") == p.target)


def _other_agreement(g: dict, p: object) -> int:
    return ((g.get("date") == p.date) + (g.get("asserted_by_id") == p.asserted_by)
            + (g.get("modality", "asserted") == p.modality)
            + (bool(g.get("negated")) == p.negated))


def _greedy_pair(gold: list[dict], pred: list) -> list[tuple[dict, object]]:
    pairs, used = [], set()
    for g in sorted(gold, key=lambda g: -(bool(g.get("source_id")) + bool(g.get("target_id")))):
        options = [(_agreement(g, p), i) for i, p in enumerate(pred) if i not in used]
        if options:
            _, i = max(options)
            used.add(i)
            pairs.append((g, pred[i]))
    return pairs


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "support": tp + fn}


def _share(hits: Iterable[bool]) -> dict[str, float | int]:
    items = list(hits)
    return {"accuracy": round(sum(items) / len(items), 3) if items else 0.0, "n": len(items)}


def labelled_set(coder: DocumentCoder, items: list[dict] | None = None) -> dict:
    if items is None:
        items = [json.loads(line) for line in LABELLED.read_text("utf-8").splitlines()
                 if line.strip()]
    docs = [_doc(it["id"], it["text"], it.get("published")) for it in items]
    tp, fp, fn = Counter(), Counter(), Counter()
    src, tgt, date, date_null, attr, modality, negated, strict = ([] for _ in range(8))
    src_country, tgt_country = [], []
    dictionary = coder.dictionary

    def _country(actor_id: str | None) -> str | None:
        """The actor's country, or the actor itself for one without (IGOs, groups)."""
        actor = dictionary.get(actor_id) if actor_id else None
        return (actor.country or actor.id) if actor else actor_id
    empty_ok = []
    scored: list[tuple[float, bool]] = []  # (confidence, paired with a gold event)
    origins: dict[str, _Origin] = {}
    for it, coded in zip(items, coder.code_many(docs), strict=True):
        gold, pred = it["events"], coded.events
        pairs = _pair(gold, pred)
        paired = {id(p) for _, p in pairs}
        scored += [(p.confidence, id(p) in paired) for p in pred]
        origin = origins.setdefault(_origin(it), _Origin())
        origin.add(len(gold), len(pred), len(pairs))
        for g, p in pairs:
            tp[g["type"]] += 1
            if g.get("source_id"):
                src.append(same_actor(p.source, g["source_id"]))
                src_country.append(_country(p.source) == _country(g["source_id"]))
                origin.src.append(src[-1])
            if g.get("target_id"):
                tgt.append(same_actor(p.target, g["target_id"]))
                tgt_country.append(_country(p.target) == _country(g["target_id"]))
                origin.tgt.append(tgt[-1])
            if g.get("date"):
                date.append(p.date == g["date"])
            else:
                date_null.append(p.date is None or p.date_basis in ("inherited", "published"))
            attr.append(p.asserted_by == g.get("asserted_by_id"))
            modality.append(p.modality == g.get("modality", "asserted"))
            negated.append(p.negated == bool(g.get("negated")))
            strict.append(same_actor(p.source, g.get("source_id"))
                          and same_actor(p.target, g.get("target_id")))
        for t, n in Counter(g["type"] for g in gold).items():
            fn[t] += n - sum(1 for g, _ in pairs if g["type"] == t)
        for t, n in Counter(p.type for p in pred).items():
            fp[t] += n - sum(1 for _, p in pairs if p.type == t)
        if not gold:
            empty_ok.append(not pred)
    types = sorted(set(tp) | set(fp) | set(fn))
    per_type = {t: _prf(tp[t], fp[t], fn[t]) for t in types}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    macro_f1 = round(sum(v["f1"] for v in per_type.values()) / len(per_type), 3)
    strict_tp = sum(strict)
    return {
        "sentences": len(items),
        "gold_events": sum(len(it["events"]) for it in items),
        "per_type": per_type,
        "micro": micro,
        "macro_f1": macro_f1,
        "source_accuracy": _share(src),
        "target_accuracy": _share(tgt),
        "source_same_country": _share(src_country),
        "target_same_country": _share(tgt_country),
        "date_accuracy": _share(date),
        "undated_kept_undated": _share(date_null),
        "attribution_accuracy": _share(attr),
        "modality_accuracy": _share(modality),
        "negation_accuracy": _share(negated),
        "strict_event_f1": _prf(strict_tp, sum(fp.values()) + len(strict) - strict_tp,
                                sum(fn.values()) + len(strict) - strict_tp),
        "no_event_sentences_without_events": _share(empty_ok),
        "confidence_calibration": _reliability(scored),
        "by_origin": {name: o.report() for name, o in sorted(origins.items())},
    }


def _origin(item: dict) -> str:
    """Where an item's sentence comes from: the corpus of a stand-off item, else written
    (a writer pool that joined its split whole apart: text no rule writer read item by item)."""
    if whole_pool(item.get("id", "")):
        return "written, whole pools"
    return (item.get("ref") or {}).get("corpus") or "written"


class _Origin:
    """Micro figures and argument accuracy of the items of one origin."""

    def __init__(self) -> None:
        self.items = self.gold = self.coded = self.paired = 0
        self.src: list[bool] = []
        self.tgt: list[bool] = []

    def add(self, gold: int, coded: int, paired: int) -> None:
        self.items += 1
        self.gold += gold
        self.coded += coded
        self.paired += paired

    def report(self) -> dict:
        return {"sentences": self.items,
                "micro": _prf(self.paired, self.coded - self.paired, self.gold - self.paired),
                "source_accuracy": _share(self.src), "target_accuracy": _share(self.tgt)}


def prefilter_skips(coder: DocumentCoder, items: list[dict]) -> dict:
    """Gold events lost before the parse: the share whose sentence the prefilter skips.

    An item's event is skipped when every piece holding one of its spans (source, target,
    place, attribution) is left unparsed, or, for an event without spans, when no piece of
    the item is parsed. ``missed`` lists (id, type, sentence) of the skipped ones."""
    prefilter = coder.prefilter
    total, missed = 0, []
    for it in items:
        if not it["events"]:
            continue
        pieces = [] if prefilter is None else prefilter.pieces(it["text"])
        offset, parsed = 0, []
        for piece, parse in pieces:
            start = it["text"].find(piece.text, offset) if piece.text else offset
            start = offset if start < 0 else start
            offset = start + len(piece.text)
            parsed.append((start, offset, parse))
        for g in it["events"]:
            total += 1
            if prefilter is None:
                continue
            spans = [g[k] for k in ("source", "target", "location", "asserted_by")
                     if isinstance(g.get(k), list)]
            over = [p for a, b, p in parsed if any(s < b and e > a for s, e in spans)]
            if not any(over or [p for _, _, p in parsed]):
                missed.append((it["id"], g["type"], it["text"]))
    return {"gold_events": total, "skipped": len(missed),
            "share": round(len(missed) / total, 4) if total else 0.0, "missed": missed}


def _without_list(skips: dict) -> dict:
    return {k: v for k, v in skips.items() if k != "missed"}


def _reliability(scored: list[tuple[float, bool]], bins: int = 10) -> dict:
    """Expected calibration error of event confidences (hit: paired with a gold event)."""
    table, ece = [], 0.0
    for k in range(bins):
        sel = [h for c, h in scored if k / bins <= c < (k + 1) / bins or (k == bins - 1
                                                                           and c == 1.0)]
        if sel:
            mean = sum(c for c, _ in scored if k / bins <= c < (k + 1) / bins
                       or (k == bins - 1 and c == 1.0)) / len(sel)
            rate = sum(sel) / len(sel)
            ece += len(sel) / len(scored) * abs(mean - rate)
            table.append([round(mean, 2), round(rate, 2), len(sel)])
    return {"ece": round(ece, 3), "n": len(scored), "bins": table}


def _conll(path: Path) -> Iterable[list[tuple[str, str]]]:
    sent: list[tuple[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        token, _, tag = line.rpartition(" ")
        sent.append((token, tag))
    if sent:
        yield sent


def _words(text: str | None) -> set[str]:
    stop = {"the", "a", "an", "of", "and", "'s", "its", "their"}
    return {w for w in re.findall(r"[\w'-]+", (text or "").lower()) if w not in stop}


def conflibert(coder: DocumentCoder, limit: int | None) -> dict | None:
    if not CAMEO.exists():
        return None
    rows = [line.rsplit("\t", 1) for line in (CAMEO / "cameo_class" / "train.tsv").read_text(
        "utf-8").splitlines() if "\t" in line][:limit]
    docs = [_doc(f"c{i}", text) for i, (text, _) in enumerate(rows)]
    confusion: Counter = Counter()
    for (_, label), coded in zip(rows, coder.code_many(docs), strict=True):
        happened = [e for e in coded.events if e.happened] or coded.events
        pred = max(happened, key=lambda e: e.confidence).quad if happened else 0
        confusion[(int(label), pred or 0)] += 1
    n = sum(confusion.values())
    per_class = {}
    for c in range(5):
        tp = confusion[(c, c)]
        fp = sum(v for (g, p), v in confusion.items() if p == c and g != c)
        fn = sum(v for (g, p), v in confusion.items() if g == c and p != c)
        per_class[str(c)] = _prf(tp, fp, fn)
    sents = list(_conll(CAMEO / "cameo_ner" / "train.txt"))[:limit]
    texts = [" ".join(t for t, _ in s) for s in sents]
    src_hits, tgt_hits = [], []
    for s, coded in zip(sents, coder.code_many(_doc(f"n{i}", t) for i, t in enumerate(texts)),
                        strict=True):
        gold_s = _words(" ".join(t for t, tag in s if tag.endswith("-S")))
        gold_t = _words(" ".join(t for t, tag in s if tag.endswith("-T")))
        if not (gold_s and gold_t):
            continue
        best = max(coded.events, key=lambda e: e.confidence, default=None)
        src_hits.append(bool(best and _words(best.source_text) & gold_s))
        tgt_hits.append(bool(best and _words(best.target_text) & gold_t))
    return {
        "quad_sentences": n,
        "quad_accuracy": round(sum(confusion[(c, c)] for c in range(5)) / n, 3) if n else 0.0,
        "quad_per_class": per_class,
        "quad_macro_f1": round(sum(v["f1"] for v in per_class.values()) / 5, 3),
        "labels": (
            "0 statement/none, 1 verbal coop, 2 material coop, 3 verbal conflict, "
            "4 material conflict"
        ),
        "source_overlap_accuracy": _share(src_hits),
        "target_overlap_accuracy": _share(tgt_hits),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None)
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test", "all"],
                    help="split of the labelled corpus (default dev; test only for final figures)")
    ap.add_argument("--layer", default="all", choices=[*LAYERS, "all"],
                    help="event proposers to measure (default: each of them)")
    ap.add_argument("--no-prefilter", action="store_true", help="parse every sentence")
    ap.add_argument("--no-cameo", action="store_true", help="skip the ConfliBERT figures")
    ap.add_argument("--limit", type=int, default=None, help="at most this many ConfliBERT rows")
    ap.add_argument("--attribution", action="store_true",
                    help="also who says what: asserters, responsibility, rebuttal pairs "
                         "(bench/attribution.py)")
    ap.add_argument("--no-relations", action="store_true",
                    help="skip the standing-relation figures (bench/relations.py)")
    ap.add_argument("--json", action="store_true", help="print JSON only")
    args = ap.parse_args()
    items = load(args.split)
    layers = list(LAYERS) if args.layer == "all" else [args.layer]
    reports = {}
    nlp = None
    for layer in layers:
        start = time.perf_counter()
        settings = Settings.from_overrides(model=args.model, layer=layer,
                                           prefilter=False if args.no_prefilter else None)
        coder = DocumentCoder(settings, nlp=nlp)
        nlp = coder.nlp  # one loaded pipeline for every layer
        report = {"model": coder.nlp.meta.get("name"), "split": args.split, "layer": layer,
                  "labelled_set": labelled_set(coder, items),
                  "prefilter_skipped": _without_list(prefilter_skips(coder, items)),
                  "conflibert_cameo_train": None if args.no_cameo else conflibert(coder,
                                                                                  args.limit)}
        if args.attribution:
            import attribution

            report["who_says_what"] = attribution.attribution(coder, args.split)
        report["seconds"] = round(time.perf_counter() - start, 1)
        reports[layer] = report
    relation_scores = None
    if not args.no_relations:
        import relations as relation_bench  # bench/relations.py

        # Relations come from their own layer, the same whatever the event layer.
        relation_scores = relation_bench.evaluate(args.split, coder)
    if args.json:
        out = reports if len(reports) > 1 else reports[layers[0]]
        print(json.dumps({"events": out, "relations": relation_scores}, indent=1))
        return
    for layer in layers:
        _print(reports[layer])
    if len(layers) > 1:
        _print_layers(reports)
    if relation_scores is not None:
        print(f"\nrelations ({args.split} split): {'type':<12} {'P':>6} {'R':>6} {'F1':>6} "
              f"{'gold':>5}")
        for rtype, v in relation_scores.items():
            print(f"{'':<22}{rtype:<12} {v['precision']:>6} {v['recall']:>6} {v['f1']:>6} "
                  f"{v['gold']:>5}")
    print(json.dumps(reports))


def _print_layers(reports: dict[str, dict]) -> None:
    """One line per layer: what each adds."""
    print(f"\n{'layer':<12} {'P':>6} {'R':>6} {'F1':>6} {'macroF1':>8} {'src':>6} {'tgt':>6} "
          f"{'date':>6} {'ECE':>6} {'quad':>6}")
    for layer, report in reports.items():
        own = report["labelled_set"]
        m = own["micro"]
        cb = report["conflibert_cameo_train"]
        quad = cb["quad_accuracy"] if cb else "-"
        print(f"{layer:<12} {m['precision']:>6} {m['recall']:>6} {m['f1']:>6} "
              f"{own['macro_f1']:>8} {own['source_accuracy']['accuracy']:>6} "
              f"{own['target_accuracy']['accuracy']:>6} {own['date_accuracy']['accuracy']:>6} "
              f"{own['confidence_calibration']['ece']:>6} {quad:>6}")


def _print(report: dict) -> None:
    if report.get("who_says_what"):
        import attribution

        print("\n" + attribution.summary(report["who_says_what"]))
    own = report["labelled_set"]
    print(f"\n== layer {report['layer']}, split {report['split']}: {own['sentences']} sentences, "
          f"{own['gold_events']} gold events")
    print(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    for t, v in own["per_type"].items():
        print(f"{t:<10} {v['precision']:>6} {v['recall']:>6} {v['f1']:>6} {v['support']:>5}")
    m = own["micro"]
    print(f"{'micro':<10} {m['precision']:>6} {m['recall']:>6} {m['f1']:>6}   "
          f"macro F1 {own['macro_f1']}")
    for key in ("source_accuracy", "source_same_country", "target_accuracy", "target_same_country",
                "date_accuracy", "undated_kept_undated",
                "attribution_accuracy", "modality_accuracy", "negation_accuracy",
                "no_event_sentences_without_events"):
        print(f"{key:<34} {own[key]['accuracy']:>6} (n={own[key]['n']})")
    print(f"{'strict event F1 (type+source+target)':<34} {own['strict_event_f1']['f1']:>6}")
    cal = own["confidence_calibration"]
    print(f"{'confidence ECE (hit: gold paired)':<34} {cal['ece']:>6} (n={cal['n']}; bins "
          f"[mean confidence, hit rate, n]: {cal['bins']})")
    print(f"\n{'origin':<28} {'items':>5} {'P':>6} {'R':>6} {'F1':>6} {'src':>6} {'tgt':>6}")
    for name, o in own["by_origin"].items():
        m = o["micro"]
        print(f"{name:<28} {o['sentences']:>5} {m['precision']:>6} {m['recall']:>6} {m['f1']:>6} "
              f"{o['source_accuracy']['accuracy']:>6} {o['target_accuracy']['accuracy']:>6}")
    skips = report.get("prefilter_skipped")
    if skips:
        print(f"{'gold events the prefilter skips':<34} {skips['share']:>6} "
              f"({skips['skipped']} of {skips['gold_events']})")
    cb = report["conflibert_cameo_train"]
    if cb:
        print(f"\nConfliBERT CAMEO train: quad accuracy {cb['quad_accuracy']} "
              f"(n={cb['quad_sentences']}), macro F1 {cb['quad_macro_f1']}; "
              f"source overlap {cb['source_overlap_accuracy']['accuracy']}, "
              f"target overlap {cb['target_overlap_accuracy']['accuracy']} "
              f"(n={cb['source_overlap_accuracy']['n']})")


if __name__ == "__main__":
    main()
