"""Relations read where the parse or the tagger hid a side (issue 21, round thirteen): a
person's possessive before a body only a person leads, a body named after a person's "of",
a name after a rank read as common nouns, a surname the tagger took for a place, one head
after a list of names, a body the parse hung on the title, people a state or a force
sends, a group called by a name read as a person's, a party's candidate, and arms
sold. Sentences made up for the tests."""

from __future__ import annotations

import pytest

from tests.test_relations_names import held


@pytest.mark.slow
@pytest.mark.parametrize("text, person, body", [
    ("PEDRAZA'S GANG HAS LOST MANY MEN SINCE THE OFFENSIVE BEGAN.", "PEDRAZA", "GANG"),
    # a sentence with no other cue word is parsed for the possessive
    ("WE DISAGREE WITH ORTIZ'S GOVERNMENT ON THIS POINT.", "ORTIZ", "ORTIZ'S GOVERNMENT"),
    ("The Cuban government of Fidel Castro rejected the proposal.", "Fidel Castro",
     "Cuban government"),
])
def test_a_person_leads_the_body_named_as_his(code_text, text, person, body):
    got = held(code_text(text))
    assert ("leads", person, body) in got, got


@pytest.mark.slow
def test_a_rank_opens_a_name_read_as_common_nouns(code_text):
    got = held(code_text("COLONEL ALEJANDRO FUENTES, DEPUTY DIRECTOR OF THE SALVADORAN "
                         "NATIONAL POLICE, SAID THAT THE PROBLEM COULD BE SOLVED."))
    assert ("member_of", "ALEJANDRO FUENTES", "POLICE") in got, got


@pytest.mark.slow
def test_a_surname_read_as_a_place_after_a_given_name_is_a_person(code_text):
    got = held(code_text("THE MEETING WAS ATTENDED BY RICARDO ZAMORA, LEADER OF THE "
                         "PATRIOTIC UNION."))
    assert ("leads", "RICARDO ZAMORA", "PATRIOTIC UNION") in got, got


@pytest.mark.slow
def test_one_head_after_two_names_is_the_last_named(code_text):
    got = held(code_text("ALBERTO MENCIA AND RUBEN OSPINA, THE HEAD OF THE MINERS "
                         "FEDERATION, WERE ARRESTED."))
    assert ("leads", "RUBEN OSPINA", "MINERS FEDERATION") in got, got
    assert not any(source == "ALBERTO MENCIA" for _, source, _ in got), got


@pytest.mark.slow
def test_a_body_the_parse_hung_on_the_title_is_led_too(code_text):
    got = held(code_text("JAIME ROJO, LEADER OF THE POPULAR FRONT AND THE COMMUNIST PARTY "
                         "OF PERU, DISCUSSES THESE TOPICS."))
    assert ("leads", "JAIME ROJO", "POPULAR FRONT") in got, got
    assert ("leads", "JAIME ROJO", "COMMUNIST PARTY") in got, got


@pytest.mark.slow
@pytest.mark.parametrize("text, backer, backed", [
    ("The brigades were trained by Cuban instructors.", "Cuban", "brigades"),
    ("Russia sold missiles to the Houthis last year.", "Russia", "Houthis"),
    # the name a group is called by, though the tagger read it as a person's
    ("TRANSCOR IS FINANCED BY A FRONT GROUP CALLED\nALDERETE, WHICH HAS NO LEGAL STATUS.",
     "ALDERETE", "TRANSCOR"),
])
def test_arms_sold_and_instructors_sent_back_the_receiver(code_text, text, backer, backed):
    got = held(code_text(text))
    assert ("backs", backer, backed) in got, got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "JORGE PAREDES, PRESIDENTIAL CANDIDATE OF THE NATIONAL PARTY, SPOKE IN THE CAPITAL.",
    "THE NATIONAL PARTY CANDIDATE JORGE PAREDES SPOKE IN THE CAPITAL.",
])
def test_a_partys_candidate_is_one_of_its_people(code_text, text):
    got = held(code_text(text))
    assert ("member_of", "JORGE PAREDES", "NATIONAL PARTY") in got, got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Iranian officials met the Iraqi delegation in Baghdad.",
    "The rally was held in Valencia's main square.",
])
def test_no_relation_without_a_cue(code_text, text):
    assert held(code_text(text)) == []
