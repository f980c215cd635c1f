"""Who says what: speakers, hedges, claims of responsibility and rebuttals inside one text,
coded with the real model; the seed thread's contested pair through the CLI and the API."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import event_at

from actorgraph.cli import cli
from actorgraph.coding.speech import load_cues
from actorgraph.store.db import Store

SEED = Path(__file__).parents[2] / "shared" / "examples" / "mansharof-thread.txt"
PRAISE = ("senior Iranian officials praise his contribution to the liberation of Iraq "
          "from ISIS.")
IN_FACT = ("But in fact, the Quds Force led by soleimani took advantage of the ISIS crisis to "
           "maximize the Iranian influence in Iraq.")


def test_the_cue_file_is_read_whole():
    cues = load_cues()
    assert "allegedly" in cues.hedge_words and ("in", "fact") in cues.counter_markers
    assert all(len(p) >= len(q) for p, q in zip(cues.counter_markers, cues.counter_markers[1:],
                                               strict=False))



@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "asserted_by", "modality"), [
    # a report clause after the event, and "according to"
    ("Hamas fired rockets at Israel, the Israeli army said.", "ASSAULT", "fired", "ISR.MIL",
     "reported"),
    # ... set off by commas, with a clause after it the parser hung on the report verb
    ("Bosnia will not send police to the border, Dodik said, however many migrants cross "
     "there.", "MOBILIZE", "send", "PER.MILORAD_DODIK", "future"),
    ("Malian soldiers killed dozens of civilians in Moura, according to Human Rights Watch.",
     "ASSAULT", "killed", "NGO.HRW", "reported"),
    # the speaker carried to the next sentence
    ("Russia's defence ministry said its forces destroyed a Ukrainian depot. It added that "
     "Ukrainian troops shelled Donetsk.", "ASSAULT", "shelled", "RUS.GOV.MOD", "reported"),
    # a colon after the speaker
    ("Philip Hammond said: I am appalled by the attack by Assad's regime on Aleppo.",
     "ASSAULT", "attack", "PER.PHILIP_HAMMOND", "reported"),
    # a hedge: reported, the author still the one who writes it
    ("Iranian forces allegedly attacked a tanker in the Gulf of Oman.", "ASSAULT", "attacked",
     None, "reported"),
    # claims of responsibility: the claimant is the source and the asserter
    ("The Islamic State claimed responsibility for the attack on the police station in "
     "Kirkuk.", "ASSAULT", "attack", "GRP.ISIS", "reported"),
    ("Attacks claimed by al-Shabaab killed 20 soldiers in Mogadishu.", "ASSAULT", "killed",
     "GRP.AL_SHABAAB", "reported"),
    # (spk35) ... with the participle set off by commas, read as the attacks' own verb
    ("Today, multiple raids, also claimed by al-Shabaab, have killed at least 12 more "
     "police officers.", "ASSAULT", "raids", "GRP.AL_SHABAAB", "reported"),
    # praise of someone's part in an event: the praising officials assert it
    ("Ahead of the anniversary of Soleimani's death, senior Iranian officials praise his "
     "contribution to the liberation of Iraq from ISIS.", "ASSAULT", "liberation", "IRN.GOV",
     "reported"),
    # the author's own statement stays the author's
    ("Iranian forces attacked a tanker in the Gulf of Oman.", "ASSAULT", "attacked", None,
     "asserted"),
])
def test_who_asserts_the_event(code_text, text, type_, trigger, asserted_by, modality):
    coded = code_text(text, author="@author")
    event = event_at(coded, type_, trigger)
    assert (event.asserted_by, event.modality) == (asserted_by, modality)
    if asserted_by is None:
        assert event.asserted_by_text == "@author"


@pytest.mark.slow
def test_a_claim_of_responsibility_names_the_source(code_text):
    coded = code_text("The Islamic State claimed responsibility for the attack on the police "
                      "station in Kirkuk.")
    assert event_at(coded, "ASSAULT", "attack").source == "GRP.ISIS"


def _counter(coded, stance: str):
    return [c for c in coded.claims if c.stance == stance]


@pytest.mark.slow
def test_but_in_fact_disputes_what_the_officials_praise(code_text):
    coded = code_text(f"Ahead of the anniversary of Soleimani's death, {PRAISE} {IN_FACT}",
                      author="@yossi")
    claimed = event_at(coded, "ASSAULT", "liberation")
    assert (claimed.source, claimed.target) == ("PER.QASEM_SOLEIMANI", "GRP.ISIS")
    [dispute] = _counter(coded, "disputes")
    assert dispute.event == claimed.id and dispute.asserted_by is None  # the author's
    assert dispute.evidence.text == IN_FACT
    assert claimed.evidence.text.endswith(PRAISE)


@pytest.mark.slow
def test_falsely_claimed_and_contrary_to(code_text):
    coded = code_text("The Houthis falsely claimed that they attacked an American destroyer.")
    [dispute] = _counter(coded, "disputes")
    assert dispute.event == event_at(coded, "ASSAULT", "attacked").id
    coded = code_text("Contrary to Rwanda's claims, Rwandan troops attacked Congolese army "
                      "positions in North Kivu.")
    [denial] = _counter(coded, "denies")
    event = event_at(coded, "ASSAULT", "attacked")
    assert (denial.event, denial.asserted_by, event.asserted_by) == (event.id, "RWA", None)


@pytest.mark.slow
def test_a_denial_answered_by_the_author_is_a_pair(code_text):
    coded = code_text("Iran denies arming the Houthis, but in fact investigators traced the "
                      "missiles to Iranian factories.")
    aid = [e for e in coded.events if e.type == "AID"]
    # the other side: the investigators the author cites (no actor id: their words)
    assert sorted((e.modality, e.asserted_by, e.asserted_by_text) for e in aid) == [
        ("denied", "IRN", "Iran"), ("reported", None, "investigators")]


@pytest.mark.slow
def test_the_accused_answering_disputes_the_accusation(code_text):
    coded = code_text("Manila said a Chinese coast guard ship fired a water cannon at a "
                      "Philippine boat. Beijing said its coast guard acted professionally.")
    fired = event_at(coded, "ASSAULT", "fired")
    assert fired.asserted_by == "PHL"
    [dispute] = _counter(coded, "disputes")
    assert (dispute.event, dispute.asserted_by) == (fired.id, "CHN")
    assert dispute.evidence.text.startswith("Beijing said")


@pytest.mark.slow
def test_a_second_speaker_who_agrees_is_no_rebuttal(code_text):
    coded = code_text("Manila said a Chinese coast guard ship fired a water cannon at a "
                      "Philippine boat. The Philippine navy said the crew was unhurt.")
    assert _counter(coded, "disputes") == []


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory, coder):
    if not SEED.is_file():
        pytest.skip(f"{SEED} is not there")
    from actorgraph.readers import read_path

    path = tmp_path_factory.mktemp("seed") / "seed.db"
    [doc] = read_path(SEED)
    with Store(path) as store:
        store.write(coder.code(doc))
    return path


@pytest.mark.slow
def test_seed_claims_contested_shows_both_sides(seed_db):
    """Acceptance: `claims --contested` on the seed thread shows the officials' praise and
    the author's "in fact" counter-claim side by side, each with its sentence."""
    out = CliRunner().invoke(cli, ["claims", "--db", str(seed_db), "--contested",
                                   "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    contests = [json.loads(line) for line in out.output.splitlines()]
    [contest] = [c for c in contests if c["type"] == "ASSAULT" and c["kind"] == "stance"]
    sides = {s["position"]: s["items"] for s in contest["sides"]}
    assert sorted(sides) == ["asserts", "disputes"]
    [praise], [fact] = sides["asserts"], sides["disputes"]
    assert praise["by"] == "IRN.GOV" and PRAISE in praise["evidence"]["text"]
    assert fact["by"] is None and fact["by_text"] == "Yossi Mansharof"
    assert fact["evidence"]["text"] == IN_FACT
    table = CliRunner().invoke(cli, ["claims", "--db", str(seed_db), "--contested"]).output
    assert "disputes" in table and "(Yossi Mansharof)" in table


@pytest.mark.slow
def test_seed_contested_pair_in_the_json_api(seed_db):
    pytest.importorskip("fastapi", reason="no web extra")
    pytest.importorskip("httpx", reason="TestClient needs httpx")
    from actorgraph.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    with TestClient(create_app(seed_db), base_url="http://127.0.0.1") as client:
        response = client.get("/api/claims", params={"contested": "true"})
    assert response.status_code == 200, response.text
    body = response.json()
    [contest] = [c for c in body["contested"] if c["type"] == "ASSAULT"]
    by_side = {s["position"]: s["items"][0] for s in contest["sides"]}
    assert by_side["disputes"]["evidence"]["text"] == IN_FACT
    assert PRAISE in by_side["asserts"]["evidence"]["text"]
    assert body["names"]["IRN.GOV"]


# -- counter-claims whoever holds them, answers, claims of responsibility above a clause,
# -- speakers read from the words --------------------------------------------------------


def _only(coded, stance: str):
    found = _counter(coded, stance)
    assert len(found) == 1, [(c.stance, c.asserted_by, c.asserted_by_text) for c in coded.claims]
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "holder_id", "holder_text"), [
    # evidence made by a group the dictionary lacks: the makers hold the counter-claim
    ("Moscow said its missiles hit an arms depot in Kharkiv. Fragments examined by "
     "independent investigators show otherwise.", "hit", None, "investigators"),
    # "..., analysts said" after an "in fact" clause
    ("Iran's foreign ministry said Israeli jets bombed an empty warehouse in Isfahan. In fact, "
     "the strike destroyed a radar that protects the Natanz site, analysts said.", "bombed",
     None, "analysts"),
    # evidence that speaks for itself: the author's
    ("Tehran said its drones only struck militant camps in Iraqi Kurdistan. In fact, the drones "
     "hit a school in Koya, flight logs show.", "struck", None, None),
    # a speaker without an actor id setting its account against the other's
    ("The Syrian army said its jets struck a rebel arms depot near Idlib. Aid workers said the "
     "bombs fell on a crowded market instead.", "struck", None, "Aid workers"),
])
def test_a_counter_claim_keeps_who_holds_it(code_text, text, trigger, holder_id, holder_text):
    coded = code_text(text, author="@analyst")
    claimed = event_at(coded, "ASSAULT", trigger)
    assert claimed.asserted_by is not None  # the first speaker's
    dispute = _only(coded, "disputes")
    assert (dispute.event, dispute.asserted_by) == (claimed.id, holder_id)
    assert (dispute.asserted_by_text or "").endswith(holder_text or "")
    assert bool(dispute.asserted_by_text) == bool(holder_text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "first", "second"), [
    # the accused gives its own account in the next sentence
    ("Bangkok said Cambodian troops shelled a Thai village. Phnom Penh said its troops had only "
     "returned fire after Thai soldiers attacked them first.", "shelled", "THA", "KHM"),
    # "nonetheless": the sentence stands against the one before
    ("Serbia's government says its police attacked no one in the north. Kosovo's government "
     "nonetheless insists that Serbian police shot two officers near the border.", "attacked",
     "SRB.GOV", "XKX.GOV"),
    # rival accounts of one kind of act: the survivors (the country's civilians, as the
    # labels code them; no side of its state; no word of contrast) against the junta whose
    # soldiers act
    ("Burkina Faso's junta said its soldiers killed jihadists near Djibo. Survivors said the "
     "troops shot unarmed villagers.", "killed", "BFA.GOV", "BFA.CIV"),
    # a speaker who says its own side never did it, answered by another's account
    ("Tehran has always said Iranian forces never shelled the town of Koya. UN observers in the "
     "area reported that the rounds came from Iranian positions.", "shelled", "IRN", "IGO.UN"),
])
def test_the_other_side_answers(code_text, text, trigger, first, second):
    coded = code_text(text)
    claimed = event_at(coded, "ASSAULT", trigger)
    assert claimed.asserted_by == first
    dispute = _only(coded, "disputes")
    assert (dispute.event, dispute.asserted_by) == (claimed.id, second)


