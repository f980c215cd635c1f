"""Who says what: attribution, claims of responsibility, hedges and rebuttals in one text.

The argument reader finds the plain cases itself ("X said that ...", "according to X",
"X denied ..."). :class:`Attribution` adds what needs more than the clause above a
trigger, with the cue words of ``data/attribution.yaml``:

* **more speakers**: a report clause after or beside the event ("..., the minister
  said", "As X announced today, ..."), admission and finding verbs ("Iran admitted
  that ...", "a UN panel determined that ...", "survivors point to ..."), the object of
  praise ("officials praise his contribution to the liberation of Iraq": the officials
  assert it), and the speaker carried to the next sentences of the post ("The ministry
  said ... It added that ...", "X said: ...", a quote that goes on into the next
  sentence, a sentence that opens with a quote after the speaker's; a speaker read from
  the words of a sentence that proposes no event, or of a report clause that closes a
  sentence in capitals the parser reads badly; "the president" after "the Salvadoran
  president said": the same speaker; "we" outside a quote: the author). Speakers that
  stand for a part of the state take the post's country and the part their words name
  ("security sources": MIL, "official sources": GOV, "military authorities": MIL). A
  denied event is asserted (denied) by its denier. The post's author stays the asserter
  of everything else.
* **claims of responsibility**: "X claimed (responsibility for) the attack", "attacks
  claimed by X": X is the source and the asserter, the event ``reported``.
* **hedges**: "allegedly", "reportedly", "so-called", "purported" make an event
  ``reported``, with the speaker where one is named.
* **rebuttals** (:meth:`Attribution.rebuttals`, once a post is coded): "X praises P.
  But in fact Q", "X insists P. Satellite images show otherwise", "X falsely claimed
  P", "contrary to X's claims, Q", "despite X's denials, Q", "X denied P, but ...",
  and the accused answering in the next sentence ("The coalition says it was a
  legitimate military action") or after a semicolon. Where one side gave no event of its
  own, the other side's event carries the pair: a speaker's bare report before a counter
  marker ("Moscow describes its operation as a campaign against terrorists only. In
  reality, its jets have bombed hospitals") disputes the account after it; the author's
  clause before "; Kyiv denied involvement" disputes the denial; remains that "came from
  a Russian missile" give the finding's account of the attack as an event of its own.
  A denial of one's part ("Kyiv denied any role", "JNIM denies involvement") answers the
  account just before it; reports a speaker dismisses ("dismissed Indian reports that
  ...") are denied by it and asserted by their owner; evidence that shows what a speaker
  denied or its own side at work ("Flight records show ...") and a hedged answer ("There
  is no evidence that ..., US officials said") answer the claim before; what a speaker
  is praised for ("praised its army for protecting civilians") is the praiser's claim.
  Each gives claims with a ``stance``: the disputed event gets a ``disputes`` (or
  ``denies``) claim whose evidence is the other side's sentence; a denial answered by
  the author gives the author's assertion of what was denied as an event of its own,
  which the store merges with the denied mention. Both show as contested claims exactly
  as disputes between documents do.

A claim whose ``asserted_by`` and ``asserted_by_text`` are ``None`` is the post author's
(the store names the author when it shows it); a counter-claim by a speaker the
dictionary lacks ("independent researchers", "aid workers") keeps the speaker's words in
``asserted_by_text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from ..actors.dictionary import NOT_STATES as _NOT_STATES
from ..actors.dictionary import normalise_key
from ..actors.surnames import name_words
from ..datafiles import packaged
from ..errors import ConfigError
from ..models import Claim, Event, Evidence, stable_id
from .cameo_verbs import singular

if TYPE_CHECKING:
    from .coder import Argument, ArgumentReader, CodingContext, Frame

__all__ = ["Attribution", "AttributionCues", "Speech", "load_cues"]

#: The ``version`` of ``data/attribution.yaml`` this code reads.
CUES_VERSION = 1

# Id prefixes that name a kind of actor, not a state.
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
_LONE_DENIERS = frozenset({"he", "she"})  # a person's pronoun (see Attribution._lone_denier)
_AUTHORS = frozenset({"we", "i"})  # outside a quote: the author's own words
# a speaker left as one of these words, resolved to nobody, is the text's own voice
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "our", "my"})
_AUXILIARIES = frozenset({"has", "have", "had", "also", "later", "now"})


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
    for k in range(start, end):
        text = doc[k].text
        if text == "`" and k > start and doc[k - 1].text == "`":
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
    told_verbs: frozenset[str]  # (rows17)
    disowning_verbs: frozenset[str]  # (rows17)
    staff_nouns: frozenset[str]  # (attr17)
    dateline_words: frozenset[str]  # (attr18)
    ground_verbs: frozenset[str]  # (rebut21)
    still_words: frozenset[str]  # (rebut21)


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


class Attribution:
    """Speakers, hedges, claims of responsibility and rebuttals (see the module docstring).

    Made by the :class:`~.coder.ArgumentReader`, which calls it; stateless between calls
    (per-post state lives in ``cx.speech``).
    """

    def __init__(self, reader: ArgumentReader, cues: AttributionCues | None = None) -> None:
        self.reader = reader
        self.cues = cues or load_cues()
        self.report = reader.report_verbs | reader.claim_verbs | self.cues.speech_verbs
        from .prefilter import word_forms

        # inflected forms, for sentences the prefilter left unparsed
        self.said_forms = {f for v in self.report if " " not in v for f in word_forms(v)}
        self._ministry_index: dict[tuple[str, str], list[str]] | None = None
        self._surname_index: dict[str, list[tuple[str, frozenset[str]]]] | None = None
        # what the per-token phrase tests look up, read once from the cues
        self._sector_modifiers = {p[0]: p[-1] for p in self.cues.sector_modifiers}
        self._described_kinds = {p[0]: frozenset(p[1:]) for p in self.cues.described_speakers}
        self._doubt_starts = _first_words(self.cues.doubt_phrases)
        self._long_marker_starts = frozenset(p[0] for p in self.cues.counter_markers
                                             if len(p) > 1)

    # -- speakers ------------------------------------------------------------------------

    def _misparsed_participle(self, verb: Token) -> Token | None:
        """"filed a case at the ICJ accusing X", "kept it shut since feb saying ...": the
        parser took the noun before the participle for its subject; the clause the
        preposition hangs on is the one whose subject speaks. "He added that they had
        remained in detention, stressing that ...": a participle without subject hung on
        what a speaker says is the speaker's own (not the subject of what is said)."""
        head = verb.head
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.dep_ == "prep" and (
            head.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "nsubj" and c.i > head.i for c in verb.children)
        ):
            return head.head
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.dep_ == "ccomp" and (
            self._is_report(verb) and self._is_report(head.head)
        ) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return head.head
        return None

    def _speaker_of(self, cx: CodingContext, verb: Token) -> Argument | None:
        clause = self._misparsed_participle(verb)
        speaker = next(iter(self.reader.subjects(cx, clause or verb)), None)
        if speaker is None:
            return None
        token, last = speaker.token, cx.speech.last_speaker
        # a noun with words of its own ("GOVERNMENT SOURCES said", "THE MINISTRY OF FOREIGN
        # AFFAIRS denied") is a speaker of its own
        bare = speaker.span is None and not any(
            c.dep_ in ("amod", "compound", "nmod", "poss") for c in token.lefts) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.rights)
        if bare and (
            token.lower_ in self.cues.carry_subjects
            or token.lemma_.lower() in self.cues.carry_subjects
        ) and last is not None:
            if token.lower_ in _PRONOUNS:
                return self._pronoun_speaker(cx, speaker) or last
            return last  # "It added that ...": the ministry, still
        if speaker.token.lower_ in _PRONOUNS and speaker.span is None:
            return (self._pronoun_speaker(cx, speaker) or self._titled_before(cx, speaker)
                    or speaker)
        inferred = self.reader.infer(cx, speaker, None, verb.sent)
        return self.named(cx, self._not_the_named_state(cx, speaker, inferred, clause or verb)
                          or inferred)

    def _not_the_named_state(self, cx: CodingContext, bare: Argument, inferred: Argument,
                             verb: Token) -> Argument | None:
        """A bare state speaker ("THE GOVERNMENT", "THE COLONELS") that took the country of
        a state named as a whole inside what it says ("... EXTRADITE COLOMBIAN CITIZENS
        SOUGHT BY THE UNITED STATES", "... HAS AID FROM THE U.S."): a body speaks of its own
        state as "the country", not by name, so it is of the one other country its sentence
        gives (the citizens' Colombia, the FMLN's El Salvador); ``None`` (keep the reading)
        when the speaker's own words name a country, or no other country or several."""
        from .coder import Argument

        span = inferred.span
        if bare.span is not None or span is None or any(
            t.i in cx.by_token for t in bare.token.subtree
        ) or len(parts := span.id_.split(".")) != 2:
            return None
        country, code = parts
        sent = verb.sent
        said = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
        mentions = [m for m in cx.mentions if sent.start <= m.start < sent.end]
        named = [m for m in mentions if m.id_ == country]
        if not named or any(m.start not in said or m.text in self.reader.dictionary.capitals or (
            m.root.dep_ == "pobj" and m.root.head.lower_ in self.reader.place_preps
        ) for m in named):
            return None  # (a capital or a place, "... AT THE EMBASSY IN KINGSTON", is
            # where it happened, not a party named by the speaker)
        others = {self._home(m.id_) for m in mentions if m.id_ != country}
        others.discard(None)
        others.discard(country)
        if len(others) != 1:
            return None
        other = others.pop()
        if other not in self.reader.dictionary:
            return None
        return Argument(bare.token, Span(span.doc, span.start, span.end, label="ACTOR",
                                         span_id=f"{other}.{code}"), inferred=True)

    def _titled_before(self, cx: CodingContext, speaker: Argument) -> Argument | None:
        """"Ukraine's defence minister toured the front on Friday. He said ...": "he" or
        "she" with no one named by name before it is the titled person who is the subject
        of one of the two sentences before ("the defence minister", "THE PRESIDENT"), as
        the post names it (UKR.GOV.MOD); ``None`` when a named person or no titled one is
        the subject there (the named person is the reference reader's)."""
        from .coder import _PERSON_TITLES

        token = speaker.token
        if token.lower_ not in ("he", "she"):
            return None
        before = [s for s in token.doc.sents if s.end <= token.sent.start][-2:]
        for sent in reversed(before):
            subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass")]
            if any((m := cx.by_token.get(t.i)) is not None and self.reader.dictionary.is_person(
                    m.id_) for t in subjects):
                return None
            for t in subjects:
                if t.pos_ == "NOUN" and t.lemma_.lower() in _PERSON_TITLES:
                    arg = self.reader.actor_arg(cx, t)
                    arg = self.reader.infer(cx, arg, None, sent) if arg.span is None else arg
                    found = self.named(cx, arg)
                    if found is not None and found.span is not None:
                        return found
        return None

    def _pronoun_speaker(self, cx: CodingContext, speaker: Argument) -> Argument | None:
        """"MILITARY SOURCES SAID ... AND THEY CHARGED THAT ...": a pronoun subject of a
        report verb is the named subject of an earlier report verb of its own sentence."""
        token = speaker.token
        found = None
        for verb in token.sent:
            if verb.i >= token.i:
                break
            if verb.pos_ not in ("VERB", "AUX") or not self._is_report(verb):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ in _PRONOUNS:
                continue
            arg = self.named(cx, self.reader.infer(cx, self.reader.actor_arg(cx, subject),
                                                   None, token.sent))
            if arg is not None:
                found = arg
        return found

    def named(self, cx: CodingContext, speaker: Argument | None) -> Argument | None:
        """A speaker as the text names it best (see :meth:`_named`), a person the dictionary
        has when its words name one by surname (see :meth:`_known_person`)."""
        found = self._named(cx, speaker)
        if found is None:
            return None
        staff = self._staff_of(cx, found.token)
        if staff is not None:
            return staff
        titled = self._titled_person(cx, found)
        if titled is not None:
            found = titled
        return (self._known_person(cx, found) or self._ministry_of(found)
                or self._person(cx, found) or found)

    def _staff_of(self, cx: CodingContext, token: Token) -> Argument | None:
        """"Pashinyan's office said", "Noboa's team said", "his deputy said": those who work
        for a person in office (``staff_nouns``) speak for the body the person holds office
        in on the post's date (ARM.GOV), not as the person; ``None`` when the owner is no
        person of the dictionary or holds no office then."""
        from .coder import Argument

        if not {token.lemma_.lower(), token.lower_} & self.cues.staff_nouns:
            return None
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        span = self.reader.actor_arg(cx, owner).span if owner is not None else None
        dictionary = self.reader.dictionary
        if span is None or span.id_.startswith("PRV.") or not dictionary.is_person(span.id_):
            return None
        body = dictionary.resolve(span.id_, cx.post.time or "9999")  # (undated: in office now)
        if body == span.id_ or dictionary.is_person(body):
            return None
        return Argument(token, Span(token.doc, token.i, token.i + 1, label="ACTOR",
                                    span_id=body), inferred=True)

    def _titled_person(self, cx: CodingContext, speaker: Argument) -> Argument | None:
        """The person a title speaker names after it, where the parser made the title the
        speaker: "PCD SECRETARY GENERAL NARCISO ISA CONDE" after "ACCORDING TO", "SALVADORAN
        AMBASSADOR TO PERU ROBERTO LINARES SAID": the words of two names or more that end
        the speaker's phrase (up to a comma or the verb), without a place or a state the
        post names before them ("PERU"); ``None`` when no such name follows (a title alone,
        "THE MINISTER OF DEFENSE", is the body's)."""
        from .coder import Argument

        token, span = speaker.token, speaker.span
        # (a title in capitals before a line break is read as a proper noun: "GOVERNMENT
        # MINISTER\nCARLOS MORALES SAID"); each word looked up: a union of the two tables
        # per call cost more than the rest
        if token.pos_ not in ("NOUN", "PROPN") or (
            span is not None and span.id_.startswith(("PER.", "PRV."))) or (
            not any(w in self.cues.title_words or w in self.reader._sector_nouns
                    for w in (token.lower_, token.lemma_.lower()))
        ):
            return None
        doc, end = token.doc, token.i + 1
        while end < token.sent.end and end - token.i <= 8 and not (
            doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX")
        ):
            end += 1
        if end == token.i + 1 or not self._name_word(doc[end - 1]):
            return None
        start = end - 1
        while start > token.i + 1 and self._name_word(doc[start - 1]):
            start -= 1
        def named_else(k: int, kinds: tuple[str, ...]) -> bool:
            # a place, a people or an actor the dictionary knows: no word of a new name;
            # but an actor's name read in the first words of a longer name is the person's
            # ("foreign minister Badr Abdelatty": not the Badr Organisation)
            m = cx.by_token.get(k)
            return doc[k].ent_type_ in kinds or (m is not None and not m.id_.startswith(
                "PRV.") and not (start <= m.start and m.end < end))

        given = self._given_place_name(cx, doc[start]) and end - start >= 2
        while not given and start < end and named_else(start, ("GPE", "LOC", "NORP")):
            start += 1  # ("TO PERU ROBERTO LINARES": Peru is no word of his name)
        if end - start < 2 or any(named_else(k, ("GPE", "LOC", "NORP", "FAC"))
                                  for k in range(start + given, end)):
            return None
        name = doc[start:end].text
        return Argument(doc[end - 1], Span(doc, start, end, label="ACTOR",
                                           span_id=f"PRV.PER.{normalise_key(name)}"),
                        inferred=True)

    def _given_place_name(self, cx: CodingContext, t: Token) -> bool:
        """Whether ``t``, a word the entity reader took for a place, is a given name: right
        after a title (``title_words``) and before another word of a name ("THE PORT POLICE
        COMMANDER MAJOR ORLANDO REYES": not Orlando, Florida), and no actor of the
        dictionary."""
        doc = t.doc
        if not (t.ent_type_ in ("GPE", "LOC") and t.sent.start < t.i < t.sent.end - 1) or (
            doc[t.i - 1].lower_ not in self.cues.title_words or t.i in cx.by_token
        ):
            return False
        after = doc[t.i + 1]  # (a surname in capitals may be read as a noun: "REYES")
        sectors = self.reader._sector_nouns
        return after.ent_type_ not in ("GPE", "LOC") and (self._name_word(after) or (
            t.head.i == after.i and after.is_alpha and after.is_upper and not after.is_stop
            and after.lower_ not in self.cues.title_words and after.lower_ not in sectors))

    def _name_word(self, t: Token) -> bool:
        """A word of a person's name: a proper noun in capitals or title case, not a title
        ("COLONEL"), a sector noun ("POLICE", "GENERAL") or a word of the language."""
        sectors = self.reader._sector_nouns
        # (a surname in capitals the tagger read as a noun but the entity reader as a
        # person's: "CARLOS MORALES")
        return (t.pos_ == "PROPN" or t.ent_type_ == "PERSON" and t.pos_ == "NOUN") and (
            t.is_title or t.is_upper) and t.is_alpha and not (
            t.is_stop or t.lower_ in self.cues.title_words or t.lower_ in _PRONOUNS
            or t.lower_ in sectors or t.lemma_.lower() in sectors)

    def _name_run(self, token: Token) -> tuple[int, int] | None:
        """The words of the name ``token`` stands in: the run of name words around it, a
        hyphen between two of them too ("UDO EHRLICH-ADAM")."""
        if not self._name_word(token):
            return None
        doc, sent = token.doc, token.sent
        start, end = token.i, token.i + 1
        while True:
            if start > sent.start and self._name_word(doc[start - 1]):
                start -= 1
            elif start - 1 > sent.start and doc[start - 1].is_space and self._name_word(
                    doc[start - 2]):  # (a line break inside the name: "SHAFIK\nHANDAL")
                start -= 2
            elif start - 1 > sent.start and doc[start - 1].text == "-" and not (
                doc[start - 2].whitespace_ or doc[start - 1].whitespace_
            ) and self._name_word(doc[start - 2]):
                start -= 2
            else:
                break
        while True:
            if end < sent.end and self._name_word(doc[end]):
                end += 1
            elif end + 1 < sent.end and doc[end].is_space and self._name_word(doc[end + 1]):
                end += 2
            elif end + 1 < sent.end and doc[end].text == "-" and not (
                doc[end - 1].whitespace_ or doc[end].whitespace_
            ) and self._name_word(doc[end + 1]):
                end += 2
            else:
                break
        return start, end

    def _person(self, cx: CodingContext, speaker: Argument) -> Argument | None:
        """A person the dictionary lacks, by the whole of the name the text gives: "UDO
        EHRLICH-ADAM STATED", "NATIONAL POLICE DIRECTOR GENERAL JOSE GUILLERMO MEDINA
        SANCHEZ, WHO CONFIRMS" (the name the entity reader cut short), "ELENA FUENTES
        STATED ... FUENTES ADDED" (a surname alone: the full name named before it in the
        post); a provisional person (``PRV.PER.``), as the dictionary's gap."""
        from .coder import Argument

        span, token = speaker.span, speaker.token
        if speaker.via_reference or (
            span is not None and not span.id_.startswith(("PRV.PER.", "PRV.ORG."))
        ):
            return None
        doc = token.doc
        run = self._name_run(token)
        if run is None:  # (a surname the parser took for a noun: "VALDIVIESO ADDED")
            name = (self._named_before(token) or self._lone_surname(token)) if (
                token.pos_ in ("NOUN", "PROPN") and (token.is_upper or token.is_title)
                and not token.is_stop) else None
            return None if name is None else Argument(
                token, Span(doc, token.i, token.i + 1, label="ACTOR",
                            span_id=f"PRV.PER.{normalise_key(name)}"), inferred=True)
        start, end = run
        words = doc[start:end]
        upper = token.sent.text.isupper()  # (names in capitals: the entity reader is unsure)
        # a name right after a title is a person's, whatever the entity reader took its
        # words for ("JUDGE ZAMORA", "DEFENSE MINISTER HECTOR ORMACHEA": not the towns)
        places = ("NORP", "FAC") if self._after_title(doc, start) else (
            "GPE", "LOC", "NORP", "FAC")
        if any(t.ent_type_ in places or (
            t.ent_type_ == "ORG" and not upper) for t in words) or any(
            (m := cx.by_token.get(t.i)) is not None and not m.id_.startswith("PRV.")
            for t in words
        ):
            return None
        name = words.text
        if end - start == 1:
            name = self._named_before(token) or self._lone_surname(token) or ""
            if not name:
                return None
        return Argument(token, Span(doc, start, end, label="ACTOR",
                                    span_id=f"PRV.PER.{normalise_key(name)}"), inferred=True)

    def _after_title(self, doc: Any, start: int) -> bool:
        """Whether the word before ``start`` in its sentence is a title ("JUDGE", "COLONEL")
        or a sector's noun ("MINISTER", "POLICE CHIEF")."""
        if start <= doc[start].sent.start:
            return False
        before = doc[start - 1]
        return before.lower_ in self.cues.title_words or bool(self.reader.noun_sector(before))

    def _lone_surname(self, token: Token) -> str | None:
        """A name word written alone that is a surname some person of the dictionaries
        bears ("SANDOVAL SAID", "JUDGE ZAMORA SAID"): the person as the text names them,
        the surname alone (docs/LABELLING.md: ``PER.ZAMORA``); ``None`` for a word no
        person bears (an acronym, "COPREFA SAID", is a body's)."""
        word = token.lower_.replace("\u2019", "'")
        before = token.doc[token.i - 1] if token.i > token.sent.start else None
        if any(c.dep_ == "det" for c in token.children) or word in self.cues.title_words or (
            self.reader.noun_sector(token)
        ) or (before is not None and before.is_alpha and (before.is_title or before.is_upper)
              and not before.is_stop and before.lower_ not in self.cues.title_words):
            return None  # ("THE BISHOP SAID": a title, not the surname; "WILLIAM WALKER": a
            # name of more words than the reader saw, which the surname alone would cut)
        return token.text if self.reader.dictionary.surnames().bearers(word) else None

    def _named_before(self, surname: Token) -> str | None:
        """The full name that ends with ``surname`` earlier in the post, if one."""
        doc = surname.doc
        names = set()
        for k in range(surname.i - 1, -1, -1):
            if doc[k].lower_ == surname.lower_:
                run = self._name_run(doc[k])
                if run is not None and run[1] == k + 1 and run[1] - run[0] > 1:
                    names.add(doc[run[0]:run[1]].text)
        return names.pop() if len(names) == 1 else None

    def _ministry_of(self, speaker: Argument) -> Argument | None:
        """"Lebanon's health ministry said", "health officials said": a ministry or its
        officials speak for the state's government, whatever sector their words name (the
        health workers' sector HLT is not the state's)."""
        from .coder import Argument

        span, token = speaker.span, speaker.token
        parts = span.id_.split(".") if span is not None else []
        if span is None or len(parts) != 2 or parts[1].lower() in self.cues.state_sectors or (
            self.reader._sector_nouns.get(token.lemma_.lower()) != "GOV"
            or token.lemma_.lower() not in ("ministry", "minister", "official")
        ) or parts[0] in _NOT_STATES:
            return None
        return Argument(token, Span(span.doc, span.start, span.end, label="ACTOR",
                                    span_id=f"{parts[0]}.GOV"), inferred=True)

    def _named(self, cx: CodingContext, speaker: Argument | None) -> Argument | None:
        """A speaker as the text names it best: no adverb or event ("UNOFFICIALLY
        REPORTED", "ceasefire announced"); the name beside a common noun ("a little-known
        group, The Resistance Front"); the noun a relative pronoun stands for ("GENERAL
        MEDINA, WHO CONFIRMS ..."); whom a spokesman speaks for ("a spokesman for the armed
        forces", "police spokesmen", "a military spokesman"); the owner or maker of a
        report ("Duarte's declaration", "information supplied by the fire department");
        the maker of evidence, else nobody ("footage shows": the author's own reading)."""
        if speaker is None:
            return None
        from .coder import Argument

        reader = self.reader
        token = speaker.token
        if token.pos_ in ("ADV", "ADJ", "VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PART"):
            return None
        lemma = token.lemma_.lower()
        last = cx.speech.last_speaker
        if (speaker.span is None or speaker.inferred) and last is not None and (
            last.token.i != token.i and self._titled_as(last, token)
        ):
            return last  # "THE SALVADORAN PRESIDENT SAID ... THE PRESIDENT SAID ...": the same
            # ("VICE PRESIDENT FRANCISCO MERINO STATED ... ACCORDING TO THE VICE PRESIDENT")
        if speaker.span is None or speaker.inferred:
            earlier = self._named_earlier(cx, token)
            if earlier is not None:
                return earlier  # "Nepal's army received ... , the army said": Nepal's
        if speaker.span is None and lemma in self._described_kinds:
            described = self._described(cx, token)
            if described is not None:
                return described  # "..., the agency said": the agency named before
        if speaker.span is None and not {lemma, token.lower_} & self.cues.source_nouns and any(
            p.type not in _SPEECH_ACTS | {"CONSULT"} for p in reader.lexicon.nouns.get(lemma, ())
        ):
            return None  # an act says nothing ("ceasefire announced"; an inquiry speaks)
        if speaker.inferred and speaker.span is not None and speaker.span.start == token.i and any(
            c.dep_ in ("amod", "compound") and c.lower_ in self.cues.outside_words
            for c in token.lefts
        ) and not any(c.dep_ == "poss" and c.i in cx.by_token for c in token.lefts):
            # "Western officials": not of the country the sentence names
            return Argument(token, None)
        if token.tag_ in ("WP", "WDT") and (
            token.head.dep_ == "relcl" and token.head.head != token
        ):  # (with a span too: "WHO" read as a reference, its words the antecedent's)
            antecedent = token.head.head
            title = antecedent.head.head if antecedent.dep_ == "pobj" and (
                antecedent.head.lower_ == "of" and antecedent.ent_type_ in ("GPE", "LOC")
            ) else antecedent
            if title.dep_ == "appos" and title.pos_ == "NOUN" and title.head.pos_ == "PROPN" and (
                any(p.ent_type_ in ("GPE", "LOC") for p in reader._pobjs(title, ("of",)))
            ):  # (attr12) "MONSIGNOR ROSA CHAVEZ, AUXILIARY BISHOP OF SAN SALVADOR, WHO
                antecedent = title.head  # ACCUSED ...": the person, not the title's place
            return self.named(cx, reader.infer(cx, reader.actor_arg(cx, antecedent), None,
                                               token.sent)) or Argument(antecedent, None)
        if speaker.inferred and speaker.span is not None and token.pos_ == "PROPN" and not (
            speaker.span.start <= token.i < speaker.span.end
        ):  # "PCD SECRETARY GENERAL NARCISO ISA CONDE": the person, not the title's sector
            return Argument(token, None)
        code = reader.noun_sector(token)
        if code and speaker.span is not None and not (
            speaker.span.start <= token.i < speaker.span.end
        ) and "." in speaker.span.id_ and speaker.span.id_.split(".")[1] != code and (
            self._home(speaker.span.id_) == speaker.span.id_.split(".")[0]
            and lemma not in self.cues.spokesman_nouns | self.cues.sector_speakers
        ):  # "Iranian state media": the head noun's sector (media), not its modifier's
            # (but "military authorities": the modifier's, see _speaker_sector)
            country = speaker.span.id_.split(".")[0]
            return Argument(token, Span(token.doc, token.i, token.i + 1, label="ACTOR",
                                        span_id=f"{country}.{code}"), inferred=True)
        if speaker.span is not None and speaker.span.id_.startswith("PRV.PER."):
            body = self._spokesman_of(cx, speaker.span)
            if body is not None:  # "M23 spokesman Lawrence Kanyuka": a name the dictionary
                return body  # lacks, who speaks for a body it has
        if speaker.inferred and speaker.span is not None and speaker.span.id_.endswith(".GOV"):
            office = self._office(cx, token, speaker.span.id_.split(".")[0])
            if office is not None:  # "Moscow's defence ministry", "Kosovo's prime minister"
                return Argument(token, Span(token.doc, token.i, token.i + 1, label="ACTOR",
                                            span_id=office), inferred=True)
        if speaker.span is None or speaker.inferred:
            for child in token.children:
                named = cx.by_token.get(child.i) if child.dep_ == "appos" else None
                if named is not None and not named.id_.startswith("PRV."):
                    return Argument(token, named)  # "a little-known group, The Resistance Front"
        if {lemma, token.lower_} & self.cues.evidence_nouns and speaker.span is None:
            return self._maker(cx, token)
        if lemma in self.cues.spokesman_nouns or token.lower_ in self.cues.spokesman_nouns:
            for pobj in reader._pobjs(token, ("for", "of")):  # "a spokesman for X"
                for word in (pobj, *(t for t in pobj.lefts if t.dep_ == "compound")):
                    # ("the armed forces press committee": the armed forces)
                    arg = reader.actor_arg(cx, word)
                    arg = reader.infer(cx, arg, None, token.sent) if arg.span is None else arg
                    if arg.span is not None:
                        return arg
            if speaker.inferred and speaker.span is not None:
                # "police spokesmen", "a military spokesman": the sector they speak for
                code = self._spoken_for(token)
                if code and code != "GOV":
                    country = speaker.span.id_.split(".")[0]
                    return Argument(token, Span(token.doc, token.i, token.i + 1,
                                                label="ACTOR", span_id=f"{country}.{code}"),
                                    inferred=True)
        if speaker.span is None and {lemma, token.lower_} & self.cues.source_nouns:
            for child in token.children:
                if child.dep_ == "poss":  # "Duarte's declaration": Duarte
                    owner = reader.actor_arg(cx, child)
                    if owner.span is not None or child.lower_ not in _PRONOUNS:
                        return owner
            maker = self._maker(cx, token) or next(
                (reader.actor_arg(cx, p) for p in reader._pobjs(token, ("from", "by"))), None)
            if maker is not None:
                return maker
            received = next((p for acl in token.children if acl.dep_ == "acl"
                             for p in reader._pobjs(acl, ("from",))), None)
            if received is not None:  # "reports just received from the metropolitan police"
                arg = reader.actor_arg(cx, received)
                arg = reader.infer(cx, arg, None, token.sent) if arg.span is None else arg
                return (self._placed(cx, received) if arg.span is None else None) or arg
        if speaker.span is None or (  # "THE CNI": an acronym the parser took for a name
            speaker.span.id_.startswith("PRV.ORG.") and speaker.span.end - speaker.span.start == 1
            and self._speaker_sector(token) is not None
        ):
            return self._placed(cx, token) or speaker
        return speaker

    def _titled_as(self, last: Argument, token: Token) -> bool:
        """Whether a speaker named by ``the`` and a noun ("THE PRESIDENT", "the vice
        president", "THE SOURCE") is the last speaker: the noun is the last speaker's head
        word or a word of the title just before its name ("SALVADORAN VICE PRESIDENT
        FRANCISCO MERINO"), and the words before the noun are words of that title too."""
        lefts = [c.lower_ for c in token.lefts]
        if not lefts or lefts[0] not in ("the", "this") or any(
            c.i < token.i - len(lefts) for c in token.lefts
        ):
            return False  # (the words right before the noun, none of its own clause)
        doc = last.token.doc
        start = last.span.start if last.span is not None else last.token.i
        end = last.span.end if last.span is not None else last.token.i + 1
        words = {doc[k].lower_ for k in range(start, end)} | {last.token.lemma_.lower()}
        k = start - 1
        while k >= last.token.sent.start and doc[k].is_alpha and not doc[k].is_stop and (
            doc[k].pos_ not in ("VERB", "AUX")
        ):  # the title: "SALVADORAN VICE PRESIDENT", "Defence Minister"
            words.add(doc[k].lower_)
            k -= 1
        return ({token.lower_, token.lemma_.lower()} & words != set()) and all(
            w in words for w in lefts[1:])

    def _named_earlier(self, cx: CodingContext, token: Token) -> Argument | None:
        """"Nepal's army received two helicopters ..., the army said", "The Turkish foreign
        minister arrived in Damascus. The minister said ...": a speaker named by "the" and a
        sector noun alone is the nearest phrase before it in the post headed by the same
        noun with words of its own that name whose it is ("Nepal's", "Turkish"), read as
        the reader reads that phrase (NPL.MIL, TUR.GOV); ``None`` when there is none."""
        from .coder import Argument

        reader = self.reader
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or [c.lower_ for c in token.lefts] != ["the"] or not (
            reader.noun_sector(token)
        ):
            return None
        for sent in reversed([s for s in cx.speech.sentences if s.start <= token.i]):
            for t in reversed(sent[: max(0, min(len(sent), token.i - sent.start))]):
                if t.lemma_.lower() != lemma or t.pos_ not in ("NOUN", "PROPN") or not any(
                    c.i in cx.by_token for c in t.lefts
                ):
                    continue
                arg = reader.actor_arg(cx, t)
                arg = reader.infer(cx, arg, None, sent) if arg.span is None else arg
                found = self._named(cx, arg)
                if found is None or found.span is None or found.span.id_.startswith(
                        ("PRV.", "GEN.")):
                    return None
                return Argument(token, Span(token.doc, token.i, token.i + 1, label="ACTOR",
                                            span_id=found.span.id_), inferred=True)
        return None

    def _described(self, cx: CodingContext, token: Token) -> Argument | None:
        """"The agency", "the company", "the paper" as a speaker: the nearest actor named
        before it in the post of a kind the noun stands for (``described_speakers``); one
        the dictionary lacks ("PRV.ORG.") ends the search (the description may be it)."""
        from .coder import Argument

        if [c.lower_ for c in token.lefts] not in (["the"], ["this"]):
            return None
        kinds = self._described_kinds[token.lemma_.lower()]
        dictionary = self.reader.dictionary
        for m in reversed(cx.mentions):
            if m.end > token.i:
                continue
            if m.id_.startswith("PRV.ORG."):
                return None
            actor = dictionary.get(m.id_)
            if actor is not None and actor.kind in kinds:
                return Argument(token, m, via_reference=True)
        return None

    def _known_person(self, cx: CodingContext, speaker: Argument) -> Argument | None:
        """The dictionary's person a speaker's name words name, where the dictionary has no
        id for the speaker or only a provisional one: "Minister Ellwood said",
        "(PONCE) ...", "MERINO STATED", "according to Duarte's declaration". The last name
        word is the surname of exactly one person in the dictionary (the last word of the
        person's name), and every name word before it, back to a title or a word that is no
        name ("Minister", "COLONEL", "the"), is a word of that person's names ("GENERAL
        OSCAR VARGAS" is not Mauricio Ernesto Vargas). ``None`` when no one, or several."""
        from .coder import Argument

        span = speaker.span
        if span is not None and not span.id_.startswith(("PRV.PER.", "PRV.ORG.")):
            return None
        doc = speaker.token.doc
        last = doc[span.end - 1] if span is not None else speaker.token
        if last.lower_ in _PRONOUNS or not (last.is_title or last.is_upper) or (
            last.pos_ not in ("PROPN", "NOUN")
        ) or (span is not None and span.id_.startswith("PRV.ORG.") and not last.is_upper):
            # (an organisation the parser saw in mixed case, "Ford said", is no person; in
            # wire text in capitals it often is: "GALEANO ADDED")
            return None
        people = self._surnames().get(last.lower_.replace("\u2019", "'"), ())
        if len(people) != 1:
            return None
        person, names = people[0]
        titles = self.cues.title_words
        start = last.i
        while start > last.sent.start:
            word = doc[start - 1]
            lower = word.lower_
            if not word.is_alpha or word.is_stop or lower in titles or (
                lower in self.reader._sector_nouns or not (word.is_title or word.is_upper)
            ):
                break
            if lower not in names:
                return None  # a name word of someone else ("OSCAR VARGAS")
            start -= 1
        if start == last.i and self.reader.dictionary.surnames().is_common(last.lower_):
            return None  # "SANTOS", "PEREZ" alone: many people's name, no one's
        return Argument(last, Span(doc, start, last.i + 1, label="ACTOR", span_id=person),
                        inferred=True)

    def _surnames(self) -> dict[str, list[tuple[str, frozenset[str]]]]:
        """surname -> (person id, the lower-case words of the person's names) for each person
        in the dictionary whose name, or a name of two words or more among its aliases, ends
        with it (the first of two surnames: "Jose Azcona" for Jose Azcona Hoyo, "AZCONA
        SAID"), read once from the dictionary."""
        if self._surname_index is not None:
            return self._surname_index
        index: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for actor in self.reader.dictionary.actors.values():
            words = name_words(actor.name)
            if actor.kind != "person" or len(words) < 2:
                continue
            names = frozenset(w for n in (actor.name, *actor.aliases) for w in name_words(n))
            ends = {words[-1], *(ws[-1] for a in actor.aliases  # (a word of the name:
                                 for ws in [name_words(a)]  # not "Barco Vargas"'s mother's)
                                 if len(ws) > 1 and ws[-1] in words)}
            for end in ends:
                index.setdefault(end, []).append((actor.id, names))
        self._surname_index = index
        return index

    def _spokesman_of(self, cx: CodingContext, name: Span) -> Argument | None:
        """The body whose spokesman's title stands before ``name`` ("M23 spokesman Lawrence
        Kanyuka", "army spokesman Col. X"), if the dictionary has the body: the spokesman's
        name with the body's id."""
        doc = name.doc
        start = max(name.sent.start, name.start - 4)
        for k in range(name.start - 1, start - 1, -1):
            t = doc[k]
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                return None
            if {t.lower_, t.lemma_.lower()} & self.cues.spokesman_nouns:
                bodies = [m for m in cx.mentions if max(name.sent.start, k - 4) <= m.start
                          and m.end <= k and not m.id_.startswith("PRV.")]
                if not bodies:
                    return None
                from .coder import Argument

                return Argument(doc[name.end - 1], Span(doc, name.start, name.end, label="ACTOR",
                                                        span_id=bodies[-1].id_), inferred=True)
        return None

    def _office(self, cx: CodingContext, token: Token, country: str) -> str | None:
        """The dictionary's own entry for a state's office the speaker names: the ministry
        its words name ("Moscow's defence ministry", "Russia's deputy defence minister":
        RUS.GOV.MOD), else the one person who holds the office on the post's date
        ("Kosovo's prime minister": PER.ALBIN_KURTI, by the dated role; in an undated post,
        the one who holds it now). ``None`` when the dictionary has no such entry, or
        several."""
        words = [c.lower_ for c in token.lefts
                 if c.dep_ in ("compound", "amod") and c.i not in cx.by_token and c.is_alpha]
        if not words:
            return None
        lemma = token.lemma_.lower()
        index = self._ministries()
        if lemma in ("ministry", "minister"):
            units = {unit for w in words for form in _spellings(w)
                     for unit in index.get((country, f"{form} ministry"), ())}
            if len(units) == 1:
                return units.pop()
        if set(words) & self.cues.not_holder_words:
            return None
        title = " ".join([*words, token.lower_])
        date = cx.post.time
        offices = self.reader.dictionary.office_index()
        holders = {person for form in _spellings(title)
                   for person, held in offices.get((country, form), ())
                   if held.actor in (country, f"{country}.GOV")
                   if held.active_on(date) if date or not held.end}
        return holders.pop() if len(holders) == 1 else None

    def _ministries(self) -> dict[tuple[str, str], list[str]]:
        """(country, "defense ministry") -> the state's ministries of that name, read once
        from the dictionary (its office holders: ``ActorDictionary.office_index``)."""
        if self._ministry_index is not None:
            return self._ministry_index
        index: dict[tuple[str, str], list[str]] = {}
        for actor in self.reader.dictionary.actors.values():
            parts = actor.id.split(".")
            if len(parts) == 3 and parts[1] == "GOV" and parts[0] not in _NOT_STATES:
                for name in {actor.name.lower(), *(a.lower() for a in actor.aliases)}:
                    for m in re.finditer(r"(\w+) ministry|ministry of (\w+)", name):
                        key = (parts[0], f"{m.group(1) or m.group(2)} ministry")
                        if actor.id not in index.setdefault(key, []):
                            index[key].append(actor.id)
        self._ministry_index = index
        return index

    def _placed(self, cx: CodingContext, token: Token) -> Argument | None:
        """"Local officials said", "state media reported", "security sources said": a
        speaker named by a sector of the state takes the one country the post gives up to
        its sentence: a place its sentence names, else one the sentences before name (the
        nearest), else the one country of the states and persons it names. Never a guess
        between two, nor for speakers from elsewhere ("Western officials"). Those who saw
        or lived through what they tell ("survivors", "witnesses", "relatives": the
        ``witness_nouns``) are the civilians of that country, as the labels code them
        ("Survivors said ...": BFA.CIV in a post about Burkina Faso); other civilians
        ("doctors", "aid workers") keep their words."""
        from .coder import Argument

        reader = self.reader
        if token.pos_ not in ("NOUN", "PROPN") or token.lower_ in _PRONOUNS:
            return None
        witness = bool({token.lemma_.lower(), token.lower_} & self.cues.witness_nouns)
        code = "CIV" if witness else self._speaker_sector(token)
        if code is None or (code.lower() not in self.cues.state_sectors and not witness) or any(
            c.dep_ in ("amod", "compound", "nmod", "poss") and (
                c.i in cx.by_token or c.lower_ in self.cues.outside_words)
            for c in token.lefts
        ):
            return None
        inside = {(m.start, m.id_) for t in token.subtree if t.i > token.i
                  for m in [cx.by_token.get(t.i)] if m is not None}
        states = {i for _, i in inside if "." not in i}
        if witness and len(states) == 1 and len(inside) == 1:
            country: str | None = states.pop()  # "survivors in northern Burkina Faso": BFA
        elif inside:
            return None  # "THE ARMY OF NATIONAL LIBERATION (ELN)", "officials of Hamas"
        else:
            country = self._post_country(cx, token.sent) or self._teller_country(cx, token)
        if country is None or country not in reader.dictionary:
            return None
        start = token.i  # the words that name it ("security sources", "local officials")
        while start > token.sent.start and token.doc[start - 1].dep_ in ("amod", "compound") and (
            token.doc[start - 1].head.i == token.i
        ):
            start -= 1
        return Argument(token, Span(token.doc, start, token.i + 1, label="ACTOR",
                                    span_id=f"{country}.{code}"), inferred=True)

    def _teller_country(self, cx: CodingContext, token: Token) -> str | None:
        """Where the post names several countries, the country of the subject of what a
        speaker of a state's sector says: "Kenya has received a loan from the UAE, the
        treasury said", "NICARAGUA SOLD CATTLE TO MEXICO, THE AGRICULTURE MINISTRY SAID"
        (a state's office tells of its own state's doings); ``None`` when that subject
        names no state of the dictionary, and for a hostile act, which the side struck
        tells as often ("a Turkish drone struck a power station, local officials said")."""
        verb = token.head
        if token.dep_ != "nsubj" or not self._is_report(verb):
            return None
        said = [c for c in verb.children if c.dep_ == "ccomp"] or (
            [verb.head] if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i else [])
        lexicon = self.reader.lexicon
        for clause in said:
            if any(lexicon.types[p.type].quad >= 3
                   for p in lexicon.verbs.get(clause.lemma_.lower(), ())):
                continue
            for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                for t in (subject, *subject.lefts):
                    m = cx.by_token.get(t.i)
                    home = self._home(m.id_) if m is not None else None
                    if home is not None:
                        return home
        return None

    def _speaker_sector(self, token: Token) -> str | None:
        """The sector of the state a speaker noun stands for: the one a word before a
        speaker that names none itself gives ("security sources": MIL, "official sources":
        GOV, "military authorities": MIL), else the noun's own ("officials": GOV; "sources":
        none)."""
        lemma = token.lemma_.lower()
        # (a report by its maker's sector too: "MILITARY REPORTS", "A POLICE REPORT")
        if {lemma, token.lower_} & (self.cues.sector_speakers | self.cues.source_nouns):
            modifiers = self._sector_modifiers
            for child in token.lefts:
                if child.dep_ in ("amod", "compound", "nmod") and child.lower_ in modifiers:
                    return modifiers[child.lower_].upper()
        spoken_for = self._spoken_for(token)
        if spoken_for is not None and spoken_for != "GOV":
            return spoken_for
        from .coder import _modified_code

        # (a sector's own phrase first: "a senior police officer" is POL, not an officer's MIL)
        return _modified_code(self.reader._sector_nouns, token, (3, 2), True)

    def _spoken_for(self, token: Token) -> str | None:
        """The sector a spokesman speaks for, named by a sector noun before the word
        ("police spokesmen", "a military spokesman", of two words: "AIR FORCE SPOKESMEN")
        or after its "for" ("SPOKESMEN FOR THE ATONAL BATTALION": a unit the dictionary
        lacks, MIL); ``None`` for other speakers or when no word names a sector."""
        from .coder import _modified_code

        if not {token.lemma_.lower(), token.lower_} & self.cues.spokesman_nouns:
            return None
        sectors = self.reader._sector_nouns
        for child in (*token.lefts, *self.reader._pobjs(token, ("for",))):
            if child.dep_ in ("compound", "amod", "pobj"):
                code = _modified_code(sectors, child, (2,), True)
                if code is not None:
                    return code
        return None

    def _post_country(self, cx: CodingContext, sent: Span) -> str | None:
        """The one country the post names up to ``sent`` (see :meth:`_placed`), else the
        place the nearest sentence after it names ("THE ARMY ADMITTED ... . THE MAIN ATTACK
        ... IN CHALATENANGO DEPARTMENT")."""
        # the one home country of the armed groups and parties the post names up to
        # ``sent`` ("THE AUTHORITIES BELIEVE ... THE EPL": Colombia's), last of all, and
        # the choice among a sentence's places of two countries ("THE ARMED FORCES CLAIMED
        # ... CASUALTIES ON THE FMLN ... . ... IN THE VILLAGES OF CHIAPAS, TAMULASCO, ...,
        # CHALATENANGO": El Salvador's, not the Mexican namesake's)
        groups = {self._home(m.id_) for m in cx.mentions if m.end <= sent.end
                  and m.id_.split(".")[0] in ("GRP", "PTY")}
        groups.discard(None)
        group = next(iter(groups)) if len(groups) == 1 else None

        def one(places: set[str]) -> str | None:
            if len(places) == 1:
                return next(iter(places))
            return group if group in places else None

        for s in reversed([s for s in cx.speech.sentences if s.start <= sent.start] or [sent]):
            places = self._places(cx, s)
            if places:
                return one(places)
        dictionary = self.reader.dictionary
        homes = {self._home(m.id_) for m in cx.mentions if m.end <= sent.end and (
            m.id_.split(".")[0] not in _NOT_STATES or dictionary.is_person(m.id_))}
        homes.discard(None)
        if homes:
            return homes.pop() if len(homes) == 1 else None
        for s in sent.doc.sents:
            places = self._places(cx, s) if s.start > sent.start else set()
            if places:
                return one(places)
        if group is None:  # (attr11) "AIR FORCE SPOKESMEN HAVE SAID THAT THE ATTACK WAS
            # LAUNCHED FROM ... . NO DAMAGE RESULTED FROM THIS ATTACK ... BY FMLN REBELS": the
            # one home of the armed groups the rest of the post names
            later = {self._home(m.id_) for m in cx.mentions if m.start >= sent.end
                     and m.id_.split(".")[0] in ("GRP", "PTY")}
            later.discard(None)
            return later.pop() if len(later) == 1 else None
        return group

    def _places(self, cx: CodingContext, sent: Span) -> set[str]:
        """The countries of the places ``sent`` names (not as actors), each read as the
        post's (:meth:`ArgumentReader.place_in_post`: "SANTA ANA" in a post about the FMLN is El
        Salvador's, not California's)."""
        from .coder import _no_place

        reader = self.reader
        capitals = reader.dictionary.capitals
        found = {where.country for ent in sent.ents if ent.label_ in ("GPE", "LOC") and not (
                     len(ent) == 1 and self._given_place_name(cx, ent[0])) and not _no_place(
                     ent) and (
                     not any(t.i in cx.by_token for t in ent) or (  # "in Kabul": a place
                         ent.text in capitals and ent.root.dep_ == "pobj"
                         and ent.root.head.lower_ in reader.place_preps))
                 for where in [reader.place_in_post(cx, ent.text)]
                 if where is not None and where.country}
        # a name after "in"/"near" that the entity reader missed or took for another kind
        # ("near Kidal" read as a nationality, "IN VALPARAISO"): a place by its own name,
        # where no actor of the post is of another country (a small town the list lacks
        # may share its name with one abroad: "in Moura", Mali, not Moura in Britain)
        homes = {h for m in cx.mentions for h in [self._home(m.id_)] if h}
        for t in sent:
            if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in reader.place_preps and (
                t.ent_type_ not in ("GPE", "LOC") and t.i not in cx.by_token
            ):
                where = reader.gazetteer.resolve(t.text, alternates=False)
                if where is not None and where.country and (
                    not homes or where.country in homes
                ):
                    found.add(where.country)
        for name in self._kind_named(cx, sent):
            where = reader.place_in_post(cx, name)
            # (a town's name abroad is no department's: "CORDOBA DEPARTMENT" is not
            # Argentina's city; a name of towns in several countries counts only in the
            # country of the post's actors)
            if where is not None and where.country and (where.country in homes or (
                not homes and {c.country for c in reader.gazetteer.namesakes(name)} <= {
                    where.country})):
                found.add(where.country)
        return found

    def _kind_named(self, cx: CodingContext, sent: Span) -> list[str]:
        """The names of places ``sent`` names with their kind, which the entity reader
        often misses in capitals: the proper nouns just before a place noun ("IN MORAZAN
        DEPARTMENT", "LA MAR PROVINCE") or after its "of" ("THE CITY OF SUCHITOTO", "THE
        TOWN OF SAN MIGUEL"); none that names an actor of the post."""
        nouns = self.cues.place_nouns
        names = []
        for t in sent:
            if t.pos_ != "NOUN" or not {t.lower_, t.lemma_.lower()} & nouns:
                continue
            runs = [self._propn_before(t, t.i)]
            runs += [[*self._propn_before(p, p.i), p]
                     for p in self.reader._pobjs(t, ("of",)) if p.pos_ == "PROPN"]
            for words in runs:
                if not words or any(
                    (m := cx.by_token.get(w.i)) is not None and not m.id_.startswith("PRV.")
                    for w in words
                ):
                    continue
                names.append(" ".join(w.text for w in words))
        return names

    @staticmethod
    def _propn_before(head: Token, end: int) -> list[Token]:
        """The proper nouns of ``head``'s own phrase right before word ``end`` ("SAN
        MIGUEL" in "SAN MIGUEL DEPARTMENT")."""
        doc, inside = head.doc, {t.i for t in head.subtree}
        start = end
        while start > head.sent.start and start - 1 in inside and doc[start - 1].pos_ == "PROPN":
            start -= 1
        return list(doc[start:end])

    def _is_report(self, verb: Token) -> bool:
        return verb.pos_ in ("VERB", "AUX") and bool(_keys(verb) & self.report)

    def refine(self, cx: CodingContext, trigger: Token, sent: Span, frame: Frame) -> None:
        """Complete ``frame`` (read by the reader from the clauses above ``trigger``)."""
        chain = [trigger, *trigger.ancestors]
        authors = False  # the author's own words: nobody else's, unless said inside them
        if frame.asserted_by is not None and frame.denied_by is None:
            if sent.start not in cx.speech.sources:
                cx.speech.sources[sent.start] = self.reader._reported_by(cx, sent)
            found, source = cx.speech.sources[sent.start]
            if found and source is not None and self._not_the_source(trigger, source):
                if frame.asserted_by.token.i == source.token.i:
                    frame.asserted_by = None
                    if frame.modality == "reported":
                        frame.modality = "asserted"
            elif found and source is not None and source.token.i not in {
                t.i for t in frame.asserted_by.token.subtree
            }:
                # "According to a police report, the guerrillas told the victim that ...",
                # "X noted P, according to the release": the sentence's named source holds
                # all of it, the speakers inside too
                frame.asserted_by = source
        if sent.start not in cx.speech.semicolons:
            cx.speech.semicolons[sent.start] = [t.i for t in sent if t.text == ";"]
        if frame.asserted_by is not None:
            said = frame.asserted_by
            nearest = next((t for t in chain[1:] if self._is_report(t)), None)
            if nearest is not None and said.token.head.i != nearest.i and (
                self._misparsed_participle(nearest) is not None
            ):  # ("..., stressing that ...": the speaker's, not the clause's subject's)
                said = self._speaker_of(cx, nearest) or said
                frame.asserted_by = said
            verb = said.token.head
            if said.token.dep_ == "nsubj" and self._is_report(verb) and (
                self._misparsed_participle(verb) is not None
            ):
                said = self._speaker_of(cx, verb) or said
                frame.asserted_by = said
            if said.token.dep_ == "nsubj" and self._is_report(verb) and any(
                trigger.i < k < said.token.i for k in cx.speech.semicolons[sent.start]
            ):
                # "X said P; Y said Q" with P parsed under Y's verb: the semicolon ends P's
                # sentence, whose speaker is the report verb above before it
                outer = next((v for v in verb.ancestors if self._is_report(v) and any(
                    c.dep_ == "nsubj" and c.i < trigger.i for c in v.children)), None)
                if outer is not None:
                    said = self._speaker_of(cx, outer) or said
                    frame.asserted_by = said
                    verb = said.token.head
            if said.token.dep_ == "nsubj" and self._is_report(verb) and any(
                c.dep_ == "neg" for c in verb.children
            ) and not any(t.head == verb and t.dep_ == "conj" for t in chain):
                frame.asserted_by = None  # "an attack Kyiv did not claim": nobody's word
            elif said.span is None and said.token.lower_ in _AUTHORS and not any(
                kind != "close" for _, kind in _marks(sent.doc, sent.start, said.token.i)
            ):
                # "WE HAVE ALSO OBSERVED THAT THE ARMED FORCES HAVE ADMITTED THAT ...": "we"
                # outside a quote is the author, whose words may hold a speaker's (or be
                # held by one: "we think Russia shelled it, Kyiv said")
                at = verb_at(chain, verb)
                other = next((t for t in (*chain[1:at], *chain[at + 1:]) if self._is_report(t)),
                             None)
                frame.asserted_by = self._speaker_of(cx, other) if other is not None else None
                authors = frame.asserted_by is None
            elif said.span is None and said.token.lower_ in _PRONOUNS:
                carried = (self._pronoun_speaker(cx, said) or cx.speech.last_speaker
                           or self._titled_before(cx, said))
                if carried is not None:
                    frame.asserted_by = carried
            else:
                inferred = self.reader.infer(cx, said, None, sent) if said.span is None else said
                frame.asserted_by = self._carried(cx, said) or self.named(
                    cx, self._not_the_named_state(cx, said, inferred, verb) or inferred)
        if frame.asserted_by is None:
            frame.asserted_by = (self._more_speakers(cx, trigger, chain) or self._per(cx, sent)
                                 or self._learned_from(cx, trigger, sent)
                                 or self._blamed_by(cx, trigger))
            if frame.asserted_by is not None and frame.modality == "asserted":
                frame.modality = "reported"
            elif frame.asserted_by is None and authors and frame.modality == "reported":
                frame.modality = "asserted"
        claimant = self.claimant(cx, trigger) or next(
            (c for c in (self.claimant(cx, t) for t in trigger.children if t.dep_ == "nsubj")
             if c is not None), None) or self._claimed_above(cx, trigger)
        if claimant is not None:
            frame.asserted_by = claimant
            if frame.modality == "asserted":
                frame.modality = "reported"
        if frame.denied_by is not None and not self._is_report(trigger):
            # (an accusation that is denied stays the author's report of the accusation)
            # A denied event is the denier's statement; one who asserts it ("X accused Y
            # of P, which Y denies") holds the other side (see :meth:`rebuttals`).
            if frame.asserted_by is not None and frame.asserted_by.token != frame.denied_by.token:
                cx.speech.accusers[trigger.i] = frame.asserted_by
            denier = frame.denied_by
            if denier.span is None and denier.token.lower_ not in _PRONOUNS:
                # "THE PRESIDENT DENIED THAT THE SALVADORAN AIR FORCE ...": named as a speaker
                denier = self.named(cx, self.reader.infer(cx, denier, None, sent)) or denier
            frame.asserted_by = denier
        if frame.asserted_by is None and cx.speech.colon_speaker is not None and (
            cx.speech.colon_at < trigger.i < cx.speech.colon_end
        ) and not (cx.speech.heading and trigger.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > cx.speech.colon_at
            for c in trigger.children
        )):  # "hemedti in a speech: threatens to ...": his own act, the author's report
            frame.asserted_by = cx.speech.colon_speaker
            if frame.modality == "asserted":
                frame.modality = "reported"
        speech = cx.speech
        if frame.asserted_by is None and speech.that_speaker is not None and (
            speech.that_at < trigger.i < speech.that_end
        ):
            frame.asserted_by = speech.that_speaker
            if frame.modality == "asserted":
                frame.modality = "reported"
        if frame.asserted_by is None and speech.quoted_by is not None and (
            speech.quoted_from <= trigger.i < speech.quoted_to
        ):  # '"..." said Djamal. "Because of that we recommend ...': still Djamal's words
            frame.asserted_by = speech.quoted_by
            if frame.modality == "asserted":
                frame.modality = "reported"
        if frame.asserted_by is None and not authors and (
            sent.text.isupper() or self._closing_unparsed(sent)
        ) and not self._is_report(trigger):
            edge, closing = self._closing_speaker(cx, sent)
            if closing is not None and trigger.i < edge and closing.token.lower_ not in _AUTHORS:
                # "..., JOURNALISTS IN THE CAPITAL REPORTED BY TELEPHONE.", misparsed in
                # capitals (not "saf blamed the rsf, rsf blamed saf": a speech act itself)
                frame.asserted_by = closing
                if frame.modality == "asserted":
                    frame.modality = "reported"
        if frame.asserted_by is not None:
            frame.asserted_by = self._issuer(cx, frame.asserted_by) or frame.asserted_by
        if frame.asserted_by is not None and (
            self._performed(cx, trigger, frame.asserted_by) or self._grounds(frame.asserted_by)
            or self._background(trigger)
        ):
            frame.asserted_by = None  # "X announced its withdrawal": the author's report
            if frame.modality == "reported":
                frame.modality = "asserted"
        if frame.asserted_by is not None and frame.denied_by is None and (
            self._first_person(frame.asserted_by) or self._asked(trigger, sent)
            or self._answer_aside(trigger)
            or (claimant is None and frame.modality in ("asserted", "reported")
                and self._presupposed(trigger, chain))
            or self._report_aimed_at(chain)
        ):
            frame.asserted_by = None  # "I WANT TO STATE HERE THAT ...", "HOW DO YOU VIEW ...?"
            if frame.modality == "reported":
                frame.modality = "asserted"
        if frame.modality == "reported" and frame.asserted_by is not None and (
            frame.denied_by is None and self._denies_own(cx, trigger, frame)
        ):  # "Benin's government insists it has never paid ransoms": a denial, as "denies"
            frame.modality, frame.negated = "denied", False
            frame.denied_by = frame.asserted_by
        self._tense(trigger, frame)
        if frame.modality == "asserted" and frame.asserted_by is None and (
            self._hedged(trigger, chain) or self._told_to_us(trigger, chain)
        ):
            frame.modality = "reported"

    def spoken_act(self, type_: str, source: Argument | None, frame: Frame) -> bool:
        """Whether an event of ``type_`` done by ``source`` is the speaker's own act by
        speaking, which the author reports: an accusation, threat or rejection
        (``spoken_types``) whose doer is the speaker itself ("KH says it holds Washington
        responsible", "Tehran says ... and vows a response"), or a concession it announces
        ("Russia announced its troops would pull back": the announcement concedes, as the
        labels code it, as is one it says it will itself make, "Ruto said he would withdraw
        the bill"; what another of its state will do stays its word: "Moscow would reduce
        military activity, the minister said"). The doer is the speaker's own mention, its
        actor, or its side named as its own ("it", "its troops"); not "Belarus says it
        poses no threat" (a denial), "Kyiv said Russia rejected the offer", nor "Khamenei
        pardoned ..., state media reported" (one state, two actors)."""
        speaker = frame.asserted_by
        kind = type_.lower()
        if speaker is None or source is None or frame.denied_by is not None or (
            frame.negated or frame.modality not in ("asserted", "reported", "future")
            or kind not in self.cues.spoken_types
        ) or (kind == "concede" and frame.modality != "future" and (
            speaker.token.head.lemma_.lower() not in self.cues.performative_verbs)):
            return False  # (one's own concession to come, told by any verb, is announced:
            # "Ruto said he would withdraw the bill", "she says she'll call off the protests")
        if source.token.i == speaker.token.i or (
            source.actor is not None and source.actor == speaker.actor
        ):
            return True
        token = source.token
        own = token.lower_ in _PRONOUNS or any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in token.children)
        return own and source.actor is not None and speaker.actor is not None and (
            self.reader.dictionary.same_side(source.actor, speaker.actor))

    def _answer_aside(self, trigger: Token) -> bool:
        """Whether ``trigger`` is the verb of a clause on a charge that tells how it was
        answered: "Ukrainian officials accused Russian troops of killing civilians, a charge
        Moscow dismissed as a provocation", "..., an allegation Abu Dhabi dismissed": the
        author's aside on the accusation, not part of what the accusers say. The charge
        is set off as "a charge", "an allegation" after a comma (not "THREE DYNAMITE
        CHARGES THAT INJURED A PASSERBY")."""
        head = trigger.head
        edge = head.left_edge.i
        return trigger.dep_ == "relcl" and trigger.pos_ in ("VERB", "AUX") and (
            head.lemma_.lower() in self.cues.answered_objects
            or head.lower_ in self.cues.claim_nouns
        ) and edge > 0 and head.doc[edge - 1].text == "," and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)

    @staticmethod
    def _first_person(speaker: Argument) -> bool:
        """Whether a speaker is a bare "I", "we", "our" that nothing named resolved: the
        voice of the text itself ("I WANT TO STATE HERE THAT ...", "WE WOULD TELL THE
        UNITED STATES THAT ...", a transcript's unnamed speaker), whose words are the
        author's (train and dev keep the author for 12 of 14 such events)."""
        return speaker.span is None and speaker.actor is None and (
            speaker.token.lower_ in _FIRST_PERSON)

    def _asked(self, trigger: Token, sent: Span) -> bool:
        """Whether ``trigger`` is in a question that asserts nothing: a sentence that ends
        with a question mark, the event not under a report verb of its own below the
        question ("HOW DO YOU VIEW ..., NOW THAT THE ARMED FORCES ARE BEING CHARGED WITH
        ...?", "(GARCIA) WOULD THERE HAVE BEEN A BRADY PLAN IF WE HAD NOT MET ...?"; not
        "... THE REPORT, WHICH CLAIMS THAT THE ARMED FORCES ARE INVOLVED ...?": the
        report's)."""
        words = [t for t in sent if not (t.is_space or t.text in _QUOTES)]
        if not words or words[-1].text != "?":
            return False
        root = sent.root
        return not any(t.i != root.i and self._is_report(t) for t in trigger.ancestors)

    def _carried(self, cx: CodingContext, said: Argument) -> Argument | None:
        """"A MILITARY SOURCE SAID ... . THE SOURCE ADDED THAT ...", "The coalition said in a
        statement ... The statement added that ...": a word that stands for a speaker
        (``carry_subjects``), with nothing but "the" or "this" before it, as the subject of
        a report verb or the object of a report phrase ("ACCORDING TO THE SAME SOURCE"), is
        the speaker of an earlier sentence of the post, if that speaker is an actor (the
        dictionary's, or a provisional one)."""
        token = said.token
        last = cx.speech.last_speaker
        source = cx.speech.sources.get(token.sent.start, (False, None))[1]
        if last is None or cx.speech.speaker_at >= cx.speech.sentence or not (
            (token.dep_ == "nsubj" and self._is_report(token.head))
            or (source is not None and source.token.i == token.i)
        ):
            return None
        if token.lower_ in _PRONOUNS:
            # "IT ALSO REPORTED THAT ...": the last speaker, where the pronoun was read as
            # the state that speaker is a part of (the committee, not Germany)
            actor, own = last.actor, said.actor
            if said.via_reference and actor and own and actor.startswith(f"{own}."):
                return last
            return last if self._said_of(said, last) else None
        if said.span is not None:
            return None
        if not ({token.lower_, token.lemma_.lower()} & self.cues.carry_subjects) or [
            c.lower_ for c in token.children if c.i < token.i and c.lower_ != "same"
        ] not in (["the"], ["this"]) or any(c.i > token.i for c in token.children):
            return None  # ("THE SOURCE IN THE CAPITAL", "the report by Amnesty": its own)
        # (a speaker without id would only trade the words that name it for other words)
        return last if last.span is not None else None

    def _said_of(self, said: Argument, last: Argument) -> bool:
        """Whether a pronoun that opens a report ("THEY ALSO SAID THAT ...") was read as an
        actor inside what the last speaker said ("WITNESSES SAID SOLDIERS BURNED THE HOUSES.
        THEY ALSO SAID ...": the witnesses, not the soldiers), the last speaker's number the
        pronoun's ("they": a plural; "he", "she", "it": one)."""
        span, head = said.span, last.token
        if not said.via_reference or span is None or said.token.lower_ in _AUTHORS:
            return False
        sent = head.sent
        own = last.span if last.span is not None else head.doc[head.i:head.i + 1]
        if not (sent.start <= span.start < sent.end) or own.start <= span.start < own.end:
            return False
        plural = head.tag_ in ("NNS", "NNPS")
        return plural == (said.token.lower_ == "they")

    def _same_as(self, cx: CodingContext, subject: Token, speaker: Argument) -> bool:
        """Whether ``subject`` (of a clause a speaker says) is the speaker itself: a pronoun
        ("Kyiv said it would ..."), or the speaker's own mention or actor."""
        if subject.lower_ in _PRONOUNS or subject.i == speaker.token.i:
            return True
        mention = cx.mention_at(subject.i)
        return mention is not None and mention.id_ == speaker.actor

    def _performed(self, cx: CodingContext, trigger: Token, speaker: Argument) -> bool:
        """Whether the speaker's words are its own act, which the author reports: what it
        announces or declares it does ("Hariri announced his resignation", "X announced it
        is suspending operations", "they announced that they were leaving ECOWAS"; not what
        it did, "announced it had killed 50", nor what it will do, "announced that they
        would be working together": its word for it), the charge it makes
        as it acts or speaks ("..., accusing the bloc of serving foreign interests"), and
        what it does in the first person as it speaks ("Minister Ellwood said: I welcome
        the agreement", "we call on all parties to ...", "I utterly condemn the attack")."""
        subject_of = trigger.head if trigger.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children) else trigger
        if (trigger.tag_ == "VBP" or (trigger.tag_ == "VB" and subject_of is not trigger)) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _AUTHORS
            for c in subject_of.children  # ("we are concerned ... and call on ...")
        ) and not any(c.dep_ in ("aux", "auxpass", "neg") for c in trigger.children):
            return True
        if trigger.tag_ == "VBG" and trigger.dep_ == "advcl" and (
            _keys(trigger) & self.report
        ) and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in trigger.children):
            head = trigger.head
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None and self._same_as(cx, subject, speaker):
                return True
        verb, via = trigger.head, trigger
        while via.dep_ in ("xcomp", "conj") and verb.pos_ in ("VERB", "AUX"):
            verb, via = verb.head, verb
        if verb.lemma_.lower() not in self.cues.performative_verbs or not any(
            c.dep_ == "nsubj" and c.i == speaker.token.i for c in verb.children
        ):
            return False
        if via.dep_ in ("dobj", "obj") and via.pos_ == "NOUN":
            return True  # "announced a general mobilisation", "declared martial law"
        if via.dep_ != "ccomp" or via.tag_ not in ("VBG", "VB", "VBP", "VBZ") or any(
            c.dep_ == "aux" and (c.lemma_.lower() == "have" or c.tag_ == "MD")
            for c in via.children
        ):  # (what it "will" or "would" do is its word for the future: its claim)
            return False
        subject = next((c for c in via.children if c.dep_ == "nsubj"), None)
        return subject is not None and self._same_as(cx, subject, speaker)

    def _background(self, trigger: Token) -> bool:
        """"India said it would expel Pakistani advisers, a day after gunmen killed 26
        people": an event in a time clause set off by a comma at the end of what a speaker
        says is the author's background, as is an act the speaker does beside its words
        ("Putin said ... and warned that ...": the warning is his act)."""
        head = trigger.head
        if trigger.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children
        ) and (self._is_report(head) or (  # ("said that P and warned that ...": the
            self._is_report(trigger) and head.dep_ == "ccomp" and self._is_report(head.head)
        )):  # warning hung on P)
            return True
        doc = trigger.doc
        for t in (trigger, *trigger.ancestors):
            if t.i != trigger.i and self._is_report(t):
                return False
            if self._circumstance(t):
                return True
            if t.lower_ in self.cues.background_words and t.dep_ == "prep":
                edge = min(t.left_edge.i, t.i)
                return edge > t.sent.start and doc[edge - 1].text == ","
            if any(c.dep_ == "mark" and c.lower_ in self.cues.background_words
                   for c in t.children) and t.dep_ == "advcl":
                return t.left_edge.i > t.sent.start and doc[t.left_edge.i - 1].text == ","
        return False

    def _not_the_source(self, trigger: Token, source: Argument) -> bool:
        """Whether the sentence's report phrase ("according to X") is no source of
        ``trigger``: it names a rule, not a speaker ("tried according to the penal code"), or
        it opens a clause of its own that does not hold ``trigger`` ("THE BOMBS WERE PLACED
        IN STORES WHERE, ACCORDING TO OFFICIAL ESTIMATES, THE DAMAGE IS EXTENSIVE": the
        estimates tell the damage only). A phrase that ends the sentence holds all of it,
        wherever the parser hung it."""
        token = source.token
        if {token.lower_, token.lemma_.lower()} & self.cues.accordance_nouns:
            return True
        phrase = head = token
        while head.dep_ in ("pobj", "prep", "pcomp") and head.head.i != head.i:
            phrase, head = head, head.head
        if head.i == token.i or head.i == trigger.i or head.i in {t.i for t in trigger.ancestors}:
            return False
        sent, doc = token.sent, token.doc
        if all(t.is_punct for t in doc[sent.start:phrase.left_edge.i]) or all(
            t.is_punct for t in doc[phrase.right_edge.i + 1:sent.end]
        ):
            return False  # (the phrase opens or ends the sentence)
        while head.dep_ == "conj":
            head = head.head
        return head.dep_ in ("relcl", "acl", "advcl", "xcomp") and not (
            head.left_edge.i <= trigger.i <= head.right_edge.i)

    def _report_aimed_at(self, chain: list[Token]) -> bool:
        """Whether the nearest report verb above the event is one a noun aims at, not one
        anyone spoke: "ORDERED AN INVESTIGATION TO DETERMINE WHO MURDERED DR GUERRERO" (the
        investigation has determined nothing; the murder is the author's)."""
        verb = next((t for t in chain[1:] if self._is_report(t)), None)
        if verb is None or verb.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children
        ):
            return False
        head = verb.head  # ("an investigation to determine"; "ordered an inquiry to ...")
        if verb.dep_ in ("acl", "relcl"):
            return head.pos_ == "NOUN"
        return verb.dep_ == "xcomp" and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" for c in head.children)

    @staticmethod
    def _past(t: Token) -> bool:
        """Whether clause head ``t`` tells something already done ("attacked", "was
        seized", "had fired"), not what is, goes on or will be."""
        return t.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                      for c in t.children)

    def _known_relative(self, t: Token) -> bool:
        """Whether ``t`` heads a relative clause that tells a past act as known ("the
        priests who were arrested this morning", "a group it once armed"); not one of a
        place or time that tells what happened there next ("were taken to the yard, where
        they were shot"), nor one that describes what is or will be ("a ruler who
        oppresses his people", "which will surely be condemned")."""
        return t.dep_ == "relcl" and self._past(t) and self._definite(t.head) and not any(
            c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in t.children)

    def _definite(self, noun: Token) -> bool:
        """Whether ``noun`` names something as known: a name, or with a definite word or a
        possessor before it (``definite_words``: "the boat", "its raid"), not "a boat"."""
        return noun.pos_ == "PROPN" or any(
            c.dep_ == "poss" or c.lower_ in self.cues.definite_words for c in noun.children)

    def _time_clause(self, t: Token) -> bool:
        """Whether ``t`` heads a time clause that tells something past as known after what
        it times ("the talks collapsed after the envoy was expelled"; one before it, "after
        the rebels attacked the base, troops ...", tells the news in order); not one that
        is the news itself ("the patrol was combing the area when it was ambushed", "the
        incident took place when ...") nor one of what is still to come ("will be
        released when ...", "before it posed a threat")."""
        if t.dep_ == "pcomp" and t.tag_ in ("VBG", "VBN") and (
            t.head.lower_ in self.cues.presupposing_preps
        ):  # ("is in critical condition after being shot": a participle, done by then)
            main = t.head.head
            lemma = main.lemma_.lower()  # ("took place after ...": the news itself)
            return t.head.i > main.i and (lemma == "be" or lemma not in self.reader.light_verbs)
        marks = self.cues.presupposing_marks
        if t.dep_ != "advcl" or t.i < t.head.i or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in t.children
        ):
            return False
        if not self._past(t):
            return False
        main = t.head
        return not (main.lemma_.lower() in self.reader.light_verbs or main.tag_ == "VBG"
                    or any(c.tag_ == "MD" for c in main.children) or self._how_suffered(t))

    def _how_suffered(self, t: Token) -> bool:
        """Whether time clause ``t`` tells how what its passive head suffered came about
        ("three sailors were killed when a missile hit the ship", "were hurt when a tank
        fired on the post"): the news itself, not a fact it presupposes."""
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in self.cues.news_marks
                   for c in t.children) and any(c.dep_ == "auxpass" for c in t.head.children)

    def _presupposed(self, trigger: Token, chain: list[Token]) -> bool:
        """Whether ``trigger`` is an event what a speaker says only presupposes, the
        author's (docs/LABELLING.md): inside the clause the nearest report verb takes (a
        sentence "according to X" is X's account whole), an event told in a relative or
        time clause as a past
        fact (:meth:`_known_relative`, :meth:`_time_clause`), or named by a definite noun
        below the clause's own predication ("X said the attack was a consequence of the
        arrest of ..."); not the predication itself ("X confirmed the attack", "X said
        there was an attack", "rebels died in a clash with troops") nor a noun a light
        verb carries ("X said the clashes took place near ...")."""
        at = next((k for k, t in enumerate(chain) if k and self._is_report(t)), None)
        if at is None:  # ("..., according to the police": the whole sentence is its account)
            return False
        path = chain[:at]  # the trigger up to the head of the clause said
        inner = path[:-1]
        if any(self._known_relative(t) or self._time_clause(t) for t in inner):
            return True
        return bool(inner) and self._presupposed_noun(trigger, path[-1])

    def _presupposed_noun(self, noun: Token, top: Token) -> bool:
        """Whether event noun ``noun``, below ``top`` (the head of a clause said), is named
        as known: definite ("the", "its", a possessor: ``definite_words``) and neither
        part of ``top``'s own predication (its object, subject or a phrase on it: "said
        rebels died in the clash") nor a light verb's subject; the subject of "be" is
        known ("the attack is a direct consequence of ...", not "there was an attack")."""
        if noun.pos_ not in ("NOUN", "PROPN") or not self._definite(noun):
            return False
        head = noun.head
        if head.dep_ == "prep" and head.head.lemma_.lower() in (
            self.cues.contribution_nouns | self.cues.role_nouns | self.cues.claim_nouns
        ):
            return False  # ("praised his contribution to the liberation": the claim itself)
        lemma = head.lemma_.lower()
        if noun.dep_ in ("nsubj", "nsubjpass"):
            if lemma != "be":
                return lemma not in self.reader.light_verbs and head.i != top.i
            return not any(c.dep_ == "expl" for c in head.children)
        return head.i != top.i and not (head.dep_ in ("prep", "agent") and head.head.i == top.i)

    def _circumstance(self, t: Token) -> bool:
        """Whether ``t`` hangs on a report verb as the time or topic of the speaking, not as
        what is said: a preposition or a clause marked by a ``circumstance_words`` word
        ("MAZA MARQUEZ SAID AFTER MEETING WITH PRESIDENT BARCO", "Following speculation that
        the companies would split, Zetsche denied it", "REGARDING THE DIALOGUE HELD IN COSTA
        RICA, VARGAS SAID ...", "WHEN THE FMLN DECLARED A TRUCE, CRISTIANI STATED ...")."""
        head = t.head
        if head.i == t.i or not self._is_report(head) or (
            head.lemma_.lower() not in self.cues.performative_verbs and any(
                c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" for c in head.children)
        ):  # ("REPORTS THE DEATH OF A SOLDIER DURING FIGHTING": the time of the death it
            return False  # reports; but "declared a conflict after gunmen stormed ...")
        words = self.cues.circumstance_words
        if t.dep_ == "prep" or (t.dep_ in ("advcl", "acl") and t.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children
        )):  # ("Following speculation ...": a participle the parser may hang as a clause)
            return t.lower_ in words
        return t.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in words and c.i < t.i
            for c in t.children)

    def _grounds(self, speaker: Argument) -> bool:
        """"The junta gave the ambassador 72 hours to leave, citing hostile remarks": what an
        actor cites for its own act is its grounds, not the source of the sentence (as
        "Reuters reported, citing officials" is, and "Iran armed Hezbollah, citing Reuters":
        an actor, or people who speak, are cited as sources)."""
        token = speaker.token
        lemma = token.lemma_.lower()
        if speaker.span is not None or {lemma, token.lower_} & (
            self.cues.carry_subjects | self.cues.spokesman_nouns
        ) or lemma in self.reader._sector_nouns or token.lower_ in self.reader._sector_nouns:
            return False
        for _ in range(3):
            if token.head.i == token.i:  # the root (a Token is made anew on each access)
                return False
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                return token.lower_ in self.cues.grounds_words and token.dep_ == "advcl" and (
                    not self._is_report(token.head))
        return False

    def _denies_own(self, cx: CodingContext, trigger: Token, frame: Frame) -> bool:
        """Whether the speaker says, in so many words, that it did not do the event: a
        clause it says whose subject is the speaker (or of the speaker's country: "Iran's
        foreign ministry said Tehran had played no part in the attack") and that is negated
        ("it has never paid ransoms", "it never meddles", "it supports no armed group")."""
        speaker = frame.asserted_by
        verb = trigger
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or not self._is_report(verb.head) or speaker is None:
            return False
        negated = frame.negated or any(
            c.dep_ in ("dobj", "obj") and (c.lower_ in self.cues.none_words or any(
                d.dep_ == "det" and d.lower_ in self.cues.none_words for d in c.children))
            for c in verb.children)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not negated or subject is None:
            return False
        if self._same_as(cx, subject, speaker):
            return True
        mention = cx.mention_at(subject.i)
        home = self._home(speaker.actor) if speaker.actor else None
        # (a state or its body: an armed group of the speaker's country is no part of it,
        # "ROLDAN BETANCUR CONFIRMED THAT THE ELN DID NOT ACCEPT THE PROPOSAL")
        return mention is not None and home is not None and self._home(mention.id_) == home and (
            mention.id_.split(".")[0] not in _NOT_STATES - {"PER"} or mention.id_ == speaker.actor)

    def _tense(self, trigger: Token, frame: Frame) -> None:
        """"X said it would pull back": "would" in what a speaker said is its future, not a
        condition (unless "would have", or an "if" clause beside it); and "if America
        attacks, his fighters will go after ...": a consequence is as hypothetical as its
        condition."""
        verb = trigger
        while not any(c.dep_ == "aux" for c in verb.children) and verb.dep_ in ("xcomp", "conj"):
            verb = verb.head
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        condition = any(c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in self.cues.condition_words for m in c.children)
            for c in verb.children)
        if frame.modality == "future" and condition:
            frame.modality = "hypothetical"
            return
        if frame.modality != "hypothetical" or "would" not in auxes or "have" in auxes or (
            condition
        ):
            return
        clause = verb
        while clause.dep_ == "conj":
            clause = clause.head
        if clause.dep_ == "ccomp" and self._is_report(clause.head) and clause.head.tag_ == "VBD":
            frame.modality = "future"

    def _more_speakers(self, cx: CodingContext, trigger: Token,
                       chain: list[Token]) -> Argument | None:
        # "X determined that Y had committed P and imposed Q": Q, in the simple past beside
        # a past perfect, is X's own act coordinated with the speech verb (a misparse)
        detached = trigger.dep_ == "conj" and trigger.tag_ == "VBD" and any(
            c.lower_ == "had" for c in trigger.head.children)
        for depth, gov in enumerate(chain):
            told = self._told_by(cx, gov, chain)
            if told is not None:
                return told
            if depth > 1 and self._published(chain[depth - 1], gov) and any(
                c.dep_ == "nsubj" for c in gov.children
            ) and (chain[depth - 2].dep_ == "prep" or (  # (attr12: "a statement saying that
                depth > 2 and chain[depth - 2].dep_ == "acl"  # P": what it says, P)
                and self._is_report(chain[depth - 2]) and chain[depth - 3].dep_ == "ccomp")):
                # (its own subject: not "TWO DEVICES ... EXPLODED, ISSUING A COMMUNIQUE"; what
                # the account tells, "a list of ...", not what it does, "a communique
                # demanding the return of ...": the author's report of its act)
                speaker = self._speaker_of(cx, gov)
                if speaker is not None:
                    return speaker
            # "..., the minister said." / "As X announced today, ...": a report clause
            # hanging on the event's clause names its speaker.
            for child in gov.children:
                if child.dep_ not in _SPEAKER_DEPS or child in chain or not self._is_report(child):
                    continue
                if child.dep_ == "advcl" and not any(
                    m.dep_ == "mark" and m.lower_ == "as" for m in child.children
                ):
                    continue
                if child.dep_ in ("ccomp", "conj", "parataxis") and (
                    (child.i < gov.i and not self._parenthetical(child))
                    or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in child.children)
                ) and not self._opens_list(child, gov):
                    continue  # "...; Zagreb insisted they left": a claim of its own
                speaker = self._speaker_of(cx, child)
                if speaker is not None:
                    return speaker
            if depth == 0:
                continue
            via = chain[depth - 1]
            if gov.pos_ not in ("VERB", "AUX"):
                continue
            if via.dep_ in ("dep", "parataxis") and via.i > gov.i and self._is_report(gov) and (
                via.left_edge.i > 0 and trigger.doc[via.left_edge.i - 1].text == ","
            ):  # "fama says it's over, ghaly killed, algerians among the arrested"
                return self._speaker_of(cx, gov)
            keys = _keys(gov)
            if (via.dep_ in ("ccomp", "xcomp", "pcomp", "prep", "advcl", "oprd") or (
                via.dep_ == "dobj" and keys & self.cues.object_claims
            )) and keys & self.cues.speech_verbs and not detached:
                # (attr12: the object of "denounce", "present", "warn" is the author's: "THE
                # PUBLIC HAS DENOUNCED TODAY'S ATTACKS"; of "admit", "document", "trace" the
                # speaker's finding: "investigators traced the weapons to ...")
                return self._speaker_of(cx, gov)
            if via.dep_ in ("ccomp", "dobj") and any(
                c.dep_ == "nsubj" and {c.lemma_.lower(), c.lower_} & self.cues.source_nouns
                and not any(t.text == ":" for t in trigger.doc[c.i:gov.i])
                for c in gov.children
            ):  # "A REPORT THEN REVIEWS THE MOST IMPORTANT TERRORIST ATTACKS", "the
                # communique lists the ambushes": a report does nothing but report (not
                # "DECLARATION OF THE 12: THE 12 MEMBER STATES CONDEMN ...", a heading)
                return self._speaker_of(cx, gov)
            if via.dep_ in ("nsubjpass", "agent", "prep") and self._is_report(gov) and any(
                c.dep_ == "auxpass" for c in gov.children
            ):
                # "The killing ... was reported by survivors", "accused by rights groups
                # of summary executions": the agent asserts (not the agent's own words)
                agent = self.reader.agent(cx, gov)
                if agent is not None and agent.token is not trigger:
                    return self.named(cx, self.reader.infer(cx, agent, None, gov.sent))
            if via.dep_ == "prep" and via.lower_ in ("over", "for") and (
                keys & self.cues.grounds_verbs or any(
                    c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.cues.grounds_nouns
                    for c in gov.children)
            ):
                # "sanctioned X over his alleged role in ...", "issued a warrant for Y over
                # the deportation of ...": the grounds are the punisher's claim
                speaker = self._speaker_of(cx, gov)
                if speaker is not None and speaker.span is not None:
                    return speaker
            if keys & self.cues.holding_verbs and any(
                c.lemma_.lower() in self.cues.liable_words for c in gov.children
            ):  # "holds the FMLN responsible for the assassination": the holder's claim
                return self._speaker_of(cx, gov)
            if keys & self.cues.credit_verbs and any(
                t.lemma_.lower() in self.cues.contribution_nouns for t in chain[:depth]
            ):
                # "praise his contribution to the liberation of Iraq": their claim
                return self._speaker_of(cx, gov)
        return None

    def _published(self, via: Token, gov: Token) -> bool:
        """Whether ``via`` is an account its subject puts out, the object of ``gov``: "THE
        ARMY RELEASED A SUMMARY OF GUERRILLA ACTIVITIES ..., WHEN COMMANDOS DESTROYED THE
        BRIDGE", "the ministry issued a list of the attacks" (not "released the hostages
        taken in the raid": no account)."""
        cues = self.cues
        return (gov.pos_ in ("VERB", "AUX") and via.dep_ in ("dobj", "obj")
                and gov.lemma_.lower() in cues.publishing_verbs
                and bool({via.lemma_.lower(), via.lower_}
                         & (cues.source_nouns | cues.account_nouns)))

    def _told_by(self, cx: CodingContext, noun: Token, chain: list[Token]) -> Argument | None:
        """The agent of a participle that says or makes ``noun`` (a reduced relative): "THE
        AMNESTY MENTIONED BY D'AUBUISSON", "THE ACCUSATIONS MADE BY THE FMLN THAT THE ATTACK
        HAD BEEN CARRIED OUT BY THE ARMED FORCES": the agent asserts the noun and what it
        holds."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        cues = self.cues
        said = {noun.lemma_.lower(), noun.lower_} & (
            cues.claim_nouns | cues.source_nouns | cues.answered_objects)
        if said and noun.i == chain[0].i:
            return None  # the accusation itself: the author's report that it was made
        for child in noun.children:
            if child.dep_ != "acl" or child.tag_ != "VBN" or child.i == chain[0].i:
                continue  # ("X, ACCUSED BY THE U.S.": the accusation, the author's report)
            lemma = child.lemma_.lower()
            if said:  # "the accusations made by X that ...": what they hold
                if not (lemma in cues.making_verbs or self._is_report(child)):
                    continue
            elif noun.i != chain[0].i or not self._is_report(child) or lemma in (
                cues.performative_verbs | self.reader.claim_verbs | cues.publishing_verbs
                | cues.making_verbs
            ):  # "the amnesty mentioned by X" (not "the ceasefire announced by Russia", "an
                continue  # appeal presented by X", the charge "accused by": its own acts)
            agent = self.reader.agent(cx, child)
            if agent is not None and agent.token.lower_ not in _PRONOUNS and not any(
                t.i == chain[0].i for t in agent.token.subtree
            ):
                return self.named(cx, self.reader.infer(cx, agent, None, child.sent)
                                  if agent.span is None else agent)
        return None

    def _per(self, cx: CodingContext, sent: Span) -> Argument | None:
        """"... killed 11, per trump": a source word right before an actor names it."""
        for t in sent[:-1]:
            if t.lower_ in self.cues.source_words:
                mention = cx.mention_at(t.i + 1)
                if mention is not None:
                    return self.reader.actor_arg(cx, t.doc[mention.end - 1])
                # "per the resistance committee", "per voice notes shared by survivors": a
                # speaker the dictionary lacks, or the makers of the evidence
                for pobj in (c for c in t.children if c.dep_ == "pobj"):
                    if {pobj.lemma_.lower(), pobj.lower_} & self.cues.evidence_nouns:
                        return self._maker(cx, pobj)
                    if pobj.pos_ in ("NOUN", "PROPN") and pobj.lower_ not in _PRONOUNS:
                        from .coder import Argument

                        return Argument(pobj, None)  # its words, not a reference resolved
        return None

    def _issuer(self, cx: CodingContext, said: Argument) -> Argument | None:
        """Who puts out a statement that says what it says: "THE POLITICAL-MILITARY COMMAND
        HAS ISSUED A COMMUNIQUE REPORTING THAT ...", "the army released a statement saying
        that ...": the statement (the subject the parser gives the participle) is the
        object of a ``publishing_verbs`` verb, whose subject speaks; ``None`` when the
        statement has no maker named as that verb's subject."""
        token = said.token
        if said.span is not None or not (
            {token.lemma_.lower(), token.lower_} & self.cues.source_nouns
        ):
            return None
        if token.dep_ == "compound" and token.head.lower_ in self.said_forms:
            held = token.head  # ("A COMMUNIQUE REPORTING THAT", the participle read as a noun)
        elif any(c.dep_ == "acl" and c.lower_ in self.said_forms and c.lower_.endswith("ing")
                 for c in token.children):  # ("a statement saying that", whatever the tag
            held = token  # the parser gives the participle)
        else:
            return None
        verb = held.head
        if held.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX") or (
            verb.lemma_.lower() not in self.cues.publishing_verbs
        ):
            return None
        if not any(c.dep_ == "nsubj" and c.lower_ not in _AUTHORS for c in verb.children):
            return None
        return self._speaker_of(cx, verb)

    def _learned_from(self, cx: CodingContext, trigger: Token, sent: Span) -> Argument | None:
        """"IT WAS LEARNED FROM JUDICIAL SOURCES THAT TWO TEACHERS HAVE BEEN KILLED", "police
        heard from witnesses that the gunmen ...": the one the news came from (after "from"
        on a ``learning_verbs`` verb) asserts the clause the verb takes, as a report verb's
        subject does; not its learner, and nothing outside that clause ("he learned from
        his mistakes and attacked again")."""
        for verb in trigger.ancestors:
            if verb.lemma_.lower() not in self.cues.learning_verbs or verb.pos_ != "VERB":
                continue
            clause = next((c for c in verb.children if c.dep_ == "ccomp"
                           and c.left_edge.i <= trigger.i <= c.right_edge.i), None)
            source = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                           for p in c.children if p.dep_ == "pobj"), None)
            if clause is None or source is None or source.lower_ in _PRONOUNS or (
                source.pos_ not in ("NOUN", "PROPN")
            ):
                return None
            said = self.reader.actor_arg(cx, source)
            if said.span is None:
                said = self.named(cx, self.reader.infer(cx, said, None, sent)) or said
            return said
        return None

    def _opens_list(self, verb: Token, gov: Token) -> bool:
        """"fardc says it's over, malanga killed, americans among the arrested": a report
        clause that opens its sentence and ends at a comma before the event's clause says
        the list that follows too (the parser hangs it under one of the items); not a
        clause of its own time ("..., after voters backed Maduro") or speaker ("..., eu
        warns accession is at risk")."""
        doc = verb.doc
        end = verb.right_edge.i
        return (verb.left_edge.i == verb.sent.start and end < gov.i and end + 1 < len(doc)
                and doc[end + 1].text == "," and not self._is_report(gov)
                and not any(c.dep_ == "mark" for c in gov.children))

    def _parenthetical(self, verb: Token) -> bool:
        """"Also in the past 24 hours, Davis said, the coalition conducted ...": a bare report
        clause set off by commas inside the clause it reports."""
        doc = verb.doc
        words = [t.i for t in verb.subtree if not t.is_punct]
        left, right = min(words), max(words)
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is not None and left < subject.left_edge.i and (
            doc[subject.left_edge.i - 1].text == ","
        ):  # (attr12) "Earlier today, the spokesman said, rebels ...": the time words
            left = subject.left_edge.i  # before the comma are the clause's, misparsed
        return (left > verb.sent.start and doc[left - 1].text == ","
                and right + 1 < verb.sent.end and doc[right + 1].text == ","
                and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "obj", "mark")
                            for c in verb.children))

    def _blamed_by(self, cx: CodingContext, trigger: Token) -> Argument | None:
        """"a bombing in Istanbul that Ankara blamed on the PKK", "the sinking of the
        Cheonan, which Seoul blamed on a North Korean torpedo, killed 46": who blames the
        event (or its subject) on someone asserts it."""
        nouns = [trigger, *(c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass"))]
        nouns += [p for n in nouns[1:] for p in self.reader._pobjs(n, ("of",))]
        for noun in nouns:
            for child in noun.children:
                if child.dep_ != "relcl" or child.lemma_.lower() not in self.cues.blame_verbs:
                    continue
                if not any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                           or c.lower_ == "that" for c in child.children):
                    continue
                speaker = self._speaker_of(cx, child)
                if speaker is not None and speaker.span is not None:
                    return speaker
        return None

    def _told_to_us(self, trigger: Token, chain: list[Token]) -> bool:
        """Whether the verb that governs ``trigger`` says an unnamed "we" or "I" was told
        it ("WE HAVE BEEN TOLD THAT ...", "we have learned that ..."): hearsay the voice
        passes on from others it does not name, a hedge like "reportedly" (not "we know",
        "we told them": the voice's own claim)."""
        cues = self.cues
        # the clause's own verb and the one above it ("... THAT THE ARMY CARRIED OUT
        # ARRESTS": the noun's verb, then "TOLD")
        govs = [g for g in chain[1:6] if g.pos_ in ("VERB", "AUX")][:2]
        return any(c.lower_ in _FIRST_PERSON and (
            (c.dep_ == "nsubjpass" and g.lemma_.lower() in cues.told_verbs)
            or (c.dep_ == "nsubj" and g.lemma_.lower() in cues.learning_verbs))
            for g in govs for c in g.children)

    def _hedged(self, trigger: Token, chain: list[Token]) -> bool:
        hedges = self.cues.hedge_words
        for gov in chain[:3]:
            for child in gov.children:
                if child.dep_ in ("advmod", "amod") and child.lower_ in hedges:
                    return True
            if gov.pos_ in ("VERB", "AUX") and gov is not trigger:
                break
        doc = trigger.doc
        # "the so-called liberation": a hyphenated hedge comes as three tokens
        start = max(trigger.sent.start, trigger.i - 4)
        text = "".join(t.text_with_ws for t in doc[start:trigger.i]).lower()
        return any(h in text for h in hedges if "-" in h)

    # -- claims of responsibility ---------------------------------------------------------

    def claimant(self, cx: CodingContext, token: Token) -> Argument | None:
        """Who claims ``token`` (an attack noun or verb) as its own, if the text says so:
        "X claimed (responsibility for) it", "claimed by X", "for which X claimed
        responsibility"."""
        cues = self.cues
        head = token.head
        if any(c.dep_ == "neg" for c in head.children):
            return None  # "an attack Kyiv did not immediately claim"
        if token.dep_ in ("dobj", "obj") and head.lemma_.lower() in cues.claiming_verbs and (
            token.lemma_.lower() not in cues.responsibility_nouns
        ) and token.pos_ in ("NOUN", "PROPN"):
            return self._actor_subject(cx, head)
        if token.dep_ in ("pobj", "pcomp") and head.lower_ == "for":
            owner = head.head
            if owner.lemma_.lower() in cues.responsibility_nouns and (
                owner.head.lemma_.lower() in cues.claiming_verbs
            ):
                return self._actor_subject(cx, owner.head)
        for child in token.children:
            lemma = child.lemma_.lower()
            if child.dep_ == "acl" and lemma in cues.claiming_verbs:  # "attacks claimed by X"
                agent = self.reader.agent(cx, child)
                if agent is not None and agent.span is not None:
                    return agent
            if child.dep_ == "relcl" and lemma in cues.claiming_verbs and any(
                c.lemma_.lower() in cues.responsibility_nouns for c in child.children
            ) and not any(c.dep_ == "neg" for c in child.children):
                return self._actor_subject(cx, child)  # "for which X claimed responsibility"
        return None

    def _disowner(self, cx: CodingContext, token: Token) -> Argument | None:
        """Who denies ``token`` (an attack noun) as its own: "X denied responsibility for
        the bombing": X is the doer the denial is about, as X is the doer in "X claimed
        responsibility for" (docs/LABELLING.md: the denied act has the denier as source)."""
        head = token.head
        if token.dep_ not in ("pobj", "pcomp") or head.lower_ != "for":
            return None
        owner = head.head
        if owner.lemma_.lower() not in self.cues.responsibility_nouns or (
            owner.head.lemma_.lower() not in self.cues.disowning_verbs
        ):
            return None
        return self._actor_subject(cx, owner.head)

    def _claimed_above(self, cx: CodingContext, trigger: Token) -> Argument | None:
        """The claimant of the attack a clause hangs on: "X claimed the blasts that killed
        100", "responsibility for the bombing at the station, which killed 26" (the noun
        phrases above the trigger, up to the first other verb)."""
        token = trigger
        for _ in range(4):
            if token.dep_ in ("ROOT",) or token.head == token:
                return None
            if token.dep_ in ("ccomp", "relcl") and token.head.dep_ == "acl" and (
                token.head.lemma_.lower() in self.cues.claiming_verbs
            ) and not any(c.dep_ == "neg" for c in token.head.children):
                # "one in Baghdad claimed by Daesh that targeted mourners", the clause
                # read as the complement of "claimed"
                agent = self.reader.agent(cx, token.head)
                return agent if agent is not None and agent.span is not None else None
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                return None
            if token.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):  # "one in Baghdad claimed by X"
                claimant = self.claimant(cx, token)
                if claimant is not None:
                    return claimant
        return None

    def _actor_subject(self, cx: CodingContext, verb: Token) -> Argument | None:
        speaker = next(iter(self.reader.subjects(cx, verb)), None)
        return speaker if speaker is not None and speaker.span is not None else None

    def claimed_sources(self, cx: CodingContext, trigger: Token,
                        sources: list[Argument]) -> list[Argument]:
        """``sources`` of an event, with its claimant where the text names none: an attack
        that X claimed was X's, and so is what "the attack that killed ..." did."""
        if any(a.span is not None for a in sources):
            return sources
        claimant = (self.claimant(cx, trigger) or self._claimed_above(cx, trigger)
                    or self._disowner(cx, trigger))
        if claimant is not None:
            return [claimant]
        for a in sources:  # "attacks claimed by X killed ...": the attacks stand for X
            claimant = self.claimant(cx, a.token)
            if claimant is not None and claimant.span is not None:
                from .coder import Argument

                return [Argument(a.token, claimant.span)]
        return sources

    def contributor(self, cx: CodingContext, noun: Token) -> Argument | None:
        """"his contribution to / role in the liberation of Iraq": the possessor acts."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ not in ("to", "in") or (
            head.head.lemma_.lower() not in self.cues.contribution_nouns
        ):
            return None
        for child in head.head.children:
            if child.dep_ == "poss":
                arg = self.reader.actor_arg(cx, child)
                if arg.span is not None:
                    return arg
        return None

    # -- the post, sentence by sentence ---------------------------------------------------

    def start_sentence(self, cx: CodingContext, sent: Span) -> None:
        speech = cx.speech
        speech.sentence += 1
        speech.sentences.append(sent)

        doc = sent.doc
        if speech.sentence == 0:
            self._transcript_speaker(cx, sent)
        self._that_speaker(cx, sent)
        self._heading_speaker(cx, sent)
        self._quoted(cx, sent)
        for k in range(sent.start + 1, sent.end):
            # "Minister Ellwood said: ...", "HERNANDEZ SAID: ...": read from the words,
            # parsed or not (a name the dictionary lacks: its words)
            verb = doc[k - 1]
            if doc[k].text != ":":
                continue
            if verb.lower_ in self.said_forms or self._is_report(verb):
                speaker = self._word_speaker(cx, sent.start, verb.i)
            else:  # "X released the following statement:", "THE COMMUNIQUE READS:"
                speaker = self._statement_speaker(cx, sent, k)
            if speaker is not None:
                speech.colon_speaker = speaker
                speech.colon_at, speech.heading = k, False
                speech.colon_end = self._quote_end(doc, k + 1)

    def _statement_speaker(self, cx: CodingContext, sent: Span, colon: int) -> Argument | None:
        """Who speaks what a colon opens, where no report verb stands before it: the subject
        of a verb whose object is a statement ("Townsend provided the following statement on
        the advance:", "X released the following statement today:"), or the maker of a
        statement that reads ("THE REBEL COMMUNIQUE READS:")."""
        doc = sent.doc
        reader = self.reader
        for t in doc[sent.start:colon]:
            lemma = t.lemma_.lower()
            if t.dep_ in ("dobj", "obj") and lemma in self.cues.source_nouns and (
                t.head.pos_ in ("VERB", "AUX") and t.head.i < colon
                and any(x.i == colon - 1 for x in t.head.subtree)
            ):
                return self._speaker_of(cx, t.head)
            if lemma == "read" and t.pos_ == "VERB" and colon - t.i <= 2:
                subject = next((c for c in t.children if c.dep_ == "nsubj" and (
                    c.lemma_.lower() in self.cues.source_nouns)), None)
                if subject is not None:
                    return self.named(cx, reader.infer(cx, reader.actor_arg(cx, subject), None,
                                                       sent))
        return None

    @staticmethod
    def _quote_end(doc: Any, i: int) -> int:
        """Where what a speaker says from token ``i`` on ends: the closing mark of the quote
        that opens there ('X said: "..."'), else the end of the post."""
        if i < len(doc) and doc[i].text in _QUOTES:
            return next((k for k, _ in _marks(doc, i + 1, len(doc)) if k > i + 1), len(doc))
        if i < len(doc) and _single_quote(doc[i], "``"):  # "kremlin: 'we never ...'"
            return next((k for k in range(i + 2, len(doc)) if _single_quote(doc[k], "''")),
                        len(doc))
        return len(doc)

    def _quoted(self, cx: CodingContext, sent: Span) -> None:
        """A quote that goes on into ``sent`` is its speaker's to its closing mark: one left
        open by the sentences before ('COL PONCE SAID IT WAS AN OPERATION "AGAINST A GROUP
        ... . HOWEVER, ONLY THE FIRST CANTON WAS SHELLED ...'), or one that opens the
        sentence right after the speaker's ('"...," said Djamal. "Because of that we
        recommend ..."'), unless the sentence names a speaker after it ('"...," said
        Clements')."""
        speech = cx.speech
        doc = sent.doc
        speech.quoted_by = None
        marks = _marks(doc, sent.start, sent.end)
        if speech.open_quote:
            speaker, start = speech.quote_speaker, sent.start
        elif marks and marks[0][0] == sent.start and marks[0][1] != "close" and (
            speech.speaker_at == speech.sentence - 1
        ):
            speaker, start = speech.last_speaker, sent.start + 1
        else:
            speaker, start = None, sent.start
        if speaker is None:  # (attr12) '"...," the mayor said, "..."'
            self._split_quote(cx, sent, marks)
            return
        end = next((k for k, _ in marks if k >= start), sent.end)
        if any(t.lower_ in self.said_forms for t in doc[end:sent.end]):
            return
        speech.quoted_by, speech.quoted_from, speech.quoted_to = speaker, sent.start, end

    def _split_quote(self, cx: CodingContext, sent: Span, marks: list[tuple[int, str]]) -> None:
        """A quote that a report clause breaks in two goes on as its speaker's: '"TO SEND
        THEM THERE," MERINO SAID, "WOULD BE TO CONDEMN THEM ..."', '"The army has left,"
        the mayor said, "but the rebels burned the town hall."' (the second half, from its
        opening mark to its close, whose verb has no speaker of its own in the parse). The
        clause between the two halves is a report verb and its speaker's words before or
        after it, set off by commas, nothing else ("said Djamal,", "THE SOURCE ADDED,")."""
        speech, doc = cx.speech, sent.doc
        for (close, _), (opening, _) in zip(marks, marks[1:], strict=False):
            if doc[close - 1].text != "," or doc[opening - 1].text != "," or (
                not 2 < opening - close <= 9
            ):
                continue
            words = [t for t in doc[close + 1:opening - 1] if not t.is_space]
            said = next((k for k, t in enumerate(words) if t.lower_ in self.said_forms), None)
            if said is None or any(t.is_punct for t in words) or not (
                said == 0 or said == len(words) - 1
            ) or len(words) < 2:
                continue
            verb = words[said]
            speaker = self._speaker_of(cx, verb) if self._is_report(verb) else None
            if speaker is not None and not (close < speaker.token.i < opening):
                speaker = None  # (a subject parsed from the quote: not the clause's)
            if speaker is None and said == 0:  # ('"...," said Djamal, "..."', unparsed)
                speaker = self._word_speaker(cx, words[1].i, words[-1].i + 1)
            elif speaker is None:  # ('"...," MERINO SAID, "..."')
                end = verb.i
                while end > words[0].i and doc[end - 1].lower_ in _AUXILIARIES:
                    end -= 1
                speaker = self._word_speaker(cx, words[0].i, end) if end > words[0].i else None
            if speaker is None or speaker.token.lower_ in _AUTHORS:
                continue
            to = next((k for k, _ in marks if k > opening), sent.end)
            speech.quoted_by, speech.quoted_from, speech.quoted_to = speaker, opening + 1, to
            return

    def _word_speaker(self, cx: CodingContext, start: int, end: int) -> Argument | None:
        """The speaker the words ``doc[start:end]`` name: the last actor mention among them,
        else their last word when it is a name (title or capitals, not a pronoun)."""
        from .coder import Argument

        doc = cx.doc
        mentions = [m for m in cx.mentions if start <= m.start and m.end <= end]
        if mentions:
            arg = self.reader.actor_arg(cx, doc[mentions[-1].end - 1])
            return self._known_person(cx, arg) or self._person(cx, arg) or arg
        last = doc[end - 1]
        while last.is_space and last.i > start:
            last = doc[last.i - 1]
        if last.is_alpha and not last.is_stop and (last.is_title or last.is_upper) and (
            last.lower_ not in _PRONOUNS and last.lower_ not in ("him", "them", "you", "i")
            and last.lower_ not in self.cues.report_fillers and last.pos_ != "ADV"
        ):  # ("IT WAS OFFICIALLY ANNOUNCED THAT": nobody named)
            arg = Argument(last, None)
            return self._known_person(cx, arg) or self._person(cx, arg) or arg
        if last.pos_ == "NOUN" and self._speaker_noun(last):
            # "..., a regional governor said by phone": the reader's generic agent (SOM.GOV)
            arg = self.reader.infer(cx, self.reader.actor_arg(cx, last), None, last.sent)
            return self.named(cx, arg) or arg
        return None

    def _speaker_noun(self, t: Token) -> bool:
        """A common noun that names a speaker: a sector's ("governor", "police"), a
        spokesman, an official or a source, a witness."""
        cues = self.cues
        return bool({t.lower_, t.lemma_.lower()} & (
            cues.sector_speakers | cues.spokesman_nouns | cues.witness_nouns)) or bool(
            self.reader.noun_sector(t))

    def _unparsed_speaker(self, cx: CodingContext, sent: Span) -> Argument | None:
        """The speaker of a sentence the prefilter left unparsed (it proposes no event),
        read from its words: "Davis said the number of munitions ... totals 6,602", "...,
        the source added", "..., said Djamal"."""
        doc = sent.doc
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if not words:
            return None
        for t in words[:10]:  # "Davis said ...", "ELENA FUENTES STATED: ..."
            if t.lower_ in self.said_forms and t.i > sent.start:
                if all(w.is_alpha or w.is_space or w.text in ("'s", "\u2019s", "-", ".")
                       for w in doc[sent.start:t.i]):
                    return self._word_speaker(cx, sent.start, t.i)
                break
        return self._closing_speaker(cx, sent)[1]

    def _closing_unparsed(self, sent: Span) -> bool:
        """Whether the report verb that closes ``sent`` after a comma has no subject in the
        parse, its speaker taken for an apposition or a reduced relative ("..., a regional
        governor said by phone.", "... from Belarus, a spokeswoman for the border guard
        said."): the closing words are read for it, as in wire text in capitals."""
        doc = sent.doc
        # (the last words only: asked once per event that has no speaker)
        words = [t for t in doc[max(sent.start, sent.end - 12):sent.end]
                 if not (t.is_punct or t.is_space)]
        if len(words) < 3 or doc[words[-1].i + 1:sent.end].text.strip() not in (".", ""):
            return False
        verb = next((t for t in reversed(words[-6:]) if t.lower_ in self.said_forms
                     and t.pos_ in ("VERB", "AUX")), None)
        return verb is not None and verb.i > sent.start and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
            doc[k].text == "," for k in range(max(sent.start, verb.i - 8), verb.i))

    def _closing_speaker(self, cx: CodingContext, sent: Span) -> tuple[int, Argument | None]:
        """A report clause that closes ``sent`` after a comma or a quote, read from the words
        (for text the parser reads badly: wire text in capitals, sentences left unparsed):
        "..., the source added.", "..., LABOR AND POLITICAL LEADERS HAVE TOLD DPA.", "...,
        JOURNALISTS IN THE CAPITAL REPORTED BY TELEPHONE.", "..., said Djamal."; (the comma,
        its speaker), else (-1, None)."""
        speech = cx.speech
        if sent.start in speech.closing:
            return speech.closing[sent.start]
        found: tuple[int, Argument | None] = (-1, None)
        speech.closing[sent.start] = found
        doc = sent.doc
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if not words:
            return found
        last = words[-1]
        edge = next((k for k in range(last.i, sent.start, -1) if doc[k].text in (",", *_QUOTES)),
                    None)
        if edge is None:
            return found
        tail = [t for t in words if t.i > edge]
        said = next((k for k, t in enumerate(tail) if t.lower_ in self.said_forms and (
            t.pos_ in ("VERB", "AUX", "") or (  # ("..., O GLOBO OF 14 APRIL REPORTS." read
                t.i == last.i and t.is_upper and doc[t.i - 1].pos_ != "ADP")  # as a noun)
        ) and t.lower_ not in self.cues.hedge_words), None)
        if said is None or said > 7 or len(tail) - said > 5 or tail[0].pos_ in (
            "ADP", "CCONJ", "SCONJ") or tail[0].tag_ in ("WDT", "WP") or any(
                t.pos_ in ("VERB", "AUX") for t in tail[said + 1:]
        ) or (said > 0 and tail[said - 1].lemma_.lower() == "be"):
            # (", and cairo now says the talks are over": a clause of its own; "..., OF
            # WHICH THE ARMY IS BEING ACCUSED": the army accused, not accusing)
            return found
        if said == 0:  # "..., said Djamal.": the words after it
            speaker = self._word_speaker(cx, tail[0].i + 1, last.i + 1) if len(tail) > 1 else None
        else:  # "..., the source added (by telephone)": the words before it, less auxiliaries
            end = tail[said].i  # and what follows its head ("O GLOBO OF 14 APRIL REPORTS",
            end = next((t.i for t in tail[1:said] if t.pos_ in ("ADP", "VERB", "AUX")),
                       end)  # "JOURNALISTS ACCREDITED IN THIS COUNTRY REPORTED")
            while end > edge + 1 and doc[end - 1].lower_ in _AUXILIARIES:
                end -= 1
            speaker = self._word_speaker(cx, edge + 1, end) if end > edge + 1 else None
        if speaker is not None:
            speech.closing[sent.start] = found = (edge, speaker)
        return found

    def _heading_speaker(self, cx: CodingContext, sent: Span) -> None:
        """"kagame on cnn: ...", "hemedti in a new speech: ...", "abdul malik al-houthi
        today: ...": a person, or an actor with words of an occasion, before a colon near
        the start of a post's sentence speaks what follows ("sudan: rsf shelled ..." is a
        place heading, not a speaker); a body alone ("idf: strikes on ...") speaks the rest
        of its sentence."""
        doc = sent.doc
        colon = next((k for k in range(sent.start + 1, min(sent.end - 1, sent.start + 9))
                      if doc[k].text == ":"), None)
        if colon is None or any(t.pos_ in ("VERB", "AUX") and t.lower_ not in ("new",)
                                for t in doc[sent.start:colon]):
            return
        mentions = [m for m in cx.mentions if sent.start <= m.start and m.end <= colon]
        quoted = colon + 1 < sent.end and (
            doc[colon + 1].text in _QUOTES or _single_quote(doc[colon + 1], "``"))
        if not mentions:
            if quoted and colon - sent.start <= 3 and all(
                t.pos_ in ("DET", "ADJ", "NOUN") for t in doc[sent.start:colon]
            ) and self._speaker_noun(doc[colon - 1]):  # "ministry: 'we have not ...'"
                self._quote_heads(cx, sent, colon, self._word_speaker(cx, sent.start, colon))
            return
        m = mentions[-1]
        between = [t.lower_ for t in doc[m.end:colon]]
        if any(w in ("'s", "’s") for w in between):
            return  # "hemedti's african tour:": a heading about the actor
        occasion = set(between) & self.cues.occasion_words
        person = self.reader.dictionary.is_person(m.id_)
        if quoted and set(between) <= self.cues.occasion_words:
            # 'Kremlin: "Ukrainian forces shelled the plant"': a quote its speaker heads
            self._quote_heads(cx, sent, colon, self.reader.actor_arg(cx, doc[m.end - 1]))
            return
        said_when = set(between) <= self.cues.occasion_words | self.cues.dateline_words
        if (person and said_when) or (
            occasion - self.cues.dateline_words  # "maputo today:" is a dateline
        ):
            end = len(doc)
        elif said_when and self._body_heads(sent, m):
            # its own sentence only ("idf: strikes on X. hamas fired back": not the idf's word)
            end = sent.end
        else:
            return
        cx.speech.colon_speaker = self.reader.actor_arg(cx, doc[m.end - 1])
        cx.speech.colon_at, cx.speech.colon_end = colon, end
        cx.speech.heading = True

    def _quote_heads(self, cx: CodingContext, sent: Span, colon: int,
                     speaker: Argument | None) -> None:
        """The heading before ``colon`` speaks the quote that opens after it (not
        'sudan: "...", say locals': a speaker named after the quote)."""
        end = self._quote_end(sent.doc, colon + 1)
        if speaker is not None and not any(
            t.lower_ in self.said_forms for t in sent.doc[end:sent.end]
        ):
            cx.speech.colon_speaker = speaker
            cx.speech.colon_at, cx.speech.colon_end = colon, end
            cx.speech.heading = False

    def _body_heads(self, sent: Span, m: Span) -> bool:
        """Whether mention ``m`` alone heads the sentence before its colon and names a body
        that speaks (an army, a ministry, a group: "idf: strikes on ...", "arakan army:
        maungdaw is ours"), not a person (see :meth:`_heading_speaker`) or a state or place
        ("sudan: rsf shelled ..." is a place heading)."""
        if not m.id_ or any(t.pos_ != "DET" and m.root not in t.ancestors
                            for t in sent.doc[sent.start:m.start]):
            return False  # (its own modifiers may stand before it)
        if m.id_.startswith(("PRV.", "GEN.")) or self.reader.dictionary.is_person(m.id_):
            return False
        actor = self.reader.dictionary.get(m.id_)
        return actor.kind != "state" if actor is not None else "." in m.id_

    def _transcript_speaker(self, cx: CodingContext, sent: Span) -> None:
        """"(AZCONA) YES, BUT ...": a name in brackets opening a post speaks all of it."""
        doc = sent.doc
        i = sent.start
        while i < sent.end and doc[i].text == "(":
            close = next((k for k in range(i + 1, min(sent.end, i + 6)) if doc[k].text == ")"),
                         None)
            if close is None or close == i + 1:
                return
            words = doc[i + 1:close]
            if all(t.is_alpha for t in words) and not {t.lower_ for t in words} <= (
                self.cues.transcript_marks
            ):
                speaker = self._word_speaker(cx, i + 1, close)
                if speaker is not None:
                    cx.speech.colon_speaker, cx.speech.colon_at = speaker, close
                    cx.speech.colon_end = len(doc)
                return
            i = close + 1

    def _that_speaker(self, cx: CodingContext, sent: Span) -> None:
        """"POLICE SOURCES REPORTED TODAY THAT ...": a report verb near the start of the
        sentence, then "that" or a quote, after words that name its speaker; read from the
        words, for the text the parser reads badly (all capitals, where it also cuts
        sentences in the wrong places: the speaker holds to the end of the post, or to the
        next such speaker)."""
        doc = sent.doc
        speech = cx.speech
        for k in range(sent.start + 1, min(sent.end, sent.start + 10)):
            if doc[k].lower_ not in self.said_forms:
                continue
            upper = sent.text.isupper()
            if doc[k].pos_ in ("VERB", "AUX") and not upper:
                return  # a parse to trust: the reader has read the clause
            after = k + 1
            while after < min(len(doc), k + 5) and (
                doc[after].lower_ in self.cues.report_fillers or doc[after].is_space
            ):  # ("REPORTED TODAY\nTHAT": a line break of the wire text between)
                after += 1
            if after >= len(doc):
                return
            if doc[after].lower_ in _PRONOUNS and not upper and after < sent.end:
                after -= 1  # "trump claims he brokered it": the report word read as a noun
            elif doc[after].lower_ not in ("that", '"', "“", ":"):
                return
            quote = after + 1 if doc[after].text == ":" else after
            before = doc[sent.start:k]
            if any(t.lower_ in self.said_forms or not (
                t.is_alpha or t.is_space or t.text in ("'s", "’s", "-")) for t in before):
                return
            speaker = self._word_speaker(cx, sent.start, k)
            if speaker is not None:
                speech.that_speaker, speech.that_at = speaker, after
                speech.that_end = len(doc) if upper else sent.end
                if quote < len(doc) and doc[quote].text in _QUOTES:  # 'SAID: "..."': the quote
                    speech.that_end = min(speech.that_end, self._quote_end(doc, quote))
            return

    def end_sentence(self, cx: CodingContext, sent: Span) -> None:
        """Remember the sentence's speaker for "It added ...", "X said: ..." and a quote
        that goes on into the next sentence."""
        speech = cx.speech
        root = sent.root
        speaker = None
        if self._is_report(root):
            speaker = self._speaker_of(cx, root)
        elif not root.pos_:  # left unparsed: read from the words
            speaker = self._unparsed_speaker(cx, sent)
            if speaker is not None and speaker.token.lower_ in _PRONOUNS:
                speaker = speech.last_speaker  # "..., he said.": the one before, still
        else:
            speaker = self._according_to(cx, sent)
        if speaker is not None and speaker.span is not None and (
            speech.that_speaker is not None and speech.that_speaker.span is None
            and speech.that_speaker.token.i == speaker.token.i
        ):  # "THE ARMY REPORTED THAT ...": the speaker read from the words, now with its id
            speech.that_speaker = speaker
        if speaker is not None and (speaker.span is not None or
                                    speaker.token.lower_ not in _PRONOUNS):
            speech.last_speaker, speech.speaker_at = speaker, speech.sentence
        was_open = speech.open_quote
        for k, kind in _marks(sent.doc, sent.start, sent.end):
            speech.open_quote = kind == "open" or (kind == "either" and not speech.open_quote)
            if speech.open_quote and kind == "either" and not was_open and (
                len([t for t in sent.doc[k + 1:sent.end] if t.is_alpha]) < 3
                or any(t.lower_ in self.said_forms for t in sent.doc[k + 1:sent.end])
            ):  # '...," MERINO STATED.': the mark closes a quote opened before the text
                speech.open_quote = False
        if speech.open_quote and not was_open:  # (a quote carried in goes on: its speaker's)
            speech.quote_speaker = (speaker if speech.speaker_at == speech.sentence
                                    else speech.quoted_by)
        elif not speech.open_quote:
            speech.quote_speaker = None

    def _according_to(self, cx: CodingContext, sent: Span) -> Argument | None:
        """The speaker a report phrase of ``sent`` names ("ACCORDING TO THE ARMED FORCES
        PRESS COMMITTEE, ...": the committee speaks on in "IT ALSO REPORTED THAT ...")."""
        if sent.start not in cx.speech.sources:
            cx.speech.sources[sent.start] = self.reader._reported_by(cx, sent)
        found, source = cx.speech.sources[sent.start]
        if not found or source is None or source.token.lower_ in _PRONOUNS:
            return None
        return self.named(cx, self.reader.infer(cx, source, None, sent)
                          if source.span is None else source)

    def record(self, cx: CodingContext, trigger: Token, event: Event, frame: Frame) -> None:
        claimed = frame.asserted_by is not None or frame.modality in ("reported", "denied")
        cx.speech.said.append(_Said(event, cx.speech.sentence, frame.asserted_by, claimed,
                                    cx.speech.accusers.get(trigger.i), trigger.i))

    # -- rebuttals ------------------------------------------------------------------------

    def rebuttals(self, cx: CodingContext) -> tuple[list[Event], list[Claim]]:
        """The contested pairs inside the post just coded: events (the author's assertion of
        what a speaker denied) and claims (``disputes``/``denies`` with the other side's
        sentence as evidence)."""
        speech = cx.speech
        events: list[Event] = []
        claims: list[Claim] = []
        seen: set[tuple[str, str]] = set()
        seen_in: set[tuple[str, int]] = set()

        def accused(said: _Said) -> None:
            """"X accused Y of P, which Y denies": P asserted by X, beside Y's denial."""
            by = said.accuser
            if by is None or (by.span is None and by.token.lower_ in _PRONOUNS) or (
                self._in_denied(cx, said, by.token) and not self._says(cx, by.token.head)
            ):
                return
            e = said.event
            by_id = by.actor
            copy = replace(e, id=stable_id(e.id, "accuser", by_id or by.text, prefix="ev_"),
                           asserted_by=by_id, asserted_by_text=by.text, modality="reported",
                           disputed=False)
            events.append(copy)
            claims.append(Claim(stable_id(copy.id, "asserts", prefix="cl_"), copy.id, by_id,
                                "asserts", copy.evidence, by.text))

        def dispute(said: _Said, by: Argument | None, sent: Span, stance: str,
                    copy: bool = True) -> None:
            if by is not None and by.span is None and by.token.lower_ in _PRONOUNS and (
                by.token.i not in speech.lone_deniers
            ):
                return  # "they": nobody the claim could name
            by_id = by.actor if by is not None else None
            by_text = by.text if by is not None else None
            if said.speaker is not None and by is not None and _same_speaker(said.speaker, by):
                return
            if said.speaker is None and by is None:
                return  # the author against the author
            sp = said.speaker
            if sp is not None and sp.actor is None and sp.span is None and (
                sp.token.lower_ in _PRONOUNS | {"who", "which", "that"}
            ):
                return  # "he said ...": a claim of nobody the pair could name
            if speech.sentences[said.sent].text.rstrip(' "\'\u201d').endswith("?"):
                return  # "Is it true a ransom has been demanded?": asked, not claimed
            key = (said.event.id, by_id or by_text or "")
            if key in seen or (said.event.id, sent.start) in seen_in:
                return  # one counter-claim per event and answering sentence
            seen.add(key)
            seen_in.add((said.event.id, sent.start))
            evidence = self._evidence(cx, sent)
            e = said.event
            if (e.modality == "denied" or e.negated) and stance == "disputes" and copy:
                # "X denied P, but ...", "X insists its troops never fired; Y says
                # otherwise": the other side asserts P, as an event of its own (a claim on
                # a denial would stand for its denier), unless the text already tells it so
                if any(t.event.type == e.type and (t.event.source, t.event.target) == (
                    e.source, e.target) and not t.event.negated and t.event.modality in (
                        "asserted", "reported") and t.event.asserted_by == by_id
                       for t in speech.said):
                    return
                answer = [t for t in speech.said if t is not said and t.event.evidence.start
                          == evidence.start and not t.event.negated and t.event.modality in (
                              "asserted", "reported")]
                if e.modality != "denied" and answer:
                    # "Belarus says it poses no threat to its neighbours. Its army
                    # nonetheless rehearsed strikes on them": the answer's own events, which
                    # the speaker's words dispute
                    sp = said.speaker
                    for t in answer:
                        claims.append(Claim(
                            stable_id(t.event.id, "disputes", e.id, prefix="cl_"), t.event.id,
                            sp.actor if sp is not None else None, "disputes", e.evidence,
                            sp.text if sp is not None else None))
                    return
                counter = replace(
                    e, id=stable_id(e.id, "counter", by_id or "", prefix="ev_"),
                    evidence=evidence, asserted_by=by_id,
                    asserted_by_text=by.text if by is not None else cx.post.author,
                    modality="reported" if by is not None else "asserted", disputed=False,
                    negated=False,
                    confidence=round(max(0.1, e.confidence - 0.1), 2))
                events.append(counter)
                claims.append(Claim(stable_id(counter.id, "asserts", prefix="cl_"), counter.id,
                                    by_id, "asserts", evidence, by_text))
                return
            claims.append(Claim(stable_id(e.id, stance, by_id or by_text or "", evidence.start,
                                          prefix="cl_"), e.id, by_id, stance,  # type: ignore[arg-type]
                                evidence, by_text))

        def accusation(said: _Said, by: Argument, sent: Span, stance: str) -> None:
            """The accuser's charge as its own assertion, answered by the accused."""
            e = said.event
            key = (e.id, "charge")
            if key in seen or by.actor is None:
                return
            seen.add(key)
            charge = replace(e, id=stable_id(e.id, "charge", e.source or "", prefix="ev_"),
                             asserted_by=e.source, asserted_by_text=e.source_text,
                             modality="reported", disputed=False)
            evidence = self._evidence(cx, sent)
            events.append(charge)
            claims.append(Claim(stable_id(charge.id, "asserts", prefix="cl_"), charge.id,
                                e.source, "asserts", charge.evidence, e.source_text))
            claims.append(Claim(stable_id(charge.id, stance, by.actor, prefix="cl_"), charge.id,
                                by.actor, stance, evidence, by.text))  # type: ignore[arg-type]

        def origin_of(said: _Said, attacker: tuple[str | None, str], holder: Argument | None,
                      sent: Span, contest: bool = True) -> None:
            """The attack as the finding tells it (``attacker`` its source: id and words;
            not denied),
            held by ``holder`` (``None``: the author), disputing the speaker's account; a
            speaker's denial of its own side's attack is answered by the finding's account
            alone, which the store merges with the denial (a claim on a denial would stand
            for its denier)."""
            e = said.event
            key = (e.id, "origin")
            if key in seen:
                return
            seen.add(key)
            denial = e.negated or e.modality == "denied"
            if not denial and contest:
                dispute(said, holder, sent, "disputes", copy=False)
            evidence = self._evidence(cx, sent)
            by_id = holder.actor if holder is not None else None
            by_text = holder.text if holder is not None else None
            source, source_text = (e.source, e.source_text) if denial else attacker
            counter = replace(
                e, id=stable_id(e.id, "origin", attacker[0] or "", prefix="ev_"),
                evidence=evidence, source=source, source_text=source_text,
                asserted_by=by_id, asserted_by_text=by_text or cx.post.author,
                modality="reported" if holder is not None else "asserted", negated=False,
                disputed=False, confidence=round(max(0.1, e.confidence - 0.1), 2))
            events.append(counter)
            claims.append(Claim(stable_id(counter.id, "asserts", prefix="cl_"), counter.id,
                                by_id, "asserts", evidence, by_text))

        def proposition(claim: tuple[Argument, int, int, bool], by: Argument | None,
                        sent: Span, stance: str) -> bool:
            """The contest over words a speaker said that code no event ("Baku insists its
            troops never crossed into Armenia. Satellite images say otherwise"): the
            speaker ``asserts`` them, ``by`` (``None``: the author) denies or disputes
            them, two claims on one topic; where the speaker denied the words (the
            claim's last item), it ``denies`` them and ``by`` asserts them ("Hezbollah
            denies storing weapons at the port, but Israeli officials say ..."). The other
            side must be another party."""
            speaker, a, b, denied = claim
            if by is not None and (_same_speaker(speaker, by) or (
                by.span is None and by.token.lower_ in _PRONOUNS
                and by.token.i not in speech.lone_deniers
            ) or self._one_state(speaker.actor, by.actor)):
                return False
            doc = cx.doc
            a, b = self._claimed_content(doc, a, b)
            words = doc[a:b]
            topic = stable_id(cx.post.doc, cx.post.post, words.start_char, words.end_char,
                              prefix="tp_")
            key = (topic, by.actor or by.text if by is not None else "")
            if key in seen:
                return False
            seen.add(key)
            said_in = doc[speaker.token.i].sent
            common = dict(topic=topic, proposition=words.text,
                          proposition_start=words.start_char, proposition_end=words.end_char)
            first, stance = ("denies", "asserts") if denied else ("asserts", stance)
            if (topic, first) not in seen:
                seen.add((topic, first))
                claims.append(Claim(stable_id(topic, first, prefix="cl_"), None,
                                    speaker.actor, first, self._evidence(cx, said_in),  # type: ignore[arg-type]
                                    speaker.text, **common))  # type: ignore[arg-type]
            claims.append(Claim(
                stable_id(topic, stance, key[1], prefix="cl_"), None,
                by.actor if by is not None else None, stance,  # type: ignore[arg-type]
                self._evidence(cx, sent), by.text if by is not None else None,
                **common))  # type: ignore[arg-type]
            return True

        alone: list[tuple[Argument, Span, tuple[int, int]]] = []  # denials with no other side
        self._confirmations(cx)
        self._credited(cx)
        for said, owner in self._dismissed_reports(cx):
            if owner is not None:
                # "Islamabad dismissed Indian reports that its army had shelled villages":
                # the reports' owner asserts what the dismisser denies
                e = said.event
                owned = replace(e, id=stable_id(e.id, "report", owner.actor or owner.text,
                                                prefix="ev_"),
                                asserted_by=owner.actor, asserted_by_text=owner.text,
                                modality="reported", disputed=False)
                events.append(owned)
                claims.append(Claim(stable_id(owned.id, "asserts", prefix="cl_"), owned.id,
                                    owner.actor, "asserts", owned.evidence, owner.text))
        by_sent: dict[int, list[_Said]] = {}
        denials_at: dict[int, list[tuple[int, _Said]]] = {}  # denials by sentence, in order
        for k, said in enumerate(speech.said):
            by_sent.setdefault(said.sent, []).append(said)
            if said.event.modality == "denied":
                accused(said)
                denials_at.setdefault(said.sent, []).append((k, said))
        for j, sent in enumerate(speech.sentences):
            mine = list(by_sent.get(j, ()))  # (by sentence: the post's events read once)
            answers = self._answers(cx, sent)
            for s in self._told_before_answer(cx, sent, answers):
                # "... drove out 200,000 Serb civilians; Zagreb insisted they left of their
                # own accord": the author's account, which the answer after it disputes
                self._to_author(cx, s)
            marker = self._counter_marker(sent)
            shown = marker is None and j > 0 and self._evidence_shows(sent)
            if shown:
                marker = sent[0]
            if marker is not None:
                # P: the claimed events before the marker, in this sentence or the last
                before = [s for s in mine if s.claimed and s.event.evidence.start < marker.idx
                          and self._token_at(cx, s) < marker.i]
                if not before and j > 0:
                    before = [s for s in speech.said if s.sent == j - 1 and s.claimed]
                if not before and j > 1 and not any(s.sent == j - 1 for s in speech.said):
                    # the claim two sentences back, with only words between ("Moscow says
                    # its jets hit militants. It gave no details. In reality, ...")
                    before = [s for s in speech.said if s.sent == j - 2 and s.claimed
                              and s.speaker is not None]
                after = [s for s in mine if self._token_at(cx, s) >= marker.i]
                if shown:
                    # "Flight records show a MiG-29 escorted the plane": evidence with no
                    # counter word answers a speaker's denial, or shows the speaker's own
                    # side at what it spoke of ("Beijing says its coast guard acted with
                    # restraint. Video ... shows a Chinese vessel firing a water cannon")
                    before = [s for s in before if s.speaker is not None and (
                        s.event.modality == "denied" or s.event.negated
                        or self._said_none(cx, s) or any(
                            self._same_side(t.event.source, s.speaker.actor) for t in after))]
                by = (self._otherwise_speaker(cx, sent) or self._evidence_holder(cx, sent, marker)
                      or self._counter_speaker(after) or next(
                          (a for v, a, kind in answers if kind in ("deny", "refute")
                           and v.i >= marker.i), None))  # ("X, however, denies this report")
                if by is None and not after and self._opens_contrast(sent) and not any(
                    _at(sent.doc, k, sent.end, phrase) for k in range(sent.start, sent.end)
                    for phrase in self.cues.counter_markers
                ):
                    before = []  # "However, talks will continue": nothing said against it
                judged = self._judged_false(sent)
                for s in before:
                    if by is not None and s.speaker is not None and s.sent == j and (
                        _same_speaker(s.speaker, by)
                    ):
                        # "Kigali maintains that its soldiers are not fighting in Congo, but
                        # UN experts say otherwise": the claim is the first clause's speaker's
                        first = self._first_speaker(cx, s, marker)
                        if first is not None:
                            self._reattribute(cx, s, first)
                    if judged and (s.event.modality == "denied" or s.event.negated):
                        continue  # "X denied that P. The report of P is false": agreeing
                    if by is not None and s.speaker is not None and self._one_state(
                        s.speaker.actor, by.actor
                    ):  # "Kyiv said ... In reality the toll may be higher, local officials
                        continue  # warned": one state's voices adding to each other
                    dispute(s, by, sent, "disputes")
                doubt = any(self._doubt_at(sent.doc, k, sent.end)
                            for k in range(marker.i, sent.end))
                if not before and not after and not (by is None and self._opens_contrast(
                        sent) and not shown):
                    # the words before the marker code no event: "Kigali maintains that its
                    # soldiers are not fighting in Congo, but UN experts say otherwise",
                    # "caracas insists its troops never crossed into guyana. satellite
                    # pictures say otherwise"
                    claim = self._bare_claim(cx, sent, marker.i) if marker.i > sent.start + 2 \
                        else None
                    if claim is None and j > 0:
                        claim = self._bare_claim(cx, speech.sentences[j - 1])
                    if claim is not None:
                        proposition(claim, by, sent, "disputes")
                teller = self._bare_report(cx, speech.sentences[j - 1]) if j > 0 and not (
                    before or doubt) else None
                if teller is not None:
                    # "Moscow describes its operation as a campaign against terrorists only.
                    # In reality, its jets have bombed hospitals": the speaker's words (no
                    # event of their own) dispute the account after the marker
                    for s in after:
                        if not shown or self._same_side(s.event.source, teller.actor):
                            dispute(s, teller, speech.sentences[j - 1], "disputes")
            if marker is None and j > 0:
                for s, pleader in self._account_after_plea(cx, j, mine):
                    # "China says its coast guard acted professionally. Manila says Chinese
                    # vessels rammed a Philippine supply boat": the plea disputes the account
                    dispute(s, pleader, speech.sentences[j - 1], "disputes")
            falsely = self._falsely_claimed(cx, sent, mine)
            false_report = not falsely and self._false_report(sent)
            counter = self._next_account(cx, j) if falsely or false_report else None
            for s in falsely:
                # "houthis falsely claimed they sank a us destroyer. cent com says no ship
                # was hit": the author calls it false on the word of the next speaker, who
                # holds the other side (else the author does)
                if counter is not None and s.speaker is not None and not _same_speaker(
                        s.speaker, counter):
                    dispute(s, counter, speech.sentences[j + 1], "disputes")
                else:
                    dispute(s, None, sent, "disputes")
            if false_report:
                # "Trump falsely claimed that Mexico paid for the wall": words that code
                # no event, the speaker's against the author's (or the next speaker's)
                claim = self._bare_claim(cx, sent, one_noun=True)
                if claim is not None:
                    proposition(claim, counter, sent if counter is None
                                else speech.sentences[j + 1], "disputes")
            holder = self._contrary_holder(cx, sent, by_sent.get(j - 1, []))
            if holder is not None:
                # "X says P. Contrary to X's claims, UN experts found Q": X's P disputed
                by = self._evidence_holder(cx, sent, sent[0])
                for s in mine:
                    # (the author's account, or another speaker's: "Despite Minsk's denials,
                    # Belarusian troops helped ..., according to Ukrainian intelligence")
                    if self._inside(cx, s, holder.token):
                        continue
                    if s.speaker is None and by is not None and by.span is not None and (
                        by.token.i > self._token_at(cx, s) >= 0
                    ) and not _same_speaker(by, holder):
                        # "Contrary to Abu Dhabi's statements, weapons ... ended up with the
                        # RSF, a UN panel found": the finding after the clause holds it
                        self._reattribute(cx, s, by)
                    dispute(s, holder, sent, "denies")
                for s in speech.said:
                    if s.sent in (j - 1, j - 2) and s.speaker is not None and (
                        _same_speaker(s.speaker, holder)
                    ):
                        dispute(s, by, sent, "disputes")
            for verb, answer, kind in answers:
                answered = len(claims)
                refuted = self._refuted(cx, verb, answer, j) if kind == "refute" else []
                owner = self._said_owner(cx, verb) if kind in ("deny", "refute") else None
                for s in speech.said:
                    if owner is not None and not self._owned_by(s, owner):
                        continue  # "denied the charges made by the armed forces": theirs only
                    if any(r is s for r in refuted) and s.sent == j and (
                        self._token_at(cx, s) > verb.i
                    ):
                        # "Larios rejected the FMLN charges against officers, who it accused
                        # of masterminding the killing": what the charge says, denied
                        dispute(s, answer, sent, "denies")
                        continue
                    earlier = s.sent in (j - 1, j - 2) or (
                        s.sent == j and self._token_at(cx, s) < self._clause_start(verb)
                    ) or (s.sent < j and any(r is s for r in refuted))
                    if earlier and kind in ("deny", "answer", "refute") and self._accusation_of(
                        s.event, answer
                    ) and not any(t.sent == s.sent and t.speaker is not None
                                  and t.event.type not in _SPEECH_ACTS for t in speech.said):
                        # "saf blames rsf with uae support. abu dhabi calls it baseless": the
                        # accuser asserts what it charges (no act it charges coded: "accusing
                        # X of arming Y" has its own), the accused denies it
                        accusation(s, answer, sent, "disputes" if kind == "answer" else "denies")
                        continue
                    if not earlier or s.event.type in _SPEECH_ACTS or (
                        s.speaker is not None and _same_speaker(s.speaker, answer)
                    ):
                        continue
                    if kind in ("answer", "deny", "refute") and s.speaker is not None and (
                        s.speaker.actor is not None and answer.actor is not None
                    ) and not any(r is s for r in refuted) and (  # (refuted: sides weighed)
                        answer.actor.startswith("PER.") or s.speaker.actor.startswith("PER.")
                    ) and self._same_side(answer.actor, s.speaker.actor):
                        continue  # "the Salvadoran president said ... Cristiani insists": one voice
                    if kind == "account" and (s.speaker is None or _country(
                        s.speaker.actor) == _country(answer.actor) or self._serves(
                            answer.actor, s.speaker.actor) or self._serves(
                            s.speaker.actor, answer.actor)):  # ("Israel Katz": ISR.GOV)
                        continue  # a second account opposes a named speaker's, not an ally's
                    if kind == "contrast" and s.speaker is not None and s.sent != j:
                        dispute(s, answer, sent, "disputes")
                    elif self._accused(s.event, answer) and not (
                        kind in ("deny", "refute")
                        and verb.lemma_.lower() not in self.reader.denial_verbs
                        and self._offered(cx, s)
                    ) and not (  # "Somalia rejected it": the deal it rejects, not the fact
                        kind not in ("deny", "refute") and self._blames(s.event, answer, mine)
                    ) and not self._responds(cx, kind, verb, answer, s, mine) and not (
                        kind == "deny" and self._denies_another(cx, verb, s.event, mine)
                    ) and not (kind == "account" and any(
                        self._one_story(s, s.speaker, t, answer)  # type: ignore[arg-type]
                        for t in mine if t.speaker is not None and _same_speaker(t.speaker, answer)
                    )):  # ("... the Houthis struck a ship. The Houthis said they hit it")
                        dispute(s, answer, sent, "disputes" if kind in ("account", "answer",
                                                                        "contrast") else "denies")
                    elif any(r is s for r in refuted):
                        # "USIS reported that the guerrillas killed the attorney general. Ungo
                        # and Zamora denied the charges": whoever denies what a named speaker
                        # said, accused or not
                        dispute(s, answer, sent, "denies")
                    elif kind in ("account", "answer") and s.sent == j - 1 and (
                        self._own_denial(s) and answer.actor is not None
                        and not self._same_side(answer.actor, s.speaker.actor)  # type: ignore[union-attr]
                    ) and not self._calls_false(verb):
                        # ("X denied that peasants ambushed the patrol. Y: the report of an
                        # ambush is false": agreeing with the denial)
                        # "The Kremlin said Russian troops never shelled the plant. IAEA
                        # inspectors reported that the shells came from Russian positions"
                        dispute(s, answer, sent, "disputes", copy=False)
                    elif kind in ("account", "answer") and self._told_otherwise(
                            cx, verb, answer, s, j):
                        # "Beijing said its coast guard expelled a Philippine vessel. Manila
                        # said the boat completed its mission": another side's account of how
                        # the claimed act came out, in words that code no act of their own
                        dispute(s, answer, sent, "disputes", copy=False)
                if len(claims) == answered and kind in ("answer", "account") and any(
                    t.lower_ in self.cues.unharmed_words for t in verb.subtree
                ):
                    # "The Houthis said their missile hit an Israeli-owned tanker. CENTCOM
                    # said the missile fell harmlessly into the water": another side's
                    # account of the same thing, in words that code no act of their own
                    for s in self._retold(cx, verb, answer, j, mine):
                        dispute(s, answer, sent, "disputes", copy=False)
                if len(claims) == answered and (kind in ("deny", "refute") or (
                    kind == "answer" and self._answers_in_words(verb)
                )):
                    # nothing coded answered: a speaker's words that code no event, just
                    # before ("Venezuela says Guyana lets US troops use its territory.
                    # Georgetown calls that a fabrication"); else a denial alone
                    start = self._clause_start(verb)
                    claim = self._bare_claim(cx, sent, start) if start > sent.start + 2 else None
                    if claim is None and j > 0 and not any(s.sent == j - 1 for s in speech.said):
                        claim = self._bare_claim(cx, speech.sentences[j - 1])
                    stance = "disputes" if kind == "answer" else "denies"
                    span = self._denied_words(verb) if kind in ("deny", "refute") else None
                    owner = self._said_owner(cx, verb) if span is not None else None
                    as_said = self._as_said(cx, verb) if span is not None and owner is None \
                        else None
                    if as_said is not None and span is not None:
                        owner = as_said[0]
                        end = as_said[1]
                        while end > span[0] and sent.doc[end - 1].is_punct:
                            end -= 1
                        span = (span[0], min(span[1], end))
                    but = self._but_after(sent, verb.i) if span is not None else None
                    holder = self._evidence_holder(cx, sent, but) if but is not None else None
                    if owner is not None and span is not None and span[1] - span[0] > 1 and (
                        owner.span is not None or owner.token.lower_ not in _PRONOUNS
                    ):
                        # "the director denied the M-20's claim that it was holding a
                        # student", "Cristiani denied that the guerrillas have liberated
                        # territories, as the FMLN announced": whose words it denies
                        proposition((owner, *span, False), answer, sent, "denies")
                    elif claim is not None:
                        proposition(claim, answer, sent, stance)
                    elif kind == "deny" and span is not None and holder is not None:
                        # "Hezbollah denies storing weapons at the port, but Israeli
                        # officials say ...": the denied words, asserted after "but"
                        proposition((answer, *span, True), holder, sent, "asserts")
                    elif kind == "deny" and span is not None and not any(
                            s.sent == j for s in speech.said):
                        alone.append((answer, sent, span))
            if j > 0 and self._scare_quoted(sent):
                # "... dozens of kids dead. the coalition says it was a "legitimate military
                # action"": a named speaker's words in quotes, after the author's own account
                own = [s for s in speech.said if s.sent < j and s.speaker is None
                       and not s.claimed]
                for s in mine:
                    # (the author's account of the same kind of act: "the ELN released Mesa.
                    # According to the guerrillas, Porras was "disappeared" by the army"
                    # quotes the speaker's word, it answers nothing)
                    told = [o for o in own if o.event.type == s.event.type]
                    if told and s.speaker is not None and s.speaker.actor is not None:
                        dispute(s, None, speech.sentences[told[-1].sent], "disputes")
            for verb, denier, denied in self._role_denials(cx, sent, mine):
                # "A drone struck an oil refinery overnight. Kyiv denied any role in the
                # attack", "...; al-Shabaab denied carrying it out": the denier answers the
                # author's own account of the act just before
                for s in speech.said:
                    if s.event.type in _SPEECH_ACTS or s.event.modality == "denied" or not (
                        denied is None or s.event.type == denied
                    ) or not (
                        s.sent == j - 1 or (s.sent == j and 0 <= self._token_at(cx, s) < verb.i
                                            and not self._adverbial_of(cx, s, verb))
                    ):
                        continue
                    if s.speaker is None and not s.claimed and not self._under_report(cx, s):
                        dispute(s, denier, sent, "denies")
                    elif s.speaker is not None and s.speaker.span is not None and (
                        s.speaker.actor is None or denier.actor is None
                        or not self._same_side(s.speaker.actor, denier.actor)
                    ):  # "The army claimed that a guerrilla commando killed him. However, the
                        # guerrilla group denied any responsibility"
                        dispute(s, denier, sent, "denies")
            charges = frozenset(self._token_at(cx, s) for s in mine if s.event.type == "ACCUSE")
            for verb, denier in self._relative_denials(cx, sent, charges):
                # "india says it shot down drones sent by pakistan, which denies launching
                # any": the one named inside the account denies what comes before; "Niger's
                # junta accuses France of training jihadists, a charge Paris denies": the
                # charge, answered by the accused
                if not any(self._token_at(cx, s) < verb.i for s in mine):
                    # "Azerbaijan says Armenian forces fired first, a claim Yerevan rejects"
                    # with nothing coded before: the words the claim noun stands for
                    claim = self._bare_claim(cx, sent, verb.head.left_edge.i)
                    if claim is not None:
                        proposition(claim, denier, sent, "denies")
                for s in mine:
                    if self._token_at(cx, s) >= verb.i or (
                        s.speaker is not None and s.speaker.actor is not None
                        and self._same_side(s.speaker.actor, denier.actor)
                    ):
                        continue
                    if self._accusation_of(s.event, denier) and not any(
                        t.sent == j and t.speaker is not None and t.event.type not in _SPEECH_ACTS
                        for t in speech.said
                    ):
                        accusation(s, denier, sent, "denies")
                    elif s.event.type not in _SPEECH_ACTS and not self._charge_vehicle(
                            verb, charges):
                        dispute(s, denier, sent, "denies", copy=False)
                    elif s.event.type == "ACCUSE" and s.event.target is None and (
                        s.event.source is not None and denier.actor is not None
                        and not self._same_side(s.event.source, denier.actor)
                        and self._token_at(cx, s) in {a.i for a in verb.head.ancestors}
                    ):  # "condemned the abuses in a resolution that Pyongyang's envoy
                        # rejected": a charge naming no actor as its target, answered by the
                        # one who rejects the act that makes it
                        accusation(s, denier, sent, "denies")
            origin = self._origin(cx, sent)
            if origin is not None:
                # "Moscow said a Ukrainian missile struck the market. Debris examined by
                # investigators came from a Russian Buk missile": the other side named as
                # the attacker, by whoever holds the finding
                phrase, attacker, holder = origin
                for s in speech.said:
                    if (s.sent == j - 1 or (s.sent == j and self._token_at(cx, s) < phrase)) and (
                        s.event.type == "ASSAULT" and s.speaker is not None
                        and s.speaker.actor is not None and s.event.source is not None
                        and self._same_side(attacker.actor, s.event.source) == (
                            s.event.negated or s.event.modality == "denied")
                    ):  # (or the very side a denial clears: "... never shelled the plant")
                        origin_of(s, (attacker.actor, attacker.text), holder, sent)
            for s, by in self._counter_blame(cx, j, mine):
                # "The army blamed the FMLN for the massacre. The FMLN blamed the army":
                # the first charge (what it charges, else the charge itself) disputed by
                # the side it blames, which blames the accuser in turn
                charged = [c for c in speech.said if c.sent == s.sent and c is not s
                           and c.event.type not in _SPEECH_ACTS and not c.event.negated
                           and c.event.asserted_by is not None
                           and c.event.asserted_by == s.event.source
                           and self._same_side(c.event.source, by.actor)]
                for c in charged:
                    dispute(c, by, sent, "disputes", copy=False)
                if not charged:
                    accusation(s, by, sent, "disputes")
            for s, t, blamer in self._blamed_acts(cx, j, mine):
                # "Shells hit a camp. Moscow blamed Kyiv for the deaths": the act told
                # before, as the blamer tells it (the blamed its doer), against the first
                # account where that one named a doer of its own
                origin_of(s, (t.event.target, t.event.target_text or ""), blamer, sent,
                          contest=s.event.source is not None
                          and s.speaker is not None)
            for s, t in self._rival_accounts(cx, by_sent.get(j - 1, []), mine):
                dispute(s, t.speaker, sent, "disputes", copy=False)
            for s, keeper in self._ground_kept(cx, sent, by_sent.get(j - 1, [])):
                # "The SAF says it took back Bahri. RSF fighters still hold half the
                # district, per local monitors": the ground still held answers the capture
                dispute(s, keeper, sent, "disputes", copy=False)
            for s, t in self._own_side_cleared(cx, by_sent.get(j - 1, []), mine):
                # "A missile struck the station, killing 50. The Kremlin said Russian forces
                # had not carried out any strike on the city": the speaker's account that its
                # own side did no such act answers the one just told
                dispute(s, t.speaker, sent, "denies", copy=False)
            for s in self._denied_told(cx, sent, mine):
                # "A car bomb killed nine soldiers; al-Shabaab denied responsibility": the
                # author tells what the denier denies a part in (the author's assertion of
                # the denied event, which the store merges with the denial)
                dispute(s, None, sent, "disputes")
            # (only a denial of this sentence or the last can be answered here)
            for _, s in sorted(denials_at.get(j - 1, []) + denials_at.get(j, []),
                               key=lambda d: d[0]):
                # "X denied P, but investigators traced ...": the other side of a denial
                if s.sent == j or (s.sent == j - 1 and self._opens_contrast(sent)):
                    but = self._but_after(sent, self._token_at(cx, s) if s.sent == j else -1)
                    if but is not None:
                        dispute(s, self._evidence_holder(cx, sent, but), sent, "disputes",
                                copy=False)
                if s.sent == j - 1 and not mine:
                    # "Kigali denied that its troops were in Congo. UN experts photographed
                    # Rwandan soldiers near Goma": who found the denier's own side there
                    finder = self._finder_of(cx, sent, s.event.source)
                    if finder is not None:
                        dispute(s, finder, sent, "disputes")
                # "X denied bombing the theatre. Survivors point to a Russian air strike":
                # another's account of the same kind of act by the same side
                for t in by_sent.get(j, ()):
                    if t.sent in (j,) and s.sent in (j - 1, j) and t is not s and (
                        t.event.type == s.event.type and t.event.modality == "reported"
                        and t.speaker is not None and s.speaker is not None
                        and not _same_speaker(t.speaker, s.speaker)
                        and self._same_side(t.event.source, s.event.source)
                    ):
                        dispute(s, t.speaker, sent, "disputes", copy=False)  # t is its own
        for answer, sent, (a, b) in alone:
            # "Kyiv denied any involvement": a denial claim alone (no contest), unless the
            # denial's sentence answers something already (the author's account of the act)
            if any(c.stance != "asserts" and c.evidence.start == sent.start_char
                   for c in claims):
                continue
            a, b = self._claimed_content(sent.doc, a, b)
            words = sent.doc[a:b]
            topic = stable_id(cx.post.doc, cx.post.post, words.start_char, words.end_char,
                              prefix="tp_")
            claims.append(Claim(stable_id(topic, "denies", prefix="cl_"), None, answer.actor,
                                "denies", self._evidence(cx, sent), answer.text, topic,
                                words.text, words.start_char, words.end_char))
        return events, claims

    def _claimed_content(self, doc: Any, a: int, b: int) -> tuple[int, int]:
        """The words [a, b) of a proposition cut to what was claimed: where they name the
        saying ("the malicious accusations made by the FMLN that the attack had been carried
        out by the army", "a report by UN experts that Rwandan troops ...", "statements by
        military chiefs who said that ..."), the clause after its "that", up to a comma and
        "because"/"although" that gives the denier's grounds; a quote left open at either
        end closed by the quote mark beside it, else dropped."""
        saying = self.cues.answered_objects - _PRONOUNS - {"this", "that", "them", "these"}
        for k in range(a + 1, min(b - 2, a + 14)):
            if doc[k].lower_ != "that" or doc[k - 1].is_punct:
                continue
            if any(t.lower_ in saying or t.lemma_.lower() in saying or self._is_report(t)
                   for t in doc[max(a, k - 8):k]):
                a = k + 1
                break
        for k in range(a + 3, b - 1):
            if doc[k].text == "," and doc[k + 1].lower_ in ("because", "although", "since"):
                b = k
                break
        quotes = [t.i for t in doc[a:b] if t.text in _QUOTES]
        if len(quotes) % 2:
            close = next((k for k in (b, b + 1) if k < len(doc) and doc[k].text in _QUOTES
                          and all(doc[m].text in (",", ".") for m in range(b, k))), None)
            if close is not None and quotes[-1] > a:
                b = close + 1  # 'have "liberated territories' + its closing mark (',"')
            elif quotes[0] == a:
                a += 1
            elif quotes[-1] == b - 1:
                b -= 1
        return a, b

    @staticmethod
    def _scare_quoted(sent: Span) -> bool:
        """Whether ``sent`` quotes a label of a few words (one to four, no preposition,
        article or pronoun), not what was said: 'it "liberated" the city', 'a "legitimate
        military action"'; not 'they're "ready for a ceasefire"'."""
        for m in _SCARE_QUOTE.finditer(sent.text):
            words = sent.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if words is not None and len(words) <= 4 and not any(
                t.pos_ in ("ADP", "DET", "PRON") for t in words
            ):
                return True
        return False

    def _under_report(self, cx: CodingContext, said: _Said) -> bool:
        """Whether the event's trigger hangs on a report verb, or follows a report word of
        its sentence ("commanders boasted that they had shot down ..."): someone's words,
        even where no speaker was read for them."""
        at = self._token_at(cx, said)
        if at < 0:
            return False
        trigger = cx.doc[at]
        return any(self._is_report(t) for t in trigger.ancestors) or any(
            t.lower_ in self.said_forms for t in cx.doc[trigger.sent.start:at])

    def _adverbial_of(self, cx: CodingContext, said: _Said, verb: Token) -> bool:
        """Whether the event's trigger sits in an adverbial clause of ``verb`` ("When it
        emerged that the aircraft was MH17, they denied any involvement"): the
        circumstance of the denial, not what it answers."""
        t = cx.doc[self._token_at(cx, said)]
        path = [t, *t.ancestors]
        return any(a.dep_ == "advcl" and a.head.i == verb.i for a in path)

    def _role_denials(self, cx: CodingContext, sent: Span, mine: list[_Said]
                      ) -> list[tuple[Token, Argument, str | None]]:
        """(verb, denier, type) of the clauses of ``sent`` in which a named speaker denies a
        part in an act: a denial verb whose object is a role ("Kyiv denied any role",
        "JNIM denies involvement": type ``None``, any act) or whose clause points back to
        the act with no event of its own ("denied that the military perpetrated it",
        "denied that its ship had dragged an anchor across them"), or one whose denied
        event the coder read ("Iran denied firing them": that event's type)."""
        out: list[tuple[Token, Argument, str | None]] = []
        triggers = {self._token_at(cx, s) for s in mine}
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX") or (
                verb.lemma_.lower() not in self.reader.denial_verbs
            ) or self._no_denial(verb):
                continue
            role = any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.cues.role_nouns
                       for c in verb.children) or any(
                c.dep_ == "ccomp" and not any(t.i in triggers for t in c.subtree) and any(
                    t.lower_ in ("it", "them") and t.dep_ in ("dobj", "pobj")
                    for t in c.subtree)
                for c in verb.children)
            # (a second verb of one subject: "condemned the attack and denied that the
            # military perpetrated it")
            holder = verb.head if role and verb.dep_ == "conj" and not any(
                c.dep_ == "nsubj" for c in verb.children) else verb
            subject = max((c for c in holder.children if c.dep_ == "nsubj" and c.i < verb.i),
                          key=lambda c: c.i, default=None)
            if subject is None:
                continue
            # the subject nearest the verb as named ("(OPPES) HOWEVER, THE ARMED FORCES HIGH
            # COMMAND DENIED INVOLVEMENT": not the transcript's speaker); else whom it stands
            # for ("it")
            denier = self._speaker_of(cx, verb) if subject.lower_ in _PRONOUNS else (
                self.reader.actor_arg(cx, subject))
            if denier is None or (denier.span is None and not (
                role and denier.token.pos_ in ("NOUN", "PROPN")
                and denier.token.lower_ not in _PRONOUNS
            )):  # (a denier the dictionary lacks only for a denied part: "the armed forces")
                continue
            if role:
                out.append((verb, denier, None))
                continue
            for s in mine:
                at = self._token_at(cx, s)
                if s.event.modality == "denied" and at >= 0 and s.speaker is not None and (
                    _same_speaker(s.speaker, denier)
                ) and verb.i in {t.i for t in cx.doc[at].ancestors}:
                    out.append((verb, denier, s.event.type))
                    break
        return out

    def _relative_denials(self, cx: CodingContext, sent: Span,
                          charges: frozenset[int] = frozenset()) -> list[tuple[Token, Argument]]:
        """(verb, denier) of "..., which denies ..." / "..., who denied it" clauses on an
        actor named in ``sent``, and of "..., a charge Paris denies" / "a claim Yerevan
        rejects" on what was said, or on the vehicle of a charge (a noun under an accusing
        trigger of ``charges``: "condemned the abuses in a resolution that Pyongyang's envoy
        rejected")."""
        out = []
        denials = self.reader.denial_verbs | {"reject", "dismiss"}
        for verb in sent:
            lemma = verb.lemma_.lower()
            said = verb.head.pos_ == "NOUN" and (bool(
                {verb.head.lemma_.lower(), verb.head.lower_}
                & (self.cues.claim_nouns | self.cues.answered_objects)) or self._charge_vehicle(
                    verb, charges)) or self._which_told(verb)
            misread = self._misread_denial(verb, denials)
            if misread is not None:
                # (the parser may read the verb after a name as a noun with the name on it:
                # "a claim Yerevan rejects" as "Yerevan rejects" beside "a claim", or "an
                # allegation Islamabad dismisses" as one noun phrase)
                lemma, said = next(iter(denials & _forms_of(verb.lower_))), True
            elif verb.dep_ != "relcl" or lemma not in denials:
                continue
            if self._no_denial(verb):
                continue
            if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "who") for c in verb.children):
                if said:
                    name = next((c for c in reversed(list(verb.lefts)) if misread is not None
                                 and c.dep_ == "compound" and c.pos_ == "PROPN"), None)
                    denier = self.reader.actor_arg(cx, name) if name is not None else (
                        self._speaker_of(cx, verb))
                    if denier is not None and denier.span is not None and denier.actor:
                        out.append((verb, denier))
                continue
            denier = self.reader.actor_arg(cx, verb.head)
            if denier.span is not None and denier.actor is not None and (
                lemma in self.reader.denial_verbs
            ):
                out.append((verb, denier))
        return out

    @staticmethod
    def _which_told(verb: Token) -> bool:
        """Whether relative ``verb`` acts on all that was told before its comma ("the army
        said it killed 15 FMLN fighters, which the FMLN denied"): its object "which"."""
        return any(c.dep_ in ("dobj", "obj") and c.lower_ == "which" and c.i > 0
                   and verb.doc[c.i - 1].text == "," for c in verb.children)

    def _charge_vehicle(self, verb: Token, charges: frozenset[int]) -> bool:
        """Whether the noun a relative ``verb`` hangs on is the vehicle of a charge (under an
        accusing trigger of ``charges`` and no claim noun itself): "condemned the shelling
        in a resolution that Damascus rejected" rejects the charge, not the shelling."""
        head = verb.head
        said = self.cues.claim_nouns | self.cues.answered_objects
        return head.pos_ == "NOUN" and not ({head.lemma_.lower(), head.lower_} & said) and any(
            a.i in charges for a in head.ancestors)

    def _misread_denial(self, token: Token, denials: frozenset[str]) -> Token | None:
        """The claim noun of a denial verb in the present the parser read as a noun after a
        name ("a claim Yerevan rejects", "an allegation Islamabad dismisses": the name a
        compound on "rejects"), else ``None``."""
        if token.pos_ != "NOUN" or token.dep_ not in ("appos", "relcl", "ROOT") or not (
            denials & _forms_of(token.lower_)
        ) or not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts):
            return None
        nouns = self.cues.claim_nouns | self.cues.answered_objects
        for t in (token.head, *token.lefts):
            if t.i < token.i and t.pos_ == "NOUN" and {t.lemma_.lower(), t.lower_} & nouns:
                return t
        return None

    def _denied_told(self, cx: CodingContext, sent: Span, mine: list[_Said]) -> list[_Said]:
        """The denied events of ``sent`` that the author tells before a semicolon, the
        denial after it with an object of its own ("X was killed on Wednesday; the RSF
        denied involvement", "rockets hit the Green Zone; Kataib Hezbollah denied any
        role"): the parser hangs the author's clause on the denial, as if it were denied."""
        out = []
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX") or (
                verb.lemma_.lower() not in self.reader.denial_verbs
            ) or not any(c.dep_ in ("dobj", "obj") for c in verb.children) or (
                self._no_denial(verb)
            ):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            denier = self._speaker_of(cx, verb) if subject is not None else None
            if subject is None or denier is None or denier.span is None:
                continue
            stop = next((t.i for t in reversed(sent[:subject.left_edge.i - sent.start])
                         if t.text == ";" and t.head == verb), None)
            told = [c for c in verb.children if c.dep_ == "ccomp" and stop is not None
                    and c.right_edge.i < stop]
            for s in mine:
                at = self._token_at(cx, s)
                if at < 0 or s.event.modality != "denied" or s.speaker is None or not (
                    _same_speaker(s.speaker, denier)
                ):
                    continue
                trigger = cx.doc[at]
                path = [trigger, *trigger.ancestors]
                if any(c in path for c in told) and not any(
                    self._is_report(t) or t.lemma_.lower() in self.reader.denial_verbs
                    for t in path[:path.index(verb)]
                ):
                    out.append(s)
        return out

    def _origin(self, cx: CodingContext, sent: Span
                ) -> tuple[int, Argument, Argument | None] | None:
        """(where its phrase starts, attacker, holder) of a finding of ``sent`` that names
        where an attack's remains came from ("Debris examined by investigators came from a
        Russian Buk missile"): read from the words (the prefilter leaves such a sentence
        unparsed). The attacker is the first actor named just after the phrase; the holder
        the maker of the remains ("examined by investigators") or the speaker of a report
        word before them ("UN monitors reported that the shells ..."), else ``None``."""
        doc = sent.doc
        cues = self.cues
        words, firsts = _lower_words(doc), _first_words(cues.origin_phrases)
        for k in range(sent.start + 1, sent.end):
            if firsts is not None and words[k] not in firsts:
                continue
            phrase = next((p for p in cues.origin_phrases if _at(doc, k, sent.end, p)), None)
            if phrase is None:
                continue
            nouns = [t for t in doc[sent.start:k] if t.lower_ in cues.origin_nouns]
            after = k + len(phrase)
            attacker = next((m for m in cx.mentions if after <= m.start <= after + 5
                             and m.end <= sent.end), None)
            if not nouns or attacker is None or any(
                t.lower_ in ("no", "not", "never", "if", "whether") or t.dep_ == "neg"
                for t in doc[sent.start:k]
            ):  # ("no evidence the strike came from Yemen")
                return None
            noun = nouns[0]
            holder = None
            by = next((t.i for t in doc[noun.i:k] if t.lower_ == "by"), None)
            if by is not None:
                # the maker: an actor named after "by", else the word before the phrase
                # ("examined by independent investigators")
                holder = self._word_speaker(cx, by + 1, k)
                if holder is None and k - 1 > by and doc[k - 1].is_alpha and not (
                    doc[k - 1].is_stop
                ):
                    from .coder import Argument

                    holder = Argument(doc[k - 1], None)
            said = next((t.i for t in doc[sent.start:noun.i] if t.lower_ in self.said_forms
                         or t.lower_ in _forms(cues.finding_verbs)), None)
            if holder is None and said is not None:
                holder = self._word_speaker(cx, sent.start, said)
            if holder is None:
                # "..., investigators said": a report clause after the finding
                forms = self.said_forms | _forms(cues.finding_verbs)
                tail = next((t.i for t in reversed(doc[after:sent.end]) if t.lower_ in forms),
                            None)
                comma = next((t.i for t in reversed(doc[after:tail]) if t.text == ","),
                             None) if tail is not None else None
                if comma is not None and tail is not None and 1 < tail - comma <= 5:
                    holder = self._word_speaker(cx, comma + 1, tail)
                    last = doc[tail - 1]
                    if holder is None and last.is_alpha and not last.is_stop and (
                        last.lower_ not in _PRONOUNS
                    ):
                        from .coder import Argument

                        holder = Argument(last, None)  # ("investigators said")
            return k, self.reader.actor_arg(cx, doc[attacker.end - 1]), holder
        return None

    def _own_denial(self, said: _Said) -> bool:
        """A speaker's denial of its own side's act: denied, or said not to have happened
        ("Russian troops never shelled the plant", said by the Kremlin)."""
        speaker = said.speaker
        if speaker is None or speaker.actor is None:
            return False
        return said.event.modality == "denied" or (
            said.event.negated and self._same_side(speaker.actor, said.event.source))

    def _rival_accounts(self, cx: CodingContext, last: list[_Said],
                        mine: list[_Said]) -> list[tuple[_Said, _Said]]:
        """(earlier, later) accounts of one kind of act by two speakers, the later in
        sentence ``j`` and the earlier in it or the sentence before, where one speaker is a
        party to the acts and the two are not on one side: "The Houthis said their drones
        hit the Abqaiq plant. US officials said the strike was launched from Iran", "The
        junta said its soldiers fought jihadists. Survivors said troops shot villagers"."""
        out: list[tuple[_Said, _Said]] = []
        for t in (t for t in mine if t.event.modality == "reported" and not (
            t.speaker is not None and t.speaker.token.head.lemma_.lower()
            in self.cues.confirming_verbs
        )):  # ("Kyiv says Russian missiles hit a hospital. The WHO confirmed the strike")
            for s in (*last, *mine):
                if s is t or not _rival_types(s, t) or (
                    s.event.modality not in ("reported", "future")
                    or s.event.type in _SPEECH_ACTS
                ) or (s.event.modality == "future" and not (
                    s.event.type in _RESTRAINT and t.event.type == "ASSAULT"
                )) or (  # (a promise only of restraint, answered by the force it forswore)
                    s.sent == t.sent and self._token_at(cx, s) >= self._token_at(cx, t)
                ):
                    continue
                a, b = s.speaker, t.speaker
                if a is None or b is None or _same_speaker(a, b) or self._titled(
                        a, b) or self._titled(b, a) or any(
                    x.span is None and (x.token.lower_ in _PRONOUNS
                                        or x.token.pos_ not in ("NOUN", "PROPN"))
                    for x in (a, b)
                ):
                    continue
                if a.actor and b.actor and self._same_side(a.actor, b.actor):
                    continue  # allies tell one story
                if self._one_story(s, a, t, b):
                    continue  # the doer owning what the other charges it with: agreement
                # a party to the acts; where one speaker's side is unknown ("civil defence
                # workers"), the one that did them: the side they were done to and a witness
                # tell one story ("Lebanon's health ministry said an Israeli strike killed
                # five people. Civil defence workers said the strike hit a building")
                party = self._accused if a.actor and b.actor else self._did
                if s.event.type != t.event.type and (
                    not (self._did(s.event, a) or self._own_act(s))
                    or self._did(t.event, b) or self._own_act(t)
                    or self._cited_by(b, a)
                ):
                    # told as acts of two kinds, the first speaker's account is of its
                    # own side's act and the second's of what was done to it or seen
                    # ("JNIM claims the massacre was an attack on soldiers. Survivors say
                    # the dead were civilians forced to dig", "Moscow said it would reduce
                    # activity around Chernihiv. Kyiv said the shelling went on"); two
                    # sides each telling of its own act ("Russia says it took two
                    # villages. Kyiv said its forces repelled 40 attacks") or a source the
                    # first speaker cites are two stories
                    continue
                if (any(party(e.event, x) for e in (s, t) for x in (a, b))
                        or self._own_act(t)) and not any(o is t for _, o in out):
                    out.append((s, t))
        return out

    def _ground_kept(self, cx: CodingContext, sent: Span,
                     last: list[_Said]) -> list[tuple[_Said, Argument]]:
        """(claim, teller) pairs: a named speaker's claim in the sentence before that its
        side took or closed in on ground (a reported COERCE or ASSAULT), and the account in
        ``sent``, by another side's teller (the subject of its report verb, or "per X",
        "according to X"), that someone not on the claimant's side *still* holds ground
        ("... says its troops still hold the supply road"): the holding answers the
        capture, though the two code no rival acts."""
        kept = [t.head for t in sent if t.lower_ in self.cues.still_words
                and t.dep_ == "advmod" and t.head.lemma_.lower() in self.cues.ground_verbs]
        if not kept:
            return []
        out: list[tuple[_Said, Argument]] = []
        for verb in kept:
            teller = self._ground_teller(cx, sent, verb)
            holder = next((self.reader.actor_arg(cx, c) for c in verb.children
                           if c.dep_ == "nsubj"), None)
            if teller is None or holder is None:
                continue
            for s in last:
                a = s.speaker
                if a is None or a.span is None or s.event.type not in ("COERCE", "ASSAULT") or (
                    s.event.modality != "reported" or s.event.negated
                ) or _same_speaker(a, teller) or (
                    a.actor is not None and teller.actor is not None
                    and self._same_side(a.actor, teller.actor)
                ) or (holder.actor is not None and any(
                    x is not None and self._same_side(x, holder.actor)
                    for x in (a.actor, s.event.source)
                )) or (holder.span is None and holder.token.lower_ in _PRONOUNS):
                    continue  # (one side's voices; the claimant's own side holding on)
                if not any(o is s for o, _ in out):
                    out.append((s, teller))
        return out

    def _ground_teller(self, cx: CodingContext, sent: Span, verb: Token) -> Argument | None:
        """Who tells of the ground held at ``verb``: the speaker of the report verb above
        it ("Kyiv says its troops still hold ..."), else of one in a clause beside it ("...,
        local sources said"), else the one "per"/"according to" names; not a pronoun."""
        report = next((h for h in (verb.head, *verb.children) if h is not verb and (
            h.dep_ in ("ccomp", "parataxis", "ROOT") or verb.dep_ in ("ccomp", "parataxis")
        ) and self._is_report(h)), None)
        teller = self._speaker_of(cx, report) if report is not None else (
            self._per(cx, sent) or self._according_to(cx, sent))
        if teller is None or (teller.span is None and teller.token.lower_ in _PRONOUNS):
            return None
        return teller

    def _own_side_cleared(self, cx: CodingContext, last: list[_Said],
                          mine: list[_Said]) -> list[tuple[_Said, _Said]]:
        """(told, clearing) pairs: an act of one kind of force told in the sentence before
        (or earlier in this one) by the author or by another side's speaker, and a named
        speaker's account that its own side did not do such an act (denied, or "not"/
        "never": :meth:`_own_denial`). Only an act whose doer the first account leaves
        unnamed or puts on the speaker's side is answered: a clearing of one's own side
        says nothing of another side's act."""
        out: list[tuple[_Said, _Said]] = []
        for t in mine:
            b = t.speaker
            if b is None or b.span is None or b.actor is None or not self._own_denial(t) or (
                t.event.type in _SPEECH_ACTS
            ):
                continue
            for s in (*last, *mine):
                if s is t or s.event.negated or s.event.modality not in (
                    "asserted", "reported"
                ) or s.event.type in _SPEECH_ACTS or not _rival_types(s, t) or (
                    s.sent == t.sent and self._token_at(cx, s) >= self._token_at(cx, t)
                ):
                    continue
                a = s.speaker
                if a is not None and (_same_speaker(a, b) or a.actor is None
                                      or self._same_side(a.actor, b.actor)):
                    continue  # (one side's voices; a speaker the pair could not name)
                if s.event.source is not None and not self._same_side(s.event.source, b.actor):
                    continue
                out.append((s, t))
        return out

    def _one_story(self, s: _Said, a: Argument, t: _Said, b: Argument) -> bool:
        """Two speakers telling one kind of act by one doer, one speaker its side, to no
        rival victim: the doer owning what the other charges it with agrees ("CENTCOM said
        the Houthis hit a tanker. The Houthis said they struck the ship")."""
        one, two = s.event, t.event
        if one.type != two.type or one.source is None or two.source is None or not (
            self._same_side(one.source, two.source)
            and (self._did(one, a) or self._did(one, b))
        ):
            return False
        if not (one.target_text and two.target_text):
            return True  # one account names no victim
        if one.target or two.target:
            return one.target == two.target
        return _head_word(one.target_text) == _head_word(two.target_text)

    @staticmethod
    def _cited_by(cited: Argument, speaker: Argument) -> bool:
        """Whether ``cited`` is named inside what ``speaker`` reports ("the delegate said
        that, according to official figures, ..."): a report verb above it whose subject
        holds the speaker's head word."""
        word = speaker.token.lower_
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and any(w.lower_ == word for w in c.subtree)
            for verb in cited.token.ancestors for c in verb.children)

    @staticmethod
    def _own_act(said: _Said) -> bool:
        """A speaker telling of its own act: "The army said it had killed 203 militants"
        (the act's source a pronoun under the speaker's report)."""
        source = (said.event.source_text or "").lower()
        return said.speaker is not None and source in ("it", "they", "we")

    def _confirmations(self, cx: CodingContext) -> None:
        """"... 3 crew killed on the True Confidence. CENTCOM confirms.": a bare report
        clause (no clause or object of its own) makes its speaker the asserter of the
        author's events of the sentence before."""
        speech = cx.speech
        for j, sent in enumerate(speech.sentences[1:], start=1):
            root = sent.root
            if not self._is_report(root) or any(
                c.dep_ in ("ccomp", "xcomp", "dobj", "obj", "advcl", "parataxis", "conj", "prep")
                for c in root.children
            ) or any(s.sent == j for s in speech.said):
                continue
            speaker = self._speaker_of(cx, root)
            if speaker is None or speaker.span is None:
                continue
            for said in speech.said:
                if said.sent != j - 1 or said.speaker is not None or said.claimed:
                    continue
                self._reattribute(cx, said, speaker)

    def _said_none(self, cx: CodingContext, said: _Said) -> bool:
        """Whether the clause of ``said`` says it did not happen by a "no" on its subject or
        object ("no Eritrean troops were in Tigray", "no ship was hit", "it fired no
        missiles"), which the event's negation does not read."""
        at = self._token_at(cx, said)
        if at < 0:
            return False
        verb = cx.doc[at]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and any(
            d.dep_ == "det" and d.lower_ in self.cues.none_words for d in c.children)
            for c in verb.children)

    def _says(self, cx: CodingContext, verb: Token) -> bool:
        """Whether ``verb`` is a report verb with what it says or whom it charges ("say that
        ...", "accused the RSF of ...", "claim to ...", "as X had reported"), not a finding
        verb of an act ("ESTABLISH ITSELF IN ...")."""
        return self._is_report(verb) and any(
            c.dep_ in ("ccomp", "parataxis", "xcomp") or (c.dep_ == "mark" and c.lower_ == "as")
            or (c.dep_ == "prep" and c.lower_ in ("of", "for"))
            or (c.dep_ in ("dobj", "obj") and c.i in cx.by_token) for c in verb.children)

    def _in_denied(self, cx: CodingContext, said: _Said, token: Token) -> bool:
        """Whether ``token`` is inside the clause the denial of ``said`` denies: one named in
        what is denied accuses nobody unless it is the subject of a report verb there that
        says something (the parser hangs "X accuses Y of P, a charge Z denies" on the
        denial): "THE GENERAL
        DENIED THAT THE FMLN CAN ESTABLISH ITSELF IN TERRITORIES WHILE THE NEGOTIATIONS ARE
        HELD": the FMLN does not assert the talks."""
        at = self._token_at(cx, said)
        if at < 0:
            return False
        came = cx.doc[at]
        for t in came.ancestors:
            if t.lemma_.lower() in self.reader.denial_verbs:
                return token.i in {d.i for d in came.subtree}
            came = t
        return False

    def _first_speaker(self, cx: CodingContext, said: _Said, marker: Token) -> Argument | None:
        """The named speaker of the report verb that ``said`` hangs on before ``marker``
        (another than the one ``said`` was given), else ``None``."""
        at = self._token_at(cx, said)
        if at < 0:
            return None
        verb = next((t for t in cx.doc[at].ancestors if t.i < marker.i and self._is_report(t)),
                    None)
        if verb is None:
            return None
        speaker = self._speaker_of(cx, verb)
        if speaker is None or speaker.span is None or speaker.token.i >= marker.i or (
            said.speaker is not None and _same_speaker(speaker, said.speaker)
        ):
            return None
        return speaker

    def _told_before_answer(self, cx: CodingContext, sent: Span,
                            answers: list[tuple[Token, Argument, str]]) -> list[_Said]:
        """The events of ``sent`` that the author tells before a semicolon, an answering verb
        of a named speaker after it ("...; Zagreb insisted they left of their own accord",
        "...; Moscow maintains its jets struck only militants"): the parser hangs the author's
        clause on the answering verb, as if the answerer said it. Not under a report verb
        of their own ("The army said it killed 20 rebels; the rebels insist ..."), nor with
        an answer that says what will be ("...; Hamas insisted it would respond")."""
        out: list[_Said] = []
        doc = sent.doc
        for verb, answer, kind in answers:
            start = self._clause_start(verb)
            lemma = verb.lemma_.lower()
            if kind != "answer" or lemma not in self.cues.answer_verbs or (
                lemma in self.cues.naming_verbs
            ) or start <= sent.start or doc[start - 1].text != ";" or any(
                t.dep_ == "aux" and t.lower_ in ("will", "would", "wo", "shall", "'ll")
                for t in verb.subtree if t.i > start
            ):
                continue
            for said in cx.speech.said:
                at = self._token_at(cx, said)
                if not (sent.start <= at < start - 1) or said.speaker is None or not (
                    _same_speaker(said.speaker, answer)
                ):
                    continue
                path = [cx.doc[at], *cx.doc[at].ancestors]
                if verb not in path or any(
                    self._is_report(t) or t.lemma_.lower() in self.reader.denial_verbs
                    for t in path[:path.index(verb)]
                ):
                    continue
                out.append(said)
        return out

    @staticmethod
    def _to_author(cx: CodingContext, said: _Said) -> None:
        """Make the author the asserter of ``said`` (asserted, not reported)."""
        e = said.event
        new = replace(e, asserted_by=None, asserted_by_text=cx.post.author,
                      modality="asserted" if e.modality == "reported" else e.modality)
        cx.out.events[:] = [new if x.id == e.id else x for x in cx.out.events]
        cx.out.claims[:] = [
            replace(c, asserted_by=None, asserted_by_text=None) if c.event == e.id and (
                c.stance == "asserts") else c for c in cx.out.claims]
        said.event, said.speaker, said.claimed = new, None, False

    @staticmethod
    def _reattribute(cx: CodingContext, said: _Said, speaker: Argument) -> None:
        """Make ``speaker`` the asserter of the author's event ``said`` (reported)."""
        e = said.event
        new = replace(e, asserted_by=speaker.actor, asserted_by_text=speaker.text,
                      modality="reported" if e.modality == "asserted" else e.modality)
        cx.out.events[:] = [new if x.id == e.id else x for x in cx.out.events]
        cx.out.claims[:] = [
            replace(c, asserted_by=speaker.actor) if c.event == e.id and (
                c.stance == "asserts") else c for c in cx.out.claims]
        said.event, said.speaker, said.claimed = new, speaker, True

    def _credited(self, cx: CodingContext) -> None:
        """"Addis Ababa praised its army for protecting civilians": what the praise is for
        is the praiser's claim (as "praise his contribution to ..." is), not the author's."""
        for said in cx.speech.said:
            at = self._token_at(cx, said)
            if at < 0 or said.speaker is not None or said.claimed:
                continue
            t = cx.doc[at]
            if t.dep_ != "pcomp" or t.head.lower_ not in ("for", "over") or (
                t.head.head.lemma_.lower() not in self.cues.credit_verbs
            ):
                continue
            speaker = self._speaker_of(cx, t.head.head)
            if speaker is not None and speaker.span is not None:
                self._reattribute(cx, said, speaker)

    def _dismissed_reports(self, cx: CodingContext) -> list[tuple[_Said, Argument | None]]:
        """(event, owner of the reports) of the events told in a clause on what a named
        speaker dismisses or denies ("The Kremlin dismissed reports that North Korean
        soldiers were fighting in Kursk", "Kigali rejected claims by UN experts that ..."):
        the event becomes denied by that speaker, as "X denied that ..." makes it; the
        owner is who the reports are by ("Indian reports", "Kyiv's claims", "a report by
        UN experts"), ``None`` when they are nobody's."""
        cues = self.cues
        nouns = (cues.claim_nouns | cues.answered_objects) - {"it", "this", "that", "them",
                                                              "these"}
        verbs = self.reader.denial_verbs | {"dismiss", "reject"}
        out: list[tuple[_Said, Argument | None]] = []
        for said in cx.speech.said:
            at = self._token_at(cx, said)
            if at < 0 or said.event.negated:
                continue
            denied = said.event.modality == "denied"
            path = []
            came = cx.doc[at]
            for t in cx.doc[at].ancestors:
                path.append(t)
                # (a conjunct's head is its first conjunct, not the verb it hangs on:
                # "the M-20's claim that it was holding, and threatened to kill, a student")
                if t.pos_ in ("VERB", "AUX") and came.dep_ != "conj":
                    break
                came = t
            verb = path[-1] if path else None
            report = next((t for t in path[:-1] if t.pos_ == "NOUN" and (
                {t.lemma_.lower(), t.lower_} & nouns)), None)
            loose = self._loose_report(cx.doc[at], verb, nouns) if (
                report is None and verb is not None) else None
            if loose is not None:
                report = loose
            if verb is None or report is None or not (
                verb.lemma_.lower() in verbs or self._called_false(verb)
            ) or not (loose is not None or any(
                (t.dep_ in ("dobj", "obj") or self._as_object(t)) and t.head.i == verb.i
                or (self._as_object(t) and t.head.head.i == verb.i) for t in path[:-1]
            )) or self._no_denial(verb):
                continue
            speaker = self._speaker_of(cx, verb)
            if speaker is None or speaker.span is None:
                continue
            owner: Argument | None = None
            # (a "by" the parser hung on the verb of a loose report is the report's: "denied
            # charges by Manila that ...", the verb being active)
            for c in [*report.children, *(verb.children if loose is not None else ())]:
                if c.dep_ == "poss" or (c.dep_ == "amod" and c.pos_ in ("ADJ", "PROPN")):
                    owner = self.reader.actor_arg(cx, c)
                elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
                    owner = next((self.reader.actor_arg(cx, o) for o in c.children
                                  if o.dep_ == "pobj"), None)
                if owner is not None and (owner.span is None or owner.actor is None) and not (
                    c.dep_ == "poss" and owner.token.pos_ in ("NOUN", "PROPN")
                    and owner.token.lower_ not in _PRONOUNS
                ):  # ("a Honduran radio station's report": an owner the dictionary lacks)
                    owner = None
                if owner is not None:
                    break
            if owner is not None and _same_speaker(owner, speaker):
                owner = None
            if denied:
                # "X denied Y's report that P" read as X's denial already: only its owner
                if owner is not None and said.speaker is not None and (
                    _same_speaker(said.speaker, speaker)
                ):
                    out.append((said, owner))
                continue
            e = said.event
            new = replace(e, asserted_by=speaker.actor, asserted_by_text=speaker.text,
                          modality="denied")
            cx.out.events[:] = [new if x.id == e.id else x for x in cx.out.events]
            cx.out.claims[:] = [
                replace(c, asserted_by=speaker.actor, stance="denies",
                        asserted_by_text=speaker.text) if c.event == e.id and (
                    c.stance == "asserts") else c for c in cx.out.claims]
            said.event, said.speaker, said.claimed = new, speaker, True
            out.append((said, owner))
        return out

    @staticmethod
    def _as_object(t: Token) -> bool:
        """Whether ``t`` is what a verb dismisses, put after "as" and its judgment ("dismissed
        as baseless Kabul's allegation that ..."): the object of an "as" on a verb that has
        no object of its own."""
        prep = t.head
        return t.dep_ == "pobj" and prep.lower_ == "as" and prep.dep_ == "prep" and (
            prep.head.pos_ == "VERB") and not any(
                c.dep_ in ("dobj", "obj") for c in prep.head.children) and prep.i + 1 < t.i

    def _loose_report(self, trigger: Token, verb: Token, nouns: frozenset[str]) -> Token | None:
        """The claim noun a denial verb takes as its object when the parser hung the
        claim's "that" clause on the verb itself ("Beijing denied charges by Manila that
        Chinese ships rammed ..."): the object before the clause, the verb active."""
        if trigger.dep_ != "ccomp" or trigger.head.i != verb.i or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in trigger.children
        ) or not any(c.dep_ == "nsubj" for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < trigger.i
                     and c.pos_ == "NOUN" and {c.lemma_.lower(), c.lower_} & nouns), None)

    def _called_false(self, verb: Token) -> bool:
        """Whether ``verb`` is a naming verb whose clause ends by calling what it names false
        ("called India's claim that its jets bombed Balakot baseless", "described the
        reports that ... as fabricated", "a fabrication"): the name given comes last,
        wherever the parser hangs it."""
        if verb.lemma_.lower() not in self.cues.naming_verbs:
            return False
        # (the naming ends where a joined clause starts: "called the claim a lie and said
        # troops still held the runway")
        joined = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                  for t in c.subtree}
        words = [t for t in verb.subtree if not t.is_punct and t.i > verb.i
                 and t.i not in joined and t.dep_ != "cc"]
        last = [t for t in words[-3:] if t.pos_ in ("ADJ", "NOUN", "VERB")]
        return any({t.lower_, t.lemma_.lower()} & self.cues.answer_words
                   and t.lower_ not in _NOT_FALSE for t in last)

    def _opens_contrast(self, sent: Span) -> bool:
        return sent[0].lower_ in self.cues.opening_contrasts

    def _but_after(self, sent: Span, after: int) -> Token | None:
        """The first "but"/"yet" of ``sent`` after token ``after`` (its first word when the
        sentence opens with one)."""
        for t in sent:
            if t.i > after and t.lower_ in ("but", "yet") and t.dep_ in ("cc", "advmod", "mark"):
                if any(self._is_report(a) and a.i != sent.root.i for a in t.ancestors):
                    continue  # "although he admitted that ..., but that ...": his own words
                return t
        return None

    def _one_state(self, a: str | None, b: str | None) -> bool:
        """Whether ``a`` and ``b`` are one state or its state bodies ("UKR", "UKR.GOV")."""
        if a is None or b is None:
            return False
        parts = [x.split(".") for x in (a, b)]
        return parts[0][0] == parts[1][0] and len(parts[0][0]) == 3 and (
            parts[0][0] not in _NOT_STATES) and all(
            len(x) == 1 or x[1].lower() in self.cues.state_sectors for x in parts)

    def _same_side(self, a: str | None, b: str | None) -> bool:
        return self.reader.dictionary.same_side(a, b) and not self._insurgent_and_state(a, b)

    def _insurgent_and_state(self, a: str | None, b: str | None) -> bool:
        """Whether one of two actors of one country is an insurgent group and the other is
        not: a country's rebels never speak for its state ("the army said it killed 15 FMLN
        fighters, which the FMLN denied" is a contest, not one voice)."""
        kinds = self.cues.insurgent_kinds
        dictionary = self.reader.dictionary
        one, other = (dictionary.get(x) for x in (a, b))
        return (one is not None and one.kind in kinds) != (
            other is not None and other.kind in kinds)

    def _token_at(self, cx: CodingContext, said: _Said) -> int:
        """The token index of an event's trigger (its first character in the post)."""
        doc = cx.doc
        start = said.event.evidence.start
        span = doc.char_span(start, said.event.evidence.end, alignment_mode="expand")
        if span is None or not said.event.trigger:
            return -1
        words = said.event.trigger.split()
        if span.start <= said.trigger < span.end and doc[said.trigger].text == words[0]:
            return said.trigger  # ("X blamed Y, and Y blamed X": the second "blamed")
        for t in span:
            if t.text == words[0]:
                return t.i
        return span.start

    def _inside(self, cx: CodingContext, said: _Said, token: Token) -> bool:
        """Whether the event's trigger is inside the phrase ``token`` hangs on ("contrary
        to X's claims that ...": those are X's own)."""
        return self._token_at(cx, said) in {t.i for t in token.head.subtree}

    def _evidence(self, cx: CodingContext, sent: Span) -> Evidence:
        return Evidence(cx.post.doc, cx.post.post, sent.start_char, sent.end_char, sent.text)

    def _counter_marker(self, sent: Span) -> Token | None:
        """The first token of a counter marker ("in fact", "in reality", "otherwise") in
        ``sent``, at its start (after joining words) or after "but" mid-sentence."""
        doc = sent.doc
        cues = self.cues
        i = sent.start
        while i < sent.end and (doc[i].lower_ in cues.contrast_words or doc[i].is_punct
                                or doc[i].is_space):
            i += 1
        for phrase in cues.counter_markers:
            if _at(doc, i, sent.end, phrase):
                return doc[i]
        if i > sent.start and doc[sent.start].lower_ in cues.opening_contrasts:
            return doc[sent.start]  # "Yet Fano units still control ...": against the last
        if self._judged_false(sent):
            return doc[sent.start]  # "That claim is false."
        words, otherwise = _lower_words(doc), _first_words(cues.nothing_else)
        root = sent.root
        clause = sent.start
        for k in range(sent.start + 1, sent.end):
            if words[k - 1] in ("but", "yet") or (words[k - 1] == "," and
                                                  words[k] in ("but", "yet")):
                for phrase in cues.counter_markers:
                    if _at(doc, k, sent.end, phrase):
                        return doc[k]
            if words[k] in self._long_marker_starts and doc[k - 1].pos_ == "AUX" and (
                    doc[k].head.i == root.i) and any(
                len(phrase) > 1 and _at(doc, k, sent.end, phrase)
                for phrase in cues.counter_markers
            ):  # "Militant attacks have in fact shifted south": the whole sentence
                return doc[sent.start]
            # the whole sentence, or the clause after its last semicolon before the word
            # ("Baku insists its troops never fired on civilians; rights groups say otherwise")
            if words[k - 1] == ";" or (words[k] in ("but", "yet") and words[k - 1] == ","):
                clause = k  # (", but UN experts say otherwise": the clause after "but")
            if words[k] in cues.otherwise_words and doc[k].dep_ in ("advmod", "dobj", "dep") and (
                doc[k].head.pos_ not in ("VERB", "AUX") or self._is_report(doc[k].head)
                or doc[k].head.lemma_.lower() in cues.finding_verbs
            ):  # ("say otherwise", "show otherwise"; not "until the president decides otherwise")
                return doc[clause]
            if (otherwise is None or words[k] in otherwise) and any(
                _at(doc, k, sent.end, phrase) for phrase in cues.nothing_else
            ):
                return doc[clause]  # "footage shows tents burning, nothing else"
            if self._doubt_at(doc, k, sent.end):
                return doc[clause]  # "There is no evidence that Ukraine was involved, US ... said"
            if words[k] in cues.counter_adverbs and doc[k].dep_ == "advmod":
                return doc[clause]  # "The Kremlin nonetheless insisted ...": the whole
        return None

    def _finder_of(self, cx: CodingContext, sent: Span, side: str | None) -> Argument | None:
        """Who says in ``sent`` they found ``side`` (a denier's own side) where it denies
        being: the subject of a finding verb at the root, not evidence ("satellite images
        show": :meth:`_evidence_shows`), whose object names that side ("UN experts
        photographed Rwandan soldiers", "police found FMLN leaflets at the site")."""
        root = sent.root
        if side is None or root.lemma_.lower() not in self.cues.finding_verbs or any(
                c.dep_ == "neg" for c in root.children):
            return None
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        found = next((c for c in root.children if c.dep_ in ("dobj", "obj")), None)
        if subject is None or found is None or {subject.lemma_.lower(), subject.lower_} & (
                self.cues.evidence_nouns) or any(
                t.lower_ in self.cues.none_words for t in (found, *found.children)):
            return None  # (evidence, or "found no FMLN leaflets": nothing found)
        named = self.reader.actor_arg(cx, found)
        if named.actor is None or not self._same_side(named.actor, side):
            return None
        return self.reader.actor_arg(cx, subject)

    def _evidence_shows(self, sent: Span) -> bool:
        """Whether ``sent`` is what a piece of evidence shows: its main verb a finding verb
        whose subject is evidence ("Satellite images show ...", "Video released by Manila
        shows ...", "Flight records show ..."); in a sentence the prefilter left unparsed,
        read from its words (an evidence noun among its first words, a finding verb soon
        after it)."""
        cues = self.cues
        if not any(t.pos_ for t in sent):
            forms = _forms(cues.finding_verbs)
            return any(t.lower_ in cues.evidence_nouns and any(
                u.lower_ in forms for u in sent[t.i - sent.start + 1:t.i - sent.start + 5])
                for t in sent[:6])
        root = sent.root
        shown = any(c.dep_ in ("nsubj", "nsubjpass") and {c.lemma_.lower(), c.lower_}
                    & cues.evidence_nouns for c in root.children)
        if shown and root.tag_ in ("VBD", "VBN") and any(
            c.dep_ in ("dep", "conj") and c.lemma_.lower() in cues.finding_verbs
            and c.tag_ in ("VBZ", "VBP") for c in root.children
        ):  # "Wreckage recovered near Omdurman shows ...", parsed with "recovered" its verb
            return True
        return root.pos_ in ("VERB", "AUX") and root.lemma_.lower() in cues.finding_verbs and shown

    def _doubt_at(self, doc: Any, k: int, end: int) -> bool:
        """Whether a doubt about what was said starts at token ``k``: "no evidence that
        ...", "no evidence of that", "nothing to suggest it" (not "no sign of being
        lifted")."""
        starts = self._doubt_starts
        if starts is not None and _lower_words(doc)[k] not in starts:
            return False
        for phrase in self.cues.doubt_phrases:
            n = k + len(phrase)
            if _at(doc, k, end, phrase) and n < end and (
                doc[n].lower_ == "that" or (n + 1 < end and (doc[n].lower_, doc[n + 1].lower_)
                                            in _DOUBTED)
                or (phrase[-1] in ("suggest", "indicate") and doc[n].lower_ in (
                    "it", "this", "any", "such"))
            ):
                return True
        return False

    def _judged_false_subject(self, root: Token) -> bool:
        """Whether the subject of ``root`` is what was said: a pointing word, or a claim
        noun with one ("that claim", "the allegations")."""
        cues = self.cues
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return False
        named = {subject.lemma_.lower(), subject.lower_} & (cues.claim_nouns
                                                           | cues.answered_objects)
        pointed = any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "the",
                                                        "such") for c in subject.children)
        return subject.lower_ in ("this", "that") or bool(named and pointed)

    def _judged_false(self, sent: Span) -> bool:
        """Whether ``sent`` says that what was just said is false: its subject the claim
        (a pointing word, or a claim noun with one), an answer word its predicate ("That
        claim is false", "The allegations are baseless", "This is a fabrication")."""
        cues = self.cues
        if not any(t.pos_ for t in sent):
            # unparsed (no event words): read from the words
            words = [t.lower_ for t in sent[:7] if not (t.is_punct or t.is_space)]
            be = next((k for k, w in enumerate(words[:3]) if w in (
                "is", "are", "was", "were", "'s")), None)
            if be is None or be == 0 or words[0] not in (
                "this", "that", "these", "those", "the", "such"
            ) or not (be == 1 or words[1] in cues.claim_nouns | cues.answered_objects):
                return False
            return bool({" ".join(words[be + 1:be + n]) for n in (3, 4)} & _NOT_TRUE) or any(
                w in cues.answer_words and w not in ("only", "merely", "never", "not",
                                                     "otherwise", "instead")
                for w in words[be + 1:be + 4])
        root = sent.root
        if self._is_report(root):
            # "The claim is a fabrication, the civil defence said"
            root = next((c for c in root.children if c.dep_ == "ccomp"), root)
        if root.lemma_.lower() != "be":
            # "The Russian embassy said the charges were invented"
            return root.lower_ in cues.answer_words and any(
                c.dep_ == "auxpass" for c in root.children) and not any(
                c.dep_ == "neg" for c in root.children) and self._judged_false_subject(root)
        if any(c.dep_ == "neg" for c in root.children):
            # "That is not true"
            return any(c.dep_ == "acomp" and f"not {c.lower_}" in _NOT_TRUE
                       for c in root.children) and self._judged_false_subject(root)
        if not self._judged_false_subject(root):
            return False
        return any(c.dep_ in ("acomp", "attr") and (
            c.lower_ in cues.answer_words or c.lemma_.lower() in cues.answer_words
        ) and c.lower_ not in ("only", "merely", "never", "not", "otherwise", "instead")
            for c in root.children)

    def _account_after_plea(self, cx: CodingContext, j: int,
                            mine: list[_Said]) -> list[tuple[_Said, Argument]]:
        """(account, pleader): where sentence ``j - 1`` is a named side's plea about its own
        conduct that codes no event ("China says its coast guard acted professionally"), the
        reports in sentence ``j`` by another side of force used by the pleader's side."""
        before = cx.speech.sentences[j - 1]
        accounts = [s for s in mine if s.event.type in _FORCE and s.speaker is not None
                    and s.speaker.actor is not None and s.event.source]
        # the cheap tests first: this runs for every sentence, a speaker search does not
        if not accounts or not any(t.lower_ in self.cues.plea_words for t in before):
            return []
        pleader = self._bare_report(cx, before)
        if pleader is None or pleader.actor is None or not any(
                t.lower_ in self.cues.plea_words for t in before if t.i > pleader.token.i):
            return []
        return [(s, pleader) for s in accounts if s.speaker is not None
                and s.speaker.actor is not None
                and not self._same_side(s.speaker.actor, pleader.actor)
                and self._same_side(s.event.source, pleader.actor)]

    def _bare_report(self, cx: CodingContext, sent: Span) -> Argument | None:
        """The named speaker of ``sent`` when the sentence is a report ("Delhi says ...",
        "Moscow describes X as ...", "Baku insists ...") whose words gave no event of the
        speaker's own; else ``None``."""
        index = self._index(cx, sent)
        if any(s.speaker is not None and s.claimed and s.sent == index
               for s in cx.speech.said):
            return None
        root = sent.root
        if not any(t.pos_ for t in sent):
            # a sentence the prefilter left unparsed (no event words): read from the words,
            # a report word near its start after an actor's name
            forms = self.said_forms | _forms(self.cues.answer_verbs)
            k = next((t.i for t in sent[:10] if t.lower_ in forms), None)
            speaker = self._word_speaker(cx, sent.start, k) if k is not None else None
        elif self._is_report(root) or root.lemma_.lower() in self.cues.answer_verbs:
            speaker = self._agent_of(cx, root) or self._speaker_of(cx, root)
        else:
            return None
        if speaker is None or speaker.span is None or speaker.actor is None:
            return None
        return speaker

    def _agent_of(self, cx: CodingContext, verb: Token) -> Argument | None:
        """The speaker of a report told in the passive ("north korean troops now confirmed
        in kursk by kyiv", "the attack was reported by the army"): the actor after its
        "by"; ``None`` where the verb has no agent."""
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return self._maker(cx, agent) if agent is not None else None

    def _bare_claim(self, cx: CodingContext, sent: Span, stop: int | None = None,
                    one_noun: bool = False) -> tuple[Argument, int, int, bool] | None:
        """A named speaker's report in ``sent`` that gave no event (see :meth:`_bare_report`)
        with the tokens [a, b) of what it says, before token ``stop``: the report verb's
        complement ("Baku insists [its troops never crossed]", "Tehran says [its drones are
        only for surveillance]", "Beijing calls [its operations 'restrained']"), and whether
        the verb denies it ("Hezbollah denies [storing weapons at the port]"); ``None``
        where it says nothing of two words or more, or asks. With ``one_noun``, one noun
        will do (what the author calls false: "falsely claimed [victory]")."""
        speaker = self._bare_report(cx, sent)
        if speaker is None or sent.text.rstrip(' "\'\u201d').endswith("?"):
            return None
        stop = sent.end if stop is None else min(stop, sent.end)
        doc, root = sent.doc, sent.root
        if not any(t.pos_ for t in sent):  # unparsed: the words after the report word
            forms = self.said_forms | _forms(self.cues.answer_verbs)
            k = next((t.i for t in sent[:10] if t.lower_ in forms), None)
            if k is None:
                return None
            a, b = k + 1, stop
            verb = doc[k]
        else:
            verb = root
            said = {t.i for t in speaker.token.subtree} | {speaker.token.i}
            passive = self._agent_of(cx, root) is not None
            if passive:  # what was said is the subject and the rest, not the agent
                said |= {t.i for c in root.children if c.dep_ == "agent" for t in c.subtree}
            kids = [c for c in root.children if (c.dep_ in _CLAIMED_DEPS or (
                passive and c.dep_ in ("nsubj", "nsubjpass"))) and c.i not in said
                and c.i < stop]
            if not kids:
                return None
            a = min(c.left_edge.i for c in kids)
            b = min(max(c.right_edge.i for c in kids) + 1, stop)
        while a < b and (doc[a].is_punct or doc[a].lower_ in ("that", "to")):
            a += 1
        while b > a and (doc[b - 1].is_punct or doc[b - 1].lower_ in ("but", "yet", "and")):
            b -= 1
        if b - a < 2 and not (one_noun and b - a == 1 and (doc[a].pos_ in ("NOUN", "PROPN") or (
            not doc[a].pos_ and doc[a].is_alpha  # (unparsed: the one word after the verb)
        ))):
            return None
        denials = self.reader.denial_verbs | {"reject", "dismiss"}
        return speaker, a, b, verb.lemma_.lower() in denials or verb.lower_ in _forms(denials)

    def _answers_in_words(self, verb: Token) -> bool:
        """Whether an answer sets itself against what was said in words, not by a negation
        alone: an answering verb other than a naming one ("insists", "rejects"), or an
        answer word in its clause ("calls it a fabrication", "says otherwise"); not "has
        not confirmed the deal", which leaves it open."""
        cues = self.cues
        lemma = verb.lemma_.lower()
        return (lemma in cues.answer_verbs and lemma not in cues.naming_verbs) or any(
            t.lower_ in cues.answer_words and t.lower_ not in ("not", "never", "only", "merely")
            and not self._foretold(t) for t in verb.subtree)

    def _denied_words(self, verb: Token) -> tuple[int, int] | None:
        """The tokens [a, b) of what a denial verb denies: its object or clause ("denied [any
        involvement in the attack]", "rejected [the claim]"), two words or more."""
        kids = [c for c in verb.children if c.i > verb.i and c.dep_ in _DENIED_DEPS]
        if not kids:
            return None  # ("denied in a telephone call ...": no object, nothing denied)
        a = min(c.left_edge.i for c in kids)
        b = max(c.right_edge.i for c in kids) + 1
        doc = verb.doc
        while a < b and (doc[a].is_punct or doc[a].lower_ == "that"):
            a += 1
        while b > a and doc[b - 1].is_punct:
            b -= 1
        return (a, b) if b - a >= 2 else None

    @staticmethod
    def _index(cx: CodingContext, sent: Span) -> int:
        return next((k for k, s in enumerate(cx.speech.sentences) if s.start == sent.start), -1)

    def _otherwise_speaker(self, cx: CodingContext, sent: Span) -> Argument | None:
        """"A UN panel and satellite imagery show otherwise": the panel."""
        for t in sent:
            if t.lower_ not in self.cues.otherwise_words:
                continue
            if t.head.pos_ in ("VERB", "AUX"):
                for a in self.reader.subjects(cx, t.head):
                    if a.span is not None:
                        return a
            elif t.head.lemma_.lower() in self.cues.finding_verbs and t.head.i > sent.start:
                # "A UN panel and satellite imagery show otherwise" with "show" read as a
                # noun: the first actor named before it
                return self._word_speaker(cx, sent.start, t.head.i)
        return None

    def _evidence_holder(self, cx: CodingContext, sent: Span, marker: Token) -> Argument | None:
        """Who holds a counter-claim the sentence makes from ``marker`` on: the subject of its
        report or finding verb ("UN monitors found", "..., aid workers said"), or the one who
        made the evidence it cites ("fragments analysed by UN monitors", "crater analysis by
        independent researchers"); ``None`` (the author) when the evidence speaks for
        itself ("flight records show") or no one is named."""
        cues = self.cues
        for verb in sent:
            if verb.i < marker.i or verb.pos_ not in ("VERB", "AUX") or not (
                self._is_report(verb) or verb.lemma_.lower() in cues.finding_verbs
            ) or self._neither_nor(verb):  # ("have neither confirmed nor denied the report")
                continue
            if self._denied_by(verb):
                # what a denial denies, not who holds the counter-claim ("COPREFA, HOWEVER,
                # DENIED THE FMLN REPORTS", with "REPORTS" read as a verb)
                continue
            for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                for head in (subject, *subject.conjuncts):
                    if {head.lemma_.lower(), head.lower_} & cues.evidence_nouns:
                        maker = self._maker(cx, head)
                        if maker is not None:
                            return maker
                        continue
                    arg = self._speaker_of(cx, verb) if head is subject else (
                        self.reader.actor_arg(cx, head))
                    if arg is not None and (arg.span is not None or (
                        arg.token.lower_ not in _PRONOUNS and arg.token.pos_ in ("NOUN", "PROPN")
                    )):
                        return arg
        # "In fact, Ukrainian units still hold the town centre, according to Ukraine's
        # general staff"
        found, source = self.reader._reported_by(cx, sent[marker.i - sent.start:])
        if found and source is not None and source.span is not None:
            return source
        return None

    def _denied_by(self, token: Token) -> bool:
        """Whether ``token`` is inside what a denial verb denies (its object or clause), not
        a clause joined to it ("Iran denies arming the Houthis, but ... investigators
        traced": the parser joins the answer to the denial)."""
        came = token
        for a in token.ancestors:
            if came.dep_ in ("conj", "parataxis", "advcl"):
                return False
            if a.lemma_.lower() in self.reader.denial_verbs:
                return True
            came = a
        return False

    def _maker(self, cx: CodingContext, noun: Token) -> Argument | None:
        """"fragments analysed by UN monitors", "analysis by researchers": who made it."""
        for t in noun.subtree:
            if t.lower_ == "by" and t.dep_ in ("agent", "prep"):
                for pobj in t.children:
                    if pobj.dep_ == "pobj":
                        arg = self.reader.actor_arg(cx, pobj)
                        if arg.span is not None or arg.token.lower_ not in _PRONOUNS:
                            return arg
        return None

    def _counter_speaker(self, after: list[_Said]) -> Argument | None:
        """Who holds the counter-claim: the one speaker with an actor id its events name,
        else the author (``None``)."""
        speakers = {s.speaker.actor for s in after if s.speaker is not None and s.speaker.span}
        if len(speakers) == 1:
            return next(s.speaker for s in after if s.speaker is not None and s.speaker.span)
        return None

    def _falsely_claimed(self, cx: CodingContext, sent: Span, mine: list[_Said]) -> list[_Said]:
        out = []
        words = _lower_words(sent.doc)
        for token in (sent.doc[k] for k in range(sent.start, sent.end)
                      if words[k] in self.cues.false_adverbs):
            if self._is_report(token.head):
                speaker = next(iter(self.reader.subjects(cx, token.head)), None)
                out += [s for s in mine if s.speaker is not None and speaker is not None
                        and s.speaker.token == speaker.token]
        return out

    def _counter_blame(self, cx: CodingContext, j: int,
                       mine: list[_Said]) -> list[tuple[_Said, Argument]]:
        """(the first charge, the accused who answers it) where an accusation in sentence
        ``j`` turns an earlier one of this sentence or the last round: its source the
        first's target and its target the first's source, two named sides ("saf blamed the
        rsf, rsf blamed saf")."""
        out: list[tuple[_Said, Argument]] = []
        for t in mine:
            e = t.event
            if e.type != "ACCUSE" or e.source is None or e.target is None or e.negated:
                continue
            k = self._token_at(cx, t)
            for s in cx.speech.said:
                f = s.event
                if s is t or f.type != "ACCUSE" or f.negated or s.sent not in (j - 1, j) or (
                    s.sent == j and self._token_at(cx, s) >= k
                ) or f.source is None or f.target is None or not (
                    _one_actor(f.source, e.target) and _one_actor(f.target, e.source)
                ) or _one_actor(f.source, f.target):
                    continue
                by = self._actor_subject(cx, cx.doc[k]) if k >= 0 else None
                if by is not None and by.actor is not None and _one_actor(
                        by.actor, e.source) and not any(o is s for o, _ in out):
                    out.append((s, by))
        return out

    def _blamed_acts(self, cx: CodingContext, j: int,
                     mine: list[_Said]) -> list[tuple[_Said, _Said, Argument]]:
        """(the act told before, the blame, the blamer) for each blame of sentence ``j``
        whose "for" names that act without coding it again ("Drones hit the market. The
        army blamed the RSF for the attack"): a word of ``blamed_for_acts`` or
        ``imputed_acts``, or an event noun; the act the latest one of material conflict
        told before the verb, in this sentence or the two before, whose doer is not the
        blamed's side already (one story)."""
        out: list[tuple[_Said, _Said, Argument]] = []
        lexicon = self.reader.lexicon
        told_at: set[int] | None = None  # this sentence's triggers, read at the first blame
        for t in mine:
            k = self._token_at(cx, t)
            if t.event.type != "ACCUSE" or t.event.negated or k < 0:
                continue
            verb = cx.doc[k]
            if verb.lemma_.lower() not in self.cues.blame_verbs:
                continue
            blamer = self._actor_subject(cx, verb)
            charge = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                           for o in p.children if o.dep_ == "pobj"), None)
            if blamer is None or t.event.target is None or charge is None:
                continue
            if told_at is None:  # (not for every sentence: a post's events are many)
                told_at = {self._token_at(cx, s) for s in cx.speech.said if s.sent == j}
            if charge.i in told_at or not self._names_act(charge):
                continue
            before = [s for s in cx.speech.said if j - 2 <= s.sent <= j and (
                0 <= self._token_at(cx, s) < k) and s is not t and not s.event.negated
                and s.event.modality in ("asserted", "reported")
                and s.event.type not in _SPEECH_ACTS
                and lexicon.types[s.event.type].quad == 4]
            if not before:
                continue
            s = max(before, key=lambda b: self._token_at(cx, b))
            if s.event.source is not None and self._same_side(s.event.source, t.event.target):
                continue
            out.append((s, t, blamer))
        return out

    def _names_act(self, noun: Token) -> bool:
        """Whether a blamer's "for" object stands for an act (see :meth:`_blamed_acts`)."""
        lemma = noun.lemma_.lower()
        if lemma in self.cues.blamed_for_acts or noun.lower_ in self.cues.blamed_for_acts:
            return True
        lexicon = self.reader.lexicon
        if lemma in lexicon.cue("imputed_acts"):
            return True
        entry = lexicon.noun(lemma, set())
        return entry is not None and lexicon.types[entry.type].quad == 4

    def _retold(self, cx: CodingContext, verb: Token, answer: Argument, j: int,
                mine: list[_Said]) -> list[_Said]:
        """The accounts of the sentence before (or of this one, before the answer's clause)
        that the answer of ``verb`` tells again in its own words: a named speaker of another
        side, an act it reported (not a speech act), whose source or target the answer names
        again by its head noun ("their missile" ... "the missile"), where the answer's
        clause codes no act itself."""
        if answer.span is None or answer.actor is None:
            return []
        clause = {t.i for t in verb.subtree}
        if any(self._token_at(cx, s) in clause for s in mine):
            return []
        nouns = {t.lemma_.lower() for t in verb.subtree
                 if t.pos_ in ("NOUN", "PROPN") and t.i > answer.token.i}
        out = []
        for s in cx.speech.said:
            sp = s.speaker
            if not (s.sent == j - 1 or (s.sent == j and 0 <= self._token_at(cx, s) < (
                self._clause_start(verb)
            ))) or sp is None or sp.span is None or sp.actor is None or (
                s.event.type in _SPEECH_ACTS or s.event.modality != "reported"
                or s.event.negated or _same_speaker(sp, answer)
                or self._same_side(sp.actor, answer.actor)
            ):
                continue
            heads = {w for text in (s.event.source_text, s.event.target_text) if text
                     for w in text.lower().split()[-1:]}
            if {singular(w) for w in heads} & {singular(w) for w in nouns}:
                out.append(s)
        return out

    def _told_otherwise(self, cx: CodingContext, verb: Token, answer: Argument, s: _Said,
                        j: int) -> bool:
        """Whether the account of ``verb`` (by ``answer``, a named speaker of another side)
        answers ``s``, a named speaker's claim of its own side's act told just before: the
        account's clause codes no act with a doer of its own (else the two accounts are
        weighed as rival acts) and speaks of something already told, a definite noun that
        is not the claim itself ("the boat", "the rebels"), or denies it ("no aircraft were
        damaged"); a confirmation agrees, and an
        intent ("the commission will go regardless") tells no outcome. Both speakers in the
        dictionary: a provisional one's side is unknown."""
        sp = s.speaker
        if sp is None or sp.span is None or any(
            x is None or x.startswith(("PRV.", "GEN.")) for x in (sp.actor, answer.actor)
        ) or (
            s.event.modality != "reported" or s.event.negated
            or s.event.type in _SPEECH_ACTS or not (self._did(s.event, sp) or self._own_act(s))
            or self._same_side(sp.actor, answer.actor)
            or verb.lemma_.lower() in self.cues.confirming_verbs
        ) or not (s.sent == j - 1 or (
            s.sent == j and 0 <= self._token_at(cx, s) < self._clause_start(verb)
        )):
            return False
        clause = [t for t in verb.subtree if t.i > answer.token.i]
        within = {t.i for t in clause}
        if any(self._token_at(cx, t) in within and t.event.source is not None
               for t in cx.speech.said if t.sent == j):
            return False
        if any(t.dep_ == "aux" and t.lower_ in ("will", "would", "shall", "'ll")
               for t in clause):
            return False
        said = self.cues.claim_nouns | self.cues.answered_objects | self.cues.source_nouns
        # (a noun by its tag or, mistagged, by its place: "the trawler" read as an adjective)
        return any((t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("nsubj", "nsubjpass", "dobj"))
                   and t.lemma_.lower() not in said
                   and t.lower_ not in said and any(
                       d.dep_ == "det" and (d.lower_ in ("the", "this", "that", "these", "those")
                                            or d.lower_ in self.cues.none_words)
                       for d in t.children) for t in clause)

    def _false_report(self, sent: Span) -> bool:
        """Whether the root of ``sent`` is a report verb the author calls false ("falsely
        claimed", "wrongly said")."""
        if not any(t.pos_ for t in sent):  # unparsed: the word before its report word
            forms = self.said_forms | _forms(self.cues.answer_verbs)
            k = next((t.i for t in sent[1:10] if t.lower_ in forms), None)
            return k is not None and sent.doc[k - 1].lower_ in self.cues.false_adverbs
        root = sent.root
        return self._is_report(root) and any(
            c.lower_ in self.cues.false_adverbs for c in root.children)

    def _next_account(self, cx: CodingContext, j: int) -> Argument | None:
        """The speaker of the sentence after sentence ``j`` when it is a report that sets
        itself against something in words ("cent com says no ship was hit", "the army said
        the claim was false"): a named or described speaker, not a pronoun."""
        sentences = cx.speech.sentences
        if j + 1 >= len(sentences):
            return None
        sent = sentences[j + 1]
        root = sent.root
        if not self._is_report(root):
            return None
        speaker = self._speaker_of(cx, root)
        if speaker is None or (speaker.span is None and (
            speaker.token.lower_ in _PRONOUNS or speaker.token.pos_ not in ("NOUN", "PROPN")
        )):
            return None
        cues = self.cues
        said = [t for t in root.subtree if t.i > root.i]
        if not any(t.dep_ == "neg" or t.lower_ in cues.answer_words
                   or t.lower_ in cues.none_words for t in said):
            return None
        return speaker

    def _contrary_holder(self, cx: CodingContext, sent: Span,
                         last: list[_Said]) -> Argument | None:
        """X in "contrary to X's claims" / "despite X's denials" at the start of ``sent``;
        "despite that announcement": the named speaker of the sentence before (its events:
        ``last``)."""
        doc = sent.doc
        before = [s.speaker for s in last if s.speaker is not None and s.speaker.span is not None]
        for i in range(sent.start, min(sent.end, sent.start + 3)):
            for phrase in self.cues.contrary_phrases:
                if not _at(doc, i, sent.end, phrase):
                    continue
                for t in doc[i + len(phrase): min(sent.end, i + len(phrase) + 6)]:
                    if {t.lemma_.lower(), t.lower_} & self.cues.claim_nouns:
                        for child in t.children:
                            if child.dep_ == "poss":
                                arg = self.reader.actor_arg(cx, child)
                                if arg.span is not None:
                                    return arg
                            if child.dep_ == "det" and child.lower_ in ("that", "this", "these",
                                                                        "those", "the") and before:
                                return before[-1]
        return None

    def _answers(self, cx: CodingContext, sent: Span) -> list[tuple[Token, Argument, str]]:
        """(verb, speaker, kind) of the clauses of ``sent`` that answer an earlier claim: a
        report, denial or answering verb with an actor as its subject (at the root or in a
        clause joined to it). ``kind``
        is ``deny`` (a denial verb, "rejected the charge"), ``answer`` (an answering verb or
        word: "insists", "a legitimate action"), ``account`` (a plain report: the speaker's
        own account, which opposes the earlier one only when the speaker is the accused) or
        ``contrast`` (a speaker without an actor id whose clause sets itself against the
        earlier account: "aid workers said the bombs fell on a market instead")."""
        root = sent.root
        out = []
        verbs = [root, *(c for c in root.children if c.dep_ in ("conj", "parataxis") or (
            # "pristina says belgrade armed them, vucic denies it": a denial of what was
            # just said, read as the first speaker's clause
            c.dep_ == "ccomp" and c.lemma_.lower() in self.reader.denial_verbs
            and (any(t.text == "," and t.i < c.i for t in c.subtree) or (
                c.left_edge.i > sent.start and c.doc[c.left_edge.i - 1].text == ","))
            and any(o.dep_ in ("dobj", "obj") and o.lower_ in self.cues.answered_objects
                    for o in c.children)) or (
            # "India said its forces shot down a Pakistani drone; Islamabad said the drone
            # never left its airspace": a second speaker's clause after a semicolon, read
            # as the first one's
            c.dep_ == "ccomp" and self._clause_start(c) > c.left_edge.i))]
        for verb in verbs:
            lemma = verb.lemma_.lower()
            denial = lemma in self.reader.denial_verbs
            if not (self._is_report(verb) or denial or lemma in self.cues.answer_verbs):
                continue
            if verb is not root and not any(c.dep_ == "nsubj" for c in verb.children):
                continue  # "... and called on ...": the same speaker going on
            # (what was said as the passive subject: "this version was rejected by the
            # armed forces")
            objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") or (
                c.dep_ == "nsubjpass" and c.lower_ not in ("it", "this", "that"))]
            said_object = any(c.lemma_.lower() in self.cues.answered_objects
                              or c.lower_ in self.cues.answered_objects for c in objects)
            if not denial and not said_object and any(
                c.dep_ == "advmod" and c.lower_ in ("also", "again", "further")
                for c in verb.children
            ):  # "The vice president also insisted ...": going on, not answering; "once
                continue  # again rejected the accusation" answers it
            if not (self._is_report(verb) or denial) and not said_object and not any(
                t.lower_ in self.cues.answer_words and t.pos_ in ("NOUN", "ADJ")
                for t in verb.subtree
            ):  # "Iran rejected a ceasefire" answers nobody; "rejected the charge", "calls
                continue  # that a lie" do
            if denial and self._no_denial(verb):
                continue  # "neither confirmed nor denied this report"
            speaker = self._speaker_of(cx, verb)
            if speaker is not None and said_object and speaker.span is None and (
                denial or lemma in ("reject", "dismiss")
            ) and (
                speaker.token.lower_ in _LONE_DENIERS
            ):  # "He also denied international press reports that ...": see _lone_denier
                speaker = self._lone_denier(cx, speaker)
            if speaker is None or (speaker.span is None and (
                speaker.token.i not in cx.speech.lone_deniers) and (
                speaker.token.lower_ in _PRONOUNS or speaker.token.pos_ not in ("NOUN", "PROPN")
                or speaker.token.lemma_.lower() in self.cues.evidence_nouns
            )):
                continue
            clause = [t for t in verb.subtree if t.i > speaker.token.i]
            if speaker.span is None and said_object and (denial or lemma in (
                "reject", "dismiss") or self._called_false(verb)
            ):  # "the area residents deny this report", "army spokesmen called the report a
                # fabrication": whoever denies what was said
                out.append((verb, speaker, "refute"))
                continue
            if speaker.span is None:
                # a speaker the dictionary lacks ("aid workers") answers a named speaker
                # only with words that set its account against the other ("instead")
                insists = lemma in self.cues.answer_verbs and lemma not in (
                    self.cues.naming_verbs) and not denial
                if any(t.lower_ in self.cues.contrast_answers or (
                    t.dep_ == "neg" and t.head.pos_ in ("NOUN", "PROPN")
                ) or (insists and (t.dep_ == "neg" or t.lower_ in self.cues.none_words))
                       for t in clause):
                    # ("... hit a weapons depot, not a school", "insisted no shots were
                    # fired")
                    out.append((verb, speaker, "contrast"))
                continue
            if said_object and (denial or lemma in ("reject", "dismiss")
                                or self._called_false(verb)):
                # ("the Kremlin called the accusation unfounded": what was said, denied by
                # whoever answers it, accused or not)
                out.append((verb, speaker, "refute"))
            elif denial:
                out.append((verb, speaker, "deny"))
            elif (lemma in self.cues.answer_verbs and lemma not in self.cues.naming_verbs) or any(
                (t.lower_ in self.cues.answer_words or t.dep_ == "neg")
                and not self._foretold(t) for t in clause
            ):  # ("biden calls it a response to ...", "call it a mutual decision": no answer)
                out.append((verb, speaker, "answer"))
            elif self._is_report(verb) and lemma not in self.cues.speech_verbs and (
                lemma not in self.cues.confirming_verbs
            ) and any(
                c.dep_ in ("ccomp", "parataxis") for c in verb.children
            ):  # (an account says something: "recalled its ambassador" tells nothing; "Lima
                # confirmed the trawler was seized" agrees with the account before)
                out.append((verb, speaker, "account"))
        return out

    def _offered(self, cx: CodingContext, said: _Said) -> bool:
        """Whether what was said is an offer or a deal, which a rejection turns down rather
        than calls untrue: an agreement of any kind, or restraint named by a noun or put in
        one, or its purpose ("announced a truce", "a plan to withdraw", "a ceasefire initiative
        to end the fighting ..., but the rebels dismissed it"; not "said its troops
        withdrew", an account)."""
        if said.event.type in _AGREEMENTS:
            return True
        at = self._token_at(cx, said)
        if said.event.type not in _RESTRAINT or at < 0:
            return False
        token = cx.doc[at]
        return token.pos_ == "NOUN" or (token.dep_ in ("acl", "relcl") and token.head.pos_ == (
            "NOUN") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)) or (
            token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in token.children))

    def _lone_denier(self, cx: CodingContext, pronoun: Argument) -> Argument | None:
        """A "he"/"she" no antecedent resolved, denying a report it names ("He also denied
        international press reports that the missile was built with Iraq", "She disputed the
        prosecution's version"): the last person named as a speaker before it in the post;
        where the post names no person before it (a passage that opens on the denial), the
        pronoun itself, kept as its words (``Speech.lone_deniers``); else nobody (a person
        named but not as a speaker could be anyone's antecedent)."""
        speech = cx.speech
        at = pronoun.token.i
        people = [s.speaker for s in speech.said if s.speaker is not None
                  and s.speaker.span is not None and s.speaker.token.i < at
                  and (s.speaker.actor or "").startswith(("PER.", "PRV.PER."))]
        if people:
            return max(people, key=lambda a: a.token.i)
        if any(e.label_ == "PERSON" and e.start < at for e in cx.doc.ents) or any(
            t.lower_ in _LONE_DENIERS for t in cx.doc[:at]
        ):
            return None
        speech.lone_deniers.add(at)
        return pronoun

    def _refuted(self, cx: CodingContext, verb: Token, answer: Argument, j: int
                 ) -> list[_Said]:
        """The claims a denial of what was said answers ("denied the charges", "rejected the
        FMLN's version", "deny this report"): the events of the nearest sentence (the one
        before, or this one before the denial's clause, else further back) that a named speaker
        other than the denier asserts; a deal or offer only under a denial verb proper
        ("rejected it" opposes the deal), a speaker the object names ("the FMLN reports")
        the only one answered."""
        speech = cx.speech
        start = self._clause_start(verb)
        owner = self._said_owner(cx, verb)
        proper = verb.lemma_.lower() in self.reader.denial_verbs

        def fits(s: _Said) -> bool:
            sp = s.speaker
            if sp is None or not s.claimed or s.event.type == "ACCUSE" or (
                s.event.type in _SPEECH_ACTS and self._did(s.event, sp)
            ) or (
                s.event.modality == "denied" or s.event.negated
            ) or (not proper and self._offered(cx, s)):
                return False
            if sp.span is None and (sp.token.lower_ in _PRONOUNS or sp.token.pos_ not in (
                    "NOUN", "PROPN")):
                return False
            # (calling a charge false sets the speaker against its maker, whatever their
            # country: only one state's own bodies speak as one there)
            one_side = self._same_side if proper else self._one_state
            if _same_speaker(sp, answer) or (
                sp.actor and answer.actor and one_side(sp.actor, answer.actor)
            ):
                return False
            return self._owned_by(s, owner)

        def charge(s: _Said) -> bool:
            # an accusation by another side: what "the accusation" answered names (the
            # accuser's charge is answered as such), so nothing further back is
            return s.event.type == "ACCUSE" and s.event.source is not None and not (
                answer.actor and self._same_side(s.event.source, answer.actor))

        said = {t.i for c in verb.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
        before = [s for s in speech.said if s.sent == j and (
            0 <= self._token_at(cx, s) < start or self._token_at(cx, s) in said)]
        here = [s for s in before if fits(s)]
        if here or any(charge(s) for s in before):
            return here
        for back in range(j - 1, -1, -1):  # (the nearest, however far: "denied the charge")
            found = [s for s in speech.said if s.sent == back and fits(s)]
            if found or any(charge(s) for s in speech.said if s.sent == back):
                return found
        return []

    def _responds(self, cx: CodingContext, kind: str, verb: Token, answer: Argument,
                  said: _Said, mine: list[_Said]) -> bool:
        """Whether the accused's plain account or answer (no denial verb) of ``said``
        responds to the act rather than telling it otherwise: an offer, a meeting or a
        coercive act (a warrant, a blockade, a capture) answered with no act of that kind in
        the answer's own clause ("the Kremlin said the decision was "null and void"",
        "Mondlane said he would only talk about a recount", "the group says it wants to
        choke the junta, not civilians", "Russia says its troops captured two villages.
        Ukraine's general staff said its forces repelled 40 attacks"); or an account by a
        pronoun, which goes on with the speaker before ("LOPEZ SAID ... HE RECALLED THAT
        ...")."""
        if kind not in ("account", "answer", "contrast"):
            return False
        clause = {t.i for c in verb.children if c.dep_ in ("ccomp", "parataxis")
                  for t in c.subtree}  # what it says ("... and recalled its ambassador": done)
        # (acts it tells with a verb; "the arrests were illegal" names the act it answers)
        told = {t.event.type for t in mine if t is not said and t.event.type not in _SPEECH_ACTS
                and self._token_at(cx, t) in clause
                and cx.doc[self._token_at(cx, t)].pos_ in ("VERB", "AUX")}
        kind_of = said.event.type
        if kind_of in _RESPONDED and kind_of not in told:
            return True
        return kind == "account" and answer.token.lower_ in _PRONOUNS

    def _denies_another(self, cx: CodingContext, verb: Token, event: Event,
                        mine: list[_Said]) -> bool:
        """Whether the denial ``verb`` says what it denies in a clause of its own that is not
        ``event``: the clause's subject is of another side than the one that did ``event``;
        where either has no actor id, the clause tells acts of other kinds, or none and its
        subject has no word in common with the one that did ``event``. ("Asmara denied that
        its soldiers were even inside Ethiopia" answers their killings there.) "LARIOS
        ADMITTED THAT THE REBELS HAVE HIT FOUR HELICOPTERS ... CRISTIANI DENIED THAT THE
        GUERRILLAS HAVE "LIBERATED TERRITORIES"" denies what the FMLN announced, not the
        hits; "X said the air force bombed villages. Y denied that its planes bombed
        them" answers it."""
        for c in verb.children:
            if c.dep_ != "ccomp":
                continue
            subject = next((d for d in c.children if d.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.lower_ in _PRONOUNS:
                continue
            arg = self.reader.actor_arg(cx, subject)
            if arg.actor is not None and event.source is not None:
                return not self._same_side(arg.actor, event.source)
            inside = {t.i for t in c.subtree}
            told = {t.event.type for t in mine if self._token_at(cx, t) in inside}
            if told:
                return event.type not in told
            words = {t.lower_ for t in subject.subtree if t.is_alpha and not t.is_stop}
            return not words & set((event.source_text or "").lower().split())
        return False

    def _calls_false(self, verb: Token) -> bool:
        """Whether the clause of ``verb`` calls what was said false: a claim noun and an
        answer word in it ("the report of an alleged ambush is completely false")."""
        cues = self.cues
        words = [t for t in verb.subtree if t.i > verb.i]
        return any({t.lemma_.lower(), t.lower_} & (cues.claim_nouns | cues.answered_objects)
                   and t.pos_ == "NOUN" for t in words) and any(
            t.lower_ in cues.answer_words and t.pos_ in ("ADJ", "NOUN") for t in words)

    @staticmethod
    def _titled(a: Argument, b: Argument) -> bool:
        """Whether ``b`` is the title ``a`` was named with ("VICE PRESIDENT ANTONIO CASTILLO
        CLARAMOUNT SAID ... THE VICE PRESIDENT ALSO INSISTED"): one speaker."""
        if a.span is None:
            return False
        doc = a.span.doc
        title = [w for w in b.text.lower().split() if w not in ("the", "a", "an")]
        before = [t.lower_ for t in doc[max(0, a.span.start - len(title) - 1):a.span.start]]
        return bool(title) and all(w in before for w in title)

    def _said_owner(self, cx: CodingContext, verb: Token) -> Argument | None:
        """Whose words the object of a denial names: "the FMLN reports", "Kyiv's claims",
        "the charges made by the armed forces", "a report by UN experts", "the findings of
        UN investigators"."""
        for c in verb.children:
            if c.dep_ not in ("dobj", "obj", "nsubjpass") or not (
                {c.lemma_.lower(), c.lower_} & (self.cues.claim_nouns | self.cues.answered_objects)
            ):
                continue
            for o in c.children:
                if o.dep_ in ("poss", "compound") and o.pos_ in ("NOUN", "PROPN"):
                    return self.reader.actor_arg(cx, o)
                if o.dep_ == "prep" and o.lower_ in ("by", "from"):
                    heads = [o]
                elif o.dep_ == "prep" and o.lower_ == "of":
                    # "the findings of UN investigators": an actor's words (not "the report
                    # of an ambush", what they tell of)
                    owner = next((self.reader.actor_arg(cx, p) for p in o.children
                                  if p.dep_ == "pobj"), None)
                    if owner is not None and owner.span is not None:
                        return owner
                    continue
                elif o.dep_ == "acl" and not any(m.dep_ == "mark" for m in o.children):
                    # "made by" (not the passive of what the report says: "reports that
                    # drones were flown by Russian crews")
                    heads = [a for a in o.children if a.dep_ == "agent"]
                else:
                    continue
                for h in heads:
                    for pobj in h.children:
                        if pobj.dep_ == "pobj":
                            return self.reader.actor_arg(cx, pobj)
        return None

    def _as_said(self, cx: CodingContext, verb: Token) -> tuple[Argument, int] | None:
        """Who said what a denial denies, in an "as" clause inside it, and where the clause
        starts: "denied that planes had entered its territory as the Sandinist government
        said", "..., as was announced by Radio Venceremos"."""
        for t in verb.subtree:
            if t.i <= verb.i or not (
                self._is_report(t) or t.lemma_.lower() in _ANNOUNCE
            ) or not any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
                continue
            for c in t.children:
                who = c if c.dep_ == "nsubj" else next(
                    (o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "agent" \
                    else None
                if who is not None:
                    return self.reader.actor_arg(cx, who), t.left_edge.i
        return self._as_said_words(cx, verb)

    def _as_said_words(self, cx: CodingContext, verb: Token) -> tuple[Argument, int] | None:
        """The "as" clause of :meth:`_as_said` read from the words where the parser made
        its verb a noun ("DENIES THAT IT IS HOLDING 1,000 CIVILIANS, AS THE SANDINISTS
        ALLEGE," in capitals): "as", a name, a report verb, then a stop."""
        doc = verb.doc
        forms = _forms(_ANNOUNCE)
        end = verb.sent.end
        for t in verb.subtree:
            if t.i <= verb.i + 1 or t.lower_ != "as" or not doc[t.i - 1].is_punct:
                continue
            k = t.i + 1
            while k < min(end, t.i + 7) and not doc[k].is_punct:
                k += 1
            said, who = doc[k - 1], doc[k - 2]
            if k - t.i >= 3 and (k == end or doc[k].is_punct) and said.lower_ in forms and (
                    who.pos_ in ("PROPN", "NOUN") and who.lower_ not in forms):
                return self.reader.actor_arg(cx, who), t.i
        return None

    def _owned_by(self, said: _Said, owner: Argument | None) -> bool:
        """Whether ``said`` may be the words of ``owner`` (any words, where it is ``None``):
        the same speaker or side; the author's own account is nobody's report."""
        if owner is None:
            return True
        e = said.event
        if e.type in _SPEECH_ACTS and e.source and owner.actor and self._same_side(
                e.source, owner.actor):
            return True  # "Venezuela accuses Guyana ...": Venezuela's accusation
        sp = said.speaker
        if sp is None:
            return False
        if owner.actor and sp.actor:
            return self._same_side(owner.actor, sp.actor)
        return _same_speaker(sp, owner) or bool(
            {owner.token.lower_, owner.token.lemma_.lower()} & set(sp.text.lower().split()))

    @staticmethod
    def _neither_nor(verb: Token) -> bool:
        """Whether ``verb`` is one of "neither ... nor" ("neither confirmed nor denied")."""
        doc = verb.doc
        if any(c.dep_ == "preconj" or c.lower_ in ("neither", "nor") for c in verb.children):
            return True
        if verb.i > 0 and doc[verb.i - 1].lower_ in ("nor", "neither"):
            return True
        return verb.dep_ == "conj" and any(c.dep_ == "preconj" or c.lower_ == "neither"
                                           for c in verb.head.children)

    def _no_denial(self, verb: Token) -> bool:
        """Whether the denial verb ``verb`` denies nothing: "neither confirmed nor denied",
        "would neither confirm nor deny", "cannot be denied", "was never able to deny",
        "refused to deny"."""
        if self._neither_nor(verb) or any(c.dep_ == "neg" for c in verb.children) or (
            verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("not", "never")
        ):
            return True
        head = verb.head
        if verb.dep_ == "xcomp" and head.i != verb.i:
            lemma = head.lemma_.lower()
            if lemma in ("unable", "refuse", "decline", "fail"):
                return True
            if lemma == "able" and any(c.dep_ == "neg" for t in (head, head.head)
                                       for c in t.children):
                return True
        return False

    def _blames(self, event: Event, answer: Argument, mine: list[_Said]) -> bool:
        """Whether the answer's sentence (its events: ``mine``) has the answerer accuse
        the side that did ``event``: the one it was done to confirms it ("A US strike
        killed a militia commander, CENTCOM said. The militia says it holds Washington
        responsible")."""
        return any(
            t.event.type == "ACCUSE" and self._same_side(t.event.target, event.source) and (
                self._same_side(t.event.source, answer.actor)
                or (t.speaker is not None and _same_speaker(t.speaker, answer))
            ) for t in mine)

    @staticmethod
    def _clause_start(verb: Token) -> int:
        """Where the clause of ``verb`` starts: its subject's first word when a semicolon
        stands right before it (the parser may hang the clause before the semicolon on
        ``verb``), else its left edge."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.left_edge.i > verb.sent.start and (
            verb.doc[subject.left_edge.i - 1].text == ";"
        ):
            return subject.left_edge.i
        return verb.left_edge.i

    def _accusation_of(self, event: Event, speaker: Argument) -> bool:
        """Whether ``event`` is an accusation, made by a named accuser of another side,
        of ``speaker`` (or its side): the accused answering it."""
        who = speaker.actor
        if event.type != "ACCUSE" or who is None or not event.source or not event.target:
            return False
        return not self._same_side(event.source, who) and (
            event.target == who or self._same_side(event.target, who))

    @staticmethod
    def _foretold(word: Token) -> bool:
        """A "not"/"never" of what will be ("the city will never fall"): a forecast, not an
        answer to what was said."""
        return word.dep_ == "neg" and any(
            c.dep_ == "aux" and c.lower_ in ("will", "wo", "shall", "'ll")
            for c in word.head.children)

    def _accused(self, event: Event, speaker: Argument) -> bool:
        """Whether ``speaker`` is (of) the source or target of ``event``: the accused, or
        the one it was done to, gives its own account."""
        who = speaker.actor
        if who is None:
            return False
        mine = self._home(who)
        for actor in (event.source, event.target):
            if actor and (actor == who or (mine is not None and self._home(actor) == mine
                                           and not self._insurgent_and_state(actor, who))):
                return True  # (a country's armed groups do not answer for its state's acts)
        return False

    def _serves(self, person: str | None, actor: str | None) -> bool:
        """Whether ``person`` holds (or held) an office of the state ``actor`` is (of):
        "Defence minister Israel Katz" speaks for Israel's army's side."""
        home = _country(actor)
        if person is None or home is None or home in _NOT_STATES or len(home) != 3:
            return False
        entry = self.reader.dictionary.get(person)
        return any(_country(a.actor) == home for a in getattr(entry, "affiliations", ()))

    def _did(self, event: Event, speaker: Argument) -> bool:
        """Whether ``speaker`` is (of) the side that did ``event`` (its source)."""
        who = speaker.actor
        return who is not None and event.source is not None and (
            self._same_side(event.source, who))

    def _home(self, actor: str) -> str | None:
        return self.reader.dictionary.home(actor)


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
