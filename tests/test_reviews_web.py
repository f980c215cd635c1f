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
