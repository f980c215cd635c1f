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
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import ActorDictionary, normalise_key
from ..actors.surnames import actor_name_words, name_words
from ..models import Claim, Event, Evidence, How, Location, Method, stable_id
from ..nlp.informal import in_capitals
from ..nlp.names import name_before, name_start
from ..nlp.proposals import Proposer, ProposerFunction, TriggerProposal
from ..nlp.sentences import forget_sentences, index_sentences
from .arguments import ArgumentReader
from .dates import resolve_date
from .lexicon import (
    MATERIAL_CONFLICT,
    NAMED_PLACE,
    NAMED_TOWN,
    OWN,
    UNASSERTED_COMPLEMENTS,
    EventType,
    Lexicon,
    Predicate,
)
from .not_actors import CompanyCues
from .places import Gazetteer
from .prefilter import PAST_FORMS
from .reading import (
    _ACT_PREPS,
    _DOING_VERBS,
    _NOT_NAME_WORDS,
    _TIMELESS,
    Argument,
    Arguments,
    CodingContext,
    Frame,
    PostContext,
    PostEvents,
    ThreadState,
    _active_by,
    _acts_on,
    _amount,
    _body_key,
    _complement_of,
    _counted,
    _counted_tokens,
    _described_noun,
    _describes,
    _doer_words,
    _doerless_passive,
    _doers_of,
    _first_plural,
    _fit,
    _holds_title,
    _hyphenated_before_noun,
    _infinitive,
    _judged_object,
    _key,
    _kind_of_name,
    _measured,
    _modifier_pairs,
    _names_a_time,
    _not_done,
    _noun_and_holders,
    _noun_context,
    _objects,
    _of_the_time,
    _offered_act,
    _office_holders,
    _own_doer,
    _purpose_of_same_type,
    _ready_for,
    _sent_for,
    _shared_subject_verb,
    _takes_question,
    _term,
    _terms_beside,
    _unmet_condition,
    _verb_above,
    _verb_frame,
    _verb_lemmas,
    _without,
    condition_clauses,
    hyphenated_places,
    join_hyphenated,
    list_verbs_under_reporter,
    load_context_names,
    load_shared_bodies,
    load_town_articles,
    misparsed_clause,
    subject_nouns_read_as_verbs,
    whole_names,
)

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


#: What a warning holds over the warned: "warned of retaliation", "any attack will get a
#: response", "accession is at risk" (a warning with none of these, no condition, no passive
#: and no act of the warner's is a forecast: ``EventCoder._forecast_warning``). A constant, not
#: a plover.yaml cue: a cue word keeps the CAMEO verb of the same lemma out of the lexicon.
THREATENED_CONSEQUENCES = frozenset({
    "war", "attack", "strike", "force", "response", "respond", "retaliate", "retaliation",
    "reprisal", "consequence", "measure", "action", "act", "target", "risk", "price", "punish",
    "punishment", "sanction", "fight", "invade", "invasion", "offensive", "assault", "bomb",
    "bombing", "shell", "kill", "crush", "destroy", "crackdown", "blockade", "expel",
    "retribution", "tolerate", "repercussion", "reaction", "escalation", "regret", "pay"})


def _name_start(cx: CodingContext, token: Token) -> Token:
    """The first word of the name ``token`` ends: its actor mention's, else that of its
    run of name words ("Operation Sea Shield", which no dictionary holds); ``token`` itself
    when it is no name."""
    span = cx.mention_at(token.i)
    if span is not None:
        return span[0]
    first = token
    while token.pos_ == "PROPN" and first.i > 0 and first.nbor(-1).dep_ == "compound" and (
        first.nbor(-1).head == token
    ):
        first = first.nbor(-1)
    return first


#: Types of backing, whose object may be the operation the backer serves in.
_BACKING_TYPES = frozenset({"AID", "SUPPORT"})


#: Dependencies that give a verb an object or complement of its own (see _own_object).
_OWN_OBJECTS = frozenset({"dobj", "dative", "prep", "attr", "oprd", "ccomp", "xcomp"})


#: Prepositions by which a noun of trade names its goods: "an order for 30 jets", "the
#: purchase of Boeing's 777s" (the goods' maker is the other side, see _goods_owner).
_GOODS_PREPS = frozenset({"of", "for"})


