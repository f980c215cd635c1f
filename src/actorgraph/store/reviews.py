"""Human review of coded events: an overlay of decisions on top of the machine's output.

The machine's rows in ``events`` and ``merged_events`` are never changed by a
review. The migration :data:`MIGRATION` adds:

- ``reviews``: the append-only log of decisions: ``confirm``, ``reject``,
  ``edit`` (``changes`` maps each changed field to ``[before, after]``) and
  ``undo`` (``undoes`` names the review it takes back), who, when, a note, and
  the event's evidence (document, post, offsets, sentence, machine type), so
  a review still finds its event after the document is re-coded and the
  event's id changed. A review whose event is gone is kept: it is *orphaned*.
- ``review_events``, ``review_keys``, ``review_merged``: derived rows, rebuilt
  by :func:`refresh` from the log and the machine rows in the same
  transaction as every review and every ingest: every mention of a merge key
  a review touches, with the reviews applied (``rejected`` = 1 for a rejected
  one), and the merged events recomputed from those reviewed mentions.

:func:`reviewed` gives the reviewed view of any query object: its SQL reads
the machine rows of untouched merge keys and the reviewed rows of the others,
so every query (CLI, Python API, web) shows the reviewed picture by default.
``events.reviewed`` is the id of the review that decided a reviewed event
(NULL on machine rows).
"""

from __future__ import annotations

import copy
import datetime as dt
import getpass
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, TypeVar

from .. import codec
from ..errors import ActorGraphError
from ..models import MODALITIES, Location, stable_id
from .merge import WINDOW_DAYS, Member, cluster, merge_key, modality_class, place_key, summarize
from .merge import sort_date as _sort_date

__all__ = [
    "ACTIONS",
    "FIELDS",
    "MIGRATION",
    "Review",
    "ReviewError",
    "add_review",
    "export_reviews",
    "import_reviews",
    "refresh",
    "resolve",
    "reviewed",
    "reviews",
    "validate_changes",
]

ACTIONS = ("confirm", "reject", "edit", "undo")
#: The fields a review may change.
FIELDS = ("type", "mode", "source", "target", "date", "end_date", "location", "asserted_by",
          "modality", "negated")
_ACTOR_FIELDS = ("source", "target", "asserted_by")
_NONE = ("", "none", "null", "-")

MIGRATION = (
    "0004_reviews",
    """
    ALTER TABLE events ADD COLUMN reviewed TEXT;
    CREATE TABLE reviews (
        id TEXT PRIMARY KEY,
        event TEXT NOT NULL,
        action TEXT NOT NULL,
        changes TEXT NOT NULL DEFAULT '{}',
        undoes TEXT,
        by TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT,
        doc TEXT,
        post INTEGER,
        ev_start INTEGER,
        ev_end INTEGER,
        ev_text TEXT,
        machine_type TEXT
    );
    CREATE INDEX reviews_event ON reviews(event);
    CREATE INDEX reviews_order ON reviews(at, id);
    CREATE INDEX reviews_doc ON reviews(doc);
    CREATE TABLE review_events AS SELECT * FROM events WHERE 0;
    ALTER TABLE review_events ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX review_events_id ON review_events(id);
    CREATE INDEX review_events_mkey ON review_events(mkey);
    CREATE TABLE review_keys (mkey TEXT NOT NULL UNIQUE);
    CREATE TABLE review_merged AS SELECT * FROM merged_events WHERE 0;
    CREATE INDEX review_merged_id ON review_merged(id);
    """,
)

_MERGED_COLUMNS = (
    "id", "mkey", "type", "mode", "quad", "source", "target", "place", "location", "modality",
    "date", "date_min", "date_max", "sort_date", "mentions", "documents", "sources", "asserts",
    "denies", "contested",
)


class ReviewError(ActorGraphError):
    """A review that cannot be written: unknown event, bad value, nothing to undo."""


