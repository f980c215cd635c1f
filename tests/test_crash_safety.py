"""Crash safety: a killed batch, a full disk and a read-only store (docs/RELIABILITY.md).

Each test runs the real ``actorgraph`` command in a subprocess, sometimes with a
test-only prelude that monkeypatches one function before ``main()`` (as
``test_ingest_crash.py`` does):

- a batch is killed (SIGKILL) while it writes a shard, and rerun: the shards
  and the store they load into are those of an uninterrupted batch;
- the disk fills up during an ingest (for real on a tiny tmpfs when the tests
  may mount one, and always with ``PRAGMA max_page_count``, which gives the
  same ``SQLITE_FULL``): one ``error:`` line naming the store, the documents
  stored before are intact, nothing of the failing one is stored, and a rerun
  with space finishes the store of an uninterrupted run;
- the store is read-only (the file, or the folder SQLite writes its WAL in):
  one ``error:`` line, and the store is byte for byte as it was.

Tests run as root in CI, and root writes any file whatever its mode: there
the read-only runs drop to the user ``nobody`` inside the subprocess, after
loading what they need (the interpreter lives under ``/root``, which
``nobody`` cannot read).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import descendants, still_alive

from actorgraph.store import Store

N_DOCS = 24
SIZE = 4  # documents per batch partition: 6 partitions
FULL_AFTER = 5  # the disk fills up once the failing run has stored this many documents

PLAIN = "from actorgraph.cli import main; main()"

# Each shard's temporary file stays half made for a while, so the kill lands in the middle of
# writing a partition.
SLOW_SHARDS = """
import time
from actorgraph.runners import shards
atomic = shards._atomic_write
def slow(path, write):
    def slowly(f):
        write(f)
        f.flush()
        time.sleep(0.25)
    atomic(path, slowly)
shards._atomic_write = slow
from actorgraph.cli import main
main()
"""

# Once FULL_AFTER documents are stored the disk is full: for real (FILL names a file to grow
# until the filesystem has no byte left) or through the page limit of this connection.
DISK_FILLS_UP = """
import errno, os
from actorgraph.store import db
write = db.Store.write
stored = 0
def write_then_fill(self, coded, **kw):
    global stored
    new = write(self, coded, **kw)
    stored += new
    if new and stored == int(os.environ["FULL_AFTER"]):
        if os.environ.get("FILL"):
            fd = os.open(os.environ["FILL"], os.O_WRONLY | os.O_CREAT, 0o644)
            chunk = 1 << 20
            while chunk:
                try:
                    if os.write(fd, bytes(chunk)) < chunk:
                        chunk //= 2
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    chunk //= 2
            os.close(fd)
        else:
            pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
            self.conn.execute(f"PRAGMA max_page_count = {pages}")
    return new
db.Store.write = write_then_fill
from actorgraph.cli import main
main()
"""

# `ingest INPUT --db X` run as root: read and code the input once (unless the store cannot
# even be opened), so that every module and the model are loaded while the interpreter's
# files can be read; then become `nobody`.
AS_NOBODY = """
import os, sys
from actorgraph import api, cli
from actorgraph.settings import Settings
if os.environ.get("OPENS") == "1":
    settings = Settings.from_overrides(db=sys.argv[-1])  # the coder `ingest --db X` shares
    list(api.code(api.iter_documents(sys.argv[2:-2]), settings))
os.setgroups([])
os.setgid(65534)
os.setuid(65534)
from actorgraph.cli import main
main()
"""
NOBODY = 65534


def _write_corpus(path: Path) -> list[str]:
    """N_DOCS JSONL documents; returns their ids in order."""
    rng = random.Random(11)
    actors = ["Iran", "Iraq", "Syria", "Turkey", "Israel", "Hezbollah", "the United States"]
    places = ["Basra", "Mosul", "Aleppo", "Beirut", "Kirkuk"]
    verbs = [("attacked", "attacking"), ("shelled", "shelling"), ("threatened", "threatening"),
             ("met with", "meeting with"), ("sanctioned", "sanctioning")]
    ids = []
    with path.open("w", encoding="utf-8") as out:
        for i in range(N_DOCS):
            a, b = rng.sample(actors, 2)
            verb, gerund = rng.choice(verbs)
            place = rng.choice(places)
            day = rng.randint(1, 9)
            text = f"{a[0].upper()}{a[1:]} {verb} {b} in {place} on {day} March 2004."
            if i % 3 == 0:
                text += f"\n\n{b[0].upper()}{b[1:]} denied {gerund} {a} near {place}."
            else:
                text += f" Witnesses in {place} said the talks had stalled."
            ids.append(f"doc{i:02d}")
            out.write(json.dumps({"id": ids[-1], "text": text, "date": "2004-03-10"}) + "\n")
    return ids


def _cli(code: str, *args: object, cwd: Path, env: dict[str, str] | None = None
         ) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)], cwd=cwd, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
    )


def _finish(proc: subprocess.Popen[str], status: int = 0) -> str:
    """The run's stderr, once it has exited with ``status``."""
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == status, err
    return err


