"""Training the event layer (``make train``; never imported when coding).

Gold events in the labelled corpus carry no trigger span, only a type, a
mode and the surfaces of source and target. Each gold event is aligned to a
trigger token, in this order:

1. a trigger of the same type that the rule coder fires in the same sentence
   (the lexicon was right about the word, so it is the trigger);
2. else the lowest verb or noun that governs both the gold source and the
   gold target in the dependency parse (``urged X to ...`` -> *urged*,
   ``A's blockade of B`` -> *blockade*), or the nearest one over whichever of
   the two the text names.

Every other candidate token (verb, noun, participle, outside actor names) is
a "no event" example, including rule triggers whose type the gold does not
have: that is how the model learns to correct the lexicon. Events whose
source and target cannot be found in the text give no token example.

The classifier is a softmax regression over the features of
:func:`actorgraph.nlp.event_model.token_features`, trained with AdaGrad on
shuffled mini-batches; the seed fixes the shuffle, so a rerun gives the same
weights. A second candidate, a one-vs-rest sentence classifier over the
bag of the sentence's token features, is trained the same way for the
comparison the card reports.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from .event_model import (
    FEATURES_VERSION,
    NONE,
    EventModel,
    LinearModel,
    candidate,
    ensemble,
    lexicon_types,
    platt,
    sentence_bag,
    sigmoid,
    token_features,
)

__all__ = ["Example", "TrainConfig", "Trained", "align", "best_threshold", "build_examples", "fit",
           "save", "train", "tune_rescue"]


@dataclass(frozen=True)
class TrainConfig:
    seed: int = 13
    epochs: int = 12
    lr: float = 0.1
    l2: float = 1e-6
    batch: int = 32
    min_count: int = 1


@dataclass
class Example:
    """One labelled item, parsed: its candidate tokens' features and labels."""

    item_id: str
    gold_types: set[str]
    rule_types: set[str]
    rule_hits: list[tuple[int, str]] = field(default_factory=list)  # (token, type) of the lexicon
    tokens: list[int] = field(default_factory=list)
    features: list[list[str]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    token_sentence: list[int] = field(default_factory=list)  # each token's sentence
    sentence_features: list[list[str]] = field(default_factory=list)
    sentence_labels: list[set[str]] = field(default_factory=list)
    how: Counter = field(default_factory=Counter)


def _surface_root(doc: Doc, surface: str | None) -> Token | None:
    if not surface:
        return None
    k = doc.text.find(surface)
    if k < 0:
        k = doc.text.lower().find(surface.lower())
    if k < 0:
        return None
    span = doc.char_span(k, k + len(surface), alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governors(token: Token, actors: set[int]) -> list[Token]:
    out, t = [], token
    for _ in range(12):
        if t.head.i == t.i:
            break
        t = t.head
        if candidate(t, actors):
            out.append(t)
    return out


def align(
    doc: Doc, events: Sequence[dict], rule_hits: Sequence[tuple[int, str]], actors: set[int],
    strategy: str = "common",
) -> tuple[dict[int, str], Counter, dict[int, set[str]]]:
    """(token index -> gold type, how each event was aligned, sentence start -> gold types)."""
    labels: dict[int, str] = {}
    how: Counter = Counter()
    sent_types: dict[int, set[str]] = defaultdict(set)
    for event in events:
        etype = event["type"]
        src = _surface_root(doc, event.get("source"))
        tgt = _surface_root(doc, event.get("target"))
        where = (src or tgt)
        sent_start = where.sent.start if where is not None else None
        chosen: Token | None = None
        rule = [doc[i] for i, t in rule_hits if t == etype
                and (sent_start is None or doc[i].sent.start == sent_start)]
        if rule:
            chosen, kind = rule[0], "rule"
        elif src is not None and tgt is not None and strategy == "common":
            up_src = {t.i for t in _governors(src, actors)}
            common = [t for t in _governors(tgt, actors) if t.i in up_src]
            chosen, kind = (common[0], "path") if common else (None, "none")
        elif tgt is not None and strategy == "target":
            ups = _governors(tgt, actors) or (_governors(src, actors) if src is not None else [])
            chosen, kind = (ups[0], "path") if ups else (None, "none")
        elif where is not None:
            ups = _governors(where, actors)
            chosen, kind = (ups[0], "path") if ups else (None, "none")
        else:
            kind = "none"
        how[kind] += 1
        if chosen is not None:
            labels.setdefault(chosen.i, etype)
            sent_types[chosen.sent.start].add(etype)
        elif sent_start is not None:
            sent_types[sent_start].add(etype)
        elif len(list(doc.sents)) == 1:
            sent_types[0].add(etype)
    return labels, how, sent_types


def build_examples(items: Iterable[dict], coder: Any, strategy: str = "common") -> list[Example]:
    """Parse ``items`` with ``coder.nlp`` and align their gold events (see the docstring)."""
    from ..coding.reading import PostContext

    items = list(items)
    types = lexicon_types(coder.coder.lexicon)
    out = []
    docs = coder.parse_texts(it["text"] for it in items)
    for item, doc in zip(items, docs, strict=True):
        coded = coder.coder.code(doc, PostContext(doc=item["id"], time=item.get("published")))
        hits: list[tuple[int, str]] = []
        for ev in coded.events:
            for t in doc:
                if t.text == ev.trigger and ev.evidence.start <= t.idx < ev.evidence.end:
                    hits.append((t.i, ev.type))
                    break
        actors = {i for s in doc.spans.get("actors", []) for i in range(s.start, s.end)}
        labels, how, sent_types = align(doc, item["events"], hits, actors, strategy)
        ex = Example(item["id"], {e["type"] for e in item["events"]},
                     {e.type for e in coded.events}, hits, how=how)
        for sent in doc.sents:
            feats_here = []
            for token in sent:
                if not candidate(token, actors):
                    continue
                feats = token_features(token, actors, types)
                feats_here.append(feats)
                ex.tokens.append(token.i)
                ex.features.append(feats)
                ex.labels.append(labels.get(token.i, NONE))
                ex.lemmas.append(token.lemma_.lower())
                ex.words.append(token.lower_)
                ex.token_sentence.append(len(ex.sentence_features))
            ex.sentence_features.append(sorted(sentence_bag(feats_here)))
            ex.sentence_labels.append(sent_types.get(sent.start, set()))
        out.append(ex)
    return out


# -- fitting ------------------------------------------------------------------------------


def _vocabulary(examples: Iterable[Sequence[str]], min_count: int) -> list[str]:
    counts: Counter = Counter(f for feats in examples for f in set(feats))
    return sorted(f for f, n in counts.items() if n >= min_count or f == "bias")


def fit(
    rows: list[list[int]], targets: np.ndarray, n_features: int, loss: str, cfg: TrainConfig
) -> np.ndarray:
    """Weights (features x classes) by AdaGrad on ``softmax`` or ``sigmoid`` cross-entropy.

    ``targets`` is one-hot (softmax) or multi-hot (sigmoid), one row per example.
    """
    rng = np.random.default_rng(cfg.seed)
    n, classes = targets.shape
    weights = np.zeros((n_features, classes), dtype=np.float64)
    accum = np.full((n_features, classes), 1e-8, dtype=np.float64)
    for _ in range(cfg.epochs):
        order = rng.permutation(n)
        for start in range(0, n, cfg.batch):
            batch = order[start : start + cfg.batch]
            lengths = np.array([len(rows[k]) for k in batch])
            idx = np.concatenate([np.asarray(rows[k], dtype=np.int64) for k in batch])
            seg = np.repeat(np.arange(len(batch)), lengths)
            z = np.zeros((len(batch), classes))
            np.add.at(z, seg, weights[idx])
            if loss == "softmax":
                z -= z.max(axis=1, keepdims=True)
                p = np.exp(z)
                p /= p.sum(axis=1, keepdims=True)
            else:
                p = 1.0 / (1.0 + np.exp(-z))
            dz = p - targets[batch]
            uniq, inv = np.unique(idx, return_inverse=True)
            grad = np.zeros((len(uniq), classes))
            np.add.at(grad, inv, dz[seg])
            grad += cfg.l2 * weights[uniq]
            accum[uniq] += grad * grad
            weights[uniq] -= cfg.lr * grad / np.sqrt(accum[uniq])
    return weights


def fit_platt(raw: Sequence[float], hits: Sequence[bool], steps: int = 100) -> tuple[float, float]:
    """``a``, ``b`` of ``sigmoid(a * logit(p) + b)`` fitted to ``hits``: Newton's method with a
    backtracking line search (a clipped step swings between two points when the scores crowd
    into a narrow band, as a network's do, and came back as the identity)."""
    if len(raw) == 0 or len(set(hits)) < 2:
        return 1.0, 0.0
    p = np.clip(np.asarray(raw, dtype=np.float64), 1e-6, 1 - 1e-6)
    x = np.clip(np.log(p / (1 - p)), -30, 30)
    # Platt's smoothed targets keep a and b finite on small, separable sets.
    pos = float(sum(hits))
    neg = len(hits) - pos
    y = np.where(np.asarray(hits, dtype=bool), (pos + 1) / (pos + 2), 1 / (neg + 2))

    def loss(a: float, b: float) -> float:
        z = a * x + b
        return float(np.sum(np.logaddexp(0.0, z) - y * z))

    a, b = 1.0, 0.0
    for _ in range(steps):
        q = 1.0 / (1.0 + np.exp(-np.clip(a * x + b, -50, 50)))
        g = np.array([np.sum((q - y) * x), np.sum(q - y)])
        w = q * (1 - q) + 1e-9
        h = np.array([[np.sum(w * x * x), np.sum(w * x)], [np.sum(w * x), np.sum(w)]])
        d = np.linalg.solve(h + 1e-6 * np.eye(2), g)
        t, now = 1.0, loss(a, b)
        while t > 1e-6 and loss(a - t * d[0], b - t * d[1]) > now:
            t /= 2
        a, b = a - t * d[0], b - t * d[1]
        if np.abs(t * d).max() < 1e-9:
            break
    if a < 0:  # a falling curve is noise on a small set: keep the base rate instead
        rate = float(np.mean(y))
        return 0.0, float(np.log(rate / (1 - rate)))
    return float(a), float(b)


def reliability(probs: Sequence[float], hits: Sequence[bool], bins: int = 10) -> dict[str, Any]:
    """Expected calibration error and the reliability bins (mean probability, hit rate, n)."""
    table, ece, n = [], 0.0, len(probs)
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        sel = [(p, h) for p, h in zip(probs, hits, strict=True)
               if lo <= p < hi or (k == bins - 1 and p == 1.0)]
        if not sel:
            continue
        mean_p = sum(p for p, _ in sel) / len(sel)
        rate = sum(h for _, h in sel) / len(sel)
        ece += len(sel) / n * abs(mean_p - rate)
        table.append({"bin": f"{lo:.1f}-{hi:.1f}", "mean_p": round(mean_p, 3),
                      "hit_rate": round(rate, 3), "n": len(sel)})
    return {"ece": round(ece, 4), "n": n, "bins": table}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def type_scores(examples: Sequence[Example], predicted: Sequence[set[str]]) -> dict[str, Any]:
    """Micro P/R/F1 of (item, type) pairs: does the item have an event of that type."""
    tp = fp = fn = 0
    for ex, pred in zip(examples, predicted, strict=True):
        tp += len(pred & ex.gold_types)
        fp += len(pred - ex.gold_types)
        fn += len(ex.gold_types - pred)
    return _prf(tp, fp, fn)


# -- the two candidates -------------------------------------------------------------------


def _token_probs(model: LinearModel, ex: Example,
                 sentence_model: LinearModel | None = None) -> np.ndarray:
    """Raw class scores of each candidate token (times its sentence's, with a sentence model)."""
    probs = model.softmax(ex.features)
    if sentence_model is None:
        return probs
    sent = sigmoid(sentence_model.logits(ex.sentence_features))
    return ensemble(probs, sent[ex.token_sentence], model.labels.index(NONE))


def _token_raw(model: LinearModel, ex: Example,
               sentence_model: LinearModel | None = None) -> list[tuple[int, str, float]]:
    """(token, most likely type, its raw score) for every candidate token."""
    if not ex.features:
        return []
    probs = _token_probs(model, ex, sentence_model)
    probs[:, model.labels.index(NONE)] = -1.0
    best = probs.argmax(axis=1)
    return [(ex.tokens[k], model.labels[int(b)], float(probs[k, b])) for k, b in enumerate(best)]


def _sentence_raw(model: LinearModel, ex: Example) -> list[tuple[int, str, float]]:
    if not ex.sentence_features:
        return []
    z = model.logits(ex.sentence_features)
    p = 1.0 / (1.0 + np.exp(-z))
    return [(-1, model.labels[c], float(p[s, c])) for s in range(len(p)) for c in range(p.shape[1])]


def _rule_raw(model: LinearModel, ex: Example,
              sentence_model: LinearModel | None = None) -> list[tuple[str, float]]:
    """(type, the model's raw score of that type) at each lexicon trigger."""
    at = {tok: k for k, tok in enumerate(ex.tokens)}
    hits = [(at[tok], t) for tok, t in ex.rule_hits if tok in at]
    if not hits:
        return []
    probs = _token_probs(model, ex, sentence_model)
    return [(t, float(probs[k, model.labels.index(t)])) for k, t in hits]


def combine(ex: Example, proposals: Sequence[tuple[int, str, float]], threshold: float,
            override: float) -> set[str]:
    """The types of an item when the lexicon and the model code it together (as
    :class:`~actorgraph.coding.model_layer.LayeredCoder` does): a proposal on a lexicon
    trigger replaces its type from ``override`` on; elsewhere it adds its type from
    ``threshold`` on."""
    rule_at = dict(reversed(ex.rule_hits))
    replaced = {tok: t for tok, t, p in proposals
                if tok in rule_at and t != rule_at[tok] and p >= override}
    types = {replaced.get(tok, t) for tok, t in ex.rule_hits}
    types |= {t for tok, t, p in proposals if tok not in rule_at and p >= threshold}
    return types


def _calibrate_and_tune(
    dev: Sequence[Example], raw: Sequence[list[tuple[int, str, float]]]
) -> dict[str, Any]:
    """Platt curve on dev (hit: the item has a gold event of the type), then the thresholds
    on the calibrated probability: alone, and beside the lexicon (adding, overriding)."""
    flat = [(p, t in ex.gold_types) for ex, r in zip(dev, raw, strict=True) for _, t, p in r]
    a, b = fit_platt([p for p, _ in flat], [h for _, h in flat])
    cal = [[(tok, t, platt(p, a, b)) for tok, t, p in r] for r in raw]
    grid = [k / 100 for k in range(4, 97, 4)]
    alone_f1, thr_alone = max(
        (type_scores(dev, [{t for _, t, p in c if p >= k} for c in cal])["f1"], -k)
        for k in grid
    )
    thr_alone = -thr_alone
    both_f1, thr, override = -1.0, 0.5, 1.01
    for k in grid:
        for o in (*[v / 100 for v in range(50, 100, 5)], 1.01):
            f1 = type_scores(dev, [combine(ex, c, k, o) for ex, c in zip(dev, cal,
                                                                          strict=True)])["f1"]
            if f1 > both_f1:
                both_f1, thr, override = f1, k, o
    alone = [{t for _, t, p in c if p >= thr_alone} for c in cal]
    both = [combine(ex, c, thr, override) for ex, c in zip(dev, cal, strict=True)]
    return {
        "calibration": {"method": "platt", "a": round(a, 5), "b": round(b, 5)},
        "threshold": thr,
        "threshold_alone": thr_alone,
        "override": override,
        "dev_types_model": type_scores(dev, alone),
        "dev_types_both": type_scores(dev, both),
        "dev_reliability": reliability([p for c in cal for _, _, p in c],
                                       [h for _, h in flat]),
    }


def event_hits(gold: Sequence[dict], events: Sequence[Any]) -> list[bool]:
    """Whether each coded event pairs with a gold event of its type in the item: per type,
    the most confident events up to the number of gold events of that type."""
    need = Counter(g["type"] for g in gold)
    order = sorted(range(len(events)), key=lambda k: -events[k].confidence)
    hits = [False] * len(events)
    for k in order:
        if need[events[k].type] > 0:
            need[events[k].type] -= 1
            hits[k] = True
    return hits


def code_dev(items: Sequence[dict], docs: Sequence[Doc], code: Any) -> tuple[
    dict[str, float], list[tuple[str, float, bool]]
]:
    """Event-level micro P/R/F1 of ``code(doc, item) -> (events, {id: method})`` on parsed
    ``items`` (events pair with gold events of the same type, as in bench/accuracy.py), and
    (method, confidence, paired) for every coded event."""
    tp = fp = fn = 0
    seen: list[tuple[str, float, bool]] = []
    for item, doc in zip(items, docs, strict=True):
        events, methods = code(doc, item)
        gold = Counter(g["type"] for g in item["events"])
        pred = Counter(e.type for e in events)
        for t in gold | pred:
            m = min(gold[t], pred[t])
            tp, fp, fn = tp + m, fp + pred[t] - m, fn + gold[t] - m
        hits = event_hits(item["events"], events)
        seen += [(methods.get(e.id, "rule"), e.confidence, h)
                 for e, h in zip(events, hits, strict=True)]
    return _prf(tp, fp, fn), seen


def calibrate_events(seen: Sequence[tuple[str, float, bool]]) -> dict[str, Any]:
    """A Platt curve per method (``rule``, ``both``, ``model``) from the confidence an
    event is coded with to the chance it pairs with a gold event."""
    by_method: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for method, confidence, hit in seen:
        by_method[method].append((confidence, hit))
    out: dict[str, Any] = {}
    for method, pairs in sorted(by_method.items()):
        a, b = fit_platt([c for c, _ in pairs], [h for _, h in pairs])
        out[method] = {
            "a": round(a, 5), "b": round(b, 5), "n": len(pairs),
            "ece_before": reliability([c for c, _ in pairs], [h for _, h in pairs])["ece"],
            "ece_after": reliability([platt(c, a, b) for c, _ in pairs],
                                     [h for _, h in pairs])["ece"],
        }
    return out


def best_threshold(f1_at: Any, grid: Sequence[float], step: float = 0.01,
                   reach: int = 3) -> float:
    """The threshold for the coded dev F1 ``f1_at(value)``: the best of ``grid``, then
    ``step`` by ``step`` up to ``reach`` steps either side of it, each scored by the mean F1
    of itself and its two neighbours.

    The calibrated scores crowd into a narrow band, so one step of a coarse grid moves
    precision and recall by ten points each (dev, linear model alone: 0.60 gives P 0.51
    R 0.56, 0.65 gives P 0.61 R 0.47, the same F1); the best of such a grid is a coin toss
    between two far-apart trade-offs. The finer steps find the middle, and the neighbours'
    mean keeps a lone lucky value from winning."""
    scores = {round(t, 4): f1_at(t) for t in grid}
    top = max(scores, key=lambda t: (scores[t], -t))
    near = [round(top + k * step, 4) for k in range(-reach - 1, reach + 2)]
    for t in near:
        if 0.0 < t < 1.0 and t not in scores:
            scores[t] = f1_at(t)

    def smoothed(t: float) -> float:
        around = [scores[v] for v in (round(t - step, 4), t, round(t + step, 4)) if v in scores]
        return sum(around) / len(around)

    fine = [t for t in near[1:-1] if t in scores]
    return max(fine, key=lambda t: (smoothed(t), scores[t], -t))


#: The ``rescue`` values :func:`tune_rescue` tries (1.01: never).
RESCUE_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def tune_rescue(f1_at: Any, grid: Sequence[float] = RESCUE_GRID, margin: float = 0.002) -> float:
    """The ``rescue`` for the coded dev F1 ``f1_at(value)``: the highest value of ``grid``
    whose F1 is within ``margin`` of the best (a rescued event is a type the coder did not
    find: of two about equal, the stricter adds fewer such guesses)."""
    scores = {r: f1_at(r) for r in grid}
    top = max(scores.values())
    return max(r for r, f in scores.items() if f >= top - margin)


def rescue_card(items: Sequence[dict], docs: Sequence[Doc], coder: Any, model: Any,
                layer: str = "rules+neural", grid: Sequence[float] = RESCUE_GRID) -> dict[str, Any]:
    """The ``rescue`` of a trained ``model`` beside the lexicon (``layer``), tuned on the
    coded ``items`` (:func:`tune_rescue`), and the confidence curve of the events it
    rescues: what a card needs to rescue, for a model trained before it could (the
    transformer's card; :func:`tune_events` does it for the linear model). A ``grid`` of one
    value keeps that rescue and only fits its curve."""

    def run(value: float) -> tuple[dict[str, float], list]:
        model.rescue = value
        return code_dev(items, docs, _layered(coder, model, layer))

    model.rescue = grid[0] if len(grid) == 1 else tune_rescue(lambda r: run(r)[0]["f1"], grid)
    scores, seen = run(model.rescue)
    return {"rescue": model.rescue,
            "curve": calibrate_events(seen).get("rescue", {}),
            "dev_events": scores}


def tune_events(items: Sequence[dict], docs: Sequence[Doc], coder: Any, model: Any,
                grid: Sequence[float] | None = None, override_from: float = 0.5) -> dict[str, Any]:
    """Thresholds that maximise the event-level F1 on ``items`` (the coder really codes
    them: arguments, duplicates and all), then the event confidence curves at those.
    ``grid``: the thresholds tried (0.20 .. 0.95 by default); overrides start at
    ``override_from``."""
    grid = list(grid) if grid is not None else [k / 20 for k in range(4, 20)]

    def run(layer: str, **values: float) -> tuple[dict[str, float], list]:
        for name, value in values.items():
            setattr(model, name, value)
        return code_dev(items, docs, _layered(coder, model, layer))

    model.override = 1.01
    model.rescue = 1.01
    model.threshold_alone = best_threshold(
        lambda t: run("model", threshold_alone=t)[0]["f1"], grid)
    model.threshold = best_threshold(lambda t: run("both", threshold=t)[0]["f1"], grid)
    overrides = [g for g in grid if g >= override_from - 1e-9]
    best = max((run("both", override=o)[0]["f1"], -o) for o in (*overrides, 1.01))
    model.override = -best[1]
    model.rescue = tune_rescue(lambda r: run("both", rescue=r)[0]["f1"])
    both, seen = run("both")
    alone, seen_alone = run("model")
    curves = calibrate_events(seen)
    curves["model_alone"] = calibrate_events(seen_alone).get("model", {})
    return {
        "threshold": model.threshold,
        "threshold_alone": model.threshold_alone,
        "override": model.override,
        "rescue": model.rescue,
        "event_calibration": curves,
        "dev_events_both": both,
        "dev_events_model": alone,
    }


def _data_hash(items: Iterable[dict]) -> str:
    h = hashlib.sha256()
    for it in sorted(items, key=lambda i: i["id"]):
        h.update(json.dumps([it["id"], it.get("text"), it["events"]], sort_keys=True).encode())
    return h.hexdigest()[:16]


@dataclass
class Trained:
    """What ``make train`` ships: both classifiers' weights and feature names, and the card."""

    weights: np.ndarray
    vocab: list[str]
    sentence_weights: np.ndarray
    sentence_vocab: list[str]
    card: dict[str, Any]

    def model(self) -> EventModel:
        """The shipped :class:`EventModel`, as the coder will load it (float16 weights)."""
        types = [t for t in self.card["labels"] if t != NONE]
        return EventModel(
            LinearModel(self.vocab, self.weights.astype(np.float16), self.card["labels"]),
            self.card,
            sentence_model=LinearModel(self.sentence_vocab,
                                       self.sentence_weights.astype(np.float16), types),
        )


def _fit_token_model(tr: Sequence[Example], labels: list[str], cfg: TrainConfig) -> LinearModel:
    vocab = _vocabulary((f for ex in tr for f in ex.features), cfg.min_count)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [[index[f] for f in feats if f in index] for ex in tr for feats in ex.features]
    y = np.zeros((len(rows), len(labels)))
    for k, lab in enumerate(lab for ex in tr for lab in ex.labels):
        y[k, labels.index(lab)] = 1.0
    weights = fit(rows, y, len(vocab), "softmax", cfg) if rows else np.zeros((len(vocab),
                                                                               len(labels)))
    return LinearModel(vocab, weights, labels)


def _fit_sentence_model(tr: Sequence[Example], types: list[str],
                        cfg: TrainConfig) -> LinearModel:
    vocab = _vocabulary((f for ex in tr for f in ex.sentence_features), cfg.min_count)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [[index[f] for f in feats if f in index] for ex in tr for feats in ex.sentence_features]
    y = np.zeros((len(rows), len(types)))
    for k, gold in enumerate(g for ex in tr for g in ex.sentence_labels):
        for t in gold:
            y[k, types.index(t)] = 1.0
    weights = fit(rows, y, len(vocab), "sigmoid", cfg) if rows else np.zeros((len(vocab),
                                                                               len(types)))
    return LinearModel(vocab, weights, types)


def _summary(tuned: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in tuned.items() if k != "calibration"}


def train(
    train_items: Sequence[dict], dev_items: Sequence[dict], coder: Any, cfg: TrainConfig
) -> Trained:
    """Both classifiers trained on ``train_items``, calibrated and tuned on ``dev_items``,
    with the dev figures of each candidate in the card."""
    tr = build_examples(train_items, coder)
    dv = build_examples(dev_items, coder)
    types = sorted(coder.coder.lexicon.types)
    labels = [NONE, *types]
    token_model = _fit_token_model(tr, labels, cfg)
    sentence_model = _fit_sentence_model(tr, types, cfg)
    # Three candidates on dev: the token classifier alone, the sentence classifier alone,
    # and their product (shipped: the token says where, the sentence confirms the type).
    token_dev = _calibrate_and_tune(dv, [_token_raw(token_model, ex) for ex in dv])
    sentence_dev = _calibrate_and_tune(dv, [_sentence_raw(sentence_model, ex) for ex in dv])
    both_dev = _calibrate_and_tune(
        dv, [_token_raw(token_model, ex, sentence_model) for ex in dv])
    # The lexicon's triggers get a calibrated confidence too: the model's score of the
    # lexicon's type at the trigger, through a Platt curve of its own.
    rule_flat = [(p, t in ex.gold_types) for ex in dv
                 for t, p in _rule_raw(token_model, ex, sentence_model)]
    ra, rb = fit_platt([p for p, _ in rule_flat], [h for _, h in rule_flat])
    rule_reliability = {
        "raw_model_score": reliability([p for p, _ in rule_flat], [h for _, h in rule_flat]),
        "calibrated": reliability([platt(p, ra, rb) for p, _ in rule_flat],
                                  [h for _, h in rule_flat]),
    }
    modes: dict[str, Counter] = defaultdict(Counter)
    by_id = {it["id"]: it for it in train_items}
    for ex in tr:
        for lab, lemma in zip(ex.labels, ex.lemmas, strict=True):
            if lab == NONE:
                continue
            for e in by_id[ex.item_id]["events"]:
                if e["type"] == lab and e.get("mode"):
                    modes[f"{lab}|{lemma}"][e["mode"]] += 1
    how: Counter = sum((ex.how for ex in tr), Counter())
    seen: Counter = Counter(w for ex in tr for w in ex.words)
    as_trigger: Counter = Counter(w for ex in tr for w, lab in zip(ex.words, ex.labels,
                                                                    strict=True) if lab != NONE)
    # Words that were triggers twice or more, and at least a third of the times they occurred.
    trigger_words = sorted(w for w, n in as_trigger.items()
                           if n >= 2 and n * 3 >= seen[w] and w.isalpha())
    card: dict[str, Any] = {
        "name": "actorgraph event model",
        "kind": "token-level softmax regression times sentence-level one-vs-rest logistic "
                "regression, over parse features (see nlp/event_training.py)",
        "features_version": FEATURES_VERSION,
        "labels": labels,
        "seed": cfg.seed,
        "config": cfg.__dict__,
        "data": {
            "train_items": len(tr),
            "train_gold_events": sum(len(it["events"]) for it in train_items),
            "train_candidate_tokens": sum(len(ex.tokens) for ex in tr),
            "train_trigger_tokens": int(sum(lab != NONE for ex in tr for lab in ex.labels)),
            "train_sentences": sum(len(ex.sentence_features) for ex in tr),
            "alignment": dict(how),
            "dev_items": len(dv),
            "dev_gold_events": sum(len(it["events"]) for it in dev_items),
            "train_hash": _data_hash(train_items),
            "token_features": len(token_model.index),
            "sentence_features": len(sentence_model.index),
        },
        "calibration": both_dev["calibration"],
        "rule_calibration": {"method": "platt", "a": round(ra, 5), "b": round(rb, 5)},
        "modes": {k: c.most_common(1)[0][0] for k, c in sorted(modes.items())},
        "trigger_words": trigger_words,
        "dev": {
            "note": "types: micro P/R/F1 of (item, type) pairs; events: coded events paired "
                    "with gold events of the same type, as bench/accuracy.py counts them",
            "rules_types": type_scores(dv, [ex.rule_types for ex in dv]),
            "rules_reliability": rule_reliability,
            "token_model": _summary(token_dev),
            "sentence_model": _summary(sentence_dev),
            "ensemble": _summary(both_dev),
        },
    }
    trained = Trained(token_model.weights, list(token_model.index), sentence_model.weights,
                      list(sentence_model.index), card)
    dev_docs = list(coder.parse_texts(it["text"] for it in dev_items))
    tuned = tune_events(dev_items, dev_docs, coder, trained.model())
    for key in ("threshold", "threshold_alone", "override", "rescue", "event_calibration"):
        card[key] = tuned[key]
    card["dev"]["events_both"] = tuned["dev_events_both"]
    card["dev"]["events_model"] = tuned["dev_events_model"]
    return trained


def _layered(coder: Any, model: EventModel, layer: str) -> Any:
    """``code(doc, item)`` with ``model`` (and the lexicon for ``both``), before the event
    confidence curves: what :func:`tune_events` measures and fits them on."""
    from ..coding.model_layer import layered_coder
    from ..coding.reading import PostContext

    inner = coder.coder
    layered = layered_coder(inner.dictionary, inner.lexicon, inner.gazetteer, layer, model)
    layered.calibrate = False  # type: ignore[attr-defined]
    layered.reader.roles = inner.reader.roles  # the role model as the training coder has it
    rescued: set[str] = set()
    layered.rescued_ids = rescued  # type: ignore[attr-defined]

    def code(doc: Doc, item: dict) -> tuple[list, dict[str, str]]:
        rescued.clear()
        out = layered.code(doc, PostContext(doc=item["id"], time=item.get("published")))
        # the rescued events get a curve of their own ("rescue"), whatever their method
        return out.events, {e.id: "rescue" if e.id in rescued else e.method
                            for e in out.events}

    return code


def _kept(weights: np.ndarray, vocab: list[str]) -> tuple[np.ndarray, np.ndarray]:
    keep = np.abs(weights).max(axis=1) >= 1e-3 if len(vocab) else np.zeros(0, dtype=bool)
    names = np.array([f for f, k in zip(vocab, keep, strict=True) if k], dtype=np.str_)
    return names, weights[keep].astype(np.float16)


def save(folder: Any, trained: Trained, name: str = "event_model") -> None:
    """Write ``name.npz`` (feature names and float16 weights of the rows in use, of both
    classifiers) and the card ``name.json``."""
    features, weights = _kept(trained.weights, trained.vocab)
    s_features, s_weights = _kept(trained.sentence_weights, trained.sentence_vocab)
    with open(folder / f"{name}.npz", "wb") as fh:
        np.savez_compressed(fh, features=features, weights=weights,
                            sentence_features=s_features, sentence_weights=s_weights)
    card = trained.card
    card = {**card, "data": {**card["data"], "token_features_kept": len(features),
                             "sentence_features_kept": len(s_features)}}
    (folder / f"{name}.json").write_text(json.dumps(card, indent=1) + "\n", "utf-8")


def check_model(folder: Any, name: str = "event_model") -> EventModel:
    """Load what :func:`save` wrote, as the coder will."""
    return EventModel.from_dir(folder, name)
