"""An event's frame, date and place.

The modality and negation of a trigger and who reports it (the clauses that govern it),
the date the sentence or the post gives it (a date in its own clause beats one inherited
from the post), and the place it happened.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from ..models import Location
from .actor_arguments import ActorArguments
from .dates import DateValue, counts_from_before, resolve_date, shift
from .reading import (
    _CLAUSE_DEPS,
    _DIVISION_NOUNS,
    _DURATION_WORDS,
    _FINITE_CLAUSE_DEPS,
    _NEGATOR_DEPS,
    _PLACE_NOUNS,
    _PRESENT_TAGS,
    Argument,
    CodingContext,
    Frame,
    _division_name,
    _first_words,
    _no_place,
    _objects,
    _offset_phrase,
    _phrase_at,
    _phrase_before,
    _phrase_span,
    _titled,
    _verb_keys,
    _words,
)


class EventSettings(ActorArguments):
    """Reads an event's frame, date and place (see the module docstring)."""

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
                elif not (keys.isdisjoint(self.report_verbs) and keys.isdisjoint(
                        self.claim_verbs) and keys.isdisjoint(self.opinion_verbs)):
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
            doc, firsts = sent.doc, _first_words(self.report_phrases)
            found = cx.report_phrases[key] = next(
                ((i, n) for i in range(sent.start, sent.end) if doc[i].lower_ in firsts
                 and (n := _phrase_at(sent, i, self.report_phrases))), (0, 0))
        i, n = found
        if n:
            last = sent.doc[i + n - 1]
            for t in last.children:  # "according to X": X hangs on "to"; "citing X" too
                if t.dep_ in ("pobj", "dobj", "pcomp"):
                    teller = _teller_of_what(t)
                    if teller is not None:
                        return True, self.actor_arg(cx, teller)
                if t.dep_ in ("pobj", "dobj"):
                    return True, self.actor_arg(cx, t)
            if i + n < sent.end:
                return True, self.actor_arg(cx, sent.doc[i + n])
            return True, None
        return False, None

    # -- dates and places ------------------------------------------------------------------

    def _clause_of(self, cx: CodingContext, token: Token, offsets: bool) -> str:
        """The text of ``token``'s own clause (:meth:`_clause_texts`; ``offsets``: with its
        "N days after ..." phrases), read once per post for each token."""
        key = (token.i, offsets)
        text = cx.clause_texts.get(key)
        if text is None:
            # both readings from one walk of the subtree: dates ask for both, one by one
            cx.clause_texts[(token.i, True)], cx.clause_texts[(token.i, False)] = (
                self._clause_texts(token))
            text = cx.clause_texts[key]
        return text

    def _clause_texts(self, token: Token) -> tuple[str, str]:
        """The text of ``token``'s own clause: its subtree without embedded clauses at any
        depth ("killing demonstrators who had camped there since April" is no April
        killing); then the same without "N days after ..." phrases either. One walk makes
        both: what each leaves out is the subtrees of the words heading what it skips,
        whatever their order, so the clauses' and the offset phrases' are gathered apart."""
        clauses: set[int] = set()
        offsets: set[int] = set()
        subtree = list(token.subtree)
        for t in subtree:
            if t.i in clauses or t.i == token.i:
                continue
            if t.dep_ in _CLAUSE_DEPS and t.pos_ in ("VERB", "AUX"):
                clauses.update(d.i for d in t.subtree)
            elif t.i not in offsets and _offset_phrase(t) is not None:
                offsets.update(d.i for d in t.subtree)
        words = [(t.i, t.text) for t in subtree if t.i not in clauses]
        with_offsets = " ".join(w for _, w in words)
        if not offsets:
            return with_offsets, with_offsets
        return with_offsets, " ".join(w for i, w in words if i not in offsets)

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
            return self.division_place(cx, division)
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


def _teller_of_what(t: Token) -> Token | None:
    """The teller a report phrase names through a free relative: "according to what the
    ministry reported today" (the ministry; the parser hangs the clause on "to", or takes
    its subject for a dependent of "what"); ``None`` for any other object."""
    if t.dep_ == "pcomp" and t.pos_ in ("VERB", "AUX") and any(
        c.lower_ == "what" for c in t.children
    ):
        clause: Token | None = t
    elif t.lower_ == "what" and t.tag_ == "WP":
        clause = t if any(c.dep_ == "nsubj" for c in t.children) else (
            t.head if t.dep_ in ("dobj", "obj") and t.head.pos_ in ("VERB", "AUX") else None)
    else:
        clause = None
    if clause is None:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)
