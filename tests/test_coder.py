"""Event coding on small cases, and the described system of the example threads."""

from __future__ import annotations

import pytest

from actorgraph.readers import read_path
from tests.conftest import EXAMPLE, SHARED

pytestmark = pytest.mark.slow


def _events(coded):
    return [(e.type, e.source, e.target) for e in coded.events]


def _one(coded, etype):
    found = [e for e in coded.events if e.type == etype]
    assert found, _events(coded)
    return found[0]


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("Israeli forces struck Hamas positions in Gaza.", "ASSAULT", "ISR.MIL", "GRP.HAMAS"),
        ("Hamas was attacked by the IDF.", "ASSAULT", "ISR.MIL.IDF", "GRP.HAMAS"),
        ("The IRI rejected Saddam's proposal for a ceasefire.", "REJECT", "IRN",
         "PER.SADDAM_HUSSEIN"),
        ("Iran armed Hezbollah.", "AID", "IRN", "GRP.HEZBOLLAH"),
        ("Russia and China vetoed the resolution.", "REJECT", "RUS", None),
        ("The IRI tasked the Quds Force to establish Kataib Hezbollah.", "MOBILIZE",
         "IRN.MIL.IRGC.QUDS", "GRP.KATAIB_HEZBOLLAH"),
        ("Tehran used its proxies to wage a war against the United States.", "ASSAULT", "IRN",
         "USA"),
        ("Fierce battles took place between Iran and the Ottoman Empire.", "ASSAULT", "IRN",
         "HIST.OTTOMAN_EMPIRE"),
    ],
)
def test_who_did_what_to_whom(code_text, text, etype, source, target):
    e = _one(code_text(text), etype)
    assert (e.source, e.target) == (source, target)


def test_coordinated_sources_give_one_event_each(code_text):
    coded = code_text("The United States and the United Kingdom struck Houthi targets in Yemen.")
    sources = {e.source for e in coded.events if e.type == "ASSAULT"}
    assert {"USA", "GBR"} <= sources


def test_event_date_is_its_own_not_the_post(code_text):
    e = _one(code_text("Iran rejected the ceasefire offered by Saddam Hussein in 1982.",
                       published="2020-12-30"), "REJECT")
    assert (e.date, e.date_basis) == ("1982", "text")


def test_relative_date_against_publication(code_text):
    e = _one(code_text("Houthi forces attacked a tanker last Tuesday.", published="2024-01-18"),
             "ASSAULT")
    assert (e.date, e.date_basis) == ("2024-01-16", "relative")


def test_place_is_resolved_offline(code_text):
    e = _one(code_text("Jaysh al-Mahdi fought US forces in Najaf in 2004."), "ASSAULT")
    assert e.location.name == "Najaf" and e.location.country == "IRQ"
    assert e.location.geonameid and e.location.lat


def test_according_to_sets_who_asserts(code_text):
    e = _one(
        code_text("Malian soldiers killed civilians in Moura, according to Human Rights Watch."),
        "ASSAULT",
    )
    assert e.asserted_by == "NGO.HRW" and e.modality == "reported"


def test_reported_speech(code_text):
    e = _one(code_text("UN investigators said that the RSF attacked displaced civilians."),
             "ASSAULT")
    assert e.source == "GRP.RSF" and e.modality == "reported"
    assert (e.asserted_by, e.asserted_by_text) == ("IGO.UN", "UN")


def test_denial_is_a_reject_and_disputes_the_claim(code_text):
    coded = code_text("Tehran denied arming the militias.")
    armed = _one(coded, "AID")
    assert armed.modality == "denied" and armed.disputed and not armed.happened
    assert _one(coded, "REJECT").source == "IRN"
    assert any(c.stance == "denies" and c.asserted_by == "IRN" for c in coded.claims)


