"""Sources read from a noun's own words (issue 13, point 3).

A body's name that the dictionary gives one state ("Congress": the US Congress; "National
Guard": the US National Guard), owned in the text by another state, is that state's body
("Ecuador's Congress" had come out as the US Congress). The doer of a present participle on
a noun ("fired on students demanding lower fees") is the people the noun names, not a bare
armed noun whose country would be a guess."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sources(coded, etype):
    return {e.source for e in coded.events if e.type == etype}


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Ecuador's Congress approved an amnesty for the striking miners on Tuesday.",
         "CONCEDE", "ECU.LEG"),
        ("Honduras's National Guard detained three students outside the university on Monday.",
         "COERCE", "HND.MIL"),
        # the owner is not the speaker's state: each mention keeps its own
        ("The Guatemalan army said Ecuador's Congress had rejected the request.",
         "REJECT", "ECU.LEG"),
        # no other state owns it: the dictionary's body
        ("Congress imposed new sanctions on Iranian oil exporters on Tuesday.",
         "SANCTION", "USA.LEG.CONGRESS"),
        # a name that carries its own state keeps it ("French troops" stay France's)
        ("Niger's French troops left the base at Niamey in December.",
         "RETREAT", "FRA.MIL"),
        # the people a participle describes do its act
        ("Riot police in Lagos fired tear gas at students demanding lower fees on Monday.",
         "REQUEST", "NGA.EDU"),
        ("Soldiers opened fire on villagers protesting against the new mine near Tete.",
         "PROTEST", "MOZ.CIV"),
    ],
)
def test_the_source_a_noun_names(code_text, text, etype, source):
    assert source in _sources(code_text(text), etype)


def test_bare_armed_doers_get_no_guessed_country(code_text):
    coded = code_text("Enemy fighters firing on Ghanaian troops were pushed back from the ridge.")
    assert _sources(coded, "ASSAULT") == {None}
