"""An act of force or a threat whose side is a figure, a trend, a problem or a plan (the
cues ``figurative_types`` and ``abstract_sides``) is a figure of speech, not an event; the
same verbs with people or things one can strike stay events.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest


def _types(coded):
    return sorted({e.type for e in coded.events})


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what the act is done to
        ("The assembly killed the harbour deal in committee.", None, "ASSAULT"),
        ("The finance minister vowed to fight inflation with higher rates.", None, "ASSAULT"),
        ("Regulators moved to curb the surge in grain exports.", None, "COERCE"),
        ("Investor confidence was shot after the ferry company's loss.", None, "ASSAULT"),
        ("The island's bank warned of a long recession.", None, "THREATEN"),
        # who does it
        ("The slump forced the shipyard to close its second dock.", None, "COERCE"),
        # people and things one can strike keep the act
        ("Gunmen killed two ferry workers near the harbour on Monday.", "ASSAULT", None),
        ("Artillery shells struck the fish market in Mariupol.", "ASSAULT", None),
        ("The governor warned the fishermen's union that the police would clear the quay.",
         "THREATEN", None),
    ],
)
def test_figurative_sides(code_text, text, present, absent):
    types = _types(code_text(text))
    if present:
        assert present in types, (text, types)
    if absent:
        assert absent not in types, (text, types)


@pytest.mark.slow
def test_a_sale_told_with_a_pronoun_has_both_sides(code_text):
    # the buyer named by "it": the seller sells to it all the same (one event per side)
    coded = code_text("Qantas said it would buy twelve aircraft from Airbus.")
    sides = {(e.source, e.target) for e in coded.events if e.type == "COOPERATE"}
    assert len(sides) == 2 and all(s and t for s, t in sides), sides


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # requiring another to act is a demand; a requirement of a thing, or a participle
        # that tells what a rule lays down, is none
        ("The harbour board required the ferry line to publish its timetables.", "REQUEST",
         None),
        ("The new port rules require approval from the mayor.", None, "REQUEST"),
        ("The council passed a bylaw requiring fishermen to register their boats.", None,
         "REQUEST"),
        # a recommendation is an appeal
        ("The shipyard recommended that the ferry's rudders be replaced.", "REQUEST", None),
    ],
)
def test_requirements_and_recommendations(code_text, text, present, absent):
    types = _types(code_text(text))
    if present:
        assert present in types, (text, types)
    if absent:
        assert absent not in types, (text, types)
