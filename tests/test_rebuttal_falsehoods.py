"""Answers that code no event of their own: what was said called false in words ("termed the
statement baseless", "said that account was false", "calls the accusation a fabrication"),
paired with the account they answer; and the prefilter parsing such a sentence next to a
parsed one though it names no actor the dictionary knows."""

from __future__ import annotations

import pytest


def _contests(coded):
    """(asserter, counter) words of each claim that denies or disputes an event, the
    asserter read from the asserting claim on the same event."""
    asserting = {c.event: c.asserted_by_text for c in coded.claims if c.stance == "asserts"}
    by_id = {e.id: e for e in coded.events}
    return [(asserting.get(c.event) or by_id[c.event].asserted_by_text, c.asserted_by_text)
            for c in coded.claims if c.stance in ("denies", "disputes") and c.event in by_id]


@pytest.mark.slow
@pytest.mark.parametrize("verb", ["termed", "branded", "labelled"])
def test_a_naming_verb_with_a_falsehood_word_answers_the_account(code_text, verb):
    coded = code_text("Ethiopia said Eritrean troops shelled a border town. Asmara "
                      f"{verb} the statement baseless.")
    assert ("Ethiopia", "Asmara") in _contests(coded)


@pytest.mark.slow
def test_a_naming_verb_without_a_falsehood_word_answers_nothing(code_text):
    coded = code_text("Ethiopia said Eritrean troops shelled a border town. Asmara termed the "
                      "talks useful.")
    assert _contests(coded) == []


@pytest.mark.slow
def test_a_speaker_the_dictionary_lacks_judging_the_account_false(code_text):
    coded = code_text("The dockers' union said guards beat workers at the port. The port's "
                      "owners said that account was false.")
    assert _contests(coded) == [("The dockers' union", "The port's owners")]


@pytest.mark.slow
def test_an_unjudged_account_by_such_a_speaker_is_no_answer(code_text):
    coded = code_text("The dockers' union said guards beat workers at the port. A shipping "
                      "agent said the port was busy.")
    assert _contests(coded) == []


@pytest.mark.slow
@pytest.mark.parametrize("denier", ["Omdurman", "The ruling council"])
@pytest.mark.parametrize("charge", [
    "letting rebels cross its territory",
    # the charged act coded (a cooperation): the accused denies the act
    "letting Libyan planes use its airports",
])
def test_an_accusation_called_false_by_a_speaker_the_dictionary_lacks(code_text, denier,
                                                                      charge):
    coded = code_text(f"Chad accuses Sudan of {charge}. "
                      f"{denier} calls the accusation a fabrication.")
    [(accuser, counter)] = _contests(coded)
    assert accuser == "Chad" and counter.lower() in denier.lower()


@pytest.mark.slow
def test_an_accusation_is_not_answered_by_its_own_maker(code_text):
    coded = code_text("Chad accuses Sudan of letting rebels cross its territory. Chad's "
                      "envoy calls the accusation well founded.")
    assert _contests(coded) == []


@pytest.mark.slow
def test_a_falsehood_word_next_to_a_parsed_sentence_gets_a_parse(coder):
    text = "Police said officers fired on the crowd. Gandor calls that a fabrication."
    pieces = coder.prefilter.pieces(text)
    assert all(parse for _, parse in pieces)
    alone = "The weather in Gandor was a fabrication of the almanac."
    assert coder.prefilter.pieces("The harvest was good. " + alone)[-1][1] is False


@pytest.mark.slow
@pytest.mark.parametrize("answer", ["Not true, said a government spokesman.",
                                    "Nonsense, a government spokesman said."])
def test_a_judgement_put_before_its_speaker_answers_the_account(code_text, answer):
    coded = code_text("The militia claimed it seized the town's airport on Monday. " + answer)
    assert _contests(coded) == [("militia", "government spokesman")]


@pytest.mark.slow
def test_other_words_before_a_speaker_are_no_judgement(code_text):
    coded = code_text("The militia claimed it seized the town's airport on Monday. Late that "
                      "night, a government spokesman said the curfew would end.")
    assert _contests(coded) == []
