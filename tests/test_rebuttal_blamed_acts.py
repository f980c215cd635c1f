"""A blame whose "for" names an act the post told before ("Rockets hit the port. The
navy blamed the pirates for the damage"), or that names only whom it blames ("The navy
blamed the pirates"): that act a second time, the blamed its doer, as the blamer tells it,
once per blamer; against the first account where a named speaker gave it another doer
(docs/LABELLING.md, the mutual blame row)."""

from __future__ import annotations

import pytest


def _told_by(coded, etype: str, source: str):
    return [e for e in coded.events if e.type == etype and e.source == source]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "blamed", "blamer"), [
    ("A mortar hit a clinic in Kandahar on Friday. Kabul blamed the Taliban for the deaths.",
     "GRP.TALIBAN", "AFG"),
    # a blame naming only whom it blames: the act told just before
    ("A grenade wounded three guards outside the embassy in Bangui. The government blamed "
     "the Wagner group.", "GRP.WAGNER", "CAF.GOV"),
])
def test_the_blamed_is_the_doer_of_the_act_told_before(code_text, text, blamed, blamer):
    coded = code_text(text)
    [act] = _told_by(coded, "ASSAULT", blamed)
    assert (act.modality, act.asserted_by) == ("reported", blamer)
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
    "The minister blamed the opposition.",  # a bare blame, no act told
    "Protesters marched in Lima on Sunday. The president blamed the unions.",  # no attack
])
def test_a_blame_with_no_act_told_before_adds_no_account(code_text, text):
    coded = code_text(text)
    assert not [e for e in coded.events if e.type == "ASSAULT"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "accounts"), [
    ("Shells struck a school near Kharkiv, killing four pupils. Ukraine and the United "
     "Nations blamed Russia.", [("RUS", "IGO.UN"), ("RUS", "UKR")]),
    ("Rockets hit a fuel depot near Grodno overnight. Minsk blamed Poland and Lithuania.",
     [("LTU", "BLR"), ("POL", "BLR")]),
])
def test_each_blamer_tells_the_act_of_each_blamed(code_text, text, accounts):
    coded = code_text(text)
    told = [e for e in coded.events if e.type == "ASSAULT" and e.modality == "reported"]
    assert sorted((e.source, e.asserted_by) for e in told) == accounts
    assert len({e.id for e in told}) == len(accounts)

