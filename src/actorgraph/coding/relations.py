"""Standing relations from a parsed post: who backs, leads, belongs to or sides with whom.

Events say what happened; these say how the actors stand to each other, as
the text states it. The cues are data (``data/relations.yaml``); the
constructions read from the dependency parse are:

* compound modifiers: "Iran-backed militias", "Hezbollah-led coalition";
* adjectives with their object: "a militia loyal to Tehran", "X is aligned with Y";
* relational nouns: "X is part of Y", "X, a faction of Y", "the head of Y, X";
* possessives: "Iran's proxies", "its loyal Shiite array", "Hezbollah's Imad Mughniyeh";
* titles: "Quds Force commander Qasem Soleimani";
* appositions of a person to a group: "Lebanese Hezbollah (especially Imad Mughniyeh)";
* verbs, active, passive or in a relative clause: "arms", "funds", "sponsors",
  "commands", "heads", "founded", "the Houthis, who are armed by Iran";
* nouns with "with": "Iran's alliance with Russia", "joined forces with X",
  "with the backing of Iran, the Houthis ...".

The sides are named actors, and besides them:

* the speaking side for "we" and "our": the organisation the dictionary knows for the
  author or the quoted speaker, else an unnamed side of that post only
  (``PRV.ORG.AUTHOR_OF_<doc>_<post>``, ``PRV.ORG.<SPEAKER>_SIDE_OF_<doc>_<post>``), so a
  press release's "we support X" is kept and never merged with another text's "we";
* groups named by a common noun ("local tribes", "our Syrian partners", "the party",
  "GANGS OF CRIMINALS"), as provisional organisations of their post alone;
* organisations named in common words or by a unit's proper name ("the 105th infantry
  brigade", "a commission of notables", "2nd Battalion"), as provisional organisations;
* persons whose names the parse cut apart or read as a group, where a title right before
  the name or a body only a person owns ("X'S GOVERNMENT") says it is a person: the name
  read off the words (``nlp/names.py``), as a provisional person.

A phrase such as "Iran-backed militias" names an actor of its own when no
named actor stands beside it: a generic group (``GEN.MILITIA.IRN_BACKED``,
with ``.SYR`` when the sentence places it in Syria) whose relation to Iran
is kept as a ``backs`` relation. :meth:`RelationFinder.mark` adds those
mentions before events are coded, so the event keeps the militias as its
actor; :meth:`RelationFinder.find` then reads the relations, reusing the
event coder's look-ups (references, modality, attribution, dates).
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import ActorDictionary, normalise_key
from ..datafiles import load_yaml, packaged
from ..errors import ConfigError
from ..models import RELATION_TYPES, Actor, Evidence, Relation, stable_id
from ..nlp.names import HONORIFICS, NAME_TITLES, name_after, name_before, name_run
from ..nlp.relation_model import (
    RelationModel,
    common_head,
    dependency_path,
    load_relation_model,
    pair_features,
)
from .coder import (
    Argument,
    CodingContext,
    EventCoder,
    PostContext,
    ThreadState,
    _infinitive,
    _phrase,
)
from .not_actors import ORGANISATION_WORDS
from .prefilter import PAST_FORMS

__all__ = ["RelationCues", "RelationFinder", "load_relation_cues"]

_EFFORT_NOUNS = frozenset({"effort", "attempt", "campaign", "mission", "plan", "programme",
                           "program", "bid", "push", "decision", "commitment", "pledge"})
_MEMBER_WORDS = frozenset({"nations", "countries", "members", "states", "governments"})
# Plural nouns for a body's people that a list of names may follow: "the following members
# of Y: A, B", "officials of Y, namely A and B", "the other members of Y are A and B".
_LISTED_PEOPLE = frozenset({"members", "officials"})
_FIRST_PLURAL = frozenset({"we", "our", "us", "ours"})
_ARMED_KINDS = frozenset({"militia", "rebel", "terrorist"})
# What an armed-target verb ("trains", "supplies") may have as its object besides them.
_FORCE_KINDS = _ARMED_KINDS | {"military", "police", "intelligence"}
# Ranks written before a name: a "person" that ends in one is a title cut off.
_RANK_ABBREVIATIONS = frozenset({"capt", "col", "gen", "lt", "maj", "sgt", "adm", "cmdr",
                                 "cpl", "pvt", "brig", "cdr", "lieut"})
# Heads of military units' names ("3rd Battalion", "158th Fighter Wing").
_UNIT_WORDS = frozenset({"battalion", "brigade", "regiment", "battery", "squadron", "wing",
                         "group", "division", "corps", "company", "platoon", "unit", "fleet",
                         "detachment", "flotilla", "command", "force", "troop"})
# Plural nouns of the people who belong to a group: "fighters of Y", "members of Y".
# ("members of Y" name no one: "the attackers were members of Y", "all the members of Y")
_FIGHTER_NOUNS = frozenset({"fighters", "militants", "operatives", "cadres", "militiamen"})
# Plural nouns naming the partners of whoever owns them: "our Syrian partners".
_PARTNER_NOUNS = frozenset({"partners", "allies"})
# Bodies a person named as their owner leads: "Obama's administration", "the government of
# President Pinochet", "VIDES CASANOVA'S TROOPS" ("X's forces" for a person X), "X'S SECURITY
# POLICE".
PERSONS_BODIES = frozenset({"government", "administration", "regime", "cabinet", "troops",
                            "soldiers", "forces", "group", "gang", "band", "men", "bodyguards",
                            "escort", "police"})
_LED_BODIES = PERSONS_BODIES
# The possessive's tokens: with one of those bodies, a sentence states who leads it.
POSSESSIVES = ("'s", "’s")
# Kinds of actor that are no body a person or group belongs to or leads as its people.
_NOT_BODIES = frozenset({"person", "state", "location", "civilian"})
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves",
                         "myself", "yourself", "yourselves"})
# Envoys "to" a state are posted there, not its people: "Guatemalan ambassador to Spain".
_POSTED_NOUNS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "consul"})
# Plain nouns for a group's people: "TROOPS OF THE X BATTALION", "members of the 21st Front".
_PEOPLE_OF = frozenset({"members", "units", "soldiers", "elements", "personnel", "men"})
# Services of a state or group whose chief is one of its people ("Syria's intelligence chief")
_SERVICE_WORDS = frozenset({"intelligence", "security", "police", "army", "navy", "naval",
                            "military", "air", "defence", "defense", "finance", "economy"})
_COPULAS = frozenset({"be", "become", "remain", "serve", "act", "stay"})
# "Coalition aircraft", "Coalition military forces": the coalition acts through them.
_FORCE_WORDS = frozenset({"aircraft", "forces", "troops", "jets", "warplanes", "advisers",
                          "advisors"})
# Parts of a group that a modifier names: "Hamas's military wing", "the Arab element of the
# SDF". With no name of its own the part becomes a provisional group, only as a side.
_PART_NOUNS = frozenset({"wing", "branch", "arm", "element", "faction", "unit", "cell",
                         "chapter", "franchise", "offshoot", "splinter", "subgroup",
                         "component", "division", "brigade", "battalion"})
# Ranks held by several at once: "a commander" is one of the group's commanders.
_RANK_NOUNS = frozenset({"leader", "commander", "chief", "boss", "emir", "head", "director",
                         "governor"})
# "pledged allegiance to al-Qaeda": the one who pledges becomes a member.
_ALLEGIANCE_VERBS = frozenset({"pledge", "swear", "declare", "give", "offer"})
# "X is one of the groups in Y": plain group nouns that state membership only so.
def side_name(actor_id: str, text: str) -> str:
    """The name of an actor made for a mention: an unnamed speaking side ("we") says whose
    side it is, so that lists and graphs do not show a bare "We"."""
    if actor_id.startswith("PRV.ORG.AUTHOR_OF_"):
        return f"the post's author ({text})"
    if "_SIDE_OF_" in actor_id:
        return f"the quoted speaker's side ({text})"
    if "_UNRESOLVED_OF_" in actor_id:
        return f"someone the post calls \"{text}\""
    return text


_FOUNDING_VERBS = frozenset({"found", "establish", "create", "form", "set", "launch"})
_ONE_OF_NOUNS = frozenset({"groups", "organisations", "organizations", "movements", "parties",
                           "militias", "factions", "units", "members"})
# Words over a "to" clause that make its relation one going on: "continue to support".
_ONGOING_WORDS = frozenset({"continue", "remain", "keep", "stay", "effort", "efforts"})
_SUCCESSION_VERBS = frozenset({"succeed", "replace"})
# Nouns whose holder speaks or acts for a group: "a spokesperson for the White House".
_RANKS = frozenset({"general", "colonel", "major", "captain", "lieutenant", "brigadier",
                    "admiral", "sergeant", "gen", "col", "maj", "capt", "lt", "retired"})
_STRIKE_NOUNS = frozenset({"airstrikes", "strikes", "bombers", "helicopters", "drones",
                           "artillery", "airpower", "power", "warships"})
_GENERAL_TITLES = frozenset({"secretary", "director", "commissioner"})
# Nouns of "X is at the head of Y": X leads Y.
_AT_THE_TOP = frozenset({"head", "helm"})
# Qualifiers of a title that never open a body's name ("DEPUTY ELECTRICITY COMPANY DIRECTOR";
# against "MILITARY FORCES COMMANDER", where "military" is the body's).
_RANK_QUALIFIERS = frozenset({"deputy", "assistant", "vice", "acting", "acting-deputy",
                              "former-deputy"})
_FOR_NOUNS = frozenset({"spokesman", "spokesperson", "spokeswoman", "envoy", "representative"})
# "took command of the Iranian armed forces", "assumed leadership of the group".
_TAKING_VERBS = frozenset({"take", "assume"})
# Verbs whose object is sought or put forward, not had: "proposed an alliance with Y".
_SEEKING_VERBS = frozenset({"propose", "seek", "request", "want", "suggest", "consider",
                            "explore", "negotiate", "demand", "ask", "need", "urge"})
_COMMAND_NOUNS = frozenset({"command", "control", "leadership", "charge"})
_PLACE_PREPS = frozenset({"in", "across", "inside", "throughout"})
_HYPHENS = frozenset({"-", "–", "‐"})
_NOUN_NAMES = {"MILITIA": "militias", "REBELS": "rebels", "COALITION": "coalition",
               "GOVERNMENT": "government", "PARTY": "party"}
# Possessed nouns that make a generic group of the possessor's: "its loyal array".
_POSSESSED_GROUPS = frozenset({"proxy", "proxies", "array", "network", "networks"})
_LOYAL_WORDS = frozenset({"loyal", "proxy", "allied", "affiliated", "client"})
_STANCE_TYPES = frozenset({"backs", "allied_with", "rival_of"})  # one side's stand to another
_BASE_CONFIDENCE = {"compound": 0.85, "noun": 0.85, "title": 0.8, "adjective": 0.8,
                    "apposition": 0.75, "possessive": 0.7, "verb": 0.75}
# Sentences with more actor mentions than this are lists: the model leaves them alone.
_MODEL_MAX_MENTIONS = 12
# Noun phrases the model reads as possible sides besides the mentions (see _phrase_sides).
_MODEL_MAX_PHRASES = 8
# Titles of the one at the top of a body that plain words before them can name: "SUBWAY
# CHAIRMAN X", "CABINET CHIEF X" (a leader or commander is left to the group words).
_HEAD_TITLES = frozenset({"chairman", "chairwoman", "president", "director", "chief", "head",
                          "founder", "coordinator", "secretary-general", "ceo", "boss"})
# Personal pronouns that stand for a side of their post when no antecedent is found.
_PRONOUN_SIDES = {"he": "PER", "she": "PER", "him": "PER", "her": "PER", "i": "PER",
                  "me": "PER", "they": "ORG", "them": "ORG"}
# "Head of state", "head of government": the top office of the state or body after it.
_TOP_OFFICES = frozenset({"state", "government"})
# Titles whose "of" names a portfolio, not a body: "Minister of Industry".
_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "undersecretary", "under-secretary",
                               "vice-minister", "viceminister", "ministers", "secretaries"})
# Entity types of a phrase that names no side: dates, amounts, places.
_NOT_SIDE_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                                "QUANTITY", "GPE", "LOC", "EVENT", "LAW", "LANGUAGE",
                                "WORK_OF_ART", "PRODUCT"})
_NOMINAL = frozenset({"compound", "title", "possessive", "apposition"})
# Heads that stand for their possessor's institution: "Pakistan's intelligence agency".
_INSTITUTION_NOUNS = frozenset({"agency", "agencies", "government", "army", "forces", "military",
                                "regime", "leadership", "services", "service", "ministry",
                                "administration", "intelligence"})


@dataclass(frozen=True, slots=True)
class VerbCue:
    type: str  # a relation type, or "founds": backs, or leads when a person founds
    particle: str | None = None
    preps: tuple[str, ...] = ()
    armed_target: bool = False
    organisation_target: bool = False
    organisation_source: bool = False
    reverse: bool = False
    described_sides: bool = False  # sides named in common words count ("belong to a gang")


@dataclass
class RelationCues:
    """The cue tables of ``data/relations.yaml``."""

    compounds: dict[str, tuple[str, bool]] = field(default_factory=dict)
    adjectives: dict[str, tuple[str, frozenset[str], bool]] = field(default_factory=dict)
    nouns: dict[str, tuple[str, bool]] = field(default_factory=dict)
    verbs: dict[str, VerbCue] = field(default_factory=dict)
    generic: dict[str, tuple[str, str]] = field(default_factory=dict)
    member_qualifiers: frozenset[str] = frozenset()
    lead_qualifiers: frozenset[str] = frozenset()
    past_qualifiers: frozenset[str] = frozenset()
    giving_verbs: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    aid_nouns: frozenset[str] = frozenset()
    support_nouns: frozenset[str] = frozenset()
    under_nouns: frozenset[str] = frozenset()
    unnamed_groups: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()
    not_bodies: frozenset[str] = frozenset()
    member_people: frozenset[str] = frozenset()
    command_areas: frozenset[str] = frozenset()
    command_qualifiers: frozenset[str] = frozenset()
    party_words: frozenset[str] = frozenset()
    party_prefixes: frozenset[str] = frozenset()
    party_nouns: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    alliance_nouns: frozenset[str] = frozenset()
    workplace_nouns: frozenset[str] = frozenset()
    movement_words: frozenset[str] = frozenset()
    office_verbs: frozenset[str] = frozenset()
    having_verbs: frozenset[str] = frozenset()
    regarding_verbs: frozenset[str] = frozenset()
    led_bodies: frozenset[str] = frozenset()
    state_agents: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    supported_acts: frozenset[str] = frozenset()
    ending_verbs: frozenset[str] = frozenset()

    def cue_types(self) -> dict[str, str]:
        """Every cue word, lower-case, with what it cues ("leads", "backs_reverse",
        "support" ...): features for the relation model."""
        out: dict[str, str] = {}
        for table, name in ((self.giving_verbs, "giving"), (self.receiving_verbs, "receiving"),
                            (self.aid_nouns, "aid"), (self.support_nouns, "support"),
                            (self.under_nouns, "under"), (self.alliance_nouns, "alliance"),
                            (self.workplace_nouns, "workplace"), (self.office_verbs, "office")):
            out.update(dict.fromkeys(table, name))
        for word, (rtype, reverse) in self.compounds.items():
            out[word] = rtype + "_reverse" * reverse
        for word, (rtype, _, reverse) in self.adjectives.items():
            out[word] = rtype + "_reverse" * reverse
        for word, verb in self.verbs.items():
            out[word] = verb.type + "_reverse" * verb.reverse
        for word, (rtype, reverse) in self.nouns.items():
            out[word] = rtype + "_reverse" * reverse
        return out

    def words(self) -> set[str]:
        """Every cue word, lower-case, for the prefilter to parse the sentences they are in."""
        words = set(self.compounds) | set(self.adjectives) | self.support_nouns
        words |= self.alliance_nouns | (self.group_nouns - {"company", "firm"})
        words |= self.workplace_nouns | self.party_words
        words |= {form for noun in self.nouns
                  for form in (noun, noun + "s", noun + "es", noun[:-1] + "ies")}
        for verb in [*self.verbs, *self.giving_verbs, *self.receiving_verbs]:
            words |= {verb, verb + "s", verb + "ed", verb + "d", verb + "ing", verb + "es",
                      verb[:-1] + "ing", verb[:-1] + "ied", verb[:-1] + "ies"}
            words |= {form for form, v in PAST_FORMS.items() if v == verb}
        return words


def _check_type(value: Any, where: str) -> str:
    if value not in RELATION_TYPES:
        raise ConfigError(f"{where}: relation type {value!r} is not one of "
                          f"{', '.join(RELATION_TYPES)}")
    return str(value)


def _parse(data: Any, origin: str, cues: RelationCues) -> None:
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: expected a mapping with 'compounds', 'nouns', 'verbs' ...")
    for word, raw in (data.get("compounds") or {}).items():
        where = f"{origin} compounds.{word}"
        cues.compounds[str(word).lower()] = (_check_type((raw or {}).get("type"), where),
                                             bool(raw.get("reverse")))
    for word, raw in (data.get("adjectives") or {}).items():
        where = f"{origin} adjectives.{word}"
        cues.adjectives[str(word).lower()] = (
            _check_type((raw or {}).get("type"), where),
            frozenset(str(p).lower() for p in raw.get("preps") or ("to",)),
            bool(raw.get("reverse")),
        )
    for rtype, words in (data.get("nouns") or {}).items():
        reverse = rtype.endswith("_reverse")
        base = _check_type(rtype.removesuffix("_reverse"), f"{origin} nouns.{rtype}")
        for word in words or ():
            cues.nouns[str(word).lower()] = (base, reverse)
    for verb, raw in (data.get("verbs") or {}).items():
        where = f"{origin} verbs.{verb}"
        raw = raw or {}
        vtype = raw.get("type")
        if vtype != "founds":
            _check_type(vtype, where)
        cues.verbs[str(verb).lower()] = VerbCue(
            type=str(vtype), particle=raw.get("particle"),
            preps=tuple(str(p).lower() for p in raw.get("preps") or ()),
            armed_target=bool(raw.get("armed_target")),
            organisation_target=bool(raw.get("organisation_target")),
            organisation_source=bool(raw.get("organisation_source")),
            reverse=bool(raw.get("reverse")),
            described_sides=bool(raw.get("described_sides")),
        )
    for noun, pair in (data.get("generic_nouns") or {}).items():
        if not (isinstance(pair, list) and len(pair) == 2):
            raise ConfigError(f"{origin} generic_nouns.{noun}: expected [CODE, kind]")
        cues.generic[str(noun).lower()] = (str(pair[0]), str(pair[1]))
    def listed(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    cues.member_qualifiers |= listed("title_qualifiers_member")
    cues.lead_qualifiers |= listed("title_qualifiers_lead")
    cues.past_qualifiers |= listed("title_qualifiers_past")
    cues.giving_verbs |= listed("giving_verbs")
    cues.receiving_verbs |= listed("receiving_verbs")
    cues.aid_nouns |= listed("aid_nouns")
    cues.support_nouns |= listed("support_nouns")
    cues.under_nouns |= listed("under_nouns")
    cues.unnamed_groups |= listed("unnamed_groups")
    cues.group_nouns |= listed("group_nouns")
    cues.organisation_nouns |= listed("organisation_nouns")
    cues.not_bodies |= listed("not_bodies")
    cues.member_people |= listed("member_people")
    cues.command_areas |= listed("command_areas")
    cues.command_qualifiers |= listed("command_qualifiers")
    cues.party_words |= listed("party_words")
    cues.party_prefixes |= listed("party_prefixes")
    cues.party_nouns |= listed("party_nouns")
    cues.function_words |= listed("function_words")
    cues.alliance_nouns |= listed("alliance_nouns")
    cues.workplace_nouns |= listed("workplace_nouns")
    cues.movement_words |= listed("movement_words")
    cues.office_verbs |= listed("office_verbs")
    cues.having_verbs |= listed("having_verbs")
    cues.regarding_verbs |= listed("regarding_verbs")
    cues.led_bodies |= listed("led_bodies")
    cues.state_agents |= listed("state_agents")
    cues.role_nouns |= listed("role_nouns")
    cues.supported_acts |= listed("supported_acts")
    cues.ending_verbs |= listed("ending_verbs")


@lru_cache(maxsize=4)
def load_relation_cues(user_files: tuple[str, ...] = ()) -> RelationCues:
    """The built-in relation cues with ``user_files`` (same YAML shape) merged over them.

    >>> load_relation_cues().compounds["backed"]
    ('backs', False)
    """
    cues = RelationCues()
    _parse(packaged("relations.yaml"), "relations.yaml", cues)
    for path in user_files:
        try:
            data = load_yaml(Path(path).read_text("utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ConfigError(f"{path}: cannot read relation cues ({first})") from None
        _parse(data, path, cues)
    return cues


@dataclass
class _Found:
    type: str
    source: Argument
    target: Argument
    cue: Token
    method: str
    trigger: Token  # the token whose clause gives modality and dates
    past: bool = False


class RelationFinder:
    """Finds relations in parsed posts; one instance serves a whole corpus.

    ``coder`` is the event coder of the same documents: the finder reuses its
    argument reader (actor look-ups, modality frames, dates) with a
    :class:`~actorgraph.coding.coder.CodingContext` of its own per post.
    """

    def __init__(self, dictionary: ActorDictionary, coder: EventCoder,
                 cues: RelationCues | None = None) -> None:
        self.dictionary = dictionary
        self.coder = coder
        self.reader = coder.reader  # the argument reader: actor look-ups, frames, dates
        # What one find() call works on (the post's context, the generic actors it made):
        # per thread, as one DocumentCoder serves several threads at once.
        self._call = threading.local()
        self.cues = cues or load_relation_cues()
        #: Generic actors named through a relation, by id ("Iran-backed militias").
        self.generic: dict[str, Actor] = {}
        #: The trained fallback for pairs of mentions no rule relates (None: rules alone).
        self.model: RelationModel | None = load_relation_model()
        self._cue_types = self.cues.cue_types()
        #: Words never part of a person's name: titles, ranks, organisation nouns.
        self._not_name = frozenset(self.cues.nouns) | _RANKS | _RANK_ABBREVIATIONS | (
            ORGANISATION_WORDS) | _UNIT_WORDS | _SERVICE_WORDS
        #: While training (scripts/train_relation_model.py): every pair the model may see.
        self.recorder: list[dict[str, Any]] | None = None

    @property
    def _cx(self) -> CodingContext:
        """The context of the post this thread's :meth:`find` call is reading."""
        cx: CodingContext = self._call.cx
        return cx

    @property
    def _made(self) -> list[tuple[Token, Span]]:
        made: list[tuple[Token, Span]] = self._call.made
        return made

    # -- actors named through a relation ---------------------------------------------------

    def actor(self, actor_id: str) -> Actor | None:
        return self.generic.get(actor_id) or self.dictionary.get(actor_id)

    def _kind(self, span: Span | None) -> str | None:
        if span is None:
            return None
        actor = self.actor(span.id_)
        if actor is not None:
            return actor.kind
        if span.id_.startswith("PRV.") and span[-1].lower_ in _UNIT_WORDS and (
                span[-1].text[:1].isupper()):
            return "organisation"  # "Abel Battery", whatever the tagger took it for
        if span.id_.startswith("PRV.PER.") or (
                span.id_.startswith("PRV.ORG.") and span[-1].ent_type_ == "PERSON"):
            return "person"  # (a name the ruler took for a group: "GONZALO RODRIGUEZ GACHA")
        return "organisation"

    def _is_sector(self, span: Span) -> bool:
        actor = self.dictionary.get(span.id_)
        return actor is not None and actor.sector is not None

    def mark(self, doc: Doc) -> list[Span]:
        """Add the generic actors named through a relation to ``doc.spans["actors"]``.

        "Iran-backed militias attacked ..." gets a mention ``GEN.MILITIA.IRN_BACKED``
        over "Iran-backed militias", so the event's source is the militias, not Iran.
        The name ("Iran") keeps its own mention. Returns the spans added.
        """
        if not doc.has_annotation("DEP"):
            return []
        spans = list(doc.spans.get("actors", []))
        by_token = {i: s for s in spans for i in range(s.start, s.end)}
        added: list[Span] = []
        for token in doc:
            found = self._backed_phrase(token, by_token)
            if found is None:
                continue
            name, head, word, start = found
            if head.i in by_token and not self._is_sector(by_token[head.i]):
                continue  # "Iran-backed Hezbollah": a named actor, the relation is enough
            if self._named_holder(head, by_token) is not None:
                continue  # "Kataib Hezbollah, an Iran-backed militia"
            generic = self.cues.generic.get(head.lower_)
            if generic is None:
                continue
            country = self._country(doc, start, head, by_token)
            actor = self._generic_actor(name.id_, word, generic, country)
            span = Span(doc, start, head.i + 1, label="ACTOR", span_id=actor.id)
            added.append(span)
        if added:
            taken = {i for s in added for i in range(s.start, s.end)}
            # Sector actors inside the phrase ("Iraqi militias") give way to it.
            kept = [s for s in spans if not (self._is_sector(s) and taken & set(range(s.start,
                                                                                    s.end)))]
            doc.spans["actors"] = sorted([*added, *kept], key=lambda s: (s.start, s.start - s.end))
        return added

    def _alias(self, text: str) -> str | None:
        if not hasattr(self, "_aliases"):
            aliases: dict[str, str] = {}  # built whole, then published: threads share it
            for alias in self.dictionary.aliases():
                aliases.setdefault(alias.text.casefold(), alias.actor)
            self._aliases = aliases
        return self._aliases.get(text.casefold())

    def _may_be_hyphenated(self, word: str) -> bool:
        """Whether a word (in lower case) can open :meth:`_hyphenated` or the compound rule:
        a cue word, "pro", or a word with a hyphen; tested before either runs (most words
        are none of these)."""
        return word in self.cues.compounds or word == "pro" or "-" in word

    def _hyphenated(self, token: Token, by_token: dict[int, Span]) -> tuple[Span, str] | None:
        """The name and cue word of "Iran-backed" (three tokens) or "U.S.-led" (one)."""
        doc = token.doc
        word = token.lower_
        if not self._may_be_hyphenated(word):
            return None
        if word == "pro" and token.i + 2 < len(doc) and doc[token.i + 1].text in _HYPHENS and (
                "aligned" in self.cues.compounds):
            # "pro-Iranian groups": groups aligned with Iran
            name = by_token.get(token.i + 2)
            return (name, "aligned") if name is not None and name.start == token.i + 2 else None
        if word in self.cues.compounds and token.i >= 2 and doc[token.i - 1].text in _HYPHENS:
            name = by_token.get(token.i - 2)
            return (name, word) if name is not None else None
        if word.startswith("pro-") and "aligned" in self.cues.compounds and (
                actor_id := self._alias(token.text[4:])) is not None:
            return Span(doc, token.i, token.i + 1, label="ACTOR", span_id=actor_id), "aligned"
        prefix, dash, word = token.text.rpartition("-")
        if dash and prefix and word.lower() in self.cues.compounds:
            actor_id = self._alias(prefix)
            if actor_id is not None:
                return Span(doc, token.i, token.i + 1, label="ACTOR", span_id=actor_id), \
                    word.lower()
        return None

    def _backed_phrase(
        self, token: Token, by_token: dict[int, Span]
    ) -> tuple[Span, Token, str, int] | None:
        """(name, head noun, cue word, phrase start) for "Iran-backed militias" and
        "militias backed by Iran"."""
        word = token.lower_
        hyphenated = self._hyphenated(token, by_token)
        if hyphenated is not None:
            name, word = hyphenated
            head = self._modified_noun(token)
            if head is not None:
                return name, head, word, min(name.start, token.i)
        if (word in self.cues.adjectives and self.cues.adjectives[word][2]
                and token.dep_ == "acl" and token.tag_ == "VBN"):
            head = token.head
            for agent in token.children:
                if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                    for pobj in agent.children:
                        agent_name = by_token.get(pobj.i)
                        if pobj.dep_ == "pobj" and agent_name is not None and head.i < token.i:
                            left = min([head.i, *(c.left_edge.i for c in head.lefts
                                                  if c.dep_ in ("amod", "compound"))])
                            return agent_name, head, word, left
        return None

    def _modified_noun(self, cue: Token) -> Token | None:
        """The noun "backed" modifies in "Iran-backed militias", read past parse errors."""
        if cue.head.i > cue.i and cue.head.pos_ in ("NOUN", "PROPN"):
            return cue.head
        doc = cue.doc
        for i in range(cue.i + 1, min(cue.i + 5, len(doc))):
            t = doc[i]
            if t.pos_ in ("NOUN", "PROPN"):
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                if nxt is None or nxt.pos_ not in ("NOUN", "PROPN"):
                    return t
            elif t.pos_ not in ("ADJ", "PUNCT", "VERB") or t.text in (",", ";"):
                return None
        return None

    def _named_holder(self, noun: Token, by_token: dict[int, Span]) -> Span | None:
        """The named actor a descriptive noun stands for: "X, a militia", "X is a militia"."""
        if noun.dep_ == "appos" and noun.head.i in by_token:
            return by_token[noun.head.i]
        for child in noun.children:
            if child.dep_ == "appos" and child.i in by_token:
                return by_token[child.i]
        if noun.dep_ in ("attr",) and noun.head.lemma_.lower() in _COPULAS:
            for child in noun.head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i in by_token:
                    return by_token[child.i]
        return None

    def _country(self, doc: Doc, start: int, head: Token, by_token: dict[int, Span]) -> str | None:
        """Where the sentence puts a generic group: a country word inside the phrase
        ("Iran-backed Iraqi militias"), "in X" on the noun, else the one place the
        sentence names with "in"."""
        for i in range(start + 1, head.i + 1):
            span = by_token.get(i)
            actor = self.dictionary.get(span.id_) if span is not None else None
            if actor is not None and actor.country and (actor.sector or i > start + 2):
                return actor.country
        places: set[str] = set()
        for t in head.sent:
            if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS and t.i in by_token:
                actor = self.dictionary.get(by_token[t.i].id_)
                if actor is not None and actor.kind == "state" and actor.country:
                    if t.head.head == head:
                        return actor.country
                    places.add(actor.country)
        return places.pop() if len(places) == 1 else None

    def _generic_actor(self, sponsor: str, word: str, generic: tuple[str, str],
                       country: str | None) -> Actor:
        code, kind = generic
        word = word.upper()
        actor_id = f"GEN.{code}.{normalise_key(sponsor)}_{normalise_key(word)}"
        if country:
            actor_id += f".{country}"
        found = self.generic.get(actor_id)
        if found is not None:
            return found
        owner = self.dictionary.get(sponsor)
        name = f"{owner.name if owner else sponsor}-{word.lower()} {_NOUN_NAMES.get(code, 'group')}"
        place = self.dictionary.get(country) if country else None
        if place is not None:
            name += f" in {place.name}"
        actor = Actor(id=actor_id, name=name, kind=kind, country=country)
        self.generic[actor_id] = actor
        return actor

    # -- relations -------------------------------------------------------------------------

    def find(self, doc: Doc, ctx: PostContext, state: ThreadState | None = None
             ) -> tuple[list[Relation], list[tuple[Token, Span]]]:
        """The relations of a parsed post, and the generic actor mentions they made.

        ``state`` is the thread state after ``coder.code(doc, ...)``; it is not changed.
        """
        if not doc.has_annotation("DEP"):
            return [], []
        self._call.made = []
        self._call.author = ctx.author
        # The post's own context for the reader's look-ups (its actor mentions, as marked
        # and coded); a copy of the thread state, so finding relations moves no dates on.
        self._call.cx = CodingContext.of(doc, ctx,
                                         ThreadState(state.last_date if state else None))
        # The tokens with a possessive child: only they can open the possessive rule.
        self._call.owners = {t.head.i for t in doc if t.dep_ == "poss"}
        self._call.chunks = None  # the post's noun chunks, made once (see _phrase_sides)
        out: dict[tuple[str, str, str, int], Relation] = {}
        for sent in doc.sents:
            ruled: list[tuple[Token, Token]] = []
            for found in self._sentence(sent):
                relation = self._relation(found, sent, ctx, state)
                if relation is None:
                    continue
                ruled.append((found.source.token, found.target.token))
                key = _merge_key(relation, sent.start)
                old = out.get(key)
                if old is None or relation.confidence > old.confidence:
                    out[key] = relation
            if self.model is None and self.recorder is None:
                continue
            for found, p in self._learned(sent, ruled, ctx):
                relation = self._relation(found, sent, ctx, state)
                if relation is None:
                    continue
                relation = replace(relation, confidence=round(max(0.1, min(0.9 * p, 0.9)), 2))
                out.setdefault(_merge_key(relation, sent.start), relation)
        return list(out.values()), self._made

    def _mentions(self, sent: Span) -> list[Span]:
        """The actor mentions of a parsed sentence, once each, in reading order."""
        if not any(t.dep_ and t.dep_ != "ROOT" for t in sent):
            return []  # (a sentence the prefilter left unparsed)
        seen: dict[tuple[int, int], Span] = {}
        for i in range(sent.start, sent.end):
            span = self._cx.by_token.get(i)
            if span is not None and span.id_:
                seen.setdefault((span.start, span.end), span)
        return list(seen.values())

    def _learned(self, sent: Span, ruled: list[tuple[Token, Token]], ctx: PostContext
                 ) -> Iterator[tuple[_Found, float]]:
        """Relations of the trained model between sides no rule related (recorded instead
        while training). The sides are the actor mentions and, where the model was trained
        with them, the noun phrases that may name a side the actor ruler does not mark
        (:meth:`_phrase_sides`: "the band", "the Guatemalan Episcopal Conference")."""
        mentions = self._mentions(sent)
        phrases = self._phrase_sides(sent, mentions) if self.recorder is not None or (
            self.model is not None and self.model.card.get("phrases")) else []
        sides = mentions + phrases
        if len(sides) < 2 or len(mentions) > _MODEL_MAX_MENTIONS:
            return
        kinds = {(m.start, m.end): self._kind(m) for m in mentions}
        kinds.update({(m.start, m.end): m.label_ for m in phrases})
        for a in sides:
            for b in sides:
                if a.start == b.start or (a.id_ and a.id_ == b.id_):
                    continue
                covered = _restates(a.root, b.root, ruled)
                if self.recorder is not None:
                    self.recorder.append({
                        "item": ctx.doc, "sent": sent.start_char, "covered": covered,
                        "features": pair_features(a, b, kinds[(a.start, a.end)],
                                                  kinds[(b.start, b.end)], self._cue_types),
                        "a": [a.start_char, a.end_char, a.text, *self._names(a.id_)],
                        "b": [b.start_char, b.end_char, b.text, *self._names(b.id_)]})
                    continue
                if covered or self.model is None:
                    continue
                _, inner = dependency_path(a.root, b.root)  # read by both tests below
                if not self._plain_path(inner):
                    continue
                best = self.model.best(pair_features(
                    a, b, kinds[(a.start, a.end)], kinds[(b.start, b.end)], self._cue_types))
                if best is None:
                    continue
                rtype, p = best
                src, tgt = self._phrase_arg(a), self._phrase_arg(b)
                if src is None or tgt is None:
                    continue
                trigger = self._model_trigger(a.root, b.root, inner)
                yield _Found(rtype, src, tgt, trigger, "model", trigger), p

    def _phrase_sides(self, sent: Span, mentions: list[Span]) -> list[Span]:
        """Noun phrases of the sentence that may name a side of a relation though the actor
        ruler marks no actor there: a group or body named in common words ("the band", "a
        paratroopers' unit", "the Liberal Party"), a proper name the dictionary does not
        know ("the Guatemalan Episcopal Conference", "ALONSO CORTES"). Each is a span
        without an actor id, labelled with its kind for the model (``np_group``,
        ``np_name``, ``np_person``); at most :data:`_MODEL_MAX_PHRASES`, the first ones."""
        by_token = self._cx.by_token
        taken = {i for m in mentions for i in range(m.start, m.end)}
        out: list[Span] = []
        # ``sent.noun_chunks`` makes every chunk of the whole post and keeps the sentence's:
        # once per sentence that is quadratic in a long post, so the post's are made once
        # (in order) and the sentence's found by their starts.
        if self._call.chunks is None:
            made = list(sent.doc.noun_chunks)
            self._call.chunks = (made, [c.start for c in made])
        chunks, starts = self._call.chunks
        for k in range(bisect_left(starts, sent.start), bisect_left(starts, sent.end)):
            chunk = chunks[k]
            if chunk.end > sent.end:
                continue
            root = chunk.root
            if root.i in taken or root.i in by_token or root.pos_ not in ("NOUN", "PROPN") or (
                    root.ent_type_ in _NOT_SIDE_ENTITIES) or root.lower_ in self.cues.nouns:
                continue  # (a title is the relation's word, not a side)
            start = chunk.start
            while start < root.i and (chunk.doc[start].dep_ in ("det", "poss", "punct", "case")
                                      or chunk.doc[start].is_space
                                      or chunk.doc[start].i in taken):
                start += 1
            if any(i in taken for i in range(start, chunk.end)):
                continue
            word = root.lower_
            if root.ent_type_ == "PERSON" and root.pos_ == "PROPN":
                kind = "np_person"
            elif self._group_word(word) or word in _UNIT_WORDS or word in _PART_NOUNS or (
                    word in self.cues.group_nouns):
                kind = "np_group"
            elif root.pos_ == "PROPN" and root.text[:1].isupper() and root.ent_type_ in (
                    "ORG", "NORP", ""):
                kind = "np_name"
            else:
                continue
            out.append(Span(chunk.doc, start, chunk.end, label=kind))
            if len(out) >= _MODEL_MAX_PHRASES:
                break
        return out

    def _phrase_arg(self, span: Span) -> Argument | None:
        """The argument for a side the model chose: a mention as it is; a noun phrase (see
        :meth:`_phrase_sides`) as the actor the rules read there, else a provisional person
        or organisation over its words (a common-noun group of this post alone)."""
        if span.id_:
            return Argument(span.root, span)
        root = span.root
        if span.label_ == "np_person":
            return self._named_person(root, span.start, span.end)
        arg = self._arg(root)
        if arg is not None and arg.span is not None:
            return arg
        if span.label_ == "np_group" and root.pos_ == "NOUN":
            return self._local_group(root)
        return self._provisional(root, span.start, span.end - 1)

    def _plain_path(self, inner: list[Token]) -> bool:
        """Whether every verb between two mentions is a relation cue or a copula: through
        any other verb ("X hopes to be elected president of Y", "X said Y ...") the clause
        may intend, deny or report, which the rules read and the model does not.
        ``inner``: the tokens of the dependency path strictly between the two."""
        for t in inner:
            if t.pos_ not in ("VERB", "AUX"):
                continue
            lemma = t.lemma_.lower()
            if lemma not in self._cue_types and lemma not in _COPULAS:
                return False
        return True

    def _model_trigger(self, a: Token, b: Token, inner: list[Token]) -> Token:
        """The word whose clause gives a learned relation its modality: the last cue word
        on the path between the mentions ("hopes to be elected president of": president,
        under "hopes"), else the word both hang from (``inner``: the path's tokens strictly
        between them)."""
        cued = [t for t in inner if t.lower_ in self._cue_types
                or t.lemma_.lower() in self._cue_types]
        head = common_head(a, b)
        trigger = cued[-1] if cued else head if head is not None else b.sent.root
        # a predicate noun takes its verb's clause ("X was elected president of Y")
        return trigger.head if trigger.dep_ in ("attr", "acomp", "oprd") else trigger

    def _names(self, actor_id: str) -> list[str]:
        actor = self.actor(actor_id)
        return [actor.name, *actor.aliases] if actor is not None else []

    def _sentence(self, sent: Span) -> Iterator[_Found]:
        owners = self._call.owners
        nouns = self.cues.nouns
        # The possessives first: the bodies they make ("ORTEGA'S GOVERNMENT") are then sides
        # for the rules of words before them ("WITH THE SUPPORT OF ORTEGA'S GOVERNMENT").
        # (read from the owners' indices, not by a second walk over every word)
        doc = sent.doc
        for i in sorted(i for i in owners if sent.start <= i < sent.end):
            if doc[i].pos_ in ("NOUN", "PROPN"):
                yield from self._possessive(doc[i])
        for token in sent:
            # Each rule tests its own opening condition; the cheap ones are tested here as
            # well, so that most words start no rule at all.
            pos, lower = token.pos_, token.lower_
            if self._may_be_hyphenated(lower):
                yield from self._compound(token)
            yield from self._adjective(token)
            yield from self._noun(token)
            if lower in nouns and pos in ("NOUN", "PROPN"):
                yield from self._title(token)
                yield from self._title_of_named(token)
            if token.dep_ == "appos":
                yield from self._apposition(token)
            if lower in _MEMBER_WORDS or lower in ("partners", "allies"):
                yield from self._members_named(token)
            if token.dep_ == "pobj" and token.head.lower_ == "as" and lower in nouns:
                yield from self._regarded_as(token)
            if lower == "one" and token.dep_ in ("appos", "attr"):
                yield from self._one_of(token)
            if lower in _LISTED_PEOPLE and token.tag_ == "NNS":
                yield from self._members_listed(token)
            if lower in ("member", "members") and token.dep_ == "attr":
                yield from self._described_members(token)
            yield from self._verb(token)
            if lower == "of" and token.dep_ == "prep" and pos == "ADP":
                yield from self._person_of(token)
            if lower in self.cues.party_words and token.dep_ in ("amod", "compound"):
                yield from self._party_member(token)
            if token.text == ":" or (lower == "signed" and token.i > 0
                                     and token.doc[token.i - 1].text == "("):
                yield from self._signatories(token)
            if lower == "within" and token.dep_ == "prep":
                yield from self._within(token)
            if pos == "ADP" and token.dep_ == "prep" and token.head.dep_ == "ROOT":
                yield from self._verb_read_as_preposition(token)

    def _arg(self, token: Token) -> Argument | None:
        """``token`` as an actor argument: the actor it names or refers to, never one it
        only mentions ("Saddam's proposal" is not Saddam)."""
        if token.dep_ == "poss" and token.lower_ in ("its", "their") and (
            token.head.dep_ in ("dobj", "obj") and token.head.head.pos_ == "VERB"
        ):
            # "X ... strengthened its loyal array": the owner is the verb's own subject.
            subjects = self._direct(self.reader.subjects(self._cx, token.head.head))
            if subjects and self._kind(subjects[0].span) != "person":
                return Argument(token, subjects[0].span, via_reference=True)
        if token.lower_ in _FIRST_PLURAL:
            return self._speaker_organisation(token)
        if token.dep_ == "poss" and token.lower_ in ("its", "their") and (
                token.head.dep_ == "conj" and token.head.head.i < token.i):
            # "the regime and its backers": the noun it follows
            first = self._arg(token.head.head)
            if first is not None:
                return Argument(token, first.span, via_reference=True)
        if token.lower_ == "who" and token.tag_ == "WP" and token.dep_ in (
                "nsubj", "nsubjpass") and token.head.dep_ == "relcl":
            # "DM-1 TROOPS, WHO WERE SUPPORTED BY X": the reader's person, else the group
            # the clause hangs on
            arg = self.reader.actor_arg(self._cx, token, deep=False)
            if arg.span is not None:
                return arg
            group = token.head.head
            if group.pos_ != "NOUN" or group.i in self._cx.by_token:
                return None
            found = self._arg(group)
            return Argument(token, found.span, via_reference=True) if found is not None and (
                found.span is not None) else None
        if token.lower_ in ("which", "that") and token.tag_ == "WDT":
            # "X, leader of the movement, which is a member of Y": the movement, not X;
            # "REPRESSIVE FORCES THAT HAVE BEEN TRAINED BY X": the forces
            arg = self.reader.actor_arg(self._cx, token, deep=False)
            if arg.span is not None and self._kind(arg.span) != "person":
                return arg
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            head = clause.head if clause is not None else None  # ("to which X belongs")
            if head is None:
                return None
            if self._kind(self._cx.by_token.get(head.i)) != "person" and (
                    found := self._arg(head)) is not None:
                return found
            # the clause hung on a person (or on no actor): the name just before "which"
            left = token.i - 1
            while left > head.i and token.doc[left].is_punct:
                left -= 1
            if left - 2 > head.i and token.doc[left - 1].text == "(":
                left -= 2  # "the ... movement (MPSC), which": the movement
                while left > head.i and token.doc[left].is_space:
                    left -= 1
            if left <= head.i or self._kind(self._cx.by_token.get(left)) == "person":
                return None
            return self._arg(token.doc[left])
        if token.pos_ == "NOUN" and token.i not in self._cx.by_token and (
                called := _called(token)) is not None:
            # "a group called Chile's Independence Movement", "a militia known as X": the name
            found = self._arg(called)
            if found is not None and self._kind(found.span) not in _NOT_BODIES:
                return found
            if called.i not in self._cx.by_token or (found is not None and found.span is not None
                                                     and found.span.id_.startswith("PRV.PER.")):
                # ("A FRONT GROUP CALLED X" with X read as a person: a group all the same)
                start, end = self._name_extent(called)
                return self._provisional(called, start, end)
        bracketed = [c for c in token.rights if c.dep_ == "appos" and c.i in self._cx.by_token
                     and token.doc[c.i - 1].text == "(" and self._kind(
                         self._cx.by_token[c.i]) not in ("person", "state", "location")]
        if bracketed and token.pos_ in ("NOUN", "PROPN") and token.i not in self._cx.by_token:
            # "the ruling American Popular Revolutionary Alliance (APRA)": the name in brackets
            return Argument(token, self._cx.by_token[bracketed[0].i])
        for head, made in self._made:
            if head.i == token.i:  # "Kadyrov's fighters", made by an earlier relation
                return Argument(token, made)
        if (token.pos_ == "PROPN" and token.lower_ in self.cues.unnamed_groups
                and token.i not in self._cx.by_token):
            # "the Syrian Arab Coalition" is a group of its own, not the Syrian Arabs
            return self._unnamed(token)
        arg = self.reader.actor_arg(self._cx, token, deep=False)
        span = arg.span
        if span is not None and span.text.startswith(("Operation ", "operation ")):
            return None  # "Operation Inherent Resolve" is a campaign, not an actor
        if token.pos_ == "PROPN" and token.i not in self._cx.by_token and (
                named := self._longer_name(token)) is not None:
            return named
        if span is None:
            return (self._same_as_before(token) or self._unnamed(token)
                    or self._person_in_capitals(token)
                    or self._ranked_name(token) or self._pronoun_side(token)
                    or self._person_read_as_place(token))
        if arg.via_reference or span.start <= token.i < span.end:
            return arg
        if token.lower_ in self.cues.generic and self._kind(span) != "state" and any(
            c.dep_ in ("compound", "amod", "nmod") and span.start <= c.i < span.end
            for c in token.children
        ):
            return Argument(token, span)  # "Syrian rebel factions", "PMF brigades"
        if token.lower_ in _INSTITUTION_NOUNS and any(
            c.dep_ == "poss" and span.start <= c.i < span.end for c in token.children
        ):
            return Argument(token, span)  # "Pakistan's intelligence agency"
        if token.lower_ in self.cues.state_agents and self._kind(span) not in (
                "person", "location", "civilian", None) and any(
            c.dep_ in ("compound", "amod", "nmod") and span.start <= c.i < span.end
            for c in token.children
        ):
            return Argument(token, span)  # "trained by Cuban instructors": Cuba trains
        return self._unnamed(token)

    def _same_as_before(self, token: Token) -> Argument | None:
        """"THE SALVADORAN ARMY, THE SAME ARMY WHICH HAS THE SUPPORT OF X": "the same" noun
        is the actor named earlier in the sentence by the same noun."""
        if token.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ == "same"
                                           for c in token.children):
            return None
        for prev in reversed(token.doc[token.sent.start:token.i]):
            if prev.lemma_.lower() == token.lemma_.lower() and (
                    span := self._cx.by_token.get(prev.i)) is not None:
                return Argument(token, span, via_reference=True)
        return None

    def _pronoun_side(self, token: Token) -> Argument | None:
        """A personal pronoun the reader found no one for ("HE WAS THE LEADER OF THE
        LIBERAL PARTY", "I WAS 4TH INFANTRY BRIGADE COMMANDER", "THEY ARE ASSASSINS OF THE
        ARMY"): a provisional person (a group for "they") of this post alone, so that the
        relation is kept without being merged with another text's "he"."""
        kind = _PRONOUN_SIDES.get(token.lower_)
        if kind is None or token.pos_ != "PRON":
            return None
        for head, made in self._made:
            if head.i == token.i:
                return Argument(token, made, via_reference=True)
        post = self._cx.post
        span = Span(token.doc, token.i, token.i + 1, label="ACTOR",
                    span_id=f"PRV.{kind}.{token.text.upper()}_UNRESOLVED_OF_"
                            f"{normalise_key(post.doc)}_{post.post}")
        self._made.append((token, span))
        return Argument(token, span, via_reference=True)

    def _person_in_capitals(self, token: Token) -> Argument | None:
        """A person's name in a text written in capitals whose last word the truecased
        parse took for a common noun ("COLONEL FRANCISCO ELENA FUENTES, COMMANDER OF", read
        "Francisco Elena fuentes"): the name words before it that the tagger took for a
        person, and the word itself."""
        doc = token.doc
        if not token.text.isupper() or not token.text.isalpha() or token.pos_ != "NOUN" or (
                token.i in self._cx.by_token):
            return None
        start = token.i
        while start > token.sent.start and doc[start - 1].ent_type_ == "PERSON" and (
                doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN") and doc[start - 1].text.isupper()
                and doc[start - 1].text.isalpha() and doc[start - 1].i not in self._cx.by_token):
            start -= 1
        if start == token.i or token.i - start > 3 or doc[start].head.i not in range(
                start, token.i + 1):
            return None
        return self._named_person(token, start, token.i + 1)

    def _ranked_name(self, token: Token, titled: bool = False) -> Argument | None:
        """A name the entity reader missed that a military rank opens ("COL JORGE ERNESTO
        FERRERO ECHEVERRI", "SERGEANT ANGEL VARGAS SAMARA"): the name words that end at
        ``token`` (read by :func:`~actorgraph.nlp.names.name_before`), right after a rank, as
        a provisional person. A rank says a person follows where the parse saw none; with
        ``titled``, a title does too ("JUSTICE MINISTER OSCAR X" in a list of people)."""
        if token.i in self._cx.by_token or token.ent_type_ in _NOT_SIDE_ENTITIES - {"GPE", "LOC"}:
            return None
        if token.pos_ == "NOUN":
            return self._ranked_surname(token)
        if token.pos_ != "PROPN":
            return None
        by_token = self._cx.by_token

        def taken(i: int) -> bool:  # (a person the ruler read over part of the name is no bar)
            return i in by_token and not by_token[i].id_.startswith("PRV.PER.")

        run = name_before(token, self._not_name, taken, single=True)
        if run is None:
            return None
        start, end = run
        doc = token.doc
        before = start - 1
        if before >= token.sent.start and doc[before].text == ".":
            before -= 1  # "COL. X"
        opener = doc[before].lower_.rstrip(".") if before >= token.sent.start else ""
        if before < token.sent.start or end - start < 2 or not (
                opener in _RANKS or opener in _RANK_ABBREVIATIONS
                or (titled and opener in self.cues.nouns)) or any(
                doc[j].ent_type_ in ("ORG", "NORP", "FAC") for j in range(start, end)):
            return None  # ("GENERAL MOTORS CORPORATION" is a firm)
        return self._named_person(doc[end - 1], start, end)

    def _ranked_surname(self, token: Token) -> Argument | None:
        """A surname alone right after a military rank that the tagger took for a common
        noun ("COL RIVERA WAS THE DIRECTOR OF ...", "CAPTAIN MENDEZ, COMMANDER OF ..."):
        a provisional person. Only a word in capitals that ends the phrase and is no cue or
        title word."""
        doc = token.doc

        def name_word(t: Token) -> bool:
            return t.is_upper and t.is_alpha and not (
                t.is_stop or t.lower_ in self._not_name or t.lower_ in NAME_TITLES
                or t.lemma_.lower() in self._not_name or t.lower_ in _RANKS)

        if not name_word(token):
            return None
        start = token.i
        while start - 1 > token.sent.start and token.i - start < 3 and name_word(
                doc[start - 1]) and doc[start - 1].pos_ in ("PROPN", "NOUN") and (
                start - 1 not in self._cx.by_token):
            start -= 1  # "COLONEL ALEJANDRO SANCHEZ, DEPUTY DIRECTOR OF": the given names
        before = start - 1
        if before >= token.sent.start and doc[before].text == ".":
            before -= 1  # "COL. X"
        if before < token.sent.start:
            return None
        opener = doc[before]
        if opener.lower_.rstrip(".") not in _RANKS | _RANK_ABBREVIATIONS or not opener.is_upper or (
                before > token.sent.start and doc[before - 1].lower_ in ("the", "a", "an")):
            return None  # ("THE GENERAL STAFF": a body)
        after = token.i + 1
        if after < token.sent.end and doc[after].is_alpha and doc[after].pos_ not in (
                "VERB", "AUX", "ADP", "CCONJ"):
            return None
        return self._named_person(token, start, token.i + 1)

    def _longer_name(self, token: Token) -> Argument | None:
        """A proper name that starts with a known organisation's and goes on ("Boeing
        Commercial Airplanes"): a provisional organisation of its own."""
        words = [c for c in token.lefts if c.dep_ == "compound"]
        if not words or any(c.pos_ != "PROPN" for c in words) or token.ent_type_ in (
                "PERSON", "GPE"):
            return None
        start = min(c.i for c in words)
        inside = {self._cx.by_token[i] for i in range(start, token.i)
                  if i in self._cx.by_token}
        if len(inside) != 1 or any(self._kind(s) in _NOT_BODIES
                                   or s.start != start for s in inside):
            return None
        return self._provisional(token, start, token.i)

    def _speaker_organisation(self, token: Token) -> Argument | None:
        """"We", "our": the organisation that speaks. The one the dictionary knows where the
        text makes it clear: the post's author is an organisation or state it knows, or the
        words are quoted from one ("we trained them," the ministry said), or from a person
        the sentence or the dictionary places in one. Else the speaking side is unnamed:
        a provisional organisation of this post only ("the side of General Smith", "the
        author of doc_1"), so a press release's "we support X" is kept, and never merged
        with another text's "we"."""
        if token.pos_ != "PRON" or token.text == "US":
            return None  # "US" is the United States
        frame = self.reader.frame(self._cx, token.head, token.sent)
        speaker = frame.asserted_by
        actor_id = None
        side = None
        if speaker is not None and speaker.span is not None:
            kind = self._kind(speaker.span)
            if kind not in ("person", "civilian", None):
                actor_id = speaker.actor
            else:
                side = speaker.span.text
                if kind == "person":  # the body the sentence or the dictionary gives them
                    actor_id = self.reader._speaks_for(self._cx, speaker, speaker.span)
        elif self._call.author:
            actor_id = self._alias(self._call.author)
            side = self._call.author
        actor = self.actor(actor_id) if actor_id else None
        if actor is not None and actor.kind not in ("person", "civilian"):
            span = Span(token.doc, token.i, token.i + 1, label="ACTOR", span_id=actor.id)
            return Argument(token, span, via_reference=True)
        for head, made in self._made:
            if head.i == token.i:
                return Argument(token, made, via_reference=True)
        post = self._cx.post
        key = f"{normalise_key(side)}_SIDE" if side else "AUTHOR"
        span = Span(token.doc, token.i, token.i + 1, label="ACTOR",
                    span_id=f"PRV.ORG.{key}_OF_{normalise_key(post.doc)}_{post.post}")
        self._made.append((token, span))
        return Argument(token, span, via_reference=True)

    def _unnamed(self, token: Token) -> Argument | None:
        """A group the dictionary does not know, named only where a relation names it:
        "the international coalition", "the axis of resistance", "CTF 50". A provisional
        organisation over the noun, its adjectives, compounds and numbers, and an "of"
        phrase that names no actor."""
        by_token = self._cx.by_token
        if token.i in by_token or token.dep_ == "compound":
            return None
        if token.dep_ == "poss":
            # "The group's founder": a group of this post (only if nothing else names it)
            if (token.lower_ in self.cues.generic or token.lower_ in self.cues.group_nouns) and (
                    token.tag_ == "NN") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                return self._local_group(token)
            return None
        if token.pos_ == "NOUN" and self._named_holder(token, by_token) is None and (
                token.lower_ in _PARTNER_NOUNS or (
                    not any(c.dep_ == "poss" for c in token.children)
                    and token.lower_ not in self.cues.unnamed_groups  # (their own rule below)
                    and (token.lower_ in self.cues.group_nouns
                         or (token.lower_ in self.cues.generic and (token.tag_ == "NNS" or any(
                             c.dep_ == "det" and c.lower_ == "the" for c in token.children))))
                    )):  # ("now leads the party": a party of this post, unless named)
            # "The regime armed local tribes", "SUBVERSIVES, FINANCED BY CUBA"
            return self._local_group(token)
        if self._organisation_name(token):
            # "the 105th Infantry Brigade", "the Ayacucho development corporation"
            return self._provisional(token, *self._name_extent(token))
        if any(c.dep_ == "poss" for c in token.children):
            return None
        acronym = (token.pos_ == "PROPN" and token.text.isupper() and len(token.text) >= 2
                   and token.text.isalpha() and token.ent_type_ not in ("GPE", "PERSON", "NORP"))
        if token.lower_ in _MEMBER_WORDS or token.lower_ in _FORCE_WORDS:
            # "Coalition nations ... include X": the members stand for the coalition
            groups = [c for c in token.lefts if c.dep_ in ("compound", "nmod") and (
                          c.i == token.i - 1 or all(token.doc[j].pos_ == "ADJ"
                                                    for j in range(c.i + 1, token.i)))
                      and c.lower_ in self.cues.unnamed_groups and c.i not in by_token]
            return self._provisional(groups[0], groups[0].i, groups[0].i) if groups else None
        if self._command_area(token):
            # "CHIEF OF THE HUALLAGA MILITARY ZONE": a command, named with its modifiers
            return self._provisional(token, *self._name_extent(token))
        if token.lower_ not in self.cues.unnamed_groups and not acronym:
            return self._org_entity(token)  # "a spokesman for Force Ouvrière"
        if self._named_holder(token, by_token) is not None:
            return None  # "X is a coalition of rebel groups": the coalition is X
        start = end = token.i
        for child in sorted(token.lefts, key=lambda c: -c.i):
            proper = token.pos_ == "PROPN" and child.pos_ == "PROPN" and child.dep_ == "compound"
            if child.dep_ not in ("amod", "compound", "nummod") or child.i != start - 1 or any(
                    (d.i in by_token and not proper) or d.dep_ == "punct" for d in child.subtree):
                break
            start = child.i
        for child in token.rights:
            if child.dep_ == "nummod" and child.i == end + 1:
                end = child.i  # "CTF 50"
            elif child.dep_ == "prep" and child.lower_ == "of" and child.i == end + 1:
                objs = [p for p in child.children if p.dep_ == "pobj"]
                if objs and objs[0].pos_ == "NOUN" and not any(
                        d.i in by_token for d in objs[0].subtree):
                    end = objs[0].right_edge.i  # "the axis of resistance"
        return self._provisional(token, start, end)

    def _command_area(self, token: Token) -> bool:
        """Whether ``token`` is an area noun that names a command or a court: "zone" with
        "military" or "judicial" among the words just before it ("THE HUALLAGA MILITARY
        ZONE", "JUDICIAL ZONE"; ``command_areas``, ``command_qualifiers``)."""
        if token.lower_ not in self.cues.command_areas or token.pos_ not in ("NOUN", "PROPN"):
            return False
        return any(c.dep_ in ("amod", "compound", "nmod") and c.i < token.i
                   and c.lower_ in self.cues.command_qualifiers for c in token.lefts)

    def _part(self, token: Token) -> Argument | None:
        """A part noun with the modifiers just before it ("military wing", "Arab element")
        as a provisional group; ``None`` when nothing modifies it."""
        start = token.i
        for c in sorted(token.lefts, key=lambda c: -c.i):
            if c.i != start - 1 or c.dep_ not in ("amod", "compound", "nmod") or (
                    c.i in self._cx.by_token and self._kind(self._cx.by_token[c.i]) != "state"):
                break
            start = c.i
        return self._provisional(token, start, token.i) if start < token.i else None

    def _group_word(self, word: str) -> bool:
        """A common noun that names a group: "rebel", "contra", "opposition", "army"."""
        return (word in self.cues.generic or word in self.cues.movement_words
                or word in self.cues.unnamed_groups or self._organisation_word(word))

    def _organisation_word(self, word: str) -> bool:
        return word in ORGANISATION_WORDS or word in self.cues.organisation_nouns

    def _organisation_name(self, token: Token) -> bool:
        """Whether ``token`` heads the name of an organisation written in common words: an
        organisation's noun ("brigade", "corporation", "community") with "the" or "a" and
        a word of its own before it ("the 105th infantry brigade", "the social christian
        people's movement"), or an "of" phrase after it ("a commission of notables")."""
        if not (token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and token.dep_ == "pobj")
                ) or (token.tag_ == "NNS" and not token.text.isupper()) or not (
                self._organisation_word(token.lower_)):
            return False
        if not self._unit_name(token) and not any(
                c.dep_ == "det" and c.lower_ in ("the", "a", "an")
                for t in (token, *(p for p in token.children if p.dep_ in ("poss", "compound")))
                for c in t.children):
            return False  # ("the social christian people's movement": "the" on "people";
            # "THE ... PUBLIC EMPLOYEES\nASSOCIATION": on the compound before a line break)
        if self._named_holder(token, self._cx.by_token) is not None:
            return False  # "X is a movement": the movement is X
        start, end = self._name_extent(token)
        return start < token.i or end > token.i

    def _unit_name(self, token: Token) -> bool:
        """Whether ``token`` heads a military unit's proper name: "2nd Battalion", "Abel
        Battery", "5th Special Forces Group", "Explosive Ordnance Disposal Mobile Unit Two"."""
        if token.pos_ != "PROPN" or token.lower_ not in _UNIT_WORDS or not token.text[:1].isupper():
            return False
        return any(c.dep_ in ("compound", "nummod", "amod", "nmod") and (
            c.pos_ in ("PROPN", "NUM") or c.tag_ == "JJ" and c.text[:1].isdigit())
            for c in token.children)

    def _name_extent(self, token: Token) -> tuple[int, int]:
        """The words of a name headed by ``token``: its modifiers just before it (a plain
        noun's possessive among them: "people's") and an "of" phrase naming no actor."""
        by_token = self._cx.by_token
        start = end = token.i
        for c in sorted(token.lefts, key=lambda c: -c.i):
            if c.dep_ == "case":
                continue
            if c.right_edge.i < start - 2 or c.dep_ not in ("amod", "compound", "nmod", "nummod",
                                                             "poss") or (
                    c.dep_ == "poss" and c.pos_ != "NOUN") or any(
                    d.i in by_token and self._kind(by_token[d.i]) != "state" for d in c.subtree):
                break
            start = c.left_edge.i
        for c in token.rights:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == end + 1:
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if objs and objs[0].pos_ == "NOUN" and not any(
                        d.i in by_token for d in objs[0].subtree):
                    end = objs[0].i
            elif c.dep_ == "nummod" and c.i == end + 1:
                end = c.i  # "Mobile Unit Two"
        return start, end

    def _local_group_at(self, token: Token) -> Argument:
        """``token`` alone as a group of this post ("Kurdish" in "Kurdish-led")."""
        post = self._cx.post
        return self._provisional(token, token.i, token.i,
                                 local=f"{normalise_key(post.doc)}_{post.post}")

    def _local_group(self, token: Token) -> Argument:
        """A group named only by a common noun ("local tribes", "our Syrian partners",
        "gangs of criminals") as a provisional organisation of this post alone: another
        text's "the rebels" are other rebels. The noun with the modifiers just before it (a
        state's adjective among them) and an "of" phrase that names no actor."""
        by_token = self._cx.by_token
        start = end = token.i
        for c in sorted(token.lefts, key=lambda c: -c.i):
            if c.i != start - 1 or c.dep_ not in ("amod", "compound", "nmod") or any(
                    d.i in by_token and self._kind(by_token[d.i]) != "state" for d in c.subtree):
                break
            start = c.left_edge.i  # ("Kurdish-led militia": the whole modifier)
        for c in token.rights:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == end + 1:
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if objs and objs[0].pos_ == "NOUN" and not any(
                        d.i in by_token for d in objs[0].subtree):
                    end = objs[0].i  # "gangs of criminals"
        post = self._cx.post
        return self._provisional(token, start, end,
                                 local=f"{normalise_key(post.doc)}_{post.post}")

    def _org_entity(self, token: Token) -> Argument | None:
        """An organisation the parser names but the dictionary does not know ("General
        Motors", "Force Ouvrière"), as a provisional organisation over the whole name."""
        if token.ent_type_ != "ORG" or token.i in self._cx.by_token:
            return None
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end and not any(
                    j in self._cx.by_token for j in range(ent.start, ent.end)):
                start = ent.start + (ent[0].lower_ == "the")
                if start < ent.end and ent[-1].pos_ == "PROPN":
                    return self._provisional(ent[-1], start, ent.end - 1)
        return None

    def _provisional(self, token: Token, start: int, end: int, local: str = "") -> Argument:
        """A provisional organisation over tokens ``start`` to ``end``, made once; with
        ``local``, one of that post only."""
        key = normalise_key(token.doc[start:end + 1].text)
        return self._made_once(token, start, end + 1,
                               f"PRV.ORG.{key}_OF_{local}" if local else f"PRV.ORG.{key}")

    def _named_person(self, token: Token, start: int, end: int) -> Argument:
        """A provisional person over the words ``start`` to ``end`` (the end excluded), made
        once per post."""
        return self._made_once(token, start, end,
                               f"PRV.PER.{normalise_key(token.doc[start:end].text)}")

    def _made_once(self, token: Token, start: int, end: int, actor_id: str) -> Argument:
        """The actor this post's rules made over tokens ``start`` to ``end`` (the end
        excluded), else a new one, ``actor_id``, headed by ``token``."""
        for found_token, made in self._made:
            if made.start == start and made.end == end:
                return Argument(found_token, made)
        span = Span(token.doc, start, end, label="ACTOR", span_id=actor_id)
        self._made.append((token, span))
        return Argument(token, span)

    def _args(self, token: Token) -> list[Argument]:
        first = self._arg(token)
        others = [a for t in token.conjuncts if (a := self._arg(t)) is not None]
        return [first, *others] if first is not None else self._examples(token) + others

    def _direct(self, args: Iterable[Argument]) -> list[Argument]:
        """The arguments that name an actor (see :meth:`_arg`), not just mention one."""
        out = []
        for a in args:
            if a.token.lower_ == "which" and a.token.tag_ == "WDT":
                if (again := self._arg(a.token)) is not None:
                    out.append(again)
            elif a.span is not None and (a.via_reference or a.span.start <= a.token.i < a.span.end):
                out.append(a)
            elif (again := self._arg(a.token)) is not None:
                out.append(again)
            else:
                out += self._examples(a.token)
        return out

    def _examples(self, noun: Token) -> list[Argument]:
        """The actors a class noun names by example ("COUNTRIES LIKE BRAZIL AND CUBA SELL
        ARMS", "groups such as Hamas"): each example, for a noun that names none itself."""
        if noun.pos_ != "NOUN" or noun.tag_ not in ("NNS", "NNPS"):
            return []
        return [a for c in noun.children if c.dep_ == "prep" and (
                    c.lower_ == "like" or (c.lower_ == "as" and c.i > 0
                                           and noun.doc[c.i - 1].lower_ == "such"))
                for p in c.children if p.dep_ == "pobj" for a in self._args(p)]

    def _holders(self, noun: Token) -> list[Argument]:
        """Who a predicate noun or adjective is said of: "X is part of", "X, a faction of",
        "X, which is loyal to", "the leader of Y, X"."""
        first = noun
        while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and (
                first.head.i < first.i):
            first = first.head
        if first.i != noun.i and noun.pos_ == "NOUN" and noun.lower_ in self.cues.nouns and (
                first.lower_ in self.cues.nouns or first.dep_ in ("appos", "attr")):
            # "X, a leader of Y and director of Z"; "X, a lawyer and a member of Y", "HE WAS A
            # MAGISTRATE, PARLIAMENTARIAN AND THE LEADER OF Y": the one the first noun of the
            # list is said of
            return self._holders(first)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in (
                "one", "some", "among"):  # "X is one of the factions of Y"
            return self._holders(noun.head.head)
        if noun.dep_ in ("attr", "oprd", "xcomp", "ccomp") and noun.head.pos_ == "VERB" and (
                noun.head.lemma_.lower() in self.cues.office_verbs):
            # "X was elected president of Y", "Z appointed X commander of Y": who is put in
            verb = noun.head
            passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if passive:
                return [a for c in passive for a in self._args(c)]
            objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < noun.i]
            return self._args(objs[0]) if objs else []
        if noun.dep_ in ("attr", "acomp", "oprd") and noun.head.lemma_.lower() in _COPULAS:
            found = self._direct(self.reader.subjects(self._cx, noun.head))
            if not found and noun.lower_ in _PART_NOUNS:
                # "Saraya Awliya al-Dam is a front unit of X", "THE MIR IS A FACTION OF X":
                # a name the dictionary does not know is a group when it is a group's part
                found = [a for c in noun.head.children if c.dep_ == "nsubj"
                         and (a := self._unknown_name(c)) is not None]
            if not found and self.cues.nouns.get(noun.lower_, ("",))[0] in ("leads",
                                                                            "member_of"):
                # "BARILLAS WAS SECRETARY GENERAL OF THE PDC": a title said of a name the
                # entity reader read as no one is a person's
                by_token = self._cx.by_token
                found = [a for c in noun.head.children if c.dep_ == "nsubj"
                         and c.i not in by_token
                         for a in self._unread_person(c, name_before(
                             c, self._not_name, lambda i: i in by_token, single=True))]
            return found
        as_ = noun.head
        while as_.dep_ == "conj" and as_.head.lower_ == "as":
            as_ = as_.head  # "AS HEAD OF THE ARMY AND AS HEAD OF THE ARMED FORCES"
        if noun.dep_ == "pobj" and as_.lower_ == "as" and as_.head.pos_ in ("VERB", "AUX"):
            verb = as_.head
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            if verb.lemma_.lower() in _SUCCESSION_VERBS or (
                    noun.lower_ == "part" and not any(c.dep_ == "det" for c in noun.children)):
                # "X succeeded al-Baghdadi as head of the Islamic State": X is the head now;
                # "we protect them as part of a coalition": we are part of it
                return self._direct(self.reader.subjects(self._cx, verb))
            if objs:
                return self._args(objs[0])
            passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if passive:  # "X is widely seen as Iran's proxy": X, not whoever sees it so
                return self._args(passive[0])
            if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "X, widely seen as Iran's proxy"
                return self._args(verb.head)
            return self._direct(self.reader.subjects(self._cx, verb))
        if noun.dep_ == "pobj" and as_.lower_ == "as" and as_.head.pos_ in ("NOUN", "PROPN"):
            # ("AS PART OF A PLAN" is a purpose, no one's part)
            return [] if noun.lower_ == "part" else self._as_holders(as_.head)
        if noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.lower_ in _AT_THE_TOP and (
                any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)) and (
                noun.head.head.lemma_.lower() in _COPULAS | {"remain", "stay", "stand"}):
            # "YOUR GOVERNMENT AND CRISTIANI ARE AT THE HEAD OF THE ARMED FORCES"
            return self._direct(self.reader.subjects(self._cx, noun.head.head))
        if noun.dep_ in ("appos", "amod", "acl") and noun.head.pos_ in ("NOUN", "PROPN"):
            head = noun.head
            holders = self._args(head)
            if noun.dep_ == "appos" and noun.tag_ == "NN" and head.conjuncts and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
                    self._kind(self._cx.by_token.get(t.i)) == "person"
                    for t in (head, *head.conjuncts)):
                # "CRISTIANI AND PONCE, THE VISIBLE HEAD OF Y": one head, the one named last
                last = self._arg(max((head, *head.conjuncts), key=lambda t: t.i))
                return [last] if last is not None else []
            if not holders and head.dep_ in ("appos", "attr"):
                holders = self._holders(head) if head.dep_ == "attr" else self._args(head.head)
            if holders:
                return holders
        for child in noun.children:
            if child.dep_ == "appos" and not (
                    child.left_edge.i > 0 and noun.doc[child.left_edge.i - 1].text == "("):
                # (a name in brackets spells out the one before it, it holds nothing)
                found = self._args(child)
                if found:
                    return found
        for place in (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
                      for p in c.children if p.dep_ == "pobj"):
            # "Tehran's main ally in Yemen, the Houthis": the name hung on the place
            if self._kind(self._cx.by_token.get(place.i)) in ("state", "location"):
                found = [a for c in place.children if c.dep_ == "appos" for a in self._args(c)]
                if found:
                    return found
        if noun.dep_ == "dobj" and noun.head.tag_ == "VBN" and any(
                c.dep_ == "auxpass" and c.lemma_ == "be" for c in noun.head.children):
            # "X and Y have been sworn enemies", read as a passive with an object
            found = [a for c in noun.head.children if c.dep_ == "nsubjpass"
                     for a in self._args(c)]
            if found:
                return found
        return (self._stance_named_after_copula(noun) or self._stance_listed_before(noun)
                or self._listed_before(noun))

    def _stance_named_after_copula(self, noun: Token) -> list[Argument]:
        """Who a backing, ally or rival noun as a copula's subject is said to be: "Hamas's
        chief sponsor is Iran", "the main enemy of the Taliban is the Islamic State", "whose
        patron is Algeria" (a leader's or member's title has its own readers)."""
        if self._stance_type(noun) is None or noun.dep_ != "nsubj" or (
                noun.head.lemma_.lower() not in _COPULAS):
            return []
        return [a for c in noun.head.children if c.dep_ == "attr" and c.i > noun.i
                for a in self._args(c)]

    def _stance_listed_before(self, noun: Token) -> list[Argument]:
        """The names a plural ally or rival noun after a comma is said of where the parse hung
        it elsewhere ("Armenia and Azerbaijan, foes for decades, agreed", "Greece and Turkey,
        NATO allies and historic rivals, met", read as a second subject or one more of the
        list): the two or more names listed just before the comma."""
        first = noun
        while first.dep_ == "conj" and self._stance_type(first.head) is not None:
            first = first.head  # "allies and rivals": the phrase opens at the first noun
        if noun.tag_ != "NNS" or self._stance_type(noun) not in ("allied_with", "rival_of"):
            return []
        doc, by_token = noun.doc, self._cx.by_token
        comma = first.left_edge.i - 1
        while comma > 0 and doc[comma].is_space:
            comma -= 1
        if comma < 1 or doc[comma].text != "," or doc[comma - 1].dep_ != "conj" or (
                doc[comma - 1].i not in by_token):
            return []
        head = doc[comma - 1].head
        while head.dep_ == "conj":
            head = head.head
        out = [a for t in (head, *head.conjuncts) if t.i < comma
               if (a := self._arg(t)) is not None]
        return out if len(out) >= 2 else []

    def _stance_type(self, noun: Token) -> str | None:
        """The relation type a backing, ally or rival noun names, else ``None``."""
        cue = self.cues.nouns.get(noun.lower_) or self.cues.nouns.get(noun.lemma_.lower())
        return cue[0] if cue is not None and cue[0] in _STANCE_TYPES else None

    def _as_holders(self, head: Token) -> list[Argument]:
        """Who an "as" title hung on a noun is said of: the person named there ("X, AS DEPUTY
        CHAIRMAN OF Y"), or the one whose role it is ("IN HIS CAPACITY AS CHAIRMAN OF Y", "IN
        MY ROLE AS PRESIDENT OF Y", "X'S RESIGNATION AS PRESIDENT OF Y")."""
        if self._kind(self._cx.by_token.get(head.i)) == "person":
            return self._args(head)
        role = head
        while role.lower_ not in self.cues.role_nouns and role.dep_ == "pobj" and (
                role.head.lower_ == "of" and role.head.head.pos_ == "NOUN"):
            role = role.head.head  # "X'S LETTER OF RESIGNATION AS ...": the letter's owner
        if role.lower_ not in self.cues.role_nouns:
            return []
        return [a for c in role.children if c.dep_ == "poss" for a in self._args(c)]

    def _listed_before(self, noun: Token) -> list[Argument]:
        """The persons a plural title after a comma is said of where the parser hung the
        title elsewhere ("ORDERED BY X AND Y, HEADS OF THE Z", the title read as the verb's
        predicate or as one more of the list): the names listed just before the comma, all
        of them persons."""
        doc, by_token = noun.doc, self._cx.by_token
        comma = noun.left_edge.i - 1
        while comma > 0 and doc[comma].is_space:
            comma -= 1  # (a line wrapped after the comma)
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in self.cues.nouns or comma < 1 or (
                doc[comma].text != ",") or noun.dep_ == "appos":
            return []
        last = doc[comma - 1]
        if last.dep_ != "conj" or last.i not in by_token:
            return []  # (one name before the comma: the apposition's rule)
        first = last.head
        while first.dep_ == "conj":
            first = first.head
        out = [a for t in (first, *first.conjuncts) if t.i != noun.i
               if (a := self._arg(t)) is not None]
        if len(out) < 2 or any(self._kind(a.span) != "person" for a in out):
            return []
        return out

    def _compound(self, token: Token) -> Iterator[_Found]:
        hyphenated = self._hyphenated(token, self._cx.by_token)
        doc = token.doc
        if hyphenated is None and token.lower_ in self.cues.compounds and token.i >= 2 and (
                doc[token.i - 1].text in _HYPHENS) and (
                (before := doc[token.i - 2]).ent_type_ in ("NORP", "ORG")
                and before.text[:1].isupper() and before.i not in self._cx.by_token):
            # "the Kurdish-led SDF": the Kurdish side, a group of this post
            hyphenated = self._local_group_at(before).span, token.lower_  # type: ignore[assignment]
        if hyphenated is None:
            return
        span, word = hyphenated
        cue = self.cues.compounds[word]
        name = self._arg(token.doc[span.start]) if span.end <= token.i else Argument(token, span)
        head = self._modified_noun(token)
        if name is None or head is None:
            return
        targets = self._args(head) or self._holders(head)
        rtype, reverse = cue
        for target in targets:
            src, tgt = (target, name) if reverse else (name, target)
            yield _Found(rtype, src, tgt, token, "compound", head)

    def _adjective(self, token: Token) -> Iterator[_Found]:
        cue = self.cues.adjectives.get(token.lower_) or self.cues.adjectives.get(
            token.lemma_.lower())
        if cue is None or token.pos_ not in ("ADJ", "VERB", "ADV"):
            return
        rtype, preps, reverse = cue
        if rtype in ("allied_with", "rival_of") and (token.dep_ == "acomp" or any(
                c.dep_ == "auxpass" for c in token.children)) and not any(
                c.dep_ in ("prep", "agent") and c.lower_ in preps for c in token.children):
            # "Amal and Hezbollah are allied": the holders stand to each other
            pair = (self._holders(token) if token.dep_ == "acomp" else
                    [a for c in token.children if c.dep_ == "nsubjpass" for a in self._args(c)])
            for i, a in enumerate(pair):
                for b in pair[i + 1:]:
                    yield _Found(rtype, a, b, token, "adjective", token)
            return
        if token.pos_ == "VERB" and not reverse:
            return  # "aligned" as a verb is the verb rule's
        if token.pos_ == "VERB" and token.dep_ not in ("amod", "acl"):
            return  # passive clauses ("are armed by") are the verb rule's
        objects = [p for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
                   for p in c.children if p.dep_ == "pobj"]
        if not objects:
            return
        holders = self._holders(token)
        trigger = token.head if token.dep_ == "acomp" else token
        for obj in objects:
            others = self._args(obj)
            if rtype == "backs" and reverse:  # "dependent on Russian air support": Russia
                others += [a for o in (obj, *obj.conjuncts) if o.lemma_.lower() in
                           self.cues.support_nouns for c in o.children
                           if c.dep_ in ("amod", "compound", "nmod", "poss")
                           for a in self._args(c)]
            for other in others:
                for holder in holders:
                    src, tgt = (other, holder) if reverse else (holder, other)
                    yield _Found(rtype, src, tgt, token, "adjective", trigger)

    def _qualified(self, token: Token, rtype: str) -> str:
        """"deputy head", "military chief", "DEPUTY GENERAL DIRECTOR" are members; "prime
        minister" leads."""
        words = {t.lower_ for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")
                 for t in c.subtree}
        if token.i > 0:
            words.add(token.doc[token.i - 1].lower_)
        if rtype == "leads" and words & self.cues.member_qualifiers:
            return "member_of"
        if rtype == "leads" and _one_of_several(token):
            return "member_of"  # "a leader of the FARC", "an ISIL commander"
        if rtype == "member_of" and words & self.cues.lead_qualifiers and (
                not _function_chief(token, words)):
            return "leads"
        if rtype == "member_of" and _top_general(token):
            return "leads"
        return rtype

    def _owners(self, token: Token, preps: tuple[str, ...] = ("of", "to"),
                loose: bool = True) -> list[Argument]:
        """The actors after "of": "part of Y", "head of Y's political bureau" (Y)."""
        out = []
        for p in token.children:
            if p.dep_ != "prep" or p.lower_ not in preps:
                continue
            for pobj in p.children:
                if pobj.dep_ != "pobj":
                    continue
                found = self._args(pobj)
                if not found and pobj.pos_ == "PROPN":  # "Minister of Foreign Affairs of Iraq"
                    found = [a for q in pobj.children if q.dep_ == "prep" and q.lower_ == "of"
                             for o in q.children if o.dep_ == "pobj" for a in self._args(o)]
                if not found and loose:
                    arg = self.reader.actor_arg(self._cx, pobj, deep=False)
                    if arg.span is not None and any(c.dep_ == "poss" for c in pobj.children):
                        found = [self._state_body(pobj, arg.span) or arg]
                out += found
        if out:
            out += self._misparsed_conjuncts(token)
        return out

    def _misparsed_conjuncts(self, token: Token) -> list[Argument]:
        """Names the parse hung on the relation noun instead of on its "of" object:
        "LEADER OF THE UNITED LEFT AND THE COMMUNIST PARTY OF CHILE" (the party is led too)."""
        return [a for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                and any(d.dep_ == "det" for d in c.children) and c.lower_ not in self.cues.nouns
                and (a := self._arg(c)) is not None
                and self._kind(a.span) not in _NOT_BODIES]

    def _state_body(self, noun: Token, owner: Span) -> Argument | None:
        """A body a state's possessive names by its own words ("COLOMBIA'S LIBERAL PARTY",
        "Peru's Popular Action party", "Britain's Labour Party"): the organisation noun with
        the words between the possessive and it, as a provisional group, not the state.
        ``None`` where the owner is no state, the noun no organisation's, or no word of
        its own goes before it ("Iraq's army": the state's own sector)."""
        if self._kind(owner) != "state" or not self._organisation_word(noun.lower_) or (
                noun.i in self._cx.by_token):
            return None
        words = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.i > owner.end - 1
                 and c.i not in self._cx.by_token and c.pos_ in ("ADJ", "PROPN", "NOUN")]
        if not words or any(doc_t.is_punct for doc_t in noun.doc[words[0].i:noun.i]):
            return None
        return self._provisional(noun, words[0].i, noun.i)

    def _noun(self, token: Token) -> Iterator[_Found]:
        lemma = token.lemma_.lower()
        if token.lower_ in self.cues.under_nouns and token.dep_ == "pobj" and (
            token.head.lower_ in ("under", "within")
        ):
            # "a militia under the command of the IRGC": a member of it.
            holders = self._holders(token.head.head) if token.head.head.pos_ == "NOUN" else []
            holders = holders or self._args(token.head.head)
            if not holders and token.head.head.pos_ in ("VERB", "AUX"):
                holders = self._direct(self.reader.subjects(self._cx, token.head.head))
            for owner in self._owners(token, ("of",)):
                for holder in holders:
                    yield _Found("member_of", holder, owner, token, "noun", token.head.head)
            return
        if token.lower_ in _COMMAND_NOUNS and token.dep_ in ("dobj", "obj") and (
                token.head.lemma_.lower() in _TAKING_VERBS):
            # "General Bagheri took command of the armed forces": he leads them from then on
            owners = [o for o in self._owners(token, ("of",), loose=False)
                      if self._kind(o.span) not in ("state", "location", "person", "civilian")
                      and not (o.actor or "").startswith(("PRV.LOC", "LOC."))]
            for holder in self._direct(self.reader.subjects(self._cx, token.head)):
                for owner in owners:
                    yield _Found("leads", holder, owner, token, "noun", token.head)
            return
        if token.lower_ in ("allegiance", "loyalty", "fealty") and token.dep_ in (
                "dobj", "obj") and token.head.lemma_.lower() in _ALLEGIANCE_VERBS:
            # "al-Zarqawi pledged allegiance to al-Qaeda": a member from then on
            owners = [o for c in (*token.children, *token.head.children)
                      if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj" for o in self._args(p)]
            subjects = self.reader.subjects(self._cx, token.head)
            holders = self._direct(subjects) or [  # "The group's founder, X, pledged"
                a for subj in subjects for c in subj.token.children if c.dep_ == "appos"
                for a in self._args(c)]
            for holder in holders:
                for owner in owners:
                    yield _Found("member_of", holder, owner, token, "noun", token.head)
            return
        if token.lower_ in _LED_BODIES and token.pos_ == "NOUN":
            yield from self._body_of_person(token)
        if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in _SEEKING_VERBS and (
                token.lower_ in self.cues.alliance_nouns or lemma in self.cues.alliance_nouns
                or lemma in self.cues.support_nouns or token.lower_ in self.cues.support_nouns):
            return  # "X proposed an alliance with Y", "sought support from Y": not yet
        if lemma in self.cues.support_nouns or token.lower_ in self.cues.support_nouns:
            yield from self._support_noun(token)
            return
        if token.lower_ in self.cues.alliance_nouns or lemma in self.cues.alliance_nouns:
            yield from self._alliance_noun(token)
            return
        cue = self.cues.nouns.get(token.lower_) or self.cues.nouns.get(lemma)
        # "the chief economist at Nordbank": an occupation makes one of a body's people
        # with "at" only
        workplace = cue is None and lemma in self.cues.workplace_nouns
        if workplace:
            cue = ("member_of", False)
        if cue is None and token.lower_ in _ONE_OF_NOUNS and token.dep_ == "pobj" and (
                token.head.lower_ == "of" and token.head.head.lower_ == "one"):
            cue = ("member_of", False)  # "X is one of the groups in Y"
            owners = [o for o in self._owners(token, ("in", "within", "of"), loose=False)
                      if self._kind(o.span) not in ("state", "location", "person", "civilian")]
            for owner in owners:
                for holder in self._holders(token):
                    yield _Found("member_of", holder, owner, token, "noun", token)
            return
        if cue is None or token.pos_ not in ("NOUN", "PROPN"):
            return
        bearer = self._prep_bearer(token)
        owners = [] if workplace or bearer is None else self._owners(
            bearer, ("of",) if token.lower_ in _POSTED_NOUNS else ("of", "to"))
        if owners and not workplace:
            # "LEADER OF THE EXTRADITABLES AND THE MEDELLIN CARTEL", the second body read as
            # a conjunct of the title: of both
            owners += [a for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                       and c.i in self._cx.by_token for a in self._args(c)
                       if self._kind(a.span) not in ("person", "state", "location", "civilian")]
        holders = self._holders(token)
        method = "noun"
        if not holders and cue == ("leads", False):
            holders = self._name_beside_title(token)
            method = "title"  # (an apposition in all but the parse: it holds whatever the
            # clause says, "the attempt on the head of the DAS, General X")
        if not holders and cue == ("member_of", False):
            holders = self._member_before_title(token)
        if not holders and len(owners) == 1 and self._kind(owners[0].span) == "person" and (
                owners[0].token.head.lower_ == "of") and (
                owner_name := self._name_before(owners[0])) is not None:
            holders, owners = owners, [owner_name]  # "chairman of Chrysler LLC Jim Press"
        trigger = token.head if token.dep_ in ("attr", "acomp") else token
        rtype, reverse = cue
        rtype = self._qualified(token, rtype)
        if rtype == "leads" and bearer is not None and bearer is not token and (
                bearer.lower_ in self.cues.nouns) and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in bearer.children):
            rtype = "member_of"  # "X, A DEPUTY AND LEADER OF Y": the article is the leader's
        if owners and not holders and rtype == "member_of" and token.lower_ in _PART_NOUNS and (
                token.dep_ not in ("attr", "appos", "acomp", "oprd")) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) and (
                part := self._part(token)):
            holders = [part]  # "The Arab element of the SDF"
        if not holders and rtype == "member_of" and token.tag_ == "NNS" and owners and (
                token.lower_ in _FIGHTER_NOUNS):
            holders = [self._local_group(token)]  # "Fighters of the Fatemiyoun Brigade"
        if not holders and not owners and rtype == "member_of" and token.tag_ == "NNS" and (
                token.lower_ == "fighters") and token.i not in self._cx.by_token:
            # "Hezbollah fighters clashed with X", "FMLN FIGHTERS": the group's own fighters,
            # whatever they did ("Syrian fighters": a state's, the state's own mention; "al-Qaida
            # operatives", "Hamas militants" are left as the labels leave them)
            owners = [a for c in token.lefts if c.dep_ in ("compound", "nmod")
                      and c.i in self._cx.by_token for a in self._args(c)
                      if self._kind(a.span) not in _NOT_BODIES]
            holders = [self._local_group(token)] if owners else []
        if not owners and rtype in ("leads", "member_of") and not reverse and not workplace:
            # "chief of staff of the armed forces", "head of the security section of the
            # embassy": the top of a part only is one of the whole
            parts = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                     and p.i not in self._cx.by_token]
            owners = [a for p in parts
                      for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                      for o in q.children if o.dep_ == "pobj" for a in self._args(o)
                      if self._kind(a.span) not in ("location", "civilian")]
            if owners and not (rtype == "leads" and any(
                    p.lower_ in _TOP_OFFICES for p in parts)):
                rtype = "member_of"  # ("the head of state of Colombia" is its head)
        if not owners and token.lower_ in _FOR_NOUNS:
            owners = self._owners(token, ("for",), loose=False)  # "a spokesman for Y"
        if not owners and reverse and rtype == "backs":
            # "an Iranian proxy": the sponsor as the noun's adjective or modifier
            owners = [a for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")
                      and c.i in self._cx.by_token for a in self._args(c)]
        if not owners and rtype in ("leads", "member_of") and not reverse:
            # "a senior commander in Hezbollah", "head of research at Meridian": a member of
            # the group, whatever the title; "a commander in Syria" names a place, not a group.
            # ("the chief financial officer for GM": for the firm, as at it)
            preps = ("at",) if workplace else ("in", "within", "at", "for")
            owners = [o for o in (self._owners(bearer, preps, loose=False) if bearer else [])
                      if self._kind(o.span) not in ("state", "location", "person", "civilian")
                      and not (o.actor or "").startswith(("PRV.LOC", "LOC."))]
            rtype = "member_of" if owners else rtype
        if not owners and rtype in ("leads", "member_of") and not reverse and not workplace and (
                bearer is not None):
            owners = self._unread_body_of(bearer)  # "PRESIDENT OF ECOPETROL"
        if not owners and rtype in ("allied_with", "rival_of") and token.tag_ == "NNS":
            if any(c.dep_ == "poss" for c in token.children):
                return  # "its rivals Ford and GM", "X and Y, Assad's allies": the owner's,
                # each (the possessive rule), not each other's
            named = token
            if not holders and token.dep_ in ("compound", "nmod") and (
                    token.head.pos_ == "PROPN"):
                named, holders = token.head, self._args(token.head)  # "rivals Toyota and GM"
            if holders and named.dep_ in ("dobj", "obj") and named.head.pos_ == "VERB" and all(
                    named.i in {t.i for t in (h.token, *h.token.ancestors)} for h in holders):
                # "Ford outsold rivals Toyota and GM": the subject's rivals, not each other's
                for subject in self._direct(self.reader.subjects(self._cx, named.head)):
                    for holder in holders:
                        yield _Found(rtype, subject, holder, token, "noun", token)
                return
            if len(holders) == 1:  # "The Taliban and ISIS-K", the first read as a modifier
                holders += [a for c in holders[0].token.children
                            if c.dep_ in ("nmod", "compound") and any(
                                g.dep_ == "cc" for g in c.children)
                            for a in self._args(c) if a.actor != holders[0].actor]
            # "Saudi Arabia and Iran are bitter rivals": the holders stand to each other.
            for i, a in enumerate(holders):
                for b in holders[i + 1:]:
                    yield _Found(rtype, a, b, token, "noun", trigger)
            return
        if not owners and holders and rtype in ("leads", "member_of") and not reverse and (
                not workplace) and token.lower_ not in _PORTFOLIO_TITLES and not (
                token.head.lower_ == "as" and rtype == "member_of"):
            # "X, the leader of the band", "X stays on as head of the army" (but "Minister of
            # Industry" names a portfolio, and "as part of the restructuring" a purpose)
            owners = (self._body_phrases(bearer) if bearer is not None else []) or (
                self._possessor_body(token, rtype))
        for owner in owners:
            for holder in holders:
                src, tgt = (owner, holder) if reverse else (holder, owner)
                yield _Found(rtype, src, tgt, token, method, trigger)

    def _body_phrases(self, token: Token) -> list[Argument]:
        """The bodies named in plain words after a title's or a part's "of" where no actor
        is named there: "the leader of the band", "president of the Guatemalan Episcopal
        Conference", "part of the patriotic civil defense". A noun with a determiner, or a
        proper name, that is no place, date or amount and no word of ``not_bodies`` ("head
        of the investigation", "chief of staff"): a provisional organisation over the name,
        one of this post alone when it is all common nouns ("the band")."""
        out = []
        for p in token.children:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for pobj in p.children:
                if pobj.dep_ != "pobj":
                    continue
                for t in (pobj, *pobj.conjuncts):
                    if (arg := self._body_phrase(t)) is not None:
                        out.append(arg)
        return out

    def _body_phrase(self, t: Token) -> Argument | None:
        by_token = self._cx.by_token
        if t.pos_ not in ("NOUN", "PROPN") or t.i in by_token or (
                t.ent_type_ in _NOT_SIDE_ENTITIES or t.ent_type_ == "PERSON") or (
                (t.lower_ in self.cues.nouns and t.lower_ not in _PART_NOUNS
                 and t.lower_ not in _UNIT_WORDS)
                or ((t.lemma_.lower() in self.cues.not_bodies
                     or t.lower_ in self.cues.not_bodies) and not self._command_area(t))):
            return None
        proper = t.pos_ == "PROPN" and t.text[:1].isupper()
        # (the article may stand before a possessor: "commander of a paratroopers' unit")
        owners = [c for c in t.children if c.dep_ == "poss" and c.i < t.i]
        if not proper and not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this",
                                                                    "that")
                                  for o in (t, *owners) for c in o.children) and not any(
                o.pos_ == "PROPN" for o in owners):
            return None  # "head of state", "chief of staff" (a named owner stands for the
            # article: "leader of Cochabamba's peasant federation")
        start, end = self._name_extent(t)
        if any(j in by_token and self._kind(by_token[j]) != "state" for j in range(start, end + 1)):
            return None
        if any(self.dictionary.get(by_token[j].id_) is not None
               for j in range(start, end + 1) if j in by_token) and start == t.i:
            return None
        if not any(doc_t.pos_ == "PROPN" for doc_t in t.doc[start:end + 1]):
            post = self._cx.post
            return self._provisional(t, start, end,
                                     local=f"{normalise_key(post.doc)}_{post.post}")
        return self._provisional(t, start, end)

    def _name_before(self, person: Argument) -> Argument | None:
        """The organisation named just before a person, as a compound of the name:
        "Chrysler LLC Jim Press"."""
        doc, by_token = person.token.doc, self._cx.by_token
        if person.span is None or person.span.start == 0:
            return None
        before = person.span.start - 1
        org = by_token.get(before)
        if org is None or doc[before].dep_ != "compound" or (
                doc[before].head.i < person.span.start) or (
                self._kind(org) in _NOT_BODIES):
            return None
        return Argument(doc[before], org)

    def _alliance_noun(self, token: Token) -> Iterator[_Found]:
        """"Iran's alliance with Russia", "formed a partnership with X", "fought in alliance
        with X", "joined forces with X", "stands shoulder to shoulder with X": the one that
        acts and the one after "with" side with each other."""
        withs = [p for c in (*token.children, *(token.head.children if token.dep_ in (
                     "dobj", "pobj", "npadvmod", "advmod") else ()))
                 if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj"]
        if not withs or (token.lower_ == "forces" and not (
                token.dep_ == "dobj" and token.head.lemma_.lower() in ("join", "combine"))):
            return  # ("Russian forces with Wagner fighters": forces, no alliance)
        sources = [a for c in token.children if c.dep_ == "poss" for a in self._args(c)]
        verb = token.head
        while not sources and verb.pos_ not in ("VERB", "AUX") and verb.dep_ in (
                "prep", "pobj", "dobj", "npadvmod", "advmod") and verb.head.i != verb.i:
            verb = verb.head
        if not sources and verb.pos_ in ("VERB", "AUX"):
            sources = self._direct(self.reader.subjects(self._cx, verb))
        for src in sources:
            for tgt in (a for w in withs for a in self._args(w)):
                yield _Found("allied_with", src, tgt, token, "noun", verb)

    def _support_noun(self, token: Token) -> Iterator[_Found]:
        """"UK support for Iraq", "its support of the Government of Iraq", "Iranian
        backing for the Houthis", "support to the SAC"."""
        if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in self.cues.ending_verbs:
            return  # "France ended its support for X", "vowed to drop its support": no more
        targets = self._owners(token, ("for", "to", "of"), loose=False) or (
            self._supported_act_owners(token))
        sources = [a for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                   for a in self._args(c)]
        having = token.head.lemma_.lower() in self.cues.having_verbs
        if having and token.dep_ in ("dobj", "obj") and (
                not self._owners(token, ("for", "to"), loose=False)):
            # "the army, which has the full backing of the U.S.": the one who has it is backed
            sources += self._owners(token, ("of", "from"), loose=False)
            targets = self._direct(self.reader.subjects(self._cx, token.head))
            for src in sources:
                for tgt in targets:
                    if src.actor != tgt.actor and self._kind(src.span) != "civilian" and not (
                            src.token.tag_ in ("NNS", "NNPS") and self._kind(src.span) == "state"):
                        yield _Found("backs", src, tgt, token, "noun", token)
            return  # ("the government has the support of most Syrians": no side backs it)
        if token.dep_ == "pobj" and token.head.lower_ in ("with", "under") and (
                token.head.head.pos_ in ("VERB", "AUX")):
            # "with the support of the Coalition, the SDF retook X", "with US backing, ...":
            # the ones supported are whoever acts
            sources += targets if not sources else []
            sources = sources or self._support_givers(token)
            verb = token.head.head
            founded = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                       for a in self._args(c)] if verb.lemma_.lower() in _FOUNDING_VERBS else []
            # ("X founded Y with Iranian backing": the backing is for the group founded)
            targets = self._direct(founded) or self._direct(
                self.reader.subjects(self._cx, verb))
        elif token.dep_ == "pobj" and token.head.lower_ == "with" and not sources and (
                token.head.head.pos_ in ("NOUN", "PROPN")):
            # "a response from the X faction, with the support of the CIA", "rebels with the
            # backing of Iran": the ones supported are whoever the noun names or whose act it is
            sources = targets or self._support_givers(token)
            targets = self._act_owners(token.head.head)
        if not sources and token.dep_ == "pobj" and token.head.lower_ in ("in", "of"):
            owner = token.head.head  # "steadfast in its support of", "commitment of X"
            if owner.dep_ == "acomp" or owner.pos_ in ("ADJ",):
                sources = self._direct(self.reader.subjects(self._cx, owner.head))
            elif token.head.lower_ == "in" and not any(
                    c.dep_ == "det" for c in token.children):
                # "Coalition aircraft conducted a strike in support of the ISF": the ones
                # who act back the ones they act for ("coordinated with and in support of")
                verb = owner
                while verb.dep_ in ("prep", "conj", "pobj", "dobj") and verb.pos_ not in (
                        "VERB", "AUX"):  # ("delivering munitions in support of X")
                    verb = verb.head
                if verb.pos_ == "VERB" and verb.lemma_.lower() not in _COPULAS:
                    # ("remains steadfast in support of" a government is political backing)
                    sources = self._direct(self.reader.subjects(self._cx, verb))
                    up = verb.head  # "conducted strikes coordinated with and in support of
                    if up.pos_ == "NOUN" and up.dep_ in ("dobj", "obj"):  # X": who struck
                        up = up.head
                    if not sources and verb.dep_ in ("advcl", "acl") and up.pos_ == "VERB":
                        sources = self._direct(self.reader.subjects(self._cx, up))
        for src in sources:
            for tgt in targets:
                if self._kind(tgt.span) != "civilian":
                    yield _Found("backs", src, tgt, token, "noun", token)

    def _supported_act_owners(self, support: Token) -> list[Argument]:
        """Whose acts a support noun's "for" or "of" object names by its modifier: "its
        backing for Iraqi operations against the militants", "support for Kyiv's war effort"
        (Iraq, Kyiv); an act of no one named ("support for the peace talks") names none."""
        acts = self.cues.supported_acts
        return [a for c in support.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                for p in c.children if p.dep_ == "pobj" and (
                    p.lower_ in acts or p.lemma_.lower() in acts)
                for m in p.children if m.dep_ in ("poss", "amod", "compound", "nmod")
                for a in self._args(m) if self._kind(a.span) != "civilian"]

    def _support_givers(self, support: Token) -> list[Argument]:
        """Who gives the support a noun names after "from", or by the means it names:
        "support from Venezuela", "with the support of 7TH BRIGADE TROOPS"."""
        return self._owners(support, ("from",), loose=False) or [
            a for c in support.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for p in c.children if p.dep_ == "pobj" for a in self._means_sides(p)]

    def _act_owners(self, noun: Token) -> list[Argument]:
        """The actor a noun names, else the one whose act it is: "a response from X", "an
        offensive by X", "X's campaign"."""
        return self._args(noun) or [a for c in noun.children if c.dep_ == "poss"
                                    for a in self._args(c)] or self._owners(
            noun, ("from", "by"), loose=False)

    def _possessive(self, token: Token) -> Iterator[_Found]:
        if token.pos_ not in ("NOUN", "PROPN") or token.i not in self._call.owners:
            return
        poss = [c for c in token.children if c.dep_ == "poss"]
        owner = (self._whose_owner(poss[0]) or self._arg(poss[0])) if poss else None
        if owner is None and poss and (self.cues.nouns.get(token.lower_) or (None, None))[0] in (
                "leads", "member_of"):
            owner = self._org_entity(poss[0])  # "GM's chief executive"
        if poss and token.lower_ in _LED_BODIES and (owner is None or (
                owner.span is not None and owner.span.id_.startswith("PRV.ORG."))) and (
                owning := self._possessor_person(poss[0])) is not None:
            owner = owning  # "DUARTE'S GOVERNMENT", "VIDES CASANOVA'S TROOPS": a person's
        if owner is None:
            return
        span = self._cx.by_token.get(token.i)
        if span is not None and span is not owner.span:
            named = Argument(token, span)
            for child in token.children:  # "Iran's proxy Hezbollah", "its leader Nasrallah"
                cue = self.cues.nouns.get(child.lower_) or self.cues.nouns.get(
                    child.lemma_.lower())
                if cue is not None and child.dep_ in ("compound", "amod", "nmod"):
                    src, tgt = (owner, named) if cue[1] else (named, owner)
                    yield _Found(cue[0], src, tgt, child, "possessive", token)
                    return
            # "Hezbollah's Imad Mughniyeh": a person named with the group.
            if self._kind(span) == "person" and self._kind(owner.span) not in ("person", "state"):
                yield _Found("member_of", named, owner, token, "possessive", token)
            elif self._kind(owner.span) == "person" and (
                    span.id_.startswith("GEN.") or self._kind(span) in (*_ARMED_KINDS, "party")):
                # "Haftar's forces", "Prigozhin's Wagner mercenaries", "Erdogan's AKP"
                yield _Found("leads", owner, named, token, "possessive", token)
            elif self._kind(owner.span) not in _NOT_BODIES and (
                    self._kind(span) not in _NOT_BODIES) and (
                    self._organisation_word(span[-1].lower_)) and not owner.via_reference:
                # "USAF's Mobility Command", "Hezbollah's Radwan Force": a unit of the owner
                yield _Found("member_of", named, owner, token, "possessive", token)
            return
        if span is not None and span is owner.span and poss and (
                (alias_id := self._alias(poss[0].text)) is not None) and (
                self._kind(Span(token.doc, poss[0].i, poss[0].i + 1, span_id=alias_id)) == "person"
                and token.lower_ in self.cues.generic):
            # "Haftar's forces" named as a whole by the dictionary: still Haftar's
            person = Span(token.doc, poss[0].i, poss[0].i + 1, label="ACTOR", span_id=alias_id)
            yield _Found("leads", Argument(poss[0], person), Argument(token, span), token,
                         "possessive", token)
            return
        lemma = token.lemma_.lower()
        cue = self.cues.nouns.get(token.lower_) or self.cues.nouns.get(lemma)
        loyal = any(c.lower_ in _LOYAL_WORDS for c in token.children if c.dep_ == "amod")
        owner_kind = self._kind(owner.span)
        group = token.lower_ in self.cues.generic
        led_body = token.lower_ in _LED_BODIES and owner_kind == "person" and (
            not owner.via_reference)
        if cue is None and not (loyal or token.lower_ in _POSSESSED_GROUPS or (
                group and owner_kind == "person") or led_body):
            return
        holders = self._holders(token)
        by_token = self._cx.by_token
        if not holders and token.dep_ == "compound" and token.head.i in by_token:
            holders = self._args(token.head)  # "Iran's ally Syria"
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.ent_type_ != "PERSON" and (c.i not in by_token
                                                 or self._kind(by_token[c.i]) == "state")]
        if not holders and cue is not None and cue[0] == "member_of" and names:
            # "The Islamic State's Khorasan branch": a unit the dictionary does not know
            holders = [self._provisional(token, names[0].i, token.i)]
        if not holders and token.lower_ in _PART_NOUNS and (part := self._part(token)):
            holders = [part]  # "Hamas's military wing", "the Brotherhood's Syrian branch"
        if not holders:  # "Prigozhin's Wagner mercenaries"
            holders = [Argument(c, by_token[c.i]) for c in token.children
                       if c.dep_ == "compound" and c.i in by_token
                       and not self._is_sector(by_token[c.i]) and by_token[c.i] is not owner.span
                       and self._kind(by_token[c.i]) != "state"]  # "its Yemen branch" is no Yemen
        if not holders and token.tag_ == "NNS" and token.lower_ in self.cues.group_nouns and (
                token.lower_ not in _PARTNER_NOUNS):
            holders = [self._local_group(token)]  # "the regime and its backers"
        if not holders and token.lower_ in _PARTNER_NOUNS and token.dep_ == "nsubj" and (
                token.head.lemma_.lower() in ("include", "be", "comprise")):
            # "Russia's allies in the region include Syria", "its partners are X and Y"
            holders = [a for c in token.head.children if c.dep_ in ("dobj", "obj", "attr")
                       for a in self._args(c)]
        if not holders and token.lower_ in _PARTNER_NOUNS and any(
                c.dep_ in ("amod", "compound", "nmod") and c.i == token.i - 1 and (
                    c.i not in by_token or self._kind(by_token[c.i]) == "state")
                for c in token.lefts):
            # "our Turkish allies", "our coalition partners" (bare "our partners" are
            # whoever the speaker works with, named or not)
            holders = [self._local_group(token)]
            if token.dep_ in ("attr", "oprd"):  # "socialist countries are our allies"
                subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")
                            and c.pos_ == "NOUN" and c.tag_ == "NNS" and c.i not in by_token]
                holders = [self._local_group(subjects[0])] if subjects else []
        if not holders and token.lower_ in _PARTNER_NOUNS and token.tag_ == "NNS" and (
                poss[0].lower_ not in _FIRST_PLURAL) and token.dep_ == "conj" and (
                token.head.i in by_token and by_token[token.head.i] is owner.span):
            # "Saudi Arabia and its allies": one side, the owner with a group of this post
            # (bare "working with its allies" are whoever it works with)
            holders = [self._local_group(token)]
        nxt = token.i + 1
        if not holders and nxt < len(token.doc) and nxt in by_token and (
                by_token[nxt].start == nxt and by_token[nxt] is not owner.span):
            holders = [Argument(token.doc[nxt], by_token[nxt])]  # the same, misparsed
        if cue is not None and not (group and owner_kind == "person"):
            rtype, reverse = cue
            rtype = self._qualified(token, rtype)
            if rtype == "leads" and owner_kind != "person" and any(
                    c.dep_ in ("compound", "amod") and c.i not in by_token
                    and (self._organisation_word(c.lower_) or c.lower_ in _SERVICE_WORDS)
                    for c in token.lefts):
                # "Iran's army chief X": the head of a part of Iran, one of Iran's people
                rtype = "member_of"
        elif owner_kind == "person":
            rtype, reverse = "leads", True  # "Haftar's forces"
        elif owner_kind in _ARMED_KINDS or owner_kind == "party":
            rtype, reverse = "member_of", False  # "al-Qaeda's network" is part of it
        else:
            rtype, reverse = "backs", True  # "Iran's proxies", "its loyal array"
        if not holders and led_body and not group:
            holders = [self._local_group(token)]  # "Obama's administration", "X'S TROOPS"
        if not holders and group:
            word = {"leads": "led", "member_of": "affiliated"}.get(rtype, "backed")
            holders = [self._made_generic(token, owner, token.left_edge, word=word)]
        for holder in holders:
            src, tgt = (owner, holder) if reverse else (holder, owner)
            yield _Found(rtype, src, tgt, token, "possessive", token)

    def _whose_owner(self, poss: Token) -> Argument | None:
        """The one "whose" stands for: the name its relative clause hangs on ("the Polisario
        Front, whose main patron is Algeria": the front's patron)."""
        if poss.tag_ != "WP$":
            return None
        clause = next((a for a in poss.ancestors if a.dep_ == "relcl"), None)
        return self._arg(clause.head) if clause is not None else None

    def _possessor_person(self, owner: Token) -> Argument | None:
        """The person a proper name before "'s" names where a body only a person owns
        follows ("DUARTE'S GOVERNMENT", "CEREZO'S ADMINISTRATION" with the name read as an
        organisation, "VIDES CASANOVA'S TROOPS"): a provisional person over the name
        (:func:`~actorgraph.nlp.names.name_before`); ``None`` for a place, a people or a
        known actor's name."""
        by_token = self._cx.by_token
        if owner.pos_ != "PROPN" or owner.ent_type_ in ("NORP", "LOC", "FAC") or (
                not (owner.is_upper or owner.is_title)) or _acronym(owner) or (
                owner.ent_type_ == "GPE" and not self._unplaced_name(owner)):
            return None

        def taken(i: int) -> bool:
            return i in by_token and not by_token[i].id_.startswith("PRV.")

        run = name_before(owner, self._not_name, taken, single=True)
        if run is None or any(by_token[i].start < run[0] or by_token[i].end > run[1]
                              for i in range(*run) if i in by_token):
            return None
        return self._named_person(owner, *run)

    def _person_read_as_place(self, token: Token) -> Argument | None:
        """A person's name whose last word the tagger took for a place no place or actor
        bears: after a given name ("RICARDO ZAMORA, LEADER OF") or listed with people
        ("GONZALEZ, PEREZ AND RAMIREZ, ALL MEMBERS OF"); a provisional person."""
        by_token = self._cx.by_token
        if token.pos_ != "PROPN" or token.ent_type_ != "GPE" or token.i in by_token:
            return None
        run = name_before(token, self._not_name, lambda i: i in by_token, single=True)
        if run is None:
            return None
        name = token.doc[run[0]:run[1]].text
        if not self._unplaced(name):
            return None  # ("SAN SALVADOR")
        listed = token.dep_ == "conj" and any(
            self._kind(by_token.get(t.i)) == "person" for t in (token.head, *token.conjuncts))
        if run[1] - run[0] < 2 and not (listed and self._unplaced_name(token)):
            return None
        return self._named_person(token, *run)

    def _unplaced_name(self, token: Token) -> bool:
        """A name the tagger took for a place that no place or actor bears: a surname in
        capitals ("ALFONSIN'S ADMINISTRATION", "RICARDO ZAMORA")."""
        return token.i not in self._cx.by_token and self._unplaced(token.text)

    def _unplaced(self, name: str) -> bool:
        """Whether no place of the gazetteer and no actor of the dictionary bears ``name``."""
        return self.reader.gazetteer.resolve(name) is None and self._alias(name) is None

    def _made_generic(self, noun: Token, sponsor: Argument, start: Token,
                      end: Token | None = None, word: str = "backed") -> Argument:
        generic = self.cues.generic[noun.lower_]
        actor = self._generic_actor(sponsor.actor or "", word, generic, None)
        last = max(noun.i, end.i if end is not None else noun.i)
        span = Span(noun.doc, start.i, last + 1, label="ACTOR", span_id=actor.id)
        self._made.append((noun, span))
        return Argument(noun, span)

    def _title(self, token: Token) -> Iterator[_Found]:
        cue = self.cues.nouns.get(token.lower_)
        if cue is None or cue[0] not in ("leads", "member_of") or token.pos_ not in ("NOUN",
                                                                                     "PROPN"):
            return
        by_token = self._cx.by_token
        if token.lower_ in _RANKS and token.i > 0 and (
                token.doc[token.i - 1].lower_ in self.cues.nouns) and not _top_general(token):
            return  # "9th Brigade commander Colonel X": the title before the rank says it
        person_token = token.head
        if person_token.lower_ in _RANKS and person_token.dep_ == "compound" and (
                token.dep_ == "compound"):
            person_token = person_token.head  # "COMMANDER COLONEL IVAN RAMIREZ QUINTERO"
        person = (by_token.get(person_token.i) if token.dep_ in ("compound", "appos", "nmod")
                  else None)
        if person is None and token.dep_ == "appos" and (
                found := (self._person_in_capitals(person_token)
                          or self._ranked_name(person_token))) is not None:
            person = found.span  # "JOSE RIVERA, THE FMLN SPOKESMAN", "COL JORGE X, ...
        if (person is None or self._kind(person) != "person") and (shared := next((
                a for c in token.children if c.dep_ == "conj" and any(
                    d.dep_ == "compound" and d.lower_ in self.cues.nouns for d in c.children)
                and (a := self._arg(c)) is not None and a.span is not None
                and self._kind(a.span) == "person"), None)) is not None:
            # "SALVADORAN VICE PRESIDENT AND INTERIOR MINISTER FRANCISCO MERINO": the name after
            # the second title holds the first as well
            person, person_token = shared.span, shared.token
        if person is None or self._kind(person) != "person":
            # "the CJTF-OIR commanding general, Lt. Gen. Stephen J. Townsend"
            named = [c for c in token.children if c.dep_ == "appos" and c.i in by_token]
            person = by_token[named[0].i] if named else None
            person_token = named[0] if named else token
        if (person is None or self._kind(person) != "person") and token.dep_ in (
                "compound", "nmod") and (name := self._name_after(token)) is not None:
            person, person_token = name, token.doc[name.end - 1]  # "FENASTRAS LEADER FEDE ELIZABETH
            self._made.append((token.head, name))
        if (person is None or self._kind(person) != "person") and token.dep_ not in (
                "compound", "appos") and (left := token.left_edge.i) >= 2 and (
                token.doc[left - 1].text == ",") and token.doc[left].dep_ != "det" and (
                listed := by_token.get(left - 2)) is not None and (
                self._kind(listed) == "person") and (
                token.doc[left - 2].dep_ not in ("pobj", "dobj")):
            # "Col. John J. Thomas, Central Command spokesman will moderate": the apposition
            # read as a subject of its own
            person, person_token = listed, token.doc[left - 2]
        if (person is None or self._kind(person) != "person") and (
                token.dep_ in ("attr", "oprd", "xcomp")
                or (token.dep_ == "pobj" and token.head.lower_ == "as")):
            # "X is the Hamas leader", "X was appointed army commander", "X RESIGNS AS THE AIR
            # FORCE CHIEF": the title said of its holder
            held = [h for h in self._holders(token) if self._kind(h.span) == "person"]
            if held:
                person, person_token = held[0].span, held[0].token
        if (person is None or self._kind(person) != "person") and (
                found := self._name_read_after(token)) is not None:
            # "ARMY SPOKESMAN COLONEL RAUL ARTURO LOPEZ" (the rank read as a verb), "OAS
            # SECRETARY GENERAL\nBAENA SOARES": the name the words after the title give
            person, person_token = found.span, found.token
        if person is None or self._kind(person) != "person":  # VELASQUEZ", names cut apart
            return
        if person[-1].lower_.rstrip(".") in _RANK_ABBREVIATIONS:
            return  # "director Navy Capt." cut off before the name
        doc = token.doc
        if token.i in by_token:
            # "Iraqi President Fuad Masum": the title is itself the mention of an office
            # ("Iraqi President" is the Iraqi government), which the person holds.
            office = by_token[token.i]
            if office is person or office.end != token.i + 1 or office.start == token.i or (
                    self._kind(office) in ("person", None)) or (
                    cue[0] != "leads" and self._kind(office) not in ("state", "government")
                    and not self._ranked_in_force(token, office)):
                return  # "3rd Battalion" names a unit, not an office
            if _one_of_several(token) or self._owners(token, ("of",), loose=False):
                return  # "a Salvadoran leader of the Socialist International": of that
            # ("the Japanese minister of fiscal policy": of Japan)
            inside = {doc[j].lower_ for j in range(office.start, token.i)}
            rtype = cue[0]
            if rtype == "leads" and self.cues.member_qualifiers & inside:
                rtype = "member_of"
            elif rtype == "member_of" and self.cues.lead_qualifiers & inside and (
                    not _function_chief(token, inside)):
                rtype = "leads"  # "PERUVIAN PRIME MINISTER X": the head of the government
            past = bool(self.cues.past_qualifiers & inside)
            yield _Found(rtype, Argument(person_token, person), Argument(token, office), token,
                         "title", token, past=past)
            return
        after = token.i + 2
        if (token.dep_ == "appos" and after < token.sent.end and doc[token.i + 1].text == ","
                and after in by_token and by_token[after].start == after
                and not any(c.dep_ in ("amod", "compound") for c in token.lefts)):
            # "Joseph Votel, commander, U.S. Central Command": the office after the title
            office = by_token[after]
            if office is not person and self._kind(office) not in ("person", "state", None) and (
                    doc[office.end - 1].dep_ == "appos"):
                yield _Found(cue[0], Argument(person_token, person),
                             Argument(doc[office.end - 1], office), token, "title", token)
                return
        i = token.i - 1
        qualifiers: list[str] = []
        places: list[int] = []  # where each qualifier stands
        org = None
        while i >= token.sent.start and i not in by_token and (
                doc[i].pos_ in ("ADJ", "NOUN", "PROPN") or _wrap(doc[i])):
            if _wrap(doc[i]):  # "MNR\nLEADER X": a line of wire text wrapped in the title
                i -= 1
                continue
            if doc[i].ent_type_ == "ORG" and (made := self._org_entity(doc[i])):
                org = made.span  # "Airbus spokesman Jaime Perez-Guerra", "407th AEG commander"
                if org is not None and qualifiers and self._organisation_word(qualifiers[0]) and (
                        org.end == places[-1]) and all(
                        doc[j].pos_ in ("NOUN", "PROPN") for j in places):
                    # "ANTIOQUIA POLICE COMMANDER X": the name and the body's noun together
                    org = self._provisional(doc[places[0]], org.start, places[0]).span
                    qualifiers = []
                break
            qualifiers.append(doc[i].lower_)
            places.append(i)
            i -= 1
        org = org or by_token.get(i)
        first, last = i + 1, token.i - 1  # the words between, without a wrap at either end
        while first < last and _wrap(doc[first]):
            first += 1
        while last > first and _wrap(doc[last]):
            last -= 1
        if org is None and qualifiers and self._organisation_word(qualifiers[0]):
            # "MILITARY FORCES COMMANDER X", "NATIONAL POLICE CHIEF X": the words before the
            # title name the body it heads ("AIR FORCE CHIEF": no acronym "AIR"); a qualifier
            # before them is the title's ("FORMER TOURISM INSTITUTE DIRECTOR X")
            opening = first
            while opening < last and (doc[opening].lower_ in self.cues.past_qualifiers
                                      or doc[opening].lower_ in _RANK_QUALIFIERS):
                opening += 1
            org = self._provisional(doc[last], opening, last).span
            qualifiers = [doc[j].lower_ for j in range(first, opening)]
        if org is None and qualifiers and (j := first) < token.i and _acronym(doc[j]) and all(
                not _acronym(doc[k]) and (doc[k].lower_ not in self.cues.nouns
                                          or _top_general(doc[k]))
                for k in range(j + 1, token.i)):
            # "MNR SECRETARY GENERAL X": an acronym the tagger gave no entity opens the title
            org = self._provisional(doc[j], j, j).span
            qualifiers = qualifiers[:-1]
        ranks = self.cues.member_qualifiers | self.cues.lead_qualifiers
        k = next((n for n, q in enumerate(qualifiers) if q not in ranks), len(qualifiers))
        if org is None and 0 < k < len(qualifiers) and self._organisation_word(qualifiers[k]):
            # "LEGISLATIVE ASSEMBLY VICE PRESIDENT X": the body, then the rank in it
            org = self._provisional(doc[places[k]], first, places[k]).span
            qualifiers = qualifiers[:k]
        if org is None and person_token.dep_ == "conj" and token.dep_ == "compound" and (
                prior := next((c for c in person_token.head.lefts if c.dep_ == "compound"
                               and c.lower_ in self.cues.nouns and c.i < token.i), None)):
            # "The UAW President X and Vice President Y": the body of the title before
            org = next((f.target.span for f in self._title(prior)), None)
        if org is None and qualifiers and token.lower_ in _HEAD_TITLES and not any(
                c.dep_ == "prep" and c.lower_ in ("of", "in", "at", "for")
                for c in token.children) and (
                body := self._body_before_title(doc, first, last)) is not None:
            # "SUBWAY CHAIRMAN X", "CABINET CHIEF X", "the national rehabilitation plan
            # director, X": the body the words before a head's title name (not where a body
            # follows: "an artillery crew chief in Abel Battery")
            org, qualifiers = body, []
        if org is None or self._kind(org) in ("person",) or len(qualifiers) > 3:
            return
        if org.id_.startswith("PRV.") and token.lower_ in _PORTFOLIO_TITLES and not (
                token.lower_ == "secretary" and token.i + 1 < token.sent.end
                and doc[token.i + 1].lower_ == "general"):
            return  # "DEFENSE MINISTER X", "GOVERNMENT MINISTER X": a portfolio, no body
        if self._kind(org) in ("state", "location") and (nouns := [
                j for j in range(org.end, token.i) if doc[j].pos_ in ("NOUN", "PROPN")
                and self._group_word(doc[j].lower_)]):
            # "NICARAGUAN CONTRA COMMANDER X", "Syrian opposition leader X": the group the
            # noun names, of that state, not the state itself
            word = doc[nouns[-1]]
            local = ""
            if word.lower_ in self.cues.generic:
                post = self._cx.post
                local = f"{normalise_key(post.doc)}_{post.post}"
            group = self._provisional(word, org.start, nouns[-1], local=local).span
            org = group if group is not None else org
            qualifiers = [doc[j].lower_ for j in range(nouns[-1] + 1, token.i)]
        before = doc[org.start - 1].lower_ if org.start > token.sent.start else ""
        rtype = cue[0]
        if rtype == "leads" and (self.cues.member_qualifiers & set(qualifiers)
                                 or _one_of_several(token)):
            rtype = "member_of"
        elif rtype == "member_of" and (self.cues.lead_qualifiers & set(qualifiers)
                                       or _top_general(token)) and (
                not _function_chief(token, set(qualifiers))):
            rtype = "leads"
        past = bool(self.cues.past_qualifiers & {before, *qualifiers})
        yield _Found(rtype, Argument(person_token, person), Argument(doc[org.end - 1], org), token,
                     "title", token, past=past)
        if token.tag_ == "NNS":  # "M-19 GUERRILLAS X AND Y": each one named
            for other in person_token.conjuncts:
                listed_person = by_token.get(other.i)
                if listed_person is not None and listed_person is not person and (
                        self._kind(listed_person) == "person"):
                    yield _Found(rtype, Argument(other, listed_person),
                                 Argument(doc[org.end - 1], org),
                                 token, "title", token, past=past)

    def _title_of_named(self, token: Token) -> Iterator[_Found]:
        """A title, "of", a state or body, and the holder's name run together, the parse
        making the name the object of "of" ("PRESIDENT OF EL SALVADOR ALFREDO CRISTIANI",
        "THE VICE PRESIDENT OF THE FMLN JOAQUIN VILLALOBOS"; "the minister of Defence
        General X" has no body): the name holds the title in the body between."""
        cue = self.cues.nouns.get(token.lower_)
        if cue is None or cue[0] not in ("leads", "member_of") or cue[1]:
            return
        by_token = self._cx.by_token
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"
                   and c.i == token.i + 1), None)
        if of is None or token.lower_ in _PORTFOLIO_TITLES:
            return
        first = of.i + 1 + (of.i + 1 < token.sent.end and token.doc[of.i + 1].lower_ == "the")
        office = by_token.get(first)
        person = by_token.get(office.end) if office is not None else None
        if office is None or person is None or office.start != first or (
                person.start != office.end) or self._kind(person) != "person" or (
                self._kind(office) in ("person", "location", None)):
            return
        rtype = cue[0]
        lefts = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")}
        if rtype == "leads" and (self.cues.member_qualifiers & lefts or _one_of_several(token)):
            rtype = "member_of"
        past = bool(self.cues.past_qualifiers & lefts)
        yield _Found(rtype, Argument(person.root, person), Argument(office.root, office), token,
                     "title", token, past=past)

    def _name_read_after(self, title: Token) -> Argument | None:
        """The person a title stands right before, read off the words (see
        :func:`~actorgraph.nlp.names.name_after`) where the parse left the two apart: the
        person mention that the name opens and covers, else a provisional person over the
        whole name (the one the entity reader cut at a line break among them)."""
        by_token = self._cx.by_token

        def taken(i: int) -> bool:  # (a provisional group may be a name the tagger misread)
            return i in by_token and self._kind(by_token[i]) != "person" and (
                not by_token[i].id_.startswith("PRV."))

        def first_name_place(i: int) -> bool:  # "LEADER SANTIAGO DILLMAN": Santiago, a place
            span = by_token.get(i)
            return span is not None and len(span) == 1 and self._kind(span) in (
                "state", "location") and i + 1 < title.sent.end and (
                title.doc[i + 1].pos_ == "PROPN" and i + 1 not in by_token)

        skip = _RANKS | _RANK_ABBREVIATIONS
        run = name_after(title, skip, self._not_name, taken) or name_after(
            title, skip, self._not_name, lambda i: taken(i) and not first_name_place(i))
        if run is None:
            return None
        start, end = run
        doc = title.doc
        held = {by_token[i] for i in range(start, end) if i in by_token}
        known = [s for s in held if not s.id_.startswith("PRV.")]
        if len(known) == 1 and known[0].start == start and first_name_place(start) and (
                end - start >= 2 and title.i < start):
            return self._named_person(doc[end - 1], start, end)  # a first name, not the place
        if len(known) == 1 and known[0].start == start:
            return Argument(doc[known[0].end - 1], known[0])  # (a name the dictionary has)
        if known or any(s.start < start or s.end > end for s in held):
            return None
        return self._named_person(doc[end - 1], start, end)

    def _body_before_title(self, doc: Doc, first: int, last: int) -> Span | None:
        """The words ``first`` to ``last`` before a head's title as the body it heads, a
        provisional organisation: up to four nouns (adjectives before the last), none of
        them a rank, a title or a qualifier, and the last no function or subject
        (``function_words``: "finance director", "press chief") and no word of
        ``not_bodies`` ("campaign director")."""
        words = [doc[j] for j in range(first, last + 1) if not doc[j].is_space]
        if not words or len(words) > 4:
            return None
        qualifiers = (self.cues.member_qualifiers | self.cues.lead_qualifiers
                      | self.cues.past_qualifiers)
        head = words[-1]
        area = head.lower_ in self.cues.command_areas and any(
            w.lower_ in self.cues.command_qualifiers for w in words[:-1])  # "JUDICIAL ZONE"
        if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PERSON" or (
                head.lower_ in self.cues.function_words or head.lower_ in _SERVICE_WORDS) or (
                not area and (head.lower_ in self.cues.not_bodies
                              or head.lemma_.lower() in self.cues.not_bodies)):
            return None
        if any(w.pos_ not in ("NOUN", "PROPN", "ADJ") or w.lower_ in qualifiers
               or w.lower_ in _RANKS or w.lower_ in self.cues.nouns for w in words):
            return None
        return self._provisional(head, first, last).span

    def _name_after(self, title: Token) -> Span | None:
        """The person's name a title stands before, as one provisional person, where the
        actor ruler left it in pieces or took part of it for a group: the proper nouns from
        after the title to the noun it modifies ("LEADER FEDE ELIZABETH VELASQUEZ")."""
        doc = title.doc
        head = title.head
        while head.dep_ == "compound" and head.head.i == head.i + 1 and head.head.i - title.i <= 6:
            head = head.head  # ("COMMANDER COLONEL JAIME TORRES": up to the name's last word)
        first = title.i + 1
        while first < head.i and doc[first].lower_.rstrip(".") in _RANKS:
            first += 1  # "CHIEF GENERAL X", "COMMANDER COLONEL X": the rank is no name
        if head.i < first + 1 or head.pos_ not in ("PROPN", "NOUN") or head.i - first > 4:
            return None
        words = doc[first:head.i + 1]
        # In capitals the truecased parse may take a surname for a common noun ("JAIME
        # TORRES": "torres"): a name that opens with a person's word is still a name.
        capitals = all(t.text.isupper() or t.is_space for t in words) and (
            words[0].ent_type_ == "PERSON" and words[0].pos_ == "PROPN") and len(words) <= 4
        if any((t.pos_ not in ("PROPN", "NOUN") if capitals else t.pos_ != "PROPN"
                or not t.text[:1].isupper()) and not t.is_space for t in words):
            return None
        spans = {self._cx.by_token[t.i] for t in words if t.i in self._cx.by_token}
        if (not spans and not capitals) or any(
                not s.id_.startswith("PRV.") or s.start < words.start or s.end > words.end
                for s in spans):
            return None  # no name found there, or a known actor's
        if not any(t.ent_type_ == "PERSON" for t in words):
            return None
        return Span(doc, words.start, words.end, label="ACTOR",
                    span_id=f"PRV.PER.{normalise_key(words.text)}")

    def _name_beside_title(self, title: Token) -> list[Argument]:
        """The person a head's title "X, [the] leader of Y" or "the leader of Y, X" is said
        of, read off the word order where the parse of wire capitals hung the two apart
        ("ANSTEE, DIRECTOR GENERAL OF THE UN OFFICE", the surname tagged a noun; "THE
        PRESIDENT OF THE CUT, JORGE CARRILLO, OUGHT TO", the name hung on the verb)."""
        person = self._name_before_title(title)
        if person is None and any(c.dep_ == "det" and c.lower_ == "the" for c in title.children):
            person = self._name_after_title(title) or self._named_by_copula(title)
        return [person] if person is not None else []

    def _ranked_in_force(self, rank: Token, office: Span) -> bool:
        """"SALVADORAN COLONEL X", "Peruvian General Y": a rank the mention of a state's
        armed force or police ends on (the ruler reads "Salvadoran Colonel" as the Salvadoran
        military) makes its holder one of that force, as an official is one of his state."""
        return rank.lower_ in _RANKS and self._kind(office) in ("military", "police")

    def _prep_bearer(self, title: Token) -> Token | None:
        """The token whose "of" phrase is the title's own: the title itself; the first of two
        coordinated titles where the parse hung the phrase that follows the second on the
        first ("X, FORMER DEPUTY AND CURRENT PRESIDENT OF Y", "X, a lawyer and chairwoman of
        Y": the president's, the chairwoman's); ``None`` for that first title, whose phrase
        the second takes."""
        later = [c for c in title.children if c.dep_ == "conj" and c.i > title.i
                 and c.lower_ in self.cues.nouns]
        if any(p.dep_ == "prep" and p.i == c.right_edge.i + 1
               for c in later for p in title.children):
            return None
        first = title.head
        if title.dep_ == "conj" and first.pos_ == "NOUN" and first.i < title.i and not any(
                c.dep_ == "prep" for c in title.children) and any(
                p.dep_ == "prep" and p.i == title.right_edge.i + 1 for p in first.children):
            return first
        return title

    def _member_before_title(self, title: Token) -> list[Argument]:
        """"ARCE, A MEMBER OF THE DIRECTORATE", "X, SPOKESMAN FOR Y": the name before the
        comma of a member's title in apposition that the parse of wire capitals did not read
        as a person (the surname tagged a noun), read off the word order as for a head's
        title (:meth:`_name_before_title`)."""
        if title.dep_ != "appos":
            return []
        person = self._name_before_title(title)
        return [person] if person is not None else []

    def _possessor_body(self, title: Token, rtype: str) -> list[Argument]:
        """"the flight school's director, X": the body a head's title is owned by, in plain
        words no actor names (read as "the director of the flight school")."""
        if rtype != "leads" or any(c.dep_ == "prep" for c in title.children):
            return []  # ("the ministry's director of planning" heads a function in it)
        return [a for c in title.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                if (a := self._body_phrase(c)) is not None]

    def _named_by_copula(self, title: Token) -> Argument | None:
        """"the director of Y is X": the person the title is said to be."""
        if title.dep_ != "nsubj" or title.head.lemma_.lower() not in _COPULAS:
            return None
        named = [a for c in title.head.children if c.dep_ == "attr" and c.i > title.i
                 if (a := self._arg(c)) is not None and self._kind(a.span) == "person"]
        return named[0] if len(named) == 1 else None

    def _name_before_title(self, title: Token) -> Argument | None:
        """"X, [the] [former] leader of Y": the name that opens the sentence (or a bracket,
        or follows a rank or honorific) and ends at the comma before the title phrase; in
        capitals, words the tagger took for common nouns (or a place no actor holds:
        "ANTEGUERA") count as name words."""
        doc, by_token = title.doc, self._cx.by_token
        first = title
        while first.dep_ == "conj" and first.head.i < first.i and (
                first.head.lower_ in self.cues.nouns):
            first = first.head  # "X, FORMER DEPUTY AND CURRENT PRESIDENT OF Y"
        comma = _word_before(first.left_edge)
        if comma is None or doc[comma].text != ",":
            return None
        last = _word_before(doc[comma])
        if last is None:
            return None
        held = by_token.get(last)
        if held is not None:
            if self._kind(held) != "person" or held.end != last + 1:
                return None
            start = held.start
        else:
            start = last
            while start - 1 >= title.sent.start and last - start < 4 and (
                    self._capital_name_word(doc[start - 1]) or (
                    _wrap(doc[start - 1]) and start - 2 >= title.sent.start
                    and self._capital_name_word(doc[start - 2]))):
                start -= 2 if _wrap(doc[start - 1]) else 1
            if not self._capital_name_word(doc[last]) or not self._capital_name_word(doc[start]):
                return None
        opener = _word_before(doc[start])
        if opener is not None and not (
                doc[opener].text in ("(", ",", ";", ":") or doc[opener].lower_ == "and"
                or doc[opener].lower_.rstrip(".") in (_RANKS | _RANK_ABBREVIATIONS | HONORIFICS)):
            return None  # ("IN RESPONSE, THE LEADER OF": no name there)
        if held is not None:
            return Argument(doc[last], held)
        return self._named_person(doc[last], start, last + 1)

    def _name_after_title(self, title: Token) -> Argument | None:
        """"the leader of Y, [rank] X," where X stands alone after the comma (a comma, a
        full stop, a bracket or a verb next, not "and": "the head of the school, X and Y"
        lists three)."""
        doc, by_token = title.doc, self._cx.by_token
        of = next((c for c in title.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return None
        body = next((c for c in of.children if c.dep_ == "pobj"), None)
        if body is None:
            return None
        # the body's words end before a name the parse hung on it ("THE CUT, JORGE
        # CARRILLO"), not before an acronym in brackets ("THE SECRET POLICE (DAS)")
        last = max([body.i, *(c.right_edge.i for c in body.children if c.i > body.i and (
            c.dep_ not in ("appos", "punct") or doc[c.left_edge.i - 1].text == "("
            or c.text == ")"))])
        comma = _word_after(doc[last], title.sent.end)
        if comma is None or doc[comma].text != ",":
            return None
        i = _word_after(doc[comma], title.sent.end)
        while i is not None and (doc[i].lower_.rstrip(".") in (
                _RANKS | _RANK_ABBREVIATIONS | HONORIFICS | self.cues.past_qualifiers)
                or doc[i].lower_ == "retired" or doc[i].text == "."):
            i = _word_after(doc[i], title.sent.end)
        if i is None:
            return None
        held = by_token.get(i)
        if held is not None and held.start == i and self._kind(held) == "person":
            person, end = Argument(doc[held.end - 1], held), held.end
        elif held is None and (run := name_run(doc[i], self._not_name, lambda j: j in by_token)):
            person, end = self._named_person(doc[run[1] - 1], run[0], run[1]), run[1]
        else:
            return None
        after = _word_after(doc[end - 1], title.sent.end)
        if after is not None and doc[after].text not in (",", ".", ")", ";") and (
                doc[after].pos_ not in ("VERB", "AUX")):
            return None
        return person

    def _holds_title_before(self, name: Token, person: Span) -> bool:
        """Whether the name the parse hung on a body ("THE PRESIDENT OF THE CGT, MARIO LUNA")
        is the one the head's title before the body names (:meth:`_name_after_title`)."""
        of = name.head.head
        if name.head.dep_ != "pobj" or of.lower_ != "of" or (
                self.cues.nouns.get(of.head.lower_) != ("leads", False)) or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in of.head.children):
            return False
        holder = self._name_after_title(of.head)
        return holder is not None and holder.span is not None and (
            holder.span.start == person.start)

    def _capital_name_word(self, t: Token) -> bool:
        """A word of a name in wire capitals, whatever the tagger made of it: letters in
        capitals, no stop word, title, rank or cue word, and no entity but a person's."""
        return t.is_alpha and t.is_upper and len(t) > 1 and not t.is_stop and (
            t.ent_type_ in ("", "PERSON", "GPE")) and t.lower_ not in self._not_name and (
            t.lemma_.lower() not in self._not_name) and t.lower_ not in NAME_TITLES and (
            t.lower_ not in HONORIFICS) and t.i not in self._cx.by_token

    def _apposition(self, token: Token) -> Iterator[_Found]:
        if token.dep_ != "appos":
            return
        if self._unit_name(token) and self._unit_name(token.head) and token.head.i < token.i:
            # "2nd Battalion, 5th Special Forces Group": units are written smallest first
            part, whole = self._arg(token.head), self._arg(token)
            if part is not None and whole is not None:
                yield _Found("member_of", part, whole, token, "apposition", token.head)
            return
        by_token = self._cx.by_token
        person, group = by_token.get(token.i), by_token.get(token.head.i)
        if person is None or group is None or person is group:
            return
        if self._is_sector(group) and group[-1].tag_ == "NN" and (
                group[-1].lower_ not in ORGANISATION_WORDS):
            return  # "another Colombian priest, Rafael Lopera": what he is, not a group
        if self._kind(person) == "person" and self._kind(group) not in ("person", "state", None):
            doc = token.doc
            before = [t for t in doc[max(0, person.start - 4):person.start] if not t.is_space]
            if len(before) >= 2 and before[-1].lower_ == "by" and self.cues.compounds.get(
                    before[-2].lower_) == ("leads", False):
                # "THE SALVADORAN GOVERNMENT, HEADED BY ALFREDO CRISTIANI", the participle
                # read as part of the name: the one it is headed by leads it
                yield _Found("leads", Argument(token, person), Argument(token.head, group),
                             before[-2], "apposition", token.head)
                return
            if self._holds_title_before(token, person):
                return  # "THE PRESIDENT OF THE CGT, MARIO LUNA": its head (the title's rule)
            yield _Found("member_of", Argument(token, person), Argument(token.head, group), token,
                         "apposition", token.head)

    def _described_members(self, noun: Token) -> Iterator[_Found]:
        """"THE DETAINEES WERE MEMBERS OF A CELL", "FOUR INDIVIDUALS WHO ARE MEMBERS OF URBAN
        COMMAND UNITS": people the sentence describes, not names, said to be members of a
        body are a side (a group of the post), and so is a body named in common words."""
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if not subjects or noun.head.lemma_.lower() not in _COPULAS:
            return
        people = subjects[0]
        if people.tag_ == "WP" and noun.head.dep_ == "relcl":
            people = noun.head.head  # "INDIVIDUALS WHO ARE MEMBERS OF"
        if self._args(people) or not self._described_people(people):
            return  # (a named or referred-to side is the noun rule's)
        bodies = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
        owners = [a for p in bodies[:1] for a in (self._args(p) or (
            [self._local_group(p)] if self._described_body(p) else []))]
        holder = self._local_group(people)
        for owner in owners:
            yield _Found("member_of", holder, owner, noun, "noun", noun.head)

    def _regarded_as(self, noun: Token) -> Iterator[_Found]:
        """"the Taliban regard the Islamic State as an enemy", "Armenia is seen as a partner
        by France": an ally or rival noun of no one said with "as" of the object (the passive
        subject) holds between it and the one who regards it so."""
        cue = self.cues.nouns.get(noun.lower_) or self.cues.nouns.get(noun.lemma_.lower())
        verb = noun.head.head
        if cue is None or cue[0] not in ("allied_with", "rival_of") or (
                verb.lemma_.lower() not in self.cues.regarding_verbs) or any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "to"))
                for c in noun.children):
            return  # ("as an enemy of the state", "as its ally": the noun's own rules)
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive:
            regarded = [a for c in passive for a in self._args(c)]
            regarding = [a for c in verb.children if c.dep_ == "agent"
                         for p in c.children if p.dep_ == "pobj" for a in self._args(p)]
        else:
            regarded = [a for c in verb.children if c.dep_ in ("dobj", "obj")
                        for a in self._args(c)]
            regarding = self._direct(self.reader.subjects(self._cx, verb))
        for src in regarding:
            for tgt in regarded:
                if src.actor != tgt.actor:
                    yield _Found(cue[0], src, tgt, noun, "noun", verb)

    def _one_of(self, one: Token) -> Iterator[_Found]:
        """"X, one of the FMLN general command members", "X is one of the Liberal Party
        congressmen", "X, one of the front's leaders": one of a body's people is a member of
        the body their noun is qualified by (a leader among several too)."""
        people = [p for c in one.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and p.tag_ == "NNS"]
        if not people or not self._body_people(people[0]):
            return
        mods = [m for m in people[0].lefts if m.dep_ in ("poss", "compound", "nmod")]
        bodies = self._modifier_side(mods[-1]) if mods else []
        for holder in self._holders(one):
            for body in bodies:
                if self._kind(holder.span) == "person":
                    yield _Found("member_of", holder, body, one, "noun", one)

    def _body_people(self, noun: Token) -> bool:
        """Whether a plural noun names a body's people: its members, leaders or officials
        (the title nouns) or its elected people (``member_people``: "congressmen")."""
        lemma = noun.lemma_.lower()
        return lemma in self.cues.member_people or noun.lower_ in _LISTED_PEOPLE or (
            self.cues.nouns.get(lemma, ("", False))[0] in ("member_of", "leads"))

    def _members_named(self, token: Token) -> Iterator[_Found]:
        """"our Coalition partners, especially the Turks", "NATO members such as Turkey":
        the ones named are members of the group the noun's modifier names."""
        if token.lower_ not in _MEMBER_WORDS | {"partners", "allies"}:
            return
        group = None
        for c in token.lefts:
            if c.dep_ == "compound" and c.i == token.i - 1:
                group = self._arg(c)
                if group is None and c.lower_ in self.cues.unnamed_groups and (
                        c.i not in self._cx.by_token):
                    group = self._provisional(c, c.i, c.i)
        if group is None or self._kind(group.span) in ("state", "person"):
            return
        named = [a for c in token.rights if c.dep_ == "appos" for a in self._args(c)]
        named += [a for c in token.rights if c.dep_ == "prep" and (
                      c.lower_ in ("including", "like") or (c.lower_ == "as" and any(
                          d.lower_ == "such" for d in c.children)))
                  for p in c.children if p.dep_ == "pobj" for a in self._args(p)]
        named += [a for c in token.rights if c.dep_ == "amod" and c.lower_ == "such"
                  for d in c.children if d.dep_ == "prep" and d.lower_ == "as"
                  for p in d.children if p.dep_ == "pobj" for a in self._args(p)]
        for member in named:
            yield _Found("member_of", member, group, token, "apposition", token)

    def _members_listed(self, token: Token) -> Iterator[_Found]:
        """"THE FOLLOWING MEMBERS OF Y DIED: A, B AND C", "officials of Y, namely A and B",
        "the other members of Y are A and B": each person the list names is one of Y's
        people. The list opens after the body, at a colon ("following" members, or the
        colon right after the body), "namely", or the copula whose subject the noun is;
        "members of Y" with no list names no one."""
        doc, by_token = token.doc, self._cx.by_token
        pobjs = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
        if len(pobjs) != 1:
            return
        body = pobjs[0]
        groups = [a for a in self._args(body) if self._kind(a.span) not in _NOT_BODIES]
        if not groups and (made := self._body_phrase(body)) is not None:
            groups = [made]
        if len(groups) != 1:
            return
        group = groups[0]
        # (where the body's phrase ends: its conjuncts may be the list itself, "Y, namely A")
        listed = {t.i for c in body.children if c.dep_ in ("conj", "cc", "appos")
                  for t in c.subtree}
        after = max([t.i for t in body.subtree if t.i not in listed]
                    + [group.span.end - 1 if group.span is not None else 0]) + 1
        following = any(c.lower_ == "following" for c in token.lefts)
        opens = None
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ == "be" and (
                token.head.i >= after):
            opens = token.head.i  # "the other members of Y are A and B"
        for j in range(after, token.sent.end):
            if opens is not None:
                break
            t = doc[j]
            if t.lower_ == "namely" or (t.text == ":" and (following or j == after)):
                opens = j
            elif t.text in (";", ":") or (t.pos_ in ("VERB", "AUX") and not following):
                break
        if opens is None:
            return
        seen: set[int] = set()
        for j in range(opens + 1, token.sent.end):
            t = doc[j]
            if t.text == ";":
                break
            span = by_token.get(j)
            person = None
            if span is not None and self._kind(span) == "person":
                person = Argument(doc[span.end - 1], span)
            elif span is None and t.pos_ == "PROPN" and (
                    j + 1 >= token.sent.end or doc[j + 1].pos_ != "PROPN"):
                person = self._ranked_name(t, titled=True)
            if person is None or person.span is None or person.span.start in seen:
                continue
            seen.add(person.span.start)
            yield _Found("member_of", person, group, token, "apposition", token)

    def _verb(self, token: Token) -> Iterator[_Found]:
        if token.pos_ not in ("VERB",) and not (token.pos_ == "ADJ" and token.tag_ == "VBN") and (
                not self._misread_verb(token)):
            return
        lemma = token.lemma_.lower()
        lemma = lemma if lemma in self.cues.verbs else PAST_FORMS.get(token.lower_, lemma)
        if lemma in self.cues.giving_verbs or lemma in self.cues.receiving_verbs:
            yield from self._giving(token, lemma)
            return
        cue = self.cues.verbs.get(lemma)
        if cue is None:
            return
        if cue.particle and not any(c.lower_ == cue.particle for c in token.children
                                    if c.dep_ in ("prt", "advmod", "prep")):
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
        # "militias founded by Iran", "GANGS, TRAINED BY X AND FINANCED BY Y"
        reduced = token.tag_ == "VBN" and (token.dep_ == "acl" or (
            token.dep_ == "conj" and token.head.dep_ == "acl" and token.head.tag_ == "VBN"))
        noun = token.head if token.dep_ == "acl" else token.head.head
        if passive and cue.preps:
            # "Booker was assigned to 2nd Battalion": the subject belongs to the object.
            sources = [a for c in token.children if c.dep_ == "nsubjpass" for a in self._args(c)]
            targets = [a for c in token.children if c.dep_ == "prep" and c.lower_ in cue.preps
                       for p in c.children if p.dep_ == "pobj" for a in self._args(p)]
        elif passive or reduced:
            sources = [a for c in token.children if c.dep_ == "agent"
                       for p in c.children if p.dep_ == "pobj"
                       for a in (self._titled_agent(p) if self._bare_title(p)
                                 else self._args(p))]
            if not sources and cue.type == "backs":
                # "supported by coalition airstrikes", "backed by Russian aircraft": the side
                # whose means they are
                sources = [a for c in token.children if c.dep_ == "agent"
                           for p in c.children if p.dep_ == "pobj" for a in self._means_sides(p)]
            if not sources and cue.type == "backs":
                # "supported by elements in the defense forces": the group they are of
                sources = [a for c in token.children if c.dep_ == "agent"
                           for p in c.children if p.dep_ == "pobj" for a in self._of_group(p)]
            if not sources:
                # "a movement armed and trained by Iran": the last verb's agent is the first's
                sources = [a for v in token.conjuncts if v.i > token.i and v.tag_ == "VBN"
                           for c in v.children if c.dep_ == "agent"
                           for p in c.children if p.dep_ == "pobj" for a in self._args(p)][:1]
            if not sources and cue.type in ("leads", "founds"):
                sources = [a for c in token.children if c.dep_ == "agent"
                           for a in self._leader_after_by(c)]
            subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
            if subjects:
                targets = self._args(subjects[0])
                if not targets and subjects[0].lower_ in self.cues.generic:
                    targets = self._holders(subjects[0])
                if not targets:
                    targets = self._of_group(subjects[0])
                if not targets and cue.type == "leads":
                    targets = self._led_body(subjects[0])  # "the commission is headed by X"
            else:
                targets = self._args(noun) if reduced else []
                if reduced and not targets:
                    targets = self._holders(noun)
                if reduced and not targets:
                    targets = self._of_group(noun)
                if reduced and not targets and (before := self._before_comma(token)) is not None:
                    targets = [a for a in [self._arg(before)] if a is not None]  # "GANGS OF
                    # CRIMINALS, TRAINED BY X"
                    # (hung by the parser on a noun further back)
                if reduced and not targets and cue.type == "leads":
                    targets = self._led_body(noun)  # "AN ADVANCE TEAM, HEADED BY X"
            if not targets and cue.type == "backs":
                # (a one-word provisional side as the agent may be a misread common noun:
                # "SUPPORTED BY HELICOPTER GUNSHIPS"; with an unnamed body, no relation)
                sources = [a for a in sources if not (
                    (a.actor or "").startswith("PRV.") and a.span is not None
                    and len(a.span) == 1)]
                targets = self._described_backed(token) if sources else []
        elif token.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("dobj", "obj")
                                                     for c in token.children) and (
                by := [p for c in token.children if c.dep_ == "prep"
                       for d in (c, *c.subtree) if d.dep_ == "prep" and d.lower_ == "by"
                       for p in d.children if p.dep_ == "pobj"]):
            # "the Quds Force, led for two decades by X": "by X" misattached, still the agent
            sources = [a for p in by[:1] for a in self._args(p)]
            targets = [a for c in token.children if c.dep_ == "nsubj" for a in self._args(c)]
        else:
            sources = self._agents(token)
            if not sources:  # the small model reads "Tehran funds Hamas" as a compound
                sources = [a for c in token.lefts if c.dep_ in ("compound", "npadvmod", "nmod")
                           for a in self._args(c)]
            objects = [c for c in token.children if c.dep_ in ("dobj", "obj")
                       and c.lower_ not in _REFLEXIVES]  # "allied itself with X": with X
            if not objects and not any(c.dep_ == "prep" and c.lower_ in cue.preps
                                       for c in token.children):
                # "X trains and equips Y": the object of the last verb is the first's too.
                objects = [o for v in token.conjuncts if v.i > token.i and v.pos_ == "VERB"
                           for o in v.children if o.dep_ in ("dobj", "obj")][:1]
            objects += [p for c in token.children if c.dep_ == "prep" and c.lower_ in cue.preps
                        for p in c.children if p.dep_ == "pobj"]
            if not objects and token.pos_ == "NOUN":
                # "al-Julani heads Hayat Tahrir al-Sham", read as a noun with the group as
                # its apposition
                objects = [c for c in token.rights if c.dep_ == "appos"]
            targets = []
            for obj in objects[:1]:
                targets = self._args(obj)
                if not targets and cue.type == "backs" and cue.reverse and (
                        obj.lemma_.lower() in self.cues.support_nouns):
                    # "relies on Iranian military support": Iran backs the subject
                    targets = [a for c in obj.children if c.dep_ in ("amod", "compound",
                                                                      "nmod", "poss")
                               for a in self._args(c)]
                if not targets and cue.type in ("founds", "leads", "backs") and sources:
                    word = "led" if cue.type == "leads" else "backed"
                    targets = self._founded_group(obj, sources[0], word)
                if not targets and cue.described_sides and self._described_body(obj) and (
                        not _joined_in(token)):
                    targets = [self._local_group(obj)]  # "belonged to a band of assassins"
            if cue.described_sides and targets and not sources and not _joined_in(token):
                # "ALL THOSE KILLED BELONGED TO A GANG", "THE CREW ... BELONGED TO GROUPS"
                sources = [self._local_group(s) for s in token.children
                           if s.dep_ == "nsubj" and self._described_people(s)][:1]
        if cue.reverse:
            sources, targets = targets, sources
        for src in sources:
            for tgt in targets:
                rtype = cue.type
                if rtype == "founds":
                    rtype = "leads" if self._kind(src.span) == "person" else "backs"
                tkind = self._kind(tgt.span)
                if cue.armed_target and tkind not in _FORCE_KINDS and not _generic_group(tgt) and (
                        tgt.token.lower_ not in self.cues.generic) and (
                        tgt.token.lower_ not in self.cues.group_nouns):
                    continue
                if cue.organisation_target and tkind in ("person", "state"):
                    continue
                if cue.organisation_source and self._kind(src.span) in ("person", "state"):
                    continue  # "the YPG dominates the SDF", not "Iran dominates the Houthis"
                if rtype == "leads" and tkind == "person":
                    continue
                if rtype == "member_of" and tgt.token.lower_ in (*_PARTNER_NOUNS, "forces") and (
                        tgt.span is not None and tgt.span.id_.startswith("PRV.")):
                    continue  # "joined Kerry and international partners in Paris": a meeting;
                    # "joined forces with X": an alliance (the noun's rule)
                if rtype == "backs" and tkind == "civilian":
                    continue  # "support for the Iraqi people" is not sponsorship
                yield _Found(rtype, src, tgt, token, "verb", token)

    def _leader_after_by(self, agent: Token) -> list[Argument]:
        """The person "led / headed / founded by" names where the entity reader read no
        actor there ("THE GANG LED BY CHALARIA", the name taken for a place): the
        capitalised name words right after "by" (ranks passed over; one word is enough, the
        verb says a leader follows) as a provisional person, when no place or actor of the
        dictionary bears them."""
        by_token = self._cx.by_token
        return self._unread_person(agent, name_after(
            agent, _RANKS | _RANK_ABBREVIATIONS, self._not_name, lambda i: i in by_token,
            single=True))

    def _unread_person(self, token: Token, run: tuple[int, int] | None) -> list[Argument]:
        """The name words ``run`` (near ``token``) as a provisional person, unless the
        entity reader gave any of them to a group, a people or a building, or a place or an
        actor of the dictionary bears them."""
        if run is None:
            return []
        start, end = run
        doc = token.doc
        if any(doc[j].ent_type_ in ("ORG", "NORP", "FAC") for j in range(start, end)) or not (
                self._unplaced(doc[start:end].text)):
            return []
        return [self._named_person(doc[end - 1], start, end)]

    def _bare_title(self, noun: Token) -> bool:
        """Whether ``noun`` is a title word no actor mention holds ("secretary")."""
        return (noun.lower_ in NAME_TITLES or noun.lower_ in self.cues.nouns) and (
            noun.i not in self._cx.by_token)

    def _titled_agent(self, noun: Token) -> list[Argument]:
        """The person a title after "by" names where the parse made the title the agent
        ("HEADED BY ASSISTANT SECRETARY OF STATE BERNARD ARONSON": "secretary" the agent,
        the name hung on its "of"): the first person in the title's phrase after it; none
        where no person is found there (the title itself is no side)."""
        for t in noun.subtree:
            if t.i > noun.i and (t.ent_type_ == "PERSON" or t.i in self._cx.by_token) and (
                    arg := self._arg(t)) is not None and self._kind(arg.span) == "person":
                return [arg]
        return []

    def _led_body(self, noun: Token) -> list[Argument]:
        """A body named only by a plain noun that a person heads ("A SPANISH DIPLOMATIC
        DELEGATION HEADED BY X", "THE ADVANCE TEAM, HEADED BY X", "THAT SUBVERSIVE GROUP, LED
        BY X"): the noun with its modifiers, a group of this post (``led_bodies``, the
        organisation words); none for what is no body ("a list headed by X")."""
        if noun.pos_ != "NOUN" or noun.i in self._cx.by_token or not (
                noun.lower_ in self.cues.led_bodies or noun.lemma_.lower() in self.cues.led_bodies
                or self._organisation_word(noun.lower_)):
            return []
        first = noun.left_edge
        if first.lower_ in ("a", "an") and first.i > 0 and noun.doc[first.i - 1].text in (",", "("):
            return []  # "X (..., AN ORGANIZATION HEADED BY Y)": a description of a name
        if noun.dep_ == "appos" and (named := self._arg(noun.head)) is not None:
            # "LA FANMI SE LA VI (..., AN ORGANIZATION HEADED BY X)": the name it stands for
            return [named] if self._kind(named.span) not in _NOT_BODIES else []
        return [self._local_group(noun)]

    def _signatories(self, marker: Token) -> Iterator[_Found]:
        """A communiqué's signature: "FMLN GENERAL COMMAND: COMMANDER X, COMMANDER Y",
        "... GENERAL COMMAND (SIGNED) COMMANDER X COMMANDER Y" or "(SIGNED) FMLN GENERAL
        COMMAND\n\n COMMANDERS X, Y AND Z": each name after a title signs for the body named
        just before the marker (or on the marker's own line after it), one of its people;
        the names listed after a plural title hold it each."""
        doc = marker.doc
        by_token = self._cx.by_token
        signing = self._body_before_marker(marker) or self._body_after_marker(marker)
        if signing is None:
            return
        body, i = signing
        stop = len(doc)
        plural = False
        while i < stop:
            title = doc[i]
            cue = self.cues.nouns.get(title.lower_) or self.cues.nouns.get(title.lemma_.lower())
            if cue is None or cue[0] not in ("leads", "member_of"):
                if title.is_punct or title.is_space or title.lower_ == "and":
                    i += 1
                    continue
                if not plural or (run := name_run(title, self._not_name, lambda k: (
                        k in by_token and self._kind(by_token[k]) != "person"
                        and not by_token[k].id_.startswith("PRV.")))) is None:
                    return  # the list of signatures ends
                start, j = run  # "COMMANDERS X, Y AND Z": a name the plural title holds
            else:
                # (a plural the cue list has in the singular: "COMMANDERS", tagged a verb)
                plural = title.tag_ == "NNS" or title.lower_ not in self.cues.nouns
                start = j = i + 1
                while j < stop and (doc[j].ent_type_ == "PERSON" and doc[j].pos_ == "PROPN"
                                    or _wrap(doc[j]) and j + 1 < stop
                                    and doc[j + 1].ent_type_ == "PERSON"):
                    j += 1
                if j == start:
                    return
            person = by_token.get(j - 1)
            if person is None or person.start < start or self._kind(person) != "person":
                person = Span(doc, start, j, label="ACTOR",
                              span_id=f"PRV.PER.{normalise_key(doc[start:j].text)}")
                self._made.append((doc[j - 1], person))
            yield _Found("member_of", Argument(doc[j - 1], person), body, title, "title", title)
            i = j

    def _body_before_marker(self, marker: Token) -> tuple[Argument, int] | None:
        """The body a signature's marker (a colon, "(SIGNED)") follows, and where the list
        of its signatories opens: the organisation's noun just before the marker (blank
        lines between), its name opening with an organisation the dictionary knows."""
        doc = marker.doc
        # (a signature's lines may stand apart, blank lines between: look across them)
        first = max(0, marker.i - 8)
        end = marker.i - (2 if marker.text != ":" else 1)
        while end > first and doc[end].is_space:  # (a signature's own line)
            end -= 1
        body = self._signing_body(doc, first, end)
        return (body, marker.i + 1 + (marker.text != ":")) if body is not None else None

    def _body_after_marker(self, marker: Token) -> tuple[Argument, int] | None:
        """"(SIGNED) FMLN GENERAL COMMAND\n\n COMMANDERS ...": the body the line after the
        marker names, up to the line break; the list opens on the next line."""
        doc = marker.doc
        if marker.text == ":" or marker.i + 2 >= len(doc) or doc[marker.i + 1].text != ")":
            return None
        first = marker.i + 2
        brk = next((k for k in range(first, min(len(doc), first + 8))
                    if doc[k].is_space and "\n" in doc[k].text), None)
        if brk is None or brk == first:
            return None
        body = self._signing_body(doc, first, brk - 1)
        return (body, brk + 1) if body is not None else None

    def _signing_body(self, doc: Doc, first: int, end: int) -> Argument | None:
        """The body whose name ends at ``end`` (from ``first`` on) as a provisional
        organisation: an organisation's noun no actor holds, after (up to three words after)
        a known organisation's name ("FMLN GENERAL COMMAND")."""
        by_token = self._cx.by_token
        if end <= first or not self._organisation_word(doc[end].lower_) or end in by_token:
            return None
        named = [by_token[j] for j in range(max(first, end - 3), end) if j in by_token]
        if not named or self._kind(named[-1]) in _NOT_BODIES:
            return None
        return self._provisional(doc[end], named[-1].start, end)

    def _body_of_person(self, token: Token) -> Iterator[_Found]:
        """"the government of President Pinochet", "the troops of General X": the person
        named after "of" leads the body ("the Cuban government of Fidel Castro": the one
        the dictionary names)."""
        named = self._cx.by_token.get(token.i)
        if named is not None and (named.end != token.i + 1 or self._kind(named) in _NOT_BODIES):
            return
        body = Argument(token, named) if named is not None else None
        for p in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in p.children if c.dep_ == "pobj"):
                person = self._cx.by_token.get(obj.i)
                if person is not None and self._kind(person) == "person" and (
                        person.end == obj.i + 1):
                    yield _Found("leads", Argument(obj, person), body or self._local_group(token),
                                 token, "possessive", token)

    def _person_of(self, token: Token) -> Iterator[_Found]:
        """"David Buik of BGC Partners", "Juan Perez of the Red Cross": a person named with
        the body they come from is one of its people (not with a state or a place: "Smith of
        London")."""
        head = token.head
        person = self._cx.by_token.get(head.i)
        if person is None or self._kind(person) != "person" or person.end != token.i or (
                token.head.i != token.i - 1):
            return
        for obj in (c for c in token.children if c.dep_ == "pobj"):
            for body in self._args(obj):
                kind = self._kind(body.span)
                if kind is not None and kind not in _NOT_BODIES:
                    yield _Found("member_of", Argument(head, person), body, token, "apposition",
                                 token)

    def _party_member(self, token: Token) -> Iterator[_Found]:
        """"LIBERAL SENATOR X", "former Liberal presidents X and Y", "X, Christian Democratic
        leader": a party's adjective on a person's title makes the person one of the party's
        people (``party_words`` of the cue file; a leader of it only where "the leader of"
        says so, by the other rules). The party is the run of party words around the
        adjective, a provisional organisation."""
        by_token = self._cx.by_token
        doc = token.doc
        if token.i in by_token or token.pos_ not in ("ADJ", "PROPN", "NOUN"):
            return
        start = end = token.i
        while start > token.sent.start and doc[start - 1].lower_ in self.cues.party_words | (
                self.cues.party_prefixes) and doc[start - 1].i not in by_token:
            start -= 1
        while end + 1 < token.sent.end and doc[end + 1].lower_ in self.cues.party_words and (
                doc[end + 1].i not in by_token):
            end += 1
        if end != token.i:
            return  # (the run's last word opens the rule, once)
        if start == end and token.lower_ in self.cues.function_words and (
                end + 1 < token.sent.end and doc[end + 1].lower_ in _PORTFOLIO_TITLES):
            return  # "FORMER LABOR MINISTER X": the minister of labour, not a Labour member
        title = token.head
        while title.dep_ == "compound" and title.i not in by_token and title.head.i > title.i:
            title = title.head  # "LIBERAL SENATOR LUIS GIRALDO": up to the name
        if title.i <= end or title.lower_ in self.cues.party_nouns:
            return  # "the Liberal Party" is the party itself, not a member of it
        people: list[Argument] = []
        person = by_token.get(title.i)
        if person is not None and self._kind(person) == "person" and person.start > end:
            people = [a for a in self._args(title) if self._kind(a.span) == "person"]
        elif title.pos_ == "NOUN" and title.lower_ not in self.cues.not_bodies:
            if title.dep_ == "appos" and (held := by_token.get(title.head.i)) is not None and (
                    self._kind(held) == "person"):
                people = [Argument(title.head, held)]  # "X, Christian Democratic leader"
            else:
                people = [a for c in title.children if c.dep_ == "appos"
                          for a in self._args(c) if self._kind(a.span) == "person"]
            if not people:
                people = self._names_after(title)
        if not people and end + 1 < token.sent.end and (
                doc[end + 1].lower_ in self.cues.nouns) and (
                found := self._name_read_after(doc[end + 1])) is not None:
            people = [found]  # "LIBERAL LEADER X Y Z", the name's last word read as a place
        if not people:
            return
        party = self._provisional(token, start, end)
        for person_arg in people:
            yield _Found("member_of", person_arg, party, token, "title", token)

    def _names_after(self, title: Token) -> list[Argument]:
        """The persons named right after a title the parse left apart from them ("FORMER
        LIBERAL PRESIDENTS A AND B MET"): the name just after it, and for a plural title
        the names listed after that one ("A, B and C")."""
        by_token, doc = self._cx.by_token, title.doc
        out: list[Argument] = []
        i = title.i + 1
        while i < title.sent.end and (span := by_token.get(i)) is not None and (
                span.start == i and self._kind(span) == "person"):
            out.append(Argument(doc[span.end - 1], span))
            i = span.end
            if title.tag_ != "NNS":
                break
            while i < title.sent.end and doc[i].lower_ in (",", "and"):
                i += 1
        return out

    def _of_group(self, noun: Token) -> list[Argument]:
        """"TROOPS OF THE BRACAMONTE BATTALION", "members of the 21st Front", "elements in
        the defense forces": the group whose people a plain force noun names (a state or
        place after "in" is where they are: "troops in Syria")."""
        if noun.lower_ not in _FORCE_WORDS and noun.lower_ not in _PEOPLE_OF:
            return []
        return [a for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                for p in c.children if p.dep_ == "pobj" for a in self._args(p)
                if c.lower_ == "of" or self._kind(a.span) not in ("state", "location")]

    def _described_backed(self, verb: Token) -> list[Argument]:
        """The body a backing relative clause or participle is said of where no actor names
        it: "DM-1 TROOPS, WHO WERE SUPPORTED BY X", "THE DEATH SQUADS, SUPPORTED BY X",
        "armed organizations that are trained by X": a group of this post."""
        clause = verb.head if verb.dep_ == "conj" else verb
        if clause.dep_ not in ("relcl", "acl"):
            return []
        noun = clause.head
        if self._described_body(noun) or (noun.tag_ == "NNS" and noun.lower_ in _FORCE_WORDS
                                          and noun.i not in self._cx.by_token):
            return [self._local_group(noun)]
        return []

    def _before_comma(self, verb: Token) -> Token | None:
        """The noun a participle after a comma is said of, when the parser hung it
        elsewhere: the noun just before the comma, or the one its "of" phrase belongs to."""
        first = verb if verb.dep_ == "acl" else verb.head
        if first.i < 2 or first.doc[first.i - 1].text != ",":
            return None
        noun = first.doc[first.i - 2]
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i != first.head.i else None

    def _within(self, token: Token) -> Iterator[_Found]:
        """"working with Turkey within NATO", "Turkey's role within NATO", "Kurdish units
        within the SDF": who acts or is named within an organisation is one of it."""
        groups = [o for p in token.children if p.dep_ == "pobj"
                  and p.lower_ not in self.cues.under_nouns for o in self._args(p)
                  if self._kind(o.span) not in ("state", "location", "person", "civilian", None)
                  and not (o.actor or "").startswith(("PRV.LOC", "LOC."))]
        if not groups:
            return
        head = token.head
        if head.pos_ in ("VERB", "AUX"):
            members = self._direct(self.reader.subjects(self._cx, head)) + [
                a for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj" for a in self._args(p)]
        elif head.i in self._cx.by_token:
            members = self._args(head)
        else:
            members = [a for c in head.children if c.dep_ == "poss" for a in self._args(c)]
        for member in members:
            for group in groups:
                if member.actor != group.actor:
                    yield _Found("member_of", member, group, token, "noun", token)

    def _described_body(self, noun: Token) -> bool:
        """Whether ``noun`` names a body in common words that no actor names ("a band of
        hired assassins", "these organizations", "an institution")."""
        lemma = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and noun.i not in self._cx.by_token and (
            lemma not in self.cues.not_bodies) and (
            self._group_word(noun.lower_) or self._group_word(lemma)
            or lemma in self.cues.led_bodies or noun.lower_ in self.cues.group_nouns)

    def _described_people(self, noun: Token) -> bool:
        """Whether ``noun`` describes people the sentence refers to without a name ("the
        crew", "30 criminals", "all those killed"), not a title ("the spokesman")."""
        if noun.i in self._cx.by_token or noun.lower_ in self.cues.nouns or (
                noun.lemma_.lower() in self.cues.nouns):
            return False
        return (noun.pos_ == "NOUN" and noun.tag_ == "NNS") or (
            noun.lower_ == "those" and any(c.dep_ in ("acl", "relcl") for c in noun.children))

    def _unknown_name(self, token: Token) -> Argument | None:
        """A proper name no actor mention covers, as a provisional organisation over the
        entity the parser read there (or the proper nouns before it), "the" left out."""
        if token.pos_ != "PROPN" or token.i in self._cx.by_token:
            return None
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        start = ent.start if ent is not None else token.left_edge.i
        end = ent.end if ent is not None else token.i + 1
        if token.doc[start].lower_ == "the":
            start += 1
        if start >= end or any(j in self._cx.by_token for j in range(start, end)) or not all(
                t.pos_ in ("PROPN", "PUNCT", "ADP") or t.is_space for t in token.doc[start:end]):
            return None
        return self._provisional(token, start, end - 1)

    def _unread_body_of(self, title: Token) -> list[Argument]:
        """The body a capitalised name after a title's "of" names where no actor mention
        covers it ("PRESIDENT OF ECOPETROL"): a provisional organisation, unless a place,
        a people, a person or a known actor bears the name."""
        out: list[Argument] = []
        if title.lower_ in _PORTFOLIO_TITLES:
            return out  # "Minister of Industry": a portfolio, no body
        for p in title.children:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for pobj in p.children:
                if pobj.dep_ == "pobj" and (pobj.is_upper or pobj.is_title) and (
                        pobj.ent_type_ not in ("PERSON", "NORP", "LOC", "FAC", "DATE")) and (
                        not _acronym(pobj) or pobj.ent_type_ == "ORG") and (
                        self._unplaced_name(pobj)) and (
                        body := self._unknown_name(pobj) or self._misread_name(pobj)) and (
                        body.span is not None and self._unplaced(body.span.text)):
                    out.append(body)
        return out + self._misparsed_conjuncts(title) if out else out

    def _misread_name(self, token: Token) -> Argument | None:
        """A name in capitals whose last word the tagger read as a common word after proper
        nouns ("THE UNITED LEFT", "LEFT" a verb): a provisional organisation over it."""
        names = [c for c in token.lefts if c.dep_ == "compound"]
        if not token.is_upper or token.pos_ == "PROPN" or not names or any(
                c.pos_ != "PROPN" or c.i in self._cx.by_token for c in names) or (
                names[-1].i != token.i - 1):
            return None
        return self._provisional(token, names[0].i, token.i)

    def _means_sides(self, noun: Token) -> list[Argument]:
        """The sides whose means a force, strike or aid noun names by its modifiers:
        "coalition airstrikes", "Russian attack helicopters", "7TH BRIGADE TROOPS"."""
        if not (noun.lower_ in _FORCE_WORDS or noun.lower_ in _STRIKE_NOUNS
                or noun.lemma_.lower() in self.cues.aid_nouns):
            return []
        return [a for m in noun.children if m.dep_ in ("compound", "amod", "nmod", "poss")
                for t in (m, *m.conjuncts) for a in self._modifier_side(t)]

    def _modifier_side(self, token: Token) -> list[Argument]:
        """The side a modifier of a force or means noun names: the actor it names, else an
        unnamed group (see :meth:`_unnamed_modifier`); each conjunct on its own."""
        arg = self._arg(token)
        return [arg] if arg is not None else self._unnamed_modifier(token)

    def _unnamed_modifier(self, token: Token) -> list[Argument]:
        """"coalition" in "coalition airstrikes": a group word no actor names, as a side; an
        organisation's word, with its own modifiers, as a group of this post ("ARMY AND AIR
        FORCE TROOPS": the army, the air force)."""
        if token.i in self._cx.by_token:
            return []
        if token.lower_ in self.cues.unnamed_groups:
            return [self._provisional(token, token.i, token.i)]
        if token.pos_ in ("NOUN", "PROPN") and self._organisation_word(token.lower_):
            return [self._local_group(token)]
        return []

    def _verb_read_as_preposition(self, token: Token) -> Iterator[_Found]:
        """"Iran and Syria back Hezbollah" parsed with no verb at all, "back" as a
        preposition of a root name: the name (and its conjuncts) as subjects, the
        preposition's object as the object."""
        cue = self.cues.verbs.get(token.lower_)
        head = token.head
        if cue is None or cue.type not in RELATION_TYPES or cue.preps or cue.particle or (
                head.pos_ not in ("PROPN", "NOUN")) or head.i not in self._cx.by_token or any(
                t.pos_ in ("VERB", "AUX") for t in token.sent):
            return
        sources = self._args(head)
        targets = [a for c in token.children if c.dep_ == "pobj" for a in self._args(c)]
        for src in sources:
            for tgt in targets:
                if cue.reverse:
                    src, tgt = tgt, src
                yield _Found(cue.type, src, tgt, token, "verb", token)

    def _misread_verb(self, token: Token) -> bool:
        """The small model reads "Washington trains and equips X" and "The Peshmerga answer
        to X" as a noun with the subject as its compound: a root noun with no determiner
        whose compound names an actor."""
        return (token.pos_ == "NOUN" and token.dep_ == "ROOT"
                and not any(c.dep_ in ("det", "poss", "nummod") and c.i > token.i - 2
                            for c in token.children)
                and any(c.dep_ in ("compound", "nmod") and c.i in self._cx.by_token
                        for c in token.lefts)
                and any(c.dep_ in ("prep", "conj", "dobj", "appos") for c in token.rights))

    def _agents(self, verb: Token) -> list[Argument]:
        """The verb's subjects; for "X is accused of arming Y", X."""
        found = self._direct(self.reader.subjects(self._cx, verb))
        if not found and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            governor = verb.head.head
            found = [a for c in governor.children if c.dep_ == "nsubjpass"
                     for a in self._args(c)]
        if not found and verb.dep_ == "acl" and verb.head.lemma_.lower() in _EFFORT_NOUNS:
            # "Coalition efforts to support X", "Iran's attempts to arm X"
            for c in verb.head.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    arg = self._arg(c)
                    if arg is None and c.dep_ == "compound" and (
                            c.lower_ in self.cues.unnamed_groups and c.i not in self._cx.by_token):
                        arg = self._provisional(c, c.i, c.i)
                    if arg is not None:
                        found.append(arg)
        above = verb
        for _ in range(4):  # "X is committed to continuing to provide": X provides
            if found or above.dep_ not in ("xcomp", "pcomp", "prep", "acomp"):
                break
            above = above.head
            if above.pos_ in ("VERB", "AUX", "ADJ"):
                found = self._direct(self.reader.subjects(self._cx, above))
        return found

    def _giving(self, token: Token, lemma: str) -> Iterator[_Found]:
        """"provided the Houthis with missiles", "sends weapons to Hamas", "received arms
        from Iran": the giver backs the one given to."""
        aid = self.cues.aid_nouns
        objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "dative", "nsubjpass")]
        withs = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj"]
        tos = [p for c in token.children if c.dep_ in ("prep", "dative")
               and c.lower_ in ("to", "for") for p in c.children if p.dep_ == "pobj"]
        froms = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                 for p in c.children if p.dep_ == "pobj"]
        if lemma in self.cues.receiving_verbs and not froms:
            # "receives weapons and salaries from Turkey": "from" hung on the thing received
            froms = [p for o in objects for c in o.subtree if c.dep_ == "prep"
                     and c.lower_ == "from" and abs(c.i - o.i) <= 6
                     for p in c.children if p.dep_ == "pobj"]

        def is_aid(t: Token) -> bool:  # "weapons", "billions of dollars in military aid"
            return any(d.lemma_.lower() in aid or d.lower_ in aid
                       for d in t.subtree if abs(d.i - t.i) <= 6)

        subjects = self._agents(token)
        if lemma in self.cues.receiving_verbs:
            if any(is_aid(o) for o in objects):
                for giver in (a for fr in froms for a in self._args(fr)):
                    for receiver in subjects:
                        yield _Found("backs", giver, receiver, token, "verb", token)
            return
        receivers: list[Argument] = []
        if any(is_aid(w) for w in withs):  # "provided X with weapons"
            receivers = [a for o in objects for a in self._args(o)]
        elif any(is_aid(o) for o in objects):  # "sent weapons to X", "gave X weapons"
            # "$100 million in new assistance to X": the "to" may hang lower down
            tos += [p for o in objects for c in o.subtree if c.dep_ == "prep"
                    and c.lower_ in ("to", "for") and abs(c.i - o.i) <= 6
                    for p in c.children if p.dep_ == "pobj"]
            receivers = [a for t in tos for a in self._args(t)]
            receivers += [a for c in token.children if c.dep_ == "dative"
                          for a in self._args(c)]
        for giver in subjects:
            for receiver in receivers:
                yield _Found("backs", giver, receiver, token, "verb", token)

    def _founded_group(self, obj: Token, founder: Argument, word: str = "backed") -> list[Argument]:
        """"established an array of Shiite militias": the group founded, as a generic actor."""
        noun = obj
        for prep in obj.children:  # "an array of militias", "a network of cells"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                noun = next((p for p in prep.children if p.dep_ == "pobj"), obj)
        head = obj if obj.lower_ in self.cues.generic else noun
        allowed = ("MILITIA", "REBELS", "COALITION") if word == "led" else ("MILITIA", "REBELS")
        if self.cues.generic.get(head.lower_, ("", ""))[0] not in allowed:
            return []  # "to establish a puppet government": not a group the founder backs
        return [self._made_generic(head, founder, obj.left_edge, noun, word=word)]

    # -- assembly --------------------------------------------------------------------------

    def _relation(self, found: _Found, sent: Span, ctx: PostContext,
                  state: ThreadState | None) -> Relation | None:
        src, tgt = found.source, found.target
        if src.span is None or tgt.span is None or src.actor == tgt.actor:
            return None
        frame = self.reader.frame(self._cx, found.trigger, sent)
        # (an apposition describes its noun whatever the clause says of it: "denied that
        # the trip is linked to the killing of X, a leader of Y")
        nominal = found.method in _NOMINAL or (found.method == "noun"
                                               and found.trigger.dep_ == "appos")
        if nominal:
            modality = "reported" if frame.asserted_by is not None else "asserted"
            negated = False
        else:
            modality, negated = frame.modality, frame.negated
        if _on_paper(found.trigger):
            negated = True  # "X is part of Y on paper only"
        if modality in ("future", "intended") and not nominal and _ongoing(found.trigger):
            modality = "asserted"  # "we will continue to support X": the support holds now
        elif modality == "asserted" and not nominal and _to_become(found.trigger):
            modality = "intended"  # "X hopes to become commander of Y": not yet
        if found.past and modality == "asserted":
            modality = "historical"
        date = end_date = as_of = None
        when = self.reader.date(self._cx, found.trigger, sent)
        if when is not None and when.basis in ("text", "relative"):
            if found.method == "verb":
                date, end_date = when.date, when.end_date
            else:
                as_of = when.date
        elif when is not None and when.basis == "published":
            as_of = when.date
        elif ctx.time and nominal:
            as_of = ctx.time[:10]
        confidence = _BASE_CONFIDENCE.get(found.method, 0.7)
        confidence -= 0.1 * (src.via_reference or tgt.via_reference)
        confidence -= 0.05 * (_generic_group(src) or _generic_group(tgt))
        speaker = frame.asserted_by if frame.asserted_by is not None else frame.denied_by
        evidence = Evidence(ctx.doc, ctx.post, sent.start_char, sent.end_char, sent.text)
        return Relation(
            id=stable_id(ctx.doc, ctx.post, found.cue.idx, found.type, src.actor, tgt.actor,
                         prefix="rel_"),
            type=found.type,
            source=src.actor,
            target=tgt.actor,
            evidence=evidence,
            source_text=_side_text(src),
            target_text=_side_text(tgt),
            date=date,
            end_date=end_date,
            as_of=as_of,
            asserted_by=speaker.actor if speaker else None,
            asserted_by_text=speaker.text if speaker else ctx.author,
            modality=modality,
            negated=negated,
            confidence=round(max(0.1, min(confidence, 0.95)), 2),
            method=found.method,
            cue=found.cue.text,
        )


