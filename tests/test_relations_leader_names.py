"""Issue 21, round 18: a leader's name after "led / headed / founded by", or a name a title
is said of ("X was secretary general of Y"), that the entity reader read as no actor (a
one-word surname taken for a place), in our own words."""

from __future__ import annotations

import pytest


def held(coded) -> list[tuple[str, str, str]]:
    return [(r.type, " ".join((r.source_text or "").split()),
             " ".join((r.target_text or "").split())) for r in coded.relations if r.holds]


@pytest.mark.slow
@pytest.mark.parametrize("text, person, body", [
    ("The militia, led by Okonkwo, seized two villages near the border.", "Okonkwo",
     "militia"),
    ("The cell was headed by Tarrazi until his arrest in May.", "Tarrazi", "cell"),
    ("THE GANG OF ARMS SMUGGLERS LED BY MALDUNEZ OPERATED ON THE NORTHERN COAST.",
     "MALDUNEZ", "GANG"),
])
def test_an_unread_name_after_led_by_leads_the_body(code_text, text, person, body):
    got = [(t, s, o) for t, s, o in held(code_text(text)) if t == "leads"]
    assert any(person in s and body in o for _, s, o in got), got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The offensive was led by Ukraine in the east.",
    "The march was headed by Socialists from the capital.",
])
def test_a_place_or_a_people_after_led_by_is_no_leader(code_text, text):
    got = [r for r in held(code_text(text)) if r[0] == "leads"]
    assert not got, got


@pytest.mark.slow
@pytest.mark.parametrize("text, person, body", [
    ("MALDUNEZ, 50, WAS SECRETARY GENERAL OF THE PDN FROM 1975 TO 1979.", "MALDUNEZ",
     "PDN"),
    ("Tarrazi was the leader of the cell until 2004.", "Tarrazi", "cell"),
])
def test_a_title_said_of_an_unread_name_is_that_persons(code_text, text, person, body):
    got = [(t, s, o) for t, s, o in held(code_text(text)) if t == "leads"]
    assert any(person in s and body in o for _, s, o in got), got


@pytest.mark.slow
def test_a_title_said_of_a_place_gives_no_person(code_text):
    got = held(code_text("Peru was a member of the council in 2019."))
    assert not [r for r in got if r[1] == "Peru" and r[0] == "leads"], got
    assert all("PRV.PER" not in r for r in got), got
