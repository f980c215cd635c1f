"""Checked filters, stores never created by reading, actor hierarchies and flagged events:
the same answers from the CLI, the Python API and the web API over one store."""

from __future__ import annotations

import json
import warnings
from dataclasses import replace

import pytest
from click.testing import CliRunner
from helpers import ACTORS, coded, corpus

import actorgraph
from actorgraph.cli import cli
from actorgraph.errors import FilterError, StoreError
from actorgraph.models import Actor, Affiliation
from actorgraph.store.db import Store

#: A commander of the Quds Force from 1998 until 3 January 2020, and events of his on
#: both sides of that date.
COMMANDER = Actor("PER.QASEM_TEST", "Qasem Test", "person", "IRN",
                  affiliations=(Affiliation("IRN.MIL.QUDS", "commander", "1998",
                                            "2020-01-03"),))


@pytest.fixture()
def db(tmp_path, monkeypatch):
    monkeypatch.setitem(ACTORS, COMMANDER.id, COMMANDER)
    # the Quds Force as the dictionary has it: under Iran by its id, no country link needed
    monkeypatch.setitem(ACTORS, "IRN.MIL.QUDS", replace(ACTORS["IRN.MIL.QUDS"], country=None))
    docs = [*corpus(), coded("h", [
        ("Qasem Test met the militia in Najaf in 2010.",
         dict(type="CONSULT", source=COMMANDER.id, target="GRP.X", date="2010")),
        ("Qasem Test met Iraq's officials in 2021.",
         dict(type="CONSULT", source=COMMANDER.id, target="IRQ", date="2021")),
    ])]
    path = tmp_path / "store.db"
    with Store(path) as store:
        store.write_many(docs)
    return str(path)


def cli_run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


BAD = [
    (("--type", "ATTACK"), "unknown event type 'ATTACK'; did you mean ASSAULT"),
    (("--type", "assualt"), "did you mean ASSAULT"),
    (("--since", "last year"), "since: 'last year' is not a date"),
    (("--since", "2024-13-01"), "since: '2024-13-01' is not a real date"),
    (("--until", "2023-02-30"), "until: '2023-02-30' is not a real date"),
    (("--since", "2005", "--until", "2004"), "since (2005) is after until (2004)"),
    (("--actor", "Foo Bar"), "unknown actor 'Foo Bar'"),
    (("--actor", "Irann"), "did you mean Iran"),
    (("--source", "Nobody*"), "unknown actor 'Nobody*'"),
    (("--mode", "carpet"), "unknown mode 'carpet'"),
    (("--modality", "maybe"), "unknown modality 'maybe'"),
    (("--modality", "negated"), "negated is a flag, not a modality"),
]


@pytest.mark.parametrize(("args", "message"), BAD, ids=lambda x: " ".join(x)
                         if isinstance(x, tuple) else None)
def test_a_bad_filter_is_one_error_line_everywhere(db, args, message):
    for command in ("events", "claims", "export"):
        code, out = cli_run(command, "--db", db, *args)
        assert code == 2, (command, out)
        lines = out.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], out
    code, out = cli_run("timeline", "--db", db, "--actor", "Iran", *args)
    assert code == 2 and message in out
    if args[0] != "--actor":
        code, out = cli_run("network", "--db", db, "--actor", "Iran", *args)
        assert code == 2 and message in out
    filters = {args[i].lstrip("-"): args[i + 1] for i in range(0, len(args), 2)}
    with actorgraph.open(db) as graph:
        for method in (graph.events, graph.merged_events, graph.claims, graph.ego_network):
            with pytest.raises(FilterError, match=message.replace("(", r"\(").replace(")", r"\)")
                               .replace("*", r"\*")):
                method(**filters)


def test_the_web_api_gives_the_same_error(db):
    pytest.importorskip("fastapi")
    from actorgraph.web.app import create_app

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx2", category=UserWarning)
        from fastapi.testclient import TestClient
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        for path in ("/api/events", "/api/merged", "/api/timeline", "/api/graph",
                     "/api/claims"):
            for params, message in (({"type": "ATTACK"}, "did you mean ASSAULT"),
                                    ({"actor": "Foo Bar"}, "unknown actor 'Foo Bar'"),
                                    ({"mode": "carpet"}, "unknown mode"),
                                    ({"modality": "maybe"}, "unknown modality")):
                response = client.get(path, params=params)
                assert response.status_code == 400, (path, response.text)
                assert message in response.json()["error"]


