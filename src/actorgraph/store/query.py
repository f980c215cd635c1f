"""Read queries shared by the CLI, the Python API and the web app, and the records they return.

Actor filters (``actor``, ``source``, ``target``, ``asserted_by``) take an
actor id, or a name or alias from the store's ``actors`` table (case does
not matter): ``Iran`` finds ``IRN``. A name that several actors share
matches all of them. A trailing ``*`` matches a prefix of an id, a name or
an alias: ``IRN*`` is Iran and every actor whose id starts with ``IRN``,
``Iran*`` every actor whose name or alias starts with "Iran". Every filter
is checked first (:func:`~actorgraph.store.filters.check_filter`): a value
that names nothing is an error, not an empty answer.

An actor filter includes the actor's members (its hierarchy): actors whose
id extends its id (``ISR`` -> ``ISR.MIL`` -> ``ISR.MIL.IDF``) and actors
affiliated to it, transitively; an affiliation bounded in time (a commander
of the Quds Force from 1998 to 2020) counts only for events dated inside it
(and undated ones). ``exact`` keeps the named actor(s) only.

Dates are ISO strings at year, month or day precision. ``since`` keeps
events whose date, or end date, is on or after it; ``until`` keeps events
whose date is on or before it (at the precision given: ``until="2004"``
includes ``2004-12-31``). Undated events pass neither.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, is_dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .. import codec
from ..errors import StoreError
from ..models import RELATION_TYPES, Actor, Affiliation, Claim, Event, Evidence, Location
from .merge import HAPPENED, TEXT_BASES, UNDATED, WINDOW_DAYS, stance
from .search import bounded_query, make_snippet

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = [
    "ClaimRecord",
    "Contest",
    "ContestItem",
    "ContestSide",
    "Edge",
    "EventFilter",
    "MAX_EDGES",
    "MAX_NODES",
    "MergedEvent",
    "PeriodCount",
    "Queries",
    "ReadOnlyStore",
    "Results",
    "SearchHit",
    "TimelineEntry",
    "chunks",
    "marks",
]

T = TypeVar("T")

_HAPPENED_SQL = "(negated = 0 AND modality IN ({}))".format(
    ", ".join(f"'{m}'" for m in sorted(HAPPENED))
)
_EVENT_ORDER = "sort_date, doc, post, ev_start, id"
#: What per-actor aggregates read: all in the merged_source and merged_target indexes.
_ACTOR_COVER = "source, target, type, quad, mentions, sort_date, asserts"
_MERGED_ORDER = "sort_date, id"
#: The network's caps (actors, edges), the same for the CLI, the API and the web app.
MAX_NODES, MAX_EDGES = 150, 1500


def marks(items: Sequence[Any]) -> str:
    """The ``?`` placeholders of an ``IN (...)`` list of ``items``."""
    return ",".join("?" * len(items))


def chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    """``items`` in slices small enough for one statement's parameters; every ``IN (...)``
    list of the store goes through here."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


_marks, _chunks = marks, chunks  # the names the store's own modules use


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters shared by the CLI, the Python API and the web app (see the module docstring).

    ``happened`` keeps only what a source presents as having happened (not
    negated, denied, intended, hypothetical or future). ``limit`` and
    ``offset`` page through the results in their order. ``mode`` and
    ``modality`` keep events of that PLOVER mode or that modality; ``exact``
    keeps an actor filter to the actor(s) it names, without their members.
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    asserted_by: str | None = None
    place: str | None = None
    limit: int | None = None
    offset: int = 0
    happened: bool = False
    mode: str | None = None
    modality: str | None = None
    exact: bool = False


#: Columns of the records that hold actor ids (the last part of a nested column's name).
ACTOR_COLUMNS = frozenset({"source", "target", "asserted_by", "actor", "counterpart", "by"})


class Results(list[T], Generic[T]):
    """A list of records that can become a pandas DataFrame (``pip install 'actorgraph[data]'``).

    ``names`` (ids -> {id: name}) adds a ``<column>_name`` beside every actor id column.
    """

    def __init__(self, items: Iterable[T] = (),
                 names: Callable[[Iterable[str | None]], dict[str, str]] | None = None) -> None:
        super().__init__(items)
        self.names = names

    def to_pandas(self) -> pd.DataFrame:
        """One row per record (per side item for contests); nested records as ``a.b`` columns,
        each actor id column followed by the actor's name (``source``, ``source_name``)."""
        pd = _need("pandas")
        rows: list[dict[str, Any]] = []
        for record in self:
            explode = getattr(record, "rows", None)
            rows.extend(explode() if callable(explode) else [_flat(record)])
        # A nested record that is None in some rows is "loc: None" there, "loc.name" elsewhere.
        nested = {k.rpartition(".")[0] for row in rows for k in row if "." in k}
        columns = list(dict.fromkeys(k for row in rows for k in row if k not in nested))
        if self.names is not None:
            ids = [c for c in columns if c.rpartition(".")[2] in ACTOR_COLUMNS]
            found = self.names({row.get(c) for row in rows for c in ids
                                if isinstance(row.get(c), str)})
            for row in rows:
                for c in ids:
                    value = row.get(c)
                    row[c + "_name"] = found.get(value, value) if isinstance(value, str) else None
            columns = [n for c in columns for n in ((c, c + "_name") if c in ids else (c,))]
        return pd.DataFrame([{k: row.get(k) for k in columns} for row in rows], columns=columns)


def _need(module: str) -> Any:
    return codec.need(module)


def _flat(record: Any, prefix: str = "") -> dict[str, Any]:
    data = asdict(record) if is_dataclass(record) and not isinstance(record, type) else record
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[prefix + key] = list(value) if isinstance(value, tuple) else value
    return out


class _Record:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload,no-any-return]


@dataclass(frozen=True, slots=True)
class MergedEvent(_Record):
    """One real-world event as one or more mentions report it (see :mod:`.merge`).

    ``date`` is the most precise date its mentions give most often;
    ``date_min``/``date_max`` bound all their dates. ``asserts``/``denies``
    count the mentions (and claims) that say it did or did not happen;
    ``denies`` covers both a negated mention ("did not strike") and a
    reported denial ("X denied striking"), which the web API's records
    count apart as ``negated`` and ``denied``.
    """

    id: str
    type: str
    mode: str | None
    quad: int | None
    source: str | None
    target: str | None
    location: Location | None
    modality: str
    date: str | None
    date_min: str | None
    date_max: str | None
    mentions: int
    documents: int
    sources: int
    asserts: int
    denies: int
    contested: tuple[str, ...] = ()

    @property
    def disputed(self) -> bool:
        return self.denies > 0


