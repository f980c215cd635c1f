"""Inputs keep their identity (issue 20, items 1, 4 and 5).

- Document ids are unique per source: ``a/report.txt`` and ``b/report.txt`` are two
  documents, stable across runs; an id shared by two different inputs is one error line,
  never a silent replacement; event ids are unique within a document and the summary
  counts what the store holds.
- Devices, FIFOs and sockets are refused by name; the size limit holds while reading,
  standard input (``-``) included.
- A file name that is not UTF-8 is stored with an escaped name instead of ending the run.

The coder is replaced by a stub (no model): what is under test is reading and storing.
"""

from __future__ import annotations

import io
import json
import os
import sys
import threading

import pytest
from click.testing import CliRunner

import actorgraph.api
from actorgraph.cli import cli
from actorgraph.errors import ReaderError
from actorgraph.models import CodedDocument, Event, Evidence
from actorgraph.readers import _io, read_path, x_archive
from actorgraph.store.db import Store


def _stub_code(documents, settings=None):
    """Two events per document, the second twice (as the coder could emit it)."""
    for doc in documents:
        out = CodedDocument(doc)
        ev = Evidence(doc.id, 1, 0, 4, doc.text[:4])
        for n in (1, 2, 2):
            out.events.append(Event(id=f"ev_{doc.id}_{n}", type="ASSAULT", evidence=ev,
                                    source="IRN", quad=4))
        yield out


@pytest.fixture(autouse=True)
def stub_coder(monkeypatch):
    monkeypatch.setattr(actorgraph.api, "code", _stub_code)


def ingest(*args: str):
    return CliRunner().invoke(cli, ["ingest", *args], catch_exceptions=False)


def stored(db) -> dict[str, str]:
    with Store(db) as store:
        return dict(store.conn.execute("SELECT id, text FROM documents").fetchall())


def test_the_same_file_name_in_two_folders_is_two_documents(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    for folder, text in (("a", "Iran attacked Iraq."), ("b", "Iraq attacked Iran.")):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "report.txt").write_text(text)
    db = str(tmp_path / "s.db")
    first = ingest(str(corpus), "--db", db)
    assert first.exit_code == 0, first.output
    assert stored(db) == {"a/report": "Iran attacked Iraq.", "b/report": "Iraq attacked Iran."}
    again = ingest(str(corpus), "--db", db)  # a rerun swaps nothing
    assert "stored 0 document(s)" in again.output and "2 unchanged" in again.output
    assert stored(db) == {"a/report": "Iran attacked Iraq.", "b/report": "Iraq attacked Iran."}


def test_an_id_shared_by_two_inputs_is_one_error_line(tmp_path, monkeypatch) -> None:
    (tmp_path / "report.txt").write_text("Iran attacked Iraq.")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "report", "text": "Other words."}))
    db = str(tmp_path / "s.db")
    result = ingest(str(tmp_path / "c.jsonl"), str(tmp_path / "report.txt"), "--db", db)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "document id 'report'" in errors[0], result.output
    assert stored(db) == {"report": "Other words."}
    # Later runs: the stored one is kept whichever comes first.
    result = ingest(str(tmp_path / "report.txt"), "--db", db)
    assert result.exit_code == 1 and "stored before" in result.output
    assert stored(db) == {"report": "Other words."}
    # The same file again, changed, from another folder's view: replaced, as before.
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "report", "text": "New words."}))
    monkeypatch.chdir(tmp_path)
    assert ingest("c.jsonl", "--db", db).exit_code == 0
    assert stored(db) == {"report": "New words."}


