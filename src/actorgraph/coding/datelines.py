"""Wire datelines: where and when a news report was filed.

A wire report opens with its place in capitals, often a date and the agency, and a dash:
``SAN SALVADOR, 14 MAR 91 (RADIO CADENA) -- ...``, ``KYIV, March 3, 2022 (Reuters) -
...``, ``BAGHDAD (AP) — ...``. The date dates the report (its relative dates, "last
night", resolve against it); the place is the country its sector nouns belong to when a
paragraph names none ("the army", "the police" three paragraphs down are the dateline's
country's, as a reader takes them).

>>> wire_dateline("SAN SALVADOR, 14 MAR 91 (RADIO CADENA) -- [TEXT] The army said ...")
Dateline(place='SAN SALVADOR', date='1991-03-14', agency='RADIO CADENA')
>>> wire_dateline("BAGHDAD (AP) — Gunmen attacked a checkpoint.")
Dateline(place='BAGHDAD', date=None, agency='AP')
>>> wire_dateline("IRAN and IRAQ - a long war.") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from .dates import resolve_date

__all__ = ["Dateline", "wire_dateline"]

# The place in capitals ("SAN SALVADOR", "ST. PETERSBURG", "N'DJAMENA"), a region after it
# in either case ("LIMA, Peru"), a date, the agency in brackets, then a dash: a date, an
# agency or a long dash ("WASHINGTON —") must be there, so "UN - the talks" is no dateline.
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'\u2019-]*(?:\s[A-Z][A-Z.'\u2019-]*){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})(?=,|\s*\())?"
    r"(?:,\s*(?P<date>[A-Za-z0-9., ]{3,30}?))?"
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*(?P<dash>--|[\u2014\u2013-])\s"
)
# "14 MAR 91": a wire service's day, month and two-digit year
_SHORT_YEAR = re.compile(r"(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2})")


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    date: str | None  # ISO, when the dateline gives a whole date
    agency: str | None


def wire_dateline(text: str) -> Dateline | None:
    """The dateline that opens ``text``, or ``None`` when it opens with none."""
    m = _DATELINE.match(text)
    if m is None or not (m.group("date") or m.group("agency") or m.group("dash") != "-"):
        return None
    when = m.group("date")
    date = _dateline_date(when) if when else None
    if when and date is None and not _SHORT_YEAR.fullmatch(when.strip()) and not _month_day(when):
        return None  # "IRAN, IRAQ AND SYRIA -": a list of names, no dateline
    return Dateline(m.group("place"), date, m.group("agency"))


def _dateline_date(value: str) -> str | None:
    short = _SHORT_YEAR.fullmatch(value.strip())
    if short:
        try:
            found = datetime.strptime(" ".join(short.groups()).title(), "%d %b %y")
        except ValueError:
            return None
        return found.date().isoformat()
    found_value = resolve_date(value)
    if found_value is None or found_value.basis != "text" or len(found_value.date) != 10:
        return None
    return found_value.date


def _month_day(value: str) -> bool:
    """A date without its year ("March 3"): a dateline still, but no date to keep."""
    return bool(re.fullmatch(r"[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?",
                             value.strip()))