@pytest.mark.slow
def test_an_ally_of_the_first_speaker_gives_no_second_account(code_text):
    coded = code_text("Bangkok said Cambodian troops shelled a Thai village. The Thai army said "
                      "two farmers were wounded.")
    assert _counter(coded, "disputes") == []


@pytest.mark.slow
def test_contrary_to_the_claims_of_the_speaker_before(code_text):
    coded = code_text("Rwanda says it supports no armed group in Congo. Contrary to Rwanda's "
                      "claims, UN researchers photographed Rwandan soldiers fighting beside the "
                      "M23 near Goma.")
    said = event_at(coded, "AID", "supports")
    # Rwanda denies supporting any (it says it supports none); the UN's account of the
    # same act stands against the denial
    assert (said.asserted_by, said.modality) == ("RWA", "denied")
    assert [(e.asserted_by, e.modality) for e in coded.events if e.type == "AID"
            and e.id != said.id and e.source == said.source] == [("IGO.UN", "reported")]


@pytest.mark.slow
def test_a_claimed_attack_names_the_source_of_the_clause_under_it(code_text):
    coded = code_text("The Houthis claimed the missile strike on a tanker in the Gulf of Aden "
                      "that killed three sailors.")
    # one attack, told with what it did (the clause on the place the strike hit)
    strike = event_at(coded, "ASSAULT", "strike")
    assert [e.trigger for e in coded.events if e.type == "ASSAULT"] == ["strike"]
    assert (strike.source, strike.asserted_by, strike.modality) == (
        "GRP.HOUTHIS", "GRP.HOUTHIS", "reported")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "speaker"), [
    # a transcript: the bracketed name opening it speaks
    ("(ORTEGA) THE CONTRAS ATTACKED A CLINIC IN JINOTEGA LAST WEEK.", "ATTACKED", "ORTEGA"),
    # "X REPORTED TODAY THAT ...", read from the words where the parse of capitals is weak
    ("POLICE SOURCES REPORTED TODAY THAT GUERRILLAS KILLED TWO SOLDIERS IN SAN MIGUEL.",
     "KILLED", "SOURCES"),
    # ... across the line breaks of wire text, to the end of the post
    ("HONDURAN POLICE\nSOURCES REPORTED TODAY\nTHAT GUERRILLAS KILLED TWO SOLDIERS IN SAN "
     "MIGUEL. THEY WERE SHOT AT A CHECKPOINT.", "SHOT", "POLICE"),
])
def test_speakers_read_from_the_words(code_text, text, trigger, speaker):
    event = event_at(code_text(text, author="@wire"), "ASSAULT", trigger)
    assert event.modality == "reported"
    assert speaker in (event.asserted_by_text or "")


