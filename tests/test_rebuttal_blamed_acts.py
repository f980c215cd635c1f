"""A blame whose "for" names an act the post told before ("Rockets hit the port. The
navy blamed the pirates for the damage"): that act a second time, the blamed its doer, as
the blamer tells it; against the first account where a named speaker gave it another doer
(docs/LABELLING.md, the mutual blame row)."""

from __future__ import annotations

import pytest


def _told_by(coded, etype: str, source: str):
    return [e for e in coded.events if e.type == etype and e.source == source]


@pytest.mark.slow
def test_the_blamed_is_the_doer_of_the_act_told_before(code_text):
    coded = code_text("A mortar hit a clinic in Kandahar on Friday. Kabul blamed the Taliban "
                      "for the deaths.")
    [act] = _told_by(coded, "ASSAULT", "GRP.TALIBAN")
    assert (act.modality, act.asserted_by) == ("reported", "AFG")
    assert not [c for c in coded.claims if c.stance == "disputes"]  # no doer told before


@pytest.mark.slow
def test_a_named_speaker_s_other_doer_is_disputed_by_the_blamer(code_text):
    coded = code_text("Georgia said Russian jets bombed a depot near Gori. Moscow blamed "
                      "Georgian troops for the damage.")
    [act] = _told_by(coded, "ASSAULT", "GEO.MIL")
    assert act.asserted_by == "RUS"
    [first] = _told_by(coded, "ASSAULT", "RUS.MIL")
    assert any(c.event == first.id and c.stance == "disputes" and c.asserted_by == "RUS"
               for c in coded.claims)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The opposition blamed the cabinet for the recession.",  # no act told
    "Tehran blamed Washington for the sanctions on its oil.",  # no act told before
])
def test_a_blame_with_no_act_told_before_adds_no_account(code_text, text):
    coded = code_text(text)
    assert not [e for e in coded.events if e.type == "ASSAULT"]
