"""Two sides named by "between" (few25, issue 13): "a war between X and Y" is each side's act
on the other, whatever the noun, as "talks between X and Y" is in docs/LABELLING.md; a
passive outcome verb ("were wounded in a firefight between X and Y") tells the toll of that
fight and adds no event of its own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sides(coded, etype):
    return {(e.source, e.target) for e in coded.events if e.type == etype}


def test_a_war_between_two_states_is_each_ones_act_on_the_other(code_text):
    coded = code_text("The war between Ethiopia and Eritrea killed tens of thousands of "
                      "soldiers.")
    assert {("ETH", "ERI"), ("ERI", "ETH")} <= _sides(coded, "ASSAULT")


def test_hostilities_between_two_states_go_both_ways(code_text):
    coded = code_text("Hostilities between Azerbaijan and Armenia flared again in the "
                      "mountains.")
    assert _sides(coded, "ASSAULT") == {("AZE", "ARM"), ("ARM", "AZE")}


def test_a_toll_of_a_fight_between_two_sides_is_the_fight_alone(code_text):
    coded = code_text("Two soldiers were wounded in a firefight between the army and Tuareg "
                      "rebels near Menaka.")
    triggers = [e.trigger.lower() for e in coded.events if e.type == "ASSAULT"]
    assert triggers == ["firefight", "firefight"]


def test_a_toll_of_an_attack_by_one_side_keeps_its_verb(code_text):
    coded = code_text("Three villagers were killed in an ambush by the rebels.")
    assert [e.trigger.lower() for e in coded.events if e.type == "ASSAULT"] == ["killed"]
