"""Working together (coop26, issue 13): "X worked / coordinated / collaborated with Y" told
as the act itself is one COOPERATE per side (docs/LABELLING.md, joint acts), as "X held
joint drills with Y" is; a joint act only one side commits to, or is charged with, stays
that side's alone."""

from __future__ import annotations

import pytest
from helpers import sides_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Ghana collaborated with Togo to track the arms traffickers.", "GHA", "TGO"),
        ("Peruvian police worked with Bolivian customs officers on the lake.", "PER", "BOL"),
        ("Kenya is coordinating with Ethiopia on border security.", "KEN", "ETH"),
    ],
)
def test_working_with_another_side_is_each_sides(code_text, text, one, other):
    pairs = {(s and s[:3], t and t[:3]) for s, t in sides_of(code_text(text), "COOPERATE")}
    assert {(one, other), (other, one)} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        "Portugal remains committed to working with Morocco on the fisheries.",
        "Portugal will continue to work with Morocco on the fisheries.",
    ],
)
def test_a_stated_commitment_to_work_together_is_one_sides(code_text, text):
    pairs = sides_of(code_text(text), "COOPERATE")
    assert any(s and s.startswith("PRT") for s, _ in pairs)
    assert not any(s and s.startswith("MAR") for s, _ in pairs)


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        # fighting on the same side is a joint act, told or described (evtyp28)
        ("Chadian units fought alongside the Nigerian army near the lake.", "TCD", "NGA"),
        ("The Kenyan battalion was fighting beside Somali troops near the port.", "KEN", "SOM"),
        ("About 2,000 Chadian soldiers fighting next to the Nigerian army crossed the river.",
         "TCD", "NGA"),
    ],
)
def test_fighting_alongside_another_side_is_each_sides(code_text, text, one, other):
    pairs = {(s and s[:3], t and t[:3]) for s, t in sides_of(code_text(text), "COOPERATE")}
    assert {(one, other), (other, one)} <= pairs


def test_a_charge_of_fighting_alongside_is_one_sides(code_text):
    pairs = sides_of(code_text(
        "The government accused Chadian troops of fighting alongside the Nigerian army."),
        "COOPERATE")
    assert any(s and s.startswith("TCD") for s, _ in pairs)
    assert not any(s and s.startswith("NGA") for s, _ in pairs)


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        # joint checkpoints are a joint act as joint patrols are; "cleared" rebel camps is
        # an attack, so "jointly cleared" is done together (coop34)
        ("Chadian and Nigerien troops manned joint checkpoints along the road.", "TCD", "NER"),
        ("Chadian and Nigerien troops jointly cleared two rebel camps.", "TCD", "NER"),
    ],
)
def test_a_joint_checkpoint_or_clearing_is_each_sides(code_text, text, one, other):
    pairs = {(s and s[:3], t and t[:3]) for s, t in sides_of(code_text(text), "COOPERATE")}
    assert {(one, other), (other, one)} <= pairs