def _one_error_line(err: str) -> str:
    """The one line a failed command prints (the CLI's contract: no traceback)."""
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].lower().startswith("error: "), err
    return lines[0]


def _dump(db: Path) -> list[str]:
    with Store(db) as store:
        return list(store.dump())


def _integrity(conn: sqlite3.Connection) -> list[str]:
    """``PRAGMA integrity_check`` problems, without SQLite 3.40's false "NULL value in" ones.

    SQLite 3.40 reports "NULL value in T.C" for a WITHOUT ROWID table whose non-key column
    is declared before its key columns (``mentions``), though no row holds a NULL: such a
    line counts only when a NULL is really there.
    """
    problems = []
    for (line,) in conn.execute("PRAGMA integrity_check"):
        m = re.fullmatch(r"NULL value in (\w+)\.(\w+)", line)
        if line == "ok" or m and not conn.execute(
            f'SELECT count(*) FROM "{m[1]}" WHERE "{m[2]}" IS NULL'
        ).fetchone()[0]:
            continue
        problems.append(line)
    return problems


def _rows_of(conn: sqlite3.Connection, doc: str) -> dict[str, list[tuple[object, ...]]]:
    """A document's rows in every table that has them (events without ``merged``, which
    depends on the other documents stored)."""
    queries = {
        "documents": "SELECT id, content_hash, format, source, title, author, published, url,"
                     " text FROM documents WHERE id = ?",
        "posts": 'SELECT idx, text, start, "end", author, time, url, platform_id FROM posts'
                 " WHERE doc = ?",
        "mentions": "SELECT * FROM mentions WHERE doc = ?",
        "events": "SELECT id, post, type, mode, source, target, date, location, modality,"
                  " negated, ev_start, ev_end, ev_text, mkey FROM events WHERE doc = ?",
        "claims": "SELECT * FROM claims WHERE doc = ?",
        "fts": "SELECT posts_fts.rowid FROM posts_fts JOIN posts ON posts.id = posts_fts.rowid"
               " WHERE posts.doc = ?",
    }
    return {t: sorted(conn.execute(q, (doc,)).fetchall()) for t, q in queries.items()}


def _assert_intact(db: Path, reference: Path, ids: list[str], failed: str) -> int:
    """The store holds the documents before ``failed`` exactly as an uninterrupted run
    stored them, and nothing of ``failed``; returns how many it holds."""
    conn = sqlite3.connect(db)
    ref = sqlite3.connect(f"file:{reference}?mode=ro", uri=True)
    try:
        assert _integrity(conn) == []
        conn.execute("INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')")
        stored = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
        assert stored == ids[:len(stored)]  # the documents before the failure, in order
        assert failed == ids[len(stored)]
        assert FULL_AFTER <= len(stored) < len(ids)
        for doc in stored:
            assert _rows_of(conn, doc) == _rows_of(ref, doc), doc
        leftovers = _rows_of(conn, failed)
        assert not any(leftovers.values()), leftovers  # no partial document
        orphans = conn.execute("SELECT count(*) FROM events WHERE doc NOT IN"
                               " (SELECT id FROM documents)").fetchone()[0]
        assert orphans == 0
        assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == conn.execute(
            "SELECT count(*) FROM posts_fts_docsize").fetchone()[0]
    finally:
        conn.close()
        ref.close()
    # The merged events are those of the stored mentions: recomputing them changes nothing.
    copy = db.with_name("recomputed.db")
    shutil.copyfile(db, copy)
    if Path(f"{db}-wal").exists():  # what a checkpoint has not copied into the file yet
        shutil.copyfile(f"{db}-wal", f"{copy}-wal")
    with Store(copy) as store:
        before = [line for line in store.dump() if line.startswith("merged_events\t")]
        store.remerge()
        assert [line for line in store.dump() if line.startswith("merged_events\t")] == before
    return len(stored)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    return path, _write_corpus(path)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    """The store of an uninterrupted ingest of the corpus."""
    path, ids = corpus
    db = tmp_path_factory.mktemp("reference") / "reference.db"
    log = _finish(_cli(PLAIN, "ingest", path, "--db", db, cwd=path.parent))
    assert f"stored {len(ids)} document(s)" in log
    return db


# -- SIGKILL during a batch ----------------------------------------------------------------


def _temporaries(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob(".*") if ".tmp-" in p.name)


