"""Plain text: the decoded file is the document, its paragraphs are the posts."""

from __future__ import annotations

from pathlib import Path

from actorgraph.errors import ReaderError
from actorgraph.models import Document

from ._io import decode
from ._text import lines, paragraph_posts

__all__ = ["read"]

#: A first line longer than this is prose, not a title.
MAX_TITLE = 120


def read(path: Path, data: bytes) -> list[Document]:
    """Read a text file: one document, one post per blank-line-separated paragraph."""
    text = decode(path, data)
    posts = paragraph_posts(text)
    if not posts:
        raise ReaderError(str(path), "has no text, only whitespace")
    a, b = next(lines(text, posts[0].start))
    first = text[a:b].strip()
    return [
        Document(
            id=path.stem,
            text=text,
            posts=posts,
            format="text",
            source=str(path),
            title=first if len(first) < MAX_TITLE else None,
        )
    ]
