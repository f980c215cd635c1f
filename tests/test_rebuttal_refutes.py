"""Rebuttal pairs of wire-report shapes: a denial of what a named speaker said ("X denied the
charges", "Y, however, denies this report", "the rebel version was rejected by Z") whoever
the denier is, the owner of a denied report ("denied a Honduran newspaper's report that
..."), and what is no denial at all ("neither confirmed nor denied", "never able to deny");
and second accounts that answer the first without a denial verb ("called the accusation
absurd", "its forces had not attacked the region", "..., not the school")."""

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
    from actorgraph.coding.reading import Argument

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


# A second side that is a plain answer to the account just told: a speaker calling the
# accusation false (whatever its country), a speaker clearing its own side of the act the
# author told, and a speaker the dictionary lacks who sets its account against the other
# ("..., not the school"; "insisted no boat had been rammed"); and what is no answer.


@pytest.mark.slow
@pytest.mark.parametrize(("text", "asserter", "counter"), [
    # a naming verb that calls the charge false refutes it, the speaker of the act answered
    ("Moscow said Ukrainian drones hit a school in Belgorod. Kyiv called the claim a lie and "
     "said its drones struck an oil depot.", "Moscow", "Kyiv"),
    # ... however the dictionary places the two: a state's critic and the state answering
    ("Yulia Navalnaya said prison guards beat her husband's lawyer in Moscow. The Kremlin "
     "called the accusation absurd.", "Yulia Navalnaya", "The Kremlin"),
    # the false word ends the naming, not the clause joined after it
    ("The rebel spokesman said their fighters had captured the airport at Mirsk. The "
     "government called the claim a lie and said troops still held the runway.",
     "rebel spokesman", "government"),
    # a speaker without an id sets its account against the other with a negated noun ...
    ("Camp residents said a bomb hit the school in Kadugli. Relief volunteers said the bomb "
     "fell on an empty field, not the school.", "residents", "Relief volunteers"),
    # ... or insists on a negated account
    ("Fishermen said navy boats rammed their trawler near the cape. Port officials insisted "
     "no boat had been rammed.", "Fishermen", "Port officials"),
])
def test_a_second_account_answers_the_first(code_text, text, asserter, counter):
    assert (asserter, counter) in _pairs(code_text(text))


@pytest.mark.slow
def test_a_side_cleared_of_the_act_just_told_denies_it(code_text):
    coded = code_text("An oil depot in Bryansk was struck overnight and burned for hours. Kyiv "
                      "said its forces had not attacked the region.")
    denied = [c for c in coded.claims if c.stance in ("denies", "disputes")]
    by_id = {e.id: e for e in coded.events}
    assert any(c.asserted_by == "UKR" and by_id[c.event].asserted_by is None
               and by_id[c.event].modality == "asserted" for c in denied if c.event in by_id)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # clearing one's own side says nothing of an act another side's named doer did
    "Israeli jets struck a building in Beirut on Friday. Hezbollah said its fighters had not "
    "fired any rockets that day.",
    # "said" with a negation is an account of its own, not an insistence against the other
    "Fishermen said navy boats rammed their trawler near the cape. Port officials said no "
    "boat had left the harbour since.",
])
def test_no_answer_no_pair(code_text, text):
    assert _pairs(code_text(text)) == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "asserter", "counter"), [
    # the evidence of a named speaker's account called false ("called the testimony staged")
    ("Kurdish lawmakers said Turkish soldiers beat four shepherds near the border. Ankara "
     "called the testimony staged.", "Kurdish lawmakers", "Ankara"),
    # the author's account of what the evidence shows, the evidence judged false after it
    ("A video filmed in Kassala shows soldiers beating two traders outside a mosque. The army "
     "said the footage had been doctored.", None, "army"),
    ("A letter signed by the governor orders police to arrest all striking miners. The "
     "governor's office called the document a forgery.", None, "The governor's office"),
    # a fact-check's verdict alone answers the claim it checks
    ("Opposition bloggers said Kenyan police shot dead nine protesters in Nakuru. Verdict: "
     "false.", "bloggers", None),
    # a verb of answering with its clause ("countered that ...")
    ("Athens police said Turkish coast guards rammed a Greek fishing boat near Lesbos. Ankara "
     "countered that the boat had sailed into Turkish waters.", "police", "Ankara"),
])
def test_evidence_verdicts_and_counters_answer_the_account(code_text, text, asserter, counter):
    assert (asserter, counter) in _pairs(code_text(text))
