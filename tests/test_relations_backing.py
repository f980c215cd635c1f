"""Backing and standing relations stated around support nouns, means, "as" and passives:
"with funding from X", "with the support of 9th Brigade troops", "a raid by X with the
backing of Y", "X regards Y as a rival", "X is affiliated with Y", a backed body no actor
names, "the same army", "X is seen as Y's proxy", "the suspects were members of a ring",
"receives weapons and wages from X"."""

from __future__ import annotations

import pytest

from tests.test_relations_constructions import found, has


@pytest.mark.slow
@pytest.mark.parametrize("text,rtype,source,target", [
    # the giver of a support noun after "from"
    ("Hamas rebuilt its tunnels with funding from Qatar.", "backs", "Qatar", "Hamas"),
    # the support of a unit's troops: the unit backs whoever acts
    ("Colonel Rafael Ortiz, who leads the operation with the support of 9th Brigade troops, "
     "spoke to reporters.", "backs", "9th Brigade", "Rafael Ortiz"),
    # support hung on a noun: the one whose act it is
    ("A raid by Hezbollah, with the backing of Iran, hit the base.", "backs", "Iran",
     "Hezbollah"),
    # "regards Y as a rival / an ally": the one who regards and the one regarded
    ("Hamas regards Fatah as a rival.", "rival_of", "Hamas", "Fatah"),
    # participles read as passive verbs keep the adjective's preposition
    ("Boko Haram is affiliated with the Islamic State.", "member_of", "Boko Haram",
     "Islamic State"),
    ("Belarus is aligned with Russia.", "allied_with", "Belarus", "Russia"),
    # a backed body no actor names is a group of the post; "elements in" a force are its own
    ("THE SELF-DEFENSE SQUADS, SUPPORTED BY ELEMENTS IN THE NATIONAL POLICE, CONTINUED THE "
     "KILLINGS.", "backs", "NATIONAL POLICE", "SELF-DEFENSE SQUADS"),
    ("Volunteer troops, who were supported by Syrian Air Force jets, retook the hill.",
     "backs", "jets", "Volunteer troops"),
    # "the same army" is the army named before it
    ("Officials praised the Colombian army, the same army that has the backing of "
     "Washington.", "backs", "Washington", "army"),
    # a client noun after "as" of a passive or participle: said of its subject or head
    ("The Houthis are widely seen as Tehran's proxy in Yemen.", "backs", "Tehran", "Houthis"),
    ("Hezbollah, long regarded as Iran's proxy, fired rockets at the border.", "backs",
     "Iran", "Hezbollah"),
    # people described, not named, said to be members of a body: both sides of the post
    ("The two suspects were members of a smuggling ring, police said.", "member_of",
     "suspects", "smuggling ring"),
    ("Police detained five youths who are members of the Mara Salvatrucha gang.",
     "member_of", "youths", "gang"),
    # "from" hung on the first of the things received
    ("The Syrian National Army receives weapons and wages from Turkey.", "backs", "Turkey",
     "Syrian National Army"),
])
def test_backing_and_standing_constructions(code_text, text, rtype, source, target):
    assert has(code_text(text), rtype, source, target), found(code_text(text))


@pytest.mark.slow
def test_the_same_army_keeps_the_actor_named_before(code_text):
    coded = code_text("Officials praised the Colombian army, the same army that has the "
                      "backing of Washington.")
    targets = {r.target for r in coded.relations if r.type == "backs"}
    assert targets == {"COL.MIL"}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The plan advanced with support from the World Bank.",  # a plan is no side
    "The talks, supported by Norway, resumed in Oslo.",  # talks are no body
    "The village received flour from the Red Cross.",  # flour is no aid to a force
    "Ukraine regards the offer as an insult.",  # no ally or rival noun
    "Members of the local militia guarded the road.",  # no member said of anyone
    "COMBINED ARMY AND POLICE TROOPS, SUPPORTED BY HELICOPTER GUNSHIPS, BEGAN THE PURSUIT.",
])
def test_no_backing_or_standing_relation(code_text, text):
    coded = code_text(text)
    assert not [r for r in coded.relations if r.holds and r.type != "leads"], found(coded)


@pytest.mark.slow
def test_a_negated_regard_does_not_hold(code_text):
    coded = code_text("Germany does not regard China as a rival.")
    rivals = {(r.source, r.target, r.holds) for r in coded.relations if r.type == "rival_of"}
    assert rivals == {("DEU", "CHN", False)}


@pytest.mark.slow
@pytest.mark.parametrize("text,rtype,source,target", [
    # an object relative clause whose verb the parse reads as a noun after the name
    ("The Wagner Group, which Moscow funds, guards the mines.", "backs", "Moscow",
     "Wagner Group"),
    ("The militias that Iran arms now patrol the border.", "backs", "Iran", "militias"),
    # arms named by their kind are aid a giving verb hands over
    ("Poland has shipped howitzers and shells to Ukraine.", "backs", "Poland", "Ukraine"),
    # a title said to be a named person with a copula: the name holds it
    ("The regiment's commander is Colonel Tomas Varga.", "leads", "Tomas Varga", "regiment"),
    ("The spokesman of the Red Cross is Pierre Dubois, the agency said.", "member_of",
     "Pierre Dubois", "Red Cross"),
    # "as its rival": the possessive is the one who regards
    ("Vietnam regards China as its main rival at sea.", "rival_of", "Vietnam", "China"),
    # an act backed: the one whose act it is, by its modifier or the clause it is the object of
    ("The campaign that the Tamil Tigers waged for years was financed by Libya.",
     "backs", "Libya", "Tamil Tigers"),
    ("Serbia's offensive, backed by Russian advisers, stalled.", "backs", "Russian", "Serbia"),
])
def test_misread_relatives_arms_by_kind_and_titles_said_of_names(code_text, text, rtype,
                                                                  source, target):
    assert has(code_text(text), rtype, source, target), found(code_text(text))


@pytest.mark.slow
def test_a_noun_after_the_name_is_no_misread_verb(code_text):
    coded = code_text("The group that Iran arms dealers supplied fired rockets at the port.")
    assert not has(coded, "backs", "Iran", "group"), found(coded)


@pytest.mark.slow
def test_the_second_clause_subject_is_no_receiver(code_text):
    coded = code_text("Cuba sent rifles to Nicaragua and Libya shipped mortars to the "
                      "Polisario Front.")
    assert has(coded, "backs", "Cuba", "Nicaragua"), found(coded)
    assert has(coded, "backs", "Libya", "Polisario Front"), found(coded)
    assert not has(coded, "backs", "Cuba", "Libya"), found(coded)
    assert not has(coded, "backs", "Cuba", "Polisario Front"), found(coded)


@pytest.mark.slow
def test_a_title_said_to_be_no_one_names_no_holder(code_text):
    coded = code_text("The regiment's commander is a veteran of the border war.")
    assert not [r for r in coded.relations if r.type == "leads"], found(coded)


@pytest.mark.slow
def test_an_act_of_no_one_named_is_no_backed_side(code_text):
    coded = code_text("The rescue operation was supported by Norwegian helicopters.")
    assert not [r for r in coded.relations if r.type == "backs"], found(coded)
