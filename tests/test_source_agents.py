"""The source of an act told through a participle with its agent (src13): the one after
"by" acts, not a side of the noun the participle describes."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sides(coded):
    return {(e.type, e.source, e.target) for e in coded.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the broker of a deal between two others: the broker meets each side
        ("Armenia and Azerbaijan signed a truce on Monday in a deal brokered by Qatar.",
         ("CONSULT", "QAT", "ARM")),
        ("Armenia and Azerbaijan signed a truce on Monday in a deal brokered by Qatar.",
         ("CONSULT", "QAT", "AZE")),
        # a weapon whose firer the participle names
        ("A rocket fired by Hezbollah struck a kibbutz in the Galilee on Sunday.",
         ("ASSAULT", "GRP.HEZBOLLAH", None)),
    ],
)
def test_the_agent_of_a_participle_acts(code_text, text, expected):
    found = _sides(code_text(text))
    assert expected in found, found


def test_a_participle_of_no_firing_leaves_the_subject_acting(code_text):
    # "trained by" describes the soldiers; they, not their trainer, attack
    found = _sides(code_text("Nigerian soldiers trained by the US attacked a village."))
    assert not any(t == "ASSAULT" and s == "USA" for t, s, _ in found), found
