"""An event's own date, at its real precision.

``resolve_date("in March 2003")`` gives ``"2003-03"``, never a made-up day.
Explicit dates are read with regular expressions (fast, exact precision);
expressions relative to the post time ("last Tuesday", "three days ago")
go through dateparser with that time as its base; expressions relative to
the previous event in the text ("two years later", "the same year") are
computed from that context date at its own precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from ..models import DateBasis

__all__ = ["DateValue", "amount", "day_first", "normalise_date", "resolve_date", "shift", "warm_up"]

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for m in names
}
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})"
_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}

_EXPLICIT = [
    ("day", re.compile(r"\b(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})\b")),
    ("day", re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\s*,?\s+{_YEAR}\b", re.I)),
    ("day", re.compile(rf"\b{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*{_YEAR}\b", re.I)),
    ("month", re.compile(rf"\b{_MON}\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<year>1[0-9]{2}0|20[0-9]0)s\b", re.I)),
    # a comma after it ends a phrase ("in 2022, officials said"), before a digit it is a
    # number's ("1,2000,000" is no year)
    ("year", re.compile(rf"(?<![\d,.$£€/])\b{_YEAR}\b(?![\d%]|,\d|-(?:strong|odd|member|man))")),
]
_NAMED_MONTH = frozenset(rx for _, rx in _EXPLICIT if "(?P<mon>" in rx.pattern)
# Numbers that look like years but name things: "Resolution 1701", "Flight 752".
_NOT_YEAR = re.compile(r"(?:resolution|flight|no\.?|number|route|article|#)\s*$", re.I)
# A year that names a thing near the event, not the event's date: "the 1951 treaty",
# "the 2020 truce", "Iraq's 1990 invasion" (the coder reads a trigger's own year itself).
_NAMING_YEAR_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)|'s|\u2019s)\s*$",
                                 re.I)
_NAMING_YEAR_AFTER = re.compile(r"^\s*[-\u2013]?\s*(?!and\b|or\b|to\b|till\b|until\b)[a-z]",
                                re.I)
# Words that may stand before a month without making it part of a name ("On May 4").
_BEFORE_MONTH = frozenset(
    """on in by since until till from of before after the late early mid last next this
    that and or between during around about each every to at""".split()
)
# A month, with or without its day, and no year: "on October 7", "in mid-April", "sept 27".
_MONTH_NO_YEAR = re.compile(
    rf"\b(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MON}"
    rf"(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?\b(?!\s*,?\s*\d{{4}})",
    re.I,
)
# "on the 11th": a day of the month the context gives ("on the 11th floor" is no date).
_ORDINAL_DAY = re.compile(
    r"\bon\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:floor|anniversary|"
    r"century|time|round|brigade|division|battalion|army|corps|regiment|fleet|day|week|month|"
    r"year|place|session|amendment|district|street|avenue|grade|birthday|minute|hour|"
    r"congress|parliament|summit|meeting|conference)s?\b)",
    re.I,
)
# "last december": the latest December before the time of writing.
_LAST_MONTH = re.compile(rf"\blast\s+{_MON}\b(?!\s*\d)", re.I)
# "5/12", "20/9", "5/12/2024": day and month in the order the thread uses; "24/7" and "9/11"
# are no dates, nor are fractions inside numbers ("1/2").
_NUMERIC = re.compile(
    r"(?<![\d/.,])\b(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\b(?![/\d%])"
)
_NUMERIC_NAMES = frozenset({("24", "7"), ("9", "11")})
# What each pattern needs, tested first (most sentences hold no date, and a pattern that
# ignores case costs tens of microseconds a sentence): every date written with numbers has
# a digit, and the patterns that ignore case need words of their own. Tested as parts of
# the lower-case text of an ASCII one (where ignoring case is lower-casing); every pattern
# runs on other text.
_DIGIT = re.compile(r"\d")
_MONTH_PARTS = tuple(sorted({m[:3] for m in MONTHS}))  # "sept", "june": "sep", "jun"
# The words of the patterns below without a digit or a month ("yesterday", "monday": "day")
_DIRECTIONS = ("later", "after", "earlier", "before")  # _RELATIVE_CONTEXT's
_WITHIN_WORDS = ("within",)  # _WITHIN's
_WHICH = ("same", "following", "next", "previous", "preceding")  # _SAME's
_NOW_WORDS = ("day", "tonight", "this", "last", "ago", "next", "past")  # _TODAY's, _WEEKDAY's,
# _RELATIVE_NOW's, _NEXT's, _WEEKEND's, _SEASON's
_DATE_WORDS = (*_DIRECTIONS, *_WITHIN_WORDS, *_WHICH, *_NOW_WORDS, "overnight")


def _any_in(low: str | None, parts: tuple[str, ...]) -> bool:
    return low is None or any(p in low for p in parts)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?P<wd>" + "|".join(_WEEKDAYS) + r")(?:'s)?\b", re.I)
_TODAY = re.compile(r"\b(?:today|tonight|overnight|this (?:morning|afternoon|evening))\b", re.I)
# The start of a range is short; unbounded, each "from" would scan to the end of the line.
_RANGE = re.compile(
    r"\b(?:from|between)\s+(?P<a>.{1,100}?)\s+(?:to|until|till|and|through)\s+(?P<b>.+?)(?:[,.;]|$)"
    r"|\b(?P<c>1[0-9]{3}|20[0-9]{2})\s*[-–]\s*(?P<d>1[0-9]{3}|20[0-9]{2})\b",
    re.I,
)
_RELATIVE_CONTEXT = re.compile(
    r"\b(?P<n>\d{1,6}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>day|week|month|year|decade)s?\s+(?P<dir>later|after|afterwards|earlier|before)\b",
    re.I,
)
# "within a day", "within six weeks" of the previous dated event: by that much after it
# (a day at its day; weeks and months at the month they reach, as a careful reader would)
_WITHIN = re.compile(
    r"\bwithin\s+(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\s+(?P<unit>day|week|month|year)s?\b",
    re.I,
)
# "next month", "next year": the unit after the one of the time of writing
# ("the next year" follows the narrative: :data:`_SAME`, from the previous date)
_NEXT = re.compile(r"(?<!the )\bnext\s+(?P<unit>week|month|year)\b", re.I)
# "this weekend" (in past-tense news, the one just gone), "last weekend"
_WEEKEND = re.compile(r"\b(?P<which>this|last|past)\s+weekend\b", re.I)
# "last summer", "this spring": the year of that season (winter straddles two: left out)
_SEASON = re.compile(r"\b(?P<which>this|last|past)\s+(?P<season>spring|summer|autumn|fall)\b",
                     re.I)
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}  # its last month
_SAME = re.compile(r"\b(?:the\s+)?(?P<which>same|following|next|previous|preceding)\s+"
                   r"(?P<unit>day|month|year)\b", re.I)
# "since 2022", "since early 2016", "since the 1990s", "since March 2011"
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:1[89]|20)\d\ds?\b", re.I)
_RELATIVE_NOW = re.compile(
    r"\b(?:yesterday|today|tonight|this (?:morning|afternoon|evening|week|month|year)|"
    r"last (?:week|month|year|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:day|week|month|year)s? ago)\b",
    re.I,
)


def day_first(text: str) -> bool | None:
    """Whether ``text`` writes numeric dates day first ("20/9": ``True``), month first
    ("9/20": ``False``), or does not say (``None``): only a number above 12 tells.

    >>> day_first("20/9: rsf shelled the market"), day_first("9/20"), day_first("5/12")
    (True, False, None)
    """
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if (m.group("a"), m.group("b")) in _NUMERIC_NAMES:
            continue
        if a > 12 >= b >= 1 and a <= 31:
            return True
        if b > 12 >= a >= 1 and b <= 31:
            return False
    return None


@dataclass(frozen=True, slots=True)
class DateValue:
    """``date`` and ``end_date`` are ISO 8601 at the precision the text gives."""

    date: str
    end_date: str | None = None
    basis: DateBasis = "text"


def _explicit(text: str, fast: bool = True) -> tuple[int, str] | None:
    """The first explicit date in ``text``: (position, ISO value); ``fast``: the patterns
    with a month only where the text has one."""
    best: tuple[int, str] | None = None
    months = not fast or _any_in(text.lower() if text.isascii() else None, _MONTH_PARTS)
    for precision, rx in _EXPLICIT:
        if not months and rx in _NAMED_MONTH:
            continue
        m = next((m for m in rx.finditer(text) if _plausible(text, m, precision)), None)
        if not m or (best and m.start() >= best[0]):
            continue
        g = m.groupdict()
        if precision == "day" and g.get("y"):
            value = f"{g['y']}-{g['m']}-{g['d']}"
        elif precision == "day":
            value = f"{g['year']}-{MONTHS[_word(g['mon'])]:02d}-{int(g['day']):02d}"
        elif precision == "month":
            value = f"{g['year']}-{MONTHS[_word(g['mon'])]:02d}"
        elif precision == "decade":
            value = f"{g['year']}/{int(g['year']) + 9}"
        else:
            value = g["year"]
        if _valid(value.split("/")[0]):
            best = (m.start(), value)
    return best


def _plausible(text: str, m: re.Match[str], precision: str) -> bool:
    if precision != "year":
        return True
    before = text[max(0, m.start() - 64) : m.start()]  # the words just before; not all the text
    if _NOT_YEAR.search(before):
        return False
    if _NAMING_YEAR_BEFORE.search(before) and _NAMING_YEAR_AFTER.match(text[m.end() :]):
        return False
    # Before 1800 a bare number is more often a count or a code than a year.
    return int(m.group("year")) >= 1800 or bool(re.search(r"\b(?:in|since|from|by|until|of)\s*$",
                                                          before, re.I))


def _valid(value: str) -> bool:
    try:
        parts = [int(p) for p in value.split("-")]
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def shift(value: str, n: int, unit: str) -> str:
    """Move an ISO date of any precision by ``n`` units, keeping the coarser precision.

    >>> shift("1980-09", 2, "year"), shift("2020-01-03", 5, "day"), shift("2003-03", 1, "day")
    ('1982', '2020-01-08', '2003-03')
    """
    parts = [int(p) for p in value.split("-")]
    if unit in ("year", "decade"):
        # "two years later" says nothing finer than the year.
        parts = [parts[0] + n * (10 if unit == "decade" else 1)]
    elif unit == "month" and len(parts) >= 2:
        parts = parts[:2]
        total = parts[0] * 12 + parts[1] - 1 + n
        parts[0], parts[1] = divmod(total, 12)
        parts[1] += 1
    elif unit in ("day", "week") and len(parts) == 3:
        d = date(*parts) + timedelta(days=n * (7 if unit == "week" else 1))
        parts = [d.year, d.month, d.day]
    width = [4, 2, 2]
    return "-".join(f"{p:0{w}d}" for p, w in zip(parts, width, strict=False))


# IGNORECASE lets "ſ" match "s", "ı" and "İ" match "i", and the Kelvin sign match "k";
# fold them too before a matched word is looked up.
_FOLD = str.maketrans({"\u017f": "s", "\u0131": "i", "\u0130": "i", "\u212a": "k"})


def _word(matched: str) -> str:
    return matched.translate(_FOLD).lower()


def _shifted(value: str, n: int, unit: str) -> str | None:
    """:func:`shift`, or ``None`` off the calendar ("3000 years earlier" than 2024)."""
    try:
        out = shift(value, n, unit)
    except OverflowError:
        return None
    return out if _valid(out) else None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUM_WORDS[_word(word)]


def amount(word: str) -> int | None:
    """The count a word gives ("two", "3", "a"), or ``None`` ("several", "weeks").

    >>> amount("two"), amount("12"), amount("an"), amount("several")
    (2, 12, 1, None)
    """
    if word.isdigit() and len(word) <= 4:
        return int(word)
    return _NUM_WORDS.get(_word(word))


@lru_cache(maxsize=4096)
def _dateparser_relative(expr: str, base_iso: str) -> str | None:
    from dateparser.date import DateDataParser

    if len(base_iso) < 10:
        return None
    try:
        base = datetime.fromisoformat(base_iso[:19])
    except ValueError:  # a valid day, then something that is no time of day
        base = datetime.fromisoformat(base_iso[:10])
    base = base.replace(tzinfo=None)
    try:
        data = DateDataParser(
            languages=["en"],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
        ).get_date_data(expr)
    except (OverflowError, ValueError):  # "99999 years ago" leaves the calendar
        return None
    if data.date_obj is None:
        return None
    d = data.date_obj
    period = data.period or "day"
    if period == "week" and expr.lower().startswith(("this ", "last ")):
        # "last week" is a calendar week ("this week" the part of it before the time of
        # writing): the month (or year) that holds all of it, not one of its days
        monday = d.date() - timedelta(days=d.weekday())
        sunday = min(monday + timedelta(days=6), base.date())  # "this week": so far
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return f"{monday.year:04d}-{monday.month:02d}"
        return f"{monday.year:04d}" if monday.year == sunday.year else None
    if period == "year":
        return f"{d.year:04d}"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def warm_up() -> None:
    """Load dateparser and its English data now, at start-up: the first relative date a
    text holds ("two days ago") otherwise pays for the import, the locale and the time
    zone patterns (about half a second) in the middle of a run. Nothing is cached."""
    _dateparser_relative.__wrapped__("two days ago", "2000-01-10")


_ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_PREFIX = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


@lru_cache(maxsize=1024)
def normalise_date(value: str | None) -> str | None:
    """An ISO day for a publication date or post time as a source gives it, or ``None``.

    >>> normalise_date("2024-05-16T10:00:00+00:00"), normalise_date("16 May 2024")
    ('2024-05-16T10:00:00+00:00', '2024-05-16')
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    if _ISO_DAY.match(value) and _valid(value[:10]):
        return value
    found = resolve_date(value)
    if found is not None and len(found.date) == 10:
        return found.date
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"DATE_ORDER": "DMY"})
    return parsed.date().isoformat() if parsed else None


