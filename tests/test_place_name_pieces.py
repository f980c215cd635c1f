"""A place read from a piece of a longer proper name: the entity reader may cut a name at a
line break ("SAN" of "SAN Marcos Lempa"), and the gazetteer's town of that piece lies in
another country; a title or a division after a place name does not cut it. A named
division places the town beside it."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from actorgraph.coding.reading import _cut_name, _no_place

_VOCAB = spacy.blank("en").vocab  # (a bare Vocab has no lower-case forms)


def _doc(words, pos, heads, deps, ents):
    return Doc(_VOCAB, words=words, pos=pos, heads=heads, deps=deps, ents=ents)


def test_a_piece_of_a_longer_name_is_no_place():
    # "a bomb went off in SANTO Pueblo Viejo": the entity reader took "SANTO" alone
    doc = _doc(["a", "bomb", "went", "off", "in", "SANTO", "Pueblo", "Viejo"],
               ["DET", "NOUN", "VERB", "ADP", "ADP", "PROPN", "PROPN", "PROPN"],
               [1, 2, 2, 2, 2, 7, 7, 4],
               ["det", "nsubj", "ROOT", "prt", "prep", "compound", "compound", "pobj"],
               ["O", "O", "O", "O", "O", "B-GPE", "B-PERSON", "I-PERSON"])
    piece = doc.ents[0]
    assert piece.text == "SANTO"
    assert _cut_name(piece) and _no_place(piece)


def test_a_whole_name_a_title_or_a_division_after_it_stays_a_place():
    # "the Vernia Governor Lopez said", "in Vernia Province", "in Vernia"
    titled = _doc(["the", "Vernia", "Governor", "Lopez", "said"],
                  ["DET", "PROPN", "PROPN", "PROPN", "VERB"],
                  [3, 3, 3, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT"],
                  ["O", "B-GPE", "O", "B-PERSON", "O"])
    division = _doc(["in", "Vernia", "Province"], ["ADP", "PROPN", "PROPN"],
                    [0, 2, 0], ["ROOT", "compound", "pobj"], ["O", "B-GPE", "O"])
    whole = _doc(["fighting", "in", "Vernia"], ["NOUN", "ADP", "PROPN"],
                 [0, 0, 1], ["ROOT", "prep", "pobj"], ["O", "O", "B-GPE"])
    # "a base in vernia w/ drones": a shorthand the parser took for a name after it
    shorthand = _doc(["a", "base", "in", "vernia", "w", "/", "drones"],
                     ["DET", "NOUN", "ADP", "PROPN", "PROPN", "SYM", "NOUN"],
                     [1, 1, 1, 4, 2, 4, 4],
                     ["det", "ROOT", "prep", "compound", "pobj", "punct", "dep"],
                     ["O", "O", "O", "B-GPE", "O", "O", "O"])
    for doc in (titled, division, whole, shorthand):
        assert not _cut_name(doc.ents[0])


@pytest.mark.slow
def test_a_named_division_places_the_town_beside_it(code_text):
    # Toluca is a Mexican city in the gazetteer; the department named after it is Colombia's
    coded = code_text("THREE REBELS DIED IN A SKIRMISH WITH ARMY TROOPS IN TOLUCA, HUILA "
                      "DEPARTMENT.")
    assert {e.target for e in coded.events} == {"COL.MIL"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "Croix" alone is a French town; the hyphenated name is Haiti's
        ("Gangs attacked residents of Croix-des-Bouquets on Monday.", "HTI.CIV"),
        # the city list lacks Armenia's Jermuk and has the name as an old one of Turkey's Cermik
        ("Azerbaijani artillery shelled the town of Jermuk on Tuesday.", "ARM"),
    ],
)
def test_a_place_is_its_whole_name(code_text, text, target):
    assert {e.target for e in code_text(text).events if e.type == "ASSAULT"} == {target}
