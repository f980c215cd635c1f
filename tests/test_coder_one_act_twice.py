"""One act told twice in a clause (dup24, issue 13): two coordinated verbs of one CAMEO
code that share their object, a noun and its apposition, or a noun and the relative clause
on it are one event when doer, target, date and modality agree; acts with targets, dates
or doers of their own stay apart."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _of(coded, etype):
    return [e for e in coded.events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Canada condemned and denounced the massacre in Darfur.", "ACCUSE"),
        ("The police arrested and detained four union leaders in Harare.", "COERCE"),
    ],
)
def test_two_verbs_sharing_an_object_are_one_act(code_text, text, etype):
    coded = code_text(text)
    events = _of(coded, etype)
    assert len(events) == 1
    assert events[0].target_text is not None  # the one with the shared object is kept
    ids = {e.id for e in coded.events}
    assert all(c.event in ids for c in coded.claims if c.event is not None)


@pytest.mark.parametrize(
    ("text", "etype", "n"),
    [
        ("The navy shelled Odesa on Monday and bombed Mykolaiv on Wednesday.", "ASSAULT", 2),
        ("Hamas attacked Israel and Hezbollah fired rockets at Israel.", "ASSAULT", 2),
        ("Egypt blamed Ethiopia and accused Sudan of bad faith.", "ACCUSE", 2),
    ],
)
def test_acts_with_sides_or_places_of_their_own_stay_apart(code_text, text, etype, n):
    assert len(_of(code_text(text), etype)) == n
