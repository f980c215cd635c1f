"""Actor ids of place namesakes and missing names (ids22, issue 13): a state's name that ends
a longer place's name ("Latin America", "New Mexico", a Spanish town "EL CONGO") is not the
state; the Contras under the name of their last years and El Salvador's Atlacatl battalion
have their own ids."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _ids(coded) -> set[str | None]:
    return {x for e in coded.events for x in (e.source, e.target)}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Governments of Latin America condemned the coup in Quito.", "USA"),
        ("The governor of New Mexico criticised the raid on the shelter.", "MEX"),
        ("GUERRILLAS ATTACKED AN ARMY POST IN EL CONGO ON SUNDAY.", "COD"),
    ],
)
def test_a_states_name_inside_a_longer_place_name_is_not_the_state(code_text, text, state):
    # (neither the state nor a body of it: "ARMY POST IN EL CONGO" is no Congolese army's)
    assert not any(x and x.split(".")[0] == state for x in _ids(code_text(text)))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Congo condemned the bombing of the camp near Goma.", "COD"),
        ("The Congo condemned the bombing of the camp near Goma.", "COD"),
        ("South Africa condemned the raid on the shelter.", "ZAF"),
    ],
)
def test_a_states_own_name_stays_the_state(code_text, text, state):
    assert state in _ids(code_text(text))


def test_the_nicaraguan_resistance_is_the_contras(code_text):
    coded = code_text("WASHINGTON IS SENDING FOOD AID TO THE NICARAGUAN RESISTANCE.")
    assert "GRP.CONTRAS" in _ids(coded)


def test_the_atlacatl_battalion_is_its_own_unit_of_el_salvadors_army(code_text):
    coded = code_text("The Atlacatl battalion attacked a rebel camp near the river.")
    assert "SLV.MIL.ATLACATL" in _ids(coded)