def _side_text(arg: Argument) -> str:
    """The words a relation shows for a side: a relative pronoun's antecedent where the
    sentence names it ("LANDAZABAL REYES, WHO IS LEADER OF THE GROUPS": Landazabal Reyes, not
    "who"); any other side as the argument reads it (a personal pronoun stays: "its")."""
    span = arg.span
    if arg.token.tag_ in ("WP", "WDT") and span is not None and (
            arg.token.sent.start <= span.start and span.end <= arg.token.sent.end) and (
            not span.start <= arg.token.i < span.end):
        return span.text
    if arg.token.lower_ in _STRIKE_NOUNS and span is not None and len(span) == 1:
        # a force read off its means: "HONDURAN AIR FORCE HELICOPTERS", not "HELICOPTERS"
        return _phrase(arg.token)
    return arg.text


def _joined_in(verb: Token) -> bool:
    """Whether a membership verb joins someone in an act or is only a purpose: "joined X in
    a campaign", "travelled to join the column", "allowed them to join a group"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(c.dep_ == "prep" and c.lower_ in ("in", "for")
               for t in (verb, *objects) for c in t.children) or _infinitive(verb)


def _merge_key(relation: Relation, sent_start: int) -> tuple[str, str, str, int]:
    """What makes two relations of one sentence the same: type and sides (either way
    round for a symmetric type)."""
    pair = (relation.source or "", relation.target or "")
    if relation.symmetric:
        pair = (min(pair), max(pair))
    return (relation.type, *pair, sent_start)


def _restates(a: Token, b: Token, ruled: list[tuple[Token, Token]]) -> bool:
    """Whether the pair (a, b) lies within a pair the rules related, either way round:
    each word the head of a rule side or inside its phrase ("Russia" of "Syria's
    government is backed by Russia": Russia backs the government, not Syria)."""
    def within(t: Token, side: Token) -> bool:
        return t.i == side.i or any(h.i == side.i for h in t.ancestors) or (
            _name_piece(side, t))  # ("CARLOS PIZARRO / LEONGOMEZ": one name cut in two)

    return any((within(a, x) and within(b, y)) or (within(a, y) and within(b, x))
               for x, y in ruled)


def _name_piece(part: Token, name: Token) -> bool:
    """Whether ``part`` is a word of the name ``name`` heads (a compound of it)."""
    while part.dep_ in ("compound", "flat") and part.head.i != part.i:
        part = part.head
        if part.i == name.i:
            return True
    return False


def _on_paper(trigger: Token) -> bool:
    """Whether the clause of ``trigger`` says its relation holds in name only ("part of
    the army on paper only", "in name only"; "nominally part of" still counts as part)."""
    clause = trigger.head if trigger.dep_ in ("attr", "acomp") else trigger
    for t in clause.subtree:
        if t.dep_ == "pobj" and (t.head.lower_, t.lower_) in (("on", "paper"), ("in", "name")):
            return True
    return False


def _called(noun: Token) -> Token | None:
    """The name a common noun is given by "called", "named" or "known as" right after it
    ("a group called X", "a militia known as X"), else ``None``."""
    for c in noun.rights:
        if c.dep_ != "acl" or c.tag_ not in ("VBN", "VBD") or (  # ("CALLED" tagged a past)
                c.lemma_.lower() not in ("call", "name", "know")):
            continue
        for d in c.children:
            if d.dep_ in ("oprd", "attr", "dobj") and d.i > c.i and d.pos_ in ("NOUN", "PROPN"):
                return d
            if d.dep_ == "prep" and d.lower_ == "as":
                return next((p for p in d.children if p.dep_ == "pobj"
                             and p.pos_ in ("NOUN", "PROPN")), None)
    return None


def _to_become(verb: Token) -> bool:
    """Whether ``verb`` is a "become" that another verb's clause wants or expects ("hopes to
    become", "is expected to become"; not "went on to become", which tells it)."""
    return verb.lemma_.lower() == "become" and verb.dep_ == "xcomp" and (
        verb.head.lemma_.lower() not in ("go", "come", "live"))


def _ongoing(verb: Token) -> bool:
    """Whether ``verb`` hangs from "continue", "remain" or "keep" ("will continue to arm
    X", "remain committed to supporting X", "Coalition efforts to support X"), or is the
    post someone remains or stays in ("will remain commander of Y", "try to stay on as head
    of Y": he holds it now): a relation going on, not one only intended."""
    if verb.lemma_.lower() in ("remain", "stay"):
        return True  # (the copula of "X will remain commander of Y")
    above = verb
    for _ in range(5):
        if above.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "acomp", "advcl", "acl", "conj",
                              "attr", "oprd"):
            return False
        sibling = above.dep_ == "conj"  # ("agreed to continue the talks and to create X":
        above = above.head              # creating X does not go on)
        if above.lemma_.lower() in _ONGOING_WORDS and not sibling:
            return True
    return False


