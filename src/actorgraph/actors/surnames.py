"""Persons by surname: the one index the speaker reader and the coder both look names up in.

A surname alone ("BARCO", "PRESIDENT MENEM") names a person when one person of the
dictionary bears it; one that many persons of the world-scale (Phoenix) dictionary bear
("SANTOS", "PEREZ") names nobody in particular. Both readings come from this index.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Actor
    from .dictionary import ActorDictionary

__all__ = ["COMMON_SURNAME", "GIVEN_NAME", "SurnameIndex", "actor_name_words", "name_words"]

#: A surname that at least this many converted persons bear names nobody in particular.
COMMON_SURNAME = 4
#: A word that opens at least this many persons' full names is a given name ("jorge").
GIVEN_NAME = 2


def name_words(name: str) -> list[str]:
    """A person's name as case-folded words, initials' dots and hyphens read as spaces
    ("J. Smith-Jones": j, smith, jones): the parser splits hyphenated names the same way."""
    return name.replace(".", " ").replace("-", " ").casefold().split()


def actor_name_words(actor: Actor) -> set[str]:
    """The words of an actor's name and all its aliases."""
    return {w for name in (actor.name, *actor.aliases) for w in name_words(name)}


class SurnameIndex:
    """Surname -> persons, for the hand-made persons and, apart, the converted ones.

    The hand-made part is read again when the dictionary's actors change (user files merged
    in); the converted part once, on the first look-up of a surname no hand-made person
    bears or of how common a surname is.
    """

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self._mine: tuple[tuple[int, int], dict[str, list[str]]] | None = None
        self._converted: dict[str, list[str]] | None = None
        self._given: frozenset[str] = frozenset()

    def bearers(self, surname: str) -> list[str]:
        """The hand-made persons whose name ends with ``surname`` (lower case), else the
        converted persons (outside the hand-made dictionary) whose name does."""
        return self._hand_made().get(surname) or self._phoenix().get(surname, [])

    def hand_made(self, surname: str) -> list[str]:
        """The hand-made persons whose name ends with ``surname``."""
        return self._hand_made().get(surname, [])

    def named(self, words: set[str], surname: str) -> list[str]:
        """The persons whose names hold all of ``words`` and end with ``surname`` ("alva",
        "castro": Luis Alva Castro, not the other Castros): the hand-made ones, else the
        converted ones."""
        for index in (self._hand_made(), self._phoenix()):
            found = [p for p in index.get(surname, ()) if self._holds(p, words)]
            if found:
                return found
        return []

    def _holds(self, person: str, words: set[str]) -> bool:
        actor = self.dictionary.get(person)
        return actor is not None and words <= actor_name_words(actor)

    def bearer_count(self, surname: str) -> int:
        """How many persons, hand-made and converted, bear ``surname``."""
        return len(self._hand_made().get(surname, ())) + len(self._phoenix().get(surname, ()))

    def is_given(self, word: str) -> bool:
        """Whether ``word`` (lower case) opens the full names of at least :data:`GIVEN_NAME`
        persons, hand-made or converted: a given name ("jorge", "elena")."""
        self._phoenix()
        return word in self._given

    def is_common(self, surname: str) -> bool:
        """Whether at least :data:`COMMON_SURNAME` converted persons bear ``surname``."""
        return len(self._phoenix().get(surname, ())) >= COMMON_SURNAME

    def _hand_made(self) -> dict[str, list[str]]:
        actors = self.dictionary.actors
        stamp = (id(actors), len(actors))
        if self._mine is None or self._mine[0] != stamp:
            index: dict[str, list[str]] = {}
            for actor in actors.values():
                words = name_words(actor.name)
                if actor.kind == "person" and words:
                    index.setdefault(words[-1], []).append(actor.id)
            self._mine = (stamp, index)
        return self._mine[1]

    def _phoenix(self) -> dict[str, list[str]]:
        if self._converted is None:
            index: dict[str, list[str]] = {}
            extra = self.dictionary.extra
            mine = self.dictionary.actors
            given: Counter[str] = Counter()
            converted = set()
            for person, name in extra.person_names() if extra is not None else ():
                words = name_words(name)
                converted.add(person)
                if len(words) > 1:
                    given[words[0]] += 1
                if words and person not in mine:
                    index.setdefault(words[-1], []).append(person)
            for actor in mine.values():
                words = name_words(actor.name)
                if actor.kind == "person" and len(words) > 1 and actor.id not in converted:
                    given[words[0]] += 1
            self._given = frozenset(w for w, n in given.items() if n >= GIVEN_NAME)
            self._converted = index
        return self._converted