def test_a_counter_claim_holder_without_id_goes_through_the_store(tmp_path):
    """Claim.asserted_by_text is written, read back by claims() and shown in a contest."""
    from actorgraph.models import Claim, CodedDocument, Document, Event, Evidence, Post

    text = "Moscow said its missiles hit a depot. Researchers found they hit a school."
    said = Evidence("d1", 1, 0, 37, text[:37])
    other = Evidence("d1", 1, 38, len(text), text[38:])
    event = Event("ev_1", "ASSAULT", said, source="RUS.MIL", source_text="its missiles",
                  asserted_by="RUS", asserted_by_text="Moscow", modality="reported")
    doc = Document(id="d1", text=text, format="text",
                   posts=(Post(1, text, 0, len(text), author="@me"),))
    coded = CodedDocument(doc, events=[event], claims=[
        Claim("cl_1", "ev_1", "RUS", "asserts", said, "Moscow"),
        Claim("cl_2", "ev_1", None, "disputes", other, "Researchers")])
    with Store(tmp_path / "s.db") as store:
        store.write(coded)
        [dispute] = [r.claim for r in store.claims() if r.claim.stance == "disputes"]
        assert (dispute.asserted_by, dispute.asserted_by_text) == (None, "Researchers")
        [contest] = store.contested()
        sides = {s.position: s.items for s in contest.sides}
        assert [(i.by, i.by_text) for i in sides["disputes"]] == [(None, "Researchers")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "denier", "holder_id", "holder_text"), [
    # "X denied P, but ...": who says otherwise after the "but"
    ("Pyongyang denied sending troops to Russia, but South Korean intelligence said thousands "
     "of its soldiers were training near Vladivostok.", "MOBILIZE", "PRK", "KOR", None),
    # another's account of the same kind of act by the same side, in the next sentence
    ("The Syrian government denied bombing the hospital in Idlib. Doctors there said Syrian "
     "jets dropped two bombs on its roof.", "ASSAULT", "SYR.GOV", None, "Doctors"),
])
def test_the_other_side_of_a_denial(code_text, text, type_, denier, holder_id, holder_text):
    coded = code_text(text)
    [denied] = [e for e in coded.events if e.type == type_ and e.modality == "denied"]
    assert denied.asserted_by == denier
    dispute = _only(coded, "disputes")
    assert dispute.event == denied.id
    # South Korea, or the unit of it the dictionary knows ("South Korean intelligence")
    assert dispute.asserted_by == holder_id or (dispute.asserted_by or "").startswith(
        f"{holder_id}.")
    assert holder_text is None or dispute.asserted_by_text == holder_text
    # the other side's account is its own event, not a copy of the denied one
    assert [e for e in coded.events if e.type == type_ and e.modality == "asserted"
            and (e.source, e.target) == (denied.source, denied.target)] == []


