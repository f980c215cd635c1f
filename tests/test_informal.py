"""Informal posts: lower-case acronyms, and the parse of lower-case text."""

from __future__ import annotations

import pytest
import spacy

from actorgraph.nlp.actor_ruler import mostly_lower


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rsf shelled el fasher again, saf hit back", True),
        ("US jets hit five kataib hezbollah sites in iraq & syria yesterday", True),
        ("The RSF shelled El Fasher again, the army said.", False),
        ("ANOTHER U.S. CITIZEN WAS KIDNAPPED IN MEDELLIN", False),  # capitals, not lower case
        ("ok", False),  # too few words to say
    ],
)
def test_mostly_lower(text, expected):
    assert mostly_lower(spacy.blank("en")(text)) is expected


def _actors(nlp, text):
    doc = nlp(text)  # held: a span group outliving its doc cannot be read
    return [(s.text, s.id_) for s in doc.spans["actors"]]


@pytest.mark.slow
def test_lower_case_post_matches_acronyms(nlp):
    found = dict(_actors(nlp, "rsf fighters attacked the camp and the saf hit back. uae denies it"))
    assert found == {"rsf": "GRP.RSF", "saf": "SDN.MIL.SAF", "uae": "ARE"}


@pytest.mark.slow
def test_ordinary_words_stay_words_in_lower_case(nlp):
    # "us" is a pronoun in a lower-case post, not the United States
    assert ("us", "USA") not in _actors(nlp, "they told us the rsf attacked the camp")
    assert ("us", "USA") not in _actors(nlp, "let us know")


@pytest.mark.slow
def test_acronyms_in_lower_case_only_in_lower_case_posts(nlp):
    # In a post written with capitals, a lower-case "saf" is no acronym written informally.
    found = _actors(nlp, "The Sudanese Army said on Monday that the saf word was Omdurman.")
    assert all(text != "saf" for text, _ in found)


@pytest.mark.slow
def test_lower_case_thread_codes_who_did_what(code_text):
    coded = code_text("hemedti's rsf shelled the camp at zamzam. the saf hit back with drones")
    assert ("ASSAULT", "GRP.RSF") in {(e.type, e.source) for e in coded.events}


@pytest.mark.slow
def test_a_commemorated_event_is_not_dated_by_the_day_of_writing(code_text):
    coded = code_text("Mourners gathered in Baghdad ahead of the anniversary of Soleimani's "
                      "assassination by the United States.", published="2025-01-02")
    [event] = [e for e in coded.events if e.target == "PER.QASEM_SOLEIMANI"]
    assert event.date != "2025-01-02" and event.date_basis != "published"


@pytest.mark.slow
def test_a_year_naming_the_event_dates_it_and_a_named_treaty_does_not(code_text):
    coded = code_text("The 2013 chemical attack on Ghouta by Syria killed hundreds.")
    assert ("ASSAULT", "2013") in {(e.type, e.date) for e in coded.events}
    coded = code_text("Syria condemned Israel on 9 December, citing the 1974 accord.",
                      published="2024-12-12")
    assert {e.date for e in coded.events} == {"2024-12-09"}


@pytest.mark.slow
def test_dates_carry_from_post_to_post_and_the_sentence_wins(coder):
    from actorgraph.models import Document, Post

    posts = ["20/9: rsf shelled the market in el fasher.",
             "on the 22nd the saf struck rsf positions near the city.",
             "5/10 rsf drones hit the airport. nine days later saf jets bombed nyala."]
    text, spans, at = "\n\n".join(posts), [], 0
    for i, p in enumerate(posts, 1):
        spans.append(Post(i, p, at, at + len(p)))
        at += len(p) + 2
    coded = coder.code(Document(id="thr", text=text, posts=tuple(spans), format="text",
                                published="2024-11-01"))
    dates = {(e.type, e.evidence.post, e.date) for e in coded.events}
    assert ("ASSAULT", 1, "2024-09-20") in dates, dates
    assert ("ASSAULT", 2, "2024-09-22") in dates, dates  # the month of the post before
    assert ("ASSAULT", 3, "2024-10-05") in dates, dates  # day first, as the thread writes
    assert ("ASSAULT", 3, "2024-10-14") in dates, dates  # nine days after 5 October


