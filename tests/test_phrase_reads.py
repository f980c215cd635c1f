"""The attribution rules' phrase test reads a doc's words once, and answers as reading them
token by token would: across docs read in turn, and after a doc's tokens change."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from actorgraph.coding.speech import _at, _first_words


def _token_by_token(doc: Doc, i: int, end: int, phrase: tuple[str, ...]) -> bool:
    return i + len(phrase) <= end and all(doc[i + k].lower_ == w for k, w in enumerate(phrase))


PHRASES = [("in", "fact"), ("in", "reality"), ("came", "from"), ("nothing", "else"), ("fact",),
           ("says", "otherwise", "today")]


def test_phrase_test_answers_as_token_by_token_across_docs() -> None:
    nlp = spacy.blank("en")
    a = nlp("In fact, the shells came from Russian positions, nothing else.")
    b = nlp("Rights groups say otherwise; in reality the debris CAME FROM a Buk.")
    for doc in (a, b, a, b, b, a):  # each doc read in turn: no answer from the other's words
        for end in (len(doc), len(doc) - 3):
            for i in range(len(doc)):
                for phrase in PHRASES:
                    assert _at(doc, i, end, phrase) == _token_by_token(doc, i, end, phrase)
    assert _at(a, 5, len(a), ("came", "from")) and not _at(b, 5, len(b), ("came", "from"))
    assert _at(b, 9, len(b), ("came", "from")) and not _at(a, 9, len(a), ("came", "from"))


def test_phrase_test_sees_a_retokenized_doc() -> None:
    doc = spacy.blank("en")("Debris came from a Buk missile.")
    assert _at(doc, 1, len(doc), ("came", "from"))
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])  # "Debris came" as one token: "from" moves to index 1
    assert _at(doc, 1, len(doc), ("from", "a")) and not _at(doc, 1, len(doc), ("came", "from"))


def test_first_words() -> None:
    assert _first_words((("in", "fact"), ("came", "from"))) == {"in", "came"}
    assert _first_words((("in", "fact"), ())) is None  # an empty phrase matches anywhere
