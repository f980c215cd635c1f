"""A description with an ordinal of its own names one unit, it does not point back (src25b,
issue 13): "the 2nd brigade" after a rebel group is the state's unit, not the group; a count
("the two countries") still points back. Made-up sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _targets(coded, trigger):
    return {e.target for e in coded.events if e.trigger.lower() == trigger}


def test_a_numbered_brigade_is_not_the_rebel_group_before_it(code_text):
    coded = code_text("Fighters of the FMLN attacked the 2nd brigade near Chalatenango.",
                      published="1990-03-02")
    assert _targets(coded, "attacked") == {"SLV.MIL"}


def test_an_old_wire_ordinal_names_a_unit_too(code_text):
    coded = code_text("THE FARC AMBUSHED THE 3D BRIGADE IN CAQUETA.", published="1989-06-11")
    assert _targets(coded, "ambushed") == {"COL.MIL"}


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The rebels said the brigade would keep fighting.", "brigade", True),
    ("The rebels said the fourth brigade would keep fighting.", "brigade", False),
    ("Chile and Peru said the two countries would share radar data.", "countries", True),
])
def test_only_an_ordinal_makes_a_description_a_name(nlp, text, word, expected):
    from actorgraph.coding.references import is_reference

    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == word)
    assert is_reference(token) is expected