# Modal verbs that leave a stated readiness in doubt: "they may be willing to talk".
_HEDGES = frozenset({"may", "might", "could"})


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
        self.cargo_carriers = lexicon.cue("cargo_carriers")
        self.company_kinds = lexicon.cue("company_kinds")
        self.company_words = lexicon.cue("company_words")
        self.outcome_types = lexicon.types_with("outcomes")
        self.denial_verbs = lexicon.cue("denial_verbs")
        self.protester_words = lexicon.cue("protester_words")
        # the words of a stated readiness ("willing", "readiness"): the act of their
        # "to"-clause is offered, not done
        self.readiness_words = frozenset(
            {w for preds in lexicon.verbs.values() for p in preds if p.readiness
             for w in p.complements}
            | {n for n, preds in lexicon.nouns.items() if any(p.readiness for p in preds)})
        self.report_verbs = lexicon.cue("report_verbs")
        self.want_verbs = lexicon.cue("want_verbs")
        self.standing_participles = lexicon.cue("standing_participles")
        self.withheld_verbs = lexicon.cue("withheld_verbs")
        self.aid_amount_verbs = lexicon.cue("aid_amount_verbs")
        self.state_copulas = lexicon.cue("state_copulas")
        self.topic_preps = lexicon.cue("topic_preps")
        self.measure_nouns = lexicon.cue("measure_nouns")
        self.giver_preps = lexicon.cue("giver_preps")
        self.imputed_acts = lexicon.cue("imputed_acts")
        self.toll_nouns = lexicon.cue("toll_nouns")
        self.referred_deals = lexicon.cue("referred_deals")
        self.deal_told_verbs = lexicon.cue("deal_told_verbs")
        self.deal_nouns = lexicon.cue("deal_nouns")
        self.deal_verbs = self.deal_told_verbs | lexicon.cue("deal_ending_verbs")
        self.standing_threats = lexicon.cue("standing_threats")
        self.job_heads = lexicon.cue("job_heads")
        self.use_heads = lexicon.cue("use_heads")
        self.operation_words = lexicon.cue("operation_words")
        self.handover_verbs = lexicon.cue("handover_verbs")
        self.captive_words = lexicon.cue("captive_words")
        self.captive_markers = lexicon.cue("captive_markers")
        self.wanted_people = lexicon.cue("wanted_people")
        self.duty_modals = lexicon.cue("duty_modals")
        self.speaker_pronouns = lexicon.cue("speaker_pronouns")
        self.public_sectors = {s.upper() for s in lexicon.cue("public_sectors")}
        self.duty_states = lexicon.cue("duty_states")
        self.threat_modals = lexicon.cue("threat_modals")
        self.threat_conditions = lexicon.cue("threat_conditions")

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
        verbs += self._said_duties(cx, words, {t.i for t, _ in verbs})
        duties = self._own_duties(cx, words)
        asked = {t.i for t, _ in duties}  # the acts laid on another: asked, not done
        verbs += duties
        asking = {t.i for t, p in verbs if p.type in UNASSERTED_COMPLEMENTS}
        types = {t.i: p.type for t, p in verbs}
        for token, pred in verbs:
            if _complement_of(token, asking | asked) or token.i in asked and not pred.duty:
                continue  # "demanded that Russia withdraw": no RETREAT
            if self._offered(token):
                continue  # "is willing to withdraw": the withdrawal is offered, not done
            if self._deal_term(token):
                continue  # "signed a contract to supply 14 airliners": the deal's terms
            if _purpose_of_same_type(token, pred.type, types) and (
                    not self.lexicon.types[pred.type].reciprocal
                    or not self._names_a_partner(cx, token)):
                continue  # "converged for a rally to protest X": one protest; "met X to
                # discuss the crisis": one meeting, whose sides the first verb names (the
                # topic is no side); "flew to Cairo to meet Sisi" keeps the meeting's side
            if token.lemma_.lower() in self.denial_verbs and (
                self._denies_a_told_act(token, types) or _not_done(token)
            ):
                continue  # "denied any role in the attack": the builder's REJECT, with the
                # denied attack (one denial); "neither confirmed nor denied": no denial
            if pred.type in self.outcome_types and self._outcome_of(token, pred.type, types):
                continue  # "an airstrike killed 11", "struck the base, killing three": one
                # attack, told with what it did
            if _unmet_condition(token) or self._names_a_job(token) or self._names_a_use(token):
                continue  # "Aid workers said", read as a verb: a job, no act
            if self._serves_in_operation(cx, token, pred.type):
                continue  # "a soldier who was supporting Operation Inherent Resolve"
            if pred.felt and not self.reader.felt_act_named(cx, token):
                continue  # "the result shocked the party", "alarmed by the situation": no
                # act disapproved
            if self._threat_on_condition(cx, token, pred):
                pred = _as_threat(pred)  # "said it would cut aid if the junta did not ...":
                # the threat, not the act threatened
            yield self._proposal(token, pred, nominal=False)
        for token in words:
            if token.i in types:
                continue  # a gerund read as a noun, proposed as its verb above
            if token.pos_ in ("NOUN", "PROPN") and not _unmet_condition(token) and (
                    not _word_of_a_title(token)):
                if asking and _complement_of(_verb_above(token), asking):
                    continue  # "agreed to provide aid": the aid is promised, not given
                if self._offered(_verb_above(token)):
                    continue  # "is willing to resume talks": the talks are offered, not held
                lemma = token.lemma_.lower()
                # (the words around a noun are read only for a lemma with entries: most have none)
                noun = self.lexicon.noun(lemma, _noun_context(token) | self._forces_served(
                    cx, token) | self._company_sides(cx, token)) if (
                    lemma in self.lexicon.nouns) else None
                if noun is not None and self._not_had(token):
                    continue  # "need humanitarian assistance", "a cut in U.S. aid": no aid
                if noun is not None and noun.type == "AID" and self._aid_as_topic(token):
                    continue  # "aid to the island has fallen", "asked about the aid"
                if noun is not None and self._none_harmed(token):
                    continue  # "the attack left no casualties"
                if noun is not None and self._deal_referred_to(token):
                    continue  # "three months after the washington deal": made before
                if noun is not None and self._standing_threat(token):
                    continue  # "ISIL is a threat to all Iraqis": a danger, no threat made
                if noun is not None and (self._names_a_job(token) or self._names_a_use(token)
                                         or self._names_a_teller(token, noun)):
                    continue  # "aid workers said", "a fighting position"
                if noun is not None and self._serves_in_operation(cx, token, noun.type):
                    continue  # "in support of Operation Inherent Resolve"
                if noun is not None and noun.readiness:
                    noun = self._as_readiness(cx, token, noun)  # none without its act
                if noun is not None:
                    yield self._proposal(token, noun, nominal=True)
                elif self.reader.under_fire(token) is not None:  # "came under fire from X"
                    yield TriggerProposal(token.doc[token.i : token.i + 1], "ASSAULT",
                                          origin="rule", nominal=True)

    def _said_duties(self, cx: CodingContext, words: list[Token],
                     triggers: set[int]) -> list[tuple[Token, Predicate]]:
        """A REQUEST on a report verb whose complement says another actor must or should
        act ("the minister said the militia must leave the dam", "insisted that the rebels
        should hand back the ferry"): a duty laid on another party is a demand, as "called
        on Y to" is (docs/LABELLING.md), and the act asked for is not coded (the trigger is
        one of ``asking``). Not the speaker's own duty ("we must", "he should"), an act no
        actor is asked to do ("the bridge must be repaired"), an inference or a reproach
        ("must have", "should have"), nor a question."""
        found = []
        for token in words:
            if (token.pos_ != "VERB" or token.lemma_.lower() not in self.report_verbs
                    or token.i in triggers or token.sent.text.rstrip().endswith("?")):
                continue
            if any(self._duty(cx, v) for c in token.children if c.dep_ == "ccomp"
                   for v in (c, *c.conjuncts)):
                found.append((token, Predicate(token.lemma_.lower(), "REQUEST", cameo="100")))
        return found

    def _own_duties(self, cx: CodingContext, words: list[Token]) -> list[tuple[Token, Predicate]]:
        """A REQUEST on the modal of a main clause that lays a duty on an actor ("the junta
        must release the students", "Iran should stop arming the militias"): the author's
        own demand (or the speaker's whose words the text is), as :meth:`_said_duties` has
        a reported one. Not in a clause under another verb, a condition or a question."""
        found = []
        question: bool | None = None  # (read at the first modal: most sentences have none)
        for token in words:
            if token.dep_ != "aux" or token.lower_ not in self.duty_modals:
                continue  # (tested before reading the head: a Token object per word)
            if question is None:
                question = words[0].sent.text.rstrip().endswith("?")
            if question:
                return []
            verb = token.head
            main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
            if (main
                    and _subject(verb).pos_ != "PRON"  # ("it must change": whose?)
                    and not _conditioned(verb) and self._duty(cx, verb)):
                found.append((verb, Predicate(verb.lemma_.lower(), "REQUEST", cameo="100",
                                              duty=True)))
        return found

    def _duty(self, cx: CodingContext, verb: Token) -> bool:
        """Whether ``verb`` is an act laid on an actor by a modal of duty (``duty_modals``):
        "the militia must leave", "the rebels should not shell the town", "Kenya said
        Ethiopia ought to withdraw" (the modal parsed as the clause's head)."""
        act = verb
        if verb.lower_ in self.duty_modals:  # "ought" heads its "to"-clause
            act = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
        auxes = [c for c in (*verb.children, *act.children) if c.dep_ in ("aux", "auxpass")]
        if verb is act and not any(a.lower_ in self.duty_modals for a in auxes):
            return False
        if any(a.lemma_.lower() == "have" or a.dep_ == "auxpass" for a in auxes):
            return False  # "must have received" (an inference), "must be repaired"
        if act.lemma_.lower() in self.duty_states or _takes_question(act):
            return False  # "should have cars on the market", "must remain calm", "must
            # decide whether ...": no act asked of anyone
        subject = _subject(verb)
        if (subject is verb or subject.lower_ in self.speaker_pronouns
                or any(c.dep_ == "relcl" for c in subject.children)):
            return False  # "a minister who loses the vote must resign": a rule for anyone
        # an actor, or people of a sector whose country the builder finds ("the army"),
        # not the public ("people should stay indoors", "the population must stay alert":
        # advice)
        actors = [a.actor for a in self.reader.expand(cx, subject) if a.span is not None]
        codes: list[str | None] = [a.rsplit(".", 1)[-1] for a in actors if a]
        codes = codes or [self.reader.sector_code(subject)]
        return any(c is not None and c not in self.public_sectors for c in codes)

    def _threat_on_condition(self, cx: CodingContext, verb: Token, pred: Predicate) -> bool:
        """Whether ``verb`` tells an act of material conflict its doer will do if another
        actor acts or fails to act: "the union said it would strike if the ministry did not
        withdraw the plan", "will cut the aid unless the government tries the killers". The
        act is held over the other actor: a threat (docs/LABELLING.md: "X warned it would
        strike if Y attacked" is THREATEN X→Y, and the act threatened is not coded). Said,
        not believed or feared: in a clause a report verb tells ("the terrorists believe the
        people will protest if ..." is no one's threat; in the author's own main clause, "if
        Washington strikes Yemen, the Houthis will attack", it is a consequence told as
        hypothetical, as tests/test_attribution_speakers.py has it). Not a negated act (a
        restraint promised), nor a condition that names no actor ("would strike the sites if
        diplomacy failed": the strike is hypothetical)."""
        told = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.report_verbs
        if not told or self.lexicon.types[pred.type].quad != MATERIAL_CONFLICT or not any(
            c.dep_ == "aux" and c.lower_ in self.threat_modals for c in verb.children
        ) or any(c.dep_ == "neg" for c in verb.children):
            return False
        doers = {a.actor for a in self.reader.subjects(cx, verb) if a.span is not None}
        for clause in condition_clauses(verb.children, self.threat_conditions):
            for subject in clause.children:
                if subject.dep_ == "nsubj" and {
                    a.actor for a in self.reader.expand(cx, subject) if a.span is not None
                } - doers:
                    return True
        return False

    def _offered(self, verb: Token) -> bool:
        """Whether ``verb`` heads the "to"-clause of a word of readiness (a complement word
        or noun of an entry marked ``readiness``): its act is offered, not done."""
        ready = _ready_for(verb)
        return ready is not None and ready.lemma_.lower() in self.readiness_words

    def _none_harmed(self, noun: Token) -> bool:
        """Whether ``noun`` (a word of the cue ``toll_nouns``) says no one was harmed or
        tells no harm: "there were no casualties", "the attack left no casualties" (the attack
        is its own event), "the raid ended without casualties", "without reporting its
        casualties"."""
        return noun.lemma_.lower() in self.toll_nouns and (any(
            c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or _without(noun))

    def _deal_referred_to(self, noun: Token) -> bool:
        """Whether ``noun`` (a word of the cue ``referred_deals``) names a deal already made
        rather than telling one: it has a definite determiner or a possessive pronoun ("the
        Minsk agreements", "of its own accord"; an owner named, "Peru's deal with Chile",
        tells the deal as a judged act: docs/LABELLING.md, and so do parties named with
        "between": "welcomed the agreement between Ethiopia and Eritrea") and the sentence
        neither tells what became of it (a verb of ``deal_told_verbs`` it is the subject of or
        that describes it: "the deal went through", "the accord signed in Doha") nor dates it
        ("the agreement of 3 March")."""
        if noun.lemma_.lower() not in self.referred_deals or not any(
                c.dep_ == "poss" and c.tag_ == "PRP$" or c.dep_ == "det" and c.lower_ in (
                    "the", "this", "that", "these", "those")
                for c in noun.children) or any(
                c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
            return False
        first = noun
        while first.dep_ == "conj":
            first = first.head
        told = [first.head] if first.dep_ in ("nsubj", "nsubjpass") else []
        told += [c for c in noun.children if c.dep_ in ("acl", "relcl")]
        if any(v.lemma_.lower() in self.deal_told_verbs for v in told):
            return False
        return not any(c.dep_ == "prep" and c.lower_ in ("of", "on") and any(
            p.dep_ == "pobj" and p.ent_type_ == "DATE" for p in c.children)
            for c in noun.children)

    def _deal_term(self, verb: Token) -> bool:
        """Whether ``verb`` heads the "to"-clause that states a deal's terms (a word of the
        cue ``deal_nouns``): the clause of the noun ("a contract to supply helicopters to
        the Pentagon") or of the verb that makes or ends the deal, its object ("signed
        separate deals with Turkey to reopen the ports", "cancelled a deal to sell Opel":
        cues ``deal_told_verbs`` and ``deal_ending_verbs``). The terms are agreed, not done,
        as for "agreed to disarm" (README)."""
        if not _infinitive(verb):
            return False
        head = verb.head
        if verb.dep_ in ("acl", "relcl"):
            return head.lemma_.lower() in self.deal_nouns
        return verb.dep_ in ("advcl", "xcomp") and (
            head.lemma_.lower() in self.deal_verbs) and any(
            c.dep_ in ("dobj", "nsubjpass") and c.i < verb.i
            and c.lemma_.lower() in self.deal_nouns for c in head.children)

    def _standing_threat(self, noun: Token) -> bool:
        """Whether ``noun`` (a word of the cue ``standing_threats``) names a danger an actor
        stands for rather than a threat made: the complement of "be" ("ISIL is a threat to
        all Iraqis") or "the threat" with no owner and no act threatened ("the threat posed
        by Da'esh", "the threat from ISIS"; not "the threat to close the strait")."""
        if noun.lemma_.lower() not in self.standing_threats:
            return False
        if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
            return True
        return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
            c.dep_ == "poss" or c.dep_ in ("acl", "relcl") and c.tag_ == "VB"
            for c in noun.children)

    def _names_a_job(self, token: Token) -> bool:
        """Whether event word ``token`` only names the work of the people or body it modifies
        (a word of the cue ``job_heads``): "a senior aid official", and "Aid workers ...
        said" that opens a sentence, which the parser reads as a verb and its object."""
        if token.dep_ == "compound":
            return token.head.lemma_.lower() in self.job_heads
        return token.pos_ == "VERB" and token.dep_ in ("csubj", "nsubj") and any(
            c.dep_ == "dobj" and c.i == token.i + 1 and c.lemma_.lower() in self.job_heads
            for c in token.children)

    def _names_a_teller(self, token: Token, noun: Predicate) -> bool:
        """Whether an inquiry noun (mode ``investigate``) is the subject of a report verb: the
        inquiry tells what it found ("an investigation published on Thursday said ...", "the
        UN inquiry found that the soldiers looted clinics"), a source like "the report said",
        not an inquiry made; the act it found is coded from its own words."""
        return (noun.mode == "investigate" and token.dep_ == "nsubj"
                and token.head.lemma_.lower() in self.report_verbs)

    def _names_a_use(self, token: Token) -> bool:
        """Whether event word ``token`` is an "-ing" word before a noun that it only tells
        the use or part of (a word of the cue ``use_heads``): "destroyed two fighting
        positions", "back to the negotiating table", "a supporting role", not an act."""
        return (token.dep_ in ("compound", "amod") and token.lower_.endswith("ing")
                and token.head.i > token.i and token.head.lemma_.lower() in self.use_heads)

    def _serves_in_operation(self, cx: CodingContext, token: Token, etype: str) -> bool:
        """Whether a backing word (AID, SUPPORT) names the military operation its doer
        serves in, not a party it helps: its object or its "of" / "for" names an operation
        (a name opened by a word of the cue ``operation_words``: "a soldier who was
        supporting Operation Inherent Resolve", "in support of Operation Barkhane")."""
        if etype not in _BACKING_TYPES:
            return False
        named = [*_objects(token), *(p for c in token.children
                                     if c.dep_ == "prep" and c.lower_ in ("of", "for")
                                     for p in c.children if p.dep_ == "pobj")]
        return any(_name_start(cx, o).lower_ in self.operation_words for o in named)

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

    def _aid_as_topic(self, noun: Token) -> bool:
        """Whether an aid noun tells the aid's sum, state or topic, not an act of giving:
        the subject of a verb of its amount or end (cue ``aid_amount_verbs``: "aid to the
        island has fallen", "foreign help dried up") or of a copula with a state ("the aid
        is over", "aid remains a lifeline"), with no giver in its own phrase ("aid from
        Norway"); the object of a withholding verb ("could be denied military aid"); a noun
        on a preposition of topic ("questioned about this aid") or on a measure noun ("the
        amount of aid"). Aid that acts ("military aid will inflict suffering") is the aid
        given; a giving verb that governs the noun is the event."""
        first = noun
        while first.dep_ == "conj":  # "food and medical aid"
            first = first.head
        head = first.head
        if first.dep_ == "nsubj":
            return self._told_as_state(head) and not self._names_its_giver(first)
        if first.dep_ in ("dobj", "obj"):  # "could be denied military aid": kept back
            return head.lemma_.lower() in self.withheld_verbs
        if first.dep_ != "pobj" or head.dep_ != "prep":
            return False
        return head.lower_ in self.topic_preps or (
            head.lower_ in ("of", "in") and head.head.lemma_.lower() in self.measure_nouns)

    def _told_as_state(self, verb: Token) -> bool:
        """Whether ``verb`` tells its subject's amount or state: a verb of the cue
        ``aid_amount_verbs``, or a copula with an adjective or a noun that names no cause
        ("is over", "remains a lifeline"; not "has been the main cause of the killings")."""
        lemma = verb.lemma_.lower()
        if lemma in self.aid_amount_verbs:
            return True
        if lemma not in self.state_copulas:
            return False
        return any(c.dep_ in ("acomp", "advmod") and c.i > verb.i
                   or (c.dep_ == "attr" and not any(p.lower_ == "of" for p in c.children))
                   for c in verb.children)

    def _names_its_giver(self, noun: Token) -> bool:
        """Whether an aid noun's own phrase names who gives it: an owner ("Iran's help"),
        "from" or "by" a party, or a name or people before it ("Japanese funding")."""
        return any(c.dep_ == "poss"
                   or (c.dep_ == "prep" and c.lower_ in self.giver_preps)
                   or (c.dep_ in ("compound", "amod")
                       and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))
                   for c in noun.children)

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
            if any(c.dep_ == "nsubj" and (self._noun_of(c, etype) or self._series_of(c, etype))
                   for c in _shared_subject_verb(first).children):
                return True  # "the strikes engaged four units and destroyed a mortar"; the
                # same down a list of verbs ("...; damaged 18 routes; and suppressed a team")
                # and for a series of them ("a series of airstrikes killed 20 militants and
                # destroyed eight vehicles")
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

    def _names_a_partner(self, cx: CodingContext, verb: Token) -> bool:
        """Whether a mutual act's verb names the party it is done with: an actor or a sector
        noun as its object or after "with" ("to meet Sisi", "to discuss the issues with
        government officials"), not a topic alone ("to discuss the crisis")."""
        objects = _objects(verb)
        partners = [*objects, *(p for t in (verb, *objects)
                                for p in self.reader._pobjs(t, ("with",)))]
        return any(t.i in cx.by_token or self.reader.sector_code(t) is not None
                   for p in partners for t in (p, *p.conjuncts))

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
                    if noun is not None and self.lexicon.types[noun.type].quad == MATERIAL_CONFLICT:
                        return True
        return False

    def _series_of(self, token: Token, etype: str) -> bool:
        """Whether ``token`` is a series noun of acts of type ``etype`` ("a series of
        airstrikes", "a wave of attacks"; the act word read by its lemma, which the parser
        may tag as a verb)."""
        return any((noun := self.lexicon.noun(i.lemma_.lower(), _noun_context(i))) is not None
                   and noun.type == etype for i in self.reader.series_items(token))

    def _noun_of(self, token: Token, etype: str) -> bool:
        """Whether ``token`` is an event noun of type ``etype``."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = self.lexicon.noun(token.lemma_.lower(), _noun_context(token))
        return noun is not None and noun.type == etype

    def _forces_served(self, cx: CodingContext, noun: Token) -> frozenset[str]:
        """The force words when the noun is for a state's armed forces or an armed group:
        "in support of the Iraqi Security Forces", "support for the Iraqi army", "Emirati
        support for the Southern Transitional Council" (AID, as the verb is: backing an
        armed side is material, docs/LABELLING.md); an armed group stands for the group
        words, which hold "force"."""
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "to"):
                for pobj in prep.children:
                    span = cx.by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                    actor = self.reader.dictionary.get(span.id_) if span is not None else None
                    if actor is not None and actor.kind in self.force_kinds:
                        return self.force_words
                    if actor is not None and actor.kind in self.armed_kinds:
                        return self.group_words
        return frozenset()

    def _company_sides(self, cx: CodingContext, noun: Token) -> frozenset[str]:
        """The company words where a company of the dictionary is a side of the noun: its
        owner or modifier ("the Air India order", "Ryanair's orders": ``company``) or what
        it is with or from ("a deal with Fiat": ``with company``), as the words "a deal
        with a carmaker" give."""
        out: set[str] = set()
        for c in noun.children:
            sides = [c] if c.dep_ in ("poss", "compound") else [
                p for p in c.children if p.dep_ == "pobj"] if (
                c.dep_ == "prep" and c.lower_ in ("with", "from", "between")) else []
            words = self._kind_words(cx, (o for s in sides for o in (s, *s.conjuncts)))
            out |= {w if c.dep_ != "prep" else f"{c.lower_} {w}"
                    for w in words & self.company_words}
        return frozenset(out)

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

    def _names_town(self, cx: CodingContext, token: Token) -> bool:
        """Whether ``token`` names a place no actor stands for: a town, region or site ("took
        bukavu"), not a state or a capital read as its government ("entered Congo")."""
        return cx.by_token.get(token.i) is None and self._names_place(cx, token)

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
        if _misparsed_gerund(token):
            # "its aircraft kept bombing villages", "bombing" read as a noun: the verb
            return self.match_verb(cx, token, next(
                (self.lexicon.verbs[v] for v in _gerund_lemmas(token) if v in self.lexicon.verbs),
                ()))
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
        if preds and verb.lemma_.lower() in self.standing_participles and (
                _hyphenated_before_noun(verb)):
            return None  # "the Iran-backed militia": a standing relation (relations.yaml), no act
        if not preds:  # most verbs: no entry to fit, only the objects' references to note
            for o in _objects(verb):
                if cx.by_token.get(o.i) is None:
                    self.reader.actor_arg(cx, o, deep=False)
            return None
        # particles, prepositions and the bare noun of "test-fired" (npadvmod)
        words = {c.lower_ for c in verb.children
                 if (c.dep_ in ("prt", "prep", "dative", "advmod", "npadvmod")
                     or _active_by(verb, c)) and not _names_a_time(c)}
        objects = self._cargo(verb, _objects(verb))
        object_lemmas = {o.lemma_.lower() for o in objects}
        object_lemmas |= {k for o in objects for k in _kind_of_name(o)}
        object_lemmas |= {pair for o in objects for pair in _modifier_pairs(o)}
        object_lemmas |= _counted(objects)
        object_lemmas |= _owned(objects)  # "handed over its weapons": `own weapon`
        # "lifted the state of siege", "suspended all types of armed activities": the noun
        # with what it is of ("state of siege"), and the counted noun with its modifiers
        object_lemmas |= {f"{o.lemma_.lower()} of {p.lemma_.lower()}" for o in objects
                          for p in _counted_tokens((o,))}
        object_lemmas |= {pair for p in _counted_tokens(objects) for pair in _modifier_pairs(p)}
        # "gave $5 million in humanitarian aid": the aid is what is given
        object_lemmas |= {w for p in _measured(verb)
                          for w in (p.lemma_.lower(), *_modifier_pairs(p))}
        # a participle's noun is what it acted on: "fighters backed by Iran" backed fighters
        described = _described_noun(verb) + _relative_object(verb)
        object_lemmas |= {w for n in described for w in (n.lemma_.lower(), *_modifier_pairs(n))}
        # A named armed group stands for the group words: "founded Asaib Ahl al-Haq",
        # and so does a pronoun that refers to one: "Muhandis built it".
        object_lemmas |= self._kind_words(cx, [*objects, *described], resolve=True)
        subjects, complements, prep_objects = _verb_frame(verb)
        # "backed by Saudi special forces": a named armed force as the doer, too
        subjects |= self._kind_words(cx, _doers_of(verb))
        # "sent troops to support the GNA": the force sent is a backer of the purpose verb
        senders = {w for o in _sent_for(verb) for w in (o.lemma_.lower(), *_modifier_pairs(o))}
        # complements told as a "to"-clause with no subject of their own ("told X to leave")
        to_clauses = {c.lemma_.lower() for c in verb.children
                      if c.dep_ in ("xcomp", "ccomp", "advcl") and _infinitive(c)
                      and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
        # ... or with an actor to do it, as its subject or its passive's agent ("want
        # Bush to reserve the funds", "wants the cost to be shouldered by the nations")
        actor_clauses = {c.lemma_.lower() for c in verb.children
                         if c.dep_ in ("xcomp", "ccomp") and _infinitive(c)
                         and _done_by_an_actor(cx, c)}
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            # "troops were in Tigray": a named place (or a state) counts as `named place`
            if any(self._names_place(cx, p) for p in prep.children if p.dep_ == "pobj"):
                prep_objects.setdefault(prep.lower_, set()).add(NAMED_PLACE)
            if any(self._names_town(cx, p) for p in prep.children if p.dep_ == "pobj"):
                prep_objects.setdefault(prep.lower_, set()).add(NAMED_TOWN)
        if any(self._names_town(cx, o) for o in objects):
            object_lemmas.add(NAMED_TOWN)
        best: tuple[int, Predicate] | None = None
        for pred in preds:
            doers = subjects | senders if pred.type in _BACKING_TYPES else subjects
            score = pred.fit(words, object_lemmas, doers, complements, prep_objects)
            if score is None:
                continue
            if verb.lemma_.lower() in _DOING_VERBS and any(
                self._noun_of(n, pred.type) for n in described
            ):
                continue  # "the attacks perpetrated by X": the noun is the act, the verb its doing
            if not pred.passive and (any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
                                     or verb.dep_ == "acomp"):
                continue  # nor as a state: "we remain committed to ..."
            if not pred.active and any(c.dep_ in ("dobj", "obj") for c in verb.children):
                continue  # "the camp holds 300,000 people": only the passive or participle
            if pred.intransitive and any(c.dep_ in ("dobj", "obj", "ccomp") for c in verb.children):
                continue  # (nor a clause: "Fiat has demonstrated that it can build cars")
            if pred.transitive and not _acts_on(cx, verb, objects):
                continue
            if pred.infinitive and not (pred.complements & to_clauses if pred.complements
                                        else actor_clauses or objects and to_clauses):
                continue  # "told reporters he would leave": a report, no order (an entry
                # without complements takes any "to"-clause of the one it names: "required
                # them to cut costs", "want Bush to reserve funds"; not "want to sell")
            if not pred.described and _describes(verb):
                continue
            if pred.finite and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue  # "a law requiring women to ...": a participle, no one's demand
            if not pred.question and _takes_question(verb):
                continue  # "asked whether the border would reopen": an answer is asked for
            if pred.imputes and pred.complements and not self._charged_act(verb, pred):
                continue  # "the army is responsible for security": no act is charged
            if pred.readiness and self._offered_by(verb, pred) is None:
                continue  # "the goods are ready for shipment": no act offered
            if best is None or score > best[0]:
                best = (score, pred)
        if best is not None and self._handed_to_justice(cx, verb, best[1]):
            return next(iter(self.lexicon.verbs.get("extradite", ())), best[1])
        if best is not None and best[1].readiness:
            return self._as_readiness(cx, verb, best[1])
        return best[1] if best else None

    def _cargo(self, verb: Token, objects: list[Token]) -> list[Token]:
        """``objects`` with a craft that carries goods (cue ``cargo_carriers``) read as its
        cargo, told by "with" on the craft or the verb: "sent two ships with food to
        Havana" sends the food."""
        cargo = [o for h in (verb, *objects) for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
        if not cargo or not any(o.lemma_.lower() in self.cargo_carriers for o in objects):
            return objects
        return [*(o for o in objects if o.lemma_.lower() not in self.cargo_carriers), *cargo]

    def _offered_by(self, token: Token, pred: Predicate) -> Token | None:
        """The act a readiness entry (``pred``) offers at ``token``: the verb of the
        "to"-clause of the noun itself, or of the verb's complement word ("is willing to
        talk")."""
        words = [token] if token.pos_ in ("NOUN", "PROPN") else [
            c for c in token.children
            if c.dep_ == "acomp" and c.lemma_.lower() in pred.complements]
        return next((a for w in words if (a := _offered_act(w)) is not None), None)

    def _as_readiness(self, cx: CodingContext, token: Token,
                      pred: Predicate) -> Predicate | None:
        """A readiness entry as ``token`` reads it: ``None`` with no act offered, or when
        the readiness is asked about or hedged (docs/LABELLING.md: "are you willing to
        pardon them?", "witnesses who may be willing to talk") or is a thing's ("the drugs
        were ready to be shipped": the act in the passive); its ``hostile`` act (a threat)
        when the act offered is one of material conflict ("ready to crush any
        offensive"), else the offer itself."""
        act = self._offered_by(token, pred)
        if act is None or any(c.dep_ == "auxpass" for c in act.children):
            return None
        if token.sent.text.rstrip(" \"'\n").endswith("?") or any(
                c.dep_ == "aux" and c.lower_ in _HEDGES for c in token.children):
            return None
        entry = self.verb(cx, act) if pred.hostile is not None else None
        if entry is not None and pred.hostile is not None and (
                self.lexicon.types[entry.type].quad == MATERIAL_CONFLICT):
            htype, hmode, hcameo = pred.hostile
            return replace(pred, type=htype, mode=hmode, cameo=hcameo)
        return pred

    def _handed_to_justice(self, cx: CodingContext, verb: Token, pred: Predicate) -> bool:
        """Whether a handover (cue ``handover_verbs``) gives people who are no captives to
        another state's authorities or an international court: "Ghana handed the suspects
        over to Ouagadougou", "X was handed over to the tribunal by Serbia's government"
        (an extradition), not "handed the captured pilot to India" (a release)."""
        if pred.type != "RETREAT" or pred.lemma not in self.handover_verbs:
            return False
        handed = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        # the giver: the subject, of the first verb when two share it ("arrested two
        # suspects and handed them over"), or the passive's agent
        giver = next((self.reader.actor_arg(cx, c) for c in _shared_subject_verb(verb).children
                      if c.dep_ == "nsubj"), None) or self.reader.agent(cx, verb)
        receivers = self.reader.receivers(cx, verb, pred)
        if not handed or not receivers:
            return False
        head = self.reader.dictionary.id_head
        states = {head(a.actor) for a in receivers if a.actor}
        if giver is None and _doerless_passive(verb):
            # "three suspects were handed over to Afghan authorities": a state's
            # authorities receive them, whoever gave them
            foreign = bool(states) and "NGO" not in states
        else:
            foreign = giver is not None and giver.actor is not None and bool(states) and (
                head(giver.actor) not in states | {"NGO"})
        return foreign and all(self._a_person_not_captive(cx, t) for t in handed)

    def _a_person_not_captive(self, cx: CodingContext, token: Token) -> bool:
        """Whether ``token`` names a person or people (a named person, a personal pronoun, a
        sector noun: "militants") held for no exchange: no hostage, prisoner or soldier,
        no "captured" or "held" one."""
        span = cx.by_token.get(token.i)
        person = (span is not None and self.reader.dictionary.is_person(span.id_)) or (
            token.lower_ in ("him", "her", "them", "he", "she")) or (
            token.pos_ == "NOUN" and self.reader.noun_sector(token) is not None)
        marked = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "acl")}
        # "handed two suspects over": people wanted by the law (cue ``wanted_people``)
        person = person or token.lemma_.lower() in self.wanted_people
        return person and token.lemma_.lower() not in self.captive_words and not (
            marked & self.captive_markers)

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
            elif span is None and self._named_company(cx, t):
                out |= self.company_words  # "Boeing Commercial Airplanes delivered ..."
        return out

    def _named_company(self, cx: CodingContext, token: Token) -> bool:
        """Whether ``token``, which no mention covers, is a word of a company's name whose
        first words a company of the dictionary is: "Boeing Commercial Airplanes"."""
        for c in token.children:
            span = cx.by_token.get(c.i) if c.dep_ == "compound" else None
            actor = self.reader.dictionary.get(span.id_) if span is not None else None
            if actor is not None and actor.kind in self.company_kinds:
                return True
        return False


