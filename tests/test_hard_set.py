"""The held-out hard threads (bench/data/hard) stay well formed; no model is loaded."""

from __future__ import annotations

import json
import re
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
