"""First-person plural actors ("we", "us", "our troops") inside a named speaker's quote or
reported clause stand for the speaker's side, coded with the real model."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _one(coded, etype):
    found = [e for e in coded.events if e.type == etype]
    assert found, [(e.type, e.source, e.target) for e in coded.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "source", "target", "speaker"),
    [
        # a quote before its speaker, and one after a colon
        ('"We shelled two rebel camps overnight," the Ugandan army said.', "UGA.MIL.UPDF",
         None, "UGA.MIL.UPDF"),
        ('Hezbollah said on Monday: "We launched drones at Israeli positions."',
         "GRP.HEZBOLLAH", "ISR.MIL", "GRP.HEZBOLLAH"),
        # "our X": the speaker's X; for a state's government, that state's sector
        ('Hamas said "our fighters" ambushed Israeli soldiers near Rafah.', "GRP.HAMAS", "ISR.MIL",
         "GRP.HAMAS"),
        ('"Our troops bombed the militants\' depots," said Nigeria\'s defence minister.',
         "NGA.MIL", None, "NGA.GOV"),
        # "us" as the object of the quoted act
        ('"Israel bombed us again," Hamas said.', "ISR", "GRP.HAMAS", "GRP.HAMAS"),
    ],
)
def test_we_in_a_quote_is_the_speaker(code_text, text, source, target, speaker):
    e = _one(code_text(text), "ASSAULT")
    assert (e.source, e.target, e.asserted_by) == (source, target, speaker)


def test_a_person_speaks_for_the_body_the_sentence_names(code_text):
    e = _one(code_text('Hamas spokesman Abu Obeida said: "We fired rockets at Israel."'),
             "ASSAULT")
    assert (e.source, e.target) == ("GRP.HAMAS", "ISR")
    assert e.source_text == "We"


def test_a_person_speaks_for_the_role_they_hold_on_the_date(code_text):
    text = '"We struck their bases," Abbas Araghchi said.'
    held = _one(code_text(text, published="2025-01-10"), "ASSAULT")
    assert held.source == "IRN.GOV.FOREIGN_MINISTRY"  # foreign minister from August 2024
    undated = _one(code_text(text), "ASSAULT")
    assert undated.source == "PER.ABBAS_ARAGHCHI"  # no date, no dated role: the person


def test_we_outside_the_quote_is_not_the_speaker(code_text):
    coded = code_text('We saw it ourselves: "Israel attacked the camp," Hamas said, and '
                      "we attacked nobody.")
    sources = {e.source for e in coded.events if e.source_text in ("We", "we")}
    assert "GRP.HAMAS" not in sources


def test_we_without_a_speaker_stays_unresolved(code_text):
    e = _one(code_text("We attacked the enemy's positions last night."), "ASSAULT")
    assert e.source is None


def test_the_us_is_no_pronoun(code_text):
    coded = code_text("oman says the us & the houthis agreed to stop attacking each other.")
    assert all(e.source != "OMN" for e in coded.events if e.type == "AGREE")


def test_our_thing_is_no_actor(code_text):
    coded = code_text('"They attacked our reputation," the Kenyan government said.')
    assert all(e.target not in ("KEN", "KEN.GOV") for e in coded.events)


def test_an_actor_in_a_relative_clause_is_not_the_speakers_body(code_text):
    text = ('"We fired rockets at the base," Abu Obeida, who had threatened Egypt on '
            "Friday, said.")
    coded = code_text(text)
    assert all(e.source != "EGY" for e in coded.events if e.type == "ASSAULT")
