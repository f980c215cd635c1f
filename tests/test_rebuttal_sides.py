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
@pytest.mark.parametrize(("text", "holder"), [
    # two persons of rival states are no one country for sharing the id prefix "PER."
    ("Aleksandar Vucic said Kosovo police shot two Serbs in Zvecan. Albin Kurti said the "
     "police had arrested two gunmen there.", "PER.ALBIN_KURTI"),
])
def test_a_person_s_account_against_a_foreign_person_s(code_text, text, holder):
    [dispute] = _counter(code_text(text), "disputes", "denies")
    assert dispute.asserted_by == holder


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


def _pairs(coded):
    """(disputed event's asserter, disputing holder) of each dispute."""
    by_id = {e.id: e for e in coded.events}
    return {(by_id[c.event].asserted_by, c.asserted_by or c.asserted_by_text)
            for c in _counter(coded, "disputes", "denies") if c.event in by_id}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "first", "second"), [
    # force told two ways: the group's attack on soldiers, the villagers' forced labour
    # (villagers: the civilians of the country the post names, as witnesses are)
    ("Al-Shabaab says its fighters attacked soldiers near Baidoa. Villagers said the dead "
     "were farmers the gunmen had forced to dig trenches.", "GRP.AL_SHABAAB", "SOM.CIV"),
    # how a deal came about: brokered by the first speaker, agreed directly says the second
    ("Qatar says it mediated the prisoner swap between Armenia and Azerbaijan. Baku says the "
     "deal was agreed directly between the two governments.", "QAT", "AZE"),
    # a side's promise of restraint against the other side's report of its force
    ("Moscow said it would pull back its troops from around Sumy. Ukrainian officials said "
     "shelling of Sumy continued overnight.", "RUS", "UKR.GOV"),
])
def test_rival_accounts_told_as_two_kinds_of_act(code_text, text, first, second):
    assert (first, second) in _pairs(code_text(text))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # each side telling of its own act: two stories of a battle, no contest
    "Russia says its troops captured a village near Kupiansk. Kyiv said its forces repelled "
    "30 attacks there.",
    # a source the first speaker cites is the first speaker going on
    "A Peruvian delegate said soldiers arrested hundreds of peasants. The delegate said that, "
    "according to official figures, 15,000 people were killed by rebels.",
    # a promise of something other than restraint is no account of the act
    "Moscow said it would hold talks with Kyiv next week. Ukrainian officials said shelling of "
    "Sumy continued overnight.",
])
def test_two_kinds_of_act_that_are_two_stories(code_text, text):
    assert _pairs(code_text(text)) == set()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "contest"), [
    # the doer owns the act the other speaker charges it with: one story, no contest
    ("US Central Command said the Houthis struck a cargo ship in the Red Sea. The Houthis said "
     "they had hit the ship with two missiles.", False),
    # the same doer, two victims told: the second account names other dead
    ("Burkina Faso's army said its soldiers killed dozens of jihadists near Djibo. Survivors "
     "said soldiers shot unarmed herders there.", True),
])
def test_a_doer_owning_the_charge_agrees_with_it(code_text, text, contest):
    assert bool(_pairs(code_text(text))) is contest


@pytest.mark.slow
@pytest.mark.parametrize(("second", "speaker"), [
    # a body named with an "of" phrase is a speaker of its own, not the last one carried on
    ("The ministry of defence denied a radio report that troops shot two farmers.", "ministry"),
    # the bare noun still carries the speaker before it
    ("The ministry added that troops shot two farmers.", "general"),
])
def test_a_named_body_is_not_the_speaker_before(code_text, second, speaker):
    coded = code_text("The general said the rebels had burned a bus near Tula. " + second)
    [shot] = [e for e in _events(coded, "ASSAULT") if e.trigger == "shot"]
    assert speaker in (shot.asserted_by_text or "").lower()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "claimant", "other"), [
    ("Chile's navy said its patrol boat seized a Peruvian trawler. Lima said the trawler "
     "sailed home with its catch.", "CHL", "PER"),
    ("The Houthis said their drones set fire to a Saudi refinery. Riyadh said the blaze was "
     "put out within minutes.", "GRP.HOUTHIS", "SAU"),
    ("The Houthis said their drones struck a Greek tanker. Washington said no vessels were "
     "in the area that night.", "GRP.HOUTHIS", "USA"),
])
def test_another_side_tells_how_a_claimed_act_came_out(code_text, text, claimant, other):
    # the second speaker's words code no act of their own; they answer the first
    # speaker's claim of its own side's act
    coded = code_text(text)
    [dispute] = _counter(coded, "disputes")
    told = next(e for e in coded.events if e.id == dispute.event)
    assert (told.asserted_by or "").startswith(claimant)
    assert (dispute.asserted_by or "").startswith(other)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # an ally's outcome, a plan, a confirmation: no other side
    "Chile's navy said its patrol boat seized a Peruvian trawler. Chile's fisheries "
    "ministry said the trawler had no licence.",
    "Chile's navy said its patrol boat seized a Peruvian trawler. Lima said it would "
    "send the trawler's owners a lawyer.",
    "Chile's navy said its patrol boat seized a Peruvian trawler. Lima confirmed the "
    "trawler was seized.",
])
def test_an_ally_a_plan_or_a_confirmation_tells_no_other_outcome(code_text, text):
    assert _counter(code_text(text), "disputes") == []
