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


def test_an_armed_noun_before_of_and_listed_states_is_each_states_force(code_text):
    coded = code_text("Gunmen ambushed the armies of Benin and Togo near the border.")
    assert {"BEN.MIL", "TGO.MIL"} <= {e.target for e in coded.events if e.type == "ASSAULT"}


def test_an_armed_noun_before_of_and_a_states_body_stays_that_bodys(code_text):
    # the officers of a police force are the police's, not the army's
    coded = code_text("Italy will train the officers of Albania's national police next year.")
    assert "ALB.MIL" not in {e.target for e in coded.events if e.type == "AID"}


def test_people_from_listed_states_give_one_side_per_state(code_text):
    # from24: "from" names the owners as "of" does; a list keeps the states themselves
    coded = code_text("Gunners from Uganda, Rwanda and Burundi shelled the rebel town.")
    assert {"UGA", "RWA", "BDI"} <= {e.source for e in coded.events if e.type == "ASSAULT"}


def test_a_target_noun_from_two_listed_states_names_both(code_text):
    coded = code_text("The militia kidnapped engineers from Peru and Chile last month.")
    kidnapped = {e.target for e in coded.events}
    assert {"PER", "CHL"} <= {t.split(".")[0] for t in kidnapped if t}
