"""Input readers: files in, :class:`~actorgraph.models.Document` records out.

One module per format, each with ``read(path, data) -> list[Document]``.
:data:`READERS` maps format names to those functions; it is the one place a
plugin layer adds formats. Every problem with an input file is raised as a
:class:`~actorgraph.errors.ReaderError` naming the file, and a file either
reads whole or raises, so nothing is half-stored; only a record format, given a
skip handler, drops its bad records and keeps the rest (see :mod:`._records`).

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     p = Path(d, "t.txt")
...     _ = p.write_text("Thread by @ana\\n\\n1/ First.\\n\\n2/ Second.\\n")
...     [post.text for post in read_path(p)[0].posts]
['First.', 'Second.']
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath

from actorgraph.errors import ReaderError, RecordError
from actorgraph.models import Document

from . import (
    bluesky,
    feeds,
    html,
    jsonl,
    mastodon,
    pdf,
    plain,
    telegram,
    thread_text,
    warc,
    x_archive,
)
from ._io import (
    HEAD_SIZE,
    STDIN,
    check_posts,
    decode,
    head_text,
    load_json,
    read_bytes,
    shown_path,
)
from ._records import OnSkip, collecting
from .published import dated_by_dateline

__all__ = [
    "FORMATS", "READERS", "Reader", "detect_format", "iter_inputs", "iter_paths", "read_path",
]

#: A reader turns a file's path and bytes into documents, or raises ReaderError.
Reader = Callable[[Path, bytes], Iterable[Document]]

#: Format name -> reader. Plugins add entries here; the built-ins are just the first.
READERS: dict[str, Reader] = {
    "thread": thread_text.read,
    "x-archive": x_archive.read,
    "bluesky": bluesky.read,
    "mastodon": mastodon.read,
    "html": html.read,
    "text": plain.read,
    "jsonl": jsonl.read,
    "telegram": telegram.read,
    "feed": feeds.read,
    "pdf": pdf.read,
    "warc": warc.read,
}

#: The names of the formats, in the order help texts list them: the registry's keys.
FORMATS: tuple[str, ...] = tuple(READERS)

_HTML = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_BY_NAME: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"tweets?(?:-part\d+)?\.js", re.IGNORECASE), "x-archive"),
    (re.compile(r"outbox\.json", re.IGNORECASE), "mastodon"),
    (re.compile(r"result\.json", re.IGNORECASE), "telegram"),
    (re.compile(r".*\.(?:rss|atom)", re.IGNORECASE), "feed"),
    (re.compile(r".*\.pdf", re.IGNORECASE), "pdf"),
    (re.compile(r".*\.warc(?:\.gz)?", re.IGNORECASE), "warc"),
    (re.compile(r".*\.(?:jsonl|ndjson)", re.IGNORECASE), "jsonl"),
    (re.compile(r".*\.(?:html?|xhtml)", re.IGNORECASE), "html"),
)


def _sniff_json(s: str) -> str | None:
    first = s.split("\n", 1)[0]
    try:
        obj = json.loads(first)
    except (ValueError, RecursionError):
        obj = None  # pretty-printed, truncated or not JSON: fall back to key spotting
    if isinstance(obj, dict) and isinstance(obj.get("text"), str):
        if "thread" not in obj and "orderedItems" not in obj:
            return "jsonl"
    if telegram.looks_like_export(s):
        return "telegram"
    if '"thread"' in s and ('"at://' in s or "app.bsky." in s):
        return "bluesky"
    if '"orderedItems"' in s or ('"@context"' in s and "activitystreams" in s):
        return "mastodon"
    return None


def detect_format(path: Path, head: bytes) -> str:
    """The format of a file from its first bytes (``head``), then from its name.

    >>> detect_format(Path("x.txt"), b"window.YTD.tweets.part0 = []")
    'x-archive'
    >>> detect_format(Path("notes.txt"), b"Some notes.")
    'text'
    """
    if pdf.looks_like_pdf(head):
        return "pdf"
    if warc.looks_like_warc(head):
        return "warc"
    text = head_text(head[:HEAD_SIZE])
    s = text.lstrip()
    if x_archive.PREFIX.match(s):
        return "x-archive"
    if s.startswith(("{", "[")) and (found := _sniff_json(s)):
        return found
    if s.startswith("<") and feeds.looks_like_feed(s):
        return "feed"
    if s.startswith("<") and _HTML.search(s, 0, 2048):
        return "html"
    if thread_text.looks_like_thread(text):
        return "thread"
    for pattern, fmt in _BY_NAME:
        if pattern.fullmatch(path.name):
            return fmt
    return "text"


def _refuse_unknown_json(path: Path, data: bytes) -> None:
    """Raise when a file sniffed as text is really JSON that no reader understands.

    Reading such a file as prose would store braces and keys as if they were
    someone's words; an error that names the formats is more useful.
    """
    text = decode(path, data).lstrip()
    if not text.startswith(("{", "[")):
        return
    if path.suffix.lower() == ".json":
        load_json(path, text)  # a syntax error is the more useful message
    else:
        try:
            json.loads(text)
        except (ValueError, RecursionError):
            return  # prose that happens to start with a bracket
    raise ReaderError(
        str(path),
        "JSON of an unknown shape: not a Bluesky thread, a Mastodon outbox, an X archive "
        "or a JSONL corpus; pass the format explicitly if it is one of " + ", ".join(READERS),
    )


def read_path(
    path: str | Path,
    format: str | None = None,
    key: str | None = None,
    on_skip: OnSkip | None = None,
) -> list[Document]:
    """Read one file into documents; ``format`` overrides sniffing.

    ``key`` is the file's path relative to the folder the user named (as
    :func:`iter_inputs` gives it): a document named after its file takes its
    id from it, so ``a/report.txt`` and ``b/report.txt`` are ``a/report`` and
    ``b/report``, the same on every run and machine. Without a key, or for a
    file named directly, the id is the file's stem. ``-`` is standard input.

    Raises :class:`ReaderError` naming the file for anything wrong with it:
    missing, a directory, a device or FIFO, empty, binary, not UTF-8, bad JSON,
    wrong shape. With ``on_skip``, a bad record of a record format (a JSONL line, a
    feed item, a Telegram message, ...) goes to it, as a
    :class:`~actorgraph.errors.RecordError` naming the file as shown to the user, and
    the file's other records are read; without, the first bad record refuses the
    whole file (``--strict``).
    """
    p = Path(path)
    shown = shown_path(p)
    if format is not None and format not in READERS:
        raise ReaderError(
            shown, f"unknown format {format!r}; expected one of {', '.join(READERS)}"
        )
    data = read_bytes(p)
    fmt = format or detect_format(p, data[:HEAD_SIZE])
    try:
        if format is None and fmt == "text":
            _refuse_unknown_json(p, data)
        with collecting(_shown_skips(on_skip, p, shown)):
            docs = list(READERS[fmt](p, data))
    except RecursionError:
        raise ReaderError(shown, "the input is nested too deeply to read") from None
    except MemoryError:  # one input's problem: the others are still read
        raise ReaderError(
            shown, f"not enough memory to read its {len(data):,} bytes; free some or split it"
        ) from None
    except ReaderError as e:
        if e.path is None or (e.path == str(p) and shown != str(p)):
            # Named here: a helper that knows no path, or a file name that is not UTF-8.
            raise ReaderError(shown, e.problem) from None
        raise
    check_posts(p, docs)
    return [dated_by_dateline(d) for d in _named(docs, p, fmt, key)]


def _shown_skips(on_skip: OnSkip | None, p: Path, shown: str) -> OnSkip | None:
    """``on_skip`` receiving its records' errors under the file's printable name."""
    if on_skip is None or shown == str(p):
        return on_skip
    handler = on_skip

    def relay(error: RecordError) -> None:
        path = shown if error.path in (None, str(p)) else error.path
        handler(RecordError(path, error.problem))

    return relay


#: Formats whose document ids are the file's name, a dash and a suffix (``report-p2``):
#: the name part is replaced like a whole id named after its file.
_PREFIXED_BY_FILE = frozenset({"pdf", "feed", "warc"})


def _named(docs: list[Document], p: Path, fmt: str, key: str | None) -> list[Document]:
    """Documents named after their file get the id of ``key``; names made printable."""
    stem = p.name.split(".")[0] if fmt == "warc" else p.stem  # as the WARC reader names it
    name = "stdin" if str(p) == STDIN else shown_path(stem)
    if key is not None and fmt != "jsonl":
        rooted = PurePosixPath(*Path(key).parts)
        if len(rooted.parts) > 1:
            name = shown_path(str(rooted.parent / stem))
    source = shown_path(p)
    if name == stem and source == str(p):
        return docs

    def renamed(doc_id: str) -> str:
        if fmt == "jsonl":
            return shown_path(doc_id)
        if doc_id == stem:
            return name
        if fmt in _PREFIXED_BY_FILE and doc_id.startswith(stem + "-"):
            return name + shown_path(doc_id[len(stem):])
        return shown_path(doc_id)

    return [
        replace(
            d,
            id=renamed(d.id),
            source=source if d.source == str(p) else d.source,
        )
        for d in docs
    ]


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The files named by ``paths``, directories expanded recursively.

    Files in a directory come sorted, hidden files and folders skipped. A
    path that does not exist is yielded as is, so :func:`read_path` reports it.
    """
    for path, _key in iter_inputs(paths):
        yield path


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """Like :func:`iter_paths`, with each file's key: its path relative to the folder named.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     Path(d, "a").mkdir()
    ...     _ = Path(d, "a", "r.txt").write_text("x")
    ...     [key for _, key in iter_inputs([d])]
    ['a/r.txt']
    """
    for p in paths:
        path = Path(p)
        if not path.is_dir():
            yield path, path.name
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    found = Path(root, name)
                    yield found, found.relative_to(path).as_posix()