@pytest.mark.slow
def test_calling_it_a_lie_answers(code_text):
    coded = code_text("Sudan's army says its drones struck only RSF depots in Zalingei. The RSF "
                      "calls that a lie, saying a clinic was hit.")
    struck = event_at(coded, "ASSAULT", "struck")
    dispute = _only(coded, "disputes")
    assert (dispute.event, dispute.asserted_by) == (struck.id, "GRP.RSF")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "speaker_id", "speaker_text"), [
    # a bare confirmation in the next sentence takes over the author's event before it
    ("first deaths from a houthi strike on a bulk carrier: 3 crew killed in the gulf of aden. "
     "centcom confirms", "strike", "USA.MIL.CENTCOM", "centcom"),
    # "per" a speaker the dictionary lacks (not "the group" read as a reference)
    ("rsf shelled the market in omdurman, 40+ killed per the emergency lawyers group",
     "shelled", None, "emergency lawyers group"),
    # the report word read as a noun ("trump claims" as a compound): read from the words
    ("trump claims he brokered the ceasefire between india and pakistan", "brokered",
     "PER.DONALD_TRUMP", "trump"),
    # a person before a colon heading the post speaks what follows
    ("abdul malik al-houthi today: if america attacks yemen, his fighters will go after US "
     "warships", "attacks", "PER.ABDUL_MALIK_AL_HOUTHI", "abdul malik al-houthi"),
    # "per" evidence: whoever made it
    ("rsf threatens to cleanse el geneina of masalit, per voice notes shared by survivors in "
     "chad", "threatens", None, "survivors"),
    # a body (an army, a group, a ministry) alone before a colon speaks what follows
    ("idf: strikes on hezbollah launchers near tyre overnight, 4 sites hit", "strikes",
     "ISR.MIL.IDF", "idf"),
    ("the pentagon: a drone attack on a us base in jordan wounded 5 troops", "attack",
     "USA.GOV.DOD", "the pentagon"),
    # a speaker's common noun alone before a colon speaks the quote it opens
    ("police: 'we arrested 12 looters at the central market overnight'", "arrested", None,
     "police"),
    # a person or a body with words of a time before the colon
    ("macron last night: french jets struck a jihadist convoy near menaka", "struck",
     "PER.EMMANUEL_MACRON", "macron"),
])
def test_more_speakers_of_thread_posts(code_text, text, trigger, speaker_id, speaker_text):
    event = next(e for e in code_text(text, author="@watcher").events if e.trigger == trigger)
    assert (event.asserted_by, event.asserted_by_text) == (speaker_id, speaker_text)
    assert event.modality in ("reported", "hypothetical")  # "if america attacks ..."


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "IT WAS OFFICIALLY ANNOUNCED\nTODAY THAT GUERRILLAS KILLED TWO SOLDIERS IN SAN MIGUEL.",
    "maputo today: police fired tear gas at thousands of protesters downtown",  # a dateline
    "sudan: rsf shelled the market in omdurman again",  # a place heading
    "iran last night: irgc drones hit a kurdish camp in erbil",  # a state heading
    "hezbollah vs idf: rockets hit kiryat shmona again",  # a heading about two sides
    "day 3: 'rebels shelled the market again and nobody came to help'",  # no speaker's noun
    "hemedti in a new speech: threatens to take the war to port sudan",  # his own act
])
def test_headings_that_name_no_speaker(code_text, text):
    events = code_text(text, author="@watcher").events
    assert events and all(e.asserted_by is None and e.asserted_by_text == "@watcher"
                          for e in events), [(e.type, e.asserted_by_text) for e in events]


