"""What every reader of the parse shares: the coding context's records and the token tests.

The records one post's coding passes around (:class:`CodingContext`, :class:`Argument`,
:class:`Frame`, :class:`PostContext`, ...) and the small tests of a token or clause the
proposer, the argument reader and the event builder all use ("is this verb an infinitive",
"the objects of this verb", "is this name a whole name").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..actors.dictionary import normalise_key
from ..actors.surnames import name_words
from ..datafiles import packaged_once
from ..models import Actor, Claim, Event, How, Modality
from ..nlp.names import HONORIFICS, NAME_TITLES, name_before, name_run
from ..nlp.proposals import TriggerProposal
from .dates import amount, day_first
from .lexicon import UNASSERTED_COMPLEMENTS
from .places import Gazetteer
from .prefilter import PAST_FORMS
from .speech import _BODY_POSSESSIVES, Speech

_CLAUSE_DEPS = frozenset({"conj", "ccomp", "advcl", "xcomp", "relcl", "acl", "parataxis", "csubj"})


# "had camped there since March", "which cut piracy after 2005": a time of its own
_DURATION_WORDS = frozenset({"since", "for", "until", "till", "after", "before"})


_FINITE_CLAUSE_DEPS = _CLAUSE_DEPS - {"xcomp"}  # "agreed to disarm" is one clause


_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


# Participles that make a thing an actor's: "ships linked to Israel".
_LINK_VERBS = frozenset({"link", "tie", "affiliate", "belong", "connect", "attach", "loyal"})


# Participles whose agent makes, owns or runs the thing they modify: "the measures adopted
# by the U.S.", "a farm owned by Escobar", "the decisions made by Menem" (not "held": the
# hostages held by Hamas are not Hamas).
_OWNER_VERBS = frozenset({"own", "make", "adopt", "take", "issue", "run", "operate", "build",
                          "impose", "announce", "use", "drive", "enact", "pass"})


# Verbs whose passive subject took part in the act their object names: "was involved in
# the murder of X", "were involved in the attack" (the subject does the act; "implicated"
# is an accusation of the subject, its target).
_PARTICIPATION_VERBS = frozenset({"involve", "involved"})  # (the parser's lemma of either)


# Prepositions whose object a "to"-clause acts on ("offered to negotiate with X").
_COMPLEMENT_PREPS = ("with", "to", "for", "against", "on")


# Dependents that negate their head when they are a negation word: "never", "no attack",
# "nor", "nobody attacked".
_NEGATOR_DEPS = frozenset({"advmod", "det", "preconj", "cc", "nsubj", "nsubjpass"})


# "a day after X", "two months before Y": units of such an offset, and the event nouns whose
# year dates what they cause ("the 2013 attack led X to threaten ...").
_OFFSET_UNITS = frozenset({"day", "week", "month", "year"})


# Nouns of a tie between two sides: their "with X" is the other side ("cut links with
# Qatar", "held talks with Hamas"), their "between X and Y" the two sides.
_TIE_NOUNS = frozenset({"tie", "ties", "relation", "relations", "relationship", "link", "links",
                        "contact", "contacts", "talk", "talks", "negotiation", "negotiations",
                        "dialogue", "cooperation", "partnership", "alliance", "agreement",
                        "deal", "accord", "pact", "treaty", "truce", "ceasefire", "meeting"})


# The code of ``sectors.yaml``'s ``struck`` things that are the state's own (a refinery).
_STATE = "STATE"


# Nouns of a place that name it with "of": "the town of Sake", "the city of Kharkiv" (a
# village is the civilians' thing, sectors.yaml's ``struck``).
_PLACE_NOUNS = frozenset({"town", "towns", "city", "cities", "port", "province", "region",
                          "district", "municipality"})


# Nouns of a country's divisions after their name ("ANTIOQUIA DEPARTMENT", "Borno state").
_DIVISION_NOUNS = frozenset({"department", "province", "intendancy", "governorate",
                             "prefecture", "oblast", "state", "region"})


# Words of direction before "of" and a place ("SOUTH OF SAN SALVADOR", "the outskirts of").
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                         "southeast", "southwest", "outskirts"})


# Pronouns of a body, not a person ("Somalia's army said it", "Nigeria's police said they").
_BODY_PRONOUNS = frozenset({"it", "its", "itself", "they", "them", "their", "themselves"})


# Sector nouns that name one person: "it" after "Iran's foreign minister said" is Iran.
_PERSON_TITLES = frozenset({"minister", "president", "leader", "premier", "chancellor", "king",
                            "emir", "spokesman", "spokeswoman", "spokesperson", "envoy",
                            "ambassador", "commander", "general", "chief", "governor", "mayor",
                            "official", "officer", "diplomat", "secretary", "head"})


# Participles that aim an act named by a noun at its target: "bombing directed against X",
# "attacks aimed at X", "strikes targeting X".
_AIM_VERBS = frozenset({"direct", "aim", "target"})


# Adjectives that say a group is of no one country: "the international community", "foreign
# fighters", "world leaders" take no country from the sentence or the post.
_NO_COUNTRY = frozenset({"international", "foreign", "world", "global", "multinational",
                         "western", "overseas", "african", "european", "asian", "caribbean",
                         "latin", "nordic", "baltic", "gulf"})


# The words that open a condition on a threatened act ("warned it would strike if X attacked").
_CONDITION_MARKS = frozenset({"if", "unless", "should"})


def condition_clauses(tokens: Iterable[Token],
                      marks: frozenset[str] = _CONDITION_MARKS) -> list[Token]:
    """The clauses among ``tokens`` that set a condition: an adverbial clause opened by
    one of ``marks`` ("if Baku pushed into Syunik", "unless the garrison surrenders")."""
    return [c for c in tokens if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in marks for m in c.children)]


# Verbs whose subject is given what their object names: "Kyiv received aid from the EU",
# "the group has received death threats from X", "came to get support from X".
_RECEIVE_VERBS = frozenset({"receive", "get", "obtain", "accept", "secure", "gain", "suffer",
                            "sustain"})


# Acts whose doer's word a bare rejection answers when no speaker told them ("X accused
# Y of P, a charge Y denies", "X called for talks, a call Y rejected").
_ANSWERED_TYPES = frozenset({"ACCUSE", "REQUEST"})


# Verbs whose subject does the act their object noun names: "the junta began enforcing
# conscription", "the UK has conducted 265 bombing raids", "the EU imposed sanctions",
# "unions made painful concessions" (not "condemned the attack": a reaction's subject is
# someone else).
_DOING_VERBS = frozenset({"conduct", "carry", "launch", "stage", "wage", "impose", "enforce",
                          "mount", "unleash", "perpetrate", "commit", "inflict", "intensify",
                          "step", "resume", "make", "give", "grant", "extend", "declare",
                          "announce", "order", "issue", "orchestrate", "execute"})


@dataclass(frozen=True, slots=True)
class PostContext:
    """Where a parsed post comes from; ``time`` is the post time or the publication date."""

    doc: str
    post: int = 1
    author: str | None = None
    time: str | None = None


@dataclass
class ThreadState:
    """What coding carries from one post of a document to the next: the last date,
    whether the thread writes numeric dates day first ("20/9"; ``None`` until it shows),
    and the country of a wire report's dateline (``home``), if it has one."""

    last_date: str | None = None
    day_first: bool | None = None
    home: str | None = None

    def see(self, text: str) -> None:
        """Learn the thread's numeric date order from ``text`` once it shows."""
        if self.day_first is None:
            self.day_first = day_first(text)


@dataclass(frozen=True, slots=True)
class Argument:
    """One argument of an event: the word that heads it, and the actor it names, if any.

    ``span`` is the actor mention (``None`` for an argument that is not an
    actor, such as "a ceasefire"); ``via_reference`` when a pronoun or "the
    group" led to it; ``inferred`` when a sector noun took its country from
    the sentence ("civilians" in a sentence about Mali is ``MLI.CIV``).
    """

    token: Token
    span: Span | None
    via_reference: bool = False
    inferred: bool = False
    learned: bool = False  # chosen by the role classifier, not by the rules

    @property
    def actor(self) -> str | None:
        return self.span.id_ if self.span is not None else None

    @property
    def text(self) -> str:
        if self.span is not None and not self.via_reference:
            return self.span.text
        if self.via_reference:
            return self.token.text
        return _phrase(self.token)

    @property
    def indirect(self) -> bool:
        return self.via_reference or self.inferred


