"""The trained event layer as proposers of the event coder.

``layer`` says which proposers fire: ``rules`` (the lexicon alone), ``model``
(the trained linear proposer alone) or ``both``; ``neural`` (the fine-tuned
transformer alone, :mod:`actorgraph.nlp.neural_model`) or ``rules+neural`` (the
lexicon with the transformer, as ``both`` is with the linear model). Model
proposals go through the same argument reader as lexicon triggers
(:mod:`actorgraph.coding.coder`), so their events get source, target, date,
place and modality the same way. In
``both`` (:class:`LayeredProposer`):

* a model proposal on a lexicon trigger with the same type confirms it (the
  coder makes it one proposal of origin ``both``);
* a model proposal of another type on a lexicon trigger replaces the lexicon's
  type when its probability reaches the card's ``override`` (origin ``model``);
* a model proposal elsewhere adds a trigger from the card's ``threshold`` on
  (even of a type the lexicon found in the sentence: sentences often tell two
  events of one type, and that did better on dev);
* a type the model gives the sentence from the card's ``rescue`` on, of which the
  coder made no event, is coded at the model's word for it even where the coder
  drops that word (an event noun without actors, the object of another trigger)
  or the lexicon gives it another type (:meth:`CalibratedCoder.triggers`).

Every event's ``confidence`` then goes through the dev-fitted curve of its
method (:meth:`EventModel.event_confidence`), so it is a probability.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from ..errors import ConfigError
from ..models import Event
from ..nlp.proposals import TriggerProposal
from ..settings import LAYERS
from .coder import EventCoder, LexiconProposer
from .reading import CodingContext

if TYPE_CHECKING:
    from ..nlp.event_model import EventModel, Proposal
    from ..nlp.neural_model import NeuralEventModel

    Scorer = EventModel | NeuralEventModel

__all__ = ["LAYERS", "NEURAL_LAYERS", "CalibratedCoder", "LayeredProposer", "ModelProposer",
           "layered_coder"]

#: The layers that run the fine-tuned transformer (onnxruntime, loaded on first use).
NEURAL_LAYERS = ("neural", "rules+neural")


def _actors(sentence: Span, cx: Any) -> frozenset[int]:
    return frozenset(i for i in range(sentence.start, sentence.end)
                     if cx.mention_at(i) is not None)


def _proposal(sentence: Span, p: Proposal) -> TriggerProposal:
    doc = sentence.doc
    return TriggerProposal(doc[p.token : p.token + 1], p.type, mode=p.mode,
                           confidence=p.probability, origin="model")


class ModelProposer:
    """The trained model alone: its proposals from its own threshold on."""

    def __init__(self, model: Scorer, threshold: float | None = None) -> None:
        self.model = model
        self.threshold = model.threshold_alone if threshold is None else threshold

    def __call__(self, sentence: Span, cx: Any) -> Iterator[TriggerProposal]:
        proposals, _ = self.model.sentence(sentence, _actors(sentence, cx), self.threshold)
        for p in proposals:
            yield _proposal(sentence, p)


class LayeredProposer:
    """The lexicon's proposals, confirmed, retyped or completed by the model's."""

    def __init__(self, lexicon: LexiconProposer, model: Scorer) -> None:
        self.lexicon = lexicon
        self.model = model

    def __call__(self, sentence: Span, cx: Any) -> Iterator[TriggerProposal]:
        model = self.model
        floor = min(model.threshold, model.override, model.rescue)
        proposals, raw = model.sentence(sentence, _actors(sentence, cx), floor)
        # every proposal of the model in this sentence, whatever the coder makes of them
        self.last: tuple[int, list[Proposal]] = (sentence.start, proposals)
        best = {p.token: p for p in proposals}
        rules = list(self.lexicon(sentence, cx))
        at_rule = {r.token.i for r in rules}
        reader = self.lexicon.reader
        for r in rules:
            args = reader.read(cx, r) if r.is_nominal else None
            if args is not None and not (args.sources or args.targets):
                # The coder drops an event noun without an actor argument: it leaves its
                # type to a model proposal elsewhere in the sentence.
                yield r
                continue
            p = best.get(r.token.i)
            if p is not None and p.type != r.type and p.probability >= model.override:
                yield replace(_proposal(sentence, p), span=r.span, nominal=r.nominal)
                continue
            confidence = model.rule_confidence(raw.get(r.token.i), r.type)
            yield replace(r, confidence=confidence)
            if p is not None and p.type == r.type:  # the coder merges the two: origin "both"
                yield replace(_proposal(sentence, p), span=r.span, confidence=confidence)
        # Elsewhere, the model adds its triggers: even of a type the lexicon found, since a
        # sentence often tells two events of one type (that did better on dev).
        for p in proposals:
            if p.token not in at_rule and p.probability >= model.threshold:
                yield _proposal(sentence, p)


class CalibratedCoder(EventCoder):
    """An :class:`EventCoder` whose event confidences go through the model's curves, and
    which, beside the lexicon, codes the types the model is sure of that the coder left out
    (:meth:`triggers`)."""

    def __init__(self, *args: Any, model: Scorer, alone: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.event_model = model
        self.alone = alone
        self.calibrate = True  # off only while ``make train`` fits the curves
        self._proposed: list[TriggerProposal] = []
        self._rescued: set[tuple[int, str]] = set()  # (token, type) rescued in this sentence
        #: ids of the events :meth:`triggers` rescued, when a set (``make train`` sets one
        #: to fit their curve; left ``None``, nothing is kept)
        self.rescued_ids: set[str] | None = None

    def proposals(self, cx: CodingContext, sent: Span) -> list[TriggerProposal]:
        self._proposed = super().proposals(cx, sent)
        return self._proposed

    def triggers(self, cx: CodingContext, sent: Span) -> list[tuple[TriggerProposal, Any]]:
        """The coder's triggers, and beside the lexicon one more for each type the model
        gives the sentence from the card's ``rescue`` on when no trigger of that type made
        an event: the model's word for it, even where the coder drops a proposal (an event
        noun without an actor argument, the object of another trigger: "suspended its
        bombing of Yugoslavia", "the assassination of X forced ..."), and even on a lexicon
        trigger of another type ("stormed the protest sit-in": a PROTEST beside the
        ASSAULT). A lexicon proposal of that type on that word makes it ``both``."""
        found = super().triggers(cx, sent)
        self._rescued = set()
        model = self.event_model
        layered = next((p for p in self.proposers if isinstance(p, LayeredProposer)), None)
        last = getattr(layered, "last", None)
        if self.alone or layered is None or last is None or last[0] != sent.start:
            return found
        coded = {p.type for p, _ in found}
        best: dict[str, Proposal] = {}
        for p in last[1]:
            if p.type in coded or p.probability < model.rescue:
                continue
            if p.type not in best or p.probability > best[p.type].probability:
                best[p.type] = p
        if not best:
            return found
        proposed = {(q.token.i, q.type): q for q in self._proposed}
        for etype, p in best.items():
            if p.token in cx.by_token:
                continue
            q = proposed.get((p.token, etype))
            if q is None:
                tp = _proposal(sent, p)
            elif q.origin == "rule":
                tp = replace(q, origin="both", confidence=p.probability)
            else:
                tp = q
            self._rescued.add((tp.token.i, etype))
            found.append((tp, self.reader.read(cx, tp)))
        found.sort(key=lambda f: f[0].token.i)
        return found

    def build(self, cx: CodingContext, proposal: TriggerProposal, args: Any,
              sent: Span) -> Iterator[Event]:
        rescued = (proposal.token.i, proposal.type) in self._rescued
        for event in super().build(cx, proposal, args, sent):
            if rescued and self.rescued_ids is not None:
                self.rescued_ids.add(event.id)
            if self.calibrate:
                method = "model_alone" if self.alone and event.method == "model" else event.method
                # a rescued event has a curve of its own where the card has one; its
                # ``method`` still says who proposed it
                event = replace(event, confidence=self.event_model.event_confidence(
                    method, event.confidence, rescued=rescued))
            yield event


def layered_coder(dictionary: Any, lexicon: Any, gazetteer: Any, layer: str,
                  model: Scorer | None = None) -> EventCoder:
    """The event coder for ``layer``: ``rules``, ``model``, ``both``, ``neural`` or
    ``rules+neural`` (``model``: the shipped linear model, or the shipped transformer for
    the neural layers, unless given).

    >>> coder = layered_coder(dictionary, lexicon, gazetteer, "both")   # doctest: +SKIP
    >>> {e.method for e in coder.code(doc, PostContext("d")).events}     # doctest: +SKIP
    {'rule', 'both', 'model'}
    """
    if layer not in LAYERS:
        raise ConfigError(f"setting layer: {layer!r} is not one of {', '.join(LAYERS)}")
    if layer == "rules":
        return EventCoder(dictionary, lexicon, gazetteer)
    if model is None and layer in NEURAL_LAYERS:
        from ..nlp.neural_model import load_neural_model  # imports onnxruntime

        model = load_neural_model()
    elif model is None:
        from ..nlp.event_model import load_event_model

        model = load_event_model()
    alone = layer in ("model", "neural")
    coder = CalibratedCoder(dictionary, lexicon, gazetteer, model=model, alone=alone)
    if alone:
        coder.proposers = [ModelProposer(model)]
    else:
        coder.proposers = [LayeredProposer(LexiconProposer(lexicon, coder.reader), model)]
    return coder
