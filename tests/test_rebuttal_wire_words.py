"""Rebuttal pairs in wire text read from the words: an "as X alleged" clause whose verb the
parser took for a noun in capitals, and a verdict sentence ("THIS IS TOTALLY FALSE.") after
the two spaces wire reports put between sentences."""

from __future__ import annotations

import pytest


def _claim_pairs(coded):
    """(holder that asserts, holder that denies) of each topic with no event."""
    topics: dict[str, dict[str, set]] = {}
    for c in coded.claims:
        if c.event is None and c.topic:
            topics.setdefault(c.topic, {}).setdefault(c.stance, set()).add(c.asserted_by_text)
    return [(a, d) for sides in topics.values() for a in sides.get("asserts", ())
            for d in sides.get("denies", ())]


def _event_pairs(coded):
    """(asserter words, counter words) of every claim that denies or disputes an event."""
    by_id = {e.id: e for e in coded.events}
    return [(by_id[c.event].asserted_by_text, c.asserted_by_text) for c in coded.claims
            if c.stance in ("denies", "disputes") and c.event in by_id]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "THE CONTRAS DENY THAT THEY ARE KEEPING 400 VILLAGERS IN THEIR CAMPS, AS THE SANDINISTS "
    "ALLEGE, BUT ADMIT THEY ARE KEEPING TWO PILOTS.",
    "The FMLN denies that it is keeping 400 villagers in its camps, as the Sandinists allege.",
])
def test_an_as_clause_names_who_asserts_what_is_denied(code_text, text):
    pairs = [(a.upper(), d) for a, d in _claim_pairs(code_text(text))]
    assert any(a.endswith("SANDINISTS") for a, _ in pairs), pairs


@pytest.mark.slow
def test_an_as_clause_without_a_speaker_names_no_one(code_text):
    # "as before" is no report: the denial stays alone
    coded = code_text("THE CONTRAS DENY THAT THEY ARE KEEPING 400 VILLAGERS IN THEIR CAMPS, AS "
                      "BEFORE.")
    assert not _claim_pairs(coded)


@pytest.mark.slow
@pytest.mark.parametrize("gap", [" ", "  ", "\n"])
def test_a_verdict_after_wire_spacing_disputes_the_claim(code_text, gap):
    coded = code_text(f"THE REBEL RADIO INSISTED THAT FARMERS HAD HELPED THEM AT THE "
                      f"ROADBLOCKS.{gap}THIS IS TOTALLY FALSE.")
    # the radio's words against the author's (no holder)
    assert [(a.upper().split()[-1], d) for a, d in _event_pairs(coded)] == [("RADIO", None)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "denier", "finder"), [
    ("The Rwandan government denied that its troops were fighting in Congo. UN experts "
     "photographed Rwandan soldiers near Goma.", "RWA.GOV", "UN experts"),
    ("The FMLN denied responsibility for the bombing of the power station. Police found FMLN "
     "leaflets at the site.", "GRP.FMLN", "Police"),
])
def test_a_finding_of_the_deniers_own_side_disputes_the_denial(code_text, text, denier, finder):
    coded = code_text(text)
    denied = [e for e in coded.events if e.modality == "denied"]
    counters = [e for e in coded.events if e.modality == "reported"]
    assert [e.asserted_by for e in denied] == [denier]
    assert [e.type for e in counters] == [denied[0].type]
    assert counters[0].asserted_by_text in finder


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # what was found is no one of the denier's side
    "The Rwandan government denied that its troops were fighting in Congo. UN experts "
    "photographed burned villages near Goma.",
    # found nothing
    "The FMLN denied responsibility for the bombing of the power station. Police found no "
    "FMLN leaflets at the site.",
])
def test_a_finding_of_no_one_of_the_deniers_side_is_no_answer(code_text, text):
    coded = code_text(text)
    assert not [c for c in coded.claims if c.stance == "disputes"]
    assert not [e for e in coded.events if e.modality == "reported"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "asserter", "denier"), [
    # ", which X denied" on all that was told before the comma
    ("Russia said its jets destroyed a Ukrainian arms depot in Kharkiv, which Kyiv denied.",
     "RUS", "UKR"),
    # a country's rebels against its army: two sides, not one voice
    ("The Salvadoran army said it killed 15 FMLN fighters near Suchitoto, which the FMLN "
     "denied.", "SLV.MIL", "GRP.FMLN"),
])
def test_which_denied_answers_the_account_before_it(code_text, text, asserter, denier):
    coded = code_text(text)
    by_id = {e.id: e for e in coded.events}
    pairs = [(by_id[c.event].asserted_by, c.asserted_by) for c in coded.claims
             if c.stance == "denies" and c.event in by_id]
    assert pairs == [(asserter, denier)]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Russia said its jets destroyed a depot in Kharkiv, which Kyiv confirmed.",
    "THE FMLN REPORTED THAT ITS FORCES KILLED 20 SOLDIERS IN CHALATENANGO, WHICH CANNOT BE "
    "DENIED.",
    "The army said it killed 15 FMLN fighters near Suchitoto, which the FMLN has not denied.",
])
def test_which_without_a_denial_is_no_answer(code_text, text):
    coded = code_text(text)
    assert not [c for c in coded.claims if c.stance in ("denies", "disputes")]


@pytest.mark.slow
def test_a_plea_of_lawful_conduct_is_answered_by_a_report_of_force(code_text):
    coded = code_text("China says its coast guard acted professionally. Manila says Chinese "
                      "vessels rammed a Philippine fishing boat.")
    by_id = {e.id: e for e in coded.events}
    pairs = [(by_id[c.event].asserted_by, c.asserted_by) for c in coded.claims
             if c.stance == "disputes" and c.event in by_id]
    assert pairs == [("PHL.GOV", "CHN")] or pairs == [("PHL", "CHN")], pairs


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # no plea: a wish is no account of one's conduct
    "China says it wants calm at sea. Manila says Chinese vessels rammed a Philippine fishing "
    "boat.",
    # the force reported is another side's
    "China says its coast guard acted professionally. Manila says Vietnamese vessels rammed a "
    "Philippine fishing boat.",
])
def test_no_plea_or_another_sides_force_is_no_pair(code_text, text):
    coded = code_text(text)
    assert not [c for c in coded.claims if c.stance in ("denies", "disputes")]
