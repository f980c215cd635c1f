"""The Python API the CLI and the web app call.

>>> import actorgraph
>>> docs, failures = actorgraph.read(["thread.txt"])          # doctest: +SKIP
>>> for coded in actorgraph.code(docs):                       # doctest: +SKIP
...     print([e.type for e in coded.events])
>>> graph = actorgraph.open("actorgraph.db")                   # doctest: +SKIP
>>> graph.events(actor="IRN", type="ASSAULT")                  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import IO, Any

from .errors import ActorGraphError, ReaderError
from .models import Actor, CodedDocument, Document, Event
from .settings import Settings
from .store.db import EventFilter, Store
from .store.query import (
    MAX_EDGES,
    MAX_NODES,
    ClaimRecord,
    Contest,
    Edge,
    MergedEvent,
    PeriodCount,
    Results,
    SearchHit,
    TimelineEntry,
)

__all__ = ["ActorGraph", "IngestReport", "code", "iter_documents", "open", "read"]

OnError = Callable[[ActorGraphError], None]


def iter_documents(
    paths: Iterable[str | Path], format: str | None = None, on_error: OnError | None = None
) -> Iterator[Document]:
    """Documents of every readable input; unreadable ones go to ``on_error`` (or raise)."""
    from .readers import iter_inputs, read_path

    for path, key in iter_inputs(paths):
        try:
            docs = read_path(path, format, key)
        except ReaderError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        yield from docs


def read(
    paths: Iterable[str | Path], format: str | None = None
) -> tuple[list[Document], list[ReaderError]]:
    """All documents of ``paths`` and the errors of the inputs that failed."""
    failures: list[ReaderError] = []
    docs = list(iter_documents(paths, format, failures.append))  # type: ignore[arg-type]
    return docs, failures


def code(
    documents: Iterable[Document], settings: Settings | None = None
) -> Iterator[CodedDocument]:
    """Code ``documents`` with the model and dictionaries ``settings`` name."""
    from .coding.documents import DocumentCoder

    yield from DocumentCoder.shared(settings or Settings()).code_many(documents)


@dataclass
class IngestReport:
    stored: int = 0
    unchanged: int = 0
    events: int = 0
    failures: list[ActorGraphError] = field(default_factory=list)


class ActorGraph:
    """A store opened for analysis: ``actorgraph.open("actorgraph.db")``."""

    def __init__(self, db: str | Path = "actorgraph.db", settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.store = Store(db)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> ActorGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(
        self,
        paths: Iterable[str | Path],
        format: str | None = None,
        on_error: OnError | None = None,
        on_document: Callable[[Document], None] | None = None,
    ) -> IngestReport:
        """Read, code and store ``paths``; already stored documents are skipped unparsed.

        A directory written by ``actorgraph batch --out`` is loaded as it was coded.
        """
        self.store.check_writable()  # before the model loads and the first file is read
        report = IngestReport()

        def failed(exc: ActorGraphError) -> None:
            report.failures.append(exc)
            if on_error:
                on_error(exc)

        # id -> (format, source, content hash) of the first document of that id: no texts kept
        seen: dict[str, tuple[str, str | None, str]] = {}

        def fresh() -> Iterator[Document]:
            for doc in iter_documents(paths, format, failed):
                if self.store.has(doc.id, doc.content_hash):
                    report.unchanged += 1  # the very same text under its id: nothing to lose
                    seen.setdefault(doc.id, (doc.format, doc.source, doc.content_hash))
                    if on_document:
                        on_document(doc)
                    continue
                problem = _collision(doc, seen.get(doc.id), self.store)
                if problem:
                    failed(ReaderError(doc.source, problem))
                    continue
                seen.setdefault(doc.id, (doc.format, doc.source, doc.content_hash))
                if on_document:
                    on_document(doc)
                yield doc

        paths = list(paths)
        from .coding.documents import above
        from .runners.shards import is_batch_output, read_shards

        shard_dirs = [p for p in paths if is_batch_output(p)]
        paths = [p for p in paths if p not in shard_dirs]

        def coded_documents() -> Iterator[CodedDocument]:
            for out in shard_dirs:  # `actorgraph batch --out DIR` shards: coded already
                for coded in read_shards(out):
                    if on_document:
                        on_document(coded.document)
                    yield above(coded, self.settings.min_confidence)
            if paths:
                yield from code(fresh(), self.settings)

        for coded in coded_documents():
            # One transaction per document. A document read twice in one run may be coded
            # twice (coding reads ahead), but it is stored once.
            if self.store.write(coded):
                report.stored += 1
                report.events += len({e.id for e in coded.events})  # what the store holds
            else:
                report.unchanged += 1
        return report

    # -- queries: filters are those of ``actorgraph events --help`` (see EventFilter) ------

    @staticmethod
    def _filter(filters: dict[str, Any]) -> EventFilter:
        try:
            return EventFilter(**filters)
        except TypeError:
            known = ", ".join(f.name for f in fields(EventFilter))
            raise ActorGraphError(f"unknown filter in {sorted(filters)}; known: {known}") from None

    def events(self, **filters: Any) -> Results[Event]:
        """Stored event mentions, by date; each keeps its sentence and who asserts it.

        >>> graph.events(actor="Iran", type="AID", since="2003").to_pandas()  # doctest: +SKIP
        """
        return Results(self.store.events(self._filter(filters)))

    def merged_events(self, **filters: Any) -> Results[MergedEvent]:
        """Real-world events: mentions merged across documents (see ``actorgraph.store.merge``)."""
        return Results(self.store.merged_events(self._filter(filters)))

    def mentions(self, merged_id: str) -> Results[Event]:
        """The event mentions a merged event is made of, with their evidence."""
        return Results(self.store.mentions_of(merged_id))

    def claims(self, **filters: Any) -> Results[ClaimRecord]:
        """Who asserts or denies the events matching the filters, with the sentence."""
        return Results(self.store.claims(self._filter(filters)))

    def contested(self, **filters: Any) -> Results[Contest]:
        """Events sources disagree about (stance, date, source, target or place), both sides."""
        return Results(self.store.contested(self._filter(filters)))

    def relations(self, actor: str | None = None, type: str | None = None,  # noqa: A002
                  contested: bool = False, limit: int | None = None) -> Results[Any]:
        """Standing relations (backs, leads, member_of, allied_with, rival_of), merged across
        documents, each with its evidence; ``actor`` on either side.

        >>> graph.relations(actor="Iran", type="backs")         # doctest: +SKIP
        """
        from .models import RELATION_TYPES
        from .store.relations import relations

        if type is not None and type not in RELATION_TYPES:
            raise ActorGraphError(f"unknown relation type {type!r}; use one of "
                                  f"{', '.join(RELATION_TYPES)}")
        return Results(relations(self.store, actor=actor, type=type, limit=limit,
                                 contested=contested))

    def actors(self, query: str | None = None) -> Results[Actor]:
        """Stored actors whose id, name or alias contains ``query``."""
        return Results(self.store.actors(query))

    def timeline(self, actor: str, **filters: Any) -> Results[TimelineEntry]:
        """The merged events ``actor`` takes part in, by date, seen from that actor."""
        return Results(self.store.timeline(actor, self._filter(filters)))

    def timeline_counts(self, actor: str, by: str = "month",
                        **filters: Any) -> Results[PeriodCount]:
        """How many merged events of each type ``actor`` takes part in per year, month or day."""
        return Results(self.store.timeline_counts(actor, by, self._filter(filters)))

    def ego_network(self, actor: str | None = None, depth: int = 1,
                    max_nodes: int = MAX_NODES, max_edges: int = MAX_EDGES,
                    **filters: Any) -> dict[str, Any]:
        """The network around ``actor`` (or of the busiest actors): ``{"nodes", "edges",
        "truncated"}``, exactly what the web app's ``/api/graph`` returns for the same
        arguments (see :meth:`~actorgraph.store.query.Queries.ego_network`)."""
        f = self._filter(dict(filters, actor=actor))
        return self.store.ego_network(f, depth, max_nodes, max_edges)

    def graph(self, actor: str, depth: int = 1, max_nodes: int = MAX_NODES,
              max_edges: int = MAX_EDGES, **filters: Any) -> Any:
        """The ego network of ``actor`` as a ``networkx.MultiDiGraph`` (``actorgraph[data]``).

        The actors and edges of :meth:`ego_network`.
        """
        return self.store.network(actor, depth, self._filter(filters), max_nodes, max_edges)

    def network(self, actor: str, depth: int = 1, max_nodes: int = MAX_NODES,
                max_edges: int = MAX_EDGES, **filters: Any) -> Results[Edge]:
        """The edges of :meth:`ego_network`, the busiest first."""
        found = self.ego_network(actor, depth, max_nodes, max_edges, **filters)
        edges = [Edge(**{k: v for k, v in e.items() if k != "id"}) for e in found["edges"]]
        return Results(sorted(edges, key=lambda e: (-e.events, e.source, e.target, e.type)))

    def search(self, text: str, limit: int = 20, raw: bool = False) -> Results[SearchHit]:
        """Actors by id, name or alias, then posts by full-text search, with snippets."""
        from .store.search import SEARCH_SECONDS, time_budget

        with time_budget(self.store.conn, SEARCH_SECONDS):
            return Results(self.store.search(text, limit, raw))

    def export(self, to: str, out: str | Path | IO[Any] | None = None, **filters: Any) -> int:
        """Write the matching events as jsonl, plover, csv, parquet, gexf or graphml."""
        from .export import export_events

        return export_events(self.store, to, out, self._filter(filters))


#: Formats whose document ids are the platform's own (a tweet's, a status's): the same id
#: read from two files is the same document, a newer copy of it.
_GLOBAL_IDS = frozenset({"x-archive", "mastodon", "bluesky"})


def _collision(
    doc: Document, earlier: tuple[str, str | None, str] | None, store: Store
) -> str | None:
    """Why ``doc`` may not be stored under its id, or None.

    Two different inputs must never share an id silently, or one replaces the other:
    in one run, a document of another file with the same id and another text (``earlier``:
    its format, source and content hash); in the store,
    one of another format or from a file of another name (names, not paths, are compared:
    a rerun from another folder names the same file differently).
    """
    if earlier is not None:
        fmt, source, content = earlier
        if source == doc.source or content == doc.content_hash or (
            fmt == doc.format and fmt in _GLOBAL_IDS
        ):
            return None
        where = source
    else:
        row = store.conn.execute(
            "SELECT format, source FROM documents WHERE id = ?", (doc.id,)
        ).fetchone()
        if row is None:
            return None
        fmt, source = row[0], row[1]
        if fmt == doc.format and (
            fmt in _GLOBAL_IDS or Path(source or "").name == Path(doc.source or "").name
        ):
            return None  # the same input again, changed or not
        where = f"{source} (stored before)"
    return (f"document id {doc.id!r} is already the id of a document of {where}; nothing "
            "stored for it. Give one of them another id (rename the file or its 'id')")


def open(db: str | Path = "actorgraph.db", settings: Settings | None = None) -> ActorGraph:  # noqa: A001
    """Open (or create) the store at ``db``."""
    return ActorGraph(db, settings)