def _span(start: str, end: str) -> DateValue:
    """A range, in order even when the text gives it backwards ("2017-2014")."""
    k = min(len(start), len(end))
    return DateValue(start, end) if end[:k] >= start[:k] else DateValue(end, start)


@lru_cache(maxsize=8192)
def resolve_date(
    text: str, context: str | None = None, now: str | None = None,
    day_first: bool | None = None, ahead: bool = False,
) -> DateValue | None:
    """The date ``text`` gives for an event, or ``None``.

    ``context`` is the date of the previous dated event (for "two years
    later"), ``now`` the post's time (for "last Tuesday"); ``day_first`` how
    the thread writes numeric dates ("5/12": 5 December when ``True``, else
    12 May). A day and month without a year take the year of ``context``,
    else of ``now``; ``ahead``: the text tells a planned event ("will meet on
    Friday"), so a month or weekday counted from ``now`` is the next one, not the
    last.

    >>> resolve_date("Iran rejected the offer in 1982").date
    '1982'
    >>> resolve_date("two years later", context="1980")
    DateValue(date='1982', end_date=None, basis='relative')
    """
    return _resolve(text, context, now, day_first, ahead=ahead)


def counts_from_before(text: str, within: bool = True) -> bool:
    """Whether ``text`` dates its event by an earlier one it does not name: "a day later",
    "two weeks afterwards", "within a day" (the count runs from the date told before it);
    ``within``: whether "within" counts (not in "pledged to withdraw within 14 months", a
    deadline)."""
    m = _RELATIVE_CONTEXT.search(text)
    if m and _word(m.group("dir")) in ("later", "afterwards", "earlier"):
        return True
    return within and _WITHIN.search(text) is not None


