"""The doer of a present participle on a noun ("fired on students demanding lower fees"):
the people the noun names, not the owner of an act ("its efforts to defeat X") and not a
bare armed noun whose country would be a guess (issue 13, point 3)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sources(coded, etype):
    return {e.source for e in coded.events if e.type == etype}


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Riot police in Lagos fired tear gas at students demanding lower fees on Monday.",
         "REQUEST", "NGA.EDU"),
        ("Soldiers opened fire on villagers protesting against the new mine near Tete.",
         "PROTEST", "MOZ.CIV"),
    ],
)
def test_the_people_a_participle_describes_do_its_act(code_text, text, etype, source):
    assert source in _sources(code_text(text), etype)


def test_bare_armed_doers_get_no_guessed_country(code_text):
    coded = code_text("Enemy fighters firing on Ghanaian troops were pushed back from the ridge.")
    assert _sources(coded, "ASSAULT") == {None}