@pytest.mark.parametrize(
    ("text", "modality", "negated", "source"),
    [
        ("Russia did not attack Ukraine's ports.", "asserted", True, "RUS"),
        ("Iran has aspired to control Iraq's holy shrines.", "intended", False, "IRN"),
        ("Israel plans to strike Hezbollah.", "intended", False, "ISR"),
        ("If Iran attacks Israel, the US would retaliate.", "hypothetical", False, "IRN"),
        ("Turkey will deploy troops to Libya.", "future", False, "TUR"),
    ],
)
def test_flags(code_text, text, modality, negated, source):
    found = [e for e in code_text(text).events if e.source == source]
    assert len(found) == 1, [(e.type, e.source) for e in code_text(text).events]
    e = found[0]
    assert (e.modality, e.negated) == (modality, negated)
    assert not e.happened


@pytest.mark.parametrize(
    ("text", "modality", "negated", "source"),
    [
        ("Iran is going to attack Israel.", "future", False, "IRN"),  # a multi-word cue
        ("In the past, Iran armed Hezbollah.", "historical", False, "IRN"),
        ("Iran armed Hezbollah, citing Reuters.", "reported", False, "IRN"),
        ("Nobody attacked the embassy in Tehran.", "asserted", True, None),
    ],
)
def test_wired_cues(code_text, text, modality, negated, source):
    [e] = code_text(text).events
    assert (e.source, e.modality, e.negated) == (source, modality, negated)


def test_an_opinion_is_its_holders_claim(code_text):
    """Opinion verbs are never triggers; an event under one is reported by its holder."""
    [e] = code_text("Washington believes that Tehran armed the Houthis.").events
    assert (e.type, e.source, e.target) == ("AID", "IRN", "GRP.HOUTHIS")
    assert (e.modality, e.asserted_by) == ("reported", "USA") and e.happened
    plain = code_text("Tehran armed the Houthis.").events
    assert [(x.modality, x.asserted_by) for x in plain] == [("asserted", None)]


def test_opinions_are_not_events(code_text, coder):
    lexicon = coder.coder.lexicon
    assert lexicon.cue("opinion_verbs") and not lexicon.cue("opinion_verbs") & set(lexicon.verbs)
    assert code_text("The IRI sees great importance in Iraq.").events == []


def test_ids_are_deterministic(code_text):
    text = "Iraq invaded Kuwait in August 1990."
    assert [e.id for e in code_text(text).events] == [e.id for e in code_text(text).events]


def test_evidence_points_into_the_post(coder):
    [doc] = read_path(EXAMPLE)
    coded = coder.code(doc)
    posts = {p.index: p for p in doc.posts}
    for e in coded.events:
        post = posts[e.evidence.post]
        assert post.text[e.evidence.start : e.evidence.end] == e.evidence.text
    for m in coded.mentions:
        assert posts[m.post].text[m.start : m.end] == m.text


def _system(coded):
    return {(e.type, e.source, e.target, (e.date or "")[:4]) for e in coded.events if e.happened}


def test_shipped_example_yields_the_described_system(coder):
    [doc] = read_path(EXAMPLE)
    system = _system(coder.code(doc))
    expected = {
        ("ASSAULT", "IRQ", "IRN", "1980"),                       # Iraq invaded Iran
        ("REJECT", "IRN", "PER.SADDAM_HUSSEIN", "1982"),          # the rejected ceasefire
        ("MOBILIZE", "IRN.MIL.IRGC", "GRP.BADR", "1982"),          # the IRGC founded Badr
        ("MOBILIZE", "PER.QAIS_AL_KHAZALI", "GRP.ASAIB_AHL_AL_HAQ", "2007"),
        ("ASSAULT", "GRP.KATAIB_HEZBOLLAH", "USA.MIL", "2007"),
        ("ASSAULT", "GRP.JAYSH_AL_MAHDI", "USA.MIL", "2004"),
        ("ASSAULT", "USA.MIL", "PER.QASEM_SOLEIMANI", "2020"),
    }
    assert expected <= system, expected - system


@pytest.mark.skipif(not (SHARED / "examples" / "mansharof-thread.txt").exists(),
                    reason="../shared is not here")
