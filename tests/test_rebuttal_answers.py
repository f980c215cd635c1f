"""Rebuttal pairs inside one text whose other side the coder used to miss: a denial of one's
part in what the author has just told ("Kyiv denied any role"), reports a speaker dismisses
("dismissed Indian reports that ..."), a charge denied in a relative clause ("a charge Paris
denies"), evidence that shows what a speaker denied ("Flight records show ..."), a hedged
answer ("There is no evidence that ..."), the holder named by "according to", what was said
judged false ("That claim is false"), and praise for an act ("praised its army for
protecting civilians"); and the near misses that stay no pair."""

from __future__ import annotations

import pytest


def _counter(coded, *stances: str):
    return [c for c in coded.claims if c.stance in stances]


def _sides(coded):
    """The two-sided contests of a coded text: counter-claims on events that are not
    themselves denials (a denial's own claim is one side only), and an asserted and a
    denied mention of one act."""
    by_id = {e.id: e for e in coded.events}
    out = [c for c in coded.claims if c.stance == "disputes" or (
        c.stance == "denies" and by_id[c.event].modality != "denied")]
    acts = {(e.type, e.source, e.target) for e in coded.events if e.modality == "denied"}
    return out + [e for e in coded.events if e.modality in ("asserted", "reported")
                  and not e.negated and (e.type, e.source, e.target) in acts]


def _event(coded, type_: str, trigger: str):
    found = [e for e in coded.events if e.type == type_ and e.trigger == trigger]
    assert found, [(e.type, e.trigger) for e in coded.events]
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "denier"), [
    ("Rockets struck a US base near Erbil overnight. Kataib Hezbollah denied any role in the "
     "attack.", "struck", "GRP.KATAIB_HEZBOLLAH"),
    ("Gunmen killed nine soldiers at a checkpoint near Djibo. JNIM denied involvement.",
     "killed", "GRP.JNIM"),
])
def test_a_denial_of_one_s_part_answers_the_author_s_account(code_text, text, trigger, denier):
    coded = code_text(text, author="@desk")
    told = _event(coded, "ASSAULT", trigger)
    assert (told.asserted_by, told.modality) == (None, "asserted")  # the author's own
    [denial] = [c for c in _counter(coded, "denies") if c.event == told.id]
    assert denial.asserted_by == denier
    assert denial.evidence.text.startswith(text.split(". ")[1][:10])  # the denier's sentence


@pytest.mark.slow
@pytest.mark.parametrize(("text", "denier"), [
    ("A truck bomb killed five officers at a police post in Mogadishu. Al-Shabaab denied "
     "involvement.",
     "GRP.AL_SHABAAB"),
    ("Drones set fire to a fuel depot near Belgorod on Monday. Kyiv denied any role.", "UKR"),
])
def test_a_denial_of_one_s_part_tells_the_act_as_the_denier_denies_it(code_text, text, denier):
    coded = code_text(text)
    [denied] = [e for e in coded.events if e.type == "ASSAULT" and e.modality == "denied"]
    assert (denied.source, denied.asserted_by) == (denier, denier)
    told = [e for e in coded.events if e.type == "ASSAULT" and e.modality == "asserted"]
    assert told and denied.target == told[0].target  # the act told before, its target kept


@pytest.mark.slow
def test_reports_a_speaker_dismisses_are_denied_by_it_and_asserted_by_their_owner(code_text):
    coded = code_text("Islamabad dismissed Indian reports that its army had shelled villages "
                      "in Kupwara.")
    shelled = [e for e in coded.events if e.type == "ASSAULT"]
    assert sorted((e.asserted_by, e.modality) for e in shelled) == [
        ("IND", "reported"), ("PAK", "denied")]
    # reports of no one: denied by the one who dismisses them, with no other side
    coded = code_text("The Kremlin dismissed reports that Wagner fighters had shot civilians "
                      "in Mali.")
    [shot] = [e for e in coded.events if e.type == "ASSAULT"]
    assert (shot.asserted_by, shot.modality) == ("RUS.GOV.KREMLIN", "denied")
    assert [c.stance for c in coded.claims if c.event == shot.id] == ["denies"]


@pytest.mark.slow
def test_a_charge_denied_in_a_relative_clause(code_text):
    coded = code_text("Niger's junta accuses France of training jihadists on its border, a "
                      "charge Paris denies.")
    [denial] = _counter(coded, "denies")
    charge = next(e for e in coded.events if e.id == denial.event)
    assert (charge.asserted_by, denial.asserted_by) == ("NER.GOV.CNSP", "FRA")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "claimant", "denier"), [
    # the parser reads "Yerevan rejects" as a noun with the name on it, beside "a claim"
    ("Azerbaijan says Armenian forces shelled Sotk, a claim Yerevan rejects.", "AZE", "ARM"),
    ("China says Philippine vessels rammed its ship, a version Manila rejects.", "CHN", "PHL"),
    # ... or "an allegation Islamabad dismisses" as one noun phrase
    ("India says Pakistani troops attacked its posts, an allegation Islamabad dismisses.",
     "IND", "PAK"),
])
def test_a_claim_denied_in_a_relative_clause_the_parser_reads_as_a_noun(
        code_text, text, claimant, denier):
    coded = code_text(text)
    [denial] = _counter(coded, "denies")
    claim = next(e for e in coded.events if e.id == denial.event)
    assert (claim.asserted_by, claim.modality, denial.asserted_by) == (
        claimant, "reported", denier)


