"""The weak types, round 30 (AID, COOPERATE, MOBILIZE): the sides of a sale and one list
per sense. A purchase or sale has a buyer and a seller: two buyers named together are no
trade with each other, each buys from the seller, and the seller may be named only by the
goods' adjective ("bought Algerian gas", "Chinese rifles sold to Peru and Bolivia", "took
delivery of Israeli boats"), one event each way per buyer; arms of any kind are traded goods;
intelligence shared may be imagery; a force's own flight or arrival ("touched down", "flew
into", "poured into") is a deployment, as "landed" is; the verbs that move goods without
giving them ("carried rice to the villagers") give relief only.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest
from helpers import events_of, sides_of


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the seller named by the goods' adjective: one event each way
        ("Spain bought Algerian gas last year.", {("ESP", "DZA"), ("DZA", "ESP")}),
        # two buyers: each with the seller, not with each other
        ("Spain and Italy bought Algerian gas last year.",
         {("ESP", "DZA"), ("ITA", "DZA"), ("DZA", "ESP"), ("DZA", "ITA")}),
        ("Spain and Italy bought gas from Algeria last year.",
         {("ESP", "DZA"), ("ITA", "DZA"), ("DZA", "ESP"), ("DZA", "ITA")}),
        # sold to a list: the seller to each buyer and each buyer back
        ("Chinese rifles sold to Peru, Bolivia and Chile have become the armies' main weapon.",
         {("PER", "CHN"), ("BOL", "CHN"), ("CHL", "CHN"),
          ("CHN", "PER"), ("CHN", "BOL"), ("CHN", "CHL")}),
        # a delivery taken is a purchase from the goods' maker
        ("Kenya takes delivery of three Israeli patrol boats.", {("KEN", "ISR"), ("ISR", "KEN")}),
        # a contract signed whose terms name the seller: a trade, one event each way (real35)
        ("Armenia signed a contract in Lyon on Monday to buy 24 howitzers from France.",
         {("ARM", "FRA"), ("FRA", "ARM")}),
        # no seller named: the buyers alone
        ("Japan and South Korea imported more oil last year.", {("JPN", None), ("KOR", None)}),
    ],
)
def test_sides_of_a_sale_30(code_text, text, sides):
    coded = code_text(text)
    assert sides_of(coded, "COOPERATE") == sides, [
        (e.type, e.source, e.target) for e in coded.events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "etype", "coded"),
    [
        # arms of any kind are traded goods
        ("The navy bought four frigates last year.", "COOPERATE", True),
        # imagery shared is intelligence
        ("Rwanda shared satellite imagery with Uganda.", "COOPERATE", True),
        # a force's own flight or arrival
        ("About 400 Kenyan police touched down in the capital on Monday.", "MOBILIZE", True),
        ("Ecuadorian marines poured into the port city tonight.", "MOBILIZE", True),
        ("Thousands of protesters poured into the square.", "MOBILIZE", False),
        ("Kenyan soldiers flew food and medicine into the flooded town.", "MOBILIZE", False),
        ("The minister flew into the capital with his family on Friday.", "MOBILIZE", False),
        ("The ministry moved a carrier strike group into the gulf.", "MOBILIZE", True),
        # goods carried to people in need; arms carried are no gift
        ("Army trucks carried rice and diesel across the river to displaced villagers.", "AID",
         True),
        ("Gunmen carrying rifles stormed the bank.", "AID", False),
        ("Displaced families received seed and tools from the FAO on Saturday.", "AID", True),
        # a side's own rifles handed over stay its disarming, no gift
        ("The rebels handed over the group's remaining rifles to UN monitors.", "AID", False),
    ],
)
def test_one_list_per_sense_30(code_text, text, etype, coded):
    assert bool(events_of(code_text(text), etype)) is coded, text
