"""Training the role classifier (``make train``; never imported when coding).

The coder codes every item of a split with a :class:`Recorder` in place of the
role model: for each trigger it meets, the recorder keeps the features of every
actor candidate of the sentence (:func:`actorgraph.nlp.role_model.candidates`)
and where the candidate stands in the text. A candidate is then labelled
``source`` (``target``) when it lies inside the surface of a gold event's source
(target) of the trigger's type in that item, and names the gold id, or names
another id while no candidate inside that surface names the gold one (the
right words, read wrong: still the mention to choose). A candidate may be both
(each side of "X and Y talked"), so the two roles are two logistic regressions,
fitted with AdaGrad (:func:`actorgraph.nlp.event_training.fit`) on shuffled
mini-batches; the seed fixes the shuffle.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .event_training import TrainConfig, fit
from .role_model import FEATURES_VERSION, ROLES, RoleModel, _arg_tokens, _kind, candidates
from .role_model import pair_features as features

if TYPE_CHECKING:
    from ..coding.arguments import ArgumentReader
    from ..coding.reading import Arguments, CodingContext
    from .proposals import TriggerProposal

__all__ = ["Record", "Recorder", "label", "save", "train_weights"]


@dataclass
class Record:
    """One (trigger, candidate) pair met while coding an item."""

    item: str
    trigger: int  # the trigger's character offset
    type: str
    start: int  # the candidate token's characters
    end: int
    actor: str | None
    features: list[str]
    labels: list[int] = field(default_factory=lambda: [0, 0])


class Recorder(RoleModel):
    """Stands in for the role model while coding: records every pair, changes nothing."""

    def __init__(self) -> None:
        super().__init__([], np.zeros((0, 2)), {})
        self.records: list[Record] = []

    def adjust(
        self, reader: ArgumentReader, cx: CodingContext, proposal: TriggerProposal,
        args: Arguments,
    ) -> Arguments:
        trigger = proposal.token
        rs, rt = _arg_tokens(args.sources), _arg_tokens(args.targets)
        for c in candidates(reader, cx, trigger):
            self.records.append(Record(
                cx.post.doc, trigger.idx, proposal.type, c.token.idx,
                c.token.idx + len(c.token.text), c.argument.actor,
                features(trigger, proposal.type, proposal.is_nominal, c, rs, rt,
                         _kind(reader, c))))
        return args


def _span(text: str, surface: str | None) -> tuple[int, int] | None:
    if not surface:
        return None
    k = text.find(surface)
    if k < 0:
        k = text.lower().find(surface.lower())
    return (k, k + len(surface)) if k >= 0 else None


def label(records: Sequence[Record], items: Iterable[dict]) -> None:
    """Set each record's (source, target) labels from the gold events (module docstring)."""
    by_item = {it["id"]: it for it in items}
    groups: dict[tuple[str, int, str], list[Record]] = {}
    for r in records:
        groups.setdefault((r.item, r.trigger, r.type), []).append(r)
    for (item_id, _, etype), group in groups.items():
        item = by_item.get(item_id)
        if item is None:
            continue
        for g in item["events"]:
            if g["type"] != etype:
                continue
            for col, role in enumerate(ROLES):
                span = _span(item["text"], g.get(role))
                if span is None or not g.get(f"{role}_id"):
                    continue
                inside = [r for r in group if span[0] <= r.start and r.end <= span[1]]
                right = [r for r in inside if r.actor == g[f"{role}_id"]]
                for r in right or inside:
                    r.labels[col] = 1


def train_weights(records: Sequence[Record], cfg: TrainConfig) -> tuple[list[str], np.ndarray]:
    """The vocabulary (features seen at least ``cfg.min_count`` times) and the weights."""
    counts: dict[str, int] = {}
    for r in records:
        for f in set(r.features):
            counts[f] = counts.get(f, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= cfg.min_count or f == "bias")
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = [[index[f] for f in dict.fromkeys(r.features) if f in index] for r in records]
    targets = np.array([r.labels for r in records], dtype=np.float64).reshape(-1, 2)
    weights = fit(rows, targets, len(vocabulary), "sigmoid", cfg)
    return vocabulary, weights


def data_hash(items: Iterable[dict]) -> str:
    h = hashlib.sha1()
    for it in items:
        h.update(json.dumps(it, sort_keys=True).encode("utf-8"))
    return h.hexdigest()[:12]


def save(
    folder: Path, vocabulary: Sequence[str], weights: np.ndarray, card: dict[str, Any]
) -> None:
    """Write ``role_model.npz`` (float32 weights, the vocabulary) and ``role_model.json``."""
    folder.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(folder / "role_model.npz", weights=weights.astype(np.float32),
                        vocabulary=np.array(vocabulary))
    card = {**card, "features_version": FEATURES_VERSION}
    (folder / "role_model.json").write_text(json.dumps(card, indent=1) + "\n", "utf-8")
