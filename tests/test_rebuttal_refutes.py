"""Rebuttal pairs of wire-report shapes: a denial of what a named speaker said ("X denied the
charges", "Y, however, denies this report", "the rebel version was rejected by Z") whoever
the denier is, the owner of a denied report ("denied a Honduran newspaper's report that
..."), and what is no denial at all ("neither confirmed nor denied", "never able to deny")."""

from __future__ import annotations

import pytest

from actorgraph.coding.attribution import Attribution


def _pairs(coded):
    """(asserter words, counter words) of every claim that denies or disputes an event."""
    by_id = {e.id: e for e in coded.events}
    return [(by_id[c.event].asserted_by_text, c.asserted_by_text) for c in coded.claims
            if c.stance in ("denies", "disputes") and c.event in by_id]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "asserter", "denier"), [
    # a denier the dictionary lacks, not the accused: still the other side
    ("State radio said that rebels killed a mayor in the north on Sunday. Two opposition "
     "leaders denied the charges on Tuesday.", "State radio", "Two opposition leaders"),
    # the marker's sentence: its denier holds the counter-claim, not the author
    ("Police said gunmen killed two guards at the mine. The union leaders, however, deny "
     "this report.", "Police", "union leaders"),
    # "rejected the version"
    ("Rebel radio said its fighters destroyed three army trucks near Suchitoto. The army "
     "press office rejected the rebel version.", "Rebel radio", "army press office"),
    # "once again" rejecting what was said still answers it
    ("Rebel radio said its fighters destroyed three army trucks near Suchitoto. The army "
     "press office once again rejected the rebel version.", "Rebel radio", "army press office"),
])
def test_a_denial_of_what_was_said_answers_its_speaker(code_text, text, asserter, denier):
    assert (asserter, denier) in _pairs(code_text(text))


@pytest.mark.slow
def test_the_owner_of_a_denied_report_asserts_it(code_text):
    coded = code_text("Nicaragua's defence minister denied a Honduran newspaper's report that "
                      "an army helicopter attacked a fishing boat near the border.")
    attacks = [e for e in coded.events if e.type == "ASSAULT"]
    assert {(e.modality, e.asserted_by) for e in attacks} == {("denied", "NIC.GOV"),
                                                             ("reported", "HND.MED")}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "asserter", "counter"), [
    # the charge judged false in a passive ("were invented", "were fabricated")
    ("Polish prosecutors say Russian intelligence hired the men who set fire to a Warsaw "
     "shopping centre. The Russian embassy said the charges were invented.", "POL.JUD",
     "RUS.GOV"),
    # a denial whose clause points back to the act the author told ("... across them")
    ("Sabotage cut two undersea cables in the Baltic last week. Beijing denied that its ship "
     "had dragged an anchor across them.", None, "CHN"),
    # the same with a second verb of the denier ("condemned ... and denied ...")
    ("A bomb killed nine people at the union hall in San Salvador on Monday. The Salvadoran "
     "army condemned the attack and denied that soldiers had carried it out.", None,
     "SLV.MIL"),
])
def test_a_side_without_its_own_event(code_text, text, asserter, counter):
    coded = code_text(text)
    by_id = {e.id: e for e in coded.events}
    # a claim with no event of its own (the prosecutors' "hired the men": no lexicon entry)
    # is asserted by the claim that opens its topic
    opener = {c.topic: c.asserted_by for c in coded.claims
              if c.event is None and c.stance == "asserts"}
    pairs = {(by_id[c.event].asserted_by if c.event else opener.get(c.topic), c.asserted_by)
             for c in coded.claims if c.stance in ("denies", "disputes")}
    assert (asserter, counter) in pairs


@pytest.mark.slow
def test_one_states_voices_adding_to_each_other_are_no_pair(code_text):
    coded = code_text("Kyiv said Russian shelling killed three people in Kharkiv. In reality the "
                      "number may be higher, regional officials warned, as rescuers were still "
                      "digging.")
    assert _pairs(coded) == []


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # what denies nothing
    "Residents said troops shelled the village overnight. However, military sources have "
    "neither confirmed nor denied the report.",
    "Witnesses said soldiers burned two houses in the hamlet. The garrison would neither "
    "confirm nor deny it.",
    # "he" names nobody the pair could show; "in fact" only stresses what follows
    "He said what the parties had agreed to say then. In fact, there is not much more to "
    "report now.",
    # a question is asked, not claimed
    "(REPORTER) Is it true that the rebels have kidnapped the mayor? (MINISTER) I have no proof "
    "of that.",
    # "otherwise" on a verb that reports nothing
    "The minister said the army had arrested the two union leaders. They stay in custody until "
    "the court decides otherwise.",
])
def test_what_answers_nobody(code_text, text):
    assert _pairs(code_text(text)) == []


