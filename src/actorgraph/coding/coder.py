"""The event coder: PLOVER events from a parsed post, in three steps.

1. **Proposers** say where a sentence may hold an event: each returns
   :class:`~actorgraph.nlp.proposals.TriggerProposal` records (a trigger
   word or span, a PLOVER type and mode, optionally CAMEO/quad codes and a
   confidence, and its origin, ``rule`` or ``model``). The built-in one,
   :class:`LexiconProposer`, proposes the predicates ``data/plover.yaml``
   knows: a verb, a verb with its particle or object, or an event noun.
2. **The argument reader** (:class:`ArgumentReader`) reads each proposal's
   arguments from the dependency parse, whoever proposed it:

   * who acts: the subject, the passive agent, the subject of the verb it is
     coordinated with, the controller of "to"-clauses ("tasked X to
     establish Y" makes X the actor, and so does "X is committed to
     supporting Y"), the owner of the noun a clause hangs on ("Washington's
     decision to recognise X"), the maker of the event a passive names
     ("killed in an Israeli airstrike"), the noun a relative clause hangs
     on, or, in a clause the parser read as a noun phrase ("the Quds Force armed
     Shiite militias"), the actor before the adjective-tagged verb
     (:func:`misparsed_clause`);
   * on whom: the object, the passive subject, or a preposition the event type
     names ("against", "on", "with", ...), on the verb or on its object
     ("provided aid for X and Y": one event per target), looking through
     non-actor objects ("rejected a ceasefire offered by Saddam" targets
     Saddam, "ships linked to Israel" Israel); for a verb without object, the
     target of its "to"-clause ("offered to negotiate with X"); idioms and
     nouns ("came under fire from X", "the killing of X by Y", "A's blockade
     of B"); every actor of a list, in a modifier too ("US and British
     warships");
   * when: a year naming the event itself ("the 2013 attack"), a date in the
     predicate's own clause, then in the clauses above it, then the last date
     in the post or thread (``inherited``); the publication date only for news
     told in the present, never for an event an anniversary remembers;
   * where: a place after "in", "at", "near", "across" ... resolved offline;
   * according to whom, and how sure: report verbs, "according to", denials,
     negation, intentions, conditions and the future; speakers beyond the clause above
     the trigger, hedges, claims of responsibility and rebuttals inside the post come
     from :class:`~actorgraph.coding.attribution.Attribution`.
3. **The event builder** (:meth:`EventCoder.build`) turns a proposal and its
   :class:`Arguments` into :class:`~actorgraph.models.Event` and
   :class:`~actorgraph.models.Claim` records; ``Event.method`` is the
   proposal's origin (``both`` when the lexicon and a model propose the same
   word with the same type).

**Another proposer** is any callable ``proposer(sentence, context)`` that
takes a parsed sentence (a spaCy ``Span`` whose doc has
``doc.spans["actors"]``) and the per-post :class:`CodingContext`, and
returns proposals. Register it with the coder, before the coder is shared::

    from actorgraph.nlp.proposals import TriggerProposal

    def shelling(sentence, context):
        for token in sentence:
            if token.lower_ == "shelled":
                yield TriggerProposal(sentence.doc[token.i : token.i + 1], "ASSAULT",
                                      origin="model", confidence=0.8)

    coder = EventCoder(dictionary, lexicon, gazetteer)
    coder.add_proposer(shelling)            # or EventCoder(..., proposers=[...])

For whole documents, pass it to ``DocumentCoder(settings, proposers=[shelling])``:
the prefilter then parses every sentence that names an actor, not only those
with a predicate word of the lexicon.

Its proposals get their source, target, date, place, attribution and
modality from the same argument reader as the lexicon's. A proposal on a
word inside an actor name is ignored; a noun proposal that is an argument of
a verb proposal ("launched an attack") or that has no actor argument is
dropped, whoever made it. ``EventCoder(..., proposers=[])`` codes with
the given proposers only (no lexicon).

**Threads.** An :class:`EventCoder` keeps nothing from one call to the next:
everything about a post (its mentions, resolved references, the thread's
last date, the output) lives in the :class:`CodingContext` each call makes.
One coder may code posts from several threads at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import ActorDictionary, normalise_key
from ..actors.surnames import actor_name_words, name_words
from ..datafiles import packaged
from ..models import Actor, Claim, Event, Evidence, How, Location, Method, Modality, stable_id
from ..nlp.names import HONORIFICS, NAME_TITLES, name_before, name_run
from ..nlp.proposals import Proposer, ProposerFunction, TriggerProposal
from ..nlp.role_model import RoleModel, load_role_model
from .attribution import Attribution, Speech
from .dates import DateValue, amount, counts_from_before, day_first, resolve_date, shift
from .lexicon import NAMED_PLACE, UNASSERTED_COMPLEMENTS, EventType, Lexicon, Predicate
from .places import Gazetteer
from .prefilter import PAST_FORMS
from .references import is_reference, resolve_reference

__all__ = [
    "Argument",
    "ArgumentReader",
    "Arguments",
    "CodingContext",
    "EventCoder",
    "Frame",
    "LexiconProposer",
    "PostContext",
    "PostEvents",
    "ThreadState",
    "TriggerProposal",
    "misparsed_clause",
]

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
# Words of an act two sides do to each other whoever the sentence names first: "X met (with)
# Y", "talks between X and Y", "clashes with Y" are one event per side, as labelled (not
# "X fought Y": its target is what the sentence says; "X signed a deal with Y" is each
# side's through its entry's `mutual`, as LABELLING has signings).
_MUTUAL_WORDS = frozenset({"meet", "meeting", "talk", "talks", "negotiate", "negotiation",
                           "negotiations", "clash", "clashes",
                           # a truce between two sides is each side's ("a truce between the
                           # coalition and the Houthis took effect": 12 of 13 labelled so);
                           # one side's halted shelling is its own
                           "truce", "ceasefire", "cease-fire", "armistice"})


@dataclass(frozen=True, slots=True)
class PostContext:
    """Where a parsed post comes from; ``time`` is the post time or the publication date."""

    doc: str
    post: int = 1
    author: str | None = None
    time: str | None = None


@dataclass
class ThreadState:
    """What coding carries from one post of a document to the next: the last date, and
    whether the thread writes numeric dates day first ("20/9"; ``None`` until it shows)."""

    last_date: str | None = None
    day_first: bool | None = None

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


def _doers_of(verb: Token) -> list[Token]:
    """Who does the verb's act: its subject, a passive's agent ("the embassy was stormed
    by protesters", "fighters backed by Saudi special forces"), or the noun a present
    participle describes ("striking nurses"), with their conjuncts."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.tag_ == "VBG" and verb.dep_ in ("amod", "acl"):
        doers.append(verb.head)
    doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children
              if p.dep_ == "pobj"]
    return [o for d in doers for o in (d, *d.conjuncts)]


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
    prep_objects: dict[str, set[str]] = {}
    for prep in (c for c in verb.children if c.dep_ in ("prep", "prt", "dative")):
        # ("in defeating ISIL": a gerund is the preposition's object too)
        found = lemmas((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), relative=True)
        # "pulled out of the deal": the object of "of" belongs to the particle "out" too
        found |= lemmas(p for inner in prep.children if inner.dep_ == "prep"
                        for p in inner.children if p.dep_ == "pobj")
        if found:
            prep_objects.setdefault(prep.lower_, set()).update(found)
    return subjects, complements, prep_objects


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
        asked = t.dep_ == "ccomp" and (t.tag_ == "VB" or bool(auxes & _UNDONE_AUX))
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
    # "joint coast guard exercise": the modifier of a modifier
    words |= {g.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "nmod")
              for g in c.children if g.dep_ == "amod"}
    # "the ceasefire announced by Russia": the participle that tells what became of it
    words |= {c.lemma_.lower() for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"}
    # "the strike by teachers": who does it, as for "the teachers' strike"
    words |= {o.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
              for p in c.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)}
    # "in support of our partners", "the suspension of its armed activities", "a cut in
    # aid", "the withdrawal from the dialogue": what the noun is for, of, in or from, as
    # "of partner" (with the object's noun modifiers: "of operation" from "of Operation
    # Inherent Resolve")
    words |= {f"{c.lower_} {o.lemma_.lower()}" for c in noun.children
              if c.dep_ == "prep" and c.lower_ in ("of", "for", "in", "from")
              for p in c.children if p.dep_ == "pobj"
              for q in (p, *p.conjuncts)
              for o in (q, *(m for m in q.children if m.dep_ in ("compound", "amod")))}
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
        if t.text != "-" or t.i == 0 or t.i + 1 >= len(doc) or t.whitespace_:
            continue
        a, b = doc[t.i - 1], doc[t.i + 1]
        if a.whitespace_ or not (a.is_alpha and b.is_alpha) or (found and found[-1][1] > a.i):
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


#: A subject's dependency, and what it is when the word is a noun.
_SUBJECT_DEPS = {"csubj": "nsubj", "csubjpass": "nsubjpass", "nsubj": "nsubj",
                 "nsubjpass": "nsubjpass"}


def _acts_on(cx: CodingContext, verb: Token, objects: list[Token]) -> bool:
    """Whether ``verb`` names whom or what it acts on: an object, a passive subject or
    agent, a dative, the noun it modifies, the subject of its complement ("helped the rebels retake
    the town") or an actor its complement acts on ("will help rebuild the Somali navy"; not
    "will help relieve the suffering")."""
    if objects or verb.dep_ == "amod" or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return True  # ("$4 billion delivered to the army": what a participle describes)
    for c in verb.children:
        if c.dep_ in ("dative", "agent"):  # "assisted by the air force, the army ..."
            return True
        if c.dep_ in ("ccomp", "xcomp") and any(
            g.dep_ == "nsubj" or (g.dep_ in ("dobj", "obj") and g.i in cx.by_token)
            for g in c.children
        ):
            return True
    return False


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
    sent = trigger.sent
    for phrase in phrases:
        for end in range(trigger.i, max(sent.start, trigger.i - slack) - 1, -1):
            start = end - len(phrase)
            if start >= sent.start and _phrase_at(sent, start, (phrase,)) == len(phrase):
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
    root = word.head
    if (word.pos_ != "ADJ" or word.dep_ != "amod" or root.dep_ != "ROOT"
            or root.pos_ not in ("NOUN", "PROPN") or word.i == 0 or word.i > root.i):
        return None
    mention = cx.mention_at(word.i - 1)
    if mention is None or mention.end != word.i or cx.mention_at(root.i) is mention:
        return None
    if mention.root.head != root or mention.root.dep_ not in ("nmod", "compound", "poss", "amod"):
        return None
    if not any(lemma in verbs for lemma in _verb_lemmas(word)):
        return None
    return mention


# -- step 1: the lexicon proposer -----------------------------------------------------------


