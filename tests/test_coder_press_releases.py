"""Phrasings of government and military press releases (re3d22, issue 13): a strike
summary's list of verbs is one attack, an "-ing" word that names a thing's use is no act,
and a feeling told in the passive ("I am appalled by the attack") is disapproval of the act."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _types(coded, etype):
    return [e for e in coded.events if e.type == etype]


def test_a_strike_summary_with_a_list_of_verbs_is_one_attack(code_text):
    coded = code_text("Near Gao, six strikes hit three militant units; destroyed a truck, two "
                      "depots and a mortar; damaged four roads; and suppressed two mortar teams.")
    assert len(_types(coded, "ASSAULT")) == 1
    assert not _types(coded, "COERCE")  # the suppressed teams are part of the strikes


def test_suppressing_an_armed_unit_is_an_attack_and_a_protest_is_not(code_text):
    fire = code_text("Dutch helicopters suppressed enemy fire near the bridge on Friday.")
    assert [e.type for e in fire.events] == ["ASSAULT"]
    protest = code_text("The police suppressed the dockers' protest in the harbour.")
    assert _types(protest, "COERCE") and not _types(protest, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Near Kandahar, three strikes engaged a Taliban unit and destroyed a fighting position "
    "and a bunker.",
    "The envoy will keep working for a ceasefire and a return to the negotiating table.",
])
def test_an_ing_word_naming_a_use_is_no_act(code_text, text):
    words = {e.trigger.lower() for e in code_text(text).events if e.trigger}
    assert not words & {"fighting", "negotiating"}


def test_fighting_as_its_own_act_is_still_coded(code_text):
    coded = code_text("Rebels were fighting government troops near the airport on Monday.")
    assert _types(coded, "ASSAULT")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Finnish foreign minister said he was appalled by the shelling of the port by "
     "Russian forces.", None, "RUS.MIL"),
    ("Norway is shocked by the killing of two aid workers by the militia.", "NOR", None),
    ("We are concerned by reports of ceasefire violations in the south, Canada said.", None,
     None),
])
def test_a_feeling_in_the_passive_at_an_act_is_disapproval(code_text, text, source, target):
    accusations = _types(code_text(text), "ACCUSE")
    assert accusations and accusations[0].mode == "disapprove"
    if source is not None:
        assert accusations[0].source == source
    if target is not None:
        assert accusations[0].target == target


def test_a_feeling_in_the_passive_keeps_the_act_it_reacts_to(code_text):
    coded = code_text("Sweden is appalled by the bombing of a school in the north.")
    assert _types(coded, "ACCUSE") and _types(coded, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The mission said it was alarmed by the humanitarian situation in the camps.",
    "The result shocked the ruling party.",
    "Farmers were concerned about the price of seed this year.",
])
def test_a_feeling_at_no_act_is_no_accusation(code_text, text):
    assert not _types(code_text(text), "ACCUSE")


@pytest.mark.parametrize(("text", "source"), [
    ("The army used barrel bombs on the town.", None),
    ("Inspectors confirmed the use of chemical weapons by the regime near the river.", None),
])
def test_using_arms_of_mass_harm_is_an_attack(code_text, text, source):
    attacks = _types(code_text(text), "ASSAULT")
    assert attacks and attacks[0].mode == "unconventional"


def test_using_other_things_is_no_attack(code_text):
    coded = code_text("The engineers used a new method to trace the missing recorder.")
    assert not _types(coded, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The ministry announced the death of a sailor who was supporting Operation Sea Shield.",
    "The engineers were clearing mines near the port in support of Operation Sea Shield.",
])
def test_backing_an_operation_one_serves_in_is_no_aid(code_text, text):
    coded = code_text(text)
    assert not _types(coded, "AID") and not _types(coded, "SUPPORT")


def test_backing_a_party_is_still_aid(code_text):
    coded = code_text("Danish advisers are supporting the Iraqi army near Mosul.")
    assert _types(coded, "AID")
