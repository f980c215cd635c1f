from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actorgraph.coding.dates import resolve_date, shift


@pytest.mark.parametrize(
    ("text", "context", "now", "expected"),
    [
        ("Iran rejected the ceasefire in 1982", None, None, ("1982", None, "text")),
        ("in March 2003 the coalition invaded", None, None, ("2003-03", None, "text")),
        ("on 19 November 2023 the ship was seized", None, None, ("2023-11-19", None, "text")),
        ("on November 19, 2023", None, None, ("2023-11-19", None, "text")),
        ("fighting from 2014 to 2017", None, None, ("2014", "2017", "text")),
        ("in the 1990s", None, None, ("1990", "1999", "text")),
        ("two years later", "1980-09", None, ("1982", None, "relative")),
        ("five days later", "2020-01-03", None, ("2020-01-08", None, "relative")),
        # the clause "a day after" measures from is a day before the time it is told from
        ("a day after warplanes bombed the camp", "2019-02-27", None,
         ("2019-02-26", None, "relative")),
        ("two days after the drone strike killed three soldiers", None, "2024-01-30",
         ("2024-01-28", None, "relative")),
        ("two days before the election, rebels attacked", "2019-02-27", None,
         ("2019-02-25", None, "relative")),
        # near the time of writing: the next unit, the weekend just gone, a season's year
        ("would suspend aid next month", None, "2025-03-20", ("2025-04", None, "relative")),
        ("aid worth 40bn next year", "2019", "2024-07-11", ("2025", None, "relative")),
        ("will meet next week", None, "2025-03-20", ("2025-03", None, "relative")),
        ("gangs stormed the prison this weekend", None, "2024-03-04",
         ("2024-03", None, "relative")),
        ("clashes last summer", None, "2024-05-10", ("2023", None, "relative")),
        ("clashes last summer", None, "2024-10-10", ("2024", None, "relative")),
        ("the next year", "2003", "2024-01-01", ("2004", None, "relative")),
        ("the same year", "2007", None, ("2007", None, "relative")),
        ("last Tuesday", None, "2024-05-16T10:00:00", ("2024-05-14", None, "relative")),
        ("three days ago", None, "2024-05-16", ("2024-05-13", None, "relative")),
        ("sept 17 2024: pagers blew up", None, None, ("2024-09-17", None, "text")),
        ("killed him on October 7", None, "2023-10-10", ("2023-10-07", None, "relative")),
        ("captured the city in December", None, "2024-01-05", ("2023-12", None, "relative")),
        ("in April the group", "2003-03", "2024-01-01", ("2003-04", None, "relative")),
        ("Tehran on Friday rejected", None, "2020-01-10", ("2020-01-10", None, "relative")),
        ("early friday", None, "2020-01-05", ("2020-01-03", None, "relative")),
        ("jets struck overnight", None, "2024-01-12", ("2024-01-12", None, "relative")),
    ],
)
def test_resolve_date(text, context, now, expected):
    got = resolve_date(text, context, now)
    assert got is not None
    assert (got.date, got.end_date, got.basis) == expected


@pytest.mark.parametrize(
    "text", ["killed 1,500 people", "a 2000-strong force?", "no date here", "Resolution 1701",
             "they may strike"],
)
def test_no_date(text):
    assert resolve_date(text, now="2024-05-16") is None


def test_a_planned_event_takes_the_coming_month_and_day():
    assert resolve_date("on November 18", None, "2008-10-10", ahead=True).date == "2008-11-18"
    assert resolve_date("in January", None, "2024-12-14", ahead=True).date == "2025-01"
    assert resolve_date("in January", None, "2024-12-14").date == "2024-01"
    assert resolve_date("on Friday", None, "2024-05-14", ahead=True).date == "2024-05-17"
    assert resolve_date("on Friday", None, "2024-05-14").date == "2024-05-10"


def test_relative_needs_context():
    assert resolve_date("two years later") is None
    # "the next year" follows the narrative, not the time of writing
    assert resolve_date("the next year", now="2024-01-01") is None


def test_precision_is_kept_when_shifting():
    assert shift("2003-03", 1, "day") == "2003-03"
    assert shift("2003-12", 1, "month") == "2004-01"


@given(
    st.text(max_size=200),
    st.one_of(st.none(), st.sampled_from(["1982", "2003-03", "2020-01-03"])),
)
def test_resolve_date_never_crashes(text, context):
    got = resolve_date(text, context, "2024-05-16")
    if got is not None:
        assert got.date[:4].isdigit()


def test_a_non_iso_post_time_is_ignored_not_a_crash():
    assert resolve_date("officials said on Tuesday", None, "03-02-2009") is None