# The entity reader's labels for places; a lone surname in wire capitals often gets one.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Where a clause puts an actor and no place: subjects, objects, possessors.
_PERSON_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})
# The parts of speech of a name's other words ("VARGAS LLOSA", "HECTOR ORMACHEA").
_NAME_POS = frozenset({"PROPN", "NOUN"})


def _own_kind_of_act(verb: TriggerProposal, noun: Token, nominal_at: set[int],
                     nominal_types: set[tuple[int, str]]) -> bool:
    """Whether ``noun``, one of two or more joined objects of a verb trigger whose entry
    names the objects it takes, is an act of another type than the verb's that the entry
    does not name: "declared martial law and a general mobilisation" (the COERCE of
    "declare martial law", and the MOBILIZE of the noun), "rebuild its army and attack
    again". Each other kind of act is coded from its own noun; an object the entry names
    ("ordered a cease-fire and the suspension of operations") is the verb's act."""
    entry = verb.hints
    if entry is None or not entry.objects or noun.lemma_.lower() in entry.objects or (
            _modifier_pairs(noun) & entry.objects):
        return False
    joined = noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
    return joined and noun.i in nominal_at and (noun.i, verb.type) not in nominal_types


def _misparsed_gerund(token: Token) -> bool:
    """Whether ``token`` is a verb's "-ing" complement with an object that the parser tagged
    as a noun ("its aircraft kept bombing villages": "bombing" a noun, "villages" its
    object): the verb it is, with the subject of the verb it complements."""
    return (token.pos_ == "NOUN" and token.tag_ == "NN" and token.lower_.endswith("ing")
            and token.dep_ == "xcomp" and token.head.pos_ == "VERB"
            and any(c.dep_ == "dobj" for c in token.children))


