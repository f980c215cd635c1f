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
@pytest.mark.parametrize("text, expected", [
    ("PEDRAZA'S GANG HAS LOST MANY MEN SINCE THE OFFENSIVE BEGAN.",
     [("leads", "PEDRAZA", "GANG")]),
    # an acronym no actor names after "the", read by the tagger as a place
    ("Omar Salim, the ZLF's chief negotiator, met the envoys in Doha.",
     [("member_of", "Omar Salim", "ZLF")]),
    ("The Night Hawks, the ZLF's armed wing, claimed the attack.",
     [("member_of", "Night Hawks", "ZLF")]),
    # a group the dictionary does not know, named as a person's
    ("Omar Salim's FNRQ lost the vote.", [("leads", "Omar Salim's", "FNRQ")]),
    # a sentence with no other cue word is parsed for the possessive
    ("WE DISAGREE WITH ORTIZ'S GOVERNMENT ON THIS POINT.",
     [("leads", "ORTIZ", "ORTIZ'S GOVERNMENT")]),
    ("The Cuban government of Fidel Castro rejected the proposal.",
     [("leads", "Fidel Castro", "Cuban government")]),
    # a rank before a name the tagger read as common nouns
    ("COLONEL ALEJANDRO FUENTES, DEPUTY DIRECTOR OF THE SALVADORAN NATIONAL POLICE, SAID "
     "THAT THE PROBLEM COULD BE SOLVED.", [("member_of", "ALEJANDRO FUENTES", "POLICE")]),
    # a surname the tagger read as a place, after a given name
    ("THE MEETING WAS ATTENDED BY RICARDO ZAMORA, LEADER OF THE PATRIOTIC UNION.",
     [("leads", "RICARDO ZAMORA", "PATRIOTIC UNION")]),
    # a body the parse hung on the title rather than on its "of"
    ("JAIME ROJO, LEADER OF THE POPULAR FRONT AND THE COMMUNIST PARTY OF PERU, DISCUSSES "
     "THESE TOPICS.", [("leads", "JAIME ROJO", "POPULAR FRONT"),
                       ("leads", "JAIME ROJO", "COMMUNIST PARTY")]),
    ("JORGE PAREDES, PRESIDENTIAL CANDIDATE OF THE NATIONAL PARTY, SPOKE IN THE CAPITAL.",
     [("member_of", "JORGE PAREDES", "NATIONAL PARTY")]),
    ("THE NATIONAL PARTY CANDIDATE JORGE PAREDES SPOKE IN THE CAPITAL.",
     [("member_of", "JORGE PAREDES", "NATIONAL PARTY")]),
    # (src20: "Cuban instructors" is one mention, Cuba's military, as "Cuban troops")
    ("The brigades were trained by Cuban instructors.",
     [("backs", "Cuban instructors", "brigades")]),
    ("Russia sold missiles to the Houthis last year.", [("backs", "Russia", "Houthis")]),
    # the name a group is called by, though the tagger read it as a person's
    ("TRANSCOR IS FINANCED BY A FRONT GROUP CALLED\nALDERETE, WHICH HAS NO LEGAL STATUS.",
     [("backs", "ALDERETE", "TRANSCOR")]),
])
def test_the_relation_is_read(code_text, text, expected):
    got = held(code_text(text))
    assert all(relation in got for relation in expected), got


@pytest.mark.slow
def test_one_head_after_two_names_is_the_last_named(code_text):
    got = held(code_text("ALBERTO MENCIA AND RUBEN OSPINA, THE HEAD OF THE MINERS "
                         "FEDERATION, WERE ARRESTED."))
    assert ("leads", "RUBEN OSPINA", "MINERS FEDERATION") in got, got
    assert not any(source == "ALBERTO MENCIA" for _, source, _ in got), got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Iranian officials met the Iraqi delegation in Baghdad.",
    "The rally was held in Valencia's main square.",
])
def test_no_relation_without_a_cue(code_text, text):
    assert held(code_text(text)) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # the head of one function in a body the possessive names is one of its people (issue 21)
    ("The air force's chief of operations, General Petra Lund, said the drills would go on.",
     ("member_of", "Petra Lund", "air force")),
    ("The commission's deputy director, Hugo Marsh, resigned on Monday.",
     ("member_of", "Hugo Marsh", "commission")),
    # a named owner, the name after the function phrase hung elsewhere by the parse
    ("NATO's chief of staff General Otto Brandt said that the exercise was a success.",
     ("member_of", "Otto Brandt", "NATO")),
    # the same for a body before the title
    ("Peter Holm, the Danish embassy chief of security, denied the report.",
     ("member_of", "Peter Holm", "Danish embassy")),
])
def test_a_possessor_body_of_a_function_title_has_the_holder_as_member(code_text, text,
                                                                       expected):
    got = held(code_text(text))
    assert expected in got, got
    assert not any(r[0] == "leads" for r in got), got


@pytest.mark.slow
def test_the_name_after_a_title_with_its_own_phrase_is_the_leader(code_text):
    # the parse hung the "for" phrase on the verb and the name on the main clause
    got = held(code_text("A DUTCH DELEGATION HEADED BY UNDERSECRETARY FOR\nTRADE AFFAIRS "
                         "PIETER DE VRIES ATTENDED THE FUNERAL OF THE PRIESTS."))
    assert ("leads", "PIETER DE VRIES", "DUTCH DELEGATION") in got, got
