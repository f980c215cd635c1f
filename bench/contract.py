"""What readers and date resolvers promise, checked alike by the property tests
(``tests/test_reader_properties.py``, ``tests/test_resolver_properties.py``) and the fuzz
targets (``bench/fuzz.py``), so the two cannot drift apart.

Written independently of ``actorgraph.coding.dates``, whose own checks are under test.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

#: An ISO date at year, month or day precision, in ASCII digits.
ISO = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


def real_iso(value: str) -> bool:
    """``value`` is YYYY, YYYY-MM or YYYY-MM-DD (ASCII digits) and names a real date."""
    if not ISO.fullmatch(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError:
        return False
    return True


def storable(s: object) -> bool:
    """``s`` is text the store keeps whole: SQLite writes UTF-8, which has no lone
    surrogates, and NUL is refused in plain files and cuts text in C-string tools."""
    try:
        return isinstance(s, str) and "\x00" not in s and s.encode("utf-8") is not None
    except UnicodeEncodeError:
        return False


def date_value_problem(value: Any) -> str | None:
    """What is wrong with a ``DateValue`` that ``resolve_date`` returned, or ``None``."""
    if value is None:
        return None
    if not real_iso(value.date):
        return "resolve_date returned a date that is not a valid ISO date"
    if value.basis not in ("text", "relative"):
        return f"resolve_date returned the basis {value.basis!r}"
    end = value.end_date
    if end is not None:
        if not real_iso(end):
            return "resolve_date returned an end_date that is not a valid ISO date"
        k = min(len(end), len(value.date))
        if end[:k] < value.date[:k]:
            return "resolve_date returned an end_date before its date"
    return None