@dataclass(frozen=True, slots=True)
class Arguments:
    """Who acts and on whom, as read for one trigger; ``nominal`` for an event noun."""

    sources: list[Argument]
    targets: list[Argument]
    nominal: bool = False


@dataclass
class Frame:
    """Modality and attribution of one predicate, read from the clauses above it."""

    modality: Modality = "asserted"
    negated: bool = False
    asserted_by: Argument | None = None
    denied_by: Argument | None = None
    # the speaker of a clause that only presupposes the event, with the token bounds of
    # the phrase that names it and of the clause said (Attribution.side_told)
    presupposed_by: Argument | None = None
    known_phrase: tuple[int, int] = (0, -1)
    said_clause: tuple[int, int] = (0, -1)


@dataclass
class PostEvents:
    """What coding one post gives: events, claims, and actor mentions the coder found
    itself (references and inferred sector actors) as (token, actor span, how)."""

    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    references: list[tuple[Token, Span, How]] = field(default_factory=list)


@dataclass
class CodingContext:
    """Everything about the post being coded: made per call, never kept by the coder."""

    doc: Doc
    post: PostContext
    thread: ThreadState
    mentions: list[Span]
    by_token: dict[int, Span]
    refs: dict[int, Span | None] = field(default_factory=dict)  # resolved references
    inferred: list[tuple[Token, Span, How]] = field(default_factory=list)
    out: PostEvents = field(default_factory=PostEvents)
    speech: Speech = field(default_factory=Speech)  # who says what, sentence by sentence
    # (token, offsets) -> the clause text the date reader looks in: a sentence's events
    # share their governors, and the parse does not change while the post is coded
    clause_texts: dict[tuple[int, bool], str] = field(default_factory=dict)
    # sentence (start, end) -> where its first report phrase starts, its length (0, 0: none),
    # found once per sentence, not once per event of it
    report_phrases: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    # the countries the post points to, read once: (country, actor id or None for a place)
    post_countries: list[tuple[str, str | None]] | None = None

    @classmethod
    def of(cls, doc: Doc, post: PostContext, thread: ThreadState | None = None) -> CodingContext:
        mentions = list(doc.spans.get("actors", []))
        return cls(doc, post, thread or ThreadState(), mentions,
                   {i: m for m in mentions for i in range(m.start, m.end)})

    def mention_at(self, i: int) -> Span | None:
        """The actor mention covering token ``i``, if any."""
        return self.by_token.get(i)


def _phrase(token: Token) -> str:
    """A short noun phrase for a non-actor argument: its compounds, modifiers and head."""
    return _phrase_span(token).text


def _phrase_span(token: Token) -> Span:
    """The span of :func:`_phrase`."""
    left = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nummod", "poss", "nmod")]
    start = min([token.i, *[c.left_edge.i for c in left]])
    return token.doc[start : token.i + 1]


def _objects(verb: Token) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "attr")]
    return [o for obj in objs for o in (obj, *obj.conjuncts)]


#: Relative pronouns that stand for the noun their clause describes.
_RELATIVE_WORDS = frozenset({"which", "whom", "that", "who"})


def _described_noun(verb: Token) -> list[Token]:
    """The noun a past participle after it describes, which is what it acted on: "the video
    released by Manila", "fighters backed by Iran"; none for a participle before its noun,
    which tells a state more often than an act ("enriched uranium", "a mined area")."""
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return [verb.head]
    return []