@pytest.mark.slow
def test_a_speaker_named_by_his_title_is_one_speaker(nlp):
    from actorgraph.coding.coder import Argument

    doc = nlp("Vice President Carlos Duarte spoke first. The vice president spoke again.")
    named = Argument(doc[3], doc[2:4])  # "Carlos Duarte", after his title
    title = Argument(doc[8], doc[7:9])  # "vice president"
    assert Attribution._titled(named, title)
    assert not Attribution._titled(title, named)


@pytest.mark.slow
def test_a_denier_the_dictionary_lacks_denies_its_part(code_text):
    coded = code_text('THE ARMED FORCES CONDEMNED THE "CRIMINAL BOMBING" OF THE UNION OFFICES, '
                      'AND DENIED THAT THE MILITARY PERPETRATED IT.')
    assert (None, "ARMED FORCES") in _pairs(coded)  # the author's account, denied


@pytest.mark.slow
def test_a_report_read_as_a_verb_under_a_denial_holds_no_counter_claim(code_text):
    # "THE FMLN REPORTS" after "DENIED" is read as "the FMLN reports (something)": what the
    # denial denies, not a finding of the FMLN against its own radio's account
    coded = code_text("REBEL RADIO VENCEREMOS SAID THE GUERRILLAS DESTROYED TWO ARMY TRUCKS "
                      "NEAR SUCHITOTO. THE ARMED FORCES PRESS COMMITTEE, HOWEVER, DENIED THE "
                      "FMLN REPORTS.")
    pairs = _pairs(coded)
    assert pairs and all("FMLN" not in (counter or "") for _, counter in pairs), pairs


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Pakistan called India's claim that its jets bombed Balakot baseless.",
    "Belgrade described the reports that its police shot protesters in Mitrovica as fabricated.",
    "Moscow called reports that its jets struck a hospital in Idlib a provocation.",
])
def test_a_claim_called_false_is_denied_by_the_one_who_calls_it(code_text, text):
    coded = code_text(text)
    denied = [e for e in coded.events if e.modality == "denied"]
    assert denied and denied[0].asserted_by_text == text.split()[0]
    if "'s claim" in text:  # the claim's owner asserts the same act the other denies
        [owned] = [e for e in coded.events if e.modality == "reported"]
        assert owned.asserted_by == "IND"
        assert (owned.type, owned.source, owned.target) == (
            denied[0].type, denied[0].source, denied[0].target)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Moscow called the claim that its jets struck a hospital in Idlib important.",
    "Israel called reports that its troops killed aid workers deeply troubling.",
])
def test_a_claim_called_something_other_than_false_is_not_denied(code_text, text):
    coded = code_text(text)
    assert not [e for e in coded.events if e.modality == "denied"]
    assert not _pairs(coded)


@pytest.mark.slow
def test_a_report_called_false_by_a_speaker_the_dictionary_lacks_is_denied(code_text):
    coded = code_text("Police said gunmen killed two guards at the mine. Union leaders called "
                      "the report baseless.")
    assert _pairs(coded) == [("Police", "Union leaders")]
    # called something else: no denial
    coded = code_text("Police said gunmen killed two guards at the mine. Union leaders called "
                      "the report important.")
    assert not _pairs(coded)


@pytest.mark.slow
def test_rejecting_an_accusation_again_is_a_contest_over_it(code_text):
    coded = code_text("THE ARCHBISHOP ONCE AGAIN REJECTED THE ATTORNEY GENERAL'S ACCUSATION.")
    sides = {(c.stance, c.asserted_by_text) for c in coded.claims if c.event is None}
    assert sides == {("asserts", "ATTORNEY GENERAL"), ("denies", "ARCHBISHOP")}

