"""The web app's JSON API, pages and security, through FastAPI's TestClient.

The store is built from hand-made records (no model), so these tests are
fast. Every filter is checked against the store's own query (the CLI's), and
hostile strings go through every parameter.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import warnings

import pytest

pytest.importorskip("fastapi", reason="no web extra: pip install 'actorgraph[web]'")
pytest.importorskip("httpx", reason="TestClient needs httpx")

from click.testing import CliRunner  # noqa: E402
from helpers import (  # noqa: E402
    EVIL_NAME,
    IMG,
    SCRIPT,
    long_post,
)
from helpers import web_coded as coded  # noqa: E402
from helpers import web_corpus as corpus  # noqa: E402

from actorgraph.cli import cli  # noqa: E402
from actorgraph.errors import StoreError  # noqa: E402
from actorgraph.store.db import EventFilter, Store  # noqa: E402
from actorgraph.web import app as webapp  # noqa: E402
from actorgraph.web.app import LIMITS, create_app  # noqa: E402
from actorgraph.web.queries import POST_WINDOW, WebStore, date_span  # noqa: E402

with warnings.catch_warnings():  # Starlette would rather its TestClient used httpx2
    warnings.filterwarnings("ignore", message=".*httpx2", category=UserWarning)
    from fastapi.testclient import TestClient

@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "store.db"
    with Store(path) as store:
        store.write_many([*corpus(), long_post()])
    return str(path)


@pytest.fixture(scope="module")
def app(db_path):
    return create_app(db_path)


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=True) as c:
        yield c


@pytest.fixture(scope="module")
def store(db_path):
    with Store(db_path) as s:
        yield s


def get(client, path, **params):
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True
    return body


def bad(client, path, status=400, **params):
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["ok"] is False and body["error"], body
    return body["error"]


def ids(records) -> list[str]:
    return [r["id"] for r in records]


# -- meta ------------------------------------------------------------------------------------


def test_healthz_and_meta(client):
    assert get(client, "/healthz")["documents"] == 4
    meta = get(client, "/api/meta")
    assert meta["counts"]["documents"] == 4
    assert {t["type"] for t in meta["types"]} == {"AID", "ASSAULT", "REJECT", "CONSULT"}
    assert meta["dates"] == {"first": "1980/1989", "last": "2019-06-01"}
    assert meta["quads"]["4"] == "material conflict"


def test_openapi_documents_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/actors", "/api/actors/{actor_id}", "/api/graph",
                 "/api/timeline", "/api/claims", "/api/search", "/healthz"):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "source", "target", "type", "since", "until", "asserted_by", "place",
            "limit", "offset"} <= params
    page = client.get("/api")
    assert page.status_code == 200 and "/api/timeline" in page.text


# -- events ------------------------------------------------------------------------------------

FILTERS = [
    {},
    {"actor": "IRN"},
    {"actor": "Iran"},
    {"actor": "tehran"},
    {"actor": "IRN*"},
    {"source": "GRP.KT"},
    {"source": "KT", "target": "USA.MIL"},
    {"target": "Iraq"},
    {"type": "assault"},
    {"type": "AID", "since": "2004"},
    {"since": "2007-03-05"},
    {"until": "2004"},
    {"since": "1985", "until": "2007-03"},
    {"asserted_by": "HRW"},
    {"asserted_by": "IRN"},
    {"place": "naj"},
    {"place": "Baghdad", "type": "ASSAULT"},
    {"actor": "IRN", "exact": True},
    {"actor": "Quds*"},
    {"type": "AID", "mode": "military"},
    {"modality": "reported"},
]


def _name(params: dict) -> str:
    return ",".join(f"{k}={v}" for k, v in params.items()) or "all"


@pytest.mark.parametrize("params", FILTERS, ids=_name)
def test_events_filters_match_the_store(client, store, params):
    body = get(client, "/api/events", limit=1000, all=1, **params)
    expected = [e.id for e in store.events(EventFilter(**params))]
    assert ids(body["events"]) == expected
    assert body["count"] == len(expected) and body["next"] is None
    hidden = get(client, "/api/events", **params)  # flagged events hidden by default
    assert ids(hidden["events"]) == [
        e.id for e in store.events(EventFilter(**params, happened=True))]


def test_events_pages_cover_everything_once(client, store):
    everything = [e.id for e in store.events()]
    seen, url = [], "/api/events?limit=3&all=1"
    while url:
        body = client.get(url).json()
        assert body["ok"] and body["count"] <= 3
        seen += ids(body["events"])
        url = body["next"]
    assert seen == everything
    assert get(client, "/api/events", offset=len(everything))["events"] == []


def test_event_records_keep_the_public_shape(client):
    [ev] = get(client, "/api/events", type="REJECT")["events"]
    assert ev["source"] == {"id": "IRN", "name": "Iran", "text": None, "kind": "state",
                            "country": "IRN"}
    assert ev["date"] == "1982" and ev["date_basis"] == "relative"
    assert ev["evidence"]["text"] == "Two years later Iran rejected an offer from Iraq."
    assert ev["merged"] == ev["id"] and ev["published"] == "2024-01-10"
    assert "post" not in ev


def test_event_context_splits_the_post_around_the_evidence(client, store):
    [ev] = get(client, "/api/events", asserted_by="IRN", context="true", all=1)["events"]
    post = ev["post"]
    text = "".join((post["before"], post["evidence"], post["after"]))
    assert text == store.conn.execute(
        "SELECT text FROM posts WHERE doc = 'article-2' AND idx = 1").fetchone()[0]
    assert post["before"] == "🚀🔥 Breaking: " or post["before"] == ""
    assert post["evidence"] == ev["evidence"]["text"]
    assert post["doc_title"] == "An article" and post["index"] == 1 and not post["clipped"]


def test_event_context_of_a_long_post_is_a_window(client):
    [ev] = get(client, "/api/events", source="IRN", target="IRQ", type="ASSAULT",
               context="true")["events"]
    post = ev["post"]
    assert post["clipped"] and post["length"] > POST_WINDOW
    assert post["evidence"] == "Iran attacked Iraq on 2 May 2010."
    assert len(post["before"]) + len(post["evidence"]) + len(post["after"]) <= POST_WINDOW + 1


def test_merged_events_with_their_mentions(client):
    body = get(client, "/api/merged", type="AID", source="IRN", mentions=5)
    [m] = body["merged"]
    assert m["contested"] == ["stance"] and m["asserts"] == 1 and m["denies"] == 1
    assert m["source_name"] == "Iran" and m["target_name"] == "Kataib Test"
    assert len(m["mentions_list"]) == m["mentions_shown"] == 2
    assert all(x["post"]["found"] for x in m["mentions_list"])
    one = get(client, f"/api/merged/{m['id']}")["merged"]
    assert ids(one["mentions_list"]) == ids(m["mentions_list"])
    assert "no merged event" in bad(client, "/api/merged/nope", 404)
    none = get(client, "/api/merged", type="AID", source="IRN", mentions=0)["merged"][0]
    assert none["mentions_list"] == [] and none["mentions"] == 2


def test_post_with_its_events(client):
    body = get(client, "/api/post", doc="thread-1", post=2)
    assert body["post"]["before"].startswith("The Test militia attacked")
    assert body["post"]["author"] == "@analyst"
    assert body["post"]["url"] == "https://example.org/thread-1/2"
    assert [e["date"] for e in body["events"]] == ["2007-03-05", "2007-03"]
    assert "no post 9" in bad(client, "/api/post", 404, doc="thread-1", post=9)
    bad(client, "/api/post", doc="thread-1")


# -- actors ------------------------------------------------------------------------------------


def test_actor_list_search_kind_and_pages(client):
    everything = get(client, "/api/actors", limit=1000)["actors"]
    assert len(everything) == 8
    assert [a["name"] for a in everything] == sorted((a["name"] for a in everything),
                                                     key=str.lower)
    assert ids(get(client, "/api/actors", q="tehran")["actors"]) == ["IRN"]
    assert ids(get(client, "/api/actors", kind="militia")["actors"]) == ["GRP.KT"]
    assert get(client, "/api/actors", q="100%")["actors"] == []  # % is not a wildcard
    first = get(client, "/api/actors", limit=3)
    assert first["next"] and ids(first["actors"]) == ids(everything[:3])
    iran = next(a for a in everything if a["id"] == "IRN")
    assert iran["counts"]["as_source"] == 4 and iran["counts"]["asserted"] == 1


def test_actor_card(client):
    card = get(client, "/api/actors/GRP.KT")
    assert card["actor"]["aliases"] == ["KT", "the Test militia"]
    assert card["parents"] == [{"actor": "IRN.MIL.QUDS", "role": "founded by", "start": "2003",
                                "end": "2020", "name": "Quds Force"}]
    assert card["counts"]["as_source"] == 2 and card["counts"]["as_target"] == 3
    assert card["dates"] == {"first": "2004", "last": "2007-03-05"}
    assert {t["type"] for t in card["types"]} == {"AID", "ASSAULT"}
    assert {c["id"] for c in card["counterparts"]} == {"IRN", "USA.MIL"}
    quds = get(client, "/api/actors/IRN.MIL.QUDS")
    assert quds["members"] == [{"id": "GRP.KT", "name": "Kataib Test"}]
    assert "no actor 'NOPE'" in bad(client, "/api/actors/NOPE", 404)
    # the card's counterparts follow the filters
    assert get(client, "/api/actors/GRP.KT", type="AID")["counterparts"] == [
        {"id": "IRN", "name": "Iran", "events": 1}]


# -- the network -------------------------------------------------------------------------------


def edge_keys(body) -> set[tuple[str, str, str]]:
    return {(e["source"], e["target"], e["type"]) for e in body["edges"]}


def test_graph_aggregates_events_that_happened(client):
    body = get(client, "/api/graph")
    assert edge_keys(body) == {("IRN", "GRP.KT", "AID"), ("GRP.KT", "USA.MIL", "ASSAULT"),
                               ("IRN", "IRQ", "REJECT"), ("IRQ", "IRN", "ASSAULT"),
                               ("USA", "IRQ", "CONSULT"), ("PRV.ORG.EVIL", "IRN", "ASSAULT"),
                               ("IRN", "IRQ", "ASSAULT")}
    edge = next(e for e in body["edges"] if e["type"] == "ASSAULT" and e["source"] == "GRP.KT")
    # one report names the place, the other does not: two merged events on one edge
    assert edge["events"] == 2 and edge["mentions"] == 2 and edge["quad"] == 4
    assert (edge["first"], edge["last"]) == ("2007-03", "2007-03-05")
    nodes = {n["id"]: n for n in body["nodes"]}
    assert nodes["IRN"]["events"] == 5 and nodes["IRN"]["kind"] == "state"
    assert nodes["PRV.ORG.EVIL"]["name"] == EVIL_NAME and nodes["PRV.ORG.EVIL"]["provisional"]
    assert body["count"] == {"nodes": len(body["nodes"]), "edges": len(body["edges"])}
    assert not body["truncated"]


@pytest.mark.parametrize(("params", "expected"), [
    ({"type": "ASSAULT"}, {("GRP.KT", "USA.MIL", "ASSAULT"), ("IRQ", "IRN", "ASSAULT"),
                           ("PRV.ORG.EVIL", "IRN", "ASSAULT"), ("IRN", "IRQ", "ASSAULT")}),
    ({"since": "2005"}, {("GRP.KT", "USA.MIL", "ASSAULT"), ("PRV.ORG.EVIL", "IRN", "ASSAULT"),
                         ("IRN", "IRQ", "ASSAULT")}),
    ({"until": "1985"}, {("IRN", "IRQ", "REJECT")}),  # merged events leave decades undated
    ({"asserted_by": "HRW"}, {("IRN", "GRP.KT", "AID")}),
    ({"place": "Baghdad"}, {("GRP.KT", "USA.MIL", "ASSAULT")}),
    ({"actor": "Kataib Test"}, {("IRN", "GRP.KT", "AID"), ("GRP.KT", "USA.MIL", "ASSAULT")}),
    ({"actor": "USA.MIL", "depth": 2}, {("IRN", "GRP.KT", "AID"),
                                        ("GRP.KT", "USA.MIL", "ASSAULT")}),
    ({"actor": "USA.MIL", "depth": 3}, {("IRN", "GRP.KT", "AID"), ("GRP.KT", "USA.MIL", "ASSAULT"),
                                        ("IRN", "IRQ", "REJECT"), ("IRQ", "IRN", "ASSAULT"),
                                        ("PRV.ORG.EVIL", "IRN", "ASSAULT"),
                                        ("IRN", "IRQ", "ASSAULT")}),
    ({"actor": "Kataib Test", "exact": True}, {("IRN", "GRP.KT", "AID"),
                                                ("GRP.KT", "USA.MIL", "ASSAULT")}),
])
def test_graph_filters(client, params, expected):
    assert edge_keys(get(client, "/api/graph", **params)) == expected


def test_graph_centre_and_caps(client):
    centred = get(client, "/api/graph", actor="GRP.KT")
    assert [n["id"] for n in centred["nodes"] if n["centre"]] == ["GRP.KT"]
    capped = get(client, "/api/graph", max_nodes=2)
    assert capped["truncated"] and len(capped["nodes"]) <= 2
    kept = {n["id"] for n in capped["nodes"]}
    assert kept == {"IRN", "IRQ"}  # the two actors with the most events
    assert all(e["source"] in kept and e["target"] in kept for e in capped["edges"])
    one = get(client, "/api/graph", max_edges=1)
    assert one["truncated"] and len(one["edges"]) == 1
    assert all(n["events"] > 0 for n in one["nodes"])


@pytest.mark.parametrize("params", [
    {"actor": "IRN"}, {"actor": "USA.MIL", "depth": 2}, {"actor": "IRN", "type": "ASSAULT"},
    {"actor": "IRN", "max_nodes": 2}, {"actor": "IRN*", "since": "2005", "max_edges": 1},
    {"actor": "IRN", "roll_up": "country"}, {"actor": "Iran", "exact": True},
], ids=_name)
def test_network_command_and_api_graph_agree(client, db_path, params):
    """One ego-network function: `actorgraph network --format json` and /api/graph give the
    same nodes and edges for the same filters and caps."""
    api = get(client, "/api/graph", **params)
    args = ["network", "--db", str(db_path), "--format", "json"]
    for key, value in params.items():
        args += [f"--{key.replace('_', '-')}"] + ([] if value is True else [str(value)])
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    mine = json.loads(result.output)
    assert mine["nodes"] == api["nodes"] and mine["edges"] == api["edges"]
    assert api["edges"]
    assert mine["truncated"] == api["truncated"]


# -- timeline ----------------------------------------------------------------------------------


def test_timeline_spans_at_real_precision(client, store):
    body = get(client, "/api/timeline")
    spans = {e["date"]: (e["span"], e["date_basis"]) for e in body["events"]}
    assert spans["1982"] == ({"start": "1982-01-01", "end": "1983-01-01", "precision": "year"},
                             "relative")
    assert spans["2007-03"] == ({"start": "2007-03-01", "end": "2007-04-01",
                                 "precision": "month"}, "inherited")
    assert spans["2007-03-05"][0] == {"start": "2007-03-05", "end": "2007-03-06",
                                      "precision": "day"}
    assert spans["1980/1989"][0] == {"start": "1980-01-01", "end": "1990-01-01",
                                     "precision": "decade"}
    dated = [e.id for e in store.events() if e.date]
    assert ids(body["events"]) == dated  # undated events are left out
    assert ids(get(client, "/api/timeline", actor="KT")["events"]) == [
        e.id for e in store.events(EventFilter(actor="KT")) if e.date]
    first = get(client, "/api/timeline", limit=2)
    assert first["count"] == 2 and first["next"].endswith("offset=2")
    rest = get(client, "/api/timeline", limit=1000, offset=2)
    assert ids(first["events"]) + ids(rest["events"]) == dated and rest["next"] is None


@pytest.mark.parametrize(("date", "end", "expected"), [
    ("2004", None, ("2004-01-01", "2005-01-01", "year")),
    ("2004-12", None, ("2004-12-01", "2005-01-01", "month")),
    ("2004-02-29", None, ("2004-02-29", "2004-03-01", "day")),
    ("2004-02", "2004-03-05", ("2004-02-01", "2004-03-06", "month")),
    ("1990/1999", None, ("1990-01-01", "2000-01-01", "decade")),
    ("2020-01-03T10:00:00Z", None, ("2020-01-03", "2020-01-04", "day")),
    ("garbage", None, (None, None, None)),
    (None, None, (None, None, None)),
])
def test_date_span(date, end, expected):
    assert date_span(date, end) == expected


# -- claims ------------------------------------------------------------------------------------


def test_claims_and_contested_side_by_side(client, store):
    body = get(client, "/api/claims", limit=1000)
    assert len(body["claims"]) == len(list(store.claims()))
    denies = [c for c in body["claims"] if c["claim"]["stance"] == "denies"]
    assert [c["claim"]["asserted_by_name"] for c in denies] == ["Iran"]
    by_hrw = get(client, "/api/claims", asserted_by="HRW")["claims"]
    assert [c["event"]["type"] for c in by_hrw] == ["AID"]
    contested = get(client, "/api/claims", contested="true")
    [contest] = contested["contested"]
    assert contest["kind"] == "stance"
    assert [s["position"] for s in contest["sides"]] == ["asserts", "denies"]
    texts = [i["evidence"]["text"] for s in contest["sides"] for i in s["items"]]
    assert texts[0].startswith("Iran armed") and "denied" in texts[-1]
    assert contested["names"]["GRP.KT"] == "Kataib Test"
    assert get(client, "/api/claims", contested="true", type="ASSAULT")["contested"] == []


def test_cached_answers_follow_the_store_as_it_grows(tmp_path):
    # The overview and the contested claims are cached until the store changes: a document
    # stored while the server runs shows in the next answers, paged or not.
    thread, article, hostile = corpus()
    path = tmp_path / "growing.db"
    with Store(path) as writer:
        writer.write(thread)
        with TestClient(create_app(path), base_url="http://127.0.0.1") as c:
            assert get(c, "/api/meta")["counts"]["documents"] == 1
            assert get(c, "/api/claims", contested="true")["contested"] == []
            writer.write(article)
            assert get(c, "/api/meta")["counts"]["documents"] == 2
            [contest] = get(c, "/api/claims", contested="true")["contested"]
            assert contest["kind"] == "stance"
            assert get(c, "/api/claims", contested="true", offset=1)["contested"] == []
            assert get(c, "/api/claims", contested="true", type="ASSAULT")["contested"] == []
            writer.write(hostile)
            assert get(c, "/api/meta")["counts"]["documents"] == 3
            assert len(get(c, "/api/claims", contested="true")["contested"]) == 1


# -- search ------------------------------------------------------------------------------------


def test_search_actors_and_posts(client):
    body = get(client, "/api/search", q="test militia")
    assert [a["id"] for a in body["actors"]] == ["GRP.KT"]
    assert {(p["doc"], p["post"]) for p in body["posts"]} == {
        ("thread-1", 1), ("thread-1", 2), ("article-2", 1)}
    assert all("«" in p["snippet"] for p in body["posts"])
    assert get(client, "/api/search", q='"rejected an offer"')["posts"][0]["doc"] == "thread-1"
    assert get(client, "/api/search", q="attack*")["posts"]
    for tricky in ('"', "*", "NEAR(", "a OR", "-x", "col:val", "^"):
        get(client, "/api/search", q=tricky)


# -- bad parameters ----------------------------------------------------------------------------

BAD = [
    ("/api/events", {"since": "2004-13"}, "since"),
    ("/api/events", {"since": "last year"}, "since"),
    ("/api/events", {"until": "20040101"}, "until"),
    ("/api/events", {"since": "2005", "until": "2004"}, "after until"),
    ("/api/events", {"type": "AS SAULT"}, "type"),
    ("/api/events", {"limit": "0"}, "limit"),
    ("/api/events", {"limit": str(LIMITS["events"] + 1)}, "limit"),
    ("/api/events", {"limit": "ten"}, "limit"),
    ("/api/events", {"offset": "-1"}, "offset"),
    ("/api/events", {"offset": str(LIMITS["offset"] + 1)}, "offset"),
    ("/api/events", {"context": "maybe"}, "context"),
    ("/api/events", {"actr": "IRN"}, "unknown parameter"),
    ("/api/events", {"actor": "x" * (LIMITS["text"] + 1)}, "actor"),
    ("/api/merged", {"mentions": "99"}, "mentions"),
    ("/api/actors", {"limit": "5000"}, "limit"),
    ("/api/graph", {"depth": "9"}, "depth"),
    ("/api/graph", {"max_nodes": "0"}, "max_nodes"),
    ("/api/graph", {"max_edges": "100000"}, "max_edges"),
    ("/api/graph", {"limit": "5"}, "unknown parameter"),
    ("/api/timeline", {"limit": "99999"}, "limit"),
    ("/api/claims", {"contested": "perhaps"}, "contested"),
    ("/api/search", {}, "q"),
    ("/api/search", {"q": ""}, "q"),
    ("/api/search", {"q": "   "}, "q"),
    ("/api/search", {"q": "x" * (LIMITS["text"] + 1)}, "q"),
    ("/api/search", {"q": "iran", "limit": "1000"}, "limit"),
]


@pytest.mark.parametrize(("path", "params", "mentions"), BAD,
                         ids=[f"{p}?{'&'.join(k for k in q)}" for p, q, _ in BAD])
def test_bad_parameters_are_clear_400s(client, path, params, mentions):
    error = bad(client, path, **params)
    assert mentions in error


def test_unknown_routes_and_methods_are_json_errors(client):
    assert "not found" in bad(client, "/api/nothing", 404)
    response = client.post("/api/events")
    assert response.status_code in (405, 413)
    assert response.json()["ok"] is False
    response = client.delete("/api/actors/IRN")
    assert response.status_code == 405 and "read-only" in response.json()["error"]
    page = client.get("/nothing/<script>alert(1)</script>", headers={"accept": "text/html"})
    assert page.status_code == 404 and "<script>alert(1)" not in page.text
    assert "&lt;script&gt;" in page.text


def test_request_limits(client):
    response = client.get("/api/events?actor=" + "x" * (LIMITS["query_string"] + 10))
    assert response.status_code == 414 and response.json()["ok"] is False
    response = client.request("GET", "/api/events", content=b"x" * 100)
    assert response.status_code == 413 and "body" in response.json()["error"]


@pytest.mark.parametrize(("host", "status"), [
    ("127.0.0.1", 200), ("127.0.0.1:8000", 200), ("localhost:8000", 200), ("LOCALHOST", 200),
    ("[::1]:8000", 200), ("[::1]", 200), ("evil.example", 400), ("evil.example:8000", 400),
    ("127.0.0.1.evil.example", 400), ("", 400), ("[::2]:80", 400),
])
def test_host_header_must_be_loopback(client, host, status):
    response = client.get("/healthz", headers={"host": host})
    assert response.status_code == status
    if status == 400:
        assert "not served here" in response.json()["error"]


def test_any_host_when_bound_elsewhere_on_purpose(db_path):
    with TestClient(create_app(db_path, allowed_hosts=["*"]),
                    base_url="http://evil.example") as c:
        assert c.get("/healthz").status_code == 200


# -- injection: hostile strings through every parameter ---------------------------------------

INJECTIONS = [
    "' OR '1'='1",
    "IRN' --",
    '"; DROP TABLE events; --',
    "1; DELETE FROM actors",
    "%' OR 1=1 --",
    "') UNION SELECT id, name, kind FROM actors --",
    "IRN) OR (1=1",
    "\\x00'",
    "[a-z]*",
    "../../../../etc/passwd",
    SCRIPT,
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 '",
]
TEXT_FILTERS = ["actor", "source", "target", "asserted_by", "place"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_find_nothing_and_break_nothing(client, store, value):
    before = rows(store)
    for name in TEXT_FILTERS:
        for path in ("/api/events", "/api/merged", "/api/timeline", "/api/claims"):
            key = {"/api/merged": "merged", "/api/claims": "claims"}.get(path, "events")
            if name == "place":
                assert get(client, path, **{name: value})[key] == [], (path, name)
            else:  # an actor filter naming no actor is an error, not an empty answer
                assert "unknown actor" in bad(client, path, **{name: value}), (path, name)
        if name == "place":
            assert get(client, "/api/graph", **{name: value})["edges"] == []
            assert get(client, "/api/claims", contested="true",
                       **{name: value})["contested"] == []
        else:
            bad(client, "/api/graph", **{name: value})
            bad(client, "/api/claims", contested="true", **{name: value})
    for name in ("type", "since", "until"):
        bad(client, "/api/events", **{name: value})
    hostile = ["PRV.ORG.EVIL"] if value == SCRIPT else []  # its name holds that <script>
    assert ids(get(client, "/api/actors", q=value)["actors"]) == hostile
    assert [a["id"] for a in get(client, "/api/search", q=value)["actors"]] == hostile
    response = client.get("/api/actors/" + value)
    assert response.status_code in (400, 404) and response.json()["ok"] is False
    response = client.get("/api/post", params={"doc": value, "post": 1})
    assert response.status_code == 404
    assert rows(store) == before


def rows(store) -> list[str]:
    """Every row of the store (the FTS index's hidden columns vary between reads)."""
    return [line for line in store.dump() if not line.startswith("posts_fts\t")]


def test_the_server_cannot_write(db_path):
    ro = WebStore(db_path)
    with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"):
        ro.conn.execute("DELETE FROM events")
    ro.conn.execute("PRAGMA query_only = OFF")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ro.conn.execute("DELETE FROM events")  # mode=ro holds even without query_only
    ro.close()


def test_bad_stores_are_refused_clearly(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        WebStore(tmp_path / "missing.db")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="not an actorgraph store"):
        WebStore(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        WebStore(junk)


def test_readers_see_whole_documents_while_a_writer_writes(tmp_path):
    path = tmp_path / "busy.db"
    with Store(path) as s:
        s.write_many(corpus())
    client = TestClient(create_app(path), base_url="http://127.0.0.1")
    errors: list[BaseException] = []

    def write() -> None:
        try:
            with Store(path) as writer:
                for i in range(30):
                    doc = coded(f"extra-{i}", [[("Iran armed the Test militia in 2005.", dict(
                        type="AID", source="IRN", target="GRP.KT", date="2005")),
                        ("Iraq attacked Iran in 1985.", dict(
                            type="ASSAULT", source="IRQ", target="IRN", date="1985"))]])
                    writer.write(doc)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    while thread.is_alive():
        # one request, one snapshot: each document's two events are there, or neither
        events = get(client, "/api/events", limit=1000, since="1985", until="2005")["events"]
        dates = [e["date"] for e in events]
        assert dates.count("2005") == dates.count("1985")
    thread.join()
    assert not errors
    assert len(get(client, "/api/events", source="IRQ", since="1985", until="1985",
                   limit=1000)["events"]) == 30


# -- headers, pages, static files --------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/timeline", "/evidence", "/map", "/search", "/api",
                                  "/api/events", "/healthz", "/static/common.js",
                                  "/api/nothing", "/openapi.json"])
