"""Rebuttal pairs inside one text where one side has no event of its own: the speaker's
words stand for their side ("X describes P as Q. In reality, R"), the answer names what the
evidence shows ("fragments ... came from a Russian missile"), a denial of one's part in an
act the author tells ("the RSF denied involvement")."""

from __future__ import annotations

import pytest


def _claims(coded, stance: str):
    return [c for c in coded.claims if c.stance == stance]


def _event(coded, type_: str, trigger: str):
    found = [e for e in coded.events if e.type == type_ and e.trigger == trigger]
    assert found, [(e.type, e.trigger) for e in coded.events]
    return found[0]


def _disputed(code_text, text: str, trigger: str):
    """The ASSAULT of ``text`` with ``trigger`` and the one claim that disputes it."""
    coded = code_text(text)
    event = _event(coded, "ASSAULT", trigger)
    [dispute] = _claims(coded, "disputes")
    assert dispute.event == event.id
    return event, dispute


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "speaker"), [
    # the marker opening the answer
    ("Moscow describes its operation in Syria as a campaign against terrorists only. In "
     "reality, its jets have bombed hospitals in Idlib.", "bombed", "RUS"),
    # an adverb inside it; the speaker's sentence left unparsed (no event words in it)
    ("Beijing says it respects the sovereignty of its neighbours. Chinese ships nonetheless "
     "rammed a Philippine supply boat near Second Thomas Shoal.", "rammed", "CHN"),
    # "in fact" after the auxiliary
    ("Addis Ababa says the war in Tigray is over. Federal troops have in fact shelled Mekelle "
     "again this week.", "shelled", "ETH"),
])
def test_a_speaker_without_an_event_disputes_the_answer(code_text, text, trigger, speaker):
    event, dispute = _disputed(code_text, text, trigger)
    assert (event.asserted_by, dispute.asserted_by) == (None, speaker)  # the author's account
    assert text.startswith(dispute.evidence.text)  # the speaker's own sentence


@pytest.mark.slow
def test_a_plain_report_then_an_account_is_no_pair(code_text):
    coded = code_text("Ankara says its operation targets only the PKK. Turkish drones struck a "
                      "market near Sinjar on Monday.")
    assert _claims(coded, "disputes") == [] and _claims(coded, "denies") == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "denier"), [
    ("A car bomb killed nine soldiers in Mogadishu on Sunday; al-Shabaab denied "
     "responsibility.", "killed", "GRP.AL_SHABAAB"),
    ("Drones struck an oil depot in Novorossiysk overnight; Kyiv denied involvement.",
     "struck", "UKR"),
])
def test_the_author_tells_what_a_denial_of_involvement_answers(code_text, text, trigger,
                                                                 denier):
    coded = code_text(text, author="@desk")
    denied, told = [e for e in coded.events if e.type == "ASSAULT" and e.trigger == trigger]
    assert (denied.modality, denied.asserted_by) == ("denied", denier)
    # the author's own account of what was denied, which the store merges with the denial
    assert (told.modality, told.asserted_by, told.asserted_by_text) == (
        "asserted", None, "@desk")
    assert (told.source, told.target) == (denied.source, denied.target)
    [mine] = [c for c in coded.claims if c.event == told.id]
    assert (mine.stance, mine.asserted_by) == ("asserts", None)


@pytest.mark.slow
def test_denying_a_role_in_a_named_act_is_no_pair(code_text):
    coded = code_text("Kataib Hezbollah denied any role in the rocket attack on the Green "
                      "Zone.")
    assert _claims(coded, "disputes") == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "attacker", "holder_id", "holder_text"), [
    # the maker of the finding named after "by" (without an actor id: its words)
    ("Moscow said a Ukrainian missile struck the market in Kostiantynivka. Debris examined "
     "by independent investigators came from a Russian Buk missile.", "struck", "RUS", None,
     "independent investigators"),
    ("Russia's defence ministry said a Ukrainian air-defence missile had hit the children's "
     "hospital in Kyiv. Fragments analysed by UN monitors came from a Russian cruise missile.",
     "hit", "RUS", "IGO.UN", "UN"),
])
def test_remains_that_came_from_the_other_side(code_text, text, trigger, attacker, holder_id,
                                               holder_text):
    coded = code_text(text)
    said, *found = [e for e in coded.events if e.type == "ASSAULT" and e.trigger == trigger]
    [counter] = found  # the finding's account of the attack, an event of its own
    assert said.asserted_by is not None and counter.source == attacker
    assert not counter.negated and counter.evidence.text.startswith(("Debris", "Fragments"))
    assert (counter.asserted_by, counter.asserted_by_text) == (holder_id, holder_text)
    [dispute] = _claims(coded, "disputes")
    assert (dispute.event, dispute.asserted_by) == (said.id, holder_id)


