"""Web archives: WARC and WARC.gz files (Webrecorder, the Internet Archive, Common Crawl).

Each HTML ``response`` (or ``resource``) record goes through the HTML reader (trafilatura:
the article's text, one post per paragraph), with ``WARC-Target-URI`` as the document's
link. The page's own date is its publication date; a page that gives none is dated by
its capture (``WARC-Date``), the latest day it can have been published, so its relative
dates still have an anchor.

Skipped without an error, and counted in the ``actorgraph.readers.warc`` log: records
other than responses (requests, metadata, warcinfo), non-HTML payloads (images, scripts,
PDFs), revisits, duplicates (a payload digest seen before in the file) and pages in which
trafilatura finds no article text. A record cut short is reported (``record N (URI):
problem``) and the records before it are read; see :mod:`._records`.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import zlib
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from actorgraph.errors import ReaderError
from actorgraph.models import Document, stable_id

from . import html
from ._io import iso_time, shown
from ._optional import require
from ._records import one_line, record, skip

__all__ = ["looks_like_warc", "read"]

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
_NO_TEXT = "no article text found in the HTML"
_VERSION = re.compile(rb"WARC/\d\.\d+\r?\n")


def looks_like_warc(head: bytes) -> bool:
    """A WARC file starts with ``WARC/1.x``; a WARC.gz is gzip members that do."""
    if _VERSION.match(head):
        return True
    if head[:2] != b"\x1f\x8b":
        return False
    try:
        return _VERSION.match(zlib.decompressobj(31).decompress(head[:8192], 16)) is not None
    except zlib.error:
        return False


def _payload_text(data: bytes, content_type: str) -> bytes:
    """The payload as the HTML reader takes it: UTF-8, or the charset its HTTP header gives."""
    found = _CHARSET.search(content_type)
    if not found:
        return data
    try:
        codec = codecs.lookup(found.group(1)).name
        if codec in ("utf-8", "utf-8-sig"):
            return data
        return data.decode(codec).encode("utf-8")
    except (LookupError, UnicodeError, ValueError):
        return data  # the page's own <meta charset> or UTF-8, as for a saved page


def _page(path: Path, n: int, rec: Any, payload: bytes, uri: str, when: str | None) -> Document:
    content_type = rec.http_headers.get_header("Content-Type") if rec.http_headers else None
    content_type = content_type or rec.rec_headers.get_header("Content-Type") or ""
    [doc] = html.read(path, _payload_text(payload, content_type))
    return replace(
        doc,
        id=f"{path.name.split('.')[0]}-{stable_id(uri, when, n, length=12)}",
        format="warc",
        url=uri,
        published=doc.published or when,
    )


def _html(rec: Any) -> bool:
    content_type = rec.http_headers.get_header("Content-Type") if rec.http_headers else None
    content_type = (content_type or rec.rec_headers.get_header("Content-Type") or "").lower()
    return content_type.split(";")[0].strip() in _HTML_TYPES


def read(path: Path, data: bytes) -> list[Document]:
    """Read a WARC or WARC.gz file: one document per archived HTML page."""
    require(path, "warcio", "web archives (WARC)")
    from warcio.archiveiterator import ArchiveIterator

    if not looks_like_warc(data[:8192]):
        raise ReaderError(str(path), "is not a WARC file (no WARC/1.x record header)")
    counts: Counter[str] = Counter()
    digests: set[str] = set()
    docs: list[Document] = []
    stream = io.BytesIO(data)
    records = ArchiveIterator(stream)
    n = 0
    try:
        for rec in records:
            n += 1
            if rec.length is None:  # no Content-Length: the header itself is cut or broken
                raise _Damaged("a record header without Content-Length")
            uri = rec.rec_headers.get_header("WARC-Target-URI") or ""
            if rec.rec_type == "revisit":
                counts["revisits"] += 1
                continue
            if rec.rec_type not in ("response", "resource"):
                counts["other records"] += 1
                continue
            if not _html(rec):
                counts["non-HTML"] += 1
                continue
            with record(path, f"record {n} ({shown(uri)})"):
                payload = rec.content_stream().read()
                left = getattr(rec.raw_stream, "limit", 0) or 0
                if left > 0:
                    raise ReaderError(
                        str(path), f"truncated: {left:,} bytes of the record are missing"
                    )
                digest = rec.rec_headers.get_header("WARC-Payload-Digest")
                if digest and digest in digests:
                    counts["duplicates"] += 1
                    continue
                if digest:
                    digests.add(digest)
                date = rec.rec_headers.get_header("WARC-Date")
                when = iso_time(date) if date else None
                try:
                    docs.append(_page(path, n, rec, payload, uri, when))
                except ReaderError as e:
                    if e.problem != _NO_TEXT:
                        raise
                    counts["pages without article text"] += 1
    except ReaderError:
        raise  # strict mode: a bad record refuses the file
    except Exception as e:  # noqa: BLE001 - warcio on a damaged archive
        if n <= 1 and not docs:
            raise ReaderError(
                str(path), "is not a readable WARC file: its first record is damaged or cut "
                f"short ({e if isinstance(e, _Damaged) else type(e).__name__})",
            ) from None
        skip(path, "", f"the archive is damaged after record {n - 1}: {one_line(e)}; "
             "the records before it were read")
        return docs
    if n == 0:
        raise ReaderError(str(path), "is not a readable WARC file: no complete record")
    rest = data[records.offset:] if isinstance(getattr(records, "offset", None), int) else b""
    if rest.strip(b"\r\n\x00"):
        skip(path, "", f"the archive is cut short after record {n} (at byte "
             f"{records.offset:,} of {len(data):,}); the records before it were read")
    log.info("%s: %d page(s) read; skipped: %s", path, len(docs),
             ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "nothing")
    return docs


class _Damaged(Exception):
    """A record warcio returned but that cannot be a whole one."""

