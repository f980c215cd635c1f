"""JSON Lines corpora: one ``{"id", "text", "date"?, "author"?, "url"?, "title"?}`` per line.

A bad line (invalid JSON, wrong shape, a duplicate id, a post over the size limit) is
reported with its line number and skipped, and the other lines are read; with
``--strict`` the first bad line refuses the whole file (see :mod:`._records`).
"""

from __future__ import annotations

import json
from pathlib import Path

from actorgraph.errors import ReaderError
from actorgraph.models import Document, Post

from ._io import check_posts, decode, parse_json
from ._records import record
from ._text import lines, paragraph_posts

__all__ = ["OPTIONAL", "read"]

#: Optional string fields of a line; ``date`` becomes ``Document.published``.
OPTIONAL = ("date", "author", "url", "title")


def _posts(path: Path, n: int, body: str, meta: dict[str, str | None]) -> tuple[Post, ...]:
    try:
        return paragraph_posts(body, author=meta["author"], time=meta["date"])
    except ReaderError as e:  # a post over the limit: name the line
        raise ReaderError(str(path), f"line {n}: {e.problem}") from None


def read(path: Path, data: bytes) -> list[Document]:
    """Read a JSONL corpus: one document per non-blank line.

    A bad line is skipped and reported (``line N: problem``) while the others are read;
    see :mod:`._records`. Without a skip handler the first bad line refuses the file.
    """
    text = decode(path, data)
    docs: list[Document] = []
    first_seen: dict[str, int] = {}
    found = False
    for n, (a, b) in enumerate(lines(text), start=1):
        line = text[a:b]
        if not line.strip():
            continue
        found = True
        with record(path, f"line {n}"):
            docs.append(_line(path, n, line, first_seen))
    if not found:
        raise ReaderError(str(path), "no JSON lines found")
    return docs


def _line(path: Path, n: int, line: str, first_seen: dict[str, int]) -> Document:
    """The document of line ``n``, or a ReaderError naming the line."""
    try:
        obj = parse_json(line)
    except json.JSONDecodeError as e:
        raise ReaderError(
            str(path), f"line {n}: invalid JSON at column {e.colno}: {e.msg}"
        ) from None
    except RecursionError:
        raise ReaderError(str(path), f"line {n}: JSON is nested too deeply") from None
    except ValueError as e:
        raise ReaderError(str(path), f"line {n}: invalid JSON: {e}") from None
    if not isinstance(obj, dict):
        raise ReaderError(str(path), f"line {n}: expected a JSON object with 'id' and 'text'")
    doc_id = obj.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int) or doc_id == "":
        raise ReaderError(str(path), f"line {n}: missing 'id' (a string or an integer)")
    doc_id = str(doc_id)
    if doc_id in first_seen:
        raise ReaderError(
            str(path), f"line {n}: duplicate id {doc_id!r} (first on line {first_seen[doc_id]})"
        )
    body = obj.get("text")
    if not isinstance(body, str):
        raise ReaderError(str(path), f"line {n}: 'text' must be a string")
    meta: dict[str, str | None] = {}
    for key in OPTIONAL:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise ReaderError(str(path), f"line {n}: {key!r} must be a string")
        meta[key] = value or None
    doc = Document(
        id=doc_id,
        text=body,
        posts=_posts(path, n, body, meta),
        format="jsonl",
        source=str(path),
        title=meta["title"],
        author=meta["author"],
        published=meta["date"],
        url=meta["url"],
    )
    check_posts(path, [doc], f"line {n}: ")
    first_seen[doc_id] = n  # only a line that reads counts as the id's first
    return doc
