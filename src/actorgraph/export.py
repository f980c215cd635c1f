"""Event records in the shapes users read, and the store's exporters.

The JSONL fields are a public contract (see the README): ``id``, ``type``,
``mode``, ``quad``, ``cameo``, ``source``, ``target``, ``date``,
``end_date``, ``date_basis``, ``location``, ``asserted_by``, ``modality``,
``negated``, ``confidence``, ``evidence``; plus ``disputed`` and
``trigger``, which the contract allows as extras, and ``merged`` (the id of
the merged event a stored mention belongs to) in exports from a store.

:func:`export_events` writes a store's events (filtered like ``actorgraph
events``) in one of :data:`EXPORTERS`:

- ``jsonl``: the contract above, one event mention per line;
- ``plover``: PLOVER-style JSON as POLECAT publishes it, one per line;
- ``csv``: one event mention per row; columns named as POLECAT names them
  where POLECAT has the field (:data:`CSV_COLUMNS`), then actorgraph's own;
- ``parquet``: the same rows with snake_case columns and types
  (:data:`PARQUET_COLUMNS`), for pandas, DuckDB and Arrow;
- ``gexf``/``graphml``: a directed multigraph for Gephi and networkx. Actors
  are nodes (``label``, ``kind``, ``country``, ``provisional``); each (source,
  target, event type) is one edge (key and ``event_type``: the PLOVER type;
  ``quad``; ``weight``: merged events; ``mentions``; ``first``/``last`` dates)
  counting the merged events that some source presents as having happened.
  Events with an unknown source or target have no edge. Edges carry ``kind``:
  ``event``, or ``relation`` for the standing relations between the graph's
  actors (``relation_type``: backs, leads, member_of, allied_with, rival_of;
  ``weight``: mentions that state it).
- ``relations-jsonl``/``relations-csv``: the merged standing relations (see
  :mod:`actorgraph.store.relations`), JSONL with every mention's evidence.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .errors import ActorGraphError
from .models import Actor, Event, Relation

if TYPE_CHECKING:
    from .store.db import Store
    from .store.query import EventFilter

__all__ = [
    "CSV_COLUMNS",
    "EXPORTERS",
    "PARQUET_COLUMNS",
    "event_to_json",
    "event_to_plover",
    "event_to_row",
    "export_events",
    "export_relations",
    "relation_to_json",
]

ActorLookup = Callable[[str], Actor | None]


def _lookup(actors: Mapping[str, Actor] | ActorLookup) -> ActorLookup:
    return actors.get if isinstance(actors, Mapping) else actors


def _actor(actor_id: str | None, text: str | None, lookup: ActorLookup) -> dict[str, Any] | None:
    if actor_id is None and text is None:
        return None
    actor = lookup(actor_id) if actor_id else None
    return {
        "id": actor_id,
        "name": actor.name if actor else text,
        "text": text,
        "kind": actor.kind if actor else None,
        "country": actor.country if actor else None,
    }


def event_to_json(event: Event, actors: Mapping[str, Actor] | ActorLookup) -> dict[str, Any]:
    """The public JSONL record of ``event``; ``actors`` resolves ids to names."""
    lookup = _lookup(actors)
    asserted = _actor(event.asserted_by, event.asserted_by_text, lookup)
    if asserted is not None:
        asserted = {k: asserted[k] for k in ("id", "name", "text")}
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "quad": event.quad,
        "cameo": event.cameo,
        "source": _actor(event.source, event.source_text, lookup),
        "target": _actor(event.target, event.target_text, lookup),
        "date": event.date,
        "end_date": event.end_date,
        "date_basis": event.date_basis,
        "location": event.location.to_dict() if event.location else None,
        "asserted_by": asserted,
        "modality": event.modality,
        "negated": event.negated,
        "disputed": event.disputed,
        "confidence": event.confidence,
        "trigger": event.trigger,
        "evidence": event.evidence.to_dict(),
    }


def relation_to_json(
    relation: Relation, actors: Mapping[str, Actor] | ActorLookup
) -> dict[str, Any]:
    """The JSONL record of a standing relation: ``"record": "relation"`` tells it from the
    event records it is printed among."""
    lookup = _lookup(actors)
    asserted = _actor(relation.asserted_by, relation.asserted_by_text, lookup)
    if asserted is not None:
        asserted = {k: asserted[k] for k in ("id", "name", "text")}
    return {
        "record": "relation",
        "id": relation.id,
        "type": relation.type,
        "source": _actor(relation.source, relation.source_text, lookup),
        "target": _actor(relation.target, relation.target_text, lookup),
        "symmetric": relation.symmetric,
        "date": relation.date,
        "end_date": relation.end_date,
        "as_of": relation.as_of,
        "asserted_by": asserted,
        "modality": relation.modality,
        "negated": relation.negated,
        "confidence": relation.confidence,
        "method": relation.method,
        "cue": relation.cue,
        "evidence": relation.evidence.to_dict() if relation.evidence else None,
    }


def event_to_plover(
    event: Event, actors: Mapping[str, Actor] | ActorLookup, published: str | None = None
) -> dict[str, Any]:
    """A PLOVER-style JSON record (as POLECAT publishes them) of ``event``."""
    lookup = _lookup(actors)

    def side(actor_id: str | None, text: str | None) -> dict[str, Any]:
        actor = lookup(actor_id) if actor_id else None
        return {
            "actor_id": actor_id,
            "actor_name": actor.name if actor else text,
            "actor_text": text,
            "actor_country": actor.country if actor else None,
            "actor_type": actor.kind if actor else None,
        }

    loc = event.location
    return {
        "id": event.id,
        "date": event.date,
        "date_basis": event.date_basis,
        "event": event.type,
        "mode": event.mode or "",
        "quad_code": event.quad,
        "cameo_root": event.cameo,
        "actor": side(event.source, event.source_text),
        "recipient": side(event.target, event.target_text),
        "event_text": event.trigger,
        "event_loc": (
            {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon,
             "geonameid": loc.geonameid} if loc else None
        ),
        "text": event.evidence.text,
        "text_info": {
            "doc_id": event.evidence.doc,
            "post": event.evidence.post,
            "start": event.evidence.start,
            "end": event.evidence.end,
            "publication_date": published,
        },
        "asserted_by": event.asserted_by or event.asserted_by_text,
        "modality": event.modality,
        "negated": event.negated,
        "confidence": event.confidence,
    }


# -- flat rows (CSV, Parquet) --------------------------------------------------------------

#: (CSV header, row key) pairs; the headers before "Merged Event ID" are POLECAT's names.
CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Event ID", "id"),
    ("Event Date", "date"),
    ("Event Type", "type"),
    ("Event Mode", "mode"),
    ("Quad Code", "quad"),
    ("Actor Name", "source_name"),
    ("Actor Country", "source_country"),
    ("Primary Actor Sector", "source_sector"),
    ("Actor Name Raw", "source_text"),
    ("Recipient Name", "target_name"),
    ("Recipient Country", "target_country"),
    ("Primary Recipient Sector", "target_sector"),
    ("Recipient Name Raw", "target_text"),
    ("Placename", "place_name"),
    ("Country", "place_country"),
    ("Latitude", "latitude"),
    ("Longitude", "longitude"),
    ("GeoNames ID", "geonameid"),
    ("Publication Date", "published"),
    ("Merged Event ID", "merged"),
    ("End Date", "end_date"),
    ("Date Basis", "date_basis"),
    ("CAMEO Code", "cameo"),
    ("Actor ID", "source"),
    ("Actor Type", "source_kind"),
    ("Recipient ID", "target"),
    ("Recipient Type", "target_kind"),
    ("Asserted By", "asserted_by_name"),
    ("Asserted By ID", "asserted_by"),
    ("Modality", "modality"),
    ("Negated", "negated"),
    ("Disputed", "disputed"),
    ("Confidence", "confidence"),
    ("Trigger", "trigger"),
    ("Evidence Text", "evidence"),
    ("Document", "doc"),
    ("Post", "post"),
    ("Evidence Start", "evidence_start"),
    ("Evidence End", "evidence_end"),
)

#: Parquet column names and Arrow types (by name, so pyarrow loads only when used).
PARQUET_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("merged", "string"), ("date", "string"), ("end_date", "string"),
    ("date_basis", "string"), ("type", "string"), ("mode", "string"), ("quad", "int8"),
    ("cameo", "string"), ("source", "string"), ("source_name", "string"),
    ("source_text", "string"), ("source_kind", "string"), ("source_country", "string"),
    ("source_sector", "string"), ("target", "string"), ("target_name", "string"),
    ("target_text", "string"), ("target_kind", "string"), ("target_country", "string"),
    ("target_sector", "string"), ("place_name", "string"), ("place_country", "string"),
    ("latitude", "float64"), ("longitude", "float64"), ("geonameid", "int64"),
    ("asserted_by", "string"), ("asserted_by_name", "string"), ("modality", "string"),
    ("negated", "bool"), ("disputed", "bool"), ("happened", "bool"), ("confidence", "float64"),
    ("trigger", "string"), ("doc", "string"), ("post", "int32"), ("evidence_start", "int32"),
    ("evidence_end", "int32"), ("evidence", "string"), ("published", "string"),
)


def event_to_row(
    event: Event, actors: Mapping[str, Actor] | ActorLookup, merged: str | None = None,
    published: str | None = None,
) -> dict[str, Any]:
    """``event`` as one flat row: the keys of :data:`PARQUET_COLUMNS`."""
    lookup = _lookup(actors)
    row: dict[str, Any] = {
        "id": event.id, "merged": merged, "date": event.date, "end_date": event.end_date,
        "date_basis": event.date_basis, "type": event.type, "mode": event.mode,
        "quad": event.quad, "cameo": event.cameo,
    }
    for side, actor_id, text in (("source", event.source, event.source_text),
                                 ("target", event.target, event.target_text)):
        actor = lookup(actor_id) if actor_id else None
        row[side] = actor_id
        row[f"{side}_name"] = actor.name if actor else text
        row[f"{side}_text"] = text
        row[f"{side}_kind"] = actor.kind if actor else None
        row[f"{side}_country"] = actor.country if actor else None
        row[f"{side}_sector"] = actor.sector if actor else None
    loc = event.location
    asserted = lookup(event.asserted_by) if event.asserted_by else None
    ev = event.evidence
    row.update(
        place_name=loc.name if loc else None, place_country=loc.country if loc else None,
        latitude=loc.lat if loc else None, longitude=loc.lon if loc else None,
        geonameid=loc.geonameid if loc else None, asserted_by=event.asserted_by,
        asserted_by_name=asserted.name if asserted else event.asserted_by_text,
        modality=event.modality, negated=event.negated, disputed=event.disputed,
        happened=event.happened, confidence=event.confidence, trigger=event.trigger,
        doc=ev.doc, post=ev.post, evidence_start=ev.start, evidence_end=ev.end,
        evidence=ev.text, published=published,
    )
    return row


# -- writers -------------------------------------------------------------------------------

Rows = Iterable[tuple[Event, str, "str | None"]]


def _write_jsonl(rows: Rows, lookup: ActorLookup, out: IO[str]) -> int:
    n = 0
    for event, merged, _published in rows:
        n += 1
        record = event_to_json(event, lookup)
        record["merged"] = merged
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n


def _write_plover(rows: Rows, lookup: ActorLookup, out: IO[str]) -> int:
    n = 0
    for event, merged, published in rows:
        n += 1
        record = event_to_plover(event, lookup, published)
        record["merged"] = merged
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n


def _write_csv(rows: Rows, lookup: ActorLookup, out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow([header for header, _ in CSV_COLUMNS])
    n = 0
    for event, merged, published in rows:
        n += 1
        row = event_to_row(event, lookup, merged, published)
        writer.writerow(["" if row[key] is None else row[key] for _, key in CSV_COLUMNS])
    return n


def _write_parquet(rows: Rows, lookup: ActorLookup, out: IO[bytes], batch: int = 50_000) -> int:
    pa = _need("pyarrow")
    pq = _need("pyarrow.parquet")
    schema = pa.schema([(name, pa.type_for_alias(kind)) for name, kind in PARQUET_COLUMNS])
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        pending: list[dict[str, Any]] = []

        def flush() -> None:
            writer.write_table(pa.Table.from_pylist(pending, schema=schema))
            pending.clear()

        for event, merged, published in rows:
            n += 1
            pending.append(event_to_row(event, lookup, merged, published))
            if len(pending) >= batch:
                flush()
        if pending or n == 0:
            flush()
    return n


def _graph(store: Store, f: EventFilter) -> Any:
    from .store.query import graph_from_edges

    return graph_from_edges(store.edges(f), store.actor)


def _write_graph(store: Store, f: EventFilter, out: IO[Any], to: str) -> int:
    nx = _need("networkx")
    graph = _graph(store, f)
    # GEXF reserves an edge's "type" (directed/undirected), so the PLOVER type is "event_type".
    for _u, _v, data in graph.edges(data=True):
        data["event_type"] = data.pop("type")
        data["kind"] = "event"
    _add_relation_edges(store, f, graph)
    (nx.write_gexf if to == "gexf" else nx.write_graphml)(graph, out)
    return int(graph.number_of_edges())


def _add_relation_edges(store: Store, f: EventFilter, graph: Any) -> None:
    """Standing relations as a second kind of edge (``kind=relation``, ``relation_type``)
    between the actors of the graph, or of the filtered actor's relations."""
    from .store.relations import relations

    nodes = set(graph.nodes)
    for rel in relations(store, actor=f.actor, evidence=False):
        if rel.asserts == 0 or (nodes and f.actor is None and not (
                rel.source in nodes or rel.target in nodes)):
            continue
        for actor_id in (rel.source, rel.target):
            if actor_id not in graph:
                a = store.actor(actor_id)
                graph.add_node(actor_id, label=a.name if a else actor_id,
                               kind=a.kind if a else "", country=(a.country or "") if a else "",
                               provisional=bool(a and a.provisional))
        graph.add_edge(rel.source, rel.target, key=f"relation:{rel.type}", kind="relation",
                       relation_type=rel.type, event_type="", quad=0, weight=rel.asserts,
                       mentions=rel.mentions, first=rel.first or "", last=rel.last or "")


