"""Sides the actor ruler does not mark (issue 21, round 7): a body named in plain words
after a title's "of", and the noun phrases the trained model reads besides the mentions."""

from __future__ import annotations

import numpy as np
import pytest

from actorgraph.models import RELATION_TYPES
from actorgraph.nlp.relation_model import RelationModel


def held(coded) -> list[tuple[str, str, str]]:
    return [(r.type, r.source_text or "", r.target_text or "") for r in coded.relations
            if r.holds]


@pytest.mark.slow
@pytest.mark.parametrize("text, rtype, person, body", [
    ("Juan Perez, the leader of the band, was arrested.", "leads", "Juan Perez", "band"),
    ("JUAN PEREZ, THE LEADER OF THE BAND, WAS ARRESTED.", "leads", "JUAN PEREZ", "BAND"),
    ("Maria Soto, a member of the neighbourhood committee, was wounded.", "member_of",
     "Maria Soto", "neighbourhood committee"),
    ("The police arrested Pedro Diaz, the head of the smuggling ring.", "leads",
     "Pedro Diaz", "smuggling ring"),
])
def test_a_body_named_in_plain_words_after_a_title(code_text, text, rtype, person, body):
    coded = code_text(text)
    got = [(r.type, r.target_text) for r in coded.relations
           if r.holds and r.source_text == person]
    assert (rtype, body) in got, held(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    # what follows is an act, a portfolio or no body: nothing to lead or belong to
    ("Juan Perez, the leader of the attack, was arrested.", "attack"),
    ("Tony Clement, Canada's Minister of Industry, spoke.", "Industry"),
    ("Ana Ruiz, the head of the investigation, spoke.", "investigation"),
    ("The ministers met as part of the restructuring of the cabinet.", "restructuring"),
])
def test_no_body_after_a_title(code_text, text, word):
    coded = code_text(text)
    assert not [r for r in coded.relations if word in (r.target_text or "")], held(coded)


@pytest.mark.slow
def test_the_model_reads_noun_phrases_as_sides_only_when_trained_with_them(coder, code_text):
    finder = coder.relations
    types = list(RELATION_TYPES)
    saved = finder.model
    weights = np.zeros((2, len(types)))
    # a model that calls every pair with a plain-words group on its target side a membership
    weights[1, types.index("member_of")] = 5.0
    vocabulary = ["bias", "kb=np_group"]
    text = "Carlos Mena is in the neighbourhood militia now."
    try:
        finder.model = RelationModel(vocabulary, weights, {
            "types": types, "thresholds": dict.fromkeys(types, 0.5), "phrases": True})
        with_phrases = code_text(text)
        finder.model = RelationModel(vocabulary, weights, {
            "types": types, "thresholds": dict.fromkeys(types, 0.5)})
        without = code_text(text)
    finally:
        finder.model = saved
    made = [(r.type, r.source_text, r.target_text) for r in with_phrases.relations
            if r.method == "model"]
    assert ("member_of", "Carlos Mena", "neighbourhood militia") in made, held(with_phrases)
    assert not [r for r in without.relations if r.method == "model"], held(without)


@pytest.mark.slow
@pytest.mark.parametrize("text, person, party", [
    ("Liberal Senator Luis Giraldo received the letter.", "Luis Giraldo", "Liberal"),
    ("Republican Senator John Smith said the bill would pass.", "John Smith", "Republican"),
    ("Danilo Barillas, Christian Democratic leader and former ambassador to Spain, was shot.",
     "Danilo Barillas", "Christian Democratic"),
    ("FORMER CONSERVATIVE PRESIDENTS ANDRES PASTRANA AND BELISARIO BETANCUR MET TODAY.",
     "BELISARIO BETANCUR", "CONSERVATIVE"),
])
def test_a_party_adjective_on_a_title_makes_a_member(code_text, text, person, party):
    coded = code_text(text)
    assert ("member_of", person, party) in held(coded), held(coded)


@pytest.mark.slow
def test_the_party_itself_is_no_member(code_text):
    coded = code_text("The Liberal Party and Democratic voters chose Smith as leader.")
    assert not [r for r in coded.relations if r.type == "member_of"], held(coded)


