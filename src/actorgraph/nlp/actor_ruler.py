"""The ``actorgraph_actors`` spaCy component: actor mentions with canonical ids.

Built on spaCy's ``SpanRuler``: every dictionary name and alias becomes a
pattern whose id is the canonical actor id (``span.id_``). Placed after
``ner``, it corrects the statistical entities (the small model tags
"Soleimani" as a place and "Jaysh al-Mahdi" as a person) and adds:

* generic actors: a demonym or country name before a sector noun
  ("senior Iranian officials" → ``IRN.GOV``, "Iraqi Shiites" → ``IRQ.SHIA``), and a
  community's armed group named without its country ("Shiite militias" → ``IRQ.SHIA``
  where the sentence names Iraq, and only Iraq, as a place);
* provisional actors: ORG and PERSON entities that no dictionary knows, with
  an id made from the normalised name (``PRV.ORG.FREE_SAHEL_FRONT``), so the
  same unknown name in many documents is one actor.

Matching is case-insensitive, except for short all-caps aliases ("IRI",
"US") and aliases that are ordinary English words in lower case
("Congress"), which must keep their capital letters. In a post written mostly
in lower case (:func:`mostly_lower`), the all-caps aliases match in lower case
too ("rsf", "saf", "uae"), except the ordinary words listed in
``data/informal.yaml`` ("us", "rt").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler
from spacy.strings import StringStore
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..actors.dictionary import ActorDictionary, load_dictionary, normalise_key
from ..actors.spellings import variants
from ..datafiles import packaged, packaged_once
from .names import HONORIFICS, NAME_TITLES, name_start

__all__ = ["ActorRuler", "make_actor_ruler", "mostly_lower"]

# Lower-case words that are also actor names when capitalised.
_COMMON = frozenset(
    """army navy police government congress parliament senate cabinet court ministry
    coalition alliance union council assembly opposition resistance movement front
    party state republic kingdom league mission forces guard guards military
    presidency commission agency bureau office district capital west east north south
    defence defense treasury justice interior foreign labour labor future reform hope
    victory unity freedom liberty justice progress change renewal
    polish french swiss dutch chinese turkish english""".split()
)
# Where the prefilter leaves the dictionary matches it made, so they are not made twice.
DICTIONARY_KEY = "actorgraph_dictionary"
_KIND_RANK = {k: i for i, k in enumerate(
    "state military militia rebel terrorist government police intelligence igo party person".split()
)}
_ENT_LABELS = {"state": "GPE", "person": "PERSON"}
# Pronoun-like or generic words NER sometimes tags as organisations.
_NOT_ACTORS = frozenset({"thread", "the thread", "twitter", "x", "rt"})


# "Central American", "Latin American", "the Pan-American highway": the Americas, not the US.
_AMERICAS = frozenset({"central", "latin", "south", "north", "pan", "inter", "ibero", "meso"})
# Demonyms that are also languages: "broadcast in Spanish at 1730 GMT" names no Spaniard.
_LANGUAGES = frozenset("""spanish english french portuguese russian german chinese italian
    japanese turkish dutch greek""".split())


def _names_no_state(doc: Doc, i: int) -> bool:
    """Whether the country word at ``doc[i]`` names no state: "American" after a word for a
    part of the Americas, or a language after "in" with no noun after it ("in Spanish")."""
    word = doc[i].lower_
    if word in ("american", "americans"):
        j = i - 2 if i >= 2 and doc[i - 1].text == "-" else i - 1
        return j >= 0 and doc[j].lower_ in _AMERICAS
    if word in _LANGUAGES and i > 0 and doc[i - 1].lower_ in ("in", "into"):
        after = doc[i + 1] if i + 1 < len(doc) else None
        return after is None or after.like_num or after.lower_ in ("at", "on", "by", "and") or (
            after.is_punct and after.text != "-")
    return False


def _acronym(alias: str) -> bool:
    bare = alias.replace(".", "").replace("-", "")
    return bare.isupper() and len(bare) <= 5


def mostly_lower(doc: Doc | Span, max_share: float = 0.1) -> bool:
    """Whether ``doc`` is written mostly in lower case, as posts often are: among its words
    of two letters or more that are not all capitals, at most ``max_share`` start with a
    capital (acronyms such as "US" say nothing either way).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> mostly_lower(nlp("rsf shelled el fasher again, saf hit back")), mostly_lower(nlp(
    ...     "The RSF shelled El Fasher again."))
    (True, False)
    """
    # Each distinct word is looked at once (tokens by their ORTH hash, counted by numpy):
    # a post's tokens are read as an array, not one Token object at a time.
    if isinstance(doc, Doc):
        orths = doc.to_array(ORTH)
    else:
        orths = doc.doc.to_array(ORTH)[doc.start : doc.end]
    return _mostly_lower(orths, doc.vocab.strings, max_share)


def _mostly_lower(orths: numpy.ndarray, strings: StringStore,  # type: ignore[type-arg]
                  max_share: float) -> bool:
    """:func:`mostly_lower` of the words whose ORTH hashes are ``orths``."""
    if not len(orths):
        return False
    counts = [0, 0, 0]  # words not counted, lower case, capitalised
    distinct, times = numpy.unique(orths, return_counts=True)
    for orth, n in zip(distinct.tolist(), times.tolist(), strict=True):
        case = _CASE.get(orth)
        if case is None:
            case = _case(strings[orth])
            if len(_CASE) > 500_000:  # a bound on memory over a long corpus
                _CASE.clear()
            _CASE[orth] = case
        counts[case] += n
    lower, capitalised = counts[1], counts[2]
    words = lower + capitalised
    return words >= 2 and capitalised <= max_share * words


_CASE: dict[int, int] = {}  # a word's ORTH hash -> its _case
_US = (StringStore()["us"], StringStore()["Us"])  # the ORTH hashes of "us" and "Us"


def _case(text: str) -> int:
    """How :func:`mostly_lower` counts a word: 0 not at all (under two letters, not all
    letters, or all capitals), 1 lower case, 2 capitalised."""
    if len(text) < 2 or not text.isalpha() or text.isupper():
        return 0
    if text.islower():
        return 1
    return 2 if text[0].isupper() else 0


def _case_sensitive(alias: str) -> bool:
    if _acronym(alias):
        return True
    return " " not in alias and alias.casefold() in _COMMON


class ActorRuler:
    """Marks actor mentions in ``doc.spans[spans_key]`` and corrects ``doc.ents``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        dictionary: ActorDictionary,
        spans_key: str = "actors",
        overwrite_ents: bool = True,
    ) -> None:
        self.name = name
        self.dictionary = dictionary
        self.spans_key = spans_key
        self.overwrite_ents = overwrite_ents
        # Two phrase rulers, not token patterns: phrase matching is a hash lookup per token,
        # while thousands of token patterns made the matcher the slowest stage of the pipeline.
        self.ruler, self.exact = (
            SpanRuler(nlp, name=f"{name}_{attr.lower()}", spans_key=None, annotate_ents=False,
                      phrase_matcher_attr=attr, overwrite=True)
            for attr in ("LOWER", "ORTH")
        )
        patterns = list(self._patterns())
        acronyms = [p for p in patterns if p["exact"] and _acronym(p["pattern"])]
        # Phrase patterns on LOWER/ORTH need tokens only; SpanRuler would otherwise run the
        # parser and NER over every alias (seconds at start-up).
        with nlp.select_pipes(enable=[]):
            self.ruler.add_patterns([p for p in patterns if not p.pop("exact")])
            self.exact.add_patterns([p for p in patterns if "exact" not in p])
        self._lower_share, ordinary = informal_settings()
        # All-caps aliases ("RSF") as a lower-case post writes them ("rsf"); used only there.
        self.informal = SpanRuler(nlp, name=f"{name}_informal", spans_key=None,
                                  annotate_ents=False, phrase_matcher_attr="LOWER",
                                  overwrite=True)
        with nlp.select_pipes(enable=[]):
            self.informal.add_patterns([
                {"label": p["label"], "pattern": p["pattern"].casefold(), "id": p["id"]}
                for p in acronyms
                if p["pattern"].casefold() not in ordinary
                and p["pattern"].replace(".", "").casefold() not in ordinary
            ])
        self._add_generic_patterns()

    def _patterns(self) -> Iterable[dict[str, Any]]:
        # One actor per surface form. Where two share one ("RSF": the Sudanese militia and the
        # press NGO), the armed actor wins: this is a coder of political violence.
        # Each alias also in its other spelling ("Ministry of Defense" for "... Defence"),
        # after the aliases as written: a form written as some actor's alias keeps it.
        written = [(a.text.strip(), a.actor) for a in self.dictionary.aliases()]
        forms = written + [(v, actor) for text, actor in written
                           if " " in text and not _case_sensitive(text)
                           for v in variants(text)]
        chosen: dict[str, str] = {}
        for text, actor in forms:
            if not text:
                continue
            key = text if _case_sensitive(text) else text.casefold()
            if key not in chosen or self._rank(actor) < self._rank(chosen[key]):
                chosen[key] = actor
        seen: set[tuple[str, str]] = set()
        for text, actor in forms:
            key = text if _case_sensitive(text) else text.casefold()
            if not text or (text, actor) in seen or chosen[key] != actor:
                continue
            seen.add((text, actor))
            if _case_sensitive(text):
                yield {"label": "ACTOR", "pattern": text, "id": actor, "exact": True}
                if text.istitle() and " " not in text:
                    yield {"label": "ACTOR", "pattern": text.upper(), "id": actor,
                           "exact": True}
            else:
                yield {"label": "ACTOR", "pattern": text, "id": actor, "exact": False}

    def _rank(self, actor_id: str) -> int:
        actor = self.dictionary.get(actor_id)
        kind = actor.kind if actor else ""
        return _KIND_RANK.get(kind, len(_KIND_RANK))

    def _add_generic_patterns(self) -> None:
        d = self.dictionary
        # Modifiers: demonyms ("Iranian") and one-word country names ("US officials").
        modifiers = set(d.demonyms)
        self._modifier_country = dict(d.demonyms)
        self._upper_country: dict[str, str] = {}  # "US" -> USA, matched case-sensitively
        for actor in d.actors.values():
            if actor.kind != "state" or actor.id.startswith("HIST."):
                continue
            for name in (actor.name, *actor.aliases):
                if " " not in name and not _case_sensitive(name):
                    modifiers.add(name.casefold())
                    self._modifier_country.setdefault(name.casefold(), actor.id)
            for name in (actor.name, *actor.aliases):
                bare = name.replace(".", "")
                if bare.isupper() and len(bare) <= 3 and " " not in name:
                    self._upper_country[name] = actor.id
        self._sector_of: dict[str, str] = {
            n.casefold(): code for code, sector in d.sectors.items()
            for n in (*sector.nouns, *sector.after_country) if " " not in n
        }
        # words that name a sector only after a country's word, and only as the noun itself:
        # "a Chadian patrol" is Chad's army, "three Israeli patrol boats" sold are Israel's
        self._after_country_only = frozenset(
            n.casefold() for sector in d.sectors.values() for n in sector.after_country
        ) - {n.casefold() for sector in d.sectors.values() for n in sector.nouns}
        # words before a person's name that are none of it: titles, ranks, sector nouns
        self._title_words = NAME_TITLES | HONORIFICS | frozenset(self._sector_of)
        # every sector noun, multi-word ones too: a name the parser read as an organisation
        # that is only a sector's noun ("Venezuela's National Assembly") is the state's body
        self._sector_names = {n.casefold(): code for code, sector in d.sectors.items()
                              for n in sector.nouns}
        # Community words ("Shiite") and the armed nouns a community's fighters go by
        # ("militias"), for a community's armed group named without its country.
        self._group_of: dict[str, str] = {
            n.casefold(): code for code, sector in d.sectors.items() for n in sector.nouns
            if " " not in n and sector.kind in ("religious", "ethnic") and code != "REL"
        }
        self._armed_nouns = frozenset(
            n.casefold() for sector in d.sectors.values() for n in sector.nouns
            if " " not in n and sector.kind in ("rebel", "militia", "military")
        )
        # ORTH hash -> _country_of its text; the LOWER hashes of _group_of and _armed_nouns
        self._country_by_orth: dict[int, str | None] = {}
        self._community_words: tuple[frozenset[int], frozenset[int]] | None = None

    def _generic_spans(self, doc: Doc) -> Iterator[Span]:
        """Demonym or country word, an optional adjective, a sector noun: "Iranian officials"."""
        # The words are read as an ORTH array, each distinct word looked up once per
        # process: a Token object only at a country word.
        strings, countries = doc.vocab.strings, self._country_by_orth
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            if orth in countries:
                country = countries[orth]
            else:
                country = self._country_of(strings[orth])
                if len(countries) > 500_000:  # a bound on memory over a long corpus
                    countries.clear()
                countries[orth] = country
            if country is None or country not in self.dictionary.actors:
                continue
            token = doc[i]
            # (across a line break that wraps the line: "THE SALVADORAN ARMED\nFORCES")
            words = [t for t in doc[token.i + 1 : token.i + 5]
                     if not (t.is_space and t.text.count("\n") == 1)][:2]
            for word in words:
                code = self._sector_of.get(word.lower_)
                if code is not None and word.dep_ == "compound" and (
                        word.lower_ in self._after_country_only):
                    break
                if code is not None:
                    # (the institution the dictionary names so: "the Myanmar junta")
                    actor = self.dictionary.institution(country, word.lower_)
                    yield Span(doc, token.i, word.i + 1, label="ACTOR",
                               span_id=actor or f"{country}.{code}")
                    break
                if word.pos_ != "ADJ":
                    break
        yield from self._community_spans(doc)

    def _community_spans(self, doc: Doc) -> Iterator[Span]:
        """A community word before an armed noun, with no country word: "Shiite militias".

        The community is the country's (``IRQ.SHIA``, as "Iraqi Shiite militias" gives)
        when the sentence names exactly one country as a place or a place's adjective
        ("after the invasion of Iraq", "on Iraqi soil"); otherwise no actor is made.
        """
        # Most posts have no community word before an armed noun: found first on the
        # LOWER array, so that their sentences are not read token by token for nothing.
        if self._community_words is None:
            hashes = StringStore()
            self._community_words = (frozenset(hashes[w] for w in self._group_of),
                                     frozenset(hashes[w] for w in self._armed_nouns))
        groups, armed = self._community_words
        lowers = doc.to_array(LOWER).tolist()
        if groups.isdisjoint(lowers) or not any(
            a in groups and b in armed for a, b in zip(lowers, lowers[1:], strict=False)
        ):
            return
        for sent in doc.sents:
            places = set()
            for token in sent:
                country = self._country_of(token.text)
                where = token if token.dep_ != "amod" else token.head
                while where.dep_ == "conj" and where.head != where:  # "in Iraq and Syria"
                    where = where.head
                if country in self.dictionary.actors and where.dep_ == "pobj":
                    places.add(country)
            if len(places) != 1:
                continue
            [country] = places
            for token in sent[:-1]:
                code = self._group_of.get(token.lower_)
                after = doc[token.i + 1]
                if code is None or after.lower_ not in self._armed_nouns or after.i >= sent.end:
                    continue
                if token.i > 0 and self._country_of(doc[token.i - 1].text) is not None:
                    continue  # "Iraqi Shiite militias": the country rule reads it
                yield Span(doc, token.i, after.i + 1, label="ACTOR", span_id=f"{country}.{code}")

    def match_dictionary(self, doc: Doc) -> list[Span]:
        """Dictionary names and aliases in ``doc``; needs only the tokenizer.

        Phoenix names (``dictionary.extra``) count only where no hand-made name matched.
        A name wrapped across a line break, as wire reports wrap their lines ("OSCAR\nARIAS",
        "THE FARABUNDO MARTI\nNATIONAL LIBERATION FRONT"), is the name all the same (a blank
        line between two words is a paragraph break, never inside a name)."""
        spans = self._match(doc)
        # _wrapped keeps only names whose breaks are single line breaks: without one (a post
        # of blank-line paragraphs), the second match over the whole post finds nothing.
        # (The whitespace tokens read from an array: no Token object per token.)
        rows = doc.to_array([IS_SPACE, ORTH])
        strings = doc.vocab.strings
        if any(strings[orth].count("\n") == 1 for orth in rows[rows[:, 0] == 1, 1].tolist()):
            spans += self._wrapped(doc)
        return spans

    def _wrapped(self, doc: Doc) -> list[Span]:
        """The names of ``doc`` that hold a line break: matched on its words without the
        whitespace tokens, mapped back onto ``doc``."""
        kept = [t.i for t in doc if not t.is_space]
        flat = Doc(doc.vocab, words=[doc[i].text for i in kept])
        spans = []
        for span in self._match(flat):
            start, end = kept[span.start], kept[span.end - 1] + 1
            breaks = [doc[i].text for i in range(start, end) if doc[i].is_space]
            if breaks and all(b.count("\n") == 1 for b in breaks):
                spans.append(Span(doc, start, end, label="ACTOR", span_id=span.id_))
        return spans

    def _match(self, doc: Doc) -> list[Span]:
        rulers = [self.ruler, self.exact]
        orths = doc.to_array(ORTH)
        lower = _mostly_lower(orths, doc.vocab.strings, self._lower_share)
        if lower:
            rulers.append(self.informal)
        spans = [
            Span(doc, span.start, span.end, label="ACTOR", span_id=span.id_)
            for ruler in rulers
            for span in ruler.match(doc)
        ]
        if "US" in self._upper_country:
            # "the us & the houthis agreed" (a lower-case post, or its copy with capitals
            # put back: "the Us"): "us" is a pronoun, but never after "the"
            # (found in the ORTH array: a Token object only where the word is "us")
            us = (orths == _US[0]) | (orths == _US[1])
            us[:1] = False
            spans += [Span(doc, i, i + 1, label="ACTOR", span_id=self._upper_country["US"])
                      for i in numpy.flatnonzero(us).tolist() if doc[i - 1].lower_ == "the"]
        if self.dictionary.extra is not None:
            taken = {i for s in spans for i in range(s.start, s.end)}
            spans += [
                s for s in self.dictionary.extra.match(doc)
                if not taken.intersection(range(s.start, s.end))
            ]
        return spans

    def _namesake(self, doc: Doc, span: Span) -> bool:
        """Whether ``span``, a known person's surname, is only the last word of another
        person's name: the entity reader read a longer name ending there whose other words
        are no words of the known person's names ("GENERAL ALFREDO NUNEZ ALLENDE" is not
        Salvador Allende; "Hafez al-Assad" is not Bashar). Titles and ranks in the name,
        and a word spelled like one of the known person's ("Qassem"/"Qasem"), keep it."""
        actor = self.dictionary.get(span.id_)
        if actor is None or actor.kind != "person":
            return False
        ent = next((e for e in doc.ents if e.label_ == "PERSON"
                    and e.start < span.start and span.end <= e.end), None)
        if ent is None:
            return False
        words = {w.casefold() for name in (actor.name, *actor.aliases)
                 for w in name.replace("-", " ").split()}
        if not all(doc[i].lower_ in words for i in range(span.start, span.end) if doc[i].is_alpha):
            return False
        before = [t for t in doc[ent.start:span.start]
                  if t.is_alpha and t.lower_ not in NAME_TITLES and t.lower_ not in HONORIFICS]
        if not before or not all(t.is_title or t.is_upper for t in before):
            return False
        return not any(t.lower_ in words or any(w[:3] == t.lower_[:3] for w in words)
                       for t in before)

    def _longer_names(self, doc: Doc, known: list[Span]) -> list[Span]:
        """``known`` with each dictionary name that only ends a longer name (see
        ``_longer_name_start``) replaced by the longer name, a provisional organisation, and
        the names inside it ("Sudan") dropped."""
        for span in list(known):
            start = self._longer_name_start(doc, span)
            if start is None:
                continue
            known = [s for s in known if s.end <= start or s.start >= span.end]
            known.append(Span(doc, start, span.end, label="ACTOR", span_id=(
                f"PRV.ORG.{normalise_key(doc[start:span.end].text)}")))
        return known

    def _longer_name_start(self, doc: Doc, span: Span) -> int | None:
        """Where the longer name begins that dictionary name ``span`` only ends, or ``None``.
        The span is made of words organisations' names share (``shared_name_words``:
        "People's Liberation Army"); capitalised name words before it attach inside the
        name ("the Sudan People's Liberation Army"; not "the", a title or a possessive's
        owner: "Iran's Revolutionary Guards" is Iran's), and none of them names the body's
        own country ("the Iranian Revolutionary Guards", "the Chinese People's Liberation
        Army" are the dictionary's) or a community ("Kurdish People's Protection Units")."""
        shared = shared_name_words()
        if span.start == 0 or not all(t.lower_ in shared for t in span):
            return None
        k = span.start
        while k > 0 and _name_word(doc[k - 1]) and k - 1 < doc[k - 1].head.i < span.end:
            k -= 1
        actor = self.dictionary.get(span.id_) if k < span.start else None
        if actor is None:
            return None
        before = doc[k:span.start]
        if any(self._country_of(t.text) == actor.country or t.lower_ in self._group_of
               for t in before):
            return None
        return k

    def _state_body(self, span: Span) -> Span | None:
        """A state's body named by its possessive and a sector's noun the parser read as an
        organisation's name ("Venezuela's National Assembly", "Ethiopia's Council of
        Ministers"): the body's entry, else the state's sector; ``None`` for any other
        name (without the possessive the state is unknown here)."""
        noun = " ".join(t.lower_ for t in span if not t.is_space)
        code = self._sector_names.get(noun)
        k = span.start
        if code is None or k < 2 or span.doc[k - 1].lower_ not in ("'s", "\u2019s"):
            return None
        country = self._country_of(span.doc[k - 2].text)
        if country is None or country not in self.dictionary.actors:
            return None
        actor = self.dictionary.institution(country, noun)
        return Span(span.doc, k, span.end, label="ACTOR", span_id=actor or f"{country}.{code}")

    def _country_of(self, token_text: str) -> str | None:
        return self._upper_country.get(token_text) or self._modifier_country.get(
            token_text.casefold()
        )

    def __call__(self, doc: Doc) -> Doc:
        if DICTIONARY_KEY in doc.spans:  # matched already by the prefilter
            spans = list(doc.spans[DICTIONARY_KEY])
            del doc.spans[DICTIONARY_KEY]
        else:
            spans = self.match_dictionary(doc)
        known = filter_spans([s for s in (*spans, *self._generic_spans(doc))
                              if not _names_no_state(doc, s.start)])
        if any(e.label_ == "PERSON" for e in doc.ents):
            known = [s for s in known if not self._namesake(doc, s)]
        known = self._longer_names(doc, known)
        taken = {i for s in known for i in range(s.start, s.end)}
        # persons named in full, for a later surname alone ("Bassirou Diomaye Faye ...
        # Faye"): the dictionary's, and the provisional ones made below, in reading order
        people = [s for s in known if self.dictionary.is_person(s.id_)]
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "PERSON") or taken.intersection(range(ent.start, ent.end)):
                continue
            named = _named_before(ent, people)
            if named is not None:
                known.append(Span(doc, ent.start, ent.end, label="ACTOR", span_id=named))
                continue
            text = ent.text.strip()
            if (
                len(text) < 3
                or text.casefold() in _NOT_ACTORS
                or not (any(c.isupper() for c in text) or _titled_name(doc, ent))
            ):
                continue
            if ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN":
                continue  # a name used as a modifier: "the Askari shrine", "a Toyota truck"
            kind = "PER" if ent.label_ == "PERSON" else "ORG"
            # Drop a leading determiner from the mention, as the dictionary names have none.
            start = ent.start + 1 if ent[0].lower_ in ("the", "a", "an") else ent.start
            if start >= ent.end:
                continue
            body = self._state_body(doc[start:ent.end]) if kind == "ORG" else None
            if body is not None:
                known.append(body)
                continue
            first = name_start(doc, start, ent.end, self._title_words) if kind == "PER" else start
            known.append(
                Span(doc, start, ent.end, label="ACTOR",
                     span_id=f"PRV.{kind}.{normalise_key(doc[first:ent.end].text)}")
            )
            if kind == "PER":
                people.append(known[-1])
        known = sorted(filter_spans(known), key=lambda s: s.start)
        doc.spans[self.spans_key] = known
        if self.overwrite_ents:
            self._correct_ents(doc, known)
        return doc

    def _correct_ents(self, doc: Doc, actors: list[Span]) -> None:
        relabelled = []
        for span in actors:
            actor = self.dictionary.get(span.id_)
            if actor is not None:
                label = "NORP" if actor.sector else _ENT_LABELS.get(actor.kind, "ORG")
            else:
                label = "PERSON" if span.id_.startswith("PRV.PER.") else "ORG"
            relabelled.append(Span(doc, span.start, span.end, label=label, span_id=span.id_))
        taken = {i for s in relabelled for i in range(s.start, s.end)}
        rest = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.set_ents(sorted(relabelled + rest, key=lambda s: s.start))