@dataclass(frozen=True, slots=True)
class ClaimRecord(_Record):
    """A claim with the event mention it is about (``None``: a claim on a proposition the
    coder codes no event for; its words are ``claim.proposition``)."""

    claim: Claim
    event: Event | None


@dataclass(frozen=True, slots=True)
class ContestItem(_Record):
    """One mention (or denial) on one side of a contest, with its sentence. On a contest
    over a proposition with no event (``kind`` ``proposition``), ``event`` is ``None``,
    ``merged`` the claims' topic and ``proposition`` the claimed words."""

    event: str | None
    merged: str
    stance: str
    by: str | None
    by_text: str | None
    date: str | None
    source: str | None
    target: str | None
    place: str | None
    evidence: Evidence
    proposition: str | None = None


@dataclass(frozen=True, slots=True)
class ContestSide(_Record):
    """What one side holds (``asserts``, ``denies``, a date, an actor, a place), and who says so."""

    position: str
    items: tuple[ContestItem, ...]


@dataclass(frozen=True, slots=True)
class Contest(_Record):
    """Sources that disagree about one event.

    ``kind`` is ``stance`` (it happened / it did not), ``date``, ``source``,
    ``target`` or ``place``; ``merged`` names the merged event(s) involved. ``kind``
    ``proposition`` is a contest inside one text over a proposition the coder codes no
    event for (a claim asserted by one party, denied or disputed by another): ``type``
    is ``CLAIM``, ``merged`` the claims' topic, ``proposition`` the claimed words.
    """

    kind: str
    type: str
    merged: tuple[str, ...]
    source: str | None
    target: str | None
    place: str | None
    date: str | None
    sides: tuple[ContestSide, ...]
    proposition: str | None = None

    def rows(self) -> list[dict[str, Any]]:
        head = {"kind": self.kind, "type": self.type, "merged": ";".join(self.merged),
                "source": self.source, "target": self.target, "place": self.place,
                "date": self.date, "proposition": self.proposition}
        return [{**head, "position": side.position, **_flat(item, "item.")}
                for side in self.sides for item in side.items]


@dataclass(frozen=True, slots=True)
class TimelineEntry(_Record):
    """A merged event in an actor's timeline, seen from that actor."""

    date: str | None
    date_max: str | None
    type: str
    mode: str | None
    role: str  # source | target
    actor: str
    counterpart: str | None
    place: str | None
    mentions: int
    documents: int
    modality: str
    asserts: int
    denies: int
    contested: tuple[str, ...]
    merged: str


@dataclass(frozen=True, slots=True)
class PeriodCount(_Record):
    """How many merged events (and mentions) of a type fall in a period."""

    period: str
    type: str
    events: int
    mentions: int


@dataclass(frozen=True, slots=True)
class Edge(_Record):
    """Merged events of one type from one actor to another that happened, aggregated.

    ``events`` counts merged events, ``mentions`` their mentions; ``first`` and
    ``last`` are the dates of the earliest and latest of them.
    """

    source: str
    target: str
    type: str
    quad: int | None
    events: int
    mentions: int
    first: str | None
    last: str | None


@dataclass(frozen=True, slots=True)
class SearchHit(_Record):
    """An actor whose id, name or alias matches, or a post whose text matches (with a snippet)."""

    kind: str  # actor | post
    id: str
    title: str | None
    snippet: str
    doc: str | None = None
    post: int | None = None
    score: float | None = None


_SNIPPET = ("«", "»")


