"""Standing relations in the store: every mention kept, merged across documents.

Two tables, added by the migration :data:`MIGRATION`:

- ``relation_mentions``: one relation as one sentence states it (the
  :class:`~actorgraph.models.Relation` record), or as the actor dictionary
  states it (``method = 'dictionary'``, no document, cited to the
  dictionary). ``rkey`` is the merge key: type, source and target (in
  sorted order for the symmetric types ``allied_with`` and ``rival_of``).
- ``relations``: one row per ``rkey``: the dates the mentions give combined
  (``since``: the earliest start, ``until``: the latest end, ``first``/``last``:
  every date any mention gives, ``as_of`` ones included), how many mentions,
  documents, assertions and denials, the methods, and ``contested`` when one
  source states the relation and another denies or negates it.

The store calls :func:`keys_of_documents` before it replaces documents and
:func:`write_relations` after it wrote a batch, in the same transaction, so
the merged rows depend only on what is stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from ..models import SYMMETRIC_RELATIONS, Actor, Affiliation, CodedDocument, Relation, stable_id

__all__ = [
    "MIGRATION",
    "RelationRecord",
    "affiliation_relation",
    "keys_of_documents",
    "relation_contests",
    "relation_dicts",
    "relations",
    "write_relations",
]

MIGRATION = (
    "0003_relations",
    """
    CREATE TABLE relation_mentions (
        id TEXT PRIMARY KEY,
        doc TEXT REFERENCES documents(id) ON DELETE CASCADE,
        post INTEGER,
        type TEXT NOT NULL,
        source TEXT NOT NULL,
        source_text TEXT,
        target TEXT NOT NULL,
        target_text TEXT,
        date TEXT,
        end_date TEXT,
        as_of TEXT,
        asserted_by TEXT,
        asserted_by_text TEXT,
        modality TEXT NOT NULL,
        negated INTEGER NOT NULL,
        confidence REAL NOT NULL,
        method TEXT NOT NULL,
        cue TEXT,
        ev_start INTEGER,
        ev_end INTEGER,
        ev_text TEXT,
        rkey TEXT NOT NULL
    );
    CREATE INDEX relation_mentions_rkey ON relation_mentions(rkey);
    CREATE INDEX relation_mentions_doc ON relation_mentions(doc);
    CREATE TABLE relations (
        rkey TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        since TEXT,
        until TEXT,
        first TEXT,
        last TEXT,
        mentions INTEGER NOT NULL,
        documents INTEGER NOT NULL,
        asserts INTEGER NOT NULL,
        denies INTEGER NOT NULL,
        methods TEXT NOT NULL,
        confidence REAL NOT NULL,
        contested TEXT
    );
    CREATE INDEX relations_source ON relations(source, type);
    CREATE INDEX relations_target ON relations(target, type);
    CREATE INDEX relations_type ON relations(type);
    """,
)

_COLUMNS = ("id", "doc", "post", "type", "source", "source_text", "target", "target_text",
            "date", "end_date", "as_of", "asserted_by", "asserted_by_text", "modality",
            "negated", "confidence", "method", "cue", "ev_start", "ev_end", "ev_text", "rkey")
_MERGED = ("rkey", "type", "source", "target", "since", "until", "first", "last", "mentions",
           "documents", "asserts", "denies", "methods", "confidence", "contested")
_HOLDS = frozenset({"asserted", "reported", "historical"})
#: Dictionary roles that make the actor the leader of the one it is affiliated with.
_LEAD_ROLES = frozenset({"commander", "leader", "secretary-general", "chairman", "chairwoman",
                         "founder", "founder and commander", "founder and leader", "president",
                         "supreme leader", "commander-in-chief", "head", "chief", "emir",
                         "director", "prime minister", "king", "ruler", "chair"})
_BACKED_ROLES = ("raised by", "backed by", "sponsored by", "funded by", "created by",
                 "founded by", "armed by")
DICTIONARY_CITATION = "actor dictionary"


def rkey(rtype: str, source: str, target: str) -> str:
    """The merge key: one relation whatever document states it (either way round when it
    is symmetric)."""
    if rtype in SYMMETRIC_RELATIONS and target < source:
        source, target = target, source
    return f"{rtype}|{source}|{target}"


def affiliation_relation(actor: Actor, aff: Affiliation) -> tuple[str, str, str]:
    """(type, source, target) of a dictionary affiliation: a commander ``leads``, a unit is a
    ``member_of`` its parent, a group "raised by" the Quds Force is ``backs``-ed by it."""
    role = (aff.role or "").strip().lower()
    if role in _LEAD_ROLES:
        return "leads", actor.id, aff.actor
    if role.startswith(_BACKED_ROLES):
        return "backs", aff.actor, actor.id
    return "member_of", actor.id, aff.actor


def _row(r: Relation) -> tuple[Any, ...]:
    ev = r.evidence
    return (r.id, ev.doc if ev else None, ev.post if ev else None, r.type, r.source,
            r.source_text, r.target, r.target_text, r.date, r.end_date, r.as_of, r.asserted_by,
            r.asserted_by_text, r.modality, int(r.negated), r.confidence, r.method, r.cue,
            ev.start if ev else None, ev.end if ev else None, ev.text if ev else None,
            rkey(r.type, r.source or "", r.target or ""))


def dictionary_relations(actors: Iterable[Actor]) -> list[Relation]:
    """The affiliations of dictionary actors as relations cited to the dictionary."""
    out = []
    for actor in actors:
        if actor.provisional or actor.sector:  # "Iraqi officials" belong to Iraq by name
            continue
        for aff in actor.affiliations:
            rtype, source, target = affiliation_relation(actor, aff)
            out.append(Relation(
                id=stable_id("dictionary", actor.id, aff.actor, aff.role, aff.start, aff.end,
                             prefix="rel_"),
                type=rtype, source=source, target=target, date=aff.start, end_date=aff.end,
                asserted_by_text=DICTIONARY_CITATION, confidence=1.0, method="dictionary",
                cue=aff.role,
            ))
    return out


def keys_of_documents(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> set[str]:
    """The merge keys of the relations stored for ``doc_ids`` (before they are replaced)."""
    keys: set[str] = set()
    for i in range(0, len(doc_ids), 500):
        chunk = list(doc_ids[i:i + 500])
        marks = ",".join("?" * len(chunk))
        keys.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT rkey FROM relation_mentions WHERE doc IN ({marks})", chunk))
    return keys


def write_relations(conn: sqlite3.Connection, written: Iterable[CodedDocument],
                    stale: Iterable[str] = ()) -> None:
    """Store the relations of ``written`` documents (their old rows went with the documents)
    and their actors' dictionary affiliations, then recompute the merged rows they touch."""
    rows: dict[str, tuple[Any, ...]] = {}
    actors: dict[str, Actor] = {}
    for coded in written:
        for relation in coded.relations:
            if relation.source and relation.target:
                rows[relation.id] = _row(relation)
        actors.update(coded.actors)
    text_rows = list(rows.values())
    dict_rows = [_row(r) for r in dictionary_relations(actors.values())]
    insert = (f"INTO relation_mentions ({', '.join(_COLUMNS)})"
              f" VALUES ({','.join('?' * len(_COLUMNS))})")
    conn.executemany("INSERT OR REPLACE " + insert, text_rows)
    conn.executemany("INSERT OR IGNORE " + insert, dict_rows)
    keys = set(stale) | {r[-1] for r in text_rows} | {r[-1] for r in dict_rows}
    remerge_relations(conn, keys)


