"""Rival accounts of one act whose first side the coder used to lose: an air defence's claim
that it "downed" drones (the verb for aircraft brought down), a coast guard that
"water-cannoned" boats, and a report told "per the X army" (the body its words name, so that
a later voice of the same country is no rival)."""

from __future__ import annotations

import pytest
from helpers import counter_claims, event_at


@pytest.mark.slow
def test_downed_aircraft_is_an_attack_and_a_rival_account_answers_it(code_text):
    coded = code_text("Kyiv's air force said it downed nine of eleven drones over Kherson. "
                      "Russia's defence ministry said the drones destroyed a fuel depot.")
    downed = event_at(coded, "ASSAULT", "downed")
    assert downed.asserted_by == "UKR.MIL.AIR_FORCE"
    [dispute] = counter_claims(coded, "disputes")
    assert dispute.event == downed.id
    assert dispute.asserted_by == "RUS.GOV.MOD"


@pytest.mark.slow
def test_downed_tools_is_no_attack(code_text):
    coded = code_text("Dock workers downed tools in Mombasa on Tuesday over unpaid wages.")
    assert not [e for e in coded.events if e.type == "ASSAULT"]


@pytest.mark.slow
def test_water_cannoned_boats_is_an_attack(code_text):
    coded = code_text("The Chinese coast guard water-cannoned two Vietnamese fishing boats "
                      "near the Paracels.")
    assert [e.type for e in coded.events if e.trigger == "cannoned"] == ["ASSAULT"]


@pytest.mark.slow
def test_per_the_army_names_the_army_as_speaker(code_text):
    coded = code_text("gunmen torched a police post near zinder overnight, per the nigerien "
                      "army. niamey says the attackers fled south", author="@sahel_wire")
    torched = event_at(coded, "ASSAULT", "torched")
    assert torched.asserted_by is not None and torched.asserted_by.startswith("NER.MIL")
    # the army and its capital are one side: no contest between them
    assert counter_claims(coded, "disputes", "denies") == []



@pytest.mark.slow
@pytest.mark.parametrize("text, told, teller, answerer", [
    ('"Soldiers beat me at the checkpoint," a trader told this newspaper. The army said '
     "that no civilian had been harmed at the checkpoint.", "beat", "trader", "army"),
    ('The Wagner group wrote on its channel: "Our men drove the rebels out of Bria. Not one '
     'civilian was harmed." A UN team said it had documented the killing of 12 civilians '
     "by soldiers.", "harmed", "Wagner", "UN"),
])
def test_an_account_that_none_was_harmed_answers_the_other(code_text, text, told, teller,
                                                            answerer):
    # (neither speaker told as a party to the acts: the "no"/"not one" on the victims makes
    # the one account the other's denial)
    coded = code_text(text)
    first = event_at(coded, "ASSAULT", told)
    assert teller in (first.asserted_by_text or "")
    assert any(c.event == first.id and answerer in (c.asserted_by_text or "")
               for c in counter_claims(coded, "disputes"))


@pytest.mark.slow
def test_a_briefing_answer_disputes_the_account_the_question_reports(code_text):
    coded = code_text("Q: Hanoi says Chinese ships rammed two fishing boats near the Paracels. "
                      "What is your response? A: The Vietnamese boats rammed a Chinese patrol "
                      "ship inside Chinese waters.")
    rammed = event_at(coded, "ASSAULT", "rammed")
    assert rammed.asserted_by == "VNM"
    # the answerer, a transcript's unnamed speaker, stands as the text's own voice
    assert [(c.event, c.asserted_by) for c in counter_claims(coded, "disputes")] == [
        (rammed.id, None)]