def test_mansharof_thread_yields_the_described_system(coder):
    [doc] = read_path(SHARED / "examples" / "mansharof-thread.txt")
    coded = coder.code(doc)
    system = _system(coded)
    expected = {
        ("REJECT", "IRN", "PER.SADDAM_HUSSEIN", "1982"),
        ("ASSAULT", "IRN", "HIST.OTTOMAN_EMPIRE", ""),
        ("MOBILIZE", "IRN.MIL.IRGC.QUDS", "GRP.JAYSH_AL_MAHDI", "2003"),
        ("MOBILIZE", "GRP.HEZBOLLAH", "GRP.JAYSH_AL_MAHDI", "2003"),
        ("ASSAULT", "IRN", "USA", "2003"),
        ("ASSAULT", "GRP.AQI", "IRQ.SHIA", "2003"),
    }
    assert expected <= system, expected - system
    assert any(e.type in ("AID", "SUPPORT") and (e.source, e.target) == ("IRN", "GRP.AQI")
               for e in coded.events)
    # Opinions are not events; intentions are flagged, never counted as happened.
    assert not any("sees great importance" in e.evidence.text for e in coded.events)
    aspired = [e for e in coded.events if "aspired" in e.evidence.text]
    assert aspired and not any(e.happened for e in aspired)


def test_an_event_without_a_named_actor_is_kept_empty_handed(code_text):
    text = "A car bomb exploded near the market in Kirkuk on 3 May 2021, killing nine people."
    bare = [e for e in code_text(text).events if e.source is None and e.target is None]
    assert [e.type for e in bare] == ["ASSAULT"], "an attack nobody is named for still counts"
    assert bare[0].confidence <= 0.55  # below any event with a named actor
    assert bare[0].date == "2021-05-03"
    assert [e.type for e in code_text("She was shot dead outside her home in Basra.").events] == [
        "ASSAULT"]


def test_actorless_events_can_be_switched_off():
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.models import Document, Post
    from actorgraph.settings import Settings

    def doc(text: str) -> Document:
        return Document(id="t", text=text, posts=(Post(1, text, 0, len(text)),), format="text")

    off = DocumentCoder(Settings.from_overrides(actorless=False))
    assert off.code(doc("She was shot dead outside her home in Basra.")).events == []
    assert off.code(doc("Rebels bombed the market in Kirkuk.")).events  # named: kept


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "N units after X": X is counted back from the clause's own date, and that clause
        # keeps its own date
        ("Kenya closed its border with Somalia on Friday, two days after al-Shabaab attacked "
         "a police post in Mandera.", "2024-05-12",
         {("COERCE", "2024-05-10"), ("ASSAULT", "2024-05-08")}),
        ("Chad expelled the French ambassador on Tuesday, a week after France criticised the "
         "election.", "2024-05-12", {("SANCTION", "2024-05-07"), ("ACCUSE", "2024-04-30")}),
        ("Ghana recalled its envoy from Togo in May 2019, two months after Togo attacked a "
         "border post.", None, {("SANCTION", "2019-05"), ("ASSAULT", "2019-03")}),
        # an attack named by its year dates what it led to
        ("The 2008 bombing of the hotel led Pakistan to threaten India.", "2020-01-01",
         {("THREATEN", "2008")}),
        # "a day later" counts from the clause it is joined to, not the thread's last date
        ("Mali expelled the Danish envoy on Wednesday, and Denmark withdrew its troops two "
         "days later.", "2024-05-12", {("SANCTION", "2024-05-08"), ("RETREAT", "2024-05-10")}),
        ("Serbia closed the crossing on Monday, and within a day Kosovo demanded its "
         "reopening.", "2024-05-12", {("REQUEST", "2024-05-07")}),
        # a relative clause on the event noun tells of the event itself
        ("The mediators secured a truce that took effect on 3 June.", "2024-06-20",
         {("RETREAT", "2024-06-03")}),
        # a planned event: the coming month or weekday, not the last one
        ("The two foreign ministers will meet in Geneva on Friday.", "2024-05-14",
         {("CONSULT", "2024-05-17")}),
        ("Turkey will hold talks with Syria in January.", "2024-12-14",
         {("CONSULT", "2025-01")}),
        # and one on what the event acted on, when nothing else dates it
        ("The junta ignored an ultimatum that expired on Sunday.", "2024-06-20",
         {("REJECT", "2024-06-16")}),
    ],
)
def test_dates_counted_from_another_event(code_text, text, published, expected):
    found = {(e.type, e.date) for e in code_text(text, published=published).events}
    assert expected <= found, found


