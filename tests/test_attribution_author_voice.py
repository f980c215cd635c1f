"""Who says what where the text speaks in its own voice: a bare "I" or "we" that names
nobody, and a question, assert nothing of anyone's (the author keeps the event); and the
bodies the wire reports quote by their own name (a newspaper, a ministry, a security
service) have the ids the labels give."""

from __future__ import annotations

import pytest
from helpers import event_at

from actorgraph.actors.dictionary import load_dictionary


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger"), [
    # a transcript's unnamed speaker, in the first person
    ("I WANT TO STATE HERE THAT THE HONDURAN ARMY ATTACKED THE VILLAGE LAST WEEK.", "ASSAULT",
     "ATTACKED"),
    ("WE WILL TELL THE PRESIDENT THAT UNTIL THE LAST TROOPS ARE WITHDRAWN, WE WILL NOT TALK.",
     "RETREAT", "WITHDRAWN"),
    # a question asks: it asserts nothing, whoever was speaking before it
    ("(REPORTER) IF THE UNITED STATES CUT OFF AID TO THE GOVERNMENT, WHAT WOULD HAPPEN?",
     "SANCTION", "CUT"),
])
def test_the_texts_own_voice_keeps_the_author(code_text, text, type_, trigger):
    e = event_at(code_text(text), type_, trigger)
    assert e.asserted_by is None and e.asserted_by_text is None
    assert e.modality != "reported"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "modality"), [
    # hearsay the voice passes on from others it does not name: reported, no asserter
    ("WE HAVE BEEN TOLD THAT THE POLICE DETAINED SIX DOCKERS AT THE PORT.", "COERCE",
     "DETAINED", "reported"),
    ("We have learned that militiamen torched two lorries on the coast road.", "ASSAULT",
     "torched", "reported"),
    # what the voice itself knows or told others is its own claim
    ("WE KNOW THAT THE POLICE DETAINED SIX DOCKERS AT THE PORT.", "COERCE", "DETAINED",
     "asserted"),
])
def test_what_an_unnamed_we_was_told_is_hearsay(code_text, text, type_, trigger, modality):
    e = event_at(code_text(text), type_, trigger)
    assert e.asserted_by is None and e.asserted_by_text is None
    assert e.modality == modality


@pytest.mark.slow
def test_a_named_speaker_and_a_report_inside_a_question_keep_their_words(code_text):
    # "we" resolved to a named speaker's side is that speaker's
    named = code_text('"We shelled two rebel camps overnight," the Ugandan army said.')
    assert event_at(named, "ASSAULT", "shelled").asserted_by == "UGA.MIL.UPDF"
    # a report verb below the question: the report's words
    asked = code_text("WHAT DO YOU THINK OF THE CHURCH REPORT, WHICH CLAIMS THAT SOLDIERS "
                      "KILLED THE PRIESTS?")
    killed = event_at(asked, "ASSAULT", "KILLED")
    assert killed.asserted_by_text is not None and "REPORT" in killed.asserted_by_text


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "asserted_by"), [
    ("THE NEWSPAPER EXPRESO REPORTED THAT GUERRILLAS BURNED A BUS IN HUANCAYO.", "ASSAULT",
     "BURNED", "MED.EXPRESO"),
    ("O GLOBO REPORTS THAT THE POLICE ARRESTED FOUR MEN IN SAO PAULO.", "COERCE", "ARRESTED",
     "MED.O_GLOBO"),
    ("ITAMARATY SAID THAT GUNMEN ATTACKED THE EMBASSY.", "ASSAULT", "ATTACKED",
     "BRA.GOV.ITAMARATY"),
    ("DAS SOURCES SAID THAT THE EXTRADITABLES KIDNAPPED A JUDGE.", "ASSAULT", "KIDNAPPED",
     "COL.INT.DAS"),
    ("the sandf says rebels shelled its base near the lake.", "ASSAULT", "shelled",
     "ZAF.MIL.SANDF"),
])
def test_a_body_named_by_its_own_name_has_its_id(code_text, text, type_, trigger, asserted_by):
    assert event_at(code_text(text), type_, trigger).asserted_by == asserted_by