@dataclass(frozen=True, slots=True)
class Review:
    """One decision of the log; ``current`` is the event it applies to now (None: orphaned)."""

    id: str
    event: str
    action: str
    changes: dict[str, list[Any]]
    by: str
    at: str
    note: str | None = None
    undoes: str | None = None
    doc: str | None = None
    post: int | None = None
    ev_start: int | None = None
    ev_end: int | None = None
    ev_text: str | None = None
    machine_type: str | None = None
    current: str | None = None
    undone: bool = False

    @property
    def orphaned(self) -> bool:
        return self.action != "undo" and self.current is None

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__} | {"orphaned": self.orphaned}

    def record(self) -> dict[str, Any]:
        """What :func:`export_reviews` writes: the log row, without the derived parts."""
        data = self.to_dict()
        for key in ("current", "undone", "orphaned"):
            data.pop(key)
        return data


# -- values ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _types() -> dict[str, Any]:
    from ..coding.lexicon import load_lexicon

    return dict(load_lexicon((), ()).types)


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _date(value: str) -> str:
    if not _DATE.match(value):
        raise ReviewError(f"date {value!r}: give YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise ReviewError(f"date {value!r}: no such date") from None
    return value


def _actor(conn: Any, value: str, field: str) -> str:
    value = value.strip()
    if conn.execute("SELECT 1 FROM actors WHERE id = ?", (value,)).fetchone():
        return value
    for sql in (
        "SELECT id FROM actors WHERE name = ? COLLATE NOCASE ORDER BY id",
        "SELECT DISTINCT actors.id FROM actors, json_each(actors.aliases) AS a"
        " WHERE a.value = ? COLLATE NOCASE ORDER BY actors.id",
        "SELECT id FROM actors WHERE id = ? COLLATE NOCASE ORDER BY id",
    ):
        ids = [r[0] for r in conn.execute(sql, (value,))]
        if len(ids) == 1:
            return str(ids[0])
        if ids:
            raise ReviewError(f"{field}={value}: names several actors ({', '.join(ids[:5])});"
                              " give one id")
    raise ReviewError(f"{field}={value}: no such actor in the store; give an actor id, name"
                      " or alias (see `actorgraph actors`)")


def validate_changes(conn: Any, pairs: Iterable[str | tuple[str, str]]) -> dict[str, Any]:
    """``field=value`` settings as validated values (a ``ReviewError`` names the bad one).

    >>> from actorgraph.store import Store
    >>> validate_changes(Store(":memory:").conn, ["type=aid", "date=2003-04"])
    {'type': 'AID', 'date': '2003-04'}
    """
    out: dict[str, Any] = {}
    for pair in pairs:
        if isinstance(pair, str):
            if "=" not in pair:
                raise ReviewError(f"{pair!r}: give FIELD=VALUE, e.g. type=AID")
            name, value = pair.split("=", 1)
        else:
            name, value = pair
        name, value = name.strip().lower(), str(value).strip()
        if name not in FIELDS:
            raise ReviewError(f"{name}: not a field a review can set ({', '.join(FIELDS)})")
        empty = value.lower() in _NONE
        if name == "type":
            if value.upper() not in _types():
                raise ReviewError(f"type={value}: not a PLOVER event type"
                                  f" ({', '.join(sorted(_types()))})")
            out[name] = value.upper()
        elif name == "mode":
            out[name] = None if empty else value.lower()
        elif name in _ACTOR_FIELDS:
            out[name] = None if empty else _actor(conn, value, name)
        elif name in ("date", "end_date"):
            out[name] = None if empty else _date(value)
        elif name == "location":
            out[name] = None if empty else value
        elif name == "modality":
            if value.lower() not in MODALITIES:
                raise ReviewError(f"modality={value}: one of {', '.join(MODALITIES)}")
            out[name] = value.lower()
        elif name == "negated":
            if value.lower() not in ("true", "false", "yes", "no", "1", "0"):
                raise ReviewError(f"negated={value}: true or false")
            out[name] = value.lower() in ("true", "yes", "1")
    etype = out.get("type")
    mode = out.get("mode")
    if mode and etype and mode not in _types()[etype].modes:
        raise ReviewError(f"mode={mode}: not a mode of {etype}"
                          f" ({', '.join(_types()[etype].modes) or 'it has none'})")
    return out


# -- the log --------------------------------------------------------------------------------


def _row_review(r: Any, current: str | None = None, undone: bool = False) -> Review:
    return Review(
        id=r["id"], event=r["event"], action=r["action"], changes=json.loads(r["changes"]),
        by=r["by"], at=r["at"], note=r["note"], undoes=r["undoes"], doc=r["doc"], post=r["post"],
        ev_start=r["ev_start"], ev_end=r["ev_end"], ev_text=r["ev_text"],
        machine_type=r["machine_type"], current=current, undone=undone,
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "unknown"


def _machine(conn: Any, event_id: str) -> dict[str, Any] | None:
    cur = conn.execute("SELECT * FROM main.events WHERE id = ?", (event_id,))
    row = cur.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cur.description]
    return dict(zip(names, row, strict=True))


def _current(conn: Any, event_id: str) -> dict[str, Any] | None:
    """The event as the reviewed view shows it now (rejected ones too)."""
    cur = conn.execute("SELECT * FROM review_events WHERE id = ?", (event_id,))
    row = cur.fetchone()
    if row is None:
        return _machine(conn, event_id)
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def _find(conn: Any, event_id: str) -> str:
    """The current id of ``event_id``: itself, or (for an event whose document was re-coded)
    the event a review of it now applies to."""
    if _machine(conn, event_id) is not None:
        return event_id
    for r in conn.execute("SELECT * FROM reviews WHERE event = ? LIMIT 1", (event_id,)):
        found = _resolve_one(conn, r)
        if found:
            return found
    raise ReviewError(f"{event_id}: no such event in the store (see `actorgraph events"
                      " --format jsonl` for event ids)")


def add_review(conn: sqlite3.Connection, event_id: str, action: str,
               changes: dict[str, Any] | None = None, *, note: str | None = None,
               by: str | None = None, window: int = WINDOW_DAYS,
               at: str | None = None) -> Review:
    """Write one review of ``event_id`` (validated ``changes`` for ``edit``) in one
    transaction, with the derived rows; returns it."""
    if action not in ("confirm", "reject", "edit"):
        raise ReviewError(f"{action}: not a review action (confirm, reject, edit)")
    changes = dict(changes or {})
    if action == "edit" and not changes:
        raise ReviewError("an edit needs at least one --set FIELD=VALUE")
    if action != "edit" and changes:
        raise ReviewError(f"--{action} takes no --set; edit with --set alone")
    with _transaction(conn):
        current_id = _find(conn, event_id)
        machine = _machine(conn, current_id)
        assert machine is not None
        now = _current(conn, current_id) or machine
        if "mode" in changes and "type" not in changes and changes["mode"]:
            modes = _types().get(now["type"])
            if modes is not None and changes["mode"] not in modes.modes:
                raise ReviewError(f"mode={changes['mode']}: not a mode of {now['type']}")
        diff: dict[str, list[Any]] = {}
        for name, after in changes.items():
            before = now.get(name)
            if name == "location":
                before = json.loads(before)["name"] if before else None
            if name == "negated":
                before = bool(before)
            if before != after:
                diff[name] = [before, after]
        if action == "edit" and not diff:
            raise ReviewError(f"{current_id}: the event already has these values;"
                              " nothing to change")
        stamp = at or _now()
        who = by or _user()
        rid = stable_id(current_id, action, json.dumps(diff, sort_keys=True), who, stamp, note,
                        prefix="rv_")
        conn.execute(
            "INSERT INTO reviews (id, event, action, changes, undoes, by, at, note, doc, post,"
            " ev_start, ev_end, ev_text, machine_type) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (rid, current_id, action, json.dumps(diff, ensure_ascii=False, sort_keys=True),
             None, who, stamp, note, machine["doc"], machine["post"], machine["ev_start"],
             machine["ev_end"], machine["ev_text"], machine["type"]),
        )
        refresh(conn, window)
    return review(conn, rid)