def test_case_restored_copy_keeps_every_offset():
    from actorgraph.nlp.informal import CaseRestorer, with_text

    nlp = spacy.blank("en")
    text = "rsf shelled the camp. i saw it. then the saf hit back"
    restored = CaseRestorer(nlp).restore(text)
    assert restored == "Rsf shelled the camp. I saw it. Then the saf hit back"
    assert len(restored) == len(text)
    assert CaseRestorer(nlp).restore("The RSF shelled the camp.") is None  # has its capitals
    doc = with_text(nlp(restored), text)
    assert doc.text == text and [t.idx for t in doc] == [t.idx for t in nlp(text)]


@pytest.mark.slow
def test_lower_case_post_is_parsed_with_its_capitals_and_quoted_as_written(code_text):
    coded = code_text("hemedti's rsf shelled the camp. uae denies arming them")
    sources = {(e.type, e.source, e.source_text) for e in coded.events}
    assert ("REJECT", "ARE", "uae") in sources, sources  # "uae" is a subject, not a modifier
    assert all(e.evidence.text.islower() for e in coded.events)


@pytest.mark.slow
def test_a_day_named_in_one_sentence_dates_the_next(code_text):
    coded = code_text("Prigozhin's mutiny yesterday lasted about a day. Then Lukashenko "
                      "brokered a deal with Prigozhin.", published="2023-06-25")
    dates = {(e.type, e.date) for e in coded.events}
    assert ("CONSULT", "2023-06-24") in dates, dates


@pytest.mark.slow
def test_all_capitals_wire_text_is_truecased_with_names_kept(coder):
    restorer = coder.restorer
    text = "OFFICIALS SAID THE FMLN\nAMBUSHED A PATROL NEAR ZACATECOLUCA ON FRIDAY."
    copy = restorer.restore(text)
    assert copy is not None and len(copy) == len(text) and copy[23] == "\n"
    assert copy.startswith("Officials said the FMLN")  # an acronym keeps its capitals
    assert " ambushed a patrol near Zacatecoluca on Friday." in copy.replace("\n", " ")
    assert restorer.restore("Officials said the FMLN ambushed a patrol.") is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [  # initials kept, and no sentence start after an abbreviation's full stop
        ("THREE U.S. ADVISERS WERE WOUNDED NEAR THE BORDER.",
         "Three U.S. advisers were wounded near the border."),
        # months take a capital; short unknown pronounceable words are names, not acronyms
        ("RAUL AND JAIME WERE FREED IN JUNE BY THE ELN.",
         "Raul and Jaime were freed in June by the ELN."),
        # hyphenated words are read part by part; a short word alone in brackets is an acronym
        ("A SELF-STYLED FRONT (FRA) CLAIMED THE ANTI-TANK MINES.",
         "A self-styled front (FRA) claimed the anti-tank mines."),
        # names the word tables hold as nouns keep a capital beside another name word
        ("GUNMEN SHOT JOURNALIST RICARDO SALINAS NEAR HIS HOME.",
         "Gunmen shot journalist Ricardo Salinas near his home."),
        # ... and alone, or where they are a verb's or an adjective's form, stay words
        ("THE YOUNG MAN SAID CARLOS LED THE MARCH.",
         "The young man said carlos led the march."),
    ],
)
def test_truecasing_of_wire_text(coder, text, expected):
    assert coder.restorer.truecase(text) == expected