@pytest.mark.parametrize(
    ("raw", "iso"),
    [("2024-05-16", "2024-05-16"), ("16 May 2024", "2024-05-16"), ("03-02-2009", "2009-02-03"),
     ("", None), ("not a date", None)],
)
def test_normalise_date(raw, iso):
    from actorgraph.coding.dates import normalise_date

    assert normalise_date(raw) == iso


@pytest.mark.parametrize(
    ("text", "context", "now", "day_first", "expected"),
    [
        # "on the 11th": the month the context gives
        ("on the 11th israeli jets struck again", "2024-03-05", None, None, "2024-03-11"),
        ("on the 11th.", None, "2024-03-20", None, "2024-03-11"),
        # counted from the narrative's last date
        ("nine days later the rsf took the town", "2024-03-05", None, None, "2024-03-14"),
        # "last december": the latest December before the time of writing
        ("last december the saf lost wad madani", None, "2024-03-05", None, "2023-12"),
        ("last december", None, "2024-12-20", None, "2023-12"),
        # numeric dates: month first unless the thread writes day first or the numbers say so
        ("5/12: rsf shelled the camp", None, "2024-12-20", None, "2024-05-12"),
        ("5/12: rsf shelled the camp", None, "2024-12-20", True, "2024-12-05"),
        ("20/9 saf struck", None, "2024-12-20", None, "2024-09-20"),
        ("on 20/9/2023 saf struck", None, "2024-12-20", True, "2023-09-20"),
        # a day and month without a year: the year of the narrative, never of a named thing
        ("on 1 December, after the 1951 treaty lapsed", None, "2024-12-20", None, "2024-12-01"),
        ("the 2020 truce collapsed on 20/9", "2023-05-01", "2024-12-20", None, "2023-09-20"),
        ("On May 4 the boat was turned back", None, "2024-12-20", None, "2024-05-04"),
        # a calendar week is dated at the month that holds it (or the year, astride two)
        ("jets bombed a school last week", None, "2025-03-12", None, "2025-03"),
        ("troops massed on the border this week", None, "2023-09-25", None, "2023-09"),
        ("the rsf shelled the camp last week", None, "2025-03-04", None, "2025"),
        ("rsf shelled the camp a week ago", None, "2025-03-12", None, "2025-03-05"),
        # "the first since 2022" compares: the event's own day is the one the text gives
        ("talks in Istanbul on Friday for the first time since 2022", None,
         "2025-05-17T09:00:00", None, "2025-05-16"),
        ("a truce took effect on Saturday, the first since 2016", None, "2022-04-02", None,
         "2022-04-02"),
        # with no other date the "since" phrase is all there is
        ("the embargo has been in place since 2011", None, "2021-03-15", None, "2011"),
        # "within N units" of the previous dated event: a day at its day, weeks at the month
        ("within a day the rebels agreed", "2023-09-19", None, None, "2023-09-20"),
        ("within six weeks the two armies had signed", "2002-02-22", None, None, "2002-04"),
        # the lower-case verb "march" is no month; after a date word it is
        ("ordered the brigade to march on the capital on Thursday", None, "2019-04-05",
         None, "2019-04-04"),
        ("the protests began in march", None, "2019-04-05", None, "2019-03"),
        # a year before a comma that ends the phrase
        ("troops crossed the border in 2022, according to the ministry", None, "2025-03-12",
         None, "2022"),
    ],
)
def test_informal_and_relative_dates(text, context, now, day_first, expected):
    got = resolve_date(text, context, now, day_first)
    assert got is not None and got.date == expected, got


@pytest.mark.parametrize(
    "text",
    [
        "the supply boat Unaizah May 4 was turned back",  # a name, not a date
        "the 1951 treaty still binds them",  # a year that names a treaty
        "the 2020 truce collapsed",
        "24/7 shelling of the camp",
        "on the 5th floor",
        "a fine of 2022,500 dollars",  # a number, not a year
        "they will march on the capital",  # a verb, not a month
        "within a day the rebels agreed",  # counts from a date the text has not given
    ],
)
def test_names_are_not_dates(text):
    assert resolve_date(text, None, "2024-12-20") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("20/9: rsf shelled the market", True), ("9/20 and 9/21", False), ("5/12", None),
     ("24/7 coverage", None), ("no numbers", None)],
)
def test_day_first(text, expected):
    from actorgraph.coding.dates import day_first

    assert day_first(text) is expected


def test_the_warm_up_loads_dateparser_and_caches_no_date():
    # run with the model at start-up: it must leave no answer behind in the cache of
    # relative dates (a later "two days ago" is worked out for its own post time)
    import sys

    from actorgraph.coding.dates import _dateparser_relative, warm_up

    before = _dateparser_relative.cache_info().currsize
    warm_up()
    assert "dateparser.date" in sys.modules
    assert _dateparser_relative.cache_info().currsize == before
    assert resolve_date("two days ago", None, "2024-05-16").date == "2024-05-14"
