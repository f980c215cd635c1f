"""Every parameter of every route, read from the app's own OpenAPI schema, gets hostile values.

A route or parameter added later is covered without editing this file. Each request must
end in a clear answer (no 5xx), leave the store unchanged, never leak a file, and echo no
unescaped markup in a page.
"""

from __future__ import annotations

import warnings
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="no web extra: pip install 'actorgraph[web]'")
pytest.importorskip("httpx", reason="TestClient needs httpx")

from helpers import SCRIPT, long_post  # noqa: E402
from helpers import web_corpus as corpus  # noqa: E402

from actorgraph.store.db import Store  # noqa: E402
from actorgraph.web.app import create_app  # noqa: E402

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2", category=UserWarning)
    from fastapi.testclient import TestClient

HOSTILE = [
    "' OR 1=1 --",
    "IRN'); DROP TABLE events; --",
    "1 UNION SELECT sql, name, type, tbl_name, rootpage FROM sqlite_master --",
    '" OR ""="',
    "%",
    "_",
    "*",
    "NEAR(a b)",  # FTS5 syntax
    '"unterminated',
    "a AND OR NOT b",
    "../../../../../../etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "/etc/passwd",
    "C:\\Windows\\win.ini",
    SCRIPT,
    "\u202e\u0000nul",
    "9" * 400,
    "-1",
    "1e309",
    "𝕴𝖗𝖆𝖓",
]
LEAKS = ("root:x:0:0", "[fonts]", "CREATE TABLE", "Traceback", "sqlite3.", "File \"/")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("security") / "store.db"
    with Store(path) as store:
        store.write_many([*corpus(), long_post()])
    return path


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(str(store_path)), base_url="http://127.0.0.1",
                    raise_server_exceptions=False) as c:
        yield c


def _routes(client) -> list[tuple[str, list[dict]]]:
    schema = client.get("/openapi.json").json()
    return [(path, ops["get"].get("parameters", []))
            for path, ops in schema["paths"].items() if "get" in ops]


def _dump(path) -> list[str]:
    with Store(path) as store:
        return [line for line in store.dump() if not line.startswith("posts_fts\t")]


def _fill(path: str, params: list[dict], name: str | None, value: str) -> tuple[str, dict]:
    """``path`` with its path parameters filled; the query parameter ``name`` set to value."""
    query = {}
    for p in params:
        if p["in"] == "path":
            filled = value if p["name"] == name else "IRN"
            path = path.replace("{" + p["name"] + "}", quote(filled, safe=""))
        elif p["name"] == name:
            query[name] = value
    return path, query


def test_the_schema_lists_the_routes_and_their_filters(client) -> None:
    routes = dict(_routes(client))
    assert {"/api/events", "/api/graph", "/api/search", "/api/actors/{actor_id}"} <= set(routes)
    names = {p["name"] for p in routes["/api/events"]}
    assert {"actor", "source", "target", "type", "since", "until", "place"} <= names


def test_hostile_values_through_every_parameter(client, store_path) -> None:
    before = _dump(store_path)
    checked = 0
    for route, params in _routes(client):
        for param in params:
            for value in HOSTILE:
                url, query = _fill(route, params, param["name"], value)
                response = client.get(url, params=query)
                where = (route, param["name"], value)
                assert response.status_code < 500, where
                assert response.status_code in (200, 400, 404, 414, 422), where
                body = response.text
                assert not any(leak in body for leak in LEAKS), where
                if response.status_code != 200:
                    assert response.json()["ok"] is False, where
                checked += 1
    assert checked > 300  # the schema really was walked
    assert _dump(store_path) == before


@pytest.mark.parametrize("page", ["/", "/timeline", "/evidence", "/search"])
def test_pages_escape_every_parameter(client, page) -> None:
    names = {"actor", "q", "doc", "post", "event", "type", "since", "until", "centre", "id"}
    for name in names:
        response = client.get(page, params={name: SCRIPT}, headers={"accept": "text/html"})
        assert response.status_code < 500, (page, name)
        assert SCRIPT not in response.text, (page, name)


@pytest.mark.parametrize("path", [
    "/static/../../../../etc/passwd",
    "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/app.py",
    "/static/vendor/../../app.py",
    "/static//etc/passwd",
    "/static/.%00./etc/passwd",
    "/api/actors/..%2f..%2f..%2fetc%2fpasswd",
    "/api/merged/..%2fstore.db",
])
def test_no_path_reaches_a_file_outside_static(client, path) -> None:
    response = client.get(path)
    assert response.status_code in (400, 404), path
    assert not any(leak in response.text for leak in LEAKS)
    assert "import " not in response.text  # no Python source either


def test_only_get_and_head(client) -> None:
    for route, params in _routes(client):
        url, _ = _fill(route, params, None, "")
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            response = client.request(method, url)
            assert response.status_code == 405, (method, route)


def test_head_answers_like_get_without_a_body(client) -> None:
    """Every GET route, the pages and a static file answer HEAD with GET's status and headers."""
    urls = [_fill(route, params, None, "")[0] for route, params in _routes(client)]
    urls += ["/", "/timeline", "/evidence", "/search", "/api", "/openapi.json",
             "/static/app.css", "/no/such/page"]
    for url in urls:
        got = client.get(url)
        head = client.head(url)
        assert head.status_code == got.status_code, url
        assert head.content == b"", url
        for name in ("content-type", "content-security-policy", "x-content-type-options"):
            assert head.headers.get(name) == got.headers.get(name), (url, name)
        if "content-length" in head.headers and got.status_code == 200:
            assert int(head.headers["content-length"]) == len(got.content), url