@pytest.mark.slow
def test_a_date_in_a_relative_clause_is_not_the_events(code_text):
    coded = code_text("Egyptian soldiers killed dozens of protesters who had camped outside the "
                      "ministry since March.", published="2023-06-10")
    dates = {e.date for e in coded.events if e.type == "ASSAULT"}
    assert dates and "2023-03" not in dates, dates


@pytest.mark.slow
def test_a_deadline_within_months_is_no_date_of_the_pledge(code_text):
    coded = code_text("Under the accord signed in Oslo on 4 March, Norway pledged to withdraw "
                      "its troops within 14 months.", published="2021-03-10")
    assert {e.date for e in coded.events} <= {"2021-03-04", None}, coded.events


@pytest.mark.slow
def test_a_truce_named_by_its_year_still_dates_nothing(code_text):
    coded = code_text("The 2020 truce led Armenia to withdraw from Lachin.",
                      published="2024-01-01")
    assert all(e.date != "2020" for e in coded.events), coded.events


@pytest.mark.slow
def test_a_sector_noun_after_a_state_compound_is_the_sector(code_text):
    coded = code_text("Nigeria police arrested five Ghanaian traders.")
    assert "NGA.POL" in {e.source for e in coded.events}


@pytest.mark.slow
def test_a_title_with_a_named_person_in_apposition_is_the_person(code_text):
    coded = code_text("Britain imposed sanctions on Russia's deputy defence minister, "
                      "Sergei Shoigu, on Monday.")
    assert "PER.SERGEI_SHOIGU" in {e.target for e in coded.events}, coded.events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nouns of the types marked `bare_nouns` tell an event with no actor named
        ("The ambush took place at dawn on the road to Gao.", ["ASSAULT"]),
        ("Demonstrations broke out in three provinces on Sunday.", ["PROTEST"]),
        # a noun that modifies another, or names a state rather than an act, does not
        ("The aid convoy reached Mekele on Sunday.", []),
        ("Bread prices have tripled since the war began.", []),
        # nor does one of a type whose nouns need an actor ("talks" alone is no meeting)
        ("Talks took place in Doha on Monday.", []),
    ],
)
def test_event_nouns_without_an_actor(code_text, text, expected):
    assert sorted({e.type for e in code_text(text).events}) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "not_trigger"),
    [
        # what an attack did is told with it, not as an attack of its own
        ("The airstrikes killed twenty militants and destroyed eight trucks near Idlib.",
         "killed", "destroyed"),
        ("Chadian troops fired on the convoy near Abeche, killing four drivers.", "fired",
         "killing"),
        ("Rebel attacks which have killed dozens of villagers continued in Ituri.", "attacks",
         "killed"),
        # a relative clause on a place the attack noun names
        ("The airstrike on a hospital in Kunduz, which killed 22 people, drew condemnation.",
         "airstrike", "killed"),
        # a second verb of a clause whose subject is the attack noun
        ("Four strikes engaged two militant units and destroyed a tank near Raqqa.", "strikes",
         "destroyed"),
        # two verbs of one object: one act, told by the verb with the object
        ("Gunmen ambushed and killed 68 villagers near Ayacucho.", "killed", "ambushed"),
        ("A Salvadoran reporter was shot and killed today in Morazan.", "shot", "killed"),
        # the victims' verb and the attack noun it was suffered in
        ("Seven presidential guards were killed today in an attack in Lima.", "killed",
         "attack"),
    ],
)
def test_the_outcome_of_an_attack_is_one_attack(code_text, text, trigger, not_trigger):
    triggers = {e.trigger for e in code_text(text).events if e.type == "ASSAULT"}
    assert trigger in triggers and not_trigger not in triggers, triggers


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        # two verbs with an object each are two acts
        ("Rebels killed a policeman and wounded five villagers in Kidal.", {"killed", "wounded"}),
        # a wounded man and the attack noun that wounded him, whose verb has no victim
        ("Doctors said those wounded in the attack on the market were recovering.", {"attack"}),
    ],
)
def test_acts_told_apart_stay_apart(code_text, text, triggers):
    found = {e.trigger for e in code_text(text).events if e.type == "ASSAULT"}
    assert triggers <= found, found


