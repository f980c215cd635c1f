"""Who says what, the frame around a report: a clause hung on the report verb as the time or
topic of the speaking is the author's ("X SAID AFTER MEETING WITH ...", "REGARDING THE ATTACK
ON ..., X SAID ..."), while what is said stays the speaker's; an account a speaker puts out
("released a statement on the riots in which ...", "issued a list of attacks") holds what
it tells; and the agent of a participle that makes a claim ("the accusations made by X that
...", "the charges levelled by X that ...") asserts what the claim holds."""

from __future__ import annotations

import pytest
from helpers import event_at


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger"), [
    # a preposition of time on the report verb: the meeting is the author's report
    ("MAZA SAID AFTER MEETING WITH THE PRESIDENT THAT THE POLICE HAD ARRESTED TWO SUSPECTS.",
     "CONSULT", "MEETING"),
    # the topic of the speaking, before it
    ("REGARDING THE ATTACK ON THE EMBASSY, THE MINISTER SAID THAT THE CULPRITS WILL BE "
     "PUNISHED.", "ASSAULT", "ATTACK"),
    # a clause of time marked by "when" on the report verb
    ("WHEN THE REBELS DECLARED A CEASEFIRE, THE GOVERNMENT STATED THAT THE TRUCE WAS "
     "PROPAGANDA.", "CONCEDE", "DECLARED"),
])
def test_the_time_or_topic_of_the_speaking_is_the_author_s(code_text, text, type_, trigger):
    event = event_at(code_text(text), type_, trigger)
    assert event.asserted_by is None and event.asserted_by_text is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "words"), [
    # what is said keeps its speaker beside the time of the speaking
    ("MAZA SAID AFTER MEETING WITH THE PRESIDENT THAT THE POLICE HAD ARRESTED TWO SUSPECTS.",
     "COERCE", "ARRESTED", "MAZA"),
    ("REGARDING THE ATTACK ON THE EMBASSY, THE MINISTER SAID THAT THE CULPRITS WILL BE "
     "PUNISHED.", "SANCTION", "PUNISHED", "MINISTER"),
    # a time clause inside what is said is the speaker's
    ("The ministry said that after the rebels attacked the base, troops killed 12 fighters.",
     "ASSAULT", "attacked", "ministry"),
])
def test_what_is_said_stays_the_speaker_s(code_text, text, type_, trigger, words):
    event = event_at(code_text(text), type_, trigger)
    assert event.asserted_by_text is not None and words in event.asserted_by_text
    assert event.modality in ("reported", "future")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "words"), [
    ("The interior ministry released a statement on the riots in which police arrested 40 "
     "protesters.", "COERCE", "arrested", "interior ministry"),
    ("The ministry issued a list of attacks in which rebels killed 40 villagers.", "ASSAULT",
     "killed", "ministry"),
])
def test_an_account_a_speaker_puts_out_holds_its_word(code_text, text, type_, trigger, words):
    event = event_at(code_text(text), type_, trigger)
    assert event.asserted_by_text == words and event.modality == "reported"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "words"), [
    # the owner of a claim or report noun asserts what its "that" clause tells (asr29)
    ("The ministry's claim that rebels burned the clinic angered the council.", "ASSAULT",
     "burned", "ministry"),
    ("THE ARMY COMMAND HAS ISSUED A COMMUNIQUE REPORTING THAT TROOPS ARRESTED FOUR REBELS.",
     "COERCE", "ARRESTED", "ARMY COMMAND"),
    ("The ministry released a report that soldiers burned the village.", "ASSAULT", "burned",
     "ministry"),
])
def test_the_owner_of_a_claim_asserts_its_content(code_text, text, type_, trigger, words):
    event = event_at(code_text(text), type_, trigger)
    assert event.asserted_by_text == words and event.modality == "reported"


@pytest.mark.slow
def test_an_announcement_of_ones_own_act_is_the_author_s_report(code_text):
    # (the noun as the verb: "the rebels announced they are suspending the talks")
    coded = code_text("THE REBELS' ANNOUNCEMENT THAT THEY DECIDED TO SUSPEND THE DIALOGUE WITH "
                      "THE GOVERNMENT SURPRISED THE CHURCH.")
    assert all(e.asserted_by_text is None for e in coded.events)
    # what is not yet a claim of anyone: "reports that ..." with no owner
    coded = code_text("The reports that rebels burned the village alarmed the council.")
    assert event_at(coded, "ASSAULT", "burned").asserted_by_text is None


