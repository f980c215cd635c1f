"""Arguments that resolve to the actor the labelled corpus names (issue 13, item 3): people
counted as the object of a verb, a person's forces and followers, the maker of a hyphenated
participle, back-references to an armed group, and the sector of generic nouns."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _triples(coded):
    return {(e.type, e.source, e.target) for e in coded.events}


def _targets(coded, etype):
    return {e.target for e in coded.events if e.type == etype}


def _sources(coded, etype):
    return {e.source for e in coded.events if e.type == etype}


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # a count that is the verb's object is the people acted on, not a number
        ("Sudanese soldiers killed hundreds of civilians in Darfur last week.", "ASSAULT",
         "SDN.CIV"),
        ("Jihadists killed dozens of villagers near Menaka in Mali.", "ASSAULT", "MLI.CIV"),
        # a bare count: the people counted, with the country the sentence gives
        ("Niger's junta detained 40 after the march in Niamey.", "COERCE", "NER.CIV"),
        # protesters and kids are civilians in the corpus's labels
        ("Riot police beat Kenyan protesters outside parliament.", "ASSAULT", "KEN.CIV"),
        # a count of a pronoun's people that would name the attacker names the speaker's
        # (tgt33: "63 of its soldiers")
        ("Russia said a Ukrainian strike had killed 63 of its soldiers near Donetsk.",
         "ASSAULT", "RUS.MIL"),
        ("Kenya's army said a Somali rocket killed 19 of its soldiers at a camp.", "ASSAULT",
         "KEN.MIL"),
    ],
)
def test_people_acted_on(code_text, text, etype, target):
    assert target in _targets(code_text(text), etype), _triples(code_text(text))


def test_a_number_that_counts_no_one_is_still_no_target(code_text):
    found = _triples(code_text("Russia raised its oil exports to India by 5 percent."))
    assert not any(tgt and tgt.endswith(".CIV") for _, _, tgt in found), found


@pytest.mark.parametrize(
    ("text", "published", "etype", "source"),
    [
        # a commander's forces are the armed group he leads
        ("Haftar's forces shelled the airport in Tripoli.", "2019-05-01", "ASSAULT", "GRP.LNA"),
        # a head of state's army is his state's army
        ("Saddam's army invaded Kuwait.", "1990-08-02", "ASSAULT", "IRQ.MIL"),
        # his side, his supporters: the body he acts for on the text's date
        ("Maduro's side promised a fair election.", "2023-10-18", "AGREE", "VEN.GOV"),
    ],
)
def test_a_persons_followers_are_the_body_he_leads(code_text, text, published, etype, source):
    coded = code_text(text, published=published)
    assert source in _sources(coded, etype), _triples(coded)


def test_a_person_without_a_role_keeps_his_own_id(code_text):
    coded = code_text("Christian Malanga's men attacked the presidential palace.",
                      published="2024-05-19")
    sources = _sources(coded, "ASSAULT")
    assert sources and not any(s and s.endswith(".MIL") for s in sources), _triples(coded)


def test_the_maker_of_a_hyphenated_participle_acts(code_text):
    found = _triples(code_text("A Qatar-mediated deal between Israel and Hamas collapsed."))
    assert any(t == "CONSULT" and src == "QAT" for t, src, _ in found), found


def test_the_rebels_refers_back_to_the_group_named_before(code_text):
    coded = code_text("M23 fighters seized Goma on Monday. The rebels demanded direct talks "
                      "with Kinshasa.")
    assert "GRP.M23" in _sources(coded, "REQUEST"), _triples(coded)


def test_the_rebels_without_a_group_before_stay_generic(code_text):
    coded = code_text("In Mali the rebels demanded talks with the junta.")
    assert "GRP.M23" not in _sources(coded, "REQUEST"), _triples(coded)


def test_a_state_missile_is_its_military(code_text):
    coded = code_text("A Russian missile struck a children's hospital in Kyiv on Monday.")
    assert "RUS.MIL" in _sources(coded, "ASSAULT"), _triples(coded)


def test_a_crowd_counted_in_thousands_is_civilians(code_text):
    coded = code_text("Tens of thousands marched through Belgrade to protest the election fraud.")
    assert "SRB.CIV" in {e.source for e in coded.events if e.type == "PROTEST"}, _triples(coded)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Jihadists attacked two police stations in northern Mali.", "MLI.POL"),
        ("Gunmen stormed a gendarmerie school in Burkina Faso.", "BFA.POL"),
    ],
)
def test_a_place_of_the_armed_sector_its_modifier_names(code_text, text, target):
    coded = code_text(text)
    assert target in _targets(coded, "ASSAULT"), _triples(coded)


@pytest.mark.parametrize(
    "text",
    [
        # a court stays the judiciary whatever sector word stands before it (evarg31)
        "A military court in Tbilisi sentenced two former officers to prison on Monday.",
        "A military court in Kutaisi convicted two former officers of desertion.",
    ],
)
def test_a_military_court_is_the_judiciary(code_text, text):
    coded = code_text(text)
    assert _sources(coded, "SANCTION") == {"GEO.JUD"}, _triples(coded)


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # the subject of a coordinated clause continues the topic, not the nearest actor
        ("Iraq used nerve agents against Iranian troops, and in 1988 it attacked a Kurdish town.",
         "ASSAULT", "IRQ"),
        # so does the owner of a subject in the next sentence
        ("Serbia says it wants good relations with Russian investors. Its army nonetheless "
         "shelled villages near the Kosovo border.", "ASSAULT", "SRB.MIL"),
    ],
)
def test_a_subject_pronoun_continues_the_topic(code_text, text, etype, source):
    coded = code_text(text)
    assert source in _sources(coded, etype), _triples(coded)


def test_each_group_a_count_names_is_a_target(code_text):
    coded = code_text("Jihadists killed dozens of soldiers and civilians in northern Mali.")
    assert {"MLI.MIL", "MLI.CIV"} <= _targets(coded, "ASSAULT"), _triples(coded)


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        # a generic group led by a named actor is coded as its leader (its sector, for a state)
        ("US-led forces invaded Iraq in March 2003.", "ASSAULT", "USA.MIL"),
        ("Security forces led by the RSF stormed the sit-in in Khartoum.", "ASSAULT", "GRP.RSF"),
    ],
)
def test_a_group_led_by_an_actor_is_its_leader(code_text, text, etype, source):
    coded = code_text(text)
    assert source in _sources(coded, etype), _triples(coded)


def test_who_is_committed_to_a_chain_of_clauses_acts(code_text):
    coded = code_text("Japan, as a member of the G7, is committed to continuing to provide "
                      "the government of Ukraine with humanitarian support.")
    assert "JPN" in _sources(coded, "AID"), _triples(coded)
