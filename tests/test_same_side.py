"""One side or two: the dictionary's ``same_side``, used by the coder (an announcement that
concedes for the speaker's own side) and by attribution (who can deny for whom)."""

from __future__ import annotations

import pytest

from actorgraph.actors.dictionary import load_dictionary


@pytest.fixture(scope="module")
def dictionary():
    return load_dictionary()


@pytest.mark.parametrize(("a", "b", "same"), [
    ("RUS.GOV", "RUS.MIL", True),
    ("RUS.GOV.KREMLIN", "RUS", True),
    ("PER.VLADIMIR_PUTIN", "RUS.MIL", True),  # a person speaks for the state he serves
    ("PER.MIL", "PER.GOV", True),  # Peru's sectors, though "PER." also starts persons
    ("GRP.HAMAS", "GRP.HEZBOLLAH", False),  # two groups, not one side
    ("GRP.FMLN", "SLV.GOV", False),  # a group and its country's state: two sides
    ("GRP.NUG", "MMR.GOV.SAC", False),
    ("IGO.UN", "IGO.NATO", False),
    ("PRV.PER.JOHN_DOE", "PRV.PER.JANE_ROE", False),
    ("IGO.UN", "IGO.UN", True),
    ("RUS.MIL", "UKR.MIL", False),
    (None, "RUS", False),
])
def test_same_side(dictionary, a, b, same):
    assert dictionary.same_side(a, b) is same
    assert dictionary.same_side(b, a) is same


@pytest.mark.slow
@pytest.mark.parametrize(("text", "concedes"), [
    ("Russia announced that its troops would pull back from the border.", True),
    ("Vladimir Putin announced that Russian troops would pull back from the border.", True),
    # a group speaking of another group's fighters concedes nothing for them
    ("Hamas said Hezbollah fighters would pull back from the border.", False),
    ("The UN said NATO troops would withdraw from the area.", False),
])
def test_an_announced_retreat_concedes_only_for_the_speakers_side(code_text, text, concedes):
    types = {e.type for e in code_text(text).events}
    assert "RETREAT" in types
    assert ("CONCEDE" in types) is concedes
