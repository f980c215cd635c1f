"""Doers in wire reports (issue 13, muc22): a sector noun after an event noun's "by" or as its
possessor, and "the guerrillas" in a report that names one rebel group."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sides(coded, etype):
    return {(e.source, e.target) for e in coded.events if e.type == etype}


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # the doer after "by", a sector noun whose country the sentence gives
        ("A STRIKE BY NURSES IN QUITO, ECUADOR, CLOSED THREE HOSPITALS.", "PROTEST", "ECU"),
        # ... as the agent of the participle that tells the act
        ("THE DEMONSTRATIONS CARRIED OUT BY TEACHERS IN LA PAZ, BOLIVIA, ENDED AT NOON.",
         "PROTEST", "BOL"),
        # ... and as the possessor of the event noun
        ("THE ARMY'S OFFENSIVE IN MORAZAN, EL SALVADOR, ENTERED ITS SECOND WEEK.", "ASSAULT",
         "SLV"),
    ],
)
def test_a_sector_noun_does_the_act_a_noun_names(code_text, text, etype, source):
    coded = code_text(text)
    sources = {s for s, _ in _sides(coded, etype)}
    assert any(s is not None and s.startswith(source + ".") for s in sources), coded.events


@pytest.mark.parametrize(
    "text",
    [
        # a person's title as possessor is the person's act, not the state's sector
        "THE PRESIDENT'S VISIT TO CARACAS, VENEZUELA, WAS POSTPONED.",
        # first person keeps no id
        "OUR FIGHTERS' ATTACK ON THE GARRISON IN CHALATENANGO, EL SALVADOR, LASTED AN HOUR.",
    ],
)
def test_a_title_or_first_person_possessor_gives_no_sector(code_text, text):
    coded = code_text(text)
    assert not any(e.source is not None and e.source[:3] in ("VEN", "SLV")
                   for e in coded.events if e.trigger.upper() in ("VISIT", "ATTACK")), (
        coded.events)


def test_the_guerrillas_are_the_one_group_the_report_names(code_text):
    coded = code_text("THE GUERRILLAS BURNED TWO BUSES ON THE HIGHWAY. THE ARMY SAID THE"
                      " FMLN HAD LOST FIVE MEN.")
    assert any(e.source == "GRP.FMLN" and e.trigger.upper() == "BURNED"
               for e in coded.events), coded.events


@pytest.mark.parametrize(
    "text",
    [
        # no group named: no id
        "THE GUERRILLAS BURNED TWO BUSES ON THE HIGHWAY NEAR THE TOWN.",
        # two groups named: no guess between them
        "THE GUERRILLAS BURNED TWO BUSES; THE ELN AND THE FARC HAVE BOTH THREATENED BUS"
        " OWNERS.",
    ],
)
def test_the_guerrillas_keep_no_id_without_one_named_group(code_text, text):
    coded = code_text(text)
    assert not any(e.source is not None and e.trigger.upper() == "BURNED"
                   for e in coded.events), coded.events


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a government named by its leader is the leader's state's government
        ("THE RANCHERS OFFERED TO NEGOTIATE WITH THE VIRGILIO BARCO VARGAS GOVERNMENT.",
         "COL.GOV"),
        ("THE RANCHERS NEGOTIATED WITH THE GOVERNMENT OF VIRGILIO BARCO FOR A YEAR.", "COL.GOV"),
    ],
)
def test_a_government_named_by_its_leader(code_text, text, state):
    coded = code_text(text)
    assert any(e.target == state for e in coded.events), coded.events


def test_a_leader_alone_stays_the_person(code_text):
    coded = code_text("THE RANCHERS NEGOTIATED WITH VIRGILIO BARCO FOR A YEAR.")
    assert any(e.target == "PER.VIRGILIO_BARCO" for e in coded.events), coded.events


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # the gerund after "by" is done by the subject of the verb it serves, not its object
        # (evsrc28: the act went without a doer)
        ("The harbour police dealt a blow to the smugglers by arresting two boatmen in"
         " Valparaiso, Chile.", "COERCE", "CHL.POL"),
        # a verb of the reported list that the parser hung on the verb of saying shares the
        # reported subject, not the sayer's (evsrc28: the mayor "killed the driver")
        ("The mayor of Tumbes, Peru, said that bandits robbed a bus, killed the driver, and"
         " wounded two passengers.", "ASSAULT", "PER.CRM"),
    ],
)
def test_wire_doers_of_gerunds_and_reported_lists(code_text, text, etype, source):
    coded = code_text(text)
    sources = [e.source for e in coded.events if e.type == etype]
    assert sources and all(s == source for s in sources), coded.events