@pytest.mark.slow
def test_a_body_composed_of_its_members(code_text):
    coded = code_text("THE GROUP OF NOTABLES IS COMPOSED OF ALFONSO LOPEZ AND DIEGO MONTANA.")
    got = {(r.type, r.source_text) for r in coded.relations if r.holds}
    assert {("member_of", "ALFONSO LOPEZ"), ("member_of", "DIEGO MONTANA")} <= got, held(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("FMLN guerrilla Juan Perez was killed yesterday.", {("member_of", "Juan Perez", "FMLN")}),
    ("M-19 GUERRILLAS JAIRO MOTTA AND LUZ GARCIA WERE KILLED.",
     {("member_of", "JAIRO MOTTA", "M-19"), ("member_of", "LUZ GARCIA", "M-19")}),
])
def test_a_groups_guerrillas_named_after_it_are_its_members(code_text, text, expected):
    coded = code_text(text)
    assert expected <= set(held(coded)), held(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text, person, body", [
    ("SUBWAY CHAIRMAN JOSE BARBERO REPORTS THAT SERVICES HAVE IMPROVED.", "JOSE BARBERO",
     "SUBWAY"),
    ("THE RESIGNATIONS WERE DELIVERED TO CABINET CHIEF CARLOS CACERES.", "CARLOS CACERES",
     "CABINET"),
    ("RAFAEL PARDO, THE NATIONAL REHABILITATION PLAN DIRECTOR, SPOKE.", "RAFAEL PARDO",
     "NATIONAL REHABILITATION PLAN"),
])
def test_the_words_before_a_heads_title_name_the_body(code_text, text, person, body):
    coded = code_text(text)
    assert ("leads", person, body) in held(coded), held(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Finance director John Smith resigned.",
    "Press chief Ana Ruiz said two died.",
    "Albert Connelly, an artillery crew chief in Abel Battery, spoke.",
])
def test_a_function_before_a_title_is_no_body(code_text, text):
    coded = code_text(text)
    assert not [r for r in coded.relations if r.type == "leads"], held(coded)


@pytest.mark.slow
def test_a_pronoun_with_no_one_before_it_is_a_side_of_its_post(code_text):
    coded = code_text("HE WAS THE LEADER OF THE LIBERAL PARTY.")
    found = [r for r in coded.relations if r.type == "leads"]
    assert [(r.source_text, r.target_text) for r in found] == [("HE", "LIBERAL PARTY")]
    assert "_UNRESOLVED_OF_" in (found[0].source or "")
    assert coded.actors[found[0].source].name == 'someone the post calls "HE"'
    # a pronoun the reader resolves stays the actor it names
    named = code_text("Juan Perez founded the Patriotic Front and he leads it.")
    assert not [r for r in named.relations if "_UNRESOLVED_" in (r.source or "")], held(named)


@pytest.mark.slow
@pytest.mark.parametrize("text, person, body", [
    ("PEDRO SOLIS, ANOTHER MNR LEADER, WAS KILLED ON 3 MAY.", "PEDRO SOLIS", "MNR"),
    ("LUIS SOTO, A FORMER DIRECTOR OF THE CENTRAL BANK, WAS KIDNAPPED.", "LUIS SOTO",
     "CENTRAL BANK"),
])
def test_another_leader_or_a_director_is_one_of_several(code_text, text, person, body):
    coded = code_text(text)
    got = {(r.type, r.target_text) for r in coded.relations if r.source_text == person}
    assert ("member_of", body) in got and not any(t == "leads" for t, _ in got), held(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("JOSE RODRIGUEZ, THE MEXICAN, AND MILITARY CHIEF OF THE MEDELLIN CARTEL, DIED.",
     ("member_of", "JOSE RODRIGUEZ", "MEDELLIN CARTEL")),
    ("HE WAS A SUPREME COURT MAGISTRATE, PARLIAMENTARIAN, AND THE LEADER OF THE LIBERAL PARTY.",
     ("leads", "HE", "LIBERAL PARTY")),
])
def test_a_title_listed_after_other_nouns_is_said_of_the_same_one(code_text, text, expected):
    coded = code_text(text)
    assert expected in held(coded), held(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("BUSTILLO RESIGNS AS THE AIR FORCE CHIEF.", ("leads", "BUSTILLO", "AIR FORCE")),
    ("Juan Perez served as police chief until 1989.", ("leads", "Juan Perez", "police")),
    ("I WAS 4TH INFANTRY BRIGADE COMMANDER IN CABANAS.", ("leads", "I", "4TH INFANTRY BRIGADE")),
])
def test_a_title_said_of_its_holder(code_text, text, expected):
    coded = code_text(text)
    assert expected in [(r.type, r.source_text, r.target_text) for r in coded.relations
                        if r.method == "title"], held(coded)
