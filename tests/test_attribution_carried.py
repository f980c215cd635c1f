"""Who says what, carried on: "THE SOURCE ADDED", "the statement added", "IT ALSO REPORTED"
after a speaker named in an earlier sentence of the post (a report verb, or "according
to"); a speaker read from the words of wire text in capitals that keeps its id in the next
sentences; a quote its speaker heads with a colon ('Kremlin: "..."'); a ministry or its
officials that speak for the government, whatever sector their words name."""

from __future__ import annotations

import pytest
from helpers import event_at


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "asserted_by"), [
    # "the source", "the statement": the speaker of the sentence before
    ("COLONEL RENE EMILIO PONCE SAID THAT THE FMLN HAD DYNAMITED A BRIDGE IN SAN MIGUEL. THE "
     "SOURCE ADDED THAT THE REBELS KILLED TWO SOLDIERS.", "ASSAULT", "KILLED",
     "PER.RENE_EMILIO_PONCE"),
    ("The coalition said in a statement that its aircraft struck ISIS targets near Raqqa. The "
     "statement added that the strikes destroyed three fighting positions.", "ASSAULT",
     "destroyed", "IGO.CJTF_OIR"),
    ("THE NATIONAL POLICE SAID THAT THE EXTRADITABLES KILLED A JUDGE IN MEDELLIN. ACCORDING "
     "TO THE SAME SOURCE, THE GUNMEN ALSO WOUNDED HIS BODYGUARD.", "ASSAULT", "WOUNDED",
     "COL.POL"),
    # a speaker named by "according to" speaks on in "THE SOURCE ADDED"
    ("ACCORDING TO COLONEL RENE EMILIO PONCE, GUERRILLAS ATTACKED A GARRISON IN USULUTAN. THE "
     "SOURCE ADDED THAT THE REBELS KILLED TWO CIVILIANS.", "ASSAULT", "KILLED",
     "PER.RENE_EMILIO_PONCE"),
    ("According to the Pentagon, U.S. aircraft struck an ISIS camp near Mosul. The statement "
     "added that the strike killed 20 fighters.", "ASSAULT", "killed", "USA.GOV.DOD"),
    # the speaker read from the words of a sentence in capitals, with its id, carried on
    ("THE ARMY REPORTED THAT REBELS AMBUSHED A MILITARY CONVOY NEAR CHALATENANGO. THE REBELS "
     "ALSO KILLED A MAYOR IN THE AREA.", "ASSAULT", "KILLED", "SLV.MIL"),
    # a colon, then a quote: the quote is the speaker's
    ('Kremlin: "Ukrainian forces shelled the Zaporizhzhia plant overnight."', "ASSAULT",
     "shelled", "RUS.GOV.KREMLIN"),
    # a ministry, or its officials, with words of a sector: the government
    ("Lebanon's health ministry said an Israeli strike killed five people in Tyre.", "ASSAULT",
     "killed", "LBN.GOV"),
    ("Armenian doctors handed over medicine to the Red Cross in Goris, health officials said.",
     "AID", "handed", "ARM.GOV"),
    # Peru's code is the persons' prefix too: its ministry speaks for its government still
    ("Peru's health ministry said guerrillas killed five farmers in Ayacucho.", "ASSAULT",
     "killed", "PER.GOV"),
    ("THE PERUVIAN HEALTH MINISTRY REPORTED THAT SHINING PATH GUERRILLAS KILLED TWO NURSES IN "
     "PUNO.", "ASSAULT", "KILLED", "PER.GOV"),
])
def test_a_speaker_is_carried_on(code_text, text, type_, trigger, asserted_by):
    assert event_at(code_text(text), type_, trigger).asserted_by == asserted_by


@pytest.mark.slow
def test_the_source_without_a_speaker_before_is_its_own(code_text):
    event = event_at(code_text("THE SOURCE ADDED THAT THE REBELS KILLED TWO SOLDIERS IN MORAZAN."),
                     "ASSAULT", "KILLED")
    assert event.asserted_by is None and event.asserted_by_text == "SOURCE"


