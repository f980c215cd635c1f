"""A name's words in the other spelling ("Organisation"/"Organization", "Defence"/"Defense").

Names match whichever way a text spells them: the hand-made dictionary's aliases are added in
the other spelling (:func:`variants`) and the Phoenix index looks names up with British words
folded to the American spelling it mostly uses (:func:`spelling_folds`). The word pairs are
``spelling_variants`` of ``data/context_names.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from ..datafiles import packaged_once

__all__ = ["spelling_folds", "variants"]


@lru_cache(maxsize=1)
def spelling_folds() -> dict[str, str]:
    """Lower-case British word -> its American spelling."""
    pairs = (packaged_once("context_names.yaml") or {}).get("spelling_variants") or {}
    return {str(b).casefold(): str(a).casefold() for b, a in pairs.items()}


@lru_cache(maxsize=1)
def _both_ways() -> dict[str, str]:
    folds = spelling_folds()
    return {**folds, **{a: b for b, a in folds.items()}}


def _respelled(word: str, other: str) -> str:
    """``other`` with ``word``'s capitals ("DEFENCE" -> "DEFENSE", "Defence" -> "Defense")."""
    if word.isupper():
        return other.upper()
    return other.capitalize() if word[:1].isupper() else other


def variants(text: str) -> list[str]:
    """``text`` with every word that has another spelling respelled; ``[]`` when none has."""
    swap = _both_ways()
    words = text.split(" ")
    if not any(w.casefold() in swap for w in words):
        return []
    return [" ".join(_respelled(w, swap[w.casefold()]) if w.casefold() in swap else w
                     for w in words)]
