"""Aid told as a sum, a state or a topic is no act of giving (issue 13): "aid to the island
has fallen", "questioned about the loan", "the amount of aid"; nor is a term a text sets
("the budget provides for ...") or a participle that describes ("trained reservists"), nor
goods in transit with no side named ("the shipments that arrived", evtyp28). Aid
that arrives, that acts, or whose giver its own phrase names stays the aid given.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest


def _aid(coded):
    return [e for e in coded.events if e.type == "AID"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Food aid to the northern provinces has shrunk by half since the spring.",
    "Aid remains a lifeline for the camps along the river.",
    "Farmers said the donation was too small to matter.",
    "Reporters questioned the minister about the loan.",
    "The amount of aid to the valley is far below what is needed.",
    "The new budget provides for three more hospitals in the south.",
    "The treaty does not provide for a joint command.",
    "The trained reservists number fewer than four thousand.",
    "The port authority could be denied the promised loan.",
    # goods in transit with no giver or receiver named: traded or smuggled as often as given
    "Customs officers found cocaine in the shipments that arrived at the port last weekend.",
    "Police seized an arms shipment near the border on Friday.",
])
def test_aid_as_a_sum_state_topic_or_term_is_no_event(code_text, text):
    coded = code_text(text)
    assert not _aid(coded), [(e.type, e.trigger) for e in coded.events]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Aid from Norway arrived in the port on Monday.",
    "Military aid to the junta will prolong the war.",
    "Canada sent medical aid to the flooded district.",
    "A shipment of rice from Japan reached the port on Monday.",
    "Turkish instructors trained the coast guard's divers last year.",
])
def test_aid_that_arrives_acts_or_is_given_stays(code_text, text):
    coded = code_text(text)
    assert len(_aid(coded)) == 1, [(e.type, e.trigger) for e in coded.events]


@pytest.mark.slow
def test_provide_in_an_object_relative_clause_gives(code_text):
    # "provide" needs what it gives; in "the assistance Tokyo has provided" that is the
    # noun the clause hangs on
    coded = code_text("The governor thanked Japan for the assistance Tokyo has provided.")
    assert "provided" in [e.trigger for e in _aid(coded)], [
        (e.type, e.trigger) for e in coded.events]
