"""The PLOVER predicate dictionary (``data/plover.yaml``) as lookup tables.

Users extend it with their own YAML of the same shape (``predicates``,
``nouns``, ``cues``); their entries are tried before the built-in ones.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..datafiles import load_yaml
from ..errors import ConfigError

__all__ = ["LEXICON_VERSION", "MATERIAL_CONFLICT", "NAMED_PLACE", "NAMED_TOWN", "OWN",
           "UNASSERTED_COMPLEMENTS", "EventType", "Lexicon", "Predicate", "extend_with_cameo",
           "load_lexicon"]

#: The ``version`` of ``data/plover.yaml`` this code reads.
LEXICON_VERSION = 1

#: The object word a lexicon entry lists for a preposition's object that names a place
#: ("be in": [named place]): a place entity or a state of the dictionary.
NAMED_PLACE = "named place"

#: The object word for a direct or prepositional object that names a town, region or site
#: no actor of the dictionary stands for ("m23 took bukavu", "rolled into wad madani"):
#: taking such ground is a seizure, where crossing into a state is an incursion.
NAMED_TOWN = "named town"

#: The PLOVER quad class of material conflict (``quads`` of data/plover.yaml): acts of force
#: (ASSAULT, COERCE, MOBILIZE, PROTEST, SANCTION).
MATERIAL_CONFLICT = 4

#: The word before an object lemma that the doer's own possessive names ("handed over its
#: weapons": `own weapon`): giving up one's own arms is disarming, where "handed weapons to
#: the rebels" arms another side.
OWN = "own"

#: Types whose trigger's clausal complement is no event of its own: what is requested,
#: promised or threatened has not happened ("urged Y to withdraw", "agreed to provide aid",
#: "threatened to strike"); docs/LABELLING.md codes the request, promise or threat alone.
UNASSERTED_COMPLEMENTS = frozenset({"REQUEST", "AGREE", "THREATEN"})


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    quad: int
    cameo: str
    modes: tuple[str, ...]
    target_preps: tuple[str, ...]
    reciprocal: bool = False  # two actors and no target: each acts on the other
    # A noun of this type tells an event even when its sentence names no actor of it ("the
    # attack took place at 2100", "demonstrations broke out"); other types' nouns need one.
    bare_nouns: bool = False
    # Modes whose nouns tell an event with no actor named, in a type whose other nouns need
    # one ("the investigation into the deaths continues": an inquiry is news by itself).
    bare_modes: tuple[str, ...] = ()
    # The type a side's own announcement of this act for the future is as well ("Russia
    # announced its troops would pull back": a concession, besides the withdrawal).
    announced: str | None = None
    # The type a side's own word that it will not do this act is as well ("the rebels
    # announced they would not attack the voters": a declared restraint concedes, besides
    # the act negated; docs/LABELLING.md, the row on a promised restraint).
    restrained: str | None = None
    # Its noun with a year dates what the noun led to ("the 2013 attack led X to threaten
    # strikes"); a treaty or truce named by its year does not ("the 1951 treaty obliges").
    dating: bool = False
    # A place may be its target, standing for the state that holds it ("shelled Kharkiv",
    # "strikes on Dnipro"); a seized or besieged town is no target.
    place_targets: bool = False
    # Its verb reacts to another's act, whose doer is the target ("condemned the attack
    # claimed by X", "rejected the accusations made by X").
    reaction: bool = False
    # Its verb may be told with what it did, which is no event of its own ("an airstrike
    # killed 11", "struck the base, killing three": one attack).
    outcomes: bool = False
    # An act of armed force: a state's adjective as its source names its military ("Chinese
    # ships", "Ukrainian saboteurs" on an attack noun).
    armed: bool = False
    # It harms its target: a state's people named by their demonym as a noun are its
    # civilians ("attacks against Salvadorans"), and a headline's bare participle is a
    # passive ("13 service members killed").
    harms: bool = False
    # Its target is a person acted on (freed, pardoned, charged, helped): a state's people
    # named by their demonym as a noun are its civilians ("released the Belizeans"), as
    # for a type that ``harms``.
    people_target: bool = False
    # Its target may be whoever a condition on the act names ("warned it would strike if X
    # attacked": X).
    conditioned: bool = False
    # Its place is a venue, often abroad ("talks in Nairobi", "agreed in Pretoria"): no sign
    # of the country of a government or army it leaves unnamed.
    venue: bool = False
    # Modes of its act that each side does to the other when one actor does it with another
    # ("X bought jets from Y": Y sold them to X; "X shares intelligence with Y"): one event
    # per side, as for a meeting.
    mutual_modes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Predicate:
    """One trigger: a verb lemma (optionally with a particle or preposition) or a noun."""

    lemma: str
    type: str
    mode: str | None = None
    cameo: str | None = None
    objects: frozenset[str] = frozenset()
    target_preps: tuple[str, ...] | None = None
    passive: bool = True
    # false when the active voice with a direct object should not fire: "journalists held since
    # June" are prisoners, "the camp holds 300,000 people" is no detention
    active: bool = True
    # only without a direct object or a clause: not "demonstrated resolve", "demonstrated
    # that it can build small cars"
    intransitive: bool = False
    # only with someone or something acted on (a direct object, a passive subject, a
    # dative): "helped the rebels", not "supplies will help relieve the suffering", "people
    # sheltering in the metro"
    transitive: bool = False
    # not as a participle that describes a noun with no agent: "guerrillas armed with
    # rifles", "an A330 equipped with the new tubes" tell what someone has, not an act
    described: bool = True
    subjects: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()
    # its complement must be a "to"-clause with no subject of its own: "told his fighters to
    # pull out" is an order, "told reporters he would leave" a report of the speaker's plan
    infinitive: bool = False
    unless: frozenset[str] = frozenset()  # objects that rule the entry out
    # (type, mode, cameo) when two or more sides do it together and no target: "Vietnam and
    # the Philippines held a coast guard exercise" is cooperation, not one side's show of force
    joint: tuple[str, str | None, str | None] | None = None
    # (type, mode, cameo) of a second act the same word tells, with the same sides:
    # "Colombia extradited X to the United States" is judicial cooperation and a deportation
    also: tuple[str, str | None, str | None] | None = None
    # its subject is the one charged with an act, not the doer of its event: "the FMLN was
    # responsible for this action", "X was involved in the murder" is an ACCUSE against the
    # subject by whoever asserts the clause (the speaker; none for the author's own words)
    imputes: bool = False
    # each side does its act to the other when one actor does it with another ("the army
    # carried out joint maneuvers with Argentine troops", "joint action between the UK and
    # France": the troops act with the army too), as a meeting is: one event per side
    mutual: bool = False
    # false when a question it takes rules it out: "asked whether the navy would escort the
    # tankers", "asked about the vote" ask for an answer, not for an act
    question: bool = True
    # its subject is given what its object names, by whoever "from" names ("Ukraine received
    # twelve helicopters from Norway"): the giver is the source, the subject the target
    received: bool = False
    # its subject is what the act is done to, and its doer is named by these prepositions:
    # "Raqqa fell to the SDF" is a seizure by the SDF (the place taken, as a receiver's
    # "from" names the giver)
    doer_preps: tuple[str, ...] = ()
    # only with a subject of its own: "Congress required them to cut costs", not the
    # participle of "issued a law requiring women to cover their faces" (a rule laid down)
    finite: bool = False
    # a feeling told in the passive ("I am appalled by the attack"): it fires only on a
    # passive whose "by" or "at" names an act or an actor; the one who feels is the source
    felt: bool = False
    # a duty a main clause lays on its subject ("the junta must free the students"; built
    # by the coder, no entry of plover.yaml): the subject is the one asked, the asker
    # whoever asserts the clause (none: the author)
    duty: bool = False
    # a stated readiness: its word (a noun: "willingness") or its complement word (after
    # "be": "willing") must take a "to"-clause, the act offered and not done ("is ready to
    # resume talks", not "ready for shipment"); docs/LABELLING.md codes the offer alone
    readiness: bool = False
    # (type, mode, cameo) of a readiness whose act is one of force ("ready to crush any
    # offensive"): a threat, not an offer
    hostile: tuple[str, str | None, str | None] | None = None
    # an act of material conflict held over another actor by a condition ("said it would
    # strike if the ministry did not withdraw the plan"; built by the coder, no entry of
    # plover.yaml): the threat is made by saying so, whatever the modal and "if" say
    threat: bool = False

    @property
    def head(self) -> str:
        return self.lemma.split(" ", 1)[0]

    @property
    def particle(self) -> str | None:
        parts = self.lemma.split(" ", 1)
        return parts[1] if len(parts) > 1 else None

    def fit(self, words: set[str], objects: set[str], subjects: set[str],
            complements: set[str], prep_objects: dict[str, set[str]]) -> int | None:
        """How specifically this entry fits a verb, or ``None`` when it does not.

        ``words`` are the verb's particles and prepositions, ``objects`` its object lemmas
        (with "modifier lemma" pairs), ``subjects`` its subject lemmas, ``complements`` the
        lemmas of its clausal complements, ``prep_objects`` the object lemmas of each of its
        prepositions. An entry with a particle that is a preposition takes that
        preposition's objects as its own ("put under investigation", "converged for a
        rally"). A two-word object match counts more than a one-word one ("held joint
        exercises" over "held exercises").

        >>> p = Predicate("order", "COERCE", complements=frozenset({"suspend"}))
        >>> p.fit(set(), set(), set(), {"suspend"}, {})
        2
        >>> p.fit(set(), set(), set(), {"attend"}, {}) is None
        True
        """
        if self.particle and self.particle not in words:
            return None
        if self.unless & objects:  # "released a statement" is no release of captives
            return None
        score = int(bool(self.particle))
        if self.objects:
            own = objects | prep_objects.get(self.particle or "", set())
            matched = self.objects & own
            if not matched:
                return None
            score += 2 + any(" " in m for m in matched)
        if self.subjects:
            if not self.subjects & subjects:
                return None
            score += 2
        if self.complements:
            if not self.complements & complements:
                return None
            score += 2
        return score


@dataclass
class Lexicon:
    """The lexicon: event types, verb and noun predicates by head lemma, cue lists, and
    the names of the four quad classes."""

    types: dict[str, EventType]
    verbs: dict[str, list[Predicate]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Predicate]] = field(default_factory=lambda: defaultdict(list))
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    quads: dict[int, str] = field(default_factory=dict)

    def types_with(self, key: str) -> frozenset[str]:
        """The names of the event types whose ``key`` (a boolean of :class:`EventType`,
        set in ``types`` of ``data/plover.yaml``) is true.

        >>> sorted(load_lexicon().types_with("reaction"))
        ['ACCUSE', 'REJECT', 'SUPPORT']
        """
        return frozenset(t.name for t in self.types.values() if getattr(t, key))

    def cue(self, name: str) -> frozenset[str]:
        """The words (and multi-word phrases, space-separated) of the cue list ``name``."""
        return self.cues.get(name, frozenset())

    def noun(self, lemma: str, modifiers: set[str]) -> Predicate | None:
        """The noun entry for ``lemma``: of those whose ``objects`` (for a noun: the
        words modifying it) include one of ``modifiers``, the first; else the first entry
        without ``objects``. "military support" is AID where "support" alone is SUPPORT.

        >>> lex = load_lexicon()
        >>> lex.noun("support", {"military"}).type, lex.noun("support", set()).type
        ('AID', 'SUPPORT')
        """
        best: tuple[int, Predicate] | None = None
        for pred in self.nouns.get(lemma, ()):
            score = pred.fit(set(), modifiers, set(), set(), {})
            if score is not None and (best is None or score > best[0]):
                best = (score, pred)
        return best[1] if best else None

    def phrases(self, name: str) -> tuple[tuple[str, ...], ...]:
        """The cue list ``name`` as word tuples, longest first: "in the past" is
        ("in", "the", "past"); report phrases are matched word by word in the text."""
        words = [tuple(w.split()) for w in self.cue(name)]
        return tuple(sorted(words, key=lambda w: (-len(w), w)))

    def add(self, raw: dict[str, Any], table: str, where: str) -> None:
        try:
            lemma = str(raw["lemma"]).strip().lower()
            etype = str(raw["type"]).upper()
        except KeyError as exc:
            raise ConfigError(f"{where}: missing {exc.args[0]!r}") from None
        if etype not in self.types:
            raise ConfigError(f"{where}: unknown PLOVER type {etype!r}")
        mode = raw.get("mode")
        if mode and mode not in self.types[etype].modes:
            raise ConfigError(f"{where}: mode {mode!r} is not a mode of {etype}")
        preps = raw.get("target_preps")
        joint = self._other_act(raw, "joint", "shared act", where)
        also = self._other_act(raw, "also", "second act", where)
        hostile = self._other_act(raw, "hostile", "threat", where)
        pred = Predicate(
            lemma=lemma,
            type=etype,
            mode=mode,
            cameo=str(raw["cameo"]) if raw.get("cameo") else None,
            objects=frozenset(str(o).lower() for o in raw.get("objects") or ()),
            target_preps=tuple(preps) if preps is not None else None,
            passive=bool(raw.get("passive", True)),
            active=bool(raw.get("active", True)),
            intransitive=bool(raw.get("intransitive", False)),
            transitive=bool(raw.get("transitive", False)),
            described=bool(raw.get("described", True)),
            subjects=frozenset(str(o).lower() for o in raw.get("subjects") or ()),
            complements=frozenset(str(o).lower() for o in raw.get("complements") or ()),
            infinitive=bool(raw.get("infinitive", False)),
            unless=frozenset(str(o).lower() for o in raw.get("unless") or ()),
            joint=joint,
            also=also,
            imputes=bool(raw.get("imputes", False)),
            mutual=bool(raw.get("mutual", False)),
            question=bool(raw.get("question", True)),
            received=bool(raw.get("received", False)),
            doer_preps=tuple(str(p).lower() for p in raw.get("doer_preps") or ()),
            finite=bool(raw.get("finite", False)),
            felt=bool(raw.get("felt", False)),
            readiness=bool(raw.get("readiness", False)),
            hostile=hostile,
        )
        bucket = self.verbs if table == "predicates" else self.nouns
        bucket[pred.head].append(pred)

    def _other_act(self, raw: dict[str, Any], key: str, what: str,
                   where: str) -> tuple[str, str | None, str | None] | None:
        """An entry's ``joint``, ``also`` or ``hostile``: (type, mode, cameo) of another act."""
        other = raw.get(key)
        if other is None:
            return None
        if not isinstance(other, dict) or str(other.get("type", "")).upper() not in self.types:
            raise ConfigError(f"{where}: `{key}` needs the `type` of the {what}")
        otype, omode = str(other["type"]).upper(), other.get("mode")
        if omode and omode not in self.types[otype].modes:
            raise ConfigError(f"{where}: {key} mode {omode!r} is not a mode of {otype}")
        return otype, omode, str(other["cameo"]) if other.get("cameo") else None

    def merge(self, data: dict[str, Any], origin: str, first: bool = False) -> None:
        for table in ("predicates", "nouns"):
            entries = data.get(table) or []
            tmp = Lexicon(self.types, quads=self.quads)
            for n, raw in enumerate(entries, 1):
                tmp.add(raw, table, f"{origin} {table}[{n}]")
            new = tmp.verbs if table == "predicates" else tmp.nouns
            bucket = self.verbs if table == "predicates" else self.nouns
            for head, preds in new.items():
                # User entries go first so they win over built-in ones with the same trigger.
                bucket[head] = preds + bucket[head] if first else bucket[head] + preds
        for name, words in (data.get("cues") or {}).items():
            self.cues[name] = self.cues.get(name, frozenset()) | {str(w).lower() for w in words}