def undo_review(conn: sqlite3.Connection, review_id: str, *, note: str | None = None,
                by: str | None = None, window: int = WINDOW_DAYS) -> Review:
    """Take back review ``review_id`` (an ``undo`` row is logged; nothing is deleted)."""
    with _transaction(conn):
        row = conn.execute("SELECT * FROM reviews WHERE id = ?", (review_id,)).fetchone()
        if row is None:
            raise ReviewError(f"{review_id}: no such review (see `actorgraph review list`)")
        if row["action"] == "undo":
            raise ReviewError(f"{review_id}: is an undo; undo cannot be undone, review again")
        if conn.execute("SELECT 1 FROM reviews WHERE undoes = ?", (review_id,)).fetchone():
            raise ReviewError(f"{review_id}: already undone")
        stamp, who = _now(), by or _user()
        rid = stable_id(review_id, "undo", who, stamp, prefix="rv_")
        conn.execute(
            "INSERT INTO reviews (id, event, action, changes, undoes, by, at, note, doc, post,"
            " ev_start, ev_end, ev_text, machine_type) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (rid, row["event"], "undo", "{}", review_id, who, stamp, note, row["doc"],
             row["post"], row["ev_start"], row["ev_end"], row["ev_text"], row["machine_type"]),
        )
        refresh(conn, window)
    return review(conn, rid)


