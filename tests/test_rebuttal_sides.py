"""Rebuttals whose two sides the coder used to miss: a speaker telling of its own act
against another's account, an accusation answered by the accused, "..., which denies ..."
inside a speaker's account, and a speaker's words in quotes after the author's account."""

from __future__ import annotations

import pytest


def _events(coded, type_: str):
    return [e for e in coded.events if e.type == type_]


def _counter(coded, *stances: str):
    return [c for c in coded.claims if c.stance in stances]


@pytest.mark.slow
def test_a_speaker_telling_of_its_own_act_is_the_other_account(code_text):
    coded = code_text("Rights monitors say Chadian soldiers shot dozens of herders near Abeche. "
                      "The army said it had killed forty bandits in an operation there.")
    [monitors] = [e for e in _events(coded, "ASSAULT") if e.trigger == "shot"]
    [dispute] = _counter(coded, "disputes")
    assert dispute.event == monitors.id
    assert "army" in (dispute.asserted_by_text or "").lower()


@pytest.mark.slow
def test_an_own_act_told_by_an_ally_is_no_rival_account(code_text):
    coded = code_text("Rights monitors say Chadian soldiers shot dozens of herders near Abeche. "
                      "The monitors said they had counted forty bodies there.")
    assert _counter(coded, "disputes", "denies") == []


@pytest.mark.slow
def test_the_accused_answering_an_accusation_denies_the_charge(code_text):
    coded = code_text("the blackout in odesa enters day 3. kyiv blames moscow for the grid "
                      "sabotage. the kremlin calls it baseless", author="@grid_watch")
    [answer] = _counter(coded, "disputes", "denies")
    charged = next(e for e in coded.events if e.id == answer.event)
    # the charge is the accuser's own assertion, answered by the accused
    assert (charged.asserted_by, answer.asserted_by) == ("UKR", "RUS.GOV.KREMLIN")
    assert answer.evidence.text.startswith("the kremlin calls it")


@pytest.mark.slow
def test_an_accusation_answered_by_a_third_party_is_no_denial(code_text):
    coded = code_text("the blackout in odesa enters day 3. kyiv blames moscow for the grid "
                      "sabotage. warsaw calls it baseless", author="@grid_watch")
    assert not any(c.asserted_by == "POL" for c in _counter(coded, "disputes", "denies"))


@pytest.mark.slow
def test_which_denies_inside_an_account(code_text):
    coded = code_text("Israel says its jets struck weapons depots run by Hezbollah, which "
                      "denies storing arms there.")
    [struck] = [e for e in _events(coded, "ASSAULT") if e.trigger == "struck"]
    assert struck.asserted_by == "ISR"
    [denial] = _counter(coded, "denies")
    assert (denial.event, denial.asserted_by) == (struck.id, "GRP.HEZBOLLAH")


@pytest.mark.slow
def test_a_speaker_s_words_in_quotes_after_the_author_s_account(code_text):
    coded = code_text('artillery hit a maternity ward in the town overnight, 6 dead. the sudanese '
                      'army says its jets struck a "terrorist position"',
                      author="@kordofan_feed")
    [dispute] = _counter(coded, "disputes")
    disputed = next(e for e in coded.events if e.id == dispute.event)
    assert disputed.asserted_by is not None and disputed.asserted_by.startswith("SDN")
    # the author holds the other side, with the sentence of its own account
    assert dispute.asserted_by is None and dispute.evidence.text.startswith("artillery hit")


@pytest.mark.slow
def test_quoted_words_with_no_account_before_them_dispute_nothing(code_text):
    coded = code_text('The Sudanese army says its jets struck a "terrorist position" near '
                      "Kadugli.")
    assert _counter(coded, "disputes", "denies") == []


@pytest.mark.slow
def test_a_forecast_with_never_answers_nobody(code_text):
    coded = code_text("rsf warning residents of dilling to leave before an assault. saf says "
                      "the town will never fall", author="@kordofan_feed")
    assert [e.type for e in coded.events] == ["THREATEN"]
    assert _counter(coded, "disputes", "denies") == []


@pytest.mark.slow
def test_evidence_that_shows_nothing_else_disputes_the_speaker_before(code_text):
    coded = code_text("the sudanese army says its shells hit a rebel depot near kadugli. photos "
                      "from the site show a burnt-out school, nothing else",
                      author="@kordofan_feed")
    [hit] = [e for e in _events(coded, "ASSAULT") if e.trigger == "hit"]
    assert hit.asserted_by is not None
    [dispute] = _counter(coded, "disputes")
    # the photos speak for the author
    assert (dispute.event, dispute.asserted_by, dispute.asserted_by_text) == (hit.id, None, None)
    assert dispute.evidence.text.startswith("photos from the site")
