"""A dictionary name made of words many organisations share ("People's Liberation Army",
"National Liberation Army") is not that body when it only ends a longer name whose first
words name another country or none: "the Sudan People's Liberation Army" is no arm of
China, "the West Papua National Liberation Army" no Colombian rebel group. The longer name
is an actor of its own; the body's own country, a possessive or a community word keeps the
dictionary's entry."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sources(coded):
    return {e.source for e in coded.events}


@pytest.mark.parametrize("text, longer", [
    ("The Sudan People's Liberation Army attacked the garrison at Malakal.",
     "PRV.ORG.SUDAN_PEOPLE_LIBERATION_ARMY"),
    ("The West Papua National Liberation Army ambushed a road crew near Nduga.",
     "PRV.ORG.WEST_PAPUA_NATIONAL_LIBERATION_ARMY"),
    ("The Iraqi National Security Council met in Baghdad on Sunday.",
     "PRV.ORG.IRAQI_NATIONAL_SECURITY_COUNCIL"),
])
def test_a_shared_name_ending_a_longer_name_is_the_longer_names_actor(code_text, text, longer):
    sources = _sources(code_text(text))
    assert longer in sources, sources
    assert not sources & {"CHN.MIL.PLA", "GRP.ELN", "USA.GOV.NSC"}, sources


@pytest.mark.parametrize("text, actor", [
    ("The Chinese People's Liberation Army fired missiles into the strait.", "CHN.MIL.PLA"),
    ("Iran's Revolutionary Guards seized a tanker in the Gulf.", "IRN.MIL.IRGC"),
    ("The Iranian Revolutionary Guards seized a tanker in the Gulf.", "IRN.MIL.IRGC"),
    ("Kurdish People's Protection Units attacked Raqqa.", "GRP.YPG"),
])
def test_the_bodys_own_country_a_possessive_or_its_alias_keeps_the_entry(code_text, text, actor):
    assert actor in _sources(code_text(text))