def review(conn: Any, review_id: str) -> Review:
    for r in reviews(conn):
        if r.id == review_id:
            return r
    raise ReviewError(f"{review_id}: no such review")


def reviews(conn: Any, *, event: str | None = None, actor: Sequence[str] | None = None,
            orphaned: bool = False) -> list[Review]:
    """The log in order (oldest first), each with the event it applies to now; ``event``:
    the history of one event; ``actor``: reviews of events that actor is in (before or after);
    ``orphaned``: only the reviews whose event is gone."""
    rows = conn.execute("SELECT * FROM reviews ORDER BY at, id").fetchall()
    undone = {r["undoes"] for r in rows if r["action"] == "undo"}
    cache: dict[str, str | None] = {}
    out = []
    for r in rows:
        key = r["event"]
        if key not in cache:
            cache[key] = _resolve_one(conn, r)
        out.append(_row_review(r, cache[key], r["id"] in undone))
    if event is not None:
        out = [r for r in out if event in (r.event, r.current)]
    if orphaned:
        out = [r for r in out if r.orphaned]
    if actor:
        wanted = set(actor)

        def touches(r: Review) -> bool:
            values: set[Any] = {v for pair in r.changes.values() for v in pair
                                if isinstance(v, str)}
            if r.current:
                row = _machine(conn, r.current) or {}
                values |= {row.get(f) for f in _ACTOR_FIELDS}
            return bool(values & wanted)

        out = [r for r in out if touches(r)]
    return out


def _resolve_one(conn: Any, r: Any) -> str | None:
    """The id of the event a review row applies to now: its own, else the event of the same
    document, sentence and machine type nearest its old place; None when gone."""
    if _machine(conn, r["event"]) is not None:
        return str(r["event"])
    if r["doc"] is None or r["ev_text"] is None:
        return None
    found = conn.execute(
        "SELECT id FROM main.events WHERE doc = ? AND ev_text = ? AND type = ?"
        " ORDER BY abs(ev_start - ?), id LIMIT 1",
        (r["doc"], r["ev_text"], r["machine_type"], r["ev_start"] or 0),
    ).fetchone()
    return str(found[0]) if found else None


def resolve(conn: Any) -> dict[str, str | None]:
    """Each reviewed event id of the log -> the id it applies to now (None: orphaned)."""
    out: dict[str, str | None] = {}
    for r in conn.execute("SELECT * FROM reviews ORDER BY at, id"):
        if r["event"] not in out:
            out[r["event"]] = _resolve_one(conn, r)
    return out


# -- derived rows ---------------------------------------------------------------------------


