"""The cues of ``data/relations.yaml`` and the small helpers every relation reader uses.

:func:`load_relation_cues` reads the packaged cue file and a user's own files over it into
:class:`RelationCues` (relation types, verbs with the side each argument takes, compound
and noun cues, titles); :func:`side_name` is the name a relation's side shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Token

from ..datafiles import load_yaml, packaged
from ..errors import ConfigError
from ..models import RELATION_TYPES, Relation
from .prefilter import PAST_FORMS
from .reading import Argument, _infinitive, _phrase

_EFFORT_NOUNS = frozenset({"effort", "attempt", "campaign", "mission", "plan", "programme",
                           "program", "bid", "push", "decision", "commitment", "pledge"})


_MEMBER_WORDS = frozenset({"nations", "countries", "members", "states", "governments"})


# Plural nouns for a body's people that a list of names may follow: "the following members
# of Y: A, B", "officials of Y, namely A and B", "the other members of Y are A and B".
_LISTED_PEOPLE = frozenset({"members", "officials"})


_FIRST_PLURAL = frozenset({"we", "our", "us", "ours"})


# A person's possessive pronouns: "THE PRESIDENT AND HIS DEFENSE MINISTER, X" makes X no
# member of the person (a title of a person's states nothing between groups).
_PERSON_POSSESSIVES = frozenset({"his", "her"})


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


# A group's parts that wire reports name by their number: "THE 21ST FRONT OF THE FARC", "the
# XXII front of the FARC" (a unit of the group; "the front of the building" has no number).
_NUMBERED_PARTS = frozenset({"front", "fronts"})


def _numbered(token: Token) -> bool:
    """An ordinal or Roman number written as a unit's: "21ST", "3D", "XXII"."""
    text = token.text.upper()
    return bool(re.fullmatch(r"\d+(ST|ND|RD|TH|D)", text) or re.fullmatch(r"[IVXL]{2,}", text))


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
                         "component", "division", "brigade", "battalion", "column",
                         "section", "detachment", "patrol"})


# Nouns of owning: a person who owns a firm leads it ("X, the owner of Y", "Y OWNER X"); a
# body that owns one has it as its part (``member_of_reverse`` in relations.yaml).
_OWNER_NOUNS = frozenset({"owner", "owners", "co-owner"})


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
# every word of rank, written out or abbreviated ("LIEUTENANT", "Lt.")
_RANK_WORDS = _RANKS | _RANK_ABBREVIATIONS


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


# Adjectives that make a support or alliance noun one not (yet) given: "possible U.S.
# military aid", "a proposed alliance", "future support".
_UNREAL_WORDS = frozenset({"possible", "potential", "proposed", "planned", "future",
                           "eventual", "hypothetical", "prospective"})


# Verbs whose object is sought or put forward, not had: "proposed an alliance with Y".
_SEEKING_VERBS = frozenset({"propose", "seek", "request", "want", "suggest", "consider",
                            "explore", "negotiate", "demand", "ask", "need", "urge"})


_COMMAND_NOUNS = frozenset({"command", "control", "leadership", "charge"})


_PLACE_PREPS = frozenset({"in", "across", "inside", "throughout"})


_HYPHENS = frozenset({"-", "–", "‐"})

# What may close a name set beside a description between commas ("its armed wing, the X
# Forces, is based"): a name followed by "and" is one of a list, not the description's name.
_APPOSITION_CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–"})


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
                  "me": "PER", "my": "PER", "they": "ORG", "them": "ORG"}


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
    prep_only: bool = False  # only a "preps" object is a side ("fought for Y", not "fought Y")


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
    vocation_qualifiers: frozenset[str] = frozenset()
    counterparts: frozenset[str] = frozenset()
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
    naming_verbs: frozenset[str] = frozenset()
    charge_nouns: frozenset[str] = frozenset()
    led_bodies: frozenset[str] = frozenset()
    led_people: frozenset[str] = frozenset()
    state_agents: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    supported_acts: frozenset[str] = frozenset()
    ending_verbs: frozenset[str] = frozenset()

    def noun_cue(self, token: Token) -> tuple[str, bool] | None:
        """The relation a noun cues (its type, and whether the sides are reversed), read by
        the noun's form, else its lemma ("commanders" as "commander"); ``None`` for none."""
        return self.nouns.get(token.lower_) or self.nouns.get(token.lemma_.lower())

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
            if verb.prep_only:
                continue  # ("fight" cues only with "for": "fought the M23" backs no one)
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
            prep_only=bool(raw.get("prep_only")),
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
    cues.vocation_qualifiers |= listed("title_qualifiers_vocation")
    cues.counterparts |= listed("counterpart_nouns")
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
    cues.naming_verbs |= listed("naming_verbs")
    cues.charge_nouns |= listed("charge_nouns")
    cues.led_bodies |= listed("led_bodies")
    cues.led_people |= listed("led_people")
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