def _doer_words(verb: Token) -> list[Token]:
    """The words that name who does ``verb``: its subjects, and its passive's "by" object
    ("the deal was killed by the senators")."""
    return [c for c in verb.children if c.dep_ == "nsubj"] + [
        o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def _doers_of(verb: Token) -> list[Token]:
    """Who does the verb's act: its subject, a passive's agent ("the embassy was stormed
    by protesters", "fighters backed by Saudi special forces"), or the noun a present
    participle describes ("striking nurses"), with their conjuncts."""
    doers = _doer_words(verb)
    if verb.tag_ == "VBG" and verb.dep_ in ("amod", "acl"):
        doers.append(verb.head)
    return [o for d in doers for o in (d, *d.conjuncts)]


def _sent_for(verb: Token) -> list[Token]:
    """The force a purpose clause is sent for: for a "to"-clause with no subject of its
    own, the subject and objects of the clause it serves, with what they are "of"
    ("authorised the deployment of troops to Libya to support the GNA": ``troops``; "troops
    have started moving to Libya to back the GNA": ``troops``). A backing done by sending
    a force is material (docs/LABELLING.md: "deployed troops to support Y")."""
    if verb.dep_ != "advcl" or not _infinitive(verb) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    head = verb.head
    while head.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head  # "have started moving to Libya to back": who started
    sides = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    sides += [p for s in sides for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    return [o for s in sides for o in (s, *s.conjuncts)]


def _verb_frame(verb: Token) -> tuple[set[str], set[str], dict[str, set[str]]]:
    """What a lexicon entry may ask of a verb beyond its objects: its subjects' lemmas
    ("protesters stormed"), its complements' lemmas ("ordered X to suspend", "held X
    responsible") and
    the object lemmas of each preposition ("put under investigation"), with "modifier
    lemma" pairs ("joint exercise")."""

    def lemmas(tokens: Iterable[Token], relative: bool = False) -> set[str]:
        out = set()
        for t in tokens:
            if relative and t.lower_ in _RELATIVE_WORDS and verb.dep_ == "relcl":
                t = verb.head  # "the dialogue process from which the FMLN withdrew"
            for o in (t, *t.conjuncts):
                out.add(o.lemma_.lower())
                out |= {f"{c.lemma_.lower()} {o.lemma_.lower()}" for c in o.children
                        if c.dep_ in ("compound", "amod")}
                out |= _kind_of_name(o)
        return out

    # the subject, or a passive's agent: "the embassy was stormed by protesters"
    nsubj = _doers_of(verb)
    # "hundreds of thousands of protesters stormed": the people counted are the subject too
    subjects = lemmas(nsubj) | _counted(nsubj) | _counted(_counted_tokens(nsubj))
    # "gave the junta a week to step down": the parser makes the "to"-clause an adverbial one
    complements = {c.lemma_.lower() for c in verb.children
                   if c.dep_ in ("xcomp", "ccomp", "oprd", "acomp")
                   or (c.dep_ == "advcl" and _infinitive(c))}
    # "let Israel use its airports": a clausal complement with its object ("use airport")
    complements |= {f"{c.lemma_.lower()} {o.lemma_.lower()}" for c in verb.children
                    if c.dep_ in ("xcomp", "ccomp")
                    for d in c.children if d.dep_ in ("dobj", "obj")
                    for o in (d, *d.conjuncts)}
    prep_objects: dict[str, set[str]] = {}
    for prep in (c for c in verb.children
                 if c.dep_ in ("prep", "prt", "dative") or _active_by(verb, c)):
        # ("in defeating ISIL": a gerund is the preposition's object too)
        found = lemmas((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), relative=True)
        # "pulled out of the deal": the object of "of" belongs to the particle "out" too
        found |= lemmas(p for inner in prep.children if inner.dep_ == "prep"
                        for p in inner.children if p.dep_ == "pobj")
        if found:
            prep_objects.setdefault(prep.lower_, set()).update(found)
    return subjects, complements, prep_objects


def _active_by(verb: Token, child: Token) -> bool:
    """Whether ``child`` is a "by" the parser made the agent of a verb in the active voice
    (one with a subject and no passive auxiliary): a preposition of the verb ("X and Y
    fought side by side")."""
    return child.dep_ == "agent" and any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _kind_of_name(token: Token) -> set[str]:
    """The common nouns a name is built on, as the kind of thing it names: "exercise" for
    "Exercise Eager Lion", "ship" for "U.S. ships USS Hopper"."""
    if token.pos_ != "PROPN":
        return set()
    return {c.lemma_.lower() for c in token.children
            if c.dep_ == "compound" and (c.pos_ == "NOUN" or c.is_title) and c.is_alpha}


def _verb_above(token: Token) -> Token:
    """The verb an argument noun belongs to ("aid" in "provide aid for X"), or the noun."""
    t = token
    for _ in range(3):
        if t.dep_ not in ("dobj", "obj", "pobj", "prep", "dative", "attr"):
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return token


def _unmet_condition(token: Token) -> bool:
    """Whether ``token`` (a verb, or a noun on one) tells the act of a condition set as not
    met: "unless its garrison surrenders", "if it does not cooperate", "if the deal isn't
    cancelled", "would fold if it does not receive the aid". That act is what a threat or
    warning asks for, and no act told (docs/LABELLING.md: the condition names whom a threat
    is aimed at); a condition that may be met ("if Baku pushed into Syunik") is coded
    hypothetical, and a past one ("if we had not met in Acapulco") says the act happened."""
    verb = _verb_above(token)
    # once per verb and text: a run-on sentence's root has hundreds of children and every
    # trigger under it asks (tests/test_shapes.py)
    seen = verb.doc.user_data.setdefault("unmet_condition", {})
    if verb.i not in seen:
        seen[verb.i] = _condition_not_met(verb)
    return bool(seen[verb.i])


# the links by which a toll noun hangs on "without": "without casualties", "without
# reporting the FMLN's casualties", "without deaths or casualties"
_WITHOUT_PATH = frozenset({"pobj", "pcomp", "dobj", "conj"})


def _without(noun: Token) -> bool:
    """Whether ``noun`` hangs on "without", directly or as the object of its verb ("ended
    without casualties", "added, without reporting the rebels' casualties")."""
    t = noun
    for _ in range(4):
        if t.dep_ not in _WITHOUT_PATH or t.head.i == t.i:
            return False
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "without":
            return True
        t = t.head
    return False


def _condition_not_met(verb: Token) -> bool:
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if "unless" in marks:
        return True
    return "if" in marks and any(c.dep_ == "neg" for c in verb.children) and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children)


_UNDONE_AUX = frozenset({"to", "should", "would", "will", "must", "shall", "'d", "'ll"})


def _complement_of(token: Token, heads: set[int]) -> bool:
    """Whether ``token`` is the verb of a clausal complement (or of one coordinated with it)
    of one of the tokens at ``heads``: "called on Hezbollah to disarm", "agreed to provide
    aid", "demanding that the president abandon X". Such an act is asked for, promised or
    threatened, not done: docs/LABELLING.md codes the request, promise or threat alone."""
    t = token
    for _ in range(4):
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
            t = t.head
            continue
        auxes = {c.lower_ for c in t.children if c.dep_ == "aux"}
        to_clause = t.dep_ == "advcl" and "to" in auxes
        # "demanding that the president abandon X", "agreed that both would withdraw"; a
        # finite past tense ("urged calm and forces attacked", misparsed) is no complement
        # ("said Ethiopia ought to withdraw": a modal parsed as the clause's head)
        asked = t.dep_ == "ccomp" and (t.tag_ in ("VB", "MD") or bool(auxes & _UNDONE_AUX))
        if t.dep_ != "xcomp" and not to_clause and not asked:
            return False
        if t.head.i in heads:
            return True
        t = t.head
    return False


def _noun_context(noun: Token) -> set[str]:
    """What a noun entry's ``objects`` may name: the words modifying the noun ("military
    support", "the truce declared by X", "a truce was declared", "the strike by teachers":
    ``teacher``), and for the subject of a
    verb, that verb's lemma with its object or
    preposition and object ("the truce took effect": ``take effect``; "came into force":
    ``come into force``)."""
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    # "the teachers' strike", "the union's strike": who does it, as "the strike by teachers"
    words |= {c.lemma_.lower() for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN"}
    # "joint coast guard exercise": the modifier of a modifier
    words |= {g.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "nmod")
              for g in c.children if g.dep_ == "amod"}
    # "the ceasefire announced by Russia": the participle that tells what became of it
    words |= {c.lemma_.lower() for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"}
    # "the strike by teachers": who does it, as for "the teachers' strike"
    words |= {o.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
              for p in c.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)}
    # "in support of our partners", "the suspension of its armed activities", "a cut in
    # aid", "the withdrawal from the dialogue", "a halt to its attacks": what the noun is
    # for, of, in, from or to, as "of partner" (with the object's noun modifiers: "of
    # operation" from "of Operation Inherent Resolve")
    words |= {f"{c.lower_} {o.lemma_.lower()}" for c in noun.children
              if c.dep_ == "prep" and c.lower_ in ("of", "for", "in", "from", "to")
              for p in c.children if p.dep_ == "pobj"
              for q in (p, *p.conjuncts)
              for o in (q, *(m for m in q.children if m.dep_ in ("compound", "amod")))}
    # "a deal with a Turkish shipyard": the kind of the party it is made with ("with
    # shipyard"), and "a $2 billion deal": the money it is worth ("billion")
    words |= {f"with {o.lemma_.lower()}" for c in noun.children
              if c.dep_ == "prep" and c.lower_ == "with"
              for p in c.children if p.dep_ == "pobj"
              for o in (p, *(m for m in p.children if m.dep_ == "compound"))}
    words |= {c.lemma_.lower() for c in noun.children if c.dep_ == "nummod" and c.is_alpha}
    # "five orders from two customers", "an order for 18 jets": acts counted, or goods
    # counted by what the noun is for ("counted", "for counted")
    if any(c.dep_ == "nummod" and c.i < noun.i for c in noun.children):  # not "Order 66"
        words.add("counted")
    if any(c.dep_ == "prep" and c.lower_ == "for" and (p.like_num or any(
            g.dep_ == "nummod" for g in p.children))
           for c in noun.children for p in c.children if p.dep_ == "pobj"):
        words.add("for counted")
    # "the liberation of Iraq from ISIS": whom the act is against, named by a bare "from"
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children):
        words.add("from")
    # "released five prisoners under the Barbados deal": the deal a noun is "under" frames
    # another act (entries rule it out with `unless: [under]`)
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        words.add("under")
    # "arrested him with the help of the FBI": the act a "with"-noun goes with ("with arrest")
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "VERB":
        words.add(f"with {noun.head.head.lemma_.lower()}")
    # the verb the noun is the subject of, itself or through "that" / "which" ("a ceasefire
    # that took effect"); a passive's verb with its preposition ("a truce was declared",
    # "once the cease-fire is put into effect")
    verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in noun.children if c.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)]
    for verb in verbs:
        lemma = verb.lemma_.lower()
        words.add(lemma)
        passive = verb.i == noun.head.i and noun.dep_ == "nsubjpass"
        for c in verb.children:
            if c.dep_ in ("dobj", "attr", "acomp") and not passive:
                words.add(f"{lemma} {c.lemma_.lower()}")
            elif c.dep_ == "prep":
                words |= {f"{lemma} {c.lower_} {p.lemma_.lower()}" for p in c.children
                          if p.dep_ == "pobj"}
    return words


def _counted(objects: Iterable[Token]) -> set[str]:
    """The lemmas of what an object counts or measures: "sent thousands of troops",
    "delivered a shipment of weapons" (``troop``, ``weapon``)."""
    return {p.lemma_.lower() for p in _counted_tokens(objects)}