@pytest.mark.slow
def test_no_evidence_of_where_it_came_from_is_no_pair(code_text):
    coded = code_text("Moscow said a Ukrainian missile struck the market in Kostiantynivka. "
                      "There is no evidence the debris came from a Russian missile.")
    assert _claims(coded, "disputes") == [] and len(coded.events) == 1


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "first", "second"), [
    ("Turkey said its drones hit PKK positions near Sinjar; the PKK said the strikes killed "
     "only shepherds.", "hit", "TUR", "GRP.PKK"),
    ("India said its forces shot down a Pakistani drone over Punjab; Islamabad said the drone "
     "never left Pakistani airspace.", "shot", "IND", "PAK"),
])
def test_the_other_side_answers_after_a_semicolon(code_text, text, trigger, first, second):
    event, dispute = _disputed(code_text, text, trigger)
    assert (event.asserted_by, dispute.asserted_by) == (first, second)


@pytest.mark.slow
def test_an_ally_after_a_semicolon_is_no_pair(code_text):
    coded = code_text("Manila said a Chinese ship rammed a Philippine supply boat; the "
                      "Philippine navy said the crew was unhurt.")
    assert _claims(coded, "disputes") == [] and _claims(coded, "denies") == []


@pytest.mark.slow
def test_otherwise_after_a_semicolon_answers_its_sentence(code_text):
    event, dispute = _disputed(code_text, "Moscow says its jets only target terrorists in "
                               "Idlib; local medics say otherwise.", "target")
    assert event.asserted_by == "RUS" and dispute.asserted_by_text == "medics"
    # a speaker's denial answered: the other side's account of the act, an event of its own
    # (no claim on the denial: the store reads one there as its denier's)
    coded = code_text("Baku insists its troops never fired on civilians; rights groups say "
                      "otherwise.")
    denial, counter = [e for e in coded.events if e.type == "ASSAULT"]
    assert (denial.asserted_by, denial.negated) == ("AZE", True)
    assert (counter.negated, counter.asserted_by_text) == (False, "rights groups")
    assert (counter.source, counter.target) == (denial.source, denial.target)
    assert _claims(coded, "disputes") == []


@pytest.mark.slow
def test_the_victim_blaming_the_attacker_confirms_the_attack(code_text):
    coded = code_text("A US drone strike in Baghdad killed a senior Kataib Hezbollah commander, "
                      "CENTCOM said. Kataib Hezbollah says it holds Washington responsible.")
    assert _event(coded, "ASSAULT", "killed").asserted_by == "USA.MIL.CENTCOM"
    assert _claims(coded, "disputes") == [] and _claims(coded, "denies") == []
    # the one it was done to with an account of its own still answers
    event, dispute = _disputed(
        code_text, "Israel said its jets struck Hezbollah weapons depots in Nabatieh. "
        "Hezbollah said the strikes hit civilian homes.", "struck")
    assert (event.asserted_by, dispute.asserted_by) == ("ISR", "GRP.HEZBOLLAH")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), [
    ("The junta says its soldiers only fought jihadists in Moura. The evidence shows that "
     "Malian troops executed hundreds of civilians.", "fought"),
    ("Moscow says its jets only hit militants in Idlib. The record tells a different story: "
     "Russian jets bombed four hospitals there in May.", "hit"),
])
def test_the_evidence_answers_the_speaker_before(code_text, text, trigger):
    event, dispute = _disputed(code_text, text, trigger)
    assert event.modality == "reported" and dispute.asserted_by is None  # the author's
    assert not text.startswith(dispute.evidence.text)  # the answering sentence


