"""The weak types, round 26 (CONCEDE and MOBILIZE): an announced release told in the passive
with no doer ("announced that the detainees would be freed") is the announcer's concession, as
"announced it would free them" is; "call up" takes every force one sends ("called up the party
militia"), not only reservists; a bare event noun under "under" with a determiner ("under the
new amnesty") names the frame an act is done in, told before, not a new act.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest
from helpers import events_of

from actorgraph.coding.lexicon import load_lexicon


def test_call_up_takes_the_forces_one_sends():
    fits = [p for p in load_lexicon().verbs["call"] if p.type == "MOBILIZE"]
    assert fits

    def called_up(noun: str) -> bool:
        return any(p.fit({"up"}, {noun}, set(), set(), {}) is not None for p in fits)

    for noun in ("militia", "national guard", "reservist", "officer"):
        assert called_up(noun), noun
    assert not called_up("witness")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "etype", "coded"),
    [
        # an announced passive with no doer: the announcer's own act
        ("The junta announced that two hundred detained students would be freed on Friday.",
         "CONCEDE", True),
        ("Officials in Tarvia announced that the border crossing would be reopened to trucks.",
         "CONCEDE", True),
        # a passive with its doer named is another side's act; a said plan is no announcement
        ("The junta announced that the students would be freed by the rebels.", "CONCEDE",
         False),
        ("According to the accord, the commission will discuss how the militia is to be "
         "disarmed.", "CONCEDE", False),
        # call up
        ("The regime called up the party militia to guard the refineries.", "MOBILIZE", True),
        ("The defence ministry called up 4,000 retired officers after the clash.", "MOBILIZE",
         True),
        ("The coach called up two young strikers for the friendly.", "MOBILIZE", False),
        # under the amnesty: the frame, not a new act
        ("Two officers convicted of the massacre walked out of prison under the new amnesty.",
         "CONCEDE", False),
        ("Congress approved a general amnesty for the rebels on Tuesday.", "CONCEDE", True),
        ("The convoy came under attack near the bridge.", "ASSAULT", True),
    ],
)
def test_weak_type_shapes_26(code_text, text, etype, coded):
    assert bool(events_of(code_text(text), etype)) is coded, text