def test_the_dictionary_has_the_bodies_the_reports_quote():
    d = load_dictionary()
    assert d.get("MED.EXPRESO").country == "PER" and d.get("MED.O_GLOBO").country == "BRA"
    # a state's body is a unit of its sector, of its country's side
    for actor_id, alias in (("ZAF.MIL.SANDF", "SANDF"), ("BRA.GOV.ITAMARATY", "Itamaraty"),
                            ("COL.INT.DAS", "DAS")):
        entry = d.get(actor_id)
        assert alias in entry.aliases
        assert [a.actor for a in entry.affiliations] == [actor_id.rsplit(".", 1)[0]]
        assert d.home(actor_id) == actor_id.split(".")[0]
    assert d.same_side("BRA.GOV.ITAMARATY", "BRA.MIL")
    assert not d.same_side("ZAF.MIL.SANDF", "COD.MIL")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger"), [
    # an accusation, threat or rejection the speaker makes by speaking: the author reports it
    ("Hezbollah says it holds Washington responsible for the strike.", "ACCUSE", "holds"),
    ("tehran says the depots were emptied beforehand and vows a response.", "THREATEN",
     "vows"),
    # a concession the speaker announces for its own side
    ("Russia announced on Friday that its troops would pull back from the river port.",
     "CONCEDE", "pull"),
    # ... or says its own side will make: the labels code the saying as the concession
    # (x0587, x0154; docs/LABELLING.md on "X announced its troops would pull back")
    ("The Kremlin said its troops would begin pulling back toward the border within days.",
     "CONCEDE", "pulling"),
])
def test_the_speakers_own_act_by_speaking_is_the_authors_report(code_text, text, type_,
                                                                 trigger):
    e = event_at(code_text(text), type_, trigger)
    assert e.asserted_by is None and e.modality == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "speaker"), [
    # another's act the speaker tells of stays its word
    ("Kyiv said Russia rejected the offer.", "REJECT", "rejected", "UKR"),
    # an inquiry it tells of, with no doer named, is no charge it makes by speaking (the
    # role classifier had made the speaker the investigator)
    ("FUJIMORI SAID THAT TWO BOLIVIAN SUSPECTS ARE CURRENTLY BEING INVESTIGATED.", "ACCUSE",
     "INVESTIGATED", "PER.ALBERTO_FUJIMORI"),
])
def test_anothers_act_keeps_the_speaker(code_text, text, type_, trigger,
                                         speaker):
    assert event_at(code_text(text), type_, trigger).asserted_by == speaker


@pytest.mark.slow
def test_how_a_charge_was_answered_is_the_authors_aside(code_text):
    coded = code_text("Kenyan officials accused the militia of burning two villages near the "
                      "lake, a charge the militia dismissed as propaganda.")
    e = event_at(coded, "REJECT", "dismissed")
    assert e.asserted_by is None and e.modality == "asserted"
    # the charge itself stays the accusers' word
    assert event_at(coded, "ASSAULT", "burning").asserted_by == "KEN.GOV"
    # dynamite charges are no charge answered
    bomb = code_text("GUNMEN THREW TWO DYNAMITE CHARGES THAT INJURED A GUARD, ACCORDING TO "
                     "THE POLICE.")
    assert event_at(bomb, "ASSAULT", "INJURED").asserted_by_text == "POLICE"


@pytest.mark.slow
def test_who_denies_responsibility_for_an_attack_is_its_disputed_doer(code_text):
    # the denier is the doer the denial is about, as a claimant is; the act stays denied
    coded = code_text("The ELN denied responsibility for the attack on the pipeline.")
    attack = event_at(coded, "ASSAULT", "attack")
    assert attack.source == "GRP.ELN"
    assert attack.modality == "denied" and attack.asserted_by == "GRP.ELN"
