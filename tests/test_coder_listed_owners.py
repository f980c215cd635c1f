"""A sector noun before a list of states (tgt21, issue 13): "the governments of A and B"
stands for each listed state's sector, as "the foreign ministers of A and B" stands for
each state (tgt20's owners_listed)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _targets(coded, etype):
    return {e.target for e in coded.events if e.type == etype}


@pytest.mark.parametrize(
    ("text", "etype", "targets"),
    [
        ("Canada rebuked the governments of Bolivia and Ecuador on Friday.",
         "ACCUSE", {"BOL.GOV", "ECU.GOV"}),
        ("The EU called on the governments of Serbia, Kosovo and Albania to meet in June.",
         "REQUEST", {"SRB.GOV", "XKX.GOV", "ALB.GOV"}),
    ],
)
def test_each_listed_state_gets_the_nouns_sector(code_text, text, etype, targets):
    assert targets <= _targets(code_text(text), etype)