def _name_word(token: Any) -> bool:
    """A capitalised word that may begin or carry a name: not a stop word or a title."""
    return (token.is_alpha and (token.is_title or token.is_upper) and not token.is_stop
            and token.lower_ not in NAME_TITLES and token.lower_ not in HONORIFICS)


@lru_cache(maxsize=1)
def shared_name_words() -> frozenset[str]:
    """``shared_name_words`` of ``data/context_names.yaml``."""
    return frozenset((packaged_once("context_names.yaml") or {}).get("shared_name_words") or ())


def _named_before(ent: Span, people: list[Span]) -> str | None:
    """The id of a person named in full before ``ent`` whose name ends with ``ent``'s words
    ("Faye" after "Bassirou Diomaye Faye", "MARTINEZ ROMERO" after "EDUARDO MARTINEZ
    ROMERO"), when one person alone fits; else ``None``."""
    words = [t.lower_ for t in ent if t.is_alpha]
    if not words:
        return None
    found = {p.id_ for p in people if p.end <= ent.start and len(p) > len(words) and [
        t.lower_ for t in p if t.is_alpha][-len(words):] == words}
    return found.pop() if len(found) == 1 else None


def _titled_name(doc: Doc, ent: Span) -> bool:
    """A person's name of two words or more right after a title ("FOREIGN MINISTER CHARLES
    CARTER"): a name even where it lost its capitals, as name words that are also common
    English words do when a text in capitals gets its case back ("charles carter")."""
    return (ent.label_ == "PERSON" and len(ent) >= 2 and ent.start > 0
            and doc[ent.start - 1].lower_ in NAME_TITLES
            and all(t.is_alpha and not t.is_stop for t in ent))


@Language.factory(
    "actorgraph_actors",
    default_config={"actors": [], "spans_key": "actors", "overwrite_ents": True},
    assigns=["doc.spans", "doc.ents"],
)
def make_actor_ruler(
    nlp: Language, name: str, actors: list[str], spans_key: str, overwrite_ents: bool
) -> ActorRuler:
    """Factory: ``nlp.add_pipe("actorgraph_actors", config={"actors": ["my.yaml"]})``."""
    return ActorRuler(nlp, name, load_dictionary(tuple(actors)), spans_key, overwrite_ents)


@lru_cache(maxsize=1)
def informal_settings() -> tuple[float, frozenset[str]]:
    """``data/informal.yaml``: the share of capitalised words under which a post counts as
    lower case, and the all-caps aliases that are ordinary words in lower case ("us")."""
    informal = packaged("informal.yaml")
    ordinary = frozenset(w.casefold() for w in informal["ordinary_words"])
    return float(informal["max_capitalised_share"]), ordinary
