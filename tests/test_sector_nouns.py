"""Sector nouns of sectors.yaml resolving an actor to its country's sector (round 28, sect33)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _target_of(coded, etype):
    found = [e for e in coded.events if e.type == etype]
    assert found, [(e.type, e.source, e.target) for e in coded.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "etype", "role", "actor"),
    [
        # a state's patrol and planes, after its country's word (after_country)
        ("Sudanese militiamen ambushed a Chadian patrol near the border.", "ASSAULT", "target",
         "TCD.MIL"),
        ("Rebels shot down a Malian plane over the desert.", "ASSAULT", "target", "MLI.MIL"),
        ("Gunmen killed a Ghanaian peacekeeper in the north.", "ASSAULT", "target", "GHA.MIL"),
        # the young and a pair of private people are civilians
        ("Police beat a Kenyan teenager in the market.", "ASSAULT", "target", "KEN.CIV"),
        ("Soldiers detained two Nepali youths at the crossing.", "COERCE", "target", "NPL.CIV"),
        # the private economy and its makers
        ("Brazilian arms makers sold rifles to Chile.", "COOPERATE", "source", "BRA.BUS"),
        # things an attack hits: a bakery is the country's civilians'
        ("Turkish drones struck a bakery in Syria.", "ASSAULT", "target", "SYR.CIV"),
    ],
)
def test_sector_nouns_resolve(code_text, text, etype, role, actor):
    assert getattr(_target_of(code_text(text), etype), role) == actor
