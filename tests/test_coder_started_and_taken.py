"""Acts told by whom they befall or by the verb that starts them (miss26, issue 13): "the
town fell to the rebels" is a seizure by the rebels, read from "to" as a receiving verb's
giver is read from "from"; "the ELN started a wave of violence" makes the subject of a
starting verb the doer of the act its object noun names, as "launched an offensive" does."""

from __future__ import annotations

import pytest
from helpers import sides_of, types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("After a week of street fighting the port town fell to the Houthis.", "GRP.HOUTHIS"),
        ("The border post of Tessit fell to the FLA on Sunday.", "GRP.FLA"),
    ],
)
def test_a_place_that_fell_to_an_actor_was_seized_by_it(code_text, text, source):
    sources = {s for s, _ in sides_of(code_text(text), "COERCE")}
    assert source in sources


@pytest.mark.parametrize(
    "text",
    [
        "Wheat prices fell to their lowest level in a decade.",
        "Turnout fell to 40 percent in the second round.",
    ],
)
def test_a_fall_to_a_figure_is_no_seizure(code_text, text):
    assert "COERCE" not in types_of(code_text(text))


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("The FMLN started a new wave of violence in the eastern provinces.", "ASSAULT",
         "GRP.FMLN"),
        ("Ghana and Togo began talks on the disputed border in Accra.", "CONSULT", "GHA"),
    ],
)
def test_the_subject_of_a_starting_verb_does_the_act_its_object_names(
    code_text, text, etype, source
):
    assert source in {s for s, _ in sides_of(code_text(text), etype)}


def test_a_truce_begun_is_no_promise(code_text):
    # a truce the two sides began is in force: no AGREE read from "began"
    assert "AGREE" not in types_of(code_text("Armenia and Azerbaijan began a three-day truce."))
