"""The actor dictionary: built-in data files, pycountry, and user files merged over them.

Sources, in order (later ones win for the same id):

1. every country in ``pycountry`` (id = ISO 3166 alpha-3), enriched with
   ``data/countries.yaml`` (short names, demonyms, capitals as metonyms);
2. ``data/phoenix/``: about 25,000 actors converted from the Phoenix
   dictionaries (persons with dated roles, IGOs, armed groups, NGOs,
   companies), read on first use and built into :class:`Actor` records only
   when looked up (:mod:`actorgraph.actors.phoenix`);
3. ``data/actors.yaml``: institutions, units, groups, IGOs, NGOs, persons,
   written by hand: they win over Phoenix for the same id or name (Phoenix's
   generic agent nouns, "clerics", "peasants", join ``sectors.yaml``'s where
   it has none);
4. user files given with ``--actors``.

Generic sector actors ("Iranian officials" → ``IRN.GOV``) are built on demand
from ``data/sectors.yaml`` by :meth:`ActorDictionary.sector_actor`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..datafiles import load_yaml, packaged
from ..errors import ConfigError
from ..models import Actor, Affiliation
from .surnames import SurnameIndex

if TYPE_CHECKING:
    from .phoenix import PhoenixIndex

__all__ = ["ActorDictionary", "Alias", "load_dictionary", "normalise_key"]

KINDS = frozenset(
    "state government military police intelligence legislature judiciary militia rebel "
    "terrorist party igo ngo media company person religious ethnic civilian criminal".split()
)
# (country, role) -> (person, affiliation): ActorDictionary.office_index
_Offices = dict[tuple[str, str], list[tuple[str, Affiliation]]]
_ID_RE = re.compile(r"^[A-Z0-9_]+(\.[A-Z0-9_]+)*$")
#: First parts of ids that name no state, though three letters long. "PER" is not among
#: them: it is Peru's code and the persons' prefix at once, told apart by
#: ``ActorDictionary.state_of`` ("PER.MIL" is Peru's, "PER.ALBERTO_FUJIMORI" a person).
NOT_STATES = frozenset({"GRP", "IGO", "NGO", "PTY", "COM", "MED", "PRV", "HIST"})
#: Countries' codes that are another kind's prefix as well: Peru's and the persons', the
#: Comoros' and the companies' ("COM.MIL" is the Comoros' army, "COM.BOEING" a company).
#: An id under one is the state's body only where its second part is a sector code.
SHARED_CODES = frozenset({"PER", "COM"})


def _data(name: str) -> Any:
    return packaged(name)


def normalise_key(name: str) -> str:
    """Key for a provisional actor: the same name spelled alike gives one key.

    >>> normalise_key("the Free  Sahel Front's")
    'FREE_SAHEL_FRONT'
    """
    s = re.sub(r"['’]s\b", "", name.strip())
    s = re.sub(r"^(the|a|an)\s+", "", s, flags=re.I)
    s = re.sub(r"[^0-9A-Za-z]+", "_", s).strip("_").upper()
    return s or "UNKNOWN"


@dataclass(frozen=True, slots=True)
class Alias:
    """One surface form that names an actor; ``how`` says why it does."""

    text: str
    actor: str
    how: str = "name"  # name | alias | demonym | capital | handle


@dataclass(frozen=True, slots=True)
class Sector:
    code: str
    name: str
    kind: str
    nouns: tuple[str, ...]
    # nouns of the sector only after a country's word ("Ukrainian units"), not alone
    after_country: tuple[str, ...] = ()


@dataclass
class ActorDictionary:
    """Canonical actors by id, plus the aliases that compile into the actor ruler."""

    actors: dict[str, Actor] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # lower demonym -> ISO3
    capitals: dict[str, str] = field(default_factory=dict)  # capital -> ISO3
    sectors: dict[str, Sector] = field(default_factory=dict)  # code -> sector or group
    # a thing an attack hits -> the sector it belongs to, or STATE ("market": CIV)
    struck: dict[str, str] = field(default_factory=dict)
    # Social-media handles, without the @ ("UNIFIL_" -> IGO.UNIFIL): "@UNIFIL_" is UNIFIL.
    handles: dict[str, str] = field(default_factory=dict)
    # Converted Phoenix actors, below ``actors``: matched by the ruler's lookup, not its
    # patterns, and turned into records only when asked for.
    extra: PhoenixIndex | None = None
    # (country, noun) -> the institution its name says ("Sudan's army"): see institution()
    _institutions: dict[tuple[str, str], str] | None = field(default=None, repr=False,
                                                              compare=False)
    # office_index(): the index, and the (actors, their count) it was read from
    _offices: tuple[tuple[int, int], _Offices] | None = field(default=None, repr=False,
                                                              compare=False)
    # surnames(): persons by surname, built on first use
    _surnames: SurnameIndex | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors or (self.extra is not None and actor_id in self.extra)

    def get(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, building sector actors like ``IRQ.SHIA`` on demand."""
        if not actor_id:
            return None
        if actor_id in self.actors:
            return self.actors[actor_id]
        country, _, code = actor_id.partition(".")
        if code in self.sectors and country in self.actors:
            return self.sector_actor(country, code)
        return self.extra.get(actor_id) if self.extra is not None else None

    def home(self, actor_id: str) -> str | None:
        """The country an actor acts for: its id's first part for a state or state body
        ("IRN.MIL"), else the entry's country ("PER.ALEKSANDAR_VUCIC": SRB), else ``None``
        (a group, an IGO, a provisional actor with no country)."""
        state = self.state_of(actor_id)
        if state is not None:
            return state
        entry = self.get(actor_id)
        return entry.country if entry is not None else None

    def same_side(self, a: str | None, b: str | None) -> bool:
        """Whether two actor ids are one side: the same id, or two actors of one country
        ("RUS.GOV.KREMLIN" speaks for "RUS.MIL", Vucic for SRB.GOV). Two armed groups, two
        IGOs or two unknown persons are not one side for sharing an id prefix; nor a
        country's civilians and its state ("BFA.CIV" survivors against the junta); nor a
        group and its country's state or bodies (the FMLN answering El Salvador's
        government, the NUG rejecting the junta's call)."""
        if a is None or b is None:
            return False
        if a == b:
            return True
        if self._civilian(a) != self._civilian(b):
            return False
        if a.startswith("GRP.") != b.startswith("GRP."):
            return False
        home = self.home(a)
        return home is not None and home == self.home(b)

    def _civilian(self, actor_id: str) -> bool:
        """Whether the id is a civilian sector of a country ("BFA.CIV", "SDN.LAB")."""
        parts = actor_id.split(".")
        sector = self.sectors.get(parts[1]) if len(parts) == 2 else None
        return sector is not None and sector.kind == "civilian"

    def state_of(self, actor_id: str | None) -> str | None:
        """The state an id is, or is a body of, by its shape: its first part when that is a
        country's code ("IRN", "IRN.MIL", "PER.GOV.MOD"), else ``None`` (a person, group,
        IGO, provisional actor). Peru's code is the persons' prefix too, the Comoros' the
        companies' (``SHARED_CODES``): an id under one is the state's only where its second
        part is a sector code.

        >>> d = load_dictionary()
        >>> d.state_of("PER.HLT"), d.state_of("PER.ALBERTO_FUJIMORI"), d.state_of("GRP.ELN")
        ('PER', None, None)
        >>> d.state_of("COM.MIL"), d.state_of("COM"), d.state_of("COM.BOEING")
        ('COM', 'COM', None)
        """
        parts = (actor_id or "").split(".")
        head = parts[0]
        if head in SHARED_CODES:
            return head if len(parts) == 1 or parts[1] in self.sectors else None
        if len(head) != 3 or head in NOT_STATES:
            return None
        return head

    def id_head(self, actor_id: str) -> str:
        """The first part of an id, by which ids are told to be of one state or kind ("IRN"
        for "IRN.MIL", "GRP", "NGO"); a person's whole id where it shares Peru's code
        ("PER.ALAN_GARCIA" is no body of Peru, as "PER.MIL" is), so that no person is taken
        for one of Peru's bodies.

        >>> d = load_dictionary()
        >>> d.id_head("PER.MIL"), d.id_head("PER.ALAN_GARCIA"), d.id_head("GRP.ELN")
        ('PER', 'PER.ALAN_GARCIA', 'GRP')
        """
        head = actor_id.split(".")[0]
        return actor_id if head == "PER" and self.state_of(actor_id) is None else head

    def is_person(self, actor_id: str | None) -> bool:
        """Whether the id names a person: a provisional person (``PRV.PER.``), an id under
        ``PER.`` that is none of Peru's bodies (``state_of``), or an entry of kind person;
        never by the ``PER.`` prefix alone, which Peru's sector actors (``PER.MIL``) share."""
        if not actor_id:
            return False
        if actor_id.startswith("PRV.PER.") or (
            actor_id.startswith("PER.") and self.state_of(actor_id) is None
        ):
            return True
        actor = self.get(actor_id)
        return actor is not None and actor.kind == "person"

    def resolve(self, actor_id: str, date: str | None) -> str:
        """The actor ``actor_id`` acts for on ``date``: the body of the role it holds then,
        else itself. Dated roles beat standing ones, a sector beats a bare country.

        >>> d = load_dictionary()
        >>> d.resolve("PER.WARREN_CHRISTOPHER", "1995-03")   # Secretary of State
        'USA.GOV'
        >>> d.resolve("PER.WARREN_CHRISTOPHER", "2015")      # out of office, died 2011
        'PER.WARREN_CHRISTOPHER'
        """
        actor = self.get(actor_id)
        if actor is None or not date:
            return actor_id
        active = [a for a in actor.affiliations if a.active_on(date)]
        if not active:
            return actor_id
        best = max(active, key=lambda a: (bool(a.start or a.end), "." in a.actor))
        return best.actor

    def sector_actor(self, country: str, code: str) -> Actor:
        """The generic actor for a country's sector, e.g. ``("IRN", "GOV")``."""
        sector = self.sectors[code]
        state = self.actors[country]
        return Actor(
            id=f"{country}.{code}",
            name=f"{state.name} {sector.name}",
            kind=sector.kind,
            country=country,
            sector=code,
            affiliations=(Affiliation(country),),
        )

    def institution(self, country: str, noun: str) -> str | None:
        """The entry a state's word and a sector noun name together ("Sudan's army",
        "Sudanese army": SDN.MIL.SAF; "Myanmar junta", "Myanmar's junta": MMR.GOV.SAC): the
        one entry of that country whose name or an alias is the state's name, demonym or
        capital, with or without "'s", and then the noun; else ``None`` (no such entry, or
        several).

        >>> d = load_dictionary()
        >>> d.institution("SDN", "army"), d.institution("MMR", "junta")
        ('SDN.MIL.SAF', 'MMR.GOV.SAC')
        >>> d.institution("SDN", "police") is None
        True
        """
        if self._institutions is None:
            self._institutions = self._institution_table()
        return self._institutions.get((country, noun.casefold()))

    def office_holder(self, country: str, role: str, date: str) -> str | None:
        """The one person whose dated role ``role`` in ``country``'s government (or one of
        its bodies) holds on ``date``, else ``None``: "Serbia's president" in 2024.

        >>> load_dictionary().office_holder("SRB", "president", "2024-03-01")
        'PER.ALEKSANDAR_VUCIC'
        """
        found = {
            person for person, a in self.office_index().get((country, role), ())
            if a.start and a.active_on(date)
            and (a.actor == country or a.actor.startswith(f"{country}.GOV"))
        }
        return found.pop() if len(found) == 1 else None

    def office_index(self) -> _Offices:
        """(country, role) -> (person, affiliation) for every role a person of the
        dictionary holds, read once (until the dictionary changes): the role case-folded,
        the country each dotted prefix of the body the role is in ("SRB.GOV.MOD": "SRB",
        "SRB.GOV", "SRB.GOV.MOD"), so that a caller finds the state's own roles and its
        bodies' by one look-up and keeps those it wants.

        >>> [(p, a.actor) for p, a in load_dictionary().office_index()[("SRB", "president")]]
        [('PER.ALEKSANDAR_VUCIC', 'SRB.GOV')]
        """
        stamp = (id(self.actors), len(self.actors))
        if self._offices is None or self._offices[0] != stamp:
            index: _Offices = {}
            for actor in self.actors.values():
                if actor.kind != "person":
                    continue
                for a in actor.affiliations:
                    if not a.role:
                        continue
                    role = a.role.casefold()
                    parts = a.actor.split(".")
                    for n in range(1, len(parts) + 1):
                        index.setdefault((".".join(parts[:n]), role), []).append((actor.id, a))
            self._offices = (stamp, index)
        return self._offices[1]

    def surnames(self) -> SurnameIndex:
        """Persons by surname, hand-made and converted (:mod:`actorgraph.actors.surnames`)."""
        if self._surnames is None:
            self._surnames = SurnameIndex(self)
        return self._surnames

    def _institution_table(self) -> dict[tuple[str, str], str]:
        words: dict[str, set[str]] = {}  # a state's words: name, aliases, demonyms, capitals
        for actor in self.actors.values():
            if actor.kind == "state" and not actor.id.startswith("HIST."):
                for name in (actor.name, *actor.aliases):
                    words.setdefault(actor.id, set()).add(name.casefold())
        for table in (self.demonyms, self.capitals):
            for word, iso in table.items():
                words.setdefault(iso, set()).add(word.casefold())
        found: dict[tuple[str, str], set[str]] = {}
        for actor in self.actors.values():
            country = actor.country
            if not country or actor.kind in ("state", "person") or country not in words:
                continue
            for name in (actor.name, *actor.aliases):
                parts = name.casefold().replace("’", "'").split()
                for k in range(1, min(4, len(parts))):
                    head = " ".join(parts[:k])
                    if head.removesuffix("'s") in words[country]:
                        found.setdefault((country, " ".join(parts[k:])), set()).add(actor.id)
        return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}

    def aliases(self) -> Iterator[Alias]:
        for actor in self.actors.values():
            yield Alias(actor.name, actor.id, "name")
            for alias in actor.aliases:
                yield Alias(alias, actor.id, "alias")
        for capital, iso in self.capitals.items():
            yield Alias(capital, iso, "capital")
        for demonym, iso in self.demonyms.items():  # "the Americans", "Iranian missiles"
            yield Alias(demonym.title(), iso, "demonym")
        for handle, actor_id in self.handles.items():  # "@UNIFIL_": the handle as written
            yield Alias("@" + handle, actor_id, "handle")

    def affiliations_on(self, actor_id: str, date: str | None) -> tuple[Affiliation, ...]:
        """The actor's affiliations that hold on ``date`` (ISO, any precision)."""
        actor = self.get(actor_id)
        if actor is None:
            return ()
        return tuple(a for a in actor.affiliations if a.active_on(date))

    def search(self, query: str | None = None) -> list[Actor]:
        """Actors whose id, name or an alias contains ``query`` (case-insensitive)."""
        if not query:
            return sorted(self.actors.values(), key=lambda a: a.id)
        q = query.casefold()
        found = {
            a.id: a
            for a in self.actors.values()
            if q in a.id.casefold()
            or q in a.name.casefold()
            or any(q in x.casefold() for x in a.aliases)
        }
        if self.extra is not None:
            for a in self.extra.search(query):
                found.setdefault(a.id, a)
        return sorted(found.values(), key=lambda a: a.id)

    def merge(self, entries: Iterable[dict[str, Any]], origin: str) -> None:
        """Merge dictionary entries over the current ones (same id: given fields replaced,
        aliases added)."""
        for n, raw in enumerate(entries, 1):
            key = raw.get("id", "") if isinstance(raw, dict) else ""
            base = self.actors.get(key) or (self.extra.get(key) if self.extra and key else None)
            actor = _actor_from_entry(raw, f"{origin} entry {n}", base)
            self.actors[actor.id] = actor
            self._institutions = self._offices = None
            for handle in raw.get("handles") or ():
                self.handles[str(handle).lstrip("@")] = actor.id