def test_security_headers_everywhere(client, path):
    response = client.get(path)
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("style-src-attr")[0]
    assert "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("path", ["/", "/timeline", "/evidence", "/map", "/search", "/api"])
def test_pages_have_no_inline_script_and_escape_the_url(client, path):
    response = client.get(path, params={"actor": SCRIPT, "q": IMG})
    assert response.status_code == 200
    html = response.text
    for tag in re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S):
        assert tag.strip() == ""
    assert all("src=" in t for t in re.findall(r"<script\b[^>]*>", html))
    assert not re.search(r"\son[a-z]+\s*=", html)
    assert SCRIPT not in html and IMG not in html
    assert "cdn" not in html.lower() and "https://" not in html


def test_pages_link_their_json_twin(client):
    assert 'href="/api/graph"' in client.get("/").text
    assert 'href="/api/timeline"' in client.get("/timeline").text
    assert get(client, "/events.json", limit=1)["count"] == 1
    assert get(client, "/graph.json")["edges"]


def test_static_files_and_no_path_traversal(client):
    js = client.get("/static/common.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                 "/static/%2e%2e%2f%2e%2e%2fqueries.py", "/static//etc/passwd",
                 "/static/..\\app.py"):
        response = client.get(path)
        assert response.status_code in (400, 404), path
        assert "create_app" not in response.text and "root:" not in response.text