@pytest.mark.slow
def test_a_body_heading_speaks_its_own_sentence_only(code_text):
    coded = code_text("idf: strikes on hezbollah launchers near tyre. hezbollah fired 30 "
                      "rockets at haifa an hour later", author="@watcher")
    assert event_at(coded, "ASSAULT", "strikes").asserted_by == "ISR.MIL.IDF"
    assert event_at(coded, "ASSAULT", "fired").asserted_by is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "speaker_id", "speaker_words"), [
    # a common noun with the name beside it: the name speaks
    ("A shadowy militia, Kataib Hezbollah, claimed the drone attack on the base near Erbil.",
     "attack", "GRP.KATAIB_HEZBOLLAH", "Kataib Hezbollah"),
    # a pronoun speaker after a named one in the same sentence
    ("Police sources said the roads were closed and they charged that rebels had attacked a "
     "convoy near Kidal.", "attacked", "MLI.POL", "Police sources"),
    # a report clause set off by commas inside the clause it reports
    ("Overnight, the Ukrainian air force said, Russian drones struck a power plant in Odesa.",
     "struck", "UKR.MIL.AIR_FORCE", "Ukrainian air force"),
    # a passive report verb: its agent asserts
    ("Sudan's army has been accused by Amnesty International of summary executions of "
     "civilians in Darfur.", "executions", "NGO.AMNESTY", "Amnesty International"),
    # "that X blamed on Y": X asserts the act
    ("A car bomb that Damascus blamed on Turkish-backed fighters killed nine people in Afrin.",
     "killed", "SYR", "Damascus"),
    # the grounds of a punishment are the punisher's claim
    ("The European Union sanctioned three Russian generals over the shelling of Ukrainian "
     "cities.", "shelling", "IGO.EU", "European Union"),
    # a participle the parser hung under "at the United Nations": the clause's subject speaks
    ("Ukraine filed a complaint at the United Nations accusing Russia of shelling the "
     "Zaporizhzhia plant.", "shelling", "UKR", "Ukraine"),
    # a spokesman speaks for the sector his modifier names
    ("Police spokesmen said gunmen attacked a bus in Karachi.", "attacked", "PAK.POL",
     "spokesmen"),
    # "according to X's statement": X
    ("According to Hezbollah's statement, its fighters attacked an Israeli tank near the "
     "border.", "attacked", "GRP.HEZBOLLAH", "Hezbollah"),
    # "according to what X reported": X, not "what" (asr29)
    ("According to what the Kenyan police reported today, the militants burned a school near "
     "Garissa.", "burned", "KEN.POL", "Kenyan police"),
    # the head noun's sector, not its modifier's: state media, not the state
    ("Syrian and Russian jets joined Iran's air force for joint drills near Tabriz this week, "
     "Iranian state media said.", "joined", "IRN.MED", "media"),
    # the sentence's named source holds what the speakers inside it say (inferred as the
    # police of the one country the sentence names, its words the report's head noun)
    ("According to a police report, the militants told the hostages that their capture was "
     "meant to protest the election in Kenya.", "protest", "KEN.POL", "report"),
    ("The minister praised the army for its efforts to defeat al-Shabaab, and noted that "
     "Kenyan troops had killed forty militants, according to the release.", "killed", None,
     "release"),
    # a semicolon ends the first speaker's sentence, however the parser hangs it
    ("Turkey said its fighter jets shot down a Syrian helicopter that had crossed into its "
     "airspace near Kilis on 3 May; Syria's army said the helicopter was on its own side of "
     "the border and recalled its envoy.", "shot", "TUR", "Turkey"),
    # "claimed by X that targeted ...": the claimant's own claim
    ("The United Nations strongly condemns the deadly bombings in Somalia today, including one "
     "in Mogadishu claimed by al-Shabaab that deliberately targeted worshippers inside a "
     "mosque.", "targeted", "GRP.AL_SHABAAB", "al-Shabaab"),
])
def test_speakers_named_beside_or_around_the_report(code_text, text, trigger, speaker_id,
                                                     speaker_words):
    event = next(e for e in code_text(text, author="@desk").events if e.trigger == trigger)
    assert (event.asserted_by, event.asserted_by_text) == (speaker_id, speaker_words)
    assert event.modality == "reported"


