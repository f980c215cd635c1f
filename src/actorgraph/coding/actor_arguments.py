"""The actors of an event's arguments.

A trigger's subject, object or owner read as the actor the text means: a name the
recogniser found, a body named by its sector words ("the army", "security forces"), a
state's people ("Salvadoran peasants"), a first-person speaker, the members of a list, the
doer of a participle, or an actor inferred from the words around an event ("guerrillas"
in a post about El Salvador: the FMLN), with the post's country where the words give none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from spacy.tokens import Span, Token

from ..actors.dictionary import ActorDictionary
from ..models import Location
from ..nlp.proposals import TriggerProposal
from ..nlp.role_model import RoleModel, load_role_model
from .attribution import Attribution
from .lexicon import Lexicon, Predicate
from .places import Gazetteer
from .reading import (
    _ABROAD_KINDS,
    _ARMED_BODY_KINDS,
    _ARMED_KINDS,
    _BODY_PRONOUNS,
    _COMPANY_HOME_SECTORS,
    _COUNT_WORDS,
    _DESTINATION_PREPS,
    _DIRECTIONS,
    _DIVISION_NOUNS,
    _FOLLOWER_NOUNS,
    _FORCE_SECTORS,
    _HOME_ARMED_KINDS,
    _HOME_KINDS,
    _IGO_KINDS,
    _IN_OFFICE,
    _INSURGENT_KINDS,
    _LINK_VERBS,
    _LOCAL_KINDS,
    _MEMBER_NOUNS,
    _NO_COUNTRY,
    _NOT_IN_OFFICE,
    _OF_STATE_SECTORS,
    _OWNER_VERBS,
    _PERSON_TITLES,
    _PLACE_SECTORS,
    _POST_KINDS,
    _SECTOR_ADJECTIVES,
    _STATE,
    _STATE_FORCES,
    _TITLE_DEPS,
    Argument,
    Arguments,
    CodingContext,
    Frame,
    _amount,
    _counts_people,
    _first_plural,
    _fragment_after,
    _in_quote_if_any,
    _inferred,
    _loose_conjunct,
    _modified_code,
    _named_division,
    _no_place,
    _objects,
    _passive_partner,
    misparsed_clause,
)
from .speech import _on_each_other

if TYPE_CHECKING:
    from .arguments import ArgumentReader
from .references import is_reference, resolve_reference

# What may stand between a description and the name that renames it.
_APPOSITION_MARKS = frozenset({",", "-", "\u2013", "\u2014"})
# The participles after a hyphen whose first word names who leads, holds or owns the noun's
# referent ("US-led forces", "ISIL-held building", "Houthi-controlled port", "a Greek-owned
# tanker": Greece, as labelled, not its business sector).
_LEADER_PARTICIPLES = frozenset({"lead", "hold", "control", "own"})
# The plural personal pronouns: a body named by a plural noun ("the troops ... they").
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
# The state "us" names where it is a verb's subject (:func:`_us_as_subject`)
_US = "USA"
# Tags of a verb with a tense, whose subject "us" cannot be the pronoun
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
# Pronouns that stand for a body that speaks ("the army said it ...", "... they ...")
_SPEAKER_PRONOUNS = frozenset({"it", "its", "they", "their"})


# Nouns for a leader's nation ("his people", "her compatriots"): the state's civilians.
_NATION_NOUNS = frozenset({"people", "citizen", "countryman", "compatriot", "nation"})
# People a person's possessive names who are not that person ("his allies", "her husband",
# "his captors"): never the owner's id (unlike "his arrest", "her residence", "his claim").
_OTHERS_OF_A_PERSON = frozenset({
    "ally", "supporter", "follower", "comrade", "associate", "friend", "colleague",
    "counterpart", "successor", "predecessor", "rival", "opponent", "enemy", "aide",
    "adviser", "advisor", "bodyguard", "escort", "lawyer", "spokesman", "spokeswoman",
    "husband", "wife", "son", "daughter", "father", "mother", "brother", "sister", "child",
    "family", "relative", "killer", "murderer", "captor", "kidnapper", "assassin",
    "attacker"})
# Nouns for a part of a force told by the force after its "of" ("a contingent of soldiers",
# "a detachment of police"): the force's body, as "members of the security forces" is
_FORCE_PARTS = frozenset({"contingent", "detachment", "squad", "platoon", "column", "patrol",
                          "unit"})
# A force's generic words, which stay the state's sector whichever of its units sends them
# ("the Pakistan Army moved 30,000 soldiers": PAK.MIL; docs/LABELLING.md, the "the army"
# row), unlike a unit's own craft ("the navy sent two more ships": the navy's)
_GENERIC_TROOPS = frozenset({"troop", "troops", "soldier", "soldiers"})
# Craft a state's word alone leaves the state's ("Chinese vessels", sectors.yaml) and a
# force's name before them makes that force's ("a Taiwanese coast guard boat": TWN.POL)
_FORCE_CRAFT = frozenset({"boat", "boats", "vessel", "vessels"})
# Words for a state's army, whose dictionary entry a force of "junta" is ("junta troops")
_ARMY_WORDS = ("military", "army")
# People and places an attack harms whom the labels code as civilians, not by their trade
# or cause ("fired on the crowd", "killed ten workers", "bombed a school"): their noun
# alone, no sector word before it ("government employees" stay the government's). Buses,
# clinics and monasteries were tried (round 30) and left out: with them the held-back
# threads lost two exact dates and some modality, for a cause not yet found.
_HARMED_AS_CIVILIANS = frozenset({
    "crowd", "crowds", "mob", "rioters", "worker", "workers", "labourer", "labourers",
    "laborer", "laborers", "miners", "dockworkers", "truckers", "employee", "employees",
    "school", "schools", "pupil", "pupils", "schoolgirls", "schoolchildren",
    # evarg31: people an attack finds at work or at a feast ("killed two shepherds", "a
    # bomber killed 14 guests")
    "shepherd", "shepherds", "guest", "guests"})

def _us_as_subject(token: Token) -> bool:
    """Whether ``token`` is "us" as the subject of a tensed verb ("us eases oil sanctions",
    "us paused intel sharing w/ ukraine", "the eu and us announce visa bans"): the United
    States written in lower case, as posts write it; the pronoun is never a subject (not
    "let us talk", "for us to act": a bare verb)."""
    if token.lower_ != "us" or token.text == "US":
        return False
    subject = token.head if token.dep_ == "conj" else token
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.tag_ in _TENSED


def _listed_in_apposition(head: Token) -> list[Token]:
    """The members of a list the parser hung on ``head`` as an apposition and its conjuncts
    ("The EU, Britain, Canada and the US": Britain an apposition to the EU, Canada and the
    US its conjuncts; "the hostages, a Swiss engineer and two nurses"), else ``[]``. A lone
    apposition renames its head ("Hamas, the militant group") and lists nothing; nor does
    one the parser hung on a noun it does not follow by a comma ("Ethiopia's parliament
    lifted the designation of A, B and C", "the people (A and B)")."""
    for child in head.children:
        if child.dep_ == "appos" and child.conjuncts and _follows_by_comma(head, child):
            return [child, *child.conjuncts]
    return []


def _named_in_apposition(head: Token) -> list[Token]:
    """The names that rename the description ``head`` (a common noun) in an apposition
    right after it, bare or after a comma or dash, with their conjuncts: "US automakers GM
    and Chrysler", "European aircraft manufacturer, Airbus,", "the Big Three automakers-Ford,
    Chrysler and General Motors" (the companies act, not the sector the noun names); else
    ``[]``."""
    if head.pos_ != "NOUN":
        return []
    for child in head.children:
        before = child.left_edge.i - 1
        if child.dep_ == "appos" and child.pos_ == "PROPN" and (before == head.i or (
                before == head.i + 1 and head.doc[before].text in _APPOSITION_MARKS)):
            return [child, *child.conjuncts]
    return []


def _name_start(token: Token) -> int:
    """Where the phrase of ``token`` starts, its determiner left out ("the VDP": VDP)."""
    start = token.left_edge
    return start.i + 1 if start.dep_ == "det" and start.i < token.i else start.i


def _participle_subject(csubj: Token) -> Token | None:
    """The noun a participle describes where the parser took the participle for the
    clause's subject and the noun for the participle's ("Investigators exhuming a grave
    said ...": the investigators), else ``None``."""
    if csubj.dep_ != "csubj" or csubj.tag_ != "VBG":
        return None
    return next((c for c in csubj.children if c.dep_ == "nsubj" and c.i < csubj.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _follows_by_comma(head: Token, appos: Token) -> bool:
    """Whether the phrase of ``appos`` comes right after that of ``head`` and a comma."""
    ends = [c.right_edge.i for c in head.children if c.i < appos.i and c.dep_ != "punct"]
    comma = max([head.i, *ends]) + 1
    return comma + 1 == appos.left_edge.i and head.doc[comma].text == ","


class ActorArguments:
    """Reads the actor each argument of an event names (see the module docstring)."""

    def __init__(self, dictionary: ActorDictionary, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.dictionary = dictionary
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        lx = lexicon
        # the type keys of data/plover.yaml (see there)
        self.dating_types = lx.types_with("dating")
        self.place_target_types = lx.types_with("place_targets")
        self.reaction_types = lx.types_with("reaction")
        self.armed_types = lx.types_with("armed")
        self.harm_types = lx.types_with("harms")
        # types whose target named by a demonym as a noun is the state's people
        self.people_types = self.harm_types | lx.types_with("people_target")
        self.conditioned_types = lx.types_with("conditioned")
        self.venue_types = lx.types_with("venue")
        self.report_verbs = lx.cue("report_verbs")
        self.denial_verbs = lx.cue("denial_verbs")
        self.intention_verbs = lx.cue("intention_verbs")
        self.intention_nouns = lx.cue("intention_nouns")
        self.hypothetical = lx.cue("hypothetical_markers")
        self.future = lx.cue("future_markers")
        self.historical = lx.cue("historical_markers")
        self.negations = lx.cue("negation_words")
        self.claim_verbs = lx.cue("claim_verbs")
        self.opinion_verbs = lx.cue("opinion_verbs")
        self.noun_target_preps = lx.cue("noun_target_preps")
        self.news_nouns = lx.cue("news_nouns")
        self.told_nouns = lx.cue("told_nouns")
        self.imputed_acts = lx.cue("imputed_acts")
        self.place_preps = lx.cue("place_preps")
        # (verbs whose object is mostly ground: the case restorer's, with the prepositions)
        self.place_verbs = lx.cue("place_verbs")
        self.titles_abroad = lx.cue("titles_abroad")
        self.international_titles = lx.cue("international_titles")
        self.between_words = lx.cue("between_words")
        self.light_verbs = lx.cue("light_verbs")
        self.starting_verbs = lx.cue("starting_verbs")
        self.mutual_words = lx.cue("mutual_words")
        self.mutual_nouns = lx.cue("mutual_nouns")
        self.proposal_nouns = lx.cue("proposal_nouns")
        self.own_retreat_modes = lx.cue("own_retreat_modes")
        self.casualty_verbs = lx.cue("casualty_verbs")
        self.death_verbs = lx.cue("death_verbs")
        self.outcome_verbs = lx.cue("outcome_verbs")
        self.death_nouns = lx.cue("death_nouns")
        self.standing_verbs = lx.cue("standing_verbs")
        self.directive_verbs = lx.cue("directive_verbs")
        self.subject_gerund_preps = lx.cue("subject_gerund_preps")
        self.reciprocal_verbs = lx.cue("reciprocal_verbs")
        self.deployed_forces = lx.cue("deployed_forces")
        self.quantity_words = lx.cue("quantity_words")
        self.national_bands = lx.cue("national_bands")
        self.series_nouns = lx.cue("series_nouns")
        self.patient_nouns = lx.cue("patient_nouns")
        self.helping_nouns = lx.cue("helping_nouns")
        self.commemoration_words = lx.cue("commemoration_words")
        self.under_fire_nouns = lx.cue("under_fire_nouns")
        self.under_fire_verbs = lx.cue("under_fire_verbs")
        self.group_descriptions = lx.cue("group_descriptions")
        self.leader_bodies = lx.cue("leader_bodies")
        self.firing_verbs = lx.cue("firing_verbs")
        self.report_phrases = lx.phrases("report_phrases")
        self.historical_phrases = lx.phrases("historical_markers")
        # Single words of these two are read from the parse (aux, mark, amod); their
        # phrases ("going to", "in case") from the words before the trigger.
        self.future_phrases = tuple(p for p in lx.phrases("future_markers") if len(p) > 1)
        self.hypothetical_phrases = tuple(
            p for p in lx.phrases("hypothetical_markers") if len(p) > 1
        )
        self._sector_nouns = {
            noun.lower(): code
            for code, sector in dictionary.sectors.items()
            for noun in sector.nouns
        }
        # nouns of a sector only after its owner's word ("Ukrainian units", "its aircraft")
        self._owned_sector_nouns = {
            noun.lower(): code
            for code, sector in dictionary.sectors.items()
            for noun in sector.after_country
        }
        self._abroad: dict[str, bool] = {}  # :meth:`seated_abroad`, by actor id
        # the whole reader is this layer's subclass (arguments.ArgumentReader)
        self.attribution = Attribution(cast("ArgumentReader", self))
        # The trained role classifier (nlp/role_model.py) after the rules; ``None``: rules only.
        self.roles: RoleModel | None = load_role_model()

    def _objects(self, verb: Token) -> list[Token]:
        return _objects(verb)

    def is_reciprocal(self, proposal: TriggerProposal) -> bool:
        """Whether the event's sides act on each other when no target is named ("Iran and
        Saudi Arabia agreed", "the two armies clashed"), not on a third ("Canada and
        Ontario gave loans to GM")."""
        etype = self.lexicon.types.get(proposal.type)
        return bool(etype is not None and etype.reciprocal) or (
            proposal.token.lemma_.lower() in self.reciprocal_verbs) or _on_each_other(
            proposal.token)

    def mutual(self, proposal: TriggerProposal, args: Arguments,
               intended: bool = False) -> Arguments | None:
        """The other side's reading of an act two sides do to each other (plover.yaml's cue
        ``mutual_words``: "X met Y", "held talks with Y", "talks between X and Y", "clashes with the
        rebels", an entry marked ``mutual``: "joint maneuvers with Argentine troops"): the
        targets as sources and the sources as targets; ``None`` for any other
        trigger, or when a side names no actor. A meeting with an unnamed group ("will meet
        with Iraqi officials", "religious leaders") is the visitor's alone, as labelled; its
        named counterparts ("met his French counterparts") meet back. A trade only ``intended``
        by one side ("Fiat plans to buy a stake in Chrysler") is that side's alone: the other
        has done nothing yet (docs/LABELLING.md)."""
        token = proposal.token
        words = {token.lemma_.lower(), token.lower_} | {
            o.lemma_.lower() for o in _objects(token) if token.lemma_.lower() in self.light_verbs
            or token.lemma_.lower() == "hold"}
        mutual_words = self.mutual_words | (
            self.mutual_nouns if token.pos_ == "NOUN" else frozenset())
        meeting = self.lexicon.types.get(proposal.type)
        joint = isinstance(proposal.hints, Predicate) and proposal.hints.mutual
        if not words & mutual_words and not joint and not self._between_sides(args) and (
                meeting is None or proposal.mode not in meeting.mutual_modes):
            return None  # (a sale, a purchase, shared intelligence: the type's `mutual_modes`)
        # a clash or a joint act: any side, a sector too ("joint operations with the police")
        armed = meeting is None or not meeting.reciprocal or joint
        # (one side each: "ECOWAS held talks with Mali, Burkina Faso and Niger" is the
        # host's; a wrong reading of a list is not made twice. A sale to a list is a sale
        # to each, and each buyer's purchase is its own: "sold rifles to Peru and Bolivia")
        sale = not words & mutual_words and not joint
        if sale and intended and not self._between_sides(args):
            return None  # (a trade two sides plan together, "between" them, is both sides')
        sources = [a for a in args.sources if a.span is not None or (
            a.token.pos_ == "NOUN" and self.sector_code(a.token) is not None)]
        # a trade's other side is often a noun the actor qualifies ("from a French
        # shipyard", "bought Russian jets", "to a Chinese state firm"): it sells back; a
        # meeting's unnamed group ("met Iraqi officials") stays the visitor's alone; one
        # office holder ("met the Azerbaijani president") is one person and meets back
        targets = [a for a in args.targets if (a.span is not None or (
            armed and a.token.pos_ == "NOUN" and self.sector_code(a.token) is not None)) and (
            armed or sale and not self._own_body(a, sources) or a.token.pos_ != "NOUN"
            or a.token.tag_ == "NN" or a.token.lemma_.lower() == "counterpart")]
        if joint and isinstance(proposal.hints, Predicate) and not all(
                self._told_by_prep(a.token, proposal.hints.target_preps or ()) for a in targets):
            return None  # (the other side is the one "with" names: "signed a pact with Y")
        if joint and (not self._told_as_done(token) or any(
                a.actor is None and a.token.tag_ == "NNS" for a in targets)):
            return None  # (a joint act one side commits to, plans or is charged with is its
            # own; an unnamed group, "worked with other member states", acts back in no label)
        # (a sale to or from a list is each party's: "rifles sold to Peru and Bolivia by
        # China", "Spain and Italy bought Algerian gas": each buyer and the seller, each way)
        trade = sale and proposal.mode == "economic"
        if not (len(sources) == 1 or trade and sources) or not (
                len(targets) == 1 or sale and targets) or {
                a.actor for a in sources if a.actor} & {
            a.actor for a in targets if a.actor
        } or (not sale and any(a.via_reference for a in (*sources, *targets))):
            return None  # (a side read through a pronoun is a guess: not made twice; but a
            # sale has two sides whoever the pronoun names: "it is exercising its options with
            # Boeing to purchase five jets" is Boeing's sale too, sem22)
        return Arguments(targets, sources, args.nominal)

    def _between_sides(self, args: Arguments) -> bool:
        """Whether the source and the target are the two sides "between" names ("fighting
        between the army and the RSF", "a war between Ethiopia and Eritrea"): each side's
        act on the other, whatever the noun, as "talks between X and Y" is (LABELLING)."""
        between = tuple(self.between_words)
        return bool(args.sources and args.targets) and all(
            self._told_by_prep(a.token, between) for a in (*args.sources, *args.targets))

    @staticmethod
    def _told_as_done(token: Token) -> bool:
        """Whether the joint-act verb ``token`` tells the act itself, done, under way or
        scheduled ("worked with Y", "are coordinating with Y", "will carry out drills with
        Y"; a participle on its noun, as a relative clause: "troops fighting next to the
        army"); not a gerund or an infinitive ("committed to working with Y", "continue to
        work with Y", "accused of collaborating with Y"), whose act only the subject's side
        states (docs/LABELLING.md, joint acts). A noun is left as it is."""
        if token.pos_ not in ("VERB", "AUX"):
            return True
        while token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
            token = token.head  # "met and worked with Y": the first verb's auxiliaries
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        return not (token.dep_ in ("xcomp", "pcomp") or any(c.lower_ == "to" for c in auxes)
                    or token.tag_ == "VBG" and not auxes and token.dep_ != "acl")

    def _own_body(self, arg: Argument, sources: list[Argument]) -> bool:
        """Whether the noun ``arg`` names a body of a source's own state ("the two countries
        exchange intelligence" read against "Colombian police"): no second side of a trade.
        Only a state's bodies are one side: two companies ("COM.") are two sides of a sale."""
        state = self.dictionary.state_of
        states = {state(a.actor) for a in sources if a.actor} - {None}
        return arg.token.pos_ == "NOUN" and state(arg.actor) in states

    @staticmethod
    def _told_by_prep(token: Token, preps: tuple[str, ...]) -> bool:
        """Whether ``token``, or the list it is a member of, is the object of one of
        ``preps`` or of "between" ("with Y", "between X and Y"); ``True`` when ``preps``
        is empty (an entry whose other side no preposition names)."""
        while token.dep_ in ("conj", "appos") and token.head.i != token.i:
            token = token.head
        return not preps or token.dep_ == "pobj" and token.head.lower_ in (*preps, "between")

    def sector_code(self, token: Token) -> str | None:
        """The sector code the noun ``token`` names with the modifier words just before it
        ("security forces": POL, "service members": MIL, "riot police"), else the noun's
        own ("forces": MIL), else ``None``."""
        return _modified_code(self._sector_nouns, token, (3, 2), True)

    def noun_sector(self, token: Token) -> str | None:
        """The sector code of the noun ``token`` alone, by its form, else its lemma
        ("troops": MIL, "governor": GOV); ``None`` for a noun that names no sector."""
        return self._sector_nouns.get(token.lower_) or self._sector_nouns.get(
            token.lemma_.lower())

    def struck_code(self, token: Token) -> str | None:
        """Whose the thing ``token`` names is when an attack hits it (``sectors.yaml``'s
        ``struck``, with the modifier words just before it: "a residential building": CIV,
        "an oil refinery": STATE, "stores": BUS), else ``None``."""
        return _modified_code(self.dictionary.struck, token, (2,), False)

    # -- arguments -------------------------------------------------------------------------

    def receivers(self, cx: CodingContext, verb: Token, hints: Predicate) -> list[Argument]:
        """The actors the verb's target prepositions name ("extradited X to the United
        States": the United States), for an entry whose object is a second act's target."""
        found = [self.actor_arg(cx, p) for p in self._pobjs(verb, hints.target_preps or ())]
        return [a for a in found if a.span is not None]

    def actor_arg(self, cx: CodingContext, token: Token, deep: bool = True) -> Argument:
        """The argument headed by ``token``: its actor mention, found in or below it."""
        span = cx.by_token.get(token.i)
        # "Rwanda's minister of state, James Kabarebe", "GUATEMALAN PRESIDENT\nVINICIO
        # CEREZO" (the name an apposition to the title): the person the title names
        named = next((cx.by_token[c.i] for c in token.children if c.dep_ == "appos"
                      and c.i in cx.by_token and self.dictionary.is_person(cx.by_token[c.i].id_)),
                     None)
        if span is not None and named is not None and self._generic(span.id_):
            return Argument(token, named)
        if span is None and _us_as_subject(token):
            return Argument(token, _inferred(cx, token, _US), inferred=True)
        if span is not None:
            people = self.counted_nationals(cx, token, span)
            return Argument(token, people, inferred=True) if people else Argument(token, span)
        if named is not None:
            return Argument(token, named)
        if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl" and token.head.head != token:
            # "the Houthis, who are armed by Iran": the relative pronoun is the noun it hangs on.
            noun = self.actor_arg(cx, token.head.head, deep=False)
            if noun.span is not None:
                return Argument(token, noun.span, via_reference=True)
            if self.sector_code(noun.token) is not None and noun.token.dep_ != "appos":
                # "two soldiers who were detained": the sector noun, whose country the
                # builder gives as it gives the noun's own (not a title beside a name:
                # "Monsignor X, auxiliary bishop of Y, who accused ...": the person)
                return noun
        if is_reference(token):
            for pobj in self._pobjs(token, ("of",)):
                owner = cx.by_token.get(pobj.i)
                if owner is not None:  # "the Government of Iraq": Iraq's, not a back-reference
                    return Argument(token, self.sector_span(cx, token, owner) or owner)
            speaker = self.unnamed_speaker(cx, token)
            if speaker is not None:
                # "the army said it had killed 203 militants": the army's, whose country the
                # builder gives as for the noun itself (a description is resolved as one:
                # "the government said it ...")
                said = self.actor_arg(cx, speaker, deep=False)
                return (Argument(token, said.span, via_reference=True)
                        if said.span is not None else said)
            if token.i not in cx.refs:
                found = resolve_reference(token, cx.mentions, self.dictionary, self.place_preps)
                cx.refs[token.i] = (self.owned_body(cx, token, found)
                                    or self.nearer_plural_force(cx, token, found) or found)
            ref = cx.refs[token.i]
            if ref is not None:
                # "the government" after "Somalia" is Somalia's government, not Somalia.
                return Argument(token, self.sector_span(cx, token, ref) or ref, via_reference=True)
            return Argument(token, None)
        # "hundreds of American soldiers", "Saddam's proposal", "a ceasefire offered by Saddam"
        for child in token.children:
            if child.dep_ in ("compound", "poss", "nmod", "amod") and child.i in cx.by_token:
                owner = cx.by_token[child.i]  # "Iranian missiles", "Iraq's army"
                # "Iraq's army", "Hong Kong police": a sector noun after a state is its sector
                sector = self.sector_span(cx, token, owner)
                return Argument(token, sector, inferred=True) if sector else Argument(token, owner)
            if child.dep_ == "poss" and is_reference(child):
                referent = self.actor_arg(cx, child)
                if referent.span is not None:  # "its forces": the referent's forces
                    owned = self.sector_span(cx, token, referent.span)
                    if owned is None and self.dictionary.is_person(referent.span.id_):
                        if self._own_modifier(cx, token):
                            continue  # "his former Houthi allies": the Houthis
                        if token.lemma_.lower() in _OTHERS_OF_A_PERSON | _NATION_NOUNS:
                            # "his allies", "her husband" are not the person ("his forces"
                            # stay the person's, whose group the builder reads)
                            people = self._persons_people(cx, token, referent.span)
                            return Argument(token, people, via_reference=people is not None)
                    return Argument(token, owned or referent.span, via_reference=True)
        nested = self._nested_owner(cx, token)
        if nested is not None:  # "two ISIL weapons caches": ISIL's, as "ISIL caches"
            sector = self.sector_span(cx, token, nested)
            return Argument(token, sector, inferred=True) if sector else Argument(token, nested)
        for child in token.lefts:
            # "Hamas-led gunmen", "US-led forces": the leader stands for the group; "an
            # ISIL-held building", "a Houthi-controlled port": the holder for what it holds
            if child.dep_ == "amod" and child.lemma_.lower() in _LEADER_PARTICIPLES:
                inner = [t for t in child.subtree if t.i in cx.by_token]
                if inner:
                    return Argument(token, cx.by_token[inner[0].i])
        for child in token.rights:
            # "security forces led by the RSF": so does a leader named after the group
            if child.dep_ == "acl" and child.lemma_.lower() == "lead":
                leader = self.agent(cx, child)
                if leader is not None and leader.span is not None:
                    return Argument(token, leader.span)
        if deep:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            arg = self.actor_arg(cx, pobj, deep=False)
                            if arg.span is not None and child.lower_ == "of":
                                # "the armies of Sudan": the state's sector, as "Sudan's army"
                                sector = self.sector_span(cx, token, arg.span) if (
                                    self.sector_code(token) in _OF_STATE_SECTORS
                                    and self._is_state(arg.span.id_)) else None
                                return Argument(token, sector or arg.span, inferred=bool(sector))
                            if arg.span is not None and child.lower_ == "from" and (
                                token.dep_ == "nsubj" and self._is_state(arg.span.id_)
                                and not any(c.dep_ == "conj" for c in pobj.children)
                            ):
                                # "troops from Kenya landed", "officials from China agreed":
                                # people from a state who act are its sector's (src24; not
                                # goods from it: "bought jets from Italy" is Italy's deal;
                                # nor "envoys from Armenia and Azerbaijan", the states)
                                sector = self.sector_span(cx, token, arg.span)
                                if sector is not None:
                                    return Argument(token, sector, inferred=True)
                            if arg.span is not None:
                                return arg
                if child.dep_ == "acl" and child.lemma_.lower() in _LINK_VERBS:
                    # "ships linked to Israel", "a truck belonging to the ministry"
                    for pobj in self._pobjs(child, ("to", "with")):
                        linked = self.actor_arg(cx, pobj, deep=False)
                        if linked.span is not None:
                            return Argument(token, linked.span)
                if child.dep_ == "acl" and token.lemma_.lower() in self.proposal_nouns:
                    agent = self.agent(cx, child)
                    if agent is not None and agent.span is not None:
                        return agent
                # "protesting the measures adopted by the U.S.", "seized a farm owned by
                # Pablo Escobar", "support for the decisions made by President Menem": a thing
                # its maker or owner made or owns stands for them (not people: "the soldiers
                # used by the junta" stay soldiers; nor a verb that is an event alone, a
                # trigger of its own: "the mines controlled by M23")
                if child.dep_ == "acl" and child.tag_ == "VBN" and (
                    child.lemma_.lower() in _OWNER_VERBS and self.sector_code(token) is None
                    and not any(not p.objects and not p.particle
                                for p in self.lexicon.verbs.get(child.lemma_.lower(), ()))
                ):
                    agent = self.agent(cx, child)
                    if agent is not None and agent.span is not None:
                        return Argument(token, agent.span)
        return Argument(token, None)

    def unnamed_speaker(self, cx: CodingContext, token: Token) -> Token | None:
        """The sector noun or description ("the army", "the junta", "the government") that
        is the subject of the verb whose complement clause has the pronoun ``token`` as its
        subject or its subject's owner, where no actor mention names that noun ("The army
        said it had killed 203 militants", "the junta says it does not recognise the
        court"): what the pronoun stands for, not an actor named before it; else ``None``
        (a named speaker, "Mali's army said it", is :func:`resolve_reference`'s; nor past
        an object of the verb: "the army told the mayor that he ...")."""
        subject = token.head if token.dep_ == "poss" else token
        word = token.lower_
        if token.pos_ != "PRON" or subject.dep_ not in ("nsubj", "nsubjpass") or (
            subject.head.dep_ != "ccomp" or word not in _SPEAKER_PRONOUNS
        ):
            return None
        verb = subject.head.head
        if verb.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("dobj", "dative") for c in verb.children):
            return None
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if noun is None or noun.pos_ != "NOUN" or noun.i > token.i or any(
            t.i in cx.by_token for t in noun.subtree
        ):
            return None
        if (word in _PLURAL_PRONOUNS) != (noun.tag_ == "NNS" and verb.tag_ != "VBZ"):
            return None  # ("the army said they ...", "the govt says they ...": someone else)
        return noun if self.sector_code(noun) is not None or is_reference(noun) else None

    @staticmethod
    def _nested_owner(cx: CodingContext, token: Token) -> Span | None:
        """The actor named at the head of a chain of noun compounds, each right before the
        next, that ends at ``token`` ("two ISIL weapons caches", "an ISIL vehicle bomb
        factory": ISIL), else ``None``; a mention right before ``token`` is its direct owner,
        read by the caller; a name ("U.K. ships HMS Ocean") is its own actor, and a compound
        not right before the next word is no link ("UN rights office report")."""
        if token.pos_ != "NOUN":
            return None
        child = next((c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                      and c.i == token.i - 1 and c.i not in cx.by_token), None)
        while child is not None:
            owner = next((c for c in child.lefts if c.dep_ == "compound"
                          and c.i == child.i - 1), None)
            if owner is not None and owner.i in cx.by_token:
                return cx.by_token[owner.i]
            child = owner if owner is not None and owner.pos_ == "NOUN" else None
        return None

    def nearer_plural_force(self, cx: CodingContext, token: Token,
                            ref: Span | None) -> Span | None:
        """The plural sector noun a plural pronoun refers to when it stands between the
        pronoun and the singular mention the resolver found, or in the sentence before when
        it found none: "Israel invaded Lebanon, and its forces reached Beirut, where they
        besieged ...", "French troops are leaving. Senegal wants them out too" (the forces,
        the troops: a state is "it"). Not a side of the pronoun's own verb, nor a noun whose
        phrase holds the pronoun ("the failure of Dutch peacekeepers to protect them"); only
        a noun that names its actor."""
        if token.lower_ not in _PLURAL_PRONOUNS or (
            ref is not None and ref.root.tag_ in ("NNS", "NNPS")
        ):
            return None
        sent = token.sent
        start = ref.end if ref is not None else (
            cx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start)
        for noun in reversed(cx.doc[start : token.i]):
            if noun.tag_ != "NNS" or noun.i in cx.by_token or noun.dep_ == "compound" or (
                self.noun_sector(noun) is None
            ) or noun.left_edge.i <= token.i <= noun.right_edge.i or (
                noun.head.i == token.head.i
            ):
                continue
            body = self.actor_arg(cx, noun, deep=False).span
            if body is not None and not self.dictionary.is_person(body.id_):
                return body
        return None

    def owned_body(self, cx: CodingContext, token: Token, ref: Span | None) -> Span | None:
        """The body a pronoun refers to when its referent is the owner word of that body:
        "Somalia's army said it had killed 40 fighters", "Myanmar's junta said it would
        release 9,000 prisoners", "Nigerian police said they arrested 30" (the army, the
        junta, the police, as the body's own phrase is coded; not the state). ``None`` when
        the referent owns no body, or the body is a person ("Iran's foreign minister said
        it ...": Iran)."""
        if ref is None or token.lower_ not in _BODY_PRONOUNS:
            return None
        owner = ref.root
        head = owner.head
        if owner.dep_ not in ("poss", "amod", "compound") or head.i in range(
            ref.start, ref.end
        ) or head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in _PERSON_TITLES or (
            head.i > token.i
        ) or (token.dep_ == "poss" and token.head.i in {c.i for c in head.conjuncts}):
            return None  # ("Burkina Faso's army and its auxiliaries": another body, not the army)
        body = self.actor_arg(cx, head, deep=False).span
        if body is None or body.id_ == ref.id_ or self.dictionary.is_person(body.id_):
            return None
        return body

    def seated_abroad(self, actor_id: str) -> bool:
        """Whether the country of ``actor_id`` is only where an international body sits, no
        guess for the people around it: an IGO ("the UN": USA), an NGO whose names do not
        name its country ("the Red Cross": CHE, "Human Rights Watch": USA), unlike a
        national one ("the Yemen Red Crescent": YEM)."""
        if actor_id not in self._abroad:
            actor = self.dictionary.get(actor_id)
            abroad = actor is not None and actor.kind in ("igo", "ngo")
            if abroad and actor is not None and actor.kind == "ngo" and actor.country:
                state = self.dictionary.get(actor.country)
                words = {w.casefold() for w in (*(
                    (state.name, *state.aliases) if state is not None else ()), *(
                    d for d, iso in self.dictionary.demonyms.items() if iso == actor.country))}
                names = " ".join((actor.name, *actor.aliases)).casefold()
                abroad = not any(re.search(rf"\b{re.escape(w)}\b", names) for w in words if w)
            self._abroad[actor_id] = abroad
        return self._abroad[actor_id]

    def _generic(self, actor_id: str) -> bool:
        """Whether ``actor_id`` is a state's generic sector ("GTM.GOV"), as a title alone
        names one."""
        actor = self.dictionary.get(actor_id)
        return actor is not None and actor.sector is not None and actor.id == (
            f"{actor.country}.{actor.sector}")

    def counted_nationals(self, cx: CodingContext, token: Token, span: Span) -> Span | None:
        """A state's people counted by number ("30 Britons", "tens of thousands of Lebanese",
        "scores of Afghans") or gathered in a band ("a group of Colombians") as the state's
        civilians; ``None`` for anything else ("the Americans", "Syria")."""
        actor = self.dictionary.get(span.id_)
        if actor is None or actor.kind != "state" or not actor.country or len(span) != 1:
            return None
        if token.tag_ not in ("NNS", "NNPS") and token.ent_type_ != "NORP":
            return None
        counted = any(c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in self.quantity_words)
                      for c in token.children)
        head = token.head
        if not counted and token.dep_ == "pobj" and head.lower_ == "of":
            counter = head.head
            counted = counter.pos_ == "NUM" or counter.lower_ in self.quantity_words or (
                counter.lemma_.lower() in self.national_bands)
        if not counted:
            return None
        return _inferred(cx, token, f"{actor.country}.CIV")

    def nationals(self, cx: CodingContext, arg: Argument | None) -> Argument | None:
        """A state's people named by its demonym as a noun, the target of an act done to
        people (``people_types``: "attacks against Salvadorans", "released the Belizeans",
        "the American had not been sentenced"): its civilians, as labelled. The demonym as an
        adjective ("Ukrainian troops") or the state's name ("attacked Syria") stays."""
        if arg is None or arg.span is None or arg.via_reference or len(arg.span) != 1:
            return arg
        token = arg.span.root
        actor = self.dictionary.get(arg.span.id_)
        if actor is None or actor.kind != "state" or not actor.country or (
            token.i != arg.token.i or token.dep_ in ("amod", "compound", "poss", "nmod")
            or self.dictionary.demonyms.get(token.lower_) != actor.country
        ):
            return arg
        if not token.lower_.endswith("s") and not any(c.dep_ == "det" for c in token.children):
            # a lone singular demonym is an adjective misread ("blamed Ukrainian shelling")
            return arg
        people = _inferred(cx, token, f"{actor.country}.CIV")
        return Argument(arg.token, people, inferred=True, learned=arg.learned)

    def state_thing(self, cx: CodingContext, arg: Argument | None) -> Argument | None:
        """The thing an attack hits named with a state's word before it ("shot down a
        Ukrainian transport plane", "fired at a Philippine supply boat", "hurled dynamite at
        U.S. embassy facilities"): whose the thing is (``sectors.yaml``'s ``struck``: the
        state's military, government, civilians), as a bare thing is; the state's word stays
        when the noun names no such thing ("attacked Syrian territory")."""
        if arg is None or arg.span is None or arg.via_reference:
            return arg
        token, span = arg.token, arg.span
        actor = self.dictionary.get(span.id_)
        if actor is None or actor.kind != "state" or not actor.country or (
            token.i in range(span.start, span.end) or token.pos_ != "NOUN"
            or span.root.head.i != token.i
            or span.root.dep_ not in ("amod", "compound", "nmod", "poss")
        ):
            return arg
        code = self.struck_code(token)
        if code is None:
            return arg
        thing = _inferred(cx, token, actor.country if code == _STATE
                          else f"{actor.country}.{code}")
        return Argument(token, thing, inferred=True, learned=arg.learned)

    def other_referent(self, cx: CodingContext, arg: Argument, source: str) -> Argument | None:
        """``arg`` read by a pronoun ("them", "its positions") resolved past the actors that
        would make it the ``source`` itself, or ``None``."""
        # a count of the pronoun's people reads them through it too: "killed 63 of its
        # soldiers", "shot 19 of them" (the count heads the argument, the pronoun is below)
        token = self.counted(arg.token)
        if not arg.via_reference and token is arg.token:
            return None
        # (an object "them", not "it", often a thing, nor a subject: "warned it would")
        word = token if is_reference(token) and token.pos_ == "PRON" and token.lower_ != "it" and (
            token.dep_ in ("dobj", "dative", "pobj")) else next(
            (c for c in token.children if c.dep_ == "poss" and is_reference(c)), None)
        if word is None or (word is not token and self.sector_code(token) is None):
            return None  # (only a sector is someone else's: "its positions", not "its land")
        mentions = list(cx.mentions)
        for _ in range(3):
            ref = resolve_reference(word, mentions, self.dictionary, self.place_preps)
            if ref is None:
                return None
            span = ref if word is token else self.sector_span(cx, token, ref) or ref
            if span.id_ != source:
                return Argument(token, span, via_reference=True)
            mentions = [m for m in mentions if m.id_ != ref.id_]
        return None

    def first_person(self, cx: CodingContext, arg: Argument, frame: Frame,
                     sent: Span) -> Argument:
        """``arg`` as the speaker's side when it is "we", "us" or "our X" inside the quote
        or reported clause of a named speaker ("our fighters": the speaker's fighters; a
        person speaks for the body the dictionary gives them, else for themselves)."""
        speaker = frame.asserted_by
        if arg.span is not None or speaker is None or speaker.span is None:
            return arg
        word = _first_plural(arg.token)
        if word is None or speaker.span.start <= word.i < speaker.span.end:
            return arg
        if not _in_quote_if_any(word, sent):  # "we" outside the quote is the author's
            return arg
        owner = speaker.span
        if self.dictionary.is_person(owner.id_):
            body = self._speaks_for(cx, speaker, owner)
            if body is not None:
                owner = Span(word.doc, word.i, word.i + 1, label="ACTOR", span_id=body)
        if word is not arg.token:  # "our forces": the speaker's forces
            actor = self.dictionary.get(owner.id_)
            code = self.sector_code(arg.token)
            if code is None:  # "our image", "our campaign": no actor
                return arg
            if actor is not None and actor.country and (
                actor.kind == "state" or actor.sector
            ):  # "our soldiers" said by Rwanda or by its government: Rwanda's military
                state = Span(word.doc, word.i, word.i + 1, label="ACTOR", span_id=actor.country)
                sector = self.sector_span(cx, arg.token, state)
                if sector is not None:
                    return Argument(arg.token, sector, via_reference=True)
        return Argument(arg.token, owner, via_reference=True)

    def _speaks_for(self, cx: CodingContext, speaker: Argument, person: Span) -> str | None:
        """The body a person speaker speaks for: one the sentence names beside them ("Abu
        Obeida, a Hamas spokesman", "Hamas spokesman Abu Obeida"), else the role the
        dictionary gives them on the text's date, else their one standing role."""
        beside = [t for c in speaker.token.children if c.dep_ in _TITLE_DEPS for t in c.subtree
                  if not any(a.dep_ in ("relcl", "acl") for a in t.ancestors
                             if a.i != speaker.token.i and a in c.subtree)]
        for t in beside:  # (not "Abu Obeida, who threatened Israel, said")
            named = cx.by_token.get(t.i)
            body = self.dictionary.get(named.id_) if named is not None else None
            if named is not None and named != person and body is not None and (
                body.kind != "person"
            ):
                return named.id_
        date = cx.thread.last_date or (cx.post.time or "")[:10] or None
        if date:
            held = self.dictionary.resolve(person.id_, date)
            if held != person.id_:
                return held
        actor = self.dictionary.get(person.id_)
        standing = {a.actor for a in actor.affiliations if not (a.start or a.end)} if (
            actor is not None) else set()
        return next(iter(standing)) if len(standing) == 1 else None

    def agent(self, cx: CodingContext, verb: Token) -> Argument | None:
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.actor_arg(cx, pobj)
        return None

    def expand(self, cx: CodingContext, token: Token) -> list[Argument]:
        """The argument headed by ``token`` and by its conjuncts ("Iran and Syria"), and the
        actors of a list in its modifier ("US and British warships": the US's too)."""
        args: list[Argument] = []
        for head in (token, *token.conjuncts):
            members = [self.actor_arg(cx, m, deep=False) for m in _listed_in_apposition(head)]
            named = _named_in_apposition(head) if not members else []
            if named:
                # bodies the dictionary holds (a person after a title is the title's own
                # reading, "prime minister X"; nor a speaker the entity reader took for an
                # organisation: "foreign minister Badr Oumar"), the first the whole
                # apposition (not "the tanker Marlin Luanda": a place ends the ship's name)
                spans = [cx.by_token.get(m.i) for m in named]
                first = spans[0]
                members = [Argument(m, a) for m, a in zip(named, spans, strict=True)
                           if a is not None and not a.id_.startswith("PRV.")
                           and not self.dictionary.is_person(a.id_)
                           ] if first is not None and first.start <= _name_start(named[0]) else []
            listed = [a for a in members if a.span is not None]
            # a name before the list is its first member ("Mali, Burkina Faso and Niger");
            # a common noun only gathers the members ("the hostages, a Swiss engineer and
            # two nurses")
            if not listed or head.pos_ == "PROPN":
                args.append(self.actor_arg(cx, head))
            known = {a.actor for a in args}
            args += [a for a in listed if a.actor not in known]
        for head in (token, *token.conjuncts):
            # "dozens of Wagner mercenaries and Malian soldiers": each group counted
            if head.pos_ == "NUM" or head.lower_ in self.quantity_words:
                counted = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj"]
                args += [self.actor_arg(cx, c) for c in (counted[0].conjuncts if counted
                                                         else ())]
            else:
                args += self._owners_listed(cx, head)
        seen = {a.actor for a in args if a.span is not None}
        for head in (token, *token.conjuncts):
            for child in head.children:
                if child.dep_ not in ("nmod", "amod", "compound") or not child.conjuncts:
                    continue
                for member in (child, *child.conjuncts):
                    owner = cx.by_token.get(member.i)
                    if owner is None or head.i in range(owner.start, owner.end):
                        continue  # no actor, or the one the head's own mention names
                    span = self.sector_span(cx, head, owner) or owner
                    if span.id_ not in seen:
                        seen.add(span.id_)
                        args.append(Argument(head, span, inferred=span is not owner))
        return args

    def series_items(self, token: Token) -> list[Token]:
        """The acts a series noun gathers ("attacks" in "a wave of attacks"), else ``[]``."""
        if token.lemma_.lower() not in self.series_nouns:
            return []
        return self._pobjs(token, ("of",))[:1]

    def series_of(self, noun: Token) -> Token:
        """The series noun that gathers the act ``noun`` ("a wave of attacks", "a state of
        siege"), else ``noun`` itself."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and (
            head.head.lemma_.lower() in self.series_nouns
        ):
            return head.head
        return noun

    def _owners_listed(self, cx: CodingContext, head: Token) -> list[Argument]:
        """The other owners of a list after "of" or "from" on a noun that stands for its first
        one ("the foreign ministers of Congo and Rwanda", "leaders of the US, Japan and South
        Korea", "troops from Chad and Niger": Rwanda's, Japan's and South Korea's, Niger's
        too); ``[]`` otherwise."""
        if head.i in cx.by_token:
            return []
        # "troops from Chad and Niger": people from each listed state, each its own side
        owners = (self._pobjs(head, ("of",)) or self._pobjs(head, ("from",)))[:1]
        if not owners or not owners[0].conjuncts:
            return []
        first = self.actor_arg(cx, head).span
        owner = self.actor_arg(cx, owners[0], deep=False).span
        if first is None or owner is None:
            return []
        # "the governments of Chile and Peru": the noun is the first owner's sector (CHL.GOV),
        # and so each listed owner's (PER.GOV)
        sector = not first.start <= owners[0].i < first.end
        if sector and first.id_ != getattr(self.sector_span(cx, head, owner), "id_", None):
            return []  # (the noun names someone else: "Iran's allies of Hamas and ...")
        listed = [self.actor_arg(cx, c, deep=False).span for c in owners[0].conjuncts]
        return [Argument(head, self.sector_span(cx, head, span) or span, inferred=True)
                if sector else Argument(head, span) for span in listed if span is not None]

    def subjects(self, cx: CodingContext, verb: Token, seen: int = 0) -> list[Argument]:
        if seen > 6:
            return []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if passive:
            agent = self.agent(cx, verb)
            if agent is None and seen > 0:
                # the controller of a complement: "the UK is committed to supporting X",
                # "Iran was urged to halt": the passive subject acts
                subject = [c for c in verb.children if c.dep_ == "nsubjpass"]
                return self.expand(cx, subject[0]) if subject else []
            if agent is None:
                # "killed in an Israeli airstrike": the maker of the event that did it
                for pobj in self._pobjs(verb, ("in", "during", "by")):
                    if pobj.lemma_.lower() in self.lexicon.nouns:
                        maker = self.actor_arg(cx, pobj, deep=False)
                        if maker.span is not None:
                            return [maker]
                        foes = self._fight_foes(cx, pobj)
                        if foes:
                            return foes
            return [a for t in ([agent.token] if agent else []) for a in self.expand(cx, t)]
        by = self._participle_agent(cx, verb)
        if by is not None:
            return by
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                child = _participle_subject(child) or child
                return self._firer(cx, child) or self.expand(cx, child)
        hyphen = self._hyphen_agent(cx, verb)
        if hyphen is not None:
            return [hyphen]
        recovered = self._recovered_subject(cx, verb)
        if recovered is not None:
            return [recovered]
        head = verb.head
        if head == verb:
            before = _fragment_after(verb)
            return self.subjects(cx, before, seen + 1) if before is not None else []
        if verb.dep_ == "conj":
            partner = _passive_partner(verb)
            if partner is not None:  # "were beaten and arrested": no doer but the passive's agent
                agent = self.agent(cx, verb) or self.agent(cx, partner)
                return [a for t in ([agent.token] if agent else []) for a in self.expand(cx, t)]
            return self.subjects(cx, head, seen + 1)
        if _loose_conjunct(verb):
            return self.subjects(cx, head, seen + 1)
        if verb.dep_ in ("xcomp", "advcl"):
            objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            infinitive = any(c.tag_ == "TO" for c in verb.children)
            directive = verb.dep_ == "xcomp" or (
                infinitive and head.lemma_.lower() in self.directive_verbs
            )
            if objs and directive and head.lemma_.lower() not in self.intention_verbs:
                controlled = self.expand(cx, objs[0])  # object control: "tasked X to establish Y"
                if any(a.span is not None for a in controlled):
                    return controlled
            # "Tehran used this array to wage a war": the array is a means, Tehran wages.
            return self.subjects(cx, head, seen + 1)
        if verb.dep_ == "relcl" and not passive:
            return self.expand(cx, head)
        if verb.dep_ == "acl" and head.pos_ == "NOUN" and not passive and verb.tag_ != "VBN":
            # "Washington's decision to recognise X", "its efforts to defeat ISIL": the
            # noun's owner acts
            for child in head.lefts:
                if child.dep_ in ("poss", "compound", "amod", "nmod"):
                    owner = self.actor_arg(cx, child)
                    if owner.span is not None:
                        return [owner]
        doers = self._people_doing(cx, verb)
        if doers is not None:
            return doers
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            governor = head.head
            objs = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
            # "accused X of supplying ...": X supplies; "denied arming ...": the denier arms;
            # "dealt X a blow by arresting ...": the dealer arrests, but "accused X of
            # complicity by arming Y": the act X is charged with
            charged = any(c.dep_ == "prep" and c.lower_ == "of"
                          for t in (governor, *objs[:1]) for c in t.children)
            if objs and governor.pos_ in ("VERB", "AUX") and (
                    charged or head.lower_ not in self.subject_gerund_preps):
                return self.expand(cx, objs[0])
            if governor.pos_ in ("VERB", "AUX"):
                return self.subjects(cx, governor, seen + 1)
        if verb.dep_ == "ccomp" and verb.tag_ == "VBG":
            return self.subjects(cx, head, seen + 1)
        if verb.dep_ == "acomp" and seen > 0:
            # "the UK is committed to continuing to provide ...": whoever is committed
            return self.subjects(cx, head, seen + 1)
        return []

    def _fight_foes(self, cx: CodingContext, fight: Token) -> list[Argument]:
        """The other side of a fight named by ``fight`` ("three rebels were killed in a clash
        with the army": the army), a side its sector noun names too; none for a noun that is
        no two-sided fight ("killed in talks with")."""
        lemma = fight.lemma_.lower()
        if lemma not in self.mutual_words and fight.lower_ not in self.mutual_words or not any(
            p.type == "ASSAULT" for p in self.lexicon.nouns.get(lemma, ())
        ):
            return []
        return [a for t in self._pobjs(fight, ("with",))[:1] for a in self.expand(cx, t)
                if a.span is not None or self.sector_code(a.token) is not None]

    def _participle_agent(self, cx: CodingContext, verb: Token) -> list[Argument] | None:
        """The agent of a participle that modifies a noun ("a deal brokered by China", "the
        truce mediated by Egypt"): the one who brokers, not a side of the deal; a sector
        noun too, whose country the builder infers ("the plan proposed by the government":
        the government's, not the clause subject's); ``None`` for a participle with no
        actor after its "by"."""
        if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "amod"):
            return None
        agent = self.agent(cx, verb)
        if agent is None or (agent.span is None and self.sector_code(agent.token) is None):
            return None
        return self.expand(cx, agent.token)

    def _parties_of(self, cx: CodingContext, noun: Token) -> list[Argument]:
        """The actors of the clause a noun sits in ("Iran and Saudi Arabia agreed in a deal
        brokered by China", "the rebels accepted a truce mediated by Qatar"): the sides
        the broker of the deal or truce dealt with."""
        clause = noun
        while clause.dep_ in ("pobj", "prep", "dobj", "obj", "appos") and clause.head != clause:
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        return [a for a in self.subjects(cx, clause) if a.span is not None]

    def _firer(self, cx: CodingContext, subject: Token) -> list[Argument] | None:
        """Whoever fired or sent a subject with no actor of its own ("a missile fired by the
        Houthis struck the port", "rockets launched by Hezbollah hit a town"): the agent
        of the participle that describes it acts; ``None`` otherwise."""
        if subject.i in cx.by_token:
            return None
        for child in subject.children:
            if child.dep_ == "acl" and child.lemma_.lower() in self.firing_verbs:
                found = self._participle_agent(cx, child)
                if found:
                    return found
        return None

    def _hyphen_agent(self, cx: CodingContext, verb: Token) -> Argument | None:
        """The actor before a hyphenated participle that modifies a noun: "a UN-brokered
        truce", "a Qatar-mediated deal", "a UN-backed mission" (the UN brokers, backs)."""
        if verb.tag_ != "VBN" or verb.dep_ not in ("amod", "compound", "nmod"):
            return None
        for child in verb.lefts:
            if child.dep_ in ("npadvmod", "compound", "nmod") and child.i in cx.by_token:
                return Argument(child, cx.by_token[child.i])
        doc = verb.doc
        # "UN - backed mission": the parser hangs the actor on the noun, not the participle
        if verb.i >= 2 and doc[verb.i - 1].text in ("-", "\u2010", "\u2011"):
            span = cx.by_token.get(verb.i - 2)
            if span is not None:
                return Argument(doc[verb.i - 2], span)
        return None

    def _people_doing(self, cx: CodingContext, verb: Token) -> list[Argument] | None:
        """The actors a present participle describes as doing its act ("fired on
        opposition supporters protesting in Dakar", "opened fire on crowds demanding the
        release of ..."): the noun it hangs on, when that noun names an actor or unarmed
        people of a sector (whose country the builder gives); ``None`` otherwise (an
        owner's act: "its efforts to defeat ISIL"; a bare armed "fighters" or "drones",
        whose country a guess would give: "enemy fighters firing on Iraqi forces" are not
        Iraq's)."""
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("NOUN", "PROPN"):
            return None
        doer = self.actor_arg(cx, verb.head, deep=False)
        if doer.span is not None or self.sector_code(doer.token) not in (None, *_FORCE_SECTORS):
            return [doer]
        return None

    def _recovered_subject(self, cx: CodingContext, verb: Token) -> Argument | None:
        """The subject of a clause the parser read as a noun phrase (:func:`misparsed_clause`),
        for its adjective-tagged verb ("armed") or a verb conjoined to its ROOT noun ("the
        Quds Force armed Shiite militias and sent them money": the Quds Force sends)."""
        if verb.pos_ == "ADJ":
            words = [verb]
        elif verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
            words = [c for c in verb.head.lefts if c.dep_ == "amod"]
        else:
            return None
        for word in words:
            mention = misparsed_clause(cx, word, self.lexicon.verbs)
            if mention is not None:
                return Argument(mention.root, mention)
        return None

    def place_in_post(self, cx: CodingContext, name: str) -> Location | None:
        """The place called ``name`` in this post: the gazetteer's (the most populous of the
        name), unless that lies outside the home countries of the actors the post names
        and a namesake lies in exactly one of them ("AGUILARES" in a post about the FMLN:
        El Salvador's town, not Argentina's bigger one); ``None`` for a name several
        countries share when none of them is the home of a body that acts at home ("SAN
        JOSE" in a post about the FMLN)."""
        where = self.gazetteer.resolve(name)
        if where is None or not where.country:
            return where
        homes = {h for m in cx.mentions for h in [self.dictionary.home(m.id_)] if h}
        if where.country in homes:
            return where
        namesakes = self.gazetteer.namesakes(name)
        here = [c for c in namesakes if c.country in homes]
        if here and len({c.country for c in here}) == 1:
            return here[0]
        # the countries of the bodies that act at home (a government, its police, a rebel
        # group: not an army or a state, which may act abroad: "US drones near Kandahar"),
        # or a state named as a place ("near Santa Cruz, in Bolivia")
        local = {a.country for m in cx.mentions for a in [self.dictionary.get(m.id_)]
                 if a is not None and a.country and (a.kind in _LOCAL_KINDS or (
                     a.kind == "state" and m.root.dep_ == "pobj"
                     and m.root.head.lower_ in self.place_preps))}
        if local and not here and len({c.country for c in namesakes}) > 1 and (
            where.country not in local
        ):
            # a name many countries share, none of them the post's ("SAN JOSE" in a post
            # about the FMLN): a town the gazetteer does not know, not the biggest abroad
            return None
        return where

    def division_place(self, cx: CodingContext, name: Span) -> Location | None:
        """The place called ``name`` where the text writes it as a division of a country
        ("CABANAS DEPARTMENT", "the province of Ayacucho"): the one country's division of that
        name before any town, whose namesakes abroad may be bigger (Cuba's Cabañas); else a
        town of a proper name ("STATE OF SIEGE" names no place)."""
        where = self.gazetteer.division(name.text)
        if where is None and all(t.pos_ == "PROPN" for t in name):
            where = self.place_in_post(cx, name.text)
        return where

    def named_divisions(self, cx: CodingContext, span: Span) -> list[Location]:
        """The divisions of a country ``span`` names with their noun, read from the words
        alone (a sentence with no trigger is not parsed, and the entity reader takes "LA
        UNION DEPARTMENT" for an organisation or misses "THE DEPARTMENT OF CABANAS"): the
        longest run of up to three words before the noun, or after its "of", that the
        gazetteer holds as one country's division; not where a known actor's name holds
        the noun itself ("the State Department")."""
        found = []
        doc = span.doc
        for token in span:
            if _DIVISION_NOUNS.isdisjoint((token.lower_, token.lower_[:-1])):
                continue
            mention = cx.by_token.get(token.i)
            if mention is not None and not mention.id_.startswith("PRV."):
                continue
            runs = [doc[max(span.start, token.i - k) : token.i] for k in (3, 2, 1)]
            if token.i + 1 < span.end and doc[token.i + 1].lower_ == "of":
                after = token.i + 2
                runs += [doc[after : min(span.end, after + k)] for k in (3, 2, 1)]
            where = next((w for run in runs if run and all(t.is_alpha for t in run)
                          for w in [self.gazetteer.division(run.text)] if w is not None), None)
            if where is not None and where.country:
                found.append(where)
        return found

    def sentence_place(self, cx: CodingContext, sent: Span,
                       other: frozenset[str] = frozenset()) -> Location | None:
        """The place the sentence ``sent`` names, for a sector noun with no country of its
        own. When its places point to several countries, the surest wins: a state named
        as a place ("IN EL SALVADOR", "SOUTH OF SAN SALVADOR") or a division named with its
        noun ("CAQUETA DEPARTMENT"), then a town whose name the
        gazetteer knows in one country only ("Dili"), then one of a name many countries
        share ("Santa Cruz", "San Jose"); a tie keeps the first place named."""
        found: list[tuple[int, Location]] = []
        for ent in sent.ents:
            # (a name before "department" or "province" is a place whatever the entity
            # reader took it for: "ANTIOQUIA DEPARTMENT", "CHALATENANGO DEPARTMENT")
            division = _named_division(ent)
            if (ent.label_ in ("GPE", "LOC") or division) and not any(
                t.i in cx.by_token for t in ent
            ) and not _no_place(ent):
                where = ((division and self.gazetteer.division(ent.text))
                         or self.place_in_post(cx, ent.text))
                if where is not None:
                    # (a named division holds the town beside it: "IN MORELIA, CAQUETA
                    # DEPARTMENT" is Colombia's Morelia, whatever town abroad is bigger)
                    shared = {c.country for c in self.gazetteer.namesakes(ent.text)}
                    found.append((0 if division else 2 if len(shared) > 1 else 1, where))
        found += [(0, where) for where in self.named_divisions(cx, sent)]
        if not found:
            return None
        for m in cx.mentions:
            actor = self.dictionary.get(m.id_)
            root = m.root
            if m.start < sent.start or m.end > sent.end or actor is None or (
                actor.kind != "state" or not actor.country or m.id_ in other
                or root.dep_ != "pobj"
            ):
                continue
            prep = root.head
            if prep.lower_ in self.place_preps or (
                prep.lower_ == "of" and prep.head.lower_ in _DIRECTIONS
            ):
                state = self.gazetteer.country(actor.country)
                if state is not None:
                    found.append((0, state))
        if len({w.country for _, w in found}) == 1:
            return found[0][1]
        best = min(rank for rank, _ in found)
        surest = [w for rank, w in found if rank == best]
        return surest[0] if len({w.country for w in surest}) == 1 else found[0][1]

    def _pobjs(self, head: Token, preps: Iterable[str]) -> list[Token]:
        return [p for c in head.children if c.dep_ == "prep" and c.lower_ in preps
                for p in c.children if p.dep_ == "pobj"]

    def _is_state(self, actor_id: str) -> bool:
        """Whether ``actor_id`` is a state, not one of its bodies ("the officers of the
        national police" are the police's, not the army's)."""
        actor = self.dictionary.get(actor_id)
        return actor is not None and actor.kind == "state"

    def _own_modifier(self, cx: CodingContext, token: Token) -> bool:
        """Whether the noun ``token`` has a modifier that names an actor of its own."""
        return any(c.dep_ in ("compound", "nmod", "amod") and c.i in cx.by_token
                   for c in token.children)

    def _persons_people(self, cx: CodingContext, token: Token, person: Span) -> Span | None:
        """Who "his" or "her" names with the noun ``token`` when the owner is a person: his
        nation's civilians ("his people"), else no one the text names ("his allies", "her
        husband", "his party" are not the person himself)."""
        actor = self.dictionary.get(person.id_)
        if actor is None or not actor.country or token.lemma_.lower() not in _NATION_NOUNS:
            return None
        return _inferred(cx, token, f"{actor.country}.CIV")

    def sector_span(self, cx: CodingContext, token: Token, owner: Span) -> Span | None:
        """``token`` as a sector of the state ``owner`` names: "Iraq's government" -> IRQ.GOV;
        also a noun that names a sector only after its owner ("the ministry said its
        aircraft struck": the army's)."""
        code = self.sector_code(token) or self.force_modifier(token) or (None if any(
            c.dep_ == "compound" for c in token.lefts  # (a trade: "a diving instructor")
        ) else self._owned_sector_nouns.get(token.lower_))
        actor = self.dictionary.get(owner.id_)
        if code is None or actor is None or not actor.country:
            return None
        # a state's sector owns another sector's people as the state does: "Georgian
        # government troops", "junta jets" are the army (not a sector's own: "IRGC
        # commanders", "Kremlin officials")
        # (so do the government's own bodies: "the defence ministry said its troops", "the
        # Kremlin's soldiers" are the state's army)
        body = actor.kind == "government" and actor.id.startswith(f"{actor.country}.GOV")
        if actor.kind != "state" and not (
            actor.sector and actor.sector != code and actor.id == f"{actor.country}.{actor.sector}"
        ) and not (body and code != "GOV"):
            return None
        # "Myanmar's junta", "Sudan's army": the institution the dictionary names so;
        # "Serbia's president" (on the text's date): the person who holds the office
        named = self.institution(token, actor.country) if actor.kind == "state" else None
        if named is None and actor.kind == "state" and code == "GOV":
            named = self.office_holder(cx, token, actor.country)
        return _inferred(cx, token, named or f"{actor.country}.{code}")

    def force_modifier(self, token: Token) -> str | None:
        """The armed sector (MIL, POL, INT) a noun modifier of ``token`` names as a phrase of
        its own: "a Nigerian air force jet", "an Omani air force plane" (MIL), "a Taiwanese
        coast guard boat" (POL), "a Beninese army post"; the state's word on such a thing
        names that force, as the labels code it and as "Nigerian jets" reads; else
        ``None``. Only for a force's craft or unit (cue ``deployed_forces``, a sector's
        ``after_country`` word, :data:`_FORCE_CRAFT`), not an act or a place ("a joint coast
        guard exercise", "its military aid", "a police academy")."""
        words = (token.lower_, token.lemma_.lower())
        if not any(w in self.deployed_forces or w in self._owned_sector_nouns
                   or w in _FORCE_CRAFT for w in words):
            return None
        return next((code for c in token.lefts if c.dep_ in ("compound", "amod")
                     for code in [self.sector_code(c)] if code in _FORCE_SECTORS), None)

    def institution(self, token: Token, country: str) -> str | None:
        """The dictionary entry that ``country``'s word and the noun ``token`` (with the
        modifiers it takes: "coast guard", "defence ministry") name together, or ``None``
        (:meth:`ActorDictionary.institution`)."""
        doc = token.doc
        start = token.i
        while start > max(0, token.i - 2) and doc[start - 1].head.i == token.i and (
            doc[start - 1].dep_ in ("compound", "amod")
        ):
            start -= 1
        for first in range(start, token.i + 1):
            words = " ".join(t.lower_ for t in doc[first : token.i + 1])
            named = self.dictionary.institution(country, words)
            if named is not None:
                return named
        return None

    def the_institution(self, token: Token, country: str) -> str | None:
        """:meth:`institution` for a noun with the definite article only: "the army" of a
        state the dictionary gives one army is that army (docs/LABELLING.md: "the army" in a
        text about Mali is MLI.MIL.FAMA); "an army", "armies" name no one body."""
        return self.institution(token, country) if any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children) else None

    def junta_force(self, token: Token, country: str) -> str | None:
        """The army the dictionary gives ``country`` for a force the word "junta" qualifies
        ("junta troops", "junta jets", "more than 300 junta soldiers": the junta's army, as
        labelled, MMR.MIL.TATMADAW), else ``None``."""
        if not self.is_force(token) or not any(
                c.lower_ == "junta" and c.dep_ in ("compound", "amod", "nmod")
                for c in token.lefts):
            return None
        return self.institution_of(country, _ARMY_WORDS)

    def institution_of(self, country: str, words: Iterable[str]) -> str | None:
        """The first entry the dictionary gives ``country`` with one of ``words``."""
        return next((named for w in words
                     for named in [self.dictionary.institution(country, w)] if named), None)

    def office_holder(self, cx: CodingContext, token: Token, country: str) -> str | None:
        """The person who holds the office the singular title ``token`` names in
        ``country`` on the text's date ("Serbia's president"), or ``None``: no date, a
        former or future holder ("the former president"), several titles or none."""
        date = cx.thread.last_date or (cx.post.time or "")[:10] or None
        if date is None or token.tag_ != "NN" or any(
            c.dep_ == "amod" and c.lower_ in _NOT_IN_OFFICE for c in token.children
        ):
            return None
        # the whole title, its modifiers too: "deputy prime minister" is not "prime minister"
        words = [t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod")
                 and t.lower_ not in _IN_OFFICE] + [token.lower_]
        return self.dictionary.office_holder(country, " ".join(words), date)

    def _leader(self, cx: CodingContext, group: Span) -> Span | None:
        """The actor that leads the generic group ``group`` ("US-led forces": the US
        military; "forces led by the RSF": the RSF), or ``None``."""
        head = group.root
        leaders = [cx.by_token[t.i] for c in head.children
                   if c.dep_ == "amod" and c.lemma_.lower() == "lead"
                   for t in c.subtree if t.i in cx.by_token and cx.by_token[t.i] != group]
        if not leaders:
            for c in head.children:
                if c.dep_ == "acl" and c.lemma_.lower() == "lead":
                    agent = self.agent(cx, c)
                    if agent is not None and agent.span is not None and agent.span != group:
                        leaders.append(agent.span)
        if not leaders:
            # "US - led forces": the parser hangs the leader on the noun
            doc = head.doc
            for i in range(group.start, head.i):
                if doc[i].lemma_.lower() == "lead" and i >= 2 and doc[i - 1].text == "-":
                    inner = cx.by_token.get(i - 2)
                    if inner is not None and inner != group:
                        leaders.append(inner)
        if not leaders:
            return None
        return self.sector_span(cx, head, leaders[0]) or leaders[0]

    def armed_modifier(self, cx: CodingContext, token: Token) -> str | None:
        """The armed sector (MIL, POL) a modifier word of ``token`` names, when no actor:
        "police stations", "the navy headquarters", "the police spokesman"; not where the
        two words are another sector's own phrase ("a military court": JUD)."""
        return next((self._sector_nouns.get(c.lower_) for c in token.lefts
                     if c.dep_ in ("compound", "amod") and c.i not in cx.by_token
                     and self._sector_nouns.get(c.lower_) in _PLACE_SECTORS
                     and self._sector_nouns.get(f"{c.lower_} {token.lemma_.lower()}",
                                                "MIL") in _PLACE_SECTORS), None)

    def elided_sector(self, token: Token) -> str | None:
        """The sector of the noun a bare count leaves out, named with a count of its own
        in a clause conjoined before it: "one soldier was killed and seven were wounded",
        "we killed 15 soldiers and wounded 30" (soldiers both); ``None`` when the earlier
        clause counts no sector's people ("two people were killed and four wounded")."""
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children
        ):
            return None
        first = verb.head if verb.dep_ == "conj" else None
        if first is None or first.i > verb.i:
            return None
        for noun in first.children:
            if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and noun.i < token.i and any(
                c.dep_ == "nummod" for c in noun.children
            ):
                return self.sector_code(noun)
        return None

    def _people_count(self, token: Token) -> bool:
        """Whether ``token`` is a number of people acted on or acting, with no word for
        whom it counts: "killed 31", "detained dozens", "tens of thousands marched"; not
        a sum of money or a measure ("provided $10 million", "sent 500 tonnes")."""
        if token.pos_ != "NUM" and token.lower_ not in _COUNT_WORDS:
            return False
        if _amount(token):
            return False
        if _counts_people(token) or (token.dep_ == "nsubj" and token.lower_ in _COUNT_WORDS):
            return True
        # "tens of thousands": the inner count of a count
        head = token.head
        return (token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _COUNT_WORDS)

    def led_by(self, cx: CodingContext, token: Token, owner: Span) -> Span | None:
        """``token`` as the body the person ``owner`` leads, when it names followers or
        forces: "Haftar's forces" (his armed group, GRP.LNA), "Saddam's army" (the army of
        the state he governs, IRQ.MIL), "Dbeibah's government", "Maduro's side", "Imran
        Khan's supporters" (the body he acts for on the text's date); ``None`` otherwise,
        or for a person the dictionary gives no role."""
        word = token.lemma_.lower()
        code = self.noun_sector(token)
        follower = word in _FOLLOWER_NOUNS or token.lower_ in _FOLLOWER_NOUNS
        if not follower and code not in ("MIL", "REB", "GOV"):
            return None
        person = self.dictionary.get(owner.id_)
        if person is None or person.kind != "person":
            return None
        date = cx.thread.last_date or (cx.post.time or "")[:10] or None
        held = [a.actor for a in person.affiliations if date is None or a.active_on(date)]
        bodies = [b for b in (self.dictionary.get(h) for h in held) if b is not None]
        body: str | None = None
        if follower:
            code = None
        if code in ("MIL", "REB"):  # his fighters: an armed group he leads, else his army
            armed = [b.id for b in bodies if b.kind in _ARMED_KINDS]
            states = [b.country for b in bodies if b.kind == "government" and b.country]
            body = armed[0] if armed else (f"{states[0]}.MIL" if states else None)
        elif code == "GOV":
            governs = [b.id for b in bodies if b.kind == "government"]
            body = governs[0] if governs else None
        else:  # his side, his supporters: whom he acts for
            resolved = self.dictionary.resolve(owner.id_, date) if date else None
            body = resolved if resolved and resolved != owner.id_ else (
                bodies[0].id if len(bodies) == 1 else None)
        if body is None or self.dictionary.get(body) is None:
            return None
        return _inferred(cx, token, body)

    def infer(
        self, cx: CodingContext, arg: Argument, where: Location | None, sent: Span,
        other: frozenset[str] = frozenset(), any_country: bool = False,
        modifiers: bool = False, struck: bool = False, venue: bool = False,
    ) -> Argument:
        """A bare sector noun ("civilians", "soldiers") takes the country the sentence gives:
        the event's place, else the one country the sentence names (with ``any_country``,
        else the one country of its other actors, not the other side's). Never a guess
        between two."""
        token = arg.token
        span = arg.span
        body = self.leader_body(cx, span) if span is not None else None
        if body is not None:
            return Argument(token, body, via_reference=arg.via_reference, inferred=True,
                            learned=arg.learned)
        if span is not None and any(c.dep_ == "poss" and (
            span.start <= c.i < span.end or arg.via_reference) for c in token.children
        ):
            # "Haftar's forces", "his fighters", "Maduro's side": the body a person leads
            # (not "Senegal's president Macky Sall": the president named is the person)
            body = self.led_by(cx, token, span)
            if body is not None:
                return Argument(token, body, via_reference=arg.via_reference, inferred=True,
                                learned=arg.learned)
        if span is not None and span.id_.startswith("GEN.") and "_LED" in span.id_:
            # "US-led forces", "Hamas-led gunmen", "security forces led by the RSF": the
            # leader acts (its sector, for a state), as the labelled corpus codes them
            leader = self._leader(cx, span)
            if leader is not None:
                return Argument(token, leader, via_reference=arg.via_reference, inferred=True,
                                learned=arg.learned)
        if arg.span is None and (token.pos_ == "NUM" or token.lower_ in self.quantity_words
                                 or token.lower_ in _MEMBER_NOUNS
                                 or token.lemma_.lower() in _FORCE_PARTS):
            # "hundreds of civilians", "dozens of soldiers": the people counted; "members of
            # the security forces", "ten members of one family": the body they belong to
            counted = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
            if counted:
                inner = self.infer(cx, self.actor_arg(cx, counted[0]), where, sent, other,
                                   any_country)
                if inner.span is not None:
                    return Argument(token, inner.span, inferred=True)
                if self.sector_code(counted[0]) is not None:
                    return arg  # "dozens of terrorists" left unnamed are no civilians
        if arg.span is not None:
            return arg
        # a title of several words ("the Foreign Secretary") has no country to guess from
        # the sentence's places; one that refines a sector noun ("security forces") has, and
        # so has a force named by several words ("the air force", "the security force")
        code = self.sector_code(token)
        if not self.noun_sector(token) and code not in _FORCE_SECTORS:
            code = None
        if code is None and self._people_count(token):
            # "killed 31", "arrested 400+", "tens of thousands marched"; a count whose noun
            # an earlier clause gave counts the same people ("one soldier was killed and
            # seven were wounded": soldiers)
            code = self.elided_sector(token) or "CIV"
        elif token.pos_ not in ("NOUN", "PROPN"):
            return arg
        # "police stations", "the military airport", "a gendarmerie school", "the police
        # spokesman": a place or person of the armed sector its modifier names (a court
        # stays one: "a military court" is sectors.yaml's judiciary phrase, as labelled)
        code = self.armed_modifier(cx, token) or code
        if code is None and (any_country or modifiers):
            # "a refugee camp", "a labor union headquarters", "government vehicles",
            # "civilian areas": a thing its noun modifier names as a sector's is theirs
            # (an event's side: a speaker's words, "government sources", are attribution's)
            code = next((self.sector_code(c) for c in token.lefts
                         if c.i not in cx.by_token and (
                             (c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN"))
                             or (c.dep_ == "amod" and c.lower_ in _SECTOR_ADJECTIVES))
                         and self.sector_code(c) is not None), None)
        if code is None and struck:
            # the target of an attack that is a thing: "shelled a market", "hit a power
            # station" (the civilians', the state's)
            code = self.struck_code(token)
        if struck and code != "CIV" and self._harmed_as_civilians(token):
            code = "CIV"
        if code is None or any(
            c.dep_ == "amod" and c.lower_ in _NO_COUNTRY
            and f"{c.lower_} {token.lower_}" not in self._sector_nouns  # "foreign ministers"
            and f"{c.lower_} {token.lemma_.lower()}" not in self._sector_nouns
            for c in token.lefts
        ):
            return arg  # ("the international community", "foreign fighters": no one country)
        country = None
        for child in token.lefts:  # "Sweden's ambassador", "the Iraqi army"
            owner = cx.by_token.get(child.i)
            actor = self.dictionary.get(owner.id_) if owner is not None else None
            if (
                actor is not None
                and actor.kind == "state"
                and child.dep_ in ("poss", "compound", "amod")
            ):
                country = actor.country
        if country is None and any_country and self.bare_title(token):
            # an event's side: "the Ambassador will travel to Nairobi", "the President flew
            # to Accra" (a speaker keeps the post's country: the wire reports' "THE MINISTER
            # SAID ... IN SAN SALVADOR" is the Salvadoran minister, as labelled)
            return self.title_body(cx, token) or arg
        if country is None and code == "REB":
            # "the guerrillas", "rebel units", "unidentified gunmen": an armed group the text
            # does not name is no state's, wherever it acts ("the rebels attacked positions
            # in San Salvador" keeps no id, as labelled); only its own demonym gives one
            # ("the Salvadoran guerrillas", read above), or the one group the text names
            group = self.named_rebel_group(cx, token)
            return Argument(token, group, inferred=True) if group is not None else arg
        if country is None and code in _STATE_FORCES:
            # "the army", "the government" in a sentence about a home-grown insurgency ("M23 &
            # the army agreed a truce brokered by washington", "talks between the government
            # and the FMLN in Caracas"): the insurgents' own state's, wherever the talks are
            country = self.insurgents_home(cx, sent)
        venue_country = None
        if venue and code in _STATE_FORCES:
            # "the rebels met government negotiators in Nairobi": talks and deals are held
            # abroad as often as at home, so their place says nothing of the body's country
            venue_country = where.country if where is not None else None
            where = None
            # (the state named as the venue, "met in Nairobi", is no guess either)
            other = other | {m.id_ for m in cx.mentions if sent.start <= m.start < sent.end
                             and m.root.dep_ == "pobj" and m.root.head.lower_ in self.place_preps
                             for a in [self.dictionary.get(m.id_)]
                             if a is not None and a.kind == "state"
                             and a.country == venue_country}
        elif country is None and where is None:
            # No place for the event itself: the place the sentence names.
            where = self.sentence_place(cx, sent, other)
        if country is None and where is not None and where.country in self.dictionary:
            country = where.country
        if country is None:
            states = [
                (a.country, m.root.dep_ == "pobj" and m.root.head.lower_ in self.place_preps)
                for m in cx.mentions
                if m.start >= sent.start and m.end <= sent.end
                for a in [self.dictionary.get(m.id_)]
                if a is not None and a.kind == "state" and a.country
                # the other side's own mention is no guess for this one: "an American
                # strike killed the commander" says nothing of the commander's country
                and m.id_ not in other
            ]
            named = {c for c, _ in states}
            if len(named) > 1:  # several: the one named as a place ("in northern Benin")
                named = {c for c, as_place in states if as_place}
            if not states and any_country:
                # no state at all: the one country of the other actors the sentence names,
                # unless it is the other side's ("Protesters clashed with Kenyan police":
                # Kenyans; "Russian jets killed civilians" says nothing of theirs)
                theirs = {a.country for o in other for a in [self.dictionary.get(o)]
                          if a is not None and a.country}
                named = {a.country for m in cx.mentions
                         if m.start >= sent.start and m.end <= sent.end and m.id_ not in other
                         for a in [self.dictionary.get(m.id_)]
                         if a is not None and a.country and a.country not in theirs
                         and not self.seated_abroad(m.id_)}
            country = named.pop() if len(named) == 1 else None
            if country is None and not states and any_country:
                # nothing in the sentence but the other side: one that acts at home (a
                # government, its police, a rebel group: "the junta bombed villages",
                # "riot police arrested 400+") acts on its own country's people; a state or
                # its army, a militia may act abroad ("Russian jets killed civilians")
                home = {a.country for o in other for a in [self.dictionary.get(o)]
                        if a is not None and a.country and (a.kind in _HOME_KINDS or (
                            a.kind == "company" and code in _COMPANY_HOME_SECTORS))}
                country = home.pop() if len(home) == 1 and not named else None
        if country is None and any_country and code != "REB":
            # the post's country, for an event's side (not a speaker's, nor "the
            # guerrillas": an unnamed armed group is no state's, as labelled)
            country = self.post_country(cx, other)
            if country is not None and country == venue_country and not any(
                c == country and by is not None and by not in other
                for c, by in cx.post_countries or ()
            ):  # (the venue alone: "talks in Nairobi" name no Kenyan side)
                country = None
            if country is None and not states:
                # nothing points anywhere but a home-grown armed group on the other side:
                # its own country's ("rsf attacked the village", "the Taliban's ban on
                # women"), as a last guess (a militia may act abroad, so never before)
                home = {a.country for o in other for a in [self.dictionary.get(o)]
                        if a is not None and a.country and a.kind in _HOME_ARMED_KINDS}
                country = home.pop() if len(home) == 1 else None
            if country is None and not states and code == "CIV":
                country = self.lone_post_country(cx) or self.lone_place_country(cx)
            if country is None and not states and not cx.post_countries:
                # nothing else points anywhere: the one country of the persons the sentence
                # names, a wire report's own leaders ("PRESIDENT MENEM PARDONED MILITARY
                # OFFICERS": Argentina's), as a last guess (a person may act abroad; one of
                # another sentence is no sign: "Putin spoke. The army bombed villages.")
                country = self.persons_country(cx, sent)
        if country is None:
            return arg
        # "the army" in a sentence about Sudan is "Sudan's army", the dictionary's SAF
        institution = self.the_institution(token, country) or self.junta_force(token, country)
        span = _inferred(cx, token,
                         institution or (country if code == _STATE else f"{country}.{code}"))
        return Argument(token, span, inferred=True)

    def _harmed_as_civilians(self, token: Token) -> bool:
        """Whether an attack's target ``token`` is of :data:`_HARMED_AS_CIVILIANS` with no
        sector word before it ("the crowd", "workers"; not "government employees")."""
        return (token.lower_ in _HARMED_AS_CIVILIANS or token.lemma_.lower() in (
            _HARMED_AS_CIVILIANS)) and not any(
            c.dep_ in ("compound", "amod", "nmod") and self.sector_code(c) is not None
            for c in token.lefts)

    def title_phrase(self, token: Token) -> str:
        """The title the noun ``token`` heads, with the modifier words written before it
        ("foreign minister", "secretary general"), in lower case."""
        words = [t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod")]
        return " ".join([*words, token.lower_])

    def bare_title(self, token: Token) -> bool:
        """Whether the noun ``token`` is a title of ``titles_abroad`` written alone: no
        owner ("its foreign minister", "the junta's spokesman") nor "of" or "for" after it
        ("the Minister of Defence", "a spokesman for the army")."""
        return self.title_phrase(token) in self.titles_abroad and not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "for"))
            for c in token.children)

    def title_body(self, cx: CodingContext, token: Token) -> Argument | None:
        """The organisation an international officer's title alone names ("the Secretary
        General", cue ``international_titles``): the one international organisation the
        post names; ``None`` for any other title, or none or several named."""
        if self.title_phrase(token) not in self.international_titles:
            return None
        body = self.lone_mention_of(cx, _IGO_KINDS)
        return Argument(token, _inferred(cx, token, body), inferred=True) if body else None

    def leader_body(self, cx: CodingContext, person: Span) -> Span | None:
        """The government that the mention ``person`` names by its leader (cue
        ``leader_bodies``): "the Pinochet government", "the Bush administration", "the
        government of President Virgilio Barco" are the leader's state's government, an
        inferred mention on the body's noun; ``None`` for any other mention."""
        actor = self.dictionary.get(person.id_)
        if actor is None or actor.kind != "person" or not actor.country:
            return None
        root = person.root
        if root.dep_ == "compound":
            noun = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of":
            noun = root.head.head
        else:
            return None
        if noun.lower_ not in self.leader_bodies or noun.i in cx.by_token:
            return None
        return _inferred(cx, noun, self.institution(noun, actor.country)
                         or f"{actor.country}.GOV")

    def named_rebel_group(self, cx: CodingContext, token: Token) -> Span | None:
        """The one rebel group the text names, for a description of an armed group
        (cue ``group_descriptions``: "THE GUERRILLAS" in a report that counts "FMLN
        casualties"), as an inferred mention at ``token``; ``None`` when the text names
        none or several, or ``token`` is no such description."""
        if token.lower_ not in self.group_descriptions:
            return None
        group = self.lone_mention_of(cx, _INSURGENT_KINDS)
        return _inferred(cx, token, group) if group is not None else None

    def lone_mention_of(self, cx: CodingContext, kinds: frozenset[str]) -> str | None:
        """The id of the one actor of the ``kinds`` the post mentions (however often), or
        ``None`` when it mentions none or several."""
        ids = {m.id_ for m in cx.mentions for a in [self.dictionary.get(m.id_)]
               if a is not None and a.kind in kinds}
        return ids.pop() if len(ids) == 1 else None

    def insurgents_home(self, cx: CodingContext, sent: Span) -> str | None:
        """The one country whose own insurgents (``rebel`` kinds of the dictionary: the FMLN,
        M23) the sentence ``sent`` names, or ``None``."""
        homes = {a.country for m in cx.mentions if sent.start <= m.start < sent.end
                 for a in [self.dictionary.get(m.id_)]
                 if a is not None and a.country and a.kind in _INSURGENT_KINDS}
        return homes.pop() if len(homes) == 1 else None

    def armed_demonym(self, cx: CodingContext, arg: Argument | None) -> Argument | None:
        """The source of an armed attack named by a state's adjective on the attack or
        its weapon ("Israeli strikes killed 12", "a Russian glide bomb", "Ukrainian
        shelling") as the state's military, as labelled; the state named as a noun ("US
        strikes", "Israel struck") stays the state."""
        if arg is None or arg.span is None or arg.via_reference:
            return arg
        span = arg.span
        actor = self.dictionary.get(span.id_)
        root = span.root
        if actor is None or actor.kind != "state" or not actor.country or (
            not self._state_adjective(span) or not self._armed_word(root.head)
        ):  # (on an attack noun: "Chinese ships", "Ukrainian saboteurs" stay the state)
            return arg
        army = Span(span.doc, span.start, span.end, label="ACTOR",
                    span_id=f"{actor.country}.MIL")
        cx.inferred.append((root, army, "inferred"))
        return Argument(arg.token, army, inferred=True, learned=arg.learned)

    def _state_adjective(self, span: Span) -> bool:
        """Whether the state's mention ``span`` is an adjective on the noun after it: one the
        parser reads so ("Israeli strikes"), or a demonym it misreads as a name, a compound
        or an owner ("officials said Pakistani shelling killed three"); not the state's
        name ("US strikes")."""
        root = span.root
        if root.dep_ == "amod" and root.pos_ != "PROPN":
            return True
        return root.dep_ in ("amod", "compound", "poss") and (
            span.text.casefold() in self.dictionary.demonyms)

    def _armed_word(self, noun: Token) -> bool:
        """Whether ``noun`` names an armed act or the weapon that does it: an event noun of an
        armed type ("strikes", "shelling"), also when the parser tags it a gerund ("Russian
        shelling killed three"), or a noun whose verb is one ("a Russian glide bomb hit",
        "Israeli shells": to bomb, to shell)."""
        if noun.pos_ != "NOUN" and not (noun.tag_ == "VBG" and noun.dep_ in (
            "nsubj", "nsubjpass", "dobj", "pobj"
        )):
            return False
        lemma = noun.lemma_.lower()
        entries = (*self.lexicon.nouns.get(lemma, ()), *self.lexicon.nouns.get(noun.lower_, ()),
                   *self.lexicon.verbs.get(lemma, ()))
        return any(p.type in self.armed_types for p in entries)

    def deployed(self, trigger: Token, targets: list[Argument]) -> list[Argument]:
        """The targets of a deployment: the force it sends (its object: "deployed 1,000
        soldiers", "mobilised 300,000 reservists", "sent two more ships": a force word
        of the entry's own), not the place the force goes to ("to Mozambique", "along
        the border"), which is no side of the event."""
        kept = [a for a in targets if not (
            a.token.dep_ == "pobj" and a.token.head.lower_ in _DESTINATION_PREPS)]
        if kept and len(kept) == len(targets):
            return targets
        # (also when the verb's entry reads no object at all: "North Korea has sent about
        # 11,000 troops to help Russia", "Estonia called up 2,000 reservists")
        held = {a.token.i for a in kept}
        forces = [o for o in _objects(trigger) if o.i not in held and (
            self.is_force(o) or o.pos_ == "NUM")]
        return kept + [Argument(o, None) for o in forces]

    def is_force(self, token: Token) -> bool:
        """Whether the deployed ``token`` names a force: an armed sector's noun
        (:meth:`force_code`) or a force word of cue ``deployed_forces`` ("ships", "units")."""
        if self.force_code(token) is not None:
            return True
        noun = self.counted(token)
        return noun.lemma_.lower() in self.deployed_forces or noun.lower_ in self.deployed_forces

    def counted(self, token: Token) -> Token:
        """The noun a count counts ("troops" of "thousands of troops"), else ``token``."""
        if token.pos_ == "NUM" or token.lower_ in self.quantity_words:
            counted = self._pobjs(token, ("of",))
            return counted[0] if counted else token
        return token

    def force_code(self, token: Token) -> str | None:
        """The armed sector (MIL, POL, INT) a deployed force ``token`` names: its noun
        ("soldiers"), the noun a count counts ("thousands of extra troops"), or the armed
        word before a noun that names none ("police reinforcements", "army units")."""
        token = self.counted(token)
        code = self.sector_code(token)
        if code is None:
            code = next((self._sector_nouns.get(c.lower_) for c in token.lefts
                         if c.dep_ in ("compound", "amod")), None)
        return code if code in _FORCE_SECTORS else None

    def own_force(self, cx: CodingContext, arg: Argument, sources: frozenset[str]) -> Argument:
        """A deployed force as the sources' own: "Russia mobilised 300,000 reservists"
        (RUS.MIL), "Turkey's parliament authorised the deployment of troops" (TUR.MIL); an
        armed body, or one of no country, sends its own units ("the navy sent two more
        ships", "KFOR is sending 700 more soldiers": the source's id); a force that names
        its own side ("Russian troops") keeps it."""
        token = arg.token
        if arg.span is not None:
            return arg
        body = self.armed_body(sources)
        if body is not None and self.is_force(token):
            noun = self.counted(token)
            owner = self._unit_state_sector(body, noun) or body
            return Argument(arg.token, _inferred(cx, noun, owner), inferred=True)
        # (a force word of no sector is the army's: "sent 40 tanks", "sent two ships")
        code = self.force_code(token) or ("MIL" if self.is_force(token) else None)
        token = self.counted(token)  # "dozens of drones"
        countries = self.countries_of(sources)
        if code is None or len(countries) != 1:
            return arg
        span = _inferred(cx, token, f"{countries.pop()}.{code}")
        return Argument(arg.token, span, inferred=True)

    def _unit_state_sector(self, body: str, noun: Token) -> str | None:
        """The state's sector (``PAK.MIL``) when the state force unit ``body``
        (``PAK.MIL.ARMY``) sends troops or soldiers (``noun``), else ``None``."""
        actor = self.dictionary.get(body)
        if noun.lower_ not in _GENERIC_TROOPS or actor is None or not actor.country or (
                actor.kind not in ("military", "police")):
            return None
        sector = f"{actor.country}.{self.sector_code(noun)}"
        return sector if body.startswith(sector + ".") else None

    def armed_body(self, sources: frozenset[str]) -> str | None:
        """The one source that deploys units of its own rather than its country's: an
        armed body (an army, a navy, a police force, an armed group) or a body of no
        country (a UN mission, an alliance), else ``None``."""
        if len(sources) != 1:
            return None
        source = next(iter(sources))
        actor = self.dictionary.get(source)
        if actor is None or not (actor.kind in _ARMED_BODY_KINDS or (
                actor.country is None and actor.kind != "state")):
            return None
        return source

    def facing_company(
        self, cx: CodingContext, sources: list[Argument | None], given: bool, trigger: Token,
        where: Location | None, sent: Span, targets: list[Argument | None],
    ) -> list[Argument | None]:
        """Sources left without a country, read again against the companies on the other
        side: a government that acts on a company is the company's own state's when nothing
        else points to a country ("the government will give GM a capital infusion", "GM and
        Chrysler received government loans": the United States'), as a side facing a
        company is on the target side (``_COMPANY_HOME_SECTORS``). Sources are read before their
        targets, so this is a second look, for these events only. ``given``: the text gave
        source words (else the sector word on the trigger, "government loans")."""
        facing = frozenset(a.actor for a in targets if a is not None and a.actor is not None)
        if not any((actor := self.dictionary.get(x)) is not None and actor.kind == "company"
                   for x in facing):
            return sources
        if given:
            return [self._company_home(self.infer(cx, a, where, sent, facing, any_country=True), a)
                    if a is not None and a.span is None else a for a in sources]
        if sources != [None]:
            return sources
        own = self.infer(cx, Argument(trigger, None), where, sent, facing, any_country=True,
                         modifiers=True)
        return [self._company_home(own, None)]

    @staticmethod
    def _company_home(read: Argument, before: Argument | None) -> Argument | None:
        """``read`` when it gives one of :data:`_COMPANY_HOME_SECTORS` ("USA.GOV"), else
        ``before``: a company's customers ("two customers") are anyone's."""
        sector = read.span.id_.split(".")[1:2] if read.span is not None else []
        return read if sector and sector[0] in _COMPANY_HOME_SECTORS else before

    def countries_of(self, actors: Iterable[str]) -> set[str]:
        """The countries the dictionary gives the actors ``actors``."""
        return {a.country for s in actors for a in [self.dictionary.get(s)]
                if a is not None and a.country}

    def post_place(self, cx: CodingContext, name: str) -> Location | None:
        """The place ``name`` as a sign of the post's country: a place's own name only (no
        town's alternate spelling), and of a name several countries' towns share, the
        namesake in the home of the post's actors (:meth:`place_in_post`: "SAN VICENTE"
        beside Salvadoran soldiers is El Salvador's, not Argentina's bigger town)."""
        if self.gazetteer.resolve(name, alternates=False) is None:
            return None
        return self.place_in_post(cx, name)

    def lone_post_country(self, cx: CodingContext) -> str | None:
        """The country of a post that points to one country only, the acting side's own
        included, else ``None``: people an army or a government harms in a post about one
        country alone are that country's ("Burkina Faso's army was accused of executions of
        Fulani civilians": BFA.CIV), where :meth:`post_country` leaves the acting side's own
        country out as a guess (it may act abroad; a post naming the country abroad names
        a second one)."""
        self.post_country(cx)  # (fills cx.post_countries)
        named = {c for c, _ in cx.post_countries or ()}
        return named.pop() if len(named) == 1 else None

    def missed_places(self, cx: CodingContext) -> list[Token]:
        """The one-word names after a place preposition that the entity reader missed ("a
        depot in kharkiv" in a lower-case post): a town by its own name when the gazetteer
        knows it, for the post's country."""
        return [t for t in cx.doc if t.pos_ == "PROPN" and t.dep_ == "pobj"
                and t.head.lower_ in self.place_preps and not t.ent_type_
                and t.i not in cx.by_token]

    def persons_country(self, cx: CodingContext, sent: Span) -> str | None:
        """The one country the dictionary gives all the persons the sentence ``sent``
        names, else ``None`` (none named, or persons of several countries)."""
        countries = {a.country for m in cx.mentions if sent.start <= m.start < sent.end
                     for a in [self.dictionary.get(m.id_)]
                     if a is not None and a.kind == "person" and a.country}
        return countries.pop() if len(countries) == 1 else None

    def lone_place_country(self, cx: CodingContext) -> str | None:
        """The one country of all the places a post names, else ``None``: people harmed in
        a post whose places all lie in one country are that country's, whichever states it
        also names as acting ("russia says its missiles hit sumy. officials say they killed
        35 civilians": UKR.CIV), as LABELLING's row on "civilians" codes them."""
        self.post_country(cx)  # (fills cx.post_countries)
        places = {c for c, by in cx.post_countries or () if by is None}
        return places.pop() if len(places) == 1 else None

    def post_country(self, cx: CodingContext, other: frozenset[str] = frozenset()) -> str | None:
        """The one country the whole post points to, for a sector noun its sentence gives
        none ("THE ARMY" in a wire report datelined "SAN SALVADOR", "the police" in a post
        about the FMLN): the states, state bodies and home-grown groups it names and the
        places the gazetteer knows, not a person's or an army's (it may be abroad);
        ``None`` when they point to several. The other side's own mentions are no guess,
        nor the country of an other side that may act abroad (a state, its army: "Russian
        jets killed civilians"), unless a place names it."""
        if cx.post_countries is None:
            found: list[tuple[str, str | None]] = []
            for m in cx.mentions:
                actor = self.dictionary.get(m.id_)
                # (a group of the hand-made dictionary: the converted Phoenix entries give
                # "Radio Venceremos", the FMLN's radio, as Venezuelan)
                if actor is not None and actor.country and actor.kind not in _ABROAD_KINDS and (
                    actor.kind == "state" or actor.sector
                    or (actor.kind in _POST_KINDS and m.id_ in self.dictionary.actors)
                ):
                    found.append((actor.country, m.id_))
            place_names = [ent.text for ent in cx.doc.ents if ent.label_ in ("GPE", "LOC")
                           and not any(t.i in cx.by_token for t in ent) and not _no_place(ent)]
            for name in (*place_names, *(t.text for t in self.missed_places(cx))):
                where = self.post_place(cx, name)
                if where is not None and where.country and where.country in self.dictionary:
                    found.append((where.country, None))
            for where in self.named_divisions(cx, cx.doc[:]):
                if where.country and where.country in self.dictionary:
                    found.append((where.country, None))
            cx.post_countries = found
        abroad = {a.country for o in other for a in [self.dictionary.get(o)]
                  if a is not None and a.country and a.kind in ("state", "military")}
        named = {c for c, by in cx.post_countries
                 if by is None or (by not in other and c not in abroad)}
        if len(named) > 1:
            # the actors point to several countries: the one of them the post's places
            # also point to ("Lebanon's ministry said an Israeli strike killed five in
            # Tyre. ... the strike hit a residential building": Lebanon's)
            places = {c for c, by in cx.post_countries if by is None}
            acting = {c for c, by in cx.post_countries if by is not None and by not in other}
            named = (places & acting) - abroad
        if not named and not cx.post_countries and cx.thread.home:
            # a paragraph naming no country at all, of a report datelined in one
            return cx.thread.home
        return named.pop() if len(named) == 1 else None
