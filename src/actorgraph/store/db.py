"""``Store``: the one writer of the SQLite database, and its read queries.

Every document is written in one transaction: a crash leaves the store as
it was before that document, never half of it. A document whose content
hash is already stored is skipped; one whose content changed replaces its
previous version. Workers (Dask ones included) return records; only the
driver writes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..models import Actor, Affiliation, CodedDocument, Event, Evidence, Location
from .schema import MIGRATIONS

__all__ = ["EventFilter", "Store"]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters shared by the CLI, the Python API and the web app. Actor ids match exactly."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    asserted_by: str | None = None
    place: str | None = None
    limit: int | None = None


class Store:
    """An actorgraph SQLite database.

    >>> with Store(":memory:") as store:
    ...     store.counts()["events"]
    0
    """

    def __init__(self, path: str | Path = "actorgraph.db") -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: made by a newer actorgraph (schema {version}); upgrade actorgraph"
            )
        for n, (_name, sql) in enumerate(MIGRATIONS[version:], version + 1):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in sql.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {n}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    # -- writing ---------------------------------------------------------------------------

    def has(self, doc_id: str, content_hash: str) -> bool:
        """Whether this exact version of the document is stored."""
        row = self.conn.execute(
            "SELECT 1 FROM documents WHERE id = ? AND content_hash = ?", (doc_id, content_hash)
        ).fetchone()
        return row is not None

    def write(self, coded: CodedDocument) -> bool:
        """Store one coded document in one transaction; False when it was already stored."""
        doc = coded.document
        if self.has(doc.id, doc.content_hash):
            return False
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            c.execute("DELETE FROM posts_fts WHERE doc = ?", (doc.id,))
            c.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
            c.execute(
                "INSERT INTO documents (id, content_hash, format, source, title, author, published,"
                " url, text) VALUES (?,?,?,?,?,?,?,?,?)",
                (doc.id, doc.content_hash, doc.format, doc.source, doc.title, doc.author,
                 doc.published, doc.url, doc.text),
            )
            c.executemany(
                'INSERT INTO posts (doc, idx, text, start, "end", author, time, url, platform_id)'
                " VALUES (?,?,?,?,?,?,?,?,?)",
                [(doc.id, p.index, p.text, p.start, p.end, p.author, p.time, p.url, p.id)
                 for p in doc.posts],
            )
            c.executemany(
                "INSERT INTO posts_fts (text, doc, idx) VALUES (?,?,?)",
                [(p.text, doc.id, p.index) for p in doc.posts],
            )
            for actor in coded.actors.values():
                self._upsert_actor(actor)
            c.executemany(
                'INSERT INTO mentions (doc, post, start, "end", text, actor, how) VALUES (?,?,?,?,?,?,?)',
                [(m.doc, m.post, m.start, m.end, m.text, m.actor, m.how) for m in coded.mentions],
            )
            c.executemany(
                "INSERT OR REPLACE INTO events VALUES (" + ",".join("?" * 25) + ")",
                [_event_row(e) for e in coded.events],
            )
            c.executemany(
                'INSERT OR REPLACE INTO claims (id, event, asserted_by, stance, doc, post, start, "end", text)'
                " VALUES (?,?,?,?,?,?,?,?,?)",
                [(cl.id, cl.event, cl.asserted_by, cl.stance, cl.evidence.doc, cl.evidence.post,
                  cl.evidence.start, cl.evidence.end, cl.evidence.text) for cl in coded.claims],
            )
            c.execute("COMMIT")
        except sqlite3.Error as exc:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot store document {doc.id} ({exc})") from None
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        return True

    def _upsert_actor(self, actor: Actor) -> None:
        self.conn.execute(
            "INSERT INTO actors (id, name, kind, country, sector, wikidata, provisional, aliases,"
            " affiliations) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " name=excluded.name, kind=excluded.kind, country=excluded.country,"
            " sector=excluded.sector, wikidata=excluded.wikidata, aliases=excluded.aliases,"
            " affiliations=excluded.affiliations"
            " WHERE actors.provisional = 0 OR excluded.provisional = 0",
            (actor.id, actor.name, actor.kind, actor.country, actor.sector, actor.wikidata,
             int(actor.provisional), json.dumps(list(actor.aliases)),
             json.dumps([a.to_dict() for a in actor.affiliations])),
        )

    # -- reading ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        tables = ("documents", "posts", "actors", "mentions", "events", "claims")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def actor(self, actor_id: str) -> Actor | None:
        row = self.conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
        return _actor(row) if row else None

    def actors(self, query: str | None = None) -> list[Actor]:
        sql, args = "SELECT * FROM actors", []
        if query:
            sql += " WHERE id LIKE ? OR name LIKE ? OR aliases LIKE ?"
            args = [f"%{query}%"] * 3
        return [_actor(r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    def events(self, f: EventFilter | None = None) -> Iterator[Event]:
        """Stored events matching ``f``, ordered by date (undated last), then id."""
        f = f or EventFilter()
        where, args = [], []
        if f.actor:
            where.append("(source = ? OR target = ?)")
            args += [f.actor, f.actor]
        for column in ("source", "target", "type", "asserted_by"):
            value = getattr(f, column)
            if value:
                where.append(f"{column} = ?")
                args.append(value.upper() if column == "type" else value)
        if f.since:
            where.append("coalesce(end_date, date) >= ?")
            args.append(f.since)
        if f.until:
            where.append("date <= ? || 'z'")
            args.append(f.until)
        if f.place:
            where.append("json_extract(location, '$.name') LIKE ?")
            args.append(f"%{f.place}%")
        sql = "SELECT * FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date IS NULL, date, doc, post, ev_start, id"
        if f.limit:
            sql += " LIMIT ?"
            args.append(f.limit)
        for row in self.conn.execute(sql, args):
            yield _event(row)


def _event_row(e: Event) -> tuple[Any, ...]:
    return (
        e.id, e.evidence.doc, e.evidence.post, e.type, e.mode, e.quad, e.cameo, e.source,
        e.source_text, e.target, e.target_text, e.date, e.end_date, e.date_basis,
        json.dumps(e.location.to_dict()) if e.location else None, e.asserted_by,
        e.asserted_by_text, e.modality, int(e.negated), int(e.disputed), e.confidence,
        e.trigger, e.evidence.start, e.evidence.end, e.evidence.text,
    )


def _event(r: sqlite3.Row) -> Event:
    return Event(
        id=r["id"], type=r["type"], mode=r["mode"], quad=r["quad"], cameo=r["cameo"],
        source=r["source"], source_text=r["source_text"], target=r["target"],
        target_text=r["target_text"], date=r["date"], end_date=r["end_date"],
        date_basis=r["date_basis"],
        location=Location(**json.loads(r["location"])) if r["location"] else None,
        asserted_by=r["asserted_by"], asserted_by_text=r["asserted_by_text"],
        modality=r["modality"], negated=bool(r["negated"]), disputed=bool(r["disputed"]),
        confidence=r["confidence"], trigger=r["trigger"],
        evidence=Evidence(r["doc"], r["post"], r["ev_start"], r["ev_end"], r["ev_text"]),
    )


def _actor(r: sqlite3.Row) -> Actor:
    return Actor(
        id=r["id"], name=r["name"], kind=r["kind"], country=r["country"], sector=r["sector"],
        wikidata=r["wikidata"], provisional=bool(r["provisional"]),
        aliases=tuple(json.loads(r["aliases"])),
        affiliations=tuple(Affiliation(**a) for a in json.loads(r["affiliations"])),
    )