def _gerund_lemmas(token: Token) -> list[str]:
    """The verbs an "-ing" word may come from: "bombing" bomb, "firing" fire, "shelling"
    shell, "stopping" stop."""
    stem = token.lower_[:-3]
    lemmas = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        lemmas.append(stem[:-1])
    return lemmas


def _word_of_a_title(token: Token) -> bool:
    """Whether an event noun is capitalised inside a sentence of lower-case prose, as a word
    of a name is: "at the Manama Dialogue", "the Riyadh Agreement of that November", "the
    UN commission of Inquiry": the meeting, accord or body named is no act the sentence
    tells. Not the first word of its sentence, nor a word of a headline or of text written
    in capitals, which capitalise every word (prose has a lower-case word besides the small
    ones)."""
    if not token.is_title or token.is_sent_start or token.i == token.sent.start:
        return False
    return any(t.is_lower for t in token.sent if t.is_alpha and not t.is_stop)


def _set_off_by_comma(phrase: Token) -> bool:
    """Whether the phrase headed by ``phrase`` ends in a comma, or is followed by one."""
    end = phrase.right_edge
    return end.text == "," or end.i + 1 < len(phrase.doc) and phrase.doc[end.i + 1].text == ","


#: The mode of the threat a conditioned act makes, by the act's type (THREATEN's modes).
_THREAT_MODES = {"ASSAULT": "violence", "COERCE": "restrict"}


