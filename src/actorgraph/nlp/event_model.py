"""The trained event layer: typed trigger proposals from a parsed sentence.

A linear classifier over each candidate token (verbs, nouns, adjectival
participles) reads the token's own words, its place in the dependency parse,
its neighbours, whether its arguments are known actors, and what the PLOVER
lexicon says about its lemma. It gives a probability for each of the 16
PLOVER types and for "no event"; the probability of the winning type goes
through a Platt curve fitted on the dev split, so a proposal's
``probability`` is the chance, measured on held-out sentences, that the
sentence has an event of that type.

The weights are package data (``data/event_model.npz`` and its card
``data/event_model.json``), built by ``make train`` from the train split.
Nothing is downloaded; numpy (already a spaCy dependency) does the sums.

``nlp.add_pipe("actorgraph_event_model")`` after the parser and
``actorgraph_actors`` puts :class:`Proposal` records on ``doc._.event_proposals``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import ModelError

__all__ = [
    "EventModel",
    "FEATURES_VERSION",
    "LinearModel",
    "NONE",
    "Proposal",
    "candidate",
    "load_event_model",
    "token_features",
]

FEATURES_VERSION = 1
#: The ``rescue`` of a card without one (see :class:`CardModel`; above 1: never): the
#: value dev picked for the transformer beside the lexicon (0.5 .. 0.9 by 0.1).
RESCUE = 0.7
NONE = "O"  # the "no event" class
_CANDIDATE_POS = frozenset({"VERB", "NOUN"})
_ARG_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "attr", "dative"})
_WORD_DEPS = frozenset({"neg", "aux", "auxpass", "xcomp", "ccomp", "advcl", "compound", "amod",
                        "poss", "acomp", "advmod", "mark"})
_PREP_DEPS = frozenset({"prep", "prt", "agent"})

if not Doc.has_extension("event_proposals"):
    Doc.set_extension("event_proposals", default=None)


@dataclass(frozen=True, slots=True)
class Proposal:
    """One typed trigger the model proposes: where, which type and mode, how likely."""

    sentence: int  # index of the sentence's first token
    token: int  # index of the trigger token in the doc
    type: str
    mode: str | None
    probability: float  # calibrated: the chance the sentence has an event of this type
    lemma: str


def candidate(token: Token, actor_tokens: frozenset[int] | set[int]) -> bool:
    """Whether ``token`` may trigger an event: a verb, a noun or a participle, not an actor."""
    if token.i in actor_tokens:
        return False
    return token.pos_ in _CANDIDATE_POS or (token.pos_ == "ADJ" and token.tag_ == "VBN")


def token_features(
    token: Token,
    actor_tokens: frozenset[int] | set[int],
    lexicon_types: dict[str, tuple[str, ...]],
) -> list[str]:
    """The feature strings of one candidate token (see the module docstring)."""
    lem = token.lemma_.lower()
    head = token.head
    f = [
        "bias",
        f"l={lem}",
        f"w={token.lower_}",
        f"p={token.pos_}",
        f"t={token.tag_}",
        f"d={token.dep_}",
        f"lp={lem}|{token.pos_}",
        f"h={head.lemma_.lower()}|{token.dep_}",
        f"hp={head.pos_}|{token.dep_}",
    ]
    if len(lem) >= 6:
        f.append(f"l5={lem[:5]}")
    if head.i in actor_tokens and head.i != token.i:
        f.append(f"ha={token.dep_}")
    for kind in lexicon_types.get(f"{token.pos_ == 'NOUN'}:{lem}", ()):
        f.append(f"x={kind}")
        f.append(f"xp={kind}|{token.pos_}")
    doc = token.doc
    f.append(f"-1={doc[token.i - 1].lower_}" if token.i > 0 else "-1=<s>")
    f.append(f"+1={doc[token.i + 1].lower_}" if token.i + 1 < len(doc) else "+1=</s>")
    for child in token.children:
        dep = child.dep_
        if dep in _PREP_DEPS:
            word = child.lower_
            f.append(f"c={dep}|{word}")
            for obj in child.children:
                if obj.dep_ == "pobj":
                    actor = obj.i in actor_tokens
                    f.append(f"po={word}|{'ACTOR' if actor else obj.lemma_.lower()}")
                    if actor:
                        f.append(f"pa={word}")
        elif dep in _ARG_DEPS:
            actor = child.i in actor_tokens
            f.append(f"c={dep}|{'ACTOR' if actor else child.lemma_.lower()}")
            f.append(f"ca={dep}|{actor}")
        elif dep in _WORD_DEPS:
            f.append(f"c={dep}|{child.lemma_.lower()}")
    return f


def lexicon_types(lexicon: Any) -> dict[str, tuple[str, ...]]:
    """``"False:lemma"`` (verbs) and ``"True:lemma"`` (nouns) to the types the lexicon gives."""
    out: dict[str, tuple[str, ...]] = {}
    for noun, table in ((False, lexicon.verbs), (True, lexicon.nouns)):
        for head, preds in table.items():
            out[f"{noun}:{head}"] = tuple(dict.fromkeys(p.type for p in preds))
    return out


class _Index(dict[str, int]):
    """Feature name -> weight row; an unknown feature gets the zero row after the last."""

    def __missing__(self, key: str) -> int:
        return len(self)


class LinearModel:
    """Weights over named features, one column per class: ``scores = sum(W[f])``."""

    def __init__(self, features: Sequence[str], weights: np.ndarray, labels: Sequence[str]):
        self.index = _Index((f, i) for i, f in enumerate(features))
        self.weights = weights.astype(np.float32)
        self.labels = tuple(labels)
        # One zero row at the end stands for every unknown feature: one lookup per feature.
        self._padded = np.vstack([self.weights.reshape(-1, len(self.labels)),
                                  np.zeros((1, len(self.labels)), dtype=np.float32)])
        self._unknown = len(self.index)

    def rows(self, features: Iterable[str]) -> list[int]:
        index = self.index
        return [index[f] for f in features if f in index]

    def logits(self, examples: Sequence[Iterable[str]]) -> np.ndarray:
        row, unknown = self.index.__getitem__, self._unknown
        rows: list[int] = []
        starts: list[int] = []
        for feats in examples:
            starts.append(len(rows))
            rows.extend(map(row, feats))
            if len(rows) == starts[-1]:
                rows.append(unknown)  # no features: a zero row keeps reduceat's segments
        if not rows:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        return np.add.reduceat(self._padded[rows], starts, axis=0)

    def softmax(self, examples: Sequence[Sequence[str]]) -> np.ndarray:
        z = self.logits(examples)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # no overflow warnings at large |z|


def sentence_bag(features: Iterable[Sequence[str]]) -> set[str]:
    """The sentence classifier's input: its candidate tokens' features, less the neighbours."""
    return {f for feats in features for f in feats if f[:3] not in ("-1=", "+1=")}


def ensemble(token_probs: np.ndarray, sentence_probs: np.ndarray | None, none: int) -> np.ndarray:
    """Each token's type probabilities times its sentence's probability of that type
    (``sentence_probs``: one row per token, or one for all, in label order without "no
    event"); the "no event" column is left as it is."""
    out = token_probs.copy()
    if sentence_probs is not None:
        types = [k for k in range(out.shape[1]) if k != none]
        out[:, types] *= sentence_probs
    return out


def platt(p: float, a: float, b: float) -> float:
    """Calibrated probability of a raw one: ``sigmoid(a * logit(p) + b)``."""
    p = min(max(p, 1e-6), 1 - 1e-6)
    z = a * math.log(p / (1 - p)) + b
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    return math.exp(z) / (1.0 + math.exp(z))


class CardModel:
    """What the linear and the neural event models share: the card's calibration,
    thresholds and modes, and the curves that turn their scores into probabilities."""

    card: dict[str, Any]
    labels: tuple[str, ...]  # "no event" and the types, in the order of the scores

    def read_card(self, card: dict[str, Any], lexicon: Any) -> None:
        self.card = card
        cal = card.get("calibration", {})
        self.a, self.b = float(cal.get("a", 1.0)), float(cal.get("b", 0.0))
        rule = card.get("rule_calibration", {})
        self.rule_a, self.rule_b = float(rule.get("a", 1.0)), float(rule.get("b", 0.0))
        self.threshold = float(card.get("threshold", 0.5))  # beside the lexicon
        self.threshold_alone = float(card.get("threshold_alone", self.threshold))
        self.override = float(card.get("override", 1.01))  # retypes a lexicon trigger
        #: beside the lexicon, a type the model gives a sentence from here on is coded even
        #: where the coder made no event of it (``model_layer.CalibratedCoder.triggers``)
        self.rescue = float(card.get("rescue", RESCUE))
        self.modes: dict[str, str] = card.get("modes", {})
        self.lexicon = lexicon

    def trigger_words(self) -> frozenset[str]:
        """Word forms that were triggers in training at least a third of the times they
        occurred (training lists them in the card). The prefilter parses sentences that
        have one, as it does those with a lexicon word."""
        return frozenset(self.card.get("trigger_words", ()))

    def calibrated(self, raw: float) -> float:
        return platt(raw, self.a, self.b)

    def mode(self, etype: str, lemma: str) -> str | None:
        """The mode seen with this type and lemma in training, else the lexicon's."""
        found = self.modes.get(f"{etype}|{lemma}")
        if found:
            return found
        for table in (self.lexicon.verbs, self.lexicon.nouns):
            for pred in table.get(lemma, ()):
                if pred.type == etype and pred.mode:
                    return str(pred.mode)
        return None

    def event_confidence(self, method: str, confidence: float, rescued: bool = False) -> float:
        """An event's confidence mapped to the chance, measured on dev, that it pairs with a
        gold event of its type (one curve per method: ``rule``, ``both``, ``model``; and
        ``rescue`` for the events :meth:`~actorgraph.coding.model_layer.CalibratedCoder.triggers`
        rescues, when the card has it)."""
        curves = self.card.get("event_calibration", {})
        curve = curves.get("rescue") if rescued and curves.get("rescue") else curves.get(method)
        if not curve:
            return confidence
        # a fitted curve never reaches certainty: rounded, 0.996 would read as 1.0
        chance = round(platt(confidence, float(curve["a"]), float(curve["b"])), 2)
        return min(0.99, max(0.01, chance))

    def rule_confidence(self, probs: np.ndarray | None, etype: str) -> float | None:
        """Calibrated confidence of a lexicon trigger of type ``etype`` whose token the model
        scored ``probs`` (``None`` when the token was no candidate)."""
        if probs is None or etype not in self.labels:
            return None
        raw = float(probs[self.labels.index(etype)])
        return round(platt(raw, self.rule_a, self.rule_b), 4)


class EventModel(CardModel):
    """The trained proposer: a token classifier and a sentence classifier whose
    probabilities multiply, their calibration, thresholds and modes."""

    def __init__(self, model: LinearModel, card: dict[str, Any], lexicon: Any = None,
                 sentence_model: LinearModel | None = None) -> None:
        from ..coding.lexicon import load_lexicon

        self.model = model
        self.sentence_model = sentence_model
        self.labels = tuple(model.labels)
        self.read_card(card, lexicon if lexicon is not None else load_lexicon())
        self.lexicon_types = lexicon_types(self.lexicon)
        self.none = model.labels.index(NONE)

    @classmethod
    def from_dir(cls, folder: Path | None = None, name: str = "event_model") -> EventModel:
        """Load ``name.npz`` and ``name.json`` from ``folder`` (default: the package data)."""
        if folder is None:
            base = resources.files("actorgraph").joinpath("data")
            npz, card_file = base.joinpath(f"{name}.npz"), base.joinpath(f"{name}.json")
        else:
            npz, card_file = folder / f"{name}.npz", folder / f"{name}.json"  # type: ignore[assignment]
        try:
            card = json.loads(card_file.read_text("utf-8"))
            with npz.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
                features = [str(f) for f in data["features"]]
                weights = data["weights"].astype(np.float32)
                sentence = None
                if "sentence_features" in data.files:
                    sentence = LinearModel([str(f) for f in data["sentence_features"]],
                                           data["sentence_weights"].astype(np.float32),
                                           [t for t in card["labels"] if t != NONE])
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(
                f"cannot load the event model {name!r} ({exc}); rebuild it with `make train`"
            ) from None
        if card.get("features_version") != FEATURES_VERSION:
            raise ModelError(
                f"event model {name!r} was built for features version "
                f"{card.get('features_version')}, this code reads {FEATURES_VERSION}; "
                f"rebuild it with `make train`"
            )
        return cls(LinearModel(features, weights, card["labels"]), card,
                   sentence_model=sentence)

    def scores(self, sent: Span, actor_tokens: frozenset[int] | set[int]) -> list[
        tuple[Token, np.ndarray]
    ]:
        """(candidate token, raw class scores) for every candidate of ``sent``: the token
        classifier's probabilities times the sentence classifier's (see :func:`ensemble`)."""
        tokens = [t for t in sent if candidate(t, actor_tokens)]
        if not tokens:
            return []
        feats = [token_features(t, actor_tokens, self.lexicon_types) for t in tokens]
        sentence = None
        if self.sentence_model is not None:
            sentence = sigmoid(self.sentence_model.logits([sentence_bag(feats)]))[0]
        probs = ensemble(self.model.softmax(feats), sentence, self.none)
        return list(zip(tokens, probs, strict=True))

    def sentence(
        self, sent: Span, actor_tokens: frozenset[int] | set[int], threshold: float = 0.0
    ) -> tuple[list[Proposal], dict[int, np.ndarray]]:
        """(proposals from ``threshold`` on, raw class probabilities by token) of ``sent``."""
        labels = self.model.labels
        out: list[Proposal] = []
        raw: dict[int, np.ndarray] = {}
        for token, probs in self.scores(sent, actor_tokens):
            raw[token.i] = probs
            types = probs.copy()
            types[self.none] = -1.0  # the most likely type, however likely "no event" is
            best = int(types.argmax())
            p = self.calibrated(float(types[best]))
            if p < threshold:
                continue
            lemma = token.lemma_.lower()
            out.append(Proposal(sent.start, token.i, labels[best],
                                self.mode(labels[best], lemma), round(p, 4), lemma))
        return out, raw

    def propose(self, doc: Doc, threshold: float | None = None) -> list[Proposal]:
        """Typed trigger proposals for ``doc`` (parsed, with ``doc.spans["actors"]``)."""
        floor = self.threshold if threshold is None else threshold
        actors = frozenset(
            i for span in doc.spans.get("actors", []) for i in range(span.start, span.end)
        )
        return [p for sent in doc.sents for p in self.sentence(sent, actors, floor)[0]]


@lru_cache(maxsize=2)
def load_event_model(folder: str | None = None) -> EventModel:
    """The shipped model (or the one in ``folder``), loaded once per process."""
    return EventModel.from_dir(Path(folder) if folder else None)


class EventModelComponent:
    """Puts the model's proposals on ``doc._.event_proposals``."""

    def __init__(self, name: str, folder: str | None, threshold: float | None) -> None:
        self.name = name
        self.model = load_event_model(folder)
        self.threshold = threshold

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP"):
            doc._.event_proposals = self.model.propose(doc, self.threshold)
        else:  # not parsed (e.g. skipped by the prefilter): nothing to read
            doc._.event_proposals = []
        return doc


@Language.factory(
    "actorgraph_event_model",
    default_config={"folder": None, "threshold": None},
    requires=["token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.event_proposals"],
)
def make_event_model(
    nlp: Language, name: str, folder: str | None, threshold: float | None
) -> EventModelComponent:
    """Factory: ``nlp.add_pipe("actorgraph_event_model")`` after the parser and actor ruler."""
    return EventModelComponent(name, folder, threshold)
