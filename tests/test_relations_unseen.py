"""Relation shapes of real text the rules had not met (the development pools of issue 21),
written in our own words, and the trained fallback for pairs no rule relates."""

from __future__ import annotations

import numpy as np
import pytest

from actorgraph.models import RELATION_TYPES
from actorgraph.nlp.relation_model import RelationModel, load_relation_model


def held(coded) -> list[tuple[str, str, str]]:
    return [(r.type, r.source_text or "", r.target_text or "") for r in coded.relations
            if r.holds]


@pytest.mark.slow
@pytest.mark.parametrize("text, person, org", [
    # the chief of one function is one of the firm's people; the chief executive heads it
    ("Nissan Chief Financial Officer Joseph Peter declined to comment.", "Joseph Peter",
     "Nissan"),
    ("Ray Adams, the chief operating officer of Siemens, declined to comment.", "Ray Adams",
     "Siemens"),
])
def test_a_chief_of_one_function_is_a_member(
        code_text, text, person, org):
    coded = code_text(text)
    got = [(r.type, r.target_text) for r in coded.relations
           if r.holds and r.source_text == person]
    assert got == [("member_of", org)], held(coded)


@pytest.mark.slow
def test_the_chief_executive_officer_still_leads(code_text):
    coded = code_text("Siemens Chief Executive Officer Peter Loescher declined to comment.")
    assert ("leads", "Peter Loescher", "Siemens") in held(coded), held(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text, owner", [
    ("Russia and Iran, Assad's main allies, sent troops.", "Assad"),
    ("Hezbollah and the Houthis, Iran's closest allies, praised the attack.", "Iran"),
])
def test_allies_of_one_owner_are_not_said_to_be_each_others(code_text, text, owner):
    coded = code_text(text)
    pairs = [(r.source_text, r.target_text) for r in coded.relations
             if r.holds and r.type == "allied_with"]
    assert pairs and all(owner in (s, t) for s, t in pairs), held(coded)


def test_the_shipped_relation_model_was_fitted_on_train_with_a_dev_threshold():
    model = load_relation_model()
    assert model is not None
    card = model.card
    assert tuple(card["types"]) == tuple(RELATION_TYPES)
    assert card["data"]["train_items"] > 300 and card["data"]["dev_items"] > 100
    assert "test" not in str(card["data"])
    assert set(card["thresholds"]) == set(RELATION_TYPES)
    # the threshold was chosen on dev without giving up precision
    assert card["dev"]["rules_and_model"]["f1"] >= card["dev"]["rules"]["f1"]
    assert card["dev"]["rules_and_model"]["precision"] >= card["dev"]["rules"]["precision"] - 0.02


def test_the_model_picks_the_likeliest_type_above_its_threshold():
    types = list(RELATION_TYPES)
    weights = np.zeros((3, len(types)))
    weights[1, types.index("leads")] = 3.0
    weights[2, types.index("backs")] = 0.5
    model = RelationModel(["bias", "on=head", "on=arm"], weights,
                          {"types": types, "thresholds": dict.fromkeys(types, 0.9)})
    assert model.best(["bias", "on=head"]) == ("leads", pytest.approx(0.9526, abs=1e-3))
    assert model.best(["bias", "on=arm"]) is None  # 0.62: under the threshold
    assert model.best(["unknown feature"]) is None


@pytest.mark.slow
def test_the_model_speaks_only_where_the_rules_say_nothing(coder, code_text):
    finder = coder.relations
    types = list(RELATION_TYPES)
    saved = finder.model
    # a model that would call every pair of mentions an alliance
    finder.model = RelationModel(["bias"], np.full((1, len(types)), 5.0) * np.eye(
        len(types))[types.index("allied_with")], {"types": types,
                                                   "thresholds": dict.fromkeys(types, 0.5)})
    try:
        coded = code_text("The Iran-backed Houthis and Hamas condemned the strike.")
        # through a verb that is no relation cue ("said") the model stays silent
        reported = code_text("Hamas said the Houthis condemned the strike.")
    finally:
        finder.model = saved
    assert not [r for r in reported.relations if r.method == "model"], held(reported)
    by_pair: dict[frozenset, list[str]] = {}
    for r in coded.relations:
        by_pair.setdefault(frozenset((r.source, r.target)), []).append(r.method)
    rule_pairs = [p for p, methods in by_pair.items() if "model" not in methods]
    assert rule_pairs, held(coded)  # Iran backs the militias: the rules' own
    for methods in by_pair.values():
        # a pair the rules relate gets nothing from the model
        assert methods == ["model"] or "model" not in methods, by_pair
    model_made = [r for r in coded.relations if r.method == "model"]
    assert model_made and all(r.type == "allied_with" and r.confidence <= 0.9
                              for r in model_made), held(coded)


