"""Who says what, the speaker's id (attr11): a place named with its kind ("MORAZAN
DEPARTMENT", "THE CITY OF SUCHITOTO") gives a state speaker its country; a spokesman speaks
for the sector named before him in two words ("AIR FORCE SPOKESMEN") or after "for"; a post
with no place is placed by the one armed group named later in it; a title the parser made
the speaker, with a name after it, is that person (across a line break, and with a first
name that is also some organisation's); "he" after a titled subject ("the defence
minister toured ...") is that titled person; a bare state speaker is not of a state named
as a whole inside what it says, when its sentence gives one other country."""

from __future__ import annotations

import pytest
from helpers import event_at


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "asserted_by"), [
    # a department, a province, a city named with its kind
    ("MILITARY AUTHORITIES REPORTED THAT GUERRILLAS KILLED THREE SOLDIERS IN MORAZAN "
     "DEPARTMENT.", "ASSAULT", "KILLED", "SLV.MIL"),
    ("POLICE SOURCES SAID THAT UNIDENTIFIED MEN KIDNAPPED A JUDGE IN TOLIMA DEPARTMENT.",
     "ASSAULT", "KIDNAPPED", "COL.POL"),
    ("MILITARY SPOKESMEN SAID THAT FIVE SOLDIERS DIED IN AN AMBUSH IN THE CITY OF "
     "SUCHITOTO, CUZCATLAN DEPARTMENT.", "ASSAULT", "AMBUSH", "SLV.MIL"),
    # a spokesman's sector in two words, or after "for"
    ("AIR FORCE SPOKESMEN SAID THAT GUERRILLAS FIRED ON A HELICOPTER IN USULUTAN.",
     "ASSAULT", "FIRED", "SLV.MIL"),
    ("A SPOKESMAN FOR THE 3D BRIGADE SAID THAT THE REBELS AMBUSHED A PATROL IN USULUTAN "
     "DEPARTMENT.", "ASSAULT", "AMBUSHED", "SLV.MIL"),
    # no place at all: the armed group the rest of the post names
    ("ARMY SOURCES SAID THAT THE ATTACK BEGAN AT DAWN AND LASTED TWO HOURS. THE ATTACKERS "
     "WERE MEMBERS OF THE FMLN.", "ASSAULT", "ATTACK", "SLV.MIL"),
    # a title the parser took for the speaker, and the name after it
    ("ACCORDING TO PARTY SECRETARY GENERAL MARIO ALBERTO RUIZ, TROOPS KILLED TWO "
     "STUDENTS IN SAN SALVADOR.", "ASSAULT", "KILLED", "PRV.PER.MARIO_ALBERTO_RUIZ"),
    ("HONDURAN AMBASSADOR TO MEXICO JORGE LUIS SOTO SAID THAT THE CONTRAS ATTACKED A "
     "VILLAGE.", "ASSAULT", "ATTACKED", "PRV.PER.JORGE_LUIS_SOTO"),
    ("NICARAGUAN AMBASSADOR TO PANAMA ROBERTO FLORES SAID THAT THE CONTRAS ATTACKED A "
     "CONVOY.", "ASSAULT", "ATTACKED", "PRV.PER.ROBERTO_FLORES"),
    # ... across a line break, a surname the tagger reads as a noun, and a name whose first
    # word is some organisation's name
    ("INTERIOR MINISTER\nCARLOS MORALES SAID TODAY THAT A COMMANDO KILLED TWO FARMERS IN "
     "ESCUINTLA.", "ASSAULT", "KILLED", "PRV.PER.CARLOS_MORALES"),
    ("COMMANDER MARIO ESTEBAN\nVILLACORTA SAID THE FMLN ATTACKED THE BARRACKS.",
     "ASSAULT", "ATTACKED", "PRV.PER.MARIO_ESTEBAN_VILLACORTA"),
    ("Chad's foreign minister Badr Oumar said on Monday that the rebels shelled the "
     "airport.", "ASSAULT", "shelled", "PRV.PER.BADR_OUMAR"),
    # "he" after a titled subject of the sentence before
    ("Ukraine's defence minister toured the front on Friday. He said Russian forces "
     "shelled Kharkiv overnight.", "ASSAULT", "shelled", "UKR.GOV.MOD"),
    ("THE MINISTER WAS INJURED IN THE BLAST. HE SAID THE FMLN HAD PLANTED THE BOMB IN SAN "
     "SALVADOR.", "ASSAULT", "PLANTED", "SLV.GOV"),
    # the state named inside what is said is the other party; the citizens' or the armed
    # group's country is the speaker's
    ("THE GOVERNMENT SAID THAT IT WILL EXTRADITE THE HONDURAN CITIZENS WANTED BY "
     "THE UNITED STATES.", "COERCE", "EXTRADITE", "HND.GOV"),
    ("THE COLONELS SAID THAT THE FMLN CANNOT WIN THE WAR BECAUSE THE ARMY RECEIVES "
     "MILITARY AID FROM THE U.S.", "AID", "AID", "SLV.MIL"),
    # ... but a capital named as the place is where it happened, no party
    ("SECURITY AT THE PERUVIAN EMBASSY IN KINGSTON HAS BEEN TIGHTENED AFTER A BOMB THREAT, "
     "THE GLEANER NEWSPAPER REPORTED.", "MOBILIZE", "TIGHTENED", "JAM.MED"),
])
def test_a_speaker_takes_the_id_its_passage_gives(code_text, text, type_, trigger,
                                                  asserted_by):
    assert event_at(code_text(text), type_, trigger).asserted_by == asserted_by


@pytest.mark.slow
def test_a_title_alone_stays_the_body(code_text):
    # no name after the title: the state's office, not a person
    coded = code_text("THE DEFENSE MINISTER SAID THAT THE REBELS ATTACKED THE GARRISON IN "
                      "MORAZAN DEPARTMENT.")
    by = event_at(coded, "ASSAULT", "ATTACKED").asserted_by or ""
    assert by.startswith("SLV.GOV"), by


@pytest.mark.slow
def test_a_department_named_as_towns_abroad_places_nobody(code_text):
    # Cordoba is a town in Argentina, Spain and Mexico: "CORDOBA DEPARTMENT" gives no
    # country to a post that names no actor of one of them
    coded = code_text("POLICE SOURCES SAID THAT GUERRILLAS BURNED THREE BUSES IN CORDOBA "
                      "DEPARTMENT.")
    assert event_at(coded, "ASSAULT", "BURNED").asserted_by is None


@pytest.mark.slow
def test_a_place_noun_without_a_known_name_places_nobody(code_text):
    # a department name the gazetteer lacks gives no country: the words stay
    coded = code_text("MILITARY AUTHORITIES REPORTED THAT GUERRILLAS KILLED THREE SOLDIERS "
                      "IN QWERTYVILLE DEPARTMENT.")
    assert event_at(coded, "ASSAULT", "KILLED").asserted_by is None


@pytest.mark.slow
def test_he_after_a_named_person_stays_that_person(code_text):
    # a person named by name is the subject before "he": the person, not the titled body
    # named in an earlier sentence
    coded = code_text("The defence minister of Ecuador arrived on Monday. Colonel Juan "
                      "Ramirez Soto visited the barracks. He said rebels attacked the town.")
    assert event_at(coded, "ASSAULT", "attacked").asserted_by == "PRV.PER.JUAN_RAMIREZ_SOTO"

