"""Event records in the shapes users read, and the store's exporters.

The JSONL fields are a public contract (see the README): ``id``, ``type``,
``mode``, ``quad``, ``cameo``, ``source``, ``target``, ``date``,
``end_date``, ``date_basis``, ``location``, ``asserted_by``, ``modality``,
``negated``, ``confidence``, ``method``, ``evidence``; plus ``disputed`` and
``trigger``, which the contract allows as extras, and ``merged`` (the id of
the merged event a stored mention belongs to) in exports from a store. Every
shape is derived from the :class:`Event` fields by :mod:`actorgraph.codec`.

:func:`export_events` writes a store's events (filtered like ``actorgraph
events``) in one of :data:`EXPORTERS`:

- ``jsonl``: the contract above, one event mention per line;
- ``plover``: PLOVER-style JSON as POLECAT publishes it, one per line;
- ``csv``: one event mention per row; columns named as POLECAT names them
  where POLECAT has the field (:data:`CSV_HEADERS`), then actorgraph's own;
- ``parquet``: the JSONL records as typed columns, nested objects as structs
  (:func:`parquet_schema`), for pandas, DuckDB and Arrow; the same layout as
  the ``events/`` shards ``actorgraph batch`` writes, and read back by
  :func:`read_parquet_events`;
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
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from . import codec
from .errors import ActorGraphError
from .models import Actor, Event, Relation

if TYPE_CHECKING:
    from .store.query import EventFilter, Queries

__all__ = [
    "CSV_COLUMNS",
    "EXPORTERS",
    "Exporter",
    "csv_columns",
    "event_to_json",
    "event_to_plover",
    "event_to_row",
    "export_events",
    "export_relations",
    "parquet_schema",
    "read_parquet_events",
    "relation_to_json",
]

ActorLookup = codec.ActorLookup
_lookup = codec.lookup_of


def event_to_json(event: Event, actors: Mapping[str, Actor] | ActorLookup) -> dict[str, Any]:
    """The public JSONL record of ``event``; ``actors`` resolves ids to names.

    Its keys are the :class:`Event` fields (see :mod:`actorgraph.codec`):
    ``source``, ``target`` and ``asserted_by`` are objects with the actor's
    id, name and surface text, ``location`` and ``evidence`` nested objects.
    """
    return codec.EVENT.to_json(event, actors)


#: JSONL keys the PLOVER record renames (or leaves out on purpose); any other field of the
#: event (one added later) is appended under its JSONL name.
_PLOVER_COVERS = frozenset({
    "id", "date", "date_basis", "type", "mode", "quad", "cameo", "source", "target",
    "trigger", "location", "evidence", "asserted_by", "modality", "negated", "confidence",
    "end_date", "disputed",
})


def relation_to_json(
    relation: Relation, actors: Mapping[str, Actor] | ActorLookup
) -> dict[str, Any]:
    """The JSONL record of a standing relation (:data:`actorgraph.codec.RELATION`, plus
    ``symmetric``): ``"record": "relation"`` tells it from the event records it is printed
    among."""
    record: dict[str, Any] = {"record": "relation"}
    for key, value in codec.RELATION.to_json(relation, actors).items():
        record[key] = value
        if key == "target":
            record["symmetric"] = relation.symmetric
    return record


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
    record = {
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
        "event_loc": loc.to_dict() if loc else None,
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
    for key, value in codec.EVENT.to_json(event, lookup).items():
        if key not in _PLOVER_COVERS:
            record[key] = value
    return record


# -- flat rows (CSV), Parquet --------------------------------------------------------------

#: CSV headers of the flat row's keys, in column order; the headers before "Merged Event
#: ID" are POLECAT's names. A flat key not listed here (a field added to Event later) gets
#: a column after these, its header made from its name.
CSV_HEADERS: dict[str, str] = {
    "id": "Event ID",
    "date": "Event Date",
    "type": "Event Type",
    "mode": "Event Mode",
    "quad": "Quad Code",
    "source_name": "Actor Name",
    "source_country": "Actor Country",
    "source_sector": "Primary Actor Sector",
    "source_text": "Actor Name Raw",
    "target_name": "Recipient Name",
    "target_country": "Recipient Country",
    "target_sector": "Primary Recipient Sector",
    "target_text": "Recipient Name Raw",
    "place_name": "Placename",
    "place_country": "Country",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "geonameid": "GeoNames ID",
    "published": "Publication Date",
    "merged": "Merged Event ID",
    "end_date": "End Date",
    "date_basis": "Date Basis",
    "cameo": "CAMEO Code",
    "source": "Actor ID",
    "source_kind": "Actor Type",
    "target": "Recipient ID",
    "target_kind": "Recipient Type",
    "asserted_by_name": "Asserted By",
    "asserted_by": "Asserted By ID",
    "modality": "Modality",
    "negated": "Negated",
    "disputed": "Disputed",
    "confidence": "Confidence",
    "trigger": "Trigger",
    "evidence": "Evidence Text",
    "doc": "Document",
    "post": "Post",
    "evidence_start": "Evidence Start",
    "evidence_end": "Evidence End",
}

#: Keys of a flat row besides the event's own: from the store, not from the event.
_ROW_EXTRAS = ("merged", "published", "happened")


def csv_columns() -> tuple[tuple[str, str], ...]:
    """(CSV header, flat row key) pairs: :data:`CSV_HEADERS`, then any other event field."""
    keys = [*CSV_HEADERS]
    keys += [k for k in codec.EVENT.flat_columns if k not in CSV_HEADERS and k != "happened"]
    return tuple((CSV_HEADERS.get(k) or k.replace("_", " ").title(), k) for k in keys)


#: The CSV columns with today's Event fields (see :func:`csv_columns`).
CSV_COLUMNS: tuple[tuple[str, str], ...] = csv_columns()


def event_to_row(
    event: Event, actors: Mapping[str, Actor] | ActorLookup, merged: str | None = None,
    published: str | None = None,
) -> dict[str, Any]:
    """``event`` as one flat row (for CSV): :attr:`codec.EVENT.flat_columns
    <actorgraph.codec.RecordCodec.flat_columns>` plus ``merged``, ``published`` and
    ``happened``."""
    row = codec.EVENT.to_flat(event, actors)
    row.update(merged=merged, published=published, happened=event.happened)
    return row


def parquet_schema() -> Any:
    """The Arrow schema of a Parquet export: the JSONL record's fields as columns (actor
    sides, location and evidence as structs), then ``merged`` and ``published``. Batch
    shards hold the same columns after their ``doc_seq`` and ``doc``."""
    return codec.EVENT.arrow_schema(after=(("merged", "string"), ("published", "string")))


def read_parquet_events(path: str | Path) -> Iterator[Event]:
    """The events of a Parquet export (or of a batch shard's ``events/`` file).

    >>> [e.type for e in read_parquet_events("events.parquet")]   # doctest: +SKIP
    ['REJECT', 'ASSAULT']
    """
    pq = _need("pyarrow.parquet")
    try:
        table = pq.read_table(path)
    except OSError as exc:
        raise ActorGraphError(f"{path}: cannot read Parquet ({exc})") from None
    yield from codec.EVENT.from_table(table)


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
    columns = csv_columns()
    writer.writerow([header for header, _ in columns])
    n = 0
    for event, merged, published in rows:
        n += 1
        row = event_to_row(event, lookup, merged, published)
        writer.writerow(["" if row[key] is None else row[key] for _, key in columns])
    return n


def _write_parquet(rows: Rows, lookup: ActorLookup, out: IO[bytes], batch: int = 10_000) -> int:
    pa = _need("pyarrow")
    pq = _need("pyarrow.parquet")
    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        pending: list[dict[str, Any]] = []

        def flush() -> None:
            writer.write_table(pa.Table.from_pylist(pending, schema=schema))
            pending.clear()

        for event, merged, published in rows:
            n += 1
            record = codec.EVENT.to_json(event, lookup)
            record.update(merged=merged, published=published)
            pending.append(record)
            if len(pending) >= batch:
                flush()
        if pending or n == 0:
            flush()
    return n


def _graph(store: Queries, f: EventFilter) -> Any:
    from .store.query import graph_from_edges

    return graph_from_edges(store.edges(f), store.actor)


def _write_graph(store: Queries, f: EventFilter, out: IO[Any], to: str) -> int:
    nx = _need("networkx")
    graph = _graph(store, f)
    # GEXF reserves an edge's "type" (directed/undirected), so the PLOVER type is "event_type".
    for _u, _v, data in graph.edges(data=True):
        data["event_type"] = data.pop("type")
        data["kind"] = "event"
    _add_relation_edges(store, f, graph)
    (nx.write_gexf if to == "gexf" else nx.write_graphml)(graph, out)
    return int(graph.number_of_edges())


def _add_relation_edges(store: Queries, f: EventFilter, graph: Any) -> None:
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


def export_relations(store: Queries, to: str, out: IO[Any], actor: str | None = None,
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


def _write_relations(store: Queries, f: EventFilter, out: IO[Any], to: str) -> int:
    return export_relations(store, to.removeprefix("relations-"), out, f.actor)


def _need(module: str) -> Any:
    return codec.need(module)


@dataclass(frozen=True, slots=True)
class Exporter:
    """One export format: whether it writes bytes, whether it is a graph (of edges, not
    events) or of relations, and its writer."""

    name: str
    binary: bool
    graph: bool
    write: Callable[..., int]
    relations: bool = False  # writes the store's standing relations, not its events


#: The export formats, by name: the one list the CLI and the API offer.
EXPORTERS: dict[str, Exporter] = {
    e.name: e for e in (
        Exporter("jsonl", False, False, _write_jsonl),
        Exporter("plover", False, False, _write_plover),
        Exporter("csv", False, False, _write_csv),
        Exporter("parquet", True, False, _write_parquet),
        Exporter("gexf", True, True, _write_graph),
        Exporter("graphml", True, True, _write_graph),
        Exporter("relations-jsonl", False, False, _write_relations, relations=True),
        Exporter("relations-csv", False, False, _write_relations, relations=True),
    )
}


def export_events(
    store: Queries, to: str, out: str | Path | IO[Any] | None = None,
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
    exporter = EXPORTERS[to]
    binary = exporter.binary
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
        if exporter.graph or exporter.relations:
            return exporter.write(store, f, stream, to)
        return exporter.write(store.export_rows(f), store.actor, stream)
