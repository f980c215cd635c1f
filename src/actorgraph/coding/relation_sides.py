"""Who each side of a relation is.

The actor a relation's word points at: a name the recogniser found or cut short, a
person named by rank in capitals, an organisation or unit named by its words, a pronoun or
"the group" for an actor named before, and the actors named through a relation ("Iran-backed
militias": a generic militia whose sponsor is Iran) that :meth:`RelationSides.mark` adds
before the coder runs.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import ActorDictionary, normalise_key
from ..models import Actor
from ..nlp.names import NAME_TITLES, name_before
from ..nlp.relation_model import RelationModel, load_relation_model
from .coder import EventCoder
from .not_actors import ORGANISATION_WORDS
from .reading import Argument, CodingContext
from .relation_cues import (
    _APPOSITION_CLOSERS,
    _COPULAS,
    _FIRST_PLURAL,
    _FORCE_WORDS,
    _HYPHENS,
    _INSTITUTION_NOUNS,
    _MEMBER_WORDS,
    _NOT_BODIES,
    _NOT_SIDE_ENTITIES,
    _NOUN_NAMES,
    _PARTNER_NOUNS,
    _PLACE_PREPS,
    _PRONOUN_SIDES,
    _RANK_ABBREVIATIONS,
    _RANK_WORDS,
    _RANKS,
    _SERVICE_WORDS,
    _UNIT_WORDS,
    RelationCues,
    _acronym,
    _called,
    _in_report_phrase,
    load_relation_cues,
)


class RelationSides:
    """Reads the actor on each side of a relation (see the module docstring)."""

    def __init__(self, dictionary: ActorDictionary, coder: EventCoder,
                 cues: RelationCues | None = None) -> None:
        self.dictionary = dictionary
        self.coder = coder
        self.reader = coder.reader  # the argument reader: actor look-ups, frames, dates
        # What one find() call works on (the post's context, the generic actors it made):
        # per thread, as one DocumentCoder serves several threads at once.
        self._call = threading.local()
        self.cues = cues or load_relation_cues()
        #: Generic actors named through a relation, by id ("Iran-backed militias").
        self.generic: dict[str, Actor] = {}
        #: The trained fallback for pairs of mentions no rule relates (None: rules alone).
        self.model: RelationModel | None = load_relation_model()
        self._cue_types = self.cues.cue_types()
        #: Words never part of a person's name: titles, ranks, organisation nouns.
        self._not_name = frozenset(self.cues.nouns) | _RANK_WORDS | (
            ORGANISATION_WORDS) | _UNIT_WORDS | _SERVICE_WORDS
        #: While training (scripts/train_relation_model.py): every pair the model may see.
        self.recorder: list[dict[str, Any]] | None = None

    @property
    def _cx(self) -> CodingContext:
        """The context of the post this thread's :meth:`find` call is reading."""
        cx: CodingContext = self._call.cx
        return cx

    @property
    def _made(self) -> list[tuple[Token, Span]]:
        made: list[tuple[Token, Span]] = self._call.made
        return made

    # -- actors named through a relation ---------------------------------------------------

    def actor(self, actor_id: str) -> Actor | None:
        return self.generic.get(actor_id) or self.dictionary.get(actor_id)

    def _kind(self, span: Span | None) -> str | None:
        if span is None:
            return None
        actor = self.actor(span.id_)
        if actor is not None:
            return actor.kind
        if span.id_.startswith("PRV.") and span[-1].lower_ in _UNIT_WORDS and (
                span[-1].text[:1].isupper()):
            return "organisation"  # "Abel Battery", whatever the tagger took it for
        if span.id_.startswith("PRV.PER.") or (
                span.id_.startswith("PRV.ORG.") and span[-1].ent_type_ == "PERSON"):
            return "person"  # (a name the ruler took for a group: "GONZALO RODRIGUEZ GACHA")
        return "organisation"

    def _is_sector(self, span: Span) -> bool:
        actor = self.dictionary.get(span.id_)
        return actor is not None and actor.sector is not None

    def mark(self, doc: Doc) -> list[Span]:
        """Add the generic actors named through a relation to ``doc.spans["actors"]``.

        "Iran-backed militias attacked ..." gets a mention ``GEN.MILITIA.IRN_BACKED``
        over "Iran-backed militias", so the event's source is the militias, not Iran.
        The name ("Iran") keeps its own mention. Returns the spans added.
        """
        if not doc.has_annotation("DEP"):
            return []
        spans = list(doc.spans.get("actors", []))
        by_token = {i: s for s in spans for i in range(s.start, s.end)}
        added: list[Span] = []
        for token in doc:
            found = self._backed_phrase(token, by_token)
            if found is None:
                continue
            name, head, word, start = found
            if head.i in by_token and not self._is_sector(by_token[head.i]):
                continue  # "Iran-backed Hezbollah": a named actor, the relation is enough
            if self._named_holder(head, by_token) is not None:
                continue  # "Kataib Hezbollah, an Iran-backed militia"
            generic = self.cues.generic.get(head.lower_)
            if generic is None:
                continue
            country = self._country(doc, start, head, by_token)
            actor = self._generic_actor(name.id_, word, generic, country)
            span = Span(doc, start, head.i + 1, label="ACTOR", span_id=actor.id)
            added.append(span)
        if added:
            taken = {i for s in added for i in range(s.start, s.end)}
            # Sector actors inside the phrase ("Iraqi militias") give way to it.
            kept = [s for s in spans if not (self._is_sector(s) and taken & set(range(s.start,
                                                                                    s.end)))]
            doc.spans["actors"] = sorted([*added, *kept], key=lambda s: (s.start, s.start - s.end))
        return added

    def _alias(self, text: str) -> str | None:
        if not hasattr(self, "_aliases"):
            aliases: dict[str, str] = {}  # built whole, then published: threads share it
            for alias in self.dictionary.aliases():
                aliases.setdefault(alias.text.casefold(), alias.actor)
            self._aliases = aliases
        return self._aliases.get(text.casefold())

    def _may_be_hyphenated(self, word: str) -> bool:
        """Whether a word (in lower case) can open :meth:`_hyphenated` or the compound rule:
        a cue word, "pro", or a word with a hyphen; tested before either runs (most words
        are none of these)."""
        return word in self.cues.compounds or word == "pro" or "-" in word

    def _hyphenated(self, token: Token, by_token: dict[int, Span]) -> tuple[Span, str] | None:
        """The name and cue word of "Iran-backed" (three tokens) or "U.S.-led" (one)."""
        doc = token.doc
        word = token.lower_
        if not self._may_be_hyphenated(word):
            return None
        if word == "pro" and token.i + 2 < len(doc) and doc[token.i + 1].text in _HYPHENS and (
                "aligned" in self.cues.compounds):
            # "pro-Iranian groups": groups aligned with Iran
            name = by_token.get(token.i + 2)
            return (name, "aligned") if name is not None and name.start == token.i + 2 else None
        if word in self.cues.compounds and token.i >= 2 and doc[token.i - 1].text in _HYPHENS:
            name = by_token.get(token.i - 2)
            return (name, word) if name is not None else None
        if word.startswith("pro-") and "aligned" in self.cues.compounds and (
                actor_id := self._alias(token.text[4:])) is not None:
            return Span(doc, token.i, token.i + 1, label="ACTOR", span_id=actor_id), "aligned"
        prefix, dash, word = token.text.rpartition("-")
        if dash and prefix and word.lower() in self.cues.compounds:
            actor_id = self._alias(prefix)
            if actor_id is not None:
                return Span(doc, token.i, token.i + 1, label="ACTOR", span_id=actor_id), \
                    word.lower()
        return None

    def _backed_phrase(
        self, token: Token, by_token: dict[int, Span]
    ) -> tuple[Span, Token, str, int] | None:
        """(name, head noun, cue word, phrase start) for "Iran-backed militias" and
        "militias backed by Iran"."""
        word = token.lower_
        hyphenated = self._hyphenated(token, by_token)
        if hyphenated is not None:
            name, word = hyphenated
            head = self._modified_noun(token)
            if head is not None:
                return name, head, word, min(name.start, token.i)
        if (word in self.cues.adjectives and self.cues.adjectives[word][2]
                and token.dep_ == "acl" and token.tag_ == "VBN"):
            head = token.head
            for agent in token.children:
                if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                    for pobj in agent.children:
                        agent_name = by_token.get(pobj.i)
                        if pobj.dep_ == "pobj" and agent_name is not None and head.i < token.i:
                            left = min([head.i, *(c.left_edge.i for c in head.lefts
                                                  if c.dep_ in ("amod", "compound"))])
                            return agent_name, head, word, left
        return None

    def _modified_noun(self, cue: Token) -> Token | None:
        """The noun "backed" modifies in "Iran-backed militias", read past parse errors."""
        if cue.head.i > cue.i and cue.head.pos_ in ("NOUN", "PROPN"):
            return cue.head
        doc = cue.doc
        for i in range(cue.i + 1, min(cue.i + 5, len(doc))):
            t = doc[i]
            if t.pos_ in ("NOUN", "PROPN"):
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                if nxt is None or nxt.pos_ not in ("NOUN", "PROPN"):
                    return t
            elif t.pos_ not in ("ADJ", "PUNCT", "VERB") or t.text in (",", ";"):
                return None
        return None

    def _named_holder(self, noun: Token, by_token: dict[int, Span]) -> Span | None:
        """The named actor a descriptive noun stands for: "X, a militia", "X is a militia"."""
        if noun.dep_ == "appos" and noun.head.i in by_token:
            return by_token[noun.head.i]
        for child in noun.children:
            if child.dep_ == "appos" and child.i in by_token:
                return by_token[child.i]
        if noun.dep_ in ("attr",) and noun.head.lemma_.lower() in _COPULAS:
            for child in noun.head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i in by_token:
                    return by_token[child.i]
        return None

    def _country(self, doc: Doc, start: int, head: Token, by_token: dict[int, Span]) -> str | None:
        """Where the sentence puts a generic group: a country word inside the phrase
        ("Iran-backed Iraqi militias"), "in X" on the noun, else the one place the
        sentence names with "in"."""
        for i in range(start + 1, head.i + 1):
            span = by_token.get(i)
            actor = self.dictionary.get(span.id_) if span is not None else None
            if actor is not None and actor.country and (actor.sector or i > start + 2):
                return actor.country
        places: set[str] = set()
        for t in head.sent:
            if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS and t.i in by_token:
                actor = self.dictionary.get(by_token[t.i].id_)
                if actor is not None and actor.kind == "state" and actor.country:
                    if t.head.head == head:
                        return actor.country
                    places.add(actor.country)
        return places.pop() if len(places) == 1 else None

    def _generic_actor(self, sponsor: str, word: str, generic: tuple[str, str],
                       country: str | None) -> Actor:
        code, kind = generic
        word = word.upper()
        actor_id = f"GEN.{code}.{normalise_key(sponsor)}_{normalise_key(word)}"
        if country:
            actor_id += f".{country}"
        found = self.generic.get(actor_id)
        if found is not None:
            return found
        owner = self.dictionary.get(sponsor)
        name = f"{owner.name if owner else sponsor}-{word.lower()} {_NOUN_NAMES.get(code, 'group')}"
        place = self.dictionary.get(country) if country else None
        if place is not None:
            name += f" in {place.name}"
        actor = Actor(id=actor_id, name=name, kind=kind, country=country)
        self.generic[actor_id] = actor
        return actor

    def _arg(self, token: Token) -> Argument | None:
        """``token`` as an actor argument: the actor it names or refers to, never one it
        only mentions ("Saddam's proposal" is not Saddam)."""
        if token.dep_ == "poss" and token.lower_ in ("its", "their") and (
            token.head.dep_ in ("dobj", "obj") and token.head.head.pos_ == "VERB"
        ):
            # "X ... strengthened its loyal array": the owner is the verb's own subject.
            subjects = self._direct(self.reader.subjects(self._cx, token.head.head))
            if subjects and self._kind(subjects[0].span) != "person":
                return Argument(token, subjects[0].span, via_reference=True)
        if token.lower_ in _FIRST_PLURAL:
            return self._speaker_organisation(token)
        if token.dep_ == "poss" and token.lower_ in ("its", "their") and (
                token.head.dep_ == "conj" and token.head.head.i < token.i):
            # "the regime and its backers": the noun it follows
            first = self._arg(token.head.head)
            if first is not None:
                return Argument(token, first.span, via_reference=True)
        if token.lower_ == "who" and token.tag_ == "WP" and token.dep_ in (
                "nsubj", "nsubjpass") and token.head.dep_ == "relcl":
            # "DM-1 TROOPS, WHO WERE SUPPORTED BY X": the reader's person, else the group
            # the clause hangs on
            arg = self.reader.actor_arg(self._cx, token, deep=False)
            if arg.span is not None:
                return arg
            group = token.head.head
            if group.pos_ == "PROPN" and group.i not in self._cx.by_token and (
                    found := self._arg(group)) is not None and found.span is not None:
                # "Colonel Aye Min, who commands X": a name only the relation rules read
                # (after a rank, in capitals), as they read it without the clause
                return Argument(token, found.span, via_reference=True)
            if group.pos_ != "NOUN" or group.i in self._cx.by_token:
                return None
            found = self._arg(group)
            return Argument(token, found.span, via_reference=True) if found is not None and (
                found.span is not None) else None
        if token.lower_ in ("which", "that") and token.tag_ == "WDT":
            # "X, leader of the movement, which is a member of Y": the movement, not X;
            # "REPRESSIVE FORCES THAT HAVE BEEN TRAINED BY X": the forces
            arg = self.reader.actor_arg(self._cx, token, deep=False)
            if arg.span is not None and self._kind(arg.span) != "person":
                return arg
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            head = clause.head if clause is not None else None  # ("to which X belongs")
            if head is None:
                return None
            if self._kind(self._cx.by_token.get(head.i)) != "person" and (
                    found := self._arg(head)) is not None:
                return found
            if head.dep_ == "appos" and head.pos_ == "NOUN" and self._group_word(head.lower_) and (
                    named := self._arg(head.head)) is not None and named.span is not None and (
                    self._kind(named.span) not in _NOT_BODIES):
                # "THE ELN, A GUERRILLA GROUP THAT IS LED BY X": the group the noun describes
                return Argument(token, named.span, via_reference=True)
            # the clause hung on a person (or on no actor): the name just before "which"
            left = token.i - 1
            while left > head.i and token.doc[left].is_punct:
                left -= 1
            if left - 2 > head.i and token.doc[left - 1].text == "(":
                left -= 2  # "the ... movement (MPSC), which": the movement
                while left > head.i and token.doc[left].is_space:
                    left -= 1
            if left <= head.i or self._kind(self._cx.by_token.get(left)) == "person":
                return None
            return self._arg(token.doc[left])
        if token.pos_ == "NOUN" and token.i not in self._cx.by_token and (
                called := _called(token)) is not None:
            # "a group called Chile's Independence Movement", "a militia known as X": the name
            found = self._arg(called)
            if found is not None and self._kind(found.span) not in _NOT_BODIES:
                return found
            if called.i not in self._cx.by_token or (found is not None and found.span is not None
                                                     and found.span.id_.startswith("PRV.PER.")):
                # ("A FRONT GROUP CALLED X" with X read as a person: a group all the same)
                start, end = self._name_extent(called)
                return self._provisional(called, start, end)
        bracketed = [c for c in token.rights if c.dep_ == "appos" and c.i in self._cx.by_token
                     and token.doc[c.i - 1].text == "(" and self._kind(
                         self._cx.by_token[c.i]) not in ("person", "state", "location")]
        if bracketed and token.pos_ in ("NOUN", "PROPN") and token.i not in self._cx.by_token:
            # "the ruling American Popular Revolutionary Alliance (APRA)": the name in brackets
            return Argument(token, self._cx.by_token[bracketed[0].i])
        for head, made in self._made:
            if head.i == token.i:  # "Kadyrov's fighters", made by an earlier relation
                return Argument(token, made)
        if (token.pos_ == "PROPN" and token.lower_ in self.cues.unnamed_groups
                and token.i not in self._cx.by_token):
            # "the Syrian Arab Coalition" is a group of its own, not the Syrian Arabs
            return self._unnamed(token)
        arg = self.reader.actor_arg(self._cx, token, deep=False)
        span = arg.span
        if span is not None and span.text.startswith(("Operation ", "operation ")):
            return None  # "Operation Inherent Resolve" is a campaign, not an actor
        if token.pos_ == "PROPN" and token.i not in self._cx.by_token and (
                named := self._longer_name(token)) is not None:
            return named
        if span is None:
            return (self._same_as_before(token) or self._unnamed(token)
                    or self._person_in_capitals(token)
                    or self._ranked_name(token) or self._pronoun_side(token)
                    or self._person_read_as_place(token) or self._listed_person(token))
        if arg.via_reference or span.start <= token.i < span.end:
            return arg
        if token.lower_ in self.cues.generic and self._kind(span) != "state" and any(
            c.dep_ in ("compound", "amod", "nmod") and span.start <= c.i < span.end
            for c in token.children
        ):
            return Argument(token, span)  # "Syrian rebel factions", "PMF brigades"
        if token.lower_ in _INSTITUTION_NOUNS and any(
            c.dep_ == "poss" and span.start <= c.i < span.end for c in token.children
        ):
            return Argument(token, span)  # "Pakistan's intelligence agency"
        if token.lower_ in self.cues.state_agents and self._kind(span) not in (
                "person", "location", "civilian", None) and any(
            c.dep_ in ("compound", "amod", "nmod") and span.start <= c.i < span.end
            for c in token.children
        ):
            return Argument(token, span)  # "trained by Cuban instructors": Cuba trains
        return self._unnamed(token)

    def _same_as_before(self, token: Token) -> Argument | None:
        """"THE SALVADORAN ARMY, THE SAME ARMY WHICH HAS THE SUPPORT OF X": "the same" noun
        is the actor named earlier in the sentence by the same noun."""
        if token.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ == "same"
                                           for c in token.children):
            return None
        for prev in reversed(token.doc[token.sent.start:token.i]):
            if prev.lemma_.lower() == token.lemma_.lower() and (
                    span := self._cx.by_token.get(prev.i)) is not None:
                return Argument(token, span, via_reference=True)
        return None

    def _pronoun_side(self, token: Token) -> Argument | None:
        """A personal pronoun the reader found no one for ("HE WAS THE LEADER OF THE
        LIBERAL PARTY", "I WAS 4TH INFANTRY BRIGADE COMMANDER", "THEY ARE ASSASSINS OF THE
        ARMY"): a provisional person (a group for "they") of this post alone, so that the
        relation is kept without being merged with another text's "he"."""
        kind = _PRONOUN_SIDES.get(token.lower_)
        if kind is None or token.pos_ != "PRON":
            return None
        for head, made in self._made:
            if head.i == token.i:
                return Argument(token, made, via_reference=True)
        post = self._cx.post
        span = Span(token.doc, token.i, token.i + 1, label="ACTOR",
                    span_id=f"PRV.{kind}.{token.text.upper()}_UNRESOLVED_OF_"
                            f"{normalise_key(post.doc)}_{post.post}")
        self._made.append((token, span))
        return Argument(token, span, via_reference=True)

    def _person_in_capitals(self, token: Token) -> Argument | None:
        """A person's name in a text written in capitals whose last word the truecased
        parse took for a common noun ("COLONEL FRANCISCO ELENA FUENTES, COMMANDER OF", read
        "Francisco Elena fuentes"): the name words before it that the tagger took for a
        person, and the word itself."""
        doc = token.doc
        if not token.text.isupper() or not token.text.isalpha() or token.pos_ != "NOUN" or (
                token.i in self._cx.by_token):
            return None
        start = token.i
        while start > token.sent.start and doc[start - 1].ent_type_ == "PERSON" and (
                doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN") and doc[start - 1].text.isupper()
                and doc[start - 1].text.isalpha() and doc[start - 1].i not in self._cx.by_token):
            start -= 1
        if start == token.i or token.i - start > 3 or doc[start].head.i not in range(
                start, token.i + 1):
            return None
        return self._named_person(token, start, token.i + 1)

    def _ranked_name(self, token: Token, titled: bool = False) -> Argument | None:
        """A name the entity reader missed that a military rank opens ("COL JORGE ERNESTO
        FERRERO ECHEVERRI", "SERGEANT ANGEL VARGAS SAMARA"): the name words that end at
        ``token`` (read by :func:`~actorgraph.nlp.names.name_before`), right after a rank, as
        a provisional person. A rank says a person follows where the parse saw none; with
        ``titled``, a title does too ("JUSTICE MINISTER OSCAR X" in a list of people)."""
        if token.i in self._cx.by_token or token.ent_type_ in _NOT_SIDE_ENTITIES - {"GPE", "LOC"}:
            return None
        if token.pos_ == "NOUN":
            return self._ranked_surname(token)
        if token.pos_ != "PROPN":
            return None
        by_token = self._cx.by_token

        def taken(i: int) -> bool:  # (a person the ruler read over part of the name is no bar)
            return i in by_token and not by_token[i].id_.startswith("PRV.PER.")

        run = name_before(token, self._not_name, taken, single=True)
        if run is None:
            return None
        start, end = run
        doc = token.doc
        before = start - 1
        if before >= token.sent.start and doc[before].text == ".":
            before -= 1  # "COL. X"
        opener = doc[before].lower_.rstrip(".") if before >= token.sent.start else ""
        if before < token.sent.start or end - start < 2 or not (
                opener in _RANKS or opener in _RANK_ABBREVIATIONS
                or (titled and opener in self.cues.nouns)) or any(
                doc[j].ent_type_ in ("ORG", "NORP", "FAC") for j in range(start, end)):
            return None  # ("GENERAL MOTORS CORPORATION" is a firm)
        return self._named_person(doc[end - 1], start, end)

    def _ranked_surname(self, token: Token) -> Argument | None:
        """A surname alone right after a military rank that the tagger took for a common
        noun ("COL RIVERA WAS THE DIRECTOR OF ...", "CAPTAIN MENDEZ, COMMANDER OF ..."):
        a provisional person. Only a word in capitals that ends the phrase and is no cue or
        title word."""
        doc = token.doc

        def name_word(t: Token) -> bool:
            return t.is_upper and t.is_alpha and not (
                t.is_stop or t.lower_ in self._not_name or t.lower_ in NAME_TITLES
                or t.lemma_.lower() in self._not_name or t.lower_ in _RANKS)

        if not name_word(token):
            return None
        start = token.i
        while start - 1 > token.sent.start and token.i - start < 3 and name_word(
                doc[start - 1]) and doc[start - 1].pos_ in ("PROPN", "NOUN") and (
                start - 1 not in self._cx.by_token):
            start -= 1  # "COLONEL ALEJANDRO SANCHEZ, DEPUTY DIRECTOR OF": the given names
        before = start - 1
        if before >= token.sent.start and doc[before].text == ".":
            before -= 1  # "COL. X"
        if before < token.sent.start:
            return None
        opener = doc[before]
        if opener.lower_.rstrip(".") not in _RANK_WORDS or not opener.is_upper or (
                before > token.sent.start and doc[before - 1].lower_ in ("the", "a", "an")):
            return None  # ("THE GENERAL STAFF": a body)
        after = token.i + 1
        if after < token.sent.end and doc[after].is_alpha and doc[after].pos_ not in (
                "VERB", "AUX", "ADP", "CCONJ"):
            return None
        return self._named_person(token, start, token.i + 1)

    def _longer_name(self, token: Token) -> Argument | None:
        """A proper name that starts with a known organisation's and goes on ("Boeing
        Commercial Airplanes"): a provisional organisation of its own."""
        words = [c for c in token.lefts if c.dep_ == "compound"]
        if not words or any(c.pos_ != "PROPN" for c in words) or token.ent_type_ in (
                "PERSON", "GPE"):
            return None
        start = min(c.i for c in words)
        inside = {self._cx.by_token[i] for i in range(start, token.i)
                  if i in self._cx.by_token}
        if len(inside) != 1 or any(self._kind(s) in _NOT_BODIES
                                   or s.start != start for s in inside):
            return None
        return self._provisional(token, start, token.i)

    def _speaker_organisation(self, token: Token) -> Argument | None:
        """"We", "our": the organisation that speaks. The one the dictionary knows where the
        text makes it clear: the post's author is an organisation or state it knows, or the
        words are quoted from one ("we trained them," the ministry said), or from a person
        the sentence or the dictionary places in one. Else the speaking side is unnamed:
        a provisional organisation of this post only ("the side of General Smith", "the
        author of doc_1"), so a press release's "we support X" is kept, and never merged
        with another text's "we"."""
        if token.pos_ != "PRON" or token.text == "US":
            return None  # "US" is the United States
        frame = self.reader.frame(self._cx, token.head, token.sent)
        speaker = frame.asserted_by
        actor_id = None
        side = None
        if speaker is not None and speaker.span is not None:
            kind = self._kind(speaker.span)
            if kind not in ("person", "civilian", None):
                actor_id = speaker.actor
            else:
                side = speaker.span.text
                if kind == "person":  # the body the sentence or the dictionary gives them
                    actor_id = self.reader._speaks_for(self._cx, speaker, speaker.span)
        elif self._call.author:
            actor_id = self._alias(self._call.author)
            side = self._call.author
        actor = self.actor(actor_id) if actor_id else None
        if actor is not None and actor.kind not in ("person", "civilian"):
            span = Span(token.doc, token.i, token.i + 1, label="ACTOR", span_id=actor.id)
            return Argument(token, span, via_reference=True)
        for head, made in self._made:
            if head.i == token.i:
                return Argument(token, made, via_reference=True)
        post = self._cx.post
        key = f"{normalise_key(side)}_SIDE" if side else "AUTHOR"
        span = Span(token.doc, token.i, token.i + 1, label="ACTOR",
                    span_id=f"PRV.ORG.{key}_OF_{normalise_key(post.doc)}_{post.post}")
        self._made.append((token, span))
        return Argument(token, span, via_reference=True)

    def _unnamed(self, token: Token) -> Argument | None:
        """A group the dictionary does not know, named only where a relation names it:
        "the international coalition", "the axis of resistance", "CTF 50". A provisional
        organisation over the noun, its adjectives, compounds and numbers, and an "of"
        phrase that names no actor."""
        by_token = self._cx.by_token
        if token.i in by_token or token.dep_ == "compound":
            return None
        if token.dep_ == "poss":
            # "The group's founder": a group of this post (only if nothing else names it)
            if (token.lower_ in self.cues.generic or token.lower_ in self.cues.group_nouns) and (
                    token.tag_ == "NN") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                return self._local_group(token)
            return None
        if token.pos_ == "NOUN" and self._named_holder(token, by_token) is None and (
                token.lower_ in _PARTNER_NOUNS or (
                    not any(c.dep_ == "poss" for c in token.children)
                    and token.lower_ not in self.cues.unnamed_groups  # (their own rule below)
                    and (token.lower_ in self.cues.group_nouns
                         or (token.lower_ in self.cues.generic and (token.tag_ == "NNS" or any(
                             c.dep_ == "det" and c.lower_ == "the" for c in token.children))))
                    )):  # ("now leads the party": a party of this post, unless named)
            # "The regime armed local tribes", "SUBVERSIVES, FINANCED BY CUBA"
            return self._local_group(token)
        if self._organisation_name(token):
            # "the 105th Infantry Brigade", "the Ayacucho development corporation"
            return self._provisional(token, *self._name_extent(token))
        if any(c.dep_ == "poss" for c in token.children):
            return None
        acronym = (token.pos_ == "PROPN" and token.text.isupper() and len(token.text) >= 2
                   and token.text.isalpha() and (token.ent_type_ not in ("GPE", "PERSON", "NORP")
                                                 or _the_acronym(token)))
        if token.lower_ in _MEMBER_WORDS or token.lower_ in _FORCE_WORDS:
            # "Coalition nations ... include X": the members stand for the coalition
            groups = [c for c in token.lefts if c.dep_ in ("compound", "nmod") and (
                          c.i == token.i - 1 or all(token.doc[j].pos_ == "ADJ"
                                                    for j in range(c.i + 1, token.i)))
                      and c.lower_ in self.cues.unnamed_groups and c.i not in by_token]
            return self._provisional(groups[0], groups[0].i, groups[0].i) if groups else None
        if self._command_area(token):
            # "CHIEF OF THE HUALLAGA MILITARY ZONE": a command, named with its modifiers
            return self._provisional(token, *self._name_extent(token))
        if token.lower_ not in self.cues.unnamed_groups and not acronym:
            return self._org_entity(token)  # "a spokesman for Force Ouvrière"
        if self._named_holder(token, by_token) is not None:
            return None  # "X is a coalition of rebel groups": the coalition is X
        start = end = token.i
        for child in sorted(token.lefts, key=lambda c: -c.i):
            proper = token.pos_ == "PROPN" and child.pos_ == "PROPN" and child.dep_ == "compound"
            if child.dep_ not in ("amod", "compound", "nummod") or child.i != start - 1 or any(
                    (d.i in by_token and not proper) or d.dep_ == "punct" for d in child.subtree):
                break
            start = child.i
        for child in token.rights:
            if child.dep_ == "nummod" and child.i == end + 1:
                end = child.i  # "CTF 50"
            elif child.dep_ == "prep" and child.lower_ == "of" and child.i == end + 1:
                objs = [p for p in child.children if p.dep_ == "pobj"]
                if objs and objs[0].pos_ == "NOUN" and not any(
                        d.i in by_token for d in objs[0].subtree):
                    end = objs[0].right_edge.i  # "the axis of resistance"
        return self._provisional(token, start, end)

    def named_beside(self, arg: Argument) -> Argument:
        """A side the rules made over a description ("its armed wing", "armed civilian
        groups", "the largest Serb party") as the name set beside it between commas ("X,
        armed groups loyal to Y, rode"; "its armed wing, the X Forces, is based"): the
        description says what X is. ``arg`` itself where no name stands beside it."""
        span = arg.span
        if span is None:
            return arg
        noun = span.root
        said_of = arg.token.head.head if arg.token.tag_ == "WP" else arg.token
        if said_of.i == noun.i and noun.dep_ == "attr" and noun.pos_ == "NOUN" and any(
                c.dep_ == "relcl" for c in noun.children) and (
                holder := self._named_holder(noun, self._cx.by_token)) is not None:
            # "X is a Kurdish politician who chaired Y": X, whom the noun describes
            return Argument(noun.doc[holder.end - 1], holder)
        if not span.id_.startswith("PRV.ORG.") or not any(made is span for _, made in self._made):
            return arg
        if noun.pos_ != "NOUN" or noun.text[:1].isupper():
            return arg
        named = self._name_before_description(noun) or self._name_after_description(noun)
        return Argument(noun.doc[named.end - 1], named) if named is not None else arg

    def _name_before_description(self, noun: Token) -> Span | None:
        """"X, armed groups loyal to Y": X, a group's name that ends just before the comma
        opening the description (not one of a list, nor a fronted phrase's "Unlike X,")."""
        doc, sent = noun.doc, noun.sent
        first, last = noun.left_edge.i, noun.right_edge.i
        if noun.dep_ == "conj" or first - 2 < sent.start or doc[first - 1].text != "," or (
                last + 1 < sent.end and doc[last + 1].lower_ in ("and", "or")):
            return None
        named = self._group_name_at(doc[first - 2], before=True)
        if named is None or (named.start > sent.start and doc[named.start - 1].text == ","):
            return None
        opening = [t for t in doc[sent.start:named.start] if t.pos_ != "DET"]
        if _in_report_phrase(doc[named.start]) or (
                opening and all(t.pos_ in ("ADP", "ADV", "SCONJ") for t in opening)):
            return None  # ("According to X, ...", "Unlike X, ...": the clause's subject)
        return named

    def _name_after_description(self, noun: Token) -> Span | None:
        """"its armed wing, the X Forces, is based": the group's name after the comma that
        ends the description, closed by a comma or the sentence's end."""
        doc, sent = noun.doc, noun.sent
        last = noun.right_edge.i
        at = last + 2
        if at >= sent.end or doc[last + 1].text != ",":
            return None
        if doc[at].lower_ == "the" and at + 1 < sent.end:
            at += 1
        named = self._group_name_at(doc[at], before=False)
        if named is None or (named.end < sent.end and (
                doc[named.end].text not in _APPOSITION_CLOSERS)):
            return None
        return named

    def _group_name_at(self, token: Token, before: bool) -> Span | None:
        """The name of a group that ends (``before``) or starts at ``token``: an actor
        mention that is no person, state or place, else a run of capitalised proper nouns
        no mention covers (a provisional group)."""
        by_token = self._cx.by_token
        span = by_token.get(token.i)
        if span is not None:
            edge = span.end - 1 if before else span.start
            ok = edge == token.i or (not before and span.start == token.i - 1 and (
                token.doc[span.start].lower_ == "the"))
            return span if ok and self._kind(span) not in _NOT_BODIES else None
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        doc, sent = token.doc, token.sent
        start = end = token.i
        step = -1 if before else 1
        while sent.start <= (nxt := (start if before else end) + step) < sent.end and (
                doc[nxt].pos_ == "PROPN" or doc[nxt].tag_ == "POS") and (
                doc[nxt].text[:1].isupper() or doc[nxt].tag_ == "POS") and nxt not in by_token:
            if before:
                start = nxt
            else:
                end = nxt
        if doc[start].tag_ == "POS" or doc[end].tag_ == "POS":
            return None
        return self._provisional(doc[end], start, end).span

    def _command_area(self, token: Token) -> bool:
        """Whether ``token`` is an area noun that names a command or a court: "zone" with
        "military" or "judicial" among the words just before it ("THE HUALLAGA MILITARY
        ZONE", "JUDICIAL ZONE"; ``command_areas``, ``command_qualifiers``)."""
        if token.lower_ not in self.cues.command_areas or token.pos_ not in ("NOUN", "PROPN"):
            return False
        return any(c.dep_ in ("amod", "compound", "nmod") and c.i < token.i
                   and c.lower_ in self.cues.command_qualifiers for c in token.lefts)

    def _part(self, token: Token) -> Argument | None:
        """A part noun with the modifiers just before it ("military wing", "Arab element")
        as a provisional group; ``None`` when nothing modifies it."""
        start, doc = token.i, token.doc
        for c in sorted(token.lefts, key=lambda c: -c.i):
            if c.is_quote:
                continue  # 'the FPMR's "autonomous" sector'
            if any(not t.is_quote for t in doc[c.i + 1:start]) or c.dep_ not in (
                    "amod", "compound", "nmod") or (
                    c.i in self._cx.by_token and self._kind(self._cx.by_token[c.i]) != "state"):
                break
            start = c.i
        return self._provisional(token, start, token.i) if start < token.i else None

    def _group_word(self, word: str) -> bool:
        """A common noun that names a group: "rebel", "contra", "opposition", "army"."""
        return (word in self.cues.generic or word in self.cues.movement_words
                or word in self.cues.unnamed_groups or self._organisation_word(word))

    def _organisation_word(self, word: str) -> bool:
        return word in ORGANISATION_WORDS or word in self.cues.organisation_nouns

    def _organisation_name(self, token: Token) -> bool:
        """Whether ``token`` heads the name of an organisation written in common words: an
        organisation's noun ("brigade", "corporation", "community") with "the" or "a" and
        a word of its own before it ("the 105th infantry brigade", "the social christian
        people's movement"), or an "of" phrase after it ("a commission of notables")."""
        if not (token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and token.dep_ == "pobj")
                ) or (token.tag_ == "NNS" and not token.text.isupper()) or not (
                self._organisation_word(token.lower_)):
            return False
        if not self._unit_name(token) and not any(
                c.dep_ == "det" and c.lower_ in ("the", "a", "an")
                for t in (token, *(p for p in token.children if p.dep_ in ("poss", "compound")))
                for c in t.children):
            return False  # ("the social christian people's movement": "the" on "people";
            # "THE ... PUBLIC EMPLOYEES\nASSOCIATION": on the compound before a line break)
        if self._named_holder(token, self._cx.by_token) is not None:
            return False  # "X is a movement": the movement is X
        start, end = self._name_extent(token)
        return start < token.i or end > token.i

    def _unit_name(self, token: Token) -> bool:
        """Whether ``token`` heads a military unit's proper name: "2nd Battalion", "Abel
        Battery", "5th Special Forces Group", "Explosive Ordnance Disposal Mobile Unit Two"."""
        if token.pos_ != "PROPN" or token.lower_ not in _UNIT_WORDS or not token.text[:1].isupper():
            return False
        return any(c.dep_ in ("compound", "nummod", "amod", "nmod") and (
            c.pos_ in ("PROPN", "NUM") or c.tag_ == "JJ" and c.text[:1].isdigit())
            for c in token.children)

    def _name_extent(self, token: Token) -> tuple[int, int]:
        """The words of a name headed by ``token``: its modifiers just before it (a plain
        noun's possessive among them: "people's") and an "of" phrase naming no actor."""
        by_token = self._cx.by_token
        start = end = token.i
        for c in sorted(token.lefts, key=lambda c: -c.i):
            if c.dep_ == "case":
                continue
            if c.right_edge.i < start - 2 or c.dep_ not in ("amod", "compound", "nmod", "nummod",
                                                             "poss") or (
                    c.dep_ == "poss" and c.pos_ != "NOUN") or any(
                    d.i in by_token and self._kind(by_token[d.i]) != "state" for d in c.subtree):
                break
            start = c.left_edge.i
        for c in token.rights:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == end + 1:
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if objs and objs[0].pos_ == "NOUN" and not any(
                        d.i in by_token for d in objs[0].subtree):
                    end = objs[0].i
            elif c.dep_ == "nummod" and c.i == end + 1:
                end = c.i  # "Mobile Unit Two"
        return start, end

    def _local_group_at(self, token: Token) -> Argument:
        """``token`` alone as a group of this post ("Kurdish" in "Kurdish-led")."""
        post = self._cx.post
        return self._provisional(token, token.i, token.i,
                                 local=f"{normalise_key(post.doc)}_{post.post}")

    def _local_group(self, token: Token) -> Argument:
        """A group named only by a common noun ("local tribes", "our Syrian partners",
        "gangs of criminals") as a provisional organisation of this post alone: another
        text's "the rebels" are other rebels. The noun with the modifiers just before it (a
        state's adjective among them) and an "of" phrase that names no actor."""
        by_token = self._cx.by_token
        start = end = token.i
        for c in sorted(token.lefts, key=lambda c: -c.i):
            if c.i != start - 1 or c.dep_ not in ("amod", "compound", "nmod") or any(
                    d.i in by_token and self._kind(by_token[d.i]) != "state" for d in c.subtree):
                break
            start = c.left_edge.i  # ("Kurdish-led militia": the whole modifier)
        for c in token.rights:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == end + 1:
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if objs and objs[0].pos_ == "NOUN" and not any(
                        d.i in by_token for d in objs[0].subtree):
                    end = objs[0].i  # "gangs of criminals"
        post = self._cx.post
        return self._provisional(token, start, end,
                                 local=f"{normalise_key(post.doc)}_{post.post}")

    def _org_entity(self, token: Token) -> Argument | None:
        """An organisation the parser names but the dictionary does not know ("General
        Motors", "Force Ouvrière"), as a provisional organisation over the whole name."""
        if token.ent_type_ != "ORG" or token.i in self._cx.by_token:
            return None
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end and not any(
                    j in self._cx.by_token for j in range(ent.start, ent.end)):
                start = ent.start + (ent[0].lower_ == "the")
                if start < ent.end and ent[-1].pos_ == "PROPN":
                    return self._provisional(ent[-1], start, ent.end - 1)
        return None

    def _provisional(self, token: Token, start: int, end: int, local: str = "") -> Argument:
        """A provisional organisation over tokens ``start`` to ``end``, made once; with
        ``local``, one of that post only."""
        key = normalise_key(token.doc[start:end + 1].text)
        return self._made_once(token, start, end + 1,
                               f"PRV.ORG.{key}_OF_{local}" if local else f"PRV.ORG.{key}")

    def _named_person(self, token: Token, start: int, end: int) -> Argument:
        """A provisional person over the words ``start`` to ``end`` (the end excluded), made
        once per post."""
        return self._made_once(token, start, end,
                               f"PRV.PER.{normalise_key(token.doc[start:end].text)}")

    def _made_once(self, token: Token, start: int, end: int, actor_id: str) -> Argument:
        """The actor this post's rules made over tokens ``start`` to ``end`` (the end
        excluded), else a new one, ``actor_id``, headed by ``token``."""
        for found_token, made in self._made:
            if made.start == start and made.end == end:
                return Argument(found_token, made)
        span = Span(token.doc, start, end, label="ACTOR", span_id=actor_id)
        self._made.append((token, span))
        return Argument(token, span)

    def _args(self, token: Token) -> list[Argument]:
        first = self._arg(token)
        others = [a for t in token.conjuncts if not _subject_read_as_conjunct(t)
                  and not _acronym_restating(t) and (a := self._arg(t)) is not None]
        return [first, *others] if first is not None else self._examples(token) + others

    def _direct(self, args: Iterable[Argument]) -> list[Argument]:
        """The arguments that name an actor (see :meth:`_arg`), not just mention one."""
        out = []
        for a in args:
            if a.token.lower_ == "which" and a.token.tag_ == "WDT":
                if (again := self._arg(a.token)) is not None:
                    out.append(again)
            elif a.span is not None and (a.via_reference or a.span.start <= a.token.i < a.span.end):
                out.append(a)
            elif (again := self._arg(a.token)) is not None:
                out.append(again)
            else:
                out += self._examples(a.token)
        return out

    def _examples(self, noun: Token) -> list[Argument]:
        """The actors a class noun names by example ("COUNTRIES LIKE BRAZIL AND CUBA SELL
        ARMS", "groups such as Hamas"): each example, for a noun that names none itself."""
        if noun.pos_ != "NOUN" or noun.tag_ not in ("NNS", "NNPS"):
            return []
        return [a for c in noun.children if c.dep_ == "prep" and (
                    c.lower_ == "like" or (c.lower_ == "as" and c.i > 0
                                           and noun.doc[c.i - 1].lower_ == "such"))
                for p in c.children if p.dep_ == "pobj" for a in self._args(p)]

    def _person_read_as_place(self, token: Token) -> Argument | None:
        """A person's name whose last word the tagger took for a place no place or actor
        bears: after a given name ("RICARDO ZAMORA, LEADER OF") or listed with people
        ("GONZALEZ, PEREZ AND RAMIREZ, ALL MEMBERS OF"); a provisional person."""
        by_token = self._cx.by_token
        if token.pos_ != "PROPN" or token.ent_type_ != "GPE" or token.i in by_token:
            return None
        run = name_before(token, self._not_name, lambda i: i in by_token, single=True)
        if run is None:
            return None
        name = token.doc[run[0]:run[1]].text
        if not self._unplaced(name):
            return None  # ("SAN SALVADOR")
        listed = token.dep_ == "conj" and any(
            self._kind(by_token.get(t.i)) == "person" for t in (token.head, *token.conjuncts))
        if run[1] - run[0] < 2 and not (listed and self._unplaced_name(token)):
            return None
        return self._named_person(token, *run)

    def _listed_person(self, token: Token) -> Argument | None:
        """A name listed with people whom the entity reader did read as persons, read itself
        as no one or as a group ("led by Sami, Omar and Tariq", "REBEL LEADERS DIMAS, OSCAR,
        AND GREEN"): its name words as a provisional person, where no place or actor of the
        dictionary bears them. A word with an article ("Omar and the army"), a plural ("POLICE
        SOURCES AND COLONEL X") or a verb is no name."""
        by_token = self._cx.by_token
        if token.i in by_token or not token.is_alpha or token.is_stop or len(token) < 2 or (
                token.pos_ not in ("PROPN", "NOUN") or token.tag_ in ("NNS", "NNPS")) or not (
                token.is_upper or (token.is_title and token.pos_ == "PROPN")) or (
                token.lower_ in self._not_name or token.lower_ in NAME_TITLES) or any(
                c.dep_ == "det" for c in token.children):
            return None
        if not any(self._kind(by_token.get(t.i)) == "person" for t in token.conjuncts):
            return None
        run = name_before(token, self._not_name, lambda i: i in by_token, single=True) or (
            token.i, token.i + 1)
        if not self._unplaced(token.doc[run[0]:run[1]].text):
            return None
        return self._named_person(token, *run)

    def _unplaced_name(self, token: Token) -> bool:
        """A name the tagger took for a place that no place or actor bears: a surname in
        capitals ("ALFONSIN'S ADMINISTRATION", "RICARDO ZAMORA")."""
        return token.i not in self._cx.by_token and self._unplaced(token.text)

    def _unplaced(self, name: str) -> bool:
        """Whether no place of the gazetteer and no actor of the dictionary bears ``name``."""
        return self.reader.gazetteer.resolve(name) is None and self._alias(name) is None


