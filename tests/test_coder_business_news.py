"""Business and central-bank news (wiki25, issue 13): orders for goods and a company's deals
are COOPERATE economic, one per side; goods a company supplies are sold, not given; offers
of anything to a side are AGREE; beating a company is no assault; money injected into
markets is economic aid; central banks' swap lines are an exchange (docs/LABELLING.md,
sales row and offers). The sentences are made up."""

from __future__ import annotations

import pytest
from helpers import sides_of, types_of

pytestmark = pytest.mark.slow


def test_counted_orders_from_a_customer_are_each_sides(code_text):
    coded = code_text("Boeing has booked six orders from Singapore Airlines this year.")
    sides = {("COM.BOEING", "COM.SINGAPORE_AIRLINES"), ("COM.SINGAPORE_AIRLINES", "COM.BOEING")}
    assert sides <= sides_of(coded, "COOPERATE")


def test_a_company_s_order_is_its_purchase(code_text):
    coded = code_text("The Singapore Airlines order covers ten Airbus jets.")
    assert "COM.SINGAPORE_AIRLINES" in {s for s, _ in sides_of(coded, "COOPERATE")}


@pytest.mark.parametrize(
    "text",
    [
        "The court's order to close the newspaper was upheld on Monday.",
        "The general gave the order to withdraw from the hills.",
        "Executive Order 13224 froze the assets of the group.",
    ],
)
def test_an_order_that_commands_is_no_sale(code_text, text):
    assert "COOPERATE" not in types_of(code_text(text))


def test_a_deal_with_a_company_is_economic_cooperation(code_text):
    coded = code_text("Chrysler said the deal with Fiat went through on Friday.")
    assert ("COM.CHRYSLER", "COM.FIAT") in sides_of(coded, "COOPERATE")
    assert "AGREE" not in types_of(coded)


def test_an_offer_of_benefits_is_an_agreement(code_text):
    coded = code_text("Chrysler offered early retirement to 3,000 workers.")
    assert "COM.CHRYSLER" in {s for s, _ in sides_of(coded, "AGREE")}


def test_offered_condolences_are_no_concession_nor_offer(code_text):
    coded = code_text("The minister offered his condolences to the families of the victims.")
    assert not {"CONCEDE", "AGREE"} & types_of(coded)


def test_defeating_a_company_is_no_assault(code_text):
    assert "ASSAULT" not in types_of(code_text("Airbus defeated Boeing for a tanker contract."))
    assert "ASSAULT" in types_of(code_text("The rebels defeated the army near the border."))


def test_money_injected_into_markets_is_economic_aid(code_text):
    coded = code_text("The Bank of Japan injected 2 trillion yen into the money markets on "
                      "Tuesday.")
    assert [(e.source, e.mode) for e in coded.events if e.type == "AID"] == [
        ("JPN.GOV.BANK_OF_JAPAN", "economic")]


def test_swap_lines_between_central_banks_are_each_sides(code_text):
    coded = code_text("The Federal Reserve opened swap lines with the Bank of Japan.")
    assert {("USA.GOV.FEDERAL_RESERVE", "JPN.GOV.BANK_OF_JAPAN"),
            ("JPN.GOV.BANK_OF_JAPAN", "USA.GOV.FEDERAL_RESERVE")} <= sides_of(coded, "COOPERATE")


def test_goods_a_company_supplies_are_sold(code_text):
    coded = code_text("Lockheed Martin will supply radar equipment to the Indian navy.")
    assert ("COM.LOCKHEED_MARTIN", "IND.MIL") in sides_of(coded, "COOPERATE")
    assert "AID" not in types_of(coded)


def test_weapons_a_state_supplies_stay_aid(code_text):
    coded = code_text("Iran supplied drones to the militia.")
    assert "AID" in types_of(coded)
    assert "COOPERATE" not in types_of(coded)


def test_seeking_capital_is_a_request_for_help(code_text):
    coded = code_text("Fiat is seeking fresh capital from its banks.")
    assert [(e.source, e.mode) for e in coded.events if e.type == "REQUEST"] == [
        ("COM.FIAT", "assist")]
