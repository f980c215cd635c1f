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
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ActorGraphError, ReaderError
from .models import CodedDocument, Document, Event
from .settings import Settings
from .store.db import EventFilter, Store

__all__ = ["ActorGraph", "IngestReport", "code", "iter_documents", "open", "read"]

OnError = Callable[[ActorGraphError], None]


def iter_documents(
    paths: Iterable[str | Path], format: str | None = None, on_error: OnError | None = None
) -> Iterator[Document]:
    """Documents of every readable input; unreadable ones go to ``on_error`` (or raise)."""
    from .readers import iter_paths, read_path

    for path in iter_paths(paths):
        try:
            docs = read_path(path, format)
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


def code(documents: Iterable[Document], settings: Settings | None = None) -> Iterator[CodedDocument]:
    """Code ``documents`` with the model and dictionaries ``settings`` name."""
    from .coding.documents import DocumentCoder

    yield from DocumentCoder(settings).code_many(documents)


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
        """Read, code and store ``paths``; already stored documents are skipped unparsed."""
        report = IngestReport()

        def failed(exc: ActorGraphError) -> None:
            report.failures.append(exc)
            if on_error:
                on_error(exc)

        def fresh() -> Iterator[Document]:
            for doc in iter_documents(paths, format, failed):
                if on_document:
                    on_document(doc)
                if self.store.has(doc.id, doc.content_hash):
                    report.unchanged += 1
                else:
                    yield doc

        for coded in code(fresh(), self.settings):
            self.store.write(coded)
            report.stored += 1
            report.events += len(coded.events)
        return report

    def events(self, **filters: object) -> list[Event]:
        """Stored events; filters as in ``actorgraph events --help``."""
        return list(self.store.events(EventFilter(**filters)))  # type: ignore[arg-type]


def open(db: str | Path = "actorgraph.db", settings: Settings | None = None) -> ActorGraph:  # noqa: A001
    """Open (or create) the store at ``db``."""
    return ActorGraph(db, settings)
