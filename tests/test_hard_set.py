"""The held-out hard threads (bench/data/hard) stay well formed; no model is loaded."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from actorgraph.readers import read_path

ROOT = Path(__file__).resolve().parents[1]
HARD = ROOT / "bench" / "data" / "hard"
PLOVER = ROOT / "src" / "actorgraph" / "data" / "plover.yaml"

MODALITIES = {"asserted", "reported", "denied", "intended", "hypothetical", "future", "historical"}
FIELDS = {"thread", "post", "type", "mode", "source_id", "target_id", "date", "modality",
          "negated", "asserted_by_id", "core"}
DATE = re.compile(r"\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")
ACTOR_ID = re.compile(r"[A-Z][A-Z0-9]{2,}(?:\.[A-Z0-9_]+)*")


def _jsonl(name: str) -> list[dict]:
    lines = (HARD / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


THREADS = _jsonl("threads.jsonl")
GOLD = _jsonl("gold.jsonl")
TYPES = yaml.safe_load(PLOVER.read_text(encoding="utf-8"))["types"]


def test_threads_are_listed_once_and_exist() -> None:
    names = [t["thread"] for t in THREADS]
    assert len(names) == len(set(names)) >= 5
    on_disk = {p.name for p in HARD.glob("*.txt")}
    assert set(names) == on_disk
    for t in THREADS:
        date.fromisoformat(t["published"])
        assert t["author"].startswith("@")
        assert all(ACTOR_ID.fullmatch(k) and (v is None or re.fullmatch(r"[A-Z]{3}", v))
                   for k, v in t.get("countries", {}).items())


@pytest.mark.parametrize("thread", THREADS, ids=lambda t: t["thread"])
def test_thread_reads_with_numbered_posts(thread: dict) -> None:
    path = HARD / thread["thread"]
    (doc,) = read_path(path, "thread")
    assert doc.author == thread["author"]
    assert 10 <= len(doc.posts) <= 16
    # The file's own "N/" numbering agrees with the reader's post numbers.
    marks = re.findall(r"^(\d+)/ ", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert [int(m) for m in marks] == [p.index for p in doc.posts]
    events = [g for g in GOLD if g["thread"] == thread["thread"]]
    assert len(events) >= 10 and any(g["core"] for g in events)
    assert {g["post"] for g in events} <= {p.index for p in doc.posts}


def test_gold_events_are_well_formed() -> None:
    known = {t["thread"] for t in THREADS}
    for n, g in enumerate(GOLD, 1):
        where = f"gold.jsonl line {n}"
        assert set(g) == FIELDS, where
        assert g["thread"] in known, where
        assert isinstance(g["post"], int) and g["post"] >= 1, where
        assert g["type"] in TYPES, where
        assert g["mode"] is None or g["mode"] in (TYPES[g["type"]].get("modes") or []), where
        for key in ("source_id", "target_id", "asserted_by_id"):
            assert g[key] is None or ACTOR_ID.fullmatch(g[key]), where
        assert g["date"] is None or DATE.fullmatch(g["date"]), where
        assert g["modality"] in MODALITIES, where
        assert isinstance(g["negated"], bool) and isinstance(g["core"], bool), where
        # Attribution and modality go together (README conventions).
        if g["modality"] in {"reported", "denied"} and g["asserted_by_id"] is None:
            assert g["modality"] == "reported", where
        if g["modality"] == "denied":
            assert g["asserted_by_id"] is not None, where
        # No event is dated after its thread was published.
        published = next(t["published"] for t in THREADS if t["thread"] == g["thread"])
        assert g["date"] is None or g["date"] <= published, where


def test_gold_covers_the_hard_phenomena() -> None:
    modalities = {g["modality"] for g in GOLD}
    assert {"reported", "denied", "intended", "hypothetical"} <= modalities
    assert any(g["negated"] for g in GOLD)
    precisions = {len(g["date"].split("-")) for g in GOLD if g["date"]}
    assert precisions == {1, 2, 3}
    assert any(t.get("style") == "lowercase" for t in THREADS)


def _bench_hard():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("actorgraph_bench_hard",
                                                  ROOT / "bench" / "hard.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def test_scoring_pairs_by_post_and_type_without_a_model() -> None:
    from actorgraph.models import Event, Evidence

    hard = _bench_hard()

    def event(post: int, type_: str, source: str | None, target: str | None,
              date_: str | None = None) -> Event:
        return Event(id=f"{post}{type_}{source}", type=type_, source=source, target=target,
                     date=date_, evidence=Evidence(doc="d", post=post, start=0, end=1, text="x"))

    def gold(post: int, type_: str, source: str | None, target: str | None,
             date_: str | None, core: bool = True, by: str | None = None) -> dict:
        return {"thread": "t.txt", "post": post, "type": type_, "mode": None,
                "source_id": source, "target_id": target, "date": date_,
                "modality": "reported" if by else "asserted", "negated": False,
                "asserted_by_id": by, "core": core}

    golds = [gold(1, "ASSAULT", "GRP.X", "AGO.MIL", "2010-01-08"),
             gold(1, "ASSAULT", None, "AGO.CIV", None, core=False),
             gold(2, "AGREE", "AGO.GOV", "GRP.X", "2006", by="NGO.HRW")]
    preds = [event(1, "ASSAULT", "AGO.GOV", "AGO.CIV", "2010"),
             event(1, "ASSAULT", "GRP.X", "AGO.MIL", "2010-01-08"),
             event(2, "ASSAULT", "AGO.GOV", "GRP.X"),  # wrong type: unpaired
             event(3, "AGREE", "AGO.GOV", "GRP.X", "2006")]  # wrong post: unpaired
    tally, pairs = hard.score_thread(golds, preds, {"GRP.X": "AGO"})
    figures = tally.figures()
    assert (tally.gold, tally.core, tally.predicted, tally.matched) == (3, 2, 4, 2)
    assert [(g["target_id"], p.target) for g, p in pairs] == [("AGO.MIL", "AGO.MIL"),
                                                              ("AGO.CIV", "AGO.CIV")]
    assert figures["recall_core"] == 0.5 and figures["precision"] == 0.5
    assert figures["date_exact"] == 1.0 and figures["date_invented"] == 1.0
    assert figures["source_exact"] == 0.5 and figures["source_country"] == 0.5
    assert figures["target_exact"] == 1.0 and figures["target_country"] == 1.0
    assert figures["asserted_by"] is None
    assert hard.country("PER.JOSE_X", {}) is None and hard.country("COM.SUSI_AIR", {}) is None
    assert hard.country("SEN.MIL", {}) == "SEN"
