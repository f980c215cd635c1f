"""The accuracy bench's figures per origin of the items (bench/accuracy.py): a stand-off item
counts under its corpus, a written one under "written", and each origin's micro figures come
from its own paired, coded and gold counts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
accuracy = pytest.importorskip("accuracy")


def test_an_item_counts_under_its_corpus_or_as_written():
    assert accuracy._origin({"ref": {"corpus": "muc4-gtt", "file": "x"}}) == "muc4-gtt"
    assert accuracy._origin({"ref": None}) == "written"
    assert accuracy._origin({}) == "written"


def test_an_origins_figures_come_from_its_own_counts():
    origin = accuracy._Origin()
    origin.add(gold=4, coded=2, paired=2)   # two right, two missed
    origin.add(gold=0, coded=1, paired=0)   # one false event in an item without gold
    origin.src += [True, False]
    report = origin.report()
    assert report["sentences"] == 2
    assert report["micro"]["precision"] == round(2 / 3, 3)
    assert report["micro"]["recall"] == 0.5
    assert report["micro"]["support"] == 4
    assert report["source_accuracy"] == {"accuracy": 0.5, "n": 2}
    assert report["target_accuracy"] == {"accuracy": 0.0, "n": 0}
