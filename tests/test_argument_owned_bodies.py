"""A body's name that the dictionary gives one state ("Congress": the US Congress; "National
Guard": the US National Guard), owned in the text by another state, is that state's body
(issue 13, point 3: "Ecuador's Congress" had come out as the US Congress)."""

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
    ],
)
def test_a_body_owned_by_another_state_is_that_states(code_text, text, etype, source):
    assert source in _sources(code_text(text), etype)
