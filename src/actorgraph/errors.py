"""Errors raised by actorgraph.

Every error the library raises on purpose derives from :class:`ActorGraphError`;
the CLI turns each into one line naming the input and the problem::

    ActorGraphError
    ├── ReaderError      an input file cannot be read or has the wrong shape
    │   └── RecordError  one record of an input is bad; it was skipped, the rest read
    ├── ConfigError      a setting, dictionary or model name is wrong
    ├── ModelError       the spaCy model cannot be loaded
    ├── StoreError       the SQLite store cannot be opened or written
    ├── FilterError      a query filter names an unknown type, actor or date (exit status 2)
    └── CodingError      the coder met a document it cannot code

Messages say what to do next where there is something to do.
"""

from __future__ import annotations

__all__ = [
    "ActorGraphError",
    "CodingError",
    "ConfigError",
    "FilterError",
    "ModelError",
    "ReaderError",
    "RecordError",
    "StoreError",
]


class ActorGraphError(Exception):
    """Base class of every error actorgraph raises on purpose."""


class ReaderError(ActorGraphError):
    """An input cannot be read: unreadable, empty, binary, or of the wrong shape."""

    def __init__(self, path: str | None, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}" if path else problem)


class RecordError(ReaderError):
    """One record of an input (a JSONL line, a feed item, a message) was bad and skipped.

    The file's other records were read; ``--strict`` refuses the whole file instead.
    """


class ConfigError(ActorGraphError):
    """A setting, a dictionary file or a model name is wrong."""


class ModelError(ActorGraphError):
    """The spaCy model named by the `model` setting cannot be loaded."""


class StoreError(ActorGraphError):
    """The SQLite store cannot be opened, migrated or written."""


class CodingError(ActorGraphError):
    """A document could not be coded."""


class FilterError(ActorGraphError):
    """A query filter names something unknown: an event type, mode, modality, actor or a
    date that is not a real ``YYYY[-MM[-DD]]``. The message names the closest known values."""
