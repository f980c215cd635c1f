"""An ingest killed midway (a real process, SIGKILL) resumes to exactly the uninterrupted store.

The killed run is slowed down inside each document's transaction, so the
kill usually lands with a transaction open; the resumed run must finish the
corpus and leave every table (FTS index included) as an uninterrupted run
does, apart from the clock column ``documents.ingested_at``.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from actorgraph.store import Store

pytestmark = pytest.mark.slow

N_DOCS = 40
SLOW_WRITES = """
import time
from actorgraph.store import db
opened = db.Store.__init__
def slow(self, *args, **kwargs):
    opened(self, *args, **kwargs)
    self.conn.create_function("nap", 1, time.sleep)
    self.conn.execute("CREATE TEMP TRIGGER nap AFTER INSERT ON main.documents"
                      " BEGIN SELECT nap(0.08); END")  # inside the document's transaction
db.Store.__init__ = slow
from actorgraph.cli import main
main()
"""
PLAIN = "from actorgraph.cli import main; main()"


def _corpus(path) -> None:
    rng = random.Random(5)
    actors = ["Iran", "Iraq", "the United States", "Israel", "Hezbollah", "Syria", "Turkey"]
    places = ["Baghdad", "Najaf", "Basra", "Damascus", "Beirut"]
    verbs = [("attacked", "attacking"), ("armed", "arming"), ("met with", "meeting with"),
             ("accused", "accusing"), ("sanctioned", "sanctioning")]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(N_DOCS):
            a, b = rng.sample(actors, 2)
            verb, gerund = rng.choice(verbs)
            place = rng.choice(places)
            text = f"{a[0].upper()}{a[1:]} {verb} {b} in {place} on {rng.randint(1, 6)} March 2004."
            if i % 4 == 0:
                text += f"\n\n{b[0].upper()}{b[1:]} denied {gerund} {a} in {place}."
            else:
                text += f" Officials in {place} said talks would continue."
            record = {"id": f"doc{i:02d}", "text": text, "date": "2004-03-10"}
            out.write(json.dumps(record) + "\n")


def _ingest(code: str, corpus, db, cwd, *more) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(corpus), *map(str, more), "--db", str(db)],
        cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _documents(db) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _finish(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return err


def test_a_killed_ingest_resumes_to_the_uninterrupted_store(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus)
    full, crashed = tmp_path / "full.db", tmp_path / "crashed.db"

    copy = tmp_path / "again.jsonl"
    copy.write_bytes(corpus.read_bytes())
    # the reference run reads the corpus twice: the second time stores nothing
    reference = _ingest(PLAIN, corpus, full, tmp_path, copy)
    victim = _ingest(SLOW_WRITES, corpus, crashed, tmp_path)
    deadline = time.monotonic() + 90
    while _documents(crashed) == 0 and time.monotonic() < deadline:
        assert victim.poll() is None, victim.communicate()[1]
        time.sleep(0.02)
    victim.send_signal(signal.SIGKILL)
    victim.communicate(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    committed = _documents(crashed)  # what the killed run had committed
    assert 0 < committed < N_DOCS, f"the kill came too late: {committed} documents stored"

    resumed = _ingest(PLAIN, corpus, crashed, tmp_path)
    log = _finish(reference)
    assert f"stored {N_DOCS} document(s)" in log and f"{N_DOCS} unchanged" in log
    log = _finish(resumed)
    assert f"stored {N_DOCS - committed} document(s)" in log
    assert f"{committed} unchanged" in log

    with Store(full) as a, Store(crashed) as b:
        counts = a.counts()
        assert counts["documents"] == N_DOCS and counts["events"] > N_DOCS
        assert counts["merged_events"] < counts["events"]  # some reports merged
        for store in (a, b):
            store.conn.execute("INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')")
        expected, got = list(a.dump()), list(b.dump())
    assert len(got) == len(expected)
    assert got == expected
