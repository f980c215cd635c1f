"""What is said and by whom, the parts every attribution reader shares.

The cue words of ``data/attribution.yaml`` (:class:`AttributionCues`), the per-post record of
who said what (:class:`Speech`, one ``_Said`` per report), and the small word and actor tests
the speaker, rebuttal and attribution readers all use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from ..datafiles import packaged
from ..errors import ConfigError
from ..models import Event

if TYPE_CHECKING:
    from .reading import Argument


#: The ``version`` of ``data/attribution.yaml`` this code reads.
CUES_VERSION = 1


# Id prefixes that name a kind of actor, not a state.
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})


_LONE_DENIERS = frozenset({"he", "she"})  # a person's pronoun (see Attribution._lone_denier)


_AUTHORS = frozenset({"we", "i"})  # outside a quote: the author's own words


# a body's possessive of its own ("its troops", "their ban", "our aid"); a person's adds
# "his" and "her" (reading._OWN_POSSESSIVES)
_BODY_POSSESSIVES = frozenset({"its", "their", "our"})


# a speaker left as one of these words, resolved to nobody, is the text's own voice
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "our", "my"})


_AUXILIARIES = frozenset({"has", "have", "had", "also", "later", "now"})


# A social-media handle ("@kivu_morning"): a name, whatever the tagger reads it as (an
# adverb, a verb in "-ing") in a thread's "@x says ...".
_HANDLE = re.compile(r"@\w{2,}")


def is_handle(token: Token) -> bool:
    """Whether ``token`` is a social-media handle ("@mogok_daily")."""
    return _HANDLE.fullmatch(token.text) is not None


def verb_at(chain: list[Token], verb: Token) -> int:
    """The place of ``verb`` in ``chain`` (a trigger and its heads), else its length."""
    return next((k for k, t in enumerate(chain) if t.i == verb.i), len(chain))


_SPEAKER_DEPS = frozenset({"parataxis", "advcl", "ccomp", "conj"})


# Events that are themselves words (an accusation, a demand, a rejection): an answer
# disputes what they say, not that they were said.
_SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT"})


# A few words in double quotes (not a whole quoted statement).
_SCARE_QUOTE = re.compile(r'["\u201c]([^"\u201c\u201d.,;:!?]{1,40})["\u201d]')


# "That is not true": what was said judged false without an answer word.
_NOT_TRUE = frozenset({"not true", "not correct", "not accurate", "not the case"})


# What a doubt names after its phrase: "no evidence of that", "no proof for the claim".
_DOUBTED = frozenset({("of", "that"), ("of", "this"), ("of", "it"), ("of", "any"),
                      ("of", "such"), ("for", "that"), ("for", "this"), ("for", "the"),
                      ("to", "support"), ("to", "suggest"), ("to", "back")})


# Deals and offers: rejecting one ("Somalia rejected it") opposes the deal, not its facts.
_AGREEMENTS = frozenset({"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "CONSULT"})


# Acts an answer by the one they concern responds to (an offer, talks, a warrant, a
# blockade) rather than telling them otherwise, unless it tells an act of that kind itself.
_RESPONDED = frozenset({"AGREE", "CONCEDE", "CONSULT", "COERCE"})


# Quotation marks that open, close, or either (the Wikinews texts write `` and '', which
# the tokenizer may cut into two backticks).
_OPENING = frozenset({"``", "`", "\u201c"})


_CLOSING = frozenset({"''", "\u201d"})


_QUOTES = _OPENING | _CLOSING | {'"'}


def _marks(doc: Any, start: int, end: int) -> list[tuple[int, str]]:
    """The quotation marks of ``doc[start:end]``: (index, "open", "close" or "either")."""
    out = []
    words = _lower_words(doc)  # (a mark has no case: its lower-case form is its text)
    for k in range(start, end):
        text = words[k]
        if text == "`" and k > start and words[k - 1] == "`":
            continue  # the second half of ``
        if text in _QUOTES:
            out.append((k, "open" if text in _OPENING else "close" if text in _CLOSING
                        else "either"))
    return out


def _single_quote(token: Any, tag: str) -> bool:
    """Whether ``token`` is a single quotation mark the tagger reads as opening (``tag``
    "``") or closing ("''") a quote: not an apostrophe ("the rebels' base")."""
    return token.text in ("'", "\u2018", "\u2019") and token.tag_ == tag


@dataclass(frozen=True, slots=True)
class AttributionCues:
    """The cue lists of ``data/attribution.yaml``; phrases as word tuples, longest first."""

    speech_verbs: frozenset[str]
    answer_report_verbs: frozenset[str]
    hedge_words: frozenset[str]
    source_words: frozenset[str]
    claiming_verbs: frozenset[str]
    responsibility_nouns: frozenset[str]
    contribution_nouns: frozenset[str]
    credit_verbs: frozenset[str]
    carry_subjects: frozenset[str]
    counter_markers: tuple[tuple[str, ...], ...]
    contrast_words: frozenset[str]
    opening_contrasts: frozenset[str]
    otherwise_words: frozenset[str]
    different_words: frozenset[str]
    rival_account_nouns: frozenset[str]
    rival_account_verbs: frozenset[str]
    nothing_else: tuple[tuple[str, ...], ...]
    false_adverbs: frozenset[str]
    contrary_phrases: tuple[tuple[str, ...], ...]
    claim_nouns: frozenset[str]
    denial_nouns: frozenset[str]
    origin_nouns: frozenset[str]
    origin_phrases: tuple[tuple[str, ...], ...]
    role_nouns: frozenset[str]
    doubt_phrases: tuple[tuple[str, ...], ...]
    answer_verbs: frozenset[str]
    answer_words: frozenset[str]
    answered_objects: frozenset[str]
    counter_adverbs: frozenset[str]
    transcript_marks: frozenset[str]
    occasion_words: frozenset[str]
    report_fillers: frozenset[str]
    contrast_answers: frozenset[str]
    unharmed_words: frozenset[str]
    confirming_verbs: frozenset[str]
    agreeing_adverbs: frozenset[str]
    finding_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    blame_verbs: frozenset[str]
    blamed_for_acts: frozenset[str]
    grounds_verbs: frozenset[str]
    grounds_nouns: frozenset[str]
    spokesman_nouns: frozenset[str]
    source_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    liable_words: frozenset[str]
    state_sectors: frozenset[str]
    insurgent_kinds: frozenset[str]
    plea_words: frozenset[str]
    witness_nouns: frozenset[str]
    outside_words: frozenset[str]
    not_holder_words: frozenset[str]
    performative_verbs: frozenset[str]
    condition_words: frozenset[str]
    none_words: frozenset[str]
    grounds_words: frozenset[str]
    background_words: frozenset[str]
    circumstance_words: frozenset[str]
    publishing_verbs: frozenset[str]
    account_nouns: frozenset[str]
    making_verbs: frozenset[str]
    sector_speakers: frozenset[str]
    sector_modifiers: tuple[tuple[str, ...], ...]
    place_nouns: frozenset[str]  # (attr11)
    title_words: frozenset[str]
    described_speakers: tuple[tuple[str, ...], ...]
    spoken_types: frozenset[str]
    learning_verbs: frozenset[str]  # (attr12)
    object_claims: frozenset[str]  # (attr12)
    presupposing_marks: frozenset[str]  # (attr13)
    accordance_nouns: frozenset[str]  # (attr13)
    definite_words: frozenset[str]  # (attr13)
    presupposing_preps: frozenset[str]  # (attr13)
    news_marks: frozenset[str]  # (attr16)
    suffering_verbs: frozenset[str]  # (spk35)
    held_nouns: frozenset[str]  # (spk35)
    told_verbs: frozenset[str]  # (rows17)
    disowning_verbs: frozenset[str]  # (rows17)
    staff_nouns: frozenset[str]  # (attr17)
    dateline_words: frozenset[str]  # (attr18)
    ground_verbs: frozenset[str]  # (rebut21)
    still_words: frozenset[str]  # (rebut21)
    figure_verbs: frozenset[str]  # (reb25)
    figure_nouns: frozenset[str]  # (reb25)
    counted_nouns: frozenset[str]  # (reb25)
    rejecting_verbs: frozenset[str]  # (reb28)
    granted_nouns: frozenset[str]  # (reb28)
    part_verbs: frozenset[str]  # (reb28)
    offering_verbs: frozenset[str]  # (reb28)
    unhappened_verbs: frozenset[str]  # (reb27)
    performative_nouns: frozenset[str]  # (asr29)

    def answering(self, lemma: str) -> bool:
        """Whether the verb ``lemma`` answers what was said by itself ("insists",
        "rejects"): an answering verb that does not merely name it ("calls it ...")."""
        return lemma in self.answer_verbs and lemma not in self.naming_verbs

    def falsehood_words(self) -> frozenset[str]:
        """The answer words that call what was said false ("a fabrication", "baseless"),
        not those that defend an act or limit it ("legitimate", "only")."""
        return self.answer_words - _NOT_FALSE


@lru_cache(maxsize=1)
def load_cues() -> AttributionCues:
    """The packaged cue lists (``data/attribution.yaml``)."""
    data = packaged("attribution.yaml")
    if not isinstance(data, dict) or data.get("version") != CUES_VERSION:
        raise ConfigError(f"attribution.yaml: expected version {CUES_VERSION}")

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[name] or ())

    def phrases(name: str) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted((tuple(w.split()) for w in words(name)), key=lambda p: (-len(p), p)))

    # every field is the list of the same name; word tuples where the field holds phrases
    lists: dict[str, Any] = {
        f.name: phrases(f.name) if str(f.type).startswith("tuple") else words(f.name)
        for f in fields(AttributionCues)
    }
    return AttributionCues(**lists)


@dataclass
class _Said:
    """One coded event with what attribution needs of it later in the post."""

    event: Event
    sent: int  # index of its sentence in the post
    speaker: Argument | None  # None: the author
    claimed: bool  # asserted by a speaker of the text (said, claimed, denied, hedged)
    accuser: Argument | None = None  # who asserts what the speaker denies, if named
    trigger: int = -1  # its trigger token (a word told twice in one sentence: "blamed")


@dataclass
class Speech:
    """Per-post attribution state, kept in the :class:`~.coder.CodingContext`."""

    sentence: int = -1
    last_speaker: Argument | None = None  # the last sentence's report-verb subject
    colon_speaker: Argument | None = None  # "X said:" opens everything after it ...
    colon_at: int = -1  # ... from this token on ...
    colon_end: int = -1  # ... to this one (the end of the quote it opens; else the post's)
    heading: bool = False  # the colon speaker heads the post ("kagame on cnn: ...")
    that_speaker: Argument | None = None  # "CASTILLA REPORTS THAT ...", read from the words
    that_at: int = -1  # ... from this token to the end of its sentence
    that_end: int = -1
    accusers: dict[int, Argument] = field(default_factory=dict)  # by trigger token
    said: list[_Said] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    speaker_at: int = -1  # the sentence whose report verb gave ``last_speaker``
    open_quote: bool = False  # a quote the sentences before opened is not closed yet ...
    quote_speaker: Argument | None = None  # ... and its speaker, if one was named
    quoted_by: Argument | None = None  # the speaker of a quote carried into this sentence
    quoted_from: int = -1  # ... from this token
    quoted_to: int = -1  # ... to this one
    # by sentence start, read once a sentence: its semicolons, its report phrase
    semicolons: dict[int, list[int]] = field(default_factory=dict)
    sources: dict[int, tuple[bool, Argument | None]] = field(default_factory=dict)
    closing: dict[int, tuple[int, Argument | None]] = field(default_factory=dict)
    # "he"/"she" denying a named report, kept as its words: no person named before it
    lone_deniers: set[int] = field(default_factory=set)


def _at(doc: Any, i: int, end: int, phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return i + n <= end and _lower_words(doc)[i:i + n] == list(phrase)


_LAST_READ: tuple[Any, list[str]] = (None, [])  # the doc last read by _lower_words, its words


def _lower_words(doc: Any) -> list[str]:
    """``doc``'s words in lower case, read once per doc (the phrase tests run at every token
    of every sentence; a Token object per word and test was a tenth of the coder's time)."""
    global _LAST_READ
    last, words = _LAST_READ  # one read of the pair: threads coding other docs recompute
    if last is not doc or len(words) != len(doc):
        strings = doc.vocab.strings
        words = [strings[w] for w in doc.to_array(LOWER).tolist()]
        _LAST_READ = (doc, words)
    return words


