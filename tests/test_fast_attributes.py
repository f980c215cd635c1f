"""The attribute ruler's look-up matches are the Matcher's, so annotations do not change."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from actorgraph.nlp.fast_attributes import _FastMatch, speed_up

PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBZ"]}, "LOWER": "got"}]], "attrs": {"LEMMA": "get"}},
    {"patterns": [[{"LOWER": "it", "DEP": {"IN": ["dobj", "pobj"]}}]],
     "attrs": {"MORPH": "Case=Acc"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": "aux"}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"TAG": "VBD"}], [{"LOWER": "it"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "PROPN"}},  # a later rule on the same
]


def _doc(nlp) -> Doc:
    words = ["He", "got", "it", "nothin'", "\n", "gon", "na", "do", "it", "news"]
    return Doc(nlp.vocab, words=words,
               spaces=[True, True, True, False, False, False, True, True, True, False],
               tags=["PRP", "VBD", "PRP", "NN", "_SP", "VBG", "TO", "VB", "PRP", "NN"],
               deps=["nsubj", "ROOT", "dobj", "dobj", "dep", "aux", "aux", "xcomp", "dobj",
                     "npadvmod"],
               heads=[1, 1, 1, 1, 1, 7, 7, 1, 7, 1])


def test_same_matches_as_the_matcher() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(PATTERNS)
    doc = _doc(nlp)
    expected = ruler.match(doc)
    assert expected  # the fixture exercises the rules
    assert _FastMatch(ruler)(doc) == expected
    assert speed_up(nlp) and isinstance(ruler.match, _FastMatch)
    annotated = nlp(_doc(nlp))
    assert [t.pos_ for t in annotated][:4] == ["", "VERB", "VERB", "PROPN"]
    assert annotated[3].lemma_ == "nothing" and annotated[6].lemma_ == "to"


def test_no_attribute_ruler() -> None:
    assert not speed_up(spacy.blank("en"))


@pytest.mark.slow
def test_model_annotations_unchanged(nlp) -> None:
    import copy

    text = ("The army said it had got nothin' to do with it. Y'all gonna see: there's a "
            "ceasefire, but the rebels didn't sign it.\n\nIt was signed by   them.")
    ruler = nlp.get_pipe("attribute_ruler")
    plain = copy.copy(ruler)
    plain.match = type(ruler).match.__get__(plain)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(text)
    assert _FastMatch(ruler)(doc) == plain.match(doc)