def _counted_tokens(objects: Iterable[Token]) -> list[Token]:
    """The words behind :func:`_counted`'s lemmas."""
    return [p for o in objects for c in o.children
            if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def _measured(verb: Token) -> list[Token]:
    """What the verb's objects count or measure: "sent 10 tonnes of aid", "gave $5 million
    in aid" (the parser hangs that "in" on the verb, or on the sum). The thing given is the
    verb's object as much as the sum is."""
    objects = _objects(verb)
    sums = [o for o in objects if _amount(o)]
    if sums:  # "gave $5 million in aid": "in aid" under the sum or under the verb
        objects = [*objects, verb]
    return [*_counted_tokens(objects), *(a for o in sums for a in _amount_of(o)),
            *(p for c in verb.children if sums and c.dep_ == "prep" and c.lower_ == "in"
              for p in c.children if p.dep_ == "pobj")]


def _purpose_of_same_type(verb: Token, etype: str, types: Mapping[int, str]) -> bool:
    """Whether ``verb`` heads a "to"-clause of a trigger of the same type: the clause says
    what the act was for, not another act ("thousands converged for a rally to protest the
    result", "met the minister to discuss the crisis": one protest, one meeting)."""
    return (verb.dep_ in ("advcl", "xcomp") and types.get(verb.head.i) == etype
            and _infinitive(verb))


def _passive_partner(verb: Token) -> Token | None:
    """The passive verb whose subject the participle ``verb``, conjoined to it, shares
    ("were beaten and then arrested", "is indicted or convicted", "has been imprisoned,
    murdered or exiled"): that subject is acted on by both; ``None`` when ``verb`` has a
    subject or an object of its own, or is no participle."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or _has_own_sides(verb):
        return None
    head = verb.head
    while head.dep_ == "conj" and head.head != head:
        if any(c.dep_ == "nsubjpass" for c in head.children):
            break
        head = head.head
    return head if any(c.dep_ == "nsubjpass" for c in head.children) else None


def _shared_subject_verb(verb: Token) -> Token:
    """The first verb of the list of conjoined verbs ``verb`` closes that share one
    subject ("the strikes engaged four units; destroyed a mortar; damaged 18 routes; and
    suppressed a team": "engaged" for "damaged"): up the conjuncts until one has a subject
    of its own."""
    while verb.dep_ == "conj" and verb.head != verb and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        verb = verb.head
    return verb


def _loose_conjunct(verb: Token) -> bool:
    """Whether ``verb`` is a second finite verb the parser hung loosely ("dep") on an
    earlier verb of its clause, with no subject of its own: a conjunct told without "and",
    as posts write them ("the junta banned the parties, then detained two leaders",
    "stormed the town, looted the market"), which shares the earlier verb's subject."""
    head = verb.head
    return (verb.dep_ == "dep" and head != verb and head.i < verb.i and head.pos_ == "VERB"
            and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children))


def _fragment_after(verb: Token) -> Token | None:
    """The main verb of the sentence before a sentence that opens with its own finite verb
    and has no subject ("the rebels stormed the town. then looted the market": "stormed"),
    a post's way to go on with the same doer; ``None`` for any other sentence."""
    sent = verb.sent
    # (a participle with an object and no auxiliary is a past verb: "killed 20 soldiers")
    past = verb.tag_ in ("VBD", "VBZ") or (verb.tag_ == "VBN" and any(
        c.dep_ in ("dobj", "obj") for c in verb.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children))
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or not past or sent.start == 0 or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children
    ) or any(t.pos_ not in ("ADV", "CCONJ", "PUNCT") for t in verb.doc[sent.start:verb.i]):
        return None
    before = verb.doc[sent.start - 1].sent.root
    return before if before.pos_ == "VERB" and before.tag_ in ("VBD", "VBZ") else None


def _passive_after_active(verb: Token) -> list[Token]:
    """The subject of the active verb a passive ``verb`` is conjoined to, which the passive
    acts on ("Hamas attacked Israel and was condemned by the EU": Hamas is condemned); empty
    when ``verb`` is not such a passive or has a subject or object of its own."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children) or (
        _has_own_sides(verb)
    ):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def _has_own_sides(verb: Token) -> bool:
    """Whether ``verb`` has a subject or an object of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj", "obj") for c in verb.children)


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` heads a "to"-clause (its auxiliary "to")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _offered_act(word: Token) -> Token | None:
    """The verb of the "to"-clause a word of readiness takes: "willing to talk" (an
    adjective's clause), "its readiness to cooperate" (a noun's); ``None`` without one."""
    return next((c for c in word.children if c.dep_ in ("xcomp", "acl") and _infinitive(c)),
                None)


def _ready_for(verb: Token) -> Token | None:
    """The word whose "to"-clause ``verb`` heads, or is coordinated into ("ready to meet
    and sign"): "willing" in "is willing to talk", "readiness" in "its readiness to
    cooperate"; ``None`` when the verb heads no such clause."""
    t = verb
    for _ in range(3):
        if t.dep_ != "conj" or t.head.pos_ not in ("VERB", "AUX"):
            break
        t = t.head
    return t.head if t.dep_ in ("xcomp", "acl") and _infinitive(t) else None


# Prepositions whose object noun is the act a verb of its type tells the outcome of ("killed
# in an ambush", "wounded during the clashes", "killed by an airstrike").
_ACT_PREPS = frozenset({"in", "during", "by"})


def _not_done(verb: Token) -> bool:
    """Whether a verb, or the verb it is coordinated with, is negated: "did not deny",
    "neither confirmed nor denied"."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ in ("neg", "preconj") or c.lower_ in ("nor", "neither")
               for h in heads for c in h.children)


def _noun_and_holders(token: Token) -> list[Token]:
    """``token`` and the nouns whose preposition's object it is, up two prepositions: from
    "Kunduz" in "the strike on its hospital in Kunduz", "hospital" and "strike"."""
    out = [token]
    for _ in range(2):
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            break
        token = token.head.head
        out.append(token)
    return out


def _inferred(cx: CodingContext, token: Token, span_id: str) -> Span:
    """An actor the sentence implies at ``token`` ("Salvadorans" as the state's civilians),
    recorded on the context as inferred."""
    span = Span(token.doc, token.i, token.i + 1, label="ACTOR", span_id=span_id)
    cx.inferred.append((token, span, "inferred"))
    return span


def _modified_code(table: Mapping[str, str], token: Token, widths: tuple[int, ...],
                   phrase_lemmas: bool) -> str | None:
    """The code ``table`` gives the noun ``token`` with the modifier words just before it
    (phrases of each width in ``widths``, words included; with ``phrase_lemmas`` the noun's
    lemma in the phrase too: "security forces", "residential building"), else the noun's
    own, by its form or its lemma; ``None`` when the table has neither."""
    doc = token.doc
    for n in widths:
        start = token.i - n + 1
        if start < 0 or any(
            doc[i].head.i not in range(start, token.i + 1) or doc[i].dep_ not in (
                "compound", "amod") for i in range(start, token.i)
        ):
            continue
        words = " ".join(t.lower_ for t in doc[start:token.i])
        code = table.get(f"{words} {token.lower_}") or (
            table.get(f"{words} {token.lemma_.lower()}") if phrase_lemmas else None)
        if code is not None:
            return code
    return table.get(token.lower_) or table.get(token.lemma_.lower())


def _names_a_time(prep: Token) -> bool:
    """Whether a preposition only dates its verb: "called on Tuesday" is no "call on"."""
    pobjs = [p for p in prep.children if p.dep_ == "pobj"]
    return prep.dep_ == "prep" and bool(pobjs) and all(p.ent_type_ in ("DATE", "TIME")
                                                        for p in pobjs)


def _modifier_pairs(noun: Token) -> set[str]:
    """"modifier lemma" pairs of a noun, with the modifiers of its noun modifiers: "joint
    exercise" from "joint exercise", and from "joint search and rescue exercise", where
    the parser hangs "joint" on "search"."""
    lemma = noun.lemma_.lower()
    out = set()
    for c in noun.children:
        if c.dep_ in ("compound", "amod"):
            out.add(f"{c.lemma_.lower()} {lemma}")
        if c.dep_ in ("compound", "nmod"):
            out |= {f"{g.lemma_.lower()} {lemma}" for g in c.children if g.dep_ == "amod"}
    return out


def join_hyphenated(doc: Doc, known: frozenset[str], text: str | None = None) -> None:
    """Merge the words the tokenizer split at a hyphen into one token when, written
    together, they are a lemma of the lexicon (``known``): "cease-fire" (ceasefire),
    "co-operation", "counter-attack", "air-strikes", "re-taking". The merged token keeps
    the parse of the pair's head and its characters; its lemma is the joined one.

    >>> import spacy
    >>> doc = spacy.blank("en")("They signed a cease-fire.")
    >>> join_hyphenated(doc, frozenset({"ceasefire"}))
    >>> [(t.text, t.lemma_) for t in doc][3]
    ('cease-fire', 'ceasefire')

    ``text``: ``doc.text``, where the caller has it (reading it makes a Token per word).
    """
    found: list[tuple[int, int, str]] = []
    if "-" not in (doc.text if text is None else text):
        return  # (most posts: no Token object made per word)
    for t in doc:
        if t.text != "-" or t.i == 0 or t.i + 1 >= len(doc) or not _hyphen_joins(doc, t.i - 1):
            continue
        a, b = doc[t.i - 1], doc[t.i + 1]
        if found and found[-1][1] > a.i:
            continue
        joined = next((j for j in (a.lower_ + (b.lemma_ or b.lower_).lower(), a.lower_ + b.lower_)
                       if j in known), None)
        if joined is not None:
            found.append((a.i, b.i + 1, joined))
    if not found:
        return
    # the span groups (actor mentions) are kept by their characters: the retokenizer
    # leaves their token offsets as they were
    groups = {key: [(sp.start_char, sp.end_char, sp.label_, sp.id_) for sp in group]
              for key, group in doc.spans.items()}
    with doc.retokenize() as retokenizer:
        for start, end, lemma in found:
            retokenizer.merge(doc[start:end], attrs={"LEMMA": lemma})
    for key, spans in groups.items():
        doc.spans[key] = [sp for a, b, label, span_id in spans
                          if (sp := doc.char_span(a, b, label=label, span_id=span_id,
                                                  alignment_mode="expand")) is not None]


def hyphenated_places(doc: Doc, gazetteer: Gazetteer) -> None:
    """Grow an entity the entity reader cut at a hyphen over the whole hyphenated name when
    the gazetteer knows the whole by its own name: "Croix" of "Croix-des-Bouquets" (Haiti's
    town) is no French Croix, nor "Port" of "Port-au-Prince" a port. Names the gazetteer
    does not know whole stay as they are ("Israel-Gaza war": two names)."""
    grown = False
    ents = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start > 1 and _hyphen_joins(doc, start - 2):
            start -= 2
        while end + 1 < len(doc) and _hyphen_joins(doc, end - 1):
            end += 2
        if (start, end) != (ent.start, ent.end) and gazetteer.resolve(
            doc[start:end].text, alternates=False
        ) is not None:
            ent = Span(doc, start, end, label="GPE")
            grown = True
        ents.append(ent)
    if grown:
        doc.ents = filter_spans(ents)


def _hyphen_joins(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` and ``doc[i + 2]`` are words written as one with a hyphen."""
    word, hyphen, other = doc[i], doc[i + 1], doc[i + 2]
    return hyphen.text == "-" and not (word.whitespace_ or hyphen.whitespace_) and (
        word.is_alpha and other.is_alpha)


def subject_nouns_read_as_verbs(doc: Doc, nouns: Mapping[str, object]) -> None:
    """Read as a noun an event noun the parser took for a clausal subject: in "Aid to the
    island has been suspended" (and in capitals, which the pipeline reads in mixed case)
    the small model parses "Aid" as a verb, the subject of "suspended" or a clause that is.
    A verb in its base form (``VB``, ``VBP``) that is a lexicon noun, is a subject or heads
    a subject clause and has no subject, object or auxiliary of its own ("to" included: "To
    aid the island was right" stays a clause) is that noun, the subject of its verb."""
    for word in doc:
        if word.dep_ not in _SUBJECT_DEPS or word.pos_ != "VERB" or word.tag_ not in (
            "VB", "VBP"
        ) or word.lemma_.lower() not in nouns or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass", "dative")
            for c in word.children
        ):
            continue
        word.pos_, word.tag_ = "NOUN", "NN"
        word.dep_ = _SUBJECT_DEPS[word.dep_]


