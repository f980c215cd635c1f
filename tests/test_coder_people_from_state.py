"""People a sector noun names "from" a state are that state's sector (src24, issue 13):
"troops from Kenya" are Kenya's army as "Kenyan troops" are, "officials from China" its
government, not the bare state."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sources(coded, kind: str) -> set[str | None]:
    return {e.source for e in coded.events if e.type == kind}


def test_soldiers_from_a_state_are_its_army(code_text):
    coded = code_text("Forty soldiers from Malawi attacked a rebel camp near the lake.")
    assert "MWI.MIL" in _sources(coded, "ASSAULT")
    assert "MWI" not in _sources(coded, "ASSAULT")


def test_officials_from_a_state_are_its_government(code_text):
    coded = code_text("Officials from Norway met the rebel delegation in Havana.")
    assert "NOR.GOV" in _sources(coded, "CONSULT")


def test_police_from_a_state_in_capitals_are_its_police(code_text):
    coded = code_text("POLICE OFFICERS FROM ECUADOR ARRESTED TWO SMUGGLERS IN LIMA.")
    assert "ECU.POL" in _sources(coded, "COERCE")


def test_people_from_a_states_body_stay_that_bodys(code_text):
    # the sector is read off a state only: an armed group keeps its own id
    coded = code_text("Fighters from the ELN attacked an army post in Arauca.")
    assert "GRP.ELN" in _sources(coded, "ASSAULT")
