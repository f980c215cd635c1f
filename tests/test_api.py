"""``actorgraph.open()`` and the store commands: events, claims, timeline, network, search."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from helpers import corpus

import actorgraph
from actorgraph.cli import cli
from actorgraph.errors import ActorGraphError
from actorgraph.models import Actor, Event
from actorgraph.store.db import Store
from actorgraph.store.query import Contest, Edge, MergedEvent, Results, SearchHit


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "store.db"
    with Store(path) as store:
        store.write_many(corpus())
    return str(path)


@pytest.fixture()
def graph(db):
    with actorgraph.open(db) as g:
        yield g


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


# -- Python API ----------------------------------------------------------------------------


def test_open_returns_typed_records(graph):
    events = graph.events(actor="Iran", type="AID")
    assert isinstance(events, Results) and all(isinstance(e, Event) for e in events)
    assert len(events) == 4
    merged = graph.merged_events(actor="Iran")
    assert all(isinstance(m, MergedEvent) for m in merged)
    najaf = next(m for m in merged if m.mentions == 3)
    assert [e.evidence.doc for e in graph.mentions(najaf.id)] == ["a", "b", "c"]
    assert all(isinstance(a, Actor) for a in graph.actors("iran"))
    assert all(isinstance(c, Contest) for c in graph.contested())
    assert all(isinstance(e, Edge) for e in graph.network("Iran"))
    assert all(isinstance(h, SearchHit) for h in graph.search("militia"))


def test_to_pandas(graph):
    pytest.importorskip("pandas")
    frame = graph.events(actor="Iran", all=True).to_pandas()
    assert len(frame) == 7  # Iran's and its member's (the Quds Force), flagged ones too
    assert {"id", "type", "source", "evidence.text", "location.name"} <= set(frame.columns)
    # names beside ids, the name of each row's own actor
    assert list(frame.columns[frame.columns.get_loc("source"):][:2]) == ["source", "source_name"]
    assert set(zip(frame.source, frame.source_name, strict=True)) == {("IRN", "Iran"),
                                                         ("IRN.MIL.QUDS", "Quds Force")}
    assert "target_name" in frame.columns and "asserted_by_name" in frame.columns
    assert "location" not in frame.columns
    merged = graph.merged_events(all=True).to_pandas()
    assert merged.mentions.sum() == 8
    assert graph.merged_events().to_pandas().mentions.sum() == 7  # the hypothetical left out
    contests = graph.contested().to_pandas()
    assert {"kind", "position", "item.by", "item.evidence.text"} <= set(contests.columns)
    assert set(contests.kind) == {"stance", "date", "source"}
    assert len(graph.timeline("Iran").to_pandas()) == 4  # the flagged two left out
    assert "counterpart_name" in graph.timeline("Iran").to_pandas().columns
    assert list(graph.network("Iran", exact=True).to_pandas().type) == ["AID", "ASSAULT"]
    assert graph.search("najaf").to_pandas().kind.tolist() == ["post"] * 3
    assert graph.events(type="PROTEST").to_pandas().empty


def test_unknown_filter_is_an_actorgraph_error(graph):
    with pytest.raises(ActorGraphError, match="known: all, actor"):
        graph.events(country="IRN")


def test_claims_timeline_network_search(graph):
    claims = graph.claims(asserted_by="Iran")
    assert [(c.claim.stance, c.event.evidence.doc) for c in claims] == [("denies", "c")]
    assert [t.type for t in graph.timeline("USA")] == ["ASSAULT", "ASSAULT"]
    counts = graph.timeline_counts("Iran", by="year", exact=True)
    assert [(p.period, p.events) for p in counts] == [("2004", 2), ("2005", 1)]
    counts = graph.timeline_counts("Iran", by="year")  # with the Quds Force's 2006 event
    assert [(p.period, p.events) for p in counts] == [("2004", 2), ("2005", 1), ("2006", 1)]
    edges = graph.network("Iran", depth=1)
    assert [(e.source, e.target, e.type, e.events) for e in edges][0] == ("IRN", "GRP.X", "AID",
                                                                          2)
    g = graph.graph("Iran", depth=2)
    assert "ISR" in g
    assert graph.search("Tehran")[0].id == "IRN"  # an alias finds the actor


def test_export_method(graph, tmp_path):
    out = tmp_path / "x.csv"
    assert graph.export("csv", out, type="ASSAULT") == 3


# -- commands ------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["events", "claims", "timeline", "network", "search",
                                     "export", "ingest"])
def test_every_store_command_has_help(command):
    out = run(command, "--help")
    assert "Example" in out and "--db" in out


def test_events_command(db):
    table = run("events", "--db", db, "--actor", "Iran")
    assert "Iran" in table and "X militia" in table
    lines = run("events", "--db", db, "--actor", "Iran", "--exact", "--all", "--format",
                "jsonl").splitlines()
    assert len(lines) == 6 and all(json.loads(line)["merged"] for line in lines)
    lines = run("events", "--db", db, "--actor", "Iran", "--format", "jsonl").splitlines()
    assert len(lines) == 5
    assert {json.loads(line)["modality"] for line in lines} <= {"asserted", "reported"}
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv",
                                               "--limit", "3"))))
    assert len(rows) == 3 and rows[0]["Event Type"]
    merged = run("events", "--db", db, "--merged", "--place", "najaf")
    assert "stance, date" in merged and "2004-03-05..2004-03-07" in merged
    lines = run("events", "--db", db, "--merged", "--all", "--format", "jsonl").splitlines()
    assert sum(json.loads(line)["mentions"] for line in lines) == 8


def test_claims_command(db):
    out = run("claims", "--db", db, "--contested")
    assert "contested stance" in out and "contested date" in out and "contested source" in out
    assert "Iran denied arming the militia in Najaf." in out
    assert "3 contested event(s)" in out
    lines = run("claims", "--db", db, "--contested", "--format", "jsonl").splitlines()
    stance = next(json.loads(line) for line in lines if json.loads(line)["kind"] == "stance")
    assert [s["position"] for s in stance["sides"]] == ["asserts", "denies"]
    rows = list(csv.DictReader(io.StringIO(run("claims", "--db", db, "--contested",
                                               "--format", "csv"))))
    assert {r["position"] for r in rows} >= {"asserts", "denies", "IRN", "ISR"}
    assert "denies" in run("claims", "--db", db, "--asserted-by", "Iran")


def test_timeline_command(db):
    out = run("timeline", "--db", db, "--actor", "Iran")
    assert "2004-03-05..2004-03-07" in out and "X militia" in out
    rows = list(csv.DictReader(io.StringIO(run("timeline", "--db", db, "--actor", "IRN*",
                                               "--by", "year", "--format", "csv"))))
    assert [r["period"] for r in rows] == ["2004", "2005", "2006"]


def test_network_command(db):
    out = run("network", "--db", db, "--actor", "Iran", "--depth", "2")
    assert "AID×2" in out and "Israel" in out
    lines = run("network", "--db", db, "--actor", "Iran", "--exact", "--format",
                "jsonl").splitlines()
    assert {json.loads(line)["target"] for line in lines} == {"GRP.X", "USA"}
    lines = run("network", "--db", db, "--actor", "Iran", "--roll-up", "country", "--format",
                "jsonl").splitlines()
    assert {json.loads(line)["source"] for line in lines} == {"IRN"}


def test_search_command(db):
    out = run("search", "--db", db, "supplied", "weapons")
    assert "b#1" in out
    hits = [json.loads(line) for line in
            run("search", "--db", db, "quds", "--format", "jsonl").splitlines()]
    assert hits[0]["kind"] == "actor" and hits[0]["id"] == "IRN.MIL.QUDS"
    result = CliRunner().invoke(cli, ["search", "--db", db, "--raw", '"open'])
    assert result.exit_code == 1 and "search" in result.output


# -- with the model ------------------------------------------------------------------------


@pytest.mark.slow
def test_coded_documents_are_stored_and_queried(coder, tmp_path):
    from actorgraph.models import Document, Post

    texts = {
        "r1": "Iran armed Hezbollah in Lebanon on 5 March 2004.",
        "r2": "Tehran supplied weapons to Hezbollah in Lebanon on 6 March 2004.",
        "r3": "Iran denied arming Hezbollah in Lebanon.",
    }
    with actorgraph.open(tmp_path / "s.db") as g:
        for doc_id, text in texts.items():
            doc = Document(doc_id, text, (Post(1, text, 0, len(text)),), "text",
                           published="2004-03-10")
            assert g.store.write(coder.code(doc))
        events = g.events(actor="Iran")
        assert events, "the coder found no event"
        assert g.search("Hezbollah")
        merged = g.merged_events(actor="Iran", type=events[0].type)
        assert max(m.mentions for m in merged) >= 2
