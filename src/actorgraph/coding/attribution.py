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
  account just before it and tells that act as denied by the denier, its doer; a blame
  ("Moscow blamed Kyiv", "... for the deaths") tells it as the blamer's report, the
  blamed its doer, once per blamer; reports a speaker dismisses ("dismissed Indian reports that
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

from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from ..actors.dictionary import NOT_STATES as _NOT_STATES
from ..models import Event
from .rebuttals import RebuttalFinder
from .speech import (
    _AUTHORS,
    _AUXILIARIES,
    _BODY_POSSESSIVES,
    _FIRST_PERSON,
    _PRONOUNS,
    _QUOTES,
    _SPEAKER_DEPS,
    AttributionCues,
    Speech,
    _keys,
    _marks,
    _Said,
    _single_quote,
    is_handle,
    load_cues,
    verb_at,
)

if TYPE_CHECKING:
    from .reading import Argument, CodingContext, Frame

# how the parser hangs a sentence's first words on the report verb that closes it when it
# misreads the verb after them as a participle: a second subject, an adverbial noun
_STRANDED_NOUNS = frozenset({"nsubj", "npadvmod"})
# the sides of a clause (subject, object) that may be the speaker's own (:func:`_own_side`)
_SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# pronouns and possessives that stand for a speaking body in its own account ("after it
# was attacked", "its positions"), by the speaker's number
_SINGULAR_SIDES = frozenset({"it", "its"})
_PLURAL_SIDES = frozenset({"they", "them", "their"})
_FIRST_PLURAL_SIDES = frozenset({"we", "us", "our"})

__all__ = ['Attribution', 'AttributionCues', 'Speech', 'load_cues']


class Attribution(RebuttalFinder):
    """Speakers, hedges, claims of responsibility and rebuttals (see the module docstring).

    Made by the :class:`~.coder.ArgumentReader`, which calls it; stateless between calls
    (per-post state lives in ``cx.speech``).
    """

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
                inferred = (self._posted_at(cx, said) or self.reader.infer(cx, said, None, sent)
                            ) if said.span is None else said
                frame.asserted_by = self._carried(cx, said) or self.named(
                    cx, self._not_the_named_state(cx, said, inferred, verb) or inferred)
        if frame.asserted_by is None:
            frame.asserted_by = (self._more_speakers(cx, trigger, chain) or self._per(cx, sent)
                                 or self._learned_from(cx, trigger, sent)
                                 or self._blamed_by(cx, trigger)
                                 or self._claim_owner(cx, chain)
                                 or self._stranded_teller(cx, chain)
                                 or self._closing_subject(cx, chain))
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
            or self._background(trigger, frame.asserted_by.token)
        ):
            frame.asserted_by = None  # "X announced its withdrawal": the author's report
            if frame.modality == "reported":
                frame.modality = "asserted"
        if frame.asserted_by is not None and frame.denied_by is None and (
            self._first_person(frame.asserted_by) or self._asked(trigger, sent)
            or self._answer_aside(trigger) or self._report_aimed_at(chain)
            or (claimant is None and frame.modality in ("asserted", "reported")
                and self._presupposed_kept(trigger, chain, frame))
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

    def spoken_act(self, type_: str, source: Argument | None, frame: Frame,
                   trigger: Token | None = None) -> bool:
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
        pardoned ..., state media reported" (one state, two actors), nor the speaker the
        role classifier chose as the doer of a passive that names none ("SANTAGORDA SAID
        THAT FOUR SUSPECTS ARE BEING INVESTIGATED", "PERSONS ACCUSED OF BEING CAPOS": the
        speaker tells of an inquiry or a charge, it makes none by speaking)."""
        speaker = frame.asserted_by
        if source is not None and speaker is not None and source.learned and (
            source.token.i == speaker.token.i and trigger is not None and _names_no_doer(trigger)
            and source.token.dep_ == "nsubj" and source.token.head.i in {
                t.i for t in trigger.ancestors} and self._is_report(source.token.head)
        ):  # (the subject of the report verb the passive is told under)
            return False
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
            c.dep_ == "poss" and c.lower_ in _BODY_POSSESSIVES for c in token.children)
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
        if self._report_owner(cx, token) is not None:
            return None  # ("THE UPI REPORT SAYS HRW PRESENTED ITS REPORT ... THE REPORT ADDS")
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

    def _background(self, trigger: Token, speaker: Token | None = None) -> bool:
        """"India said it would expel Pakistani advisers, a day after gunmen killed 26
        people": an event in a time clause set off by a comma at the end of what a speaker
        says is the author's background, as is an act the speaker does beside its words
        ("Putin said ... and warned that ...": the warning is his act); not a clause with
        a side of the speaker's own (``_own_side``: "..., after militants killed nine of
        its soldiers": the speaker's account of what it suffered)."""
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
                return t.left_edge.i > t.sent.start and doc[t.left_edge.i - 1].text == "," and (
                    not _own_side(t, speaker))
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
        fired on the post"; a verb of suffering, "five soldiers died when a mine tore through
        their truck"): the news itself, not a fact it presupposes. Not where nobody died
        ("claimed that no civilians died when soldiers raided the village": the raid is
        known, what it did is the claim)."""
        head = t.head
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in self.cues.news_marks
                   for c in t.children) and (
            any(c.dep_ == "auxpass" for c in head.children) or (
                head.lemma_.lower() in self.cues.suffering_verbs
                and not self._none_suffered(head)))

    def _none_suffered(self, verb: Token) -> bool:
        """Whether ``verb`` is denied or has nobody as its subject ("no civilians died",
        "none died", "did not die")."""
        return any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and self._names_none(c))
                   for c in verb.children)

    def _names_none(self, noun: Token) -> bool:
        """Whether ``noun`` is a word of no one or nothing, or has one as its determiner
        ("none", "no civilians", "no armed group")."""
        none = self.cues.none_words
        return noun.lower_ in none or any(
            d.dep_ == "det" and d.lower_ in none for d in noun.children)

    def _presupposed(self, trigger: Token, chain: list[Token],
                     speaker: Token | None = None) -> bool:
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
        if any(c.dep_ in ("advmod", "amod") and c.lower_ in self.cues.hedge_words
               for below, t in zip(inner, inner[1:], strict=False) if below.dep_ != "conj"
               for c in t.children):
            # ("a warrant for a commander allegedly responsible for the killing": the
            # speaker's charge; not "the alleged massacre", hedged itself, nor an act joined
            # to a hedged one, "the alleged aid to the FMLN and the demobilization")
            return False
        if any(self._known_relative(t) or (self._time_clause(t) and not _own_side(t, speaker))
               for t in inner):
            return True
        return bool(inner) and self._presupposed_noun(trigger, path[-1])

    def _presupposed_kept(self, trigger: Token, chain: list[Token], frame: Frame) -> bool:
        """:meth:`_presupposed`; if so, keep on ``frame`` the speaker and the bounds of the
        phrase that names the event (the child of the clause said that holds ``trigger``)
        and of that clause, for :meth:`side_told`."""
        speaker = frame.asserted_by.token if frame.asserted_by is not None else None
        if not self._presupposed(trigger, chain, speaker):
            return False
        at = next(k for k, t in enumerate(chain) if k and self._is_report(t))
        top, phrase = chain[at - 1], chain[at - 2]  # (_presupposed: at >= 2)
        frame.presupposed_by = frame.asserted_by
        frame.known_phrase = (phrase.left_edge.i, phrase.right_edge.i)
        frame.said_clause = (top.left_edge.i, top.right_edge.i)
        return True

    @staticmethod
    def side_told(frame: Frame, *sides: Argument | None) -> bool:
        """Whether the speaker's own predication names a side of an event its clause
        presupposes: a side read from the clause said, outside the phrase that names the
        event ("Moscow said it had nothing to do with the crash that killed P", "the group
        said one of its members drove the car bomb that killed 40", "the army said the
        convoy it hit was carrying gunmen"): who did it, or to whom, is the speaker's claim,
        not the author's; not "X said the bridge, which rebels blew up in May, would
        reopen" (both sides in the phrase)."""
        if frame.presupposed_by is None:
            return False
        (start, end), (low, high) = frame.said_clause, frame.known_phrase
        return any(a is not None and a.span is not None and start <= a.token.i <= end
                   and not low <= a.token.i <= high for a in sides)

    def _presupposed_noun(self, noun: Token, top: Token) -> bool:
        """Whether event noun ``noun``, below ``top`` (the head of a clause said), is named
        as known: definite ("the", a possessor: ``definite_words``), not the speaker's
        own act told in its words ("its drills", "their ban": ``_BODY_POSSESSIVES``), and neither
        part of ``top``'s own predication (its object, subject or a phrase on it: "said
        rebels died in the clash") nor a light verb's subject; the subject of "be" is
        known ("the attack is a direct consequence of ...", not "there was an attack")."""
        if noun.pos_ not in ("NOUN", "PROPN") or not self._definite(noun) or any(
            c.dep_ == "poss" and c.lower_ in _BODY_POSSESSIVES for c in noun.children
        ):  # ("China said its drills were a punishment", "the Taliban say their ban is
            return False  # temporary": the speaker's account of its own act)
        head = noun.head
        if head.dep_ == "prep" and head.head.lemma_.lower() in (
            self.cues.contribution_nouns | self.cues.role_nouns | self.cues.claim_nouns
        ):
            return False  # ("praised his contribution to the liberation": the claim itself)
        if head.dep_ == "prep" and head.head.lower_ in self.cues.liable_words and (
            head.head.head.dep_ != "relcl"
        ):  # ("said the militia was responsible for the bombing": the act charged, with its
            return False  # doer, is the speaker's claim; not "arrest those who are
            # responsible for the murder", a description naming nobody: docs/LABELLING.md)
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
            c.dep_ in ("dobj", "obj") and self._names_none(c) for c in verb.children)
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
            mention.id_.split(".")[0] not in _NOT_STATES or mention.id_ == speaker.actor)

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
        # (not "had tortured and killed migrants": one past perfect over both verbs, with
        # no object of the first between them)
        detached = trigger.dep_ == "conj" and trigger.tag_ == "VBD" and any(
            c.lower_ == "had" for c in trigger.head.children) and any(
            c.dep_ in ("dobj", "obj") and c.i < trigger.i for c in trigger.head.children)
        for depth, gov in enumerate(chain):
            told = self._told_by(cx, gov, chain)
            if told is not None:
                return told
            if depth > 1 and self._published(chain[depth - 1], gov) and any(
                c.dep_ == "nsubj" for c in gov.children
            ) and (chain[depth - 2].dep_ == "prep" or (  # (attr12: "a statement saying that
                depth > 2 and self._account_tells(chain[depth - 2], chain[depth - 3]))):
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
                ) and not self._opens_list(child, gov) and not _set_off(child, gov):
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
            if via.dep_ == "ccomp" and keys & self.cues.answer_report_verbs and not detached:
                return self._speaker_of(cx, gov)  # "Belgrade countered that ..."
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

    def _stranded_teller(self, cx: CodingContext, chain: list[Token]) -> Argument | None:
        """The one who says what a report verb the parser gave no subject takes: a handle
        it read as the verb's adverb ("@mogok_daily says tnla fighters detained 40
        workers"), or the phrase right before the verb it hung on an opening phrase as an
        apposition ("In a communiqué translated from Amharic, the Fano command said ...")."""
        from .reading import Argument

        for via, gov in zip(chain, chain[1:], strict=False):
            if via.dep_ != "ccomp" or not self._is_report(gov) or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in gov.children
            ):
                continue
            handle = next((c for c in gov.lefts if is_handle(c)), None)
            if handle is not None:
                return Argument(handle, None)
            doc = gov.doc
            stranded = next((t for t in doc[gov.sent.start:gov.i] if t.dep_ == "appos" and (
                t.right_edge.i == gov.i - 1 and t.left_edge.i > 0
                and doc[t.left_edge.i - 1].text == ",")), None)
            if stranded is not None:
                return self.named_at(cx, stranded, gov.sent)
        return None

    def _closing_subject(self, cx: CodingContext, chain: list[Token]) -> Argument | None:
        """The speaker of "..., local officials said." where the parser hung the sentence's
        first words on the closing report verb as a noun, a second subject ("Attackers armed
        with guns killed 38 people ..., local officials said": the trigger inside them)."""
        for via, gov in zip(chain, chain[1:], strict=False):
            if via.dep_ not in _STRANDED_NOUNS or not self._is_report(gov):
                continue
            doc = gov.doc
            tail = doc[gov.i + 1:gov.sent.end]
            if len(tail) > 6 or any(t.pos_ in ("VERB", "AUX") for t in tail):
                continue  # (the verb closes the sentence: "..., officials said in a statement.")
            closing = next((c for c in gov.children if c.dep_ == "nsubj" and via.i < c.i < gov.i
                            and doc[c.left_edge.i - 1].text == ","), None)
            if closing is not None:
                return self.named_at(cx, closing, gov.sent)
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

    def _account_tells(self, verb: Token, below: Token) -> bool:
        """Whether ``below`` is what the report participle ``verb`` on a published account
        tells: "a statement saying that P" (attr12: P), "a note confirming the kidnapping"
        (spk35: the object of a telling verb, its claim as in "the radio confirmed the
        clashes"; not "a statement announcing its withdrawal", an act done by announcing)."""
        if verb.dep_ != "acl" or not self._is_report(verb):
            return False
        return below.dep_ == "ccomp" or (
            below.dep_ in ("dobj", "obj") and below.pos_ == "NOUN"
            and verb.lemma_.lower() in self.cues.object_claims)

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

    def _claim_owner(self, cx: CodingContext, chain: list[Token]) -> Argument | None:
        """Who holds a claim or report whose content clause tells the event: "the
        ministry's claim that rebels burned the village", "the government's report that
        troops killed them", "THE COMMAND HAS ISSUED A COMMUNIQUE REPORTING THAT ..." (the
        participle read as a noun), "made the accusation that ...": the noun's owner
        (:meth:`_owner_of_report`: its possessor or actor word, or the subject of the verb
        that put it out) asserts what the clause says. Only a clause marked "that" (not a
        relative clause on the noun), with no other verb of speech between it and the
        event; ``None`` when the noun has no owner named, or the owner is "we" or "I", and
        for an announcement of the owner's own act ("the guerrillas' announcement that
        they are suspending the talks": the author's report of the act, as for the verb;
        not what it "will" do or "had" done, its word)."""
        nouns = self.cues.claim_nouns | self.cues.source_nouns
        for depth, clause in enumerate(chain[:-1]):
            if depth and self._is_report(clause):
                return None
            noun = self._held_subject(clause, chain[depth + 1])
            if clause.dep_ not in ("acl", "ccomp") or noun.pos_ not in ("NOUN", "PROPN") or not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
            ):
                continue
            held = noun.i != chain[depth + 1].i and (
                noun.lemma_.lower() in self.cues.held_nouns)
            if not {noun.lemma_.lower(), noun.lower_} & nouns and not held and not (
                noun.lower_ in self.said_forms and any(
                    c.dep_ == "compound" and {c.lemma_.lower(), c.lower_} & nouns
                    for c in noun.children)
            ):
                return None
            owner = self._owner_of_report(cx, noun)
            if owner is None or owner.token.lower_ in _FIRST_PERSON or (
                noun.lemma_.lower() in self.cues.performative_nouns and any(
                    c.dep_ == "nsubj" and self._same_as(cx, c, owner) for c in clause.children)
                and not any(c.dep_ == "aux" and (c.lemma_.lower() == "have" or c.tag_ == "MD")
                            for c in clause.children)  # (what it will do: its word, as
            ):  # for the verb in _performed)
                return None
            return owner
        return None

    @staticmethod
    def _held_subject(clause: Token, head: Token) -> Token:
        """The noun a "that" clause ``clause`` tells the content of: ``head`` itself ("the
        ministry's claim that ..."), or the subject of "be" when the clause is its complement
        (spk35: "Belgrade's line was that ...", "Moscow's claim was that ...")."""
        if clause.dep_ == "ccomp" and head.lemma_.lower() == "be":
            return next((c for c in head.children if c.dep_ == "nsubj"), head)
        return head

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
        if token.dep_ in ("nsubj", "nsubjpass") and head.tag_ == "VBN" and (
            head.lemma_.lower() in cues.claiming_verbs
        ):  # (spk35) "attacks, also claimed by X, have killed ...", the participle read as
            # the attacks' verb: its agent claims them
            agent = self.reader.agent(cx, head)
            if agent is not None and agent.span is not None:
                return agent
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
                from .reading import Argument

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
                    return self.named_at(cx, subject, sent)
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

    def record(self, cx: CodingContext, trigger: Token, event: Event, frame: Frame) -> None:
        claimed = frame.asserted_by is not None or frame.modality in ("reported", "denied")
        cx.speech.said.append(_Said(event, cx.speech.sentence, frame.asserted_by, claimed,
                                    cx.speech.accusers.get(trigger.i), trigger.i))


