"""Names that are not actors: what the statistical tagger calls an organisation or a person
but is a place, a vessel, a hashtag, a date, a quantity or an agreement.

The actor ruler turns ORG and PERSON entities that no dictionary knows into provisional
actors (``PRV.ORG.STEPANAKERT``). The small model tags many towns, ships and hashtags so;
:func:`drop_non_actors` removes those provisional mentions from ``doc.spans["actors"]``
before the coder reads its arguments, so they never become sources, targets or entries
of the actor list. A place the gazetteer knows becomes a ``GPE`` entity, where the coder
looks for where an event happened.

>>> why_not_actor("#KeepEyesOnSudan")
'hashtag'
>>> why_not_actor("MV Galaxy Leader")
'vessel'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["CompanyCues", "company_ids", "drop_non_actors", "provisional_kind", "why_not_actor"]

_VESSEL_PREFIX = re.compile(r"(?:the\s+)?(?:MV|M/V|MT|M/T|SS|USS|USNS|HMS|INS|RFS|HMAS|HMCS)\s",
                            re.IGNORECASE)
#: Nouns that make the name beside them a ship's: "the cargo ship Galaxy Leader".
VESSEL_NOUNS = frozenset("""ship ships vessel vessels tanker tankers freighter carrier
    frigate destroyer cruiser corvette submarine boat boats trawler yacht ferry bulker
    dhow""".split())
_MONTHS = frozenset("""january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday
    wednesday thursday friday saturday sunday""".split())
#: Last words of the names of agreements, which are no actors.
_AGREEMENTS = frozenset("treaty accords accord agreement agreements convention pact".split())
_NUMBER_WORDS = frozenset("""hundred hundreds thousand thousands million millions billion
    billions dozen dozens percent""".split())


def why_not_actor(text: str, place: Any = None, before: str = "", after: str = "") -> str | None:
    """Why the name ``text`` is no actor (``hashtag``, ``vessel``, ``date``, ``quantity``,
    ``agreement``, ``place``), or None. ``place`` resolves a name to a place or None (the
    gazetteer); ``before``/``after`` are the words around the name."""
    name = text.strip()
    if not name:
        return None
    if name.startswith("#") or before == "#":
        return "hashtag"
    if _VESSEL_PREFIX.match(name + " ") or before.lower() in VESSEL_NOUNS or (
            after.lower() in VESSEL_NOUNS):
        return "vessel"
    words = re.findall(r"[\w']+", name.lower())
    if words and all(w in _MONTHS or w.isdigit() or re.fullmatch(r"\d+(st|nd|rd|th)", w)
                     for w in words) and any(w in _MONTHS or len(w) == 4 for w in words):
        return "date"
    if words and all(w.replace(",", "").replace(".", "").isdigit() or w in _NUMBER_WORDS
                     for w in words):
        return "quantity"
    if words and words[-1] in _AGREEMENTS:
        return "agreement"  # "the Abraham Accords", "the Indus Waters Treaty"
    if place is not None:
        bare = re.sub(r"^the\s+", "", name, flags=re.I)
        if place(bare) is not None:
            return "place"
        ends = re.split(r"\s+(?:to|and|-|–)\s+", bare)  # "Kharkiv to Odesa": a route
        if len(ends) == 2 and all(place(e) is not None for e in ends):
            return "place"
    return None


def drop_non_actors(doc: Doc, place: Any, spans_key: str = "actors") -> list[tuple[Span, str]]:
    """Remove the provisional actor mentions of ``doc`` that are no actors (see
    :func:`why_not_actor`); a known place becomes a ``GPE`` entity. Returns what went, why."""
    from spacy.tokens import Span as SpanType

    spans = list(doc.spans.get(spans_key, []))
    kept, dropped = [], []
    for span in spans:
        if not span.id_.startswith("PRV."):
            kept.append(span)
            continue
        before = doc[span.start - 1].text if span.start > 0 else ""
        after = doc[span.end].text if span.end < len(doc) else ""
        why = why_not_actor(span.text, place, before, after)
        if why is None:
            kept.append(span)
        else:
            dropped.append((span, why))
    if not dropped:
        return []
    doc.spans[spans_key] = kept
    places = [s for s, why in dropped if why == "place"]
    if places:
        taken = {i for s in places for i in range(s.start, s.end)}
        rest = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        gpe = [SpanType(doc, s.start, s.end, label="GPE") for s in places]
        doc.set_ents(sorted(rest + gpe, key=lambda s: s.start))
    return dropped


#: Words that make a name an organisation's ("Free Sahel Front", "Mountain Brigade").
ORGANISATION_WORDS = frozenset("""front army brigade brigades battalion regiment corps division
    movement party council committee union league coalition alliance association federation
    group groups militia militias forces force guard guards ministry agency authority
    commission court government company corporation bank institute organisation
    organization network foundation society fund office bureau service services police
    parliament assembly""".split())
_TITLES = frozenset("""mr mrs ms dr gen general col colonel maj major capt captain lt sheikh
    imam president minister senator commander""".split())


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


class CompanyCues(NamedTuple):
    """The lexicon's cues that a provisional name is a company's (data/plover.yaml)."""

    ends: frozenset[str]  # company_name_ends: "Norrland Airways", "Brauhof AG"
    stops: frozenset[str]  # company_name_stops: "the Ardell Liberation Group"
    descriptors: frozenset[str]  # company_descriptors: "the carmaker Drossel"


def company_ids(spans: Iterable[Span], cues: CompanyCues) -> dict[str, str]:
    """The provisional actors among ``spans`` that are companies, each id with its company
    id: ``PRV.ORG.NORRLAND_AIRWAYS`` -> ``PRV.COM.NORRLAND_AIRWAYS``, as the labels write an
    unlisted company ``COM.<NAME>`` (docs/LABELLING.md)."""
    return {s.id_: "PRV.COM." + s.id_.split(".", 2)[2] for s in spans
            if _company_named(s, cues) or _company_described(s, cues)}


def _company_named(span: Span, cues: CompanyCues) -> bool:
    """Whether a provisional organisation's name of two words or more says it is a
    company's: its capitalised last word is a company's ("Quenby plc") and no word of an
    armed group or public body is in it ("the Liberation Group", "the World Bank"), nor a
    unit's number."""
    words = [t for t in span if t.lower_ not in ("the", "a", "an")]
    return span.id_.startswith("PRV.ORG.") and len(words) > 1 and (
        words[-1].lower_ in cues.ends and words[-1].text[:1].isupper()) and not (
        {t.lower_ for t in words} & cues.stops) and not any(
        _ORDINAL.fullmatch(t.lower_) for t in words)  # a numbered unit: "the 407th Air Group"


