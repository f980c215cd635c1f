"""The weak types, round 20: ending a restriction in any words ("ended the state of
emergency", "dropped sanctions against", "paused its tariffs") is CONCEDE; the verbs that carry
a force somewhere ("flew 300 soldiers to", "poured troops into", "posted soldiers along") are
MOBILIZE, while a force only said to be stationed somewhere is no act; the verbs of giving and
carrying with relief, materiel or money ("trucked flour to", "handed out blankets") are AID; and
a forceful act two sides do together ("jointly seized", "launched a joint offensive") is also
each side's COOPERATE.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest
from helpers import events_of

from actorgraph.coding.lexicon import load_lexicon


def _best_type(lemma: str, objects: set[str]) -> str | None:
    """The type of the entry of ``lemma`` that fits ``objects`` best, as the coder picks."""
    fits = [(p.fit(set(), objects, set(), set(), {}), p) for p in load_lexicon().verbs[lemma]]
    scored = [(s, p) for s, p in fits if s is not None]
    return max(scored, key=lambda sp: sp[0])[1].type if scored else None


def test_shared_lists_load():
    # one list of restrictions for the verbs that end them
    for verb in ("end", "drop", "pause", "scrap", "waive", "lift"):
        assert _best_type(verb, {"curfew"}) == "CONCEDE", verb
    assert _best_type("end", {"occupation"}) == "RETREAT"  # an ended occupation stays RETREAT
    assert _best_type("lift", {"siege"}) == "RETREAT"
    # one list of given goods for the verbs of giving and carrying
    for verb in ("send", "hand", "truck", "ferry", "distribute"):
        assert _best_type(verb, {"blanket"}) == "AID", verb
    assert _best_type("drop", {"bomb"}) == "ASSAULT"
    # the verbs of carrying a force
    for verb in ("fly", "pour", "post", "airlift"):
        assert _best_type(verb, {"soldier"}) == "MOBILIZE", verb
    assert "jointly" in load_lexicon().cue("joint_markers")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "etype", "coded"),
    [
        # ending a restriction, whichever verb ends it
        ("The island's government ended the state of emergency on Tuesday.", "CONCEDE", True),
        ("The bloc dropped sanctions against four shipping firms on Friday.", "CONCEDE", True),
        ("The commerce ministry paused its tariffs on steel for ninety days.", "CONCEDE", True),
        ("The regulator restored the licence of the independent broadcaster.", "CONCEDE", True),
        ("The club dropped its striker for the final.", "CONCEDE", False),
        # carrying a force somewhere
        ("Nairobi flew 300 more soldiers to Kismayo on Sunday.", "MOBILIZE", True),
        ("Nairobi flew 300 more soldiers to Kismayo on Sunday.", "CONSULT", False),
        ("The junta poured thousands of troops into the delta.", "MOBILIZE", True),
        ("Both states have posted soldiers along the river border.", "MOBILIZE", True),
        ("The premier sent the army into the northern province.", "MOBILIZE", True),
        # stationed: where a force is, no act; stationing one is
        ("About 2,000 marines are stationed on the island.", "MOBILIZE", False),
        ("The battalion stationed near the dam stayed in its barracks.", "MOBILIZE", False),
        ("The three states will each station a brigade on the frontier.", "MOBILIZE", True),
        # giving and carrying relief, materiel or money
        ("Jordan trucked 200 tonnes of flour to the camps in the valley.", "AID", True),
        ("The Red Crescent handed out blankets to the flood survivors.", "AID", True),
        ("The navy began ferrying water and rice to the stranded villages.", "AID", True),
        ("Ankara handed four patrol boats to the coast guard.", "AID", True),
        ("The minister handed the file to the prosecutor.", "AID", False),
    ],
)
def test_weak_type_shapes_20(code_text, text, etype, coded):
    assert bool(events_of(code_text(text), etype)) is coded, text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Kenyan and Ethiopian troops launched joint artillery strikes on militant camps.",
         "ASSAULT"),
        ("The Greek and Turkish coast guards jointly seized a smuggling boat off Lesbos.",
         "COERCE"),
    ],
)
def test_joint_forceful_act_is_each_sides_cooperation(code_text, text, act):
    events = code_text(text)
    coop = events_of(events, "COOPERATE")
    assert len(coop) == 2, [(e.source, e.target) for e in coop]
    assert {e.source for e in coop} == {e.target for e in coop}  # each side with the other
    assert events_of(events, act), act  # the act itself stays


@pytest.mark.slow
def test_joint_patrol_is_the_cooperation_alone(code_text):
    events = code_text("Moroccan marines and the Spanish navy have been patrolling the strait "
                       "together since 2019.")
    assert len(events_of(events, "COOPERATE")) == 2
    assert not events_of(events, "MOBILIZE")


@pytest.mark.slow
def test_one_side_strike_adds_no_cooperation(code_text):
    events = code_text("Government troops launched an offensive against the rebels near Kidal.")
    assert events_of(events, "ASSAULT")
    assert not events_of(events, "COOPERATE")
