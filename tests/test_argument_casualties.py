"""Targets told outside the object slot (issue 13, tgt25b): the dead an event noun's sentence
names, a harmful act's participle told as a state, and the grid a state runs when struck."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _events(coded, etype):
    return [(e.source, e.target) for e in coded.events if e.type == etype]


@pytest.mark.parametrize(
    "text",
    [
        # the subject of a verb of dying the event noun says where of
        "A Honduran policeman died in an ambush near the border.",
        "Two Honduran policemen perished during the raid on the station.",
        # the death an outcome verb of the noun names
        "The car bombing resulted in the deaths of four Honduran policemen.",
        # the object of a casualty verb the noun heads, itself or by a relative clause
        "The ambush, which killed three Honduran policemen, was blamed on a gang.",
    ],
)
def test_an_event_noun_takes_the_dead_its_sentence_names(code_text, text):
    events = _events(code_text(text), "ASSAULT")
    assert any(target == "HND.POL" for _, target in events)
    # the dead are no doer of the act
    assert not any(source == "HND.POL" for source, _ in events)


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("The wounded Panamanian soldiers were flown to a hospital.", "ASSAULT", "PAN.MIL"),
        ("Kuwait was left occupied for seven months.", "COERCE", "KWT"),
    ],
)
def test_a_participle_told_as_a_state_names_its_target(code_text, text, etype, target):
    assert any(t == target for _, t in _events(code_text(text), etype))


def test_a_present_participle_names_the_doer_not_the_target(code_text):
    # "the attacking forces" attack: they are no target of "attacking"
    events = _events(code_text("The attacking Russian forces shelled Kharkiv."), "ASSAULT")
    assert ("RUS.MIL", "RUS.MIL") not in events
    assert not any(t == "RUS.MIL" for _, t in events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Guerrillas dynamited three electricity pylons near San Miguel, El Salvador.", "SLV"),
        ("Saboteurs blew up an oil pipeline in northern Colombia.", "COL"),
    ],
)
def test_the_grid_a_state_runs_is_the_state_struck(code_text, text, target):
    assert any(t == target for _, t in _events(code_text(text), "ASSAULT"))
