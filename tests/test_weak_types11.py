"""The weak types, this round: an act charged to someone ("the FMLN was responsible for the
attack", "X was involved in the murder") is an ACCUSE against them by whoever asserts it;
goods of any kind bought from or sold to a named side are economic COOPERATE, information
handed over is cooperation (not aid); officials dismissed are SANCTION; troops brought into
a place and security operations initiated are MOBILIZE; a description that condemns
("described the culprits as murderous beasts") is ACCUSE.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest
from helpers import events_of

from actorgraph.coding.lexicon import load_lexicon


def test_entries_load():
    lex = load_lexicon()
    be = [p for p in lex.verbs["be"] if p.imputes]
    assert be and {p.type for p in be} == {"ACCUSE"}
    assert be[0].fit(set(), set(), set(), {"responsible"}, {}) is not None
    assert be[0].fit(set(), set(), set(), {"happy"}, {}) is None
    involve = [p for p in lex.verbs["involve"] if p.lemma == "involve in"]
    assert involve[0].imputes and involve[0].also and involve[0].also[0] == "ACCUSE"
    # the cue holds no bare CAMEO verb (a cue word keeps that verb out of the lexicon)
    assert "abuse" not in lex.cue("imputed_acts")
    # (the other entry without objects is a company's purchase: its subjects say whose)
    buy = [p for p in lex.verbs["buy"] if not p.objects and not p.subjects]
    assert [p.lemma for p in buy] == ["buy from"] and buy[0].type == "COOPERATE"
    assert buy[0].fit({"from"}, {"product"}, set(), set(), {}) is not None
    assert buy[0].fit({"from"}, {"time"}, set(), set(), {}) is None
    assert buy[0].fit(set(), {"product"}, set(), set(), {}) is None
    provide = [p for p in lex.verbs["provide"] if "information" in p.objects]
    assert provide and provide[0].type == "COOPERATE"
    assert lex.noun("dismissal", set()).type == "SANCTION"
    assert lex.noun("dismissal", {"of charge"}) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "etype", "coded"),
    [
        # an act charged to the subject: ACCUSE against it (the labels' "allege")
        ("The minister said the FMLN was responsible for the massacre.", "ACCUSE", True),
        ("Officials said Shining Path members were responsible for the bombing.", "ACCUSE",
         True),
        ("The Honduran army was responsible for the deaths of the peasants.", "ACCUSE", True),
        ("Amnesty International says the army is involved in the murder of students.",
         "ACCUSE", True),
        # no act charged: a duty, a feeling, a place
        ("The army is responsible for security in the capital.", "ACCUSE", False),
        ("The ministry is responsible for the distribution of food.", "ACCUSE", False),
        ("The rebels were involved in the peace talks.", "ACCUSE", False),
        # one accusation when a claim verb already charges it
        ("The minister accused the rebels of being responsible for the bombing.", "ACCUSE",
         True),
        # goods of any kind bought or sold
        ("The minister said the FMLN was not involved in the massacre.", "ACCUSE", False),
        # goods of any kind bought from or sold to a named side
        ("Colombia bought security products from Israel.", "COOPERATE", True),
        ("Chile sold wheat to Peru last year.", "COOPERATE", True),
        ("The government bought time from the unions by promising elections.", "COOPERATE",
         False),
        ("He sold the idea to the cabinet.", "COOPERATE", False),
        ("He went into the kiosk to buy some newspapers.", "COOPERATE", False),
        # information handed over is cooperation, not aid
        ("The four rebels supplied information to the Salvadoran police.", "COOPERATE", True),
        ("The four rebels supplied information to the Salvadoran police.", "AID", False),
        ("According to information supplied by the fire department, the patrol left.", "AID",
         False),
        ("Iran supplied the rebels with rockets.", "AID", True),
        # officials dismissed from their posts; claims dismissed stay rejected
        ("The chiefs of the Guatemalan police were dismissed from their posts.", "SANCTION",
         True),
        ("The dismissal of General Bustillo angered the Salvadoran rebels.", "SANCTION", True),
        ("Moscow dismissed the claim as a provocation.", "SANCTION", False),
        # troops brought into a place
        ("Troops from Sonsonate have been brought into San Salvador.", "MOBILIZE", True),
        # security operations initiated or launched; an "operation" alone stays an attack
        ("The Colombian troops initiated a large-scale security operation.", "MOBILIZE", True),
        ("The Colombian army launched a military operation against the FARC.", "MOBILIZE",
         False),
        # a description that condemns; a neutral or kind one is none
        ("Merino described the culprits as murderous beasts.", "ACCUSE", True),
        ("Colonel Ponce described it as a propagandistic action.", "ACCUSE", True),
        ("The cabinet described him as a respected jurist.", "ACCUSE", False),
        ("The minister described the situation on the border as normal.", "ACCUSE", False),
    ],
)
def test_weak_type_shapes_11(code_text, text, etype, coded):
    assert bool(events_of(code_text(text), etype)) is coded, text


@pytest.mark.slow
def test_charged_act_sides(code_text):
    # the speaker accuses; the one charged is the target, not the source
    coded = code_text("Officials said Shining Path members were responsible for the bombing.")
    accuse = events_of(coded, "ACCUSE")
    assert len(accuse) == 1
    assert accuse[0].target == "GRP.SHINING_PATH"
    assert accuse[0].source != "GRP.SHINING_PATH"
    # the accuser's own act, reported by the author
    assert accuse[0].modality == "asserted"
    # the charged act keeps its own event
    assert events_of(coded, "ASSAULT")


@pytest.mark.slow
def test_accused_of_one_accusation(code_text):
    coded = code_text("The minister accused the rebels of being responsible for the bombing.")
    assert len(events_of(coded, "ACCUSE")) == 1
