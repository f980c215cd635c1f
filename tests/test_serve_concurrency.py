"""`actorgraph serve` answers while `actorgraph ingest` writes to the same store (real processes).

A first ingest builds the store; the server starts on it; a second ingest
then writes more documents, each inside a deliberately slow transaction,
while client threads request the API and the pages. Every response must be
a 200, neither process may log "database is locked" or a traceback, and
every response must show whole documents only: each document every
snapshot shows has all of its events, and what a client sees never goes
backwards. When the ingest is done the server sees all of it.
"""

from __future__ import annotations

import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("uvicorn")
pytest.importorskip("fastapi")

pytestmark = pytest.mark.slow

FIRST, SECOND = 30, 60  # documents written before the server starts, and while it serves
CLIENTS = 6
MAIN = "from actorgraph.cli import main; main()"
# Naps inside each document's transaction, after each of its events, so that a reader not
# isolated from the writer (or a writer committing early) would show half a document.
SLOW_WRITES = """
import time
from actorgraph.store import db
opened = db.Store.__init__
def slow(self, *args, **kwargs):
    opened(self, *args, **kwargs)
    self.conn.create_function("nap", 1, time.sleep)
    self.conn.execute("CREATE TEMP TRIGGER nap AFTER INSERT ON main.events"
                      " BEGIN SELECT nap(0.015); END")
db.Store.__init__ = slow
from actorgraph.cli import main
main()
"""
ACTORS = ["Iran", "Iraq", "the United States", "Israel", "Hezbollah", "Syria", "Turkey"]
PLACES = ["Baghdad", "Najaf", "Basra", "Damascus", "Beirut"]
MONTHS = ["March", "April", "May"]
VERBS = ["attacked", "armed", "met with"]


def _cap(name: str) -> str:
    return name[0].upper() + name[1:]


def _corpus(path: Path, prefix: str, n: int, seed: int) -> list[str]:
    """``n`` documents of three event sentences each; returns their ids."""
    rng = random.Random(seed)
    ids = []
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            sentences = []
            for verb, month in zip(VERBS, MONTHS, strict=True):
                a, b = rng.sample(ACTORS, 2)
                place = rng.choice(PLACES)
                day = rng.randint(1, 28)
                sentences.append(f"{_cap(a)} {verb} {b} in {place} on {day} {month} 2004.")
            doc_id = f"{prefix}{i:03d}"
            ids.append(doc_id)
            record = {"id": doc_id, "text": " ".join(sentences), "date": "2004-06-01"}
            out.write(json.dumps(record) + "\n")
    return ids


