"""A company the dictionary lacks (issue 13): a provisional actor the coder can tell is a
company's, by its name's ending, a company noun beside it or its trade with a company,
comes out ``PRV.COM.<NAME>`` (docs/LABELLING.md, unlisted companies); other provisional
organisations stay ``PRV.ORG.``. The sentences and names are made up."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _ids(coded) -> set[str]:
    return {m.actor for m in coded.mentions}


def _sides(coded) -> set[str]:
    return {x for e in coded.events for x in (e.source, e.target) if x}


def test_a_company_ending_makes_a_provisional_company(code_text):
    coded = code_text("Kestrel Airways ordered ten regional jets from Airbus last week.")
    assert "PRV.COM.KESTREL_AIRWAYS" in _sides(coded)
    assert "PRV.COM.KESTREL_AIRWAYS" in coded.actors
    assert coded.actors["PRV.COM.KESTREL_AIRWAYS"].kind == "company"


def test_a_company_noun_beside_the_name_makes_a_provisional_company(code_text):
    coded = code_text("Norvik, a Swedish shipbuilder, delivered two frigates to the navy.")
    assert "PRV.COM.NORVIK" in _ids(coded)
    assert not any(i.startswith("PRV.ORG.NORVIK") for i in _ids(coded))


def test_a_trading_partner_of_a_company_is_a_company(code_text):
    coded = code_text("Varrick bought twelve new Airbus jets on Tuesday.")
    assert "PRV.COM.VARRICK" in _sides(coded)


@pytest.mark.parametrize(("text", "name"), [
    ("The Ardell Liberation Front attacked a police post.", "ARDELL_LIBERATION_FRONT"),
    ("The Haldane Citizens Committee demanded new elections.", "HALDANE_CITIZENS_COMMITTEE"),
    ("The Kandor Defence Ministry signed a contract with Airbus.", "KANDOR_DEFENCE_MINISTRY"),
])
def test_other_provisional_organisations_are_no_companies(code_text, text, name):
    ids = _ids(code_text(text))
    assert not any(i.startswith("PRV.COM.") for i in ids)
