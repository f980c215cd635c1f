"""RSS 2.0 (and 0.9x/1.0) and Atom feed files, parsed by feedparser.

Each item or entry is a document with its own title, link, author and publication date
(``pubDate``, ``published``, else ``updated``), which anchors the relative dates of its
text. The text is the entry's full content when the feed carries it, else its summary
(``description``), else its title alone; HTML in them is reduced to text, paragraphs
becoming posts, so no markup reaches a post. feedparser removes scripts, styles and
event handlers before that (its HTML sanitizer), and it is given the file's bytes, never a
name or URL it could open or fetch.

A bad item (no text at all, a duplicate id, a post over the size limit) is reported as
``item N: problem`` and skipped; a feed cut short keeps the items before the one it
stops in and reports the cut (see :mod:`._records`). A file that is not a feed is one
error line.
"""

from __future__ import annotations

import io
import re
import time
from pathlib import Path
from typing import Any

from actorgraph.errors import ReaderError
from actorgraph.models import Document, Post, stable_id

from ._io import MAX_POST_CHARS, iso_time, replace_unstorable
from ._optional import require
from ._records import one_line, record, skip
from ._text import blocks

__all__ = ["looks_like_feed", "read"]

# The root element of a feed, after an XML declaration, comments, stylesheets or a doctype.
_ROOT = re.compile(
    r"(?:<\?xml[^>]{0,200}\?>\s*)?(?:(?:<!--.*?-->|<\?[^>]{0,500}\?>|<!DOCTYPE[^>]{0,500}>)\s*)*"
    r"<(?:rss|feed|rdf:RDF)[\s>]",
    re.DOTALL | re.IGNORECASE,
)


_CLOSED = re.compile(rb"</(?:rss|feed|rdf:RDF)>\s*$")
_ITEM_END = re.compile(rb"</(?:item|entry)>\s*$")


def looks_like_feed(head: str) -> bool:
    """Whether the start of a file is an RSS or Atom document.

    >>> looks_like_feed('<?xml version="1.0"?>\\n<rss version="2.0"><channel>')
    True
    >>> looks_like_feed("<html><body>")
    False
    """
    return _ROOT.match(head.lstrip("\ufeff \t\r\n")) is not None


def _when(entry: Any) -> str | None:
    """The entry's date as ISO 8601 UTC: published, else updated; as written if unparsed."""
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            try:
                return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
            except (ValueError, OverflowError):
                pass
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            return iso_time(raw.strip())
    return None


def _body(entry: Any) -> tuple[str, str]:
    """The entry's HTML or text and its MIME type: full content, else summary, else title."""
    contents = [c for c in entry.get("content") or () if isinstance(c.get("value"), str)]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        if best["value"].strip():
            return best["value"], best.get("type") or "text/html"
    for key in ("summary", "title"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            detail = entry.get(f"{key}_detail") or {}
            return value, detail.get("type") or "text/html"
    return "", "text/plain"


def _text(path: Path, value: str, mime: str) -> tuple[str, tuple[str, ...]]:
    if "html" not in mime:
        return value.strip(), ()
    from .mastodon import html_to_text  # the same reduction as Mastodon statuses

    try:
        return html_to_text(value)
    except AssertionError:  # html.parser asserts on some broken markup
        raise ReaderError(str(path), "its HTML cannot be parsed") from None


def _plain(value: Any) -> Any:
    """feedparser's dict subclasses (and their lists) as plain dicts and lists."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple) and not isinstance(value, time.struct_time):
        return [_plain(v) for v in value]
    return value


def _entry(path: Path, n: int, entry: Any, feed: Any, seen: set[str]) -> Document:
    # feedparser passes NUL and lone surrogates through; the store cannot keep them
    entry, feed = replace_unstorable(_plain(entry)), replace_unstorable(_plain(feed))
    body, mime = _body(entry)
    text, links = _text(path, body, mime)
    if not text:
        raise ReaderError(str(path), "has no text (no content, summary or title)")
    link = entry.get("link") if isinstance(entry.get("link"), str) else None
    key = entry.get("id") or link or f"{entry.get('title')}|{_when(entry)}|{n}"
    doc_id = f"{path.stem}-{stable_id(key, length=12)}"
    if doc_id in seen:
        raise ReaderError(str(path), f"duplicate item id {key!r}")
    when = _when(entry)
    author = entry.get("author") or feed.get("author") or feed.get("title") or None
    posts = tuple(
        Post(index=i, text=text[a:b], start=a, end=b, author=author, time=when, url=link,
             links=links if i == 1 else ())
        for i, (a, b) in enumerate(blocks(text), start=1)
    )
    for post in posts:
        if len(post.text) > MAX_POST_CHARS:
            raise ReaderError(
                str(path), f"post {post.index} is {len(post.text):,} characters long, over the "
                f"limit of {MAX_POST_CHARS:,} per post",
            )
    seen.add(doc_id)
    title = entry.get("title")
    return Document(
        id=doc_id,
        text=text,
        posts=posts,
        format="feed",
        source=str(path),
        title=title.strip() or None if isinstance(title, str) else None,
        author=author if isinstance(author, str) else None,
        published=when,
        url=link,
    )


def read(path: Path, data: bytes) -> list[Document]:
    """Read an RSS or Atom feed file: one document per item or entry."""
    feedparser = require(path, "feedparser", "RSS/Atom feeds")
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True)
    except Exception as e:  # noqa: BLE001 - a third-party parser on untrusted input
        raise ReaderError(str(path), f"cannot parse the feed: {type(e).__name__}") from None
    problem = parsed.get("bozo_exception")
    if not parsed.get("version") or not parsed.get("entries"):
        if problem is not None and not parsed.get("entries"):
            raise ReaderError(str(path), f"is not an RSS or Atom feed: {one_line(problem)}")
        if not parsed.get("version"):
            raise ReaderError(str(path), "is not an RSS or Atom feed")
        raise ReaderError(str(path), "the feed has no items")
    feed = parsed.get("feed") or {}
    entries = list(parsed["entries"])
    cut = problem is not None and _is_xml_error(problem) and not _CLOSED.search(data[-200:])
    if cut and entries and not _ITEM_END.search(data[-200:]):
        entries.pop()  # the item the file stops in is incomplete: none of it is coded
    docs: list[Document] = []
    seen: set[str] = set()
    for n, entry in enumerate(entries, start=1):
        with record(path, f"item {n}"):
            docs.append(_entry(path, n, entry, feed, seen))
    if cut:
        skip(path, "", f"the feed is cut short after item {len(entries)} "
             f"({one_line(problem)}); the items before it were read")
    elif problem is not None and _is_xml_error(problem):
        skip(path, "", f"the feed is not well-formed XML ({one_line(problem)}); its items "
             "were read leniently")
    return docs


def _is_xml_error(problem: BaseException) -> bool:
    # feedparser also flags harmless things (a declared charset that differs from the
    # real one); only an XML syntax error means items may be missing.
    return type(problem).__name__ in ("SAXParseException", "SAXException")