def _actorgraph(code: str, *args: str | Path, cwd: Path, log: Path) -> subprocess.Popen[bytes]:
    with open(log, "wb") as err:  # a file, not a pipe: a full pipe would stall the process
        return subprocess.Popen(
            [sys.executable, "-c", code, *map(str, args)], cwd=cwd,
            stdout=subprocess.DEVNULL, stderr=err, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stored(db: Path) -> Counter[str]:
    """Events per document, read from the file directly."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return Counter(dict(conn.execute("SELECT doc, count(*) FROM events GROUP BY doc")))
    finally:
        conn.close()


def _clean(log: Path) -> None:
    text = log.read_text("utf-8", "replace")
    for bad in ("locked", "Traceback", "Exception", "Error"):
        assert bad not in text, f"{log.name}:\n{text[-3000:]}"


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A store with FIRST documents and a real server on it; the server is always stopped."""
    db = tmp_path / "busy.db"
    first = _corpus(tmp_path / "first.jsonl", "a", FIRST, seed=1)
    ingest = _actorgraph(MAIN, "ingest", "first.jsonl", "--db", db, cwd=tmp_path,
                         log=tmp_path / "ingest1.log")
    assert ingest.wait(timeout=120) == 0, (tmp_path / "ingest1.log").read_text()
    port = _free_port()
    log = tmp_path / "serve.log"
    server = _actorgraph(MAIN, "serve", "--db", db, "--port", str(port), cwd=tmp_path, log=log)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, log.read_text()
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server did not come up"
            time.sleep(0.1)
        yield {"db": db, "base": base, "first": first, "log": log, "dir": tmp_path}
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            server.kill()
            server.wait(timeout=10)


class Client(threading.Thread):
    """Requests the API and pages in turn until told to stop; keeps what it saw."""

    def __init__(self, base: str, n: int, first: list[str], stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.base, self.n, self.first, self.stop = base, n, first, stop
        self.failures: list[str] = []
        self.snapshots: list[Counter[str]] = []  # events per document, one per /api/events
        self.posts: list[tuple[str, int]] = []  # (doc, events of its post)
        self.requests = 0

    def plan(self, i: int) -> tuple[str, dict[str, Any]]:
        doc = self.first[(i + self.n) % len(self.first)]
        plan: list[tuple[str, dict[str, Any]]] = [
            ("/api/events", {"limit": 1000}),
            ("/api/merged", {"limit": 50, "mentions": 5}),
            ("/api/graph", {}),
            ("/api/events", {"limit": 1000, "since": "2004"}),
            ("/api/search", {"q": "Basra"}),
            ("/api/post", {"doc": doc, "post": 1}),
            ("/", {}),
            ("/api/timeline", {"limit": 100}),
            ("/healthz", {}),
        ]
        return plan[i % len(plan)]

    def run(self) -> None:
        with httpx.Client(base_url=self.base, timeout=30) as http:
            i = self.n
            while not self.stop.is_set() and not self.failures:
                path, params = self.plan(i)
                i += 1
                try:
                    r = http.get(path, params=params)
                except httpx.HTTPError as exc:
                    self.failures.append(f"{path}: {exc!r}")
                    break
                self.requests += 1
                if r.status_code != 200:
                    self.failures.append(f"{path} {params}: {r.status_code} {r.text[:300]}")
                    break
                if path == "/":
                    if "text/html" not in r.headers["content-type"]:
                        self.failures.append(f"/: {r.headers['content-type']}")
                    continue
                body = r.json()
                if body.get("ok") is not True:
                    self.failures.append(f"{path} {params}: {r.text[:300]}")
                elif path == "/api/events" and not params.get("since"):
                    self.snapshots.append(Counter(e["evidence"]["doc"] for e in body["events"]))
                elif path == "/api/post":
                    self.posts.append((params["doc"], len(body["events"])))


def test_serve_answers_whole_documents_while_ingest_writes(served):
    db, base, tmp = served["db"], served["base"], served["dir"]
    before = _stored(db)
    second = _corpus(tmp / "second.jsonl", "b", SECOND, seed=2)
    stop = threading.Event()
    clients = [Client(base, n, served["first"], stop) for n in range(CLIENTS)]
    for c in clients:
        c.start()
    log = tmp / "ingest2.log"
    ingest = _actorgraph(SLOW_WRITES, "ingest", "second.jsonl", "--db", db, cwd=tmp, log=log)
    try:
        code = ingest.wait(timeout=120)
    finally:
        if ingest.poll() is None:  # pragma: no cover
            ingest.kill()
        time.sleep(0.5)  # a few requests more on the finished store
        stop.set()
        for c in clients:
            c.join(timeout=60)
    assert code == 0, log.read_text()
    assert f"stored {SECOND} document(s)" in log.read_text()
    _clean(log)

    assert all(not c.is_alive() for c in clients)
    failures = [f for c in clients for f in c.failures]
    assert not failures, failures[:5]

    final = _stored(db)
    assert set(final) == set(served["first"]) | set(second)
    assert all(n >= 2 for n in final.values()), final  # half a document would show
    assert all(final[d] == n for d, n in before.items())  # the old ones are untouched

    snapshots = [s for c in clients for s in c.snapshots]
    # the second ingest committed while the clients read: some saw part of it, not all
    assert any(set(second) & set(s) for s in snapshots)
    partial = [s for s in snapshots if 0 < len(set(second) & set(s)) < SECOND]
    assert partial, "no request saw the store mid-ingest; the test proves nothing"
    for seen in snapshots:
        assert set(served["first"]) <= set(seen)
        torn = {d: (n, final[d]) for d, n in seen.items() if n != final[d]}
        assert not torn, f"documents seen in part (seen, stored): {torn}"
    for c in clients:  # one client's later requests never see less than its earlier ones
        sizes = [len(s) for s in c.snapshots]
        assert sizes == sorted(sizes)
    posts = [p for c in clients for p in c.posts]
    assert posts and all(n == final[doc] for doc, n in posts)
    print(f"{sum(c.requests for c in clients)} requests, {len(snapshots)} event snapshots, "
          f"{len(partial)} mid-ingest")

    # the server sees everything the ingest wrote
    with httpx.Client(base_url=base, timeout=30) as http:
        assert http.get("/healthz").json()["documents"] == FIRST + SECOND
        assert http.get("/api/meta").json()["counts"]["documents"] == FIRST + SECOND
        events = http.get("/api/events", params={"limit": 1000}).json()["events"]
        assert Counter(e["evidence"]["doc"] for e in events) == final
    _clean(served["log"])


def test_a_review_written_while_ingest_writes_and_serve_reads(served):
    """Reviews (real `actorgraph review` processes) go in while the ingest writes and the
    clients read: every command succeeds, no review is lost, and the server shows them."""
    db, base, tmp = served["db"], served["base"], served["dir"]
    _corpus(tmp / "second.jsonl", "b", SECOND, seed=3)
    with httpx.Client(base_url=base, timeout=30) as http:
        first = http.get("/api/events", params={"limit": 1000}).json()["events"]
    targets = [e["id"] for e in first[:8]]
    stop = threading.Event()
    clients = [Client(base, n, served["first"], stop) for n in range(CLIENTS // 2)]
    for c in clients:
        c.start()
    log = tmp / "ingest2.log"
    ingest = _actorgraph(SLOW_WRITES, "ingest", "second.jsonl", "--db", db, cwd=tmp, log=log)
    results = []
    try:
        for i, event_id in enumerate(targets):
            action = ["--reject"] if i % 2 else ["--set", "date=2004-05"]
            results.append(subprocess.run(
                [sys.executable, "-c", MAIN, "review", event_id, *action, "--by", f"t{i}",
                 "--db", str(db)], cwd=tmp, capture_output=True, text=True, timeout=120))
        mid_ingest = ingest.poll() is None
        code = ingest.wait(timeout=120)
    finally:
        if ingest.poll() is None:  # pragma: no cover
            ingest.kill()
        stop.set()
        for c in clients:
            c.join(timeout=60)
    assert code == 0, log.read_text()
    _clean(log)
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    assert not [f for c in clients for f in c.failures]
    assert mid_ingest, "the ingest ended before the reviews; the test proves nothing"
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        logged = {r[0] for r in conn.execute("SELECT event FROM reviews")}
    finally:
        conn.close()
    assert logged == set(targets)
    with httpx.Client(base_url=base, timeout=30) as http:
        view = {e["id"]: e for e in http.get("/api/events", params={"limit": 1000}).json()[
            "events"]}
    for i, event_id in enumerate(targets):
        if i % 2:
            assert event_id not in view
        else:
            assert view[event_id]["date"] == "2004-05" and view[event_id]["reviewed"]
    _clean(served["log"])
