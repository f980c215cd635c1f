"""The event scorers' id comparison (bench/labelled.py ``same_actor``): a provisional person
answers the gold id written for a person the dictionary lacks, a provisional company the one
written for a company it lacks, and nothing else loosens."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
labelled = pytest.importorskip("labelled")


@pytest.mark.parametrize(("got", "gold", "same"), [
    ("SLV.MIL", "SLV.MIL", True),
    ("PRV.PER.JULIO_RAMIREZ", "PER.JULIO_RAMIREZ", True),
    ("PRV.PER.JULIO_RAMIREZ", "PER.JULIO_RAMIRE", False),
    # Peru's sector ids share the prefix: a provisional group is no Peruvian army
    ("PRV.GRP.MIL", "PER.MIL", False),
    ("PRV.PER.MIL", "PER.MILITARY", False),
    ("PER.JULIO_RAMIREZ", "PRV.PER.JULIO_RAMIREZ", False),
    (None, None, True),
    (None, "PER.X", False),
])
def test_a_provisional_person_answers_the_gold_person(got, gold, same):
    assert labelled.same_actor(got, gold) is same


@pytest.mark.parametrize(("got", "gold", "same"), [
    ("PRV.COM.NORRLAND_AIRWAYS", "COM.NORRLAND_AIRWAYS", True),
    ("PRV.COM.NORRLAND_AIRWAYS", "COM.NORRLAND", False),
    # a provisional organisation does not say it is a company
    ("PRV.ORG.NORRLAND_AIRWAYS", "COM.NORRLAND_AIRWAYS", False),
    ("PRV.COM.NORRLAND_AIRWAYS", "PER.NORRLAND_AIRWAYS", False),
])
def test_a_provisional_company_answers_the_gold_company(got, gold, same):
    assert labelled.same_actor(got, gold) is same