@pytest.mark.slow
def test_releasing_people_is_no_account(code_text):
    event = event_at(code_text("The army released the hostages taken in the raid on the village."),
                     "ASSAULT", "raid")
    assert event.asserted_by_text is None


@pytest.mark.slow
def test_the_agent_of_a_claim_asserts_what_it_holds(code_text):
    coded = code_text("THE PRESIDENT REJECTED THE ACCUSATIONS MADE BY THE FMLN THAT THE ATTACK "
                      "HAD BEEN CARRIED OUT BY THE ARMED FORCES.")
    assert event_at(coded, "ASSAULT", "CARRIED").asserted_by == "GRP.FMLN"
    # the accusation itself: the author's report that it was made
    assert event_at(coded, "ACCUSE", "ACCUSATIONS").asserted_by is None
    coded = code_text("The charges levelled by Kyiv that Russian troops shelled the plant were "
                      "dismissed by Moscow.")
    # (Kyiv's account and Moscow's denial of it, as "X dismissed Y's reports that P" is
    # labelled: reb29 reads the dismissal of a passive subject)
    assert {e.asserted_by for e in coded.events if e.type == "ASSAULT"} == {"UKR", "RUS"}
    assert event_at(coded, "ACCUSE", "levelled").asserted_by is None


@pytest.mark.slow
def test_an_act_announced_by_its_actor_is_the_author_s_report(code_text):
    # ("the ceasefire announced by Russia": Russia's own act, not its word for another)
    coded = code_text("The monitors listed violations of the ceasefire in Idlib announced by "
                      "Russia and Turkey.")
    assert any(e.trigger == "ceasefire" for e in coded.events)
    assert all(e.asserted_by not in ("RUS", "TUR") for e in coded.events)


@pytest.mark.slow
def test_a_time_that_dates_the_reported_object_stays_the_speaker_s(code_text):
    # the prepositions hang on the report verb, but date the death it reports
    coded = code_text("THE COMMAND OF THE 5TH BRIGADE REPORTS THE DEATH OF ONE OF ITS SOLDIERS "
                      "DURING FIGHTING WITH REBELS IN CHALATENANGO.")
    assert event_at(coded, "ASSAULT", "FIGHTING").asserted_by_text == "COMMAND"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger"), [
    # what an account does ("demanding ..."), not what it tells: the author's report
    ("THE COUNCIL HAS ISSUED A COMMUNIQUE DEMANDING THE RETURN OF SEVEN KIDNAPPED STUDENTS.",
     "REQUEST", "DEMANDING"),
    # an appeal presented by a lawyer: the lawyer's act, which the author reports
    ("THE GOVERNMENT HAS REJECTED AN APPEAL PRESENTED BY THE LAWYER OF THE DETAINED PILOT.",
     "REJECT", "REJECTED"),
])
def test_an_act_an_account_or_agent_performs_is_the_author_s(code_text, text, type_, trigger):
    coded = code_text(text)
    assert event_at(coded, type_, trigger).asserted_by_text is None
    assert all(e.asserted_by_text is None for e in coded.events)


@pytest.mark.slow
def test_they_after_a_report_is_the_last_speaker_not_an_actor_it_named(code_text):
    coded = code_text("GUERRILLAS ATTACKED A BUS ON THE HIGHWAY, WITNESSES TOLD THE RADIO "
                      "STATION. THEY ALSO SAID THAT THE REBELS BURNED THE VEHICLE.")
    assert event_at(coded, "ASSAULT", "BURNED").asserted_by_text == "WITNESSES"


@pytest.mark.slow
def test_ones_own_concession_to_come_is_announced(code_text):
    # what the speaker says it will itself give up: the saying concedes (the author's
    # report, as "announced"); what another of its state will do stays the speaker's word
    own = event_at(code_text("Emmanuel Macron said on Monday that he would lift the curfew in "
                             "the port city."), "CONCEDE", "lift")
    assert (own.asserted_by_text, own.modality) == (None, "asserted")
    other = event_at(code_text("Moscow would reduce military activity around the capital, "
                               "the deputy minister said."), "CONCEDE", "reduce")
    assert other.asserted_by_text == "minister" and other.modality == "future"
