"""Contests the coder used to miss for want of a general reading (reb25): a speaker named by
office only ("the police chief said ..."), a judgement before a colon ("That is not true:
..."), a rival figure ("put the toll at four"), a second account told with an answering
verb ("press groups insist ..."), a clause "contradicting the army's statement", and what
was said named by a noun like "view"; and the near misses that stay no pair."""

from __future__ import annotations

import pytest


def _holders(coded, *stances: str) -> list[str | None]:
    """The words of the holders of ``coded``'s claims of ``stances`` (None: the author)."""
    return [c.asserted_by_text for c in coded.claims if c.stance in stances]


def _mentions(holders: list[str | None], word: str) -> bool:
    return any(h is not None and word in h.lower() for h in holders)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker"), [
    # a bare claim by a speaker named by office, answered by the author
    ("The police chief said the streets were calm in every district. In reality, crowds "
     "filled the market square all night.", "chief"),
    # the judgement "That is not true" before a colon, the correction after it
    ("The minister told parliament that every school in the province had reopened. That is "
     "not true: dozens in the north remain shut.", "minister"),
])
def test_a_claim_by_an_office_answered_by_the_author(code_text, text, speaker):
    coded = code_text(text)
    assert _mentions(_holders(coded, "asserts"), speaker)
    assert None in _holders(coded, "disputes", "denies")


@pytest.mark.slow
def test_an_office_s_account_of_an_act_answered_by_the_author(code_text):
    coded = code_text("The police chief said the curfew was respected in every district. In "
                      "reality, crowds filled the market square all night.")
    by_id = {e.id: e for e in coded.events}
    [answer] = [c for c in coded.claims if c.stance == "disputes"]
    assert answer.asserted_by_text is None  # the author's
    assert "chief" in (by_id[answer.event].asserted_by_text or "").lower()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker", "answer"), [
    # another side's figure for a counted act
    ("Myanmar's junta said its troops killed 25 rebels near Lashio. The Arakan Army put the "
     "toll at four.", "junta", "arakan"),
    # a second account of the same kind of act, told with an answering verb
    ("The ruling party says the editor was jailed for tax fraud. Press groups insist he was "
     "jailed for his reporting.", "party", "press"),
    # a clause that sets the account against a named statement
    ("The army said its sappers blew up the bridge at Kherson on Monday. Residents said the "
     "bridge was still standing on Tuesday, contradicting the army statement.", "army",
     "residents"),
])
def test_two_sides_of_one_act(code_text, text, speaker, answer):
    coded = code_text(text)
    counter = _holders(coded, "disputes", "denies")
    assert _mentions(counter, answer), counter
    by_id = {e.id: e for e in coded.events}
    answered = [by_id[c.event] for c in coded.claims
                if c.stance in ("disputes", "denies") and c.event in by_id]
    assert any(speaker in (e.asserted_by_text or "").lower() for e in answered)


@pytest.mark.slow
def test_a_rejected_view_is_what_was_said(code_text):
    coded = code_text("Opposition leaders say the army will crush the strike. The defence "
                      "minister rejected that view on Friday.")
    assert _mentions(_holders(coded, "disputes", "denies"), "minister")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a figure that counts something else
    "Myanmar's junta said its troops killed 25 rebels near Lashio. The UN put the number of "
    "people displaced by the fighting at 9,000.",
    # an office holder's claim that the next sentence leaves alone
    "The mayor said the tram line will reopen in May. The council approved the money for the "
    "repairs on Tuesday.",
    # a view welcomed, not rejected
    "Officials said the vote would go ahead in June. The opposition welcomed that view.",
])
def test_near_misses_are_no_pair(code_text, text):
    assert _holders(code_text(text), "disputes", "denies") == []
