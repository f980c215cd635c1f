"""The sides of a withdrawal, disarmament or resignation (tgt13): the doer acts on itself,
so the one the act is said of is its source ("the rebels were demobilized"), and the
doer's own force is no target ("pulled its troops out"); one it surrenders to, and the
captives of a release, stay targets."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _retreats(coded):
    return {(e.source, e.target) for e in coded.events if e.type == "RETREAT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The FARC fighters were demobilized in Cauca last year.", ("GRP.FARC", None)),
        ("Officials oversaw the demobilization of the FARC in Cauca.", ("GRP.FARC", None)),
        ("Chad pulled its troops out of the border town on Monday.", ("TCD", None)),
    ],
)
def test_the_doer_of_a_retreat_is_no_target(code_text, text, expected):
    found = _retreats(code_text(text))
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surrendering to another side: that side is the target
        ("The ELN commanders surrendered to the Colombian army.", ("GRP.ELN", "COL.MIL")),
        # a release: the captives are acted on
        ("Chad released 40 Sudanese prisoners on Monday.", ("TCD", "SDN.CIV")),
    ],
)
def test_a_retreat_towards_another_keeps_its_target(code_text, text, expected):
    found = _retreats(code_text(text))
    assert expected in found, found
