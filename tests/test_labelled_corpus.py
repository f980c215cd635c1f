"""Checks on the split labelled corpus in bench/data/labelled/ (annotations, not the coder).

Every item sits in the file of the split ``bench/splits.py`` gives its id; ids are unique
across the corpus and the original development set; stand-off items keep no text and
their references read back from ../shared/data when it is there; written items keep
their surfaces inside their text; labels use the documented vocabularies.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import labelled
import pytest
import standoff
from splits import SPLITS, split_of, whole_pool

ROOT = Path(__file__).parents[1]
FOLDER = ROOT / "bench" / "data" / "labelled"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "reported", "denied", "intended", "hypothetical", "future", "historical"}
STANCES = {"asserts", "denies", "disputes"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SURFACES = ("source", "target", "location", "asserted_by")
REF_KEYS = {"corpus", "file", "doc", "start", "end", "sha1"}
CORPORA = {"muc4-gtt", "semeval2015-task4-timeline", "re3d"}


def _items() -> dict[str, list[dict]]:
    out = {}
    for split in SPLITS:
        path = FOLDER / f"{split}.jsonl"
        out[split] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for topic in labelled.TOPICS:  # files of every split: each item read into its own
        for line in (FOLDER / f"{topic}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            out[split_of(item["id"])].append(item)
    return out


@pytest.fixture(scope="module")
def by_split() -> dict[str, list[dict]]:
    return _items()


def test_items_sit_in_their_split(by_split):
    for split, items in by_split.items():
        wrong = [i["id"] for i in items if split_of(i["id"]) != split]
        assert not wrong, (split, wrong[:5])


def test_ids_unique_across_corpus_and_original_set(by_split):
    original = [json.loads(line)["id"] for line in
                (ROOT / "bench" / "data" / "events.jsonl").read_text().splitlines()]
    ids = [i["id"] for items in by_split.values() for i in items] + original
    assert [k for k, c in Counter(ids).items() if c > 1] == []


def test_no_original_item_reaches_test():
    assert all(split_of(f"{p}{n:03d}") != "test" for p in "ntr" for n in range(1, 1000))


@pytest.mark.parametrize(("prefix", "n", "split"), [
    ("pool-ew34-", 120, "dev"), ("pool-aw34-", 70, "dev"), ("pool-relw34-", 100, "dev"),
    ("pool-ew35-", 120, "train"), ("pool-aw35-", 70, "train"),
])
def test_writer_pools_join_one_split_whole(prefix, n, split):
    # from round 34 on, never one writer's sentences on both sides
    assert {split_of(f"{prefix}{k:03d}") for k in range(1, n + 1)} == {split}
    assert {split_of(f"pool-ew33-{k:03d}") for k in range(1, 121)} == {"train", "dev"}
    # and the benches report them apart ("whole pools"), the older pools not
    assert whole_pool(f"{prefix}001") and not whole_pool("pool-ew33-001")
    assert not whole_pool("pool-rb28-01")


def test_standoff_items_keep_no_text(by_split):
    for items in by_split.values():
        for item in items:
            if "ref" in item:
                assert "text" not in item, item["id"]
                assert REF_KEYS <= set(item["ref"]), item["id"]
                assert item["ref"]["corpus"] in CORPORA, item["id"]
                if item["ref"]["corpus"] == "re3d":
                    folder = item["ref"]["file"].split("/")[0]
                    assert folder in standoff.REDISTRIBUTABLE_RE3D, item["id"]
                for ev in item["events"]:
                    for f in SURFACES:
                        span = ev.get(f)
                        assert span is None or (isinstance(span, list) and len(span) == 2), item
            else:
                text = item["text"]
                assert isinstance(text, str) and text.strip(), item["id"]
                for ev in item["events"]:
                    for f in SURFACES:
                        assert ev.get(f) is None or ev[f] in text, (item["id"], f, ev.get(f))


def test_labels_use_the_vocabularies(by_split):
    for items in by_split.values():
        for item in items:
            if item.get("published") is not None:
                dt.date.fromisoformat(item["published"])
            assert item["style"] in {"news", "thread", "report"}, item["id"]
            for ev in item["events"]:
                assert ev["type"] in TYPES, (item["id"], ev["type"])
                assert ev.get("modality", "asserted") in MODALITIES, item["id"]
                assert isinstance(ev.get("negated", False), bool), item["id"]
                for key in ("date", "end_date"):
                    assert ev.get(key) is None or DATE_RE.match(ev[key]), (item["id"], ev[key])
                assert ev.get("stance") is None or ev["stance"] in STANCES, item["id"]


@pytest.mark.skipif(not standoff.available(), reason="../shared/data is not beside the project")
def test_standoff_references_read_back(by_split):
    for split in SPLITS:
        for item in labelled.load(split, quiet=True):
            assert item["text"], item["id"]
            for ev in item["events"]:
                for f in SURFACES:
                    assert ev.get(f) is None or ev[f] in item["text"], (item["id"], f)


def test_items_read_while_tuning_never_go_to_test():
    ids = [f"pool-x{i:04d}" for i in range(300)]
    assert {split_of(i) for i in ids} == {"train", "dev"}
    assert "test" in {split_of(f"x{i:04d}") for i in range(300)}
