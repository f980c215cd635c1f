"""The web app's read-only view of a store, and the queries only the web app needs.

:class:`WebStore` is a :class:`~actorgraph.store.query.ReadOnlyStore`: it
opens the SQLite file with a ``file:...?mode=ro`` URI and ``PRAGMA
query_only``, so nothing the server runs can write to it, and it reads each
request inside one read transaction, so a page sees whole documents even
while ``actorgraph ingest`` writes to the same file (WAL).

It has every query the CLI uses (:class:`~actorgraph.store.query.Queries`,
with the same filters; the network is the same ``ego_network``) and adds
the aggregates only the pages need, each
capped so that a large store never sends the browser more than a few
thousand elements. Every statement is parameterised; the only SQL text
built from values is the number of ``?`` placeholders.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .. import codec
from ..coding.lexicon import load_lexicon
from ..export import event_to_json
from ..models import Actor, Event
from ..store.merge import UNDATED
from ..store.query import EventFilter, ReadOnlyStore
from ..store.query import chunks as _chunks
from ..store.query import marks as _marks

__all__ = ["POST_WINDOW", "WebStore", "date_span", "post_context"]

#: Posts longer than this many characters are cut to a window around the evidence.
POST_WINDOW = 4000



def _like(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere, its wildcards taken literally."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


class WebStore(ReadOnlyStore):
    """The store as the web app reads it: read-only (:class:`ReadOnlyStore`), with the
    queries only its pages need.

    >>> store = WebStore("missing.db")  # doctest: +SKIP
    Traceback (most recent call last):
    StoreError: missing.db: no such store; create it with `actorgraph ingest FILES --db missing.db`
    """

    # -- names -----------------------------------------------------------------------------

    def namer(self) -> Any:
        """A cached id -> Actor lookup for one request."""
        return lru_cache(maxsize=4096)(self.actor)

    def names(self, ids: Iterable[str | None]) -> dict[str, str]:
        """Display names of ``ids`` (the id itself when the store does not know it)."""
        wanted = sorted({i for i in ids if i})
        found: dict[str, str] = {}
        for chunk in _chunks(wanted):
            found.update(self.conn.execute(
                f"SELECT id, name FROM actors WHERE id IN ({_marks(chunk)})", list(chunk)
            ).fetchall())
        return {i: found.get(i, i) for i in wanted}

    # -- overview --------------------------------------------------------------------------

    def meta(self) -> dict[str, Any]:
        """Counts, event types and actor kinds present, and the date range, for the pages."""
        c = self.conn
        counts = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "posts", "actors", "events", "merged_events", "claims")}
        types = [{"type": t, "quad": q, "events": n} for t, q, n in c.execute(
            "SELECT type, min(quad), count(*) FROM merged_events GROUP BY type ORDER BY type")]
        kinds = [{"kind": k, "actors": n} for k, n in c.execute(
            "SELECT kind, count(*) FROM actors GROUP BY kind ORDER BY kind")]
        first = c.execute("SELECT min(sort_date) FROM events WHERE sort_date < ?",
                          (UNDATED,)).fetchone()[0]
        last = c.execute("SELECT max(sort_date) FROM events WHERE sort_date < ?",
                         (UNDATED,)).fetchone()[0]
        return {"counts": counts, "types": types, "kinds": kinds,
                "dates": {"first": first, "last": last},
                "quads": {str(k): v for k, v in load_lexicon().quads.items()}}

    # -- actors ----------------------------------------------------------------------------

    def actor_page(self, query: str | None, kind: str | None, limit: int,
                   offset: int) -> list[tuple[Actor, dict[str, int]]]:
        """Actors whose id, name or alias contains ``query``, by name, with event counts."""
        where, args = [], []
        if query:
            where.append("(id LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'"
                         " OR aliases LIKE ? ESCAPE '\\')")
            args += [_like(query)] * 3
        if kind:
            where.append("kind = ?")
            args.append(kind)
        sql = "SELECT id FROM actors"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?"
        ids = [r[0] for r in self.conn.execute(sql, [*args, limit, offset])]
        counts = self.event_counts(ids)
        out = []
        for actor_id in ids:
            actor = self.actor(actor_id)
            if actor is not None:
                out.append((actor, counts[actor_id]))
        return out

    def event_counts(self, ids: Sequence[str]) -> dict[str, dict[str, int]]:
        """Event mentions with each actor as source, as target, and asserted by it."""
        out = {i: {"as_source": 0, "as_target": 0, "asserted": 0} for i in ids}
        for chunk in _chunks(list(ids)):
            for column, key in (("source", "as_source"), ("target", "as_target"),
                                ("asserted_by", "asserted")):
                for actor_id, n in self.conn.execute(
                    f"SELECT {column}, count(*) FROM events WHERE {column} IN ({_marks(chunk)})"
                    f" GROUP BY {column}", list(chunk)
                ):
                    out[actor_id][key] = n
        return out

    def actor_card(self, actor_id: str, f: EventFilter | None = None) -> dict[str, Any] | None:
        """What the actor card shows: the actor, its parents and members, counts, types,
        dates, and the actors it has the most events with."""
        actor = self.actor(actor_id)
        if actor is None:
            return None
        c = self.conn
        counts = self.event_counts([actor_id])[actor_id]
        counts["merged"] = c.execute(
            "SELECT (SELECT count(*) FROM merged_events WHERE source = ?)"
            " + (SELECT count(*) FROM merged_events WHERE target = ? AND source IS NOT ?)",
            (actor_id, actor_id, actor_id)).fetchone()[0]
        counts["claims"] = c.execute("SELECT count(*) FROM claims WHERE asserted_by = ?",
                                     (actor_id,)).fetchone()[0]
        counts["mentions"], counts["documents"] = c.execute(
            "SELECT count(*), count(DISTINCT doc) FROM mentions WHERE actor = ?", (actor_id,)
        ).fetchone()
        first, last = c.execute(
            "SELECT min(sort_date), max(coalesce(end_date, date)) FROM ("
            "SELECT sort_date, date, end_date FROM events WHERE source = ? AND sort_date < ?"
            " UNION ALL SELECT sort_date, date, end_date FROM events WHERE target = ?"
            " AND sort_date < ?)", (actor_id, UNDATED, actor_id, UNDATED)).fetchone()
        types: dict[str, dict[str, Any]] = {}
        for column in ("source", "target"):
            for t, q, n in c.execute(
                f"SELECT type, min(quad), count(*) FROM events WHERE {column} = ? GROUP BY type",
                (actor_id,),
            ):
                row = types.setdefault(t, {"type": t, "quad": q, "as_source": 0, "as_target": 0})
                row[f"as_{column}"] = n
        ranked = sorted(types.values(), key=lambda r: (-(r["as_source"] + r["as_target"]),
                                                       r["type"]))
        near = self.neighbours([actor_id], f)
        near.pop(actor_id, None)
        top = sorted(near, key=lambda a: (-near[a], a))[:12]
        parents = [a.actor for a in actor.affiliations]
        members = [r[0] for r in c.execute(
            "SELECT DISTINCT a.id FROM actors a, json_each(a.affiliations) j"
            " WHERE json_extract(j.value, '$.actor') = ? ORDER BY a.id LIMIT 50", (actor_id,))]
        names = self.names([*top, *parents, *members])
        return {
            "actor": actor.to_dict(),
            "counts": counts,
            "dates": {"first": first, "last": last},
            "types": ranked,
            "parents": [{**a.to_dict(), "name": names.get(a.actor, a.actor)}
                        for a in actor.affiliations],
            "members": [{"id": m, "name": names[m]} for m in members],
            "counterparts": [{"id": a, "name": names[a], "events": near[a]} for a in top],
        }

    # -- the network -----------------------------------------------------------------------

    # -- event mentions with their posts ---------------------------------------------------

    def posts(self, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], sqlite3.Row]:
        """Posts (with their document's title, url and author) by (document id, post index)."""
        wanted = sorted(set(keys))
        found: dict[tuple[str, int], sqlite3.Row] = {}
        for chunk in _chunks(wanted, 400):
            pairs = ",".join("(?, ?)" for _ in chunk)
            flat = [v for pair in chunk for v in pair]
            for r in self.conn.execute(
                "SELECT p.doc, p.idx, p.text, p.author, p.time, p.url, d.title AS doc_title,"
                " d.url AS doc_url, d.author AS doc_author, d.published, d.format, d.source"
                f" FROM posts p JOIN documents d ON d.id = p.doc WHERE (p.doc, p.idx) IN"
                f" (VALUES {pairs})", flat
            ):
                found[(r["doc"], r["idx"])] = r
        return found

    def event_records(self, events: Sequence[Event], context: bool = False,
                      merged: dict[str, str] | None = None) -> list[dict[str, Any]]:
        """``event_to_json`` records, with their merged event and, with ``context``, their
        post (the text around the evidence, the document, author, time and link)."""
        lookup = self.namer()
        posts = self.posts((e.evidence.doc, e.evidence.post) for e in events) if context else {}
        out = []
        for e in events:
            record = event_to_json(e, lookup)
            if merged is not None:
                record["merged"] = merged.get(e.id)
            if context:
                row = posts.get((e.evidence.doc, e.evidence.post))
                record["post"] = post_context(row, e.evidence.start, e.evidence.end,
                                              e.evidence.text)
            out.append(record)
        return out

    def event_page(self, f: EventFilter, context: bool) -> list[dict[str, Any]]:
        """Event mentions matching ``f`` (paged by ``f.limit``/``f.offset``) as records."""
        events: list[Event] = []
        merged: dict[str, str] = {}
        published: dict[str, str | None] = {}
        for event, merged_id, date in self.export_rows(f):
            events.append(event)
            merged[event.id] = merged_id
            published[event.id] = date
        records = self.event_records(events, context, merged)
        for record in records:
            record["published"] = published[record["id"]]
        return records

    def merged_page(self, f: EventFilter, mentions: int, context: bool) -> list[dict[str, Any]]:
        """Merged events matching ``f``, each with up to ``mentions`` of its mentions."""
        out = []
        found = list(self.merged_events(f))
        names = self.names(x for m in found for x in (m.source, m.target))
        for m in found:
            record = m.to_dict()
            record["source_name"] = names.get(m.source or "")
            record["target_name"] = names.get(m.target or "")
            mine = self.mentions_of(m.id)
            # `denies` counts both: the text says it did not happen, or reports a denial
            record["negated"] = sum(e.negated for e in mine)
            record["denied"] = sum(e.modality == "denied" and not e.negated for e in mine)
            record["mentions_shown"] = min(len(mine), mentions)
            record["mentions_list"] = self.event_records(mine[:mentions], context)
            out.append(record)
        return out

    def post(self, doc: str, idx: int) -> dict[str, Any] | None:
        """One post, its document, and the event mentions coded from it."""
        row = self.posts([(doc, idx)]).get((doc, idx))
        if row is None:
            return None
        rows = self.conn.execute(
            "SELECT * FROM events WHERE doc = ? AND post = ? ORDER BY ev_start, id LIMIT 1000",
            (doc, idx)).fetchall()
        events: list[Event] = [codec.EVENT.from_row(r) for r in rows]
        return {
            "post": post_context(row, 0, 0, ""),
            "events": self.event_records(events, True, {r["id"]: r["merged"] for r in rows}),
        }

    # -- timeline --------------------------------------------------------------------------

    def timeline_items(self, f: EventFilter) -> tuple[list[dict[str, Any]], bool]:
        """Dated event mentions matching ``f`` as timeline items with their real span.

        Returns (items, whether more dated events follow). Undated events
        sort last, so the page stops at the first one.
        """
        limit = f.limit or 500
        events: list[Event] = []
        more = False
        for event in self.events(replace(f, limit=limit + 1)):
            if event.date is None:
                break
            if len(events) == limit:
                more = True
                break
            events.append(event)
        records = self.event_records(events)
        items = []
        for event, record in zip(events, records, strict=True):
            start, end, precision = date_span(event.date, event.end_date)
            if start is None:
                continue
            record["span"] = {"start": start, "end": end, "precision": precision}
            items.append(record)
        return items, more


    def map_points(self, f: EventFilter, limit: int) -> dict[str, Any]:
        """Merged events matching ``f`` that have a place with coordinates, as map points
        (the busiest first, at most ``limit``), and how many events with a place have none.

        Each point: ``id``, ``type``, ``quad``, ``mentions``, ``date``, ``lat``, ``lon``,
        ``place``, ``country``, ``source``/``target`` with their names.
        """
        inner, args = self._select("merged_events", replace(f, limit=None, offset=0), "",
                                   "id, type, quad, mentions, date, source, target, location")
        placed = ("location IS NOT NULL AND json_extract(location, '$.name') IS NOT NULL")
        coords = ("json_extract(location, '$.lat') IS NOT NULL"
                  " AND json_extract(location, '$.lon') IS NOT NULL")
        with_place, with_coords = self.conn.execute(
            f"SELECT count(*), sum({coords}) FROM ({inner}) WHERE {placed}", args).fetchone()
        rows = self.conn.execute(
            f"SELECT id, type, quad, mentions, date, source, target,"
            " json_extract(location, '$.lat'), json_extract(location, '$.lon'),"
            " json_extract(location, '$.name'), json_extract(location, '$.country')"
            f" FROM ({inner}) WHERE {placed} AND {coords}"
            " ORDER BY mentions DESC, date, id LIMIT ?", [*args, limit + 1]).fetchall()
        names = self.names(x for r in rows[:limit] for x in (r[5], r[6]))
        points = [{
            "id": r[0], "type": r[1], "quad": r[2], "mentions": r[3], "date": r[4],
            "source": r[5], "source_name": names.get(r[5] or ""),
            "target": r[6], "target_name": names.get(r[6] or ""),
            "lat": float(r[7]), "lon": float(r[8]), "place": r[9], "country": r[10],
        } for r in rows[:limit]]
        return {"points": points, "truncated": len(rows) > limit,
                "coverage": {"with_place": with_place or 0, "with_coordinates": with_coords or 0}}


def _first(value: str) -> tuple[dt.date, str] | None:
    """The first day of an ISO date at year, month or day precision, and that precision."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?", value.strip())
    if not m:
        return None
    y, mo, d = m.groups()
    try:
        if d:
            return dt.date(int(y), int(mo), int(d)), "day"
        if mo:
            return dt.date(int(y), int(mo), 1), "month"
        return dt.date(int(y), 1, 1), "year"
    except ValueError:
        return None


def _after(day: dt.date, precision: str) -> dt.date:
    """The day after the period that starts on ``day`` at ``precision``."""
    try:
        if precision == "year":
            return day.replace(year=day.year + 1)
        if precision == "month":
            return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return day + dt.timedelta(days=1)
    except (ValueError, OverflowError):
        return dt.date.max


def date_span(date: str | None, end_date: str | None = None
              ) -> tuple[str | None, str | None, str | None]:
    """(first day, day after the last, precision) an event's date stands for.

    ``2004`` is the whole year, ``2004-03`` the month, ``1980/1989`` the
    decade; ``end_date`` extends the span to the end of its own period.

    >>> date_span("2004")
    ('2004-01-01', '2005-01-01', 'year')
    >>> date_span("2004-02", "2004-03-05")
    ('2004-02-01', '2004-03-06', 'month')
    """
    if not date:
        return None, None, None
    head, _, tail = date.partition("/")
    first = _first(head)
    if first is None:
        return None, None, None
    start, precision = first
    end = _after(start, precision)
    if tail:
        last = _first(tail)
        if last is not None:
            end = max(end, _after(*last))
            years = last[0].year - start.year + 1
            precision = "decade" if years == 10 else "period"
    if end_date:
        last = _first(end_date)
        if last is not None:
            end = max(end, _after(*last))
    return start.isoformat(), end.isoformat(), precision


def post_context(row: sqlite3.Row | None, start: int, end: int, evidence: str) -> dict[str, Any]:
    """A post as the pages show it: its text split around the evidence sentence.

    ``before + evidence + after`` is the post's text, or for a post longer
    than :data:`POST_WINDOW` characters a window around the evidence
    (``clipped`` then says so). Offsets are Python character offsets into
    the post's text, so the split happens here, not in the browser (whose
    strings count UTF-16 units).
    """
    if row is None:
        return {"found": False, "before": "", "evidence": evidence, "after": ""}
    text: str = row["text"]
    if evidence and text[start:end] != evidence:
        found = text.find(evidence)
        start, end = (found, found + len(evidence)) if found >= 0 else (0, 0)
    lo, hi = 0, len(text)
    if len(text) > POST_WINDOW:
        room = max(POST_WINDOW - (end - start), 0) // 2
        lo, hi = max(start - room, 0), min(end + room, len(text))
    return {
        "found": True,
        "doc": row["doc"], "index": row["idx"], "author": row["author"], "time": row["time"],
        "url": row["url"], "doc_title": row["doc_title"], "doc_url": row["doc_url"],
        "doc_author": row["doc_author"], "published": row["published"],
        "format": row["format"], "length": len(text), "clipped": lo > 0 or hi < len(text),
        "before": text[lo:start] if end > start else text[lo:hi],
        "evidence": text[start:end] if end > start else "",
        "after": text[end:hi] if end > start else "",
    }
