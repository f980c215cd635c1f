"""The attribute ruler's look-up matches are the Matcher's, so annotations do not change."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from actorgraph.nlp.fast_attributes import _FastMatch, _FastRuler, speed_up

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


_COLUMNS = ["POS", "TAG", "MORPH", "LEMMA", "DEP", "HEAD", "NORM"]


def _annotations(doc: Doc) -> list:
    return [doc.to_array(_COLUMNS).tolist(), [str(t.morph) for t in doc],
            [t.lemma_ for t in doc], [t.pos_ for t in doc]]


def test_set_as_spacy_sets_them() -> None:
    # each rule of the fixture (one token and several, an index of 1, a later rule over an
    # earlier one on the same token, a regular expression, a space) set as spaCy sets it
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([*PATTERNS, {"patterns": [[{"LOWER": "it"}]],
                                    "attrs": {"MORPH": "Case=Nom|Number=Sing"}}])
    expected = _annotations(nlp(_doc(nlp)))
    assert speed_up(nlp) and type(ruler) is _FastRuler
    assert ruler.match.sets is not None and ruler.match.fixed is not None
    assert _annotations(nlp(_doc(nlp))) == expected
    assert expected[3][:4] == ["", "VERB", "VERB", "PROPN"]  # the fixture sets something


def test_other_attributes_keep_spacys_way() -> None:
    # a rule that sets an extension (or a pattern with an optional token) is left to spaCy
    from spacy.tokens import Token

    Token.set_extension("fast_attributes_test", default=None, force=True)
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([*PATTERNS, {"patterns": [[{"LOWER": "do"}, {"LOWER": "it", "OP": "?"}]],
                                    "attrs": {"_": {"fast_attributes_test": "yes"}}}])
    speed_up(nlp)
    assert ruler.match.sets is None and ruler.match.fixed is None
    doc = nlp(_doc(nlp))
    assert doc[7]._.fast_attributes_test == "yes" and doc[3].lemma_ == "nothing"


@pytest.mark.slow
def test_model_set_unchanged(nlp) -> None:
    from spacy.pipeline import AttributeRuler

    text = ("There's a ceasefire, y'all. They ain't gonna sign it; let's see: c'mon, it got "
            "signed, he gets it.\n\nThere were   talks. It was signed by them.")
    ruler = nlp.get_pipe("attribute_ruler")
    assert type(ruler) is _FastRuler and ruler.match.sets is not None
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(text)
    plain = doc.copy()
    AttributeRuler.__call__(ruler, plain)  # the look-up matches, set by spaCy
    ruler(doc)
    assert _annotations(doc) == _annotations(plain)
    assert any(t.lemma_ == "not" for t in doc)  # "ai n't": a rule of two tokens fired