def test_vendored_libraries_are_served_from_the_package(client):
    for name in webapp.VENDOR_FILES:
        if not (webapp.STATIC / "vendor" / name).is_file():
            pytest.skip("run `make vendor` to copy the browser libraries")
        assert client.get(f"/static/vendor/{name}").status_code == 200


def test_missing_vendor_files_are_named_on_the_page(db_path, monkeypatch):
    monkeypatch.setattr(webapp, "VENDOR_FILES", ("nothing-here.js",))
    with TestClient(create_app(db_path), base_url="http://127.0.0.1") as c:
        assert "make vendor" in c.get("/").text


# -- the command -------------------------------------------------------------------------------


def test_serve_get(db_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["serve", "--db", db_path, "--get", "/api/events?type=REJECT"])
    assert result.exit_code == 0, result.output
    assert '"type":"REJECT"' in result.output
    result = runner.invoke(cli, ["serve", "--db", db_path, "--get", "/events.json?since=x"])
    assert result.exit_code == 1 and '"ok":false' in result.output
    result = runner.invoke(cli, ["serve", "--db", db_path, "--get", "/"])
    assert result.exit_code == 0 and "<!doctype html>" in result.output
    result = runner.invoke(cli, ["serve", "--db", "no/such.db", "--get", "/healthz"])
    assert result.exit_code == 1 and "no such store" in result.output


