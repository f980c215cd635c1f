"""Every export format is written, then read back by the tool made for it."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from helpers import coded, corpus

from actorgraph.cli import cli
from actorgraph.errors import ActorGraphError
from actorgraph.export import CSV_COLUMNS, export_events, parquet_schema, read_parquet_events
from actorgraph.store.db import EventFilter, Store


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "store.db"
    with Store(path) as store:
        store.write_many(corpus())
    return path


@pytest.fixture()
def store(db):
    with Store(db) as s:
        yield s


def test_jsonl_keeps_the_contract_and_names_the_merged_event(store, tmp_path):
    out = tmp_path / "events.jsonl"
    assert export_events(store, "jsonl", out) == 8
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 8
    first = records[1]
    assert first["source"] == {"id": "IRN", "name": "Iran", "text": None, "kind": "state",
                               "country": "IRN"}
    assert first["evidence"]["text"].startswith("Iran armed the militia in Najaf")
    assert first["asserted_by"]["name"] == "United States"
    najaf = {r["merged"] for r in records if r["location"] and r["location"]["name"] == "Najaf"}
    assert len(najaf) == 1


def test_plover_json(store):
    stream = io.StringIO()
    export_events(store, "plover", stream, EventFilter(type="ASSAULT", place="Basra"))
    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [r["actor"]["actor_name"] for r in records] == ["Iran", "Israel"]
    assert records[0]["recipient"]["actor_country"] == "USA"
    assert records[0]["event_loc"]["geonameid"] == 99532
    assert records[0]["text_info"]["publication_date"] == "2005-05-02"


def test_csv_has_polecat_columns_and_reads_back(store, tmp_path):
    out = tmp_path / "events.csv"
    assert export_events(store, "csv", out, EventFilter(actor="Iran", exact=True)) == 6
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[:5] == ["Event ID", "Event Date", "Event Type", "Event Mode",
                                 "Quad Code"]
    assert {"Actor Name", "Actor Country", "Recipient Name", "Placename", "Latitude",
            "Longitude", "Publication Date", "Date Basis", "Asserted By", "Modality",
            "Negated", "Disputed", "Evidence Text", "Document", "Post"} <= set(rows[0])
    assert len(rows) == 6
    reported = next(r for r in rows if r["Document"] == "a")
    assert (reported["Actor Name"], reported["Recipient Name"], reported["Placename"]) == (
        "Iran", "X militia", "Najaf")
    assert (reported["Latitude"], reported["Publication Date"], reported["Asserted By"]) == (
        "32.0", "2004-03-06", "United States")
    denied = next(r for r in rows if r["Document"] == "c")
    assert (denied["Modality"], denied["Disputed"], denied["Event Date"]) == (
        "denied", "True", "")
    assert denied["Merged Event ID"] == reported["Merged Event ID"]


def test_parquet_reads_back_with_pyarrow_and_pandas(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert export_events(store, "parquet", out) == 8
    table = pq.read_table(out)
    assert table.num_rows == 8
    assert table.schema.names == parquet_schema().names
    assert str(table.schema.field("location").type.field("lat").type) == "double"
    assert str(table.schema.field("negated").type) == "bool"
    frame = table.to_pandas()
    docs = frame.evidence.map(lambda ev: ev["doc"])
    assert frame.loc[docs == "a", "location"].item()["name"] == "Najaf"
    assert (~frame.negated & frame.modality.isin(["asserted", "reported", "historical"])).sum() == 6
    # the events come back whole, in the order the store gives them
    assert list(read_parquet_events(out)) == list(store.events())
    empty = tmp_path / "empty.parquet"
    assert export_events(store, "parquet", empty, EventFilter(type="PROTEST")) == 0
    assert pq.read_table(empty).num_rows == 0


@pytest.mark.parametrize("to", ["gexf", "graphml"])
def test_graphs_read_back_with_networkx(store, tmp_path, to):
    nx = pytest.importorskip("networkx")
    read = nx.read_gexf if to == "gexf" else nx.read_graphml
    out = tmp_path / f"graph.{to}"
    assert export_events(store, to, out) == 4
    graph = read(out)
    assert graph.is_directed()
    assert set(graph) == {"IRN", "GRP.X", "USA", "ISR", "IRN.MIL.QUDS", "IRQ"}
    iran = graph.nodes["IRN"]
    assert (iran["label"], iran["kind"], iran["country"]) == ("Iran", "state", "IRN")
    aid = graph.get_edge_data("IRN", "GRP.X")
    aid = aid["AID"] if graph.is_multigraph() else aid
    assert aid["event_type"] == "AID"
    assert (aid["weight"], aid["mentions"], aid["first"], aid["last"]) == (2, 4, "2004",
                                                                           "2004-03-05")
    assert not graph.has_edge("IRN", "ISR")  # hypothetical: no edge
    # two event types between the same actors are two edges of a multigraph
    store.write(coded("h", [("Iran attacked the militia in Najaf on 9 May 2005.",
                             dict(type="ASSAULT", source="IRN", target="GRP.X",
                                  date="2005-05-09"))]))
    assert export_events(store, to, out) == 5
    graph = read(out)
    assert graph.is_multigraph()
    assert sorted(graph.get_edge_data("IRN", "GRP.X")) == ["AID", "ASSAULT"]


def test_graph_filters(store, tmp_path):
    nx = pytest.importorskip("networkx")
    out = tmp_path / "g.graphml"
    export_events(store, "graphml", out, EventFilter(type="ASSAULT"))
    graph = nx.read_graphml(out)
    assert sorted(graph.edges()) == [("IRN", "USA"), ("ISR", "USA")]


def test_unknown_format_and_unwritable_file(store, tmp_path):
    with pytest.raises(ActorGraphError, match="unknown export format"):
        export_events(store, "xlsx", tmp_path / "x")
    with pytest.raises(ActorGraphError, match="cannot write"):
        export_events(store, "csv", tmp_path / "missing" / "x.csv")


@pytest.mark.parametrize("to", ["jsonl", "plover", "csv", "parquet", "gexf", "graphml"])
def test_export_command(db, tmp_path, to):
    out = tmp_path / f"out.{to}"
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--to", to, "--out", str(out),
                                      "--actor", "Iran"])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0
    assert "wrote" in result.output


def test_export_command_to_stdout(db):
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--to", "csv", "--type", "AID"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == [header for header, _ in CSV_COLUMNS]
    assert len(rows) == 6
