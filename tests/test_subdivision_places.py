"""A country's first-level divisions (ISO 3166-2 provinces, departments, states) are places
of that country (issue 13): "in Sonora" is Mexico, "Usulutan" El Salvador, accents aside.
What the gazetteer already knows wins (a city, a country, a region of places.yaml); a name
two countries' divisions share and a division's name that is an ordinary word give none.
A division noun after a name places an event there ("in Cabanas department")."""

from __future__ import annotations

import pytest

from actorgraph.coding.places import load_gazetteer


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Balochistan", "PAK"),
        ("SONORA", "MEX"),
        ("Chalatenango", "SLV"),
        ("USULUTAN", "SLV"),  # (ISO writes "Usulután")
        ("Usulután", "SLV"),
        ("Anbar", "IRQ"),  # (places.yaml's region, as before)
        ("Helmand", "AFG"),
    ],
)
def test_a_division_gives_its_country(name, country):
    where = load_gazetteer().resolve(name)
    assert where is not None and where.country == country, where


def test_a_division_is_a_main_name_not_an_alternate_spelling():
    assert load_gazetteer().resolve("Khyber Pakhtunkhwa", alternates=False) is not None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Georgia", "GEO"),  # the country, not the US state
        ("Santa Ana", "USA"),  # the most populous city, not El Salvador's department
    ],
)
def test_what_the_gazetteer_knew_wins(name, country):
    where = load_gazetteer().resolve(name)
    assert where is not None and where.country == country, where


def test_a_country_keeps_its_own_record():
    gazetteer = load_gazetteer()
    assert gazetteer.resolve("Georgia") is gazetteer.country("GEO")


@pytest.mark.parametrize("name", ["Punjab", "Amazonas", "Unity", "Lakes", "Meta", "Cesar"])
def test_a_shared_name_or_an_ordinary_word_is_no_division(name):
    assert load_gazetteer().resolve(name) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Soldiers killed two farmers in Cabanas department on Sunday.", "SLV"),
        ("Rebels attacked an army post in Sonora state on Sunday.", "MEX"),
        ("Gunmen kidnapped twelve teachers in the province of Sonora on Monday.", "MEX"),
    ],
)
def test_a_division_noun_places_the_event(code_text, text, country):
    coded = code_text(text)
    places = {e.location.country for e in coded.events if e.location is not None}
    assert places == {country}, places


@pytest.mark.slow
def test_a_division_gives_a_sector_noun_its_country(code_text):
    coded = code_text("Gunmen kidnapped twelve teachers in Sonora on Monday.")
    targets = {e.target for e in coded.events}
    assert "MEX.EDU" in targets, targets


@pytest.mark.slow
def test_a_shared_town_name_after_town_of_is_no_place_abroad(code_text):
    # (Victoria is also Hong Kong's: the biggest namesake abroad is a worse guess than none)
    coded = code_text("Rebels attacked a patrol in the town of Victoria, Cabanas department.")
    places = {e.location.country for e in coded.events if e.location is not None}
    assert places <= {"SLV"}, places


@pytest.mark.parametrize(
    ("name", "country", "town_abroad"),
    [
        ("San Vicente", "SLV", "ARG"),  # (the biggest town of the name is Argentina's)
        ("SANTA ANA", "SLV", "USA"),
    ],
)
def test_a_name_written_as_a_division_is_the_division(name, country, town_abroad):
    gazetteer = load_gazetteer()
    assert gazetteer.resolve(name).country == town_abroad
    where = gazetteer.division(name)
    assert where is not None and where.country == country, where


@pytest.mark.parametrize("name", ["Punjab", "Texas City", "Meta"])
def test_a_shared_name_an_ordinary_word_or_a_town_is_no_division(name):
    assert load_gazetteer().division(name) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the division's noun before its name, and a name whose biggest town is abroad
        ("A MINE WOUNDED THREE SOLDIERS NEAR A BRIDGE IN THE DEPARTMENT OF SAN VICENTE.",
         "SLV.MIL"),
        # the tagger takes the all-caps name for an adjective and the entity reader misses it
        ("REBEL UNITS AMBUSHED AN ARMY CONVOY NEAR A FORD IN CABANAS DEPARTMENT ON MONDAY.",
         "SLV.MIL"),
    ],
)
def test_a_division_written_with_its_noun_gives_a_sector_noun_its_country(
    code_text, text, target
):
    targets = {e.target for e in code_text(text).events}
    assert target in targets, targets
