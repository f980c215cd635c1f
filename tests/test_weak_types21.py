"""The weak types, round 21: a release or pull-back a speaker announces for its own side is
also the speaker's CONCEDE, when the act's doer is only a pronoun for the speaker ("the
junta said it would free ...", "the colonel announced his men would leave ...") and when the
parser misreads the announcing verb as a modifier of the noun before it ("the council
announced on Monday it would ...").

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "conceded"),
    [
        ("The harbour council said it would free the eleven dockers held since May.", True),
        ("The colonel announced that his men would withdraw from the two hill villages.", True),
        ("The provincial junta announced it will release forty students on Friday.", True),
        ("The delta militia announced on Tuesday it would free the oil workers.", True),
        ("The river guerrillas announced they are freeing the captured pilots.", True),
        # not announced by the doer's side, or no release at all
        ("The bishop said the rebels freed the nine hostages on Sunday.", False),
        ("The coastal council announced it would build a new port.", False),
        ("The garrison said it would not release the captured sailors.", False),
    ],
)
def test_announced_release_by_own_side_concedes(code_text, text, conceded):
    events = code_text(text)
    coded = [(e.type, e.trigger) for e in events.events]
    assert bool(events_of(events, "CONCEDE")) is conceded, coded


@pytest.mark.slow
def test_announced_release_keeps_the_act(code_text):
    events = code_text("The junta said it would release the two reporters next week.")
    assert events_of(events, "RETREAT")
    assert events_of(events, "CONCEDE")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "giver", "given"),
    [
        ("Estonia received six howitzers from Finland in April.", "FIN", "EST"),
        ("Chad has received 400 tonnes of flour from Sudan after the floods.", "SDN", "TCD"),
    ],
)
def test_goods_received_are_aid_from_the_giver(code_text, text, giver, given):
    aid = events_of(code_text(text), "AID")
    assert [(e.source, e.target) for e in aid] == [(giver, given)]


@pytest.mark.slow
def test_receiving_a_visitor_is_no_aid(code_text):
    events = code_text("The Malian president received the Ghanaian envoy on Monday.")
    assert not events_of(events, "AID")
