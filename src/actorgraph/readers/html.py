"""Web pages: the main article text of an HTML file, found by trafilatura.

Navigation, footers, scripts and styles are left out; each paragraph of the
article is a post. trafilatura works offline and is imported only when an
HTML file is read, so ``import actorgraph`` stays light.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from actorgraph.errors import ReaderError
from actorgraph.models import Document, Post

from ._io import decode
from ._text import lines, trim

__all__ = ["read"]

# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)


def _decode_page(path: Path, data: bytes) -> str:
    """UTF-8 (or a BOM's encoding) first; else the charset the page declares in its head.

    Pages saved from the web are often windows-1251, Shift_JIS or Latin-1 and say so;
    unlike a text file, a page's offsets index the extracted article, not the file.
    """
    try:
        return decode(path, data)
    except ReaderError as error:
        found = _CHARSET.search(data[:4096])
        if not found or "not UTF-8" not in error.problem:
            raise
        try:
            codec = codecs.lookup(found.group(1).decode("ascii")).name
        except LookupError:
            raise ReaderError(
                str(path), f"{error.problem}; its declared charset "
                f"{found.group(1).decode('ascii', 'replace')!r} is unknown"
            ) from None
        try:
            return data.decode(codec)
        except UnicodeDecodeError as e:
            raise ReaderError(
                str(path), f"is not valid {codec} text as it declares (byte offset {e.start})"
            ) from None
        except (LookupError, UnicodeError):  # "base64", "rot13", "undefined": not text codecs
            raise ReaderError(
                str(path), f"{error.problem}; its declared charset {codec!r} is not a text encoding"
            ) from None


def read(path: Path, data: bytes) -> list[Document]:
    """Read an HTML page: one document, one post per paragraph of the main text."""
    page = _decode_page(path, data)
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_links=False,
            include_images=False,
            output_format="python",
        )
    except Exception as e:  # noqa: BLE001 - a third-party parser on untrusted input
        # trafilatura and lxml raise many kinds of errors on broken markup; to the
        # user they all mean the same thing.
        raise ReaderError(str(path), f"cannot parse the HTML: {e}") from None
    text = getattr(found, "text", None) if found is not None else None
    if not isinstance(text, str) or not text.strip():
        raise ReaderError(str(path), "no article text found in the HTML")
    author = getattr(found, "author", None) or None
    date = getattr(found, "date", None) or None
    # trafilatura ends paragraphs with single newlines: each line is a paragraph.
    spans = [trim(text, a, b) for a, b in lines(text)]
    posts = tuple(
        Post(index=i, text=text[a:b], start=a, end=b, author=author, time=date)
        for i, (a, b) in enumerate((s for s in spans if s[0] < s[1]), start=1)
    )
    return [
        Document(
            id=path.stem,
            text=text,
            posts=posts,
            format="html",
            source=str(path),
            title=getattr(found, "title", None) or None,
            author=author,
            published=date,
            url=getattr(found, "url", None) or None,
        )
    ]