def _actor_from_entry(raw: Any, where: str, base: Actor | None = None) -> Actor:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise ConfigError(f"{where}: each actor needs an 'id' string")
    actor_id = raw["id"]
    if not _ID_RE.match(actor_id):
        raise ConfigError(f"{where}: id {actor_id!r} must be upper-case words joined by dots")
    if base is None and "name" not in raw:
        raise ConfigError(f"{where}: new actor {actor_id} needs a 'name'")
    kind = raw.get("kind", base.kind if base else None)
    if kind not in KINDS:
        raise ConfigError(f"{where}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
    affiliations = base.affiliations if base else ()
    if "affiliations" in raw:
        try:
            affiliations = tuple(
                Affiliation(
                    actor=a["actor"],
                    role=a.get("role"),
                    start=str(a["start"]) if a.get("start") else None,
                    end=str(a["end"]) if a.get("end") else None,
                )
                for a in raw["affiliations"] or ()
            )
        except (KeyError, TypeError, AttributeError):
            raise ConfigError(f"{where}: affiliations need an 'actor' id each") from None
    # Aliases add up: a user entry for a built-in id extends its names, never loses them.
    # A renamed built-in keeps its old name as an alias.
    kept = [base.name, *base.aliases] if base else []
    name = str(raw.get("name", base.name if base else ""))
    aliases = tuple(a for a in dict.fromkeys([*kept, *(raw.get("aliases") or ())]) if a != name)
    return Actor(
        id=actor_id,
        name=name,
        kind=kind,
        country=raw.get("country", base.country if base else None),
        aliases=tuple(str(a) for a in aliases or ()),
        affiliations=affiliations,
        sector=raw.get("sector", base.sector if base else None),
        wikidata=raw.get("wikidata", base.wikidata if base else None),
    )


def _load_user_file(path: str) -> list[dict[str, Any]]:
    p = Path(path)
    try:
        data = load_yaml(p.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: actor dictionary not found") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(f"{path}: cannot read actor dictionary ({first})") from None
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
    if not isinstance(data, list):
        raise ConfigError(f"{path}: expected a YAML list of actor entries")
    return data


def _countries() -> tuple[dict[str, Actor], dict[str, str], dict[str, str]]:
    import pycountry

    extra: dict[str, dict[str, list[str]]] = _data("countries.yaml") or {}
    actors: dict[str, Actor] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for c in pycountry.countries:
        more = extra.get(c.alpha_3, {}) or {}
        names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        names += more.get("names", []) or []
        names = [n for n in names if n not in (more.get("not_names") or ())]
        listed = more.get("names") or []
        short = (listed[0] if listed else None) or getattr(c, "common_name", None) or c.name
        aliases = tuple(dict.fromkeys(n for n in names if n and n != short))
        actors[c.alpha_3] = Actor(
            id=c.alpha_3, name=short, kind="state", country=c.alpha_3, aliases=aliases
        )
        for d in more.get("demonyms", []) or []:
            demonyms[d.casefold()] = c.alpha_3
        for cap in more.get("capitals", []) or []:
            capitals[cap] = c.alpha_3
    # Codes in use but not (yet) in ISO 3166, such as Kosovo's XKX.
    for code, more in extra.items():
        if code not in actors and (more or {}).get("names"):
            listed = more["names"]
            actors[code] = Actor(id=code, name=listed[0], kind="state", country=code,
                                 aliases=tuple(listed[1:]))
            for d in more.get("demonyms", []) or []:
                demonyms[d.casefold()] = code
            for cap in more.get("capitals", []) or []:
                capitals[cap] = code
    return actors, demonyms, capitals


def _add_phoenix(d: ActorDictionary, agents: bool = True) -> None:
    """Put the Phoenix actors under the hand-made ones: a hand-made actor without roles
    takes Phoenix's for the same id (its aliases are matched by the Phoenix lookup)."""
    from .phoenix import load_phoenix

    d.extra = load_phoenix()
    if d.extra is None:
        return
    if agents:
        # Phoenix's generic agent nouns ("clerics", "peasants") join the sector tables;
        # a noun sectors.yaml already has keeps its sector there.
        taken = {n.lower() for s in d.sectors.values() for n in s.nouns}
        more: dict[str, list[str]] = {}
        for noun, code in d.extra.agents.items():
            if noun not in taken and code in d.sectors:
                more.setdefault(code, []).append(noun)
        for code, nouns in more.items():
            d.sectors[code] = replace(d.sectors[code], nouns=(*d.sectors[code].nouns, *nouns))
    for actor_id, actor in list(d.actors.items()):
        if actor.affiliations or actor_id not in d.extra:
            continue
        other = d.extra.get(actor_id)
        if other is not None and other.affiliations:
            d.actors[actor_id] = replace(actor, affiliations=other.affiliations)


@lru_cache(maxsize=8)
def load_dictionary(user_files: tuple[str, ...] = (), phoenix: bool = True) -> ActorDictionary:
    """The built-in dictionary with ``user_files`` merged over it (cached per file list).

    ``phoenix=False`` leaves out the converted Phoenix actors (the hand-made ones alone).

    >>> d = load_dictionary()
    >>> d.get("IRN").name
    'Iran'
    """
    actors, demonyms, capitals = _countries()
    d = ActorDictionary(actors=actors, demonyms=demonyms, capitals=capitals)
    sectors = _data("sectors.yaml") or {}
    for table in ("sectors", "groups"):
        for code, s in (sectors.get(table) or {}).items():
            d.sectors[code] = Sector(code, s["name"], s["kind"], tuple(s.get("nouns", ())),
                                     tuple(s.get("after_country", ())))
    d.struck = {noun: code for code, nouns in (sectors.get("struck") or {}).items()
                for noun in nouns}
    d.merge(_data("actors.yaml") or [], "actors.yaml")
    if phoenix:
        _add_phoenix(d)
    for path in user_files:
        d.merge(_load_user_file(path), path)
    return d