def _wrap(token: Token) -> bool:
    """A single line break between two words: wire text wraps its lines anywhere, names
    and titles included (a blank line is a paragraph break)."""
    return token.is_space and token.text.count("\n") == 1


def _word_before(token: Token) -> int | None:
    """The index of the last word before ``token`` in its sentence, line breaks skipped."""
    i = token.i - 1
    while i >= token.sent.start and token.doc[i].is_space:
        i -= 1
    return i if i >= token.sent.start else None


def _word_after(token: Token, end: int) -> int | None:
    """The index of the first word after ``token`` before ``end``, line breaks skipped."""
    i = token.i + 1
    while i < end and token.doc[i].is_space:
        i += 1
    return i if i < end else None


def _top_general(token: Token) -> bool:
    """"secretary general", "director general": the top one of a body (a line of wire text
    may wrap between the two words: "DIRECTOR\nGENERAL")."""
    doc = token.doc
    i, j = token.i - 1, token.i + 1
    while i > 0 and _wrap(doc[i]):
        i -= 1
    while j < len(doc) - 1 and _wrap(doc[j]):
        j += 1
    before = doc[i].lower_ if i >= 0 else ""
    after = doc[j].lower_ if j < len(doc) else ""
    return (token.lower_ in _GENERAL_TITLES and after == "general") or (
        token.lower_ == "general" and before in _GENERAL_TITLES)


