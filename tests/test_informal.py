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