def _shared_subject(verb: Token) -> Token | None:
    """The subject a conjoined verb with none of its own shares with the verb before it:
    "the group was formed in 1965 and is led by X", "a group that wages war and is led by
    X" (the relative pronoun, read by the sides as the noun it stands for)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
    return None


def _in_report_phrase(token: Token) -> bool:
    """Whether ``token`` closes an "according to" phrase with nothing but its source's words
    between: "ACCORDING TO THE PAPER EL ESPECTADOR, PRESIDENT X SIGNED": the comma after
    the source ends the phrase, so the name after it is the clause's, no apposition."""
    doc = token.doc
    for i in range(token.i - 1, token.sent.start, -1):
        if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX"):
            return False
        if doc[i].lower_ == "to" and doc[i - 1].lower_ == "according":
            return True
    return False


def _portfolio_and(title: Token, i: int, qualifiers: list[str]) -> bool:
    """Whether the word at ``i`` is the "and" between two portfolios of a minister's title
    ("ECUADORAN GOVERNMENT AND JUSTICE MINISTER X"): a noun on each side, the minister's
    words after it."""
    doc = title.doc
    return (doc[i].lower_ == "and" and doc[i].pos_ == "CCONJ" and len(qualifiers) == 1
            and title.lower_ in _PORTFOLIO_TITLES and i > title.sent.start
            and doc[i - 1].pos_ in ("NOUN", "PROPN") and doc[i + 1].pos_ in ("NOUN", "PROPN"))


def _merge_key(relation: Relation, sent_start: int) -> tuple[str, str, str, int]:
    """What makes two relations of one sentence the same: type and sides (either way
    round for a symmetric type)."""
    pair = (relation.source or "", relation.target or "")
    if relation.symmetric:
        pair = (min(pair), max(pair))
    return (relation.type, *pair, sent_start)


def _without_shorter_names(out: dict[tuple[str, str, str, int], Relation]) -> list[Relation]:
    """The relations less one whose provisional body a longer one of the same sentence, type
    and source names again: "LIBERAL SENATOR X, ONE OF THE LEADERS OF THE RULING LIBERAL
    PARTY" states one membership, not one of "LIBERAL" and another of the party."""
    def words(relation: Relation) -> set[str]:
        return set((relation.target_text or "").lower().split())

    def provisional(relation: Relation) -> bool:
        return (relation.target or "").startswith("PRV.ORG.") and bool(words(relation)) and (
            not relation.symmetric)

    shorter = {key for key, r in out.items() if provisional(r) and any(
        k != key and k[:2] == key[:2] and k[3] == key[3] and provisional(o)
        and words(r) < words(o) for k, o in out.items())}
    return [r for key, r in out.items() if key not in shorter]


def _led_not_member(relations: list[Relation]) -> list[Relation]:
    """The relations less a ``member_of`` beside a ``leads`` of the same holder to the same
    body in one sentence: a title read twice ("JUSTICIALIST PARTY LEADER X", the party word
    making him one of its people too; "DAS DIRECTOR X") says he heads it."""
    def place(r: Relation) -> tuple[str | None, int]:
        return r.source, r.evidence.start if r.evidence is not None else -1

    def body_words(r: Relation) -> frozenset[str]:
        return frozenset(w for w in (r.target_text or "").lower().split() if w not in ("the", "of"))

    def same_body(a: Relation, b: Relation) -> bool:
        wa, wb = body_words(a), body_words(b)
        return a.target == b.target or bool(wa and wb and (wa <= wb or wb <= wa))

    led = [r for r in relations if r.type == "leads" and r.holds]
    return [r for r in relations if r.type != "member_of" or not any(
        place(h) == place(r) and same_body(h, r) for h in led)]


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


