"""The trained relation classifier: a fallback where the relation rules say nothing.

The relation rules (:mod:`actorgraph.coding.relations`) read standing relations from
shapes they know. After them, this model looks at every ordered pair of actor mentions
in a sentence that no rule related, and scores it once per relation type with one
logistic regression each, over features of the pair: the dependency path between the two
mentions (its labels, directions, prepositions and the lemmas on it), the relation cue
words of ``relations.yaml`` on the path or between the mentions (by the type they cue),
the words between them when they are close, the two mentions' kinds (person, state,
organisation ...), their order and distance. A pair whose best type reaches that type's
threshold on the card becomes a relation with method ``"model"``.

The weights learned on the train split of ``bench/data/relations.jsonl`` only; the
thresholds were chosen on the dev split (``make train-relations``, fixed seed; see
``scripts/train_relation_model.py``). They are package data
(``data/relation_model.npz`` and its card ``data/relation_model.json``); numpy does the
sums. Without them the rules work alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.tokens import Span, Token

from ..errors import ModelError
from ..models import RELATION_TYPES
from .model_files import read_model

__all__ = ["FEATURES_VERSION", "RelationModel", "common_head", "dependency_path",
           "load_relation_model", "pair_features"]

FEATURES_VERSION = 3
_MAX_PATH = 6
_MAX_SHAPE = 4
_MAX_BETWEEN = 8


def _label(t: Token) -> str:
    if t.dep_ in ("prep", "agent") or t.pos_ == "ADP":
        return f"{t.dep_}:{t.lower_}"
    return t.dep_


def _walk(start: Token, stop: int, mark: str, ends: int) -> tuple[list[str], list[Token]]:
    """The steps from ``start`` up to (not including) token ``stop``, and the tokens passed
    on the way other than the end ``ends``."""
    steps, tokens = [], []
    for t in (start, *start.ancestors):
        if t.i == stop:
            break
        steps.append(mark + _label(t))
        if t.i != ends:
            tokens.append(t)
    return steps, tokens


def common_head(a: Token, b: Token) -> Token | None:
    """The lowest token both ``a`` and ``b`` hang from (either may be it), if any."""
    up_ids = {t.i for t in (a, *a.ancestors)}
    return next((t for t in (b, *b.ancestors) if t.i in up_ids), None)


def dependency_path(a: Token, b: Token) -> tuple[list[str], list[Token]]:
    """The dependency path from ``a`` up to the lowest common head and down to ``b``:
    its steps (``^dep`` up, ``vdep`` down) and the tokens strictly between the ends."""
    common = common_head(a, b)
    if common is None:
        return ["none"], []
    steps, inner = _walk(a, common.i, "^", a.i)
    tail, tail_tokens = _walk(b, common.i, "v", b.i)
    if common.i not in (a.i, b.i):
        inner.append(common)
    return steps + tail[::-1], inner + tail_tokens[::-1]


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8-12" if n <= 12 else "13+"


def pair_features(a: Span, b: Span, kind_a: str | None, kind_b: str | None,
                  cues: Mapping[str, str]) -> list[str]:
    """The features of the ordered pair (``a`` the would-be source, ``b`` the target).

    ``cues`` maps a lower-case word or lemma to the relation type it cues (``"leads"``,
    ``"backs_reverse"`` ...), from the cue file."""
    ra, rb = a.root, b.root
    # a coordinated mention stands where the first of its list stands ("Nicaragua and
    # Cuba supported X": Cuba as Nicaragua), unless the two are of one list
    ha, hb = _first_conjunct(ra), _first_conjunct(rb)
    if ha.i == hb.i:
        ha, hb = ra, rb
    steps, inner = dependency_path(ha, hb)
    joined = "|".join(steps) if len(steps) <= _MAX_PATH else "long"
    order = "ab" if ra.i < rb.i else "ba"
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    gap = max(0, hi - lo)
    kinds = f"{kind_a}>{kind_b}"
    feats = [
        "bias", f"path={joined}", f"len={min(len(steps), 7)}", f"kinds={kinds}",
        f"ka={kind_a}", f"kb={kind_b}", f"order={order}", f"gap={_bucket(gap)}",
        f"order={order}|gap={_bucket(gap)}", f"kinds={kinds}|order={order}",
        f"path={joined}|kinds={kinds}", f"dep_a={ha.dep_}", f"dep_b={hb.dep_}",
        f"deps={ha.dep_}>{hb.dep_}", f"listed={ha.i != ra.i}{hb.i != rb.i}",
    ]
    # the path's shape in word classes: each word between as its dependency and its cue
    # type (else its part of speech), so "X, the leader of Y" and "X, head of Y" look alike
    shape = "|".join(f"{t.dep_}/{cues.get(t.lower_) or cues.get(t.lemma_.lower()) or t.pos_}"
                     for t in inner) if len(inner) <= _MAX_SHAPE else "long"
    feats += [f"shape={ha.dep_}>{shape}>{hb.dep_}", f"shape={shape}|kinds={kinds}"]
    if steps:
        feats += [f"first={steps[0]}", f"last={steps[-1]}", f"first={steps[0]}|last={steps[-1]}"]
    seen_cues: set[str] = set()
    for t in inner:
        lemma = t.lemma_.lower()
        feats.append(f"on={lemma}")
        feats.append(f"on={lemma}|order={order}")
        cue = cues.get(t.lower_) or cues.get(lemma)
        if cue:
            seen_cues.add(cue)
            feats += [f"oncue={cue}", f"oncue={cue}|kinds={kinds}", f"oncue={cue}|dep={t.dep_}",
                      f"oncue={cue}|path={joined}"]
    if gap <= _MAX_BETWEEN:
        doc = a.doc
        between = doc[lo:hi]
        for t in between:
            if t.is_space:
                continue
            feats.append(f"btw={t.lemma_.lower()}")
            cue = cues.get(t.lower_) or cues.get(t.lemma_.lower())
            if cue and cue not in seen_cues:
                seen_cues.add(cue)
                feats += [f"btwcue={cue}", f"btwcue={cue}|kinds={kinds}",
                          f"btwcue={cue}|order={order}"]
        if gap == 0:
            feats.append("adjacent")
    # a title or modifier inside the target's or the source's own phrase: "Y commander X"
    for name, span in (("a", a), ("b", b)):
        for t in span.root.children:
            if t.dep_ in ("compound", "amod", "appos") and not (span.start <= t.i < span.end):
                cue = cues.get(t.lower_) or cues.get(t.lemma_.lower())
                if cue:
                    feats.append(f"mod_{name}={cue}|kinds={kinds}")
    if not seen_cues:
        feats.append("nocue")
    return feats


class RelationModel:
    """One logistic regression per relation type over feature ids."""

    def __init__(self, vocabulary: Sequence[str], weights: np.ndarray, card: dict[str, Any]):
        self.index = {f: i for i, f in enumerate(vocabulary)}
        self.weights = weights  # (features, types)
        self.card = card
        self.types = tuple(card.get("types", RELATION_TYPES))
        thresholds = card.get("thresholds", {})
        self.threshold = {t: float(thresholds.get(t, 1.1)) for t in self.types}

    def probabilities(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """(rows, types): the chance each pair holds each relation type."""
        out = np.zeros((len(rows), len(self.types)))
        known = self.index.get  # one look-up per feature, not two
        for k, feats in enumerate(rows):
            ids = [i for f in dict.fromkeys(feats) if (i := known(f)) is not None]
            out[k] = self.weights[ids].sum(axis=0) if ids else 0.0
        return 1.0 / (1.0 + np.exp(-out))

    def best(self, feats: Sequence[str]) -> tuple[str, float] | None:
        """The type the pair most likely holds, when it reaches its threshold."""
        probs = self.probabilities([feats])[0]
        k = int(np.argmax(probs))
        rtype = self.types[k]
        p = float(probs[k])
        return (rtype, p) if p >= self.threshold[rtype] else None


@lru_cache(maxsize=4)
def load_relation_model(folder: str | None = None) -> RelationModel | None:
    """The shipped relation model (``data/relation_model.{npz,json}``), or ``None``
    without one (the rules then work alone)."""
    found = read_model(folder, "relation_model", "relation model", FEATURES_VERSION)
    if found is None:
        return None
    card, vocabulary, weights = found
    weights = np.asarray(weights, dtype=np.float64)
    if weights.shape != (len(vocabulary), len(card.get("types", RELATION_TYPES))):
        raise ModelError(f"relation model: weights of shape {weights.shape} do not match "
                         "its card; rebuild it with `make train-relations`")
    return RelationModel(vocabulary, weights, card)
