"""The rule coder with the trained event layer beside it.

``layer`` says which proposers fire: ``rules`` (the lexicon alone), ``model``
(the trained proposer alone) or ``both``. Model proposals go through the same
argument reader as lexicon triggers, so their events get source, target,
date, place and modality the same way. In ``both``:

* a proposal on a lexicon trigger of the same type confirms it (method
  ``both``, confidence the model's calibrated probability);
* a proposal of another type on a lexicon trigger replaces the lexicon's type
  when its probability reaches ``override`` (method ``model``);
* a proposal elsewhere adds an event when its sentence has no event of that
  type yet and the token is not an argument of a lexicon trigger (method
  ``model``).

Events keep their method in :attr:`LayeredCoder.methods` (event id -> method).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..errors import ConfigError
from ..models import Event
from .coder import EventCoder, PostContext, PostEvents, ThreadState
from .dates import resolve_date
from .lexicon import Predicate

if TYPE_CHECKING:
    from ..nlp.event_model import EventModel

__all__ = ["LAYERS", "LayeredCoder"]

LAYERS = ("rules", "model", "both")


class LayeredCoder(EventCoder):
    """An :class:`EventCoder` that also codes the trained model's proposals."""

    def __init__(self, *args, model: EventModel | None = None, layer: str = "both",  # type: ignore[no-untyped-def]
                 override: float | None = None, calibrate: bool = True, **kwargs) -> None:
        if layer not in LAYERS:
            raise ConfigError(f"setting layer: {layer!r} is not one of {', '.join(LAYERS)}")
        super().__init__(*args, **kwargs)
        if layer != "rules" and model is None:
            from ..nlp.event_model import load_event_model

            model = load_event_model()
        self.model = model
        self.layer = layer
        self.override = model.override if override is None and model else (override or 1.01)
        self.methods: dict[str, str] = {}
        self.calibrate = calibrate  # off only while make train fits the event curves

    def code(self, doc: Doc, ctx: PostContext, state: ThreadState | None = None) -> PostEvents:
        if self.layer == "rules" or self.model is None:
            out = super().code(doc, ctx, state)
            self.methods.update((e.id, "rule") for e in out.events)
            return out
        state = state or ThreadState()
        out = PostEvents()
        mentions = list(doc.spans.get("actors", []))
        self._by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        self._mentions = mentions
        self._refs = {}
        self._inferred = []
        alone = self.layer == "model"
        floor = self.model.threshold_alone if alone else min(self.model.threshold,
                                                              self.override)
        actors = frozenset(self._by_token)
        for sent in doc.sents:
            found: list[tuple[Predicate, Token, tuple, str, float | None]] = []
            consumed: set[int] = set()
            proposals, raw = self.model.sentence(sent, actors, floor)
            raw_of = raw.get
            if self.layer == "both":
                for token in sent:
                    if token.i not in self._by_token:
                        hit = self._verb_trigger(token)
                        if hit is not None:
                            prob = self.model.rule_confidence(raw_of(token.i), hit[0].type)
                            found.append((hit[0], token, hit[1], "rule", prob))
                            consumed.update(a.token.i for a in (*hit[1][0], *hit[1][1]))
                            consumed.update(t.i for t in self._objects(token))
                for token in sent:
                    if token.i not in self._by_token and token.i not in consumed:
                        hit = self._noun_trigger(token)
                        if hit is not None:
                            prob = self.model.rule_confidence(raw_of(token.i), hit[0].type)
                            found.append((hit[0], token, hit[1], "rule", prob))
            mine = sorted(proposals, key=lambda p: (doc[p.token].pos_ != "VERB", -p.probability))
            for p in mine:
                token = doc[p.token]
                at = next((k for k, f in enumerate(found) if f[1].i == token.i), None)
                if at is not None:
                    pred, tok, args, _, _ = found[at]
                    if pred.type == p.type:
                        found[at] = (pred, tok, args, "both", found[at][4])
                    elif p.probability >= self.override:
                        new = Predicate(pred.lemma, p.type, p.mode)
                        found[at] = (new, tok, self._args(tok, new), "model", p.probability)
                    continue
                if token.i in consumed or any(f[0].type == p.type for f in found):
                    continue
                if not alone and p.probability < self.model.threshold:
                    continue
                pred = Predicate(p.lemma, p.type, p.mode)
                args = self._args(token, pred)
                if not (args[0] or args[1]) and token.pos_ != "VERB":
                    continue
                found.append((pred, token, args, "model", p.probability))
                consumed.update(a.token.i for a in (*args[0], *args[1]))
            found.sort(key=lambda f: f[1].i)
            for pred, token, args, method, prob in found:
                for event in self._events(pred, token, args, sent, ctx, state, out):
                    if prob is not None:
                        event = _with_confidence(event, prob)
                    if self.calibrate:
                        event = _with_confidence(
                            event, self.model.event_confidence(
                                "model_alone" if alone else method, event.confidence))
                    self.methods[event.id] = method
                    out.events.append(event)
            explicit = resolve_date(sent.text, state.last_date, ctx.time)
            if explicit is not None and explicit.basis == "text":
                state.last_date = explicit.date
        out.references = [(doc[i], s, "reference") for i, s in self._refs.items() if s is not None]
        out.references += self._inferred
        return out

    def _args(self, token: Token, pred: Predicate) -> tuple:
        if token.pos_ == "NOUN":
            return self._noun_args(token)
        return self._verb_args(token, pred)


def _with_confidence(event: Event, probability: float) -> Event:
    return replace(event, confidence=round(probability, 2))