def test_a_killing_with_its_own_doer_is_still_coded(code_text):
    text = "Soldiers shelled the village, and militiamen killed three farmers in Kidal."
    triggers = {e.trigger for e in code_text(text).events if e.type == "ASSAULT"}
    assert {"shelled", "killed"} <= triggers, triggers


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an inquiry is news with no actor named (ACCUSE's `bare_modes`) ...
        ("The investigation into the deaths of the two pilots is continuing.", True),
        # ... other accusing nouns need one
        ("The accusations were false, the ministry of commerce said.", False),
    ],
)
def test_a_bare_inquiry_is_an_event(code_text, text, coded):
    found = [e for e in code_text(text).events if e.type == "ACCUSE"]
    assert bool(found) is coded, found


@pytest.mark.parametrize(
    "text",
    [
        # the charged act stands in the charge; what is threatened has not happened
        "Kyiv blames Moscow for the sabotage of the power grid.",
        "Rebels warned residents of Kadugli to leave before an assault.",
    ],
)
def test_no_bare_event_noun_under_a_charge_or_a_threat(code_text, text):
    bare = [e for e in code_text(text).events
            if e.type == "ASSAULT" and e.source is None and e.target is None]
    assert bare == [], text


@pytest.mark.parametrize(
    ("text", "etype", "count"),
    [
        # two sides: each acts towards the other
        ("Iran and Saudi Arabia agreed to restore relations in Beijing.", "AGREE", 2),
        # three sides or more: each side once, not one event per pair
        ("Egypt, Ethiopia and Sudan held talks in Addis Ababa on Monday.", "CONSULT", 3),
        ("Mali, Niger and Burkina Faso signed a defence pact in Niamey.", "SUPPORT", 3),
    ],
)
def test_reciprocal_acts_one_per_side(code_text, text, etype, count):
    events = [e for e in code_text(text).events if e.type == etype]
    assert len(events) == count, [(e.source, e.target) for e in events]
    assert len({e.source for e in events}) == count


@pytest.mark.parametrize(
    "text",
    [
        # a denial of one's part in an act told before
        "Gunmen killed 14 worshippers in Burkina Faso. JNIM denied involvement.",
        "Seoul says North Korean troops fired at a border post. Pyongyang denied it.",
        # the act denied told in the denial's own words: one denial, not two
        "Hamas denied any role in the attack on the base.",
        "Tehran denied arming the Houthis.",
        # a denial beside another's charge
        "A car bomb killed six police officers in Quetta. The Pakistani Taliban denied "
        "responsibility, but the provincial government blamed the group.",
    ],
)
def test_a_denial_is_one_rejection(code_text, text):
    rejects = [e for e in code_text(text).events if e.type == "REJECT"]
    assert len(rejects) == 1, [(e.trigger, e.source) for e in rejects]


@pytest.mark.parametrize(
    ("text", "given"),
    [
        # delivering on a pledge keeps it: nothing is handed over to anyone
        ("The ministry must deliver on its obligations to the coalition.", False),
        ("Kenya delivered tents to Somalia on Monday.", True),
        # what a participle describes is what it acts on
        ("Nearly $40 million delivered to Somalia since 2020 went to the police.", True),
        # a purpose with no one protected is no aid (docs/LABELLING.md: purposes)
        ("Troops were sent to the provinces to protect the elections.", False),
    ],
)
def test_deliver_and_protect_give_aid_only_when_something_is_given(code_text, text, given):
    assert any(e.type == "AID" for e in code_text(text).events) is given


@pytest.mark.parametrize(
    ("text", "etype", "coded"),
    [
        # a condition set as not met is what the warning asks for, no act told
        ("If the harbour police do not cooperate, the mayor will resign.", "COOPERATE", False),
        ("The island threatened to close the port unless the smugglers surrendered.",
         "RETREAT", False),
        ("The mayor will resign if the council does not receive the aid.", "AID", False),
        # a condition that may be met stays, hypothetical
        ("If the harbour police cooperate, the mayor will resign.", "COOPERATE", True),
    ],
)
def test_unmet_condition_is_no_act(code_text, text, etype, coded):
    assert any(e.type == etype for e in code_text(text).events) is coded