def _acronym(token: Token) -> bool:
    """An all-capitals proper noun that reads as an acronym ("MNR", "DAS", "FMLN"): up to
    three letters, or up to five without a vowel ("PRIME" is a word), not a title ("MR")."""
    text = token.text
    return token.pos_ == "PROPN" and text.isalpha() and text.isupper() and (
        2 <= len(text) <= 3 or (len(text) <= 5 and not set(text) & set("AEIOUY"))) and (
        token.lower_ not in _RANK_ABBREVIATIONS | {"mr", "mrs", "ms", "dr", "st", "sr"}) and (
        token.ent_type_ not in ("PERSON", "GPE", "NORP"))


def _function_chief(token: Token, words: set[str]) -> bool:
    """"chief financial officer", "Chief Operating Officer": the chief of one function is
    one of a body's people; only the chief executive officer heads it."""
    return token.lower_ == "officer" and "chief" in words and "executive" not in words


def _one_of_several(token: Token) -> bool:
    """"a leader of Y", "an ISIL commander", "another MNR leader", "a director of the bank",
    "one of the leaders of Y": one of several, a member; a founder is not."""
    if token.tag_ == "NNS" and token.lemma_.lower() in _RANK_NOUNS and token.dep_ == "pobj" and (
            token.head.lower_ == "of") and (token.head.head.pos_ == "NUM" or (
            token.head.head.lower_ in ("some", "several", "many", "most", "among"))):
        return True  # "one of the leaders of Y", "one of its great leaders"
    return token.lower_ in _RANK_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children)


def _generic_group(arg: Argument) -> bool:
    actor_id = arg.actor or ""
    return actor_id.startswith("GEN.") or actor_id.endswith(".REB")