def remerge_relations(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    todo = sorted(keys)
    for i in range(0, len(todo), 500):
        chunk = todo[i:i + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM relations WHERE rkey IN ({marks})", chunk)
        groups: dict[str, list[sqlite3.Row]] = {}
        cursor = conn.execute(
            f"SELECT * FROM relation_mentions WHERE rkey IN ({marks}) ORDER BY rkey, id", chunk)
        cursor.row_factory = sqlite3.Row
        for row in cursor:
            groups.setdefault(row["rkey"], []).append(row)
        merged = [_merge(key, rows) for key, rows in groups.items()]
        conn.executemany(f"INSERT INTO relations ({', '.join(_MERGED)})"
                         f" VALUES ({','.join('?' * len(_MERGED))})", merged)


def _merge(key: str, rows: list[sqlite3.Row]) -> tuple[Any, ...]:
    rtype, source, target = key.split("|", 2)
    holds = [r for r in rows if r["modality"] in _HOLDS and not r["negated"]]
    against = [r for r in rows if r["modality"] == "denied" or r["negated"]]
    starts = [r["date"] for r in holds if r["date"]]
    ends = [r["end_date"] for r in holds if r["end_date"]]
    every = sorted({d for r in holds for d in (r["date"], r["end_date"], r["as_of"]) if d})
    docs = {r["doc"] for r in rows if r["doc"]}
    contested = None
    if holds and against:
        by = sorted({r["asserted_by"] or r["asserted_by_text"] or "?" for r in against})
        contested = f"stated {len(holds)}×, denied {len(against)}× (by {', '.join(by)})"
    return (key, rtype, source, target, min(starts) if starts else None,
            max(ends) if ends else None, every[0] if every else None,
            every[-1] if every else None, len(rows), len(docs), len(holds), len(against),
            json.dumps(sorted({r["method"] for r in rows})), max(r["confidence"] for r in rows),
            contested)


@dataclass(frozen=True, slots=True)
class RelationRecord:
    """One relation as the store knows it: merged over every mention, with their evidence."""

    type: str
    source: str
    target: str
    source_name: str | None
    target_name: str | None
    since: str | None
    until: str | None
    first: str | None
    last: str | None
    mentions: int
    documents: int
    asserts: int
    denies: int
    methods: tuple[str, ...]
    confidence: float
    contested: str | None
    evidence: tuple[dict[str, Any], ...] = ()

    @property
    def symmetric(self) -> bool:
        return self.type in SYMMETRIC_RELATIONS

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["methods"] = list(self.methods)
        out["evidence"] = list(self.evidence)
        out["symmetric"] = self.symmetric
        return out

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows for CSV: one per relation, the evidence counted, not listed."""
        out = self.to_dict()
        out.pop("evidence")
        out["methods"] = ";".join(self.methods)
        return [out]


def _ids(store: Any, value: str) -> tuple[str, list[Any]]:
    """SQL condition pieces matching ``value`` as an id, name, alias or ``PREFIX*``."""
    if value.endswith("*"):
        return "GLOB ?", [value[:-1].replace("[", "[[]").replace("?", "[?]") + "*"]
    ids = store.resolve_actor(value)
    return f"IN ({','.join('?' * len(ids))})", list(ids)


def relations(store: Any, actor: str | None = None, type: str | None = None,  # noqa: A002
              limit: int | None = None, evidence: bool = True,
              contested: bool = False) -> list[RelationRecord]:
    """Stored relations, merged; ``actor`` on either side (id, name, alias or ``PREFIX*``).

    >>> from actorgraph.store.db import Store
    >>> relations(Store(":memory:"), actor="Iran")
    []
    """
    conn: sqlite3.Connection = store.conn
    where, args = [], []
    if actor:
        cond, ids = _ids(store, actor)
        where.append(f"(r.source {cond} OR r.target {cond})")
        args += ids + ids
    if type:
        where.append("r.type = ?")
        args.append(type)
    if contested:
        where.append("r.contested IS NOT NULL")
    sql = ("SELECT r.*, s.name AS source_name, t.name AS target_name FROM relations r"
           " LEFT JOIN actors s ON s.id = r.source LEFT JOIN actors t ON t.id = r.target")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY r.type, r.source, r.target"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    rows = conn.execute(sql, args).fetchall()
    found: dict[str, list[dict[str, Any]]] = {}
    if evidence and rows:
        keys = [r["rkey"] for r in rows]
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            for m in conn.execute(
                "SELECT * FROM relation_mentions WHERE rkey IN"
                f" ({','.join('?' * len(chunk))}) ORDER BY rkey, doc, post, ev_start, id", chunk
            ):
                found.setdefault(m["rkey"], []).append(_evidence(m))
    return [
        RelationRecord(
            type=r["type"], source=r["source"], target=r["target"],
            source_name=r["source_name"], target_name=r["target_name"], since=r["since"],
            until=r["until"], first=r["first"], last=r["last"], mentions=r["mentions"],
            documents=r["documents"], asserts=r["asserts"], denies=r["denies"],
            methods=tuple(json.loads(r["methods"])), confidence=r["confidence"],
            contested=r["contested"], evidence=tuple(found.get(r["rkey"], ())),
        )
        for r in rows
    ]


def relation_dicts(store: Any, actor: str | None = None, type: str | None = None,  # noqa: A002
                   contested: bool = False, limit: int | None = None,
                   evidence: int | None = None) -> list[dict[str, Any]]:
    """:func:`relations` as JSON-ready dicts, at most ``evidence`` sentences each."""
    out = []
    for rel in relations(store, actor=actor, type=type, limit=limit, contested=contested):
        d = rel.to_dict()
        if evidence is not None:
            d["evidence"] = d["evidence"][:evidence]
        out.append(d)
    return out


def _evidence(m: sqlite3.Row) -> dict[str, Any]:
    cited = m["doc"] is None
    return {
        "id": m["id"], "method": m["method"], "cue": m["cue"], "modality": m["modality"],
        "negated": bool(m["negated"]), "date": m["date"], "end_date": m["end_date"],
        "as_of": m["as_of"], "asserted_by": m["asserted_by"],
        "asserted_by_text": m["asserted_by_text"],
        "source_text": m["source_text"], "target_text": m["target_text"],
        "doc": m["doc"], "post": m["post"], "start": m["ev_start"], "end": m["ev_end"],
        "text": m["ev_text"] if not cited else f"{DICTIONARY_CITATION}: {m['cue'] or 'member'}",
    }


def relation_contests(store: Any, actor: str | None = None) -> list[Any]:
    """Contested relations as :class:`~actorgraph.store.query.Contest` items (kind
    ``relation``): one side states it, the other denies or negates it."""
    from ..models import Evidence
    from .query import Contest, ContestItem, ContestSide

    out = []
    for rec in relations(store, actor=actor, contested=True):
        sides: dict[str, list[ContestItem]] = {"asserts": [], "denies": []}
        for ev in rec.evidence:
            if ev["doc"] is None:
                continue
            against = ev["negated"] or ev["modality"] == "denied"
            sides["denies" if against else "asserts"].append(ContestItem(
                event=ev["id"], merged=rkey(rec.type, rec.source, rec.target),
                stance="denies" if against else "asserts", by=ev["asserted_by"],
                by_text=ev["asserted_by_text"], date=ev["date"] or ev["as_of"],
                source=rec.source, target=rec.target, place=None,
                evidence=Evidence(ev["doc"], ev["post"], ev["start"], ev["end"], ev["text"]),
            ))
        out.append(Contest(
            kind="relation", type=rec.type, merged=(rkey(rec.type, rec.source, rec.target),),
            source=rec.source, target=rec.target, place=None, date=rec.first,
            sides=tuple(ContestSide(pos, tuple(items)) for pos, items in sides.items() if items),
        ))
    return out
