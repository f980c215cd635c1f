"""Who says what: attribution, claims of responsibility, hedges and rebuttals in one text.

The argument reader finds the plain cases itself ("X said that ...", "according to X",
"X denied ..."). :class:`Attribution` adds what needs more than the clause above a
trigger, with the cue words of ``data/attribution.yaml``:

* **more speakers**: a report clause after or beside the event ("..., the minister
  said", "As X announced today, ..."), admission and finding verbs ("Iran admitted
  that ...", "a UN panel determined that ...", "survivors point to ..."), the object of
  praise ("officials praise his contribution to the liberation of Iraq": the officials
  assert it), and the speaker carried to the next sentences of the post ("The ministry
  said ... It added that ...", "X said: ..."). A denied event is asserted (denied) by
  its denier. The post's author stays the asserter of everything else.
* **claims of responsibility**: "X claimed (responsibility for) the attack", "attacks
  claimed by X": X is the source and the asserter, the event ``reported``.
* **hedges**: "allegedly", "reportedly", "so-called", "purported" make an event
  ``reported``, with the speaker where one is named.
* **rebuttals** (:meth:`Attribution.rebuttals`, once a post is coded): "X praises P.
  But in fact Q", "X insists P. Satellite images show otherwise", "X falsely claimed
  P", "contrary to X's claims, Q", "despite X's denials, Q", "X denied P, but ...",
  and the accused answering in the next sentence ("The coalition says it was a
  legitimate military action"). Each gives claims with a ``stance``: the disputed
  event gets a ``disputes`` (or ``denies``) claim whose evidence is the other side's
  sentence; a denial answered by the author gives the author's assertion of what was
  denied as an event of its own, which the store merges with the denied mention. Both
  show as contested claims exactly as disputes between documents do.

A claim whose ``asserted_by`` and ``asserted_by_text`` are ``None`` is the post author's
(the store names the author when it shows it); a counter-claim by a speaker the
dictionary lacks ("independent researchers", "aid workers") keeps the speaker's words in
``asserted_by_text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from ..datafiles import packaged
from ..errors import ConfigError
from ..models import Claim, Event, Evidence, stable_id

if TYPE_CHECKING:
    from .coder import Argument, ArgumentReader, CodingContext, Frame

__all__ = ["Attribution", "AttributionCues", "Speech", "load_cues"]

#: The ``version`` of ``data/attribution.yaml`` this code reads.
CUES_VERSION = 1

# Id prefixes that name a kind of actor, not a state.
_NOT_STATES = frozenset({"GRP", "PER", "IGO", "NGO", "PTY", "COM", "MED", "PRV", "HIST"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
_SPEAKER_DEPS = frozenset({"parataxis", "advcl", "ccomp", "conj"})
# Events that are themselves words (an accusation, a demand, a rejection): an answer
# disputes what they say, not that they were said.
_SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT"})


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
    false_adverbs: frozenset[str]
    contrary_phrases: tuple[tuple[str, ...], ...]
    claim_nouns: frozenset[str]
    denial_nouns: frozenset[str]
    answer_verbs: frozenset[str]
    answer_words: frozenset[str]
    answered_objects: frozenset[str]
    counter_adverbs: frozenset[str]
    transcript_marks: frozenset[str]
    occasion_words: frozenset[str]
    report_fillers: frozenset[str]
    contrast_answers: frozenset[str]
    finding_verbs: frozenset[str]
    evidence_nouns: frozenset[str]


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

    return AttributionCues(
        speech_verbs=words("speech_verbs"), hedge_words=words("hedge_words"),
        source_words=words("source_words"),
        claiming_verbs=words("claiming_verbs"),
        responsibility_nouns=words("responsibility_nouns"),
        contribution_nouns=words("contribution_nouns"), credit_verbs=words("credit_verbs"),
        carry_subjects=words("carry_subjects"), counter_markers=phrases("counter_markers"),
        contrast_words=words("contrast_words"),
        opening_contrasts=words("opening_contrasts"), otherwise_words=words("otherwise_words"),
        false_adverbs=words("false_adverbs"), contrary_phrases=phrases("contrary_phrases"),
        claim_nouns=words("claim_nouns"), denial_nouns=words("denial_nouns"),
        answer_verbs=words("answer_verbs"), answer_words=words("answer_words"),
        answered_objects=words("answered_objects"),
        counter_adverbs=words("counter_adverbs"), contrast_answers=words("contrast_answers"),
        finding_verbs=words("finding_verbs"), transcript_marks=words("transcript_marks"),
        occasion_words=words("occasion_words"),
        report_fillers=words("report_fillers"),
        evidence_nouns=words("evidence_nouns"),
    )


@dataclass
class _Said:
    """One coded event with what attribution needs of it later in the post."""

    event: Event
    sent: int  # index of its sentence in the post
    speaker: Argument | None  # None: the author
    claimed: bool  # asserted by a speaker of the text (said, claimed, denied, hedged)
    accuser: Argument | None = None  # who asserts what the speaker denies, if named


@dataclass
class Speech:
    """Per-post attribution state, kept in the :class:`~.coder.CodingContext`."""

    sentence: int = -1
    last_speaker: Argument | None = None  # the last sentence's report-verb subject
    colon_speaker: Argument | None = None  # "X said:" opens everything after it ...
    colon_at: int = -1  # ... from this token on
    heading: bool = False  # the colon speaker heads the post ("kagame on cnn: ...")
    that_speaker: Argument | None = None  # "CASTILLA REPORTS THAT ...", read from the words
    that_at: int = -1  # ... from this token to the end of its sentence
    that_end: int = -1
    accusers: dict[int, Argument] = field(default_factory=dict)  # by trigger token
    said: list[_Said] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)


def _at(doc: Any, i: int, end: int, phrase: tuple[str, ...]) -> bool:
    return i + len(phrase) <= end and all(doc[i + k].lower_ == w for k, w in enumerate(phrase))


def _same_speaker(a: Argument, b: Argument) -> bool:
    """The same speaker: the same actor id, or (without ids) the same head word."""
    if a.actor is not None or b.actor is not None:
        return a.actor == b.actor
    return a.token.lemma_.lower() == b.token.lemma_.lower()


def _country(actor: str | None) -> str | None:
    return actor.split(".")[0] if actor else None


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

    # -- speakers ------------------------------------------------------------------------

    def _speaker_of(self, cx: CodingContext, verb: Token) -> Argument | None:
        speaker = next(iter(self.reader.subjects(cx, verb)), None)
        if speaker is None:
            return None
        if speaker.span is None and (
            speaker.token.lower_ in self.cues.carry_subjects
            or speaker.token.lemma_.lower() in self.cues.carry_subjects
        ) and cx.speech.last_speaker is not None:
            return cx.speech.last_speaker  # "It added that ...": the ministry, still
        return self.reader.infer(cx, speaker, None, verb.sent)

    def _is_report(self, verb: Token) -> bool:
        return verb.pos_ in ("VERB", "AUX") and bool(_keys(verb) & self.report)

    def refine(self, cx: CodingContext, trigger: Token, sent: Span, frame: Frame) -> None:
        """Complete ``frame`` (read by the reader from the clauses above ``trigger``)."""
        chain = [trigger, *trigger.ancestors]
        if frame.asserted_by is None:
            frame.asserted_by = self._more_speakers(cx, trigger, chain) or self._per(cx, sent)
            if frame.asserted_by is not None and frame.modality == "asserted":
                frame.modality = "reported"
        elif frame.asserted_by.span is None and frame.asserted_by.token.lower_ in _PRONOUNS:
            carried = cx.speech.last_speaker
            if carried is not None:
                frame.asserted_by = carried
        elif frame.asserted_by.span is None:
            frame.asserted_by = self.reader.infer(cx, frame.asserted_by, None, sent)
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
            frame.asserted_by = frame.denied_by
        if frame.asserted_by is None and cx.speech.colon_speaker is not None and (
            trigger.i > cx.speech.colon_at
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
        if frame.modality == "asserted" and self._hedged(trigger, chain):
            frame.modality = "reported"

    def _more_speakers(self, cx: CodingContext, trigger: Token,
                       chain: list[Token]) -> Argument | None:
        # "X determined that Y had committed P and imposed Q": Q, in the simple past beside
        # a past perfect, is X's own act coordinated with the speech verb (a misparse)
        detached = trigger.dep_ == "conj" and trigger.tag_ == "VBD" and any(
            c.lower_ == "had" for c in trigger.head.children)
        for depth, gov in enumerate(chain):
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
                    child.i < gov.i or any(c.dep_ in ("ccomp", "xcomp", "dobj")
                                           for c in child.children)
                ):
                    continue  # "...; Zagreb insisted they left": a claim of its own
                speaker = self._speaker_of(cx, child)
                if speaker is not None:
                    return speaker
            if depth == 0:
                continue
            via = chain[depth - 1]
            if gov.pos_ not in ("VERB", "AUX"):
                continue
            keys = _keys(gov)
            if via.dep_ in ("ccomp", "xcomp", "pcomp", "prep", "dobj", "advcl", "oprd") and (
                keys & self.cues.speech_verbs
            ) and not detached:
                return self._speaker_of(cx, gov)
            if keys & self.cues.credit_verbs and any(
                t.lemma_.lower() in self.cues.contribution_nouns for t in chain[:depth]
            ):
                # "praise his contribution to the liberation of Iraq": their claim
                return self._speaker_of(cx, gov)
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
            ):
                return self._actor_subject(cx, child)  # "for which X claimed responsibility"
        return None

    def _claimed_above(self, cx: CodingContext, trigger: Token) -> Argument | None:
        """The claimant of the attack a clause hangs on: "X claimed the blasts that killed
        100", "responsibility for the bombing at the station, which killed 26" (the noun
        phrases above the trigger, up to the first other verb)."""
        token = trigger
        for _ in range(4):
            if token.dep_ in ("ROOT",) or token.head == token:
                return None
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
        claimant = self.claimant(cx, trigger) or self._claimed_above(cx, trigger)
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
        for k in range(sent.start + 1, sent.end):
            # "Minister Ellwood said: ...": read from the words, parsed or not
            verb = doc[k - 1]
            if doc[k].text == ":" and (verb.lower_ in self.said_forms or self._is_report(verb)):
                mentions = [m for m in cx.mentions if sent.start <= m.start and m.end <= verb.i]
                if mentions:
                    m = mentions[-1]
                    speech.colon_speaker = self.reader.actor_arg(cx, doc[m.end - 1])
                    speech.colon_at, speech.heading = k, False
                elif k - 2 >= sent.start and doc[k - 2].is_title and doc[k - 2].is_alpha:
                    # a name the dictionary lacks ("Minister Ellwood said:"): its words
                    from .coder import Argument

                    speech.colon_speaker = Argument(doc[k - 2], None)
                    speech.colon_at, speech.heading = k, False

    def _word_speaker(self, cx: CodingContext, start: int, end: int) -> Argument | None:
        """The speaker the words ``doc[start:end]`` name: the last actor mention among them,
        else their last word when it is a name (title or capitals, not a pronoun)."""
        from .coder import Argument

        doc = cx.doc
        mentions = [m for m in cx.mentions if start <= m.start and m.end <= end]
        if mentions:
            return self.reader.actor_arg(cx, doc[mentions[-1].end - 1])
        last = doc[end - 1]
        if last.is_alpha and not last.is_stop and (last.is_title or last.is_upper) and (
            last.lower_ not in _PRONOUNS and last.lower_ not in ("him", "them", "you", "i")
        ):
            return Argument(last, None)
        return None

    def _heading_speaker(self, cx: CodingContext, sent: Span) -> None:
        """"kagame on cnn: ...", "hemedti in a new speech: ...", "abdul malik al-houthi
        today: ...": a person, or an actor with words of an occasion, before a colon near
        the start of a post's sentence speaks what follows ("sudan: rsf shelled ..." is a
        place heading, not a speaker)."""
        doc = sent.doc
        colon = next((k for k in range(sent.start + 1, min(sent.end - 1, sent.start + 9))
                      if doc[k].text == ":"), None)
        if colon is None or any(t.pos_ in ("VERB", "AUX") and t.lower_ not in ("new",)
                                for t in doc[sent.start:colon]):
            return
        mentions = [m for m in cx.mentions if sent.start <= m.start and m.end <= colon]
        if not mentions:
            return
        m = mentions[-1]
        between = [t.lower_ for t in doc[m.end:colon]]
        if any(w in ("'s", "’s") for w in between):
            return  # "hemedti's african tour:": a heading about the actor
        occasion = set(between) & self.cues.occasion_words
        person = self.reader.dictionary.is_person(m.id_)
        if (person and set(between) <= self.cues.occasion_words) or (
            occasion - {"today", "tonight", "yesterday"}  # "maputo today:" is a dateline
        ):
            cx.speech.colon_speaker = self.reader.actor_arg(cx, doc[m.end - 1])
            cx.speech.colon_at = colon
            cx.speech.heading = True

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
            while after < min(len(doc), k + 4) and doc[after].lower_ in self.cues.report_fillers:
                after += 1
            if after >= len(doc):
                return
            if doc[after].lower_ in _PRONOUNS and not upper and after < sent.end:
                after -= 1  # "trump claims he brokered it": the report word read as a noun
            elif doc[after].lower_ not in ("that", '"', "“", ":"):
                return
            before = doc[sent.start:k]
            if any(t.lower_ in self.said_forms or not (t.is_alpha or t.text in ("'s", "’s", "-"))
                   for t in before):
                return
            speaker = self._word_speaker(cx, sent.start, k)
            if speaker is not None:
                speech.that_speaker, speech.that_at = speaker, after
                speech.that_end = len(doc) if upper else sent.end
            return

    def end_sentence(self, cx: CodingContext, sent: Span) -> None:
        """Remember the sentence's speaker for "It added ..." and "X said: ..."."""
        speech = cx.speech
        root = sent.root
        if self._is_report(root):
            speaker = self._speaker_of(cx, root)
            if speaker is not None and (speaker.span is not None or
                                        speaker.token.lower_ not in _PRONOUNS):
                speech.last_speaker = speaker

    def record(self, cx: CodingContext, trigger: Token, event: Event, frame: Frame) -> None:
        claimed = frame.asserted_by is not None or frame.modality in ("reported", "denied")
        cx.speech.said.append(_Said(event, cx.speech.sentence, frame.asserted_by, claimed,
                                    cx.speech.accusers.get(trigger.i)))

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
            if by is None or (by.span is None and by.token.lower_ in _PRONOUNS):
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
            if by is not None and by.span is None and by.token.lower_ in _PRONOUNS:
                return  # "they": nobody the claim could name
            by_id = by.actor if by is not None else None
            by_text = by.text if by is not None else None
            if said.speaker is not None and by is not None and _same_speaker(said.speaker, by):
                return
            if said.speaker is None and by is None:
                return  # the author against the author
            key = (said.event.id, by_id or by_text or "")
            if key in seen or (said.event.id, sent.start) in seen_in:
                return  # one counter-claim per event and answering sentence
            seen.add(key)
            seen_in.add((said.event.id, sent.start))
            evidence = self._evidence(cx, sent)
            e = said.event
            if e.modality == "denied" and stance == "disputes" and copy:
                # "X denied P, but ...": the other side asserts P, as an event of its own
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

        self._confirmations(cx)
        for said in speech.said:
            if said.event.modality == "denied":
                accused(said)
        for j, sent in enumerate(speech.sentences):
            mine = [s for s in speech.said if s.sent == j]
            marker = self._counter_marker(sent)
            if marker is not None:
                # P: the claimed events before the marker, in this sentence or the last
                before = [s for s in mine if s.claimed and s.event.evidence.start < marker.idx
                          and self._token_at(cx, s) < marker.i]
                if not before and j > 0:
                    before = [s for s in speech.said if s.sent == j - 1 and s.claimed]
                after = [s for s in mine if self._token_at(cx, s) >= marker.i]
                by = (self._otherwise_speaker(cx, sent) or self._evidence_holder(cx, sent, marker)
                      or self._counter_speaker(after))
                for s in before:
                    dispute(s, by, sent, "disputes")
            for s in self._falsely_claimed(cx, sent, mine):
                dispute(s, None, sent, "disputes")
            holder = self._contrary_holder(cx, sent)
            if holder is not None:
                for s in mine:
                    if s.speaker is None and not self._inside(cx, s, holder.token):
                        dispute(s, holder, sent, "denies")
                # "X says P. Contrary to X's claims, UN experts found Q": X's P disputed
                by = self._evidence_holder(cx, sent, sent[0])
                for s in speech.said:
                    if s.sent in (j - 1, j - 2) and s.speaker is not None and (
                        _same_speaker(s.speaker, holder)
                    ):
                        dispute(s, by, sent, "disputes")
            for verb, answer, kind in self._answers(cx, sent):
                for s in speech.said:
                    earlier = s.sent in (j - 1, j - 2) or (
                        s.sent == j and self._token_at(cx, s) < verb.left_edge.i)
                    if not earlier or s.event.type in _SPEECH_ACTS or (
                        s.speaker is not None and _same_speaker(s.speaker, answer)
                    ):
                        continue
                    if kind == "account" and (s.speaker is None or _country(
                        s.speaker.actor) == _country(answer.actor)):
                        continue  # a second account opposes a named speaker's, not an ally's
                    if kind == "contrast" and s.speaker is not None and s.sent != j:
                        dispute(s, answer, sent, "disputes")
                    elif self._accused(s.event, answer):
                        dispute(s, answer, sent, "denies" if kind == "deny" else "disputes")
            for s in (s for s in speech.said if s.event.modality == "denied"):
                # "X denied P, but investigators traced ...": the other side of a denial
                if s.sent == j or (s.sent == j - 1 and self._opens_contrast(sent)):
                    but = self._but_after(sent, self._token_at(cx, s) if s.sent == j else -1)
                    if but is not None:
                        dispute(s, self._evidence_holder(cx, sent, but), sent, "disputes",
                                copy=False)
                # "X denied bombing the theatre. Survivors point to a Russian air strike":
                # another's account of the same kind of act by the same side
                for t in speech.said:
                    if t.sent in (j,) and s.sent in (j - 1, j) and t is not s and (
                        t.event.type == s.event.type and t.event.modality == "reported"
                        and t.speaker is not None and s.speaker is not None
                        and not _same_speaker(t.speaker, s.speaker)
                        and self._same_side(t.event.source, s.event.source)
                    ):
                        dispute(s, t.speaker, sent, "disputes", copy=False)  # t is its own
        return events, claims

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
                e = said.event
                new = replace(e, asserted_by=speaker.actor, asserted_by_text=speaker.text,
                              modality="reported" if e.modality == "asserted" else e.modality)
                cx.out.events[:] = [new if x.id == e.id else x for x in cx.out.events]
                cx.out.claims[:] = [
                    replace(c, asserted_by=speaker.actor) if c.event == e.id and (
                        c.stance == "asserts") else c for c in cx.out.claims]
                said.event, said.speaker, said.claimed = new, speaker, True

    def _opens_contrast(self, sent: Span) -> bool:
        return sent[0].lower_ in self.cues.opening_contrasts

    def _but_after(self, sent: Span, after: int) -> Token | None:
        """The first "but"/"yet" of ``sent`` after token ``after`` (its first word when the
        sentence opens with one)."""
        for t in sent:
            if t.i > after and t.lower_ in ("but", "yet") and t.dep_ in ("cc", "advmod", "mark"):
                return t
        return None

    def _same_side(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return False
        home = self._home(a)
        return a == b or (home is not None and home == self._home(b))

    def _token_at(self, cx: CodingContext, said: _Said) -> int:
        """The token index of an event's trigger (its first character in the post)."""
        doc = cx.doc
        start = said.event.evidence.start
        span = doc.char_span(start, said.event.evidence.end, alignment_mode="expand")
        if span is None or not said.event.trigger:
            return -1
        words = said.event.trigger.split()
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
        while i < sent.end and (doc[i].lower_ in cues.contrast_words or doc[i].is_punct):
            i += 1
        for phrase in cues.counter_markers:
            if _at(doc, i, sent.end, phrase):
                return doc[i]
        if i > sent.start and doc[sent.start].lower_ in cues.opening_contrasts:
            return doc[sent.start]  # "Yet Fano units still control ...": against the last
        for k in range(sent.start + 1, sent.end):
            if doc[k - 1].lower_ in ("but", "yet") or (doc[k - 1].text == "," and
                                                        doc[k].lower_ in ("but", "yet")):
                for phrase in cues.counter_markers:
                    if _at(doc, k, sent.end, phrase):
                        return doc[k]
            if doc[k].lower_ in cues.otherwise_words and doc[k].dep_ in ("advmod", "dobj", "dep"):
                return doc[sent.start]
            if doc[k].lower_ in cues.counter_adverbs and doc[k].dep_ == "advmod":
                return doc[sent.start]  # "The Kremlin nonetheless insisted ...": the whole
        return None

    def _otherwise_speaker(self, cx: CodingContext, sent: Span) -> Argument | None:
        """"A UN panel and satellite imagery show otherwise": the panel."""
        for t in sent:
            if t.lower_ in self.cues.otherwise_words and t.head.pos_ in ("VERB", "AUX"):
                for a in self.reader.subjects(cx, t.head):
                    if a.span is not None:
                        return a
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
            ):
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
        return None

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
        for token in sent:
            if token.lower_ in self.cues.false_adverbs and self._is_report(token.head):
                speaker = next(iter(self.reader.subjects(cx, token.head)), None)
                out += [s for s in mine if s.speaker is not None and speaker is not None
                        and s.speaker.token == speaker.token]
        return out

    def _contrary_holder(self, cx: CodingContext, sent: Span) -> Argument | None:
        """X in "contrary to X's claims" / "despite X's denials" at the start of ``sent``."""
        doc = sent.doc
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
        verbs = [root, *(c for c in root.children if c.dep_ in ("conj", "parataxis"))]
        for verb in verbs:
            lemma = verb.lemma_.lower()
            denial = lemma in self.reader.denial_verbs
            if not (self._is_report(verb) or denial or lemma in self.cues.answer_verbs):
                continue
            if verb is not root and not any(c.dep_ == "nsubj" for c in verb.children):
                continue  # "... and called on ...": the same speaker going on
            objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            said_object = any(c.lemma_.lower() in self.cues.answered_objects
                              or c.lower_ in self.cues.answered_objects for c in objects)
            if not (self._is_report(verb) or denial) and not said_object and not any(
                t.lower_ in self.cues.answer_words and t.pos_ in ("NOUN", "ADJ")
                for t in verb.subtree
            ):  # "Iran rejected a ceasefire" answers nobody; "rejected the charge", "calls
                continue  # that a lie" do
            speaker = self._speaker_of(cx, verb)
            if speaker is None or (speaker.span is None and (
                speaker.token.lower_ in _PRONOUNS or speaker.token.pos_ not in ("NOUN", "PROPN")
                or speaker.token.lemma_.lower() in self.cues.evidence_nouns
            )):
                continue
            clause = [t for t in verb.subtree if t.i > speaker.token.i]
            if speaker.span is None:
                # a speaker the dictionary lacks ("aid workers") answers a named speaker
                # only with words that set its account against the other ("instead")
                if any(t.lower_ in self.cues.contrast_answers for t in clause):
                    out.append((verb, speaker, "contrast"))
                continue
            if denial or (lemma in ("reject", "dismiss") and said_object):
                out.append((verb, speaker, "deny"))
            elif lemma in self.cues.answer_verbs or any(
                t.lower_ in self.cues.answer_words or t.dep_ == "neg" for t in clause
            ):
                out.append((verb, speaker, "answer"))
            elif self._is_report(verb) and lemma not in self.cues.speech_verbs:
                out.append((verb, speaker, "account"))
        return out

    def _accused(self, event: Event, speaker: Argument) -> bool:
        """Whether ``speaker`` is (of) the source or target of ``event``: the accused, or
        the one it was done to, gives its own account."""
        who = speaker.actor
        if who is None:
            return False
        mine = self._home(who)
        for actor in (event.source, event.target):
            if actor and (actor == who or (mine is not None and self._home(actor) == mine)):
                return True
        return False

    def _home(self, actor: str) -> str | None:
        """The country of an actor: its id's first part for a state or state body ("IRN.MIL"),
        else the dictionary's country ("PER.ALEKSANDAR_VUCIC": SRB), else ``None``."""
        head = actor.split(".")[0]
        if len(head) == 3 and head not in _NOT_STATES:
            return head
        entry = self.reader.dictionary.get(actor)
        return getattr(entry, "country", None) if entry is not None else None
