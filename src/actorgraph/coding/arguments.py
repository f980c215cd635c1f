"""Step 2 of the coder: the argument reader.

:class:`ArgumentReader` reads a proposed trigger's source and target from the parse (the
verb's subject and objects, an event noun's owner and prepositions, the clause around it),
then its frame (modality, negation, who asserts it), its date and its place. The actors come
from :class:`~.actor_arguments.ActorArguments`, the frame, dates and places from
:class:`~.event_settings.EventSettings`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from ..nlp.names import NAME_TITLES
from ..nlp.proposals import TriggerProposal
from .event_settings import EventSettings
from .lexicon import Predicate
from .reading import (
    _AIM_VERBS,
    _ANSWERED_TYPES,
    _COMPLEMENT_PREPS,
    _COUNT_WORDS,
    _DOING_VERBS,
    _FORCE_SECTORS,
    _PARTICIPATION_VERBS,
    _PLACE_NOUNS,
    _RECEIVE_VERBS,
    _RECEIVER_PREPS,
    _THIRD_PARTY,
    _TIE_NOUNS,
    _YEAR,
    Argument,
    Arguments,
    CodingContext,
    _amount_of,
    _counts_people,
    _infinitive,
    _no_place,
    _noun_context,
    _objects,
    _passive_after_active,
    _passive_partner,
    _receivers,
    _said_of,
    _titled,
    condition_clauses,
    misparsed_clause,
)

# Verbs of taking ground or goods by force, whose "from" names the side it was taken from:
# the target, before the place or thing taken ("seized Kenscoff from the police")
_TAKING_VERBS = frozenset({"take", "seize", "capture", "retake", "recapture", "reclaim",
                           "regain", "wrest", "grab", "overrun", "liberate"})
# Where an act's noun stands to the verb that does it: its object ("the police made
# arrests"), or the subject of that verb in the passive ("the arrests were made by the police")
_DONE_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def _named(arg: Argument) -> bool:
    """Whether ``arg`` is an actor mention (not a bare sector noun)."""
    return arg.span is not None


class ArgumentReader(EventSettings):
    """Reads arguments, modality, attribution, date and place of a trigger from the parse.

    Stateless between calls: every method takes the post's :class:`CodingContext`.
    """

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
        taken_from = self._taken_from(cx, verb) if etype == "COERCE" else []
        if taken_from:
            return taken_from
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
                p for o in own for p in self._pobjs(o, (*preps, *self._of(o)))
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
                candidates += [p for t in (*items, obj, *self._told_of(obj))
                               for p in self._pobjs(t, (*preps, *self._of(t), *_RECEIVER_PREPS))
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
        # "helped Russia push X back": the subject of a bare infinitive is who is helped;
        # "said Ethiopia ought to withdraw": of a modal parsed as the clause's head
        candidates += [c for comp in verb.children
                       if comp.dep_ in ("ccomp", "xcomp") and comp.tag_ in ("VB", "MD")
                       for c in comp.children if c.dep_ == "nsubj"]
        objects = self._objects(verb)
        # "cut diplomatic links with Qatar": the other side of a tie its object names
        candidates += [p for o in objects if o.lemma_.lower() in _TIE_NOUNS
                       or o.lower_ in _TIE_NOUNS for p in self._pobjs(o, ("with",))]
        # (a doer is an actor or no one, never a circumstance: "the Government of Iraq")
        doers = [t for o in objects for t in self._doers(o)] if etype in self.reaction_types else []
        first: list[Argument] | None = None
        people: list[Argument] | None = None
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
            elif people is None and self._sector_people(token) and self._mere_thing(first[0].token):
                # "supplied fuel to the drug traffickers", "discuss the plan with government
                # officials": people a target preposition names, whose country the builder
                # gives, are whom the act is toward, not the thing the verb moves or talks of
                people = args
        if place is None and hints is not None and hints.mode == _THIRD_PARTY:
            # "brokered a deal for Damascus to give up its arsenal": the deal's sides
            for deal in self._objects(verb):
                sides = self._deal_sides(cx, deal, verb, None)
                if sides:
                    return sides
        # a place attacked when no actor is: the state that holds it
        return [place] if place is not None else people or first or []

    def _taken_from(self, cx: CodingContext, verb: Token) -> list[Argument]:
        """Whom a verb of :data:`_TAKING_VERBS` took ground or goods from: the actor or the
        people of a sector that "from" names on the verb or its object ("captured Hpakant
        from junta troops", "Aden was retaken from the Houthis", "captured weapons from the
        army"); ``[]`` when it names none."""
        if verb.lemma_.lower() not in _TAKING_VERBS:
            return []
        froms = [*self._pobjs(verb, ("from",)),
                 *(p for o in self._objects(verb) for p in self._pobjs(o, ("from",)))]
        for token in froms:
            args = self.expand(cx, token)
            if any(a.span is not None for a in args) or self._sector_people(token):
                return args
        return []

    def _undergone_by(self, cx: CodingContext, verb: Token) -> list[Argument]:
        """Whom a participle of a harmful act told as a state says the act was done to: the
        noun it modifies ("the wounded soldiers", "the kidnapped engineers", "the
        assassinated priests"), the subject of a verb of remaining it completes ("Panama
        remains occupied", "the guard was left wounded"); people or a struck thing, as an
        actor mention or a sector noun names them. None for a present participle ("the
        attacking forces" do the act), nor for a compound one ("the conflict-hit east")."""
        if verb.tag_ == "VBG" or verb.lower_.endswith("ing") or any(
                c.dep_ in ("npadvmod", "compound", "nmod") or c.lower_ == "-"
                for c in verb.children):
            return []
        if verb.dep_ == "amod" and verb.head.pos_ in ("NOUN", "PROPN"):
            undergone = [verb.head]
        elif verb.dep_ in ("attr", "oprd", "acomp") and (
                verb.head.lemma_.lower() in self.standing_verbs):
            undergone = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif any(c.dep_ == "auxpass" and c.lemma_.lower() in self.standing_verbs
                 for c in verb.children):  # (a parse that makes "remains" the auxiliary)
            undergone = [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            return []
        return [a for t in undergone[:1] for a in self.expand(cx, t) if a.span is not None
                or self._sector_people(a.token) or self.struck_code(a.token) is not None]

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
        killing dozens": the labels code the killing apart) or when no such clause is. An
        event noun with no target takes the dead its sentence tells of (:meth:`_dead_of`)."""
        if verb.pos_ != "VERB":
            return targets or self._dead_of(cx, verb)
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

    def _dead_of(self, cx: CodingContext, noun: Token) -> list[Argument]:
        """The dead or wounded an event noun's sentence names: the subject of a verb of
        dying the noun says where or when of ("a soldier died in the ambush", "two judges
        perished during the raid"); the object of a casualty verb the noun is the subject of,
        itself or by a relative clause ("the shelling has killed eleven civilians", "the
        raid, which wounded two guards"); the "of" of a death its outcome verb names ("the
        bombing resulted in the deaths of nine civilians"). People a sector noun, a count or
        an actor mention names."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in ("in", "during") and (
                head.head.lemma_.lower() in self.death_verbs):
            people = [c for c in head.head.children if c.dep_ == "nsubj"]
        else:
            clauses = [head] if noun.dep_ == "nsubj" else []
            clauses += [c for c in noun.children if c.dep_ == "relcl" and any(
                w.dep_ == "nsubj" and w.tag_ == "WDT" for w in c.children)]
            # (the object of "have killed and injured civilians" hangs on the last verb)
            people = [o for v in clauses if v.lemma_.lower() in self.casualty_verbs
                      for o in self._objects(v) or [
                          o for c in v.conjuncts for o in self._objects(c)][:1]]
            people += [p for v in clauses if v.lemma_.lower() in self.outcome_verbs
                       for d in (*self._objects(v), *self._pobjs(v, ("in",)))
                       if d.lemma_.lower() in self.death_nouns
                       for p in self._pobjs(d, ("of",))]
        return [a for t in people for a in self.expand(cx, t) if a.span is not None
                or self._sector_people(a.token) or self._people_count(a.token)]

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

    def _sector_people(self, token: Token) -> bool:
        """Whether the noun ``token`` names people of a sector ("traffickers", "government
        officials", "the displaced"), whose country the builder finds."""
        return token.pos_ in ("NOUN", "ADJ") and (
            self.noun_sector(token) is not None or self.sector_code(token) is not None)

    def _mere_thing(self, token: Token) -> bool:
        """Whether ``token`` names a thing of no one's: no sector noun, no sector word
        before it ("government vehicles"), nothing an attack on it names the owner of
        ("a market"), no count of people ("killed 31"), no act ("condemned the shelling of
        civilians": not the civilians)."""
        return token.pos_ == "NOUN" and not (
            self._sector_people(token) or self.struck_code(token) is not None
            or self.lexicon.noun(token.lemma_.lower(), _noun_context(token)) is not None
            or self._people_count(token)
            or any(c.dep_ in ("compound", "amod", "nmod") and self._sector_people(c)
                   for c in token.lefts))

    def particle_objects(self, verb: Token, hints: Predicate | None) -> list[Token]:
        """The entry's own object words after its particle ("put under investigation",
        "placed under house arrest"): part of the act, no target of it."""
        if hints is None or not hints.particle or not hints.objects:
            return []
        return [p for p in self._pobjs(verb, (hints.particle,))
                if p.lemma_.lower() in hints.objects or p.lower_ in hints.objects]

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

    def _of(self, noun: Token) -> tuple[str, ...]:
        """("of",) when the "of" of an object may name whom the act is done to ("the murder
        of citizens"); none for a noun of what is known of someone (cue ``told_nouns``:
        "passed the names of the commanders to X" gives them to X)."""
        return () if noun.lemma_.lower() in self.told_nouns else ("of",)

    def _told_of(self, noun: Token) -> list[Token]:
        """Whom a noun of the cue ``told_nouns`` is about, where a receiver's preposition may
        hang in the parse ("passed images of Iranian positions to Baghdad")."""
        return self._pobjs(noun, ("of",)) if noun.lemma_.lower() in self.told_nouns else []

    def felt_acts(self, verb: Token) -> list[Token]:
        """What a feeling verb in the passive reacts to: the words after its "by", "at",
        "over" or "about" ("appalled by the attack", "concerned by reports of violations":
        the violations, what the report tells), with their conjuncts; empty when the verb
        is not passive."""
        if not any(c.dep_ == "nsubjpass" for c in verb.children):
            return []
        found = [p for c in verb.children if c.dep_ == "agent" or (
            c.dep_ == "prep" and c.lower_ in ("at", "over", "about"))
            for p in c.children if p.dep_ == "pobj"]
        found = [t for p in found for t in (p, *p.conjuncts)]
        return [t for p in found for t in (
            self._pobjs(p, ("of",)) if p.lemma_.lower() in self.news_nouns else ()) or (p,)]

    def felt_act_named(self, cx: CodingContext, verb: Token) -> bool:
        """Whether a feeling verb in the passive reacts to an act (an event noun or a word
        of the cue ``imputed_acts``) or an actor: "appalled by the attack", "concerned by
        reports of violations", not "alarmed by the humanitarian situation"."""
        return any(act.i in cx.by_token or act.lemma_.lower() in self.imputed_acts
                   or self.lexicon.noun(act.lemma_.lower(), _noun_context(act)) is not None
                   for act in self.felt_acts(verb))

    def felt_args(self, cx: CodingContext, verb: Token) -> Arguments:
        """The sides of a feeling told in the passive ("I am appalled by the attack by
        Assad's regime"): the one who feels is the source; the doer of the act it reacts
        to, or an actor named in its place ("shocked by Moscow"), the target."""
        sources = [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.expand(cx, c)]
        targets: list[Argument] = []
        for act in self.felt_acts(verb):
            if act.i in cx.by_token:
                targets += self.expand(cx, act)
                continue
            entry = self.lexicon.noun(act.lemma_.lower(), _noun_context(act))
            if entry is not None:
                targets += [a for a in self.noun_args(cx, act, entry, entry.type).sources
                            if a.span is not None]
        return Arguments(sources, targets, False)

    def verb_args(
        self, cx: CodingContext, verb: Token, etype: str, hints: Predicate | None = None
    ) -> Arguments:
        if hints is not None and hints.felt:
            return self.felt_args(cx, verb)
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
            # target of the "to"-clause is the target of the offer or agreement; so is that
            # of its complement word's clause ("is willing to resume talks with X")
            ready = [g for c in verb.children if c.dep_ == "acomp" for g in c.children]
            for comp in [*verb.children, *ready]:
                if comp.dep_ == "xcomp" and comp.pos_ in ("VERB", "AUX"):
                    inner = self._complement_targets(cx, comp)
                    if inner:
                        targets = inner
                        break
        if not any(a.span is not None for a in targets):
            targets = self._clause_targets(cx, verb, etype) or targets
        if not any(a.span is not None for a in targets) and etype in self.harm_types:
            targets = self._undergone_by(cx, verb) or targets
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

        # a threat told as the act held over another ("would strike the camps if Chad
        # did not close the border"): whom the condition names, not what the act hits
        held = hints is not None and hints.threat
        if etype in self.conditioned_types and (held or not any(other(a) for a in targets)):
            # "Yerevan warned it would defend its territory if Baku pushed into Syunik",
            # "threatened to close the strait if the US attacked": whoever the condition
            # names (not the threatener's own "it", "his country")
            conditions = condition_clauses(
                c for comp in verb.children if comp.dep_ in ("ccomp", "xcomp")
                for c in comp.subtree)
            # ("would strike the camps if Chad did not close the border": a condition on
            # the act itself, when the act is the threat)
            conditions = conditions or condition_clauses(verb.children)
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

    def giver_and_given(self, cx: CodingContext, verb: Token, froms: Sequence[Token] = (),
                        preps: Sequence[str] = ("from",),
                        ) -> tuple[list[Argument], list[Argument]]:
        """Who gives and who is given to, for a verb of receiving: the actor "from" names
        (after the noun received, ``froms``, or the verb or its object), and the verb's
        subject ("Kyiv received aid from the EU", "Ukraine received helicopters from
        Norway"; the noun "troops receiving US aid" modifies when the verb is a clause).
        ``preps`` name the doer in place of "from" ("Raqqa fell to the SDF": an entry's
        ``doer_preps``)."""
        froms = froms or self._pobjs(verb, preps) or [
            p for o in _objects(verb) for p in self._pobjs(o, preps)]
        givers = [a for t in froms[:1] for a in self.expand(cx, t)]
        given = [self.actor_arg(cx, verb.head)] if verb.dep_ == "acl" else (
            self.subjects(cx, verb))
        # a sector noun on either side keeps its place ("received loans from the
        # government"): the builder gives it its country
        return ([a for a in givers if self.named_or_sector(a)],
                [a for a in given if self.named_or_sector(a)])

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
        head = self.dictionary.id_head
        states = {head(s.actor) for s in sources if s is not None and s.actor}
        kept = [t for t in targets if t is None or t.actor is None or not (
            head(t.actor) in states and t.actor.split(".")[1:2] and (
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

    def named_or_sector(self, arg: Argument) -> bool:
        """Whether ``arg`` is an actor mention or a bare sector noun ("teachers", "the
        police"), whose country the builder infers."""
        return arg.span is not None or self.sector_code(arg.token) is not None

    def body_possessor(self, child: Token, arg: Argument) -> bool:
        """Whether ``child``, the possessor of an event noun, is a body named by its sector
        noun ("the army's offensive", "the government's crackdown"): not a person's title
        ("the president's", whose act is the person's) nor "our fighters'" (first person)."""
        return child.dep_ == "poss" and self.named_or_sector(arg) and (
            child.lower_ not in NAME_TITLES
            and not any(c.lower_ in ("our", "my") for c in child.children))

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
            if arg.span is not None or self.body_possessor(child, arg):
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
        # "the attack perpetrated today against a union office", "the offensive launched
        # against the cartels": the participle that does the act holds its target too
        done_by = {c.i for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   and c.lemma_.lower() in _DOING_VERBS}
        holders += [t for t in noun.children if t.i in done_by]
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
                if word == "by" and not targets:  # "attacks by the rebels on army posts"
                    targets = [a for t in self._pobjs(pobjs[0], set(preps) - {"of"})
                               for a in self.expand(cx, t)]
                if holder.i in done_by and (word == "by" or any(a.span for a in targets)):
                    continue  # (its agent is read below; a target of the noun's own stays)
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
        doing = done.head.lemma_.lower()
        if not any(a.span is not None for a in sources) and done.dep_ in _DONE_DEPS and (
            (doing in _DOING_VERBS or doing in self.starting_verbs and (
                (hints.type if hints is not None else etype) != "AGREE"))
            and done.head.pos_ in ("VERB", "AUX")
        ):
            # "the junta began enforcing conscription", "the EU imposed sanctions on X",
            # "Shining Path began its armed struggle": the subject of the verb that does (or
            # starts, carries on) the act (its agent in a passive), when named (a pronoun's
            # guess is not carried on to a second act); a passive's agent may be a body its
            # sector noun names ("the arrests were made by the national police")
            named = self.named_or_sector if done.dep_ == "nsubjpass" else _named
            sources = [a for a in self.subjects(cx, done.head)
                       if named(a) and not a.via_reference] or sources
        if not any(a.span is not None for a in sources):
            # "the accusations made by the FMLN", "the offensive launched by the army": the
            # agent of the participle that tells who made the act
            for child in noun.children:
                made = child.dep_ == "acl" and child.tag_ == "VBN"
                agent = self.agent(cx, child) if made else None
                if agent is not None and self.named_or_sector(agent):
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
        if hints is not None and hints.readiness and not any(a.span for a in targets):
            # "its readiness to cooperate with the inspectors": whom the act offered is toward
            targets = [a for c in noun.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX")
                       for a in self._complement_targets(cx, c)] or targets
        # a sector noun keeps its place as the doer too ("the strike by teachers", "arrests
        # made by the treasury police"): the builder gives it its country, as for a verb's
        sources = [a for a in sources if self.named_or_sector(a)]
        # a sector noun or a count keeps its place: the builder gives it its country ("the
        # bombardment of civilians in Gaza", "executions of dozens of villagers")
        struck = (hints.type if hints is not None else etype) in self.place_target_types
        targets = [a for a in targets if a.span is not None or self.sector_code(a.token)
                   or a.token.pos_ == "NUM" or a.token.lower_ in self.quantity_words
                   or (struck and (self.struck_code(a.token)
                                   or self.armed_modifier(cx, a.token)))]
        return Arguments(sources, targets, True)