class Queries:
    """The read side of :class:`~actorgraph.store.db.Store`."""

    conn: sqlite3.Connection
    window: int = WINDOW_DAYS

    # -- actors ----------------------------------------------------------------------------

    def actor(self, actor_id: str) -> Actor | None:
        row = self.conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
        return _actor(row) if row else None

    def names(self, ids: Iterable[str | None]) -> dict[str, str]:
        """Display names of ``ids`` (the id itself when the store does not know it)."""
        wanted = sorted({i for i in ids if i})
        found: dict[str, str] = {}
        for chunk in chunks(wanted):
            found.update(self.conn.execute(
                f"SELECT id, name FROM actors WHERE id IN ({marks(chunk)})", list(chunk)
            ).fetchall())
        return {i: found.get(i, i) for i in wanted}

    def actors(self, query: str | None = None) -> list[Actor]:
        sql, args = "SELECT * FROM actors", []
        if query:
            sql += " WHERE id LIKE ? OR name LIKE ? OR aliases LIKE ?"
            args = [f"%{query}%"] * 3
        return [_actor(r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    def resolve_actor(self, value: str) -> tuple[str, ...]:
        """Actor ids ``value`` names: an id, else a name, else an alias, else an id in other case.

        >>> from actorgraph.store import Store
        >>> Store(":memory:").resolve_actor("IRN")
        ('IRN',)
        """
        return self.find_actors(value) or (value.strip(),)

    def find_actors(self, value: str) -> tuple[str, ...]:
        """The stored actors ``value`` names (see the module docstring), or ``()``.

        ``X*`` is every actor whose id, name or alias starts with ``X`` (any case).
        """
        value = value.strip()
        c = self.conn
        if value.endswith("*"):
            stem = value[:-1]
            esc = re.sub(r"([\\%_])", r"\\\1", stem) + "%"
            glob = re.sub(r"([*?\[])", r"[\1]", stem) + "*"
            rows = c.execute(
                "SELECT id FROM actors WHERE id GLOB ? OR name LIKE ? ESCAPE '\\'"
                " UNION SELECT DISTINCT actors.id FROM actors, json_each(actors.aliases) AS a"
                " WHERE a.value LIKE ? ESCAPE '\\' ORDER BY 1", (glob, esc, esc))
            return tuple(r[0] for r in rows)
        if c.execute("SELECT 1 FROM actors WHERE id = ?", (value,)).fetchone():
            return (value,)
        for sql in (
            "SELECT id FROM actors WHERE name = ? COLLATE NOCASE ORDER BY id",
            "SELECT DISTINCT actors.id FROM actors, json_each(actors.aliases) AS a"
            " WHERE a.value = ? COLLATE NOCASE ORDER BY actors.id",
            "SELECT id FROM actors WHERE id = ? COLLATE NOCASE ORDER BY id",
        ):
            ids = tuple(r[0] for r in c.execute(sql, (value,)))
            if ids:
                return ids
        return ()

    def actor_suggestions(self, value: str) -> str:
        """``"; did you mean X?"`` with the stored actor names and ids closest to ``value``."""
        from .filters import did_you_mean

        known = [n for row in self.conn.execute("SELECT id, name FROM actors LIMIT 50000")
                 for n in row if n]
        return did_you_mean(value.strip().rstrip("*"), known)

    def members(self, ids: Iterable[str]) -> tuple[set[str], dict[str, tuple[str, str]]]:
        """The actors under ``ids``: (always members, {member: (start, end)} of members only
        while an affiliation in time holds). Members are actors whose id extends a member's
        id (``ISR.MIL`` under ``ISR``) or that are affiliated to a member, transitively."""
        always: set[str] = set(ids)
        bounded: dict[str, tuple[str, str]] = {}
        frontier = set(always)
        while frontier:
            step: dict[str, tuple[str, str] | None] = {}
            for chunk in chunks(sorted(frontier), 200):
                for (child,) in self.conn.execute(
                    "SELECT id FROM actors WHERE " + " OR ".join(["id GLOB ?"] * len(chunk)),
                    [re.sub(r"([*?\[])", r"[\1]", p) + ".*" for p in chunk],
                ):
                    step.setdefault(child, None)
                for child, start, end in self.conn.execute(
                    "SELECT a.id, json_extract(j.value, '$.start'),"
                    " json_extract(j.value, '$.end') FROM actors a, json_each(a.affiliations) j"
                    f" WHERE json_extract(j.value, '$.actor') IN ({marks(chunk)})", list(chunk)
                ):
                    window = None if not (start or end) else (start or "", end or "")
                    if child in step and step[child] is None:
                        continue
                    step[child] = window
            frontier = set()
            for child, window in step.items():
                if window is None and child not in always:
                    always.add(child)
                    bounded.pop(child, None)
                    frontier.add(child)
                elif window is not None and child not in always and child not in bounded:
                    bounded[child] = window
        return always, bounded

    def actor_scope(self, value: str, exact: bool = False
                    ) -> tuple[set[str], dict[str, tuple[str, str]]]:
        """The ids an actor filter ``value`` stands for (see :meth:`members`)."""
        ids = self.find_actors(value) or (value.strip(),)
        if exact:
            return set(ids), {}
        return self.members(ids)

    def _match(self, column: str, value: str, exact: bool = False,
               dated: str | None = "sort_date") -> tuple[str, list[Any]]:
        """SQL for ``column`` naming the actor(s) of ``value`` (members included unless
        ``exact``); ``dated`` is the date column a bounded membership is checked against."""
        always, bounded = self.actor_scope(value, exact)
        ids = sorted(always)
        parts = [f"{column} IN ({marks(ids)})"] if ids else []
        args: list[Any] = list(ids)
        for member, (start, end) in sorted(bounded.items()):
            if dated is None:
                parts.append(f"{column} = ?")
                args.append(member)
                continue
            parts.append(f"({column} = ? AND ({dated} = '{UNDATED}' OR"
                         f" ({dated} >= ? AND ({dated} <= ? OR ? = ''))))")
            args += [member, start, end + "z", end]
        return "(" + (" OR ".join(parts) or "0") + ")", args

    # -- event mentions --------------------------------------------------------------------

    def _conditions(self, f: EventFilter, merged: bool) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        for column in ("source", "target"):
            value = getattr(f, column)
            if value:
                sql, more = self._match(column, value, f.exact)
                where.append(sql)
                args += more
        if f.type:
            where.append("type = ?")
            args.append(f.type.upper())
        if f.mode:
            where.append("mode = ?")
            args.append(f.mode)
        if f.modality:
            where.append("modality = ?")
            args.append(f.modality)
        if f.since:
            # "Dated, or ending, on or after since" is not one index range; but only
            # spans can start before ``since`` and still pass, and a partial index
            # finds the earliest of those, so the rows lie in one range from there.
            end = "date_max" if merged else "end_date"
            span = ("SELECT min(+sort_date) FROM merged_events WHERE date_max > sort_date"
                    " AND date_max >= ?" if merged
                    else "SELECT min(+sort_date) FROM events WHERE end_date >= ?")
            first = self.conn.execute(span, (f.since,)).fetchone()[0]
            floor = min(first or f.since, f.since)
            where.append(f"sort_date >= ? AND sort_date < '{UNDATED}'")
            args.append(floor)
            if floor < f.since:
                where.append(f"(sort_date >= ? OR {end} >= ?)")
                args += [f.since, f.since]
        if f.until:
            where.append("sort_date <= ?")
            args.append(f.until + "z")
        if f.asserted_by:
            if merged:
                sql, more = self._match("e.asserted_by", f.asserted_by, f.exact, "e.sort_date")
                sql = ("EXISTS (SELECT 1 FROM events e WHERE e.mkey = merged_events.mkey"
                       f" AND e.merged = merged_events.id AND {sql})")
            else:
                sql, more = self._match("asserted_by", f.asserted_by, f.exact)
            where.append(sql)
            args += more
        if f.place:
            where.append("json_extract(location, '$.name') LIKE ?")
            args.append(f"%{f.place}%")
        if f.happened:
            where.append("asserts > 0" if merged else _HAPPENED_SQL)
        return where, args

    def _select(self, table: str, f: EventFilter, order: str, columns: str = "*",
                actor: str | None = None) -> tuple[str, list[Any]]:
        """SQL for ``table`` rows matching ``f``; an actor filter becomes a UNION ALL of
        its source and target halves, so each half reads an index in date order."""
        where, args = self._conditions(f, table == "merged_events")
        actor = actor or f.actor
        if actor:
            src, src_args = self._match("source", actor, f.exact)
            tgt, tgt_args = self._match("target", actor, f.exact)
            rest = "".join(f" AND {w}" for w in where)
            sql = (f"SELECT {columns} FROM {table} WHERE {src}{rest} UNION ALL"
                   f" SELECT {columns} FROM {table} WHERE {tgt}"
                   f" AND (source IS NULL OR NOT {src}){rest}")
            args = [*src_args, *args, *tgt_args, *src_args, *args]
        else:
            sql = f"SELECT {columns} FROM {table}"
            if where:
                sql += " WHERE " + " AND ".join(where)
        if order:
            sql += f" ORDER BY {order}"
        if f.limit is not None or f.offset:
            sql += " LIMIT ? OFFSET ?"
            args += [-1 if f.limit is None else f.limit, f.offset]
        return sql, args

    def _event_rows(self, f: EventFilter | None = None) -> Iterator[sqlite3.Row]:
        sql, args = self._select("events", f or EventFilter(), _EVENT_ORDER)
        yield from self.conn.execute(sql, args)

    def events(self, f: EventFilter | None = None) -> Iterator[Event]:
        """Stored event mentions matching ``f``, by date (undated last), then reading order."""
        for row in self._event_rows(f):
            yield _event(row)

    def mentions_of(self, merged_id: str) -> list[Event]:
        """The event mentions a merged event is made of."""
        rows = self.conn.execute(
            "SELECT * FROM events WHERE mkey = (SELECT mkey FROM merged_events WHERE id = ?1)"
            f" AND merged = ?1 ORDER BY {_EVENT_ORDER}", (merged_id,)
        )
        return [_event(r) for r in rows]

    def _mentions_of_many(self, mkeys: dict[str, str]) -> dict[str, list[Event]]:
        """:meth:`mentions_of` for many merged events (id -> merge key) at once: a query per
        500 merge keys, not one per event (the contested view needs the mentions of hundreds)."""
        keys = sorted(set(mkeys.values()))
        out: dict[str, list[Event]] = {i: [] for i in mkeys}
        for chunk in _chunks(keys):
            for r in self.conn.execute(
                f"SELECT * FROM events WHERE mkey IN ({_marks(chunk)}) ORDER BY {_EVENT_ORDER}",
                list(chunk),
            ):
                if r["merged"] in out:
                    out[r["merged"]].append(_event(r))
        return out

    def export_rows(self, f: EventFilter | None = None) -> Iterator[tuple[Event, str, str | None]]:
        """(event, merged event id, publication date) for every event matching ``f``."""
        published: dict[tuple[str, int], str | None] = {}
        for row in self._event_rows(f):
            key = (row["doc"], row["post"])
            if key not in published:
                if len(published) > 100_000:
                    published.clear()
                found = self.conn.execute(
                    "SELECT coalesce(d.published, p.time) FROM documents d LEFT JOIN posts p"
                    " ON p.doc = d.id AND p.idx = ? WHERE d.id = ?", (row["post"], row["doc"])
                ).fetchone()
                published[key] = found[0] if found else None
            yield _event(row), row["merged"], published[key]

    # -- merged events ---------------------------------------------------------------------

    def merged_events(self, f: EventFilter | None = None) -> Iterator[MergedEvent]:
        """Merged events matching ``f`` (filters apply to their key and dates), by date."""
        sql, args = self._select("merged_events", f or EventFilter(), _MERGED_ORDER)
        for row in self.conn.execute(sql, args):
            yield _merged(row)

    def merged_event(self, merged_id: str) -> MergedEvent | None:
        row = self.conn.execute("SELECT * FROM merged_events WHERE id = ?", (merged_id,)).fetchone()
        return _merged(row) if row else None

    # -- claims ----------------------------------------------------------------------------

    def claims(self, f: EventFilter | None = None) -> Iterator[ClaimRecord]:
        """Claims about the event mentions matching ``f``, in the events' order; then,
        where ``f`` asks nothing of an event but who holds the claim, the claims without an
        event (``ClaimRecord.event`` ``None``), by document.

        ``asserted_by`` here is who makes the claim (asserts or denies).
        """
        f = f or EventFilter()
        inner, args = self._select(
            "events", replace(f, limit=None, offset=0, asserted_by=None), "")
        by = ""
        if f.asserted_by:
            by, more = self._match("c.asserted_by", f.asserted_by, f.exact, "e.sort_date")
            by = f" WHERE {by}"
            args += more
        sql = (
            "SELECT c.id AS c_id, c.asserted_by AS c_by, c.stance AS c_stance, c.doc AS c_doc,"
            " c.asserted_by_text AS c_by_text,"
            ' c.post AS c_post, c.start AS c_start, c."end" AS c_end, c.text AS c_text, e.*'
            f" FROM ({inner}) AS e JOIN claims c ON c.event = e.id{by}"
            " ORDER BY e.sort_date, e.doc, e.post, e.ev_start, e.id, c.stance, c.id"
        )
        counted = f"SELECT count(*) FROM ({inner}) AS e JOIN claims c ON c.event = e.id{by}"
        count_args = list(args)
        if f.limit is not None or f.offset:
            sql += " LIMIT ? OFFSET ?"
            args += [-1 if f.limit is None else f.limit, f.offset]
        n = 0
        for r in self.conn.execute(sql, args):
            claim = Claim(r["c_id"], r["id"], r["c_by"], r["c_stance"],
                          Evidence(r["c_doc"], r["c_post"], r["c_start"], r["c_end"], r["c_text"]),
                          r["c_by_text"])
            n += 1
            yield ClaimRecord(claim, _event(r))
        if not _eventless_ok(f) or (f.limit is not None and n >= f.limit):
            return
        skip = 0
        if f.offset and not n:  # the page starts past the claims on events
            skip = max(0, f.offset - self.conn.execute(counted, count_args).fetchone()[0])
        rest = None if f.limit is None else f.limit - n
        for claim in self._eventless(f, skip, rest):
            yield ClaimRecord(claim, None)

    def _eventless(self, f: EventFilter, skip: int = 0, limit: int | None = None
                   ) -> list[Claim]:
        """Claims without an event, by document and place in it; ``f.actor`` and
        ``f.asserted_by`` keep those whose holder is that actor (see :func:`_eventless_ok`)."""
        where, args = ["c.event IS NULL"], []
        for value in (f.actor, f.asserted_by):
            if value:
                cond, more = self._match("c.asserted_by", value, f.exact, None)
                where.append(cond)
                args += more
        sql = (f"SELECT * FROM claims c WHERE {' AND '.join(where)}"
               " ORDER BY c.doc, c.post, c.start, c.topic, c.stance, c.id LIMIT ? OFFSET ?")
        rows = self.conn.execute(sql, [*args, -1 if limit is None else limit, skip])
        return [_claim(r) for r in rows]

    def contested(self, f: EventFilter | None = None) -> list[Contest]:
        """Events that sources disagree about, both sides with their evidence.

        Within a merged event: ``stance`` (asserted and denied) and ``date``
        (incompatible dates from different documents), as stored at write time.
        Between merged events that agree on type, day-precision date (within
        the merge window) and all but one of source, target and place, where
        both are asserted, from different documents: ``source``, ``target``
        or ``place``. Actors and places must be known on both sides.
        """
        f = replace(f or EventFilter(), limit=None, offset=0)
        found: list[tuple[str, Contest]] = []
        sql, args = self._select("merged_events", f, "", "*")
        raw = self.conn.execute(f"SELECT * FROM ({sql}) WHERE contested IS NOT NULL",
                                args).fetchall()
        rows = [_merged(r) for r in raw]
        mentions = self._mentions_of_many({r["id"]: r["mkey"] for r in raw})
        denials = self._denials([e.id for m in rows if "stance" in m.contested
                                 for e in mentions[m.id]])
        for merged in rows:
            for kind in merged.contested:
                contest = self._intra(kind, merged, mentions[merged.id], denials)
                if contest is not None:
                    found.append((merged.date or UNDATED, contest))
        found += self._between(f)
        if _eventless_ok(f):  # a proposition with no event, asserted and denied in one text
            found += [(UNDATED, c) for c in self._proposition_contests(f)]
        if f.type is None or f.type in RELATION_TYPES:  # relations one source states, one denies
            from .relations import relation_contests

            found += [(c.date or UNDATED, c) for c in relation_contests(self, f.actor)
                      if f.type is None or c.type == f.type]
        found.sort(key=lambda dc: (dc[0], dc[1].merged, dc[1].kind))
        return [c for _, c in found]

    def _proposition_contests(self, f: EventFilter) -> list[Contest]:
        """Contests over a proposition with no event: the claims of one topic where one
        party asserts it and another denies or disputes it. A denial alone (nobody in the
        text asserts what it denies) is a claim, not a contest. ``f.actor`` keeps the
        contests one of whose sides it holds."""
        topics: dict[tuple[str, str], list[Claim]] = {}
        for r in self.conn.execute(
            "SELECT * FROM claims WHERE event IS NULL AND topic IS NOT NULL"
            " ORDER BY doc, topic, post, start, id"
        ):
            c = _claim(r)
            topics.setdefault((c.evidence.doc, c.topic or ""), []).append(c)
        scope: set[str] | None = None
        if f.actor:
            always, bounded = self.actor_scope(f.actor, f.exact)
            scope = always | set(bounded)
        out = []
        for (_doc, topic), claims in topics.items():
            sides: dict[str, list[ContestItem]] = {}
            for c in claims:
                by_text = c.asserted_by_text
                if c.asserted_by is None and by_text is None:
                    by_text = self._author(c.evidence.doc, c.evidence.post)  # the author's
                sides.setdefault(c.stance, []).append(ContestItem(
                    None, topic, c.stance, c.asserted_by, by_text, None, None, None, None,
                    c.evidence, c.proposition))
            if "asserts" not in sides or not ({"denies", "disputes"} & sides.keys()):
                continue
            if scope is not None and not any(c.asserted_by in scope for c in claims):
                continue
            words = next((c.proposition for c in claims if c.stance == "asserts"
                          and c.proposition), claims[0].proposition)
            out.append(Contest(
                "proposition", "CLAIM", (topic,), None, None, None, None,
                tuple(ContestSide(p, tuple(sides[p])) for p in ("asserts", "denies", "disputes")
                      if p in sides), words))
        return out

    def _denials(self, event_ids: Sequence[str]) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = {}
        for chunk in _chunks(event_ids):
            for r in self.conn.execute(
                f"SELECT * FROM claims WHERE stance IN ('denies', 'disputes')"
                f" AND event IN ({_marks(chunk)})"
                " ORDER BY id", list(chunk)
            ):
                out.setdefault(r["event"], []).append(_claim(r))
        return out

    def _item(self, e: Event, merged: str, stance_: str, claim: Claim | None = None) -> ContestItem:
        by, by_text = ((claim.asserted_by, claim.asserted_by_text) if claim
                       else (e.asserted_by, e.asserted_by_text))
        if claim is not None and by is None and by_text is None and claim.stance == "disputes":
            by_text = self._author(claim.evidence.doc, claim.evidence.post)  # the author's
        return ContestItem(
            e.id, merged, stance_, by, by_text, e.date, e.source, e.target,
            e.location.name if e.location else None, claim.evidence if claim else e.evidence,
        )

    def _author(self, doc: str, post: int) -> str | None:
        """Who wrote post ``post`` of ``doc``: the post's author, else the document's."""
        row = self.conn.execute(
            "SELECT coalesce(p.author, d.author) FROM documents d LEFT JOIN posts p"
            " ON p.doc = d.id AND p.idx = ? WHERE d.id = ?", (post, doc)).fetchone()
        return row[0] if row else None

    def _intra(self, kind: str, merged: MergedEvent, mentions: list[Event],
               denials: dict[str, list[Claim]]) -> Contest | None:
        sides: dict[str, list[ContestItem]] = {}
        if kind == "stance":
            for e in mentions:
                s = stance(e.modality, e.negated)
                deniers = denials.get(e.id, [])
                if s == "asserts":
                    sides.setdefault("asserts", []).append(self._item(e, merged.id, s))
                    for claim in deniers:  # denials, and counter-claims in the same text
                        sides.setdefault(claim.stance, []).append(
                            self._item(e, merged.id, claim.stance, claim))
                elif s == "denies":
                    items = [self._item(e, merged.id, s, cl) for cl in deniers] or [
                        self._item(e, merged.id, s)]
                    sides.setdefault("denies", []).extend(items)
            order = ["asserts", "denies", "disputes"]
        elif kind == "date":
            for e in mentions:
                if e.date and e.date_basis in TEXT_BASES:
                    position = e.date + (f"..{e.end_date}" if e.end_date else "")
                    sides.setdefault(position, []).append(self._item(e, merged.id, "asserts"))
            order = sorted(sides)
        else:
            return None
        if len(sides) < 2:
            return None
        return Contest(
            kind, merged.type, (merged.id,), merged.source, merged.target,
            merged.location.name if merged.location else None, merged.date,
            tuple(ContestSide(p, tuple(sides[p])) for p in order if p in sides),
        )

    def _between(self, f: EventFilter) -> list[tuple[str, Contest]]:
        """Contests between merged events (source, target, place); see :meth:`contested`."""
        inner, args = self._select("merged_events", f, "", "*")

        def usable(x: str) -> str:
            return (f"{x}.modality = 'factual' AND {x}.asserts > 0 AND length({x}.sort_date) = 10"
                    f" AND {x}.source IS NOT NULL AND {x}.target IS NOT NULL"
                    f" AND {x}.place IS NOT NULL")

        days = int(self.window)
        # The unary + keeps SQLite off the type index: an actor's index over a few days
        # finds the candidates faster.
        same = {
            "source": "b.target = a.target AND b.place = a.place AND b.source != a.source",
            "target": "b.source = a.source AND b.place = a.place AND b.target != a.target",
            "place": "b.source = a.source AND b.target = a.target AND b.place != a.place",
        }
        pairs: dict[tuple[str, str, str], None] = {}
        for kind, cond in same.items():
            sql = (
                f"SELECT a.id, b.id FROM ({inner}) AS a JOIN merged_events b"
                f" ON +b.type = a.type AND b.sort_date BETWEEN date(a.sort_date, '-{days} days')"
                f" AND date(a.sort_date, '+{days} days') AND {cond}"
                f" WHERE {usable('a')} AND {usable('b')}"
            )
            for a, b in self.conn.execute(sql, args):
                pairs[(kind, *sorted((a, b)))] = None  # type: ignore[index]
        out: list[tuple[str, Contest]] = []
        ids = sorted({x for _kind, a_id, b_id in pairs for x in (a_id, b_id)})
        merged: dict[str, MergedEvent] = {}
        mkeys: dict[str, str] = {}
        for chunk in _chunks(ids):
            for r in self.conn.execute(
                f"SELECT * FROM merged_events WHERE id IN ({_marks(chunk)})", list(chunk)
            ):
                merged[r["id"]], mkeys[r["id"]] = _merged(r), r["mkey"]
        mentions_of = self._mentions_of_many(mkeys)
        for kind, a_id, b_id in pairs:
            a, b = merged.get(a_id), merged.get(b_id)
            if a is None or b is None:  # remerged by a writer since (outside a snapshot)
                continue
            sides = []
            docs = []
            for m in (a, b):
                mentions = [e for e in mentions_of[m.id]
                            if stance(e.modality, e.negated) == "asserts"]
                docs.append({e.evidence.doc for e in mentions})
                position = {"source": m.source, "target": m.target,
                            "place": m.location.name if m.location else None}[kind]
                sides.append(ContestSide(str(position),
                                         tuple(self._item(e, m.id, "asserts") for e in mentions)))
            if docs[0] | docs[1] == docs[0] & docs[1] and len(docs[0]) == 1:
                continue  # one document against itself is not a disagreement between sources
            if sides[0].position == sides[1].position:
                continue  # two spellings of one place
            out.append((a.date or UNDATED, Contest(
                kind, a.type, (a.id, b.id), None if kind == "source" else a.source,
                None if kind == "target" else a.target,
                None if kind == "place" else (a.location.name if a.location else None),
                a.date, tuple(sides),
            )))
        return out

    # -- actor views -----------------------------------------------------------------------

    def timeline(self, actor: str, f: EventFilter | None = None) -> Iterator[TimelineEntry]:
        """The merged events ``actor`` (id, name, alias or ``ID*``) takes part in, by date."""
        f = replace(f or EventFilter(), actor=None)
        sql, args = self._select("merged_events", f, _MERGED_ORDER, actor=actor)
        always, bounded = self.actor_scope(actor, f.exact)

        def mine(actor_id: str | None) -> bool:
            return actor_id is not None and (actor_id in always or actor_id in bounded)

        for row in self.conn.execute(sql, args):
            m = _merged(row)
            role = "source" if mine(m.source) else "target"
            me, other = (m.source, m.target) if role == "source" else (m.target, m.source)
            yield TimelineEntry(
                m.date, m.date_max if m.date_max != m.date else None, m.type, m.mode, role,
                me or actor, other, m.location.name if m.location else None, m.mentions,
                m.documents, m.modality, m.asserts, m.denies, m.contested, m.id,
            )

    def timeline_counts(self, actor: str, by: str = "month",
                        f: EventFilter | None = None) -> list[PeriodCount]:
        """Merged events of ``actor`` per period (``year``, ``month`` or ``day``) and type.

        An event dated less precisely than ``by`` counts under its own period
        (a year-only event under ``2004`` in a monthly count).
        """
        width = {"year": 4, "month": 7, "day": 10}.get(by)
        if width is None:
            raise StoreError(f"timeline: by must be year, month or day, not {by!r}")
        f = replace(f or EventFilter(), actor=None, limit=None, offset=0)
        sql, args = self._select("merged_events", f, "", _ACTOR_COVER, actor=actor)
        rows = self.conn.execute(
            f"SELECT substr(sort_date, 1, {width}) AS period, type, count(*), sum(mentions)"
            f" FROM ({sql}) WHERE sort_date != '{UNDATED}' GROUP BY period, type"
            " ORDER BY period, type",
            args,
        )
        return [PeriodCount(*r) for r in rows]

    def edges(self, f: EventFilter | None = None,
              among: Iterable[str] | None = None) -> list[Edge]:
        """Actor-to-actor edges: merged events that happened, per source, target and type.

        ``among`` keeps edges whose both ends are in it.
        """
        f = replace(f or EventFilter(), happened=True, limit=None, offset=0)
        # first and last are the merged events' own dates (min and max of sort_date, undated
        # ones left out), so that for one actor the merged_source/target indexes cover it all.
        columns = (f"source, target, type, min(quad), count(*), sum(mentions), min(sort_date),"
                   f" max(nullif(sort_date, '{UNDATED}'))")
        where = "source IS NOT NULL AND target IS NOT NULL"
        rows: list[tuple[Any, ...]] = []
        if among is None:
            sql, args = self._select("merged_events", f, "", _ACTOR_COVER)
            sql = f"SELECT {columns} FROM ({sql}) WHERE {where} GROUP BY source, target, type"
            rows = self.conn.execute(sql, args).fetchall()
        else:
            nodes = sorted(set(among))
            conds, args = self._conditions(f, merged=True)
            rest = "".join(f" AND {c}" for c in conds)
            keep = set(nodes)
            for chunk in chunks(nodes, 5000):
                sql = (f"SELECT {columns} FROM merged_events WHERE source IN"
                       f" ({marks(chunk)}) AND {where}{rest}"
                       " GROUP BY source, target, type")
                rows += [r for r in self.conn.execute(sql, [*chunk, *args]) if r[1] in keep]
        edges = [Edge(r[0], r[1], r[2], r[3], r[4], r[5], None if r[6] == UNDATED else r[6],
                      r[7]) for r in rows]
        edges.sort(key=lambda e: (e.source, e.target, e.type))
        return edges

    def neighbours(self, actors: Iterable[str], f: EventFilter | None = None) -> Counter[str]:
        """Actors linked to any of ``actors`` by merged events that happened, with how many."""
        f = replace(f or EventFilter(), happened=True, limit=None, offset=0)
        conds, args = self._conditions(f, merged=True)
        rest = "".join(f" AND {c}" for c in conds)
        found: Counter[str] = Counter()
        nodes = sorted(set(actors))
        for chunk in chunks(nodes, 5000):
            for column, other in (("source", "target"), ("target", "source")):
                sql = (f"SELECT {other}, count(*) FROM merged_events"
                       f" WHERE {column} IN ({marks(chunk)})"
                       f" AND {other} IS NOT NULL{rest} GROUP BY {other}")
                found.update(dict(self.conn.execute(sql, [*chunk, *args]).fetchall()))
        return found

    def ego_network(self, f: EventFilter | None = None, depth: int = 1,
                    max_nodes: int = MAX_NODES, max_edges: int = MAX_EDGES,
                    roll_up: str | None = None) -> dict[str, Any]:
        """Actors and the merged events that happened between them, aggregated per (source,
        target, type), capped at ``max_nodes`` actors and ``max_edges`` edges: what
        ``actorgraph network``, :meth:`network` and the web app's ``/api/graph`` all show.

        Without ``f.actor``: the actors with the most events. With it: the actor(s) it
        names and those within ``depth`` events, each step keeping the ones with the most
        events. Returns ``{"nodes": [...], "edges": [...], "truncated": bool}``: nodes
        with ``id``, ``name``, ``kind``, ``country``, ``provisional``, ``events`` and
        ``centre``, by id; edges as :class:`Edge` fields with an ``id``.

        ``roll_up`` (``country`` or ``parent``) then merges each actor into its country
        or its parent organisation (see :meth:`roll_up_of`), adding up their edges.
        """
        if roll_up not in (None, "country", "parent"):
            raise StoreError(f"roll_up: {roll_up!r} is not country or parent")
        f = replace(f or EventFilter(), happened=True, limit=None, offset=0)
        truncated = False
        centre: set[str] = set()
        if f.actor:
            sql, args = self._match("id", f.actor, f.exact, None)
            centre = {r[0] for r in self.conn.execute(
                f"SELECT id FROM actors WHERE {sql} ORDER BY id LIMIT ?", [*args, max_nodes + 1])}
            if len(centre) > max_nodes:
                truncated = True
                centre = set(sorted(centre)[:max_nodes])
            nodes, frontier = set(centre), set(centre)
            rest = replace(f, actor=None)
            for _ in range(depth):
                found = self.neighbours(frontier, rest)
                ranked = sorted((a for a in found if a not in nodes), key=lambda a: (-found[a], a))
                room = max_nodes - len(nodes)
                if len(ranked) > room:
                    truncated = True
                frontier = set(ranked[:room])
                if not frontier:
                    break
                nodes |= frontier
            edges = self.edges(rest, among=nodes) if nodes else []
        else:
            inner, args = self._select("merged_events", f, "", "source, target")
            rows = self.conn.execute(
                f"SELECT actor, count(*) AS n FROM (SELECT source AS actor FROM ({inner})"
                " WHERE source IS NOT NULL AND target IS NOT NULL UNION ALL"
                f" SELECT target FROM ({inner}) WHERE source IS NOT NULL AND target IS NOT NULL)"
                " GROUP BY actor ORDER BY n DESC, actor LIMIT ?",
                [*args, *args, max_nodes + 1],
            ).fetchall()
            truncated = len(rows) > max_nodes
            nodes = {r[0] for r in rows[:max_nodes]}
            edges = self.edges(f, among=nodes) if nodes else []
        edges = [e for e in edges if e.source in nodes and e.target in nodes]
        if len(edges) > max_edges:
            truncated = True
            edges = sorted(edges, key=lambda e: (-e.events, e.source, e.target, e.type))
            edges = sorted(edges[:max_edges], key=lambda e: (e.source, e.target, e.type))
        if roll_up:
            up = {n: self.roll_up_of(n, roll_up) for n in nodes}
            centre = {up[n] for n in centre}
            nodes = set(up.values())
            edges = _roll_edges(edges, up)
        weight: Counter[str] = Counter()
        for e in edges:
            weight[e.source] += e.events
            if e.target != e.source:
                weight[e.target] += e.events
        keep = {n for n in nodes if weight[n] or n in centre}
        out_nodes = []
        for node in sorted(keep):
            a = self.actor(node)
            out_nodes.append({
                "id": node, "name": a.name if a else node, "kind": a.kind if a else "unknown",
                "country": a.country if a else None, "provisional": bool(a and a.provisional),
                "events": weight[node], "centre": node in centre,
            })
        return {
            "nodes": out_nodes,
            "edges": [{"id": f"{e.source}\x1f{e.target}\x1f{e.type}", **e.to_dict()}
                      for e in edges],
            "truncated": truncated,
        }

    def roll_up_of(self, actor_id: str, level: str) -> str:
        """The actor ``actor_id`` rolls up to: its ``country`` (an ISO code, itself an actor
        id; else the state its id starts with), or its ``parent``: its first open-ended
        affiliation (else its first one), else its id less the last dotted part where that
        is an actor or its country (``ISR.MIL.IDF`` -> ``ISR.MIL`` -> ``ISR``), but for a
        person (``PER.X`` is no body of Peru, ``PER``). Itself when there is none."""
        a = self.actor(actor_id)
        person = a is not None and a.kind == "person"
        if level == "country":
            if a and a.country:
                return a.country
            if person:
                return actor_id
            head = self.actor(actor_id.partition(".")[0])  # IRN of IRN.MIL.QUDS
            return head.id if head and head.country == head.id else actor_id
        links = [af for af in (a.affiliations if a else ()) if af.actor != actor_id]
        if links:
            return next((af.actor for af in links if not af.end), links[0].actor)
        up = actor_id.rpartition(".")[0]
        if up and not person and (up == (a.country if a else None) or self.actor(up) is not None):
            return up
        return actor_id

    def network(self, actor: str, depth: int = 1, f: EventFilter | None = None,
                max_nodes: int = MAX_NODES, max_edges: int = MAX_EDGES) -> nx.MultiDiGraph:
        """The ego network of ``actor`` (see :meth:`ego_network`) as a networkx graph.

        A ``networkx.MultiDiGraph`` with one edge per (source, target, type),
        keyed by type, carrying ``weight`` (merged events that happened),
        ``mentions``, ``first``, ``last``; nodes carry the actors' ``label``,
        ``kind``, ``country``.
        """
        _need("networkx")
        found = self.ego_network(replace(f or EventFilter(), actor=actor), depth, max_nodes,
                                 max_edges)
        edges = [Edge(**{k: v for k, v in e.items() if k != "id"}) for e in found["edges"]]
        return graph_from_edges(edges, self.actor, [n["id"] for n in found["nodes"]])

    # -- search ----------------------------------------------------------------------------

    def search(self, text: str, limit: int = 20, raw: bool = False) -> list[SearchHit]:
        """Actors whose id, name or alias contains ``text``, then posts matching it (FTS5).

        Words are ANDed, ``"quoted phrases"`` kept, ``word*`` is a prefix;
        ``raw`` passes ``text`` to FTS5 unchanged (``NEAR``, ``OR``, ...).
        """
        hits: list[SearchHit] = []
        like = f"%{text.strip()}%"
        for r in self.conn.execute(
            "SELECT * FROM actors WHERE id LIKE ? OR name LIKE ? OR aliases LIKE ?"
            " ORDER BY name = ? COLLATE NOCASE DESC, provisional, id LIMIT ?",
            (like, like, like, text.strip(), limit),
        ):
            a = _actor(r)
            hits.append(SearchHit("actor", a.id, a.name, ", ".join(a.aliases[:5])))
        query = bounded_query(text, raw)  # see .search: bounded terms, own snippets
        if not query:
            return hits
        try:
            rows = self.conn.execute(
                "SELECT p.doc, p.idx, d.title, p.text,"
                " bm25(posts_fts) FROM posts_fts JOIN posts p ON p.id = posts_fts.rowid"
                " JOIN documents d ON d.id = p.doc WHERE posts_fts MATCH ?"
                " ORDER BY rank, p.doc, p.idx LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                raise  # the time budget's (see .search.time_budget)
            raise StoreError(
                f"search: {exc} in {query!r}; leave out --raw to search for plain words"
            ) from None
        hits += [SearchHit("post", f"{doc}#{idx}", title, make_snippet(text, query, _SNIPPET),
                           doc, idx, round(-score, 3))
                 for doc, idx, title, text, score in rows]
        return hits


class OutdatedStore(StoreError):
    """A store of an older schema: ``Store`` migrates it, ``ReadOnlyStore`` will not."""


class ReadOnlyStore(Queries):
    """A store opened read-only, for readers that must never write (the web app).

    It refuses a missing file, a file that is no actorgraph store, and a store of another
    schema version (a newer actorgraph, or an older one that ``Store`` would migrate).

    >>> ReadOnlyStore("missing.db")  # doctest: +SKIP
    Traceback (most recent call last):
    StoreError: missing.db: no such store; create it with `actorgraph ingest FILES --db missing.db`
    """

    def __init__(self, path: str | Path) -> None:
        from urllib.parse import quote

        from .schema import MIGRATIONS

        self.path = str(path)
        file = Path(self.path)
        if not file.is_file():
            raise StoreError(
                f"{self.path}: no such store; create it with "
                f"`actorgraph ingest FILES --db {self.path}`"
            )
        uri = "file:" + quote(str(file.resolve()), safe="/") + "?mode=ro"
        try:
            self.conn = sqlite3.connect(uri, uri=True, timeout=10, isolation_level=None,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA query_only = ON")
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store read-only ({exc})") from None
        if version == 0:
            self.conn.close()
            raise StoreError(f"{self.path}: not an actorgraph store (no schema); "
                             f"create one with `actorgraph ingest FILES --db {self.path}`")
        if version > len(MIGRATIONS):
            self.conn.close()
            raise StoreError(f"{self.path}: made by a newer actorgraph (schema {version});"
                             " upgrade actorgraph")
        if version < len(MIGRATIONS):
            self.conn.close()
            raise OutdatedStore(f"{self.path}: made by an older actorgraph (schema {version});"
                             " upgrade it once with"
                             f" `actorgraph events --db {self.path} --limit 1`")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> ReadOnlyStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def snapshot(self) -> Iterator[ReadOnlyStore]:
        """One read transaction: every query inside sees the same committed state."""
        self.conn.execute("BEGIN")
        try:
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")


def _roll_edges(edges: Iterable[Edge], up: dict[str, str]) -> list[Edge]:
    """``edges`` with their ends replaced by ``up``, those that then coincide added up."""
    rolled: dict[tuple[str, str, str], Edge] = {}
    for e in edges:
        key = (up.get(e.source, e.source), up.get(e.target, e.target), e.type)
        old = rolled.get(key)
        if old is None:
            rolled[key] = replace(e, source=key[0], target=key[1])
            continue
        firsts = [d for d in (old.first, e.first) if d]
        lasts = [d for d in (old.last, e.last) if d]
        rolled[key] = replace(
            old, events=old.events + e.events, mentions=old.mentions + e.mentions,
            first=min(firsts) if firsts else None, last=max(lasts) if lasts else None)
    return sorted(rolled.values(), key=lambda e: (e.source, e.target, e.type))


def graph_from_edges(edges: Iterable[Edge], lookup: Any,
                     nodes: Iterable[str] = ()) -> nx.MultiDiGraph:
    """A MultiDiGraph of actors (nodes) and aggregated edges, one per (source, target, type)."""
    nx = _need("networkx")
    graph = nx.MultiDiGraph()

    def add(actor_id: str) -> None:
        if actor_id in graph:
            return
        a = lookup(actor_id)
        graph.add_node(actor_id, label=a.name if a else actor_id, kind=a.kind if a else "",
                       country=(a.country or "") if a else "",
                       provisional=bool(a and a.provisional))

    for node in sorted(nodes):
        add(node)
    for e in edges:
        add(e.source)
        add(e.target)
        graph.add_edge(e.source, e.target, key=e.type, type=e.type, quad=e.quad or 0,
                       weight=e.events, mentions=e.mentions, first=e.first or "",
                       last=e.last or "")
    return graph


def _event(r: sqlite3.Row) -> Event:
    event: Event = codec.EVENT.from_row(r)
    return event


def _merged(r: sqlite3.Row) -> MergedEvent:
    return MergedEvent(
        id=r["id"], type=r["type"], mode=r["mode"], quad=r["quad"], source=r["source"],
        target=r["target"],
        location=Location(**json.loads(r["location"])) if r["location"] else None,
        modality=r["modality"], date=r["date"], date_min=r["date_min"], date_max=r["date_max"],
        mentions=r["mentions"], documents=r["documents"], sources=r["sources"],
        asserts=r["asserts"], denies=r["denies"],
        contested=tuple(r["contested"].split(",")) if r["contested"] else (),
    )


def _claim(r: sqlite3.Row) -> Claim:
    return Claim(r["id"], r["event"], r["asserted_by"], r["stance"],
                 Evidence(r["doc"], r["post"], r["start"], r["end"], r["text"]),
                 r["asserted_by_text"], r["topic"], r["proposition"], r["p_start"], r["p_end"])


def _eventless_ok(f: EventFilter) -> bool:
    """Whether claims without an event can answer ``f``: it asks nothing of an event (its
    type, source, target, dates, place, mode, modality), at most who holds the claim
    (``actor``, ``asserted_by``)."""
    return not (f.type or f.source or f.target or f.since or f.until or f.place or f.mode
                or f.modality or f.happened)


def _actor(r: sqlite3.Row) -> Actor:
    return Actor(
        id=r["id"], name=r["name"], kind=r["kind"], country=r["country"], sector=r["sector"],
        wikidata=r["wikidata"], provisional=bool(r["provisional"]),
        aliases=tuple(json.loads(r["aliases"])),
        affiliations=tuple(Affiliation(**a) for a in json.loads(r["affiliations"])),
    )