@pytest.mark.slow
def test_a_relative_pronoun_speaks_for_the_noun_it_stands_for(code_text):
    coded = code_text("Reporters met the interior minister of Chad, who said that Boko Haram "
                      "fighters attacked a village near Lake Chad.", author="@desk")
    event = event_at(coded, "ASSAULT", "attacked")
    assert (event.asserted_by or "").startswith("TCD") and event.asserted_by_text != "who"


@pytest.mark.slow
def test_an_attack_nobody_claimed_is_nobody_s_claim(code_text):
    coded = code_text("Ukrainian drones damaged a refinery in Saratov on Monday, killing a "
                      "guard, Russia said, in an attack Kyiv did not immediately claim.",
                      author="@desk")
    assert event_at(coded, "ASSAULT", "killing").asserted_by == "RUS"
    assert all(e.asserted_by != "UKR" for e in coded.events), [
        (e.trigger, e.asserted_by) for e in coded.events]



@pytest.mark.slow
def test_a_denial_of_what_was_just_said(code_text):
    coded = code_text("pristina says belgrade armed the gunmen, vucic denies it")
    armed = event_at(coded, "AID", "armed")
    assert armed.asserted_by == "XKX"
    [denial] = _counter(coded, "denies")
    assert (denial.event, denial.asserted_by) == (armed.id, "PER.ALEKSANDAR_VUCIC")


@pytest.mark.slow
def test_naming_an_act_without_an_answer_word_answers_nobody(code_text):
    coded = code_text("US jets struck Houthi targets in Yemen. Biden calls it a response to "
                      "attacks on shipping.")
    assert _counter(coded, "disputes") == [] and _counter(coded, "denies") == []


@pytest.mark.slow
def test_despite_that_announcement_answers_the_speaker_before(code_text):
    coded = code_text("M23 spokesman Lawrence Kanyuka insisted the group had declared a "
                      "humanitarian ceasefire. Despite that announcement, its fighters attacked "
                      "Nyabibwe in South Kivu days later.", author="@kivu")
    declared = event_at(coded, "CONCEDE", "declared")
    attacked = event_at(coded, "ASSAULT", "attacked")
    assert attacked.asserted_by is None and declared.asserted_by_text == "Lawrence Kanyuka"
    # the author's account against the spokesman's, each side with its sentence
    [denial] = _counter(coded, "denies")
    assert (denial.event, denial.asserted_by_text) == (attacked.id, "Lawrence Kanyuka")
    dispute = _only(coded, "disputes")
    assert (dispute.event, dispute.asserted_by) == (declared.id, None)