@pytest.mark.slow
def test_the_model_does_not_restate_a_rule_relation_with_a_word_inside_its_sides(code_text):
    # Turkey backs Libya's government (the rules): not Libya itself
    coded = code_text("Libya's government is backed by Turkey and Qatar.")
    assert ("backs", "Turkey", "government") in held(coded), held(coded)
    assert not [r for r in coded.relations if r.target_text == "Libya"], held(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text, person, owner", [
    ("Syria's intelligence chief Ali Mamlouk met Saudi officials.", "Ali Mamlouk", "Syria"),
    ("Iran's army chief General Mohammad Bagheri said the drills would go on.",
     "Mohammad Bagheri", "Iran"),
])
def test_the_chief_of_a_service_of_an_owner_is_one_of_its_people(code_text, text, person, owner):
    coded = code_text(text)
    got = {(r.type, r.target_text) for r in coded.relations
           if r.holds and r.source_text == person}
    assert ("member_of", owner) in got and ("leads", owner) not in got, held(coded)


@pytest.mark.slow
def test_the_owners_own_leader_still_leads(code_text):
    coded = code_text("Hamas's leader Ismail Haniyeh met Turkish officials.")
    assert ("leads", "Ismail Haniyeh", "Hamas") in held(coded), held(coded)


def test_a_piece_of_a_name_cut_in_two_is_within_the_name():
    import spacy
    from spacy.tokens import Doc

    from actorgraph.coding.relation_cues import _restates

    words = ["CARLOS", "PIZARRO", "LEONGOMEZ", "LEADS", "M-19"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 3, 3, 3],
              deps=["compound", "compound", "nsubj", "ROOT", "dobj"])
    ruled = [(doc[1], doc[4])]  # the rules related "CARLOS PIZARRO" and M-19
    assert _restates(doc[2], doc[4], ruled)  # "LEONGOMEZ" and M-19: the same pair
    assert not _restates(doc[3], doc[4], ruled)


@pytest.mark.slow
@pytest.mark.parametrize("text, present, absent", [
    # a passive conjoined to a relative clause shares its subject, the group described
    ("THE ELN, A REBEL GROUP THAT HAS FOUGHT FOR YEARS AND IS LED BY FORMER PRIEST JUAN "
     "MORALES, BLEW UP A PIPELINE.", ("leads", "JUAN MORALES", "ELN"), None),
    # "X, FROM THE Y BRIGADE": one of the brigade's people
    ("MAJOR LUIS ORTEGA, FROM THE 4TH INFANTRY BRIGADE, SAID THAT THE AREA WAS CALM.",
     ("member_of", "LUIS ORTEGA", "4TH INFANTRY BRIGADE"), None),
    # an apposition in quotes the parser read as the clause's subject
    ('THE KILLING CAME HOURS AFTER "THE EXTRADITABLES," THE ARMED WING OF THE MEDELLIN '
     "CARTEL, GUNNED DOWN A JUDGE IN MEDELLIN.",
     ("member_of", "THE EXTRADITABLES", "MEDELLIN CARTEL"),
     ("member_of", "ARMED WING", "MEDELLIN CARTEL")),
    # the body's name with its acronym in brackets before the title's own words
    ("JOSE ANTEQUERA, THE PATRIOTIC UNION (UP) PRESIDENTIAL CANDIDATE, WAS WOUNDED "
     "YESTERDAY.", ("member_of", "JOSE ANTEQUERA", "PATRIOTIC UNION"), None),
    # one membership, not one of "LIBERAL" and another of the party
    ("POLICE SAID THAT LIBERAL SENATOR FEDERICO ESTRADA VELEZ, ONE OF THE MAIN LEADERS OF "
     "THE RULING LIBERAL PARTY, WAS FREED IN CALI ON FRIDAY.",
     ("member_of", "FEDERICO ESTRADA VELEZ", "RULING LIBERAL PARTY"),
     ("member_of", "FEDERICO ESTRADA VELEZ", "LIBERAL")),
    # a calling, and a party's leader of a state, lead no body and no state
    ("THE BOMB KILLED THE WELL-KNOWN UNION LEADER MARIA GOMEZ AND TWO GUARDS.", None,
     ("leads", "MARIA GOMEZ", "UNION")),
    ("COSTA RICAN PRESIDENT OSCAR ARIAS URGED AN INQUIRY INTO THE MURDER OF SALVADORAN "
     "SOCIAL DEMOCRATIC LEADER HECTOR OQUELI.", ("leads", "OSCAR ARIAS", "COSTA RICAN"),
     ("leads", "HECTOR OQUELI", "SALVADORAN")),
    # aid that is only possible is none given
    ("THE SENATOR SAID THAT THE BILL DID NOT INCLUDE POSSIBLE U.S. MILITARY AID TO "
     "COLOMBIA.", None, ("backs", "U.S. MILITARY", "COLOMBIA")),
    # "identified themselves as members of Y": the subject, named or described
    ("THE GUNMEN IDENTIFIED THEMSELVES AS MEMBERS OF THE ELN.",
     ("member_of", "GUNMEN", "ELN"), None),
    ("CARLOS RUIZ IDENTIFIED HIMSELF AS A MEMBER OF THE M-19.",
     ("member_of", "CARLOS RUIZ", "M-19"), None),
    # an unknown acronym with "the", read by the tagger as a place, is a group
    ("THE COURT ORDERED AN INQUIRY INTO THE MURDER OF JUAN ROJAS, SPOKESMAN OF THE MIR.",
     ("member_of", "JUAN ROJAS", "MIR"), None),
    # a university's rector heads it; two portfolios of one minister
    ("FATHER JUAN LOPEZ, RECTOR OF THE CATHOLIC UNIVERSITY, CONDEMNED THE ATTACK.",
     ("leads", "JUAN LOPEZ", "CATHOLIC UNIVERSITY"), None),
    ("BOLIVIAN GOVERNMENT AND JUSTICE MINISTER LUIS ROCHA SPOKE TO THE PRESS TODAY.",
     ("member_of", "LUIS ROCHA", "BOLIVIAN GOVERNMENT"), None),
])
def test_wire_shapes_of_the_even_muc_pool(code_text, text, present, absent):
    got = held(code_text(text))
    if present is not None:
        assert present in got, got
    if absent is not None:
        assert absent not in got, got


