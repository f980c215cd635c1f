"""Actor profiles (``actorgraph profile``, ``/actors/{id}``, ``/api/actors/{id}/profile``) on
hand-made records: no model needed."""

from __future__ import annotations

import json
import re
import warnings

import pytest
from click.testing import CliRunner
from helpers import EVIL_NAME, IMG, SCRIPT, web_coded, web_corpus

from actorgraph.cli import cli
from actorgraph.errors import ActorGraphError
from actorgraph.models import Actor, CodedDocument, Document, Post
from actorgraph.profile import build_profile, to_html, to_markdown
from actorgraph.store.db import Store

SECTIONS = ["## Identity", "## Activity", "## Relations", "## Key events", "## Contested",
            "## Sources"]


def _twins() -> CodedDocument:
    """Two actors that share an alias, and nothing else."""
    doc = Document("twins", "Nothing happened.", (Post(1, "Nothing happened.", 0, 17),), "text")
    out = CodedDocument(doc)
    out.actors = {a.id: a for a in (Actor("GRP.TWIN_A", "Twin A", "militia", aliases=("Twin",)),
                                    Actor("GRP.TWIN_B", "Twin B", "militia", aliases=("Twin",)))}
    return out


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("profile") / "store.db"
    with Store(path) as store:
        store.write_many([*web_corpus(), _twins()])
    return path


@pytest.fixture(scope="module")
def store(store_path):
    with Store(store_path) as s:
        yield s


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["profile", *args])
    return result.exit_code, result.stdout, result.stderr


def statements(p) -> list[tuple[str, dict]]:
    """Every line of sections 2-5 that must carry a footnote."""
    out = [("activity", r) for r in p.activity]
    out += [("relations", e) for d in p.relations.values() for cls in d.values() for e in cls]
    out += [("standing", s) for s in p.standing]
    out += [("key event", k) for k in p.key_events]
    out += [("contested", i) for c in p.contested for s in c["sides"] for i in s["items"]]
    return out


def test_every_section_and_every_statement_cited(store, store_path) -> None:
    code, out, _ = run("Iran", "--db", str(store_path))
    assert code == 0
    positions = [out.index(s) for s in SECTIONS]
    assert positions == sorted(positions)
    p = build_profile(store, "Iran")
    assert p.activity and p.key_events and p.contested and p.sources
    assert {"acts_on", "acted_on_by"} == set(p.relations)
    found = statements(p)
    assert found
    for where, item in found:
        assert item["notes"], f"{where} without a footnote: {item}"
        assert all(1 <= n <= len(p.sources) for n in item["notes"])
    assert [s["n"] for s in p.sources] == list(range(1, len(p.sources) + 1))


def test_key_event_footnotes_resolve_to_real_posts(store) -> None:
    p = build_profile(store, "IRN")
    for k in p.key_events:
        quote = k["quote"]
        assert quote["note"] in k["notes"]
        src = p.sources[quote["note"] - 1]
        assert src["kind"] == "post"
        assert (src["doc"], src["post"]) == (quote["doc"], quote["post"])
        text = store.conn.execute("SELECT text FROM posts WHERE doc = ? AND idx = ?",
                                  (src["doc"], src["post"])).fetchone()[0]
        assert quote["text"] in text  # the quoted sentence is in the post cited
        for n in k["notes"]:
            s = p.sources[n - 1]
            assert store.conn.execute("SELECT 1 FROM posts WHERE doc = ? AND idx = ?",
                                      (s["doc"], s["post"])).fetchone()
    thread = next(s for s in p.sources if s["doc"] == "thread-1")
    assert thread["title"] == "Thread by @analyst"
    assert thread["author"] == "@analyst"
    assert thread["url"] == f"https://example.org/thread-1/{thread['post']}"


def test_events_that_did_not_happen_are_never_key_events(store) -> None:
    p = build_profile(store, "IRN")
    texts = [k["quote"]["text"] for k in p.key_events]
    assert not any("denied" in t for t in texts)
    # the denial is under Contested, marked, next to the report it contradicts
    [stance] = [c for c in p.contested if c["kind"] == "stance"]
    sides = {s["position"]: s for s in stance["sides"]}
    assert sides["denies"]["items"][0]["marked"] == "did not happen"
    assert "armed the Test militia" in sides["asserts"]["items"][0]["text"]
    # the intended arming by the Quds Force: an event of the store, never a key event
    quds = build_profile(store, "IRGC-QF")
    assert quds.actor["id"] == "IRN.MIL.QUDS"
    assert quds.counts["events"] == 1 and quds.counts["happened"] == 0
    assert quds.key_events == []
    assert "may arm" not in to_markdown(quds).split("## Key events")[1]


def test_dictionary_affiliations_cited_to_the_dictionary(store) -> None:
    p = build_profile(store, "KT")  # an alias
    assert p.actor["id"] == "GRP.KT"
    [aff] = p.affiliations
    assert (aff["actor"], aff["role"], aff["start"], aff["end"]) == (
        "IRN.MIL.QUDS", "founded by", "2003", "2020")
    assert p.sources[aff["notes"][0] - 1]["kind"] == "dictionary"
    md = to_markdown(p)
    assert "- founded by of Quds Force (`IRN.MIL.QUDS`), 2003–2020 [1]" in md


