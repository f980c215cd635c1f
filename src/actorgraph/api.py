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
    paths: Iterable[str | Path], format: str | None = None, on_error: OnError | None = None,
    strict: bool = False,
) -> Iterator[Document]:
    """Documents of every readable input; unreadable ones go to ``on_error`` (or raise).

    With ``on_error``, a bad record of a record format (a JSONL line, a feed item, ...)
    goes to it as a :class:`~actorgraph.errors.RecordError` and the file's other records
    are read; ``strict`` refuses such a file whole instead.
    """
    from .readers import iter_paths, read_path

    on_skip = None if strict or on_error is None else on_error
    for path in iter_paths(paths):
        try:
            docs = read_path(path, format, on_skip)
        except ReaderError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        yield from docs


def read(
    paths: Iterable[str | Path], format: str | None = None, strict: bool = False
) -> tuple[list[Document], list[ReaderError]]:
    """All documents of ``paths`` and the errors of the inputs (or records) that failed."""
    failures: list[ReaderError] = []
    docs = list(iter_documents(paths, format, failures.append, strict))  # type: ignore[arg-type]
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
        strict: bool = False,
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

        def fresh() -> Iterator[Document]:
            for doc in iter_documents(paths, format, failed, strict):
                if on_document:
                    on_document(doc)
                if self.store.has(doc.id, doc.content_hash):
                    report.unchanged += 1
                else:
                    yield doc

        paths = list(paths)
        from .runners.shards import is_batch_output, read_shards

        shard_dirs = [p for p in paths if is_batch_output(p)]
        paths = [p for p in paths if p not in shard_dirs]

        def coded_documents() -> Iterator[CodedDocument]:
            for out in shard_dirs:  # `actorgraph batch --out DIR` shards: coded already
                for coded in read_shards(out):
                    if on_document:
                        on_document(coded.document)
                    yield coded
            if paths:
                yield from code(fresh(), self.settings)

        for coded in coded_documents():
            # One transaction per document. A document read twice in one run may be coded
            # twice (coding reads ahead), but it is stored once.
            if self.store.write(coded):
                report.stored += 1
                report.events += len(coded.events)
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

    def graph(self, actor: str, depth: int = 1, max_nodes: int | None = 100,
              **filters: Any) -> Any:
        """The ego network of ``actor`` as a ``networkx.MultiDiGraph`` (``actorgraph[data]``).

        Each step outwards keeps the ``max_nodes`` actors with the most events.
        """
        return self.store.network(actor, depth, self._filter(filters), max_nodes)

    def network(self, actor: str, depth: int = 1, max_nodes: int | None = 100,
                **filters: Any) -> Results[Edge]:
        """The edges of :meth:`graph`: merged events that happened, per source, target, type."""
        g = self.graph(actor, depth, max_nodes, **filters)
        edges = [Edge(u, v, k, d["quad"] or None, d["weight"], d["mentions"], d["first"] or None,
                      d["last"] or None) for u, v, k, d in g.edges(keys=True, data=True)]
        return Results(sorted(edges, key=lambda e: (-e.events, e.source, e.target, e.type)))

    def search(self, text: str, limit: int = 20, raw: bool = False) -> Results[SearchHit]:
        """Actors by id, name or alias, then posts by full-text search, with snippets."""
        return Results(self.store.search(text, limit, raw))

    def export(self, to: str, out: str | Path | IO[Any] | None = None, **filters: Any) -> int:
        """Write the matching events as jsonl, plover, csv, parquet, gexf or graphml."""
        from .export import export_events

        return export_events(self.store, to, out, self._filter(filters))


def open(db: str | Path = "actorgraph.db", settings: Settings | None = None) -> ActorGraph:  # noqa: A001
    """Open (or create) the store at ``db``."""
    return ActorGraph(db, settings)