def _the_acronym(token: Token) -> bool:
    """An unknown acronym with "the" that the tagger read as a place ("SPOKESMAN OF THE
    MIR"): a place the dictionary does not know is seldom written so; a group is."""
    return token.ent_type_ == "GPE" and len(token.text) <= 5 and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _acronym_restating(token: Token) -> bool:
    """Whether a conjunct is an acronym after a comma that restates the one name before it,
    read as a second name of a list of two with no "and": "SUPPORTED BY THE CHRISTIAN
    DEMOCRATIC PARTY, PDC," (one party)."""
    head, doc = token.head, token.doc
    return token.dep_ == "conj" and _acronym(token) and token.i > 0 and (
        doc[token.i - 1].text == ",") and len(head.conjuncts) == 1 and not any(
        c.dep_ == "cc" for c in (*head.children, *token.children))


def _subject_read_as_conjunct(token: Token) -> bool:
    """Whether a conjunct name is the subject of the next clause that the parse hung on the
    object before it: "sold jets to Egypt and France delivered frigates", "France" read as
    Egypt's conjunct, "delivered" left with no subject."""
    doc = token.doc
    if token.dep_ != "conj" or token.i + 1 >= len(doc):
        return False
    verb = doc[token.i + 1]
    return verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and (
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))
