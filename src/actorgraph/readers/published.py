"""Publication dates: given per file on the command line, or read from the document itself.

Relative dates in a text ("yesterday", "two days later") resolve against the
publication date of their post or document; a document without one keeps them
undated. A date comes, first to last:

1. ``--published FILE=DATE`` for that file (a path as given, or its file name);
2. the document's own: feed and archive metadata, a ``Date:``/``Published:`` line at the
   top of a text or thread file, a date after the author in a thread header
   (``Thread by @ana · 30 Dec 2020``), else the date of a wire report's dateline
   (``SAN SALVADOR, 14 MAR 91 (RADIO CADENA) --``, any format);
3. ``--published DATE`` (the ``published`` setting), for documents without a date of
   their own.

Dates given by the user must be absolute and real: ``2020-12-30`` (or ``2020-12``,
``2020``, or an ISO date-time); "yesterday" is refused, since it would resolve against
the clock of whichever machine runs the command.

>>> PublishedDates.parse(["thread.txt=2020-12-30", "2021-01-02"]).files
{'thread.txt': '2020-12-30'}
>>> absolute_date("yesterday") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from ..coding.datelines import wire_dateline
from ..errors import ConfigError
from ..models import Document

__all__ = ["DATE_LINE", "PublishedDates", "absolute_date", "checked_date", "date_line",
           "dated_by_dateline", "has_date", "split_header_date"]

#: A ``Date: ...`` or ``Published: ...`` line (also ``Posted``, ``Publication date``).
DATE_LINE = re.compile(
    r"\s*(?:date|published|posted|publication\s+date|dated)\s*:\s*(?P<value>\S.{0,80}?)\s*",
    re.IGNORECASE,
)
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ISO_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
#: What may separate a thread header's author from a date: "·", "-", "–", "|", ",", "on".
_HEADER_DATE = re.compile(r"\s*(?:[·•|,–—-]|\bon\b)\s*(?P<value>\S.*?)\s*$", re.IGNORECASE)


def _real(value: str) -> bool:
    parts = [int(p) for p in value[:10].split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def absolute_date(value: str | None) -> str | None:
    """``value`` as an ISO date (or date-time) if it names one absolutely, else ``None``.

    ISO forms are kept as given when real; written dates ("30 December 2020") are
    converted; relative words and impossible dates (2020-02-30) give ``None``.
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    if _ISO.fullmatch(value) or _ISO_TIME.fullmatch(value):
        if _ISO_TIME.fullmatch(value):
            try:
                datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                return None
        return value if _real(value) else None
    if re.match(r"\d{4}-\d", value):
        return None  # an ISO-looking value that is not one: 2020-13-01T..., 2020-1-5
    from ..coding.dates import resolve_date

    found = resolve_date(value)
    if found is None or found.basis != "text" or found.end_date:
        return None
    return found.date


def checked_date(value: str, what: str = "--published") -> str:
    """``value`` as :func:`absolute_date` gives it, or a :class:`ConfigError` saying why not."""
    found = absolute_date(value)
    if found is None:
        raise ConfigError(
            f"{what}: {value!r} is not a date; give an absolute, real date such as "
            "2020-12-30 (relative words like 'yesterday' would depend on this machine's clock)")
    return found


def date_line(text: str, start: int, end: int) -> str | None:
    """The date of a ``Date:``/``Published:`` line spanning ``text[start:end]``, or None."""
    m = DATE_LINE.fullmatch(text, start, end)
    return absolute_date(m.group("value")) if m else None


def split_header_date(name: str) -> tuple[str, str | None]:
    """A thread header's author and the date after it: ``"@ana · 30 Dec 2020"`` gives
    ``("@ana", "2020-12-30")``; without a date, ``(name, None)``."""
    for m in _HEADER_DATE.finditer(name):
        found = absolute_date(m.group("value"))
        if found and m.start() > 0:
            return name[: m.start()].strip(), found
    return name, None


def dated_by_dateline(doc: Document) -> Document:
    """``doc`` dated by its wire dateline when it has no date of its own."""
    if doc.published:
        return doc
    dateline = wire_dateline(doc.text)
    return replace(doc, published=dateline.date) if dateline and dateline.date else doc


def has_date(doc: Document) -> bool:
    """Whether ``doc`` has a publication date, or every post a time of its own."""
    return bool(doc.published) or bool(doc.posts) and all(p.time for p in doc.posts)


@dataclass(frozen=True)
class PublishedDates:
    """The ``--published`` values of a run: per file, and one default."""

    default: str | None = None
    files: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, values: Iterable[str] | str | None) -> PublishedDates:
        """``FILE=DATE`` and ``DATE`` values (one ``DATE`` at most), each date checked."""
        if values is None:
            return cls()
        if isinstance(values, str):
            values = [values]
        default: str | None = None
        files: dict[str, str] = {}
        for raw in values:
            name, sep, value = raw.rpartition("=")
            if sep and name.strip():
                files[name.strip()] = checked_date(value, f"--published {name.strip()}")
                continue
            if default is not None:
                raise ConfigError(f"--published: two dates for every file ({default}, {raw}); "
                                  "give one, and FILE=DATE for the others")
            default = checked_date(raw)
        return cls(default, files)

    def for_file(self, source: str | None) -> str | None:
        """The date given for the file ``source`` (by its path as given or its name)."""
        if not source or not self.files:
            return None
        return next((v for k, v in self.files.items() if _names(k, source)), None)

    def apply(self, doc: Document) -> Document:
        """``doc`` with the date this run gives it (see the module docstring)."""
        given = self.for_file(doc.source)
        if given:
            return replace(doc, published=given)
        if not doc.published and self.default:
            return replace(doc, published=self.default)
        return doc

    def unused(self, sources: Iterable[str | None]) -> list[str]:
        """The ``FILE=`` keys that named none of ``sources`` (a typo in a file name)."""
        seen = [s for s in sources if s]
        return [k for k in self.files if not any(_names(k, s) for s in seen)]


def _names(key: str, source: str) -> bool:
    path = Path(source)
    return key == source or Path(key) == path or ("/" not in key and key == path.name)
