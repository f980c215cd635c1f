"""PDF reports (think-tank, UN, NGO), text extracted with pypdf.

One document per page, so that an event's evidence names its page: ``report-p3`` is page
3 of ``report.pdf``, and its posts are the page's paragraphs. Title, author and date come
from the PDF's metadata (``/Title``, ``/Author``, ``/CreationDate``) and are the same on
every page; the date anchors the report's relative dates.

Paragraphs are found from where the lines sit on the page: a gap clearly wider than the
page's usual line spacing, or a jump back up (a new column), starts a new one. Within a
paragraph lines are joined with a space, and a word broken at a line end ("Kir-" / "kuk")
is joined again; a hyphen before a capital ("al-" / "Maliki") is kept. Running headers and
footers (a first or last line repeated on at least half of the pages, digits aside, such
as "Page 3 of 40") and bare page numbers are dropped.

A scan without a text layer, an encrypted PDF that needs a password, and a file that is
not a PDF are each one error line. Pages are read one at a time, and only their text is
kept, so memory stays flat for long reports. pypdf is pure Python, maintained, has no
native dependencies and reads metadata, encryption and the text's positions, which is all
this reader needs (see the README).
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from typing import Any

from actorgraph.errors import ReaderError
from actorgraph.models import Document, Post

from ._io import replace_unstorable
from ._optional import require
from ._records import one_line, record

__all__ = ["looks_like_pdf", "paragraphs", "read"]

_PAGE_NUMBER = re.compile(
    r"(?:page\s*)?(?:\d{1,5}|[ivxlcdm]{1,8})(?:\s*(?:of|/)\s*\d{1,5})?|[-–—]\s*\d{1,5}\s*[-–—]",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
#: A paragraph break is a gap this many times the page's usual line spacing.
_GAP = 1.4

# pypdf warns through `logging` about the small faults it repairs; without this handler
# Python prints them to stderr, around the one line per input that the CLI promises.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

Line = tuple[str, float | None]  # text, height on the page (None: unknown)


def looks_like_pdf(head: bytes) -> bool:
    """Whether a file starts as a PDF does, with ``%PDF-``.

    Only for sniffing: the reader also takes a PDF with some junk before its header, as
    PDF viewers do, when the format is forced or the name says ``.pdf``.
    """
    return head.lstrip(b"\xef\xbb\xbf \t\r\n\x00").startswith(b"%PDF-")


def _lines(page: Any) -> list[Line]:
    """The page's text lines in reading order, each with its height on the page."""
    fragments: list[tuple[str, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        try:
            y = float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
        except (TypeError, ValueError, IndexError):
            y = float("nan")
        fragments.append((text, y))

    page.extract_text(visitor_text=visit)
    lines: list[Line] = []
    text, y = "", None
    for piece, at in fragments:
        for i, part in enumerate(piece.split("\n")):
            if i:
                lines.append((text, y))
                text, y = "", None
            if part.strip() and y is None:
                y = at if at == at else None  # NaN: unknown
            text += part
    lines.append((text, y))
    # broken fonts can map glyphs to NUL or half a surrogate pair: unstorable
    return [(replace_unstorable(t.strip()), h) for t, h in lines if t.strip()]


def _spacing(lines: list[Line]) -> float | None:
    gaps = sorted(
        a[1] - b[1] for a, b in zip(lines, lines[1:], strict=False)
        if a[1] is not None and b[1] is not None and a[1] - b[1] > 0.5
    )
    return gaps[(len(gaps) - 1) // 2] if gaps else None


def _join(paragraph: list[str]) -> str:
    text = paragraph[0]
    for line in paragraph[1:]:
        if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and line[:1].isalpha():
            text = text[:-1] + line if line[0].islower() else text + line
        else:
            text += " " + line
    return text


def paragraphs(lines: list[Line]) -> list[str]:
    """The paragraphs of a page's lines, broken where the spacing widens or a column starts.

    >>> paragraphs([("Rockets hit Kir-", 700.0), ("kuk.", 688.0), ("Iran denied it.", 660.0)])
    ['Rockets hit Kirkuk.', 'Iran denied it.']
    """
    spacing = _spacing(lines)
    out: list[list[str]] = []
    previous: float | None = None
    for text, y in lines:
        new = not out
        if not new and spacing is not None and previous is not None and y is not None:
            gap = previous - y
            new = gap > spacing * _GAP or gap < -spacing  # wider gap, or back up: a column
        if new:
            out.append([text])
        else:
            out[-1].append(text)
        previous = y if y is not None else previous
    return [_join(p) for p in out]


def _key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.lower().split()))


def _running(pages: list[list[Line]]) -> set[str]:
    """Keys of the lines that head or foot at least half of the pages (two at least)."""
    counts: Counter[str] = Counter()
    for lines in pages:
        ends = {_key(t) for t, _ in lines[:2] + lines[-2:]}
        counts.update(ends)
    least = max(2, (len(pages) + 1) // 2)
    return {key for key, n in counts.items() if n >= least}


def _strip_running(lines: list[Line], running: set[str]) -> list[Line]:
    def drop(line: Line) -> bool:
        return _key(line[0]) in running or _PAGE_NUMBER.fullmatch(line[0].strip()) is not None

    start, end = 0, len(lines)
    while start < end and start < 2 and drop(lines[start]):
        start += 1
    while end > start and len(lines) - end < 2 and drop(lines[end - 1]):
        end -= 1
    return lines[start:end]


def _metadata(reader: Any) -> tuple[str | None, str | None, str | None]:
    """Title, author and creation date (ISO 8601) from the PDF's metadata, where readable."""
    try:
        meta = reader.metadata
    except Exception:  # noqa: BLE001 - a broken /Info dictionary only costs the metadata
        return None, None, None
    if meta is None:
        return None, None, None

    def text(key: str) -> str | None:
        try:
            value = meta.get(key)
        except Exception:  # noqa: BLE001
            return None
        value = " ".join(str(value).split()) if value is not None else ""
        return value.replace("\x00", "") or None

    try:
        created = meta.creation_date
    except Exception:  # noqa: BLE001 - a date pypdf cannot parse
        created = None
    date = None
    if created is not None:
        created = created if created.tzinfo else created.replace(tzinfo=UTC)
        date = created.astimezone(UTC).isoformat(timespec="seconds")
    return text("/Title"), text("/Author"), date


def _open(path: Path, data: bytes) -> Any:
    pypdf = require(path, "pypdf", "PDF reports")
    if b"%PDF-" not in data[:1024]:
        raise ReaderError(str(path), "is not a PDF (no %PDF- header)")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except Exception as e:  # noqa: BLE001 - a third-party parser on untrusted input
        raise ReaderError(str(path), f"cannot read the PDF: {one_line(e)}") from None
    if encrypted:
        try:
            opened = reader.decrypt("")  # only an owner password: readable as it is
        except Exception:  # noqa: BLE001 - e.g. AES without the `cryptography` package
            opened = 0
        if not opened:
            raise ReaderError(str(path), "is encrypted; save an unencrypted copy to read it")
    return reader



def _page_lines(path: Path, reader: Any) -> Iterator[tuple[int, list[Line]]]:
    try:
        count = len(reader.pages)
    except Exception as e:  # noqa: BLE001
        raise ReaderError(str(path), f"cannot read the PDF's pages: {one_line(e)}") from None
    for n in range(1, count + 1):
        lines: list[Line] | None = None
        with record(path, f"page {n}"):
            try:
                lines = _lines(reader.pages[n - 1])
            except RecursionError:
                raise ReaderError(str(path), "its content is nested too deeply") from None
            except Exception as e:  # noqa: BLE001 - one broken page must not cost the others
                raise ReaderError(str(path), f"cannot extract its text: {one_line(e)}") from None
        if lines is not None:
            yield n, lines


def read(path: Path, data: bytes) -> list[Document]:
    """Read a PDF: one document per page with text, one post per paragraph."""
    reader = _open(path, data)
    title, author, date = _metadata(reader)
    pages = list(_page_lines(path, reader))  # text only: the parsed pages are not kept
    del reader
    if not any(lines for _, lines in pages):
        raise ReaderError(str(path), "no text layer (scanned PDF?)")
    running = _running([lines for _, lines in pages]) if len(pages) > 1 else set()
    docs: list[Document] = []
    for n, lines in pages:
        paras = [p for p in paragraphs(_strip_running(lines, running)) if p.strip()]
        if not paras:
            continue
        text = "\n\n".join(paras)
        posts: list[Post] = []
        pos = 0
        for i, para in enumerate(paras, start=1):
            posts.append(Post(index=i, text=para, start=pos, end=pos + len(para),
                              author=author, time=date))
            pos += len(para) + 2
        docs.append(
            Document(
                id=f"{path.stem}-p{n}",
                text=text,
                posts=tuple(posts),
                format="pdf",
                source=str(path),
                title=f"{title or path.stem}, page {n}",
                author=author,
                published=date,
            )
        )
    return docs
