"""Only actors in the actor list: places, vessels, hashtags, dates and quantities never
become provisional actors, and handles resolve through the dictionary."""

from __future__ import annotations

import pytest

from actorgraph.actors.dictionary import load_dictionary
from actorgraph.coding.not_actors import provisional_kind, why_not_actor
from actorgraph.coding.places import load_gazetteer
from actorgraph.models import Document, Post


@pytest.mark.parametrize(("text", "before", "after", "why"), [
    ("#KeepEyesOnSudan", "", "", "hashtag"),
    ("KeepEyesOnSudan", "#", "", "hashtag"),
    ("MV Galaxy Leader", "", "", "vessel"),
    ("Galaxy Leader", "ship", "", "vessel"),
    ("Galaxy Leader", "the", "vessel", "vessel"),
    ("March 2024", "", "", "date"),
    ("12 October", "", "", "date"),
    ("3,000", "", "", "quantity"),
    ("Stepanakert", "", "", "place"),
    ("Majdal Shams", "", "", "place"),
    ("the Litani", "", "", "place"),
    ("Kharkiv to Odesa", "", "", "place"),
    ("Abraham Accords", "", "", "agreement"),
    ("Indus Waters Treaty", "", "", "agreement"),
    ("Free Sahel Front", "", "", None),
    ("Ahmed Musa", "", "", None),
])
def test_why_not_actor(text, before, after, why):
    assert why_not_actor(text, load_gazetteer().resolve, before, after) == why


def test_continents_and_regions_are_regions_not_towns():
    g = load_gazetteer()
    africa = g.resolve("Africa")
    assert africa.name == "Africa" and africa.country is None  # not Mahdia, Tunisia
    assert g.resolve("the Middle East").name == "Middle East"
    assert g.resolve("Lebanon").lat is not None  # a country: placed at its capital


def test_handles_are_dictionary_aliases():
    d = load_dictionary()
    assert d.handles["UNIFIL_"] == "IGO.UNIFIL"
    assert ("@UNIFIL_", "IGO.UNIFIL") in {(a.text, a.actor) for a in d.aliases()
                                          if a.how == "handle"}


@pytest.mark.slow
def test_coded_text_keeps_only_actors(coder):
    text = ("Thanks @UNIFIL_ for the update. Hezbollah fired rockets at Majdal Shams on "
            "27 July 2024. The Houthis seized the cargo ship Galaxy Leader in the Red Sea. "
            "Fighters shelled Stepanakert. #KeepEyesOnSudan")
    doc = Document("t", text, (Post(1, text, 0, len(text)),), "text", published="2024-07-28")
    coded = coder.code(doc)
    names = {a.name for a in coded.actors.values() if a.provisional}
    for bad in ("Majdal Shams", "Galaxy Leader", "Stepanakert", "KeepEyesOnSudan",
                "UNIFIL_", "@UNIFIL_"):
        assert not any(bad in n for n in names), names
    assert "IGO.UNIFIL" in coded.actors
    assert {m.actor for m in coded.mentions if m.text.startswith("@UNIFIL")} == {"IGO.UNIFIL"}


@pytest.mark.parametrize(("actor_id", "text", "kind"), [
    ("PRV.ORG.FREE_SAHEL_FRONT", "Free Sahel Front", "organisation"),
    ("PRV.PER.FREE_SAHEL_FRONT", "Free Sahel Front", "organisation"),
    ("PRV.PER.AHMED_MUSA", "Ahmed Musa", "person"),
    ("PRV.PER.MUSA", "Gen. Musa", "person"),
    ("PRV.PER.MUSA", "Musa", "unknown"),  # one word: the tagger's guess, not the text's
    ("PRV.ORG.WESTGATE", "Westgate", "unknown"),
    ("PRV.COM.WESTGATE", "Westgate", "company"),  # read as a company's (company_ids)
])
def test_a_provisional_kind_only_when_the_name_supports_it(actor_id, text, kind):
    assert provisional_kind(actor_id, text) == kind