@pytest.mark.parametrize("command", [
    ["events"], ["events", "--merged"], ["claims"], ["timeline", "--actor", "Iran"],
    ["network", "--actor", "Iran"], ["search", "x"], ["export", "--to", "csv"],
    ["actors", "iran"],
])
def test_reading_commands_never_create_a_store(tmp_path, command):
    missing = tmp_path / "nope.db"
    code, out = cli_run(*command, "--db", str(missing))
    assert code == 1 and out.strip() == (
        f"error: {missing}: no such store; create it with "
        f"`actorgraph ingest FILES --db {missing}`")
    assert not missing.exists()
    with pytest.raises(StoreError, match="no such store"):
        actorgraph.open(missing, create=False)
    assert not missing.exists()


def _ids(graph, **filters) -> set[str]:
    return {e.id for e in graph.events(all=True, **filters)}


def test_a_prefix_matches_names_and_aliases_as_well_as_ids(db):
    with actorgraph.open(db) as graph:
        iran = _ids(graph, actor="Iran", exact=True)
        assert _ids(graph, actor="Iran*", exact=True) == iran  # "Iran" by name
        assert _ids(graph, actor="tehr*", exact=True) == iran  # an alias, any case
        assert _ids(graph, actor="IRN*") >= iran  # ids, as before
    code, out = cli_run("events", "--db", db, "--actor", "Iran*", "--format", "jsonl")
    assert code == 0 and out.strip()


def test_an_actor_includes_its_members_and_commanders_while_in_role(db):
    with actorgraph.open(db) as graph:
        exact = graph.events(actor="Iran", exact=True, all=True)
        members = graph.events(actor="Iran", all=True)
        assert {e.source for e in exact} == {"IRN"}
        # the Quds Force by its id, its commander only for his 2010 meeting (in role)
        added = [(e.source, e.date) for e in members if e.source != "IRN"]
        assert sorted(added) == [("IRN.MIL.QUDS", "2006"), (COMMANDER.id, "2010")]
        quds = graph.events(actor="Quds Force", all=True)
        assert sorted(e.date for e in quds) == ["2006", "2010"]
        assert [e.date for e in graph.events(actor="Quds Force", exact=True)] == ["2006"]
        timeline = graph.timeline("Iran")
        assert {t.actor for t in timeline} == {"IRN", "IRN.MIL.QUDS", COMMANDER.id}
        assert "2021" not in {t.date for t in timeline}
        # the same rule in the CLI and in the exports' filters
        code, out = cli_run("events", "--db", db, "--actor", "Iran", "--all",
                            "--format", "jsonl")
        assert code == 0 and {json.loads(x)["id"] for x in out.splitlines()} == {
            e.id for e in members}
        code, out = cli_run("export", "--db", db, "--actor", "Iran", "--to", "jsonl")
        assert code == 0 and len(out.splitlines()) == len(members)
        code, out = cli_run("export", "--db", db, "--actor", "Iran", "--exact", "--to", "jsonl")
        assert code == 0 and len(out.splitlines()) == len(exact)
    # and in the web app's filters
    pytest.importorskip("fastapi")
    from actorgraph.web.app import create_app

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx2", category=UserWarning)
        from fastapi.testclient import TestClient
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        found = client.get("/api/events", params={"actor": "Iran", "all": 1}).json()["events"]
        assert {e["id"] for e in found} == {e.id for e in members}
        found = client.get("/api/events", params={"actor": "Iran", "all": 1,
                                                  "exact": 1}).json()["events"]
        assert {e["id"] for e in found} == {e.id for e in exact}


def test_network_rolls_members_up(db):
    with actorgraph.open(db) as graph:
        plain = graph.ego_network("Iran")
        assert {"IRN.MIL.QUDS", COMMANDER.id} <= {n["id"] for n in plain["nodes"]}
        parent = graph.ego_network("Iran", roll_up="parent")
        ids = {n["id"] for n in parent["nodes"]}
        assert COMMANDER.id not in ids and "IRN.MIL.QUDS" in ids  # the commander's parent
        country = graph.ego_network("Iran", roll_up="country")
        assert {e["source"] for e in country["edges"]} == {"IRN"}
        assert sum(e["events"] for e in country["edges"]) == sum(
            e["events"] for e in plain["edges"])