@pytest.mark.slow
def test_a_noun_after_a_name_is_no_denial_without_a_claim_before_it(code_text):
    # "rejects" read as a noun with a name on it, but nothing said before it: no pair
    coded = code_text("Azerbaijan says Armenian forces shelled Sotk. Yerevan rejects talks.")
    assert not _counter(coded, "denies", "disputes")


@pytest.mark.slow
def test_evidence_that_shows_what_a_speaker_denied(code_text):
    coded = code_text("Belarus denied that its air force had forced the Ryanair jet to land. "
                      "Flight records show a MiG-29 escorted the plane to Minsk.")
    denied, told = [e for e in coded.events if e.type == "COERCE"]
    assert (denied.modality, denied.asserted_by) == ("denied", "BLR")
    # the author's account of the act, from the evidence: the store merges it with the denial
    assert (told.modality, told.asserted_by, told.source) == ("asserted", None, denied.source)
    assert told.evidence.text.startswith("Flight records")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "holder", "said"), [
    # evidence of the speaker's own side at work: the speaker's words dispute it
    ("Beijing says its coast guard acted with restraint near Scarborough Shoal. Video released "
     "by the Philippine coast guard shows a Chinese vessel firing a water cannon at a fishing "
     "boat.", "CHN", "Beijing"),
    # "according to" names who holds the counter-claim
    ("Russia's defence ministry said its troops had captured Vovchansk. In fact, Ukrainian "
     "units still hold the town, according to Ukraine's general staff.",
     "UKR.MIL.GENERAL_STAFF", "In fact"),
])
def test_who_holds_the_answer(code_text, text, holder, said):
    [dispute] = _counter(code_text(text), "disputes")
    assert dispute.asserted_by == holder and dispute.evidence.text.startswith(said)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "speaker", "holder"), [
    ("The Kremlin says Ukrainian saboteurs attacked the concert hall. There is no evidence "
     "that Ukraine was involved, US officials said.", "attacked", "RUS.GOV.KREMLIN", "USA.GOV"),
    ("Damascus says rebels staged the chlorine attack on Douma. OPCW inspectors found no "
     "evidence that rebels carried it out.", "staged", "SYR", "IGO.OPCW"),
])
def test_a_hedged_answer_disputes_the_claim_before(code_text, text, trigger, speaker, holder):
    coded = code_text(text)
    said = _event(coded, "ASSAULT", trigger)
    [dispute] = _counter(coded, "disputes")
    assert (said.asserted_by, dispute.event, dispute.asserted_by) == (speaker, said.id, holder)


@pytest.mark.slow
@pytest.mark.parametrize(("answer", "holder"), [
    ("That claim is false.", None), ("That is not true.", None),
    ("The allegations are baseless.", None),
    ("This is a fabrication, Ukraine's air force said.", "UKR.MIL.AIR_FORCE"),
])
def test_what_was_said_judged_false(code_text, answer, holder):
    coded = code_text("Moscow says Ukrainian drones struck a school in Horlivka. " + answer)
    said = _event(coded, "ASSAULT", "struck")
    [dispute] = _counter(coded, "disputes")
    assert (said.asserted_by, dispute.event, dispute.asserted_by) == ("RUS", said.id, holder)
    assert dispute.evidence.text == answer


@pytest.mark.slow
def test_praise_for_an_act_is_the_praiser_s_claim(code_text):
    coded = code_text("Addis Ababa praised its army for protecting civilians in Amhara. But in "
                      "fact a drone strike by the army killed 30 people at a market.")
    protect = _event(coded, "AID", "protecting")
    assert (protect.asserted_by, protect.modality) == ("ETH", "reported")
    [dispute] = _counter(coded, "disputes")
    assert (dispute.event, dispute.asserted_by) == (protect.id, None)  # the author's answer


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a denial of a role with nothing told before it, or told as its circumstance
    "Kataib Hezbollah denied any role in attacks on US forces in Syria.",
    "When it emerged that troops had fired on the crowd, the militia denied any involvement.",
    # evidence that bears the speaker out
    "Kyiv says Russian missiles hit a hospital in Dnipro. Video shows the roof of the hospital "
    "on fire.",
    # "no sign of" something other than what was said
    "The Taliban say their ban on girls' schooling is temporary. It has been in force for three "
    "years with no sign of being lifted.",
    # an office holder adding to his own army's account
    "Israel's army said its jets struck Hezbollah sites in the Bekaa. Defence minister Israel "
    "Katz said more strikes would follow.",
    # the side it was done to and a witness without an actor id tell one story
    "Lebanon's health ministry said an Israeli strike killed five people in Tyre. Civil "
    "defence workers said the strike hit a residential building.",
    # a judgement of something else
    "The army said its troops killed 12 militants near Kidal. This is not the end.",
    # "however" opening something else
    "Moscow said its forces captured the village of Andriivka. However, talks on a prisoner "
    "exchange will continue in Istanbul.",
])
def test_near_misses_are_no_pair(code_text, text):
    assert _sides(code_text(text)) == []
