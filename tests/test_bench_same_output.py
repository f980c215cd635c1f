"""The same-output check (bench/same_output.py) names every document whose coding changed and,
asked to, the events each one gained and lost."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
same_output = pytest.importorskip("same_output")


def _line(doc: str, *events: tuple[str, str, str | None]) -> str:
    return json.dumps({"document": doc, "events": [
        {"type": t, "source": s, "target": g, "trigger": "hit"} for t, s, g in events]})


def test_differing_documents_are_counted_and_their_events_listed(monkeypatch, capsys):
    before = [_line("a", ("ASSAULT", "SYR", "TUR")), _line("b", ("AID", "FRA", None)),
              _line("c")]
    after = [_line("a", ("ASSAULT", "SYR", "TUR")), _line("b", ("AID", "FRA", "MLI")),
             json.dumps({"document": "c", "events": [], "mentions": [1]})]
    monkeypatch.setattr(same_output, "_code",
                        lambda path, src, sets: before if src == Path("/old") else after)
    assert not same_output.compare(Path("x.jsonl"), Path("/old"), Path("/new"), [], listed=5)
    out = capsys.readouterr().out
    assert "DIFFERENT" in out and "2 documents differ; the first is 'b'" in out
    assert "b: - AID FRA -> None [hit]; + AID FRA -> MLI [hit]" in out
    assert "c: events the same" in out
    assert "  a:" not in out


def test_identical_coding_lists_nothing(monkeypatch, capsys):
    lines = [_line("a", ("PROTEST", "IRN", None))]
    monkeypatch.setattr(same_output, "_code", lambda path, src, sets: lines)
    assert same_output.compare(Path("x.jsonl"), Path("/old"), Path("/new"), [], listed=5)
    out = capsys.readouterr().out
    assert "identical" in out and "differ" not in out
