"""Answers that respond to an act without telling it otherwise are no rebuttal pairs: the one
an arrest, a closure or an offer concerns calls it illegal or sets its terms; a speaker's
"he recalled that ..." goes on with the speaker before. The accused's answer that tells the
act otherwise stays a pair."""

from __future__ import annotations

import pytest


def _counters(coded):
    return [c for c in coded.claims if c.stance in ("disputes", "denies")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a coercive act the one it concerns calls illegal (the act named, not told otherwise)
    "Turkish police detained 40 Kurdish activists in Diyarbakir on Tuesday. The HDP said the "
    "arrests were illegal.",
    "Serbia closed its border crossings with Kosovo on Friday. Pristina said the closure was "
    "illegal.",
    # an offer answered with terms
    "President Tshisekedi offered talks with the M23 on Monday, but the rebels said they would "
    "only meet after a ceasefire.",
])
def test_a_response_to_an_act_is_no_pair(code_text, text):
    coded = code_text(text)
    assert _counters(coded) == [], [(c.stance, c.asserted_by) for c in coded.claims]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Lopez said the Guatemalan army is supporting the Cristiani government. He recalled that "
    "Guatemala faces its own guerrilla war.",
    "Lopez said the Guatemalan army is supporting the Cristiani army. He recalled that "
    "Guatemala has fought guerrillas for thirty years.",
])
def test_a_pronoun_going_on_with_the_speaker_is_no_answer(code_text, text):
    coded = code_text(text)
    assert any(e.asserted_by_text == "Lopez" for e in coded.events)  # his claim, coded
    assert _counters(coded) == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "speaker", "answer"), [
    # the accused tells the act otherwise: an act of the same kind in its answer
    ("Amnesty International said Ethiopian troops killed 50 civilians in Bahir Dar. "
     "Ethiopia's government said its forces killed only armed fighters.", "ASSAULT",
     "Amnesty International", "ETH.GOV"),
    # a denial whose own clause is about the accused's side
    ("Colonel Ochoa said the army had bombed rebel camps near the volcano. President "
     "Cristiani denied that its planes had bombed any camps.", "ASSAULT", "Ochoa",
     "PER.ALFREDO_CRISTIANI"),
])
def test_the_accused_telling_it_otherwise_stays_a_pair(code_text, text, type_, speaker,
                                                       answer):
    coded = code_text(text)
    told = [e for e in coded.events if e.type == type_ and e.asserted_by_text == speaker]
    assert told, [(e.type, e.asserted_by_text) for e in coded.events]
    assert any(c.event == told[0].id and c.asserted_by == answer for c in _counters(coded))
