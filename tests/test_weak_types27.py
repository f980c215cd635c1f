"""The weak types, round 27 (AID, COOPERATE, MOBILIZE, CONCEDE): the choice between
neighbours by a general shape, not a phrasing. Backing an armed group told as a noun
("Hezbollah's support for Hamas") is AID, as the verb is; a backing that is the purpose of a
force sent ("sent troops to back the government") is AID; a craft that carries goods stands
for its cargo ("sent two ships with rice") and gives AID, not MOBILIZE; two sides opening or
staging an exercise ("began their annual exercises") do it together (COOPERATE); a side
letting another use its bases or territory works with it (COOPERATE); two joined objects of a
verb whose entry names one of them are two acts when the other is an act of another type
("declared martial law and a general mobilisation"); a declared halt to one's attacks is a
declared truce (CONCEDE), and the attacks it halts are no new act; a company named by more
words than the dictionary's name ("Boeing Commercial Airplanes delivered jets") sells.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest
from helpers import events_of, types_of


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # backing an armed group, told as a noun
        ("Hezbollah's support for Hamas angered the harbour towns.", "AID", "SUPPORT"),
        ("The council praised the ministers for their support for Bogota.", "SUPPORT", "AID"),
        # a backing that a force is sent for
        ("Parliament approved the deployment of troops to Libya to support the government.",
         "AID", "SUPPORT"),
        ("Turkish troops began moving to Libya to back the government.", "AID", "SUPPORT"),
        ("The party's leaders continue to support the government.", "SUPPORT", "AID"),
        # a craft with its cargo
        ("Chile sent two ships with rice and blankets to Peru.", "AID", "MOBILIZE"),
        ("Chile sent two warships to the strait.", "MOBILIZE", "AID"),
        # two sides opening an exercise do it together; one side alone shows force
        ("Chilean and Peruvian troops began their annual exercises on Monday.", "COOPERATE",
         "MOBILIZE"),
        ("Chilean troops began their annual exercises on Monday.", "MOBILIZE", "COOPERATE"),
        # a company named with more words than the dictionary's name sells what it delivers
        ("Boeing Commercial Airplanes delivered four jets to Norrland Airways on Monday.",
         "COOPERATE", "AID"),
        # letting another side use one's ground for war, not any leave to use a thing
        ("Tarvia let Norland use its air bases for the raids.", "COOPERATE", "AID"),
        ("The ministry allowed reporters to use the press room.", None, "COOPERATE"),
        # a declared halt to one's attacks; the operations halted are no attack
        ("The president announced a halt to military operations in the north on Sunday.",
         "CONCEDE", "ASSAULT"),
    ],
)
def test_type_between_neighbours_27(code_text, text, present, absent):
    coded = code_text(text)
    told = [(e.type, e.trigger) for e in coded.events]
    assert present is None or events_of(coded, present), told
    assert not events_of(coded, absent), told


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "types"),
    [
        # joined objects: the entry's own object is the verb's act, another kind its noun's
        ("Tarvia declared martial law and a general mobilisation on Sunday.",
         {"COERCE", "MOBILIZE"}),
        ("The rebels ordered a ceasefire and the suspension of all their operations.",
         {"CONCEDE"}),
    ],
)
def test_acts_told_together_27(code_text, text, types):
    coded = code_text(text)
    assert types_of(coded) == types, [(e.type, e.trigger) for e in coded.events]