@lru_cache(maxsize=16)
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str] | None:
    """The words ``phrases`` start with (``None`` when an empty one matches anywhere)."""
    return None if () in phrases else frozenset(p[0] for p in phrases)


def _same_speaker(a: Argument, b: Argument) -> bool:
    """The same speaker: the same actor id, or (without ids) the same head word."""
    if a.actor is not None or b.actor is not None:
        return a.actor == b.actor
    return a.token.lemma_.lower() == b.token.lemma_.lower()


def _country(actor: str | None) -> str | None:
    return actor.split(".")[0] if actor else None


# Answer words that do not call what was said false: a speaker's defence of its own act
# ("legitimate", "professional") or words that limit it ("only").
_NOT_FALSE = frozenset({"only", "merely", "never", "not", "otherwise", "instead", "legitimate",
                        "lawful", "professional", "professionally", "self-defence",
                        "self-defense", "null", "void", "illegal", "illegitimate"})


def _forms_of(word: str) -> set[str]:
    """The verbs a present-tense form may be of ("rejects": reject; "dismisses": dismiss)."""
    out = {word}
    if word.endswith("es"):
        out.add(word[:-2])
    if word.endswith("s"):
        out.add(word[:-1])
    return out


@lru_cache(maxsize=4)
def _forms(verbs: frozenset[str]) -> frozenset[str]:
    """The inflected forms of one-word ``verbs``."""
    from .prefilter import word_forms

    return frozenset(f for v in verbs if " " not in v for f in word_forms(v))