def test_same_store_same_bytes(store_path, tmp_path) -> None:
    outputs = {}
    for to in ("md", "html", "json"):
        first = run("Iran", "--db", str(store_path), "--to", to)
        again = run("Iran", "--db", str(store_path), "--to", to)
        assert first[0] == 0 and first == again
        outputs[to] = first[1]
    # the same documents written in another order give the same bytes
    other = tmp_path / "reversed.db"
    with Store(other) as s:
        for doc in reversed([*web_corpus(), _twins()]):
            s.write(doc)
    for to, text in outputs.items():
        assert run("Iran", "--db", str(other), "--to", to)[1] == text
    assert json.loads(outputs["json"])["actor"]["id"] == "IRN"


def test_out_file_and_filters(store_path, tmp_path) -> None:
    target = tmp_path / "iran.html"
    code, out, err = run("IRN", "--db", str(store_path), "--to", "html", "--out", str(target),
                         "--since", "2005", "--max-events", "1")
    assert code == 0 and out == "" and "wrote" in err
    html = target.read_text("utf-8")
    assert html.startswith("<!doctype html>")
    data = json.loads(run("IRN", "--db", str(store_path), "--to", "json", "--since", "2005",
                          "--max-events", "1")[1])
    assert len(data["key_events"]) == 1
    assert all(k["date"] >= "2005" for k in data["key_events"])


def test_actor_without_events_gets_identity_and_a_note(store_path) -> None:
    code, out, _ = run("Human Rights Watch", "--db", str(store_path))
    assert code == 0
    assert "## Identity" in out
    assert "No events of Human Rights Watch in this store; only its identity." in out
    for section in SECTIONS[1:5]:
        assert section not in out
    assert len([line for line in out.splitlines() if line.startswith("No events")]) == 1


