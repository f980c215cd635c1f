from __future__ import annotations

import pytest

from actorgraph.errors import StoreError
from actorgraph.models import (
    Actor,
    Claim,
    CodedDocument,
    Document,
    Event,
    Evidence,
    Location,
    Post,
)
from actorgraph.store.db import EventFilter, Store


def _coded(text: str = "Iran armed the militia in 2004.", doc_id: str = "d1") -> CodedDocument:
    doc = Document(id=doc_id, text=text, posts=(Post(1, text, 0, len(text)),), format="text")
    ev = Evidence(doc_id, 1, 0, len(text), text)
    event = Event(
        id=f"ev_{doc_id}", type="AID", evidence=ev, quad=2, cameo="07", source="IRN",
        source_text="Iran", target="GRP.X", target_text="the militia", date="2004",
        date_basis="text", location=Location("Najaf", "IRQ", 32.0, 44.3, 98463),
    )
    return CodedDocument(
        document=doc,
        events=[event],
        actors={"IRN": Actor("IRN", "Iran", "state", "IRN"),
                "GRP.X": Actor("GRP.X", "X militia", "militia", "IRQ")},
        claims=[Claim(f"cl_{doc_id}", event.id, None, "asserts", ev)],
    )


def test_write_and_query_round_trip():
    with Store(":memory:") as store:
        assert store.write(_coded())
        [got] = store.events(EventFilter(actor="IRN"))
        assert got == _coded().events[0]
        assert store.actor("GRP.X").kind == "militia"
        assert store.counts()["claims"] == 1


def test_same_content_is_not_stored_twice_and_changed_content_replaces():
    with Store(":memory:") as store:
        assert store.write(_coded())
        assert not store.write(_coded())
        assert store.write(_coded("Iran armed the militia in 2005."))
        counts = store.counts()
        assert (counts["documents"], counts["events"], counts["posts"]) == (1, 1, 1)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"type": "aid"}, 1), ({"type": "ASSAULT"}, 0), ({"since": "2004"}, 1),
        ({"since": "2005"}, 0), ({"until": "2004"}, 1), ({"until": "2003"}, 0),
        ({"source": "IRN"}, 1), ({"target": "IRN"}, 0), ({"place": "najaf"}, 1),
        ({"actor": "x' OR 1=1 --"}, 0),
    ],
)
def test_event_filters(filters, expected):
    with Store(":memory:") as store:
        store.write(_coded())
        assert len(list(store.events(EventFilter(**filters)))) == expected


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "x.db"
    Store(path).close()
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer actorgraph"):
        Store(path)


def test_failed_write_leaves_store_as_before(tmp_path):
    store = Store(tmp_path / "s.db")
    store.write(_coded(doc_id="a"))
    bad = _coded(doc_id="b")
    bad.events.append(bad.events[0])  # same id twice is fine (OR REPLACE) ...
    bad.mentions.append(None)  # ... but a broken record aborts the document
    with pytest.raises(Exception):
        store.write(bad)
    assert store.counts()["documents"] == 1
    store.close()