@pytest.mark.slow
@pytest.mark.parametrize("text, present, absent", [
    # a participle with its cue's preposition is said of the noun it hangs on, and of the
    # name that noun describes
    ("Kataib Hezbollah, a militia allied with Iran, attacked the base.",
     ("allied_with", "Kataib Hezbollah", "Iran"), None),
    ("The Houthis, a movement aligned with Tehran, fired missiles.",
     ("allied_with", "Houthis", "Tehran"), None),
    # listed sides of an "allied"/"aligned" participle with no object stand to each other
    ("Iran and Russia, now aligned against the West, held a summit.",
     ("allied_with", "Iran", "Russia"), None),
    # who rules a state leads it; "ruled out" is another verb
    ("Assad ruled Syria for decades.", ("leads", "Assad", "Syria"), None),
    ("Iran ruled out talks with Hezbollah.", None, ("leads", "Iran", "Hezbollah")),
    # a state's army named as a person's is his command
    ("Burhan's SAF retook the capital.", ("leads", "Burhan", "SAF"), None),
    # the rest of a list the parser read as an apposition of its first name
    ("Mali, Burkina Faso and Niger, the three members of the Alliance of Sahel States, "
     "met today.", ("member_of", "Niger", "Alliance of Sahel States"), None),
    # a title word inside a group's name is no title
    ("Ivan Mordisco's Estado Mayor Central rejects the deal.", None,
     ("leads", "Estado Mayor Central", "Ivan Mordisco's")),
    # an apposition opened by an adverb, read as the subject
    ("Beijing, long the main patron of the Wa State Army, brokered the deal.",
     ("backs", "Beijing", "Wa State Army"), None),
    # troops deployed in support of a force back it
    ("Rwandan troops, deployed in support of the Mozambican army, hold the road.",
     ("backs", "Rwandan troops", "Mozambican army"), None),
    # a body acting through a titled person
    ("The Colombian government, through Foreign Minister Julio Linares, announced new "
     "measures.", ("member_of", "Julio Linares", "Colombian government"), None),
    ("Hezbollah, through its spokesman, accused Netanyahu, the prime minister, of lying.",
     None, ("member_of", "Netanyahu", "Hezbollah")),
    # an "as" title on an object that is no one is the subject's
    ("Hamas now coordinates attacks as a member of the Axis of Resistance.",
     ("member_of", "Hamas", "Axis of Resistance"), None),
    # a participle with its agent read as a conjunct of the name
    ("Hezbollah, once the largest militant group and led by Hassan Nasrallah, has been "
     "eclipsed.", ("leads", "Hassan Nasrallah", "Hezbollah"), None),
    # who speaks for a body is one of its people
    ("Ali Khan now speaks for Hezbollah.", ("member_of", "Ali Khan", "Hezbollah"), None),
    # a unit the dictionary does not know, named under an armed group, is part of it
    ("THE ELN'S CAMILIST UNION RELEASED THE HOSTAGE.",
     ("member_of", "CAMILIST UNION", "ELN"), None),
])
def test_shapes_of_the_round_29_writer_pool(code_text, text, present, absent):
    got = held(code_text(text))
    if present is not None:
        assert present in got, got
    if absent is not None:
        assert absent not in got, got
