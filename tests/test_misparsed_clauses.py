"""Clauses the small model parses as one noun phrase: "the Quds Force armed Shiite militias"."""

from __future__ import annotations

import pytest

from actorgraph.coding.reading import CodingContext, PostContext, misparsed_clause

pytestmark = pytest.mark.slow


def _events(coded):
    return sorted((e.type, e.source, e.target, e.date, e.trigger) for e in coded.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the US-led invasion of Iraq in March 2003, the Quds Force armed Shiite militias "
         "and sent them money and trainers.",
         [("AID", "IRN.MIL.IRGC.QUDS", "IRQ.SHIA", "2003-03", "armed"),
          ("AID", "IRN.MIL.IRGC.QUDS", "IRQ.SHIA", "2003-03", "sent"),
          ("ASSAULT", "USA", "IRQ", "2003-03", "invasion")]),
        ("In 2003 the Quds Force armed Iraqi militias.",
         [("AID", "IRN.MIL.IRGC.QUDS", "IRQ.REB", "2003", "armed")]),
        ("In 2012 Hezbollah armed Syrian militias.",
         [("AID", "GRP.HEZBOLLAH", "SYR.REB", "2012", "armed")]),
    ],
)
def test_a_clause_read_as_a_noun_phrase_is_coded(code_text, nlp, text, expected):
    root = nlp(text)[:].root
    assert root.pos_ == "NOUN"  # the misparse this recovers from is still there
    assert _events(code_text(text)) == expected


def test_a_correct_parse_is_left_alone(code_text, nlp):
    text = "Iran armed the militias."
    doc = nlp(text)
    cx = CodingContext.of(doc, PostContext(doc="t"))
    assert doc[1].pos_ == "VERB" and misparsed_clause(cx, doc[1], {"arm": ()}) is None
    assert _events(code_text(text)) == [("AID", "IRN", None, None, "armed")]


def test_an_adjective_that_is_no_lexicon_verb_stays_an_adjective(code_text, nlp):
    text = "In 2003 the Quds Force armed Iraqi militias."
    doc = nlp(text)
    cx = CodingContext.of(doc, PostContext(doc="t"))
    armed = doc[5]
    assert misparsed_clause(cx, armed, {"arm": ()}) is not None
    assert misparsed_clause(cx, armed, {"train": ()}) is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("After the invasion of Iraq, Shiite militias grew.", "IRQ.SHIA"),
        ("Tehran has armed Shia militias whenever a foreign army sat on Iraqi soil.", "IRQ.SHIA"),
        ("Shiite militias grew.", None),  # no country named
        ("After wars in Iraq and Syria, Shiite militias grew.", None),  # two countries
    ],
)
def test_a_community_armed_group_takes_the_sentences_country(nlp, text, actor):
    doc = nlp(text)
    found = [s.id_ for s in doc.spans["actors"] if s.text.lower().endswith("militias")]
    assert found == ([actor] if actor else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tgt27: an "-ing" complement with an object, tagged as a noun, is its verb: the
        # subject of the verb it complements acts on the object
        ("Kenya declared a ceasefire, but witnesses said its aircraft kept bombing villages "
         "in Somalia.",
         ("ASSAULT", "KEN.MIL", "SOM.CIV", "bombing")),
        ("Witnesses said Kenyan jets kept bombing villages in Somalia.",
         ("ASSAULT", "KEN.MIL", "SOM.CIV", "bombing")),
    ],
)
def test_a_gerund_read_as_a_noun_is_its_verb(code_text, nlp, text, expected):
    bombing = next(t for t in nlp(text) if t.lower_ == "bombing")
    assert bombing.pos_ == "NOUN" and bombing.dep_ == "xcomp"  # the misparse is still there
    found = {(e.type, e.source, e.target, e.trigger) for e in code_text(text).events}
    assert expected in found, found
