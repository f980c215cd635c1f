"""Unrolled threads saved as text: an optional ``Thread by NAME`` header, then posts.

The header may end with the thread's date (``Thread by @ana · 30 Dec 2020``), or a
``Date:``/``Published:`` line may come first; either is the document's publication date.

Posts are blocks separated by blank lines. Numbering such as ``1/``, ``3/12``,
``(3/12)`` or ``3.`` at the start or end of a post is left out of the post's
span, and lines that unroll sites add ("Share this thread", "• • •") are
dropped. ``Document.text`` is the decoded file, so offsets index the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from actorgraph.errors import ReaderError
from actorgraph.models import Document, Post

from ._io import decode
from ._text import blocks, lines, trim
from .published import date_line, split_header_date

__all__ = ["header", "looks_like_thread", "read"]

_HEADER = re.compile(
    r"""\s*(?:
        🧵\s*(?:(?:twitter|x|bluesky|mastodon|threads)\s+)?(?:thread\s+)?
      | (?:(?:twitter|x|bluesky|mastodon|threads)\s+)?thread\s+
    )by\s+(?P<name>\S.{0,99}?)\s*:?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Numbering at the start of a post: 1/  1/12  (3/12)  [3/12]  3.  3)
_START_MARK = re.compile(
    r"(?:[(\[]?(?P<n>\d{1,3})\s*/\s*(?P<of>\d{0,3})[)\]]?|\d{1,3}[.)])(?=\s|$)"
)
# At the end only the slash forms: a trailing "12." is usually a number in a sentence.
_END_MARK = re.compile(r"(?<=\s)[(\[]?(?P<n>\d{1,3})\s*/\s*(?P<of>\d{0,3})[)\]]?$")
_FIRST_MARK = re.compile(r"[(\[]?1\s*/(?:\s*\d{1,3})?[)\]]?(?=\s|$)")
_FIRST_END_MARK = re.compile(r"(?<=\s)[(\[]?1\s*/\s*\d{0,3}[)\]]?$")
# Lines that thread unrollers add around posts; they are furniture, not content.
_JUNK = re.compile(
    r"""\s*(?:
        share\s+this\s+thread | bookmark | save\s+as\s+pdf | unroll(?:\s+this\s+thread)?
      | read\s+on\s+(?:twitter|x|bluesky|mastodon|threadreaderapp)
      | see\s+(?:the\s+)?original\s+(?:thread|tweet|post)
      | this\s+thread\s+was\s+unrolled\b.* | follow\s+@\w+ | @threadreaderapp\s+unroll
      | [•·*.](?:\s*[•·*.]){2,}
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _first_line(text: str) -> tuple[int, int] | None:
    for a, b in lines(text):
        if text[a:b].strip():
            return a, b
    return None


def header(text: str) -> tuple[str, int] | None:
    """``(author, end offset of the header line)`` when the first non-empty line is one.

    >>> header("🧵 Thread by @ana\\n\\n1/ text")
    ('@ana', 16)
    """
    line = _first_line(text)
    if line is None:
        return None
    m = _HEADER.fullmatch(text, line[0], line[1])
    return (m.group("name"), line[1]) if m else None


def looks_like_thread(text: str) -> bool:
    """A thread header, or a first post numbered ``1/`` (at its start or end)."""
    if header(text):
        return True
    spans = blocks(text, _is_break)
    if not spans:
        return False
    a, b = spans[0]
    return bool(_FIRST_MARK.match(text, a, b) or _FIRST_END_MARK.search(text, a, b))


def _is_break(line: str) -> bool:
    return not line.strip() or _JUNK.fullmatch(line) is not None


def _is_mark(m: re.Match[str]) -> bool:
    # "24/7" is not post 24 of 7: a count smaller than the number is no numbering.
    return not (m["n"] and m["of"] and int(m["n"]) > int(m["of"]))


def _unnumbered(text: str, a: int, b: int) -> tuple[int, int]:
    if (m := _START_MARK.match(text, a, b)) and _is_mark(m):
        a, b = trim(text, m.end(), b)
    if (m := _END_MARK.search(text, a, b)) and _is_mark(m):
        a, b = trim(text, a, m.start())
    return a, b


def read(path: Path, data: bytes) -> list[Document]:
    """Read an unrolled thread: one document, one post per block."""
    text = decode(path, data)
    found = header(text)
    author, body = found if found else (None, 0)
    published = None
    if author:
        author, published = split_header_date(author)
    line = _first_line(text[body:])
    if line is not None:  # a "Date: 30 Dec 2020" line first: the thread's date, not a post
        when = date_line(text, body + line[0], body + line[1])
        if when:
            published, body = when, body + line[1]
    posts: list[Post] = []
    for a, b in blocks(text, _is_break, body):
        a, b = _unnumbered(text, a, b)
        if a < b:  # a block that was only "2/" is not a post
            posts.append(Post(index=len(posts) + 1, text=text[a:b], start=a, end=b, author=author))
    if not posts:
        raise ReaderError(str(path), "no posts found in the thread text")
    return [
        Document(
            id=path.stem,
            text=text,
            posts=tuple(posts),
            format="thread",
            source=str(path),
            title=f"Thread by {author}" if author else None,
            author=author,
            published=published,
        )
    ]
