"""``Store``: the one writer of the SQLite database, and its read queries.

Every document is written in one transaction: a crash leaves the store as
it was before that document, never half of it. A document whose content
hash is already stored is skipped; one whose content changed replaces its
previous version. Workers (Dask ones included) return records; only the
driver writes.

Determinism: the merged events are recomputed from the stored mentions in
the same transaction that writes a document (see :mod:`.merge`), so they
depend only on what is stored. Feeding the same documents in the same order
gives the same database whether or not the run was interrupted and resumed;
:meth:`Store.dump` prints it in a canonical form, without the one column that
records the clock (``documents.ingested_at``).

Bulk loads (:meth:`Store.write_many`) write many documents per transaction
and give the same database as writing them one by one.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from .. import codec
from ..errors import StoreError
from ..models import Actor, CodedDocument, Event
from .merge import (
    COUNTER_STANCES,
    WINDOW_DAYS,
    Member,
    cluster,
    merge_key,
    modality_class,
    place_key,
    summarize,
)
from .merge import sort_date as _sort_date
from .query import EventFilter, Queries, chunks, marks
from .relations import keys_of_documents, write_relations
from .reviews import refresh as _refresh_reviews
from .reviews import refresh_touched as _refresh_touched
from .schema import MIGRATIONS, QUERY_INDEXES, VOLATILE

__all__ = ["EventFilter", "Store"]

#: Columns of the events table the store derives at write time (the others are the codec's).
_DERIVED_COLUMNS = ("place", "sort_date", "denials", "mkey", "merged")
_MERGED_COLUMNS = (
    "id", "mkey", "type", "mode", "quad", "source", "target", "place", "location", "modality",
    "date", "date_min", "date_max", "sort_date", "mentions", "documents", "sources", "asserts",
    "denies", "contested",
)
_MEMBER_COLUMNS = (
    "mkey", "id", "doc", "date", "end_date", "date_basis", "modality", "negated", "denials",
    "asserted_by", "asserted_by_text", "mode", "quad", "location", "merged", "type", "source",
    "target", "place",
)


def _event_columns() -> tuple[str, ...]:
    """The events table's columns: the codec's (read now, so a test may swap the codec),
    then the derived ones."""
    return (*codec.EVENT.store_columns, *_DERIVED_COLUMNS)


def _split_sql(script: str) -> Iterator[str]:
    """The statements of ``script``; semicolons inside triggers do not end a statement."""
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                yield buffer
            buffer = ""
    if buffer.strip(" \n;"):
        raise StoreError(f"incomplete SQL statement in a migration: {buffer.strip()[:60]}")


class Store(Queries):
    """An actorgraph SQLite database.

    >>> with Store(":memory:") as store:
    ...     store.counts()["events"]
    0
    """

    def __init__(self, path: str | Path = "actorgraph.db", *, window: int = WINDOW_DAYS) -> None:
        self.path = str(path)
        self.window = window
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                        cached_statements=512)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: index-heavy writes
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
            self._build_indexes(wait=False)
        except sqlite3.Error as exc:
            # Opening writes (WAL mode, migrations): a full disk or a read-only file shows here.
            reason, advice = _why(exc)
            raise StoreError(f"{self.path}: cannot open the store: {reason}{advice}") from None

    def check_writable(self) -> None:
        """Raise :class:`StoreError` now, not after an hour of coding, if writes would fail.

        Takes the write lock and rewrites the schema version unchanged, then rolls back:
        a read-only file or folder, or a full disk, refuses even that.
        """
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                self.conn.execute(f"PRAGMA user_version = {int(version)}")
            finally:
                if self.conn.in_transaction:  # SQLite ends it itself after some errors
                    self.conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            reason, advice = _why(exc)
            raise StoreError(f"{self.path}: cannot write to the store: {reason}{advice}") from None

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
            with self._transaction():
                for statement in _split_sql(sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {n}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            yield c
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise

    # -- writing ---------------------------------------------------------------------------

    def has(self, doc_id: str, content_hash: str) -> bool:
        """Whether this exact version of the document is stored."""
        row = self.conn.execute(
            "SELECT 1 FROM documents WHERE id = ? AND content_hash = ?", (doc_id, content_hash)
        ).fetchone()
        return row is not None

    def _hashes(self, doc_ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in chunks(doc_ids):
            found.update(self.conn.execute(
                f"SELECT id, content_hash FROM documents WHERE id IN ({marks(chunk)})",
                list(chunk),
            ).fetchall())
        return found

    def write(self, coded: CodedDocument, force: bool = False) -> bool:
        """Store one coded document in one transaction; False when it was already stored
        (unless ``force``: then it replaces the stored version all the same).

        The merged events its mentions belong to are recomputed in the same
        transaction.
        """
        return self._write_batch([coded], f"document {coded.document.id}", force) == 1

    def write_many(self, documents: Iterable[CodedDocument], batch_size: int = 500,
                   defer_indexes: bool | None = None) -> int:
        """Store many coded documents, ``batch_size`` per transaction; returns how many were new.

        The fast path for bulk loads: actors are written and merged events
        recomputed once per batch instead of once per document, and the result
        is the same as writing the documents one by one with :meth:`write`.
        With ``defer_indexes`` (the default when the store holds no event yet)
        the indexes that only queries use are dropped first and built at the
        end, which is much faster than updating them row by row; a crash in
        between leaves them to be built when the store is next opened.
        """
        if defer_indexes is None:
            defer_indexes = self.conn.execute("SELECT 1 FROM events LIMIT 1").fetchone() is None
        if defer_indexes:
            self._drop_indexes()
        self.conn.execute("PRAGMA cache_size = -262144")  # 256 MiB while loading
        stored = 0
        try:
            it = iter(documents)
            while batch := list(islice(it, batch_size)):
                what = f"the batch from document {batch[0].document.id}"
                stored += self._write_batch(batch, what)
        finally:
            self.conn.execute("PRAGMA cache_size = -65536")
            if defer_indexes:
                self._build_indexes()
        return stored

    def _drop_indexes(self) -> None:
        with self._transaction() as c:
            rows = c.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                             f" AND name IN ({marks(QUERY_INDEXES)})", QUERY_INDEXES).fetchall()
            c.executemany("INSERT OR REPLACE INTO deferred_indexes (name, sql) VALUES (?, ?)",
                          [tuple(r) for r in rows])
            for name, _sql in rows:
                c.execute(f'DROP INDEX "{name}"')

    def _build_indexes(self, wait: bool = True) -> None:
        """Build the indexes a bulk load deferred; without ``wait``, only if no one is writing."""
        c = self.conn
        if c.execute("SELECT 1 FROM deferred_indexes LIMIT 1").fetchone() is None:
            return
        if not wait:
            c.execute("PRAGMA busy_timeout = 0")
        try:
            with self._transaction():
                for _name, sql in c.execute("SELECT name, sql FROM deferred_indexes"
                                            " ORDER BY name").fetchall():
                    c.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
                c.execute("DELETE FROM deferred_indexes")
        except sqlite3.OperationalError:
            if wait:
                raise
            # another connection is loading in bulk and will build them when it is done
        finally:
            c.execute("PRAGMA busy_timeout = 30000")

    def _write_batch(self, batch: list[CodedDocument], what: str, force: bool = False) -> int:
        hashes = self._hashes([coded.document.id for coded in batch])
        if force:  # stored or not, every document is written as new
            hashes = {k: "" for k in hashes}
        if all(hashes.get(c.document.id) == c.document.content_hash for c in batch):
            return 0
        stored = 0
        try:
            with self._transaction():
                keys: set[str] = set()
                actors: dict[str, Actor] = {}
                taken = self._stored_events([e.id for c in batch for e in c.events])
                fresh: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
                written: list[CodedDocument] = []
                replaced = [c.document.id for c in batch if hashes.get(c.document.id)
                            not in (None, c.document.content_hash)]
                stale_relations = keys_of_documents(self.conn, replaced)
                for coded in batch:
                    doc = coded.document
                    old = hashes.get(doc.id)
                    if old == doc.content_hash:
                        continue
                    keys |= self._write_document(coded, old is not None, taken, fresh)
                    for actor in coded.actors.values():
                        _collect(actors, actor)
                    hashes[doc.id] = doc.content_hash
                    written.append(coded)
                    stored += 1
                self._upsert_actors(actors.values())
                self._remerge(keys | set(fresh), fresh)
                write_relations(self.conn, written, stale_relations)
                # reviews follow re-coded events (only when the batch touched reviewed ones)
                _refresh_touched(self.conn, self.window, keys | set(fresh),
                                 [c.document.id for c in written])
        except sqlite3.Error as exc:
            # The transaction was rolled back: say so, so that a full disk or a read-only
            # file reads as what it is and the user knows nothing half-written is left.
            reason, advice = _why(exc)
            raise StoreError(
                f"{self.path}: cannot store {what}: {reason}; nothing of it was stored{advice}"
            ) from None
        return stored

    def remerge(self) -> int:
        """Recompute every merged event (after changing the window); returns how many there are."""
        with self._transaction() as c:
            keys = {r[0] for r in c.execute("SELECT DISTINCT mkey FROM events")}
            c.execute("DELETE FROM merged_events")
            self._remerge(keys)
            _refresh_reviews(c, self.window, full=True)
        return int(self.conn.execute("SELECT count(*) FROM merged_events").fetchone()[0])

    def _stored_events(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in chunks(ids):
            found.update(r[0] for r in self.conn.execute(
                f"SELECT id FROM events WHERE id IN ({marks(chunk)})", list(chunk)))
        return found

    def _write_document(self, coded: CodedDocument, replace: bool, taken: set[str],
                        fresh: dict[str, list[tuple[Any, ...]]]) -> set[str]:
        """Write (or replace) the document's rows but its actors.

        Returns the merge keys of the events it deleted; ``fresh`` gets the new
        events (as _MEMBER_COLUMNS rows) by merge key. ``taken``: event ids that
        may be stored already.
        """
        c = self.conn
        doc = coded.document
        keys: set[str] = set()
        if replace:
            old = c.execute("SELECT DISTINCT mkey FROM events WHERE doc = ?", (doc.id,))
            keys.update(r[0] for r in old)
            c.execute("DELETE FROM documents WHERE id = ?", (doc.id,))  # cascades to its rows
            # (claims without an event have no event to cascade from)
            c.execute("DELETE FROM claims WHERE doc = ? AND event IS NULL", (doc.id,))
            for key in keys & fresh.keys():  # written earlier in this batch, gone now
                fresh[key] = [r for r in fresh[key] if r[2] != doc.id]
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
            'INSERT OR IGNORE INTO mentions (doc, post, start, "end", text, actor, how)'
            " VALUES (?,?,?,?,?,?,?)",
            [(m.doc, m.post, m.start, m.end, m.text, m.actor, m.how) for m in coded.mentions],
        )
        events = list({e.id: e for e in coded.events}.values())  # a repeated id: the last wins
        ids = [e.id for e in events if e.id in taken]
        taken.update(e.id for e in events)
        for chunk in chunks(ids):  # the same id stored by another document moves here
            found = c.execute(f"SELECT mkey FROM events WHERE id IN ({marks(chunk)})",
                              list(chunk)).fetchall()
            if found:
                keys.update(r[0] for r in found)
                c.execute(f"DELETE FROM events WHERE id IN ({marks(chunk)})", list(chunk))
                gone = set(chunk)
                for key in {r[0] for r in found} & fresh.keys():
                    fresh[key] = [r for r in fresh[key] if r[1] not in gone]
        denials = Counter(cl.event for cl in coded.claims
                          if cl.stance in COUNTER_STANCES and cl.event is not None)
        columns = _event_columns()
        rows = [_event_row(e, denials[e.id]) for e in events]
        c.executemany(
            f"INSERT INTO events ({', '.join(columns)})"
            f" VALUES ({','.join('?' * len(columns))})",
            [tuple(row[col] for col in columns) for row in rows],
        )
        for row in rows:
            fresh[row["mkey"]].append(tuple(row[col] for col in _MEMBER_COLUMNS))
        c.executemany(
            'INSERT OR REPLACE INTO claims (id, event, asserted_by, stance, doc, post, start,'
            ' "end", text, asserted_by_text, topic, proposition, p_start, p_end)'
            ' VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
            [(cl.id, cl.event, cl.asserted_by, cl.stance, cl.evidence.doc, cl.evidence.post,
              cl.evidence.start, cl.evidence.end, cl.evidence.text, cl.asserted_by_text,
              cl.topic, cl.proposition, cl.proposition_start, cl.proposition_end)
             for cl in coded.claims],
        )
        return keys

    def _remerge(self, keys: Iterable[str],
                 fresh: dict[str, list[tuple[Any, ...]]] | None = None) -> None:
        """Recompute the merged events of ``keys`` from their stored mentions.

        ``fresh`` holds rows this transaction wrote: a key whose stored rows
        are exactly those is not read back.
        """
        c = self.conn
        fresh = fresh or {}
        todo = sorted(keys)
        cursor = c.cursor()
        cursor.row_factory = None  # plain tuples, in _MEMBER_COLUMNS order
        for chunk in chunks(todo, 2000):
            counts = dict(cursor.execute(
                f"SELECT mkey, count(*) FROM events WHERE mkey IN ({marks(chunk)}) GROUP BY mkey",
                list(chunk),
            ).fetchall())
            groups: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
            stale = []
            for key in chunk:
                known = fresh.get(key, ())
                if counts.get(key, 0) == len(known):
                    if known:
                        groups[key] = list(known)
                else:
                    stale.append(key)
            for part in chunks(stale, 2000):
                for row in cursor.execute(
                    f"SELECT {', '.join(_MEMBER_COLUMNS)} FROM events"
                    f" WHERE mkey IN ({marks(part)})", list(part)
                ):
                    groups[row[0]].append(row)
            c.execute(f"DELETE FROM merged_events WHERE mkey IN ({marks(chunk)})", list(chunk))
            moves: list[tuple[str, str]] = []
            merged: list[tuple[Any, ...]] = []
            for key in sorted(groups):
                rows = groups[key]
                _, _, _, *_rest, mtype, source, target, place = rows[0]
                head = {"mkey": key, "type": mtype, "source": source, "target": target,
                        "place": place, "modality": modality_class(rows[0][6])}
                members = [Member(r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8], r[9],
                                  r[10], r[11], r[12], r[13], r[14]) for r in rows]
                for group in cluster(members, self.window) if len(members) > 1 else [members]:
                    summary = summarize(group)
                    moves += [(summary["id"], m.id) for m in group if m.merged != summary["id"]]
                    summary.update(head)
                    merged.append(tuple(summary[col] for col in _MERGED_COLUMNS))
            c.executemany("UPDATE events SET merged = ? WHERE id = ?", moves)
            c.executemany(
                f"INSERT INTO merged_events ({', '.join(_MERGED_COLUMNS)})"
                f" VALUES ({','.join('?' * len(_MERGED_COLUMNS))})",
                merged,
            )

    def _upsert_actors(self, actors: Iterable[Actor]) -> None:
        # A dictionary actor overwrites what is stored; a provisional one never overwrites a
        # dictionary actor, and of two provisional names the smaller is kept, so the table
        # does not depend on the order documents arrive in (see _collect).
        rows: dict[bool, list[tuple[Any, ...]]] = {True: [], False: []}
        for a in actors:
            rows[a.provisional].append((
                a.id, a.name, a.kind, a.country, a.sector, a.wikidata, int(a.provisional),
                json.dumps(list(a.aliases), ensure_ascii=False),
                json.dumps([af.to_dict() for af in a.affiliations], ensure_ascii=False),
            ))
        insert = ("INSERT INTO actors (id, name, kind, country, sector, wikidata, provisional,"
                  " aliases, affiliations) VALUES (?,?,?,?,?,?,?,?,?)"
                  " ON CONFLICT(id) DO UPDATE SET ")
        self.conn.executemany(
            insert + "name=excluded.name, kind=excluded.kind, country=excluded.country,"
            " sector=excluded.sector, wikidata=excluded.wikidata, provisional=0,"
            " aliases=excluded.aliases, affiliations=excluded.affiliations",
            rows[False],
        )
        self.conn.executemany(
            insert + "name = min(actors.name, excluded.name) WHERE actors.provisional = 1",
            rows[True],
        )

    # -- whole-store views -----------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, posts, actors, mentions, events, merged_events, claims."""
        tables = ("documents", "posts", "actors", "mentions", "events", "merged_events", "claims")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def dump(self, volatile: bool = False) -> Iterator[str]:
        """Every row of every table (FTS index included), one canonical line each.

        Rows are sorted, and the clock column ``documents.ingested_at`` is left
        out unless ``volatile``: two stores with the same lines hold the same data.
        """
        tables = [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )]
        # The FTS index is compared by its content and an integrity check, not by its shadow
        # tables: their segment layout (and the hidden rank column) may differ between two
        # stores that hold the same rows.
        self.conn.execute("INSERT INTO posts_fts(posts_fts) VALUES ('integrity-check')")
        tables = [t for t in tables if not t.startswith("posts_fts_")]
        for table in tables:
            skip = set() if volatile else VOLATILE.get(table, frozenset())
            columns = [r[1] for r in self.conn.execute(f"PRAGMA table_xinfo('{table}')")
                       if r[1] not in skip and r[5] == 0]
            if table == "posts_fts":
                columns = ["rowid", *columns]
            names = ", ".join(f'"{c}"' for c in columns)
            order = ", ".join(str(i + 1) for i in range(len(columns)))
            for row in self.conn.execute(f'SELECT {names} FROM "{table}" ORDER BY {order}'):
                values = [v.hex() if isinstance(v, bytes) else v for v in row]
                yield f"{table}\t{json.dumps(values, ensure_ascii=False)}"


def _why(exc: sqlite3.Error) -> tuple[str, str]:
    """Why SQLite refused, and what to do about it (``". Free some space..."`` or "")."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL"):
        return "the disk or database is full", ". Free some space and rerun"
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM")):
        return (f"the database is read-only ({exc})",
                ". Make the database file and its folder writable"
                " (SQLite writes -wal and -shm files beside it)")
    if name.startswith("SQLITE_CANTOPEN"):
        return str(exc), ". Check that its folder exists and is writable"
    return str(exc), ""


def _collect(actors: dict[str, Actor], actor: Actor) -> None:
    """Fold ``actor`` into ``actors`` as writing them one after the other would."""
    old = actors.get(actor.id)
    if old is None or not actor.provisional:
        actors[actor.id] = actor
    elif old.provisional and actor.name < old.name:
        actors[actor.id] = actor


def _event_row(e: Event, denials: int) -> dict[str, Any]:
    """The events table row of ``e``: the codec's columns and the derived ones."""
    place = place_key(e.location)
    row = codec.EVENT.to_row(e)
    row.update(place=place, sort_date=_sort_date(e.date), denials=denials,
               mkey=merge_key(e.type, e.source, e.target, place, e.modality), merged=e.id)
    return row
