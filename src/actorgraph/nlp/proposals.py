"""Trigger proposals: where a parsed sentence may hold an event, and of which type.

The event coder (:mod:`actorgraph.coding.coder`) asks its *proposers* for
:class:`TriggerProposal` records, then reads each proposal's arguments from
the parse itself. A proposer only says "this word (or span) is an event of
this PLOVER type"; it never reads who did it to whom. The lexicon is one
proposer; a trained model is another, and neither needs to know the other.

This module lives in :mod:`actorgraph.nlp` and imports nothing from
:mod:`actorgraph.coding`, so a spaCy component here may propose triggers
while the coder (which depends on ``nlp``, not the other way round) reads
them.

>>> import spacy
>>> doc = spacy.blank("en")("Iran shelled the port.")
>>> TriggerProposal(doc[1:2], "ASSAULT", origin="model", confidence=0.8).token.text
'shelled'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from spacy.tokens import Span, Token

__all__ = ["Origin", "Proposer", "ProposerFunction", "SentenceContext", "TriggerProposal"]

#: Who proposed a trigger: the lexicon's rules or a trained model; ``both`` is set by the
#: coder when the two propose the same word with the same type (proposers never say it).
Origin = Literal["rule", "model", "both"]


@dataclass(frozen=True, slots=True)
class TriggerProposal:
    """One proposed event trigger in a sentence.

    ``span`` is the trigger's words (its root is the token whose arguments
    are read); ``type`` a PLOVER event type, ``mode`` one of its modes.
    ``cameo``/``quad`` default to the type's when ``None``. ``confidence``
    is the proposer's own score (``None``: the coder scores the event from
    its arguments, as it does for the lexicon). ``nominal`` says whether the
    trigger is a noun ("the invasion of Kuwait"); ``None`` decides by the
    root's part of speech. ``hints`` carries what a lexicon entry knows about
    its arguments (a particle, the objects it needs, target prepositions);
    other proposers leave it ``None`` and the type's target prepositions
    apply.
    """

    span: Span
    type: str
    mode: str | None = None
    cameo: str | None = None
    quad: int | None = None
    confidence: float | None = None
    origin: Origin = "rule"
    nominal: bool | None = None
    hints: Any = None  # a coding.lexicon.Predicate for the lexicon's proposals

    @property
    def token(self) -> Token:
        """The trigger's head word, where its arguments hang in the parse."""
        return self.span.root

    @property
    def is_nominal(self) -> bool:
        if self.nominal is not None:
            return self.nominal
        return self.token.pos_ in ("NOUN", "PROPN")


class SentenceContext(Protocol):
    """What a proposer may ask about the post it reads (the coder's per-post context)."""

    def mention_at(self, i: int) -> Span | None:
        """The actor mention covering token ``i`` of the doc, if any."""
        ...


class Proposer(Protocol):
    """What the coder calls for each sentence: proposals, in any order.

    ``context`` gives the post's actor mentions (``context.mention_at(i)``)
    for proposers that want them; most ignore it.
    """

    def __call__(
        self, sentence: Span, context: SentenceContext
    ) -> Iterable[TriggerProposal]: ...


#: A plain function works as a proposer.
ProposerFunction = Callable[[Span, Any], Iterable[TriggerProposal]]
