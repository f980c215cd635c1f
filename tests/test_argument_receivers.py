"""Receivers and places of sources and targets (args10, issue 13 point 3): the receiver
under a dative preposition ("gave weapons to the Houthis"), the thing an amount measures
("$10 million in aid to X") and no people counted by a sum of money, and a person's name
after a title that spells a town abroad ("COMMANDER MARTINEZ": Martinez, California) or the
seat of an international body ("the Red Cross": CHE) gives no country to the sides of the
sentence; sector nouns of craft, unions and a country's people."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _triples(coded):
    return {(e.type, e.source, e.target) for e in coded.events}


def _ids(coded):
    return {a for e in coded.events for a in (e.source, e.target) if a}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser marks the "to" of "gave X to Y" as the verb's dative: Y receives
        ("Iran gave weapons to the Houthis.", {("AID", "IRN", "GRP.HOUTHIS")}),
        ("Kenya sent aid to Somalia and Ethiopia.",
         {("AID", "KEN", "SOM"), ("AID", "KEN", "ETH")}),
        ("THE MEXICAN EMBASSY HAS GRANTED DIPLOMATIC ASYLUM TO HONDURAS.",
         {("AID", "MEX.GOV", "HND")}),
        # an amount given: the receiver hangs on the thing it measures
        ("Japan provided $10 million in aid to the Philippines.", {("AID", "JPN", "PHL")}),
        ("The United States will provide nearly $100 million in new assistance to the "
         "Syrian opposition.", {("AID", "USA", "SYR.OPP")}),
    ],
)
def test_the_receiver_under_a_dative_or_an_amount(code_text, text, expected):
    found = _triples(code_text(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Japan provided $10 million in aid to the Philippines.",
        "Qatar sent $20 million to Gaza.",
    ],
)
def test_a_sum_of_money_counts_no_people(code_text, text):
    found = _ids(code_text(text))
    assert not {a for a in found if a.endswith(".CIV")}, found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a name after a person's title is no place, whatever town abroad it spells
        ("COMMANDER MARTINEZ SAID THE ARMY ATTACKED THE VILLAGE.", "USA"),
        ("THE SOLDIERS ATTACKED COMMANDER MARTINEZ IN THE VILLAGE.", "USA"),
        ("Colonel Martinez said the army attacked the village.", "USA"),
        # an international body's seat is no one's country: the ICRC is Swiss, Human
        # Rights Watch American
        ("The army handed over the prisoners to the Red Cross.", "CHE"),
        ("THE REGIME HAS TRIED TO BLAME US FOR THE ATTACK ON A RED CROSS AMBULANCE.", "CHE"),
        ("Human Rights Watch said soldiers executed villagers.", "USA"),
    ],
)
def test_no_country_from_a_titled_name_or_a_seat_abroad(code_text, text, country):
    found = _ids(code_text(text))
    assert not {a for a in found if a.split(".")[0] == country}, found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # places named without a title still give their state
        ("Russian drones hit Odesa overnight.", "UKR"),
        ("The army shelled the town of Sake.", "COD"),
        ("Soldiers attacked civilians in Martinez.", "USA.CIV"),
    ],
)
def test_an_untitled_place_still_names_its_state(code_text, text, target):
    assert target in {e.target for e in code_text(text).events}


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # a state's armed craft acting is its military (ships and vessels stay the state's)
        ("A GUATEMALAN GUNBOAT FIRED AT A BRITISH NAVAL VESSEL.", "ASSAULT", "GTM.MIL"),
        ("Russian helicopters fired rockets at the village.", "ASSAULT", "RUS.MIL"),
        # the unions, peasants and elders of a place are its labour and its civilians
        ("THE UNIONS IN MEDELLIN CALLED A STRIKE.", "PROTEST", "COL.LAB"),
        ("Clan elders in Baidoa met government officials.", "CONSULT", "SOM.CIV"),
    ],
)
def test_sector_nouns_of_craft_unions_and_country_people(code_text, text, etype, source):
    found = {(e.type, e.source) for e in code_text(text).events}
    assert (etype, source) in found, found


def test_a_national_society_still_gives_its_country(code_text):
    coded = code_text("Doctors at al-Thawra hospital handed over medicine and surgical "
                      "supplies to the Yemen Red Crescent on Wednesday.")
    assert ("AID", "YEM.CIV", "NGO.YRCS") in _triples(coded)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a person named only to name a body ("the Bush administration") is no one "him"
        # points back to
        ("THE U.S. EMBASSY CONGRATULATED CRISTIANI TODAY FOR HIS EFFORTS TO CLARIFY THE "
         "ASSASSINATION, AS U.S. CONGRESSMEN AND OFFICIALS OF THE BUSH ADMINISTRATION HAD "
         "ASKED OF HIM.", "PER.ALFREDO_CRISTIANI"),
        ("Rebels attacked Maduro's convoy after the Obama administration warned him.",
         "PER.NICOLAS_MADURO"),
    ],
)
def test_him_is_no_person_who_only_names_a_body(code_text, text, person):
    targets = {e.target for e in code_text(text).events if e.target_text in ("HIM", "him")}
    assert targets == {person}, targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # asylum sought at an embassy asks the embassy's state (tgt13)
        ("The opposition leader sought asylum at the Venezuelan embassy.", "VEN.GOV"),
        ("Ukraine sought military aid from Germany.", "DEU"),
    ],
)
def test_whom_a_request_for_help_asks(code_text, text, expected):
    found = {e.target for e in code_text(text).events if e.type == "REQUEST"}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people killed, not the place named after them or the thing stormed (tgt13)
        ("Gunmen from the ADF killed dozens of villagers at a Catholic church in Ituri.",
         ("GRP.ADF", "COD.CIV")),
        ("Al-Shabaab fighters stormed the Mandera shopping mall in Kenya, killing at least "
         "12 people.", ("GRP.AL_SHABAAB", "KEN.CIV")),
        # a thing a state's sector owns stays the target (the killing is an event apart)
        ("JNIM fighters attacked a gendarmerie school in Mali, killing dozens of people.",
         ("GRP.JNIM", "MLI.POL")),
    ],
)
def test_the_people_an_attack_kills(code_text, text, expected):
    found = {(e.source, e.target) for e in code_text(text).events if e.type == "ASSAULT"}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people a target preposition names are whom the act is toward, not the thing the
        # verb moves or talks of; their country comes from the sentence (tgt24)
        ("THE RED CROSS DELIVERED BLANKETS AND MEDICINE TO THE REFUGEES IN GUATEMALA.",
         ("AID", "GTM.REF")),
        ("The envoy flew to Bolivia to discuss the mining code with government officials.",
         ("CONSULT", "BOL.GOV")),
    ],
)
def test_people_in_a_target_preposition_beat_the_thing_moved(code_text, text, expected):
    found = {(e.type, e.target) for e in code_text(text).events}
    assert expected in found, found


def test_a_thing_stays_the_target_when_no_people_are_named(code_text):
    # "the mining code" is the only object: no person or body to prefer over it
    found = {(e.type, e.target) for e in code_text(
        "The envoy flew to Bolivia to discuss the mining code.").events}
    assert ("CONSULT", "BOL.GOV") not in found, found
