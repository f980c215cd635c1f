"""Who says what (attr17): speakers named by common words take the id the reader gives the
same words elsewhere. "The army" and "the minister" are the army or the minister the post
named before with words of their own; a state's office that tells of its own state's
doings, where the post names several countries, is of the country of what it tells (not
for a hostile act, which the side struck tells as often); a report's modifier names the
sector that made it; a closing report clause the parser broke ("..., a regional governor
said by phone.") is read from its words."""

from __future__ import annotations

import pytest
from helpers import event_at


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "asserted_by"), [
    # the army named before with its country's name, though another country is named too
    ("Ghana's army received two helicopters from Germany under an aid programme, the army "
     "said.", "AID", "aid", "GHA.MIL"),
    # the minister named before, not the state of the capital he is in
    ("The Egyptian foreign minister arrived in Khartoum on Sunday. The minister said "
     "Egyptian troops had withdrawn from the border post.", "RETREAT", "withdrawn", "EGY.GOV"),
    # the country of what the office tells, of two the sentence names
    ("Bolivia sold natural gas to Brazil, the energy ministry said.", "COOPERATE", "sold",
     "BOL.GOV"),
    # ... though the place it tells of is the other's: an act of no force (asr29)
    ("Kenya sent food aid to Mogadishu and Baidoa after the drought, the foreign ministry "
     "said.", "AID", "sent", "KEN.GOV"),
    # ... and a report named by the sector that made it
    # (suspects handed to another state are extradited: COOPERATE legal, ev31)
    ("Ecuador handed two suspects over to Peru on Friday, a police report said.", "COOPERATE",
     "handed", "ECU.POL"),
    # the speaker the parser read as an apposition of the group
    ("Kenyan police freed twelve hostages from al-Shabaab, a regional governor said by phone.",
     "RETREAT", "freed", "KEN.GOV"),
])
def test_a_speaker_in_common_words_takes_the_readers_id(code_text, text, type_, trigger,
                                                         asserted_by):
    event = event_at(code_text(text, published="2025-03-01"), type_, trigger)
    assert event.asserted_by == asserted_by
    assert event.modality == "reported"


@pytest.mark.slow
def test_a_hostile_act_does_not_give_the_speaker_the_attackers_country(code_text):
    # (two countries before it: the one of the drone's owner is not the speakers')
    coded = code_text("Ankara says its drones hit only PKK fighters in north-east Syria. A "
                      "Turkish drone struck a grain silo near Amuda, local officials said.",
                      published="2025-03-01")
    event = event_at(coded, "ASSAULT", "struck")
    assert event.asserted_by_text == "local officials"
    assert event.asserted_by != "TUR.GOV"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "asserted_by"), [
    # the office of a head of government in office on the post's date speaks for the government
    ("French troops withdrew from the base near Gao on Tuesday, Macron's office said.",
     "2023-05-02", "FRA.GOV"),
    # the same words about a person of no office: no body to speak for
    ("French troops withdrew from the base near Gao on Tuesday, the mayor's office said.",
     "2023-05-02", None),
])
def test_a_persons_office_speaks_for_the_body_the_person_heads(code_text, text, published,
                                                               asserted_by):
    event = event_at(code_text(text, published=published), "RETREAT", "withdrew")
    assert event.asserted_by == asserted_by


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "asserted_by"), [
    # those who live where it happened are the country's civilians, as witnesses are
    ("Soldiers set fire to the grain store in a hamlet outside Mandalay, residents said.",
     "ASSAULT", "set", "MMR.CIV"),
    # a state named as the speakers' place gives their country
    ("Gunmen seized a customs officer on the coast road, official sources in Caracas said.",
     "COERCE", "seized", "VEN.GOV"),
    # a modifier word names a sector that is no state's: the church's, of the post's country
    ("Religious sources in Quito said soldiers detained four catechists at a roadblock.",
     "COERCE", "detained", "ECU.REL"),
    # an office of the army speaks for the army
    ("Rebels shelled a water tower near Gao on Tuesday, the army's press office said.",
     "ASSAULT", "shelled", "MLI.MIL.FAMA"),
])
def test_residents_placed_sources_and_a_bodys_office_take_the_country(
        code_text, text, type_, trigger, asserted_by):
    event = event_at(code_text(text, published="2025-03-01"), type_, trigger)
    assert event.asserted_by == asserted_by


@pytest.mark.slow
def test_sources_close_to_a_capital_are_not_placed_there(code_text):
    # "close to" a state is no place of the speakers': they keep their words
    event = event_at(code_text("Gunmen seized a customs officer on the coast road, sources "
                               "close to Caracas said.", published="2025-03-01"),
                     "COERCE", "seized")
    assert event.asserted_by is None
