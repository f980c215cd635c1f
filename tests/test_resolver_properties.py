"""Property-based tests of the date and place resolvers.

Dates: ``resolve_date`` never raises, whatever the text, context or post time, and what it
returns is a real ISO date at the precision the text gives (year, month or day), with
``end_date`` not before ``date``; explicit dates read back exactly, in any case; shifts
keep precision and undo; ``normalise_date`` gives an ISO day or ``None``, idempotently.
Places: every name the gazetteer holds finds a place whatever its case, spacing or a
leading "the"; every place has a known country (or none) and coordinates on the globe.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

import pytest
from contract import date_value_problem, real_iso  # bench/contract.py, shared with fuzz.py
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from actorgraph.coding.dates import DateValue, _resolve, normalise_date, resolve_date, shift
from actorgraph.coding.places import Gazetteer, load_gazetteer

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_value(got: DateValue | None) -> None:
    problem = date_value_problem(got)
    assert problem is None, (problem, got)


# -- strategies -------------------------------------------------------------------------

DAYS = st.dates(date(1800, 1, 1), date(2099, 12, 31))
MONTH_NAMES = [calendar.month_name[i] for i in range(1, 13)]
# Words the date rules look for, and characters that IGNORECASE matches to ASCII letters.
# fmt: off
DATE_WORDS = [
    "in", "on", "of", "from", "to", "between", "and", "until", "through", "the", "same",
    "following", "next", "previous", "year", "years", "month", "months", "day", "days", "week",
    "weeks", "decade", "later", "earlier", "before", "after", "ago", "last", "this coming",
    "today", "tonight", "yesterday", "overnight", "this morning", "Monday", "tuesday", "FRIDAY",
    "sunday's", "Jan", "March", "may", "Sept", "sept.", "December", "1st", "22nd", "3rd", "th",
    "1990s", "the 1880s", "Resolution", "Flight", "No.", "#", "$", "%", "-strong", ",", ".", "-",
    "\u2013", "/", "\u017f", "\u0131", "\u0130", "\u212a", "\xa0", "\n", "\u0662\u0660",
]
# fmt: on
NUMBERS = st.one_of(st.integers(0, 40), st.integers(1000, 2100), st.integers(0, 10**7)).map(str)
UNITS = st.sampled_from(
    ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"]
)
PHRASES = st.one_of(
    st.builds(
        "{} {} {}".format,
        st.one_of(NUMBERS, st.sampled_from(["a", "an", "six"])),
        UNITS,
        st.sampled_from(["later", "earlier", "before", "afterwards"]),
    ),
    st.builds(
        "the {} {}".format,
        st.sampled_from(["same", "following", "previous"]),
        st.sampled_from(["day", "month", "year"]),
    ),
    st.builds("{} days ago".format, NUMBERS),
    st.builds("{} {} {}".format, NUMBERS, st.sampled_from(MONTH_NAMES), NUMBERS),
    st.builds(
        "{} {}".format,
        st.sampled_from(["last", "on", "next"]),
        st.sampled_from(list(calendar.day_name)),
    ),
    st.builds("from {} to {}".format, NUMBERS, NUMBERS),
)
# Letters that IGNORECASE matches to ASCII ones: "Auguſt" is matched as "August".
CONFUSABLE = {"s": ["\u017f"], "i": ["\u0131", "\u0130"], "k": ["\u212a"]}


@st.composite
def confused(draw: st.DrawFn, text: str) -> str:
    out = []
    for c in text:
        alt = CONFUSABLE.get(c.lower())
        out.append(draw(st.sampled_from(alt)) if alt and draw(st.booleans()) else c)
    return "".join(out)


date_texts = st.one_of(
    st.text(max_size=60),
    st.lists(
        st.one_of(st.sampled_from(DATE_WORDS), NUMBERS, DAYS.map(date.isoformat), PHRASES),
        max_size=8,
    )
    .map(" ".join)
    .flatmap(lambda t: st.one_of(st.just(t), confused(t))),
    st.lists(st.one_of(st.sampled_from(DATE_WORDS), NUMBERS), max_size=10).map("".join),
)


def precisions(d: date) -> st.SearchStrategy[str]:
    return st.sampled_from([f"{d.year:04d}", f"{d.year:04d}-{d.month:02d}", d.isoformat()])


contexts = st.one_of(
    st.none(),
    st.dates().flatmap(precisions),  # any real date, year 1 and 9999 included
    st.sampled_from(["", "1990/1999", "2024-05-16T10:00:00+00:00", "-976", "12023", "2023-02-31"]),
    st.text(max_size=12),
)
nows = st.one_of(
    st.none(),
    st.dates().map(date.isoformat),
    st.datetimes().map(lambda d: d.isoformat()),
    DAYS.map(lambda d: f"{d.isoformat()} is not a time"),
    st.sampled_from(["2024-05-16T25:00", "03-02-2009", "2024-02-30", ""]),
    st.text(max_size=12),
)


def any_case(word: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda ups: "".join(c.upper() if up else c.lower() for c, up in zip(word, ups, strict=True))
    )


# -- resolve_date ---------------------------------------------------------------------


@FAST
@given(text=date_texts, context=contexts, now=nows)
# a post time that opens with a day and goes on with words: the day alone counts
@example("0 DAY BEFORE/", None, "2000-01-01 is not a time")
def test_resolve_date_never_raises_and_returns_real_dates(
    text: str, context: str | None, now: str | None
) -> None:
    check_value(resolve_date(text, context, now))


@FAST
@given(text=date_texts, context=contexts, now=nows, day_first=st.sampled_from([None, True, False]))
@example("THREE DAYS LATER", "1990", None, None)
@example("LAST DECEMBER", None, "2024-12-20", None)
@example("two weeks ago", None, "2024-05-16", None)
@example("Auguſt 2003", None, None, None)
@example("on the 11th, two days before Friday", "2024-05", "2024-05-16", None)
@example("١٢/5 and İn mid-JUNE", None, "2024-05-16", True)
def test_pattern_gates_change_no_answer(
    text: str, context: str | None, now: str | None, day_first: bool | None
) -> None:
    # resolve_date tries a pattern only where the text has what it needs (a digit, a month,
    # one of its words): the answer of trying every one
    assert _resolve(text, context, now, day_first) == _resolve(
        text, context, now, day_first, fast=False)


@FAST
@given(day=DAYS, data=st.data())
def test_explicit_dates_read_back_exactly(day: date, data: st.DataObject) -> None:
    month = data.draw(any_case(MONTH_NAMES[day.month - 1]))
    form, expected = data.draw(
        st.sampled_from(
            [
                (f"on {day.day} {month} {day.year} the talks", day.isoformat()),
                (f"on {month} {day.day}, {day.year}, troops", day.isoformat()),
                (f"since {day.isoformat()}", day.isoformat()),
                (f"in {month} {day.year}", f"{day.year:04d}-{day.month:02d}"),
                (f"in {month} of {day.year}", f"{day.year:04d}-{day.month:02d}"),
                (f"the war of {day.year}", f"{day.year:04d}"),
            ]
        )
    )
    got = resolve_date(form, data.draw(contexts), data.draw(nows))
    assert got is not None and (got.date, got.end_date, got.basis) == (expected, None, "text")


@FAST
@given(a=DAYS, b=DAYS, connector=st.sampled_from(["to", "until", "and", "through"]))
def test_ranges_are_in_order(a: date, b: date, connector: str) -> None:
    word = "between" if connector == "and" else "from"
    got = resolve_date(f"fighting {word} {a.isoformat()} {connector} {b.isoformat()}.")
    assert got is not None
    assert (got.date, got.end_date) == tuple(sorted([a.isoformat(), b.isoformat()]))
    years = resolve_date(f"the {a.year}-{b.year} war")
    assert years is not None
    assert (years.date, years.end_date) == tuple(sorted([str(a.year), str(b.year)]))


@FAST
@given(
    context=st.dates().flatmap(precisions),
    n=st.integers(0, 12),
    unit=st.sampled_from(["year", "month", "day", "week", "decade"]),
    direction=st.sampled_from(["later", "earlier", "after", "before"]),
    word=st.booleans(),
    case=st.booleans(),
)
def test_relative_to_context_is_shift(
    context: str, n: int, unit: str, direction: str, word: bool, case: bool
) -> None:
    numbers = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ]
    count = numbers[n] if word and n else str(n)
    # "two years after the army withdrew, the rebels came back": the coming back is two years
    # after the withdrawal (the previous date); the clause alone ("two years after the army
    # withdrew") is the withdrawal, two years before the time it is told from
    clause = f"{count} {unit}s {direction} the army withdrew"
    alone = direction in ("after", "before") and case
    got = resolve_date(clause if alone else f"{clause}, the rebels came back", context)
    signed = -n if direction in ("earlier", "before") else n
    signed = -signed if alone else signed
    try:
        expected = shift(context, signed, unit)
    except OverflowError:
        expected = None
    if expected is None or not real_iso(expected):
        assert got is None  # off the calendar: no date rather than a made-up one
    else:
        assert got == DateValue(expected, None, "relative")


@FAST
@given(now=DAYS, wd=st.integers(0, 6), last=st.booleans(), case=st.data())
def test_weekdays_fall_in_the_week_before_the_post(
    now: date, wd: int, last: bool, case: st.DataObject
) -> None:
    name = case.draw(any_case(calendar.day_name[wd]))
    got = resolve_date(f"{'last' if last else 'on'} {name} officials said", None, now.isoformat())
    assert got is not None and got.basis == "relative"
    day = date.fromisoformat(got.date)
    assert day.weekday() == wd
    assert (1 if last else 0) <= (now - day).days <= (7 if last else 6)


@SLOW
@given(now=DAYS, n=st.integers(1, 30))
def test_days_ago_counts_back_from_the_post(now: date, n: int) -> None:
    got = resolve_date(f"{n} days ago", None, f"{now.isoformat()}T12:00:00")
    assert got is not None and got.date == (now - timedelta(days=n)).isoformat()


@FAST
@given(context=st.dates().flatmap(precisions))
def test_same_year_keeps_the_contexts_year(context: str) -> None:
    got = resolve_date("the same year, talks failed", context)
    assert got == DateValue(context[:4], None, "relative")


# -- shift ----------------------------------------------------------------------------


@FAST
@given(
    value=DAYS.flatmap(precisions),
    n=st.integers(-100, 100),
    unit=st.sampled_from(["year", "month", "day", "week", "decade"]),
)
def test_shift_keeps_precision_and_undoes(value: str, n: int, unit: str) -> None:
    moved = shift(value, n, unit)
    fine = {"year": 4, "decade": 4, "month": 7, "day": 10, "week": 10}[unit]
    assert len(moved) == min(len(value), fine)
    assert real_iso(moved)
    assert shift(moved, -n, unit) == value[: len(moved)]


# -- normalise_date -------------------------------------------------------------------


@SLOW
@given(value=st.one_of(st.none(), date_texts, nows))
def test_normalise_date_gives_an_iso_day_idempotently(value: str | None) -> None:
    got = normalise_date(value)
    if got is None:
        return
    assert real_iso(got[:10]) and len(got) >= 10
    assert normalise_date(got) == got


@SLOW
@given(day=DAYS, data=st.data())
def test_normalise_date_reads_common_forms(day: date, data: st.DataObject) -> None:
    month = MONTH_NAMES[day.month - 1]
    raw = data.draw(
        st.sampled_from(
            [
                day.isoformat(),
                f"  {day.isoformat()}T08:30:00Z ",
                f"{day.day} {month} {day.year}",
                f"{month} {day.day}, {day.year}",
                f"{day.day:02d}-{day.month:02d}-{day.year}",
            ]
        )
    )
    assert normalise_date(raw)[:10] == day.isoformat()


# -- places ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@lru_cache(maxsize=1)
def _names() -> list[str]:
    return sorted({loc.name for loc in load_gazetteer().names.values()})


# Deferred: the gazetteer loads when a test draws a name, not when tests are collected.
place_names = st.deferred(lambda: st.sampled_from(_names()))


def check_location(loc: object) -> None:
    if loc is None:
        return
    assert loc.name
    assert loc.country is None or loc.country in load_gazetteer().countries, loc
    if loc.lat is not None or loc.lon is not None:
        assert -90 <= loc.lat <= 90 and -180 <= loc.lon <= 180, loc


@FAST
@given(
    name=st.one_of(
        st.text(max_size=30),
        place_names.map(lambda n: n[: len(n) // 2]),
        st.sampled_from(["", " ", "the", "the ", "The  Red\tSea", "\u0130stanbul", "\u00df"]),
    )
)
def test_resolve_never_raises(gazetteer: Gazetteer, name: str) -> None:
    check_location(gazetteer.resolve(name))


@FAST
@given(
    name=place_names,
    case=st.sampled_from([str, str.upper, str.lower, str.title, str.swapcase]),
    pad=st.sampled_from(["", " ", "\t", "\n  "]),
    the=st.sampled_from(["", "the ", "The  ", "THE\t"]),
    space=st.sampled_from([" ", "  ", "\u00a0", "\t"]),
)
def test_names_resolve_whatever_their_case_and_spacing(
    gazetteer: Gazetteer,
    name: str,
    case: Callable[[str], str],
    pad: str,
    the: str,
    space: str,
) -> None:
    assume(not name.lower().startswith("the "))  # "the The Hague" is no one's spelling
    found = gazetteer.resolve(name)
    assert found is not None
    check_location(found)
    variant = pad + the + case(name).replace(" ", space) + pad
    assert gazetteer.resolve(variant) == found, variant


def test_every_name_resolves_in_upper_and_lower_case(gazetteer: Gazetteer) -> None:
    # Exhaustive rather than sampled: a few dozen of 130,000 names once failed (Turkish ı).
    failed = [
        name
        for name in _names()
        if not gazetteer.resolve(name)
        == gazetteer.resolve(name.upper())
        == gazetteer.resolve(name.lower())
    ]
    assert failed == []


def test_every_country_resolves_to_itself(gazetteer: Gazetteer) -> None:
    for iso3, loc in gazetteer.countries.items():
        assert gazetteer.country(iso3) == loc and loc.country == iso3
        assert gazetteer.resolve(loc.name) == loc, loc.name
        assert gazetteer.resolve(loc.name.upper()) == loc, loc.name


def test_regions_and_seas_have_known_countries(gazetteer: Gazetteer) -> None:
    """Every place has a known country, but the seas and regions of places.yaml that
    name none on purpose (international waters, the Sahel); those still have coordinates."""
    from actorgraph.datafiles import packaged

    stateless = {e["name"] for e in packaged("places.yaml") if not e.get("country")}
    assert {"Red Sea", "Persian Gulf", "Sahel"} <= stateless
    places = list({id(v): v for v in gazetteer.names.values()}.values())
    assert len(places) > 1000
    for name in stateless:  # the name resolves to the region, not to a town called so
        loc = gazetteer.resolve(name)
        assert loc is not None and loc.country is None, (name, loc)
        assert loc.lat is not None and loc.lon is not None, loc
    for loc in places:
        check_location(loc)
        if loc.country is not None or loc.name not in stateless:
            assert loc.country in gazetteer.countries, loc
