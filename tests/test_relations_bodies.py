"""Relation shapes of issue 21 met in the development pools of round twelve, written in our
own words: a body named only by a plain noun and headed by someone ("a delegation headed by
X"), a title standing as the agent with the name hung on it, a surname alone after a rank,
and a surname the tagger took for a common noun before "in" or "and"."""

from __future__ import annotations

import pytest


def held(coded) -> list[tuple[str, str, str]]:
    return [(r.type, " ".join((r.source_text or "").split()),
             " ".join((r.target_text or "").split())) for r in coded.relations if r.holds]


@pytest.mark.slow
@pytest.mark.parametrize("text, person, body", [
    ("A delegation headed by Karim Haddad arrived in Amman on Monday.", "Karim Haddad",
     "delegation"),
    ("The team, led by Maria Lopes, reached the border town.", "Maria Lopes", "team"),
    ("THE INVESTIGATING COMMISSION IS HEADED BY JUDGE PEDRO ALVARADO.", "PEDRO ALVARADO",
     "COMMISSION"),
    ("A HIT SQUAD HEADED BY COLONEL RAMIRO SOLIS ATTACKED THE VILLAGE.", "RAMIRO SOLIS",
     "SQUAD"),
])
def test_a_plain_body_headed_by_a_person_is_led_by_them(code_text, text, person, body):
    got = [(t, s, o) for t, s, o in held(code_text(text)) if t == "leads"]
    assert any(person in s and body in o for _, s, o in got), got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The increases were led by sales of two new models.",
    "THIS LIST IS HEADED BY COMMANDER DIMAS ROLDAN.",
    "A MESSAGE FROM THE FRENTE AMPLIO (THE BROAD FRONT, AN ORGANIZATION HEADED BY JOSE"
    " RIVAS) WAS READ.",
])
def test_what_is_no_body_or_describes_a_name_gets_no_plain_body(code_text, text):
    got = held(code_text(text))
    assert not [r for r in got if r[0] == "leads" and r[2].casefold() in (
        "increases", "list", "organization")], got


@pytest.mark.slow
def test_a_title_as_the_agent_gives_the_name_hung_on_it(code_text):
    coded = code_text("THE ADVANCE TEAM, HEADED BY ASSISTANT SECRETARY OF STATE ROBERT\n"
                      "MARTINEZ, HAS BEEN SENT TO QUITO TO PREPARE THE VISIT.")
    got = [(t, s, o) for t, s, o in held(coded) if t == "leads"]
    assert got and all("MARTINEZ" in s for _, s, _ in got), got


@pytest.mark.slow
def test_a_title_as_the_agent_is_no_side_itself(code_text):
    coded = code_text("THE ADVANCE TEAM, HEADED BY ASSISTANT SECRETARY OF STATE LEWIS\n"
                      "HOLBROOK, HAS BEEN SENT TO QUITO TO PREPARE THE VISIT.")
    assert not [r for r in held(coded) if "SECRETARY" in r[1]], held(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text, person, body", [
    ("UNTIL MARCH, COL RIVERA WAS THE COMMANDER OF THE NAVAL ACADEMY.", "RIVERA",
     "NAVAL ACADEMY"),
    ("THE OPERATION WAS CARRIED OUT BY 4TH BRIGADE TROOPS COMMANDED BY GENERAL ANTONIO"
     " ROCA PERILLO IN THE NORTHERN AREAS.", "ROCA PERILLO", "TROOPS"),
])
def test_a_surname_the_tagger_took_for_a_noun_is_still_a_person(code_text, text, person,
                                                                 body):
    got = [(t, s, o) for t, s, o in held(code_text(text)) if t == "leads"]
    assert any(person in s and body in o for _, s, o in got), got


@pytest.mark.slow
def test_a_rank_before_a_body_word_names_no_person(code_text):
    coded = code_text("THE GENERAL STAFF WAS LED BY THE DEFENSE MINISTER.")
    assert not [r for r in held(coded) if r[1] == "STAFF"], held(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a person's body read by the possessive first, a side of the words before it
    ("THE MILITIA WAS, WITH THE LOGISTICAL SUPPORT OF ORTEGA'S GOVERNMENT, PREPARING AN "
     "ATTACK ON THE CAPITAL.", [("leads", "ORTEGA", "ORTEGA'S GOVERNMENT"),
                                ("backs", "ORTEGA'S GOVERNMENT", "MILITIA")]),
    # a plural title after two names, hung by the parser on the verb, said of both
    ("THE MASSACRE HAD BEEN ORDERED BY CARLOS MEJIA AND JUAN DUQUE, HEADS OF THE DEATH "
     "SQUADS.", [("leads", "CARLOS MEJIA", "DEATH SQUADS"),
                 ("leads", "JUAN DUQUE", "DEATH SQUADS")]),
])
def test_sides_the_parse_leaves_apart(code_text, text, expected):
    got = held(code_text(text))
    assert all(e in got for e in expected), got


@pytest.mark.slow
def test_a_plural_title_after_bodies_makes_no_leader(code_text):
    got = held(code_text("THE KILLING WAS CONDEMNED BY THE ARMY AND THE POLICE, HEADS OF THE "
                         "SECURITY FORCES."))
    assert not [r for r in got if r[0] == "leads"], got