def _columns(conn: Any, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA main.table_xinfo('{table}')") if r[6] == 0]


def _sync_columns(conn: Any) -> None:
    """Columns later migrations added to ``events``/``merged_events`` join their copies."""
    for base, copy_ in (("events", "review_events"), ("merged_events", "review_merged")):
        have = set(_columns(conn, copy_))
        for name in _columns(conn, base):
            if name not in have:
                conn.execute(f'ALTER TABLE {copy_} ADD COLUMN "{name}"')


def _state(conn: Any) -> dict[str, tuple[bool, dict[str, Any], str]]:
    """Current event id -> (rejected, changed fields, deciding review id), from the log."""
    rows = conn.execute("SELECT * FROM reviews ORDER BY at, id").fetchall()
    undone = {r["undoes"] for r in rows if r["action"] == "undo"}
    where: dict[str, str | None] = {}
    state: dict[str, tuple[bool, dict[str, Any], str]] = {}
    for r in rows:
        if r["action"] == "undo" or r["id"] in undone:
            continue
        if r["event"] not in where:
            where[r["event"]] = _resolve_one(conn, r)
        current = where[r["event"]]
        if current is None:
            continue
        rejected, fields, _ = state.get(current, (False, {}, ""))
        if r["action"] == "reject":
            rejected = True
        else:
            rejected = False
            fields = fields | {k: v[1] for k, v in json.loads(r["changes"]).items()}
        state[current] = (rejected, fields, r["id"])
    return state


def _apply(row: dict[str, Any], fields: dict[str, Any], review_id: str) -> dict[str, Any]:
    event = codec.EVENT.from_row(row)
    changes = dict(fields)
    if "location" in changes:
        name = changes["location"]
        old = event.location
        changes["location"] = (None if name is None else
                               old if old is not None and old.name == name else Location(name))
    if "type" in changes:
        etype = _types().get(changes["type"])
        if etype is not None:
            changes.setdefault("quad", etype.quad)
            if "mode" not in changes and event.mode not in etype.modes:
                changes["mode"] = None
            if event.type != changes["type"]:
                changes.setdefault("cameo", etype.cameo)
    event = replace(event, **changes)
    out = codec.EVENT.to_row(event)
    place = place_key(event.location)
    out.update(place=place, sort_date=_sort_date(event.date), denials=row["denials"],
               mkey=merge_key(event.type, event.source, event.target, place, event.modality),
               merged=row["merged"], reviewed=review_id)
    return out


def refresh(conn: Any, window: int = WINDOW_DAYS, touched: Iterable[str] = (),
            full: bool = False) -> None:
    """Bring the derived review rows up to date with the log and the machine rows (call
    inside the transaction that changed either).

    Only the merge keys that changed are rebuilt: ``touched`` (keys whose machine rows a
    write changed), keys that start or stop being reviewed, and the keys of every event
    whose reviewed row differs from the stored one; ``full`` rebuilds every key. Either way
    the result is the same (a test compares them)."""
    has_log = conn.execute("SELECT 1 FROM reviews LIMIT 1").fetchone() is not None
    has_rows = conn.execute("SELECT 1 FROM review_keys LIMIT 1").fetchone() is not None
    if not has_log and not has_rows:
        return
    _sync_columns(conn)
    columns = _columns(conn, "events")
    all_columns = [*columns, "rejected"]
    changed: dict[str, dict[str, Any]] = {}
    machine_key: dict[str, str] = {}
    new_keys: set[str] = set()
    for event_id, (rejected, fields, review_id) in _state(conn).items():
        machine = _machine(conn, event_id)
        if machine is None:
            continue
        row = _apply(machine, fields, review_id)
        row["rejected"] = int(rejected)
        changed[event_id] = row
        machine_key[event_id] = machine["mkey"]
        new_keys |= {machine["mkey"], row["mkey"]}
    old_keys = {r[0] for r in conn.execute("SELECT mkey FROM review_keys")}
    if full:
        dirty = old_keys | new_keys
    else:
        dirty = (set(touched) & (old_keys | new_keys)) | (old_keys ^ new_keys)
        cur = conn.execute("SELECT * FROM review_events WHERE reviewed IS NOT NULL")
        names = [d[0] for d in cur.description]
        stored = {r["id"]: r for r in (dict(zip(names, v, strict=True)) for v in cur)}
        same = [c for c in all_columns if c != "merged"]
        for event_id in set(stored) | set(changed):
            a, b = stored.get(event_id), changed.get(event_id)
            if a is not None and b is not None and all(a.get(c) == b.get(c) for c in same):
                continue
            dirty |= {r["mkey"] for r in (a, b) if r is not None}
            machine = _machine(conn, event_id)
            if machine is not None:
                dirty.add(machine["mkey"])
    # an event reviewed into another key is rebuilt with its machine key: rebuild that too
    dirty |= {row["mkey"] for eid, row in changed.items() if machine_key[eid] in dirty}
    if not dirty:
        return
    todo = sorted(dirty)
    rebuild = sorted(dirty & new_keys)
    for i in range(0, len(todo), 500):
        chunk = todo[i:i + 500]
        qs = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM review_events WHERE mkey IN ({qs}) OR id IN"
                     f" (SELECT id FROM main.events WHERE mkey IN ({qs}))", chunk + chunk)
        conn.execute(f"DELETE FROM review_keys WHERE mkey IN ({qs})", chunk)
        conn.execute(f"DELETE FROM review_merged WHERE mkey IN ({qs})", chunk)
    rows: dict[str, dict[str, Any]] = {}
    for i in range(0, len(rebuild), 500):
        chunk = rebuild[i:i + 500]
        cur = conn.execute(
            f"SELECT * FROM main.events WHERE mkey IN ({','.join('?' * len(chunk))})", chunk)
        names = [d[0] for d in cur.description]
        for values in cur:
            row = dict(zip(names, values, strict=True))
            rows[row["id"]] = changed.get(row["id"]) or (row | {"rejected": 0})
    for event_id, row in changed.items():
        if row["mkey"] in dirty:
            rows[event_id] = row
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows.values():
        if not row["rejected"]:
            groups[row["mkey"]].append(row)
    merged_rows = []
    merged_of: dict[str, str] = {}
    for key in sorted(groups):
        members = [Member(r["id"], r["doc"], r["date"], r["end_date"], r["date_basis"],
                          r["modality"], bool(r["negated"]), r["denials"], r["asserted_by"],
                          r["asserted_by_text"], r["mode"], r["quad"], r["location"], r["merged"])
                   for r in sorted(groups[key], key=lambda r: r["id"])]
        first = min(groups[key], key=lambda r: r["id"])
        head = {"mkey": key, "type": first["type"], "source": first["source"],
                "target": first["target"], "place": first["place"],
                "modality": modality_class(first["modality"])}
        for group in cluster(members, window) if len(members) > 1 else [members]:
            summary = summarize(group) | head
            merged_of.update((m.id, summary["id"]) for m in group)
            merged_rows.append(tuple(summary[c] for c in _MERGED_COLUMNS))
    quoted = ", ".join('"' + c + '"' for c in all_columns)
    conn.executemany(
        f"INSERT INTO review_events ({quoted})"
        f" VALUES ({','.join('?' * len(all_columns))})",
        [tuple((merged_of.get(r["id"], r["merged"]) if c == "merged" else r.get(c))
               for c in all_columns) for _, r in sorted(rows.items())],
    )
    conn.executemany("INSERT INTO review_keys (mkey) VALUES (?)", [(k,) for k in rebuild])
    conn.executemany(
        f"INSERT INTO review_merged ({', '.join(_MERGED_COLUMNS)})"
        f" VALUES ({','.join('?' * len(_MERGED_COLUMNS))})", merged_rows)