def _as_threat(pred: Predicate) -> Predicate:
    """The threat an act of material conflict held over another actor makes (see
    :meth:`LexiconProposer._threat_on_condition`)."""
    return Predicate(pred.lemma, "THREATEN", mode=_THREAT_MODES.get(pred.type), cameo="130",
                     threat=True)


def _relative_object(verb: Token) -> list[Token]:
    """The noun a relative clause hangs on when the clause's object is its relative
    pronoun, which is what the verb acted on: "the plant, which Russian troops have held",
    "the talks that the envoy convened"; else ``[]``."""
    if verb.dep_ == "relcl" and any(c.dep_ in ("dobj", "obj") and c.tag_ in ("WDT", "WP")
                                    for c in verb.children):
        return [verb.head]
    return []


def _subject(verb: Token) -> Token:
    """The active subject of ``verb``, or ``verb`` itself when it has none."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), verb)


# The words that open a clause a duty is conditioned on ("if the talks fail, ... must").
_OPENED_CONDITIONS = frozenset({"if", "unless", "once"})


def _conditioned(verb: Token) -> bool:
    """Whether ``verb`` has a clause of its own opened by a subordinating word ("if the
    talks fail, the army must be ready") or is itself one ("because he must ...")."""
    return any(c.dep_ == "mark" for c in verb.children) or bool(
        condition_clauses(verb.children, _OPENED_CONDITIONS))


def _one_act_words(first: Token, second: Token) -> bool:
    """Whether two trigger words of one clause may name one act: two verbs that share
    their object ("shelled and bombed X", "arrested and detained X": one of them has none
    of its own), a noun and its apposition ("a strike, their tenth walkout") or a noun
    and the clause on it ("the attacks, which killed dozens", "a strike crippling the
    ports"). Verbs with objects of their own ("talked about X and exchanged ideas") and
    listed nouns ("murders, kidnappings") name acts of their own."""
    if second in first.conjuncts or first in second.conjuncts:
        return (first.pos_ == second.pos_ == "VERB"
                and not (_own_object(first) and _own_object(second)))
    head = second.head if second.dep_ == "conj" else second
    return head.dep_ in ("appos", "relcl", "acl") and head.head == first


#: Possessive pronouns that make an object the doer's own ("their weapons").
_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})


def _owned(objects: Iterable[Token]) -> set[str]:
    """`own` object words (:data:`OWN`) for the objects a possessive pronoun marks as the
    doer's: "its weapons" gives `own weapon`."""
    return {f"{OWN} {o.lemma_.lower()}" for o in objects
            if any(c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in o.children)}


def _conceded(etype: EventType, frame: Frame) -> str | None:
    """The type a side's own announcement of an act of ``etype`` concedes, if any: the
    type's ``announced`` for the act it will do ("will pull back"), its ``restrained`` for
    the act it says it will not do ("will not attack the voters"; not "could not have
    bombed civilians", a denial, nor "would not have been hit if ...")."""
    if frame.negated:
        return etype.restrained if frame.modality == "future" else None
    return etype.announced


def _own_object(verb: Token) -> bool:
    """Whether ``verb`` has an object or complement of its own (not one it shares with a
    verb it is coordinated with)."""
    return any(c.dep_ in _OWN_OBJECTS for c in verb.children)


def _same_act(kept: Event, other: Event) -> bool:
    """Whether ``other`` repeats ``kept``: the same type and CAMEO code (words of one code
    name one act: "arrested and detained"; "tortured and killed" are two acts), doer,
    date, modality and negation, and the same target told in the same words. "Attacked
    the base and bombed the airport", "bombed Kharkiv on Monday and Sumy on Tuesday"
    stay two."""
    return (kept.type == other.type and kept.cameo == other.cameo
            and kept.source == other.source
            and kept.date == other.date and kept.modality == other.modality
            and kept.negated == other.negated and kept.target == other.target
            and kept.target_text == other.target_text)


def _no_target(event: Event) -> bool:
    return event.target is None and event.target_text is None


def _told_twice(told: Sequence[tuple[Token, list[Event]]]) -> set[str]:
    """The ids of events that tell again an act another trigger of the sentence told
    (:func:`_one_act_words`): the later one of two alike, or, of a verb without object
    of its own and one with it ("arrested and detained three leaders"), the one without
    target. Gold holds such an act once."""
    dropped: set[str] = set()
    for i, (first, first_events) in enumerate(told):
        for second, second_events in told[i + 1:]:
            if first is second or not _one_act_words(first, second):
                continue
            for a in first_events:
                for b in second_events:
                    if a.id in dropped or b.id in dropped or a.type != b.type:
                        continue
                    if _same_act(a, b):
                        dropped.add(b.id)
                    elif _no_target(a) != _no_target(b) and _same_act(
                            replace(a, target=b.target, target_text=b.target_text), b):
                        dropped.add(a.id if _no_target(a) else b.id)
    return dropped


def _drop_events(cx: CodingContext, dropped: set[str]) -> None:
    """Forget the events ``dropped`` in the sentence being coded: their claims, and what
    the attribution recorded of them."""
    if not dropped:
        return
    told = cx.speech.said
    told[:] = [s for s in told if s.event.id not in dropped]
    cx.out.claims[:] = [c for c in cx.out.claims if c.event not in dropped]


