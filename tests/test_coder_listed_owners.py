"""A sector noun before a list of states (tgt21, issue 13): "the governments of A and B"
stands for each listed state's sector, as "the foreign ministers of A and B" stands for
each state (tgt20's owners_listed)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_each_of_two_listed_states_gets_the_nouns_sector(code_text):
    coded = code_text("Canada rebuked the governments of Bolivia and Ecuador on Friday.")
    assert {"BOL.GOV", "ECU.GOV"} <= {e.target for e in coded.events if e.type == "ACCUSE"}


def test_each_of_three_listed_states_gets_the_nouns_sector(code_text):
    coded = code_text("The EU called on the governments of Serbia, Kosovo and Albania to "
                      "meet in June.")
    requested = {e.target for e in coded.events if e.type == "REQUEST"}
    assert {"SRB.GOV", "XKX.GOV", "ALB.GOV"} <= requested