def _own_side(clause: Token, speaker: Token | None) -> bool:
    """Whether finite time clause ``clause`` has a side told as ``speaker``'s own: a body
    pronoun or a noun a body possessive owns, of the speaker's number ("X said it returned
    fire after rebels attacked its positions", "... before its guards shot it down"). What X
    says it did or suffered is X's account, as "its drills" is (docs/LABELLING.md, the row
    on presupposed events); not "Cristiani said the rebels fired since they started their
    offensive" (the rebels' own side), nor a participle ("after blaming them"), whose doer
    is the main clause's."""
    if speaker is None or clause.dep_ != "advcl":
        return False
    plural = speaker.tag_ in ("NNS", "NNPS")
    words = _FIRST_PLURAL_SIDES | (_PLURAL_SIDES if plural else _SINGULAR_SIDES)
    sides = [c for c in clause.children if c.dep_ in _SIDE_DEPS]
    sides += [g for c in clause.children if c.dep_ in ("prep", "agent")
              for g in c.children if g.dep_ == "pobj"]
    sides += [g for s in sides for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]  # "killed nine of its soldiers"
    return any(s.lower_ in words or any(p.dep_ == "poss" and p.lower_ in words
                                        for p in s.children) for s in sides)


def _names_no_doer(trigger: Token) -> bool:
    """Whether ``trigger`` is a passive, or a participle that describes a noun ("persons
    accused of ..."), with no agent: the parse names nobody who does it."""
    children = list(trigger.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children) or (
        trigger.dep_ == "acl" and trigger.tag_ == "VBN")
    return passive and not any(c.dep_ == "agent" for c in children)


def _set_off(verb: Token, gov: Token) -> bool:
    """Whether report ``verb`` after ``gov`` stands between commas with what the parser
    made its complement only after the second comma ("Serbia will not send troops, Vucic
    said, however many soldiers are stationed there"): a report clause on what went
    before, not a claim of its own ("...; Zagreb insisted they left")."""
    doc = verb.doc
    edge = verb.left_edge.i
    return verb.dep_ == "parataxis" and verb.i > gov.i and edge > 0 and (
        doc[edge - 1].text == "," or doc[edge].text == ","
    ) and verb.i + 1 < len(doc) and doc[verb.i + 1].text == "," and all(
        c.i > verb.i + 1 for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj"))