def _spellings(words: str) -> set[str]:
    """``words`` in both spellings of "defence" ("defence minister", "defense minister")."""
    return {words, words.replace("defence", "defense"), words.replace("defense", "defence")}


def _keys(verb: Token) -> set[str]:
    lemma = verb.lemma_.lower()
    return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "prep"))}


#: Dependencies of a report or denial verb that hold what it says or denies ("insists [its
#: troops never crossed]", "describes [its operation] [as a campaign]", "calls [it] [a lie]").
def _one_actor(a: str, b: str) -> bool:
    """The same actor id, or one a unit of the other ("SLV.MIL" and "SLV"): not two actors
    the dictionary puts in one country ("SLV.MIL" and the FMLN)."""
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


_CLAIMED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj", "oprd", "prep", "attr", "acomp",
                           "dative", "pcomp"})


#: What a denial verb denies: its object or clause, not a phrase of how or where it denied.
_DENIED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj"})


#: Verbs that put out what an "as" clause says was said ("as the FMLN announced").
_ANNOUNCE = frozenset({"announce", "claim", "report", "say", "state", "allege", "charge",
                       "assert", "maintain", "declare"})


#: Kinds of act two rival speakers may tell one happening as (beside the same kind): force
#: ("an attack on soldiers" against "civilians forced to dig trenches"), how a deal came
#: about ("brokered" against "agreed directly"); and a side's own restraint, said or
#: promised, against the other side's report of its force ("would reduce military activity"
#: against "shelling continued overnight").
_RIVAL_KINDS = (frozenset({"ASSAULT", "COERCE"}), frozenset({"CONSULT", "AGREE"}))


