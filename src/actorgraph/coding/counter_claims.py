"""The other side of a contest: markers, answers and refutations.

"But in fact", "contrary to X's claims", "satellite images show otherwise", "X denied it",
"the ministry called the report a fabrication": the words that answer an earlier account,
who answers and what the answer says. :class:`~.rebuttals.RebuttalFinder` pairs the
accounts these readers find.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from ..models import Event, Evidence
from .cameo_verbs import singular
from .lexicon import MATERIAL_CONFLICT
from .speakers import SpeakerReader
from .speech import (
    _AGREEMENTS,
    _ANNOUNCE,
    _CLAIMED_DEPS,
    _DENIED_DEPS,
    _DOUBTED,
    _FORCE,
    _LONE_DENIERS,
    _NOT_FALSE,
    _NOT_TRUE,
    _PRONOUNS,
    _RESPONDED,
    _RESTRAINT,
    _SPEECH_ACTS,
    _at,
    _country,
    _first_words,
    _forms,
    _lower_words,
    _on_each_other,
    _one_actor,
    _Said,
    _same_speaker,
)

if TYPE_CHECKING:
    from .reading import Argument, CodingContext


#: The label a fact-check gives its verdict ("Rating: FALSE.", "Verdict: false."): the
#: author's answer to the claim it checks (ctr35).
_VERDICT_LABELS = frozenset({"rating", "verdict", "ruling"})


class CounterClaims(SpeakerReader):
    """Readers of the words that answer an earlier account."""

    def _actor_subject(self, cx: CodingContext, verb: Token) -> Argument | None:
        speaker = next(iter(self.reader.subjects(cx, verb)), None)
        return speaker if speaker is not None and speaker.span is not None else None

    def _word_speaker(self, cx: CodingContext, start: int, end: int) -> Argument | None:
        """The speaker the words ``doc[start:end]`` name: the last actor mention among them,
        else their last word when it is a name (title or capitals, not a pronoun)."""
        from .reading import Argument

        doc = cx.doc
        mentions = [m for m in cx.mentions if start <= m.start and m.end <= end]
        if mentions:
            arg = self.reader.actor_arg(cx, doc[mentions[-1].end - 1])
            return self._known_person(cx, arg) or self._person(cx, arg) or arg
        last = doc[end - 1]
        while last.is_space and last.i > start:
            last = doc[last.i - 1]
        if last.pos_ == "NOUN" and (last.is_title or last.is_upper) and (
            self._speaker_noun(last)
            or {last.lower_, last.lemma_.lower()} & self.cues.source_nouns
        ):
            # "THE PRESIDENT SAID THAT ...", "THE COMMUNIQUE ADDS THAT ...": capitals make no
            # name of a common noun; read as any speaker noun is (the president named
            # before, the report's owner, the source's body, the post's country)
            arg = self.reader.infer(cx, self.reader.actor_arg(cx, last), None, last.sent)
            return self.named(cx, arg) or arg
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

    @staticmethod
    def _own_act(said: _Said) -> bool:
        """A speaker telling of its own act: "The army said it had killed 203 militants"
        (the act's source a pronoun under the speaker's report)."""
        source = (said.event.source_text or "").lower()
        return said.speaker is not None and source in ("it", "they", "we")

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
        # (or named at once after "as", the object coming last: "denounced as slander a
        # Tajik statement that ...", reb28)
        named = [g for t in words[:1] if t.lower_ == "as" for g in words[1:3]
                 if g.pos_ in ("ADJ", "NOUN")]
        return any({t.lower_, t.lemma_.lower()} & self.cues.answer_words
                   and t.lower_ not in _NOT_FALSE for t in last + named)

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
        state = self.reader.dictionary.state_of
        return state(a) is not None and state(a) == state(b) and all(
            len(x) == 1 or x[1].lower() in self.cues.state_sectors for x in parts)

    def _one_country(self, a: str | None, b: str | None) -> bool:
        """Whether two speakers are of one country by their ids' first parts ("UKR.GOV",
        "UKR.MIL"; two groups): a person by the country the dictionary gives (two persons
        are no one country for sharing the prefix ``PER.``, nor a person and Peru)."""
        person = self.reader.dictionary.is_person
        if a is not None and b is not None and (person(a) or person(b)):
            return self._same_side(a, b)
        return _country(a) == _country(b)

    def _same_side(self, a: str | None, b: str | None) -> bool:
        return self.reader.dictionary.same_side(a, b) and not self._insurgent_and_state(
            a, b) and not _opposition_and_other(a, b)

    def _insurgent_and_state(self, a: str | None, b: str | None) -> bool:
        """Whether one of two actors of one country is an insurgent group and the other is
        not: a country's rebels never speak for its state ("the army said it killed 15 FMLN
        fighters, which the FMLN denied" is a contest, not one voice)."""
        return self._insurgent(a) != self._insurgent(b)

    def _insurgent(self, actor: str | None) -> bool:
        """Whether ``actor`` is an insurgent group, or a person who leads or belongs to one
        and holds no office of a state (Cherizier of the G9 gang federation speaks for the
        gangs, not for Haiti's police)."""
        kinds = self.cues.insurgent_kinds
        dictionary = self.reader.dictionary
        entry = dictionary.get(actor) if actor else None
        if entry is None:
            return False
        if entry.kind in kinds:
            return True
        ties = [a.actor for a in getattr(entry, "affiliations", ())]
        return entry.kind == "person" and not any(
            dictionary.state_of(t) is not None for t in ties) and any(
            (tie := dictionary.get(t)) is not None and tie.kind in kinds for t in ties)

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
            if self._told_differently(doc[k]) is not None:
                return doc[clause]  # "residents tell a different story"
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
                or self._none_offered(doc[n - 1], end)
            ):
                return True
        return False

    def _none_offered(self, noun: Token, end: int) -> bool:
        """Whether a doubt noun ends its clause as the object of a verb of giving ("had
        offered no proof", "has provided no evidence", "presented no evidence for it"): the
        speaker answered has shown nothing for what it said (reb28)."""
        return noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in (
            self.cues.offering_verbs) and (noun.i + 1 >= end or noun.doc[noun.i + 1].is_punct)

    def _judged_false_subject(self, root: Token) -> bool:
        """Whether the subject of ``root`` is what was said: a pointing word, or a claim
        noun with one or with its owner ("that claim", "the allegations", "Kyiv's claims")."""
        cues = self.cues
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return False
        # (or the evidence it rests on: "the video was staged", "the footage is fake", ctr35)
        named = {subject.lemma_.lower(), subject.lower_} & (cues.claim_nouns
                                                           | cues.answered_objects
                                                           | cues.evidence_nouns)
        # (the pointing word right before it, whatever the parser made of it: "said that
        # account was false" hangs "that" on the verb as its mark)
        pointed = any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "the",
                                                        "such") or c.dep_ == "poss"
                      for c in subject.children) or (
            subject.i > 0 and subject.nbor(-1).lower_ in ("this", "that", "these", "those"))
        return subject.lower_ in ("this", "that") or bool(named and pointed)

    def _judged_false(self, sent: Span) -> bool:
        """Whether ``sent`` says that what was just said is false: its subject the claim
        (a pointing word, or a claim noun with one), an answer word its predicate ("That
        claim is false", "The allegations are baseless", "This is a fabrication")."""
        cues = self.cues
        if self._verdict(sent):
            return True
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
        # "That is not true: three villages were flooded": the judgement before a colon,
        # parsed as a clause of the correction after it
        return any(self._judged_false_clause(c) for c in (root, *(
            c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i
            and c.doc[c.right_edge.i + 1].text in (":", ";", "\u2014"))))

    def _verdict(self, sent: Span) -> bool:
        """Whether ``sent`` is a fact-check's verdict alone: a verdict label, a colon and
        a falsehood word ("Rating: FALSE.", "Verdict: fake.", "Ruling: not true") (ctr35)."""
        words = [t.lower_ for t in sent if not (t.is_space or (t.is_punct and t.text != ":"))]
        if len(words) < 3 or words[0] not in _VERDICT_LABELS or words[1] != ":":
            return False
        judged = words[2:]
        return len(judged) <= 2 and (" ".join(judged) in _NOT_TRUE or all(
            w in self.cues.falsehood_words() for w in judged))

    def _judged_false_clause(self, root: Token) -> bool:
        """Whether the clause headed by ``root`` calls what was said false (see
        :meth:`_judged_false`)."""
        cues = self.cues
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
            return self._office_speaker(cx, root) if any(t.pos_ for t in sent) else None
        return speaker

    def _office_speaker(self, cx: CodingContext, verb: Token) -> Argument | None:
        """The subject of report ``verb`` when it names a speaker by office or kind only,
        which the dictionary lacks ("The mayor said crime fell", "Doctors say ..."): it
        still holds its side (an id inferred from the sentence, else its words)."""
        subject = next(iter(self.reader.subjects(cx, verb)), None)
        if subject is None or subject.span is not None or subject.token.lower_ in _PRONOUNS:
            return None
        if not any(self._speaker_noun(t) for t in (subject.token, *(  # ("the police chief")
                c for c in subject.token.children if c.dep_ in ("compound", "amod")))):
            return None
        return self.reader.infer(cx, subject, None, verb.sent)

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
        denials = self.refusals
        return speaker, a, b, verb.lemma_.lower() in denials or verb.lower_ in _forms(denials)

    def _answers_in_words(self, verb: Token) -> bool:
        """Whether an answer sets itself against what was said in words, not by a negation
        alone: an answering verb other than a naming one ("insists", "rejects"), or an
        answer word in its clause ("calls it a fabrication", "says otherwise"); not "has
        not confirmed the deal", which leaves it open."""
        cues = self.cues
        lemma = verb.lemma_.lower()
        return cues.answering(lemma) or any(
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

    def _told_differently(self, word: Token) -> Token | None:
        """The verb by which ``word`` sets a rival account against one told before: "gave
        the reverse account", "tell a different story" (an adjective of the verb's object,
        one of the rival account nouns), "remember it differently" (an adverb of it)."""
        cues = self.cues
        if word.lower_ not in cues.different_words:
            return None
        if word.dep_ == "advmod":  # "remember it differently"
            verb = word.head
        elif word.dep_ == "amod" and word.head.dep_ in ("dobj", "obj") and (
                word.head.lemma_.lower() in cues.rival_account_nouns):  # "a different story"
            verb = word.head.head
        else:
            return None
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        if verb.pos_ != "VERB" or passive or verb.lemma_.lower() not in cues.rival_account_verbs:
            return None
        return verb

    def _otherwise_speaker(self, cx: CodingContext, sent: Span) -> Argument | None:
        """"A UN panel and satellite imagery show otherwise": the panel; "residents tell a
        different story": the residents."""
        for t in sent:
            told = self._told_differently(t)
            if told is not None:
                # (a subject the dictionary lacks by its words: "local residents"; not
                # evidence, whose holder is read as evidence's is: "the record tells a
                # different story")
                teller = next((a for a in self.reader.subjects(cx, told) if (
                    a.span is not None or (a.token.pos_ in ("NOUN", "PROPN")
                                           and a.token.lower_ not in _PRONOUNS))
                    and a.token.lemma_.lower() not in self.cues.evidence_nouns), None)
                return teller if teller is None or teller.span is not None else self.named(
                    cx, self.reader.infer(cx, teller, None, sent))
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
        if found and source is not None:
            # "..., according to witnesses interviewed by Amnesty International": who gathered
            # the accounts of speakers the dictionary lacks
            maker = self._maker(cx, source.token)
            if maker is not None and maker.span is not None:
                return maker
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
        rsf, rsf blamed saf"); or the two charges of one reciprocal verb ("Thailand and
        Cambodia accused each other of firing first"), the first side's answered by the
        second."""
        out: list[tuple[_Said, Argument]] = []
        said = cx.speech.said
        for t in mine:
            e = t.event
            if e.type != "ACCUSE" or e.source is None or e.target is None or e.negated:
                continue
            k = self._token_at(cx, t)
            mutual = k >= 0 and _on_each_other(cx.doc[k])
            # (the charge's place among all said, read only for a reciprocal verb: a walk of
            # every sentence's charges per sentence would grow with the square of the text)
            n = next(i for i, x in enumerate(said) if x is t) if mutual else -1
            for m, s in enumerate(said):
                f = s.event
                if s is t or f.type != "ACCUSE" or f.negated or s.sent not in (j - 1, j) or (
                    s.sent == j and self._token_at(cx, s) >= k
                    and not (mutual and self._token_at(cx, s) == k and m < n)
                ) or f.source is None or f.target is None or not (
                    _one_actor(f.source, e.target) and _one_actor(f.target, e.source)
                ) or _one_actor(f.source, f.target):
                    continue
                by = (self._blamer(cx, cx.doc[k], t) if mutual else
                      self._actor_subject(cx, cx.doc[k])) if k >= 0 else None
                if by is not None and by.actor is not None and _one_actor(
                        by.actor, e.source) and not any(o is s for o, _ in out):
                    out.append((s, by))
        return out

    def _blamed_acts(self, cx: CodingContext, j: int,
                     mine: list[_Said]) -> list[tuple[_Said, _Said, Argument]]:
        """(the act told before, the blame, the blamer) for each blame of sentence ``j``
        whose "for" names that act without coding it again ("Drones hit the market. The
        army blamed the RSF for the attack"): a word of ``blamed_for_acts`` or
        ``imputed_acts``, or an event noun; or that names only whom it blames
        (:meth:`_bare_blame`); the act the latest one of material conflict
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
            blamer = self._blamer(cx, verb, t)
            charge = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                           for o in p.children if o.dep_ == "pobj"), None)
            if blamer is None or t.event.target is None:
                continue
            if charge is None:
                if not self._bare_blame(verb):
                    continue
            else:
                if told_at is None:  # (not for every sentence: a post's events are many)
                    told_at = {self._token_at(cx, s) for s in cx.speech.said if s.sent == j}
                if charge.i in told_at or not self._names_act(charge):
                    continue
            before = [s for s in cx.speech.said if j - 2 <= s.sent <= j and (
                0 <= self._token_at(cx, s) < k) and s is not t and not s.event.negated
                and s.event.modality in ("asserted", "reported")
                and s.event.type not in _SPEECH_ACTS
                and lexicon.types[s.event.type].quad == MATERIAL_CONFLICT]
            if not before:
                continue
            s = max(before, key=lambda b: self._token_at(cx, b))
            if s.event.source is not None and self._same_side(s.event.source, t.event.target):
                continue
            out.append((s, t, blamer))
        return out

    def _blamer(self, cx: CodingContext, verb: Token, blame: _Said) -> Argument | None:
        """Who makes the blame ``blame`` of ``verb``: of conjoined subjects ("Israel and the
        United States blamed Hezbollah") the one that is its source, else the first."""
        first = self._actor_subject(cx, verb)
        if first is None or blame.event.source is None:
            return first
        return next((a for a in self.reader.subjects(cx, verb) if a.span is not None
                     and a.actor == blame.event.source), first)

    def _bare_blame(self, verb: Token) -> bool:
        """Whether a blame names only whom it blames ("Hezbollah blamed Israel", "saf blames
        rsf"): no "for", "on" or "to" phrase and an object that is a party, not an act
        ("Moscow blamed Ukrainian shelling" names the act itself): the act blamed is then
        the one the post told just before."""
        if any(c.dep_ in ("prep", "dative") and c.lower_ in ("for", "on", "to", "over")
               for c in verb.children):
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj is not None and not self._names_act(obj)

    def _names_act(self, noun: Token) -> bool:
        """Whether a blamer's "for" object stands for an act (see :meth:`_blamed_acts`)."""
        lemma = noun.lemma_.lower()
        if lemma in self.cues.blamed_for_acts or noun.lower_ in self.cues.blamed_for_acts:
            return True
        lexicon = self.reader.lexicon
        if lemma in lexicon.cue("imputed_acts"):
            return True
        entry = lexicon.noun(lemma, set())
        return entry is not None and lexicon.types[entry.type].quad == MATERIAL_CONFLICT

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
            or self._bears_out(verb)
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

    def _bears_out(self, verb: Token) -> bool:
        """Whether report ``verb`` bears out an account before it rather than rivals it: a
        confirming verb ("the WHO confirmed the strike") or one told with an agreeing adverb
        ("Syrian television also reported the strike")."""
        return verb.lemma_.lower() in self.cues.confirming_verbs or any(
            c.dep_ == "advmod" and c.lower_ in self.cues.agreeing_adverbs
            for c in verb.children)

    def _another_states_act(self, cx: CodingContext, said: _Said, denier: Argument) -> bool:
        """Whether the text pins the act of ``said`` by name on a state or its forces that
        ``denier`` is not ("Israeli jets struck a village. Hezbollah denied firing the
        rockets"): a denial of one's own part answers an act of no named doer ("Rockets
        struck a base"), or of a side the denier could be. The name is a proper noun or a
        capitalised adjective on the act's subject or on the act itself, read as that state."""
        source, dictionary = said.event.source, self.reader.dictionary
        state = dictionary.state_of(source)
        at = self._token_at(cx, said)
        if state is None or denier.actor is None or source is None or at < 0:
            return False
        parts = source.split(".")
        if not (len(parts) == 1 or parts[1].lower() in self.cues.state_sectors) or (
                dictionary.state_of(denier.actor) == state) or dictionary.same_side(
                source, denier.actor):
            return False
        trigger = cx.doc[at]
        words = [t for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")
                 for t in c.subtree] + [c for c in trigger.children
                                        if c.dep_ in ("amod", "compound", "poss")]
        return any((t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.is_title)) and (
            dictionary.state_of(self.reader.actor_arg(cx, t).actor) == state) for t in words)

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
                        owner = self._noun_owner(cx, t)
                        if owner is not None:  # "despite repeated denials from Minsk"
                            return owner
                        for child in t.children:
                            if child.dep_ == "poss":
                                arg = self.reader.actor_arg(cx, child)
                                if arg.span is not None:
                                    return arg
                                if self._speaker_noun(child):  # "contrary to the junta's
                                    return self.reader.infer(cx, arg, None, sent)  # claims"
                            if child.dep_ == "det" and child.lower_ in ("that", "this", "these",
                                                                        "those", "the") and before:
                                return before[-1]
        return None

    def _noun_owner(self, cx: CodingContext, noun: Token) -> Argument | None:
        """The named actor a claim noun's "from"/"by" phrase gives as its owner ("denials
        from Moscow", "claims by the junta"), else ``None``."""
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "by"):
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lower_ not in _PRONOUNS:
                    arg = self.reader.actor_arg(cx, pobj)
                    if arg.span is not None:
                        return arg
        return None

    def _despite_holder(self, cx: CodingContext, sent: Span, after: int) -> Argument | None:
        """X in a "despite (contrary to) accounts from X" / "in spite of X's reports" after
        token ``after`` of ``sent`` ("Addis Ababa denied that Eritrean troops were in
        Tigray, despite accounts from residents"): who holds what the denial is set
        against; ``None`` when the phrase names no one."""
        doc = sent.doc
        nouns = self.cues.claim_nouns | self.cues.answered_objects | self.cues.evidence_nouns
        for i in range(after + 1, sent.end):
            phrase = next((p for p in self.cues.contrary_phrases if _at(doc, i, sent.end, p)),
                          None)
            if phrase is None:
                continue
            for t in doc[i + len(phrase): min(sent.end, i + len(phrase) + 4)]:
                if not {t.lemma_.lower(), t.lower_} & nouns:
                    continue
                owner = next((o for c in t.children for o in (
                    [c] if c.dep_ == "poss" else [d for d in c.children if d.dep_ == "pobj"]
                    if c.dep_ == "prep" and c.lower_ in ("from", "by") else [])), None)
                if owner is not None and owner.lower_ not in _PRONOUNS and owner.pos_ in (
                        "NOUN", "PROPN"):
                    return self.reader.actor_arg(cx, owner)
            return None
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
                              or c.lower_ in self.cues.answered_objects for c in objects) or (
                self._contradicted_speaker(cx, verb) is not None) or (
                self._evidence_called_false(verb, objects))
            if not denial and not said_object and any(
                c.dep_ == "advmod" and c.lower_ in ("also", "again", "further")
                for c in verb.children
            ):  # "The vice president also insisted ...": going on, not answering; "once
                continue  # again rejected the accusation" answers it
            if not (self._is_report(verb) or denial) and not said_object and not any(
                t.lower_ in self.cues.answer_words and t.pos_ in ("NOUN", "ADJ")
                for t in verb.subtree
            ) and not self._answers_that(verb):  # "Iran rejected a ceasefire" answers
                continue  # nobody; "rejected the charge", "calls that a lie" do
            if denial and self._no_denial(verb):
                continue  # "neither confirmed nor denied this report"
            if self._unconfirmed(verb):
                continue  # "The army has not confirmed the loss": no answer
            speaker = self._speaker_of(cx, verb)
            if speaker is not None and said_object and speaker.span is None and (
                denial or lemma in self.cues.rejecting_verbs
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
            if speaker.span is None and said_object and (
                denial or lemma in self.cues.rejecting_verbs or self._called_false(verb)
            ):  # "the area residents deny this report", "army spokesmen called the report a
                # fabrication": whoever denies what was said
                out.append((verb, speaker, "refute"))
                continue
            if self._is_report(verb) and (self._judged_in_front(verb) or (
                speaker.span is None and any(self._judged_false_clause(c)
                                             for c in verb.children if c.dep_ == "ccomp"))
            ):  # "Not true, said a spokesman", "the mine's owners said that account was
                # false": what was said, judged (a named speaker's judgement in its clause
                # is an answer, below)
                out.append((verb, speaker, "refute"))
                continue
            if speaker.span is None:
                # a speaker the dictionary lacks ("aid workers") answers a named speaker
                # only with words that set its account against the other ("instead")
                insists = self.cues.answering(lemma) and not denial
                if any(t.lower_ in self.cues.contrast_answers or (
                    t.dep_ == "neg" and t.head.pos_ in ("NOUN", "PROPN")
                ) or (insists and (t.dep_ == "neg" or t.lower_ in self.cues.none_words))
                       for t in clause):
                    # ("... hit a weapons depot, not a school", "insisted no shots were
                    # fired")
                    out.append((verb, speaker, "contrast"))
                continue
            if said_object and (denial or lemma in self.cues.rejecting_verbs
                                or self._called_false(verb)):
                # ("the Kremlin called the accusation unfounded": what was said, denied by
                # whoever answers it, accused or not)
                out.append((verb, speaker, "refute"))
            elif denial:
                out.append((verb, speaker, "deny"))
            elif self.cues.answering(lemma) or any(
                (t.lower_ in self.cues.answer_words or t.lower_ in self.cues.contrast_answers
                 or t.dep_ == "neg")
                and not self._foretold(t) for t in clause
            ):  # ("biden calls it a response to ...", "call it a mutual decision": no answer;
                # words that set it against the other account answer, named speaker or not)
                out.append((verb, speaker, "answer"))
            elif self._is_report(verb) and lemma not in self.cues.speech_verbs and (
                lemma not in self.cues.confirming_verbs
            ) and any(
                c.dep_ in ("ccomp", "parataxis") for c in verb.children
            ):  # (an account says something: "recalled its ambassador" tells nothing; "Lima
                # confirmed the trawler was seized" agrees with the account before)
                out.append((verb, speaker, "account"))
        return out

    def _answers_that(self, verb: Token) -> bool:
        """Whether ``verb`` is a verb of answering with what it says as its clause
        ("Belgrade countered that the officers were arrested on Serbian soil", "retorted
        that ..."): an answer, as "insisted that" is (ctr35)."""
        return verb.lemma_.lower() in self.cues.answer_report_verbs and any(
            c.dep_ in ("ccomp", "parataxis") for c in verb.children)

    def _evidence_called_false(self, verb: Token, objects: list[Token]) -> bool:
        """Whether ``verb`` calls false the evidence or source of what was said, its object
        ("called the footage a fabrication", "called the testimony staged", "dismissed the
        video as fake"): an answer to the account the evidence bears, as "called the report
        a fabrication" is (ctr35)."""
        cues = self.cues
        if not any({o.lemma_.lower(), o.lower_} & (cues.evidence_nouns | cues.source_nouns)
                   for o in objects):
            return False
        return self._called_false(verb) or (
            verb.lemma_.lower() in cues.rejecting_verbs and any(
                t.lower_ in cues.falsehood_words() for t in verb.subtree if t.i > verb.i))

    def _unconfirmed(self, verb: Token) -> bool:
        """Whether ``verb`` is a confirming verb negated ("has not confirmed the loss",
        "hasn't confirmed any deaths"): withholding assent is no counter-claim."""
        return verb.lemma_.lower() in self.cues.confirming_verbs and (
            any(c.dep_ == "neg" for c in verb.children)
            or (verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("not", "never", "n't")))

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
                  and self.reader.dictionary.is_person(s.speaker.actor)]
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
        # (the clause of the claim noun denied: "denied reports that he had resigned")
        clauses = [*(c for c in verb.children if c.dep_ == "ccomp"),
                   *(d for o in verb.children if o.dep_ in ("dobj", "obj") and o.pos_ == "NOUN"
                     for d in o.children if d.dep_ == "acl" and any(
                         m.dep_ == "mark" and m.lower_ == "that" for m in d.children))]
        for c in clauses:
            subject = next((d for d in c.children if d.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            inside = {t.i for t in c.subtree}
            told = {t.event.type for t in mine if self._token_at(cx, t) in inside}
            if subject.lower_ in _PRONOUNS:
                # "the governor denied reports that he had resigned": a pronoun names no
                # side, the acts its clause tells do
                if told:
                    return event.type not in told
                continue
            arg = self.reader.actor_arg(cx, subject)
            if arg.actor is not None and event.source is not None:
                return not self._same_side(arg.actor, event.source)
            if told:
                return event.type not in told
            words = {t.lower_ for t in subject.subtree if t.is_alpha and not t.is_stop}
            return not words & set((event.source_text or "").lower().split())
        return False

    def _judged_in_front(self, verb: Token) -> bool:
        """Whether the report ``verb`` opens its sentence after a short judgement of what
        was said and a comma ("Not true, said a spokesman", "Nonsense, the ministry said"):
        a falsehood word or "not true" alone before it."""
        sent = verb.sent
        words = [t.lower_ for t in sent[:max(0, verb.i - sent.start)] if not t.is_space]
        if "," not in words:
            return False
        judged = [w for w in words[:words.index(",")] if w.isalpha()]
        return 0 < len(judged) <= 3 and (" ".join(judged) in _NOT_TRUE or (
            len(judged) == 1 and judged[0] in self.cues.falsehood_words()))

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

    def _contradicted_speaker(self, cx: CodingContext, verb: Token) -> Argument | None:
        """The named speaker of an earlier report whom ``verb``, a verb of contradiction,
        takes as its object ("Witnesses contradicted the police on Friday"): what that
        speaker said is answered, as "contradicted the police account" would be."""
        if verb.lemma_.lower() not in _CONTRADICTING:
            return None
        for c in verb.children:
            if c.dep_ not in ("dobj", "obj") or c.lower_ in _PRONOUNS:
                continue
            arg = self.reader.actor_arg(cx, c)
            # (the speaker named again, or by its head word alone: "the police")
            return next((s.speaker for s in cx.speech.said if s.speaker is not None
                         and s.speaker.span is not None and s.speaker.token.i < verb.i
                         and (_same_speaker(s.speaker, arg) if arg.span is not None
                              else s.speaker.token.lower_ == c.lower_)), None)
        return None

    def _said_owner(self, cx: CodingContext, verb: Token) -> Argument | None:
        """Whose words the object of a denial names: "the FMLN reports", "Kyiv's claims",
        "the charges made by the armed forces", "a report by UN experts", "the findings of
        UN investigators"."""
        contradicted = self._contradicted_speaker(cx, verb)
        if contradicted is not None:
            return contradicted  # "witnesses contradicted the police": the police's words
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
        "refused to deny"; nor one that refuses a thing granted ("denied journalists access",
        "denied him bail")."""
        if self._neither_nor(verb) or any(c.dep_ == "neg" for c in verb.children) or (
            verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("not", "never")
        ) or any(c.dep_ in ("dobj", "obj", "ccomp") and {c.lemma_.lower(), c.lower_}
                 & self.cues.granted_nouns for c in verb.children):
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
        home = self.reader.dictionary.state_of(actor)
        if person is None or home is None:
            return False
        entry = self.reader.dictionary.get(person)
        return any(_country(a.actor) == home for a in getattr(entry, "affiliations", ()))

    def _did(self, event: Event, speaker: Argument) -> bool:
        """Whether ``speaker`` is (of) the side that did ``event`` (its source)."""
        who = speaker.actor
        return who is not None and event.source is not None and (
            self._same_side(event.source, who))


#: Verbs whose object may be the speaker answered rather than its words ("Witnesses
#: contradicted the police on Friday") (reb30).
_CONTRADICTING = frozenset({"contradict"})

#: The sector of a country's political opposition (sectors.yaml): it speaks against its
#: state and ruling party, not for them (reb28).
_OPPOSITION = "OPP"


def _opposition_and_other(a: str | None, b: str | None) -> bool:
    """Whether one of two actors is a country's political opposition and the other is
    another actor ("opposition leaders say police killed four marchers, but police say
    gunmen shot them" is a contest, not one country's voices)."""
    if a is None or b is None or a == b:
        return False
    return _OPPOSITION in (a.split(".")[1:2] + b.split(".")[1:2])