def _complement_of(text: str, m: re.Match[str]) -> bool:
    """Whether ``text`` is the event clause of "N days after/before <clause>" alone: it
    opens with the phrase and runs on to its end without a comma ("a day after warplanes
    bombed the camp"), so the event is the one the phrase measures from."""
    rest = text[m.end():]
    return (_word(m.group("dir")) in ("after", "before") and not text[:m.start()].strip(" ,;:-")
            and rest.strip(" .") != "" and not re.search(r"[,;:]", rest))


def _resolve(text: str, context: str | None, now: str | None, day_first: bool | None,
             fast: bool = True, ahead: bool = False) -> DateValue | None:
    """:func:`resolve_date`; ``fast``: a pattern is tried only where the text has what it
    needs (``False``: every pattern, the same answers slower, for the tests)."""
    if now and not (_ISO_DAY.match(now) and _valid(now[:10])):
        now = None  # not a date we can count from
    if context:
        iso = _ISO_PREFIX.match(context)
        context = iso.group(0) if iso and _valid(iso.group(0)) else None
    low = text.lower() if fast and text.isascii() else None
    if "since" in (low if low is not None else text.lower()):
        # "talks on Friday, the first since 2022": a "since" phrase bounds a comparison or a
        # state; the event's own date, when the text gives one, is elsewhere
        bare = _SINCE.sub(" ", text)
        if bare != text:
            found_elsewhere = _resolve(bare, context, now, day_first, fast, ahead)
            if found_elsewhere is not None:
                return found_elsewhere
    digits = not fast or _DIGIT.search(text) is not None
    months = _any_in(low, _MONTH_PARTS)
    if not (digits or months or _any_in(low, _DATE_WORDS)):
        return None
    m = _RANGE.search(text) if digits else None
    if m:
        if m.group("c"):
            return _span(m.group("c"), m.group("d"))
        a, b = _explicit(m.group("a"), fast), _explicit(m.group("b"), fast)
        if a and b:  # a decade is a span: "from the 1990s to 2005" starts in 1990
            return _span(a[1].partition("/")[0], b[1].rpartition("/")[2])
    found = _explicit(text, fast) if digits else None
    if found:
        start, _, end = found[1].partition("/")  # a decade is a span
        return DateValue(start, end or None)
    m = _RELATIVE_CONTEXT.search(text) if (context or now) and _any_in(low, _DIRECTIONS) else None
    complement = m is not None and _complement_of(text, m)
    if m and (context or complement):
        sign = -1 if _word(m.group("dir")) in ("earlier", "before") else 1
        if complement:
            # "..., a day after warplanes bombed X": the bombing is a day before the
            # time the sentence speaks from, not a day after it
            sign = -sign
        value = _shifted(context or (now or "")[:10], sign * _number(m.group("n")),
                         _word(m.group("unit")))
        if value:
            return DateValue(value, basis="relative")
    if context:
        m = _SAME.search(text) if _any_in(low, _WHICH) else None
        if m and now and _NEXT.match(text, m.start()):
            m = None  # a bare "next month" counts from the time of writing
        if m:
            step = {"same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}
            unit = _word(m.group("unit"))
            keep = {"year": 4, "month": 7, "day": 10}[unit]
            if len(context) >= keep and (
                value := _shifted(context[:keep], step[_word(m.group("which"))], unit)
            ):
                return DateValue(value, basis="relative")
    numeric = _numeric_date(text, context or now, day_first) if digits else None
    if numeric is not None:
        return numeric
    anchor = context or now
    m = _LAST_MONTH.search(text) if months and _any_in(low, ("last",)) else None
    if m and now:
        month = MONTHS[_word(m.group("mon"))]
        year = int(now[:4]) - (month >= int(now[5:7]))
        return DateValue(f"{year:04d}-{month:02d}", basis="relative")
    m = next((m for m in _MONTH_NO_YEAR.finditer(text) if not _month_in_name(text, m)),
             None) if months else None
    if m and anchor and not (
        _word(m.group("mon")) == "may" and not (m.group("day1") or m.group("day2"))
    ):
        month = MONTHS[_word(m.group("mon"))]
        day = m.group("day1") or m.group("day2")
        year = int(anchor[:4])
        if len(anchor) >= 7 and not context:
            if ahead and month < int(anchor[5:7]):
                year += 1  # "will meet in January", written in December: next January
            elif not ahead and month > int(anchor[5:7]):
                year -= 1  # "in December", written in January: last December
        value = f"{year:04d}-{month:02d}" + (f"-{int(day):02d}" if day else "")
        if _valid(value):
            return DateValue(value, basis="relative")
    m = _ORDINAL_DAY.search(text) if digits else None
    if m and anchor and len(anchor) >= 7:  # "on the 11th": the month the context gives
        value = f"{anchor[:7]}-{int(m.group('day')):02d}"
        if _valid(value):
            return DateValue(value, basis="relative")
    if now and len(now) >= 10:
        if _any_in(low, ("today", "tonight", "overnight", "this")) and _TODAY.search(text):
            return DateValue(now[:10], basis="relative")
        m = _WEEKDAY.search(text) if _any_in(low, ("day",)) else None
        if m and not re.search(r"\b(?:next|this coming)\s+$", text[: m.start()], re.I):
            base = date.fromisoformat(now[:10])
            back = (base.weekday() - _WEEKDAYS.index(_word(m.group("wd")))) % 7
            if ahead:  # "will meet on Friday": the coming one
                back = -((_WEEKDAYS.index(_word(m.group("wd"))) - base.weekday()) % 7)
            # "on Friday" in a Friday paper is that day; "last Friday" a week before.
            if back == 0 and re.search(r"\blast\s+$", text[: m.start()], re.I):
                back = 7
            if base.toordinal() > back:  # not before 0001-01-01
                return DateValue((base - timedelta(days=back)).isoformat(), basis="relative")
    if now:
        m = _RELATIVE_NOW.search(text) if _any_in(low, _NOW_WORDS) else None
        if m:
            value = _dateparser_relative(m.group(0), now)
            if value:
                return DateValue(value, basis="relative")
        value = _near_now(text, low, now)
        if value:
            return DateValue(value, basis="relative")
    # the weakest reading, when nothing above dates the text
    m = _WITHIN.search(text) if context and _any_in(low, _WITHIN_WORDS) else None
    if m and context:
        unit = _word(m.group("unit"))
        value = _shifted(context, _number(m.group("n")), unit)
        if value:
            keep = {"day": 10, "week": 7, "month": 7, "year": 4}[unit]
            return DateValue(value[:keep], basis="relative")
    return None


def _near_now(text: str, low: str | None, now: str) -> str | None:
    """The date of "next month", "this weekend", "last summer" told at ``now``, at the
    precision the phrase has (a weekend: its month; a season: its year)."""
    base = date.fromisoformat(now[:10])
    m = _NEXT.search(text) if _any_in(low, ("next",)) else None
    if m:
        unit = _word(m.group("unit"))
        if unit == "week":
            monday = base + timedelta(days=7 - base.weekday())
            sunday = monday + timedelta(days=6)
            if monday.month == sunday.month:
                return f"{monday.year:04d}-{monday.month:02d}"
            return f"{monday.year:04d}" if monday.year == sunday.year else None
        return _shifted(now[:7] if unit == "month" else now[:4], 1, unit)
    m = _WEEKEND.search(text) if _any_in(low, ("weekend",)) else None
    if m:
        # the Saturday of the weekend just gone (or under way); "last weekend" told on a
        # weekend day is the one before it
        saturday = base - timedelta(days=(base.weekday() - 5) % 7)
        if _word(m.group("which")) != "this" and base.weekday() >= 5:
            saturday -= timedelta(days=7)
        return f"{saturday.year:04d}-{saturday.month:02d}"
    m = _SEASON.search(text) if _any_in(low, ("spring", "summer", "autumn", "fall")) else None
    if m:
        over = base.month > _SEASON_END[_word(m.group("season"))]
        this = _word(m.group("which")) == "this"
        return f"{base.year - (not this and not over):04d}"
    return None



def _month_in_name(text: str, m: re.Match[str]) -> bool:
    """Whether a month word is no month here: part of a name ("the supply boat Unaizah May
    4"), or the verb "march" written in lower case with no date word before it ("ordered
    the army to march on Tripoli"; "in march", "since march" stay months)."""
    if m.group("day1"):
        return False
    words = re.findall(r"[\w'\u2019]+", text[: m.start()])
    if m.group("mon") == "march" and not m.group("day2"):
        return not words or words[-1].casefold() not in _BEFORE_MONTH - {"to", "and", "or"}
    if not words:
        return False
    last = words[-1]
    return (
        last[:1].isupper()
        and last.casefold() not in _BEFORE_MONTH
        and _word(last) not in MONTHS
        and last.casefold().rstrip("s") not in _WEEKDAYS
        and not last.isdigit()
    )


def _numeric_date(text: str, anchor: str | None, day_first: bool | None) -> DateValue | None:
    """A numeric date ("5/12", "20/9/2024"), day first when ``day_first`` or when the
    numbers say so; without a year, the year of ``anchor``."""
    for m in _NUMERIC.finditer(text):
        a, b, y = m.group("a"), m.group("b"), m.group("y")
        if (a, b) in _NUMERIC_NAMES and not y:
            continue
        first = day_first if day_first is not None else int(a) > 12
        day, month = (int(a), int(b)) if first else (int(b), int(a))
        if y:
            year = int(y) if len(y) == 4 else 2000 + int(y)
            value = f"{year:04d}-{month:02d}-{day:02d}"
            if _valid(value):
                return DateValue(value)
            continue
        if not anchor:
            continue
        value = f"{anchor[:4]}-{month:02d}-{day:02d}"
        if _valid(value):
            return DateValue(value, basis="relative")
    return None
