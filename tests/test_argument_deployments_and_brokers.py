"""Targets of two kinds of act (tgt17): the force a deployment sends, when the deployer
is itself an armed body or a body of no country, or when the force is named by a word of
the sending verb's entry rather than a sector noun; and the sides of a deal a third party
brokers, as the deal's own words name them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _triples(coded):
    return {(e.type, e.source, e.target) for e in coded.events if e.type == "MOBILIZE"
            or e.type == "CONSULT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed body sends units of its own: the source's id, not its country's army
        ("The Philippine navy sent three more ships to the shoal on Friday.",
         {("MOBILIZE", "PHL.MIL.NAVY", "PHL.MIL.NAVY")}),
        ("The Kosovo police deployed extra officers to the northern towns.",
         {("MOBILIZE", "XKX.POL", "XKX.POL")}),
        # a body of no country: its own
        ("KFOR is sending 500 more soldiers to the north.",
         {("MOBILIZE", "IGO.NATO.KFOR", "IGO.NATO.KFOR")}),
        # a state's army unit sends troops or soldiers: the state's generic sector (tgt33;
        # docs/LABELLING.md, the "the army" row), its own craft stay its own (above)
        ("The Pakistan Army moved 20,000 soldiers into the tribal districts on Monday.",
         {("MOBILIZE", "PAK.MIL.ARMY", "PAK.MIL")}),
        # a state's force word with no sector of its own is its army's
        ("Russia sent two warships to the Baltic on Tuesday.", {("MOBILIZE", "RUS", "RUS.MIL")}),
    ],
)
def test_deployed_force(code_text, text, expected):
    found = _triples(code_text(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar brokered a prisoner swap between Washington and Caracas.",
         {("CONSULT", "QAT", "USA"), ("CONSULT", "QAT", "VEN")}),
        ("Turkey mediated a grain deal that Russia and Ukraine signed in July.",
         {("CONSULT", "TUR", "RUS"), ("CONSULT", "TUR", "UKR")}),
        ("The standoff ended when Moscow brokered a deal for Damascus to hand over its "
         "stockpile.", {("CONSULT", "RUS", "SYR")}),
        ("The truce brokered by Egypt between Israel and Hamas held on Monday.",
         {("CONSULT", "EGY", "ISR"), ("CONSULT", "EGY", "GRP.HAMAS")}),
    ],
)
def test_brokered_deal_sides(code_text, text, expected):
    found = _triples(code_text(text))
    assert expected <= found, found


def test_a_deal_with_no_sides_named_has_no_target(code_text):
    found = _triples(code_text("Norway brokered a deal on Monday."))
    assert ("CONSULT", "NOR", None) in found, found
