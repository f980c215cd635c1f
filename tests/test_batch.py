"""``actorgraph batch``: partitions, Parquet shards, resumable runs, the local and Dask engines.

The fast tests build records by hand; those that code text are ``slow`` and
share the session's ``coder``. The Dask test starts a two-worker
LocalCluster, whose workers load the model themselves (about 30 s).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pq = pytest.importorskip("pyarrow.parquet")

from actorgraph.errors import ActorGraphError, ReaderError  # noqa: E402
from actorgraph.models import (  # noqa: E402
    Actor,
    Affiliation,
    Claim,
    CodedDocument,
    Document,
    Event,
    Evidence,
    Location,
    Mention,
    Post,
    Relation,
)
from actorgraph.runners import run_batch  # noqa: E402
from actorgraph.runners.shards import (  # noqa: E402
    TABLES,
    Partition,
    PartitionResult,
    Slice,
    from_tables,
    is_done,
    plan_partitions,
    read_partition_documents,
    read_shards,
    to_tables,
    write_partition,
)

TEXTS = [
    "Iran armed Hezbollah fighters in Lebanon in 2006, officials said.",
    "Iraqi troops attacked ISIS positions near Mosul on Thursday.\n\n"
    "The Kurds said Baghdad's forces had attacked their fighters.",
    "The United States imposed sanctions on Iran in March 2012.",
    "Turkey denied that its jets bombed Kurdish villages.",
    "Russia and China signed a trade agreement in Beijing.",
    "Israel struck targets in Gaza after rockets were fired.",
    "The Syrian government accused rebels of using chemical weapons.",
    "France sent troops to Mali in January 2013.",
    "North Korea threatened to attack South Korea.",
    "Egypt mediated talks between Hamas and Israel in Cairo.",
    "Saudi Arabia cut diplomatic ties with Qatar in 2017.",
    "The UN condemned the attack on aid workers in Yemen.",
]
SIZE = 5  # 12 lines -> three ranges of the JSONL file; the bad file is a fourth partition


@pytest.fixture()
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    good = tmp_path / "corpus.jsonl"
    good.write_text("".join(
        json.dumps({"id": f"d{i:02d}", "text": t, "date": "2020-01-0" + str(1 + i % 9)}) + "\n"
        for i, t in enumerate(TEXTS)
    ))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Fine."}\n{not json\n')
    return good, bad


def _rows(out: Path, table: str) -> dict[str, list[dict]]:
    return {p.name: pq.read_table(p).to_pylist() for p in sorted((out / table).glob("*.parquet"))}


# -- fast: planning, reading ranges, tables -------------------------------------------------


def test_plan_cuts_jsonl_by_lines_and_groups_files(tmp_path: Path, corpus) -> None:
    good, bad = corpus
    for i in range(3):
        (tmp_path / "threads").mkdir(exist_ok=True)
        (tmp_path / "threads" / f"t{i}.txt").write_text(f"Post {i}.")
    plan = list(plan_partitions([good, bad, tmp_path / "threads", tmp_path / "missing.txt"],
                                size=SIZE))
    assert [p.name for p in plan] == [f"part-0000{i}" for i in range(5)]
    assert [(s.start > 0, s.end is not None, s.line) for p in plan[:3] for s in p.slices] == [
        (False, True, 1), (True, True, 6), (True, True, 11)]
    # Small files are grouped while they weigh no more than SIZE (bad.jsonl weighs 2 lines).
    assert [[Path(s.path).name for s in p.slices] for p in plan[3:]] == [
        ["bad.jsonl", "t0.txt", "t1.txt", "t2.txt"], ["missing.txt"]]
    assert plan == list(plan_partitions([good, bad, tmp_path / "threads",
                                         tmp_path / "missing.txt"], size=SIZE))
    docs = [d for p in plan[:3] for d in read_partition_documents(p)]
    assert [d.id for d in docs] == [f"d{i:02d}" for i in range(12)]
    assert all(d.source == str(good) for d in docs)


def test_errors_in_a_line_range_name_the_file_and_its_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": i, "text": "x"}) for i in range(7)]
    lines[5] = "{oops"
    path.write_text("\n".join(lines) + "\n")
    second = list(plan_partitions([path], size=3))[1]
    failures: list[tuple[str, str]] = []
    assert list(read_partition_documents(second, failures=failures)) == []
    assert failures == [(str(path), failures[0][1])]
    assert failures[0][1].startswith("line 6: invalid JSON")
    with pytest.raises(ReaderError, match=r"c\.jsonl: line 6"):
        list(read_partition_documents(second))


def _coded() -> list[CodedDocument]:
    text = "Iran armed the militia.\n\nIraq denied it."
    posts = (Post(1, "Iran armed the militia.", 0, 23, author="ana", time="2020-01-02"),
             Post(2, "altered", 25, 40, url="u", id="p2", links=("a", "b")))
    doc = Document("d1", text, posts, "thread", source="t.txt", title="T", published="2020")
    ev = Evidence("d1", 1, 0, 23, "Iran armed the militia.")
    event = Event("e1", "AID", ev, mode="military", quad=2, cameo="072", source="IRN",
                  source_text="Iran", target=None, target_text="the militia", date="2020",
                  date_basis="text", location=Location("Basra", "IRQ", 30.5, 47.8, 99532),
                  asserted_by=None, asserted_by_text="officials", modality="reported",
                  confidence=0.75, trigger="armed")
    bare = Event("e2", "REJECT", Evidence("d1", 2, 0, 15, "Iraq denied it."), negated=True)
    actors = {
        "IRN": Actor("IRN", "Iran", "state", "IRN", aliases=("Tehran",), sector="gov",
                     affiliations=(Affiliation("UN", "member", "1945", None),), wikidata="Q794"),
        "PRV.ORG.MILITIA": Actor("PRV.ORG.MILITIA", "militia", "organisation", provisional=True),
    }
    first = CodedDocument(
        doc, [event, bare],
        [Mention("d1", 1, 0, 4, "Iran", "IRN"),
         Mention("d1", 1, 15, 22, "militia", "PRV.ORG.MILITIA", "provisional")],
        actors, [Claim("c1", "e1", None, "asserts", ev)],
        [Relation("rel_1", "backs", "IRN", "PRV.ORG.MILITIA", ev, "Iran", "the militia",
                  date="2020", confidence=0.75, method="verb", cue="armed"),
         Relation("rel_2", "member_of", "PRV.ORG.MILITIA", "IRN", method="dictionary")])
    empty = CodedDocument(Document("d1", "", (), "text"))  # same id, kept apart by doc_seq
    return [first, empty]


def test_tables_round_trip_exactly() -> None:
    from actorgraph.export import event_to_json

    coded = _coded()
    tables = to_tables(coded)
    assert list(from_tables(tables)) == coded
    rows = tables["events"].to_pylist()
    assert [{k: v for k, v in r.items() if k not in ("doc_seq", "doc")} for r in rows] == [
        event_to_json(e, coded[0].actors) for e in coded[0].events]
    # The post whose text is its slice of the document is not stored twice.
    posts = tables["documents"].to_pylist()[0]["posts"]
    assert [p["text"] for p in posts] == [None, "altered"]


def test_every_record_field_has_a_column() -> None:
    """A field added to a record must be added to the shard schema too, or it is lost."""
    from dataclasses import fields

    from actorgraph.runners.shards import _schemas

    schemas = _schemas()
    # Events and relations keep an actor side's surface words inside its struct ("text").
    sides = {f"{side}_text" for side in ("source", "target", "asserted_by")}
    for table, record in (("events", Event), ("mentions", Mention), ("actors", Actor),
                          ("claims", Claim), ("documents", Document),
                          ("relations", Relation)):
        columns = set(schemas[table].names)
        if table in ("events", "relations"):
            columns |= sides
            for side in ("source", "target", "asserted_by"):
                assert "text" in schemas[table].field(side).type.names, (table, side)
        assert {f.name for f in fields(record)} <= columns, table
    post = schemas["documents"].field("posts").type.value_type
    assert {f.name for f in fields(Post)} == {post.field(i).name for i in range(post.num_fields)}


def test_shards_are_written_atomically_and_read_back(tmp_path: Path, monkeypatch) -> None:
    coded = _coded()
    result = PartitionResult(Partition(7, (Slice("t.txt"),)), to_tables(coded))
    calls = 0
    real = pq.write_table

    def crash(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == len(TABLES):
            raise KeyboardInterrupt  # killed while writing the last shard
        real(*args, **kwargs)

    monkeypatch.setattr(pq, "write_table", crash)
    with pytest.raises(KeyboardInterrupt):
        write_partition(tmp_path, result)
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    # No half shard, no temporary file left.
    assert written == [f"{t}/part-00007.parquet" for t in sorted(TABLES) if t != "documents"]
    assert not is_done(tmp_path, result.partition)
    assert list(read_shards(tmp_path)) == []  # an unfinished partition is not read
    monkeypatch.setattr(pq, "write_table", real)
    write_partition(tmp_path, result)
    assert is_done(tmp_path, result.partition)
    assert list(read_shards(tmp_path)) == coded


def test_failed_inputs_keep_a_partition_undone(tmp_path: Path) -> None:
    result = PartitionResult(Partition(0, (Slice("a"),)), to_tables([]), [("a", "file is empty")])
    write_partition(tmp_path, result)
    assert json.loads((tmp_path / "failures" / "part-00000.json").read_text()) == [
        {"path": "a", "problem": "file is empty"}]
    assert not is_done(tmp_path, result.partition)
    write_partition(tmp_path, PartitionResult(result.partition, to_tables([])))
    assert is_done(tmp_path, result.partition)


def test_a_rerun_with_other_inputs_is_refused(tmp_path: Path, corpus) -> None:
    good, bad = corpus
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "batch.json").write_text(json.dumps({"inputs": ["other"]}))
    with pytest.raises(ActorGraphError, match="holds shards of a batch with other"):
        run_batch([good], tmp_path / "out")
    with pytest.raises(ActorGraphError, match="options of --engine dask"):
        run_batch([good], tmp_path / "out2", workers=2)
    with pytest.raises(ActorGraphError, match="not a batch output directory"):
        list(read_shards(tmp_path))


def test_importing_actorgraph_never_imports_dask() -> None:
    code = ("import sys, actorgraph, actorgraph.cli, actorgraph.runners, actorgraph.runners.local;"
            "bad = [m for m in ('dask', 'distributed') if m in sys.modules]; assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


# -- slow: coding with the model ----------------------------------------------------------


@pytest.fixture()
def local_run(tmp_path: Path, corpus, coder):
    good, bad = corpus
    out = tmp_path / "local"
    errors: list[ActorGraphError] = []
    report = run_batch([good, bad], out, partition_size=SIZE, on_error=errors.append,
                       coder=coder)
    return out, report, errors


@pytest.mark.slow
def test_local_engine_writes_shards_equal_to_coding_directly(local_run, corpus, coder) -> None:
    from actorgraph.api import iter_documents

    out, report, errors = local_run
    good, bad = corpus
    for table in TABLES:
        assert sorted(p.name for p in (out / table).glob("*.parquet")) == [
            f"part-0000{i}.parquet" for i in range(4)]
    assert [str(e) for e in errors] == [
        f"{bad}: line 2: invalid JSON at column 2: Expecting property name enclosed in double "
        "quotes"]
    # 12 good lines, and the good line of the bad file: one bad record does not cost its file
    assert (report.partitions, report.written, report.documents) == (4, 4, 13)
    direct = list(coder.code_many(iter_documents([good, bad], on_error=lambda e: None)))
    assert list(read_shards(out)) == direct
    assert report.events == sum(len(c.events) for c in direct) > 0


@pytest.mark.slow
def test_a_rerun_skips_finished_partitions(local_run, corpus, coder) -> None:
    out, first, _ = local_run
    good, bad = corpus
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")}
    assert len(stamps) == 4 * 6  # four partitions, six tables each (relations too)
    errors: list[ActorGraphError] = []
    again = run_batch([good, bad], out, partition_size=SIZE, on_error=errors.append, coder=coder)
    # The three good partitions are skipped; the one with the bad line is tried again.
    assert (again.partitions, again.skipped, again.written, again.documents) == (4, 3, 1, 1)
    assert len(errors) == 1 and str(bad) in str(errors[0])
    assert all(p.stat().st_mtime_ns == t for p, t in stamps.items() if "00003" not in p.name)
    bad.write_text('{"id": "x", "text": "Fine."}\n')  # fixed: the rerun fills it in
    fixed = run_batch([good, bad], out, partition_size=SIZE, on_error=errors.append, coder=coder)
    assert (fixed.skipped, fixed.written, fixed.documents, len(errors)) == (3, 1, 1, 1)
    assert not (out / "failures" / "part-00003.json").exists()


@pytest.mark.slow
def test_cli_names_the_bad_file_and_exits_non_zero(tmp_path: Path, corpus, coder,
                                                    monkeypatch) -> None:
    from click.testing import CliRunner

    from actorgraph.cli import cli

    monkeypatch.setattr("actorgraph.coding.documents.DocumentCoder", lambda settings: coder)
    good, bad = corpus
    out = tmp_path / "cli"
    args = ["batch", str(good), str(bad), "--out", str(out), "--partition-size", str(SIZE)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert f"error: {bad}: line 2: invalid JSON" in result.stderr
    assert "coded 4 partition(s) (13 documents" in result.stderr
    assert "1 bad record(s) skipped" in result.stderr
    assert (out / "events" / "part-00002.parquet").is_file()


@pytest.mark.slow
def test_dask_engine_gives_the_same_shards_as_local(local_run, corpus) -> None:
    pytest.importorskip("distributed")
    out, _, _ = local_run
    good, bad = corpus
    errors: list[ActorGraphError] = []
    report = run_batch([good, bad], out.parent / "dask", engine="dask", workers=2,
                       partition_size=SIZE, on_error=errors.append)
    assert (report.written, report.documents) == (4, 13)
    assert [str(e) for e in errors] == [
        f"{bad}: line 2: invalid JSON at column 2: Expecting property name enclosed in double "
        "quotes"]
    for table in TABLES:
        assert _rows(out.parent / "dask", table) == _rows(out, table), table


@pytest.mark.slow
def test_dask_retries_a_failed_partition_and_reports_one_that_keeps_failing(
    tmp_path: Path, corpus, coder, monkeypatch
) -> None:
    distributed = pytest.importorskip("distributed")
    import actorgraph.runners.dask as engine

    # An in-process cluster, so that the workers use this session's coder and the patch below.
    monkeypatch.setattr("actorgraph.coding.documents.DocumentCoder", lambda settings: coder)
    real = engine.code_partition
    attempts: dict[int, int] = {}

    def flaky(partition: Partition, *args):
        attempts[partition.index] = attempts.get(partition.index, 0) + 1
        if partition.index == 0 and attempts[0] == 1:
            raise RuntimeError("worker hiccup")
        if partition.index == 1:
            raise RuntimeError("always fails")
        return real(partition, *args)

    monkeypatch.setattr(engine, "code_partition", flaky)
    good, _ = corpus
    out = tmp_path / "flaky"
    errors: list[ActorGraphError] = []
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        report = run_batch([good], out, engine="dask", scheduler=cluster.scheduler_address,
                           partition_size=SIZE, on_error=errors.append)
    assert attempts == {0: 2, 1: 1 + engine.RETRIES, 2: 1}
    assert (report.written, report.documents) == (2, SIZE + 2)  # partitions of 5 and 2 docs
    assert [str(e) for e in errors] == [
        f"part-00001 ({good}): not coded: RuntimeError: always fails"]
    plan = list(plan_partitions([good], SIZE))
    assert [is_done(out, p) for p in plan] == [True, False, True]


@pytest.mark.slow
def test_ingest_loads_shards_into_the_same_store_as_coding(local_run, corpus, tmp_path) -> None:
    import actorgraph

    out, _, _ = local_run
    good, bad = corpus
    with (
        actorgraph.open(tmp_path / "from-shards.db") as a,
        actorgraph.open(tmp_path / "direct.db") as b,
    ):
        a.ingest([out])
        b.ingest([good, bad], on_error=lambda e: None)  # the bad file's good line too
        assert a.store.counts() == b.store.counts()
        assert [e.id for e in a.events()] == [e.id for e in b.events()]
