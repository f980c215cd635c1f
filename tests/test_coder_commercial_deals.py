"""Commercial deals (deal23, issue 13): a deal that names goods, trade, money or a company
side is an exchange, COOPERATE economic, one per side (docs/LABELLING.md, sales row); a
truce, a peace or a political deal stays AGREE."""

from __future__ import annotations

import pytest
from helpers import sides_of, types_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's $400 million gas deal with an Italian energy firm was announced in Accra.",
        "The opposition in Lima criticised the government's weapons deal with Chile.",
        "Mongolia's copper deal with a Canadian company was announced on Friday.",
    ],
)
def test_a_commercial_deal_is_economic_cooperation(code_text, text):
    coded = code_text(text)
    assert "COOPERATE" in types_of(coded)
    assert "AGREE" not in types_of(coded)
    assert all(e.mode == "economic" for e in coded.events if e.type == "COOPERATE")


def test_a_weapons_deal_is_each_sides(code_text):
    pairs = sides_of(code_text("Peru's weapons deal with Chile was criticised in Congress."),
                   "COOPERATE")
    assert {("PER", "CHL"), ("CHL", "PER")} <= pairs


def test_a_peace_deal_stays_an_agreement(code_text):
    coded = code_text("Peru's peace deal with Chile was criticised in Congress.")
    assert "AGREE" in types_of(coded)
    assert "COOPERATE" not in types_of(coded)


def test_signing_a_deal_with_a_company_is_economic_cooperation(code_text):
    coded = code_text("Niger signed a deal with a Turkish company to build a cement plant.")
    assert "COOPERATE" in types_of(coded)
    assert "SUPPORT" not in types_of(coded)


def test_signing_a_deal_with_a_state_stays_a_formal_agreement(code_text):
    coded = code_text("Niger signed a deal with Chad to build a cement plant.")
    assert "COOPERATE" not in types_of(coded)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A shipyard in Busan won a contract to supply four ferries to the island's navy.",
         "AID"),
        ("The carmaker said it was cancelling a deal to sell its truck unit to a Swedish firm.",
         "COOPERATE"),
        ("Chile and Peru signed an agreement on Monday to share police intelligence.",
         "COOPERATE"),
        ("The two militias signed a pact in Juba to withdraw their fighters from the bridge.",
         "RETREAT"),
    ],
)
def test_a_deals_terms_are_not_an_act_of_their_own(code_text, text, absent):
    """prec34: the "to"-clause of a contract or deal states its terms, agreed and not done
    (README: "agreed to disarm" codes no disarmament); the signing, winning or cancelling is
    the event."""
    assert absent not in types_of(code_text(text))


@pytest.mark.parametrize(
    ("text", "buyer", "maker"),
    [
        ("China Eastern Airlines will buy 15 of Embraer's newest E190 jets.",
         "COM.CHINA_EASTERN", "COM.EMBRAER"),
        ("China Eastern Airlines bought eight Boeing 737 freighters last spring.",
         "COM.CHINA_EASTERN", "COM.BOEING"),
        ("Kenya has a standing order for six of Airbus' A220 planes.", "KEN", "COM.AIRBUS"),
        ("Chile placed an order for ten Embraer jets in March.", "CHL", "COM.EMBRAER"),
    ],
)
def test_the_goods_maker_is_the_other_side_of_a_purchase(code_text, text, buyer, maker):
    # goods34: the seller named only as the maker of the goods sells back, a company
    # buyer included (two "COM." ids are two sides; docs/LABELLING.md, the sales rows)
    assert {(buyer, maker), (maker, buyer)} <= sides_of(code_text(text), "COOPERATE")
