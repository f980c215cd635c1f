"""Acts that real prose tells once but the coder read twice, and names read as acts
(prec26, issue 13): a meeting's purpose clause that names only a topic, an act noun that is
the subject of a verb of the same type where the parse gave the verb a second subject, and a
capitalised event noun that is a word of a name in lower-case prose; and "defend" with a value
or a law as its object, which backs no actor, and "evacuate" with people as its object."""

from __future__ import annotations

import pytest
from helpers import events_of

pytestmark = pytest.mark.slow


def test_a_meeting_to_discuss_a_topic_is_one_meeting(code_text):
    coded = code_text("The foreign minister met her Kenyan counterpart in Nairobi to "
                      "discuss regional security.")
    meetings = events_of(coded, "CONSULT")
    assert meetings and {e.trigger for e in meetings} == {"met"}


def test_a_purpose_clause_that_names_a_partner_keeps_its_meeting(code_text):
    coded = code_text("The envoy travelled to Cairo to discuss the dam with Egyptian officials.")
    assert "discuss" in {e.trigger for e in events_of(coded, "CONSULT")}


def test_an_act_noun_subject_is_the_verbs_act_despite_a_fronted_place(code_text):
    # "Near Kirkuk" is parsed as a second subject of "destroyed"
    coded = code_text("Near Kirkuk, four strikes destroyed a weapons depot.")
    attacks = events_of(coded, "ASSAULT")
    assert [e.trigger for e in attacks] == ["destroyed"]
    assert attacks[0].target_text == "weapons depot"


@pytest.mark.parametrize(
    "text",
    [
        "A series of air strikes on the port killed twelve fishermen and destroyed three boats.",
        "A wave of raids near the dam wounded four guards and burned two trucks.",
    ],
)
def test_a_series_of_acts_told_with_two_verbs_is_one_act(code_text, text):
    # prec34: "a series of airstrikes killed 20 militants and destroyed eight vehicles"
    # tells one attack, as "the airstrikes killed ... and destroyed ..." does
    assert len(events_of(code_text(text), "ASSAULT")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president spoke at the Nairobi Dialogue on Monday.",
        "The EU commission of Inquiry on Yemen released its findings.",
    ],
)
def test_a_capitalised_event_noun_in_prose_is_a_word_of_a_name(code_text, text):
    coded = code_text(text)
    assert not [e for e in coded.events if e.trigger in ("Dialogue", "Inquiry")]


def test_the_same_noun_in_lower_case_is_still_an_act(code_text):
    coded = code_text("The Kenyan president spoke at the Nairobi dialogue on Monday.")
    assert "dialogue" in {e.trigger for e in events_of(coded, "CONSULT")}


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader vowed to defend the constitution against the decree.",
        "Party elders said they would always defend our principles and values.",
    ],
)
def test_defending_a_value_or_a_law_backs_no_actor(code_text, text):
    assert not events_of(code_text(text), "SUPPORT")


def test_defending_a_person_is_still_backing(code_text):
    coded = code_text("The minister defended the general against the charges on Friday.")
    assert [e.target_text for e in events_of(coded, "SUPPORT")] == ["general"]


def test_evacuating_people_is_no_retreat_but_evacuating_positions_is(code_text):
    assert not events_of(code_text("The embassy evacuated forty of its nationals from the "
                                   "port city on Sunday."), "RETREAT")
    assert events_of(code_text("The rebels evacuated their positions on the ridge overnight."),
                     "RETREAT")
