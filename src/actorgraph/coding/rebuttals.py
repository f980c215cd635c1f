"""Rebuttals inside one post: an account and its answer linked as a contested pair.

Once a post is coded, :meth:`RebuttalFinder.rebuttals` walks its reports in order and pairs
each claim with the counter-claim that answers it (a denial, an "in fact", rival accounts of
one act, a dismissed report), each side with its ``stance`` and evidence sentence.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from ..models import Claim, Event, stable_id
from ..store.merge import place_key
from .counter_claims import CounterClaims
from .lexicon import MATERIAL_CONFLICT
from .speech import (
    _BODY_POSSESSIVES,
    _PRONOUNS,
    _QUOTES,
    _RESTRAINT,
    _SCARE_QUOTE,
    _SPEECH_ACTS,
    _at,
    _first_words,
    _forms,
    _forms_of,
    _head_word,
    _lower_words,
    _rival_types,
    _Said,
    _same_speaker,
)

if TYPE_CHECKING:
    from .reading import Argument, CodingContext


#: How many words after a rejecting verb its object may end ("contradict the navy's own
#: account": four) (reb28).
_OBJECT_REACH = 6


def _answers_in(claims: list[Claim], sent: Span) -> bool:
    """Whether one of ``claims`` denies or disputes an account with ``sent`` as its
    evidence: the sentence answers an account already."""
    return any(c.stance in ("denies", "disputes") and c.evidence.start == sent.start_char
               for c in claims)


def _asked(sent: Span) -> bool:
    """Whether ``sent`` is a question ("Is that accurate?")."""
    return sent.text.rstrip(' "\'\u201d').endswith("?")


#: The numeral that "not" counts down to none: "not one civilian was harmed" (reb31).
_ONE = frozenset({"one", "single"})


class RebuttalFinder(CounterClaims):
    """Finds the contested pairs of a post (see the module docstring)."""

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
                    arg = self.reader.actor_arg(cx, pobj)
                    if arg.span is not None and not arg.via_reference and (
                            pobj.left_edge.i <= arg.span.start):
                        # "per the philippine military": the body its own words name (not
                        # "the group" read as a reference to one named before)
                        return arg
                    if pobj.pos_ in ("NOUN", "PROPN") and pobj.lower_ not in _PRONOUNS:
                        from .reading import Argument

                        return Argument(pobj, None)  # its words, not a reference resolved
        return None

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

        def disowned(said: _Said, by: Argument, sent: Span) -> None:
            """"A car bomb killed six officers. The Taliban denied responsibility": the act
            as the denier denies it, the denier its doer (docs/LABELLING.md, "X denied P"),
            unless the denial's own clause coded it ("denied any role in the attack")."""
            e = said.event
            force = self.reader.lexicon.types[e.type].quad == MATERIAL_CONFLICT
            if by.actor is None or not force or any(
                t.event.type == e.type and t.event.modality == "denied"
                and t.event.asserted_by == by.actor for t in speech.said
            ):
                return
            key = (e.id, "disowned" + by.actor)
            if key in seen:
                return
            seen.add(key)
            events.append(replace(
                e, id=stable_id(e.id, "disowned", by.actor, prefix="ev_"),
                evidence=self._evidence(cx, sent), source=by.actor, source_text=by.text,
                asserted_by=by.actor, asserted_by_text=by.text, modality="denied",
                negated=False, disputed=False, confidence=round(max(0.1, e.confidence - 0.1), 2)))

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
                       and place_key(t.event.location) == place_key(e.location)
                       for t in speech.said):
                    # (told so at the same place only: the store joins the two tellings by
                    # one merge key, and "in Kharkiv" against no place are two events)
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
            if key in seen:
                return
            seen.add(key)
            charge = replace(e, id=stable_id(e.id, "charge", e.source or "", prefix="ev_"),
                             asserted_by=e.source, asserted_by_text=e.source_text,
                             modality="reported", disputed=False)
            evidence = self._evidence(cx, sent)
            events.append(charge)
            claims.append(Claim(stable_id(charge.id, "asserts", prefix="cl_"), charge.id,
                                e.source, "asserts", charge.evidence, e.source_text))
            claims.append(Claim(stable_id(charge.id, stance, by.actor or by.text, prefix="cl_"),
                                charge.id,
                                by.actor, stance, evidence, by.text))  # type: ignore[arg-type]

        def origin_of(said: _Said, attacker: tuple[str | None, str], holder: Argument | None,
                      sent: Span, contest: bool = True, per_holder: bool = False) -> None:
            """The attack as the finding tells it (``attacker`` its source: id and words;
            not denied),
            held by ``holder`` (``None``: the author), disputing the speaker's account; a
            speaker's denial of its own side's attack is answered by the finding's account
            alone, which the store merges with the denial (a claim on a denial would stand
            for its denier)."""
            e = said.event
            # (one account per blamer and blamed where several blame or are blamed: "X and
            # Y blamed Z", "X blamed Y and Z")
            whose = (holder.actor or holder.text) if per_holder and holder is not None else ""
            key = (e.id, f"origin {whose} {attacker[0] or ''}" if per_holder else "origin")
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
                e, id=stable_id(e.id, "origin", attacker[0] or "", *([whose] if whose else []),
                                prefix="ev_"),
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
                    against = self._contradicts_said(sent.root)
                    before = [s for s in before if s.speaker is not None and (
                        against or s.event.modality == "denied" or s.event.negated
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
                    if self._inside(cx, s, holder.token) or self._relative_to(cx, s, mine):
                        continue  # (nor "the men who attacked a checkpoint": told of, not denied)
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
                    ) or (s.sent < j and any(r is s for r in refuted)) or (
                        # the accused answering a named speaker's charge further back
                        # ("Ethiopia's army said Eritrean troops shelled Zalambessa. [two
                        # sentences of aftermath] Eritrea's minister insisted its troops had
                        # not fired"): a denial or an answer, not a plain account of its own
                        s.sent < j - 2 and kind in ("deny", "answer") and s.speaker is not None
                        and self._accused(s.event, answer))
                    if earlier and kind in ("deny", "answer", "refute") and (
                        self._accusation_of(s.event, answer)
                        or (kind == "refute" and self._charge_answered(s, answer, j))
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
                        self.reader.dictionary.is_person(answer.actor)
                        or self.reader.dictionary.is_person(s.speaker.actor)
                    ) and self._same_side(answer.actor, s.speaker.actor):
                        continue  # "the Salvadoran president said ... Cristiani insists": one voice
                    if kind in ("account", "answer") and s.speaker is None and self._recast(
                            cx, verb, answer, s):
                        # "Two farmers were shot dead at a roadblock. The army said they were
                        # separatist fighters": the party to the author's act names its
                        # victims anew
                        dispute(s, answer, sent, "disputes", copy=False)
                        continue
                    if kind == "account" and (s.speaker is None or self._one_country(
                        s.speaker.actor, answer.actor) or self._serves(
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
                        kind in ("deny", "refute")
                        and self._denies_another(cx, verb, s.event, mine)
                    ) and not (kind == "account" and any(
                        self._one_story(s, s.speaker, t, answer)  # type: ignore[arg-type]
                        for t in mine if t.speaker is not None and _same_speaker(t.speaker, answer)
                    )):  # ("... the Houthis struck a ship. The Houthis said they hit it")
                        dispute(s, answer, sent, "disputes" if kind in ("account", "answer",
                                                                        "contrast") else "denies")
                    elif kind == "refute" and s.speaker is not None and any(
                            t.sent == s.sent and self._charge_answered(t, answer, j)
                            and t.event.source == s.speaker.actor for t in speech.said):
                        # "Venezuela accuses Guyana of letting US troops use its territory.
                        # Georgetown calls the accusation a fabrication": the act charged,
                        # denied by the speaker the dictionary lacks (as the charge is when
                        # no act is coded)
                        dispute(s, answer, sent, "denies")
                    elif any(r is s for r in refuted):
                        # "USIS reported that the guerrillas killed the attorney general. Ungo
                        # and Zamora denied the charges": whoever denies what a named speaker
                        # said, accused or not
                        dispute(s, answer, sent, "denies")
                    elif kind == "deny" and s.sent == j - 1 and self._denied_untold(
                            cx, verb, s, answer, mine):
                        # "The FDLR said its fighters had seized the Rubaya mines. An army
                        # spokesman denied that the mines had changed hands": the claim just
                        # before, denied in words that code no act of their own
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
                    elif kind == "refute" and s.speaker is None and not s.claimed and (
                        s.sent == j - 1 or s.sent == j) and self._evidence_refuted(verb):
                        # "A video shows soldiers beating two monks. The junta said the
                        # footage was staged": the author's account of what the evidence
                        # shows, denied by whoever calls the evidence false
                        dispute(s, answer, sent, "denies")
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
                    ) or self._another_states_act(cx, s, denier):
                        continue
                    if s.speaker is None and not s.claimed and not self._under_report(cx, s):
                        dispute(s, denier, sent, "denies")
                        disowned(s, denier, sent)
                    elif s.speaker is not None and s.speaker.span is not None and (
                        s.speaker.actor is None or denier.actor is None
                        or not self._same_side(s.speaker.actor, denier.actor)
                    ):  # "The army claimed that a guerrilla commando killed him. However, the
                        # guerrilla group denied any responsibility"
                        dispute(s, denier, sent, "denies")
                        disowned(s, denier, sent)
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
                # "Shells hit a camp. Moscow blamed Kyiv (for the deaths)": the act told
                # before, as the blamer tells it (the blamed its doer), against the first
                # account where that one named a doer of its own
                origin_of(s, (t.event.target, t.event.target_text or ""), blamer, sent,
                          contest=s.event.source is not None
                          and s.speaker is not None, per_holder=True)
            # (the account two sentences back, with only words between: "Baku said Armenian
            # soldiers detained two herders. They were taken to Goris, it added. Officials in
            # Yerevan said ...")
            # (not across a bare paragraph break, which the parser may make a sentence)
            # (nor past a sentence that already answers an account: "The army said its
            # jets destroyed the camp. The rebels' spokesman said the bombs fell on empty
            # huts. Since then the rebels have killed 400 villagers, per an aid group": the
            # contest is told, the third voice tells of another act)
            last = by_sent.get(j - 1) or (by_sent.get(j - 2, []) if j > 0 and any(
                t.is_alpha for t in speech.sentences[j - 1]) and not _answers_in(
                claims, speech.sentences[j - 1]) else [])
            for s, t in self._rival_accounts(cx, last, mine):
                dispute(s, t.speaker, sent, "disputes", copy=False)
            for s in self._asked_about(speech.sentences, by_sent, j, mine):
                # "Q: Kabul says Pakistani drones killed three cricketers. Will Pakistan
                # respond? A: Our forces struck terrorist hideouts": the answerer's account
                dispute(s, None, sent, "disputes", copy=False)
            for s, teller in self._rival_figures(cx, sent, by_sent.get(j - 1, []), mine):
                # "The ministry said 274 were killed in the raid; the army put the number of
                # dead below 100": the other side's count of the same act
                dispute(s, teller, sent, "disputes", copy=False)
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
                if s.sent == j:
                    # "X denied that P, despite accounts from residents": who holds them
                    holder = self._despite_holder(cx, sent, self._token_at(cx, s))
                    if holder is not None:
                        dispute(s, holder, sent, "disputes", copy=False)
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

    def _evidence_refuted(self, verb: Token) -> bool:
        """Whether what ``verb`` calls false is evidence, not a claim: its object ("called
        the document a forgery") or the subject of the clause that judges it ("said the
        footage had been staged") (ctr35)."""
        nouns = self.cues.evidence_nouns
        said = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")] + [
            d for c in verb.children if c.dep_ == "ccomp"
            for d in c.children if d.dep_ in ("nsubj", "nsubjpass")]
        return any({t.lemma_.lower(), t.lower_} & nouns for t in said)

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

    def _contradicts_said(self, verb: Token) -> bool:
        """Whether ``verb`` is a rejecting verb whose object is what was said ("satellite
        images contradict that account", "contradict the navy's version"): the evidence set
        against any account, not only a denial. Read from the words right after the verb
        (a claim noun before any verb or punctuation), which the parser hangs in many ways."""
        if verb.lemma_.lower() not in self.cues.rejecting_verbs:
            return False
        nouns = (self.cues.claim_nouns | self.cues.answered_objects) - {"it", "this", "that"}
        for t in verb.doc[verb.i + 1:min(verb.i + _OBJECT_REACH, verb.sent.end)]:
            if t.pos_ in ("VERB", "AUX") or t.is_punct:
                return False
            if {t.lemma_.lower(), t.lower_} & nouns:
                return True
        return False

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
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            disclaimed = self._disclaimed_part(verb)  # (read only for a verb)
            if (verb.lemma_.lower() not in self.reader.denial_verbs and not disclaimed) or (
                    self._no_denial(verb)):
                continue
            role = disclaimed or any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.cues.role_nouns
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
            denier = self._speaker_of(cx, verb.head if disclaimed else verb) if (
                subject.lower_ in _PRONOUNS) else (
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

    def _disclaimed_part(self, verb: Token) -> bool:
        """Whether ``verb`` disclaims a part in an act, said of oneself in a report ("the
        group said it had nothing to do with the blast", "... played no part in the
        attack"): a verb of ``part_verbs`` under a report verb, its object a role noun
        under "no" or "nothing" with "to do with"."""
        if verb.lemma_.lower() not in self.cues.part_verbs or verb.dep_ != "ccomp" or not (
                self._is_report(verb.head)):
            return False
        for c in verb.children:
            if c.dep_ not in ("dobj", "obj"):
                continue
            if c.lemma_.lower() in self.cues.role_nouns and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                return True
            if c.lower_ == "nothing" and any(
                    d.lemma_.lower() == "do" and any(p.lower_ == "with" for p in d.children)
                    for d in c.children):
                return True
        return False

    def _relative_denials(self, cx: CodingContext, sent: Span,
                          charges: frozenset[int] = frozenset()) -> list[tuple[Token, Argument]]:
        """(verb, denier) of "..., which denies ..." / "..., who denied it" clauses on an
        actor named in ``sent``, and of "..., a charge Paris denies" / "a claim Yerevan
        rejects" on what was said, or on the vehicle of a charge (a noun under an accusing
        trigger of ``charges``: "condemned the abuses in a resolution that Pyongyang's envoy
        rejected")."""
        out = []
        denials = self.refusals
        for verb in sent:
            lemma = verb.lemma_.lower()
            misread = self._misread_denial(verb, denials)
            restated = self._restated_act(verb)
            if misread is not None:
                # (the parser may read the verb after a name as a noun with the name on it:
                # "a claim Yerevan rejects" as "Yerevan rejects" beside "a claim", or "an
                # allegation Islamabad dismisses" as one noun phrase)
                lemma, said = next(iter(denials & _forms_of(verb.lower_))), True
            elif restated:
                # "Russian forces shelled a hospital, a strike Moscow denies", "..., an attack
                # the army says never happened": the act told before the comma, denied
                said = True
            elif verb.dep_ != "relcl" or lemma not in denials:
                continue
            else:  # (read only for a relative denial: most words are none)
                said = verb.head.pos_ == "NOUN" and (bool(
                    {verb.head.lemma_.lower(), verb.head.lower_}
                    & (self.cues.claim_nouns | self.cues.answered_objects)) or (
                        self._charge_vehicle(verb, charges))) or self._which_told(verb)
            if self._no_denial(verb) and not (restated and self._unhappened(verb)):
                continue  # (its "never" says the act did not happen: "... says never happened")
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

    def _restated_act(self, verb: Token) -> bool:
        """Whether relative ``verb`` denies the act its noun restates after a comma: a
        denial verb proper with no clause or object of its own ("shelled a hospital, a
        strike that Moscow denies", "..., a cooperation Asmara long denied"; not "a
        condition the Kremlin dismissed", a demand refused), or a report verb on the
        subject of an act said not to have happened ("..., an attack the army says never
        happened")."""
        if verb.dep_ not in ("relcl", "acl"):
            return False  # (tested before reading the head: a Token object per word)
        noun = verb.head
        if noun.pos_ != "NOUN" or noun.i < 1 or (
            verb.doc[noun.left_edge.i - 1].text != ","
        ) or any(c.dep_ == "xcomp" for c in verb.children):
            return False
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if verb.lemma_.lower() in self.reader.denial_verbs:
            return not clauses and noun.head.pos_ in ("VERB", "AUX") and (
                noun.head.i < noun.i) and not any(
                c.dep_ in ("dobj", "obj") and c.lower_ not in ("that", "which")
                for c in verb.children)
        if self._unhappened(verb):
            # ("an attack Juba says never happened" with "says" read as an auxiliary)
            return any(c.dep_ == "aux" and _forms_of(c.lower_) & self.report
                       for c in verb.children)
        # the act said not to have happened: the clause of the report verb ("..., an attack
        # Kampala says never happened") or the verb the noun is subject of
        said = clauses or ([noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [])
        return self._is_report(verb) and len(said) == 1 and self._unhappened(said[0])

    def _unhappened(self, verb: Token) -> bool:
        """Whether ``verb`` says something did not happen ("never happened", "did not
        occur")."""
        return verb.lemma_.lower() in self.cues.unhappened_verbs and any(
            c.dep_ == "neg" for c in verb.children)

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
        role"), or before a comma and the denial's object that restates the act ("..., an
        act Kyiv has denied"): the parser hangs the author's clause on the denial, as if it
        were denied."""
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
            if stop is None:
                # "Gunmen blew up a bridge, an act the rebel command has denied": the act
                # restated by the denial's object after a comma, the parser hanging the
                # author's clause on the denial
                stop = next((c.left_edge.i - 1 for c in verb.children if c.dep_ in (
                    "dobj", "obj") and c.pos_ == "NOUN" and c.i < subject.i
                    and c.left_edge.i > sent.start and sent.doc[c.left_edge.i - 1].text == ","),
                    None)
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
                    from .reading import Argument

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
                        from .reading import Argument

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
        junta said its soldiers fought jihadists. Survivors said troops shot villagers"); or
        where one says none was done to anyone ("Four agents beat me, X said. The office has
        said no detainee was mistreated": :meth:`_said_none`)."""
        out: list[tuple[_Said, _Said]] = []
        for t in (t for t in mine if t.event.modality == "reported" and not (
            t.speaker is not None and self._bears_out(self._report_verb(cx, t))
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
                        or self._own_act(t) or self._insisted(t)
                        or self._said_none(cx, s) or self._said_none(cx, t)) and not any(
                        o is t for _, o in out):
                    out.append((s, t))
        return out

    @staticmethod
    def _charge_answered(said: _Said, answer: Argument, j: int) -> bool:
        """Whether ``answer``, a speaker the dictionary lacks, calls false the accusation
        of the sentence before ("Venezuela accuses Guyana of ... . Georgetown calls the
        accusation a fabrication"): the one charge its words can point at, not its own."""
        e = said.event
        return answer.actor is None and e.type == "ACCUSE" and said.sent == j - 1 and bool(
            e.source) and not set((e.source_text or "").lower().split()) & set(
            answer.text.lower().split())

    def _insisted(self, said: _Said) -> bool:
        """Whether ``said`` is told with an answering verb ("his supporters insist he was
        detained for his writing", "the union maintains the strikers were beaten"): the
        speaker sets its account against the one before, party to the acts or not; not a
        body's own member ("their commander maintained ...": one side going on)."""
        speaker = said.speaker
        if speaker is None or any(c.dep_ == "poss" and c.lower_ in _BODY_POSSESSIVES
                                  for c in speaker.token.children):
            return False
        verb = speaker.token.head
        lemma = verb.lemma_.lower()
        return self.cues.answering(lemma) and lemma not in self.reader.denial_verbs

    def _rival_figures(self, cx: CodingContext, sent: Span, last: list[_Said],
                       mine: list[_Said]) -> list[tuple[_Said, Argument]]:
        """(claim, teller) pairs: a named speaker's account of an act with a number in its
        sentence (the sentence before, or this one before the figure), and another side's
        teller who puts a figure on it in ``sent`` ("the army put the number at 12",
        "officials estimated the toll at 30"): a rival count answers the account though
        it codes no act of its own."""
        cues = self.cues
        figures = {t.head: t for t in sent if t.dep_ in ("dobj", "obj") and (
            t.lemma_.lower() in cues.figure_nouns or self._counted_at(t))
                   and t.head.lemma_.lower() in cues.figure_verbs}
        out: list[tuple[_Said, Argument]] = []
        for verb, figure in figures.items():
            counted = {w.lower_ for c in figure.children if c.dep_ == "prep"
                       and c.lower_ == "of" for w in c.children if w.dep_ == "pobj"}
            teller = self._speaker_of(cx, verb)
            if teller is None or (teller.span is None and (
                    teller.token.lower_ in _PRONOUNS
                    or teller.token.pos_ not in ("NOUN", "PROPN"))):
                continue
            told = (*last, *(s for s in mine if 0 <= self._token_at(cx, s) < verb.i))
            for s in told:
                a = s.speaker
                if a is None or s.event.type in _SPEECH_ACTS or s.event.negated or (
                    s.event.modality != "reported"
                ) or _same_speaker(a, teller) or (
                    a.actor is not None and teller.actor is not None
                    and self._same_side(a.actor, teller.actor)
                ) or not any(t.like_num for t in cx.speech.sentences[s.sent]) or (
                    counted and not counted & (cues.counted_nouns | set(
                        (s.event.target_text or "").lower().split()))
                ):  # (one side's voices; an account with no count to answer; a count of
                    continue  # something else: "the number of people displaced")
                if not any(o is s for o, _ in out):
                    out.append((s, teller))
        return out

    def _counted_at(self, noun: Token) -> bool:
        """Whether ``noun`` names the counted themselves, put at a number by its verb ("put
        the dead at more than 1,000", "estimated civilian casualties at 300"): a figure
        as "put the toll at" is (ctr35)."""
        return {noun.lemma_.lower(), noun.lower_} & self.cues.counted_nouns != set() and any(
            c.dep_ == "prep" and c.lower_ == "at" and any(
                o.dep_ == "pobj" and (o.like_num or any(n.like_num for n in o.subtree))
                for o in c.children) for c in noun.head.children)

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

    @staticmethod
    def _asked_about(sentences: list[Span], by_sent: dict[int, list[_Said]], j: int,
                     mine: list[_Said]) -> list[_Said]:
        """The speakers' accounts a briefing's question reports in the sentence before it,
        which the answer in sentence ``j`` disputes with the answerer's own account of a
        rival act (told as the text's own: the transcript's answerer speaks it)."""
        if j < 2 or not _asked(sentences[j - 1]) or _asked(sentences[j]):
            return []
        answer = [t for t in mine if t.speaker is None and t.event.modality == "asserted"
                  and t.event.type not in _SPEECH_ACTS]
        return [s for s in by_sent.get(j - 2, []) if s.speaker is not None
                and s.event.modality == "reported" and s.event.type not in _SPEECH_ACTS
                and any(_rival_types(s, t) for t in answer)]

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

    def _recast(self, cx: CodingContext, verb: Token, answer: Argument, said: _Said) -> bool:
        """Whether the account of ``verb`` by ``answer``, a party to the author's act of force
        ``said`` (its doer's side or its target's), names what was hit anew: its clause says
        what a definite noun or "they" was ("the building was a Hamas command centre",
        "they were separatist fighters"), telling no act with a doer of its own."""
        e = said.event
        if e.negated or e.modality not in ("asserted", "reported") or (
            self.reader.lexicon.types[e.type].quad != MATERIAL_CONFLICT
        ) or answer.span is None or not self._accused(e, answer):
            return False
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            if clause.lemma_.lower() != "be" or not any(
                    c.dep_ == "attr" and c.pos_ == "NOUN" for c in clause.children):
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            # (not "it": the act itself named, "said it was a setback", which grants it)
            if subject is None or not (subject.lower_ == "they" or any(
                    d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those")
                    for d in subject.children)):
                continue
            inside = {t.i for t in clause.subtree}
            # (an act named by a noun is what it was: "a meeting of commanders")
            return not any(self._token_at(cx, t) in inside and t.event.source is not None
                           and cx.doc[self._token_at(cx, t)].pos_ in ("VERB", "AUX")
                           for t in cx.speech.said)
        return False

    def _denied_untold(self, cx: CodingContext, verb: Token, said: _Said, answer: Argument,
                       mine: list[_Said]) -> bool:
        """Whether the denial ``verb`` of ``answer`` denies, in a "that" clause coding no
        event of its own, the act of force ``said`` that a named speaker of another side
        claimed."""
        sp = said.speaker
        if sp is None or sp.span is None or not said.claimed or said.event.negated or (
            said.event.modality != "reported") or (
            self.reader.lexicon.types[said.event.type].quad != MATERIAL_CONFLICT) or (
            sp.actor is not None and answer.actor is not None
            and self._same_side(sp.actor, answer.actor)
        ):
            return False
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        # (not the participle the parser may hang on the clause: "..., saying the rebels
        # had only shelled the depot", the denier's own account)
        aside = {t.i for c in clauses for a in c.children if a.dep_ == "advcl"
                 for t in a.subtree}
        inside = {t.i for c in clauses for t in c.subtree} - aside
        return bool(clauses) and not any(self._token_at(cx, t) in inside for t in mine)

    def _report_verb(self, cx: CodingContext, said: _Said) -> Token:
        """The report verb nearest above the trigger of ``said``, else its speaker's head
        ("confirmed a clash but said the soldiers were shot by smugglers": "said")."""
        at = self._token_at(cx, said)
        verb = next((t for t in cx.doc[at].ancestors if self._is_report(t)), None) if (
            at >= 0) else None
        return verb if verb is not None else said.speaker.token.head  # type: ignore[union-attr]

    def _relative_to(self, cx: CodingContext, said: _Said, mine: list[_Said]) -> bool:
        """Whether ``said`` is told in a relative clause on a word of another event of its
        sentence (``mine``): "Taliban commanders armed the men who attacked a checkpoint"
        names the men by what they did; what is claimed, and contested, is the arming."""
        at = self._token_at(cx, said)
        if at < 0:
            return False
        token = cx.doc[at]
        others = {self._token_at(cx, t) for t in mine if t is not said} - {at}
        while token.dep_ not in ("relcl", "acl") and token.head.i != token.i:
            if token.i in others:
                return False
            token = token.head
        if token.dep_ not in ("relcl", "acl"):
            return False
        return any(a.i in others for a in token.ancestors)

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
        return any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and self._none_of(c)
                   for c in verb.children)

    def _none_of(self, noun: Token) -> bool:
        """Whether ``noun`` is quantified to none: "no ship", "not a single detainee", "not
        one civilian" (not "no fewer than 20 people": only "one" counts down to none)."""
        return any(
            (d.dep_ == "det" and d.lower_ in self.cues.none_words) or d.dep_ == "neg" or (
                d.dep_ == "nummod" and d.lower_ in _ONE
                and any(n.dep_ == "neg" for n in d.children))
            for d in noun.children)

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
        verbs = self.refusals
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
                if t.pos_ in ("VERB", "AUX") and came.dep_ != "conj" and not (
                        self._as_judgement(t)):
                    break
                came = t
            verb = path[-1] if path else None
            report = next((t for t in path[:-1] if t.pos_ == "NOUN" and (
                {t.lemma_.lower(), t.lower_} & nouns)), None)
            loose = self._loose_report(cx.doc[at], verb, nouns) if (
                report is None and verb is not None) else None
            if loose is not None:
                report = loose
            # "a spokesman said the junta's claim that P was a lie": the claim the subject
            # of a clause a speaker judges false (reb28)
            judged = report is not None and verb is not None and self._judged_said(
                verb, report)
            if report is not None and self._maker_of(cx.doc[at], report):
                continue  # ("the charges levelled by Kyiv that ...": the charge was made)
            if verb is None or report is None or not (
                verb.lemma_.lower() in verbs or self._called_false(verb) or judged
            ) or not (loose is not None or judged or any(
                # (what the verb acts on: its object, or its passive subject: "the Houthis'
                # claim that ... was denied by the Pentagon")
                (t.dep_ in ("dobj", "obj", "nsubjpass") or self._as_object(t))
                and t.head.i == verb.i
                or (self._as_object(t) and t.head.head.i == verb.i) for t in path[:-1]
            )) or self._no_denial(verb):
                continue
            speaker = self._speaker_of(cx, verb.head if judged else verb)
            if speaker is None or speaker.span is None:
                continue
            owner: Argument | None = None
            # (a "by" the parser hung on the verb of a loose report is the report's: "denied
            # charges by Manila that ...", the verb being active)
            # (or on the participle that names who made them: "the charges levelled by Kyiv")
            made = [a for c in report.children if self._maker_of(c, report)
                    for a in c.children if a.dep_ == "agent"]
            for c in [*report.children, *made,
                      *(verb.children if loose is not None else ())]:
                if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.pos_ in (
                        "ADJ", "PROPN")):  # ("a Tajik statement": compound, reb28)
                    owner = self.reader.actor_arg(cx, c)
                elif c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
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
    def _maker_of(t: Token, report: Token) -> bool:
        """Whether ``t`` is a participle on ``report`` that names who made it ("the charges
        levelled by Kyiv", "claims made by the rebels"), not what the report says."""
        return t.dep_ == "acl" and t.head.i == report.i and any(
            c.dep_ == "agent" for c in t.children)

    def _judged_said(self, verb: Token, report: Token) -> bool:
        """Whether ``report`` (a claim noun) is the subject of ``verb``, a clause a speaker
        reports that calls it false ("said the junta's claim that ... was a lie", "said
        Kyiv's allegations were baseless")."""
        return report.dep_ in ("nsubj", "nsubjpass") and report.head.i == verb.i and (
            verb.dep_ == "ccomp" and self._is_report(verb.head)) and self._judged_false_clause(
            verb)

    @classmethod
    def _as_object(cls, t: Token) -> bool:
        """Whether ``t`` is what a verb dismisses, put after "as" and its judgment ("dismissed
        as baseless Kabul's allegation that ..."): the object of an "as" on a verb that has
        no object of its own, or of the judgement the parser read as a clause ("dismissed as
        fabricated a UN report that ...")."""
        prep = t.head
        if t.dep_ in ("dobj", "obj") and cls._as_judgement(prep):
            return True
        return t.dep_ == "pobj" and prep.lower_ == "as" and prep.dep_ == "prep" and (
            prep.head.pos_ == "VERB") and not any(
                c.dep_ in ("dobj", "obj") for c in prep.head.children) and prep.i + 1 < t.i

    @staticmethod
    def _as_judgement(verb: Token) -> bool:
        """Whether ``verb`` is a judgement after "as" that the parser read as a clause of the
        verb before it ("dismissed as fabricated a report ...": "fabricated" an adverbial
        clause, the report its object)."""
        return verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and verb.head.i < verb.i and any(
            c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.i - 1 for c in verb.children)

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
