"""The one check every event filter goes through, whoever sends it (CLI, Python API, web API).

A filter that names something the store or the vocabularies do not know must not quietly
match nothing: :func:`check_filter` raises :class:`~actorgraph.errors.FilterError` with one
line naming the value and the closest known ones ("unknown event type 'ATTACK'; did you
mean ASSAULT?"). It also normalises what it accepts (``assault`` becomes ``ASSAULT``).

Checked:

- ``type``: a PLOVER type of the lexicon, or one the store holds;
- ``mode``: a mode of that type (of any type without ``type``), or one the store holds;
- ``modality``: one of :data:`~actorgraph.models.MODALITIES`;
- ``since`` / ``until``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, a real date, and
  ``since`` not after ``until``;
- ``actor``, ``source``, ``target``, ``asserted_by``: an id, a name or an alias of a stored
  actor (any case), or a prefix of any of them ending in ``*`` (``Iran*``).

>>> from actorgraph.store import Store
>>> from actorgraph.store.query import EventFilter
>>> check_filter(EventFilter(type="ATTACK"), Store(":memory:"))
Traceback (most recent call last):
actorgraph.errors.FilterError: unknown event type 'ATTACK'; did you mean ASSAULT?
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..errors import FilterError
from ..models import HAPPENED, MODALITIES

if TYPE_CHECKING:
    from .query import EventFilter, Queries

__all__ = ["ACTOR_FILTERS", "check_date", "check_filter", "did_you_mean", "listing"]

#: The filters that name actors.
ACTOR_FILTERS = ("actor", "source", "target", "asserted_by")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def did_you_mean(value: str, known: list[str] | tuple[str, ...], n: int = 3) -> str:
    """``"; did you mean X?"`` (or ``X, Y or Z``) for the known values closest to ``value``."""
    by_upper = {k.upper(): k for k in known}
    close = difflib.get_close_matches(value.upper(), list(by_upper), n=n, cutoff=0.5)
    if not close:
        # a word of the value that starts a known one ("Foo Iran" -> Iran)
        words = [w for w in re.split(r"\W+", value.upper()) if len(w) >= 3]
        close = [u for u in by_upper if any(u.startswith(w) for w in words)][:n]
    if not close:
        return ""
    names = [by_upper[c] for c in close]
    shown = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return f"; did you mean {shown}?"


def check_date(name: str, value: str | None) -> str | None:
    """``value`` if it is a real ``YYYY[-MM[-DD]]`` date, else a :class:`FilterError`."""
    if value is None:
        return None
    value = value.strip()
    problem = None
    if not _DATE.fullmatch(value):
        problem = "is not a date"
    else:
        parts = [int(p) for p in value.split("-")]
        try:
            dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError:
            problem = "is not a real date"
    if problem:
        raise FilterError(f"{name}: {value!r} {problem}; use YYYY, YYYY-MM or YYYY-MM-DD "
                          "(relative words such as 'last year' are not dates)")
    return value


def _word_types(word: str) -> list[str]:
    """The PLOVER types the lexicon codes the verb or noun ``word`` as ("attack": ASSAULT)."""
    from ..coding.lexicon import load_lexicon

    lex = load_lexicon()
    lemma = word.lower()
    found = [p.type for table in (lex.verbs, lex.nouns) for p in table.get(lemma, ())]
    if not found and lemma.endswith("s"):
        found = [p.type for table in (lex.verbs, lex.nouns) for p in table.get(lemma[:-1], ())]
    return sorted(set(found), key=lambda t: (-found.count(t), t))[:3]


def _listed(values: list[str] | tuple[str, ...], most: int = 16) -> str:
    shown = ", ".join(values[:most])
    return shown + (f" and {len(values) - most} more" if len(values) > most else "")


def _known_types(store: Queries) -> dict[str, tuple[str, ...]]:
    from ..coding.lexicon import load_lexicon

    known = {name: t.modes for name, t in load_lexicon().types.items()}
    try:
        for etype, mode in store.conn.execute("SELECT DISTINCT type, mode FROM merged_events"):
            modes = known.setdefault(etype, ())
            if mode and mode not in modes:
                known[etype] = (*modes, mode)
    except Exception:  # noqa: BLE001 - a store without events: the lexicon's types only
        pass
    return known


def check_filter(f: EventFilter, store: Queries) -> EventFilter:
    """``f`` checked against the vocabularies and ``store``'s actors, and normalised.

    Raises :class:`FilterError` (one line, the closest known values) on the first
    unknown value.
    """
    clean: dict[str, Any] = {
        name: (getattr(f, name).strip() or None) if isinstance(getattr(f, name), str)
        else getattr(f, name)
        for name in (*ACTOR_FILTERS, "type", "mode", "modality", "place", "since", "until")}
    f = replace(f, **clean)
    changes: dict[str, Any] = {}
    if f.type or f.mode:
        types = _known_types(store)
        if f.type:
            etype = f.type.upper()
            if etype not in types:
                words = _word_types(etype)
                hint = (f"; did you mean {' or '.join(words)}?" if words
                        else did_you_mean(etype, list(types)))
                raise FilterError(f"unknown event type {f.type!r}{hint}"
                                  f" (known: {', '.join(sorted(types))})")
            changes["type"] = etype
        if f.mode:
            allowed = types[str(changes["type"])] if f.type else tuple(
                sorted({m for modes in types.values() for m in modes}))
            mode = f.mode.lower()
            if mode not in allowed:
                of = f" of {changes['type']}" if f.type else ""
                raise FilterError(
                    f"unknown mode {f.mode!r}{of}{did_you_mean(mode, allowed)}"
                    f" (known: {_listed(allowed) or 'none'})")
            changes["mode"] = mode
    if f.modality:
        modality = f.modality.lower()
        if modality == "negated":
            raise FilterError("negated is a flag, not a modality: negated events are hidden "
                              "unless --all (all=True, ?all=1); every event shows its flags")
        if modality not in MODALITIES:
            raise FilterError(f"unknown modality {f.modality!r}"
                              f"{did_you_mean(modality, MODALITIES)}"
                              f" (known: {', '.join(MODALITIES)})")
        changes["modality"] = modality
    since, until = check_date("since", f.since), check_date("until", f.until)
    if since and until and since > until + "z":
        raise FilterError(f"since ({since}) is after until ({until})")
    if f.limit is not None and f.limit < 0:
        raise FilterError(f"limit: {f.limit} is negative")
    if f.offset < 0:
        raise FilterError(f"offset: {f.offset} is negative")
    for name in ACTOR_FILTERS:
        value = getattr(f, name)
        if value and not store.find_actors(value):
            raise FilterError(f"unknown actor {value!r} ({name}){store.actor_suggestions(value)}"
                              " (`actorgraph actors --db DB` lists the store's actors)")
    return replace(f, **changes)


def listing(f: EventFilter, show_all: bool = False) -> EventFilter:
    """``f`` as listings and counts apply it: flagged events (negated, denied, intended,
    hypothetical, future) left out unless ``show_all``, or unless ``f.modality`` asks for
    a flagged modality by name (``--modality denied`` lists the denied events)."""
    asked = f.modality is not None and f.modality not in HAPPENED
    return replace(f, happened=not (show_all or asked))