def list_verbs_under_reporter(doc: Doc, report_verbs: frozenset[str]) -> None:
    """Hang on the reported verb a verb of its list that the parser conjoined to the verb
    of saying: in "the secretary announced that the men kidnapped a tourist, killed a
    guide, and wounded a boatman" the small model makes "killed" a conjunct of "announced",
    so the secretary would have killed the guide on the author's word. A finite verb with no
    subject of its own, conjoined to a verb of saying after that verb's reported clause
    and joined to it by a comma alone (a list goes on; "..., and condemned the attack" is
    the sayer's own second act), continues the list of the reported verb: it is made that
    verb's conjunct, so that it shares its subject and its speaker."""
    for word in doc:
        head = word.head
        if word.dep_ != "conj" or word.pos_ != "VERB" or word.tag_ not in ("VBD", "VBZ") or (
            head.lemma_.lower() not in report_verbs
        ) or word.i == 0 or doc[word.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in word.children
        ):
            continue
        said = [c for c in head.children if c.dep_ == "ccomp" and c.i < word.i
                and c.tag_ == word.tag_ and c.right_edge.i >= word.i - 2]
        if said:
            word.head = said[-1]


#: A subject's dependency, and what it is when the word is a noun.
_SUBJECT_DEPS = {"csubj": "nsubj", "csubjpass": "nsubjpass", "nsubj": "nsubj",
                 "nsubjpass": "nsubjpass"}


def _acts_on(cx: CodingContext, verb: Token, objects: list[Token]) -> bool:
    """Whether ``verb`` names whom or what it acts on: an object, a passive subject or
    agent, a dative, the noun it modifies (as a participle, or a relative clause with a
    subject of its own), the subject of its complement ("helped the rebels retake
    the town") or an actor its complement acts on ("will help rebuild the Somali navy"; not
    "will help relieve the suffering")."""
    if objects or verb.dep_ == "amod" or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return True  # ("$4 billion delivered to the army": what a participle describes)
    if _object_relative(verb):
        return True  # "the assistance Taiwan has provided": the noun is its object
    for c in verb.children:
        if c.dep_ in ("dative", "agent"):  # "assisted by the air force, the army ..."
            return True
        if c.dep_ in ("ccomp", "xcomp") and any(
            g.dep_ == "nsubj" or (g.dep_ in ("dobj", "obj") and g.i in cx.by_token)
            for g in c.children
        ):
            return True
    return False


def _object_relative(verb: Token) -> bool:
    """Whether ``verb`` (or the first verb of its list) opens a relative clause whose noun is
    its object: a subject of its own and no relative adverb ("the aid Taiwan has provided",
    "the support we have committed and are providing"; not "the theatre where civilians
    were sheltering", "the men who helped")."""
    first = verb
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ != "relcl":
        return False
    kids = [*first.children, *verb.children]
    return (any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in kids)
            and not any(c.tag_ == "WRB" or c.dep_ in ("dobj", "obj") for c in kids))


def _hyphenated_before_noun(verb: Token) -> bool:
    """Whether ``verb`` is a participle joined by a hyphen to the word before it and set
    before the noun it modifies: "the Iran-backed militia", "a UN-backed mission"."""
    return (verb.tag_ == "VBN" and verb.dep_ in ("amod", "compound", "nmod")
            and verb.head.i > verb.i and verb.i >= 1
            and verb.doc[verb.i - 1].text in ("-", "\u2010", "\u2011"))


def _describes(verb: Token) -> bool:
    """Whether ``verb`` is a participle that describes a noun and names no agent of an act:
    "guerrillas armed with rifles", "an A330 equipped with the new tubes" (not "militias
    armed by Iran")."""
    return (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")
            and not any(c.dep_ == "agent" for c in verb.children))


# the words that open an asked question ("that" opens a wish: "asked that the army leave")
_QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "who", "whom", "whose",
                             "which", "when", "where"})


