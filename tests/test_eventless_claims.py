"""Claims without an event: a proposition the coder codes no event for, asserted by one
party and denied by another inside one text (issue 18, rebuttal pairs). The store keeps
them (migration 0006), ``claims`` lists them, ``claims --contested`` and /api/claims show
the contest as the claimed words with each side's holder and sentence."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest
from click.testing import CliRunner
from helpers import coded

from actorgraph.cli import cli
from actorgraph.models import Claim, CodedDocument, Evidence
from actorgraph.store.db import EventFilter, Store
from actorgraph.store.schema import MIGRATIONS


def _doc(doc_id: str = "d9") -> CodedDocument:
    """A document with one coded event and an eventless contest: Baku asserts "its
    forces fired first", Yerevan disputes it."""
    doc = coded(doc_id, [("Iran armed the militia.", dict(type="AID", source="IRN",
                                                          target="GRP.X")),
                         ("Baku says its forces fired first.", None),
                         ("Yerevan says otherwise.", None)])
    text = doc.document.posts[0].text
    said, answer = text.index("Baku"), text.index("Yerevan")
    words = "its forces fired first"
    at = text.index(words)
    common = dict(topic="tp_1", proposition=words, proposition_start=at,
                  proposition_end=at + len(words))
    doc.claims += [
        Claim("cl_a", None, "AZE", "asserts",  # type: ignore[arg-type]
              Evidence(doc_id, 1, said, answer - 1, text[said:answer - 1]), "Baku", **common),
        Claim("cl_b", None, "ARM", "disputes",  # type: ignore[arg-type]
              Evidence(doc_id, 1, answer, len(text), text[answer:]), "Yerevan", **common),
    ]
    return doc


def test_an_eventless_contest_is_stored_listed_and_contested():
    with Store(":memory:") as store:
        store.write(_doc())
        assert store.counts()["claims"] == 3  # the event's own claim and the two sides
        records = list(store.claims())
        assert [r.claim.id for r in records if r.event is None] == ["cl_a", "cl_b"]
        assert records[0].event is not None  # claims on events come first, as before
        assert [r.claim.proposition for r in records if r.event is None] == [
            "its forces fired first"] * 2
        [contest] = [c for c in store.contested() if c.kind == "proposition"]
        assert contest.proposition == "its forces fired first"
        assert [s.position for s in contest.sides] == ["asserts", "disputes"]
        assert [(i.by, i.by_text, i.event) for s in contest.sides for i in s.items] == [
            ("AZE", "Baku", None), ("ARM", "Yerevan", None)]
        # filters: an event type asks for events; the holder's actor keeps them
        assert not [c for c in store.contested(EventFilter(type="AID"))
                    if c.kind == "proposition"]
        assert [c.kind for c in store.contested(EventFilter(actor="ARM"))].count(
            "proposition") == 1
        assert [r.claim.id for r in store.claims(EventFilter(asserted_by="AZE"))
                if r.event is None] == ["cl_a"]
        assert all(r.event is not None for r in store.claims(EventFilter(type="AID")))
        # paging runs on from the claims on events into the eventless ones
        assert [r.claim.id for r in store.claims(EventFilter(limit=2))][1:] == ["cl_a"]
        assert [r.claim.id for r in store.claims(EventFilter(offset=2))] == ["cl_b"]


def test_a_denial_alone_is_a_claim_not_a_contest():
    doc = _doc()
    doc.claims = [c for c in doc.claims if c.id != "cl_a"]
    with Store(":memory:") as store:
        store.write(doc)
        assert [r.claim.id for r in store.claims() if r.event is None] == ["cl_b"]
        assert not [c for c in store.contested() if c.kind == "proposition"]


def test_replacing_a_document_drops_its_eventless_claims():
    with Store(":memory:") as store:
        store.write(_doc())
        changed = _doc()
        changed.claims = changed.claims[:1]
        assert store.write(changed, force=True)
        assert store.counts()["claims"] == 1


def test_an_eventless_claim_needs_a_topic():
    doc = _doc()
    doc.claims = [replace(c, topic=None) for c in doc.claims]
    with Store(":memory:") as store, pytest.raises(Exception, match="cannot store"):
        store.write(doc)


def test_a_store_of_the_old_schema_opens_and_migrates(tmp_path, monkeypatch):
    """A store made before 0006 (claims keyed by (event, id), event NOT NULL) keeps its
    claims, and takes eventless ones after."""
    import actorgraph.store.db as db

    new = tmp_path / "new.db"
    with Store(new) as store:
        store.write(coded("d0", [("Iran armed the militia.", dict(
            type="AID", source="IRN", target="GRP.X"))]))
    path = tmp_path / "old.db"
    monkeypatch.setattr(db, "MIGRATIONS", MIGRATIONS[:5])
    Store(path).close()
    monkeypatch.undo()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    conn.execute("ATTACH ? AS new", (str(new),))
    for table in ("documents", "posts", "events"):
        conn.execute(f"INSERT INTO {table} SELECT * FROM new.{table}")
    conn.execute("INSERT INTO claims (event, id, asserted_by, stance, doc, post, start, \"end\","
                 " text, asserted_by_text) SELECT event, id, asserted_by, stance, doc, post,"
                 " start, \"end\", text, 'Tehran' FROM new.claims")
    conn.commit()
    with pytest.raises(sqlite3.IntegrityError):  # the old schema refused a claim without event
        conn.execute("INSERT INTO claims (event, id, stance, doc, post, start, \"end\", text)"
                     " VALUES (NULL, 'cl_1', 'denies', 'd0', 1, 0, 5, 'x')")
    conn.close()
    with Store(path) as store:
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == len(MIGRATIONS)
        [old] = store.conn.execute("SELECT * FROM claims").fetchall()
        assert (old["stance"], old["asserted_by_text"], old["topic"]) == (
            "asserts", "Tehran", None)
        [record] = store.claims()
        assert record.event is not None and record.claim.event == record.event.id
        store.write(_doc())
        assert store.counts()["claims"] == 4
        # deleting the event still takes its claims with it
        store.conn.execute("DELETE FROM events WHERE id = ?", (old["event"],))
        assert store.counts()["claims"] == 3


def test_cli_and_api_show_the_eventless_contest(tmp_path):
    db = str(tmp_path / "c.db")
    with Store(db) as store:
        store.write(_doc())
    runner = CliRunner()
    out = runner.invoke(cli, ["claims", "--db", db, "--contested"], env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    assert "its forces fired first" in out.output and "Yerevan" in out.output
    out = runner.invoke(cli, ["claims", "--db", db, "--contested", "--format", "jsonl"])
    rows = [json.loads(line) for line in out.output.splitlines()]
    [prop] = [r for r in rows if r["kind"] == "proposition"]
    assert prop["proposition"] == "its forces fired first"
    assert [i["stance"] for s in prop["sides"] for i in s["items"]] == ["asserts", "disputes"]
    out = runner.invoke(cli, ["claims", "--db", db], env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    assert "claim: “its forces fired first”" in out.output
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from actorgraph.web.app import create_app

    pytest.importorskip("httpx", reason="TestClient needs httpx")
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        got = client.get("/api/claims").json()
        contested = client.get("/api/claims", params={"contested": "true"}).json()
    eventless = [c for c in got["claims"] if c["event"] is None]
    assert [c["claim"]["stance"] for c in eventless] == ["asserts", "disputes"]
    assert eventless[0]["claim"]["proposition"] == "its forces fired first"
    [prop] = [c for c in contested["contested"] if c["kind"] == "proposition"]
    assert [i["by"] for s in prop["sides"] for i in s["items"]] == ["AZE", "ARM"]