def test_flagged_events_are_hidden_alike_in_the_cli_the_api_and_the_pages(db):
    """One store through the CLI, the Python API and the web app (JSON API and the pages'
    JSON twins): the same counts, flagged events hidden unless all."""
    pytest.importorskip("fastapi")
    from actorgraph.web.app import create_app

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx2", category=UserWarning)
        from fastapi.testclient import TestClient

    def cli_count(*args: str) -> int:
        code, out = cli_run(*args, "--db", db, "--format", "jsonl")
        assert code == 0, out
        return len(out.splitlines())

    with actorgraph.open(db) as graph, TestClient(
            create_app(db), base_url="http://127.0.0.1") as client:
        def web(path: str, key: str, **params: object) -> int:
            body = client.get(path, params={"limit": 200, **params}).json()
            assert body["ok"], body
            return len(body[key])

        for show in (False, True):
            flag = ("--all",) if show else ()
            extra = {"all": 1} if show else {}
            mentions = len(graph.events(all=show))
            assert cli_count("events", *flag) == mentions
            assert web("/api/events", "events", **extra) == mentions
            assert web("/events.json", "events", **extra) == mentions
            merged = len(graph.merged_events(all=show))
            assert cli_count("events", "--merged", *flag) == merged
            assert web("/api/merged", "merged", **extra) == merged
            line = len(graph.timeline("Iran", all=show))
            assert cli_count("timeline", "--actor", "Iran", *flag) == line
        everything = graph.events(all=True)
        shown = graph.events()
        assert len(shown) < len(everything)
        assert all(e.happened for e in shown)
        hidden = [e for e in everything if not e.happened]
        assert {e.modality for e in hidden} == {"denied", "hypothetical"}
        # the graph never counts flagged events, with or without all
        edges = graph.ego_network()["edges"]
        assert sum(e["events"] for e in edges) == sum(
            e["events"] for e in client.get("/api/graph").json()["edges"])


def test_help_explains_the_flags_and_stance():
    for command in ("events", "timeline", "code"):
        code, out = cli_run(command, "--help")
        assert code == 0
        text = " ".join(out.split())
        assert "negated (the text says it did not happen" in text
        assert "denied (the text reports a denial" in text
        assert "stance is whether a claim asserts or denies" in text
        assert "--all" in text


def test_to_pandas_carries_names(db):
    pytest.importorskip("pandas")
    with actorgraph.open(db) as graph:
        frame = graph.events(actor="Quds Force", all=True).to_pandas()
        assert dict(zip(frame.source, frame.source_name, strict=True)) == {
            "IRN.MIL.QUDS": "Quds Force", COMMANDER.id: "Qasem Test"}
        edges = graph.network("Iran").to_pandas()
        assert {"source_name", "target_name"} <= set(edges.columns)
        claims = graph.claims().to_pandas()
        assert "claim.asserted_by_name" in claims.columns


def test_negated_is_not_denied_in_the_web_api(tmp_path):
    pytest.importorskip("fastapi")
    from helpers import web_coded

    from actorgraph.web.app import create_app

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx2", category=UserWarning)
        from fastapi.testclient import TestClient
    doc = web_coded("n", [[("Iran did not arm the militia in 2005.",
                            dict(type="AID", source="IRN", target="GRP.KT", date="2005",
                                 negated=True)),
                           ("Iran denied arming the militia in 2006.",
                            dict(type="AID", source="IRN", target="GRP.KT", date="2006",
                                 modality="denied"))]])
    path = tmp_path / "n.db"
    with Store(path) as store:
        store.write(doc)
    with TestClient(create_app(path), base_url="http://127.0.0.1") as client:
        merged = client.get("/api/merged", params={"all": 1}).json()["merged"]
        by_date = {m["date"]: (m["negated"], m["denied"]) for m in merged}
        assert by_date == {"2005": (1, 0), "2006": (0, 1)}
        assert client.get("/api/merged").json()["merged"] == []  # both flagged: hidden
        one = client.get(f"/api/merged/{merged[0]['id']}").json()["merged"]
        assert (one["negated"], one["denied"]) == by_date[one["date"]]


def test_a_flagged_modality_asked_by_name_is_listed(db):
    with actorgraph.open(db) as graph:
        denied = graph.events(modality="denied")
        assert denied and {e.modality for e in denied} == {"denied"}
        assert graph.events(modality="asserted") == [
            e for e in graph.events() if e.modality == "asserted"]
    code, out = cli_run("events", "--db", db, "--modality", "denied", "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == len(denied)