def test_serve_without_the_web_extra_says_what_to_install(monkeypatch, db_path):
    import sys

    monkeypatch.setitem(sys.modules, "uvicorn", None)
    result = CliRunner().invoke(cli, ["serve", "--db", db_path])
    assert result.exit_code == 1
    assert "pip install 'actorgraph[web]'" in result.output


def test_hostile_text_is_data_in_json(client):
    [ev] = get(client, "/api/events", type="ASSAULT", since="2019", context="true")["events"]
    assert ev["source"]["name"] == EVIL_NAME
    assert SCRIPT in ev["post"]["before"] + ev["post"]["evidence"]
    # JSON is served as JSON, never sniffed as HTML
    response = client.get("/api/events", params={"since": "2019"})
    assert response.headers["content-type"].startswith("application/json")



# -- the map -----------------------------------------------------------------------------------


def test_map_points_have_coordinates_and_follow_the_filters(client, store):
    body = get(client, "/api/map")
    merged = [m for m in store.merged_events(EventFilter(happened=True)) if m.location]
    with_coords = [m for m in merged if m.location.lat is not None and m.location.lon is not None]
    assert body["coverage"] == {"with_place": len(merged), "with_coordinates": len(with_coords)}
    assert body["points"] and sorted(ids(body["points"])) == sorted(m.id for m in with_coords)
    for p in body["points"]:
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 and p["place"]
        assert p["quad"] in (1, 2, 3, 4) and p["mentions"] >= 1
    everything = get(client, "/api/map", all=1)
    assert everything["coverage"]["with_place"] >= body["coverage"]["with_place"]
    assert get(client, "/map.json")["points"] == body["points"]
    only = get(client, "/api/map", type="ASSAULT")
    assert {p["type"] for p in only["points"]} <= {"ASSAULT"}
    assert "did you mean ASSAULT" in bad(client, "/api/map", type="ATTACK")
