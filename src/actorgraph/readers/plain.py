"""Plain text: the decoded file is the document, its paragraphs are the posts.

A ``Date:`` or ``Published:`` line among the first lines is the publication date.
"""

from __future__ import annotations

from pathlib import Path

from actorgraph.errors import ReaderError
from actorgraph.models import Document

from ._io import decode
from ._text import lines, paragraph_posts
from .published import date_line

__all__ = ["read"]

#: A first line longer than this is prose, not a title.
MAX_TITLE = 120
#: A ``Date:``/``Published:`` line among this many first lines dates the document.
MAX_DATE_LINE = 5


def read(path: Path, data: bytes) -> list[Document]:
    """Read a text file: one document, one post per blank-line-separated paragraph."""
    text = decode(path, data)
    posts = paragraph_posts(text)
    if not posts:
        raise ReaderError(str(path), "has no text, only whitespace")
    a, b = next(lines(text, posts[0].start))
    first = text[a:b].strip()
    published = None
    for n, (start, end) in enumerate(lines(text, posts[0].start)):
        if n >= MAX_DATE_LINE:
            break
        published = date_line(text, start, end)
        if published:  # "Date: 30 December 2020" near the top: the document's date
            break
    return [
        Document(
            id=path.stem,
            text=text,
            posts=posts,
            format="text",
            source=str(path),
            title=first if len(first) < MAX_TITLE else None,
            published=published,
        )
    ]