def _listdir(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except FileNotFoundError:
        return []


def _shards(out: Path) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.rglob("*.parquet")
                  if not p.name.startswith("."))


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_killed_batch_resumes_to_the_uninterrupted_store(engine, corpus, tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    if engine == "dask":
        pytest.importorskip("distributed")
    from actorgraph.runners.shards import TABLES, read_shards

    path, ids = corpus
    shutil.copyfile(path, tmp_path / "corpus.jsonl")
    partitions = -(-N_DOCS // SIZE)
    batch = ("batch", "corpus.jsonl", "--partition-size", SIZE)
    engine_args = ("--engine", "dask", "--workers", "2") if engine == "dask" else ()
    full, crashed = tmp_path / "full", tmp_path / "crashed"
    # The reference is always the local engine: shards are the same whatever the engine.
    reference = _cli(PLAIN, *batch, "--out", full, cwd=tmp_path)
    victim = _cli(SLOW_SHARDS, *batch, *engine_args, "--out", crashed, cwd=tmp_path)
    # Kill it once a partition is written whole and the shard of a later one is half made.
    deadline = time.monotonic() + 120
    first = crashed / "documents" / "part-00000.parquet"
    while not (first.exists() and any(name.startswith(".part-") for table in TABLES
                                      for name in _listdir(crashed / table))):
        assert victim.poll() is None, victim.communicate()[1]
        assert time.monotonic() < deadline, "the batch wrote no shard in time"
        time.sleep(0.02)  # a shard's temporary file lives 0.25 s or more
    helpers = descendants(victim.pid)  # Dask's nannies and workers
    victim.send_signal(signal.SIGKILL)
    assert victim.wait(timeout=30) == -signal.SIGKILL
    # Worker processes lose their driver (and Dask's its scheduler, which lived in the
    # driver) and leave; until then they hold the killed run's pipes open.
    assert helpers or engine == "local", "the dask engine started no worker process"
    assert not still_alive(helpers, 90), "worker processes outlived the killed batch"
    victim.communicate(timeout=30)

    done = sorted(int(p.stem.split("-")[1]) for p in (crashed / "documents").glob("part-*.parquet"))
    assert 0 < len(done) < partitions, f"the kill came too late: {len(done)} partitions written"
    assert _temporaries(crashed), "the kill did not land while a shard was being written"
    # What the killed run left is readable: its finished partitions, never a partial one.
    _finish(reference)
    expected = {c.document.id: c for c in read_shards(full)}
    left = list(read_shards(crashed))
    assert sorted(c.document.id for c in left) == [
        i for k in done for i in ids[k * SIZE:(k + 1) * SIZE]
    ]
    assert all(c == expected[c.document.id] for c in left)

    log = _finish(_cli(PLAIN, *batch, *engine_args, "--out", crashed, cwd=tmp_path))
    assert f"{len(done)} of {partitions} partition(s) already done" in log
    assert _temporaries(crashed) == []  # the killed run's temporary file is gone too
    assert _shards(crashed) == _shards(full)
    assert len(_shards(full)) == partitions * len(TABLES)
    for shard in _shards(full):
        assert pq.read_table(crashed / shard).equals(pq.read_table(full / shard)), shard

    a, b = tmp_path / "a.db", tmp_path / "b.db"
    loads = [_cli(PLAIN, "ingest", crashed, "--db", a, cwd=tmp_path),
             _cli(PLAIN, "ingest", full, "--db", b, cwd=tmp_path)]
    for load in loads:
        assert f"stored {N_DOCS} document(s)" in _finish(load)
    got, want = _dump(a), _dump(b)
    assert len(want) > 4 * N_DOCS
    assert got == want


def test_a_partition_coded_again_is_never_read_half_replaced(tmp_path, monkeypatch) -> None:
    """A rerun codes a partition with failures again; killed while it replaces the shards,
    it leaves the partition unread, not old and new shards whose rows do not match."""
    pq = pytest.importorskip("pyarrow.parquet")
    from actorgraph.models import CodedDocument, Document, Mention, Post
    from actorgraph.runners.shards import (
        Partition,
        PartitionResult,
        Slice,
        is_done,
        read_shards,
        to_tables,
        write_partition,
    )

    def coded(i: int) -> CodedDocument:
        text = f"Iran shelled Basra on {i + 1} March 2004."
        return CodedDocument(Document(f"d{i}", text, (Post(1, text, 0, len(text)),), "text"),
                             mentions=[Mention(f"d{i}", 1, 0, 4, "Iran", "IRN")])

    partition = Partition(0, (Slice("a.txt"), Slice("b.txt")))
    first = [coded(0)]  # b.txt could not be read
    write_partition(tmp_path, PartitionResult(partition, to_tables(first), [("b.txt", "gone")]))
    assert list(read_shards(tmp_path)) == first and not is_done(tmp_path, partition)

    again = [coded(0), coded(1)]  # the rerun reads b.txt, and is killed at the third shard
    real, calls = pq.write_table, 0

    def killed(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        real(*args, **kwargs)

    monkeypatch.setattr(pq, "write_table", killed)
    with pytest.raises(KeyboardInterrupt):
        write_partition(tmp_path, PartitionResult(partition, to_tables(again)))
    assert list(read_shards(tmp_path)) == [] and not is_done(tmp_path, partition)
    monkeypatch.setattr(pq, "write_table", real)
    write_partition(tmp_path, PartitionResult(partition, to_tables(again)))
    assert list(read_shards(tmp_path)) == again and is_done(tmp_path, partition)


# -- a full disk during an ingest ----------------------------------------------------------


@contextlib.contextmanager
def _tiny_filesystem(size: str = "16m"):
    """A tmpfs of ``size`` mounted on a fresh folder; skips the test where it cannot be."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    where = Path(tempfile.mkdtemp(prefix="actorgraph-full-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs",
                           str(where)], capture_output=True, text=True)
    if done.returncode != 0:
        where.rmdir()
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)
        where.rmdir()


@pytest.mark.slow
@pytest.mark.parametrize("disk", ["max_page_count", "tmpfs"])
def test_a_full_disk_stops_the_ingest_and_keeps_the_store(disk, corpus, reference,
                                                          tmp_path) -> None:
    path, ids = corpus
    with contextlib.ExitStack() as stack:
        if disk == "tmpfs":
            where = stack.enter_context(_tiny_filesystem())
            filler = where / "filler"
            env = {"FULL_AFTER": str(FULL_AFTER), "FILL": str(filler)}
        else:
            where, filler = tmp_path, None
            env = {"FULL_AFTER": str(FULL_AFTER)}
        db = where / "store.db"

        err = _finish(_cli(DISK_FILLS_UP, "ingest", path, "--db", db, cwd=tmp_path, env=env), 1)
        line = _one_error_line(err)
        assert str(db) in line and "full" in line, line
        m = re.search(r"cannot store document (\S+): ", line)
        assert m, line
        if filler is not None:
            assert filler.stat().st_size > 0  # the disk was filled up, for real
            filler.unlink()  # space again

        committed = _assert_intact(db, reference, ids, m[1])
        log = _finish(_cli(PLAIN, "ingest", path, "--db", db, cwd=tmp_path))
        assert f"stored {N_DOCS - committed} document(s)" in log
        assert f"{committed} unchanged" in log
        assert _dump(db) == _dump(reference)


# -- a read-only store ---------------------------------------------------------------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
@pytest.mark.parametrize("readonly", ["file", "folder"])
def test_a_read_only_store_is_refused_and_left_as_it_was(readonly, reference,
                                                         tmp_path) -> None:
    root = os.geteuid() == 0
    # A folder `nobody` can reach: pytest's tmp_path is private to its user.
    base = Path(tempfile.mkdtemp(prefix="actorgraph-ro-"))
    base.chmod(0o755)
    folder = base / "store"
    folder.mkdir()
    db = folder / "store.db"
    shutil.copyfile(reference, db)
    extra = base / "extra.jsonl"  # a document the store does not hold: ingest must write
    extra.write_text(json.dumps({"id": "new", "text": "Iraq shelled Syria in Mosul on"
                                 " 2 April 2004.", "date": "2004-04-03"}) + "\n")
    try:
        if readonly == "file":  # the folder is writable, the database file is not
            if root:
                folder.chmod(0o777)
                db.chmod(0o644)  # root's file: `nobody` may read it, not write it
            else:
                db.chmod(0o444)
        else:  # the file is writable, its folder is not: SQLite cannot create its WAL
            if root:
                os.chown(db, NOBODY, -1)
                folder.chmod(0o755)
            else:
                folder.chmod(0o555)
        before = _digest(db)
        code = AS_NOBODY if root else PLAIN
        opens = {"OPENS": "1" if readonly == "file" else "0"}  # fails when writing, or at once
        err = _finish(_cli(code, "ingest", extra, "--db", db, cwd=base, env=opens), 1)
        line = _one_error_line(err)
        assert str(db) in line and "read-only" in line, line
        # refused before any document is read or coded, not at the first write
        assert "cannot write to the store" in line or "cannot open the store" in line, line
        assert _digest(db) == before  # byte for byte
        # A read-only connection may leave SQLite's shared-memory index and an empty WAL
        # beside the file (only where the folder is writable), never a change to the store.
        beside = {p.name: p.stat().st_size for p in folder.iterdir() if p != db}
        assert set(beside) <= ({"store.db-wal", "store.db-shm"} if readonly == "file" else set())
        assert beside.get("store.db-wal", 0) == 0
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
        shutil.rmtree(base)