@pytest.mark.slow
def test_all_capitals_report_codes_like_normal_capitals(code_text):
    upper = "THE SALVADORAN ARMY BOMBED REBEL POSITIONS NEAR SUCHITOTO ON 4 MAY 1989."
    normal = "The Salvadoran army bombed rebel positions near Suchitoto on 4 May 1989."
    as_written = {(e.type, e.source, e.date) for e in code_text(upper).events}
    assert as_written == {(e.type, e.source, e.date) for e in code_text(normal).events}
    assert ("ASSAULT", "SLV.MIL", "1989-05-04") in as_written
    assert all(e.evidence.text == upper for e in code_text(upper).events)  # quoted as written


@pytest.mark.slow
def test_trained_layers_learn_from_the_parse_the_coder_codes(coder):
    # A wire report in capitals is parsed with its capitals put back when it is coded; the
    # event model's training parses it the same way (not the raw capitals, where "BASE" is a
    # proper noun), and keeps the author's own words.
    text = "REBELS BURNED THE CUSTOMS BUILDING NEAR THE BORDER POST ON FRIDAY, POLICE SAID."
    doc = next(coder.parse_texts([text]))
    assert doc.text == text
    building = next(t for t in doc if t.text == "BUILDING")
    assert (building.pos_, building.lemma_) == ("NOUN", "building")
    raw = coder.nlp(text)
    assert [t.pos_ for t in raw] != [t.pos_ for t in doc]


@pytest.mark.slow
def test_a_lower_case_town_after_a_place_verb_or_preposition_takes_a_capital(coder):
    restorer = coder.restorer
    # "goma" and "mosul" are in the word tables as nouns: a town's own name still counts
    copy = restorer.restore("the militia took mosul in june and fighters entered goma")
    assert copy is not None and " took Mosul " in copy and " entered Goma" in copy
    # after a preposition such a word keeps its case ("at ganja" may be the drug);
    # a word English does not know still takes a capital there ("in sumy")
    copy = restorer.restore("they fired at ganja and at sumy")
    assert copy is not None and " at ganja " in copy and " at Sumy" in copy
    # words that are verbs or adjectives too keep their case ("time", "most", "march")
    copy = restorer.restore("the rebels took time to regroup and took most of it in march")
    assert copy is not None and " time " in copy and " most " in copy and " march" in copy


@pytest.mark.slow
def test_a_force_taking_or_rolling_into_a_town_seizes_it(code_text):
    coded = code_text("the m23 rebels took bukavu on sunday. rsf fighters rolled into kherson")
    got = {(e.type, e.mode, e.source) for e in coded.events}
    assert ("COERCE", "confiscate", "GRP.M23") in got, got
    assert ("COERCE", "confiscate", "GRP.RSF") in got, got
    coded = code_text("the delegation entered goma on friday.")  # no force: no seizure
    assert not [e for e in coded.events if e.type == "COERCE"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the cia droned the commander near kandahar last night", ("ASSAULT", "USA.INT.CIA")),
        ("the militia lobbed missiles at the airbase overnight", ("ASSAULT", None)),
        ("the kremlin brushed off the truce plan", ("REJECT", "RUS.GOV.KREMLIN")),
        ("the bombing was pinned on hezbollah within hours", ("ACCUSE", None)),
        ("police picked up two opposition mps at dawn", ("COERCE", None)),
    ],
)
def test_verbs_of_informal_posts(code_text, text, expected):
    got = {(e.type, e.source) for e in code_text(text).events}
    assert expected in got, got


@pytest.mark.slow
def test_picking_up_a_thing_is_no_arrest(code_text):
    assert not code_text("the police picked up the phone and the debris").events


@pytest.mark.slow
def test_a_word_the_tables_know_by_its_ending_is_a_name_only_when_no_verb_or_adjective_reads_it(
        nlp):
    from actorgraph.nlp.informal import _CommonWords

    words = _CommonWords.of(nlp)
    assert words is not None
    # a verb's or an adjective's form, by the tables' endings (not in their index as such)
    assert not words.maybe_name("soared") and not words.maybe_name("bolder")
    # a noun's plural and a surname English spells no verb with ("-es" after an "r")
    assert words.maybe_name("morales") and words.maybe_name("soares")
    assert words.maybe_name("diaz") and not words.maybe_name("said")