def _done_by_an_actor(cx: CodingContext, clause: Token) -> bool:
    """Whether a clause's subject, or its passive's agent, is an actor mention: "(wants)
    Bush to reserve the funds", "(wants) the cost to be shouldered by the nations"."""
    return any(d.i in cx.by_token for d in _doer_words(clause))


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
        self.one_way_trades = lexicon.cue("one_way_trades")
        self.abstract_sides = lexicon.cue("abstract_sides")
        self.figurative_types = {t.upper() for t in lexicon.cue("figurative_types")}
        self.compelling_verbs = lexicon.cue("compelling_verbs")
        self.warning_words = lexicon.cue("warning_words")
        self.threat_conditions = lexicon.cue("threat_conditions")
        self.threat_modals = lexicon.cue("threat_modals")
        self.deal_nouns = lexicon.cue("deal_nouns")
        self.ultimatum_verbs = lexicon.cue("ultimatum_verbs")
        self.joinable = frozenset(lexicon.verbs) | frozenset(lexicon.nouns)
        self.outcome_types = lexicon.types_with("outcomes")
        # which provisional actors the output names as companies (documents.py)
        self.company_cues = CompanyCues(lexicon.cue("company_name_ends"),
                                        lexicon.cue("company_name_stops"),
                                        lexicon.cue("company_descriptors"))
        self.context_names = load_context_names()
        # words before a person's name that are none of it: titles, ranks, sector nouns
        self._title_words = _NOT_NAME_WORDS | frozenset(
            n for sector in dictionary.sectors.values() for n in sector.nouns if " " not in n)
        self.shared_bodies = load_shared_bodies()
        self.town_articles = load_town_articles()
        # whether a lower-case word is an English common word (the case restorer's tables,
        # set by the document coder): a lone word in capitals no table knows may be a name
        self.common_word: Callable[[str], bool] | None = None
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
            # (a namesake with no dated role cannot be placed in time: it fits every year,
            # and would tie with the one whose term the year falls in)
            rivals = [actors[r] for r in surnames.hand_made(name_words(actor.name)[-1])
                      if r != actor.id and _term(actors[r]) != _TIMELESS
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
            first = name_start(doc, start, span.end, self._title_words)
            key = f"PRV.PER.{normalise_key(doc[first : span.end].text)}"
            out.append(Span(doc, start, span.end, label=span.label_, span_id=key))
            changed = True
        if changed:
            doc.spans["actors"] = out

    def _surnames_read_as_places(self, doc: Doc, text: str) -> None:
        """A lone word of a wire report in capitals that stands where a person does and that
        the entity reader took for a place, or missed while it is the surname of a person
        of the hand-made dictionary ("MONTOYA WAS KIDNAPPED BY ...", "LARIOS IS ALSO
        ACCUSED", "WE DENOUNCED ORTEGA"): a person (``PRV.PER.``; the one hand-made person
        who bears the surname, read in :meth:`_of_their_time`). A word taken for a place
        must be none that English word tables (``common_word``) or the gazetteer know."""
        if not in_capitals(text):
            return
        spans = list(doc.spans.get("actors", []))
        taken = {i for s in spans for i in range(s.start, s.end)}
        surnames = self.dictionary.surnames()
        common = self.common_word
        words = [ent[0] for ent in doc.ents if ent.label_ in _PLACE_LABELS and len(ent) == 1
                 and common is not None and not common(ent[0].lower_)]
        words += [t for t in doc if t.pos_ == "PROPN" and not t.ent_type_
                  and surnames.hand_made(t.lower_)]
        new = [
            Span(doc, t.i, t.i + 1, label="ACTOR", span_id=f"PRV.PER.{normalise_key(t.text)}")
            for t in words
            if t.i not in taken and self._lone_person_word(doc, t)
            and self.gazetteer.resolve(t.text) is None
        ]
        if new:
            doc.spans["actors"] = sorted(spans + new, key=lambda s: s.start)

    def _lone_person_word(self, doc: Doc, token: Token) -> bool:
        """Whether ``token`` is a name of one word where a clause puts an actor and no place:
        a subject, an object (not a place verb's: "REACHED PINALEJO"), a possessor, a
        passive's agent or the one an act on persons is done to ("THE KIDNAPPING OF
        MONTOYA"), or a word joined to one by "and"; with no determiner ("A MANZANA"),
        no plural ending of a noun ("FIRED MACHINEGUNS"), no bracket around it ("(ENDARA)")
        and no other name word beside it but a title ("VARGAS LLOSA" is read whole, "MR
        ORTEGA" is the surname alone); not after a town's article ("STRAFED LAS PENAS")."""
        if not (token.is_alpha and len(token) > 3) or token.tag_ == "NNPS" or any(
                c.dep_ == "det" for c in token.children):
            return False
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if before is not None and after is not None and (before.text, after.text) == ("(", ")"):
            return False
        if before is not None and before.is_alpha and (
            before.lower_ in self.town_articles
            or before.pos_ in _NAME_POS and before.lower_.rstrip(".") not in self._title_words
        ):
            return False
        if after is not None and after.is_alpha and after.pos_ in _NAME_POS:
            return False
        head = token
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
            if head.pos_ == "NOUN" and self.common_word is not None and self.common_word(
                    head.lower_):
                return False  # joined to a thing: "FIRED ROCKETS AND MACHINEGUNS"
        if head.dep_ == "dobj" and head.head.lower_ in self.reader.place_verbs:
            return False
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            # "the kidnappings of MONTOYA and ...": the one an act on persons is done to
            return head.head.head.lemma_.lower() in self.reader.patient_nouns
        return head.dep_ in _PERSON_DEPS or (head.dep_ == "pobj" and head.head.dep_ == "agent")

    def _states_inside_place_names(self, doc: Doc) -> None:
        """A state's name that ends a longer place's name is not the state: "Latin America",
        "New Mexico", "Northern Ireland" (a place the gazetteer knows whole, in another
        country or in none), "EL CONGO" (after a Spanish article, ``town_articles`` of
        ``data/context_names.yaml``: a Salvadoran town). The mention goes, and the place
        entity grows over the whole name, so that the place is read as places are ("the
        governor of New Mexico": a US state's). A name of the state itself ("South Africa",
        "El Salvador") is one mention of the ruler's and stays."""
        spans = list(doc.spans.get("actors", []))
        inside = [s for s in spans if self._ends_place_name(doc, s)]
        if not inside:
            return
        doc.spans["actors"] = [s for s in spans if not any(s is i for i in inside)]
        ents = list(doc.ents)
        for span in inside:
            ents = [e for e in ents if e.end <= span.start - 1 or e.start >= span.end]
            ents.append(Span(doc, span.start - 1, span.end, label="GPE"))
        doc.ents = sorted(ents, key=lambda e: e.start)

    def _ends_place_name(self, doc: Doc, span: Span) -> bool:
        """Whether ``span``, a state's mention, ends a longer place's name (see above)."""
        before = doc[span.start - 1] if span.start > 0 else None
        if before is None or not before.is_alpha or not (before.is_title or before.is_upper):
            return False
        actor = self.dictionary.get(span.id_)
        if actor is None or actor.kind != "state":
            return False
        if before.lower_ in self.town_articles:
            return True
        place = self.gazetteer.resolve(f"{before.text} {span.text}", alternates=False)
        return place is not None and place.country != actor.country and (
            before.lower_ != "the")  # ("The Congo": the state, whatever the key finds)

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
        forget_sentences(doc)  # the steps below may move heads and sentence starts
        join_hyphenated(doc, self.joinable, text)
        if "-" in text:
            hyphenated_places(doc, self.gazetteer)
        subject_nouns_read_as_verbs(doc, self.lexicon.nouns)
        list_verbs_under_reporter(doc, self.reader.report_verbs)
        self._name_by_context(doc, text)
        self._bodies_of_named_states(doc)
        self._bodies_of_the_post_state(doc, ctx)
        self._namesakes(doc)
        self._states_inside_place_names(doc)
        whole_names(doc)
        self._surnames_read_as_places(doc, text)
        self._of_their_time(doc, text, ctx.time)
        index_sentences(doc)  # the parse is final: token.sent by look-up from here on
        cx = CodingContext.of(doc, ctx, state)
        attribution = self.reader.attribution
        cx.thread.see(text)
        for sent in doc.sents:
            attribution.start_sentence(cx, sent)
            told: list[tuple[Token, list[Event]]] = []
            for proposal, args in self.triggers(cx, sent):
                args = self._goods_owner(cx, proposal, args)
                partner = self._terms_partner(cx, proposal, args)
                args = partner or args
                events = list(self.build(cx, proposal, args, sent))
                intended = bool(events) and all(e.modality == "intended" for e in events)
                mutual = self.reader.mutual(proposal, args, intended)
                if mutual is None and partner is not None and not intended:
                    mutual = Arguments(partner.targets, partner.sources, partner.nominal)
                if mutual is not None:  # "X met Y": Y met X too
                    events += self.build(cx, proposal, mutual, sent)
                told.append((proposal.token, events))
            twice = _told_twice(told)  # "shelled and bombed X": one act
            _drop_events(cx, twice)
            cx.out.events.extend(e for _, events in told for e in events if e.id not in twice)
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
        nominal_at = {i for i, _ in nominal_types}
        for p in proposals:
            if not p.is_nominal and not self._outcome_of_a_fight(p, nominal_types):
                args = self.reader.read(cx, p)
                if not self._figurative(p, args):
                    found.append((p, args))
                # "sent 10 tonnes of aid": what the object counts is the object too
                objects = [*_objects(p.token), *_measured(p.token)]
                if p.hints is not None and p.hints.felt:  # "appalled by the attack": judged
                    objects += self.reader.felt_acts(p.token)
                judged = {t.i for t in objects if _judged_object(p, t, nominal_types)}
                judged |= {t.i for t in objects if _own_kind_of_act(p, t, nominal_at,
                                                                    nominal_types)}
                consumed.update(a.token.i for a in (*args.sources, *args.targets)
                                if a.token.i not in judged)
                # "a series of airstrikes killed 20": the acts the subject gathers are the
                # verb's act, as "the airstrikes killed 20" is one
                consumed.update(i.i for c in p.token.children if c.dep_ == "nsubj"
                                for i in self.reader.series_items(c)
                                if (i.i, p.type) in nominal_types)
                consumed.update(t.i for t in objects if t.i not in judged)
                consumed.update(t.i for t in self.reader.particle_objects(p.token, p.hints))
                # "Near Kirkuk, four strikes destroyed two bunkers": the act noun that is the
                # verb's subject is the verb's act also where the parse took a fronted phrase
                # set off by a comma for a second subject ("Near Kirkuk") and so read the
                # noun as no side of it (a heading before a colon is a speaker: "the
                # pentagon: a drone attack ... wounded 5 troops" keeps the attack)
                subjects = [c for c in p.token.children if c.dep_ == "nsubj"]
                if any(_set_off_by_comma(c) for c in subjects[:-1]):
                    consumed.update(c.i for c in subjects if (c.i, p.type) in nominal_types)
                if self.reader.purpose_clause(p.token, p.type) is not None:
                    # "converged for a rally to protest X": the rally is the protest itself
                    consumed.update(o.i for o in self.reader._pobjs(p.token, ("for",))
                                    if (o.i, p.type) in nominal_types)
                if p.type in self.outcome_types and _objects(p.token):  # "were killed in an
                    # attack", "killed by an airstrike": the act the verb tells the outcome of
                    consumed.update(o.i for c in p.token.children
                                    if c.dep_ in ("prep", "agent") and c.lower_ in _ACT_PREPS
                                    for o in c.children if (o.i, p.type) in nominal_types)
        consumed.update(self._halted_acts(proposals))
        for p in proposals:
            if p.is_nominal and p.token.i not in consumed:
                args = self.reader.read(cx, p)
                if (args.sources or args.targets or self._bare_event(p, asking)) and (
                        not self._figurative(p, args)):
                    found.append((p, args))
        found.sort(key=lambda f: f[0].token.i)
        return found

    @staticmethod
    def _halted_acts(proposals: list[TriggerProposal]) -> set[int]:
        """The act nouns a concession noun halts, as its entry names them ("a halt to
        military operations", "the suspension of its attacks": ``to operation``, ``of
        attack``): the halt is the act the sentence tells, the operations no new one."""
        out: set[int] = set()
        for p in proposals:
            entry = p.hints
            if not p.is_nominal or p.type != "CONCEDE" or entry is None or not entry.objects:
                continue
            out.update(o.i for c in p.token.children
                       if c.dep_ == "prep" and c.lower_ in ("to", "of")
                       for q in c.children if q.dep_ == "pobj"
                       for o in (q, *q.conjuncts)
                       if f"{c.lower_} {o.lemma_.lower()}" in entry.objects)
        return out

    def _outcome_of_a_fight(self, p: TriggerProposal, nominal_types: set[tuple[int, str]]
                            ) -> bool:
        """Whether a passive outcome verb tells the toll of a fight whose noun names its two
        sides by "between" ("a guerrilla was killed in a clash between rebels and troops"):
        the fight is the act, each side's on the other, and the verb adds no event."""
        verb = p.token
        if p.type not in self.outcome_types or not any(
                c.dep_ == "nsubjpass" for c in verb.children):
            return False
        acts = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in _ACT_PREPS
                for o in c.children if (o.i, p.type) in nominal_types]
        between = self.reader.between_words
        return any(c.lower_ in between and any(
            o.dep_ == "pobj" and any(k.dep_ == "conj" for k in o.children) for o in c.children)
            for a in acts for c in a.children)

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
        if etype is None or not (etype.bare_nouns or proposal.mode in etype.bare_modes) or (
                proposal.origin == "model"):
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
        if prep is not None and prep.lower_ == "under" and any(
                c.dep_ in ("det", "poss") for c in token.children):
            return False  # "walked free under the new amnesty": the frame an act is done
            # in, told before, not a new one ("came under attack" has no determiner)
        return not (prep is not None and prep.lower_ == "in"
                    and not any(c.dep_ == "det" for c in token.children))

    def _figurative(self, proposal: TriggerProposal, args: Arguments) -> bool:
        """Whether an act of force or a threat (the cue ``figurative_types``) is a figure of
        speech: the thing it is done to, or its doer, is a figure, a market, a problem or a
        plan (the cue ``abstract_sides``), not a body of people or a thing one can strike:
        "the senators killed the deal", "vowed to fight inflation", "confidence was shot",
        "the slump hit mining firms", "warned of a long recession". A side named as an
        actor keeps the act ("the crisis forced GM to close plants" is still no coercion:
        its doer is the crisis)."""
        if proposal.type not in self.figurative_types or proposal.origin == "model":
            return False
        if any(d.lemma_.lower() in self.abstract_sides for d in _doer_words(proposal.token)):
            return True
        if self._forced_by_no_one(proposal, args) or self._forecast_warning(proposal, args):
            return True
        return not any(a.span is not None for a in args.targets) and any(
            a.token.lemma_.lower() in self.abstract_sides for a in args.targets)

    def _forecast_warning(self, proposal: TriggerProposal, args: Arguments) -> bool:
        """Whether a THREATEN warning (cue ``warning_words``: the trigger, or the object of
        "issued a warning") warns no actor and tells a forecast: its content (a clause after
        it, or what it is "of" or "about") names no condition, no passive, no act of the
        warner's (:meth:`_own_act_told`) and none of :data:`THREATENED_CONSEQUENCES` ("Trichet
        warned that talk of a recovery might be premature", "issued a warning that profits
        would drop", "warned of delays"). A
        warning with no content ("defied Houthi warnings") stays, as does one with a target
        ("warned Cyprus that ...", "warned it would strike if Baku ...": the condition)."""
        token = proposal.token
        if proposal.type != "THREATEN" or any(a.span is not None for a in args.targets):
            return False
        words = [token] if token.lemma_.lower() in self.warning_words else [
            o for o in _objects(token) if o.lemma_.lower() in self.warning_words]
        if not words or any(c.dep_ in ("dobj", "dative", "iobj", "nsubjpass", "auxpass")
                            for w in words for c in w.children):
            return False  # "warned residents to stay away", "has been warned not to operate"
        content = [c for w in words for c in w.children if c.i > w.i and (
            c.dep_ in ("ccomp", "acl") or c.dep_ == "prep" and c.lower_ in ("of", "about"))]
        return bool(content) and not any(
            t.dep_ == "auxpass" or t.dep_ == "mark" and t.lower_ in self.threat_conditions
            or t.lemma_.lower() in THREATENED_CONSEQUENCES or self._own_act_told(t)
            for c in content for t in c.subtree)

    def _own_act_told(self, verb: Token) -> bool:
        """Whether ``verb`` tells what its subject, a pronoun or a noun a pronoun owns ("it
        would close the strait", "his country would act"), will do (a modal of the cue
        ``threat_modals``): in a warning, the warner's own act held over the warned."""
        if not any(c.dep_ == "aux" and c.lower_ in self.threat_modals for c in verb.children):
            return False
        return any(c.dep_ == "nsubj" and (c.pos_ == "PRON" or any(
            p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children))
            for c in verb.children)

    def _forced_by_no_one(self, proposal: TriggerProposal, args: Arguments) -> bool:
        """Whether a verb of compelling (the cue ``compelling_verbs``) names no coercer: no
        actor does it, and it is a result participle with no subject on a verb that tells no
        act ("lost $3.5 billion in share value, forcing the government to organise a
        bail-out"; not "arrested its editors, forcing the paper to close") or its subject is
        a common noun, an act or a state ("the aborted action forced the authorities to
        reinforce security"): what led to the step, not a coercion. A pronoun or a name as
        subject keeps it ("they forced civilians to vote"), and so does the passive."""
        verb = proposal.token
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.compelling_verbs or any(
                a.span is not None for a in args.sources):
            return False
        doers = _doer_words(verb)
        if not doers:
            return verb.tag_ == "VBG" and verb.dep_ == "advcl" and (
                verb.head.lemma_.lower() not in self.lexicon.verbs)
        return all(d.pos_ == "NOUN" for d in doers)

    # -- step 3: the event builder ---------------------------------------------------------

    def _done_jointly(self, proposal: TriggerProposal) -> bool:
        """Whether a forceful act (a material-conflict type: an attack, a seizure, a patrol)
        is told as done together: "jointly" or "together" on its verb, "joint" on it or on
        its object ("launched a joint offensive", "jointly cleared three camps")."""
        etype = self.lexicon.types.get(proposal.type)
        if etype is None or etype.quad != MATERIAL_CONFLICT or proposal.origin == "model":
            return False
        token = proposal.token
        words = {c.lower_ for c in token.children if c.dep_ in ("advmod", "amod")}
        words |= {c.lower_ for o in _objects(token) for c in o.children if c.dep_ == "amod"}
        return not words.isdisjoint(self.joint_markers)

    def _one_way_trade(self, proposal: TriggerProposal,
                       pos: tuple[str, ...] = ("VERB", "AUX")) -> bool:
        """Whether the trigger is a verb of buying or selling (cue ``one_way_trades``), whose
        two sides are a buyer and a seller: two buyers named together ("Spain and Italy
        bought gas") are no trade with each other; with ``pos`` ("NOUN",), a noun of it
        ("an order for 30 jets")."""
        token = proposal.token
        return (proposal.type == "COOPERATE" and proposal.mode == "economic"
                and token.pos_ in pos and token.lemma_.lower() in self.one_way_trades)

    def _goods_owner(self, cx: CodingContext, proposal: TriggerProposal,
                     args: Arguments) -> Arguments:
        """A purchase or sale that names no other side takes as that side the actor its
        goods belong to ("Spain bought Algerian gas", "kept buying its oil": the maker or
        owner sells; docs/LABELLING.md, the rows on sales); ``args`` as they are otherwise,
        or when the owner is a buyer's own state ("India's army bought Indian rifles")."""
        token, reader = proposal.token, self.reader
        named = self._one_way_trade(proposal, ("NOUN",))
        if not (named or self._one_way_trade(proposal)) or any(a.span for a in args.targets):
            return args
        state = reader.dictionary.state_of
        # (the buyer itself or its own state; another company is another side: "Qatar
        # Airways will purchase Boeing's 777s", both ids under "COM.")
        own = {x for a in args.sources if a.actor for x in (a.actor, state(a.actor)) if x}
        # the goods: the verb's objects, a target that names no actor ("Turkish drones sold
        # to Mali"), what a delivery is of ("took delivery of Turkish drones"), and what a
        # noun of trade (``named``) is of or for ("an order for Airbus jets")
        objects = [*_objects(token), *(a.token for a in args.targets),
                   *(reader._pobjs(token, _GOODS_PREPS) if named else ())]
        goods = [*objects, *(p for o in objects for p in reader._pobjs(o, ("of",)))]
        for noun in goods:
            for child in noun.children:
                if child.dep_ not in ("amod", "compound", "poss", "nmod"):
                    continue
                owner = reader.actor_arg(cx, child, deep=False)
                if owner.span is not None and owner.actor and not {
                        owner.actor, state(owner.actor)} & own:
                    return replace(args, targets=[owner])
        return args

    def _terms_partner(self, cx: CodingContext, proposal: TriggerProposal,
                       args: Arguments) -> Arguments | None:
        """A signed commercial deal (an economic COOPERATE on a word of the cue ``deal_nouns``
        or on the verb whose object one is) whose "to"-clause of terms buys from or sells to
        another side: that side as the target ("signed a contract to buy 36 howitzers from
        France", "signed a contract to purchase Airbus jets": the goods' maker, as
        :meth:`_goods_owner` reads it); the deal is a trade, one per side (docs/LABELLING.md,
        the rows on sales), though the clause's act itself is not coded (``_deal_term``).
        ``None`` when no such clause names another side than the buyer's."""
        token = proposal.token
        if (proposal.type != "COOPERATE" or proposal.mode != "economic"
                or proposal.origin == "model" or len(args.sources) != 1
                or args.sources[0].span is None):
            return None
        deals = [o for o in (token, *_objects(token)) if o.lemma_.lower() in self.deal_nouns]
        terms = [c for d in (token, *deals) for c in d.children if deals
                 and c.dep_ in ("acl", "xcomp", "advcl") and _infinitive(c)
                 and c.lemma_.lower() in self.one_way_trades]
        state = self.reader.dictionary.state_of
        own = {x for x in (args.sources[0].actor, state(args.sources[0].actor or "")) if x}
        for verb in terms:
            sides = [self.reader.actor_arg(cx, o, deep=False)
                     for o in self.reader._pobjs(verb, ("from", "to"))]
            owned = self._goods_owner(cx, replace(proposal, span=verb.doc[verb.i:verb.i + 1]),
                                      Arguments(args.sources, []))
            for side in (*sides, *owned.targets):
                if side.span is not None and side.actor and not {
                        side.actor, state(side.actor)} & own and all(
                        a.actor in (None, side.actor) for a in args.targets):
                    return Arguments(args.sources, [side], args.nominal)
        return None

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
        if proposal.type == "REQUEST" and self._ultimatum(trigger):
            # "gave the militia five days to leave the dam or face force": a demand and a
            # threat, each a speech act of its own (docs/LABELLING.md, the ultimatum row)
            threat = replace(proposal, type="THREATEN", mode=None, cameo="130", hints=None)
            yield from self.build(cx, threat, args, sent)
        if not any(a.span for a in args.targets) and len(actors) >= 2 and (
            reader.is_reciprocal(proposal) and not self._one_way_trade(proposal)
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
        imputes = isinstance(hints, Predicate) and hints.imputes and proposal.type == "ACCUSE"
        if imputes or isinstance(hints, Predicate) and hints.duty:
            # "he said the FMLN was responsible for this action", "the junta must free the
            # students": the subject is the one charged or asked; the accuser or asker is
            # whoever asserts the clause (none: the author's own word or demand)
            frame = reader.frame(cx, trigger, sent)
            if imputes and (frame.negated or any(self._accuses(a) for a in trigger.ancestors)):
                return  # "confirmed that they were not involved in the attack": no charge;
                # "accused X of being responsible for the attacks": one accusation, the verb's
            teller = [frame.asserted_by] if frame.asserted_by is not None else []
            args = Arguments(teller, list(args.sources), args.nominal)
        if isinstance(hints, Predicate) and (hints.received or hints.doer_preps):
            # "Ukraine received helicopters from Norway": Norway gives, Ukraine is given to;
            # "the town fell to the rebels": the rebels take it
            givers, takers = reader.giver_and_given(
                cx, trigger, preps=hints.doer_preps or ("from",))
            if hints.doer_preps and not givers and all(
                _amount(p) or p.like_num for p in reader._pobjs(trigger, hints.doer_preps)
            ):
                return  # "reserves fell to $3 billion", "support fell to 35%": a figure
            args = Arguments(givers, takers, args.nominal)
        if any(_first_plural(a.token) for a in (*args.sources, *args.targets)):
            # '"We destroyed ...", the army said': "we" and "our" are the speaker's side
            frame = reader.frame(cx, trigger, sent)
            args = Arguments([reader.first_person(cx, a, frame, sent) for a in args.sources],
                             [reader.first_person(cx, a, frame, sent) for a in args.targets],
                             args.nominal)
        if proposal.type in reader.harm_types:
            hurt = reader.casualties(cx, trigger, args.targets)
            # "a policeman died in the ambush": the dead are no doer of the act
            dead = {a.token.i for a in hurt}
            args = replace(args, sources=[a for a in args.sources if a.token.i not in dead],
                           targets=hurt)
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
            if proposal.type in reader.people_types:  # "attacks against Salvadorans": its people
                targets = [reader.nationals(cx, a) for a in targets]
            if proposal.type in reader.place_target_types:  # "a Ukrainian transport plane"
                targets = [reader.state_thing(cx, a) for a in targets]
            # "blamed Ukrainian shelling", "blaming Israeli gunfire": the armed act's doer,
            # the state's military, as for a source; goods sold are the state's ("bought
            # Russian jets": Russia sells)
            if not self._one_way_trade(proposal):
                targets = [reader.armed_demonym(cx, a) for a in targets]
        sources = reader.facing_company(cx, sources, bool(args.sources), trigger, where, sent,
                                        targets)
        sources, targets = reader.retreat_sides(proposal, sources, targets)
        actorless = not any(a is not None and a.span for a in (*sources, *targets))
        if actorless and not self.actorless:
            return
        frame = frame or reader.frame(cx, trigger, sent)
        if self._declared_restraint(proposal):
            frame = replace(frame, negated=False)  # "said they would not attack": the
            # restraint is declared, its concession made
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
                    reader.attribution.spoken_act(proposal.type, src, frame, trigger)) else frame
                if reader.attribution.side_told(said, src, tgt):
                    # "Moscow said it had nothing to do with the crash that killed P"
                    said = replace(said, asserted_by=said.presupposed_by, modality="reported")
                if isinstance(proposal.hints, Predicate) and proposal.hints.duty:
                    # "Iran should not arm them": the demand is made, whatever the modal
                    # and the negation of the act asked for say; "according to X, Y must":
                    # X's demand, told by the author (the speaker's own speech act)
                    said = replace(said, asserted_by=None, modality="asserted", negated=False)
                if isinstance(proposal.hints, Predicate) and proposal.hints.threat:
                    # "the union said it would strike if ...": the threat is made by saying
                    # so; the doer's own word, told by the author, else the speaker's account
                    doers = said.asserted_by is None or (src is not None and (
                        said.asserted_by.actor == src.actor))
                    said = replace(said, asserted_by=None if doers else said.asserted_by,
                                   modality="asserted" if doers else "reported")
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
            # "Russia announced its troops would pull back", "the rebels said they would not
            # attack the voters": the announcement concedes
            announced = self.lexicon.types[_conceded(etype, frame) or ""]
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

    def _declared_restraint(self, proposal: TriggerProposal) -> bool:
        """Whether ``proposal`` is the concession a side makes by saying it will not do the
        act its trigger names (the act's type ``restrained``: "the rebels said they would
        not attack the voters")."""
        hints = proposal.hints
        return isinstance(hints, Predicate) and hints.type != proposal.type and (
            self.lexicon.types[hints.type].restrained == proposal.type)

    def _ultimatum(self, trigger: Token) -> bool:
        """Whether the act a demand asks for has a consequence set beside it by "or"
        (``ultimatum_verbs``): "told the troops to surrender or face an assault", "ordered
        the nurses to report for duty or face consequences"."""
        for asked in trigger.children:
            if asked.dep_ not in ("xcomp", "advcl", "ccomp"):
                continue
            # (read by the words, not the parse: "to leave the dam or face force" is often
            # parsed as "face" modifying "force")
            if any(w.lemma_.lower() in self.ultimatum_verbs and w.i > 0
                   and w.nbor(-1).lower_ == "or" for w in asked.subtree):
                return True
        return False

    def _announcers(self, cx: CodingContext, etype: EventType, frame: Frame,
                    sources: list[Argument | None], trigger: Token) -> list[Argument] | None:
        """Who concedes by announcing the act at ``trigger`` (the type's ``announced``), or
        ``None`` when it is no announced act of the speaker's side: the speaker, not the force
        that is to act, when the doers are its side ("Russia announced its troops would pull
        back": CONCEDE Russia, as docs/LABELLING.md has it) or its own pronoun or force ("the
        junta said it would release the reporters", "the commander announced his men would
        pull out"), though neither names an actor the dictionary knows."""
        if _conceded(etype, frame) is None:
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
        if not (_own_doer(trigger) or (announcer is not None and _doerless_passive(trigger))):
            return None  # (a passive with no doer is the announcer's own act, not a report)
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
