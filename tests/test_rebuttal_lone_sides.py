"""Rebuttal pairs where one side is easy to lose: a denier named only by "he"/"she" in a
passage that names no one before it, a false claim whose content is one noun ("falsely
claimed victory"), and a charge rejected in a relative clause on the act that makes it ("a
resolution that Damascus rejected")."""

from __future__ import annotations

import pytest


def _by_stance(coded, stance: str):
    return [c for c in coded.claims if c.stance == stance]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "owner", "denier"), [
    ("He also denied Western press reports that the rockets were assembled in secret with "
     "Syrian help.", "press", "He"),
    ("She disputed the prosecution's version that she had wired money to the militia.",
     "prosecution", "She"),
])
def test_a_lone_pronoun_denies_the_report_it_names(code_text, text, owner, denier):
    coded = code_text(text)
    [asserts] = [c for c in _by_stance(coded, "asserts") if c.event is None]
    [denies] = [c for c in _by_stance(coded, "denies") if c.event is None]
    assert asserts.topic == denies.topic
    assert owner in (asserts.asserted_by_text or "") and denies.asserted_by_text == denier
    assert denies.asserted_by is None  # nobody to resolve it to


@pytest.mark.slow
def test_a_pronoun_after_a_person_named_otherwise_is_no_lone_denier(code_text):
    # a person named before, not as a speaker, leaves "he" to the reader: no pair of "he"
    coded = code_text("Mourners carried the coffin of Father Ignacio through the town. He had "
                      "denied reports that the militia paid him.")
    assert not any(c.asserted_by_text == "He" and c.asserted_by is None for c in coded.claims)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Maduro wrongly claimed victory as the count went on.",
    # the sentence left unparsed (no event words): the one word after the report word
    "Maduro falsely claimed victory. Troops later fired on protesters in Caracas.",
])
def test_a_false_claim_of_one_noun_is_the_speaker_s_against_the_author(code_text, text):
    coded = code_text(text)
    [asserts] = [c for c in _by_stance(coded, "asserts") if c.event is None]
    [disputes] = _by_stance(coded, "disputes")
    assert (asserts.asserted_by, asserts.proposition) == ("PER.NICOLAS_MADURO", "victory")
    assert disputes.topic == asserts.topic and disputes.asserted_by is None  # the author


@pytest.mark.slow
def test_a_plain_claim_of_one_noun_is_no_contest(code_text):
    coded = code_text("Maduro claimed victory as the count went on.")
    assert _by_stance(coded, "disputes") == [] and _by_stance(coded, "denies") == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "accuser", "denier"), [
    ("The Arab League condemned the shelling of civilians in a resolution that Damascus "
     "rejected.", "IGO.ARAB_LEAGUE", "SYR"),
    ("The General Assembly condemned abuses by the security forces in a resolution that "
     "Pyongyang rejected.", "IGO.UN.GA", "PRK"),
])
def test_a_charge_rejected_in_a_relative_clause_on_its_vehicle(code_text, text, accuser, denier):
    coded = code_text(text)
    [denies] = _by_stance(coded, "denies")
    charge = next(e for e in coded.events if e.id == denies.event)
    assert charge.type == "ACCUSE" and (charge.asserted_by, denies.asserted_by) == (
        accuser, denier)
    # the act the charge names is not what the rejection denies
    assert not any(c.event != charge.id for c in _by_stance(coded, "denies"))


@pytest.mark.slow
def test_a_rejected_resolution_that_charges_nobody_is_no_contest(code_text):
    coded = code_text("The council adopted a resolution that Damascus rejected.")
    assert _by_stance(coded, "denies") == [] and _by_stance(coded, "disputes") == []


def _contest(coded):
    """(asserting holder id, denying holder id) of the coded contest on an event."""
    denied = [e for e in coded.events if e.modality == "denied"]
    told = [e for e in coded.events if e.modality == "reported" and e.type == "ASSAULT"]
    assert len(denied) == 1 and len(told) == 1, [(e.type, e.modality) for e in coded.events]
    return told[0].asserted_by, denied[0].asserted_by


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sides"), [
    # the report put after "as" and its judgment, as the parser reads it
    ("Islamabad dismissed as baseless Indian allegations that its army shelled villages.",
     ("IND", "PAK")),
    # the report's "that" clause (and its "by") hung on the verb
    ("Beijing denied charges by Manila that Chinese ships rammed a supply boat.",
     ("PHL", "CHN")),
])
def test_a_dismissed_report_whatever_the_parse(code_text, text, sides):
    assert _contest(code_text(text)) == sides


@pytest.mark.slow
def test_a_passive_inside_the_report_does_not_own_it(code_text):
    # "by Russian crews" tells what the report says, it is not who made it
    coded = code_text("Tehran dismissed reports that the drones were flown by Russian crews.")
    assert not any(c.asserted_by == "RUS" for c in coded.claims)
    assert not any(e.asserted_by == "RUS" for e in coded.events)


@pytest.mark.slow
def test_a_lone_pronoun_rejecting_claims_it_names(code_text):
    # the claim's side is the opposition's, as an event it reports (LABELLING: "X dismissed
    # Y's reports that P": P reported by Y) or, where no event is coded, a claim of its words
    coded = code_text("He also rejected opposition claims that police had tortured detainees.")
    [denies] = _by_stance(coded, "denies")
    events = {e.id: e for e in coded.events}
    holders = {c.asserted_by_text if c.event is None else events[c.event].asserted_by_text
               for c in _by_stance(coded, "asserts")
               if c.event is None or c.event == denies.event}
    assert (holders, denies.asserted_by_text) == ({"opposition"}, "He")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # restraint as an offer: the purpose of an initiative, a noun
    "Riyadh announced a ceasefire initiative to end the fighting in Yemen, but the Houthis "
    "dismissed it as a ploy.",
    "Israel announced a truce in Gaza. Hamas rejected it.",
])
def test_an_offer_of_restraint_turned_down_is_no_contest(code_text, text):
    coded = code_text(text)
    assert _by_stance(coded, "denies") == [] and _by_stance(coded, "disputes") == []


@pytest.mark.slow
def test_an_account_of_restraint_dismissed_is_a_contest(code_text):
    coded = code_text("Moscow said its troops withdrew from Kherson in good order, but Kyiv "
                      "dismissed it as a lie.")
    [denies] = _by_stance(coded, "denies")
    assert denies.asserted_by == "UKR"
    assert next(e for e in coded.events if e.id == denies.event).asserted_by == "RUS"


@pytest.mark.slow
def test_a_second_speaker_that_confirms_is_no_rival(code_text):
    coded = code_text("Kyiv says Russian missiles hit a hospital in Kharkiv. The WHO confirmed "
                      "the strike.")
    assert _by_stance(coded, "disputes") == [] and _by_stance(coded, "denies") == []