def _company_described(span: Span, cues: CompanyCues) -> bool:
    """Whether a company noun stands beside a provisional name as its apposition or
    modifier ("the carmaker Drossel", "Drossel, a Paris-based supplier"), whether the tagger
    took the name for an organisation's or a person's."""
    if not span.id_.startswith(("PRV.ORG.", "PRV.PER.")):
        return False
    root = span.root
    beside = [c for c in root.children
              if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < span.start)]
    if root.dep_ in ("appos", "compound"):
        beside.append(root.head)
    return any(t.lemma_.lower() in cues.descriptors and t.pos_ in ("NOUN", "PROPN")
               and not span.start <= t.i < span.end for t in beside)


def provisional_kind(actor_id: str, text: str) -> str:
    """The kind of a provisional actor, only as far as its name supports it: ``organisation``
    for a name with an organisation's word, ``person`` for a person-tagged name of two to
    four capitalised words or one after a title, ``company`` for one read as a company's
    (:func:`company_ids`), else ``unknown``."""
    if actor_id.startswith("PRV.COM."):
        return "company"
    words = re.findall(r"[\w'-]+", text)
    lowered = [w.lower() for w in words]
    if any(w in ORGANISATION_WORDS for w in lowered):
        return "organisation"
    if actor_id.startswith("PRV.PER.") and words and (
            lowered[0] in _TITLES or (2 <= len(words) <= 4
                                      and all(w[:1].isupper() for w in words))):
        return "person"
    return "unknown"
