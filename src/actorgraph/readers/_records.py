"""Per-record isolation for record formats: one bad record is skipped, not the whole file.

A record reader (JSONL, X archive, Bluesky, Mastodon, Telegram, feeds, WARC) reads each
record inside ``with record(path, "line 3"):``. A :class:`ReaderError` raised inside is
either passed to the skip handler that :func:`read_path` installed with
:func:`collecting` (the record is dropped, the rest of the file read) or, when no handler
is installed, raised as ``FILE: line 3: problem``, refusing the whole file as readers did
before (``--strict``, and any direct call of a reader function).

The handler travels in a :class:`contextvars.ContextVar`, not in the reader signature, so
that a reader stays ``read(path, data) -> list[Document]`` for plugins and for the fuzz
targets that call readers directly.

>>> from pathlib import Path
>>> skipped = []
>>> with collecting(skipped.append):
...     with record(Path("c.jsonl"), "line 2"):
...         raise ReaderError("c.jsonl", "invalid JSON")
>>> [str(e) for e in skipped]
['c.jsonl: line 2: invalid JSON']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from actorgraph.errors import ReaderError, RecordError

from ._io import MAX_POST_CHARS

__all__ = [
    "OnSkip", "check_size", "collecting", "one_line", "record", "size_problem", "skip",
]

#: Receives the error of each skipped record (its path and ``"line N: problem"``).
OnSkip = Callable[[RecordError], None]

_HANDLER: ContextVar[OnSkip | None] = ContextVar("actorgraph_record_handler", default=None)


@contextmanager
def collecting(on_skip: OnSkip | None) -> Iterator[None]:
    """Within the block, bad records go to ``on_skip``; ``None`` makes them refuse the file."""
    token = _HANDLER.set(on_skip)
    try:
        yield
    finally:
        _HANDLER.reset(token)


def skip(path: Path, where: str, problem: str) -> None:
    """Report record ``where`` of ``path`` as bad: to the handler, or raised without one."""
    problem = f"{where}: {problem}" if where else problem
    handler = _HANDLER.get()
    if handler is None:
        raise ReaderError(str(path), problem)
    handler(RecordError(str(path), problem))


@contextmanager
def record(path: Path, where: str) -> Iterator[None]:
    """Read one record; a :class:`ReaderError` inside skips it (see :func:`skip`).

    A problem that already names the record (``line 3: ...``) is not prefixed twice;
    ``where=""`` leaves every problem as the reader wrote it.
    """
    try:
        yield
    except ReaderError as e:
        problem = e.problem
        skip(path, "" if not where or problem.startswith(where + ":") else where, problem)


def one_line(error: BaseException, limit: int = 200) -> str:
    """A third-party library's exception as part of a one-line problem.

    >>> one_line(ValueError("bad\\n  token"))
    'bad token'
    """
    return " ".join(str(error).split())[:limit] or type(error).__name__


def size_problem(text: str) -> str | None:
    """What is wrong with a record's post ``text`` for its size, or ``None``."""
    if len(text) <= MAX_POST_CHARS:
        return None
    return f"its text is {len(text):,} characters long, over the limit of {MAX_POST_CHARS:,} " \
        "per post"


def check_size(path: Path, text: str) -> None:
    """Raise when one record's post is over the limit per post, so that only it is skipped.

    (``read_path`` checks every post again, and refuses the whole file, for the readers
    that do not check their records themselves.)
    """
    if problem := size_problem(text):
        raise ReaderError(str(path), problem)