_RESTRAINT = frozenset({"CONCEDE", "RETREAT"})


#: Kinds of act a plea of lawful conduct ("acted professionally") is answered by.
_FORCE = frozenset({"ASSAULT", "COERCE"})


def _head_word(text: str | None) -> str:
    """The last word of a phrase, lower-cased ("the oil tanker": "tanker")."""
    words = (text or "").lower().split()
    return words[-1] if words else ""


def _rival_types(first: _Said, second: _Said) -> bool:
    """Whether two speakers' events ``first`` and ``second`` (told after it) may be two
    accounts of one happening by their kinds of act: the same kind, two kinds of one group
    of ``_RIVAL_KINDS``, or the first speaker's restraint against a later report of an
    attack."""
    a, b = first.event.type, second.event.type
    return a == b or any(a in kinds and b in kinds for kinds in _RIVAL_KINDS) or (
        a in _RESTRAINT and b == "ASSAULT")


#: Reciprocal pronouns (head word, its determiner): "X and Y accused each other", "blamed
#: one another", "fired at each other": each side acts on the other, whatever the verb (reb28).
_RECIPROCAL_PRONOUNS = {("other", "each"), ("one", "another")}


def _on_each_other(verb: Token) -> bool:
    """Whether ``verb``'s object, or the object of one of its prepositions, is a reciprocal
    pronoun ("accused each other of firing first", "fired at one another")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any((o.lower_, d.lower_) in _RECIPROCAL_PRONOUNS
               for o in objects for d in o.children if d.dep_ == "det")