def refresh_touched(conn: Any, window: int, keys: Iterable[str], docs: Sequence[str]) -> None:
    """:func:`refresh`, but only when a write touched what the reviewed rows depend on: the
    merge keys they cover (``keys``: those of the events the write deleted or added) or a
    document a review cites (where a re-coded event is looked for)."""
    if conn.execute("SELECT 1 FROM reviews LIMIT 1").fetchone() is None:
        if conn.execute("SELECT 1 FROM review_keys LIMIT 1").fetchone() is None:
            return
    todo = sorted(set(keys))
    for i in range(0, len(todo), 500):
        chunk = todo[i:i + 500]
        if conn.execute(f"SELECT 1 FROM review_keys WHERE mkey IN ({','.join('?' * len(chunk))})"
                        " LIMIT 1", chunk).fetchone():
            refresh(conn, window, todo)
            return
    for i in range(0, len(docs), 500):
        part = list(docs[i:i + 500])
        if conn.execute(f"SELECT 1 FROM reviews WHERE doc IN ({','.join('?' * len(part))})"
                        " LIMIT 1", part).fetchone():
            refresh(conn, window, todo)
            return


class _transaction:
    """BEGIN IMMEDIATE .. COMMIT, or nothing when a transaction is already open."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.own = False

    def __enter__(self) -> sqlite3.Connection:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.own = True
        return self.conn

    def __exit__(self, kind: object, *rest: object) -> None:
        if not self.own:
            return
        if kind is None:
            self.conn.execute("COMMIT")
        elif self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


# -- sharing --------------------------------------------------------------------------------

_RECORD_KEYS = ("id", "event", "action", "changes", "undoes", "by", "at", "note", "doc", "post",
                "ev_start", "ev_end", "ev_text", "machine_type")


def export_reviews(conn: Any) -> Iterator[dict[str, Any]]:
    """The log as records, oldest first (what :func:`import_reviews` reads)."""
    for r in conn.execute("SELECT * FROM reviews ORDER BY at, id"):
        yield {k: (json.loads(r[k]) if k == "changes" else r[k]) for k in _RECORD_KEYS}


def import_reviews(conn: sqlite3.Connection, records: Iterable[tuple[str, dict[str, Any]]],
                   window: int = WINDOW_DAYS) -> tuple[int, list[str]]:
    """Add the reviews of ``records`` (where, record) that the log lacks; returns how many were
    new and one line per bad record. Importing the same file twice changes nothing."""
    new, bad = 0, []
    with _transaction(conn):
        for where, rec in records:
            try:
                values = _check_record(rec)
            except ReviewError as exc:
                bad.append(f"{where}: {exc}")
                continue
            cur = conn.execute(
                f"INSERT OR IGNORE INTO reviews ({', '.join(_RECORD_KEYS)})"
                f" VALUES ({','.join('?' * len(_RECORD_KEYS))})", values)
            new += cur.rowcount
        if new:
            refresh(conn, window)
    return new, bad


def _check_record(rec: Any) -> tuple[Any, ...]:
    if not isinstance(rec, dict):
        raise ReviewError("not a review record (a JSON object)")
    for key in ("id", "event", "action", "by", "at"):
        if not isinstance(rec.get(key), str) or not rec[key]:
            raise ReviewError(f"missing or empty {key!r}")
    if rec["action"] not in ACTIONS:
        raise ReviewError(f"action {rec['action']!r}: one of {', '.join(ACTIONS)}")
    changes = rec.get("changes") or {}
    if not isinstance(changes, dict) or any(
            k not in FIELDS or not isinstance(v, list) or len(v) != 2 for k, v in changes.items()):
        raise ReviewError("changes: give {field: [before, after]} with review fields")
    if rec["action"] == "undo" and not rec.get("undoes"):
        raise ReviewError("an undo names the review it undoes ('undoes')")
    return tuple(json.dumps(changes, ensure_ascii=False, sort_keys=True) if k == "changes"
                 else rec.get(k) for k in _RECORD_KEYS)


# -- the reviewed view ----------------------------------------------------------------------

Q = TypeVar("Q")
_KEYWORDS = ("WHERE", "ORDER", "GROUP", "LIMIT", "UNION", "JOIN", "LEFT", "INNER", "CROSS",
             "ON", "USING", "AS", "WINDOW", "HAVING", "NATURAL", "INDEXED", "NOT", "EXCEPT",
             "INTERSECT")
_TABLE = re.compile(
    r"\b(FROM|JOIN)\s+(events|merged_events)\b"
    r"(?!\s*\.)(\s+(?!(?:" + "|".join(_KEYWORDS) + r")\b)[A-Za-z_]\w*)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=2048)
def _rewrite(sql: str, events_sql: str, merged_sql: str) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(2).lower()
        body = events_sql if name == "events" else merged_sql
        return f"{m.group(1)} ({body}) AS {(m.group(3) or ' ' + name).strip()}"

    return _TABLE.sub(sub, sql)


class _Cursor:
    def __init__(self, cursor: sqlite3.Cursor, view: _Connection) -> None:
        object.__setattr__(self, "_cursor", cursor)
        object.__setattr__(self, "_view", view)

    def execute(self, sql: str, args: Any = ()) -> sqlite3.Cursor:
        return self._cursor.execute(self._view.rewrite(sql), args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._cursor, name, value)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)


class _Connection:
    """A connection whose reads of ``events``/``merged_events`` see the reviewed rows."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        ev = ", ".join(f'"{c}"' for c in _columns(conn, "events"))
        mg = ", ".join(f'"{c}"' for c in _columns(conn, "merged_events"))
        self._events = (f"SELECT {ev} FROM main.events WHERE mkey NOT IN"
                        f" (SELECT mkey FROM review_keys) UNION ALL SELECT {ev}"
                        " FROM review_events WHERE rejected = 0")
        self._merged = (f"SELECT {mg} FROM main.merged_events WHERE mkey NOT IN"
                        f" (SELECT mkey FROM review_keys) UNION ALL SELECT {mg}"
                        " FROM review_merged")

    def rewrite(self, sql: str) -> str:
        return _rewrite(sql, self._events, self._merged)

    def execute(self, sql: str, args: Any = ()) -> sqlite3.Cursor:
        return self._conn.execute(self.rewrite(sql), args)

    def cursor(self) -> _Cursor:
        return _Cursor(self._conn.cursor(), self)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def has_reviews(conn: Any) -> bool:
    try:
        raw = conn._conn if isinstance(conn, _Connection) else conn
        return raw.execute("SELECT 1 FROM review_keys LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:  # a store older than the reviews
        return False


def reviewed(queries: Q, raw: bool = False) -> Q:
    """The reviewed view of ``queries`` (a Store, ReadOnlyStore or WebStore): a shallow copy
    reading through a connection that applies the reviews; itself when ``raw`` or when no
    review applies."""
    conn = queries.conn  # type: ignore[attr-defined]
    if raw or isinstance(conn, _Connection) or not has_reviews(conn):
        return queries
    view = copy.copy(queries)
    object.__setattr__(view, "conn", _Connection(conn))
    return view


# -- training data --------------------------------------------------------------------------


def labelled_items(view: Any) -> Iterator[dict[str, Any]]:
    """The sentences of reviewed events as items of the labelled set (bench/data/README.md):
    the reviewed view's events of each sentence (a rejected one is left out, so a sentence
    whose one event was rejected teaches "no event"), and the actors named in it."""
    conn = getattr(view.conn, "_conn", view.conn)
    sentences: dict[tuple[str, int, int, int], str] = {}
    for r in reviews(conn):
        if r.action == "undo" or r.undone or r.current is None:
            continue
        row = _machine(conn, r.current)
        if row is not None:
            key = (row["doc"], row["post"], row["ev_start"], row["ev_end"])
            sentences.setdefault(key, row["ev_text"])
    for (doc, post, start, end), text in sorted(sentences.items()):
        meta = conn.execute(
            "SELECT d.published, p.author, p.time FROM documents d LEFT JOIN posts p"
            " ON p.doc = d.id AND p.idx = ? WHERE d.id = ?", (post, doc)).fetchone()
        events = [e for e in view.conn.execute(
            "SELECT * FROM events WHERE doc = ? AND post = ? AND ev_start = ? AND ev_end = ?"
            " ORDER BY ev_start, id", (doc, post, start, end))]
        items = []
        for e in map(codec.EVENT.from_row, events):
            item = {"type": e.type, "mode": e.mode, "source": e.source_text,
                    "source_id": e.source, "target": e.target_text, "target_id": e.target,
                    "date": e.date, "location": e.location.name if e.location else None,
                    "asserted_by": e.asserted_by_text, "asserted_by_id": e.asserted_by,
                    "modality": e.modality, "negated": e.negated}
            if e.end_date:
                item["end_date"] = e.end_date
            items.append(item)
        actors = [{"text": m["text"], "id": m["actor"]} for m in conn.execute(
            'SELECT text, actor FROM mentions WHERE doc = ? AND post = ? AND start >= ?'
            ' AND "end" <= ? ORDER BY start, actor', (doc, post, start, end))]
        published = (meta["time"] or meta["published"]) if meta else None
        yield {"id": stable_id(doc, post, start, end, prefix="rv"), "style": "review",
               "region": "global", "published": published[:10] if published else None,
               "author": meta["author"] if meta else None, "text": text, "events": items,
               "actors": actors}


def is_reviewed(queries: Any) -> bool:
    """Whether ``queries`` reads the reviewed view (see :func:`reviewed`)."""
    return isinstance(getattr(queries, "conn", None), _Connection)


def review_stamp(conn: Any) -> Any:
    """Changes whenever a review is written (for caches of query results)."""
    try:
        return conn.execute("SELECT max(rowid), count(*) FROM reviews").fetchone()[:]
    except sqlite3.OperationalError:
        return None
