"""Sanity checks on the labelled development set in bench/data/events.jsonl.

These tests check the *annotations*, not the coder: the file parses, every
surface string really occurs in its sentence, the vocabularies are the ones
the README documents, and the set keeps the coverage it promises.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
EVENTS = ROOT / "bench" / "data" / "events.jsonl"
PLOVER = ROOT / "src" / "actorgraph" / "data" / "plover.yaml"

TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
MODALITIES = {"asserted", "reported", "denied", "intended", "hypothetical", "future", "historical"}
HAPPENED = {"asserted", "reported", "historical"}
STYLES = {"news", "thread", "report"}
REGIONS = {
    "sahel",
    "middle-east",
    "iraq-iran",
    "levant",
    "yemen",
    "ukraine-russia",
    "horn-of-africa",
    "sudan",
    "great-lakes",
    "west-africa",
    "south-asia",
    "east-asia",
    "latin-america",
    "europe",
    "global",
}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ID_RE = re.compile(r"^[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)*$")
ITEM_KEYS = {"id", "style", "region", "published", "author", "text", "events", "actors"}
EVENT_KEYS = {
    "type",
    "mode",
    "source",
    "source_id",
    "target",
    "target_id",
    "date",
    "location",
    "asserted_by",
    "asserted_by_id",
    "modality",
    "negated",
}


def _load() -> list[dict]:
    items = []
    with EVENTS.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.strip(), f"blank line {n}"
            obj = json.loads(line)
            assert isinstance(obj, dict), f"line {n} is not an object"
            items.append(obj)
    return items


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return _load()


def _events(items):
    for it in items:
        for ev in it["events"]:
            yield it, ev


def test_file_parses_and_is_large_enough(items):
    assert len(items) >= 240


def test_ids_unique(items):
    ids = [it["id"] for it in items]
    dupes = [i for i, c in Counter(ids).items() if c > 1]
    assert not dupes, dupes


def test_item_fields(items):
    for it in items:
        assert ITEM_KEYS <= set(it), (it.get("id"), ITEM_KEYS - set(it))
        assert it["style"] in STYLES, it["id"]
        assert it["region"] in REGIONS, it["id"]
        dt.date.fromisoformat(it["published"])
        assert isinstance(it["text"], str) and it["text"].strip(), it["id"]
        assert isinstance(it["events"], list) and isinstance(it["actors"], list), it["id"]


def test_event_fields(items):
    for it, ev in _events(items):
        assert EVENT_KEYS <= set(ev), (it["id"], EVENT_KEYS - set(ev))
        assert isinstance(ev["negated"], bool), it["id"]


def test_surface_strings_occur_in_text(items):
    bad = []
    for it in items:
        text = it["text"]
        for ev in it["events"]:
            for key in ("source", "target", "asserted_by", "location"):
                val = ev.get(key)
                if val is not None and val not in text:
                    bad.append((it["id"], key, val))
        for actor in it["actors"]:
            if actor["text"] not in text:
                bad.append((it["id"], "actor", actor["text"]))
    assert not bad, bad


def test_locations_are_listed_as_places(items):
    bad = []
    for it, ev in _events(items):
        loc = ev.get("location")
        if loc is not None and not any(a["text"] == loc and a.get("place") for a in it["actors"]):
            bad.append((it["id"], loc))
    assert not bad, bad


def test_types_valid(items):
    bad = [(it["id"], ev["type"]) for it, ev in _events(items) if ev["type"] not in TYPES]
    assert not bad, bad


def test_each_type_has_ten_positive_events(items):
    counts = Counter(
        ev["type"] for _, ev in _events(items) if not ev["negated"] and ev["modality"] in HAPPENED
    )
    thin = {t: counts.get(t, 0) for t in TYPES if counts.get(t, 0) < 10}
    assert not thin, thin


def test_enough_no_event_items(items):
    assert sum(1 for it in items if not it["events"]) >= 30


def test_dates_well_formed(items):
    bad = []
    for it, ev in _events(items):
        for key in ("date", "end_date"):
            val = ev.get(key)
            if val is not None and not DATE_RE.match(val):
                bad.append((it["id"], key, val))
        if ev.get("date") and ev.get("end_date"):
            # a span must not end before it starts (compare at the coarser precision)
            n = min(len(ev["date"]), len(ev["end_date"]))
            if ev["end_date"][:n] < ev["date"][:n]:
                bad.append((it["id"], "span", ev["date"], ev["end_date"]))
    assert not bad, bad


def test_modalities_valid(items):
    bad = [
        (it["id"], ev["modality"]) for it, ev in _events(items) if ev["modality"] not in MODALITIES
    ]
    assert not bad, bad


def test_reported_and_denied_events_name_a_source(items):
    bad = [
        (it["id"], ev["type"], ev["modality"])
        for it, ev in _events(items)
        if ev["modality"] in {"reported", "denied"} and not ev["asserted_by"]
    ]
    assert not bad, bad


def test_actor_ids_well_formed(items):
    bad = []
    for it in items:
        for actor in it["actors"]:
            if actor["id"] is not None and not ID_RE.match(actor["id"]):
                bad.append((it["id"], actor["id"]))
        for ev in it["events"]:
            for key in ("source_id", "target_id", "asserted_by_id"):
                val = ev.get(key)
                if val is not None and not ID_RE.match(val):
                    bad.append((it["id"], key, val))
    assert not bad, bad


def test_event_actor_ids_match_actor_list(items):
    """An event role whose surface is listed as an actor carries that actor's id."""
    bad = []
    for it in items:
        listed = {a["text"]: a["id"] for a in it["actors"]}
        for ev in it["events"]:
            for role in ("source", "target", "asserted_by"):
                surface, ident = ev.get(role), ev.get(f"{role}_id")
                if surface is None:
                    assert ident is None, (it["id"], role)
                    continue
                assert surface in listed, (it["id"], role, surface)
                if ident != listed[surface]:
                    bad.append((it["id"], role, surface, ident, listed[surface]))
    # a pronoun may resolve differently per event ("it" = the group here, the state there);
    # keep such overrides rare and deliberate
    assert len(bad) <= 5, bad


def test_coverage_of_regions_and_styles(items):
    regions = Counter(it["region"] for it in items)
    assert sum(1 for c in regions.values() if c >= 10) >= 8, regions
    styles = Counter(it["style"] for it in items)
    assert set(styles) == STYLES, styles
    share = {s: styles[s] / len(items) for s in STYLES}
    assert 0.35 <= share["news"] <= 0.55, share
    assert 0.20 <= share["thread"] <= 0.40, share
    assert 0.15 <= share["report"] <= 0.35, share


def test_modalities_all_exercised(items):
    seen = Counter(ev["modality"] for _, ev in _events(items))
    assert set(seen) == MODALITIES, seen
    assert sum(1 for _, ev in _events(items) if ev["negated"]) >= 10


def test_modes_follow_the_project_dictionary(items):
    yaml = pytest.importorskip("yaml")
    if not PLOVER.exists():
        pytest.skip("src/actorgraph/data/plover.yaml not present")
    types = yaml.safe_load(PLOVER.read_text(encoding="utf-8")).get("types", {})
    bad = []
    for it, ev in _events(items):
        mode = ev["mode"]
        if mode is None or ev["type"] not in types:
            continue
        if mode not in (types[ev["type"]].get("modes") or []):
            bad.append((it["id"], ev["type"], mode))
    assert not bad, bad
