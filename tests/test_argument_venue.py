"""A venue is no country for an unnamed government or army (issue 13, src18): talks and
deals are held abroad as often as at home, so "the government" that meets or agrees "in
Nairobi" is not Kenya's for that alone; a side the post names still gives its country."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sides(coded, etype):
    return {(e.source, e.target) for e in coded.events if e.type == etype}


def test_a_meeting_place_gives_the_government_no_country(code_text):
    coded = code_text("The rebels met government negotiators in Nairobi for a new round of "
                      "talks on Tuesday.")
    assert all("KEN" not in (s or "") + (t or "") for s, t in _sides(coded, "CONSULT"))


@pytest.mark.parametrize(
    ("text", "etype", "venue"),
    [
        ("The military commission signed a permanent ceasefire in Geneva yesterday.",
         "AGREE", "CHE"),
        ("Army officers met rebel commanders in Doha on Sunday.", "CONSULT", "QAT"),
    ],
)
def test_a_deal_s_or_a_meeting_s_place_is_not_the_army_s_country(code_text, text, etype,
                                                                  venue):
    sides = _sides(code_text(text), etype)
    assert sides and all(not (s or "").startswith(venue) for s, _ in sides)


def test_a_state_named_as_a_side_still_gives_its_country(code_text):
    coded = code_text("Kenyan and Somali officials met in Nairobi on Monday.")
    assert ("SOM.GOV", "KEN.GOV") in _sides(coded, "CONSULT")


def test_an_act_that_is_no_meeting_keeps_its_place_s_country(code_text):
    coded = code_text("In Caracas, the government banned all opposition rallies.")
    assert any(s == "VEN.GOV" for s, _ in _sides(coded, "COERCE"))


def test_leaders_of_a_region_are_of_no_one_country(code_text):
    # "West African leaders" are several states' leaders, not the one the post names
    coded = code_text("West African leaders warned Guinea's junta on Monday that they would "
                      "close the borders.")
    assert all(not (e.source or "").startswith("GIN") for e in coded.events
               if e.source_text and "leaders" in e.source_text)
