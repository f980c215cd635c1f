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
from typing import Any, Literal, get_args

__all__ = [
    "DATE_BASES",
    "HAPPENED",
    "HOWS",
    "METHODS",
    "MODALITIES",
    "STANCES",
    "Actor",
    "DateBasis",
    "Affiliation",
    "Claim",
    "Document",
    "Event",
    "Evidence",
    "Location",
    "Mention",
    "Method",
    "Modality",
    "How",
    "Post",
    "Relation",
    "Stance",
    "stable_id",
]

# The vocabularies of the records, as types mypy checks and as tuples code can iterate.

#: How the text presents an event. Only asserted, reported and historical events happened.
Modality = Literal["asserted", "reported", "denied", "intended", "hypothetical", "future",
                   "historical"]
#: Where an event's date comes from: its own words, a relative phrase ("two years later"),
#: an earlier sentence of the thread, or the post's publication date.
DateBasis = Literal["text", "relative", "inherited", "published"]
#: Whether a claim asserts its event, denies it ("X denied P"), or disputes it with a
#: counter-claim ("X praises P. But in fact Q": the author disputes P).
Stance = Literal["asserts", "denies", "disputes"]
#: How a mention was found: a dictionary entry, a generic noun, a provisional name, a
#: reference ("the group"), or inferred from a sector noun ("civilians" in Mali).
How = Literal["dictionary", "generic", "provisional", "reference", "inferred"]
#: What produced an event: the rule coder, a trained model, or both agreeing.
Method = Literal["rule", "model", "both"]

MODALITIES: tuple[str, ...] = get_args(Modality)
DATE_BASES: tuple[str, ...] = get_args(DateBasis)
STANCES: tuple[str, ...] = get_args(Stance)
HOWS: tuple[str, ...] = get_args(How)
METHODS: tuple[str, ...] = get_args(Method)
#: The modalities under which the text presents an event as having taken place.
HAPPENED: frozenset[str] = frozenset({"asserted", "reported", "historical"})


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
        """The version of the document: its text and the metadata coding reads (publication
        date, author, the posts' authors and times), so that a new date or author makes it
        "changed". A document without any hashes its text alone, as before."""
        meta = [self.published, self.author,
                *[(p.author, p.time) for p in self.posts if p.author or p.time]]
        text = self.text
        if any(meta):
            text += "\x1e" + repr(meta)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
    how: How = "dictionary"


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
    post: int = field(metadata={"arrow": "int32"})
    start: int = field(metadata={"arrow": "int32"})
    end: int = field(metadata={"arrow": "int32"})
    text: str


@dataclass(frozen=True, slots=True)
class Event(_Record):
    """One coded PLOVER event: who did what to whom, when, where, says whom.

    ``source``/``target``/``asserted_by`` are actor ids (``None`` when the
    text names none); the ``*_text`` fields keep the surface words.
    ``modality`` is one of :data:`MODALITIES`; only asserted, reported and
    historical events happened according to their source. ``method`` says
    what produced the event (:data:`METHODS`): the rule coder, a trained
    model, or both agreeing; ``confidence`` is that producer's score.

    Every shape an event is written in (JSONL, the store, Parquet, CSV) is
    derived from these fields by :mod:`actorgraph.codec`: a new field needs
    only a store migration besides its line here.
    """

    id: str
    type: str
    evidence: Evidence
    mode: str | None = None
    quad: int | None = field(default=None, metadata={"arrow": "int8"})
    cameo: str | None = None
    source: str | None = None
    source_text: str | None = None
    target: str | None = None
    target_text: str | None = None
    date: str | None = None
    end_date: str | None = None
    date_basis: DateBasis | None = None
    location: Location | None = None
    asserted_by: str | None = None
    asserted_by_text: str | None = None
    modality: Modality = "asserted"
    negated: bool = False
    disputed: bool = False
    confidence: float = 0.5
    trigger: str | None = None
    method: Method = "rule"
    reviewed: str | None = None  # the id of the review that decided it (None: machine output)

    HAPPENED = HAPPENED

    @property
    def happened(self) -> bool:
        """True when the text presents the event as having taken place."""
        return not self.negated and self.modality in self.HAPPENED


@dataclass(frozen=True, slots=True)
class Claim(_Record):
    """Who asserts, denies or disputes an event, with the supporting sentence.

    ``asserted_by`` is an actor id; ``None`` with ``disputes`` (or on an event the
    author asserts) is the post's author. ``asserted_by_text`` is the holder's words
    where the text names one ("independent researchers", "the ministry"), with or
    without an id. The evidence of a ``denies`` or ``disputes`` claim is the other
    side's sentence.

    A claim may stand without an event (``event`` ``None``): what is claimed or denied is
    then a proposition the coder does not code as an event ("denied any involvement",
    "says its forces fired first"). ``proposition`` is its words as they stand in the
    text (``proposition_start``/``proposition_end`` index the post's text, as evidence
    offsets do), and ``topic`` an id the claims on that one proposition share: the two
    sides of a contest over it (one ``asserts``, the other ``denies`` or ``disputes``),
    or a denial alone. A claim with an event has neither.
    """

    id: str
    event: str | None
    asserted_by: str | None
    stance: Stance
    evidence: Evidence
    asserted_by_text: str | None = None
    topic: str | None = None
    proposition: str | None = None
    proposition_start: int | None = field(default=None, metadata={"arrow": "int32"})
    proposition_end: int | None = field(default=None, metadata={"arrow": "int32"})


@dataclass(frozen=True, slots=True)
class Relation(_Record):
    """A standing relation the text states: who backs, leads, belongs to or sides with whom.

    ``type`` is one of :data:`RELATION_TYPES`: ``backs`` (sponsors, arms, funds),
    ``leads`` (commands, heads), ``member_of`` (part, faction, unit of),
    ``allied_with`` and ``rival_of`` (both symmetric). ``date``/``end_date`` are the
    bounds the text gives ("since 2014", "until 2008"); ``as_of`` is the date of the post
    when the text speaks in the present ("is part of"). ``method`` says how it was found:
    compound ("Iran-backed"), adjective ("loyal to"), noun ("part of"), possessive
    ("Iran's proxies"), title ("Quds Force commander X"), apposition, verb, or
    dictionary (an affiliation of the actor dictionary; no evidence then).
    """

    id: str
    type: str
    source: str | None
    target: str | None
    evidence: Evidence | None = None
    source_text: str | None = None
    target_text: str | None = None
    date: str | None = None
    end_date: str | None = None
    as_of: str | None = None
    asserted_by: str | None = None
    asserted_by_text: str | None = None
    modality: str = "asserted"
    negated: bool = False
    confidence: float = 0.5
    method: str = "verb"
    cue: str | None = None

    @property
    def symmetric(self) -> bool:
        return self.type in SYMMETRIC_RELATIONS

    @property
    def holds(self) -> bool:
        """True when the text presents the relation as real (not denied, negated, intended)."""
        return not self.negated and self.modality in Event.HAPPENED


#: The relation types, in the order they are listed.
RELATION_TYPES: tuple[str, ...] = ("backs", "leads", "member_of", "allied_with", "rival_of")
SYMMETRIC_RELATIONS = frozenset({"allied_with", "rival_of"})


@dataclass(slots=True)
class CodedDocument:
    """What coding one document yields."""

    document: Document
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
