"""Companies as sides in business news (wiki26, issue 13): a government, lawmakers or
workers the sentence gives no country, facing a company, are the company's home country's;
a name that renames a description in an apposition ("the carmakers GM and Chrysler")
acts, not the sector the description names. The sentences are made up."""

from __future__ import annotations

import pytest
from helpers import sides_of

pytestmark = pytest.mark.slow


def test_government_loans_to_a_company_are_its_home_state_s(code_text):
    coded = code_text("Since spring, Chrysler has received $6 billion in government loans.")
    assert ("USA.GOV", "COM.CHRYSLER") in sides_of(coded, "AID")


def test_loans_received_from_the_government_are_the_company_s_home_state_s(code_text):
    coded = code_text("Fiat received loans from the government in the autumn.")
    assert ("ITA.GOV", "COM.FIAT") in sides_of(coded, "AID")


def test_a_government_named_with_its_country_keeps_it(code_text):
    coded = code_text("The Canadian government lent Chrysler $2 billion in March.")
    assert ("CAN.GOV", "COM.CHRYSLER") in sides_of(coded, "AID")


def test_names_after_a_description_are_the_sides(code_text):
    coded = code_text("The carmakers GM and Chrysler pleaded with Congress for more loans.")
    assert {("COM.GM", "USA.LEG.CONGRESS"), ("COM.CHRYSLER", "USA.LEG.CONGRESS")} <= (
        sides_of(coded, "REQUEST"))
    assert not any(s == "USA.BUS" for s, _ in sides_of(coded, "REQUEST"))


def test_a_name_after_a_comma_renames_the_description(code_text):
    coded = code_text("The French planemaker, Airbus, won an order from Singapore Airlines.")
    assert ("COM.AIRBUS", "COM.SINGAPORE_AIRLINES") in sides_of(coded, "COOPERATE")


def test_co_subjects_renamed_by_names_are_not_each_other_s_targets(code_text):
    coded = code_text("American carmakers GM and Chrysler seek more help.")
    pairs = sides_of(coded, "REQUEST")
    assert ("COM.GM", "COM.CHRYSLER") not in pairs and ("COM.CHRYSLER", "COM.GM") not in pairs


def test_a_place_name_ending_a_ship_s_name_renames_nothing(code_text):
    coded = code_text("A rebel drone hit the cargo ship Ocean Luanda off the coast on Friday.")
    assert not any(t == "AGO" for _, t in sides_of(coded, "ASSAULT"))