def export_relations(store: Store, to: str, out: IO[Any], actor: str | None = None,
                     type: str | None = None) -> int:  # noqa: A002
    """Write the store's merged relations as ``jsonl`` (with their evidence) or ``csv``."""
    from .store.relations import relations

    found = relations(store, actor=actor, type=type, evidence=to == "jsonl")
    if to == "jsonl":
        for rel in found:
            out.write(json.dumps({"record": "relation", **rel.to_dict()}, ensure_ascii=False)
                      + "\n")
        return len(found)
    writer = csv.writer(out)
    columns = ["type", "source", "source_name", "target", "target_name", "symmetric", "since",
               "until", "first", "last", "mentions", "documents", "asserts", "denies",
               "methods", "confidence", "contested"]
    writer.writerow(columns)
    for rel in found:
        row = rel.rows()[0]
        writer.writerow(["" if row[c] is None else row[c] for c in columns])
    return len(found)


def _need(module: str) -> Any:
    from .store.query import _need as need

    return need(module)


#: Export formats: name -> whether the output is binary.
EXPORTERS: dict[str, bool] = {
    "jsonl": False, "plover": False, "csv": False, "parquet": True, "gexf": True,
    "graphml": True, "relations-jsonl": False, "relations-csv": False,
}


def export_events(
    store: Store, to: str, out: str | Path | IO[Any] | None = None,
    f: EventFilter | None = None,
) -> int:
    """Write the events of ``store`` that match ``f`` to ``out`` in format ``to``.

    ``out`` is a path, an open file (text for jsonl/plover/csv, binary for the
    others) or ``None`` for standard output. Returns how many records (graph
    formats: edges) were written.

    >>> from actorgraph.store import Store
    >>> import io
    >>> export_events(Store(":memory:"), "csv", io.StringIO())
    0
    """
    from .store.query import EventFilter

    if to not in EXPORTERS:
        raise ActorGraphError(f"unknown export format {to!r}; use one of {', '.join(EXPORTERS)}")
    binary = EXPORTERS[to]
    f = f or EventFilter()
    with ExitStack() as stack:
        stream: IO[Any]
        if out is None:
            if binary and sys.stdout.isatty():
                raise ActorGraphError(f"{to} is a binary format: pass --out FILE")
            stream = sys.stdout.buffer if binary else sys.stdout
        elif isinstance(out, str | Path):
            try:
                if binary:
                    stream = stack.enter_context(open(out, "wb"))  # noqa: SIM115
                else:
                    stream = stack.enter_context(
                        open(out, "w", encoding="utf-8", newline=""))  # noqa: SIM115
            except OSError as exc:
                raise ActorGraphError(f"{out}: cannot write ({exc.strerror})") from None
        else:
            stream = out
        if to in ("gexf", "graphml"):
            return _write_graph(store, f, stream, to)
        if to.startswith("relations-"):
            return export_relations(store, to.removeprefix("relations-"), stream, f.actor)
        rows = store.export_rows(f)
        writers: dict[str, Callable[..., int]] = {
            "jsonl": _write_jsonl, "plover": _write_plover, "csv": _write_csv,
            "parquet": _write_parquet,
        }
        writer = writers[to]
        return writer(rows, store.actor, stream)
