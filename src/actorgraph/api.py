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

from .errors import ActorGraphError, ReaderError, StoreError
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
    OutdatedStore,
    PeriodCount,
    ReadOnlyStore,
    Results,
    SearchHit,
    TimelineEntry,
)

__all__ = ["ActorGraph", "IngestReport", "code", "iter_documents", "open", "read"]

OnError = Callable[[ActorGraphError], None]


def iter_documents(
    paths: Iterable[str | Path], format: str | None = None, on_error: OnError | None = None,
    published: Iterable[str] | str | None = None, strict: bool = False,
) -> Iterator[Document]:
    """Documents of every readable input; unreadable ones go to ``on_error`` (or raise).

    ``published`` are ``--published`` values: ``FILE=DATE`` for one file, ``DATE`` for the
    files without a date of their own (see :mod:`actorgraph.readers.published`).
    With ``on_error``, a bad record of a record format (a JSONL line, a feed item, ...)
    goes to it as a :class:`~actorgraph.errors.RecordError` and the file's other records
    are read; ``strict`` refuses such a file whole instead.
    """
    from .readers import iter_inputs, read_path
    from .readers.published import PublishedDates

    dates = PublishedDates.parse(published)
    on_skip = None if strict or on_error is None else on_error
    for path, key in iter_inputs(paths):
        try:
            docs = read_path(path, format, key, on_skip)
        except ReaderError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        for doc in docs:
            yield dates.apply(doc)


def read(
    paths: Iterable[str | Path], format: str | None = None, strict: bool = False
) -> tuple[list[Document], list[ReaderError]]:
    """All documents of ``paths`` and the errors of the inputs (or records) that failed."""
    failures: list[ReaderError] = []
    docs = list(iter_documents(paths, format, failures.append,  # type: ignore[arg-type]
                               strict=strict))
    return docs, failures


def code(
    documents: Iterable[Document], settings: Settings | None = None
) -> Iterator[CodedDocument]:
    """Code ``documents`` with the model and dictionaries ``settings`` name."""
    from .coding.documents import DocumentCoder

    yield from DocumentCoder.shared(settings or Settings()).code_many(documents)


@dataclass
class IngestReport:
    """What :meth:`ActorGraph.ingest` did; ``undated`` names the documents (their files)
    that had no publication date, whose relative dates stayed undated."""

    stored: int = 0
    unchanged: int = 0
    events: int = 0
    failures: list[ActorGraphError] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)


