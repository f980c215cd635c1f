"""Reviews survive re-ingest and a killed writer (real processes; issue 17)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

EXAMPLE = Path(__file__).parents[1] / "src" / "actorgraph" / "examples" / "iran-iraq-thread.txt"
MAIN = "from actorgraph.cli import main; main()"


def _ag(*args: object, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-c", MAIN, *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=240)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def _events(db: Path, cwd: Path, *more: str) -> dict[str, dict]:
    out = _ag("events", "--db", db, "--format", "jsonl", *more, cwd=cwd).stdout
    return {r["id"]: r for r in map(json.loads, out.splitlines())}


def _dump_reviewed(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for table in ("review_events", "review_keys", "review_merged")
                for r in conn.execute(f"SELECT * FROM {table} ORDER BY 1")]
    finally:
        conn.close()


def test_reviews_survive_reingest_and_a_changed_document(tmp_path):
    thread = tmp_path / "thread.txt"
    thread.write_text(EXAMPLE.read_text("utf-8"), "utf-8")
    db = tmp_path / "s.db"
    _ag("ingest", thread, "--db", db, cwd=tmp_path)
    machine = _events(db, tmp_path)
    badr = next(i for i, e in machine.items() if e["evidence"]["text"].startswith("In 1982"))
    invaded = next(i for i, e in machine.items()
                   if e["evidence"]["text"].startswith("Iraq invaded Iran"))
    _ag("review", badr, "--set", "date=1982-06", "--set", "target=Iraq", "--note", "check",
        "--db", db, cwd=tmp_path)
    _ag("review", invaded, "--reject", "--db", db, cwd=tmp_path)

    def check(expect_ids: bool) -> None:
        view = _events(db, tmp_path)
        badr_now = [e for e in view.values() if e["evidence"]["text"].startswith("In 1982")
                    and e["reviewed"]]
        assert len(badr_now) == 1 and badr_now[0]["date"] == "1982-06"
        assert badr_now[0]["target"]["id"] == "IRQ"
        assert (badr_now[0]["id"] == badr) is expect_ids
        assert not any(e["evidence"]["text"].startswith("Iraq invaded Iran")
                       and e["type"] == machine[invaded]["type"] for e in view.values())
        raw = _events(db, tmp_path, "--raw")
        assert any(e["evidence"]["text"].startswith("Iraq invaded Iran") for e in raw.values())

    _ag("ingest", thread, "--db", db, cwd=tmp_path)  # the same document: unchanged
    check(True)
    # a changed version: a sentence before the reviewed ones moves their offsets and ids
    text = thread.read_text("utf-8")
    text = text.replace("4/ In 1982", "4/ The war went on. In 1982")
    text = text.replace("3/ Iraq invaded", "3/ Look back. Iraq invaded")
    thread.write_text(text, "utf-8")
    _ag("ingest", thread, "--db", db, cwd=tmp_path)
    check(False)
    assert "orphaned" not in _ag("review", "list", "--db", db, cwd=tmp_path).stdout
    # a version without the Badr sentence: its review is orphaned and listed
    thread.write_text(text.replace("In 1982 the IRGC founded the Badr Brigade from Iraqi"
                                   " exiles.", ""), "utf-8")
    _ag("ingest", thread, "--db", db, cwd=tmp_path)
    orphans = _ag("review", "list", "--orphaned", "--db", db, cwd=tmp_path).stdout
    assert orphans.count("\n") == 1 and "[orphaned]" in orphans and "check" in orphans


WRITER = """
import sys
from actorgraph.store import Store
from actorgraph.store.reviews import add_review
store = Store(sys.argv[1])
ids = [e.id for e in store.events()]
print("ready", flush=True)
n = 0
while True:
    n += 1
    add_review(store.conn, ids[n % len(ids)], "reject" if n % 2 else "confirm", by=f"w{n}")
"""


def test_sigkill_during_review_writes_leaves_the_store_consistent(tmp_path):
    sys.path.insert(0, str(Path(__file__).parent))
    from conftest import integrity_problems
    from helpers import corpus

    from actorgraph.store import Store
    from actorgraph.store.reviews import refresh

    db = tmp_path / "s.db"
    with Store(db) as s:
        s.write_many(corpus())
    for delay in (0.3, 0.7, 1.1):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE,
                                text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        conn = sqlite3.connect(db)
        assert integrity_problems(conn) == []
        written = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
        conn.close()
        assert written > 0
        before = _dump_reviewed(db)
        with Store(db) as s:  # the derived rows are exactly what the log gives
            with s.conn:
                s.conn.execute("BEGIN IMMEDIATE")
                refresh(s.conn, s.window)
        assert _dump_reviewed(db) == before