def _takes_question(verb: Token) -> bool:
    """Whether ``verb`` takes a question: a clause opened by "whether", "if" or a wh-word
    ("asked the spokesman if the border would reopen", "people ask why the army can't retake
    the town"), or "about" ("asked about the vote"), and no "to"-clause or "for" that names
    an act or thing wanted ("asked the army to leave if the talks failed", "will ask for a
    raise if prices rise")."""
    kids = list(verb.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
        if c.dep_ not in ("ccomp", "advcl") or c.i < verb.i:
            continue
        if c.left_edge.lower_ in _QUESTION_WORDS:
            return True
    return False


def _verb_keys(verb: Token) -> set[str]:
    """How a verb may be listed in a cue: its lemma, and with its particle ("point out")."""
    lemma = verb.lemma_.lower()
    return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")}


def _phrase_at(sent: Span, i: int, phrases: Iterable[tuple[str, ...]]) -> int:
    """The length of the longest of ``phrases`` (word tuples) that starts at token ``i`` of
    ``sent``'s doc and ends within the sentence, or 0."""
    doc = sent.doc
    best = 0
    first = None  # the word at ``i``, read once: most phrases fail on it
    for phrase in phrases:
        n = len(phrase)
        if n > best and i + n <= sent.end:
            if first is None:
                first = doc[i].lower_
            if phrase[0] == first:
                best = max(best, _words_from(doc, i + 1, sent.end, phrase[1:]) - i)
    return best


@lru_cache(maxsize=64)
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The words ``phrases`` open with: :func:`_phrase_at` finds none at a token without
    one of them (tested first where a whole sentence is searched)."""
    return frozenset(p[0] for p in phrases if p)


def _words_from(doc: Doc, j: int, end: int, words: tuple[str, ...]) -> int:
    """Where ``words`` end when they run from token ``j`` (before ``end``), a line break
    between two of them skipped ("ACCORDING\nTO"), else ``j`` less one (no match)."""
    start = j
    for w in words:
        while j < end - 1 and doc[j].is_space:
            j += 1
        if j >= end or doc[j].lower_ != w:
            return start - 1
        j += 1
    return j


def _phrase_before(trigger: Token, phrases: Iterable[tuple[str, ...]], slack: int) -> bool:
    """Whether one of ``phrases`` ends right before ``trigger``, or up to ``slack`` tokens
    before it ("going to attack"; "in case Iran attacks")."""
    sent, doc = trigger.sent, trigger.doc
    ends = range(trigger.i, max(sent.start, trigger.i - slack) - 1, -1)
    firsts: dict[int, str] = {}  # each word read once, not once per phrase
    for phrase in phrases:
        for end in ends:
            start = end - len(phrase)
            if start < sent.start:
                continue
            first = firsts.get(start)
            if first is None:
                first = firsts[start] = doc[start].lower_
            if first == phrase[0] and _phrase_at(sent, start, (phrase,)) == len(phrase):
                return True
    return False


def _verb_lemmas(token: Token) -> list[str]:
    """The verb lemmas a word may stand for: its lemma, its irregular past form's verb, and
    for an "-ed" word tagged as an adjective the verbs it may come from ("armed": arm)."""
    lemmas = [token.lemma_.lower(), PAST_FORMS.get(token.lower_, token.lemma_.lower())]
    word = token.lower_
    if word.endswith("ed") and len(word) > 4:
        lemmas += [word[:-2], word[:-1]]  # "armed" -> arm, "seized" -> seize
        if word[-3] == word[-4]:
            lemmas.append(word[:-3])  # "shelled" -> shel is no verb; "stabbed" -> stab
    return list(dict.fromkeys(lemmas))


def misparsed_clause(cx: CodingContext, word: Token, verbs: Mapping[str, object]) -> Span | None:
    """The subject of a clause the parser read as a noun phrase, or ``None``.

    The small model parses "the Quds Force armed Shiite militias" as one noun phrase:
    "armed" an adjective modifying "militias" (the ROOT), "Quds Force" another modifier.
    That is a clause when the sentence's ROOT is a noun, ``word`` is an adjective modifier
    of it whose verb lemma (:func:`_verb_lemmas`) is a lexicon verb, and an actor mention
    ends right before ``word``, hanging on the same noun as a modifier. Then that mention
    is the subject, and the ROOT's phrase the object; verbs conjoined to the ROOT share the
    subject. A correctly parsed sentence, whose ROOT is a verb, never matches.
    """
    if word.pos_ != "ADJ" or word.dep_ != "amod":
        return None  # (tested before reading the head: a Token object per word)
    root = word.head
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN") or word.i == 0 or (
            word.i > root.i):
        return None
    mention = cx.mention_at(word.i - 1)
    if mention is None or mention.end != word.i or cx.mention_at(root.i) is mention:
        return None
    if mention.root.head != root or mention.root.dep_ not in ("nmod", "compound", "poss", "amod"):
        return None
    if not any(lemma in verbs for lemma in _verb_lemmas(word)):
        return None
    return mention


_YEAR = re.compile(r"(1[89]|20)\d\d")


@lru_cache(maxsize=1)
def load_context_names() -> dict[str, list[tuple[frozenset[str], str]]]:
    """``data/context_names.yaml``: word -> [(ids that say which actor, the actor)]."""
    return {word: [(frozenset(r["signs"]), r["actor"]) for r in rules]
            for word, rules in (packaged_once("context_names.yaml") or {})["names"].items()}


@lru_cache(maxsize=1)
def load_shared_bodies() -> frozenset[str]:
    """``shared_bodies`` of ``data/context_names.yaml``: names of bodies many states have."""
    return frozenset((packaged_once("context_names.yaml") or {}).get("shared_bodies") or ())


@lru_cache(maxsize=1)
def load_town_articles() -> frozenset[str]:
    """``town_articles`` of ``data/context_names.yaml``: words that, before a state's name,
    make a town's name of it ("EL CONGO")."""
    return frozenset((packaged_once("context_names.yaml") or {}).get("town_articles") or ())


def _body_key(text: str) -> str:
    """A body's name as ``shared_bodies`` lists it: lower case, one space, no "the"."""
    return re.sub(r"^the ", "", " ".join(text.lower().split()))


def _titled(name: Span) -> bool:
    """Whether the name ``name`` follows a person's title ("COMMANDER MARTINEZ", "colonel
    Ramon", "Mr. Lincoln"): a person's name, whatever town of the gazetteer it spells
    (Martinez, California), so no place to take a country from."""
    if name.start == 0:
        return False
    before = name.doc[name.start - 1]
    return before.lower_.rstrip(".") in _NAME_TITLES


def _cut_name(name: Span) -> bool:
    """Whether the entity ``name`` is the first piece of a longer proper name that goes on
    past it ("SAN" of "SAN Marcos Lempa", where the entity reader split the name at a line
    break): the gazetteer's town of that piece (San, Mali) is no place of the post. A title
    or a division after the name ("Texas Governor Abbott", "Kidal Region") does not cut it,
    nor a shorthand ("Niamey w/ an air base")."""
    root, doc = name.root, name.doc
    after = next((t for t in doc[name.end : name.end + 3] if not t.is_space), None)
    return (after is not None and after.pos_ == "PROPN" and root.dep_ == "compound"
            and after.is_alpha and len(after) > 1 and (after.is_title or after.is_upper)
            and root.head.i >= after.i and root.head.pos_ == "PROPN"
            and after.lower_.rstrip(".") not in _NAME_TITLES
            and after.lower_ not in _DIVISION_NOUNS)


def _division_name(token: Token) -> Span | None:
    """The name a division noun ``token`` follows ("MORAZAN" of "MORAZAN DEPARTMENT",
    "Borno" of "Borno state") or leads with "of" ("CABANAS" of "THE DEPARTMENT OF
    CABANAS"), or ``None``."""
    if token.lower_ not in _DIVISION_NOUNS and token.lemma_.lower() not in _DIVISION_NOUNS:
        return None
    # (a compound's own compounds are the name's first words: "LA" of "LA UNION DEPARTMENT")
    names = [c.left_edge.i for c in token.children
             if c.dep_ == "compound" and c.i < token.i and _name_word(c)]
    if names:
        return token.doc[min(names) : token.i]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for name in prep.children:
                if name.dep_ == "pobj" and _name_word(name):
                    first = min([c.i for c in name.children if c.dep_ == "compound"
                                 and c.i < name.i and _name_word(c)], default=name.i)
                    return token.doc[first : name.i + 1]
    return None


def _name_word(token: Token) -> bool:
    """Whether ``token`` may be a word of a name: a proper noun, or in an all-caps wire
    report any word the tagger took for another ("CABANAS" as an adjective)."""
    return token.pos_ == "PROPN" or (token.is_upper and token.is_alpha
                                     and token.pos_ in ("ADJ", "NOUN"))


def _named_division(name: Span) -> bool:
    """Whether the entity ``name`` is written as a division of a country, before or after
    its noun: "ANTIOQUIA DEPARTMENT", "the department of Cabanas"."""
    head = name.root.head
    if name.root.dep_ == "compound":
        return head.lower_ in _DIVISION_NOUNS
    return (name.root.dep_ == "pobj" and head.lower_ == "of"
            and head.head.lower_ in _DIVISION_NOUNS)


def _no_place(name: Span) -> bool:
    """Whether the entity ``name`` names no place, whatever town of the gazetteer it
    spells: a person's name after a title, a piece of a longer name, or one who speaks."""
    return _titled(name) or _cut_name(name) or _speaks(name)


# Verbs a wire report puts right before its speaker ("..., SAID NAVARRETE").
_SAY_BEFORE_SPEAKER = frozenset({"say", "add", "state", "report", "explain", "note", "declare"})


def _speaks(name: Span) -> bool:
    """Whether the one-word entity ``name`` says something: the subject of a verb with a
    clause said ("GARCIA SAID THAT ..."), or the name right after a verb of saying
    ("..., SAID NAVARRETE"): a surname the entity reader took for a town (a town does not
    speak; a capital that speaks for its state is the dictionary's actor)."""
    root = name.root
    head = root.head
    if len(name) != 1 or head.pos_ not in ("VERB", "AUX") or head.i == root.i:
        return False
    if root.dep_ == "nsubj" and any(c.dep_ == "ccomp" for c in head.children):
        return True
    return head.i == root.i - 1 and head.lemma_.lower() in _SAY_BEFORE_SPEAKER


# Words before a person's name: the sector titles and military ranks and forms of address.
_NAME_TITLES = _PERSON_TITLES | frozenset({
    "colonel", "col", "lieutenant", "lt", "captain", "capt", "major", "maj", "sergeant",
    "sgt", "corporal", "cpl", "admiral", "adm", "comandante", "commandant", "mr", "mrs", "ms",
    "dr", "senator", "sen", "congressman", "deputy", "judge", "justice", "bishop",
    "archbishop", "monsignor", "msgr", "father", "fr", "prince", "princess", "queen",
    "sheikh", "ayatollah", "prosecutor", "attorney", "lawyer", "engineer", "professor",
    "prof", "journalist", "businessman", "candidate", "gen", "vice", "foreign"})


#: Words that are no part of a person's name however they are tagged: titles, ranks and
#: forms of address (both lists: the name reader's and the coder's own).
_NOT_NAME_WORDS = NAME_TITLES | HONORIFICS | _NAME_TITLES


#: Titles of the heads and ministers of a state and its army, before a surname alone.
_LEADER_TITLES = frozenset({"president", "premier", "minister", "chancellor", "king",
                            "general", "gen", "dictator", "emir", "sheikh"})


def _holds_title(doc: Doc, span: Span, actor: Actor) -> bool:
    """Whether a head's or minister's title is written before or in ``span`` ("PRESIDENT
    MENEM", "GENERAL NORIEGA") and ``actor`` held a post in a government or an army (the
    converted Phoenix roles name the body, not the title)."""
    titled = any(t.lower_.rstrip(".") in _LEADER_TITLES
                 for t in doc[max(span.start - 1, 0):span.end])
    return titled and any(".GOV" in a.actor or ".MIL" in a.actor for a in actor.affiliations)


def _office_holders(spans: Iterable[Span], actors: Mapping[str, Actor]) -> list[Span]:
    """The mentions in ``spans`` of hand-made persons with roles: the office holders whose
    terms place a namesake in time."""
    return [s for s in spans if s.id_ in actors and actors[s.id_].kind == "person"
            and actors[s.id_].affiliations]


def _terms_beside(actors: Mapping[str, Actor], people: list[Span],
                  surname: str) -> list[tuple[int, int]]:
    """The dated terms of the office holders ``people`` names other than those called
    ``surname``: what places a namesake in time when the text writes no year."""
    terms = [_term(actors[p.id_]) for p in people
             if name_words(actors[p.id_].name)[-1] != surname]
    return [t for t in terms if t != _TIMELESS]


def _of_the_time(namesakes: list[Actor], years: set[int],
                 others: list[tuple[int, int]]) -> list[str]:
    """The one of several namesakes whose dated roles fit the text's years, else the
    terms of the other office holders it names ("Carter thanked Abadi": the defence
    secretary of Abadi's years, not the president of the 1970s); all of them when none
    or several fit as well."""
    fits = [_fit(p, years, others) for p in namesakes]
    best = max(fits)
    if best == (0, 0) or fits.count(best) > 1:
        return [p.id for p in namesakes]
    return [namesakes[fits.index(best)].id]


def _fit(person: Actor, years: set[int], others: list[tuple[int, int]]) -> tuple[int, int]:
    """How well ``person``'s dated roles fit the text: the text's years inside them, then
    the terms of the other office holders named (``others``) they overlap."""
    first, last = _term(person)
    return (sum(first <= y <= last for y in years),
            sum(first <= b and a <= last for a, b in others))


#: The term of an actor with no dated role: every year, which places it at no time.
_TIMELESS = (0, 9999)


def _term(actor: Actor) -> tuple[int, int]:
    """The years an actor's dated roles span, first to last (an open end: to this day; an
    undated membership says nothing: :data:`_TIMELESS`)."""
    dated = [a for a in actor.affiliations if a.start and a.start[:4].isdigit()]
    if not dated:
        return _TIMELESS
    return (min(int(a.start[:4]) for a in dated if a.start),
            max(int(a.end[:4]) if a.end and a.end[:4].isdigit() else 9999 for a in dated))


def whole_names(doc: Doc) -> None:
    """A person the dictionaries lack named by all the words the sentence writes: the
    entity reader often keeps only part of a name in a wire report, a first name lost to
    the case restorer ("4TH PROSECUTOR GABRIEL JAIME VELEZ" read "JAIME VELEZ"), and the
    provisional id (``PRV.PER.``) is the name as written (docs/LABELLING.md; a first
    name the tagger made a common noun, "VICTOR MANUEL VASQUEZ", stays out): the
    mention takes in the name words next to it
    (read by :func:`~actorgraph.nlp.names.name_before` and ``name_run``: no title, rank,
    another actor's word or another kind of entity), and a later mention the ruler gave
    the shorter id ("VELEZ" after the full name) takes the whole one."""
    spans = list(doc.spans.get("actors", []))
    if not any(s.id_.startswith("PRV.PER.") for s in spans):
        return
    held = {i for s in spans for i in range(s.start, s.end)}
    renamed: dict[str, str] = {}
    out: list[Span] = []
    for span in spans:
        if not span.id_.startswith("PRV.PER.") or span.id_ in renamed:
            out.append(span)
            continue

        def taken(i: int, own: range = range(span.start, span.end)) -> bool:
            return i not in own and (i in held or doc[i].ent_type_ not in ("", "PERSON"))

        start, end = span.start, span.end
        before = name_before(doc[end - 1], _NOT_NAME_WORDS, taken)
        if before is not None and before[0] < start:
            start = before[0]
        after = name_run(doc[start], _NOT_NAME_WORDS, taken, single=True)
        if after is not None and after[1] > end:
            end = after[1]
        if (start, end) == (span.start, span.end):
            out.append(span)
            continue
        key = f"PRV.PER.{normalise_key(doc[start:end].text)}"
        renamed[span.id_] = key
        held.update(range(start, end))
        out.append(Span(doc, start, end, label=span.label_, span_id=key))
    if renamed:
        doc.spans["actors"] = [
            Span(doc, s.start, s.end, label=s.label_, span_id=renamed[s.id_])
            if s.id_ in renamed else s for s in out]


#: Prepositions on an entry's object word that name whom the thing goes to: "aid to X was
#: suspended", "flights to X were halted" (the one the act reaches, as a dative "to" is).
_RECEIVER_PREPS = ("to",)


def _receivers(tokens: Iterable[Token]) -> list[Token]:
    """``tokens`` with a dative preposition read as its object: the parser marks "to" in
    "gave weapons to the Houthis", "sent aid to Somalia and Ethiopia" as the verb's dative,
    and the receiver is the noun under it."""
    out: list[Token] = []
    for t in tokens:
        if t.dep_ == "dative" and t.pos_ == "ADP":
            out += [p for p in t.children if p.dep_ == "pobj"]
        else:
            out.append(t)
    return out


def _said_of(token: Token) -> bool:
    """Whether ``token`` names the one an act is said of rather than the one it is done
    to: a passive subject ("the guerrillas were demobilized"), the "of" of an event noun
    ("the demobilization of the contras") or its owner ("the FMLN's surrender")."""
    return token.dep_ in ("nsubjpass", "nsubj", "poss", "compound") or (
        token.dep_ == "pobj" and token.head.lower_ == "of")


def _amount(token: Token) -> bool:
    """Whether ``token`` is a sum of money or a measure ("$10 million", "500 tonnes",
    "40 percent"), not a count of people."""
    return token.ent_type_ in _AMOUNT_ENTS or any(
        c.tag_ == "$" or c.ent_type_ in _AMOUNT_ENTS for c in token.lefts)


def _amount_of(token: Token) -> list[Token]:
    """The thing an amount object measures: "aid" in "$10 million in aid", "$4 million
    worth of humanitarian aid"; none for any other object."""
    if token.lower_ != "worth" and not _amount(token):
        return []
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
            for p in c.children if p.dep_ == "pobj"]