def _read_yaml(path: Path | None, text: str | None = None) -> dict[str, Any]:
    try:
        data = load_yaml(text if text is not None else path.read_text("utf-8"))  # type: ignore[union-attr]
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read predicate dictionary ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with 'predicates' and 'nouns'")
    return data


def _add_cameo(lex: Lexicon, groups: tuple[str, ...] | None) -> None:
    from .cameo_verbs import cameo_entries

    extend_with_cameo(lex, cameo_entries(list(groups) if groups is not None else None))


# CAMEO verbs that tell an outcome, not an act: "has died at 88", "profits were hurt",
# "overtook Afghanistan's output", "destroyed three buildings and damaged a road", "to
# prevent voters from voting". The hand-written lexicon codes the act that caused it (on
# train and dev, "damage" and "prevent" coded no gold event and 11 false ones).
_CAMEO_OUTCOMES = frozenset({"die", "hurt", "match", "overtake", "suffer", "lose", "damage",
                             "prevent"})
# CAMEO verbs that name a weapon's make, not an act: "rocket-propelled grenades" (on train,
# two false MOBILIZE events and no gold one).
_CAMEO_DESCRIPTIONS = frozenset({"propel"})


def extend_with_cameo(lex: Lexicon, entries: list[dict[str, Any]]) -> None:
    """Append CAMEO verb-pattern entries (``data/phoenix/cameo_verbs.json``) behind the
    hand-written ones; a bare CAMEO verb the lexicon or its cues already know is skipped."""
    known = set(lex.verbs) | {w for words in lex.cues.values() for w in words}
    # A verb the hand-written entries bind to objects ("launch" an attack, not a website)
    # stays bound: no CAMEO verb-and-preposition entry makes it a bare trigger.
    bound = {lemma for lemma, preds in lex.verbs.items() if all(p.objects for p in preds)}

    def keep(e: dict[str, Any]) -> bool:
        if e["lemma"] in _CAMEO_OUTCOMES or e["lemma"].split()[0] in _CAMEO_DESCRIPTIONS:
            return False
        if e.get("objects"):
            return True
        if " " in e["lemma"]:
            return e["lemma"].split()[0] not in bound
        return e["lemma"] not in known

    kept = [e for e in entries if keep(e)]
    if kept:
        lex.merge({"predicates": kept}, "phoenix/cameo_verbs.json")


