"""False events on real prose, round 2 (prec26b, issue 13): a deal the sentence names as one
already made is a reference, not an agreement told; a trade one side only plans is that
side's alone; a threat as a standing danger is no threat made (docs/LABELLING.md)."""

from __future__ import annotations

import pytest
from helpers import sides_of, types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Two months after the Oslo agreement, the harbours of Norway remain closed to trawlers.",
        "Monitors in Kenya counted forty violations of the Nairobi agreements last week.",
        "The villagers of Tolva left the valley of their own accord before the floods came.",
        "Nobody in Lima knows whether the border deal with Chile will survive the election.",
    ],
)
def test_a_deal_referred_back_to_is_no_agreement(code_text, text):
    coded = code_text(text)
    assert not {"AGREE", "COOPERATE"} & types_of(coded)


def test_a_deal_whose_making_is_told_stays_an_agreement(code_text):
    coded = code_text("The deal between Peru and Chile was reached in Lima on Tuesday.")
    assert "AGREE" in types_of(coded)


def test_a_dated_agreement_stays_an_agreement(code_text):
    coded = code_text("The envoy welcomed the agreement of 3 March between Peru and Chile.")
    assert "AGREE" in types_of(coded)


def test_a_trade_one_side_plans_is_that_sides_alone(code_text):
    pairs = sides_of(code_text("Peru plans to buy a stake in a Chilean copper mine owned by "
                               "Chile."), "COOPERATE")
    assert ("CHL", "PER") not in pairs


def test_a_trade_done_is_still_each_sides(code_text):
    pairs = sides_of(code_text("Peru bought six patrol boats from Chile on Monday."),
                     "COOPERATE")
    assert {("PER", "CHL"), ("CHL", "PER")} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        "The Tolva cartel is a threat to every village in the valley.",
        "The ministers of Peru discussed the threat posed by the Tolva cartel.",
    ],
)
def test_a_standing_danger_is_no_threat_made(code_text, text):
    assert "THREATEN" not in types_of(code_text(text))


def test_an_owners_threat_to_act_stays_a_threat(code_text):
    coded = code_text("The navy's threat to close the strait alarmed shippers in Panama.")
    assert "THREATEN" in types_of(coded)
