"""The actor layer: dictionary, ruler, generic, provisional and referenced actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.actors.dictionary import load_dictionary, normalise_key
from actorgraph.errors import ConfigError

OVERRIDE = Path(__file__).parent / "data" / "actors" / "override.yaml"


def test_dictionary_has_every_country_and_hundreds_of_actors():
    import pycountry

    d = load_dictionary()
    assert all(c.alpha_3 in d for c in pycountry.countries)
    assert sum(1 for a in d.actors.values() if a.kind != "state") >= 400


def test_nested_units_resolve_upwards():
    d = load_dictionary()
    quds = d.get("IRN.MIL.IRGC.QUDS")
    assert [a.actor for a in quds.affiliations] == ["IRN.MIL.IRGC"]
    assert "IRN.MIL" in [a.actor for a in d.get("IRN.MIL.IRGC").affiliations]


def test_date_bounded_roles():
    d = load_dictionary()
    during = {a.actor for a in d.affiliations_on("PER.QASEM_SOLEIMANI", "2010")}
    after = {a.actor for a in d.affiliations_on("PER.QASEM_SOLEIMANI", "2021-05")}
    assert "IRN.MIL.IRGC.QUDS" in during
    assert "IRN.MIL.IRGC.QUDS" not in after


def test_office_holder_reads_an_index_kept_up_to_date():
    """The (country, role) index answers as a scan of every person would, and a merge
    that adds a holder is seen (the index is read again)."""
    from actorgraph.actors.dictionary import ActorDictionary
    from actorgraph.models import Actor

    def person(pid, *roles):
        return {"id": pid, "name": pid, "kind": "person", "affiliations": [
            {"actor": body, "role": role, "start": start} for body, role, start in roles]}

    d = ActorDictionary(actors={"SRB": Actor(id="SRB", name="Serbia", kind="state",
                                             country="SRB")})
    d.merge([person("PER.A", ("SRB.GOV", "President", "2012-05-31")),
             person("PER.E", ("SRB.GOV.MOD", "defence minister", "2019"))], "test")
    assert d.office_holder("SRB", "president", "2015-01-01") == "PER.A"
    assert d.office_holder("SRB", "president", "2010-01-01") is None  # not yet in office
    assert d.office_holder("SRB", "defence minister", "2020-01-01") == "PER.E"  # a body's role
    d.merge([person("PER.B", ("SRB", "president", "2017-05-31"))], "test")
    assert d.office_holder("SRB", "president", "2020-01-01") is None  # two holders now
    d.merge([person("PER.A", ("SRB.GOV", "President", "2012-05-31"))], "test")
    d.merge([{"id": "PER.A", "affiliations": [
        {"actor": "SRB.GOV", "role": "president", "start": "2012-05-31", "end": "2017-05-31"}]}],
        "test")
    assert d.office_holder("SRB", "president", "2020-01-01") == "PER.B"
    # another state's government, another title, a role without a start: none of them
    d.merge([person("PER.C", ("SRBX.GOV", "president", "2018"), ("SRB.GOV", "deputy president",
                                                                  "2018")),
             {"id": "PER.D", "name": "D", "kind": "person",
              "affiliations": [{"actor": "SRB.GOV", "role": "president"}]}], "test")
    assert d.office_holder("SRB", "president", "2020-01-01") == "PER.B"


def test_sector_actors_are_built_on_demand():
    actor = load_dictionary().get("IRQ.SHIA")
    assert actor is not None and actor.country == "IRQ" and actor.kind == "religious"


def test_people_are_known_by_kind_not_by_the_per_prefix():
    d = load_dictionary()
    assert d.is_person("PER.ALBERTO_FUJIMORI")
    assert d.is_person("PRV.PER.JANE_ROE")  # a provisional person the dictionary lacks
    assert not d.is_person("PER.MIL")  # Peru's military shares the prefix
    assert not d.is_person("PER") and not d.is_person(None)


@pytest.mark.parametrize(("actor_id", "state", "person"), [
    ("PER", "PER", False),  # Peru itself
    ("PER.HLT", "PER", False),  # a sector of Peru, though under the persons' prefix
    ("PER.GOV.MOD", "PER", False),  # a body of Peru's government
    ("PER.X", None, True),  # a person the dictionary may lack, id as the convention writes it
    ("PER.ALBERTO_FUJIMORI", None, True),
    ("PRV.PER.JANE_ROE", None, True),
    ("COL.MIL", "COL", False),
    ("GRP.SHINING_PATH", None, False),
    ("COM", "COM", False),  # the Comoros, whose code is the companies' prefix too
    ("COM.MIL", "COM", False),  # the Comoros' army
    ("COM.BOEING", None, False),  # a company
])
def test_peru_and_persons_are_told_apart(actor_id, state, person):
    d = load_dictionary()
    assert d.state_of(actor_id) == state and d.is_person(actor_id) is person
    assert d.home("PER.HLT") == "PER"


@pytest.mark.parametrize(("actor_id", "head"), [
    ("PER.MIL", "PER"),  # Peru's military: Peru's
    ("PER.ALAN_GARCIA", "PER.ALAN_GARCIA"),  # a person: no body of Peru (evsrc28)
    ("PER.X", "PER.X"),
    ("COL.POL", "COL"),
    ("GRP.ELN", "GRP"),
])
def test_id_heads_keep_persons_apart_from_peru(actor_id, head):
    assert load_dictionary().id_head(actor_id) == head


def test_user_dictionary_overrides_and_extends():
    d = load_dictionary((str(OVERRIDE),))
    quds = d.get("IRN.MIL.IRGC.QUDS")
    assert quds.name == "IRGC-Quds Force"
    assert "Niru-ye Qods" in quds.aliases and "Quds Force" in quds.aliases
    assert quds.kind == "military"  # kept from the built-in entry
    assert d.get("GRP.NORTHERN_SAHEL_FRONT").kind == "rebel"
    assert load_dictionary().get("IRN.MIL.IRGC.QUDS").name != "IRGC-Quds Force"


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [("- {id: bad id, name: X, kind: militia}", "upper-case"),
     ("- {id: GRP.NEW, kind: militia}", "needs a 'name'"),
     ("- {id: GRP.NEW, name: X, kind: spaceship}", "kind"),
     ("{not: a list}", "expected a YAML list"),
     ("- [unclosed", "cannot read")],
)
def test_bad_user_dictionary_is_a_clear_error(tmp_path, yaml_text, message):
    path = tmp_path / "mine.yaml"
    path.write_text(yaml_text)
    with pytest.raises(ConfigError, match=message):
        load_dictionary((str(path),))


def test_normalise_key():
    assert normalise_key("The Free Sahel Front's") == normalise_key("free sahel front")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("Tehran denied the report.", "Tehran", "IRN"),                       # metonymy
        ("The IRI sent weapons.", "IRI", "IRN"),                             # abbreviation
        ("Washington imposed sanctions.", "Washington", "USA"),
        ("He flew to the Emirates to meet them.", "the Emirates", "ARE"),
        # demonym + sector
        ("Senior Iranian officials praised him.", "Iranian officials", "IRN.GOV"),
        ("Malian soldiers entered the village.", "Malian soldiers", "MLI.MIL"),
        ("Militants attacked Iraqi Shiites in Karbala.", "Iraqi Shiites", "IRQ.SHIA"),
        ("US officials said so.", "US officials", "USA.GOV"),
        ("the force led by soleimani expanded.", "soleimani", "PER.QASEM_SOLEIMANI"),  # lower case
        # nested unit
        ("The IRGC Quds Force trained them.", "IRGC Quds Force", "IRN.MIL.IRGC.QUDS"),
        ("Jaysh al-Mahdi fought in Najaf.", "Jaysh al-Mahdi", "GRP.JAYSH_AL_MAHDI"),
        # (muc32) the full name with no "W." is the father's, as the wire of 1989 wrote it
        ("President George Bush visited Cartagena.", "George Bush", "PER.GEORGE_H_W_BUSH"),
        ("George W. Bush visited Baghdad.", "George W. Bush", "PER.GEORGE_W_BUSH"),
    ],
)
def test_ruler_marks_actors(nlp, text, surface, actor):
    doc = nlp(text)
    spans = {s.text: s.id_ for s in doc.spans["actors"]}
    assert spans.get(surface) == actor, spans


@pytest.mark.slow
def test_ruler_corrects_statistical_ner(nlp):
    doc = nlp("Soleimani met commanders of Jaysh al-Mahdi.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Soleimani"] == "PERSON"  # the small model alone says GPE
    assert labels["Jaysh al-Mahdi"] == "ORG"  # ... and PERSON here


@pytest.mark.slow
def test_short_all_caps_aliases_are_case_sensitive(nlp):
    doc = nlp("Let us hope the us army stays.")
    ids = [s.id_ for s in doc.spans["actors"]]
    assert "USA" not in ids


@pytest.mark.slow
def test_unknown_organisations_become_one_provisional_actor(nlp):
    a = nlp("The Azawad Liberation Council attacked a convoy.")
    b = nlp("Fighters of the Azawad Liberation Council withdrew.")
    ids_a = {s.id_ for s in a.spans["actors"] if s.id_.startswith("PRV.")}
    ids_b = {s.id_ for s in b.spans["actors"] if s.id_.startswith("PRV.")}
    assert ids_a and ids_a == ids_b


@pytest.mark.slow
def test_references_resolve_within_a_post(code_text):
    coded = code_text(
        "Iran supported al-Qaeda in Iraq even though the group later attacked Shiite shrines."
    )
    refs = [m for m in coded.mentions if m.how == "reference"]
    assert [(m.text, m.actor) for m in refs] == [("group", "GRP.AQI")]


@pytest.mark.slow
def test_wire_report_actors_of_the_period_are_known(code_text):
    """Armed groups, presidents and companies the 1980s wire reports name (all capitals)
    resolve to dictionary actors, not provisional ones, and a president's role is dated."""
    coded = code_text("THE FMLN ATTACKED AN ARMY POST. PRESIDENT VIRGILIO BARCO CONDEMNED "
                      "THE M-19. GENERAL MOTORS SUED CHRYSLER.", published="1989-11-12")
    ids = {m.actor for m in coded.mentions}
    assert {"GRP.FMLN", "PER.VIRGILIO_BARCO", "GRP.M19", "COM.GM", "COM.CHRYSLER"} <= ids
    d = load_dictionary()
    assert "COL.GOV" in {a.actor for a in d.affiliations_on("PER.VIRGILIO_BARCO", "1989-11")}
    assert "COL.GOV" not in {a.actor for a in d.affiliations_on("PER.VIRGILIO_BARCO", "1995")}


@pytest.mark.slow
def test_officials_of_1989_wire_reports_are_known(code_text):
    """Officials and groups that the 1989-90 wire reports name resolve to dictionary actors
    (with the capitals the reports use), and a dated role holds only in its years."""
    coded = code_text("MILITARY PROSECUTOR FERNANDO TORRES SILVA MET FOREIGN MINISTER HERNAN "
                      "FELIPE ERRAZURIZ. COLONEL LUIS ARTURO ISAACS BLAMED THE SIMON BOLIVAR "
                      "GUERRILLA COORDINATING BOARD.", published="1989-11-12")
    ids = {m.actor for m in coded.mentions}
    assert {"PER.FERNANDO_TORRES_SILVA", "PER.HERNAN_FELIPE_ERRAZURIZ",
            "PER.LUIS_ARTURO_ISAACS", "GRP.CGSB"} <= ids, ids
    assert not {i for i in ids if i.startswith("PRV.")}, ids
    d = load_dictionary()
    minister = "PER.HERNAN_FELIPE_ERRAZURIZ"
    assert "CHL.GOV" in {a.actor for a in d.affiliations_on(minister, "1989-11")}
    assert "CHL.GOV" not in {a.actor for a in d.affiliations_on(minister, "1995")}
