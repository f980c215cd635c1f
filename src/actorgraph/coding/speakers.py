"""Who a speaker is: the actor behind a report verb's subject.

"the ministry", "a senior official", "Salvadoran President Cristiani", "military sources",
"his office", "the group", a pronoun for a speaker named before: each read as the actor the
text means, with the post's country and the sector the words name where the words name no
one the dictionary knows. :class:`~.attribution.Attribution` builds on this reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from ..actors.dictionary import normalise_key
from ..actors.surnames import name_words
from .lexicon import MATERIAL_CONFLICT
from .speech import (
    _PRONOUNS,
    _SPEECH_ACTS,
    AttributionCues,
    _first_words,
    _keys,
    _spellings,
    is_handle,
    load_cues,
)

if TYPE_CHECKING:
    from .arguments import ArgumentReader
    from .reading import Argument, CodingContext
# Sectors of a state's own bodies, which speak for the state that acts in what they say.
_BODY_CODES = frozenset({"GOV", "MIL", "POL", "LEG", "JUD", "INT"})


def _backer_named(span: Span, token: Token) -> bool:
    """Whether ``span``, a modifier of speaker ``token``, names whom the speaker backs
    ("pro-Kremlin channels"): the speaker is not that actor."""
    doc = span.doc
    return not span.start <= token.i < span.end and span.start >= 2 and (
        doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ == "pro")


def _led_by(span: Span, body: Token) -> bool:
    """Whether ``span`` names only who leads or backs ``body``, as the hyphenated
    participle before it ("the Kenyan-led mission", "a UN-backed force"): not ``body``."""
    doc = span.doc
    return span.end + 1 < body.i and doc[span.end].text == "-" and (
        doc[span.end + 1].tag_ == "VBN" and doc[span.end + 1].head.i == body.i)


class SpeakerReader:
    """The speaker readers :class:`~.attribution.Attribution` is built on."""

    def __init__(self, reader: ArgumentReader, cues: AttributionCues | None = None) -> None:
        self.reader = reader
        self.cues = cues or load_cues()
        self.report = reader.report_verbs | reader.claim_verbs | self.cues.speech_verbs
        # the verbs that deny or reject what was said ("denied", "dismissed", "rubbished")
        self.refusals = reader.denial_verbs | self.cues.rejecting_verbs
        # the words a report entry of several words opens with ("point" of "point out"): a
        # verb of no other lemma needs no look at its particles (:meth:`_is_report`)
        self._report_openings = frozenset(k[:i] for k in self.report
                                          for i, ch in enumerate(k) if ch == " ")
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
            c.dep_ == "prep" and c.lower_ in ("of", "for") for c in token.rights)
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
        inferred = self._posted_at(cx, speaker) or self.reader.infer(
            cx, speaker, None, verb.sent)
        return self.named(cx, self._not_the_named_state(cx, speaker, inferred, clause or verb)
                          or inferred)

    def _posted_at(self, cx: CodingContext, speaker: Argument) -> Argument | None:
        """The state's body a speaker with no actor of its own works at: "a diplomat at
        the U.S. embassy", "a source at the defence ministry" (USA.GOV, the ministry's),
        not the country the rest of the sentence names; ``None`` when no "at" names such a
        body."""
        from .reading import Argument

        if speaker.span is not None:
            return None
        for prep in speaker.token.children:  # (in capitals "AT" may be read as a clause)
            if prep.lower_ != "at" or prep.dep_ not in ("prep", "acl"):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                body = cx.by_token.get(pobj.i)
                parts = body.id_.split(".") if body is not None else []
                if body is not None and len(parts) >= 2 and self.reader.dictionary.state_of(
                    body.id_) and (
                    parts[1].lower() in self.cues.state_sectors
                ):
                    return Argument(speaker.token, body, inferred=True)
        return None

    def _not_the_named_state(self, cx: CodingContext, bare: Argument, inferred: Argument,
                             verb: Token) -> Argument | None:
        """A bare state speaker ("THE GOVERNMENT", "THE COLONELS") that took the country of
        a state named as a whole inside what it says ("... EXTRADITE COLOMBIAN CITIZENS
        SOUGHT BY THE UNITED STATES", "... HAS AID FROM THE U.S."): a body speaks of its own
        state as "the country", not by name, so it is of the one other country its sentence
        gives (the citizens' Colombia, the FMLN's El Salvador); ``None`` (keep the reading)
        when the speaker's own words name a country, or no other country or several."""
        from .reading import Argument

        own = self._own_state_acting(cx, bare, inferred, verb)
        if own is not None:
            return own
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

    def _own_state_acting(self, cx: CodingContext, bare: Argument, inferred: Argument,
                          verb: Token) -> Argument | None:
        """A bare state body speaker ("the treasury", "the interior ministry", "officials")
        whose words have a state, its government or its police as their subject: "Kenya
        received a loan from China, the treasury said", "Chile expelled two Bolivian
        diplomats, the ministry said". A body reports its own state's acts by its name, so
        it is that state's (KEN.GOV, CHL.GOV), not the other country the sentence names.
        ``None`` when the speaker's words name a country, the sentence's place gave it
        another one (unless a government or its police acts: they act at home), or what
        is said acts on a state ("Russia struck Ukraine, the air force said": the one
        struck speaks as often)."""
        from .reading import _HOME_KINDS, Argument, _inferred

        token = bare.token
        code = self.reader.sector_code(token)
        if bare.span is not None or code not in _BODY_CODES or any(
            t.i in cx.by_token for t in token.subtree
        ):
            return None
        dictionary = self.reader.dictionary
        acting: set[tuple[str, bool]] = set()  # (country, a body that acts at home)
        force = False  # whether a state acts by force in what is said
        for head in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
            for child in head.children:
                mention = cx.by_token.get(child.i)
                actor = dictionary.get(mention.id_) if mention is not None else None
                if actor is None or not actor.country or not (
                    actor.kind == "state" or actor.kind in _HOME_KINDS - {"rebel"}
                ):
                    continue
                if child.dep_ == "dobj" and actor.kind == "state":
                    return None
                if child.dep_ == "nsubj":
                    acting.add((actor.country, actor.kind != "state"))
                    force = force or self._by_force(head)
        if len({c for c, _ in acting}) != 1:
            return None
        country, home = acting.pop()
        if country not in dictionary or (
            # (a government or its police acts at home: a place that points elsewhere is
            # where it sent something, or a namesake: "BOLIVIAN POLICE ... IN THE BENI";
            # so is a state's act of no force: "India flew relief to Yangon, the foreign
            # ministry said"; a strike abroad is told by the side struck as often)
            not home and force and inferred.span is not None
            and dictionary.id_head(inferred.span.id_) != country
        ):
            return None
        institution = self.reader.the_institution(token, country)
        return Argument(token, _inferred(cx, token, institution or f"{country}.{code}"),
                        inferred=True)

    def _titled_before(self, cx: CodingContext, speaker: Argument) -> Argument | None:
        """"Ukraine's defence minister toured the front on Friday. He said ...": "he" or
        "she" with no one named by name before it is the titled person who is the subject
        of one of the two sentences before ("the defence minister", "THE PRESIDENT"), as
        the post names it (UKR.GOV.MOD); ``None`` when a named person or no titled one is
        the subject there (the named person is the reference reader's)."""
        from .reading import _PERSON_TITLES

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
            arg = self.named_at(cx, subject, token.sent)
            if arg is not None:
                found = arg
        return found

    def named_at(self, cx: CodingContext, token: Token, sent: Span) -> Argument | None:
        """:meth:`named` for the actor ``token`` reads as, its country inferred from
        ``sent``: a speaker found by a frame rather than by the reader's own subject."""
        reader = self.reader
        return self.named(cx, reader.infer(cx, reader.actor_arg(cx, token), None, sent))

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
        from .reading import Argument

        if not {token.lemma_.lower(), token.lower_} & self.cues.staff_nouns:
            return None
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        span = self.reader.actor_arg(cx, owner).span if owner is not None else None
        dictionary = self.reader.dictionary
        if span is not None and owner is not None and owner.pos_ == "NOUN" and not (
            span.start <= owner.i < span.end or span.id_.startswith("PRV.")
            or dictionary.is_person(span.id_)
        ):  # "the ICC prosecutor's office": an officer of the body named before the title
            return Argument(token, span, inferred=True)
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
        from .reading import Argument

        token, span = speaker.token, speaker.span
        # (a title in capitals before a line break is read as a proper noun: "GOVERNMENT
        # MINISTER\nCARLOS MORALES SAID"); each word looked up: a union of the two tables
        # per call cost more than the rest
        if token.pos_ not in ("NOUN", "PROPN") or (
            span is not None and (span.id_.startswith("PRV.")
                                  or self.reader.dictionary.is_person(span.id_))) or (
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
        if doc[start - 1].pos_ == "ADP":
            return None  # "a spokesman for Operation Hadin Kai": whom he speaks for, no name
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

    def _given_name(self, t: Token) -> bool:
        """A given name the tagger read as a common noun in capitals ("DEFENSE MINISTER
        HECTOR ORMACHEA"): a word that opens the full names of several persons of the
        dictionaries (``SurnameIndex.is_given``), no title, sector noun or word of the
        language."""
        return t.pos_ == "NOUN" and t.is_alpha and (t.is_upper or t.is_title) and not (
            t.is_stop or t.lower_ in self.cues.title_words or t.lower_ in _PRONOUNS
            or self.reader.noun_sector(t)) and self.reader.dictionary.surnames().is_given(
                t.lower_)

    def _name_run(self, token: Token) -> tuple[int, int] | None:
        """The words of the name ``token`` stands in: the run of name words around it, a
        hyphen between two of them too ("UDO EHRLICH-ADAM"), a given name before them that
        the tagger took for a noun ("HECTOR ORMACHEA"; then the surname may be such a noun
        too)."""
        doc, sent = token.doc, token.sent
        before = doc[token.i - 2] if token.i - 1 > sent.start and doc[
            token.i - 1].is_space else (doc[token.i - 1] if token.i > sent.start else None)
        if not self._name_word(token) and not (
            before is not None and self._given_name(before) and token.pos_ == "NOUN"
            and token.is_alpha and (token.is_upper or token.is_title) and not (
                token.is_stop or token.lower_ in self.cues.title_words
                or self.reader.noun_sector(token))
        ):
            return None
        start, end = token.i, token.i + 1
        while True:
            if start > sent.start and (self._name_word(doc[start - 1]) or self._given_name(
                    doc[start - 1])):
                start -= 1
            elif start - 1 > sent.start and doc[start - 1].is_space and (self._name_word(
                    doc[start - 2]) or self._given_name(doc[start - 2])):
                start -= 2  # (a line break inside the name: "SHAFIK\nHANDAL")
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
        from .reading import Argument

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
        # words for ("JUDGE ZAMORA", "DEFENSE MINISTER HECTOR ORMACHEA": not the towns); so
        # is a surname written alone that persons of the dictionaries bear ("DURAN SAID",
        # "..., SAID NAVARRETE"): a town does not speak (a capital that speaks for its
        # state is the dictionary's actor, "MOSCOW SAID")
        titled = self._after_title(doc, start)
        lone = end - start == 1 and self._lone_surname(token) is not None
        places = ("NORP", "FAC") if titled or lone else ("GPE", "LOC", "NORP", "FAC")
        if any(t.ent_type_ in places or (
            t.ent_type_ == "ORG" and not upper) for t in words) or any(
            (m := cx.by_token.get(t.i)) is not None and not m.id_.startswith("PRV.")
            for t in words
        ):
            return None
        name = words.text
        if end - start == 1:  # (after a title, the surname the text gives: "MINISTER DURAN")
            name = self._named_before(token) or self._lone_surname(token) or (
                token.text if titled else "")
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
              and not before.is_stop and before.lower_ not in self.cues.title_words
              and before.pos_ in ("PROPN", "NOUN", "ADJ")):
            return None  # ("THE BISHOP SAID": a title, not the surname; "WILLIAM WALKER": a
            # name of more words than the reader saw, which the surname alone would cut; a
            # verb in capitals cuts nothing: "..., SAID NAVARRETE")
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
        from .reading import Argument

        span, token = speaker.span, speaker.token
        parts = span.id_.split(".") if span is not None else []
        if span is None or len(parts) != 2 or parts[1].lower() in self.cues.state_sectors or (
            self.reader._sector_nouns.get(token.lemma_.lower()) != "GOV"
            or token.lemma_.lower() not in ("ministry", "minister", "official")
        ) or self.reader.dictionary.state_of(span.id_) is None:
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
        from .reading import Argument

        reader = self.reader
        token = speaker.token
        if is_handle(token):
            return speaker  # "@kivu_morning says ...": the account, as written
        if speaker.span is not None and _backer_named(speaker.span, token):
            return Argument(token, None)  # "pro-Kremlin channels": their own words
        if token.pos_ in ("ADV", "ADJ", "VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PART") and not (
            token.pos_ == "ADJ" and speaker.span is not None and token.dep_ == "nsubj"
        ):  # (a name the tagger read as an adjective: "Kigali maintains that ...")
            return None
        lemma = token.lemma_.lower()
        last = cx.speech.last_speaker
        if (speaker.span is None or speaker.inferred) and last is not None and (
            last.token.i != token.i and self._titled_as(last, token)
        ):
            return last  # "THE SALVADORAN PRESIDENT SAID ... THE PRESIDENT SAID ...": the same
            # ("VICE PRESIDENT FRANCISCO MERINO STATED ... ACCORDING TO THE VICE PRESIDENT")
        if speaker.span is None or speaker.inferred:
            person = self._titled_earlier(cx, token) or self._report_owner(cx, token)
            if person is not None:
                return person  # "PRESIDENT RAFAEL CALLEJAS VISITED ... THE PRESIDENT SAID"
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
            return self.named_at(cx, antecedent, token.sent) or Argument(antecedent, None)
        if speaker.inferred and speaker.span is not None and token.pos_ == "PROPN" and not (
            speaker.span.start <= token.i < speaker.span.end
        ):  # "PCD SECRETARY GENERAL NARCISO ISA CONDE": the person, not the title's sector
            return Argument(token, None)
        code = reader.noun_sector(token)
        if code and speaker.span is not None and not (
            speaker.span.start <= token.i < speaker.span.end
        ) and "." in speaker.span.id_ and speaker.span.id_.split(".")[1] != code and (
            self.reader.dictionary.state_of(speaker.span.id_) is not None
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
            owned = self._known_owner(speaker)
            for pobj in reader._pobjs(token, ("for", "of")):  # "a spokesman for X"
                for word in (pobj, *(t for t in pobj.lefts if t.dep_ == "compound")):
                    # ("the armed forces press committee": the armed forces)
                    arg = reader.actor_arg(cx, word)
                    arg = reader.infer(cx, arg, None, token.sent) if arg.span is None else arg
                    if arg.span is not None and _led_by(arg.span, word):
                        return Argument(word, None)  # (a body the dictionary lacks)
                    if arg.span is not None and not (owned and arg.span.id_.startswith("PRV.")):
                        return arg  # (but "the army's spokesman for Operation X": the army)
            if speaker.inferred and speaker.span is not None:
                # "police spokesmen", "a military spokesman": the sector they speak for
                code = self._spoken_for(token)
                if code and code != "GOV":
                    country = speaker.span.id_.split(".")[0]
                    return Argument(token, Span(token.doc, token.i, token.i + 1,
                                                label="ACTOR", span_id=f"{country}.{code}"),
                                    inferred=True)
        if speaker.span is not None and {lemma, token.lower_} & self.cues.source_nouns:
            body = self._report_body(token, speaker.span)
            if body is not None:  # "a Mexican defence ministry statement": the ministry's
                return self._named(cx, body)
        if speaker.span is None and {lemma, token.lower_} & self.cues.source_nouns:
            for child in token.children:
                if child.dep_ == "poss":  # "Duarte's declaration": Duarte
                    owner = reader.actor_arg(cx, child)
                    if owner.span is not None or child.lower_ not in _PRONOUNS:
                        return owner
            maker = self._maker(cx, token) or next(
                (reader.actor_arg(cx, p) for p in reader._pobjs(token, ("from", "by"))), None)
            if maker is not None:  # ("a report issued by the armed forces": the post's army)
                return (self._placed(cx, maker.token) if maker.span is None else None) or maker
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

    @staticmethod
    def _known_owner(speaker: Argument) -> bool:
        """Whether ``speaker`` is a noun whose owner before it the dictionary knows ("the
        Nigerian army's spokesman": the army), not one it only inferred."""
        span = speaker.span
        return span is not None and not speaker.inferred and span.end <= speaker.token.i and (
            not span.id_.startswith("PRV.")
            and any(c.dep_ == "poss" and span.start <= c.i < span.end
                    for c in speaker.token.lefts))

    def _report_body(self, noun: Token, owner: Span) -> Argument | None:
        """The state's body a report noun's modifier names, where the report's actor is
        the bare state: "A MEXICAN DEFENSE MINISTRY STATEMENT" (MEX's ministry, not MEX), "a
        Russian army report"; ``None`` when no noun of a state's sector stands before it."""
        from .reading import Argument

        if "." in owner.id_ or not owner.start < noun.i:
            return None
        for child in noun.lefts:
            code = self.reader.noun_sector(child) if child.dep_ == "compound" and (
                child.pos_ in ("NOUN", "PROPN") and owner.end <= child.i) else None
            if code is not None and code.lower() in self.cues.state_sectors:
                return Argument(child, Span(noun.doc, owner.start, child.i + 1, label="ACTOR",
                                            span_id=f"{owner.id_}.{code}"), inferred=True)
        return None

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

    def _titled_earlier(self, cx: CodingContext, token: Token) -> Argument | None:
        """"DEFENSE MINISTER HUMBERTO LARIOS VISITED THE TROOPS. THE MINISTER ADDED THAT
        ...": a speaker named by "the" and a title alone is the nearest person named before
        it in the post with that title before the name (read as :meth:`_titled_as` reads the
        last speaker), whether or not that person spoke; ``None`` when none is."""
        from .reading import _NAME_TITLES, Argument

        if token.pos_ != "NOUN" or not {token.lower_, token.lemma_.lower()} & _NAME_TITLES:
            return None  # (a title of a person, not a body's noun: "the police said")
        dictionary = self.reader.dictionary
        for m in reversed(cx.mentions):
            if m.end > token.i or not (m.id_.startswith("PRV.PER.") or dictionary.is_person(
                    m.id_)):
                continue
            if self._titled_as(Argument(m.root, m), token):
                start = token.i  # (the words that name it: "THE VICE PRESIDENT")
                while start > token.sent.start and token.doc[start - 1].head.i == token.i and (
                        token.doc[start - 1].dep_ in ("amod", "compound")):
                    start -= 1
                return Argument(token, Span(token.doc, start, token.i + 1, label="ACTOR",
                                            span_id=m.id_), inferred=True)
        return None

    def _report_owner(self, cx: CodingContext, token: Token) -> Argument | None:
        """"AMNESTY INTERNATIONAL RELEASED ITS REPORT ... THE REPORT SAYS THAT ...", "a
        communique issued by the presidency ... the communique adds": a report named by
        "the" or "this" alone (``source_nouns``) is the nearest report or account named
        before it in the post, and speaks for that one's owner: its possessor, the subject
        of the verb that put it out (``publishing_verbs``, ``making_verbs``), the agent
        that issued or made it, or the actor its own words name ("THE UPI REPORT");
        ``None`` when that report has no owner named (the search stops there; one named by
        "the" alone is the same report told again, passed over)."""
        from .reading import Argument

        cues = self.cues
        nouns = cues.source_nouns | cues.account_nouns
        if token.pos_ != "NOUN" or not {token.lower_, token.lemma_.lower()} & (
            cues.source_nouns
        ) or [c.lower_ for c in token.lefts] not in (["the"], ["this"]):
            return None
        for sent in reversed([s for s in cx.speech.sentences if s.end <= token.sent.start]):
            for t in reversed(sent):  # (the sentences before: its own tell what it says)
                if t.pos_ != "NOUN" or not {t.lower_, t.lemma_.lower()} & nouns or (
                    [c.lower_ for c in t.lefts] in (["the"], ["this"])
                ):
                    continue  # ("THE DOCUMENT STATES": the same report, named back again)
                owner = self._owner_of_report(cx, t)
                if owner is None or owner.span is None:
                    # (an owner the dictionary lacks speaks by its words: "THE PRESIDENCY")
                    return owner if owner is not None and owner.token.pos_ in (
                        "NOUN", "PROPN") else None
                return Argument(token, Span(token.doc, token.i, token.i + 1, label="ACTOR",
                                            span_id=owner.span.id_), inferred=True)
        return None

    def _owner_of_report(self, cx: CodingContext, noun: Token) -> Argument | None:
        """Who owns report ``noun`` (see :meth:`_report_owner`)."""
        reader, cues = self.reader, self.cues
        for child in noun.lefts:
            if child.dep_ in ("poss", "compound") and child.i in cx.by_token or (
                    child.dep_ == "poss"):
                return reader.actor_arg(cx, child)  # "ITS ANNUAL REPORT", "THE UPI REPORT"
        verb = noun.head
        makers = cues.publishing_verbs | cues.making_verbs
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in makers:
            if noun.dep_ in ("dobj", "obj"):  # "AMNESTY RELEASED ITS REPORT"
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    return self.named_at(cx, subject, verb.sent)
            if noun.dep_ == "nsubjpass":  # "THE REPORT WAS MADE BY EDGAR LEAL"
                return reader.agent(cx, verb)
        for acl in noun.children:  # "A COMMUNIQUE ISSUED BY THE PRESIDENCY"
            if acl.dep_ == "acl" and acl.lemma_.lower() in makers:
                return reader.agent(cx, acl)
        return None

    def _named_earlier(self, cx: CodingContext, token: Token) -> Argument | None:
        """"Nepal's army received two helicopters ..., the army said", "The Turkish foreign
        minister arrived in Damascus. The minister said ...": a speaker named by "the" and a
        sector noun alone is the nearest phrase before it in the post headed by the same
        noun with words of its own that name whose it is ("Nepal's", "Turkish"), read as
        the reader reads that phrase (NPL.MIL, TUR.GOV); ``None`` when there is none."""
        from .reading import Argument

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
        from .reading import Argument

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
        from .reading import Argument

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
                from .reading import Argument

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
            if len(parts) == 3 and parts[1] == "GOV" and self.reader.dictionary.state_of(actor.id):
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
        from .reading import Argument

        reader = self.reader
        if token.pos_ not in ("NOUN", "PROPN") or token.lower_ in _PRONOUNS:
            return None
        witness = bool({token.lemma_.lower(), token.lower_} & self.cues.witness_nouns)
        code = "CIV" if witness else self._speaker_sector(token)
        if code is None:  # "THE ARMY'S PRESS OFFICE": the owner's, a body of the state (a
            # person's office, "the mayor's office", speaks for no body: _office, the GOV)
            owner = next((c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "NOUN"
                          and c.i not in cx.by_token
                          and self._speaker_sector(c) not in (None, "GOV")), None)
            return self._placed(cx, owner) if owner is not None else None
        # (a sector a modifier word names is the speaker's, a state's or not: "religious sources")
        named = bool({token.lemma_.lower(), token.lower_} & self.cues.sector_speakers) and any(
            c.dep_ in ("amod", "compound", "nmod") and c.lower_ in self._sector_modifiers
            for c in token.lefts)
        if (code.lower() not in self.cues.state_sectors and not (witness or named)) or any(
            c.dep_ in ("amod", "compound", "nmod", "poss") and (
                c.i in cx.by_token or c.lower_ in self.cues.outside_words)
            for c in token.lefts
        ):
            return None
        inside = {(m.start, m.id_,
                   m.root.dep_ == "pobj" and m.root.head.lower_ in reader.place_preps)
                  for t in token.subtree if t.i > token.i
                  for m in [cx.by_token.get(t.i)] if m is not None}
        # a state named as the speaker's place ("survivors in northern Burkina Faso",
        # "official sources in Managua"): that state's
        states = {i for _, i, placed in inside if "." not in i and (placed or witness)}
        if len(states) == 1 and len(inside) == 1:
            country: str | None = states.pop()
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
        # "the army" of a state with one army is that army's unit, as for an event's side
        institution = self.reader.the_institution(token, country)
        return Argument(token, Span(token.doc, start, token.i + 1, label="ACTOR",
                                    span_id=institution or f"{country}.{code}"), inferred=True)

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

    def _by_force(self, verb: Token) -> bool:
        """Whether ``verb`` mostly tells an act of force: most of the event types it may
        tell in the lexicon are material conflict ("struck", "shelled", "deployed"; not
        "flew", "sent", "received", which tell force among several kinds of act)."""
        lexicon = self.reader.lexicon
        kinds = {p.type for p in lexicon.verbs.get(verb.lemma_.lower(), ())}
        return sum(lexicon.types[k].quad == MATERIAL_CONFLICT for k in kinds) * 2 > len(kinds)

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
        from .reading import _modified_code

        # (a sector's own phrase first: "a senior police officer" is POL, not an officer's MIL)
        return _modified_code(self.reader._sector_nouns, token, (3, 2), True)

    def _spoken_for(self, token: Token) -> str | None:
        """The sector a spokesman speaks for, named by a sector noun before the word
        ("police spokesmen", "a military spokesman", of two words: "AIR FORCE SPOKESMEN"),
        as its owner ("the army's spokesman", "the Nigerian Air Force's spokesman") or
        after its "for" ("SPOKESMEN FOR THE ATONAL BATTALION": a unit the dictionary
        lacks, MIL); ``None`` for other speakers or when no word names a sector."""
        from .reading import _modified_code

        if not {token.lemma_.lower(), token.lower_} & self.cues.spokesman_nouns:
            return None
        sectors = self.reader._sector_nouns
        for child in (*token.lefts, *self.reader._pobjs(token, ("for",))):
            if child.dep_ in ("compound", "amod", "poss", "pobj"):
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
            dictionary.state_of(m.id_) or dictionary.is_person(m.id_))}
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
        from .reading import _no_place

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
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        return lemma in self.report or (
            lemma in self._report_openings and bool(_keys(verb) & self.report))

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

    def _home(self, actor: str) -> str | None:
        return self.reader.dictionary.home(actor)