@lru_cache(maxsize=4)
def load_lexicon(
    user_files: tuple[str, ...] = (), cameo_groups: tuple[str, ...] | None = None
) -> Lexicon:
    """The built-in PLOVER dictionary with ``user_files`` merged in front of it.

    ``cameo_groups`` picks the CAMEO verb-pattern groups to add (default: those enabled
    in the packaged file; ``()`` for none)."""
    text = resources.files("actorgraph").joinpath("data", "plover.yaml").read_text("utf-8")
    data = _read_yaml(None, text)
    if data.get("version") != LEXICON_VERSION:
        raise ConfigError(f"plover.yaml: version {data.get('version')!r}, this actorgraph reads "
                          f"version {LEXICON_VERSION}")
    quads = {int(k): str(v) for k, v in data["quads"].items()}
    types = {
        name: EventType(
            name=name,
            quad=int(t["quad"]),
            cameo=str(t["cameo"]),
            modes=tuple(t.get("modes") or ()),
            target_preps=tuple(t.get("target_preps") or ()),
            reciprocal=bool(t.get("reciprocal", False)),
            bare_nouns=bool(t.get("bare_nouns", False)),
            bare_modes=tuple(t.get("bare_modes") or ()),
            announced=str(t["announced"]) if t.get("announced") else None,
            restrained=str(t["restrained"]) if t.get("restrained") else None,
            dating=bool(t.get("dating", False)),
            place_targets=bool(t.get("place_targets", False)),
            reaction=bool(t.get("reaction", False)),
            outcomes=bool(t.get("outcomes", False)),
            armed=bool(t.get("armed", False)),
            harms=bool(t.get("harms", False)),
            people_target=bool(t.get("people_target", False)),
            conditioned=bool(t.get("conditioned", False)),
            venue=bool(t.get("venue", False)),
            mutual_modes=tuple(t.get("mutual_modes") or ()),
        )
        for name, t in data["types"].items()
    }
    unknown = sorted(t.name for t in types.values() if t.quad not in quads)
    if unknown:
        raise ConfigError(f"plover.yaml: types with a quad not in `quads`: {unknown}")
    for key in ("announced", "restrained"):
        unknown = sorted(t.name for t in types.values()
                         if getattr(t, key) and getattr(t, key) not in types)
        if unknown:
            raise ConfigError(f"plover.yaml: types `{key}` as an unknown type: {unknown}")
    for key in ("mutual_modes", "bare_modes"):
        unknown = sorted(t.name for t in types.values() if set(getattr(t, key)) - set(t.modes))
        if unknown:
            raise ConfigError(f"plover.yaml: `{key}` not among the type's modes: {unknown}")
    lex = Lexicon(types, quads=quads)
    lex.merge(data, "plover.yaml")
    _add_cameo(lex, cameo_groups)
    for path in user_files:
        lex.merge(_read_yaml(Path(path)), path, first=True)
    return lex
