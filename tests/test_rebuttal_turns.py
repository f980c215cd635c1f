"""Rebuttal pairs where one side turns the other's account round without a denial of it:
an account the author calls false ("X falsely claimed P", answered by the next speaker or
by the author), another side telling the same thing again in words that code no act ("the
missile fell harmlessly into the water"), blame turned back on the accuser ("The army
blamed the FMLN ... The FMLN blamed the army"), and a rejection of another's findings or
comments, with no content stated ("rejected the UN's findings")."""

from __future__ import annotations

import pytest


def _claims(coded, stance: str):
    return [c for c in coded.claims if c.stance == stance]


def _topic(coded):
    """The (asserts, counter) claims of the one eventless contest of ``coded``."""
    topics = {c.topic for c in coded.claims if c.event is None and c.topic}
    assert len(topics) == 1, [(c.stance, c.proposition) for c in coded.claims]
    [topic] = topics
    claims = [c for c in coded.claims if c.topic == topic]
    [asserts] = [c for c in claims if c.stance == "asserts"]
    [counter] = [c for c in claims if c.stance != "asserts"]
    return asserts, counter


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Trump falsely claimed that Mexico paid for the wall.", "PER.DONALD_TRUMP",
     "Mexico paid for the wall"),
    ("Moscow wrongly said that Ukraine paid for the rockets.", "RUS",
     "Ukraine paid for the rockets"),
])
def test_words_called_false_are_the_speaker_s_against_the_author(code_text, text, speaker,
                                                                  words):
    asserts, counter = _topic(code_text(text))
    assert (asserts.asserted_by, asserts.proposition) == (speaker, words)
    assert (counter.stance, counter.asserted_by, counter.asserted_by_text) == (
        "disputes", None, None)  # the author's


@pytest.mark.slow
def test_the_next_speaker_holds_the_other_side_of_words_called_false(code_text):
    text = ("houthis falsely claimed they sank a us destroyer this week. cent com says no ship "
            "was hit, the missiles were all intercepted over the red sea")
    asserts, counter = _topic(code_text(text))
    assert asserts.asserted_by == "GRP.HOUTHIS"
    assert counter.stance == "disputes" and counter.asserted_by_text == "cent com"
    assert counter.evidence.text.startswith("cent com says")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker", "answer"), [
    ("The Houthis said their missile hit an Israeli-owned tanker in the Red Sea. CENTCOM said "
     "the missile fell harmlessly into the water.", "GRP.HOUTHIS", "USA.MIL.CENTCOM"),
    ("Hezbollah said its drones struck an Israeli base near Haifa. The Israeli army said the "
     "base was undamaged.", "GRP.HEZBOLLAH", "ISR.MIL"),
])
def test_another_side_telling_the_same_thing_in_other_words_disputes_it(code_text, text,
                                                                         speaker, answer):
    coded = code_text(text)
    [event] = [e for e in coded.events if e.type == "ASSAULT" and e.asserted_by == speaker]
    [dispute] = _claims(coded, "disputes")
    assert (dispute.event, dispute.asserted_by) == (event.id, answer)


@pytest.mark.slow
def test_an_answer_that_names_nothing_of_the_account_is_no_pair(code_text):
    coded = code_text("The Houthis said their missile hit an Israeli-owned tanker in the Red "
                      "Sea. CENTCOM said its destroyers were unharmed.")
    assert _claims(coded, "disputes") == [] and _claims(coded, "denies") == []


def _two_accounts_of_the_act(coded):
    """The army's charge, disputed by the FMLN, and the FMLN's own account of the act with
    the army its doer (docs/LABELLING.md, the mutual blame row)."""
    acts = sorted((((e.source, e.asserted_by), e) for e in coded.events if e.type == "ASSAULT"),
                  key=lambda a: a[0])
    assert [k for k, _ in acts] == [("GRP.FMLN", "SLV.MIL"), ("SLV.MIL", "GRP.FMLN")]
    charge = acts[0][1]
    [dispute] = _claims(coded, "disputes")
    assert (dispute.event, dispute.asserted_by) == (charge.id, "GRP.FMLN")


@pytest.mark.slow
def test_blame_turned_back_on_the_accuser_disputes_the_charge(code_text):
    _two_accounts_of_the_act(code_text("The Salvadoran army blamed the FMLN for the massacre. "
                                       "The FMLN blamed the army."))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Salvadoran army blamed the FMLN for the ambush of the convoy, and the FMLN blamed "
    "the army.",
    "The Salvadoran army blamed the FMLN for the ambush of the convoy; the FMLN blamed the "
    "army.",
    "The Salvadoran army blamed the FMLN for the ambush of the convoy, while the FMLN blamed "
    "the army.",
])
def test_blame_turned_back_in_the_same_sentence_disputes_the_charge(code_text, text):
    # the second "blamed" is read where it stands, not at the first one's place
    _two_accounts_of_the_act(code_text(text))


@pytest.mark.slow
def test_blame_on_a_third_party_is_no_pair(code_text):
    coded = code_text("The Salvadoran army blamed the FMLN for the massacre. The FMLN blamed "
                      "the death squads.")
    assert _claims(coded, "disputes") == [] and _claims(coded, "denies") == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "owner", "denier"), [
    ("The Myanmar junta rejected the UN's findings.", "IGO.UN", "MMR"),
    ("The Kenyan government refuted Somalia's comments on the border clashes.", "SOM", "KEN"),
    ("Beijing dismissed the remarks by the US envoy about the detention camps.", "USA", "CHN"),
    ("The minister dismissed the claims of the Syrian opposition that government jets dropped "
     "chlorine.", "SYR.OPP", "SYR.GOV"),
])
def test_a_rejection_of_another_s_findings_or_comments_contests_them(code_text, text, owner,
                                                                      denier):
    asserts, counter = _topic(code_text(text))
    assert (asserts.asserted_by or "").startswith(owner)
    assert counter.stance == "denies" and (counter.asserted_by or "").startswith(denier)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Iran rejected the ceasefire proposal.",
    # "of" names what the report tells of, not whose it is
    "The army denied the report of an ambush near the river.",
])
def test_a_rejected_proposal_or_a_report_of_nobody_is_no_contest(code_text, text):
    coded = code_text(text)
    assert not any(c.event is None and c.topic for c in coded.claims)


@pytest.mark.slow
def test_evidence_read_with_its_participle_as_the_verb_still_shows(code_text):
    # the parser makes "recovered" the main verb and "shows" hangs from it
    text = ("Moscow says its missiles are all made at home. Debris recovered near Kharkiv "
            "shows the missiles were made in Iran.")
    asserts, counter = _topic(code_text(text))
    assert (asserts.asserted_by, asserts.proposition) == ("RUS", "its missiles are all made "
                                                                 "at home")
    assert (counter.stance, counter.asserted_by) == ("disputes", None)