@pytest.mark.slow
def test_a_source_with_words_of_its_own_is_not_carried(code_text):
    # "THE SOURCE IN THE CAPITAL" is named anew, not the colonel of the sentence before
    coded = code_text("COLONEL RENE EMILIO PONCE SAID THAT THE FMLN HAD DYNAMITED A BRIDGE. "
                      "THE SOURCE IN THE CAPITAL ADDED THAT THE REBELS KILLED TWO SOLDIERS.")
    event = event_at(coded, "ASSAULT", "KILLED")
    assert event.asserted_by != "PER.RENE_EMILIO_PONCE"


@pytest.mark.slow
def test_health_workers_keep_their_sector(code_text):
    event = event_at(code_text("Health workers said soldiers shot two protesters in Khartoum."),
                     "ASSAULT", "shot")
    assert event.asserted_by == "SDN.HLT"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "asserted_by"), [
    # a person the dictionary lacks: a provisional person by the whole name, titles left out
    ("FORMER MAYOR ROBERTO QUINTANILLA SAID THAT THE GUERRILLAS HAD KILLED TWO PEASANTS.",
     "ASSAULT", "KILLED", "PRV.PER.ROBERTO_QUINTANILLA"),
    ("A local doctor, Karim Haddad, said that soldiers killed 12 civilians in Homs.", "ASSAULT",
     "killed", "PRV.PER.KARIM_HADDAD"),
    # the surname alone: the full name named before it in the post
    ("MARCO AURELIO VALDIVIESO SAID THAT THE ARMY BOMBED THE VILLAGE. VALDIVIESO ADDED THAT "
     "SOLDIERS KILLED TWO PEASANTS.", "ASSAULT", "KILLED", "PRV.PER.MARCO_AURELIO_VALDIVIESO"),
    ("Karim Haddad said soldiers shelled Homs. Haddad added that the strikes killed 12 "
     "civilians.", "ASSAULT", "killed", "PRV.PER.KARIM_HADDAD"),
    # a place speaks for its state, never a person
    ("Bogota said that the rebels killed two soldiers.", "ASSAULT", "killed", "COL"),
])
def test_a_person_is_named_by_the_whole_name(code_text, text, type_, trigger, asserted_by):
    assert event_at(code_text(text), type_, trigger).asserted_by == asserted_by


@pytest.mark.slow
def test_a_surname_alone_is_the_person_as_the_text_names_them(code_text):
    # no full name before it: the surname as written (docs/LABELLING.md, PER.ZAMORA)
    event = event_at(code_text("VALDIVIESO SAID THAT SOLDIERS KILLED TWO PEASANTS."), "ASSAULT",
                     "KILLED")
    assert event.asserted_by == "PRV.PER.VALDIVIESO"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "by_text"), [
    # a report, a communique as the subject of any verb: what its object names, it reports
    ("THE REPORT REVIEWS THE TERRORIST ATTACKS PERPETRATED IN LIMA LAST YEAR.", "ATTACKS",
     "REPORT"),
    ("THE COMMUNIQUE LISTS THE AMBUSHES CARRIED OUT BY THE FMLN IN MORAZAN.", "AMBUSHES",
     "COMMUNIQUE"),
])
def test_a_report_reports_what_it_names(code_text, text, trigger, by_text):
    assert event_at(code_text(text), "ASSAULT", trigger).asserted_by_text == by_text


@pytest.mark.slow
def test_a_heading_before_a_colon_is_no_report(code_text):
    coded = code_text("DECLARATION OF THE TWELVE ON PERU:  THE TWELVE MEMBER STATES OF THE "
                      "EUROPEAN COMMUNITY CONDEMN THE MURDERS WHICH HAVE OCCURRED IN PERU.")
    event = event_at(coded, "ASSAULT", "MURDERS")
    assert event.asserted_by_text is None
