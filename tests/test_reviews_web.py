"""The web app shows the reviewed view; ?raw=1 the machine's output (issue 17)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="no web extra: pip install 'actorgraph[web]'")
pytest.importorskip("httpx", reason="TestClient needs httpx")

from fastapi.testclient import TestClient  # noqa: E402
from helpers import corpus  # noqa: E402

from actorgraph.store import Store  # noqa: E402
from actorgraph.store.reviews import add_review  # noqa: E402
from actorgraph.web.app import create_app  # noqa: E402


@pytest.fixture
def reviewed_db(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.write_many(corpus())
        events = list(s.events())
        israel = next(e for e in events if e.source == "ISR")
        aid = next(e for e in events if e.type == "AID" and e.date == "2004")
        rejected = add_review(s.conn, israel.id, "reject")
        edited = add_review(s.conn, aid.id, "edit", {"target": "IRQ"})
    return str(path), israel.id, aid.id, rejected.id, edited.id


def test_api_routes_follow_the_reviews(reviewed_db):
    path, israel, aid, _rejected, edited = reviewed_db
    with TestClient(create_app(path), base_url="http://127.0.0.1") as client:
        view = {e["id"]: e for e in client.get("/api/events").json()["events"]}
        raw = {e["id"]: e for e in client.get("/api/events?raw=1").json()["events"]}
        assert israel not in view and israel in raw
        assert view[aid]["target"]["id"] == "IRQ" and view[aid]["reviewed"] == edited
        assert raw[aid]["target"]["id"] == "GRP.X" and raw[aid]["reviewed"] is None
        merged = client.get("/api/merged", params={"source": "ISR"}).json()["merged"]
        assert merged == []
        assert client.get("/api/merged", params={"source": "ISR", "raw": "1"}).json()["merged"]
        assert client.get("/api/events", params={"raw": "maybe"}).status_code == 400


def test_without_review_mode_the_server_takes_no_change(reviewed_db):
    path, _israel, aid, _rejected, edited = reviewed_db
    with TestClient(create_app(path), base_url="http://127.0.0.1") as client:
        r = client.post(f"/api/review/{aid}", params={"action": "reject"})
        assert r.status_code in (404, 405) and r.json()["ok"] is False
        assert client.get("/api/review/session").json()["review"] is False
        history = client.get(f"/api/review/history/{aid}").json()["reviews"]
        assert [h["id"] for h in history] == [edited]


def test_review_mode_needs_token_cookie_csrf_and_same_origin(reviewed_db):
    from actorgraph.web.review import COOKIE, csrf_of

    path, israel, aid, _rejected, _edited = reviewed_db
    token = "t0ken-for-tests"
    origin = {"Origin": "http://127.0.0.1"}
    good = {**origin, "X-CSRF-Token": csrf_of(token)}
    with TestClient(create_app(path, review_token=token), base_url="http://127.0.0.1",
                    follow_redirects=False) as client:
        # no token, a wrong token: refused, nothing written
        assert client.post(f"/api/review/{aid}", params={"action": "confirm"},
                           headers=good).status_code == 403
        assert client.get("/evidence", params={"token": "wrong"}).status_code == 403
        assert client.get("/api/review/session").json()["review"] is False
        # the URL's token becomes a cookie, and the URL loses it
        r = client.get("/evidence", params={"token": token, "actor": "IRN"})
        assert r.status_code == 303 and r.headers["location"] == "/evidence?actor=IRN"
        assert client.cookies.get(COOKIE) == token
        assert client.get("/api/review/session").json() == {
            "ok": True, "review": True, "csrf": csrf_of(token)}
        for headers in ({}, origin, {**good, "Origin": "http://evil.example"},
                        {**origin, "X-CSRF-Token": "nope"}):
            r = client.post(f"/api/review/{aid}", params={"action": "confirm"}, headers=headers)
            assert r.status_code == 403, headers
        assert len(client.get(f"/api/review/history/{aid}").json()["reviews"]) == 1
        # validated like the CLI: one error, nothing written
        r = client.post(f"/api/review/{aid}", params={"action": "edit", "set": "type=NOPE"},
                        headers=good)
        assert r.status_code == 400 and "NOPE" in r.json()["error"]
        r = client.post(f"/api/review/{aid}", params={"action": "edit", "set": "date=2004-02"},
                        headers=good)
        assert r.status_code == 200, r.text
        assert client.get("/api/events").json()["events"]
        view = {e["id"]: e for e in client.get("/api/events").json()["events"]}
        assert view[aid]["date"] == "2004-02" and view[aid]["target"]["id"] == "IRQ"
        undo = r.json()["review"]["id"]
        assert client.post(f"/api/review/undo/{undo}", headers=good).status_code == 200
        view = {e["id"]: e for e in client.get("/api/events").json()["events"]}
        assert view[aid]["date"] == "2004"
        assert israel not in view
