"""Signing with another side (tgt21, issue 13): "X signed a pact / truce / contract with Y"
is one event per side (docs/LABELLING.md), as "X and Y signed" already is; the other side
is only the one the entry's preposition ("with") or "between" names."""

from __future__ import annotations

import pytest
from helpers import sides_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "one", "other"),
    [
        ("Norway signed a fisheries accord with Iceland in Oslo on Monday.",
         "SUPPORT", "NOR", "ISL"),
        ("Chile sealed a defence pact with Argentina last week.", "SUPPORT", "CHL", "ARG"),
        ("Ethiopia signed a truce with Eritrea on Sunday.", "AGREE", "ETH", "ERI"),
    ],
)
def test_signing_with_another_side_is_each_sides(code_text, text, etype, one, other):
    pairs = sides_of(code_text(text), etype)
    assert (one, other) in pairs
    assert (other, one) in pairs


def test_a_signing_with_no_with_side_is_not_made_twice(code_text):
    # no "with": whom the deal binds is not told, so no second reading is made up
    coded = code_text("Colonel Ruiz left Lima without signing the truce the junta had accepted.")
    pairs = sides_of(coded, "AGREE")
    assert not any((t, s) in pairs for s, t in pairs if s and t)


def test_a_joint_act_between_two_sides_is_still_each_sides(code_text):
    coded = code_text("Ministers announced further joint action between Spain and Portugal "
                      "on the border.")
    pairs = sides_of(coded, "COOPERATE")
    assert {("ESP", "PRT"), ("PRT", "ESP")} <= pairs
