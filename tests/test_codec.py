"""One codec for events: every shape (JSONL, store, Parquet, CSV) follows the dataclass.

No model: records are built by hand (``helpers.corpus``).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import dataclass, replace

import pytest
from helpers import corpus

from actorgraph import codec
from actorgraph.export import event_to_json, event_to_plover, export_events, read_parquet_events
from actorgraph.models import METHODS, CodedDocument, Event, Evidence, Location
from actorgraph.runners import shards
from actorgraph.store.db import Store
from actorgraph.store.schema import MIGRATIONS


@dataclass(frozen=True, slots=True)
class TaggedEvent(Event):
    """An event with one field more, as a future version of Event might have."""

    tag: str | None = None
    weight: int = 0


def _tagged(docs: list[CodedDocument]) -> list[CodedDocument]:
    out = []
    for n, c in enumerate(docs):
        events = [TaggedEvent(**{f: getattr(e, f) for f in e.__dataclass_fields__},
                              tag=f"t{n}{i}", weight=n * 10 + i)
                  for i, e in enumerate(c.events)]
        out.append(CodedDocument(c.document, events, c.mentions, c.actors, c.claims))
    return out


@pytest.fixture()
def tagged(monkeypatch):
    """The Event codec swapped for one of TaggedEvent, as editing models.py would do."""
    monkeypatch.setattr(codec, "EVENT", codec.EVENT.with_class(TaggedEvent))
    return _tagged(corpus())


def _by_id(events):
    return {e.id: e for e in events}


def test_a_new_field_reaches_jsonl(tagged):
    event = tagged[0].events[0]
    record = event_to_json(event, tagged[0].actors)
    assert (record["tag"], record["weight"]) == ("t00", 0)
    assert list(record)[-1] == "evidence"  # the contract's order: evidence last
    assert codec.EVENT.from_json(json.loads(json.dumps(record))) == event
    # PLOVER records keep their own names and carry the new fields under theirs
    assert event_to_plover(event, tagged[0].actors)["tag"] == "t00"


def test_a_new_field_reaches_the_store_and_comes_back(tagged):
    with Store(":memory:") as store:
        # what the field's migration would add
        store.conn.execute("ALTER TABLE events ADD COLUMN tag TEXT")
        store.conn.execute("ALTER TABLE events ADD COLUMN weight INTEGER NOT NULL DEFAULT 0")
        store.write_many(tagged)
        back = _by_id(store.events())
    written = _by_id(e for c in tagged for e in c.events)
    assert back == written
    assert {type(e) for e in back.values()} == {TaggedEvent}
    assert sorted(e.tag for e in back.values()) == sorted(e.tag for e in written.values())


def test_a_new_field_reaches_parquet_exports_and_shards(tagged, tmp_path):
    pytest.importorskip("pyarrow")
    with Store(":memory:") as store:
        store.conn.execute("ALTER TABLE events ADD COLUMN tag TEXT")
        store.conn.execute("ALTER TABLE events ADD COLUMN weight INTEGER NOT NULL DEFAULT 0")
        store.write_many(tagged)
        export_events(store, "parquet", tmp_path / "e.parquet")
        csv_text = io.StringIO()
        export_events(store, "csv", csv_text)
    written = _by_id(e for c in tagged for e in c.events)
    assert _by_id(read_parquet_events(tmp_path / "e.parquet")) == written
    back = list(shards.from_tables(shards.to_tables(tagged)))
    assert _by_id(e for c in back for e in c.events) == written
    rows = list(csv.DictReader(io.StringIO(csv_text.getvalue())))
    assert sorted(r["Tag"] for r in rows) == sorted(e.tag for e in written.values())


def test_method_is_in_every_shape(tmp_path):
    pytest.importorskip("pyarrow")
    docs = corpus()
    first = docs[0].events[0]
    docs[0].events[0] = replace(first, method="model", confidence=0.61)
    assert event_to_json(docs[0].events[0], {})["method"] == "model"
    with Store(tmp_path / "s.db") as store:
        store.write_many(docs)
        stored = _by_id(store.events())
        export_events(store, "parquet", tmp_path / "e.parquet")
        text = io.StringIO()
        export_events(store, "csv", text)
    assert stored[first.id].method == "model"
    assert {e.method for e in stored.values()} == {"model", "rule"}
    assert _by_id(read_parquet_events(tmp_path / "e.parquet"))[first.id].method == "model"
    rows = {r["Event ID"]: r for r in csv.DictReader(io.StringIO(text.getvalue()))}
    assert rows[first.id]["Method"] == "model"
    assert set(METHODS) == {"rule", "model", "both"}


def test_a_store_made_before_method_reads_as_rule(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.write_many(corpus())
    conn = sqlite3.connect(path)
    # Take the store back to schema 1: no method column, no relation tables (0003), no
    # reviews (0004), no claim holder words (0005).
    conn.execute("ALTER TABLE events DROP COLUMN method")
    conn.execute("ALTER TABLE claims DROP COLUMN asserted_by_text")
    conn.execute("ALTER TABLE events DROP COLUMN reviewed")
    conn.executescript("DROP TABLE relations; DROP TABLE relation_mentions; DROP TABLE reviews;"
                       " DROP TABLE review_events; DROP TABLE review_keys;"
                       " DROP TABLE review_merged;")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store(path) as store:
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        methods = {e.method for e in store.events()}
    assert version == len(MIGRATIONS) and methods == {"rule"}


def test_store_columns_follow_the_dataclass():
    names = codec.EVENT.store_columns
    assert names[:2] == ("id", "type")
    assert {"ev_start", "ev_end", "ev_text", "doc", "post", "location", "method"} <= set(names)
    assert "evidence" not in names
    loc = Location("Najaf", "IRQ", 32.0, 44.3, 98463)
    event = Event("ev_x", "AID", Evidence("d", 2, 3, 9, "Text."), location=loc, negated=True)
    row = codec.EVENT.to_row(event)
    assert (row["post"], row["ev_text"], row["negated"]) == (2, "Text.", 1)
    assert json.loads(row["location"])["geonameid"] == 98463
    assert codec.EVENT.from_row(row) == event


def test_old_shards_without_a_field_read_with_its_default():
    pytest.importorskip("pyarrow")
    tables = shards.to_tables(corpus())
    events = tables["events"]
    tables["events"] = events.drop_columns(["method"])
    assert "method" not in tables["events"].schema.names
    back = [e for c in shards.from_tables(tables) for e in c.events]
    assert back and {e.method for e in back} == {"rule"}


def test_ingested_shards_and_a_parquet_export_read_back_to_the_same_events(tmp_path):
    """One Parquet layout: batch shards loaded by `ingest`, exported again with `export --to
    parquet`, give back the events of the shards."""
    pytest.importorskip("pyarrow")
    import actorgraph

    docs = corpus()
    out = tmp_path / "shards"
    partition = shards.Partition(0, (shards.Slice("corpus"),))
    shards.write_partition(out, shards.PartitionResult(partition, shards.to_tables(docs)))
    from_shards = _by_id(read_parquet_events(out / "events" / "part-00000.parquet"))
    assert from_shards == _by_id(e for c in docs for e in c.events)
    with actorgraph.open(tmp_path / "s.db") as graph:
        report = graph.ingest([out])
        assert report.stored == len(docs)
        graph.export("parquet", tmp_path / "e.parquet")
    assert _by_id(read_parquet_events(tmp_path / "e.parquet")) == from_shards