def test_the_summary_counts_the_events_stored(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Iran attacked Iraq.")
    db = str(tmp_path / "s.db")
    result = ingest(str(tmp_path / "a.txt"), "--db", db)
    assert "stored 1 document(s) (2 events)" in result.output, result.output
    assert "holds 1 documents, 2 events" in result.output


def test_event_ids_are_unique_within_a_document() -> None:
    from actorgraph.coding.documents import _unique_ids

    (coded,) = _stub_code([read_path_text("Iran attacked Iraq.")])
    assert len(coded.events) == 3
    _unique_ids(coded)
    assert [e.id for e in coded.events] == ["ev_t_1", "ev_t_2"]


def read_path_text(text: str):
    from actorgraph.models import Document, Post

    return Document("t", text, (Post(1, text, 0, len(text)),), "text")


def test_a_tweet_twice_in_an_archive(tmp_path) -> None:
    def archive(*texts: str) -> bytes:
        items = [{"tweet": {"id_str": "1", "full_text": t,
                            "created_at": "Wed Oct 10 20:19:24 +0000 2018"}} for t in texts]
        return ("window.YTD.tweets.part0 = " + json.dumps(items)).encode()

    path = tmp_path / "tweets.js"
    assert len(x_archive.read(path, archive("Same.", "Same."))) == 1
    with pytest.raises(ReaderError, match="tweet 1 is in the archive twice"):
        x_archive.read(path, archive("First.", "Second."))  # strict: the archive refused
    # Read with a skip handler (the default of code and ingest): the second is a bad record.
    path.write_bytes(archive("First.", "Second."))
    skipped: list[ReaderError] = []
    [doc] = read_path(path, on_skip=skipped.append)
    assert [p.text for p in doc.posts] == ["First."]
    assert [e.problem for e in skipped] == [
        "item 2: tweet 1 is in the archive twice, with different content (first as item 1); "
        "remove one"]


# -- item 4: devices, pipes, FIFOs ------------------------------------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_character_devices_are_refused_by_name(tmp_path, device) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    good = tmp_path / "good.txt"
    good.write_text("Iran attacked Iraq.")
    result = CliRunner().invoke(cli, ["code", device, str(good)])
    assert result.exit_code == 1, result.output
    assert f"error: {device}: is a character device, not a file" in result.output
    assert "1 input(s) failed" in result.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_without_a_writer_is_refused_at_once(tmp_path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    done: list[BaseException] = []
    worker = threading.Thread(target=lambda: _catch(done, read_path, fifo), daemon=True)
    worker.start()
    worker.join(5)
    assert not worker.is_alive(), "reading a FIFO with no writer hung"
    assert isinstance(done[0], ReaderError) and "named pipe (FIFO)" in str(done[0])


def _catch(out: list[BaseException], fn, *args) -> None:
    try:
        fn(*args)
    except BaseException as exc:  # noqa: BLE001 - handed to the test thread
        out.append(exc)


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_standard_input_is_read_under_the_limit(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"Iran attacked Iraq.\n\nIraq answered."))
    (doc,) = read_path("-")
    assert doc.id == "stdin" and [p.text for p in doc.posts] == ["Iran attacked Iraq.",
                                                                  "Iraq answered."]
    monkeypatch.setattr(_io, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(_io, "_CHUNK", 64)
    stream = _Stdin(b"x" * 5000)
    monkeypatch.setattr(sys, "stdin", stream)
    with pytest.raises(ReaderError, match="over the 0 GiB limit per file .stopped reading after"):
        read_path("-")
    assert stream.buffer.tell() < 1200  # stopped soon after the limit, not at the end


def test_a_file_growing_past_the_limit_while_read_is_refused(tmp_path, monkeypatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"y" * 3000)
    monkeypatch.setattr(_io, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ReaderError, match="limit per file"):
        read_path(path)


# -- item 5: file names that are not UTF-8 -----------------------------------------------------


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs byte file names")
def test_a_file_name_that_is_not_utf8_is_stored_with_an_escaped_name(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Iran attacked Iraq.")
    try:
        with open(os.path.join(os.fsencode(folder), b"zz\xffname.txt"), "wb") as f:
            f.write(b"Iraq attacked Iran.")
        with open(os.path.join(os.fsencode(folder), b"empty\xfe.txt"), "wb"):
            pass
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    db = str(tmp_path / "s.db")
    result = ingest(str(folder), "--db", db)
    assert result.exit_code == 1, result.output  # the empty one only
    assert "empty\\xfe.txt: file is empty" in result.output
    assert "internal error" not in result.output
    assert stored(db) == {"good": "Iran attacked Iraq.", "zz\\xffname": "Iraq attacked Iran."}
    with Store(db) as store:
        (source,) = store.conn.execute(
            "SELECT source FROM documents WHERE id = 'zz\\xffname'").fetchone()
    assert source.endswith("zz\\xffname.txt")


def test_a_line_over_the_post_limit_is_refused_without_copies(tmp_path) -> None:
    """The file's bytes and its text, nothing more: the line is never sliced out, the post
    never built (before: about four times the file; a 200 MB line peaked at 1.2 GB)."""
    import tracemalloc

    path = tmp_path / "line.txt"
    size = 40_000_000
    path.write_bytes(b"Iran attacked Iraq. " * (size // 20))
    tracemalloc.start()
    try:
        with pytest.raises(ReaderError, match=r"post 1 is 39,999,999 characters long"):
            read_path(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2.3 * size, f"{peak / size:.2f} times the file"


def test_running_out_of_memory_on_one_input_is_its_error_line(tmp_path, monkeypatch) -> None:
    from actorgraph import readers

    def greedy(path, data):
        raise MemoryError

    monkeypatch.setitem(readers.READERS, "html", greedy)
    (tmp_path / "a.html").write_text("<html><body><p>Iran attacked Iraq.</p></body></html>")
    (tmp_path / "b.txt").write_text("Iraq attacked Iran.")
    result = CliRunner().invoke(cli, ["code", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "a.html: not enough memory to read its" in result.output
    assert "internal error" not in result.output and "1 input(s) failed" in result.output


@pytest.mark.slow
def test_the_coder_emits_each_event_id_once(code_text) -> None:
    """Two names of one actor on each side reach the same event twice (6 events, 3 ids,
    before the fix)."""
    coded = code_text("Iran and Tehran attacked Iraq and Baghdad on 3 May 2004.")
    ids = [e.id for e in coded.events]
    assert ids and len(ids) == len(set(ids))
    assert len({c.id for c in coded.claims}) == len(coded.claims)


def test_the_same_text_under_its_id_in_two_files_is_no_collision(tmp_path) -> None:
    record = json.dumps({"id": "r1", "text": "Iran attacked Iraq."})
    (tmp_path / "a.jsonl").write_text(record)
    (tmp_path / "copy.jsonl").write_text(record)
    db = str(tmp_path / "s.db")
    result = ingest(str(tmp_path / "a.jsonl"), str(tmp_path / "copy.jsonl"), "--db", db)
    assert result.exit_code == 0 and "stored 1 document(s)" in result.output, result.output
    assert "1 unchanged" in result.output
    assert ingest(str(tmp_path / "copy.jsonl"), "--db", db).exit_code == 0