def test_unknown_and_ambiguous_actors_are_one_error_line(store_path) -> None:
    code, out, err = run("Nobody At All", "--db", str(store_path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: no actor 'Nobody At All'")
    code, out, err = run("IRN", "--db", str(store_path), "--since", "last week")
    assert code == 1 and out == "" and "not an ISO date" in err and err.count("\n") == 1
    code, out, err = run("Twin", "--db", str(store_path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert "GRP.TWIN_A (Twin A)" in err and "GRP.TWIN_B (Twin B)" in err


def test_prefix_profiles_the_actor_with_everything_under_it(store) -> None:
    p = build_profile(store, "IRN*")
    assert p.actor["id"] == "IRN" and p.actor["group"] == "IRN*"
    # the group is what the shared filter gives for the prefix (members included), more than
    # Iran alone (its Quds Force at least)
    from actorgraph.store.query import EventFilter

    group = {m.id for m in store.merged_events(EventFilter(actor="IRN*"))}
    assert p.counts["events"] == len(group) > build_profile(store, "IRN").counts["events"]
    with pytest.raises(ActorGraphError, match="names 2 actors"):
        build_profile(store, "GRP.TWIN*")


def test_hostile_text_is_escaped(store) -> None:
    p = build_profile(store, "PRV.ORG.EVIL")
    html = to_html(p)
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "javascript:" not in html.lower()
    assert "Evil &lt;script&gt;" in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html.split("<ol class=\"sources")[0])
    md = to_markdown(p)
    assert SCRIPT not in md and IMG not in md
    assert "\\<script\\>" in md
    assert EVIL_NAME not in to_html(build_profile(store, "Iran"))
    # a javascript: link of a source is left out, an http one kept
    iran = to_html(build_profile(store, "Iran"))
    assert 'href="https://example.org/thread-1/1"' in iran


# -- the web app ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(store_path):
    pytest.importorskip("fastapi", reason="no web extra: pip install 'actorgraph[web]'")
    pytest.importorskip("httpx", reason="TestClient needs httpx")
    from actorgraph.web.app import create_app

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx2", category=UserWarning)
        from fastapi.testclient import TestClient
    with TestClient(create_app(str(store_path)), base_url="http://127.0.0.1",
                    raise_server_exceptions=False) as c:
        yield c


def test_api_profile_is_the_cli_json(client, store_path) -> None:
    r = client.get("/api/actors/IRN/profile")
    assert r.status_code == 200
    body = r.json()
    assert body.pop("ok") is True
    assert body == json.loads(run("IRN", "--db", str(store_path), "--to", "json")[1])
    assert client.get("/api/actors/IRN").json()["actor"]["id"] == "IRN"  # the card still
    assert client.get("/api/actors/IRN/profile", params={"max_events": 1}).json()[
        "query"]["max_events"] == 1
    bad = client.get("/api/actors/Nobody/profile")
    assert bad.status_code == 400 and bad.json()["ok"] is False
    assert client.get("/api/actors/IRN/profile", params={"since": "x"}).status_code == 400


def test_actor_page(client) -> None:
    r = client.get("/actors/IRN.MIL.QUDS", headers={"accept": "text/html"})
    assert r.status_code == 200
    assert '<link rel="stylesheet" href="/static/profile.css">' in r.text
    assert 'href="/api/actors/IRN.MIL.QUDS/profile"' in r.text
    assert "<style" not in r.text  # the CSP forbids <style> elements
    css = client.get("/static/profile.css")
    assert css.status_code == 200 and "@media print" in css.text
    evil = client.get("/actors/PRV.ORG.EVIL", headers={"accept": "text/html"})
    assert evil.status_code == 200 and SCRIPT not in evil.text and IMG not in evil.text
    missing = client.get("/actors/Nobody", headers={"accept": "text/html"})
    assert missing.status_code == 404 and "no actor" in missing.text


def test_a_line_cites_a_few_posts_and_counts_the_rest(tmp_path) -> None:
    from actorgraph.profile import MAX_NOTES

    posts = [[(f"Iran armed the Test militia in Najaf on 5 March 2004 (report {i}).",
               dict(type="AID", source="IRN", target="GRP.KT", date="2004-03-05"))]
             for i in range(MAX_NOTES + 4)]
    with Store(tmp_path / "many.db") as s:
        s.write(web_coded("many", posts, title="Many"))
        p = build_profile(s, "IRN")
    [k] = p.key_events
    assert k["mentions"] == MAX_NOTES + 4
    assert len(k["notes"]) == MAX_NOTES and k["posts"] == MAX_NOTES + 4
    assert k["quote"]["note"] in k["notes"]
    assert "(+4 more posts)" in to_markdown(p)
    assert len([s for s in p.sources if s["kind"] == "post"]) == MAX_NOTES


# -- the shipped example, coded with the real model ----------------------------------------

EXAMPLE_THREAD = "iran-iraq-thread"


@pytest.fixture(scope="module")
def example(coder, tmp_path_factory):
    from pathlib import Path

    from actorgraph.readers import read_path

    path = tmp_path_factory.mktemp("example") / "demo.db"
    [doc] = read_path(Path(__file__).parents[1] / "src" / "actorgraph" / "examples"
                      / f"{EXAMPLE_THREAD}.txt")
    with Store(path) as store:
        store.write(coder.code(doc))
    return path


def _posts_quoted(p) -> dict[int, str]:
    return {p.sources[k["quote"]["note"] - 1]["post"]: k["quote"]["text"] for k in p.key_events}


@pytest.mark.slow
def test_example_quds_force_and_an_alias(example) -> None:
    with Store(example) as store:
        quds = build_profile(store, "Quds Force")
        assert quds.actor["id"] == "IRN.MIL.IRGC.QUDS"
        assert quds.members[0]["actor"] == "PER.QASEM_SOLEIMANI"
        quoted = _posts_quoted(quds)
        assert "accused the Quds Force" in quoted[8]
        alias = build_profile(store, "Soleimani")  # an alias of PER.QASEM_SOLEIMANI
        assert alias.actor["id"] == "PER.QASEM_SOLEIMANI"
        assert [(a["role"], a["actor"]) for a in alias.affiliations] == [
            ("commander", "IRN.MIL.IRGC.QUDS")]
        quoted = _posts_quoted(alias)
        assert "Soleimani advised them" in quoted[10]
        assert "drone strike killed soleimani" in quoted[12]
        for p in (quds, alias):
            for s in p.sources:
                assert s["kind"] == "dictionary" or s["doc"] == EXAMPLE_THREAD


@pytest.mark.slow
def test_example_quds_force_arming_militias_in_2003(example) -> None:
    with Store(example) as store:
        quds = build_profile(store, "Quds Force")
    assert any(k["date"] and k["date"].startswith("2003") for k in quds.key_events)
    assert 5 in _posts_quoted(quds)


def test_a_counter_claim_is_the_other_side_of_a_contest(tmp_path) -> None:
    from actorgraph.models import Claim, Evidence, stable_id

    doc = web_coded("rebuttal", [[
        ("Iran said it armed the Test militia in 2004.",
         dict(type="AID", source="IRN", target="GRP.KT", date="2004", asserted_by="IRN")),
        ("But in fact the militia bought its own weapons.", None)]],
        title="Rebuttal", author="@analyst")
    event = doc.events[0]
    text = doc.document.posts[0].text
    start = text.index("But in fact")
    doc.claims.append(Claim(stable_id(event.id, "x", prefix="cl_"), event.id, None, "disputes",
                            Evidence("rebuttal", 1, start, len(text), text[start:])))
    with Store(tmp_path / "rebuttal.db") as s:
        s.write(doc)
        p = build_profile(s, "Iran")
    [contest] = p.contested
    sides = {side["position"]: side for side in contest["sides"]}
    assert sides["disputes"]["label"] == "disputes it (a counter-claim)"
    [item] = sides["disputes"]["items"]
    assert item["marked"] == "counter-claim" and item["text"].startswith("But in fact")
    assert item["notes"]
    [key] = p.key_events
    assert key["disputed"]