@pytest.mark.slow
def test_remains_from_the_side_that_denied_the_attack(code_text):
    coded = code_text("Tehran said its air defences never fired at the airliner. Fragments "
                      "recovered at the crash site came from an Iranian Tor missile.")
    denial, counter = [e for e in coded.events if e.type == "ASSAULT"]
    assert (denial.asserted_by, denial.negated, counter.negated) == ("IRN", True, False)
    # the author's account of the same act, which the store merges with the denial; no
    # claim on the denial (it would stand for the denier)
    assert (counter.source, counter.target, counter.asserted_by) == (
        denial.source, denial.target, None)
    assert counter.evidence.text.startswith("Fragments")
    assert _claims(coded, "disputes") == [] and _claims(coded, "denies") == []


@pytest.mark.slow
def test_a_negated_account_disputes_the_answer_s_own_events(code_text):
    cases = {
        "Tehran says its forces never attacked ships in the Gulf. In fact, Iranian speedboats "
        "seized a British tanker off Fujairah in July.": ("COERCE", "seized", "IRN"),
        "Kigali says its troops never crossed into Congo. UN experts nonetheless documented "
        "Rwandan soldiers fighting beside M23 rebels near Goma.": ("COOPERATE", "fighting",
                                                                   "RWA"),
    }
    for text, (type_, trigger, speaker) in cases.items():
        coded = code_text(text)
        answers = {e.id for e in coded.events if (e.type, e.trigger) == (type_, trigger)}
        assert answers, [(e.type, e.trigger) for e in coded.events]
        # the speaker's words against the answer's account (each side of a joint act, as
        # "fighting beside" is); no copy of the negated event
        disputes = _claims(coded, "disputes")
        assert disputes and {(d.event, d.asserted_by) for d in disputes} == {
            (a, speaker) for a in answers}
        assert all(text.startswith(d.evidence.text) for d in disputes)
        assert [e.negated for e in coded.events if e.type == "ASSAULT"] in ([True], [])


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a label and a colon opening the answer, as posts write it
    "Moscow says its forces never target civilians. Reality: a Russian missile flattened a "
    "supermarket in Kharkiv.",
    "moscow says its forces never target civilians. the truth: a russian missile flattened a "
    "supermarket in kharkiv",
])
def test_a_label_and_a_colon_open_the_answer(code_text, text):
    event, dispute = _disputed(code_text, text, "flattened")
    assert (event.asserted_by, dispute.asserted_by) == (None, "RUS")  # the author's account


@pytest.mark.slow
def test_a_label_and_a_colon_with_no_claim_before_is_no_pair(code_text):
    coded = code_text("Fact: Russian jets bombed a hospital in Idlib.")
    assert not _claims(coded, "disputes") and not _claims(coded, "denies")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "denier", "teller"), [
    # a denial verb on a noun that restates the act after a comma (reb27)
    ("Naval drones sank a patrol boat off Sevastopol on Monday, an attack that Kyiv denies.",
     "sank", "UKR", None),
    ("Burundian troops fought beside the Congolese army near Uvira last year, a cooperation "
     "Gitega long denied.", "fought", "BDI", None),
    # a speaker who says the restated act never happened
    ("Herders said soldiers shot four men near the river, an attack Juba says never "
     "happened.", "shot", "SSD", "Herders"),
])
def test_a_relative_clause_on_the_restated_act_denies_it(code_text, text, trigger, denier,
                                                       teller):
    coded = code_text(text)
    told = [e for e in coded.events if e.trigger == trigger and e.modality != "denied"]
    assert told, [(e.type, e.trigger, e.modality) for e in coded.events]
    assert told[0].asserted_by_text == teller or told[0].asserted_by is None
    denials = [c for c in _claims(coded, "denies") if c.event == told[0].id]
    assert [c.asserted_by[:3] for c in denials] == [denier]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a demand refused, not an act denied
    "Farmers demanded that the ministry restore the subsidy before the harvest, a condition "
    "the government has repeatedly dismissed.",
    # the act the clause names happened, by its speaker's word
    "Drones hit a fuel depot near Kursk overnight, an attack Kyiv has not denied.",
    # a denial whose own clause tells another act
    "Rebels attacked a police post near Bunia on Monday. Separately, the governor denied "
    "reports that he had resigned.",
])
def test_no_denial_of_the_told_act(code_text, text):
    coded = code_text(text)
    told = {e.id for e in coded.events if e.modality != "denied"}
    assert not [c for c in _claims(coded, "denies") if c.event in told]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "stance", "holder"), [
    # "a spokesman for X" speaks for X, not for the speaker of the sentence before
    ("Kenya said a Somali drone struck a camp near Mandera. A spokesman for the Somali "
     "defence ministry denied the report.", "denies", "SOM"),
    # a denial set against accounts its sentence names the holder of
    ("Moscow denied that its jets bombed the market in Maarat, despite reports by the UN.",
     "disputes", "IGO.UN"),
    # another side's count of its own losses
    ("The M23 said it killed 40 soldiers in the ambush. Congo's army put its losses at four.",
     "disputes", "COD"),
])
def test_the_other_side_of_a_named_account(code_text, text, stance, holder):
    coded = code_text(text)
    assert [c.asserted_by[:len(holder)] for c in _claims(coded, stance)] == [holder]


