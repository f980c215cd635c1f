"""Ground still held answers a claim that it was taken: "X says its troops took the town.
Y says its men still hold the centre" is a contest (the second account codes no rival act
of its own), told by the report verb's speaker or by "per"/"according to"; the claimant's
own side still holding ground, or one speaker going on, is no contest."""

from __future__ import annotations

import pytest


def _disputes(coded):
    return [c for c in coded.claims if c.stance == "disputes"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "teller"), [
    ("Boko Haram said its fighters had seized the bridge near Gwoza. Nigeria's army said its "
     "soldiers still guard the river crossing.", "army"),
    ("the rsf says it captured the oil depot outside kosti. saf troops still hold the "
     "pumping station, per local traders", "traders"),
    ("Moscow says its forces have captured Toretsk. Ukrainian troops still hold the rail "
     "yard, according to Ukraine's general staff.", "general staff"),
])
def test_ground_still_held_disputes_its_capture(code_text, text, teller):
    coded = code_text(text)
    [answer] = _disputes(coded)
    taken = {e.id: e for e in coded.events}[answer.event]
    assert taken.type in ("COERCE", "ASSAULT") and taken.evidence.start == 0
    assert teller in (answer.asserted_by_text or "").lower()


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the claimant's own side holding on
    "The army said its soldiers had retaken the town of Gao. Army units still hold the "
    "airport, the defence ministry added.",
    # nothing claimed taken before
    "The rebels say they still hold the hills above the lake. Talks resume on Monday.",
    # held, but not "still": a new account of its own, not an answer
    "The rebels said their fighters had seized the dam near Kindia. Farmers said they "
    "hold weekly markets by the river.",
])
def test_ground_held_with_no_capture_of_another_side_answers_nothing(code_text, text):
    assert _disputes(code_text(text)) == []
