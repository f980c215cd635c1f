"""The weak types, this round: a side declaring its own truce in other words ("ordered a
cease-fire", "adopted a cease-fire"), taking back its claim, showing goodwill, lifting a state
of siege and suspending its armed acts are CONCEDE; a force crossing into another's ground is
MOBILIZE, as is a show of force told with no side named ("two days of exercises around the
island"); a joint act one side does with another is each side's COOPERATE.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest
from helpers import events_of

from actorgraph.coding.lexicon import load_lexicon


def test_entries_load():
    lex = load_lexicon()
    assert lex.types["MOBILIZE"].bare_nouns
    order = [p for p in lex.verbs["order"] if p.type == "CONCEDE"]
    assert order and order[0].fit(set(), {"cease-fire"}, set(), set(), {}) is not None
    assert order[0].fit(set(), {"troop"}, set(), set(), {}) is None
    retract = lex.verbs["retract"][0]
    assert retract.type == "CONCEDE"
    assert retract.fit(set(), {"claim"}, set(), set(), {}) is not None
    # a three-word object beats the bare one: a lifted state of siege is no lifted siege
    lift = [p for p in lex.verbs["lift"]
            if p.fit(set(), {"siege", "state of siege"}, set(), set(), {}) is not None]
    best = max(lift, key=lambda p: p.fit(set(), {"siege", "state of siege"}, set(), set(), {})
               or 0)
    assert best.type == "CONCEDE"
    cross = [p for p in lex.verbs["cross"] if p.lemma == "cross into"]
    assert cross and cross[0].fit({"into"}, set(), {"troop"}, set(), {}) is not None
    assert cross[0].fit({"into"}, set(), {"refugee"}, set(), {}) is None
    joint = [p for p in lex.verbs["carry"] if p.type == "COOPERATE"]
    assert joint and all(p.mutual for p in joint)
    # joint work is each side's act (docs/LABELLING.md, the row on joint acts)
    assert all(p.mutual for p in lex.verbs["cooperate"] if p.type == "COOPERATE")
    # a campaign or the troops themselves are no bare show of force
    assert {"maneuver", "reinforcement"} <= lex.cue("state_nouns")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "etype", "coded"),
    [
        # a side's own truce, declared in other words
        ("The FARC will order a cease-fire in all fronts.", "CONCEDE", True),
        ("The ELN unilaterally adopted a ceasefire last week.", "CONCEDE", True),
        ("The colonel ordered the arrest of the mayor.", "CONCEDE", False),
        # taking back one's words, showing goodwill
        ("The ELN later retracted the claim.", "CONCEDE", True),
        ("The rebels have shown their goodwill in various ways.", "CONCEDE", True),
        ("The rebels have shown the video to reporters.", "CONCEDE", False),
        # a lifted state of siege is a concession, not a lifted siege
        ("The government lifted the state of siege in the capital.", "CONCEDE", True),
        ("The government lifted the state of siege in the capital.", "RETREAT", False),
        # armed acts suspended, counted or not
        ("The guerrillas have suspended all types of armed activities.", "CONCEDE", True),
        ("The rebels suspended terrorist acts against the army.", "CONCEDE", True),
        # forces crossing into another's ground are an incursion (docs/LABELLING.md, the row
        # on crossings: ASSAULT since types17), refugees crossing no act of force
        ("Russian troops crossed into Ukraine on Thursday.", "ASSAULT", True),
        ("Russian forces crossed the border at dawn.", "ASSAULT", True),
        ("Russian forces crossed the border at dawn.", "MOBILIZE", False),
        ("Thousands of refugees crossed the border at dawn.", "MOBILIZE", False),
        ("Thousands of refugees crossed the border at dawn.", "ASSAULT", False),
        # a show of force with no side named
        ("Patrols are being carried out around the volcanoes.", "MOBILIZE", True),
        ("Taiwan said the drills around the island ended on Friday.", "MOBILIZE", True),
        ("During the entire maneuver we inflicted 20 casualties.", "MOBILIZE", False),
    ],
)
def test_weak_type_shapes_12(code_text, text, etype, coded):
    assert bool(events_of(code_text(text), etype)) is coded, text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Further joint action between the UK and France is planned.", {("GBR", "FRA"),
                                                                         ("FRA", "GBR")}),
        ("Kenyan units patrol alongside Somali troops near the border.",
         {("KEN.MIL", "SOM.MIL"), ("SOM.MIL", "KEN.MIL")}),
    ],
)
def test_joint_act_each_side(code_text, text, sides):
    coop = events_of(code_text(text), "COOPERATE")
    got = {(e.source, e.target) for e in coop}
    # each side's act, whatever id precision the sides get
    assert len(coop) == 2, got
    assert {(s.split(".")[0], t.split(".")[0]) for s, t in got if s and t} == {
        (s.split(".")[0], t.split(".")[0]) for s, t in sides}


@pytest.mark.slow
def test_cooperation_without_joint_act_stays_one_way(code_text):
    # "joined the coalition": one side joins, the other does nothing back
    coop = events_of(code_text("France joined the coalition against the Islamic State."),
                     "COOPERATE")
    assert len(coop) <= 1