# Adverbs that leave a stated relation a guess ("the attackers were apparently members of
# Y"); "reportedly" and "allegedly" report it (hedge_words in attribution.yaml).
_DOUBT_ADVERBS = frozenset({"apparently", "presumably", "possibly", "probably", "perhaps",
                            "maybe"})


# Verbs of suspicion or belief whose "of being" or participle clause is a suspicion or a
# motive, not a relation told: "suspected of being a member of Y", "fired, believing they
# were part of Y".
_SUSPICION_VERBS = frozenset({"suspect", "believe", "think", "assume"})


def _fronted_as_title(trigger: Token) -> bool:
    """Whether ``trigger`` is a title in an "as" phrase that opens its clause before the
    subject ("AS COMMANDER OF THE ARMED FORCES, I WANT TO ..."): it says what the subject is,
    whatever the verb says of the rest (the "as" of "hopes to serve as head of Y" comes after
    its verb and keeps the verb's modality)."""
    as_ = trigger.head
    if trigger.dep_ != "pobj" or as_.lower_ != "as" or as_.dep_ != "prep":
        return False
    verb = as_.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.pos_ in ("VERB", "AUX") and bool(subjects) and as_.i < subjects[0].i < verb.i


def _doubted(trigger: Token) -> bool:
    """Whether the copula ``trigger`` of a relation ("X is a member of Y") is only guessed at:
    an adverb of doubt on it, or a suspicion or belief it is the matter of ("SUSPECTED OF
    BEING A MEMBER OF Y", "BELIEVING THEY WERE PART OF Y")."""
    if trigger.lemma_.lower() not in _COPULAS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _DOUBT_ADVERBS for c in trigger.children):
        return True
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "of":
        holder = trigger.head.head  # "suspected of being"
    elif trigger.dep_ == "ccomp" and trigger.head.tag_ == "VBG" and trigger.head.dep_ == "advcl":
        holder = trigger.head  # "believing they were"
    else:
        return False
    return holder.lemma_.lower() in _SUSPICION_VERBS


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
    """"secretary general", "director general", "general secretary": the top one of a body
    (a line of wire text may wrap between the two words: "DIRECTOR\nGENERAL")."""
    doc = token.doc
    i, j = token.i - 1, token.i + 1
    while i > 0 and _wrap(doc[i]):
        i -= 1
    while j < len(doc) - 1 and _wrap(doc[j]):
        j += 1
    before = doc[i].lower_ if i >= 0 else ""
    after = doc[j].lower_ if j < len(doc) else ""
    return (token.lower_ in _GENERAL_TITLES and "general" in (before, after)) or (
        token.lower_ == "general" and (before in _GENERAL_TITLES or after in _GENERAL_TITLES))


def _acronym(token: Token) -> bool:
    """An all-capitals proper noun that reads as an acronym ("MNR", "DAS", "FMLN"): up to
    three letters, or up to five without a vowel ("PRIME" is a word), not a title ("MR")."""
    text = token.text
    return token.pos_ == "PROPN" and text.isalpha() and text.isupper() and (
        2 <= len(text) <= 3 or (len(text) <= 5 and not set(text) & set("AEIOUY"))) and (
        token.lower_ not in _RANK_ABBREVIATIONS | {"mr", "mrs", "ms", "dr", "st", "sr"}) and (
        token.ent_type_ not in ("PERSON", "GPE", "NORP"))


# Titles of a state's sole ruler, and the kinds of regime that qualify them without making
# their holder one of several: "Niger's military ruler", "the army strongman".
_REGIME_HEADS = frozenset({"ruler", "rulers", "strongman", "dictator"})
_REGIME_KINDS = frozenset({"military"})


# Roles a body has several of, whose "chief" is the first of them, not the body's head:
# "the group's chief negotiator", "its chief spokesman" are its people.
_FIRST_AMONG_ROLES = frozenset({"negotiator", "spokesman", "spokesperson", "spokeswoman",
                                "ideologue", "financier", "organiser", "organizer"})


def _function_chief(token: Token, words: set[str]) -> bool:
    """"chief financial officer", "Chief Operating Officer": the chief of one function is
    one of a body's people; only the chief executive officer heads it; so is a "chief
    negotiator" or "chief spokesman"."""
    if token.lower_ in _FIRST_AMONG_ROLES:
        return True
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