class ActorGraph:
    """A store opened for analysis: ``actorgraph.open("actorgraph.db")``."""

    def __init__(self, db: str | Path = "actorgraph.db", settings: Settings | None = None,
                 *, create: bool = True) -> None:
        self.settings = settings or Settings()
        # Reading commands open the store read-only, the same class the web app serves from;
        # only ingest and the Python API's writes open it writable (and create it).
        self.store: Store | ReadOnlyStore = Store(db) if create else _read_only(db)

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
        published: Iterable[str] | str | None = None,
        force: bool = False,
        strict: bool = False,
    ) -> IngestReport:
        """Read, code and store ``paths``; already stored documents are skipped unparsed.

        A document is already stored when its text and metadata (publication date, author)
        are; ``force`` re-codes it anyway. ``published``: ``FILE=DATE`` and ``DATE`` values
        (see :func:`iter_documents`); without them the ``published`` setting is the
        default date. A directory written by ``actorgraph batch --out`` is loaded as it
        was coded.
        """
        from .readers.published import PublishedDates, has_date

        store = self.store
        if not isinstance(store, Store):
            raise StoreError(f"{store.path}: opened read-only; open it with create=True to write")
        store.check_writable()  # before the model loads and the first file is read
        report = IngestReport()
        if published is None or isinstance(published, str):
            published = [published] if published else []
        published = list(published)
        if self.settings.published and not any("=" not in p for p in published):
            published.append(self.settings.published)
        PublishedDates.parse(published)  # every date checked before anything is read

        def failed(exc: ActorGraphError) -> None:
            report.failures.append(exc)
            if on_error:
                on_error(exc)

        # id -> (format, source, content hash) of the first document of that id: no texts kept
        seen: dict[str, tuple[str, str | None, str]] = {}

        def fresh() -> Iterator[Document]:
            for doc in iter_documents(paths, format, failed, published, strict):
                if not has_date(doc):
                    report.undated.append(doc.source or doc.id)
                if not force and store.has(doc.id, doc.content_hash):
                    report.unchanged += 1  # the very same text under its id: nothing to lose
                    seen.setdefault(doc.id, (doc.format, doc.source, doc.content_hash))
                    if on_document:
                        on_document(doc)
                    continue
                problem = _collision(doc, seen.get(doc.id), store)
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
            if store.write(coded, force=force):
                report.stored += 1
                report.events += len({e.id for e in coded.events})  # what the store holds
            else:
                report.unchanged += 1
        return report

    # -- queries: filters are those of ``actorgraph events --help`` (see EventFilter) ------
    #
    # Every filter is checked (actorgraph.store.filters.check_filter): an unknown type, mode,
    # modality or actor, or a date that is not real, raises FilterError naming the closest
    # known values. Listings and counts leave out flagged events (negated, denied, intended,
    # hypothetical, future) unless ``all=True``.

    def _filter(self, filters: dict[str, Any], hide_flagged: bool = False) -> EventFilter:
        from .store.filters import check_filter, listing

        filters = dict(filters)
        show_all = bool(filters.pop("all", False))
        try:
            f = EventFilter(**filters)
        except TypeError:
            known = ", ".join(["all", *(f.name for f in fields(EventFilter))])
            raise ActorGraphError(f"unknown filter in {sorted(filters)}; known: {known}") from None
        f = check_filter(f, self.store)
        if not hide_flagged:
            return f
        # happened=False given by name, as before listings hid flagged events, shows them all
        return listing(f, show_all or ("happened" in filters and not f.happened))

    def events(self, **filters: Any) -> Results[Event]:
        """Stored event mentions, by date; each keeps its sentence and who asserts it.

        Flagged mentions (negated, denied, intended, hypothetical, future) only with
        ``all=True``.

        >>> graph.events(actor="Iran", type="AID", since="2003").to_pandas()  # doctest: +SKIP
        """
        return Results(self.store.events(self._filter(filters, True)), self.store.names)

    def merged_events(self, **filters: Any) -> Results[MergedEvent]:
        """Real-world events: mentions merged across documents (see ``actorgraph.store.merge``).

        Only those some source says happened, unless ``all=True``."""
        return Results(self.store.merged_events(self._filter(filters, True)), self.store.names)

    def mentions(self, merged_id: str) -> Results[Event]:
        """The event mentions a merged event is made of, with their evidence."""
        return Results(self.store.mentions_of(merged_id))

    def claims(self, **filters: Any) -> Results[ClaimRecord]:
        """Who asserts or denies the events matching the filters, with the sentence."""
        return Results(self.store.claims(self._filter(filters)), self.store.names)

    def contested(self, **filters: Any) -> Results[Contest]:
        """Events sources disagree about (stance, date, source, target or place), both sides."""
        return Results(self.store.contested(self._filter(filters)), self.store.names)

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
        """The merged events ``actor`` (and its members, unless ``exact=True``) takes part in,
        by date, seen from that actor; flagged ones only with ``all=True``."""
        self._filter({"actor": actor})
        return Results(self.store.timeline(actor, self._filter(filters, True)), self.store.names)

    def timeline_counts(self, actor: str, by: str = "month",
                        **filters: Any) -> Results[PeriodCount]:
        """How many merged events of each type ``actor`` takes part in per year, month or day."""
        self._filter({"actor": actor})
        return Results(self.store.timeline_counts(actor, by, self._filter(filters, True)))

    def ego_network(self, actor: str | None = None, depth: int = 1,
                    max_nodes: int = MAX_NODES, max_edges: int = MAX_EDGES,
                    roll_up: str | None = None, **filters: Any) -> dict[str, Any]:
        """The network around ``actor`` (or of the busiest actors): ``{"nodes", "edges",
        "truncated"}``, exactly what the web app's ``/api/graph`` returns for the same
        arguments (see :meth:`~actorgraph.store.query.Queries.ego_network`); ``roll_up``
        (``country`` or ``parent``) merges members into their country or parent."""
        f = self._filter(dict(filters, actor=actor))
        return self.store.ego_network(f, depth, max_nodes, max_edges, roll_up)

    def graph(self, actor: str, depth: int = 1, max_nodes: int = MAX_NODES,
              max_edges: int = MAX_EDGES, **filters: Any) -> Any:
        """The ego network of ``actor`` as a ``networkx.MultiDiGraph`` (``actorgraph[data]``).

        The actors and edges of :meth:`ego_network`.
        """
        return self.store.network(actor, depth, self._filter(filters), max_nodes, max_edges)

    def network(self, actor: str, depth: int = 1, max_nodes: int = MAX_NODES,
                max_edges: int = MAX_EDGES, roll_up: str | None = None,
                **filters: Any) -> Results[Edge]:
        """The edges of :meth:`ego_network`, the busiest first."""
        found = self.ego_network(actor, depth, max_nodes, max_edges, roll_up, **filters)
        edges = [Edge(**{k: v for k, v in e.items() if k != "id"}) for e in found["edges"]]
        return Results(sorted(edges, key=lambda e: (-e.events, e.source, e.target, e.type)),
                       self.store.names)

    def search(self, text: str, limit: int = 20, raw: bool = False) -> Results[SearchHit]:
        """Actors by id, name or alias, then posts by full-text search, with snippets."""
        from .store.search import SEARCH_SECONDS, time_budget

        with time_budget(self.store.conn, SEARCH_SECONDS):
            return Results(self.store.search(text, limit, raw))

    def profile(self, actor: str, since: str | None = None, until: str | None = None,
                max_events: int | None = None) -> Any:
        """A cited brief on ``actor`` (see :mod:`actorgraph.profile`): identity, activity,
        relations, key events, contested claims and sources.

        >>> graph.profile("Quds Force").to_dict()["key_events"][0]  # doctest: +SKIP
        """
        from .profile import MAX_EVENTS, build_profile

        return build_profile(self.store, actor, since, until,
                             MAX_EVENTS if max_events is None else max_events)

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


def open(db: str | Path = "actorgraph.db", settings: Settings | None = None,  # noqa: A001
         *, create: bool = True) -> ActorGraph:
    """Open the store at ``db``; create it unless ``create=False`` (then a missing file is a
    :class:`~actorgraph.errors.StoreError`: a typo must not answer from an empty store)."""
    return ActorGraph(db, settings, create=create)


def _read_only(db: str | Path) -> Store | ReadOnlyStore:
    """``db`` opened read-only; a missing file is an error (a typo must not answer from an
    empty store) and a store of an older schema is migrated once first."""
    if str(db) == ":memory:":
        return Store(db)  # nothing to protect, and nothing to read either
    try:
        return ReadOnlyStore(db)
    except OutdatedStore:
        Store(db).close()  # the one write a reading command makes: the schema upgrade
        return ReadOnlyStore(db)