# Entity labels of sums and measures: no people are counted by them.
_AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "PERCENT"})


def _counts_people(token: Token) -> bool:
    """Whether the number ``token`` stands for people acted on: the object or passive
    subject of a verb ("killed 31", "26 were killed"), or a count "of" something."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return True
    return token.dep_ in ("dobj", "obj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX")


# Words that count people ("hundreds", "dozens"), unlike "some" or "all".
_COUNT_WORDS = frozenset({"hundreds", "thousands", "dozens", "scores", "millions", "tens",
                          "dozen", "hundred", "thousand"})


# Sectors of the forces a state deploys ("deployed troops", "mobilised reservists").
_FORCE_SECTORS = frozenset({"MIL", "POL", "INT"})


_THIRD_PARTY = "third-party"  # CONSULT's mode for a mediator's act (plover.yaml)


# Actor kinds that deploy units of their own (an army's ships, an armed group's fighters)
_ARMED_BODY_KINDS = frozenset({"military", "police", "rebel", "militia", "terrorist"})


# Prepositions of where a deployed force goes ("to Mozambique", "along the border").
_DESTINATION_PREPS = frozenset({"to", "in", "into", "along", "near", "across", "inside",
                                "toward", "towards", "at"})


# Sectors whose word before a place makes the place theirs ("police stations").
_PLACE_SECTORS = frozenset({"MIL", "POL"})


# Sectors whose noun before "of" and a state is that state's sector ("the armies of Sudan":
# SDN.MIL); not "the leaders / people of X", which the labels read both ways (state or sector).
_OF_STATE_SECTORS = frozenset({"MIL", "POL"})


# Adjectives that name a sector as a noun modifier does ("civilian areas", "military
# installations"); other adjectives of the sector nouns say something else ("national
# unity", "a general strike", "public opinion").
_SECTOR_ADJECTIVES = frozenset({"civilian", "military"})


# A title with these is not the office's holder on the text's date: "the former president".
_NOT_IN_OFFICE = frozenset({"former", "late", "ex", "then", "previous", "outgoing", "future",
                            "incoming", "next", "elected"})


# ... and with these, the holder on that date: "the new president".
_IN_OFFICE = frozenset({"new", "current", "incumbent", "sitting"})


# Nouns for the members of a body: "members of the security forces" are the forces.
_MEMBER_NOUNS = frozenset({"member", "members", "elements"})


# Nouns for a person's followers, whoever they are: "Maduro's side", "Khan's supporters".
_FOLLOWER_NOUNS = frozenset({"men", "side", "faction", "camp", "supporter", "loyalist",
                             "follower", "partisan", "allies", "ally"})


# Actor kinds that act at home: their unnamed victims are their own country's people.
_HOME_KINDS = frozenset({"government", "police", "rebel", "legislature",
                         "judiciary"})


# Sectors a company on the other side of an event gives its home country, when nothing
# else points to one: the government that lends to it or sues it, the lawmakers who vote
# its loans, the workers it lays off ("the government gave GM loans": the United States');
# not its customers or an air force that buys its jets, which are anyone's.
_COMPANY_HOME_SECTORS = frozenset({"GOV", "LEG", "LAB"})


# Armed groups whose unnamed victims are their own country's people when nothing else in
# the post points to a country (they may act abroad: only as the last guess).
_HOME_ARMED_KINDS = frozenset({"militia", "terrorist"})


# Armed groups that fight their own state: "the army" facing them is that state's.
_INSURGENT_KINDS = frozenset({"rebel"})

# International organisations: the body an officer's title alone ("the Secretary General")
# names when a post names one.
_IGO_KINDS = frozenset({"igo"})


# A state's sectors that face its insurgents: "the army", "the government", "the police".
_STATE_FORCES = frozenset({"MIL", "GOV", "POL"})


# Kinds of actors (beside states and state bodies) whose country a post about them points
# to: home-grown armed groups and parties ("the FMLN" is Salvadoran), not an IGO ...
_POST_KINDS = frozenset({"rebel", "militia", "terrorist", "party", "government",
                         "police", "legislature", "judiciary"})


# ... nor a person, nor an army, which acts abroad as often as at home ("Russian jets").
_ABROAD_KINDS = frozenset({"person", "military"})


# Kinds of bodies whose country is the post's own when a place name is shared abroad.
_LOCAL_KINDS = _HOME_KINDS | {"party"}


# Actor kinds of armed bodies a person may lead ("Haftar's forces").
_ARMED_KINDS = frozenset({"militia", "rebel", "terrorist", "military", "group"})


_FIRST_PLURAL = frozenset({"we", "us", "ourselves"})


# the subject of an announced act that stands for the announcer ("said it would free ...")
_OWN_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})


_OWN_POSSESSIVES = _BODY_POSSESSIVES | {"his", "her"}


_TITLE_DEPS = frozenset({"compound", "appos", "poss", "nmod", "amod"})


def _judged_object(verb: TriggerProposal, obj: Token, nominal: set[tuple[int, str]]) -> bool:
    """Whether the event noun ``obj``, object of the verb trigger ``verb``, is an event of
    its own: "condemned US air strikes on the militias" (ACCUSE and ASSAULT), "welcomed the
    agreement between A and B" (SUPPORT and AGREE). That holds when the verb's lexicon entry
    asks for no particular object (an entry that does, "launched an attack", "lifted the
    siege", makes the noun part of its own phrase), the verb does not ask, promise or
    threaten (what "demanded the withdrawal" asks for has not happened), and the noun is
    proposed with another type than the verb's."""
    pred = verb.hints
    if pred is None or pred.objects or pred.complements or pred.particle:
        return False
    if verb.type in UNASSERTED_COMPLEMENTS or verb.type == "MOBILIZE":  # "rehearsed strikes"
        return False
    return any(i == obj.i and t != verb.type for i, t in nominal)


def _own_doer(trigger: Token) -> bool:
    """Whether the subject of ``trigger`` is a pronoun ("it would free", "they would
    withdraw") or a force a pronoun owns ("its troops", "his men"): in a clause a speaker
    announces, the speaker's own side."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (
        c.lower_ in _OWN_PRONOUNS or any(p.dep_ == "poss" and p.lower_ in _OWN_POSSESSIVES
                                         for p in c.children))
        for c in trigger.children)


def _doerless_passive(trigger: Token) -> bool:
    """Whether ``trigger`` is a passive that names no doer ("the prisoners would be freed",
    "the crossing will be reopened"): in a clause a speaker announces, the speaker's own act
    ("the junta announced that 200 prisoners would be released": the junta frees them)."""
    children = list(trigger.children)
    return (any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
            and not any(c.dep_ == "agent" for c in children))


def _first_plural(token: Token) -> Token | None:
    """The first-person plural word of an argument: the argument itself ("we") or its
    possessor ("our fighters"); ``None`` for any other argument."""
    if token.lower_ in _FIRST_PLURAL:
        # not "US" nor "the us & the houthis": the United States
        plain = token.pos_ == "PRON" and token.text != "US" and not any(
            c.dep_ == "det" or c.dep_ == "cc" for c in token.children)
        return token if plain and not _in_list(token) else None
    return next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("our", "ours")),
                None)


def _in_list(token: Token) -> bool:
    """Whether ``token`` is coordinated with another noun ("the us & the houthis")."""
    return token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)


def _in_quote_if_any(token: Token, sent: Span) -> bool:
    """Whether ``token`` is inside quotation marks, where ``sent`` has any."""
    marks = [t.i for t in sent if t.text in _QUOTE_MARKS]
    return not marks or sum(1 for i in marks if i < token.i) % 2 == 1


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def _words(token: Token, away: set[int]) -> str:
    """The words of ``token``'s subtree but those in ``away``."""
    return " ".join(t.text for t in token.subtree if t.i not in away)


def _offset_phrase(token: Token) -> tuple[int, str] | None:
    """(signed amount, unit) when ``token`` heads a "N units after/before" phrase: a clause
    ("a day after a bomb killed ...": the verb, with its mark and its unit) or a preposition
    ("two days after the killing": "after" with its unit). "after" counts back."""
    if token.dep_ == "prep" and token.lower_ in ("after", "before"):
        word = token.lower_
    elif token.dep_ == "advcl":
        marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
        if not marks or marks[0] not in ("after", "before"):
            return None
        word = marks[0]
    else:
        return None
    for unit in token.children:
        if unit.dep_ != "npadvmod" or unit.lemma_.lower() not in _OFFSET_UNITS:
            continue
        counts = [amount(c.text) for c in unit.children if c.dep_ in ("nummod", "det")]
        n = next((k for k in counts if k is not None), None)
        if n is not None:
            return (-n if word == "after" else n), unit.lemma_.lower()
    return None


def _key(arg: Argument | None, trigger: Token) -> str:
    """An argument's part of the event id (an empty side counts as the trigger's phrase, as
    it always has, so that ids stay what they were)."""
    if arg is None:
        return _phrase(trigger)
    return arg.actor or arg.text