class LexiconProposer:
    """Proposes the predicates of the PLOVER lexicon: verbs (with their particle or object,
    as the entry asks) and event nouns."""

    def __init__(self, lexicon: Lexicon, reader: ArgumentReader) -> None:
        self.lexicon = lexicon
        self.reader = reader
        self.armed_kinds = lexicon.cue("armed_kinds")
        self.group_words = lexicon.cue("group_words")
        self.force_kinds = lexicon.cue("force_kinds")
        self.force_words = lexicon.cue("force_words")
        self.company_kinds = lexicon.cue("company_kinds")
        self.company_words = lexicon.cue("company_words")
        self.outcome_types = lexicon.types_with("outcomes")
        self.denial_verbs = lexicon.cue("denial_verbs")
        self.protester_words = lexicon.cue("protester_words")
        self.report_verbs = lexicon.cue("report_verbs")
        self.want_verbs = lexicon.cue("want_verbs")
        self.imputed_acts = lexicon.cue("imputed_acts")
        self.toll_nouns = lexicon.cue("toll_nouns")
        self.job_heads = lexicon.cue("job_heads")

    def __call__(self, sentence: Span, cx: CodingContext) -> Iterator[TriggerProposal]:
        protest, triggers = False, set()
        for proposal in self._lexicon_proposals(sentence, cx):
            protest = protest or proposal.type == "PROTEST"
            triggers.add(proposal.token.i)
            yield proposal
        if not protest:
            yield from self._protesters_acting(sentence, cx, triggers)

    def _protesters_acting(self, sentence: Span, cx: CodingContext,
                           triggers: set[int]) -> Iterator[TriggerProposal]:
        """A protest told by its doers: protesters as the subject of a verb that is no trigger
        ("the demonstrators shouted slogans against Noriega", "protesters tore down posters")
        when nothing else in the sentence tells the protest. Their words, their report ("the
        protesters said") or their being ("were") tell no protest; a verb of another type
        ("protesters attacked the embassy") is that act."""
        for token in sentence:
            if token.dep_ != "nsubj" or token.lemma_.lower() not in self.protester_words:
                continue  # (tested before reading the head: a Token object per word)
            verb = token.head
            if verb.pos_ != "VERB" or cx.mention_at(token.i) is not None:
                continue
            lemma = verb.lemma_.lower()
            if (lemma in self.report_verbs or verb.i in triggers
                    or any(c.dep_ == "neg" for c in verb.children)):
                continue
            pred = Predicate(lemma, "PROTEST", mode="demo", cameo="141")
            yield self._proposal(verb, pred, nominal=False)
            return

    def _lexicon_proposals(self, sentence: Span, cx: CodingContext) -> Iterator[TriggerProposal]:
        words = [t for t in sentence if cx.mention_at(t.i) is None]  # not inside actor names
        verbs = [(token, pred) for token in words
                 if (pred := self.verb(cx, token)) is not None]  # verbs first, in reading order
        asking = {t.i for t, p in verbs if p.type in UNASSERTED_COMPLEMENTS}
        types = {t.i: p.type for t, p in verbs}
        for token, pred in verbs:
            if _complement_of(token, asking):  # "demanded that Russia withdraw": no RETREAT
                continue
            if (not self.lexicon.types[pred.type].reciprocal
                    and _purpose_of_same_type(token, pred.type, types)):
                continue  # "converged for a rally to protest X": one protest; "met X to
                # discuss Y" keeps both, as the sides of a meeting each get their event
            if token.lemma_.lower() in self.denial_verbs and (
                self._denies_a_told_act(token, types) or _not_done(token)
            ):
                continue  # "denied any role in the attack": the builder's REJECT, with the
                # denied attack (one denial); "neither confirmed nor denied": no denial
            if pred.type in self.outcome_types and self._outcome_of(token, pred.type, types):
                continue  # "an airstrike killed 11", "struck the base, killing three": one
                # attack, told with what it did
            if _unmet_condition(token) or self._names_a_job(token):
                continue  # "Aid workers said", read as a verb: a job, no act
            yield self._proposal(token, pred, nominal=False)
        for token in words:
            if token.pos_ in ("NOUN", "PROPN") and not _unmet_condition(token):
                if asking and _complement_of(_verb_above(token), asking):
                    continue  # "agreed to provide aid": the aid is promised, not given
                modifiers = _noun_context(token) | self._forces_served(cx, token)
                noun = self.lexicon.noun(token.lemma_.lower(), modifiers)
                if noun is not None and self._not_had(token):
                    continue  # "need humanitarian assistance", "a cut in U.S. aid": no aid
                if noun is not None and self._none_harmed(token):
                    continue  # "the attack left no casualties"
                if noun is not None and self._names_a_job(token):
                    continue  # "aid workers said"
                if noun is not None:
                    yield self._proposal(token, noun, nominal=True)
                elif self.reader.under_fire(token) is not None:  # "came under fire from X"
                    yield TriggerProposal(token.doc[token.i : token.i + 1], "ASSAULT",
                                          origin="rule", nominal=True)

    def _none_harmed(self, noun: Token) -> bool:
        """Whether ``noun`` (a word of the cue ``toll_nouns``) says no one was harmed or
        tells no harm: "there were no casualties", "the attack left no casualties" (the attack
        is its own event), "the raid ended without casualties", "without reporting its
        casualties"."""
        return noun.lemma_.lower() in self.toll_nouns and (any(
            c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or _without(noun))

    def _names_a_job(self, token: Token) -> bool:
        """Whether event word ``token`` only names the work of the people or body it modifies
        (a word of the cue ``job_heads``): "a senior aid official", and "Aid workers ...
        said" that opens a sentence, which the parser reads as a verb and its object."""
        if token.dep_ == "compound":
            return token.head.lemma_.lower() in self.job_heads
        return token.pos_ == "VERB" and token.dep_ in ("csubj", "nsubj") and any(
            c.dep_ == "dobj" and c.i == token.i + 1 and c.lemma_.lower() in self.job_heads
            for c in token.children)

    def _not_had(self, noun: Token) -> bool:
        """Whether an event noun names what is wanted or cut, not an act the sentence tells:
        the object of a want verb ("18 million Yemenis need humanitarian assistance") or
        what a cutting noun of SANCTION cuts ("the cut in U.S. aid to the army", "any cut or
        suspension in the aid": the SANCTION, when it has an actor, is the event)."""
        first = noun
        while first.dep_ == "conj":  # "need food and assistance"
            first = first.head
        head = first.head
        if first.dep_ in ("dobj", "obj"):
            return head.lemma_.lower() in self.want_verbs
        if not (first.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "of")):
            return False
        cut = head.head
        if cut.pos_ != "NOUN":
            return False
        entry = self.lexicon.noun(cut.lemma_.lower(), _noun_context(cut))
        return entry is not None and entry.type == "SANCTION"

    def _outcome_of(self, verb: Token, etype: str, types: Mapping[int, str]) -> bool:
        """Whether ``verb`` tells what an act of the same type did, not an act of its own:
        a participle hanging on a verb of the type ("fired on the troops, killing 64"), a
        relative clause on an event noun of the type ("attacks which have killed
        civilians"), or a second verb of such a noun ("the airstrikes killed 20 militants
        and destroyed eight vehicles": "destroyed"). The first verb of a noun ("the strike
        killed 11") stays the event: the noun is its subject, the victims its target."""
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if (verb.dep_ == "advcl" and verb.tag_ == "VBG" and types.get(verb.head.i) == etype
                and not own_subject):
            return True
        if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that")
                                        for c in verb.children):
            # on the noun, or on a place or thing the noun's preposition names: "the bombing
            # at the railway station, which killed 26", "the strike on its hospital in
            # Kunduz, which killed 22"
            return any(self._noun_of(n, etype) for n in _noun_and_holders(verb.head))
        if verb.dep_ == "conj" and not own_subject:
            first = verb.head
            if any(c.dep_ == "nsubj" and self._noun_of(c, etype) for c in first.children):
                return True  # "the strikes engaged four units and destroyed a mortar"
            if types.get(first.i) != etype:
                return False
            if first.dep_ == "relcl" and self._noun_of(first.head, etype):
                return True
            # one act told with two verbs of one object: "shot and killed the reporter",
            # "ambushed and killed 68 peasants", "were killed and injured" (a second
            # object is a second act: "killed a worker and wounded five others")
            return not _objects(verb)
        # "shot and killed X": the verb with the object tells it
        return not _objects(verb) and any(
            c.dep_ == "conj" and types.get(c.i) == etype and _objects(c)
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            for c in verb.children)

    def _denies_a_told_act(self, verb: Token, types: Mapping[int, str]) -> bool:
        """Whether a denial verb's own words tell the act denied (a trigger below it:
        "denied any role in the attack", "denied arming the group")."""
        below = [c for c in verb.children if c.dep_ not in ("conj", "cc")]  # not "..., but
        # the government blamed the group"
        return any(t.i in types or (
            t.pos_ in ("NOUN", "PROPN")
            and self.lexicon.noun(t.lemma_.lower(), _noun_context(t)) is not None)
            for c in below for t in c.subtree)

    def _charged_act(self, verb: Token, pred: Predicate) -> bool:
        """Whether the complement of ``verb`` that ``pred`` asks for names an act after
        "for", "of" or "in": a word of the cue ``imputed_acts`` or an event noun of material
        conflict ("was responsible for this action", "guilty of the massacre"), not
        "responsible for security"."""
        for comp in verb.children:
            if comp.dep_ not in ("acomp", "oprd", "attr") or (
                comp.lemma_.lower() not in pred.complements
            ):
                continue
            for prep in comp.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "in"):
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    if obj.lemma_.lower() in self.imputed_acts:
                        return True
                    noun = self.lexicon.noun(obj.lemma_.lower(), _noun_context(obj))
                    if noun is not None and self.lexicon.types[noun.type].quad == 4:
                        return True
        return False

    def _noun_of(self, token: Token, etype: str) -> bool:
        """Whether ``token`` is an event noun of type ``etype``."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = self.lexicon.noun(token.lemma_.lower(), _noun_context(token))
        return noun is not None and noun.type == etype

    def _forces_served(self, cx: CodingContext, noun: Token) -> frozenset[str]:
        """The force words when the noun is for a state's armed forces: "in support of the
        Iraqi Security Forces", "support for the Iraqi army" (AID, as the verb is)."""
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "to"):
                for pobj in prep.children:
                    span = cx.by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                    actor = self.reader.dictionary.get(span.id_) if span is not None else None
                    if actor is not None and actor.kind in self.force_kinds:
                        return self.force_words
        return frozenset()

    def _names_place(self, cx: CodingContext, token: Token) -> bool:
        """Whether ``token`` names a place: a place entity, a name the gazetteer knows (the
        tagger takes "Kursk" for a product), or a state of the dictionary."""
        if token.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if token.pos_ == "PROPN" and self.reader.gazetteer.resolve(token.text) is not None:
            return True
        span = cx.by_token.get(token.i)
        actor = self.reader.dictionary.get(span.id_) if span is not None else None
        return actor is not None and actor.kind == "state"

    @staticmethod
    def _proposal(token: Token, pred: Predicate, nominal: bool) -> TriggerProposal:
        return TriggerProposal(token.doc[token.i : token.i + 1], pred.type, mode=pred.mode,
                               cameo=pred.cameo, origin="rule", nominal=nominal, hints=pred)

    def verb(self, cx: CodingContext, token: Token) -> Predicate | None:
        """The lexicon entry ``token`` triggers as a verb, if any."""
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.tag_ == "VBN"):
            lemma = token.lemma_.lower()
            if lemma not in self.lexicon.verbs:  # the lemmatizer leaves some past forms: "retook"
                lemma = PAST_FORMS.get(token.lower_, lemma)
            if lemma not in self.lexicon.verbs and token.tag_ in ("VBD", "VBN"):
                # and misreads rare "-ed" forms: "machinegunned" as "machinegunne"
                lemma = next((v for v in _verb_lemmas(token) if v in self.lexicon.verbs), lemma)
            return self.match_verb(cx, token, self.lexicon.verbs.get(lemma, ()))
        if misparsed_clause(cx, token, self.lexicon.verbs) is not None:
            # "the Quds Force armed Shiite militias", parsed as a noun phrase
            for lemma in _verb_lemmas(token):
                if lemma in self.lexicon.verbs:
                    return self.match_verb(cx, token, self.lexicon.verbs[lemma])
        return None

    def match_verb(
        self, cx: CodingContext, verb: Token, preds: Iterable[Predicate]
    ) -> Predicate | None:
        preds = tuple(preds)
        if not preds:  # most verbs: no entry to fit, only the objects' references to note
            for o in _objects(verb):
                if cx.by_token.get(o.i) is None:
                    self.reader.actor_arg(cx, o, deep=False)
            return None
        # particles, prepositions and the bare noun of "test-fired" (npadvmod)
        words = {c.lower_ for c in verb.children
                 if c.dep_ in ("prt", "prep", "dative", "advmod", "npadvmod")
                 and not _names_a_time(c)}
        objects = _objects(verb)
        object_lemmas = {o.lemma_.lower() for o in objects}
        object_lemmas |= {k for o in objects for k in _kind_of_name(o)}
        object_lemmas |= {pair for o in objects for pair in _modifier_pairs(o)}
        object_lemmas |= _counted(objects)
        # "lifted the state of siege", "suspended all types of armed activities": the noun
        # with what it is of ("state of siege"), and the counted noun with its modifiers
        object_lemmas |= {f"{o.lemma_.lower()} of {p.lemma_.lower()}" for o in objects
                          for p in _counted_tokens((o,))}
        object_lemmas |= {pair for p in _counted_tokens(objects) for pair in _modifier_pairs(p)}
        # "gave $5 million in humanitarian aid": the aid is what is given
        object_lemmas |= {w for p in _measured(verb)
                          for w in (p.lemma_.lower(), *_modifier_pairs(p))}
        # a participle's noun is what it acted on: "fighters backed by Iran" backed fighters
        described = _described_noun(verb)
        object_lemmas |= {w for n in described for w in (n.lemma_.lower(), *_modifier_pairs(n))}
        # A named armed group stands for the group words: "founded Asaib Ahl al-Haq",
        # and so does a pronoun that refers to one: "Muhandis built it".
        object_lemmas |= self._kind_words(cx, [*objects, *described], resolve=True)
        subjects, complements, prep_objects = _verb_frame(verb)
        # "backed by Saudi special forces": a named armed force as the doer, too
        subjects |= self._kind_words(cx, _doers_of(verb))
        # complements told as a "to"-clause with no subject of their own ("told X to leave")
        to_clauses = {c.lemma_.lower() for c in verb.children
                      if c.dep_ in ("xcomp", "ccomp", "advcl") and _infinitive(c)
                      and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            # "troops were in Tigray": a named place (or a state) counts as `named place`
            if any(self._names_place(cx, p) for p in prep.children if p.dep_ == "pobj"):
                prep_objects.setdefault(prep.lower_, set()).add(NAMED_PLACE)
        best: tuple[int, Predicate] | None = None
        for pred in preds:
            score = pred.fit(words, object_lemmas, subjects, complements, prep_objects)
            if score is None:
                continue
            if verb.lemma_.lower() in _DOING_VERBS and any(
                self._noun_of(n, pred.type) for n in described
            ):
                continue  # "the attacks perpetrated by X": the noun is the act, the verb its doing
            if not pred.passive and (any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
                                     or verb.dep_ == "acomp"):
                continue  # nor as a state: "we remain committed to ..."
            if pred.intransitive and any(c.dep_ in ("dobj", "obj") for c in verb.children):
                continue
            if pred.transitive and not _acts_on(cx, verb, objects):
                continue
            if pred.infinitive and not pred.complements & to_clauses:
                continue  # "told reporters he would leave": a report, no order
            if not pred.described and _describes(verb):
                continue
            if not pred.question and _takes_question(verb):
                continue  # "asked whether the border would reopen": an answer is asked for
            if pred.imputes and pred.complements and not self._charged_act(verb, pred):
                continue  # "the army is responsible for security": no act is charged
            if best is None or score > best[0]:
                best = (score, pred)
        return best[1] if best else None

    def _kind_words(self, cx: CodingContext, tokens: Iterable[Token],
                    resolve: bool = False) -> frozenset[str]:
        """The words an entry lists for the kind of actor among ``tokens`` names: the group
        words for an armed group, the force words for a state's armed forces ("the Syrian
        army"), the company words for a company ("bought Saturn"); with ``resolve``, a
        token no mention covers is read as an actor first (a pronoun: "Muhandis built it")."""
        out: frozenset[str] = frozenset()
        for t in tokens:
            span = cx.by_token.get(t.i)
            if span is None and resolve:
                span = self.reader.actor_arg(cx, t, deep=False).span
            actor = self.reader.dictionary.get(span.id_) if span is not None else None
            if actor is not None and actor.kind in self.armed_kinds:
                out |= self.group_words
            elif actor is not None and actor.kind in self.force_kinds:
                out |= self.force_words
            elif actor is not None and actor.kind in self.company_kinds:
                out |= self.company_words
        return out


# -- step 2: the argument reader ------------------------------------------------------------


class ArgumentReader:
    """Reads arguments, modality, attribution, date and place of a trigger from the parse.

    Stateless between calls: every method takes the post's :class:`CodingContext`.
    """

    def __init__(self, dictionary: ActorDictionary, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.dictionary = dictionary
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        lx = lexicon
        # the type keys of data/plover.yaml (see there)
        self.dating_types = lx.types_with("dating")
        self.place_target_types = lx.types_with("place_targets")
        self.reaction_types = lx.types_with("reaction")
        self.armed_types = lx.types_with("armed")
        self.harm_types = lx.types_with("harms")
        self.conditioned_types = lx.types_with("conditioned")
        self.venue_types = lx.types_with("venue")
        self.report_verbs = lx.cue("report_verbs")
        self.denial_verbs = lx.cue("denial_verbs")
        self.intention_verbs = lx.cue("intention_verbs")
        self.intention_nouns = lx.cue("intention_nouns")
        self.hypothetical = lx.cue("hypothetical_markers")
        self.future = lx.cue("future_markers")
        self.historical = lx.cue("historical_markers")
        self.negations = lx.cue("negation_words")
        self.claim_verbs = lx.cue("claim_verbs")
        self.opinion_verbs = lx.cue("opinion_verbs")
        self.noun_target_preps = lx.cue("noun_target_preps")
        self.place_preps = lx.cue("place_preps")
        self.between_words = lx.cue("between_words")
        self.light_verbs = lx.cue("light_verbs")
        self.proposal_nouns = lx.cue("proposal_nouns")
        self.own_retreat_modes = lx.cue("own_retreat_modes")
        self.casualty_verbs = lx.cue("casualty_verbs")
        self.directive_verbs = lx.cue("directive_verbs")
        self.reciprocal_verbs = lx.cue("reciprocal_verbs")
        self.deployed_forces = lx.cue("deployed_forces")
        self.quantity_words = lx.cue("quantity_words")
        self.series_nouns = lx.cue("series_nouns")
        self.patient_nouns = lx.cue("patient_nouns")
        self.helping_nouns = lx.cue("helping_nouns")
        self.commemoration_words = lx.cue("commemoration_words")
        self.under_fire_nouns = lx.cue("under_fire_nouns")
        self.under_fire_verbs = lx.cue("under_fire_verbs")
        self.firing_verbs = lx.cue("firing_verbs")
        self.report_phrases = lx.phrases("report_phrases")
        self.historical_phrases = lx.phrases("historical_markers")
        # Single words of these two are read from the parse (aux, mark, amod); their
        # phrases ("going to", "in case") from the words before the trigger.
        self.future_phrases = tuple(p for p in lx.phrases("future_markers") if len(p) > 1)
        self.hypothetical_phrases = tuple(
            p for p in lx.phrases("hypothetical_markers") if len(p) > 1
        )
        self._sector_nouns = {
            noun.lower(): code
            for code, sector in dictionary.sectors.items()
            for noun in sector.nouns
        }
        self._abroad: dict[str, bool] = {}  # :meth:`seated_abroad`, by actor id
        self.attribution = Attribution(self)
        # The trained role classifier (nlp/role_model.py) after the rules; ``None``: rules only.
        self.roles: RoleModel | None = load_role_model()

    def _objects(self, verb: Token) -> list[Token]:
        return _objects(verb)

    def is_reciprocal(self, proposal: TriggerProposal) -> bool:
        """Whether the event's sides act on each other when no target is named ("Iran and
        Saudi Arabia agreed", "the two armies clashed"), not on a third ("Canada and
        Ontario gave loans to GM")."""
        etype = self.lexicon.types.get(proposal.type)
        return bool(etype is not None and etype.reciprocal) or (
            proposal.token.lemma_.lower() in self.reciprocal_verbs)

    def mutual(self, proposal: TriggerProposal, args: Arguments) -> Arguments | None:
        """The other side's reading of an act two sides do to each other (:data:`_MUTUAL_WORDS`:
        "X met Y", "held talks with Y", "talks between X and Y", "clashes with the
        rebels", an entry marked ``mutual``: "joint maneuvers with Argentine troops"): the
        targets as sources and the sources as targets; ``None`` for any other
        trigger, or when a side names no actor. A meeting with an unnamed group ("will meet
        with Iraqi officials", "religious leaders") is the visitor's alone, as labelled; its
        named counterparts ("met his French counterparts") meet back."""
        token = proposal.token
        words = {token.lemma_.lower(), token.lower_} | {
            o.lemma_.lower() for o in _objects(token) if token.lemma_.lower() in self.light_verbs
            or token.lemma_.lower() == "hold"}
        meeting = self.lexicon.types.get(proposal.type)
        joint = isinstance(proposal.hints, Predicate) and proposal.hints.mutual
        if not words & _MUTUAL_WORDS and not joint and (
                meeting is None or proposal.mode not in meeting.mutual_modes):
            return None  # (a sale, a purchase, shared intelligence: the type's `mutual_modes`)
        # a clash or a joint act: any side, a sector too ("joint operations with the police")
        armed = meeting is None or not meeting.reciprocal or joint
        sources = [a for a in args.sources if a.span is not None or (
            a.token.pos_ == "NOUN" and self.sector_code(a.token) is not None)]
        targets = [a for a in args.targets if (a.span is not None or (
            armed and a.token.pos_ == "NOUN" and self.sector_code(a.token) is not None)) and (
            armed or a.token.pos_ != "NOUN" or a.token.lemma_.lower() == "counterpart")]
        # (one side each: "ECOWAS held talks with Mali, Burkina Faso and Niger" is the
        # host's; a wrong reading of a list is not made twice. A sale to a list is a sale
        # to each, and each buyer's purchase is its own: "sold rifles to Peru and Bolivia")
        sale = not words & _MUTUAL_WORDS and not joint
        if joint and isinstance(proposal.hints, Predicate) and not all(
                self._told_by_prep(a.token, proposal.hints.target_preps or ()) for a in targets):
            return None  # (the other side is the one "with" names: "signed a pact with Y")
        if len(sources) != 1 or not (len(targets) == 1 or sale and targets) or {
                a.actor for a in sources if a.actor} & {
            a.actor for a in targets if a.actor
        } or any(a.via_reference for a in (*sources, *targets)):
            return None  # (a side read through a pronoun is a guess: not made twice)
        return Arguments(targets, sources, args.nominal)

    @staticmethod
    def _told_by_prep(token: Token, preps: tuple[str, ...]) -> bool:
        """Whether ``token``, or the list it is a member of, is the object of one of
        ``preps`` or of "between" ("with Y", "between X and Y"); ``True`` when ``preps``
        is empty (an entry whose other side no preposition names)."""
        while token.dep_ in ("conj", "appos") and token.head.i != token.i:
            token = token.head
        return not preps or token.dep_ == "pobj" and token.head.lower_ in (*preps, "between")

    def sector_code(self, token: Token) -> str | None:
        """The sector code the noun ``token`` names with the modifier words just before it
        ("security forces": POL, "service members": MIL, "riot police"), else the noun's
        own ("forces": MIL), else ``None``."""
        return _modified_code(self._sector_nouns, token, (3, 2), True)

    def noun_sector(self, token: Token) -> str | None:
        """The sector code of the noun ``token`` alone, by its form, else its lemma
        ("troops": MIL, "governor": GOV); ``None`` for a noun that names no sector."""
        return self._sector_nouns.get(token.lower_) or self._sector_nouns.get(
            token.lemma_.lower())

    def struck_code(self, token: Token) -> str | None:
        """Whose the thing ``token`` names is when an attack hits it (``sectors.yaml``'s
        ``struck``, with the modifier words just before it: "a residential building": CIV,
        "an oil refinery": STATE, "stores": BUS), else ``None``."""
        return _modified_code(self.dictionary.struck, token, (2,), False)

    # -- arguments -------------------------------------------------------------------------

    def receivers(self, cx: CodingContext, verb: Token, hints: Predicate) -> list[Argument]:
        """The actors the verb's target prepositions name ("extradited X to the United
        States": the United States), for an entry whose object is a second act's target."""
        found = [self.actor_arg(cx, p) for p in self._pobjs(verb, hints.target_preps or ())]
        return [a for a in found if a.span is not None]

    def actor_arg(self, cx: CodingContext, token: Token, deep: bool = True) -> Argument:
        """The argument headed by ``token``: its actor mention, found in or below it."""
        span = cx.by_token.get(token.i)
        # "Rwanda's minister of state, James Kabarebe", "GUATEMALAN PRESIDENT\nVINICIO
        # CEREZO" (the name an apposition to the title): the person the title names
        named = next((cx.by_token[c.i] for c in token.children if c.dep_ == "appos"
                      and c.i in cx.by_token and self.dictionary.is_person(cx.by_token[c.i].id_)),
                     None)
        if span is not None and named is not None and self._generic(span.id_):
            return Argument(token, named)
        if span is not None:
            people = self.counted_nationals(cx, token, span)
            return Argument(token, people, inferred=True) if people else Argument(token, span)
        if named is not None:
            return Argument(token, named)
        if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl" and token.head.head != token:
            # "the Houthis, who are armed by Iran": the relative pronoun is the noun it hangs on.
            noun = self.actor_arg(cx, token.head.head, deep=False)
            if noun.span is not None:
                return Argument(token, noun.span, via_reference=True)
            if self.sector_code(noun.token) is not None and noun.token.dep_ != "appos":
                # "two soldiers who were detained": the sector noun, whose country the
                # builder gives as it gives the noun's own (not a title beside a name:
                # "Monsignor X, auxiliary bishop of Y, who accused ...": the person)
                return noun
        if is_reference(token):
            for pobj in self._pobjs(token, ("of",)):
                owner = cx.by_token.get(pobj.i)
                if owner is not None:  # "the Government of Iraq": Iraq's, not a back-reference
                    return Argument(token, self.sector_span(cx, token, owner) or owner)
            if token.i not in cx.refs:
                found = resolve_reference(token, cx.mentions, self.dictionary)
                cx.refs[token.i] = self.owned_body(cx, token, found) or found
            ref = cx.refs[token.i]
            if ref is not None:
                # "the government" after "Somalia" is Somalia's government, not Somalia.
                return Argument(token, self.sector_span(cx, token, ref) or ref, via_reference=True)
            return Argument(token, None)
        # "hundreds of American soldiers", "Saddam's proposal", "a ceasefire offered by Saddam"
        for child in token.children:
            if child.dep_ in ("compound", "poss", "nmod", "amod") and child.i in cx.by_token:
                owner = cx.by_token[child.i]  # "Iranian missiles", "Iraq's army"
                # "Iraq's army", "Hong Kong police": a sector noun after a state is its sector
                sector = self.sector_span(cx, token, owner)
                return Argument(token, sector, inferred=True) if sector else Argument(token, owner)
            if child.dep_ == "poss" and is_reference(child):
                referent = self.actor_arg(cx, child)
                if referent.span is not None:  # "its forces": the referent's forces
                    owned = self.sector_span(cx, token, referent.span) or referent.span
                    return Argument(token, owned, via_reference=True)
        for child in token.lefts:
            # "Hamas-led gunmen", "US-led forces": the leader stands for the group.
            if child.dep_ == "amod" and child.lemma_.lower() == "lead":
                inner = [t for t in child.subtree if t.i in cx.by_token]
                if inner:
                    return Argument(token, cx.by_token[inner[0].i])
        for child in token.rights:
            # "security forces led by the RSF": so does a leader named after the group
            if child.dep_ == "acl" and child.lemma_.lower() == "lead":
                leader = self.agent(cx, child)
                if leader is not None and leader.span is not None:
                    return Argument(token, leader.span)
        if deep:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            arg = self.actor_arg(cx, pobj, deep=False)
                            if arg.span is not None and child.lower_ == "of":
                                # "the armies of Sudan": the state's sector, as "Sudan's army"
                                sector = self.sector_span(cx, token, arg.span) if (
                                    self.sector_code(token) in _OF_STATE_SECTORS
                                    and self._is_state(arg.span.id_)) else None
                                return Argument(token, sector or arg.span, inferred=bool(sector))
                            if arg.span is not None:
                                return arg
                if child.dep_ == "acl" and child.lemma_.lower() in _LINK_VERBS:
                    # "ships linked to Israel", "a truck belonging to the ministry"
                    for pobj in self._pobjs(child, ("to", "with")):
                        linked = self.actor_arg(cx, pobj, deep=False)
                        if linked.span is not None:
                            return Argument(token, linked.span)
                if child.dep_ == "acl" and token.lemma_.lower() in self.proposal_nouns:
                    agent = self.agent(cx, child)
                    if agent is not None and agent.span is not None:
                        return agent
                # "protesting the measures adopted by the U.S.", "seized a farm owned by
                # Pablo Escobar", "support for the decisions made by President Menem": a thing
                # its maker or owner made or owns stands for them (not people: "the soldiers
                # used by the junta" stay soldiers; nor a verb that is an event alone, a
                # trigger of its own: "the mines controlled by M23")
                if child.dep_ == "acl" and child.tag_ == "VBN" and (
                    child.lemma_.lower() in _OWNER_VERBS and self.sector_code(token) is None
                    and not any(not p.objects and not p.particle
                                for p in self.lexicon.verbs.get(child.lemma_.lower(), ()))
                ):
                    agent = self.agent(cx, child)
                    if agent is not None and agent.span is not None:
                        return Argument(token, agent.span)
        return Argument(token, None)

    def owned_body(self, cx: CodingContext, token: Token, ref: Span | None) -> Span | None:
        """The body a pronoun refers to when its referent is the owner word of that body:
        "Somalia's army said it had killed 40 fighters", "Myanmar's junta said it would
        release 9,000 prisoners", "Nigerian police said they arrested 30" (the army, the
        junta, the police, as the body's own phrase is coded; not the state). ``None`` when
        the referent owns no body, or the body is a person ("Iran's foreign minister said
        it ...": Iran)."""
        if ref is None or token.lower_ not in _BODY_PRONOUNS:
            return None
        owner = ref.root
        head = owner.head
        if owner.dep_ not in ("poss", "amod", "compound") or head.i in range(
            ref.start, ref.end
        ) or head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in _PERSON_TITLES or (
            head.i > token.i
        ) or (token.dep_ == "poss" and token.head.i in {c.i for c in head.conjuncts}):
            return None  # ("Burkina Faso's army and its auxiliaries": another body, not the army)
        body = self.actor_arg(cx, head, deep=False).span
        if body is None or body.id_ == ref.id_ or self.dictionary.is_person(body.id_):
            return None
        return body

    def seated_abroad(self, actor_id: str) -> bool:
        """Whether the country of ``actor_id`` is only where an international body sits, no
        guess for the people around it: an IGO ("the UN": USA), an NGO whose names do not
        name its country ("the Red Cross": CHE, "Human Rights Watch": USA), unlike a
        national one ("the Yemen Red Crescent": YEM)."""
        if actor_id not in self._abroad:
            actor = self.dictionary.get(actor_id)
            abroad = actor is not None and actor.kind in ("igo", "ngo")
            if abroad and actor is not None and actor.kind == "ngo" and actor.country:
                state = self.dictionary.get(actor.country)
                words = {w.casefold() for w in (*(
                    (state.name, *state.aliases) if state is not None else ()), *(
                    d for d, iso in self.dictionary.demonyms.items() if iso == actor.country))}
                names = " ".join((actor.name, *actor.aliases)).casefold()
                abroad = not any(re.search(rf"\b{re.escape(w)}\b", names) for w in words if w)
            self._abroad[actor_id] = abroad
        return self._abroad[actor_id]

    def _generic(self, actor_id: str) -> bool:
        """Whether ``actor_id`` is a state's generic sector ("GTM.GOV"), as a title alone
        names one."""
        actor = self.dictionary.get(actor_id)
        return actor is not None and actor.sector is not None and actor.id == (
            f"{actor.country}.{actor.sector}")

    def counted_nationals(self, cx: CodingContext, token: Token, span: Span) -> Span | None:
        """A state's people counted by number ("30 Britons", "tens of thousands of Lebanese",
        "scores of Afghans") as the state's civilians; ``None`` for anything else ("the
        Americans", "Syria")."""
        actor = self.dictionary.get(span.id_)
        if actor is None or actor.kind != "state" or not actor.country or len(span) != 1:
            return None
        if token.tag_ not in ("NNS", "NNPS") and token.ent_type_ != "NORP":
            return None
        counted = any(c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in self.quantity_words)
                      for c in token.children)
        head = token.head
        if not counted and token.dep_ == "pobj" and head.lower_ == "of":
            counter = head.head
            counted = counter.pos_ == "NUM" or counter.lower_ in self.quantity_words
        if not counted:
            return None
        return _inferred(cx, token, f"{actor.country}.CIV")

    def nationals(self, cx: CodingContext, arg: Argument | None) -> Argument | None:
        """A state's people named by its demonym as a noun, the target of an attack or a
        coercion ("attacks against Salvadorans", "free Syrians from ISIL atrocities", "the
        American had not been sentenced"): its civilians, as labelled. The demonym as an
        adjective ("Ukrainian troops") or the state's name ("attacked Syria") stays."""
        if arg is None or arg.span is None or arg.via_reference or len(arg.span) != 1:
            return arg
        token = arg.span.root
        actor = self.dictionary.get(arg.span.id_)
        if actor is None or actor.kind != "state" or not actor.country or (
            token.i != arg.token.i or token.dep_ in ("amod", "compound", "poss", "nmod")
            or self.dictionary.demonyms.get(token.lower_) != actor.country
        ):
            return arg
        people = _inferred(cx, token, f"{actor.country}.CIV")
        return Argument(arg.token, people, inferred=True, learned=arg.learned)

    def state_thing(self, cx: CodingContext, arg: Argument | None) -> Argument | None:
        """The thing an attack hits named with a state's word before it ("shot down a
        Ukrainian transport plane", "fired at a Philippine supply boat", "hurled dynamite at
        U.S. embassy facilities"): whose the thing is (``sectors.yaml``'s ``struck``: the
        state's military, government, civilians), as a bare thing is; the state's word stays
        when the noun names no such thing ("attacked Syrian territory")."""
        if arg is None or arg.span is None or arg.via_reference:
            return arg
        token, span = arg.token, arg.span
        actor = self.dictionary.get(span.id_)
        if actor is None or actor.kind != "state" or not actor.country or (
            token.i in range(span.start, span.end) or token.pos_ != "NOUN"
            or span.root.head.i != token.i
            or span.root.dep_ not in ("amod", "compound", "nmod", "poss")
        ):
            return arg
        code = self.struck_code(token)
        if code is None:
            return arg
        thing = _inferred(cx, token, actor.country if code == _STATE
                          else f"{actor.country}.{code}")
        return Argument(token, thing, inferred=True, learned=arg.learned)

    def other_referent(self, cx: CodingContext, arg: Argument, source: str) -> Argument | None:
        """``arg`` read by a pronoun ("them", "its positions") resolved past the actors that
        would make it the ``source`` itself, or ``None``."""
        if not arg.via_reference:
            return None
        token = arg.token
        # (an object "them", not "it", often a thing, nor a subject: "warned it would")
        word = token if is_reference(token) and token.pos_ == "PRON" and token.lower_ != "it" and (
            token.dep_ in ("dobj", "dative", "pobj")) else next(
            (c for c in token.children if c.dep_ == "poss" and is_reference(c)), None)
        if word is None or (word is not token and self.sector_code(token) is None):
            return None  # (only a sector is someone else's: "its positions", not "its land")
        mentions = list(cx.mentions)
        for _ in range(3):
            ref = resolve_reference(word, mentions, self.dictionary)
            if ref is None:
                return None
            span = ref if word is token else self.sector_span(cx, token, ref) or ref
            if span.id_ != source:
                return Argument(token, span, via_reference=True)
            mentions = [m for m in mentions if m.id_ != ref.id_]
        return None

    def first_person(self, cx: CodingContext, arg: Argument, frame: Frame,
                     sent: Span) -> Argument:
        """``arg`` as the speaker's side when it is "we", "us" or "our X" inside the quote
        or reported clause of a named speaker ("our fighters": the speaker's fighters; a
        person speaks for the body the dictionary gives them, else for themselves)."""
        speaker = frame.asserted_by
        if arg.span is not None or speaker is None or speaker.span is None:
            return arg
        word = _first_plural(arg.token)
        if word is None or speaker.span.start <= word.i < speaker.span.end:
            return arg
        if not _in_quote_if_any(word, sent):  # "we" outside the quote is the author's
            return arg
        owner = speaker.span
        if self.dictionary.is_person(owner.id_):
            body = self._speaks_for(cx, speaker, owner)
            if body is not None:
                owner = Span(word.doc, word.i, word.i + 1, label="ACTOR", span_id=body)
        if word is not arg.token:  # "our forces": the speaker's forces
            actor = self.dictionary.get(owner.id_)
            code = self.sector_code(arg.token)
            if code is None:  # "our image", "our campaign": no actor
                return arg
            if actor is not None and actor.country and (
                actor.kind == "state" or actor.sector
            ):  # "our soldiers" said by Rwanda or by its government: Rwanda's military
                state = Span(word.doc, word.i, word.i + 1, label="ACTOR", span_id=actor.country)
                sector = self.sector_span(cx, arg.token, state)
                if sector is not None:
                    return Argument(arg.token, sector, via_reference=True)
        return Argument(arg.token, owner, via_reference=True)

    def _speaks_for(self, cx: CodingContext, speaker: Argument, person: Span) -> str | None:
        """The body a person speaker speaks for: one the sentence names beside them ("Abu
        Obeida, a Hamas spokesman", "Hamas spokesman Abu Obeida"), else the role the
        dictionary gives them on the text's date, else their one standing role."""
        beside = [t for c in speaker.token.children if c.dep_ in _TITLE_DEPS for t in c.subtree
                  if not any(a.dep_ in ("relcl", "acl") for a in t.ancestors
                             if a.i != speaker.token.i and a in c.subtree)]
        for t in beside:  # (not "Abu Obeida, who threatened Israel, said")
            named = cx.by_token.get(t.i)
            body = self.dictionary.get(named.id_) if named is not None else None
            if named is not None and named != person and body is not None and (
                body.kind != "person"
            ):
                return named.id_
        date = cx.thread.last_date or (cx.post.time or "")[:10] or None
        if date:
            held = self.dictionary.resolve(person.id_, date)
            if held != person.id_:
                return held
        actor = self.dictionary.get(person.id_)
        standing = {a.actor for a in actor.affiliations if not (a.start or a.end)} if (
            actor is not None) else set()
        return next(iter(standing)) if len(standing) == 1 else None

    def agent(self, cx: CodingContext, verb: Token) -> Argument | None:
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.actor_arg(cx, pobj)
        return None

    def expand(self, cx: CodingContext, token: Token) -> list[Argument]:
        """The argument headed by ``token`` and by its conjuncts ("Iran and Syria"), and the
        actors of a list in its modifier ("US and British warships": the US's too)."""
        args = [self.actor_arg(cx, t) for t in (token, *token.conjuncts)]
        for head in (token, *token.conjuncts):
            # "dozens of Wagner mercenaries and Malian soldiers": each group counted
            if head.pos_ == "NUM" or head.lower_ in self.quantity_words:
                counted = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj"]
                args += [self.actor_arg(cx, c) for c in (counted[0].conjuncts if counted
                                                         else ())]
            else:
                args += self._owners_listed(cx, head)
        seen = {a.actor for a in args if a.span is not None}
        for head in (token, *token.conjuncts):
            for child in head.children:
                if child.dep_ not in ("nmod", "amod", "compound") or not child.conjuncts:
                    continue
                for member in (child, *child.conjuncts):
                    owner = cx.by_token.get(member.i)
                    if owner is None or head.i in range(owner.start, owner.end):
                        continue  # no actor, or the one the head's own mention names
                    span = self.sector_span(cx, head, owner) or owner
                    if span.id_ not in seen:
                        seen.add(span.id_)
                        args.append(Argument(head, span, inferred=span is not owner))
        return args

    def series_items(self, token: Token) -> list[Token]:
        """The acts a series noun gathers ("attacks" in "a wave of attacks"), else ``[]``."""
        if token.lemma_.lower() not in self.series_nouns:
            return []
        return self._pobjs(token, ("of",))[:1]

    def series_of(self, noun: Token) -> Token:
        """The series noun that gathers the act ``noun`` ("a wave of attacks", "a state of
        siege"), else ``noun`` itself."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and (
            head.head.lemma_.lower() in self.series_nouns
        ):
            return head.head
        return noun

    def _owners_listed(self, cx: CodingContext, head: Token) -> list[Argument]:
        """The other owners of a list after "of" on a noun that stands for its first one
        ("the foreign ministers of Congo and Rwanda", "leaders of the US, Japan and South
        Korea": Rwanda's, Japan's and South Korea's too); ``[]`` otherwise."""
        if head.i in cx.by_token:
            return []
        owners = self._pobjs(head, ("of",))[:1]
        if not owners or not owners[0].conjuncts:
            return []
        first = self.actor_arg(cx, head).span
        owner = self.actor_arg(cx, owners[0], deep=False).span
        if first is None or owner is None:
            return []
        # "the governments of Chile and Peru": the noun is the first owner's sector (CHL.GOV),
        # and so each listed owner's (PER.GOV)
        sector = not first.start <= owners[0].i < first.end
        if sector and first.id_ != getattr(self.sector_span(cx, head, owner), "id_", None):
            return []  # (the noun names someone else: "Iran's allies of Hamas and ...")
        listed = [self.actor_arg(cx, c, deep=False).span for c in owners[0].conjuncts]
        return [Argument(head, self.sector_span(cx, head, span) or span, inferred=True)
                if sector else Argument(head, span) for span in listed if span is not None]

    def subjects(self, cx: CodingContext, verb: Token, seen: int = 0) -> list[Argument]:
        if seen > 6:
            return []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if passive:
            agent = self.agent(cx, verb)
            if agent is None and seen > 0:
                # the controller of a complement: "the UK is committed to supporting X",
                # "Iran was urged to halt": the passive subject acts
                subject = [c for c in verb.children if c.dep_ == "nsubjpass"]
                return self.expand(cx, subject[0]) if subject else []
            if agent is None:
                # "killed in an Israeli airstrike": the maker of the event that did it
                for pobj in self._pobjs(verb, ("in", "during", "by")):
                    if pobj.lemma_.lower() in self.lexicon.nouns:
                        maker = self.actor_arg(cx, pobj, deep=False)
                        if maker.span is not None:
                            return [maker]
            return [a for t in ([agent.token] if agent else []) for a in self.expand(cx, t)]
        by = self._participle_agent(cx, verb)
        if by is not None:
            return by
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                return self._firer(cx, child) or self.expand(cx, child)
        hyphen = self._hyphen_agent(cx, verb)
        if hyphen is not None:
            return [hyphen]
        recovered = self._recovered_subject(cx, verb)
        if recovered is not None:
            return [recovered]
        head = verb.head
        if head == verb:
            return []
        if verb.dep_ == "conj":
            partner = _passive_partner(verb)
            if partner is not None:  # "were beaten and arrested": no doer but the passive's agent
                agent = self.agent(cx, verb) or self.agent(cx, partner)
                return [a for t in ([agent.token] if agent else []) for a in self.expand(cx, t)]
            return self.subjects(cx, head, seen + 1)
        if verb.dep_ in ("xcomp", "advcl"):
            objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            infinitive = any(c.tag_ == "TO" for c in verb.children)
            directive = verb.dep_ == "xcomp" or (
                infinitive and head.lemma_.lower() in self.directive_verbs
            )
            if objs and directive and head.lemma_.lower() not in self.intention_verbs:
                controlled = self.expand(cx, objs[0])  # object control: "tasked X to establish Y"
                if any(a.span is not None for a in controlled):
                    return controlled
            # "Tehran used this array to wage a war": the array is a means, Tehran wages.
            return self.subjects(cx, head, seen + 1)
        if verb.dep_ == "relcl" and not passive:
            return self.expand(cx, head)
        if verb.dep_ == "acl" and head.pos_ == "NOUN" and not passive and verb.tag_ != "VBN":
            # "Washington's decision to recognise X", "its efforts to defeat ISIL": the
            # noun's owner acts
            for child in head.lefts:
                if child.dep_ in ("poss", "compound", "amod", "nmod"):
                    owner = self.actor_arg(cx, child)
                    if owner.span is not None:
                        return [owner]
        doers = self._people_doing(cx, verb)
        if doers is not None:
            return doers
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            governor = head.head
            objs = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
            # "accused X of supplying ...": X supplies; "denied arming ...": the denier arms.
            if objs and governor.pos_ in ("VERB", "AUX"):
                return self.expand(cx, objs[0])
            if governor.pos_ in ("VERB", "AUX"):
                return self.subjects(cx, governor, seen + 1)
        if verb.dep_ == "ccomp" and verb.tag_ == "VBG":
            return self.subjects(cx, head, seen + 1)
        if verb.dep_ == "acomp" and seen > 0:
            # "the UK is committed to continuing to provide ...": whoever is committed
            return self.subjects(cx, head, seen + 1)
        return []

    def _participle_agent(self, cx: CodingContext, verb: Token) -> list[Argument] | None:
        """The agent of a participle that modifies a noun ("a deal brokered by China", "the
        truce mediated by Egypt"): the one who brokers, not a side of the deal; ``None``
        for a participle with no actor after its "by"."""
        if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "amod"):
            return None
        agent = self.agent(cx, verb)
        if agent is None or agent.span is None:
            return None
        return self.expand(cx, agent.token)

    def _parties_of(self, cx: CodingContext, noun: Token) -> list[Argument]:
        """The actors of the clause a noun sits in ("Iran and Saudi Arabia agreed in a deal
        brokered by China", "the rebels accepted a truce mediated by Qatar"): the sides
        the broker of the deal or truce dealt with."""
        clause = noun
        while clause.dep_ in ("pobj", "prep", "dobj", "obj", "appos") and clause.head != clause:
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        return [a for a in self.subjects(cx, clause) if a.span is not None]

    def _firer(self, cx: CodingContext, subject: Token) -> list[Argument] | None:
        """Whoever fired or sent a subject with no actor of its own ("a missile fired by the
        Houthis struck the port", "rockets launched by Hezbollah hit a town"): the agent
        of the participle that describes it acts; ``None`` otherwise."""
        if subject.i in cx.by_token:
            return None
        for child in subject.children:
            if child.dep_ == "acl" and child.lemma_.lower() in self.firing_verbs:
                found = self._participle_agent(cx, child)
                if found:
                    return found
        return None

    def _hyphen_agent(self, cx: CodingContext, verb: Token) -> Argument | None:
        """The actor before a hyphenated participle that modifies a noun: "a UN-brokered
        truce", "a Qatar-mediated deal", "a UN-backed mission" (the UN brokers, backs)."""
        if verb.tag_ != "VBN" or verb.dep_ not in ("amod", "compound", "nmod"):
            return None
        for child in verb.lefts:
            if child.dep_ in ("npadvmod", "compound", "nmod") and child.i in cx.by_token:
                return Argument(child, cx.by_token[child.i])
        doc = verb.doc
        # "UN - backed mission": the parser hangs the actor on the noun, not the participle
        if verb.i >= 2 and doc[verb.i - 1].text in ("-", "\u2010", "\u2011"):
            span = cx.by_token.get(verb.i - 2)
            if span is not None:
                return Argument(doc[verb.i - 2], span)
        return None

    def _people_doing(self, cx: CodingContext, verb: Token) -> list[Argument] | None:
        """The actors a present participle describes as doing its act ("fired on
        opposition supporters protesting in Dakar", "opened fire on crowds demanding the
        release of ..."): the noun it hangs on, when that noun names an actor or unarmed
        people of a sector (whose country the builder gives); ``None`` otherwise (an
        owner's act: "its efforts to defeat ISIL"; a bare armed "fighters" or "drones",
        whose country a guess would give: "enemy fighters firing on Iraqi forces" are not
        Iraq's)."""
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("NOUN", "PROPN"):
            return None
        doer = self.actor_arg(cx, verb.head, deep=False)
        if doer.span is not None or self.sector_code(doer.token) not in (None, *_FORCE_SECTORS):
            return [doer]
        return None

    def _recovered_subject(self, cx: CodingContext, verb: Token) -> Argument | None:
        """The subject of a clause the parser read as a noun phrase (:func:`misparsed_clause`),
        for its adjective-tagged verb ("armed") or a verb conjoined to its ROOT noun ("the
        Quds Force armed Shiite militias and sent them money": the Quds Force sends)."""
        if verb.pos_ == "ADJ":
            words = [verb]
        elif verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
            words = [c for c in verb.head.lefts if c.dep_ == "amod"]
        else:
            return None
        for word in words:
            mention = misparsed_clause(cx, word, self.lexicon.verbs)
            if mention is not None:
                return Argument(mention.root, mention)
        return None

    def targets(
        self, cx: CodingContext, verb: Token, etype: str, hints: Predicate | None = None
    ) -> list[Argument]:
        """Whom the verb ``verb`` acts on. ``hints`` (a lexicon entry) may name the particle
        ("fire at X"), the objects it needs and the prepositions of its target; without
        them the event type's target prepositions apply."""
        particle = hints.particle if hints is not None else None
        needs_objects = bool(hints.objects) if hints is not None else False
        preps = hints.target_preps if hints is not None and hints.target_preps is not None else (
            self.lexicon.types[etype].target_preps
        )
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "militias founded by Iran"
            described = self.expand(cx, verb.head)
            agent = self.agent(cx, verb)
            if agent is None or agent.span is None or any(
                a.span is not None and a.actor != agent.actor for a in described
            ):
                return described
            # "a deal brokered by China": no actor but the broker's own in the deal
            return self._parties_of(cx, verb.head) or self._deal_sides(
                cx, verb.head, verb, agent) or described
        if verb.pos_ == "ADJ" and misparsed_clause(cx, verb, self.lexicon.verbs) is not None:
            # "the Quds Force armed Shiite militias (and sent ...)": the ROOT noun's phrase,
            # not the verbs conjoined to it
            return [a for a in self.expand(cx, verb.head) if a.token.pos_ not in ("VERB", "AUX")]
        candidates: list[Token] = []
        own = self.particle_objects(verb, hints)
        if particle:  # "fire at X", "meddle in X"
            candidates += [p for p in self._pobjs(verb, (particle,)) if p not in own]
        if not needs_objects:
            deps = ("nsubjpass",) if passive else ("dobj", "obj", "dative")
            candidates += _receivers(c for c in verb.children if c.dep_ in deps)
        candidates += self._pobjs(verb, preps)
        if verb.tag_ == "VBG" and verb.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not (
            self._objects(verb)
        ):  # "shelling of Chernihiv continued": a gerund told as a noun, its "of" the target
            candidates += self._pobjs(verb, ("of",))
        if needs_objects:
            objects = self._objects(verb)
            if verb.lemma_.lower() in _PARTICIPATION_VERBS:
                # "Colonel X was involved in the murder of the Jesuits": X is the doer (see
                # verb_args), whom the act in "in" names the target
                objects = [o for o in objects if o.dep_ != "nsubjpass"]
                own = [*own, *(p for p in self._pobjs(verb, ("in",)) if p not in own)]
            # "founded Asaib Ahl al-Haq": a named object is the target itself ...
            candidates = [o for o in objects if o.i in cx.by_token
                          or self._owned_sector(cx, o)] + [
                # "involved in the murder of citizens": whom the entry's object word names
                p for o in own for p in self._pobjs(o, (*preps, "of"))
            ] + (
                # "a citizen was put under investigation": else the passive subject
                [c for c in verb.children if c.dep_ == "nsubjpass"] if own and passive and (
                    verb.lemma_.lower() not in _PARTICIPATION_VERBS) else []
            ) + candidates
            # "sent them money": the indirect object receives
            candidates += _receivers(c for c in verb.children if c.dep_ == "dative")
            for obj in objects:  # ... else "carried out massacres of X", "waged war against X"
                # ("launched a wave of attacks on X": the acts' own target, not the acts)
                items = self.series_items(obj)
                candidates += [p for t in (*items, obj)
                               for p in self._pobjs(t, (*preps, "of", *_RECEIVER_PREPS))
                               if p not in items]
        if verb.dep_ == "relcl" and passive:
            candidates.append(verb.head)
        partner = _passive_partner(verb)
        if partner is not None:  # "were beaten and then arrested": the shared passive subject
            candidates += [c for c in partner.children if c.dep_ == "nsubjpass"]
        else:
            candidates += _passive_after_active(verb)
        if not candidates:
            # "fought next to Iranian troops against Saddam's army": the preposition hangs
            # one level down in a misattached phrase.
            for prep in [c for c in verb.children if c.dep_ == "prep"]:
                for pobj in [p for p in prep.children if p.dep_ == "pobj"]:
                    candidates += self._pobjs(pobj, ("against",))
        if not needs_objects:
            # "provided aid for Ukraine and Moldova", "launched an offensive against Kyiv":
            # the target's preposition hangs on the object; used when no nearer candidate
            # names an actor. An amount's thing stands for the amount: "provided $10 million
            # in aid to X", "grants $4 million worth of aid for X".
            candidates += [p for o in self._objects(verb)
                           for t in (o, *_amount_of(o), *self.series_items(o))
                           for p in self._pobjs(t, preps)]
        # "helped Russia push X back": the subject of a bare infinitive is who is helped
        candidates += [c for comp in verb.children
                       if comp.dep_ in ("ccomp", "xcomp") and comp.tag_ == "VB"
                       for c in comp.children if c.dep_ == "nsubj"]
        objects = self._objects(verb)
        # "cut diplomatic links with Qatar": the other side of a tie its object names
        candidates += [p for o in objects if o.lemma_.lower() in _TIE_NOUNS
                       or o.lower_ in _TIE_NOUNS for p in self._pobjs(o, ("with",))]
        # (a doer is an actor or no one, never a circumstance: "the Government of Iraq")
        doers = [t for o in objects for t in self._doers(o)] if etype in self.reaction_types else []
        first: list[Argument] | None = None
        place: Argument | None = None
        for token in candidates + doers:
            if self.is_circumstance(cx, token) and token not in doers:
                if place is None and etype in self.place_target_types:
                    place = self.place_actor(cx, token)
                continue
            args = self.expand(cx, token)
            if any(a.span is not None for a in args) or self._known_people(cx, token):
                # (people the verb acts on, named by a sector noun or a count, come before
                # a place named after them: "killed dozens of worshippers at a church")
                return args
            if place is None and etype in self.place_target_types:
                place = self.unmarked_place(cx, token)
            if first is None:
                first = args
        if place is None and hints is not None and hints.mode == _THIRD_PARTY:
            # "brokered a deal for Damascus to give up its arsenal": the deal's sides
            for deal in self._objects(verb):
                sides = self._deal_sides(cx, deal, verb, None)
                if sides:
                    return sides
        # a place attacked when no actor is: the state that holds it
        return [place] if place is not None else first or []

    def _owned_sector(self, cx: CodingContext, noun: Token) -> bool:
        """Whether ``noun`` is a sector noun a named actor owns ("summoned Mali's
        ambassador": Mali's government), which names the target as a named object does."""
        return self.noun_sector(noun) is not None and any(
            c.dep_ == "poss" and c.i in cx.by_token for c in noun.children)

    def _deal_sides(self, cx: CodingContext, deal: Token, broker_verb: Token,
                    broker: Argument | None) -> list[Argument]:
        """The sides a brokered deal binds, as its own words name them: "between Y and Z"
        (on the deal or on the participle "brokered ... between"), its "for" ("a deal for
        Damascus to hand over its arsenal", however the parse hangs the clause), the
        subject of a clause on it ("a truce under which the Houthis would stop", "a deal
        that Russia and Ukraine signed"); not the broker."""
        tokens = [*self._pobjs(deal, (*self.between_words, "for")),
                  *(self._pobjs(broker_verb, self.between_words)
                    if broker_verb.head == deal else [])]
        tokens += [c for clause in deal.children
                   if clause.dep_ in ("acl", "relcl", "advcl") and clause != broker_verb
                   for c in clause.children if c.dep_ == "nsubj"
                   and c.tag_ not in ("WDT", "WP")]
        brokers = {a.actor for a in (
            [broker] if broker is not None else self.subjects(cx, broker_verb)) if a.actor}
        return [a for t in tokens for a in self.expand(cx, t)
                if a.span is not None and a.actor not in brokers]

    def casualties(self, cx: CodingContext, verb: Token,
                   targets: list[Argument]) -> list[Argument]:
        """The people an attack's casualty clause names ("stormed the Westgate mall,
        killing at least 39 people") in place of a struck thing that is no one's; ``targets``
        when they name people, when the object is an actor's or a sector's ("shot down the
        Ukrainian airliner, killing all 176 on board", "attacked a gendarmerie school,
        killing dozens": the labels code the killing apart) or when no such clause is."""
        owned = [o for o in self._objects(verb)
                 for span in [self.actor_arg(cx, o, deep=False).span]
                 if (span is not None and not span.id_.startswith("PRV."))
                 or self.struck_code(o) is not None or self.armed_modifier(cx, o) is not None]
        if not targets or owned or any(self._object_people(a.token) for a in targets):
            return targets  # (nothing struck: "a car bomb exploded, killing nine")
        killed = [o for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                  and c.lemma_.lower() in self.casualty_verbs
                  for o in self._objects(c) if self._known_people(cx, o)]
        return [Argument(o, cx.by_token.get(o.i)) for o in killed] or targets

    def _known_people(self, cx: CodingContext, token: Token) -> bool:
        """Whether the object ``token`` names people (:meth:`_object_people`) whose
        country the sentence gives: an event that names no one else is kept by them."""
        return self._object_people(token) and self.infer(
            cx, Argument(token, None), None, token.sent, any_country=True).span is not None

    def _object_people(self, token: Token) -> bool:
        """Whether the object ``token`` names people by a sector noun or a count of them
        ("dozens of worshippers", "at least 39 people", "civilians"), whose country the
        builder finds."""
        if token.dep_ not in ("dobj", "obj", "nsubjpass"):
            return False
        counted = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"] if (
            token.pos_ == "NUM" or token.lower_ in self.quantity_words) else []
        return any(self._sector_nouns.get(t.lower_) == "CIV" or self._sector_nouns.get(
            t.lemma_.lower()) == "CIV" for t in (token, *counted))

    def particle_objects(self, verb: Token, hints: Predicate | None) -> list[Token]:
        """The entry's own object words after its particle ("put under investigation",
        "placed under house arrest"): part of the act, no target of it."""
        if hints is None or not hints.particle or not hints.objects:
            return []
        return [p for p in self._pobjs(verb, (hints.particle,))
                if p.lemma_.lower() in hints.objects or p.lower_ in hints.objects]

    def place_in_post(self, cx: CodingContext, name: str) -> Location | None:
        """The place called ``name`` in this post: the gazetteer's (the most populous of the
        name), unless that lies outside the home countries of the actors the post names
        and a namesake lies in exactly one of them ("AGUILARES" in a post about the FMLN:
        El Salvador's town, not Argentina's bigger one); ``None`` for a name several
        countries share when none of them is the home of a body that acts at home ("SAN
        JOSE" in a post about the FMLN)."""
        where = self.gazetteer.resolve(name)
        if where is None or not where.country:
            return where
        homes = {h for m in cx.mentions for h in [self.dictionary.home(m.id_)] if h}
        if where.country in homes:
            return where
        namesakes = self.gazetteer.namesakes(name)
        here = [c for c in namesakes if c.country in homes]
        if here and len({c.country for c in here}) == 1:
            return here[0]
        # the countries of the bodies that act at home (a government, its police, a rebel
        # group: not an army or a state, which may act abroad: "US drones near Kandahar"),
        # or a state named as a place ("near Santa Cruz, in Bolivia")
        local = {a.country for m in cx.mentions for a in [self.dictionary.get(m.id_)]
                 if a is not None and a.country and (a.kind in _LOCAL_KINDS or (
                     a.kind == "state" and m.root.dep_ == "pobj"
                     and m.root.head.lower_ in self.place_preps))}
        if local and not here and len({c.country for c in namesakes}) > 1 and (
            where.country not in local
        ):
            # a name many countries share, none of them the post's ("SAN JOSE" in a post
            # about the FMLN): a town the gazetteer does not know, not the biggest abroad
            return None
        return where

    def sentence_place(self, cx: CodingContext, sent: Span,
                       other: frozenset[str] = frozenset()) -> Location | None:
        """The place the sentence ``sent`` names, for a sector noun with no country of its
        own. When its places point to several countries, the surest wins: a state named
        as a place ("IN EL SALVADOR", "SOUTH OF SAN SALVADOR") or a division named with its
        noun ("CAQUETA DEPARTMENT"), then a town whose name the
        gazetteer knows in one country only ("Dili"), then one of a name many countries
        share ("Santa Cruz", "San Jose"); a tie keeps the first place named."""
        found: list[tuple[int, Location]] = []
        for ent in sent.ents:
            # (a name before "department" or "province" is a place whatever the entity
            # reader took it for: "ANTIOQUIA DEPARTMENT", "CHALATENANGO DEPARTMENT")
            division = ent.root.dep_ == "compound" and ent.root.head.lower_ in _DIVISION_NOUNS
            if (ent.label_ in ("GPE", "LOC") or division) and not any(
                t.i in cx.by_token for t in ent
            ) and not _no_place(ent):
                where = self.place_in_post(cx, ent.text)
                if where is not None:
                    # (a named division holds the town beside it: "IN MORELIA, CAQUETA
                    # DEPARTMENT" is Colombia's Morelia, whatever town abroad is bigger)
                    shared = {c.country for c in self.gazetteer.namesakes(ent.text)}
                    found.append((0 if division else 2 if len(shared) > 1 else 1, where))
        if not found:
            return None
        for m in cx.mentions:
            actor = self.dictionary.get(m.id_)
            root = m.root
            if m.start < sent.start or m.end > sent.end or actor is None or (
                actor.kind != "state" or not actor.country or m.id_ in other
                or root.dep_ != "pobj"
            ):
                continue
            prep = root.head
            if prep.lower_ in self.place_preps or (
                prep.lower_ == "of" and prep.head.lower_ in _DIRECTIONS
            ):
                state = self.gazetteer.country(actor.country)
                if state is not None:
                    found.append((0, state))
        if len({w.country for _, w in found}) == 1:
            return found[0][1]
        best = min(rank for rank, _ in found)
        surest = [w for rank, w in found if rank == best]
        return surest[0] if len({w.country for w in surest}) == 1 else found[0][1]

    def place_actor(self, cx: CodingContext, token: Token) -> Argument | None:
        """The state a named place ``token`` lies in, as an actor ("shelled Kharkiv":
        UKR), or ``None`` for a date, a number or a place the gazetteer does not know."""
        if token.ent_type_ not in ("GPE", "LOC", "FAC") or token.dep_ == "nsubjpass":
            return None  # (a passive subject read as a place is most often a person's name)
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        where = self.gazetteer.resolve(ent.text) if ent is not None and not _no_place(ent) else None
        if ent is None or where is None or not where.country or (
            self.dictionary.get(where.country) is None
        ):
            return None
        span = Span(token.doc, ent.start, ent.end, label="ACTOR", span_id=where.country)
        cx.inferred.append((token, span, "inferred"))
        return Argument(token, span, inferred=True)

    def unmarked_place(self, cx: CodingContext, token: Token) -> Argument | None:
        """The state that holds a place the parser left unmarked, as an actor: a proper
        noun the entity tagger missed that the gazetteer knows by its own name ("Russian
        drones hit Odesa", "shelled Avdiivka"), or the place a place noun names with "of"
        ("shelled the town of Sake", "the city of Kharkiv"); ``None`` for anything else (a
        name the ruler marked, a person's name the tagger found, a place the gazetteer only
        knows by an alternate spelling)."""
        if token.lemma_.lower() in _PLACE_NOUNS or token.lower_ in _PLACE_NOUNS:
            named = self._pobjs(token, ("of",))
            if not named:
                return None
            token = named[0]
        if token.i in cx.by_token or token.pos_ != "PROPN" or token.dep_ == "nsubjpass":
            return None
        if token.ent_type_:
            return self.place_actor(cx, token)
        doc = token.doc
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and (  # "San Jose Villanueva"
            doc[start - 1].head.i in range(start, token.i + 1) and doc[start - 1].pos_ == "PROPN"
            and not doc[start - 1].ent_type_ and start - 1 not in cx.by_token
        ):
            start -= 1
        if start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and (
            doc[start - 1].head.i in range(start, token.i + 1)
        ):
            return None  # the tail of a longer name ("SAN JOSE VILLANUEVA" is no Villanueva)
        where = self.gazetteer.resolve(doc[start : token.i + 1].text, alternates=False)
        if where is None or not where.country or self.dictionary.get(where.country) is None or (
            _titled(doc[start : token.i + 1])
        ):
            return None
        span = Span(doc, start, token.i + 1, label="ACTOR", span_id=where.country)
        cx.inferred.append((token, span, "inferred"))
        return Argument(token, span, inferred=True)

    def _doers(self, noun: Token) -> list[Token]:
        """Who did the act a noun names by a clause on it: the agent of "the attack
        claimed by Daesh", "the accusations made by the FMLN"; the subject of "the news
        that the Government of Iraq has raised the flag"."""
        found: list[Token] = []
        for clause in noun.children:
            if clause.dep_ not in ("acl", "relcl") or clause.pos_ not in ("VERB", "AUX"):
                continue
            agent = [p for c in clause.children if c.dep_ == "agent"
                     for p in c.children if p.dep_ == "pobj"]
            subject = [c for c in clause.children if c.dep_ == "nsubj"
                       and c.tag_ not in ("WDT", "WP")] if any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) else []
            found += agent or subject
        # "condemned the attack on a petrol station, for which Daesh has claimed
        # responsibility" (the clause often hangs on the attack's place): the claimant
        for head in (noun, *self._pobjs(noun, self.noun_target_preps)):
            found += [c for clause in head.children if clause.dep_ == "relcl"
                      and clause.lemma_.lower() == "claim"
                      for c in clause.children if c.dep_ == "nsubj"
                      and c.tag_ not in ("WDT", "WP")]
        # "welcomed the agreement (reached) between Baghdad and the KRG": its two sides
        for head in (noun, *(c for c in noun.children if c.dep_ == "acl")):
            found += self._pobjs(head, self.between_words)
        return found

    def _pobjs(self, head: Token, preps: Iterable[str]) -> list[Token]:
        return [p for c in head.children if c.dep_ == "prep" and c.lower_ in preps
                for p in c.children if p.dep_ == "pobj"]

    def is_circumstance(self, cx: CodingContext, token: Token) -> bool:
        """A date, a place that is not an actor, or a number that counts no one: "in 2003",
        "seized Mosul", "by 5%". A count that is the verb's object counts people ("killed
        hundreds of civilians", "detained 400+"): it is no circumstance."""
        if token.i in cx.by_token:
            return False
        if _counts_people(token) and (token.ent_type_ == "CARDINAL" or (
            token.like_num and not _YEAR.fullmatch(token.text)  # "detained 40" read as a date
        )):
            return False
        return token.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL")

    def _is_state(self, actor_id: str) -> bool:
        """Whether ``actor_id`` is a state, not one of its bodies ("the officers of the
        national police" are the police's, not the army's)."""
        actor = self.dictionary.get(actor_id)
        return actor is not None and actor.kind == "state"

    def sector_span(self, cx: CodingContext, token: Token, owner: Span) -> Span | None:
        """``token`` as a sector of the state ``owner`` names: "Iraq's government" -> IRQ.GOV."""
        code = self.sector_code(token)
        actor = self.dictionary.get(owner.id_)
        if code is None or actor is None or not actor.country:
            return None
        # a state's sector owns another sector's people as the state does: "Georgian
        # government troops", "junta jets" are the army (not a sector's own: "IRGC
        # commanders", "Kremlin officials")
        # (so do the government's own bodies: "the defence ministry said its troops", "the
        # Kremlin's soldiers" are the state's army)
        body = actor.kind == "government" and actor.id.startswith(f"{actor.country}.GOV")
        if actor.kind != "state" and not (
            actor.sector and actor.sector != code and actor.id == f"{actor.country}.{actor.sector}"
        ) and not (body and code != "GOV"):
            return None
        # "Myanmar's junta", "Sudan's army": the institution the dictionary names so;
        # "Serbia's president" (on the text's date): the person who holds the office
        named = self.institution(token, actor.country) if actor.kind == "state" else None
        if named is None and actor.kind == "state" and code == "GOV":
            named = self.office_holder(cx, token, actor.country)
        return _inferred(cx, token, named or f"{actor.country}.{code}")

    def institution(self, token: Token, country: str) -> str | None:
        """The dictionary entry that ``country``'s word and the noun ``token`` (with the
        modifiers it takes: "coast guard", "defence ministry") name together, or ``None``
        (:meth:`ActorDictionary.institution`)."""
        doc = token.doc
        start = token.i
        while start > max(0, token.i - 2) and doc[start - 1].head.i == token.i and (
            doc[start - 1].dep_ in ("compound", "amod")
        ):
            start -= 1
        for first in range(start, token.i + 1):
            words = " ".join(t.lower_ for t in doc[first : token.i + 1])
            named = self.dictionary.institution(country, words)
            if named is not None:
                return named
        return None

    def office_holder(self, cx: CodingContext, token: Token, country: str) -> str | None:
        """The person who holds the office the singular title ``token`` names in
        ``country`` on the text's date ("Serbia's president"), or ``None``: no date, a
        former or future holder ("the former president"), several titles or none."""
        date = cx.thread.last_date or (cx.post.time or "")[:10] or None
        if date is None or token.tag_ != "NN" or any(
            c.dep_ == "amod" and c.lower_ in _NOT_IN_OFFICE for c in token.children
        ):
            return None
        # the whole title, its modifiers too: "deputy prime minister" is not "prime minister"
        words = [t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod")
                 and t.lower_ not in _IN_OFFICE] + [token.lower_]
        return self.dictionary.office_holder(country, " ".join(words), date)

    def _leader(self, cx: CodingContext, group: Span) -> Span | None:
        """The actor that leads the generic group ``group`` ("US-led forces": the US
        military; "forces led by the RSF": the RSF), or ``None``."""
        head = group.root
        leaders = [cx.by_token[t.i] for c in head.children
                   if c.dep_ == "amod" and c.lemma_.lower() == "lead"
                   for t in c.subtree if t.i in cx.by_token and cx.by_token[t.i] != group]
        if not leaders:
            for c in head.children:
                if c.dep_ == "acl" and c.lemma_.lower() == "lead":
                    agent = self.agent(cx, c)
                    if agent is not None and agent.span is not None and agent.span != group:
                        leaders.append(agent.span)
        if not leaders:
            # "US - led forces": the parser hangs the leader on the noun
            doc = head.doc
            for i in range(group.start, head.i):
                if doc[i].lemma_.lower() == "lead" and i >= 2 and doc[i - 1].text == "-":
                    inner = cx.by_token.get(i - 2)
                    if inner is not None and inner != group:
                        leaders.append(inner)
        if not leaders:
            return None
        return self.sector_span(cx, head, leaders[0]) or leaders[0]

    def armed_modifier(self, cx: CodingContext, token: Token) -> str | None:
        """The armed sector (MIL, POL) a modifier word of ``token`` names, when no actor:
        "police stations", "the navy headquarters", "the police spokesman"."""
        return next((self._sector_nouns.get(c.lower_) for c in token.lefts
                     if c.dep_ in ("compound", "amod") and c.i not in cx.by_token
                     and self._sector_nouns.get(c.lower_) in _PLACE_SECTORS), None)

    def elided_sector(self, token: Token) -> str | None:
        """The sector of the noun a bare count leaves out, named with a count of its own
        in a clause conjoined before it: "one soldier was killed and seven were wounded",
        "we killed 15 soldiers and wounded 30" (soldiers both); ``None`` when the earlier
        clause counts no sector's people ("two people were killed and four wounded")."""
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children
        ):
            return None
        first = verb.head if verb.dep_ == "conj" else None
        if first is None or first.i > verb.i:
            return None
        for noun in first.children:
            if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and noun.i < token.i and any(
                c.dep_ == "nummod" for c in noun.children
            ):
                return self.sector_code(noun)
        return None

    def _people_count(self, token: Token) -> bool:
        """Whether ``token`` is a number of people acted on or acting, with no word for
        whom it counts: "killed 31", "detained dozens", "tens of thousands marched"; not
        a sum of money or a measure ("provided $10 million", "sent 500 tonnes")."""
        if token.pos_ != "NUM" and token.lower_ not in _COUNT_WORDS:
            return False
        if _amount(token):
            return False
        if _counts_people(token) or (token.dep_ == "nsubj" and token.lower_ in _COUNT_WORDS):
            return True
        # "tens of thousands": the inner count of a count
        head = token.head
        return (token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _COUNT_WORDS)

    def led_by(self, cx: CodingContext, token: Token, owner: Span) -> Span | None:
        """``token`` as the body the person ``owner`` leads, when it names followers or
        forces: "Haftar's forces" (his armed group, GRP.LNA), "Saddam's army" (the army of
        the state he governs, IRQ.MIL), "Dbeibah's government", "Maduro's side", "Imran
        Khan's supporters" (the body he acts for on the text's date); ``None`` otherwise,
        or for a person the dictionary gives no role."""
        word = token.lemma_.lower()
        code = self.noun_sector(token)
        follower = word in _FOLLOWER_NOUNS or token.lower_ in _FOLLOWER_NOUNS
        if not follower and code not in ("MIL", "REB", "GOV"):
            return None
        person = self.dictionary.get(owner.id_)
        if person is None or person.kind != "person":
            return None
        date = cx.thread.last_date or (cx.post.time or "")[:10] or None
        held = [a.actor for a in person.affiliations if date is None or a.active_on(date)]
        bodies = [b for b in (self.dictionary.get(h) for h in held) if b is not None]
        body: str | None = None
        if follower:
            code = None
        if code in ("MIL", "REB"):  # his fighters: an armed group he leads, else his army
            armed = [b.id for b in bodies if b.kind in _ARMED_KINDS]
            states = [b.country for b in bodies if b.kind == "government" and b.country]
            body = armed[0] if armed else (f"{states[0]}.MIL" if states else None)
        elif code == "GOV":
            governs = [b.id for b in bodies if b.kind == "government"]
            body = governs[0] if governs else None
        else:  # his side, his supporters: whom he acts for
            resolved = self.dictionary.resolve(owner.id_, date) if date else None
            body = resolved if resolved and resolved != owner.id_ else (
                bodies[0].id if len(bodies) == 1 else None)
        if body is None or self.dictionary.get(body) is None:
            return None
        return _inferred(cx, token, body)

    def infer(
        self, cx: CodingContext, arg: Argument, where: Location | None, sent: Span,
        other: frozenset[str] = frozenset(), any_country: bool = False,
        modifiers: bool = False, struck: bool = False, venue: bool = False,
    ) -> Argument:
        """A bare sector noun ("civilians", "soldiers") takes the country the sentence gives:
        the event's place, else the one country the sentence names (with ``any_country``,
        else the one country of its other actors, not the other side's). Never a guess
        between two."""
        token = arg.token
        span = arg.span
        if span is not None and any(c.dep_ == "poss" and (
            span.start <= c.i < span.end or arg.via_reference) for c in token.children
        ):
            # "Haftar's forces", "his fighters", "Maduro's side": the body a person leads
            # (not "Senegal's president Macky Sall": the president named is the person)
            body = self.led_by(cx, token, span)
            if body is not None:
                return Argument(token, body, via_reference=arg.via_reference, inferred=True,
                                learned=arg.learned)
        if span is not None and span.id_.startswith("GEN.") and "_LED" in span.id_:
            # "US-led forces", "Hamas-led gunmen", "security forces led by the RSF": the
            # leader acts (its sector, for a state), as the labelled corpus codes them
            leader = self._leader(cx, span)
            if leader is not None:
                return Argument(token, leader, via_reference=arg.via_reference, inferred=True,
                                learned=arg.learned)
        if arg.span is None and (token.pos_ == "NUM" or token.lower_ in self.quantity_words
                                 or token.lower_ in _MEMBER_NOUNS):
            # "hundreds of civilians", "dozens of soldiers": the people counted; "members of
            # the security forces", "ten members of one family": the body they belong to
            counted = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
            if counted:
                inner = self.infer(cx, self.actor_arg(cx, counted[0]), where, sent, other,
                                   any_country)
                if inner.span is not None:
                    return Argument(token, inner.span, inferred=True)
                if self.sector_code(counted[0]) is not None:
                    return arg  # "dozens of terrorists" left unnamed are no civilians
        if arg.span is not None:
            return arg
        # a title of several words ("the Foreign Secretary") has no country to guess from
        # the sentence's places; one that refines a sector noun ("security forces") has
        code = self.sector_code(token) if self.noun_sector(token) else None
        if code is None and self._people_count(token):
            # "killed 31", "arrested 400+", "tens of thousands marched"; a count whose noun
            # an earlier clause gave counts the same people ("one soldier was killed and
            # seven were wounded": soldiers)
            code = self.elided_sector(token) or "CIV"
        elif token.pos_ not in ("NOUN", "PROPN"):
            return arg
        # "police stations", "the military airport", "a gendarmerie school", "the police
        # spokesman": a place or person of the armed sector its modifier names
        code = self.armed_modifier(cx, token) or code
        if code is None and (any_country or modifiers):
            # "a refugee camp", "a labor union headquarters", "government vehicles",
            # "civilian areas": a thing its noun modifier names as a sector's is theirs
            # (an event's side: a speaker's words, "government sources", are attribution's)
            code = next((self.sector_code(c) for c in token.lefts
                         if c.i not in cx.by_token and (
                             (c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN"))
                             or (c.dep_ == "amod" and c.lower_ in _SECTOR_ADJECTIVES))
                         and self.sector_code(c) is not None), None)
        if code is None and struck:
            # the target of an attack that is a thing: "shelled a market", "hit a power
            # station" (the civilians', the state's)
            code = self.struck_code(token)
        if code is None or any(
            c.dep_ == "amod" and c.lower_ in _NO_COUNTRY
            and f"{c.lower_} {token.lower_}" not in self._sector_nouns  # "foreign ministers"
            and f"{c.lower_} {token.lemma_.lower()}" not in self._sector_nouns
            for c in token.lefts
        ):
            return arg  # ("the international community", "foreign fighters": no one country)
        country = None
        for child in token.lefts:  # "Sweden's ambassador", "the Iraqi army"
            owner = cx.by_token.get(child.i)
            actor = self.dictionary.get(owner.id_) if owner is not None else None
            if (
                actor is not None
                and actor.kind == "state"
                and child.dep_ in ("poss", "compound", "amod")
            ):
                country = actor.country
        if country is None and code == "REB":
            # "the guerrillas", "rebel units", "unidentified gunmen": an armed group the text
            # does not name is no state's, wherever it acts ("the rebels attacked positions
            # in San Salvador" keeps no id, as labelled); only its own demonym gives one
            # ("the Salvadoran guerrillas", read above)
            return arg
        if country is None and code in _STATE_FORCES:
            # "the army", "the government" in a sentence about a home-grown insurgency ("M23 &
            # the army agreed a truce brokered by washington", "talks between the government
            # and the FMLN in Caracas"): the insurgents' own state's, wherever the talks are
            country = self.insurgents_home(cx, sent)
        venue_country = None
        if venue and code in _STATE_FORCES:
            # "the rebels met government negotiators in Nairobi": talks and deals are held
            # abroad as often as at home, so their place says nothing of the body's country
            venue_country = where.country if where is not None else None
            where = None
            # (the state named as the venue, "met in Nairobi", is no guess either)
            other = other | {m.id_ for m in cx.mentions if sent.start <= m.start < sent.end
                             and m.root.dep_ == "pobj" and m.root.head.lower_ in self.place_preps
                             for a in [self.dictionary.get(m.id_)]
                             if a is not None and a.kind == "state"
                             and a.country == venue_country}
        elif country is None and where is None:
            # No place for the event itself: the place the sentence names.
            where = self.sentence_place(cx, sent, other)
        if country is None and where is not None and where.country in self.dictionary:
            country = where.country
        if country is None:
            states = [
                (a.country, m.root.dep_ == "pobj" and m.root.head.lower_ in self.place_preps)
                for m in cx.mentions
                if m.start >= sent.start and m.end <= sent.end
                for a in [self.dictionary.get(m.id_)]
                if a is not None and a.kind == "state" and a.country
                # the other side's own mention is no guess for this one: "an American
                # strike killed the commander" says nothing of the commander's country
                and m.id_ not in other
            ]
            named = {c for c, _ in states}
            if len(named) > 1:  # several: the one named as a place ("in northern Benin")
                named = {c for c, as_place in states if as_place}
            if not states and any_country:
                # no state at all: the one country of the other actors the sentence names,
                # unless it is the other side's ("Protesters clashed with Kenyan police":
                # Kenyans; "Russian jets killed civilians" says nothing of theirs)
                theirs = {a.country for o in other for a in [self.dictionary.get(o)]
                          if a is not None and a.country}
                named = {a.country for m in cx.mentions
                         if m.start >= sent.start and m.end <= sent.end and m.id_ not in other
                         for a in [self.dictionary.get(m.id_)]
                         if a is not None and a.country and a.country not in theirs
                         and not self.seated_abroad(m.id_)}
            country = named.pop() if len(named) == 1 else None
            if country is None and not states and any_country:
                # nothing in the sentence but the other side: one that acts at home (a
                # government, its police, a rebel group: "the junta bombed villages",
                # "riot police arrested 400+") acts on its own country's people; a state or
                # its army, a militia may act abroad ("Russian jets killed civilians")
                home = {a.country for o in other for a in [self.dictionary.get(o)]
                        if a is not None and a.country and a.kind in _HOME_KINDS}
                country = home.pop() if len(home) == 1 and not named else None
        if country is None and any_country and code != "REB":
            # the post's country, for an event's side (not a speaker's, nor "the
            # guerrillas": an unnamed armed group is no state's, as labelled)
            country = self.post_country(cx, other)
            if country is not None and country == venue_country and not any(
                c == country and by is not None and by not in other
                for c, by in cx.post_countries or ()
            ):  # (the venue alone: "talks in Nairobi" name no Kenyan side)
                country = None
            if country is None and not states:
                # nothing points anywhere but a home-grown armed group on the other side:
                # its own country's ("rsf attacked the village", "the Taliban's ban on
                # women"), as a last guess (a militia may act abroad, so never before)
                home = {a.country for o in other for a in [self.dictionary.get(o)]
                        if a is not None and a.country and a.kind in _HOME_ARMED_KINDS}
                country = home.pop() if len(home) == 1 else None
            if country is None and not states and code == "CIV":
                country = self.lone_post_country(cx)
        if country is None:
            return arg
        # "the army" in a sentence about Sudan is "Sudan's army", the dictionary's SAF
        institution = self.institution(token, country) if any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children) else None
        span = _inferred(cx, token,
                         institution or (country if code == _STATE else f"{country}.{code}"))
        return Argument(token, span, inferred=True)

    def insurgents_home(self, cx: CodingContext, sent: Span) -> str | None:
        """The one country whose own insurgents (``rebel`` kinds of the dictionary: the FMLN,
        M23) the sentence ``sent`` names, or ``None``."""
        homes = {a.country for m in cx.mentions if sent.start <= m.start < sent.end
                 for a in [self.dictionary.get(m.id_)]
                 if a is not None and a.country and a.kind in _INSURGENT_KINDS}
        return homes.pop() if len(homes) == 1 else None

    def armed_demonym(self, cx: CodingContext, arg: Argument | None) -> Argument | None:
        """The source of an armed attack named by a state's adjective on the attack or
        its weapon ("Israeli strikes killed 12", "a Russian glide bomb", "Ukrainian
        shelling") as the state's military, as labelled; the state named as a noun ("US
        strikes", "Israel struck") stays the state."""
        if arg is None or arg.span is None or arg.via_reference:
            return arg
        span = arg.span
        actor = self.dictionary.get(span.id_)
        root = span.root
        if actor is None or actor.kind != "state" or not actor.country or (
            root.dep_ != "amod" or root.pos_ == "PROPN" or not self._armed_word(root.head)
        ):  # (on an attack noun: "Chinese ships", "Ukrainian saboteurs" stay the state)
            return arg
        army = Span(span.doc, span.start, span.end, label="ACTOR",
                    span_id=f"{actor.country}.MIL")
        cx.inferred.append((root, army, "inferred"))
        return Argument(arg.token, army, inferred=True, learned=arg.learned)

    def _armed_word(self, noun: Token) -> bool:
        """Whether ``noun`` names an armed act or the weapon that does it: an event noun of an
        armed type ("strikes", "shelling"), also when the parser tags it a gerund ("Russian
        shelling killed three"), or a noun whose verb is one ("a Russian glide bomb hit",
        "Israeli shells": to bomb, to shell)."""
        if noun.pos_ != "NOUN" and not (noun.tag_ == "VBG" and noun.dep_ in (
            "nsubj", "nsubjpass", "dobj", "pobj"
        )):
            return False
        lemma = noun.lemma_.lower()
        entries = (*self.lexicon.nouns.get(lemma, ()), *self.lexicon.nouns.get(noun.lower_, ()),
                   *self.lexicon.verbs.get(lemma, ()))
        return any(p.type in self.armed_types for p in entries)

    def deployed(self, trigger: Token, targets: list[Argument]) -> list[Argument]:
        """The targets of a deployment: the force it sends (its object: "deployed 1,000
        soldiers", "mobilised 300,000 reservists", "sent two more ships": a force word
        of the entry's own), not the place the force goes to ("to Mozambique", "along
        the border"), which is no side of the event."""
        kept = [a for a in targets if not (
            a.token.dep_ == "pobj" and a.token.head.lower_ in _DESTINATION_PREPS)]
        if kept and len(kept) == len(targets):
            return targets
        # (also when the verb's entry reads no object at all: "North Korea has sent about
        # 11,000 troops to help Russia", "Estonia called up 2,000 reservists")
        held = {a.token.i for a in kept}
        forces = [o for o in _objects(trigger) if o.i not in held and (
            self.is_force(o) or o.pos_ == "NUM")]
        return kept + [Argument(o, None) for o in forces]

    def is_force(self, token: Token) -> bool:
        """Whether the deployed ``token`` names a force: an armed sector's noun
        (:meth:`force_code`) or a force word of cue ``deployed_forces`` ("ships", "units")."""
        if self.force_code(token) is not None:
            return True
        noun = self.counted(token)
        return noun.lemma_.lower() in self.deployed_forces or noun.lower_ in self.deployed_forces

    def counted(self, token: Token) -> Token:
        """The noun a count counts ("troops" of "thousands of troops"), else ``token``."""
        if token.pos_ == "NUM" or token.lower_ in self.quantity_words:
            counted = self._pobjs(token, ("of",))
            return counted[0] if counted else token
        return token

    def force_code(self, token: Token) -> str | None:
        """The armed sector (MIL, POL, INT) a deployed force ``token`` names: its noun
        ("soldiers"), the noun a count counts ("thousands of extra troops"), or the armed
        word before a noun that names none ("police reinforcements", "army units")."""
        token = self.counted(token)
        code = self.sector_code(token)
        if code is None:
            code = next((self._sector_nouns.get(c.lower_) for c in token.lefts
                         if c.dep_ in ("compound", "amod")), None)
        return code if code in _FORCE_SECTORS else None

    def own_force(self, cx: CodingContext, arg: Argument, sources: frozenset[str]) -> Argument:
        """A deployed force as the sources' own: "Russia mobilised 300,000 reservists"
        (RUS.MIL), "Turkey's parliament authorised the deployment of troops" (TUR.MIL); an
        armed body, or one of no country, sends its own units ("the navy sent two more
        ships", "KFOR is sending 700 more soldiers": the source's id); a force that names
        its own side ("Russian troops") keeps it."""
        token = arg.token
        if arg.span is not None:
            return arg
        body = self.armed_body(sources)
        if body is not None and self.is_force(token):
            return Argument(arg.token, _inferred(cx, self.counted(token), body), inferred=True)
        # (a force word of no sector is the army's: "sent 40 tanks", "sent two ships")
        code = self.force_code(token) or ("MIL" if self.is_force(token) else None)
        token = self.counted(token)  # "dozens of drones"
        countries = self.countries_of(sources)
        if code is None or len(countries) != 1:
            return arg
        span = _inferred(cx, token, f"{countries.pop()}.{code}")
        return Argument(arg.token, span, inferred=True)

    def armed_body(self, sources: frozenset[str]) -> str | None:
        """The one source that deploys units of its own rather than its country's: an
        armed body (an army, a navy, a police force, an armed group) or a body of no
        country (a UN mission, an alliance), else ``None``."""
        if len(sources) != 1:
            return None
        source = next(iter(sources))
        actor = self.dictionary.get(source)
        if actor is None or not (actor.kind in _ARMED_BODY_KINDS or (
                actor.country is None and actor.kind != "state")):
            return None
        return source

    def countries_of(self, actors: Iterable[str]) -> set[str]:
        """The countries the dictionary gives the actors ``actors``."""
        return {a.country for s in actors for a in [self.dictionary.get(s)]
                if a is not None and a.country}

    def post_place(self, cx: CodingContext, name: str) -> Location | None:
        """The place ``name`` as a sign of the post's country: a place's own name only (no
        town's alternate spelling), and of a name several countries' towns share, the
        namesake in the home of the post's actors (:meth:`place_in_post`: "SAN VICENTE"
        beside Salvadoran soldiers is El Salvador's, not Argentina's bigger town)."""
        if self.gazetteer.resolve(name, alternates=False) is None:
            return None
        return self.place_in_post(cx, name)

    def lone_post_country(self, cx: CodingContext) -> str | None:
        """The country of a post that points to one country only, the acting side's own
        included, else ``None``: people an army or a government harms in a post about one
        country alone are that country's ("Burkina Faso's army was accused of executions of
        Fulani civilians": BFA.CIV), where :meth:`post_country` leaves the acting side's own
        country out as a guess (it may act abroad; a post naming the country abroad names
        a second one)."""
        self.post_country(cx)  # (fills cx.post_countries)
        named = {c for c, _ in cx.post_countries or ()}
        return named.pop() if len(named) == 1 else None

    def post_country(self, cx: CodingContext, other: frozenset[str] = frozenset()) -> str | None:
        """The one country the whole post points to, for a sector noun its sentence gives
        none ("THE ARMY" in a wire report datelined "SAN SALVADOR", "the police" in a post
        about the FMLN): the states, state bodies and home-grown groups it names and the
        places the gazetteer knows, not a person's or an army's (it may be abroad);
        ``None`` when they point to several. The other side's own mentions are no guess,
        nor the country of an other side that may act abroad (a state, its army: "Russian
        jets killed civilians"), unless a place names it."""
        if cx.post_countries is None:
            found: list[tuple[str, str | None]] = []
            for m in cx.mentions:
                actor = self.dictionary.get(m.id_)
                # (a group of the hand-made dictionary: the converted Phoenix entries give
                # "Radio Venceremos", the FMLN's radio, as Venezuelan)
                if actor is not None and actor.country and actor.kind not in _ABROAD_KINDS and (
                    actor.kind == "state" or actor.sector
                    or (actor.kind in _POST_KINDS and m.id_ in self.dictionary.actors)
                ):
                    found.append((actor.country, m.id_))
            for ent in cx.doc.ents:
                if ent.label_ in ("GPE", "LOC") and not any(t.i in cx.by_token for t in ent) and (
                    not _no_place(ent)
                ):
                    where = self.post_place(cx, ent.text)
                    if where is not None and where.country and where.country in self.dictionary:
                        found.append((where.country, None))
            cx.post_countries = found
        abroad = {a.country for o in other for a in [self.dictionary.get(o)]
                  if a is not None and a.country and a.kind in ("state", "military")}
        named = {c for c, by in cx.post_countries
                 if by is None or (by not in other and c not in abroad)}
        if len(named) > 1:
            # the actors point to several countries: the one of them the post's places
            # also point to ("Lebanon's ministry said an Israeli strike killed five in
            # Tyre. ... the strike hit a residential building": Lebanon's)
            places = {c for c, by in cx.post_countries if by is None}
            acting = {c for c, by in cx.post_countries if by is not None and by not in other}
            named = (places & acting) - abroad
        return named.pop() if len(named) == 1 else None

    def read(self, cx: CodingContext, proposal: TriggerProposal) -> Arguments:
        """The arguments of ``proposal``: those of a verb or of an event noun."""
        if proposal.is_nominal:
            args = self.noun_args(cx, proposal.token, proposal.hints, proposal.type)
        else:
            args = self.verb_args(cx, proposal.token, proposal.type, proposal.hints)
        # "X claimed the attack", "his contribution to the liberation of Iraq"
        sources = self.attribution.claimed_sources(cx, proposal.token, args.sources)
        if not sources and args.nominal:
            sources = [a for a in [self.attribution.contributor(cx, proposal.token)] if a]
        if sources is not args.sources:
            args = replace(args, sources=sources)
        if self.roles is not None:  # the role classifier fills or corrects the rules' reading
            args = self.roles.adjust(self, cx, proposal, args)
        return args

    def verb_args(
        self, cx: CodingContext, verb: Token, etype: str, hints: Predicate | None = None
    ) -> Arguments:
        if self.headline_passive(verb, etype):
            # "13 US service members & 170+ afghans killed", "dozens detained": the subject
            # of a passive written without its "were" is acted on
            patients = [a for c in [c for c in verb.children if c.dep_ == "nsubj"][-1:]
                        for a in self.expand(cx, c)]
            agent = self.agent(cx, verb)
            return Arguments([agent] if agent is not None else [], patients, False)
        targets = self.targets(cx, verb, etype, hints)
        if not any(a.span is not None for a in targets) and not _objects(verb):
            # "offered to negotiate with X", "agreed to provide aid for X and Y": the
            # target of the "to"-clause is the target of the offer or agreement.
            for comp in verb.children:
                if comp.dep_ == "xcomp" and comp.pos_ in ("VERB", "AUX"):
                    inner = self._complement_targets(cx, comp)
                    if inner:
                        targets = inner
                        break
        if not any(a.span is not None for a in targets):
            targets = self._clause_targets(cx, verb, etype) or targets
        sources = self.subjects(cx, verb)
        if not any(a.span is not None for a in sources) and (
            verb.lemma_.lower() in _PARTICIPATION_VERBS
        ):  # "Colonel X was involved in the murder of the Jesuits": X took part
            sources = [a for c in verb.children if c.dep_ == "nsubjpass"
                       for a in self.expand(cx, c)] or sources
        if not any(a.span is not None for a in sources):
            # "was put under investigation by national security police": the agent of the
            # entry's own object word
            sources = [a for o in self.particle_objects(verb, hints)
                       for p in self._pobjs(o, ("by",))[:1] for a in self.expand(cx, p)] or sources

        def other(arg: Argument) -> bool:
            return arg.span is not None and not any(
                self.dictionary.same_side(arg.actor, s.actor) for s in sources)

        if etype in self.conditioned_types and not any(other(a) for a in targets):
            # "Yerevan warned it would defend its territory if Baku pushed into Syunik",
            # "threatened to close the strait if the US attacked": whoever the condition
            # names (not the threatener's own "it", "his country")
            conditions = [c for comp in verb.children if comp.dep_ in ("ccomp", "xcomp")
                          for c in comp.subtree if c.dep_ == "advcl" and any(
                              m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                              for m in c.children)]
            named = [a for c in conditions for a in self.subjects(cx, c) if a.span is not None]
            named = [a for a in named if other(a)]
            targets = named[:1] + [a for a in named[1:] if a.actor != named[0].actor] or targets
        return Arguments(sources, targets, False)

    def headline_passive(self, verb: Token, etype: str) -> bool:
        """Whether the harming verb ``verb`` is a passive written without its auxiliary, as
        headlines and posts do ("13 US service members killed", "sandf says 3 peacekeepers
        killed near sake", "dozens detained"): a subject, no auxiliary, no object, and the
        verb a participle or its subject a bare count."""
        if etype not in self.harm_types or any(
            c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "nsubjpass")
            for c in verb.children
        ):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"][-1:]  # the nearest
        if not subjects or subjects[0].tag_ in ("WDT", "WP") or any(
            o.dep_ in ("dobj", "obj") for c in verb.children if c.dep_ == "conj" for o in c.children
        ):  # ("planes, which bombed and strafed the population": the object is shared)
            return False
        # (a bare count: "dozens detained", not "hundreds of soldiers attacked")
        return (verb.tag_ == "VBN" or (
            (subjects[0].pos_ == "NUM" or subjects[0].lower_ in _COUNT_WORDS)
            and not any(c.dep_ == "prep" for c in subjects[0].children)))

    def _clause_targets(self, cx: CodingContext, verb: Token, etype: str) -> list[Argument]:
        """The target a "to"-clause on ``verb`` names: the subject of a "for"-clause ("pressed
        for Russia to use its influence", "appealed for the rebels to lay down their arms":
        who is asked), or the target of a purpose clause whose verb is of the same type
        ("converged on the square for a rally to protest the government's decision": one
        protest, aimed at the government); ``[]`` when neither names an actor."""
        purpose = self.purpose_clause(verb, etype)
        for comp in verb.children:
            if comp.dep_ != "advcl" or not _infinitive(comp):
                continue
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in comp.children):
                named = [a for s in [c for c in comp.children if c.dep_ == "nsubj"][:1]
                         for a in self.expand(cx, s) if a.span is not None]
            elif purpose is not None and comp.i == purpose.i:
                # (the actor's own word heads it: "the government's suspension of talks"
                # stays an event of its own)
                named = [a if a.span is None or a.token.i in range(a.span.start, a.span.end)
                         else replace(a, token=a.span.root)
                         for a in self.targets(cx, comp, etype) if a.span is not None]
            else:
                continue
            if named:
                return named
        return []

    def purpose_clause(self, verb: Token, etype: str) -> Token | None:
        """The verb of a "to"-clause on ``verb`` that tells what the act of type ``etype`` was
        for with a verb of the same type ("marched to protest X", "converged for a rally to
        protest X"), else ``None``."""
        for comp in verb.children:
            if comp.dep_ == "advcl" and _infinitive(comp) and not any(
                m.dep_ == "mark" for m in comp.children
            ) and any(
                p.type == etype for p in self.lexicon.verbs.get(comp.lemma_.lower(), ())
            ):
                return comp
        return None

    def _complement_targets(self, cx: CodingContext, verb: Token) -> list[Argument]:
        """The actors a "to"-clause acts on: its object, or the object of a preposition
        of :data:`_COMPLEMENT_PREPS` on it or on its object."""
        candidates = _receivers(c for c in verb.children if c.dep_ in ("dobj", "obj", "dative"))
        candidates += self._pobjs(verb, _COMPLEMENT_PREPS)
        candidates += [p for o in self._objects(verb) for p in self._pobjs(o, _COMPLEMENT_PREPS)]
        for token in candidates:
            args = [a for a in self.expand(cx, token) if a.span is not None]
            if args:
                return args
        return []

    def helped_act(self, noun: Token) -> Token | None:
        """The verb a noun of help goes with ("took the port with the help of Kenyan forces",
        "were detained with help from the authorities"), else ``None``."""
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ == "with" and prep.head.pos_ == "VERB" and (
            noun.lemma_.lower() in self.helping_nouns
        ):
            return prep.head
        return None

    def giver_and_given(self, cx: CodingContext, verb: Token, froms: Sequence[Token] = ()
                        ) -> tuple[list[Argument], list[Argument]]:
        """Who gives and who is given to, for a verb of receiving: the actor "from" names
        (after the noun received, ``froms``, or the verb or its object), and the verb's
        subject ("Kyiv received aid from the EU", "Ukraine received helicopters from
        Norway"; the noun "troops receiving US aid" modifies when the verb is a clause)."""
        froms = froms or self._pobjs(verb, ("from",)) or [
            p for o in _objects(verb) for p in self._pobjs(o, ("from",))]
        givers = [a for t in froms[:1] for a in self.expand(cx, t) if a.span is not None]
        given = [self.actor_arg(cx, verb.head)] if verb.dep_ == "acl" else (
            self.subjects(cx, verb))
        return givers, [a for a in given if a.span is not None
                        or self.sector_code(a.token) is not None]

    def receiver(self, noun: Token) -> Token | None:
        """The verb of :data:`_RECEIVE_VERBS` whose object is the event noun ``noun``
        ("received aid", "has received death threats", "received $2 billion in aid",
        "received shipments of arms"), else ``None``."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.dep_ in (
            "dobj", "obj"
        ):
            noun, head = head.head, head.head.head
        if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in _RECEIVE_VERBS and (
            head.pos_ in ("VERB", "AUX")
        ):
            return head
        return None

    def retreat_sides(
        self, proposal: TriggerProposal, sources: list[Argument | None],
        targets: list[Argument | None],
    ) -> tuple[list[Argument | None], list[Argument | None]]:
        """The sides of a withdrawal, disarmament or resignation, which its doer does to
        itself: with no doer named, the one it is said of is the doer ("2,000 guerrillas
        were demobilized", "the demobilization of the contras", "the resignation of three
        judges"; not the place left in "left Kabul"); the doer's own force is no target
        ("Ukraine pulled its troops out"; "surrendered to the army" keeps its target)."""
        if proposal.type != "RETREAT" or proposal.mode not in self.own_retreat_modes:
            return sources, targets
        if not any(s is not None and s.span is not None for s in sources):
            doers = [t for t in targets if t is not None and t.span is not None
                     and _said_of(t.token)]
            return (list(doers), [None]) if doers else (sources, targets)
        # a state's own force ("USA.MIL" of "USA"), not another side of its country ("the
        # ELN surrendered to the army")
        states = {s.actor.split(".")[0] for s in sources if s is not None and s.actor}
        kept = [t for t in targets if t is None or t.actor is None or not (
            t.actor.split(".")[0] in states and t.actor.split(".")[1:2] and (
                t.actor.split(".")[1] in _FORCE_SECTORS))]
        return sources, kept or [None]

    def answered_claimant(self, cx: CodingContext, verb: Token,
                          deniers: set[str | None]) -> Argument | None:
        """Whose word a rejection that names no one answers ("Seoul says ... . Pyongyang
        denied it", "a charge Kabul denies", "a call the NUG rejected", "lna denies crossing
        into sudan"): the speaker of the latest event told in this sentence or the one
        before, else the source of an accusation or request told there; ``None`` when the
        rejection names what it rejects ("rejected the Vance-Owen plan") or no one but the
        denier said anything."""
        if not self._rejects_what_was_said(verb):
            return None
        # the denier's own side answers nobody ("Kremlin spokesman Dmitry Peskov said
        # Moscow had no part in it, calling such claims a lie")
        def other(actor: str | None) -> bool:
            return not any(actor == d or self.dictionary.same_side(actor, d) for d in deniers)

        speech = cx.speech
        for said in reversed(speech.said):
            if said.sent < speech.sentence - 1:
                break
            speaker, event = said.speaker, said.event
            if speaker is not None and speaker.span is not None and other(speaker.actor):
                return speaker
            if event.type in _ANSWERED_TYPES and event.source is not None:
                told = self.told_before(cx, verb, event.source)
                if told is not None and other(event.source):
                    return Argument(told.root, told)
        return self._reporter_before(cx, verb, other)

    def told_before(self, cx: CodingContext, verb: Token, actor: str) -> Span | None:
        """The last span before ``verb`` that names ``actor``: a mention the ruler found,
        or one the coder inferred ("Myanmar's junta", whose id the context gave), else
        ``None``."""
        told = [m for m in cx.mentions if m.end <= verb.i and m.id_ == actor] + [
            span for _, span, _ in (*cx.inferred, *cx.out.references)
            if span.end <= verb.i and span.id_ == actor]
        return max(told, key=lambda m: m.end) if told else None

    def _reporter_before(self, cx: CodingContext, verb: Token,
                         other: Callable[[str | None], bool]) -> Argument | None:
        """The actor who last reported something before ``verb``, in its sentence or the one
        before: the subject of a report verb ("saf says ..."), or its agent ("confirmed by
        kyiv"), of whom ``other`` holds; ``None`` when no one else did."""
        sent = verb.sent
        start = sent.start
        if start > 0:
            start = cx.doc[start - 1].sent.start
        found: Argument | None = None
        for word in cx.doc[start:verb.i]:
            if not self.attribution._is_report(word):
                continue
            said = [c for c in word.children if c.dep_ == "nsubj"] + [
                p for c in word.children if c.dep_ == "agent" for p in c.children]
            named = [cx.by_token[t.i] for t in said if t.i in cx.by_token]
            if named and other(named[0].id_):
                found = Argument(named[0].root, named[0])
        return found

    def _rejects_what_was_said(self, verb: Token) -> bool:
        """Whether the rejecting ``verb`` takes what was said, not a thing it names: no
        object, a pronoun or a claim noun as its object ("denied it", "called the case a
        stunt"), or a claim or proposal noun it describes ("a charge Kabul denies")."""
        said = self.attribution.cues.answered_objects | self.attribution.cues.claim_nouns | (
            self.proposal_nouns)
        if verb.dep_ == "relcl":
            return verb.head.lemma_.lower() in said or verb.head.lower_ in said
        return all(o.lemma_.lower() in said or o.lower_ in said for o in self._objects(verb))

    def under_fire(self, noun: Token) -> Token | None:
        """The verb of "came under fire" when ``noun`` is its "fire" (cues
        ``under_fire_nouns`` and ``under_fire_verbs``), else ``None``."""
        prep = noun.head
        if (
            noun.dep_ == "pobj" and prep.lower_ == "under" and prep.head != prep
            and noun.lemma_.lower() in self.under_fire_nouns
            and prep.head.lemma_.lower() in self.under_fire_verbs
        ):
            return prep.head
        return None

    def noun_args(
        self, cx: CodingContext, noun: Token, hints: Predicate | None = None,
        etype: str | None = None,
    ) -> Arguments:
        """Who does the event a noun names, to whom: its possessor or modifier, "by X",
        "between X and Y", and the target prepositions of its entry (``hints``) or the
        cue ``noun_target_preps``; "of X" is the target when nothing else is."""
        preps = hints.target_preps if hints is not None and hints.target_preps is not None else (
            self.noun_target_preps
        )
        sources: list[Argument] = []
        targets: list[Argument] = []
        verb = self.under_fire(noun)
        if verb is not None:
            # "the convoy came under fire from Houthi rebels": the rebels fire on the convoy.
            froms = self._pobjs(noun, ("from", "by")) or self._pobjs(verb, ("from", "by"))
            sources = [a for t in froms[:1] for a in self.expand(cx, t) if a.span is not None]
            for child in noun.lefts:  # "came under rsf drone attack"
                inner = [t for t in child.subtree if t.i in cx.by_token]
                if not sources and child.dep_ in ("compound", "amod", "nmod", "poss") and inner:
                    sources = [self.actor_arg(cx, inner[0])]
            targets = [a for a in self.subjects(cx, verb) if a.span is not None]
            return Arguments(sources, targets, True)
        patient = noun.lemma_.lower() in self.patient_nouns
        for child in noun.lefts:
            if child.dep_ not in ("poss", "compound", "amod", "nmod", "npadvmod"):
                continue
            arg = self.actor_arg(cx, child)
            if arg.span is None:  # "US-led invasion": the actor sits inside the modifier
                inner = [t for t in child.subtree if t.i in cx.by_token]
                arg = self.actor_arg(cx, inner[0]) if inner else arg
            if arg.span is not None:
                if patient and child.dep_ == "poss":
                    targets = [arg]
                else:
                    sources = [arg]
        holders = [noun]
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in self.light_verbs:
            holders.append(noun.head)  # "battles took place between X and Y"
        # "bombing directed against positions of the guerrillas", "attacks aimed at X": the
        # participle's preposition; "strikes targeting X": its object
        aimed = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _AIM_VERBS]
        holders += aimed
        aiming = {a.i for a in aimed}
        for holder in holders:
            for child in holder.children:
                word = child.lower_
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                if word in self.between_words and pobjs:
                    parties = self.expand(cx, pobjs[0])
                    if len(parties) >= 2:
                        return Arguments(parties[:1], parties[1:], True)
                if holder.i in aiming and child.dep_ in ("dobj", "obj") and not targets:
                    targets = self.expand(cx, child)
                if not pobjs:
                    continue
                if word == "by":
                    sources = self.expand(cx, pobjs[0])
                elif word in preps and word != "of" or (holder.i in aiming and word == "at"):
                    targets = self.expand(cx, pobjs[0])
                elif word == "of" and not targets:  # "the invasion of Kuwait"
                    targets = self.expand(cx, pobjs[0])
        if not targets and not sources:
            # "the kidnapping and assassination of the five students", "the arrest and
            # torture of activists by the police": conjoined acts share their "of" and "by"
            related = [t for t in (noun.head if noun.dep_ == "conj" else None,
                                   *(c for c in noun.children if c.dep_ == "conj"))
                       if t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in (
                           self.lexicon.nouns)]
            for pobj in [p for t in related for p in self._pobjs(t, ("of",))][:1]:
                targets = self.expand(cx, pobj)
            for pobj in [p for t in related for p in self._pobjs(t, ("by",))][:1]:
                sources = self.expand(cx, pobj)
        done = self.series_of(noun)  # ("declared a state of siege": the state is declared)
        if not any(a.span is not None for a in sources) and done.dep_ in ("dobj", "obj") and (
            done.head.lemma_.lower() in _DOING_VERBS and done.head.pos_ in ("VERB", "AUX")
        ):
            # "the junta began enforcing conscription", "the EU imposed sanctions on X": the
            # subject of the verb that does the act (its agent in a passive), when named (a
            # pronoun's guess is not carried on to a second act)
            sources = [a for a in self.subjects(cx, done.head)
                       if a.span is not None and not a.via_reference] or sources
        if not any(a.span is not None for a in sources):
            # "the accusations made by the FMLN", "the offensive launched by the army": the
            # agent of the participle that tells who made the act
            for child in noun.children:
                made = child.dep_ == "acl" and child.tag_ == "VBN"
                agent = self.agent(cx, child) if made else None
                if agent is not None and agent.span is not None:
                    sources = self.expand(cx, agent.token)
                    break
        if not any(a.span is not None for a in targets) and targets and (
            (hints.type if hints is not None else etype) in self.place_target_types
        ):  # "the shelling of Chernihiv", "strikes on Dnipro": the state that holds it
            place = self.place_actor(cx, targets[0].token) or self.unmarked_place(
                cx, targets[0].token)
            targets = [place] if place is not None else targets
        verb = self.helped_act(noun)
        if verb is not None:
            # "police arrested him with the help of the FBI": the FBI helps the police
            givers = [a for t in self._pobjs(noun, ("of", "from"))[:1]
                      for a in self.expand(cx, t) if a.span is not None]
            helped = [a for c in verb.children if c.dep_ == "nsubj"
                      for a in self.expand(cx, c) if a.span is not None]
            if givers:
                sources, targets = givers, helped
        verb = self.receiver(noun)
        if verb is not None:
            # "Kyiv received $2 billion in aid from the EU": the EU gives (else whoever the
            # noun's modifier names: "troops receiving US assistance"), Kyiv is given to
            givers, given = self.giver_and_given(cx, verb, self._pobjs(noun, ("from",)))
            sources = givers or [a for a in sources if not given or a.actor not in {
                g.actor for g in given}]
            targets = given or targets
        sources = [a for a in sources if a.span is not None]
        # a sector noun or a count keeps its place: the builder gives it its country ("the
        # bombardment of civilians in Gaza", "executions of dozens of villagers")
        struck = (hints.type if hints is not None else etype) in self.place_target_types
        targets = [a for a in targets if a.span is not None or self.sector_code(a.token)
                   or a.token.pos_ == "NUM" or a.token.lower_ in self.quantity_words
                   or (struck and (self.struck_code(a.token)
                                   or self.armed_modifier(cx, a.token)))]
        return Arguments(sources, targets, True)

    # -- modality, attribution -------------------------------------------------------------

    def _governors(self, token: Token) -> Iterator[tuple[Token, Token]]:
        """(governor, child on the path) pairs from ``token`` up to its sentence root."""
        child = token
        while child.head != child:
            yield child.head, child
            child = child.head

    def frame(self, cx: CodingContext, trigger: Token, sent: Span) -> Frame:
        """Modality and attribution of ``trigger``, read from it and the clauses above it."""
        frame = Frame()
        chain = [(trigger, trigger), *self._governors(trigger)]
        # the path has left a clause of its own ("know how many died") or a noun's phrase
        # ("justify the use of kidnapping"): a negation above it is not the act's
        told = False
        for gov, via in chain:
            lemma = gov.lemma_.lower()
            told = told or (gov != trigger and (
                via.dep_ == "ccomp" or (via.dep_ == "prep" and gov.pos_ == "NOUN")))
            for child in gov.children:
                word = child.lower_
                if child.dep_ == "neg" or (
                    child.dep_ in _NEGATOR_DEPS and word in self.negations
                ):
                    # ("it was not possible to know how many people died in the clash":
                    # the knowing is denied, not the deaths)
                    if gov == trigger or (not told and via.dep_ in ("xcomp", "conj", "aux")):
                        frame.negated = True
                if child.dep_ == "aux" and (gov == trigger or via.dep_ in ("xcomp", "conj")):
                    if word in self.future:
                        frame.modality = (
                            "future" if frame.modality == "asserted" else frame.modality
                        )
                    elif word in self.hypothetical:
                        frame.modality = "hypothetical"
                if child.dep_ in ("mark", "advmod") and word in self.hypothetical:
                    frame.modality = "hypothetical"
                if gov == trigger and child.dep_ == "amod" and word in self.future:
                    frame.modality = "future"  # "the upcoming talks"
            if gov == trigger:
                continue
            keys = _verb_keys(gov)
            if via.dep_ in ("xcomp", "acl", "pcomp", "advcl", "ccomp", "prep"):
                if keys & self.intention_verbs or lemma in self.intention_nouns:
                    frame.modality = "intended"
                elif lemma in self.negations and (gov.pos_ in ("VERB", "AUX", "ADP")):
                    frame.negated = True  # "refused to attack", "without attacking"
                elif lemma == "order" and via.dep_ == "pcomp":
                    frame.modality = "intended"  # "in order to"
                elif lemma == "be" and any(
                    d.lemma_.lower() in self.intention_nouns
                    for c in gov.children if c.dep_ == "nsubj" for d in c.subtree
                ):
                    frame.modality = "intended"  # "the aim was to establish ..."
            if (
                via.dep_ in ("ccomp", "xcomp", "pcomp", "prep", "dobj", "advcl")
                and gov.pos_ in ("VERB",)
            ):
                if keys & self.denial_verbs:
                    frame.denied_by = next(iter(self.subjects(cx, gov)), None)
                    frame.modality = "denied"
                elif keys & (self.report_verbs | self.claim_verbs | self.opinion_verbs):
                    # "X said / accused Y of / believes that ...": X asserts what follows
                    speaker = next(iter(self.subjects(cx, gov)), None)
                    if speaker is not None and frame.asserted_by is None:
                        frame.asserted_by = speaker
                        if frame.modality == "asserted":
                            frame.modality = "reported"
        if frame.asserted_by is None:
            found, speaker = self._reported_by(cx, sent)
            if found:
                frame.asserted_by = speaker
                if frame.modality == "asserted":
                    frame.modality = "reported"
        if frame.modality == "asserted" and (
            any(t.lower_ in self.historical for t in sent[:3])
            or any(_phrase_at(sent, i, self.historical_phrases) for i in range(sent.start,
                                                                            sent.start + 3))
        ):
            frame.modality = "historical"
        if frame.modality == "asserted" and _phrase_before(trigger, self.future_phrases, 0):
            frame.modality = "future"  # "is going to attack", "poised to strike"
        if frame.modality in ("asserted", "future") and _phrase_before(
            trigger, self.hypothetical_phrases, trigger.i - trigger.left_edge.i + 3
        ):
            frame.modality = "hypothetical"  # "in case Iran attacks"
        self.attribution.refine(cx, trigger, sent, frame)
        return frame

    def _reported_by(self, cx: CodingContext, sent: Span) -> tuple[bool, Argument | None]:
        """Whether ``sent`` has a report phrase ("according to X", "as reported by X",
        "citing X"), and whom it names."""
        key = (sent.start, sent.end)
        found = cx.report_phrases.get(key)
        if found is None:
            found = cx.report_phrases[key] = next(
                ((i, n) for i in range(sent.start, sent.end)
                 if (n := _phrase_at(sent, i, self.report_phrases))), (0, 0))
        i, n = found
        if n:
            last = sent.doc[i + n - 1]
            for t in last.children:  # "according to X": X hangs on "to"; "citing X" too
                if t.dep_ in ("pobj", "dobj"):
                    return True, self.actor_arg(cx, t)
            if i + n < sent.end:
                return True, self.actor_arg(cx, sent.doc[i + n])
            return True, None
        return False, None

    # -- dates and places ------------------------------------------------------------------

    def _clause_of(self, cx: CodingContext, token: Token, offsets: bool) -> str:
        """:meth:`_clause_text`, read once per post for each token."""
        key = (token.i, offsets)
        text = cx.clause_texts.get(key)
        if text is None:
            text = cx.clause_texts[key] = self._clause_text(token, offsets)
        return text

    def _clause_text(self, token: Token, offsets: bool = True) -> str:
        """The text of ``token``'s own clause: its subtree without embedded clauses at any
        depth ("killing demonstrators who had camped there since April" is no April
        killing); without ``offsets``, without "N days after ..." phrases either."""
        skip: set[int] = set()
        subtree = list(token.subtree)  # walked once, read twice
        for t in subtree:
            if t.i in skip or t.i == token.i:
                continue
            if (t.dep_ in _CLAUSE_DEPS and t.pos_ in ("VERB", "AUX")) or (
                not offsets and _offset_phrase(t) is not None
            ):
                skip.update(d.i for d in t.subtree)
        return " ".join(t.text for t in subtree if t.i not in skip)

    def _offset_date(self, cx: CodingContext, trigger: Token) -> DateValue | None:
        """The date of an event told as "N units after/before" another dated one: "talks
        on Friday, a day after a car bomb killed 21 people" dates the killing a day before
        Friday. ``None`` when the trigger is in no such phrase or the other has no date."""
        ctx, state = cx.post, cx.thread
        for holder in (trigger, *(g for g, _ in self._governors(trigger))):
            if holder.dep_ in ("ccomp", "relcl", "csubj"):
                return None  # a clause of its own: its time is not the one above
            offset = _offset_phrase(holder)
            if offset is None:
                continue
            n, unit = offset
            anchor = holder.head
            skip = {t.i for t in holder.subtree}
            for gov in (anchor, *(g for g, _ in self._governors(anchor))):
                text = _words(gov, skip | self._embedded(gov))
                found = resolve_date(text, state.last_date, ctx.time, state.day_first)
                if found is not None:
                    return DateValue(shift(found.date, n, unit), basis="relative")
            return None
        return None

    def _embedded(self, token: Token, deps: frozenset[str] = _CLAUSE_DEPS) -> set[int]:
        """The tokens of the clauses (of ``deps``) under ``token``."""
        return {d.i for t in token.subtree if t.i != token.i and t.dep_ in deps
                and t.pos_ in ("VERB", "AUX") for d in t.subtree}

    def date(self, cx: CodingContext, trigger: Token, sent: Span) -> DateValue | None:
        """The date of ``trigger``'s event: a year that names the event itself ("the 2013
        attack"), a date in its clause or the clauses above it, in its sentence; else the
        publication date for news told in the present, else the thread's last date."""
        ctx, state = cx.post, cx.thread
        own = self._own_year(trigger)
        if own is not None:
            return own
        offset = (self._offset_date(cx, trigger) or self._later_than_above(cx, trigger)
                  or self._relative_clause_date(cx, trigger, (trigger,)))
        if offset is not None:
            return offset
        ahead = self._told_ahead(trigger)
        for holder in (trigger, *(g for g, _ in self._governors(trigger))):
            # "held talks on Sunday, two days after X": Sunday, not two days after the
            # thread's last date; the offset counts only when the clause has no other date
            found = resolve_date(self._clause_of(cx, holder, False), state.last_date,
                                 ctx.time, state.day_first, ahead) or resolve_date(
                self._clause_of(cx, holder, True), state.last_date, ctx.time, state.day_first,
                ahead)
            if found:
                return found
        # what happened to the thing the event acted on, told in its relative clause: "fired
        # a missile that landed in Japan's waters on Friday", "ignored a deadline that
        # expired on Sunday" (not how long it had been so: "protesters who had camped there
        # since March")
        found = self._relative_clause_date(cx, trigger, _objects(trigger))
        if found:
            return found
        # the rest of the sentence, but not what a relative clause tells of some noun
        skip = {d.i for t in sent if t.dep_ == "relcl" and not (t.left_edge.i <= trigger.i
                                                                  <= t.right_edge.i)
                for d in t.subtree}
        rest = " ".join(t.text for t in sent if t.i not in skip) if skip else sent.text
        found = resolve_date(rest, state.last_date, ctx.time, state.day_first, ahead)
        if found:
            return found
        if self._commemorated(trigger):
            # "ahead of the anniversary of X's assassination": an event remembered, not
            # one of the day of writing.
            return DateValue(state.last_date, basis="inherited") if state.last_date else None
        if self._present_tense(trigger):
            # The present and the present perfect speak of the time of writing, not of
            # the last date the thread mentioned.
            return DateValue(ctx.time[:10], basis="published") if ctx.time else None
        if state.last_date:
            return DateValue(state.last_date, basis="inherited")
        return None

    def _told_ahead(self, trigger: Token) -> bool:
        """Whether ``trigger``'s event is told as to come ("will meet on Friday", "OPEC will
        hold a meeting on 18 November"): a future auxiliary on it or on the verbs whose
        complement or conjunct it is (as :meth:`frame` reads modality)."""
        for gov, via in [(trigger, trigger), *self._governors(trigger)]:
            if gov.i != trigger.i and via.dep_ not in ("xcomp", "conj", "dobj"):
                return False
            if any(c.dep_ == "aux" and c.lower_ in self.future for c in gov.children):
                return True
        return False

    def _later_than_above(self, cx: CodingContext, trigger: Token) -> DateValue | None:
        """The date of "X on Tuesday, and Y a day later" for Y: "later" (or "within a day")
        counts from the date of the clause Y is joined to in its sentence, when that clause
        has one, not from the last date of the thread."""
        # its clause with the verbs it governs ("agreed to disarm a day later")
        own = _words(trigger, self._embedded(trigger, _FINITE_CLAUSE_DEPS))
        # "within" only on the verb itself: "agreed to withdraw within 14 months" is a deadline
        if not counts_from_before(own, counts_from_before(self._clause_of(cx, trigger, True))):
            return None
        ctx, state = cx.post, cx.thread
        for gov, via in self._governors(trigger):
            if via.dep_ not in ("conj", "advcl", "xcomp", "ccomp", "dep", "parataxis"):
                return None  # a relative clause's time is its own
            text = _words(gov, self._embedded(gov) | {t.i for t in via.subtree})
            above = resolve_date(text, state.last_date, ctx.time, state.day_first)
            if above is not None:
                # a clause that itself counts from another is left to the general reading
                return None if counts_from_before(text) else resolve_date(
                    own, above.date, ctx.time, state.day_first)
        return None

    def _relative_clause_date(self, cx: CodingContext, trigger: Token,
                              nouns: Iterable[Token]) -> DateValue | None:
        """The date a relative clause on one of ``nouns`` gives: on the event noun itself it
        tells of the event ("a ceasefire that took effect on 12 October"). A clause of how
        long something lasted ("since March", "for years") gives none."""
        ctx, state = cx.post, cx.thread
        for noun in nouns:
            if noun.pos_ not in ("NOUN", "PROPN"):
                continue
            for clause in noun.children:
                if clause.dep_ != "relcl":
                    continue
                text = self._clause_of(cx, clause, True)
                if not _DURATION_WORDS.isdisjoint(text.lower().split()):
                    continue
                found = resolve_date(text, state.last_date, ctx.time, state.day_first)
                if found:
                    return found
        return None

    def _own_year(self, trigger: Token) -> DateValue | None:
        """A year that modifies the event noun itself, the verb's object or subject, or
        the noun whose clause the trigger is: "the 2013 chemical attack", "launched the
        2003 invasion", "the 2010 sinking killed 46 sailors", "Washington's 2019
        decision to recognise X"."""
        nouns = [trigger, *_objects(trigger)]
        nouns += [c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        if trigger.dep_ in ("acl", "xcomp") and trigger.head.pos_ == "NOUN":
            nouns.append(trigger.head)
        for gov, via in self._governors(trigger):
            # "the 2013 chemical attack led Washington to threaten strikes": an event noun
            # with its year, subject of a verb above, dates what it led to (a treaty or a
            # truce named by its year does not: "the 1951 treaty obliges X to ...")
            if via.dep_ not in ("xcomp", "advcl", "conj"):
                break
            nouns += [c for c in gov.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                      and any(p.type in self.dating_types
                              for p in self.lexicon.nouns.get(c.lemma_.lower(), ()))]
        for noun in nouns:
            for child in noun.children:
                text = child.text
                if (
                    child.i < noun.i and child.dep_ in ("nummod", "compound", "amod", "nmod",
                                                        "npadvmod")
                    and len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2099
                ):
                    return DateValue(text)
        return None

    def _commemorated(self, trigger: Token) -> bool:
        """Whether ``trigger`` is what an anniversary or commemoration remembers."""
        for gov, via in self._governors(trigger):
            if via.dep_ == "relcl":
                return False
            if gov.lemma_.lower() in self.commemoration_words:
                return True
        return False

    def _present_tense(self, trigger: Token) -> bool:
        """Whether the nearest finite verb over ``trigger`` is in the present (or present
        perfect)."""
        for verb in (trigger, *(g for g, _ in self._governors(trigger))):
            aux = [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
            tags = [verb.tag_, *aux]
            if any(t in _PRESENT_TAGS for t in tags):
                return True
            if any(t in ("VBD", "MD") for t in tags):
                return False
        return False

    def place(self, cx: CodingContext, trigger: Token, skip: set[int]) -> Location | None:
        objects = self._objects(trigger)
        for obj in objects:  # "seized Mosul": a place as the object is where it happened
            if obj.i not in cx.by_token and obj.ent_type_ in ("GPE", "LOC", "FAC"):
                loc = self.location_of(cx, obj, skip)
                if loc is not None:
                    return loc
        holders = [trigger, *objects]
        holders += [g for g, _ in self._governors(trigger)][:2]
        for holder in holders:
            for child in holder.children:
                if child.dep_ != "prep" or child.lower_ not in self.place_preps:
                    continue
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or pobj.i in skip:
                        continue
                    loc = self.location_of(cx, pobj, skip)
                    if loc is not None:
                        return loc
        return None

    def location_of(self, cx: CodingContext, token: Token, skip: set[int]) -> Location | None:
        if token.ent_type_ in ("DATE", "TIME") or token.i in skip:
            return None
        for child in token.children:
            if child.dep_ == "compound" and child.i in cx.by_token:
                return self.location_of(cx, child, skip)  # "near Baghdad airport"
        division = _division_name(token)
        if division is not None:  # "IN MORAZAN DEPARTMENT": the department's country
            return self.place_in_post(cx, division.text)
        named = self._pobjs(token, ("of",)) if (
            token.lower_ in _DIVISION_NOUNS or token.lower_ in _PLACE_NOUNS) else []
        if named:  # "in the province of Sonora", "the port of El Callao"
            where = self.location_of(cx, named[0], skip)
            # (of a town whose name several countries share, the biggest abroad is a worse
            # guess than none: "THE TOWN OF VICTORIA, CABANAS DEPARTMENT" is no Hong Kong)
            shared = {c.country for c in self.gazetteer.namesakes(named[0].text)}
            return where if token.lower_ in _DIVISION_NOUNS or len(shared) < 2 else None
        span = cx.by_token.get(token.i)
        if span is not None:
            # A capital used as a place ("in Baghdad") is the city, even where the
            # dictionary also reads it as the state (metonymy: "Baghdad said").
            if span.text in self.dictionary.capitals:
                city = self.gazetteer.resolve(span.text)
                if city is not None:
                    return city
            actor = self.dictionary.get(span.id_)
            if actor is not None and actor.kind == "state" and actor.country:
                loc = self.gazetteer.country(actor.country)
                if loc is not None:
                    return Location(span.text, actor.country, loc.lat, loc.lon, loc.geonameid)
            # A capital used as a place ("in Baghdad") is a city, not the state.
            if span.text in self.dictionary.capitals:
                return self.gazetteer.resolve(span.text)
            return None
        if token.ent_type_ in ("GPE", "LOC", "FAC"):  # the entity around it, found in place
            # (scanning doc.ents for it made every event of a long post look at every place)
            doc, start, end = token.doc, token.i, token.i + 1
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            # (of a name several countries share, the namesake in the post's own country)
            name = doc[start:end]
            return None if _no_place(name) else self.place_in_post(cx, name.text)
        if token.pos_ == "PROPN":
            name = _phrase_span(token)
            return None if _titled(name) else self.place_in_post(cx, name.text)
        return None


# -- the coder: proposers -> argument reader -> event builder ------------------------------


class EventCoder:
    """Codes events from parsed posts; one instance serves a whole corpus, from any number
    of threads.

    ``proposers`` replace the default (the lexicon's) when given; :meth:`add_proposer`
    adds one to them.
    """

    #: Keep an event whose sentence names none of its actors ("a bomb went off", "she was
    #: shot"), with source and target empty: a careful reader marks it, and
    #: ``--min-confidence`` or ``--set actorless=false`` drops it.
    actorless: bool = True

    def __init__(
        self,
        dictionary: ActorDictionary,
        lexicon: Lexicon,
        gazetteer: Gazetteer,
        proposers: Sequence[Proposer | ProposerFunction] | None = None,
    ) -> None:
        self.dictionary = dictionary
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.reader = ArgumentReader(dictionary, lexicon, gazetteer)
        self.state_nouns = lexicon.cue("state_nouns")
        self.claim_verbs = lexicon.cue("claim_verbs")
        self.joint_markers = lexicon.cue("joint_markers")
        self.joinable = frozenset(lexicon.verbs) | frozenset(lexicon.nouns)
        self.outcome_types = lexicon.types_with("outcomes")
        self.context_names = load_context_names()
        self.shared_bodies = load_shared_bodies()
        self.proposers: list[Proposer | ProposerFunction] = (
            list(proposers) if proposers is not None else [LexiconProposer(lexicon, self.reader)]
        )

    def _name_by_context(self, doc: Doc, text: str) -> None:
        """Words the post's other actors resolve (``data/context_names.yaml``): a bare
        "Coalition" in a post naming the Islamic State is CJTF-OIR, as a mention in
        ``doc.spans["actors"]`` (over a provisional name around it). ``text``: ``doc.text``."""
        words = self.context_names
        text = text.lower()
        if not any(w in text for w in words):
            return  # no word of the file in the post (the usual case): no walk of its tokens
        spans = list(doc.spans.get("actors", []))
        named = {s.id_ for s in spans}
        covering = {i: s for s in spans for i in range(s.start, s.end)}
        changed = False
        for token in doc:
            rules = words.get(token.lower_)
            actor = next((a for signs, a in rules if named & signs), None) if rules else None
            span = covering.get(token.i)
            if actor is None or (span is not None and not span.id_.startswith("PRV.ORG.")) or (
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
            ):
                continue
            start, end = (span.start, span.end) if span is not None else (token.i, token.i + 1)
            new = Span(doc, start, end, label="ACTOR", span_id=actor)
            spans = [s for s in spans if s != span] + [new]
            covering.update({i: new for i in range(new.start, new.end)})
            changed = True
        if changed:
            doc.spans["actors"] = sorted(spans, key=lambda s: s.start)

    def _bodies_of_named_states(self, doc: Doc) -> None:
        """A body's name that the dictionary gives one state, owned in the text by another
        state ("Ecuador's Congress", "Honduras's National Guard"): the owner's body of that
        sector (its own entry where the dictionary names one), for every role the mention
        plays. A name that carries its own state ("Niger's French troops") stays."""
        spans = list(doc.spans.get("actors", []))
        by_root = {s.root.i: s for s in spans}
        changed = False
        for k, span in enumerate(spans):
            actor = self.dictionary.get(span.id_)
            if actor is None or not actor.country or not span.id_.startswith(f"{actor.country}."):
                continue
            owner = next((by_root[c.i] for c in span.root.children if c.i < span.start
                          and c.dep_ in ("poss", "amod", "compound") and c.i in by_root), None)
            state = self.dictionary.get(owner.id_) if owner is not None else None
            code = span.id_.split(".")[1]
            if state is None or state.kind != "state" or state.country in (None, actor.country) or (
                code not in self.dictionary.sectors
                or any(t.ent_type_ in ("GPE", "NORP") for t in span)
            ):
                continue
            words = span.text.lower()
            named = self.dictionary.institution(state.country, words)
            spans[k] = Span(doc, span.start, span.end, label=span.label_,
                            span_id=named or f"{state.country}.{code}")
            changed = True
        if changed:
            doc.spans["actors"] = spans

    def _bodies_of_the_post_state(self, doc: Doc, ctx: PostContext) -> None:
        """A body's name that many states share but the dictionary gives to one ("National
        Guard", "Congress": the USA's; ``shared_bodies`` of ``data/context_names.yaml``), in a
        post whose other actors and places point to one other country alone ("THE NATIONAL
        GUARD" of a Salvadoran report, "Congress" in a Guatemalan post): that country's body
        of the sector, its own entry where the dictionary names one. The entry stays where
        the post points to its own country, to none or to several."""
        spans = list(doc.spans.get("actors", []))
        shared = [k for k, s in enumerate(spans) if _body_key(s.text) in self.shared_bodies
                  and not any(t.ent_type_ in ("GPE", "NORP") for t in s)]
        if not shared:
            return  # (the usual case: no walk of the post's mentions)
        country = self.reader.post_country(CodingContext.of(doc, ctx),
                                           frozenset(spans[k].id_ for k in shared))
        state = self.dictionary.get(country) if country is not None else None
        if country is None or state is None or state.kind != "state":
            return
        for k in shared:
            span = spans[k]
            actor = self.dictionary.get(span.id_)
            code = span.id_.split(".")[1] if span.id_.count(".") else None
            if actor is None or actor.country in (None, country) or (
                code not in self.dictionary.sectors
            ):
                continue
            named = self.dictionary.institution(country, _body_key(span.text))
            spans[k] = Span(doc, span.start, span.end, label=span.label_,
                            span_id=named or f"{country}.{code}")
        doc.spans["actors"] = spans

    def _of_their_time(self, doc: Doc, text: str, time: str | None) -> None:
        """Persons the dictionaries hold, read at the text's time. A surname alone that
        one person of the hand-made dictionary bears (or, under a head's title, one
        converted Phoenix person) is that person, unless the text's years fall outside
        all their terms. A person named as several office holders were ("PRESIDENT
        BUSH", "GEORGE BUSH") is the one whose dated roles fit the text's time: the years
        it writes and its publication date, else the terms of the other office holders
        it names ("BARCO SAID HE WILL ASK PRESIDENT BUSH": Barco's term, 1986-1990, is
        the elder Bush's). The alias's own holder stays when nothing tells them apart."""
        spans = list(doc.spans.get("actors", []))
        actors = self.dictionary.actors
        surnames = self.dictionary.surnames()
        years = {int(y) for y in re.findall(r"\b(19[0-9]{2}|20[0-9]{2})\b", text)}
        if time and time[:4].isdigit():
            years.add(int(time[:4]))
        changed = False
        # two rounds: the surnames one person bears first, then those several bear, told
        # apart by the persons the first round found ("Carter met Begin")
        for several in (False, True):
            for k, span in enumerate(spans):
                new = self._surname_alone(doc, span, years, several, spans)
                if new is not None:
                    spans[k] = Span(doc, span.start, span.end, label=span.label_, span_id=new)
                    changed = True
        people = _office_holders(spans, actors)
        for k, span in enumerate(spans):
            actor = actors.get(span.id_)
            if actor is None or not actor.affiliations or actor.kind != "person":
                continue
            words = {t.lower_.rstrip(".") for t in span if t.is_alpha} - _NOT_NAME_WORDS
            rivals = [actors[r] for r in surnames.hand_made(name_words(actor.name)[-1])
                      if r != actor.id and actors[r].affiliations
                      and words <= actor_name_words(actors[r])]
            if not rivals or not words:
                continue
            others = _terms_beside(actors, people, name_words(actor.name)[-1])
            fits = {r.id: _fit(r, years, others) for r in rivals}
            mine = _fit(actor, years, others)
            better = [r for r in rivals if fits[r.id] > mine]
            best = max(better, key=lambda r: fits[r.id], default=None)
            if best is not None and sum(fits[r.id] == fits[best.id] for r in better) == 1:
                spans[k] = Span(doc, span.start, span.end, label=span.label_, span_id=best.id)
                changed = True
        if changed:
            doc.spans["actors"] = spans

    def _namesakes(self, doc: Doc) -> None:
        """A dictionary person matched by the surname alone where the text writes given
        names before it that are none of the person's ("SALOMON ENRIQUE ROSA CHAVEZ" is no
        Hugo Chavez): another bearer of the surname, a person the dictionaries lack, named
        by all those words (``PRV.PER.``); the provisional mention of the given names alone
        goes into it. A surname alone or after a title ("PRESIDENT CHAVEZ") keeps the
        person, as do the person's own given names before it."""
        spans = list(doc.spans.get("actors", []))
        out: list[Span] = []
        changed = False
        for span in spans:
            actor = self.dictionary.get(span.id_)
            named = name_before(doc[span.end - 1], _NOT_NAME_WORDS) if (
                actor is not None and actor.kind == "person") else None
            start = named[0] if named is not None and len(span) == 1 else span.start
            words = [t for t in doc[start : span.start] if t.is_alpha]
            # (words a person's to the entity reader, none a place's: "LA URIBE" is a place)
            kinds = {t.ent_type_ for t in words}
            if actor is None or "PERSON" not in kinds or not kinds <= {"", "PERSON"}:
                out.append(span)
                continue
            given = {t.lower_ for t in words}
            inside = [s for s in spans if s is not span and start <= s.start < span.start]
            if given & actor_name_words(actor) or any(
                    not s.id_.startswith("PRV.PER.") or s.end > span.start for s in inside):
                out.append(span)
                continue
            out = [s for s in out if not any(s is i for i in inside)]
            key = f"PRV.PER.{normalise_key(doc[start : span.end].text)}"
            out.append(Span(doc, start, span.end, label=span.label_, span_id=key))
            changed = True
        if changed:
            doc.spans["actors"] = out

    def _surname_alone(self, doc: Doc, span: Span, years: set[int], several: bool,
                       spans: list[Span]) -> str | None:
        """The person a provisional mention of one or two words is ("BARCO", "PRESIDENT
        MENEM"): the surname of one person alone of the hand-made dictionary, which knows
        them by the full name only (docs/LABELLING.md), unless the text's years fall
        outside all their terms; a surname the parser took for an organisation ("BARCO
        ASKED", in capitals), only a hand-made person's. With ``several``, only a surname several
        hand-made persons bear, the one the text's years or the terms of the other
        office holders in ``spans`` place in time; ``None`` where no person is found."""
        actors = self.dictionary.actors
        surnames = self.dictionary.surnames()
        organisation = span.id_.startswith("PRV.ORG.")
        if not (organisation or span.id_.startswith("PRV.PER.")) or span.end - span.start > 2:
            return None
        if organisation and not span[-1].is_upper:
            return None  # in mixed case the parser tells a company ("Ford said") from a person
        words = {t.lower_.rstrip(".") for t in span if t.is_alpha} - _NOT_NAME_WORDS
        surname = span[-1].lower_
        holders = (surnames.hand_made(surname) if organisation
                   else surnames.bearers(surname)) if words else []
        if len(words) > 1 and not organisation:  # "ALVA CASTRO": those both words name
            holders = surnames.named(words, surname)
        if several != (len(holders) > 1 and all(h in actors for h in holders)):
            return None
        if several:  # (placed in time: a namesake told apart, however common the name)
            holders = _of_the_time([actors[h] for h in holders], years,
                                   _terms_beside(actors, _office_holders(spans, actors),
                                                 surname))
        found = self.dictionary.get(holders[0]) if len(holders) == 1 else None
        if found is None or not words <= actor_name_words(found) or (
            words == {surname} and surnames.is_common(surname) and not several
        ):
            return None  # ("VARGAS" alone: many people's name, no one's, as for speakers)
        if found.id not in actors and len(words) < 2 and not _holds_title(doc, span, found):
            # a converted entry: under the title it holds ("PRESIDENT MENEM") or by two of
            # its name words ("ALVA CASTRO")
            return None
        first, last = _term(found)
        if years and not any(first <= y <= last for y in years):
            return None
        return found.id

    def add_proposer(self, proposer: Proposer | ProposerFunction) -> None:
        """Propose triggers with ``proposer`` too (see the module docstring)."""
        self.proposers.append(proposer)

    # -- entry point -----------------------------------------------------------------------

    def code(self, doc: Doc, ctx: PostContext, state: ThreadState | None = None) -> PostEvents:
        """Events and claims of one parsed post (``doc.spans["actors"]`` set by the ruler).

        ``state`` carries the last date from one post of a thread to the next.
        """
        text = doc.text  # read once (a Token per word each time); joining words keeps it
        join_hyphenated(doc, self.joinable, text)
        subject_nouns_read_as_verbs(doc, self.lexicon.nouns)
        self._name_by_context(doc, text)
        self._bodies_of_named_states(doc)
        self._bodies_of_the_post_state(doc, ctx)
        self._namesakes(doc)
        whole_names(doc)
        self._of_their_time(doc, text, ctx.time)
        cx = CodingContext.of(doc, ctx, state)
        attribution = self.reader.attribution
        cx.thread.see(text)
        for sent in doc.sents:
            attribution.start_sentence(cx, sent)
            for proposal, args in self.triggers(cx, sent):
                cx.out.events.extend(self.build(cx, proposal, args, sent))
                mutual = self.reader.mutual(proposal, args)
                if mutual is not None:  # "X met Y": Y met X too
                    cx.out.events.extend(self.build(cx, proposal, mutual, sent))
            attribution.end_sentence(cx, sent)
            explicit = resolve_date(sent.text, cx.thread.last_date, ctx.time,
                                    cx.thread.day_first)
            if explicit is not None and (explicit.basis == "text" or len(explicit.date) == 10):
                # the context for "two years later", and any day the sentence names
                # ("20/9:", "on 1 December", "yesterday") for the sentences and posts after it
                cx.thread.last_date = explicit.date
        found: list[tuple[Token, Span, How]] = [
            (doc[i], s, "reference") for i, s in cx.refs.items() if s is not None
        ]
        events, claims = attribution.rebuttals(cx)  # contested pairs inside the post
        cx.out.events.extend(events)
        cx.out.claims.extend(claims)
        found += cx.inferred
        # In reading order, whatever order the proposers and the reader met them in.
        cx.out.references = sorted(found, key=lambda r: (r[0].i, r[2], r[1].id_))
        return cx.out

    # -- step 1 and 2: proposals with their arguments --------------------------------------

    def proposals(self, cx: CodingContext, sent: Span) -> list[TriggerProposal]:
        """Every proposer's proposals for ``sent``, one per (trigger word, type).

        The same word and type from the lexicon and from a model is one proposal of
        origin ``both``: the lexicon's (its entry knows more about the arguments) with the
        model's confidence. Otherwise the first proposer to propose a key wins.
        """
        groups: dict[tuple[int, str], list[TriggerProposal]] = {}
        for proposer in self.proposers:
            for p in proposer(sent, cx):
                if p.token.i in cx.by_token:  # a word of an actor's name is no trigger
                    continue
                groups.setdefault((p.token.i, p.type), []).append(p)
        out = []
        for group in groups.values():
            rule = next((p for p in group if p.origin == "rule"), None)
            model = next((p for p in group if p.origin == "model"), None)
            if rule is not None and model is not None:
                out.append(replace(rule, origin="both", confidence=model.confidence))
            else:
                out.append(group[0])
        return out

    def triggers(
        self, cx: CodingContext, sent: Span
    ) -> list[tuple[TriggerProposal, Arguments]]:
        """The proposals of ``sent`` that make events, with their arguments, in reading order.

        Verb proposals are read first: a noun that is an argument or object of one is no
        event of its own ("launched an attack"), nor is a noun without an actor argument.
        The object of a verb that judges an act is the exception (:func:`_judged_object`).
        """
        proposals = self.proposals(cx, sent)
        # words that ask, promise or threaten ("warned", "the threat of"; a compound one, as
        # in the misparsed "rsf warning residents to leave", through the noun it modifies): a
        # bare event noun under one has not happened
        asking = {i for p in proposals if p.type in UNASSERTED_COMPLEMENTS
                  for i in (p.token.i, p.token.head.i if p.token.dep_ == "compound" else -1)}
        found: list[tuple[TriggerProposal, Arguments]] = []
        consumed: set[int] = set()
        nominal_types = {(p.token.i, p.type) for p in proposals if p.is_nominal}
        for p in proposals:
            if not p.is_nominal:
                args = self.reader.read(cx, p)
                found.append((p, args))
                # "sent 10 tonnes of aid": what the object counts is the object too
                objects = [*_objects(p.token), *_measured(p.token)]
                judged = {t.i for t in objects if _judged_object(p, t, nominal_types)}
                consumed.update(a.token.i for a in (*args.sources, *args.targets)
                                if a.token.i not in judged)
                consumed.update(t.i for t in objects if t.i not in judged)
                consumed.update(t.i for t in self.reader.particle_objects(p.token, p.hints))
                if self.reader.purpose_clause(p.token, p.type) is not None:
                    # "converged for a rally to protest X": the rally is the protest itself
                    consumed.update(o.i for o in self.reader._pobjs(p.token, ("for",))
                                    if (o.i, p.type) in nominal_types)
                if p.type in self.outcome_types and _objects(p.token):  # "were killed in an
                    # attack", "killed by an airstrike": the act the verb tells the outcome of
                    consumed.update(o.i for c in p.token.children
                                    if c.dep_ in ("prep", "agent") and c.lower_ in _ACT_PREPS
                                    for o in c.children if (o.i, p.type) in nominal_types)
        for p in proposals:
            if p.is_nominal and p.token.i not in consumed:
                args = self.reader.read(cx, p)
                if args.sources or args.targets or self._bare_event(p, asking):
                    found.append((p, args))
        found.sort(key=lambda f: f[0].token.i)
        return found

    def _accuses(self, token: Token) -> bool:
        """Whether ``token`` is a verb that accuses by itself (a bare ACCUSE entry of the
        lexicon: "accused", "blamed", "condemned")."""
        return token.pos_ == "VERB" and any(
            p.type == "ACCUSE" and not (p.objects or p.complements or p.particle)
            for p in self.lexicon.verbs.get(token.lemma_.lower(), ()))

    def _bare_event(self, proposal: TriggerProposal, asking: set[int]) -> bool:
        """Whether a noun trigger whose sentence names none of its actors still tells an
        event: "the attack took place at 2100", "bombings are taking place in the capital",
        "demonstrations carried out by unions" (the gold of real wire text holds these, with
        no source and no target). Only for the types marked ``bare_nouns``, and not for a
        noun that modifies another ("aid convoy", "war crimes", "training camp"), one that
        names a state rather than an act (the cue ``state_nouns``: "the war", "violence"),
        one a claim verb charges someone with ("blamed X for the sabotage"), one under a
        word that asks, promises or threatens (``asking``: "warned residents to leave
        before an assault", "the threat of an attack"), nor "in protest", which gives a reason."""
        token = proposal.token
        etype = self.lexicon.types.get(proposal.type)
        if etype is None or not etype.bare_nouns or proposal.origin == "model":
            return False
        if token.dep_ in ("compound", "nmod", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
            return False
        if token.lemma_.lower() in self.state_nouns:
            return False
        if any(a.i in asking for a in token.ancestors):
            return False
        prep = token.head if token.dep_ == "pobj" else None
        if prep is not None and prep.head.lemma_.lower() in self.claim_verbs:
            return False  # "blames Moscow for the sabotage": the charge stands for the act,
            # whose doer the noun does not name (the accused answers the charge)
        return not (prep is not None and prep.lower_ == "in"
                    and not any(c.dep_ == "det" for c in token.children))

    # -- step 3: the event builder ---------------------------------------------------------

    def _done_jointly(self, proposal: TriggerProposal) -> bool:
        """Whether a forceful act (a material-conflict type: an attack, a seizure, a patrol)
        is told as done together: "jointly" or "together" on its verb, "joint" on it or on
        its object ("launched a joint offensive", "jointly cleared three camps")."""
        etype = self.lexicon.types.get(proposal.type)
        if etype is None or etype.quad != 4 or proposal.origin == "model":
            return False
        token = proposal.token
        words = {c.lower_ for c in token.children if c.dep_ in ("advmod", "amod")}
        words |= {c.lower_ for o in _objects(token) for c in o.children if c.dep_ == "amod"}
        return not words.isdisjoint(self.joint_markers)


    def build(
        self, cx: CodingContext, proposal: TriggerProposal, args: Arguments, sent: Span
    ) -> Iterator[Event]:
        """The events (one per source and target) of a proposal with its arguments; their
        claims go to ``cx.out.claims``."""
        trigger = proposal.token
        etype = self.lexicon.types[proposal.type]
        reader = self.reader
        # (a sector noun counts: the builder gives it its country, "the army and the RSF")
        actors = [a for a in args.sources if a.span is not None or (
            a.token.pos_ == "NOUN" and reader.sector_code(a.token) is not None)]
        hints = proposal.hints
        named = {a.actor for a in actors if a.span is not None}
        if (isinstance(hints, Predicate) and hints.joint and len(named) >= 2
                and not any(a.span for a in args.targets)):
            # "Vietnam and the Philippines held a coast guard exercise": done together
            jtype, jmode, jcameo = hints.joint
            proposal = replace(proposal, type=jtype, mode=jmode, cameo=jcameo, hints=None)
            etype = self.lexicon.types[jtype]
        if len(named) >= 2 and self._done_jointly(proposal):
            # "Ugandan and Congolese troops launched joint strikes on the camps": the sides
            # work with each other (COOPERATE per side, as for a joint drill) besides the act
            together = replace(proposal, type="COOPERATE", mode="military", cameo="062",
                               hints=None)
            yield from self.build(cx, together, Arguments(actors, [], args.nominal), sent)
            if proposal.type == "MOBILIZE":
                return  # "patrolling the sea together": the joint patrol alone, as for drills
        if not any(a.span for a in args.targets) and len(actors) >= 2 and (
            reader.is_reciprocal(proposal)
        ):
            # "Iran and Saudi Arabia agreed ...": each side acts towards the other; of three
            # sides or more, each once, towards the next ("Japan, the Philippines and the US
            # held a joint drill": three acts, as the labels hold, not one per pair)
            sides = list({a.actor: a for a in actors}.values())
            for n, a in enumerate(sides):
                others = ([b for b in actors if b.actor != a.actor] if len(sides) < 3
                          else [sides[(n + 1) % len(sides)]])
                yield from self.build(cx, proposal, Arguments([a], others, args.nominal), sent)
            return
        given = args
        # "extradited X to the United States": the same word tells a second act (the entry's
        # ``also``); the judicial cooperation is with the state that receives X (the row in
        # docs/LABELLING.md), X is the second act's target
        also = (hints.also if isinstance(hints, Predicate) and proposal.type == hints.type
                and proposal.origin != "model" else None)
        receivers = reader.receivers(cx, trigger, hints) if also else []
        if receivers:
            args = replace(args, targets=receivers)
        frame: Frame | None = None
        if isinstance(hints, Predicate) and hints.imputes and proposal.type == "ACCUSE":
            # "he said the FMLN was responsible for this action": the subject is the one
            # charged; the accuser is whoever asserts the clause (none: the author's word)
            frame = reader.frame(cx, trigger, sent)
            if frame.negated or any(self._accuses(a) for a in trigger.ancestors):
                return  # "confirmed that they were not involved in the attack": no charge;
                # "accused X of being responsible for the attacks": one accusation, the verb's
            accuser = [frame.asserted_by] if frame.asserted_by is not None else []
            args = Arguments(accuser, list(args.sources), args.nominal)
        if isinstance(hints, Predicate) and hints.received:
            # "Ukraine received helicopters from Norway": Norway gives, Ukraine is given to
            givers, takers = reader.giver_and_given(cx, trigger)
            args = Arguments(givers, takers, args.nominal)
        if any(_first_plural(a.token) for a in (*args.sources, *args.targets)):
            # '"We destroyed ...", the army said': "we" and "our" are the speaker's side
            frame = reader.frame(cx, trigger, sent)
            args = Arguments([reader.first_person(cx, a, frame, sent) for a in args.sources],
                             [reader.first_person(cx, a, frame, sent) for a in args.targets],
                             args.nominal)
        if proposal.type in reader.harm_types and trigger.pos_ == "VERB":
            args = replace(args, targets=reader.casualties(cx, trigger, args.targets))
        if proposal.type == "MOBILIZE":
            # the deployed force is the target, not where it goes ("deployed 1,000
            # soldiers to Mozambique": the soldiers)
            args = replace(args, targets=reader.deployed(trigger, args.targets))
        skip = {t.i for a in (*args.sources, *args.targets) if a.span is not None for t in a.span}
        where = reader.place(cx, trigger, skip)
        venue = proposal.type in reader.venue_types
        sources = self._fill(cx, args.sources, trigger, where, sent, infer=True, venue=venue)
        acting = frozenset(a.actor for a in sources if a is not None and a.actor is not None)
        if proposal.type in reader.armed_types:
            sources = [reader.armed_demonym(cx, a) for a in sources]
            acting |= {a.actor for a in sources if a is not None and a.actor is not None}
        if proposal.type == "REJECT" and not any(a.span for a in args.targets):
            answered = reader.answered_claimant(cx, trigger, set(acting))
            if answered is not None:  # "Pyongyang denied it": whose word it answers
                args = replace(args, targets=[answered])
        targets: list[Argument | None]
        own: dict[str, list[Argument | None]] = {}
        if proposal.type == "MOBILIZE" and args.targets:
            # deployed "soldiers" are the source's own: its country's, never the place's;
            # each source's own when several deploy ("South Africa, Malawi and Tanzania
            # began deploying troops")
            forces = [reader.own_force(cx, a, acting) for a in args.targets]
            if not reader.countries_of(acting):
                # no source that gives a country ("troops were deployed around the mines of
                # Oruro", "the defense minister announced that troops will be deployed"):
                # the force's country is the one its sentence or post gives
                forces = [reader.infer(cx, a, where, sent, acting, any_country=True)
                          for a in forces]
            targets = list(forces)
            if len(acting) > 1:
                own = {s: [reader.own_force(cx, a, frozenset({s})) for a in args.targets]
                       for s in acting}
        else:
            targets = self._fill(cx, args.targets, trigger, where, sent, other=acting,
                                 infer=proposal.type != "MOBILIZE", side="target",
                                 struck=proposal.type in reader.place_target_types,
                                 venue=venue)
            if proposal.type in reader.harm_types:  # "attacks against Salvadorans": its people
                targets = [reader.nationals(cx, a) for a in targets]
            if proposal.type in reader.place_target_types:  # "a Ukrainian transport plane"
                targets = [reader.state_thing(cx, a) for a in targets]
            # "blamed Ukrainian shelling", "blaming Israeli gunfire": the armed act's doer,
            # the state's military, as for a source
            targets = [reader.armed_demonym(cx, a) for a in targets]
        sources, targets = reader.retreat_sides(proposal, sources, targets)
        actorless = not any(a is not None and a.span for a in (*sources, *targets))
        if actorless and not self.actorless:
            return
        frame = frame or reader.frame(cx, trigger, sent)
        when = reader.date(cx, trigger, sent)
        if when is not None and when.basis in ("text", "relative"):
            cx.thread.last_date = when.date
        ctx = cx.post
        evidence = Evidence(ctx.doc, ctx.post, sent.start_char, sent.end_char, sent.text)
        speaker = frame.asserted_by
        method: Method = proposal.origin
        for src in sources:
            for tgt in own.get(src.actor or "", targets) if src is not None else targets:
                src_actor = src.span if src is not None else None
                if src_actor is None and (tgt is None or tgt.span is None) and not actorless:
                    continue
                if src is not None and src.actor is not None and tgt is not None and (
                    src.actor == tgt.actor
                ) and not (proposal.type == "MOBILIZE" and tgt.inferred):
                    # (a deployed force is the source's own: "Ecuador's armed forces
                    # deployed 22,400 soldiers", ECU.MIL both)
                    # "Ukraine said Russian forces kept shelling its positions": a pronoun
                    # that names the source acting on itself names someone else
                    tgt = reader.other_referent(cx, tgt, src.actor)
                has_src = src is not None and src.span is not None
                has_tgt = tgt is not None and tgt.span is not None
                # "KH says it holds Washington responsible": the speaker's own accusation,
                # threat, rejection or concession, which the author reports (attribution)
                said = replace(frame, asserted_by=None, modality="asserted") if (
                    reader.attribution.spoken_act(proposal.type, src, frame)) else frame
                # a side the role classifier chose counts for less than one the rules read;
                # an event that names neither side is a labelled event about 4 times in 10
                # on dev (those with a count or a sector noun now get their sides)
                confidence = (0.55 if has_src or has_tgt else 0.45) + (
                    0.2 - 0.1 * (src is not None and src.learned)) * has_src
                confidence += (0.15 - 0.1 * (tgt is not None and tgt.learned)) * has_tgt
                # (a noun that names neither side is as often right as a verb: the hit
                # rate of both is about 0.6 on train, new items)
                confidence -= 0.1 * (args.nominal and (has_src or has_tgt)) + 0.1 * (
                    (src is not None and src.indirect) or (tgt is not None and tgt.indirect)
                )
                if proposal.confidence is not None:
                    # a model's own score; with the lexicon agreeing, the higher of the two
                    confidence = (proposal.confidence if method == "model"
                                  else max(confidence, proposal.confidence))
                event_id = stable_id(
                    ctx.doc, ctx.post, trigger.idx, proposal.type, _key(src, trigger),
                    _key(tgt, trigger), prefix="ev_",
                )
                event = Event(
                    id=event_id,
                    type=proposal.type,
                    evidence=evidence,
                    mode=proposal.mode,
                    quad=proposal.quad if proposal.quad is not None else etype.quad,
                    cameo=proposal.cameo or etype.cameo,
                    source=src.actor if src is not None else None,
                    source_text=src.text if has_src and src is not None else None,
                    target=tgt.actor if tgt is not None else None,
                    # a trigger standing for its own target ("the insurgency") has no words
                    # of a target
                    target_text=tgt.text if tgt is not None and tgt.token != trigger else None,
                    date=when.date if when else None,
                    end_date=when.end_date if when else None,
                    date_basis=when.basis if when else None,
                    location=where,
                    asserted_by=said.asserted_by.actor if said.asserted_by else None,
                    asserted_by_text=said.asserted_by.text if said.asserted_by else ctx.author,
                    modality=said.modality,
                    negated=frame.negated,
                    disputed=frame.modality == "denied",
                    confidence=round(max(0.1, min(confidence, 0.95)), 2),
                    trigger=proposal.span.text,
                    method=method,
                )
                self.reader.attribution.record(cx, trigger, event, said)
                if frame.denied_by is None or speaker is not frame.denied_by:
                    cx.out.claims.append(
                        Claim(
                            id=stable_id(event_id, "asserts", prefix="cl_"),
                            event=event_id,
                            asserted_by=event.asserted_by,
                            stance="asserts",
                            evidence=evidence,
                        )
                    )
                if frame.denied_by is not None:
                    cx.out.claims.append(
                        Claim(
                            id=stable_id(event_id, "denies", prefix="cl_"),
                            event=event_id,
                            asserted_by=frame.denied_by.actor,
                            stance="denies",
                            evidence=evidence,
                        )
                    )
                yield event
        announcers = self._announcers(cx, etype, frame, sources, trigger)
        if announcers is not None:
            # "Russia announced its troops would pull back": the announcement concedes
            announced = self.lexicon.types[etype.announced or ""]
            yield from self.build(cx, replace(proposal, type=announced.name, mode=None,
                                              cameo=announced.cameo),
                                  replace(args, sources=announcers), sent)
        if also:
            # the second act is done to the one sent (X), not to the state that receives
            atype, amode, acameo = also
            received = {a.token.i for a in receivers}
            sent_away = [a for a in given.targets if a.token.i not in received] or [
                reader.actor_arg(cx, o) for o in trigger.children
                if o.dep_ in ("dobj", "nsubjpass")]
            yield from self.build(cx, replace(proposal, type=atype, mode=amode, cameo=acameo),
                                  replace(given, targets=sent_away), sent)
        denier = frame.denied_by
        if denier is not None and denier.span is not None:
            # "Tehran denies arming the group": the denial is itself a REJECT event, read
            # by the rules whoever proposed the denied event.
            reject = self.lexicon.types["REJECT"]
            # "saf says haftar's men helped them, lna denies crossing": whose word it answers
            answered = reader.answered_claimant(cx, denier.token.head, {denier.actor})
            yield Event(
                id=stable_id(ctx.doc, ctx.post, trigger.idx, "REJECT", denier.actor, prefix="ev_"),
                type="REJECT", evidence=evidence, quad=reject.quad, cameo=reject.cameo,
                source=denier.actor, source_text=denier.text,
                target=answered.actor if answered is not None else None,
                target_text=answered.text if answered is not None else None,
                date=when.date if when else None, end_date=when.end_date if when else None,
                date_basis=when.basis if when else None, location=where,
                asserted_by_text=ctx.author, confidence=0.75, trigger=trigger.head.text,
            )

    def _announcers(self, cx: CodingContext, etype: EventType, frame: Frame,
                    sources: list[Argument | None], trigger: Token) -> list[Argument] | None:
        """Who concedes by announcing the act at ``trigger`` (the type's ``announced``), or
        ``None`` when it is no announced act of the speaker's side: the speaker, not the force
        that is to act, when the doers are its side ("Russia announced its troops would pull
        back": CONCEDE Russia, as docs/LABELLING.md has it) or its own pronoun or force ("the
        junta said it would release the reporters", "the commander announced his men would
        pull out"), though neither names an actor the dictionary knows."""
        if not etype.announced or frame.negated:
            return None
        announcer = self._announcing_subject(cx, trigger)
        speaker = frame.asserted_by or announcer
        if speaker is None or not (frame.modality in ("future", "hypothetical") or (
                announcer is not None and trigger.tag_ == "VBG")):
            return None  # ("maduro announced he's freeing the americans": the act under way)
        known = [s for s in sources if s is not None and s.actor is not None]
        if speaker.actor is not None and any(
                self.reader.dictionary.same_side(s.actor, speaker.actor) for s in known):
            return [speaker]
        if not _own_doer(trigger):
            return None
        if speaker.actor is not None and known:
            return None  # "Kyiv said they would free ...": a pronoun for another side
        return [speaker]

    def _announcing_subject(self, cx: CodingContext, trigger: Token) -> Argument | None:
        """The one who announces the act at ``trigger`` with a performative verb ("announce",
        "declare"), read from the parse where the attribution frame may find no speaker: the
        verb's subject ("maduro announced he's freeing ..."), or the noun the verb was
        parsed as modifying ("the council announced on Wednesday it would free ...", parsed
        as "the council [that was] announced"; "the two armies announced that they would
        observe ...", parsed with "armies" as the root)."""
        verbs = self.reader.attribution.cues.performative_verbs
        head = trigger.head
        if trigger.dep_ == "ccomp" and head.lemma_.lower() in verbs:
            if head.dep_ == "acl" and not any(c.dep_ == "agent" for c in head.children):
                return self.reader.actor_arg(cx, head.head)
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None and head.tag_ == "VBD":
                return self.reader.actor_arg(cx, subject)
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:  # the noun before the misread verb, the pronoun after it
            return next((self.reader.actor_arg(cx, n) for n in subjects for c in n.children
                         if c.dep_ == "acl" and c.lemma_.lower() in verbs
                         and not any(g.dep_ == "agent" for g in c.children)), None)
        return None

    def _fill(
        self, cx: CodingContext, args: list[Argument], trigger: Token, where: Location | None,
        sent: Span, infer: bool, other: frozenset[str] = frozenset(), side: str = "source",
        struck: bool = False, venue: bool = False,
    ) -> list[Argument | None]:
        """The arguments of one side, sector nouns given their country (with ``infer``);
        ``[None]`` for a side the text leaves empty."""
        if args:
            return ([self.reader.infer(cx, a, where, sent, other, any_country=True,
                                       struck=struck, venue=venue)
                     for a in args] if infer else list(args))
        if infer:
            # No argument: a trigger that is itself a sector noun ("the insurgency") may
            # still name its actor.
            own = self.reader.infer(cx, Argument(trigger, None), where, sent, other,
                                    modifiers=side == "source")
            # (a sector word on the trigger names who acts, "the air force bombing", not
            # whom it is done to: "student protests")
            if own.span is not None and (
                side == "source" or self.reader.sector_code(trigger) is not None
            ):
                return [own]
        return [None]


_YEAR = re.compile(r"(1[89]|20)\d\d")


@lru_cache(maxsize=1)
def load_context_names() -> dict[str, list[tuple[frozenset[str], str]]]:
    """``data/context_names.yaml``: word -> [(ids that say which actor, the actor)]."""
    return {word: [(frozenset(r["signs"]), r["actor"]) for r in rules]
            for word, rules in (packaged("context_names.yaml") or {})["names"].items()}


@lru_cache(maxsize=1)
def load_shared_bodies() -> frozenset[str]:
    """``shared_bodies`` of ``data/context_names.yaml``: names of bodies many states have."""
    return frozenset((packaged("context_names.yaml") or {}).get("shared_bodies") or ())


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
    "Borno" of "Borno state"), or ``None``."""
    if token.lower_ not in _DIVISION_NOUNS and token.lemma_.lower() not in _DIVISION_NOUNS:
        return None
    names = [c.i for c in token.children
             if c.dep_ == "compound" and c.i < token.i and c.pos_ == "PROPN"]
    return token.doc[min(names) : token.i] if names else None


def _no_place(name: Span) -> bool:
    """Whether the entity ``name`` names no place, whatever town of the gazetteer it
    spells: a person's name after a title, or a piece of a longer name."""
    return _titled(name) or _cut_name(name)


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
    return [t for t in terms if t != (0, 9999)]


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


def _term(actor: Actor) -> tuple[int, int]:
    """The years an actor's dated roles span, first to last (an open end: to this day; an
    undated membership says nothing)."""
    dated = [a for a in actor.affiliations if a.start and a.start[:4].isdigit()]
    if not dated:
        return (0, 9999)
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
# Armed groups whose unnamed victims are their own country's people when nothing else in
# the post points to a country (they may act abroad: only as the last guess).
_HOME_ARMED_KINDS = frozenset({"militia", "terrorist"})
# Armed groups that fight their own state: "the army" facing them is that state's.
_INSURGENT_KINDS = frozenset({"rebel"})
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
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
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