@pytest.mark.slow
def test_a_name_read_as_an_adjective_still_speaks(code_text):
    # the tagger reads "Kigali" before "maintains" as an adjective (reb27)
    coded = code_text("Kigali maintains that its troops are not deployed in Congo, but UN "
                      "investigators say otherwise.")
    assert "RWA" in {e.asserted_by for e in coded.events} | {
        c.asserted_by for c in coded.claims if c.stance != "asserts"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "teller", "answerer"), [
    # the rival account names the act again ...
    ("The Thai army said Cambodian troops opened fire on its positions near the temple. "
     "Cambodia's defence ministry gave the reverse account of the clash.", "opened",
     "THA.MIL", "KHM.GOV"),
    # ... or only sets itself against it, by a speaker the dictionary lacks
    ("The Indian army said its troops killed three militants in Kupwara. Local residents gave "
     "a different version, saying the three were labourers.", "killed", "IND.MIL", "IND.CIV"),
])
def test_a_different_account_answers_the_speaker_before(code_text, text, trigger, teller,
                                                        answerer):
    coded = code_text(text)
    told = _event(coded, "ASSAULT", trigger)
    assert told.asserted_by is not None and told.asserted_by.startswith(teller)
    assert any(c.event == told.id and c.asserted_by == answerer
               for c in _claims(coded, "disputes"))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # nothing told differently: a plan, not an account
    "The army said its troops killed three militants in Kupwara. The minister said he would "
    "do things differently next year.",
    # the tellers are not named: reporters were told it
    "The army said gunmen attacked the convoy near the town. Reporters who visited the town "
    "were told a different story.",
])
def test_a_different_plan_or_an_untold_story_is_no_pair(code_text, text):
    coded = code_text(text)
    assert _claims(coded, "disputes") == [] and _claims(coded, "denies") == []


@pytest.mark.slow
def test_archived_records_answer_the_speaker_before(code_text):
    # a logbook (as minutes, cables, archives): evidence, which answers the speaker's own
    # account that its side never fired
    coded = code_text("Tehran has said for years that its forces never fired on the tanker. "
                      "The ship's logbook records an Iranian patrol boat firing at the bridge.")
    denied = [e for e in coded.events if e.type == "ASSAULT" and e.negated]
    assert denied and denied[0].asserted_by == "IRN"
    # the author's account (the log is no one's), which the speaker's words dispute
    shown = [e for e in coded.events if e.type == "ASSAULT" and not e.negated]
    assert shown and shown[0].asserted_by is None
    assert any(c.event == shown[0].id and c.asserted_by == "IRN"
               for c in _claims(coded, "disputes"))



@pytest.mark.slow
def test_a_third_voice_past_an_answered_account_is_no_pair(code_text):
    # the army's account is answered in the sentence after it; the next speaker tells of
    # another act two sentences on, which answers nothing
    coded = code_text("Colombia's army said its aircraft destroyed an ELN camp near Tibu and "
                      "killed twelve fighters. An ELN commander said the camp had been empty "
                      "for weeks and that no fighter was there. Since then ELN units have "
                      "killed nine farmers in Arauca, according to Human Rights Watch.")
    counter = [c for c in coded.claims if c.stance in ("disputes", "denies")]
    assert any(c.asserted_by == "GRP.ELN" for c in counter)
    assert not any(c.asserted_by == "NGO.HRW" for c in counter)
