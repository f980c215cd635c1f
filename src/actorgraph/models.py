"""The typed vocabulary every part of actorgraph speaks.

Readers yield :class:`Document` objects made of :class:`Post` objects; the
coder turns them into :class:`Mention`, :class:`Actor`, :class:`Event` and
:class:`Claim` records; the store, the exporters and the web app read and
write exactly these records.

Offsets: ``Post.start``/``Post.end`` index ``Document.text`` so that
``doc.text[post.start:post.end] == post.text``. Facts found later (mentions,
event evidence) carry offsets into their post's text. For plain text and
unrolled threads ``Document.text`` is the decoded file itself, so offsets
also index the original file.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "Actor",
    "Affiliation",
    "Claim",
    "Document",
    "Event",
    "Evidence",
    "Location",
    "Mention",
    "Post",
    "stable_id",
]


def stable_id(*parts: object, prefix: str = "", length: int = 16) -> str:
    """A deterministic id from ``parts``: the same input gives the same id everywhere.

    >>> stable_id("a", 1) == stable_id("a", 1)
    True
    """
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return prefix + h.hexdigest()[:length]


class _Record:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload,no-any-return]


@dataclass(frozen=True, slots=True)
class Post(_Record):
    """One post of a thread, or the single body of an article.

    ``index`` is 1-based within its document; ``time`` is ISO 8601 when known.
    ``forwarded_from`` names whose words a forwarded post repeats (a Telegram
    forward); the coder takes it, not ``author``, as the events' default
    ``asserted_by`` when the text names no speaker. ``edited`` is when the post
    was last edited (ISO 8601), where the source says.
    """

    index: int
    text: str
    start: int
    end: int
    author: str | None = None
    time: str | None = None
    url: str | None = None
    id: str | None = None
    links: tuple[str, ...] = ()
    forwarded_from: str | None = None
    edited: str | None = None


@dataclass(frozen=True, slots=True)
class Document(_Record):
    """A thread, an article or a corpus line, as posts over one text."""

    id: str
    text: str
    posts: tuple[Post, ...]
    format: str
    source: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Affiliation(_Record):
    """A link from an actor to a parent organisation, optionally bounded in time.

    ``start``/``end`` are ISO dates at any precision ("1998", "2020-01-03").
    """

    actor: str
    role: str | None = None
    start: str | None = None
    end: str | None = None

    def active_on(self, date: str | None) -> bool:
        """Whether the link holds on ``date`` (a missing date or bound is open)."""
        if not date:
            return True
        if self.start and date[: len(self.start)] < self.start[: len(date)]:
            return False
        if self.end and date[: len(self.end)] > self.end[: len(date)]:
            return False
        return True


@dataclass(frozen=True, slots=True)
class Actor(_Record):
    """A canonical actor: a state, an institution, a group, a person.

    ``provisional`` actors were found in text but are not in any dictionary;
    their id is a normalised key of the name so that the same unknown name in
    many documents is one actor.
    """

    id: str
    name: str
    kind: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    sector: str | None = None
    wikidata: str | None = None
    provisional: bool = False


@dataclass(frozen=True, slots=True)
class Mention(_Record):
    """Where an actor is named in a post; offsets index the post's text."""

    doc: str
    post: int
    start: int
    end: int
    text: str
    actor: str
    how: str = "dictionary"  # dictionary | generic | provisional | reference


@dataclass(frozen=True, slots=True)
class Location(_Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class Evidence(_Record):
    """The sentence that supports a fact; offsets index the post's text."""

    doc: str
    post: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Event(_Record):
    """One coded PLOVER event: who did what to whom, when, where, says whom.

    ``source``/``target``/``asserted_by`` are actor ids (``None`` when the
    text names none); the ``*_text`` fields keep the surface words.
    ``modality`` is one of asserted, reported, denied, intended,
    hypothetical, future, historical. Only asserted, reported and historical
    events happened according to their source.
    """

    id: str
    type: str
    evidence: Evidence
    mode: str | None = None
    quad: int | None = None
    cameo: str | None = None
    source: str | None = None
    source_text: str | None = None
    target: str | None = None
    target_text: str | None = None
    date: str | None = None
    end_date: str | None = None
    date_basis: str | None = None  # text | relative | inherited | published
    location: Location | None = None
    asserted_by: str | None = None
    asserted_by_text: str | None = None
    modality: str = "asserted"
    negated: bool = False
    disputed: bool = False
    confidence: float = 0.5
    trigger: str | None = None

    HAPPENED = frozenset({"asserted", "reported", "historical"})

    @property
    def happened(self) -> bool:
        """True when the text presents the event as having taken place."""
        return not self.negated and self.modality in self.HAPPENED


@dataclass(frozen=True, slots=True)
class Claim(_Record):
    """Who asserts (or denies) an event, with the supporting sentence."""

    id: str
    event: str
    asserted_by: str | None
    stance: str  # asserts | denies
    evidence: Evidence


@dataclass(slots=True)
class CodedDocument:
    """What coding one document yields."""

    document: Document
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
